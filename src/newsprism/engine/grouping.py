"""The in-memory indexes the driver needs — duplicate index and story clusterer — rebuilt from a store.

Rebuilding reads each stored signature and story state once, in stored order; after that every arriving
article costs an index lookup, never a scan over the stories.
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


def rebuild_grouping(store: Store, duplicate_settings: DuplicateSettings | None = None,
                     cluster_settings: ClusterSettings | None = None) -> Grouping:
    """Indexes holding everything the store holds: signatures, story states and document frequencies."""
    settings = duplicate_settings or DuplicateSettings()
    index = DuplicateIndex(settings)
    for article_id, signature in store.iter_signatures():
        index.add_signature(article_id, signature)
    clusterer = StoryClusterer(cluster_settings)
    documents, counts = store.vocabulary()
    clusterer.load_vocabulary({"documents": documents, "counts": counts})
    for story_id, state in store.iter_story_states():
        clusterer.load_story(story_id, state)
    return Grouping(index, clusterer, settings)
