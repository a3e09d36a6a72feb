"""The data model. Every offset is a character offset into an article's cleaned ``text``."""
from .annotations import ArticleAnnotations
from .article import Article, ArticleVersion, ErrorRecord, ReadResult, Removal, Span
from .claims import Agreement, Claim, ClaimGroup, Conflict, Evidence, Position
from .measures import Quantity, TimeExpr
from .mentions import Attribution, Entity, Mention, Quote, Referent
from .story import REPORT_SCHEMA, Report, Story, StoryQuote

__all__ = [
    "REPORT_SCHEMA", "Agreement", "Article", "ArticleAnnotations", "ArticleVersion", "Attribution", "Claim",
    "ClaimGroup", "Conflict", "Entity", "ErrorRecord", "Evidence", "Mention", "Position", "Quantity", "Quote",
    "ReadResult", "Referent", "Removal", "Report", "Span", "Story", "StoryQuote", "TimeExpr",
]
