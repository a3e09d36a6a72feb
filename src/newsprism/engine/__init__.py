"""Execution: the local engine and the Dask engine, and the driver that commits their batches to a store.

``ingest(store, make_engine("local"), paths, options, resources)`` is what ``newsprism ingest`` runs.
"""
from __future__ import annotations

from ..errors import ConfigError
from .base import Engine, PipelineSettings, ProcessedArticle, ProcessedBatch
from .grouping import Grouping, rebuild_grouping
from .ingest import IngestSummary, ingest
from .local import LocalEngine

ENGINES = ("local", "dask")


def make_engine(name: str, settings: PipelineSettings | None = None, scheduler: str | None = None,
                workers: int = 2, processes: bool = True) -> Engine:
    """The engine called ``name``; the Dask one connects to ``scheduler`` or starts a LocalCluster."""
    if name == "local":
        if scheduler:
            raise ConfigError("--scheduler only applies to --engine dask")
        return LocalEngine(settings)
    if name == "dask":
        from .dask import DaskEngine  # distributed is imported only when asked for

        return DaskEngine(settings, scheduler=scheduler, workers=workers, processes=processes)
    raise ConfigError(f"unknown engine {name!r}: choose one of {', '.join(ENGINES)}")


__all__ = [
    "ENGINES", "Engine", "Grouping", "IngestSummary", "LocalEngine", "PipelineSettings", "ProcessedArticle",
    "ProcessedBatch", "ingest", "make_engine", "rebuild_grouping",
]
