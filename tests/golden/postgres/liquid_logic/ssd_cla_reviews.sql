
DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_cla_reviews'; END $$;
DO $$
DECLARE
    loaded BIGINT;
BEGIN
    DELETE FROM "ssd"."ssd_cla_reviews";
    WITH subjects AS (
        -- the child's subject rows of the review meeting that carry a qualifying outcome form
        SELECT fms.FACT_MEETINGS_ID, fms.DIM_PERSON_ID,
               MAX(fms.DIM_LOOKUP_PARTICIPATION_CODE_DESC) AS participation
        FROM "hdm"."child_social"."fact_meeting_subjects" fms
        JOIN "hdm"."child_social"."fact_forms" ff ON ff.FACT_FORM_ID = fms.FACT_OUTCM_FORM_ID
        WHERE COALESCE(ff.DIM_LOOKUP_FORM_TYPE_ID_CODE, '') NOT IN ('1391', '1195', '1377', '1540', '2069', '2340')AND ff.FACT_FORM_ID NOT IN (1071252)
        GROUP BY fms.FACT_MEETINGS_ID, fms.DIM_PERSON_ID
    )
    INSERT INTO "ssd"."ssd_cla_reviews" ("clar_cla_review_id", "clar_cla_id", "clar_cla_person_id", "clar_cla_review_due_date", "clar_cla_review_date", "clar_cla_review_cancelled", "clar_cla_review_participation")
    SELECT
        CAST(fcr.FACT_CLA_REVIEW_ID AS VARCHAR(48)),
        CAST(NULLIF(fcr.FACT_CLA_ID, -1) AS VARCHAR(48)),
        CAST(fcr.DIM_PERSON_ID AS VARCHAR(48)),
        fcr.DUE_DTTM,
        fcr.MEETING_DTTM,
        LEFT(fm.CANCELLED, 1),
        LEFT(CAST(NULLIF(LTRIM(RTRIM(s.participation)), '') AS VARCHAR(100)), 100)
    FROM "hdm"."child_social"."fact_cla_review" fcr
    JOIN subjects s ON s.FACT_MEETINGS_ID = fcr.FACT_MEETING_ID AND s.DIM_PERSON_ID = fcr.DIM_PERSON_ID
    LEFT JOIN "hdm"."child_social"."fact_meetings" fm ON fm.FACT_MEETING_ID = fcr.FACT_MEETING_ID
    WHERE fcr.DIM_PERSON_ID <> -1
        AND (fcr.MEETING_DTTM IS NULL OR fcr.MEETING_DTTM >= (CURRENT_DATE - INTERVAL '6 years'))
        AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(fcr.DIM_PERSON_ID AS VARCHAR(48)));
    GET DIAGNOSTICS loaded = ROW_COUNT;
    RAISE NOTICE '%: % rows loaded', 'ssd_cla_reviews', loaded;
END $$;
-- ssd-bridge: end of batch
