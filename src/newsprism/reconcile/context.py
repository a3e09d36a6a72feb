"""What the conflict rules read about one story, gathered once: articles, claims, parses, annotations."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..model import Article, ArticleAnnotations, Claim, Evidence, Mention, Position, Span
from .parse import ParsedSentence


# Time expressions that place an event on the calendar (a relative one once anchored to publication).
DATED_KINDS = frozenset({"date", "relative"})


@dataclass(slots=True)
class StoryContext:
    articles: dict[str, Article]
    claims: list[Claim]
    parses: dict[str, ParsedSentence]          # claim id -> its sentence's parse
    annotations: dict[str, ArticleAnnotations]  # article id -> annotations
    groups: list[list[Claim]] = field(default_factory=list)
    by_id: dict[str, Claim] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.by_id = {c.id: c for c in self.claims}

    def mentions_in(self, claim: Claim) -> list[Mention]:
        ann = self.annotations.get(claim.article)
        return [m for m in ann.mentions if claim.span.contains(m.span)] if ann else []

    def evidence(self, article_id: str, span: Span) -> Evidence:
        text = self.articles[article_id].text
        return Evidence(article_id, span.start, span.end, span.of(text))

    def claim_evidence(self, claim: Claim) -> Evidence:
        return self.evidence(claim.article, claim.span)

    def published(self, article_id: str) -> date | None:
        return iso_day(self.articles[article_id].published)


@dataclass(slots=True)
class Finding:
    """A conflict before it gets its id, with the claims on each side (to mark their groups contested)."""

    kind: str
    subject: str
    positions: list[Position]
    explanation: str
    claim_ids: set[str]


def iso_day(value: str | None) -> date | None:
    """The day of an ISO 8601 date or datetime string; None when absent or unreadable."""
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def position(ctx: StoryContext, value: str, claims: list[Claim], spans: list[tuple[str, Span]] | None = None) -> Position:
    """A side of a conflict: its value, its articles (sorted) and the evidence of each claim or span."""
    pieces = spans if spans is not None else [(c.article, c.span) for c in claims]
    unique = sorted(set(pieces), key=lambda p: (p[0], p[1].start, p[1].end))
    return Position(value=value, articles=sorted({a for a, _ in unique}),
                    evidence=[ctx.evidence(a, s) for a, s in unique])


def articles_label(articles: list[str]) -> str:
    return ", ".join(articles)
