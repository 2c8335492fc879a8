"""The extract job: build, validate and track one DfE record per child.

``extract`` reads the SSD a chunk of children at a time (record.ssd_read), builds each record in
the cohort (record.payload), validates it (record.validate), and records what changed in the
tracking table (tracking), committing once per chunk. Memory holds one chunk, whatever the LA's size.
"""

from __future__ import annotations

import datetime as dt
import gc
import logging
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from ssd_bridge.config import Settings
from ssd_bridge.db import Database, connect
from ssd_bridge.record.cohort import reporting_window
from ssd_bridge.record.findings import ERROR, Finding, stored_findings
from ssd_bridge.record.fingerprint import chunk_fingerprints, fingerprint_sql, run_context
from ssd_bridge.record.payload import build_child, canonical_json
from ssd_bridge.record.ssd_read import CHUNK_SIZE, Reader
from ssd_bridge.record.validate import findings_json, validate_record
from ssd_bridge.runner.checks import require_columns, require_tables
from ssd_bridge.tracking import (
    DELETED,
    FINGERPRINT,
    PENDING,
    STAGING_TABLE,
    Planned,
    apply_writes,
    fingerprinted,
    load_rows,
    plan_child,
    plan_exit,
    plan_unchanged,
    reusable_findings,
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
            progress: Progress | None = None, chunk_size: int = CHUNK_SIZE) -> ExtractResult:
    """Build, validate and track every child record; with ``dry_run`` nothing is written."""
    started = time.perf_counter()
    window = reporting_window(as_of)
    result = ExtractResult(window=window.as_dict(), dry_run=dry_run)
    outcomes: Counter[str] = Counter()
    rules: Counter[str] = Counter()
    roles = settings.source.params.get("worker_roles") if isinstance(settings.source.params, dict) else None
    partial_mode = settings.payload.is_partial
    on_exit = settings.payload.on_cohort_exit
    context = run_context(window, settings.payload.mode, on_exit, roles)
    verdict = findings_json([])[:-len('"findings":[]}')]  # '{"rules":"<current version>",'
    with connect(settings) as db, _fewer_gc_passes():
        require_tables(db)
        require_columns(db, STAGING_TABLE, (FINGERPRINT,))
        if (session := db.dialect.extract_session_sql()) is not None:
            db.execute(session)
        reader, prints_sql = Reader(db, chunk_size), fingerprint_sql(db)
        last: str | None = None
        for page in reader.pages():
            existing = load_rows(db, page.after, page.upto, partial_mode)
            prints = chunk_fingerprints(db, prints_sql, page.low, page.upto, context, window.as_of)
            planned = Planned()
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
                        _count(result, rules, stored_findings(row.findings)[1] if _has_findings(row.findings) else [])
                    planned.add(plan_unchanged(row, on_exit, partial_mode), "no_change" if in_cohort else "gone_before")
                else:
                    stale.add(person_id)
            for child in reader.children(page, stale if len(stale) < len(page.people) else None):
                # None when the database grouped the child's rows under another spelling of its id
                # (a case-insensitive collation): rebuilt, and no fingerprint stored.
                print_ = prints.get(child.person_id)
                built = build_child(child, window, roles)
                result.rebuilt += 1
                row = existing.pop(child.person_id, None)
                if built is None:
                    if row is not None:
                        write = plan_exit(row, on_exit, partial_mode)
                        planned.add(fingerprinted(write, row, print_, "gone_before"), "gone_before")
                    continue
                encoded = canonical_json(built.record)
                findings = reusable_findings(row, encoded[1])
                if findings is None:
                    findings = validate_record(built.record, built.notes)
                _count(result, rules, findings)
                write = plan_child(row, built, findings, partial_mode, encoded)
                planned.add(fingerprinted(write, row, print_, "no_change"))
            # Tracked children the SSD no longer holds at all, inside this chunk's id range.
            for row in existing.values():
                planned.add(plan_exit(row, on_exit, partial_mode), "gone_before")
            _finish_chunk(db, planned, dry_run, outcomes, result.queued)
            result.children_read += len(page.people)
            last = page.upto
            if progress:
                progress(result.children_read)
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


def _count(result: ExtractResult, rules: Counter[str], findings: list[Finding]) -> None:
    """Count one child of the cohort and its findings in the run summary."""
    result.cohort += 1
    if findings:
        rules.update(f.rule for f in findings)
        result.invalid += any(f.severity == ERROR for f in findings)


def _verdict_current(stored: str | None, prefix: str) -> bool:
    # The stored findings were made under the current rules (a row edited since is rebuilt).
    return stored is not None and stored.startswith(prefix)


def _has_findings(stored: str | None) -> bool:
    # Most records have none: skip parsing the JSON of '{"rules":...,"findings":[]}'.
    return stored is not None and stored != "" and not stored.endswith('"findings":[]}')


@contextmanager
def _fewer_gc_passes() -> Iterator[None]:
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
