{#- ssd_person from Liquid Logic: DIM_PERSON clients with social care activity since the start of the
    history window (a contact, a referral, care-leaver contact or eligibility, or a live worker involvement). -#}
{% import "cms/liquid_logic/_lib.sql" as lib with context %}
{% call refresh(schema, table) %}
WITH ethnic AS (
    -- one national code per local ethnicity code, so a doubled lookup row cannot double a child
    SELECT e.MAIN_CODE, e.NAT_ID,
           ROW_NUMBER() OVER (PARTITION BY e.MAIN_CODE ORDER BY e.NAT_ID) AS rn
    FROM {{ src('DIM_LOOKUP_DFE_ETHNIC') }} e
    WHERE e.NAT_ID IS NOT NULL
),
no_upn AS (
    -- the UPN-unknown reason from the SSDA903 data: the highest code recorded for the person
    SELECT f.DIM_PERSON_ID, f.NO_UPN_CODE,
           ROW_NUMBER() OVER (PARTITION BY f.DIM_PERSON_ID ORDER BY f.NO_UPN_CODE DESC) AS rn
    FROM {{ src('FACT_903_DATA') }} f
    WHERE f.NO_UPN_CODE IS NOT NULL
)
{{ insert_into(schema, table) }}
SELECT
    {{ to_text("p.LEGACY_ID") }},
    {{ to_text("p.DIM_PERSON_ID") }},
    {{ lib.clean("p.UPN", 13) }},
    LEFT(p.FORENAME, 100),
    LEFT(p.SURNAME, 255),
    LEFT(p.GENDER_MAIN_CODE, 20),
    -- Liquid Logic holds one gender code; the SSD keeps it in both columns
    LEFT(p.GENDER_MAIN_CODE, 10),
    LEFT(eth.NAT_ID, 48),
    CASE WHEN COALESCE(p.DOB_ESTIMATED, 'N') <> 'Y' THEN p.BIRTH_DTTM END,
    -- no single unique id (NHS number) in the mapped sources
    NULL,
    LEFT(nu.NO_UPN_CODE, 6),
    LEFT(p.EHM_SEN_FLAG, 5),
    CASE WHEN {{ code_eq('p.DOB_ESTIMATED', 'Y') }} THEN p.BIRTH_DTTM END,
    p.DEATH_DTTM,
    CASE WHEN COALESCE(p.GENDER_MAIN_CODE, '') <> 'M' AND p.DIM_PERSON_ID IN (
        SELECT r.DIM_PERSON_ID FROM {{ src('FACT_PERSON_RELATION') }} r WHERE {{ code_eq('r.DIM_LOOKUP_RELTN_TYPE_CODE', param('child_relation_type_code', 'CHI')) }}
    ) THEN 'Y' END,
    LEFT(p.NATNL_CODE, 48)
FROM {{ src('DIM_PERSON') }} p
LEFT JOIN ethnic eth ON eth.MAIN_CODE = p.ETHNICITY_MAIN_CODE AND eth.rn = 1
LEFT JOIN no_upn nu ON nu.DIM_PERSON_ID = p.DIM_PERSON_ID AND nu.rn = 1
WHERE p.DIM_PERSON_ID IS NOT NULL
    AND p.DIM_PERSON_ID <> -1
    AND p.DUPLICATED_DTTM IS NULL
    AND {{ code_eq('p.IS_CLIENT', 'Y') }}
    -- uncorrelated IN lists, not correlated EXISTS: OR-ed EXISTS would be probed once per person
    AND (
        p.DIM_PERSON_ID IN (
            SELECT c.DIM_PERSON_ID FROM {{ src('FACT_CONTACTS') }} c
            WHERE c.CONTACT_DTTM >= {{ history_start() }} AND CAST(c.CONTACT_DTTM AS DATE) <= {{ today() }}
        )
        OR p.DIM_PERSON_ID IN (
            SELECT fr.DIM_PERSON_ID FROM {{ src('FACT_REFERRALS') }} fr
            WHERE fr.REFRL_START_DTTM >= {{ history_start() }} OR fr.REFRL_END_DTTM >= {{ history_start() }} OR fr.REFRL_END_DTTM IS NULL
        )
        OR p.DIM_PERSON_ID IN (
            SELECT cl.DIM_PERSON_ID FROM {{ src('FACT_CLA_CARE_LEAVERS') }} cl
            WHERE cl.IN_TOUCH_DTTM >= {{ history_start() }}
        )
        OR p.DIM_PERSON_ID IN (
            SELECT ce.DIM_PERSON_ID FROM {{ src('DIM_CLA_ELIGIBILITY') }} ce
            WHERE ce.DIM_LOOKUP_ELIGIBILITY_STATUS_DESC IS NOT NULL
        )
        OR p.DIM_PERSON_ID IN (
            -- key-agency involvements count only when they carry the allocated social worker
            SELECT fi.DIM_PERSON_ID FROM {{ src('FACT_INVOLVEMENTS') }} fi
            WHERE (COALESCE(fi.DIM_LOOKUP_INVOLVEMENT_TYPE_CODE, '') NOT LIKE 'KA%' OR {{ code_eq('fi.IS_ALLOCATED_CW_FLAG', 'Y') }})
                AND fi.DIM_WORKER_ID <> -1
                AND (fi.END_DTTM IS NULL OR fi.END_DTTM > {{ history_start() }})
        )
    )
{% endcall %}
