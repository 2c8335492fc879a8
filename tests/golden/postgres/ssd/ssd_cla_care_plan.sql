-- ssd_cla_care_plan
DO $$ BEGIN RAISE NOTICE '%', 'table ssd_cla_care_plan'; END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ssd_cla_care_plan"') IS NULL THEN
        CREATE TABLE "ssd"."ssd_cla_care_plan" (
            "lacp_table_id" VARCHAR(48) NOT NULL,
            "lacp_person_id" VARCHAR(48),
            "lacp_cla_care_plan_start_date" TIMESTAMP,
            "lacp_cla_care_plan_end_date" TIMESTAMP,
            "lacp_cla_care_plan_json" VARCHAR(1000),
            CONSTRAINT "pk_ssd_cla_care_plan" PRIMARY KEY ("lacp_table_id")
        );
    END IF;
END $$;
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cla_care_plan"') AND attname = 'lacp_table_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cla_care_plan" ADD COLUMN "lacp_table_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cla_care_plan"') AND attname = 'lacp_person_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cla_care_plan" ADD COLUMN "lacp_person_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cla_care_plan"') AND attname = 'lacp_cla_care_plan_start_date' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cla_care_plan" ADD COLUMN "lacp_cla_care_plan_start_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cla_care_plan"') AND attname = 'lacp_cla_care_plan_end_date' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cla_care_plan" ADD COLUMN "lacp_cla_care_plan_end_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cla_care_plan"') AND attname = 'lacp_cla_care_plan_json' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cla_care_plan" ADD COLUMN "lacp_cla_care_plan_json" VARCHAR(1000);
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_cla_care_plan_lacp_person_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_cla_care_plan_lacp_person_id" ON "ssd"."ssd_cla_care_plan" ("lacp_person_id");
    END IF;
END $$;
-- ssd-bridge: end of batch
