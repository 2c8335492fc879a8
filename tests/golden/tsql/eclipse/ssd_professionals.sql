RAISERROR(N'refilling ssd_professionals', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_professionals') IS NOT NULL DROP TABLE [#ssd_load_ssd_professionals];
    CREATE TABLE [#ssd_load_ssd_professionals] ([prof_professional_id] NVARCHAR(MAX), [prof_staff_id] NVARCHAR(MAX), [prof_professional_name] NVARCHAR(MAX), [prof_social_worker_registration_no] NVARCHAR(MAX), [prof_agency_worker_flag] NVARCHAR(MAX), [prof_professional_job_title] NVARCHAR(MAX), [prof_professional_caseload] INT, [prof_professional_department] NVARCHAR(MAX), [prof_full_time_equivalency] FLOAT);
    WITH relationships AS (
        SELECT rp.PROFESSIONALRELATIONSHIPPERSONID AS professional_id, rp.PROFESSIONALRELATIONSHIPNAME AS professional_name,
            ROW_NUMBER() OVER (PARTITION BY rp.PROFESSIONALRELATIONSHIPPERSONID
                ORDER BY rp.STARTDATE DESC, rp.PERSONRELATIONSHIPRECORDID DESC) AS pick
        FROM [RELATIONSHIPPROFESSIONALVIEW] rp
        WHERE rp.PROFESSIONALRELATIONSHIPPERSONID IS NOT NULL
            AND (rp.CLOSEDATE IS NULL OR rp.CLOSEDATE >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)))
            AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(rp.PERSONID AS NVARCHAR(48)))
    ),
    registrations AS (
        SELECT rx.person_id, rx.registration_no
        FROM (
            SELECT r.PERSONID AS person_id, r.REFERENCENUMBER AS registration_no,
                ROW_NUMBER() OVER (PARTITION BY r.PERSONID ORDER BY
                    CASE WHEN r.ENDDATE IS NULL THEN 0 ELSE 1 END, r.ENDDATE DESC,
                    CASE WHEN r.STARTDATE IS NULL THEN 1 ELSE 0 END, r.STARTDATE DESC, r.REFERENCENUMBER) AS pick
            FROM [REFERENCENUMBERPERSONVIEW] r
            WHERE UPPER(LTRIM(RTRIM(CAST(r.REFERENCETYPE AS NVARCHAR(4000))))) = N'SOCIAL WORK ENGLAND NUMBER'
        ) rx
        WHERE rx.pick = 1
    ),
    caseloads AS (
        SELECT cw.PROFESSIONALRELATIONSHIPPERSONID AS professional_id, COUNT(DISTINCT cw.PERSONID) AS caseload
        FROM [RELATIONSHIPPROFESSIONALVIEW] cw
        WHERE UPPER(LTRIM(RTRIM(CAST(cw.ALLOCATEDWORKERCODE AS NVARCHAR(4000))))) = N'AW'
            AND cw.STARTDATE <= CAST(GETDATE() AS DATE) AND (cw.CLOSEDATE IS NULL OR cw.CLOSEDATE >= CAST(GETDATE() AS DATE))
        GROUP BY cw.PROFESSIONALRELATIONSHIPPERSONID
    )
    INSERT INTO [#ssd_load_ssd_professionals] ([prof_professional_id], [prof_staff_id], [prof_professional_name], [prof_social_worker_registration_no], [prof_agency_worker_flag], [prof_professional_job_title], [prof_professional_caseload], [prof_professional_department], [prof_full_time_equivalency])
    SELECT
        CAST(p.professional_id AS NVARCHAR(48)),
        CAST(p.professional_id AS NVARCHAR(48)),
        LEFT(p.professional_name, 300),
        LEFT(g.registration_no, 48),
        NULL,
        NULL,
        COALESCE(c.caseload, 0),
        NULL,
        NULL
    FROM relationships p
    LEFT JOIN registrations g ON g.person_id = p.professional_id
    LEFT JOIN caseloads c ON c.professional_id = p.professional_id
    WHERE p.pick = 1;
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
