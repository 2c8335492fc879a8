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
