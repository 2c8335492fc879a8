"""Submission side of the tracking table: which rows to send, and writing DfE's answers back.

Delivery is at-least-once: a batch's answers are written back in one transaction after its
POST returns. If the process dies between DfE's acknowledgement and that commit, the rows
are still pending and the next run sends them again (DfE then holds the same record twice
received, never a record lost). Once the commit is made, a record is never resent unless
extract finds a new version of it.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Generator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from itertools import islice
from typing import Any

from ssd_bridge.db import Database
from ssd_bridge.dfe.responses import error_facts
from ssd_bridge.record.delta import FULL, PARTIAL, PURGE
from ssd_bridge.record.findings import findings_from_json
from ssd_bridge.tracking.names import (
    ERROR,
    INVALID,
    NEW,
    PENDING,
    SENT,
    STAGING_TABLE,
    SUBMISSION_LOG,
    UPDATED,
)
from ssd_bridge.tracking.runlog import run_log_sql, utc_now

log = logging.getLogger(__name__)

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


def pending_rows(db: Database, max_attempts: int, retry_errors: bool = False) -> list[tuple[int, str, str]]:
    """(id, person_id, what sending it does: new, updated or purge) of the rows to send, oldest first:
    pending ones, and errors with attempts left (every error row with ``retry_errors``). Of several
    rows for one person (a D2I table can hold them) only the newest is live, so only it is sent."""
    return [(int(row_id), str(person_id), send_kind(state, kind)) for row_id, person_id, state, kind
            in db.query_all(pending_sql(db, retry_errors), _pending_params(max_attempts, retry_errors))]


def _pending_params(max_attempts: int, retry_errors: bool) -> list[Any]:
    return [PENDING, ERROR] if retry_errors else [PENDING, ERROR, max_attempts]


def send_kind(row_state: str | None, payload_kind: str | None) -> str:
    """What sending a row does at DfE: ``purge`` (remove the child), ``new`` (first version) or ``updated``."""
    if (payload_kind or "").lower() == PURGE:
        return "purge"
    return NEW if (row_state or "").lower() == NEW else UPDATED


def purge_guard_counts(db: Database) -> tuple[int, int]:
    """(purge records waiting to be sent, children DfE holds a version of): the mass-purge guard's view."""
    q = db.dialect.quote_ident
    table, status = db.table(STAGING_TABLE), f"LOWER({q('submission_status')})"
    purges = db.scalar(f"SELECT COUNT(*) FROM {table} WHERE LOWER({q('payload_kind')}) = ? "
                       f"AND {status} IN (?, ?)", (PURGE, PENDING, ERROR))
    known = db.scalar(f"SELECT COUNT(*) FROM {table} WHERE {q('previous_hash')} IS NOT NULL "
                      f"AND NOT (LOWER({q('payload_kind')}) = ? AND {status} = ?)", (PURGE, SENT))
    return int(purges or 0), int(known or 0)


#: Rows fetched per round trip by the streaming read (a few batches: memory stays a few MB).
FETCH_ROWS = 500


def pending_counts(db: Database, max_attempts: int, retry_errors: bool = False,
                   limit: int | None = None) -> dict[str, int]:
    """How many of the rows :func:`pending_batches` streams send a new, updated or purge record
    (the first ``limit`` only), counted in the database: no row is held in memory."""
    params = _pending_params(max_attempts, retry_errors) + ([] if limit is None else [limit])
    counts: dict[str, int] = {}
    for state, kind, n in db.query_all(pending_count_sql(db, retry_errors, limit is not None), params):
        what = send_kind(state, kind)
        counts[what] = counts.get(what, 0) + int(n)
    return counts


def pending_batches(db: Database, max_attempts: int, retry_errors: bool = False, is_partial: bool = False,
                    size: int = 100, limit: int | None = None) -> Generator[list[PendingRecord], None, None]:
    """Stream the rows to send (those :func:`pending_rows` picks, the first ``limit``) a batch at a time.

    One query, read a few batches per round trip through the driver's forward-only cursor, so
    memory does not grow with the number pending. Give it a connection of its own (the write-back
    runs on another): it reads in a transaction of its own, which never blocks the write-back
    (PostgreSQL readers take no row locks; SQL Server's READ COMMITTED holds at most the row the
    reader stands on, and the write-back only touches rows read a batch or more before).
    ``is_partial`` sends the delta when there is one: only a delta our extract wrote (it always
    sets ``payload_kind``); D2I's sender leaves stale partial payloads, with apostrophes doubled
    (D2I defects #26, #29).
    """
    params, taken, batch = _pending_params(max_attempts, retry_errors), 0, []
    with db.transaction():
        rows = db.query(stream_sql(db, retry_errors), params, chunk_size=max(size, FETCH_ROWS))
        try:
            for row_id, person_id, full, partial, current_hash, attempts, kind in rows:
                if limit is not None and taken >= limit:
                    break
                use_partial = is_partial and bool(partial) and kind is not None
                batch.append(PendingRecord(
                    id=int(row_id), person_id=person_id, payload=partial if use_partial else full,
                    current_hash=bytes(current_hash) if current_hash is not None else None,
                    attempts=int(attempts or 0), kind=kind or (PARTIAL if use_partial else FULL)))
                taken += 1
                if len(batch) == size:
                    yield batch
                    batch = []
            if batch:
                yield batch
        finally:
            rows.close()  # type: ignore[attr-defined]


