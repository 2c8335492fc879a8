-- ssd_cla_health
DO $$ BEGIN RAISE NOTICE '%', 'table ssd_cla_health'; END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ssd_cla_health"') IS NULL THEN
        CREATE TABLE "ssd"."ssd_cla_health" (
            "clah_health_check_id" VARCHAR(48) NOT NULL,
            "clah_person_id" VARCHAR(48),
            "clah_health_check_type" VARCHAR(500),
            "clah_health_check_date" TIMESTAMP,
            "clah_health_check_status" VARCHAR(48),
            CONSTRAINT "pk_ssd_cla_health" PRIMARY KEY ("clah_health_check_id")
        );
    END IF;
END $$;
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cla_health"') AND attname = 'clah_health_check_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cla_health" ADD COLUMN "clah_health_check_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cla_health"') AND attname = 'clah_person_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cla_health" ADD COLUMN "clah_person_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cla_health"') AND attname = 'clah_health_check_type' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cla_health" ADD COLUMN "clah_health_check_type" VARCHAR(500);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cla_health"') AND attname = 'clah_health_check_date' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cla_health" ADD COLUMN "clah_health_check_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cla_health"') AND attname = 'clah_health_check_status' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cla_health" ADD COLUMN "clah_health_check_status" VARCHAR(48);
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_cla_health_clah_person_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_cla_health_clah_person_id" ON "ssd"."ssd_cla_health" ("clah_person_id");
    END IF;
END $$;
-- ssd-bridge: end of batch
