RAISERROR(N'refilling ssd_contacts', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_contacts') IS NOT NULL DROP TABLE [#ssd_load_ssd_contacts];
    CREATE TABLE [#ssd_load_ssd_contacts] ([cont_contact_id] NVARCHAR(MAX), [cont_person_id] NVARCHAR(MAX), [cont_contact_date] DATETIME, [cont_contact_source_code] NVARCHAR(MAX), [cont_contact_source_desc] NVARCHAR(MAX), [cont_contact_outcome_json] NVARCHAR(MAX));
    INSERT INTO [#ssd_load_ssd_contacts] ([cont_contact_id], [cont_person_id], [cont_contact_date], [cont_contact_source_code], [cont_contact_source_desc], [cont_contact_outcome_json])
    SELECT
        CAST(fc.FACT_CONTACT_ID AS NVARCHAR(48)),
        CAST(fc.DIM_PERSON_ID AS NVARCHAR(48)),
        fc.CONTACT_DTTM,
        CAST(NULLIF(fc.DIM_LOOKUP_CONT_SORC_ID, -1) AS NVARCHAR(48)),
        NULLIF(LEFT(LTRIM(RTRIM(fc.DIM_LOOKUP_CONT_SORC_ID_DESC)), 255), ''),
        CONCAT('{', '"NEW_REFERRAL_FLAG":', CASE WHEN COALESCE(LEFT(LTRIM(RTRIM(fc.OUTCOME_NEW_REFERRAL_FLAG)), 3), '') IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(COALESCE(LEFT(LTRIM(RTRIM(fc.OUTCOME_NEW_REFERRAL_FLAG)), 3), '') AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END, ',"EXISTING_REFERRAL_FLAG":', CASE WHEN COALESCE(LEFT(LTRIM(RTRIM(fc.OUTCOME_EXISTING_REFERRAL_FLAG)), 3), '') IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(COALESCE(LEFT(LTRIM(RTRIM(fc.OUTCOME_EXISTING_REFERRAL_FLAG)), 3), '') AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END, ',"CP_ENQUIRY_FLAG":', CASE WHEN COALESCE(LEFT(LTRIM(RTRIM(fc.OUTCOME_CP_ENQUIRY_FLAG)), 3), '') IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(COALESCE(LEFT(LTRIM(RTRIM(fc.OUTCOME_CP_ENQUIRY_FLAG)), 3), '') AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END, ',"NFA_FLAG":', CASE WHEN COALESCE(LEFT(LTRIM(RTRIM(fc.OUTCOME_NFA_FLAG)), 3), '') IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(COALESCE(LEFT(LTRIM(RTRIM(fc.OUTCOME_NFA_FLAG)), 3), '') AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END, ',"NON_AGENCY_ADOPTION_FLAG":', CASE WHEN COALESCE(LEFT(LTRIM(RTRIM(fc.OUTCOME_NON_AGENCY_ADOPTION_FLAG)), 3), '') IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(COALESCE(LEFT(LTRIM(RTRIM(fc.OUTCOME_NON_AGENCY_ADOPTION_FLAG)), 3), '') AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END, ',"PRIVATE_FOSTERING_FLAG":', CASE WHEN COALESCE(LEFT(LTRIM(RTRIM(fc.OUTCOME_PRIVATE_FOSTERING_FLAG)), 3), '') IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(COALESCE(LEFT(LTRIM(RTRIM(fc.OUTCOME_PRIVATE_FOSTERING_FLAG)), 3), '') AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END, ',"ADVICE_FLAG":', CASE WHEN COALESCE(LEFT(LTRIM(RTRIM(fc.OUTCOME_ADVICE_FLAG)), 3), '') IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(COALESCE(LEFT(LTRIM(RTRIM(fc.OUTCOME_ADVICE_FLAG)), 3), '') AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END, ',"MISSING_FLAG":', CASE WHEN COALESCE(LEFT(LTRIM(RTRIM(fc.OUTCOME_MISSING_FLAG)), 3), '') IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(COALESCE(LEFT(LTRIM(RTRIM(fc.OUTCOME_MISSING_FLAG)), 3), '') AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END, ',"OLA_CP_FLAG":', CASE WHEN COALESCE(LEFT(LTRIM(RTRIM(fc.OUTCOME_OLA_CP_FLAG)), 3), '') IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(COALESCE(LEFT(LTRIM(RTRIM(fc.OUTCOME_OLA_CP_FLAG)), 3), '') AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END, ',"OTHER_OUTCOMES_EXIST_FLAG":', CASE WHEN COALESCE(LEFT(LTRIM(RTRIM(fc.OTHER_OUTCOMES_EXIST_FLAG)), 3), '') IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(COALESCE(LEFT(LTRIM(RTRIM(fc.OTHER_OUTCOMES_EXIST_FLAG)), 3), '') AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END, ',"NUMBER_OF_OUTCOMES":', COALESCE(CAST(CASE WHEN fc.TOTAL_NO_OF_OUTCOMES >= 0 THEN fc.TOTAL_NO_OF_OUTCOMES END AS NVARCHAR(12)), 'null'), ',"COMMENTS":', CASE WHEN LEFT(fc.OUTCOME_COMMENTS, 900) IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(LEFT(fc.OUTCOME_COMMENTS, 900) AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END, '}')
    FROM [HDM].[Child_Social].[FACT_CONTACTS] fc
    WHERE fc.DIM_PERSON_ID <> -1
        AND fc.CONTACT_DTTM >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE))
        AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(fc.DIM_PERSON_ID AS NVARCHAR(48)));
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
