"""Where a figure is said of: the places named in its own phrase and clause.

"65% of traffic to India" and "55% of traffic to Egypt" count two things; "more than a dozen killed by a quake in
eastern China" and "ten killed on Qeshm island" two events. A figure's places are the place names (GPE, LOC, FAC
mentions) in what it counts ("traffic to India"), in the place phrases of its verb ("were killed on Qeshm
island") and in the phrase of what did it ("by a quake in eastern China"); when its verb has none, those of the
verb its clause hangs on ("hit southern Iran, killing three": the killing is in Iran). Places of another clause
(a relative clause, a reported statement) are not the figure's.

Figures of one block are compared apart when they are said of different countries (``place_groups``): a place
that is not a country counts in the country the story's sentences name beside it ("Qeshm island off Iran's
coast": Qeshm is in Iran). A figure whose places the story puts in no country, and one naming no place, go with
the group the most articles hold, the story's own setting. Two places of one country are not set apart: no
gazetteer of towns says which holds which ("Dargahan, a town on Qeshm"), and outlets place one figure at
different scales ("three injured on Qeshm", "five injured off Iran's coast"); on the ECB+ stories, setting apart
every two place names lost such disputes as often as it removed a figure of another place recalled.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from ..model.mentions import PLACE_LABELS
from ..resolve.gazetteer import load_gazetteer
from .claims import entity_key
from .context import StoryContext
from .parse import ParsedSentence

# Prepositions that set a figure somewhere ("killed in", "traffic to India"); "from" gives an origin.
PLACE_PREPOSITIONS = frozenset({"in", "at", "on", "near", "off", "across", "throughout", "outside", "inside", "to",
                                "around", "along", "within"})
# A clause of its own inside a phrase: its places are not the phrase's.
CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "conj", "parataxis"})
# How a verb's clause hangs on the verb whose places it shares ("hit Iran, killing three"; "struck and killed").
SHARED_SETTING_DEPS = frozenset({"advcl", "conj", "xcomp"})
CLIMBS = 2


@dataclass(frozen=True, slots=True)
class StoryPlaces:
    """The story's place keys that are countries (key -> ISO code), and the country its sentences name beside each
    other place (key -> code), where they name one."""

    countries: dict[str, str] = field(default_factory=dict)
    located: dict[str, str] = field(default_factory=dict)

    def countries_of(self, keys: frozenset[str]) -> frozenset[str]:
        return frozenset(self.countries.get(k) or self.located.get(k) or "" for k in keys) - {""}


def story_places(ctx: StoryContext) -> StoryPlaces:
    """Which of the story's places are countries, and in which country each other place lies as its sentences
    name it (the country named most often in the same sentences)."""
    gazetteer = load_gazetteer()
    countries: dict[str, str] = {}
    beside: dict[str, Counter[str]] = {}
    for claim in ctx.claims:
        mentions = [m for m in ctx.mentions_in(claim) if m.label in PLACE_LABELS]
        named = {entity_key(m): gazetteer.country(m.text) for m in mentions}
        countries.update({key: code for key, code in named.items() if code})
        for key in (k for k, code in named.items() if not code):
            beside.setdefault(key, Counter()).update(code for code in named.values() if code)
    located = {key: min(codes, key=lambda c: (-codes[c], c)) for key, codes in beside.items() if codes}
    return StoryPlaces(countries, {k: v for k, v in located.items() if k not in countries})


def figure_places(ctx: StoryContext, claim: Any, sentence: ParsedSentence, counted: Any, verb: Any) -> frozenset[str]:
    """The entity keys of the places the figure is said of (see the module's note); empty when it names none."""
    places = [m for m in ctx.mentions_in(claim) if m.label in PLACE_LABELS]
    if not places:
        return frozenset()
    tokens = (_phrase(counted) if counted is not None else []) + _setting_phrases(verb)
    for _ in range(CLIMBS):
        if _named(places, sentence, tokens) or verb is None or verb.dep_ not in SHARED_SETTING_DEPS:
            break
        verb = verb.head
        tokens = tokens + _setting_phrases(verb) + _struck(verb)
    return frozenset(entity_key(m) for m in _named(places, sentence, tokens))


def place_groups(figures: list[Any], places: StoryPlaces) -> list[list[Any]]:
    """The figures of a block as said of each country (see the module's note), when they name several."""
    groups: list[_Group] = []
    for figure in sorted((f for f in figures if places.countries_of(f.places)), key=_order):
        countries = set(places.countries_of(figure.places))
        joined = [g for g in groups if g.countries & countries]
        merged = _Group(countries.union(*(g.countries for g in joined)), [f for g in joined for f in g.members] + [figure])
        groups = [g for g in groups if g not in joined] + [merged]
    if len(groups) < 2:
        return [figures]
    _most_held(groups).members.extend(f for f in figures if not places.countries_of(f.places))
    return [group.members for group in groups]


@dataclass(slots=True)
class _Group:
    countries: set[str]
    members: list[Any]


def _most_held(groups: list[_Group]) -> _Group:
    """The group the most articles hold (the first of them on a tie)."""
    return max(groups, key=lambda g: (len({f.claim.article for f in g.members}), -groups.index(g)))


def _order(figure: Any) -> tuple[str, int]:
    return figure.claim.article, figure.claim.span.start


def _phrase(token: Any) -> list[Any]:
    """The token's phrase: its subtree without the clauses inside it."""
    words = [token]
    for child in token.children:
        if child.dep_ not in CLAUSE_DEPS:
            words += _phrase(child)
    return words


def _setting_phrases(verb: Any) -> list[Any]:
    """The place phrases of a verb ("killed in the city", "injured on the island"), and the phrase of what did it,
    which the event happened where it is ("killed by a quake in eastern China", "a quake in Bam killed")."""
    if verb is None:
        return []
    return [t for c in verb.children if _places_the_event(c) for t in _phrase(c)]


def _places_the_event(child: Any) -> bool:
    return (child.dep_ == "prep" and child.lower_ in PLACE_PREPOSITIONS) or child.dep_ in ("nsubj", "agent")


def _struck(verb: Any) -> list[Any]:
    """The object of the verb a clause hangs on, which may be the place it struck ("hit southern Iran")."""
    return [t for c in verb.children if c.dep_ in ("dobj", "obj") for t in _phrase(c)]


def _named(places: list[Any], sentence: ParsedSentence, tokens: list[Any]) -> list[Any]:
    """The place mentions that one of ``tokens`` falls in."""
    starts = {sentence.span.start + t.idx for t in tokens}
    return [m for m in places if any(m.span.start <= s < m.span.end for s in starts)]
