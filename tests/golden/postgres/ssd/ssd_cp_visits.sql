-- ssd_cp_visits
DO $$ BEGIN RAISE NOTICE '%', 'table ssd_cp_visits'; END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ssd_cp_visits"') IS NULL THEN
        CREATE TABLE "ssd"."ssd_cp_visits" (
            "cppv_cp_visit_id" VARCHAR(48) NOT NULL,
            "cppv_person_id" VARCHAR(48),
            "cppv_cp_plan_id" VARCHAR(48),
            "cppv_cp_visit_date" TIMESTAMP,
            "cppv_cp_visit_seen" CHAR(1),
            "cppv_cp_visit_seen_alone" CHAR(1),
            "cppv_cp_visit_bedroom" CHAR(1),
            CONSTRAINT "pk_ssd_cp_visits" PRIMARY KEY ("cppv_cp_visit_id")
        );
    END IF;
END $$;
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cp_visits"') AND attname = 'cppv_cp_visit_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cp_visits" ADD COLUMN "cppv_cp_visit_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cp_visits"') AND attname = 'cppv_person_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cp_visits" ADD COLUMN "cppv_person_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cp_visits"') AND attname = 'cppv_cp_plan_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cp_visits" ADD COLUMN "cppv_cp_plan_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cp_visits"') AND attname = 'cppv_cp_visit_date' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cp_visits" ADD COLUMN "cppv_cp_visit_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cp_visits"') AND attname = 'cppv_cp_visit_seen' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cp_visits" ADD COLUMN "cppv_cp_visit_seen" CHAR(1);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cp_visits"') AND attname = 'cppv_cp_visit_seen_alone' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cp_visits" ADD COLUMN "cppv_cp_visit_seen_alone" CHAR(1);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cp_visits"') AND attname = 'cppv_cp_visit_bedroom' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cp_visits" ADD COLUMN "cppv_cp_visit_bedroom" CHAR(1);
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_cp_visits_cppv_person_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_cp_visits_cppv_person_id" ON "ssd"."ssd_cp_visits" ("cppv_person_id");
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_cp_visits_cppv_cp_plan_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_cp_visits_cppv_cp_plan_id" ON "ssd"."ssd_cp_visits" ("cppv_cp_plan_id");
    END IF;
END $$;
-- ssd-bridge: end of batch
