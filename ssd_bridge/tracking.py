"""The change-tracking table ``ssd_api_data_staging``: one row per child.

Extract side (this part of the module): for each chunk of children it reads the rows it
holds, decides per child what changed, and writes the changes in one transaction per chunk
with one ``executemany`` per statement shape.

Columns, as the extract writes them:

- ``json_payload``: the full record (canonical JSON), or the purge record of a deleted child;
  ``current_hash``: SHA-256 of exactly that text (payload.canonical_json), so a change to any
  sent field is a change (§6.C.22).
- ``partial_json_payload``: in ``payload.mode: partial`` what to send instead (delta.py);
  NULL in full mode, and rewritten on every change, so it is never stale (§6.C.26).
- ``payload_kind``: ``full`` / ``partial`` / ``purge``: what the row will send.
- ``row_state``: ``new`` (DfE has nothing for the child), ``updated`` (DfE has an older
  version), ``unchanged`` (DfE has this version), ``deleted`` (left the cohort).
- ``submission_status``: ``pending`` (to send), ``invalid`` (fails local validation, held
  back; ``validation_findings`` says why), ``withdrawn`` (left the cohort and nothing needs
  sending: DfE never had it, or ``payload.on_cohort_exit: stop``), and the submission side's
  ``sent`` / ``error``. Read case-insensitively: D2I writes 'Pending', 'Sent'.
- ``previous_json_payload`` / ``previous_hash``: the baseline, i.e. the last version DfE
  acknowledged. The extract never writes them (§6.C.24); the submission side sets them from
  ``json_payload`` / ``current_hash`` when DfE accepts a record.
- ``validation_findings``: ``{"rules": <rules version>, "findings": [{rule, severity, path,
  message}, ...]}`` (no values); an unchanged record keeps its verdict until the rules change.
- ``attempts``: reset to 0 whenever the content to send changes.

Contract for the submission side: select ``submission_status = 'pending'`` (case-insensitive;
plus ``error`` below ``payload.max_attempts``); send ``partial_json_payload`` when it is not
NULL, else ``json_payload``; on acceptance set status ``sent``, ``previous_json_payload`` =
``json_payload``, ``previous_hash`` = ``current_hash`` (the extract then marks the row
``unchanged`` on its next run if it was new/updated).

Re-extracting unchanged SSD data writes nothing. A D2I table may hold several rows for one
person; the newest (highest id) is the live one and the others are left alone.
"""

from __future__ import annotations

import json
import logging
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from itertools import islice
from typing import Any

from ssd_bridge.db import Database
from ssd_bridge.delta import FULL, PURGE, partial_payload, purge_payload
from ssd_bridge.payload import BuiltChild, canonical_json
from ssd_bridge.responses import redact_values
from ssd_bridge.validate import Finding, findings_json, has_errors, rules_version, stored_findings

log = logging.getLogger(__name__)

STAGING_TABLE = "ssd_api_data_staging"

PENDING, SENT, ERROR, INVALID, WITHDRAWN = "pending", "sent", "error", "invalid", "withdrawn"
NEW, UPDATED, UNCHANGED, DELETED = "new", "updated", "unchanged", "deleted"

_ROW_COLUMNS = ("id", "person_id", "legacy_id", "current_hash", "previous_hash", "submission_status",
                "row_state", "validation_findings", "payload_kind")


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
            findings=raw[7], payload_kind=(raw[8] or None), baseline=raw[9] if with_baseline else None,
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
    """The UPDATE of one statement shape: the given columns and last_updated, by id."""
    q = db.dialect.quote_ident
    sets = ", ".join(f"{q(c)} = ?" for c in columns)
    return f"UPDATE {db.table(STAGING_TABLE)} SET {sets}, {q('last_updated')} = CURRENT_TIMESTAMP WHERE {q('id')} = ?"


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
        baseline = json.loads(row.baseline) if row is not None and acknowledged and row.baseline else None
        payload, kind = partial_payload(baseline, built.record)
        partial_text = canonical_json(payload)[0]
    status = INVALID if invalid else PENDING
    values = _content(text, digest, partial_text, kind, status, state, findings_text, built.legacy_id)
    if row is None:
        return Write(built.person_id, None, "new", {"person_id": built.person_id, **values})
    outcome = "reentered" if row.state == DELETED else state
    return Write(built.person_id, row.id, outcome, values)


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


