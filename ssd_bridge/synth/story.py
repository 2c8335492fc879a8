"""Synthetic children, independent of any CMS: who they are and what happened to them.

Each CMS writer (``ssd_bridge/synth/<cms>.py``) turns these stories into that CMS's source
rows. A story depends only on (seed, child number, as_of), so children can be generated one at
a time, streamed, and regenerated identically. Names and identifiers are obviously synthetic:
surnames start with ``Synth``, UPNs and postcodes use the reserved ``ZZ`` / ``X`` forms.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cached_property

from ssd_bridge.synth.event_types import History, team_of
from ssd_bridge.synth.events import history

FORENAMES = ("Alder", "Briar", "Cobalt", "Dune", "Ember", "Fennel", "Garnet", "Hazel", "Indigo",
             "Juniper", "Kestrel", "Linden", "Marram", "Nettle", "Onyx", "Pebble", "Quill", "Rowan",
             "Sorrel", "Teasel", "Umber", "Vetch", "Willow", "Yarrow", "Zoë", "Siân", "Anaïs")
SURNAMES = ("Synthfield", "Synthbrook", "Synthwood", "Synthmoor", "O'Synth", "Synthlake", "Synthdale")
ETHNICITIES = ("WBRI", "WBRI", "WBRI", "WBRI", "WIRI", "WIRT", "WOTH", "WROM", "MWBC", "MWBA", "MWAS",
               "MOTH", "AIND", "APKN", "ABAN", "CHNE", "AOTH", "BCRB", "BAFR", "BOTH", "OOTH", "REFU", "NOBT")
DISABILITIES = ("MOB", "HAND", "PC", "INC", "COMM", "LD", "HEAR", "VIS", "BEH", "CON", "AUT", "DDA")
REFERRAL_SOURCES = ("1A", "1B", "1C", "1D", "2A", "2B", "3A", "3B", "3C", "3D", "3E", "3F", "4", "5A",
                    "5B", "5C", "5D", "6", "7", "8", "9", "10")
CLOSURE_REASONS = ("RC1", "RC2", "RC3", "RC4", "RC5", "RC6", "RC7", "RC8", "RC9")
PRIMARY_NEEDS = ("N1", "N1", "N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8", "N9")
FACTORS = ("1A", "1B", "1C", "2A", "2B", "2C", "3A", "3B", "3C", "4A", "4B", "4C", "5A", "5B", "5C",
           "6A", "6B", "6C", "7A", "8B", "8C", "8D", "8E", "8F", "9A", "10A", "11A", "12A", "13A",
           "14A", "15A", "16A", "17A", "18B", "18C", "19B", "19C", "20", "21", "22A", "23A", "24A")
CP_CATEGORIES = ("NEG", "PHY", "EMO", "SAB", "MUL")
START_REASONS = ("S", "L", "P", "T", "B", "U")
PLACEMENT_TYPES = ("U1", "U2", "U3", "U4", "U5", "U6", "R1", "K2", "P1", "H5", "S1", "T0", "Z1")
END_REASONS = ("X1", "E11", "E12", "E2", "E3", "E4A", "E13", "E41", "E45", "E5", "E6", "E7", "E8")
CHANGE_REASONS = ("CARPL", "CLOSE", "ALLEG", "STAND", "APPRR", "CREQB", "CHILD", "LAREQ", "PLACE", "OTHER")
LEAVER_ACTIVITIES = ("F1", "P1", "F2", "P2", "F4", "P4", "F5", "P5", "G4", "G5", "G6")
LEAVER_ACCOMMODATION = ("B", "C", "D", "E", "G", "H", "K", "R", "S", "T", "U", "V")
UPN_UNKNOWN = ("UN1", "UN2", "UN3", "UN4", "UN5")


@dataclass
class Worker:
    """A social worker; involvements point at one."""

    worker_id: int
    forename: str
    surname: str
    swe_number: str | None
    team_id: int
    job_title: str


@dataclass
class Placement:
    """One placement within a period of care."""

    placement_id: int
    start: date
    end: date | None
    placement_type: str
    postcode: str
    change_reason: str | None
    urn: str


@dataclass
class CarePeriod:
    """A period of being looked after, with its placements (episode boundaries = placements)."""

    period_id: int
    start: date
    end: date | None
    start_reason: str
    end_reason: str | None
    need_code: str
    placements: list[Placement] = field(default_factory=list)


@dataclass
class Adoption:
    """Permanence by adoption, tied to a care period."""

    adoption_id: int
    period_id: int
    decision_date: date
    matched_date: date | None
    placed_date: date | None


@dataclass
class S47:
    """A section 47 enquiry, with its initial child protection conference if one was held."""

    s47_id: int
    start: date
    end: date | None
    conference_needed: bool
    icpc_id: int | None = None
    icpc_date: date | None = None
    icpc_cp_plan: bool = False


@dataclass
class Plan:
    """A CIN or CP plan."""

    plan_id: int
    start: date
    end: date | None
    category: str | None = None


@dataclass
class Assessment:
    """A single assessment with its factor codes."""

    assessment_id: int
    start: date
    authorised: date | None
    child_seen: bool
    factors: list[str]


@dataclass
class Involvement:
    """A worker allocated to the child for a referral."""

    involvement_id: int
    worker_id: int
    role: str
    start: date
    end: date | None


@dataclass
class Referral:
    """A referral (CIN episode) and everything that followed from it."""

    referral_id: int
    # Inside this class body the field ``date`` shadows the type, hence ``dt.date`` here.
    date: dt.date
    source: str
    primary_need: str
    nfa: bool
    close_date: dt.date | None
    close_reason: str | None
    assessments: list[Assessment] = field(default_factory=list)
    cin_plans: list[Plan] = field(default_factory=list)
    s47s: list[S47] = field(default_factory=list)
    cp_plans: list[Plan] = field(default_factory=list)
    care_periods: list[CarePeriod] = field(default_factory=list)
    involvements: list[Involvement] = field(default_factory=list)


@dataclass
class Child:
    """One synthetic child and their social care history."""

    person_id: int
    legacy_id: str
    forename: str
    surname: str
    sex: str
    ethnicity: str
    dob: date | None
    expected_dob: date | None
    upn: str | None
    former_upn: str | None
    upn_unknown: str | None
    addresses: list[tuple[int, date, date | None, str]] = field(default_factory=list)
    disabilities: list[tuple[int, str]] = field(default_factory=list)
    immigration: list[tuple[int, str, date, date | None]] = field(default_factory=list)
    sdqs: list[tuple[int, date, int]] = field(default_factory=list)
    referrals: list[Referral] = field(default_factory=list)
    adoption: Adoption | None = None
    care_leaver: tuple[int, date, str, str] | None = None  # (id, latest contact, activity, accommodation)
    # (n, seed, as_of) of make_child: what ``extra`` regenerates the extended history from.
    events_key: tuple[int, int, date] | None = field(default=None, repr=False, compare=False)

    @cached_property
    def extra(self) -> History:
        """Contacts, visits, reviews, health, legal status... (events.py), made on first use: free if unused."""
        if self.events_key is None:
            return History(family_id=0, family_row_id=0)  # a hand-built child has no extended history
        n, seed, as_of = self.events_key
        return history(self, n, seed, as_of)


def workers(count: int, seed: int) -> list[Worker]:
    """The worker pool: deterministic for ``seed``; a few lack an SWE registration number."""
    rng = random.Random(f"workers-{seed}")
    pool = []
    for n in range(1, count + 1):
        swe = f"SW{rng.randint(100000, 999999)}" if rng.random() > 0.05 else None
        pool.append(Worker(9000 + n, rng.choice(FORENAMES), f"Synthworker{n}", swe, team_of(9000 + n),
                           "Social Worker" if swe else "Family Support Worker"))
    return pool


def worker_count(children: int) -> int:
    """How many workers a synthetic LA of ``children`` children has."""
    return max(10, children // 15)


def children(count: int, seed: int = 1, as_of: date | None = None, first: int = 1) -> Iterator[Child]:
    """Yield ``count`` children numbered from ``first``; deterministic for (seed, as_of)."""
    as_of = as_of or date.today()
    pool = worker_count(count + first - 1)
    for n in range(first, first + count):
        yield make_child(n, seed, as_of, pool)


def make_child(n: int, seed: int, as_of: date, pool: int) -> Child:
    """Child number ``n``: the same for the same (n, seed, as_of)."""
    rng = random.Random(f"{seed}-{n}")
    ids = _Ids(n)
    unborn = rng.random() < 0.01
    dob = None if unborn else as_of - timedelta(days=rng.randint(0, 20 * 365))
    child = Child(
        person_id=100000 + n,
        legacy_id=f"LEG{n:07d}",
        forename=rng.choice(FORENAMES),
        surname=f"{rng.choice(SURNAMES)}{n}",
        sex=rng.choice(("M", "F", "M", "F", "U")) if rng.random() < 0.05 else rng.choice(("M", "F")),
        ethnicity=rng.choice(ETHNICITIES),
        dob=dob,
        expected_dob=as_of + timedelta(days=rng.randint(10, 200)) if unborn else None,
        upn=None,
        former_upn=None,
        upn_unknown=None,
    )
    if dob and (as_of - dob).days > 4 * 365 and rng.random() < 0.85:
        child.upn = f"X{rng.randint(10**11, 10**12 - 1)}"
        if rng.random() < 0.05:
            child.former_upn = f"X{rng.randint(10**11, 10**12 - 1)}"
    elif not unborn:
        child.upn_unknown = rng.choice(UPN_UNKNOWN)
    born = dob or as_of
    for a in range(rng.randint(1, 3)):
        start = born + timedelta(days=a * rng.randint(200, 900))
        if start <= as_of:
            child.addresses.append((ids.next(), start, None, f"ZZ{rng.randint(1, 99)} {rng.randint(1, 9)}ZZ"))
    if rng.random() < 0.1 and not unborn:
        codes = rng.sample(DISABILITIES, rng.randint(1, 2))
        child.disabilities = [(ids.next(), c) for c in codes]
    if rng.random() < 0.02 and dob and (as_of - dob).days > 12 * 365:
        start = as_of - timedelta(days=rng.randint(30, 900))
        end = None if rng.random() < 0.7 else start + timedelta(days=rng.randint(30, 600))
        child.immigration.append((ids.next(), "UASC", start, end if end and end <= as_of else None))
    _referrals(child, rng, ids, as_of, pool)
    child.events_key = (n, seed, as_of)  # extra draws from its own stream: the fields above never change
    return child


class _Ids:
    """Child-local id counter: ids are unique across children and stable for a child number."""

    def __init__(self, n: int) -> None:
        self.base = n * 1000
        self.count = 0

    def next(self) -> int:
        self.count += 1
        return self.base + self.count


def _referrals(child: Child, rng: random.Random, ids: _Ids, as_of: date, pool: int) -> None:
    earliest = max(child.dob or as_of - timedelta(days=180), as_of - timedelta(days=6 * 365))
    span = max((as_of - earliest).days, 1)
    cursor = earliest + timedelta(days=rng.randint(0, span))
    for _ in range(rng.choice((1, 1, 1, 2, 2, 3))):
        if cursor > as_of:
            break
        referral = _referral(child, rng, ids, cursor, as_of, pool)
        child.referrals.append(referral)
        cursor = (referral.close_date or as_of) + timedelta(days=rng.randint(30, 700))
    lac = [p for r in child.referrals for p in r.care_periods]
    if lac and child.dob:
        age = (as_of - child.dob).days / 365.25
        for period in lac:
            if period.end is None or (as_of - period.end).days < 400:
                for year in range(rng.randint(1, 3)):
                    when = as_of - timedelta(days=120 + year * 365)
                    if when >= period.start:
                        child.sdqs.append((ids.next(), when, rng.randint(0, 40)))
        if 16 <= age <= 25 and rng.random() < 0.8:
            child.care_leaver = (ids.next(), as_of - timedelta(days=rng.randint(5, 300)),
                                 rng.choice(LEAVER_ACTIVITIES), rng.choice(LEAVER_ACCOMMODATION))
        if age < 10 and rng.random() < 0.15:
            period = lac[0]
            decision = period.start + timedelta(days=rng.randint(60, 300))
            if decision < as_of:
                matched = decision + timedelta(days=rng.randint(60, 200))
                placed = matched + timedelta(days=rng.randint(10, 60))
                child.adoption = Adoption(ids.next(), period.period_id, decision,
                                          matched if matched < as_of else None,
                                          placed if placed < as_of else None)


def _referral(child: Child, rng: random.Random, ids: _Ids, start: date, as_of: date, pool: int) -> Referral:
    nfa = rng.random() < 0.12
    length = rng.randint(20, 40) if nfa else rng.randint(40, 900)
    close = start + timedelta(days=length)
    is_open = close > as_of or rng.random() < 0.1
    referral = Referral(
        referral_id=ids.next(), date=start, source=rng.choice(REFERRAL_SOURCES),
        primary_need=rng.choice(PRIMARY_NEEDS), nfa=nfa,
        close_date=None if is_open else close,
        close_reason=None if is_open else ("RC8" if nfa else rng.choice(CLOSURE_REASONS)),
    )
    end = referral.close_date
    worker = 9001 + rng.randrange(pool)
    referral.involvements.append(Involvement(ids.next(), worker, "CW", start, end))
    if rng.random() < 0.2:
        referral.involvements.append(Involvement(ids.next(), 9001 + rng.randrange(pool), "TM", start, end))
    if nfa:
        return referral
    if rng.random() < 0.85:
        a_start = start + timedelta(days=rng.randint(0, 10))
        auth = a_start + timedelta(days=rng.randint(10, 45))
        referral.assessments.append(Assessment(ids.next(), a_start, auth if auth <= as_of else None,
                                               rng.random() < 0.9, sorted(rng.sample(FACTORS, rng.randint(0, 4)))))
    plan_start = start + timedelta(days=rng.randint(30, 60))
    if rng.random() < 0.45 and plan_start <= as_of and _within(plan_start, end):
        plan_end = _clip(plan_start + timedelta(days=rng.randint(60, 500)), end, as_of)
        referral.cin_plans.append(Plan(ids.next(), plan_start, plan_end))
    if rng.random() < 0.25:
        s_start = start + timedelta(days=rng.randint(0, 20))
        conference = rng.random() < 0.6
        # DfE: an S47 with a conference closes on or after the ICPC; without one, after the decision.
        icpc = s_start + timedelta(days=rng.randint(5, 15)) if conference else None
        s_end = (icpc or s_start) + timedelta(days=rng.randint(0, 3) if conference else rng.randint(5, 15))
        s47 = S47(ids.next(), s_start, s_end if s_end <= as_of else None, conference)
        referral.s47s.append(s47)
        if icpc is not None and icpc <= as_of:
            s47.icpc_id = ids.next()
            s47.icpc_date = icpc
            s47.icpc_cp_plan = _within(icpc, end) and rng.random() < 0.75
            if s47.icpc_cp_plan:
                cp_end = _clip(icpc + timedelta(days=rng.randint(90, 700)), end, as_of)
                referral.cp_plans.append(Plan(ids.next(), icpc, cp_end, rng.choice(CP_CATEGORIES)))
    care_start = start + timedelta(days=rng.randint(5, 60))
    if rng.random() < 0.15 and _within(care_start, end):
        _care_period(referral, rng, ids, care_start, end, as_of)
    return referral


def _care_period(referral: Referral, rng: random.Random, ids: _Ids, start: date, end: date | None,
                 as_of: date) -> None:
    if start > as_of:
        return
    period_end = _clip(start + timedelta(days=rng.randint(30, 1500)), end, as_of)
    period = CarePeriod(ids.next(), start, period_end, rng.choice(START_REASONS),
                        rng.choice(END_REASONS) if period_end else None, rng.choice(PRIMARY_NEEDS))
    cursor = start
    for number in range(rng.randint(1, 3)):
        stop = cursor + timedelta(days=rng.randint(30, 500))
        last = number == 2 or (period_end is not None and stop >= period_end) or stop > as_of
        placement_end = period_end if last else stop
        period.placements.append(Placement(
            ids.next(), cursor, placement_end, rng.choice(PLACEMENT_TYPES),
            f"ZZ{rng.randint(1, 99)} {rng.randint(1, 9)}ZZ",
            None if last else rng.choice(CHANGE_REASONS), f"SC{rng.randint(100000, 999999)}"))
        if last or placement_end is None:
            break
        cursor = placement_end
    referral.care_periods.append(period)


def _within(when: date, close: date | None) -> bool:
    """True when ``when`` falls on or before the referral's close (an open referral has none)."""
    return close is None or when <= close


def _clip(when: date, limit: date | None, as_of: date) -> date | None:
    """An end date no later than ``limit`` (the referral's close) and not in the future (None: open)."""
    if limit is not None and when > limit:
        when = limit
    return None if when > as_of else when
