"""Synthetic Liquid Logic (System C) source tables: the HDM Child_Social objects the templates read.

Liquid Logic keys are integers, with -1 as the "no value" row; lookups hold local codes that
DIM_LOOKUP_* tables translate to national codes (ethnicity, disability), and several items are
stored as descriptions (referral source, episode start reason, care-leaver activity and
accommodation). :data:`SOURCE_PARAMS` holds the source.params an LA would set to turn these
synthetic descriptions and lookup ids into DfE codes.

Items the CMS-neutral story does not carry are derived deterministically from it: a contact
before each referral, one care episode per placement, an IRO case note per period of care, a
pathway plan and a 16+ personal adviser for care leavers, an adoption placement (A5) when an
adopted child has been placed. Every id derived from a story id is that id plus a fixed offset
below 1000, so it stays inside the child's own id block.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from ssd_bridge.synth.events import departments
from ssd_bridge.synth.liquid_logic_more import MORE_PARAMS, add_history, department_rows
from ssd_bridge.synth.liquid_logic_tables import TABLES
from ssd_bridge.synth.story import (
    DISABILITIES,
    ETHNICITIES,
    REFERRAL_SOURCES,
    S47,
    Assessment,
    CarePeriod,
    Child,
    Referral,
    Worker,
)

# Liquid Logic stores these items as descriptions or lookup ids; the maps below are the synthetic
# LA's lookups, and SOURCE_PARAMS turns them back into DfE / SSDA903 codes.
REFERRAL_SOURCE_TEXT = {
    "1A": "Individual: family member, relative or carer", "1B": "Individual: acquaintance",
    "1C": "Individual: self", "1D": "Individual: other", "2A": "Schools", "2B": "Education services",
    "3A": "Health: GP", "3B": "Health: health visitor", "3C": "Health: school nurse",
    "3D": "Health: other primary health services", "3E": "Health: A&E", "3F": "Health: other",
    "4": "Housing", "5A": "LA services: social care", "5B": "LA services: other internal",
    "5C": "LA services: external", "5D": "Early help", "6": "Police", "7": "Other legal agency",
    "8": "Other", "9": "Anonymous", "10": "Unknown",
}
START_REASON_TEXT = {
    "S": "Started to be looked after", "L": "Change of legal status only", "P": "Change of placement only",
    "T": "Change of legal status and placement", "B": "Change of placement and legal status, same day",
    "U": "Change of legal status and placement (same carer)",
}
ACTIVITY_TEXT = {
    "F1": "Full time higher education", "P1": "Part time higher education",
    "F2": "Full time other education", "P2": "Part time other education",
    "F4": "Full time training or employment", "P4": "Part time training or employment",
    "F5": "Full time other activity", "P5": "Part time other activity",
    "G4": "Not in education, training or employment: illness or disability",
    "G5": "Not in education, training or employment: other reasons",
    "G6": "Not in education, training or employment: pregnancy or parenting",
}
ACCOMMODATION_TEXT = {
    "B": "With parents or relatives", "C": "Community home", "D": "Semi-independent, transitional",
    "E": "Supported lodgings", "G": "Gone abroad", "H": "Deported", "K": "Ordinary lodgings",
    "R": "Residence not known", "S": "No fixed abode or homeless", "T": "Foyer",
    "U": "Independent living", "V": "Emergency accommodation",
}
END_REASON_TEXT = "Episode ceased: reason {code}"
CP_CATEGORY_TEXT = {"NEG": "Neglect", "PHY": "Physical abuse", "EMO": "Emotional abuse",
                    "SAB": "Sexual abuse", "MUL": "Multiple"}
SOURCE_LOOKUP_BASE = 100
ETHNIC_CODES = {code: f"ETH{n:02d}" for n, code in enumerate(sorted(set(ETHNICITIES)), start=1)}
DISAB_CODES = {code: f"DIS{n:02d}" for n, code in enumerate(DISABILITIES, start=1)}

SOURCE_PARAMS: dict[str, dict[str, str]] = {
    "referral_source_codes": {str(SOURCE_LOOKUP_BASE + n): code for n, code in enumerate(REFERRAL_SOURCES)},
    "cla_start_reason_codes": {text: code for code, text in START_REASON_TEXT.items()},
    "care_leaver_activity_codes": {text: code for code, text in ACTIVITY_TEXT.items()},
    "care_leaver_accommodation_codes": {text: code for code, text in ACCOMMODATION_TEXT.items()},
    **MORE_PARAMS,
}

# Offsets for ids derived from a story id (all below 1000: a child's ids are n*1000 + a small count).
CONTACT, FORM, EPISODE, MEETING, PLAN_ROW, CASENOTE, EXTRA, ADOPTED = 200, 300, 400, 500, 600, 700, 800, 900


def _ts(day: date | None) -> datetime | None:
    return datetime.combine(day, time(9, 30)) if day else None


def _yn(flag: bool) -> str:
    return "Y" if flag else "N"


def _team(worker_id: int) -> int:
    """The worker's team, as story.workers assigns it."""
    return 500 + (worker_id - 9000) % 12


