"""The check-compat report as plain text: readable in an e-mail or a ticket, no colour codes."""

from __future__ import annotations

import textwrap

from ssd_bridge.compat.checks import AREAS, CompatReport

_MARK = {"pass": "PASS", "warn": "WARN", "fail": "FAIL", "skip": "SKIP"}
_WIDTH = 96


def format_text(report: CompatReport) -> str:
    """Heading, one block per area (each check: mark, title, what was found, what to do), verdict."""
    counts = report.counts()
    lines = [
        f"ssd-bridge check-compat: {report.cms} on {report.dialect} ({report.environment} environment)",
        f"Checked at {report.checked_at:%Y-%m-%d %H:%M} UTC. Read-only: nothing was created or changed, "
        + ("and one synthetic record was sent to DfE TEST, as asked." if any(
            c.name == "credentials.test_record" and c.status == "pass" for c in report.checks)
           else "and no child's data was sent."),
        "",
    ]
    for area, heading in AREAS.items():
        checks = [c for c in report.checks if c.area == area]
        if not checks:
            continue
        lines.append(heading)
        lines.append("-" * len(heading))
        for check in checks:
            title = check.title + (f" [{check.target}]" if check.target else "")
            lines.append(f"  {_MARK[check.status]}  {title}")
            lines.extend(_wrapped(check.found, "        "))
            for detail in check.details[:40]:
                lines.extend(_wrapped("- " + detail, "          "))
            if len(check.details) > 40:
                lines.append(f"          ... and {len(check.details) - 40} more (see --json)")
            if check.next_step and check.status in ("warn", "fail", "skip"):
                known = f" (known failure {check.known_failure}, see docs/operations.md)" if check.known_failure else ""
                lines.extend(_wrapped(f"Next: {check.next_step}{known}", "        "))
        lines.append("")
    verdict = {
        "pass": "READY: every check passed." if not counts["skip"] else
                f"READY SO FAR: every check that ran passed; {counts['skip']} could not run (SKIP lines above).",
        "warn": "READY WITH WARNINGS: nothing blocks a deployment; read the WARN lines above.",
        "fail": "NOT READY: fix the FAIL lines above, then run ssd-bridge check-compat again.",
    }[report.status]
    lines.append(f"Result: {verdict}")
    lines.append(f"  {counts['pass']} passed, {counts['warn']} warnings, {counts['fail']} failed, "
                 f"{counts['skip']} skipped. Exit code {report.exit_code}.")
    return "\n".join(lines) + "\n"


def _wrapped(text: str, indent: str) -> list[str]:
    return textwrap.wrap(text, width=_WIDTH, initial_indent=indent, subsequent_indent=indent + "  ",
                         break_long_words=False, break_on_hyphens=False) or [indent]
