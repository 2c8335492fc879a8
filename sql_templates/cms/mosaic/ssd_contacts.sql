{#- ssd_contacts from Mosaic: workflow steps flagged as child contacts (IS_CHILD_CONTACT, standard mapping;
    cancelled and proposed steps never happened) started in the history window, one row per child subject
    in ssd_person; id = step-person. Source description from DM_STEP_SOURCE_DETAILS / DM_STEP_SOURCE_TYPES
    (the lowest source type if a step has several). The data mart has no contact source code. Outcome = the
    model's JSON object with the two flags the workflow shows: NEW_REFERRAL_FLAG (a live next step for the
    child is a CIN referral) and NFA_FLAG (a next action marked no further action); the others are "". -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/mosaic/_lib.sql" as lib with context %}
{% call refresh(schema, table) %}
WITH contacts AS (
    SELECT s.WORKFLOW_STEP_ID AS step_id, ss.SUBJECT_COMPOUND_ID AS person_id,
           COALESCE(s.STARTED_ON, s.INCOMING_ON) AS contact_date
    FROM {{ src('DM_WORKFLOW_STEPS') }} s
    JOIN {{ src('dm_subgroup_subjects') }} ss ON ss.SUBGROUP_ID = s.SUBGROUP_ID AND {{ code_eq('ss.SUBJECT_TYPE_CODE', 'PER') }}
    WHERE {{ code_eq('s.IS_CHILD_CONTACT', 'Y') }}
      AND {{ code_in('s.STEP_STATUS', lib.live_statuses) }}
      AND COALESCE(s.STARTED_ON, s.INCOMING_ON) >= {{ history_start() }}
      AND COALESCE(s.STARTED_ON, s.INCOMING_ON) <= {{ today() }}
),
sources AS (
    SELECT sd.WORKFLOW_STEP_ID AS step_id, MIN(sd.SOURCE_TYPE_ID) AS source_type_id
    FROM {{ src('DM_STEP_SOURCE_DETAILS') }} sd
    GROUP BY sd.WORKFLOW_STEP_ID
),
outcomes AS (
    SELECT c.step_id, c.person_id,
           MAX(CASE WHEN rf.REFERRAL_ID IS NOT NULL THEN 'Y' ELSE 'N' END) AS new_referral,
           MAX(CASE WHEN {{ code_eq('na.IS_NO_FURTHER_ACTION', 'Y') }} THEN 'Y' ELSE 'N' END) AS nfa
    FROM contacts c
    JOIN {{ src('dm_workflow_links') }} wl ON wl.SOURCE_STEP_ID = c.step_id
    JOIN {{ src('DM_WORKFLOW_STEPS') }} ts ON ts.WORKFLOW_STEP_ID = wl.TARGET_STEP_ID
    JOIN {{ src('dm_subgroup_subjects') }} tss
         ON tss.SUBGROUP_ID = ts.SUBGROUP_ID AND {{ code_eq('tss.SUBJECT_TYPE_CODE', 'PER') }} AND tss.SUBJECT_COMPOUND_ID = c.person_id
    LEFT JOIN {{ src('dm_WORKFLOW_NXT_ACTION_TYPES') }} na ON na.WORKFLOW_NEXT_ACTION_TYPE_ID = wl.WORKFLOW_NEXT_ACTION_TYPE_ID
    LEFT JOIN {{ src('dm_cin_referrals') }} rf ON rf.REFERRAL_ID = wl.TARGET_STEP_ID AND rf.PERSON_ID = c.person_id
    WHERE {{ code_in('ts.STEP_STATUS', lib.live_statuses) }}
    GROUP BY c.step_id, c.person_id
)
{{ insert_into(schema, table) }}
SELECT
    {{ lib.step_person_id('c.step_id', 'c.person_id') }},
    CAST(c.person_id AS VARCHAR(48)),
    c.contact_date,
    NULL,  -- cont_contact_source_code: the data mart holds only the source description
    LEFT(st.DESCRIPTION, 255),
    CONCAT('{"NEW_REFERRAL_FLAG": "', COALESCE(o.new_referral, 'N'),
           '", "EXISTING_REFERRAL_FLAG": "", "CP_ENQUIRY_FLAG": "", "NFA_FLAG": "', COALESCE(o.nfa, 'N'),
           '", "NON_AGENCY_ADOPTION_FLAG": "", "PRIVATE_FOSTERING_FLAG": "", "ADVICE_FLAG": "", "MISSING_FLAG": "", ',
           '"OLA_CP_FLAG": "", "OTHER_OUTCOMES_EXIST_FLAG": ""}')
FROM contacts c
LEFT JOIN sources so ON so.step_id = c.step_id
LEFT JOIN {{ src('DM_STEP_SOURCE_TYPES') }} st ON st.SOURCE_TYPE_ID = so.source_type_id
LEFT JOIN outcomes o ON o.step_id = c.step_id AND o.person_id = c.person_id
WHERE {{ shared.in_ssd_person(schema, 'c.person_id') }}
{% endcall %}
