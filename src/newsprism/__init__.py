"""newsprism: what many news reports of the same events establish, dispute, and leave uncorroborated.

The public API is what ``__all__`` lists; everything else may change between versions.
"""
from .config import Options
from .errors import (
    ConfigError, InputError, InputTooLarge, ModelUnavailable, NewsprismError, NotFound, StoreError,
)
from .model import Article, ErrorRecord, ReadResult, Removal, Report, Span, Story
from .pipeline import analyze_articles, analyze_paths, read_and_clean
from .render.json_report import report_to_dict, report_to_json
from .render.markdown import render_markdown
from .resources import Resources

__version__ = "0.1.0"

__all__ = [
    "Article", "ConfigError", "ErrorRecord", "InputError", "InputTooLarge", "ModelUnavailable",
    "NewsprismError", "NotFound", "Options", "ReadResult", "Removal", "Report", "Resources", "Span",
    "StoreError", "Story", "__version__", "analyze_articles", "analyze_paths", "read_and_clean",
    "render_markdown", "report_to_dict", "report_to_json",
]