def record_outcomes(db: Database, run_id: str, records: Mapping[int, PendingRecord],
                    outcomes: Sequence[Any]) -> None:
    """Write one batch's answers back atomically: staging rows and submission log.

    ``outcomes`` are :class:`ssd_bridge.dfe.client.Outcome` keyed by staging id. Sent: receipt id,
    receipt time, and the payload and hash that DfE now holds become ``previous_*``; the row is
    updated only if its hash is still the one sent. Rejected: DfE's whole reason (api_response
    is the one place it is kept), attempts+1. Unsent (the run stopped, or the service failed):
    the row is left as it was, no attempt counted. Every outcome gets a log row, whose excerpt
    holds only the structured facts (status, codes, field paths): DfE's text may echo a child.
    Where the dialect has it, the whole batch is one constant statement with one JSON parameter
    (one round trip, atomic without a transaction block); else one transaction of bulk statements.
    """
    now = utc_now()
    one_statement = (db.dialect.write_back_sql(db.table(STAGING_TABLE), db.table(SUBMISSION_LOG))
                     if db.driver.binds_arrays else None)
    if one_statement is not None:
        db.execute(one_statement, (_outcomes_json(records, outcomes, now), SENT, now, ERROR, now, run_id))
        return
    sent, errors, log_rows = [], [], []
    for o in outcomes:
        record = records[o.key]
        if o.status == "sent":
            sent.append((SENT, o.receipt_id, o.receipt_time or o.sent_at or now, now, record.id))
        elif o.status == "rejected":
            errors.append((ERROR, (o.reason or "")[:4000], now, record.id))
        log_rows.append((run_id, o.batch_id, record.person_id, db.dialect.binary(record.current_hash), record.kind,
                         record.attempts + 1, o.http_status, o.status, o.receipt_id, _excerpt(o), o.request_id,
                         o.sent_at))
    # Bulk executemany (fast_executemany on pyodbc) of constant statements, one row per execution.
    hashes = {row[-1]: records[row[-1]].current_hash for row in sent}
    with db.transaction():
        db.executemany(sent_update_sql(db, True), [(*r, db.dialect.binary(hashes[r[-1]])) for r in sent if hashes[r[-1]]])
        db.executemany(sent_update_sql(db, False), [r for r in sent if hashes[r[-1]] is None])
        db.executemany(error_update_sql(db), errors)
        db.insert_rows(SUBMISSION_LOG, _LOG_COLUMNS, log_rows)


def _excerpt(o: Any) -> str | None:
    """What the log may keep of an answer: structured facts only, never DfE's words."""
    return o.facts or error_facts(o.reason) or None


def _outcomes_json(records: Mapping[int, PendingRecord], outcomes: Sequence[Any], now: datetime) -> str:
    """Answers as the JSON array :meth:`Dialect.write_back_sql` reads (hashes in hex, times as naive
    UTC ISO text). A key left out reads as NULL, so a sent row carries no reason, flags or excerpt:
    less text for this process to write and for the server to parse, 50,000 rows a night."""
    rows = []
    iso: dict[datetime | None, str | None] = {None: None}  # the times of one POST repeat for every record
    for o in outcomes:
        record = records[o.key]
        if o.sent_at not in iso:
            iso[o.sent_at] = _iso(o.sent_at)
        row = {"id": record.id, "batch_id": o.batch_id, "person_id": record.person_id, "kind": record.kind,
               "attempt": record.attempts + 1, "http_status": o.http_status, "outcome": o.status,
               "request_id": o.request_id, "sent_at": iso[o.sent_at]}
        if record.current_hash is not None:
            row["hash"] = record.current_hash.hex()
        if o.receipt_id is not None:
            row["receipt"] = o.receipt_id
        if o.status == "sent":
            received = o.receipt_time or o.sent_at or now
            if received not in iso:
                iso[received] = _iso(received)
            row["sent"], row["received"] = True, iso[received]
        elif o.status == "rejected":
            row["rejected"], row["reason"] = True, (o.reason or "")[:4000]
        excerpt = _excerpt(o)
        if excerpt:
            row["excerpt"] = excerpt
        rows.append(row)
    return json.dumps(rows, ensure_ascii=False, separators=(",", ":"))


def _iso(when: datetime | None) -> str | None:
    if when is None:
        return None
    if when.tzinfo is not None:
        when = when.astimezone(timezone.utc).replace(tzinfo=None)
    return when.isoformat()


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
    """The latest error rows: staging id, person id, attempts, when, and the facts of DfE's reason
    (status, codes, field paths; its words may echo the child and stay in api_response)."""
    rows = _first(db, recent_errors_sql(db), (ERROR,), limit)
    return [{"id": int(r[0]), "person_id": r[1], "attempts": int(r[2] or 0), "last_attempt_at": r[3],
             "reason": error_facts(r[4] or "")} for r in rows]


