"""The synthetic Liquid Logic source tables: HDM Child_Social objects and the columns the templates read.

Names are Liquid Logic's (created unquoted, so PostgreSQL folds them to lower case); keys plus
the columns sql_templates/cms/liquid_logic reads (examples/cms/liquid_logic.md lists them).
"""

from __future__ import annotations

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
        ("DIM_RELATED_PERSON_ID", ID), ("DIM_RELATED_PERSON_DOB", TS), ("END_DTTM", TS),
    ],
    "FACT_CONTACTS": [
        ("FACT_CONTACT_ID", ID), ("DIM_PERSON_ID", ID), ("CONTACT_DTTM", TS), ("DIM_LOOKUP_CONT_SORC_ID", ID),
        ("DIM_LOOKUP_CONT_SORC_ID_DESC", _text(255)), ("OUTCOME_NEW_REFERRAL_FLAG", _text(1)),
        ("OUTCOME_EXISTING_REFERRAL_FLAG", _text(1)), ("OUTCOME_CP_ENQUIRY_FLAG", _text(1)),
        ("OUTCOME_NFA_FLAG", _text(1)), ("OUTCOME_NON_AGENCY_ADOPTION_FLAG", _text(1)),
        ("OUTCOME_PRIVATE_FOSTERING_FLAG", _text(1)), ("OUTCOME_ADVICE_FLAG", _text(1)),
        ("OUTCOME_MISSING_FLAG", _text(1)), ("OUTCOME_OLA_CP_FLAG", _text(1)), ("OTHER_OUTCOMES_EXIST_FLAG", _text(1)),
        ("TOTAL_NO_OF_OUTCOMES", ID), ("OUTCOME_COMMENTS", "TEXT"), ("DIM_LOOKUP_FAMILYOFRESIDENCE_ID", ID),
    ],
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
    "FACT_FORMS": [("FACT_FORM_ID", ID), ("DIM_PERSON_ID", ID), ("DIM_LOOKUP_FORM_TYPE_ID_CODE", _text(10))],
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
        ("MODIF_DTTM", TS), ("START_DTTM", TS), ("END_DTTM", TS), ("DIM_LOOKUP_PLAN_STATUS_ID_CODE", _text(10)),
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
    "FACT_MEETINGS": [
        ("FACT_MEETING_ID", ID), ("ACTUAL_DTTM", TS), ("DIM_LOOKUP_MTG_TYPE_ID_CODE", _text(30)), ("CANCELLED", _text(1)),
    ],
    "FACT_CP_PLAN": [
        ("FACT_CP_PLAN_ID", ID), ("FACT_INITIAL_CP_CONFERENCE_ID", ID), ("FACT_REFERRAL_ID", ID),
        ("DIM_PERSON_ID", ID), ("START_DTTM", TS), ("END_DTTM", TS), ("IS_OLA", _text(1)),
        ("INIT_CATEGORY_DESC", _text()), ("CP_CATEGORY_DESC", _text()),
    ],
    "FACT_CLA": [
        ("FACT_CLA_ID", ID), ("FACT_REFERRAL_ID", ID), ("START_DTTM", TS), ("DIM_PERSON_ID", ID),
        ("IMMU_UP_TO_DATE_FLAG", _text(1)), ("LAST_UPDATED_DTTM", TS),
    ],
    "FACT_CARE_EPISODES": [
        ("FACT_CARE_EPISODES_ID", ID), ("DIM_PERSON_ID", ID), ("FACT_CLA_ID", ID), ("FACT_CLA_PLACEMENT_ID", ID),
        ("CARE_START_DATE", TS), ("CARE_REASON_DESC", _text()), ("CIN_903_CODE", _text(10)), ("CARE_END_DATE", TS),
        ("CARE_REASON_END_DESC", _text()), ("CARE_REASON_END_CODE", _text(10)), ("OFSTED_URN", _text(20)),
        ("PLACEND", TS),
    ],
    "FACT_CASENOTES": [
        ("FACT_CASENOTE_ID", ID), ("DIM_PERSON_ID", ID), ("DIM_LOOKUP_CASNT_TYPE_ID_CODE", _text(20)),
        ("EVENT_DTTM", TS), ("SEEN_FLAG", _text(1)), ("SEEN_ALONE_FLAG", _text(1)), ("SEEN_BEDROOM_FLAG", _text(1)),
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
    # The tables of the rest of the SSD (contacts, visits, reviews, health, legal status, missing...).
    "FACT_CAF_EPISODE": [
        ("FACT_CAF_EPISODE_ID", ID), ("DIM_PERSON_ID", ID), ("EPISODE_START_DTTM", TS), ("EPISODE_END_DTTM", TS),
        ("START_REASON", _text()), ("DIM_LOOKUP_CAF_EP_ENDRSN_ID_CODE", _text()),
        ("DIM_LOOKUP_ORIGINATING_ORGANISATION_CODE", _text(20)),
    ],
    "FACT_CP_VISIT": [("FACT_CP_VISIT_ID", ID), ("FACT_CASENOTE_ID", ID), ("FACT_CP_PLAN_ID", ID)],
    "FACT_CP_REVIEW": [
        ("FACT_CP_REVIEW_ID", ID), ("FACT_CP_PLAN_ID", ID), ("DIM_PERSON_ID", ID), ("DUE_DTTM", TS),
        ("MEETING_DTTM", TS), ("FACT_MEETING_ID", ID), ("OUTCOME_CONTINUE_CP_FLAG", _text(1)),
    ],
    "FACT_MEETING_SUBJECTS": [
        ("FACT_MEETING_SUBJECTS_ID", ID), ("FACT_MEETINGS_ID", ID), ("DIM_PERSON_ID", ID), ("FACT_OUTCM_FORM_ID", ID),
        ("DIM_LOOKUP_PARTICIPATION_CODE_DESC", _text()),
    ],
    "FACT_CLA_REVIEW": [
        ("FACT_CLA_REVIEW_ID", ID), ("FACT_CLA_ID", ID), ("DIM_PERSON_ID", ID), ("DUE_DTTM", TS), ("MEETING_DTTM", TS),
        ("FACT_MEETING_ID", ID),
    ],
    "FACT_CLA_VISIT": [("FACT_CLA_VISIT_ID", ID), ("FACT_CLA_ID", ID), ("FACT_CASENOTE_ID", ID), ("DIM_PERSON_ID", ID)],
    "FACT_HEALTH_CHECK": [
        ("FACT_HEALTH_CHECK_ID", ID), ("DIM_PERSON_ID", ID), ("DIM_LOOKUP_EVENT_TYPE_DESC", _text()),
        ("START_DTTM", TS), ("DIM_LOOKUP_EXAM_STATUS_DESC", _text()),
    ],
    "FACT_LEGAL_STATUS": [
        ("FACT_LEGAL_STATUS_ID", ID), ("DIM_PERSON_ID", ID), ("DIM_LOOKUP_LGL_STATUS_DESC", _text()),
        ("START_DTTM", TS), ("END_DTTM", TS),
    ],
    "FACT_MISSING_PERSON": [
        ("FACT_MISSING_PERSON_ID", ID), ("DIM_PERSON_ID", ID), ("START_DTTM", TS), ("END_DTTM", TS),
        ("MISSING_STATUS", _text(20)), ("RETURN_INTERVIEW_OFFERED", _text(10)), ("RETURN_INTERVIEW_ACCEPTED", _text(10)),
    ],
    "FACT_OFFENCE": [("FACT_OFFENCE_ID", ID), ("DIM_PERSON_ID", ID), ("OFFENCE_DTTM", TS), ("DESCRIPTION", _text(1000))],
    "FACT_SUBSTANCE_MISUSE": [
        ("FACT_SUBSTANCE_MISUSE_ID", ID), ("DIM_PERSON_ID", ID), ("START_DTTM", TS),
        ("DIM_LOOKUP_SUBSTANCE_TYPE_CODE", _text(20)), ("ACCEPT_FLAG", _text(1)),
    ],
    "DIM_DEPARTMENT": [("DIM_DEPARTMENT_ID", ID), ("NAME", _text(255)), ("DEPT_ID", _text(20)),
                       ("DEPT_TYPE_DESCRIPTION", _text())],
}
