RAISERROR(N'refilling ssd_cla_placement', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_cla_placement') IS NOT NULL DROP TABLE [#ssd_load_ssd_cla_placement];
    CREATE TABLE [#ssd_load_ssd_cla_placement] ([clap_cla_placement_id] NVARCHAR(MAX), [clap_cla_id] NVARCHAR(MAX), [clap_person_id] NVARCHAR(MAX), [clap_cla_placement_start_date] DATETIME, [clap_cla_placement_type] NVARCHAR(MAX), [clap_cla_placement_urn] NVARCHAR(MAX), [clap_cla_placement_distance] FLOAT, [clap_cla_placement_provider] NVARCHAR(MAX), [clap_cla_placement_postcode] NVARCHAR(MAX), [clap_cla_placement_end_date] DATETIME, [clap_cla_placement_change_reason] NVARCHAR(MAX));
    WITH firsts AS (
        SELECT ps.PLACEMENT_ID AS placement_id, MAX(ps.PERSON_ID) AS person_id, MIN(ps.START_DATE) AS start_date
        FROM [dm_PLACEMENTS] ps
        GROUP BY ps.PLACEMENT_ID
    ),
    last_splits AS (
        SELECT pl.PLACEMENT_ID AS placement_id, pl.PERSON_ID AS person_id, pl.PERIOD_OF_CARE_ID AS period_id,
               pl.PLACEMENT_TYPE AS placement_type, pl.END_DATE AS end_date,
               pl.REASON_FOR_PLACEMENT_CHANGE AS change_reason,
               ROW_NUMBER() OVER (PARTITION BY pl.PLACEMENT_ID ORDER BY pl.SPLIT_NUMBER DESC) AS rn
        FROM [dm_PLACEMENTS] pl
    ),
    elements AS (
        SELECT cs.PLACEMENT_ID AS placement_id, pd.OFSTED_URN AS urn, pd.CIN_PROVIDER_CATEGORY_CODE AS provider,
               ROW_NUMBER() OVER (PARTITION BY cs.PLACEMENT_ID ORDER BY cs.START_DATE DESC, cs.SERVICE_SPLIT_NUMBER DESC) AS rn
        FROM [dm_cla_summaries] cs
        JOIN [dm_PLACEMENT_DETAILS] pd
          ON pd.ELEMENT_DETAIL_ID = cs.ELEMENT_DETAIL_ID AND pd.SPLIT_NUMBER = cs.SERVICE_SPLIT_NUMBER
    ),
    addresses AS (
        SELECT ap.PLACEMENT_ID AS placement_id, ca.POST_CODE AS postcode,
               ROW_NUMBER() OVER (PARTITION BY ap.PLACEMENT_ID
                                  ORDER BY ap.SPLIT_NUMBER DESC, acs.START_DATE DESC, acs.SERVICE_SPLIT_NUMBER DESC,
                                           ca.START_DATE DESC) AS rn
        FROM [dm_PLACEMENTS] ap
        JOIN [dm_cla_summaries] acs ON acs.PLACEMENT_ID = ap.PLACEMENT_ID
        JOIN [dm_PLACEMENT_DETAILS] apd
          ON apd.ELEMENT_DETAIL_ID = acs.ELEMENT_DETAIL_ID AND apd.SPLIT_NUMBER = acs.SERVICE_SPLIT_NUMBER
        JOIN [dm_PLACEMENT_CARER_ADDRESSES] ca
          ON ca.CARER_ID = apd.CARER_ID AND ca.START_DATE <= COALESCE(ap.END_DATE, CAST(GETDATE() AS DATE)) AND (ca.END_DATE IS NULL OR ca.END_DATE >= COALESCE(ap.END_DATE, CAST(GETDATE() AS DATE)))
    )
    INSERT INTO [#ssd_load_ssd_cla_placement] ([clap_cla_placement_id], [clap_cla_id], [clap_person_id], [clap_cla_placement_start_date], [clap_cla_placement_type], [clap_cla_placement_urn], [clap_cla_placement_distance], [clap_cla_placement_provider], [clap_cla_placement_postcode], [clap_cla_placement_end_date], [clap_cla_placement_change_reason])
    SELECT
        CAST(f.placement_id AS NVARCHAR(48)),
        CAST(ls.period_id AS NVARCHAR(48)),
        CAST(f.person_id AS NVARCHAR(48)),
        f.start_date,
        LEFT(ls.placement_type, 100),
        LEFT(el.urn, 48),
        NULL,  -- clap_cla_placement_distance: the data mart holds no distance from home
        LEFT(el.provider, 48),
        LEFT(UPPER(LTRIM(RTRIM(ad.postcode))), 8),
        ls.end_date,
        LEFT(ls.change_reason, 100)
    FROM firsts f
    LEFT JOIN last_splits ls ON ls.placement_id = f.placement_id AND ls.rn = 1
    LEFT JOIN elements el ON el.placement_id = f.placement_id AND el.rn = 1
    LEFT JOIN addresses ad ON ad.placement_id = f.placement_id AND ad.rn = 1
    WHERE f.start_date <= CAST(GETDATE() AS DATE) AND (ls.end_date IS NULL OR ls.end_date >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)))
      AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(f.person_id AS NVARCHAR(48)));
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_cla_placement];
    INSERT INTO [ssd].[ssd_cla_placement] ([clap_cla_placement_id], [clap_cla_id], [clap_person_id], [clap_cla_placement_start_date], [clap_cla_placement_type], [clap_cla_placement_urn], [clap_cla_placement_distance], [clap_cla_placement_provider], [clap_cla_placement_postcode], [clap_cla_placement_end_date], [clap_cla_placement_change_reason])
    SELECT CASE WHEN LEN([clap_cla_placement_id]) > 48 THEN CONCAT(LEFT([clap_cla_placement_id], 47), N'…') ELSE [clap_cla_placement_id] END, CASE WHEN LEN([clap_cla_id]) > 48 THEN CONCAT(LEFT([clap_cla_id], 47), N'…') ELSE [clap_cla_id] END, CASE WHEN LEN([clap_person_id]) > 48 THEN CONCAT(LEFT([clap_person_id], 47), N'…') ELSE [clap_person_id] END, [clap_cla_placement_start_date], CASE WHEN LEN([clap_cla_placement_type]) > 100 THEN CONCAT(LEFT([clap_cla_placement_type], 99), N'…') ELSE [clap_cla_placement_type] END, CASE WHEN LEN([clap_cla_placement_urn]) > 48 THEN CONCAT(LEFT([clap_cla_placement_urn], 47), N'…') ELSE [clap_cla_placement_urn] END, [clap_cla_placement_distance], CASE WHEN LEN([clap_cla_placement_provider]) > 48 THEN CONCAT(LEFT([clap_cla_placement_provider], 47), N'…') ELSE [clap_cla_placement_provider] END, CASE WHEN LEN([clap_cla_placement_postcode]) > 8 THEN CONCAT(LEFT([clap_cla_placement_postcode], 7), N'…') ELSE [clap_cla_placement_postcode] END, [clap_cla_placement_end_date], CASE WHEN LEN([clap_cla_placement_change_reason]) > 100 THEN CONCAT(LEFT([clap_cla_placement_change_reason], 99), N'…') ELSE [clap_cla_placement_change_reason] END FROM [#ssd_load_ssd_cla_placement];
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_cla_placement', @loaded) WITH NOWAIT;
    -- one pass over the load table counts both: text cut to fit and values the fill could not convert
    DECLARE @cuts NVARCHAR(4000), @unread NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' clap_cla_placement_id=', SUM(CASE WHEN LEN([clap_cla_placement_id]) > 48 THEN 1 ELSE 0 END)), N' clap_cla_placement_id=0'), NULLIF(CONCAT(N' clap_cla_id=', SUM(CASE WHEN LEN([clap_cla_id]) > 48 THEN 1 ELSE 0 END)), N' clap_cla_id=0'), NULLIF(CONCAT(N' clap_person_id=', SUM(CASE WHEN LEN([clap_person_id]) > 48 THEN 1 ELSE 0 END)), N' clap_person_id=0'), NULLIF(CONCAT(N' clap_cla_placement_type=', SUM(CASE WHEN LEN([clap_cla_placement_type]) > 100 THEN 1 ELSE 0 END)), N' clap_cla_placement_type=0'), NULLIF(CONCAT(N' clap_cla_placement_urn=', SUM(CASE WHEN LEN([clap_cla_placement_urn]) > 48 THEN 1 ELSE 0 END)), N' clap_cla_placement_urn=0'), NULLIF(CONCAT(N' clap_cla_placement_provider=', SUM(CASE WHEN LEN([clap_cla_placement_provider]) > 48 THEN 1 ELSE 0 END)), N' clap_cla_placement_provider=0'), NULLIF(CONCAT(N' clap_cla_placement_postcode=', SUM(CASE WHEN LEN([clap_cla_placement_postcode]) > 8 THEN 1 ELSE 0 END)), N' clap_cla_placement_postcode=0'), NULLIF(CONCAT(N' clap_cla_placement_change_reason=', SUM(CASE WHEN LEN([clap_cla_placement_change_reason]) > 100 THEN 1 ELSE 0 END)), N' clap_cla_placement_change_reason=0')) FROM [#ssd_load_ssd_cla_placement];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_cla_placement', @cuts) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_cla_placement];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;

GO
