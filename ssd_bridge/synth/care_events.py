"""Synthetic looked-after history: reviews, visits, health, legal status, missing, plans (see events.py)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import TYPE_CHECKING

from ssd_bridge.synth.event_types import (
    CarePlan,
    ClaReview,
    ClaVisit,
    Conviction,
    HealthCheck,
    History,
    Immunisation,
    LegalStatus,
    MissingEpisode,
    PreviousPermanence,
    SubstanceMisuse,
    _Ids,
    add_working_days,
    between,
    pick,
)

if TYPE_CHECKING:
    from ssd_bridge.synth.story import CarePeriod, Child

LEGAL_STATUSES = {"C1": "Interim care order", "C2": "Full care order", "E1": "Placement order granted",
                  "L1": "Under police protection and in local authority accommodation",
                  "L2": "Emergency protection order", "V2": "Single period of accommodation under section 20"}
CARE_PLAN_KEYS = ("REMAINSUP", "RETURN1M", "RETURN6M", "RETURNEV", "LTRELFR", "LTFOST18", "RESPLMT", "SUPPLIV",
                  "ADOPTION", "OTHERPLN")
PERMANENCE_OPTIONS = ("Z1", "Z1", "Z1", "Z1", "P1", "P2", "P3", "P4")
OFFENCES = ("Theft", "Criminal damage", "Common assault", "Possession of cannabis", "Shoplifting")
SUBSTANCES = ("Alcohol", "Cannabis", "Cocaine", "Solvents", "Other")
PARTICIPATION = ("PN1", "PN1", "PN2", "PN3", "PN4", "PN5", "PN6", "PN7")
PARTICIPATION_BY_AGE = 4 * 365  # under 4 at the review: PN0


def care_history(child: Child, extra: History, rng: random.Random, ids: _Ids, as_of: date) -> None:
    """Fill ``extra``'s looked-after parts from every care period of ``child`` (born children only)."""
    dob = child.dob
    assert dob is not None
    periods = [(p, r.involvements[0].worker_id) for r in child.referrals for p in r.care_periods]
    adoption_period = child.adoption.period_id if child.adoption else None
    for period, worker in periods:
        stop = min(period.end or as_of, as_of)
        extra.cla_reviews += _reviews(dob, period, stop, rng, ids)
        extra.cla_visits += _visits(period, stop, rng, ids, worker)
        extra.health_checks += _health(dob, period, stop, rng, ids)
        extra.legal_statuses += _legal(period, stop, rng, ids, period.period_id == adoption_period)
        extra.care_plans += _plans(period, stop, rng, ids, period.period_id == adoption_period)
        age = (period.start - dob).days / 365.25
        if age >= 10 and rng.random() < 0.3:
            extra.missing += _missing(period, stop, rng, ids)
        if age >= 10 and rng.random() < 0.04:
            when = _inside(period.start, stop, rng)
            if (when - dob).days >= 10 * 365:
                extra.convictions.append(Conviction(ids.next(), period.period_id, when, pick(rng.random, OFFENCES)))
        if age >= 11 and rng.random() < 0.03:
            extra.substance_misuse.append(SubstanceMisuse(ids.next(), period.period_id, _inside(period.start, stop, rng),
                                                          pick(rng.random, SUBSTANCES), rng.random() < 0.6))
        if rng.random() < 0.3:
            extra.previous_permanence.append(_permanence(dob, period, rng, ids))
    if periods:
        last = extra.health_checks[-1].date if extra.health_checks else periods[-1][0].start
        extra.immunisation = Immunisation(rng.random() < 0.85, last)


def _inside(start: date, stop: date, rng: random.Random) -> date:
    return start + timedelta(days=between(rng.random, 0, max((stop - start).days, 0)))


def _reviews(dob: date, period: CarePeriod, stop: date, rng: random.Random, ids: _Ids) -> list[ClaReview]:
    out: list[ClaReview] = []
    due = add_working_days(period.start, 20)
    held_count = 0
    while True:
        held = due - timedelta(days=between(rng.random, 0, 7))
        if due > stop or (period.end is not None and held >= period.end):
            return out
        if rng.random() < 0.05:
            # Cancelled, then held within a fortnight (still on or before the period's end / as_of).
            out.append(ClaReview(ids.next(), period.period_id, due, None, True, None))
            held = min(held + timedelta(days=between(rng.random, 1, 14)), stop)
            if period.end is not None and held >= period.end:
                return out
        pn = "PN0" if (held - dob).days < PARTICIPATION_BY_AGE else pick(rng.random, PARTICIPATION)
        out.append(ClaReview(ids.next(), period.period_id, due, held, False, pn))
        held_count += 1
        due = held + timedelta(days=91 if held_count == 1 else 183)


