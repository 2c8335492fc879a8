{#- ssd_early_help_episodes from Mosaic: workflow steps of the LA's early help step types
    (early_help_step_type_ids; cancelled and proposed steps never happened), one row per child subject in
    ssd_person. A step opens an episode when no live early help step links to it (dm_workflow_links); the
    person's later steps belong to the episode last opened, so each episode runs from its opener to the step
    before the next opener. Start = the opener's start (the earlier of started and incoming); end = the latest
    completion, NULL while any of its steps is open. Episodes overlapping the history window. Reason = the
    answer to early_help_reason_question_codes on the opener; end reason = the answer to
    early_help_closure_question_codes on the step that completed last. Worker = the early help relationship
    (early_help_worker_relationship_types) overlapping the episode that started last; organisation = that
    worker's role organisation on the day the relationship or the episode ended (today while open). -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/mosaic/_lib.sql" as lib with context %}
{% set step_types = param('early_help_step_type_ids', [1208, 1211, 1212, 1214, 1217]) %}
{% set reason_codes = param('early_help_reason_question_codes', ['reason_for_eh_episode']) %}
{% set closure_codes = param('early_help_closure_question_codes', ['e04ea8d8-e6c0-465c-87c1-10c4ad1e18c7']) %}
{% set worker_types = param('early_help_worker_relationship_types', ['REL.IEYSF']) %}
{{ shared.check_param('early_help_step_type_ids', step_types, 'list') }}
{{ shared.check_param('early_help_step_type_ids', step_types, 'not_empty') }}
{{ shared.check_param('early_help_reason_question_codes', reason_codes, 'list') }}
{{ shared.check_param('early_help_reason_question_codes', reason_codes, 'not_empty') }}
{{ shared.check_param('early_help_closure_question_codes', closure_codes, 'list') }}
{{ shared.check_param('early_help_closure_question_codes', closure_codes, 'not_empty') }}
{{ shared.check_param('early_help_worker_relationship_types', worker_types, 'list') }}
{{ shared.check_param('early_help_worker_relationship_types', worker_types, 'not_empty') }}
{% call refresh(schema, table) %}
WITH linked AS (
    -- the steps a live early help step links to, once each: a hash join below, not a search of the links per step
    SELECT DISTINCT wl.TARGET_STEP_ID AS step_id
    FROM {{ src('dm_workflow_links') }} wl
    JOIN {{ src('DM_WORKFLOW_STEPS') }} ps ON ps.WORKFLOW_STEP_ID = wl.SOURCE_STEP_ID
    WHERE ps.WORKFLOW_STEP_TYPE_ID IN {{ sql_list(step_types) }}
      AND {{ code_in('ps.STEP_STATUS', lib.live_statuses) }}
),
eh_steps AS (
    SELECT s.WORKFLOW_STEP_ID AS step_id, ss.SUBJECT_COMPOUND_ID AS person_id,
           CAST(CASE WHEN s.STARTED_ON IS NULL OR s.INCOMING_ON < s.STARTED_ON THEN s.INCOMING_ON ELSE s.STARTED_ON END AS DATE) AS start_date,
           CAST(s.COMPLETED_ON AS DATE) AS completed_on,
           CASE WHEN lk.step_id IS NULL THEN 1 ELSE 0 END AS opens
    FROM {{ src('DM_WORKFLOW_STEPS') }} s
    JOIN {{ src('dm_subgroup_subjects') }} ss ON ss.SUBGROUP_ID = s.SUBGROUP_ID AND {{ code_eq('ss.SUBJECT_TYPE_CODE', 'PER') }}
    LEFT JOIN linked lk ON lk.step_id = s.WORKFLOW_STEP_ID
    WHERE s.WORKFLOW_STEP_TYPE_ID IN {{ sql_list(step_types) }}
      AND {{ code_in('s.STEP_STATUS', lib.live_statuses) }}
      AND COALESCE(s.STARTED_ON, s.INCOMING_ON) IS NOT NULL
),
grouped AS (
    SELECT e.step_id, e.person_id, e.start_date, e.completed_on, e.opens,
           SUM(e.opens) OVER (PARTITION BY e.person_id ORDER BY e.start_date, e.opens DESC, e.step_id
                              ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS episode_no,
           ROW_NUMBER() OVER (PARTITION BY e.person_id ORDER BY e.completed_on DESC, e.step_id DESC) AS completed_rank
    FROM eh_steps e
),
episodes AS (
    -- episode_no 0: steps before the person's first opener (a link from a step dated later); no episode
    SELECT g.person_id,
           MAX(CASE WHEN g.opens = 1 THEN g.step_id END) AS opener_id,
           MIN(g.start_date) AS start_date,
           CASE WHEN MAX(CASE WHEN g.completed_on IS NULL THEN 1 ELSE 0 END) = 1 THEN NULL ELSE MAX(g.completed_on) END AS end_date,
           MIN(CASE WHEN g.completed_on IS NOT NULL THEN g.completed_rank END) AS closer_rank
    FROM grouped g
    WHERE g.episode_no > 0
    GROUP BY g.person_id, g.episode_no
),
chosen AS (
    SELECT ep.person_id, ep.opener_id, ep.start_date, ep.end_date,
           CASE WHEN ep.end_date IS NOT NULL THEN cl.step_id END AS closer_id,
           COALESCE(ep.end_date, {{ today() }}) AS end_or_today
    FROM episodes ep
    LEFT JOIN grouped cl ON cl.person_id = ep.person_id AND cl.completed_rank = ep.closer_rank
    WHERE {{ shared.overlaps_window('ep.start_date', 'ep.end_date') }}
      AND {{ shared.in_ssd_person(schema, 'ep.person_id') }}
),
{{ lib.question_codes("questions", {"is_reason": reason_codes, "is_closure": closure_codes}, code_in) }},
answers AS (
    -- one answer per step, subject and question group; subject <= 0 answers for the whole step
    SELECT fa.WORKFLOW_STEP_ID AS step_id,
           CASE WHEN fa.SUBJECT_PERSON_ID > 0 THEN fa.SUBJECT_PERSON_ID ELSE 0 END AS subject,
           MAX(CASE WHEN qc.is_reason = 1 THEN LEFT(LTRIM(RTRIM(fa.TEXT_ANSWER)), 4000) END) AS reason,
           MAX(CASE WHEN qc.is_closure = 1 THEN LEFT(LTRIM(RTRIM(fa.TEXT_ANSWER)), 4000) END) AS end_reason
    FROM {{ src('dm_cached_form_answers') }} fa
    JOIN questions qc ON qc.code = fa.QUESTION_USER_CODE
    GROUP BY fa.WORKFLOW_STEP_ID, CASE WHEN fa.SUBJECT_PERSON_ID > 0 THEN fa.SUBJECT_PERSON_ID ELSE 0 END
),
{{ shared.first_match("workers", "chosen", ["opener_id", "person_id"], src('dm_prof_relationships') ~ " pr",
       "pr.PERSON_ID = ev.person_id AND " ~ code_in('pr.PROF_REL_TYPE_CODE', worker_types) ~ "
        AND pr.START_DATE <= ev.end_or_today AND (pr.END_DATE IS NULL OR pr.END_DATE >= ev.start_date)",
       "pr.START_DATE DESC, pr.PROF_RELATIONSHIP_ID DESC",
       {"worker_id": "pr.WORKER_ID",
        "as_at": "CASE WHEN pr.END_DATE IS NOT NULL AND pr.END_DATE < ev.end_or_today THEN pr.END_DATE ELSE ev.end_or_today END"}) }},
{{ shared.first_match("organisations", "workers", ["opener_id", "person_id"], src('dm_worker_roles') ~ " wr",
       "wr.WORKER_ID = ev.worker_id AND " ~ shared.covers('wr.START_DATE', 'wr.END_DATE', 'ev.as_at'),
       "wr.START_DATE DESC, wr.WORKER_ROLE_ID DESC", {"organisation_id": "wr.ORGANISATION_ID"}) }}
{{ insert_into(schema, table) }}
SELECT
    {{ lib.step_person_id('c.opener_id', 'c.person_id') }},
    {{ to_text('c.person_id', 48) }},
    c.start_date,
    c.end_date,
    {{ lib.answer('ra', 'reason') }},
    {{ lib.answer('xa', 'end_reason') }},
    {{ to_text('o.organisation_id', 48) }},
    {{ to_text('w.worker_id', 100) }}
FROM chosen c
{{ lib.join_answers('answers', 'ra', 'c.opener_id', 'c.person_id') }}
{{ lib.join_answers('answers', 'xa', 'c.closer_id', 'c.person_id') }}
LEFT JOIN workers w ON w.opener_id = c.opener_id AND w.person_id = c.person_id
LEFT JOIN organisations o ON o.opener_id = c.opener_id AND o.person_id = c.person_id
{% endcall %}
