-- ssd_ehcp_active_plans
DO $$ BEGIN RAISE NOTICE '%', 'table ssd_ehcp_active_plans'; END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ssd_ehcp_active_plans"') IS NULL THEN
        CREATE TABLE "ssd"."ssd_ehcp_active_plans" (
            "ehcp_active_ehcp_id" VARCHAR(48) NOT NULL,
            "ehcp_ehcp_request_id" VARCHAR(48),
            "ehcp_active_ehcp_last_review_date" TIMESTAMP,
            CONSTRAINT "pk_ssd_ehcp_active_plans" PRIMARY KEY ("ehcp_active_ehcp_id")
        );
    END IF;
END $$;
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_ehcp_active_plans"') AND attname = 'ehcp_active_ehcp_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_ehcp_active_plans" ADD COLUMN "ehcp_active_ehcp_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_ehcp_active_plans"') AND attname = 'ehcp_ehcp_request_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_ehcp_active_plans" ADD COLUMN "ehcp_ehcp_request_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_ehcp_active_plans"') AND attname = 'ehcp_active_ehcp_last_review_date' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_ehcp_active_plans" ADD COLUMN "ehcp_active_ehcp_last_review_date" TIMESTAMP;
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_ehcp_active_plans_ehcp_ehcp_request_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_ehcp_active_plans_ehcp_ehcp_request_id" ON "ssd"."ssd_ehcp_active_plans" ("ehcp_ehcp_request_id");
    END IF;
END $$;
-- ssd-bridge: end of batch
