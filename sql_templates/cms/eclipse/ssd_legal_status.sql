{#- ssd_legal_status from eclipse: the legal status recorded on each CLA episode of care of children in
    ssd_person. Consecutive episodes with the same status (the next starting within a day of the
    previous end) form one spell; a later spell of the same status after a different one is a row of its
    own. Id = the spell's first episode; end NULL while its last episode is open. Spells open or ended
    inside the history window. -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/eclipse/_lib.sql" as lib with context %}
{% call refresh(schema, table) %}
WITH statuses AS (
    SELECT e.EPISODEOFCAREID AS episode_id, e.PERSONID AS person_id, e.LEGALSTATUS AS status,
        e.EOCSTARTDATE AS start_date, e.EOCENDDATE AS end_date,
        CASE WHEN LAG(e.LEGALSTATUS) OVER (PARTITION BY e.PERSONID ORDER BY e.EOCSTARTDATE, e.EPISODEOFCAREID) = e.LEGALSTATUS
            AND LAG(e.EOCENDDATE) OVER (PARTITION BY e.PERSONID ORDER BY e.EOCSTARTDATE, e.EPISODEOFCAREID) >= {{ date_add_days("e.EOCSTARTDATE", -1) }}
            THEN 0 ELSE 1 END AS is_new
    FROM {{ src("CLAEPISODEOFCAREVIEW") }} e
    WHERE e.EOCSTARTDATE IS NOT NULL AND e.LEGALSTATUS IS NOT NULL AND {{ shared.in_ssd_person(schema, "e.PERSONID") }}
),
numbered AS (
    SELECT st.*, SUM(st.is_new) OVER (PARTITION BY st.person_id ORDER BY st.start_date, st.episode_id
        ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS spell_no
    FROM statuses st
),
spells AS (
    SELECT n.person_id, MAX(CASE WHEN n.is_new = 1 THEN n.episode_id END) AS spell_id, MAX(n.status) AS status,
        MIN(n.start_date) AS start_date,
        CASE WHEN MAX(CASE WHEN n.end_date IS NULL THEN 1 ELSE 0 END) = 1 THEN NULL ELSE MAX(n.end_date) END AS end_date
    FROM numbered n
    GROUP BY n.person_id, n.spell_no
)
{{ insert_into(schema, table) }}
SELECT
    {{ lib.id_text("sp.spell_id") }},
    {{ lib.id_text("sp.person_id") }},
    LEFT(sp.status, 100),
    sp.start_date,
    sp.end_date
FROM spells sp
WHERE {{ shared.open_in_window("sp.end_date") }}
{% endcall %}
