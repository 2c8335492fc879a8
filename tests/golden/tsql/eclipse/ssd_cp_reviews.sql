
RAISERROR(N'refilling ssd_cp_reviews', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_cp_reviews') IS NOT NULL DROP TABLE [#ssd_load_ssd_cp_reviews];
    CREATE TABLE [#ssd_load_ssd_cp_reviews] ([cppr_cp_review_id] NVARCHAR(MAX), [cppr_person_id] NVARCHAR(MAX), [cppr_cp_plan_id] NVARCHAR(MAX), [cppr_cp_review_due] DATETIME, [cppr_cp_review_date] DATETIME, [cppr_cp_review_meeting_id] NVARCHAR(MAX), [cppr_cp_review_outcome_continue_cp] NVARCHAR(MAX), [cppr_cp_review_quorate] NVARCHAR(MAX), [cppr_cp_review_participation] NVARCHAR(MAX));
    WITH reviews AS (
        SELECT
                fr.instance_id,
                fr.person_id,
                MAX(fr.submitter_id) AS submitter_id,
                MIN(fr.started_date) AS started_date,
                MAX(fr.completed_date) AS completed_date,
                COALESCE(MAX(CASE WHEN fr.control_no = 1 THEN fr.date_answer END),
                         MAX(CASE WHEN fr.control_no = 1 AND fr.date_answer IS NULL THEN CASE WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' THEN TRY_CONVERT(DATETIME, LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) + N' 00:00:00', 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9][ T][0-9][0-9]:[0-9][0-9]' THEN TRY_CONVERT(DATETIME, STUFF(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 11, 1, N' ') + N':00', 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9][ T][0-9][0-9]:[0-9][0-9]:[0-9][0-9]%' AND (DATALENGTH(CASE WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%Z' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 1) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]:[0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 6) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 5) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 3) ELSE SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) END) = 0 OR CASE WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%Z' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 1) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]:[0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 6) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 5) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 3) ELSE SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) END LIKE N'.[0-9]%' AND SUBSTRING(CASE WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%Z' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 1) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]:[0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 6) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 5) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 3) ELSE SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) END, 2, 4000) NOT LIKE N'%[^0-9]%') THEN TRY_CONVERT(DATETIME, STUFF(LEFT(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 19), 11, 1, N' '), 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9]/[0-9]/[0-9][0-9][0-9][0-9]' OR LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9][0-9]/[0-9]/[0-9][0-9][0-9][0-9]' OR LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9]/[0-9][0-9]/[0-9][0-9][0-9][0-9]' OR LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9][0-9]/[0-9][0-9]/[0-9][0-9][0-9][0-9]' THEN TRY_CONVERT(DATETIME, LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 103) END END)) AS review_date,
                MAX(CASE WHEN fr.control_no = 2 THEN fr.answer END) AS next_step,
                COALESCE(MAX(CASE WHEN fr.control_no = 3 THEN fr.date_answer END),
                         MAX(CASE WHEN fr.control_no = 3 AND fr.date_answer IS NULL THEN CASE WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' THEN TRY_CONVERT(DATETIME, LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) + N' 00:00:00', 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9][ T][0-9][0-9]:[0-9][0-9]' THEN TRY_CONVERT(DATETIME, STUFF(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 11, 1, N' ') + N':00', 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9][ T][0-9][0-9]:[0-9][0-9]:[0-9][0-9]%' AND (DATALENGTH(CASE WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%Z' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 1) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]:[0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 6) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 5) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 3) ELSE SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) END) = 0 OR CASE WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%Z' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 1) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]:[0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 6) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 5) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 3) ELSE SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) END LIKE N'.[0-9]%' AND SUBSTRING(CASE WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%Z' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 1) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]:[0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 6) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 5) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 3) ELSE SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) END, 2, 4000) NOT LIKE N'%[^0-9]%') THEN TRY_CONVERT(DATETIME, STUFF(LEFT(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 19), 11, 1, N' '), 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9]/[0-9]/[0-9][0-9][0-9][0-9]' OR LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9][0-9]/[0-9]/[0-9][0-9][0-9][0-9]' OR LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9]/[0-9][0-9]/[0-9][0-9][0-9][0-9]' OR LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9][0-9]/[0-9][0-9]/[0-9][0-9][0-9][0-9]' THEN TRY_CONVERT(DATETIME, LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 103) END END)) AS next_date
            FROM (
                SELECT f.INSTANCEID AS instance_id, f.ANSWERFORSUBJECTID AS person_id, f.SUBMITTERPERSONID AS submitter_id,
                    f.DATESTARTED AS started_date,
                    f.DATECOMPLETED AS completed_date,
                    f.ANSWERVALUE AS answer,
                    f.DATEANSWERVALUE AS date_answer,
                    CASE UPPER(LTRIM(RTRIM(CAST(f.CONTROLNAME AS NVARCHAR(4000))))) WHEN N'903RETURN_DATEOFMEETINGCONFERENCE' THEN 1 WHEN N'CHILDPROTECTIONNEXTSTEP' THEN 2 WHEN N'DATEOFNEXTPLANMEETINGREVIEW_35' THEN 3 END AS control_no
                FROM [FORMANSWERPERSONVIEW] f
                WHERE f.DESIGNGUID = N'21e01e2e-fd65-439d-a8aa-a179106a3d45'
                    AND UPPER(LTRIM(RTRIM(CAST(f.INSTANCESTATE AS NVARCHAR(4000))))) = N'COMPLETE'
                    AND UPPER(LTRIM(RTRIM(CAST(f.DESIGNSUBNAME AS NVARCHAR(4000))))) IN (N'CHILD PROTECTION - REVIEW CONFERENCE')
            ) fr
            GROUP BY fr.instance_id, fr.person_id
    ),
    keyed AS (
        SELECT CONCAT(CAST(r.instance_id AS NVARCHAR(48)), CASE WHEN COUNT(*) OVER (PARTITION BY r.instance_id) > 1
        THEN CONCAT('-', CAST(r.person_id AS NVARCHAR(48))) ELSE '' END) AS review_key, r.person_id, r.review_date, r.next_date, r.next_step, r.instance_id
        FROM reviews r
        WHERE r.review_date IS NOT NULL AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(r.person_id AS NVARCHAR(48)))
    ),
    plans AS (
        SELECT px.review_key, px.plan_id
        FROM (
            SELECT k.review_key, p.cppl_cp_plan_id AS plan_id,
                ROW_NUMBER() OVER (PARTITION BY k.review_key ORDER BY p.cppl_cp_plan_start_date DESC, p.cppl_cp_plan_id DESC) AS pick
            FROM keyed k
            JOIN [ssd].[ssd_cp_plans] p
                ON p.cppl_person_id = CAST(k.person_id AS NVARCHAR(48))
                AND p.cppl_cp_plan_start_date <= k.review_date AND (p.cppl_cp_plan_end_date IS NULL OR p.cppl_cp_plan_end_date >= k.review_date)
        ) px
        WHERE px.pick = 1
    ),
    ordered AS (
        SELECT k.review_key, k.person_id, k.review_date, k.next_step, k.instance_id, p.plan_id,
            LAG(k.next_date) OVER (PARTITION BY k.person_id, p.plan_id ORDER BY k.review_date, k.instance_id) AS due_date
        FROM keyed k
        LEFT JOIN plans p ON p.review_key = k.review_key
    ),
    views AS (
        SELECT
                fr.instance_id,
                fr.person_id,
                MAX(fr.submitter_id) AS submitter_id,
                MIN(fr.started_date) AS started_date,
                MAX(fr.completed_date) AS completed_date,
                COALESCE(MAX(CASE WHEN fr.control_no = 1 THEN fr.date_answer END),
                         MAX(CASE WHEN fr.control_no = 1 AND fr.date_answer IS NULL THEN CASE WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' THEN TRY_CONVERT(DATETIME, LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) + N' 00:00:00', 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9][ T][0-9][0-9]:[0-9][0-9]' THEN TRY_CONVERT(DATETIME, STUFF(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 11, 1, N' ') + N':00', 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9][ T][0-9][0-9]:[0-9][0-9]:[0-9][0-9]%' AND (DATALENGTH(CASE WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%Z' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 1) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]:[0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 6) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 5) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 3) ELSE SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) END) = 0 OR CASE WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%Z' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 1) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]:[0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 6) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 5) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 3) ELSE SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) END LIKE N'.[0-9]%' AND SUBSTRING(CASE WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%Z' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 1) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]:[0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 6) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 5) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000)) - 3) ELSE SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 20, 4000) END, 2, 4000) NOT LIKE N'%[^0-9]%') THEN TRY_CONVERT(DATETIME, STUFF(LEFT(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 19), 11, 1, N' '), 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9]/[0-9]/[0-9][0-9][0-9][0-9]' OR LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9][0-9]/[0-9]/[0-9][0-9][0-9][0-9]' OR LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9]/[0-9][0-9]/[0-9][0-9][0-9][0-9]' OR LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))) LIKE N'[0-9][0-9]/[0-9][0-9]/[0-9][0-9][0-9][0-9]' THEN TRY_CONVERT(DATETIME, LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fr.answer, 121))), 103) END END)) AS meeting_date,
                MAX(CASE WHEN fr.control_no = 2 THEN fr.short_answer END) AS answer
            FROM (
                SELECT f.INSTANCEID AS instance_id, f.ANSWERFORSUBJECTID AS person_id, f.SUBMITTERPERSONID AS submitter_id,
                    f.DATESTARTED AS started_date,
                    f.DATECOMPLETED AS completed_date,
                    f.ANSWERVALUE AS answer,
                    f.SHORTANSWERVALUE AS short_answer,
                    f.DATEANSWERVALUE AS date_answer,
                    CASE UPPER(LTRIM(RTRIM(CAST(f.CONTROLNAME AS NVARCHAR(4000))))) WHEN N'DATEOFMEETING' THEN 1 WHEN N'HOWWASTHECHILDABLETOCONTRIBUTETHEIRVIEWSTOTHECONFERENCE_4' THEN 2 END AS control_no
                FROM [FORMANSWERPERSONVIEW] f
                WHERE f.DESIGNGUID = N'79f3495c-134f-4e69-b00f-7621925419f7'
                    AND UPPER(LTRIM(RTRIM(CAST(f.INSTANCESTATE AS NVARCHAR(4000))))) = N'COMPLETE'
                    AND UPPER(LTRIM(RTRIM(CAST(f.DESIGNSUBNAME AS NVARCHAR(4000))))) IN (N'CHILD PROTECTION CONFERENCE')
            ) fr
            GROUP BY fr.instance_id, fr.person_id
    ),
    participation AS (
        SELECT vx.review_key, vx.answer
        FROM (
            SELECT o.review_key, v.answer,
                ROW_NUMBER() OVER (PARTITION BY o.review_key ORDER BY v.instance_id DESC) AS pick
            FROM ordered o
            JOIN views v ON v.person_id = o.person_id AND v.meeting_date = o.review_date AND v.answer IS NOT NULL
        ) vx
        WHERE vx.pick = 1
    )
    INSERT INTO [#ssd_load_ssd_cp_reviews] ([cppr_cp_review_id], [cppr_person_id], [cppr_cp_plan_id], [cppr_cp_review_due], [cppr_cp_review_date], [cppr_cp_review_meeting_id], [cppr_cp_review_outcome_continue_cp], [cppr_cp_review_quorate], [cppr_cp_review_participation])
    SELECT
        o.review_key,
        CAST(o.person_id AS NVARCHAR(48)),
        o.plan_id,
        o.due_date,
        o.review_date,
        CAST(o.instance_id AS NVARCHAR(48)),
        CASE WHEN UPPER(LTRIM(RTRIM(CAST(o.next_step AS NVARCHAR(4000))))) IN (N'SET NEXT REVIEW') THEN 'Y' ELSE 'N' END,
        NULL,
        LEFT(CAST(pa.answer AS NVARCHAR(100)), 100)
    FROM ordered o
    LEFT JOIN participation pa ON pa.review_key = o.review_key
    WHERE o.review_date >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE));
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_cp_reviews];
    INSERT INTO [ssd].[ssd_cp_reviews] ([cppr_cp_review_id], [cppr_person_id], [cppr_cp_plan_id], [cppr_cp_review_due], [cppr_cp_review_date], [cppr_cp_review_meeting_id], [cppr_cp_review_outcome_continue_cp], [cppr_cp_review_quorate], [cppr_cp_review_participation])
    SELECT CASE WHEN LEN([cppr_cp_review_id]) > 48 THEN CONCAT(LEFT([cppr_cp_review_id], 47), N'…') ELSE [cppr_cp_review_id] END, CASE WHEN LEN([cppr_person_id]) > 48 THEN CONCAT(LEFT([cppr_person_id], 47), N'…') ELSE [cppr_person_id] END, CASE WHEN LEN([cppr_cp_plan_id]) > 48 THEN CONCAT(LEFT([cppr_cp_plan_id], 47), N'…') ELSE [cppr_cp_plan_id] END, [cppr_cp_review_due], [cppr_cp_review_date], CASE WHEN LEN([cppr_cp_review_meeting_id]) > 48 THEN CONCAT(LEFT([cppr_cp_review_meeting_id], 47), N'…') ELSE [cppr_cp_review_meeting_id] END, CASE WHEN LEN([cppr_cp_review_outcome_continue_cp]) > 1 THEN CONCAT(LEFT([cppr_cp_review_outcome_continue_cp], 0), N'…') ELSE [cppr_cp_review_outcome_continue_cp] END, CASE WHEN LEN([cppr_cp_review_quorate]) > 100 THEN CONCAT(LEFT([cppr_cp_review_quorate], 99), N'…') ELSE [cppr_cp_review_quorate] END, CASE WHEN LEN([cppr_cp_review_participation]) > 100 THEN CONCAT(LEFT([cppr_cp_review_participation], 99), N'…') ELSE [cppr_cp_review_participation] END FROM [#ssd_load_ssd_cp_reviews];
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_cp_reviews', @loaded) WITH NOWAIT;
    -- one pass over the load table counts both: text cut to fit and values the fill could not convert
    DECLARE @cuts NVARCHAR(4000), @unread NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' cppr_cp_review_id=', SUM(CASE WHEN LEN([cppr_cp_review_id]) > 48 THEN 1 ELSE 0 END)), N' cppr_cp_review_id=0'), NULLIF(CONCAT(N' cppr_person_id=', SUM(CASE WHEN LEN([cppr_person_id]) > 48 THEN 1 ELSE 0 END)), N' cppr_person_id=0'), NULLIF(CONCAT(N' cppr_cp_plan_id=', SUM(CASE WHEN LEN([cppr_cp_plan_id]) > 48 THEN 1 ELSE 0 END)), N' cppr_cp_plan_id=0'), NULLIF(CONCAT(N' cppr_cp_review_meeting_id=', SUM(CASE WHEN LEN([cppr_cp_review_meeting_id]) > 48 THEN 1 ELSE 0 END)), N' cppr_cp_review_meeting_id=0'), NULLIF(CONCAT(N' cppr_cp_review_outcome_continue_cp=', SUM(CASE WHEN LEN([cppr_cp_review_outcome_continue_cp]) > 1 THEN 1 ELSE 0 END)), N' cppr_cp_review_outcome_continue_cp=0'), NULLIF(CONCAT(N' cppr_cp_review_quorate=', SUM(CASE WHEN LEN([cppr_cp_review_quorate]) > 100 THEN 1 ELSE 0 END)), N' cppr_cp_review_quorate=0'), NULLIF(CONCAT(N' cppr_cp_review_participation=', SUM(CASE WHEN LEN([cppr_cp_review_participation]) > 100 THEN 1 ELSE 0 END)), N' cppr_cp_review_participation=0')) FROM [#ssd_load_ssd_cp_reviews];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_cp_reviews', @cuts) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_cp_reviews];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
