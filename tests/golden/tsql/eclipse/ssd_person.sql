RAISERROR(N'refilling ssd_person', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_person') IS NOT NULL DROP TABLE [#ssd_load_ssd_person];
    CREATE TABLE [#ssd_load_ssd_person] ([pers_legacy_id] NVARCHAR(MAX), [pers_person_id] NVARCHAR(MAX), [pers_upn] NVARCHAR(MAX), [pers_forename] NVARCHAR(MAX), [pers_surname] NVARCHAR(MAX), [pers_sex] NVARCHAR(MAX), [pers_gender] NVARCHAR(MAX), [pers_ethnicity] NVARCHAR(MAX), [pers_dob] DATETIME, [pers_single_unique_id] NVARCHAR(MAX), [pers_upn_unknown] NVARCHAR(MAX), [pers_send_flag] NVARCHAR(MAX), [pers_expected_dob] DATETIME, [pers_death_date] DATETIME, [pers_is_mother] NVARCHAR(MAX), [pers_nationality] NVARCHAR(MAX));
    WITH upn AS (
        SELECT ux.person_id, ux.upn
        FROM (
            SELECT r.PERSONID AS person_id, LEFT(LTRIM(RTRIM(r.REFERENCENUMBER)), 13) AS upn,
                ROW_NUMBER() OVER (PARTITION BY r.PERSONID ORDER BY
                    CASE WHEN r.ENDDATE IS NULL THEN 0 ELSE 1 END, r.ENDDATE DESC,
                    CASE WHEN r.STARTDATE IS NULL THEN 1 ELSE 0 END, r.STARTDATE DESC, r.REFERENCENUMBER) AS pick
            FROM [REFERENCENUMBERPERSONVIEW] r
            WHERE UPPER(LTRIM(RTRIM(CAST(r.REFERENCETYPECODE AS NVARCHAR(4000))))) = N'UPN'
                AND r.REFERENCENUMBER IS NOT NULL
        ) ux
        WHERE ux.pick = 1
    ),
    unknown_reason AS (
        SELECT uk.person_id, uk.code
        FROM (
            SELECT c.PERSONID AS person_id, cl.CODE AS code,
                ROW_NUMBER() OVER (PARTITION BY c.PERSONID ORDER BY c.STARTDATE DESC, c.CLASSIFICATIONASSIGNMENTID DESC) AS pick
            FROM [CLASSIFICATIONPERSONVIEW] c
            JOIN [CLASSIFICATION] cl ON cl.ID = c.CLASSIFICATIONCODEID
            WHERE cl.CLASSIFICATION_GROUP_FK = 2
                AND cl.CODE IN ('UN1', 'UN2', 'UN3', 'UN4', 'UN5', 'UN6', 'UN7', 'UN8', 'UN9', 'UN10')
                AND (c.STATUS IS NULL OR NOT UPPER(LTRIM(RTRIM(CAST(c.STATUS AS NVARCHAR(4000))))) = N'DELETED')
                AND (c.ENDDATE IS NULL OR c.ENDDATE >= CAST(GETDATE() AS DATE))
        ) uk
        WHERE uk.pick = 1
    ),active AS (
        SELECT ca.PERSONID AS person_id
        FROM [CLASSIFICATIONPERSONVIEW] ca
        WHERE (ca.STATUS IS NULL OR NOT UPPER(LTRIM(RTRIM(CAST(ca.STATUS AS NVARCHAR(4000))))) = N'DELETED')
            AND ((ca.CLASSIFICATIONPATHID IN (4, 51, 23, 10) OR ca.CLASSIFICATIONCODEID IN (1270))
                OR (ca.CLASSIFICATIONPATHID IN (4) OR ca.CLASSIFICATIONCODEID IN (1270)))
            AND (ca.ENDDATE IS NULL OR ca.ENDDATE >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)))
        UNION
        SELECT eoc.PERSONID FROM [CLAEPISODEOFCAREVIEW] eoc
        WHERE (eoc.EOCENDDATE IS NULL OR eoc.EOCENDDATE >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)))
        UNION
        SELECT cl.PERSONID FROM [CLACARELEAVERDETAILSVIEW] cl
        WHERE cl.CONTACTDATE >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE))
        UNION
        SELECT rp.PERSONID FROM [RELATIONSHIPPROFESSIONALVIEW] rp
        WHERE UPPER(LTRIM(RTRIM(CAST(rp.ALLOCATEDWORKERCODE AS NVARCHAR(4000))))) = N'AW'
            AND (rp.CLOSEDATE IS NULL OR rp.CLOSEDATE >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)))
        UNION
        SELECT rf.ANSWERFORSUBJECTID FROM [FORMANSWERPERSONVIEW] rf
        WHERE rf.DESIGNGUID = N'e6d9de9a-b56c-49d0-ab87-0f913ca8fc5f'
            AND UPPER(LTRIM(RTRIM(CAST(rf.INSTANCESTATE AS NVARCHAR(4000))))) = N'COMPLETE' AND rf.DATECOMPLETED >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE))
    ),
    cohort AS (
        SELECT p.PERSONID AS person_id
        FROM [PERSONDEMOGRAPHICSVIEW] p
        JOIN [PERSONVIEW] pv ON pv.PERSONID = p.PERSONID
        JOIN active ON active.person_id = p.PERSONID
        WHERE COALESCE(pv.DUPLICATED, '') <> 'DUPLICATE'
            AND UPPER(COALESCE(pv.FORENAME, '')) NOT LIKE '%DUPLICATE%'
            AND UPPER(COALESCE(pv.SURNAME, '')) NOT LIKE '%DUPLICATE%'
            AND p.PERSONID NOT IN (1, 2, 3, 4, 5, 6)
    ),
    uasc AS (
        SELECT DISTINCT ua.PERSONID AS person_id
        FROM [CLASSIFICATIONPERSONVIEW] ua
        WHERE ua.CLASSIFICATIONCODEID = 423
            AND (ua.STATUS IS NULL OR NOT UPPER(LTRIM(RTRIM(CAST(ua.STATUS AS NVARCHAR(4000))))) = N'DELETED') AND (ua.ENDDATE IS NULL OR ua.ENDDATE >= CAST(GETDATE() AS DATE))
    ),parents AS (
        SELECT ra.ROLE_A_PERSON_FK AS person_id, ka.DATEOFBIRTH AS other_dob
        FROM [PERSON_PER_RELATIONSHIP] ra
        JOIN [PERSONVIEW] ka ON ka.PERSONID = ra.ROLE_B_PERSON_FK
        WHERE ra.PERSON_PER_REL_TYPE_FK = 17
        UNION ALL
        SELECT rb.ROLE_B_PERSON_FK, kb.DATEOFBIRTH
        FROM [PERSON_PER_RELATIONSHIP] rb
        JOIN [PERSONVIEW] kb ON kb.PERSONID = rb.ROLE_A_PERSON_FK
        WHERE rb.PERSON_PER_REL_TYPE_FK = 17
    ),
    mothers AS (
        SELECT DISTINCT pa.person_id
        FROM parents pa
        JOIN [PERSONDEMOGRAPHICSVIEW] pm ON pm.PERSONID = pa.person_id
        WHERE UPPER(LTRIM(RTRIM(CAST(pm.SEX AS NVARCHAR(4000))))) = N'FEMALE' AND pa.other_dob >= pm.DATEOFBIRTH
    )
    INSERT INTO [#ssd_load_ssd_person] ([pers_legacy_id], [pers_person_id], [pers_upn], [pers_forename], [pers_surname], [pers_sex], [pers_gender], [pers_ethnicity], [pers_dob], [pers_single_unique_id], [pers_upn_unknown], [pers_send_flag], [pers_expected_dob], [pers_death_date], [pers_is_mother], [pers_nationality])
    SELECT
        p.CAREFIRSTID,
        CAST(p.PERSONID AS NVARCHAR(48)),
        upn.upn,
        p.FORENAME,
        p.SURNAME,
        CASE p.SEX WHEN 'Male' THEN 'M' WHEN 'Female' THEN 'F' ELSE 'U' END,
        CASE WHEN p.GENDER IS NULL THEN '00' WHEN UPPER(LTRIM(RTRIM(CAST(p.GENDER AS NVARCHAR(4000))))) = N'MAN' THEN '01' WHEN UPPER(LTRIM(RTRIM(CAST(p.GENDER AS NVARCHAR(4000))))) = N'WOMAN' THEN '02' ELSE '09' END,    CASE
            WHEN p.ETHNICITYCODE IS NULL THEN 'NOBT'
            WHEN UPPER(p.ETHNICITYCODE) IN (N'ABAN', N'AIND', N'AOTH', N'APKN', N'BAFR', N'BCRB', N'BOTH', N'CHNE', N'MOTH', N'MWAS', N'MWBA', N'MWBC', N'NOBT', N'OOTH', N'REFU', N'WBRI', N'WIRI', N'WIRT', N'WOTH', N'WROM', N'ORAB') THEN UPPER(p.ETHNICITYCODE)
            ELSE COALESCE(CASE WHEN UPPER(LTRIM(RTRIM(CAST(UPPER(p.ETHNICITYCODE) AS NVARCHAR(4000))))) = N'ARAB' THEN N'ORAB' WHEN UPPER(LTRIM(RTRIM(CAST(UPPER(p.ETHNICITYCODE) AS NVARCHAR(4000))))) = N'BANGLADESHI' THEN N'ABAN' WHEN UPPER(LTRIM(RTRIM(CAST(UPPER(p.ETHNICITYCODE) AS NVARCHAR(4000))))) = N'INDIAN' THEN N'AIND' WHEN UPPER(LTRIM(RTRIM(CAST(UPPER(p.ETHNICITYCODE) AS NVARCHAR(4000))))) = N'OTHER_ASIAN' THEN N'AOTH' WHEN UPPER(LTRIM(RTRIM(CAST(UPPER(p.ETHNICITYCODE) AS NVARCHAR(4000))))) = N'ENG_SCOT_TRAVELLER' THEN N'AOTH' WHEN UPPER(LTRIM(RTRIM(CAST(UPPER(p.ETHNICITYCODE) AS NVARCHAR(4000))))) = N'PAKISTANI' THEN N'APKN' WHEN UPPER(LTRIM(RTRIM(CAST(UPPER(p.ETHNICITYCODE) AS NVARCHAR(4000))))) = N'AFRICAN' THEN N'BAFR' WHEN UPPER(LTRIM(RTRIM(CAST(UPPER(p.ETHNICITYCODE) AS NVARCHAR(4000))))) = N'BLACK_AFRICAN' THEN N'BAFR' WHEN UPPER(LTRIM(RTRIM(CAST(UPPER(p.ETHNICITYCODE) AS NVARCHAR(4000))))) = N'BLACK_CARIBBEAN' THEN N'BCRB' WHEN UPPER(LTRIM(RTRIM(CAST(UPPER(p.ETHNICITYCODE) AS NVARCHAR(4000))))) = N'CARIBBEAN' THEN N'BCRB' WHEN UPPER(LTRIM(RTRIM(CAST(UPPER(p.ETHNICITYCODE) AS NVARCHAR(4000))))) = N'OTHER_BLACK' THEN N'BOTH' WHEN UPPER(LTRIM(RTRIM(CAST(UPPER(p.ETHNICITYCODE) AS NVARCHAR(4000))))) = N'OTHER_AFRICAN' THEN N'BOTH' WHEN UPPER(LTRIM(RTRIM(CAST(UPPER(p.ETHNICITYCODE) AS NVARCHAR(4000))))) = N'CHINESE' THEN N'CHNE' WHEN UPPER(LTRIM(RTRIM(CAST(UPPER(p.ETHNICITYCODE) AS NVARCHAR(4000))))) = N'OTHER_MIXED' THEN N'MOTH' WHEN UPPER(LTRIM(RTRIM(CAST(UPPER(p.ETHNICITYCODE) AS NVARCHAR(4000))))) = N'WHITE_AND_ASIAN' THEN N'MWAS' WHEN UPPER(LTRIM(RTRIM(CAST(UPPER(p.ETHNICITYCODE) AS NVARCHAR(4000))))) = N'WHITE_AND_BLACK_AFRICAN' THEN N'MWBA' WHEN UPPER(LTRIM(RTRIM(CAST(UPPER(p.ETHNICITYCODE) AS NVARCHAR(4000))))) = N'WHITE_AND_BLACK_CARIBBEAN' THEN N'MWBC' WHEN UPPER(LTRIM(RTRIM(CAST(UPPER(p.ETHNICITYCODE) AS NVARCHAR(4000))))) = N'NOT_KNOWN' THEN N'NOBT' WHEN UPPER(LTRIM(RTRIM(CAST(UPPER(p.ETHNICITYCODE) AS NVARCHAR(4000))))) = N'OTHER_ETHNIC' THEN N'OOTH' WHEN UPPER(LTRIM(RTRIM(CAST(UPPER(p.ETHNICITYCODE) AS NVARCHAR(4000))))) = N'REFUSED' THEN N'REFU' WHEN UPPER(LTRIM(RTRIM(CAST(UPPER(p.ETHNICITYCODE) AS NVARCHAR(4000))))) = N'WHITE_BRITISH' THEN N'WBRI' WHEN UPPER(LTRIM(RTRIM(CAST(UPPER(p.ETHNICITYCODE) AS NVARCHAR(4000))))) = N'WHITE_NORTHERNIRISH' THEN N'WBRI' WHEN UPPER(LTRIM(RTRIM(CAST(UPPER(p.ETHNICITYCODE) AS NVARCHAR(4000))))) = N'WHITE_SCOTTISH' THEN N'WBRI' WHEN UPPER(LTRIM(RTRIM(CAST(UPPER(p.ETHNICITYCODE) AS NVARCHAR(4000))))) = N'WHITE_WELSH' THEN N'WBRI' WHEN UPPER(LTRIM(RTRIM(CAST(UPPER(p.ETHNICITYCODE) AS NVARCHAR(4000))))) = N'WHITE_IRISH' THEN N'WIRI' WHEN UPPER(LTRIM(RTRIM(CAST(UPPER(p.ETHNICITYCODE) AS NVARCHAR(4000))))) = N'IRISHTRAVELLER' THEN N'WIRT' WHEN UPPER(LTRIM(RTRIM(CAST(UPPER(p.ETHNICITYCODE) AS NVARCHAR(4000))))) = N'OTHER_WHITE_ORIGIN' THEN N'WOTH' WHEN UPPER(LTRIM(RTRIM(CAST(UPPER(p.ETHNICITYCODE) AS NVARCHAR(4000))))) = N'WHITE_POLISH' THEN N'WOTH' WHEN UPPER(LTRIM(RTRIM(CAST(UPPER(p.ETHNICITYCODE) AS NVARCHAR(4000))))) = N'GYPSY' THEN N'WROM' WHEN UPPER(LTRIM(RTRIM(CAST(UPPER(p.ETHNICITYCODE) AS NVARCHAR(4000))))) = N'TRAVELLER' THEN N'WROM' WHEN UPPER(LTRIM(RTRIM(CAST(UPPER(p.ETHNICITYCODE) AS NVARCHAR(4000))))) = N'ROMA' THEN N'WROM' END, 'NOBT')
        END,
        p.DATEOFBIRTH,
        p.NHSNUMBER,    CASE WHEN upn.upn IS NOT NULL THEN NULL ELSE COALESCE(
            unknown_reason.code,
            CASE WHEN (p.DIEDDATE IS NULL AND p.DATEOFBIRTH > DATEADD(YEAR, -5, CAST(GETDATE() AS DATE)))
                OR (p.DIEDDATE IS NOT NULL AND p.DIEDDATE < DATEADD(DAY, 1826, p.DATEOFBIRTH)) THEN 'UN1' END,
            CASE WHEN uasc.person_id IS NOT NULL THEN 'UN2' END)
        END,
        NULL,    CASE WHEN p.DATEOFBIRTH IS NULL THEN p.DUEDATE END,
        p.DIEDDATE,
        CASE WHEN mothers.person_id IS NOT NULL THEN 'Y' ELSE 'N' END,
        p.COUNTRYOFBIRTHCODE
    FROM [PERSONDEMOGRAPHICSVIEW] p
    JOIN cohort ON cohort.person_id = p.PERSONID
    LEFT JOIN upn ON upn.person_id = p.PERSONID
    LEFT JOIN unknown_reason ON unknown_reason.person_id = p.PERSONID
    LEFT JOIN uasc ON uasc.person_id = p.PERSONID
    LEFT JOIN mothers ON mothers.person_id = p.PERSONID;
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_person];
    INSERT INTO [ssd].[ssd_person] ([pers_legacy_id], [pers_person_id], [pers_upn], [pers_forename], [pers_surname], [pers_sex], [pers_gender], [pers_ethnicity], [pers_dob], [pers_single_unique_id], [pers_upn_unknown], [pers_send_flag], [pers_expected_dob], [pers_death_date], [pers_is_mother], [pers_nationality])
    SELECT CASE WHEN LEN([pers_legacy_id]) > 48 THEN CONCAT(LEFT([pers_legacy_id], 47), N'…') ELSE [pers_legacy_id] END, CASE WHEN LEN([pers_person_id]) > 48 THEN CONCAT(LEFT([pers_person_id], 47), N'…') ELSE [pers_person_id] END, CASE WHEN LEN([pers_upn]) > 13 THEN CONCAT(LEFT([pers_upn], 12), N'…') ELSE [pers_upn] END, CASE WHEN LEN([pers_forename]) > 100 THEN CONCAT(LEFT([pers_forename], 99), N'…') ELSE [pers_forename] END, CASE WHEN LEN([pers_surname]) > 255 THEN CONCAT(LEFT([pers_surname], 254), N'…') ELSE [pers_surname] END, CASE WHEN LEN([pers_sex]) > 20 THEN CONCAT(LEFT([pers_sex], 19), N'…') ELSE [pers_sex] END, CASE WHEN LEN([pers_gender]) > 10 THEN CONCAT(LEFT([pers_gender], 9), N'…') ELSE [pers_gender] END, CASE WHEN LEN([pers_ethnicity]) > 48 THEN CONCAT(LEFT([pers_ethnicity], 47), N'…') ELSE [pers_ethnicity] END, [pers_dob], CASE WHEN LEN([pers_single_unique_id]) > 48 THEN CONCAT(LEFT([pers_single_unique_id], 47), N'…') ELSE [pers_single_unique_id] END, CASE WHEN LEN([pers_upn_unknown]) > 6 THEN CONCAT(LEFT([pers_upn_unknown], 5), N'…') ELSE [pers_upn_unknown] END, CASE WHEN LEN([pers_send_flag]) > 5 THEN CONCAT(LEFT([pers_send_flag], 4), N'…') ELSE [pers_send_flag] END, [pers_expected_dob], [pers_death_date], CASE WHEN LEN([pers_is_mother]) > 1 THEN CONCAT(LEFT([pers_is_mother], 0), N'…') ELSE [pers_is_mother] END, CASE WHEN LEN([pers_nationality]) > 48 THEN CONCAT(LEFT([pers_nationality], 47), N'…') ELSE [pers_nationality] END FROM [#ssd_load_ssd_person];
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_person', @loaded) WITH NOWAIT;
    DECLARE @cuts NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' pers_legacy_id=', SUM(CASE WHEN LEN([pers_legacy_id]) > 48 THEN 1 ELSE 0 END)), N' pers_legacy_id=0'), N'', NULLIF(CONCAT(N' pers_person_id=', SUM(CASE WHEN LEN([pers_person_id]) > 48 THEN 1 ELSE 0 END)), N' pers_person_id=0'), N'', NULLIF(CONCAT(N' pers_upn=', SUM(CASE WHEN LEN([pers_upn]) > 13 THEN 1 ELSE 0 END)), N' pers_upn=0'), N'', NULLIF(CONCAT(N' pers_forename=', SUM(CASE WHEN LEN([pers_forename]) > 100 THEN 1 ELSE 0 END)), N' pers_forename=0'), N'', NULLIF(CONCAT(N' pers_surname=', SUM(CASE WHEN LEN([pers_surname]) > 255 THEN 1 ELSE 0 END)), N' pers_surname=0'), N'', NULLIF(CONCAT(N' pers_sex=', SUM(CASE WHEN LEN([pers_sex]) > 20 THEN 1 ELSE 0 END)), N' pers_sex=0'), N'', NULLIF(CONCAT(N' pers_gender=', SUM(CASE WHEN LEN([pers_gender]) > 10 THEN 1 ELSE 0 END)), N' pers_gender=0'), N'', NULLIF(CONCAT(N' pers_ethnicity=', SUM(CASE WHEN LEN([pers_ethnicity]) > 48 THEN 1 ELSE 0 END)), N' pers_ethnicity=0'), N'', NULLIF(CONCAT(N' pers_single_unique_id=', SUM(CASE WHEN LEN([pers_single_unique_id]) > 48 THEN 1 ELSE 0 END)), N' pers_single_unique_id=0'), N'', NULLIF(CONCAT(N' pers_upn_unknown=', SUM(CASE WHEN LEN([pers_upn_unknown]) > 6 THEN 1 ELSE 0 END)), N' pers_upn_unknown=0'), N'', NULLIF(CONCAT(N' pers_send_flag=', SUM(CASE WHEN LEN([pers_send_flag]) > 5 THEN 1 ELSE 0 END)), N' pers_send_flag=0'), N'', NULLIF(CONCAT(N' pers_is_mother=', SUM(CASE WHEN LEN([pers_is_mother]) > 1 THEN 1 ELSE 0 END)), N' pers_is_mother=0'), N'', NULLIF(CONCAT(N' pers_nationality=', SUM(CASE WHEN LEN([pers_nationality]) > 48 THEN 1 ELSE 0 END)), N' pers_nationality=0')) FROM [#ssd_load_ssd_person];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_person', @cuts) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_person];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
