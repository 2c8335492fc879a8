"""check-compat: read-only checks of a host, a database and the DfE route before deployment.

A package so that each area keeps its own module
(``host``, ``database``, ``network``) and this module holds the report and the order of checks.

Each check is named, has a status (pass / warn / fail / skip), says what it found and what to
do next, and carries the id of a known failure (``H06``, ``N03``, ...: a section of
docs/operations.md) with its fix. Nothing here writes to the database or
sends data anywhere, except ``send_test_record``: one synthetic record to a TEST endpoint.

JSON shape (``CompatReport.as_dict()``, ``ssd-bridge check-compat --json``); version 1, stable:
new keys may be added, none is renamed or removed without raising ``shape_version``::

    {
      "shape_version": 1,
      "bridge_version": "0.1.0",
      "checked_at": "2026-11-21T08:00:00Z",     # UTC, ISO 8601
      "cms": "eclipse", "dialect": "postgres", "environment": "test",
      "status": "pass" | "warn" | "fail",        # the worst check status (skips do not count)
      "exit_code": 0 | 1 | 2,                    # 0 all pass, 1 warnings only, 2 any failure
      "counts": {"pass": n, "warn": n, "fail": n, "skip": n},
      "checks": [
        {
          "name": "database.version",            # stable id: <area>.<check>
          "area": "database",                    # host | database | source | network | credentials
          "title": "Engine and version",
          "target": "db01:5432/reporting" | null,  # what was checked (a host, a table), if several
          "status": "pass" | "warn" | "fail" | "skip",
          "found": "one sentence: what was found",
          "next_step": "what to do next" | null,
          "known_failure": "H06" | null,         # its section in docs/operations.md, when known
          "details": ["one line per item, e.g. a missing column"]
        }
      ]
    }
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from ssd_bridge import __version__
from ssd_bridge.config import Settings

log = logging.getLogger(__name__)

SHAPE_VERSION = 1
STATUSES = ("pass", "warn", "fail", "skip")
AREAS = {
    "host": "This computer",
    "database": "Reporting database",
    "source": "CMS source tables",
    "network": "Network route to DfE",
    "credentials": "DfE credentials",
}
_RANK = {"skip": 0, "pass": 0, "warn": 1, "fail": 2}


@dataclass
class Check:
    """The outcome of one named check."""

    name: str
    title: str
    status: str
    found: str
    next_step: str | None = None
    known_failure: str | None = None
    target: str | None = None
    details: list[str] = field(default_factory=list)

    @property
    def area(self) -> str:
        """The area the check belongs to (the part of its name before the dot)."""
        return self.name.split(".", 1)[0]

    def as_dict(self) -> dict[str, Any]:
        """The check in the documented JSON shape."""
        return {
            "name": self.name, "area": self.area, "title": self.title, "target": self.target,
            "status": self.status, "found": self.found, "next_step": self.next_step,
            "known_failure": self.known_failure, "details": list(self.details),
        }


def passed(name: str, title: str, found: str, **more: Any) -> Check:
    """A passing check."""
    return Check(name, title, "pass", found, **more)


def warned(name: str, title: str, found: str, next_step: str, **more: Any) -> Check:
    """A check that found something to look at, but nothing that stops a deployment."""
    return Check(name, title, "warn", found, next_step, **more)


def failed(name: str, title: str, found: str, next_step: str, **more: Any) -> Check:
    """A check that found something that must be fixed first."""
    return Check(name, title, "fail", found, next_step, **more)


def skipped(name: str, title: str, why: str, next_step: str | None = None, **more: Any) -> Check:
    """A check that could not run (missing configuration or an earlier failure)."""
    return Check(name, title, "skip", why, next_step, **more)


@dataclass
class CompatReport:
    """Every check, in the order they ran, and what they add up to."""

    cms: str
    dialect: str
    environment: str
    checks: list[Check] = field(default_factory=list)
    checked_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))

    @property
    def status(self) -> str:
        """The worst status among the checks that ran: pass, warn or fail."""
        worst = max((_RANK[c.status] for c in self.checks), default=0)
        return ("pass", "warn", "fail")[worst]

    @property
    def exit_code(self) -> int:
        """0 all pass, 1 warnings only, 2 any failure."""
        return _RANK[self.status]

    def counts(self) -> dict[str, int]:
        """How many checks ended in each status."""
        return {s: sum(1 for c in self.checks if c.status == s) for s in STATUSES}

    def as_dict(self) -> dict[str, Any]:
        """The report in the documented JSON shape (see the module docstring)."""
        return {
            "shape_version": SHAPE_VERSION,
            "bridge_version": __version__,
            "checked_at": self.checked_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "cms": self.cms, "dialect": self.dialect, "environment": self.environment,
            "status": self.status, "exit_code": self.exit_code, "counts": self.counts(),
            "checks": [c.as_dict() for c in self.checks],
        }


def check_compat(settings: Settings, send_test_record: bool = False, network: bool = True) -> CompatReport:
    """Run every read-only check for ``settings`` and return the report (never raises for a finding).

    ``network=False`` leaves out the network and credential checks (diagnose --no-network).
    """
    from ssd_bridge.compat import database, host
    from ssd_bridge.compat.network import network_checks

    report = CompatReport(cms=settings.cms, dialect=settings.dialect, environment=settings.environment)
    report.checks.extend(host.host_checks(settings))
    report.checks.extend(database.database_checks(settings))
    if network:
        report.checks.extend(network_checks(settings, send_test_record=send_test_record))
    log.info("check-compat: %s", ", ".join(f"{n} {s}" for s, n in report.counts().items() if n))
    return report


def format_report(report: CompatReport) -> str:
    """The report as plain text for an IT team: a heading, one block per area, then a verdict."""
    from ssd_bridge.compat.text import format_text

    return format_text(report)


__all__ = ["Check", "CompatReport", "check_compat", "format_report", "SHAPE_VERSION"]
