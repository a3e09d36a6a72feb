"""Citing a claim group without over-citing: which of its sentences every cited article really states.

Aligned claims speak of the same thing but need not say the same: one adds "for more than five years",
another gives no figure, a third puts it in a speaker's mouth. A group's sentence may be cited to another
article only when that article's own claim states all of it:

- every checkable part (each figure with its bound, each date, each named entity), and its negation;
- who says it (``compatible_teller``): a sentence that names its source ("Rescuers pulled 84 survivors from
  the water, the governor said") is stated only by an article that names the same source; the outlet's own
  "Rescuers pulled 84 survivors from the water" does not say the governor said so. A sentence that names no
  source is stated by any article that states it, on whoever's word: the governor's sentence states it too;
- every content word (``WORDING_SHARE``): a word the article does not use is something it does not say
  ("told reporters at the pithead" is not stated by "told reporters at the mine"). Figures and dates are
  compared as parts above, not as words, so "Forty-five" and "45" meet; a plural or a tense ending is no other
  word ("sanction"/"sanctions", "warn"/"warned");
- and it takes no other side of a conflict over it (see sides.py: "lifted selected sanctions" shares the
  parts and words of "lifted sanctions" but restricts it).

The brief shows the sentence whose parts the most independent sources state, cited to those articles alone,
and names the rest of the group as differing in detail.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Article, Claim, Quantity
from .independence import independent_count
from .lexicon import FUNCTION_WORDS
from .sides import SideIndex, compatible

WORDING_SHARE = 1.0  # the share of a sentence's content words an article must use to state it: all of them
_WORD = re.compile(r"[a-z][a-z'\u2019-]{2,}")
_NAME_WORD = re.compile(r"[a-z0-9]+")
# Endings that inflect a word without changing what it names: "warned"/"warns"/"warning" -> "warn".
INFLECTIONS = ("ing", "ed", "es", "s")
MIN_STEM = 4
# Words that do not tell one cited source from another: "the ministry" is "Kazakhstan's emergency
# situations ministry" named shorter.
SOURCE_FILLER = frozenset({"the", "a", "an", "s", "of"})


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
    """Lower-case content words, each without its inflection ("sanctions" -> "sanction", "warned" -> "warn")."""
    return {stem(w) for w in _WORD.findall(text.lower())} - FUNCTION_WORDS


def stem(word: str) -> str:
    """The word less a plural or tense ending and a final "e", when a stem of ``MIN_STEM`` letters is left:
    "released" and "release" -> "releas", "mines" -> "min"."""
    for ending in INFLECTIONS:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
            word = word[:-len(ending)]
            break
    return word[:-1] if word.endswith("e") and len(word) > MIN_STEM else word


def claim_words(claim: Claim) -> set[str]:
    """The content words of the claim's sentence outside its figures and times (compared as parts)."""
    text = claim.text
    for item in sorted([*claim.quantities, *claim.times], key=lambda x: -x.span.start):
        start, end = item.span.start - claim.span.start, item.span.end - claim.span.start
        if 0 <= start <= end <= len(text):
            text = text[:start] + " " + text[end:]
    return content_words(text)


def states_wording(shown: Claim, other: Claim) -> bool:
    """``other`` uses ``WORDING_SHARE`` of the content words of the sentence ``shown``."""
    words = claim_words(shown)
    return not words or len(words & claim_words(other)) >= WORDING_SHARE * len(words)


def compatible_teller(shown: Claim, other: Claim) -> bool:
    """``other`` says what ``shown`` says of who tells it: ``shown`` names no source, or ``other`` names one of
    the same. One source's name may be a shorter form of the other's ("Zhaksybekov" / "Yerlan Zhaksybekov",
    "the ministry" / "the emergency situations ministry")."""
    first = _teller_names(shown)
    if not first:
        return True
    return any(a <= b or b <= a for a in first for b in _teller_names(other))


def _teller_names(claim: Claim) -> list[frozenset[str]]:
    attribution = claim.attribution
    if attribution is None:
        return []
    names = [frozenset(_NAME_WORD.findall(source.lower())) - SOURCE_FILLER for source in attribution.sources]
    return [name for name in names if name]


def states(shown: Claim, other: Claim, parts: dict[str, frozenset[str]]) -> bool:
    """``other`` states the sentence ``shown``: its parts, its negation, its teller and its words (sides apart)."""
    return (parts[shown.id] <= parts[other.id] and shown.polarity == other.polarity
            and compatible_teller(shown, other) and states_wording(shown, other))


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
        supporters = [c for c in members if states(claim, c, parts) and compatible(sides[claim.id], sides[c.id])]
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
