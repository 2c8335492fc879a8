-- ssd_cin_assessments
DO $$ BEGIN RAISE NOTICE '%', 'table ssd_cin_assessments'; END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ssd_cin_assessments"') IS NULL THEN
        CREATE TABLE "ssd"."ssd_cin_assessments" (
            "cina_assessment_id" VARCHAR(48) NOT NULL,
            "cina_person_id" VARCHAR(48),
            "cina_referral_id" VARCHAR(48),
            "cina_assessment_start_date" TIMESTAMP,
            "cina_assessment_child_seen" CHAR(1),
            "cina_assessment_auth_date" TIMESTAMP,
            "cina_assessment_outcome_json" VARCHAR(1000),
            "cina_assessment_outcome_nfa" CHAR(1),
            "cina_assessment_team" VARCHAR(48),
            "cina_assessment_worker_id" VARCHAR(100),
            CONSTRAINT "pk_ssd_cin_assessments" PRIMARY KEY ("cina_assessment_id")
        );
    END IF;
END $$;
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cin_assessments"') AND attname = 'cina_assessment_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cin_assessments" ADD COLUMN "cina_assessment_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cin_assessments"') AND attname = 'cina_person_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cin_assessments" ADD COLUMN "cina_person_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cin_assessments"') AND attname = 'cina_referral_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cin_assessments" ADD COLUMN "cina_referral_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cin_assessments"') AND attname = 'cina_assessment_start_date' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cin_assessments" ADD COLUMN "cina_assessment_start_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cin_assessments"') AND attname = 'cina_assessment_child_seen' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cin_assessments" ADD COLUMN "cina_assessment_child_seen" CHAR(1);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cin_assessments"') AND attname = 'cina_assessment_auth_date' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cin_assessments" ADD COLUMN "cina_assessment_auth_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cin_assessments"') AND attname = 'cina_assessment_outcome_json' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cin_assessments" ADD COLUMN "cina_assessment_outcome_json" VARCHAR(1000);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cin_assessments"') AND attname = 'cina_assessment_outcome_nfa' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cin_assessments" ADD COLUMN "cina_assessment_outcome_nfa" CHAR(1);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cin_assessments"') AND attname = 'cina_assessment_team' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cin_assessments" ADD COLUMN "cina_assessment_team" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cin_assessments"') AND attname = 'cina_assessment_worker_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cin_assessments" ADD COLUMN "cina_assessment_worker_id" VARCHAR(100);
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_cin_assessments_cina_person_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_cin_assessments_cina_person_id" ON "ssd"."ssd_cin_assessments" ("cina_person_id");
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_cin_assessments_cina_referral_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_cin_assessments_cina_referral_id" ON "ssd"."ssd_cin_assessments" ("cina_referral_id");
    END IF;
END $$;
-- ssd-bridge: end of batch
