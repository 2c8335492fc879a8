"""The data-quality section: every finding of our validation and every DfE rejection, by rule and field.

Findings come from ``validation_findings`` as the extract stored them (checked again only
when the rules changed since), rejections from the JSON paths named in DfE's answer: the
answer's text itself never reaches the report, it may echo the child's data. Per rule and
field only the first ``ID_LIMIT`` child ids are kept, so memory stays flat.
"""

from __future__ import annotations

import bisect
import functools
import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from ssd_bridge.record.findings import ERROR, Finding, stored_findings
from ssd_bridge.record.validate import findings_json, rules_version, validate_record
from ssd_bridge.report.fields import JSON_PATH, normalised, rule_text, ssd_source
from ssd_bridge.tracking.names import DELETED

ID_LIMIT = 50
REJECTED = "dfe.rejected"


@dataclass
class _Group:
    severity: str
    count: int = 0
    children: int = 0
    ids: list[str] = field(default_factory=list)

    def add(self, person_id: str, times: int) -> None:
        self.count += times
        self.children += 1
        if len(self.ids) < ID_LIMIT:
            bisect.insort(self.ids, person_id)
        elif person_id < self.ids[-1]:
            bisect.insort(self.ids, person_id)
            self.ids.pop()


@dataclass
class Quality:
    """Findings and rejections over the live records, grouped by (rule, field)."""

    records: int = 0
    invalid_records: int = 0
    rejected_records: int = 0
    groups: dict[tuple[str, str], _Group] = field(default_factory=dict)

    def add(self, person_id: str, state: str | None, payload: str | None, stored: str | None,
            rejection: str | None) -> None:
        """Count one child's findings (a child no longer in the cohort has none) and DfE's rejection."""
        if state != DELETED:
            self.records += 1
            findings = _findings(payload, stored)
            self.invalid_records += any(f.severity == ERROR for f in findings)
            per_group = Counter((f.rule, normalised(f.path), f.severity) for f in findings)
            for (rule, path, severity), times in per_group.items():
                self._group(rule, path, severity).add(person_id, times)
        if rejection is not None:
            self.rejected_records += 1
            paths = sorted({normalised(p) for p in JSON_PATH.findall(rejection) if p != "$"}) or ["$"]
            for path in paths:
                self._group(REJECTED, path, ERROR).add(person_id, 1)

    def _group(self, rule: str, path: str, severity: str) -> _Group:
        key = (rule, path)
        if key not in self.groups:
            self.groups[key] = _Group(severity)
        return self.groups[key]

    def rows(self) -> list[dict[str, Any]]:
        """One row per (rule, field): errors first, then by count, most first."""
        rows: list[dict[str, Any]] = []
        for (rule, path), group in self.groups.items():
            meaning, fix = rule_text(rule)
            table, column = ssd_source(path) or ("", "")
            rows.append({"rule": rule, "severity": group.severity, "path": path, "ssd_table": table,
                         "ssd_column": column, "meaning": meaning, "fix": fix, "count": group.count,
                         "children": group.children, "person_ids": list(group.ids),
                         "more_ids": group.children - len(group.ids)})
        rows.sort(key=lambda r: (r["severity"] != ERROR, -r["count"], r["rule"], r["path"]))
        return rows


def _findings(payload: str | None, stored: str | None) -> list[Finding]:
    """The stored findings when made under today's rules; else the record checked again now."""
    if stored == _no_findings():  # most records: no need to parse
        return []
    version, findings = stored_findings(stored)
    if version == rules_version() or not payload:
        return findings
    try:
        record = json.loads(payload)
    except ValueError:
        return findings
    notes = [f for f in findings if f.rule.startswith("source.")]
    return validate_record(record, notes) if isinstance(record, dict) else findings


@functools.lru_cache(maxsize=1)
def _no_findings() -> str:
    return findings_json([])


def trend(runs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Findings per run, oldest first: records held back as invalid, rejected, findings by rule."""
    points = []
    for run in reversed(runs):
        summary = run["summary"] or {}
        extract = summary.get("extract") or {}
        by_rule = extract.get("findings_by_rule") or {}
        started = run["started_at"]
        points.append({"run_id": run["run_id"],
                       "started_at": started.isoformat(sep=" ", timespec="minutes") if hasattr(started, "isoformat")
                       else started,
                       "invalid": int(summary.get("extract_invalid") or 0),
                       "rejected": int(summary.get("error") or 0),
                       "findings": int(sum(v for v in by_rule.values() if isinstance(v, int)))})
    return points
