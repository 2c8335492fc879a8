-- ssd_missing
DO $$ BEGIN RAISE NOTICE '%', 'table ssd_missing'; END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ssd_missing"') IS NULL THEN
        CREATE TABLE "ssd"."ssd_missing" (
            "miss_table_id" VARCHAR(48) NOT NULL,
            "miss_person_id" VARCHAR(48),
            "miss_missing_episode_start_date" TIMESTAMP,
            "miss_missing_episode_type" VARCHAR(100),
            "miss_missing_episode_end_date" TIMESTAMP,
            "miss_missing_rhi_offered" VARCHAR(2),
            "miss_missing_rhi_accepted" VARCHAR(2),
            CONSTRAINT "pk_ssd_missing" PRIMARY KEY ("miss_table_id")
        );
    END IF;
END $$;
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_missing"') AND attname = 'miss_table_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_missing" ADD COLUMN "miss_table_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_missing"') AND attname = 'miss_person_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_missing" ADD COLUMN "miss_person_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_missing"') AND attname = 'miss_missing_episode_start_date' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_missing" ADD COLUMN "miss_missing_episode_start_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_missing"') AND attname = 'miss_missing_episode_type' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_missing" ADD COLUMN "miss_missing_episode_type" VARCHAR(100);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_missing"') AND attname = 'miss_missing_episode_end_date' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_missing" ADD COLUMN "miss_missing_episode_end_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_missing"') AND attname = 'miss_missing_rhi_offered' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_missing" ADD COLUMN "miss_missing_rhi_offered" VARCHAR(2);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_missing"') AND attname = 'miss_missing_rhi_accepted' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_missing" ADD COLUMN "miss_missing_rhi_accepted" VARCHAR(2);
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_missing_miss_person_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_missing_miss_person_id" ON "ssd"."ssd_missing" ("miss_person_id");
    END IF;
END $$;
-- ssd-bridge: end of batch
