"""The reporting window and who is in the cohort of children whose records go to DfE.

The window runs from 1 April of the financial year that contains "as-of minus 24 months" to
as-of plus one day, both ends included, so it is 24 to about 36 months long. Every 31 March
inside the window is a census date: D2I's builder only looked at the 31 March of the start and
end years, so it found at most one date and none at all for runs between 31 December and
29 March (D2I defect #10). Here every one counts.

A child is in the cohort when both hold:

- age gate: date of birth known, on or before the window end, and 26th birthday after the
  window start (aged 25 or under at some point in the window); or no date of birth and an
  expected date of birth inside the window (unborn);
- activity: a CIN episode overlapping the window; an open episode with no started assessment;
  a CIN plan overlapping the window; looked after (a CLA period linked to an overlapping
  episode, or a placement overlapping the window); or a care leaver aged 16 to 25 in the window
  with a contact in the window and an open episode.

Everything is plain Python over rows the payload module has already read, so the same rules
serve both dialects and can be tested for any run date with ``as_of``.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Window:
    """The reporting window of one run: both ends included."""

    as_of: dt.date
    start: dt.date
    end: dt.date
    census_dates: tuple[dt.date, ...]

    def contains(self, day: dt.date | None) -> bool:
        """True when ``day`` is inside the window (a missing date is not)."""
        return day is not None and self.start <= day <= self.end

    def overlaps(self, start: dt.date | None, end: dt.date | None) -> bool:
        """True when the period [start, end] touches the window; a missing end means still open.

        A missing start counts as "since before the window" only when the end is known; a
        period with neither date is not placed in time and does not overlap.
        """
        if start is None and end is None:
            return False
        return (start is None or start <= self.end) and (end is None or end >= self.start)

    def as_dict(self) -> dict[str, object]:
        """The window as ISO strings, for summaries."""
        return {
            "as_of": self.as_of.isoformat(),
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "census_dates": [d.isoformat() for d in self.census_dates],
        }


def reporting_window(as_of: dt.date | None = None) -> Window:
    """Return the reporting window for a run on ``as_of`` (default: today)."""
    as_of = _as_date(as_of) or dt.date.today()
    anchor = add_months(as_of, -24)
    start_year = anchor.year if anchor.month >= 4 else anchor.year - 1
    start = dt.date(start_year, 4, 1)
    end = as_of + dt.timedelta(days=1)
    census = tuple(
        d for d in (dt.date(year, 3, 31) for year in range(start.year, end.year + 1)) if start <= d <= end
    )
    return Window(as_of=as_of, start=start, end=end, census_dates=census)


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by whole months, clamped to the month's last day (29 Feb -> 28 Feb)."""
    year, month = divmod(day.year * 12 + (day.month - 1) + months, 12)
    if day.day <= 28:  # every month has the day: no need to look up its length
        return dt.date(year, month + 1, day.day)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def birthday(dob: dt.date, years: int) -> dt.date:
    """The date of the ``years``-th birthday (29 February birthdays fall on 28 February)."""
    return add_months(dob, years * 12)


def passes_age_gate(dob: dt.date | None, expected_dob: dt.date | None, window: Window) -> bool:
    """Aged 25 or under at some point in the window, or unborn with an expected date inside it."""
    if dob is not None:
        return dob <= window.end and birthday(dob, 26) > window.start
    return window.contains(expected_dob)


@dataclass
class Activity:
    """The facts about one child that decide the activity half of eligibility."""

    episodes: list[tuple[str, dt.date | None, dt.date | None]]  # (referral id, referral date, close date)
    assessment_started_referrals: set[str]
    cin_plans: list[tuple[dt.date | None, dt.date | None]]
    cla_referrals: set[str]
    placements: list[tuple[dt.date | None, dt.date | None]]
    care_leaver_contacts: list[dt.date | None]


def is_eligible(dob: dt.date | None, expected_dob: dt.date | None, activity: Activity, window: Window) -> bool:
    """True when the child is in the cohort of ``window`` (age gate and at least one activity)."""
    if not passes_age_gate(dob, expected_dob, window):
        return False
    return any(_activities(dob, activity, window))


def has_activity(dob: dt.date | None, activity: Activity, window: Window) -> bool:
    """True when the child has at least one activity in the window, whatever their age."""
    return any(_activities(dob, activity, window))


#: Before this a date of birth is a typing error or a placeholder, not a child's.
EARLIEST_DOB = dt.date(1900, 1, 1)


def dob_problem(dob: dt.date | None, expected_dob: dt.date | None, window: Window) -> str | None:
    """Why the date of birth cannot place the child by age (missing, in the future, before 1900), or None.

    Such a child would fail the age gate and leave the cohort silently; extract holds them back
    with a finding instead, so the LA can correct the CMS.
    """
    if dob is None and expected_dob is None:
        return "the date of birth is missing or could not be read as a date (and there is no expected date of birth)"
    if dob is not None and dob > window.as_of:
        return "the date of birth is in the future"
    if dob is not None and dob < EARLIEST_DOB:
        return "the date of birth is before 1900"
    return None


def _activities(dob: dt.date | None, a: Activity, window: Window) -> Iterable[bool]:
    overlapping = {ref for ref, start, end in a.episodes if _episode_overlaps(start, end, window)}
    yield bool(overlapping)
    # An open episode still waiting for its first assessment (not one dated after the window).
    yield any(end is None and (start is None or start <= window.end) and ref not in a.assessment_started_referrals
              for ref, start, end in a.episodes)
    yield any(window.overlaps(start, end) for start, end in a.cin_plans)
    yield bool(a.cla_referrals & overlapping)
    yield any(window.overlaps(start, end) for start, end in a.placements)
    yield _is_care_leaver(dob, a, window)


def _episode_overlaps(start: dt.date | None, end: dt.date | None, window: Window) -> bool:
    return start is not None and start <= window.end and (end is None or end >= window.start)


def _is_care_leaver(dob: dt.date | None, a: Activity, window: Window) -> bool:
    if dob is None or not (birthday(dob, 16) < window.end and birthday(dob, 26) >= window.start):
        return False
    # The contact test excludes the window end, as the D2I builder does.
    contact = any(c is not None and window.start <= c < window.end for c in a.care_leaver_contacts)
    open_episode = any(start is not None and start <= window.end and end is None for _, start, end in a.episodes)
    return contact and open_episode


def _as_date(value: dt.date | dt.datetime | None) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    return value