def reference_rows(workers: list[Worker]) -> dict[str, list[tuple]]:
    """Lookups, workers and the -1 "no value" rows Liquid Logic keeps in its dimension tables."""
    rows: dict[str, list[tuple]] = {
        "DIM_LOOKUP_DFE_ETHNIC": [(local, code) for code, local in ETHNIC_CODES.items()],
        "DIM_LOOKUP_DISAB": [(local, code) for code, local in DISAB_CODES.items()],
        "DIM_WORKER": [(-1, None, None, None, None, None, None, None)],
        "DIM_PERSON": [(-1, None, None, None, None, None, None, None, None, None, None, None, None, "N", None)],
        "DIM_DEPARTMENT": department_rows(departments(workers)),
    }
    for w in workers:
        rows["DIM_WORKER"].append((w.worker_id, f"STF{w.worker_id}", w.forename, w.surname, w.swe_number,
                                   w.job_title, f"Synth Team {w.team_id}", 1.0 if w.worker_id % 4 else 0.8))
    return rows


def child_rows(child: Child) -> dict[str, list[tuple]]:
    """The Liquid Logic rows one synthetic child contributes."""
    rows: dict[str, list[tuple]] = {table: [] for table in TABLES}
    _person(child, rows)
    for referral in child.referrals:
        _referral(child, referral, rows)
    _adoption(child, rows)
    _care_leaver(child, rows)
    add_history(child, rows)
    return rows


def _person(child: Child, rows: dict[str, list[tuple]]) -> None:
    pid = child.person_id
    estimated = child.dob is None
    # one child in 250 is a merged duplicate record, which the SSD leaves out
    duplicated = _ts(child.referrals[0].date) if child.referrals and pid % 250 == 0 else None
    rows["DIM_PERSON"].append((
        pid, child.legacy_id, child.upn, child.former_upn, child.forename, child.surname, child.sex,
        ETHNIC_CODES[child.ethnicity], _ts(child.dob or child.expected_dob), "Y" if estimated else "N", None,
        "Y" if child.disabilities else "N", "GBR", "Y", duplicated,
    ))
    if child.sex == "F" and child.dob and pid % 9 == 0:
        # some girls are recorded as a parent (relation type CHI: the related person is their child)
        rows["FACT_PERSON_RELATION"].append((pid * 10 + 1, pid, "CHI"))
    if child.upn_unknown:
        rows["FACT_903_DATA"].append((pid * 10, pid, child.upn_unknown))
    starts = [a[1] for a in child.addresses]
    for n, (address_id, start, _end, postcode) in enumerate(child.addresses):
        end = starts[n + 1] if n + 1 < len(starts) else None
        rows["DIM_PERSON_ADDRESS"].append((
            address_id, pid, "HOME", _ts(start), _ts(end), postcode, None, None,
            str(n + 1) if n % 2 else None, None, str(address_id % 200 + 1), "Synth Street", "Synthtown",
            900000000000 + address_id, 400000 + address_id % 1000, 200000 + address_id % 1000,
        ))
    for disability_id, code in child.disabilities:
        rows["FACT_DISABILITY"].append((disability_id, pid, DISAB_CODES[code], None))
    for status_id, _status, start, end in child.immigration:
        rows["FACT_IMMIGRATION_STATUS"].append((status_id, pid, _ts(start), _ts(end), "U"))
    for sdq_id, when, score in child.sdqs:
        template = "Strengths and Difficulties Questionnaire (carer)"
        rows["FACT_FORMS"].append((sdq_id, pid))
        rows["FACT_FORM_ANSWERS"].append((sdq_id * 100 + 1, sdq_id, "SDQScore", str(score), _ts(when), template))
        rows["FACT_FORM_ANSWERS"].append((sdq_id * 100 + 2, sdq_id, "FormEndDate", when.isoformat(), _ts(when),
                                          template))


