-- =============================================================================
-- ssd-bridge 0.1.0: Standard Safeguarding Dataset deployment
-- =============================================================================
-- What it does:
--   * creates the 46 tables of the whole SSD,
--     adds any column an older copy lacks, and creates the join-key indexes;
--   * refills 33 of them from the eclipse source tables, one table at a
--     time; a table whose refill fails keeps its previous contents;
--   * creates the other 13 empty: eclipse has no source for them, or their fill
--     comes in a later release; an LA can fill them from its own systems;
--   * creates the API change-tracking tables (ssd_api_data_staging, ssd_api_submission_log, ssd_api_run_log, ssd_version_log)
--     or adds the columns an existing D2I ssd_api_data_staging lacks, and records this
--     deployment in ssd_version_log.
-- It is safe to run again: it never drops or truncates a table it did not create, and
-- it never writes to the case-management system's own tables.
--
-- Parameters:
--   CMS:            eclipse
--   dialect:        postgres
--   schema:         ssd
--   part:           all
--   SSD tables:     all
--   history years:  6
--   CMS tables at:  (default for the CMS)
--
-- How to run it:
--   psql:  psql "postgresql://USER@HOST/DATABASE" -v ON_ERROR_STOP=1 -f THIS_FILE.sql
--   or:    ssd-bridge deploy   (runs the same script through the configured connection)
-- =============================================================================

SET client_min_messages = notice;
DO $$ BEGIN RAISE NOTICE '%', 'ssd-bridge 0.1.0: deploying part ''all'' for eclipse into schema ssd'; END $$;
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
-- piece: postgres/ssd/ssd_department.sql
-- piece: postgres/ssd/ssd_family.sql
-- piece: postgres/ssd/ssd_mother.sql
-- piece: postgres/ssd/ssd_legal_status.sql
-- piece: postgres/ssd/ssd_contacts.sql
-- piece: postgres/ssd/ssd_early_help_episodes.sql
-- piece: postgres/ssd/ssd_cin_visits.sql
-- piece: postgres/ssd/ssd_cp_visits.sql
-- piece: postgres/ssd/ssd_cp_reviews.sql
-- piece: postgres/ssd/ssd_cla_reviews.sql
-- piece: postgres/ssd/ssd_cla_visits.sql
-- piece: postgres/ssd/ssd_cla_health.sql
-- piece: postgres/ssd/ssd_cla_immunisations.sql
-- piece: postgres/ssd/ssd_cla_convictions.sql
-- piece: postgres/ssd/ssd_cla_substance_misuse.sql
-- piece: postgres/ssd/ssd_cla_previous_permanence.sql
-- piece: postgres/ssd/ssd_cla_care_plan.sql
-- piece: postgres/ssd/ssd_missing.sql
-- piece: postgres/ssd/ssd_send.sql
-- piece: postgres/ssd/ssd_ehcp_requests.sql
-- piece: postgres/ssd/ssd_ehcp_assessment.sql
-- piece: postgres/ssd/ssd_ehcp_named_plan.sql
-- piece: postgres/ssd/ssd_ehcp_active_plans.sql
-- piece: postgres/ssd/ssd_sen_need.sql
-- piece: postgres/ssd/ssd_s251_finance.sql
-- piece: postgres/ssd/ssd_voice_of_child.sql
-- piece: postgres/ssd/ssd_pre_proceedings.sql
-- piece: postgres/eclipse/ssd_person.sql
-- piece: postgres/eclipse/ssd_address.sql
-- piece: postgres/eclipse/ssd_disability.sql
-- piece: postgres/eclipse/ssd_immigration_status.sql
-- piece: postgres/eclipse/ssd_sdq_scores.sql
-- piece: postgres/eclipse/ssd_cin_episodes.sql
-- piece: postgres/eclipse/ssd_involvements.sql
-- piece: postgres/eclipse/ssd_professionals.sql
-- piece: postgres/eclipse/ssd_cin_assessments.sql
-- piece: postgres/eclipse/ssd_assessment_factors.sql
-- piece: postgres/eclipse/ssd_cin_plans.sql
-- piece: postgres/eclipse/ssd_s47_enquiry.sql
-- piece: postgres/eclipse/ssd_initial_cp_conference.sql
-- piece: postgres/eclipse/ssd_cp_plans.sql
-- piece: postgres/eclipse/ssd_cla_episodes.sql
-- piece: postgres/eclipse/ssd_cla_placement.sql
-- piece: postgres/eclipse/ssd_permanence.sql
-- piece: postgres/eclipse/ssd_care_leavers.sql
-- piece: postgres/eclipse/ssd_linked_identifiers.sql
-- piece: postgres/eclipse/ssd_department.sql
-- piece: postgres/eclipse/ssd_family.sql
-- piece: postgres/eclipse/ssd_mother.sql
-- piece: postgres/eclipse/ssd_legal_status.sql
-- piece: postgres/eclipse/ssd_contacts.sql
-- piece: postgres/eclipse/ssd_early_help_episodes.sql
-- piece: postgres/eclipse/ssd_cin_visits.sql
-- piece: postgres/eclipse/ssd_cp_visits.sql
-- piece: postgres/eclipse/ssd_cp_reviews.sql
-- piece: postgres/eclipse/ssd_cla_reviews.sql
-- piece: postgres/eclipse/ssd_cla_visits.sql
-- piece: postgres/eclipse/ssd_cla_health.sql
-- piece: postgres/eclipse/ssd_cla_immunisations.sql
-- piece: postgres/eclipse/ssd_missing.sql
-- piece: postgres/addon/ssd_api_data_staging.sql
-- piece: postgres/addon/ssd_api_submission_log.sql
-- piece: postgres/addon/ssd_api_run_log.sql
-- piece: postgres/addon/ssd_version_log.sql
INSERT INTO "ssd"."ssd_version_log" (version_number, description, is_current, created_at, created_by, impact_description, bridge_version, cms, dialect, parameters_json)
SELECT '0.1.0', 'ssd-bridge deployment', TRUE, CURRENT_TIMESTAMP, CURRENT_USER,
       'SSD and API add-on tables deployed by ssd-bridge', '0.1.0', 'eclipse',
       'postgres', '{"cms":"eclipse","dialect":"postgres","fill":true,"history_years":6,"part":"all","schema":"ssd","source_location":null,"tables":"all"}'
WHERE NOT EXISTS (
    SELECT 1 FROM "ssd"."ssd_version_log"
    WHERE bridge_version = '0.1.0' AND cms = 'eclipse'
      AND dialect = 'postgres' AND parameters_json = '{"cms":"eclipse","dialect":"postgres","fill":true,"history_years":6,"part":"all","schema":"ssd","source_location":null,"tables":"all"}'
);
-- ssd-bridge: end of batch
DO $$ BEGIN RAISE NOTICE '%', 'ssd-bridge: finished. 46 SSD tables and 4 add-on tables are in place in schema ssd.'; END $$;
-- ssd-bridge: end of batch
