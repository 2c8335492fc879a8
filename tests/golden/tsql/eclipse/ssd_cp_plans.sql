RAISERROR(N'refilling ssd_cp_plans', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_cp_plans') IS NOT NULL DROP TABLE [#ssd_load_ssd_cp_plans];
    CREATE TABLE [#ssd_load_ssd_cp_plans] ([cppl_cp_plan_id] NVARCHAR(MAX), [cppl_referral_id] NVARCHAR(MAX), [cppl_icpc_id] NVARCHAR(MAX), [cppl_person_id] NVARCHAR(MAX), [cppl_cp_plan_start_date] DATETIME, [cppl_cp_plan_end_date] DATETIME, [cppl_cp_plan_ola] NVARCHAR(MAX), [cppl_cp_plan_initial_category] NVARCHAR(MAX), [cppl_cp_plan_latest_category] NVARCHAR(MAX));
    WITH merge_rows AS (
        SELECT c.PERSONID AS person_id, CAST(c.CLASSIFICATIONASSIGNMENTID AS NVARCHAR(48)) AS row_key,
                c.STARTDATE AS start_date, c.ENDDATE AS end_date, c.ENDREASON AS end_reason
            FROM [CLASSIFICATIONPERSONVIEW] c
            WHERE (c.CLASSIFICATIONPATHID IN (51))
                AND (c.STATUS IS NULL OR NOT UPPER(LTRIM(RTRIM(CAST(c.STATUS AS NVARCHAR(4000))))) = N'DELETED') AND c.STARTDATE IS NOT NULL
                AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(c.PERSONID AS NVARCHAR(48)))
    ),
    merge_marked AS (
        SELECT mr.person_id, mr.row_key, mr.start_date, mr.end_date, mr.end_reason,
            COALESCE(mr.end_date, CAST(GETDATE() AS DATE)) AS end_or_today,
            CASE WHEN MAX(COALESCE(mr.end_date, CAST(GETDATE() AS DATE))) OVER (PARTITION BY mr.person_id
                    ORDER BY mr.start_date, mr.row_key ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
                    >= DATEADD(DAY, 0, mr.start_date) THEN 0 ELSE 1 END AS is_new
        FROM merge_rows mr
    ),
    merge_grouped AS (
        SELECT mm.person_id, mm.row_key, mm.start_date, mm.end_date, mm.end_reason, mm.end_or_today,
            SUM(mm.is_new) OVER (PARTITION BY mm.person_id ORDER BY mm.start_date, mm.row_key
                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS episode_no,
            mm.is_new,
            ROW_NUMBER() OVER (PARTITION BY mm.person_id ORDER BY mm.start_date, mm.row_key) AS row_no
        FROM merge_marked mm
    ),
    merge_last AS (
        SELECT mg.person_id, mg.row_key, mg.start_date, mg.end_date, mg.end_reason, mg.episode_no, mg.is_new,
            ROW_NUMBER() OVER (PARTITION BY mg.person_id, mg.episode_no
                ORDER BY mg.end_or_today DESC, CASE WHEN mg.end_date IS NULL THEN 0 ELSE 1 END, mg.row_no DESC) AS last_no
        FROM merge_grouped mg
    ),episodes AS (
        SELECT ml.person_id,
            MAX(CASE WHEN ml.is_new = 1 THEN ml.row_key END) AS episode_key,
            MIN(ml.start_date) AS episode_start,
            CASE WHEN MAX(CASE WHEN ml.end_date IS NULL THEN 1 ELSE 0 END) = 1 THEN NULL ELSE MAX(ml.end_date) END AS episode_end,
            MAX(CASE WHEN ml.last_no = 1 THEN ml.end_reason END) AS close_reason
        FROM merge_last ml
        GROUP BY ml.person_id, ml.episode_no
    ),
    plans AS (
        SELECT ep.episode_key AS event_key, ep.person_id, ep.episode_start AS event_date, ep.episode_end
        FROM episodes ep
        WHERE (ep.episode_end IS NULL OR ep.episode_end >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)))
    ),
    referrals AS (
        SELECT chosen.event_key, chosen.referral_id
        FROM (
            SELECT ev.event_key, ref.cine_referral_id AS referral_id,
                ROW_NUMBER() OVER (PARTITION BY ev.event_key ORDER BY ref.cine_referral_date DESC, ref.cine_referral_id DESC) AS pick
            FROM plans ev
            JOIN [ssd].[ssd_cin_episodes] ref
                ON ref.cine_person_id = CAST(ev.person_id AS NVARCHAR(48)) AND ref.cine_referral_date <= ev.event_date
        ) chosen
        WHERE chosen.pick = 1
    ),
    conferences AS (
        SELECT cx.event_key, cx.icpc_id
        FROM (
            SELECT p.event_key, i.icpc_icpc_id AS icpc_id,
                ROW_NUMBER() OVER (PARTITION BY p.event_key ORDER BY i.icpc_icpc_date DESC, i.icpc_icpc_id DESC) AS pick
            FROM plans p
            JOIN [ssd].[ssd_initial_cp_conference] i
                ON i.icpc_person_id = CAST(p.person_id AS NVARCHAR(48)) AND i.icpc_icpc_date <= p.event_date
                AND i.icpc_icpc_date >= DATEADD(DAY, -30, p.event_date)
        ) cx
        WHERE cx.pick = 1
    ),
    categories AS (
        SELECT p.event_key, cat.NAME AS category,
            CASE WHEN cat.STARTDATE <= p.event_date THEN 1 ELSE 0 END AS by_start,
            ROW_NUMBER() OVER (PARTITION BY p.event_key, CASE WHEN cat.STARTDATE <= p.event_date THEN 1 ELSE 0 END
                ORDER BY cat.STARTDATE DESC, cat.CLASSIFICATIONASSIGNMENTID DESC) AS initial_no,
            ROW_NUMBER() OVER (PARTITION BY p.event_key ORDER BY cat.STARTDATE DESC, cat.CLASSIFICATIONASSIGNMENTID DESC) AS last_no
        FROM plans p
        JOIN [CLASSIFICATIONPERSONVIEW] cat
            ON cat.PERSONID = p.person_id AND cat.STARTDATE <= COALESCE(p.episode_end, CAST(GETDATE() AS DATE))
            AND (cat.ENDDATE IS NULL OR cat.ENDDATE >= p.event_date)
        WHERE (cat.CLASSIFICATIONPATHID IN (81)) AND (cat.STATUS IS NULL OR NOT UPPER(LTRIM(RTRIM(CAST(cat.STATUS AS NVARCHAR(4000))))) = N'DELETED')
    )
    INSERT INTO [#ssd_load_ssd_cp_plans] ([cppl_cp_plan_id], [cppl_referral_id], [cppl_icpc_id], [cppl_person_id], [cppl_cp_plan_start_date], [cppl_cp_plan_end_date], [cppl_cp_plan_ola], [cppl_cp_plan_initial_category], [cppl_cp_plan_latest_category])
    SELECT
        p.event_key,
        r.referral_id,
        i.icpc_id,
        CAST(p.person_id AS NVARCHAR(48)),
        p.event_date,
        p.episode_end,
        NULL,
        LEFT(first_cat.category, 100),
        LEFT(last_cat.category, 100)
    FROM plans p
    LEFT JOIN referrals r ON r.event_key = p.event_key
    LEFT JOIN conferences i ON i.event_key = p.event_key
    LEFT JOIN categories first_cat ON first_cat.event_key = p.event_key AND first_cat.by_start = 1 AND first_cat.initial_no = 1
    LEFT JOIN categories last_cat ON last_cat.event_key = p.event_key AND last_cat.last_no = 1;
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_cp_plans];
    INSERT INTO [ssd].[ssd_cp_plans] ([cppl_cp_plan_id], [cppl_referral_id], [cppl_icpc_id], [cppl_person_id], [cppl_cp_plan_start_date], [cppl_cp_plan_end_date], [cppl_cp_plan_ola], [cppl_cp_plan_initial_category], [cppl_cp_plan_latest_category])
    SELECT CASE WHEN LEN([cppl_cp_plan_id]) > 48 THEN CONCAT(LEFT([cppl_cp_plan_id], 47), N'…') ELSE [cppl_cp_plan_id] END, CASE WHEN LEN([cppl_referral_id]) > 48 THEN CONCAT(LEFT([cppl_referral_id], 47), N'…') ELSE [cppl_referral_id] END, CASE WHEN LEN([cppl_icpc_id]) > 48 THEN CONCAT(LEFT([cppl_icpc_id], 47), N'…') ELSE [cppl_icpc_id] END, CASE WHEN LEN([cppl_person_id]) > 48 THEN CONCAT(LEFT([cppl_person_id], 47), N'…') ELSE [cppl_person_id] END, [cppl_cp_plan_start_date], [cppl_cp_plan_end_date], CASE WHEN LEN([cppl_cp_plan_ola]) > 1 THEN CONCAT(LEFT([cppl_cp_plan_ola], 0), N'…') ELSE [cppl_cp_plan_ola] END, CASE WHEN LEN([cppl_cp_plan_initial_category]) > 100 THEN CONCAT(LEFT([cppl_cp_plan_initial_category], 99), N'…') ELSE [cppl_cp_plan_initial_category] END, CASE WHEN LEN([cppl_cp_plan_latest_category]) > 100 THEN CONCAT(LEFT([cppl_cp_plan_latest_category], 99), N'…') ELSE [cppl_cp_plan_latest_category] END FROM [#ssd_load_ssd_cp_plans];
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_cp_plans', @loaded) WITH NOWAIT;
    -- one pass over the load table counts both: text cut to fit and values the fill could not convert
    DECLARE @cuts NVARCHAR(4000), @unread NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' cppl_cp_plan_id=', SUM(CASE WHEN LEN([cppl_cp_plan_id]) > 48 THEN 1 ELSE 0 END)), N' cppl_cp_plan_id=0'), NULLIF(CONCAT(N' cppl_referral_id=', SUM(CASE WHEN LEN([cppl_referral_id]) > 48 THEN 1 ELSE 0 END)), N' cppl_referral_id=0'), NULLIF(CONCAT(N' cppl_icpc_id=', SUM(CASE WHEN LEN([cppl_icpc_id]) > 48 THEN 1 ELSE 0 END)), N' cppl_icpc_id=0'), NULLIF(CONCAT(N' cppl_person_id=', SUM(CASE WHEN LEN([cppl_person_id]) > 48 THEN 1 ELSE 0 END)), N' cppl_person_id=0'), NULLIF(CONCAT(N' cppl_cp_plan_ola=', SUM(CASE WHEN LEN([cppl_cp_plan_ola]) > 1 THEN 1 ELSE 0 END)), N' cppl_cp_plan_ola=0'), NULLIF(CONCAT(N' cppl_cp_plan_initial_category=', SUM(CASE WHEN LEN([cppl_cp_plan_initial_category]) > 100 THEN 1 ELSE 0 END)), N' cppl_cp_plan_initial_category=0'), NULLIF(CONCAT(N' cppl_cp_plan_latest_category=', SUM(CASE WHEN LEN([cppl_cp_plan_latest_category]) > 100 THEN 1 ELSE 0 END)), N' cppl_cp_plan_latest_category=0')) FROM [#ssd_load_ssd_cp_plans];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_cp_plans', @cuts) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_cp_plans];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
