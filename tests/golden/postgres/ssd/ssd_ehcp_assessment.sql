-- ssd_ehcp_assessment
DO $$ BEGIN RAISE NOTICE '%', 'table ssd_ehcp_assessment'; END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ssd_ehcp_assessment"') IS NULL THEN
        CREATE TABLE "ssd"."ssd_ehcp_assessment" (
            "ehca_ehcp_assessment_id" VARCHAR(48) NOT NULL,
            "ehca_ehcp_request_id" VARCHAR(48),
            "ehca_ehcp_assessment_outcome_date" TIMESTAMP,
            "ehca_ehcp_assessment_outcome" VARCHAR(100),
            "ehca_ehcp_assessment_exceptions" VARCHAR(100),
            CONSTRAINT "pk_ssd_ehcp_assessment" PRIMARY KEY ("ehca_ehcp_assessment_id")
        );
    END IF;
END $$;
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_ehcp_assessment"') AND attname = 'ehca_ehcp_assessment_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_ehcp_assessment" ADD COLUMN "ehca_ehcp_assessment_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_ehcp_assessment"') AND attname = 'ehca_ehcp_request_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_ehcp_assessment" ADD COLUMN "ehca_ehcp_request_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_ehcp_assessment"') AND attname = 'ehca_ehcp_assessment_outcome_date' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_ehcp_assessment" ADD COLUMN "ehca_ehcp_assessment_outcome_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_ehcp_assessment"') AND attname = 'ehca_ehcp_assessment_outcome' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_ehcp_assessment" ADD COLUMN "ehca_ehcp_assessment_outcome" VARCHAR(100);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_ehcp_assessment"') AND attname = 'ehca_ehcp_assessment_exceptions' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_ehcp_assessment" ADD COLUMN "ehca_ehcp_assessment_exceptions" VARCHAR(100);
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_ehcp_assessment_ehca_ehcp_request_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_ehcp_assessment_ehca_ehcp_request_id" ON "ssd"."ssd_ehcp_assessment" ("ehca_ehcp_request_id");
    END IF;
END $$;
-- ssd-bridge: end of batch
