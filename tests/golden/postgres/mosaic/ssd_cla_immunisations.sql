
DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_cla_immunisations'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
    unread TEXT;
BEGIN
    -- a fill reads whole source tables: hash joins, not nested loops the planner picks when it
    -- cannot estimate a filter (trimmed codes, pivoted answers) and then rescans a table per row
    SET LOCAL enable_nestloop = off;
    DELETE FROM "ssd"."ssd_cla_immunisations";
    WITH answers_codes AS (
        SELECT q.code, CASE WHEN UPPER(TRIM(CAST(q.code AS VARCHAR(4000)))) IN ('LAC.IHR09.IMMSUPTODATE', 'LAC.IHR10.IMMSUPTODATE', 'LACFLDPARTCHEALTHRECOMMIMMUNISATIONS') THEN 1 ELSE 0 END AS immunised
        FROM (SELECT DISTINCT fq.QUESTION_USER_CODE AS code FROM "dm_cached_form_answers" fq OFFSET 0) q
        WHERE UPPER(TRIM(CAST(q.code AS VARCHAR(4000)))) IN ('LAC.IHR09.IMMSUPTODATE', 'LAC.IHR10.IMMSUPTODATE', 'LACFLDPARTCHEALTHRECOMMIMMUNISATIONS')
    ),
    answers AS (
        SELECT fa.WORKFLOW_STEP_ID AS step_id,
               CASE WHEN fa.SUBJECT_PERSON_ID > 0 THEN fa.SUBJECT_PERSON_ID ELSE 0 END AS subject,
    MAX(CASE WHEN qc.immunised = 1 THEN fa.TEXT_ANSWER END) AS immunised
        FROM "dm_cached_form_answers" fa
        JOIN answers_codes qc ON qc.code = fa.QUESTION_USER_CODE
        WHERE fa.WORKFLOW_STEP_ID IS NOT NULL
        GROUP BY fa.WORKFLOW_STEP_ID, CASE WHEN fa.SUBJECT_PERSON_ID > 0 THEN fa.SUBJECT_PERSON_ID ELSE 0 END
    ),
    answered AS (
        SELECT ss.SUBJECT_COMPOUND_ID AS person_id, s.STARTED_ON AS started_on,
               UPPER(LTRIM(RTRIM(COALESCE(a.immunised, a_all.immunised)))) AS answer,
               ROW_NUMBER() OVER (PARTITION BY ss.SUBJECT_COMPOUND_ID ORDER BY s.STARTED_ON DESC, s.WORKFLOW_STEP_ID DESC) AS pick
        FROM "dm_workflow_steps" s
        JOIN "dm_subgroup_subjects" ss ON ss.SUBGROUP_ID = s.SUBGROUP_ID AND UPPER(TRIM(CAST(ss.SUBJECT_TYPE_CODE AS VARCHAR(4000)))) = 'PER'
        LEFT JOIN answers a ON a.step_id = s.WORKFLOW_STEP_ID AND a.subject = ss.SUBJECT_COMPOUND_ID
    LEFT JOIN answers a_all ON a_all.step_id = s.WORKFLOW_STEP_ID AND a_all.subject = 0
        WHERE s.WORKFLOW_STEP_TYPE_ID IN (406, 1239)
          AND UPPER(TRIM(CAST(s.STEP_STATUS AS VARCHAR(4000)))) IN ('STARTED', 'REOPENED', 'COMPLETED')
          AND COALESCE(a.immunised, a_all.immunised) IS NOT NULL
    ),
    ssd_bridge_fill ("clai_person_id", "clai_immunisations_status", "clai_immunisations_status_date") AS (
    SELECT
        CAST(an.person_id AS VARCHAR(48)),
        CASE WHEN UPPER(TRIM(CAST(an.answer AS VARCHAR(4000)))) IN ('YES') THEN 'Y' ELSE 'N' END,
        an.started_on
    FROM answered an
    WHERE an.pick = 1
      AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(an.person_id AS VARCHAR(48)))
    ),
    -- the fill's rows as the load table would hold them, read twice: by the INSERT and by the counts
    ssd_bridge_loaded AS (
        SELECT CAST("clai_person_id" AS TEXT) AS "clai_person_id", CAST("clai_immunisations_status" AS TEXT) AS "clai_immunisations_status", CAST("clai_immunisations_status_date" AS TIMESTAMP) AS "clai_immunisations_status_date"
        FROM ssd_bridge_fill
    ),
    ssd_bridge_written AS (
        INSERT INTO "ssd"."ssd_cla_immunisations" ("clai_person_id", "clai_immunisations_status", "clai_immunisations_status_date")
        SELECT CASE WHEN LENGTH("clai_person_id") > 48 THEN CONCAT(LEFT("clai_person_id", 47), '…') ELSE "clai_person_id" END, CASE WHEN LENGTH("clai_immunisations_status") > 1 THEN CONCAT(LEFT("clai_immunisations_status", 0), '…') ELSE "clai_immunisations_status" END, "clai_immunisations_status_date" FROM ssd_bridge_loaded
    )
    -- one pass counts the rows, text cut to fit and values the fill could not convert
    SELECT COUNT(*), CONCAT('', NULLIF(CONCAT(' clai_person_id=', COUNT(*) FILTER (WHERE LENGTH("clai_person_id") > 48)), ' clai_person_id=0'), NULLIF(CONCAT(' clai_immunisations_status=', COUNT(*) FILTER (WHERE LENGTH("clai_immunisations_status") > 1)), ' clai_immunisations_status=0')), '' INTO loaded, cuts, unread FROM ssd_bridge_loaded;
    RAISE NOTICE '%: % rows loaded', 'ssd_cla_immunisations', loaded;
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_cla_immunisations', cuts; END IF;
END $$;
-- ssd-bridge: end of batch
