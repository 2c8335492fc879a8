"""Eclipse source rows for the SSD tables beyond the DfE record, from a child's ``extra`` history.

Visits, contacts, missing episodes and immunisation checks are form answers (FORMANSWERPERSONVIEW),
the way Eclipse holds them; families, mothers and teams are rows of their own views. Answers are the
texts Eclipse shows (e.g. 'Yes', 'Child seen alone'), so the templates' mapping is exercised.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Protocol

from ssd_bridge.synth.events import departments

if TYPE_CHECKING:
    from ssd_bridge.synth.story import Child, Worker


class Out(Protocol):
    """What the Eclipse writer's row collector offers (see eclipse._Rows)."""

    rows: dict[str, list[tuple]]

    def next_id(self) -> int: ...

    def form(self, instance: int, guid: str, submitter: int | None, completed, answers: dict,  # type: ignore[no-untyped-def]
             subname: str | None = None) -> None: ...

    def classification(self, assignment: int, path: int, start: date, end: date | None, name: str,
                       code_id: int | None = None, end_reason: str | None = None) -> None: ...

I, T = "bigint", "text"  # noqa: E741 - column type shorthands

TABLES: dict[str, list[tuple[str, str]]] = {
    "RELATIONSHIPPERSONVIEW": [("PERSONRELATIONSHIPRECORDID", I), ("ROLEAPERSONID", I), ("ROLEBPERSONID", I),
                               ("RELATIONSHIP", T)],
    "GROUPVIEW": [("GROUPID", I), ("GROUPTYPE", T)],
    "GROUPPERSONVIEW": [("GROUPID", I), ("PERSONID", I)],
    "ORGANISATIONVIEW": [("ORGANISATIONID", I), ("DESCRIPTION", T), ("ORGANISATIONCLASS", T), ("SECTOR", T),
                         ("SECTORSUBTYPE", T)],
}

# Form designs: the documented defaults of the eclipse templates.
CONTACT, VISIT, MISSING, RETURN_903 = ("8fae4e1f-344b-4c08-93ba-8b344513198c", "7b04f2b4-1170-44a2-8f2f-111d51d8a90f",
                                       "e112bee8-4f50-4904-8ebc-842e2fd33994", "0438ab4f-0d93-40d3-ab73-f97455646041")
CIN_VISIT, CP_VISIT, CLA_VISIT = "Child in need", "Child Protection ", "Child in care"  # trailing space as in Eclipse
MISSING_TYPE = {"M": "Missing", "A": "Away from placement without authorisation"}
CLA_REVIEW, CP_MEETING, IRO_QUALITY = ("b5c5c8d8-5ba7-4919-a3cd-9722e8e90aaf", "21e01e2e-fd65-439d-a8aa-a179106a3d45",
                                       "79f3495c-134f-4e69-b00f-7621925419f7")
PRIVATE_TEAM = 480  # derived: a private provider's team, which ssd_department leaves out
EARLY_HELP_CODE, EARLY_HELP_PATH = 699, 60  # the template's default code; the path is derived (no fill reads it)
EARLY_HELP_CLOSURE = "12bb8ca2-e585-4a09-a6dd-d5b6e910a3f0"


def reference_rows(workers: list[Worker]) -> dict[str, list[tuple]]:
    """The teams of the worker pool (and their service area, not a team) as organisations."""
    rows: list[tuple] = [(t.team_id, t.name, "TEAM" if t.parent_id else "SERVICE", "LOCAL_AUTHORITY", "CHILDRENS_SERVICES")
            for t in departments(workers)]
    rows.append((PRIVATE_TEAM, "Synth Private Fostering Agency", "TEAM", "PRIVATE", None))
    return {"ORGANISATIONVIEW": rows}


def yes_no(flag: bool | None) -> str | None:
    return None if flag is None else ("Yes" if flag else "No")


