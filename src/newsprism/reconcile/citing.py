"""Citing a claim group without over-citing: which of its sentences every cited article really states.

Aligned claims speak of the same thing but need not say the same: one adds "for more than five years",
another gives no figure. A group's sentence may be cited to another article only when that article's own
claim states every checkable part of it (each figure with its bound, each date, each named entity) and
most of its content words (``WORDING_SHARE``: the same parts can carry a different statement), and takes no
other side of a conflict over it (see sides.py: "lifted selected sanctions" shares the parts and words of
"lifted sanctions" but restricts it). The brief shows the sentence whose parts the most independent sources
share, cited to those articles alone, and names the rest of the group as differing in detail.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Article, Claim, Quantity
from .independence import independent_count
from .sides import SideIndex, compatible

WORDING_SHARE = 0.5
_WORD = re.compile(r"[a-z][a-z'\u2019-]{2,}")
# Function words carry no statement of their own; content words are the rest (three letters or more).
FUNCTION_WORDS = frozenset("""
the and for but with from into onto that this these those which who whom whose what when where while was were
are has had have been being its their his her our your they them she him not also than then there here after
before over under about such said says would could should will shall may might can
""".split())


@dataclass(frozen=True, slots=True)
class Citation:
    """A sentence of the group, the claims that state all of its parts, and the members that do not."""

    claim: Claim
    supporters: list[Claim]
    others: list[Claim]
    independent_sources: int

    @property
    def articles(self) -> list[str]:
        """The articles that state the sentence, sorted: the only ones it is cited to."""
        return sorted({c.article for c in self.supporters})

    @property
    def differing(self) -> list[str]:
        """The group's other articles, sorted: they report the thing, not all of this sentence."""
        return sorted({c.article for c in self.others} - {c.article for c in self.supporters})


def claim_parts(claim: Claim) -> frozenset[str]:
    """The checkable parts of a claim: figures (with their bounds), dates or times, named entities."""
    parts = {f"e:{entity}" for entity in claim.entities}
    parts |= {f"q:{_figure(q)}" for q in claim.quantities}
    parts |= {f"t:{t.value or ' '.join(t.text.lower().split())}" for t in claim.times}
    return frozenset(parts)


def content_words(text: str) -> set[str]:
    """Lower-case content words, a plural "s" dropped so that "sanction" and "sanctions" meet."""
    words = {w.rstrip("s") if len(w) > 4 else w for w in _WORD.findall(text.lower())}
    return words - FUNCTION_WORDS


def states_wording(shown: Claim, other: Claim) -> bool:
    """``other`` uses most (``WORDING_SHARE``) of the content words of the sentence ``shown``."""
    words = content_words(shown.text)
    return not words or len(words & content_words(other.text)) >= WORDING_SHARE * len(words)


def _figure(quantity: Quantity) -> str:
    return f"{quantity.approximator or ''}|{quantity.low}|{quantity.high}|{quantity.kind}"


def cite_group(members: list[Claim], articles: dict[str, Article], disputes: SideIndex | None = None) -> Citation:
    """The member whose parts the most independent sources all state (ties: unhedged, fewer parts, earliest).

    A member on another side of one of ``disputes`` (the story's conflicts, indexed once per story) than the
    sentence does not state it, whatever parts and words they share: "lifted selected sanctions" does not state
    "lifted sanctions".
    """
    parts = {c.id: claim_parts(c) for c in members}
    index = disputes if disputes is not None else SideIndex(())
    sides = {c.id: index.sides_of(c) for c in members}
    best: Citation | None = None
    for claim in sorted(members, key=lambda c: (bool(c.hedges), len(parts[c.id]), c.article, c.span.start)):
        supporters = [c for c in members if parts[claim.id] <= parts[c.id] and states_wording(claim, c)
                      and compatible(sides[claim.id], sides[c.id])]
        count = independent_count(supporters, articles)
        if best is None or count > best.independent_sources:
            others = [c for c in members if c not in supporters]
            best = Citation(claim, supporters, others, count)
    if best is None:
        raise ValueError("a claim group has at least one claim")
    return best


def cite_wordings(members: list[Claim], articles: dict[str, Article],
                  disputes: SideIndex | None = None) -> list[Citation]:
    """Every member cited once, under a sentence it states: the best-supported sentence (``cite_group``) first,
    then the best of the members it leaves, and so on. For a group no one sentence of which enough sources
    state, so that each wording is shown with only the articles that state it."""
    citations: list[Citation] = []
    left = list(members)
    while left:
        citation = cite_group(left, articles, disputes)
        citations.append(citation)
        stated = {c.id for c in citation.supporters}
        left = [c for c in left if c.id not in stated]
    return citations
