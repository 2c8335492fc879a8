RAISERROR(N'refilling ssd_cla_placement', 0, 1) WITH NOWAIT;
BEGIN TRY
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_cla_placement];
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
    INSERT INTO [ssd].[ssd_cla_placement] ([clap_cla_placement_id], [clap_cla_id], [clap_person_id], [clap_cla_placement_start_date], [clap_cla_placement_type], [clap_cla_placement_urn], [clap_cla_placement_distance], [clap_cla_placement_provider], [clap_cla_placement_postcode], [clap_cla_placement_end_date], [clap_cla_placement_change_reason])
    SELECT
        CAST(f.placement_id AS VARCHAR(48)),
        CAST(ls.period_id AS VARCHAR(48)),
        CAST(f.person_id AS VARCHAR(48)),
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
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_cla_placement', @loaded) WITH NOWAIT;
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;

GO
