"""Online story clustering: each arriving article joins the most similar story or starts a new one.

An article is compared only with the stories that share one of its salient keys (a name, a place, a
date, a figure or one of its rarest terms), found through an inverted index; nothing is re-clustered.
Similarity is the cosine between the article's weighted features and the story's centroid, lowered
when their dates are far apart or name disjoint years, so that two incidents of the same kind (two
earthquakes, two prisoner releases months apart) stay separate stories, linked as related.

When an article brings its story close enough to another story, the two merge (a local step: only
the stories sharing salient keys with the grown story are looked at); the earlier story absorbs the
later one, and the assignment says so, so a store can follow.
"""
from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass, field
from datetime import date

from ..errors import ConfigError
from .features import DocumentFrequencies, StoryFeatures

KINDS = ("t:", "e:", "p:", "d:", "n:")
YEAR_KEY_LENGTH = len("d:2024")


@dataclass(frozen=True, slots=True)
class ClusterSettings:
    """Thresholds and weights of the clusterer (tuned on ECB+ topics 1-17; see benchmarks/story_clustering.py).

    ``weights`` give each kind of feature its share of the similarity: terms, entities, places, dates,
    figures. ``time_window_days``: dates this close never count against joining; the penalty grows to
    ``time_penalty`` at ``time_horizon_days`` apart. ``year_penalty`` applies when the article and the
    story name only different years. Two stories whose centroids reach ``merge_threshold`` merge.
    """

    join_threshold: float = 0.2
    growth: float = 0.0
    related_threshold: float = 0.1
    merge_threshold: float = 0.5
    weights: tuple[float, float, float, float, float] = (1.0, 1.0, 0.6, 1.0, 0.3)
    salient_terms: int = 20
    max_candidates: int = 30
    max_postings: int = 2000
    centroid_size: int = 400
    time_window_days: int = 7
    time_horizon_days: int = 60
    time_penalty: float = 0.3
    year_penalty: float = 0.1

    def __post_init__(self) -> None:
        if not 0.0 < self.join_threshold <= 1.0 or not 0.0 <= self.related_threshold <= self.join_threshold:
            raise ConfigError("thresholds must satisfy 0 <= related_threshold <= join_threshold <= 1")
        if len(self.weights) != len(KINDS):
            raise ConfigError(f"weights needs {len(KINDS)} values: terms, entities, places, dates, figures")


@dataclass(frozen=True, slots=True)
class Assignment:
    """Where an article went and why.

    ``story``: the story it is in now (``new`` when it started it); ``similarity`` to that story;
    ``related``: similar stories it did not join; ``merged``: stories absorbed into ``story`` as a
    result (their articles now belong to ``story``; their ids are gone).
    """

    article: str
    story: str
    new: bool
    similarity: float
    related: tuple[str, ...] = ()
    merged: tuple[str, ...] = ()
    reason: str = ""


@dataclass(slots=True)
class StoryState:
    """What the clusterer remembers of one story; bounded in size except for its article ids.

    ``members`` counts the articles averaged into ``centroid`` (copies are listed in ``articles`` but
    do not weigh on it); ``keys`` are the keys the inverted index holds for the story.
    """

    id: str
    articles: list[str] = field(default_factory=list)
    centroid: dict[str, float] = field(default_factory=dict)
    members: int = 0
    norm: float = 0.0
    first: str | None = None
    last: str | None = None
    related: list[str] = field(default_factory=list)
    keys: dict[str, None] = field(default_factory=dict)

    def export(self) -> dict:
        """A JSON-ready copy of the state, loadable by :meth:`StoryClusterer.load_story`."""
        return {"id": self.id, "articles": list(self.articles), "centroid": dict(self.centroid),
                "members": self.members, "first": self.first, "last": self.last,
                "related": list(self.related), "keys": list(self.keys)}


def story_id_for(article_id: str) -> str:
    """A story's id, derived from the id of the article that started it (stable across runs)."""
    return "s" + hashlib.sha1(article_id.encode("utf-8")).hexdigest()[:12]


