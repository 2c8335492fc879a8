{#- ssd_family from Mosaic: the groups (dm_subgroups) whose subgroups list a child in ssd_person as a person
    subject; subgroups limited to one subject type are not households and are skipped. A person in several
    groups gets one, chosen the same way every run: the group with the most person subjects, then the
    highest group id. Key = group id '.' person id. -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/mosaic/_lib.sql" as lib with context %}
{% call refresh(schema, table) %}
WITH members AS (
    SELECT DISTINCT sg.GROUP_ID AS group_id, ss.SUBJECT_COMPOUND_ID AS person_id
    FROM {{ src('dm_subgroups') }} sg
    JOIN {{ src('dm_subgroup_subjects') }} ss ON ss.SUBGROUP_ID = sg.SUBGROUP_ID AND {{ code_eq('ss.SUBJECT_TYPE_CODE', 'PER') }}
    WHERE sg.ONLY_SUBJECT_TYPE_CODE IS NULL AND sg.GROUP_ID IS NOT NULL AND ss.SUBJECT_COMPOUND_ID IS NOT NULL
),
sizes AS (
    SELECT m.group_id, COUNT(*) AS people
    FROM members m
    GROUP BY m.group_id
),
ranked AS (
    SELECT m.group_id, m.person_id,
           ROW_NUMBER() OVER (PARTITION BY m.person_id ORDER BY sz.people DESC, m.group_id DESC) AS pick
    FROM members m
    JOIN sizes sz ON sz.group_id = m.group_id
)
{{ insert_into(schema, table) }}
SELECT
    CONCAT({{ to_text('r.group_id', 20) }}, '.', {{ to_text('r.person_id', 20) }}),
    {{ to_text('r.group_id', 48) }},
    {{ to_text('r.person_id', 48) }}
FROM ranked r
WHERE r.pick = 1
  AND {{ shared.in_ssd_person(schema, 'r.person_id') }}
{% endcall %}
