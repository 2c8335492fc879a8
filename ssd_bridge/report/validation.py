"""The validation report: findings over the current payloads, by rule, as JSON or HTML.

Only rule ids, severities, counts, JSON paths and person ids appear: never names, dates of
birth or any other value from a record.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Any


@dataclass
class RuleSummary:
    """One rule's findings over the current payloads: how many, and which children (ids only)."""

    rule: str
    severity: str
    count: int
    person_ids: list[str]
    message: str
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
        rows = "\n".join(
            f"<tr class='{html.escape(r.severity)}'><td>{html.escape(r.rule)}</td><td>{html.escape(r.severity)}</td>"
            f"<td><code>{html.escape(r.field)}</code></td><td><code>{html.escape(r.ssd_column or '-')}</code></td>"
            f"<td>{r.count}</td><td>{html.escape(r.message)}</td>"
            f"<td>{html.escape(', '.join(r.person_ids))}</td></tr>"
            for r in self.rules
        )
        return (
            "<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'>"
            "<title>ssd-bridge validation report</title><style>"
            "body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
            "td,th{border:1px solid #999;padding:4px 8px;vertical-align:top}"
            "tr.error td:nth-child(2){color:#a00;font-weight:bold}</style></head><body>"
            "<h1>DfE validation findings</h1>"
            f"<p>{self.records} current records checked; {self.invalid_records} have errors and are held back.</p>"
            "<table><thead><tr><th>Rule</th><th>Severity</th><th>DfE field</th><th>SSD column</th><th>Findings</th><th>What it means</th>"
            f"<th>Person ids</th></tr></thead><tbody>\n{rows}\n</tbody></table></body></html>\n"
        )
