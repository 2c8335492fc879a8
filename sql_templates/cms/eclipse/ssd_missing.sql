{#- ssd_missing from eclipse: completed "child reported missing" forms (missing form design) about
    children in ssd_person, episodes open or ended inside the history window. Controls are matched by
    the start of their upper-cased names (builds add suffixes). Return-interview answers are mapped to
    Y / N / NA (missing_answer_map adds or changes answers); an answer the map does not name is kept only when it fits the
    two-character column, else NULL, so a long free-text answer cannot fail the refill. -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/eclipse/_lib.sql" as lib with context %}
{% set extra_answers = param("missing_answer_map", {}) %}
{{ shared.check_param("missing_answer_map", extra_answers, "mapping") }}
{% set answers = dict({"Yes": "Y", "No": "N", "Not applicable": "NA"}, **extra_answers) %}
{% set prefixes = {"start_date": "DATECHILDLASTSEEN", "episode_type": "ABSENCETYPE", "end_date": "FOUNDREPORTDATE",
    "rhi_offered": "HASARETURNHOMEINTERVIEWBEENOFFERED", "rhi_accepted": "HASTHERETURNHOMEINTERVIEWBEENACCEPTED"} %}
{% macro answer(column) -%}
MAX(CASE WHEN UPPER(f.CONTROLNAME) LIKE {{ string_literal(prefixes[column] ~ "%") }} THEN f.ANSWERVALUE END)
{%- endmacro %}
{% macro rhi(expr) -%}
CASE WHEN {{ code_in(expr, answers.keys() | list) }} THEN {{ lib.map_text(expr, answers) }}
    WHEN {{ expr }} = LEFT({{ expr }}, 2) THEN {{ expr }} END
{%- endmacro %}
{% call refresh(schema, table) %}
WITH forms AS (
    SELECT f.INSTANCEID AS instance_id, f.ANSWERFORSUBJECTID AS person_id,
{% for column in ("start_date", "end_date") %}
        COALESCE(MAX(CASE WHEN UPPER(f.CONTROLNAME) LIKE {{ string_literal(prefixes[column] ~ "%") }} THEN f.DATEANSWERVALUE END),
                 {{ try_cast_datetime(answer(column)) }}) AS {{ column }},
{% endfor %}
        {{ answer("episode_type") }} AS episode_type,
        {{ answer("rhi_offered") }} AS rhi_offered,
        {{ answer("rhi_accepted") }} AS rhi_accepted
    FROM {{ src("FORMANSWERPERSONVIEW") }} f
    WHERE f.DESIGNGUID = {{ lib.form_guid("missing") }} AND {{ lib.known_in('f.INSTANCESTATE', ['COMPLETE']) }}
    GROUP BY f.INSTANCEID, f.ANSWERFORSUBJECTID
),
keyed AS (
    SELECT {{ lib.instance_key("m") }} AS missing_key, m.*
    FROM forms m
    WHERE m.start_date IS NOT NULL AND {{ shared.in_ssd_person(schema, "m.person_id") }}
)
{{ insert_into(schema, table) }}
SELECT
    k.missing_key,
    {{ lib.id_text("k.person_id") }},
    k.start_date,
    LEFT(k.episode_type, 100),
    k.end_date,
    {{ rhi("k.rhi_offered") }},
    {{ rhi("k.rhi_accepted") }}
FROM keyed k
WHERE {{ shared.open_in_window("k.end_date") }}
{% endcall %}
