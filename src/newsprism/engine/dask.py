"""The Dask engine: reading, cleaning, annotation, MinHash signatures and story features on a Dask cluster.

Inputs are split into tasks of ``inputs_per_task`` files; results come back in submission order, so the
driver assigns stories in the same order as the local engine and gets the same stories. Models are loaded
once per worker by a worker plugin, never per task. Workers must see the input paths (a shared filesystem);
parallelism is per input file, so a corpus in one huge file gains nothing — shard it.
"""
from __future__ import annotations

import logging

from collections import deque
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from distributed import Client, LocalCluster, WorkerPlugin, get_worker

from ..config import Options
from ..errors import ConfigError, ServiceUnavailable
from ..resources import Resources
from .base import PipelineSettings, ProcessedBatch
from .steps import process_inputs

DEFAULT_INPUTS_PER_TASK = 8
PLUGIN_NAME = "newsprism-resources"


class ResourcesPlugin(WorkerPlugin):
    """Gives each worker one Resources object; its models load on first use and stay for the worker's life."""

    name = PLUGIN_NAME

    def setup(self, worker: object) -> None:
        self.resources = Resources()


def worker_resources() -> Resources:
    """The Resources of the worker running the current task."""
    return get_worker().plugins[PLUGIN_NAME].resources


def process_on_worker(paths: list[str], options: Options, settings: PipelineSettings) -> ProcessedBatch:
    """A Dask task: everything independent per article for a few inputs, with the worker's models."""
    return process_inputs(paths, options, worker_resources(), settings)


class DaskEngine:
    """Runs the per-article stages on a Dask cluster: ``scheduler`` address, else a LocalCluster."""

    name = "dask"

    def __init__(self, settings: PipelineSettings | None = None, scheduler: str | None = None, workers: int = 2,
                 processes: bool = True, inputs_per_task: int = DEFAULT_INPUTS_PER_TASK,
                 connect_timeout: str = "20s") -> None:
        if workers < 1 or inputs_per_task < 1:
            raise ConfigError("the Dask engine needs at least 1 worker and 1 input per task")
        self.settings = settings or PipelineSettings()
        self.scheduler, self.workers, self.processes = scheduler, workers, processes
        self.inputs_per_task, self.connect_timeout = inputs_per_task, connect_timeout

    def process(self, paths: Sequence[str | Path], options: Options, resources: Resources) -> Iterator[ProcessedBatch]:
        """``resources`` is unused here: each worker loads its own models once (see ResourcesPlugin)."""
        from ..ingest import discover

        inputs = [str(path) for path in discover(paths)]
        chunks = [inputs[i:i + self.inputs_per_task] for i in range(0, len(inputs), self.inputs_per_task)]
        with self._client() as client:
            client.register_plugin(ResourcesPlugin(), name=PLUGIN_NAME)
            yield from self._in_order(client, chunks, options)

    def _in_order(self, client: Client, chunks: list[list[str]], options: Options) -> Iterator[ProcessedBatch]:
        """Keep a few tasks per worker thread in flight; yield results in submission order."""
        window = 2 * max(1, sum(client.nthreads().values()))
        flying: deque = deque()
        for chunk in chunks:
            flying.append(client.submit(process_on_worker, chunk, options, self.settings, pure=False))
            if len(flying) >= window:
                yield flying.popleft().result()
        while flying:
            yield flying.popleft().result()

    @contextmanager
    def _client(self) -> Iterator[Client]:
        if self.scheduler:
            with self._connected() as client:
                yield client
            return
        # silence_logs: the local cluster's shutdown warnings ("worker still alive, killing") are noise to a user.
        with LocalCluster(n_workers=self.workers, threads_per_worker=1, processes=self.processes,
                          dashboard_address=None, silence_logs=logging.ERROR) as cluster, Client(cluster) as client:
            yield client

    def _connected(self) -> Client:
        """A client of the scheduler: a malformed address is a ConfigError, one that does not answer is
        ServiceUnavailable (a runtime failure: the same command may work once the scheduler is up)."""
        try:
            return Client(self.scheduler, timeout=self.connect_timeout)
        except ValueError as exc:
            raise ConfigError(f"--scheduler {self.scheduler}: not a Dask scheduler address ({exc}); "
                              "give one like tcp://host:8786") from exc
        except OSError as exc:
            # distributed retries refused and unanswered connections alike until the timeout, then says so
            raise ServiceUnavailable(f"no Dask scheduler answered at {self.scheduler} within {self.connect_timeout} "
                                     "(is it running, and is the address right?)") from exc
