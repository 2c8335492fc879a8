"""Synthetic Mosaic data-mart tables: the DM_* / dm_* objects the Mosaic templates read.

Mosaic stores coded values the way its data mart does: gender as M/F/U, ethnicity as an LA code
mapped to CBDS in dm_ETHNICITIES, SDQ scores as text, care-leaver situations as local codes mapped
through dm_mapping_groups. Each child is its own workflow subgroup (SUBGROUP_ID = PERSON_ID).

Things the CMS-neutral story does not say are derived here, deterministically from the story ids:
the workflow steps and their links (a closure step ``referral id + 500`` for NFA outcomes), carers
(``700000000 + placement id``), the adoptive placement type (A5 for the last placement
of a child placed for adoption), IRO visit dates (every 180 days of a period of care), special
guardianship orders (periods ending E45), personal advisers (care leavers aged 18+) and pathway plans.
"""

from __future__ import annotations

from datetime import date, timedelta

from ssd_bridge.synth import mosaic_care, mosaic_more
from ssd_bridge.synth.story import (
    ETHNICITIES,
    PRIMARY_NEEDS,
    REFERRAL_SOURCES,
    CarePeriod,
    Child,
    Referral,
    Worker,
)

ID = "BIGINT"
TEXT = "TEXT"
DAY = "DATE"


def _cols(spec: str, types: dict[str, str] | None = None) -> list[tuple[str, str]]:
    """'A B C' -> [(A, type)...]: *_ID columns BIGINT, *_DATE/_ON columns DATE, others TEXT."""
    out = []
    for name in spec.split():
        if types and name in types:
            out.append((name, types[name]))
        elif name.endswith("_ID") or name in ("SPLIT_NUMBER", "PLACEMENT_SPLIT_NUMBER", "SERVICE_SPLIT_NUMBER"):
            out.append((name, ID))
        elif name.endswith(("_DATE", "_ON")) or name in ("DATE_OF_BIRTH", "DATE_OF_DEATH", "DATE_OF_SITUATION"):
            out.append((name, DAY))
        else:
            out.append((name, TEXT))
    return out


