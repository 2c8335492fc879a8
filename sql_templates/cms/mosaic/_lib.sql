{#- Helpers of the Mosaic fills only; patterns every CMS uses are in cms/_shared/lib.sql. Imported as
    {% import "cms/mosaic/_lib.sql" as lib with context %}; not a table template itself. -#}
{% import "cms/_shared/lib.sql" as shared with context %}

{#- Workflow steps in these statuses count; CANCELLED and PROPOSED steps never happened. -#}
{% set live_statuses = ["INCOMING", "STARTED", "REOPENED", "COMPLETED"] %}

{#- `expr IN (values)`, or a false condition when the LA's list is empty (IN () is not SQL). -#}
{% macro in_list(expr, values) -%}
{% if values %}{{ expr }} IN {{ sql_list(values) }}{% else %}1 = 0{% endif %}
{%- endmacro %}

{#- `expr` is one of the LA's CMS codes (code_in: trimmed, any case), or a false condition when the list is empty. -#}
{% macro code_in_list(expr, values) -%}
{% if values %}{{ code_in(expr, values) }}{% else %}1 = 0{% endif %}
{%- endmacro %}

{#- The SSD id of something that belongs to one workflow step and one of its subjects: a Mosaic
    step (a referral, an assessment, an S47, a conference) can have several children as subjects,
    so the step id alone is not unique per child. -#}
{% macro step_person_id(step, person) -%}
CONCAT({{ to_text(step, 20) }}, '-', {{ to_text(person, 20) }})
{%- endmacro %}

{#- Where Mosaic keeps referrals, for shared.referral_on_date: a referral's SSD id is step + child, as
    in ssd_cin_episodes, so the ids every table gives agree. rows is a macro, so src() records the
    table only for the fills that read it. -#}
{% macro referral_rows() -%}
{{ src("dm_cin_referrals") }} ref
{%- endmacro %}
{% set referrals = {
    "rows": referral_rows,
    "person": "PERSON_ID",
    "start": "REFERRAL_DATE",
    "end": "CLOSURE_DATE",
    "key": "REFERRAL_ID",
    "id": step_person_id("ref.REFERRAL_ID", "ref.PERSON_ID"),
    "id_of": step_person_id,
} %}

{#- A Yes/No style answer (Y, Yes, N, No, any case) as the SSD's Y/N; anything else NULL, so a free-text
    answer can never overflow a one-character column. -#}
{% macro yes_no(expr) -%}
CASE UPPER(LEFT(LTRIM({{ expr }}), 1)) WHEN 'Y' THEN 'Y' WHEN 'N' THEN 'N' END
{%- endmacro %}

{#- The CTE `name`: the question codes of dm_cached_form_answers (each once) that are in one of the lists of
    `groups` ({column: [codes]}), as `test` (code_in_list, or code_in) finds them, with a 1/0 column per group
    saying whether the code is in that group's list. A fill joins the answers to these raw codes (a hash join),
    so the trimmed, any-case comparison runs once per distinct code, not once per answer in the data mart;
    the fence keeps PostgreSQL from pushing the comparison back down to every answer. -#}
{% macro question_codes(name, groups, test=none) -%}
{% set test = test or code_in_list %}
{{ name }} AS (
    SELECT q.code{% for column, codes in groups.items() %}, CASE WHEN {{ test('q.code', codes) }} THEN 1 ELSE 0 END AS {{ column }}{% endfor %}

    FROM (SELECT DISTINCT fq.QUESTION_USER_CODE AS code FROM {{ src('dm_cached_form_answers') }} fq{{ (' ' ~ compute_once() | trim) if compute_once() | trim }}) q
    WHERE {% for codes in groups.values() %}{{ test('q.code', codes) }}{{ " OR " if not loop.last }}{% endfor %}

)
{%- endmacro %}

{#- The CTE `name`: per workflow step and subject (0 = the whole step: Mosaic stores subject <= 0 for
    answers that apply to every subject), the highest answer to each question group of `questions`
    ({column: [question user codes]}), from dm_cached_form_answers. `steps`, given, is a query of the step
    ids the fill reads answers for: only those steps' answers are grouped, not every step's. -#}
{% macro step_answers(name, questions, steps=none) -%}
{{ question_codes(name ~ "_codes", questions) }},
{{ name }} AS (
    SELECT fa.WORKFLOW_STEP_ID AS step_id,
           CASE WHEN fa.SUBJECT_PERSON_ID > 0 THEN fa.SUBJECT_PERSON_ID ELSE 0 END AS subject,
           {% for column in questions %}MAX(CASE WHEN qc.{{ column }} = 1 THEN fa.TEXT_ANSWER END) AS {{ column }}{{ ", " if not loop.last }}{% endfor %}

    FROM {{ src('dm_cached_form_answers') }} fa
    JOIN {{ name }}_codes qc ON qc.code = fa.QUESTION_USER_CODE
    WHERE fa.WORKFLOW_STEP_ID IS NOT NULL
{% if steps %}
      AND fa.WORKFLOW_STEP_ID IN ({{ steps }})
{% endif %}
    GROUP BY fa.WORKFLOW_STEP_ID, CASE WHEN fa.SUBJECT_PERSON_ID > 0 THEN fa.SUBJECT_PERSON_ID ELSE 0 END
)
{%- endmacro %}

{#- Join the step_answers CTE `answers` for step `step` and person `person`: aliases `own` (the
    person's answers) and `own`_all (the whole step's); answer(own, column) picks the person's first. -#}
{% macro join_answers(answers, own, step, person) -%}
LEFT JOIN {{ answers }} {{ own }} ON {{ own }}.step_id = {{ step }} AND {{ own }}.subject = {{ person }}
LEFT JOIN {{ answers }} {{ own }}_all ON {{ own }}_all.step_id = {{ step }} AND {{ own }}_all.subject = 0
{%- endmacro %}
{% macro answer(own, column) -%}
COALESCE({{ own }}.{{ column }}, {{ own }}_all.{{ column }})
{%- endmacro %}

{#- The CTEs `name`_rows, `name`_answers and `name`: dm_visits of the LA's visit `types` dated in the history
    window: id, person, date, seen alone, and for visits recorded as workflow steps ('Mos Step') the
    child-seen and bedroom answers on the step; only those steps' answers are grouped (a data mart holds
    the answers of every step, most of them no visit of these types). -#}
{% macro visits(name, types, seen_codes, bedroom_codes) -%}
{{ name }}_rows AS (
    SELECT v.VISIT_ID AS visit_id, v.PERSON_ID AS person_id, v.ACTUAL_DATE AS visit_date, v.SEEN_ALONE_FLAG AS seen_alone_flag,
           CASE WHEN {{ code_eq('vt.VISIT_SOURCE', 'Mos Step') }} THEN 1 ELSE 0 END AS is_step
    FROM {{ src('dm_visits') }} v
    JOIN {{ src('dm_visit_types') }} vt ON vt.VISIT_TYPE = v.VISIT_TYPE
    -- the type tested on the small lookup (equal to the visit's by the join): one test per type, not per visit
    WHERE {{ code_in_list('vt.VISIT_TYPE', types) }}
      AND v.ACTUAL_DATE >= {{ history_start() }} AND v.ACTUAL_DATE <= {{ today() }}
),
{{ step_answers(name ~ "_answers", {"seen": seen_codes, "bedroom": bedroom_codes},
                "SELECT vr.visit_id FROM " ~ name ~ "_rows vr WHERE vr.is_step = 1") }},
{{ name }} AS (
    SELECT v.visit_id, v.person_id, v.visit_date,
           {{ yes_no('v.seen_alone_flag') }} AS seen_alone,
           CASE WHEN v.is_step = 1 THEN {{ yes_no(answer('va', 'seen')) }} END AS seen_answer,
           CASE WHEN v.is_step = 1 THEN {{ yes_no(answer('va', 'bedroom')) }} END AS bedroom
    FROM {{ name }}_rows v
    {{ join_answers(name ~ "_answers", "va", "v.visit_id", "v.person_id") }}
)
{%- endmacro %}

{#- Seen on a visit: the step's answer, else Y when seen alone (not seen alone does not mean not
    seen, so the seen-alone flag is never copied as it is), else unknown. -#}
{% macro visit_seen(alias) -%}
COALESCE({{ alias }}.seen_answer, CASE WHEN {{ code_eq(alias ~ '.seen_alone', 'Y') }} THEN 'Y' END)
{%- endmacro %}

{#- A child's ethnicity as a DfE code: source.params.ethnicity_map (Mosaic code: DfE code) first, else the
    code dm_ETHNICITIES gives (looked_up); NULL when neither has one. check-compat runs this same macro over
    a sample of the source (ssd_bridge/compat/code_probes.py), as it runs each macro below. -#}
{% macro ethnicity_code(expr, looked_up) -%}
{{ shared.mapped_code(expr, "ethnicity_map", otherwise=looked_up) }}
{%- endmacro %}

{#- Codes the data mart holds as the LA recorded them, usually the DfE code: each goes through its
    source.params.<field>_map (Mosaic code: DfE code) first and passes through unchanged otherwise. -#}
{% macro disability_code(expr) -%}{{ shared.mapped_code(expr, "disability_map") }}{%- endmacro %}
{% macro referral_source_code(expr) -%}{{ shared.mapped_code(expr, "referral_source_map") }}{%- endmacro %}
{% macro close_reason_code(expr) -%}{{ shared.mapped_code(expr, "close_reason_map") }}{%- endmacro %}
{% macro placement_type_code(expr) -%}{{ shared.mapped_code(expr, "placement_type_map") }}{%- endmacro %}
{% macro episode_end_reason_code(expr) -%}{{ shared.mapped_code(expr, "episode_end_reason_map") }}{%- endmacro %}
{% macro placement_change_reason_code(expr) -%}{{ shared.mapped_code(expr, "placement_change_reason_map") }}{%- endmacro %}
{% macro assessment_factor_code(expr) -%}{{ shared.mapped_code(expr, "assessment_factor_map") }}{%- endmacro %}

{#- The dm_mapping_groups group (source.params.<kind>_group) mapping a care leaver's in-touch, accommodation or
    activity type to its SSDA903 code. -#}
{% macro care_leaver_group(kind) -%}
{{ param(kind ~ "_group", {"in_touch": "SSDA903 In Touch Type", "accommodation": "SSDA903 Accommodation Type",
    "activity": "SSDA903 Activity Type"}[kind]) }}
{%- endmacro %}

{#- A care leaver's activity or accommodation as an SSDA903 code: source.params.<field>_map (Mosaic code:
    code) first, else the code of the LA's dm_mapping_groups group (mapped), else the Mosaic code itself when
    it is an SSDA903 code, else the description (kept for the analyst; never a code). -#}
{% macro care_leaver_code(name, raw, mapped, description, codes) -%}
{{ shared.mapped_code(raw, name, otherwise="CASE WHEN " ~ code_in(mapped, codes) ~ " THEN UPPER(LTRIM(RTRIM(" ~ mapped
    ~ "))) WHEN " ~ code_in(raw, codes) ~ " THEN UPPER(LTRIM(RTRIM(" ~ raw ~ "))) ELSE LEFT(" ~ description ~ ", 100) END") }}
{%- endmacro %}
{% macro care_leaver_activity_code(raw, mapped, description) -%}
{{ care_leaver_code("care_leaver_activity_map", raw, mapped, description,
    ["F1", "P1", "F2", "P2", "F4", "P4", "F5", "P5", "G4", "G5", "G6"]) }}
{%- endmacro %}
{% macro care_leaver_accommodation_code(raw, mapped, description) -%}
{{ care_leaver_code("care_leaver_accommodation_map", raw, mapped, description,
    ["B", "C", "D", "E", "G", "H", "K", "R", "S", "T", "U", "V", "W", "X", "Y", "Z"]) }}
{%- endmacro %}
