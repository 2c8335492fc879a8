{#- ssd_contacts from Liquid Logic: FACT_CONTACTS received since the start of the history window, for
    children in ssd_person; one row per contact. The source code is Liquid Logic's lookup id (as for
    referral sources), the description its text. The outcome is a JSON object: each outcome flag as
    recorded ("" when not recorded), the number of outcomes and the comments, escaped. -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/liquid_logic/_lib.sql" as lib with context %}
{% set items = [
    ("NEW_REFERRAL_FLAG", "text", lib.flag_text("fc.OUTCOME_NEW_REFERRAL_FLAG")),
    ("EXISTING_REFERRAL_FLAG", "text", lib.flag_text("fc.OUTCOME_EXISTING_REFERRAL_FLAG")),
    ("CP_ENQUIRY_FLAG", "text", lib.flag_text("fc.OUTCOME_CP_ENQUIRY_FLAG")),
    ("NFA_FLAG", "text", lib.flag_text("fc.OUTCOME_NFA_FLAG")),
    ("NON_AGENCY_ADOPTION_FLAG", "text", lib.flag_text("fc.OUTCOME_NON_AGENCY_ADOPTION_FLAG")),
    ("PRIVATE_FOSTERING_FLAG", "text", lib.flag_text("fc.OUTCOME_PRIVATE_FOSTERING_FLAG")),
    ("ADVICE_FLAG", "text", lib.flag_text("fc.OUTCOME_ADVICE_FLAG")),
    ("MISSING_FLAG", "text", lib.flag_text("fc.OUTCOME_MISSING_FLAG")),
    ("OLA_CP_FLAG", "text", lib.flag_text("fc.OUTCOME_OLA_CP_FLAG")),
    ("OTHER_OUTCOMES_EXIST_FLAG", "text", lib.flag_text("fc.OTHER_OUTCOMES_EXIST_FLAG")),
    ("NUMBER_OF_OUTCOMES", "count", "fc.TOTAL_NO_OF_OUTCOMES"),
    ("COMMENTS", "note", "LEFT(fc.OUTCOME_COMMENTS, 900)")
] %}
{% call refresh(schema, table) %}
{{ insert_into(schema, table) }}
SELECT
    {{ to_text("fc.FACT_CONTACT_ID") }},
    {{ to_text("fc.DIM_PERSON_ID") }},
    fc.CONTACT_DTTM,
    {{ lib.id_text("fc.DIM_LOOKUP_CONT_SORC_ID") }},
    {{ lib.clean("fc.DIM_LOOKUP_CONT_SORC_ID_DESC", 255) }},
    {{ lib.json_object(items, 'cont_contact_outcome_json') }}
FROM {{ src('FACT_CONTACTS') }} fc
WHERE fc.DIM_PERSON_ID <> -1
    AND fc.CONTACT_DTTM >= {{ history_start() }}
    AND {{ shared.in_ssd_person(schema, "fc.DIM_PERSON_ID") }}
{% endcall %}
