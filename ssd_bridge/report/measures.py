"""The report's measures over one DfE child record: headline flags and dated events.

One definition serves both sides of the reconciliation: the record side is here, and
``reconciliation.py`` writes the same tests as SQL over the SSD tables.

- Headlines are "as at" the run date ``A`` (a period open on ``A``: start on or before it,
  no end or an end on or after it), except care leavers (a contact inside the window) and
  adoptions (placed for adoption inside the window).
- Monthly series count dated events inside the reporting window, by calendar month.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from ssd_bridge.record.cohort import Window, add_months

# (key, label) in the order they are shown.
HEADLINES: tuple[tuple[str, str], ...] = (
    ("children_in_need", "Children in need (open episode)"),
    ("child_protection", "Children on a child protection plan"),
    ("looked_after", "Looked-after children (open placement)"),
    ("care_leavers", "Care leavers (contact in the window)"),
    ("uasc", "Unaccompanied asylum-seeking children"),
    ("adopted", "Placed for adoption in the window"),
)
SERIES: tuple[tuple[str, str], ...] = (
    ("referrals", "Referrals"),
    ("assessments_completed", "Assessments completed"),
    ("s47_enquiries", "Section 47 enquiries started"),
    ("icpcs", "Initial child protection conferences"),
    ("cp_plans_started", "CP plans started"),
    ("cp_plans_ended", "CP plans ended"),
    ("care_started", "Periods of care started"),
    ("care_ended", "Periods of care ended"),
)
# An SSDA903 episode that ends with X1 carries on in a new episode: the period of care goes on.
_CARE_CONTINUES = "X1"
_CARE_STARTS = "S"


def months(window: Window) -> list[str]:
    """The calendar months of the window as 'YYYY-MM', oldest first."""
    result, day = [], window.start.replace(day=1)
    while day <= window.end:
        result.append(f"{day:%Y-%m}")
        day = add_months(day, 1)
    return result


def headline_flags(record: dict[str, Any], window: Window) -> set[str]:
    """The headline keys this record counts towards on the run date ``window.as_of``."""
    as_of, flags = window.as_of.isoformat(), set()
    start, end = window.start.isoformat(), window.end.isoformat()
    details = _dict(record.get("child_details"))
    if details.get("uasc_flag") is True and _open(None, details.get("uasc_end_date"), as_of):
        flags.add("uasc")
    for episode in _items(record.get("social_care_episodes")):
        if _open(episode.get("referral_date"), episode.get("closure_date"), as_of, start_needed=True):
            flags.add("children_in_need")
        if any(_open(p.get("start_date"), p.get("end_date"), as_of, start_needed=True)
               for p in _items(episode.get("child_protection_plans"))):
            flags.add("child_protection")
        if any(_open(p.get("start_date"), p.get("end_date"), as_of, start_needed=True)
               for p in _items(episode.get("child_looked_after_placements"))):
            flags.add("looked_after")
        leaver = _dict(episode.get("care_leavers"))
        if _inside(leaver.get("contact_date"), start, end):
            flags.add("care_leavers")
        if _inside(_dict(episode.get("adoption")).get("placed_date"), start, end):
            flags.add("adopted")
    return flags


def events(record: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """(series key, ISO date) of every dated event in the record (the caller keeps the window's)."""
    for episode in _items(record.get("social_care_episodes")):
        yield "referrals", episode.get("referral_date") or ""
        for a in _items(episode.get("child_and_family_assessments")):
            yield "assessments_completed", a.get("authorisation_date") or ""
        for s in _items(episode.get("section_47_assessments")):
            yield "s47_enquiries", s.get("start_date") or ""
            yield "icpcs", s.get("icpc_date") or ""
        for p in _items(episode.get("child_protection_plans")):
            yield "cp_plans_started", p.get("start_date") or ""
            yield "cp_plans_ended", p.get("end_date") or ""
        for p in _items(episode.get("child_looked_after_placements")):
            if p.get("start_reason") == _CARE_STARTS:
                yield "care_started", p.get("start_date") or ""
            if p.get("end_date") and p.get("end_reason") and p.get("end_reason") != _CARE_CONTINUES:
                yield "care_ended", p.get("end_date") or ""


def month_of(iso: Any, window: Window) -> str | None:
    """'YYYY-MM' of an ISO date inside the window, else None."""
    if not isinstance(iso, str) or len(iso) < 10:
        return None
    try:
        day = dt.date.fromisoformat(iso[:10])
    except ValueError:
        return None
    return iso[:7] if window.contains(day) else None


def _open(start: Any, end: Any, as_of: str, start_needed: bool = False) -> bool:
    """A period open on ``as_of``: started on or before it (when a start is needed), not ended before it."""
    if start_needed and not (isinstance(start, str) and start[:10] <= as_of):
        return False
    return not (isinstance(end, str) and end[:10] < as_of)


def _inside(day: Any, start: str, end: str) -> bool:
    return isinstance(day, str) and start <= day[:10] <= end


def _items(value: Any) -> list[dict[str, Any]]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}
