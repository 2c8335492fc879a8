-- =============================================================================
-- ssd-bridge 0.1.0: Standard Safeguarding Dataset deployment
-- =============================================================================
-- What it does:
--   * creates the 19 SSD tables the DfE child record is built from,
--     adds any column an older copy lacks, and creates the join-key indexes;
--   * refills 19 of them from the liquid_logic source tables, one table at a
--     time; a table whose refill fails keeps its previous contents;
--   * creates the API change-tracking tables (ssd_api_data_staging, ssd_api_submission_log, ssd_api_run_log, ssd_version_log)
--     or adds the columns an existing D2I ssd_api_data_staging lacks, and records this
--     deployment in ssd_version_log.
-- It is safe to run again: it never drops or truncates a table it did not create, and
-- it never writes to the case-management system's own tables.
--
-- Parameters:
--   CMS:            liquid_logic
--   dialect:        tsql
--   schema:         ssd
--   part:           all
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
RAISERROR(N'ssd-bridge 0.1.0: deploying part ''all'' for liquid_logic into schema ssd', 0, 1) WITH NOWAIT;
IF SCHEMA_ID(N'ssd') IS NULL
    EXEC(N'CREATE SCHEMA [ssd]');
GO
-- ssd_person
RAISERROR(N'table ssd_person', 0, 1) WITH NOWAIT;
IF OBJECT_ID(N'[ssd].[ssd_person]', N'U') IS NULL
BEGIN
    CREATE TABLE [ssd].[ssd_person] (
        [pers_legacy_id] NVARCHAR(48),
        [pers_person_id] NVARCHAR(48) NOT NULL,
        [pers_upn] NVARCHAR(13),
        [pers_forename] NVARCHAR(100),
        [pers_surname] NVARCHAR(255),
        [pers_sex] NVARCHAR(20),
        [pers_gender] NVARCHAR(10),
        [pers_ethnicity] NVARCHAR(48),
        [pers_dob] DATETIME,
        [pers_single_unique_id] NVARCHAR(48),
        [pers_upn_unknown] NVARCHAR(6),
        [pers_send_flag] NCHAR(5),
        [pers_expected_dob] DATETIME,
        [pers_death_date] DATETIME,
        [pers_is_mother] NCHAR(1),
        [pers_nationality] NVARCHAR(48),
        CONSTRAINT [pk_ssd_person] PRIMARY KEY ([pers_person_id])
    );
END;
IF COL_LENGTH(N'[ssd].[ssd_person]', N'pers_legacy_id') IS NULL
    ALTER TABLE [ssd].[ssd_person] ADD [pers_legacy_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_person]', N'pers_person_id') IS NULL
    ALTER TABLE [ssd].[ssd_person] ADD [pers_person_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_person]', N'pers_upn') IS NULL
    ALTER TABLE [ssd].[ssd_person] ADD [pers_upn] NVARCHAR(13);
IF COL_LENGTH(N'[ssd].[ssd_person]', N'pers_forename') IS NULL
    ALTER TABLE [ssd].[ssd_person] ADD [pers_forename] NVARCHAR(100);
IF COL_LENGTH(N'[ssd].[ssd_person]', N'pers_surname') IS NULL
    ALTER TABLE [ssd].[ssd_person] ADD [pers_surname] NVARCHAR(255);
IF COL_LENGTH(N'[ssd].[ssd_person]', N'pers_sex') IS NULL
    ALTER TABLE [ssd].[ssd_person] ADD [pers_sex] NVARCHAR(20);
IF COL_LENGTH(N'[ssd].[ssd_person]', N'pers_gender') IS NULL
    ALTER TABLE [ssd].[ssd_person] ADD [pers_gender] NVARCHAR(10);
IF COL_LENGTH(N'[ssd].[ssd_person]', N'pers_ethnicity') IS NULL
    ALTER TABLE [ssd].[ssd_person] ADD [pers_ethnicity] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_person]', N'pers_dob') IS NULL
    ALTER TABLE [ssd].[ssd_person] ADD [pers_dob] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_person]', N'pers_single_unique_id') IS NULL
    ALTER TABLE [ssd].[ssd_person] ADD [pers_single_unique_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_person]', N'pers_upn_unknown') IS NULL
    ALTER TABLE [ssd].[ssd_person] ADD [pers_upn_unknown] NVARCHAR(6);
IF COL_LENGTH(N'[ssd].[ssd_person]', N'pers_send_flag') IS NULL
    ALTER TABLE [ssd].[ssd_person] ADD [pers_send_flag] NCHAR(5);
IF COL_LENGTH(N'[ssd].[ssd_person]', N'pers_expected_dob') IS NULL
    ALTER TABLE [ssd].[ssd_person] ADD [pers_expected_dob] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_person]', N'pers_death_date') IS NULL
    ALTER TABLE [ssd].[ssd_person] ADD [pers_death_date] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_person]', N'pers_is_mother') IS NULL
    ALTER TABLE [ssd].[ssd_person] ADD [pers_is_mother] NCHAR(1);
IF COL_LENGTH(N'[ssd].[ssd_person]', N'pers_nationality') IS NULL
    ALTER TABLE [ssd].[ssd_person] ADD [pers_nationality] NVARCHAR(48);

GO
-- ssd_address
RAISERROR(N'table ssd_address', 0, 1) WITH NOWAIT;
IF OBJECT_ID(N'[ssd].[ssd_address]', N'U') IS NULL
BEGIN
    CREATE TABLE [ssd].[ssd_address] (
        [addr_table_id] NVARCHAR(48) NOT NULL,
        [addr_person_id] NVARCHAR(48),
        [addr_address_type] NVARCHAR(48),
        [addr_address_start_date] DATETIME,
        [addr_address_end_date] DATETIME,
        [addr_address_postcode] NVARCHAR(15),
        [addr_address_json] NVARCHAR(1000),
        CONSTRAINT [pk_ssd_address] PRIMARY KEY ([addr_table_id])
    );
END;
IF COL_LENGTH(N'[ssd].[ssd_address]', N'addr_table_id') IS NULL
    ALTER TABLE [ssd].[ssd_address] ADD [addr_table_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_address]', N'addr_person_id') IS NULL
    ALTER TABLE [ssd].[ssd_address] ADD [addr_person_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_address]', N'addr_address_type') IS NULL
    ALTER TABLE [ssd].[ssd_address] ADD [addr_address_type] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_address]', N'addr_address_start_date') IS NULL
    ALTER TABLE [ssd].[ssd_address] ADD [addr_address_start_date] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_address]', N'addr_address_end_date') IS NULL
    ALTER TABLE [ssd].[ssd_address] ADD [addr_address_end_date] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_address]', N'addr_address_postcode') IS NULL
    ALTER TABLE [ssd].[ssd_address] ADD [addr_address_postcode] NVARCHAR(15);
IF COL_LENGTH(N'[ssd].[ssd_address]', N'addr_address_json') IS NULL
    ALTER TABLE [ssd].[ssd_address] ADD [addr_address_json] NVARCHAR(1000);

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_address_addr_person_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_address]'))
    CREATE INDEX [ix_ssd_address_addr_person_id] ON [ssd].[ssd_address] ([addr_person_id]);
GO
-- ssd_disability
RAISERROR(N'table ssd_disability', 0, 1) WITH NOWAIT;
IF OBJECT_ID(N'[ssd].[ssd_disability]', N'U') IS NULL
BEGIN
    CREATE TABLE [ssd].[ssd_disability] (
        [disa_table_id] NVARCHAR(48) NOT NULL,
        [disa_person_id] NVARCHAR(48) NOT NULL,
        [disa_disability_code] NVARCHAR(48) NOT NULL,
        CONSTRAINT [pk_ssd_disability] PRIMARY KEY ([disa_table_id])
    );
END;
IF COL_LENGTH(N'[ssd].[ssd_disability]', N'disa_table_id') IS NULL
    ALTER TABLE [ssd].[ssd_disability] ADD [disa_table_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_disability]', N'disa_person_id') IS NULL
    ALTER TABLE [ssd].[ssd_disability] ADD [disa_person_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_disability]', N'disa_disability_code') IS NULL
    ALTER TABLE [ssd].[ssd_disability] ADD [disa_disability_code] NVARCHAR(48);

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_disability_disa_person_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_disability]'))
    CREATE INDEX [ix_ssd_disability_disa_person_id] ON [ssd].[ssd_disability] ([disa_person_id]);
GO
-- ssd_immigration_status
RAISERROR(N'table ssd_immigration_status', 0, 1) WITH NOWAIT;
IF OBJECT_ID(N'[ssd].[ssd_immigration_status]', N'U') IS NULL
BEGIN
    CREATE TABLE [ssd].[ssd_immigration_status] (
        [immi_immigration_status_id] NVARCHAR(48) NOT NULL,
        [immi_person_id] NVARCHAR(48),
        [immi_immigration_status_start_date] DATETIME,
        [immi_immigration_status_end_date] DATETIME,
        [immi_immigration_status] NVARCHAR(100),
        CONSTRAINT [pk_ssd_immigration_status] PRIMARY KEY ([immi_immigration_status_id])
    );
END;
IF COL_LENGTH(N'[ssd].[ssd_immigration_status]', N'immi_immigration_status_id') IS NULL
    ALTER TABLE [ssd].[ssd_immigration_status] ADD [immi_immigration_status_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_immigration_status]', N'immi_person_id') IS NULL
    ALTER TABLE [ssd].[ssd_immigration_status] ADD [immi_person_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_immigration_status]', N'immi_immigration_status_start_date') IS NULL
    ALTER TABLE [ssd].[ssd_immigration_status] ADD [immi_immigration_status_start_date] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_immigration_status]', N'immi_immigration_status_end_date') IS NULL
    ALTER TABLE [ssd].[ssd_immigration_status] ADD [immi_immigration_status_end_date] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_immigration_status]', N'immi_immigration_status') IS NULL
    ALTER TABLE [ssd].[ssd_immigration_status] ADD [immi_immigration_status] NVARCHAR(100);

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_immigration_status_immi_person_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_immigration_status]'))
    CREATE INDEX [ix_ssd_immigration_status_immi_person_id] ON [ssd].[ssd_immigration_status] ([immi_person_id]);
GO
-- ssd_sdq_scores
RAISERROR(N'table ssd_sdq_scores', 0, 1) WITH NOWAIT;
IF OBJECT_ID(N'[ssd].[ssd_sdq_scores]', N'U') IS NULL
BEGIN
    CREATE TABLE [ssd].[ssd_sdq_scores] (
        [csdq_table_id] NVARCHAR(48) NOT NULL,
        [csdq_person_id] NVARCHAR(48),
        [csdq_sdq_completed_date] DATETIME,
        [csdq_sdq_score] INT,
        [csdq_sdq_reason] NVARCHAR(100),
        CONSTRAINT [pk_ssd_sdq_scores] PRIMARY KEY ([csdq_table_id])
    );
END;
IF COL_LENGTH(N'[ssd].[ssd_sdq_scores]', N'csdq_table_id') IS NULL
    ALTER TABLE [ssd].[ssd_sdq_scores] ADD [csdq_table_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_sdq_scores]', N'csdq_person_id') IS NULL
    ALTER TABLE [ssd].[ssd_sdq_scores] ADD [csdq_person_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_sdq_scores]', N'csdq_sdq_completed_date') IS NULL
    ALTER TABLE [ssd].[ssd_sdq_scores] ADD [csdq_sdq_completed_date] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_sdq_scores]', N'csdq_sdq_score') IS NULL
    ALTER TABLE [ssd].[ssd_sdq_scores] ADD [csdq_sdq_score] INT;
IF COL_LENGTH(N'[ssd].[ssd_sdq_scores]', N'csdq_sdq_reason') IS NULL
    ALTER TABLE [ssd].[ssd_sdq_scores] ADD [csdq_sdq_reason] NVARCHAR(100);

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_sdq_scores_csdq_person_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_sdq_scores]'))
    CREATE INDEX [ix_ssd_sdq_scores_csdq_person_id] ON [ssd].[ssd_sdq_scores] ([csdq_person_id]);
GO
-- ssd_cin_episodes
RAISERROR(N'table ssd_cin_episodes', 0, 1) WITH NOWAIT;
IF OBJECT_ID(N'[ssd].[ssd_cin_episodes]', N'U') IS NULL
BEGIN
    CREATE TABLE [ssd].[ssd_cin_episodes] (
        [cine_referral_id] NVARCHAR(48) NOT NULL,
        [cine_person_id] NVARCHAR(48),
        [cine_referral_date] DATETIME,
        [cine_cin_primary_need_code] NVARCHAR(3),
        [cine_referral_source_code] NVARCHAR(48),
        [cine_referral_source_desc] NVARCHAR(255),
        [cine_referral_outcome_json] NVARCHAR(4000),
        [cine_referral_nfa] NCHAR(1),
        [cine_close_reason] NVARCHAR(100),
        [cine_close_date] DATETIME,
        [cine_referral_team] NVARCHAR(48),
        [cine_referral_worker_id] NVARCHAR(48),
        CONSTRAINT [pk_ssd_cin_episodes] PRIMARY KEY ([cine_referral_id])
    );
END;
IF COL_LENGTH(N'[ssd].[ssd_cin_episodes]', N'cine_referral_id') IS NULL
    ALTER TABLE [ssd].[ssd_cin_episodes] ADD [cine_referral_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_cin_episodes]', N'cine_person_id') IS NULL
    ALTER TABLE [ssd].[ssd_cin_episodes] ADD [cine_person_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_cin_episodes]', N'cine_referral_date') IS NULL
    ALTER TABLE [ssd].[ssd_cin_episodes] ADD [cine_referral_date] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_cin_episodes]', N'cine_cin_primary_need_code') IS NULL
    ALTER TABLE [ssd].[ssd_cin_episodes] ADD [cine_cin_primary_need_code] NVARCHAR(3);
IF COL_LENGTH(N'[ssd].[ssd_cin_episodes]', N'cine_referral_source_code') IS NULL
    ALTER TABLE [ssd].[ssd_cin_episodes] ADD [cine_referral_source_code] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_cin_episodes]', N'cine_referral_source_desc') IS NULL
    ALTER TABLE [ssd].[ssd_cin_episodes] ADD [cine_referral_source_desc] NVARCHAR(255);
IF COL_LENGTH(N'[ssd].[ssd_cin_episodes]', N'cine_referral_outcome_json') IS NULL
    ALTER TABLE [ssd].[ssd_cin_episodes] ADD [cine_referral_outcome_json] NVARCHAR(4000);
IF COL_LENGTH(N'[ssd].[ssd_cin_episodes]', N'cine_referral_nfa') IS NULL
    ALTER TABLE [ssd].[ssd_cin_episodes] ADD [cine_referral_nfa] NCHAR(1);
IF COL_LENGTH(N'[ssd].[ssd_cin_episodes]', N'cine_close_reason') IS NULL
    ALTER TABLE [ssd].[ssd_cin_episodes] ADD [cine_close_reason] NVARCHAR(100);
IF COL_LENGTH(N'[ssd].[ssd_cin_episodes]', N'cine_close_date') IS NULL
    ALTER TABLE [ssd].[ssd_cin_episodes] ADD [cine_close_date] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_cin_episodes]', N'cine_referral_team') IS NULL
    ALTER TABLE [ssd].[ssd_cin_episodes] ADD [cine_referral_team] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_cin_episodes]', N'cine_referral_worker_id') IS NULL
    ALTER TABLE [ssd].[ssd_cin_episodes] ADD [cine_referral_worker_id] NVARCHAR(48);

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_cin_episodes_cine_person_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_cin_episodes]'))
    CREATE INDEX [ix_ssd_cin_episodes_cine_person_id] ON [ssd].[ssd_cin_episodes] ([cine_person_id]);
GO
-- ssd_involvements
RAISERROR(N'table ssd_involvements', 0, 1) WITH NOWAIT;
IF OBJECT_ID(N'[ssd].[ssd_involvements]', N'U') IS NULL
BEGIN
    CREATE TABLE [ssd].[ssd_involvements] (
        [invo_involvements_id] NVARCHAR(48) NOT NULL,
        [invo_professional_id] NVARCHAR(48),
        [invo_professional_role_id] NVARCHAR(200),
        [invo_professional_team] NVARCHAR(48),
        [invo_person_id] NVARCHAR(48),
        [invo_involvement_start_date] DATETIME,
        [invo_involvement_end_date] DATETIME,
        [invo_worker_change_reason] NVARCHAR(200),
        [invo_referral_id] NVARCHAR(48),
        CONSTRAINT [pk_ssd_involvements] PRIMARY KEY ([invo_involvements_id])
    );
END;
IF COL_LENGTH(N'[ssd].[ssd_involvements]', N'invo_involvements_id') IS NULL
    ALTER TABLE [ssd].[ssd_involvements] ADD [invo_involvements_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_involvements]', N'invo_professional_id') IS NULL
    ALTER TABLE [ssd].[ssd_involvements] ADD [invo_professional_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_involvements]', N'invo_professional_role_id') IS NULL
    ALTER TABLE [ssd].[ssd_involvements] ADD [invo_professional_role_id] NVARCHAR(200);
IF COL_LENGTH(N'[ssd].[ssd_involvements]', N'invo_professional_team') IS NULL
    ALTER TABLE [ssd].[ssd_involvements] ADD [invo_professional_team] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_involvements]', N'invo_person_id') IS NULL
    ALTER TABLE [ssd].[ssd_involvements] ADD [invo_person_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_involvements]', N'invo_involvement_start_date') IS NULL
    ALTER TABLE [ssd].[ssd_involvements] ADD [invo_involvement_start_date] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_involvements]', N'invo_involvement_end_date') IS NULL
    ALTER TABLE [ssd].[ssd_involvements] ADD [invo_involvement_end_date] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_involvements]', N'invo_worker_change_reason') IS NULL
    ALTER TABLE [ssd].[ssd_involvements] ADD [invo_worker_change_reason] NVARCHAR(200);
IF COL_LENGTH(N'[ssd].[ssd_involvements]', N'invo_referral_id') IS NULL
    ALTER TABLE [ssd].[ssd_involvements] ADD [invo_referral_id] NVARCHAR(48);

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_involvements_invo_professional_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_involvements]'))
    CREATE INDEX [ix_ssd_involvements_invo_professional_id] ON [ssd].[ssd_involvements] ([invo_professional_id]);
IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_involvements_invo_person_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_involvements]'))
    CREATE INDEX [ix_ssd_involvements_invo_person_id] ON [ssd].[ssd_involvements] ([invo_person_id]);
IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_involvements_invo_referral_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_involvements]'))
    CREATE INDEX [ix_ssd_involvements_invo_referral_id] ON [ssd].[ssd_involvements] ([invo_referral_id]);
GO
-- ssd_professionals
RAISERROR(N'table ssd_professionals', 0, 1) WITH NOWAIT;
IF OBJECT_ID(N'[ssd].[ssd_professionals]', N'U') IS NULL
BEGIN
    CREATE TABLE [ssd].[ssd_professionals] (
        [prof_professional_id] NVARCHAR(48) NOT NULL,
        [prof_staff_id] NVARCHAR(48),
        [prof_professional_name] NVARCHAR(300),
        [prof_social_worker_registration_no] NVARCHAR(48),
        [prof_agency_worker_flag] NCHAR(1),
        [prof_professional_job_title] NVARCHAR(500),
        [prof_professional_caseload] INT,
        [prof_professional_department] NVARCHAR(100),
        [prof_full_time_equivalency] FLOAT,
        CONSTRAINT [pk_ssd_professionals] PRIMARY KEY ([prof_professional_id])
    );
END;
IF COL_LENGTH(N'[ssd].[ssd_professionals]', N'prof_professional_id') IS NULL
    ALTER TABLE [ssd].[ssd_professionals] ADD [prof_professional_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_professionals]', N'prof_staff_id') IS NULL
    ALTER TABLE [ssd].[ssd_professionals] ADD [prof_staff_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_professionals]', N'prof_professional_name') IS NULL
    ALTER TABLE [ssd].[ssd_professionals] ADD [prof_professional_name] NVARCHAR(300);
IF COL_LENGTH(N'[ssd].[ssd_professionals]', N'prof_social_worker_registration_no') IS NULL
    ALTER TABLE [ssd].[ssd_professionals] ADD [prof_social_worker_registration_no] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_professionals]', N'prof_agency_worker_flag') IS NULL
    ALTER TABLE [ssd].[ssd_professionals] ADD [prof_agency_worker_flag] NCHAR(1);
IF COL_LENGTH(N'[ssd].[ssd_professionals]', N'prof_professional_job_title') IS NULL
    ALTER TABLE [ssd].[ssd_professionals] ADD [prof_professional_job_title] NVARCHAR(500);
IF COL_LENGTH(N'[ssd].[ssd_professionals]', N'prof_professional_caseload') IS NULL
    ALTER TABLE [ssd].[ssd_professionals] ADD [prof_professional_caseload] INT;
IF COL_LENGTH(N'[ssd].[ssd_professionals]', N'prof_professional_department') IS NULL
    ALTER TABLE [ssd].[ssd_professionals] ADD [prof_professional_department] NVARCHAR(100);
IF COL_LENGTH(N'[ssd].[ssd_professionals]', N'prof_full_time_equivalency') IS NULL
    ALTER TABLE [ssd].[ssd_professionals] ADD [prof_full_time_equivalency] FLOAT;

GO
-- ssd_cin_assessments
RAISERROR(N'table ssd_cin_assessments', 0, 1) WITH NOWAIT;
IF OBJECT_ID(N'[ssd].[ssd_cin_assessments]', N'U') IS NULL
BEGIN
    CREATE TABLE [ssd].[ssd_cin_assessments] (
        [cina_assessment_id] NVARCHAR(48) NOT NULL,
        [cina_person_id] NVARCHAR(48),
        [cina_referral_id] NVARCHAR(48),
        [cina_assessment_start_date] DATETIME,
        [cina_assessment_child_seen] NCHAR(1),
        [cina_assessment_auth_date] DATETIME,
        [cina_assessment_outcome_json] NVARCHAR(1000),
        [cina_assessment_outcome_nfa] NCHAR(1),
        [cina_assessment_team] NVARCHAR(48),
        [cina_assessment_worker_id] NVARCHAR(100),
        CONSTRAINT [pk_ssd_cin_assessments] PRIMARY KEY ([cina_assessment_id])
    );
END;
IF COL_LENGTH(N'[ssd].[ssd_cin_assessments]', N'cina_assessment_id') IS NULL
    ALTER TABLE [ssd].[ssd_cin_assessments] ADD [cina_assessment_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_cin_assessments]', N'cina_person_id') IS NULL
    ALTER TABLE [ssd].[ssd_cin_assessments] ADD [cina_person_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_cin_assessments]', N'cina_referral_id') IS NULL
    ALTER TABLE [ssd].[ssd_cin_assessments] ADD [cina_referral_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_cin_assessments]', N'cina_assessment_start_date') IS NULL
    ALTER TABLE [ssd].[ssd_cin_assessments] ADD [cina_assessment_start_date] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_cin_assessments]', N'cina_assessment_child_seen') IS NULL
    ALTER TABLE [ssd].[ssd_cin_assessments] ADD [cina_assessment_child_seen] NCHAR(1);
IF COL_LENGTH(N'[ssd].[ssd_cin_assessments]', N'cina_assessment_auth_date') IS NULL
    ALTER TABLE [ssd].[ssd_cin_assessments] ADD [cina_assessment_auth_date] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_cin_assessments]', N'cina_assessment_outcome_json') IS NULL
    ALTER TABLE [ssd].[ssd_cin_assessments] ADD [cina_assessment_outcome_json] NVARCHAR(1000);
IF COL_LENGTH(N'[ssd].[ssd_cin_assessments]', N'cina_assessment_outcome_nfa') IS NULL
    ALTER TABLE [ssd].[ssd_cin_assessments] ADD [cina_assessment_outcome_nfa] NCHAR(1);
IF COL_LENGTH(N'[ssd].[ssd_cin_assessments]', N'cina_assessment_team') IS NULL
    ALTER TABLE [ssd].[ssd_cin_assessments] ADD [cina_assessment_team] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_cin_assessments]', N'cina_assessment_worker_id') IS NULL
    ALTER TABLE [ssd].[ssd_cin_assessments] ADD [cina_assessment_worker_id] NVARCHAR(100);

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_cin_assessments_cina_person_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_cin_assessments]'))
    CREATE INDEX [ix_ssd_cin_assessments_cina_person_id] ON [ssd].[ssd_cin_assessments] ([cina_person_id]);
IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_cin_assessments_cina_referral_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_cin_assessments]'))
    CREATE INDEX [ix_ssd_cin_assessments_cina_referral_id] ON [ssd].[ssd_cin_assessments] ([cina_referral_id]);
GO
-- ssd_assessment_factors
RAISERROR(N'table ssd_assessment_factors', 0, 1) WITH NOWAIT;
IF OBJECT_ID(N'[ssd].[ssd_assessment_factors]', N'U') IS NULL
BEGIN
    CREATE TABLE [ssd].[ssd_assessment_factors] (
        [cinf_table_id] NVARCHAR(48) NOT NULL,
        [cinf_assessment_id] NVARCHAR(48) NOT NULL,
        [cinf_assessment_factors_json] NVARCHAR(MAX),
        CONSTRAINT [pk_ssd_assessment_factors] PRIMARY KEY ([cinf_table_id], [cinf_assessment_id])
    );
END;
IF COL_LENGTH(N'[ssd].[ssd_assessment_factors]', N'cinf_table_id') IS NULL
    ALTER TABLE [ssd].[ssd_assessment_factors] ADD [cinf_table_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_assessment_factors]', N'cinf_assessment_id') IS NULL
    ALTER TABLE [ssd].[ssd_assessment_factors] ADD [cinf_assessment_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_assessment_factors]', N'cinf_assessment_factors_json') IS NULL
    ALTER TABLE [ssd].[ssd_assessment_factors] ADD [cinf_assessment_factors_json] NVARCHAR(MAX);

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_assessment_factors_cinf_assessment_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_assessment_factors]'))
    CREATE INDEX [ix_ssd_assessment_factors_cinf_assessment_id] ON [ssd].[ssd_assessment_factors] ([cinf_assessment_id]);
GO
-- ssd_cin_plans
RAISERROR(N'table ssd_cin_plans', 0, 1) WITH NOWAIT;
IF OBJECT_ID(N'[ssd].[ssd_cin_plans]', N'U') IS NULL
BEGIN
    CREATE TABLE [ssd].[ssd_cin_plans] (
        [cinp_cin_plan_id] NVARCHAR(48) NOT NULL,
        [cinp_referral_id] NVARCHAR(48),
        [cinp_person_id] NVARCHAR(48),
        [cinp_cin_plan_start_date] DATETIME,
        [cinp_cin_plan_end_date] DATETIME,
        [cinp_cin_plan_team] NVARCHAR(48),
        [cinp_cin_plan_worker_id] NVARCHAR(100),
        CONSTRAINT [pk_ssd_cin_plans] PRIMARY KEY ([cinp_cin_plan_id])
    );
END;
IF COL_LENGTH(N'[ssd].[ssd_cin_plans]', N'cinp_cin_plan_id') IS NULL
    ALTER TABLE [ssd].[ssd_cin_plans] ADD [cinp_cin_plan_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_cin_plans]', N'cinp_referral_id') IS NULL
    ALTER TABLE [ssd].[ssd_cin_plans] ADD [cinp_referral_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_cin_plans]', N'cinp_person_id') IS NULL
    ALTER TABLE [ssd].[ssd_cin_plans] ADD [cinp_person_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_cin_plans]', N'cinp_cin_plan_start_date') IS NULL
    ALTER TABLE [ssd].[ssd_cin_plans] ADD [cinp_cin_plan_start_date] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_cin_plans]', N'cinp_cin_plan_end_date') IS NULL
    ALTER TABLE [ssd].[ssd_cin_plans] ADD [cinp_cin_plan_end_date] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_cin_plans]', N'cinp_cin_plan_team') IS NULL
    ALTER TABLE [ssd].[ssd_cin_plans] ADD [cinp_cin_plan_team] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_cin_plans]', N'cinp_cin_plan_worker_id') IS NULL
    ALTER TABLE [ssd].[ssd_cin_plans] ADD [cinp_cin_plan_worker_id] NVARCHAR(100);

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_cin_plans_cinp_referral_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_cin_plans]'))
    CREATE INDEX [ix_ssd_cin_plans_cinp_referral_id] ON [ssd].[ssd_cin_plans] ([cinp_referral_id]);
IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_cin_plans_cinp_person_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_cin_plans]'))
    CREATE INDEX [ix_ssd_cin_plans_cinp_person_id] ON [ssd].[ssd_cin_plans] ([cinp_person_id]);
