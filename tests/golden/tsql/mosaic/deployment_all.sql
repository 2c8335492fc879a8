-- =============================================================================
-- ssd-bridge 0.1.0: Standard Safeguarding Dataset deployment
-- =============================================================================
-- What it does:
--   * creates the 19 SSD tables the DfE child record is built from,
--     adds any column an older copy lacks, and creates the join-key indexes;
--   * refills 19 of them from the mosaic source tables, one table at a
--     time; a table whose refill fails keeps its previous contents;
--   * creates the API change-tracking tables (ssd_api_data_staging, ssd_api_submission_log, ssd_api_run_log, ssd_version_log)
--     or adds the columns an existing D2I ssd_api_data_staging lacks, and records this
--     deployment in ssd_version_log.
-- It is safe to run again: it never drops or truncates a table it did not create, and
-- it never writes to the case-management system's own tables.
--
-- Parameters:
--   CMS:            mosaic
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
RAISERROR(N'ssd-bridge 0.1.0: deploying part ''all'' for mosaic into schema ssd', 0, 1) WITH NOWAIT;
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
    WITH cohort AS (
        SELECT r.PERSON_ID AS person_id FROM [dm_cin_referrals] r
        WHERE r.REFERRAL_DATE <= CAST(GETDATE() AS DATE) AND (r.CLOSURE_DATE IS NULL OR r.CLOSURE_DATE >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)))
        UNION
        SELECT pc.PERSON_ID FROM [dm_PERIODS_OF_CARE] pc
        WHERE pc.START_DATE <= CAST(GETDATE() AS DATE) AND (pc.END_DATE IS NULL OR pc.END_DATE >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)))
        UNION
        SELECT rg.PERSON_ID FROM [dm_REGISTRATIONS] rg
        WHERE rg.IS_CHILD_PROTECTION_PLAN = 'Y' AND rg.REGISTRATION_START_DATE <= CAST(GETDATE() AS DATE) AND (rg.DEREGISTRATION_DATE IS NULL OR rg.DEREGISTRATION_DATE >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)))
        UNION
        SELECT fl.PERSON_ID FROM [dm_former_looked_after] fl
        WHERE fl.DATE_OF_SITUATION >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE))
    ),
    identity_now AS (
        -- the gender identity recorded for today; the latest start wins if records overlap
        SELECT gi.PERSON_ID AS person_id, gi.GENDER_CODE AS gender_code,
               ROW_NUMBER() OVER (PARTITION BY gi.PERSON_ID ORDER BY gi.START_DATE DESC) AS rn
        FROM [mo_person_gender_identities] gi
        WHERE gi.START_DATE <= CAST(GETDATE() AS DATE) AND (gi.END_DATE IS NULL OR gi.END_DATE >= CAST(GETDATE() AS DATE))
    ),
    ethnicities AS (
        -- one CBDS code per Mosaic code, so a repeated lookup row cannot duplicate a child
        SELECT et.ETHNICITY_CODE AS code, MAX(et.CBDS_ETHNICITY_CODE) AS cbds
        FROM [dm_ETHNICITIES] et
        GROUP BY et.ETHNICITY_CODE
    ),
    mothers AS (
        SELECT DISTINCT pr.PERSON_ID AS person_id
        FROM [dm_PERSONAL_RELATIONSHIPS] pr
        WHERE pr.IS_MOTHER = 'Y' AND pr.START_DATE <= CAST(GETDATE() AS DATE) AND (pr.END_DATE IS NULL OR pr.END_DATE >= CAST(GETDATE() AS DATE))
    )
    INSERT INTO [#ssd_load_ssd_person] ([pers_legacy_id], [pers_person_id], [pers_upn], [pers_forename], [pers_surname], [pers_sex], [pers_gender], [pers_ethnicity], [pers_dob], [pers_single_unique_id], [pers_upn_unknown], [pers_send_flag], [pers_expected_dob], [pers_death_date], [pers_is_mother], [pers_nationality])
    SELECT
        NULL,  -- pers_legacy_id: the Mosaic data mart holds no legacy (pre-Mosaic) id
        CAST(p.PERSON_ID AS VARCHAR(48)),
        LEFT(LTRIM(RTRIM(p.UPN_ID)), 13),
        p.FIRST_NAMES,
        p.LAST_NAME,
        -- sex as the payload's M/F/U code (D2I wrote the reference_data description text)
        CASE UPPER(LTRIM(RTRIM(p.GENDER))) WHEN 'M' THEN 'M' WHEN 'MALE' THEN 'M' WHEN 'F' THEN 'F' WHEN 'FEMALE' THEN 'F' ELSE 'U' END,
        LEFT(g.gender_code, 10),
        e.cbds,
        CASE WHEN p.DATE_OF_BIRTH <= CAST(GETDATE() AS DATE) THEN p.DATE_OF_BIRTH END,
        LEFT(LTRIM(RTRIM(p.NHS_ID)), 48),
        NULL,  -- pers_upn_unknown: Mosaic's data mart has no UN1-UN10 reason
        NULL,  -- pers_send_flag: not held in the data mart
        CASE WHEN p.DATE_OF_BIRTH > CAST(GETDATE() AS DATE) THEN p.DATE_OF_BIRTH END,
        p.DATE_OF_DEATH,
        CASE WHEN UPPER(p.GENDER) IN ('F', 'FEMALE') THEN CASE WHEN mo.person_id IS NULL THEN 'N' ELSE 'Y' END END,
        LEFT(p.COUNTRY_OF_BIRTH_CODE, 48)
    FROM [dm_persons] p
    LEFT JOIN ethnicities e ON e.code = p.FULL_ETHNICITY_CODE
    LEFT JOIN identity_now g ON g.person_id = p.PERSON_ID AND g.rn = 1
    LEFT JOIN mothers mo ON mo.person_id = p.PERSON_ID
    WHERE p.PERSON_ID IN (SELECT c.person_id FROM cohort c);
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
        CAST(a.REF_ADDRESSES_PEOPLE_ID AS VARCHAR(48)),
        CAST(a.PERSON_ID AS VARCHAR(48)),
        LEFT(a.ADDRESS_TYPE, 48),
        a.START_DATE,
        a.END_DATE,
        LEFT(UPPER(LTRIM(RTRIM(a.POST_CODE))), 15),
        LEFT(CONCAT('{"ADDRESS": ', CASE WHEN a.ADDRESS IS NULL THEN N'null' ELSE CONCAT(N'"', REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CAST(a.ADDRESS AS NVARCHAR(MAX)), N'\', N'\\'), N'"', N'\"'), NCHAR(13), N'\r'), NCHAR(10), N'\n'), NCHAR(9), N'\t'), N'"') END, '}'), 1000)
    FROM [dm_ADDRESSES] a
    WHERE EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(a.PERSON_ID AS VARCHAR(48)));
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
    INSERT INTO [#ssd_load_ssd_disability] ([disa_table_id], [disa_person_id], [disa_disability_code])
    SELECT
        CAST(d.DISABILITY_ID AS VARCHAR(48)),
        CAST(d.PERSON_ID AS VARCHAR(48)),
        UPPER(LTRIM(RTRIM(d.CIN_DISABILITY_CATEGORY_CODE)))
    FROM [DM_DISABILITIES] d
    WHERE d.CIN_DISABILITY_CATEGORY_CODE IS NOT NULL
      AND LTRIM(RTRIM(d.CIN_DISABILITY_CATEGORY_CODE)) <> ''
      AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(d.PERSON_ID AS VARCHAR(48)));
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
    WITH answers AS (
        -- the answer's own subject when set, else every person subject of the form's subgroup
        SELECT fa.FORM_ID AS form_id, fa.FORM_ANSWER_ROW_ID AS row_id, fa.TEXT_ANSWER AS status,
               COALESCE(CASE WHEN fa.SUBJECT_PERSON_ID > 0 THEN fa.SUBJECT_PERSON_ID END, ss.SUBJECT_COMPOUND_ID) AS person_id,
               f.CREATED_ON AS created_on
        FROM [dm_cached_form_answers] fa
        JOIN [mo_forms] f ON f.FORM_ID = fa.FORM_ID
        LEFT JOIN [dm_subgroup_subjects] ss
               ON ss.SUBGROUP_ID = fa.SUBGROUP_ID AND ss.SUBJECT_TYPE_CODE = 'PER' AND COALESCE(fa.SUBJECT_PERSON_ID, 0) <= 0
        WHERE fa.QUESTION_USER_CODE IN (N'acFLDAllAboutMeLeavingImmigrationStatusList', N'csn_ina_addsuppfact_immig_status', N'csn_couns_immigration', N'uascImmigStat', N'62CD0406-2F07-0FF5-512C-A7FA0DBAD602')
          AND fa.TEXT_ANSWER IS NOT NULL
    ),
    dates AS (
        SELECT da.FORM_ID AS form_id, da.FORM_ANSWER_ROW_ID AS row_id,
               MAX(CASE WHEN 1 = 0 THEN da.DATE_ANSWER END) AS start_date,
               MAX(CASE WHEN 1 = 0 THEN da.DATE_ANSWER END) AS end_date
        FROM [dm_cached_form_answers] da
        WHERE da.DATE_ANSWER IS NOT NULL
          AND da.FORM_ID IN (SELECT a.form_id FROM answers a)
        GROUP BY da.FORM_ID, da.FORM_ANSWER_ROW_ID
    ),
    latest AS (
        -- dates joined before ranking, so the ranked rows are only filtered afterwards
        SELECT a.form_id, a.status, a.person_id, a.created_on, d.start_date, d.end_date,
               ROW_NUMBER() OVER (PARTITION BY a.person_id ORDER BY a.created_on DESC, a.form_id DESC, a.row_id DESC) AS rn
        FROM answers a
        LEFT JOIN dates d ON d.form_id = a.form_id AND d.row_id = a.row_id
        WHERE a.person_id IS NOT NULL
    )
    INSERT INTO [#ssd_load_ssd_immigration_status] ([immi_immigration_status_id], [immi_person_id], [immi_immigration_status_start_date], [immi_immigration_status_end_date], [immi_immigration_status])
    SELECT
        CONCAT(CAST(l.form_id AS VARCHAR(20)), '-', CAST(l.person_id AS VARCHAR(20))),
        CAST(l.person_id AS VARCHAR(48)),
        CAST(COALESCE(l.start_date, l.created_on) AS DATE),  -- the form date when no start question is configured or answered
        CAST(l.end_date AS DATE),
        CASE WHEN UPPER(LTRIM(RTRIM(l.status))) IN (N'UASC', N'UNACCOMPANIED ASYLUM SEEKING CHILD') THEN 'U' ELSE LEFT(l.status, 100) END
    FROM latest l
    WHERE l.rn = 1
      AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(l.person_id AS VARCHAR(48)));
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
    INSERT INTO [#ssd_load_ssd_sdq_scores] ([csdq_table_id], [csdq_person_id], [csdq_sdq_completed_date], [csdq_sdq_score], [csdq_sdq_reason])
    SELECT
        CAST(h.HEALTH_ID AS VARCHAR(48)),
        CAST(h.PERSON_ID AS VARCHAR(48)),
        h.HEALTH_ASSESSMENT_DATE,
        TRY_CAST(h.SDQ_SCORE AS INT),
        LEFT(h.SDQ_REASON, 100)
    FROM [dm_HEALTH_ASSESSMENTS] h
    WHERE (h.SDQ_COMPLETED = 'Y' OR h.SDQ_REASON IS NOT NULL)
      AND h.HEALTH_ASSESSMENT_DATE >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE))
      AND h.HEALTH_ASSESSMENT_DATE <= CAST(GETDATE() AS DATE)
      AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(h.PERSON_ID AS VARCHAR(48)));
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
    WITH need AS (
        -- primary need: the CIN need category of the service-user groups covering the referral date
        SELECT nr.REFERRAL_ID AS referral_id, nr.PERSON_ID AS person_id, MAX(gt.NEED_CODE_CATEGORY_CODE) AS need_code
        FROM [dm_cin_referrals] nr
        JOIN [DM_SERVICE_USER_GROUPS] g
          ON g.PERSON_ID = nr.PERSON_ID AND g.START_DATE <= nr.REFERRAL_DATE AND (g.END_DATE IS NULL OR g.END_DATE >= nr.REFERRAL_DATE)
        JOIN [DM_SERV_USER_GROUP_TYPES] gt ON gt.GROUP_TYPE = g.FULL_GROUP_TYPE
        WHERE gt.NEED_CODE_CATEGORY_CODE IS NOT NULL
        GROUP BY nr.REFERRAL_ID, nr.PERSON_ID
    ),
    sources AS (
        SELECT cg.CATEGORY_CODE AS code, MAX(cg.CATEGORY_DESCRIPTION) AS description
        FROM [child_group_embedded_codes_vw] cg
        WHERE cg.GROUP_NAME = N'Child CIN Referral Source'
        GROUP BY cg.CATEGORY_CODE
    ),
    next_steps AS (
        -- the live steps the referral step led to, for the same child
        SELECT wl.SOURCE_STEP_ID AS step_id, tp.PERSON_ID AS person_id,
               MAX(CASE WHEN ts.IS_CONTINUOUS_ASSESSMENT = 'Y' THEN 1 ELSE 0 END) AS assessment,
               MAX(CASE WHEN ts.IS_SECTION_47_ENQUIRY = 'Y' OR ts.STRATEGY_DISCUSSION_DATE IS NOT NULL THEN 1 ELSE 0 END) AS strategy,
               COUNT(DISTINCT wl.TARGET_STEP_ID) AS outcomes
        FROM [dm_workflow_links] wl
        JOIN [DM_WORKFLOW_STEPS] ts ON ts.WORKFLOW_STEP_ID = wl.TARGET_STEP_ID
        JOIN [dm_workflow_steps_people_vw] tp ON tp.WORKFLOW_STEP_ID = wl.TARGET_STEP_ID
        WHERE ts.STEP_STATUS IN (N'INCOMING', N'STARTED', N'REOPENED', N'COMPLETED')
        GROUP BY wl.SOURCE_STEP_ID, tp.PERSON_ID
    )
    INSERT INTO [#ssd_load_ssd_cin_episodes] ([cine_referral_id], [cine_person_id], [cine_referral_date], [cine_cin_primary_need_code], [cine_referral_source_code], [cine_referral_source_desc], [cine_referral_outcome_json], [cine_referral_nfa], [cine_close_reason], [cine_close_date], [cine_referral_team], [cine_referral_worker_id])
    SELECT
        CONCAT(CAST(r.REFERRAL_ID AS VARCHAR(20)), '-', CAST(r.PERSON_ID AS VARCHAR(20))),
        CAST(r.PERSON_ID AS VARCHAR(48)),
        r.REFERRAL_DATE,
        LEFT(n.need_code, 3),
        LEFT(LTRIM(RTRIM(r.SOURCE_OF_REFERRAL)), 48),
        LEFT(s.description, 255),
        CONCAT('{"SINGLE_ASSESSMENT_FLAG": "', CASE WHEN x.assessment = 1 THEN 'Y' ELSE 'N' END,
               '", "STRATEGY_DISCUSSION_FLAG": "', CASE WHEN x.strategy = 1 THEN 'Y' ELSE 'N' END,
               '", "NFA_FLAG": "', CASE WHEN r.NFA_DATE IS NOT NULL THEN 'Y' ELSE 'N' END,
               '", "NUMBER_OF_OUTCOMES": ', COALESCE(x.outcomes, 0), '}'),
        CASE WHEN r.NFA_DATE IS NOT NULL THEN 'Y' ELSE 'N' END,
        LEFT(LTRIM(RTRIM(r.CLOSURE_REASON)), 100),
        r.CLOSURE_DATE,
        CAST(stp.RESPONSIBLE_TEAM_ID AS VARCHAR(48)),
        CAST(stp.ASSIGNEE_ID AS VARCHAR(48))
    FROM [dm_cin_referrals] r
    LEFT JOIN [DM_WORKFLOW_STEPS] stp ON stp.WORKFLOW_STEP_ID = r.REFERRAL_ID
    LEFT JOIN need n ON n.referral_id = r.REFERRAL_ID AND n.person_id = r.PERSON_ID
    LEFT JOIN sources s ON s.code = r.SOURCE_OF_REFERRAL
    LEFT JOIN next_steps x ON x.step_id = r.REFERRAL_ID AND x.person_id = r.PERSON_ID
    WHERE r.REFERRAL_DATE <= CAST(GETDATE() AS DATE) AND (r.CLOSURE_DATE IS NULL OR r.CLOSURE_DATE >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)))
      AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(r.PERSON_ID AS VARCHAR(48)));
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
    WITH links AS (
        SELECT CONCAT('AW.', CAST(aw.ALLOCATION_ID AS VARCHAR(20))) AS id, aw.WORKER_ID AS worker_id, 'CW' AS role,
               aw.PERSON_ID AS person_id, aw.START_DATE AS start_date, aw.END_DATE AS end_date, NULL AS reason
        FROM [dm_ALLOCATED_WORKERS] aw
        WHERE aw.START_DATE <= CAST(GETDATE() AS DATE) AND (aw.END_DATE IS NULL OR aw.END_DATE >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)))
        UNION ALL
        SELECT CONCAT('PR.', CAST(pr.PROF_RELATIONSHIP_ID AS VARCHAR(20))), pr.WORKER_ID,
               CASE WHEN 1 = 0 THEN 'CW' ELSE pr.PROF_REL_TYPE_CODE END,
               pr.PERSON_ID, pr.START_DATE, pr.END_DATE, pr.END_DATE_REASON
        FROM [dm_prof_relationships] pr
        WHERE pr.START_DATE <= CAST(GETDATE() AS DATE) AND (pr.END_DATE IS NULL OR pr.END_DATE >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)))
    ),
    teams AS (
        SELECT l.id, wr.ORGANISATION_ID AS team_id,
               ROW_NUMBER() OVER (PARTITION BY l.id ORDER BY wr.START_DATE DESC, wr.WORKER_ROLE_ID DESC) AS rn
        FROM links l
        JOIN [dm_worker_roles] wr
          ON wr.WORKER_ID = l.worker_id AND wr.START_DATE <= l.start_date AND (wr.END_DATE IS NULL OR wr.END_DATE >= l.start_date)
    ),
    referrals AS (
        SELECT l.id, CONCAT(CAST(r.REFERRAL_ID AS VARCHAR(20)), '-', CAST(r.PERSON_ID AS VARCHAR(20))) AS referral_id,
               ROW_NUMBER() OVER (PARTITION BY l.id ORDER BY r.REFERRAL_DATE DESC, r.REFERRAL_ID DESC) AS rn
        FROM links l
        JOIN [dm_cin_referrals] r
          ON r.PERSON_ID = l.person_id AND r.REFERRAL_DATE <= l.start_date AND (r.CLOSURE_DATE IS NULL OR r.CLOSURE_DATE >= l.start_date)
    )
    INSERT INTO [#ssd_load_ssd_involvements] ([invo_involvements_id], [invo_professional_id], [invo_professional_role_id], [invo_professional_team], [invo_person_id], [invo_involvement_start_date], [invo_involvement_end_date], [invo_worker_change_reason], [invo_referral_id])
    SELECT
        l.id,
        CAST(l.worker_id AS VARCHAR(48)),
        LEFT(l.role, 200),
        CAST(t.team_id AS VARCHAR(48)),
        CAST(l.person_id AS VARCHAR(48)),
        l.start_date,
        l.end_date,
        LEFT(l.reason, 200),
        rf.referral_id
    FROM links l
    LEFT JOIN teams t ON t.id = l.id AND t.rn = 1
    LEFT JOIN referrals rf ON rf.id = l.id AND rf.rn = 1
    WHERE EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(l.person_id AS VARCHAR(48)));
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
    WITH caseload AS (
        SELECT aw.WORKER_ID AS worker_id, COUNT(DISTINCT aw.PERSON_ID) AS children
        FROM [dm_ALLOCATED_WORKERS] aw
        WHERE aw.START_DATE <= CAST(GETDATE() AS DATE) AND (aw.END_DATE IS NULL OR aw.END_DATE >= CAST(GETDATE() AS DATE))
        GROUP BY aw.WORKER_ID
    ),
    departments AS (
        SELECT wr.WORKER_ID AS worker_id, MAX(o.NAME) AS name
        FROM [dm_worker_roles] wr
        JOIN [dm_organisations] o ON o.ORGANISATION_ID = wr.ORGANISATION_ID
        WHERE wr.START_DATE <= CAST(GETDATE() AS DATE) AND (wr.END_DATE IS NULL OR wr.END_DATE >= CAST(GETDATE() AS DATE))
        GROUP BY wr.WORKER_ID
    )
    INSERT INTO [#ssd_load_ssd_professionals] ([prof_professional_id], [prof_staff_id], [prof_professional_name], [prof_social_worker_registration_no], [prof_agency_worker_flag], [prof_professional_job_title], [prof_professional_caseload], [prof_professional_department], [prof_full_time_equivalency])
    SELECT
        CAST(w.WORKER_ID AS VARCHAR(48)),
        CAST(w.WORKER_ID AS VARCHAR(48)),
        LEFT(w.FULL_NAME, 300),
        NULL,  -- prof_social_worker_registration_no: the Mosaic data mart holds no Social Work England number
        NULL,  -- prof_agency_worker_flag: not held in the data mart
        NULL,  -- prof_professional_job_title: not held in the data mart
        COALESCE(c.children, 0),
        LEFT(d.name, 100),
        NULL   -- prof_full_time_equivalency: not held in the data mart
    FROM [dm_workers] w
    LEFT JOIN caseload c ON c.worker_id = w.WORKER_ID
    LEFT JOIN departments d ON d.worker_id = w.WORKER_ID
    WHERE EXISTS (
        SELECT 1 FROM [ssd].[ssd_involvements] i
        WHERE i.invo_professional_id = CAST(w.WORKER_ID AS VARCHAR(48))
    );
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
    WITH steps AS (
        SELECT s.WORKFLOW_STEP_ID AS step_id, ss.SUBJECT_COMPOUND_ID AS person_id,
               COALESCE(s.STARTED_ON, s.INCOMING_ON) AS start_date, s.COMPLETED_ON AS auth_date,
               s.RESPONSIBLE_TEAM_ID AS team_id, s.ASSIGNEE_ID AS worker_id
        FROM [DM_WORKFLOW_STEPS] s
        JOIN [dm_subgroup_subjects] ss ON ss.SUBGROUP_ID = s.SUBGROUP_ID AND ss.SUBJECT_TYPE_CODE = 'PER'
        WHERE s.IS_CONTINUOUS_ASSESSMENT = 'Y'
          AND s.STEP_STATUS IN (N'INCOMING', N'STARTED', N'REOPENED', N'COMPLETED')
          AND COALESCE(s.STARTED_ON, s.INCOMING_ON) <= CAST(GETDATE() AS DATE) AND (s.COMPLETED_ON IS NULL OR s.COMPLETED_ON >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)))
    ),
    seen AS (
        -- the answer, mapped through the LA's mapping group when it has one, read as Yes/No
        SELECT fa.WORKFLOW_STEP_ID AS step_id, fa.SUBJECT_PERSON_ID AS person_id,
               MAX(UPPER(LEFT(LTRIM(COALESCE(mg.CATEGORY_VALUE, fa.TEXT_ANSWER)), 1))) AS seen
        FROM [dm_filter_form_answers] fa
        LEFT JOIN [dm_mapping_groups] mg
               ON mg.GROUP_NAME = N'Child Seen During Assessment' AND mg.MAPPED_VALUE = fa.TEXT_ANSWER
        WHERE fa.FILTER_NAME = N'Child Seen During Event (Lookup)'
        GROUP BY fa.WORKFLOW_STEP_ID, fa.SUBJECT_PERSON_ID
    ),
    actions AS (
        -- next actions of the step that led to a live step for the same child
        SELECT wl.SOURCE_STEP_ID AS step_id, tp.PERSON_ID AS person_id,
               MAX(CASE WHEN wl.WORKFLOW_NEXT_ACTION_TYPE_ID IN (3941, 4130, 3992, 3942, 4468, 3950, 3951, 3944, 4122, 3943) THEN 1 ELSE 0 END) AS further,
               MAX(CASE WHEN wl.WORKFLOW_NEXT_ACTION_TYPE_ID IN (3988, 3987, 3953, 4440) THEN 1 ELSE 0 END) AS nfa
        FROM [dm_workflow_links] wl
        JOIN [dm_workflow_steps_people_vw] tp ON tp.WORKFLOW_STEP_ID = wl.TARGET_STEP_ID
        WHERE tp.STEP_STATUS IN (N'INCOMING', N'STARTED', N'REOPENED', N'COMPLETED')
        GROUP BY wl.SOURCE_STEP_ID, tp.PERSON_ID
    ),
    referrals AS (
        SELECT st.step_id, st.person_id,
               CASE WHEN r.REFERRAL_ID IS NOT NULL THEN CONCAT(CAST(r.REFERRAL_ID AS VARCHAR(20)), '-', CAST(r.PERSON_ID AS VARCHAR(20))) END AS referral_id,
               ROW_NUMBER() OVER (PARTITION BY st.step_id, st.person_id ORDER BY r.REFERRAL_DATE DESC, r.REFERRAL_ID DESC) AS rn
        FROM steps st
        LEFT JOIN [dm_cin_referrals] r
               ON r.PERSON_ID = st.person_id AND r.REFERRAL_DATE <= st.start_date AND (r.CLOSURE_DATE IS NULL OR r.CLOSURE_DATE >= st.start_date)
    )
    INSERT INTO [#ssd_load_ssd_cin_assessments] ([cina_assessment_id], [cina_person_id], [cina_referral_id], [cina_assessment_start_date], [cina_assessment_child_seen], [cina_assessment_auth_date], [cina_assessment_outcome_json], [cina_assessment_outcome_nfa], [cina_assessment_team], [cina_assessment_worker_id])
    SELECT
        CONCAT(CAST(st.step_id AS VARCHAR(20)), '-', CAST(st.person_id AS VARCHAR(20))),
        CAST(st.person_id AS VARCHAR(48)),
        rf.referral_id,
        st.start_date,
        CASE WHEN se.seen IN ('Y', 'N') THEN se.seen END,
        st.auth_date,
        CONCAT('{"NFA_FLAG": "', CASE WHEN a.nfa = 1 AND a.further = 0 THEN 'Y' ELSE 'N' END,
               '", "FURTHER_INTERVENTION_FLAG": "', CASE WHEN a.further = 1 THEN 'Y' ELSE 'N' END, '"}'),
        CASE WHEN a.nfa = 1 AND a.further = 0 THEN 'Y' ELSE 'N' END,
        CAST(st.team_id AS VARCHAR(48)),
        CAST(st.worker_id AS VARCHAR(100))
    FROM steps st
    LEFT JOIN referrals rf ON rf.step_id = st.step_id AND rf.person_id = st.person_id AND rf.rn = 1
    LEFT JOIN seen se ON se.step_id = st.step_id AND se.person_id = st.person_id
    LEFT JOIN actions a ON a.step_id = st.step_id AND a.person_id = st.person_id
    WHERE EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(st.person_id AS VARCHAR(48)));
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
        SELECT f.ASSESSMENT_ID AS step_id, ss.SUBJECT_COMPOUND_ID AS person_id,
               UPPER(LTRIM(RTRIM(f.FACTOR_VALUE))) AS code
        FROM [dm_cin_assess_factors] f
        JOIN [DM_WORKFLOW_STEPS] s ON s.WORKFLOW_STEP_ID = f.ASSESSMENT_ID
        JOIN [dm_subgroup_subjects] ss ON ss.SUBGROUP_ID = s.SUBGROUP_ID AND ss.SUBJECT_TYPE_CODE = 'PER'
        WHERE f.FACTOR_VALUE IS NOT NULL
    ),
    flags AS (
        SELECT fl.step_id, fl.person_id,
               CONCAT(
                   CASE WHEN MAX(CASE WHEN fl.code = '1A' THEN 1 ELSE 0 END) = 1 THEN ',"1A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.code = '1B' THEN 1 ELSE 0 END) = 1 THEN ',"1B"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.code = '1C' THEN 1 ELSE 0 END) = 1 THEN ',"1C"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.code = '2A' THEN 1 ELSE 0 END) = 1 THEN ',"2A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.code = '2B' THEN 1 ELSE 0 END) = 1 THEN ',"2B"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.code = '2C' THEN 1 ELSE 0 END) = 1 THEN ',"2C"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.code = '3A' THEN 1 ELSE 0 END) = 1 THEN ',"3A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.code = '3B' THEN 1 ELSE 0 END) = 1 THEN ',"3B"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.code = '3C' THEN 1 ELSE 0 END) = 1 THEN ',"3C"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.code = '4A' THEN 1 ELSE 0 END) = 1 THEN ',"4A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.code = '4B' THEN 1 ELSE 0 END) = 1 THEN ',"4B"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.code = '4C' THEN 1 ELSE 0 END) = 1 THEN ',"4C"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.code = '5A' THEN 1 ELSE 0 END) = 1 THEN ',"5A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.code = '5B' THEN 1 ELSE 0 END) = 1 THEN ',"5B"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.code = '5C' THEN 1 ELSE 0 END) = 1 THEN ',"5C"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.code = '6A' THEN 1 ELSE 0 END) = 1 THEN ',"6A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.code = '6B' THEN 1 ELSE 0 END) = 1 THEN ',"6B"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.code = '6C' THEN 1 ELSE 0 END) = 1 THEN ',"6C"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.code = '7A' THEN 1 ELSE 0 END) = 1 THEN ',"7A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.code = '8B' THEN 1 ELSE 0 END) = 1 THEN ',"8B"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.code = '8C' THEN 1 ELSE 0 END) = 1 THEN ',"8C"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.code = '8D' THEN 1 ELSE 0 END) = 1 THEN ',"8D"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.code = '8E' THEN 1 ELSE 0 END) = 1 THEN ',"8E"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.code = '8F' THEN 1 ELSE 0 END) = 1 THEN ',"8F"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.code = '9A' THEN 1 ELSE 0 END) = 1 THEN ',"9A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.code = '10A' THEN 1 ELSE 0 END) = 1 THEN ',"10A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.code = '11A' THEN 1 ELSE 0 END) = 1 THEN ',"11A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.code = '12A' THEN 1 ELSE 0 END) = 1 THEN ',"12A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.code = '13A' THEN 1 ELSE 0 END) = 1 THEN ',"13A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.code = '14A' THEN 1 ELSE 0 END) = 1 THEN ',"14A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.code = '15A' THEN 1 ELSE 0 END) = 1 THEN ',"15A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.code = '16A' THEN 1 ELSE 0 END) = 1 THEN ',"16A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.code = '17A' THEN 1 ELSE 0 END) = 1 THEN ',"17A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.code = '18A' THEN 1 ELSE 0 END) = 1 THEN ',"18A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.code = '18B' THEN 1 ELSE 0 END) = 1 THEN ',"18B"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.code = '18C' THEN 1 ELSE 0 END) = 1 THEN ',"18C"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.code = '19A' THEN 1 ELSE 0 END) = 1 THEN ',"19A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.code = '19B' THEN 1 ELSE 0 END) = 1 THEN ',"19B"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.code = '19C' THEN 1 ELSE 0 END) = 1 THEN ',"19C"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.code = '20' THEN 1 ELSE 0 END) = 1 THEN ',"20"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.code = '21' THEN 1 ELSE 0 END) = 1 THEN ',"21"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.code = '22A' THEN 1 ELSE 0 END) = 1 THEN ',"22A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.code = '23A' THEN 1 ELSE 0 END) = 1 THEN ',"23A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.code = '24A' THEN 1 ELSE 0 END) = 1 THEN ',"24A"' ELSE '' END
               ) AS list
        FROM factors fl
        WHERE fl.code IN (N'1A', N'1B', N'1C', N'2A', N'2B', N'2C', N'3A', N'3B', N'3C', N'4A', N'4B', N'4C', N'5A', N'5B', N'5C', N'6A', N'6B', N'6C', N'7A', N'8B', N'8C', N'8D', N'8E', N'8F', N'9A', N'10A', N'11A', N'12A', N'13A', N'14A', N'15A', N'16A', N'17A', N'18A', N'18B', N'18C', N'19A', N'19B', N'19C', N'20', N'21', N'22A', N'23A', N'24A')
        GROUP BY fl.step_id, fl.person_id
    )
    INSERT INTO [#ssd_load_ssd_assessment_factors] ([cinf_table_id], [cinf_assessment_id], [cinf_assessment_factors_json])
    SELECT
        CAST(x.step_id AS VARCHAR(48)),
        CONCAT(CAST(x.step_id AS VARCHAR(20)), '-', CAST(x.person_id AS VARCHAR(20))),
        CONCAT('[', SUBSTRING(x.list, 2, 4000), ']')
    FROM flags x
    WHERE EXISTS (
        SELECT 1 FROM [ssd].[ssd_cin_assessments] ca
        WHERE ca.cina_assessment_id = CONCAT(CAST(x.step_id AS VARCHAR(20)), '-', CAST(x.person_id AS VARCHAR(20)))
    );
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
    WITH plans AS (
        SELECT s.WORKFLOW_STEP_ID AS step_id, ss.SUBJECT_COMPOUND_ID AS person_id,
               COALESCE(s.STARTED_ON, s.INCOMING_ON) AS start_date, s.COMPLETED_ON AS end_date,
               COALESCE(s.COMPLETED_ON, CAST(GETDATE() AS DATE)) AS as_at
        FROM [DM_WORKFLOW_STEPS] s
        JOIN [dm_subgroup_subjects] ss ON ss.SUBGROUP_ID = s.SUBGROUP_ID AND ss.SUBJECT_TYPE_CODE = 'PER'
        WHERE s.WORKFLOW_STEP_TYPE_ID IN (325, 369, 463)
          AND s.STEP_STATUS IN (N'INCOMING', N'STARTED', N'REOPENED', N'COMPLETED')
          AND COALESCE(s.STARTED_ON, s.INCOMING_ON) <= CAST(GETDATE() AS DATE) AND (s.COMPLETED_ON IS NULL OR s.COMPLETED_ON >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)))
    ),
    workers AS (
        -- the latest allocation on the day, with that worker's role organisation on the same day
        SELECT p.step_id, p.person_id, aw.WORKER_ID AS worker_id, wr.ORGANISATION_ID AS team_id,
               ROW_NUMBER() OVER (PARTITION BY p.step_id, p.person_id
                                  ORDER BY aw.START_DATE DESC, aw.ALLOCATION_ID DESC, wr.START_DATE DESC, wr.WORKER_ROLE_ID DESC) AS rn
        FROM plans p
        JOIN [dm_ALLOCATED_WORKERS] aw
          ON aw.PERSON_ID = p.person_id AND aw.START_DATE <= p.as_at AND (aw.END_DATE IS NULL OR aw.END_DATE >= p.as_at)
        LEFT JOIN [dm_worker_roles] wr
               ON wr.WORKER_ID = aw.WORKER_ID AND wr.START_DATE <= p.as_at AND (wr.END_DATE IS NULL OR wr.END_DATE >= p.as_at)
    ),
    referrals AS (
        SELECT p.step_id, p.person_id, CONCAT(CAST(r.REFERRAL_ID AS VARCHAR(20)), '-', CAST(r.PERSON_ID AS VARCHAR(20))) AS referral_id,
               ROW_NUMBER() OVER (PARTITION BY p.step_id, p.person_id ORDER BY r.REFERRAL_DATE DESC, r.REFERRAL_ID DESC) AS rn
        FROM plans p
        JOIN [dm_cin_referrals] r
          ON r.PERSON_ID = p.person_id AND r.REFERRAL_DATE <= p.start_date AND (r.CLOSURE_DATE IS NULL OR r.CLOSURE_DATE >= p.start_date)
    )
    INSERT INTO [#ssd_load_ssd_cin_plans] ([cinp_cin_plan_id], [cinp_referral_id], [cinp_person_id], [cinp_cin_plan_start_date], [cinp_cin_plan_end_date], [cinp_cin_plan_team], [cinp_cin_plan_worker_id])
    SELECT
        CONCAT(CAST(p.step_id AS VARCHAR(20)), '-', CAST(p.person_id AS VARCHAR(20))),
        rf.referral_id,
        CAST(p.person_id AS VARCHAR(48)),
        p.start_date,
        p.end_date,
        CAST(w.team_id AS VARCHAR(48)),
        CAST(w.worker_id AS VARCHAR(100))
    FROM plans p
    LEFT JOIN workers w ON w.step_id = p.step_id AND w.person_id = p.person_id AND w.rn = 1
    LEFT JOIN referrals rf ON rf.step_id = p.step_id AND rf.person_id = p.person_id AND rf.rn = 1
    WHERE EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(p.person_id AS VARCHAR(48)));
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
    WITH enquiries AS (
        SELECT v.WORKFLOW_STEP_ID AS step_id, v.PERSON_ID AS person_id,
               CAST(v.STARTED_ON AS DATE) AS start_date, CAST(v.COMPLETED_ON AS DATE) AS end_date,
               v.RESPONSIBLE_TEAM_ID AS team_id, v.ASSIGNEE_ID AS worker_id
        FROM [dm_workflow_steps_people_vw] v
        WHERE v.IS_SECTION_47_ENQUIRY = 'Y'
          AND v.STEP_STATUS IN (N'INCOMING', N'STARTED', N'REOPENED', N'COMPLETED')
          AND CAST(v.STARTED_ON AS DATE) <= CAST(GETDATE() AS DATE) AND (CAST(v.COMPLETED_ON AS DATE) IS NULL OR CAST(v.COMPLETED_ON AS DATE) >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)))
    ),
    actions AS (
        SELECT wl.SOURCE_STEP_ID AS step_id, tp.PERSON_ID AS person_id,
               MAX(CASE WHEN ts.CP_CONFERENCE_CATEGORY = N'Initial'
                          OR 1 = 0 THEN 1 ELSE 0 END) AS conference,
               MAX(CASE WHEN 1 = 0 THEN 1 ELSE 0 END) AS further,
               MAX(CASE WHEN nt.IS_NO_FURTHER_ACTION = 'Y' THEN 1 ELSE 0 END) AS nfa
        FROM [dm_workflow_links] wl
        JOIN [dm_workflow_steps_people_vw] tp ON tp.WORKFLOW_STEP_ID = wl.TARGET_STEP_ID
        JOIN [DM_WORKFLOW_STEPS] ts ON ts.WORKFLOW_STEP_ID = wl.TARGET_STEP_ID
        LEFT JOIN [dm_WORKFLOW_NXT_ACTION_TYPES] nt ON nt.WORKFLOW_NEXT_ACTION_TYPE_ID = wl.WORKFLOW_NEXT_ACTION_TYPE_ID
        WHERE tp.STEP_STATUS IN (N'INCOMING', N'STARTED', N'REOPENED', N'COMPLETED')
        GROUP BY wl.SOURCE_STEP_ID, tp.PERSON_ID
    ),
    referrals AS (
        SELECT e.step_id, e.person_id,
               CASE WHEN r.REFERRAL_ID IS NOT NULL THEN CONCAT(CAST(r.REFERRAL_ID AS VARCHAR(20)), '-', CAST(r.PERSON_ID AS VARCHAR(20))) END AS referral_id,
               ROW_NUMBER() OVER (PARTITION BY e.step_id, e.person_id ORDER BY r.REFERRAL_DATE DESC, r.REFERRAL_ID DESC) AS rn
        FROM enquiries e
        LEFT JOIN [dm_cin_referrals] r
               ON r.PERSON_ID = e.person_id AND r.REFERRAL_DATE <= e.start_date AND (r.CLOSURE_DATE IS NULL OR r.CLOSURE_DATE >= e.start_date)
    )
    INSERT INTO [#ssd_load_ssd_s47_enquiry] ([s47e_s47_enquiry_id], [s47e_referral_id], [s47e_person_id], [s47e_s47_start_date], [s47e_s47_end_date], [s47e_s47_nfa], [s47e_s47_outcome_json], [s47e_s47_completed_by_team], [s47e_s47_completed_by_worker_id])
    SELECT
        CONCAT(CAST(e.step_id AS VARCHAR(20)), '-', CAST(e.person_id AS VARCHAR(20))),
        rf.referral_id,
        CAST(e.person_id AS VARCHAR(48)),
        e.start_date,
        e.end_date,
        CASE WHEN a.nfa = 1 AND a.conference = 0 AND a.further = 0 THEN 'Y' ELSE 'N' END,
        CONCAT('{"NFA_FLAG": "', CASE WHEN a.nfa = 1 AND a.conference = 0 AND a.further = 0 THEN 'Y' ELSE 'N' END,
               '", "CP_CONFERENCE_FLAG": "', CASE WHEN a.conference = 1 THEN 'Y' ELSE 'N' END, '"}'),
        CAST(e.team_id AS VARCHAR(48)),
        CAST(e.worker_id AS VARCHAR(100))
    FROM enquiries e
    LEFT JOIN referrals rf ON rf.step_id = e.step_id AND rf.person_id = e.person_id AND rf.rn = 1
    LEFT JOIN actions a ON a.step_id = e.step_id AND a.person_id = e.person_id
    WHERE EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(e.person_id AS VARCHAR(48)));
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
    WITH conferences AS (
        SELECT s.WORKFLOW_STEP_ID AS step_id, ss.SUBJECT_COMPOUND_ID AS person_id, s.WORKFLOW_STEP_TYPE_ID AS step_type,
               CAST(s.CP_CONFERENCE_ACTUAL_DATE AS DATE) AS held_on,
               s.RESPONSIBLE_TEAM_ID AS team_id, s.ASSIGNEE_ID AS worker_id
        FROM [DM_WORKFLOW_STEPS] s
        JOIN [dm_subgroup_subjects] ss ON ss.SUBGROUP_ID = s.SUBGROUP_ID AND ss.SUBJECT_TYPE_CODE = 'PER'
        WHERE s.CP_CONFERENCE_CATEGORY = N'Initial'
          AND s.STEP_STATUS = 'COMPLETED'
          AND s.CP_CONFERENCE_ACTUAL_DATE >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE))
          AND s.CP_CONFERENCE_ACTUAL_DATE <= CAST(GETDATE() AS DATE)
    ),
    earlier AS (
        -- the child's steps before the conference: the latest S47, and the latest strategy discussion date
        SELECT c.step_id, c.person_id,
               ps.WORKFLOW_STEP_ID AS s47_step_id,
               ROW_NUMBER() OVER (PARTITION BY c.step_id, c.person_id
                                  ORDER BY CASE WHEN ps.IS_SECTION_47_ENQUIRY = 'Y' THEN 0 ELSE 1 END,
                                           COALESCE(ps.STARTED_ON, ps.INCOMING_ON) DESC, ps.WORKFLOW_STEP_ID DESC) AS rn,
               MAX(ps.STRATEGY_DISCUSSION_DATE) OVER (PARTITION BY c.step_id, c.person_id) AS strategy_date,
               ps.IS_SECTION_47_ENQUIRY AS is_s47
        FROM conferences c
        JOIN [dm_workflow_backwards] wb ON wb.WORKFLOW_STEP_ID = c.step_id
        JOIN [DM_WORKFLOW_STEPS] ps ON ps.WORKFLOW_STEP_ID = wb.PRECEDING_WORKFLOW_STEP_ID
        JOIN [dm_subgroup_subjects] pss
          ON pss.SUBGROUP_ID = ps.SUBGROUP_ID AND pss.SUBJECT_TYPE_CODE = 'PER' AND pss.SUBJECT_COMPOUND_ID = c.person_id
    ),
    plans AS (
        SELECT c.step_id, c.person_id, rg.REGISTRATION_ID AS plan_id,
               ROW_NUMBER() OVER (PARTITION BY c.step_id, c.person_id
                                  ORDER BY CASE WHEN rg.REGISTRATION_STEP_ID = c.step_id THEN 0 ELSE 1 END, rg.REGISTRATION_ID) AS rn
        FROM conferences c
        JOIN [dm_REGISTRATIONS] rg
          ON rg.PERSON_ID = c.person_id AND CAST(rg.REGISTRATION_START_DATE AS DATE) = c.held_on
        WHERE rg.IS_CHILD_PROTECTION_PLAN = 'Y' AND COALESCE(rg.IS_TEMPORARY_CHILD_PROTECTION, 'N') <> 'Y'
    ),
    transfers AS (
        SELECT DISTINCT mf.MAPPED_VALUE AS step_type
        FROM [dm_MAPPING_FILTERS] mf
        WHERE mf.FILTER_NAME = N'Child CIN Transfer In Conferences'
    ),
    referrals AS (
        SELECT c.step_id, c.person_id,
               CASE WHEN r.REFERRAL_ID IS NOT NULL THEN CONCAT(CAST(r.REFERRAL_ID AS VARCHAR(20)), '-', CAST(r.PERSON_ID AS VARCHAR(20))) END AS referral_id,
               ROW_NUMBER() OVER (PARTITION BY c.step_id, c.person_id ORDER BY r.REFERRAL_DATE DESC, r.REFERRAL_ID DESC) AS rn
        FROM conferences c
        LEFT JOIN [dm_cin_referrals] r
               ON r.PERSON_ID = c.person_id AND r.REFERRAL_DATE <= c.held_on AND (r.CLOSURE_DATE IS NULL OR r.CLOSURE_DATE >= c.held_on)
    )
    INSERT INTO [#ssd_load_ssd_initial_cp_conference] ([icpc_icpc_id], [icpc_icpc_meeting_id], [icpc_s47_enquiry_id], [icpc_person_id], [icpc_cp_plan_id], [icpc_referral_id], [icpc_icpc_transfer_in], [icpc_icpc_target_date], [icpc_icpc_date], [icpc_icpc_outcome_cp_flag], [icpc_icpc_outcome_json], [icpc_icpc_team], [icpc_icpc_worker_id])
    SELECT
        CONCAT(CAST(c.step_id AS VARCHAR(20)), '-', CAST(c.person_id AS VARCHAR(20))),
        NULL,  -- icpc_icpc_meeting_id: Mosaic records the conference as the step itself; there is no meeting id
        CASE WHEN e.is_s47 = 'Y' THEN CONCAT(CAST(e.s47_step_id AS VARCHAR(20)), '-', CAST(c.person_id AS VARCHAR(20))) END,
        CAST(c.person_id AS VARCHAR(48)),
        CAST(p.plan_id AS VARCHAR(48)),
        rf.referral_id,
        CASE WHEN CAST(c.step_type AS VARCHAR(48)) IN (SELECT LTRIM(RTRIM(CAST(t.step_type AS VARCHAR(48)))) FROM transfers t) THEN 'Y' ELSE 'N' END,
        CASE WHEN e.strategy_date IS NOT NULL THEN DATEADD(DAY, CASE WHEN (DATEDIFF(DAY, CAST('19000101' AS DATE), e.strategy_date) % 7) >= 4 THEN 21 - ((DATEDIFF(DAY, CAST('19000101' AS DATE), e.strategy_date) % 7) - 4) WHEN (DATEDIFF(DAY, CAST('19000101' AS DATE), e.strategy_date) % 7) + 0 >= 5 THEN 23 ELSE 21 END, e.strategy_date) END,
        c.held_on,
        CASE WHEN p.plan_id IS NOT NULL THEN 'Y' ELSE 'N' END,
        CONCAT('{"CP_FLAG": "', CASE WHEN p.plan_id IS NOT NULL THEN 'Y' ELSE 'N' END, '"}'),
        CAST(c.team_id AS VARCHAR(48)),
        CAST(c.worker_id AS VARCHAR(100))
    FROM conferences c
    LEFT JOIN referrals rf ON rf.step_id = c.step_id AND rf.person_id = c.person_id AND rf.rn = 1
    LEFT JOIN earlier e ON e.step_id = c.step_id AND e.person_id = c.person_id AND e.rn = 1
    LEFT JOIN plans p ON p.step_id = c.step_id AND p.person_id = c.person_id AND p.rn = 1
    WHERE EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(c.person_id AS VARCHAR(48)));
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
    WITH plans AS (
        SELECT rg.REGISTRATION_ID AS plan_id, rg.PERSON_ID AS person_id, rg.REGISTRATION_STEP_ID AS step_id,
               rg.REGISTRATION_START_DATE AS start_date, rg.DEREGISTRATION_DATE AS end_date,
               COALESCE(rg.DEREGISTRATION_DATE, CAST(GETDATE() AS DATE)) AS as_at
        FROM [dm_REGISTRATIONS] rg
        WHERE rg.IS_CHILD_PROTECTION_PLAN = 'Y'
          AND COALESCE(rg.IS_TEMPORARY_CHILD_PROTECTION, 'N') <> 'Y'
          AND rg.REGISTRATION_START_DATE <= CAST(GETDATE() AS DATE) AND (rg.DEREGISTRATION_DATE IS NULL OR rg.DEREGISTRATION_DATE >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)))
    ),
    categories AS (
        SELECT p.plan_id,
               COUNT(DISTINCT CASE WHEN CAST(rc.CATEGORY_START_DATE AS DATE) = CAST(p.start_date AS DATE) THEN rc.CIN_ABUSE_CATEGORY_CODE END) AS initial_count,
               MAX(CASE WHEN CAST(rc.CATEGORY_START_DATE AS DATE) = CAST(p.start_date AS DATE) THEN rc.CIN_ABUSE_CATEGORY_CODE END) AS initial_code,
               COUNT(DISTINCT CASE WHEN rc.CATEGORY_START_DATE <= p.as_at AND (rc.CATEGORY_END_DATE IS NULL OR rc.CATEGORY_END_DATE >= p.as_at) THEN rc.CIN_ABUSE_CATEGORY_CODE END) AS latest_count,
               MAX(CASE WHEN rc.CATEGORY_START_DATE <= p.as_at AND (rc.CATEGORY_END_DATE IS NULL OR rc.CATEGORY_END_DATE >= p.as_at) THEN rc.CIN_ABUSE_CATEGORY_CODE END) AS latest_code
        FROM plans p
        JOIN [DM_REGISTRATION_CATEGORIES] rc ON rc.REGISTRATION_ID = p.plan_id
        GROUP BY p.plan_id
    ),
    referrals AS (
        SELECT p.plan_id,
               CASE WHEN r.REFERRAL_ID IS NOT NULL THEN CONCAT(CAST(r.REFERRAL_ID AS VARCHAR(20)), '-', CAST(r.PERSON_ID AS VARCHAR(20))) END AS referral_id,
               ROW_NUMBER() OVER (PARTITION BY p.plan_id ORDER BY r.REFERRAL_DATE DESC, r.REFERRAL_ID DESC) AS rn
        FROM plans p
        LEFT JOIN [dm_cin_referrals] r
               ON r.PERSON_ID = p.person_id AND r.REFERRAL_DATE <= p.start_date AND (r.CLOSURE_DATE IS NULL OR r.CLOSURE_DATE >= p.start_date)
    )
    INSERT INTO [#ssd_load_ssd_cp_plans] ([cppl_cp_plan_id], [cppl_referral_id], [cppl_icpc_id], [cppl_person_id], [cppl_cp_plan_start_date], [cppl_cp_plan_end_date], [cppl_cp_plan_ola], [cppl_cp_plan_initial_category], [cppl_cp_plan_latest_category])
    SELECT
        CAST(p.plan_id AS VARCHAR(48)),
        rf.referral_id,
        CASE WHEN p.step_id IS NOT NULL THEN CONCAT(CAST(p.step_id AS VARCHAR(20)), '-', CAST(p.person_id AS VARCHAR(20))) END,
        CAST(p.person_id AS VARCHAR(48)),
        p.start_date,
        p.end_date,
        NULL,  -- cppl_cp_plan_ola: the data mart does not say whether another LA holds the plan (D2I issue 276)
        CASE WHEN c.initial_count > 1 THEN 'MUL' ELSE c.initial_code END,
        CASE WHEN c.latest_count > 1 THEN 'MUL' ELSE c.latest_code END
    FROM plans p
    LEFT JOIN referrals rf ON rf.plan_id = p.plan_id AND rf.rn = 1
    LEFT JOIN categories c ON c.plan_id = p.plan_id
    WHERE EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(p.person_id AS VARCHAR(48)));
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
    WITH summaries AS (
        -- a dm_cla_summaries row is one time slice of a child's care, so (PERSON_ID, START_DATE) is its key
        SELECT cs.PERSON_ID AS person_id, cs.PERIOD_OF_CARE_ID AS period_id, cs.START_DATE AS start_date,
               cs.END_DATE AS end_date, cs.PLACEMENT_ID AS placement_id, pc.START_DATE AS period_start,
               pl.PLACEMENT_TYPE AS placement_type, pl.START_DATE AS placement_start, pl.CATEGORY_OF_NEED AS need_code,
               pl.REASON_EPISODE_CEASED AS ceased_reason, ls.LEGAL_STATUS AS legal_status, ls.START_DATE AS legal_start,
               pd.CARER_ID AS carer_id
        FROM [dm_cla_summaries] cs
        JOIN [dm_PERIODS_OF_CARE] pc ON pc.PERIOD_OF_CARE_ID = cs.PERIOD_OF_CARE_ID
        JOIN [dm_LEGAL_STATUSES] ls ON ls.LEGAL_STATUS_ID = cs.LEGAL_STATUS_ID
        JOIN [dm_PLACEMENTS] pl ON pl.PLACEMENT_ID = cs.PLACEMENT_ID AND pl.SPLIT_NUMBER = cs.PLACEMENT_SPLIT_NUMBER
        LEFT JOIN [dm_PLACEMENT_DETAILS] pd
               ON pd.ELEMENT_DETAIL_ID = cs.ELEMENT_DETAIL_ID AND pd.SPLIT_NUMBER = cs.SERVICE_SPLIT_NUMBER
    ),
    episodes AS (
        SELECT s.person_id, s.period_id, s.start_date, s.end_date, s.placement_id, s.period_start, s.placement_type,
               s.placement_start, s.need_code, s.ceased_reason, s.legal_status, s.legal_start, s.carer_id,
               LAG(s.carer_id) OVER (PARTITION BY s.period_id ORDER BY s.start_date) AS prev_carer,
               LAG(s.placement_type) OVER (PARTITION BY s.period_id ORDER BY s.start_date) AS prev_type
        FROM summaries s
    ),
    iro AS (
        SELECT e.person_id, e.start_date, MAX(fa.DATE_ANSWER) AS last_visit
        FROM episodes e
        JOIN [dm_filter_form_ans] fa ON fa.SUBJECT_PERSON_ID = e.person_id
        JOIN [report_filters] rfl ON rfl.ID = fa.FILTER_ID
        WHERE rfl.NAME = N'Child IRO Visit Date'
          AND fa.DATE_ANSWER <= COALESCE(e.end_date, CAST(GETDATE() AS DATE))
        GROUP BY e.person_id, e.start_date
    ),
    referrals AS (
        SELECT e.person_id, e.start_date,
               CASE WHEN r.REFERRAL_ID IS NOT NULL THEN CONCAT(CAST(r.REFERRAL_ID AS VARCHAR(20)), '-', CAST(r.PERSON_ID AS VARCHAR(20))) END AS referral_id,
               ROW_NUMBER() OVER (PARTITION BY e.person_id, e.start_date ORDER BY r.REFERRAL_DATE DESC, r.REFERRAL_ID DESC) AS rn
        FROM episodes e
        LEFT JOIN [dm_cin_referrals] r
               ON r.PERSON_ID = e.person_id AND r.REFERRAL_DATE <= e.start_date AND (r.CLOSURE_DATE IS NULL OR r.CLOSURE_DATE >= e.start_date)
    )
    INSERT INTO [#ssd_load_ssd_cla_episodes] ([clae_cla_episode_id], [clae_person_id], [clae_cla_placement_id], [clae_cla_episode_start_date], [clae_cla_episode_start_reason], [clae_cla_primary_need_code], [clae_cla_episode_ceased_date], [clae_cla_episode_ceased_reason], [clae_cla_id], [clae_referral_id], [clae_cla_last_iro_contact_date], [clae_entered_care_date])
    SELECT
        CONCAT(CAST(e.person_id AS VARCHAR(20)), '.', CAST(CAST(e.start_date AS DATE) AS VARCHAR(10))),
        CAST(e.person_id AS VARCHAR(48)),
        CAST(e.placement_id AS VARCHAR(48)),
        e.start_date,
        CASE
            WHEN CAST(e.start_date AS DATE) = CAST(e.period_start AS DATE) THEN 'S'
            WHEN CAST(e.placement_start AS DATE) < CAST(e.start_date AS DATE) THEN 'L'
            WHEN CAST(e.legal_start AS DATE) < CAST(e.start_date AS DATE) THEN
                CASE WHEN e.prev_carer = e.carer_id AND e.prev_type <> e.placement_type THEN 'T' ELSE 'P' END
            WHEN e.prev_carer = e.carer_id THEN 'U'
            ELSE 'B'
        END,
        LEFT(e.need_code, 3),
        e.end_date,
        CASE WHEN e.end_date IS NOT NULL THEN LEFT(e.ceased_reason, 255) END,
        CAST(e.period_id AS VARCHAR(48)),
        rf.referral_id,
        i.last_visit,
        e.period_start
    FROM episodes e
    LEFT JOIN referrals rf ON rf.person_id = e.person_id AND rf.start_date = e.start_date AND rf.rn = 1
    LEFT JOIN iro i ON i.person_id = e.person_id AND i.start_date = e.start_date
    WHERE e.start_date <= CAST(GETDATE() AS DATE) AND (e.end_date IS NULL OR e.end_date >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)))
      AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(e.person_id AS VARCHAR(48)));
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
    WITH firsts AS (
        SELECT ps.PLACEMENT_ID AS placement_id, MAX(ps.PERSON_ID) AS person_id, MIN(ps.START_DATE) AS start_date
        FROM [dm_PLACEMENTS] ps
        GROUP BY ps.PLACEMENT_ID
    ),
    last_splits AS (
        SELECT pl.PLACEMENT_ID AS placement_id, pl.PERSON_ID AS person_id, pl.PERIOD_OF_CARE_ID AS period_id,
               pl.PLACEMENT_TYPE AS placement_type, pl.END_DATE AS end_date,
               pl.REASON_FOR_PLACEMENT_CHANGE AS change_reason,
               ROW_NUMBER() OVER (PARTITION BY pl.PLACEMENT_ID ORDER BY pl.SPLIT_NUMBER DESC) AS rn
        FROM [dm_PLACEMENTS] pl
    ),
    elements AS (
        SELECT cs.PLACEMENT_ID AS placement_id, pd.OFSTED_URN AS urn, pd.CIN_PROVIDER_CATEGORY_CODE AS provider,
               ROW_NUMBER() OVER (PARTITION BY cs.PLACEMENT_ID ORDER BY cs.START_DATE DESC, cs.SERVICE_SPLIT_NUMBER DESC) AS rn
        FROM [dm_cla_summaries] cs
        JOIN [dm_PLACEMENT_DETAILS] pd
          ON pd.ELEMENT_DETAIL_ID = cs.ELEMENT_DETAIL_ID AND pd.SPLIT_NUMBER = cs.SERVICE_SPLIT_NUMBER
    ),
    addresses AS (
        SELECT ap.PLACEMENT_ID AS placement_id, ca.POST_CODE AS postcode,
               ROW_NUMBER() OVER (PARTITION BY ap.PLACEMENT_ID
                                  ORDER BY ap.SPLIT_NUMBER DESC, acs.START_DATE DESC, acs.SERVICE_SPLIT_NUMBER DESC,
                                           ca.START_DATE DESC) AS rn
        FROM [dm_PLACEMENTS] ap
        JOIN [dm_cla_summaries] acs ON acs.PLACEMENT_ID = ap.PLACEMENT_ID
        JOIN [dm_PLACEMENT_DETAILS] apd
          ON apd.ELEMENT_DETAIL_ID = acs.ELEMENT_DETAIL_ID AND apd.SPLIT_NUMBER = acs.SERVICE_SPLIT_NUMBER
        JOIN [dm_PLACEMENT_CARER_ADDRESSES] ca
          ON ca.CARER_ID = apd.CARER_ID AND ca.START_DATE <= COALESCE(ap.END_DATE, CAST(GETDATE() AS DATE)) AND (ca.END_DATE IS NULL OR ca.END_DATE >= COALESCE(ap.END_DATE, CAST(GETDATE() AS DATE)))
    )
    INSERT INTO [#ssd_load_ssd_cla_placement] ([clap_cla_placement_id], [clap_cla_id], [clap_person_id], [clap_cla_placement_start_date], [clap_cla_placement_type], [clap_cla_placement_urn], [clap_cla_placement_distance], [clap_cla_placement_provider], [clap_cla_placement_postcode], [clap_cla_placement_end_date], [clap_cla_placement_change_reason])
    SELECT
        CAST(f.placement_id AS VARCHAR(48)),
        CAST(ls.period_id AS VARCHAR(48)),
        CAST(f.person_id AS VARCHAR(48)),
        f.start_date,
        LEFT(ls.placement_type, 100),
        LEFT(el.urn, 48),
        NULL,  -- clap_cla_placement_distance: the data mart holds no distance from home
        LEFT(el.provider, 48),
        LEFT(UPPER(LTRIM(RTRIM(ad.postcode))), 8),
        ls.end_date,
        LEFT(ls.change_reason, 100)
    FROM firsts f
    LEFT JOIN last_splits ls ON ls.placement_id = f.placement_id AND ls.rn = 1
    LEFT JOIN elements el ON el.placement_id = f.placement_id AND el.rn = 1
    LEFT JOIN addresses ad ON ad.placement_id = f.placement_id AND ad.rn = 1
    WHERE f.start_date <= CAST(GETDATE() AS DATE) AND (ls.end_date IS NULL OR ls.end_date >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)))
      AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(f.person_id AS VARCHAR(48)));
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
    WITH journeys AS (
        -- one journey per child and decision date, even when several steps carry the date; periods of care
        -- do not overlap, so the decision date lies in one period
        SELECT v.PERSON_ID AS person_id, v.ADOPTION_BEST_INTEREST_DATE AS decision, MIN(v.WORKFLOW_STEP_ID) AS step_id,
               MAX(pc.PERIOD_OF_CARE_ID) AS period_id, MAX(pc.END_DATE) AS period_end
        FROM [dm_workflow_steps_people_vw] v
        JOIN [dm_PERIODS_OF_CARE] pc
          ON pc.PERSON_ID = v.PERSON_ID AND pc.START_DATE <= v.ADOPTION_BEST_INTEREST_DATE AND (pc.END_DATE IS NULL OR pc.END_DATE >= v.ADOPTION_BEST_INTEREST_DATE)
        WHERE v.ADOPTION_BEST_INTEREST_DATE IS NOT NULL
          AND pc.START_DATE <= CAST(GETDATE() AS DATE) AND (pc.END_DATE IS NULL OR pc.END_DATE >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)))
        GROUP BY v.PERSON_ID, v.ADOPTION_BEST_INTEREST_DATE
    ),
    placed AS (
        SELECT j.step_id, j.person_id,
               MIN(CASE WHEN pl.PLACEMENT_TYPE IN (N'A3', N'A4', N'A5', N'A6') AND pl.START_DATE >= j.decision THEN pl.START_DATE END) AS placed_for_adoption,
               MIN(CASE WHEN pl.PLACEMENT_TYPE IN (N'U2', N'U5') THEN pl.START_DATE END) AS placed_ffa,
               MAX(CASE WHEN pl.IS_ADOPTED = 'Y' THEN pl.END_DATE END) AS adopted_on
        FROM journeys j
        JOIN [dm_PLACEMENTS] pl ON pl.PERIOD_OF_CARE_ID = j.period_id
        GROUP BY j.step_id, j.person_id
    ),
    orders AS (
        SELECT j.step_id, j.person_id, MIN(ls.START_DATE) AS order_date
        FROM journeys j
        JOIN [dm_LEGAL_STATUSES] ls ON ls.PERIOD_OF_CARE_ID = j.period_id
        WHERE ls.LEGAL_STATUS IN (N'E1')
        GROUP BY j.step_id, j.person_id
    ),
    later_steps AS (
        -- the child's adoption steps after the decision and before the period ended
        SELECT j.step_id, j.person_id, lv.ADOPTION_MATCH_DATE AS matched, lv.ADOPTION_PLAN_DATE_CEASED AS ceased,
               lv.ADOPTION_PLAN_REASON_CAT_CODE AS ceased_reason
        FROM journeys j
        JOIN [dm_workflow_steps_people_vw] lv ON lv.PERSON_ID = j.person_id
        WHERE COALESCE(lv.ADOPTION_MATCH_DATE, lv.ADOPTION_PLAN_DATE_CEASED) >= j.decision
          AND (j.period_end IS NULL OR COALESCE(lv.ADOPTION_MATCH_DATE, lv.ADOPTION_PLAN_DATE_CEASED) <= j.period_end)
    ),
    matches AS (
        SELECT ms.step_id, ms.person_id, MIN(ms.matched) AS matched FROM later_steps ms GROUP BY ms.step_id, ms.person_id
    ),
    reversals AS (
        SELECT rv.step_id, rv.person_id, rv.ceased, rv.ceased_reason,
               ROW_NUMBER() OVER (PARTITION BY rv.step_id, rv.person_id ORDER BY rv.ceased) AS rn
        FROM later_steps rv
        WHERE rv.ceased IS NOT NULL
    ),
    guardianship AS (
        SELECT nl.LEGAL_STATUS_ID AS status_id, nl.PERSON_ID AS person_id, nl.START_DATE AS start_date,
               pc.PERIOD_OF_CARE_ID AS period_id,
               ROW_NUMBER() OVER (PARTITION BY nl.LEGAL_STATUS_ID ORDER BY pc.START_DATE DESC) AS rn
        FROM [dm_NON_LA_LEGAL_STATUSES] nl
        JOIN [dm_NON_LA_LEGAL_STATUS_TYPES] nt ON nt.LEGAL_STATUS_TYPE = nl.LEGAL_STATUS_TYPE
        JOIN [dm_PERIODS_OF_CARE] pc
          ON pc.PERSON_ID = nl.PERSON_ID AND pc.START_DATE <= nl.START_DATE
         AND (pc.END_DATE IS NULL OR DATEADD(DAY, 1, pc.END_DATE) >= nl.START_DATE)
        WHERE nt.IS_SPECIAL_GUARDIANSHIP_ORDER = 'Y'
          AND pc.START_DATE <= CAST(GETDATE() AS DATE) AND (pc.END_DATE IS NULL OR pc.END_DATE >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)))
    )
    INSERT INTO [#ssd_load_ssd_permanence] ([perm_table_id], [perm_person_id], [perm_cla_id], [perm_adm_decision_date], [perm_part_of_sibling_group], [perm_siblings_placed_together], [perm_siblings_placed_apart], [perm_ffa_cp_decision_date], [perm_placement_order_date], [perm_matched_date], [perm_adopter_sex], [perm_adopter_legal_status], [perm_number_of_adopters], [perm_placed_for_adoption_date], [perm_adopted_by_carer_flag], [perm_placed_foster_carer_date], [perm_placed_ffa_cp_date], [perm_placement_provider_urn], [perm_decision_reversed_date], [perm_decision_reversed_reason], [perm_permanence_order_date], [perm_permanence_order_type], [perm_adoption_worker_id])
    SELECT
        CONCAT('ADP.', CONCAT(CAST(j.step_id AS VARCHAR(20)), '-', CAST(j.person_id AS VARCHAR(20)))),
        CAST(j.person_id AS VARCHAR(48)),
        CAST(j.period_id AS VARCHAR(48)),
        j.decision,
        NULL, CAST(NULL AS INT), CAST(NULL AS INT),  -- sibling group, siblings together / apart: not in the data mart
        CAST(NULL AS DATE),  -- perm_ffa_cp_decision_date: a form answer whose question code differs per LA
        o.order_date,
        mt.matched,
        NULL, NULL, CAST(NULL AS INT),  -- adopter sex, legal status, number of adopters: not in the data mart
        p.placed_for_adoption,
        NULL,              -- perm_adopted_by_carer_flag: not in the data mart
        CAST(NULL AS DATE),  -- perm_placed_foster_carer_date: needs carer history the data mart does not link
        p.placed_ffa,
        NULL,              -- perm_placement_provider_urn: see ssd_cla_placement for the adoptive placement's URN
        rv.ceased,
        LEFT(rv.ceased_reason, 100),
        p.adopted_on,
        CASE WHEN p.adopted_on IS NOT NULL THEN 'Adoption' END,
        NULL               -- perm_adoption_worker_id: not in the data mart
    FROM journeys j
    LEFT JOIN placed p ON p.step_id = j.step_id AND p.person_id = j.person_id
    LEFT JOIN orders o ON o.step_id = j.step_id AND o.person_id = j.person_id
    LEFT JOIN matches mt ON mt.step_id = j.step_id AND mt.person_id = j.person_id
    LEFT JOIN reversals rv ON rv.step_id = j.step_id AND rv.person_id = j.person_id AND rv.rn = 1
    WHERE EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(j.person_id AS VARCHAR(48)))
    UNION ALL
    SELECT
        CONCAT('SGO.', CAST(g.status_id AS VARCHAR(20))),
        CAST(g.person_id AS VARCHAR(48)),
        CAST(g.period_id AS VARCHAR(48)),
        NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
        g.start_date,
        'Special Guardianship Order',
        NULL
    FROM guardianship g
    WHERE g.rn = 1 AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(g.person_id AS VARCHAR(48)));
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
    WITH young AS (
        SELECT p.PERSON_ID AS person_id,
               CAST(DATEADD(YEAR, 14, p.DATE_OF_BIRTH) AS DATE) AS d14,
               CAST(DATEADD(YEAR, 18, p.DATE_OF_BIRTH) AS DATE) AS d18,
               CAST(DATEADD(YEAR, 21, p.DATE_OF_BIRTH) AS DATE) AS d21,
               CAST(DATEADD(YEAR, 22, p.DATE_OF_BIRTH) AS DATE) AS d22
        FROM [dm_persons] p
        WHERE p.DATE_OF_BIRTH IS NOT NULL
          AND CAST(DATEADD(YEAR, 16, p.DATE_OF_BIRTH) AS DATE) <= CAST(GETDATE() AS DATE)
          AND CAST(DATEADD(YEAR, 26, p.DATE_OF_BIRTH) AS DATE) > CAST(GETDATE() AS DATE)
          AND EXISTS (
              SELECT 1 FROM [dm_PERIODS_OF_CARE] lc
              WHERE lc.PERSON_ID = p.PERSON_ID
                AND (lc.END_DATE IS NULL OR lc.END_DATE >= CAST(DATEADD(YEAR, 16, p.DATE_OF_BIRTH) AS DATE))
          )
    ),
    care AS (
        SELECT y.person_id,
               SUM(CASE WHEN COALESCE(pc.END_DATE, CAST(GETDATE() AS DATE)) > y.d14
                        THEN DATEDIFF(DAY, CASE WHEN pc.START_DATE > y.d14 THEN pc.START_DATE ELSE y.d14 END, CASE WHEN pc.END_DATE IS NULL OR pc.END_DATE > CAST(GETDATE() AS DATE) THEN CAST(GETDATE() AS DATE) ELSE pc.END_DATE END)
                        ELSE 0 END) AS days,
               MAX(CASE WHEN pc.END_DATE IS NULL OR pc.END_DATE >= CAST(GETDATE() AS DATE) THEN 1 ELSE 0 END) AS in_care
        FROM young y
        JOIN [dm_PERIODS_OF_CARE] pc ON pc.PERSON_ID = y.person_id
        WHERE EXISTS (
            SELECT 1 FROM [dm_LEGAL_STATUSES] ls
            WHERE ls.PERIOD_OF_CARE_ID = pc.PERIOD_OF_CARE_ID AND COALESCE(ls.IS_RESPITE_CARE, 'N') <> 'Y'
        )
        GROUP BY y.person_id
    ),
    workers AS (
        -- today's allocated worker (latest allocation) and that worker's role organisation today
        SELECT aw.PERSON_ID AS person_id, aw.WORKER_ID AS worker_id, wr.ORGANISATION_ID AS team_id,
               ROW_NUMBER() OVER (PARTITION BY aw.PERSON_ID
                                  ORDER BY aw.START_DATE DESC, aw.ALLOCATION_ID DESC, wr.START_DATE DESC, wr.WORKER_ROLE_ID DESC) AS rn
        FROM [dm_ALLOCATED_WORKERS] aw
        LEFT JOIN [dm_worker_roles] wr
               ON wr.WORKER_ID = aw.WORKER_ID AND wr.START_DATE <= CAST(GETDATE() AS DATE) AND (wr.END_DATE IS NULL OR wr.END_DATE >= CAST(GETDATE() AS DATE))
        WHERE aw.START_DATE <= CAST(GETDATE() AS DATE) AND (aw.END_DATE IS NULL OR aw.END_DATE >= CAST(GETDATE() AS DATE))
    ),
    advisers AS (
        SELECT pr.PERSON_ID AS person_id, pr.WORKER_ID AS worker_id,
               ROW_NUMBER() OVER (PARTITION BY pr.PERSON_ID ORDER BY pr.START_DATE DESC, pr.PROF_RELATIONSHIP_ID DESC) AS rn
        FROM [dm_prof_relationships] pr
        WHERE pr.PROF_REL_TYPE_CODE IN (N'REL.PERSONALADVISOR')
          AND pr.START_DATE <= CAST(GETDATE() AS DATE) AND (pr.END_DATE IS NULL OR pr.END_DATE >= CAST(GETDATE() AS DATE))
    ),
    classified AS (
        SELECT y.person_id,
               CASE
                   WHEN c.days >= 91 AND y.d18 > CAST(GETDATE() AS DATE) THEN CASE WHEN c.in_care = 1 THEN 'd) Eligible' ELSE 'a) Relevant child' END
                   WHEN c.days >= 91 AND (y.d22 > CAST(GETDATE() AS DATE) OR w.worker_id IS NOT NULL OR a.worker_id IS NOT NULL) THEN 'b) Former relevant child'
                   WHEN c.days < 91 AND c.in_care = 0 AND (y.d21 > CAST(GETDATE() AS DATE) OR w.worker_id IS NOT NULL OR a.worker_id IS NOT NULL) THEN 'c) Qualifying care leaver'
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
        FROM [dm_former_looked_after] f
        WHERE f.DATE_OF_SITUATION <= CAST(GETDATE() AS DATE)
    ),
    maps AS (
        SELECT mg.GROUP_NAME AS group_name, mg.MAPPED_VALUE AS source_value, MAX(mg.CATEGORY_VALUE) AS code
        FROM [dm_mapping_groups] mg
        WHERE mg.GROUP_NAME IN (N'SSDA903 In Touch Type', N'SSDA903 Accommodation Type', N'SSDA903 Activity Type')
        GROUP BY mg.GROUP_NAME, mg.MAPPED_VALUE
    ),
    pathway AS (
        SELECT ss.SUBJECT_COMPOUND_ID AS person_id, MAX(s.COMPLETED_ON) AS reviewed
        FROM [DM_WORKFLOW_STEPS] s
        JOIN [dm_subgroup_subjects] ss ON ss.SUBGROUP_ID = s.SUBGROUP_ID AND ss.SUBJECT_TYPE_CODE = 'PER'
        WHERE s.WORKFLOW_STEP_TYPE_ID IN (498, 500) AND s.STEP_STATUS = 'COMPLETED'
        GROUP BY ss.SUBJECT_COMPOUND_ID
    )
    INSERT INTO [#ssd_load_ssd_care_leavers] ([clea_table_id], [clea_person_id], [clea_care_leaver_eligibility], [clea_care_leaver_in_touch], [clea_care_leaver_latest_contact], [clea_care_leaver_accommodation], [clea_care_leaver_accom_suitable], [clea_care_leaver_activity], [clea_pathway_plan_review_date], [clea_care_leaver_personal_advisor], [clea_care_leaver_allocated_team], [clea_care_leaver_worker_id])
    SELECT
        CAST(k.person_id AS VARCHAR(48)),
        CAST(k.person_id AS VARCHAR(48)),
        k.eligibility,
        CASE WHEN UPPER(LTRIM(RTRIM(mi.code))) IN (N'YES', N'NO', N'DIED', N'REFU', N'NREQ', N'RHOM') THEN UPPER(LTRIM(RTRIM(mi.code)))
         WHEN UPPER(LTRIM(RTRIM(ct.in_touch))) IN (N'YES', N'NO', N'DIED', N'REFU', N'NREQ', N'RHOM') THEN UPPER(LTRIM(RTRIM(ct.in_touch)))
         ELSE LEFT(it.DESCRIPTION, 100) END,
        ct.contact_date,
        CASE WHEN UPPER(LTRIM(RTRIM(ma.code))) IN (N'B', N'C', N'D', N'E', N'G', N'H', N'K', N'R', N'S', N'T', N'U', N'V', N'W', N'X', N'Y', N'Z') THEN UPPER(LTRIM(RTRIM(ma.code)))
         WHEN UPPER(LTRIM(RTRIM(ct.accommodation))) IN (N'B', N'C', N'D', N'E', N'G', N'H', N'K', N'R', N'S', N'T', N'U', N'V', N'W', N'X', N'Y', N'Z') THEN UPPER(LTRIM(RTRIM(ct.accommodation)))
         ELSE LEFT(acc.DESCRIPTION, 100) END,
        LEFT(ct.suitable, 100),
        CASE WHEN UPPER(LTRIM(RTRIM(mv.code))) IN (N'F1', N'P1', N'F2', N'P2', N'F4', N'P4', N'F5', N'P5', N'G4', N'G5', N'G6') THEN UPPER(LTRIM(RTRIM(mv.code)))
         WHEN UPPER(LTRIM(RTRIM(ct.activity))) IN (N'F1', N'P1', N'F2', N'P2', N'F4', N'P4', N'F5', N'P5', N'G4', N'G5', N'G6') THEN UPPER(LTRIM(RTRIM(ct.activity)))
         ELSE LEFT(av.DESCRIPTION, 100) END,
        pw.reviewed,
        CAST(k.adviser_id AS VARCHAR(100)),
        CAST(k.team_id AS VARCHAR(48)),
        CAST(k.worker_id AS VARCHAR(100))
    FROM classified k
    LEFT JOIN contacts ct ON ct.person_id = k.person_id AND ct.rn = 1
    LEFT JOIN maps mi ON mi.group_name = N'SSDA903 In Touch Type' AND mi.source_value = ct.in_touch
    LEFT JOIN maps ma ON ma.group_name = N'SSDA903 Accommodation Type' AND ma.source_value = ct.accommodation
    LEFT JOIN maps mv ON mv.group_name = N'SSDA903 Activity Type' AND mv.source_value = ct.activity
    LEFT JOIN [dm_former_in_touch_types] it ON it.IN_TOUCH_TYPE = ct.in_touch
    LEFT JOIN [dm_former_accom_types] acc ON acc.ACCOMODATION_TYPE = ct.accommodation
    LEFT JOIN [dm_former_activity_types] av ON av.ACTIVITY_TYPE = ct.activity
    LEFT JOIN pathway pw ON pw.person_id = k.person_id
    WHERE k.eligibility IS NOT NULL
      AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(k.person_id AS VARCHAR(48)));
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
    INSERT INTO [#ssd_load_ssd_linked_identifiers] ([link_table_id], [link_person_id], [link_identifier_type], [link_identifier_value], [link_valid_from_date], [link_valid_to_date])
    SELECT
        CAST(pr.REFERENCE_ID AS VARCHAR(48)),
        CAST(pr.PERSON_ID AS VARCHAR(48)),
        CASE LTRIM(RTRIM(pr.REFERENCE_TYPE))
            WHEN N'FORMER_UPN' THEN N'Former Unique Pupil Number'
            WHEN N'NHS' THEN N'NHS Number'
            WHEN N'UPN' THEN N'Unique Pupil Number'
            ELSE LEFT(pr.REFERENCE_TYPE, 100)
        END,
        LEFT(LTRIM(RTRIM(pr.REFERENCE)), 100),
        NULL,  -- link_valid_from_date: dm_person_references carries no validity dates
        NULL   -- link_valid_to_date: as above
    FROM [dm_person_references] pr
    WHERE pr.REFERENCE IS NOT NULL
      AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(pr.PERSON_ID AS VARCHAR(48)));
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
       N'SSD and API add-on tables deployed by ssd-bridge', N'0.1.0', N'mosaic',
       N'tsql', N'{"cms":"mosaic","dialect":"tsql","fill":true,"history_years":6,"part":"all","schema":"ssd","source_location":null}'
WHERE NOT EXISTS (
    SELECT 1 FROM [ssd].[ssd_version_log]
    WHERE bridge_version = N'0.1.0' AND cms = N'mosaic'
      AND dialect = N'tsql' AND parameters_json = N'{"cms":"mosaic","dialect":"tsql","fill":true,"history_years":6,"part":"all","schema":"ssd","source_location":null}'
);
GO
RAISERROR(N'ssd-bridge: finished. 19 SSD tables and 4 add-on tables are in place in schema ssd.', 0, 1) WITH NOWAIT;
GO
