"""The validation report: findings over the current payloads, by rule, as JSON or HTML.

Only rule ids, severities, counts, JSON paths and person ids appear: never names, dates of
birth or any other value from a record. The HTML page is the report's data-quality table
(``ssd-bridge report`` section 3) on its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ssd_bridge.report.fields import rule_text, ssd_source
from ssd_bridge.report.html import render_template


@dataclass
class RuleSummary:
    """One rule's findings over the current payloads: how many, and which children (ids only)."""

    rule: str
    severity: str
    count: int
    person_ids: list[str]
    message: str
    paths: list[str] = field(default_factory=list)  # the DfE fields it was found at, indexes as []
    #: the DfE field, as a JSON path without positions (child_details.sex)
    field: str = ""
    #: the SSD table.column the field is built from, when one column feeds it
    ssd_column: str | None = None


@dataclass
class ValidationReport:
    """The findings over every current (not deleted) payload in the tracking table, by rule."""

    records: int
    invalid_records: int
    rules: list[RuleSummary]

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready report: rule, severity, count and person ids; never names or values."""
        return {
            "records": self.records,
            "invalid_records": self.invalid_records,
            "rules": [r.__dict__ for r in self.rules],
        }

    def to_html(self) -> str:
        """A self-contained HTML page of the report, for the analyst."""
        rows = []
        for r in self.rules:
            meaning, fix = rule_text(r.rule)
            # one row per rule and DfE field (validate groups them so); its column from the one field map
            table, column = ssd_source(r.field) or ("", "")
            rows.append({"rule": r.rule, "severity": r.severity, "path": r.field, "ssd_table": table,
                         "ssd_column": column, "meaning": f"{meaning} ({r.message})", "fix": fix, "count": r.count,
                         "children": len(r.person_ids), "person_ids": r.person_ids, "more_ids": 0})
        return render_template("validation.html.j2", records=self.records, invalid_records=self.invalid_records,
                               rules=rows)
