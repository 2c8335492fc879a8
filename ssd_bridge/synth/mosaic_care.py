"""Synthetic Mosaic rows for early help, families, care plans, previous permanence and substance misuse.

From ``Child.extra`` (events.py), kept apart from ``mosaic_more.py`` so each module stays short. The step
types, question codes, filters and mapping groups are the defaults of the Mosaic fills' source.params.

* Early help: an episode is a chain of workflow steps linked in ``dm_workflow_links``: a referral
  decision step (the reason answered on it), a family assessment step running until the episode ends,
  and, once ended, a closure step answering the closure reason; the family worker is a
  ``dm_prof_relationships`` row of the early help type.
* Families: each child's subgroup belongs to its household group (``dm_subgroups``).
* Care plans: a plan update step from the plan's start to its end (still in progress while open)
  answering the permanence-plan question, once per ticked plan.
* Previous permanence: a step answering the three previous-permanence filters; the option and LA are
  answers mapped through their dm_mapping_groups groups.
* Substance misuse: one repeating-section row of a form (type, date and intervention answers).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from ssd_bridge.synth.mosaic_more import YES_NO, answer_row, step_row

if TYPE_CHECKING:
    from ssd_bridge.synth.story import Child

Add = Callable[..., None]

EH_DECISION, EH_ASSESSMENT, EH_CLOSURE = 1208, 1212, 1217
EH_REASON, EH_CLOSURE_REASON = "reason_for_eh_episode", "e04ea8d8-e6c0-465c-87c1-10c4ad1e18c7"
EH_WORKER_TYPE = "REL.IEYSF"
EH_ASSESSMENT_BASE, EH_CLOSURE_BASE = 2_000_000_000, 3_000_000_000  # derived step ids (event ids stay below 2e9)
FURTHER_ACTION = 3941
CARE_PLAN_STEP, PERMANENCE_STEP = 1232, 1250  # the plan type is a template default; the permanence type is derived
PERM_PLAN_QUESTION = "lac.perm.plan"
# the permanence-plan answers of this synthetic build for the story's plan keys, and their Annex A categories
PLAN_ANSWERS = {"REMAINSUP": "Return to birth family", "RETURN1M": "Return to birth family",
                "RETURN6M": "Return to birth family", "RETURNEV": "Return to birth family",
                "LTRELFR": "Long term placement friends / family", "LTFOST18": "Long term fostering",
                "RESPLMT": "Residential",
                "SUPPLIV": "Independent living/supported living in the community (Pathways or other)",
                "ADOPTION": "Adoption", "OTHERPLN": "Other (please specify)"}
PLAN_CATEGORIES = {"Return to birth family": "A) Return to Family", "Adoption": "B) Adoption",
                   "Long term placement friends / family": "C) SGO/CAO",
                   "Independent living/supported living in the community (Pathways or other)":
                       "D) Supported Living in the Community",
                   "Residential": "E) Long-Term Residential Placement", "Long term fostering": "F) Long-Term Fostering",
                   "Other (please specify)": "G) Other"}
PERM_DATE_FILTER = "Child Previous Permanence Option Date (Document)"
PERM_OPTION_FILTER, PERM_OPTION_GROUP = "Child Previous Permanence Option (Document)", "Child Previous Permanence Option"
PERM_LA_FILTER, PERM_LA_GROUP = "Child Previous Permanence LA (Document)", "Child Previous Permanence LA"
PERM_LAS = {"Synthshire": "PPLA.1", "Other LA": "PPLA.2"}
SUBSTANCE_TYPE, SUBSTANCE_DATE, SUBSTANCE_INTERVENTION = "lac.sm.substance", "lac.sm.date", "lac.sm.intervention"


def reference_rows() -> dict[str, list[tuple]]:
    """The mapping groups of the previous-permanence option and LA answers."""
    options = [(PERM_OPTION_GROUP, f"PPO.{code}", code) for code in ("P1", "P2", "P3", "P4", "Z1")]
    return {"dm_mapping_groups": options + [(PERM_LA_GROUP, mapped, la) for la, mapped in PERM_LAS.items()]}


def extra_rows(child: Child, add: Add) -> None:
    """Add the rows of ``child.extra`` for these tables through ``add(table, *row)``."""
    pid, extra = child.person_id, child.extra
    _early_help(child, add)
    add("dm_subgroups", extra.family_id, pid, None)
    for plan in extra.care_plans:
        add("DM_WORKFLOW_STEPS", *step_row(plan.plan_id, pid, CARE_PLAN_STEP, "COMPLETED" if plan.end else "STARTED",
                                           plan.start, plan.end))
        for key in plan.plans:
            add("dm_cached_form_answers", *answer_row(plan.plan_id, pid, PERM_PLAN_QUESTION, PLAN_ANSWERS[key]))
    period_start = {period.period_id: period.start for r in child.referrals for period in r.care_periods}
    for p in extra.previous_permanence:
        when = period_start[p.period_id]  # recorded when the child came into care
        add("DM_WORKFLOW_STEPS", *step_row(p.permanence_id, pid, PERMANENCE_STEP, "COMPLETED", when, when))
        add("dm_filter_form_answers", p.permanence_id, pid, PERM_OPTION_FILTER, f"PPO.{p.option}", None)
        if p.la:
            add("dm_filter_form_answers", p.permanence_id, pid, PERM_LA_FILTER, PERM_LAS[p.la], None)
        if p.order_date:
            add("dm_filter_form_answers", p.permanence_id, pid, PERM_DATE_FILTER, None, p.order_date)
    for s in extra.substance_misuse:
        # one repeating row (row id = misuse id) of a form (form id = misuse id), answered for the child
        answers: list[tuple[str, str | None, date | None]] = [
            (SUBSTANCE_TYPE, s.substance, None), (SUBSTANCE_DATE, None, s.date),
            (SUBSTANCE_INTERVENTION, YES_NO[s.intervention], None)]
        for question, text, day in answers:
            add("dm_cached_form_answers", s.misuse_id, s.misuse_id, pid, pid, question, text, day, None)


def _early_help(child: Child, add: Add) -> None:
    pid = child.person_id
    for eh in child.extra.early_help:
        opener, work = eh.episode_id, EH_ASSESSMENT_BASE + eh.episode_id
        add("DM_WORKFLOW_STEPS", *step_row(opener, pid, EH_DECISION, "COMPLETED", eh.start, eh.start))
        add("dm_cached_form_answers", *answer_row(opener, pid, EH_REASON, eh.reason))
        add("DM_WORKFLOW_STEPS", *step_row(work, pid, EH_ASSESSMENT, "COMPLETED" if eh.end else "STARTED",
                                           eh.start, eh.end))
        add("dm_workflow_links", opener, work, FURTHER_ACTION)
        if eh.end is not None:
            closure = EH_CLOSURE_BASE + eh.episode_id
            add("DM_WORKFLOW_STEPS", *step_row(closure, pid, EH_CLOSURE, "COMPLETED", eh.end, eh.end))
            add("dm_cached_form_answers", *answer_row(closure, pid, EH_CLOSURE_REASON, eh.end_reason))
            add("dm_workflow_links", work, closure, FURTHER_ACTION)
        add("dm_prof_relationships", eh.episode_id, pid, eh.worker_id, EH_WORKER_TYPE, eh.start, eh.end, None)


__all__ = ["extra_rows", "reference_rows"]
