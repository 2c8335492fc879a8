"""Which SSD column each DfE record field is built from: one map, used wherever a finding is shown.

Keys are DfE JSON paths without ``$.`` and with list positions written ``[]``
(``social_care_episodes[].referral_source``); values are ``ssd_table.column``. The builders in
``payload`` and ``episodes`` are the code behind this map; ``tests/test_field_sources.py``
checks that every key is a field of the DfE schema and every value a column of the SSD model.
"""

from __future__ import annotations

import re

EPISODE = "social_care_episodes[]"

FIELD_SOURCES: dict[str, str] = {
    "la_child_id": "ssd_person.pers_person_id",
    "mis_child_id": "ssd_person.pers_legacy_id",
    "child_details.unique_pupil_number": "ssd_person.pers_upn",
    "child_details.former_unique_pupil_number": "ssd_linked_identifiers.link_identifier_value",
    "child_details.unique_pupil_number_unknown_reason": "ssd_person.pers_upn_unknown",
    "child_details.first_name": "ssd_person.pers_forename",
    "child_details.surname": "ssd_person.pers_surname",
    "child_details.date_of_birth": "ssd_person.pers_dob",
    "child_details.expected_date_of_birth": "ssd_person.pers_expected_dob",
    "child_details.sex": "ssd_person.pers_sex",
    "child_details.ethnicity": "ssd_person.pers_ethnicity",
    "child_details.disabilities": "ssd_disability.disa_disability_code",
    "child_details.postcode": "ssd_address.addr_address_postcode",
    "child_details.uasc_flag": "ssd_immigration_status.immi_immigration_status",
    "child_details.uasc_end_date": "ssd_immigration_status.immi_immigration_status_end_date",
    "health_and_wellbeing.sdq_assessments[].date": "ssd_sdq_scores.csdq_sdq_completed_date",
    "health_and_wellbeing.sdq_assessments[].score": "ssd_sdq_scores.csdq_sdq_score",
    EPISODE: "ssd_cin_episodes.cine_referral_id",
    f"{EPISODE}.social_care_episode_id": "ssd_cin_episodes.cine_referral_id",
    f"{EPISODE}.referral_date": "ssd_cin_episodes.cine_referral_date",
    f"{EPISODE}.referral_source": "ssd_cin_episodes.cine_referral_source_code",
    f"{EPISODE}.referral_no_further_action_flag": "ssd_cin_episodes.cine_referral_nfa",
    f"{EPISODE}.closure_date": "ssd_cin_episodes.cine_close_date",
    f"{EPISODE}.closure_reason": "ssd_cin_episodes.cine_close_reason",
    f"{EPISODE}.care_worker_details": "ssd_involvements.invo_professional_id",
    f"{EPISODE}.care_worker_details[].worker_id": "ssd_professionals.prof_social_worker_registration_no",
    f"{EPISODE}.care_worker_details[].start_date": "ssd_involvements.invo_involvement_start_date",
    f"{EPISODE}.care_worker_details[].end_date": "ssd_involvements.invo_involvement_end_date",
    f"{EPISODE}.child_and_family_assessments[].child_and_family_assessment_id": "ssd_cin_assessments.cina_assessment_id",
    f"{EPISODE}.child_and_family_assessments[].start_date": "ssd_cin_assessments.cina_assessment_start_date",
    f"{EPISODE}.child_and_family_assessments[].authorisation_date": "ssd_cin_assessments.cina_assessment_auth_date",
    f"{EPISODE}.child_and_family_assessments[].factors": "ssd_assessment_factors.cinf_assessment_factors_json",
    f"{EPISODE}.child_in_need_plans[].child_in_need_plan_id": "ssd_cin_plans.cinp_cin_plan_id",
    f"{EPISODE}.child_in_need_plans[].start_date": "ssd_cin_plans.cinp_cin_plan_start_date",
    f"{EPISODE}.child_in_need_plans[].end_date": "ssd_cin_plans.cinp_cin_plan_end_date",
    f"{EPISODE}.section_47_assessments[].section_47_assessment_id": "ssd_s47_enquiry.s47e_s47_enquiry_id",
    f"{EPISODE}.section_47_assessments[].start_date": "ssd_s47_enquiry.s47e_s47_start_date",
    f"{EPISODE}.section_47_assessments[].icpc_required_flag": "ssd_s47_enquiry.s47e_s47_outcome_json",
    f"{EPISODE}.section_47_assessments[].icpc_date": "ssd_initial_cp_conference.icpc_icpc_date",
    f"{EPISODE}.section_47_assessments[].end_date": "ssd_s47_enquiry.s47e_s47_end_date",
    f"{EPISODE}.child_protection_plans[].child_protection_plan_id": "ssd_cp_plans.cppl_cp_plan_id",
    f"{EPISODE}.child_protection_plans[].start_date": "ssd_cp_plans.cppl_cp_plan_start_date",
    f"{EPISODE}.child_protection_plans[].end_date": "ssd_cp_plans.cppl_cp_plan_end_date",
    f"{EPISODE}.child_looked_after_placements[].child_looked_after_placement_id":
        "ssd_cla_placement.clap_cla_placement_id",
    f"{EPISODE}.child_looked_after_placements[].start_date": "ssd_cla_placement.clap_cla_placement_start_date",
    f"{EPISODE}.child_looked_after_placements[].start_reason": "ssd_cla_episodes.clae_cla_episode_start_reason",
    f"{EPISODE}.child_looked_after_placements[].placement_type": "ssd_cla_placement.clap_cla_placement_type",
    f"{EPISODE}.child_looked_after_placements[].postcode": "ssd_cla_placement.clap_cla_placement_postcode",
    f"{EPISODE}.child_looked_after_placements[].end_date": "ssd_cla_placement.clap_cla_placement_end_date",
    f"{EPISODE}.child_looked_after_placements[].end_reason": "ssd_cla_episodes.clae_cla_episode_ceased_reason",
    f"{EPISODE}.child_looked_after_placements[].change_reason": "ssd_cla_placement.clap_cla_placement_change_reason",
    f"{EPISODE}.adoption.initial_decision_date": "ssd_permanence.perm_adm_decision_date",
    f"{EPISODE}.adoption.matched_date": "ssd_permanence.perm_matched_date",
    f"{EPISODE}.adoption.placed_date": "ssd_permanence.perm_placed_for_adoption_date",
    f"{EPISODE}.care_leavers.contact_date": "ssd_care_leavers.clea_care_leaver_latest_contact",
    f"{EPISODE}.care_leavers.activity": "ssd_care_leavers.clea_care_leaver_activity",
    f"{EPISODE}.care_leavers.accommodation": "ssd_care_leavers.clea_care_leaver_accommodation",
}

_INDEX = re.compile(r"\[\d*\]")


def field_name(path: str) -> str:
    """A finding's JSON path as the DfE field it is about: ``$.a[3].b`` -> ``a[].b``."""
    text = _INDEX.sub("[]", path)
    return text[2:] if text.startswith("$.") else text.lstrip("$")


def ssd_column(path: str) -> str | None:
    """The ``ssd_table.column`` the field at ``path`` is built from (a list's, for one of its
    items), or None when no single column feeds it (a whole block, a missing key)."""
    name = field_name(path)
    while name.endswith("[]") and name not in FIELD_SOURCES:
        name = name[:-2]
    return FIELD_SOURCES.get(name)
