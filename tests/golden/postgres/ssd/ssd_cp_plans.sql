-- ssd_cp_plans
DO $$ BEGIN RAISE NOTICE '%', 'table ssd_cp_plans'; END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ssd_cp_plans"') IS NULL THEN
        CREATE TABLE "ssd"."ssd_cp_plans" (
            "cppl_cp_plan_id" VARCHAR(48) NOT NULL,
            "cppl_referral_id" VARCHAR(48),
            "cppl_icpc_id" VARCHAR(48),
            "cppl_person_id" VARCHAR(48),
            "cppl_cp_plan_start_date" TIMESTAMP,
            "cppl_cp_plan_end_date" TIMESTAMP,
            "cppl_cp_plan_ola" CHAR(1),
            "cppl_cp_plan_initial_category" VARCHAR(100),
            "cppl_cp_plan_latest_category" VARCHAR(100),
            CONSTRAINT "pk_ssd_cp_plans" PRIMARY KEY ("cppl_cp_plan_id")
        );
    END IF;
END $$;
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cp_plans"') AND attname = 'cppl_cp_plan_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cp_plans" ADD COLUMN "cppl_cp_plan_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cp_plans"') AND attname = 'cppl_referral_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cp_plans" ADD COLUMN "cppl_referral_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cp_plans"') AND attname = 'cppl_icpc_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cp_plans" ADD COLUMN "cppl_icpc_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cp_plans"') AND attname = 'cppl_person_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cp_plans" ADD COLUMN "cppl_person_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cp_plans"') AND attname = 'cppl_cp_plan_start_date' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cp_plans" ADD COLUMN "cppl_cp_plan_start_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cp_plans"') AND attname = 'cppl_cp_plan_end_date' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cp_plans" ADD COLUMN "cppl_cp_plan_end_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cp_plans"') AND attname = 'cppl_cp_plan_ola' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cp_plans" ADD COLUMN "cppl_cp_plan_ola" CHAR(1);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cp_plans"') AND attname = 'cppl_cp_plan_initial_category' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cp_plans" ADD COLUMN "cppl_cp_plan_initial_category" VARCHAR(100);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cp_plans"') AND attname = 'cppl_cp_plan_latest_category' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cp_plans" ADD COLUMN "cppl_cp_plan_latest_category" VARCHAR(100);
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_cp_plans_cppl_referral_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_cp_plans_cppl_referral_id" ON "ssd"."ssd_cp_plans" ("cppl_referral_id");
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_cp_plans_cppl_person_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_cp_plans_cppl_person_id" ON "ssd"."ssd_cp_plans" ("cppl_person_id");
    END IF;
END $$;
-- ssd-bridge: end of batch
