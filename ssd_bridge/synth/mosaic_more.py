"""Synthetic Mosaic rows for the SSD tables beyond the DfE record, from ``Child.extra`` (events.py).

Kept apart from ``mosaic.py`` (the DfE record's tables) so each stays short. Visits are recorded as
workflow-step visits: ``dm_visits`` + ``dm_visit_types`` ('Mos Step'), with the child-seen and
bedroom answers on the step in ``dm_cached_form_answers`` (answered "Yes"/"No", as an LA's forms
do). Missing episodes, looked-after reviews and review conferences are workflow steps flagged the
way the standard Mosaic mapping flags them. The immunisation status is a health-assessment step
(id ``IMMS_BASE + person id``) answering the immunisation question. Legal statuses are not here:
``mosaic.py`` writes the story's statuses (with their end dates), which other fills already read.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from ssd_bridge.synth.events import CONTACT_SOURCES

if TYPE_CHECKING:
    from ssd_bridge.synth.event_types import History
    from ssd_bridge.synth.story import Child

Add = Callable[..., None]

# Visit types (dm_visit_types), step types and question codes of this synthetic build: the
# defaults of the Mosaic fills' source.params.
CIN_VISIT, CP_VISIT, CLA_VISIT = "STP.1189", "STP.1187", "STP.1193"
MISSING_STEP, CLA_REVIEW_STEP, CP_REVIEW_STEP, HEALTH_STEP, CONTACT_STEP = 360, 1234, 335, 406, 300
FURTHER_ACTION = 3941  # as in mosaic.py: a contact that led to a referral links to the referral step
SOURCE_TYPES = {desc: n for n, desc in enumerate(dict.fromkeys(d for _, d in CONTACT_SOURCES), start=1)}
IMMS_BASE = 990_000_000
YES_NO = {True: "Yes", False: "No"}
MISSING_FILTER = "Child Absent or Missing (Document)"
OFFERED_FILTER, OFFERED_GROUP = "Child Offered Return Interview", "Child Offered Return Interview Types"
ACCEPTED_FILTER, ACCEPTED_GROUP = "Child Accepted Return Interview", "Child Accepted Return Interview Types"


def reference_rows() -> dict[str, list[tuple]]:
    """Visit types and the return-interview answer mappings."""
    return {
        "DM_STEP_SOURCE_TYPES": [(n, desc) for desc, n in SOURCE_TYPES.items()],
        "dm_visit_types": [(CIN_VISIT, "Mos Step"), (CP_VISIT, "Mos Step"), (CLA_VISIT, "Mos Step"),
                           ("VIS.OTHER", "Mos Visit")],
        "dm_mapping_groups": [(group, f"RHI.{short}.{answer}", answer)
                              for group, short in ((OFFERED_GROUP, "OFF"), (ACCEPTED_GROUP, "ACC"))
                              for answer in ("Yes", "No")],
    }


def step_row(step_id: int, person: int, step_type: int, status: str, start: object, end: object,
             **more: object) -> tuple:
    """A DM_WORKFLOW_STEPS row (columns as in mosaic.TABLES) for a step with no worker or team."""
    return (step_id, person, step_type, status, start, start, end, None, None, "N", "N", more.get("category"),
            more.get("held_on"), None, more.get("contact"), more.get("missing"), more.get("lac_category"),
            more.get("lac_date"), more.get("participation"), more.get("cancelled_on"))


def answer_row(step_id: int, person: int, question: str, text: str | None) -> tuple:
    """A dm_cached_form_answers row of a step's form (form id = step id)."""
    return (step_id, 1, person, person, question, text, None, step_id)


