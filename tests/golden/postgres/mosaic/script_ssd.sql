-- =============================================================================
-- ssd-bridge 0.1.0: Standard Safeguarding Dataset deployment
-- =============================================================================
-- What it does:
--   * creates the 19 SSD tables the DfE child record is built from,
--     adds any column an older copy lacks, and creates the join-key indexes;
--   * refills 19 of them from the mosaic source tables, one table at a
--     time; a table whose refill fails keeps its previous contents;
-- It is safe to run again: it never drops or truncates a table it did not create, and
-- it never writes to the case-management system's own tables.
--
-- Parameters:
--   CMS:            mosaic
--   dialect:        postgres
--   schema:         ssd
--   part:           ssd
--   history years:  6
--   CMS tables at:  (default for the CMS)
--
-- How to run it:
--   psql:  psql "postgresql://USER@HOST/DATABASE" -v ON_ERROR_STOP=1 -f THIS_FILE.sql
--   or:    ssd-bridge deploy   (runs the same script through the configured connection)
-- =============================================================================

SET client_min_messages = notice;
DO $$ BEGIN RAISE NOTICE '%', 'ssd-bridge 0.1.0: deploying part ''ssd'' for mosaic into schema ssd'; END $$;
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = 'ssd') THEN
        CREATE SCHEMA "ssd";
    END IF;
END $$;
-- ssd-bridge: end of batch
-- piece: postgres/ssd/ssd_person.sql
-- piece: postgres/ssd/ssd_address.sql
-- piece: postgres/ssd/ssd_disability.sql
-- piece: postgres/ssd/ssd_immigration_status.sql
-- piece: postgres/ssd/ssd_sdq_scores.sql
-- piece: postgres/ssd/ssd_cin_episodes.sql
-- piece: postgres/ssd/ssd_involvements.sql
-- piece: postgres/ssd/ssd_professionals.sql
-- piece: postgres/ssd/ssd_cin_assessments.sql
-- piece: postgres/ssd/ssd_assessment_factors.sql
-- piece: postgres/ssd/ssd_cin_plans.sql
-- piece: postgres/ssd/ssd_s47_enquiry.sql
-- piece: postgres/ssd/ssd_initial_cp_conference.sql
-- piece: postgres/ssd/ssd_cp_plans.sql
-- piece: postgres/ssd/ssd_cla_episodes.sql
-- piece: postgres/ssd/ssd_cla_placement.sql
-- piece: postgres/ssd/ssd_permanence.sql
-- piece: postgres/ssd/ssd_care_leavers.sql
-- piece: postgres/ssd/ssd_linked_identifiers.sql
-- piece: postgres/mosaic/ssd_person.sql
-- piece: postgres/mosaic/ssd_address.sql
-- piece: postgres/mosaic/ssd_disability.sql
-- piece: postgres/mosaic/ssd_immigration_status.sql
-- piece: postgres/mosaic/ssd_sdq_scores.sql
-- piece: postgres/mosaic/ssd_cin_episodes.sql
-- piece: postgres/mosaic/ssd_involvements.sql
-- piece: postgres/mosaic/ssd_professionals.sql
-- piece: postgres/mosaic/ssd_cin_assessments.sql
-- piece: postgres/mosaic/ssd_assessment_factors.sql
-- piece: postgres/mosaic/ssd_cin_plans.sql
-- piece: postgres/mosaic/ssd_s47_enquiry.sql
-- piece: postgres/mosaic/ssd_initial_cp_conference.sql
-- piece: postgres/mosaic/ssd_cp_plans.sql
-- piece: postgres/mosaic/ssd_cla_episodes.sql
-- piece: postgres/mosaic/ssd_cla_placement.sql
-- piece: postgres/mosaic/ssd_permanence.sql
-- piece: postgres/mosaic/ssd_care_leavers.sql
-- piece: postgres/mosaic/ssd_linked_identifiers.sql
DO $$ BEGIN RAISE NOTICE '%', 'ssd-bridge: finished. 19 SSD tables and 0 add-on tables are in place in schema ssd.'; END $$;
-- ssd-bridge: end of batch
