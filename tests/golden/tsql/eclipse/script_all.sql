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
--   dialect:        tsql
--   schema:         ssd
--   part:           all
--   SSD tables:     all
--   history years:  6
--   CMS tables at:  (default for the CMS)
--
-- How to run it:
--   SSMS or Azure Data Studio: connect to the reporting database, open this file, Execute.
--   sqlcmd: sqlcmd -S SERVER -d DATABASE -E -b -i THIS_FILE.sql
--   or:     ssd-bridge deploy   (runs the same script through the configured connection)
-- =============================================================================

SET NOCOUNT ON;
SET XACT_ABORT ON;
RAISERROR(N'ssd-bridge 0.1.0: deploying part ''all'' for eclipse into schema ssd', 0, 1) WITH NOWAIT;
IF SCHEMA_ID(N'ssd') IS NULL
    EXEC(N'CREATE SCHEMA [ssd]');
GO
-- piece: tsql/ssd/ssd_person.sql
-- piece: tsql/ssd/ssd_address.sql
-- piece: tsql/ssd/ssd_disability.sql
-- piece: tsql/ssd/ssd_immigration_status.sql
-- piece: tsql/ssd/ssd_sdq_scores.sql
-- piece: tsql/ssd/ssd_cin_episodes.sql
-- piece: tsql/ssd/ssd_involvements.sql
-- piece: tsql/ssd/ssd_professionals.sql
-- piece: tsql/ssd/ssd_cin_assessments.sql
-- piece: tsql/ssd/ssd_assessment_factors.sql
-- piece: tsql/ssd/ssd_cin_plans.sql
-- piece: tsql/ssd/ssd_s47_enquiry.sql
-- piece: tsql/ssd/ssd_initial_cp_conference.sql
-- piece: tsql/ssd/ssd_cp_plans.sql
-- piece: tsql/ssd/ssd_cla_episodes.sql
-- piece: tsql/ssd/ssd_cla_placement.sql
-- piece: tsql/ssd/ssd_permanence.sql
-- piece: tsql/ssd/ssd_care_leavers.sql
-- piece: tsql/ssd/ssd_linked_identifiers.sql
-- piece: tsql/ssd/ssd_department.sql
-- piece: tsql/ssd/ssd_family.sql
-- piece: tsql/ssd/ssd_mother.sql
-- piece: tsql/ssd/ssd_legal_status.sql
-- piece: tsql/ssd/ssd_contacts.sql
-- piece: tsql/ssd/ssd_early_help_episodes.sql
-- piece: tsql/ssd/ssd_cin_visits.sql
-- piece: tsql/ssd/ssd_cp_visits.sql
-- piece: tsql/ssd/ssd_cp_reviews.sql
-- piece: tsql/ssd/ssd_cla_reviews.sql
-- piece: tsql/ssd/ssd_cla_visits.sql
-- piece: tsql/ssd/ssd_cla_health.sql
-- piece: tsql/ssd/ssd_cla_immunisations.sql
-- piece: tsql/ssd/ssd_cla_convictions.sql
-- piece: tsql/ssd/ssd_cla_substance_misuse.sql
-- piece: tsql/ssd/ssd_cla_previous_permanence.sql
-- piece: tsql/ssd/ssd_cla_care_plan.sql
-- piece: tsql/ssd/ssd_missing.sql
-- piece: tsql/ssd/ssd_send.sql
-- piece: tsql/ssd/ssd_ehcp_requests.sql
-- piece: tsql/ssd/ssd_ehcp_assessment.sql
-- piece: tsql/ssd/ssd_ehcp_named_plan.sql
-- piece: tsql/ssd/ssd_ehcp_active_plans.sql
-- piece: tsql/ssd/ssd_sen_need.sql
-- piece: tsql/ssd/ssd_s251_finance.sql
-- piece: tsql/ssd/ssd_voice_of_child.sql
-- piece: tsql/ssd/ssd_pre_proceedings.sql
-- piece: tsql/eclipse/ssd_person.sql
-- piece: tsql/eclipse/ssd_address.sql
-- piece: tsql/eclipse/ssd_disability.sql
-- piece: tsql/eclipse/ssd_immigration_status.sql
-- piece: tsql/eclipse/ssd_sdq_scores.sql
-- piece: tsql/eclipse/ssd_cin_episodes.sql
-- piece: tsql/eclipse/ssd_involvements.sql
-- piece: tsql/eclipse/ssd_professionals.sql
-- piece: tsql/eclipse/ssd_cin_assessments.sql
-- piece: tsql/eclipse/ssd_assessment_factors.sql
-- piece: tsql/eclipse/ssd_cin_plans.sql
-- piece: tsql/eclipse/ssd_s47_enquiry.sql
-- piece: tsql/eclipse/ssd_initial_cp_conference.sql
-- piece: tsql/eclipse/ssd_cp_plans.sql
-- piece: tsql/eclipse/ssd_cla_episodes.sql
-- piece: tsql/eclipse/ssd_cla_placement.sql
-- piece: tsql/eclipse/ssd_permanence.sql
-- piece: tsql/eclipse/ssd_care_leavers.sql
-- piece: tsql/eclipse/ssd_linked_identifiers.sql
-- piece: tsql/eclipse/ssd_department.sql
-- piece: tsql/eclipse/ssd_family.sql
-- piece: tsql/eclipse/ssd_mother.sql
-- piece: tsql/eclipse/ssd_legal_status.sql
-- piece: tsql/eclipse/ssd_contacts.sql
-- piece: tsql/eclipse/ssd_early_help_episodes.sql
-- piece: tsql/eclipse/ssd_cin_visits.sql
-- piece: tsql/eclipse/ssd_cp_visits.sql
-- piece: tsql/eclipse/ssd_cp_reviews.sql
-- piece: tsql/eclipse/ssd_cla_reviews.sql
-- piece: tsql/eclipse/ssd_cla_visits.sql
-- piece: tsql/eclipse/ssd_cla_health.sql
-- piece: tsql/eclipse/ssd_cla_immunisations.sql
-- piece: tsql/eclipse/ssd_missing.sql
-- piece: tsql/addon/ssd_api_data_staging.sql
-- piece: tsql/addon/ssd_api_submission_log.sql
-- piece: tsql/addon/ssd_api_run_log.sql
-- piece: tsql/addon/ssd_version_log.sql
INSERT INTO [ssd].[ssd_version_log] (version_number, description, is_current, created_at, created_by, impact_description, bridge_version, cms, dialect, parameters_json)
SELECT N'0.1.0', N'ssd-bridge deployment', 1, CURRENT_TIMESTAMP, SUSER_SNAME(),
       N'SSD and API add-on tables deployed by ssd-bridge', N'0.1.0', N'eclipse',
       N'tsql', N'{"cms":"eclipse","dialect":"tsql","fill":true,"history_years":6,"part":"all","schema":"ssd","source_location":null,"tables":"all"}'
WHERE NOT EXISTS (
    SELECT 1 FROM [ssd].[ssd_version_log]
    WHERE bridge_version = N'0.1.0' AND cms = N'eclipse'
      AND dialect = N'tsql' AND parameters_json = N'{"cms":"eclipse","dialect":"tsql","fill":true,"history_years":6,"part":"all","schema":"ssd","source_location":null,"tables":"all"}'
);
GO
RAISERROR(N'ssd-bridge: finished. 46 SSD tables and 4 add-on tables are in place in schema ssd.', 0, 1) WITH NOWAIT;
GO
