{#- ssd_immigration_status from Mosaic: form answers (dm_cached_form_answers). The status is the text
    answer to one of the LA's immigration-status questions; start and end are the date answers to the
    start and end questions on the same form and repeating row (with no start answer, the form's date).
    Only each child's most recent such form counts. A status text listed in
    uasc_status_answers is stored as 'U', the code the payload's UASC flag looks for. -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/mosaic/_lib.sql" as lib with context %}
{% set status_codes = param('immigration_status_question_codes', ["acFLDAllAboutMeLeavingImmigrationStatusList", "csn_ina_addsuppfact_immig_status", "csn_couns_immigration", "uascImmigStat", "62CD0406-2F07-0FF5-512C-A7FA0DBAD602"]) %}
{{ shared.check_param('immigration_status_question_codes', status_codes, 'list') }}
{% set start_codes = param('immigration_start_question_codes', []) %}
{{ shared.check_param('immigration_start_question_codes', start_codes, 'list') }}
{% set end_codes = param('immigration_end_question_codes', []) %}
{{ shared.check_param('immigration_end_question_codes', end_codes, 'list') }}
{% set uasc = param('uasc_status_answers', ["UASC", "Unaccompanied asylum seeking child"]) %}
{{ shared.check_param('uasc_status_answers', uasc, 'list') }}
{% call refresh(schema, table) %}
WITH {{ lib.question_codes("questions", {"is_status": status_codes, "is_start": start_codes, "is_end": end_codes}) }},
answers AS (
    -- the answer's own subject when set, else every person subject of the form's subgroup
    SELECT fa.FORM_ID AS form_id, fa.FORM_ANSWER_ROW_ID AS row_id, fa.TEXT_ANSWER AS status,
           COALESCE(CASE WHEN fa.SUBJECT_PERSON_ID > 0 THEN fa.SUBJECT_PERSON_ID END, ss.SUBJECT_COMPOUND_ID) AS person_id,
           f.CREATED_ON AS created_on
    FROM {{ src('dm_cached_form_answers') }} fa
    JOIN questions qs ON qs.code = fa.QUESTION_USER_CODE AND qs.is_status = 1
    JOIN {{ src('mo_forms') }} f ON f.FORM_ID = fa.FORM_ID
    LEFT JOIN {{ src('dm_subgroup_subjects') }} ss
           ON ss.SUBGROUP_ID = fa.SUBGROUP_ID AND {{ code_eq('ss.SUBJECT_TYPE_CODE', 'PER') }} AND COALESCE(fa.SUBJECT_PERSON_ID, 0) <= 0
    WHERE fa.TEXT_ANSWER IS NOT NULL
),
dates AS (
    SELECT da.FORM_ID AS form_id, da.FORM_ANSWER_ROW_ID AS row_id,
           MAX(CASE WHEN qd.is_start = 1 THEN da.DATE_ANSWER END) AS start_date,
           MAX(CASE WHEN qd.is_end = 1 THEN da.DATE_ANSWER END) AS end_date
    FROM {{ src('dm_cached_form_answers') }} da
    JOIN questions qd ON qd.code = da.QUESTION_USER_CODE AND (qd.is_start = 1 OR qd.is_end = 1)
    WHERE da.DATE_ANSWER IS NOT NULL
    GROUP BY da.FORM_ID, da.FORM_ANSWER_ROW_ID
),
latest AS (
    -- dates joined before ranking, so the ranked rows are only filtered afterwards
    SELECT a.form_id, a.status, a.person_id, a.created_on, d.start_date, d.end_date,
           ROW_NUMBER() OVER (PARTITION BY a.person_id ORDER BY a.created_on DESC, a.form_id DESC, a.row_id DESC) AS rn
    FROM answers a
    LEFT JOIN dates d ON d.form_id = a.form_id AND d.row_id = a.row_id
    WHERE a.person_id IS NOT NULL
)
{{ insert_into(schema, table) }}
SELECT
    {{ lib.step_person_id('l.form_id', 'l.person_id') }},
    {{ to_text('l.person_id', 48) }},
    CAST(COALESCE(l.start_date, l.created_on) AS DATE),  -- the form date when no start question is configured or answered
    CAST(l.end_date AS DATE),
    CASE WHEN {{ lib.code_in_list('l.status', uasc) }} THEN 'U' ELSE LEFT(l.status, 100) END
FROM latest l
WHERE l.rn = 1
  AND {{ shared.in_ssd_person(schema, 'l.person_id') }}
{% endcall %}

