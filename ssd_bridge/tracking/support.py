"""Read-only queries over the add-on tables for support (diagnose) and the analyst's views.

Every function takes the tables and columns present, because a table D2I's tools created may
lack some of ours: a missing table gives nothing, never an error.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice
from typing import Any

from ssd_bridge.db import Database
from ssd_bridge.tracking.names import STAGING_TABLE

RUN_LOG = "ssd_api_run_log"
SUBMISSION_LOG = "ssd_api_submission_log"
VERSION_LOG = "ssd_version_log"
RUN_COLUMNS = ("run_id", "command", "environment", "started_at", "finished_at", "exit_code", "bridge_version")
VERSION_COLUMNS = ("version_number", "created_at", "created_by", "bridge_version", "cms", "dialect", "parameters_json")


def _first(db: Database, sql: str, limit: int, params: tuple[Any, ...] = ()) -> list[tuple]:
    return list(islice(db.query(sql, params), limit))


def version_log(db: Database, tables: set[str], limit: int = 50) -> list[dict[str, Any]]:
    """The newest deployments recorded in ssd_version_log."""
    if VERSION_LOG not in tables:
        return []
    sql = f"SELECT {', '.join(VERSION_COLUMNS)} FROM {db.table(VERSION_LOG)} ORDER BY created_at DESC"
    return [dict(zip(VERSION_COLUMNS, row, strict=True)) for row in _first(db, sql, limit)]


def staging_counts(db: Database, tables: set[str], columns: set[str]) -> list[dict[str, Any]]:
    """Rows of the tracking table by submission status, row state and payload kind (those present)."""
    if STAGING_TABLE not in tables:
        return []
    names = [c for c in ("submission_status", "row_state", "payload_kind") if f"{STAGING_TABLE}.{c}" in columns]
    listed = ", ".join(names)
    sql = f"SELECT {listed}, COUNT(*) FROM {db.table(STAGING_TABLE)} GROUP BY {listed} ORDER BY {listed}"
    return [{**dict(zip(names, row[:-1], strict=True)), "count": int(row[-1])} for row in db.query_all(sql)]


def run_rows(db: Database, tables: set[str], limit: int) -> list[tuple[dict[str, Any], str | None]]:
    """The newest runs: (run log columns, summary JSON text)."""
    if RUN_LOG not in tables:
        return []
    sql = f"SELECT {', '.join(RUN_COLUMNS)}, summary_json FROM {db.table(RUN_LOG)} ORDER BY id DESC"
    return [(dict(zip(RUN_COLUMNS, row[:-1], strict=True)), row[-1]) for row in _first(db, sql, limit)]


def staging_errors(db: Database, tables: set[str], limit: int) -> list[tuple]:
    """Newest failed rows: (person, legacy id, status, api_response, findings, last_updated, json_payload)."""
    if STAGING_TABLE not in tables:
        return []
    sql = (f"SELECT person_id, legacy_id, submission_status, api_response, validation_findings, last_updated, "
           f"json_payload FROM {db.table(STAGING_TABLE)} WHERE submission_status IN ('error', 'invalid', 'rejected') "
           "ORDER BY last_updated DESC")
    return _first(db, sql, limit)


def log_errors(db: Database, tables: set[str], limit: int) -> list[tuple]:
    """Newest unsent attempts: (person, run id, HTTP status, outcome, excerpt, request id, sent at)."""
    if SUBMISSION_LOG not in tables:
        return []
    sql = (f"SELECT person_id, run_id, http_status, outcome, response_excerpt, request_id, sent_at "
           f"FROM {db.table(SUBMISSION_LOG)} WHERE outcome <> 'sent' ORDER BY id DESC")
    return _first(db, sql, limit)


def person_rows(db: Database, tables: set[str], key: Any) -> Iterator[tuple[str | None, str | None, str | None]]:
    """(json_payload, person id, legacy id) of the rows a key names: a person id, or a staging row id
    (run summaries name records by row id)."""
    if STAGING_TABLE not in tables:
        return
    sql = f"SELECT json_payload, person_id, legacy_id FROM {db.table(STAGING_TABLE)} WHERE "
    yield from db.query_all(sql + "person_id = ?", (str(key),))
    if isinstance(key, int) or str(key).isdigit():
        yield from db.query_all(sql + "id = ?", (int(key),))
