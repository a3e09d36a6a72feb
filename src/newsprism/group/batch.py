"""Grouping a folder analysed in one go: copies first, then the online clusterer in a fixed order.

The order is by publication date, articles of the same date (or undated) in the order they were read, so the
same folder always gives the same stories, whatever ids its articles get (the store names a file by its path,
`analyze` by its text: see ``ingest.ids``). Because the whole folder is at hand, document frequencies are counted
over all of it before assignment.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from ..config import Options
from ..model import Article, ArticleAnnotations
from .duplicates import DuplicateIndex, DuplicateMatch, DuplicateSettings
from .features import StoryFeatures, features_for
from .stories import ClusterSettings, StoryClusterer

HEADLINE_CHARS = 120
_FIRST_SENTENCE = re.compile(r"\S.*?(?:[.!?](?=\s)|\n|$)", re.DOTALL)


@dataclass(slots=True)
class StoryGroup:
    """One story found in a folder. ``duplicates`` maps each copy in it to the original it copies."""

    id: str
    title: str
    articles: list[str]
    related: list[str] = field(default_factory=list)
    time_span: tuple[str | None, str | None] = (None, None)
    duplicates: dict[str, DuplicateMatch] = field(default_factory=dict)


def arrival_order(articles: Iterable[Article]) -> list[Article]:
    """The articles in the order they were read, the dated ones sorted by publication date among the places
    dated articles hold (the ingest driver orders each batch so too).

    An undated article keeps its place: nothing says it came later, and sent to the end, undated reports of an
    event join whatever stories the dated ones formed (ECB+ read through the product, undated texts interleaved
    with the dated as read: B-cubed 0.903; all undated last: 0.887). Ties keep the reading order, not that of
    the ids (the store names a file by its path, ``analyze`` by its text).
    """
    given = list(articles)
    dated = iter(sorted((a for a in given if a.published), key=lambda a: a.published or ""))
    return [next(dated) if article.published else article for article in given]


def cluster_articles(articles: Iterable[Article],
                     annotations: Mapping[str, ArticleAnnotations] | None = None,
                     options: Options | None = None,
                     settings: ClusterSettings | None = None) -> list[StoryGroup]:
    """Mark copies and group ``articles`` into stories, in the order the stories start."""
    ordered = arrival_order(articles)
    seed = (options or Options()).seed
    duplicates = find_duplicates(ordered, DuplicateSettings(seed=seed))
    features = {a.id: features_for(a, (annotations or {}).get(a.id)) for a in ordered}
    clusterer = StoryClusterer(settings)
    for article in ordered:
        if article.id not in duplicates:
            clusterer.frequencies.observe(features[article.id].keyed())
    for article in ordered:
        match = duplicates.get(article.id)
        clusterer.assign(features[article.id], observe=False, copy_of=match.article if match else None)
    by_id = {a.id: a for a in ordered}
    return [_group(clusterer, sid, by_id, features, duplicates) for sid in clusterer.story_ids()]


def find_duplicates(articles: Iterable[Article], settings: DuplicateSettings) -> dict[str, DuplicateMatch]:
    """Copies among ``articles`` (in the given order), each mapped to the earliest article it copies."""
    index = DuplicateIndex(settings)
    found = {}
    for article in articles:
        match = index.add(article.id, article.text)
        if match is not None:
            found[article.id] = match
    return found


def _group(clusterer: StoryClusterer, story_id: str, articles: Mapping[str, Article],
           features: Mapping[str, StoryFeatures], duplicates: Mapping[str, DuplicateMatch]) -> StoryGroup:
    state = clusterer.story(story_id)
    central = _most_central(clusterer, state.centroid, state.articles, features, duplicates)
    return StoryGroup(
        id=story_id, title=story_title(articles[central]), articles=list(state.articles),
        related=sorted(state.related), time_span=(state.first, state.last),
        duplicates={a: duplicates[a] for a in state.articles if a in duplicates},
    )


def _most_central(clusterer: StoryClusterer, centroid: Mapping[str, float], members: list[str],
                  features: Mapping[str, StoryFeatures], duplicates: Mapping[str, DuplicateMatch]) -> str:
    """The original article closest to the story's centroid (the earliest one on a tie)."""
    originals = [a for a in members if a not in duplicates] or members

    def closeness(article_id: str) -> float:
        vector = clusterer.vector(features[article_id].keyed())
        return sum(weight * centroid.get(key, 0.0) for key, weight in vector.items())

    return max(originals, key=lambda a: (closeness(a), -members.index(a)))


def story_title(article: Article) -> str:
    """The article's title, or else its first line or sentence, cut at a word boundary if long."""
    if article.title and article.title.strip():
        return article.title.strip()
    match = _FIRST_SENTENCE.search(article.text)
    headline = match.group(0).strip() if match else article.id
    if len(headline) <= HEADLINE_CHARS:
        return headline
    return headline[:HEADLINE_CHARS].rsplit(" ", 1)[0] + "…"
