-- =============================================================================
-- ssd-bridge 0.1.0: Standard Safeguarding Dataset deployment
-- =============================================================================
-- What it does:
--   * creates the 19 SSD tables the DfE child record is built from,
--     adds any column an older copy lacks, and creates the join-key indexes;
-- It is safe to run again: it never drops or truncates a table it did not create, and
-- it never writes to the case-management system's own tables.
--
-- Parameters:
--   CMS:            eclipse
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
RAISERROR(N'ssd-bridge 0.1.0: deploying part ''ssd'' for eclipse into schema ssd', 0, 1) WITH NOWAIT;
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
RAISERROR(N'ssd-bridge: finished. 19 SSD tables and 0 add-on tables are in place in schema ssd.', 0, 1) WITH NOWAIT;
GO
