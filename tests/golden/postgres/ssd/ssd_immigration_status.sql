-- ssd_immigration_status
DO $$ BEGIN RAISE NOTICE '%', 'table ssd_immigration_status'; END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ssd_immigration_status"') IS NULL THEN
        CREATE TABLE "ssd"."ssd_immigration_status" (
            "immi_immigration_status_id" VARCHAR(48) NOT NULL,
            "immi_person_id" VARCHAR(48),
            "immi_immigration_status_start_date" TIMESTAMP,
            "immi_immigration_status_end_date" TIMESTAMP,
            "immi_immigration_status" VARCHAR(100),
            CONSTRAINT "pk_ssd_immigration_status" PRIMARY KEY ("immi_immigration_status_id")
        );
    END IF;
END $$;
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_immigration_status"') AND attname = 'immi_immigration_status_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_immigration_status" ADD COLUMN "immi_immigration_status_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_immigration_status"') AND attname = 'immi_person_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_immigration_status" ADD COLUMN "immi_person_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_immigration_status"') AND attname = 'immi_immigration_status_start_date' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_immigration_status" ADD COLUMN "immi_immigration_status_start_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_immigration_status"') AND attname = 'immi_immigration_status_end_date' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_immigration_status" ADD COLUMN "immi_immigration_status_end_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_immigration_status"') AND attname = 'immi_immigration_status' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_immigration_status" ADD COLUMN "immi_immigration_status" VARCHAR(100);
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_immigration_status_immi_person_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_immigration_status_immi_person_id" ON "ssd"."ssd_immigration_status" ("immi_person_id");
    END IF;
END $$;
-- ssd-bridge: end of batch
