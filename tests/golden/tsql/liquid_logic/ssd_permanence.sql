RAISERROR(N'refilling ssd_permanence', 0, 1) WITH NOWAIT;
BEGIN TRY
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_permanence];
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
            AND (fcpl.DIM_LOOKUP_PLACEMENT_TYPE_CODE IN (N'A3', N'A4', N'A5', N'A6') OR fcpl.FFA_IS_PLAN_DATE IS NOT NULL)
        WHERE fce.DIM_PERSON_ID <> -1
            AND (
                (fce.PLACEND IS NULL AND fa.FACT_ADOPTION_ID IS NOT NULL)
                OR fce.CARE_REASON_END_CODE IN (N'E1', N'E11', N'E12', N'E43', N'E44', N'E45', N'E46', N'E47', N'E48', N'45', N'E41')
            )
            AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(fce.DIM_PERSON_ID AS NVARCHAR(48)))
    )
    INSERT INTO [ssd].[ssd_permanence] ([perm_table_id], [perm_person_id], [perm_cla_id], [perm_adm_decision_date], [perm_part_of_sibling_group], [perm_siblings_placed_together], [perm_siblings_placed_apart], [perm_ffa_cp_decision_date], [perm_placement_order_date], [perm_matched_date], [perm_adopter_sex], [perm_adopter_legal_status], [perm_number_of_adopters], [perm_placed_for_adoption_date], [perm_adopted_by_carer_flag], [perm_placed_foster_carer_date], [perm_placed_ffa_cp_date], [perm_placement_provider_urn], [perm_decision_reversed_date], [perm_decision_reversed_reason], [perm_permanence_order_date], [perm_permanence_order_type], [perm_adoption_worker_id])
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
        CASE WHEN ep.DIM_LOOKUP_PLACEMENT_TYPE_CODE IN (N'A3', N'A4', N'A5', N'A6') THEN ep.placement_start END,
        LEFT(ep.ADOPTED_BY_CARER_FLAG, 1),
        -- Liquid Logic has no date placed with the foster carer: NULL rather than a made-up date
        NULL,
        ep.FOSTER_TO_ADOPT_DTTM,
        CASE WHEN ep.DIM_LOOKUP_PLACEMENT_TYPE_CODE IN (N'A3', N'A4', N'A5', N'A6') THEN LEFT(ep.OFSTED_URN, 48) END,
        ep.NO_LONGER_PLACED_DTTM,
        NULLIF(LEFT(LTRIM(RTRIM(ep.DIM_LOOKUP_ADOP_REASON_CEASED_CODE)), 100), ''),
        ep.PLACEND,
        CASE
            WHEN ep.CARE_REASON_END_CODE IN (N'E1', N'E11', N'E12') THEN 'Adoption'
            WHEN ep.CARE_REASON_END_CODE IN (N'E43', N'E44', N'E45', N'E46', N'E47', N'E48', N'45') THEN 'Special Guardianship Order'
            WHEN ep.CARE_REASON_END_CODE IN (N'E41') THEN 'Child Arrangements/ Residence Order'
        END,
        CAST(NULLIF(ep.ADOPTION_SOCIAL_WORKER_ID, -1) AS NVARCHAR(100))
    FROM episodes ep
    WHERE ep.rn = 1;
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_permanence', @loaded) WITH NOWAIT;
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