def plan_exit(row: StagingRow, on_cohort_exit: str, partial_mode: bool) -> Write | None:
    """Decide what to write for a tracked child no longer in the cohort; None when already done."""
    if row.state == DELETED:
        return None
    if on_cohort_exit == "purge" and row.is_acknowledged:
        record = purge_payload(row.person_id, row.legacy_id)
        text, digest = canonical_json(record)
        values = _content(text, digest, text if partial_mode else None, PURGE, PENDING, DELETED, None, row.legacy_id)
        return Write(row.person_id, row.id, "deleted", values)
    # Nothing at DfE to remove (never acknowledged), or the settings say stop sending.
    status = row.status if row.status == SENT else WITHDRAWN
    return Write(row.person_id, row.id, "deleted", {"row_state": DELETED, "submission_status": status})


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
                db.insert_rows(STAGING_TABLE, columns, ([_bind(db, c, w.values[c]) for c in columns] for w in group))
                continue
            db.executemany(update_sql(db, columns), [[*(_bind(db, c, w.values[c]) for c in columns), w.row_id] for w in group])


def _bind(db: Database, column: str, value: Any) -> Any:
    return db.dialect.binary(value) if column.endswith("_hash") else value


def state_counts_sql(db: Database) -> str:
    """The SELECT behind :func:`state_counts`."""
    q = db.dialect.quote_ident
    return (f"SELECT {q('row_state')}, {q('submission_status')}, COUNT(*) FROM {db.table(STAGING_TABLE)} "
            f"GROUP BY {q('row_state')}, {q('submission_status')}")


def state_counts(db: Database) -> dict[str, dict[str, int]]:
    """Tracking rows by row_state and submission_status (lower-cased), for summaries."""
    counts: dict[str, dict[str, int]] = defaultdict(dict)
    for state, status, n in db.query_all(state_counts_sql(db)):
        key_state, key_status = (state or "").strip().lower(), (status or "").strip().lower()
        counts[key_state][key_status] = counts[key_state].get(key_status, 0) + int(n)
    return {state: dict(sorted(by.items())) for state, by in sorted(counts.items())}


# =============================================================================================
# Submission side (#5): which rows to send, and writing DfE's answers back.
#
# Delivery is at-least-once: a batch's answers are written back in one transaction after its
# POST returns. If the process dies between DfE's acknowledgement and that commit, the rows
# are still pending and the next run sends them again (DfE then holds the same record twice
# received, never a record lost). Once the commit is made, a record is never resent unless
# extract finds a new version of it.
# =============================================================================================

SUBMISSION_LOG = "ssd_api_submission_log"
RUN_LOG = "ssd_api_run_log"
_LOG_COLUMNS = ("run_id", "batch_id", "person_id", "payload_hash", "payload_kind", "attempt", "http_status",
                "outcome", "receipt_id", "response_excerpt", "request_id", "sent_at")


@dataclass(frozen=True)
class PendingRecord:
    """One staging row to send: the payload chosen for sending and what it will be recorded as."""

    id: int
    person_id: str | None
    payload: str
    current_hash: bytes | None
    attempts: int
    kind: str


def pending_ids(db: Database, max_attempts: int, retry_errors: bool = False, limit: int | None = None) -> list[int]:
    """Ids of the rows to send, oldest first: pending ones, and errors with attempts left
    (every error row with ``retry_errors``). Of several rows for one person (a D2I table can
    hold them) only the newest is live, so only it is sent."""
    params: list[Any] = [PENDING, ERROR] if retry_errors else [PENDING, ERROR, max_attempts]
    ids = [int(r[0]) for r in db.query_all(pending_sql(db, retry_errors), params)]
    return ids[:limit] if limit is not None else ids


