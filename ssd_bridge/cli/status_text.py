"""``ssd-bridge status`` as a short report for the analyst: a table of states, the last run, what next."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ssd_bridge.errors import EXIT_MEANING, ExitCode

# What each submission status means to the analyst, in the order the table shows them.
STATE_MEANING = {
    "sent": "acknowledged by DfE",
    "pending": "waiting to be sent (the next run sends them)",
    "error": "rejected by DfE or failed; tried again on later runs",
    "invalid": "held back by the local DfE checks; fix in the CMS",
    "withdrawn": "left the cohort; nothing to send",
}

# What to do after a run that ended with this exit code.
EXIT_NEXT = {
    ExitCode.SOME_FAILED: "see the errors below and 'ssd-bridge validate --html findings.html'",
    ExitCode.USAGE: "read the 'Error:' line in that run's log: it names the setting or credential to fix",
    ExitCode.UNAVAILABLE: "nothing, unless it repeats: the next run retries; then check the network and DfE",
    ExitCode.INTERNAL: "run 'ssd-bridge diagnose -o support.zip' and send it to D2I support",
}


def status_lines(data: dict[str, Any], now: dt.datetime | None = None) -> list[str]:
    """The status report as lines of text (no personal data: counts, ids and DfE's reasons)."""
    counts: dict[str, int] = data["submission_status"]
    if not counts:
        return ["Records by state: no records tracked yet; run 'ssd-bridge extract' (or 'ssd-bridge run') to build them.",
                *_last_run_lines(data["last_run"], now), *_ssd_row_lines(data)]
    lines = ["Records by state:"]
    width = max(len(state) for state in [*counts, *STATE_MEANING])
    ordered = [s for s in STATE_MEANING if s in counts] + sorted(s for s in counts if s not in STATE_MEANING)
    for state in ordered:
        lines.append(f"  {state:<{width}}  {counts[state]:>7}  {STATE_MEANING.get(state, '')}".rstrip())
    lines.append(f"  {'total':<{width}}  {sum(counts.values()):>7}")
    if data["row_state"]:
        lines.append("Row states at the last extract: " + ", ".join(f"{n} {k}" for k, n in sorted(data["row_state"].items())))
    if data.get("held_back"):
        lines.append("Held back by validation: " + ", ".join(f"{k} {v}" for k, v in data["held_back"].items())
                     + " (see 'ssd-bridge validate')")
    lines.extend(_last_run_lines(data["last_run"], now))
    lines.extend(_next_steps(counts, data))
    for error in data["recent_errors"]:
        lines.append(f"  error: record {error['id']} (person {error['person_id']}), {error['attempts']} attempts: "
                     f"{error['reason']}")
    return lines + _ssd_row_lines(data)


def _ssd_row_lines(data: dict[str, Any]) -> list[str]:
    rows: dict[str, int] = data.get("ssd_rows") or {}
    if not rows:
        return []
    width = max(len(name) for name in rows)
    return [f"SSD tables ({len(rows)} in the schema), rows:", *(f"  {n:<{width}}  {c:>9}" for n, c in rows.items())]


def _last_run_lines(last: dict[str, Any] | None, now: dt.datetime | None) -> list[str]:
    if not last:
        return ["Last run: none recorded."]
    started = last["started_at"]
    when = f"{last['command']} started {_when(started, now)}"
    if last.get("state") == "running":
        return [f"Last run: {when}, is still running."]
    if last["exit_code"] is None:
        return [f"Last run: {when}, was interrupted: its process ended before it finished; the next run "
                "closes it and sends what is still pending."]
    summary = last.get("summary") or {}
    took = f", took {_duration(summary['seconds'])}" if summary.get("seconds") is not None else ""
    code = int(last["exit_code"])
    meaning = EXIT_MEANING.get(ExitCode(code), "") if 0 <= code <= 5 else ""
    lines = [f"Last run: {when}{took}; exit {code}: {meaning}."]
    if summary.get("stopped_by"):
        lines.append(f"  stopped by {summary['stopped_by']}")
    return lines


def _next_steps(counts: dict[str, int], data: dict[str, Any]) -> list[str]:
    steps = []
    last = data["last_run"] or {}
    code = last.get("exit_code")
    if code is not None and ExitCode(int(code)) in EXIT_NEXT and int(code) != ExitCode.SOME_FAILED:
        steps.append(EXIT_NEXT[ExitCode(int(code))])
    if counts.get("invalid"):
        steps.append(f"{counts['invalid']} held back: 'ssd-bridge validate --html findings.html' shows which DfE "
                     "field and SSD column each one fails on")
    if data["parked_errors"]:
        steps.append(f"{data['parked_errors']} records used up their attempts: resend with "
                     "'ssd-bridge submit --retry-errors' once the cause is fixed")
    if counts.get("pending") and not steps:
        steps.append(f"{counts['pending']} records wait to be sent: the next run sends them ('ssd-bridge submit' now)")
    if not steps:
        return ["Next: nothing to do."]
    return ["Next:", *(f"  - {step}" for step in steps)]


def _when(started: Any, now: dt.datetime | None) -> str:
    if not isinstance(started, dt.datetime):
        return str(started)
    text = f"{started:%Y-%m-%d %H:%M} UTC"
    ago = ((now or dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)) - started.replace(tzinfo=None))
    return f"{text} ({_duration(ago.total_seconds())} ago)" if ago.total_seconds() >= 0 else text


def _duration(seconds: float) -> str:
    seconds = float(seconds)
    if seconds < 60:
        return f"{seconds:.1f} s"
    minutes = int(seconds // 60)
    if minutes < 60:
        return f"{minutes} min {int(seconds % 60)} s"
    hours = minutes // 60
    return f"{hours} h {minutes % 60} min" if hours < 48 else f"{hours // 24} days"
