"""Plan the extract's chunks in worker processes, so reading and building use a second core.

The extract's own process pages through the children and writes each chunk's plan; worker
processes each hold their own database connection and run ``runner.chunks.plan_chunk`` on the
pages they are given: read the chunk's rows, skip or rebuild, validate, plan. Results come back
in page order, so the writes (and the tracking ids they get) are those of a serial run.

- Workers are started with ``spawn`` on every platform (what Windows has), import nothing but the
  package, and connect on their first chunk, so a connection error reaches the extract as the
  same ``SsdBridgeError`` (and exit code) a serial run would raise.
- At most ``2 x workers`` pages are in flight: memory stays flat whatever the LA's size.
- Workers ignore Ctrl-C: the extract's process stops handing out pages, waits for the chunks
  under way, and the interrupt ends the run as before (nothing half-written: a chunk is written in
  one transaction, and only by the extract's own process).
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import ExitStack, contextmanager
from typing import Any

from ssd_bridge.config import Settings
from ssd_bridge.db import connect
from ssd_bridge.record.ssd_read import Page
from ssd_bridge.runner.chunks import (
    ChunkJob,
    ChunkReader,
    ChunkResult,
    fewer_gc_passes,
    plan_chunk,
    start_session,
)

log = logging.getLogger(__name__)

#: Worker processes when the machine has at least two cores: the extract's own process writes,
#: two workers read and build (one builds while the other waits on the database).
WORKERS = 2


def default_workers() -> int:
    """How many worker processes an extract of more than one chunk uses (0: plan in-process)."""
    # the cores this process may run on (a container or a job object can allow fewer than the machine has)
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return min(WORKERS, cores) if cores >= 2 else 0


class ChunkPool:
    """Worker processes planning chunks; :meth:`plans` yields the results in page order."""

    def __init__(self, settings: Settings, job: ChunkJob, workers: int) -> None:
        self.workers = workers
        self.executor = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                                            initializer=_start_worker, initargs=(settings, job))

    def plans(self, pages: Iterable[Page]) -> Iterator[tuple[Page, ChunkResult]]:
        """(page, its plan) for every page, in order; at most 2 x workers pages in flight."""
        pending: deque[tuple[Page, Future[ChunkResult]]] = deque()
        for number, page in enumerate(pages):
            # The first submits start the workers: they are born ignoring Ctrl-C (POSIX passes an
            # ignored signal on through exec), so one pressed while they start up shows no traceback.
            with _sigint_ignored(number < self.workers):
                future = self.executor.submit(_plan_in_worker, page)
            pending.append((page, future))
            if len(pending) >= 2 * self.workers:
                done, future = pending.popleft()
                yield done, future.result()
        while pending:
            done, future = pending.popleft()
            yield done, future.result()

    def close(self) -> None:
        """Stop the workers: pages not started are dropped, chunks under way run to their end."""
        self.executor.shutdown(wait=True, cancel_futures=True)


@contextmanager
def _sigint_ignored(when: bool) -> Iterator[None]:
    if not when or threading.current_thread() is not threading.main_thread():
        yield
        return
    before = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, before)


# -- in the worker process ----------------------------------------------------------------------
_worker: dict[str, Any] = {}


def _start_worker(settings: Settings, job: ChunkJob) -> None:
    # Ctrl-C reaches every process of the console: the extract's own process handles it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker.update(settings=settings, job=job)


def _plan_in_worker(page: Page) -> ChunkResult:
    if "source" not in _worker:  # connect on the first chunk: its errors reach the extract
        stack = ExitStack()
        db = stack.enter_context(connect(_worker["settings"]))
        start_session(db)
        stack.enter_context(fewer_gc_passes())
        _worker.update(stack=stack, source=ChunkReader(db, _worker["job"].chunk_size))
    return plan_chunk(_worker["source"], _worker["job"], page)
