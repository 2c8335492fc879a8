-- ssd_care_leavers
DO $$ BEGIN RAISE NOTICE '%', 'table ssd_care_leavers'; END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ssd_care_leavers"') IS NULL THEN
        CREATE TABLE "ssd"."ssd_care_leavers" (
            "clea_table_id" VARCHAR(48) NOT NULL,
            "clea_person_id" VARCHAR(48),
            "clea_care_leaver_eligibility" VARCHAR(100),
            "clea_care_leaver_in_touch" VARCHAR(100),
            "clea_care_leaver_latest_contact" TIMESTAMP,
            "clea_care_leaver_accommodation" VARCHAR(100),
            "clea_care_leaver_accom_suitable" VARCHAR(100),
            "clea_care_leaver_activity" VARCHAR(100),
            "clea_pathway_plan_review_date" TIMESTAMP,
            "clea_care_leaver_personal_advisor" VARCHAR(100),
            "clea_care_leaver_allocated_team" VARCHAR(48),
            "clea_care_leaver_worker_id" VARCHAR(100),
            CONSTRAINT "pk_ssd_care_leavers" PRIMARY KEY ("clea_table_id")
        );
    END IF;
END $$;
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_care_leavers"') AND attname = 'clea_table_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_care_leavers" ADD COLUMN "clea_table_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_care_leavers"') AND attname = 'clea_person_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_care_leavers" ADD COLUMN "clea_person_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_care_leavers"') AND attname = 'clea_care_leaver_eligibility' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_care_leavers" ADD COLUMN "clea_care_leaver_eligibility" VARCHAR(100);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_care_leavers"') AND attname = 'clea_care_leaver_in_touch' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_care_leavers" ADD COLUMN "clea_care_leaver_in_touch" VARCHAR(100);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_care_leavers"') AND attname = 'clea_care_leaver_latest_contact' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_care_leavers" ADD COLUMN "clea_care_leaver_latest_contact" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_care_leavers"') AND attname = 'clea_care_leaver_accommodation' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_care_leavers" ADD COLUMN "clea_care_leaver_accommodation" VARCHAR(100);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_care_leavers"') AND attname = 'clea_care_leaver_accom_suitable' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_care_leavers" ADD COLUMN "clea_care_leaver_accom_suitable" VARCHAR(100);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_care_leavers"') AND attname = 'clea_care_leaver_activity' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_care_leavers" ADD COLUMN "clea_care_leaver_activity" VARCHAR(100);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_care_leavers"') AND attname = 'clea_pathway_plan_review_date' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_care_leavers" ADD COLUMN "clea_pathway_plan_review_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_care_leavers"') AND attname = 'clea_care_leaver_personal_advisor' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_care_leavers" ADD COLUMN "clea_care_leaver_personal_advisor" VARCHAR(100);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_care_leavers"') AND attname = 'clea_care_leaver_allocated_team' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_care_leavers" ADD COLUMN "clea_care_leaver_allocated_team" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_care_leavers"') AND attname = 'clea_care_leaver_worker_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_care_leavers" ADD COLUMN "clea_care_leaver_worker_id" VARCHAR(100);
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_care_leavers_clea_person_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_care_leavers_clea_person_id" ON "ssd"."ssd_care_leavers" ("clea_person_id");
    END IF;
END $$;
-- ssd-bridge: end of batch
