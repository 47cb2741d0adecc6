"""Work spread over this machine's cores by forked worker processes.

A forked worker starts with everything the parent has loaded and looked up (the lemma tables, the
word frequencies, the dictionary's answers so far), so the work itself needs no pickling: only
the items handed out (small, such as ranges of indexes) and the results coming back are.
Results come back in the items' order, so a parallel run gives what a run in one process gives.
Where fork is unavailable, or a worker dies, the work is done in this process.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator

_TASK: Callable | None = None  # what the forked workers run: set before they are forked, never pickled


def cores() -> int:
    """The cores this process may run on (a container's limit, not the host's count)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # (not on every platform)
        return os.cpu_count() or 1


WORKER_MB = 1024  # what a worker may come to hold (its own copy of what it looks up): 0.5–0.65 GB on newstest


def default_workers() -> int:
    """One per core, but no more than the memory available now holds: eight cores with 2.5 GB free get two
    workers, not eight that the system would kill."""
    available = _available_mb()
    return max(1, min(cores(), available // WORKER_MB if available is not None else cores()))


def _available_mb() -> int | None:
    """The memory the system can give without swapping (Linux's MemAvailable), or None where unknown."""
    try:
        with open("/proc/meminfo", encoding="ascii") as meminfo:
            for line in meminfo:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) // 1024
    except (OSError, ValueError, IndexError):
        pass
    return None


def _run(item):
    return _TASK(item)


@contextlib.contextmanager
def without_cycle_collection() -> Iterator[None]:
    """Python's cycle collector paused for a pass that builds millions of objects and no cycles (term extraction:
    every pass of the collector found nothing, and they came to a tenth of the work on newstest). Forked workers
    inherit the pause; what a cycle leaves behind is collected after the pass."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def fork_map(task: Callable, items: Iterable, workers: int) -> Iterator:
    """`task(item)` for each item, in the items' order, on up to `workers` forked processes. The first item
    is done here, before the workers fork: what it loads (tables, imports) each of them then has."""
    global _TASK
    items = list(items)
    workers = min(workers, len(items) - 1)
    if workers < 2 or "fork" not in multiprocessing.get_all_start_methods():
        yield from map(task, items)
        return
    yield task(items[0])
    items = items[1:]
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    _TASK = task
    done = 0
    # what exists now is kept out of the garbage collector's passes while the workers run: a worker does not
    # scan (and so copy) the heap it shares with this process, nor does this process while results come in
    gc.freeze()
    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"))
    try:
        for result in pool.map(_run, items):
            yield result
            done += 1
    except BrokenProcessPool:  # a worker was killed (out of memory): the rest here, nothing lost
        yield from map(task, items[done:])
    finally:  # (interrupted: the chunks not begun are dropped, not waited for)
        pool.shutdown(cancel_futures=True)
        gc.unfreeze()
        _TASK = None
