
RAISERROR(N'refilling ssd_cla_episodes', 0, 1) WITH NOWAIT;
BEGIN TRY
    IF OBJECT_ID(N'tempdb..#ssd_load_ssd_cla_episodes') IS NOT NULL DROP TABLE [#ssd_load_ssd_cla_episodes];
    CREATE TABLE [#ssd_load_ssd_cla_episodes] ([clae_cla_episode_id] NVARCHAR(MAX), [clae_person_id] NVARCHAR(MAX), [clae_cla_placement_id] NVARCHAR(MAX), [clae_cla_episode_start_date] DATETIME, [clae_cla_episode_start_reason] NVARCHAR(MAX), [clae_cla_primary_need_code] NVARCHAR(MAX), [clae_cla_episode_ceased_date] DATETIME, [clae_cla_episode_ceased_reason] NVARCHAR(MAX), [clae_cla_id] NVARCHAR(MAX), [clae_referral_id] NVARCHAR(MAX), [clae_cla_last_iro_contact_date] DATETIME, [clae_entered_care_date] DATETIME);
    WITH iro AS (
        SELECT n.DIM_PERSON_ID, MAX(n.EVENT_DTTM) AS last_contact
        FROM [HDM].[Child_Social].[FACT_CASENOTES] n
        WHERE UPPER(LTRIM(RTRIM(CAST(n.DIM_LOOKUP_CASNT_TYPE_ID_CODE AS NVARCHAR(4000))))) = N'IRO'
            AND n.EVENT_DTTM IS NOT NULL
        GROUP BY n.DIM_PERSON_ID
    )
    INSERT INTO [#ssd_load_ssd_cla_episodes] ([clae_cla_episode_id], [clae_person_id], [clae_cla_placement_id], [clae_cla_episode_start_date], [clae_cla_episode_start_reason], [clae_cla_primary_need_code], [clae_cla_episode_ceased_date], [clae_cla_episode_ceased_reason], [clae_cla_id], [clae_referral_id], [clae_cla_last_iro_contact_date], [clae_entered_care_date])
    SELECT
        CAST(fce.FACT_CARE_EPISODES_ID AS NVARCHAR(48)),
        CAST(fce.DIM_PERSON_ID AS NVARCHAR(48)),
        CAST(NULLIF(fce.FACT_CLA_PLACEMENT_ID, -1) AS NVARCHAR(48)),
        fce.CARE_START_DATE,
        CAST(LTRIM(RTRIM(fce.CARE_REASON_DESC)) AS NVARCHAR(100)),
        LEFT(fce.CIN_903_CODE, 3),
        fce.CARE_END_DATE,
        NULLIF(LEFT(LTRIM(RTRIM(fce.CARE_REASON_END_CODE)), 255), ''),
        CAST(fc.FACT_CLA_ID AS NVARCHAR(48)),
        CAST(NULLIF(fc.FACT_REFERRAL_ID, -1) AS NVARCHAR(48)),
        iro.last_contact,
        fc.START_DTTM
    FROM [HDM].[Child_Social].[FACT_CARE_EPISODES] fce
    JOIN [HDM].[Child_Social].[FACT_CLA] fc ON fc.FACT_CLA_ID = fce.FACT_CLA_ID
    LEFT JOIN iro ON iro.DIM_PERSON_ID = fce.DIM_PERSON_ID
    WHERE fce.DIM_PERSON_ID <> -1
        AND (fce.CARE_END_DATE IS NULL OR fce.CARE_END_DATE >= DATEADD(YEAR, -6, CAST(GETDATE() AS DATE)))
        AND EXISTS (SELECT 1 FROM [ssd].[ssd_person] sp WHERE sp.pers_person_id = CAST(fce.DIM_PERSON_ID AS NVARCHAR(48)));
    BEGIN TRANSACTION;
    DELETE FROM [ssd].[ssd_cla_episodes];
    INSERT INTO [ssd].[ssd_cla_episodes] ([clae_cla_episode_id], [clae_person_id], [clae_cla_placement_id], [clae_cla_episode_start_date], [clae_cla_episode_start_reason], [clae_cla_primary_need_code], [clae_cla_episode_ceased_date], [clae_cla_episode_ceased_reason], [clae_cla_id], [clae_referral_id], [clae_cla_last_iro_contact_date], [clae_entered_care_date])
    SELECT CASE WHEN LEN([clae_cla_episode_id]) > 48 THEN CONCAT(LEFT([clae_cla_episode_id], 47), N'…') ELSE [clae_cla_episode_id] END, CASE WHEN LEN([clae_person_id]) > 48 THEN CONCAT(LEFT([clae_person_id], 47), N'…') ELSE [clae_person_id] END, CASE WHEN LEN([clae_cla_placement_id]) > 48 THEN CONCAT(LEFT([clae_cla_placement_id], 47), N'…') ELSE [clae_cla_placement_id] END, [clae_cla_episode_start_date], CASE WHEN LEN([clae_cla_episode_start_reason]) > 100 THEN CONCAT(LEFT([clae_cla_episode_start_reason], 99), N'…') ELSE [clae_cla_episode_start_reason] END, CASE WHEN LEN([clae_cla_primary_need_code]) > 3 THEN CONCAT(LEFT([clae_cla_primary_need_code], 2), N'…') ELSE [clae_cla_primary_need_code] END, [clae_cla_episode_ceased_date], CASE WHEN LEN([clae_cla_episode_ceased_reason]) > 255 THEN CONCAT(LEFT([clae_cla_episode_ceased_reason], 254), N'…') ELSE [clae_cla_episode_ceased_reason] END, CASE WHEN LEN([clae_cla_id]) > 48 THEN CONCAT(LEFT([clae_cla_id], 47), N'…') ELSE [clae_cla_id] END, CASE WHEN LEN([clae_referral_id]) > 48 THEN CONCAT(LEFT([clae_referral_id], 47), N'…') ELSE [clae_referral_id] END, [clae_cla_last_iro_contact_date], [clae_entered_care_date] FROM [#ssd_load_ssd_cla_episodes];
    DECLARE @loaded INT = @@ROWCOUNT;
    COMMIT TRANSACTION;
    RAISERROR(N'%s: %d rows loaded', 0, 1, N'ssd_cla_episodes', @loaded) WITH NOWAIT;
    -- one pass over the load table counts both: text cut to fit and values the fill could not convert
    DECLARE @cuts NVARCHAR(4000), @unread NVARCHAR(4000);
    SELECT @cuts = CONCAT(N'', NULLIF(CONCAT(N' clae_cla_episode_id=', SUM(CASE WHEN LEN([clae_cla_episode_id]) > 48 THEN 1 ELSE 0 END)), N' clae_cla_episode_id=0'), NULLIF(CONCAT(N' clae_person_id=', SUM(CASE WHEN LEN([clae_person_id]) > 48 THEN 1 ELSE 0 END)), N' clae_person_id=0'), NULLIF(CONCAT(N' clae_cla_placement_id=', SUM(CASE WHEN LEN([clae_cla_placement_id]) > 48 THEN 1 ELSE 0 END)), N' clae_cla_placement_id=0'), NULLIF(CONCAT(N' clae_cla_episode_start_reason=', SUM(CASE WHEN LEN([clae_cla_episode_start_reason]) > 100 THEN 1 ELSE 0 END)), N' clae_cla_episode_start_reason=0'), NULLIF(CONCAT(N' clae_cla_primary_need_code=', SUM(CASE WHEN LEN([clae_cla_primary_need_code]) > 3 THEN 1 ELSE 0 END)), N' clae_cla_primary_need_code=0'), NULLIF(CONCAT(N' clae_cla_episode_ceased_reason=', SUM(CASE WHEN LEN([clae_cla_episode_ceased_reason]) > 255 THEN 1 ELSE 0 END)), N' clae_cla_episode_ceased_reason=0'), NULLIF(CONCAT(N' clae_cla_id=', SUM(CASE WHEN LEN([clae_cla_id]) > 48 THEN 1 ELSE 0 END)), N' clae_cla_id=0'), NULLIF(CONCAT(N' clae_referral_id=', SUM(CASE WHEN LEN([clae_referral_id]) > 48 THEN 1 ELSE 0 END)), N' clae_referral_id=0')) FROM [#ssd_load_ssd_cla_episodes];
    IF @cuts <> N'' RAISERROR(N'ssd-bridge cut: %s:%s', 0, 1, N'ssd_cla_episodes', @cuts) WITH NOWAIT;
    DROP TABLE [#ssd_load_ssd_cla_episodes];
END TRY
BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
END CATCH;
GO
