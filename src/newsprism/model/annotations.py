"""Everything the annotate stage finds in one article."""
from __future__ import annotations

from dataclasses import dataclass, field

from .article import Span
from .measures import Quantity, TimeExpr
from .mentions import Attribution, Mention, Quote, Referent


@dataclass(slots=True)
class ArticleAnnotations:
    article: str
    sentences: list[Span] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    referents: list[Referent] = field(default_factory=list)
