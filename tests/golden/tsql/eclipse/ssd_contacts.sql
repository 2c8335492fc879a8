
RAISERROR(N'refilling ssd_contacts', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_contacts') IS NOT NULL DROP TABLE [#ssd_load_ssd_contacts];
    CREATE TABLE [#ssd_load_ssd_contacts] ([cont_contact_id] NVARCHAR(MAX), [cont_person_id] NVARCHAR(MAX), [cont_contact_date] DATETIME, [cont_contact_source_code] NVARCHAR(MAX), [cont_contact_source_desc] NVARCHAR(MAX), [cont_contact_outcome_json] NVARCHAR(MAX));
    WITH contacts AS (
        SELECT
                fr.instance_id,
                fr.person_id,
                MAX(fr.submitter_id) AS submitter_id,
                MIN(fr.started_date) AS started_date,
                MAX(fr.completed_date) AS completed_date,
                COALESCE(MAX(CASE WHEN fr.control_no = 1 THEN fr.date_answer END),
                         MAX(CASE WHEN fr.control_no = 1 AND fr.date_answer IS NULL THEN CASE WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' THEN TRY_CONVERT(DATETIME, LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) + N' 00:00:00', 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9][ T][0-9][0-9]:[0-9][0-9]' THEN TRY_CONVERT(DATETIME, STUFF(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 11, 1, N' ') + N':00', 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9][ T][0-9][0-9]:[0-9][0-9]:[0-9][0-9]%' AND (DATALENGTH(CASE WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%Z' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 1) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]:[0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 6) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 5) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 3) ELSE SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) END) = 0 OR CASE WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%Z' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 1) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]:[0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 6) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 5) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 3) ELSE SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) END LIKE N'.[0-9]%' AND SUBSTRING(CASE WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%Z' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 1) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]:[0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 6) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 5) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 3) ELSE SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) END, 2, 4000) NOT LIKE N'%[^0-9]%') THEN TRY_CONVERT(DATETIME, STUFF(LEFT(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 19), 11, 1, N' '), 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9]/[0-9]/[0-9][0-9][0-9][0-9]' OR LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9][0-9]/[0-9]/[0-9][0-9][0-9][0-9]' OR LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9]/[0-9][0-9]/[0-9][0-9][0-9][0-9]' OR LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9][0-9]/[0-9][0-9]/[0-9][0-9][0-9][0-9]' THEN TRY_CONVERT(DATETIME, LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 103) END END)) AS contact_date,
                MAX(CASE WHEN fr.control_no = 2 THEN fr.answer END) AS contact_by
            FROM (
                SELECT f.INSTANCEID AS instance_id, f.ANSWERFORSUBJECTID AS person_id, f.SUBMITTERPERSONID AS submitter_id,
                    f.DATESTARTED AS started_date,
                    f.DATECOMPLETED AS completed_date,
                    f.ANSWERVALUE AS answer,
                    f.DATEANSWERVALUE AS date_answer,
                    CASE f.CONTROLNAME WHEN N'icContactDate' THEN 1 WHEN N'icContactBy' THEN 2 ELSE CASE UPPER(LTRIM(RTRIM(CAST(f.CONTROLNAME AS NVARCHAR(4000))))) WHEN N'ICCONTACTDATE' THEN 1 WHEN N'ICCONTACTBY' THEN 2 END END AS control_no
                FROM [FORMANSWERPERSONVIEW] f
                WHERE f.DESIGNGUID = N'8fae4e1f-344b-4c08-93ba-8b344513198c'
                    AND (f.INSTANCESTATE IN (N'COMPLETE') OR UPPER(LTRIM(RTRIM(CAST(f.INSTANCESTATE AS NVARCHAR(4000))))) IN (N'COMPLETE'))
            ) fr
            GROUP BY fr.instance_id, fr.person_id
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
        CASE UPPER(LTRIM(RTRIM(CAST(k.contact_by AS NVARCHAR(4000))))) WHEN N'ACQUAINTANCE' THEN N'INDACQ' WHEN N'A & E' THEN N'HSERVAE' WHEN N'ANONYMOUS' THEN N'ANON' WHEN N'EDUCATION SERVICES' THEN N'EDUSERV' WHEN N'EXTERNAL E.G. FROM ANOTHER LOCAL AUTHORITY' THEN N'LASERVEXT' WHEN N'FAMILY MEMBER/RELATIVE/CARER' THEN N'INDFRC' WHEN N'GP' THEN N'HSERVGP' WHEN N'HEALTH VISITOR' THEN N'HSERVHVSTR' WHEN N'HOUSING' THEN N'HOUSLA' WHEN N'OTHER' THEN N'OTHER' WHEN N'OTHER HEALTH SERVICES' THEN N'HSERVOTHR' WHEN N'OTHER - INCLUDING CHILDREN CENTRES' THEN N'OTHER' WHEN N'OTHER INTERNAL E,G, BC COUNCIL' THEN N'LASERVOINT' WHEN N'OTHER LEGAL AGENCY' THEN N'OTHERLEG' WHEN N'OTHER PRIMARY HEALTH SERVICES' THEN N'HSERVPHSERV' WHEN N'POLICE' THEN N'POLICE' WHEN N'SCHOOL' THEN N'SCHOOLS' WHEN N'SCHOOL NURSE' THEN N'HSERVSNRSE' WHEN N'SELF' THEN N'INDSELF' WHEN N'SOCIAL CARE E.G. ADULT SOCIAL CARE' THEN N'LASERVSCR' WHEN N'UNKNOWN' THEN N'UNKNOWN' END,
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
