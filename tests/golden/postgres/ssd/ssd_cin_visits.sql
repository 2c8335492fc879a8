-- ssd_cin_visits
DO $$ BEGIN RAISE NOTICE '%', 'table ssd_cin_visits'; END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ssd_cin_visits"') IS NULL THEN
        CREATE TABLE "ssd"."ssd_cin_visits" (
            "cinv_cin_visit_id" VARCHAR(48) NOT NULL,
            "cinv_person_id" VARCHAR(48),
            "cinv_cin_visit_date" TIMESTAMP,
            "cinv_cin_visit_seen" CHAR(1),
            "cinv_cin_visit_seen_alone" CHAR(1),
            "cinv_cin_visit_bedroom" CHAR(1),
            CONSTRAINT "pk_ssd_cin_visits" PRIMARY KEY ("cinv_cin_visit_id")
        );
    END IF;
END $$;
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cin_visits"') AND attname = 'cinv_cin_visit_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cin_visits" ADD COLUMN "cinv_cin_visit_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cin_visits"') AND attname = 'cinv_person_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cin_visits" ADD COLUMN "cinv_person_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cin_visits"') AND attname = 'cinv_cin_visit_date' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cin_visits" ADD COLUMN "cinv_cin_visit_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cin_visits"') AND attname = 'cinv_cin_visit_seen' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cin_visits" ADD COLUMN "cinv_cin_visit_seen" CHAR(1);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cin_visits"') AND attname = 'cinv_cin_visit_seen_alone' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cin_visits" ADD COLUMN "cinv_cin_visit_seen_alone" CHAR(1);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cin_visits"') AND attname = 'cinv_cin_visit_bedroom' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cin_visits" ADD COLUMN "cinv_cin_visit_bedroom" CHAR(1);
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_cin_visits_cinv_person_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_cin_visits_cinv_person_id" ON "ssd"."ssd_cin_visits" ("cinv_person_id");
    END IF;
END $$;
-- ssd-bridge: end of batch
