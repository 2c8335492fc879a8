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
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_cp_visits' AND column_name = 'cppv_cp_visit_id') THEN
        ALTER TABLE "ssd"."ssd_cp_visits" ADD COLUMN "cppv_cp_visit_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_cp_visits' AND column_name = 'cppv_person_id') THEN
        ALTER TABLE "ssd"."ssd_cp_visits" ADD COLUMN "cppv_person_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_cp_visits' AND column_name = 'cppv_cp_plan_id') THEN
        ALTER TABLE "ssd"."ssd_cp_visits" ADD COLUMN "cppv_cp_plan_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_cp_visits' AND column_name = 'cppv_cp_visit_date') THEN
        ALTER TABLE "ssd"."ssd_cp_visits" ADD COLUMN "cppv_cp_visit_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_cp_visits' AND column_name = 'cppv_cp_visit_seen') THEN
        ALTER TABLE "ssd"."ssd_cp_visits" ADD COLUMN "cppv_cp_visit_seen" CHAR(1);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_cp_visits' AND column_name = 'cppv_cp_visit_seen_alone') THEN
        ALTER TABLE "ssd"."ssd_cp_visits" ADD COLUMN "cppv_cp_visit_seen_alone" CHAR(1);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_cp_visits' AND column_name = 'cppv_cp_visit_bedroom') THEN
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