GO
-- ssd_s47_enquiry
RAISERROR(N'table ssd_s47_enquiry', 0, 1) WITH NOWAIT;
IF OBJECT_ID(N'[ssd].[ssd_s47_enquiry]', N'U') IS NULL
BEGIN
    CREATE TABLE [ssd].[ssd_s47_enquiry] (
        [s47e_s47_enquiry_id] NVARCHAR(48) NOT NULL,
        [s47e_referral_id] NVARCHAR(48),
        [s47e_person_id] NVARCHAR(48),
        [s47e_s47_start_date] DATETIME,
        [s47e_s47_end_date] DATETIME,
        [s47e_s47_nfa] NCHAR(1),
        [s47e_s47_outcome_json] NVARCHAR(1000),
        [s47e_s47_completed_by_team] NVARCHAR(48),
        [s47e_s47_completed_by_worker_id] NVARCHAR(100),
        CONSTRAINT [pk_ssd_s47_enquiry] PRIMARY KEY ([s47e_s47_enquiry_id])
    );
END;
IF COL_LENGTH(N'[ssd].[ssd_s47_enquiry]', N's47e_s47_enquiry_id') IS NULL
    ALTER TABLE [ssd].[ssd_s47_enquiry] ADD [s47e_s47_enquiry_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_s47_enquiry]', N's47e_referral_id') IS NULL
    ALTER TABLE [ssd].[ssd_s47_enquiry] ADD [s47e_referral_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_s47_enquiry]', N's47e_person_id') IS NULL
    ALTER TABLE [ssd].[ssd_s47_enquiry] ADD [s47e_person_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_s47_enquiry]', N's47e_s47_start_date') IS NULL
    ALTER TABLE [ssd].[ssd_s47_enquiry] ADD [s47e_s47_start_date] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_s47_enquiry]', N's47e_s47_end_date') IS NULL
    ALTER TABLE [ssd].[ssd_s47_enquiry] ADD [s47e_s47_end_date] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_s47_enquiry]', N's47e_s47_nfa') IS NULL
    ALTER TABLE [ssd].[ssd_s47_enquiry] ADD [s47e_s47_nfa] NCHAR(1);
IF COL_LENGTH(N'[ssd].[ssd_s47_enquiry]', N's47e_s47_outcome_json') IS NULL
    ALTER TABLE [ssd].[ssd_s47_enquiry] ADD [s47e_s47_outcome_json] NVARCHAR(1000);
IF COL_LENGTH(N'[ssd].[ssd_s47_enquiry]', N's47e_s47_completed_by_team') IS NULL
    ALTER TABLE [ssd].[ssd_s47_enquiry] ADD [s47e_s47_completed_by_team] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_s47_enquiry]', N's47e_s47_completed_by_worker_id') IS NULL
    ALTER TABLE [ssd].[ssd_s47_enquiry] ADD [s47e_s47_completed_by_worker_id] NVARCHAR(100);

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_s47_enquiry_s47e_referral_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_s47_enquiry]'))
    CREATE INDEX [ix_ssd_s47_enquiry_s47e_referral_id] ON [ssd].[ssd_s47_enquiry] ([s47e_referral_id]);
IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_s47_enquiry_s47e_person_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_s47_enquiry]'))
    CREATE INDEX [ix_ssd_s47_enquiry_s47e_person_id] ON [ssd].[ssd_s47_enquiry] ([s47e_person_id]);
GO
-- ssd_initial_cp_conference
RAISERROR(N'table ssd_initial_cp_conference', 0, 1) WITH NOWAIT;
IF OBJECT_ID(N'[ssd].[ssd_initial_cp_conference]', N'U') IS NULL
BEGIN
    CREATE TABLE [ssd].[ssd_initial_cp_conference] (
        [icpc_icpc_id] NVARCHAR(48) NOT NULL,
        [icpc_icpc_meeting_id] NVARCHAR(48),
        [icpc_s47_enquiry_id] NVARCHAR(48),
        [icpc_person_id] NVARCHAR(48),
        [icpc_cp_plan_id] NVARCHAR(48),
        [icpc_referral_id] NVARCHAR(48),
        [icpc_icpc_transfer_in] NCHAR(1),
        [icpc_icpc_target_date] DATETIME,
        [icpc_icpc_date] DATETIME,
        [icpc_icpc_outcome_cp_flag] NCHAR(1),
        [icpc_icpc_outcome_json] NVARCHAR(1000),
        [icpc_icpc_team] NVARCHAR(48),
        [icpc_icpc_worker_id] NVARCHAR(100),
        CONSTRAINT [pk_ssd_initial_cp_conference] PRIMARY KEY ([icpc_icpc_id])
    );
END;
IF COL_LENGTH(N'[ssd].[ssd_initial_cp_conference]', N'icpc_icpc_id') IS NULL
    ALTER TABLE [ssd].[ssd_initial_cp_conference] ADD [icpc_icpc_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_initial_cp_conference]', N'icpc_icpc_meeting_id') IS NULL
    ALTER TABLE [ssd].[ssd_initial_cp_conference] ADD [icpc_icpc_meeting_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_initial_cp_conference]', N'icpc_s47_enquiry_id') IS NULL
    ALTER TABLE [ssd].[ssd_initial_cp_conference] ADD [icpc_s47_enquiry_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_initial_cp_conference]', N'icpc_person_id') IS NULL
    ALTER TABLE [ssd].[ssd_initial_cp_conference] ADD [icpc_person_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_initial_cp_conference]', N'icpc_cp_plan_id') IS NULL
    ALTER TABLE [ssd].[ssd_initial_cp_conference] ADD [icpc_cp_plan_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_initial_cp_conference]', N'icpc_referral_id') IS NULL
    ALTER TABLE [ssd].[ssd_initial_cp_conference] ADD [icpc_referral_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_initial_cp_conference]', N'icpc_icpc_transfer_in') IS NULL
    ALTER TABLE [ssd].[ssd_initial_cp_conference] ADD [icpc_icpc_transfer_in] NCHAR(1);
IF COL_LENGTH(N'[ssd].[ssd_initial_cp_conference]', N'icpc_icpc_target_date') IS NULL
    ALTER TABLE [ssd].[ssd_initial_cp_conference] ADD [icpc_icpc_target_date] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_initial_cp_conference]', N'icpc_icpc_date') IS NULL
    ALTER TABLE [ssd].[ssd_initial_cp_conference] ADD [icpc_icpc_date] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_initial_cp_conference]', N'icpc_icpc_outcome_cp_flag') IS NULL
    ALTER TABLE [ssd].[ssd_initial_cp_conference] ADD [icpc_icpc_outcome_cp_flag] NCHAR(1);
IF COL_LENGTH(N'[ssd].[ssd_initial_cp_conference]', N'icpc_icpc_outcome_json') IS NULL
    ALTER TABLE [ssd].[ssd_initial_cp_conference] ADD [icpc_icpc_outcome_json] NVARCHAR(1000);
IF COL_LENGTH(N'[ssd].[ssd_initial_cp_conference]', N'icpc_icpc_team') IS NULL
    ALTER TABLE [ssd].[ssd_initial_cp_conference] ADD [icpc_icpc_team] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_initial_cp_conference]', N'icpc_icpc_worker_id') IS NULL
    ALTER TABLE [ssd].[ssd_initial_cp_conference] ADD [icpc_icpc_worker_id] NVARCHAR(100);

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_initial_cp_conference_icpc_s47_enquiry_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_initial_cp_conference]'))
    CREATE INDEX [ix_ssd_initial_cp_conference_icpc_s47_enquiry_id] ON [ssd].[ssd_initial_cp_conference] ([icpc_s47_enquiry_id]);
IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_initial_cp_conference_icpc_person_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_initial_cp_conference]'))
    CREATE INDEX [ix_ssd_initial_cp_conference_icpc_person_id] ON [ssd].[ssd_initial_cp_conference] ([icpc_person_id]);
IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_initial_cp_conference_icpc_referral_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_initial_cp_conference]'))
    CREATE INDEX [ix_ssd_initial_cp_conference_icpc_referral_id] ON [ssd].[ssd_initial_cp_conference] ([icpc_referral_id]);
GO
-- ssd_cp_plans
RAISERROR(N'table ssd_cp_plans', 0, 1) WITH NOWAIT;
IF OBJECT_ID(N'[ssd].[ssd_cp_plans]', N'U') IS NULL
BEGIN
    CREATE TABLE [ssd].[ssd_cp_plans] (
        [cppl_cp_plan_id] NVARCHAR(48) NOT NULL,
        [cppl_referral_id] NVARCHAR(48),
        [cppl_icpc_id] NVARCHAR(48),
        [cppl_person_id] NVARCHAR(48),
        [cppl_cp_plan_start_date] DATETIME,
        [cppl_cp_plan_end_date] DATETIME,
        [cppl_cp_plan_ola] NCHAR(1),
        [cppl_cp_plan_initial_category] NVARCHAR(100),
        [cppl_cp_plan_latest_category] NVARCHAR(100),
        CONSTRAINT [pk_ssd_cp_plans] PRIMARY KEY ([cppl_cp_plan_id])
    );
END;
IF COL_LENGTH(N'[ssd].[ssd_cp_plans]', N'cppl_cp_plan_id') IS NULL
    ALTER TABLE [ssd].[ssd_cp_plans] ADD [cppl_cp_plan_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_cp_plans]', N'cppl_referral_id') IS NULL
    ALTER TABLE [ssd].[ssd_cp_plans] ADD [cppl_referral_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_cp_plans]', N'cppl_icpc_id') IS NULL
    ALTER TABLE [ssd].[ssd_cp_plans] ADD [cppl_icpc_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_cp_plans]', N'cppl_person_id') IS NULL
    ALTER TABLE [ssd].[ssd_cp_plans] ADD [cppl_person_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_cp_plans]', N'cppl_cp_plan_start_date') IS NULL
    ALTER TABLE [ssd].[ssd_cp_plans] ADD [cppl_cp_plan_start_date] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_cp_plans]', N'cppl_cp_plan_end_date') IS NULL
    ALTER TABLE [ssd].[ssd_cp_plans] ADD [cppl_cp_plan_end_date] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_cp_plans]', N'cppl_cp_plan_ola') IS NULL
    ALTER TABLE [ssd].[ssd_cp_plans] ADD [cppl_cp_plan_ola] NCHAR(1);
IF COL_LENGTH(N'[ssd].[ssd_cp_plans]', N'cppl_cp_plan_initial_category') IS NULL
    ALTER TABLE [ssd].[ssd_cp_plans] ADD [cppl_cp_plan_initial_category] NVARCHAR(100);
IF COL_LENGTH(N'[ssd].[ssd_cp_plans]', N'cppl_cp_plan_latest_category') IS NULL
    ALTER TABLE [ssd].[ssd_cp_plans] ADD [cppl_cp_plan_latest_category] NVARCHAR(100);

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_cp_plans_cppl_referral_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_cp_plans]'))
    CREATE INDEX [ix_ssd_cp_plans_cppl_referral_id] ON [ssd].[ssd_cp_plans] ([cppl_referral_id]);
IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_cp_plans_cppl_person_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_cp_plans]'))
    CREATE INDEX [ix_ssd_cp_plans_cppl_person_id] ON [ssd].[ssd_cp_plans] ([cppl_person_id]);
GO
-- ssd_cla_episodes
RAISERROR(N'table ssd_cla_episodes', 0, 1) WITH NOWAIT;
IF OBJECT_ID(N'[ssd].[ssd_cla_episodes]', N'U') IS NULL
BEGIN
    CREATE TABLE [ssd].[ssd_cla_episodes] (
        [clae_cla_episode_id] NVARCHAR(48) NOT NULL,
        [clae_person_id] NVARCHAR(48),
        [clae_cla_placement_id] NVARCHAR(48),
        [clae_cla_episode_start_date] DATETIME,
        [clae_cla_episode_start_reason] NVARCHAR(100),
        [clae_cla_primary_need_code] NVARCHAR(3),
        [clae_cla_episode_ceased_date] DATETIME,
        [clae_cla_episode_ceased_reason] NVARCHAR(255),
        [clae_cla_id] NVARCHAR(48),
        [clae_referral_id] NVARCHAR(48),
        [clae_cla_last_iro_contact_date] DATETIME,
        [clae_entered_care_date] DATETIME,
        CONSTRAINT [pk_ssd_cla_episodes] PRIMARY KEY ([clae_cla_episode_id])
    );
END;
IF COL_LENGTH(N'[ssd].[ssd_cla_episodes]', N'clae_cla_episode_id') IS NULL
    ALTER TABLE [ssd].[ssd_cla_episodes] ADD [clae_cla_episode_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_cla_episodes]', N'clae_person_id') IS NULL
    ALTER TABLE [ssd].[ssd_cla_episodes] ADD [clae_person_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_cla_episodes]', N'clae_cla_placement_id') IS NULL
    ALTER TABLE [ssd].[ssd_cla_episodes] ADD [clae_cla_placement_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_cla_episodes]', N'clae_cla_episode_start_date') IS NULL
    ALTER TABLE [ssd].[ssd_cla_episodes] ADD [clae_cla_episode_start_date] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_cla_episodes]', N'clae_cla_episode_start_reason') IS NULL
    ALTER TABLE [ssd].[ssd_cla_episodes] ADD [clae_cla_episode_start_reason] NVARCHAR(100);
IF COL_LENGTH(N'[ssd].[ssd_cla_episodes]', N'clae_cla_primary_need_code') IS NULL
    ALTER TABLE [ssd].[ssd_cla_episodes] ADD [clae_cla_primary_need_code] NVARCHAR(3);
IF COL_LENGTH(N'[ssd].[ssd_cla_episodes]', N'clae_cla_episode_ceased_date') IS NULL
    ALTER TABLE [ssd].[ssd_cla_episodes] ADD [clae_cla_episode_ceased_date] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_cla_episodes]', N'clae_cla_episode_ceased_reason') IS NULL
    ALTER TABLE [ssd].[ssd_cla_episodes] ADD [clae_cla_episode_ceased_reason] NVARCHAR(255);
IF COL_LENGTH(N'[ssd].[ssd_cla_episodes]', N'clae_cla_id') IS NULL
    ALTER TABLE [ssd].[ssd_cla_episodes] ADD [clae_cla_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_cla_episodes]', N'clae_referral_id') IS NULL
    ALTER TABLE [ssd].[ssd_cla_episodes] ADD [clae_referral_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_cla_episodes]', N'clae_cla_last_iro_contact_date') IS NULL
    ALTER TABLE [ssd].[ssd_cla_episodes] ADD [clae_cla_last_iro_contact_date] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_cla_episodes]', N'clae_entered_care_date') IS NULL
    ALTER TABLE [ssd].[ssd_cla_episodes] ADD [clae_entered_care_date] DATETIME;

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_cla_episodes_clae_person_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_cla_episodes]'))
    CREATE INDEX [ix_ssd_cla_episodes_clae_person_id] ON [ssd].[ssd_cla_episodes] ([clae_person_id]);
IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_cla_episodes_clae_cla_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_cla_episodes]'))
    CREATE INDEX [ix_ssd_cla_episodes_clae_cla_id] ON [ssd].[ssd_cla_episodes] ([clae_cla_id]);
IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_cla_episodes_clae_referral_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_cla_episodes]'))
    CREATE INDEX [ix_ssd_cla_episodes_clae_referral_id] ON [ssd].[ssd_cla_episodes] ([clae_referral_id]);
GO
-- ssd_cla_placement
RAISERROR(N'table ssd_cla_placement', 0, 1) WITH NOWAIT;
IF OBJECT_ID(N'[ssd].[ssd_cla_placement]', N'U') IS NULL
BEGIN
    CREATE TABLE [ssd].[ssd_cla_placement] (
        [clap_cla_placement_id] NVARCHAR(48) NOT NULL,
        [clap_cla_id] NVARCHAR(48),
        [clap_person_id] NVARCHAR(48),
        [clap_cla_placement_start_date] DATETIME,
        [clap_cla_placement_type] NVARCHAR(100),
        [clap_cla_placement_urn] NVARCHAR(48),
        [clap_cla_placement_distance] FLOAT,
        [clap_cla_placement_provider] NVARCHAR(48),
        [clap_cla_placement_postcode] NVARCHAR(8),
        [clap_cla_placement_end_date] DATETIME,
        [clap_cla_placement_change_reason] NVARCHAR(100),
        CONSTRAINT [pk_ssd_cla_placement] PRIMARY KEY ([clap_cla_placement_id])
    );
END;
IF COL_LENGTH(N'[ssd].[ssd_cla_placement]', N'clap_cla_placement_id') IS NULL
    ALTER TABLE [ssd].[ssd_cla_placement] ADD [clap_cla_placement_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_cla_placement]', N'clap_cla_id') IS NULL
    ALTER TABLE [ssd].[ssd_cla_placement] ADD [clap_cla_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_cla_placement]', N'clap_person_id') IS NULL
    ALTER TABLE [ssd].[ssd_cla_placement] ADD [clap_person_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_cla_placement]', N'clap_cla_placement_start_date') IS NULL
    ALTER TABLE [ssd].[ssd_cla_placement] ADD [clap_cla_placement_start_date] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_cla_placement]', N'clap_cla_placement_type') IS NULL
    ALTER TABLE [ssd].[ssd_cla_placement] ADD [clap_cla_placement_type] NVARCHAR(100);
IF COL_LENGTH(N'[ssd].[ssd_cla_placement]', N'clap_cla_placement_urn') IS NULL
    ALTER TABLE [ssd].[ssd_cla_placement] ADD [clap_cla_placement_urn] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_cla_placement]', N'clap_cla_placement_distance') IS NULL
    ALTER TABLE [ssd].[ssd_cla_placement] ADD [clap_cla_placement_distance] FLOAT;
IF COL_LENGTH(N'[ssd].[ssd_cla_placement]', N'clap_cla_placement_provider') IS NULL
    ALTER TABLE [ssd].[ssd_cla_placement] ADD [clap_cla_placement_provider] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_cla_placement]', N'clap_cla_placement_postcode') IS NULL
    ALTER TABLE [ssd].[ssd_cla_placement] ADD [clap_cla_placement_postcode] NVARCHAR(8);
IF COL_LENGTH(N'[ssd].[ssd_cla_placement]', N'clap_cla_placement_end_date') IS NULL
    ALTER TABLE [ssd].[ssd_cla_placement] ADD [clap_cla_placement_end_date] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_cla_placement]', N'clap_cla_placement_change_reason') IS NULL
    ALTER TABLE [ssd].[ssd_cla_placement] ADD [clap_cla_placement_change_reason] NVARCHAR(100);

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_cla_placement_clap_cla_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_cla_placement]'))
    CREATE INDEX [ix_ssd_cla_placement_clap_cla_id] ON [ssd].[ssd_cla_placement] ([clap_cla_id]);
IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_cla_placement_clap_person_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_cla_placement]'))
    CREATE INDEX [ix_ssd_cla_placement_clap_person_id] ON [ssd].[ssd_cla_placement] ([clap_person_id]);
GO
-- ssd_permanence
RAISERROR(N'table ssd_permanence', 0, 1) WITH NOWAIT;
IF OBJECT_ID(N'[ssd].[ssd_permanence]', N'U') IS NULL
BEGIN
    CREATE TABLE [ssd].[ssd_permanence] (
        [perm_table_id] NVARCHAR(48) NOT NULL,
        [perm_person_id] NVARCHAR(48),
        [perm_cla_id] NVARCHAR(48),
        [perm_adm_decision_date] DATETIME,
        [perm_part_of_sibling_group] NCHAR(1),
        [perm_siblings_placed_together] INT,
        [perm_siblings_placed_apart] INT,
        [perm_ffa_cp_decision_date] DATETIME,
        [perm_placement_order_date] DATETIME,
        [perm_matched_date] DATETIME,
        [perm_adopter_sex] NVARCHAR(48),
        [perm_adopter_legal_status] NVARCHAR(100),
        [perm_number_of_adopters] INT,
        [perm_placed_for_adoption_date] DATETIME,
        [perm_adopted_by_carer_flag] NCHAR(1),
        [perm_placed_foster_carer_date] DATETIME,
        [perm_placed_ffa_cp_date] DATETIME,
        [perm_placement_provider_urn] NVARCHAR(48),
        [perm_decision_reversed_date] DATETIME,
        [perm_decision_reversed_reason] NVARCHAR(100),
        [perm_permanence_order_date] DATETIME,
        [perm_permanence_order_type] NVARCHAR(100),
        [perm_adoption_worker_id] NVARCHAR(100),
        CONSTRAINT [pk_ssd_permanence] PRIMARY KEY ([perm_table_id])
    );
END;
IF COL_LENGTH(N'[ssd].[ssd_permanence]', N'perm_table_id') IS NULL
    ALTER TABLE [ssd].[ssd_permanence] ADD [perm_table_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_permanence]', N'perm_person_id') IS NULL
    ALTER TABLE [ssd].[ssd_permanence] ADD [perm_person_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_permanence]', N'perm_cla_id') IS NULL
    ALTER TABLE [ssd].[ssd_permanence] ADD [perm_cla_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_permanence]', N'perm_adm_decision_date') IS NULL
    ALTER TABLE [ssd].[ssd_permanence] ADD [perm_adm_decision_date] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_permanence]', N'perm_part_of_sibling_group') IS NULL
    ALTER TABLE [ssd].[ssd_permanence] ADD [perm_part_of_sibling_group] NCHAR(1);
IF COL_LENGTH(N'[ssd].[ssd_permanence]', N'perm_siblings_placed_together') IS NULL
    ALTER TABLE [ssd].[ssd_permanence] ADD [perm_siblings_placed_together] INT;
IF COL_LENGTH(N'[ssd].[ssd_permanence]', N'perm_siblings_placed_apart') IS NULL
    ALTER TABLE [ssd].[ssd_permanence] ADD [perm_siblings_placed_apart] INT;
IF COL_LENGTH(N'[ssd].[ssd_permanence]', N'perm_ffa_cp_decision_date') IS NULL
    ALTER TABLE [ssd].[ssd_permanence] ADD [perm_ffa_cp_decision_date] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_permanence]', N'perm_placement_order_date') IS NULL
    ALTER TABLE [ssd].[ssd_permanence] ADD [perm_placement_order_date] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_permanence]', N'perm_matched_date') IS NULL
    ALTER TABLE [ssd].[ssd_permanence] ADD [perm_matched_date] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_permanence]', N'perm_adopter_sex') IS NULL
    ALTER TABLE [ssd].[ssd_permanence] ADD [perm_adopter_sex] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_permanence]', N'perm_adopter_legal_status') IS NULL
    ALTER TABLE [ssd].[ssd_permanence] ADD [perm_adopter_legal_status] NVARCHAR(100);
IF COL_LENGTH(N'[ssd].[ssd_permanence]', N'perm_number_of_adopters') IS NULL
    ALTER TABLE [ssd].[ssd_permanence] ADD [perm_number_of_adopters] INT;
IF COL_LENGTH(N'[ssd].[ssd_permanence]', N'perm_placed_for_adoption_date') IS NULL
    ALTER TABLE [ssd].[ssd_permanence] ADD [perm_placed_for_adoption_date] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_permanence]', N'perm_adopted_by_carer_flag') IS NULL
    ALTER TABLE [ssd].[ssd_permanence] ADD [perm_adopted_by_carer_flag] NCHAR(1);
IF COL_LENGTH(N'[ssd].[ssd_permanence]', N'perm_placed_foster_carer_date') IS NULL
    ALTER TABLE [ssd].[ssd_permanence] ADD [perm_placed_foster_carer_date] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_permanence]', N'perm_placed_ffa_cp_date') IS NULL
    ALTER TABLE [ssd].[ssd_permanence] ADD [perm_placed_ffa_cp_date] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_permanence]', N'perm_placement_provider_urn') IS NULL
    ALTER TABLE [ssd].[ssd_permanence] ADD [perm_placement_provider_urn] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_permanence]', N'perm_decision_reversed_date') IS NULL
    ALTER TABLE [ssd].[ssd_permanence] ADD [perm_decision_reversed_date] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_permanence]', N'perm_decision_reversed_reason') IS NULL
    ALTER TABLE [ssd].[ssd_permanence] ADD [perm_decision_reversed_reason] NVARCHAR(100);
IF COL_LENGTH(N'[ssd].[ssd_permanence]', N'perm_permanence_order_date') IS NULL
    ALTER TABLE [ssd].[ssd_permanence] ADD [perm_permanence_order_date] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_permanence]', N'perm_permanence_order_type') IS NULL
    ALTER TABLE [ssd].[ssd_permanence] ADD [perm_permanence_order_type] NVARCHAR(100);
IF COL_LENGTH(N'[ssd].[ssd_permanence]', N'perm_adoption_worker_id') IS NULL
    ALTER TABLE [ssd].[ssd_permanence] ADD [perm_adoption_worker_id] NVARCHAR(100);

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_permanence_perm_person_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_permanence]'))
    CREATE INDEX [ix_ssd_permanence_perm_person_id] ON [ssd].[ssd_permanence] ([perm_person_id]);
IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_permanence_perm_cla_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_permanence]'))
    CREATE INDEX [ix_ssd_permanence_perm_cla_id] ON [ssd].[ssd_permanence] ([perm_cla_id]);
GO
-- ssd_care_leavers
RAISERROR(N'table ssd_care_leavers', 0, 1) WITH NOWAIT;
IF OBJECT_ID(N'[ssd].[ssd_care_leavers]', N'U') IS NULL
BEGIN
    CREATE TABLE [ssd].[ssd_care_leavers] (
        [clea_table_id] NVARCHAR(48) NOT NULL,
        [clea_person_id] NVARCHAR(48),
        [clea_care_leaver_eligibility] NVARCHAR(100),
        [clea_care_leaver_in_touch] NVARCHAR(100),
        [clea_care_leaver_latest_contact] DATETIME,
        [clea_care_leaver_accommodation] NVARCHAR(100),
        [clea_care_leaver_accom_suitable] NVARCHAR(100),
        [clea_care_leaver_activity] NVARCHAR(100),
        [clea_pathway_plan_review_date] DATETIME,
        [clea_care_leaver_personal_advisor] NVARCHAR(100),
        [clea_care_leaver_allocated_team] NVARCHAR(48),
        [clea_care_leaver_worker_id] NVARCHAR(100),
        CONSTRAINT [pk_ssd_care_leavers] PRIMARY KEY ([clea_table_id])
    );
END;
IF COL_LENGTH(N'[ssd].[ssd_care_leavers]', N'clea_table_id') IS NULL
    ALTER TABLE [ssd].[ssd_care_leavers] ADD [clea_table_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_care_leavers]', N'clea_person_id') IS NULL
    ALTER TABLE [ssd].[ssd_care_leavers] ADD [clea_person_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_care_leavers]', N'clea_care_leaver_eligibility') IS NULL
    ALTER TABLE [ssd].[ssd_care_leavers] ADD [clea_care_leaver_eligibility] NVARCHAR(100);
IF COL_LENGTH(N'[ssd].[ssd_care_leavers]', N'clea_care_leaver_in_touch') IS NULL
    ALTER TABLE [ssd].[ssd_care_leavers] ADD [clea_care_leaver_in_touch] NVARCHAR(100);
IF COL_LENGTH(N'[ssd].[ssd_care_leavers]', N'clea_care_leaver_latest_contact') IS NULL
    ALTER TABLE [ssd].[ssd_care_leavers] ADD [clea_care_leaver_latest_contact] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_care_leavers]', N'clea_care_leaver_accommodation') IS NULL
    ALTER TABLE [ssd].[ssd_care_leavers] ADD [clea_care_leaver_accommodation] NVARCHAR(100);
IF COL_LENGTH(N'[ssd].[ssd_care_leavers]', N'clea_care_leaver_accom_suitable') IS NULL
    ALTER TABLE [ssd].[ssd_care_leavers] ADD [clea_care_leaver_accom_suitable] NVARCHAR(100);
IF COL_LENGTH(N'[ssd].[ssd_care_leavers]', N'clea_care_leaver_activity') IS NULL
    ALTER TABLE [ssd].[ssd_care_leavers] ADD [clea_care_leaver_activity] NVARCHAR(100);
IF COL_LENGTH(N'[ssd].[ssd_care_leavers]', N'clea_pathway_plan_review_date') IS NULL
    ALTER TABLE [ssd].[ssd_care_leavers] ADD [clea_pathway_plan_review_date] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_care_leavers]', N'clea_care_leaver_personal_advisor') IS NULL
    ALTER TABLE [ssd].[ssd_care_leavers] ADD [clea_care_leaver_personal_advisor] NVARCHAR(100);
IF COL_LENGTH(N'[ssd].[ssd_care_leavers]', N'clea_care_leaver_allocated_team') IS NULL
    ALTER TABLE [ssd].[ssd_care_leavers] ADD [clea_care_leaver_allocated_team] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_care_leavers]', N'clea_care_leaver_worker_id') IS NULL
    ALTER TABLE [ssd].[ssd_care_leavers] ADD [clea_care_leaver_worker_id] NVARCHAR(100);

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_care_leavers_clea_person_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_care_leavers]'))
    CREATE INDEX [ix_ssd_care_leavers_clea_person_id] ON [ssd].[ssd_care_leavers] ([clea_person_id]);
