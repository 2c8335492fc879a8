"""Synthetic histories beyond the DfE record: contacts, visits, reviews, health, legal status, etc.

CMS-neutral, like ``story.py``: each CMS writer turns a ``History`` into its own source rows.
Every value here comes from a random stream of its own, seeded from (seed, child number, SALT),
so adding events never changes the rest of a child's story. Booleans are CMS-neutral; writers
map them to Y/N or their own codes. Event ids live in their own range (``EVENT_BASE`` onwards).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from ssd_bridge.synth.care_events import care_history
from ssd_bridge.synth.event_types import (
    CinVisit,
    Contact,
    CpReview,
    CpVisit,
    EarlyHelpEpisode,
    History,
    Mother,
    _Ids,
    add_working_days,
    between,
    pick,
    team_of,
)

if TYPE_CHECKING:
    from ssd_bridge.synth.story import Child, Plan, Worker

SALT = 0x5D11  # fixed: changing it changes every history
FAMILY_BASE = 800_000_000
BABY_BASE = 900_000_000
CONTACT_SOURCES = (("POLICE", "Police"), ("POLICE", "Police"), ("SCHOOLS", "School"), ("SCHOOLS", "School"),
                   ("HSERVGP", "GP"), ("HSERVHVSTR", "Health Visitor"), ("HSERVAE", "A & E"),
                   ("INDFRC", "Family Member/Relative/Carer"), ("INDSELF", "Self"), ("ANON", "Anonymous"),
                   ("HOUSLA", "Housing"), ("LASERVEXT", "External e.g. from another local authority"),
                   ("OTHER", "Other"))
CONTACT_OUTCOME_FLAGS = ("NEW_REFERRAL_FLAG", "EXISTING_REFERRAL_FLAG", "CP_ENQUIRY_FLAG", "NFA_FLAG",
                         "NON_AGENCY_ADOPTION_FLAG", "PRIVATE_FOSTERING_FLAG", "ADVICE_FLAG", "MISSING_FLAG",
                         "OLA_CP_FLAG", "OTHER_OUTCOMES_EXIST_FLAG")
EH_REASONS = ("Parenting support", "School attendance", "Behaviour", "Domestic abuse", "Emotional wellbeing",
              "Housing")
EH_END_REASONS = ("Outcomes met", "Family disengaged", "Moved out of area", "No further action")
EH_STEP_UP = "Stepped up to social care"
PARTICIPATION = ("PN1", "PN1", "PN2", "PN3", "PN4", "PN5", "PN6", "PN7")


@dataclass(slots=True)
class Team:
    """A team (department) workers belong to; parent = the service area above it."""

    team_id: int
    name: str
    parent_id: int | None
    parent_name: str | None


def departments(pool: list[Worker]) -> list[Team]:
    """The teams of the worker pool, plus the one service area they all sit under."""
    area = Team(490, "Synth Children's Services", None, None)
    teams = sorted({w.team_id for w in pool})
    return [area] + [Team(t, f"Synth Team {t}", area.team_id, area.name) for t in teams]


def family_id(n: int) -> int:
    """Child ``n``'s household: runs of three consecutive children share one in about a third of runs."""
    block = n // 3
    return FAMILY_BASE + (block * 3 if (block * 2654435761 >> 7) % 3 == 0 else n)


def history(child: Child, n: int, seed: int, as_of: date) -> History:
    """Everything beyond the DfE record for child ``n``: deterministic for (seed, n, as_of)."""
    rng = random.Random((seed * 1_000_003 + n) * 65_537 + SALT)
    ids = _Ids(n)
    extra = History(family_id=family_id(n), family_row_id=ids.next())
    worker = child.referrals[0].involvements[0].worker_id if child.referrals else 9001
    _contacts(child, extra, rng, ids, as_of, worker)
    if child.dob is None:
        return extra
    _early_help(child, extra, rng, ids, as_of, worker)
    for r in child.referrals:
        worker = r.involvements[0].worker_id
        for plan in r.cin_plans:
            extra.cin_visits += _visits(CinVisit, plan, r.referral_id, rng, ids, as_of, worker, (20, 42))
        for plan in r.cp_plans:
            extra.cp_visits += _visits(CpVisit, plan, r.referral_id, rng, ids, as_of, worker, (7, 14))
            extra.cp_reviews += _cp_reviews(child.dob, plan, rng, ids, as_of)
    care_history(child, extra, rng, ids, as_of)
    _mother(child, extra, rng, ids, n, as_of)
    return extra


