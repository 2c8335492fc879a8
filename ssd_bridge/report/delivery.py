"""The delivery section: the last runs, what each sent, and what its exit code meant."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ssd_bridge.db import Database
from ssd_bridge.errors import ExitCode
from ssd_bridge.record.delta import PURGE
from ssd_bridge.tracking.reporting import recent_runs, run_outcomes

RUNS = 30
EXIT_MEANINGS = {
    ExitCode.OK: "all done",
    ExitCode.SOME_FAILED: "ran to the end; some records were rejected or are invalid",
    ExitCode.USAGE: "could not start: settings or credentials",
    ExitCode.UNAVAILABLE: "database or DfE unreachable (retried on the next run)",
    ExitCode.INTERNAL: "internal error (see the log)",
    ExitCode.LOCKED: "another run held the lock; nothing was done",
}


def exit_meaning(code: int | None) -> str:
    """What an exit code means, in words (a run without one has not finished)."""
    if code is None:
        return "not finished (still running, or stopped without closing its log row)"
    try:
        return EXIT_MEANINGS[ExitCode(code)]
    except ValueError:
        return "unknown exit code"


def delivery(db: Database, limit: int = RUNS) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(rows of the last ``limit`` runs, newest first; those runs as read from the run log)."""
    runs = recent_runs(db, limit)
    outcomes = run_outcomes(db, [r["run_id"] for r in runs])
    rows = []
    for run in runs:
        summary, counts = run["summary"], outcomes.get(run["run_id"], {})
        extract_outcomes = (summary.get("extract") or {}).get("outcomes") or {}
        sent = sum(n for (_, outcome), n in counts.items() if outcome == "sent")
        rows.append({
            "run_id": run["run_id"], "command": run["command"], "started_at": _iso(run["started_at"]),
            "seconds": _seconds(run["started_at"], run["finished_at"]),
            "new": int(extract_outcomes.get("new", 0)), "updated": int(extract_outcomes.get("updated", 0)),
            "sent": sent, "purged": counts.get((PURGE, "sent"), 0),
            "rejected": sum(n for (_, outcome), n in counts.items() if outcome == "rejected"),
            "failed": sum(n for (_, outcome), n in counts.items() if outcome == "failed"),
            "invalid": int(summary.get("extract_invalid") or 0),
            "exit_code": run["exit_code"], "meaning": exit_meaning(run["exit_code"]),
        })
    return rows, runs


def _iso(value: Any) -> str | None:
    return value.isoformat(sep=" ", timespec="minutes") if isinstance(value, dt.datetime) else value


def _seconds(started: Any, finished: Any) -> float | None:
    if isinstance(started, dt.datetime) and isinstance(finished, dt.datetime):
        return round((finished - started).total_seconds(), 1)
    return None