TABLES: dict[str, list[tuple[str, str]]] = {
    "dm_persons": _cols("PERSON_ID FIRST_NAMES LAST_NAME GENDER FULL_ETHNICITY_CODE DATE_OF_BIRTH DATE_OF_DEATH "
                        "UPN_ID NHS_ID COUNTRY_OF_BIRTH_CODE", {"UPN_ID": TEXT, "NHS_ID": TEXT}),
    "dm_ETHNICITIES": _cols("ETHNICITY_CODE CBDS_ETHNICITY_CODE"),
    "mo_person_gender_identities": _cols("PERSON_ID GENDER_CODE START_DATE END_DATE"),
    "dm_PERSONAL_RELATIONSHIPS": _cols("PERSON_ID OTHER_PERSON_ID IS_MOTHER START_DATE END_DATE"),
    "dm_ADDRESSES": _cols("REF_ADDRESSES_PEOPLE_ID PERSON_ID ADDRESS ADDRESS_TYPE START_DATE END_DATE POST_CODE"),
    "DM_DISABILITIES": _cols("DISABILITY_ID PERSON_ID CIN_DISABILITY_CATEGORY_CODE"),
    "mo_forms": _cols("FORM_ID SUBGROUP_ID CREATED_ON"),
    "dm_cached_form_answers": _cols("FORM_ID FORM_ANSWER_ROW_ID SUBGROUP_ID SUBJECT_PERSON_ID QUESTION_USER_CODE "
                                    "TEXT_ANSWER DATE_ANSWER WORKFLOW_STEP_ID", {"DATE_ANSWER": DAY}),
    "dm_subgroup_subjects": _cols("SUBGROUP_ID SUBJECT_COMPOUND_ID SUBJECT_TYPE_CODE", {"SUBJECT_COMPOUND_ID": ID}),
    "dm_HEALTH_ASSESSMENTS": _cols("HEALTH_ID PERSON_ID HEALTH_ASSESSMENT_DATE SDQ_COMPLETED SDQ_REASON SDQ_SCORE"),
    "dm_cin_referrals": _cols("REFERRAL_ID PERSON_ID REFERRAL_DATE SOURCE_OF_REFERRAL NFA_DATE CLOSURE_REASON "
                              "CLOSURE_DATE"),
    "DM_WORKFLOW_STEPS": _cols("WORKFLOW_STEP_ID SUBGROUP_ID WORKFLOW_STEP_TYPE_ID STEP_STATUS STARTED_ON INCOMING_ON "
                               "COMPLETED_ON RESPONSIBLE_TEAM_ID ASSIGNEE_ID IS_CONTINUOUS_ASSESSMENT "
                               "IS_SECTION_47_ENQUIRY CP_CONFERENCE_CATEGORY CP_CONFERENCE_ACTUAL_DATE "
                               "STRATEGY_DISCUSSION_DATE IS_CHILD_CONTACT IS_MISSING_OR_ABSENT LAC_REVIEW_CATEGORY "
                               "LAC_REVIEW_DATE LAC_REVIEW_PARTICIPATION_CODE CANCELLED_ON"),
    "dm_workflow_steps_people_vw": _cols("WORKFLOW_STEP_ID PERSON_ID STEP_STATUS STARTED_ON COMPLETED_ON ASSIGNEE_ID "
                                         "RESPONSIBLE_TEAM_ID IS_SECTION_47_ENQUIRY ADOPTION_BEST_INTEREST_DATE "
                                         "ADOPTION_MATCH_DATE ADOPTION_PLAN_DATE_CEASED ADOPTION_PLAN_REASON_CAT_CODE",
                                         {"ADOPTION_PLAN_DATE_CEASED": DAY}),
    "dm_workflow_links": _cols("SOURCE_STEP_ID TARGET_STEP_ID WORKFLOW_NEXT_ACTION_TYPE_ID"),
    "dm_WORKFLOW_NXT_ACTION_TYPES": _cols("WORKFLOW_NEXT_ACTION_TYPE_ID DESCRIPTION IS_NO_FURTHER_ACTION"),
    "dm_workflow_backwards": _cols("WORKFLOW_STEP_ID PRECEDING_WORKFLOW_STEP_ID"),
    "DM_SERVICE_USER_GROUPS": _cols("PERSON_ID FULL_GROUP_TYPE START_DATE END_DATE"),
    "DM_SERV_USER_GROUP_TYPES": _cols("GROUP_TYPE NEED_CODE_CATEGORY_CODE"),
    "child_group_embedded_codes_vw": _cols("GROUP_NAME CATEGORY_CODE CATEGORY_DESCRIPTION"),
    "dm_prof_relationships": _cols("PROF_RELATIONSHIP_ID PERSON_ID WORKER_ID PROF_REL_TYPE_CODE START_DATE END_DATE "
                                   "END_DATE_REASON"),
    "dm_ALLOCATED_WORKERS": _cols("ALLOCATION_ID PERSON_ID WORKER_ID START_DATE END_DATE"),
    "dm_worker_roles": _cols("WORKER_ROLE_ID WORKER_ID ORGANISATION_ID START_DATE END_DATE"),
    "dm_workers": _cols("WORKER_ID FULL_NAME"),
    "dm_organisations": _cols("ORGANISATION_ID NAME"),
    "dm_filter_form_answers": _cols("WORKFLOW_STEP_ID SUBJECT_PERSON_ID FILTER_NAME TEXT_ANSWER DATE_ANSWER",
                                    {"DATE_ANSWER": DAY}),
    "dm_mapping_groups": _cols("GROUP_NAME MAPPED_VALUE CATEGORY_VALUE"),
    "dm_cin_assess_factors": _cols("ASSESSMENT_ID FACTOR_VALUE"),
    "dm_MAPPING_FILTERS": _cols("FILTER_NAME MAPPED_VALUE"),
    "dm_REGISTRATIONS": _cols("REGISTRATION_ID PERSON_ID REGISTRATION_STEP_ID REGISTRATION_START_DATE "
                              "DEREGISTRATION_DATE IS_CHILD_PROTECTION_PLAN IS_TEMPORARY_CHILD_PROTECTION"),
    "DM_REGISTRATION_CATEGORIES": _cols("REGISTRATION_ID CATEGORY_START_DATE CATEGORY_END_DATE CIN_ABUSE_CATEGORY_CODE"),
    "dm_PERIODS_OF_CARE": _cols("PERIOD_OF_CARE_ID PERSON_ID START_DATE END_DATE"),
    "dm_LEGAL_STATUSES": _cols("LEGAL_STATUS_ID PERSON_ID PERIOD_OF_CARE_ID LEGAL_STATUS START_DATE IS_RESPITE_CARE "
                                "END_DATE"),
    "dm_PLACEMENTS": _cols("PLACEMENT_ID SPLIT_NUMBER PERSON_ID PERIOD_OF_CARE_ID PLACEMENT_TYPE START_DATE END_DATE "
                           "CATEGORY_OF_NEED REASON_EPISODE_CEASED REASON_FOR_PLACEMENT_CHANGE IS_ADOPTED"),
    "dm_PLACEMENT_DETAILS": _cols("ELEMENT_DETAIL_ID SPLIT_NUMBER CARER_ID OFSTED_URN CIN_PROVIDER_CATEGORY_CODE"),
    "dm_PLACEMENT_CARER_ADDRESSES": _cols("CARER_ID POST_CODE START_DATE END_DATE"),
    "dm_cla_summaries": _cols("PERSON_ID PERIOD_OF_CARE_ID LEGAL_STATUS_ID PLACEMENT_ID PLACEMENT_SPLIT_NUMBER "
                              "ELEMENT_DETAIL_ID SERVICE_SPLIT_NUMBER START_DATE END_DATE"),
    "report_filters": _cols("ID NAME", {"ID": ID}),
    "dm_filter_form_ans": _cols("WORKFLOW_STEP_ID SUBJECT_PERSON_ID FILTER_ID DATE_ANSWER", {"DATE_ANSWER": DAY}),
    "dm_NON_LA_LEGAL_STATUSES": _cols("LEGAL_STATUS_ID PERSON_ID LEGAL_STATUS_TYPE START_DATE END_DATE"),
    "dm_NON_LA_LEGAL_STATUS_TYPES": _cols("LEGAL_STATUS_TYPE IS_SPECIAL_GUARDIANSHIP_ORDER"),
    "dm_former_looked_after": _cols("PERSON_ID FUTURE_PROSPECT_ID DATE_OF_SITUATION IN_TOUCH_TYPE ACCOMODATION_TYPE "
                                    "ACCOMODATION_SUITABLE ACTIVITY_TYPE"),
    "dm_former_in_touch_types": _cols("IN_TOUCH_TYPE DESCRIPTION"),
    "dm_former_accom_types": _cols("ACCOMODATION_TYPE DESCRIPTION"),
    "dm_former_activity_types": _cols("ACTIVITY_TYPE DESCRIPTION"),
    "dm_person_references": _cols("REFERENCE_ID PERSON_ID REFERENCE_TYPE REFERENCE"),
    # read only by the fills of the SSD tables beyond the DfE record (rows in mosaic_more.py)
    "dm_visits": _cols("VISIT_ID PERSON_ID VISIT_TYPE ACTUAL_DATE SEEN_ALONE_FLAG"),
    "dm_visit_types": _cols("VISIT_TYPE VISIT_SOURCE"),
    "DM_DENTAL_CHECKS": _cols("DENTAL_ID PERSON_ID DENTAL_CHECK_DATE"),
    "dm_offences": _cols("OFFENCE_ID PERSON_ID OFFENCE_DATE IS_CONVICTED"),
    "DM_STEP_SOURCE_DETAILS": _cols("WORKFLOW_STEP_ID SOURCE_TYPE_ID"),
    "DM_STEP_SOURCE_TYPES": _cols("SOURCE_TYPE_ID DESCRIPTION"),
    "dm_subgroups": _cols("GROUP_ID SUBGROUP_ID ONLY_SUBJECT_TYPE_CODE"),  # rows in mosaic_care.py
}

