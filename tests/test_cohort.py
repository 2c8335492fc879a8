"""The reporting window and eligibility (contract §5.1-5.2), for any run date."""

from __future__ import annotations

import datetime as dt

import pytest

from ssd_bridge.record.cohort import (
    Activity,
    add_months,
    is_eligible,
    passes_age_gate,
    reporting_window,
)

D = dt.date.fromisoformat


@pytest.mark.parametrize(
    ("as_of", "start", "end", "census"),
    [
        ("2026-02-10", "2023-04-01", "2026-02-11", ["2024-03-31", "2025-03-31"]),
        ("2026-04-05", "2024-04-01", "2026-04-06", ["2025-03-31", "2026-03-31"]),
        ("2026-08-10", "2024-04-01", "2026-08-11", ["2025-03-31", "2026-03-31"]),
        # 31 December: D2I's lookup finds no census date at all here (defect §6.B.10).
        ("2025-12-31", "2023-04-01", "2026-01-01", ["2024-03-31", "2025-03-31"]),
        # The run on 31 March itself: that day is inside the window and counts.
        ("2026-03-31", "2023-04-01", "2026-04-01", ["2024-03-31", "2025-03-31", "2026-03-31"]),
        ("2026-03-30", "2023-04-01", "2026-03-31", ["2024-03-31", "2025-03-31", "2026-03-31"]),
    ],
)
def test_window_and_census_dates(as_of, start, end, census) -> None:
    window = reporting_window(D(as_of))
    assert (window.start, window.end) == (D(start), D(end))
    assert [d.isoformat() for d in window.census_dates] == census


def test_every_census_date_is_a_31_march_inside_the_window() -> None:
    day = D("2025-01-01")
    while day < D("2027-01-01"):
        window = reporting_window(day)
        assert window.census_dates, day
        assert all(d.month == 3 and d.day == 31 and window.start <= d <= window.end for d in window.census_dates)
        day += dt.timedelta(days=13)


def test_leap_day_anchor() -> None:
    assert add_months(D("2028-02-29"), -24) == D("2026-02-28")
    assert reporting_window(D("2028-02-29")).start == D("2025-04-01")


def test_age_gate() -> None:
    window = reporting_window(D("2026-02-10"))  # 2023-04-01 .. 2026-02-11
    assert passes_age_gate(D("1997-04-02"), None, window)  # 26th birthday 2023-04-02: 25 on the first day
    assert not passes_age_gate(D("1997-04-01"), None, window)  # 26 on the first day of the window
    assert not passes_age_gate(D("2026-03-01"), None, window)  # born after the window
    assert passes_age_gate(None, D("2026-02-11"), window)  # unborn, due inside the window
    assert not passes_age_gate(None, D("2026-06-01"), window)
    assert not passes_age_gate(None, None, window)


def activity(**kwargs) -> Activity:
    base = dict(episodes=[], assessment_started_referrals=set(), cin_plans=[], cla_referrals=set(),
                placements=[], care_leaver_contacts=[])
    base.update(kwargs)
    return Activity(**base)


@pytest.mark.parametrize(
    ("facts", "expected"),
    [
        ({}, False),
        ({"episodes": [("R1", D("2022-01-01"), D("2023-03-31"))]}, False),  # closed the day before the window
        ({"episodes": [("R1", D("2022-01-01"), D("2023-04-01"))]}, True),
        ({"episodes": [("R1", D("2026-02-11"), None)]}, True),  # referred "tomorrow": end included
        ({"cin_plans": [(D("2022-01-01"), None)]}, True),
        ({"placements": [(D("2023-01-01"), D("2023-05-01"))]}, True),
        ({"placements": [(D("2020-01-01"), D("2021-05-01"))]}, False),
        # CLA period linked to an episode overlapping the window
        ({"episodes": [("R1", D("2024-01-01"), D("2024-02-01"))], "cla_referrals": {"R1"}}, True),
    ],
)
def test_activity_union(facts, expected) -> None:
    window = reporting_window(D("2026-02-10"))
    assert is_eligible(D("2015-01-01"), None, activity(**facts), window) is expected


def test_open_episode_waiting_for_assessment_counts_even_if_referred_long_ago() -> None:
    window = reporting_window(D("2026-02-10"))
    # referral date missing (so not "overlapping"), open, no assessment started
    waiting = activity(episodes=[("R1", None, None)])
    assert is_eligible(D("2015-01-01"), None, waiting, window)
    assessed = activity(episodes=[("R1", None, None)], assessment_started_referrals={"R1"})
    assert not is_eligible(D("2015-01-01"), None, assessed, window)


def test_care_leaver_needs_contact_in_window_and_open_episode() -> None:
    window = reporting_window(D("2026-02-10"))
    dob = D("2005-01-01")  # 18 to 21 in the window
    open_old = ("R1", D("2019-01-01"), None)
    # The open episode alone already counts as activity, so test the care-leaver path on its own terms:
    assert is_eligible(dob, None, activity(episodes=[open_old], care_leaver_contacts=[D("2025-01-01")]), window)
    assert not is_eligible(dob, None, activity(care_leaver_contacts=[D("2025-01-01")]), window)
