DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_assessment_factors'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
    unread TEXT;
BEGIN
    -- a fill reads whole source tables: hash joins, not nested loops the planner picks when it
    -- cannot estimate a filter (trimmed codes, pivoted answers) and then rescans a table per row
    SET LOCAL enable_nestloop = off;
    DELETE FROM "ssd"."ssd_assessment_factors";
    WITH answers AS (
        SELECT
                fr.instance_id,
                fr.person_id,
                MAX(fr.submitter_id) AS submitter_id,
                MIN(fr.started_date) AS started_date,
                MAX(fr.completed_date) AS completed_date,
                MAX(CASE WHEN fr.control_no = 1 THEN fr.short_answer END) AS specific,
                MAX(CASE WHEN fr.control_no = 2 THEN fr.answer END) AS physical_by,
                MAX(CASE WHEN fr.control_no = 3 THEN fr.answer END) AS sexual_by,
                MAX(CASE WHEN fr.control_no = 4 THEN fr.answer END) AS f1A,
                MAX(CASE WHEN fr.control_no = 5 THEN fr.answer END) AS f1B,
                MAX(CASE WHEN fr.control_no = 6 THEN fr.answer END) AS f1C,
                MAX(CASE WHEN fr.control_no = 7 THEN fr.answer END) AS f2A,
                MAX(CASE WHEN fr.control_no = 8 THEN fr.answer END) AS f2B,
                MAX(CASE WHEN fr.control_no = 9 THEN fr.answer END) AS f2C,
                MAX(CASE WHEN fr.control_no = 10 THEN fr.answer END) AS f3A,
                MAX(CASE WHEN fr.control_no = 11 THEN fr.answer END) AS f3B,
                MAX(CASE WHEN fr.control_no = 12 THEN fr.answer END) AS f3C,
                MAX(CASE WHEN fr.control_no = 13 THEN fr.answer END) AS f4A,
                MAX(CASE WHEN fr.control_no = 14 THEN fr.answer END) AS f4B,
                MAX(CASE WHEN fr.control_no = 15 THEN fr.answer END) AS f4C,
                MAX(CASE WHEN fr.control_no = 16 THEN fr.answer END) AS f5A,
                MAX(CASE WHEN fr.control_no = 17 THEN fr.answer END) AS f5B,
                MAX(CASE WHEN fr.control_no = 18 THEN fr.answer END) AS f5C,
                MAX(CASE WHEN fr.control_no = 19 THEN fr.answer END) AS f6A,
                MAX(CASE WHEN fr.control_no = 20 THEN fr.answer END) AS f6B,
                MAX(CASE WHEN fr.control_no = 21 THEN fr.answer END) AS f6C
            FROM (
                SELECT f.INSTANCEID AS instance_id, f.ANSWERFORSUBJECTID AS person_id, f.SUBMITTERPERSONID AS submitter_id,
                    f.DATESTARTED AS started_date,
                    CASE WHEN (f.INSTANCESTATE IN ('COMPLETE') OR UPPER(TRIM(CAST(f.INSTANCESTATE AS VARCHAR(4000)))) IN ('COMPLETE')) THEN f.DATECOMPLETED END AS completed_date,
                    f.ANSWERVALUE AS answer,
                    f.SHORTANSWERVALUE AS short_answer,
                    CASE f.CONTROLNAME WHEN 'CINCensus_childSpecificFactor' THEN 1 WHEN 'CINCensus_allegedPerpetratorOfPhysicalAbuse' THEN 2 WHEN 'CINCensus_allegedPerpetratorOfSexualAbuse' THEN 3 WHEN 'CINCensus_alcoholChild' THEN 4 WHEN 'CINCensus_alcoholParent' THEN 5 WHEN 'CINCensus_alcoholOtherPersonHousehold' THEN 6 WHEN 'CINCensus_drugChild' THEN 7 WHEN 'CINCensus_drugParent' THEN 8 WHEN 'CINCensus_drugOtherPersonHousehold' THEN 9 WHEN 'CINCensus_domesticViolenceChild' THEN 10 WHEN 'CINCensus_domesticViolenceParent' THEN 11 WHEN 'CINCensus_domesticViolenceOtherPersonHousehold' THEN 12 WHEN 'CINCensus_mentalHealthChild' THEN 13 WHEN 'CINCensus_mentalHealthParent' THEN 14 WHEN 'CINCensus_mentalHealthOtherPerson' THEN 15 WHEN 'CINCensus_learnDisChild' THEN 16 WHEN 'CINCensus_learnDisParent' THEN 17 WHEN 'CINCensus_learnDisOtherPersonHousehold' THEN 18 WHEN 'CINCensus_physDisChild' THEN 19 WHEN 'CINCensus_physDisParent' THEN 20 WHEN 'CINCensus_physDisOtherPersonHousehold' THEN 21 ELSE CASE UPPER(TRIM(CAST(f.CONTROLNAME AS VARCHAR(4000)))) WHEN 'CINCENSUS_CHILDSPECIFICFACTOR' THEN 1 WHEN 'CINCENSUS_ALLEGEDPERPETRATOROFPHYSICALABUSE' THEN 2 WHEN 'CINCENSUS_ALLEGEDPERPETRATOROFSEXUALABUSE' THEN 3 WHEN 'CINCENSUS_ALCOHOLCHILD' THEN 4 WHEN 'CINCENSUS_ALCOHOLPARENT' THEN 5 WHEN 'CINCENSUS_ALCOHOLOTHERPERSONHOUSEHOLD' THEN 6 WHEN 'CINCENSUS_DRUGCHILD' THEN 7 WHEN 'CINCENSUS_DRUGPARENT' THEN 8 WHEN 'CINCENSUS_DRUGOTHERPERSONHOUSEHOLD' THEN 9 WHEN 'CINCENSUS_DOMESTICVIOLENCECHILD' THEN 10 WHEN 'CINCENSUS_DOMESTICVIOLENCEPARENT' THEN 11 WHEN 'CINCENSUS_DOMESTICVIOLENCEOTHERPERSONHOUSEHOLD' THEN 12 WHEN 'CINCENSUS_MENTALHEALTHCHILD' THEN 13 WHEN 'CINCENSUS_MENTALHEALTHPARENT' THEN 14 WHEN 'CINCENSUS_MENTALHEALTHOTHERPERSON' THEN 15 WHEN 'CINCENSUS_LEARNDISCHILD' THEN 16 WHEN 'CINCENSUS_LEARNDISPARENT' THEN 17 WHEN 'CINCENSUS_LEARNDISOTHERPERSONHOUSEHOLD' THEN 18 WHEN 'CINCENSUS_PHYSDISCHILD' THEN 19 WHEN 'CINCENSUS_PHYSDISPARENT' THEN 20 WHEN 'CINCENSUS_PHYSDISOTHERPERSONHOUSEHOLD' THEN 21 END END AS control_no
                FROM "formanswerpersonview" f
                WHERE f.DESIGNGUID = '94b3f530-a918-4f33-85c2-0ae355c9c2fd'
                    AND (f.DESIGNSUBNAME IN ('Single assessment', 'Reassessment') OR UPPER(TRIM(CAST(f.DESIGNSUBNAME AS VARCHAR(4000)))) IN ('SINGLE ASSESSMENT', 'REASSESSMENT'))
                    AND (f.INSTANCESTATE IS NULL OR NOT UPPER(TRIM(CAST(f.INSTANCESTATE AS VARCHAR(4000)))) IN ('DELETED', 'CANCELLED', 'DISCARDED'))
                OFFSET 0
            ) fr
            GROUP BY fr.instance_id, fr.person_id
    ),
    codes AS (
        SELECT CONCAT(a.person_id, '-', a.instance_id) AS assessment_id,
            CONCAT(''
                , CASE WHEN COALESCE(a.f1A, '') NOT IN ('', 'No', 'N', 'False', 'false', '0') THEN ',"1A"' END
                , CASE WHEN COALESCE(a.f1B, '') NOT IN ('', 'No', 'N', 'False', 'false', '0') THEN ',"1B"' END
                , CASE WHEN COALESCE(a.f1C, '') NOT IN ('', 'No', 'N', 'False', 'false', '0') THEN ',"1C"' END
                , CASE WHEN COALESCE(a.f2A, '') NOT IN ('', 'No', 'N', 'False', 'false', '0') THEN ',"2A"' END
                , CASE WHEN COALESCE(a.f2B, '') NOT IN ('', 'No', 'N', 'False', 'false', '0') THEN ',"2B"' END
                , CASE WHEN COALESCE(a.f2C, '') NOT IN ('', 'No', 'N', 'False', 'false', '0') THEN ',"2C"' END
                , CASE WHEN COALESCE(a.f3A, '') NOT IN ('', 'No', 'N', 'False', 'false', '0') THEN ',"3A"' END
                , CASE WHEN COALESCE(a.f3B, '') NOT IN ('', 'No', 'N', 'False', 'false', '0') THEN ',"3B"' END
                , CASE WHEN COALESCE(a.f3C, '') NOT IN ('', 'No', 'N', 'False', 'false', '0') THEN ',"3C"' END
                , CASE WHEN COALESCE(a.f4A, '') NOT IN ('', 'No', 'N', 'False', 'false', '0') THEN ',"4A"' END
                , CASE WHEN COALESCE(a.f4B, '') NOT IN ('', 'No', 'N', 'False', 'false', '0') THEN ',"4B"' END
                , CASE WHEN COALESCE(a.f4C, '') NOT IN ('', 'No', 'N', 'False', 'false', '0') THEN ',"4C"' END
                , CASE WHEN COALESCE(a.f5A, '') NOT IN ('', 'No', 'N', 'False', 'false', '0') THEN ',"5A"' END
                , CASE WHEN COALESCE(a.f5B, '') NOT IN ('', 'No', 'N', 'False', 'false', '0') THEN ',"5B"' END
                , CASE WHEN COALESCE(a.f5C, '') NOT IN ('', 'No', 'N', 'False', 'false', '0') THEN ',"5C"' END
                , CASE WHEN COALESCE(a.f6A, '') NOT IN ('', 'No', 'N', 'False', 'false', '0') THEN ',"6A"' END
                , CASE WHEN COALESCE(a.f6B, '') NOT IN ('', 'No', 'N', 'False', 'false', '0') THEN ',"6B"' END
                , CASE WHEN COALESCE(a.f6C, '') NOT IN ('', 'No', 'N', 'False', 'false', '0') THEN ',"6C"' END
                , CASE WHEN a.specific LIKE '%YCarer%' THEN ',"7A"' END
                , CASE WHEN a.specific LIKE '%PFOCIntendtoreturn%' THEN ',"8B"' END
                , CASE WHEN a.specific LIKE '%PFOCIntendtostay%' THEN ',"8C"' END
                , CASE WHEN a.specific LIKE '%PFUKEducation%' THEN ',"8D"' END
                , CASE WHEN a.specific LIKE '%PFUKFamily%' THEN ',"8E"' END
                , CASE WHEN a.specific LIKE '%PFOther%' THEN ',"8F"' END
                , CASE WHEN a.specific LIKE '%UASC%' THEN ',"9A"' END
                , CASE WHEN a.specific LIKE '%Miss%' THEN ',"10A"' END
                , CASE WHEN a.specific LIKE '%SexExploit%' THEN ',"11A"' END
                , CASE WHEN a.specific LIKE '%Traffic%' THEN ',"12A"' END
                , CASE WHEN a.specific LIKE '%Gang%' THEN ',"13A"' END
                , CASE WHEN a.specific LIKE '%Behave%' THEN ',"14A"' END
                , CASE WHEN a.specific LIKE '%SHarm%' THEN ',"15A"' END
                , CASE WHEN a.specific LIKE '%AbuseNeglect%' THEN ',"16A"' END
                , CASE WHEN a.specific LIKE '%EmotAbuse%' THEN ',"17A"' END
                , CASE WHEN a.specific LIKE '%PhysAbuse%' AND a.physical_by LIKE '%18B%' THEN ',"18B"' END
                , CASE WHEN a.specific LIKE '%PhysAbuse%' AND a.physical_by LIKE '%18C%' THEN ',"18C"' END
                , CASE WHEN a.specific LIKE '%SexAbuse%' AND a.sexual_by LIKE '%19B%' THEN ',"19B"' END
                , CASE WHEN a.specific LIKE '%SexAbuse%' AND a.sexual_by LIKE '%19C%' THEN ',"19C"' END
                , CASE WHEN REPLACE(a.specific, 'PFOther', '') LIKE '%Other%' THEN ',"20"' END
                , CASE WHEN a.specific LIKE '%FGM%' THEN ',"22A"' END
                , CASE WHEN a.specific LIKE '%Faith%' THEN ',"23A"' END
                , CASE WHEN a.specific LIKE '%RAD%' THEN ',"24A"' END
            ) AS listed
        FROM answers a
    ),
    ssd_bridge_fill ("cinf_table_id", "cinf_assessment_id", "cinf_assessment_factors_json") AS (
    SELECT
        c.assessment_id,
        c.assessment_id,
        CASE WHEN LENGTH(c.listed) = 0 THEN '["21"]' ELSE CONCAT('[', SUBSTRING(c.listed, 2, 4000), ']') END
    FROM codes c
    JOIN "ssd"."ssd_cin_assessments" ca ON ca.cina_assessment_id = c.assessment_id
    ),
    -- the fill's rows as the load table would hold them, read twice: by the INSERT and by the counts
    ssd_bridge_loaded AS (
        SELECT CAST("cinf_table_id" AS TEXT) AS "cinf_table_id", CAST("cinf_assessment_id" AS TEXT) AS "cinf_assessment_id", CAST("cinf_assessment_factors_json" AS TEXT) AS "cinf_assessment_factors_json"
        FROM ssd_bridge_fill
    ),
    ssd_bridge_written AS (
        INSERT INTO "ssd"."ssd_assessment_factors" ("cinf_table_id", "cinf_assessment_id", "cinf_assessment_factors_json")
        SELECT CASE WHEN LENGTH("cinf_table_id") > 48 THEN CONCAT(LEFT("cinf_table_id", 47), '…') ELSE "cinf_table_id" END, CASE WHEN LENGTH("cinf_assessment_id") > 48 THEN CONCAT(LEFT("cinf_assessment_id", 47), '…') ELSE "cinf_assessment_id" END, "cinf_assessment_factors_json" FROM ssd_bridge_loaded
    )
    -- one pass counts the rows, text cut to fit and values the fill could not convert
    SELECT COUNT(*), CONCAT('', NULLIF(CONCAT(' cinf_table_id=', COUNT(*) FILTER (WHERE LENGTH("cinf_table_id") > 48)), ' cinf_table_id=0'), NULLIF(CONCAT(' cinf_assessment_id=', COUNT(*) FILTER (WHERE LENGTH("cinf_assessment_id") > 48)), ' cinf_assessment_id=0')), '' INTO loaded, cuts, unread FROM ssd_bridge_loaded;
    RAISE NOTICE '%: % rows loaded', 'ssd_assessment_factors', loaded;
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_assessment_factors', cuts; END IF;
END $$;
-- ssd-bridge: end of batch
