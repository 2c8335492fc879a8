"""Sending the streamed batches: a worker thread POSTs them one after another while this thread
reads the next batches and writes back the answers that have come in, several batches per commit."""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterable, Iterator
from typing import Any

from ssd_bridge.db import Database
from ssd_bridge.dfe.client import SubmitCounts
from ssd_bridge.tracking import PendingRecord, record_outcomes

#: Batches handed to the POST worker ahead of their write-back. A process killed mid-run leaves
#: at most this many batches acknowledged but unrecorded: still pending, sent again next run.
#: Four keeps the worker busy while a commit waits for the disk (about 20 ms on a loaded host).
AHEAD = 4


class _Answer:
    """What the worker made of one batch: DfE's result, or the exception its POST raised, or
    neither (skipped: an earlier batch stopped the run, so it was never POSTed)."""

    __slots__ = ("batch", "error", "result")

    def __init__(self, batch: list[PendingRecord], result: Any = None, error: BaseException | None = None) -> None:
        self.batch, self.result, self.error = batch, result, error


class _Poster:
    """One daemon thread that POSTs the batches handed to it, in order, one at a time. After a
    batch that stops the run (its result carries an error, or its POST raised) it POSTs nothing
    more: later batches come back skipped. Ctrl-C or a failure in this thread never waits for it:
    what it sent is unrecorded, so still pending and sent again next run."""

    def __init__(self, client: Any) -> None:
        self._client = client
        self._jobs: queue.SimpleQueue[list[PendingRecord] | None] = queue.SimpleQueue()
        self._answers: queue.SimpleQueue[_Answer] = queue.SimpleQueue()
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._run, name="ssd-bridge-post", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while (batch := self._jobs.get()) is not None:
            if self._stopped.is_set():
                self._answers.put(_Answer(batch))
                continue
            try:
                result = self._client.send_batch([(r.id, r.payload) for r in batch])
            except BaseException as e:  # noqa: BLE001 - handed to the main thread by answers()
                self._stopped.set()
                self._answers.put(_Answer(batch, error=e))
                continue
            if result.error:
                self._stopped.set()
            self._answers.put(_Answer(batch, result))

    def start(self, batch: list[PendingRecord]) -> None:
        """Queue ``batch`` for POSTing on the worker thread."""
        self._jobs.put(batch)

    def answers(self) -> list[_Answer]:
        """Wait for the next answer, then take every other one already in (oldest first)."""
        answers = [self._answers.get()]
        while True:
            try:
                answers.append(self._answers.get_nowait())
            except queue.Empty:
                return answers

    def close(self) -> None:
        """POST nothing more; let the worker end once it is idle."""
        self._stopped.set()
        self._jobs.put(None)


def send_overlapped(db: Database, run_id: str, batches: Iterable[list[PendingRecord]], client: Any,
                     counts: SubmitCounts, ahead: int = AHEAD) -> None:
    """POST the batches on a worker thread while this thread reads the next ones and writes back
    the answers, every answer that has come in by then in one commit.

    At most ``ahead`` batches are POSTed or waiting to be, beyond those written back, so a process
    killed mid-run leaves at most that many acknowledged but unrecorded (at least once). When the
    write-back is slower than the POSTs (a commit waits for the disk), answers pile up and go in
    fewer, larger commits: the wall time follows the slower of the two, not their sum. A batch
    that stops the run is written back with those before it, then its error is raised; nothing
    after it is POSTed. The database is used from this thread only; the client from the worker only.
    """
    poster = _Poster(client)
    pending: Iterator[list[PendingRecord]] | None = iter(batches)
    in_flight = 0
    try:
        while True:
            while pending is not None and in_flight < ahead:
                batch = next(pending, None)
                if batch is None:
                    pending = None
                else:
                    poster.start(batch)
                    in_flight += 1
            if not in_flight:
                return
            answers = poster.answers()
            in_flight -= len(answers)
            failure = next((a.error or a.result.error for a in answers
                            if a.error or (a.result is not None and a.result.error)), None)
            if failure is not None:
                pending = None  # read no more; the worker skips what it still holds
            _write_back(db, run_id, [a for a in answers if a.result is not None], counts)
            if failure is not None:
                raise failure
    finally:
        poster.close()


def _write_back(db: Database, run_id: str, answers: list[_Answer], counts: SubmitCounts) -> None:
    """Record the answers of several batches in one commit and count them."""
    if not answers:
        return
    records = {r.id: r for a in answers for r in a.batch}
    record_outcomes(db, run_id, records, [o for a in answers for o in a.result.outcomes])
    for a in answers:
        counts.add(a.result)
