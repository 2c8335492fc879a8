RAISERROR(N'refilling ssd_professionals', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_professionals') IS NOT NULL DROP TABLE [#ssd_load_ssd_professionals];
    CREATE TABLE [#ssd_load_ssd_professionals] ([prof_professional_id] NVARCHAR(MAX), [prof_staff_id] NVARCHAR(MAX), [prof_professional_name] NVARCHAR(MAX), [prof_social_worker_registration_no] NVARCHAR(MAX), [prof_agency_worker_flag] NVARCHAR(MAX), [prof_professional_job_title] NVARCHAR(MAX), [prof_professional_caseload] INT, [prof_professional_department] NVARCHAR(MAX), [prof_full_time_equivalency] FLOAT);
    WITH census_year AS (
        SELECT CASE
            WHEN CAST(GETDATE() AS DATE) > DATEFROMPARTS(YEAR(CAST(GETDATE() AS DATE)), 9, 30) THEN YEAR(CAST(GETDATE() AS DATE))
            ELSE YEAR(CAST(GETDATE() AS DATE)) - 1
        END AS y
    ),
    census AS (
        SELECT DATEFROMPARTS(cy.y, 9, 30) AS census_date,
               DATEFROMPARTS(cy.y - 6, 9, 30) AS earliest
        FROM census_year cy
    ),
    caseload AS (
        SELECT i.DIM_WORKER_ID, COUNT(*) AS children
        FROM [HDM].[Child_Social].[FACT_INVOLVEMENTS] i
        CROSS JOIN census c
        WHERE UPPER(i.IS_ALLOCATED_CW_FLAG) = 'Y'
            AND i.START_DTTM <= c.census_date
            AND i.START_DTTM >= c.earliest
            AND (i.END_DTTM IS NULL OR i.END_DTTM >= c.census_date)
        GROUP BY i.DIM_WORKER_ID
    )
    INSERT INTO [#ssd_load_ssd_professionals] ([prof_professional_id], [prof_staff_id], [prof_professional_name], [prof_social_worker_registration_no], [prof_agency_worker_flag], [prof_professional_job_title], [prof_professional_caseload], [prof_professional_department], [prof_full_time_equivalency])
    SELECT
        CAST(w.DIM_WORKER_ID AS NVARCHAR(48)),
        NULLIF(LEFT(LTRIM(RTRIM(w.STAFF_ID)), 48), ''),
        NULLIF(LEFT(LTRIM(RTRIM(CONCAT(w.FORENAME, ' ', w.SURNAME))), 300), ''),
        NULLIF(LEFT(LTRIM(RTRIM(w.WORKER_ID_CODE)), 48), ''),
        NULL,
        LEFT(w.JOB_TITLE, 500),
        COALESCE(cl.children, 0),
        LEFT(w.DEPARTMENT_NAME, 100),
        w.FULL_TIME_EQUIVALENCY
    FROM [HDM].[Child_Social].[DIM_WORKER] w
    LEFT JOIN caseload cl ON cl.DIM_WORKER_ID = w.DIM_WORKER_ID
    WHERE w.DIM_WORKER_ID <> -1
        AND NULLIF(LTRIM(RTRIM(w.STAFF_ID)), '') IS NOT NULL
        AND LOWER(LTRIM(RTRIM(w.STAFF_ID))) <> 'unknown';
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_professionals];
    INSERT INTO [ssd].[ssd_professionals] ([prof_professional_id], [prof_staff_id], [prof_professional_name], [prof_social_worker_registration_no], [prof_agency_worker_flag], [prof_professional_job_title], [prof_professional_caseload], [prof_professional_department], [prof_full_time_equivalency])
    SELECT CASE WHEN LEN([prof_professional_id]) > 48 THEN CONCAT(LEFT([prof_professional_id], 47), N'…') ELSE [prof_professional_id] END, CASE WHEN LEN([prof_staff_id]) > 48 THEN CONCAT(LEFT([prof_staff_id], 47), N'…') ELSE [prof_staff_id] END, CASE WHEN LEN([prof_professional_name]) > 300 THEN CONCAT(LEFT([prof_professional_name], 299), N'…') ELSE [prof_professional_name] END, CASE WHEN LEN([prof_social_worker_registration_no]) > 48 THEN CONCAT(LEFT([prof_social_worker_registration_no], 47), N'…') ELSE [prof_social_worker_registration_no] END, CASE WHEN LEN([prof_agency_worker_flag]) > 1 THEN CONCAT(LEFT([prof_agency_worker_flag], 0), N'…') ELSE [prof_agency_worker_flag] END, CASE WHEN LEN([prof_professional_job_title]) > 500 THEN CONCAT(LEFT([prof_professional_job_title], 499), N'…') ELSE [prof_professional_job_title] END, [prof_professional_caseload], CASE WHEN LEN([prof_professional_department]) > 100 THEN CONCAT(LEFT([prof_professional_department], 99), N'…') ELSE [prof_professional_department] END, [prof_full_time_equivalency] FROM [#ssd_load_ssd_professionals];
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_professionals', @loaded) WITH NOWAIT;
    -- one pass over the load table counts both: text cut to fit and values the fill could not convert
    DECLARE @cuts NVARCHAR(4000), @unread NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' prof_professional_id=', SUM(CASE WHEN LEN([prof_professional_id]) > 48 THEN 1 ELSE 0 END)), N' prof_professional_id=0'), NULLIF(CONCAT(N' prof_staff_id=', SUM(CASE WHEN LEN([prof_staff_id]) > 48 THEN 1 ELSE 0 END)), N' prof_staff_id=0'), NULLIF(CONCAT(N' prof_professional_name=', SUM(CASE WHEN LEN([prof_professional_name]) > 300 THEN 1 ELSE 0 END)), N' prof_professional_name=0'), NULLIF(CONCAT(N' prof_social_worker_registration_no=', SUM(CASE WHEN LEN([prof_social_worker_registration_no]) > 48 THEN 1 ELSE 0 END)), N' prof_social_worker_registration_no=0'), NULLIF(CONCAT(N' prof_agency_worker_flag=', SUM(CASE WHEN LEN([prof_agency_worker_flag]) > 1 THEN 1 ELSE 0 END)), N' prof_agency_worker_flag=0'), NULLIF(CONCAT(N' prof_professional_job_title=', SUM(CASE WHEN LEN([prof_professional_job_title]) > 500 THEN 1 ELSE 0 END)), N' prof_professional_job_title=0'), NULLIF(CONCAT(N' prof_professional_department=', SUM(CASE WHEN LEN([prof_professional_department]) > 100 THEN 1 ELSE 0 END)), N' prof_professional_department=0')) FROM [#ssd_load_ssd_professionals];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_professionals', @cuts) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_professionals];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
