
RAISERROR(N'refilling ssd_cla_previous_permanence', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_cla_previous_permanence') IS NOT NULL DROP TABLE [#ssd_load_ssd_cla_previous_permanence];
    CREATE TABLE [#ssd_load_ssd_cla_previous_permanence] ([lapp_table_id] NVARCHAR(MAX), [lapp_person_id] NVARCHAR(MAX), [lapp_previous_permanence_option] NVARCHAR(MAX), [lapp_previous_permanence_la] NVARCHAR(MAX), [lapp_previous_permanence_order_date] NVARCHAR(MAX));
    WITH answers AS (
        SELECT ff.FACT_FORM_ID, ff.DIM_PERSON_ID,
               MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(ffa.ANSWER_NO AS NVARCHAR(4000))))) = N'PREVADOPTORD' THEN LTRIM(RTRIM(ffa.ANSWER)) END) AS option_answer,
               MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(ffa.ANSWER_NO AS NVARCHAR(4000))))) = N'INENG' THEN LTRIM(RTRIM(ffa.ANSWER)) END) AS la_answer,
               MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(ffa.ANSWER_NO AS NVARCHAR(4000))))) = N'ORDERDATE' THEN LTRIM(RTRIM(ffa.ANSWER)) END) AS day_answer,
               MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(ffa.ANSWER_NO AS NVARCHAR(4000))))) = N'ORDERMONTH' THEN LTRIM(RTRIM(ffa.ANSWER)) END) AS month_answer,
               MAX(CASE WHEN UPPER(LTRIM(RTRIM(CAST(ffa.ANSWER_NO AS NVARCHAR(4000))))) = N'ORDERYEAR' THEN LTRIM(RTRIM(ffa.ANSWER)) END) AS year_answer
        FROM [HDM].[Child_Social].[FACT_FORM_ANSWERS] ffa
        JOIN [HDM].[Child_Social].[FACT_FORMS] ff ON ff.FACT_FORM_ID = ffa.FACT_FORM_ID
        WHERE UPPER(ffa.DIM_ASSESSMENT_TEMPLATE_ID_DESC) LIKE N'%OUTCOME%'
            AND UPPER(LTRIM(RTRIM(CAST(ffa.ANSWER_NO AS NVARCHAR(4000))))) IN (N'PREVADOPTORD', N'INENG', N'ORDERDATE', N'ORDERMONTH', N'ORDERYEAR')
            AND ffa.ANSWER IS NOT NULL
            AND ff.DIM_PERSON_ID <> -1
        GROUP BY ff.FACT_FORM_ID, ff.DIM_PERSON_ID
    ),
    parts AS (
        SELECT a.*,
               CASE WHEN CASE WHEN LEN(LTRIM(RTRIM(CAST(a.day_answer AS NVARCHAR(MAX))))) BETWEEN 1 AND 9 AND LTRIM(RTRIM(CAST(a.day_answer AS NVARCHAR(MAX)))) NOT LIKE N'%[^0-9]%' OR LEN(LTRIM(RTRIM(CAST(a.day_answer AS NVARCHAR(MAX))))) BETWEEN 2 AND 10 AND LTRIM(RTRIM(CAST(a.day_answer AS NVARCHAR(MAX)))) LIKE N'-%' AND SUBSTRING(LTRIM(RTRIM(CAST(a.day_answer AS NVARCHAR(MAX)))), 2, 9) NOT LIKE N'%[^0-9]%' THEN TRY_CAST(LTRIM(RTRIM(CAST(a.day_answer AS NVARCHAR(MAX)))) AS INT) END BETWEEN 1 AND 31
                    THEN RIGHT(CONCAT('0', CAST(CASE WHEN LEN(LTRIM(RTRIM(CAST(a.day_answer AS NVARCHAR(MAX))))) BETWEEN 1 AND 9 AND LTRIM(RTRIM(CAST(a.day_answer AS NVARCHAR(MAX)))) NOT LIKE N'%[^0-9]%' OR LEN(LTRIM(RTRIM(CAST(a.day_answer AS NVARCHAR(MAX))))) BETWEEN 2 AND 10 AND LTRIM(RTRIM(CAST(a.day_answer AS NVARCHAR(MAX)))) LIKE N'-%' AND SUBSTRING(LTRIM(RTRIM(CAST(a.day_answer AS NVARCHAR(MAX)))), 2, 9) NOT LIKE N'%[^0-9]%' THEN TRY_CAST(LTRIM(RTRIM(CAST(a.day_answer AS NVARCHAR(MAX)))) AS INT) END AS NVARCHAR(2))), 2) ELSE 'zz' END AS dd,
               CASE UPPER(a.month_answer) WHEN 'JANUARY' THEN '01' WHEN 'JAN' THEN '01' WHEN 'FEBRUARY' THEN '02' WHEN 'FEB' THEN '02' WHEN 'MARCH' THEN '03' WHEN 'MAR' THEN '03' WHEN 'APRIL' THEN '04' WHEN 'APR' THEN '04' WHEN 'MAY' THEN '05' WHEN 'JUNE' THEN '06' WHEN 'JUN' THEN '06' WHEN 'JULY' THEN '07' WHEN 'JUL' THEN '07' WHEN 'AUGUST' THEN '08' WHEN 'AUG' THEN '08' WHEN 'SEPTEMBER' THEN '09' WHEN 'SEP' THEN '09' WHEN 'OCTOBER' THEN '10' WHEN 'OCT' THEN '10' WHEN 'NOVEMBER' THEN '11' WHEN 'NOV' THEN '11' WHEN 'DECEMBER' THEN '12' WHEN 'DEC' THEN '12' ELSE 'zz' END AS mm,
               CASE WHEN CASE WHEN LEN(LTRIM(RTRIM(CAST(a.year_answer AS NVARCHAR(MAX))))) BETWEEN 1 AND 9 AND LTRIM(RTRIM(CAST(a.year_answer AS NVARCHAR(MAX)))) NOT LIKE N'%[^0-9]%' OR LEN(LTRIM(RTRIM(CAST(a.year_answer AS NVARCHAR(MAX))))) BETWEEN 2 AND 10 AND LTRIM(RTRIM(CAST(a.year_answer AS NVARCHAR(MAX)))) LIKE N'-%' AND SUBSTRING(LTRIM(RTRIM(CAST(a.year_answer AS NVARCHAR(MAX)))), 2, 9) NOT LIKE N'%[^0-9]%' THEN TRY_CAST(LTRIM(RTRIM(CAST(a.year_answer AS NVARCHAR(MAX)))) AS INT) END BETWEEN 1000 AND 9999
                    THEN CAST(CASE WHEN LEN(LTRIM(RTRIM(CAST(a.year_answer AS NVARCHAR(MAX))))) BETWEEN 1 AND 9 AND LTRIM(RTRIM(CAST(a.year_answer AS NVARCHAR(MAX)))) NOT LIKE N'%[^0-9]%' OR LEN(LTRIM(RTRIM(CAST(a.year_answer AS NVARCHAR(MAX))))) BETWEEN 2 AND 10 AND LTRIM(RTRIM(CAST(a.year_answer AS NVARCHAR(MAX)))) LIKE N'-%' AND SUBSTRING(LTRIM(RTRIM(CAST(a.year_answer AS NVARCHAR(MAX)))), 2, 9) NOT LIKE N'%[^0-9]%' THEN TRY_CAST(LTRIM(RTRIM(CAST(a.year_answer AS NVARCHAR(MAX)))) AS INT) END AS NVARCHAR(4)) ELSE 'zzzz' END AS yyyy
        FROM answers a
    )
    INSERT INTO [#ssd_load_ssd_cla_previous_permanence] ([lapp_table_id], [lapp_person_id], [lapp_previous_permanence_option], [lapp_previous_permanence_la], [lapp_previous_permanence_order_date])
    SELECT
        CAST(p.FACT_FORM_ID AS NVARCHAR(48)),
        CAST(p.DIM_PERSON_ID AS NVARCHAR(48)),
        NULLIF(LEFT(LTRIM(RTRIM(p.option_answer)), 200), ''),
        NULLIF(LEFT(LTRIM(RTRIM(p.la_answer)), 100), ''),
        CASE WHEN p.day_answer IS NOT NULL OR p.month_answer IS NOT NULL OR p.year_answer IS NOT NULL
             THEN CONCAT(p.dd, '/', p.mm, '/', p.yyyy) END
    FROM parts p
    WHERE EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(p.DIM_PERSON_ID AS NVARCHAR(48)));
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_cla_previous_permanence];
    INSERT INTO [ssd].[ssd_cla_previous_permanence] ([lapp_table_id], [lapp_person_id], [lapp_previous_permanence_option], [lapp_previous_permanence_la], [lapp_previous_permanence_order_date])
    SELECT CASE WHEN LEN([lapp_table_id]) > 48 THEN CONCAT(LEFT([lapp_table_id], 47), N'…') ELSE [lapp_table_id] END, CASE WHEN LEN([lapp_person_id]) > 48 THEN CONCAT(LEFT([lapp_person_id], 47), N'…') ELSE [lapp_person_id] END, CASE WHEN LEN([lapp_previous_permanence_option]) > 200 THEN CONCAT(LEFT([lapp_previous_permanence_option], 199), N'…') ELSE [lapp_previous_permanence_option] END, CASE WHEN LEN([lapp_previous_permanence_la]) > 100 THEN CONCAT(LEFT([lapp_previous_permanence_la], 99), N'…') ELSE [lapp_previous_permanence_la] END, CASE WHEN LEN([lapp_previous_permanence_order_date]) > 10 THEN CONCAT(LEFT([lapp_previous_permanence_order_date], 9), N'…') ELSE [lapp_previous_permanence_order_date] END FROM [#ssd_load_ssd_cla_previous_permanence];
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_cla_previous_permanence', @loaded) WITH NOWAIT;
    -- one pass over the load table counts both: text cut to fit and values the fill could not convert
    DECLARE @cuts NVARCHAR(4000), @unread NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' lapp_table_id=', SUM(CASE WHEN LEN([lapp_table_id]) > 48 THEN 1 ELSE 0 END)), N' lapp_table_id=0'), NULLIF(CONCAT(N' lapp_person_id=', SUM(CASE WHEN LEN([lapp_person_id]) > 48 THEN 1 ELSE 0 END)), N' lapp_person_id=0'), NULLIF(CONCAT(N' lapp_previous_permanence_option=', SUM(CASE WHEN LEN([lapp_previous_permanence_option]) > 200 THEN 1 ELSE 0 END)), N' lapp_previous_permanence_option=0'), NULLIF(CONCAT(N' lapp_previous_permanence_la=', SUM(CASE WHEN LEN([lapp_previous_permanence_la]) > 100 THEN 1 ELSE 0 END)), N' lapp_previous_permanence_la=0'), NULLIF(CONCAT(N' lapp_previous_permanence_order_date=', SUM(CASE WHEN LEN([lapp_previous_permanence_order_date]) > 10 THEN 1 ELSE 0 END)), N' lapp_previous_permanence_order_date=0')) FROM [#ssd_load_ssd_cla_previous_permanence];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_cla_previous_permanence', @cuts) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_cla_previous_permanence];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
