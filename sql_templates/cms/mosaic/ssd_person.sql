{#- ssd_person from Mosaic: dm_persons for the children with social care activity in the history window
    (a CIN referral, a period of care, a CP registration or a care-leaver contact): the SSD describes
    children's social care, not everyone in dm_persons. -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/mosaic/_lib.sql" as lib with context %}
{#- The date of birth read failure-free, should the data mart hold it as text; an unreadable one is NULL and counted.
    It is read once per person (people, below), not again in each of the four columns that use it. #}
{% set dob = "p.dob" %}
{% set unread = ["pers_dob"] %}
{% call refresh(schema, table, unreadable=unread) %}
WITH cohort AS (
    SELECT r.PERSON_ID AS person_id FROM {{ src('dm_cin_referrals') }} r
    WHERE {{ shared.overlaps_window('r.REFERRAL_DATE', 'r.CLOSURE_DATE') }}
    UNION
    SELECT pc.PERSON_ID FROM {{ src('dm_PERIODS_OF_CARE') }} pc
    WHERE {{ shared.overlaps_window('pc.START_DATE', 'pc.END_DATE') }}
    UNION
    SELECT rg.PERSON_ID FROM {{ src('dm_REGISTRATIONS') }} rg
    WHERE {{ code_eq('rg.IS_CHILD_PROTECTION_PLAN', 'Y') }} AND {{ shared.overlaps_window('rg.REGISTRATION_START_DATE', 'rg.DEREGISTRATION_DATE') }}
    UNION
    SELECT fl.PERSON_ID FROM {{ src('dm_former_looked_after') }} fl
    WHERE fl.DATE_OF_SITUATION >= {{ history_start() }}
),
identity_now AS (
    -- the gender identity recorded for today; the latest start wins if records overlap
    SELECT gi.PERSON_ID AS person_id, gi.GENDER_CODE AS gender_code,
           ROW_NUMBER() OVER (PARTITION BY gi.PERSON_ID ORDER BY gi.START_DATE DESC) AS rn
    FROM {{ src('mo_person_gender_identities') }} gi
    WHERE {{ shared.covers('gi.START_DATE', 'gi.END_DATE', today()) }}
),
ethnicities AS (
    -- one CBDS code per Mosaic code, so a repeated lookup row cannot duplicate a child
    SELECT et.ETHNICITY_CODE AS code, MAX(et.CBDS_ETHNICITY_CODE) AS cbds
    FROM {{ src('dm_ETHNICITIES') }} et
    GROUP BY et.ETHNICITY_CODE
),
mothers AS (
    SELECT DISTINCT pr.PERSON_ID AS person_id
    FROM {{ src('dm_PERSONAL_RELATIONSHIPS') }} pr
    WHERE {{ code_eq('pr.IS_MOTHER', 'Y') }} AND {{ shared.covers('pr.START_DATE', 'pr.END_DATE', today()) }}
),
people AS (
    SELECT pd.PERSON_ID, pd.UPN_ID, pd.FIRST_NAMES, pd.LAST_NAME, pd.GENDER, pd.FULL_ETHNICITY_CODE, pd.DATE_OF_BIRTH,
           pd.NHS_ID, pd.DATE_OF_DEATH, pd.COUNTRY_OF_BIRTH_CODE, {{ try_cast_datetime("pd.DATE_OF_BIRTH") }} AS dob
    FROM {{ src('dm_persons') }} pd
    WHERE pd.PERSON_ID IN (SELECT c.person_id FROM cohort c)
{% set fence = compute_once() | trim %}
{% if fence %}
    {{ fence }}
{% endif %}
)
{{ insert_into(schema, table, unreadable=unread) }}
SELECT
    NULL,  -- pers_legacy_id: the Mosaic data mart holds no legacy (pre-Mosaic) id
    {{ to_text('p.PERSON_ID', 48) }},
    LEFT(LTRIM(RTRIM(p.UPN_ID)), 13),
    p.FIRST_NAMES,
    p.LAST_NAME,
    -- sex as the payload's M/F/U code, not the reference_data description text
    CASE UPPER(LTRIM(RTRIM(p.GENDER))) WHEN 'M' THEN 'M' WHEN 'MALE' THEN 'M' WHEN 'F' THEN 'F' WHEN 'FEMALE' THEN 'F' ELSE 'U' END,
    LEFT(g.gender_code, 10),
    {{ lib.ethnicity_code("p.FULL_ETHNICITY_CODE", "e.cbds") }},
    CASE WHEN {{ dob }} <= {{ today() }} THEN {{ dob }} END,
    LEFT(LTRIM(RTRIM(p.NHS_ID)), 48),
    NULL,  -- pers_upn_unknown: Mosaic's data mart has no UN1-UN10 reason
    NULL,  -- pers_send_flag: not held in the data mart
    CASE WHEN {{ dob }} > {{ today() }} THEN {{ dob }} END,
    p.DATE_OF_DEATH,
    CASE WHEN {{ code_in('p.GENDER', ['F', 'FEMALE']) }} THEN CASE WHEN mo.person_id IS NULL THEN 'N' ELSE 'Y' END END,
    LEFT(p.COUNTRY_OF_BIRTH_CODE, 48),
    {{ unreadable("p.DATE_OF_BIRTH", dob) }}
FROM people p
LEFT JOIN ethnicities e ON e.code = p.FULL_ETHNICITY_CODE
LEFT JOIN identity_now g ON g.person_id = p.PERSON_ID AND g.rn = 1
LEFT JOIN mothers mo ON mo.person_id = p.PERSON_ID
{% endcall %}