class StoryClusterer:
    """Assigns articles to stories one at a time. State is per story, exportable, and indexed by key."""

    def __init__(self, settings: ClusterSettings | None = None,
                 frequencies: DocumentFrequencies | None = None) -> None:
        self.settings = settings or ClusterSettings()
        self.frequencies = frequencies or DocumentFrequencies()
        self._stories: dict[str, StoryState] = {}
        self._postings: dict[str, dict[str, None]] = {}
        self._too_common: set[str] = set()
        self._story_of: dict[str, str] = {}

    def __len__(self) -> int:
        return len(self._stories)

    def story_ids(self) -> list[str]:
        """Ids of the current stories, in the order they started."""
        return list(self._stories)

    def story(self, story_id: str) -> StoryState:
        return self._stories[story_id]

    def story_of(self, article_id: str) -> str | None:
        return self._story_of.get(article_id)

    def assign(self, features: StoryFeatures, *, observe: bool = True, copy_of: str | None = None) -> Assignment:
        """Put one article in a story.

        ``copy_of``: the original this article duplicates (from :class:`DuplicateIndex`); a copy joins
        its original's story without weighing on its centroid or on the document frequencies.
        ``observe=False`` when the article's keys were already counted (a batch counts them all first).
        """
        if features.article in self._story_of:
            raise ConfigError(f"article {features.article} was already assigned to a story")
        if copy_of is not None and copy_of in self._story_of:
            return self._attach_copy(features.article, copy_of)
        keyed = features.keyed()
        if observe:
            self.frequencies.observe(keyed)
        vector = self.vector(keyed)
        scored = self._score_candidates(features, vector)
        story_id, similarity, reason = self._place(features, vector, scored)
        story_id, merged = self._merge_around(story_id)
        related = tuple(sid for sid, score in scored
                        if sid in self._stories and sid != story_id and score >= self.settings.related_threshold)
        self._link(story_id, related)
        return Assignment(features.article, story_id, story_id == story_id_for(features.article) and not merged,
                          round(similarity, 6), related, merged, reason)

    def vector(self, keyed: dict[str, float]) -> dict[str, float]:
        """Unit-length weighted vector: per kind, (1 + log count) * idf, normalised, then scaled by its weight."""
        by_kind: dict[str, dict[str, float]] = {kind: {} for kind in KINDS}
        for key, count in keyed.items():
            by_kind[key[:2]][key] = (1.0 + math.log(count)) * self.frequencies.idf(key)
        vector: dict[str, float] = {}
        for kind, weight in zip(KINDS, self.settings.weights):
            norm = _norm(by_kind[kind])
            if norm and weight:
                vector.update({key: weight * value / norm for key, value in by_kind[kind].items()})
        return _normalised(vector)

    def similarity(self, features: StoryFeatures, vector: dict[str, float], story: StoryState) -> float:
        """Cosine to the story's centroid, less the penalties for dates far apart and disjoint years."""
        if not story.norm:
            return 0.0
        cosine = _dot(vector, story.centroid) / story.norm
        return cosine - self._date_penalty(features.when, vector, story.first, story.last, story.centroid)

    def export_story(self, story_id: str) -> dict:
        return self._stories[story_id].export()

    def load_story(self, story_id: str, state: dict) -> None:
        """Restore a story exported by :meth:`export_story` (a store rebuilding the clusterer on open)."""
        centroid = {key: float(value) for key, value in state["centroid"].items()}
        story = StoryState(story_id, list(state["articles"]), centroid,
                           int(state.get("members", len(state["articles"]))), _norm(centroid),
                           state.get("first"), state.get("last"), list(state.get("related", [])))
        self._stories[story_id] = story
        self._story_of.update({article_id: story_id for article_id in story.articles})
        self._index(story, list(state.get("keys", [])))

    def export_vocabulary(self) -> dict:
        return self.frequencies.export()

    def load_vocabulary(self, state: dict) -> None:
        self.frequencies.load(state)

    def _place(self, features: StoryFeatures, vector: dict[str, float],
               scored: list[tuple[str, float]]) -> tuple[str, float, str]:
        """Join the best candidate if it reaches the threshold, else start a story."""
        passing = [(sid, score, self.threshold(self._stories[sid].members)) for sid, score in scored]
        passing = [item for item in passing if item[1] >= item[2]]
        if passing:
            story_id, similarity, threshold = max(passing, key=lambda item: (item[1] - item[2], item[0]))
            self._join(self._stories[story_id], features, vector)
            return story_id, similarity, f"joined: similarity {similarity:.3f} >= {threshold:.3f}"
        story_id = story_id_for(features.article)
        self._stories[story_id] = StoryState(story_id)
        self._join(self._stories[story_id], features, vector)
        reason = (f"new story: best candidate {scored[0][0]} at {scored[0][1]:.3f}, under its threshold"
                  if scored else "new story: no story shares a salient key")
        return story_id, 0.0, reason

    def threshold(self, members: int) -> float:
        """The similarity needed to join a story of ``members`` articles.

        A centroid of many articles keeps what they share and averages out what each says alone, so
        an article's cosine to it grows with its size, for a similar but different event as well as
        for the same one: the bar rises with the size, by ``growth`` at most.
        """
        return self.settings.join_threshold + self.settings.growth * (1.0 - 1.0 / math.sqrt(max(1, members)))

    def _attach_copy(self, article_id: str, original: str) -> Assignment:
        story_id = self._story_of[original]
        self._stories[story_id].articles.append(article_id)
        self._story_of[article_id] = story_id
        return Assignment(article_id, story_id, False, 1.0, reason=f"copy of {original}: joins its story")

    def _score_candidates(self, features: StoryFeatures, vector: dict[str, float]) -> list[tuple[str, float]]:
        """The candidate stories, scored, best first (ties broken by story id for determinism)."""
        scored = [(sid, self.similarity(features, vector, self._stories[sid])) for sid in self._candidates(vector)]
        return sorted(scored, key=lambda item: (-item[1], item[0]))

    def _candidates(self, vector: dict[str, float], exclude: str | None = None) -> list[str]:
        """Stories sharing salient keys with ``vector``, the most overlapping first, at most max_candidates."""
        overlap: dict[str, float] = {}
        for key in self._salient(vector):
            for story_id in self._postings.get(key, ()):
                overlap[story_id] = overlap.get(story_id, 0.0) + vector[key]
        overlap.pop(exclude, None)
        ranked = sorted(overlap, key=lambda sid: (-overlap[sid], sid))
        return ranked[:self.settings.max_candidates]

    def _salient(self, vector: dict[str, float]) -> list[str]:
        """Every name, place, date and figure, and the most heavily weighted terms."""
        terms = sorted((k for k in vector if k.startswith("t:")), key=lambda k: (-vector[k], k))
        others = [k for k in vector if not k.startswith("t:")]
        return others + terms[:self.settings.salient_terms]

    def _join(self, story: StoryState, features: StoryFeatures, vector: dict[str, float]) -> None:
        """Add the article to the story's running mean, keeping the centroid's strongest keys only."""
        self._set_centroid(story, _weighted_sum(story.centroid, story.members, vector, 1), story.members + 1)
        story.articles.append(features.article)
        self._story_of[features.article] = story.id
        if features.when:
            story.first = min(filter(None, (story.first, features.when)))
            story.last = max(filter(None, (story.last, features.when)))
        salient = self._salient(vector)
        self._index(story, salient[:len(salient)])

    def _set_centroid(self, story: StoryState, summed: dict[str, float], members: int) -> None:
        strongest = sorted(summed.items(), key=lambda item: (-item[1], item[0]))[:self.settings.centroid_size]
        story.centroid = {key: value / members for key, value in strongest}
        story.members = members
        story.norm = _norm(story.centroid)

    def _merge_around(self, story_id: str) -> tuple[str, tuple[str, ...]]:
        """Merge the grown story with any story its centroid now reaches; return the survivor and the absorbed."""
        absorbed: list[str] = []
        while True:
            story = self._stories[story_id]
            partner = self._closest_story(story)
            if partner is None:
                return story_id, tuple(absorbed)
            keeper, gone = sorted((story_id, partner), key=self._age)
            self._absorb(self._stories[keeper], self._stories.pop(gone))
            absorbed.append(gone)
            story_id = keeper

    def _closest_story(self, story: StoryState) -> str | None:
        unit = {key: value / story.norm for key, value in story.centroid.items()} if story.norm else {}
        best: tuple[float, str] | None = None
        for other_id in self._candidates(unit, exclude=story.id):
            other = self._stories[other_id]
            if not other.norm:
                continue
            score = _dot(unit, other.centroid) / other.norm
            score -= self._date_penalty(story.first, unit, other.first, other.last, other.centroid)
            if score >= self.settings.merge_threshold and (best is None or (-score, other_id) < (-best[0], best[1])):
                best = (score, other_id)
        return None if best is None else best[1]

    def _age(self, story_id: str) -> int:
        return list(self._stories).index(story_id)

    def _absorb(self, keeper: StoryState, gone: StoryState) -> None:
        summed = _weighted_sum(keeper.centroid, keeper.members, gone.centroid, gone.members)
        self._set_centroid(keeper, summed, keeper.members + gone.members)
        keeper.articles.extend(gone.articles)
        self._story_of.update({article_id: keeper.id for article_id in gone.articles})
        keeper.first = min(filter(None, (keeper.first, gone.first)), default=None)
        keeper.last = max(filter(None, (keeper.last, gone.last)), default=None)
        for key in gone.keys:
            self._postings.get(key, {}).pop(gone.id, None)
        self._index(keeper, list(gone.keys))
        for other_id in gone.related:
            self._stories[other_id].related.remove(gone.id)
            if other_id != keeper.id:
                self._link(keeper.id, (other_id,))

    def _index(self, story: StoryState, keys: list[str]) -> None:
        for key in keys:
            story.keys[key] = None
            if key in self._too_common:
                continue
            posting = self._postings.setdefault(key, {})
            posting[story.id] = None
            if len(posting) > self.settings.max_postings:
                # a key shared by this many stories no longer tells stories apart: stop indexing it
                del self._postings[key]
                self._too_common.add(key)

    def _link(self, story_id: str, related: tuple[str, ...]) -> None:
        for other in related:
            for source, target in ((story_id, other), (other, story_id)):
                links = self._stories[source].related
                if target not in links:
                    links.append(target)

    def _date_penalty(self, when: str | None, vector: dict[str, float], first: str | None, last: str | None,
                      centroid: dict[str, float]) -> float:
        penalty = self._time_penalty(when, first, last)
        if _years(vector) and _years(centroid) and not _years(vector) & _years(centroid):
            penalty += self.settings.year_penalty
        return penalty

    def _time_penalty(self, when: str | None, first: str | None, last: str | None) -> float:
        if not when or not first or not last:
            return 0.0
        gap = max(_days_between(when, first) if when < first else 0,
                  _days_between(last, when) if when > last else 0)
        window, horizon = self.settings.time_window_days, self.settings.time_horizon_days
        share = min(1.0, max(0.0, (gap - window) / max(1, horizon - window)))
        return self.settings.time_penalty * share


def _years(vector: dict[str, float]) -> set[str]:
    return {key for key in vector if key.startswith("d:") and len(key) == YEAR_KEY_LENGTH}


def _weighted_sum(first: dict[str, float], first_weight: int, second: dict[str, float],
                  second_weight: int) -> dict[str, float]:
    summed = {key: value * first_weight for key, value in first.items()}
    for key, value in second.items():
        summed[key] = summed.get(key, 0.0) + value * second_weight
    return summed


def _days_between(earlier: str, later: str) -> int:
    return (date.fromisoformat(later) - date.fromisoformat(earlier)).days


def _dot(vector: dict[str, float], other: dict[str, float]) -> float:
    if len(other) < len(vector):
        vector, other = other, vector
    return sum(weight * other.get(key, 0.0) for key, weight in vector.items())


def _norm(vector: dict[str, float]) -> float:
    return math.sqrt(sum(v * v for v in vector.values()))


def _normalised(vector: dict[str, float]) -> dict[str, float]:
    norm = _norm(vector)
    return {key: value / norm for key, value in vector.items()} if norm else {}
