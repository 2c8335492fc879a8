{#- ssd_contacts from eclipse: completed MASH summary and outcome forms (contact form design) about
    children in ssd_person, contact date inside the history window. The contact-by answer is kept as
    the description and mapped to a contact source code (contact_source_map adds or changes texts;
    unknown texts give NULL). The form records no outcome, so cont_contact_outcome_json stays NULL. -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/eclipse/_lib.sql" as lib with context %}
{% set extra_sources = param("contact_source_map", {}) %}
{{ shared.check_param("contact_source_map", extra_sources, "mapping") }}
{% set sources = dict({
    "Acquaintance": "INDACQ", "A & E": "HSERVAE", "Anonymous": "ANON", "Education Services": "EDUSERV",
    "External e.g. from another local authority": "LASERVEXT", "Family Member/Relative/Carer": "INDFRC",
    "GP": "HSERVGP", "Health Visitor": "HSERVHVSTR", "Housing": "HOUSLA", "Other": "OTHER",
    "Other Health Services": "HSERVOTHR", "Other - including children centres": "OTHER",
    "Other internal e,g, BC Council": "LASERVOINT", "Other Legal Agency": "OTHERLEG",
    "Other Primary Health Services": "HSERVPHSERV", "Police": "POLICE", "School": "SCHOOLS",
    "School Nurse": "HSERVSNRSE", "Self": "INDSELF", "Social care e.g. adult social care": "LASERVSCR",
    "Unknown": "UNKNOWN"}, **extra_sources) %}
{% call refresh(schema, table) %}
WITH contacts AS (
    {{ lib.form_answers("contact", {"contact_date": ("icContactDate", "date"), "contact_by": ("icContactBy", "text")}) | indent(4) }}
),
keyed AS (
    SELECT {{ lib.instance_key("c") }} AS contact_key, c.person_id, c.contact_date, c.contact_by
    FROM contacts c
    WHERE {{ shared.in_ssd_person(schema, "c.person_id") }}
)
{{ insert_into(schema, table) }}
SELECT
    k.contact_key,
    {{ lib.id_text("k.person_id") }},
    k.contact_date,
    {{ lib.map_text("k.contact_by", sources) }},
    LEFT(k.contact_by, 255),
    NULL
FROM keyed k
WHERE k.contact_date >= {{ history_start() }}
{% endcall %}
