RAISERROR(N'refilling ssd_permanence', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_permanence') IS NOT NULL DROP TABLE [#ssd_load_ssd_permanence];
    CREATE TABLE [#ssd_load_ssd_permanence] ([perm_table_id] NVARCHAR(MAX), [perm_person_id] NVARCHAR(MAX), [perm_cla_id] NVARCHAR(MAX), [perm_adm_decision_date] DATETIME, [perm_part_of_sibling_group] NVARCHAR(MAX), [perm_siblings_placed_together] INT, [perm_siblings_placed_apart] INT, [perm_ffa_cp_decision_date] DATETIME, [perm_placement_order_date] DATETIME, [perm_matched_date] DATETIME, [perm_adopter_sex] NVARCHAR(MAX), [perm_adopter_legal_status] NVARCHAR(MAX), [perm_number_of_adopters] INT, [perm_placed_for_adoption_date] DATETIME, [perm_adopted_by_carer_flag] NVARCHAR(MAX), [perm_placed_foster_carer_date] DATETIME, [perm_placed_ffa_cp_date] DATETIME, [perm_placement_provider_urn] NVARCHAR(MAX), [perm_decision_reversed_date] DATETIME, [perm_decision_reversed_reason] NVARCHAR(MAX), [perm_permanence_order_date] DATETIME, [perm_permanence_order_type] NVARCHAR(MAX), [perm_adoption_worker_id] NVARCHAR(MAX));
    WITH episodes AS (
        SELECT
            fce.FACT_CARE_EPISODES_ID, fce.DIM_PERSON_ID, fce.FACT_CLA_ID, fce.PLACEND,
            fce.CARE_REASON_END_CODE, fce.OFSTED_URN,
            fa.FACT_ADOPTION_ID, fa.DECISION_DTTM, fa.SIBLING_GROUP, fa.NUMBER_TOGETHER, fa.NUMBER_APART,
            fa.PLACEMENT_ORDER_DTTM, fa.MATCHING_DTTM, fa.DIM_LOOKUP_ADOPTER_GENDER_CODE,
            fa.DIM_LOOKUP_ADOPTER_LEGAL_STATUS_CODE, fa.NO_OF_ADOPTERS, fa.ADOPTED_BY_CARER_FLAG,
            fa.FOSTER_TO_ADOPT_DTTM, fa.NO_LONGER_PLACED_DTTM, fa.DIM_LOOKUP_ADOP_REASON_CEASED_CODE,
            fa.ADOPTION_SOCIAL_WORKER_ID,
            fcpl.FFA_IS_PLAN_DATE, fcpl.DIM_LOOKUP_PLACEMENT_TYPE_CODE, fcpl.START_DTTM AS placement_start,
            -- one permanence row per child: the latest episode, then the latest adoption record
            ROW_NUMBER() OVER (
                PARTITION BY fce.DIM_PERSON_ID
                ORDER BY CASE WHEN fce.CARE_START_DATE IS NULL THEN 1 ELSE 0 END, fce.CARE_START_DATE DESC, fce.FACT_CARE_EPISODES_ID DESC,
                         CASE WHEN fa.START_DTTM IS NULL THEN 1 ELSE 0 END, fa.START_DTTM DESC, fa.FACT_ADOPTION_ID DESC
            ) AS rn
        FROM [HDM].[Child_Social].[FACT_CARE_EPISODES] fce
        LEFT JOIN [HDM].[Child_Social].[FACT_ADOPTION] fa
            ON fa.DIM_PERSON_ID = fce.DIM_PERSON_ID AND fa.START_DTTM IS NOT NULL
        LEFT JOIN [HDM].[Child_Social].[FACT_CLA_PLACEMENT] fcpl
            ON fcpl.FACT_CLA_PLACEMENT_ID = fce.FACT_CLA_PLACEMENT_ID
            AND fcpl.FACT_CLA_PLACEMENT_ID <> -1
            AND (UPPER(LTRIM(RTRIM(CAST(fcpl.DIM_LOOKUP_PLACEMENT_TYPE_CODE AS NVARCHAR(4000))))) IN (N'A3', N'A4', N'A5', N'A6') OR fcpl.FFA_IS_PLAN_DATE IS NOT NULL)
        WHERE fce.DIM_PERSON_ID <> -1
            AND (
                (fce.PLACEND IS NULL AND fa.FACT_ADOPTION_ID IS NOT NULL)
                OR UPPER(LTRIM(RTRIM(CAST(fce.CARE_REASON_END_CODE AS NVARCHAR(4000))))) IN (N'E1', N'E11', N'E12', N'E43', N'E44', N'E45', N'E46', N'E47', N'E48', N'45', N'E41')
            )
            AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(fce.DIM_PERSON_ID AS NVARCHAR(48)))
    )
    INSERT INTO [#ssd_load_ssd_permanence] ([perm_table_id], [perm_person_id], [perm_cla_id], [perm_adm_decision_date], [perm_part_of_sibling_group], [perm_siblings_placed_together], [perm_siblings_placed_apart], [perm_ffa_cp_decision_date], [perm_placement_order_date], [perm_matched_date], [perm_adopter_sex], [perm_adopter_legal_status], [perm_number_of_adopters], [perm_placed_for_adoption_date], [perm_adopted_by_carer_flag], [perm_placed_foster_carer_date], [perm_placed_ffa_cp_date], [perm_placement_provider_urn], [perm_decision_reversed_date], [perm_decision_reversed_reason], [perm_permanence_order_date], [perm_permanence_order_type], [perm_adoption_worker_id])
    SELECT
        CASE WHEN ep.FACT_ADOPTION_ID IS NOT NULL
            THEN CONCAT(CAST(ep.FACT_ADOPTION_ID AS NVARCHAR(48)), '.', CAST(ep.FACT_CARE_EPISODES_ID AS NVARCHAR(48)))
            ELSE CAST(ep.FACT_CARE_EPISODES_ID AS NVARCHAR(48))
        END,
        CAST(ep.DIM_PERSON_ID AS NVARCHAR(48)),
        CAST(NULLIF(ep.FACT_CLA_ID, -1) AS NVARCHAR(48)),
        ep.DECISION_DTTM,
        LEFT(ep.SIBLING_GROUP, 1),
        ep.NUMBER_TOGETHER,
        ep.NUMBER_APART,
        ep.FFA_IS_PLAN_DATE,
        ep.PLACEMENT_ORDER_DTTM,
        ep.MATCHING_DTTM,
        NULLIF(LEFT(LTRIM(RTRIM(ep.DIM_LOOKUP_ADOPTER_GENDER_CODE)), 48), ''),
        NULLIF(LEFT(LTRIM(RTRIM(ep.DIM_LOOKUP_ADOPTER_LEGAL_STATUS_CODE)), 100), ''),
        ep.NO_OF_ADOPTERS,
        CASE WHEN UPPER(LTRIM(RTRIM(CAST(ep.DIM_LOOKUP_PLACEMENT_TYPE_CODE AS NVARCHAR(4000))))) IN (N'A3', N'A4', N'A5', N'A6') THEN ep.placement_start END,
        LEFT(ep.ADOPTED_BY_CARER_FLAG, 1),
        -- Liquid Logic has no date placed with the foster carer: NULL rather than a made-up date
        NULL,
        ep.FOSTER_TO_ADOPT_DTTM,
        CASE WHEN UPPER(LTRIM(RTRIM(CAST(ep.DIM_LOOKUP_PLACEMENT_TYPE_CODE AS NVARCHAR(4000))))) IN (N'A3', N'A4', N'A5', N'A6') THEN LEFT(ep.OFSTED_URN, 48) END,
        ep.NO_LONGER_PLACED_DTTM,
        NULLIF(LEFT(LTRIM(RTRIM(ep.DIM_LOOKUP_ADOP_REASON_CEASED_CODE)), 100), ''),
        ep.PLACEND,
        CASE
            WHEN UPPER(LTRIM(RTRIM(CAST(ep.CARE_REASON_END_CODE AS NVARCHAR(4000))))) IN (N'E1', N'E11', N'E12') THEN 'Adoption'
            WHEN UPPER(LTRIM(RTRIM(CAST(ep.CARE_REASON_END_CODE AS NVARCHAR(4000))))) IN (N'E43', N'E44', N'E45', N'E46', N'E47', N'E48', N'45') THEN 'Special Guardianship Order'
            WHEN UPPER(LTRIM(RTRIM(CAST(ep.CARE_REASON_END_CODE AS NVARCHAR(4000))))) IN (N'E41') THEN 'Child Arrangements/ Residence Order'
        END,
        CAST(NULLIF(ep.ADOPTION_SOCIAL_WORKER_ID, -1) AS NVARCHAR(100))
    FROM episodes ep
    WHERE ep.rn = 1;
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
