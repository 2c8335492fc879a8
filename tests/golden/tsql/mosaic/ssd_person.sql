RAISERROR(N'refilling ssd_person', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_person') IS NOT NULL DROP TABLE [#ssd_load_ssd_person];
    CREATE TABLE [#ssd_load_ssd_person] ([pers_legacy_id] NVARCHAR(MAX), [pers_person_id] NVARCHAR(MAX), [pers_upn] NVARCHAR(MAX), [pers_forename] NVARCHAR(MAX), [pers_surname] NVARCHAR(MAX), [pers_sex] NVARCHAR(MAX), [pers_gender] NVARCHAR(MAX), [pers_ethnicity] NVARCHAR(MAX), [pers_dob] DATETIME, [pers_single_unique_id] NVARCHAR(MAX), [pers_upn_unknown] NVARCHAR(MAX), [pers_send_flag] NVARCHAR(MAX), [pers_expected_dob] DATETIME, [pers_death_date] DATETIME, [pers_is_mother] NVARCHAR(MAX), [pers_nationality] NVARCHAR(MAX), [unreadable__pers_dob] INT);
    WITH cohort AS (
        SELECT r.PERSON_ID AS person_id FROM [dm_cin_referrals] r
        WHERE r.REFERRAL_DATE <= CAST(GETDATE() AS DATE) AND (r.CLOSURE_DATE IS NULL OR r.CLOSURE_DATE >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)))
        UNION
        SELECT pc.PERSON_ID FROM [dm_PERIODS_OF_CARE] pc
        WHERE pc.START_DATE <= CAST(GETDATE() AS DATE) AND (pc.END_DATE IS NULL OR pc.END_DATE >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)))
        UNION
        SELECT rg.PERSON_ID FROM [dm_REGISTRATIONS] rg
        WHERE UPPER(LTRIM(RTRIM(CAST(rg.IS_CHILD_PROTECTION_PLAN AS NVARCHAR(4000))))) = N'Y' AND rg.REGISTRATION_START_DATE <= CAST(GETDATE() AS DATE) AND (rg.DEREGISTRATION_DATE IS NULL OR rg.DEREGISTRATION_DATE >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)))
        UNION
        SELECT fl.PERSON_ID FROM [dm_former_looked_after] fl
        WHERE fl.DATE_OF_SITUATION >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE))
    ),
    identity_now AS (
        -- the gender identity recorded for today; the latest start wins if records overlap
        SELECT gi.PERSON_ID AS person_id, gi.GENDER_CODE AS gender_code,
               ROW_NUMBER() OVER (PARTITION BY gi.PERSON_ID ORDER BY gi.START_DATE DESC) AS rn
        FROM [mo_person_gender_identities] gi
        WHERE gi.START_DATE <= CAST(GETDATE() AS DATE) AND (gi.END_DATE IS NULL OR gi.END_DATE >= CAST(GETDATE() AS DATE))
    ),
    ethnicities AS (
        -- one CBDS code per Mosaic code, so a repeated lookup row cannot duplicate a child
        SELECT et.ETHNICITY_CODE AS code, MAX(et.CBDS_ETHNICITY_CODE) AS cbds
        FROM [dm_ETHNICITIES] et
        GROUP BY et.ETHNICITY_CODE
    ),
    mothers AS (
        SELECT DISTINCT pr.PERSON_ID AS person_id
        FROM [dm_PERSONAL_RELATIONSHIPS] pr
        WHERE UPPER(LTRIM(RTRIM(CAST(pr.IS_MOTHER AS NVARCHAR(4000))))) = N'Y' AND pr.START_DATE <= CAST(GETDATE() AS DATE) AND (pr.END_DATE IS NULL OR pr.END_DATE >= CAST(GETDATE() AS DATE))
    ),
    people AS (
        SELECT pd.PERSON_ID, pd.UPN_ID, pd.FIRST_NAMES, pd.LAST_NAME, pd.GENDER, pd.FULL_ETHNICITY_CODE, pd.DATE_OF_BIRTH,
               pd.NHS_ID, pd.DATE_OF_DEATH, pd.COUNTRY_OF_BIRTH_CODE, CASE WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))) LIKE N'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' THEN TRY_CONVERT(DATETIME, LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))) + N' 00:00:00', 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))) LIKE N'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9][ T][0-9][0-9]:[0-9][0-9]' THEN TRY_CONVERT(DATETIME, STUFF(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))), 11, 1, N' ') + N':00', 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))) LIKE N'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9][ T][0-9][0-9]:[0-9][0-9]:[0-9][0-9]%' AND (DATALENGTH(CASE WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))), 20, 4000) LIKE N'%Z' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))), 20, 4000)) - 1) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]:[0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))), 20, 4000)) - 6) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))), 20, 4000)) - 5) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))), 20, 4000)) - 3) ELSE SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))), 20, 4000) END) = 0 OR CASE WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))), 20, 4000) LIKE N'%Z' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))), 20, 4000)) - 1) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]:[0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))), 20, 4000)) - 6) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))), 20, 4000)) - 5) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))), 20, 4000)) - 3) ELSE SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))), 20, 4000) END LIKE N'.[0-9]%' AND SUBSTRING(CASE WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))), 20, 4000) LIKE N'%Z' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))), 20, 4000)) - 1) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]:[0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))), 20, 4000)) - 6) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))), 20, 4000)) - 5) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))), 20, 4000)) - 3) ELSE SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))), 20, 4000) END, 2, 4000) NOT LIKE N'%[^0-9]%') THEN TRY_CONVERT(DATETIME, STUFF(LEFT(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))), 19), 11, 1, N' '), 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))) LIKE N'[0-9]/[0-9]/[0-9][0-9][0-9][0-9]' OR LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))) LIKE N'[0-9][0-9]/[0-9]/[0-9][0-9][0-9][0-9]' OR LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))) LIKE N'[0-9]/[0-9][0-9]/[0-9][0-9][0-9][0-9]' OR LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))) LIKE N'[0-9][0-9]/[0-9][0-9]/[0-9][0-9][0-9][0-9]' THEN TRY_CONVERT(DATETIME, LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))), 103) END AS dob
        FROM [dm_persons] pd
        WHERE pd.PERSON_ID IN (SELECT c.person_id FROM cohort c)
    )
    INSERT INTO [#ssd_load_ssd_person] ([pers_legacy_id], [pers_person_id], [pers_upn], [pers_forename], [pers_surname], [pers_sex], [pers_gender], [pers_ethnicity], [pers_dob], [pers_single_unique_id], [pers_upn_unknown], [pers_send_flag], [pers_expected_dob], [pers_death_date], [pers_is_mother], [pers_nationality], [unreadable__pers_dob])
    SELECT
        NULL,  -- pers_legacy_id: the Mosaic data mart holds no legacy (pre-Mosaic) id
        CAST(p.PERSON_ID AS NVARCHAR(48)),
        LEFT(LTRIM(RTRIM(p.UPN_ID)), 13),
        p.FIRST_NAMES,
        p.LAST_NAME,
        -- sex as the payload's M/F/U code, not the reference_data description text
        CASE UPPER(LTRIM(RTRIM(p.GENDER))) WHEN 'M' THEN 'M' WHEN 'MALE' THEN 'M' WHEN 'F' THEN 'F' WHEN 'FEMALE' THEN 'F' ELSE 'U' END,
        LEFT(g.gender_code, 10),
        e.cbds,
        CASE WHEN p.dob <= CAST(GETDATE() AS DATE) THEN p.dob END,
        LEFT(LTRIM(RTRIM(p.NHS_ID)), 48),
        NULL,  -- pers_upn_unknown: Mosaic's data mart has no UN1-UN10 reason
        NULL,  -- pers_send_flag: not held in the data mart
        CASE WHEN p.dob > CAST(GETDATE() AS DATE) THEN p.dob END,
        p.DATE_OF_DEATH,
        CASE WHEN UPPER(LTRIM(RTRIM(CAST(p.GENDER AS NVARCHAR(4000))))) IN (N'F', N'FEMALE') THEN CASE WHEN mo.person_id IS NULL THEN 'N' ELSE 'Y' END END,
        LEFT(p.COUNTRY_OF_BIRTH_CODE, 48),
        CASE WHEN p.dob IS NULL AND LTRIM(RTRIM(CAST(p.DATE_OF_BIRTH AS NVARCHAR(4000)))) <> '' THEN 1 END
    FROM people p
    LEFT JOIN ethnicities e ON e.code = p.FULL_ETHNICITY_CODE
    LEFT JOIN identity_now g ON g.person_id = p.PERSON_ID AND g.rn = 1
    LEFT JOIN mothers mo ON mo.person_id = p.PERSON_ID;
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_person];
    INSERT INTO [ssd].[ssd_person] ([pers_legacy_id], [pers_person_id], [pers_upn], [pers_forename], [pers_surname], [pers_sex], [pers_gender], [pers_ethnicity], [pers_dob], [pers_single_unique_id], [pers_upn_unknown], [pers_send_flag], [pers_expected_dob], [pers_death_date], [pers_is_mother], [pers_nationality])
    SELECT CASE WHEN LEN([pers_legacy_id]) > 48 THEN CONCAT(LEFT([pers_legacy_id], 47), N'…') ELSE [pers_legacy_id] END, CASE WHEN LEN([pers_person_id]) > 48 THEN CONCAT(LEFT([pers_person_id], 47), N'…') ELSE [pers_person_id] END, CASE WHEN LEN([pers_upn]) > 13 THEN CONCAT(LEFT([pers_upn], 12), N'…') ELSE [pers_upn] END, CASE WHEN LEN([pers_forename]) > 100 THEN CONCAT(LEFT([pers_forename], 99), N'…') ELSE [pers_forename] END, CASE WHEN LEN([pers_surname]) > 255 THEN CONCAT(LEFT([pers_surname], 254), N'…') ELSE [pers_surname] END, CASE WHEN LEN([pers_sex]) > 20 THEN CONCAT(LEFT([pers_sex], 19), N'…') ELSE [pers_sex] END, CASE WHEN LEN([pers_gender]) > 10 THEN CONCAT(LEFT([pers_gender], 9), N'…') ELSE [pers_gender] END, CASE WHEN LEN([pers_ethnicity]) > 48 THEN CONCAT(LEFT([pers_ethnicity], 47), N'…') ELSE [pers_ethnicity] END, [pers_dob], CASE WHEN LEN([pers_single_unique_id]) > 48 THEN CONCAT(LEFT([pers_single_unique_id], 47), N'…') ELSE [pers_single_unique_id] END, CASE WHEN LEN([pers_upn_unknown]) > 6 THEN CONCAT(LEFT([pers_upn_unknown], 5), N'…') ELSE [pers_upn_unknown] END, CASE WHEN LEN([pers_send_flag]) > 5 THEN CONCAT(LEFT([pers_send_flag], 4), N'…') ELSE [pers_send_flag] END, [pers_expected_dob], [pers_death_date], CASE WHEN LEN([pers_is_mother]) > 1 THEN CONCAT(LEFT([pers_is_mother], 0), N'…') ELSE [pers_is_mother] END, CASE WHEN LEN([pers_nationality]) > 48 THEN CONCAT(LEFT([pers_nationality], 47), N'…') ELSE [pers_nationality] END FROM [#ssd_load_ssd_person];
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_person', @loaded) WITH NOWAIT;
    -- one pass over the load table counts both: text cut to fit and values the fill could not convert
    DECLARE @cuts NVARCHAR(4000), @unread NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' pers_legacy_id=', SUM(CASE WHEN LEN([pers_legacy_id]) > 48 THEN 1 ELSE 0 END)), N' pers_legacy_id=0'), NULLIF(CONCAT(N' pers_person_id=', SUM(CASE WHEN LEN([pers_person_id]) > 48 THEN 1 ELSE 0 END)), N' pers_person_id=0'), NULLIF(CONCAT(N' pers_upn=', SUM(CASE WHEN LEN([pers_upn]) > 13 THEN 1 ELSE 0 END)), N' pers_upn=0'), NULLIF(CONCAT(N' pers_forename=', SUM(CASE WHEN LEN([pers_forename]) > 100 THEN 1 ELSE 0 END)), N' pers_forename=0'), NULLIF(CONCAT(N' pers_surname=', SUM(CASE WHEN LEN([pers_surname]) > 255 THEN 1 ELSE 0 END)), N' pers_surname=0'), NULLIF(CONCAT(N' pers_sex=', SUM(CASE WHEN LEN([pers_sex]) > 20 THEN 1 ELSE 0 END)), N' pers_sex=0'), NULLIF(CONCAT(N' pers_gender=', SUM(CASE WHEN LEN([pers_gender]) > 10 THEN 1 ELSE 0 END)), N' pers_gender=0'), NULLIF(CONCAT(N' pers_ethnicity=', SUM(CASE WHEN LEN([pers_ethnicity]) > 48 THEN 1 ELSE 0 END)), N' pers_ethnicity=0'), NULLIF(CONCAT(N' pers_single_unique_id=', SUM(CASE WHEN LEN([pers_single_unique_id]) > 48 THEN 1 ELSE 0 END)), N' pers_single_unique_id=0'), NULLIF(CONCAT(N' pers_upn_unknown=', SUM(CASE WHEN LEN([pers_upn_unknown]) > 6 THEN 1 ELSE 0 END)), N' pers_upn_unknown=0'), NULLIF(CONCAT(N' pers_send_flag=', SUM(CASE WHEN LEN([pers_send_flag]) > 5 THEN 1 ELSE 0 END)), N' pers_send_flag=0'), NULLIF(CONCAT(N' pers_is_mother=', SUM(CASE WHEN LEN([pers_is_mother]) > 1 THEN 1 ELSE 0 END)), N' pers_is_mother=0'), NULLIF(CONCAT(N' pers_nationality=', SUM(CASE WHEN LEN([pers_nationality]) > 48 THEN 1 ELSE 0 END)), N' pers_nationality=0')), @unread = CONCAT(N'', NULLIF(CONCAT(N' pers_dob=', SUM(CASE WHEN [unreadable__pers_dob] = 1 THEN 1 ELSE 0 END)), N' pers_dob=0')) FROM [#ssd_load_ssd_person];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_person', @cuts) WITH NOWAIT;
    IF @unread <> N'' RAISERROR(N'ssd-bridge unreadable: %s:%s', 0, 1, N'ssd_person', @unread) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_person];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;

GO