def _contacts(child: Child, extra: History, rng: random.Random, ids: _Ids, as_of: date, worker: int) -> None:
    floor = child.dob or as_of - timedelta(days=180)
    for r in child.referrals:
        when = max(r.date - timedelta(days=between(rng.random, 0, 3)), floor)
        flags = ("NEW_REFERRAL_FLAG", "CP_ENQUIRY_FLAG") if r.s47s else ("NEW_REFERRAL_FLAG",)
        code, desc = pick(rng.random, CONTACT_SOURCES)
        extra.contacts.append(Contact(ids.next(), when, code, desc, flags, r.referral_id, worker))
    start = max(floor, as_of - timedelta(days=6 * 365))
    span = (as_of - start).days
    for _ in range(pick(rng.random, (0, 0, 1, 1, 2, 3))):
        when = start + timedelta(days=between(rng.random, 0, span))
        flags = (pick(rng.random, ("NFA_FLAG", "NFA_FLAG", "ADVICE_FLAG", "ADVICE_FLAG", "MISSING_FLAG",
                             "PRIVATE_FOSTERING_FLAG", "OLA_CP_FLAG")),)
        code, desc = pick(rng.random, CONTACT_SOURCES)
        extra.contacts.append(Contact(ids.next(), when, code, desc, flags, None, worker))
    extra.contacts.sort(key=lambda c: c.date)


def _early_help(child: Child, extra: History, rng: random.Random, ids: _Ids, as_of: date, worker: int) -> None:
    if rng.random() >= 0.2:
        return
    dob = child.dob
    assert dob is not None
    first = child.referrals[0].date if child.referrals else None
    step_up = first is not None and rng.random() < 0.5 and (first - dob).days > 120
    if step_up and first is not None:
        start = max(dob, first - timedelta(days=between(rng.random, 60, 400)))
        end: date | None = first
        reason = EH_STEP_UP
    else:
        start = max(dob, as_of - timedelta(days=between(rng.random, 0, 5 * 365)))
        end = start + timedelta(days=between(rng.random, 30, 360))
        reason = pick(rng.random, EH_END_REASONS)
        if end > as_of:
            end, reason = None, None
    extra.early_help.append(EarlyHelpEpisode(ids.next(), start, end, pick(rng.random, EH_REASONS), reason,
                                             team_of(worker), worker))


def _visits(kind: type, plan: Plan, referral_id: int, rng: random.Random, ids: _Ids, as_of: date,
            worker: int, gap: tuple[int, int]) -> list:
    """Visits from shortly after the plan starts, every ``gap`` days, until it ends (or as_of)."""
    # Hot loop (thousands of visits per thousand children): day ordinals and random() only.
    rand, fromordinal = rng.random, date.fromordinal
    stop = min(plan.end or as_of, as_of).toordinal()
    day = plan.start.toordinal() + between(rand, 1, gap[1])
    low, width = gap[0], gap[1] - gap[0] + 1
    out = []
    while day <= stop:
        seen = rand() < 0.93
        out.append(kind(ids.next(), plan.plan_id, referral_id, fromordinal(day), seen, seen and rand() < 0.6,
                        seen and rand() < 0.5, worker))
        day += low + int(rand() * width)
    return out


def _participation(dob: date, when: date, rng: random.Random) -> str:
    return "PN0" if (when - dob).days < 4 * 365 else pick(rng.random, PARTICIPATION)


def _cp_reviews(dob: date, plan: Plan, rng: random.Random, ids: _Ids, as_of: date) -> list[CpReview]:
    """Review conferences: the first due 3 months after the plan starts, then every 6 months."""
    out: list[CpReview] = []
    due = plan.start + timedelta(days=91)
    while True:
        held = due - timedelta(days=between(rng.random, 0, 10))
        if due > as_of or (plan.end is not None and held >= plan.end):
            break
        out.append(CpReview(ids.next(), plan.plan_id, due, held, ids.next(), True, rng.random() < 0.95,
                            _participation(dob, held, rng)))
        due = held + timedelta(days=183)
    if plan.end is not None and (plan.end - plan.start).days >= 28:
        # The plan ends at a review conference that decides it is no longer needed.
        out.append(CpReview(ids.next(), plan.plan_id, min(max(due, plan.end), as_of), plan.end, ids.next(), False, True,
                            _participation(dob, plan.end, rng)))
    return out


def _mother(child: Child, extra: History, rng: random.Random, ids: _Ids, n: int, as_of: date) -> None:
    dob = child.dob
    if child.sex != "F" or dob is None or (as_of - dob).days < 15 * 365 or rng.random() >= 0.12:
        return
    for k in range(pick(rng.random, (1, 1, 1, 2))):
        born = dob + timedelta(days=between(rng.random, 14 * 365, (as_of - dob).days))
        extra.mother.append(Mother(ids.next(), BABY_BASE + n * 4 + k, born, pick(rng.random, ("M", "F"))))


__all__ = ["CONTACT_OUTCOME_FLAGS", "CONTACT_SOURCES", "Team", "add_working_days", "departments",
           "family_id", "history"]
