-- ssd_cla_episodes
DO $$ BEGIN RAISE NOTICE '%', 'table ssd_cla_episodes'; END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ssd_cla_episodes"') IS NULL THEN
        CREATE TABLE "ssd"."ssd_cla_episodes" (
            "clae_cla_episode_id" VARCHAR(48) NOT NULL,
            "clae_person_id" VARCHAR(48),
            "clae_cla_placement_id" VARCHAR(48),
            "clae_cla_episode_start_date" TIMESTAMP,
            "clae_cla_episode_start_reason" VARCHAR(100),
            "clae_cla_primary_need_code" VARCHAR(3),
            "clae_cla_episode_ceased_date" TIMESTAMP,
            "clae_cla_episode_ceased_reason" VARCHAR(255),
            "clae_cla_id" VARCHAR(48),
            "clae_referral_id" VARCHAR(48),
            "clae_cla_last_iro_contact_date" TIMESTAMP,
            "clae_entered_care_date" TIMESTAMP,
            CONSTRAINT "pk_ssd_cla_episodes" PRIMARY KEY ("clae_cla_episode_id")
        );
    END IF;
END $$;
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cla_episodes"') AND attname = 'clae_cla_episode_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cla_episodes" ADD COLUMN "clae_cla_episode_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cla_episodes"') AND attname = 'clae_person_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cla_episodes" ADD COLUMN "clae_person_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cla_episodes"') AND attname = 'clae_cla_placement_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cla_episodes" ADD COLUMN "clae_cla_placement_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cla_episodes"') AND attname = 'clae_cla_episode_start_date' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cla_episodes" ADD COLUMN "clae_cla_episode_start_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cla_episodes"') AND attname = 'clae_cla_episode_start_reason' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cla_episodes" ADD COLUMN "clae_cla_episode_start_reason" VARCHAR(100);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cla_episodes"') AND attname = 'clae_cla_primary_need_code' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cla_episodes" ADD COLUMN "clae_cla_primary_need_code" VARCHAR(3);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cla_episodes"') AND attname = 'clae_cla_episode_ceased_date' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cla_episodes" ADD COLUMN "clae_cla_episode_ceased_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cla_episodes"') AND attname = 'clae_cla_episode_ceased_reason' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cla_episodes" ADD COLUMN "clae_cla_episode_ceased_reason" VARCHAR(255);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cla_episodes"') AND attname = 'clae_cla_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cla_episodes" ADD COLUMN "clae_cla_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cla_episodes"') AND attname = 'clae_referral_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cla_episodes" ADD COLUMN "clae_referral_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cla_episodes"') AND attname = 'clae_cla_last_iro_contact_date' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cla_episodes" ADD COLUMN "clae_cla_last_iro_contact_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cla_episodes"') AND attname = 'clae_entered_care_date' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cla_episodes" ADD COLUMN "clae_entered_care_date" TIMESTAMP;
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_cla_episodes_clae_person_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_cla_episodes_clae_person_id" ON "ssd"."ssd_cla_episodes" ("clae_person_id");
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_cla_episodes_clae_cla_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_cla_episodes_clae_cla_id" ON "ssd"."ssd_cla_episodes" ("clae_cla_id");
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_cla_episodes_clae_referral_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_cla_episodes_clae_referral_id" ON "ssd"."ssd_cla_episodes" ("clae_referral_id");
    END IF;
END $$;
-- ssd-bridge: end of batch