def extra_rows(child: Child, add: Add) -> None:
    """Add the rows of ``child.extra`` through ``add(table, *row)``."""
    pid, extra = child.person_id, child.extra
    _visits(pid, extra, add)
    for contact in extra.contacts:
        add("DM_WORKFLOW_STEPS", *step_row(contact.contact_id, pid, CONTACT_STEP, "COMPLETED", contact.date,
                                           contact.date, contact="Y"))
        add("DM_STEP_SOURCE_DETAILS", contact.contact_id, SOURCE_TYPES[contact.source_desc])
        if contact.referral_id is not None:
            add("dm_workflow_links", contact.contact_id, contact.referral_id, FURTHER_ACTION)
    for m in extra.missing:
        add("DM_WORKFLOW_STEPS", *step_row(m.missing_id, pid, MISSING_STEP, "COMPLETED" if m.end else "STARTED",
                                           m.start, m.end, missing="Y"))
        add("dm_filter_form_answers", m.missing_id, pid, MISSING_FILTER, "Missing" if m.missing_type == "M" else "Absent")
        if m.rhi_offered is not None:
            add("dm_filter_form_answers", m.missing_id, pid, OFFERED_FILTER, f"RHI.OFF.{YES_NO[m.rhi_offered]}")
        if m.rhi_accepted is not None:
            add("dm_filter_form_answers", m.missing_id, pid, ACCEPTED_FILTER, f"RHI.ACC.{YES_NO[m.rhi_accepted]}")
    for k, r in enumerate(extra.cla_reviews):
        if r.cancelled:
            # cancelled before the rescheduled review is held (which may be before the due date)
            after = extra.cla_reviews[k + 1] if k + 1 < len(extra.cla_reviews) else None
            on = min(r.due, after.date - timedelta(days=1)) if after and after.date else r.due
            add("DM_WORKFLOW_STEPS", *step_row(r.review_id, pid, CLA_REVIEW_STEP, "CANCELLED", on, None,
                                               lac_category="Review", cancelled_on=on))
        else:
            add("DM_WORKFLOW_STEPS", *step_row(r.review_id, pid, CLA_REVIEW_STEP, "COMPLETED", r.date, r.date,
                                               lac_category="Review", lac_date=r.date, participation=r.participation))
    for c in extra.cp_reviews:
        add("DM_WORKFLOW_STEPS", *step_row(c.review_id, pid, CP_REVIEW_STEP, "COMPLETED", c.date, c.date,
                                           category="Review", held_on=c.date))
        add("dm_cached_form_answers", *answer_row(c.review_id, pid, "cpQuorate", YES_NO[c.quorate]))
        add("dm_cached_form_answers", *answer_row(c.review_id, pid, "cpParticipation", c.participation))
    for h in extra.health_checks:
        if h.check_type == "Dental Check":
            add("DM_DENTAL_CHECKS", h.check_id, pid, h.date)
        else:
            add("dm_HEALTH_ASSESSMENTS", h.check_id, pid, h.date, "N", None, None)
    if extra.immunisation is not None:
        step = IMMS_BASE + pid
        add("DM_WORKFLOW_STEPS", *step_row(step, pid, HEALTH_STEP, "COMPLETED", extra.immunisation.date,
                                           extra.immunisation.date))
        add("dm_cached_form_answers", *answer_row(step, pid, "lac.ihr09.immsuptodate",
                                                  YES_NO[extra.immunisation.up_to_date]))
    for o in extra.convictions:
        add("dm_offences", o.conviction_id, pid, o.date, "Y")
    for baby in extra.mother:
        add("dm_PERSONAL_RELATIONSHIPS", pid, baby.baby_person_id, "Y", baby.baby_dob, None)
        add("dm_persons", baby.baby_person_id, "Baby", child.surname, baby.baby_sex, None, baby.baby_dob, None, None,
            None, "GB")


def _visits(pid: int, extra: History, add: Add) -> None:
    for kind, visits, bedroom in ((CIN_VISIT, extra.cin_visits, "seen_bedroom"), (CP_VISIT, extra.cp_visits, "seen bedroom")):
        for v in visits:
            add("dm_visits", v.visit_id, pid, kind, v.date, "Y" if v.seen_alone else "N")
            add("dm_cached_form_answers", *answer_row(v.visit_id, pid, "child_seen", YES_NO[v.seen]))
            add("dm_cached_form_answers", *answer_row(v.visit_id, pid, bedroom, YES_NO[v.bedroom_seen]))
    for w in extra.cla_visits:
        add("dm_visits", w.visit_id, pid, CLA_VISIT, w.date, "Y" if w.seen_alone else "N")
        add("dm_cached_form_answers", *answer_row(w.visit_id, pid, "child_seen", YES_NO[w.seen]))


__all__ = ["extra_rows", "reference_rows", "step_row"]
