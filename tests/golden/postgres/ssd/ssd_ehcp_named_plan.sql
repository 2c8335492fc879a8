-- ssd_ehcp_named_plan
DO $$ BEGIN RAISE NOTICE '%', 'table ssd_ehcp_named_plan'; END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ssd_ehcp_named_plan"') IS NULL THEN
        CREATE TABLE "ssd"."ssd_ehcp_named_plan" (
            "ehcn_named_plan_id" VARCHAR(48) NOT NULL,
            "ehcn_ehcp_asmt_id" VARCHAR(48),
            "ehcn_named_plan_start_date" TIMESTAMP,
            "ehcn_named_plan_ceased_date" TIMESTAMP,
            "ehcn_named_plan_ceased_reason" VARCHAR(100),
            CONSTRAINT "pk_ssd_ehcp_named_plan" PRIMARY KEY ("ehcn_named_plan_id")
        );
    END IF;
END $$;
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_ehcp_named_plan"') AND attname = 'ehcn_named_plan_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_ehcp_named_plan" ADD COLUMN "ehcn_named_plan_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_ehcp_named_plan"') AND attname = 'ehcn_ehcp_asmt_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_ehcp_named_plan" ADD COLUMN "ehcn_ehcp_asmt_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_ehcp_named_plan"') AND attname = 'ehcn_named_plan_start_date' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_ehcp_named_plan" ADD COLUMN "ehcn_named_plan_start_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_ehcp_named_plan"') AND attname = 'ehcn_named_plan_ceased_date' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_ehcp_named_plan" ADD COLUMN "ehcn_named_plan_ceased_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_ehcp_named_plan"') AND attname = 'ehcn_named_plan_ceased_reason' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_ehcp_named_plan" ADD COLUMN "ehcn_named_plan_ceased_reason" VARCHAR(100);
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_ehcp_named_plan_ehcn_ehcp_asmt_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_ehcp_named_plan_ehcn_ehcp_asmt_id" ON "ssd"."ssd_ehcp_named_plan" ("ehcn_ehcp_asmt_id");
    END IF;
END $$;
-- ssd-bridge: end of batch
