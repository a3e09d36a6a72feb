"""Claims, their evidence, and the conflicts between outlets."""
from __future__ import annotations

from dataclasses import dataclass, field

from .article import Span
from .measures import Quantity, TimeExpr
from .mentions import Attribution


@dataclass(frozen=True, slots=True)
class Evidence:
    """The exact characters a statement rests on: ``text == article.text[start:end]``."""

    article: str
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Claim:
    """A factual statement of one article, with its parts."""

    id: str
    article: str
    span: Span
    text: str
    entities: list[str] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    predicate: str | None = None
    polarity: str = "positive"
    hedges: list[str] = field(default_factory=list)
    attribution: Attribution | None = None


@dataclass(slots=True)
class ClaimGroup:
    """Claims from different articles that speak of the same thing.

    ``claims`` (and ``evidence``, one piece each) are the claims that state ``text`` with compatible values, the
    only ones ``independent_sources`` counts; ``contradicting`` is the evidence of the aligned sentences that take
    another side of a conflict over it (another figure, date or scope): the other side, not a source.
    """

    id: str
    text: str
    claims: list[Claim]
    status: str
    independent_sources: int
    evidence: list[Evidence]
    vague_attribution: bool = False
    contradicting: list[Evidence] = field(default_factory=list)


@dataclass(slots=True)
class Agreement:
    """What several independent sources state alike, sentence shape aside: a named participant of an event
    (``entity`` its id), or a figure they give compatibly for the same thing (``entity`` empty; ``event`` empty
    where the verbs the figure goes with are outside the event classes).

    ``evidence`` is, in each article, the span from the name to the word of the event, or the figure's clause;
    ``disputed`` the ids of the conflicts that dispute a detail of it (a value written within those spans, or
    the same participant's event), reported there (a disputed figure is never agreed).
    """

    id: str
    subject: str
    event: str
    entity: str
    articles: list[str]
    independent_sources: int
    evidence: list[Evidence]
    disputed: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Position:
    value: str
    articles: list[str]
    evidence: list[Evidence]


@dataclass(slots=True)
class Conflict:
    id: str
    kind: str
    subject: str
    positions: list[Position]
    explanation: str
