"""The extract job: build, validate and track one DfE record per child.

``extract`` reads the SSD a chunk of children at a time (record.ssd_read), builds each record in
the cohort (record.payload), validates it (record.validate), and records what changed in the
tracking table (tracking), committing once per chunk. Memory holds one chunk, whatever the LA's size.
"""

from __future__ import annotations

import datetime as dt
import itertools
import logging
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from typing import Any

from ssd_bridge.config import Settings
from ssd_bridge.db import Database, connect
from ssd_bridge.record.cohort import reporting_window
from ssd_bridge.record.fingerprint import run_context
from ssd_bridge.record.ssd_read import CHUNK_SIZE, Page
from ssd_bridge.runner.checks import require_columns, require_tables
from ssd_bridge.runner.chunks import (
    ChunkJob,
    ChunkReader,
    ChunkResult,
    fewer_gc_passes,
    plan_chunk,
    start_session,
)
from ssd_bridge.runner.pool import ChunkPool, default_workers
from ssd_bridge.tracking import (
    FINGERPRINT,
    PENDING,
    STAGING_TABLE,
    Planned,
    any_fingerprint,
    apply_writes,
    load_rows,
    plan_exit,
    send_kind,
    state_counts,
)

log = logging.getLogger(__name__)

Progress = Callable[[int], None]


@dataclass
class ExtractResult:
    """What one extract did: outcomes this run, the table afterwards, and the findings."""

    window: dict[str, Any]
    dry_run: bool
    children_read: int = 0
    cohort: int = 0
    outcomes: dict[str, int] = field(default_factory=dict)
    invalid: int = 0
    findings_by_rule: dict[str, int] = field(default_factory=dict)
    table: dict[str, dict[str, int]] = field(default_factory=dict)
    seconds: float = 0.0
    #: person_id -> what sending would do (new, updated, purge; "" for not sent) for every row a dry
    #: run would write; kept out of as_dict() (ids only serve a dry run's count of what would be sent).
    queued: dict[str, str] = field(default_factory=dict)
    #: children rebuilt from their rows, and children skipped because their fingerprint matched
    rebuilt: int = 0
    skipped: int = 0

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready summary (counts only: no names, no payloads)."""
        return {
            "window": self.window, "dry_run": self.dry_run, "children_read": self.children_read,
            "cohort": self.cohort, "outcomes": dict(sorted(self.outcomes.items())), "invalid": self.invalid,
            "findings_by_rule": dict(sorted(self.findings_by_rule.items())), "table": self.table,
            "rebuilt": self.rebuilt, "skipped": self.skipped, "seconds": round(self.seconds, 2),
        }


def extract(settings: Settings, as_of: dt.date | None = None, dry_run: bool = False,
            progress: Progress | None = None, chunk_size: int = CHUNK_SIZE, workers: int | None = None) -> ExtractResult:
    """Build, validate and track every child record; with ``dry_run`` nothing is written.

    ``workers``: processes that read and build chunks beside this one (``runner.pool``); None
    picks :func:`default_workers` when the SSD holds more than one chunk and either no tracking row
    has a fingerprint yet (every child will be rebuilt) or the first chunk had children to rebuild;
    0 plans every chunk here. The result is the same either way.
    """
    started = time.perf_counter()
    window = reporting_window(as_of)
    result = ExtractResult(window=window.as_dict(), dry_run=dry_run)
    outcomes: Counter[str] = Counter()
    rules: Counter[str] = Counter()
    roles = settings.source.params.get("worker_roles") if isinstance(settings.source.params, dict) else None
    partial_mode = settings.payload.is_partial
    on_exit = settings.payload.on_cohort_exit
    context = run_context(window, settings.payload.mode, on_exit, roles)
    job = ChunkJob(window, tuple(roles) if roles is not None else None, partial_mode, on_exit, context, chunk_size)
    with connect(settings) as db, fewer_gc_passes(), ExitStack() as stack:
        require_tables(db)
        require_columns(db, STAGING_TABLE, (FINGERPRINT,))
        start_session(db)
        source = ChunkReader(db, chunk_size)
        # no fingerprint stored (a first night, or after an upgrade): every child is rebuilt, no need to probe
        probe = workers is None and any_fingerprint(db)
        last: str | None = None
        for page, chunk in _plans(settings, job, source, default_workers() if workers is None else workers,
                                  probe, stack):
            _finish_chunk(db, chunk.planned, dry_run, outcomes, result.queued)
            result.children_read += chunk.children_read
            result.cohort += chunk.cohort
            result.invalid += chunk.invalid
            result.rebuilt += chunk.rebuilt
            result.skipped += chunk.skipped
            rules.update(chunk.rules)
            last = page.upto
            if progress:
                progress(result.children_read)
        stack.close()  # the workers are done: stop them before the last queries
        tail = Planned()
        for row in load_rows(db, last, None, partial_mode).values():
            tail.add(plan_exit(row, settings.payload.on_cohort_exit, partial_mode), "gone_before")
        _finish_chunk(db, tail, dry_run, outcomes, result.queued)
        result.table = state_counts(db)
    result.outcomes = dict(outcomes)
    result.findings_by_rule = dict(rules)
    result.seconds = time.perf_counter() - started
    log.info("extract: %d children read, %d in the cohort, %d invalid, outcomes %s (%.1f s)",
             result.children_read, result.cohort, result.invalid, dict(sorted(outcomes.items())), result.seconds)
    return result


def _plans(settings: Settings, job: ChunkJob, source: ChunkReader, count: int, probe: bool,
           stack: ExitStack) -> Iterator[tuple[Page, ChunkResult]]:
    """(page, its plan) for every page in order: in ``count`` worker processes when the SSD holds
    more than one chunk, else in this process.

    With ``probe`` the first chunk is planned here and decides: workers start only when at least
    one child in twenty of it had to be rebuilt. A quiet night (nearly every child skipped) is
    mostly the database's work, and starting processes would cost more than it saves.
    """
    pages = source.reader.pages()
    first = next(pages, None)
    if first is None:
        return
    if count < 1 or len(first.people) < job.chunk_size:  # one chunk: not worth starting processes
        yield first, plan_chunk(source, job, first)
        yield from ((page, plan_chunk(source, job, page)) for page in pages)
        return
    rest: Iterator[Page] = itertools.chain([first], pages)
    if probe:
        planned = plan_chunk(source, job, first)
        yield first, planned
        if planned.rebuilt * 20 < planned.children_read:
            yield from ((page, plan_chunk(source, job, page)) for page in pages)
            return
        rest = pages
    pool = ChunkPool(settings, job, count)
    stack.callback(pool.close)
    yield from pool.plans(rest)


def _finish_chunk(db: Database, planned: Planned, dry_run: bool, outcomes: Counter[str],
                  queued: dict[str, str]) -> None:
    outcomes.update(planned.outcomes)
    if not dry_run:  # a real run writes the table instead: memory stays flat whatever the LA's size
        apply_writes(db, planned.writes)
        return
    for write in planned.writes:
        values = write.values
        if "submission_status" not in values:
            continue  # status untouched: the table's own pending rows tell
        pending = values.get("submission_status") == PENDING
        queued[write.person_id] = send_kind(values.get("row_state"), values.get("payload_kind")) if pending else ""
