"""The local engine: every stage in this process, articles prepared in batches of ``batch_size``."""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from ..config import Options
from ..model import Article, ErrorRecord
from ..resources import Resources
from .base import PipelineSettings, ProcessedBatch
from .steps import prepare_batch, read_for_store


class LocalEngine:
    """Reads inputs one after another and yields batches of prepared articles in input order."""

    name = "local"

    def __init__(self, settings: PipelineSettings | None = None) -> None:
        self.settings = settings or PipelineSettings()

    def process(self, paths: Sequence[str | Path], options: Options, resources: Resources) -> Iterator[ProcessedBatch]:
        from ..ingest import discover

        pending: list[Article] = []
        errors: list[ErrorRecord] = []
        inputs = 0
        for path in discover(paths):
            read = read_for_store(path, options)
            pending.extend(read.articles)
            errors.extend(read.errors)
            inputs += 1
            while len(pending) >= self.settings.batch_size:
                batch, pending = pending[:self.settings.batch_size], pending[self.settings.batch_size:]
                yield prepare_batch(batch, errors, inputs, resources, self.settings)
                errors, inputs = [], 0
        if pending or errors or inputs:
            yield prepare_batch(pending, errors, inputs, resources, self.settings)