def _referral(child: Child, r: Referral, rows: dict[str, list[tuple]]) -> None:
    pid = child.person_id
    worker = r.involvements[0].worker_id
    flags = {
        "single": bool(r.assessments), "strategy": bool(r.s47s), "cla": bool(r.care_periods),
        "conference": any(s.conference_needed for s in r.s47s),
    }
    comment = 'Synthetic note: "quoted" words\nand a second line' if r.referral_id % 7 == 0 else None
    rows["FACT_CONTACTS"].append((r.referral_id + CONTACT, pid, _ts(r.date - timedelta(days=2))))
    rows["FACT_REFERRALS"].append((
        r.referral_id, pid, _ts(r.date), _ts(r.close_date), r.primary_need,
        SOURCE_LOOKUP_BASE + REFERRAL_SOURCES.index(r.source), REFERRAL_SOURCE_TEXT[r.source],
        _yn(flags["single"]), _yn(r.nfa), _yn(flags["strategy"]), _yn(flags["cla"]), "N", "N", "N",
        _yn(flags["conference"]), "N", "N", sum(flags.values()) + int(r.nfa), comment,
        r.close_reason, _team(worker), worker,
    ))
    for inv in r.involvements:
        is_cw = inv.role == "CW"
        # every third involvement has no department of its own: the worker's history department fills in
        department = -1 if inv.involvement_id % 3 == 0 else _team(inv.worker_id)
        rows["FACT_INVOLVEMENTS"].append((
            inv.involvement_id, pid, inv.worker_id, inv.role, _yn(is_cw), _ts(inv.start), _ts(inv.end),
            department, _team(inv.worker_id), "CASECL" if inv.end else None, r.referral_id,
        ))
    for a in r.assessments:
        _assessment(pid, r, a, worker, rows)
    for plan in r.cin_plans:
        rows["FACT_CARE_PLAN_SUMMARY"].append((plan.plan_id, r.referral_id, pid, _ts(plan.start), _ts(plan.end),
                                               "FP", "A"))
        rows["FACT_CARE_PLANS"].append((plan.plan_id + PLAN_ROW, plan.plan_id, pid, _team(worker), worker, "FP",
                                        _ts(plan.start)))
    for s in r.s47s:
        _s47(pid, r, s, worker, rows)
    for period in r.care_periods:
        _care_period(pid, r, period, rows)


def _assessment(pid: int, r: Referral, a: Assessment, worker: int, rows: dict[str, list[tuple]]) -> None:
    form = a.assessment_id + FORM
    template = "Child and Family Assessment"
    rows["FACT_FORMS"].append((form, pid))
    answers = [("seenYN", "Yes" if a.child_seen else "No", a.start)]
    if a.authorised:
        answers.append(("FormEndDate", a.authorised.isoformat(), a.authorised))
    answers += [(code, "Yes", a.start) for code in a.factors]
    if "24A" not in a.factors:
        answers.append(("24A", "No", a.start))  # a factor answered "no" is not a factor
    for n, (number, answer, when) in enumerate(answers, start=1):
        rows["FACT_FORM_ANSWERS"].append((form * 100 + n, form, number, answer, _ts(when), template))
    rows["FACT_SINGLE_ASSESSMENT"].append((
        a.assessment_id, a.assessment_id + EXTRA, pid, r.referral_id, form, _ts(a.start),
        "C" if a.authorised else "I", "N", "N", _yn(bool(r.s47s)), _yn(bool(r.care_periods)), "N", "N",
        _yn(bool(r.cin_plans)), "N", "N", "N", "N", "N", int(bool(r.s47s)) + int(bool(r.cin_plans)), None,
        _team(worker), worker,
    ))


def _s47(pid: int, r: Referral, s: S47, worker: int, rows: dict[str, list[tuple]]) -> None:
    conference = s.conference_needed
    rows["FACT_S47"].append((
        s.s47_id, r.referral_id, pid, _ts(s.start), _ts(s.end), _yn(not conference), "N", "N", "N",
        _yn(conference), "N", "N", "N", 1, None, _team(worker), f"STF{worker}",
    ))
    if s.icpc_id is None:
        return
    meeting = s.icpc_id + MEETING
    rows["FACT_MEETINGS"].append((meeting, _ts(s.icpc_date), "CPConference"))
    rows["FACT_CP_CONFERENCE"].append((
        s.icpc_id, meeting, s.s47_id, pid, r.referral_id, "N", _ts(s.start + timedelta(days=15)),
        _yn(s.icpc_cp_plan), _yn(not s.icpc_cp_plan), "N", "N", "N", "N", 1, None, _team(worker), f"STF{worker}",
    ))
    for plan in r.cp_plans:
        if plan.start == s.icpc_date:
            rows["FACT_CP_PLAN"].append((
                plan.plan_id, s.icpc_id, r.referral_id, pid, _ts(plan.start), _ts(plan.end), "N",
                CP_CATEGORY_TEXT[plan.category or "NEG"], CP_CATEGORY_TEXT[plan.category or "NEG"],
            ))


