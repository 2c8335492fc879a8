-- =============================================================================
-- ssd-bridge 0.1.0: Standard Safeguarding Dataset deployment
-- =============================================================================
-- What it does:
--   * creates the 19 SSD tables the DfE child record is built from,
--     adds any column an older copy lacks, and creates the join-key indexes;
--   * refills 19 of them from the eclipse source tables, one table at a
--     time; a table whose refill fails keeps its previous contents;
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
RAISERROR(N'refilling ssd_person', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_person') IS NOT NULL DROP TABLE [#ssd_load_ssd_person];
    CREATE TABLE [#ssd_load_ssd_person] ([pers_legacy_id] NVARCHAR(MAX), [pers_person_id] NVARCHAR(MAX), [pers_upn] NVARCHAR(MAX), [pers_forename] NVARCHAR(MAX), [pers_surname] NVARCHAR(MAX), [pers_sex] NVARCHAR(MAX), [pers_gender] NVARCHAR(MAX), [pers_ethnicity] NVARCHAR(MAX), [pers_dob] DATETIME, [pers_single_unique_id] NVARCHAR(MAX), [pers_upn_unknown] NVARCHAR(MAX), [pers_send_flag] NVARCHAR(MAX), [pers_expected_dob] DATETIME, [pers_death_date] DATETIME, [pers_is_mother] NVARCHAR(MAX), [pers_nationality] NVARCHAR(MAX));
    WITH upn AS (
        SELECT ux.person_id, ux.upn
        FROM (
            SELECT r.PERSONID AS person_id, LEFT(LTRIM(RTRIM(r.REFERENCENUMBER)), 13) AS upn,
                ROW_NUMBER() OVER (PARTITION BY r.PERSONID ORDER BY
                    CASE WHEN r.ENDDATE IS NULL THEN 0 ELSE 1 END, r.ENDDATE DESC,
                    CASE WHEN r.STARTDATE IS NULL THEN 1 ELSE 0 END, r.STARTDATE DESC, r.REFERENCENUMBER) AS pick
            FROM [REFERENCENUMBERPERSONVIEW] r
            WHERE r.REFERENCETYPECODE = N'UPN'
                AND r.REFERENCENUMBER IS NOT NULL
        ) ux
        WHERE ux.pick = 1
    ),
    unknown_reason AS (
        SELECT uk.person_id, uk.code
        FROM (
            SELECT c.PERSONID AS person_id, cl.CODE AS code,
                ROW_NUMBER() OVER (PARTITION BY c.PERSONID ORDER BY c.STARTDATE DESC, c.CLASSIFICATIONASSIGNMENTID DESC) AS pick
            FROM [CLASSIFICATIONPERSONVIEW] c
            JOIN [CLASSIFICATION] cl ON cl.ID = c.CLASSIFICATIONCODEID
            WHERE cl.CLASSIFICATION_GROUP_FK = 2
                AND cl.CODE IN ('UN1', 'UN2', 'UN3', 'UN4', 'UN5', 'UN6', 'UN7', 'UN8', 'UN9', 'UN10')
                AND COALESCE(c.STATUS, '') <> 'DELETED'
                AND (c.ENDDATE IS NULL OR c.ENDDATE >= CAST(GETDATE() AS DATE))
        ) uk
        WHERE uk.pick = 1
    ),active AS (
        SELECT ca.PERSONID AS person_id
        FROM [CLASSIFICATIONPERSONVIEW] ca
        WHERE COALESCE(ca.STATUS, '') <> 'DELETED'
            AND ((ca.CLASSIFICATIONPATHID IN (4, 51, 23, 10) OR ca.CLASSIFICATIONCODEID IN (1270))
                OR (ca.CLASSIFICATIONPATHID IN (4) OR ca.CLASSIFICATIONCODEID IN (1270)))
            AND (ca.ENDDATE IS NULL OR ca.ENDDATE >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)))
        UNION
        SELECT eoc.PERSONID FROM [CLAEPISODEOFCAREVIEW] eoc
        WHERE eoc.EOCENDDATE IS NULL OR eoc.EOCENDDATE >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE))
        UNION
        SELECT cl.PERSONID FROM [CLACARELEAVERDETAILSVIEW] cl
        WHERE cl.CONTACTDATE >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE))
        UNION
        SELECT rp.PERSONID FROM [RELATIONSHIPPROFESSIONALVIEW] rp
        WHERE rp.ALLOCATEDWORKERCODE = N'AW'
            AND (rp.CLOSEDATE IS NULL OR rp.CLOSEDATE >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)))
        UNION
        SELECT rf.ANSWERFORSUBJECTID FROM [FORMANSWERPERSONVIEW] rf
        WHERE rf.DESIGNGUID = N'e6d9de9a-b56c-49d0-ab87-0f913ca8fc5f'
            AND rf.INSTANCESTATE = 'COMPLETE' AND rf.DATECOMPLETED >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE))
    ),
    cohort AS (
        SELECT p.PERSONID AS person_id
        FROM [PERSONDEMOGRAPHICSVIEW] p
        JOIN [PERSONVIEW] pv ON pv.PERSONID = p.PERSONID
        JOIN active ON active.person_id = p.PERSONID
        WHERE COALESCE(pv.DUPLICATED, '') <> 'DUPLICATE'
            AND UPPER(COALESCE(pv.FORENAME, '')) NOT LIKE '%DUPLICATE%'
            AND UPPER(COALESCE(pv.SURNAME, '')) NOT LIKE '%DUPLICATE%'
            AND p.PERSONID NOT IN (1, 2, 3, 4, 5, 6)
    ),
    uasc AS (
        SELECT DISTINCT ua.PERSONID AS person_id
        FROM [CLASSIFICATIONPERSONVIEW] ua
        WHERE ua.CLASSIFICATIONCODEID = 423
            AND COALESCE(ua.STATUS, '') <> 'DELETED' AND (ua.ENDDATE IS NULL OR ua.ENDDATE >= CAST(GETDATE() AS DATE))
    ),parents AS (
        SELECT ra.ROLE_A_PERSON_FK AS person_id, ka.DATEOFBIRTH AS other_dob
        FROM [PERSON_PER_RELATIONSHIP] ra
        JOIN [PERSONVIEW] ka ON ka.PERSONID = ra.ROLE_B_PERSON_FK
        WHERE ra.PERSON_PER_REL_TYPE_FK = 17
        UNION ALL
        SELECT rb.ROLE_B_PERSON_FK, kb.DATEOFBIRTH
        FROM [PERSON_PER_RELATIONSHIP] rb
        JOIN [PERSONVIEW] kb ON kb.PERSONID = rb.ROLE_A_PERSON_FK
        WHERE rb.PERSON_PER_REL_TYPE_FK = 17
    ),
    mothers AS (
        SELECT DISTINCT pa.person_id
        FROM parents pa
        JOIN [PERSONDEMOGRAPHICSVIEW] pm ON pm.PERSONID = pa.person_id
        WHERE pm.SEX = 'Female' AND pa.other_dob >= pm.DATEOFBIRTH
    )
    INSERT INTO [#ssd_load_ssd_person] ([pers_legacy_id], [pers_person_id], [pers_upn], [pers_forename], [pers_surname], [pers_sex], [pers_gender], [pers_ethnicity], [pers_dob], [pers_single_unique_id], [pers_upn_unknown], [pers_send_flag], [pers_expected_dob], [pers_death_date], [pers_is_mother], [pers_nationality])
    SELECT
        p.CAREFIRSTID,
        CAST(p.PERSONID AS VARCHAR(48)),
        upn.upn,
        p.FORENAME,
        p.SURNAME,
        CASE p.SEX WHEN 'Male' THEN 'M' WHEN 'Female' THEN 'F' ELSE 'U' END,
        CASE WHEN p.GENDER IS NULL THEN '00' WHEN p.GENDER = 'Man' THEN '01' WHEN p.GENDER = 'Woman' THEN '02' ELSE '09' END,    CASE
            WHEN p.ETHNICITYCODE IS NULL THEN 'NOBT'
            WHEN UPPER(p.ETHNICITYCODE) IN (N'ABAN', N'AIND', N'AOTH', N'APKN', N'BAFR', N'BCRB', N'BOTH', N'CHNE', N'MOTH', N'MWAS', N'MWBA', N'MWBC', N'NOBT', N'OOTH', N'REFU', N'WBRI', N'WIRI', N'WIRT', N'WOTH', N'WROM', N'ORAB') THEN UPPER(p.ETHNICITYCODE)
            ELSE COALESCE(CASE WHEN UPPER(p.ETHNICITYCODE) = N'ARAB' THEN N'ORAB' WHEN UPPER(p.ETHNICITYCODE) = N'BANGLADESHI' THEN N'ABAN' WHEN UPPER(p.ETHNICITYCODE) = N'INDIAN' THEN N'AIND' WHEN UPPER(p.ETHNICITYCODE) = N'OTHER_ASIAN' THEN N'AOTH' WHEN UPPER(p.ETHNICITYCODE) = N'ENG_SCOT_TRAVELLER' THEN N'AOTH' WHEN UPPER(p.ETHNICITYCODE) = N'PAKISTANI' THEN N'APKN' WHEN UPPER(p.ETHNICITYCODE) = N'AFRICAN' THEN N'BAFR' WHEN UPPER(p.ETHNICITYCODE) = N'BLACK_AFRICAN' THEN N'BAFR' WHEN UPPER(p.ETHNICITYCODE) = N'BLACK_CARIBBEAN' THEN N'BCRB' WHEN UPPER(p.ETHNICITYCODE) = N'CARIBBEAN' THEN N'BCRB' WHEN UPPER(p.ETHNICITYCODE) = N'OTHER_BLACK' THEN N'BOTH' WHEN UPPER(p.ETHNICITYCODE) = N'OTHER_AFRICAN' THEN N'BOTH' WHEN UPPER(p.ETHNICITYCODE) = N'CHINESE' THEN N'CHNE' WHEN UPPER(p.ETHNICITYCODE) = N'OTHER_MIXED' THEN N'MOTH' WHEN UPPER(p.ETHNICITYCODE) = N'WHITE_AND_ASIAN' THEN N'MWAS' WHEN UPPER(p.ETHNICITYCODE) = N'WHITE_AND_BLACK_AFRICAN' THEN N'MWBA' WHEN UPPER(p.ETHNICITYCODE) = N'WHITE_AND_BLACK_CARIBBEAN' THEN N'MWBC' WHEN UPPER(p.ETHNICITYCODE) = N'NOT_KNOWN' THEN N'NOBT' WHEN UPPER(p.ETHNICITYCODE) = N'OTHER_ETHNIC' THEN N'OOTH' WHEN UPPER(p.ETHNICITYCODE) = N'REFUSED' THEN N'REFU' WHEN UPPER(p.ETHNICITYCODE) = N'WHITE_BRITISH' THEN N'WBRI' WHEN UPPER(p.ETHNICITYCODE) = N'WHITE_NORTHERNIRISH' THEN N'WBRI' WHEN UPPER(p.ETHNICITYCODE) = N'WHITE_SCOTTISH' THEN N'WBRI' WHEN UPPER(p.ETHNICITYCODE) = N'WHITE_WELSH' THEN N'WBRI' WHEN UPPER(p.ETHNICITYCODE) = N'WHITE_IRISH' THEN N'WIRI' WHEN UPPER(p.ETHNICITYCODE) = N'IRISHTRAVELLER' THEN N'WIRT' WHEN UPPER(p.ETHNICITYCODE) = N'OTHER_WHITE_ORIGIN' THEN N'WOTH' WHEN UPPER(p.ETHNICITYCODE) = N'WHITE_POLISH' THEN N'WOTH' WHEN UPPER(p.ETHNICITYCODE) = N'GYPSY' THEN N'WROM' WHEN UPPER(p.ETHNICITYCODE) = N'TRAVELLER' THEN N'WROM' WHEN UPPER(p.ETHNICITYCODE) = N'ROMA' THEN N'WROM' END, 'NOBT')
        END,
        p.DATEOFBIRTH,
        p.NHSNUMBER,    CASE WHEN upn.upn IS NOT NULL THEN NULL ELSE COALESCE(
            unknown_reason.code,
            CASE WHEN (p.DIEDDATE IS NULL AND p.DATEOFBIRTH > DATEADD(YEAR, -5, CAST(GETDATE() AS DATE)))
                OR (p.DIEDDATE IS NOT NULL AND p.DIEDDATE < DATEADD(DAY, 1826, p.DATEOFBIRTH)) THEN 'UN1' END,
            CASE WHEN uasc.person_id IS NOT NULL THEN 'UN2' END)
        END,
        NULL,    CASE WHEN p.DATEOFBIRTH IS NULL THEN p.DUEDATE END,
        p.DIEDDATE,
        CASE WHEN mothers.person_id IS NOT NULL THEN 'Y' ELSE 'N' END,
        p.COUNTRYOFBIRTHCODE
    FROM [PERSONDEMOGRAPHICSVIEW] p
    JOIN cohort ON cohort.person_id = p.PERSONID
    LEFT JOIN upn ON upn.person_id = p.PERSONID
    LEFT JOIN unknown_reason ON unknown_reason.person_id = p.PERSONID
    LEFT JOIN uasc ON uasc.person_id = p.PERSONID
    LEFT JOIN mothers ON mothers.person_id = p.PERSONID;
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
    WITH addresses AS (
        SELECT a.ADDRESSID AS address_id, a.PERSONID AS person_id, a.TYPE AS address_type,
            a.STARTDATE AS start_date, a.ENDDATE AS end_date,
            UPPER(LTRIM(RTRIM(a.POSTCODE))) AS postcode,
            CONCAT('{"ROOM": "', REPLACE(REPLACE(COALESCE(a.ROOMDESCRIPTION, ''), '\', '\\'), '"', '\"'),
                '", "FLOOR": "', REPLACE(REPLACE(COALESCE(a.FLOORDESCRIPTION, ''), '\', '\\'), '"', '\"'),
                '", "FLAT": "", "BUILDING": "', REPLACE(REPLACE(COALESCE(a.BUILDINGNAMEORNUMBER, ''), '\', '\\'), '"', '\"'),
                '", "HOUSE": "', REPLACE(REPLACE(COALESCE(a.BUILDINGNAMEORNUMBER, ''), '\', '\\'), '"', '\"'),
                '", "STREET": "', REPLACE(REPLACE(COALESCE(a.STREETNAME, ''), '\', '\\'), '"', '\"'),
                '", "TOWN": "', REPLACE(REPLACE(COALESCE(a.TOWNORCITY, ''), '\', '\\'), '"', '\"'),
                '", "UPRN": ', CASE WHEN a.UPRN IS NULL THEN 'null' ELSE CONCAT('"', REPLACE(REPLACE(COALESCE(a.UPRN, ''), '\', '\\'), '"', '\"'), '"') END,
                ', "EASTING": "", "NORTHING": ""}') AS address_json,
            ROW_NUMBER() OVER (PARTITION BY a.PERSONID, a.ADDRESSID ORDER BY a.STARTDATE, a.ENDDATE) AS repeat_no
        FROM [ADDRESSPERSONVIEW] a
        WHERE a.ENDDATE IS NULL OR a.ENDDATE >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE))
    )
    INSERT INTO [#ssd_load_ssd_address] ([addr_table_id], [addr_person_id], [addr_address_type], [addr_address_start_date], [addr_address_end_date], [addr_address_postcode], [addr_address_json])
    SELECT
        CONCAT(ad.person_id, '-', ad.address_id, CASE WHEN ad.repeat_no > 1 THEN CONCAT('-', ad.repeat_no) END),
        sp.pers_person_id,
        ad.address_type,
        ad.start_date,
        ad.end_date,
        LEFT(ad.postcode, 15),
        LEFT(ad.address_json, 1000)
    FROM addresses ad
    JOIN [ssd].[ssd_person] sp ON sp.pers_person_id = CAST(ad.person_id AS VARCHAR(48));
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
        CAST(d.CLASSIFICATIONASSIGNMENTID AS VARCHAR(48)),
        sp.pers_person_id,
        COALESCE(CASE WHEN cl.NAME = N'No disability' THEN N'NONE' WHEN cl.NAME = N'Mobility' THEN N'MOB' WHEN cl.NAME = N'Hand function' THEN N'HAND' WHEN cl.NAME = N'Personal care' THEN N'PC' WHEN cl.NAME = N'Incontinence' THEN N'INC' WHEN cl.NAME = N'Communication' THEN N'COMM' WHEN cl.NAME = N'Learning Disability' THEN N'LD' WHEN cl.NAME = N'Learning' THEN N'LD' WHEN cl.NAME = N'Hearing' THEN N'HEAR' WHEN cl.NAME = N'Vision' THEN N'VIS' WHEN cl.NAME = N'Behaviour' THEN N'BEH' WHEN cl.NAME = N'Consciousness' THEN N'CON' WHEN cl.NAME = N'Diagnosed autism/aspergers' THEN N'AUT' WHEN cl.NAME = N'Autistic Spectrum Disorder' THEN N'AUT' WHEN cl.NAME = N'Autism spectrum condition' THEN N'AUT' END, CASE WHEN d.NAME = N'No disability' THEN N'NONE' WHEN d.NAME = N'Mobility' THEN N'MOB' WHEN d.NAME = N'Hand function' THEN N'HAND' WHEN d.NAME = N'Personal care' THEN N'PC' WHEN d.NAME = N'Incontinence' THEN N'INC' WHEN d.NAME = N'Communication' THEN N'COMM' WHEN d.NAME = N'Learning Disability' THEN N'LD' WHEN d.NAME = N'Learning' THEN N'LD' WHEN d.NAME = N'Hearing' THEN N'HEAR' WHEN d.NAME = N'Vision' THEN N'VIS' WHEN d.NAME = N'Behaviour' THEN N'BEH' WHEN d.NAME = N'Consciousness' THEN N'CON' WHEN d.NAME = N'Diagnosed autism/aspergers' THEN N'AUT' WHEN d.NAME = N'Autistic Spectrum Disorder' THEN N'AUT' WHEN d.NAME = N'Autism spectrum condition' THEN N'AUT' END, 'DDA')
    FROM [CLASSIFICATIONPERSONVIEW] d
    LEFT JOIN [CLASSIFICATION] cl ON cl.ID = d.CLASSIFICATIONCODEID
    JOIN [ssd].[ssd_person] sp ON sp.pers_person_id = CAST(d.PERSONID AS VARCHAR(48))
    WHERE (d.CLASSIFICATIONPATHID IN (55, 58, 79, 172, 186))
        AND COALESCE(d.STATUS, '') <> 'DELETED'
        AND (d.ENDDATE IS NULL OR d.ENDDATE >= CAST(GETDATE() AS DATE));
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
        CAST(i.CLASSIFICATIONASSIGNMENTID AS VARCHAR(48)),
        sp.pers_person_id,
        i.STARTDATE,
        i.ENDDATE,
        CASE WHEN i.CLASSIFICATIONCODEID = 423 THEN 'U'
            ELSE LEFT(COALESCE(cl.NAME, i.NAME), 100) END
    FROM [CLASSIFICATIONPERSONVIEW] i
    LEFT JOIN [CLASSIFICATION] cl ON cl.ID = i.CLASSIFICATIONCODEID
    JOIN [ssd].[ssd_person] sp ON sp.pers_person_id = CAST(i.PERSONID AS VARCHAR(48))
    WHERE (i.CLASSIFICATIONPATHID IN (1, 83))
        AND COALESCE(i.STATUS, '') <> 'DELETED'
        AND (i.ENDDATE IS NULL OR i.ENDDATE >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)));
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
    WITH sdq AS (
        SELECT
            f.INSTANCEID AS instance_id,
            f.ANSWERFORSUBJECTID AS person_id,
            MAX(f.SUBMITTERPERSONID) AS submitter_id,
            MIN(f.DATESTARTED) AS started_date,
            MAX(CASE WHEN f.INSTANCESTATE = 'COMPLETE' THEN f.DATECOMPLETED END) AS completed_date,
            COALESCE(MAX(CASE WHEN f.CONTROLNAME = N'903Return_dateOfLatestSDQRecord' THEN f.DATEANSWERVALUE END),
                     MAX(CASE WHEN f.CONTROLNAME = N'903Return_dateOfLatestSDQRecord' THEN CASE WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))) LIKE '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' THEN TRY_CONVERT(DATETIME, LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))) + N' 00:00:00', 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))) LIKE '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9][ T][0-9][0-9]:[0-9][0-9]' THEN TRY_CONVERT(DATETIME, STUFF(LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))), 11, 1, N' ') + N':00', 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))) LIKE '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9][ T][0-9][0-9]:[0-9][0-9]:[0-9][0-9]%' THEN TRY_CONVERT(DATETIME, STUFF(LEFT(LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))), 19), 11, 1, N' '), 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))) LIKE '[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]' THEN TRY_CONVERT(DATETIME, LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))), 112) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))) LIKE '%_/%_/[0-9][0-9][0-9][0-9]' AND LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))) NOT LIKE '%[^0-9/]%' AND LEN(LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121)))) <= 10 THEN TRY_CONVERT(DATETIME, LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))), 103) END END)) AS sdq_date,
            MAX(CASE WHEN f.CONTROLNAME = N'youngPersonsStrengthsAndDifficultiesQuestionnaireScore' THEN f.ANSWERVALUE END) AS score,
            MAX(CASE WHEN f.CONTROLNAME = N'903Return_reasonForNotSubmittingStrengthsAndDifficultiesQuestionnaireInPeriod' THEN f.ANSWERVALUE END) AS reason
        FROM [FORMANSWERPERSONVIEW] f
        WHERE f.DESIGNGUID = N'fb7f6ffc-e8a1-4b45-8eaa-356a5be33895'
            AND f.INSTANCESTATE = 'COMPLETE'
        GROUP BY f.INSTANCEID, f.ANSWERFORSUBJECTID
    )
    INSERT INTO [#ssd_load_ssd_sdq_scores] ([csdq_table_id], [csdq_person_id], [csdq_sdq_completed_date], [csdq_sdq_score], [csdq_sdq_reason])
    SELECT
        CONCAT(s.person_id, '-', s.instance_id),
        sp.pers_person_id,
        COALESCE(s.sdq_date, s.completed_date),
        TRY_CAST(s.score AS INT),
        CASE WHEN s.reason = N'No form returned as child was aged under 4 or over 17 at date of latest assessment' THEN N'SDQ1' WHEN s.reason = N'Carer(s) refused to complete and return questionnaire' THEN N'SDQ2' WHEN s.reason = N'Not possible to complete the questionnaire due to severity of the child’s disability' THEN N'SDQ3' WHEN s.reason = N'Not possible to complete the questionnaire due to severity of the child''s disability' THEN N'SDQ3' WHEN s.reason = N'Other' THEN N'SDQ4' WHEN s.reason = N'Child or young person refuses to allow an SDQ to be completed' THEN N'SDQ5' END
    FROM sdq s
    JOIN [ssd].[ssd_person] sp ON sp.pers_person_id = CAST(s.person_id AS VARCHAR(48))
    WHERE COALESCE(s.sdq_date, s.completed_date) >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE));
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
    WITH merge_rows AS (
        SELECT c.PERSONID AS person_id, CONCAT('C', c.CLASSIFICATIONASSIGNMENTID) AS row_key,
                c.STARTDATE AS start_date, c.ENDDATE AS end_date, c.ENDREASON AS end_reason
            FROM [CLASSIFICATIONPERSONVIEW] c
            JOIN [ssd].[ssd_person] sp ON sp.pers_person_id = CAST(c.PERSONID AS VARCHAR(48))
            WHERE (c.CLASSIFICATIONPATHID IN (4, 51, 23, 10) OR c.CLASSIFICATIONCODEID IN (1270))
                AND COALESCE(c.STATUS, '') <> 'DELETED' AND c.STARTDATE IS NOT NULL
            UNION ALL
            SELECT e.PERSONID, CONCAT('L', e.EPISODEOFCAREID), e.EOCSTARTDATE, e.EOCENDDATE, e.EOCENDREASON
            FROM [CLAEPISODEOFCAREVIEW] e
            JOIN [ssd].[ssd_person] sp ON sp.pers_person_id = CAST(e.PERSONID AS VARCHAR(48))
            WHERE e.EOCSTARTDATE IS NOT NULL
    ),
    merge_marked AS (
        SELECT mr.person_id, mr.row_key, mr.start_date, mr.end_date, mr.end_reason,
            COALESCE(mr.end_date, CAST(GETDATE() AS DATE)) AS end_or_today,
            CASE WHEN MAX(COALESCE(mr.end_date, CAST(GETDATE() AS DATE))) OVER (PARTITION BY mr.person_id
                    ORDER BY mr.start_date, mr.row_key ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
                    >= DATEADD(DAY, -1, mr.start_date) THEN 0 ELSE 1 END AS is_new
        FROM merge_rows mr
    ),
    merge_grouped AS (
        SELECT mm.person_id, mm.row_key, mm.start_date, mm.end_date, mm.end_reason, mm.end_or_today,
            SUM(mm.is_new) OVER (PARTITION BY mm.person_id ORDER BY mm.start_date, mm.row_key
                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS episode_no,
            mm.is_new,
            ROW_NUMBER() OVER (PARTITION BY mm.person_id ORDER BY mm.start_date, mm.row_key) AS row_no
        FROM merge_marked mm
    ),
    merge_last AS (
        SELECT mg.person_id, mg.row_key, mg.start_date, mg.end_date, mg.end_reason, mg.episode_no, mg.is_new,
            ROW_NUMBER() OVER (PARTITION BY mg.person_id, mg.episode_no
                ORDER BY mg.end_or_today DESC, CASE WHEN mg.end_date IS NULL THEN 0 ELSE 1 END, mg.row_no DESC) AS last_no
        FROM merge_grouped mg
    ),episodes AS (
        SELECT ml.person_id,
            MAX(CASE WHEN ml.is_new = 1 THEN ml.row_key END) AS episode_key,
            MIN(ml.start_date) AS episode_start,
            CASE WHEN MAX(CASE WHEN ml.end_date IS NULL THEN 1 ELSE 0 END) = 1 THEN NULL ELSE MAX(ml.end_date) END AS episode_end,
            MAX(CASE WHEN ml.last_no = 1 THEN ml.end_reason END) AS close_reason
        FROM merge_last ml
        GROUP BY ml.person_id, ml.episode_no
    ),
    spans AS (
        SELECT ep.person_id, ep.episode_key, ep.episode_start, ep.episode_end, ep.close_reason,
            LAG(ep.episode_end) OVER (PARTITION BY ep.person_id ORDER BY ep.episode_start) AS previous_end
        FROM episodes ep
    ),
    referral_forms AS (
        SELECT
                f.INSTANCEID AS instance_id,
                f.ANSWERFORSUBJECTID AS person_id,
                MAX(f.SUBMITTERPERSONID) AS submitter_id,
                MIN(f.DATESTARTED) AS started_date,
                MAX(CASE WHEN f.INSTANCESTATE = 'COMPLETE' THEN f.DATECOMPLETED END) AS completed_date,
                COALESCE(MAX(CASE WHEN f.CONTROLNAME = N'CINCensus_DateOfReferral' THEN f.DATEANSWERVALUE END),
                         MAX(CASE WHEN f.CONTROLNAME = N'CINCensus_DateOfReferral' THEN CASE WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))) LIKE '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' THEN TRY_CONVERT(DATETIME, LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))) + N' 00:00:00', 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))) LIKE '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9][ T][0-9][0-9]:[0-9][0-9]' THEN TRY_CONVERT(DATETIME, STUFF(LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))), 11, 1, N' ') + N':00', 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))) LIKE '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9][ T][0-9][0-9]:[0-9][0-9]:[0-9][0-9]%' THEN TRY_CONVERT(DATETIME, STUFF(LEFT(LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))), 19), 11, 1, N' '), 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))) LIKE '[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]' THEN TRY_CONVERT(DATETIME, LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))), 112) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))) LIKE '%_/%_/[0-9][0-9][0-9][0-9]' AND LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))) NOT LIKE '%[^0-9/]%' AND LEN(LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121)))) <= 10 THEN TRY_CONVERT(DATETIME, LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))), 103) END END)) AS referral_date,
                MAX(CASE WHEN f.CONTROLNAME = N'CINCensus_ReferralSource' THEN f.ANSWERVALUE END) AS source_text,
                MAX(CASE WHEN f.CONTROLNAME = N'CINCensus_primaryNeedCategory' THEN f.ANSWERVALUE END) AS need_text,
                MAX(CASE WHEN f.CONTROLNAME = N'AnnexAReturn_nextSteps_agreed' THEN f.ANSWERVALUE END) AS next_steps
            FROM [FORMANSWERPERSONVIEW] f
            WHERE f.DESIGNGUID = N'e6d9de9a-b56c-49d0-ab87-0f913ca8fc5f'
                AND f.INSTANCESTATE = 'COMPLETE'
            GROUP BY f.INSTANCEID, f.ANSWERFORSUBJECTID
    ),
    forms AS (
        SELECT rf.instance_id, rf.person_id, rf.submitter_id, rf.completed_date, rf.source_text, rf.need_text,
            rf.next_steps, COALESCE(rf.referral_date, rf.completed_date) AS referral_date
        FROM referral_forms rf
    ),attached AS (
        SELECT ax.person_id, ax.episode_key, ax.instance_id
        FROM (
            SELECT s.person_id, s.episode_key, fm.instance_id,
                ROW_NUMBER() OVER (PARTITION BY s.person_id, s.episode_key ORDER BY
                    CASE WHEN fm.referral_date <= s.episode_start THEN 0 ELSE 1 END,
                    CASE WHEN fm.referral_date <= s.episode_start THEN fm.referral_date END DESC,
                    fm.referral_date, fm.instance_id) AS pick
            FROM spans s
            JOIN forms fm ON fm.person_id = s.person_id
                AND (s.previous_end IS NULL OR fm.referral_date > s.previous_end)
                AND fm.referral_date <= COALESCE(s.episode_end, CAST(GETDATE() AS DATE))
        ) ax
        WHERE ax.pick = 1
    ),
    referrals AS (
        SELECT CONCAT(s.person_id, '-', COALESCE(CAST(a.instance_id AS VARCHAR(48)), s.episode_key)) AS referral_id,
            s.person_id, COALESCE(fm.referral_date, s.episode_start) AS referral_date,
            fm.source_text, fm.need_text, fm.next_steps, fm.submitter_id, s.episode_end AS close_date,
            CASE WHEN s.episode_end IS NULL THEN NULL
                ELSE COALESCE(CASE WHEN s.close_reason = N'Adopted' THEN N'RC1' WHEN s.close_reason = N'Adopted - Consent dispensed with' THEN N'RC1' WHEN s.close_reason = N'Adopted - Application unopposed' THEN N'RC1' WHEN s.close_reason = N'Adopted - PRE 2000' THEN N'RC1' WHEN s.close_reason = N'PRE-Adopted' THEN N'RC1' WHEN s.close_reason = N'Adopted consent dispensed with by court' THEN N'RC1' WHEN s.close_reason = N'ADOPTED/FREED FOR ADOPTION - PRE 2000' THEN N'RC1' WHEN s.close_reason = N'Adopted - application for an adoption order unopposed' THEN N'RC1' WHEN s.close_reason = N'Died' THEN N'RC2' WHEN s.close_reason = N'Child/young person has died' THEN N'RC2' WHEN s.close_reason = N'Child Arrangements Order' THEN N'RC3' WHEN s.close_reason = N'Residence order or a child arrangements order' THEN N'RC3' WHEN s.close_reason = N'Special Guardianship Order' THEN N'RC4' WHEN s.close_reason = N'Special guardianship made to former foster carers' THEN N'RC4' WHEN s.close_reason = N'Special guardianship made to other than former foster carers' THEN N'RC4' WHEN s.close_reason = N'Special guardianship relative/friend not former foster carer(s)' THEN N'RC4' WHEN s.close_reason = N'Special guardianship other not relative/friend/former foster carer' THEN N'RC4' WHEN s.close_reason = N'Child moved permanently from area' THEN N'RC5' WHEN s.close_reason = N'Transferred to Adult Services' THEN N'RC6' WHEN s.close_reason = N'Transferred to care of Adult Social Services' THEN N'RC6' WHEN s.close_reason = N'Transferred to residential care funded by Adult Social Services' THEN N'RC6' WHEN s.close_reason = N'Case closed after assessment, no further action' THEN N'RC8' WHEN s.close_reason = N'Case closed after assessment, referred to early help' THEN N'RC9' WHEN s.close_reason = N'Case closed after assessment, referred to EH' THEN N'RC9' END,
                    CASE WHEN UPPER(LEFT(s.close_reason, 2)) = 'RC' THEN UPPER(LEFT(s.close_reason, 3)) END, 'RC7') END AS close_code
        FROM spans s
        LEFT JOIN attached a ON a.person_id = s.person_id AND a.episode_key = s.episode_key
        LEFT JOIN forms fm ON fm.person_id = a.person_id AND fm.instance_id = a.instance_id
        UNION ALL
        SELECT CONCAT(fm.person_id, '-', fm.instance_id), fm.person_id, fm.referral_date,
            fm.source_text, fm.need_text, fm.next_steps, fm.submitter_id, COALESCE(fm.completed_date, fm.referral_date),
            CASE WHEN fm.next_steps IN (N'No further action', N'Signpost') THEN 'RC8' ELSE 'RC7' END
        FROM forms fm
        JOIN [ssd].[ssd_person] sp ON sp.pers_person_id = CAST(fm.person_id AS VARCHAR(48))
        WHERE NOT EXISTS (SELECT 1 FROM attached a2 WHERE a2.person_id = fm.person_id AND a2.instance_id = fm.instance_id)        AND NOT EXISTS (SELECT 1 FROM spans s2 WHERE s2.person_id = fm.person_id
                AND fm.referral_date >= s2.episode_start AND fm.referral_date <= COALESCE(s2.episode_end, CAST(GETDATE() AS DATE)))
    ),
    in_window AS (
        SELECT r.referral_id, r.person_id, r.referral_date AS event_date, r.referral_id AS event_key
        FROM referrals r
        WHERE r.close_date IS NULL OR r.close_date >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE))
    ),
    teams AS (
        SELECT tx.event_key, tx.team_id
        FROM (
            SELECT ev.event_key, CAST(tm.ORGANISATIONID AS VARCHAR(48)) AS team_id,
                ROW_NUMBER() OVER (PARTITION BY ev.event_key ORDER BY tm.DATESTARTED DESC, tm.RELATIONSHIPID DESC) AS pick
            FROM in_window ev
            JOIN [PERSONORGRELATIONSHIPVIEW] tm
                ON tm.PERSONID = ev.person_id AND tm.ALLOCATEDTEAMCODE = N'AT'
                AND tm.DATESTARTED <= ev.event_date AND (tm.DATEENDED IS NULL OR tm.DATEENDED >= ev.event_date)
        ) tx
        WHERE tx.pick = 1
    )
    INSERT INTO [#ssd_load_ssd_cin_episodes] ([cine_referral_id], [cine_person_id], [cine_referral_date], [cine_cin_primary_need_code], [cine_referral_source_code], [cine_referral_source_desc], [cine_referral_outcome_json], [cine_referral_nfa], [cine_close_reason], [cine_close_date], [cine_referral_team], [cine_referral_worker_id])
    SELECT
        r.referral_id,
        CAST(r.person_id AS VARCHAR(48)),
        r.referral_date,
        CASE WHEN UPPER(r.need_text) IN (N'N1', N'N2', N'N3', N'N4', N'N5', N'N6', N'N7', N'N8', N'N9', N'N0') THEN UPPER(r.need_text)
            ELSE CASE WHEN r.need_text = N'Abuse or neglect' THEN N'N1' WHEN r.need_text = N'Child''s disability' THEN N'N2' WHEN r.need_text = N'Parental illness/disability' THEN N'N3' WHEN r.need_text = N'Family in acute stress' THEN N'N4' WHEN r.need_text = N'Family dysfunction' THEN N'N5' WHEN r.need_text = N'Socially unacceptable behaviour' THEN N'N6' WHEN r.need_text = N'Low income' THEN N'N7' WHEN r.need_text = N'Absent parenting' THEN N'N8' WHEN r.need_text = N'Cases other than child in need' THEN N'N9' WHEN r.need_text = N'Not stated' THEN N'N0' END END,
        CASE WHEN UPPER(r.source_text) IN (N'1B', N'3E', N'9', N'5D', N'2B', N'5C', N'1A', N'3A', N'3B', N'4', N'1D', N'3F', N'8', N'5B', N'7', N'3D', N'6', N'2A', N'3C', N'1C', N'5A', N'10') THEN UPPER(r.source_text)
            ELSE CASE WHEN r.source_text = N'Acquaintance' THEN N'1B' WHEN r.source_text = N'A & E' THEN N'3E' WHEN r.source_text = N'Anonymous' THEN N'9' WHEN r.source_text = N'Early help' THEN N'5D' WHEN r.source_text = N'Education Services' THEN N'2B' WHEN r.source_text = N'External e.g. from another local authority' THEN N'5C' WHEN r.source_text = N'Family Member/Relative/Carer' THEN N'1A' WHEN r.source_text = N'GP' THEN N'3A' WHEN r.source_text = N'Health Visitor' THEN N'3B' WHEN r.source_text = N'Housing' THEN N'4' WHEN r.source_text = N'Other' THEN N'1D' WHEN r.source_text = N'Other Health Services' THEN N'3F' WHEN r.source_text = N'Other - including children centres' THEN N'8' WHEN r.source_text = N'Other internal e,g, BC Council' THEN N'5B' WHEN r.source_text = N'Other Legal Agency' THEN N'7' WHEN r.source_text = N'Other Primary Health Services' THEN N'3D' WHEN r.source_text = N'Police' THEN N'6' WHEN r.source_text = N'School' THEN N'2A' WHEN r.source_text = N'School Nurse' THEN N'3C' WHEN r.source_text = N'Self' THEN N'1C' WHEN r.source_text = N'Social care e.g. adult social care' THEN N'5A' WHEN r.source_text = N'Unknown' THEN N'10' END END,
        LEFT(r.source_text, 255),
        CASE WHEN r.next_steps IS NULL THEN NULL ELSE CONCAT('{'
            , '"OUTCOME_SINGLE_ASSESSMENT_FLAG": "', CASE WHEN r.next_steps IN (N'Assessment', N'Family Help Discussion (10 days)', N'Family Help Discussion (CAT) -10 days', N'Family Help Discussion (DCYP)- 10 days') THEN 'Y' ELSE 'N' END, '"'
            , ', "OUTCOME_NFA_FLAG": "', CASE WHEN r.next_steps IN (N'No further action', N'Signpost') THEN 'Y' ELSE 'N' END, '"'
            , ', "OUTCOME_STRATEGY_DISCUSSION_FLAG": "', CASE WHEN r.next_steps IN (N'Strategy Discussion/Meeting') THEN 'Y' ELSE 'N' END, '"'
            , ', "OUTCOME_CLA_REQUEST_FLAG": "', 'N', '"'
            , ', "OUTCOME_NON_AGENCY_ADOPTION_FLAG": "', CASE WHEN r.next_steps IN (N'Adoption or Special Guardianship support') THEN 'Y' ELSE 'N' END, '"'
            , ', "OUTCOME_PRIVATE_FOSTERING_FLAG": "', CASE WHEN r.next_steps IN (N'Private Fostering') THEN 'Y' ELSE 'N' END, '"'
            , ', "OUTCOME_CP_TRANSFER_IN_FLAG": "', CASE WHEN r.next_steps IN (N'Transfer in child protection conference') THEN 'Y' ELSE 'N' END, '"'
            , ', "OUTCOME_CP_CONFERENCE_FLAG": "', 'N', '"'
            , ', "OUTCOME_CARE_LEAVER_FLAG": "', 'N', '"'
            , ', "OTHER_OUTCOMES_EXIST_FLAG": "', CASE WHEN r.next_steps IN (N'Asylum seeker', N'Court Report Request Section 7/Section 37', N'Disabled children service', N'No recourse to public funds', N'Family Help Discussion(45 Day)', N'Family Help Discussion (45 days)', N'Early Intervention', N'Universal Services') THEN 'Y' ELSE 'N' END, '"'
            , '}') END,
        CASE WHEN r.next_steps = 'No further action' THEN 'Y' ELSE 'N' END,
        r.close_code,
        r.close_date,
        t.team_id,
        CAST(r.submitter_id AS VARCHAR(48))
    FROM referrals r
    JOIN in_window w ON w.referral_id = r.referral_id
    LEFT JOIN teams t ON t.event_key = r.referral_id;
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
    WITH involvements AS (
        SELECT rp.PERSONRELATIONSHIPRECORDID AS event_key, rp.PERSONID AS person_id, rp.STARTDATE AS event_date,
            rp.PROFESSIONALRELATIONSHIPPERSONID AS professional_id, rp.CLOSEDATE AS end_date,
            rp.STARTREASONCODE AS reason_code,
            CASE WHEN rp.ALLOCATEDWORKERCODE = N'AW'
                THEN N'CW' ELSE rp.RELATIONSHIPCLASSCODE END AS role_code
        FROM [RELATIONSHIPPROFESSIONALVIEW] rp
        JOIN [ssd].[ssd_person] sp ON sp.pers_person_id = CAST(rp.PERSONID AS VARCHAR(48))
        WHERE rp.CLOSEDATE IS NULL OR rp.CLOSEDATE >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE))
    ),
    teams AS (
        SELECT tx.event_key, tx.team_id
        FROM (
            SELECT ev.event_key, CAST(tm.ORGANISATIONID AS VARCHAR(48)) AS team_id,
                ROW_NUMBER() OVER (PARTITION BY ev.event_key ORDER BY tm.DATESTARTED DESC, tm.RELATIONSHIPID DESC) AS pick
            FROM involvements ev
            JOIN [PERSONORGRELATIONSHIPVIEW] tm
                ON tm.PERSONID = ev.person_id AND tm.ALLOCATEDTEAMCODE = N'AT'
                AND tm.DATESTARTED <= ev.event_date AND (tm.DATEENDED IS NULL OR tm.DATEENDED >= ev.event_date)
        ) tx
        WHERE tx.pick = 1
    ),
    referrals AS (
        SELECT rx.event_key, rx.referral_id
        FROM (
            SELECT ev.event_key, ce.cine_referral_id AS referral_id,
                ROW_NUMBER() OVER (PARTITION BY ev.event_key ORDER BY ce.cine_referral_date DESC, ce.cine_referral_id DESC) AS pick
            FROM involvements ev
            JOIN [ssd].[ssd_cin_episodes] ce
                ON ce.cine_person_id = CAST(ev.person_id AS VARCHAR(48)) AND ce.cine_referral_date <= ev.event_date
        ) rx
        WHERE rx.pick = 1
    )
    INSERT INTO [#ssd_load_ssd_involvements] ([invo_involvements_id], [invo_professional_id], [invo_professional_role_id], [invo_professional_team], [invo_person_id], [invo_involvement_start_date], [invo_involvement_end_date], [invo_worker_change_reason], [invo_referral_id])
    SELECT
        CAST(i.event_key AS VARCHAR(48)),
        CAST(i.professional_id AS VARCHAR(48)),
        LEFT(i.role_code, 200),
        t.team_id,
        CAST(i.person_id AS VARCHAR(48)),
        i.event_date,
        i.end_date,
        LEFT(i.reason_code, 200),
        r.referral_id
    FROM involvements i
    LEFT JOIN teams t ON t.event_key = i.event_key
    LEFT JOIN referrals r ON r.event_key = i.event_key;
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
    WITH relationships AS (
        SELECT rp.PROFESSIONALRELATIONSHIPPERSONID AS professional_id, rp.PROFESSIONALRELATIONSHIPNAME AS professional_name,
            ROW_NUMBER() OVER (PARTITION BY rp.PROFESSIONALRELATIONSHIPPERSONID
                ORDER BY rp.STARTDATE DESC, rp.PERSONRELATIONSHIPRECORDID DESC) AS pick
        FROM [RELATIONSHIPPROFESSIONALVIEW] rp
        JOIN [ssd].[ssd_person] sp ON sp.pers_person_id = CAST(rp.PERSONID AS VARCHAR(48))
        WHERE rp.PROFESSIONALRELATIONSHIPPERSONID IS NOT NULL
            AND (rp.CLOSEDATE IS NULL OR rp.CLOSEDATE >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)))
    ),
    registrations AS (
        SELECT rx.person_id, rx.registration_no
        FROM (
            SELECT r.PERSONID AS person_id, r.REFERENCENUMBER AS registration_no,
                ROW_NUMBER() OVER (PARTITION BY r.PERSONID ORDER BY
                    CASE WHEN r.ENDDATE IS NULL THEN 0 ELSE 1 END, r.ENDDATE DESC,
                    CASE WHEN r.STARTDATE IS NULL THEN 1 ELSE 0 END, r.STARTDATE DESC, r.REFERENCENUMBER) AS pick
            FROM [REFERENCENUMBERPERSONVIEW] r
            WHERE r.REFERENCETYPE = N'Social Work England number'
        ) rx
        WHERE rx.pick = 1
    ),
    caseloads AS (
        SELECT cw.PROFESSIONALRELATIONSHIPPERSONID AS professional_id, COUNT(DISTINCT cw.PERSONID) AS caseload
        FROM [RELATIONSHIPPROFESSIONALVIEW] cw
        WHERE cw.ALLOCATEDWORKERCODE = N'AW'
            AND cw.STARTDATE <= CAST(GETDATE() AS DATE) AND (cw.CLOSEDATE IS NULL OR cw.CLOSEDATE >= CAST(GETDATE() AS DATE))
        GROUP BY cw.PROFESSIONALRELATIONSHIPPERSONID
    )
    INSERT INTO [#ssd_load_ssd_professionals] ([prof_professional_id], [prof_staff_id], [prof_professional_name], [prof_social_worker_registration_no], [prof_agency_worker_flag], [prof_professional_job_title], [prof_professional_caseload], [prof_professional_department], [prof_full_time_equivalency])
    SELECT
        CAST(p.professional_id AS VARCHAR(48)),
        CAST(p.professional_id AS VARCHAR(48)),
        LEFT(p.professional_name, 300),
        LEFT(g.registration_no, 48),
        NULL,
        NULL,
        COALESCE(c.caseload, 0),
        NULL,
        NULL
    FROM relationships p
    LEFT JOIN registrations g ON g.person_id = p.professional_id
    LEFT JOIN caseloads c ON c.professional_id = p.professional_id
    WHERE p.pick = 1;
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
    WITH child_assessments AS (
        SELECT
                f.INSTANCEID AS instance_id,
                f.ANSWERFORSUBJECTID AS person_id,
                MAX(f.SUBMITTERPERSONID) AS submitter_id,
                MIN(f.DATESTARTED) AS started_date,
                MAX(CASE WHEN f.INSTANCESTATE = 'COMPLETE' THEN f.DATECOMPLETED END) AS completed_date,
                COALESCE(MAX(CASE WHEN f.CONTROLNAME = N'CINCensus_startDateOfForm' THEN f.DATEANSWERVALUE END),
                         MAX(CASE WHEN f.CONTROLNAME = N'CINCensus_startDateOfForm' THEN CASE WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))) LIKE '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' THEN TRY_CONVERT(DATETIME, LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))) + N' 00:00:00', 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))) LIKE '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9][ T][0-9][0-9]:[0-9][0-9]' THEN TRY_CONVERT(DATETIME, STUFF(LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))), 11, 1, N' ') + N':00', 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))) LIKE '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9][ T][0-9][0-9]:[0-9][0-9]:[0-9][0-9]%' THEN TRY_CONVERT(DATETIME, STUFF(LEFT(LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))), 19), 11, 1, N' '), 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))) LIKE '[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]' THEN TRY_CONVERT(DATETIME, LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))), 112) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))) LIKE '%_/%_/[0-9][0-9][0-9][0-9]' AND LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))) NOT LIKE '%[^0-9/]%' AND LEN(LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121)))) <= 10 THEN TRY_CONVERT(DATETIME, LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))), 103) END END)) AS start_date,
                MAX(CASE WHEN f.CONTROLNAME = N'SeenAlone' THEN f.ANSWERVALUE END) AS seen,
                MAX(CASE WHEN f.CONTROLNAME = N'WorkerOutcome' THEN f.ANSWERVALUE END) AS outcome
            FROM [FORMANSWERPERSONVIEW] f
            WHERE f.DESIGNGUID = N'94b3f530-a918-4f33-85c2-0ae355c9c2fd'
                AND COALESCE(f.INSTANCESTATE, '') NOT IN (N'DELETED', N'CANCELLED', N'DISCARDED')
                AND f.DESIGNSUBNAME IN (N'Single assessment', N'Reassessment')
            GROUP BY f.INSTANCEID, f.ANSWERFORSUBJECTID
    ),
    discussions AS (
        SELECT
                f.INSTANCEID AS instance_id,
                f.ANSWERFORSUBJECTID AS person_id,
                MAX(f.SUBMITTERPERSONID) AS submitter_id,
                MIN(f.DATESTARTED) AS started_date,
                MAX(CASE WHEN f.INSTANCESTATE = 'COMPLETE' THEN f.DATECOMPLETED END) AS completed_date,
                COALESCE(MAX(CASE WHEN f.CONTROLNAME = N'dateOfDocument' THEN f.DATEANSWERVALUE END),
                         MAX(CASE WHEN f.CONTROLNAME = N'dateOfDocument' THEN CASE WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))) LIKE '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' THEN TRY_CONVERT(DATETIME, LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))) + N' 00:00:00', 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))) LIKE '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9][ T][0-9][0-9]:[0-9][0-9]' THEN TRY_CONVERT(DATETIME, STUFF(LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))), 11, 1, N' ') + N':00', 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))) LIKE '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9][ T][0-9][0-9]:[0-9][0-9]:[0-9][0-9]%' THEN TRY_CONVERT(DATETIME, STUFF(LEFT(LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))), 19), 11, 1, N' '), 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))) LIKE '[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]' THEN TRY_CONVERT(DATETIME, LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))), 112) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))) LIKE '%_/%_/[0-9][0-9][0-9][0-9]' AND LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))) NOT LIKE '%[^0-9/]%' AND LEN(LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121)))) <= 10 THEN TRY_CONVERT(DATETIME, LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))), 103) END END)) AS start_date,
                MAX(CASE WHEN f.CONTROLNAME = N'wasTheChildSeen' THEN f.ANSWERVALUE END) AS seen,
                MAX(CASE WHEN f.CONTROLNAME = N'outcomes2' THEN f.ANSWERVALUE END) AS outcome
            FROM [FORMANSWERPERSONVIEW] f
            WHERE f.DESIGNGUID = N'6d3b942a-37ad-40ef-8cc6-b202d2cd1c0e'
                AND COALESCE(f.INSTANCESTATE, '') NOT IN (N'DELETED', N'CANCELLED', N'DISCARDED')
            GROUP BY f.INSTANCEID, f.ANSWERFORSUBJECTID
    ),
    assessments AS (
        SELECT CONCAT(ca.person_id, '-', ca.instance_id) AS event_key, ca.person_id, ca.start_date AS event_date,
            ca.completed_date, ca.outcome,
            CASE WHEN ca.seen IN ('Child seen alone', 'Child seen with others') THEN 'Y' ELSE 'N' END AS child_seen
        FROM child_assessments ca
        UNION ALL
        SELECT CONCAT(d.person_id, '-', d.instance_id), d.person_id, d.start_date, d.completed_date, d.outcome,
            CASE WHEN UPPER(LEFT(LTRIM(d.seen), 1)) IN ('Y', 'N') THEN UPPER(LEFT(LTRIM(d.seen), 1)) END
        FROM discussions d
    ),
    in_scope AS (
        SELECT a.event_key, a.person_id, a.event_date, a.completed_date, a.outcome, a.child_seen
        FROM assessments a
        JOIN [ssd].[ssd_person] sp ON sp.pers_person_id = CAST(a.person_id AS VARCHAR(48))
        WHERE a.event_date IS NOT NULL
            AND (a.completed_date IS NULL OR a.completed_date >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)))
    ),
    referrals AS (
        SELECT rx.event_key, rx.referral_id
        FROM (
            SELECT ev.event_key, ce.cine_referral_id AS referral_id,
                ROW_NUMBER() OVER (PARTITION BY ev.event_key ORDER BY ce.cine_referral_date DESC, ce.cine_referral_id DESC) AS pick
            FROM in_scope ev
            JOIN [ssd].[ssd_cin_episodes] ce
                ON ce.cine_person_id = CAST(ev.person_id AS VARCHAR(48)) AND ce.cine_referral_date <= ev.event_date
        ) rx
        WHERE rx.pick = 1
    ),
    teams AS (
        SELECT tx.event_key, tx.team_id
        FROM (
            SELECT ev.event_key, CAST(tm.ORGANISATIONID AS VARCHAR(48)) AS team_id,
                ROW_NUMBER() OVER (PARTITION BY ev.event_key ORDER BY tm.DATESTARTED DESC, tm.RELATIONSHIPID DESC) AS pick
            FROM in_scope ev
            JOIN [PERSONORGRELATIONSHIPVIEW] tm
                ON tm.PERSONID = ev.person_id AND tm.ALLOCATEDTEAMCODE = N'AT'
                AND tm.DATESTARTED <= ev.event_date AND (tm.DATEENDED IS NULL OR tm.DATEENDED >= ev.event_date)
        ) tx
        WHERE tx.pick = 1
    ),
    workers AS (
        SELECT wx.event_key, wx.worker_id
        FROM (
            SELECT ev.event_key, CAST(aw.PROFESSIONALRELATIONSHIPPERSONID AS VARCHAR(48)) AS worker_id,
                ROW_NUMBER() OVER (PARTITION BY ev.event_key ORDER BY aw.STARTDATE DESC, aw.PERSONRELATIONSHIPRECORDID DESC) AS pick
            FROM in_scope ev
            JOIN [RELATIONSHIPPROFESSIONALVIEW] aw
                ON aw.PERSONID = ev.person_id AND aw.ALLOCATEDWORKERCODE = N'AW'
                AND aw.STARTDATE <= ev.event_date AND (aw.CLOSEDATE IS NULL OR aw.CLOSEDATE >= ev.event_date)
        ) wx
        WHERE wx.pick = 1
    )
    INSERT INTO [#ssd_load_ssd_cin_assessments] ([cina_assessment_id], [cina_person_id], [cina_referral_id], [cina_assessment_start_date], [cina_assessment_child_seen], [cina_assessment_auth_date], [cina_assessment_outcome_json], [cina_assessment_outcome_nfa], [cina_assessment_team], [cina_assessment_worker_id])
    SELECT
        a.event_key,
        CAST(a.person_id AS VARCHAR(48)),
        r.referral_id,
        a.event_date,
        a.child_seen,
        a.completed_date,
        CONCAT('{'
            , '"OUTCOME_NFA_FLAG": "', CASE WHEN a.outcome IN (N'Case Closure', N'Step down to Universal Services/Signposting', N'Advice, Guidance and signposting', N'Transfer to Early Support Plan') THEN 'Y' ELSE 'N' END, '"'
            , ', "OUTCOME_NFA_S47_END_FLAG": "', 'N', '"'
            , ', "OUTCOME_STRATEGY_DISCUSSION_FLAG": "', CASE WHEN a.outcome IN (N'Progress to Child Protection', N'Recommend/Progress to Strategy discussion') THEN 'Y' ELSE 'N' END, '"'
            , ', "OUTCOME_CLA_REQUEST_FLAG": "', CASE WHEN a.outcome IN (N'Recommend Child looked after planning', N'Privately fostered child', N'Recommend Children and Young People in Care planning') THEN 'Y' ELSE 'N' END, '"'
            , ', "OUTCOME_PRIVATE_FOSTERING_FLAG": "', CASE WHEN a.outcome IN (N'Privately fostered child not deemed to be child in need') THEN 'Y' ELSE 'N' END, '"'
            , ', "OUTCOME_LEGAL_ACTION_FLAG": "', 'N', '"'
            , ', "OUTCOME_PROV_OF_SERVICES_FLAG": "', CASE WHEN a.outcome IN (N'Recommend Child in Need planning', N'Continue with existing plan', N'Recommend Disabled Children and Young People', N'Recommend Family Help SEND Service', N'Recommend/Progress to Family Help Discussion') THEN 'Y' ELSE 'N' END, '"'
            , ', "OUTCOME_PROV_OF_SB_CARE_FLAG": "', CASE WHEN a.outcome IN (N'Short Break (Child in need)') THEN 'Y' ELSE 'N' END, '"'
            , ', "OUTCOME_SPECIALIST_ASSESSMENT_FLAG": "', 'N', '"'
            , ', "OUTCOME_REFERRAL_TO_OTHER_AGENCY_FLAG": "', 'N', '"'
            , ', "OUTCOME_OTHER_ACTIONS_FLAG": "', 'N', '"'
            , ', "OTHER_OUTCOMES_EXIST_FLAG": "', CASE WHEN a.outcome IN (N'Refer to Early Intervention', N'Transfer (CIN / CP / CLA)') THEN 'Y' ELSE 'N' END, '"'
            , ', "TOTAL_NO_OF_OUTCOMES": ""}'),
        CASE WHEN a.completed_date IS NULL THEN NULL ELSE CASE WHEN a.outcome IN (N'Case Closure', N'Step down to Universal Services/Signposting', N'Advice, Guidance and signposting', N'Transfer to Early Support Plan') THEN 'Y' ELSE 'N' END END,
        t.team_id,
        w.worker_id
    FROM in_scope a
    LEFT JOIN referrals r ON r.event_key = a.event_key
    LEFT JOIN teams t ON t.event_key = a.event_key
    LEFT JOIN workers w ON w.event_key = a.event_key;
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
    WITH answers AS (
        SELECT
                f.INSTANCEID AS instance_id,
                f.ANSWERFORSUBJECTID AS person_id,
                MAX(f.SUBMITTERPERSONID) AS submitter_id,
                MIN(f.DATESTARTED) AS started_date,
                MAX(CASE WHEN f.INSTANCESTATE = 'COMPLETE' THEN f.DATECOMPLETED END) AS completed_date,
                MAX(CASE WHEN f.CONTROLNAME = N'CINCensus_childSpecificFactor' THEN f.SHORTANSWERVALUE END) AS specific,
                MAX(CASE WHEN f.CONTROLNAME = N'CINCensus_allegedPerpetratorOfPhysicalAbuse' THEN f.ANSWERVALUE END) AS physical_by,
                MAX(CASE WHEN f.CONTROLNAME = N'CINCensus_allegedPerpetratorOfSexualAbuse' THEN f.ANSWERVALUE END) AS sexual_by,
                MAX(CASE WHEN f.CONTROLNAME = N'CINCensus_alcoholChild' THEN f.ANSWERVALUE END) AS f1A,
                MAX(CASE WHEN f.CONTROLNAME = N'CINCensus_alcoholParent' THEN f.ANSWERVALUE END) AS f1B,
                MAX(CASE WHEN f.CONTROLNAME = N'CINCensus_alcoholOtherPersonHousehold' THEN f.ANSWERVALUE END) AS f1C,
                MAX(CASE WHEN f.CONTROLNAME = N'CINCensus_drugChild' THEN f.ANSWERVALUE END) AS f2A,
                MAX(CASE WHEN f.CONTROLNAME = N'CINCensus_drugParent' THEN f.ANSWERVALUE END) AS f2B,
                MAX(CASE WHEN f.CONTROLNAME = N'CINCensus_drugOtherPersonHousehold' THEN f.ANSWERVALUE END) AS f2C,
                MAX(CASE WHEN f.CONTROLNAME = N'CINCensus_domesticViolenceChild' THEN f.ANSWERVALUE END) AS f3A,
                MAX(CASE WHEN f.CONTROLNAME = N'CINCensus_domesticViolenceParent' THEN f.ANSWERVALUE END) AS f3B,
                MAX(CASE WHEN f.CONTROLNAME = N'CINCensus_domesticViolenceOtherPersonHousehold' THEN f.ANSWERVALUE END) AS f3C,
                MAX(CASE WHEN f.CONTROLNAME = N'CINCensus_mentalHealthChild' THEN f.ANSWERVALUE END) AS f4A,
                MAX(CASE WHEN f.CONTROLNAME = N'CINCensus_mentalHealthParent' THEN f.ANSWERVALUE END) AS f4B,
                MAX(CASE WHEN f.CONTROLNAME = N'CINCensus_mentalHealthOtherPerson' THEN f.ANSWERVALUE END) AS f4C,
                MAX(CASE WHEN f.CONTROLNAME = N'CINCensus_learnDisChild' THEN f.ANSWERVALUE END) AS f5A,
                MAX(CASE WHEN f.CONTROLNAME = N'CINCensus_learnDisParent' THEN f.ANSWERVALUE END) AS f5B,
                MAX(CASE WHEN f.CONTROLNAME = N'CINCensus_learnDisOtherPersonHousehold' THEN f.ANSWERVALUE END) AS f5C,
                MAX(CASE WHEN f.CONTROLNAME = N'CINCensus_physDisChild' THEN f.ANSWERVALUE END) AS f6A,
                MAX(CASE WHEN f.CONTROLNAME = N'CINCensus_physDisParent' THEN f.ANSWERVALUE END) AS f6B,
                MAX(CASE WHEN f.CONTROLNAME = N'CINCensus_physDisOtherPersonHousehold' THEN f.ANSWERVALUE END) AS f6C
            FROM [FORMANSWERPERSONVIEW] f
            WHERE f.DESIGNGUID = N'94b3f530-a918-4f33-85c2-0ae355c9c2fd'
                AND COALESCE(f.INSTANCESTATE, '') NOT IN (N'DELETED', N'CANCELLED', N'DISCARDED')
                AND f.DESIGNSUBNAME IN (N'Single assessment', N'Reassessment')
            GROUP BY f.INSTANCEID, f.ANSWERFORSUBJECTID
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
    )
    INSERT INTO [#ssd_load_ssd_assessment_factors] ([cinf_table_id], [cinf_assessment_id], [cinf_assessment_factors_json])
    SELECT
        c.assessment_id,
        c.assessment_id,
        CASE WHEN c.listed = '' THEN '["21"]' ELSE CONCAT('[', SUBSTRING(c.listed, 2, 4000), ']') END
    FROM codes c
    JOIN [ssd].[ssd_cin_assessments] ca ON ca.cina_assessment_id = c.assessment_id;
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
    WITH merge_rows AS (
        SELECT c.PERSONID AS person_id, CAST(c.CLASSIFICATIONASSIGNMENTID AS VARCHAR(48)) AS row_key,
                c.STARTDATE AS start_date, c.ENDDATE AS end_date, c.ENDREASON AS end_reason
            FROM [CLASSIFICATIONPERSONVIEW] c
            JOIN [ssd].[ssd_person] sp ON sp.pers_person_id = CAST(c.PERSONID AS VARCHAR(48))
            WHERE (c.CLASSIFICATIONPATHID IN (4) OR c.CLASSIFICATIONCODEID IN (1270))
                AND COALESCE(c.STATUS, '') <> 'DELETED' AND c.STARTDATE IS NOT NULL
    ),
    merge_marked AS (
        SELECT mr.person_id, mr.row_key, mr.start_date, mr.end_date, mr.end_reason,
            COALESCE(mr.end_date, CAST(GETDATE() AS DATE)) AS end_or_today,
            CASE WHEN MAX(COALESCE(mr.end_date, CAST(GETDATE() AS DATE))) OVER (PARTITION BY mr.person_id
                    ORDER BY mr.start_date, mr.row_key ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
                    >= DATEADD(DAY, 0, mr.start_date) THEN 0 ELSE 1 END AS is_new
        FROM merge_rows mr
    ),
    merge_grouped AS (
        SELECT mm.person_id, mm.row_key, mm.start_date, mm.end_date, mm.end_reason, mm.end_or_today,
            SUM(mm.is_new) OVER (PARTITION BY mm.person_id ORDER BY mm.start_date, mm.row_key
                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS episode_no,
            mm.is_new,
            ROW_NUMBER() OVER (PARTITION BY mm.person_id ORDER BY mm.start_date, mm.row_key) AS row_no
        FROM merge_marked mm
    ),
    merge_last AS (
        SELECT mg.person_id, mg.row_key, mg.start_date, mg.end_date, mg.end_reason, mg.episode_no, mg.is_new,
            ROW_NUMBER() OVER (PARTITION BY mg.person_id, mg.episode_no
                ORDER BY mg.end_or_today DESC, CASE WHEN mg.end_date IS NULL THEN 0 ELSE 1 END, mg.row_no DESC) AS last_no
        FROM merge_grouped mg
    ),episodes AS (
        SELECT ml.person_id,
            MAX(CASE WHEN ml.is_new = 1 THEN ml.row_key END) AS episode_key,
            MIN(ml.start_date) AS episode_start,
            CASE WHEN MAX(CASE WHEN ml.end_date IS NULL THEN 1 ELSE 0 END) = 1 THEN NULL ELSE MAX(ml.end_date) END AS episode_end,
            MAX(CASE WHEN ml.last_no = 1 THEN ml.end_reason END) AS close_reason
        FROM merge_last ml
        GROUP BY ml.person_id, ml.episode_no
    ),
    plans AS (
        SELECT ep.episode_key AS event_key, ep.person_id, ep.episode_start AS event_date, ep.episode_end
        FROM episodes ep
        WHERE ep.episode_end IS NULL OR ep.episode_end >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE))
    ),
    referrals AS (
        SELECT rx.event_key, rx.referral_id
        FROM (
            SELECT ev.event_key, ce.cine_referral_id AS referral_id,
                ROW_NUMBER() OVER (PARTITION BY ev.event_key ORDER BY ce.cine_referral_date DESC, ce.cine_referral_id DESC) AS pick
            FROM plans ev
            JOIN [ssd].[ssd_cin_episodes] ce
                ON ce.cine_person_id = CAST(ev.person_id AS VARCHAR(48)) AND ce.cine_referral_date <= ev.event_date
        ) rx
        WHERE rx.pick = 1
    ),
    teams AS (
        SELECT tx.event_key, tx.team_id
        FROM (
            SELECT ev.event_key, CAST(tm.ORGANISATIONID AS VARCHAR(48)) AS team_id,
                ROW_NUMBER() OVER (PARTITION BY ev.event_key ORDER BY tm.DATESTARTED DESC, tm.RELATIONSHIPID DESC) AS pick
            FROM plans ev
            JOIN [PERSONORGRELATIONSHIPVIEW] tm
                ON tm.PERSONID = ev.person_id AND tm.ALLOCATEDTEAMCODE = N'AT'
                AND tm.DATESTARTED <= ev.event_date AND (tm.DATEENDED IS NULL OR tm.DATEENDED >= ev.event_date)
        ) tx
        WHERE tx.pick = 1
    ),
    workers AS (
        SELECT wx.event_key, wx.worker_id
        FROM (
            SELECT ev.event_key, CAST(aw.PROFESSIONALRELATIONSHIPPERSONID AS VARCHAR(48)) AS worker_id,
                ROW_NUMBER() OVER (PARTITION BY ev.event_key ORDER BY aw.STARTDATE DESC, aw.PERSONRELATIONSHIPRECORDID DESC) AS pick
            FROM plans ev
            JOIN [RELATIONSHIPPROFESSIONALVIEW] aw
                ON aw.PERSONID = ev.person_id AND aw.ALLOCATEDWORKERCODE = N'AW'
                AND aw.STARTDATE <= ev.event_date AND (aw.CLOSEDATE IS NULL OR aw.CLOSEDATE >= ev.event_date)
        ) wx
        WHERE wx.pick = 1
    )
    INSERT INTO [#ssd_load_ssd_cin_plans] ([cinp_cin_plan_id], [cinp_referral_id], [cinp_person_id], [cinp_cin_plan_start_date], [cinp_cin_plan_end_date], [cinp_cin_plan_team], [cinp_cin_plan_worker_id])
    SELECT
        p.event_key,
        r.referral_id,
        CAST(p.person_id AS VARCHAR(48)),
        p.event_date,
        p.episode_end,
        t.team_id,
        w.worker_id
    FROM plans p
    LEFT JOIN referrals r ON r.event_key = p.event_key
    LEFT JOIN teams t ON t.event_key = p.event_key
    LEFT JOIN workers w ON w.event_key = p.event_key;
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
    WITH s47_forms AS (
        SELECT
                f.INSTANCEID AS instance_id,
                f.ANSWERFORSUBJECTID AS person_id,
                MAX(f.SUBMITTERPERSONID) AS submitter_id,
                MIN(f.DATESTARTED) AS started_date,
                MAX(CASE WHEN f.INSTANCESTATE = 'COMPLETE' THEN f.DATECOMPLETED END) AS completed_date,
                COALESCE(MAX(CASE WHEN f.CONTROLNAME = N'AnnexAReturn_dateOfStratMeeting' THEN f.DATEANSWERVALUE END),
                         MAX(CASE WHEN f.CONTROLNAME = N'AnnexAReturn_dateOfStratMeeting' THEN CASE WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))) LIKE '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' THEN TRY_CONVERT(DATETIME, LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))) + N' 00:00:00', 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))) LIKE '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9][ T][0-9][0-9]:[0-9][0-9]' THEN TRY_CONVERT(DATETIME, STUFF(LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))), 11, 1, N' ') + N':00', 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))) LIKE '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9][ T][0-9][0-9]:[0-9][0-9]:[0-9][0-9]%' THEN TRY_CONVERT(DATETIME, STUFF(LEFT(LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))), 19), 11, 1, N' '), 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))) LIKE '[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]' THEN TRY_CONVERT(DATETIME, LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))), 112) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))) LIKE '%_/%_/[0-9][0-9][0-9][0-9]' AND LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))) NOT LIKE '%[^0-9/]%' AND LEN(LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121)))) <= 10 THEN TRY_CONVERT(DATETIME, LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))), 103) END END)) AS start_date,
                MAX(CASE WHEN f.CONTROLNAME = N'CINCensus_unsubWhatNeedsToHappenNext' THEN f.ANSWERVALUE END) AS next_unsubstantiated,
                MAX(CASE WHEN f.CONTROLNAME = N'CINCensus_whatNeedsToHappenNext' THEN f.ANSWERVALUE END) AS next_step,
                MAX(CASE WHEN f.CONTROLNAME = N'CINCensus_outcomeOfSection47Enquiry' THEN f.ANSWERVALUE END) AS comments
            FROM [FORMANSWERPERSONVIEW] f
            WHERE f.DESIGNGUID = N'fdca0a95-8578-43ca-97ff-ad3a8adf57de'
                AND COALESCE(f.INSTANCESTATE, '') NOT IN (N'DELETED', N'CANCELLED', N'DISCARDED')
            GROUP BY f.INSTANCEID, f.ANSWERFORSUBJECTID
    ),
    enquiries AS (
        SELECT CONCAT(s.person_id, '-', s.instance_id) AS event_key, s.person_id,
            COALESCE(s.start_date, s.started_date) AS event_date, s.completed_date,
            COALESCE(s.next_unsubstantiated, s.next_step) AS outcome, s.comments
        FROM s47_forms s
        JOIN [ssd].[ssd_person] sp ON sp.pers_person_id = CAST(s.person_id AS VARCHAR(48))
        WHERE COALESCE(s.start_date, s.started_date) IS NOT NULL
            AND (s.completed_date IS NULL OR s.completed_date >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)))
    ),
    referrals AS (
        SELECT rx.event_key, rx.referral_id
        FROM (
            SELECT ev.event_key, ce.cine_referral_id AS referral_id,
                ROW_NUMBER() OVER (PARTITION BY ev.event_key ORDER BY ce.cine_referral_date DESC, ce.cine_referral_id DESC) AS pick
            FROM enquiries ev
            JOIN [ssd].[ssd_cin_episodes] ce
                ON ce.cine_person_id = CAST(ev.person_id AS VARCHAR(48)) AND ce.cine_referral_date <= ev.event_date
        ) rx
        WHERE rx.pick = 1
    ),
    teams AS (
        SELECT tx.event_key, tx.team_id
        FROM (
            SELECT ev.event_key, CAST(tm.ORGANISATIONID AS VARCHAR(48)) AS team_id,
                ROW_NUMBER() OVER (PARTITION BY ev.event_key ORDER BY tm.DATESTARTED DESC, tm.RELATIONSHIPID DESC) AS pick
            FROM enquiries ev
            JOIN [PERSONORGRELATIONSHIPVIEW] tm
                ON tm.PERSONID = ev.person_id AND tm.ALLOCATEDTEAMCODE = N'AT'
                AND tm.DATESTARTED <= ev.event_date AND (tm.DATEENDED IS NULL OR tm.DATEENDED >= ev.event_date)
        ) tx
        WHERE tx.pick = 1
    ),
    workers AS (
        SELECT wx.event_key, wx.worker_id
        FROM (
            SELECT ev.event_key, CAST(aw.PROFESSIONALRELATIONSHIPPERSONID AS VARCHAR(48)) AS worker_id,
                ROW_NUMBER() OVER (PARTITION BY ev.event_key ORDER BY aw.STARTDATE DESC, aw.PERSONRELATIONSHIPRECORDID DESC) AS pick
            FROM enquiries ev
            JOIN [RELATIONSHIPPROFESSIONALVIEW] aw
                ON aw.PERSONID = ev.person_id AND aw.ALLOCATEDWORKERCODE = N'AW'
                AND aw.STARTDATE <= ev.event_date AND (aw.CLOSEDATE IS NULL OR aw.CLOSEDATE >= ev.event_date)
        ) wx
        WHERE wx.pick = 1
    )
    INSERT INTO [#ssd_load_ssd_s47_enquiry] ([s47e_s47_enquiry_id], [s47e_referral_id], [s47e_person_id], [s47e_s47_start_date], [s47e_s47_end_date], [s47e_s47_nfa], [s47e_s47_outcome_json], [s47e_s47_completed_by_team], [s47e_s47_completed_by_worker_id])
    SELECT
        e.event_key,
        r.referral_id,
        CAST(e.person_id AS VARCHAR(48)),
        e.event_date,
        e.completed_date,
        CASE WHEN e.completed_date IS NULL THEN NULL ELSE CASE WHEN e.outcome IN (N'No further action') THEN 'Y' ELSE 'N' END END,
        CASE WHEN e.completed_date IS NULL THEN NULL ELSE CONCAT('{'
            , '"NFA_FLAG": "', CASE WHEN e.outcome IN (N'No further action') THEN 'Y' ELSE 'N' END, '"'
            , ', "LEGAL_ACTION_FLAG": "', 'N', '"'
            , ', "PROV_OF_SERVICES_FLAG": "', 'N', '"'
            , ', "PROV_OF_SB_CARE_FLAG": "', 'N', '"'
            , ', "CP_CONFERENCE_FLAG": "', CASE WHEN e.outcome IN (N'Convene initial child protection conference') THEN 'Y' ELSE 'N' END, '"'
            , ', "NFA_CONTINUE_SINGLE_FLAG": "', CASE WHEN e.outcome IN (N'Continue discussion and plan', N'Continue assessment / plan', N'Continue assessment and plan') THEN 'Y' ELSE 'N' END, '"'
            , ', "MONITOR_FLAG": "', 'N', '"'
            , ', "OTHER_OUTCOMES_EXIST_FLAG": "', CASE WHEN e.outcome IN (N'Further strategy meeting') THEN 'Y' ELSE 'N' END, '"'
            , ', "TOTAL_NO_OF_OUTCOMES": null, "OUTCOME_COMMENTS": "', REPLACE(REPLACE(COALESCE(LEFT(e.comments, 350), ''), '\', '\\'), '"', '\"'), '"}') END,
        t.team_id,
        w.worker_id
    FROM enquiries e
    LEFT JOIN referrals r ON r.event_key = e.event_key
    LEFT JOIN teams t ON t.event_key = e.event_key
    LEFT JOIN workers w ON w.event_key = e.event_key;
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
    WITH meetings AS (
        SELECT
                f.INSTANCEID AS instance_id,
                f.ANSWERFORSUBJECTID AS person_id,
                MAX(f.SUBMITTERPERSONID) AS submitter_id,
                MIN(f.DATESTARTED) AS started_date,
                MAX(CASE WHEN f.INSTANCESTATE = 'COMPLETE' THEN f.DATECOMPLETED END) AS completed_date,
                MAX(CASE WHEN f.CONTROLNAME = N'AnnexAReturn_typeOfMeeting' THEN f.ANSWERVALUE END) AS meeting_type,
                COALESCE(MAX(CASE WHEN f.CONTROLNAME = N'903Return_dateOfMeetingConference' THEN f.DATEANSWERVALUE END),
                         MAX(CASE WHEN f.CONTROLNAME = N'903Return_dateOfMeetingConference' THEN CASE WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))) LIKE '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' THEN TRY_CONVERT(DATETIME, LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))) + N' 00:00:00', 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))) LIKE '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9][ T][0-9][0-9]:[0-9][0-9]' THEN TRY_CONVERT(DATETIME, STUFF(LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))), 11, 1, N' ') + N':00', 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))) LIKE '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9][ T][0-9][0-9]:[0-9][0-9]:[0-9][0-9]%' THEN TRY_CONVERT(DATETIME, STUFF(LEFT(LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))), 19), 11, 1, N' '), 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))) LIKE '[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]' THEN TRY_CONVERT(DATETIME, LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))), 112) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))) LIKE '%_/%_/[0-9][0-9][0-9][0-9]' AND LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))) NOT LIKE '%[^0-9/]%' AND LEN(LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121)))) <= 10 THEN TRY_CONVERT(DATETIME, LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))), 103) END END)) AS meeting_date,
                MAX(CASE WHEN f.CONTROLNAME = N'ChildProtectionNextStep' THEN f.ANSWERVALUE END) AS next_step
            FROM [FORMANSWERPERSONVIEW] f
            WHERE f.DESIGNGUID = N'21e01e2e-fd65-439d-a8aa-a179106a3d45'
                AND f.INSTANCESTATE = 'COMPLETE'
                AND f.DESIGNSUBNAME IN (N'Child Protection - Initial Conference')
            GROUP BY f.INSTANCEID, f.ANSWERFORSUBJECTID
    ),
    conferences AS (
        SELECT CONCAT(m.person_id, '-', m.instance_id) AS event_key, m.instance_id, m.person_id,
            COALESCE(m.meeting_date, m.completed_date) AS event_date, m.meeting_type, m.next_step
        FROM meetings m
        JOIN [ssd].[ssd_person] sp ON sp.pers_person_id = CAST(m.person_id AS VARCHAR(48))
        WHERE m.meeting_type IN (N'Child Protection (Initial child protection conference)', N'Child Protection (Transfer in conference)')
            AND COALESCE(m.meeting_date, m.completed_date) >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE))
    ),
    strategy AS (
        SELECT
                f.INSTANCEID AS instance_id,
                f.ANSWERFORSUBJECTID AS person_id,
                MAX(f.SUBMITTERPERSONID) AS submitter_id,
                MIN(f.DATESTARTED) AS started_date,
                MAX(CASE WHEN f.INSTANCESTATE = 'COMPLETE' THEN f.DATECOMPLETED END) AS completed_date,
                COALESCE(MAX(CASE WHEN f.CONTROLNAME = N'dateOfMeeting' THEN f.DATEANSWERVALUE END),
                         MAX(CASE WHEN f.CONTROLNAME = N'dateOfMeeting' THEN CASE WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))) LIKE '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' THEN TRY_CONVERT(DATETIME, LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))) + N' 00:00:00', 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))) LIKE '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9][ T][0-9][0-9]:[0-9][0-9]' THEN TRY_CONVERT(DATETIME, STUFF(LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))), 11, 1, N' ') + N':00', 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))) LIKE '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9][ T][0-9][0-9]:[0-9][0-9]:[0-9][0-9]%' THEN TRY_CONVERT(DATETIME, STUFF(LEFT(LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))), 19), 11, 1, N' '), 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))) LIKE '[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]' THEN TRY_CONVERT(DATETIME, LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))), 112) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))) LIKE '%_/%_/[0-9][0-9][0-9][0-9]' AND LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))) NOT LIKE '%[^0-9/]%' AND LEN(LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121)))) <= 10 THEN TRY_CONVERT(DATETIME, LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))), 103) END END)) AS meeting_date
            FROM [FORMANSWERPERSONVIEW] f
            WHERE f.DESIGNGUID = N'f9a86a19-ea09-41f0-9403-a88e2b0e738a'
                AND f.INSTANCESTATE = 'COMPLETE'
            GROUP BY f.INSTANCEID, f.ANSWERFORSUBJECTID
    ),
    latest_strategy AS (
        SELECT c.event_key, MAX(sd.meeting_date) AS strategy_date
        FROM conferences c
        JOIN strategy sd ON sd.person_id = c.person_id AND sd.meeting_date <= c.event_date
        GROUP BY c.event_key
    ),
    bank_holidays AS (
        SELECT CAST(bh.holiday AS DATE) AS holiday
        FROM (VALUES (N'2020-01-01'), (N'2020-04-10'), (N'2020-04-13'), (N'2020-05-08'), (N'2020-05-25'), (N'2020-08-31'), (N'2020-12-25'), (N'2020-12-28'), (N'2021-01-01'), (N'2021-04-02'), (N'2021-04-05'), (N'2021-05-03'), (N'2021-05-31'), (N'2021-08-30'), (N'2021-12-27'), (N'2021-12-28'), (N'2022-01-03'), (N'2022-04-15'), (N'2022-04-18'), (N'2022-05-02'), (N'2022-06-02'), (N'2022-06-03'), (N'2022-08-29'), (N'2022-09-19'), (N'2022-12-26'), (N'2022-12-27'), (N'2023-01-02'), (N'2023-04-07'), (N'2023-04-10'), (N'2023-05-01'), (N'2023-05-08'), (N'2023-05-29'), (N'2023-08-28'), (N'2023-12-25'), (N'2023-12-26'), (N'2024-01-01'), (N'2024-03-29'), (N'2024-04-01'), (N'2024-05-06'), (N'2024-05-27'), (N'2024-08-26'), (N'2024-12-25'), (N'2024-12-26'), (N'2025-01-01'), (N'2025-04-18'), (N'2025-04-21'), (N'2025-05-05'), (N'2025-05-26'), (N'2025-08-25'), (N'2025-12-25'), (N'2025-12-26'), (N'2026-01-01'), (N'2026-04-03'), (N'2026-04-06'), (N'2026-05-04'), (N'2026-05-25'), (N'2026-08-31'), (N'2026-12-25'), (N'2026-12-28'), (N'2027-01-01'), (N'2027-03-26'), (N'2027-03-29'), (N'2027-05-03'), (N'2027-05-31'), (N'2027-08-30'), (N'2027-12-27'), (N'2027-12-28')) AS bh (holiday)
    ),target_base AS (
        SELECT ls.event_key, ls.strategy_date,
            CASE DATEDIFF(DAY, CAST('2000-01-03' AS DATE), ls.strategy_date) % 7
                WHEN 5 THEN DATEADD(DAY, 20, ls.strategy_date)
                WHEN 6 THEN DATEADD(DAY, 19, ls.strategy_date)
                ELSE DATEADD(DAY, 21, ls.strategy_date) END AS three_weeks
        FROM latest_strategy ls
    ),
    targets AS (
        SELECT tb.event_key,
            tb.three_weeks,
            (SELECT COUNT(*) FROM bank_holidays h WHERE h.holiday > tb.strategy_date AND h.holiday <= tb.three_weeks) AS holidays
        FROM target_base tb
    ),
    s47s AS (
        SELECT sx.event_key, sx.s47_id
        FROM (
            SELECT c.event_key, s.s47e_s47_enquiry_id AS s47_id,
                ROW_NUMBER() OVER (PARTITION BY c.event_key ORDER BY s.s47e_s47_start_date DESC, s.s47e_s47_enquiry_id DESC) AS pick
            FROM conferences c
            JOIN [ssd].[ssd_s47_enquiry] s
                ON s.s47e_person_id = CAST(c.person_id AS VARCHAR(48)) AND s.s47e_s47_start_date <= c.event_date
                AND s.s47e_s47_outcome_json LIKE '%"CP_CONFERENCE_FLAG": "Y"%'
        ) sx
        WHERE sx.pick = 1
    ),
    plans AS (
        SELECT px.event_key, px.plan_id
        FROM (
            SELECT c.event_key, CAST(cp.CLASSIFICATIONASSIGNMENTID AS VARCHAR(48)) AS plan_id,
                ROW_NUMBER() OVER (PARTITION BY c.event_key ORDER BY cp.STARTDATE, cp.CLASSIFICATIONASSIGNMENTID) AS pick
            FROM conferences c
            JOIN [CLASSIFICATIONPERSONVIEW] cp
                ON cp.PERSONID = c.person_id AND cp.STARTDATE >= c.event_date
                AND cp.STARTDATE <= DATEADD(DAY, 30, c.event_date)
            WHERE (cp.CLASSIFICATIONPATHID IN (51)) AND COALESCE(cp.STATUS, '') <> 'DELETED'
        ) px
        WHERE px.pick = 1
    ),
    referrals AS (
        SELECT rx.event_key, rx.referral_id
        FROM (
            SELECT ev.event_key, ce.cine_referral_id AS referral_id,
                ROW_NUMBER() OVER (PARTITION BY ev.event_key ORDER BY ce.cine_referral_date DESC, ce.cine_referral_id DESC) AS pick
            FROM conferences ev
            JOIN [ssd].[ssd_cin_episodes] ce
                ON ce.cine_person_id = CAST(ev.person_id AS VARCHAR(48)) AND ce.cine_referral_date <= ev.event_date
        ) rx
        WHERE rx.pick = 1
    ),
    teams AS (
        SELECT tx.event_key, tx.team_id
        FROM (
            SELECT ev.event_key, CAST(tm.ORGANISATIONID AS VARCHAR(48)) AS team_id,
                ROW_NUMBER() OVER (PARTITION BY ev.event_key ORDER BY tm.DATESTARTED DESC, tm.RELATIONSHIPID DESC) AS pick
            FROM conferences ev
            JOIN [PERSONORGRELATIONSHIPVIEW] tm
                ON tm.PERSONID = ev.person_id AND tm.ALLOCATEDTEAMCODE = N'AT'
                AND tm.DATESTARTED <= ev.event_date AND (tm.DATEENDED IS NULL OR tm.DATEENDED >= ev.event_date)
        ) tx
        WHERE tx.pick = 1
    ),
    workers AS (
        SELECT wx.event_key, wx.worker_id
        FROM (
            SELECT ev.event_key, CAST(aw.PROFESSIONALRELATIONSHIPPERSONID AS VARCHAR(48)) AS worker_id,
                ROW_NUMBER() OVER (PARTITION BY ev.event_key ORDER BY aw.STARTDATE DESC, aw.PERSONRELATIONSHIPRECORDID DESC) AS pick
            FROM conferences ev
            JOIN [RELATIONSHIPPROFESSIONALVIEW] aw
                ON aw.PERSONID = ev.person_id AND aw.ALLOCATEDWORKERCODE = N'AW'
                AND aw.STARTDATE <= ev.event_date AND (aw.CLOSEDATE IS NULL OR aw.CLOSEDATE >= ev.event_date)
        ) wx
        WHERE wx.pick = 1
    )
    INSERT INTO [#ssd_load_ssd_initial_cp_conference] ([icpc_icpc_id], [icpc_icpc_meeting_id], [icpc_s47_enquiry_id], [icpc_person_id], [icpc_cp_plan_id], [icpc_referral_id], [icpc_icpc_transfer_in], [icpc_icpc_target_date], [icpc_icpc_date], [icpc_icpc_outcome_cp_flag], [icpc_icpc_outcome_json], [icpc_icpc_team], [icpc_icpc_worker_id])
    SELECT
        c.event_key,
        CAST(c.instance_id AS VARCHAR(48)),
        s.s47_id,
        CAST(c.person_id AS VARCHAR(48)),
        p.plan_id,
        r.referral_id,
        CASE WHEN c.meeting_type = N'Child Protection (Transfer in conference)' THEN 'Y' ELSE 'N' END,
        DATEADD(DAY, tg.holidays, tg.three_weeks),
        c.event_date,
        CASE WHEN c.next_step = 'Set next review' THEN 'Y' ELSE 'N' END,
        CONCAT('{"NFA_FLAG": "', CASE WHEN c.next_step IS NULL OR c.next_step = 'Case closure' THEN 'Y' ELSE 'N' END,
            '", "REFERRAL_TO_OTHER_AGENCY_FLAG": "N", "SINGLE_ASSESSMENT_FLAG": "N", "PROV_OF_SERVICES_FLAG": "N", "CP_FLAG": "',
            CASE WHEN c.next_step = 'Set next review' THEN 'Y' ELSE 'N' END,
            '", "OTHER_OUTCOMES_EXIST_FLAG": "', CASE WHEN c.next_step = 'CIN' THEN 'Y' ELSE 'N' END,
            '", "TOTAL_NO_OF_OUTCOMES": null, "COMMENTS": ""}'),
        t.team_id,
        w.worker_id
    FROM conferences c
    LEFT JOIN targets tg ON tg.event_key = c.event_key
    LEFT JOIN s47s s ON s.event_key = c.event_key
    LEFT JOIN plans p ON p.event_key = c.event_key
    LEFT JOIN referrals r ON r.event_key = c.event_key
    LEFT JOIN teams t ON t.event_key = c.event_key
    LEFT JOIN workers w ON w.event_key = c.event_key;
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
    WITH merge_rows AS (
        SELECT c.PERSONID AS person_id, CAST(c.CLASSIFICATIONASSIGNMENTID AS VARCHAR(48)) AS row_key,
                c.STARTDATE AS start_date, c.ENDDATE AS end_date, c.ENDREASON AS end_reason
            FROM [CLASSIFICATIONPERSONVIEW] c
            JOIN [ssd].[ssd_person] sp ON sp.pers_person_id = CAST(c.PERSONID AS VARCHAR(48))
            WHERE (c.CLASSIFICATIONPATHID IN (51))
                AND COALESCE(c.STATUS, '') <> 'DELETED' AND c.STARTDATE IS NOT NULL
    ),
    merge_marked AS (
        SELECT mr.person_id, mr.row_key, mr.start_date, mr.end_date, mr.end_reason,
            COALESCE(mr.end_date, CAST(GETDATE() AS DATE)) AS end_or_today,
            CASE WHEN MAX(COALESCE(mr.end_date, CAST(GETDATE() AS DATE))) OVER (PARTITION BY mr.person_id
                    ORDER BY mr.start_date, mr.row_key ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
                    >= DATEADD(DAY, 0, mr.start_date) THEN 0 ELSE 1 END AS is_new
        FROM merge_rows mr
    ),
    merge_grouped AS (
        SELECT mm.person_id, mm.row_key, mm.start_date, mm.end_date, mm.end_reason, mm.end_or_today,
            SUM(mm.is_new) OVER (PARTITION BY mm.person_id ORDER BY mm.start_date, mm.row_key
                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS episode_no,
            mm.is_new,
            ROW_NUMBER() OVER (PARTITION BY mm.person_id ORDER BY mm.start_date, mm.row_key) AS row_no
        FROM merge_marked mm
    ),
    merge_last AS (
        SELECT mg.person_id, mg.row_key, mg.start_date, mg.end_date, mg.end_reason, mg.episode_no, mg.is_new,
            ROW_NUMBER() OVER (PARTITION BY mg.person_id, mg.episode_no
                ORDER BY mg.end_or_today DESC, CASE WHEN mg.end_date IS NULL THEN 0 ELSE 1 END, mg.row_no DESC) AS last_no
        FROM merge_grouped mg
    ),episodes AS (
        SELECT ml.person_id,
            MAX(CASE WHEN ml.is_new = 1 THEN ml.row_key END) AS episode_key,
            MIN(ml.start_date) AS episode_start,
            CASE WHEN MAX(CASE WHEN ml.end_date IS NULL THEN 1 ELSE 0 END) = 1 THEN NULL ELSE MAX(ml.end_date) END AS episode_end,
            MAX(CASE WHEN ml.last_no = 1 THEN ml.end_reason END) AS close_reason
        FROM merge_last ml
        GROUP BY ml.person_id, ml.episode_no
    ),
    plans AS (
        SELECT ep.episode_key AS event_key, ep.person_id, ep.episode_start AS event_date, ep.episode_end
        FROM episodes ep
        WHERE ep.episode_end IS NULL OR ep.episode_end >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE))
    ),
    referrals AS (
        SELECT rx.event_key, rx.referral_id
        FROM (
            SELECT ev.event_key, ce.cine_referral_id AS referral_id,
                ROW_NUMBER() OVER (PARTITION BY ev.event_key ORDER BY ce.cine_referral_date DESC, ce.cine_referral_id DESC) AS pick
            FROM plans ev
            JOIN [ssd].[ssd_cin_episodes] ce
                ON ce.cine_person_id = CAST(ev.person_id AS VARCHAR(48)) AND ce.cine_referral_date <= ev.event_date
        ) rx
        WHERE rx.pick = 1
    ),
    conferences AS (
        SELECT cx.event_key, cx.icpc_id
        FROM (
            SELECT p.event_key, i.icpc_icpc_id AS icpc_id,
                ROW_NUMBER() OVER (PARTITION BY p.event_key ORDER BY i.icpc_icpc_date DESC, i.icpc_icpc_id DESC) AS pick
            FROM plans p
            JOIN [ssd].[ssd_initial_cp_conference] i
                ON i.icpc_person_id = CAST(p.person_id AS VARCHAR(48)) AND i.icpc_icpc_date <= p.event_date
                AND i.icpc_icpc_date >= DATEADD(DAY, -30, p.event_date)
        ) cx
        WHERE cx.pick = 1
    ),
    categories AS (
        SELECT p.event_key, cat.NAME AS category,
            ROW_NUMBER() OVER (PARTITION BY p.event_key ORDER BY cat.STARTDATE, cat.CLASSIFICATIONASSIGNMENTID) AS first_no,
            ROW_NUMBER() OVER (PARTITION BY p.event_key ORDER BY cat.STARTDATE DESC, cat.CLASSIFICATIONASSIGNMENTID DESC) AS last_no
        FROM plans p
        JOIN [CLASSIFICATIONPERSONVIEW] cat
            ON cat.PERSONID = p.person_id AND cat.STARTDATE <= COALESCE(p.episode_end, CAST(GETDATE() AS DATE))
            AND (cat.ENDDATE IS NULL OR cat.ENDDATE >= p.event_date)
        WHERE (cat.CLASSIFICATIONPATHID IN (81)) AND COALESCE(cat.STATUS, '') <> 'DELETED'
    )
    INSERT INTO [#ssd_load_ssd_cp_plans] ([cppl_cp_plan_id], [cppl_referral_id], [cppl_icpc_id], [cppl_person_id], [cppl_cp_plan_start_date], [cppl_cp_plan_end_date], [cppl_cp_plan_ola], [cppl_cp_plan_initial_category], [cppl_cp_plan_latest_category])
    SELECT
        p.event_key,
        r.referral_id,
        i.icpc_id,
        CAST(p.person_id AS VARCHAR(48)),
        p.event_date,
        p.episode_end,
        NULL,
        LEFT(first_cat.category, 100),
        LEFT(last_cat.category, 100)
    FROM plans p
    LEFT JOIN referrals r ON r.event_key = p.event_key
    LEFT JOIN conferences i ON i.event_key = p.event_key
    LEFT JOIN categories first_cat ON first_cat.event_key = p.event_key AND first_cat.first_no = 1
    LEFT JOIN categories last_cat ON last_cat.event_key = p.event_key AND last_cat.last_no = 1;
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
    WITH cla_source AS (
        SELECT e.EPISODEOFCAREID AS episode_id, e.PERSONID AS person_id, e.PERIODOFCAREID AS period_id,
            e.EOCSTARTDATE AS start_date, e.EOCENDDATE AS end_date, e.EOCSTARTREASONCODE AS start_reason,
            e.EOCENDREASONCODE AS end_reason, e.CATEGORYOFNEED AS need_text, e.PLACEMENTADDRESSID AS address_id,
            e.PLACEMENTTYPECODE AS type_code, e.PLACEMENTPROVISIONCODE AS provision_code,
            e.PLACEMENTPOSTCODE AS postcode, e.PLACEMENTCHANGEREASONCODE AS change_reason,
            CASE WHEN LAG(e.PERIODOFCAREID) OVER (PARTITION BY e.PERSONID ORDER BY e.EOCSTARTDATE, e.EPISODEOFCAREID) = e.PERIODOFCAREID
                AND LAG(e.PLACEMENTADDRESSID) OVER (PARTITION BY e.PERSONID ORDER BY e.EOCSTARTDATE, e.EPISODEOFCAREID) = e.PLACEMENTADDRESSID
                AND LAG(e.PLACEMENTTYPECODE) OVER (PARTITION BY e.PERSONID ORDER BY e.EOCSTARTDATE, e.EPISODEOFCAREID) = e.PLACEMENTTYPECODE
                AND LAG(e.EOCENDDATE) OVER (PARTITION BY e.PERSONID ORDER BY e.EOCSTARTDATE, e.EPISODEOFCAREID) >= DATEADD(DAY, -1, e.EOCSTARTDATE)
                THEN 0 ELSE 1 END AS is_new
        FROM [CLAEPISODEOFCAREVIEW] e
        JOIN [ssd].[ssd_person] sp ON sp.pers_person_id = CAST(e.PERSONID AS VARCHAR(48))
        WHERE e.EOCSTARTDATE IS NOT NULL
    ),
    cla_grouped AS (
        SELECT cs.*, SUM(cs.is_new) OVER (PARTITION BY cs.person_id ORDER BY cs.start_date, cs.episode_id
            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS placement_no
        FROM cla_source cs
    ),
    cla_rows AS (
        SELECT cg.*,
            FIRST_VALUE(cg.episode_id) OVER (PARTITION BY cg.person_id, cg.placement_no ORDER BY cg.start_date, cg.episode_id
                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS placement_id,
            ROW_NUMBER() OVER (PARTITION BY cg.person_id, cg.placement_no ORDER BY cg.start_date DESC, cg.episode_id DESC) AS last_no
        FROM cla_grouped cg
    ),
    episodes AS (
        SELECT cr.episode_id AS event_key, cr.person_id, cr.period_id, cr.placement_id, cr.start_date, cr.end_date,
            cr.start_reason, cr.end_reason, cr.need_text, COALESCE(pc.ADMISSIONDATE, cr.start_date) AS event_date,
            pc.ADMISSIONDATE AS admission_date, pc.DISCHARGEDATE AS discharge_date
        FROM cla_rows cr
        LEFT JOIN [CLAPERIODOFCAREVIEW] pc ON pc.PERIODOFCAREID = cr.period_id AND pc.PERSONID = cr.person_id
        WHERE cr.end_date IS NULL OR cr.end_date >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE))
    ),
    iro_meetings AS (
        SELECT
                f.INSTANCEID AS instance_id,
                f.ANSWERFORSUBJECTID AS person_id,
                MAX(f.SUBMITTERPERSONID) AS submitter_id,
                MIN(f.DATESTARTED) AS started_date,
                MAX(CASE WHEN f.INSTANCESTATE = 'COMPLETE' THEN f.DATECOMPLETED END) AS completed_date,
                COALESCE(MAX(CASE WHEN f.CONTROLNAME = N'dateOfMeeting' THEN f.DATEANSWERVALUE END),
                         MAX(CASE WHEN f.CONTROLNAME = N'dateOfMeeting' THEN CASE WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))) LIKE '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' THEN TRY_CONVERT(DATETIME, LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))) + N' 00:00:00', 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))) LIKE '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9][ T][0-9][0-9]:[0-9][0-9]' THEN TRY_CONVERT(DATETIME, STUFF(LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))), 11, 1, N' ') + N':00', 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))) LIKE '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9][ T][0-9][0-9]:[0-9][0-9]:[0-9][0-9]%' THEN TRY_CONVERT(DATETIME, STUFF(LEFT(LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))), 19), 11, 1, N' '), 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))) LIKE '[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]' THEN TRY_CONVERT(DATETIME, LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))), 112) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))) LIKE '%_/%_/[0-9][0-9][0-9][0-9]' AND LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))) NOT LIKE '%[^0-9/]%' AND LEN(LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121)))) <= 10 THEN TRY_CONVERT(DATETIME, LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))), 103) END END)) AS meeting_date
            FROM [FORMANSWERPERSONVIEW] f
            WHERE f.DESIGNGUID = N'2d9d174f-77ed-40bd-ac2b-cae8015ad799'
                AND f.INSTANCESTATE = 'COMPLETE'
            GROUP BY f.INSTANCEID, f.ANSWERFORSUBJECTID
    ),
    last_iro AS (
        SELECT ep.event_key, MAX(im.meeting_date) AS meeting_date
        FROM episodes ep
        JOIN iro_meetings im ON im.person_id = ep.person_id AND im.meeting_date >= ep.event_date
            AND im.meeting_date <= COALESCE(ep.discharge_date, CAST(GETDATE() AS DATE))
        GROUP BY ep.event_key
    ),
    referrals AS (
        SELECT rx.event_key, rx.referral_id
        FROM (
            SELECT ev.event_key, ce.cine_referral_id AS referral_id,
                ROW_NUMBER() OVER (PARTITION BY ev.event_key ORDER BY ce.cine_referral_date DESC, ce.cine_referral_id DESC) AS pick
            FROM episodes ev
            JOIN [ssd].[ssd_cin_episodes] ce
                ON ce.cine_person_id = CAST(ev.person_id AS VARCHAR(48)) AND ce.cine_referral_date <= ev.event_date
        ) rx
        WHERE rx.pick = 1
    )
    INSERT INTO [#ssd_load_ssd_cla_episodes] ([clae_cla_episode_id], [clae_person_id], [clae_cla_placement_id], [clae_cla_episode_start_date], [clae_cla_episode_start_reason], [clae_cla_primary_need_code], [clae_cla_episode_ceased_date], [clae_cla_episode_ceased_reason], [clae_cla_id], [clae_referral_id], [clae_cla_last_iro_contact_date], [clae_entered_care_date])
    SELECT
        CAST(ep.event_key AS VARCHAR(48)),
        CAST(ep.person_id AS VARCHAR(48)),
        CAST(ep.placement_id AS VARCHAR(48)),
        ep.start_date,
        LEFT(ep.start_reason, 100),
        CASE WHEN UPPER(ep.need_text) IN (N'N1', N'N2', N'N3', N'N4', N'N5', N'N6', N'N7', N'N8', N'N9', N'N0') THEN UPPER(ep.need_text)
            ELSE CASE WHEN ep.need_text = N'Abuse or neglect' THEN N'N1' WHEN ep.need_text = N'Child''s disability' THEN N'N2' WHEN ep.need_text = N'Parental illness/disability' THEN N'N3' WHEN ep.need_text = N'Family in acute stress' THEN N'N4' WHEN ep.need_text = N'Family dysfunction' THEN N'N5' WHEN ep.need_text = N'Socially unacceptable behaviour' THEN N'N6' WHEN ep.need_text = N'Low income' THEN N'N7' WHEN ep.need_text = N'Absent parenting' THEN N'N8' WHEN ep.need_text = N'Cases other than child in need' THEN N'N9' WHEN ep.need_text = N'Not stated' THEN N'N0' END END,
        ep.end_date,
        LEFT(ep.end_reason, 255),
        CAST(ep.period_id AS VARCHAR(48)),
        r.referral_id,
        li.meeting_date,
        ep.admission_date
    FROM episodes ep
    LEFT JOIN last_iro li ON li.event_key = ep.event_key
    LEFT JOIN referrals r ON r.event_key = ep.event_key;
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
    WITH cla_source AS (
        SELECT e.EPISODEOFCAREID AS episode_id, e.PERSONID AS person_id, e.PERIODOFCAREID AS period_id,
            e.EOCSTARTDATE AS start_date, e.EOCENDDATE AS end_date, e.EOCSTARTREASONCODE AS start_reason,
            e.EOCENDREASONCODE AS end_reason, e.CATEGORYOFNEED AS need_text, e.PLACEMENTADDRESSID AS address_id,
            e.PLACEMENTTYPECODE AS type_code, e.PLACEMENTPROVISIONCODE AS provision_code,
            e.PLACEMENTPOSTCODE AS postcode, e.PLACEMENTCHANGEREASONCODE AS change_reason,
            CASE WHEN LAG(e.PERIODOFCAREID) OVER (PARTITION BY e.PERSONID ORDER BY e.EOCSTARTDATE, e.EPISODEOFCAREID) = e.PERIODOFCAREID
                AND LAG(e.PLACEMENTADDRESSID) OVER (PARTITION BY e.PERSONID ORDER BY e.EOCSTARTDATE, e.EPISODEOFCAREID) = e.PLACEMENTADDRESSID
                AND LAG(e.PLACEMENTTYPECODE) OVER (PARTITION BY e.PERSONID ORDER BY e.EOCSTARTDATE, e.EPISODEOFCAREID) = e.PLACEMENTTYPECODE
                AND LAG(e.EOCENDDATE) OVER (PARTITION BY e.PERSONID ORDER BY e.EOCSTARTDATE, e.EPISODEOFCAREID) >= DATEADD(DAY, -1, e.EOCSTARTDATE)
                THEN 0 ELSE 1 END AS is_new
        FROM [CLAEPISODEOFCAREVIEW] e
        JOIN [ssd].[ssd_person] sp ON sp.pers_person_id = CAST(e.PERSONID AS VARCHAR(48))
        WHERE e.EOCSTARTDATE IS NOT NULL
    ),
    cla_grouped AS (
        SELECT cs.*, SUM(cs.is_new) OVER (PARTITION BY cs.person_id ORDER BY cs.start_date, cs.episode_id
            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS placement_no
        FROM cla_source cs
    ),
    cla_rows AS (
        SELECT cg.*,
            FIRST_VALUE(cg.episode_id) OVER (PARTITION BY cg.person_id, cg.placement_no ORDER BY cg.start_date, cg.episode_id
                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS placement_id,
            ROW_NUMBER() OVER (PARTITION BY cg.person_id, cg.placement_no ORDER BY cg.start_date DESC, cg.episode_id DESC) AS last_no
        FROM cla_grouped cg
    ),
    placements AS (
        SELECT cr.placement_id, MIN(cr.person_id) AS person_id, MIN(cr.period_id) AS period_id, MIN(cr.start_date) AS start_date,
            CASE WHEN MAX(CASE WHEN cr.end_date IS NULL THEN 1 ELSE 0 END) = 1 THEN NULL ELSE MAX(cr.end_date) END AS end_date,
            MAX(CASE WHEN cr.episode_id = cr.placement_id THEN cr.type_code END) AS type_code,
            MAX(CASE WHEN cr.episode_id = cr.placement_id THEN cr.provision_code END) AS provision_code,
            MAX(CASE WHEN cr.episode_id = cr.placement_id THEN cr.postcode END) AS postcode,
            MAX(CASE WHEN cr.last_no = 1 THEN cr.change_reason END) AS change_reason
        FROM cla_rows cr
        GROUP BY cr.placement_id
    )
    INSERT INTO [#ssd_load_ssd_cla_placement] ([clap_cla_placement_id], [clap_cla_id], [clap_person_id], [clap_cla_placement_start_date], [clap_cla_placement_type], [clap_cla_placement_urn], [clap_cla_placement_distance], [clap_cla_placement_provider], [clap_cla_placement_postcode], [clap_cla_placement_end_date], [clap_cla_placement_change_reason])
    SELECT
        CAST(p.placement_id AS VARCHAR(48)),
        CAST(p.period_id AS VARCHAR(48)),
        CAST(p.person_id AS VARCHAR(48)),
        p.start_date,
        CASE WHEN UPPER(p.type_code) IN (N'A3', N'A4', N'A5', N'A6', N'F1', N'F2', N'F3', N'F4', N'F5', N'F6', N'H5', N'K1', N'K2', N'P1', N'P2', N'P3', N'R1', N'R2', N'R3', N'R5', N'S1', N'T0', N'T1', N'T2', N'T3', N'T4', N'U1', N'U2', N'U3', N'U4', N'U5', N'U6', N'Z1') THEN UPPER(p.type_code)
            ELSE CASE WHEN p.type_code = N'APP_ADOPT' THEN N'A3' WHEN p.type_code = N'CONS_ADOPT_NOTFP' THEN N'A4' WHEN p.type_code = N'ORD_ADOPT_FP' THEN N'A5' WHEN p.type_code = N'ORD_ADOPT_NOTFP' THEN N'A6' WHEN p.type_code = N'NO_CHREGS' THEN N'H5' WHEN p.type_code = N'CHLD_HOME' THEN N'K2' WHEN p.type_code = N'PARENT' THEN N'P1' WHEN p.type_code = N'IND_LIV' THEN N'P2' WHEN p.type_code = N'RES_CARE' THEN N'R1' WHEN p.type_code = N'NHS' THEN N'R2' WHEN p.type_code = N'YOI' THEN N'R5' WHEN p.type_code = N'RES_SCH' THEN N'S1' WHEN p.type_code = N'REL' THEN N'U1' WHEN p.type_code = N'REL_NOT_LT_ADOPT' THEN N'U3' WHEN p.type_code = N'LT' THEN N'U4' WHEN p.type_code = N'NOT_LT_ADOPT' THEN N'U6' WHEN p.type_code = N'OTH' THEN N'Z1' END END,
        NULL,
        NULL,
        LEFT(p.provision_code, 48),    CASE WHEN LTRIM(RTRIM(p.postcode)) LIKE '_____%' THEN LEFT(UPPER(LTRIM(RTRIM(p.postcode))), 8) END,
        p.end_date,
        LEFT(p.change_reason, 100)
    FROM placements p
    WHERE p.end_date IS NULL OR p.end_date >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE));
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
    WITH adoptions AS (
        SELECT ad.ADOPTIONID AS event_key, ad.PERSONID AS person_id, ad.DATESHOULDBEPLACED AS event_date,
            ad.GENDEROFADOPTERSCODE AS adopter_sex, ad.ADOPTERSLEGALSTATUSCODE AS adopter_status,
            ad.REASONNOLONGERPLANNEDCODE AS reversed_reason
        FROM [CLAADOPTIONSVIEW] ad
        JOIN [ssd].[ssd_person] sp ON sp.pers_person_id = CAST(ad.PERSONID AS VARCHAR(48))
    ),
    periods AS (
        SELECT px.event_key, px.period_id, px.discharge_date
        FROM (
            SELECT a.event_key, pc.PERIODOFCAREID AS period_id, pc.DISCHARGEDATE AS discharge_date,
                ROW_NUMBER() OVER (PARTITION BY a.event_key ORDER BY pc.ADMISSIONDATE DESC, pc.PERIODOFCAREID DESC) AS pick
            FROM adoptions a
            JOIN [CLAPERIODOFCAREVIEW] pc ON pc.PERSONID = a.person_id AND pc.ADMISSIONDATE <= a.event_date
        ) px
        WHERE px.pick = 1
    ),
    placed AS (
        SELECT a.event_key, MIN(e.EOCSTARTDATE) AS placed_date
        FROM adoptions a
        JOIN periods p ON p.event_key = a.event_key
        JOIN [CLAEPISODEOFCAREVIEW] e ON e.PERSONID = a.person_id AND e.PERIODOFCAREID = p.period_id
            AND e.EOCSTARTDATE >= a.event_date AND UPPER(e.PLACEMENTTYPECODE) IN (N'APP_ADOPT', N'CONS_ADOPT_NOTFP', N'ORD_ADOPT_FP', N'ORD_ADOPT_NOTFP', N'A3', N'A4', N'A5', N'A6')
        GROUP BY a.event_key
    ),
    endings AS (
        SELECT ex.event_key, ex.end_reason
        FROM (
            SELECT p.event_key, e.EOCENDREASONCODE AS end_reason,
                ROW_NUMBER() OVER (PARTITION BY p.event_key ORDER BY e.EOCSTARTDATE DESC, e.EPISODEOFCAREID DESC) AS pick
            FROM periods p
            JOIN adoptions a ON a.event_key = p.event_key
            JOIN [CLAEPISODEOFCAREVIEW] e ON e.PERSONID = a.person_id AND e.PERIODOFCAREID = p.period_id
            WHERE p.discharge_date IS NOT NULL
        ) ex
        WHERE ex.pick = 1
    )
    INSERT INTO [#ssd_load_ssd_permanence] ([perm_table_id], [perm_person_id], [perm_cla_id], [perm_adm_decision_date], [perm_part_of_sibling_group], [perm_siblings_placed_together], [perm_siblings_placed_apart], [perm_ffa_cp_decision_date], [perm_placement_order_date], [perm_matched_date], [perm_adopter_sex], [perm_adopter_legal_status], [perm_number_of_adopters], [perm_placed_for_adoption_date], [perm_adopted_by_carer_flag], [perm_placed_foster_carer_date], [perm_placed_ffa_cp_date], [perm_placement_provider_urn], [perm_decision_reversed_date], [perm_decision_reversed_reason], [perm_permanence_order_date], [perm_permanence_order_type], [perm_adoption_worker_id])
    SELECT
        CAST(a.event_key AS VARCHAR(48)),
        CAST(a.person_id AS VARCHAR(48)),
        CAST(p.period_id AS VARCHAR(48)),
        a.event_date,
        NULL, NULL, NULL, NULL, NULL, NULL,
        LEFT(a.adopter_sex, 48),
        LEFT(a.adopter_status, 100),
        NULL,
        pl.placed_date,
        NULL, NULL, NULL, NULL, NULL,
        LEFT(a.reversed_reason, 100),
        CASE WHEN en.end_reason IN ('E11', 'E12', 'E41', 'E43', 'E44', 'E45', 'E46', 'E47', 'E48') THEN p.discharge_date END,
        CASE WHEN en.end_reason IN ('E11', 'E12') THEN 'Adoption'
            WHEN en.end_reason IN ('E43', 'E44', 'E45', 'E46', 'E47', 'E48') THEN 'Special Guardianship Order'
            WHEN en.end_reason = 'E41' THEN 'Child Arrangements/ Residence Order' END,
        NULL
    FROM adoptions a
    LEFT JOIN periods p ON p.event_key = a.event_key
    LEFT JOIN placed pl ON pl.event_key = a.event_key
    LEFT JOIN endings en ON en.event_key = a.event_key;
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
    WITH leavers AS (
        SELECT lx.event_key, lx.person_id, lx.event_date, lx.eligibility, lx.in_touch, lx.accommodation,
            lx.suitable, lx.activity
        FROM (
            SELECT cl.CARELEAVERID AS event_key, cl.PERSONID AS person_id, cl.CONTACTDATE AS event_date,
                cl.ELIGIBILITY AS eligibility, cl.INTOUCHCODE AS in_touch, cl.ACCOMODATIONCODE AS accommodation,
                cl.ACCOMSUITABLE AS suitable, cl.MAINACTIVITYCODE AS activity,
                ROW_NUMBER() OVER (PARTITION BY cl.PERSONID ORDER BY
                    CASE WHEN cl.CONTACTDATE IS NULL THEN 1 ELSE 0 END, cl.CONTACTDATE DESC, cl.CARELEAVERID DESC) AS pick
            FROM [CLACARELEAVERDETAILSVIEW] cl
            JOIN [ssd].[ssd_person] sp ON sp.pers_person_id = CAST(cl.PERSONID AS VARCHAR(48))
        ) lx
        WHERE lx.pick = 1
    ),
    pathway_forms AS (
        SELECT
                f.INSTANCEID AS instance_id,
                f.ANSWERFORSUBJECTID AS person_id,
                MAX(f.SUBMITTERPERSONID) AS submitter_id,
                MIN(f.DATESTARTED) AS started_date,
                MAX(CASE WHEN f.INSTANCESTATE = 'COMPLETE' THEN f.DATECOMPLETED END) AS completed_date,
                COALESCE(MAX(CASE WHEN f.CONTROLNAME = N'dateOfPathwayPlan' THEN f.DATEANSWERVALUE END),
                         MAX(CASE WHEN f.CONTROLNAME = N'dateOfPathwayPlan' THEN CASE WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))) LIKE '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' THEN TRY_CONVERT(DATETIME, LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))) + N' 00:00:00', 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))) LIKE '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9][ T][0-9][0-9]:[0-9][0-9]' THEN TRY_CONVERT(DATETIME, STUFF(LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))), 11, 1, N' ') + N':00', 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))) LIKE '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9][ T][0-9][0-9]:[0-9][0-9]:[0-9][0-9]%' THEN TRY_CONVERT(DATETIME, STUFF(LEFT(LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))), 19), 11, 1, N' '), 120) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))) LIKE '[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]' THEN TRY_CONVERT(DATETIME, LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))), 112) WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))) LIKE '%_/%_/[0-9][0-9][0-9][0-9]' AND LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))) NOT LIKE '%[^0-9/]%' AND LEN(LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121)))) <= 10 THEN TRY_CONVERT(DATETIME, LTRIM(RTRIM(CONVERT(NVARCHAR(40), f.ANSWERVALUE, 121))), 103) END END)) AS plan_date
            FROM [FORMANSWERPERSONVIEW] f
            WHERE f.DESIGNGUID = N'c17d1557-513d-443f-8013-a31eb541455b'
                AND f.INSTANCESTATE = 'COMPLETE'
            GROUP BY f.INSTANCEID, f.ANSWERFORSUBJECTID
    ),
    pathway AS (
        SELECT pf.person_id, MAX(pf.plan_date) AS plan_date
        FROM pathway_forms pf
        GROUP BY pf.person_id
    ),
    workers AS (
        SELECT wx.event_key, wx.worker_id
        FROM (
            SELECT ev.event_key, CAST(aw.PROFESSIONALRELATIONSHIPPERSONID AS VARCHAR(48)) AS worker_id,
                ROW_NUMBER() OVER (PARTITION BY ev.event_key ORDER BY aw.STARTDATE DESC, aw.PERSONRELATIONSHIPRECORDID DESC) AS pick
            FROM leavers ev
            JOIN [RELATIONSHIPPROFESSIONALVIEW] aw
                ON aw.PERSONID = ev.person_id AND aw.ALLOCATEDWORKERCODE = N'AW'
                AND aw.STARTDATE <= ev.event_date AND (aw.CLOSEDATE IS NULL OR aw.CLOSEDATE >= ev.event_date)
        ) wx
        WHERE wx.pick = 1
    ),
    teams AS (
        SELECT tx.event_key, tx.team_id
        FROM (
            SELECT ev.event_key, CAST(tm.ORGANISATIONID AS VARCHAR(48)) AS team_id,
                ROW_NUMBER() OVER (PARTITION BY ev.event_key ORDER BY tm.DATESTARTED DESC, tm.RELATIONSHIPID DESC) AS pick
            FROM leavers ev
            JOIN [PERSONORGRELATIONSHIPVIEW] tm
                ON tm.PERSONID = ev.person_id AND tm.ALLOCATEDTEAMCODE = N'AT'
                AND tm.DATESTARTED <= ev.event_date AND (tm.DATEENDED IS NULL OR tm.DATEENDED >= ev.event_date)
        ) tx
        WHERE tx.pick = 1
    )
    INSERT INTO [#ssd_load_ssd_care_leavers] ([clea_table_id], [clea_person_id], [clea_care_leaver_eligibility], [clea_care_leaver_in_touch], [clea_care_leaver_latest_contact], [clea_care_leaver_accommodation], [clea_care_leaver_accom_suitable], [clea_care_leaver_activity], [clea_pathway_plan_review_date], [clea_care_leaver_personal_advisor], [clea_care_leaver_allocated_team], [clea_care_leaver_worker_id])
    SELECT
        CAST(l.event_key AS VARCHAR(48)),
        CAST(l.person_id AS VARCHAR(48)),
        LEFT(l.eligibility, 100),
        LEFT(l.in_touch, 100),
        l.event_date,
        LEFT(l.accommodation, 100),
        CASE l.suitable WHEN 'Accommodation considered suitable' THEN '1'
            WHEN 'Accommodation considered unsuitable' THEN '2' ELSE LEFT(l.suitable, 100) END,
        LEFT(l.activity, 100),
        pw.plan_date,
        w.worker_id,
        t.team_id,
        w.worker_id
    FROM leavers l
    LEFT JOIN pathway pw ON pw.person_id = l.person_id
    LEFT JOIN workers w ON w.event_key = l.event_key
    LEFT JOIN teams t ON t.event_key = l.event_key;
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
    WITH former AS (
        SELECT r.PERSONID AS person_id, LTRIM(RTRIM(r.REFERENCENUMBER)) AS upn, r.STARTDATE AS valid_from, r.ENDDATE AS valid_to,
            ROW_NUMBER() OVER (PARTITION BY r.PERSONID, LTRIM(RTRIM(r.REFERENCENUMBER)) ORDER BY r.ENDDATE DESC, r.STARTDATE DESC) AS pick
        FROM [REFERENCENUMBERPERSONVIEW] r
        WHERE r.REFERENCETYPECODE = N'UPN'
            AND r.ENDDATE IS NOT NULL AND r.REFERENCENUMBER IS NOT NULL
    )
    INSERT INTO [#ssd_load_ssd_linked_identifiers] ([link_table_id], [link_person_id], [link_identifier_type], [link_identifier_value], [link_valid_from_date], [link_valid_to_date])
    SELECT
        CONCAT('FUPN-', f.person_id, '-', LEFT(f.upn, 30)),
        sp.pers_person_id,
        'Former Unique Pupil Number',
        LEFT(f.upn, 100),
        f.valid_from,
        f.valid_to
    FROM former f
    JOIN [ssd].[ssd_person] sp ON sp.pers_person_id = CAST(f.person_id AS VARCHAR(48))
    WHERE f.pick = 1 AND (sp.pers_upn IS NULL OR sp.pers_upn <> f.upn);
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
RAISERROR(N'ssd-bridge: finished. 19 SSD tables and 0 add-on tables are in place in schema ssd.', 0, 1) WITH NOWAIT;
GO
