{#- ssd_mother from Mosaic: DM_PERSONAL_RELATIONSHIPS flagged IS_MOTHER, for mothers in ssd_person (the child
    in the SSD is the mother); ended relationships too, as a birth does not end. Id = mother + child (the
    data mart has no relationship id; deterministic, so a refill keeps ids); several rows for the same
    pair count once. The child's date of birth is from dm_persons. -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/mosaic/_lib.sql" as lib with context %}
{% call refresh(schema, table) %}
WITH pairs AS (
    SELECT DISTINCT pr.PERSON_ID AS mother_id, pr.OTHER_PERSON_ID AS child_id
    FROM {{ src('dm_PERSONAL_RELATIONSHIPS') }} pr
    WHERE {{ code_eq('pr.IS_MOTHER', 'Y') }} AND pr.OTHER_PERSON_ID IS NOT NULL
)
{{ insert_into(schema, table) }}
SELECT
    {{ lib.step_person_id('pa.mother_id', 'pa.child_id') }},
    CAST(pa.mother_id AS VARCHAR(48)),
    CAST(pa.child_id AS VARCHAR(48)),
    {{ try_cast_datetime('p.DATE_OF_BIRTH') }}
FROM pairs pa
LEFT JOIN {{ src('dm_persons') }} p ON p.PERSON_ID = pa.child_id
WHERE {{ shared.in_ssd_person(schema, 'pa.mother_id') }}
{% endcall %}