def held_back_rules(db: Database) -> dict[str, int]:
    """Invalid rows (held back by local validation) counted by the error rules that hold them back."""
    q = db.dialect.quote_ident
    counts: dict[str, int] = {}
    for (text,) in db.query_all(f"SELECT {q('validation_findings')} FROM {db.table(STAGING_TABLE)} "
                                f"WHERE LOWER({q('submission_status')}) = ?", (INVALID,)):
        for rule in sorted({f.rule for f in findings_from_json(text) if f.severity == "error"}):
            counts[rule] = counts.get(rule, 0) + 1
    return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))


def _first(db: Database, sql: str, params: Sequence[Any], count: int) -> list[tuple]:
    """The first ``count`` rows of a query, without reading the rest (no dialect's TOP/LIMIT)."""
    rows = db.query(sql, params, chunk_size=count)
    try:
        return list(islice(rows, count))
    finally:
        rows.close()  # type: ignore[attr-defined]


# -- the submission side's statements: plain SQL, quoted per dialect (T-SQL parse-tested) -----
def _names(db: Database, *columns: str) -> str:
    return ", ".join(db.dialect.quote_ident(c) for c in columns)


def pending_sql(db: Database, retry_errors: bool) -> str:
    """Ids to send: pending, or error with attempts left (every error with ``retry_errors``);
    only the newest row of a person."""
    q = db.dialect.quote_ident
    return (f"SELECT t.{q('id')}, t.{q('person_id')}, t.{q('row_state')}, t.{q('payload_kind')} "
            f"FROM {_pending_from(db, retry_errors)} ORDER BY t.{q('id')}")


def _pending_from(db: Database, retry_errors: bool) -> str:
    """``table t WHERE ...`` of the rows to send (parameters: pending, error[, max attempts])."""
    q = db.dialect.quote_ident
    table, status = db.table(STAGING_TABLE), f"LOWER(t.{q('submission_status')})"
    errors = f"{status} = ?" if retry_errors else f"({status} = ? AND COALESCE(t.{q('attempts')}, 0) < ?)"
    return (f"{table} t WHERE ({status} = ? OR {errors}) AND NOT EXISTS "
            f"(SELECT 1 FROM {table} n WHERE n.{q('person_id')} = t.{q('person_id')} AND n.{q('id')} > t.{q('id')})")


def stream_sql(db: Database, retry_errors: bool) -> str:
    """The rows to send with what is sent and recorded, oldest first (the rows of :func:`pending_sql`)."""
    q = db.dialect.quote_ident
    columns = ", ".join(f"t.{q(c)}" for c in ("id", "person_id", "json_payload", "partial_json_payload",
                                               "current_hash", "attempts", "payload_kind"))
    return f"SELECT {columns} FROM {_pending_from(db, retry_errors)} ORDER BY t.{q('id')}"


def pending_count_sql(db: Database, retry_errors: bool, limited: bool) -> str:
    """The rows to send counted by (row_state, payload_kind); ``limited``: of the first ``?`` only."""
    q = db.dialect.quote_ident
    state, kind = f"LOWER(t.{q('row_state')})", f"LOWER(t.{q('payload_kind')})"
    if not limited:
        return f"SELECT {state}, {kind}, COUNT(*) FROM {_pending_from(db, retry_errors)} GROUP BY {state}, {kind}"
    numbered = (f"SELECT {state} AS s, {kind} AS k, ROW_NUMBER() OVER (ORDER BY t.{q('id')}) AS n "
                f"FROM {_pending_from(db, retry_errors)}")
    return f"SELECT p.s, p.k, COUNT(*) FROM ({numbered}) p WHERE p.n <= ? GROUP BY p.s, p.k"


def sent_update_sql(db: Database, hashed: bool) -> str:
    """Mark one acknowledged row sent (run over a batch by executemany; constant text).

    The row's own json_payload and current_hash become previous_*; with ``hashed`` the check
    makes sure the hash is still the one sent, so a row extract changed meanwhile stays pending.
    """
    q = db.dialect.quote_ident
    check = f" AND ({q('current_hash')} IS NULL OR {q('current_hash')} = ?)" if hashed else ""
    return (f"UPDATE {db.table(STAGING_TABLE)} SET {q('submission_status')} = ?, {q('api_response')} = ?, "
            f"{q('submission_timestamp')} = ?, "
            f"{q('previous_json_payload')} = {q('json_payload')}, {q('previous_hash')} = {q('current_hash')}, "
            f"{q('attempts')} = 0, {q('last_attempt_at')} = ? WHERE {q('id')} = ?{check}")


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


def submission_statements(db: Database) -> list[str]:
    """Every statement the submission side runs (for the dialect tests)."""
    return [pending_sql(db, False), pending_sql(db, True), stream_sql(db, False), stream_sql(db, True),
            pending_count_sql(db, False, False), pending_count_sql(db, True, True), sent_update_sql(db, True),
            sent_update_sql(db, False), error_update_sql(db), count_by_sql(db, "submission_status"),
            parked_sql(db), recent_errors_sql(db), *run_log_sql(db)]
