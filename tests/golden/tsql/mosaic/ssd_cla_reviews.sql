RAISERROR(N'refilling ssd_cla_reviews', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_cla_reviews') IS NOT NULL DROP TABLE [#ssd_load_ssd_cla_reviews];
    CREATE TABLE [#ssd_load_ssd_cla_reviews] ([clar_cla_review_id] NVARCHAR(MAX), [clar_cla_id] NVARCHAR(MAX), [clar_cla_person_id] NVARCHAR(MAX), [clar_cla_review_due_date] DATETIME, [clar_cla_review_date] DATETIME, [clar_cla_review_cancelled] NVARCHAR(MAX), [clar_cla_review_participation] NVARCHAR(MAX));
    WITH reviews AS (
        SELECT s.WORKFLOW_STEP_ID AS step_id, ss.SUBJECT_COMPOUND_ID AS person_id,
               CASE WHEN UPPER(LTRIM(RTRIM(CAST(s.STEP_STATUS AS NVARCHAR(4000))))) = N'CANCELLED' THEN 'Y' ELSE 'N' END AS cancelled,
               CASE WHEN UPPER(LTRIM(RTRIM(CAST(s.STEP_STATUS AS NVARCHAR(4000))))) = N'COMPLETED' THEN s.LAC_REVIEW_DATE END AS review_date,
               CASE WHEN UPPER(LTRIM(RTRIM(CAST(s.STEP_STATUS AS NVARCHAR(4000))))) = N'COMPLETED' THEN s.LAC_REVIEW_PARTICIPATION_CODE END AS participation,
               CASE WHEN UPPER(LTRIM(RTRIM(CAST(s.STEP_STATUS AS NVARCHAR(4000))))) = N'COMPLETED' THEN s.LAC_REVIEW_DATE ELSE s.CANCELLED_ON END AS event_date
        FROM [DM_WORKFLOW_STEPS] s
        JOIN [dm_subgroup_subjects] ss ON ss.SUBGROUP_ID = s.SUBGROUP_ID AND UPPER(LTRIM(RTRIM(CAST(ss.SUBJECT_TYPE_CODE AS NVARCHAR(4000))))) = N'PER'
        WHERE s.LAC_REVIEW_CATEGORY IS NOT NULL
          AND ((UPPER(LTRIM(RTRIM(CAST(s.STEP_STATUS AS NVARCHAR(4000))))) = N'COMPLETED' AND s.LAC_REVIEW_DATE IS NOT NULL)
               OR (UPPER(LTRIM(RTRIM(CAST(s.STEP_STATUS AS NVARCHAR(4000))))) = N'CANCELLED' AND s.CANCELLED_ON IS NOT NULL))
    ),
    periods AS (
        SELECT chosen.step_id, chosen.person_id, chosen.period_id, chosen.period_start
        FROM (
            SELECT ev.step_id, ev.person_id, pc.PERIOD_OF_CARE_ID AS period_id, pc.START_DATE AS period_start,
                ROW_NUMBER() OVER (PARTITION BY ev.step_id, ev.person_id ORDER BY pc.PERIOD_OF_CARE_ID DESC) AS pick
            FROM reviews ev
            JOIN [dm_PERIODS_OF_CARE] pc
                ON pc.PERSON_ID = ev.person_id AND pc.START_DATE <= ev.event_date AND (pc.END_DATE IS NULL OR pc.END_DATE >= ev.event_date)
        ) chosen
        WHERE chosen.pick = 1
    ),
    placed AS (
        SELECT r.step_id, r.person_id, r.cancelled, r.review_date, r.participation, r.event_date, p.period_id, p.period_start
        FROM reviews r
        LEFT JOIN periods p ON p.step_id = r.step_id AND p.person_id = r.person_id
    ),
    held_before AS (
        SELECT r.step_id, r.person_id, COUNT(h.step_id) AS held, MAX(h.review_date) AS last_held
        FROM placed r
        LEFT JOIN placed h
               ON h.person_id = r.person_id AND h.period_id = r.period_id AND UPPER(LTRIM(RTRIM(CAST(h.cancelled AS NVARCHAR(4000))))) = N'N'
              AND h.review_date < r.event_date
        GROUP BY r.step_id, r.person_id
    )
    INSERT INTO [#ssd_load_ssd_cla_reviews] ([clar_cla_review_id], [clar_cla_id], [clar_cla_person_id], [clar_cla_review_due_date], [clar_cla_review_date], [clar_cla_review_cancelled], [clar_cla_review_participation])
    SELECT
        CONCAT(CAST(r.step_id AS NVARCHAR(20)), '-', CAST(r.person_id AS NVARCHAR(20))),
        CAST(r.period_id AS VARCHAR(48)),
        CAST(r.person_id AS VARCHAR(48)),
        CASE
            WHEN r.period_id IS NULL THEN NULL
            WHEN b.held = 0 THEN DATEADD(DAY, CASE WHEN (DATEDIFF(DAY, CAST('19000101' AS DATE), r.period_start) % 7) >= 4 THEN 28 - ((DATEDIFF(DAY, CAST('19000101' AS DATE), r.period_start) % 7) - 4) WHEN (DATEDIFF(DAY, CAST('19000101' AS DATE), r.period_start) % 7) + 0 >= 5 THEN 30 ELSE 28 END, r.period_start)
            WHEN b.held = 1 THEN DATEADD(DAY, 91, b.last_held)
            ELSE DATEADD(DAY, 183, b.last_held)
        END,
        r.review_date,
        r.cancelled,
        LEFT(r.participation, 100)
    FROM placed r
    JOIN held_before b ON b.step_id = r.step_id AND b.person_id = r.person_id
    WHERE r.event_date >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)) AND r.event_date <= CAST(GETDATE() AS DATE)
      AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(r.person_id AS NVARCHAR(48)));
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_cla_reviews];
    INSERT INTO [ssd].[ssd_cla_reviews] ([clar_cla_review_id], [clar_cla_id], [clar_cla_person_id], [clar_cla_review_due_date], [clar_cla_review_date], [clar_cla_review_cancelled], [clar_cla_review_participation])
    SELECT CASE WHEN LEN([clar_cla_review_id]) > 48 THEN CONCAT(LEFT([clar_cla_review_id], 47), N'…') ELSE [clar_cla_review_id] END, CASE WHEN LEN([clar_cla_id]) > 48 THEN CONCAT(LEFT([clar_cla_id], 47), N'…') ELSE [clar_cla_id] END, CASE WHEN LEN([clar_cla_person_id]) > 48 THEN CONCAT(LEFT([clar_cla_person_id], 47), N'…') ELSE [clar_cla_person_id] END, [clar_cla_review_due_date], [clar_cla_review_date], CASE WHEN LEN([clar_cla_review_cancelled]) > 1 THEN CONCAT(LEFT([clar_cla_review_cancelled], 0), N'…') ELSE [clar_cla_review_cancelled] END, CASE WHEN LEN([clar_cla_review_participation]) > 100 THEN CONCAT(LEFT([clar_cla_review_participation], 99), N'…') ELSE [clar_cla_review_participation] END FROM [#ssd_load_ssd_cla_reviews];
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_cla_reviews', @loaded) WITH NOWAIT;
    -- one pass over the load table counts both: text cut to fit and values the fill could not convert
    DECLARE @cuts NVARCHAR(4000), @unread NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' clar_cla_review_id=', SUM(CASE WHEN LEN([clar_cla_review_id]) > 48 THEN 1 ELSE 0 END)), N' clar_cla_review_id=0'), NULLIF(CONCAT(N' clar_cla_id=', SUM(CASE WHEN LEN([clar_cla_id]) > 48 THEN 1 ELSE 0 END)), N' clar_cla_id=0'), NULLIF(CONCAT(N' clar_cla_person_id=', SUM(CASE WHEN LEN([clar_cla_person_id]) > 48 THEN 1 ELSE 0 END)), N' clar_cla_person_id=0'), NULLIF(CONCAT(N' clar_cla_review_cancelled=', SUM(CASE WHEN LEN([clar_cla_review_cancelled]) > 1 THEN 1 ELSE 0 END)), N' clar_cla_review_cancelled=0'), NULLIF(CONCAT(N' clar_cla_review_participation=', SUM(CASE WHEN LEN([clar_cla_review_participation]) > 100 THEN 1 ELSE 0 END)), N' clar_cla_review_participation=0')) FROM [#ssd_load_ssd_cla_reviews];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_cla_reviews', @cuts) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_cla_reviews];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
