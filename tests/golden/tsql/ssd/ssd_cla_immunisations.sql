-- ssd_cla_immunisations
RAISERROR(N'table ssd_cla_immunisations', 0, 1) WITH NOWAIT;
IF OBJECT_ID(N'[ssd].[ssd_cla_immunisations]', N'U') IS NULL
BEGIN
    CREATE TABLE [ssd].[ssd_cla_immunisations] (
        [clai_person_id] NVARCHAR(48) NOT NULL,
        [clai_immunisations_status] NCHAR(1),
        [clai_immunisations_status_date] DATETIME,
        CONSTRAINT [pk_ssd_cla_immunisations] PRIMARY KEY ([clai_person_id])
    );
END;
IF COL_LENGTH(N'[ssd].[ssd_cla_immunisations]', N'clai_person_id') IS NULL
    ALTER TABLE [ssd].[ssd_cla_immunisations] ADD [clai_person_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_cla_immunisations]', N'clai_immunisations_status') IS NULL
    ALTER TABLE [ssd].[ssd_cla_immunisations] ADD [clai_immunisations_status] NCHAR(1);
IF COL_LENGTH(N'[ssd].[ssd_cla_immunisations]', N'clai_immunisations_status_date') IS NULL
    ALTER TABLE [ssd].[ssd_cla_immunisations] ADD [clai_immunisations_status_date] DATETIME;

GO
