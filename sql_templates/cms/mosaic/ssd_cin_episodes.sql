{#- ssd_cin_episodes from Mosaic: dm_cin_referrals overlapping the history window, with the referral
    workflow step for team and worker (a left join, so a referral without a step is kept).
    The id is referral step + child, because one Mosaic referral step can refer several children.
    The outcome is a JSON object of flags derived from the steps the referral led to, the shape the
    payload reads. -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/mosaic/_lib.sql" as lib with context %}
{% set source_group = param('referral_source_group', 'Child CIN Referral Source') %}
{% call refresh(schema, table) %}
WITH in_window AS (
    -- the referral steps this fill writes: need and next steps are worked out for these only
    SELECT wr.REFERRAL_ID AS referral_id
    FROM {{ src('dm_cin_referrals') }} wr
    WHERE {{ shared.overlaps_window('wr.REFERRAL_DATE', 'wr.CLOSURE_DATE') }}
),
need AS (
    -- primary need: the CIN need category of the service-user groups covering the referral date
    SELECT nr.REFERRAL_ID AS referral_id, nr.PERSON_ID AS person_id, MAX(gt.NEED_CODE_CATEGORY_CODE) AS need_code
    FROM {{ src('dm_cin_referrals') }} nr
    JOIN {{ src('DM_SERVICE_USER_GROUPS') }} g
      ON g.PERSON_ID = nr.PERSON_ID AND {{ shared.covers('g.START_DATE', 'g.END_DATE', 'nr.REFERRAL_DATE') }}
    JOIN {{ src('DM_SERV_USER_GROUP_TYPES') }} gt ON gt.GROUP_TYPE = g.FULL_GROUP_TYPE
    WHERE gt.NEED_CODE_CATEGORY_CODE IS NOT NULL
      AND nr.REFERRAL_ID IN (SELECT iw.referral_id FROM in_window iw)
    GROUP BY nr.REFERRAL_ID, nr.PERSON_ID
),
sources AS (
    SELECT cg.CATEGORY_CODE AS code, MAX(cg.CATEGORY_DESCRIPTION) AS description
    FROM {{ src('child_group_embedded_codes_vw') }} cg
    WHERE {{ code_eq('cg.GROUP_NAME', source_group) }}
    GROUP BY cg.CATEGORY_CODE
),
next_steps AS (
    -- the live steps the referral step led to, for the same child
    SELECT wl.SOURCE_STEP_ID AS step_id, tp.PERSON_ID AS person_id,
           MAX(CASE WHEN {{ code_eq('ts.IS_CONTINUOUS_ASSESSMENT', 'Y') }} THEN 1 ELSE 0 END) AS assessment,
           MAX(CASE WHEN {{ code_eq('ts.IS_SECTION_47_ENQUIRY', 'Y') }} OR ts.STRATEGY_DISCUSSION_DATE IS NOT NULL THEN 1 ELSE 0 END) AS strategy,
           COUNT(DISTINCT wl.TARGET_STEP_ID) AS outcomes
    FROM {{ src('dm_workflow_links') }} wl
    JOIN {{ src('DM_WORKFLOW_STEPS') }} ts ON ts.WORKFLOW_STEP_ID = wl.TARGET_STEP_ID
    JOIN {{ src('dm_workflow_steps_people_vw') }} tp ON tp.WORKFLOW_STEP_ID = wl.TARGET_STEP_ID
    WHERE {{ code_in('ts.STEP_STATUS', lib.live_statuses) }}
      AND wl.SOURCE_STEP_ID IN (SELECT iw.referral_id FROM in_window iw)
    GROUP BY wl.SOURCE_STEP_ID, tp.PERSON_ID
)
{{ insert_into(schema, table) }}
SELECT
    {{ lib.step_person_id('r.REFERRAL_ID', 'r.PERSON_ID') }},
    {{ to_text('r.PERSON_ID', 48) }},
    r.REFERRAL_DATE,
    LEFT(n.need_code, 3),
    LEFT(LTRIM(RTRIM({{ lib.referral_source_code('r.SOURCE_OF_REFERRAL') }})), 48),
    LEFT(s.description, 255),
    CONCAT('{"SINGLE_ASSESSMENT_FLAG": "', CASE WHEN x.assessment = 1 THEN 'Y' ELSE 'N' END,
           '", "STRATEGY_DISCUSSION_FLAG": "', CASE WHEN x.strategy = 1 THEN 'Y' ELSE 'N' END,
           '", "NFA_FLAG": "', CASE WHEN r.NFA_DATE IS NOT NULL THEN 'Y' ELSE 'N' END,
           '", "NUMBER_OF_OUTCOMES": ', COALESCE(x.outcomes, 0), '}'),
    CASE WHEN r.NFA_DATE IS NOT NULL THEN 'Y' ELSE 'N' END,
    LEFT(LTRIM(RTRIM({{ lib.close_reason_code('r.CLOSURE_REASON') }})), 100),
    r.CLOSURE_DATE,
    {{ to_text('stp.RESPONSIBLE_TEAM_ID', 48) }},
    {{ to_text('stp.ASSIGNEE_ID', 48) }}
FROM {{ src('dm_cin_referrals') }} r
LEFT JOIN {{ src('DM_WORKFLOW_STEPS') }} stp ON stp.WORKFLOW_STEP_ID = r.REFERRAL_ID
LEFT JOIN need n ON n.referral_id = r.REFERRAL_ID AND n.person_id = r.PERSON_ID
LEFT JOIN sources s ON s.code = r.SOURCE_OF_REFERRAL
LEFT JOIN next_steps x ON x.step_id = r.REFERRAL_ID AND x.person_id = r.PERSON_ID
WHERE {{ shared.overlaps_window('r.REFERRAL_DATE', 'r.CLOSURE_DATE') }}
  AND {{ shared.in_ssd_person(schema, 'r.PERSON_ID') }}
{% endcall %}

