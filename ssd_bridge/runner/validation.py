"""The validate job: today's DfE-rule findings over every current record, grouped by rule."""

from __future__ import annotations

import json
from collections import Counter, defaultdict

from ssd_bridge.config import Settings
from ssd_bridge.db import connect
from ssd_bridge.record.field_sources import field_name, ssd_column
from ssd_bridge.record.findings import ERROR, Finding, findings_from_json
from ssd_bridge.record.validate import validate_record
from ssd_bridge.report.fields import normalised
from ssd_bridge.report.validation import RuleSummary, ValidationReport
from ssd_bridge.runner.checks import require_tables
from ssd_bridge.tracking import current_records


def validate(settings: Settings) -> ValidationReport:
    """Re-check every current payload in the tracking table and group the findings by rule."""
    # One line per rule and DfE field: "maxLength" alone would not say which field is too long.
    by_rule: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    counts: Counter[tuple[str, str, str]] = Counter()
    messages: dict[tuple[str, str, str], str] = {}
    paths: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    records = invalid = 0
    with connect(settings) as db:
        require_tables(db)
        for person_id, payload, stored in current_records(db):
            records += 1
            findings = _current_findings(payload, stored)
            invalid += any(f.severity == ERROR for f in findings)
            for f in findings:
                key = (f.rule, f.severity, field_name(f.path))
                by_rule[key].add(person_id)
                counts[key] += 1
                messages.setdefault(key, f.message)
                paths[key].add(normalised(f.path))
    rules = [RuleSummary(rule, severity, counts[(rule, severity, field)], sorted(ids),
                         messages[(rule, severity, field)], sorted(paths[(rule, severity, field)]), field,
                         ssd_column(field))
             for (rule, severity, field), ids in by_rule.items()]
    rules.sort(key=lambda r: (r.severity != ERROR, -r.count, r.rule, r.field))
    return ValidationReport(records, invalid, rules)


def _current_findings(payload: str | None, stored: str | None) -> list[Finding]:
    """Findings of the stored payload now, plus the builder's notes kept from the extract."""
    notes = [f for f in findings_from_json(stored) if f.rule.startswith("source.")]
    if not payload:
        return notes
    return validate_record(json.loads(payload), notes)
