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
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_cin_visits' AND column_name = 'cinv_cin_visit_id') THEN
        ALTER TABLE "ssd"."ssd_cin_visits" ADD COLUMN "cinv_cin_visit_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_cin_visits' AND column_name = 'cinv_person_id') THEN
        ALTER TABLE "ssd"."ssd_cin_visits" ADD COLUMN "cinv_person_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_cin_visits' AND column_name = 'cinv_cin_visit_date') THEN
        ALTER TABLE "ssd"."ssd_cin_visits" ADD COLUMN "cinv_cin_visit_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_cin_visits' AND column_name = 'cinv_cin_visit_seen') THEN
        ALTER TABLE "ssd"."ssd_cin_visits" ADD COLUMN "cinv_cin_visit_seen" CHAR(1);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_cin_visits' AND column_name = 'cinv_cin_visit_seen_alone') THEN
        ALTER TABLE "ssd"."ssd_cin_visits" ADD COLUMN "cinv_cin_visit_seen_alone" CHAR(1);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_cin_visits' AND column_name = 'cinv_cin_visit_bedroom') THEN
        ALTER TABLE "ssd"."ssd_cin_visits" ADD COLUMN "cinv_cin_visit_bedroom" CHAR(1);
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_cin_visits_cinv_person_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_cin_visits_cinv_person_id" ON "ssd"."ssd_cin_visits" ("cinv_person_id");
    END IF;
END $$;
-- ssd-bridge: end of batch