# Workflow step types of this synthetic Mosaic build (the CIN plan and pathway plan types are the
# template defaults; the others are only labels here).
REFERRAL, ASSESSMENT, S47_STEP, ICPC_STEP, CLOSURE, ADOPTION_STEP = 301, 310, 320, 330, 399, 340
CIN_PLAN, PATHWAY_PLAN = 325, 498
FURTHER_ACTION, NFA_ACTION, CONFERENCE_ACTION = 3941, 3988, 5001
IRO_FILTER = 77
IN_TOUCH = {"YES": "In touch", "NO": "Not in touch", "DIED": "Died", "REFU": "Refused contact"}
ACCOMMODATION = {"B": "Parents or relatives", "C": "Community home", "D": "Semi-independent, transitional",
                 "E": "Supported lodgings", "G": "Gone abroad", "H": "Deported", "K": "Ordinary lodgings",
                 "R": "Residence not known", "S": "No fixed abode", "T": "Foyers", "U": "Independent living",
                 "V": "Emergency accommodation"}


def reference_rows(workers: list[Worker]) -> dict[str, list[tuple]]:
    """Lookups, workers, teams and their roles."""

    teams = sorted({w.team_id for w in workers})
    since = date(2000, 1, 1)
    more = mosaic_more.reference_rows()
    return {
        "dm_visit_types": more["dm_visit_types"],
        "DM_STEP_SOURCE_TYPES": more["DM_STEP_SOURCE_TYPES"],
        "dm_ETHNICITIES": [(f"ETH.{code}", code) for code in sorted(set(ETHNICITIES))],
        "DM_SERV_USER_GROUP_TYPES": [(f"CIN.{code}", code) for code in sorted(set(PRIMARY_NEEDS))],
        "child_group_embedded_codes_vw": [("Child CIN Referral Source", code, f"Referral source {code}")
                                          for code in REFERRAL_SOURCES],
        "dm_WORKFLOW_NXT_ACTION_TYPES": [(FURTHER_ACTION, "Further social work intervention", "N"),
                                         (NFA_ACTION, "No further action", "Y"),
                                         (CONFERENCE_ACTION, "Initial child protection conference", "N")],
        "dm_workers": [(w.worker_id, f"{w.forename} {w.surname}") for w in workers],
        "dm_organisations": [(t, f"Synthetic team {t}") for t in teams],
        "dm_worker_roles": [(w.worker_id * 10, w.worker_id, w.team_id, since, None) for w in workers],
        "dm_mapping_groups": (
            [("Child Seen During Assessment", "Yes", "Yes"), ("Child Seen During Assessment", "No", "No")]
            + [("SSDA903 In Touch Type", f"IT.{c}", c) for c in IN_TOUCH]
            + [("SSDA903 Accommodation Type", f"AC.{c}", c) for c in ACCOMMODATION]
            + more["dm_mapping_groups"]
            + mosaic_care.reference_rows()["dm_mapping_groups"]
        ),
        "dm_MAPPING_FILTERS": [("Child CIN Transfer In Conferences", "331")],
        "report_filters": [(IRO_FILTER, "Child IRO Visit Date")],
        "dm_NON_LA_LEGAL_STATUS_TYPES": [("SGO", "Y"), ("CAO", "N")],
        "dm_former_in_touch_types": [(f"IT.{c}", d) for c, d in IN_TOUCH.items()],
        "dm_former_accom_types": [(f"AC.{c}", d) for c, d in ACCOMMODATION.items()],
        "dm_former_activity_types": [],
    }


