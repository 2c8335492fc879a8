"""The LA's report: preview, reconciliation, data quality, delivery and SSD coverage, in one pass.

:func:`build_report` reads one streamed query (every SSD person joined to the child's live
tracking row) and feeds each row to the preview, the reconciliation and the data-quality
counters, so memory stays flat in the number of children; delivery and coverage are small
aggregate queries. Only person ids, counts, rule ids and JSON paths reach the report.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import dataclass, field
from typing import Any

from ssd_bridge import __version__
from ssd_bridge.config import Settings
from ssd_bridge.db import Database
from ssd_bridge.record.cohort import Window
from ssd_bridge.record.delta import PURGE
from ssd_bridge.report.coverage import coverage
from ssd_bridge.report.delivery import delivery
from ssd_bridge.report.html import to_html
from ssd_bridge.report.measures import HEADLINES
from ssd_bridge.report.preview import Preview
from ssd_bridge.report.quality import Quality, trend
from ssd_bridge.report.reconciliation import CAUSES, Reconciliation, joined_sql, uasc_statuses
from ssd_bridge.sql.deploy import render_options
from ssd_bridge.tracking.names import ERROR, PENDING, SENT

log = logging.getLogger(__name__)

SUPPRESSED = "c"  # the usual marker of a count withheld as too small to share


@dataclass
class Report:
    """Every figure of the report, before suppression; ``as_dict`` applies it."""

    window: Window
    cms: str
    environment: str
    suppress: int = 0
    generated_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.timezone.utc).replace(tzinfo=None))
    preview: Preview = field(default_factory=Preview)
    reconciliation: Reconciliation = field(default_factory=Reconciliation)
    quality: Quality = field(default_factory=Quality)
    runs: list[dict[str, Any]] = field(default_factory=list)
    trend: list[dict[str, Any]] = field(default_factory=list)
    coverage: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        """The report as JSON-ready data, every count below ``suppress`` replaced by the marker."""
        quality = self.quality.rows()
        if self.suppress:  # for sharing outside the LA: no child ids at all
            for row in quality:
                row["person_ids"], row["more_ids"] = [], 0
        data = self._data(quality)
        return _hidden(data, self.hide) if self.suppress else data

    def _data(self, quality: list[dict[str, Any]]) -> dict[str, Any]:
        preview = self.preview.as_dict(self.window)
        reconciliation = self.reconciliation.rows()
        return {
            "title": "ssd-bridge report",
            "bridge_version": __version__,
            "generated_at": self.generated_at.isoformat(sep=" ", timespec="seconds"),
            "cms": self.cms,
            "environment": self.environment,
            "window": self.window.as_dict(),
            "suppress": self.suppress,
            "suppressed_marker": SUPPRESSED,
            "preview": preview,
            "reconciliation": {"rows": reconciliation, "causes": [{"key": k, "label": label} for k, label in CAUSES]},
            "quality": {"records": self.quality.records, "invalid_records": self.quality.invalid_records,
                        "rejected_records": self.quality.rejected_records, "rules": quality, "trend": self.trend},
            "delivery": {"runs": self.runs},
            "coverage": {"tables": self.coverage},
        }

    def to_html(self) -> str:
        """The report as one self-contained HTML page."""
        return to_html(self.as_dict())

    def hide(self, count: int) -> int | str:
        """``count``, or the marker when it is above zero and below ``suppress``."""
        return SUPPRESSED if self.suppress and 0 < abs(count) < self.suppress else count


# The keys whose whole-number values count children, records or rows (suppressed alike).
COUNT_KEYS = frozenset(("count", "children", "records", "ssd", "dfe", "difference", "ssd_only", "dfe_only",
                        "purges_waiting", "invalid_records", "rejected_records", "new", "updated", "sent", "purged",
                        "rejected", "failed", "invalid", "findings", "rows", "empty", "counts"))


def _hidden(node: Any, hide: Any) -> Any:
    """A copy of ``node`` with every count (by key, see COUNT_KEYS) passed through ``hide``."""
    if isinstance(node, list):
        return [_hidden(item, hide) for item in node]
    if not isinstance(node, dict):
        return node
    result = {}
    for key, value in node.items():
        if key in COUNT_KEYS and isinstance(value, int) and not isinstance(value, bool):
            result[key] = hide(value)
        elif key == "counts" and isinstance(value, list):
            result[key] = [hide(v) if isinstance(v, int) else v for v in value]
        else:
            result[key] = _hidden(value, hide)
    return result


def build_report(db: Database, window: Window, settings: Settings, suppress: int = 0) -> Report:
    """Read the SSD and tracking tables and build every section of the report."""
    report = Report(window=window, cms=settings.cms, environment=settings.environment, suppress=suppress)
    sql, params = joined_sql(db, window, uasc_statuses(db))
    children = 0
    # Inside a transaction the server streams the rows as they are read (outside one, the
    # cursor must outlive commits and the server copies the whole result first).
    with db.transaction():
        for row in db.query(sql, params):
            children += 1
            _count_child(report, row)
    report.runs, runs = delivery(db)
    report.trend = trend(runs)
    report.coverage = coverage(db, render_options(settings, part="ssd"))
    log.info("report: %d children read, %d records DfE holds, %d waiting, %d findings groups", children,
             report.preview.held.records, report.preview.waiting.records, len(report.quality.groups))
    return report


_KEYS = tuple(key for key, _ in HEADLINES)


def _count_child(report: Report, row: tuple) -> None:
    """Feed one row of the joined query (SSD person, headline flags, live tracking row) to every section."""
    ssd_id, flags = row[0], row[1:1 + len(_KEYS)]
    person_id, status, state, kind, held, waiting, invalid, stored, rejection = row[1 + len(_KEYS):]
    ssd_flags = {key for key, flag in zip(_KEYS, flags, strict=True) if flag} if ssd_id is not None else set()
    held_flags: set[str] = set()
    held_record = _record(held)
    if held_record is not None:
        held_flags = report.preview.held.add(held_record, report.window)
    waiting_record = _record(waiting)
    if waiting_record is not None:
        report.preview.waiting.add(waiting_record, report.window)
    if kind == PURGE and status in (PENDING, ERROR):
        report.preview.purges_waiting += 1
    report.reconciliation.add(ssd_flags, held_flags, status, state, in_ssd=ssd_id is not None)
    if person_id is not None:
        current = waiting or invalid or (held if status == SENT else None)
        report.quality.add(person_id, state, current, stored, rejection if status == ERROR else None)


def _record(text: str | None) -> dict[str, Any] | None:
    if not text:
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None
