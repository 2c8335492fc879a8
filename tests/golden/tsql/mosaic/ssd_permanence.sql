
RAISERROR(N'refilling ssd_permanence', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_permanence') IS NOT NULL DROP TABLE [#ssd_load_ssd_permanence];
    CREATE TABLE [#ssd_load_ssd_permanence] ([perm_table_id] NVARCHAR(MAX), [perm_person_id] NVARCHAR(MAX), [perm_cla_id] NVARCHAR(MAX), [perm_adm_decision_date] DATETIME, [perm_part_of_sibling_group] NVARCHAR(MAX), [perm_siblings_placed_together] INT, [perm_siblings_placed_apart] INT, [perm_ffa_cp_decision_date] DATETIME, [perm_placement_order_date] DATETIME, [perm_matched_date] DATETIME, [perm_adopter_sex] NVARCHAR(MAX), [perm_adopter_legal_status] NVARCHAR(MAX), [perm_number_of_adopters] INT, [perm_placed_for_adoption_date] DATETIME, [perm_adopted_by_carer_flag] NVARCHAR(MAX), [perm_placed_foster_carer_date] DATETIME, [perm_placed_ffa_cp_date] DATETIME, [perm_placement_provider_urn] NVARCHAR(MAX), [perm_decision_reversed_date] DATETIME, [perm_decision_reversed_reason] NVARCHAR(MAX), [perm_permanence_order_date] DATETIME, [perm_permanence_order_type] NVARCHAR(MAX), [perm_adoption_worker_id] NVARCHAR(MAX));
    WITH journeys AS (
        -- one journey per child and decision date, even when several steps carry the date; periods of care
        -- do not overlap, so the decision date lies in one period
        SELECT v.PERSON_ID AS person_id, v.ADOPTION_BEST_INTEREST_DATE AS decision, MIN(v.WORKFLOW_STEP_ID) AS step_id,
               MAX(pc.PERIOD_OF_CARE_ID) AS period_id, MAX(pc.END_DATE) AS period_end
        FROM [dm_workflow_steps_people_vw] v
        JOIN [dm_PERIODS_OF_CARE] pc
          ON pc.PERSON_ID = v.PERSON_ID AND pc.START_DATE <= v.ADOPTION_BEST_INTEREST_DATE AND (pc.END_DATE IS NULL OR pc.END_DATE >= v.ADOPTION_BEST_INTEREST_DATE)
        WHERE v.ADOPTION_BEST_INTEREST_DATE IS NOT NULL
          AND pc.START_DATE <= CAST(GETDATE() AS DATE) AND (pc.END_DATE IS NULL OR pc.END_DATE >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)))
        GROUP BY v.PERSON_ID, v.ADOPTION_BEST_INTEREST_DATE
    ),
    placed AS (
        SELECT j.step_id, j.person_id,
               MIN(CASE WHEN UPPER(LTRIM(RTRIM(CAST(pl.PLACEMENT_TYPE AS NVARCHAR(4000))))) IN (N'A3', N'A4', N'A5', N'A6') AND pl.START_DATE >= j.decision THEN pl.START_DATE END) AS placed_for_adoption,
               MIN(CASE WHEN UPPER(LTRIM(RTRIM(CAST(pl.PLACEMENT_TYPE AS NVARCHAR(4000))))) IN (N'U2', N'U5') THEN pl.START_DATE END) AS placed_ffa,
               MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(pl.IS_ADOPTED AS NVARCHAR(4000))))) = N'Y' THEN pl.END_DATE END) AS adopted_on
        FROM journeys j
        JOIN [dm_PLACEMENTS] pl ON pl.PERIOD_OF_CARE_ID = j.period_id
        GROUP BY j.step_id, j.person_id
    ),
    orders AS (
        SELECT j.step_id, j.person_id, MIN(ls.START_DATE) AS order_date
        FROM journeys j
        JOIN [dm_LEGAL_STATUSES] ls ON ls.PERIOD_OF_CARE_ID = j.period_id
        WHERE UPPER(LTRIM(RTRIM(CAST(ls.LEGAL_STATUS AS NVARCHAR(4000))))) IN (N'E1')
        GROUP BY j.step_id, j.person_id
    ),
    later_steps AS (
        -- the child's adoption steps after the decision and before the period ended
        SELECT j.step_id, j.person_id, lv.ADOPTION_MATCH_DATE AS matched, lv.ADOPTION_PLAN_DATE_CEASED AS ceased,
               lv.ADOPTION_PLAN_REASON_CAT_CODE AS ceased_reason
        FROM journeys j
        JOIN [dm_workflow_steps_people_vw] lv ON lv.PERSON_ID = j.person_id
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
        FROM [dm_NON_LA_LEGAL_STATUSES] nl
        JOIN [dm_NON_LA_LEGAL_STATUS_TYPES] nt ON nt.LEGAL_STATUS_TYPE = nl.LEGAL_STATUS_TYPE
        JOIN [dm_PERIODS_OF_CARE] pc
          ON pc.PERSON_ID = nl.PERSON_ID AND pc.START_DATE <= nl.START_DATE
         AND (pc.END_DATE IS NULL OR DATEADD(DAY, 1, pc.END_DATE) >= nl.START_DATE)
        WHERE UPPER(LTRIM(RTRIM(CAST(nt.IS_SPECIAL_GUARDIANSHIP_ORDER AS NVARCHAR(4000))))) = N'Y'
          AND pc.START_DATE <= CAST(GETDATE() AS DATE) AND (pc.END_DATE IS NULL OR pc.END_DATE >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)))
    )
    INSERT INTO [#ssd_load_ssd_permanence] ([perm_table_id], [perm_person_id], [perm_cla_id], [perm_adm_decision_date], [perm_part_of_sibling_group], [perm_siblings_placed_together], [perm_siblings_placed_apart], [perm_ffa_cp_decision_date], [perm_placement_order_date], [perm_matched_date], [perm_adopter_sex], [perm_adopter_legal_status], [perm_number_of_adopters], [perm_placed_for_adoption_date], [perm_adopted_by_carer_flag], [perm_placed_foster_carer_date], [perm_placed_ffa_cp_date], [perm_placement_provider_urn], [perm_decision_reversed_date], [perm_decision_reversed_reason], [perm_permanence_order_date], [perm_permanence_order_type], [perm_adoption_worker_id])
    SELECT
        CONCAT('ADP.', CONCAT(CAST(j.step_id AS NVARCHAR(20)), '-', CAST(j.person_id AS NVARCHAR(20)))),
        CAST(j.person_id AS NVARCHAR(48)),
        CAST(j.period_id AS NVARCHAR(48)),
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
    WHERE EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(j.person_id AS NVARCHAR(48)))
    UNION ALL
    SELECT
        CONCAT('SGO.', CAST(g.status_id AS NVARCHAR(20))),
        CAST(g.person_id AS NVARCHAR(48)),
        CAST(g.period_id AS NVARCHAR(48)),
        NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
        g.start_date,
        'Special Guardianship Order',
        NULL
    FROM guardianship g
    WHERE g.rn = 1 AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(g.person_id AS NVARCHAR(48)));
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_permanence];
    INSERT INTO [ssd].[ssd_permanence] ([perm_table_id], [perm_person_id], [perm_cla_id], [perm_adm_decision_date], [perm_part_of_sibling_group], [perm_siblings_placed_together], [perm_siblings_placed_apart], [perm_ffa_cp_decision_date], [perm_placement_order_date], [perm_matched_date], [perm_adopter_sex], [perm_adopter_legal_status], [perm_number_of_adopters], [perm_placed_for_adoption_date], [perm_adopted_by_carer_flag], [perm_placed_foster_carer_date], [perm_placed_ffa_cp_date], [perm_placement_provider_urn], [perm_decision_reversed_date], [perm_decision_reversed_reason], [perm_permanence_order_date], [perm_permanence_order_type], [perm_adoption_worker_id])
    SELECT CASE WHEN LEN([perm_table_id]) > 48 THEN CONCAT(LEFT([perm_table_id], 47), N'…') ELSE [perm_table_id] END, CASE WHEN LEN([perm_person_id]) > 48 THEN CONCAT(LEFT([perm_person_id], 47), N'…') ELSE [perm_person_id] END, CASE WHEN LEN([perm_cla_id]) > 48 THEN CONCAT(LEFT([perm_cla_id], 47), N'…') ELSE [perm_cla_id] END, [perm_adm_decision_date], CASE WHEN LEN([perm_part_of_sibling_group]) > 1 THEN CONCAT(LEFT([perm_part_of_sibling_group], 0), N'…') ELSE [perm_part_of_sibling_group] END, [perm_siblings_placed_together], [perm_siblings_placed_apart], [perm_ffa_cp_decision_date], [perm_placement_order_date], [perm_matched_date], CASE WHEN LEN([perm_adopter_sex]) > 48 THEN CONCAT(LEFT([perm_adopter_sex], 47), N'…') ELSE [perm_adopter_sex] END, CASE WHEN LEN([perm_adopter_legal_status]) > 100 THEN CONCAT(LEFT([perm_adopter_legal_status], 99), N'…') ELSE [perm_adopter_legal_status] END, [perm_number_of_adopters], [perm_placed_for_adoption_date], CASE WHEN LEN([perm_adopted_by_carer_flag]) > 1 THEN CONCAT(LEFT([perm_adopted_by_carer_flag], 0), N'…') ELSE [perm_adopted_by_carer_flag] END, [perm_placed_foster_carer_date], [perm_placed_ffa_cp_date], CASE WHEN LEN([perm_placement_provider_urn]) > 48 THEN CONCAT(LEFT([perm_placement_provider_urn], 47), N'…') ELSE [perm_placement_provider_urn] END, [perm_decision_reversed_date], CASE WHEN LEN([perm_decision_reversed_reason]) > 100 THEN CONCAT(LEFT([perm_decision_reversed_reason], 99), N'…') ELSE [perm_decision_reversed_reason] END, [perm_permanence_order_date], CASE WHEN LEN([perm_permanence_order_type]) > 100 THEN CONCAT(LEFT([perm_permanence_order_type], 99), N'…') ELSE [perm_permanence_order_type] END, CASE WHEN LEN([perm_adoption_worker_id]) > 100 THEN CONCAT(LEFT([perm_adoption_worker_id], 99), N'…') ELSE [perm_adoption_worker_id] END FROM [#ssd_load_ssd_permanence];
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_permanence', @loaded) WITH NOWAIT;
    -- one pass over the load table counts both: text cut to fit and values the fill could not convert
    DECLARE @cuts NVARCHAR(4000), @unread NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' perm_table_id=', SUM(CASE WHEN LEN([perm_table_id]) > 48 THEN 1 ELSE 0 END)), N' perm_table_id=0'), NULLIF(CONCAT(N' perm_person_id=', SUM(CASE WHEN LEN([perm_person_id]) > 48 THEN 1 ELSE 0 END)), N' perm_person_id=0'), NULLIF(CONCAT(N' perm_cla_id=', SUM(CASE WHEN LEN([perm_cla_id]) > 48 THEN 1 ELSE 0 END)), N' perm_cla_id=0'), NULLIF(CONCAT(N' perm_part_of_sibling_group=', SUM(CASE WHEN LEN([perm_part_of_sibling_group]) > 1 THEN 1 ELSE 0 END)), N' perm_part_of_sibling_group=0'), NULLIF(CONCAT(N' perm_adopter_sex=', SUM(CASE WHEN LEN([perm_adopter_sex]) > 48 THEN 1 ELSE 0 END)), N' perm_adopter_sex=0'), NULLIF(CONCAT(N' perm_adopter_legal_status=', SUM(CASE WHEN LEN([perm_adopter_legal_status]) > 100 THEN 1 ELSE 0 END)), N' perm_adopter_legal_status=0'), NULLIF(CONCAT(N' perm_adopted_by_carer_flag=', SUM(CASE WHEN LEN([perm_adopted_by_carer_flag]) > 1 THEN 1 ELSE 0 END)), N' perm_adopted_by_carer_flag=0'), NULLIF(CONCAT(N' perm_placement_provider_urn=', SUM(CASE WHEN LEN([perm_placement_provider_urn]) > 48 THEN 1 ELSE 0 END)), N' perm_placement_provider_urn=0'), NULLIF(CONCAT(N' perm_decision_reversed_reason=', SUM(CASE WHEN LEN([perm_decision_reversed_reason]) > 100 THEN 1 ELSE 0 END)), N' perm_decision_reversed_reason=0'), NULLIF(CONCAT(N' perm_permanence_order_type=', SUM(CASE WHEN LEN([perm_permanence_order_type]) > 100 THEN 1 ELSE 0 END)), N' perm_permanence_order_type=0'), NULLIF(CONCAT(N' perm_adoption_worker_id=', SUM(CASE WHEN LEN([perm_adoption_worker_id]) > 100 THEN 1 ELSE 0 END)), N' perm_adoption_worker_id=0')) FROM [#ssd_load_ssd_permanence];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_permanence', @cuts) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_permanence];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;

GO
