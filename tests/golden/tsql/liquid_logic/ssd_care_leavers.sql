
RAISERROR(N'refilling ssd_care_leavers', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_care_leavers') IS NOT NULL DROP TABLE [#ssd_load_ssd_care_leavers];
    CREATE TABLE [#ssd_load_ssd_care_leavers] ([clea_table_id] NVARCHAR(MAX), [clea_person_id] NVARCHAR(MAX), [clea_care_leaver_eligibility] NVARCHAR(MAX), [clea_care_leaver_in_touch] NVARCHAR(MAX), [clea_care_leaver_latest_contact] DATETIME, [clea_care_leaver_accommodation] NVARCHAR(MAX), [clea_care_leaver_accom_suitable] NVARCHAR(MAX), [clea_care_leaver_activity] NVARCHAR(MAX), [clea_pathway_plan_review_date] DATETIME, [clea_care_leaver_personal_advisor] NVARCHAR(MAX), [clea_care_leaver_allocated_team] NVARCHAR(MAX), [clea_care_leaver_worker_id] NVARCHAR(MAX));
    WITH eligibility AS (
        -- one eligibility row per child (the latest), so contacts are not repeated per eligibility row
        SELECT e.DIM_CLA_ELIGIBILITY_ID, e.DIM_PERSON_ID, e.DIM_LOOKUP_ELIGIBILITY_STATUS_DESC,
               ROW_NUMBER() OVER (PARTITION BY e.DIM_PERSON_ID ORDER BY e.DIM_CLA_ELIGIBILITY_ID DESC) AS rn
        FROM [HDM].[Child_Social].[DIM_CLA_ELIGIBILITY] e
        WHERE e.DIM_PERSON_ID <> -1
    ),
    pathway AS (
        SELECT cp.DIM_PERSON_ID, MAX(cp.MODIF_DTTM) AS reviewed
        FROM [HDM].[Child_Social].[FACT_CARE_PLANS] cp
        WHERE UPPER(LTRIM(RTRIM(CAST(cp.DIM_LOOKUP_PLAN_TYPE_ID_CODE AS NVARCHAR(4000))))) = N'PATH'
        GROUP BY cp.DIM_PERSON_ID
    ),
    advisers AS (
        -- the latest personal-adviser (16PLUS) involvement per child
        SELECT a.DIM_PERSON_ID, a.DIM_WORKER_ID,
               ROW_NUMBER() OVER (PARTITION BY a.DIM_PERSON_ID
                                  ORDER BY CASE WHEN a.START_DTTM IS NULL THEN 1 ELSE 0 END, a.START_DTTM DESC, a.FACT_INVOLVEMENTS_ID DESC) AS rn
        FROM [HDM].[Child_Social].[FACT_INVOLVEMENTS] a
        WHERE a.DIM_WORKER_ID <> -1 AND UPPER(LTRIM(RTRIM(CAST(a.DIM_LOOKUP_INVOLVEMENT_TYPE_CODE AS NVARCHAR(4000))))) = N'16PLUS'
    ),
    social_workers AS (
        -- the latest allocated social-worker (CW) involvement per child
        SELECT w.DIM_PERSON_ID, w.DIM_WORKER_ID, w.FACT_WORKER_HISTORY_DEPARTMENT_ID,
               ROW_NUMBER() OVER (PARTITION BY w.DIM_PERSON_ID
                                  ORDER BY CASE WHEN w.START_DTTM IS NULL THEN 1 ELSE 0 END, w.START_DTTM DESC, w.FACT_INVOLVEMENTS_ID DESC) AS rn
        FROM [HDM].[Child_Social].[FACT_INVOLVEMENTS] w
        WHERE w.DIM_WORKER_ID <> -1 AND UPPER(LTRIM(RTRIM(CAST(w.DIM_LOOKUP_INVOLVEMENT_TYPE_CODE AS NVARCHAR(4000))))) = N'CW' AND UPPER(LTRIM(RTRIM(CAST(w.IS_ALLOCATED_CW_FLAG AS NVARCHAR(4000))))) = N'Y'
    )
    INSERT INTO [#ssd_load_ssd_care_leavers] ([clea_table_id], [clea_person_id], [clea_care_leaver_eligibility], [clea_care_leaver_in_touch], [clea_care_leaver_latest_contact], [clea_care_leaver_accommodation], [clea_care_leaver_accom_suitable], [clea_care_leaver_activity], [clea_pathway_plan_review_date], [clea_care_leaver_personal_advisor], [clea_care_leaver_allocated_team], [clea_care_leaver_worker_id])
    SELECT
        CONCAT(CAST(el.DIM_CLA_ELIGIBILITY_ID AS NVARCHAR(48)), '.', COALESCE(CAST(cl.FACT_CLA_CARE_LEAVERS_ID AS NVARCHAR(48)), '0')),
        CAST(el.DIM_PERSON_ID AS NVARCHAR(48)),
        LEFT(COALESCE(el.DIM_LOOKUP_ELIGIBILITY_STATUS_DESC, 'No Current Eligibility'), 100),
        NULLIF(LEFT(LTRIM(RTRIM(cl.DIM_LOOKUP_IN_TOUCH_CODE_CODE)), 100), ''),
        cl.IN_TOUCH_DTTM,
        CAST(LTRIM(RTRIM(cl.DIM_LOOKUP_ACCOMMODATION_CODE_DESC)) AS NVARCHAR(100)),
        LEFT(cl.DIM_LOOKUP_ACCOMMODATION_SUITABLE_DESC, 100),
        CAST(LTRIM(RTRIM(cl.DIM_LOOKUP_MAIN_ACTIVITY_DESC)) AS NVARCHAR(100)),
        pw.reviewed,
        CAST(pa.DIM_WORKER_ID AS NVARCHAR(100)),
        CASE WHEN cw.FACT_WORKER_HISTORY_DEPARTMENT_ID NOT IN (-1, 0) THEN CAST(cw.FACT_WORKER_HISTORY_DEPARTMENT_ID AS NVARCHAR(48)) END,
        CAST(cw.DIM_WORKER_ID AS NVARCHAR(100))
    FROM eligibility el
    LEFT JOIN [HDM].[Child_Social].[FACT_CLA_CARE_LEAVERS] cl ON cl.DIM_PERSON_ID = el.DIM_PERSON_ID
    LEFT JOIN pathway pw ON pw.DIM_PERSON_ID = el.DIM_PERSON_ID
    LEFT JOIN advisers pa ON pa.DIM_PERSON_ID = el.DIM_PERSON_ID AND pa.rn = 1
    LEFT JOIN social_workers cw ON cw.DIM_PERSON_ID = el.DIM_PERSON_ID AND cw.rn = 1
    WHERE el.rn = 1
        AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(el.DIM_PERSON_ID AS NVARCHAR(48)));
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_care_leavers];
    INSERT INTO [ssd].[ssd_care_leavers] ([clea_table_id], [clea_person_id], [clea_care_leaver_eligibility], [clea_care_leaver_in_touch], [clea_care_leaver_latest_contact], [clea_care_leaver_accommodation], [clea_care_leaver_accom_suitable], [clea_care_leaver_activity], [clea_pathway_plan_review_date], [clea_care_leaver_personal_advisor], [clea_care_leaver_allocated_team], [clea_care_leaver_worker_id])
    SELECT CASE WHEN LEN([clea_table_id]) > 48 THEN CONCAT(LEFT([clea_table_id], 47), N'…') ELSE [clea_table_id] END, CASE WHEN LEN([clea_person_id]) > 48 THEN CONCAT(LEFT([clea_person_id], 47), N'…') ELSE [clea_person_id] END, CASE WHEN LEN([clea_care_leaver_eligibility]) > 100 THEN CONCAT(LEFT([clea_care_leaver_eligibility], 99), N'…') ELSE [clea_care_leaver_eligibility] END, CASE WHEN LEN([clea_care_leaver_in_touch]) > 100 THEN CONCAT(LEFT([clea_care_leaver_in_touch], 99), N'…') ELSE [clea_care_leaver_in_touch] END, [clea_care_leaver_latest_contact], CASE WHEN LEN([clea_care_leaver_accommodation]) > 100 THEN CONCAT(LEFT([clea_care_leaver_accommodation], 99), N'…') ELSE [clea_care_leaver_accommodation] END, CASE WHEN LEN([clea_care_leaver_accom_suitable]) > 100 THEN CONCAT(LEFT([clea_care_leaver_accom_suitable], 99), N'…') ELSE [clea_care_leaver_accom_suitable] END, CASE WHEN LEN([clea_care_leaver_activity]) > 100 THEN CONCAT(LEFT([clea_care_leaver_activity], 99), N'…') ELSE [clea_care_leaver_activity] END, [clea_pathway_plan_review_date], CASE WHEN LEN([clea_care_leaver_personal_advisor]) > 100 THEN CONCAT(LEFT([clea_care_leaver_personal_advisor], 99), N'…') ELSE [clea_care_leaver_personal_advisor] END, CASE WHEN LEN([clea_care_leaver_allocated_team]) > 48 THEN CONCAT(LEFT([clea_care_leaver_allocated_team], 47), N'…') ELSE [clea_care_leaver_allocated_team] END, CASE WHEN LEN([clea_care_leaver_worker_id]) > 100 THEN CONCAT(LEFT([clea_care_leaver_worker_id], 99), N'…') ELSE [clea_care_leaver_worker_id] END FROM [#ssd_load_ssd_care_leavers];
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_care_leavers', @loaded) WITH NOWAIT;
    -- one pass over the load table counts both: text cut to fit and values the fill could not convert
    DECLARE @cuts NVARCHAR(4000), @unread NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' clea_table_id=', SUM(CASE WHEN LEN([clea_table_id]) > 48 THEN 1 ELSE 0 END)), N' clea_table_id=0'), NULLIF(CONCAT(N' clea_person_id=', SUM(CASE WHEN LEN([clea_person_id]) > 48 THEN 1 ELSE 0 END)), N' clea_person_id=0'), NULLIF(CONCAT(N' clea_care_leaver_eligibility=', SUM(CASE WHEN LEN([clea_care_leaver_eligibility]) > 100 THEN 1 ELSE 0 END)), N' clea_care_leaver_eligibility=0'), NULLIF(CONCAT(N' clea_care_leaver_in_touch=', SUM(CASE WHEN LEN([clea_care_leaver_in_touch]) > 100 THEN 1 ELSE 0 END)), N' clea_care_leaver_in_touch=0'), NULLIF(CONCAT(N' clea_care_leaver_accommodation=', SUM(CASE WHEN LEN([clea_care_leaver_accommodation]) > 100 THEN 1 ELSE 0 END)), N' clea_care_leaver_accommodation=0'), NULLIF(CONCAT(N' clea_care_leaver_accom_suitable=', SUM(CASE WHEN LEN([clea_care_leaver_accom_suitable]) > 100 THEN 1 ELSE 0 END)), N' clea_care_leaver_accom_suitable=0'), NULLIF(CONCAT(N' clea_care_leaver_activity=', SUM(CASE WHEN LEN([clea_care_leaver_activity]) > 100 THEN 1 ELSE 0 END)), N' clea_care_leaver_activity=0'), NULLIF(CONCAT(N' clea_care_leaver_personal_advisor=', SUM(CASE WHEN LEN([clea_care_leaver_personal_advisor]) > 100 THEN 1 ELSE 0 END)), N' clea_care_leaver_personal_advisor=0'), NULLIF(CONCAT(N' clea_care_leaver_allocated_team=', SUM(CASE WHEN LEN([clea_care_leaver_allocated_team]) > 48 THEN 1 ELSE 0 END)), N' clea_care_leaver_allocated_team=0'), NULLIF(CONCAT(N' clea_care_leaver_worker_id=', SUM(CASE WHEN LEN([clea_care_leaver_worker_id]) > 100 THEN 1 ELSE 0 END)), N' clea_care_leaver_worker_id=0')) FROM [#ssd_load_ssd_care_leavers];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_care_leavers', @cuts) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_care_leavers];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
