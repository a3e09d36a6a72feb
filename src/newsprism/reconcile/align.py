"""Alignment: claims of different articles that speak of the same thing, grouped.

Similarity of sentence embeddings finds candidates, the parts decide: a pair is linked when it is very
similar, or fairly similar and either shares a specific part (an entity, the counted thing or the value
of a figure) with a compatible predicate, or states the same two or more specific figures ("evacuated 80,
and 18 were in hospital" / "brought 80 to the surface, 18 taken to hospital"). Predicates are compatible
when they are of one event class, or when the sentences share most of their content words, so that the
different main verb is a rewording ("said gas sensors had been faulty for months" / "said workers had
complained about faulty gas sensors for months"). Agreement or disagreement is judged later, from the
parts.

A figure is itself a statement, whatever else its sentence says: two sentences that state the same specific
figure of the same thing in the same event (``same_figure``: "At least 27 people died when the ferry sank" /
"A ferry carrying 150 people capsized near the port, killing at least 27 people, the governor said") are
linked from the lower similarity ``FIGURE_LINK_LOW``, since a long sentence that puts the figure late reads,
to the embedding, as its opening. The thing may be left unsaid in one ("Forty-five were rescued" / "45 had
been rescued"); two events of different classes of the lexicon ("45 killed" / "45 injured") are not one.

Not quadratic: candidates come from blocks keyed on the claims' parts (entity, counted thing, figure
value, predicate class, and their pairs) and on locality-sensitive hashes of the vectors (random hyperplanes, seeded: two
sentences with cosine 0.8 share one of ``LSH_BANDS`` bands with probability ~0.94). A key shared by more
than ``BLOCK_CAP`` claims does not discriminate (the country every sentence names) and is dropped, so each
claim is compared with at most a bounded number of others, and with its ``TOP_K`` most similar of those.
"""
from __future__ import annotations

from ..disjoint import Clusters

from dataclasses import dataclass
from typing import Any, Sequence

import numpy as np

from ..model import Claim, Quantity
from .lexicon import EVENT_CLASSES, GUNFIRE_CLASS, LIGHT_VERBS, REPORTING_VERBS, WEAPON_OBJECTS

BLOCK_CAP = 60
TOP_K = 8
MAX_CANDIDATES = 120
LINK_HIGH = 0.8
LINK_LOW = 0.55
FIGURE_LINK_LOW = 0.4  # the similarity from which one shared specific figure links two sentences
SPECIFIC_SHARE = 0.15
LSH_BANDS = 16
LSH_BITS = 8
LSH_SEED = 13
SHARED_FIGURES = 2  # specific figure values two sentences must share to be linked whatever their verbs
SHARED_WORDS = 0.5  # share of content words (Jaccard) that makes two main verbs a rewording of one statement
CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM"})
EVENT_CLASS_NAMES = frozenset(EVENT_CLASSES.values())


@dataclass(frozen=True, slots=True)
class StatedFigure:
    """A figure as its sentence states it: its value (``figure_key``), the head of the thing it counts ("" when
    the sentence leaves it unsaid) and the class of the event it belongs to (see quantities.stated_figures)."""

    value: str
    thing: str
    event: str


def predicate_class(lemma: str | None) -> str:
    if not lemma:
        return ""
    return EVENT_CLASSES.get(lemma, lemma)


def acting_on_class(lemma: str | None, acted_on: str | None) -> str:
    """A verb's class read with what it acts on: firing shots or a rocket is gunfire, not a dismissal."""
    event = predicate_class(lemma)
    return GUNFIRE_CLASS if event == "fire" and acted_on in WEAPON_OBJECTS else event


def counted_head(counted: str | None) -> str:
    """The head word of a counted thing, singular: "political prisoners" -> "prisoner"."""
    if not counted:
        return ""
    word = counted.lower().split()[-1].strip(".,;:")
    return word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > 3 else word


def block_keys(claim: Claim) -> set[str]:
    pred = predicate_class(claim.predicate)
    keys = _part_keys(claim)
    keys |= {f"p:{pred}|{k}" for k in list(keys)}
    return keys


def figure_key(quantity: Quantity) -> str | None:
    """A figure's value as a part: the same value in the same kind and unit, however it is written."""
    if quantity.value is None:
        return None
    return f"v:{quantity.kind}:{quantity.unit or ''}:{quantity.value:g}"


def lsh_keys(vectors: Any) -> list[set[str]]:
    """Band keys of each vector's signs against seeded random hyperplanes (SimHash banding)."""
    matrix = np.asarray(vectors, dtype=np.float32)
    if matrix.ndim != 2 or matrix.shape[0] == 0:
        return [set() for _ in range(matrix.shape[0] if matrix.ndim else 0)]
    planes = np.random.default_rng(LSH_SEED).standard_normal((matrix.shape[1], LSH_BANDS * LSH_BITS))
    bits = (matrix @ planes.astype(np.float32)) > 0
    keys = []
    for row in bits:
        bands = row.reshape(LSH_BANDS, LSH_BITS)
        keys.append({f"h{b}:" + "".join("1" if x else "0" for x in band) for b, band in enumerate(bands)})
    return keys


