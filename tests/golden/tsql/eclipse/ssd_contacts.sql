
RAISERROR(N'refilling ssd_contacts', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_contacts') IS NOT NULL DROP TABLE [#ssd_load_ssd_contacts];
    CREATE TABLE [#ssd_load_ssd_contacts] ([cont_contact_id] NVARCHAR(MAX), [cont_person_id] NVARCHAR(MAX), [cont_contact_date] DATETIME, [cont_contact_source_code] NVARCHAR(MAX), [cont_contact_source_desc] NVARCHAR(MAX), [cont_contact_outcome_json] NVARCHAR(MAX));
    WITH contacts AS (
        SELECT
                f.INSTANCEID AS instance_id,
                f.ANSWERFORSUBJECTID AS person_id,
                MAX(f.SUBMITTERPERSONID) AS submitter_id,
                MIN(f.DATESTARTED) AS started_date,
                MAX(CASE WHEN f.INSTANCESTATE = 'COMPLETE' THEN f.DATECOMPLETED END) AS completed_date,
                COALESCE(MAX(CASE WHEN f.CONTROLNAME = N'icContactDate' THEN f.DATEANSWERVALUE END),
                         MAX(CASE WHEN f.CONTROLNAME = N'icContactDate' THEN CASE WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), f.ANSWERVALUE, 121))) LIKE N'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' THEN TRY_CONVERT(DATETIME, LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), f.ANSWERVALUE, 121))) + N' 00:00:00', 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), f.ANSWERVALUE, 121))) LIKE N'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9][ T][0-9][0-9]:[0-9][0-9]' THEN TRY_CONVERT(DATETIME, STUFF(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), f.ANSWERVALUE, 121))), 11, 1, N' ') + N':00', 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), f.ANSWERVALUE, 121))) LIKE N'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9][ T][0-9][0-9]:[0-9][0-9]:[0-9][0-9]%' AND (DATALENGTH(CASE WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), f.ANSWERVALUE, 121))), 20, 4000) LIKE N'%Z' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), f.ANSWERVALUE, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), f.ANSWERVALUE, 121))), 20, 4000)) - 1) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), f.ANSWERVALUE, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]:[0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), f.ANSWERVALUE, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), f.ANSWERVALUE, 121))), 20, 4000)) - 6) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), f.ANSWERVALUE, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), f.ANSWERVALUE, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), f.ANSWERVALUE, 121))), 20, 4000)) - 5) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), f.ANSWERVALUE, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), f.ANSWERVALUE, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), f.ANSWERVALUE, 121))), 20, 4000)) - 3) ELSE SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), f.ANSWERVALUE, 121))), 20, 4000) END) = 0 OR CASE WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), f.ANSWERVALUE, 121))), 20, 4000) LIKE N'%Z' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), f.ANSWERVALUE, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), f.ANSWERVALUE, 121))), 20, 4000)) - 1) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), f.ANSWERVALUE, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]:[0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), f.ANSWERVALUE, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), f.ANSWERVALUE, 121))), 20, 4000)) - 6) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), f.ANSWERVALUE, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), f.ANSWERVALUE, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), f.ANSWERVALUE, 121))), 20, 4000)) - 5) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), f.ANSWERVALUE, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), f.ANSWERVALUE, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), f.ANSWERVALUE, 121))), 20, 4000)) - 3) ELSE SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), f.ANSWERVALUE, 121))), 20, 4000) END LIKE N'.[0-9]%' AND SUBSTRING(CASE WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), f.ANSWERVALUE, 121))), 20, 4000) LIKE N'%Z' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), f.ANSWERVALUE, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), f.ANSWERVALUE, 121))), 20, 4000)) - 1) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), f.ANSWERVALUE, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]:[0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), f.ANSWERVALUE, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), f.ANSWERVALUE, 121))), 20, 4000)) - 6) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), f.ANSWERVALUE, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), f.ANSWERVALUE, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), f.ANSWERVALUE, 121))), 20, 4000)) - 5) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), f.ANSWERVALUE, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), f.ANSWERVALUE, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), f.ANSWERVALUE, 121))), 20, 4000)) - 3) ELSE SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), f.ANSWERVALUE, 121))), 20, 4000) END, 2, 4000) NOT LIKE N'%[^0-9]%') THEN TRY_CONVERT(DATETIME, STUFF(LEFT(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), f.ANSWERVALUE, 121))), 19), 11, 1, N' '), 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), f.ANSWERVALUE, 121))) LIKE N'[0-9]/[0-9]/[0-9][0-9][0-9][0-9]' OR LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), f.ANSWERVALUE, 121))) LIKE N'[0-9][0-9]/[0-9]/[0-9][0-9][0-9][0-9]' OR LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), f.ANSWERVALUE, 121))) LIKE N'[0-9]/[0-9][0-9]/[0-9][0-9][0-9][0-9]' OR LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), f.ANSWERVALUE, 121))) LIKE N'[0-9][0-9]/[0-9][0-9]/[0-9][0-9][0-9][0-9]' THEN TRY_CONVERT(DATETIME, LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), f.ANSWERVALUE, 121))), 103) END END)) AS contact_date,
                MAX(CASE WHEN f.CONTROLNAME = N'icContactBy' THEN f.ANSWERVALUE END) AS contact_by
            FROM [FORMANSWERPERSONVIEW] f
            WHERE f.DESIGNGUID = N'8fae4e1f-344b-4c08-93ba-8b344513198c'
                AND f.INSTANCESTATE = 'COMPLETE'
            GROUP BY f.INSTANCEID, f.ANSWERFORSUBJECTID
    ),
    keyed AS (
        SELECT CONCAT(CAST(c.instance_id AS NVARCHAR(48)), CASE WHEN COUNT(*) OVER (PARTITION BY c.instance_id) > 1
        THEN CONCAT('-', CAST(c.person_id AS NVARCHAR(48))) ELSE '' END) AS contact_key, c.person_id, c.contact_date, c.contact_by
        FROM contacts c
        WHERE EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(c.person_id AS NVARCHAR(48)))
    )
    INSERT INTO [#ssd_load_ssd_contacts] ([cont_contact_id], [cont_person_id], [cont_contact_date], [cont_contact_source_code], [cont_contact_source_desc], [cont_contact_outcome_json])
    SELECT
        k.contact_key,
        CAST(k.person_id AS NVARCHAR(48)),
        k.contact_date,
        CASE WHEN k.contact_by = N'Acquaintance' THEN N'INDACQ' WHEN k.contact_by = N'A & E' THEN N'HSERVAE' WHEN k.contact_by = N'Anonymous' THEN N'ANON' WHEN k.contact_by = N'Education Services' THEN N'EDUSERV' WHEN k.contact_by = N'External e.g. from another local authority' THEN N'LASERVEXT' WHEN k.contact_by = N'Family Member/Relative/Carer' THEN N'INDFRC' WHEN k.contact_by = N'GP' THEN N'HSERVGP' WHEN k.contact_by = N'Health Visitor' THEN N'HSERVHVSTR' WHEN k.contact_by = N'Housing' THEN N'HOUSLA' WHEN k.contact_by = N'Other' THEN N'OTHER' WHEN k.contact_by = N'Other Health Services' THEN N'HSERVOTHR' WHEN k.contact_by = N'Other - including children centres' THEN N'OTHER' WHEN k.contact_by = N'Other internal e,g, BC Council' THEN N'LASERVOINT' WHEN k.contact_by = N'Other Legal Agency' THEN N'OTHERLEG' WHEN k.contact_by = N'Other Primary Health Services' THEN N'HSERVPHSERV' WHEN k.contact_by = N'Police' THEN N'POLICE' WHEN k.contact_by = N'School' THEN N'SCHOOLS' WHEN k.contact_by = N'School Nurse' THEN N'HSERVSNRSE' WHEN k.contact_by = N'Self' THEN N'INDSELF' WHEN k.contact_by = N'Social care e.g. adult social care' THEN N'LASERVSCR' WHEN k.contact_by = N'Unknown' THEN N'UNKNOWN' END,
        LEFT(k.contact_by, 255),
        NULL
    FROM keyed k
    WHERE k.contact_date >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE));
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_contacts];
    INSERT INTO [ssd].[ssd_contacts] ([cont_contact_id], [cont_person_id], [cont_contact_date], [cont_contact_source_code], [cont_contact_source_desc], [cont_contact_outcome_json])
    SELECT CASE WHEN LEN([cont_contact_id]) > 48 THEN CONCAT(LEFT([cont_contact_id], 47), N'…') ELSE [cont_contact_id] END, CASE WHEN LEN([cont_person_id]) > 48 THEN CONCAT(LEFT([cont_person_id], 47), N'…') ELSE [cont_person_id] END, [cont_contact_date], CASE WHEN LEN([cont_contact_source_code]) > 48 THEN CONCAT(LEFT([cont_contact_source_code], 47), N'…') ELSE [cont_contact_source_code] END, CASE WHEN LEN([cont_contact_source_desc]) > 255 THEN CONCAT(LEFT([cont_contact_source_desc], 254), N'…') ELSE [cont_contact_source_desc] END, CASE WHEN LEN([cont_contact_outcome_json]) > 4000 THEN CONCAT(LEFT([cont_contact_outcome_json], 3999), N'…') ELSE [cont_contact_outcome_json] END FROM [#ssd_load_ssd_contacts];
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_contacts', @loaded) WITH NOWAIT;
    -- one pass over the load table counts both: text cut to fit and values the fill could not convert
    DECLARE @cuts NVARCHAR(4000), @unread NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' cont_contact_id=', SUM(CASE WHEN LEN([cont_contact_id]) > 48 THEN 1 ELSE 0 END)), N' cont_contact_id=0'), NULLIF(CONCAT(N' cont_person_id=', SUM(CASE WHEN LEN([cont_person_id]) > 48 THEN 1 ELSE 0 END)), N' cont_person_id=0'), NULLIF(CONCAT(N' cont_contact_source_code=', SUM(CASE WHEN LEN([cont_contact_source_code]) > 48 THEN 1 ELSE 0 END)), N' cont_contact_source_code=0'), NULLIF(CONCAT(N' cont_contact_source_desc=', SUM(CASE WHEN LEN([cont_contact_source_desc]) > 255 THEN 1 ELSE 0 END)), N' cont_contact_source_desc=0'), NULLIF(CONCAT(N' cont_contact_outcome_json=', SUM(CASE WHEN LEN([cont_contact_outcome_json]) > 4000 THEN 1 ELSE 0 END)), N' cont_contact_outcome_json=0')) FROM [#ssd_load_ssd_contacts];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_contacts', @cuts) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_contacts];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
