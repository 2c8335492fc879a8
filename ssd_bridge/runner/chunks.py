"""One chunk of the extract: read, skip or rebuild, validate and plan the tracking writes.

A chunk is one page of children (``record.ssd_read.Page``). :func:`plan_chunk` turns it into the
writes its tracking rows need and the counts behind the run summary, reading the database but
writing nothing, so the same function runs in the extract's own process or in a worker process
(``runner.pool``) with the same result. The extract writes the plans in page order.
"""

from __future__ import annotations

import gc
import logging
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from ssd_bridge.db import Database
from ssd_bridge.record.cohort import Window
from ssd_bridge.record.findings import ERROR, Finding, stored_findings
from ssd_bridge.record.fingerprint import chunk_fingerprints, fingerprint_sql
from ssd_bridge.record.payload import build_child, canonical_json
from ssd_bridge.record.ssd_read import Page, Reader
from ssd_bridge.record.validate import findings_json, validate_record
from ssd_bridge.tracking import (
    DELETED,
    Planned,
    fingerprinted,
    load_rows,
    plan_child,
    plan_exit,
    plan_unchanged,
    reusable_findings,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ChunkJob:
    """What every chunk of one run is planned with (picklable: it is sent to worker processes)."""

    window: Window
    roles: tuple[str, ...] | None
    partial_mode: bool
    on_exit: str
    context: bytes  # record.fingerprint.run_context of this run
    chunk_size: int

    @property
    def verdict(self) -> str:
        """The start of stored findings made under the current rules: '{"rules":"<version>",'."""
        return findings_json([])[:-len('"findings":[]}')]


@dataclass
class ChunkResult:
    """The writes of one chunk and its share of the run summary."""

    planned: Planned
    children_read: int = 0
    cohort: int = 0
    invalid: int = 0
    rebuilt: int = 0
    skipped: int = 0
    rules: Counter[str] = field(default_factory=Counter)

    def count(self, findings: list[Finding]) -> None:
        """Count one child of the cohort and its findings."""
        self.cohort += 1
        if findings:
            self.rules.update(f.rule for f in findings)
            self.invalid += any(f.severity == ERROR for f in findings)


class ChunkReader:
    """The statements a chunk is read with, prepared once per connection."""

    def __init__(self, db: Database, chunk_size: int) -> None:
        self.db = db
        self.reader = Reader(db, chunk_size)
        self.prints_sql = fingerprint_sql(db)


def plan_chunk(source: ChunkReader, job: ChunkJob, page: Page) -> ChunkResult:
    """Plan the tracking writes of one page of children; nothing is written."""
    db, reader = source.db, source.reader
    existing = load_rows(db, page.after, page.upto, job.partial_mode)
    prints = chunk_fingerprints(db, source.prints_sql, page.low, page.upto, job.context, job.window.as_of)
    result = ChunkResult(Planned(), children_read=len(page.people))
    planned, verdict = result.planned, job.verdict
    # A child whose rows and run context match its row's fingerprint is not rebuilt.
    stale: set[str] = set()
    for person_id in page.ids:
        row = existing.get(person_id)
        if (row is not None and row.fingerprint is not None and row.fingerprint == prints.get(person_id)
                and (row.state == DELETED or _verdict_current(row.findings, verdict))):
            del existing[person_id]
            result.skipped += 1
            in_cohort = row.state != DELETED
            if in_cohort:  # the same record as last time: its stored verdict stands
                result.count(stored_findings(row.findings)[1] if _has_findings(row.findings) else [])
            planned.add(plan_unchanged(row, job.on_exit, job.partial_mode), "no_change" if in_cohort else "gone_before")
        else:
            stale.add(person_id)
    for child in reader.children(page, stale if len(stale) < len(page.people) else None):
        # None when the database grouped the child's rows under another spelling of its id
        # (a case-insensitive collation): rebuilt, and no fingerprint stored.
        print_ = prints.get(child.person_id)
        built = build_child(child, job.window, job.roles)
        result.rebuilt += 1
        row = existing.pop(child.person_id, None)
        if built is None:
            if row is not None:
                write = plan_exit(row, job.on_exit, job.partial_mode)
                planned.add(fingerprinted(write, row, print_, "gone_before"), "gone_before")
            continue
        encoded = canonical_json(built.record)
        findings = reusable_findings(row, encoded[1])
        if findings is None:
            findings = validate_record(built.record, built.notes)
        result.count(findings)
        write = plan_child(row, built, findings, job.partial_mode, encoded)
        planned.add(fingerprinted(write, row, print_, "no_change"))
    # Tracked children the SSD no longer holds at all, inside this chunk's id range.
    for row in existing.values():
        planned.add(plan_exit(row, job.on_exit, job.partial_mode), "gone_before")
    return result


def _verdict_current(stored: str | None, prefix: str) -> bool:
    # The stored findings were made under the current rules (a row edited since is rebuilt).
    return stored is not None and stored.startswith(prefix)


def _has_findings(stored: str | None) -> bool:
    # Most records have none: skip parsing the JSON of '{"rules":...,"findings":[]}'.
    return stored is not None and stored != "" and not stored.endswith('"findings":[]}')


def start_session(db: Database) -> None:
    """Set the extract's session options (the dialect's, if any) on a connection."""
    if (session := db.dialect.extract_session_sql()) is not None:
        db.execute(session)


@contextmanager
def fewer_gc_passes() -> Iterator[None]:
    """Run the cyclic garbage collector less often while records are built.

    The extract makes millions of short-lived, acyclic dicts and lists that reference
    counting frees at once; with the default threshold the collector keeps rescanning the
    chunk in memory, which measured about a third of the build time. Memory stays bounded
    by the chunk size either way.
    """
    before = gc.get_threshold()
    gc.set_threshold(max(before[0], 100_000), *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)
