{#- ssd_cp_plans from Mosaic: child protection registrations (dm_REGISTRATIONS, not temporary) overlapping
    the history window. icpc id = registration step + child, the id ssd_initial_cp_conference gives the
    conference step that created the plan. Category = the CIN abuse category code of the
    DM_REGISTRATION_CATEGORIES rows starting on the plan start (initial) or active at the plan end or today
    (latest); 'MUL' when there are several. -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/mosaic/_lib.sql" as lib with context %}
{% call refresh(schema, table) %}
WITH plans AS (
    SELECT rg.REGISTRATION_ID AS plan_id, rg.PERSON_ID AS person_id, rg.REGISTRATION_STEP_ID AS step_id,
           rg.REGISTRATION_START_DATE AS start_date, rg.DEREGISTRATION_DATE AS end_date,
           COALESCE(rg.DEREGISTRATION_DATE, {{ today() }}) AS as_at
    FROM {{ src('dm_REGISTRATIONS') }} rg
    WHERE {{ code_eq('rg.IS_CHILD_PROTECTION_PLAN', 'Y') }}
      AND NOT {{ code_eq("COALESCE(rg.IS_TEMPORARY_CHILD_PROTECTION, 'N')", 'Y') }}
      AND {{ shared.overlaps_window('rg.REGISTRATION_START_DATE', 'rg.DEREGISTRATION_DATE') }}
),
categories AS (
    SELECT p.plan_id,
           COUNT(DISTINCT CASE WHEN CAST(rc.CATEGORY_START_DATE AS DATE) = CAST(p.start_date AS DATE) THEN rc.CIN_ABUSE_CATEGORY_CODE END) AS initial_count,
           MAX(CASE WHEN CAST(rc.CATEGORY_START_DATE AS DATE) = CAST(p.start_date AS DATE) THEN rc.CIN_ABUSE_CATEGORY_CODE END) AS initial_code,
           COUNT(DISTINCT CASE WHEN {{ shared.covers('rc.CATEGORY_START_DATE', 'rc.CATEGORY_END_DATE', 'p.as_at') }} THEN rc.CIN_ABUSE_CATEGORY_CODE END) AS latest_count,
           MAX(CASE WHEN {{ shared.covers('rc.CATEGORY_START_DATE', 'rc.CATEGORY_END_DATE', 'p.as_at') }} THEN rc.CIN_ABUSE_CATEGORY_CODE END) AS latest_code
    FROM plans p
    JOIN {{ src('DM_REGISTRATION_CATEGORIES') }} rc ON rc.REGISTRATION_ID = p.plan_id
    GROUP BY p.plan_id
),
{{ shared.referral_on_date("referrals", "plans", ["plan_id"], lib.referrals, "highest_overlapping",
                            on=("ev.start_date", "ev.end_date")) }}
{{ insert_into(schema, table) }}
SELECT
    {{ to_text('p.plan_id', 48) }},
    rf.referral_id,
    CASE WHEN p.step_id IS NOT NULL THEN {{ lib.step_person_id('p.step_id', 'p.person_id') }} END,
    {{ to_text('p.person_id', 48) }},
    p.start_date,
    p.end_date,
    NULL,  -- cppl_cp_plan_ola: the data mart does not say whether another LA holds the plan
    CASE WHEN c.initial_count > 1 THEN 'MUL' ELSE c.initial_code END,
    CASE WHEN c.latest_count > 1 THEN 'MUL' ELSE c.latest_code END
FROM plans p
LEFT JOIN referrals rf ON rf.plan_id = p.plan_id
LEFT JOIN categories c ON c.plan_id = p.plan_id
WHERE {{ shared.in_ssd_person(schema, 'p.person_id') }}
{% endcall %}

