
DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_care_leavers'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
    unread TEXT;
BEGIN
    -- a fill reads whole source tables: hash joins, not nested loops the planner picks when it
    -- cannot estimate a filter (trimmed codes, pivoted answers) and then rescans a table per row
    SET LOCAL enable_nestloop = off;
    DELETE FROM "ssd"."ssd_care_leavers";
    WITH young AS (
        SELECT p.PERSON_ID AS person_id,
               CAST(CAST(p.DATE_OF_BIRTH AS DATE) + INTERVAL '14 years' AS DATE) AS d14,
               CAST(CAST(p.DATE_OF_BIRTH AS DATE) + INTERVAL '18 years' AS DATE) AS d18,
               CAST(CAST(p.DATE_OF_BIRTH AS DATE) + INTERVAL '21 years' AS DATE) AS d21,
               CAST(CAST(p.DATE_OF_BIRTH AS DATE) + INTERVAL '22 years' AS DATE) AS d22
        -- the date of birth read failure-free (ssd_person counts the unreadable ones), once per person
        FROM (SELECT pd.PERSON_ID, CASE WHEN TRIM(CAST(pd.DATE_OF_BIRTH AS TEXT)) ~ '^(175[3-9]|17[6-9][0-9]|1[89][0-9]{2}|[2-9][0-9]{3})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])([ Tt]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]+)?([Zz]|[+-][0-9]{2}(:?[0-9]{2})?)?)?)?$' THEN CASE WHEN CAST(SUBSTRING(TRIM(CAST(pd.DATE_OF_BIRTH AS TEXT)), 9, 2) AS INTEGER) <= EXTRACT(DAY FROM CAST(SUBSTRING(TRIM(CAST(pd.DATE_OF_BIRTH AS TEXT)), 1, 7) || '-01' AS DATE) + INTERVAL '1 month' - INTERVAL '1 day') THEN CAST(SUBSTRING(TRIM(CAST(pd.DATE_OF_BIRTH AS TEXT)), 1, 10) AS TIMESTAMP) + COALESCE(CAST(SUBSTRING(TRIM(CAST(pd.DATE_OF_BIRTH AS TEXT)) FROM '^.{11}([0-9:]{5,8})') AS INTERVAL), INTERVAL '0 seconds') END WHEN TRIM(CAST(pd.DATE_OF_BIRTH AS TEXT)) ~ '^(0?[1-9]|[12][0-9]|3[01])/(0?[1-9]|1[0-2])/(175[3-9]|17[6-9][0-9]|1[89][0-9]{2}|[2-9][0-9]{3})$' THEN CASE WHEN CAST(SPLIT_PART(TRIM(CAST(pd.DATE_OF_BIRTH AS TEXT)), '/', 1) AS INTEGER) <= EXTRACT(DAY FROM MAKE_DATE(CAST(SPLIT_PART(TRIM(CAST(pd.DATE_OF_BIRTH AS TEXT)), '/', 3) AS INTEGER), CAST(SPLIT_PART(TRIM(CAST(pd.DATE_OF_BIRTH AS TEXT)), '/', 2) AS INTEGER), 1) + INTERVAL '1 month' - INTERVAL '1 day') THEN CAST(MAKE_DATE(CAST(SPLIT_PART(TRIM(CAST(pd.DATE_OF_BIRTH AS TEXT)), '/', 3) AS INTEGER), CAST(SPLIT_PART(TRIM(CAST(pd.DATE_OF_BIRTH AS TEXT)), '/', 2) AS INTEGER), 1) + (CAST(SPLIT_PART(TRIM(CAST(pd.DATE_OF_BIRTH AS TEXT)), '/', 1) AS INTEGER) - 1) AS TIMESTAMP) END END AS DATE_OF_BIRTH FROM "dm_persons" pd OFFSET 0) p
        WHERE p.DATE_OF_BIRTH IS NOT NULL
          AND CAST(CAST(p.DATE_OF_BIRTH AS DATE) + INTERVAL '16 years' AS DATE) <= CURRENT_DATE
          AND CAST(CAST(p.DATE_OF_BIRTH AS DATE) + INTERVAL '26 years' AS DATE) > CURRENT_DATE
          AND EXISTS (
              SELECT 1 FROM "dm_periods_of_care" lc
              WHERE lc.PERSON_ID = p.PERSON_ID
                AND (lc.END_DATE IS NULL OR lc.END_DATE >= CAST(CAST(p.DATE_OF_BIRTH AS DATE) + INTERVAL '16 years' AS DATE))
          )
    ),
    care AS (
        SELECT y.person_id,
               SUM(CASE WHEN COALESCE(pc.END_DATE, CURRENT_DATE) > y.d14
                        THEN (CAST(CASE WHEN pc.END_DATE IS NULL OR pc.END_DATE > CURRENT_DATE THEN CURRENT_DATE ELSE pc.END_DATE END AS DATE) - CAST(CASE WHEN pc.START_DATE > y.d14 THEN pc.START_DATE ELSE y.d14 END AS DATE))
                        ELSE 0 END) AS days,
               MAX(CASE WHEN pc.END_DATE IS NULL OR pc.END_DATE >= CURRENT_DATE THEN 1 ELSE 0 END) AS in_care
        FROM young y
        JOIN "dm_periods_of_care" pc ON pc.PERSON_ID = y.person_id
        WHERE EXISTS (
            SELECT 1 FROM "dm_legal_statuses" ls
            WHERE ls.PERIOD_OF_CARE_ID = pc.PERIOD_OF_CARE_ID AND COALESCE(ls.IS_RESPITE_CARE, 'N') <> 'Y'
        )
        GROUP BY y.person_id
    ),
    workers AS (
        -- today's allocated worker (latest allocation) and that worker's role organisation today
        SELECT aw.PERSON_ID AS person_id, aw.WORKER_ID AS worker_id, wr.ORGANISATION_ID AS team_id,
               ROW_NUMBER() OVER (PARTITION BY aw.PERSON_ID
                                  ORDER BY aw.START_DATE DESC, aw.ALLOCATION_ID DESC, wr.START_DATE DESC, wr.WORKER_ROLE_ID DESC) AS rn
        FROM "dm_allocated_workers" aw
        LEFT JOIN "dm_worker_roles" wr
               ON wr.WORKER_ID = aw.WORKER_ID AND wr.START_DATE <= CURRENT_DATE AND (wr.END_DATE IS NULL OR wr.END_DATE >= CURRENT_DATE)
        WHERE aw.START_DATE <= CURRENT_DATE AND (aw.END_DATE IS NULL OR aw.END_DATE >= CURRENT_DATE)
    ),
    advisers AS (
        SELECT pr.PERSON_ID AS person_id, pr.WORKER_ID AS worker_id,
               ROW_NUMBER() OVER (PARTITION BY pr.PERSON_ID ORDER BY pr.START_DATE DESC, pr.PROF_RELATIONSHIP_ID DESC) AS rn
        FROM "dm_prof_relationships" pr
        WHERE UPPER(TRIM(CAST(pr.PROF_REL_TYPE_CODE AS VARCHAR(4000)))) IN ('REL.PERSONALADVISOR')
          AND pr.START_DATE <= CURRENT_DATE AND (pr.END_DATE IS NULL OR pr.END_DATE >= CURRENT_DATE)
    ),
    classified AS (
        SELECT y.person_id,
               CASE
                   WHEN c.days >= 91 AND y.d18 > CURRENT_DATE THEN CASE WHEN c.in_care = 1 THEN 'd) Eligible' ELSE 'a) Relevant child' END
                   WHEN c.days >= 91 AND (y.d22 > CURRENT_DATE OR w.worker_id IS NOT NULL OR a.worker_id IS NOT NULL) THEN 'b) Former relevant child'
                   WHEN c.days < 91 AND c.in_care = 0 AND (y.d21 > CURRENT_DATE OR w.worker_id IS NOT NULL OR a.worker_id IS NOT NULL) THEN 'c) Qualifying care leaver'
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
        FROM "dm_former_looked_after" f
        WHERE f.DATE_OF_SITUATION <= CURRENT_DATE
    ),
    maps AS (
        SELECT mg.GROUP_NAME AS group_name, mg.MAPPED_VALUE AS source_value, MAX(mg.CATEGORY_VALUE) AS code
        FROM "dm_mapping_groups" mg
        WHERE UPPER(TRIM(CAST(mg.GROUP_NAME AS VARCHAR(4000)))) IN ('SSDA903 IN TOUCH TYPE', 'SSDA903 ACCOMMODATION TYPE', 'SSDA903 ACTIVITY TYPE')
        GROUP BY mg.GROUP_NAME, mg.MAPPED_VALUE
    ),
    pathway AS (
        SELECT ss.SUBJECT_COMPOUND_ID AS person_id, MAX(s.COMPLETED_ON) AS reviewed
        FROM "dm_workflow_steps" s
        JOIN "dm_subgroup_subjects" ss ON ss.SUBGROUP_ID = s.SUBGROUP_ID AND UPPER(TRIM(CAST(ss.SUBJECT_TYPE_CODE AS VARCHAR(4000)))) = 'PER'
        WHERE s.WORKFLOW_STEP_TYPE_ID IN (498, 500) AND UPPER(TRIM(CAST(s.STEP_STATUS AS VARCHAR(4000)))) = 'COMPLETED'
        GROUP BY ss.SUBJECT_COMPOUND_ID
    ),
    ssd_bridge_fill ("clea_table_id", "clea_person_id", "clea_care_leaver_eligibility", "clea_care_leaver_in_touch", "clea_care_leaver_latest_contact", "clea_care_leaver_accommodation", "clea_care_leaver_accom_suitable", "clea_care_leaver_activity", "clea_pathway_plan_review_date", "clea_care_leaver_personal_advisor", "clea_care_leaver_allocated_team", "clea_care_leaver_worker_id") AS (
    SELECT
        CAST(k.person_id AS VARCHAR(48)),
        CAST(k.person_id AS VARCHAR(48)),
        k.eligibility,
        CASE WHEN UPPER(TRIM(CAST(mi.code AS VARCHAR(4000)))) IN ('YES', 'NO', 'DIED', 'REFU', 'NREQ', 'RHOM') THEN UPPER(LTRIM(RTRIM(mi.code)))
         WHEN UPPER(TRIM(CAST(ct.in_touch AS VARCHAR(4000)))) IN ('YES', 'NO', 'DIED', 'REFU', 'NREQ', 'RHOM') THEN UPPER(LTRIM(RTRIM(ct.in_touch)))
         ELSE LEFT(it.DESCRIPTION, 100) END,
        ct.contact_date,
        CASE WHEN UPPER(TRIM(CAST(ma.code AS VARCHAR(4000)))) IN ('B', 'C', 'D', 'E', 'G', 'H', 'K', 'R', 'S', 'T', 'U', 'V', 'W', 'X', 'Y', 'Z') THEN UPPER(LTRIM(RTRIM(ma.code))) WHEN UPPER(TRIM(CAST(ct.accommodation AS VARCHAR(4000)))) IN ('B', 'C', 'D', 'E', 'G', 'H', 'K', 'R', 'S', 'T', 'U', 'V', 'W', 'X', 'Y', 'Z') THEN UPPER(LTRIM(RTRIM(ct.accommodation))) ELSE LEFT(acc.DESCRIPTION, 100) END,
        LEFT(ct.suitable, 100),
        CASE WHEN UPPER(TRIM(CAST(mv.code AS VARCHAR(4000)))) IN ('F1', 'P1', 'F2', 'P2', 'F4', 'P4', 'F5', 'P5', 'G4', 'G5', 'G6') THEN UPPER(LTRIM(RTRIM(mv.code))) WHEN UPPER(TRIM(CAST(ct.activity AS VARCHAR(4000)))) IN ('F1', 'P1', 'F2', 'P2', 'F4', 'P4', 'F5', 'P5', 'G4', 'G5', 'G6') THEN UPPER(LTRIM(RTRIM(ct.activity))) ELSE LEFT(av.DESCRIPTION, 100) END,
        pw.reviewed,
        CAST(k.adviser_id AS VARCHAR(100)),
        CAST(k.team_id AS VARCHAR(48)),
        CAST(k.worker_id AS VARCHAR(100))
    FROM classified k
    LEFT JOIN contacts ct ON ct.person_id = k.person_id AND ct.rn = 1
    LEFT JOIN maps mi ON UPPER(TRIM(CAST(mi.group_name AS VARCHAR(4000)))) = 'SSDA903 IN TOUCH TYPE' AND mi.source_value = ct.in_touch
    LEFT JOIN maps ma ON UPPER(TRIM(CAST(ma.group_name AS VARCHAR(4000)))) = 'SSDA903 ACCOMMODATION TYPE' AND ma.source_value = ct.accommodation
    LEFT JOIN maps mv ON UPPER(TRIM(CAST(mv.group_name AS VARCHAR(4000)))) = 'SSDA903 ACTIVITY TYPE' AND mv.source_value = ct.activity
    LEFT JOIN "dm_former_in_touch_types" it ON it.IN_TOUCH_TYPE = ct.in_touch
    LEFT JOIN "dm_former_accom_types" acc ON acc.ACCOMODATION_TYPE = ct.accommodation
    LEFT JOIN "dm_former_activity_types" av ON av.ACTIVITY_TYPE = ct.activity
    LEFT JOIN pathway pw ON pw.person_id = k.person_id
    WHERE k.eligibility IS NOT NULL
      AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(k.person_id AS VARCHAR(48)))
    ),
    -- the fill's rows as the load table would hold them, read twice: by the INSERT and by the counts
    ssd_bridge_loaded AS (
        SELECT CAST("clea_table_id" AS TEXT) AS "clea_table_id", CAST("clea_person_id" AS TEXT) AS "clea_person_id", CAST("clea_care_leaver_eligibility" AS TEXT) AS "clea_care_leaver_eligibility", CAST("clea_care_leaver_in_touch" AS TEXT) AS "clea_care_leaver_in_touch", CAST("clea_care_leaver_latest_contact" AS TIMESTAMP) AS "clea_care_leaver_latest_contact", CAST("clea_care_leaver_accommodation" AS TEXT) AS "clea_care_leaver_accommodation", CAST("clea_care_leaver_accom_suitable" AS TEXT) AS "clea_care_leaver_accom_suitable", CAST("clea_care_leaver_activity" AS TEXT) AS "clea_care_leaver_activity", CAST("clea_pathway_plan_review_date" AS TIMESTAMP) AS "clea_pathway_plan_review_date", CAST("clea_care_leaver_personal_advisor" AS TEXT) AS "clea_care_leaver_personal_advisor", CAST("clea_care_leaver_allocated_team" AS TEXT) AS "clea_care_leaver_allocated_team", CAST("clea_care_leaver_worker_id" AS TEXT) AS "clea_care_leaver_worker_id"
        FROM ssd_bridge_fill
    ),
    ssd_bridge_written AS (
        INSERT INTO "ssd"."ssd_care_leavers" ("clea_table_id", "clea_person_id", "clea_care_leaver_eligibility", "clea_care_leaver_in_touch", "clea_care_leaver_latest_contact", "clea_care_leaver_accommodation", "clea_care_leaver_accom_suitable", "clea_care_leaver_activity", "clea_pathway_plan_review_date", "clea_care_leaver_personal_advisor", "clea_care_leaver_allocated_team", "clea_care_leaver_worker_id")
        SELECT CASE WHEN LENGTH("clea_table_id") > 48 THEN CONCAT(LEFT("clea_table_id", 47), '…') ELSE "clea_table_id" END, CASE WHEN LENGTH("clea_person_id") > 48 THEN CONCAT(LEFT("clea_person_id", 47), '…') ELSE "clea_person_id" END, CASE WHEN LENGTH("clea_care_leaver_eligibility") > 100 THEN CONCAT(LEFT("clea_care_leaver_eligibility", 99), '…') ELSE "clea_care_leaver_eligibility" END, CASE WHEN LENGTH("clea_care_leaver_in_touch") > 100 THEN CONCAT(LEFT("clea_care_leaver_in_touch", 99), '…') ELSE "clea_care_leaver_in_touch" END, "clea_care_leaver_latest_contact", CASE WHEN LENGTH("clea_care_leaver_accommodation") > 100 THEN CONCAT(LEFT("clea_care_leaver_accommodation", 99), '…') ELSE "clea_care_leaver_accommodation" END, CASE WHEN LENGTH("clea_care_leaver_accom_suitable") > 100 THEN CONCAT(LEFT("clea_care_leaver_accom_suitable", 99), '…') ELSE "clea_care_leaver_accom_suitable" END, CASE WHEN LENGTH("clea_care_leaver_activity") > 100 THEN CONCAT(LEFT("clea_care_leaver_activity", 99), '…') ELSE "clea_care_leaver_activity" END, "clea_pathway_plan_review_date", CASE WHEN LENGTH("clea_care_leaver_personal_advisor") > 100 THEN CONCAT(LEFT("clea_care_leaver_personal_advisor", 99), '…') ELSE "clea_care_leaver_personal_advisor" END, CASE WHEN LENGTH("clea_care_leaver_allocated_team") > 48 THEN CONCAT(LEFT("clea_care_leaver_allocated_team", 47), '…') ELSE "clea_care_leaver_allocated_team" END, CASE WHEN LENGTH("clea_care_leaver_worker_id") > 100 THEN CONCAT(LEFT("clea_care_leaver_worker_id", 99), '…') ELSE "clea_care_leaver_worker_id" END FROM ssd_bridge_loaded
    )
    -- one pass counts the rows, text cut to fit and values the fill could not convert
    SELECT COUNT(*), CONCAT('', NULLIF(CONCAT(' clea_table_id=', COUNT(*) FILTER (WHERE LENGTH("clea_table_id") > 48)), ' clea_table_id=0'), NULLIF(CONCAT(' clea_person_id=', COUNT(*) FILTER (WHERE LENGTH("clea_person_id") > 48)), ' clea_person_id=0'), NULLIF(CONCAT(' clea_care_leaver_eligibility=', COUNT(*) FILTER (WHERE LENGTH("clea_care_leaver_eligibility") > 100)), ' clea_care_leaver_eligibility=0'), NULLIF(CONCAT(' clea_care_leaver_in_touch=', COUNT(*) FILTER (WHERE LENGTH("clea_care_leaver_in_touch") > 100)), ' clea_care_leaver_in_touch=0'), NULLIF(CONCAT(' clea_care_leaver_accommodation=', COUNT(*) FILTER (WHERE LENGTH("clea_care_leaver_accommodation") > 100)), ' clea_care_leaver_accommodation=0'), NULLIF(CONCAT(' clea_care_leaver_accom_suitable=', COUNT(*) FILTER (WHERE LENGTH("clea_care_leaver_accom_suitable") > 100)), ' clea_care_leaver_accom_suitable=0'), NULLIF(CONCAT(' clea_care_leaver_activity=', COUNT(*) FILTER (WHERE LENGTH("clea_care_leaver_activity") > 100)), ' clea_care_leaver_activity=0'), NULLIF(CONCAT(' clea_care_leaver_personal_advisor=', COUNT(*) FILTER (WHERE LENGTH("clea_care_leaver_personal_advisor") > 100)), ' clea_care_leaver_personal_advisor=0'), NULLIF(CONCAT(' clea_care_leaver_allocated_team=', COUNT(*) FILTER (WHERE LENGTH("clea_care_leaver_allocated_team") > 48)), ' clea_care_leaver_allocated_team=0'), NULLIF(CONCAT(' clea_care_leaver_worker_id=', COUNT(*) FILTER (WHERE LENGTH("clea_care_leaver_worker_id") > 100)), ' clea_care_leaver_worker_id=0')), '' INTO loaded, cuts, unread FROM ssd_bridge_loaded;
    RAISE NOTICE '%: % rows loaded', 'ssd_care_leavers', loaded;
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_care_leavers', cuts; END IF;
END $$;

-- ssd-bridge: end of batch
