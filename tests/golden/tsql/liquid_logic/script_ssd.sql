-- =============================================================================
-- ssd-bridge 0.1.0: Standard Safeguarding Dataset deployment
-- =============================================================================
-- What it does:
--   * creates the 19 SSD tables the DfE child record is built from,
--     adds any column an older copy lacks, and creates the join-key indexes;
--   * refills 19 of them from the liquid_logic source tables, one table at a
--     time; a table whose refill fails keeps its previous contents;
-- It is safe to run again: it never drops or truncates a table it did not create, and
-- it never writes to the case-management system's own tables.
--
-- Parameters:
--   CMS:            liquid_logic
--   dialect:        tsql
--   schema:         ssd
--   part:           ssd
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
RAISERROR(N'ssd-bridge 0.1.0: deploying part ''ssd'' for liquid_logic into schema ssd', 0, 1) WITH NOWAIT;
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
-- piece: tsql/liquid_logic/ssd_person.sql
-- piece: tsql/liquid_logic/ssd_address.sql
-- piece: tsql/liquid_logic/ssd_disability.sql
-- piece: tsql/liquid_logic/ssd_immigration_status.sql
-- piece: tsql/liquid_logic/ssd_sdq_scores.sql
-- piece: tsql/liquid_logic/ssd_cin_episodes.sql
-- piece: tsql/liquid_logic/ssd_involvements.sql
-- piece: tsql/liquid_logic/ssd_professionals.sql
-- piece: tsql/liquid_logic/ssd_cin_assessments.sql
-- piece: tsql/liquid_logic/ssd_assessment_factors.sql
-- piece: tsql/liquid_logic/ssd_cin_plans.sql
-- piece: tsql/liquid_logic/ssd_s47_enquiry.sql
-- piece: tsql/liquid_logic/ssd_initial_cp_conference.sql
-- piece: tsql/liquid_logic/ssd_cp_plans.sql
-- piece: tsql/liquid_logic/ssd_cla_episodes.sql
-- piece: tsql/liquid_logic/ssd_cla_placement.sql
-- piece: tsql/liquid_logic/ssd_permanence.sql
-- piece: tsql/liquid_logic/ssd_care_leavers.sql
-- piece: tsql/liquid_logic/ssd_linked_identifiers.sql
RAISERROR(N'ssd-bridge: finished. 19 SSD tables and 0 add-on tables are in place in schema ssd.', 0, 1) WITH NOWAIT;
GO
