-- ssd_ehcp_requests
DO $$ BEGIN RAISE NOTICE '%', 'table ssd_ehcp_requests'; END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ssd_ehcp_requests"') IS NULL THEN
        CREATE TABLE "ssd"."ssd_ehcp_requests" (
            "ehcr_ehcp_request_id" VARCHAR(48) NOT NULL,
            "ehcr_send_table_id" VARCHAR(48),
            "ehcr_ehcp_req_date" TIMESTAMP,
            "ehcr_ehcp_req_outcome_date" TIMESTAMP,
            "ehcr_ehcp_req_outcome" VARCHAR(100),
            CONSTRAINT "pk_ssd_ehcp_requests" PRIMARY KEY ("ehcr_ehcp_request_id")
        );
    END IF;
END $$;
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_ehcp_requests"') AND attname = 'ehcr_ehcp_request_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_ehcp_requests" ADD COLUMN "ehcr_ehcp_request_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_ehcp_requests"') AND attname = 'ehcr_send_table_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_ehcp_requests" ADD COLUMN "ehcr_send_table_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_ehcp_requests"') AND attname = 'ehcr_ehcp_req_date' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_ehcp_requests" ADD COLUMN "ehcr_ehcp_req_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_ehcp_requests"') AND attname = 'ehcr_ehcp_req_outcome_date' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_ehcp_requests" ADD COLUMN "ehcr_ehcp_req_outcome_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_ehcp_requests"') AND attname = 'ehcr_ehcp_req_outcome' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_ehcp_requests" ADD COLUMN "ehcr_ehcp_req_outcome" VARCHAR(100);
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_ehcp_requests_ehcr_send_table_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_ehcp_requests_ehcr_send_table_id" ON "ssd"."ssd_ehcp_requests" ("ehcr_send_table_id");
    END IF;
END $$;
-- ssd-bridge: end of batch