def pending_batches(db: Database, ids: Sequence[int], mode: str = "full",
                    size: int = 100) -> Iterator[list[PendingRecord]]:
    """Load the rows ``ids`` a batch at a time; ``mode='partial'`` sends the delta when there is one."""
    for start in range(0, len(ids), size):
        chunk = list(ids[start:start + size])
        batch = []
        for row_id, person_id, full, partial, current_hash, attempts, kind in db.query_all(
                batch_sql(db, len(chunk)), chunk):
            use_partial = mode == "partial" and bool(partial)
            batch.append(PendingRecord(
                id=int(row_id), person_id=person_id, payload=partial if use_partial else full,
                current_hash=bytes(current_hash) if current_hash is not None else None,
                attempts=int(attempts or 0), kind=kind or ("partial" if use_partial else "full")))
        if batch:
            yield batch


def record_outcomes(db: Database, run_id: str, records: Mapping[int, PendingRecord],
                    outcomes: Sequence[Any]) -> None:
    """Write one batch's answers back in one transaction: staging rows and submission log.

    ``outcomes`` are :class:`ssd_bridge.api.Outcome` keyed by staging id. Sent: receipt id,
    receipt time, and the payload and hash that DfE now holds become ``previous_*``; the row is
    updated only if its hash is still the one sent. Rejected or failed: the reason, attempts+1.
    Unsent (the run stopped): the row is left as it was. Every outcome gets a log row.
    """
    now = utc_now()
    sent, errors, log_rows = [], [], []
    for o in outcomes:
        record = records[o.key]
        if o.status == "sent":
            sent.append((record, o.receipt_id, o.receipt_time or o.sent_at or now))
        elif o.status in ("rejected", "failed"):
            errors.append((ERROR, (o.reason or "")[:4000], now, record.id))
        # The log keeps DfE's reason with quoted values hidden: they may echo the child's data.
        log_rows.append((run_id, o.batch_id, record.person_id, db.dialect.binary(record.current_hash), record.kind,
                         record.attempts + 1, o.http_status, o.status, o.receipt_id,
                         redact_values(o.reason, 1000) if o.reason else None, o.request_id, o.sent_at))
    with db.transaction():
        if sent:
            db.execute(*_sent_update(db, sent, now))
        db.executemany(error_update_sql(db), errors)
        db.insert_rows(SUBMISSION_LOG, _LOG_COLUMNS, log_rows)


def _sent_update(db: Database, sent: list[tuple[PendingRecord, str | None, datetime]],
                 now: datetime) -> tuple[str, list[Any]]:
    params: list[Any] = [SENT]
    params += [v for record, receipt, _ in sent for v in (record.id, receipt)]
    params += [v for record, _, when in sent for v in (record.id, when)]
    params.append(now)
    params += [record.id for record, _, _ in sent]
    hashed = [(record.id, db.dialect.binary(record.current_hash)) for record, _, _ in sent
              if record.current_hash is not None]
    params += [v for pair in hashed for v in pair]
    return sent_update_sql(db, len(sent), len(hashed)), params


def status_counts(db: Database) -> dict[str, int]:
    """Staging rows by submission_status (lower-cased: D2I writes 'Pending')."""
    return {status or "none": int(n) for status, n in db.query_all(count_by_sql(db, "submission_status"))}


def row_state_counts(db: Database) -> dict[str, int]:
    """Staging rows by row_state (lower-cased)."""
    return {state or "none": int(n) for state, n in db.query_all(count_by_sql(db, "row_state"))}