def _care_period(pid: int, r: Referral, period: CarePeriod, rows: dict[str, list[tuple]]) -> None:
    rows["FACT_CLA"].append((period.period_id, r.referral_id, _ts(period.start)))
    iro = period.start + timedelta(days=20)
    if period.end is None or iro <= period.end:
        rows["FACT_CASENOTES"].append((period.period_id + CASENOTE, pid, "IRO", _ts(iro)))
    for n, p in enumerate(period.placements):
        last = n == len(period.placements) - 1
        start_reason = period.start_reason if n == 0 else "P"
        end_code = (period.end_reason if last else "X1") if p.end else None
        distance = "Unknown" if p.placement_id % 11 == 0 else f"{p.placement_id % 40 + 0.5}"
        rows["FACT_CLA_PLACEMENT"].append((
            p.placement_id, period.period_id, pid, _ts(p.start), _ts(p.end), p.placement_type, distance,
            "PR1", p.postcode, p.change_reason, None,
        ))
        rows["FACT_CARE_EPISODES"].append((
            p.placement_id + EPISODE, pid, period.period_id, p.placement_id, _ts(p.start),
            START_REASON_TEXT[start_reason], period.need_code, _ts(p.end),
            END_REASON_TEXT.format(code=end_code) if end_code else None, end_code, p.urn, _ts(p.end),
        ))


def _adoption(child: Child, rows: dict[str, list[tuple]]) -> None:
    adoption = child.adoption
    if adoption is None:
        return
    pid = child.person_id
    worker = next((i.worker_id for r in child.referrals for i in r.involvements), None)
    rows["FACT_ADOPTION"].append((
        adoption.adoption_id, pid, _ts(adoption.decision_date), _ts(adoption.decision_date), "N", 0, 0,
        _ts(adoption.decision_date + timedelta(days=30)), _ts(adoption.matched_date), "MF", "L2", 2, "N",
        None, None, None, worker,
    ))
    period = next((p for r in child.referrals for p in r.care_periods if p.period_id == adoption.period_id), None)
    placed = adoption.placed_date
    if period is None or placed is None or period.end is not None or not period.placements:
        return
    current = period.placements[-1]
    if current.end is not None or placed <= current.start:
        return
    # the child moved to the adopters: close the current placement and open an adoption placement (A5)
    for table, key in (("FACT_CLA_PLACEMENT", current.placement_id), ("FACT_CARE_EPISODES", current.placement_id + EPISODE)):
        for n, row in enumerate(rows[table]):
            if row[0] == key:
                rows[table][n] = _close(table, row, placed)
    placement = adoption.adoption_id + EXTRA
    rows["FACT_CLA_PLACEMENT"].append((placement, period.period_id, pid, _ts(placed), None, "A5", "5.0", "PR1",
                                       current.postcode, None, None))
    rows["FACT_CARE_EPISODES"].append((
        adoption.adoption_id + ADOPTED, pid, period.period_id, placement, _ts(placed),
        START_REASON_TEXT["P"], period.need_code, None, None, None, current.urn, None,
    ))


def _close(table: str, row: tuple, when: date) -> tuple:
    """A placement or episode row ended on ``when`` (a change of placement)."""
    values = list(row)
    if table == "FACT_CLA_PLACEMENT":
        values[4] = _ts(when)
        values[9] = "CARPL"
    else:
        values[7] = _ts(when)
        values[8] = END_REASON_TEXT.format(code="X1")
        values[9] = "X1"
        values[11] = _ts(when)
    return tuple(values)


def _care_leaver(child: Child, rows: dict[str, list[tuple]]) -> None:
    if child.care_leaver is None:
        return
    leaver_id, contact, activity, accommodation = child.care_leaver
    pid = child.person_id
    rows["DIM_CLA_ELIGIBILITY"].append((leaver_id + EXTRA, pid, "Former relevant child"))
    rows["FACT_CLA_CARE_LEAVERS"].append((
        leaver_id, pid, _ts(contact), "YES", ACCOMMODATION_TEXT[accommodation], "Suitable", ACTIVITY_TEXT[activity],
    ))
    rows["FACT_CARE_PLANS"].append((leaver_id + PLAN_ROW, -1, pid, -1, -1, "PATH", _ts(contact)))
    adviser = 9001 + leaver_id % 10
    rows["FACT_INVOLVEMENTS"].append((
        leaver_id + CASENOTE, pid, adviser, "16PLUS", "N", _ts(contact - timedelta(days=200)), None,
        _team(adviser), _team(adviser), None, -1,
    ))

