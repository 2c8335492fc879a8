-- ssd_cin_episodes
DO $$ BEGIN RAISE NOTICE '%', 'table ssd_cin_episodes'; END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ssd_cin_episodes"') IS NULL THEN
        CREATE TABLE "ssd"."ssd_cin_episodes" (
            "cine_referral_id" VARCHAR(48) NOT NULL,
            "cine_person_id" VARCHAR(48),
            "cine_referral_date" TIMESTAMP,
            "cine_cin_primary_need_code" VARCHAR(3),
            "cine_referral_source_code" VARCHAR(48),
            "cine_referral_source_desc" VARCHAR(255),
            "cine_referral_outcome_json" VARCHAR(4000),
            "cine_referral_nfa" CHAR(1),
            "cine_close_reason" VARCHAR(100),
            "cine_close_date" TIMESTAMP,
            "cine_referral_team" VARCHAR(48),
            "cine_referral_worker_id" VARCHAR(48),
            CONSTRAINT "pk_ssd_cin_episodes" PRIMARY KEY ("cine_referral_id")
        );
    END IF;
END $$;
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cin_episodes"') AND attname = 'cine_referral_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cin_episodes" ADD COLUMN "cine_referral_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cin_episodes"') AND attname = 'cine_person_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cin_episodes" ADD COLUMN "cine_person_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cin_episodes"') AND attname = 'cine_referral_date' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cin_episodes" ADD COLUMN "cine_referral_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cin_episodes"') AND attname = 'cine_cin_primary_need_code' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cin_episodes" ADD COLUMN "cine_cin_primary_need_code" VARCHAR(3);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cin_episodes"') AND attname = 'cine_referral_source_code' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cin_episodes" ADD COLUMN "cine_referral_source_code" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cin_episodes"') AND attname = 'cine_referral_source_desc' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cin_episodes" ADD COLUMN "cine_referral_source_desc" VARCHAR(255);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cin_episodes"') AND attname = 'cine_referral_outcome_json' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cin_episodes" ADD COLUMN "cine_referral_outcome_json" VARCHAR(4000);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cin_episodes"') AND attname = 'cine_referral_nfa' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cin_episodes" ADD COLUMN "cine_referral_nfa" CHAR(1);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cin_episodes"') AND attname = 'cine_close_reason' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cin_episodes" ADD COLUMN "cine_close_reason" VARCHAR(100);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cin_episodes"') AND attname = 'cine_close_date' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cin_episodes" ADD COLUMN "cine_close_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cin_episodes"') AND attname = 'cine_referral_team' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cin_episodes" ADD COLUMN "cine_referral_team" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cin_episodes"') AND attname = 'cine_referral_worker_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cin_episodes" ADD COLUMN "cine_referral_worker_id" VARCHAR(48);
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_cin_episodes_cine_person_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_cin_episodes_cine_person_id" ON "ssd"."ssd_cin_episodes" ("cine_person_id");
    END IF;
END $$;
-- ssd-bridge: end of batch
