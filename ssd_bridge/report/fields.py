"""For the data-quality section: where each DfE field comes from in the SSD, and what each rule means.

The JSON-path -> SSD column map follows the builder (record/payload.py, record/episodes.py).
Paths are written with ``[]`` for any list index.
"""

from __future__ import annotations

import re

_EPISODE = "$.social_care_episodes[]"
_SOURCES: dict[str, tuple[str, str]] = {
    "$.la_child_id": ("ssd_person", "pers_person_id"),
    "$.mis_child_id": ("ssd_person", "pers_legacy_id"),
    "$.child_details.unique_pupil_number": ("ssd_person", "pers_upn"),
    "$.child_details.former_unique_pupil_number": ("ssd_linked_identifiers", "link_identifier_value"),
    "$.child_details.unique_pupil_number_unknown_reason": ("ssd_person", "pers_upn_unknown"),
    "$.child_details.first_name": ("ssd_person", "pers_forename"),
    "$.child_details.surname": ("ssd_person", "pers_surname"),
    "$.child_details.date_of_birth": ("ssd_person", "pers_dob"),
    "$.child_details.expected_date_of_birth": ("ssd_person", "pers_expected_dob"),
    "$.child_details.sex": ("ssd_person", "pers_sex"),
    "$.child_details.ethnicity": ("ssd_person", "pers_ethnicity"),
    "$.child_details.disabilities": ("ssd_disability", "disa_disability_code"),
    "$.child_details.postcode": ("ssd_address", "addr_address_postcode"),
    "$.child_details.uasc_flag": ("ssd_immigration_status", "immi_immigration_status"),
    "$.child_details.uasc_end_date": ("ssd_immigration_status", "immi_immigration_status_end_date"),
    "$.health_and_wellbeing.sdq_assessments[].date": ("ssd_sdq_scores", "csdq_sdq_completed_date"),
    "$.health_and_wellbeing.sdq_assessments[].score": ("ssd_sdq_scores", "csdq_sdq_score"),
    f"{_EPISODE}.social_care_episode_id": ("ssd_cin_episodes", "cine_referral_id"),
    f"{_EPISODE}.referral_date": ("ssd_cin_episodes", "cine_referral_date"),
    f"{_EPISODE}.referral_source": ("ssd_cin_episodes", "cine_referral_source_code"),
    f"{_EPISODE}.referral_no_further_action_flag": ("ssd_cin_episodes", "cine_referral_nfa"),
    f"{_EPISODE}.closure_date": ("ssd_cin_episodes", "cine_close_date"),
    f"{_EPISODE}.closure_reason": ("ssd_cin_episodes", "cine_close_reason"),
    f"{_EPISODE}.care_worker_details": ("ssd_involvements", "invo_professional_id"),
    f"{_EPISODE}.care_worker_details[].worker_id": ("ssd_professionals", "prof_social_worker_registration_no"),
    f"{_EPISODE}.care_worker_details[].start_date": ("ssd_involvements", "invo_involvement_start_date"),
    f"{_EPISODE}.care_worker_details[].end_date": ("ssd_involvements", "invo_involvement_end_date"),
    f"{_EPISODE}.child_and_family_assessments[].child_and_family_assessment_id":
        ("ssd_cin_assessments", "cina_assessment_id"),
    f"{_EPISODE}.child_and_family_assessments[].start_date": ("ssd_cin_assessments", "cina_assessment_start_date"),
    f"{_EPISODE}.child_and_family_assessments[].authorisation_date":
        ("ssd_cin_assessments", "cina_assessment_auth_date"),
    f"{_EPISODE}.child_and_family_assessments[].factors":
        ("ssd_assessment_factors", "cinf_assessment_factors_json"),
    f"{_EPISODE}.child_in_need_plans[].child_in_need_plan_id": ("ssd_cin_plans", "cinp_cin_plan_id"),
    f"{_EPISODE}.child_in_need_plans[].start_date": ("ssd_cin_plans", "cinp_cin_plan_start_date"),
    f"{_EPISODE}.child_in_need_plans[].end_date": ("ssd_cin_plans", "cinp_cin_plan_end_date"),
    f"{_EPISODE}.section_47_assessments[].section_47_assessment_id": ("ssd_s47_enquiry", "s47e_s47_enquiry_id"),
    f"{_EPISODE}.section_47_assessments[].start_date": ("ssd_s47_enquiry", "s47e_s47_start_date"),
    f"{_EPISODE}.section_47_assessments[].end_date": ("ssd_s47_enquiry", "s47e_s47_end_date"),
    f"{_EPISODE}.section_47_assessments[].icpc_required_flag": ("ssd_s47_enquiry", "s47e_s47_outcome_json"),
    f"{_EPISODE}.section_47_assessments[].icpc_date": ("ssd_initial_cp_conference", "icpc_icpc_date"),
    f"{_EPISODE}.child_protection_plans[].child_protection_plan_id": ("ssd_cp_plans", "cppl_cp_plan_id"),
    f"{_EPISODE}.child_protection_plans[].start_date": ("ssd_cp_plans", "cppl_cp_plan_start_date"),
    f"{_EPISODE}.child_protection_plans[].end_date": ("ssd_cp_plans", "cppl_cp_plan_end_date"),
    f"{_EPISODE}.child_looked_after_placements[].child_looked_after_placement_id":
        ("ssd_cla_placement", "clap_cla_placement_id"),
    f"{_EPISODE}.child_looked_after_placements[].start_date": ("ssd_cla_placement", "clap_cla_placement_start_date"),
    f"{_EPISODE}.child_looked_after_placements[].start_reason": ("ssd_cla_episodes", "clae_cla_episode_start_reason"),
    f"{_EPISODE}.child_looked_after_placements[].placement_type": ("ssd_cla_placement", "clap_cla_placement_type"),
    f"{_EPISODE}.child_looked_after_placements[].postcode": ("ssd_cla_placement", "clap_cla_placement_postcode"),
    f"{_EPISODE}.child_looked_after_placements[].end_date": ("ssd_cla_placement", "clap_cla_placement_end_date"),
    f"{_EPISODE}.child_looked_after_placements[].end_reason": ("ssd_cla_episodes", "clae_cla_episode_ceased_reason"),
    f"{_EPISODE}.child_looked_after_placements[].change_reason":
        ("ssd_cla_placement", "clap_cla_placement_change_reason"),
    f"{_EPISODE}.adoption.initial_decision_date": ("ssd_permanence", "perm_adm_decision_date"),
    f"{_EPISODE}.adoption.matched_date": ("ssd_permanence", "perm_matched_date"),
    f"{_EPISODE}.adoption.placed_date": ("ssd_permanence", "perm_placed_for_adoption_date"),
    f"{_EPISODE}.care_leavers.contact_date": ("ssd_care_leavers", "clea_care_leaver_latest_contact"),
    f"{_EPISODE}.care_leavers.activity": ("ssd_care_leavers", "clea_care_leaver_activity"),
    f"{_EPISODE}.care_leavers.accommodation": ("ssd_care_leavers", "clea_care_leaver_accommodation"),
}
_INDEX = re.compile(r"\[\d+\]")
# A JSON path as DfE and our findings write it; nothing else of a message is ever kept.
JSON_PATH = re.compile(r"\$(?:\.[A-Za-z_][A-Za-z0-9_]*|\[\d*\])*")

