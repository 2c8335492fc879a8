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
