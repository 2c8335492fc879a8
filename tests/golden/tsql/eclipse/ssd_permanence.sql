RAISERROR(N'refilling ssd_permanence', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_permanence') IS NOT NULL DROP TABLE [#ssd_load_ssd_permanence];
    CREATE TABLE [#ssd_load_ssd_permanence] ([perm_table_id] NVARCHAR(MAX), [perm_person_id] NVARCHAR(MAX), [perm_cla_id] NVARCHAR(MAX), [perm_adm_decision_date] DATETIME, [perm_part_of_sibling_group] NVARCHAR(MAX), [perm_siblings_placed_together] INT, [perm_siblings_placed_apart] INT, [perm_ffa_cp_decision_date] DATETIME, [perm_placement_order_date] DATETIME, [perm_matched_date] DATETIME, [perm_adopter_sex] NVARCHAR(MAX), [perm_adopter_legal_status] NVARCHAR(MAX), [perm_number_of_adopters] INT, [perm_placed_for_adoption_date] DATETIME, [perm_adopted_by_carer_flag] NVARCHAR(MAX), [perm_placed_foster_carer_date] DATETIME, [perm_placed_ffa_cp_date] DATETIME, [perm_placement_provider_urn] NVARCHAR(MAX), [perm_decision_reversed_date] DATETIME, [perm_decision_reversed_reason] NVARCHAR(MAX), [perm_permanence_order_date] DATETIME, [perm_permanence_order_type] NVARCHAR(MAX), [perm_adoption_worker_id] NVARCHAR(MAX));
    WITH adoptions AS (
        SELECT ad.ADOPTIONID AS event_key, ad.PERSONID AS person_id, ad.DATESHOULDBEPLACED AS event_date,
            ad.GENDEROFADOPTERSCODE AS adopter_sex, ad.ADOPTERSLEGALSTATUSCODE AS adopter_status,
            ad.REASONNOLONGERPLANNEDCODE AS reversed_reason
        FROM [CLAADOPTIONSVIEW] ad
        WHERE EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(ad.PERSONID AS NVARCHAR(48)))
    ),
    periods AS (
        SELECT px.event_key, px.period_id, px.discharge_date
        FROM (
            SELECT a.event_key, pc.PERIODOFCAREID AS period_id, pc.DISCHARGEDATE AS discharge_date,
                ROW_NUMBER() OVER (PARTITION BY a.event_key ORDER BY pc.ADMISSIONDATE DESC, pc.PERIODOFCAREID DESC) AS pick
            FROM adoptions a
            JOIN [CLAPERIODOFCAREVIEW] pc ON pc.PERSONID = a.person_id AND pc.ADMISSIONDATE <= a.event_date
        ) px
        WHERE px.pick = 1
    ),
    placed AS (
        SELECT a.event_key, MIN(e.EOCSTARTDATE) AS placed_date
        FROM adoptions a
        JOIN periods p ON p.event_key = a.event_key
        JOIN [CLAEPISODEOFCAREVIEW] e ON e.PERSONID = a.person_id AND e.PERIODOFCAREID = p.period_id
            AND e.EOCSTARTDATE >= a.event_date AND UPPER(LTRIM(RTRIM(CAST(e.PLACEMENTTYPECODE AS NVARCHAR(4000))))) IN (N'APP_ADOPT', N'CONS_ADOPT_NOTFP', N'ORD_ADOPT_FP', N'ORD_ADOPT_NOTFP', N'A3', N'A4', N'A5', N'A6')
        GROUP BY a.event_key
    ),
    endings AS (
        SELECT ex.event_key, ex.end_reason
        FROM (
            SELECT p.event_key, e.EOCENDREASONCODE AS end_reason,
                ROW_NUMBER() OVER (PARTITION BY p.event_key ORDER BY e.EOCSTARTDATE DESC, e.EPISODEOFCAREID DESC) AS pick
            FROM periods p
            JOIN adoptions a ON a.event_key = p.event_key
            JOIN [CLAEPISODEOFCAREVIEW] e ON e.PERSONID = a.person_id AND e.PERIODOFCAREID = p.period_id
            WHERE p.discharge_date IS NOT NULL
        ) ex
        WHERE ex.pick = 1
    )
    INSERT INTO [#ssd_load_ssd_permanence] ([perm_table_id], [perm_person_id], [perm_cla_id], [perm_adm_decision_date], [perm_part_of_sibling_group], [perm_siblings_placed_together], [perm_siblings_placed_apart], [perm_ffa_cp_decision_date], [perm_placement_order_date], [perm_matched_date], [perm_adopter_sex], [perm_adopter_legal_status], [perm_number_of_adopters], [perm_placed_for_adoption_date], [perm_adopted_by_carer_flag], [perm_placed_foster_carer_date], [perm_placed_ffa_cp_date], [perm_placement_provider_urn], [perm_decision_reversed_date], [perm_decision_reversed_reason], [perm_permanence_order_date], [perm_permanence_order_type], [perm_adoption_worker_id])
    SELECT
        CAST(a.event_key AS NVARCHAR(48)),
        CAST(a.person_id AS NVARCHAR(48)),
        CAST(p.period_id AS NVARCHAR(48)),
        a.event_date,
        NULL, NULL, NULL, NULL, NULL, NULL,
        LEFT(a.adopter_sex, 48),
        LEFT(a.adopter_status, 100),
        NULL,
        pl.placed_date,
        NULL, NULL, NULL, NULL, NULL,
        LEFT(a.reversed_reason, 100),
        CASE WHEN UPPER(LTRIM(RTRIM(CAST(en.end_reason AS NVARCHAR(4000))))) IN (N'E11', N'E12', N'E41', N'E43', N'E44', N'E45', N'E46', N'E47', N'E48') THEN p.discharge_date END,
        CASE WHEN UPPER(LTRIM(RTRIM(CAST(en.end_reason AS NVARCHAR(4000))))) IN (N'E11', N'E12') THEN 'Adoption'
            WHEN UPPER(LTRIM(RTRIM(CAST(en.end_reason AS NVARCHAR(4000))))) IN (N'E43', N'E44', N'E45', N'E46', N'E47', N'E48') THEN 'Special Guardianship Order'
            WHEN UPPER(LTRIM(RTRIM(CAST(en.end_reason AS NVARCHAR(4000))))) = N'E41' THEN 'Child Arrangements/ Residence Order' END,
        NULL
    FROM adoptions a
    LEFT JOIN periods p ON p.event_key = a.event_key
    LEFT JOIN placed pl ON pl.event_key = a.event_key
    LEFT JOIN endings en ON en.event_key = a.event_key;
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