def add_child_rows(out: Out, child: Child) -> None:
    """Adds the rows of ``child.extra`` to ``out`` (after all other rows, so their derived ids stay as they were)."""
    pid, extra, rows, form = child.person_id, child.extra, out.rows, out.form
    rows["GROUPVIEW"].append((extra.family_id, "Family"))
    rows["GROUPPERSONVIEW"].append((extra.family_id, pid))
    for m in extra.mother:
        rows["RELATIONSHIPPERSONVIEW"].append((m.relation_id, pid, m.baby_person_id, "Mother"))
    for c in extra.contacts:
        form(c.contact_id, CONTACT, c.worker_id, c.date, {"icContactDate": c.date, "icContactBy": c.source_desc})
    for kind, visits in ((CIN_VISIT, extra.cin_visits), (CP_VISIT, extra.cp_visits), (CLA_VISIT, extra.cla_visits)):
        for v in visits:
            form(v.visit_id, VISIT, v.worker_id, v.date, {
                "AnnexAReturn_dateOfVisit": v.date, "AnnexAReturn_wasTheChildSeen": yes_no(v.seen),
                "AnnexAReturn_wasTheChildSeenAlone": "Child seen alone" if v.seen_alone else "Child not seen alone"},
                subname=kind)
    for e in extra.missing:
        form(e.missing_id, MISSING, None, e.end or e.start, {
            "dateChildLastSeen": e.start, "absenceType": MISSING_TYPE[e.missing_type], "foundReportDate": e.end,
            "hasAReturnHomeInterviewBeenOffered": yes_no(e.rhi_offered),
            "hasTheReturnHomeInterviewBeenAccepted": yes_no(e.rhi_accepted)})
    for h in extra.health_checks:
        dental = h.check_type == "Dental Check"
        form(h.check_id, RETURN_903, None, None if h.status == "Cancelled" else h.date, {
            "903Return_dateOfCheck8": h.date,
            "903Return_DentalCheck" if dental else "903Return_HealthAssessmentTakenPlace": yes_no(h.status != "Refused")},
            subname="Dental check " if dental else "Health check ")
    for kind, reviews in (("cla", extra.cla_reviews), ("cp", extra.cp_reviews)):
        _reviews(out, kind, reviews)
    if extra.immunisation is not None:
        imm = extra.immunisation
        form(out.next_id(), RETURN_903, None, imm.date, {
            "903Return_ImmunisationsComplete": yes_no(imm.up_to_date), "903Return_dateOfCheckImm": imm.date},
            subname="Immunisation check ")
    rows["PERSONDEMOGRAPHICSVIEW"] += baby_demographics(child)
    _early_help(out, child)


def _early_help(out: Out, child: Child) -> None:
    """Early help episodes as classification assignments; an ended one has a completed closure form."""
    for eh in child.extra.early_help:
        out.classification(eh.episode_id, EARLY_HELP_PATH, eh.start, eh.end, "Early help", EARLY_HELP_CODE)
        if eh.end is not None:
            out.form(out.next_id(), EARLY_HELP_CLOSURE, eh.worker_id, eh.end,
                     {"reasonForClosure1": eh.end_reason, "dateOfClosure": eh.end})


def _reviews(out: Out, kind: str, reviews: list) -> None:  # type: ignore[type-arg]
    """Review forms (their next-review date = the next review's due date) and the IRO's quality-assurance forms."""
    for k, r in enumerate(reviews):
        if r.date is None:  # a cancelled review leaves no form
            continue
        later = reviews[k + 1] if k + 1 < len(reviews) else None
        parent = r.period_id if kind == "cla" else r.plan_id
        next_due = later.due if later is not None and (later.period_id if kind == "cla" else later.plan_id) == parent else None
        if kind == "cla":
            out.form(r.review_id, CLA_REVIEW, None, r.date, {"dateOfReview": r.date, "dateOfNextReview": next_due})
            control, subname = "howWasTheChildAbleToContributeTheirViewsToTheReview", "Child/young person in care review"
        else:
            out.form(r.review_id, CP_MEETING, None, r.date, {
                "903Return_dateOfMeetingConference": r.date, "dateofnextplanmeetingreview_35": next_due,
                "ChildProtectionNextStep": "Set next review" if r.continue_cp else "Close plan"},
                subname="Child Protection - Review Conference")
            control, subname = "howwasthechildabletocontributetheirviewstotheconference_4", "Child protection conference"
        if r.participation:
            out.form(out.next_id(), IRO_QUALITY, None, r.date, {"dateOfMeeting": r.date, control: r.participation},
                     subname=subname)

def legal_status_on(child: Child, period_id: int, day: date) -> str | None:
    """The legal status in force on ``day`` in the care period: Eclipse records it on each episode of care."""
    spells = [s for s in child.extra.legal_statuses if s.period_id == period_id and s.start <= day]
    return max(spells, key=lambda s: s.start).status if spells else None


def baby_demographics(child: Child) -> list[tuple]:
    """PERSONDEMOGRAPHICSVIEW rows of the child's babies (persons outside the cohort), for their dates of birth."""
    sex = {"M": "Male", "F": "Female"}
    return [(m.baby_person_id, None, "Baby", child.surname, sex[m.baby_sex], None, None, m.baby_dob, None, None, None,
             None) for m in child.extra.mother]


