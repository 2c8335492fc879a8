
RAISERROR(N'refilling ssd_cla_placement', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_cla_placement') IS NOT NULL DROP TABLE [#ssd_load_ssd_cla_placement];
    CREATE TABLE [#ssd_load_ssd_cla_placement] ([clap_cla_placement_id] NVARCHAR(MAX), [clap_cla_id] NVARCHAR(MAX), [clap_person_id] NVARCHAR(MAX), [clap_cla_placement_start_date] DATETIME, [clap_cla_placement_type] NVARCHAR(MAX), [clap_cla_placement_urn] NVARCHAR(MAX), [clap_cla_placement_distance] FLOAT, [clap_cla_placement_provider] NVARCHAR(MAX), [clap_cla_placement_postcode] NVARCHAR(MAX), [clap_cla_placement_end_date] DATETIME, [clap_cla_placement_change_reason] NVARCHAR(MAX), [unreadable__clap_cla_placement_distance] INT);
    WITH urns AS (
        -- one URN per placement (the highest, so the choice is repeatable)
        SELECT e.FACT_CLA_PLACEMENT_ID, MAX(e.OFSTED_URN) AS urn
        FROM [HDM].[Child_Social].[FACT_CARE_EPISODES] e
        WHERE e.OFSTED_URN LIKE 'SC%'
        GROUP BY e.FACT_CLA_PLACEMENT_ID
    )
    INSERT INTO [#ssd_load_ssd_cla_placement] ([clap_cla_placement_id], [clap_cla_id], [clap_person_id], [clap_cla_placement_start_date], [clap_cla_placement_type], [clap_cla_placement_urn], [clap_cla_placement_distance], [clap_cla_placement_provider], [clap_cla_placement_postcode], [clap_cla_placement_end_date], [clap_cla_placement_change_reason], [unreadable__clap_cla_placement_distance])
    SELECT
        CAST(pl.FACT_CLA_PLACEMENT_ID AS NVARCHAR(48)),
        CAST(NULLIF(pl.FACT_CLA_ID, -1) AS NVARCHAR(48)),
        CAST(pl.DIM_PERSON_ID AS NVARCHAR(48)),
        pl.START_DTTM,
        NULLIF(LEFT(LTRIM(RTRIM(pl.DIM_LOOKUP_PLACEMENT_TYPE_CODE)), 100), ''),
        LEFT(u.urn, 48),
        CASE WHEN CASE WHEN LEFT(LTRIM(RTRIM(CAST(pl.DISTANCE_FROM_HOME AS NVARCHAR(MAX)))), 1) = N'-' THEN STUFF(LTRIM(RTRIM(CAST(pl.DISTANCE_FROM_HOME AS NVARCHAR(MAX)))), 1, 1, N'') ELSE LTRIM(RTRIM(CAST(pl.DISTANCE_FROM_HOME AS NVARCHAR(MAX)))) END LIKE N'%[0-9]%' AND CASE WHEN LEFT(LTRIM(RTRIM(CAST(pl.DISTANCE_FROM_HOME AS NVARCHAR(MAX)))), 1) = N'-' THEN STUFF(LTRIM(RTRIM(CAST(pl.DISTANCE_FROM_HOME AS NVARCHAR(MAX)))), 1, 1, N'') ELSE LTRIM(RTRIM(CAST(pl.DISTANCE_FROM_HOME AS NVARCHAR(MAX)))) END NOT LIKE N'%[^0-9.]%' AND CASE WHEN LEFT(LTRIM(RTRIM(CAST(pl.DISTANCE_FROM_HOME AS NVARCHAR(MAX)))), 1) = N'-' THEN STUFF(LTRIM(RTRIM(CAST(pl.DISTANCE_FROM_HOME AS NVARCHAR(MAX)))), 1, 1, N'') ELSE LTRIM(RTRIM(CAST(pl.DISTANCE_FROM_HOME AS NVARCHAR(MAX)))) END NOT LIKE N'%.%.%' AND CHARINDEX(N'.', CASE WHEN LEFT(LTRIM(RTRIM(CAST(pl.DISTANCE_FROM_HOME AS NVARCHAR(MAX)))), 1) = N'-' THEN STUFF(LTRIM(RTRIM(CAST(pl.DISTANCE_FROM_HOME AS NVARCHAR(MAX)))), 1, 1, N'') ELSE LTRIM(RTRIM(CAST(pl.DISTANCE_FROM_HOME AS NVARCHAR(MAX)))) END + N'.') <= 16 THEN TRY_CAST(LTRIM(RTRIM(CAST(pl.DISTANCE_FROM_HOME AS NVARCHAR(MAX)))) AS FLOAT) END,
        NULLIF(LEFT(LTRIM(RTRIM(pl.DIM_LOOKUP_PLACEMENT_PROVIDER_CODE)), 48), ''),
        CASE WHEN LTRIM(RTRIM(pl.POSTCODE)) LIKE '_____%' THEN NULLIF(LEFT(LTRIM(RTRIM(pl.POSTCODE)), 8), '') END,
        pl.END_DTTM,
        NULLIF(LEFT(LTRIM(RTRIM(pl.DIM_LOOKUP_PLAC_CHNG_REAS_CODE)), 100), ''),
        CASE WHEN CASE WHEN CASE WHEN LEFT(LTRIM(RTRIM(CAST(pl.DISTANCE_FROM_HOME AS NVARCHAR(MAX)))), 1) = N'-' THEN STUFF(LTRIM(RTRIM(CAST(pl.DISTANCE_FROM_HOME AS NVARCHAR(MAX)))), 1, 1, N'') ELSE LTRIM(RTRIM(CAST(pl.DISTANCE_FROM_HOME AS NVARCHAR(MAX)))) END LIKE N'%[0-9]%' AND CASE WHEN LEFT(LTRIM(RTRIM(CAST(pl.DISTANCE_FROM_HOME AS NVARCHAR(MAX)))), 1) = N'-' THEN STUFF(LTRIM(RTRIM(CAST(pl.DISTANCE_FROM_HOME AS NVARCHAR(MAX)))), 1, 1, N'') ELSE LTRIM(RTRIM(CAST(pl.DISTANCE_FROM_HOME AS NVARCHAR(MAX)))) END NOT LIKE N'%[^0-9.]%' AND CASE WHEN LEFT(LTRIM(RTRIM(CAST(pl.DISTANCE_FROM_HOME AS NVARCHAR(MAX)))), 1) = N'-' THEN STUFF(LTRIM(RTRIM(CAST(pl.DISTANCE_FROM_HOME AS NVARCHAR(MAX)))), 1, 1, N'') ELSE LTRIM(RTRIM(CAST(pl.DISTANCE_FROM_HOME AS NVARCHAR(MAX)))) END NOT LIKE N'%.%.%' AND CHARINDEX(N'.', CASE WHEN LEFT(LTRIM(RTRIM(CAST(pl.DISTANCE_FROM_HOME AS NVARCHAR(MAX)))), 1) = N'-' THEN STUFF(LTRIM(RTRIM(CAST(pl.DISTANCE_FROM_HOME AS NVARCHAR(MAX)))), 1, 1, N'') ELSE LTRIM(RTRIM(CAST(pl.DISTANCE_FROM_HOME AS NVARCHAR(MAX)))) END + N'.') <= 16 THEN TRY_CAST(LTRIM(RTRIM(CAST(pl.DISTANCE_FROM_HOME AS NVARCHAR(MAX)))) AS FLOAT) END IS NULL AND LTRIM(RTRIM(CAST(pl.DISTANCE_FROM_HOME AS NVARCHAR(4000)))) <> '' THEN 1 END
    FROM [HDM].[Child_Social].[FACT_CLA_PLACEMENT] pl
    LEFT JOIN urns u ON u.FACT_CLA_PLACEMENT_ID = pl.FACT_CLA_PLACEMENT_ID
    WHERE pl.FACT_CLA_PLACEMENT_ID <> -1
        AND UPPER(LTRIM(RTRIM(CAST(pl.DIM_LOOKUP_PLACEMENT_TYPE_CODE AS NVARCHAR(4000))))) IN (N'A1', N'A2', N'A3', N'A4', N'A5', N'A6', N'F1', N'F2', N'F3', N'F4', N'F5', N'F6', N'H1', N'H2', N'H3', N'H4', N'H5', N'H5A', N'K1', N'K2', N'M2', N'M3', N'P1', N'P2', N'Q1', N'Q2', N'R1', N'R2', N'R3', N'R5', N'S1', N'T0', N'T1', N'U1', N'U2', N'U3', N'U4', N'U5', N'U6', N'Z1')
        AND (pl.END_DTTM IS NULL OR pl.END_DTTM >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)))
        AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(pl.DIM_PERSON_ID AS NVARCHAR(48)));
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_cla_placement];
    INSERT INTO [ssd].[ssd_cla_placement] ([clap_cla_placement_id], [clap_cla_id], [clap_person_id], [clap_cla_placement_start_date], [clap_cla_placement_type], [clap_cla_placement_urn], [clap_cla_placement_distance], [clap_cla_placement_provider], [clap_cla_placement_postcode], [clap_cla_placement_end_date], [clap_cla_placement_change_reason])
    SELECT CASE WHEN LEN([clap_cla_placement_id]) > 48 THEN CONCAT(LEFT([clap_cla_placement_id], 47), N'…') ELSE [clap_cla_placement_id] END, CASE WHEN LEN([clap_cla_id]) > 48 THEN CONCAT(LEFT([clap_cla_id], 47), N'…') ELSE [clap_cla_id] END, CASE WHEN LEN([clap_person_id]) > 48 THEN CONCAT(LEFT([clap_person_id], 47), N'…') ELSE [clap_person_id] END, [clap_cla_placement_start_date], CASE WHEN LEN([clap_cla_placement_type]) > 100 THEN CONCAT(LEFT([clap_cla_placement_type], 99), N'…') ELSE [clap_cla_placement_type] END, CASE WHEN LEN([clap_cla_placement_urn]) > 48 THEN CONCAT(LEFT([clap_cla_placement_urn], 47), N'…') ELSE [clap_cla_placement_urn] END, [clap_cla_placement_distance], CASE WHEN LEN([clap_cla_placement_provider]) > 48 THEN CONCAT(LEFT([clap_cla_placement_provider], 47), N'…') ELSE [clap_cla_placement_provider] END, CASE WHEN LEN([clap_cla_placement_postcode]) > 8 THEN CONCAT(LEFT([clap_cla_placement_postcode], 7), N'…') ELSE [clap_cla_placement_postcode] END, [clap_cla_placement_end_date], CASE WHEN LEN([clap_cla_placement_change_reason]) > 100 THEN CONCAT(LEFT([clap_cla_placement_change_reason], 99), N'…') ELSE [clap_cla_placement_change_reason] END FROM [#ssd_load_ssd_cla_placement];
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_cla_placement', @loaded) WITH NOWAIT;
    -- one pass over the load table counts both: text cut to fit and values the fill could not convert
    DECLARE @cuts NVARCHAR(4000), @unread NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' clap_cla_placement_id=', SUM(CASE WHEN LEN([clap_cla_placement_id]) > 48 THEN 1 ELSE 0 END)), N' clap_cla_placement_id=0'), NULLIF(CONCAT(N' clap_cla_id=', SUM(CASE WHEN LEN([clap_cla_id]) > 48 THEN 1 ELSE 0 END)), N' clap_cla_id=0'), NULLIF(CONCAT(N' clap_person_id=', SUM(CASE WHEN LEN([clap_person_id]) > 48 THEN 1 ELSE 0 END)), N' clap_person_id=0'), NULLIF(CONCAT(N' clap_cla_placement_type=', SUM(CASE WHEN LEN([clap_cla_placement_type]) > 100 THEN 1 ELSE 0 END)), N' clap_cla_placement_type=0'), NULLIF(CONCAT(N' clap_cla_placement_urn=', SUM(CASE WHEN LEN([clap_cla_placement_urn]) > 48 THEN 1 ELSE 0 END)), N' clap_cla_placement_urn=0'), NULLIF(CONCAT(N' clap_cla_placement_provider=', SUM(CASE WHEN LEN([clap_cla_placement_provider]) > 48 THEN 1 ELSE 0 END)), N' clap_cla_placement_provider=0'), NULLIF(CONCAT(N' clap_cla_placement_postcode=', SUM(CASE WHEN LEN([clap_cla_placement_postcode]) > 8 THEN 1 ELSE 0 END)), N' clap_cla_placement_postcode=0'), NULLIF(CONCAT(N' clap_cla_placement_change_reason=', SUM(CASE WHEN LEN([clap_cla_placement_change_reason]) > 100 THEN 1 ELSE 0 END)), N' clap_cla_placement_change_reason=0')), @unread = CONCAT(N'', NULLIF(CONCAT(N' clap_cla_placement_distance=', SUM(CASE WHEN [unreadable__clap_cla_placement_distance] = 1 THEN 1 ELSE 0 END)), N' clap_cla_placement_distance=0')) FROM [#ssd_load_ssd_cla_placement];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_cla_placement', @cuts) WITH NOWAIT;
    IF @unread <> N'' RAISERROR(N'ssd-bridge unreadable: %s:%s', 0, 1, N'ssd_cla_placement', @unread) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_cla_placement];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