class _Rows(dict):
    """{table: [rows]} that creates lists on first use."""

    def add(self, table: str, *row: object) -> None:
        # a row written before its table gained columns gets NULL in them
        self.setdefault(table, []).append(row + (None,) * (len(TABLES[table]) - len(row)))


def child_rows(child: Child) -> dict[str, list[tuple]]:
    """The data-mart rows one synthetic child contributes."""
    rows = _Rows()
    pid = child.person_id
    dob = child.dob or child.expected_dob
    rows.add("dm_persons", pid, child.forename, child.surname, child.sex, f"ETH.{child.ethnicity}", dob, None,
             child.upn, f"999{pid:07d}", "XX" if child.immigration else "GB")
    rows.add("dm_subgroup_subjects", pid, pid, "PER")
    _person_extras(rows, child)
    for referral in child.referrals:
        _referral(rows, child, referral)
    _care_leaver(rows, child)
    mosaic_more.extra_rows(child, rows.add)
    mosaic_care.extra_rows(child, rows.add)
    return dict(rows)


def _person_extras(rows: _Rows, child: Child) -> None:
    pid = child.person_id
    starts = [a[1] for a in child.addresses]
    for number, (aid, start, _end, postcode) in enumerate(child.addresses):
        end = starts[number + 1] if number + 1 < len(starts) else None
        rows.add("dm_ADDRESSES", aid, pid, f'{number + 1} Synthetic Row\n"Testtown"', "HOME", start, end, postcode)
    for did, code in child.disabilities:
        rows.add("DM_DISABILITIES", did, pid, code)
    for iid, _status, start, end in child.immigration:
        rows.add("mo_forms", iid, pid, start)
        rows.add("dm_cached_form_answers", iid, 1, pid, pid, "uascImmigStat", "Unaccompanied asylum seeking child", None,
                 None)
        rows.add("dm_cached_form_answers", iid, 1, pid, pid, "uascStartDate", None, start, None)
        if end:
            rows.add("dm_cached_form_answers", iid, 1, pid, pid, "uascEndDate", None, end, None)
    for sid, when, score in child.sdqs:
        rows.add("dm_HEALTH_ASSESSMENTS", sid, pid, when, "Y", None, str(score))
    if child.upn:
        rows.add("dm_person_references", pid * 10 + 1, pid, "UPN", child.upn)
    if child.former_upn:
        rows.add("dm_person_references", pid * 10 + 2, pid, "FORMER_UPN", child.former_upn)
    if child.dob and child.sex == "F" and pid % 23 == 0 and child.referrals:
        rows.add("dm_PERSONAL_RELATIONSHIPS", pid, 900000000 + pid, "Y", child.referrals[0].date, None)


