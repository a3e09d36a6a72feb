"""People, organisations and places; quotes and the sources articles cite."""
from __future__ import annotations

from dataclasses import dataclass, field

from .article import Span

# The labels of mentions that name a place: a country, city or region, a geographical feature, a building.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


@dataclass(frozen=True, slots=True)
class Mention:
    """A named-entity mention. ``label`` is PERSON, ORG, GPE, LOC, NORP, ... ``entity`` is set by resolution."""

    article: str
    span: Span
    text: str
    label: str
    entity: str | None = None


@dataclass(slots=True)
class Entity:
    """One real-world referent across articles."""

    id: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    linked_to: str | None = None


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quote: ``span`` covers the quoted words (without the marks).

    ``speaker_name`` is the resolved name (a pronoun or role falls back to the person it refers to),
    ``speaker_span`` where the speaker is named or referred to. ``told_to`` is the outlet the quote was
    given to ("told the BBC"). ``partial`` marks a quote embedded in the reporter's own sentence.
    """

    article: str
    span: Span
    text: str
    speaker_name: str | None = None
    speaker_span: Span | None = None
    cue: str | None = None
    told_to: str | None = None
    partial: bool = False


@dataclass(frozen=True, slots=True)
class Referent:
    """A pronoun that stands for a person the article has named ("Lund was hurt. He missed ten games."):
    ``span`` covers the pronoun, ``antecedent`` the mention of the person ("Lund"), ``name`` is their name in
    full. Only a pronoun whose person is clear has one (annotate/referents.py)."""

    article: str
    span: Span
    text: str
    antecedent: Span
    name: str


@dataclass(frozen=True, slots=True)
class Attribution:
    """A cited source: "according to Reuters", "a senior US official said".

    ``sources`` are the names cited (several for "according to Reuters, CBS News and Al Jazeera");
    ``named`` is False for vague ones ("sources say"); ``is_outlet`` marks news outlets and agencies,
    which are origins shared by several articles.
    """

    article: str
    span: Span
    text: str
    sources: tuple[str, ...]
    named: bool
    is_outlet: bool
    cue: str | None = None
