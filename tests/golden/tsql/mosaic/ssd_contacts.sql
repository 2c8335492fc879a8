RAISERROR(N'refilling ssd_contacts', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_contacts') IS NOT NULL DROP TABLE [#ssd_load_ssd_contacts];
    CREATE TABLE [#ssd_load_ssd_contacts] ([cont_contact_id] NVARCHAR(MAX), [cont_person_id] NVARCHAR(MAX), [cont_contact_date] DATETIME, [cont_contact_source_code] NVARCHAR(MAX), [cont_contact_source_desc] NVARCHAR(MAX), [cont_contact_outcome_json] NVARCHAR(MAX));
    WITH contacts AS (
        SELECT s.WORKFLOW_STEP_ID AS step_id, ss.SUBJECT_COMPOUND_ID AS person_id,
               COALESCE(s.STARTED_ON, s.INCOMING_ON) AS contact_date
        FROM [DM_WORKFLOW_STEPS] s
        JOIN [dm_subgroup_subjects] ss ON ss.SUBGROUP_ID = s.SUBGROUP_ID AND UPPER(LTRIM(RTRIM(CAST(ss.SUBJECT_TYPE_CODE AS NVARCHAR(4000))))) = N'PER'
        WHERE UPPER(LTRIM(RTRIM(CAST(s.IS_CHILD_CONTACT AS NVARCHAR(4000))))) = N'Y'
          AND UPPER(LTRIM(RTRIM(CAST(s.STEP_STATUS AS NVARCHAR(4000))))) IN (N'INCOMING', N'STARTED', N'REOPENED', N'COMPLETED')
          AND COALESCE(s.STARTED_ON, s.INCOMING_ON) >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE))
          AND COALESCE(s.STARTED_ON, s.INCOMING_ON) <= CAST(GETDATE() AS DATE)
    ),
    sources AS (
        SELECT sd.WORKFLOW_STEP_ID AS step_id, MIN(sd.SOURCE_TYPE_ID) AS source_type_id
        FROM [DM_STEP_SOURCE_DETAILS] sd
        GROUP BY sd.WORKFLOW_STEP_ID
    ),
    outcomes AS (
        SELECT c.step_id, c.person_id,
               MAX(CASE WHEN rf.REFERRAL_ID IS NOT NULL THEN 'Y' ELSE 'N' END) AS new_referral,
               MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(na.IS_NO_FURTHER_ACTION AS NVARCHAR(4000))))) = N'Y' THEN 'Y' ELSE 'N' END) AS nfa
        FROM contacts c
        JOIN [dm_workflow_links] wl ON wl.SOURCE_STEP_ID = c.step_id
        JOIN [DM_WORKFLOW_STEPS] ts ON ts.WORKFLOW_STEP_ID = wl.TARGET_STEP_ID
        JOIN [dm_subgroup_subjects] tss
             ON tss.SUBGROUP_ID = ts.SUBGROUP_ID AND UPPER(LTRIM(RTRIM(CAST(tss.SUBJECT_TYPE_CODE AS NVARCHAR(4000))))) = N'PER' AND tss.SUBJECT_COMPOUND_ID = c.person_id
        LEFT JOIN [dm_WORKFLOW_NXT_ACTION_TYPES] na ON na.WORKFLOW_NEXT_ACTION_TYPE_ID = wl.WORKFLOW_NEXT_ACTION_TYPE_ID
        LEFT JOIN [dm_cin_referrals] rf ON rf.REFERRAL_ID = wl.TARGET_STEP_ID AND rf.PERSON_ID = c.person_id
        WHERE UPPER(LTRIM(RTRIM(CAST(ts.STEP_STATUS AS NVARCHAR(4000))))) IN (N'INCOMING', N'STARTED', N'REOPENED', N'COMPLETED')
        GROUP BY c.step_id, c.person_id
    )
    INSERT INTO [#ssd_load_ssd_contacts] ([cont_contact_id], [cont_person_id], [cont_contact_date], [cont_contact_source_code], [cont_contact_source_desc], [cont_contact_outcome_json])
    SELECT
        CONCAT(CAST(c.step_id AS NVARCHAR(20)), '-', CAST(c.person_id AS NVARCHAR(20))),
        CAST(c.person_id AS VARCHAR(48)),
        c.contact_date,
        NULL,  -- cont_contact_source_code: the data mart holds only the source description
        LEFT(st.DESCRIPTION, 255),
        CONCAT('{"NEW_REFERRAL_FLAG": "', COALESCE(o.new_referral, 'N'),
               '", "EXISTING_REFERRAL_FLAG": "", "CP_ENQUIRY_FLAG": "", "NFA_FLAG": "', COALESCE(o.nfa, 'N'),
               '", "NON_AGENCY_ADOPTION_FLAG": "", "PRIVATE_FOSTERING_FLAG": "", "ADVICE_FLAG": "", "MISSING_FLAG": "", ',
               '"OLA_CP_FLAG": "", "OTHER_OUTCOMES_EXIST_FLAG": ""}')
    FROM contacts c
    LEFT JOIN sources so ON so.step_id = c.step_id
    LEFT JOIN [DM_STEP_SOURCE_TYPES] st ON st.SOURCE_TYPE_ID = so.source_type_id
    LEFT JOIN outcomes o ON o.step_id = c.step_id AND o.person_id = c.person_id
    WHERE EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(c.person_id AS NVARCHAR(48)));
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