def parked_errors(db: Database, max_attempts: int) -> int:
    """Error rows that used up their attempts (resent only with --retry-errors)."""
    return int(db.scalar(parked_sql(db), (ERROR, max_attempts)) or 0)


def recent_errors(db: Database, limit: int = 10) -> list[dict[str, Any]]:
    """The latest error rows: staging id, person id, attempts, when, and DfE's reason."""
    rows = _first(db, recent_errors_sql(db), (ERROR,), limit)
    return [{"id": int(r[0]), "person_id": r[1], "attempts": int(r[2] or 0), "last_attempt_at": r[3],
             "reason": redact_values(r[4] or "", 300)} for r in rows]


def _first(db: Database, sql: str, params: Sequence[Any], count: int) -> list[tuple]:
    """The first ``count`` rows of a query, without reading the rest (no dialect's TOP/LIMIT)."""
    rows = db.query(sql, params, chunk_size=count)
    try:
        return list(islice(rows, count))
    finally:
        rows.close()  # type: ignore[attr-defined]


def start_run_log(db: Database, run_id: str, command: str, environment: str, version: str) -> None:
    """Add the run's row to ssd_api_run_log."""
    db.execute(run_log_sql(db)[0], (run_id, command, environment, utc_now(), version))


def finish_run_log(db: Database, run_id: str, exit_code: int, summary: Mapping[str, Any]) -> None:
    """Close the run's row with its exit code and JSON summary."""
    db.execute(run_log_sql(db)[1], (utc_now(), int(exit_code), json.dumps(summary, default=str, sort_keys=True),
                                    run_id))


def last_run(db: Database) -> dict[str, Any] | None:
    """The most recent run's row, with its summary parsed."""
    rows = _first(db, run_log_sql(db)[2], (), 1)
    if not rows:
        return None
    run_id, command, environment, started, finished, code, summary, version = rows[0]
    return {"run_id": run_id, "command": command, "environment": environment, "started_at": started,
            "finished_at": finished, "exit_code": code, "bridge_version": version,
            "summary": json.loads(summary) if summary else None}


# -- the submission side's statements: plain SQL, quoted per dialect (T-SQL parse-tested) -----
def _names(db: Database, *columns: str) -> str:
    return ", ".join(db.dialect.quote_ident(c) for c in columns)


def pending_sql(db: Database, retry_errors: bool) -> str:
    """Ids to send: pending, or error with attempts left (every error with ``retry_errors``);
    only the newest row of a person."""
    q = db.dialect.quote_ident
    table, status = db.table(STAGING_TABLE), f"LOWER(t.{q('submission_status')})"
    errors = f"{status} = ?" if retry_errors else f"({status} = ? AND COALESCE(t.{q('attempts')}, 0) < ?)"
    return (f"SELECT t.{q('id')} FROM {table} t WHERE ({status} = ? OR {errors}) AND NOT EXISTS "
            f"(SELECT 1 FROM {table} n WHERE n.{q('person_id')} = t.{q('person_id')} AND n.{q('id')} > t.{q('id')}) "
            f"ORDER BY t.{q('id')}")


def batch_sql(db: Database, count: int) -> str:
    """The rows of ``count`` ids, with what is sent and recorded."""
    q = db.dialect.quote_ident
    columns = _names(db, "id", "person_id", "json_payload", "partial_json_payload", "current_hash", "attempts",
                     "payload_kind")
    marks = ", ".join(["?"] * count)
    return f"SELECT {columns} FROM {db.table(STAGING_TABLE)} WHERE {q('id')} IN ({marks}) ORDER BY {q('id')}"


