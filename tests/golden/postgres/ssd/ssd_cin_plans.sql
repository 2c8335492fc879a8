-- ssd_cin_plans
DO $$ BEGIN RAISE NOTICE '%', 'table ssd_cin_plans'; END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ssd_cin_plans"') IS NULL THEN
        CREATE TABLE "ssd"."ssd_cin_plans" (
            "cinp_cin_plan_id" VARCHAR(48) NOT NULL,
            "cinp_referral_id" VARCHAR(48),
            "cinp_person_id" VARCHAR(48),
            "cinp_cin_plan_start_date" TIMESTAMP,
            "cinp_cin_plan_end_date" TIMESTAMP,
            "cinp_cin_plan_team" VARCHAR(48),
            "cinp_cin_plan_worker_id" VARCHAR(100),
            CONSTRAINT "pk_ssd_cin_plans" PRIMARY KEY ("cinp_cin_plan_id")
        );
    END IF;
END $$;
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cin_plans"') AND attname = 'cinp_cin_plan_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cin_plans" ADD COLUMN "cinp_cin_plan_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cin_plans"') AND attname = 'cinp_referral_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cin_plans" ADD COLUMN "cinp_referral_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cin_plans"') AND attname = 'cinp_person_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cin_plans" ADD COLUMN "cinp_person_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cin_plans"') AND attname = 'cinp_cin_plan_start_date' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cin_plans" ADD COLUMN "cinp_cin_plan_start_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cin_plans"') AND attname = 'cinp_cin_plan_end_date' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cin_plans" ADD COLUMN "cinp_cin_plan_end_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cin_plans"') AND attname = 'cinp_cin_plan_team' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cin_plans" ADD COLUMN "cinp_cin_plan_team" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cin_plans"') AND attname = 'cinp_cin_plan_worker_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cin_plans" ADD COLUMN "cinp_cin_plan_worker_id" VARCHAR(100);
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_cin_plans_cinp_referral_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_cin_plans_cinp_referral_id" ON "ssd"."ssd_cin_plans" ("cinp_referral_id");
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_cin_plans_cinp_person_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_cin_plans_cinp_person_id" ON "ssd"."ssd_cin_plans" ("cinp_person_id");
    END IF;
END $$;
-- ssd-bridge: end of batch
