{#- ssd_cp_reviews from Mosaic: review conferences (completed steps with CP_CONFERENCE_CATEGORY = the review
    category of the standard mapping and a date held) in the history window, one row per child subject in
    ssd_person. Plan = the highest CP registration (not temporary) open on the date; the meeting id is the
    conference step, shared by the children reviewed together. Due = the previous conference of the same
    child and plan + 91 days after the initial one, + 183 after a review; continue = N when the plan ended
    on the review date. Quorate (Y/N) and participation are the step's answers to the LA's questions. -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/mosaic/_lib.sql" as lib with context %}
{% set initial = param('icpc_conference_category', 'Initial') %}
{% set review = param('rcpc_conference_category', 'Review') %}
{% set quorate_codes = param('cp_review_quorate_question_codes', ['cpQuorate']) %}
{% set participation_codes = param('cp_review_participation_question_codes', ['cpParticipation']) %}
{{ shared.check_param('cp_review_quorate_question_codes', quorate_codes, 'list') }}
{{ shared.check_param('cp_review_participation_question_codes', participation_codes, 'list') }}
{% call refresh(schema, table) %}
WITH conferences AS (
    SELECT s.WORKFLOW_STEP_ID AS step_id, ss.SUBJECT_COMPOUND_ID AS person_id,
           CAST(s.CP_CONFERENCE_ACTUAL_DATE AS DATE) AS held_on, s.CP_CONFERENCE_CATEGORY AS category
    FROM {{ src('DM_WORKFLOW_STEPS') }} s
    JOIN {{ src('dm_subgroup_subjects') }} ss ON ss.SUBGROUP_ID = s.SUBGROUP_ID AND {{ code_eq('ss.SUBJECT_TYPE_CODE', 'PER') }}
    WHERE {{ code_eq('s.STEP_STATUS', 'COMPLETED') }} AND s.CP_CONFERENCE_ACTUAL_DATE IS NOT NULL
      AND {{ code_in('s.CP_CONFERENCE_CATEGORY', [initial, review]) }}
),
{{ shared.first_match("plans", "conferences", ["step_id", "person_id"], src('dm_REGISTRATIONS') ~ " rg",
                      "rg.PERSON_ID = ev.person_id AND " ~ code_eq('rg.IS_CHILD_PROTECTION_PLAN', 'Y')
                      ~ " AND NOT " ~ code_eq("COALESCE(rg.IS_TEMPORARY_CHILD_PROTECTION, 'N')", 'Y') ~ " AND "
                      ~ shared.covers('rg.REGISTRATION_START_DATE', 'rg.DEREGISTRATION_DATE', 'ev.held_on'),
                      "rg.REGISTRATION_ID DESC",
                      {"plan_id": "rg.REGISTRATION_ID", "plan_end": "CAST(rg.DEREGISTRATION_DATE AS DATE)"}) }},
ordered AS (
    SELECT c.step_id, c.person_id, c.held_on, c.category, p.plan_id, p.plan_end,
           LAG(c.held_on) OVER (PARTITION BY c.person_id, p.plan_id ORDER BY c.held_on, c.step_id) AS prev_on,
           LAG(c.category) OVER (PARTITION BY c.person_id, p.plan_id ORDER BY c.held_on, c.step_id) AS prev_category
    FROM conferences c
    JOIN plans p ON p.step_id = c.step_id AND p.person_id = c.person_id
),
{{ lib.step_answers("answers", {"quorate": quorate_codes, "participation": participation_codes}) }}
{{ insert_into(schema, table) }}
SELECT
    {{ lib.step_person_id('o.step_id', 'o.person_id') }},
    CAST(o.person_id AS VARCHAR(48)),
    CAST(o.plan_id AS VARCHAR(48)),
    CASE WHEN {{ code_eq('o.prev_category', initial) }} THEN {{ date_add_days('o.prev_on', 91) }}
         WHEN {{ code_eq('o.prev_category', review) }} THEN {{ date_add_days('o.prev_on', 183) }} END,
    o.held_on,
    CAST(o.step_id AS VARCHAR(48)),
    CASE WHEN o.plan_end = o.held_on THEN 'N' ELSE 'Y' END,
    {{ lib.yes_no(lib.answer('a', 'quorate')) }},
    LEFT({{ lib.answer('a', 'participation') }}, 100)
FROM ordered o
{{ lib.join_answers('answers', 'a', 'o.step_id', 'o.person_id') }}
WHERE {{ code_eq('o.category', review) }}
  AND o.held_on >= {{ history_start() }} AND o.held_on <= {{ today() }}
  AND {{ shared.in_ssd_person(schema, 'o.person_id') }}
{% endcall %}