def _step(rows: _Rows, child: Child, step_id: int, step_type: int, start: date, end: date | None,
          worker: int | None, team: int | None, **flags: object) -> None:
    """A workflow step for the child, in DM_WORKFLOW_STEPS and the per-person view."""
    status = "COMPLETED" if end else "STARTED"
    rows.add("DM_WORKFLOW_STEPS", step_id, child.person_id, step_type, status, start, start, end, team, worker,
             flags.get("assessment", "N"), flags.get("s47", "N"), flags.get("category"), flags.get("held_on"),
             flags.get("strategy"), None, None, None, None, None, None)
    rows.add("dm_workflow_steps_people_vw", step_id, child.person_id, status, start, end, worker, team,
             flags.get("s47", "N"), flags.get("best_interest"), flags.get("matched"), None, None)


def _referral(rows: _Rows, child: Child, r: Referral) -> None:
    pid = child.person_id
    cw = next((i for i in r.involvements if i.role == "CW"), None)
    worker = cw.worker_id if cw else None
    team = 500 + worker % 12 if worker else None
    rows.add("dm_cin_referrals", r.referral_id, pid, r.date, r.source, r.date + timedelta(days=3) if r.nfa else None,
             r.close_reason, r.close_date)
    rows.add("DM_SERVICE_USER_GROUPS", pid, f"CIN.{r.primary_need}", r.date, r.close_date)
    _step(rows, child, r.referral_id, REFERRAL, r.date, r.date, worker, team)
    closure = r.referral_id + 500
    if r.nfa or r.close_date:
        _step(rows, child, closure, CLOSURE, r.close_date or r.date, r.close_date or r.date, worker, team)
    if r.nfa:
        rows.add("dm_workflow_links", r.referral_id, closure, NFA_ACTION)
    for inv in r.involvements:
        if inv.role == "CW":
            rows.add("dm_ALLOCATED_WORKERS", inv.involvement_id, pid, inv.worker_id, inv.start, inv.end)
        else:
            rows.add("dm_prof_relationships", inv.involvement_id, pid, inv.worker_id, "REL.TEAMMANAGER", inv.start,
                     inv.end, "CASECLOSED" if inv.end else None)
    further = [p.plan_id for p in r.cin_plans] + [s.s47_id for s in r.s47s]
    for a in r.assessments:
        rows.add("dm_workflow_links", r.referral_id, a.assessment_id, FURTHER_ACTION)
        _step(rows, child, a.assessment_id, ASSESSMENT, a.start, a.authorised, worker, team, assessment="Y")
        rows.add("dm_filter_form_answers", a.assessment_id, pid, "Child Seen During Event (Lookup)",
                 "Yes" if a.child_seen else "No")
        for code in a.factors:
            rows.add("dm_cin_assess_factors", a.assessment_id, code)
        for target in further:
            rows.add("dm_workflow_links", a.assessment_id, target, FURTHER_ACTION)
        if not further and r.close_date:
            rows.add("dm_workflow_links", a.assessment_id, closure, NFA_ACTION)
    for plan in r.cin_plans:
        _step(rows, child, plan.plan_id, CIN_PLAN, plan.start, plan.end, worker, team)
    _protection(rows, child, r, worker, team)
    for period in r.care_periods:
        _care_period(rows, child, period, r.primary_need)


