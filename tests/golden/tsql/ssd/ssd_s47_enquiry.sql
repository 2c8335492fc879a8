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
