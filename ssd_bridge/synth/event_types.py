"""The records of a synthetic child's extended history (see ``events.py``), one dataclass each.

Dates are ``datetime.date``; ``None`` as an end date means still open at ``as_of``. Flags are bools.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TypeVar

T = TypeVar("T")

EVENT_BASE = 1_000_000_000  # event ids: EVENT_BASE + child number * 5000 + k; never clash with story ids
EVENT_STRIDE = 5000


@dataclass(slots=True)
class Contact:
    """A contact received by children's social care; ``referral_id`` is the referral it led to, if any."""

    contact_id: int
    date: date
    source_code: str
    source_desc: str
    outcomes: tuple[str, ...]
    referral_id: int | None
    worker_id: int


@dataclass(slots=True)
class EarlyHelpEpisode:
    """An early help episode; ``end_reason`` 'Stepped up to social care' ends on the first referral's date."""

    episode_id: int
    start: date
    end: date | None
    reason: str
    end_reason: str | None
    team_id: int
    worker_id: int


@dataclass(slots=True)
class CinVisit:
    """A statutory visit inside a CIN plan (``plan_id`` = story Plan.plan_id of a referral's cin_plans)."""

    visit_id: int
    plan_id: int
    referral_id: int
    date: date
    seen: bool
    seen_alone: bool
    bedroom_seen: bool
    worker_id: int


@dataclass(slots=True)
class CpVisit:
    """A visit inside a CP plan (``plan_id`` = story Plan.plan_id of a referral's cp_plans), every 7-14 days."""

    visit_id: int
    plan_id: int
    referral_id: int
    date: date
    seen: bool
    seen_alone: bool
    bedroom_seen: bool
    worker_id: int


@dataclass(slots=True)
class CpReview:
    """A review CP conference: first due 91 days after the plan starts, then 183 days after the last one."""

    review_id: int
    plan_id: int
    due: date
    date: date
    meeting_id: int
    continue_cp: bool
    quorate: bool
    participation: str


@dataclass(slots=True)
class ClaReview:
    """A looked-after review: due 20 working days after care starts, then 91 days, then 183 days after."""

    review_id: int
    period_id: int
    due: date
    date: date | None
    cancelled: bool
    participation: str | None


@dataclass(slots=True)
class ClaVisit:
    """A statutory visit to a looked-after child inside a care period (first within 7 days, then 4-6 weekly)."""

    visit_id: int
    period_id: int
    date: date
    seen: bool
    seen_alone: bool
    worker_id: int


@dataclass(slots=True)
class HealthCheck:
    """A health assessment ('Health Assessment') or dental check ('Dental Check') while looked after."""

    check_id: int
    period_id: int
    check_type: str
    date: date
    status: str


@dataclass(slots=True)
class Immunisation:
    """Whether the looked-after child's immunisations are up to date, and when that was last recorded."""

    up_to_date: bool
    date: date


@dataclass(slots=True)
class LegalStatus:
    """An SSDA903 legal status spell inside a care period (``status`` e.g. 'V2', 'C1', 'C2', 'E1')."""

    status_id: int
    period_id: int
    status: str
    start: date
    end: date | None


@dataclass(slots=True)
class MissingEpisode:
    """A missing ('M') or away-without-authorisation ('A') episode while looked after, with the return interview."""

    missing_id: int
    period_id: int
    start: date
    end: date | None
    missing_type: str
    rhi_offered: bool | None
    rhi_accepted: bool | None


@dataclass(slots=True)
class Mother:
    """A child of this (female, 15+) child: the baby is a person id outside the synthetic cohort."""

    relation_id: int
    baby_person_id: int
    baby_dob: date
    baby_sex: str


@dataclass(slots=True)
class Conviction:
    """An offence committed while looked after (aged 10 or over)."""

    conviction_id: int
    period_id: int
    date: date
    offence: str


@dataclass(slots=True)
class PreviousPermanence:
    """The permanence option the child had before a care period (P1-P4, Z1 none) and where/when it was made."""

    permanence_id: int
    period_id: int
    option: str
    la: str | None
    order_date: date | None
    date_text: str  # dd/MM/YYYY, with zz / zzzz for an unknown part; '' when there was no order


@dataclass(slots=True)
class CarePlan:
    """A care (permanence) plan inside a care period; ``plans`` are the ticked keys, e.g. ('LTFOST18',)."""

    plan_id: int
    period_id: int
    start: date
    end: date | None
    plans: tuple[str, ...]


@dataclass(slots=True)
class SubstanceMisuse:
    """A substance-misuse instance while looked after and whether an intervention was received."""

    misuse_id: int
    period_id: int
    date: date
    substance: str
    intervention: bool


@dataclass
class History:
    """Everything beyond the DfE record for one child (``Child.extra``)."""

    family_id: int
    family_row_id: int
    contacts: list[Contact] = field(default_factory=list)
    early_help: list[EarlyHelpEpisode] = field(default_factory=list)
    cin_visits: list[CinVisit] = field(default_factory=list)
    cp_visits: list[CpVisit] = field(default_factory=list)
    cp_reviews: list[CpReview] = field(default_factory=list)
    cla_reviews: list[ClaReview] = field(default_factory=list)
    cla_visits: list[ClaVisit] = field(default_factory=list)
    health_checks: list[HealthCheck] = field(default_factory=list)
    immunisation: Immunisation | None = None
    legal_statuses: list[LegalStatus] = field(default_factory=list)
    missing: list[MissingEpisode] = field(default_factory=list)
    mother: list[Mother] = field(default_factory=list)
    convictions: list[Conviction] = field(default_factory=list)
    previous_permanence: list[PreviousPermanence] = field(default_factory=list)
    care_plans: list[CarePlan] = field(default_factory=list)
    substance_misuse: list[SubstanceMisuse] = field(default_factory=list)


class _Ids:
    """Event ids of child ``n``: EVENT_BASE + n * EVENT_STRIDE + k (k < EVENT_STRIDE)."""

    def __init__(self, n: int) -> None:
        self.base = EVENT_BASE + n * EVENT_STRIDE
        self.count = 0

    def next(self) -> int:
        self.count += 1
        return self.base + self.count


def between(rand: Callable[[], float], lo: int, hi: int) -> int:
    """A whole number in [lo, hi] from ``rand`` (a Random.random): several times faster than randint."""
    return lo + int(rand() * (hi - lo + 1))


def pick(rand: Callable[[], float], choices: Sequence[T]) -> T:
    """One of ``choices`` from ``rand`` (a Random.random): several times faster than Random.choice."""
    return choices[int(rand() * len(choices))]


def team_of(worker_id: int) -> int:
    """The team of worker ``worker_id`` (workers are numbered from 9001, teams 500-511)."""
    return 500 + (worker_id - 9000) % 12


def add_working_days(start: date, days: int) -> date:
    """``start`` plus ``days`` working days (Monday to Friday; bank holidays ignored)."""
    if start.weekday() > 4:  # counting from a weekend is counting from the Friday before
        start -= timedelta(days=start.weekday() - 4)
    weeks, days = divmod(days, 5)
    when = start + timedelta(days=7 * weeks)
    while days > 0:
        when += timedelta(days=1)
        if when.weekday() < 5:
            days -= 1
    return when
