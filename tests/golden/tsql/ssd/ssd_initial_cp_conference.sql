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