GO
-- ssd_linked_identifiers
RAISERROR(N'table ssd_linked_identifiers', 0, 1) WITH NOWAIT;
IF OBJECT_ID(N'[ssd].[ssd_linked_identifiers]', N'U') IS NULL
BEGIN
    CREATE TABLE [ssd].[ssd_linked_identifiers] (
        [link_table_id] NVARCHAR(48) NOT NULL,
        [link_person_id] NVARCHAR(48),
        [link_identifier_type] NVARCHAR(100),
        [link_identifier_value] NVARCHAR(100),
        [link_valid_from_date] DATETIME,
        [link_valid_to_date] DATETIME,
        CONSTRAINT [pk_ssd_linked_identifiers] PRIMARY KEY ([link_table_id])
    );
END;
IF COL_LENGTH(N'[ssd].[ssd_linked_identifiers]', N'link_table_id') IS NULL
    ALTER TABLE [ssd].[ssd_linked_identifiers] ADD [link_table_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_linked_identifiers]', N'link_person_id') IS NULL
    ALTER TABLE [ssd].[ssd_linked_identifiers] ADD [link_person_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_linked_identifiers]', N'link_identifier_type') IS NULL
    ALTER TABLE [ssd].[ssd_linked_identifiers] ADD [link_identifier_type] NVARCHAR(100);
IF COL_LENGTH(N'[ssd].[ssd_linked_identifiers]', N'link_identifier_value') IS NULL
    ALTER TABLE [ssd].[ssd_linked_identifiers] ADD [link_identifier_value] NVARCHAR(100);
IF COL_LENGTH(N'[ssd].[ssd_linked_identifiers]', N'link_valid_from_date') IS NULL
    ALTER TABLE [ssd].[ssd_linked_identifiers] ADD [link_valid_from_date] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_linked_identifiers]', N'link_valid_to_date') IS NULL
    ALTER TABLE [ssd].[ssd_linked_identifiers] ADD [link_valid_to_date] DATETIME;

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_linked_identifiers_link_person_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_linked_identifiers]'))
    CREATE INDEX [ix_ssd_linked_identifiers_link_person_id] ON [ssd].[ssd_linked_identifiers] ([link_person_id]);
