{#- ssd_assessment_factors from eclipse: the factors of each Child: Assessment in
    ssd_cin_assessments, as a JSON array of CIN census codes (["1A", "2B"]; ["21"] when none was
    recorded). Ids are the assessment's id, so each row joins to its assessment; the array holds only
    the codes recorded. -#}
{% import "cms/eclipse/_lib.sql" as lib with context %}
{% set topics = [("1", "alcohol"), ("2", "drug"), ("3", "domesticViolence"), ("4", "mentalHealth"),
    ("5", "learnDis"), ("6", "physDis")] %}
{% set persons = [("A", "Child"), ("B", "Parent"), ("C", "OtherPersonHousehold")] %}
{% set controls = {"specific": ("CINCensus_childSpecificFactor", "short"),
    "physical_by": ("CINCensus_allegedPerpetratorOfPhysicalAbuse", "text"),
    "sexual_by": ("CINCensus_allegedPerpetratorOfSexualAbuse", "text")} %}
{% for number, topic in topics %}{% for letter, person in persons %}
{% set _ = controls.update({"f" ~ number ~ letter: ("CINCensus_" ~ topic ~ ("OtherPerson" if number ~ letter == "4C" else person), "text")}) %}
{% endfor %}{% endfor %}
{% set specific = [("7A", "YCarer"), ("8B", "PFOCIntendtoreturn"), ("8C", "PFOCIntendtostay"), ("8D", "PFUKEducation"),
    ("8E", "PFUKFamily"), ("8F", "PFOther"), ("9A", "UASC"), ("10A", "Miss"), ("11A", "SexExploit"), ("12A", "Traffic"),
    ("13A", "Gang"), ("14A", "Behave"), ("15A", "SHarm"), ("16A", "AbuseNeglect"), ("17A", "EmotAbuse")] %}
{% set later = [("22A", "FGM"), ("23A", "Faith"), ("24A", "RAD")] %}
{% call refresh(schema, table) %}
WITH answers AS (
    {{ lib.form_answers("assessment", controls,
        subnames=param("assessment_form_subnames", ["Single assessment", "Reassessment"]), complete_only=false) | indent(4) }}
),
codes AS (
    SELECT CONCAT(a.person_id, '-', a.instance_id) AS assessment_id,
        CONCAT(''
{% for number, topic in topics %}{% for letter, person in persons %}
            , CASE WHEN COALESCE(a.f{{ number ~ letter }}, '') NOT IN ('', 'No', 'N', 'False', 'false', '0') THEN ',"{{ number ~ letter }}"' END
{% endfor %}{% endfor %}
{% for code, token in specific %}
            , CASE WHEN a.specific LIKE '%{{ token }}%' THEN ',"{{ code }}"' END
{% endfor %}
            , CASE WHEN a.specific LIKE '%PhysAbuse%' AND a.physical_by LIKE '%18B%' THEN ',"18B"' END
            , CASE WHEN a.specific LIKE '%PhysAbuse%' AND a.physical_by LIKE '%18C%' THEN ',"18C"' END
            , CASE WHEN a.specific LIKE '%SexAbuse%' AND a.sexual_by LIKE '%19B%' THEN ',"19B"' END
            , CASE WHEN a.specific LIKE '%SexAbuse%' AND a.sexual_by LIKE '%19C%' THEN ',"19C"' END
            , CASE WHEN REPLACE(a.specific, 'PFOther', '') LIKE '%Other%' THEN ',"20"' END
{% for code, token in later %}
            , CASE WHEN a.specific LIKE '%{{ token }}%' THEN ',"{{ code }}"' END
{% endfor %}
        ) AS listed
    FROM answers a
)
{{ insert_into(schema, table) }}
SELECT
    c.assessment_id,
    c.assessment_id,
    CASE WHEN {{ text_length('c.listed') }} = 0 THEN '["21"]' ELSE CONCAT('[', SUBSTRING(c.listed, 2, 4000), ']') END
FROM codes c
JOIN {{ qualify(schema, "ssd_cin_assessments") }} ca ON ca.cina_assessment_id = c.assessment_id
{% endcall %}
