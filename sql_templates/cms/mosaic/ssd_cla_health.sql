{#- ssd_cla_health from Mosaic: dental checks (DM_DENTAL_CHECKS), health assessments (dm_HEALTH_ASSESSMENTS
    rows that are not SDQ records) dated in the history window, for children in ssd_person; development
    checks (DM_HEALTH_CHECKS) are not read yet. Ids are prefixed DT. / HA. so the
    sources never collide; the data mart records no check status, so it stays NULL. -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/mosaic/_lib.sql" as lib with context %}
{% call refresh(schema, table) %}
WITH checks AS (
    SELECT CONCAT('DT.', CAST(d.DENTAL_ID AS VARCHAR(20))) AS check_id, d.PERSON_ID AS person_id,
           'Dental Check' AS check_type, d.DENTAL_CHECK_DATE AS check_date
    FROM {{ src('DM_DENTAL_CHECKS') }} d
    UNION ALL
    SELECT CONCAT('HA.', CAST(h.HEALTH_ID AS VARCHAR(20))), h.PERSON_ID, 'Health Assessment', h.HEALTH_ASSESSMENT_DATE
    FROM {{ src('dm_HEALTH_ASSESSMENTS') }} h
    WHERE COALESCE(h.SDQ_COMPLETED, 'N') <> 'Y' AND h.SDQ_SCORE IS NULL AND h.SDQ_REASON IS NULL
)
{{ insert_into(schema, table) }}
SELECT
    c.check_id,
    CAST(c.person_id AS VARCHAR(48)),
    c.check_type,
    c.check_date,
    NULL  -- clah_health_check_status: not recorded in the data mart
FROM checks c
WHERE c.check_date >= {{ history_start() }} AND c.check_date <= {{ today() }}
  AND {{ shared.in_ssd_person(schema, 'c.person_id') }}
{% endcall %}
