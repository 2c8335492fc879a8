{#- ssd_person from eclipse: PERSONDEMOGRAPHICSVIEW, limited to children with social care activity in
    the history window (the SSD describes children's social care, not everyone on the system),
    duplicates and test persons excluded. -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/eclipse/_lib.sql" as lib with context %}
{% set excluded = param("excluded_person_ids", lib.id_defaults["excluded_person_ids"]) | list %}
{% set allowed = param("allowed_person_ids", lib.id_defaults["allowed_person_ids"]) | list %}
{#- The date of birth read failure-free, should a view hold it as text; an unreadable one is NULL and counted.
    Read once per person in `people`, not in each expression that uses it. #}
{% set dob = "p.dob" %}
{% set unread = ["pers_dob"] %}
{% call refresh(schema, table, unreadable=unread) %}
WITH upn AS (
    SELECT ux.person_id, ux.upn
    FROM (
        SELECT r.PERSONID AS person_id, LEFT(LTRIM(RTRIM(r.REFERENCENUMBER)), 13) AS upn,
            ROW_NUMBER() OVER (PARTITION BY r.PERSONID ORDER BY
                CASE WHEN r.ENDDATE IS NULL THEN 0 ELSE 1 END, r.ENDDATE DESC,
                CASE WHEN r.STARTDATE IS NULL THEN 1 ELSE 0 END, r.STARTDATE DESC, r.REFERENCENUMBER) AS pick
        FROM {{ src("REFERENCENUMBERPERSONVIEW") }} r
        WHERE {{ code_eq("r.REFERENCETYPECODE", param("upn_reference_type_code", "UPN")) }}
            AND r.REFERENCENUMBER IS NOT NULL
    ) ux
    WHERE ux.pick = 1
),
unknown_reason AS (
    SELECT uk.person_id, uk.code
    FROM (
        SELECT c.PERSONID AS person_id, UPPER(LTRIM(RTRIM(cl.CODE))) AS code,
            ROW_NUMBER() OVER (PARTITION BY c.PERSONID ORDER BY c.STARTDATE DESC, c.CLASSIFICATIONASSIGNMENTID DESC) AS pick
        FROM {{ src("CLASSIFICATIONPERSONVIEW") }} c
        JOIN {{ src("CLASSIFICATION") }} cl ON cl.ID = c.CLASSIFICATIONCODEID
        WHERE cl.CLASSIFICATION_GROUP_FK = {{ param("upn_unknown_group_id", 2) | int }}
            AND {{ code_in('cl.CODE', ['UN1', 'UN2', 'UN3', 'UN4', 'UN5', 'UN6', 'UN7', 'UN8', 'UN9', 'UN10']) }}
            AND {{ lib.not_deleted("c") }}
            AND (c.ENDDATE IS NULL OR c.ENDDATE >= {{ today() }})
    ) uk
    WHERE uk.pick = 1
),
{#- Persons with social care activity in the window, as a UNION of id sets: OR-ed EXISTS tests
    would be run once per person, scanning the form answers each time. #}
active AS (
    SELECT ca.PERSONID AS person_id
    FROM {{ src("CLASSIFICATIONPERSONVIEW") }} ca
    WHERE {{ lib.not_deleted("ca") }}
        AND ({{ lib.classified("ca", "cin_episode_path_ids", "cin_episode_code_ids") }}
            OR {{ lib.classified("ca", "cin_plan_path_ids", "cin_plan_code_ids") }})
        AND {{ shared.open_in_window("ca.ENDDATE") }}
    UNION
    SELECT eoc.PERSONID FROM {{ src("CLAEPISODEOFCAREVIEW") }} eoc
    WHERE {{ shared.open_in_window("eoc.EOCENDDATE") }}
    UNION
    SELECT cl.PERSONID FROM {{ src("CLACARELEAVERDETAILSVIEW") }} cl
    WHERE cl.CONTACTDATE >= {{ history_start() }}
    UNION
    SELECT rp.PERSONID FROM {{ src("RELATIONSHIPPROFESSIONALVIEW") }} rp
    WHERE {{ code_eq("rp.ALLOCATEDWORKERCODE", param("allocated_worker_code", "AW")) }}
        AND {{ shared.open_in_window("rp.CLOSEDATE") }}
    UNION
    SELECT rf.ANSWERFORSUBJECTID FROM {{ src("FORMANSWERPERSONVIEW") }} rf
    WHERE rf.DESIGNGUID = {{ lib.form_guid("referral") }}
        AND {{ lib.known_in('rf.INSTANCESTATE', ['COMPLETE']) }} AND rf.DATECOMPLETED >= {{ history_start() }}
),
uasc AS (
    SELECT DISTINCT ua.PERSONID AS person_id
    FROM {{ src("CLASSIFICATIONPERSONVIEW") }} ua
    WHERE ua.CLASSIFICATIONCODEID = {{ param("uasc_classification_id", 423) | int }}
        AND {{ lib.not_deleted("ua") }} AND (ua.ENDDATE IS NULL OR ua.ENDDATE >= {{ today() }})
),
{#- A mother: the female party of a mother relationship (mother_relationship_type_id) with someone
    born on or after her date of birth (either role). #}
parents AS (
    SELECT ra.ROLE_A_PERSON_FK AS person_id, ka.DATEOFBIRTH AS other_dob
    FROM {{ src("PERSON_PER_RELATIONSHIP") }} ra
    JOIN {{ src("PERSONVIEW") }} ka ON ka.PERSONID = ra.ROLE_B_PERSON_FK
    WHERE ra.PERSON_PER_REL_TYPE_FK = {{ param("mother_relationship_type_id", 17) | int }}
    UNION ALL
    SELECT rb.ROLE_B_PERSON_FK, kb.DATEOFBIRTH
    FROM {{ src("PERSON_PER_RELATIONSHIP") }} rb
    JOIN {{ src("PERSONVIEW") }} kb ON kb.PERSONID = rb.ROLE_A_PERSON_FK
    WHERE rb.PERSON_PER_REL_TYPE_FK = {{ param("mother_relationship_type_id", 17) | int }}
),
mothers AS (
    SELECT DISTINCT pa.person_id
    FROM parents pa
    JOIN {{ src("PERSONDEMOGRAPHICSVIEW") }} pm ON pm.PERSONID = pa.person_id
    WHERE {{ code_eq('pm.SEX', 'Female') }} AND pa.other_dob >= {{ try_cast_datetime("pm.DATEOFBIRTH") }}
),
{# The cohort: active persons, not duplicates or excluded; PERSONDEMOGRAPHICSVIEW read once for both. #}
people AS (
    SELECT pd.PERSONID, pd.CAREFIRSTID, pd.FORENAME, pd.SURNAME, pd.SEX, pd.GENDER, pd.ETHNICITYCODE, pd.DATEOFBIRTH,
        pd.NHSNUMBER, pd.DUEDATE, pd.DIEDDATE, pd.COUNTRYOFBIRTHCODE, {{ try_cast_datetime("pd.DATEOFBIRTH") }} AS dob
    FROM {{ src("PERSONDEMOGRAPHICSVIEW") }} pd
    JOIN {{ src("PERSONVIEW") }} pv ON pv.PERSONID = pd.PERSONID
    JOIN active ON active.person_id = pd.PERSONID
    WHERE COALESCE(pv.DUPLICATED, '') <> 'DUPLICATE'
        AND UPPER(COALESCE(pv.FORENAME, '')) NOT LIKE '%DUPLICATE%'
        AND UPPER(COALESCE(pv.SURNAME, '')) NOT LIKE '%DUPLICATE%'
{% if excluded %}
        AND pd.PERSONID NOT IN {{ sql_list(excluded) }}
{% endif %}
{% if allowed %}
        AND pd.PERSONID IN {{ sql_list(allowed) }}
{% endif %}
{% set fence = compute_once() | trim %}
{% if fence %}
    {{ fence }}
{% endif %}
)
{{ insert_into(schema, table, unreadable=unread) }}
SELECT
    p.CAREFIRSTID,
    {{ lib.id_text("p.PERSONID") }},
    upn.upn,
    p.FORENAME,
    p.SURNAME,
    CASE WHEN {{ code_eq('p.SEX', 'Male') }} THEN 'M' WHEN {{ code_eq('p.SEX', 'Female') }} THEN 'F' ELSE 'U' END,
    CASE WHEN p.GENDER IS NULL THEN '00' WHEN {{ code_eq('p.GENDER', 'Man') }} THEN '01' WHEN {{ code_eq('p.GENDER', 'Woman') }} THEN '02' ELSE '09' END,
    {#- Unmapped Eclipse codes become NOBT (not obtained, a valid DfE code); DfE codes already stored pass through. #}
    COALESCE({{ lib.ethnicity_code("p.ETHNICITYCODE") }}, 'NOBT'),
    {{ dob }},
    p.NHSNUMBER,
    {#- Only without a UPN: a recorded reason, else under 5 (UN1), else unaccompanied asylum seeker (UN2). #}
    CASE WHEN upn.upn IS NOT NULL THEN NULL ELSE COALESCE(
        unknown_reason.code,
        CASE WHEN (p.DIEDDATE IS NULL AND {{ dob }} > {{ years_ago(5) }})
            OR (p.DIEDDATE IS NOT NULL AND p.DIEDDATE < {{ date_add_days(dob, 1826) }}) THEN 'UN1' END,
        CASE WHEN uasc.person_id IS NOT NULL THEN 'UN2' END)
    END,
    NULL, {#- pers_send_flag: Eclipse holds no SEN flag in the views read here. #}
    CASE WHEN p.DATEOFBIRTH IS NULL THEN p.DUEDATE END,
    p.DIEDDATE,
    CASE WHEN mothers.person_id IS NOT NULL THEN 'Y' ELSE 'N' END,
    p.COUNTRYOFBIRTHCODE,
    {{ unreadable("p.DATEOFBIRTH", dob) }}
FROM people p
LEFT JOIN upn ON upn.person_id = p.PERSONID
LEFT JOIN unknown_reason ON unknown_reason.person_id = p.PERSONID
LEFT JOIN uasc ON uasc.person_id = p.PERSONID
LEFT JOIN mothers ON mothers.person_id = p.PERSONID
{% endcall %}
