"""What the report reads from the tracking tables: the live row of each child, and the logs.

Plain SQL for both dialects (values bound, names quoted by the dialect). The report module
joins :func:`live_rows_sql` to its own SSD query, so the staging side stays written here.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from ssd_bridge.db import Database
from ssd_bridge.record.delta import PURGE
from ssd_bridge.tracking.names import (
    ERROR,
    INVALID,
    PENDING,
    RUN_LOG,
    SENT,
    STAGING_TABLE,
    SUBMISSION_LOG,
)

# The columns of live_rows_sql, in order.
LIVE_COLUMNS = ("person_id", "status", "row_state", "payload_kind", "held_payload", "waiting_payload",
                "invalid_payload", "validation_findings", "api_response")


def live_rows_sql(db: Database) -> tuple[str, list[Any]]:
    """(SELECT, params): the newest row of each child, with what DfE holds and what waits.

    ``held_payload`` is the version DfE acknowledged: the sent payload, or the baseline kept
    while a newer version waits (nothing after a sent purge). ``waiting_payload`` is a version
    queued to send (pending, or error and to be retried), purges excluded; ``invalid_payload``
    one held back by validation. ``api_response`` only for rejected rows.
    """
    q = db.dialect.quote_ident
    status, kind = f"LOWER(t.{q('submission_status')})", f"COALESCE(LOWER(t.{q('payload_kind')}), '')"
    table = db.table(STAGING_TABLE)
    sql = (
        f"SELECT t.{q('person_id')}, {status}, LOWER(t.{q('row_state')}), {kind}, "
        f"CASE WHEN {status} = ? AND {kind} <> ? THEN t.{q('json_payload')} "
        f"WHEN {status} <> ? AND t.{q('previous_hash')} IS NOT NULL THEN t.{q('previous_json_payload')} END, "
        f"CASE WHEN {status} IN (?, ?) AND {kind} <> ? THEN t.{q('json_payload')} END, "
        f"CASE WHEN {status} = ? THEN t.{q('json_payload')} END, "
        f"t.{q('validation_findings')}, CASE WHEN {status} = ? THEN t.{q('api_response')} END "
        f"FROM {table} t WHERE t.{q('person_id')} IS NOT NULL AND NOT EXISTS "
        f"(SELECT 1 FROM {table} n WHERE n.{q('person_id')} = t.{q('person_id')} AND n.{q('id')} > t.{q('id')})"
    )
    return sql, [SENT, PURGE, SENT, PENDING, ERROR, PURGE, INVALID, ERROR]


def recent_runs(db: Database, limit: int = 30) -> list[dict[str, Any]]:
    """The last ``limit`` runs of the run log, newest first, with their summaries parsed."""
    q = db.dialect.quote_ident
    columns = ", ".join(q(c) for c in ("run_id", "command", "started_at", "finished_at", "exit_code",
                                       "summary_json"))
    rows = db.query(f"SELECT {columns} FROM {db.table(RUN_LOG)} ORDER BY {q('id')} DESC", (), chunk_size=limit)
    runs: list[dict[str, Any]] = []
    try:
        for run_id, command, started, finished, code, summary in rows:
            runs.append({"run_id": run_id, "command": command, "started_at": started, "finished_at": finished,
                         "exit_code": code, "summary": _parsed(summary)})
            if len(runs) >= limit:
                break
    finally:
        rows.close()  # type: ignore[attr-defined]
    return runs


def run_outcomes(db: Database, run_ids: Sequence[str]) -> dict[str, dict[tuple[str, str], int]]:
    """Submission-log rows per run, by (payload kind, outcome), lower-cased."""
    if not run_ids:
        return {}
    q = db.dialect.quote_ident
    marks = ", ".join(["?"] * len(run_ids))
    kind, outcome = f"LOWER({q('payload_kind')})", f"LOWER({q('outcome')})"
    sql = (f"SELECT {q('run_id')}, {kind}, {outcome}, COUNT(*) FROM {db.table(SUBMISSION_LOG)} "
           f"WHERE {q('run_id')} IN ({marks}) GROUP BY {q('run_id')}, {kind}, {outcome}")
    result: dict[str, dict[tuple[str, str], int]] = {}
    for run_id, k, o, n in db.query_all(sql, list(run_ids)):
        result.setdefault(run_id, {})[(k or "", o or "")] = int(n)
    return result


def reporting_statements(db: Database) -> list[str]:
    """Every statement here (for the dialect tests)."""
    q = db.dialect.quote_ident
    return [live_rows_sql(db)[0], f"SELECT {q('run_id')} FROM {db.table(RUN_LOG)} ORDER BY {q('id')} DESC"]


def _parsed(text: str | None) -> dict[str, Any]:
    if not text:
        return {}
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}