def _visits(period: CarePeriod, stop: date, rng: random.Random, ids: _Ids, worker: int) -> list[ClaVisit]:
    rand, fromordinal = rng.random, date.fromordinal
    out = []
    day, last = period.start.toordinal() + between(rand, 1, 7), stop.toordinal()
    while day <= last:
        seen = rand() < 0.95
        out.append(ClaVisit(ids.next(), period.period_id, fromordinal(day), seen, seen and rand() < 0.6, worker))
        day += between(rand, 28, 42)
    return out


def _health(dob: date, period: CarePeriod, stop: date, rng: random.Random, ids: _Ids) -> list[HealthCheck]:
    """An initial assessment within 20 working days, then yearly (6-monthly under 5); yearly dental checks."""
    out = []
    when = add_working_days(period.start, between(rng.random, 10, 20))
    while when <= stop:
        status = pick(rng.random, ("Completed",) * 18 + ("Refused", "Cancelled"))
        out.append(HealthCheck(ids.next(), period.period_id, "Health Assessment", when, status))
        dental = when + timedelta(days=between(rng.random, 10, 60))
        if dental <= stop:
            out.append(HealthCheck(ids.next(), period.period_id, "Dental Check", dental, "Completed"))
        when += timedelta(days=between(rng.random, 150, 183) if (when - dob).days < 5 * 365 else between(rng.random, 300, 365))
    return out


def _legal(period: CarePeriod, stop: date, rng: random.Random, ids: _Ids, adopted: bool) -> list[LegalStatus]:
    """Contiguous spells covering the period: s20 throughout, or (L1/L2 ->) C1 -> C2 (-> E1 if adopted)."""
    if not adopted and rng.random() < 0.45:
        codes = ["V2"]
    else:
        codes = ([pick(rng.random, ("L1", "L2"))] if rng.random() < 0.3 else []) + ["C1", "C2"] + (["E1"] if adopted else [])
    out: list[LegalStatus] = []
    start = period.start
    for k, code in enumerate(codes):
        span = between(rng.random, 2, 8) if code in ("L1", "L2") else between(rng.random, 60, 240)
        end: date | None = start + timedelta(days=span)
        if k == len(codes) - 1 or (end is not None and end >= stop):
            end = period.end
            out.append(LegalStatus(ids.next(), period.period_id, code, start, end))
            break
        out.append(LegalStatus(ids.next(), period.period_id, code, start, end))
        assert end is not None
        start = end
    return out


def _plans(period: CarePeriod, stop: date, rng: random.Random, ids: _Ids, adopted: bool) -> list[CarePlan]:
    out: list[CarePlan] = []
    start = period.start
    for k in range(between(rng.random, 1, 3)):
        end: date | None = start + timedelta(days=between(rng.random, 90, 400))
        last = k == 2 or (end is not None and end >= stop)
        if last:
            end = period.end
        if adopted and last:
            plans: tuple[str, ...] = ("ADOPTION",)
        elif rng.random() < 0.15:
            plans = tuple(sorted(rng.sample(CARE_PLAN_KEYS, 2)))  # parallel planning
        else:
            plans = (pick(rng.random, CARE_PLAN_KEYS),)
        out.append(CarePlan(ids.next(), period.period_id, start, end, plans))
        if last or end is None:
            break
        start = end
    return out


def _missing(period: CarePeriod, stop: date, rng: random.Random, ids: _Ids) -> list[MissingEpisode]:
    out = []
    for _ in range(between(rng.random, 1, 5)):
        start = _inside(period.start, stop, rng)
        end: date | None = start + timedelta(days=between(rng.random, 0, 4))
        if end is not None and end > stop:
            end = None if period.end is None else stop
        kind = "M" if rng.random() < 0.7 else "A"
        offered = rng.random() < (0.85 if kind == "M" else 0.3) if end is not None else None
        accepted = (rng.random() < 0.6) if offered else None
        out.append(MissingEpisode(ids.next(), period.period_id, start, end, kind, offered, accepted))
    out.sort(key=lambda m: m.start)
    return out


def _permanence(dob: date, period: CarePeriod, rng: random.Random, ids: _Ids) -> PreviousPermanence:
    option = pick(rng.random, PERMANENCE_OPTIONS) if (period.start - dob).days > 60 else "Z1"
    if option in ("Z1", "P4"):
        return PreviousPermanence(ids.next(), period.period_id, option, None, None, "")
    order = dob + timedelta(days=between(rng.random, 30, (period.start - dob).days - 1))
    day = f"{order.day:02d}" if rng.random() < 0.8 else "zz"
    month = f"{order.month:02d}" if day != "zz" or rng.random() < 0.7 else "zz"
    return PreviousPermanence(ids.next(), period.period_id, option, pick(rng.random, ("Synthshire", "Other LA")), order,
                              f"{day}/{month}/{order.year}")
