-- ssd_early_help_episodes
DO $$ BEGIN RAISE NOTICE '%', 'table ssd_early_help_episodes'; END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ssd_early_help_episodes"') IS NULL THEN
        CREATE TABLE "ssd"."ssd_early_help_episodes" (
            "earl_episode_id" VARCHAR(48) NOT NULL,
            "earl_person_id" VARCHAR(48),
            "earl_episode_start_date" TIMESTAMP,
            "earl_episode_end_date" TIMESTAMP,
            "earl_episode_reason" TEXT,
            "earl_episode_end_reason" TEXT,
            "earl_episode_organisation" TEXT,
            "earl_episode_worker_id" VARCHAR(100),
            CONSTRAINT "pk_ssd_early_help_episodes" PRIMARY KEY ("earl_episode_id")
        );
    END IF;
END $$;
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_early_help_episodes"') AND attname = 'earl_episode_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_early_help_episodes" ADD COLUMN "earl_episode_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_early_help_episodes"') AND attname = 'earl_person_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_early_help_episodes" ADD COLUMN "earl_person_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_early_help_episodes"') AND attname = 'earl_episode_start_date' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_early_help_episodes" ADD COLUMN "earl_episode_start_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_early_help_episodes"') AND attname = 'earl_episode_end_date' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_early_help_episodes" ADD COLUMN "earl_episode_end_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_early_help_episodes"') AND attname = 'earl_episode_reason' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_early_help_episodes" ADD COLUMN "earl_episode_reason" TEXT;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_early_help_episodes"') AND attname = 'earl_episode_end_reason' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_early_help_episodes" ADD COLUMN "earl_episode_end_reason" TEXT;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_early_help_episodes"') AND attname = 'earl_episode_organisation' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_early_help_episodes" ADD COLUMN "earl_episode_organisation" TEXT;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_early_help_episodes"') AND attname = 'earl_episode_worker_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_early_help_episodes" ADD COLUMN "earl_episode_worker_id" VARCHAR(100);
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_early_help_episodes_earl_person_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_early_help_episodes_earl_person_id" ON "ssd"."ssd_early_help_episodes" ("earl_person_id");
    END IF;
END $$;
-- ssd-bridge: end of batch
