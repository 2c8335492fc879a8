{#- ssd_sdq_scores from Mosaic: dm_HEALTH_ASSESSMENTS with an SDQ (completed or with a reason) dated in
    the history window; the score (text in Mosaic) becomes an INT when it is a whole number, else NULL. -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/mosaic/_lib.sql" as lib with context %}
{% set unread = ["csdq_sdq_score"] %}
{% call refresh(schema, table, unreadable=unread) %}
{{ insert_into(schema, table, unreadable=unread) }}
SELECT
    {{ to_text('h.HEALTH_ID', 48) }},
    {{ to_text('h.PERSON_ID', 48) }},
    h.HEALTH_ASSESSMENT_DATE,
    {{ try_cast_int('h.SDQ_SCORE') }},
    LEFT(h.SDQ_REASON, 100),
    {{ unreadable('h.SDQ_SCORE', try_cast_int('h.SDQ_SCORE')) }}
FROM {{ src('dm_HEALTH_ASSESSMENTS') }} h
WHERE ({{ code_eq('h.SDQ_COMPLETED', 'Y') }} OR h.SDQ_REASON IS NOT NULL)
  AND h.HEALTH_ASSESSMENT_DATE >= {{ history_start() }}
  AND h.HEALTH_ASSESSMENT_DATE <= {{ today() }}
  AND {{ shared.in_ssd_person(schema, 'h.PERSON_ID') }}
{% endcall %}

