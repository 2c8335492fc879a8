{#- ssd_cp_plans from eclipse: CP plan classifications (cp_plan_path_ids) merged per child where they
    overlap; id = the assignment that opened the plan (as icpc_cp_plan_id). Plans open or ended inside
    the history window. The ICPC is the child's latest conference in ssd_initial_cp_conference up to
    30 days before the plan start (its id, so the keys match); categories are the category
    classifications (cp_category_path_ids) in force during the plan: the initial is the most recent one
    starting on or before the plan start (the category the plan began with), the latest the last one.
    Other-LA plans are not marked in these views: cppl_cp_plan_ola stays NULL. -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/eclipse/_lib.sql" as lib with context %}
{% call refresh(schema, table) %}
WITH {{ lib.plans_in_window(schema, "cp_plan_path_ids") }},
{{ shared.referral_on_date("referrals", "plans", ["event_key"], lib.referrals, "latest_started_by",
                            person=lib.id_text("ev.person_id")) }},
conferences AS (
    SELECT cx.event_key, cx.icpc_id
    FROM (
        SELECT p.event_key, i.icpc_icpc_id AS icpc_id,
            ROW_NUMBER() OVER (PARTITION BY p.event_key ORDER BY i.icpc_icpc_date DESC, i.icpc_icpc_id DESC) AS pick
        FROM plans p
        JOIN {{ qualify(schema, "ssd_initial_cp_conference") }} i
            ON i.icpc_person_id = {{ lib.id_text("p.person_id") }} AND i.icpc_icpc_date <= p.event_date
            AND i.icpc_icpc_date >= {{ date_add_days("p.event_date", -30) }}
    ) cx
    WHERE cx.pick = 1
),
categories AS (
    SELECT p.event_key, cat.NAME AS category,
        CASE WHEN cat.STARTDATE <= p.event_date THEN 1 ELSE 0 END AS by_start,
        ROW_NUMBER() OVER (PARTITION BY p.event_key, CASE WHEN cat.STARTDATE <= p.event_date THEN 1 ELSE 0 END
            ORDER BY cat.STARTDATE DESC, cat.CLASSIFICATIONASSIGNMENTID DESC) AS initial_no,
        ROW_NUMBER() OVER (PARTITION BY p.event_key ORDER BY cat.STARTDATE DESC, cat.CLASSIFICATIONASSIGNMENTID DESC) AS last_no
    FROM plans p
    JOIN {{ src("CLASSIFICATIONPERSONVIEW") }} cat
        ON cat.PERSONID = p.person_id AND cat.STARTDATE <= COALESCE(p.episode_end, {{ today() }})
        AND (cat.ENDDATE IS NULL OR cat.ENDDATE >= p.event_date)
    WHERE {{ lib.classified("cat", "cp_category_path_ids") }} AND {{ lib.not_deleted("cat") }}
)
{{ insert_into(schema, table) }}
SELECT
    p.event_key,
    r.referral_id,
    i.icpc_id,
    {{ lib.id_text("p.person_id") }},
    p.event_date,
    p.episode_end,
    NULL,
    LEFT(first_cat.category, 100),
    LEFT(last_cat.category, 100)
FROM plans p
LEFT JOIN referrals r ON r.event_key = p.event_key
LEFT JOIN conferences i ON i.event_key = p.event_key
LEFT JOIN categories first_cat ON first_cat.event_key = p.event_key AND first_cat.by_start = 1 AND first_cat.initial_no = 1
LEFT JOIN categories last_cat ON last_cat.event_key = p.event_key AND last_cat.last_no = 1
{% endcall %}
