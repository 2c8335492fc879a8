-- ssd_contacts
RAISERROR(N'table ssd_contacts', 0, 1) WITH NOWAIT;
IF OBJECT_ID(N'[ssd].[ssd_contacts]', N'U') IS NULL
BEGIN
    CREATE TABLE [ssd].[ssd_contacts] (
        [cont_contact_id] NVARCHAR(48) NOT NULL,
        [cont_person_id] NVARCHAR(48),
        [cont_contact_date] DATETIME,
        [cont_contact_source_code] NVARCHAR(48),
        [cont_contact_source_desc] NVARCHAR(255),
        [cont_contact_outcome_json] NVARCHAR(4000),
        CONSTRAINT [pk_ssd_contacts] PRIMARY KEY ([cont_contact_id])
    );
END;
IF COL_LENGTH(N'[ssd].[ssd_contacts]', N'cont_contact_id') IS NULL
    ALTER TABLE [ssd].[ssd_contacts] ADD [cont_contact_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_contacts]', N'cont_person_id') IS NULL
    ALTER TABLE [ssd].[ssd_contacts] ADD [cont_person_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_contacts]', N'cont_contact_date') IS NULL
    ALTER TABLE [ssd].[ssd_contacts] ADD [cont_contact_date] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_contacts]', N'cont_contact_source_code') IS NULL
    ALTER TABLE [ssd].[ssd_contacts] ADD [cont_contact_source_code] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_contacts]', N'cont_contact_source_desc') IS NULL
    ALTER TABLE [ssd].[ssd_contacts] ADD [cont_contact_source_desc] NVARCHAR(255);
IF COL_LENGTH(N'[ssd].[ssd_contacts]', N'cont_contact_outcome_json') IS NULL
    ALTER TABLE [ssd].[ssd_contacts] ADD [cont_contact_outcome_json] NVARCHAR(4000);

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_contacts_cont_person_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_contacts]'))
    CREATE INDEX [ix_ssd_contacts_cont_person_id] ON [ssd].[ssd_contacts] ([cont_person_id]);
GO
