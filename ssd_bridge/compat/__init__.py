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

from ssd_bridge.compat import database, host
from ssd_bridge.compat.checks import (
    AREAS,
    SHAPE_VERSION,
    Check,
    CompatReport,
    failed,
    passed,
    skipped,
    warned,
)
from ssd_bridge.compat.network import network_checks
from ssd_bridge.compat.text import format_text
from ssd_bridge.config import Settings

log = logging.getLogger(__name__)


def check_compat(settings: Settings, send_test_record: bool = False, network: bool = True) -> CompatReport:
    """Run every read-only check for ``settings`` and return the report (never raises for a finding).

    ``network=False`` leaves out the network and credential checks (diagnose --no-network).
    """
    report = CompatReport(cms=settings.cms, dialect=settings.dialect, environment=settings.environment)
    report.checks.extend(host.host_checks(settings))
    report.checks.extend(database.database_checks(settings))
    if network:
        report.checks.extend(network_checks(settings, send_test_record=send_test_record))
    log.info("check-compat: %s", ", ".join(f"{n} {s}" for s, n in report.counts().items() if n))
    return report


def format_report(report: CompatReport) -> str:
    """The report as plain text for an IT team: a heading, one block per area, then a verdict."""
    return format_text(report)


__all__ = ["AREAS", "Check", "CompatReport", "SHAPE_VERSION", "check_compat", "failed", "format_report", "passed",
           "skipped", "warned"]