def _protection(rows: _Rows, child: Child, r: Referral, worker: int | None, team: int | None) -> None:
    """S47 steps, initial conferences and CP registrations of one referral."""
    pid = child.person_id
    closure = r.referral_id + 500
    for s in r.s47s:
        _step(rows, child, s.s47_id, S47_STEP, s.start, s.end, worker, team, s47="Y", strategy=s.start)
        if s.icpc_id and s.icpc_date:  # the story sets both together
            _step(rows, child, s.icpc_id, ICPC_STEP, s.icpc_date, s.icpc_date, worker, team,
                  category="Initial", held_on=s.icpc_date)
            rows.add("dm_workflow_links", s.s47_id, s.icpc_id, CONFERENCE_ACTION)
            for before in (r.referral_id, s.s47_id):
                rows.add("dm_workflow_backwards", s.icpc_id, before)
        elif s.end and r.close_date:
            rows.add("dm_workflow_links", s.s47_id, closure, NFA_ACTION)
    for plan in r.cp_plans:
        icpc = next((s.icpc_id for s in r.s47s if s.icpc_date == plan.start), None)
        rows.add("dm_REGISTRATIONS", plan.plan_id, pid, icpc, plan.start, plan.end, "Y", "N")
        for code in (("NEG", "EMO") if plan.category == "MUL" else (plan.category,)):
            rows.add("DM_REGISTRATION_CATEGORIES", plan.plan_id, plan.start, plan.end, code)


def _care_period(rows: _Rows, child: Child, period: CarePeriod, need: str) -> None:
    pid = child.person_id
    rows.add("dm_PERIODS_OF_CARE", period.period_id, pid, period.start, period.end)
    legal_id = period.period_id * 10
    adoption = child.adoption if child.adoption and child.adoption.period_id == period.period_id else None
    order = adoption.decision_date + timedelta(days=30) if adoption else None
    rows.add("dm_LEGAL_STATUSES", legal_id, pid, period.period_id, "C2", period.start, "N", order or period.end)
    last = len(period.placements) - 1
    for number, pl in enumerate(period.placements):
        carer = 700000000 + pl.placement_id
        adopted = "Y" if adoption and number == last and period.end_reason in ("E11", "E12") else "N"
        # the story has no adoptive placement type: the last placement of a child placed for adoption is one
        placement_type = "A5" if adoption and adoption.placed_date and number == last else pl.placement_type
        rows.add("dm_PLACEMENTS", pl.placement_id, 1, pid, period.period_id, placement_type, pl.start, pl.end,
                 period.need_code, (period.end_reason if number == last else "X1") if pl.end else None,
                 pl.change_reason, adopted)
        rows.add("dm_PLACEMENT_DETAILS", pl.placement_id, 1, carer, pl.urn, "PR1")
        rows.add("dm_PLACEMENT_CARER_ADDRESSES", carer, pl.postcode, pl.start, None)
        rows.add("dm_cla_summaries", pid, period.period_id, legal_id, pl.placement_id, 1, pl.placement_id, 1,
                 pl.start, pl.end)
    visit = period.start + timedelta(days=20)
    while visit <= (period.end or date.today()):
        rows.add("dm_filter_form_ans", None, pid, IRO_FILTER, visit)
        visit += timedelta(days=180)
    if period.end_reason == "E45" and period.end:
        rows.add("dm_NON_LA_LEGAL_STATUSES", period.period_id * 10 + 1, pid, "SGO", period.end, None)
    if adoption:
        rows.add("dm_LEGAL_STATUSES", legal_id + 1, pid, period.period_id, "E1", order, "N", period.end)
        _step(rows, child, adoption.adoption_id, ADOPTION_STEP, adoption.decision_date, adoption.decision_date,
              None, None, best_interest=adoption.decision_date, matched=adoption.matched_date)


def _care_leaver(rows: _Rows, child: Child) -> None:
    if not child.care_leaver or not child.dob:
        return
    pid = child.person_id
    cid, contact, activity, accommodation = child.care_leaver
    rows.add("dm_former_looked_after", pid, cid, contact, f"IT.{'YES' if cid % 7 else 'NO'}", f"AC.{accommodation}",
             "Y" if cid % 5 else "N", activity)
    if (contact - child.dob).days >= 18 * 365:
        worker = 9001 + pid % 10
        rows.add("dm_prof_relationships", cid + 900, pid, worker, "REL.PERSONALADVISOR", contact - timedelta(days=400),
                 None, None)
        _step(rows, child, cid + 901, PATHWAY_PLAN, contact - timedelta(days=30), contact - timedelta(days=30),
              worker, 500 + worker % 12)