def candidate_pairs(claims: list[Claim], vectors: Any = None) -> dict[int, set[int]]:
    """For each claim, at most ``MAX_CANDIDATES`` claims of other articles sharing a discriminating block
    key, taken from its rarest keys first (so the work is linear in the number of claims)."""
    postings: dict[str, list[int]] = {}
    hashes = lsh_keys(vectors) if vectors is not None else [set() for _ in claims]
    keys_of = [block_keys(c) | h for c, h in zip(claims, hashes)]
    for index, keys in enumerate(keys_of):
        for key in keys:
            postings.setdefault(key, []).append(index)
    candidates: dict[int, set[int]] = {i: set() for i in range(len(claims))}
    for index, keys in enumerate(keys_of):
        usable = sorted((k for k in keys if len(postings[k]) <= BLOCK_CAP), key=lambda k: (len(postings[k]), k))
        for key in usable:
            candidates[index].update(j for j in postings[key] if claims[j].article != claims[index].article)
            if len(candidates[index]) >= MAX_CANDIDATES:
                break
    return candidates


def specific_keys(claims: list[Claim]) -> set[str]:
    """Parts rare enough to identify a topic: named in at most ``SPECIFIC_SHARE`` of the claims (or 3).

    The country every sentence of a story names says nothing about which claim is which.
    """
    counts: dict[str, int] = {}
    for claim in claims:
        for key in _part_keys(claim):
            counts[key] = counts.get(key, 0) + 1
    limit = max(3, SPECIFIC_SHARE * len(claims))
    return {key for key, count in counts.items() if count <= limit}


def _part_keys(claim: Claim) -> set[str]:
    keys = {f"e:{e}" for e in claim.entities} | {f"q:{counted_head(q.counted)}" for q in claim.quantities if q.counted}
    return keys | {key for q in claim.quantities if (key := figure_key(q)) is not None}


def linked(a: Claim, b: Claim, similarity: float, specific: set[str],
           words: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset()),
           figures: tuple[Sequence[StatedFigure], Sequence[StatedFigure]] = ((), ())) -> bool:
    """``words`` are the content words of ``a`` and of ``b`` (``content_words``), ``figures`` the figures each
    states."""
    if similarity >= LINK_HIGH:
        return True
    if similarity < FIGURE_LINK_LOW:
        return False
    if any(same_figure(x, y) and x.value in specific for x in figures[0] for y in figures[1]):
        return True
    if similarity < LINK_LOW:
        return False
    shared = _part_keys(a) & _part_keys(b) & specific
    if sum(key.startswith("v:") for key in shared) >= SHARED_FIGURES:
        return True
    return bool(shared) and compatible_predicates(a, b, words)


def same_figure(a: StatedFigure, b: StatedFigure) -> bool:
    """One value of one thing (or of a thing one sentence leaves unsaid) in events that may be one: of the same
    class, or not both of a class of the lexicon ("covers" / "affects"; not "killed" / "injured")."""
    things = a.thing == b.thing or not a.thing or not b.thing
    events = a.event == b.event or not (a.event in EVENT_CLASS_NAMES and b.event in EVENT_CLASS_NAMES)
    return a.value == b.value and things and events


def compatible_predicates(a: Claim, b: Claim, words: tuple[frozenset[str], frozenset[str]]) -> bool:
    """One event class, or most content words shared: one statement with another main verb."""
    if predicate_class(a.predicate) == predicate_class(b.predicate):
        return True
    union = words[0] | words[1]
    return bool(union) and len(words[0] & words[1]) >= SHARED_WORDS * len(union)


def content_words(doc: Any) -> frozenset[str]:
    """Lower-cased lemmas of a parsed sentence's content words, less reporting and light verbs."""
    return frozenset(t.lemma_.lower() for t in doc if t.pos_ in CONTENT_POS and not t.is_stop
                     and t.lemma_.lower() not in REPORTING_VERBS and t.lemma_.lower() not in LIGHT_VERBS)


def align_claims(claims: list[Claim], vectors: Any, words: list[frozenset[str]] | None = None,
                 figures: list[Sequence[StatedFigure]] | None = None) -> list[list[Claim]]:
    """Groups of claims (each group in input order; groups ordered by their first claim). ``words`` are
    each claim's ``content_words`` (none given: predicates are compared by class only), ``figures`` the
    figures each states (none given: figures link only as parts)."""
    clusters = Clusters(len(claims))
    specific = specific_keys(claims)
    words = words if words is not None else [frozenset() for _ in claims]
    figures = figures if figures is not None else [() for _ in claims]
    for index, others in candidate_pairs(claims, vectors).items():
        for other in _top_k(vectors, index, sorted(others)):
            similarity = float(vectors[index] @ vectors[other])
            if linked(claims[index], claims[other], similarity, specific, (words[index], words[other]),
                      (figures[index], figures[other])):
                clusters.union(index, other)
    return clusters.groups(claims)


def _top_k(vectors: Any, index: int, others: list[int]) -> list[int]:
    if len(others) <= TOP_K:
        return others
    scores = np.asarray(vectors[others]) @ np.asarray(vectors[index])
    best = np.argsort(-scores, kind="stable")[:TOP_K]
    return [others[i] for i in best]
