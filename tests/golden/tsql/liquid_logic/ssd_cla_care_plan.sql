
RAISERROR(N'refilling ssd_cla_care_plan', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_cla_care_plan') IS NOT NULL DROP TABLE [#ssd_load_ssd_cla_care_plan];
    CREATE TABLE [#ssd_load_ssd_cla_care_plan] ([lacp_table_id] NVARCHAR(MAX), [lacp_person_id] NVARCHAR(MAX), [lacp_cla_care_plan_start_date] DATETIME, [lacp_cla_care_plan_end_date] DATETIME, [lacp_cla_care_plan_json] NVARCHAR(MAX));
    WITH plans AS (
        SELECT fcp.FACT_CARE_PLAN_ID, fcp.DIM_PERSON_ID, fcp.START_DTTM, fcp.END_DTTM
        FROM [HDM].[Child_Social].[FACT_CARE_PLANS] fcp
        WHERE fcp.DIM_PERSON_ID <> -1
            AND UPPER(LTRIM(RTRIM(CAST(fcp.DIM_LOOKUP_PLAN_STATUS_ID_CODE AS NVARCHAR(4000))))) = N'A'

            AND (fcp.END_DTTM IS NULL OR fcp.END_DTTM >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)))
            AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(fcp.DIM_PERSON_ID AS NVARCHAR(48)))
    ),
    plan_forms AS (
        -- per form: its person and when it was answered
        SELECT ff.FACT_FORM_ID, ff.DIM_PERSON_ID, MAX(ffa.ANSWERED_DTTM) AS answered
        FROM [HDM].[Child_Social].[FACT_FORM_ANSWERS] ffa
        JOIN [HDM].[Child_Social].[FACT_FORMS] ff ON ff.FACT_FORM_ID = ffa.FACT_FORM_ID
        WHERE UPPER(LTRIM(RTRIM(CAST(ffa.ANSWER_NO AS NVARCHAR(4000))))) IN (N'CPFUP1', N'CPFUP2', N'CPFUP3', N'CPFUP4', N'CPFUP5', N'CPFUP6', N'CPFUP7', N'CPFUP8', N'CPFUP9', N'CPFUP10')
        GROUP BY ff.FACT_FORM_ID, ff.DIM_PERSON_ID
    ),
    chosen AS (
        SELECT chosen.FACT_CARE_PLAN_ID, chosen.form_id
        FROM (
            SELECT ev.FACT_CARE_PLAN_ID, pf.FACT_FORM_ID AS form_id,
                ROW_NUMBER() OVER (PARTITION BY ev.FACT_CARE_PLAN_ID ORDER BY pf.answered DESC, pf.FACT_FORM_ID DESC) AS pick
            FROM plans ev
            JOIN plan_forms pf
                ON pf.DIM_PERSON_ID = ev.DIM_PERSON_ID AND (ev.END_DTTM IS NULL OR pf.answered < ev.END_DTTM)
        ) chosen
        WHERE chosen.pick = 1
    ),
    answers AS (
        SELECT c.FACT_CARE_PLAN_ID,
               MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(ffa.ANSWER_NO AS NVARCHAR(4000))))) = N'CPFUP9' THEN LEFT(LTRIM(RTRIM(ffa.ANSWER)), 50) END) AS adoption,
               MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(ffa.ANSWER_NO AS NVARCHAR(4000))))) = N'CPFUP6' THEN LEFT(LTRIM(RTRIM(ffa.ANSWER)), 50) END) AS ltfost18,
               MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(ffa.ANSWER_NO AS NVARCHAR(4000))))) = N'CPFUP5' THEN LEFT(LTRIM(RTRIM(ffa.ANSWER)), 50) END) AS ltrelfr,
               MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(ffa.ANSWER_NO AS NVARCHAR(4000))))) = N'CPFUP10' THEN LEFT(LTRIM(RTRIM(ffa.ANSWER)), 50) END) AS otherpln,
               MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(ffa.ANSWER_NO AS NVARCHAR(4000))))) = N'CPFUP1' THEN LEFT(LTRIM(RTRIM(ffa.ANSWER)), 50) END) AS remainsup,
               MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(ffa.ANSWER_NO AS NVARCHAR(4000))))) = N'CPFUP7' THEN LEFT(LTRIM(RTRIM(ffa.ANSWER)), 50) END) AS resplmt,
               MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(ffa.ANSWER_NO AS NVARCHAR(4000))))) = N'CPFUP2' THEN LEFT(LTRIM(RTRIM(ffa.ANSWER)), 50) END) AS return1m,
               MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(ffa.ANSWER_NO AS NVARCHAR(4000))))) = N'CPFUP3' THEN LEFT(LTRIM(RTRIM(ffa.ANSWER)), 50) END) AS return6m,
               MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(ffa.ANSWER_NO AS NVARCHAR(4000))))) = N'CPFUP4' THEN LEFT(LTRIM(RTRIM(ffa.ANSWER)), 50) END) AS returnev,
               MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(ffa.ANSWER_NO AS NVARCHAR(4000))))) = N'CPFUP8' THEN LEFT(LTRIM(RTRIM(ffa.ANSWER)), 50) END) AS suppliv
        FROM chosen c
        JOIN [HDM].[Child_Social].[FACT_FORM_ANSWERS] ffa ON ffa.FACT_FORM_ID = c.form_id
        GROUP BY c.FACT_CARE_PLAN_ID
    )
    INSERT INTO [#ssd_load_ssd_cla_care_plan] ([lacp_table_id], [lacp_person_id], [lacp_cla_care_plan_start_date], [lacp_cla_care_plan_end_date], [lacp_cla_care_plan_json])
    SELECT
        CAST(p.FACT_CARE_PLAN_ID AS NVARCHAR(48)),
        CAST(p.DIM_PERSON_ID AS NVARCHAR(48)),
        p.START_DTTM,
        p.END_DTTM,
        CONCAT('{', '"REMAINSUP":', CASE WHEN LEN(CASE WHEN LEFT(COALESCE(a.remainsup, ''), 78) IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(LEFT(COALESCE(a.remainsup, ''), 78) AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END) <= 80 THEN CASE WHEN LEFT(COALESCE(a.remainsup, ''), 78) IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(LEFT(COALESCE(a.remainsup, ''), 78) AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END ELSE CASE WHEN LEFT(COALESCE(a.remainsup, ''), 13) IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(LEFT(COALESCE(a.remainsup, ''), 13) AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END END, ',"RETURN1M":', CASE WHEN LEN(CASE WHEN LEFT(COALESCE(a.return1m, ''), 78) IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(LEFT(COALESCE(a.return1m, ''), 78) AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END) <= 80 THEN CASE WHEN LEFT(COALESCE(a.return1m, ''), 78) IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(LEFT(COALESCE(a.return1m, ''), 78) AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END ELSE CASE WHEN LEFT(COALESCE(a.return1m, ''), 13) IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(LEFT(COALESCE(a.return1m, ''), 13) AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END END, ',"RETURN6M":', CASE WHEN LEN(CASE WHEN LEFT(COALESCE(a.return6m, ''), 78) IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(LEFT(COALESCE(a.return6m, ''), 78) AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END) <= 80 THEN CASE WHEN LEFT(COALESCE(a.return6m, ''), 78) IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(LEFT(COALESCE(a.return6m, ''), 78) AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END ELSE CASE WHEN LEFT(COALESCE(a.return6m, ''), 13) IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(LEFT(COALESCE(a.return6m, ''), 13) AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END END, ',"RETURNEV":', CASE WHEN LEN(CASE WHEN LEFT(COALESCE(a.returnev, ''), 78) IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(LEFT(COALESCE(a.returnev, ''), 78) AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END) <= 80 THEN CASE WHEN LEFT(COALESCE(a.returnev, ''), 78) IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(LEFT(COALESCE(a.returnev, ''), 78) AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END ELSE CASE WHEN LEFT(COALESCE(a.returnev, ''), 13) IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(LEFT(COALESCE(a.returnev, ''), 13) AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END END, ',"LTRELFR":', CASE WHEN LEN(CASE WHEN LEFT(COALESCE(a.ltrelfr, ''), 78) IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(LEFT(COALESCE(a.ltrelfr, ''), 78) AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END) <= 80 THEN CASE WHEN LEFT(COALESCE(a.ltrelfr, ''), 78) IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(LEFT(COALESCE(a.ltrelfr, ''), 78) AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END ELSE CASE WHEN LEFT(COALESCE(a.ltrelfr, ''), 13) IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(LEFT(COALESCE(a.ltrelfr, ''), 13) AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END END, ',"LTFOST18":', CASE WHEN LEN(CASE WHEN LEFT(COALESCE(a.ltfost18, ''), 78) IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(LEFT(COALESCE(a.ltfost18, ''), 78) AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END) <= 80 THEN CASE WHEN LEFT(COALESCE(a.ltfost18, ''), 78) IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(LEFT(COALESCE(a.ltfost18, ''), 78) AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END ELSE CASE WHEN LEFT(COALESCE(a.ltfost18, ''), 13) IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(LEFT(COALESCE(a.ltfost18, ''), 13) AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END END, ',"RESPLMT":', CASE WHEN LEN(CASE WHEN LEFT(COALESCE(a.resplmt, ''), 78) IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(LEFT(COALESCE(a.resplmt, ''), 78) AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END) <= 80 THEN CASE WHEN LEFT(COALESCE(a.resplmt, ''), 78) IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(LEFT(COALESCE(a.resplmt, ''), 78) AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END ELSE CASE WHEN LEFT(COALESCE(a.resplmt, ''), 13) IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(LEFT(COALESCE(a.resplmt, ''), 13) AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END END, ',"SUPPLIV":', CASE WHEN LEN(CASE WHEN LEFT(COALESCE(a.suppliv, ''), 78) IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(LEFT(COALESCE(a.suppliv, ''), 78) AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END) <= 80 THEN CASE WHEN LEFT(COALESCE(a.suppliv, ''), 78) IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(LEFT(COALESCE(a.suppliv, ''), 78) AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END ELSE CASE WHEN LEFT(COALESCE(a.suppliv, ''), 13) IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(LEFT(COALESCE(a.suppliv, ''), 13) AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END END, ',"ADOPTION":', CASE WHEN LEN(CASE WHEN LEFT(COALESCE(a.adoption, ''), 78) IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(LEFT(COALESCE(a.adoption, ''), 78) AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END) <= 80 THEN CASE WHEN LEFT(COALESCE(a.adoption, ''), 78) IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(LEFT(COALESCE(a.adoption, ''), 78) AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END ELSE CASE WHEN LEFT(COALESCE(a.adoption, ''), 13) IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(LEFT(COALESCE(a.adoption, ''), 13) AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END END, ',"OTHERPLN":', CASE WHEN LEN(CASE WHEN LEFT(COALESCE(a.otherpln, ''), 78) IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(LEFT(COALESCE(a.otherpln, ''), 78) AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END) <= 80 THEN CASE WHEN LEFT(COALESCE(a.otherpln, ''), 78) IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(LEFT(COALESCE(a.otherpln, ''), 78) AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END ELSE CASE WHEN LEFT(COALESCE(a.otherpln, ''), 13) IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(STRING_ESCAPE(CAST(LEFT(COALESCE(a.otherpln, ''), 13) AS NVARCHAR(MAX)), 'json'), N'\/', N'/'), N'"') END END, '}')
    FROM plans p
    LEFT JOIN answers a ON a.FACT_CARE_PLAN_ID = p.FACT_CARE_PLAN_ID;
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_cla_care_plan];
    INSERT INTO [ssd].[ssd_cla_care_plan] ([lacp_table_id], [lacp_person_id], [lacp_cla_care_plan_start_date], [lacp_cla_care_plan_end_date], [lacp_cla_care_plan_json])
    SELECT CASE WHEN LEN([lacp_table_id]) > 48 THEN CONCAT(LEFT([lacp_table_id], 47), N'…') ELSE [lacp_table_id] END, CASE WHEN LEN([lacp_person_id]) > 48 THEN CONCAT(LEFT([lacp_person_id], 47), N'…') ELSE [lacp_person_id] END, [lacp_cla_care_plan_start_date], [lacp_cla_care_plan_end_date], CASE WHEN LEN([lacp_cla_care_plan_json]) > 1000 THEN CONCAT(LEFT([lacp_cla_care_plan_json], 999), N'…') ELSE [lacp_cla_care_plan_json] END FROM [#ssd_load_ssd_cla_care_plan];
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_cla_care_plan', @loaded) WITH NOWAIT;
    -- one pass over the load table counts both: text cut to fit and values the fill could not convert
    DECLARE @cuts NVARCHAR(4000), @unread NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' lacp_table_id=', SUM(CASE WHEN LEN([lacp_table_id]) > 48 THEN 1 ELSE 0 END)), N' lacp_table_id=0'), NULLIF(CONCAT(N' lacp_person_id=', SUM(CASE WHEN LEN([lacp_person_id]) > 48 THEN 1 ELSE 0 END)), N' lacp_person_id=0'), NULLIF(CONCAT(N' lacp_cla_care_plan_json=', SUM(CASE WHEN LEN([lacp_cla_care_plan_json]) > 1000 THEN 1 ELSE 0 END)), N' lacp_cla_care_plan_json=0')) FROM [#ssd_load_ssd_cla_care_plan];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_cla_care_plan', @cuts) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_cla_care_plan];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
