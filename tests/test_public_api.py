"""The public API is small and explicit: this test pins it, so a change to it is a decision, not an accident."""
import subprocess
import sys

import newsprism

PUBLIC_API = [
    "Article", "ConfigError", "ErrorRecord", "InputError", "InputTooLarge", "ModelUnavailable",
    "NewsprismError", "NotFound", "Options", "ReadResult", "Removal", "Report", "Resources", "Span",
    "StoreError", "Story", "__version__", "analyze_articles", "analyze_paths", "read_and_clean",
    "render_markdown", "report_to_dict", "report_to_json",
]


def test_public_api_is_pinned():
    assert sorted(newsprism.__all__) == sorted(PUBLIC_API)
    for name in PUBLIC_API:
        assert hasattr(newsprism, name), name


def test_import_does_no_heavy_work():
    """Importing newsprism loads no model and imports neither spaCy nor torch."""
    code = "import sys, newsprism; print(sorted(m for m in ('spacy', 'torch', 'trafilatura') if m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
