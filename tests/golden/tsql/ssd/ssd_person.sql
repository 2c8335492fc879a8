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
