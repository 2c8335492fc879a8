-- ssd_legal_status
DO $$ BEGIN RAISE NOTICE '%', 'table ssd_legal_status'; END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ssd_legal_status"') IS NULL THEN
        CREATE TABLE "ssd"."ssd_legal_status" (
            "lega_legal_status_id" VARCHAR(48) NOT NULL,
            "lega_person_id" VARCHAR(48),
            "lega_legal_status" VARCHAR(100),
            "lega_legal_status_start_date" TIMESTAMP,
            "lega_legal_status_end_date" TIMESTAMP,
            CONSTRAINT "pk_ssd_legal_status" PRIMARY KEY ("lega_legal_status_id")
        );
    END IF;
END $$;
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_legal_status"') AND attname = 'lega_legal_status_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_legal_status" ADD COLUMN "lega_legal_status_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_legal_status"') AND attname = 'lega_person_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_legal_status" ADD COLUMN "lega_person_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_legal_status"') AND attname = 'lega_legal_status' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_legal_status" ADD COLUMN "lega_legal_status" VARCHAR(100);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_legal_status"') AND attname = 'lega_legal_status_start_date' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_legal_status" ADD COLUMN "lega_legal_status_start_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_legal_status"') AND attname = 'lega_legal_status_end_date' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_legal_status" ADD COLUMN "lega_legal_status_end_date" TIMESTAMP;
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_legal_status_lega_person_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_legal_status_lega_person_id" ON "ssd"."ssd_legal_status" ("lega_person_id");
    END IF;
END $$;
-- ssd-bridge: end of batch
