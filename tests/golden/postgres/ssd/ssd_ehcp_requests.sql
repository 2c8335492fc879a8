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
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_ehcp_requests' AND column_name = 'ehcr_ehcp_request_id') THEN
        ALTER TABLE "ssd"."ssd_ehcp_requests" ADD COLUMN "ehcr_ehcp_request_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_ehcp_requests' AND column_name = 'ehcr_send_table_id') THEN
        ALTER TABLE "ssd"."ssd_ehcp_requests" ADD COLUMN "ehcr_send_table_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_ehcp_requests' AND column_name = 'ehcr_ehcp_req_date') THEN
        ALTER TABLE "ssd"."ssd_ehcp_requests" ADD COLUMN "ehcr_ehcp_req_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_ehcp_requests' AND column_name = 'ehcr_ehcp_req_outcome_date') THEN
        ALTER TABLE "ssd"."ssd_ehcp_requests" ADD COLUMN "ehcr_ehcp_req_outcome_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_ehcp_requests' AND column_name = 'ehcr_ehcp_req_outcome') THEN
        ALTER TABLE "ssd"."ssd_ehcp_requests" ADD COLUMN "ehcr_ehcp_req_outcome" VARCHAR(100);
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_ehcp_requests_ehcr_send_table_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_ehcp_requests_ehcr_send_table_id" ON "ssd"."ssd_ehcp_requests" ("ehcr_send_table_id");
    END IF;
END $$;
-- ssd-bridge: end of batch
