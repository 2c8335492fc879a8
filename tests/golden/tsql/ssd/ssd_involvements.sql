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
