{#- ssd_cin_plans from eclipse: CIN plan classifications (cin_plan_path_ids / cin_plan_code_ids)
    merged per child where they overlap; id = the assignment that opened the plan. Plans open or
    ended inside the history window; referral, team and worker are the ones on the plan's start. -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/eclipse/_lib.sql" as lib with context %}
{% call refresh(schema, table) %}
WITH {{ lib.plans_in_window(schema, "cin_plan_path_ids", "cin_plan_code_ids") }},
{{ shared.referral_on_date("referrals", "plans", ["event_key"], lib.referrals, "latest_started_by",
                            person=lib.id_text("ev.person_id")) }},
{{ lib.team_on_date("teams", "plans") }},
{{ lib.worker_on_date("workers", "plans") }}
{{ insert_into(schema, table) }}
SELECT
    p.event_key,
    r.referral_id,
    {{ lib.id_text("p.person_id") }},
    p.event_date,
    p.episode_end,
    t.team_id,
    w.worker_id
FROM plans p
LEFT JOIN referrals r ON r.event_key = p.event_key
LEFT JOIN teams t ON t.event_key = p.event_key
LEFT JOIN workers w ON w.event_key = p.event_key
{% endcall %}
