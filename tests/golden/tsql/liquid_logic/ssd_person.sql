RAISERROR(N'refilling ssd_person', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_person') IS NOT NULL DROP TABLE [#ssd_load_ssd_person];
    CREATE TABLE [#ssd_load_ssd_person] ([pers_legacy_id] NVARCHAR(MAX), [pers_person_id] NVARCHAR(MAX), [pers_upn] NVARCHAR(MAX), [pers_forename] NVARCHAR(MAX), [pers_surname] NVARCHAR(MAX), [pers_sex] NVARCHAR(MAX), [pers_gender] NVARCHAR(MAX), [pers_ethnicity] NVARCHAR(MAX), [pers_dob] DATETIME, [pers_single_unique_id] NVARCHAR(MAX), [pers_upn_unknown] NVARCHAR(MAX), [pers_send_flag] NVARCHAR(MAX), [pers_expected_dob] DATETIME, [pers_death_date] DATETIME, [pers_is_mother] NVARCHAR(MAX), [pers_nationality] NVARCHAR(MAX));
    WITH ethnic AS (
        -- one national code per local ethnicity code, so a doubled lookup row cannot double a child
        SELECT e.MAIN_CODE, e.NAT_ID,
               ROW_NUMBER() OVER (PARTITION BY e.MAIN_CODE ORDER BY e.NAT_ID) AS rn
        FROM [HDM].[Child_Social].[DIM_LOOKUP_DFE_ETHNIC] e
        WHERE e.NAT_ID IS NOT NULL
    ),
    no_upn AS (
        -- the UPN-unknown reason from the SSDA903 data: the highest code recorded for the person
        SELECT f.DIM_PERSON_ID, f.NO_UPN_CODE,
               ROW_NUMBER() OVER (PARTITION BY f.DIM_PERSON_ID ORDER BY f.NO_UPN_CODE DESC) AS rn
        FROM [HDM].[Child_Social].[FACT_903_DATA] f
        WHERE f.NO_UPN_CODE IS NOT NULL
    )
    INSERT INTO [#ssd_load_ssd_person] ([pers_legacy_id], [pers_person_id], [pers_upn], [pers_forename], [pers_surname], [pers_sex], [pers_gender], [pers_ethnicity], [pers_dob], [pers_single_unique_id], [pers_upn_unknown], [pers_send_flag], [pers_expected_dob], [pers_death_date], [pers_is_mother], [pers_nationality])
    SELECT
        CAST(p.LEGACY_ID AS NVARCHAR(48)),
        CAST(p.DIM_PERSON_ID AS NVARCHAR(48)),
        NULLIF(LEFT(LTRIM(RTRIM(p.UPN)), 13), ''),
        LEFT(p.FORENAME, 100),
        LEFT(p.SURNAME, 255),
        LEFT(p.GENDER_MAIN_CODE, 20),
        -- Liquid Logic holds one gender code; the SSD keeps it in both columns
        LEFT(p.GENDER_MAIN_CODE, 10),
        LEFT(eth.NAT_ID, 48),
        CASE WHEN COALESCE(p.DOB_ESTIMATED, 'N') <> 'Y' THEN p.BIRTH_DTTM END,
        -- no single unique id (NHS number) in the mapped sources
        NULL,
        LEFT(nu.NO_UPN_CODE, 6),
        LEFT(p.EHM_SEN_FLAG, 5),
        CASE WHEN UPPER(LTRIM(RTRIM(CAST(p.DOB_ESTIMATED AS NVARCHAR(4000))))) = N'Y' THEN p.BIRTH_DTTM END,
        p.DEATH_DTTM,
        CASE WHEN COALESCE(p.GENDER_MAIN_CODE, '') <> 'M' AND p.DIM_PERSON_ID IN (
            SELECT r.DIM_PERSON_ID FROM [HDM].[Child_Social].[FACT_PERSON_RELATION] r WHERE UPPER(LTRIM(RTRIM(CAST(r.DIM_LOOKUP_RELTN_TYPE_CODE AS NVARCHAR(4000))))) = N'CHI'
        ) THEN 'Y' END,
        LEFT(p.NATNL_CODE, 48)
    FROM [HDM].[Child_Social].[DIM_PERSON] p
    LEFT JOIN ethnic eth ON eth.MAIN_CODE = p.ETHNICITY_MAIN_CODE AND eth.rn = 1
    LEFT JOIN no_upn nu ON nu.DIM_PERSON_ID = p.DIM_PERSON_ID AND nu.rn = 1
    WHERE p.DIM_PERSON_ID IS NOT NULL
        AND p.DIM_PERSON_ID <> -1
        AND p.DUPLICATED_DTTM IS NULL
        AND UPPER(LTRIM(RTRIM(CAST(p.IS_CLIENT AS NVARCHAR(4000))))) = N'Y'
        -- uncorrelated IN lists, not correlated EXISTS: OR-ed EXISTS would be probed once per person
        AND (
            p.DIM_PERSON_ID IN (
                SELECT c.DIM_PERSON_ID FROM [HDM].[Child_Social].[FACT_CONTACTS] c
                WHERE c.CONTACT_DTTM >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)) AND CAST(c.CONTACT_DTTM AS DATE) <= CAST(GETDATE() AS DATE)
            )
            OR p.DIM_PERSON_ID IN (
                SELECT fr.DIM_PERSON_ID FROM [HDM].[Child_Social].[FACT_REFERRALS] fr
                WHERE fr.REFRL_START_DTTM >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)) OR fr.REFRL_END_DTTM >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)) OR fr.REFRL_END_DTTM IS NULL
            )
            OR p.DIM_PERSON_ID IN (
                SELECT cl.DIM_PERSON_ID FROM [HDM].[Child_Social].[FACT_CLA_CARE_LEAVERS] cl
                WHERE cl.IN_TOUCH_DTTM >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE))
            )
            OR p.DIM_PERSON_ID IN (
                SELECT ce.DIM_PERSON_ID FROM [HDM].[Child_Social].[DIM_CLA_ELIGIBILITY] ce
                WHERE ce.DIM_LOOKUP_ELIGIBILITY_STATUS_DESC IS NOT NULL
            )
            OR p.DIM_PERSON_ID IN (
                -- key-agency involvements count only when they carry the allocated social worker
                SELECT fi.DIM_PERSON_ID FROM [HDM].[Child_Social].[FACT_INVOLVEMENTS] fi
                WHERE (COALESCE(fi.DIM_LOOKUP_INVOLVEMENT_TYPE_CODE, '') NOT LIKE 'KA%' OR UPPER(LTRIM(RTRIM(CAST(fi.IS_ALLOCATED_CW_FLAG AS NVARCHAR(4000))))) = N'Y')
                    AND fi.DIM_WORKER_ID <> -1
                    AND (fi.END_DTTM IS NULL OR fi.END_DTTM > DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)))
            )
        );
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_person];
    INSERT INTO [ssd].[ssd_person] ([pers_legacy_id], [pers_person_id], [pers_upn], [pers_forename], [pers_surname], [pers_sex], [pers_gender], [pers_ethnicity], [pers_dob], [pers_single_unique_id], [pers_upn_unknown], [pers_send_flag], [pers_expected_dob], [pers_death_date], [pers_is_mother], [pers_nationality])
    SELECT CASE WHEN LEN([pers_legacy_id]) > 48 THEN CONCAT(LEFT([pers_legacy_id], 47), N'…') ELSE [pers_legacy_id] END, CASE WHEN LEN([pers_person_id]) > 48 THEN CONCAT(LEFT([pers_person_id], 47), N'…') ELSE [pers_person_id] END, CASE WHEN LEN([pers_upn]) > 13 THEN CONCAT(LEFT([pers_upn], 12), N'…') ELSE [pers_upn] END, CASE WHEN LEN([pers_forename]) > 100 THEN CONCAT(LEFT([pers_forename], 99), N'…') ELSE [pers_forename] END, CASE WHEN LEN([pers_surname]) > 255 THEN CONCAT(LEFT([pers_surname], 254), N'…') ELSE [pers_surname] END, CASE WHEN LEN([pers_sex]) > 20 THEN CONCAT(LEFT([pers_sex], 19), N'…') ELSE [pers_sex] END, CASE WHEN LEN([pers_gender]) > 10 THEN CONCAT(LEFT([pers_gender], 9), N'…') ELSE [pers_gender] END, CASE WHEN LEN([pers_ethnicity]) > 48 THEN CONCAT(LEFT([pers_ethnicity], 47), N'…') ELSE [pers_ethnicity] END, [pers_dob], CASE WHEN LEN([pers_single_unique_id]) > 48 THEN CONCAT(LEFT([pers_single_unique_id], 47), N'…') ELSE [pers_single_unique_id] END, CASE WHEN LEN([pers_upn_unknown]) > 6 THEN CONCAT(LEFT([pers_upn_unknown], 5), N'…') ELSE [pers_upn_unknown] END, CASE WHEN LEN([pers_send_flag]) > 5 THEN CONCAT(LEFT([pers_send_flag], 4), N'…') ELSE [pers_send_flag] END, [pers_expected_dob], [pers_death_date], CASE WHEN LEN([pers_is_mother]) > 1 THEN CONCAT(LEFT([pers_is_mother], 0), N'…') ELSE [pers_is_mother] END, CASE WHEN LEN([pers_nationality]) > 48 THEN CONCAT(LEFT([pers_nationality], 47), N'…') ELSE [pers_nationality] END FROM [#ssd_load_ssd_person];
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_person', @loaded) WITH NOWAIT;
    -- one pass over the load table counts both: text cut to fit and values the fill could not convert
    DECLARE @cuts NVARCHAR(4000), @unread NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' pers_legacy_id=', SUM(CASE WHEN LEN([pers_legacy_id]) > 48 THEN 1 ELSE 0 END)), N' pers_legacy_id=0'), NULLIF(CONCAT(N' pers_person_id=', SUM(CASE WHEN LEN([pers_person_id]) > 48 THEN 1 ELSE 0 END)), N' pers_person_id=0'), NULLIF(CONCAT(N' pers_upn=', SUM(CASE WHEN LEN([pers_upn]) > 13 THEN 1 ELSE 0 END)), N' pers_upn=0'), NULLIF(CONCAT(N' pers_forename=', SUM(CASE WHEN LEN([pers_forename]) > 100 THEN 1 ELSE 0 END)), N' pers_forename=0'), NULLIF(CONCAT(N' pers_surname=', SUM(CASE WHEN LEN([pers_surname]) > 255 THEN 1 ELSE 0 END)), N' pers_surname=0'), NULLIF(CONCAT(N' pers_sex=', SUM(CASE WHEN LEN([pers_sex]) > 20 THEN 1 ELSE 0 END)), N' pers_sex=0'), NULLIF(CONCAT(N' pers_gender=', SUM(CASE WHEN LEN([pers_gender]) > 10 THEN 1 ELSE 0 END)), N' pers_gender=0'), NULLIF(CONCAT(N' pers_ethnicity=', SUM(CASE WHEN LEN([pers_ethnicity]) > 48 THEN 1 ELSE 0 END)), N' pers_ethnicity=0'), NULLIF(CONCAT(N' pers_single_unique_id=', SUM(CASE WHEN LEN([pers_single_unique_id]) > 48 THEN 1 ELSE 0 END)), N' pers_single_unique_id=0'), NULLIF(CONCAT(N' pers_upn_unknown=', SUM(CASE WHEN LEN([pers_upn_unknown]) > 6 THEN 1 ELSE 0 END)), N' pers_upn_unknown=0'), NULLIF(CONCAT(N' pers_send_flag=', SUM(CASE WHEN LEN([pers_send_flag]) > 5 THEN 1 ELSE 0 END)), N' pers_send_flag=0'), NULLIF(CONCAT(N' pers_is_mother=', SUM(CASE WHEN LEN([pers_is_mother]) > 1 THEN 1 ELSE 0 END)), N' pers_is_mother=0'), NULLIF(CONCAT(N' pers_nationality=', SUM(CASE WHEN LEN([pers_nationality]) > 48 THEN 1 ELSE 0 END)), N' pers_nationality=0')) FROM [#ssd_load_ssd_person];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_person', @cuts) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_person];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
