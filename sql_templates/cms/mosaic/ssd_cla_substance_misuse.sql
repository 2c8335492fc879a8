{#- ssd_cla_substance_misuse from Mosaic: the rows of a repeating form section (dm_cached_form_answers, one
    FORM_ID + FORM_ANSWER_ROW_ID) that answer a substance-type question, for children in ssd_person; no
    history window. The date and intervention answers come from the same row. Person = the answer's subject,
    or for answers about the whole form (subject <= 0) each person subject of its subgroup that has no
    answers of its own on the row. Intervention =
    Y for substance_intervention_yes_answers, N for substance_intervention_no_answers (both compared trimmed
    and ignoring case), else NULL, so a free-text answer never lands in the one-character column. The
    question codes have no usable default in Mosaic: each is an LA setting. Key = form.row-person. -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/mosaic/_lib.sql" as lib with context %}
{% set type_codes = param('substance_type_question_codes', ['lac.sm.substance']) %}
{% set date_codes = param('substance_date_question_codes', ['lac.sm.date']) %}
{% set intervention_codes = param('substance_intervention_question_codes', ['lac.sm.intervention']) %}
{% set yes = param('substance_intervention_yes_answers', ['Yes', 'Y']) %}
{% set no = param('substance_intervention_no_answers', ['No', 'N']) %}
{% for name, value in [('substance_type_question_codes', type_codes), ('substance_date_question_codes', date_codes),
                       ('substance_intervention_question_codes', intervention_codes),
                       ('substance_intervention_yes_answers', yes), ('substance_intervention_no_answers', no)] %}
{{ shared.check_param(name, value, 'list') }}
{{ shared.check_param(name, value, 'not_empty') }}
{% if 'question_user_code' in value %}{{ fail("source.params." ~ name ~ " still holds the placeholder question_user_code: set the LA's own question codes; see examples/cms/" ~ cms ~ ".md.") }}{% endif %}
{% endfor %}
{% call refresh(schema, table) %}
WITH {{ lib.question_codes("questions", {"is_type": type_codes, "is_date": date_codes, "is_intervention": intervention_codes}, code_in) }},
section_rows AS (
    SELECT fa.FORM_ID AS form_id, fa.FORM_ANSWER_ROW_ID AS row_id,
           CASE WHEN fa.SUBJECT_PERSON_ID > 0 THEN fa.SUBJECT_PERSON_ID ELSE 0 END AS subject,
           MAX(fa.SUBGROUP_ID) AS subgroup_id,
           MAX(CASE WHEN qc.is_type = 1 THEN LEFT(LTRIM(RTRIM(fa.TEXT_ANSWER)), 100) END) AS substance,
           MAX(CASE WHEN qc.is_date = 1
                    THEN COALESCE({{ try_cast_datetime('fa.DATE_ANSWER') }}, {{ try_cast_datetime('fa.TEXT_ANSWER') }}) END) AS misuse_date,
           MAX(CASE WHEN qc.is_intervention = 1
                    THEN CASE WHEN {{ code_in('fa.TEXT_ANSWER', yes) }} THEN 'Y' WHEN {{ code_in('fa.TEXT_ANSWER', no) }} THEN 'N' END END) AS intervention
    FROM {{ src('dm_cached_form_answers') }} fa
    JOIN questions qc ON qc.code = fa.QUESTION_USER_CODE
    WHERE fa.FORM_ID IS NOT NULL AND fa.FORM_ANSWER_ROW_ID IS NOT NULL
    GROUP BY fa.FORM_ID, fa.FORM_ANSWER_ROW_ID, CASE WHEN fa.SUBJECT_PERSON_ID > 0 THEN fa.SUBJECT_PERSON_ID ELSE 0 END
),
people AS (
    SELECT r.form_id, r.row_id, r.subject AS person_id, r.substance, r.misuse_date, r.intervention
    FROM section_rows r
    WHERE r.subject > 0 AND r.substance IS NOT NULL
    UNION ALL
    SELECT r.form_id, r.row_id, ss.SUBJECT_COMPOUND_ID, r.substance, r.misuse_date, r.intervention
    FROM section_rows r
    JOIN {{ src('dm_subgroup_subjects') }} ss ON ss.SUBGROUP_ID = r.subgroup_id AND {{ code_eq('ss.SUBJECT_TYPE_CODE', 'PER') }}
    WHERE r.subject = 0 AND r.substance IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM section_rows o  -- the person's own answers win
                      WHERE o.form_id = r.form_id AND o.row_id = r.row_id AND o.subject = ss.SUBJECT_COMPOUND_ID
                        AND o.substance IS NOT NULL)
)
{{ insert_into(schema, table) }}
SELECT DISTINCT
    CONCAT({{ to_text('p.form_id', 15) }}, '.', {{ to_text('p.row_id', 15) }}, '-', {{ to_text('p.person_id', 15) }}),
    {{ to_text('p.person_id', 48) }},
    p.misuse_date,
    p.substance,
    p.intervention
FROM people p
WHERE {{ shared.in_ssd_person(schema, 'p.person_id') }}
{% endcall %}