GO
RAISERROR(N'refilling ssd_person', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_person') IS NOT NULL DROP TABLE [#ssd_load_ssd_person];
    CREATE TABLE [#ssd_load_ssd_person] ([pers_legacy_id] NVARCHAR(MAX), [pers_person_id] NVARCHAR(MAX), [pers_upn] NVARCHAR(MAX), [pers_forename] NVARCHAR(MAX), [pers_surname] NVARCHAR(MAX), [pers_sex] NVARCHAR(MAX), [pers_gender] NVARCHAR(MAX), [pers_ethnicity] NVARCHAR(MAX), [pers_dob] DATETIME, [pers_single_unique_id] NVARCHAR(MAX), [pers_upn_unknown] NVARCHAR(MAX), [pers_send_flag] NVARCHAR(MAX), [pers_expected_dob] DATETIME, [pers_death_date] DATETIME, [pers_is_mother] NVARCHAR(MAX), [pers_nationality] NVARCHAR(MAX));
    WITH ethnic AS (
        -- one national code per local ethnicity code, so a doubled lookup row cannot double a child
        SELECT e.MAIN_CODE, e.NAT_ID,
               ROW_NUMBER() OVER (PARTITION BY e.MAIN_CODE ORDER BY e.NAT_ID) AS rn
        FROM [HDM].[Child_Social].[DIM_LOOKUP_DFE_ETHNIC] e
        WHERE e.NAT_ID IS NOT NULL
    ),
    no_upn AS (
        -- the UPN-unknown reason from the SSDA903 data: the highest code recorded for the person
        SELECT f.DIM_PERSON_ID, f.NO_UPN_CODE,
               ROW_NUMBER() OVER (PARTITION BY f.DIM_PERSON_ID ORDER BY f.NO_UPN_CODE DESC) AS rn
        FROM [HDM].[Child_Social].[FACT_903_DATA] f
        WHERE f.NO_UPN_CODE IS NOT NULL
    )
    INSERT INTO [#ssd_load_ssd_person] ([pers_legacy_id], [pers_person_id], [pers_upn], [pers_forename], [pers_surname], [pers_sex], [pers_gender], [pers_ethnicity], [pers_dob], [pers_single_unique_id], [pers_upn_unknown], [pers_send_flag], [pers_expected_dob], [pers_death_date], [pers_is_mother], [pers_nationality])
    SELECT
        CAST(p.LEGACY_ID AS NVARCHAR(48)),
        CAST(p.DIM_PERSON_ID AS NVARCHAR(48)),
        NULLIF(LEFT(LTRIM(RTRIM(p.UPN)), 13), ''),
        LEFT(p.FORENAME, 100),
        LEFT(p.SURNAME, 255),
        LEFT(p.GENDER_MAIN_CODE, 20),
        -- Liquid Logic holds one gender code; the SSD keeps it in both columns
        LEFT(p.GENDER_MAIN_CODE, 10),
        LEFT(eth.NAT_ID, 48),
        CASE WHEN COALESCE(p.DOB_ESTIMATED, 'N') <> 'Y' THEN p.BIRTH_DTTM END,
        -- no single unique id (NHS number) in the mapped sources
        NULL,
        LEFT(nu.NO_UPN_CODE, 6),
        LEFT(p.EHM_SEN_FLAG, 5),
        CASE WHEN p.DOB_ESTIMATED = 'Y' THEN p.BIRTH_DTTM END,
        p.DEATH_DTTM,
        CASE WHEN COALESCE(p.GENDER_MAIN_CODE, '') <> 'M' AND p.DIM_PERSON_ID IN (
            SELECT r.DIM_PERSON_ID FROM [HDM].[Child_Social].[FACT_PERSON_RELATION] r WHERE r.DIM_LOOKUP_RELTN_TYPE_CODE = 'CHI'
        ) THEN 'Y' END,
        LEFT(p.NATNL_CODE, 48)
    FROM [HDM].[Child_Social].[DIM_PERSON] p
    LEFT JOIN ethnic eth ON eth.MAIN_CODE = p.ETHNICITY_MAIN_CODE AND eth.rn = 1
    LEFT JOIN no_upn nu ON nu.DIM_PERSON_ID = p.DIM_PERSON_ID AND nu.rn = 1
    WHERE p.DIM_PERSON_ID IS NOT NULL
        AND p.DIM_PERSON_ID <> -1
        AND p.DUPLICATED_DTTM IS NULL
        AND p.IS_CLIENT = 'Y'
        -- uncorrelated IN lists, not correlated EXISTS: OR-ed EXISTS would be probed once per person
        AND (
            p.DIM_PERSON_ID IN (
                SELECT c.DIM_PERSON_ID FROM [HDM].[Child_Social].[FACT_CONTACTS] c
                WHERE c.CONTACT_DTTM >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)) AND CAST(c.CONTACT_DTTM AS DATE) <= CAST(GETDATE() AS DATE)
            )
            OR p.DIM_PERSON_ID IN (
                SELECT fr.DIM_PERSON_ID FROM [HDM].[Child_Social].[FACT_REFERRALS] fr
                WHERE fr.REFRL_START_DTTM >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)) OR fr.REFRL_END_DTTM >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)) OR fr.REFRL_END_DTTM IS NULL
            )
            OR p.DIM_PERSON_ID IN (
                SELECT cl.DIM_PERSON_ID FROM [HDM].[Child_Social].[FACT_CLA_CARE_LEAVERS] cl
                WHERE cl.IN_TOUCH_DTTM >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE))
            )
            OR p.DIM_PERSON_ID IN (
                SELECT ce.DIM_PERSON_ID FROM [HDM].[Child_Social].[DIM_CLA_ELIGIBILITY] ce
                WHERE ce.DIM_LOOKUP_ELIGIBILITY_STATUS_DESC IS NOT NULL
            )
            OR p.DIM_PERSON_ID IN (
                -- key-agency involvements count only when they carry the allocated social worker
                SELECT fi.DIM_PERSON_ID FROM [HDM].[Child_Social].[FACT_INVOLVEMENTS] fi
                WHERE (COALESCE(fi.DIM_LOOKUP_INVOLVEMENT_TYPE_CODE, '') NOT LIKE 'KA%' OR fi.IS_ALLOCATED_CW_FLAG = 'Y')
                    AND fi.DIM_WORKER_ID <> -1
                    AND (fi.END_DTTM IS NULL OR fi.END_DTTM > DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)))
            )
        );
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_person];
    INSERT INTO [ssd].[ssd_person] ([pers_legacy_id], [pers_person_id], [pers_upn], [pers_forename], [pers_surname], [pers_sex], [pers_gender], [pers_ethnicity], [pers_dob], [pers_single_unique_id], [pers_upn_unknown], [pers_send_flag], [pers_expected_dob], [pers_death_date], [pers_is_mother], [pers_nationality])
    SELECT CASE WHEN LEN([pers_legacy_id]) > 48 THEN CONCAT(LEFT([pers_legacy_id], 47), N'…') ELSE [pers_legacy_id] END, CASE WHEN LEN([pers_person_id]) > 48 THEN CONCAT(LEFT([pers_person_id], 47), N'…') ELSE [pers_person_id] END, CASE WHEN LEN([pers_upn]) > 13 THEN CONCAT(LEFT([pers_upn], 12), N'…') ELSE [pers_upn] END, CASE WHEN LEN([pers_forename]) > 100 THEN CONCAT(LEFT([pers_forename], 99), N'…') ELSE [pers_forename] END, CASE WHEN LEN([pers_surname]) > 255 THEN CONCAT(LEFT([pers_surname], 254), N'…') ELSE [pers_surname] END, CASE WHEN LEN([pers_sex]) > 20 THEN CONCAT(LEFT([pers_sex], 19), N'…') ELSE [pers_sex] END, CASE WHEN LEN([pers_gender]) > 10 THEN CONCAT(LEFT([pers_gender], 9), N'…') ELSE [pers_gender] END, CASE WHEN LEN([pers_ethnicity]) > 48 THEN CONCAT(LEFT([pers_ethnicity], 47), N'…') ELSE [pers_ethnicity] END, [pers_dob], CASE WHEN LEN([pers_single_unique_id]) > 48 THEN CONCAT(LEFT([pers_single_unique_id], 47), N'…') ELSE [pers_single_unique_id] END, CASE WHEN LEN([pers_upn_unknown]) > 6 THEN CONCAT(LEFT([pers_upn_unknown], 5), N'…') ELSE [pers_upn_unknown] END, CASE WHEN LEN([pers_send_flag]) > 5 THEN CONCAT(LEFT([pers_send_flag], 4), N'…') ELSE [pers_send_flag] END, [pers_expected_dob], [pers_death_date], CASE WHEN LEN([pers_is_mother]) > 1 THEN CONCAT(LEFT([pers_is_mother], 0), N'…') ELSE [pers_is_mother] END, CASE WHEN LEN([pers_nationality]) > 48 THEN CONCAT(LEFT([pers_nationality], 47), N'…') ELSE [pers_nationality] END FROM [#ssd_load_ssd_person];
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_person', @loaded) WITH NOWAIT;
    DECLARE @cuts NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' pers_legacy_id=', SUM(CASE WHEN LEN([pers_legacy_id]) > 48 THEN 1 ELSE 0 END)), N' pers_legacy_id=0'), N'', NULLIF(CONCAT(N' pers_person_id=', SUM(CASE WHEN LEN([pers_person_id]) > 48 THEN 1 ELSE 0 END)), N' pers_person_id=0'), N'', NULLIF(CONCAT(N' pers_upn=', SUM(CASE WHEN LEN([pers_upn]) > 13 THEN 1 ELSE 0 END)), N' pers_upn=0'), N'', NULLIF(CONCAT(N' pers_forename=', SUM(CASE WHEN LEN([pers_forename]) > 100 THEN 1 ELSE 0 END)), N' pers_forename=0'), N'', NULLIF(CONCAT(N' pers_surname=', SUM(CASE WHEN LEN([pers_surname]) > 255 THEN 1 ELSE 0 END)), N' pers_surname=0'), N'', NULLIF(CONCAT(N' pers_sex=', SUM(CASE WHEN LEN([pers_sex]) > 20 THEN 1 ELSE 0 END)), N' pers_sex=0'), N'', NULLIF(CONCAT(N' pers_gender=', SUM(CASE WHEN LEN([pers_gender]) > 10 THEN 1 ELSE 0 END)), N' pers_gender=0'), N'', NULLIF(CONCAT(N' pers_ethnicity=', SUM(CASE WHEN LEN([pers_ethnicity]) > 48 THEN 1 ELSE 0 END)), N' pers_ethnicity=0'), N'', NULLIF(CONCAT(N' pers_single_unique_id=', SUM(CASE WHEN LEN([pers_single_unique_id]) > 48 THEN 1 ELSE 0 END)), N' pers_single_unique_id=0'), N'', NULLIF(CONCAT(N' pers_upn_unknown=', SUM(CASE WHEN LEN([pers_upn_unknown]) > 6 THEN 1 ELSE 0 END)), N' pers_upn_unknown=0'), N'', NULLIF(CONCAT(N' pers_send_flag=', SUM(CASE WHEN LEN([pers_send_flag]) > 5 THEN 1 ELSE 0 END)), N' pers_send_flag=0'), N'', NULLIF(CONCAT(N' pers_is_mother=', SUM(CASE WHEN LEN([pers_is_mother]) > 1 THEN 1 ELSE 0 END)), N' pers_is_mother=0'), N'', NULLIF(CONCAT(N' pers_nationality=', SUM(CASE WHEN LEN([pers_nationality]) > 48 THEN 1 ELSE 0 END)), N' pers_nationality=0')) FROM [#ssd_load_ssd_person];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_person', @cuts) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_person];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
RAISERROR(N'refilling ssd_address', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_address') IS NOT NULL DROP TABLE [#ssd_load_ssd_address];
    CREATE TABLE [#ssd_load_ssd_address] ([addr_table_id] NVARCHAR(MAX), [addr_person_id] NVARCHAR(MAX), [addr_address_type] NVARCHAR(MAX), [addr_address_start_date] DATETIME, [addr_address_end_date] DATETIME, [addr_address_postcode] NVARCHAR(MAX), [addr_address_json] NVARCHAR(MAX));
    INSERT INTO [#ssd_load_ssd_address] ([addr_table_id], [addr_person_id], [addr_address_type], [addr_address_start_date], [addr_address_end_date], [addr_address_postcode], [addr_address_json])
    SELECT
        CAST(a.DIM_PERSON_ADDRESS_ID AS NVARCHAR(48)),
        CAST(a.DIM_PERSON_ID AS NVARCHAR(48)),
        LEFT(a.ADDSS_TYPE_CODE, 48),
        a.START_DTTM,
        a.END_DTTM,
        CASE
            WHEN REPLACE(UPPER(REPLACE(a.POSTCODE, ' ', '')), 'X', '') = '' THEN NULL
            WHEN LOWER(REPLACE(a.POSTCODE, ' ', '')) = 'nopostcode' THEN NULL
            ELSE NULLIF(LEFT(LTRIM(RTRIM(a.POSTCODE)), 15), '')
        END,
        -- each part is cut to 60 characters so the object always fits the 1000-character column
        CONCAT('{', '"ROOM":', CASE WHEN COALESCE(LEFT(a.ROOM_NO, 60), '') IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CAST(COALESCE(LEFT(a.ROOM_NO, 60), '') AS NVARCHAR(MAX)), N'\', N'\\'), N'"', N'\"'), NCHAR(13), N'\r'), NCHAR(10), N'\n'), NCHAR(9), N'\t'), N'"') END, ',"FLOOR":', CASE WHEN COALESCE(LEFT(a.FLOOR_NO, 60), '') IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CAST(COALESCE(LEFT(a.FLOOR_NO, 60), '') AS NVARCHAR(MAX)), N'\', N'\\'), N'"', N'\"'), NCHAR(13), N'\r'), NCHAR(10), N'\n'), NCHAR(9), N'\t'), N'"') END, ',"FLAT":', CASE WHEN COALESCE(LEFT(a.FLAT_NO, 60), '') IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CAST(COALESCE(LEFT(a.FLAT_NO, 60), '') AS NVARCHAR(MAX)), N'\', N'\\'), N'"', N'\"'), NCHAR(13), N'\r'), NCHAR(10), N'\n'), NCHAR(9), N'\t'), N'"') END, ',"BUILDING":', CASE WHEN COALESCE(LEFT(a.BUILDING, 60), '') IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CAST(COALESCE(LEFT(a.BUILDING, 60), '') AS NVARCHAR(MAX)), N'\', N'\\'), N'"', N'\"'), NCHAR(13), N'\r'), NCHAR(10), N'\n'), NCHAR(9), N'\t'), N'"') END, ',"HOUSE":', CASE WHEN COALESCE(LEFT(a.HOUSE_NO, 60), '') IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CAST(COALESCE(LEFT(a.HOUSE_NO, 60), '') AS NVARCHAR(MAX)), N'\', N'\\'), N'"', N'\"'), NCHAR(13), N'\r'), NCHAR(10), N'\n'), NCHAR(9), N'\t'), N'"') END, ',"STREET":', CASE WHEN COALESCE(LEFT(a.STREET, 60), '') IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CAST(COALESCE(LEFT(a.STREET, 60), '') AS NVARCHAR(MAX)), N'\', N'\\'), N'"', N'\"'), NCHAR(13), N'\r'), NCHAR(10), N'\n'), NCHAR(9), N'\t'), N'"') END, ',"TOWN":', CASE WHEN COALESCE(LEFT(a.TOWN, 60), '') IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CAST(COALESCE(LEFT(a.TOWN, 60), '') AS NVARCHAR(MAX)), N'\', N'\\'), N'"', N'\"'), NCHAR(13), N'\r'), NCHAR(10), N'\n'), NCHAR(9), N'\t'), N'"') END, ',"UPRN":', CASE WHEN COALESCE(CAST(a.UPRN AS NVARCHAR(20)), '') IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CAST(COALESCE(CAST(a.UPRN AS NVARCHAR(20)), '') AS NVARCHAR(MAX)), N'\', N'\\'), N'"', N'\"'), NCHAR(13), N'\r'), NCHAR(10), N'\n'), NCHAR(9), N'\t'), N'"') END, ',"EASTING":', CASE WHEN COALESCE(CAST(a.EASTING AS NVARCHAR(20)), '') IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CAST(COALESCE(CAST(a.EASTING AS NVARCHAR(20)), '') AS NVARCHAR(MAX)), N'\', N'\\'), N'"', N'\"'), NCHAR(13), N'\r'), NCHAR(10), N'\n'), NCHAR(9), N'\t'), N'"') END, ',"NORTHING":', CASE WHEN COALESCE(CAST(a.NORTHING AS NVARCHAR(20)), '') IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CAST(COALESCE(CAST(a.NORTHING AS NVARCHAR(20)), '') AS NVARCHAR(MAX)), N'\', N'\\'), N'"', N'\"'), NCHAR(13), N'\r'), NCHAR(10), N'\n'), NCHAR(9), N'\t'), N'"') END, '}')
    FROM [HDM].[Child_Social].[DIM_PERSON_ADDRESS] a
    WHERE a.DIM_PERSON_ID <> -1
        AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(a.DIM_PERSON_ID AS NVARCHAR(48)));
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_address];
    INSERT INTO [ssd].[ssd_address] ([addr_table_id], [addr_person_id], [addr_address_type], [addr_address_start_date], [addr_address_end_date], [addr_address_postcode], [addr_address_json])
    SELECT CASE WHEN LEN([addr_table_id]) > 48 THEN CONCAT(LEFT([addr_table_id], 47), N'…') ELSE [addr_table_id] END, CASE WHEN LEN([addr_person_id]) > 48 THEN CONCAT(LEFT([addr_person_id], 47), N'…') ELSE [addr_person_id] END, CASE WHEN LEN([addr_address_type]) > 48 THEN CONCAT(LEFT([addr_address_type], 47), N'…') ELSE [addr_address_type] END, [addr_address_start_date], [addr_address_end_date], CASE WHEN LEN([addr_address_postcode]) > 15 THEN CONCAT(LEFT([addr_address_postcode], 14), N'…') ELSE [addr_address_postcode] END, CASE WHEN LEN([addr_address_json]) > 1000 THEN CONCAT(LEFT([addr_address_json], 999), N'…') ELSE [addr_address_json] END FROM [#ssd_load_ssd_address];
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_address', @loaded) WITH NOWAIT;
    DECLARE @cuts NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' addr_table_id=', SUM(CASE WHEN LEN([addr_table_id]) > 48 THEN 1 ELSE 0 END)), N' addr_table_id=0'), N'', NULLIF(CONCAT(N' addr_person_id=', SUM(CASE WHEN LEN([addr_person_id]) > 48 THEN 1 ELSE 0 END)), N' addr_person_id=0'), N'', NULLIF(CONCAT(N' addr_address_type=', SUM(CASE WHEN LEN([addr_address_type]) > 48 THEN 1 ELSE 0 END)), N' addr_address_type=0'), N'', NULLIF(CONCAT(N' addr_address_postcode=', SUM(CASE WHEN LEN([addr_address_postcode]) > 15 THEN 1 ELSE 0 END)), N' addr_address_postcode=0'), N'', NULLIF(CONCAT(N' addr_address_json=', SUM(CASE WHEN LEN([addr_address_json]) > 1000 THEN 1 ELSE 0 END)), N' addr_address_json=0')) FROM [#ssd_load_ssd_address];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_address', @cuts) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_address];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
RAISERROR(N'refilling ssd_disability', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_disability') IS NOT NULL DROP TABLE [#ssd_load_ssd_disability];
    CREATE TABLE [#ssd_load_ssd_disability] ([disa_table_id] NVARCHAR(MAX), [disa_person_id] NVARCHAR(MAX), [disa_disability_code] NVARCHAR(MAX));
    WITH disab AS (
        -- one national code per local code, so a doubled lookup row cannot double a disability
        SELECT d.MAIN_CODE, d.NAT_ID,
               ROW_NUMBER() OVER (PARTITION BY d.MAIN_CODE ORDER BY d.NAT_ID) AS rn
        FROM [HDM].[Child_Social].[DIM_LOOKUP_DISAB] d
        WHERE d.NAT_ID IS NOT NULL AND LTRIM(RTRIM(d.NAT_ID)) <> ''
    )
    INSERT INTO [#ssd_load_ssd_disability] ([disa_table_id], [disa_person_id], [disa_disability_code])
    SELECT
        CAST(fd.FACT_DISABILITY_ID AS NVARCHAR(48)),
        CAST(fd.DIM_PERSON_ID AS NVARCHAR(48)),
        NULLIF(LEFT(LTRIM(RTRIM(dl.NAT_ID)), 48), '')
    FROM [HDM].[Child_Social].[FACT_DISABILITY] fd
    JOIN disab dl ON dl.MAIN_CODE = fd.DIM_LOOKUP_DISAB_CODE AND dl.rn = 1
    WHERE fd.DIM_PERSON_ID <> -1
        AND fd.DIM_LOOKUP_DISAB_CODE IS NOT NULL
        AND (fd.END_DTTM IS NULL OR fd.END_DTTM > CURRENT_TIMESTAMP)
        AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(fd.DIM_PERSON_ID AS NVARCHAR(48)));
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_disability];
    INSERT INTO [ssd].[ssd_disability] ([disa_table_id], [disa_person_id], [disa_disability_code])
    SELECT CASE WHEN LEN([disa_table_id]) > 48 THEN CONCAT(LEFT([disa_table_id], 47), N'…') ELSE [disa_table_id] END, CASE WHEN LEN([disa_person_id]) > 48 THEN CONCAT(LEFT([disa_person_id], 47), N'…') ELSE [disa_person_id] END, CASE WHEN LEN([disa_disability_code]) > 48 THEN CONCAT(LEFT([disa_disability_code], 47), N'…') ELSE [disa_disability_code] END FROM [#ssd_load_ssd_disability];
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_disability', @loaded) WITH NOWAIT;
    DECLARE @cuts NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' disa_table_id=', SUM(CASE WHEN LEN([disa_table_id]) > 48 THEN 1 ELSE 0 END)), N' disa_table_id=0'), N'', NULLIF(CONCAT(N' disa_person_id=', SUM(CASE WHEN LEN([disa_person_id]) > 48 THEN 1 ELSE 0 END)), N' disa_person_id=0'), N'', NULLIF(CONCAT(N' disa_disability_code=', SUM(CASE WHEN LEN([disa_disability_code]) > 48 THEN 1 ELSE 0 END)), N' disa_disability_code=0')) FROM [#ssd_load_ssd_disability];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_disability', @cuts) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_disability];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
RAISERROR(N'refilling ssd_immigration_status', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_immigration_status') IS NOT NULL DROP TABLE [#ssd_load_ssd_immigration_status];
    CREATE TABLE [#ssd_load_ssd_immigration_status] ([immi_immigration_status_id] NVARCHAR(MAX), [immi_person_id] NVARCHAR(MAX), [immi_immigration_status_start_date] DATETIME, [immi_immigration_status_end_date] DATETIME, [immi_immigration_status] NVARCHAR(MAX));
    INSERT INTO [#ssd_load_ssd_immigration_status] ([immi_immigration_status_id], [immi_person_id], [immi_immigration_status_start_date], [immi_immigration_status_end_date], [immi_immigration_status])
    SELECT
        CAST(ims.FACT_IMMIGRATION_STATUS_ID AS NVARCHAR(48)),
        CAST(ims.DIM_PERSON_ID AS NVARCHAR(48)),
        ims.START_DTTM,
        ims.END_DTTM,
        NULLIF(LEFT(LTRIM(RTRIM(ims.DIM_LOOKUP_IMMGR_STATUS_CODE)), 100), '')
    FROM [HDM].[Child_Social].[FACT_IMMIGRATION_STATUS] ims
    WHERE ims.DIM_PERSON_ID <> -1
        AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(ims.DIM_PERSON_ID AS NVARCHAR(48)));
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_immigration_status];
    INSERT INTO [ssd].[ssd_immigration_status] ([immi_immigration_status_id], [immi_person_id], [immi_immigration_status_start_date], [immi_immigration_status_end_date], [immi_immigration_status])
    SELECT CASE WHEN LEN([immi_immigration_status_id]) > 48 THEN CONCAT(LEFT([immi_immigration_status_id], 47), N'…') ELSE [immi_immigration_status_id] END, CASE WHEN LEN([immi_person_id]) > 48 THEN CONCAT(LEFT([immi_person_id], 47), N'…') ELSE [immi_person_id] END, [immi_immigration_status_start_date], [immi_immigration_status_end_date], CASE WHEN LEN([immi_immigration_status]) > 100 THEN CONCAT(LEFT([immi_immigration_status], 99), N'…') ELSE [immi_immigration_status] END FROM [#ssd_load_ssd_immigration_status];
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_immigration_status', @loaded) WITH NOWAIT;
    DECLARE @cuts NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' immi_immigration_status_id=', SUM(CASE WHEN LEN([immi_immigration_status_id]) > 48 THEN 1 ELSE 0 END)), N' immi_immigration_status_id=0'), N'', NULLIF(CONCAT(N' immi_person_id=', SUM(CASE WHEN LEN([immi_person_id]) > 48 THEN 1 ELSE 0 END)), N' immi_person_id=0'), N'', NULLIF(CONCAT(N' immi_immigration_status=', SUM(CASE WHEN LEN([immi_immigration_status]) > 100 THEN 1 ELSE 0 END)), N' immi_immigration_status=0')) FROM [#ssd_load_ssd_immigration_status];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_immigration_status', @cuts) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_immigration_status];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
RAISERROR(N'refilling ssd_sdq_scores', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_sdq_scores') IS NOT NULL DROP TABLE [#ssd_load_ssd_sdq_scores];
    CREATE TABLE [#ssd_load_ssd_sdq_scores] ([csdq_table_id] NVARCHAR(MAX), [csdq_person_id] NVARCHAR(MAX), [csdq_sdq_completed_date] DATETIME, [csdq_sdq_score] INT, [csdq_sdq_reason] NVARCHAR(MAX));
    WITH scores AS (
        -- the latest score answer on each SDQ form
        SELECT a.FACT_FORM_ID, a.ANSWER, a.ANSWERED_DTTM,
               ROW_NUMBER() OVER (PARTITION BY a.FACT_FORM_ID ORDER BY CASE WHEN a.ANSWERED_DTTM IS NULL THEN 1 ELSE 0 END, a.ANSWERED_DTTM DESC) AS rn
        FROM [HDM].[Child_Social].[FACT_FORM_ANSWERS] a
        WHERE a.ANSWER_NO = N'SDQScore'
            AND a.DIM_ASSESSMENT_TEMPLATE_ID_DESC LIKE N'Strengths and Difficulties Questionnaire%'
    ),
    ends AS (
        -- when the form was finished: the latest end-date answer on it
        SELECT e.FACT_FORM_ID, MAX(e.ANSWERED_DTTM) AS ended
        FROM [HDM].[Child_Social].[FACT_FORM_ANSWERS] e
        JOIN scores sc ON sc.FACT_FORM_ID = e.FACT_FORM_ID AND sc.rn = 1
        WHERE e.ANSWER_NO = N'FormEndDate'
        GROUP BY e.FACT_FORM_ID
    ),
    sdq AS (
        SELECT ff.FACT_FORM_ID, ff.DIM_PERSON_ID,
               COALESCE(en.ended, s.ANSWERED_DTTM) AS completed,
               TRY_CAST(s.ANSWER AS INT) AS score
        FROM [HDM].[Child_Social].[FACT_FORMS] ff
        JOIN scores s ON s.FACT_FORM_ID = ff.FACT_FORM_ID AND s.rn = 1
        LEFT JOIN ends en ON en.FACT_FORM_ID = ff.FACT_FORM_ID
        WHERE ff.DIM_PERSON_ID <> -1
    )
    INSERT INTO [#ssd_load_ssd_sdq_scores] ([csdq_table_id], [csdq_person_id], [csdq_sdq_completed_date], [csdq_sdq_score], [csdq_sdq_reason])
    SELECT
        CAST(q.FACT_FORM_ID AS NVARCHAR(48)),
        CAST(q.DIM_PERSON_ID AS NVARCHAR(48)),
        q.completed,
        q.score,
        NULL
    FROM sdq q
    WHERE q.score IS NOT NULL
        AND q.completed >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE))
        AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(q.DIM_PERSON_ID AS NVARCHAR(48)));
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_sdq_scores];
    INSERT INTO [ssd].[ssd_sdq_scores] ([csdq_table_id], [csdq_person_id], [csdq_sdq_completed_date], [csdq_sdq_score], [csdq_sdq_reason])
    SELECT CASE WHEN LEN([csdq_table_id]) > 48 THEN CONCAT(LEFT([csdq_table_id], 47), N'…') ELSE [csdq_table_id] END, CASE WHEN LEN([csdq_person_id]) > 48 THEN CONCAT(LEFT([csdq_person_id], 47), N'…') ELSE [csdq_person_id] END, [csdq_sdq_completed_date], [csdq_sdq_score], CASE WHEN LEN([csdq_sdq_reason]) > 100 THEN CONCAT(LEFT([csdq_sdq_reason], 99), N'…') ELSE [csdq_sdq_reason] END FROM [#ssd_load_ssd_sdq_scores];
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_sdq_scores', @loaded) WITH NOWAIT;
    DECLARE @cuts NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' csdq_table_id=', SUM(CASE WHEN LEN([csdq_table_id]) > 48 THEN 1 ELSE 0 END)), N' csdq_table_id=0'), N'', NULLIF(CONCAT(N' csdq_person_id=', SUM(CASE WHEN LEN([csdq_person_id]) > 48 THEN 1 ELSE 0 END)), N' csdq_person_id=0'), N'', NULLIF(CONCAT(N' csdq_sdq_reason=', SUM(CASE WHEN LEN([csdq_sdq_reason]) > 100 THEN 1 ELSE 0 END)), N' csdq_sdq_reason=0')) FROM [#ssd_load_ssd_sdq_scores];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_sdq_scores', @cuts) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_sdq_scores];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO

RAISERROR(N'refilling ssd_cin_episodes', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_cin_episodes') IS NOT NULL DROP TABLE [#ssd_load_ssd_cin_episodes];
    CREATE TABLE [#ssd_load_ssd_cin_episodes] ([cine_referral_id] NVARCHAR(MAX), [cine_person_id] NVARCHAR(MAX), [cine_referral_date] DATETIME, [cine_cin_primary_need_code] NVARCHAR(MAX), [cine_referral_source_code] NVARCHAR(MAX), [cine_referral_source_desc] NVARCHAR(MAX), [cine_referral_outcome_json] NVARCHAR(MAX), [cine_referral_nfa] NVARCHAR(MAX), [cine_close_reason] NVARCHAR(MAX), [cine_close_date] DATETIME, [cine_referral_team] NVARCHAR(MAX), [cine_referral_worker_id] NVARCHAR(MAX));
    INSERT INTO [#ssd_load_ssd_cin_episodes] ([cine_referral_id], [cine_person_id], [cine_referral_date], [cine_cin_primary_need_code], [cine_referral_source_code], [cine_referral_source_desc], [cine_referral_outcome_json], [cine_referral_nfa], [cine_close_reason], [cine_close_date], [cine_referral_team], [cine_referral_worker_id])
    SELECT
        CAST(r.FACT_REFERRAL_ID AS NVARCHAR(48)),
        CAST(r.DIM_PERSON_ID AS NVARCHAR(48)),
        r.REFRL_START_DTTM,
        LEFT(r.DIM_LOOKUP_CATEGORY_OF_NEED_CODE, 3),
        CAST(r.DIM_LOOKUP_CONT_SORC_ID AS NVARCHAR(48)),
        LEFT(r.DIM_LOOKUP_CONT_SORC_ID_DESC, 255),
        -- the NFA flag has its own column; comments are cut to 900 characters (JSON-escaped)
        CONCAT('{', '"SINGLE_ASSESSMENT_FLAG":', CASE WHEN r.OUTCOME_SINGLE_ASSESSMENT_FLAG IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CAST(r.OUTCOME_SINGLE_ASSESSMENT_FLAG AS NVARCHAR(MAX)), N'\', N'\\'), N'"', N'\"'), NCHAR(13), N'\r'), NCHAR(10), N'\n'), NCHAR(9), N'\t'), N'"') END, ',"STRATEGY_DISCUSSION_FLAG":', CASE WHEN r.OUTCOME_STRATEGY_DISCUSSION_FLAG IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CAST(r.OUTCOME_STRATEGY_DISCUSSION_FLAG AS NVARCHAR(MAX)), N'\', N'\\'), N'"', N'\"'), NCHAR(13), N'\r'), NCHAR(10), N'\n'), NCHAR(9), N'\t'), N'"') END, ',"CLA_REQUEST_FLAG":', CASE WHEN r.OUTCOME_CLA_REQUEST_FLAG IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CAST(r.OUTCOME_CLA_REQUEST_FLAG AS NVARCHAR(MAX)), N'\', N'\\'), N'"', N'\"'), NCHAR(13), N'\r'), NCHAR(10), N'\n'), NCHAR(9), N'\t'), N'"') END, ',"NON_AGENCY_ADOPTION_FLAG":', CASE WHEN r.OUTCOME_NON_AGENCY_ADOPTION_FLAG IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CAST(r.OUTCOME_NON_AGENCY_ADOPTION_FLAG AS NVARCHAR(MAX)), N'\', N'\\'), N'"', N'\"'), NCHAR(13), N'\r'), NCHAR(10), N'\n'), NCHAR(9), N'\t'), N'"') END, ',"PRIVATE_FOSTERING_FLAG":', CASE WHEN r.OUTCOME_PRIVATE_FOSTERING_FLAG IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CAST(r.OUTCOME_PRIVATE_FOSTERING_FLAG AS NVARCHAR(MAX)), N'\', N'\\'), N'"', N'\"'), NCHAR(13), N'\r'), NCHAR(10), N'\n'), NCHAR(9), N'\t'), N'"') END, ',"CP_TRANSFER_IN_FLAG":', CASE WHEN r.OUTCOME_CP_TRANSFER_IN_FLAG IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CAST(r.OUTCOME_CP_TRANSFER_IN_FLAG AS NVARCHAR(MAX)), N'\', N'\\'), N'"', N'\"'), NCHAR(13), N'\r'), NCHAR(10), N'\n'), NCHAR(9), N'\t'), N'"') END, ',"CP_CONFERENCE_FLAG":', CASE WHEN r.OUTCOME_CP_CONFERENCE_FLAG IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CAST(r.OUTCOME_CP_CONFERENCE_FLAG AS NVARCHAR(MAX)), N'\', N'\\'), N'"', N'\"'), NCHAR(13), N'\r'), NCHAR(10), N'\n'), NCHAR(9), N'\t'), N'"') END, ',"CARE_LEAVER_FLAG":', CASE WHEN r.OUTCOME_CARE_LEAVER_FLAG IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CAST(r.OUTCOME_CARE_LEAVER_FLAG AS NVARCHAR(MAX)), N'\', N'\\'), N'"', N'\"'), NCHAR(13), N'\r'), NCHAR(10), N'\n'), NCHAR(9), N'\t'), N'"') END, ',"OTHER_OUTCOMES_EXIST_FLAG":', CASE WHEN r.OTHER_OUTCOMES_EXIST_FLAG IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CAST(r.OTHER_OUTCOMES_EXIST_FLAG AS NVARCHAR(MAX)), N'\', N'\\'), N'"', N'\"'), NCHAR(13), N'\r'), NCHAR(10), N'\n'), NCHAR(9), N'\t'), N'"') END, ',"NUMBER_OF_OUTCOMES":', COALESCE(CAST(CASE WHEN r.TOTAL_NO_OF_OUTCOMES >= 0 THEN r.TOTAL_NO_OF_OUTCOMES END AS NVARCHAR(12)), 'null'), ',"COMMENTS":', CASE WHEN LEFT(r.OUTCOME_COMMENTS, 900) IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CAST(LEFT(r.OUTCOME_COMMENTS, 900) AS NVARCHAR(MAX)), N'\', N'\\'), N'"', N'\"'), NCHAR(13), N'\r'), NCHAR(10), N'\n'), NCHAR(9), N'\t'), N'"') END, '}'),
        CASE
            WHEN r.OUTCOME_NFA_FLAG IS NULL THEN NULL
            WHEN UPPER(LTRIM(RTRIM(r.OUTCOME_NFA_FLAG))) IN ('Y', 'YES', 'TRUE', '1') THEN 'Y'
            WHEN UPPER(LTRIM(RTRIM(r.OUTCOME_NFA_FLAG))) IN ('N', 'NO', 'FALSE', '0') THEN 'N'
            ELSE LEFT(LTRIM(RTRIM(r.OUTCOME_NFA_FLAG)), 1)
        END,
        NULLIF(LEFT(LTRIM(RTRIM(r.DIM_LOOKUP_REFRL_ENDRSN_ID_CODE)), 100), ''),
        r.REFRL_END_DTTM,
        CAST(NULLIF(r.DIM_DEPARTMENT_ID, -1) AS NVARCHAR(48)),
        CAST(NULLIF(r.DIM_WORKER_ID, -1) AS NVARCHAR(48))
    FROM [HDM].[Child_Social].[FACT_REFERRALS] r
    WHERE r.DIM_PERSON_ID <> -1
        AND (r.REFRL_START_DTTM >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)) OR r.REFRL_END_DTTM >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)) OR r.REFRL_END_DTTM IS NULL)
        AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(r.DIM_PERSON_ID AS NVARCHAR(48)));
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_cin_episodes];
    INSERT INTO [ssd].[ssd_cin_episodes] ([cine_referral_id], [cine_person_id], [cine_referral_date], [cine_cin_primary_need_code], [cine_referral_source_code], [cine_referral_source_desc], [cine_referral_outcome_json], [cine_referral_nfa], [cine_close_reason], [cine_close_date], [cine_referral_team], [cine_referral_worker_id])
    SELECT CASE WHEN LEN([cine_referral_id]) > 48 THEN CONCAT(LEFT([cine_referral_id], 47), N'…') ELSE [cine_referral_id] END, CASE WHEN LEN([cine_person_id]) > 48 THEN CONCAT(LEFT([cine_person_id], 47), N'…') ELSE [cine_person_id] END, [cine_referral_date], CASE WHEN LEN([cine_cin_primary_need_code]) > 3 THEN CONCAT(LEFT([cine_cin_primary_need_code], 2), N'…') ELSE [cine_cin_primary_need_code] END, CASE WHEN LEN([cine_referral_source_code]) > 48 THEN CONCAT(LEFT([cine_referral_source_code], 47), N'…') ELSE [cine_referral_source_code] END, CASE WHEN LEN([cine_referral_source_desc]) > 255 THEN CONCAT(LEFT([cine_referral_source_desc], 254), N'…') ELSE [cine_referral_source_desc] END, CASE WHEN LEN([cine_referral_outcome_json]) > 4000 THEN CONCAT(LEFT([cine_referral_outcome_json], 3999), N'…') ELSE [cine_referral_outcome_json] END, CASE WHEN LEN([cine_referral_nfa]) > 1 THEN CONCAT(LEFT([cine_referral_nfa], 0), N'…') ELSE [cine_referral_nfa] END, CASE WHEN LEN([cine_close_reason]) > 100 THEN CONCAT(LEFT([cine_close_reason], 99), N'…') ELSE [cine_close_reason] END, [cine_close_date], CASE WHEN LEN([cine_referral_team]) > 48 THEN CONCAT(LEFT([cine_referral_team], 47), N'…') ELSE [cine_referral_team] END, CASE WHEN LEN([cine_referral_worker_id]) > 48 THEN CONCAT(LEFT([cine_referral_worker_id], 47), N'…') ELSE [cine_referral_worker_id] END FROM [#ssd_load_ssd_cin_episodes];
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_cin_episodes', @loaded) WITH NOWAIT;
    DECLARE @cuts NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' cine_referral_id=', SUM(CASE WHEN LEN([cine_referral_id]) > 48 THEN 1 ELSE 0 END)), N' cine_referral_id=0'), N'', NULLIF(CONCAT(N' cine_person_id=', SUM(CASE WHEN LEN([cine_person_id]) > 48 THEN 1 ELSE 0 END)), N' cine_person_id=0'), N'', NULLIF(CONCAT(N' cine_cin_primary_need_code=', SUM(CASE WHEN LEN([cine_cin_primary_need_code]) > 3 THEN 1 ELSE 0 END)), N' cine_cin_primary_need_code=0'), N'', NULLIF(CONCAT(N' cine_referral_source_code=', SUM(CASE WHEN LEN([cine_referral_source_code]) > 48 THEN 1 ELSE 0 END)), N' cine_referral_source_code=0'), N'', NULLIF(CONCAT(N' cine_referral_source_desc=', SUM(CASE WHEN LEN([cine_referral_source_desc]) > 255 THEN 1 ELSE 0 END)), N' cine_referral_source_desc=0'), N'', NULLIF(CONCAT(N' cine_referral_outcome_json=', SUM(CASE WHEN LEN([cine_referral_outcome_json]) > 4000 THEN 1 ELSE 0 END)), N' cine_referral_outcome_json=0'), N'', NULLIF(CONCAT(N' cine_referral_nfa=', SUM(CASE WHEN LEN([cine_referral_nfa]) > 1 THEN 1 ELSE 0 END)), N' cine_referral_nfa=0'), N'', NULLIF(CONCAT(N' cine_close_reason=', SUM(CASE WHEN LEN([cine_close_reason]) > 100 THEN 1 ELSE 0 END)), N' cine_close_reason=0'), N'', NULLIF(CONCAT(N' cine_referral_team=', SUM(CASE WHEN LEN([cine_referral_team]) > 48 THEN 1 ELSE 0 END)), N' cine_referral_team=0'), N'', NULLIF(CONCAT(N' cine_referral_worker_id=', SUM(CASE WHEN LEN([cine_referral_worker_id]) > 48 THEN 1 ELSE 0 END)), N' cine_referral_worker_id=0')) FROM [#ssd_load_ssd_cin_episodes];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_cin_episodes', @cuts) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_cin_episodes];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
RAISERROR(N'refilling ssd_involvements', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_involvements') IS NOT NULL DROP TABLE [#ssd_load_ssd_involvements];
    CREATE TABLE [#ssd_load_ssd_involvements] ([invo_involvements_id] NVARCHAR(MAX), [invo_professional_id] NVARCHAR(MAX), [invo_professional_role_id] NVARCHAR(MAX), [invo_professional_team] NVARCHAR(MAX), [invo_person_id] NVARCHAR(MAX), [invo_involvement_start_date] DATETIME, [invo_involvement_end_date] DATETIME, [invo_worker_change_reason] NVARCHAR(MAX), [invo_referral_id] NVARCHAR(MAX));
    INSERT INTO [#ssd_load_ssd_involvements] ([invo_involvements_id], [invo_professional_id], [invo_professional_role_id], [invo_professional_team], [invo_person_id], [invo_involvement_start_date], [invo_involvement_end_date], [invo_worker_change_reason], [invo_referral_id])
    SELECT
        CAST(i.FACT_INVOLVEMENTS_ID AS NVARCHAR(48)),
        CAST(NULLIF(i.DIM_WORKER_ID, -1) AS NVARCHAR(48)),
        NULLIF(LEFT(LTRIM(RTRIM(i.DIM_LOOKUP_INVOLVEMENT_TYPE_CODE)), 200), ''),
        CASE
            WHEN i.DIM_DEPARTMENT_ID IS NOT NULL AND i.DIM_DEPARTMENT_ID <> -1 THEN CAST(i.DIM_DEPARTMENT_ID AS NVARCHAR(48))
            ELSE CAST(NULLIF(i.FACT_WORKER_HISTORY_DEPARTMENT_ID, -1) AS NVARCHAR(48))
        END,
        CAST(i.DIM_PERSON_ID AS NVARCHAR(48)),
        i.START_DTTM,
        i.END_DTTM,
        NULLIF(LEFT(LTRIM(RTRIM(i.DIM_LOOKUP_CWREASON_CODE)), 200), ''),
        CAST(NULLIF(i.FACT_REFERRAL_ID, -1) AS NVARCHAR(48))
    FROM [HDM].[Child_Social].[FACT_INVOLVEMENTS] i
    WHERE i.DIM_PERSON_ID <> -1
        AND (i.END_DTTM IS NULL OR i.END_DTTM >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)))
        AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(i.DIM_PERSON_ID AS NVARCHAR(48)));
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_involvements];
    INSERT INTO [ssd].[ssd_involvements] ([invo_involvements_id], [invo_professional_id], [invo_professional_role_id], [invo_professional_team], [invo_person_id], [invo_involvement_start_date], [invo_involvement_end_date], [invo_worker_change_reason], [invo_referral_id])
    SELECT CASE WHEN LEN([invo_involvements_id]) > 48 THEN CONCAT(LEFT([invo_involvements_id], 47), N'…') ELSE [invo_involvements_id] END, CASE WHEN LEN([invo_professional_id]) > 48 THEN CONCAT(LEFT([invo_professional_id], 47), N'…') ELSE [invo_professional_id] END, CASE WHEN LEN([invo_professional_role_id]) > 200 THEN CONCAT(LEFT([invo_professional_role_id], 199), N'…') ELSE [invo_professional_role_id] END, CASE WHEN LEN([invo_professional_team]) > 48 THEN CONCAT(LEFT([invo_professional_team], 47), N'…') ELSE [invo_professional_team] END, CASE WHEN LEN([invo_person_id]) > 48 THEN CONCAT(LEFT([invo_person_id], 47), N'…') ELSE [invo_person_id] END, [invo_involvement_start_date], [invo_involvement_end_date], CASE WHEN LEN([invo_worker_change_reason]) > 200 THEN CONCAT(LEFT([invo_worker_change_reason], 199), N'…') ELSE [invo_worker_change_reason] END, CASE WHEN LEN([invo_referral_id]) > 48 THEN CONCAT(LEFT([invo_referral_id], 47), N'…') ELSE [invo_referral_id] END FROM [#ssd_load_ssd_involvements];
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_involvements', @loaded) WITH NOWAIT;
    DECLARE @cuts NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' invo_involvements_id=', SUM(CASE WHEN LEN([invo_involvements_id]) > 48 THEN 1 ELSE 0 END)), N' invo_involvements_id=0'), N'', NULLIF(CONCAT(N' invo_professional_id=', SUM(CASE WHEN LEN([invo_professional_id]) > 48 THEN 1 ELSE 0 END)), N' invo_professional_id=0'), N'', NULLIF(CONCAT(N' invo_professional_role_id=', SUM(CASE WHEN LEN([invo_professional_role_id]) > 200 THEN 1 ELSE 0 END)), N' invo_professional_role_id=0'), N'', NULLIF(CONCAT(N' invo_professional_team=', SUM(CASE WHEN LEN([invo_professional_team]) > 48 THEN 1 ELSE 0 END)), N' invo_professional_team=0'), N'', NULLIF(CONCAT(N' invo_person_id=', SUM(CASE WHEN LEN([invo_person_id]) > 48 THEN 1 ELSE 0 END)), N' invo_person_id=0'), N'', NULLIF(CONCAT(N' invo_worker_change_reason=', SUM(CASE WHEN LEN([invo_worker_change_reason]) > 200 THEN 1 ELSE 0 END)), N' invo_worker_change_reason=0'), N'', NULLIF(CONCAT(N' invo_referral_id=', SUM(CASE WHEN LEN([invo_referral_id]) > 48 THEN 1 ELSE 0 END)), N' invo_referral_id=0')) FROM [#ssd_load_ssd_involvements];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_involvements', @cuts) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_involvements];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
RAISERROR(N'refilling ssd_professionals', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_professionals') IS NOT NULL DROP TABLE [#ssd_load_ssd_professionals];
    CREATE TABLE [#ssd_load_ssd_professionals] ([prof_professional_id] NVARCHAR(MAX), [prof_staff_id] NVARCHAR(MAX), [prof_professional_name] NVARCHAR(MAX), [prof_social_worker_registration_no] NVARCHAR(MAX), [prof_agency_worker_flag] NVARCHAR(MAX), [prof_professional_job_title] NVARCHAR(MAX), [prof_professional_caseload] INT, [prof_professional_department] NVARCHAR(MAX), [prof_full_time_equivalency] FLOAT);
    WITH census_year AS (
        SELECT CASE
            WHEN CAST(GETDATE() AS DATE) > DATEFROMPARTS(YEAR(CAST(GETDATE() AS DATE)), 9, 30) THEN YEAR(CAST(GETDATE() AS DATE))
            ELSE YEAR(CAST(GETDATE() AS DATE)) - 1
        END AS y
    ),
    census AS (
        SELECT DATEFROMPARTS(cy.y, 9, 30) AS census_date,
               DATEFROMPARTS(cy.y - 6, 9, 30) AS earliest
        FROM census_year cy
    ),
    caseload AS (
        SELECT i.DIM_WORKER_ID, COUNT(*) AS children
        FROM [HDM].[Child_Social].[FACT_INVOLVEMENTS] i
        CROSS JOIN census c
        WHERE UPPER(i.IS_ALLOCATED_CW_FLAG) = 'Y'
            AND i.START_DTTM <= c.census_date
            AND i.START_DTTM >= c.earliest
            AND (i.END_DTTM IS NULL OR i.END_DTTM >= c.census_date)
        GROUP BY i.DIM_WORKER_ID
    )
    INSERT INTO [#ssd_load_ssd_professionals] ([prof_professional_id], [prof_staff_id], [prof_professional_name], [prof_social_worker_registration_no], [prof_agency_worker_flag], [prof_professional_job_title], [prof_professional_caseload], [prof_professional_department], [prof_full_time_equivalency])
    SELECT
        CAST(w.DIM_WORKER_ID AS NVARCHAR(48)),
        NULLIF(LEFT(LTRIM(RTRIM(w.STAFF_ID)), 48), ''),
        NULLIF(LEFT(LTRIM(RTRIM(CONCAT(w.FORENAME, ' ', w.SURNAME))), 300), ''),
        NULLIF(LEFT(LTRIM(RTRIM(w.WORKER_ID_CODE)), 48), ''),
        NULL,
        LEFT(w.JOB_TITLE, 500),
        COALESCE(cl.children, 0),
        LEFT(w.DEPARTMENT_NAME, 100),
        w.FULL_TIME_EQUIVALENCY
    FROM [HDM].[Child_Social].[DIM_WORKER] w
    LEFT JOIN caseload cl ON cl.DIM_WORKER_ID = w.DIM_WORKER_ID
    WHERE w.DIM_WORKER_ID <> -1
        AND NULLIF(LTRIM(RTRIM(w.STAFF_ID)), '') IS NOT NULL
        AND LOWER(LTRIM(RTRIM(w.STAFF_ID))) <> 'unknown';
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_professionals];
    INSERT INTO [ssd].[ssd_professionals] ([prof_professional_id], [prof_staff_id], [prof_professional_name], [prof_social_worker_registration_no], [prof_agency_worker_flag], [prof_professional_job_title], [prof_professional_caseload], [prof_professional_department], [prof_full_time_equivalency])
    SELECT CASE WHEN LEN([prof_professional_id]) > 48 THEN CONCAT(LEFT([prof_professional_id], 47), N'…') ELSE [prof_professional_id] END, CASE WHEN LEN([prof_staff_id]) > 48 THEN CONCAT(LEFT([prof_staff_id], 47), N'…') ELSE [prof_staff_id] END, CASE WHEN LEN([prof_professional_name]) > 300 THEN CONCAT(LEFT([prof_professional_name], 299), N'…') ELSE [prof_professional_name] END, CASE WHEN LEN([prof_social_worker_registration_no]) > 48 THEN CONCAT(LEFT([prof_social_worker_registration_no], 47), N'…') ELSE [prof_social_worker_registration_no] END, CASE WHEN LEN([prof_agency_worker_flag]) > 1 THEN CONCAT(LEFT([prof_agency_worker_flag], 0), N'…') ELSE [prof_agency_worker_flag] END, CASE WHEN LEN([prof_professional_job_title]) > 500 THEN CONCAT(LEFT([prof_professional_job_title], 499), N'…') ELSE [prof_professional_job_title] END, [prof_professional_caseload], CASE WHEN LEN([prof_professional_department]) > 100 THEN CONCAT(LEFT([prof_professional_department], 99), N'…') ELSE [prof_professional_department] END, [prof_full_time_equivalency] FROM [#ssd_load_ssd_professionals];
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_professionals', @loaded) WITH NOWAIT;
    DECLARE @cuts NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' prof_professional_id=', SUM(CASE WHEN LEN([prof_professional_id]) > 48 THEN 1 ELSE 0 END)), N' prof_professional_id=0'), N'', NULLIF(CONCAT(N' prof_staff_id=', SUM(CASE WHEN LEN([prof_staff_id]) > 48 THEN 1 ELSE 0 END)), N' prof_staff_id=0'), N'', NULLIF(CONCAT(N' prof_professional_name=', SUM(CASE WHEN LEN([prof_professional_name]) > 300 THEN 1 ELSE 0 END)), N' prof_professional_name=0'), N'', NULLIF(CONCAT(N' prof_social_worker_registration_no=', SUM(CASE WHEN LEN([prof_social_worker_registration_no]) > 48 THEN 1 ELSE 0 END)), N' prof_social_worker_registration_no=0'), N'', NULLIF(CONCAT(N' prof_agency_worker_flag=', SUM(CASE WHEN LEN([prof_agency_worker_flag]) > 1 THEN 1 ELSE 0 END)), N' prof_agency_worker_flag=0'), N'', NULLIF(CONCAT(N' prof_professional_job_title=', SUM(CASE WHEN LEN([prof_professional_job_title]) > 500 THEN 1 ELSE 0 END)), N' prof_professional_job_title=0'), N'', NULLIF(CONCAT(N' prof_professional_department=', SUM(CASE WHEN LEN([prof_professional_department]) > 100 THEN 1 ELSE 0 END)), N' prof_professional_department=0')) FROM [#ssd_load_ssd_professionals];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_professionals', @cuts) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_professionals];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
RAISERROR(N'refilling ssd_cin_assessments', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_cin_assessments') IS NOT NULL DROP TABLE [#ssd_load_ssd_cin_assessments];
    CREATE TABLE [#ssd_load_ssd_cin_assessments] ([cina_assessment_id] NVARCHAR(MAX), [cina_person_id] NVARCHAR(MAX), [cina_referral_id] NVARCHAR(MAX), [cina_assessment_start_date] DATETIME, [cina_assessment_child_seen] NVARCHAR(MAX), [cina_assessment_auth_date] DATETIME, [cina_assessment_outcome_json] NVARCHAR(MAX), [cina_assessment_outcome_nfa] NVARCHAR(MAX), [cina_assessment_team] NVARCHAR(MAX), [cina_assessment_worker_id] NVARCHAR(MAX));
    WITH answers AS (
        SELECT fa.FACT_FORM_ID,
               MAX(CASE WHEN fa.ANSWER_NO = N'seenYN' THEN UPPER(LTRIM(RTRIM(fa.ANSWER))) END) AS seen,
               MAX(CASE WHEN fa.ANSWER_NO = N'FormEndDate' THEN CASE WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(40), fa.ANSWER, 121))) LIKE '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' THEN TRY_CONVERT(DATETIME, LTRIM(RTRIM(CONVERT(NVARCHAR(40), fa.ANSWER, 121))) + N' 00:00:00', 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(40), fa.ANSWER, 121))) LIKE '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9][ T][0-9][0-9]:[0-9][0-9]' THEN TRY_CONVERT(DATETIME, STUFF(LTRIM(RTRIM(CONVERT(NVARCHAR(40), fa.ANSWER, 121))), 11, 1, N' ') + N':00', 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(40), fa.ANSWER, 121))) LIKE '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9][ T][0-9][0-9]:[0-9][0-9]:[0-9][0-9]%' THEN TRY_CONVERT(DATETIME, STUFF(LEFT(LTRIM(RTRIM(CONVERT(NVARCHAR(40), fa.ANSWER, 121))), 19), 11, 1, N' '), 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(40), fa.ANSWER, 121))) LIKE '[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]' THEN TRY_CONVERT(DATETIME, LTRIM(RTRIM(CONVERT(NVARCHAR(40), fa.ANSWER, 121))), 112) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(40), fa.ANSWER, 121))) LIKE '%_/%_/[0-9][0-9][0-9][0-9]' AND LTRIM(RTRIM(CONVERT(NVARCHAR(40), fa.ANSWER, 121))) NOT LIKE '%[^0-9/]%' AND LEN(LTRIM(RTRIM(CONVERT(NVARCHAR(40), fa.ANSWER, 121)))) <= 10 THEN TRY_CONVERT(DATETIME, LTRIM(RTRIM(CONVERT(NVARCHAR(40), fa.ANSWER, 121))), 103) END END) AS authorised
        FROM [HDM].[Child_Social].[FACT_FORM_ANSWERS] fa
        WHERE fa.ANSWER_NO IN (N'seenYN', N'FormEndDate')
        GROUP BY fa.FACT_FORM_ID
    )
    INSERT INTO [#ssd_load_ssd_cin_assessments] ([cina_assessment_id], [cina_person_id], [cina_referral_id], [cina_assessment_start_date], [cina_assessment_child_seen], [cina_assessment_auth_date], [cina_assessment_outcome_json], [cina_assessment_outcome_nfa], [cina_assessment_team], [cina_assessment_worker_id])
    SELECT
        CAST(sa.FACT_SINGLE_ASSESSMENT_ID AS NVARCHAR(48)),
        CAST(sa.DIM_PERSON_ID AS NVARCHAR(48)),
        CAST(NULLIF(sa.FACT_REFERRAL_ID, -1) AS NVARCHAR(48)),
        sa.START_DTTM,
        CASE ans.seen WHEN 'YES' THEN 'Y' WHEN 'Y' THEN 'Y' WHEN 'NO' THEN 'N' WHEN 'N' THEN 'N' END,
        ans.authorised,
        -- comments are cut to 250 characters so the escaped object always fits the 1000-character column
        CONCAT('{', '"NFA_FLAG":', CASE WHEN sa.OUTCOME_NFA_FLAG IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CAST(sa.OUTCOME_NFA_FLAG AS NVARCHAR(MAX)), N'\', N'\\'), N'"', N'\"'), NCHAR(13), N'\r'), NCHAR(10), N'\n'), NCHAR(9), N'\t'), N'"') END, ',"NFA_S47_END_FLAG":', CASE WHEN sa.OUTCOME_NFA_S47_END_FLAG IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CAST(sa.OUTCOME_NFA_S47_END_FLAG AS NVARCHAR(MAX)), N'\', N'\\'), N'"', N'\"'), NCHAR(13), N'\r'), NCHAR(10), N'\n'), NCHAR(9), N'\t'), N'"') END, ',"STRATEGY_DISCUSSION_FLAG":', CASE WHEN sa.OUTCOME_STRATEGY_DISCUSSION_FLAG IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CAST(sa.OUTCOME_STRATEGY_DISCUSSION_FLAG AS NVARCHAR(MAX)), N'\', N'\\'), N'"', N'\"'), NCHAR(13), N'\r'), NCHAR(10), N'\n'), NCHAR(9), N'\t'), N'"') END, ',"CLA_REQUEST_FLAG":', CASE WHEN sa.OUTCOME_CLA_REQUEST_FLAG IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CAST(sa.OUTCOME_CLA_REQUEST_FLAG AS NVARCHAR(MAX)), N'\', N'\\'), N'"', N'\"'), NCHAR(13), N'\r'), NCHAR(10), N'\n'), NCHAR(9), N'\t'), N'"') END, ',"PRIVATE_FOSTERING_FLAG":', CASE WHEN sa.OUTCOME_PRIVATE_FOSTERING_FLAG IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CAST(sa.OUTCOME_PRIVATE_FOSTERING_FLAG AS NVARCHAR(MAX)), N'\', N'\\'), N'"', N'\"'), NCHAR(13), N'\r'), NCHAR(10), N'\n'), NCHAR(9), N'\t'), N'"') END, ',"LEGAL_ACTION_FLAG":', CASE WHEN sa.OUTCOME_LEGAL_ACTION_FLAG IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CAST(sa.OUTCOME_LEGAL_ACTION_FLAG AS NVARCHAR(MAX)), N'\', N'\\'), N'"', N'\"'), NCHAR(13), N'\r'), NCHAR(10), N'\n'), NCHAR(9), N'\t'), N'"') END, ',"PROV_OF_SERVICES_FLAG":', CASE WHEN sa.OUTCOME_PROV_OF_SERVICES_FLAG IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CAST(sa.OUTCOME_PROV_OF_SERVICES_FLAG AS NVARCHAR(MAX)), N'\', N'\\'), N'"', N'\"'), NCHAR(13), N'\r'), NCHAR(10), N'\n'), NCHAR(9), N'\t'), N'"') END, ',"PROV_OF_SB_CARE_FLAG":', CASE WHEN sa.OUTCOME_PROV_OF_SB_CARE_FLAG IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CAST(sa.OUTCOME_PROV_OF_SB_CARE_FLAG AS NVARCHAR(MAX)), N'\', N'\\'), N'"', N'\"'), NCHAR(13), N'\r'), NCHAR(10), N'\n'), NCHAR(9), N'\t'), N'"') END, ',"SPECIALIST_ASSESSMENT_FLAG":', CASE WHEN sa.OUTCOME_SPECIALIST_ASSESSMENT_FLAG IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CAST(sa.OUTCOME_SPECIALIST_ASSESSMENT_FLAG AS NVARCHAR(MAX)), N'\', N'\\'), N'"', N'\"'), NCHAR(13), N'\r'), NCHAR(10), N'\n'), NCHAR(9), N'\t'), N'"') END, ',"REFERRAL_TO_OTHER_AGENCY_FLAG":', CASE WHEN sa.OUTCOME_REFERRAL_TO_OTHER_AGENCY_FLAG IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CAST(sa.OUTCOME_REFERRAL_TO_OTHER_AGENCY_FLAG AS NVARCHAR(MAX)), N'\', N'\\'), N'"', N'\"'), NCHAR(13), N'\r'), NCHAR(10), N'\n'), NCHAR(9), N'\t'), N'"') END, ',"OTHER_ACTIONS_FLAG":', CASE WHEN sa.OUTCOME_OTHER_ACTIONS_FLAG IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CAST(sa.OUTCOME_OTHER_ACTIONS_FLAG AS NVARCHAR(MAX)), N'\', N'\\'), N'"', N'\"'), NCHAR(13), N'\r'), NCHAR(10), N'\n'), NCHAR(9), N'\t'), N'"') END, ',"OTHER_OUTCOMES_EXIST_FLAG":', CASE WHEN sa.OTHER_OUTCOMES_EXIST_FLAG IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CAST(sa.OTHER_OUTCOMES_EXIST_FLAG AS NVARCHAR(MAX)), N'\', N'\\'), N'"', N'\"'), NCHAR(13), N'\r'), NCHAR(10), N'\n'), NCHAR(9), N'\t'), N'"') END, ',"TOTAL_NO_OF_OUTCOMES":', COALESCE(CAST(CASE WHEN sa.TOTAL_NO_OF_OUTCOMES >= 0 THEN sa.TOTAL_NO_OF_OUTCOMES END AS NVARCHAR(12)), 'null'), ',"COMMENTS":', CASE WHEN LEFT(sa.OUTCOME_COMMENTS, 250) IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CAST(LEFT(sa.OUTCOME_COMMENTS, 250) AS NVARCHAR(MAX)), N'\', N'\\'), N'"', N'\"'), NCHAR(13), N'\r'), NCHAR(10), N'\n'), NCHAR(9), N'\t'), N'"') END, '}'),
        LEFT(sa.OUTCOME_NFA_FLAG, 1),
        CAST(NULLIF(sa.COMPLETED_BY_DEPT_ID, -1) AS NVARCHAR(48)),
        CAST(NULLIF(sa.COMPLETED_BY_USER_ID, -1) AS NVARCHAR(100))
    FROM [HDM].[Child_Social].[FACT_SINGLE_ASSESSMENT] sa
    LEFT JOIN answers ans ON ans.FACT_FORM_ID = sa.FACT_FORM_ID
    WHERE sa.DIM_PERSON_ID <> -1
        AND COALESCE(sa.DIM_LOOKUP_STEP_SUBSTATUS_CODE, '') NOT IN ('X', 'D')
        AND (ans.authorised IS NULL OR ans.authorised >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)))
        AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(sa.DIM_PERSON_ID AS NVARCHAR(48)));
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_cin_assessments];
    INSERT INTO [ssd].[ssd_cin_assessments] ([cina_assessment_id], [cina_person_id], [cina_referral_id], [cina_assessment_start_date], [cina_assessment_child_seen], [cina_assessment_auth_date], [cina_assessment_outcome_json], [cina_assessment_outcome_nfa], [cina_assessment_team], [cina_assessment_worker_id])
    SELECT CASE WHEN LEN([cina_assessment_id]) > 48 THEN CONCAT(LEFT([cina_assessment_id], 47), N'…') ELSE [cina_assessment_id] END, CASE WHEN LEN([cina_person_id]) > 48 THEN CONCAT(LEFT([cina_person_id], 47), N'…') ELSE [cina_person_id] END, CASE WHEN LEN([cina_referral_id]) > 48 THEN CONCAT(LEFT([cina_referral_id], 47), N'…') ELSE [cina_referral_id] END, [cina_assessment_start_date], CASE WHEN LEN([cina_assessment_child_seen]) > 1 THEN CONCAT(LEFT([cina_assessment_child_seen], 0), N'…') ELSE [cina_assessment_child_seen] END, [cina_assessment_auth_date], CASE WHEN LEN([cina_assessment_outcome_json]) > 1000 THEN CONCAT(LEFT([cina_assessment_outcome_json], 999), N'…') ELSE [cina_assessment_outcome_json] END, CASE WHEN LEN([cina_assessment_outcome_nfa]) > 1 THEN CONCAT(LEFT([cina_assessment_outcome_nfa], 0), N'…') ELSE [cina_assessment_outcome_nfa] END, CASE WHEN LEN([cina_assessment_team]) > 48 THEN CONCAT(LEFT([cina_assessment_team], 47), N'…') ELSE [cina_assessment_team] END, CASE WHEN LEN([cina_assessment_worker_id]) > 100 THEN CONCAT(LEFT([cina_assessment_worker_id], 99), N'…') ELSE [cina_assessment_worker_id] END FROM [#ssd_load_ssd_cin_assessments];
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_cin_assessments', @loaded) WITH NOWAIT;
    DECLARE @cuts NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' cina_assessment_id=', SUM(CASE WHEN LEN([cina_assessment_id]) > 48 THEN 1 ELSE 0 END)), N' cina_assessment_id=0'), N'', NULLIF(CONCAT(N' cina_person_id=', SUM(CASE WHEN LEN([cina_person_id]) > 48 THEN 1 ELSE 0 END)), N' cina_person_id=0'), N'', NULLIF(CONCAT(N' cina_referral_id=', SUM(CASE WHEN LEN([cina_referral_id]) > 48 THEN 1 ELSE 0 END)), N' cina_referral_id=0'), N'', NULLIF(CONCAT(N' cina_assessment_child_seen=', SUM(CASE WHEN LEN([cina_assessment_child_seen]) > 1 THEN 1 ELSE 0 END)), N' cina_assessment_child_seen=0'), N'', NULLIF(CONCAT(N' cina_assessment_outcome_json=', SUM(CASE WHEN LEN([cina_assessment_outcome_json]) > 1000 THEN 1 ELSE 0 END)), N' cina_assessment_outcome_json=0'), N'', NULLIF(CONCAT(N' cina_assessment_outcome_nfa=', SUM(CASE WHEN LEN([cina_assessment_outcome_nfa]) > 1 THEN 1 ELSE 0 END)), N' cina_assessment_outcome_nfa=0'), N'', NULLIF(CONCAT(N' cina_assessment_team=', SUM(CASE WHEN LEN([cina_assessment_team]) > 48 THEN 1 ELSE 0 END)), N' cina_assessment_team=0'), N'', NULLIF(CONCAT(N' cina_assessment_worker_id=', SUM(CASE WHEN LEN([cina_assessment_worker_id]) > 100 THEN 1 ELSE 0 END)), N' cina_assessment_worker_id=0')) FROM [#ssd_load_ssd_cin_assessments];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_cin_assessments', @cuts) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_cin_assessments];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO

RAISERROR(N'refilling ssd_assessment_factors', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_assessment_factors') IS NOT NULL DROP TABLE [#ssd_load_ssd_assessment_factors];
    CREATE TABLE [#ssd_load_ssd_assessment_factors] ([cinf_table_id] NVARCHAR(MAX), [cinf_assessment_id] NVARCHAR(MAX), [cinf_assessment_factors_json] NVARCHAR(MAX));
    WITH factors AS (
        SELECT
            sa.FACT_SINGLE_ASSESSMENT_ID,
            -- the assessment's external id where it has one, else its own id (the key must not be NULL)
            COALESCE(NULLIF(sa.EXTERNAL_ID, -1), sa.FACT_SINGLE_ASSESSMENT_ID) AS table_id,
            CONCAT(
                MAX(CASE WHEN fa.ANSWER_NO = N'1A' THEN N', "1A"' END),
                MAX(CASE WHEN fa.ANSWER_NO = N'1B' THEN N', "1B"' END),
                MAX(CASE WHEN fa.ANSWER_NO = N'1C' THEN N', "1C"' END),
                MAX(CASE WHEN fa.ANSWER_NO = N'2A' THEN N', "2A"' END),
                MAX(CASE WHEN fa.ANSWER_NO = N'2B' THEN N', "2B"' END),
                MAX(CASE WHEN fa.ANSWER_NO = N'2C' THEN N', "2C"' END),
                MAX(CASE WHEN fa.ANSWER_NO = N'3A' THEN N', "3A"' END),
                MAX(CASE WHEN fa.ANSWER_NO = N'3B' THEN N', "3B"' END),
                MAX(CASE WHEN fa.ANSWER_NO = N'3C' THEN N', "3C"' END),
                MAX(CASE WHEN fa.ANSWER_NO = N'4A' THEN N', "4A"' END),
                MAX(CASE WHEN fa.ANSWER_NO = N'4B' THEN N', "4B"' END),
                MAX(CASE WHEN fa.ANSWER_NO = N'4C' THEN N', "4C"' END),
                MAX(CASE WHEN fa.ANSWER_NO = N'5A' THEN N', "5A"' END),
                MAX(CASE WHEN fa.ANSWER_NO = N'5B' THEN N', "5B"' END),
                MAX(CASE WHEN fa.ANSWER_NO = N'5C' THEN N', "5C"' END),
                MAX(CASE WHEN fa.ANSWER_NO = N'6A' THEN N', "6A"' END),
                MAX(CASE WHEN fa.ANSWER_NO = N'6B' THEN N', "6B"' END),
                MAX(CASE WHEN fa.ANSWER_NO = N'6C' THEN N', "6C"' END),
                MAX(CASE WHEN fa.ANSWER_NO = N'7A' THEN N', "7A"' END),
                MAX(CASE WHEN fa.ANSWER_NO = N'8B' THEN N', "8B"' END),
                MAX(CASE WHEN fa.ANSWER_NO = N'8C' THEN N', "8C"' END),
                MAX(CASE WHEN fa.ANSWER_NO = N'8D' THEN N', "8D"' END),
                MAX(CASE WHEN fa.ANSWER_NO = N'8E' THEN N', "8E"' END),
                MAX(CASE WHEN fa.ANSWER_NO = N'8F' THEN N', "8F"' END),
                MAX(CASE WHEN fa.ANSWER_NO = N'9A' THEN N', "9A"' END),
                MAX(CASE WHEN fa.ANSWER_NO = N'10A' THEN N', "10A"' END),
                MAX(CASE WHEN fa.ANSWER_NO = N'11A' THEN N', "11A"' END),
                MAX(CASE WHEN fa.ANSWER_NO = N'12A' THEN N', "12A"' END),
                MAX(CASE WHEN fa.ANSWER_NO = N'13A' THEN N', "13A"' END),
                MAX(CASE WHEN fa.ANSWER_NO = N'14A' THEN N', "14A"' END),
                MAX(CASE WHEN fa.ANSWER_NO = N'15A' THEN N', "15A"' END),
                MAX(CASE WHEN fa.ANSWER_NO = N'16A' THEN N', "16A"' END),
                MAX(CASE WHEN fa.ANSWER_NO = N'17A' THEN N', "17A"' END),
                MAX(CASE WHEN fa.ANSWER_NO = N'18A' THEN N', "18A"' END),
                MAX(CASE WHEN fa.ANSWER_NO = N'18B' THEN N', "18B"' END),
                MAX(CASE WHEN fa.ANSWER_NO = N'18C' THEN N', "18C"' END),
                MAX(CASE WHEN fa.ANSWER_NO = N'19A' THEN N', "19A"' END),
                MAX(CASE WHEN fa.ANSWER_NO = N'19B' THEN N', "19B"' END),
                MAX(CASE WHEN fa.ANSWER_NO = N'19C' THEN N', "19C"' END),
                MAX(CASE WHEN fa.ANSWER_NO = N'20' THEN N', "20"' END),
                MAX(CASE WHEN fa.ANSWER_NO = N'21' THEN N', "21"' END),
                MAX(CASE WHEN fa.ANSWER_NO = N'22A' THEN N', "22A"' END),
                MAX(CASE WHEN fa.ANSWER_NO = N'23A' THEN N', "23A"' END),
                MAX(CASE WHEN fa.ANSWER_NO = N'24A' THEN N', "24A"' END)
            ) AS code_list
        FROM [HDM].[Child_Social].[FACT_SINGLE_ASSESSMENT] sa
        JOIN [HDM].[Child_Social].[FACT_FORM_ANSWERS] fa ON fa.FACT_FORM_ID = sa.FACT_FORM_ID
        WHERE sa.FACT_FORM_ID <> -1
            AND COALESCE(sa.DIM_LOOKUP_STEP_SUBSTATUS_CODE, '') NOT IN ('X', 'D')
            AND fa.ANSWER_NO IN (N'1A', N'1B', N'1C', N'2A', N'2B', N'2C', N'3A', N'3B', N'3C', N'4A', N'4B', N'4C', N'5A', N'5B', N'5C', N'6A', N'6B', N'6C', N'7A', N'8B', N'8C', N'8D', N'8E', N'8F', N'9A', N'10A', N'11A', N'12A', N'13A', N'14A', N'15A', N'16A', N'17A', N'18A', N'18B', N'18C', N'19A', N'19B', N'19C', N'20', N'21', N'22A', N'23A', N'24A')
            AND LOWER(LTRIM(RTRIM(fa.ANSWER))) = 'yes'
            AND EXISTS (
                SELECT 1 FROM [ssd].[ssd_cin_assessments] ca
                WHERE ca.cina_assessment_id = CAST(sa.FACT_SINGLE_ASSESSMENT_ID AS NVARCHAR(48))
            )
        GROUP BY sa.FACT_SINGLE_ASSESSMENT_ID, sa.EXTERNAL_ID
    )
    INSERT INTO [#ssd_load_ssd_assessment_factors] ([cinf_table_id], [cinf_assessment_id], [cinf_assessment_factors_json])
    SELECT
        CAST(f.table_id AS NVARCHAR(48)),
        CAST(f.FACT_SINGLE_ASSESSMENT_ID AS NVARCHAR(48)),
        -- drop the leading ", " of the first code
        CONCAT('[', SUBSTRING(f.code_list, 3, 4000), ']')
    FROM factors f;
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_assessment_factors];
    INSERT INTO [ssd].[ssd_assessment_factors] ([cinf_table_id], [cinf_assessment_id], [cinf_assessment_factors_json])
    SELECT CASE WHEN LEN([cinf_table_id]) > 48 THEN CONCAT(LEFT([cinf_table_id], 47), N'…') ELSE [cinf_table_id] END, CASE WHEN LEN([cinf_assessment_id]) > 48 THEN CONCAT(LEFT([cinf_assessment_id], 47), N'…') ELSE [cinf_assessment_id] END, [cinf_assessment_factors_json] FROM [#ssd_load_ssd_assessment_factors];
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_assessment_factors', @loaded) WITH NOWAIT;
    DECLARE @cuts NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' cinf_table_id=', SUM(CASE WHEN LEN([cinf_table_id]) > 48 THEN 1 ELSE 0 END)), N' cinf_table_id=0'), N'', NULLIF(CONCAT(N' cinf_assessment_id=', SUM(CASE WHEN LEN([cinf_assessment_id]) > 48 THEN 1 ELSE 0 END)), N' cinf_assessment_id=0')) FROM [#ssd_load_ssd_assessment_factors];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_assessment_factors', @cuts) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_assessment_factors];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
RAISERROR(N'refilling ssd_cin_plans', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_cin_plans') IS NOT NULL DROP TABLE [#ssd_load_ssd_cin_plans];
    CREATE TABLE [#ssd_load_ssd_cin_plans] ([cinp_cin_plan_id] NVARCHAR(MAX), [cinp_referral_id] NVARCHAR(MAX), [cinp_person_id] NVARCHAR(MAX), [cinp_cin_plan_start_date] DATETIME, [cinp_cin_plan_end_date] DATETIME, [cinp_cin_plan_team] NVARCHAR(MAX), [cinp_cin_plan_worker_id] NVARCHAR(MAX));
    WITH coordinators AS (
        SELECT fp.FACT_CARE_PLAN_SUMMARY_ID,
               MAX(NULLIF(fp.DIM_PLAN_COORD_DEPT_ID, -1)) AS team_id,
               MAX(NULLIF(fp.DIM_PLAN_COORD_ID, -1)) AS worker_id
        FROM [HDM].[Child_Social].[FACT_CARE_PLANS] fp
        GROUP BY fp.FACT_CARE_PLAN_SUMMARY_ID
    )
    INSERT INTO [#ssd_load_ssd_cin_plans] ([cinp_cin_plan_id], [cinp_referral_id], [cinp_person_id], [cinp_cin_plan_start_date], [cinp_cin_plan_end_date], [cinp_cin_plan_team], [cinp_cin_plan_worker_id])
    SELECT
        CAST(cps.FACT_CARE_PLAN_SUMMARY_ID AS NVARCHAR(48)),
        CAST(NULLIF(cps.FACT_REFERRAL_ID, -1) AS NVARCHAR(48)),
        CAST(cps.DIM_PERSON_ID AS NVARCHAR(48)),
        cps.START_DTTM,
        cps.END_DTTM,
        CAST(co.team_id AS NVARCHAR(48)),
        CAST(co.worker_id AS NVARCHAR(100))
    FROM [HDM].[Child_Social].[FACT_CARE_PLAN_SUMMARY] cps
    LEFT JOIN coordinators co ON co.FACT_CARE_PLAN_SUMMARY_ID = cps.FACT_CARE_PLAN_SUMMARY_ID
    WHERE cps.DIM_PERSON_ID <> -1
        AND cps.DIM_LOOKUP_PLAN_TYPE_CODE = N'FP'
        AND UPPER(COALESCE(cps.DIM_LOOKUP_PLAN_STATUS_ID_CODE, '')) <> 'Z'
        AND (cps.END_DTTM IS NULL OR cps.END_DTTM >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)))
        AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(cps.DIM_PERSON_ID AS NVARCHAR(48)));
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_cin_plans];
    INSERT INTO [ssd].[ssd_cin_plans] ([cinp_cin_plan_id], [cinp_referral_id], [cinp_person_id], [cinp_cin_plan_start_date], [cinp_cin_plan_end_date], [cinp_cin_plan_team], [cinp_cin_plan_worker_id])
    SELECT CASE WHEN LEN([cinp_cin_plan_id]) > 48 THEN CONCAT(LEFT([cinp_cin_plan_id], 47), N'…') ELSE [cinp_cin_plan_id] END, CASE WHEN LEN([cinp_referral_id]) > 48 THEN CONCAT(LEFT([cinp_referral_id], 47), N'…') ELSE [cinp_referral_id] END, CASE WHEN LEN([cinp_person_id]) > 48 THEN CONCAT(LEFT([cinp_person_id], 47), N'…') ELSE [cinp_person_id] END, [cinp_cin_plan_start_date], [cinp_cin_plan_end_date], CASE WHEN LEN([cinp_cin_plan_team]) > 48 THEN CONCAT(LEFT([cinp_cin_plan_team], 47), N'…') ELSE [cinp_cin_plan_team] END, CASE WHEN LEN([cinp_cin_plan_worker_id]) > 100 THEN CONCAT(LEFT([cinp_cin_plan_worker_id], 99), N'…') ELSE [cinp_cin_plan_worker_id] END FROM [#ssd_load_ssd_cin_plans];
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_cin_plans', @loaded) WITH NOWAIT;
    DECLARE @cuts NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' cinp_cin_plan_id=', SUM(CASE WHEN LEN([cinp_cin_plan_id]) > 48 THEN 1 ELSE 0 END)), N' cinp_cin_plan_id=0'), N'', NULLIF(CONCAT(N' cinp_referral_id=', SUM(CASE WHEN LEN([cinp_referral_id]) > 48 THEN 1 ELSE 0 END)), N' cinp_referral_id=0'), N'', NULLIF(CONCAT(N' cinp_person_id=', SUM(CASE WHEN LEN([cinp_person_id]) > 48 THEN 1 ELSE 0 END)), N' cinp_person_id=0'), N'', NULLIF(CONCAT(N' cinp_cin_plan_team=', SUM(CASE WHEN LEN([cinp_cin_plan_team]) > 48 THEN 1 ELSE 0 END)), N' cinp_cin_plan_team=0'), N'', NULLIF(CONCAT(N' cinp_cin_plan_worker_id=', SUM(CASE WHEN LEN([cinp_cin_plan_worker_id]) > 100 THEN 1 ELSE 0 END)), N' cinp_cin_plan_worker_id=0')) FROM [#ssd_load_ssd_cin_plans];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_cin_plans', @cuts) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_cin_plans];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
RAISERROR(N'refilling ssd_s47_enquiry', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_s47_enquiry') IS NOT NULL DROP TABLE [#ssd_load_ssd_s47_enquiry];
    CREATE TABLE [#ssd_load_ssd_s47_enquiry] ([s47e_s47_enquiry_id] NVARCHAR(MAX), [s47e_referral_id] NVARCHAR(MAX), [s47e_person_id] NVARCHAR(MAX), [s47e_s47_start_date] DATETIME, [s47e_s47_end_date] DATETIME, [s47e_s47_nfa] NVARCHAR(MAX), [s47e_s47_outcome_json] NVARCHAR(MAX), [s47e_s47_completed_by_team] NVARCHAR(MAX), [s47e_s47_completed_by_worker_id] NVARCHAR(MAX));
    INSERT INTO [#ssd_load_ssd_s47_enquiry] ([s47e_s47_enquiry_id], [s47e_referral_id], [s47e_person_id], [s47e_s47_start_date], [s47e_s47_end_date], [s47e_s47_nfa], [s47e_s47_outcome_json], [s47e_s47_completed_by_team], [s47e_s47_completed_by_worker_id])
    SELECT
        CAST(s.FACT_S47_ID AS NVARCHAR(48)),
        CAST(NULLIF(s.FACT_REFERRAL_ID, -1) AS NVARCHAR(48)),
        CAST(s.DIM_PERSON_ID AS NVARCHAR(48)),
        s.START_DTTM,
        s.END_DTTM,
        LEFT(s.OUTCOME_NFA_FLAG, 1),
        -- comments are cut to 300 characters so the escaped object always fits the 1000-character column
        CONCAT('{', '"NFA_FLAG":', CASE WHEN s.OUTCOME_NFA_FLAG IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CAST(s.OUTCOME_NFA_FLAG AS NVARCHAR(MAX)), N'\', N'\\'), N'"', N'\"'), NCHAR(13), N'\r'), NCHAR(10), N'\n'), NCHAR(9), N'\t'), N'"') END, ',"LEGAL_ACTION_FLAG":', CASE WHEN s.OUTCOME_LEGAL_ACTION_FLAG IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CAST(s.OUTCOME_LEGAL_ACTION_FLAG AS NVARCHAR(MAX)), N'\', N'\\'), N'"', N'\"'), NCHAR(13), N'\r'), NCHAR(10), N'\n'), NCHAR(9), N'\t'), N'"') END, ',"PROV_OF_SERVICES_FLAG":', CASE WHEN s.OUTCOME_PROV_OF_SERVICES_FLAG IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CAST(s.OUTCOME_PROV_OF_SERVICES_FLAG AS NVARCHAR(MAX)), N'\', N'\\'), N'"', N'\"'), NCHAR(13), N'\r'), NCHAR(10), N'\n'), NCHAR(9), N'\t'), N'"') END, ',"PROV_OF_SB_CARE_FLAG":', CASE WHEN s.OUTCOME_PROV_OF_SB_CARE_FLAG IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CAST(s.OUTCOME_PROV_OF_SB_CARE_FLAG AS NVARCHAR(MAX)), N'\', N'\\'), N'"', N'\"'), NCHAR(13), N'\r'), NCHAR(10), N'\n'), NCHAR(9), N'\t'), N'"') END, ',"CP_CONFERENCE_FLAG":', CASE WHEN s.OUTCOME_CP_CONFERENCE_FLAG IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CAST(s.OUTCOME_CP_CONFERENCE_FLAG AS NVARCHAR(MAX)), N'\', N'\\'), N'"', N'\"'), NCHAR(13), N'\r'), NCHAR(10), N'\n'), NCHAR(9), N'\t'), N'"') END, ',"NFA_CONTINUE_SINGLE_FLAG":', CASE WHEN s.OUTCOME_NFA_CONTINUE_SINGLE_FLAG IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CAST(s.OUTCOME_NFA_CONTINUE_SINGLE_FLAG AS NVARCHAR(MAX)), N'\', N'\\'), N'"', N'\"'), NCHAR(13), N'\r'), NCHAR(10), N'\n'), NCHAR(9), N'\t'), N'"') END, ',"MONITOR_FLAG":', CASE WHEN s.OUTCOME_MONITOR_FLAG IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CAST(s.OUTCOME_MONITOR_FLAG AS NVARCHAR(MAX)), N'\', N'\\'), N'"', N'\"'), NCHAR(13), N'\r'), NCHAR(10), N'\n'), NCHAR(9), N'\t'), N'"') END, ',"OTHER_OUTCOMES_EXIST_FLAG":', CASE WHEN s.OTHER_OUTCOMES_EXIST_FLAG IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CAST(s.OTHER_OUTCOMES_EXIST_FLAG AS NVARCHAR(MAX)), N'\', N'\\'), N'"', N'\"'), NCHAR(13), N'\r'), NCHAR(10), N'\n'), NCHAR(9), N'\t'), N'"') END, ',"TOTAL_NO_OF_OUTCOMES":', COALESCE(CAST(CASE WHEN s.TOTAL_NO_OF_OUTCOMES >= 0 THEN s.TOTAL_NO_OF_OUTCOMES END AS NVARCHAR(12)), 'null'), ',"OUTCOME_COMMENTS":', CASE WHEN LEFT(s.OUTCOME_COMMENTS, 300) IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CAST(LEFT(s.OUTCOME_COMMENTS, 300) AS NVARCHAR(MAX)), N'\', N'\\'), N'"', N'\"'), NCHAR(13), N'\r'), NCHAR(10), N'\n'), NCHAR(9), N'\t'), N'"') END, '}'),
        CAST(NULLIF(s.COMPLETED_BY_DEPT_ID, -1) AS NVARCHAR(48)),
        LEFT(CAST(s.COMPLETED_BY_USER_STAFF_ID AS NVARCHAR(100)), 100)
    FROM [HDM].[Child_Social].[FACT_S47] s
    WHERE s.DIM_PERSON_ID <> -1
        AND CAST(s.START_DTTM AS DATE) <= CAST(GETDATE() AS DATE)
        AND (s.END_DTTM IS NULL OR s.END_DTTM >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)))
        AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(s.DIM_PERSON_ID AS NVARCHAR(48)));
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_s47_enquiry];
    INSERT INTO [ssd].[ssd_s47_enquiry] ([s47e_s47_enquiry_id], [s47e_referral_id], [s47e_person_id], [s47e_s47_start_date], [s47e_s47_end_date], [s47e_s47_nfa], [s47e_s47_outcome_json], [s47e_s47_completed_by_team], [s47e_s47_completed_by_worker_id])
    SELECT CASE WHEN LEN([s47e_s47_enquiry_id]) > 48 THEN CONCAT(LEFT([s47e_s47_enquiry_id], 47), N'…') ELSE [s47e_s47_enquiry_id] END, CASE WHEN LEN([s47e_referral_id]) > 48 THEN CONCAT(LEFT([s47e_referral_id], 47), N'…') ELSE [s47e_referral_id] END, CASE WHEN LEN([s47e_person_id]) > 48 THEN CONCAT(LEFT([s47e_person_id], 47), N'…') ELSE [s47e_person_id] END, [s47e_s47_start_date], [s47e_s47_end_date], CASE WHEN LEN([s47e_s47_nfa]) > 1 THEN CONCAT(LEFT([s47e_s47_nfa], 0), N'…') ELSE [s47e_s47_nfa] END, CASE WHEN LEN([s47e_s47_outcome_json]) > 1000 THEN CONCAT(LEFT([s47e_s47_outcome_json], 999), N'…') ELSE [s47e_s47_outcome_json] END, CASE WHEN LEN([s47e_s47_completed_by_team]) > 48 THEN CONCAT(LEFT([s47e_s47_completed_by_team], 47), N'…') ELSE [s47e_s47_completed_by_team] END, CASE WHEN LEN([s47e_s47_completed_by_worker_id]) > 100 THEN CONCAT(LEFT([s47e_s47_completed_by_worker_id], 99), N'…') ELSE [s47e_s47_completed_by_worker_id] END FROM [#ssd_load_ssd_s47_enquiry];
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_s47_enquiry', @loaded) WITH NOWAIT;
    DECLARE @cuts NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' s47e_s47_enquiry_id=', SUM(CASE WHEN LEN([s47e_s47_enquiry_id]) > 48 THEN 1 ELSE 0 END)), N' s47e_s47_enquiry_id=0'), N'', NULLIF(CONCAT(N' s47e_referral_id=', SUM(CASE WHEN LEN([s47e_referral_id]) > 48 THEN 1 ELSE 0 END)), N' s47e_referral_id=0'), N'', NULLIF(CONCAT(N' s47e_person_id=', SUM(CASE WHEN LEN([s47e_person_id]) > 48 THEN 1 ELSE 0 END)), N' s47e_person_id=0'), N'', NULLIF(CONCAT(N' s47e_s47_nfa=', SUM(CASE WHEN LEN([s47e_s47_nfa]) > 1 THEN 1 ELSE 0 END)), N' s47e_s47_nfa=0'), N'', NULLIF(CONCAT(N' s47e_s47_outcome_json=', SUM(CASE WHEN LEN([s47e_s47_outcome_json]) > 1000 THEN 1 ELSE 0 END)), N' s47e_s47_outcome_json=0'), N'', NULLIF(CONCAT(N' s47e_s47_completed_by_team=', SUM(CASE WHEN LEN([s47e_s47_completed_by_team]) > 48 THEN 1 ELSE 0 END)), N' s47e_s47_completed_by_team=0'), N'', NULLIF(CONCAT(N' s47e_s47_completed_by_worker_id=', SUM(CASE WHEN LEN([s47e_s47_completed_by_worker_id]) > 100 THEN 1 ELSE 0 END)), N' s47e_s47_completed_by_worker_id=0')) FROM [#ssd_load_ssd_s47_enquiry];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_s47_enquiry', @cuts) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_s47_enquiry];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
RAISERROR(N'refilling ssd_initial_cp_conference', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_initial_cp_conference') IS NOT NULL DROP TABLE [#ssd_load_ssd_initial_cp_conference];
    CREATE TABLE [#ssd_load_ssd_initial_cp_conference] ([icpc_icpc_id] NVARCHAR(MAX), [icpc_icpc_meeting_id] NVARCHAR(MAX), [icpc_s47_enquiry_id] NVARCHAR(MAX), [icpc_person_id] NVARCHAR(MAX), [icpc_cp_plan_id] NVARCHAR(MAX), [icpc_referral_id] NVARCHAR(MAX), [icpc_icpc_transfer_in] NVARCHAR(MAX), [icpc_icpc_target_date] DATETIME, [icpc_icpc_date] DATETIME, [icpc_icpc_outcome_cp_flag] NVARCHAR(MAX), [icpc_icpc_outcome_json] NVARCHAR(MAX), [icpc_icpc_team] NVARCHAR(MAX), [icpc_icpc_worker_id] NVARCHAR(MAX));
    WITH plans AS (
        SELECT cpp.FACT_INITIAL_CP_CONFERENCE_ID, cpp.FACT_CP_PLAN_ID,
               ROW_NUMBER() OVER (PARTITION BY cpp.FACT_INITIAL_CP_CONFERENCE_ID
                                  ORDER BY CASE WHEN cpp.START_DTTM IS NULL THEN 1 ELSE 0 END, cpp.START_DTTM, cpp.FACT_CP_PLAN_ID) AS rn
        FROM [HDM].[Child_Social].[FACT_CP_PLAN] cpp
        WHERE cpp.FACT_INITIAL_CP_CONFERENCE_ID <> -1
    )
    INSERT INTO [#ssd_load_ssd_initial_cp_conference] ([icpc_icpc_id], [icpc_icpc_meeting_id], [icpc_s47_enquiry_id], [icpc_person_id], [icpc_cp_plan_id], [icpc_referral_id], [icpc_icpc_transfer_in], [icpc_icpc_target_date], [icpc_icpc_date], [icpc_icpc_outcome_cp_flag], [icpc_icpc_outcome_json], [icpc_icpc_team], [icpc_icpc_worker_id])
    SELECT
        CAST(c.FACT_CP_CONFERENCE_ID AS NVARCHAR(48)),
        CAST(NULLIF(c.FACT_MEETING_ID, -1) AS NVARCHAR(48)),
        CAST(NULLIF(c.FACT_S47_ID, -1) AS NVARCHAR(48)),
        CAST(c.DIM_PERSON_ID AS NVARCHAR(48)),
        CAST(pl.FACT_CP_PLAN_ID AS NVARCHAR(48)),
        CAST(NULLIF(c.FACT_REFERRAL_ID, -1) AS NVARCHAR(48)),
        LEFT(c.TRANSFER_IN_FLAG, 1),
        c.DUE_DTTM,
        m.ACTUAL_DTTM,
        LEFT(c.OUTCOME_CP_FLAG, 1),
        -- comments are cut to 300 characters so the escaped object always fits the 1000-character column
        CONCAT('{', '"NFA_FLAG":', CASE WHEN c.OUTCOME_NFA_FLAG IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CAST(c.OUTCOME_NFA_FLAG AS NVARCHAR(MAX)), N'\', N'\\'), N'"', N'\"'), NCHAR(13), N'\r'), NCHAR(10), N'\n'), NCHAR(9), N'\t'), N'"') END, ',"REFERRAL_TO_OTHER_AGENCY_FLAG":', CASE WHEN c.OUTCOME_REFERRAL_TO_OTHER_AGENCY_FLAG IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CAST(c.OUTCOME_REFERRAL_TO_OTHER_AGENCY_FLAG AS NVARCHAR(MAX)), N'\', N'\\'), N'"', N'\"'), NCHAR(13), N'\r'), NCHAR(10), N'\n'), NCHAR(9), N'\t'), N'"') END, ',"SINGLE_ASSESSMENT_FLAG":', CASE WHEN c.OUTCOME_SINGLE_ASSESSMENT_FLAG IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CAST(c.OUTCOME_SINGLE_ASSESSMENT_FLAG AS NVARCHAR(MAX)), N'\', N'\\'), N'"', N'\"'), NCHAR(13), N'\r'), NCHAR(10), N'\n'), NCHAR(9), N'\t'), N'"') END, ',"PROV_OF_SERVICES_FLAG":', CASE WHEN c.OUTCOME_PROV_OF_SERVICES_FLAG IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CAST(c.OUTCOME_PROV_OF_SERVICES_FLAG AS NVARCHAR(MAX)), N'\', N'\\'), N'"', N'\"'), NCHAR(13), N'\r'), NCHAR(10), N'\n'), NCHAR(9), N'\t'), N'"') END, ',"CP_FLAG":', CASE WHEN c.OUTCOME_CP_FLAG IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CAST(c.OUTCOME_CP_FLAG AS NVARCHAR(MAX)), N'\', N'\\'), N'"', N'\"'), NCHAR(13), N'\r'), NCHAR(10), N'\n'), NCHAR(9), N'\t'), N'"') END, ',"OTHER_OUTCOMES_EXIST_FLAG":', CASE WHEN c.OTHER_OUTCOMES_EXIST_FLAG IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CAST(c.OTHER_OUTCOMES_EXIST_FLAG AS NVARCHAR(MAX)), N'\', N'\\'), N'"', N'\"'), NCHAR(13), N'\r'), NCHAR(10), N'\n'), NCHAR(9), N'\t'), N'"') END, ',"TOTAL_NO_OF_OUTCOMES":', COALESCE(CAST(CASE WHEN c.TOTAL_NO_OF_OUTCOMES >= 0 THEN c.TOTAL_NO_OF_OUTCOMES END AS NVARCHAR(12)), 'null'), ',"COMMENTS":', CASE WHEN LEFT(c.OUTCOME_COMMENTS, 300) IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CAST(LEFT(c.OUTCOME_COMMENTS, 300) AS NVARCHAR(MAX)), N'\', N'\\'), N'"', N'\"'), NCHAR(13), N'\r'), NCHAR(10), N'\n'), NCHAR(9), N'\t'), N'"') END, '}'),
        CAST(NULLIF(c.ORGANISED_BY_DEPT_ID, -1) AS NVARCHAR(48)),
        LEFT(CAST(c.ORGANISED_BY_USER_STAFF_ID AS NVARCHAR(100)), 100)
    FROM [HDM].[Child_Social].[FACT_CP_CONFERENCE] c
    JOIN [HDM].[Child_Social].[FACT_MEETINGS] m ON m.FACT_MEETING_ID = c.FACT_MEETING_ID
    LEFT JOIN plans pl ON pl.FACT_INITIAL_CP_CONFERENCE_ID = c.FACT_CP_CONFERENCE_ID AND pl.rn = 1
    WHERE c.DIM_PERSON_ID <> -1
        AND m.DIM_LOOKUP_MTG_TYPE_ID_CODE = N'CPConference'
        AND (m.ACTUAL_DTTM IS NULL OR m.ACTUAL_DTTM >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)))
        AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(c.DIM_PERSON_ID AS NVARCHAR(48)));
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_initial_cp_conference];
    INSERT INTO [ssd].[ssd_initial_cp_conference] ([icpc_icpc_id], [icpc_icpc_meeting_id], [icpc_s47_enquiry_id], [icpc_person_id], [icpc_cp_plan_id], [icpc_referral_id], [icpc_icpc_transfer_in], [icpc_icpc_target_date], [icpc_icpc_date], [icpc_icpc_outcome_cp_flag], [icpc_icpc_outcome_json], [icpc_icpc_team], [icpc_icpc_worker_id])
    SELECT CASE WHEN LEN([icpc_icpc_id]) > 48 THEN CONCAT(LEFT([icpc_icpc_id], 47), N'…') ELSE [icpc_icpc_id] END, CASE WHEN LEN([icpc_icpc_meeting_id]) > 48 THEN CONCAT(LEFT([icpc_icpc_meeting_id], 47), N'…') ELSE [icpc_icpc_meeting_id] END, CASE WHEN LEN([icpc_s47_enquiry_id]) > 48 THEN CONCAT(LEFT([icpc_s47_enquiry_id], 47), N'…') ELSE [icpc_s47_enquiry_id] END, CASE WHEN LEN([icpc_person_id]) > 48 THEN CONCAT(LEFT([icpc_person_id], 47), N'…') ELSE [icpc_person_id] END, CASE WHEN LEN([icpc_cp_plan_id]) > 48 THEN CONCAT(LEFT([icpc_cp_plan_id], 47), N'…') ELSE [icpc_cp_plan_id] END, CASE WHEN LEN([icpc_referral_id]) > 48 THEN CONCAT(LEFT([icpc_referral_id], 47), N'…') ELSE [icpc_referral_id] END, CASE WHEN LEN([icpc_icpc_transfer_in]) > 1 THEN CONCAT(LEFT([icpc_icpc_transfer_in], 0), N'…') ELSE [icpc_icpc_transfer_in] END, [icpc_icpc_target_date], [icpc_icpc_date], CASE WHEN LEN([icpc_icpc_outcome_cp_flag]) > 1 THEN CONCAT(LEFT([icpc_icpc_outcome_cp_flag], 0), N'…') ELSE [icpc_icpc_outcome_cp_flag] END, CASE WHEN LEN([icpc_icpc_outcome_json]) > 1000 THEN CONCAT(LEFT([icpc_icpc_outcome_json], 999), N'…') ELSE [icpc_icpc_outcome_json] END, CASE WHEN LEN([icpc_icpc_team]) > 48 THEN CONCAT(LEFT([icpc_icpc_team], 47), N'…') ELSE [icpc_icpc_team] END, CASE WHEN LEN([icpc_icpc_worker_id]) > 100 THEN CONCAT(LEFT([icpc_icpc_worker_id], 99), N'…') ELSE [icpc_icpc_worker_id] END FROM [#ssd_load_ssd_initial_cp_conference];
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_initial_cp_conference', @loaded) WITH NOWAIT;
    DECLARE @cuts NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' icpc_icpc_id=', SUM(CASE WHEN LEN([icpc_icpc_id]) > 48 THEN 1 ELSE 0 END)), N' icpc_icpc_id=0'), N'', NULLIF(CONCAT(N' icpc_icpc_meeting_id=', SUM(CASE WHEN LEN([icpc_icpc_meeting_id]) > 48 THEN 1 ELSE 0 END)), N' icpc_icpc_meeting_id=0'), N'', NULLIF(CONCAT(N' icpc_s47_enquiry_id=', SUM(CASE WHEN LEN([icpc_s47_enquiry_id]) > 48 THEN 1 ELSE 0 END)), N' icpc_s47_enquiry_id=0'), N'', NULLIF(CONCAT(N' icpc_person_id=', SUM(CASE WHEN LEN([icpc_person_id]) > 48 THEN 1 ELSE 0 END)), N' icpc_person_id=0'), N'', NULLIF(CONCAT(N' icpc_cp_plan_id=', SUM(CASE WHEN LEN([icpc_cp_plan_id]) > 48 THEN 1 ELSE 0 END)), N' icpc_cp_plan_id=0'), N'', NULLIF(CONCAT(N' icpc_referral_id=', SUM(CASE WHEN LEN([icpc_referral_id]) > 48 THEN 1 ELSE 0 END)), N' icpc_referral_id=0'), N'', NULLIF(CONCAT(N' icpc_icpc_transfer_in=', SUM(CASE WHEN LEN([icpc_icpc_transfer_in]) > 1 THEN 1 ELSE 0 END)), N' icpc_icpc_transfer_in=0'), N'', NULLIF(CONCAT(N' icpc_icpc_outcome_cp_flag=', SUM(CASE WHEN LEN([icpc_icpc_outcome_cp_flag]) > 1 THEN 1 ELSE 0 END)), N' icpc_icpc_outcome_cp_flag=0'), N'', NULLIF(CONCAT(N' icpc_icpc_outcome_json=', SUM(CASE WHEN LEN([icpc_icpc_outcome_json]) > 1000 THEN 1 ELSE 0 END)), N' icpc_icpc_outcome_json=0'), N'', NULLIF(CONCAT(N' icpc_icpc_team=', SUM(CASE WHEN LEN([icpc_icpc_team]) > 48 THEN 1 ELSE 0 END)), N' icpc_icpc_team=0'), N'', NULLIF(CONCAT(N' icpc_icpc_worker_id=', SUM(CASE WHEN LEN([icpc_icpc_worker_id]) > 100 THEN 1 ELSE 0 END)), N' icpc_icpc_worker_id=0')) FROM [#ssd_load_ssd_initial_cp_conference];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_initial_cp_conference', @cuts) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_initial_cp_conference];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
RAISERROR(N'refilling ssd_cp_plans', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_cp_plans') IS NOT NULL DROP TABLE [#ssd_load_ssd_cp_plans];
    CREATE TABLE [#ssd_load_ssd_cp_plans] ([cppl_cp_plan_id] NVARCHAR(MAX), [cppl_referral_id] NVARCHAR(MAX), [cppl_icpc_id] NVARCHAR(MAX), [cppl_person_id] NVARCHAR(MAX), [cppl_cp_plan_start_date] DATETIME, [cppl_cp_plan_end_date] DATETIME, [cppl_cp_plan_ola] NVARCHAR(MAX), [cppl_cp_plan_initial_category] NVARCHAR(MAX), [cppl_cp_plan_latest_category] NVARCHAR(MAX));
    INSERT INTO [#ssd_load_ssd_cp_plans] ([cppl_cp_plan_id], [cppl_referral_id], [cppl_icpc_id], [cppl_person_id], [cppl_cp_plan_start_date], [cppl_cp_plan_end_date], [cppl_cp_plan_ola], [cppl_cp_plan_initial_category], [cppl_cp_plan_latest_category])
    SELECT
        CAST(cp.FACT_CP_PLAN_ID AS NVARCHAR(48)),
        CAST(NULLIF(cp.FACT_REFERRAL_ID, -1) AS NVARCHAR(48)),
        CAST(NULLIF(cp.FACT_INITIAL_CP_CONFERENCE_ID, -1) AS NVARCHAR(48)),
        CAST(cp.DIM_PERSON_ID AS NVARCHAR(48)),
        cp.START_DTTM,
        cp.END_DTTM,
        LEFT(cp.IS_OLA, 1),
        LEFT(cp.INIT_CATEGORY_DESC, 100),
        LEFT(cp.CP_CATEGORY_DESC, 100)
    FROM [HDM].[Child_Social].[FACT_CP_PLAN] cp
    WHERE cp.DIM_PERSON_ID <> -1
        AND (cp.END_DTTM IS NULL OR cp.END_DTTM >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)))
        AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(cp.DIM_PERSON_ID AS NVARCHAR(48)));
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_cp_plans];
    INSERT INTO [ssd].[ssd_cp_plans] ([cppl_cp_plan_id], [cppl_referral_id], [cppl_icpc_id], [cppl_person_id], [cppl_cp_plan_start_date], [cppl_cp_plan_end_date], [cppl_cp_plan_ola], [cppl_cp_plan_initial_category], [cppl_cp_plan_latest_category])
    SELECT CASE WHEN LEN([cppl_cp_plan_id]) > 48 THEN CONCAT(LEFT([cppl_cp_plan_id], 47), N'…') ELSE [cppl_cp_plan_id] END, CASE WHEN LEN([cppl_referral_id]) > 48 THEN CONCAT(LEFT([cppl_referral_id], 47), N'…') ELSE [cppl_referral_id] END, CASE WHEN LEN([cppl_icpc_id]) > 48 THEN CONCAT(LEFT([cppl_icpc_id], 47), N'…') ELSE [cppl_icpc_id] END, CASE WHEN LEN([cppl_person_id]) > 48 THEN CONCAT(LEFT([cppl_person_id], 47), N'…') ELSE [cppl_person_id] END, [cppl_cp_plan_start_date], [cppl_cp_plan_end_date], CASE WHEN LEN([cppl_cp_plan_ola]) > 1 THEN CONCAT(LEFT([cppl_cp_plan_ola], 0), N'…') ELSE [cppl_cp_plan_ola] END, CASE WHEN LEN([cppl_cp_plan_initial_category]) > 100 THEN CONCAT(LEFT([cppl_cp_plan_initial_category], 99), N'…') ELSE [cppl_cp_plan_initial_category] END, CASE WHEN LEN([cppl_cp_plan_latest_category]) > 100 THEN CONCAT(LEFT([cppl_cp_plan_latest_category], 99), N'…') ELSE [cppl_cp_plan_latest_category] END FROM [#ssd_load_ssd_cp_plans];
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_cp_plans', @loaded) WITH NOWAIT;
    DECLARE @cuts NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' cppl_cp_plan_id=', SUM(CASE WHEN LEN([cppl_cp_plan_id]) > 48 THEN 1 ELSE 0 END)), N' cppl_cp_plan_id=0'), N'', NULLIF(CONCAT(N' cppl_referral_id=', SUM(CASE WHEN LEN([cppl_referral_id]) > 48 THEN 1 ELSE 0 END)), N' cppl_referral_id=0'), N'', NULLIF(CONCAT(N' cppl_icpc_id=', SUM(CASE WHEN LEN([cppl_icpc_id]) > 48 THEN 1 ELSE 0 END)), N' cppl_icpc_id=0'), N'', NULLIF(CONCAT(N' cppl_person_id=', SUM(CASE WHEN LEN([cppl_person_id]) > 48 THEN 1 ELSE 0 END)), N' cppl_person_id=0'), N'', NULLIF(CONCAT(N' cppl_cp_plan_ola=', SUM(CASE WHEN LEN([cppl_cp_plan_ola]) > 1 THEN 1 ELSE 0 END)), N' cppl_cp_plan_ola=0'), N'', NULLIF(CONCAT(N' cppl_cp_plan_initial_category=', SUM(CASE WHEN LEN([cppl_cp_plan_initial_category]) > 100 THEN 1 ELSE 0 END)), N' cppl_cp_plan_initial_category=0'), N'', NULLIF(CONCAT(N' cppl_cp_plan_latest_category=', SUM(CASE WHEN LEN([cppl_cp_plan_latest_category]) > 100 THEN 1 ELSE 0 END)), N' cppl_cp_plan_latest_category=0')) FROM [#ssd_load_ssd_cp_plans];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_cp_plans', @cuts) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_cp_plans];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO

RAISERROR(N'refilling ssd_cla_episodes', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_cla_episodes') IS NOT NULL DROP TABLE [#ssd_load_ssd_cla_episodes];
    CREATE TABLE [#ssd_load_ssd_cla_episodes] ([clae_cla_episode_id] NVARCHAR(MAX), [clae_person_id] NVARCHAR(MAX), [clae_cla_placement_id] NVARCHAR(MAX), [clae_cla_episode_start_date] DATETIME, [clae_cla_episode_start_reason] NVARCHAR(MAX), [clae_cla_primary_need_code] NVARCHAR(MAX), [clae_cla_episode_ceased_date] DATETIME, [clae_cla_episode_ceased_reason] NVARCHAR(MAX), [clae_cla_id] NVARCHAR(MAX), [clae_referral_id] NVARCHAR(MAX), [clae_cla_last_iro_contact_date] DATETIME, [clae_entered_care_date] DATETIME);
    WITH iro AS (
        SELECT n.DIM_PERSON_ID, MAX(n.EVENT_DTTM) AS last_contact
        FROM [HDM].[Child_Social].[FACT_CASENOTES] n
        WHERE n.DIM_LOOKUP_CASNT_TYPE_ID_CODE = N'IRO'
            AND n.EVENT_DTTM IS NOT NULL
        GROUP BY n.DIM_PERSON_ID
    )
    INSERT INTO [#ssd_load_ssd_cla_episodes] ([clae_cla_episode_id], [clae_person_id], [clae_cla_placement_id], [clae_cla_episode_start_date], [clae_cla_episode_start_reason], [clae_cla_primary_need_code], [clae_cla_episode_ceased_date], [clae_cla_episode_ceased_reason], [clae_cla_id], [clae_referral_id], [clae_cla_last_iro_contact_date], [clae_entered_care_date])
    SELECT
        CAST(fce.FACT_CARE_EPISODES_ID AS NVARCHAR(48)),
        CAST(fce.DIM_PERSON_ID AS NVARCHAR(48)),
        CAST(NULLIF(fce.FACT_CLA_PLACEMENT_ID, -1) AS NVARCHAR(48)),
        fce.CARE_START_DATE,
        CAST(LTRIM(RTRIM(fce.CARE_REASON_DESC)) AS NVARCHAR(100)),
        LEFT(fce.CIN_903_CODE, 3),
        fce.CARE_END_DATE,
        NULLIF(LEFT(LTRIM(RTRIM(fce.CARE_REASON_END_CODE)), 255), ''),
        CAST(fc.FACT_CLA_ID AS NVARCHAR(48)),
        CAST(NULLIF(fc.FACT_REFERRAL_ID, -1) AS NVARCHAR(48)),
        iro.last_contact,
        fc.START_DTTM
    FROM [HDM].[Child_Social].[FACT_CARE_EPISODES] fce
    JOIN [HDM].[Child_Social].[FACT_CLA] fc ON fc.FACT_CLA_ID = fce.FACT_CLA_ID
    LEFT JOIN iro ON iro.DIM_PERSON_ID = fce.DIM_PERSON_ID
    WHERE fce.DIM_PERSON_ID <> -1
        AND (fce.CARE_END_DATE IS NULL OR fce.CARE_END_DATE >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)))
        AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(fce.DIM_PERSON_ID AS NVARCHAR(48)));
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_cla_episodes];
    INSERT INTO [ssd].[ssd_cla_episodes] ([clae_cla_episode_id], [clae_person_id], [clae_cla_placement_id], [clae_cla_episode_start_date], [clae_cla_episode_start_reason], [clae_cla_primary_need_code], [clae_cla_episode_ceased_date], [clae_cla_episode_ceased_reason], [clae_cla_id], [clae_referral_id], [clae_cla_last_iro_contact_date], [clae_entered_care_date])
    SELECT CASE WHEN LEN([clae_cla_episode_id]) > 48 THEN CONCAT(LEFT([clae_cla_episode_id], 47), N'…') ELSE [clae_cla_episode_id] END, CASE WHEN LEN([clae_person_id]) > 48 THEN CONCAT(LEFT([clae_person_id], 47), N'…') ELSE [clae_person_id] END, CASE WHEN LEN([clae_cla_placement_id]) > 48 THEN CONCAT(LEFT([clae_cla_placement_id], 47), N'…') ELSE [clae_cla_placement_id] END, [clae_cla_episode_start_date], CASE WHEN LEN([clae_cla_episode_start_reason]) > 100 THEN CONCAT(LEFT([clae_cla_episode_start_reason], 99), N'…') ELSE [clae_cla_episode_start_reason] END, CASE WHEN LEN([clae_cla_primary_need_code]) > 3 THEN CONCAT(LEFT([clae_cla_primary_need_code], 2), N'…') ELSE [clae_cla_primary_need_code] END, [clae_cla_episode_ceased_date], CASE WHEN LEN([clae_cla_episode_ceased_reason]) > 255 THEN CONCAT(LEFT([clae_cla_episode_ceased_reason], 254), N'…') ELSE [clae_cla_episode_ceased_reason] END, CASE WHEN LEN([clae_cla_id]) > 48 THEN CONCAT(LEFT([clae_cla_id], 47), N'…') ELSE [clae_cla_id] END, CASE WHEN LEN([clae_referral_id]) > 48 THEN CONCAT(LEFT([clae_referral_id], 47), N'…') ELSE [clae_referral_id] END, [clae_cla_last_iro_contact_date], [clae_entered_care_date] FROM [#ssd_load_ssd_cla_episodes];
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_cla_episodes', @loaded) WITH NOWAIT;
    DECLARE @cuts NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' clae_cla_episode_id=', SUM(CASE WHEN LEN([clae_cla_episode_id]) > 48 THEN 1 ELSE 0 END)), N' clae_cla_episode_id=0'), N'', NULLIF(CONCAT(N' clae_person_id=', SUM(CASE WHEN LEN([clae_person_id]) > 48 THEN 1 ELSE 0 END)), N' clae_person_id=0'), N'', NULLIF(CONCAT(N' clae_cla_placement_id=', SUM(CASE WHEN LEN([clae_cla_placement_id]) > 48 THEN 1 ELSE 0 END)), N' clae_cla_placement_id=0'), N'', NULLIF(CONCAT(N' clae_cla_episode_start_reason=', SUM(CASE WHEN LEN([clae_cla_episode_start_reason]) > 100 THEN 1 ELSE 0 END)), N' clae_cla_episode_start_reason=0'), N'', NULLIF(CONCAT(N' clae_cla_primary_need_code=', SUM(CASE WHEN LEN([clae_cla_primary_need_code]) > 3 THEN 1 ELSE 0 END)), N' clae_cla_primary_need_code=0'), N'', NULLIF(CONCAT(N' clae_cla_episode_ceased_reason=', SUM(CASE WHEN LEN([clae_cla_episode_ceased_reason]) > 255 THEN 1 ELSE 0 END)), N' clae_cla_episode_ceased_reason=0'), N'', NULLIF(CONCAT(N' clae_cla_id=', SUM(CASE WHEN LEN([clae_cla_id]) > 48 THEN 1 ELSE 0 END)), N' clae_cla_id=0'), N'', NULLIF(CONCAT(N' clae_referral_id=', SUM(CASE WHEN LEN([clae_referral_id]) > 48 THEN 1 ELSE 0 END)), N' clae_referral_id=0')) FROM [#ssd_load_ssd_cla_episodes];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_cla_episodes', @cuts) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_cla_episodes];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO

RAISERROR(N'refilling ssd_cla_placement', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_cla_placement') IS NOT NULL DROP TABLE [#ssd_load_ssd_cla_placement];
    CREATE TABLE [#ssd_load_ssd_cla_placement] ([clap_cla_placement_id] NVARCHAR(MAX), [clap_cla_id] NVARCHAR(MAX), [clap_person_id] NVARCHAR(MAX), [clap_cla_placement_start_date] DATETIME, [clap_cla_placement_type] NVARCHAR(MAX), [clap_cla_placement_urn] NVARCHAR(MAX), [clap_cla_placement_distance] FLOAT, [clap_cla_placement_provider] NVARCHAR(MAX), [clap_cla_placement_postcode] NVARCHAR(MAX), [clap_cla_placement_end_date] DATETIME, [clap_cla_placement_change_reason] NVARCHAR(MAX));
    WITH urns AS (
        -- one URN per placement (the highest, so the choice is repeatable)
        SELECT e.FACT_CLA_PLACEMENT_ID, MAX(e.OFSTED_URN) AS urn
        FROM [HDM].[Child_Social].[FACT_CARE_EPISODES] e
        WHERE e.OFSTED_URN LIKE 'SC%'
        GROUP BY e.FACT_CLA_PLACEMENT_ID
    )
    INSERT INTO [#ssd_load_ssd_cla_placement] ([clap_cla_placement_id], [clap_cla_id], [clap_person_id], [clap_cla_placement_start_date], [clap_cla_placement_type], [clap_cla_placement_urn], [clap_cla_placement_distance], [clap_cla_placement_provider], [clap_cla_placement_postcode], [clap_cla_placement_end_date], [clap_cla_placement_change_reason])
    SELECT
        CAST(pl.FACT_CLA_PLACEMENT_ID AS NVARCHAR(48)),
        CAST(NULLIF(pl.FACT_CLA_ID, -1) AS NVARCHAR(48)),
        CAST(pl.DIM_PERSON_ID AS NVARCHAR(48)),
        pl.START_DTTM,
        NULLIF(LEFT(LTRIM(RTRIM(pl.DIM_LOOKUP_PLACEMENT_TYPE_CODE)), 100), ''),
        LEFT(u.urn, 48),
        TRY_CAST(pl.DISTANCE_FROM_HOME AS FLOAT),
        NULLIF(LEFT(LTRIM(RTRIM(pl.DIM_LOOKUP_PLACEMENT_PROVIDER_CODE)), 48), ''),
        CASE WHEN LTRIM(RTRIM(pl.POSTCODE)) LIKE '_____%' THEN NULLIF(LEFT(LTRIM(RTRIM(pl.POSTCODE)), 8), '') END,
        pl.END_DTTM,
        NULLIF(LEFT(LTRIM(RTRIM(pl.DIM_LOOKUP_PLAC_CHNG_REAS_CODE)), 100), '')
    FROM [HDM].[Child_Social].[FACT_CLA_PLACEMENT] pl
    LEFT JOIN urns u ON u.FACT_CLA_PLACEMENT_ID = pl.FACT_CLA_PLACEMENT_ID
    WHERE pl.FACT_CLA_PLACEMENT_ID <> -1
        AND pl.DIM_LOOKUP_PLACEMENT_TYPE_CODE IN (N'A1', N'A2', N'A3', N'A4', N'A5', N'A6', N'F1', N'F2', N'F3', N'F4', N'F5', N'F6', N'H1', N'H2', N'H3', N'H4', N'H5', N'H5a', N'K1', N'K2', N'M2', N'M3', N'P1', N'P2', N'Q1', N'Q2', N'R1', N'R2', N'R3', N'R5', N'S1', N'T0', N'T1', N'U1', N'U2', N'U3', N'U4', N'U5', N'U6', N'Z1')
        AND (pl.END_DTTM IS NULL OR pl.END_DTTM >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)))
        AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(pl.DIM_PERSON_ID AS NVARCHAR(48)));
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_cla_placement];
    INSERT INTO [ssd].[ssd_cla_placement] ([clap_cla_placement_id], [clap_cla_id], [clap_person_id], [clap_cla_placement_start_date], [clap_cla_placement_type], [clap_cla_placement_urn], [clap_cla_placement_distance], [clap_cla_placement_provider], [clap_cla_placement_postcode], [clap_cla_placement_end_date], [clap_cla_placement_change_reason])
    SELECT CASE WHEN LEN([clap_cla_placement_id]) > 48 THEN CONCAT(LEFT([clap_cla_placement_id], 47), N'…') ELSE [clap_cla_placement_id] END, CASE WHEN LEN([clap_cla_id]) > 48 THEN CONCAT(LEFT([clap_cla_id], 47), N'…') ELSE [clap_cla_id] END, CASE WHEN LEN([clap_person_id]) > 48 THEN CONCAT(LEFT([clap_person_id], 47), N'…') ELSE [clap_person_id] END, [clap_cla_placement_start_date], CASE WHEN LEN([clap_cla_placement_type]) > 100 THEN CONCAT(LEFT([clap_cla_placement_type], 99), N'…') ELSE [clap_cla_placement_type] END, CASE WHEN LEN([clap_cla_placement_urn]) > 48 THEN CONCAT(LEFT([clap_cla_placement_urn], 47), N'…') ELSE [clap_cla_placement_urn] END, [clap_cla_placement_distance], CASE WHEN LEN([clap_cla_placement_provider]) > 48 THEN CONCAT(LEFT([clap_cla_placement_provider], 47), N'…') ELSE [clap_cla_placement_provider] END, CASE WHEN LEN([clap_cla_placement_postcode]) > 8 THEN CONCAT(LEFT([clap_cla_placement_postcode], 7), N'…') ELSE [clap_cla_placement_postcode] END, [clap_cla_placement_end_date], CASE WHEN LEN([clap_cla_placement_change_reason]) > 100 THEN CONCAT(LEFT([clap_cla_placement_change_reason], 99), N'…') ELSE [clap_cla_placement_change_reason] END FROM [#ssd_load_ssd_cla_placement];
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_cla_placement', @loaded) WITH NOWAIT;
    DECLARE @cuts NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' clap_cla_placement_id=', SUM(CASE WHEN LEN([clap_cla_placement_id]) > 48 THEN 1 ELSE 0 END)), N' clap_cla_placement_id=0'), N'', NULLIF(CONCAT(N' clap_cla_id=', SUM(CASE WHEN LEN([clap_cla_id]) > 48 THEN 1 ELSE 0 END)), N' clap_cla_id=0'), N'', NULLIF(CONCAT(N' clap_person_id=', SUM(CASE WHEN LEN([clap_person_id]) > 48 THEN 1 ELSE 0 END)), N' clap_person_id=0'), N'', NULLIF(CONCAT(N' clap_cla_placement_type=', SUM(CASE WHEN LEN([clap_cla_placement_type]) > 100 THEN 1 ELSE 0 END)), N' clap_cla_placement_type=0'), N'', NULLIF(CONCAT(N' clap_cla_placement_urn=', SUM(CASE WHEN LEN([clap_cla_placement_urn]) > 48 THEN 1 ELSE 0 END)), N' clap_cla_placement_urn=0'), N'', NULLIF(CONCAT(N' clap_cla_placement_provider=', SUM(CASE WHEN LEN([clap_cla_placement_provider]) > 48 THEN 1 ELSE 0 END)), N' clap_cla_placement_provider=0'), N'', NULLIF(CONCAT(N' clap_cla_placement_postcode=', SUM(CASE WHEN LEN([clap_cla_placement_postcode]) > 8 THEN 1 ELSE 0 END)), N' clap_cla_placement_postcode=0'), N'', NULLIF(CONCAT(N' clap_cla_placement_change_reason=', SUM(CASE WHEN LEN([clap_cla_placement_change_reason]) > 100 THEN 1 ELSE 0 END)), N' clap_cla_placement_change_reason=0')) FROM [#ssd_load_ssd_cla_placement];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_cla_placement', @cuts) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_cla_placement];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
RAISERROR(N'refilling ssd_permanence', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_permanence') IS NOT NULL DROP TABLE [#ssd_load_ssd_permanence];
    CREATE TABLE [#ssd_load_ssd_permanence] ([perm_table_id] NVARCHAR(MAX), [perm_person_id] NVARCHAR(MAX), [perm_cla_id] NVARCHAR(MAX), [perm_adm_decision_date] DATETIME, [perm_part_of_sibling_group] NVARCHAR(MAX), [perm_siblings_placed_together] INT, [perm_siblings_placed_apart] INT, [perm_ffa_cp_decision_date] DATETIME, [perm_placement_order_date] DATETIME, [perm_matched_date] DATETIME, [perm_adopter_sex] NVARCHAR(MAX), [perm_adopter_legal_status] NVARCHAR(MAX), [perm_number_of_adopters] INT, [perm_placed_for_adoption_date] DATETIME, [perm_adopted_by_carer_flag] NVARCHAR(MAX), [perm_placed_foster_carer_date] DATETIME, [perm_placed_ffa_cp_date] DATETIME, [perm_placement_provider_urn] NVARCHAR(MAX), [perm_decision_reversed_date] DATETIME, [perm_decision_reversed_reason] NVARCHAR(MAX), [perm_permanence_order_date] DATETIME, [perm_permanence_order_type] NVARCHAR(MAX), [perm_adoption_worker_id] NVARCHAR(MAX));
    WITH episodes AS (
        SELECT
            fce.FACT_CARE_EPISODES_ID, fce.DIM_PERSON_ID, fce.FACT_CLA_ID, fce.PLACEND,
            fce.CARE_REASON_END_CODE, fce.OFSTED_URN,
            fa.FACT_ADOPTION_ID, fa.DECISION_DTTM, fa.SIBLING_GROUP, fa.NUMBER_TOGETHER, fa.NUMBER_APART,
            fa.PLACEMENT_ORDER_DTTM, fa.MATCHING_DTTM, fa.DIM_LOOKUP_ADOPTER_GENDER_CODE,
            fa.DIM_LOOKUP_ADOPTER_LEGAL_STATUS_CODE, fa.NO_OF_ADOPTERS, fa.ADOPTED_BY_CARER_FLAG,
            fa.FOSTER_TO_ADOPT_DTTM, fa.NO_LONGER_PLACED_DTTM, fa.DIM_LOOKUP_ADOP_REASON_CEASED_CODE,
            fa.ADOPTION_SOCIAL_WORKER_ID,
            fcpl.FFA_IS_PLAN_DATE, fcpl.DIM_LOOKUP_PLACEMENT_TYPE_CODE, fcpl.START_DTTM AS placement_start,
            -- one permanence row per child: the latest episode, then the latest adoption record
            ROW_NUMBER() OVER (
                PARTITION BY fce.DIM_PERSON_ID
                ORDER BY CASE WHEN fce.CARE_START_DATE IS NULL THEN 1 ELSE 0 END, fce.CARE_START_DATE DESC, fce.FACT_CARE_EPISODES_ID DESC,
                         CASE WHEN fa.START_DTTM IS NULL THEN 1 ELSE 0 END, fa.START_DTTM DESC, fa.FACT_ADOPTION_ID DESC
            ) AS rn
        FROM [HDM].[Child_Social].[FACT_CARE_EPISODES] fce
        LEFT JOIN [HDM].[Child_Social].[FACT_ADOPTION] fa
            ON fa.DIM_PERSON_ID = fce.DIM_PERSON_ID AND fa.START_DTTM IS NOT NULL
        LEFT JOIN [HDM].[Child_Social].[FACT_CLA_PLACEMENT] fcpl
            ON fcpl.FACT_CLA_PLACEMENT_ID = fce.FACT_CLA_PLACEMENT_ID
            AND fcpl.FACT_CLA_PLACEMENT_ID <> -1
            AND (fcpl.DIM_LOOKUP_PLACEMENT_TYPE_CODE IN (N'A3', N'A4', N'A5', N'A6') OR fcpl.FFA_IS_PLAN_DATE IS NOT NULL)
        WHERE fce.DIM_PERSON_ID <> -1
            AND (
                (fce.PLACEND IS NULL AND fa.FACT_ADOPTION_ID IS NOT NULL)
                OR fce.CARE_REASON_END_CODE IN (N'E1', N'E11', N'E12', N'E43', N'E44', N'E45', N'E46', N'E47', N'E48', N'45', N'E41')
            )
            AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(fce.DIM_PERSON_ID AS NVARCHAR(48)))
    )
    INSERT INTO [#ssd_load_ssd_permanence] ([perm_table_id], [perm_person_id], [perm_cla_id], [perm_adm_decision_date], [perm_part_of_sibling_group], [perm_siblings_placed_together], [perm_siblings_placed_apart], [perm_ffa_cp_decision_date], [perm_placement_order_date], [perm_matched_date], [perm_adopter_sex], [perm_adopter_legal_status], [perm_number_of_adopters], [perm_placed_for_adoption_date], [perm_adopted_by_carer_flag], [perm_placed_foster_carer_date], [perm_placed_ffa_cp_date], [perm_placement_provider_urn], [perm_decision_reversed_date], [perm_decision_reversed_reason], [perm_permanence_order_date], [perm_permanence_order_type], [perm_adoption_worker_id])
    SELECT
        CASE WHEN ep.FACT_ADOPTION_ID IS NOT NULL
            THEN CONCAT(CAST(ep.FACT_ADOPTION_ID AS NVARCHAR(48)), '.', CAST(ep.FACT_CARE_EPISODES_ID AS NVARCHAR(48)))
            ELSE CAST(ep.FACT_CARE_EPISODES_ID AS NVARCHAR(48))
        END,
        CAST(ep.DIM_PERSON_ID AS NVARCHAR(48)),
        CAST(NULLIF(ep.FACT_CLA_ID, -1) AS NVARCHAR(48)),
        ep.DECISION_DTTM,
        LEFT(ep.SIBLING_GROUP, 1),
        ep.NUMBER_TOGETHER,
        ep.NUMBER_APART,
        ep.FFA_IS_PLAN_DATE,
        ep.PLACEMENT_ORDER_DTTM,
        ep.MATCHING_DTTM,
        NULLIF(LEFT(LTRIM(RTRIM(ep.DIM_LOOKUP_ADOPTER_GENDER_CODE)), 48), ''),
        NULLIF(LEFT(LTRIM(RTRIM(ep.DIM_LOOKUP_ADOPTER_LEGAL_STATUS_CODE)), 100), ''),
        ep.NO_OF_ADOPTERS,
        CASE WHEN ep.DIM_LOOKUP_PLACEMENT_TYPE_CODE IN (N'A3', N'A4', N'A5', N'A6') THEN ep.placement_start END,
        LEFT(ep.ADOPTED_BY_CARER_FLAG, 1),
        -- Liquid Logic has no date placed with the foster carer (the D2I 1900-01-01 placeholder is not written)
        NULL,
        ep.FOSTER_TO_ADOPT_DTTM,
        CASE WHEN ep.DIM_LOOKUP_PLACEMENT_TYPE_CODE IN (N'A3', N'A4', N'A5', N'A6') THEN LEFT(ep.OFSTED_URN, 48) END,
        ep.NO_LONGER_PLACED_DTTM,
        NULLIF(LEFT(LTRIM(RTRIM(ep.DIM_LOOKUP_ADOP_REASON_CEASED_CODE)), 100), ''),
        ep.PLACEND,
        CASE
            WHEN ep.CARE_REASON_END_CODE IN (N'E1', N'E11', N'E12') THEN 'Adoption'
            WHEN ep.CARE_REASON_END_CODE IN (N'E43', N'E44', N'E45', N'E46', N'E47', N'E48', N'45') THEN 'Special Guardianship Order'
            WHEN ep.CARE_REASON_END_CODE IN (N'E41') THEN 'Child Arrangements/ Residence Order'
        END,
        CAST(NULLIF(ep.ADOPTION_SOCIAL_WORKER_ID, -1) AS NVARCHAR(100))
    FROM episodes ep
    WHERE ep.rn = 1;
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_permanence];
    INSERT INTO [ssd].[ssd_permanence] ([perm_table_id], [perm_person_id], [perm_cla_id], [perm_adm_decision_date], [perm_part_of_sibling_group], [perm_siblings_placed_together], [perm_siblings_placed_apart], [perm_ffa_cp_decision_date], [perm_placement_order_date], [perm_matched_date], [perm_adopter_sex], [perm_adopter_legal_status], [perm_number_of_adopters], [perm_placed_for_adoption_date], [perm_adopted_by_carer_flag], [perm_placed_foster_carer_date], [perm_placed_ffa_cp_date], [perm_placement_provider_urn], [perm_decision_reversed_date], [perm_decision_reversed_reason], [perm_permanence_order_date], [perm_permanence_order_type], [perm_adoption_worker_id])
    SELECT CASE WHEN LEN([perm_table_id]) > 48 THEN CONCAT(LEFT([perm_table_id], 47), N'…') ELSE [perm_table_id] END, CASE WHEN LEN([perm_person_id]) > 48 THEN CONCAT(LEFT([perm_person_id], 47), N'…') ELSE [perm_person_id] END, CASE WHEN LEN([perm_cla_id]) > 48 THEN CONCAT(LEFT([perm_cla_id], 47), N'…') ELSE [perm_cla_id] END, [perm_adm_decision_date], CASE WHEN LEN([perm_part_of_sibling_group]) > 1 THEN CONCAT(LEFT([perm_part_of_sibling_group], 0), N'…') ELSE [perm_part_of_sibling_group] END, [perm_siblings_placed_together], [perm_siblings_placed_apart], [perm_ffa_cp_decision_date], [perm_placement_order_date], [perm_matched_date], CASE WHEN LEN([perm_adopter_sex]) > 48 THEN CONCAT(LEFT([perm_adopter_sex], 47), N'…') ELSE [perm_adopter_sex] END, CASE WHEN LEN([perm_adopter_legal_status]) > 100 THEN CONCAT(LEFT([perm_adopter_legal_status], 99), N'…') ELSE [perm_adopter_legal_status] END, [perm_number_of_adopters], [perm_placed_for_adoption_date], CASE WHEN LEN([perm_adopted_by_carer_flag]) > 1 THEN CONCAT(LEFT([perm_adopted_by_carer_flag], 0), N'…') ELSE [perm_adopted_by_carer_flag] END, [perm_placed_foster_carer_date], [perm_placed_ffa_cp_date], CASE WHEN LEN([perm_placement_provider_urn]) > 48 THEN CONCAT(LEFT([perm_placement_provider_urn], 47), N'…') ELSE [perm_placement_provider_urn] END, [perm_decision_reversed_date], CASE WHEN LEN([perm_decision_reversed_reason]) > 100 THEN CONCAT(LEFT([perm_decision_reversed_reason], 99), N'…') ELSE [perm_decision_reversed_reason] END, [perm_permanence_order_date], CASE WHEN LEN([perm_permanence_order_type]) > 100 THEN CONCAT(LEFT([perm_permanence_order_type], 99), N'…') ELSE [perm_permanence_order_type] END, CASE WHEN LEN([perm_adoption_worker_id]) > 100 THEN CONCAT(LEFT([perm_adoption_worker_id], 99), N'…') ELSE [perm_adoption_worker_id] END FROM [#ssd_load_ssd_permanence];
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_permanence', @loaded) WITH NOWAIT;
    DECLARE @cuts NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' perm_table_id=', SUM(CASE WHEN LEN([perm_table_id]) > 48 THEN 1 ELSE 0 END)), N' perm_table_id=0'), N'', NULLIF(CONCAT(N' perm_person_id=', SUM(CASE WHEN LEN([perm_person_id]) > 48 THEN 1 ELSE 0 END)), N' perm_person_id=0'), N'', NULLIF(CONCAT(N' perm_cla_id=', SUM(CASE WHEN LEN([perm_cla_id]) > 48 THEN 1 ELSE 0 END)), N' perm_cla_id=0'), N'', NULLIF(CONCAT(N' perm_part_of_sibling_group=', SUM(CASE WHEN LEN([perm_part_of_sibling_group]) > 1 THEN 1 ELSE 0 END)), N' perm_part_of_sibling_group=0'), N'', NULLIF(CONCAT(N' perm_adopter_sex=', SUM(CASE WHEN LEN([perm_adopter_sex]) > 48 THEN 1 ELSE 0 END)), N' perm_adopter_sex=0'), N'', NULLIF(CONCAT(N' perm_adopter_legal_status=', SUM(CASE WHEN LEN([perm_adopter_legal_status]) > 100 THEN 1 ELSE 0 END)), N' perm_adopter_legal_status=0'), N'', NULLIF(CONCAT(N' perm_adopted_by_carer_flag=', SUM(CASE WHEN LEN([perm_adopted_by_carer_flag]) > 1 THEN 1 ELSE 0 END)), N' perm_adopted_by_carer_flag=0'), N'', NULLIF(CONCAT(N' perm_placement_provider_urn=', SUM(CASE WHEN LEN([perm_placement_provider_urn]) > 48 THEN 1 ELSE 0 END)), N' perm_placement_provider_urn=0'), N'', NULLIF(CONCAT(N' perm_decision_reversed_reason=', SUM(CASE WHEN LEN([perm_decision_reversed_reason]) > 100 THEN 1 ELSE 0 END)), N' perm_decision_reversed_reason=0'), N'', NULLIF(CONCAT(N' perm_permanence_order_type=', SUM(CASE WHEN LEN([perm_permanence_order_type]) > 100 THEN 1 ELSE 0 END)), N' perm_permanence_order_type=0'), N'', NULLIF(CONCAT(N' perm_adoption_worker_id=', SUM(CASE WHEN LEN([perm_adoption_worker_id]) > 100 THEN 1 ELSE 0 END)), N' perm_adoption_worker_id=0')) FROM [#ssd_load_ssd_permanence];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_permanence', @cuts) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_permanence];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO

RAISERROR(N'refilling ssd_care_leavers', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_care_leavers') IS NOT NULL DROP TABLE [#ssd_load_ssd_care_leavers];
    CREATE TABLE [#ssd_load_ssd_care_leavers] ([clea_table_id] NVARCHAR(MAX), [clea_person_id] NVARCHAR(MAX), [clea_care_leaver_eligibility] NVARCHAR(MAX), [clea_care_leaver_in_touch] NVARCHAR(MAX), [clea_care_leaver_latest_contact] DATETIME, [clea_care_leaver_accommodation] NVARCHAR(MAX), [clea_care_leaver_accom_suitable] NVARCHAR(MAX), [clea_care_leaver_activity] NVARCHAR(MAX), [clea_pathway_plan_review_date] DATETIME, [clea_care_leaver_personal_advisor] NVARCHAR(MAX), [clea_care_leaver_allocated_team] NVARCHAR(MAX), [clea_care_leaver_worker_id] NVARCHAR(MAX));
    WITH eligibility AS (
        -- one eligibility row per child (the latest), so contacts are not repeated per eligibility row
        SELECT e.DIM_CLA_ELIGIBILITY_ID, e.DIM_PERSON_ID, e.DIM_LOOKUP_ELIGIBILITY_STATUS_DESC,
               ROW_NUMBER() OVER (PARTITION BY e.DIM_PERSON_ID ORDER BY e.DIM_CLA_ELIGIBILITY_ID DESC) AS rn
        FROM [HDM].[Child_Social].[DIM_CLA_ELIGIBILITY] e
        WHERE e.DIM_PERSON_ID <> -1
    ),
    pathway AS (
        SELECT cp.DIM_PERSON_ID, MAX(cp.MODIF_DTTM) AS reviewed
        FROM [HDM].[Child_Social].[FACT_CARE_PLANS] cp
        WHERE cp.DIM_LOOKUP_PLAN_TYPE_ID_CODE = N'PATH'
        GROUP BY cp.DIM_PERSON_ID
    ),
    advisers AS (
        -- the latest personal-adviser (16PLUS) involvement per child
        SELECT a.DIM_PERSON_ID, a.DIM_WORKER_ID,
               ROW_NUMBER() OVER (PARTITION BY a.DIM_PERSON_ID
                                  ORDER BY CASE WHEN a.START_DTTM IS NULL THEN 1 ELSE 0 END, a.START_DTTM DESC, a.FACT_INVOLVEMENTS_ID DESC) AS rn
        FROM [HDM].[Child_Social].[FACT_INVOLVEMENTS] a
        WHERE a.DIM_WORKER_ID <> -1 AND a.DIM_LOOKUP_INVOLVEMENT_TYPE_CODE = '16PLUS'
    ),
    social_workers AS (
        -- the latest allocated social-worker (CW) involvement per child
        SELECT w.DIM_PERSON_ID, w.DIM_WORKER_ID, w.FACT_WORKER_HISTORY_DEPARTMENT_ID,
               ROW_NUMBER() OVER (PARTITION BY w.DIM_PERSON_ID
                                  ORDER BY CASE WHEN w.START_DTTM IS NULL THEN 1 ELSE 0 END, w.START_DTTM DESC, w.FACT_INVOLVEMENTS_ID DESC) AS rn
        FROM [HDM].[Child_Social].[FACT_INVOLVEMENTS] w
        WHERE w.DIM_WORKER_ID <> -1 AND w.DIM_LOOKUP_INVOLVEMENT_TYPE_CODE = 'CW' AND w.IS_ALLOCATED_CW_FLAG = 'Y'
    )
    INSERT INTO [#ssd_load_ssd_care_leavers] ([clea_table_id], [clea_person_id], [clea_care_leaver_eligibility], [clea_care_leaver_in_touch], [clea_care_leaver_latest_contact], [clea_care_leaver_accommodation], [clea_care_leaver_accom_suitable], [clea_care_leaver_activity], [clea_pathway_plan_review_date], [clea_care_leaver_personal_advisor], [clea_care_leaver_allocated_team], [clea_care_leaver_worker_id])
    SELECT
        CONCAT(CAST(el.DIM_CLA_ELIGIBILITY_ID AS NVARCHAR(48)), '.', COALESCE(CAST(cl.FACT_CLA_CARE_LEAVERS_ID AS NVARCHAR(48)), '0')),
        CAST(el.DIM_PERSON_ID AS NVARCHAR(48)),
        LEFT(COALESCE(el.DIM_LOOKUP_ELIGIBILITY_STATUS_DESC, 'No Current Eligibility'), 100),
        NULLIF(LEFT(LTRIM(RTRIM(cl.DIM_LOOKUP_IN_TOUCH_CODE_CODE)), 100), ''),
        cl.IN_TOUCH_DTTM,
        CAST(LTRIM(RTRIM(cl.DIM_LOOKUP_ACCOMMODATION_CODE_DESC)) AS NVARCHAR(100)),
        LEFT(cl.DIM_LOOKUP_ACCOMMODATION_SUITABLE_DESC, 100),
        CAST(LTRIM(RTRIM(cl.DIM_LOOKUP_MAIN_ACTIVITY_DESC)) AS NVARCHAR(100)),
        pw.reviewed,
        CAST(pa.DIM_WORKER_ID AS NVARCHAR(100)),
        CASE WHEN cw.FACT_WORKER_HISTORY_DEPARTMENT_ID NOT IN (-1, 0) THEN CAST(cw.FACT_WORKER_HISTORY_DEPARTMENT_ID AS NVARCHAR(48)) END,
        CAST(cw.DIM_WORKER_ID AS NVARCHAR(100))
    FROM eligibility el
    LEFT JOIN [HDM].[Child_Social].[FACT_CLA_CARE_LEAVERS] cl ON cl.DIM_PERSON_ID = el.DIM_PERSON_ID
    LEFT JOIN pathway pw ON pw.DIM_PERSON_ID = el.DIM_PERSON_ID
    LEFT JOIN advisers pa ON pa.DIM_PERSON_ID = el.DIM_PERSON_ID AND pa.rn = 1
    LEFT JOIN social_workers cw ON cw.DIM_PERSON_ID = el.DIM_PERSON_ID AND cw.rn = 1
    WHERE el.rn = 1
        AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(el.DIM_PERSON_ID AS NVARCHAR(48)));
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_care_leavers];
    INSERT INTO [ssd].[ssd_care_leavers] ([clea_table_id], [clea_person_id], [clea_care_leaver_eligibility], [clea_care_leaver_in_touch], [clea_care_leaver_latest_contact], [clea_care_leaver_accommodation], [clea_care_leaver_accom_suitable], [clea_care_leaver_activity], [clea_pathway_plan_review_date], [clea_care_leaver_personal_advisor], [clea_care_leaver_allocated_team], [clea_care_leaver_worker_id])
    SELECT CASE WHEN LEN([clea_table_id]) > 48 THEN CONCAT(LEFT([clea_table_id], 47), N'…') ELSE [clea_table_id] END, CASE WHEN LEN([clea_person_id]) > 48 THEN CONCAT(LEFT([clea_person_id], 47), N'…') ELSE [clea_person_id] END, CASE WHEN LEN([clea_care_leaver_eligibility]) > 100 THEN CONCAT(LEFT([clea_care_leaver_eligibility], 99), N'…') ELSE [clea_care_leaver_eligibility] END, CASE WHEN LEN([clea_care_leaver_in_touch]) > 100 THEN CONCAT(LEFT([clea_care_leaver_in_touch], 99), N'…') ELSE [clea_care_leaver_in_touch] END, [clea_care_leaver_latest_contact], CASE WHEN LEN([clea_care_leaver_accommodation]) > 100 THEN CONCAT(LEFT([clea_care_leaver_accommodation], 99), N'…') ELSE [clea_care_leaver_accommodation] END, CASE WHEN LEN([clea_care_leaver_accom_suitable]) > 100 THEN CONCAT(LEFT([clea_care_leaver_accom_suitable], 99), N'…') ELSE [clea_care_leaver_accom_suitable] END, CASE WHEN LEN([clea_care_leaver_activity]) > 100 THEN CONCAT(LEFT([clea_care_leaver_activity], 99), N'…') ELSE [clea_care_leaver_activity] END, [clea_pathway_plan_review_date], CASE WHEN LEN([clea_care_leaver_personal_advisor]) > 100 THEN CONCAT(LEFT([clea_care_leaver_personal_advisor], 99), N'…') ELSE [clea_care_leaver_personal_advisor] END, CASE WHEN LEN([clea_care_leaver_allocated_team]) > 48 THEN CONCAT(LEFT([clea_care_leaver_allocated_team], 47), N'…') ELSE [clea_care_leaver_allocated_team] END, CASE WHEN LEN([clea_care_leaver_worker_id]) > 100 THEN CONCAT(LEFT([clea_care_leaver_worker_id], 99), N'…') ELSE [clea_care_leaver_worker_id] END FROM [#ssd_load_ssd_care_leavers];
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_care_leavers', @loaded) WITH NOWAIT;
    DECLARE @cuts NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' clea_table_id=', SUM(CASE WHEN LEN([clea_table_id]) > 48 THEN 1 ELSE 0 END)), N' clea_table_id=0'), N'', NULLIF(CONCAT(N' clea_person_id=', SUM(CASE WHEN LEN([clea_person_id]) > 48 THEN 1 ELSE 0 END)), N' clea_person_id=0'), N'', NULLIF(CONCAT(N' clea_care_leaver_eligibility=', SUM(CASE WHEN LEN([clea_care_leaver_eligibility]) > 100 THEN 1 ELSE 0 END)), N' clea_care_leaver_eligibility=0'), N'', NULLIF(CONCAT(N' clea_care_leaver_in_touch=', SUM(CASE WHEN LEN([clea_care_leaver_in_touch]) > 100 THEN 1 ELSE 0 END)), N' clea_care_leaver_in_touch=0'), N'', NULLIF(CONCAT(N' clea_care_leaver_accommodation=', SUM(CASE WHEN LEN([clea_care_leaver_accommodation]) > 100 THEN 1 ELSE 0 END)), N' clea_care_leaver_accommodation=0'), N'', NULLIF(CONCAT(N' clea_care_leaver_accom_suitable=', SUM(CASE WHEN LEN([clea_care_leaver_accom_suitable]) > 100 THEN 1 ELSE 0 END)), N' clea_care_leaver_accom_suitable=0'), N'', NULLIF(CONCAT(N' clea_care_leaver_activity=', SUM(CASE WHEN LEN([clea_care_leaver_activity]) > 100 THEN 1 ELSE 0 END)), N' clea_care_leaver_activity=0'), N'', NULLIF(CONCAT(N' clea_care_leaver_personal_advisor=', SUM(CASE WHEN LEN([clea_care_leaver_personal_advisor]) > 100 THEN 1 ELSE 0 END)), N' clea_care_leaver_personal_advisor=0'), N'', NULLIF(CONCAT(N' clea_care_leaver_allocated_team=', SUM(CASE WHEN LEN([clea_care_leaver_allocated_team]) > 48 THEN 1 ELSE 0 END)), N' clea_care_leaver_allocated_team=0'), N'', NULLIF(CONCAT(N' clea_care_leaver_worker_id=', SUM(CASE WHEN LEN([clea_care_leaver_worker_id]) > 100 THEN 1 ELSE 0 END)), N' clea_care_leaver_worker_id=0')) FROM [#ssd_load_ssd_care_leavers];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_care_leavers', @cuts) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_care_leavers];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
RAISERROR(N'refilling ssd_linked_identifiers', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_linked_identifiers') IS NOT NULL DROP TABLE [#ssd_load_ssd_linked_identifiers];
    CREATE TABLE [#ssd_load_ssd_linked_identifiers] ([link_table_id] NVARCHAR(MAX), [link_person_id] NVARCHAR(MAX), [link_identifier_type] NVARCHAR(MAX), [link_identifier_value] NVARCHAR(MAX), [link_valid_from_date] DATETIME, [link_valid_to_date] DATETIME);
    WITH identifiers AS (
        SELECT p.DIM_PERSON_ID, 'UPN' AS suffix, 'Unique Pupil Number' AS kind, NULLIF(LEFT(LTRIM(RTRIM(p.UPN)), 100), '') AS value
        FROM [HDM].[Child_Social].[DIM_PERSON] p
        WHERE EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(p.DIM_PERSON_ID AS NVARCHAR(48)))
        UNION ALL
        SELECT fp.DIM_PERSON_ID, 'FUPN', 'Former Unique Pupil Number', NULLIF(LEFT(LTRIM(RTRIM(fp.FORMER_UPN)), 100), '')
        FROM [HDM].[Child_Social].[DIM_PERSON] fp
        WHERE EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(fp.DIM_PERSON_ID AS NVARCHAR(48)))
            AND COALESCE(LTRIM(RTRIM(fp.FORMER_UPN)), '') <> COALESCE(LTRIM(RTRIM(fp.UPN)), '')
    )
    INSERT INTO [#ssd_load_ssd_linked_identifiers] ([link_table_id], [link_person_id], [link_identifier_type], [link_identifier_value], [link_valid_from_date], [link_valid_to_date])
    SELECT
        CONCAT(CAST(li.DIM_PERSON_ID AS NVARCHAR(48)), '.', li.suffix),
        CAST(li.DIM_PERSON_ID AS NVARCHAR(48)),
        li.kind,
        li.value,
        NULL,
        NULL
    FROM identifiers li
    WHERE li.value IS NOT NULL;
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_linked_identifiers];
    INSERT INTO [ssd].[ssd_linked_identifiers] ([link_table_id], [link_person_id], [link_identifier_type], [link_identifier_value], [link_valid_from_date], [link_valid_to_date])
    SELECT CASE WHEN LEN([link_table_id]) > 48 THEN CONCAT(LEFT([link_table_id], 47), N'…') ELSE [link_table_id] END, CASE WHEN LEN([link_person_id]) > 48 THEN CONCAT(LEFT([link_person_id], 47), N'…') ELSE [link_person_id] END, CASE WHEN LEN([link_identifier_type]) > 100 THEN CONCAT(LEFT([link_identifier_type], 99), N'…') ELSE [link_identifier_type] END, CASE WHEN LEN([link_identifier_value]) > 100 THEN CONCAT(LEFT([link_identifier_value], 99), N'…') ELSE [link_identifier_value] END, [link_valid_from_date], [link_valid_to_date] FROM [#ssd_load_ssd_linked_identifiers];
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_linked_identifiers', @loaded) WITH NOWAIT;
    DECLARE @cuts NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' link_table_id=', SUM(CASE WHEN LEN([link_table_id]) > 48 THEN 1 ELSE 0 END)), N' link_table_id=0'), N'', NULLIF(CONCAT(N' link_person_id=', SUM(CASE WHEN LEN([link_person_id]) > 48 THEN 1 ELSE 0 END)), N' link_person_id=0'), N'', NULLIF(CONCAT(N' link_identifier_type=', SUM(CASE WHEN LEN([link_identifier_type]) > 100 THEN 1 ELSE 0 END)), N' link_identifier_type=0'), N'', NULLIF(CONCAT(N' link_identifier_value=', SUM(CASE WHEN LEN([link_identifier_value]) > 100 THEN 1 ELSE 0 END)), N' link_identifier_value=0')) FROM [#ssd_load_ssd_linked_identifiers];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_linked_identifiers', @cuts) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_linked_identifiers];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
-- ssd_api_data_staging
RAISERROR(N'table ssd_api_data_staging', 0, 1) WITH NOWAIT;
IF OBJECT_ID(N'[ssd].[ssd_api_data_staging]', N'U') IS NULL
BEGIN
    CREATE TABLE [ssd].[ssd_api_data_staging] (
        [id] INT IDENTITY(1,1) NOT NULL,
        [person_id] NVARCHAR(48),
        [legacy_id] NVARCHAR(48),
        [previous_json_payload] NVARCHAR(MAX),
        [json_payload] NVARCHAR(MAX) NOT NULL,
        [partial_json_payload] NVARCHAR(MAX),
        [current_hash] BINARY(32),
        [previous_hash] BINARY(32),
        [submission_status] NVARCHAR(50) DEFAULT N'pending',
        [submission_timestamp] DATETIME,
        [api_response] NVARCHAR(MAX),
        [row_state] NVARCHAR(10) DEFAULT N'new',
        [last_updated] DATETIME DEFAULT CURRENT_TIMESTAMP,
        [attempts] INT DEFAULT 0,
        [last_attempt_at] DATETIME,
        [validation_findings] NVARCHAR(MAX),
        [payload_kind] NVARCHAR(10),
        CONSTRAINT [pk_ssd_api_data_staging] PRIMARY KEY ([id])
    );
END;
IF COL_LENGTH(N'[ssd].[ssd_api_data_staging]', N'person_id') IS NULL
    ALTER TABLE [ssd].[ssd_api_data_staging] ADD [person_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_api_data_staging]', N'legacy_id') IS NULL
    ALTER TABLE [ssd].[ssd_api_data_staging] ADD [legacy_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_api_data_staging]', N'previous_json_payload') IS NULL
    ALTER TABLE [ssd].[ssd_api_data_staging] ADD [previous_json_payload] NVARCHAR(MAX);
IF COL_LENGTH(N'[ssd].[ssd_api_data_staging]', N'json_payload') IS NULL
    ALTER TABLE [ssd].[ssd_api_data_staging] ADD [json_payload] NVARCHAR(MAX);
IF COL_LENGTH(N'[ssd].[ssd_api_data_staging]', N'partial_json_payload') IS NULL
    ALTER TABLE [ssd].[ssd_api_data_staging] ADD [partial_json_payload] NVARCHAR(MAX);
IF COL_LENGTH(N'[ssd].[ssd_api_data_staging]', N'current_hash') IS NULL
    ALTER TABLE [ssd].[ssd_api_data_staging] ADD [current_hash] BINARY(32);
IF COL_LENGTH(N'[ssd].[ssd_api_data_staging]', N'previous_hash') IS NULL
    ALTER TABLE [ssd].[ssd_api_data_staging] ADD [previous_hash] BINARY(32);
IF COL_LENGTH(N'[ssd].[ssd_api_data_staging]', N'submission_status') IS NULL
    ALTER TABLE [ssd].[ssd_api_data_staging] ADD [submission_status] NVARCHAR(50) DEFAULT N'pending';
IF COL_LENGTH(N'[ssd].[ssd_api_data_staging]', N'submission_timestamp') IS NULL
    ALTER TABLE [ssd].[ssd_api_data_staging] ADD [submission_timestamp] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_api_data_staging]', N'api_response') IS NULL
    ALTER TABLE [ssd].[ssd_api_data_staging] ADD [api_response] NVARCHAR(MAX);
