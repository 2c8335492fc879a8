-- ssd_sdq_scores
DO $$ BEGIN RAISE NOTICE '%', 'table ssd_sdq_scores'; END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ssd_sdq_scores"') IS NULL THEN
        CREATE TABLE "ssd"."ssd_sdq_scores" (
            "csdq_table_id" VARCHAR(48) NOT NULL,
            "csdq_person_id" VARCHAR(48),
            "csdq_sdq_completed_date" TIMESTAMP,
            "csdq_sdq_score" INTEGER,
            "csdq_sdq_reason" VARCHAR(100),
            CONSTRAINT "pk_ssd_sdq_scores" PRIMARY KEY ("csdq_table_id")
        );
    END IF;
END $$;
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_sdq_scores"') AND attname = 'csdq_table_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_sdq_scores" ADD COLUMN "csdq_table_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_sdq_scores"') AND attname = 'csdq_person_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_sdq_scores" ADD COLUMN "csdq_person_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_sdq_scores"') AND attname = 'csdq_sdq_completed_date' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_sdq_scores" ADD COLUMN "csdq_sdq_completed_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_sdq_scores"') AND attname = 'csdq_sdq_score' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_sdq_scores" ADD COLUMN "csdq_sdq_score" INTEGER;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_sdq_scores"') AND attname = 'csdq_sdq_reason' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_sdq_scores" ADD COLUMN "csdq_sdq_reason" VARCHAR(100);
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_sdq_scores_csdq_person_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_sdq_scores_csdq_person_id" ON "ssd"."ssd_sdq_scores" ("csdq_person_id");
    END IF;
END $$;
-- ssd-bridge: end of batch
