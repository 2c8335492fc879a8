"""Sending the streamed batches: each POST on one worker thread while this thread writes back the
previous batch's answers and reads the next batch."""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterable
from typing import Any

from ssd_bridge.db import Database
from ssd_bridge.dfe.client import SubmitCounts
from ssd_bridge.tracking import PendingRecord, record_outcomes


class _Poster:
    """One daemon thread that POSTs the batches handed to it, one at a time (one thread for the run,
    not one per batch). Ctrl-C or a failure here never waits for it: what it sent is unrecorded, so
    still pending and sent again next run."""

    def __init__(self, client: Any) -> None:
        self._client = client
        self._jobs: queue.SimpleQueue[list[PendingRecord] | None] = queue.SimpleQueue()
        self._results: queue.SimpleQueue[tuple[Any, BaseException | None]] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, name="ssd-bridge-post", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while (batch := self._jobs.get()) is not None:
            try:
                self._results.put((self._client.send_batch([(r.id, r.payload) for r in batch]), None))
            except BaseException as e:  # noqa: BLE001 - handed to the main thread by result()
                self._results.put((None, e))

    def start(self, batch: list[PendingRecord]) -> None:
        """POST ``batch`` on the worker thread."""
        self._jobs.put(batch)

    def result(self) -> Any:
        """Wait for the answer to the batch started last; re-raise in this thread what the POST raised."""
        result, error = self._results.get()
        if error is not None:
            raise error
        return result

    def close(self) -> None:
        """Let the worker end once it is idle."""
        self._jobs.put(None)


def send_overlapped(db: Database, run_id: str, batches: Iterable[list[PendingRecord]], client: Any,
                     counts: SubmitCounts) -> None:
    """POST each batch on a worker thread while this thread writes back the previous batch's answers
    and reads the next batch.

    At most one POST is in flight beside one write-back, so a process killed mid-run leaves at
    most two batches acknowledged but unrecorded: still pending, sent again next run (at least
    once). The database is used from this thread only; the client from the worker only.
    """
    poster = _Poster(client)
    try:
        in_flight: list[PendingRecord] | None = None
        for batch in batches:
            if in_flight is None:
                poster.start(batch)
                in_flight = batch
                continue
            result = poster.result()
            if result.error:
                _write_back(db, run_id, in_flight, result, counts)
                raise result.error
            poster.start(batch)
            _write_back(db, run_id, in_flight, result, counts)
            in_flight = batch
        if in_flight is not None:
            result = poster.result()
            _write_back(db, run_id, in_flight, result, counts)
            if result.error:
                raise result.error
    finally:
        poster.close()


def _write_back(db: Database, run_id: str, batch: list[PendingRecord], result: Any, counts: SubmitCounts) -> None:
    record_outcomes(db, run_id, {r.id: r for r in batch}, result.outcomes)
    counts.add(result)
