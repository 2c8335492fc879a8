"""What a check is (name, status, what it found, the next step) and what a report of checks adds up to."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from ssd_bridge import __version__

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
