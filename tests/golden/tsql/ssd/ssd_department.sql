-- ssd_department
RAISERROR(N'table ssd_department', 0, 1) WITH NOWAIT;
IF OBJECT_ID(N'[ssd].[ssd_department]', N'U') IS NULL
BEGIN
    CREATE TABLE [ssd].[ssd_department] (
        [dept_team_id] NVARCHAR(48) NOT NULL,
        [dept_team_name] NVARCHAR(255),
        [dept_team_parent_id] NVARCHAR(48),
        [dept_team_parent_name] NVARCHAR(255),
        CONSTRAINT [pk_ssd_department] PRIMARY KEY ([dept_team_id])
    );
END;
IF COL_LENGTH(N'[ssd].[ssd_department]', N'dept_team_id') IS NULL
    ALTER TABLE [ssd].[ssd_department] ADD [dept_team_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_department]', N'dept_team_name') IS NULL
    ALTER TABLE [ssd].[ssd_department] ADD [dept_team_name] NVARCHAR(255);
IF COL_LENGTH(N'[ssd].[ssd_department]', N'dept_team_parent_id') IS NULL
    ALTER TABLE [ssd].[ssd_department] ADD [dept_team_parent_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_department]', N'dept_team_parent_name') IS NULL
    ALTER TABLE [ssd].[ssd_department] ADD [dept_team_parent_name] NVARCHAR(255);

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_department_dept_team_parent_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_department]'))
    CREATE INDEX [ix_ssd_department_dept_team_parent_id] ON [ssd].[ssd_department] ([dept_team_parent_id]);
GO
