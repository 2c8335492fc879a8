{#- ssd_permanence from Mosaic, two kinds of row for periods of care overlapping the history window:
    adoption journeys ('ADP.' + step + child: a step with ADOPTION_BEST_INTEREST_DATE inside a period of care;
    dates from that period's placements, legal statuses and later adoption steps) and special guardianship
    orders ('SGO.' + legal status id: dm_NON_LA_LEGAL_STATUSES of an SGO type starting during a period of care
    or the day after it ended). The placement types and legal statuses that mark each adoption milestone are
    parameters. Sibling, adopter and worker details are not in the data mart and stay NULL. -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/mosaic/_lib.sql" as lib with context %}
{% set adoption_types = param('adoption_placement_types', ["A3", "A4", "A5", "A6"]) %}
{{ shared.check_param('adoption_placement_types', adoption_types, 'list') }}
{% set ffa_types = param('ffa_placement_types', ["U2", "U5"]) %}
{{ shared.check_param('ffa_placement_types', ffa_types, 'list') }}
{% set order_statuses = param('placement_order_legal_statuses', ["E1"]) %}
{{ shared.check_param('placement_order_legal_statuses', order_statuses, 'list') }}
{% call refresh(schema, table) %}
WITH journeys AS (
    -- one journey per child and decision date, even when several steps carry the date; periods of care
    -- do not overlap, so the decision date lies in one period
    SELECT v.PERSON_ID AS person_id, v.ADOPTION_BEST_INTEREST_DATE AS decision, MIN(v.WORKFLOW_STEP_ID) AS step_id,
           MAX(pc.PERIOD_OF_CARE_ID) AS period_id, MAX(pc.END_DATE) AS period_end
    FROM {{ src('dm_workflow_steps_people_vw') }} v
    JOIN {{ src('dm_PERIODS_OF_CARE') }} pc
      ON pc.PERSON_ID = v.PERSON_ID AND {{ shared.covers('pc.START_DATE', 'pc.END_DATE', 'v.ADOPTION_BEST_INTEREST_DATE') }}
    WHERE v.ADOPTION_BEST_INTEREST_DATE IS NOT NULL
      AND {{ shared.overlaps_window('pc.START_DATE', 'pc.END_DATE') }}
    GROUP BY v.PERSON_ID, v.ADOPTION_BEST_INTEREST_DATE
),
placed AS (
    SELECT j.step_id, j.person_id,
           MIN(CASE WHEN {{ lib.code_in_list('pl.PLACEMENT_TYPE', adoption_types) }} AND pl.START_DATE >= j.decision THEN pl.START_DATE END) AS placed_for_adoption,
           MIN(CASE WHEN {{ lib.code_in_list('pl.PLACEMENT_TYPE', ffa_types) }} THEN pl.START_DATE END) AS placed_ffa,
           MAX(CASE WHEN {{ code_eq('pl.IS_ADOPTED', 'Y') }} THEN pl.END_DATE END) AS adopted_on
    FROM journeys j
    JOIN {{ src('dm_PLACEMENTS') }} pl ON pl.PERIOD_OF_CARE_ID = j.period_id
    GROUP BY j.step_id, j.person_id
),
orders AS (
    SELECT j.step_id, j.person_id, MIN(ls.START_DATE) AS order_date
    FROM journeys j
    JOIN {{ src('dm_LEGAL_STATUSES') }} ls ON ls.PERIOD_OF_CARE_ID = j.period_id
    WHERE {{ lib.code_in_list('ls.LEGAL_STATUS', order_statuses) }}
    GROUP BY j.step_id, j.person_id
),
later_steps AS (
    -- the child's adoption steps after the decision and before the period ended
    SELECT j.step_id, j.person_id, lv.ADOPTION_MATCH_DATE AS matched, lv.ADOPTION_PLAN_DATE_CEASED AS ceased,
           lv.ADOPTION_PLAN_REASON_CAT_CODE AS ceased_reason
    FROM journeys j
    JOIN {{ src('dm_workflow_steps_people_vw') }} lv ON lv.PERSON_ID = j.person_id
    WHERE COALESCE(lv.ADOPTION_MATCH_DATE, lv.ADOPTION_PLAN_DATE_CEASED) >= j.decision
      AND (j.period_end IS NULL OR COALESCE(lv.ADOPTION_MATCH_DATE, lv.ADOPTION_PLAN_DATE_CEASED) <= j.period_end)
),
matches AS (
    SELECT ms.step_id, ms.person_id, MIN(ms.matched) AS matched FROM later_steps ms GROUP BY ms.step_id, ms.person_id
),
reversals AS (
    SELECT rv.step_id, rv.person_id, rv.ceased, rv.ceased_reason,
           ROW_NUMBER() OVER (PARTITION BY rv.step_id, rv.person_id ORDER BY rv.ceased) AS rn
    FROM later_steps rv
    WHERE rv.ceased IS NOT NULL
),
guardianship AS (
    SELECT nl.LEGAL_STATUS_ID AS status_id, nl.PERSON_ID AS person_id, nl.START_DATE AS start_date,
           pc.PERIOD_OF_CARE_ID AS period_id,
           ROW_NUMBER() OVER (PARTITION BY nl.LEGAL_STATUS_ID ORDER BY pc.START_DATE DESC) AS rn
    FROM {{ src('dm_NON_LA_LEGAL_STATUSES') }} nl
    JOIN {{ src('dm_NON_LA_LEGAL_STATUS_TYPES') }} nt ON nt.LEGAL_STATUS_TYPE = nl.LEGAL_STATUS_TYPE
    JOIN {{ src('dm_PERIODS_OF_CARE') }} pc
      ON pc.PERSON_ID = nl.PERSON_ID AND pc.START_DATE <= nl.START_DATE
     AND (pc.END_DATE IS NULL OR {{ date_add_days('pc.END_DATE', 1) }} >= nl.START_DATE)
    WHERE {{ code_eq('nt.IS_SPECIAL_GUARDIANSHIP_ORDER', 'Y') }}
      AND {{ shared.overlaps_window('pc.START_DATE', 'pc.END_DATE') }}
)
{{ insert_into(schema, table) }}
SELECT
    CONCAT('ADP.', {{ lib.step_person_id('j.step_id', 'j.person_id') }}),
    {{ to_text('j.person_id', 48) }},
    {{ to_text('j.period_id', 48) }},
    j.decision,
    NULL, CAST(NULL AS INT), CAST(NULL AS INT),  -- sibling group, siblings together / apart: not in the data mart
    CAST(NULL AS DATE),  -- perm_ffa_cp_decision_date: a form answer whose question code differs per LA
    o.order_date,
    mt.matched,
    NULL, NULL, CAST(NULL AS INT),  -- adopter sex, legal status, number of adopters: not in the data mart
    p.placed_for_adoption,
    NULL,              -- perm_adopted_by_carer_flag: not in the data mart
    CAST(NULL AS DATE),  -- perm_placed_foster_carer_date: needs carer history the data mart does not link
    p.placed_ffa,
    NULL,              -- perm_placement_provider_urn: see ssd_cla_placement for the adoptive placement's URN
    rv.ceased,
    LEFT(rv.ceased_reason, 100),
    p.adopted_on,
    CASE WHEN p.adopted_on IS NOT NULL THEN 'Adoption' END,
    NULL               -- perm_adoption_worker_id: not in the data mart
FROM journeys j
LEFT JOIN placed p ON p.step_id = j.step_id AND p.person_id = j.person_id
LEFT JOIN orders o ON o.step_id = j.step_id AND o.person_id = j.person_id
LEFT JOIN matches mt ON mt.step_id = j.step_id AND mt.person_id = j.person_id
LEFT JOIN reversals rv ON rv.step_id = j.step_id AND rv.person_id = j.person_id AND rv.rn = 1
WHERE {{ shared.in_ssd_person(schema, 'j.person_id') }}
UNION ALL
SELECT
    CONCAT('SGO.', {{ to_text('g.status_id', 20) }}),
    {{ to_text('g.person_id', 48) }},
    {{ to_text('g.period_id', 48) }},
    NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
    g.start_date,
    'Special Guardianship Order',
    NULL
FROM guardianship g
WHERE g.rn = 1 AND {{ shared.in_ssd_person(schema, 'g.person_id') }}
{% endcall %}

