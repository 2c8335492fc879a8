-- ssd_cla_reviews
RAISERROR(N'table ssd_cla_reviews', 0, 1) WITH NOWAIT;
IF OBJECT_ID(N'[ssd].[ssd_cla_reviews]', N'U') IS NULL
BEGIN
    CREATE TABLE [ssd].[ssd_cla_reviews] (
        [clar_cla_review_id] NVARCHAR(48) NOT NULL,
        [clar_cla_id] NVARCHAR(48),
        [clar_cla_person_id] NVARCHAR(48),
        [clar_cla_review_due_date] DATETIME,
        [clar_cla_review_date] DATETIME,
        [clar_cla_review_cancelled] NCHAR(1),
        [clar_cla_review_participation] NVARCHAR(100),
        CONSTRAINT [pk_ssd_cla_reviews] PRIMARY KEY ([clar_cla_review_id])
    );
END;
IF COL_LENGTH(N'[ssd].[ssd_cla_reviews]', N'clar_cla_review_id') IS NULL
    ALTER TABLE [ssd].[ssd_cla_reviews] ADD [clar_cla_review_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_cla_reviews]', N'clar_cla_id') IS NULL
    ALTER TABLE [ssd].[ssd_cla_reviews] ADD [clar_cla_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_cla_reviews]', N'clar_cla_person_id') IS NULL
    ALTER TABLE [ssd].[ssd_cla_reviews] ADD [clar_cla_person_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_cla_reviews]', N'clar_cla_review_due_date') IS NULL
    ALTER TABLE [ssd].[ssd_cla_reviews] ADD [clar_cla_review_due_date] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_cla_reviews]', N'clar_cla_review_date') IS NULL
    ALTER TABLE [ssd].[ssd_cla_reviews] ADD [clar_cla_review_date] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_cla_reviews]', N'clar_cla_review_cancelled') IS NULL
    ALTER TABLE [ssd].[ssd_cla_reviews] ADD [clar_cla_review_cancelled] NCHAR(1);
IF COL_LENGTH(N'[ssd].[ssd_cla_reviews]', N'clar_cla_review_participation') IS NULL
    ALTER TABLE [ssd].[ssd_cla_reviews] ADD [clar_cla_review_participation] NVARCHAR(100);

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_cla_reviews_clar_cla_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_cla_reviews]'))
    CREATE INDEX [ix_ssd_cla_reviews_clar_cla_id] ON [ssd].[ssd_cla_reviews] ([clar_cla_id]);
IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_cla_reviews_clar_cla_person_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_cla_reviews]'))
    CREATE INDEX [ix_ssd_cla_reviews_clar_cla_person_id] ON [ssd].[ssd_cla_reviews] ([clar_cla_person_id]);
GO
