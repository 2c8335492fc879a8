-- ssd_professionals
DO $$ BEGIN RAISE NOTICE '%', 'table ssd_professionals'; END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ssd_professionals"') IS NULL THEN
        CREATE TABLE "ssd"."ssd_professionals" (
            "prof_professional_id" VARCHAR(48) NOT NULL,
            "prof_staff_id" VARCHAR(48),
            "prof_professional_name" VARCHAR(300),
            "prof_social_worker_registration_no" VARCHAR(48),
            "prof_agency_worker_flag" CHAR(1),
            "prof_professional_job_title" VARCHAR(500),
            "prof_professional_caseload" INTEGER,
            "prof_professional_department" VARCHAR(100),
            "prof_full_time_equivalency" DOUBLE PRECISION,
            CONSTRAINT "pk_ssd_professionals" PRIMARY KEY ("prof_professional_id")
        );
    END IF;
END $$;
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_professionals"') AND attname = 'prof_professional_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_professionals" ADD COLUMN "prof_professional_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_professionals"') AND attname = 'prof_staff_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_professionals" ADD COLUMN "prof_staff_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_professionals"') AND attname = 'prof_professional_name' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_professionals" ADD COLUMN "prof_professional_name" VARCHAR(300);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_professionals"') AND attname = 'prof_social_worker_registration_no' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_professionals" ADD COLUMN "prof_social_worker_registration_no" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_professionals"') AND attname = 'prof_agency_worker_flag' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_professionals" ADD COLUMN "prof_agency_worker_flag" CHAR(1);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_professionals"') AND attname = 'prof_professional_job_title' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_professionals" ADD COLUMN "prof_professional_job_title" VARCHAR(500);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_professionals"') AND attname = 'prof_professional_caseload' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_professionals" ADD COLUMN "prof_professional_caseload" INTEGER;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_professionals"') AND attname = 'prof_professional_department' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_professionals" ADD COLUMN "prof_professional_department" VARCHAR(100);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_professionals"') AND attname = 'prof_full_time_equivalency' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_professionals" ADD COLUMN "prof_full_time_equivalency" DOUBLE PRECISION;
    END IF;
END $$;
-- ssd-bridge: end of batch
