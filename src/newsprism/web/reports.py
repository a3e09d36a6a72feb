"""Stories' reports computed on demand and kept in memory, so a server loads its models and analyses a story once.

A report is keyed by the story id and the store's generation (its article and version counts): an ingest that
adds articles or versions makes the next request compute a fresh report instead of serving a stale one.
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from pathlib import Path

from ..cli.store_commands import analyze_story
from ..config import Options
from ..errors import NotFound
from ..model import Report
from ..resources import Resources
from ..store import open_store

DEFAULT_CAPACITY = 32


def store_generation(store_path: Path, story_id: str) -> tuple[int, int]:
    """(articles, article versions) in the store; raises NotFound first if the story is not there."""
    with open_store(store_path, create=False) as store:
        try:
            store.story_article_ids(story_id)
        except NotFound:
            # The store's own message names its file; a web client needs only the id.
            raise NotFound(f"no story {story_id!r} in this store (see / for the stories)") from None
        counts = store.counts()
    return counts["articles"], counts["article_versions"]


class ReportCache:
    """The most recently used reports of one store, at most ``capacity`` of them.

    One lock serialises analysis: the models are not shared safely between threads, and two requests for the
    same story should not both pay for it.
    """

    def __init__(self, store_path: Path, resources: Resources, options: Options,
                 capacity: int = DEFAULT_CAPACITY) -> None:
        self.store_path = store_path
        self.resources = resources
        self.options = options
        self.capacity = capacity
        self.computed = 0  # how many reports were analysed (not served from memory): what tests check
        self._reports: OrderedDict[tuple[str, int, int], Report] = OrderedDict()
        self._lock = threading.Lock()

    def report(self, story_id: str) -> Report:
        """The story's report. Raises NotFound for an unknown story, StoreError if the store is gone."""
        key = (story_id, *store_generation(self.store_path, story_id))
        with self._lock:
            if key not in self._reports:
                self._reports[key] = analyze_story(self.store_path, story_id, self.options, self.resources)
                self.computed += 1
                self._evict()
            self._reports.move_to_end(key)
            return self._reports[key]

    def _evict(self) -> None:
        while len(self._reports) > self.capacity:
            self._reports.popitem(last=False)
