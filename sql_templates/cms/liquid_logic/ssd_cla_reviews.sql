{#- ssd_cla_reviews from Liquid Logic: FACT_CLA_REVIEW reviews held inside the history window (or not
    held), for children in ssd_person, that have an outcome form for the child which is not of an
    excluded form type (source.params.cla_review_excluded_form_types) nor an excluded form
    (cla_review_excluded_form_ids); one row per review. Cancelled is the meeting's flag; participation
    the child's meeting participation, mapped to PN codes by review_participation_codes. -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/liquid_logic/_lib.sql" as lib with context %}
{% set participation = param('review_participation_codes', {}) %}
{% set form_types = param('cla_review_excluded_form_types', ['1391', '1195', '1377', '1540', '2069', '2340']) %}
{% set form_ids = param('cla_review_excluded_form_ids', [1071252]) %}
{{- shared.check_param("review_participation_codes", participation, "mapping") }}
{{- shared.check_param("cla_review_excluded_form_types", form_types, "list") }}
{{- shared.check_param("cla_review_excluded_form_ids", form_ids, "list") }}
{% call refresh(schema, table) %}
WITH subjects AS (
    -- the child's subject rows of the review meeting that carry a qualifying outcome form
    SELECT fms.FACT_MEETINGS_ID, fms.DIM_PERSON_ID,
           MAX(fms.DIM_LOOKUP_PARTICIPATION_CODE_DESC) AS participation
    FROM {{ src('FACT_MEETING_SUBJECTS') }} fms
    JOIN {{ src('FACT_FORMS') }} ff ON ff.FACT_FORM_ID = fms.FACT_OUTCM_FORM_ID
    WHERE {% if form_types %}(ff.DIM_LOOKUP_FORM_TYPE_ID_CODE IS NULL OR NOT {{ code_in('ff.DIM_LOOKUP_FORM_TYPE_ID_CODE', form_types) }}){% else %}1 = 1{% endif %}
        {% if form_ids %}AND ff.FACT_FORM_ID NOT IN {{ sql_list(form_ids) }}{% endif %}

    GROUP BY fms.FACT_MEETINGS_ID, fms.DIM_PERSON_ID
)
{{ insert_into(schema, table) }}
SELECT
    {{ to_text("fcr.FACT_CLA_REVIEW_ID") }},
    {{ lib.id_text("fcr.FACT_CLA_ID") }},
    {{ to_text("fcr.DIM_PERSON_ID") }},
    fcr.DUE_DTTM,
    fcr.MEETING_DTTM,
    LEFT(fm.CANCELLED, 1),
    LEFT({{ value_map("NULLIF(LTRIM(RTRIM(s.participation)), '')", participation, 100) }}, 100)
FROM {{ src('FACT_CLA_REVIEW') }} fcr
JOIN subjects s ON s.FACT_MEETINGS_ID = fcr.FACT_MEETING_ID AND s.DIM_PERSON_ID = fcr.DIM_PERSON_ID
LEFT JOIN {{ src('FACT_MEETINGS') }} fm ON fm.FACT_MEETING_ID = fcr.FACT_MEETING_ID
WHERE fcr.DIM_PERSON_ID <> -1
    AND {{ shared.open_in_window("fcr.MEETING_DTTM") }}
    AND {{ shared.in_ssd_person(schema, "fcr.DIM_PERSON_ID") }}
{% endcall %}
