-- ssd_assessment_factors
DO $$ BEGIN RAISE NOTICE '%', 'table ssd_assessment_factors'; END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ssd_assessment_factors"') IS NULL THEN
        CREATE TABLE "ssd"."ssd_assessment_factors" (
            "cinf_table_id" VARCHAR(48) NOT NULL,
            "cinf_assessment_id" VARCHAR(48) NOT NULL,
            "cinf_assessment_factors_json" TEXT,
            CONSTRAINT "pk_ssd_assessment_factors" PRIMARY KEY ("cinf_table_id", "cinf_assessment_id")
        );
    END IF;
END $$;
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_assessment_factors"') AND attname = 'cinf_table_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_assessment_factors" ADD COLUMN "cinf_table_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_assessment_factors"') AND attname = 'cinf_assessment_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_assessment_factors" ADD COLUMN "cinf_assessment_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_assessment_factors"') AND attname = 'cinf_assessment_factors_json' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_assessment_factors" ADD COLUMN "cinf_assessment_factors_json" TEXT;
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_assessment_factors_cinf_assessment_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_assessment_factors_cinf_assessment_id" ON "ssd"."ssd_assessment_factors" ("cinf_assessment_id");
    END IF;
END $$;
-- ssd-bridge: end of batch
