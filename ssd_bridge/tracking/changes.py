"""Extract side of the tracking table: for each chunk of children, read the rows it holds,
decide per child what changed, and write the changes in one transaction per chunk with one
``executemany`` per statement shape. The columns it writes are described in ``tracking/__init__``.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from ssd_bridge.db import Database
from ssd_bridge.record.delta import FULL, PURGE, partial_payload, purge_payload
from ssd_bridge.record.findings import Finding, has_errors, stored_findings
from ssd_bridge.record.payload import BuiltChild, canonical_json
from ssd_bridge.record.validate import findings_json, rules_version
from ssd_bridge.tracking.names import (
    DELETED,
    INVALID,
    NEW,
    PENDING,
    SENT,
    STAGING_TABLE,
    UNCHANGED,
    UPDATED,
    WITHDRAWN,
)

log = logging.getLogger(__name__)

#: The column holding the fingerprint of the SSD rows and run context a row was built from.
FINGERPRINT = "source_fingerprint"


_ROW_COLUMNS = ("id", "person_id", "legacy_id", "current_hash", "previous_hash", "submission_status",
                "row_state", "validation_findings", "payload_kind", "source_fingerprint")


@dataclass
class StagingRow:
    """What the extract needs from one existing tracking row (statuses lower-cased)."""

    id: int
    person_id: str
    legacy_id: str | None
    current_hash: bytes | None
    previous_hash: bytes | None
    status: str
    state: str
    findings: str | None
    payload_kind: str | None
    fingerprint: bytes | None = None  # source_fingerprint: what the last build was made from
    baseline: str | None = None  # previous_json_payload, read only in partial mode

    @property
    def is_acknowledged(self) -> bool:
        """True when DfE acknowledged some version of this child (and it was not a purge)."""
        if self.previous_hash is None:
            return False
        # A sent purge leaves DfE with nothing for the child (whatever row_state says).
        return not (self.payload_kind == PURGE and self.status == SENT)


@dataclass
class Write:
    """One row to insert (``row_id`` None) or update, and what happened to the child."""

    person_id: str
    row_id: int | None
    outcome: str
    values: dict[str, Any]


@dataclass
class Planned:
    """The writes of one chunk and the counters behind the run summary."""

    writes: list[Write] = field(default_factory=list)
    outcomes: dict[str, int] = field(default_factory=lambda: defaultdict(int))

    def add(self, write: Write | None, unchanged_outcome: str = "no_change") -> None:
        """Record a write (or, for None, a child that needed none)."""
        if write is None:
            self.outcomes[unchanged_outcome] += 1
            return
        self.writes.append(write)
        self.outcomes[write.outcome] += 1


def load_rows(db: Database, after: str | None, upto: str | None, with_baseline: bool) -> dict[str, StagingRow]:
    """The live tracking rows with ``after`` < person_id <= ``upto`` (open ends when None)."""
    params = [value for value in (after, upto) if value is not None]
    rows: dict[str, StagingRow] = {}
    for raw in db.query_all(load_sql(db, after is not None, upto is not None, with_baseline), params):
        row = StagingRow(
            id=int(raw[0]), person_id=raw[1], legacy_id=raw[2],
            current_hash=_bytes(raw[3]), previous_hash=_bytes(raw[4]),
            status=(raw[5] or "").strip().lower(), state=(raw[6] or "").strip().lower(),
            findings=raw[7], payload_kind=(raw[8] or None), fingerprint=_bytes(raw[9]),
            baseline=raw[10] if with_baseline else None,
        )
        if row.person_id not in rows or rows[row.person_id].id < row.id:
            rows[row.person_id] = row
    return rows


def load_sql(db: Database, has_after: bool, has_upto: bool, with_baseline: bool) -> str:
    """The SELECT behind :func:`load_rows` (plain SQL for both dialects)."""
    q = db.dialect.quote_ident
    columns = [*_ROW_COLUMNS, "previous_json_payload"] if with_baseline else list(_ROW_COLUMNS)
    where = [f"{q('person_id')} IS NOT NULL"]
    if has_after:
        where.append(f"{q('person_id')} > ?")
    if has_upto:
        where.append(f"{q('person_id')} <= ?")
    return f"SELECT {', '.join(q(c) for c in columns)} FROM {db.table(STAGING_TABLE)} WHERE {' AND '.join(where)}"


def update_sql(db: Database, columns: Iterable[str]) -> str:
    """The UPDATE of one statement shape: the given columns and last_updated, by id.

    A write of the fingerprint alone (same record, rows read anew) leaves last_updated alone.
    """
    q = db.dialect.quote_ident
    columns = list(columns)
    sets = ", ".join(f"{q(c)} = ?" for c in columns)
    if columns != [FINGERPRINT]:
        sets += f", {q('last_updated')} = CURRENT_TIMESTAMP"
    return f"UPDATE {db.table(STAGING_TABLE)} SET {sets} WHERE {q('id')} = ?"


def _bytes(value: Any) -> bytes | None:
    return bytes(value) if value is not None else None


def reusable_findings(row: StagingRow | None, digest: bytes) -> list[Finding] | None:
    """The stored findings of an unchanged record checked under the current rules, else None.

    Validation is a function of the record and the rules, so an unchanged record need not
    be checked again night after night (``ssd-bridge validate`` always re-checks everything).
    """
    if row is None or row.state == DELETED or digest != row.current_hash or not row.findings:
        return None
    version, findings = stored_findings(row.findings)
    return findings if version == rules_version() else None


def plan_child(row: StagingRow | None, built: BuiltChild, findings: list[Finding], partial_mode: bool,
               encoded: tuple[str, bytes] | None = None) -> Write | None:
    """Decide what to write for a child in the cohort; None when nothing changed (no churn).

    ``encoded`` is ``canonical_json(built.record)`` when the caller already has it.
    """
    text, digest = encoded or canonical_json(built.record)
    invalid = has_errors(findings)
    if row is not None and row.state != DELETED and digest == row.current_hash:
        return _same_content(row, invalid, findings)
    acknowledged = row is not None and row.is_acknowledged
    if row is not None and acknowledged and digest == row.previous_hash:
        # Back to exactly what DfE already holds (e.g. a change undone, or a return from
        # the cohort before the purge went out): nothing to send.
        values = _content(text, digest, None, FULL, SENT, UNCHANGED, findings_json(findings), built.legacy_id)
        return Write(built.person_id, row.id, "unchanged", values)
    state = UPDATED if acknowledged else NEW
    findings_text = findings_json(findings)
    partial_text, kind = None, FULL
    if partial_mode:
        baseline = _trusted_baseline(row) if row is not None and acknowledged else None
        payload, kind = partial_payload(baseline, built.record)
        partial_text = canonical_json(payload)[0]
    status = INVALID if invalid else PENDING
    values = _content(text, digest, partial_text, kind, status, state, findings_text, built.legacy_id)
    if row is None:
        return Write(built.person_id, None, "new", {"person_id": built.person_id, **values})
    outcome = "reentered" if row.state == DELETED else state
    return Write(built.person_id, row.id, outcome, values)


def _trusted_baseline(row: StagingRow) -> dict[str, Any] | None:
    """The row's ``previous_json_payload`` when it is known to be what DfE holds, else None.

    Our submission side writes it together with ``previous_hash`` = its SHA-256. D2I's senders
    write it only on success (status sent), but D2I's builder also moves every changed
    payload into it, sent or not, and hashes something else (D2I defect #24). A baseline that is
    neither is not trusted: the whole record is sent instead of a delta.
    """
    if not row.baseline:
        return None
    if row.status != SENT and hashlib.sha256(row.baseline.encode("utf-8")).digest() != row.previous_hash:
        return None
    try:
        baseline = json.loads(row.baseline)
    except ValueError:
        return None
    return baseline if isinstance(baseline, dict) else None


def _same_content(row: StagingRow, invalid: bool, findings: list[Finding]) -> Write | None:
    values: dict[str, Any] = {}
    if stored_findings(row.findings) != (rules_version(), findings):  # compared as data, not text
        values["validation_findings"] = findings_json(findings)
    if invalid and row.status != INVALID:
        values["submission_status"] = INVALID
    elif not invalid and row.status == INVALID:
        values["submission_status"] = PENDING
    if row.status == SENT and row.state in (NEW, UPDATED):
        values["row_state"] = UNCHANGED  # acknowledged since the last extract
    if not values:
        return None
    return Write(row.person_id, row.id, "unchanged" if "row_state" in values else "revalidated", values)


def _content(text: str, digest: bytes, partial: str | None, kind: str, status: str, state: str,
             findings: str | None, legacy_id: str | None) -> dict[str, Any]:
    return {
        "json_payload": text, "current_hash": digest, "partial_json_payload": partial, "payload_kind": kind,
        "submission_status": status, "row_state": state, "validation_findings": findings,
        "legacy_id": legacy_id, "attempts": 0,
    }


def plan_unchanged(row: StagingRow, on_cohort_exit: str, partial_mode: bool) -> Write | None:
    """Decide what to write for a child whose fingerprint matches its row's: same SSD rows and
    same run context as the build that wrote the row, so the same record; nothing is rebuilt.

    What can still change is the row's side: DfE acknowledged it since (new/updated -> unchanged,
    as :func:`plan_child` does for the same content), or, for a child out of the cohort, its exit.
    """
    if row.state == DELETED:
        return plan_exit(row, on_cohort_exit, partial_mode)
    if row.status == SENT and row.state in (NEW, UPDATED):
        return Write(row.person_id, row.id, "unchanged", {"row_state": UNCHANGED})
    return None


def fingerprinted(write: Write | None, row: StagingRow | None, fingerprint: bytes | None,
                  outcome: str) -> Write | None:
    """``write`` carrying the child's new fingerprint; a fingerprint-only write (counted as
    ``outcome``) when nothing else changed but the stored fingerprint differs."""
    if fingerprint is None:
        return write
    if write is not None:
        write.values[FINGERPRINT] = fingerprint
        return write
    if row is None or row.fingerprint == fingerprint:
        return None
    return Write(row.person_id, row.id, outcome, {FINGERPRINT: fingerprint})


def plan_exit(row: StagingRow, on_cohort_exit: str, partial_mode: bool) -> Write | None:
    """Decide what to write for a tracked child no longer in the cohort; None when already done."""
    if row.state == DELETED and _exit_settled(row, on_cohort_exit):
        return None
    if on_cohort_exit == "purge" and row.is_acknowledged:
        record = purge_payload(row.person_id, row.legacy_id)
        text, digest = canonical_json(record)
        values = _content(text, digest, text if partial_mode else None, PURGE, PENDING, DELETED, None, row.legacy_id)
        return Write(row.person_id, row.id, "deleted", values)
    # Nothing at DfE to remove (never acknowledged), or the settings say stop sending.
    status = row.status if row.status == SENT else WITHDRAWN
    return Write(row.person_id, row.id, "deleted", {"row_state": DELETED, "submission_status": status})


def _exit_settled(row: StagingRow, on_cohort_exit: str) -> bool:
    """True when a row already marked deleted needs nothing more: its purge is queued or sent,
    or it is left sent/withdrawn and no purge is due.

    D2I marks a child Deleted without queuing anything and without touching its status
    (D2I defect #23): DfE keeps the child, and a Pending row would still send the old record. Such
    a row gets its purge (or is withdrawn) once; so does a child stopped under
    ``on_cohort_exit: stop`` once the setting becomes ``purge``.
    """
    if row.payload_kind == PURGE:
        return True
    if on_cohort_exit == "purge" and row.is_acknowledged:
        return False
    return row.status in (SENT, WITHDRAWN)


def apply_writes(db: Database, writes: Iterable[Write]) -> None:
    """Write one chunk's changes in one transaction: inserts in bulk, one executemany per update shape."""
    shapes: dict[tuple[bool, tuple[str, ...]], list[Write]] = defaultdict(list)
    for write in writes:
        shapes[(write.row_id is None, tuple(sorted(write.values)))].append(write)
    if not shapes:
        return
    with db.transaction():
        for (is_insert, columns), group in sorted(shapes.items()):
            if is_insert:
                db.insert_rows(STAGING_TABLE, columns, (_bound(db, columns, w) for w in group))
                continue
            db.executemany(update_sql(db, columns), [[*_bound(db, columns, w), w.row_id] for w in group])


def _bound(db: Database, columns: tuple[str, ...], write: Write) -> list[Any]:
    """The write's values in ``columns`` order, hashes and fingerprints bound as binary."""
    values = write.values
    row = [values[c] for c in columns]
    for i in _binary_positions(columns):
        row[i] = db.dialect.binary(row[i])
    return row


@functools.lru_cache(maxsize=64)
def _binary_positions(columns: tuple[str, ...]) -> tuple[int, ...]:
    return tuple(i for i, c in enumerate(columns) if c.endswith("_hash") or c == FINGERPRINT)


def state_counts_sql(db: Database) -> str:
    """The SELECT behind :func:`state_counts`."""
    q = db.dialect.quote_ident
    return (f"SELECT {q('row_state')}, {q('submission_status')}, COUNT(*) FROM {db.table(STAGING_TABLE)} "
            f"GROUP BY {q('row_state')}, {q('submission_status')}")


def any_fingerprint(db: Database) -> bool:
    """Whether any tracking row holds a source fingerprint (none: the next extract rebuilds every child)."""
    column = db.dialect.quote_ident(FINGERPRINT)
    sql = db.dialect.first_rows_sql(f"1 FROM {db.table(STAGING_TABLE)} WHERE {column} IS NOT NULL", 1)
    return bool(db.query_all(sql))


def state_counts(db: Database) -> dict[str, dict[str, int]]:
    """Tracking rows by row_state and submission_status (lower-cased), for summaries."""
    counts: dict[str, dict[str, int]] = defaultdict(dict)
    for state, status, n in db.query_all(state_counts_sql(db)):
        key_state, key_status = (state or "").strip().lower(), (status or "").strip().lower()
        counts[key_state][key_status] = counts[key_state].get(key_status, 0) + int(n)
    return {state: dict(sorted(by.items())) for state, by in sorted(counts.items())}


def current_records(db: Database) -> Iterator[tuple[str, str | None, str | None]]:
    """(person id, json_payload, validation_findings) of every child still in the cohort, streamed."""
    q = db.dialect.quote_ident
    sql = (f"SELECT {q('person_id')}, {q('json_payload')}, {q('validation_findings')}, {q('row_state')} "
           f"FROM {db.table(STAGING_TABLE)} WHERE {q('person_id')} IS NOT NULL")
    for person_id, payload, stored, state in db.query(sql):
        if (state or "").strip().lower() != DELETED:
            yield person_id, payload, stored
