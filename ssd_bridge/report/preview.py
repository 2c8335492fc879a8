"""The preview: what DfE holds for the LA (and, apart, what waits to be sent), from the staging JSON.

Counters only: headline counts and per-month event counts, so memory stays flat however
many children there are.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from ssd_bridge.record.cohort import Window
from ssd_bridge.report.measures import HEADLINES, SERIES, events, headline_flags, month_of, months


@dataclass
class Figures:
    """Headline counts and monthly series over one set of records."""

    records: int = 0
    headlines: Counter[str] = field(default_factory=Counter)
    series: dict[str, Counter[str]] = field(default_factory=lambda: {key: Counter() for key, _ in SERIES})

    def add(self, record: dict[str, Any], window: Window) -> set[str]:
        """Count one record; return its headline flags."""
        self.records += 1
        flags = headline_flags(record, window)
        self.headlines.update(flags)
        for key, day in events(record):
            month = month_of(day, window)
            if month is not None:
                self.series[key][month] += 1
        return flags

    def as_dict(self, window: Window) -> dict[str, Any]:
        """Headlines and series (every month of the window, zeros included), JSON-ready."""
        labels = months(window)
        return {
            "records": self.records,
            "headlines": [{"key": key, "label": label, "count": self.headlines[key]} for key, label in HEADLINES],
            "series": [{"key": key, "label": label, "months": labels,
                        "counts": [self.series[key][m] for m in labels]} for key, label in SERIES],
        }


@dataclass
class Preview:
    """DfE's acknowledged records, and those waiting to be sent (shown apart)."""

    held: Figures = field(default_factory=Figures)
    waiting: Figures = field(default_factory=Figures)
    purges_waiting: int = 0

    def as_dict(self, window: Window) -> dict[str, Any]:
        """Both sets of figures, JSON-ready."""
        return {"held": self.held.as_dict(window), "waiting": self.waiting.as_dict(window),
                "purges_waiting": self.purges_waiting}
