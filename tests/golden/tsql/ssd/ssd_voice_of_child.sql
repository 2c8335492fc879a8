-- ssd_voice_of_child
RAISERROR(N'table ssd_voice_of_child', 0, 1) WITH NOWAIT;
IF OBJECT_ID(N'[ssd].[ssd_voice_of_child]', N'U') IS NULL
BEGIN
    CREATE TABLE [ssd].[ssd_voice_of_child] (
        [voch_table_id] NVARCHAR(48) NOT NULL,
        [voch_person_id] NVARCHAR(48),
        [voch_explained_worries] NCHAR(1),
        [voch_story_help_understand] NCHAR(1),
        [voch_agree_worker] NCHAR(1),
        [voch_plan_safe] NCHAR(1),
        [voch_tablet_help_explain] NCHAR(1),
        CONSTRAINT [pk_ssd_voice_of_child] PRIMARY KEY ([voch_table_id])
    );
END;
IF COL_LENGTH(N'[ssd].[ssd_voice_of_child]', N'voch_table_id') IS NULL
    ALTER TABLE [ssd].[ssd_voice_of_child] ADD [voch_table_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_voice_of_child]', N'voch_person_id') IS NULL
    ALTER TABLE [ssd].[ssd_voice_of_child] ADD [voch_person_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_voice_of_child]', N'voch_explained_worries') IS NULL
    ALTER TABLE [ssd].[ssd_voice_of_child] ADD [voch_explained_worries] NCHAR(1);
IF COL_LENGTH(N'[ssd].[ssd_voice_of_child]', N'voch_story_help_understand') IS NULL
    ALTER TABLE [ssd].[ssd_voice_of_child] ADD [voch_story_help_understand] NCHAR(1);
IF COL_LENGTH(N'[ssd].[ssd_voice_of_child]', N'voch_agree_worker') IS NULL
    ALTER TABLE [ssd].[ssd_voice_of_child] ADD [voch_agree_worker] NCHAR(1);
IF COL_LENGTH(N'[ssd].[ssd_voice_of_child]', N'voch_plan_safe') IS NULL
    ALTER TABLE [ssd].[ssd_voice_of_child] ADD [voch_plan_safe] NCHAR(1);
IF COL_LENGTH(N'[ssd].[ssd_voice_of_child]', N'voch_tablet_help_explain') IS NULL
    ALTER TABLE [ssd].[ssd_voice_of_child] ADD [voch_tablet_help_explain] NCHAR(1);

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_voice_of_child_voch_person_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_voice_of_child]'))
    CREATE INDEX [ix_ssd_voice_of_child_voch_person_id] ON [ssd].[ssd_voice_of_child] ([voch_person_id]);
GO
