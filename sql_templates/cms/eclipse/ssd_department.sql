{#- ssd_department from eclipse: organisations of class TEAM (organisation_class) that are the LA's own
    (sectors and sector subtypes of other providers and services excluded). The views give no parent
    organisation, so the parent columns stay NULL. -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/eclipse/_lib.sql" as lib with context %}
{% set sectors = param("department_excluded_sectors", ["CHARITY", "PRIVATE"]) %}
{% set subtypes = param("department_excluded_sector_subtypes", ["ADULT_SOCIAL_SERVICES", "EDUCATION"]) %}
{{ shared.check_param("department_excluded_sectors", sectors, "list") }}
{{ shared.check_param("department_excluded_sector_subtypes", subtypes, "list") }}
{% call refresh(schema, table) %}
{{ insert_into(schema, table) }}
SELECT
    {{ lib.id_text("o.ORGANISATIONID") }},
    LEFT(o.DESCRIPTION, 255),
    NULL,
    NULL
FROM {{ src("ORGANISATIONVIEW") }} o
WHERE o.ORGANISATIONID IS NOT NULL
    AND {{ code_eq("o.ORGANISATIONCLASS", param("department_organisation_class", "TEAM")) }}
{% if sectors %}
    AND (o.SECTOR IS NULL OR NOT {{ code_in('o.SECTOR', sectors) }})
{% endif %}
{% if subtypes %}
    AND (o.SECTORSUBTYPE IS NULL OR NOT {{ code_in('o.SECTORSUBTYPE', subtypes) }})
{% endif %}
{% endcall %}
