"""A finding: one broken rule in one record, and how findings are stored as JSON.

Kept apart from ``validate`` so the rule modules (``rules``, ``episodes``, ``payload``) can make
findings without importing the validator that runs them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True)
class Finding:
    """One broken rule in one record: where, which rule, how serious, and why (no values)."""

    rule: str
    severity: str
    path: str
    message: str

    def as_dict(self) -> dict[str, str]:
        """The finding as a plain dict (stored as JSON in ``validation_findings``)."""
        return {"rule": self.rule, "severity": self.severity, "path": self.path, "message": self.message}


def has_errors(findings: list[Finding]) -> bool:
    """True when any finding is an error (the record must not be sent)."""
    return any(f.severity == ERROR for f in findings)


def stored_findings(text: str | None) -> tuple[str | None, list[Finding]]:
    """Read ``validation_findings``: (rules version or None, findings); a bare list is accepted."""
    if not text:
        return None, []
    try:
        data = json.loads(text)
        if isinstance(data, dict):
            return data.get("rules"), [Finding(**item) for item in data.get("findings", [])]
        return None, [Finding(**item) for item in data]
    except (ValueError, TypeError):  # not ours (hand-edited, another tool): treat as never checked
        return None, []


def findings_from_json(text: str | None) -> list[Finding]:
    """Read the findings back from ``validation_findings``."""
    return stored_findings(text)[1]