IF COL_LENGTH(N'[ssd].[ssd_api_data_staging]', N'row_state') IS NULL
    ALTER TABLE [ssd].[ssd_api_data_staging] ADD [row_state] NVARCHAR(10) DEFAULT N'new';
IF COL_LENGTH(N'[ssd].[ssd_api_data_staging]', N'last_updated') IS NULL
    ALTER TABLE [ssd].[ssd_api_data_staging] ADD [last_updated] DATETIME DEFAULT CURRENT_TIMESTAMP;
IF COL_LENGTH(N'[ssd].[ssd_api_data_staging]', N'attempts') IS NULL
    ALTER TABLE [ssd].[ssd_api_data_staging] ADD [attempts] INT DEFAULT 0;
IF COL_LENGTH(N'[ssd].[ssd_api_data_staging]', N'last_attempt_at') IS NULL
    ALTER TABLE [ssd].[ssd_api_data_staging] ADD [last_attempt_at] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_api_data_staging]', N'validation_findings') IS NULL
    ALTER TABLE [ssd].[ssd_api_data_staging] ADD [validation_findings] NVARCHAR(MAX);
IF COL_LENGTH(N'[ssd].[ssd_api_data_staging]', N'payload_kind') IS NULL
    ALTER TABLE [ssd].[ssd_api_data_staging] ADD [payload_kind] NVARCHAR(10);

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_api_data_staging_person_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_api_data_staging]'))
    CREATE INDEX [ix_ssd_api_data_staging_person_id] ON [ssd].[ssd_api_data_staging] ([person_id]);
IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_api_data_staging_submission_status' AND object_id = OBJECT_ID(N'[ssd].[ssd_api_data_staging]'))
    CREATE INDEX [ix_ssd_api_data_staging_submission_status] ON [ssd].[ssd_api_data_staging] ([submission_status]);
GO
-- ssd_api_submission_log
RAISERROR(N'table ssd_api_submission_log', 0, 1) WITH NOWAIT;
IF OBJECT_ID(N'[ssd].[ssd_api_submission_log]', N'U') IS NULL
BEGIN
    CREATE TABLE [ssd].[ssd_api_submission_log] (
        [id] INT IDENTITY(1,1) NOT NULL,
        [run_id] NVARCHAR(36) NOT NULL,
        [batch_id] NVARCHAR(36),
        [person_id] NVARCHAR(48),
        [payload_hash] BINARY(32),
        [payload_kind] NVARCHAR(10),
        [attempt] INT,
        [http_status] INT,
        [outcome] NVARCHAR(20),
        [receipt_id] NVARCHAR(100),
        [response_excerpt] NVARCHAR(1000),
        [request_id] NVARCHAR(100),
        [sent_at] DATETIME,
        [logged_at] DATETIME DEFAULT CURRENT_TIMESTAMP,
        CONSTRAINT [pk_ssd_api_submission_log] PRIMARY KEY ([id])
    );
