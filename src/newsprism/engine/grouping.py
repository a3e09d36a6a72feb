"""The in-memory indexes the driver needs — duplicate index and story clusterer — rebuilt from a store.

Rebuilding reads each stored signature, story state, membership and relation once, in stored order; after
that every arriving article costs an index lookup, never a scan over the stories. A story's member and
related lists and its exemplars are kept as rows, not in its stored state (see ``StoryState.export``).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..group.duplicates import DuplicateIndex, DuplicateSettings
from ..group.stories import ClusterSettings, StoryClusterer
from ..store import Store


@dataclass(slots=True)
class Grouping:
    """The duplicate index and the clusterer that one ingest run updates."""

    duplicates: DuplicateIndex
    clusterer: StoryClusterer
    settings: DuplicateSettings = field(default_factory=DuplicateSettings)
    # story id -> how many of its exemplars the store holds: a batch writes only the ones after these
    stored_exemplars: dict[str, int] = field(default_factory=dict)


def rebuild_grouping(store: Store, duplicate_settings: DuplicateSettings | None = None,
                     cluster_settings: ClusterSettings | None = None) -> Grouping:
    """Indexes holding everything the store holds: signatures, story states and document frequencies."""
    settings = duplicate_settings or DuplicateSettings()
    index = DuplicateIndex(settings)
    for article_id, version, signature in store.iter_signatures():
        if version == 1:
            index.add_signature(article_id, signature)
        else:
            index.add_version(article_id, version, signature)
    clusterer = StoryClusterer(cluster_settings)
    documents, counts = store.vocabulary()
    clusterer.load_vocabulary({"documents": documents, "counts": counts})
    members, related = _story_rows(store)
    stored_exemplars = {}
    for story_id, state in store.iter_story_states():
        clusterer.load_story(story_id, {**state, "articles": members.get(story_id, []),
                                        "related": related.get(story_id, [])})
        stored_exemplars[story_id] = len(state.get("exemplars", []))
    return Grouping(index, clusterer, settings, stored_exemplars)


def _story_rows(store: Store) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Members in arrival order and relations (both ways, in recorded order) of every story."""
    members: dict[str, list[str]] = {}
    for story_id, article_id in store.iter_memberships():
        members.setdefault(story_id, []).append(article_id)
    related: dict[str, dict[str, None]] = {}
    for story_id, other in store.iter_relations():
        related.setdefault(story_id, {})[other] = None
        related.setdefault(other, {})[story_id] = None
    return members, {story_id: list(others) for story_id, others in related.items()}
