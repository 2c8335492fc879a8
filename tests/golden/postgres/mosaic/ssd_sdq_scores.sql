DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_sdq_scores'; END $$;
DO $$
DECLARE
    loaded BIGINT;
BEGIN
    DELETE FROM "ssd"."ssd_sdq_scores";
    INSERT INTO "ssd"."ssd_sdq_scores" ("csdq_table_id", "csdq_person_id", "csdq_sdq_completed_date", "csdq_sdq_score", "csdq_sdq_reason")
    SELECT
        CAST(h.HEALTH_ID AS VARCHAR(48)),
        CAST(h.PERSON_ID AS VARCHAR(48)),
        h.HEALTH_ASSESSMENT_DATE,
        CASE WHEN h.SDQ_SCORE ~ '^\s*-?[0-9]{1,9}\s*$' THEN CAST(TRIM(h.SDQ_SCORE) AS INTEGER) END,
        LEFT(h.SDQ_REASON, 100)
    FROM "dm_health_assessments" h
    WHERE (h.SDQ_COMPLETED = 'Y' OR h.SDQ_REASON IS NOT NULL)
      AND h.HEALTH_ASSESSMENT_DATE >= (CURRENT_DATE - INTERVAL '6 years')
      AND h.HEALTH_ASSESSMENT_DATE <= CURRENT_DATE
      AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(h.PERSON_ID AS VARCHAR(48)));
    GET DIAGNOSTICS loaded = ROW_COUNT;
    RAISE NOTICE '%: % rows loaded', 'ssd_sdq_scores', loaded;
END $$;

-- ssd-bridge: end of batch