END;
IF COL_LENGTH(N'[ssd].[ssd_api_submission_log]', N'run_id') IS NULL
    ALTER TABLE [ssd].[ssd_api_submission_log] ADD [run_id] NVARCHAR(36);
IF COL_LENGTH(N'[ssd].[ssd_api_submission_log]', N'batch_id') IS NULL
    ALTER TABLE [ssd].[ssd_api_submission_log] ADD [batch_id] NVARCHAR(36);
IF COL_LENGTH(N'[ssd].[ssd_api_submission_log]', N'person_id') IS NULL
    ALTER TABLE [ssd].[ssd_api_submission_log] ADD [person_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_api_submission_log]', N'payload_hash') IS NULL
    ALTER TABLE [ssd].[ssd_api_submission_log] ADD [payload_hash] BINARY(32);
IF COL_LENGTH(N'[ssd].[ssd_api_submission_log]', N'payload_kind') IS NULL
    ALTER TABLE [ssd].[ssd_api_submission_log] ADD [payload_kind] NVARCHAR(10);
IF COL_LENGTH(N'[ssd].[ssd_api_submission_log]', N'attempt') IS NULL
    ALTER TABLE [ssd].[ssd_api_submission_log] ADD [attempt] INT;
IF COL_LENGTH(N'[ssd].[ssd_api_submission_log]', N'http_status') IS NULL
    ALTER TABLE [ssd].[ssd_api_submission_log] ADD [http_status] INT;
