
RAISERROR(N'refilling ssd_care_leavers', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_care_leavers') IS NOT NULL DROP TABLE [#ssd_load_ssd_care_leavers];
    CREATE TABLE [#ssd_load_ssd_care_leavers] ([clea_table_id] NVARCHAR(MAX), [clea_person_id] NVARCHAR(MAX), [clea_care_leaver_eligibility] NVARCHAR(MAX), [clea_care_leaver_in_touch] NVARCHAR(MAX), [clea_care_leaver_latest_contact] DATETIME, [clea_care_leaver_accommodation] NVARCHAR(MAX), [clea_care_leaver_accom_suitable] NVARCHAR(MAX), [clea_care_leaver_activity] NVARCHAR(MAX), [clea_pathway_plan_review_date] DATETIME, [clea_care_leaver_personal_advisor] NVARCHAR(MAX), [clea_care_leaver_allocated_team] NVARCHAR(MAX), [clea_care_leaver_worker_id] NVARCHAR(MAX));
    WITH young AS (
        SELECT p.PERSON_ID AS person_id,
               CAST(DATEADD(YEAR, 14, p.DATE_OF_BIRTH) AS DATE) AS d14,
               CAST(DATEADD(YEAR, 18, p.DATE_OF_BIRTH) AS DATE) AS d18,
               CAST(DATEADD(YEAR, 21, p.DATE_OF_BIRTH) AS DATE) AS d21,
               CAST(DATEADD(YEAR, 22, p.DATE_OF_BIRTH) AS DATE) AS d22
        -- the date of birth read failure-free (ssd_person counts the unreadable ones), once per person
        FROM (SELECT pd.PERSON_ID, CASE WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))) LIKE N'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' THEN TRY_CONVERT(DATETIME, LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))) + N' 00:00:00', 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))) LIKE N'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9][ T][0-9][0-9]:[0-9][0-9]' THEN TRY_CONVERT(DATETIME, STUFF(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))), 11, 1, N' ') + N':00', 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))) LIKE N'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9][ T][0-9][0-9]:[0-9][0-9]:[0-9][0-9]%' AND (DATALENGTH(CASE WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))), 20, 4000) LIKE N'%Z' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))), 20, 4000)) - 1) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]:[0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))), 20, 4000)) - 6) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))), 20, 4000)) - 5) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))), 20, 4000)) - 3) ELSE SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))), 20, 4000) END) = 0 OR CASE WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))), 20, 4000) LIKE N'%Z' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))), 20, 4000)) - 1) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]:[0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))), 20, 4000)) - 6) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))), 20, 4000)) - 5) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))), 20, 4000)) - 3) ELSE SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))), 20, 4000) END LIKE N'.[0-9]%' AND SUBSTRING(CASE WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))), 20, 4000) LIKE N'%Z' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))), 20, 4000)) - 1) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]:[0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))), 20, 4000)) - 6) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))), 20, 4000)) - 5) WHEN SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))), 20, 4000) LIKE N'%[+-][0-9][0-9]' THEN LEFT(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))), 20, 4000), LEN(SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))), 20, 4000)) - 3) ELSE SUBSTRING(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))), 20, 4000) END, 2, 4000) NOT LIKE N'%[^0-9]%') THEN TRY_CONVERT(DATETIME, STUFF(LEFT(LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))), 19), 11, 1, N' '), 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))) LIKE N'[0-9]/[0-9]/[0-9][0-9][0-9][0-9]' OR LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))) LIKE N'[0-9][0-9]/[0-9]/[0-9][0-9][0-9][0-9]' OR LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))) LIKE N'[0-9]/[0-9][0-9]/[0-9][0-9][0-9][0-9]' OR LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))) LIKE N'[0-9][0-9]/[0-9][0-9]/[0-9][0-9][0-9][0-9]' THEN TRY_CONVERT(DATETIME, LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), pd.DATE_OF_BIRTH, 121))), 103) END AS DATE_OF_BIRTH FROM [dm_persons] pd) p
        WHERE p.DATE_OF_BIRTH IS NOT NULL
          AND CAST(DATEADD(YEAR, 16, p.DATE_OF_BIRTH) AS DATE) <= CAST(GETDATE() AS DATE)
          AND CAST(DATEADD(YEAR, 26, p.DATE_OF_BIRTH) AS DATE) > CAST(GETDATE() AS DATE)
          AND EXISTS (
              SELECT 1 FROM [dm_PERIODS_OF_CARE] lc
              WHERE lc.PERSON_ID = p.PERSON_ID
                AND (lc.END_DATE IS NULL OR lc.END_DATE >= CAST(DATEADD(YEAR, 16, p.DATE_OF_BIRTH) AS DATE))
          )
    ),
    care AS (
        SELECT y.person_id,
               SUM(CASE WHEN COALESCE(pc.END_DATE, CAST(GETDATE() AS DATE)) > y.d14
                        THEN DATEDIFF(DAY, CASE WHEN pc.START_DATE > y.d14 THEN pc.START_DATE ELSE y.d14 END, CASE WHEN pc.END_DATE IS NULL OR pc.END_DATE > CAST(GETDATE() AS DATE) THEN CAST(GETDATE() AS DATE) ELSE pc.END_DATE END)
                        ELSE 0 END) AS days,
               MAX(CASE WHEN pc.END_DATE IS NULL OR pc.END_DATE >= CAST(GETDATE() AS DATE) THEN 1 ELSE 0 END) AS in_care
        FROM young y
        JOIN [dm_PERIODS_OF_CARE] pc ON pc.PERSON_ID = y.person_id
        WHERE EXISTS (
            SELECT 1 FROM [dm_LEGAL_STATUSES] ls
            WHERE ls.PERIOD_OF_CARE_ID = pc.PERIOD_OF_CARE_ID AND COALESCE(ls.IS_RESPITE_CARE, 'N') <> 'Y'
        )
        GROUP BY y.person_id
    ),
    workers AS (
        -- today's allocated worker (latest allocation) and that worker's role organisation today
        SELECT aw.PERSON_ID AS person_id, aw.WORKER_ID AS worker_id, wr.ORGANISATION_ID AS team_id,
               ROW_NUMBER() OVER (PARTITION BY aw.PERSON_ID
                                  ORDER BY aw.START_DATE DESC, aw.ALLOCATION_ID DESC, wr.START_DATE DESC, wr.WORKER_ROLE_ID DESC) AS rn
        FROM [dm_ALLOCATED_WORKERS] aw
        LEFT JOIN [dm_worker_roles] wr
               ON wr.WORKER_ID = aw.WORKER_ID AND wr.START_DATE <= CAST(GETDATE() AS DATE) AND (wr.END_DATE IS NULL OR wr.END_DATE >= CAST(GETDATE() AS DATE))
        WHERE aw.START_DATE <= CAST(GETDATE() AS DATE) AND (aw.END_DATE IS NULL OR aw.END_DATE >= CAST(GETDATE() AS DATE))
    ),
    advisers AS (
        SELECT pr.PERSON_ID AS person_id, pr.WORKER_ID AS worker_id,
               ROW_NUMBER() OVER (PARTITION BY pr.PERSON_ID ORDER BY pr.START_DATE DESC, pr.PROF_RELATIONSHIP_ID DESC) AS rn
        FROM [dm_prof_relationships] pr
        WHERE UPPER(LTRIM(RTRIM(CAST(pr.PROF_REL_TYPE_CODE AS NVARCHAR(4000))))) IN (N'REL.PERSONALADVISOR')
          AND pr.START_DATE <= CAST(GETDATE() AS DATE) AND (pr.END_DATE IS NULL OR pr.END_DATE >= CAST(GETDATE() AS DATE))
    ),
    classified AS (
        SELECT y.person_id,
               CASE
                   WHEN c.days >= 91 AND y.d18 > CAST(GETDATE() AS DATE) THEN CASE WHEN c.in_care = 1 THEN 'd) Eligible' ELSE 'a) Relevant child' END
                   WHEN c.days >= 91 AND (y.d22 > CAST(GETDATE() AS DATE) OR w.worker_id IS NOT NULL OR a.worker_id IS NOT NULL) THEN 'b) Former relevant child'
                   WHEN c.days < 91 AND c.in_care = 0 AND (y.d21 > CAST(GETDATE() AS DATE) OR w.worker_id IS NOT NULL OR a.worker_id IS NOT NULL) THEN 'c) Qualifying care leaver'
               END AS eligibility,
               w.worker_id, w.team_id, a.worker_id AS adviser_id
        FROM young y
        JOIN care c ON c.person_id = y.person_id
        LEFT JOIN workers w ON w.person_id = y.person_id AND w.rn = 1
        LEFT JOIN advisers a ON a.person_id = y.person_id AND a.rn = 1
    ),
    contacts AS (
        SELECT f.PERSON_ID AS person_id, f.DATE_OF_SITUATION AS contact_date, f.IN_TOUCH_TYPE AS in_touch,
               f.ACCOMODATION_TYPE AS accommodation, f.ACCOMODATION_SUITABLE AS suitable, f.ACTIVITY_TYPE AS activity,
               ROW_NUMBER() OVER (PARTITION BY f.PERSON_ID ORDER BY f.DATE_OF_SITUATION DESC, f.FUTURE_PROSPECT_ID DESC) AS rn
        FROM [dm_former_looked_after] f
        WHERE f.DATE_OF_SITUATION <= CAST(GETDATE() AS DATE)
    ),
    maps AS (
        SELECT mg.GROUP_NAME AS group_name, mg.MAPPED_VALUE AS source_value, MAX(mg.CATEGORY_VALUE) AS code
        FROM [dm_mapping_groups] mg
        WHERE UPPER(LTRIM(RTRIM(CAST(mg.GROUP_NAME AS NVARCHAR(4000))))) IN (N'SSDA903 IN TOUCH TYPE', N'SSDA903 ACCOMMODATION TYPE', N'SSDA903 ACTIVITY TYPE')
        GROUP BY mg.GROUP_NAME, mg.MAPPED_VALUE
    ),
    pathway AS (
        SELECT ss.SUBJECT_COMPOUND_ID AS person_id, MAX(s.COMPLETED_ON) AS reviewed
        FROM [DM_WORKFLOW_STEPS] s
        JOIN [dm_subgroup_subjects] ss ON ss.SUBGROUP_ID = s.SUBGROUP_ID AND UPPER(LTRIM(RTRIM(CAST(ss.SUBJECT_TYPE_CODE AS NVARCHAR(4000))))) = N'PER'
        WHERE s.WORKFLOW_STEP_TYPE_ID IN (498, 500) AND UPPER(LTRIM(RTRIM(CAST(s.STEP_STATUS AS NVARCHAR(4000))))) = N'COMPLETED'
        GROUP BY ss.SUBJECT_COMPOUND_ID
    )
    INSERT INTO [#ssd_load_ssd_care_leavers] ([clea_table_id], [clea_person_id], [clea_care_leaver_eligibility], [clea_care_leaver_in_touch], [clea_care_leaver_latest_contact], [clea_care_leaver_accommodation], [clea_care_leaver_accom_suitable], [clea_care_leaver_activity], [clea_pathway_plan_review_date], [clea_care_leaver_personal_advisor], [clea_care_leaver_allocated_team], [clea_care_leaver_worker_id])
    SELECT
        CAST(k.person_id AS NVARCHAR(48)),
        CAST(k.person_id AS NVARCHAR(48)),
        k.eligibility,
        CASE WHEN UPPER(LTRIM(RTRIM(CAST(mi.code AS NVARCHAR(4000))))) IN (N'YES', N'NO', N'DIED', N'REFU', N'NREQ', N'RHOM') THEN UPPER(LTRIM(RTRIM(mi.code)))
         WHEN UPPER(LTRIM(RTRIM(CAST(ct.in_touch AS NVARCHAR(4000))))) IN (N'YES', N'NO', N'DIED', N'REFU', N'NREQ', N'RHOM') THEN UPPER(LTRIM(RTRIM(ct.in_touch)))
         ELSE LEFT(it.DESCRIPTION, 100) END,
        ct.contact_date,
        CASE WHEN UPPER(LTRIM(RTRIM(CAST(ma.code AS NVARCHAR(4000))))) IN (N'B', N'C', N'D', N'E', N'G', N'H', N'K', N'R', N'S', N'T', N'U', N'V', N'W', N'X', N'Y', N'Z') THEN UPPER(LTRIM(RTRIM(ma.code))) WHEN UPPER(LTRIM(RTRIM(CAST(ct.accommodation AS NVARCHAR(4000))))) IN (N'B', N'C', N'D', N'E', N'G', N'H', N'K', N'R', N'S', N'T', N'U', N'V', N'W', N'X', N'Y', N'Z') THEN UPPER(LTRIM(RTRIM(ct.accommodation))) ELSE LEFT(acc.DESCRIPTION, 100) END,
        LEFT(ct.suitable, 100),
        CASE WHEN UPPER(LTRIM(RTRIM(CAST(mv.code AS NVARCHAR(4000))))) IN (N'F1', N'P1', N'F2', N'P2', N'F4', N'P4', N'F5', N'P5', N'G4', N'G5', N'G6') THEN UPPER(LTRIM(RTRIM(mv.code))) WHEN UPPER(LTRIM(RTRIM(CAST(ct.activity AS NVARCHAR(4000))))) IN (N'F1', N'P1', N'F2', N'P2', N'F4', N'P4', N'F5', N'P5', N'G4', N'G5', N'G6') THEN UPPER(LTRIM(RTRIM(ct.activity))) ELSE LEFT(av.DESCRIPTION, 100) END,
        pw.reviewed,
        CAST(k.adviser_id AS NVARCHAR(100)),
        CAST(k.team_id AS NVARCHAR(48)),
        CAST(k.worker_id AS NVARCHAR(100))
    FROM classified k
    LEFT JOIN contacts ct ON ct.person_id = k.person_id AND ct.rn = 1
    LEFT JOIN maps mi ON UPPER(LTRIM(RTRIM(CAST(mi.group_name AS NVARCHAR(4000))))) = N'SSDA903 IN TOUCH TYPE' AND mi.source_value = ct.in_touch
    LEFT JOIN maps ma ON UPPER(LTRIM(RTRIM(CAST(ma.group_name AS NVARCHAR(4000))))) = N'SSDA903 ACCOMMODATION TYPE' AND ma.source_value = ct.accommodation
    LEFT JOIN maps mv ON UPPER(LTRIM(RTRIM(CAST(mv.group_name AS NVARCHAR(4000))))) = N'SSDA903 ACTIVITY TYPE' AND mv.source_value = ct.activity
    LEFT JOIN [dm_former_in_touch_types] it ON it.IN_TOUCH_TYPE = ct.in_touch
    LEFT JOIN [dm_former_accom_types] acc ON acc.ACCOMODATION_TYPE = ct.accommodation
    LEFT JOIN [dm_former_activity_types] av ON av.ACTIVITY_TYPE = ct.activity
    LEFT JOIN pathway pw ON pw.person_id = k.person_id
    WHERE k.eligibility IS NOT NULL
      AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(k.person_id AS NVARCHAR(48)));
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_care_leavers];
    INSERT INTO [ssd].[ssd_care_leavers] ([clea_table_id], [clea_person_id], [clea_care_leaver_eligibility], [clea_care_leaver_in_touch], [clea_care_leaver_latest_contact], [clea_care_leaver_accommodation], [clea_care_leaver_accom_suitable], [clea_care_leaver_activity], [clea_pathway_plan_review_date], [clea_care_leaver_personal_advisor], [clea_care_leaver_allocated_team], [clea_care_leaver_worker_id])
    SELECT CASE WHEN LEN([clea_table_id]) > 48 THEN CONCAT(LEFT([clea_table_id], 47), N'…') ELSE [clea_table_id] END, CASE WHEN LEN([clea_person_id]) > 48 THEN CONCAT(LEFT([clea_person_id], 47), N'…') ELSE [clea_person_id] END, CASE WHEN LEN([clea_care_leaver_eligibility]) > 100 THEN CONCAT(LEFT([clea_care_leaver_eligibility], 99), N'…') ELSE [clea_care_leaver_eligibility] END, CASE WHEN LEN([clea_care_leaver_in_touch]) > 100 THEN CONCAT(LEFT([clea_care_leaver_in_touch], 99), N'…') ELSE [clea_care_leaver_in_touch] END, [clea_care_leaver_latest_contact], CASE WHEN LEN([clea_care_leaver_accommodation]) > 100 THEN CONCAT(LEFT([clea_care_leaver_accommodation], 99), N'…') ELSE [clea_care_leaver_accommodation] END, CASE WHEN LEN([clea_care_leaver_accom_suitable]) > 100 THEN CONCAT(LEFT([clea_care_leaver_accom_suitable], 99), N'…') ELSE [clea_care_leaver_accom_suitable] END, CASE WHEN LEN([clea_care_leaver_activity]) > 100 THEN CONCAT(LEFT([clea_care_leaver_activity], 99), N'…') ELSE [clea_care_leaver_activity] END, [clea_pathway_plan_review_date], CASE WHEN LEN([clea_care_leaver_personal_advisor]) > 100 THEN CONCAT(LEFT([clea_care_leaver_personal_advisor], 99), N'…') ELSE [clea_care_leaver_personal_advisor] END, CASE WHEN LEN([clea_care_leaver_allocated_team]) > 48 THEN CONCAT(LEFT([clea_care_leaver_allocated_team], 47), N'…') ELSE [clea_care_leaver_allocated_team] END, CASE WHEN LEN([clea_care_leaver_worker_id]) > 100 THEN CONCAT(LEFT([clea_care_leaver_worker_id], 99), N'…') ELSE [clea_care_leaver_worker_id] END FROM [#ssd_load_ssd_care_leavers];
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_care_leavers', @loaded) WITH NOWAIT;
    -- one pass over the load table counts both: text cut to fit and values the fill could not convert
    DECLARE @cuts NVARCHAR(4000), @unread NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' clea_table_id=', SUM(CASE WHEN LEN([clea_table_id]) > 48 THEN 1 ELSE 0 END)), N' clea_table_id=0'), NULLIF(CONCAT(N' clea_person_id=', SUM(CASE WHEN LEN([clea_person_id]) > 48 THEN 1 ELSE 0 END)), N' clea_person_id=0'), NULLIF(CONCAT(N' clea_care_leaver_eligibility=', SUM(CASE WHEN LEN([clea_care_leaver_eligibility]) > 100 THEN 1 ELSE 0 END)), N' clea_care_leaver_eligibility=0'), NULLIF(CONCAT(N' clea_care_leaver_in_touch=', SUM(CASE WHEN LEN([clea_care_leaver_in_touch]) > 100 THEN 1 ELSE 0 END)), N' clea_care_leaver_in_touch=0'), NULLIF(CONCAT(N' clea_care_leaver_accommodation=', SUM(CASE WHEN LEN([clea_care_leaver_accommodation]) > 100 THEN 1 ELSE 0 END)), N' clea_care_leaver_accommodation=0'), NULLIF(CONCAT(N' clea_care_leaver_accom_suitable=', SUM(CASE WHEN LEN([clea_care_leaver_accom_suitable]) > 100 THEN 1 ELSE 0 END)), N' clea_care_leaver_accom_suitable=0'), NULLIF(CONCAT(N' clea_care_leaver_activity=', SUM(CASE WHEN LEN([clea_care_leaver_activity]) > 100 THEN 1 ELSE 0 END)), N' clea_care_leaver_activity=0'), NULLIF(CONCAT(N' clea_care_leaver_personal_advisor=', SUM(CASE WHEN LEN([clea_care_leaver_personal_advisor]) > 100 THEN 1 ELSE 0 END)), N' clea_care_leaver_personal_advisor=0'), NULLIF(CONCAT(N' clea_care_leaver_allocated_team=', SUM(CASE WHEN LEN([clea_care_leaver_allocated_team]) > 48 THEN 1 ELSE 0 END)), N' clea_care_leaver_allocated_team=0'), NULLIF(CONCAT(N' clea_care_leaver_worker_id=', SUM(CASE WHEN LEN([clea_care_leaver_worker_id]) > 100 THEN 1 ELSE 0 END)), N' clea_care_leaver_worker_id=0')) FROM [#ssd_load_ssd_care_leavers];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_care_leavers', @cuts) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_care_leavers];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;

GO