def sent_update_sql(db: Database, count: int, hashed: int) -> str:
    """One UPDATE for every acknowledged row of a batch (one statement, not one per row: the
    write-back is the slowest step of a large submission).

    Each row's own json_payload and current_hash become previous_*; the hash check (on the
    ``hashed`` rows that had one) makes sure they are still the ones sent, so a row extract
    changed meanwhile stays pending.
    """
    q = db.dialect.quote_ident
    cases = " ".join(["WHEN ? THEN ?"] * count)
    check = ""
    if hashed:
        check = (f" AND ({q('current_hash')} IS NULL OR {q('current_hash')} = "
                 f"CASE {q('id')} {' '.join(['WHEN ? THEN ?'] * hashed)} END)")
    return (f"UPDATE {db.table(STAGING_TABLE)} SET {q('submission_status')} = ?, "
            f"{q('api_response')} = CASE {q('id')} {cases} END, "
            f"{q('submission_timestamp')} = CASE {q('id')} {cases} END, "
            f"{q('previous_json_payload')} = {q('json_payload')}, {q('previous_hash')} = {q('current_hash')}, "
            f"{q('attempts')} = 0, {q('last_attempt_at')} = ? "
            f"WHERE {q('id')} IN ({', '.join(['?'] * count)}){check}")


def error_update_sql(db: Database) -> str:
    """Mark one row error with DfE's reason and count the attempt."""
    q = db.dialect.quote_ident
    return (f"UPDATE {db.table(STAGING_TABLE)} SET {q('submission_status')} = ?, {q('api_response')} = ?, "
            f"{q('attempts')} = COALESCE({q('attempts')}, 0) + 1, {q('last_attempt_at')} = ? WHERE {q('id')} = ?")


def count_by_sql(db: Database, column: str) -> str:
    """Rows by the lower-cased value of ``column``."""
    value = f"LOWER({db.dialect.quote_ident(column)})"
    return f"SELECT {value}, COUNT(*) FROM {db.table(STAGING_TABLE)} GROUP BY {value}"


def parked_sql(db: Database) -> str:
    """How many error rows used up their attempts."""
    q = db.dialect.quote_ident
    return (f"SELECT COUNT(*) FROM {db.table(STAGING_TABLE)} WHERE LOWER({q('submission_status')}) = ? "
            f"AND COALESCE({q('attempts')}, 0) >= ?")


def recent_errors_sql(db: Database) -> str:
    """Error rows, latest attempt first."""
    q = db.dialect.quote_ident
    columns = _names(db, "id", "person_id", "attempts", "last_attempt_at", "api_response")
    return (f"SELECT {columns} FROM {db.table(STAGING_TABLE)} WHERE LOWER({q('submission_status')}) = ? "
            f"ORDER BY {q('last_attempt_at')} DESC, {q('id')} DESC")


def run_log_sql(db: Database) -> tuple[str, str, str]:
    """The run log's statements: start a row, finish it, read the latest."""
    q, table = db.dialect.quote_ident, db.table(RUN_LOG)
    return (
        f"INSERT INTO {table} ({_names(db, 'run_id', 'command', 'environment', 'started_at', 'bridge_version')}) "
        "VALUES (?, ?, ?, ?, ?)",
        f"UPDATE {table} SET {q('finished_at')} = ?, {q('exit_code')} = ?, {q('summary_json')} = ? "
        f"WHERE {q('run_id')} = ?",
        f"SELECT {_names(db, 'run_id', 'command', 'environment', 'started_at', 'finished_at', 'exit_code')}, "
        f"{_names(db, 'summary_json', 'bridge_version')} FROM {table} ORDER BY {q('id')} DESC",
    )


def submission_statements(db: Database) -> list[str]:
    """Every statement the submission side runs (for the dialect tests)."""
    return [pending_sql(db, False), pending_sql(db, True), batch_sql(db, 3), sent_update_sql(db, 3, 2),
            sent_update_sql(db, 2, 0), error_update_sql(db), count_by_sql(db, "submission_status"),
            parked_sql(db), recent_errors_sql(db), *run_log_sql(db)]


def utc_now() -> datetime:
    """Now in UTC, without a time zone (the tracking tables hold naive UTC times)."""
    return datetime.now(timezone.utc).replace(tzinfo=None)