IF COL_LENGTH(N'[ssd].[ssd_api_submission_log]', N'outcome') IS NULL
    ALTER TABLE [ssd].[ssd_api_submission_log] ADD [outcome] NVARCHAR(20);
IF COL_LENGTH(N'[ssd].[ssd_api_submission_log]', N'receipt_id') IS NULL
    ALTER TABLE [ssd].[ssd_api_submission_log] ADD [receipt_id] NVARCHAR(100);
IF COL_LENGTH(N'[ssd].[ssd_api_submission_log]', N'response_excerpt') IS NULL
    ALTER TABLE [ssd].[ssd_api_submission_log] ADD [response_excerpt] NVARCHAR(1000);
IF COL_LENGTH(N'[ssd].[ssd_api_submission_log]', N'request_id') IS NULL
    ALTER TABLE [ssd].[ssd_api_submission_log] ADD [request_id] NVARCHAR(100);
IF COL_LENGTH(N'[ssd].[ssd_api_submission_log]', N'sent_at') IS NULL
    ALTER TABLE [ssd].[ssd_api_submission_log] ADD [sent_at] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_api_submission_log]', N'logged_at') IS NULL
    ALTER TABLE [ssd].[ssd_api_submission_log] ADD [logged_at] DATETIME DEFAULT CURRENT_TIMESTAMP;

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_api_submission_log_run_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_api_submission_log]'))
    CREATE INDEX [ix_ssd_api_submission_log_run_id] ON [ssd].[ssd_api_submission_log] ([run_id]);
IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_api_submission_log_person_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_api_submission_log]'))
    CREATE INDEX [ix_ssd_api_submission_log_person_id] ON [ssd].[ssd_api_submission_log] ([person_id]);
GO
-- ssd_api_run_log
RAISERROR(N'table ssd_api_run_log', 0, 1) WITH NOWAIT;
IF OBJECT_ID(N'[ssd].[ssd_api_run_log]', N'U') IS NULL
BEGIN
    CREATE TABLE [ssd].[ssd_api_run_log] (
        [id] INT IDENTITY(1,1) NOT NULL,
        [run_id] NVARCHAR(36) NOT NULL,
        [command] NVARCHAR(20),
        [environment] NVARCHAR(10),
        [started_at] DATETIME DEFAULT CURRENT_TIMESTAMP,
        [finished_at] DATETIME,
        [exit_code] INT,
        [summary_json] NVARCHAR(MAX),
        [bridge_version] NVARCHAR(20),
        CONSTRAINT [pk_ssd_api_run_log] PRIMARY KEY ([id])
    );
END;
IF COL_LENGTH(N'[ssd].[ssd_api_run_log]', N'run_id') IS NULL
    ALTER TABLE [ssd].[ssd_api_run_log] ADD [run_id] NVARCHAR(36);
IF COL_LENGTH(N'[ssd].[ssd_api_run_log]', N'command') IS NULL
    ALTER TABLE [ssd].[ssd_api_run_log] ADD [command] NVARCHAR(20);
IF COL_LENGTH(N'[ssd].[ssd_api_run_log]', N'environment') IS NULL
    ALTER TABLE [ssd].[ssd_api_run_log] ADD [environment] NVARCHAR(10);
IF COL_LENGTH(N'[ssd].[ssd_api_run_log]', N'started_at') IS NULL
    ALTER TABLE [ssd].[ssd_api_run_log] ADD [started_at] DATETIME DEFAULT CURRENT_TIMESTAMP;
IF COL_LENGTH(N'[ssd].[ssd_api_run_log]', N'finished_at') IS NULL
    ALTER TABLE [ssd].[ssd_api_run_log] ADD [finished_at] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_api_run_log]', N'exit_code') IS NULL
    ALTER TABLE [ssd].[ssd_api_run_log] ADD [exit_code] INT;
IF COL_LENGTH(N'[ssd].[ssd_api_run_log]', N'summary_json') IS NULL
    ALTER TABLE [ssd].[ssd_api_run_log] ADD [summary_json] NVARCHAR(MAX);
IF COL_LENGTH(N'[ssd].[ssd_api_run_log]', N'bridge_version') IS NULL
    ALTER TABLE [ssd].[ssd_api_run_log] ADD [bridge_version] NVARCHAR(20);

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_api_run_log_run_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_api_run_log]'))
    CREATE INDEX [ix_ssd_api_run_log_run_id] ON [ssd].[ssd_api_run_log] ([run_id]);
GO
-- ssd_version_log
RAISERROR(N'table ssd_version_log', 0, 1) WITH NOWAIT;
IF OBJECT_ID(N'[ssd].[ssd_version_log]', N'U') IS NULL
BEGIN
    CREATE TABLE [ssd].[ssd_version_log] (
        [id] INT IDENTITY(1,1) NOT NULL,
        [version_number] NVARCHAR(20),
        [release_date] DATETIME,
        [description] NVARCHAR(100),
        [is_current] BIT,
        [created_at] DATETIME DEFAULT CURRENT_TIMESTAMP,
        [created_by] NVARCHAR(128),
        [impact_description] NVARCHAR(255),
        [bridge_version] NVARCHAR(20),
        [cms] NVARCHAR(20),
        [dialect] NVARCHAR(10),
        [parameters_json] NVARCHAR(2000),
        CONSTRAINT [pk_ssd_version_log] PRIMARY KEY ([id])
    );
END;
IF COL_LENGTH(N'[ssd].[ssd_version_log]', N'version_number') IS NULL
    ALTER TABLE [ssd].[ssd_version_log] ADD [version_number] NVARCHAR(20);
IF COL_LENGTH(N'[ssd].[ssd_version_log]', N'release_date') IS NULL
    ALTER TABLE [ssd].[ssd_version_log] ADD [release_date] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_version_log]', N'description') IS NULL
    ALTER TABLE [ssd].[ssd_version_log] ADD [description] NVARCHAR(100);
IF COL_LENGTH(N'[ssd].[ssd_version_log]', N'is_current') IS NULL
    ALTER TABLE [ssd].[ssd_version_log] ADD [is_current] BIT;
IF COL_LENGTH(N'[ssd].[ssd_version_log]', N'created_at') IS NULL
    ALTER TABLE [ssd].[ssd_version_log] ADD [created_at] DATETIME DEFAULT CURRENT_TIMESTAMP;
IF COL_LENGTH(N'[ssd].[ssd_version_log]', N'created_by') IS NULL
    ALTER TABLE [ssd].[ssd_version_log] ADD [created_by] NVARCHAR(128);
IF COL_LENGTH(N'[ssd].[ssd_version_log]', N'impact_description') IS NULL
    ALTER TABLE [ssd].[ssd_version_log] ADD [impact_description] NVARCHAR(255);
IF COL_LENGTH(N'[ssd].[ssd_version_log]', N'bridge_version') IS NULL
    ALTER TABLE [ssd].[ssd_version_log] ADD [bridge_version] NVARCHAR(20);
IF COL_LENGTH(N'[ssd].[ssd_version_log]', N'cms') IS NULL
    ALTER TABLE [ssd].[ssd_version_log] ADD [cms] NVARCHAR(20);
IF COL_LENGTH(N'[ssd].[ssd_version_log]', N'dialect') IS NULL
    ALTER TABLE [ssd].[ssd_version_log] ADD [dialect] NVARCHAR(10);
IF COL_LENGTH(N'[ssd].[ssd_version_log]', N'parameters_json') IS NULL
    ALTER TABLE [ssd].[ssd_version_log] ADD [parameters_json] NVARCHAR(2000);

GO
INSERT INTO [ssd].[ssd_version_log] (version_number, description, is_current, created_at, created_by, impact_description, bridge_version, cms, dialect, parameters_json)
SELECT N'0.1.0', N'ssd-bridge deployment', 1, CURRENT_TIMESTAMP, SUSER_SNAME(),
       N'SSD and API add-on tables deployed by ssd-bridge', N'0.1.0', N'liquid_logic',
       N'tsql', N'{"cms":"liquid_logic","dialect":"tsql","fill":true,"history_years":6,"part":"all","schema":"ssd","source_location":null}'
WHERE NOT EXISTS (
    SELECT 1 FROM [ssd].[ssd_version_log]
    WHERE bridge_version = N'0.1.0' AND cms = N'liquid_logic'
      AND dialect = N'tsql' AND parameters_json = N'{"cms":"liquid_logic","dialect":"tsql","fill":true,"history_years":6,"part":"all","schema":"ssd","source_location":null}'
);
GO
RAISERROR(N'ssd-bridge: finished. 19 SSD tables and 4 add-on tables are in place in schema ssd.', 0, 1) WITH NOWAIT;
GO
