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

from ssd_bridge.synth.story import (
    DISABILITIES,
    ETHNICITIES,
    REFERRAL_SOURCES,
    Child,
    Referral,
    Worker,
)

ID = "INTEGER"
BIG = "BIGINT"
TS = "TIMESTAMP"


def _text(n: int = 100) -> str:
    return f"VARCHAR({n})"


TABLES: dict[str, list[tuple[str, str]]] = {
    "DIM_PERSON": [
        ("DIM_PERSON_ID", ID), ("LEGACY_ID", _text(48)), ("UPN", _text(20)), ("FORMER_UPN", _text(20)),
        ("FORENAME", _text()), ("SURNAME", _text()), ("GENDER_MAIN_CODE", _text(10)),
        ("ETHNICITY_MAIN_CODE", _text(10)), ("BIRTH_DTTM", TS), ("DOB_ESTIMATED", _text(1)),
        ("DEATH_DTTM", TS), ("EHM_SEN_FLAG", _text(5)), ("NATNL_CODE", _text(10)), ("IS_CLIENT", _text(1)),
        ("DUPLICATED_DTTM", TS),
    ],
    "DIM_LOOKUP_DFE_ETHNIC": [("MAIN_CODE", _text(10)), ("NAT_ID", _text(10))],
    "FACT_903_DATA": [("FACT_903_DATA_ID", ID), ("DIM_PERSON_ID", ID), ("NO_UPN_CODE", _text(10))],
    "FACT_PERSON_RELATION": [
        ("FACT_PERSON_RELATION_ID", ID), ("DIM_PERSON_ID", ID), ("DIM_LOOKUP_RELTN_TYPE_CODE", _text(10)),
    ],
    "FACT_CONTACTS": [("FACT_CONTACT_ID", ID), ("DIM_PERSON_ID", ID), ("CONTACT_DTTM", TS)],
    "FACT_REFERRALS": [
        ("FACT_REFERRAL_ID", ID), ("DIM_PERSON_ID", ID), ("REFRL_START_DTTM", TS), ("REFRL_END_DTTM", TS),
        ("DIM_LOOKUP_CATEGORY_OF_NEED_CODE", _text(10)), ("DIM_LOOKUP_CONT_SORC_ID", ID),
        ("DIM_LOOKUP_CONT_SORC_ID_DESC", _text(255)), ("OUTCOME_SINGLE_ASSESSMENT_FLAG", _text(1)),
        ("OUTCOME_NFA_FLAG", _text(5)), ("OUTCOME_STRATEGY_DISCUSSION_FLAG", _text(1)),
        ("OUTCOME_CLA_REQUEST_FLAG", _text(1)), ("OUTCOME_NON_AGENCY_ADOPTION_FLAG", _text(1)),
        ("OUTCOME_PRIVATE_FOSTERING_FLAG", _text(1)), ("OUTCOME_CP_TRANSFER_IN_FLAG", _text(1)),
        ("OUTCOME_CP_CONFERENCE_FLAG", _text(1)), ("OUTCOME_CARE_LEAVER_FLAG", _text(1)),
        ("OTHER_OUTCOMES_EXIST_FLAG", _text(1)), ("TOTAL_NO_OF_OUTCOMES", ID), ("OUTCOME_COMMENTS", "TEXT"),
        ("DIM_LOOKUP_REFRL_ENDRSN_ID_CODE", _text(10)), ("DIM_DEPARTMENT_ID", ID), ("DIM_WORKER_ID", ID),
    ],
    "FACT_CLA_CARE_LEAVERS": [
        ("FACT_CLA_CARE_LEAVERS_ID", ID), ("DIM_PERSON_ID", ID), ("IN_TOUCH_DTTM", TS),
        ("DIM_LOOKUP_IN_TOUCH_CODE_CODE", _text(10)), ("DIM_LOOKUP_ACCOMMODATION_CODE_DESC", _text()),
        ("DIM_LOOKUP_ACCOMMODATION_SUITABLE_DESC", _text()), ("DIM_LOOKUP_MAIN_ACTIVITY_DESC", _text()),
    ],
    "DIM_CLA_ELIGIBILITY": [
        ("DIM_CLA_ELIGIBILITY_ID", ID), ("DIM_PERSON_ID", ID), ("DIM_LOOKUP_ELIGIBILITY_STATUS_DESC", _text()),
    ],
    "FACT_INVOLVEMENTS": [
        ("FACT_INVOLVEMENTS_ID", ID), ("DIM_PERSON_ID", ID), ("DIM_WORKER_ID", ID),
        ("DIM_LOOKUP_INVOLVEMENT_TYPE_CODE", _text(10)), ("IS_ALLOCATED_CW_FLAG", _text(1)),
        ("START_DTTM", TS), ("END_DTTM", TS), ("DIM_DEPARTMENT_ID", ID),
        ("FACT_WORKER_HISTORY_DEPARTMENT_ID", ID), ("DIM_LOOKUP_CWREASON_CODE", _text(10)), ("FACT_REFERRAL_ID", ID),
    ],
    "DIM_PERSON_ADDRESS": [
        ("DIM_PERSON_ADDRESS_ID", ID), ("DIM_PERSON_ID", ID), ("ADDSS_TYPE_CODE", _text(10)), ("START_DTTM", TS),
        ("END_DTTM", TS), ("POSTCODE", _text(15)), ("ROOM_NO", _text(20)), ("FLOOR_NO", _text(20)),
        ("FLAT_NO", _text(20)), ("BUILDING", _text()), ("HOUSE_NO", _text(20)), ("STREET", _text()),
        ("TOWN", _text()), ("UPRN", BIG), ("EASTING", ID), ("NORTHING", ID),
    ],
    "FACT_DISABILITY": [
        ("FACT_DISABILITY_ID", ID), ("DIM_PERSON_ID", ID), ("DIM_LOOKUP_DISAB_CODE", _text(10)), ("END_DTTM", TS),
    ],
    "DIM_LOOKUP_DISAB": [("MAIN_CODE", _text(10)), ("NAT_ID", _text(10))],
    "FACT_IMMIGRATION_STATUS": [
        ("FACT_IMMIGRATION_STATUS_ID", ID), ("DIM_PERSON_ID", ID), ("START_DTTM", TS), ("END_DTTM", TS),
        ("DIM_LOOKUP_IMMGR_STATUS_CODE", _text(10)),
    ],
    "FACT_FORMS": [("FACT_FORM_ID", ID), ("DIM_PERSON_ID", ID)],
    "FACT_FORM_ANSWERS": [
        ("FACT_FORM_ANSWER_ID", BIG), ("FACT_FORM_ID", ID), ("ANSWER_NO", _text(50)), ("ANSWER", _text(255)),
        ("ANSWERED_DTTM", TS), ("DIM_ASSESSMENT_TEMPLATE_ID_DESC", _text(255)),
    ],
    "FACT_SINGLE_ASSESSMENT": [
        ("FACT_SINGLE_ASSESSMENT_ID", ID), ("EXTERNAL_ID", ID), ("DIM_PERSON_ID", ID), ("FACT_REFERRAL_ID", ID),
        ("FACT_FORM_ID", ID), ("START_DTTM", TS), ("DIM_LOOKUP_STEP_SUBSTATUS_CODE", _text(10)),
        ("OUTCOME_NFA_FLAG", _text(1)), ("OUTCOME_NFA_S47_END_FLAG", _text(1)),
        ("OUTCOME_STRATEGY_DISCUSSION_FLAG", _text(1)), ("OUTCOME_CLA_REQUEST_FLAG", _text(1)),
        ("OUTCOME_PRIVATE_FOSTERING_FLAG", _text(1)), ("OUTCOME_LEGAL_ACTION_FLAG", _text(1)),
        ("OUTCOME_PROV_OF_SERVICES_FLAG", _text(1)), ("OUTCOME_PROV_OF_SB_CARE_FLAG", _text(1)),
        ("OUTCOME_SPECIALIST_ASSESSMENT_FLAG", _text(1)), ("OUTCOME_REFERRAL_TO_OTHER_AGENCY_FLAG", _text(1)),
        ("OUTCOME_OTHER_ACTIONS_FLAG", _text(1)), ("OTHER_OUTCOMES_EXIST_FLAG", _text(1)),
        ("TOTAL_NO_OF_OUTCOMES", ID), ("OUTCOME_COMMENTS", "TEXT"), ("COMPLETED_BY_DEPT_ID", ID),
        ("COMPLETED_BY_USER_ID", ID),
    ],
    "FACT_CARE_PLAN_SUMMARY": [
        ("FACT_CARE_PLAN_SUMMARY_ID", ID), ("FACT_REFERRAL_ID", ID), ("DIM_PERSON_ID", ID), ("START_DTTM", TS),
        ("END_DTTM", TS), ("DIM_LOOKUP_PLAN_TYPE_CODE", _text(10)), ("DIM_LOOKUP_PLAN_STATUS_ID_CODE", _text(10)),
    ],
    "FACT_CARE_PLANS": [
        ("FACT_CARE_PLAN_ID", ID), ("FACT_CARE_PLAN_SUMMARY_ID", ID), ("DIM_PERSON_ID", ID),
        ("DIM_PLAN_COORD_DEPT_ID", ID), ("DIM_PLAN_COORD_ID", ID), ("DIM_LOOKUP_PLAN_TYPE_ID_CODE", _text(10)),
        ("MODIF_DTTM", TS),
    ],
    "FACT_S47": [
        ("FACT_S47_ID", ID), ("FACT_REFERRAL_ID", ID), ("DIM_PERSON_ID", ID), ("START_DTTM", TS), ("END_DTTM", TS),
        ("OUTCOME_NFA_FLAG", _text(1)), ("OUTCOME_LEGAL_ACTION_FLAG", _text(1)),
        ("OUTCOME_PROV_OF_SERVICES_FLAG", _text(1)), ("OUTCOME_PROV_OF_SB_CARE_FLAG", _text(1)),
        ("OUTCOME_CP_CONFERENCE_FLAG", _text(1)), ("OUTCOME_NFA_CONTINUE_SINGLE_FLAG", _text(1)),
        ("OUTCOME_MONITOR_FLAG", _text(1)), ("OTHER_OUTCOMES_EXIST_FLAG", _text(1)), ("TOTAL_NO_OF_OUTCOMES", ID),
        ("OUTCOME_COMMENTS", "TEXT"), ("COMPLETED_BY_DEPT_ID", ID), ("COMPLETED_BY_USER_STAFF_ID", _text(48)),
    ],
    "FACT_CP_CONFERENCE": [
        ("FACT_CP_CONFERENCE_ID", ID), ("FACT_MEETING_ID", ID), ("FACT_S47_ID", ID), ("DIM_PERSON_ID", ID),
        ("FACT_REFERRAL_ID", ID), ("TRANSFER_IN_FLAG", _text(1)), ("DUE_DTTM", TS), ("OUTCOME_CP_FLAG", _text(1)),
        ("OUTCOME_NFA_FLAG", _text(1)), ("OUTCOME_REFERRAL_TO_OTHER_AGENCY_FLAG", _text(1)),
        ("OUTCOME_SINGLE_ASSESSMENT_FLAG", _text(1)), ("OUTCOME_PROV_OF_SERVICES_FLAG", _text(1)),
        ("OTHER_OUTCOMES_EXIST_FLAG", _text(1)), ("TOTAL_NO_OF_OUTCOMES", ID), ("OUTCOME_COMMENTS", "TEXT"),
        ("ORGANISED_BY_DEPT_ID", ID), ("ORGANISED_BY_USER_STAFF_ID", _text(48)),
    ],
    "FACT_MEETINGS": [("FACT_MEETING_ID", ID), ("ACTUAL_DTTM", TS), ("DIM_LOOKUP_MTG_TYPE_ID_CODE", _text(30))],
    "FACT_CP_PLAN": [
        ("FACT_CP_PLAN_ID", ID), ("FACT_INITIAL_CP_CONFERENCE_ID", ID), ("FACT_REFERRAL_ID", ID),
        ("DIM_PERSON_ID", ID), ("START_DTTM", TS), ("END_DTTM", TS), ("IS_OLA", _text(1)),
        ("INIT_CATEGORY_DESC", _text()), ("CP_CATEGORY_DESC", _text()),
    ],
    "FACT_CLA": [("FACT_CLA_ID", ID), ("FACT_REFERRAL_ID", ID), ("START_DTTM", TS)],
    "FACT_CARE_EPISODES": [
        ("FACT_CARE_EPISODES_ID", ID), ("DIM_PERSON_ID", ID), ("FACT_CLA_ID", ID), ("FACT_CLA_PLACEMENT_ID", ID),
        ("CARE_START_DATE", TS), ("CARE_REASON_DESC", _text()), ("CIN_903_CODE", _text(10)), ("CARE_END_DATE", TS),
        ("CARE_REASON_END_DESC", _text()), ("CARE_REASON_END_CODE", _text(10)), ("OFSTED_URN", _text(20)),
        ("PLACEND", TS),
    ],
    "FACT_CASENOTES": [
        ("FACT_CASENOTE_ID", ID), ("DIM_PERSON_ID", ID), ("DIM_LOOKUP_CASNT_TYPE_ID_CODE", _text(20)),
        ("EVENT_DTTM", TS),
    ],
    "FACT_CLA_PLACEMENT": [
        ("FACT_CLA_PLACEMENT_ID", ID), ("FACT_CLA_ID", ID), ("DIM_PERSON_ID", ID), ("START_DTTM", TS),
        ("END_DTTM", TS), ("DIM_LOOKUP_PLACEMENT_TYPE_CODE", _text(10)), ("DISTANCE_FROM_HOME", _text(20)),
        ("DIM_LOOKUP_PLACEMENT_PROVIDER_CODE", _text(10)), ("POSTCODE", _text(15)),
        ("DIM_LOOKUP_PLAC_CHNG_REAS_CODE", _text(10)), ("FFA_IS_PLAN_DATE", TS),
    ],
    "FACT_ADOPTION": [
        ("FACT_ADOPTION_ID", ID), ("DIM_PERSON_ID", ID), ("START_DTTM", TS), ("DECISION_DTTM", TS),
        ("SIBLING_GROUP", _text(1)), ("NUMBER_TOGETHER", ID), ("NUMBER_APART", ID), ("PLACEMENT_ORDER_DTTM", TS),
        ("MATCHING_DTTM", TS), ("DIM_LOOKUP_ADOPTER_GENDER_CODE", _text(10)),
        ("DIM_LOOKUP_ADOPTER_LEGAL_STATUS_CODE", _text(10)), ("NO_OF_ADOPTERS", ID),
        ("ADOPTED_BY_CARER_FLAG", _text(1)), ("FOSTER_TO_ADOPT_DTTM", TS), ("NO_LONGER_PLACED_DTTM", TS),
        ("DIM_LOOKUP_ADOP_REASON_CEASED_CODE", _text(10)), ("ADOPTION_SOCIAL_WORKER_ID", ID),
    ],
    "DIM_WORKER": [
        ("DIM_WORKER_ID", ID), ("STAFF_ID", _text(48)), ("FORENAME", _text()), ("SURNAME", _text()),
        ("WORKER_ID_CODE", _text(48)), ("JOB_TITLE", _text()), ("DEPARTMENT_NAME", _text()),
        ("FULL_TIME_EQUIVALENCY", "DOUBLE PRECISION"),
    ],
}

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


def _assessment(pid: int, r: Referral, a, worker: int, rows: dict[str, list[tuple]]) -> None:  # type: ignore[no-untyped-def]
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


def _s47(pid: int, r: Referral, s, worker: int, rows: dict[str, list[tuple]]) -> None:  # type: ignore[no-untyped-def]
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


def _care_period(pid: int, r: Referral, period, rows: dict[str, list[tuple]]) -> None:  # type: ignore[no-untyped-def]
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

