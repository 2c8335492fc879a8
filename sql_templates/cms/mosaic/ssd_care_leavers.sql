{#- ssd_care_leavers from Mosaic: one row per young person aged 16-25 today who was looked after on or
    after their 16th birthday, with their care-leaver category as of today (the rules: 91+ days looked
    after since the 14th birthday, respite-only periods not counted, 16-17 'd) Eligible' in care or
    'a) Relevant child', 18-21 'b) Former relevant child', 22-25 only while a worker or personal adviser is
    allocated; under 91 days and out of care 'c) Qualifying care leaver'), and their latest
    dm_former_looked_after contact with SSDA903 codes through source.params (activity, accommodation) and
    the LA's mapping groups (descriptions where there is no code). A persistent table, refilled each run;
    the personal adviser is the worker id, which joins to ssd_professionals, not the name. -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/mosaic/_lib.sql" as lib with context %}
{% set pa_types = param('personal_adviser_relationship_types', ["REL.PERSONALADVISOR"]) %}
{{ shared.check_param('personal_adviser_relationship_types', pa_types, 'list') }}
{% set pathway_types = param('pathway_plan_step_type_ids', [498, 500]) %}
{{ shared.check_param('pathway_plan_step_type_ids', pathway_types, 'list') }}
{% set in_touch_group = lib.care_leaver_group('in_touch') %}
{% set accommodation_group = lib.care_leaver_group('accommodation') %}
{% set activity_group = lib.care_leaver_group('activity') %}
{% set in_touch_codes = ["YES", "NO", "DIED", "REFU", "NREQ", "RHOM"] %}
{#- The in-touch code: the LA's mapping group, else the Mosaic code when it is one, else the description. #}
{% macro in_touch(mapped, raw, description) -%}
CASE WHEN {{ code_in(mapped, in_touch_codes) }} THEN UPPER(LTRIM(RTRIM({{ mapped }})))
     WHEN {{ code_in(raw, in_touch_codes) }} THEN UPPER(LTRIM(RTRIM({{ raw }})))
     ELSE LEFT({{ description }}, 100) END
{%- endmacro %}
{% call refresh(schema, table) %}
WITH young AS (
    SELECT p.PERSON_ID AS person_id,
           {{ date_add_years('p.DATE_OF_BIRTH', 14) }} AS d14,
           {{ date_add_years('p.DATE_OF_BIRTH', 18) }} AS d18,
           {{ date_add_years('p.DATE_OF_BIRTH', 21) }} AS d21,
           {{ date_add_years('p.DATE_OF_BIRTH', 22) }} AS d22
    -- the date of birth read failure-free (ssd_person counts the unreadable ones), once per person
    FROM (SELECT pd.PERSON_ID, {{ try_cast_datetime('pd.DATE_OF_BIRTH') }} AS DATE_OF_BIRTH FROM {{ src('dm_persons') }} pd{{ (' ' ~ compute_once() | trim) if compute_once() | trim }}) p
    WHERE p.DATE_OF_BIRTH IS NOT NULL
      AND {{ date_add_years('p.DATE_OF_BIRTH', 16) }} <= {{ today() }}
      AND {{ date_add_years('p.DATE_OF_BIRTH', 26) }} > {{ today() }}
      AND EXISTS (
          SELECT 1 FROM {{ src('dm_PERIODS_OF_CARE') }} lc
          WHERE lc.PERSON_ID = p.PERSON_ID
            AND (lc.END_DATE IS NULL OR lc.END_DATE >= {{ date_add_years('p.DATE_OF_BIRTH', 16) }})
      )
),
care AS (
    SELECT y.person_id,
           SUM(CASE WHEN COALESCE(pc.END_DATE, {{ today() }}) > y.d14
                    THEN {{ days_between('CASE WHEN pc.START_DATE > y.d14 THEN pc.START_DATE ELSE y.d14 END',
                                         'CASE WHEN pc.END_DATE IS NULL OR pc.END_DATE > ' ~ today() ~ ' THEN ' ~ today() ~ ' ELSE pc.END_DATE END') }}
                    ELSE 0 END) AS days,
           MAX(CASE WHEN pc.END_DATE IS NULL OR pc.END_DATE >= {{ today() }} THEN 1 ELSE 0 END) AS in_care
    FROM young y
    JOIN {{ src('dm_PERIODS_OF_CARE') }} pc ON pc.PERSON_ID = y.person_id
    WHERE EXISTS (
        SELECT 1 FROM {{ src('dm_LEGAL_STATUSES') }} ls
        WHERE ls.PERIOD_OF_CARE_ID = pc.PERIOD_OF_CARE_ID AND COALESCE(ls.IS_RESPITE_CARE, 'N') <> 'Y'
    )
    GROUP BY y.person_id
),
workers AS (
    -- today's allocated worker (latest allocation) and that worker's role organisation today
    SELECT aw.PERSON_ID AS person_id, aw.WORKER_ID AS worker_id, wr.ORGANISATION_ID AS team_id,
           ROW_NUMBER() OVER (PARTITION BY aw.PERSON_ID
                              ORDER BY aw.START_DATE DESC, aw.ALLOCATION_ID DESC, wr.START_DATE DESC, wr.WORKER_ROLE_ID DESC) AS rn
    FROM {{ src('dm_ALLOCATED_WORKERS') }} aw
    LEFT JOIN {{ src('dm_worker_roles') }} wr
           ON wr.WORKER_ID = aw.WORKER_ID AND {{ shared.covers('wr.START_DATE', 'wr.END_DATE', today()) }}
    WHERE {{ shared.covers('aw.START_DATE', 'aw.END_DATE', today()) }}
),
advisers AS (
    SELECT pr.PERSON_ID AS person_id, pr.WORKER_ID AS worker_id,
           ROW_NUMBER() OVER (PARTITION BY pr.PERSON_ID ORDER BY pr.START_DATE DESC, pr.PROF_RELATIONSHIP_ID DESC) AS rn
    FROM {{ src('dm_prof_relationships') }} pr
    WHERE {{ lib.code_in_list('pr.PROF_REL_TYPE_CODE', pa_types) }}
      AND {{ shared.covers('pr.START_DATE', 'pr.END_DATE', today()) }}
),
classified AS (
    SELECT y.person_id,
           CASE
               WHEN c.days >= 91 AND y.d18 > {{ today() }} THEN CASE WHEN c.in_care = 1 THEN 'd) Eligible' ELSE 'a) Relevant child' END
               WHEN c.days >= 91 AND (y.d22 > {{ today() }} OR w.worker_id IS NOT NULL OR a.worker_id IS NOT NULL) THEN 'b) Former relevant child'
               WHEN c.days < 91 AND c.in_care = 0 AND (y.d21 > {{ today() }} OR w.worker_id IS NOT NULL OR a.worker_id IS NOT NULL) THEN 'c) Qualifying care leaver'
           END AS eligibility,
           w.worker_id, w.team_id, a.worker_id AS adviser_id
    FROM young y
    JOIN care c ON c.person_id = y.person_id
    LEFT JOIN workers w ON w.person_id = y.person_id AND w.rn = 1
    LEFT JOIN advisers a ON a.person_id = y.person_id AND a.rn = 1
),
contacts AS (
    SELECT f.PERSON_ID AS person_id, f.DATE_OF_SITUATION AS contact_date, f.IN_TOUCH_TYPE AS in_touch,
           f.ACCOMODATION_TYPE AS accommodation, f.ACCOMODATION_SUITABLE AS suitable, f.ACTIVITY_TYPE AS activity,
           ROW_NUMBER() OVER (PARTITION BY f.PERSON_ID ORDER BY f.DATE_OF_SITUATION DESC, f.FUTURE_PROSPECT_ID DESC) AS rn
    FROM {{ src('dm_former_looked_after') }} f
    WHERE f.DATE_OF_SITUATION <= {{ today() }}
),
maps AS (
    SELECT mg.GROUP_NAME AS group_name, mg.MAPPED_VALUE AS source_value, MAX(mg.CATEGORY_VALUE) AS code
    FROM {{ src('dm_mapping_groups') }} mg
    WHERE {{ code_in('mg.GROUP_NAME', [in_touch_group, accommodation_group, activity_group]) }}
    GROUP BY mg.GROUP_NAME, mg.MAPPED_VALUE
),
pathway AS (
    SELECT ss.SUBJECT_COMPOUND_ID AS person_id, MAX(s.COMPLETED_ON) AS reviewed
    FROM {{ src('DM_WORKFLOW_STEPS') }} s
    JOIN {{ src('dm_subgroup_subjects') }} ss ON ss.SUBGROUP_ID = s.SUBGROUP_ID AND {{ code_eq('ss.SUBJECT_TYPE_CODE', 'PER') }}
    WHERE {{ lib.in_list('s.WORKFLOW_STEP_TYPE_ID', pathway_types) }} AND {{ code_eq('s.STEP_STATUS', 'COMPLETED') }}
    GROUP BY ss.SUBJECT_COMPOUND_ID
)
{{ insert_into(schema, table) }}
SELECT
    {{ to_text('k.person_id', 48) }},
    {{ to_text('k.person_id', 48) }},
    k.eligibility,
    {{ in_touch('mi.code', 'ct.in_touch', 'it.DESCRIPTION') }},
    ct.contact_date,
    {{ lib.care_leaver_accommodation_code('ct.accommodation', 'ma.code', 'acc.DESCRIPTION') }},
    LEFT(ct.suitable, 100),
    {{ lib.care_leaver_activity_code('ct.activity', 'mv.code', 'av.DESCRIPTION') }},
    pw.reviewed,
    {{ to_text('k.adviser_id', 100) }},
    {{ to_text('k.team_id', 48) }},
    {{ to_text('k.worker_id', 100) }}
FROM classified k
LEFT JOIN contacts ct ON ct.person_id = k.person_id AND ct.rn = 1
LEFT JOIN maps mi ON {{ code_eq('mi.group_name', in_touch_group) }} AND mi.source_value = ct.in_touch
LEFT JOIN maps ma ON {{ code_eq('ma.group_name', accommodation_group) }} AND ma.source_value = ct.accommodation
LEFT JOIN maps mv ON {{ code_eq('mv.group_name', activity_group) }} AND mv.source_value = ct.activity
LEFT JOIN {{ src('dm_former_in_touch_types') }} it ON it.IN_TOUCH_TYPE = ct.in_touch
LEFT JOIN {{ src('dm_former_accom_types') }} acc ON acc.ACCOMODATION_TYPE = ct.accommodation
LEFT JOIN {{ src('dm_former_activity_types') }} av ON av.ACTIVITY_TYPE = ct.activity
LEFT JOIN pathway pw ON pw.person_id = k.person_id
WHERE k.eligibility IS NOT NULL
  AND {{ shared.in_ssd_person(schema, 'k.person_id') }}
{% endcall %}

