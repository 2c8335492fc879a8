{#- Patterns every CMS fill uses, written once. A fill imports this file as `shared` and its own
    CMS's helpers as `lib`, both with context (src(), param(), schema and cms stay in scope):
      {% import "cms/_shared/lib.sql" as shared with context %}
      {% import "cms/<cms>/_lib.sql" as lib with context %}
    Not a table template itself. -#}

{#- True when the person (a source id of any type) is a child in ssd_person. ssd_person is filled
    first, so every other table describes the same children; comparing as text avoids a failing cast. -#}
{% macro in_ssd_person(schema, person) -%}
EXISTS (SELECT 1 FROM {{ qualify(schema, "ssd_person") }} sp WHERE sp.pers_person_id = {{ to_text(person) }})
{%- endmacro %}

{#- A row [start, finish] (NULL finish = still open) covering the date `on`. -#}
{% macro covers(start, finish, on) -%}
{{ start }} <= {{ on }} AND ({{ finish }} IS NULL OR {{ finish }} >= {{ on }})
{%- endmacro %}

{#- A row [start, finish] (NULL finish = still open) overlapping the SSD history window. -#}
{% macro overlaps_window(start, finish) -%}
{{ start }} <= {{ today() }} AND ({{ finish }} IS NULL OR {{ finish }} >= {{ history_start() }})
{%- endmacro %}

{#- A row that is still open (NULL `finish`) or ended inside the SSD history window. -#}
{% macro open_in_window(finish) -%}
({{ finish }} IS NULL OR {{ finish }} >= {{ history_start() }})
{%- endmacro %}

{#- The CTE `name`: for each row of the CTE `events` (alias ev, one result per `keys`), the row of
    `rows` (a FROM item with its alias) that matches `match` and comes first by `order`; gives the
    keys and `columns` ({output name: expression}). An event that matches nothing has no row here.
    ROW_NUMBER rather than a correlated subquery: one pass, and an event is never duplicated. -#}
{% macro first_match(name, events, keys, rows, match, order, columns) -%}
{{ name }} AS (
    SELECT {% for key in keys %}chosen.{{ key }}, {% endfor %}{% for column in columns %}chosen.{{ column }}{{ ", " if not loop.last }}{% endfor %}

    FROM (
        SELECT {% for key in keys %}ev.{{ key }}, {% endfor %}{% for column, expr in columns.items() %}{{ expr }} AS {{ column }}, {% endfor %}

            ROW_NUMBER() OVER (PARTITION BY {% for key in keys %}ev.{{ key }}{{ ", " if not loop.last }}{% endfor %} ORDER BY {{ order }}) AS pick
        FROM {{ events }} ev
        JOIN {{ rows }}
            ON {{ match }}
    ) chosen
    WHERE chosen.pick = 1
)
{%- endmacro %}

{#- first_match when the row picked is the one with the highest `column` and only that column is
    wanted (as `as`): the CTE `name` gives the keys and MAX(column) of the rows of `rows` matching
    `match`. One grouping pass instead of sorting every match by key and rank; the same value (the key
    is a CMS row id, never NULL). -#}
{% macro highest_match(name, events, keys, rows, match, column, as) -%}
{{ name }} AS (
    SELECT {% for key in keys %}ev.{{ key }}, {% endfor %}MAX({{ column }}) AS {{ as }}
    FROM {{ events }} ev
    JOIN {{ rows }}
        ON {{ match }}
    GROUP BY {% for key in keys %}ev.{{ key }}{{ ", " if not loop.last }}{% endfor %}

)
{%- endmacro %}

{#- first_match for "the latest row on or before the event's date `on`": rows dated `row_date` on or
    before it (and, given `row_end`, not ended before it), latest first, then highest `row_key`. -#}
{% macro latest_on_or_before(name, events, keys, rows, match, row_date, row_key, on, columns, row_end=none) -%}
{% set dated = row_date ~ " <= " ~ on ~ (" AND (" ~ row_end ~ " IS NULL OR " ~ row_end ~ " >= " ~ on ~ ")" if row_end else "") %}
{{ first_match(name, events, keys, rows, match ~ " AND " ~ dated, row_date ~ " DESC, " ~ row_key ~ " DESC", columns) }}
{%- endmacro %}

{#- The CTE `name`: the referral each event belongs to, as (keys..., referral_id). `referrals` says
    where a CMS keeps them: {"rows": a macro giving the FROM item, aliased ref, "person", "start", "end", "key": ref.
    columns, "id": the SSD referral id expression}; `person` and `on` are the event's person and date
    (over alias ev). `rule` is how an event picks among the person's referrals:
      latest_started_by    the latest referral started on or before the date;
      latest_covering      the latest referral open on the date;
      earliest_covering    the earliest referral open on the date;
      latest_overlapping / earliest_overlapping   `on` is (from, to), `to` NULL while open: the
                           latest / earliest referral open at any time in that period;
      highest_overlapping / lowest_overlapping    the same referrals, picked by referral key (Mosaic's
                           "maximum / minimum referral id" rules).
    Ties on the start date go to the highest referral key. A CMS whose referral id is built from the key and the
    person gives "id_of" (a macro of those two expressions): then the highest_ / lowest_ rules group the matches
    and take the MAX / MIN key, instead of ranking every match. -#}
{% macro referral_on_date(name, events, keys, referrals, rule, person="ev.person_id", on="ev.event_date") -%}
{% set which, how = rule.split("_", 1) %}
{% set start, finish = "ref." ~ referrals.start, "ref." ~ referrals.end %}
{% if how == "started_by" %}
{% set when = start ~ " <= " ~ on %}
{% elif how == "covering" %}
{% set when = covers(start, finish, on) %}
{% elif how == "overlapping" %}
{% set when = "(" ~ on[1] ~ " IS NULL OR " ~ start ~ " <= " ~ on[1] ~ ") AND (" ~ finish ~ " IS NULL OR " ~ finish ~ " >= " ~ on[0] ~ ")" %}
{% endif %}
{% if which not in ("latest", "earliest", "highest", "lowest") or when is not defined
      or (which in ("highest", "lowest") and how != "overlapping") %}{{ fail("unknown referral rule " ~ rule ~ ": use latest_ or earliest_ with started_by, covering or overlapping, or highest_/lowest_overlapping.") }}{% endif %}
{% if which in ("highest", "lowest") and referrals.id_of %}
{% set pick = "MAX" if which == "highest" else "MIN" %}
{{ name }} AS (
    SELECT {% for key in keys %}ev.{{ key }}, {% endfor %}{{ referrals.id_of(pick ~ "(ref." ~ referrals.key ~ ")", "MAX(ref." ~ referrals.person ~ ")") }} AS referral_id
    FROM {{ events }} ev
    JOIN {{ referrals.rows() }}
        ON ref.{{ referrals.person }} = {{ person }} AND {{ when }}
    GROUP BY {% for key in keys %}ev.{{ key }}{{ ", " if not loop.last }}{% endfor %}

)
{%- else %}
{% if which in ("highest", "lowest") %}
{% set order = "ref." ~ referrals.key ~ (" DESC" if which == "highest" else "") %}
{% else %}
{% set order = start ~ (" DESC" if which == "latest" else "") ~ ", ref." ~ referrals.key ~ " DESC" %}
{% endif %}
{{ first_match(name, events, keys, referrals.rows(), "ref." ~ referrals.person ~ " = " ~ person ~ " AND " ~ when,
               order, {"referral_id": referrals.id}) }}
{%- endif %}
{%- endmacro %}

{#- Stop with a clear message when an LA parameter has the wrong shape; renders nothing when it is
    right. kind 'list' needs a YAML list (a bare value would be read character by character),
    'mapping' a YAML mapping, 'not_empty' a list with at least one item. -#}
{% macro check_param(name, value, kind) -%}
{% set where = "; see examples/cms/" ~ cms ~ ".md." %}
{% if kind == "list" and (value is string or value is mapping or value is not iterable) %}
{{ fail("source.params." ~ name ~ " must be a list (YAML: [A1, A2, ...])" ~ where) }}
{% elif kind == "mapping" and value is not mapping %}
{{ fail("source.params." ~ name ~ " must be a mapping of source value to code (YAML: {from: to})" ~ where) }}
{% elif kind == "not_empty" and not value %}
{{ fail("source.params." ~ name ~ " is empty: the " ~ cms ~ " mapping needs at least one value there" ~ where) }}
{% elif kind not in ("list", "mapping", "not_empty") %}
{{ fail("check_param: unknown kind " ~ kind ~ ".") }}
{% endif %}
{%- endmacro %}

{#- A text value as a JSON string value (quoted, every control character escaped; NULL as "" unless keep_null) that
    takes at most `room` characters of the JSON document, so the document is never cut into invalid JSON: the value
    is cut to room - 2 characters, and when escaping makes that too long, to (room - 2) / 6 (an escape is at most 6). -#}
{% macro json_text(expr, room, keep_null=false) -%}
{%- set value = expr if keep_null else "COALESCE(" ~ expr ~ ", '')" -%}
{%- set whole = json_string("LEFT(" ~ value ~ ", " ~ (room - 2) ~ ")") -%}
CASE WHEN {{ text_length(whole) }} <= {{ room }} THEN {{ whole }} ELSE {{ json_string("LEFT(" ~ value ~ ", " ~ ((room - 2) // 6) ~ ")") }} END
{%- endmacro %}

{#- A CMS code through the LA's map source.params.<name> ({CMS code: DfE code}, over `defaults`): a mapped value
    (compared trimmed, in any case, as code_eq does) gives its code, any other gives `otherwise` (the value itself,
    unless told). The CMS's _lib.sql names one macro per mapped field on top of this, which the fill and
    check-compat's sample of the source (ssd_bridge/compat/code_probes.py) both call. -#}
{% macro mapped_code(expr, name, defaults={}, otherwise=none) -%}
{%- set extra = param(name, {}) -%}
{{- check_param(name, extra, "mapping") -}}
{%- set mapping = dict(defaults) -%}
{%- for text, code in extra.items() %}{% set _ = mapping.update({text: code}) %}{% endfor -%}
{%- set rest = expr if otherwise is none else otherwise -%}
{%- if mapping %}CASE{% for text, code in mapping.items() %} WHEN {{ code_eq(expr, text) }} THEN {{ string_literal(code) }}{% endfor %} ELSE {{ rest }} END{% else %}{{ rest }}{% endif -%}
{%- endmacro %}
