{#- Shared snippets for the Mosaic templates (imported, never included on its own). -#}

{#- Workflow steps in these statuses count; CANCELLED and PROPOSED steps never happened. -#}
{% set live_statuses = ["INCOMING", "STARTED", "REOPENED", "COMPLETED"] %}

{#- `expr IN (values)`, or a false condition when the LA's list is empty (IN () is not SQL). -#}
{% macro in_list(expr, values) -%}
{% if values %}{{ expr }} IN {{ sql_list(values) }}{% else %}1 = 0{% endif %}
{%- endmacro %}

{#- The SSD id of something that belongs to one workflow step and one of its subjects: a Mosaic
    step (a referral, an assessment, an S47, a conference) can have several children as subjects,
    so the step id alone is not unique per child. -#}
{% macro step_person_id(step, person) -%}
CONCAT(CAST({{ step }} AS VARCHAR(20)), '-', CAST({{ person }} AS VARCHAR(20)))
{%- endmacro %}

{#- The first day of the SSD history window: the same SQL as history_start(), whose macro module is
    built before render() sets history_years, so it cannot see the value (imported with context, this can). -#}
{% macro window_start() -%}
{{ years_ago(history_years) }}
{%- endmacro %}

{#- A row [start, end] (NULL end = open) overlapping the SSD history window. -#}
{% macro overlaps_window(start, finish) -%}
{{ start }} <= {{ today() }} AND ({{ finish }} IS NULL OR {{ finish }} >= {{ window_start() }})
{%- endmacro %}

{#- A row [start, end] (NULL end = open) covering the date `on`. -#}
{% macro covers(start, finish, on) -%}
{{ start }} <= {{ on }} AND ({{ finish }} IS NULL OR {{ finish }} >= {{ on }})
{%- endmacro %}

{#- Two rows [start, end] (NULL end = open) sharing at least one day. -#}
{% macro overlaps(start, finish, other_start, other_finish) -%}
({{ finish }} IS NULL OR {{ other_start }} <= {{ finish }}) AND ({{ other_finish }} IS NULL OR {{ other_finish }} >= {{ start }})
{%- endmacro %}

{#- The person is in ssd_person (loaded first), so every table describes the same cohort. -#}
{% macro in_ssd_person(schema, person) -%}
EXISTS (SELECT 1 FROM {{ qualify(schema, 'ssd_person') }} sp WHERE sp.pers_person_id = CAST({{ person }} AS VARCHAR(48)))
{%- endmacro %}

{#- Stop with a clear message when an LA list parameter is not a list (a bare number or a text would
    otherwise be read character by character). Renders nothing when the value is fine. -#}
{% macro require_list(name, value) -%}
{% if value is string or value is mapping or value is not iterable %}{{ fail("source.params." ~ name ~ " must be a list (for example [325, 369]); see examples/cms/mosaic.md.") }}{% endif %}
{%- endmacro %}

{#- The same for a parameter that maps codes to names. -#}
{% macro require_mapping(name, value) -%}
{% if value is not mapping %}{{ fail("source.params." ~ name ~ " must be a mapping of code: name; see examples/cms/mosaic.md.") }}{% endif %}
{%- endmacro %}