# rule (or rule prefix ending in '.') -> (what it means, what to fix in the CMS)
_RULES: dict[str, tuple[str, str]] = {
    "schema.": ("The value does not have the form DfE's record requires (type, length, pattern or date format).",
                "Correct the value in the CMS so it has the form DfE asks for; the field says which one."),
    "code.": ("The code is not on the CiN census / SSDA903 code list; DfE may not recognise it (a warning: "
              "the record is still sent).",
              "Record the code from the national list, or map the local code to it in the CMS lookup."),
    "dates.closure_before_referral": ("The episode closes before its referral date.",
                                      "Correct the referral or closure date of the episode."),
    "dates.end_before_start": ("An end date is before its start date.", "Correct the start or end date."),
    "dates.authorised_before_start": ("An assessment is authorised before it started.",
                                      "Correct the assessment's start or authorisation date."),
    "dates.s47_end_before_icpc": ("A section 47 enquiry ends before its initial child protection conference.",
                                  "Check the enquiry's end date and the conference date."),
    "dates.uasc_end_before_birth": ("UASC status ends before the child was born.",
                                    "Correct the immigration status end date or the date of birth."),
    "upn.is_unknown_code": ("The UPN field holds a 'UPN unknown' code (UN1-UN10) instead of a UPN.",
                            "Record the UN code as the UPN-unknown reason and leave the UPN empty."),
    "upn.with_unknown_reason": ("A UPN-unknown reason is recorded although the child has a UPN.",
                                "Remove the unknown reason, or the UPN if it is not the child's."),
    "upn.former_equals_current": ("The former UPN is the same as the current UPN.",
                                  "Remove the former UPN record, or correct it."),
    "uasc.end_without_flag": ("A UASC end date is sent for a child who is not flagged UASC.",
                              "Check the child's immigration status records."),
    "dob.missing": ("Neither a date of birth nor an expected date of birth is recorded.",
                    "Record the date of birth (an approximate one if unknown) or the expected date of birth."),
    "ids.duplicate": ("Two items of the same list share an id.", "Remove the duplicate record in the CMS."),
    "source.dob_estimated": ("The date of birth sent is the estimated one (no actual date of birth recorded).",
                             "Record the actual date of birth once known."),
    "source.factors_unreadable": ("The assessment factors could not be read, so none were sent.",
                                  "Check the assessment's factor answers in the CMS."),
    "source.s47_outcome_unreadable": ("The section 47 outcome could not be read; the 'ICPC required' flag "
                                      "was left out.", "Check the enquiry's outcome form in the CMS."),
    "source.worker_without_id": ("A care worker has neither a Social Work England number nor a staff id.",
                                 "Record the worker's SWE registration number (or staff id)."),
    "dfe.rejected": ("DfE's API rejected the record and named this field.",
                     "Check the field in the CMS; the record is sent again on the next run."),
}


def normalised(path: str) -> str:
    """The path with every list index written as ``[]``."""
    return _INDEX.sub("[]", path)


def ssd_source(path: str) -> tuple[str, str] | None:
    """(SSD table, column) the field at ``path`` is built from, or None when it has no one column."""
    current = normalised(path)
    while current and current != "$":
        if current in _SOURCES:
            return _SOURCES[current]
        current = current[:-2] if current.endswith("[]") else current.rsplit(".", 1)[0]
    return None


def rule_text(rule: str) -> tuple[str, str]:
    """(what the rule means, what to fix in the CMS), in plain English."""
    if rule in _RULES:
        return _RULES[rule]
    for prefix, text in _RULES.items():
        if prefix.endswith(".") and rule.startswith(prefix):
            return text
    return "A DfE rule is broken.", "Check the field named in the CMS."

