"""The run log (ssd_api_run_log): a row per run of extract, submit or run, opened when it starts
and closed with its exit code and JSON summary; ``status`` and ``diagnose`` read it."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime, timezone
from itertools import islice
from typing import Any

from ssd_bridge.db import Database
from ssd_bridge.tracking.names import RUN_LOG


def utc_now() -> datetime:
    """Now in UTC, without a time zone (the tracking tables hold naive UTC times)."""
    return datetime.now(timezone.utc).replace(tzinfo=None)


def start_run_log(db: Database, run_id: str, command: str, environment: str, version: str) -> None:
    """Add the run's row to ssd_api_run_log."""
    db.execute(run_log_sql(db)[0], (run_id, command, environment, utc_now(), version))


def finish_run_log(db: Database, run_id: str, exit_code: int, summary: Mapping[str, Any]) -> None:
    """Close the run's row with its exit code and JSON summary."""
    db.execute(run_log_sql(db)[1], (utc_now(), int(exit_code), json.dumps(summary, default=str, sort_keys=True),
                                    run_id))


def last_run(db: Database) -> dict[str, Any] | None:
    """The most recent run's row, with its summary parsed and its ``state``: finished, interrupted
    (closed by a later run after the process died) or unfinished (running, or died unnoticed)."""
    rows = _first_row(db, run_log_sql(db)[2])
    if not rows:
        return None
    run_id, command, environment, started, finished, code, summary, version = rows[0]
    parsed = json.loads(summary) if summary else None
    state = "unfinished" if finished is None else "interrupted" if (parsed or {}).get("interrupted") else "finished"
    return {"run_id": run_id, "command": command, "environment": environment, "started_at": started,
            "finished_at": finished, "exit_code": code, "bridge_version": version, "state": state,
            "summary": parsed}


#: The exit code an interrupted run is closed with: it did not end the way the scheduler expects.
INTERRUPTED_EXIT = 4


def close_interrupted_runs(db: Database, by_run: str) -> list[str]:
    """Close every run log row left open by a process that died (killed, crashed, power cut).

    Called by a run that holds the run lock, so no other run can be active: an open row is a dead
    run's. Each gets exit 4 and a summary saying it was interrupted and which run found it.
    """
    q, table = db.dialect.quote_ident, db.table(RUN_LOG)
    open_runs = [str(r[0]) for r in db.query_all(
        f"SELECT {q('run_id')} FROM {table} WHERE {q('finished_at')} IS NULL AND {q('run_id')} <> ?", (by_run,))]
    for run_id in open_runs:
        finish_run_log(db, run_id, INTERRUPTED_EXIT, {
            "run_id": run_id, "interrupted": True, "closed_by_run": by_run, "exit_code": INTERRUPTED_EXIT,
            "stopped_by": "interrupted: the process ended (killed, crashed or the machine stopped) before it "
                          "closed this run; what DfE acknowledged before then is recorded, the rest was sent again"})
    return open_runs


def run_log_sql(db: Database) -> tuple[str, str, str]:
    """The run log's statements: start a row, finish it, read the latest."""
    q, table = db.dialect.quote_ident, db.table(RUN_LOG)
    return (
        f"INSERT INTO {table} ({_columns(db, 'run_id', 'command', 'environment', 'started_at', 'bridge_version')}) "
        "VALUES (?, ?, ?, ?, ?)",
        f"UPDATE {table} SET {q('finished_at')} = ?, {q('exit_code')} = ?, {q('summary_json')} = ? "
        f"WHERE {q('run_id')} = ?",
        f"SELECT {_columns(db, 'run_id', 'command', 'environment', 'started_at', 'finished_at', 'exit_code')}, "
        f"{_columns(db, 'summary_json', 'bridge_version')} FROM {table} ORDER BY {q('id')} DESC",
    )


def _columns(db: Database, *columns: str) -> str:
    return ", ".join(db.dialect.quote_ident(c) for c in columns)


def _first_row(db: Database, sql: str) -> list[tuple]:
    """The first row of a query, without reading the rest (no dialect's TOP/LIMIT)."""
    rows = db.query(sql, (), chunk_size=1)
    try:
        return list(islice(rows, 1))
    finally:
        rows.close()  # type: ignore[attr-defined]
