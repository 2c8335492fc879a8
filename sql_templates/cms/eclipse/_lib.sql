{#- Helpers of the Eclipse fills only; patterns every CMS uses are in cms/_shared/lib.sql. Imported as
    {% import "cms/eclipse/_lib.sql" as lib with context %}; not a table template itself. -#}
{% import "cms/_shared/lib.sql" as shared with context %}

{#- Form design GUIDs: each LA's Eclipse build has its own, so each is a source.params override of these defaults. -#}
{% macro form_guid(name) -%}
{{ string_literal(param(name ~ "_form_guid", {
    "referral": "e6d9de9a-b56c-49d0-ab87-0f913ca8fc5f",
    "assessment": "94b3f530-a918-4f33-85c2-0ae355c9c2fd",
    "family_help_discussion": "6d3b942a-37ad-40ef-8cc6-b202d2cd1c0e",
    "s47": "fdca0a95-8578-43ca-97ff-ad3a8adf57de",
    "cp_meeting": "21e01e2e-fd65-439d-a8aa-a179106a3d45",
    "strategy_discussion": "f9a86a19-ea09-41f0-9403-a88e2b0e738a",
    "iro_review": "2d9d174f-77ed-40bd-ac2b-cae8015ad799",
    "sdq": "fb7f6ffc-e8a1-4b45-8eaa-356a5be33895",
    "pathway_plan": "c17d1557-513d-443f-8013-a31eb541455b",
    "contact": "8fae4e1f-344b-4c08-93ba-8b344513198c",
    "visit": "7b04f2b4-1170-44a2-8f2f-111d51d8a90f",
    "missing": "e112bee8-4f50-4904-8ebc-842e2fd33994",
    "return_903": "0438ab4f-0d93-40d3-ab73-f97455646041",
    "health_assessment": "36c62558-e07b-41bb-b3d1-1dd850d55472",
    "cla_review": "b5c5c8d8-5ba7-4919-a3cd-9722e8e90aaf",
    "iro_quality": "79f3495c-134f-4e69-b00f-7621925419f7",
    "early_help_closure": "12bb8ca2-e585-4a09-a6dd-d5b6e910a3f0",
    "family_help_closure": "57eef045-0dbb-4df4-8dbd-bb07acf99e99",
}[name])) }}
{%- endmacro %}

{#- One row per completed form instance and subject, answers pivoted by CONTROLNAME.
    Completed only, unless complete_only is false (then completed_date is NULL while in progress).
    controls: {output column: (CONTROLNAME, kind)}; kind is 'text' (ANSWERVALUE), 'short'
    (SHORTANSWERVALUE) or 'date' (DATEANSWERVALUE, else ISO text in ANSWERVALUE).
    by_subname: one row per sub-name too, in the column subname (trimmed, upper case), so one pass
    serves fills that read several sub-names of a form apart. -#}
{% macro form_answers(form, controls, subnames=none, complete_only=true, by_subname=false) -%}
{{ forms_answers([{"form": form, "controls": controls, "subnames": subnames, "complete_only": complete_only}], by_subname) }}
{%- endmacro %}

{#- form_answers for several forms in one pass over FORMANSWERPERSONVIEW (it holds a row per answer of
    every form, the largest source a fill reads): forms is a list of {"form", "controls", and optionally
    "subnames", "complete_only"} as form_answers takes them. With more than one form, the column form_no
    says whose row it is (1 = the first form listed); a column gets its answer from the forms that name
    it (NULL on the others' rows), with one kind in all of them. Each row's control name is trimmed and
    upper-cased once, into the number of the control it answers (control_no, unique per form and
    control), and every pivoted column compares that number. Forms sharing one design GUID (an LA's
    parameters may point two at the same form) are read one pass each, so each still gets all its rows. -#}
{% macro forms_answers(forms, by_subname=false) -%}
{% set guids = [] %}{% for spec in forms %}{% set _ = guids.append(form_guid(spec.form)) %}{% endfor %}
{% if forms | length > 1 and guids | unique | list | length < guids | length %}
{% for spec in forms %}
{{ "UNION ALL" if not loop.first }}
{{ _form_pass(forms, [loop.index], by_subname) -}}
{% endfor %}
{% else %}
{{ _form_pass(forms, range(1, forms | length + 1) | list, by_subname) -}}
{% endif %}
{%- endmacro %}

{#- One pass of forms_answers over the forms numbered `numbers` (1-based in `forms`); the columns of
    every form in `forms` (NULL where a form of this pass does not name one). -#}
{% macro _form_pass(forms, numbers, by_subname) -%}
{% set many = forms | length > 1 %}
{% set columns = {} %}{% set controls_of = {} %}{% set counter = namespace(n=0) %}
{% for spec in forms %}{% set form_no = loop.index %}
{% for column, (control, kind) in spec.controls.items() %}
{% if column in columns and columns[column] != kind %}{{ fail("forms_answers: the column " ~ column ~ " is read as " ~ columns[column] ~ " and as " ~ kind) }}{% endif %}
{% set _ = columns.update({column: kind}) %}
{% if form_no in numbers %}
{% set key = (form_no, control | trim | upper) %}
{% if key not in controls_of %}{% set counter.n = counter.n + 1 %}{% set _ = controls_of.update({key: counter.n}) %}{% endif %}
{% endif %}
{% endfor %}
{% endfor %}
{% set used = [] %}{% for spec in forms %}{% if loop.index in numbers %}{% set _ = used.append(spec) %}{% endif %}{% endfor %}
{% set kinds = [] %}{% for spec in used %}{% for control, kind in spec.controls.values() %}{% set _ = kinds.append(kind) %}{% endfor %}{% endfor %}
{% set all_complete = namespace(yes=true) %}{% for spec in used %}{% if not spec.get("complete_only", true) %}{% set all_complete.yes = false %}{% endif %}{% endfor %}
{#- the control numbers each column reads, over the forms of this pass -#}
{% set reads = {} %}
{% for spec in forms %}{% set form_no = loop.index %}{% if form_no in numbers %}
{% for column, (control, kind) in spec.controls.items() %}
{% set _ = reads.update({column: reads.get(column, []) + [controls_of[(form_no, control | trim | upper)]]}) %}
{% endfor %}
{% endif %}{% endfor %}
SELECT
        fr.instance_id,
        fr.person_id,
{% if many %}
        fr.form_no,
{% endif %}
{% if by_subname %}
        fr.subname,
{% endif %}
        MAX(fr.submitter_id) AS submitter_id,
        MIN(fr.started_date) AS started_date,
        MAX(fr.completed_date) AS completed_date{{ "," if columns }}
{% for column, kind in columns.items() %}
{% set which = reads.get(column, []) %}
{% set test = ("fr.control_no = " ~ which[0]) if which | length == 1 else ("fr.control_no IN " ~ sql_list(which)) %}
{% if not which %}
        NULL AS {{ column }}{{ "," if not loop.last }}
{% elif kind == "date" %}
        {#- the text is read only where the date is missing: the same maximum, without parsing every answer #}
        COALESCE(MAX(CASE WHEN {{ test }} THEN fr.date_answer END),
                 MAX(CASE WHEN {{ test }} AND fr.date_answer IS NULL THEN {{ try_cast_datetime("fr.answer") }} END)) AS {{ column }}{{ "," if not loop.last }}
{% else %}
        MAX(CASE WHEN {{ test }} THEN fr.{{ "short_answer" if kind == "short" else "answer" }} END) AS {{ column }}{{ "," if not loop.last }}
{% endif %}
{% endfor %}
    FROM (
        SELECT f.INSTANCEID AS instance_id, f.ANSWERFORSUBJECTID AS person_id, f.SUBMITTERPERSONID AS submitter_id,
            f.DATESTARTED AS started_date,
{% if many %}
{% if numbers | length == 1 %}
            {{ numbers[0] }} AS form_no,
{% else %}
            CASE f.DESIGNGUID{% for n in numbers %} WHEN {{ form_guid(forms[n - 1].form) }} THEN {{ n }}{% endfor %} END AS form_no,
{% endif %}
{% endif %}
{% if by_subname %}
            {{ code_key('f.DESIGNSUBNAME') }} AS subname,
{% endif %}
{% if all_complete.yes %}
            f.DATECOMPLETED AS completed_date,
{% else %}
            CASE WHEN {{ known_in('f.INSTANCESTATE', ['COMPLETE']) }} THEN f.DATECOMPLETED END AS completed_date,
{% endif %}
{% if "text" in kinds or "date" in kinds %}
            f.ANSWERVALUE AS answer,
{% endif %}
{% if "short" in kinds %}
            f.SHORTANSWERVALUE AS short_answer,
{% endif %}
{% if "date" in kinds %}
            f.DATEANSWERVALUE AS date_answer,
{% endif %}
{% if not controls_of %}
            0 AS control_no
{% elif numbers | length == 1 %}
            {{ _control_no(forms, numbers[0], controls_of) }} AS control_no
{% else %}
            CASE f.DESIGNGUID{% for n in numbers %} WHEN {{ form_guid(forms[n - 1].form) }} THEN {{ _control_no(forms, n, controls_of) }}{% endfor %} END AS control_no
{% endif %}
        FROM {{ src("FORMANSWERPERSONVIEW") }} f
{% if numbers | length == 1 %}
{% set spec = forms[numbers[0] - 1] %}
        WHERE f.DESIGNGUID = {{ form_guid(spec.form) }}
            {{ _form_filter(spec) | trim | indent(12) }}
{% else %}
        {#- the design GUIDs as a plain IN list first, so an index on DESIGNGUID can seek them; then each form's own filter #}
        WHERE f.DESIGNGUID IN ({% for n in numbers %}{{ ", " if not loop.first }}{{ form_guid(forms[n - 1].form) }}{% endfor %})
            AND ({% for n in numbers %}{{ "\n                OR " if not loop.first }}(f.DESIGNGUID = {{ form_guid(forms[n - 1].form) }}
                {{ _form_filter(forms[n - 1]) | trim | indent(16) }}){% endfor %})
{% endif %}
{% set fence = compute_once() | trim %}
{% if fence %}
        {{ fence }}
{% endif %}
    ) fr
    GROUP BY fr.instance_id, fr.person_id{{ ", fr.form_no" if many }}{{ ", fr.subname" if by_subname }}
{%- endmacro %}

{#- code_in for text columns of the form answers (names, states, answers), with the texts as the template spells them tried first:
    the same answer, but the usual row, stored exactly so, skips trimming and upper-casing the value (most
    of a pivot's work). Only ASCII texts are tried as written, whose upper case SQL and the template agree on. -#}
{% macro known_in(expr, texts) -%}
{% set exact = [] %}{% for text in texts %}{% if text is string and text.isascii() and text not in exact %}{% set _ = exact.append(text) %}{% endif %}{% endfor %}
{% if exact %}({{ expr }} IN ({% for text in exact %}{{ ", " if not loop.first }}{{ string_literal(text) }}{% endfor %}) OR {{ code_in(expr, texts) }}){% else %}{{ code_in(expr, texts) }}{% endif %}
{%- endmacro %}

{#- The number of the control a row answers, in form n of forms_answers: the control names as the template
    spells them first (see known_in), then trimmed and upper-cased. -#}
{% macro _control_no(forms, n, controls_of) -%}
{% set exact = {} %}
{% for column, (control, kind) in forms[n - 1].controls.items() %}{% if control.isascii() and control not in exact %}{% set _ = exact.update({control: controls_of[(n, control | trim | upper)]}) %}{% endif %}{% endfor %}
{% set keyed %}CASE {{ code_key('f.CONTROLNAME') }}{% for (m, name), number in controls_of.items() if m == n %} WHEN {{ string_literal(name) }} THEN {{ number }}{% endfor %} END{% endset %}
{% if exact %}CASE f.CONTROLNAME{% for control, number in exact.items() %} WHEN {{ string_literal(control) }} THEN {{ number }}{% endfor %} ELSE {{ keyed }} END{% else %}{{ keyed }}{% endif %}
{%- endmacro %}

{#- The sub-name and state conditions of one form of form_answers (each line starting AND). -#}
{% macro _form_filter(spec) -%}
{#- the sub-name first: it keeps fewer rows, so fewer states are read #}
{% if spec.get("subnames") %}
AND {{ known_in('f.DESIGNSUBNAME', spec.get("subnames")) }}
{% endif %}
{% if spec.get("complete_only", true) %}
AND {{ known_in('f.INSTANCESTATE', ['COMPLETE']) }}
{% else %}
AND (f.INSTANCESTATE IS NULL OR NOT {{ code_in('f.INSTANCESTATE', param("form_states_ignored", ["DELETED", "CANCELLED", "DISCARDED"])) }})
{% endif %}
{%- endmacro %}

{#- A CASE mapping an expression's text to codes: mapping {text: code}; else_code when none matches. Texts
    compare as code_eq compares them; the expression is trimmed and upper-cased once, not once per text. -#}
{% macro map_text(expr, mapping, else_code=none) -%}
CASE {{ code_key(expr) }}{% for text, code in mapping.items() %} WHEN {{ string_literal(text | string | trim | upper) }} THEN {{ string_literal(code) }}{% endfor %}{% if else_code is not none %} ELSE {{ string_literal(else_code) }}{% endif %} END
{%- endmacro %}

{#- 'Y' when the expression is one of the texts, else 'N' (also when NULL). -#}
{% macro yn(expr, texts) -%}
CASE WHEN {{ code_in(expr, texts) }} THEN 'Y' ELSE 'N' END
{%- endmacro %}

{#- The SSD text form of a source id. -#}
{% macro id_text(expr) -%}
{{ to_text(expr, 48) }}
{%- endmacro %}

{#- Classification assignments that are not deleted (STATUS may be NULL on older builds). -#}
{% macro not_deleted(alias) -%}
({{ alias }}.STATUS IS NULL OR NOT {{ code_eq(alias ~ '.STATUS', 'DELETED') }})
{%- endmacro %}

{#- The "what was true on that date" lookups below take a CTE of events with columns event_key
    (unique), person_id (the source PERSONID) and event_date, and give one row per event that has a
    match: event_key plus the value. -#}

{#- The ssd_cin_episodes rows this deployment has just filled: every table's referral id is one of them. -#}
{% macro ssd_referral_rows() -%}
{{ qualify(schema, "ssd_cin_episodes") }} ref
{%- endmacro %}

{#- Where Eclipse referrals are, for shared.referral_on_date. -#}
{% set referrals = {
    "rows": ssd_referral_rows,
    "person": "cine_person_id",
    "start": "cine_referral_date",
    "end": "cine_close_date",
    "key": "cine_referral_id",
    "id": "ref.cine_referral_id",
} %}

{#- The allocated worker (RELATIONSHIPPROFESSIONALVIEW, ALLOCATEDWORKERCODE 'AW') on the date: the
    latest allocation started on or before it and open or ended on or after it. -#}
{% macro worker_on_date(name, events) -%}
{{ shared.latest_on_or_before(name, events, ["event_key"], src("RELATIONSHIPPROFESSIONALVIEW") ~ " aw",
    "aw.PERSONID = ev.person_id AND " ~ code_eq("aw.ALLOCATEDWORKERCODE", param("allocated_worker_code", "AW")),
    "aw.STARTDATE", "aw.PERSONRELATIONSHIPRECORDID", "ev.event_date",
    {"worker_id": id_text("aw.PROFESSIONALRELATIONSHIPPERSONID")}, row_end="aw.CLOSEDATE") }}
{%- endmacro %}

{#- The allocated team (PERSONORGRELATIONSHIPVIEW, ALLOCATEDTEAMCODE 'AT') on the date, chosen the same way. -#}
{% macro team_on_date(name, events) -%}
{{ shared.latest_on_or_before(name, events, ["event_key"], src("PERSONORGRELATIONSHIPVIEW") ~ " tm",
    "tm.PERSONID = ev.person_id AND " ~ code_eq("tm.ALLOCATEDTEAMCODE", param("allocated_team_code", "AT")),
    "tm.DATESTARTED", "tm.RELATIONSHIPID", "ev.event_date",
    {"team_id": id_text("tm.ORGANISATIONID")}, row_end="tm.DATEENDED") }}
{%- endmacro %}

{#- Merge date ranges per person into episodes (gaps and islands with window functions).
    rows: a query giving person_id, row_key, start_date, end_date (NULL = open), end_reason.
    A row joins the running episode when it starts no later than the latest end so far plus
    tolerance_days (open = today). Gives person_id, episode_key (key of the opening row),
    episode_start, episode_end (NULL when any merged row is open), close_reason (of the row
    with the latest end). -#}
{% macro merge_episodes(rows, tolerance_days=1) -%}
{#- tolerance_days 0: rows must overlap (or touch) to merge. #}
merge_rows AS (
    {{ rows | indent(4) }}
),
merge_marked AS (
    SELECT mr.person_id, mr.row_key, mr.start_date, mr.end_date, mr.end_reason,
        COALESCE(mr.end_date, {{ today() }}) AS end_or_today,
        CASE WHEN MAX(COALESCE(mr.end_date, {{ today() }})) OVER (PARTITION BY mr.person_id
                ORDER BY mr.start_date, mr.row_key ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
                >= {{ date_add_days("mr.start_date", -tolerance_days) }} THEN 0 ELSE 1 END AS is_new
    FROM merge_rows mr
),
merge_grouped AS (
    SELECT mm.person_id, mm.row_key, mm.start_date, mm.end_date, mm.end_reason, mm.end_or_today,
        SUM(mm.is_new) OVER (PARTITION BY mm.person_id ORDER BY mm.start_date, mm.row_key
            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS episode_no,
        mm.is_new,
        ROW_NUMBER() OVER (PARTITION BY mm.person_id ORDER BY mm.start_date, mm.row_key) AS row_no
    FROM merge_marked mm
),
merge_last AS (
    SELECT mg.person_id, mg.row_key, mg.start_date, mg.end_date, mg.end_reason, mg.episode_no, mg.is_new,
        ROW_NUMBER() OVER (PARTITION BY mg.person_id, mg.episode_no
            ORDER BY mg.end_or_today DESC, CASE WHEN mg.end_date IS NULL THEN 0 ELSE 1 END, mg.row_no DESC) AS last_no
    FROM merge_grouped mg
),
{#- GROUP BY rather than a self-join on row numbers: the planner estimates groups well, and a
    badly estimated join here turns every later join into a nested loop. #}
episodes AS (
    SELECT ml.person_id,
        MAX(CASE WHEN ml.is_new = 1 THEN ml.row_key END) AS episode_key,
        MIN(ml.start_date) AS episode_start,
        CASE WHEN MAX(CASE WHEN ml.end_date IS NULL THEN 1 ELSE 0 END) = 1 THEN NULL ELSE MAX(ml.end_date) END AS episode_end,
        MAX(CASE WHEN ml.last_no = 1 THEN ml.end_reason END) AS close_reason
    FROM merge_last ml
    GROUP BY ml.person_id, ml.episode_no
)
{%- endmacro %}

{#- Classification ids (paths and codes) the mapping reads, with their defaults; LAs override each
    under source.params. Read them with param(name, ecl.id_defaults[name]). -#}
{% set id_defaults = {
    "cin_episode_path_ids": [4, 51, 23, 10],
    "cin_episode_code_ids": [1270],
    "cin_plan_path_ids": [4],
    "cin_plan_code_ids": [1270],
    "cp_plan_path_ids": [51],
    "cp_category_path_ids": [81],
    "disability_path_ids": [55, 58, 79, 172, 186],
    "immigration_path_ids": [1, 83],
    "excluded_person_ids": [1, 2, 3, 4, 5, 6],
    "allowed_person_ids": [],
} %}

{#- A classification filter on paths and codes: (path IN (...) OR code IN (...)); an empty list is skipped. -#}
{% macro classified(alias, paths_name, codes_name=none) -%}
{% set paths = param(paths_name, id_defaults[paths_name]) | list %}
{% set codes = (param(codes_name, id_defaults[codes_name]) | list) if codes_name else [] %}
{% if not codes %}{{ shared.check_param(paths_name, paths, "not_empty") }}{% endif %}
({% if paths %}{{ alias }}.CLASSIFICATIONPATHID IN {{ sql_list(paths) }}{% endif %}{% if paths and codes %} OR {% endif %}{% if codes %}{{ alias }}.CLASSIFICATIONCODEID IN {{ sql_list(codes) }}{% endif %})
{%- endmacro %}

{#- The CTEs `episodes` (classification rows of these ids merged per child where they overlap) and
    `plans` (event_key, person_id, event_date, episode_end: those open or ended inside the window):
    the start of the CIN-plan and CP-plan fills. -#}
{% macro plans_in_window(schema, paths_name, codes_name=none) -%}
{{ merge_episodes("SELECT c.PERSONID AS person_id, " ~ id_text("c.CLASSIFICATIONASSIGNMENTID") ~ " AS row_key,
        c.STARTDATE AS start_date, c.ENDDATE AS end_date, c.ENDREASON AS end_reason
    FROM " ~ src("CLASSIFICATIONPERSONVIEW") ~ " c
    WHERE " ~ classified("c", paths_name, codes_name) ~ "
        AND " ~ not_deleted("c") ~ " AND c.STARTDATE IS NOT NULL
        AND " ~ shared.in_ssd_person(schema, "c.PERSONID"), tolerance_days=0) }},
plans AS (
    SELECT ep.episode_key AS event_key, ep.person_id, ep.episode_start AS event_date, ep.episode_end
    FROM episodes ep
    WHERE {{ shared.open_in_window("ep.episode_end") }}
)
{%- endmacro %}

{#- CLA episodes of care (CLAEPISODEOFCAREVIEW) of children in ssd_person, each with the placement
    it belongs to: consecutive episodes of one period at the same placement address and type (the
    next starting within a day of the previous end) are one placement, whose id is its first
    episode's id (PLACEMENTADDRESSID would repeat when a child returns to an address). -#}
{% macro cla_rows(schema) -%}
cla_source AS (
    SELECT e.EPISODEOFCAREID AS episode_id, e.PERSONID AS person_id, e.PERIODOFCAREID AS period_id,
        e.EOCSTARTDATE AS start_date, e.EOCENDDATE AS end_date, e.EOCSTARTREASONCODE AS start_reason,
        e.EOCENDREASONCODE AS end_reason, e.CATEGORYOFNEED AS need_text, e.PLACEMENTADDRESSID AS address_id,
        e.PLACEMENTTYPECODE AS type_code, e.PLACEMENTPROVISIONCODE AS provision_code,
        e.PLACEMENTPOSTCODE AS postcode, e.PLACEMENTCHANGEREASONCODE AS change_reason,
        CASE WHEN LAG(e.PERIODOFCAREID) OVER (PARTITION BY e.PERSONID ORDER BY e.EOCSTARTDATE, e.EPISODEOFCAREID) = e.PERIODOFCAREID
            AND LAG(e.PLACEMENTADDRESSID) OVER (PARTITION BY e.PERSONID ORDER BY e.EOCSTARTDATE, e.EPISODEOFCAREID) = e.PLACEMENTADDRESSID
            AND LAG(e.PLACEMENTTYPECODE) OVER (PARTITION BY e.PERSONID ORDER BY e.EOCSTARTDATE, e.EPISODEOFCAREID) = e.PLACEMENTTYPECODE
            AND LAG(e.EOCENDDATE) OVER (PARTITION BY e.PERSONID ORDER BY e.EOCSTARTDATE, e.EPISODEOFCAREID) >= {{ date_add_days("e.EOCSTARTDATE", -1) }}
            THEN 0 ELSE 1 END AS is_new
    FROM {{ src("CLAEPISODEOFCAREVIEW") }} e
    WHERE e.EOCSTARTDATE IS NOT NULL AND {{ shared.in_ssd_person(schema, "e.PERSONID") }}
),
cla_grouped AS (
    SELECT cs.*, SUM(cs.is_new) OVER (PARTITION BY cs.person_id ORDER BY cs.start_date, cs.episode_id
        ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS placement_no
    FROM cla_source cs
),
cla_rows AS (
    SELECT cg.*,
        FIRST_VALUE(cg.episode_id) OVER (PARTITION BY cg.person_id, cg.placement_no ORDER BY cg.start_date, cg.episode_id
            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS placement_id,
        ROW_NUMBER() OVER (PARTITION BY cg.person_id, cg.placement_no ORDER BY cg.start_date DESC, cg.episode_id DESC) AS last_no
    FROM cla_grouped cg
)
{%- endmacro %}

{#- The SSD key of a form row: the instance id, with the subject appended only when the instance has
    several subjects (a form about siblings), so keys stay unique without changing the usual ones.
    rows: the alias of a form_answers result. -#}
{% macro instance_key(rows) -%}
CONCAT({{ id_text(rows ~ ".instance_id") }}, CASE WHEN COUNT(*) OVER (PARTITION BY {{ rows }}.instance_id) > 1
    THEN CONCAT('-', {{ id_text(rows ~ ".person_id") }}) ELSE '' END)
{%- endmacro %}

{#- Each row of the keyed form rows `k` (instance_id, person_id, the `on` date) once with the plan or
    period covering that date (none: one row, NULL), the latest started first as pick = 1: one pass over
    the rows, not a join with the covering rows joined back. columns: the rows' columns to keep;
    cover: (table, its id column, its start and end columns, the match of its person to k's), as the
    id column is named in the result (`as_name`). -#}
{% macro with_cover(columns, on, cover, as_name) -%}
{%- set table, id, start, finish, person = cover -%}
SELECT {{ columns }}, c.{{ id }} AS {{ as_name }},
    ROW_NUMBER() OVER (PARTITION BY k.instance_id, k.person_id ORDER BY c.{{ start }} DESC, c.{{ id }} DESC) AS pick
FROM keyed k
LEFT JOIN {{ table }} c
    ON {{ person }} AND {{ shared.covers("c." ~ start, "c." ~ finish, on) }}
{%- endmacro %}

{#- 'Y' / 'N' from a form answer: the answer texts meaning yes (param yes_param); any other answer 'N';
    no answer NULL. -#}
{% macro answer_yn(expr, yes_param, yes_default) -%}
{% set yes = param(yes_param, yes_default) %}{{ shared.check_param(yes_param, yes, "not_empty") }}
CASE WHEN {{ expr }} IS NULL THEN NULL WHEN {{ known_in(expr, yes) }} THEN 'Y' ELSE 'N' END
{%- endmacro %}

{#- The Child: Visit answers every visit table reads (for form_answers). -#}
{% set visit_controls = {"visit_date": ("AnnexAReturn_dateOfVisit", "date"),
    "seen": ("AnnexAReturn_wasTheChildSeen", "text"), "seen_alone": ("AnnexAReturn_wasTheChildSeenAlone", "text")} %}

{#- Seen / seen alone of a visit row (alias) as Y / N (visit_seen_answers, visit_seen_alone_answers). -#}
{% macro visit_seen(v) -%}
{{ answer_yn(v ~ ".seen", "visit_seen_answers", ["Yes"]) }}
{%- endmacro %}
{% macro visit_seen_alone(v) -%}
{{ answer_yn(v ~ ".seen_alone", "visit_seen_alone_answers", ["Child seen alone"]) }}
{%- endmacro %}

{#- The DfE codes of the values an Eclipse fill maps through a source.params map: each gives the code,
    or NULL when the value is neither a DfE code nor in the map (the fill then uses its fallback).
    check-compat runs the same macros over a sample of the source (ssd_bridge/compat/code_probes.py). -#}
{% macro ethnicity_code(expr) -%}
{% set ethnicity = dict({
    "ARAB": "ORAB", "BANGLADESHI": "ABAN", "INDIAN": "AIND", "OTHER_ASIAN": "AOTH", "ENG_SCOT_TRAVELLER": "AOTH",
    "PAKISTANI": "APKN", "AFRICAN": "BAFR", "BLACK_AFRICAN": "BAFR", "BLACK_CARIBBEAN": "BCRB", "CARIBBEAN": "BCRB",
    "OTHER_BLACK": "BOTH", "OTHER_AFRICAN": "BOTH", "CHINESE": "CHNE", "OTHER_MIXED": "MOTH",
    "WHITE_AND_ASIAN": "MWAS", "WHITE_AND_BLACK_AFRICAN": "MWBA", "WHITE_AND_BLACK_CARIBBEAN": "MWBC",
    "NOT_KNOWN": "NOBT", "OTHER_ETHNIC": "OOTH", "REFUSED": "REFU", "WHITE_BRITISH": "WBRI",
    "WHITE_NORTHERNIRISH": "WBRI", "WHITE_SCOTTISH": "WBRI", "WHITE_WELSH": "WBRI", "WHITE_IRISH": "WIRI",
    "IRISHTRAVELLER": "WIRT", "OTHER_WHITE_ORIGIN": "WOTH", "WHITE_POLISH": "WOTH", "GYPSY": "WROM",
    "TRAVELLER": "WROM", "ROMA": "WROM"}, **param("ethnicity_map", {})) %}
{% set dfe_ethnicity = ["ABAN", "AIND", "AOTH", "APKN", "BAFR", "BCRB", "BOTH", "CHNE", "MOTH", "MWAS", "MWBA",
    "MWBC", "NOBT", "OOTH", "REFU", "WBRI", "WIRI", "WIRT", "WOTH", "WROM", "ORAB"] %}
CASE WHEN {{ code_in(expr, dfe_ethnicity) }} THEN UPPER(LTRIM(RTRIM({{ expr }})))
    ELSE {{ map_text(expr, ethnicity) }} END
{%- endmacro %}

{% macro referral_source_code(expr) -%}
{% set sources = dict({
    "Acquaintance": "1B", "A & E": "3E", "Anonymous": "9", "Early help": "5D", "Education Services": "2B",
    "External e.g. from another local authority": "5C", "Family Member/Relative/Carer": "1A", "GP": "3A",
    "Health Visitor": "3B", "Housing": "4", "Other": "1D", "Other Health Services": "3F",
    "Other - including children centres": "8", "Other internal e,g, BC Council": "5B", "Other Legal Agency": "7",
    "Other Primary Health Services": "3D", "Police": "6", "School": "2A", "School Nurse": "3C", "Self": "1C",
    "Social care e.g. adult social care": "5A", "Unknown": "10"}, **param("referral_source_map", {})) %}
CASE WHEN {{ code_in(expr, sources.values() | unique | list) }} THEN UPPER(LTRIM(RTRIM({{ expr }})))
    ELSE {{ map_text(expr, sources) }} END
{%- endmacro %}

{#- Eclipse placement type codes as SSDA903 codes (SSDA903 codes pass through). -#}
{% macro placement_type_code(expr) -%}
{% set types = dict({
    "APP_ADOPT": "A3", "CONS_ADOPT_NOTFP": "A4", "ORD_ADOPT_FP": "A5", "ORD_ADOPT_NOTFP": "A6", "NO_CHREGS": "H5",
    "CHLD_HOME": "K2", "PARENT": "P1", "IND_LIV": "P2", "RES_CARE": "R1", "NHS": "R2", "YOI": "R5", "RES_SCH": "S1",
    "REL": "U1", "REL_NOT_LT_ADOPT": "U3", "LT": "U4", "NOT_LT_ADOPT": "U6", "OTH": "Z1"},
    **param("placement_type_map", {})) %}
{% set codes_903 = ["A3", "A4", "A5", "A6", "F1", "F2", "F3", "F4", "F5", "F6", "H5", "K1", "K2", "P1", "P2", "P3", "R1",
    "R2", "R3", "R5", "S1", "T0", "T1", "T2", "T3", "T4", "U1", "U2", "U3", "U4", "U5", "U6", "Z1"] %}
CASE WHEN {{ code_in(expr, codes_903) }} THEN UPPER(LTRIM(RTRIM({{ expr }})))
    ELSE {{ map_text(expr, types) }} END
{%- endmacro %}

{#- A CIN episode's closure reason text as an RC code (source.params.close_reason_map adds or overrides; an RC
    code passes through); NULL when unmapped, which the fill reports as RC7 (other reason). -#}
{% macro close_reason_code(expr) -%}
{% set closures = dict({
    "Adopted": "RC1", "Adopted - Consent dispensed with": "RC1", "Adopted - Application unopposed": "RC1",
    "Adopted - PRE 2000": "RC1", "PRE-Adopted": "RC1", "Adopted consent dispensed with by court": "RC1",
    "ADOPTED/FREED FOR ADOPTION - PRE 2000": "RC1", "Adopted - application for an adoption order unopposed": "RC1",
    "Died": "RC2", "Child/young person has died": "RC2",
    "Child Arrangements Order": "RC3", "Residence order or a child arrangements order": "RC3",
    "Special Guardianship Order": "RC4", "Special guardianship made to former foster carers": "RC4",
    "Special guardianship made to other than former foster carers": "RC4",
    "Special guardianship relative/friend not former foster carer(s)": "RC4",
    "Special guardianship other not relative/friend/former foster carer": "RC4",
    "Child moved permanently from area": "RC5",
    "Transferred to Adult Services": "RC6", "Transferred to care of Adult Social Services": "RC6",
    "Transferred to residential care funded by Adult Social Services": "RC6",
    "Case closed": "RC7",
    "Case closed after assessment, no further action": "RC8",
    "Case closed after assessment, referred to early help": "RC9",
    "Case closed after assessment, referred to EH": "RC9"}, **param("close_reason_map", {})) %}
COALESCE({{ map_text(expr, closures) }}, CASE WHEN UPPER(LEFT({{ expr }}, 2)) = 'RC' THEN UPPER(LEFT({{ expr }}, 3)) END)
{%- endmacro %}

{#- A disability classification name as a DfE disability code (source.params.disability_map adds or overrides);
    NULL when unmapped, which the fill reports as DDA (other disability under the Equality Act). -#}
{% macro disability_code(expr) -%}
{% set names = dict({
    "No disability": "NONE", "Mobility": "MOB", "Hand function": "HAND", "Personal care": "PC",
    "Incontinence": "INC", "Communication": "COMM", "Learning Disability": "LD", "Learning": "LD",
    "Hearing": "HEAR", "Vision": "VIS", "Behaviour": "BEH", "Consciousness": "CON",
    "Diagnosed autism/aspergers": "AUT", "Autistic Spectrum Disorder": "AUT", "Autism spectrum condition": "AUT",
    "Other DDA": "DDA"}, **param("disability_map", {})) %}
{{ map_text(expr, names) }}
{%- endmacro %}

{#- Codes the CLA views hold as the LA recorded them, usually the SSDA903 code: each goes through its
    source.params.<field>_map (Eclipse code: SSDA903 code) first and passes through unchanged otherwise. -#}
{% macro start_reason_code(expr) -%}{{ shared.mapped_code(expr, "start_reason_map") }}{%- endmacro %}
{% macro episode_end_reason_code(expr) -%}{{ shared.mapped_code(expr, "episode_end_reason_map") }}{%- endmacro %}
{% macro placement_change_reason_code(expr) -%}{{ shared.mapped_code(expr, "placement_change_reason_map") }}{%- endmacro %}
{% macro care_leaver_activity_code(expr) -%}{{ shared.mapped_code(expr, "care_leaver_activity_map") }}{%- endmacro %}
{% macro care_leaver_accommodation_code(expr) -%}{{ shared.mapped_code(expr, "care_leaver_accommodation_map") }}{%- endmacro %}
