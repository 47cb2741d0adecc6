"""Chunks translated on a Dask cluster: a LocalCluster of N worker processes on this machine
(`--workers N`) or an existing cluster (`--scheduler tcp://HOST:8786`).

Each worker loads the model once (a worker plugin) and runs `pipeline.run` on the chunks it is
given: translation, enforcement, inline placement. The client reads the inputs, ships each
chunk's sentences with its task (workers need the model, not the files), and writes outputs,
run record, manifest and translation memory itself. A worker lost mid-chunk costs that chunk
only: the scheduler gives it to another worker, and the output is the same.
"""

from __future__ import annotations

import logging
import os
import threading
from dataclasses import replace
from typing import Callable, Iterator

from . import pipeline
from .errors import InputError, UsageError

try:
    from distributed import WorkerPlugin
except ImportError:  # without Dask only the in-process engine runs; DaskRunner says what to install
    WorkerPlugin = object

PLUGIN = "glossary-engine"


def _require_dask():
    try:
        import distributed
    except ImportError:
        raise UsageError(
            "--workers/--scheduler need dask.distributed, which this installation lacks; "
            "run ./setup.sh (or pip install distributed) and try again"
        ) from None
    return distributed


class EnginePlugin(WorkerPlugin):
    """One engine per worker: the model is loaded when the worker starts, never per task."""

    name = PLUGIN

    def __init__(self, settings):
        self.settings = settings
        self.engine = None
        self._enforcers: dict[int, tuple[object, object]] = {}

    def setup(self, worker):
        from .engine import Engine

        _undo_malloc_trim()
        self.lock = threading.Lock()  # made on the worker: the plugin travels pickled
        threads = self.settings.threads or worker.state.nthreads
        self.engine = Engine(settings=replace(self.settings, threads=threads), memory=None)
        self.engine.translator  # noqa: B018  (load the model now, not in the first task)

    def enforcer(self, glossary):
        """One Enforcer per glossary object (the client broadcasts the glossary once)."""
        if glossary is None:
            return None
        if id(glossary) not in self._enforcers:
            from .enforce import Enforcer

            self._enforcers[id(glossary)] = (glossary, Enforcer(glossary, self.engine))
        return self._enforcers[id(glossary)][1]


def _undo_malloc_trim() -> None:
    """Dask starts workers with MALLOC_TRIM_THRESHOLD_=65536, which makes glibc map and unmap every
    large allocation: CTranslate2 decodes 3–4× slower. Raise both thresholds again (glibc only)."""
    if "MALLOC_TRIM_THRESHOLD_" not in os.environ:
        return
    try:
        import ctypes

        libc = ctypes.CDLL("libc.so.6")
    except OSError:
        return
    m_trim_threshold, m_mmap_threshold = -1, -3
    libc.mallopt(m_trim_threshold, 32 << 20)
    libc.mallopt(m_mmap_threshold, 32 << 20)


def _translate_chunk(work: pipeline.Work, glossary) -> pipeline.Done:
    from distributed import get_worker

    plugin = get_worker().plugins[PLUGIN]
    with plugin.lock:  # one chunk at a time per engine: its threads serve the batches inside
        return pipeline.run(work, plugin.engine, plugin.enforcer(glossary))


def _worker_signature(dask_worker) -> str:
    return dask_worker.plugins[PLUGIN].engine.signature


class DaskRunner:
    """Where chunks go with --workers/--scheduler; `map` keeps a few chunks per worker thread in flight."""

    remote = True

    def __init__(self, engine, glossary=None, workers: int | None = None, scheduler: str | None = None):
        _require_dask()
        from distributed import Client, LocalCluster

        self.cluster = None
        try:
            if scheduler:
                self.client = Client(scheduler, timeout="10s")
            else:
                workers = workers or 1
                import dask

                threads = max(1, (os.cpu_count() or 1) // workers)
                environ = dict(dask.config.get("distributed.nanny.pre-spawn-environ", {}))
                environ.pop("MALLOC_TRIM_THRESHOLD_", None)  # see _undo_malloc_trim
                with dask.config.set({"distributed.nanny.pre-spawn-environ": environ}):
                    self.cluster = LocalCluster(
                        n_workers=workers, threads_per_worker=threads, processes=True,
                        dashboard_address=None, silence_logs=logging.ERROR,
                    )  # fmt: skip
                self.client = Client(self.cluster)
        except OSError as err:
            self.close()
            where = scheduler or "LocalCluster"
            raise InputError(
                f"{where}: cannot reach the Dask scheduler ({err}); is `dask scheduler` running there?"
            ) from None
        try:
            self._start(engine, glossary)
        except BaseException:
            self.close()
            raise

    def _start(self, engine, glossary) -> None:
        self.client.register_plugin(EnginePlugin(engine.settings), name=PLUGIN)
        for address, signature in self.client.run(_worker_signature).items():
            if signature != engine.signature:
                raise InputError(
                    f"{address}: this Dask worker translates with [{signature}], not [{engine.signature}]; "
                    "install the same model and glossary version on every worker"
                )
        self.glossary = self.client.scatter(glossary, broadcast=True) if glossary is not None else None
        threads = sum(self.client.nthreads().values()) or 1
        self.in_flight = 2 * threads

    def map(self, chunks: Iterator[tuple[object, pipeline.Work]], sentences: Callable[[int], None]):
        from distributed import as_completed

        pending: dict = {}
        done = as_completed()

        def submit_next() -> bool:
            try:
                key, work = next(chunks)
            except StopIteration:
                return False
            future = self.client.submit(_translate_chunk, work, self.glossary, pure=False)
            pending[future] = key
            done.add(future)
            return True

        for _ in range(self.in_flight):
            if not submit_next():
                break
        for future in done:
            key = pending.pop(future)
            result = future.result()
            future.release()
            sentences(result.sentences)  # a chunk's sentences count when it is back (in-process: per batch)
            yield key, result
            submit_next()

    def close(self) -> None:
        client = getattr(self, "client", None)
        if client is not None:
            client.close()
        if self.cluster is not None:
            self.cluster.close()
