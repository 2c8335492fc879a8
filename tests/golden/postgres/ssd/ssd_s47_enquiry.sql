-- ssd_s47_enquiry
DO $$ BEGIN RAISE NOTICE '%', 'table ssd_s47_enquiry'; END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ssd_s47_enquiry"') IS NULL THEN
        CREATE TABLE "ssd"."ssd_s47_enquiry" (
            "s47e_s47_enquiry_id" VARCHAR(48) NOT NULL,
            "s47e_referral_id" VARCHAR(48),
            "s47e_person_id" VARCHAR(48),
            "s47e_s47_start_date" TIMESTAMP,
            "s47e_s47_end_date" TIMESTAMP,
            "s47e_s47_nfa" CHAR(1),
            "s47e_s47_outcome_json" VARCHAR(1000),
            "s47e_s47_completed_by_team" VARCHAR(48),
            "s47e_s47_completed_by_worker_id" VARCHAR(100),
            CONSTRAINT "pk_ssd_s47_enquiry" PRIMARY KEY ("s47e_s47_enquiry_id")
        );
    END IF;
END $$;
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_s47_enquiry"') AND attname = 's47e_s47_enquiry_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_s47_enquiry" ADD COLUMN "s47e_s47_enquiry_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_s47_enquiry"') AND attname = 's47e_referral_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_s47_enquiry" ADD COLUMN "s47e_referral_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_s47_enquiry"') AND attname = 's47e_person_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_s47_enquiry" ADD COLUMN "s47e_person_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_s47_enquiry"') AND attname = 's47e_s47_start_date' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_s47_enquiry" ADD COLUMN "s47e_s47_start_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_s47_enquiry"') AND attname = 's47e_s47_end_date' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_s47_enquiry" ADD COLUMN "s47e_s47_end_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_s47_enquiry"') AND attname = 's47e_s47_nfa' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_s47_enquiry" ADD COLUMN "s47e_s47_nfa" CHAR(1);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_s47_enquiry"') AND attname = 's47e_s47_outcome_json' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_s47_enquiry" ADD COLUMN "s47e_s47_outcome_json" VARCHAR(1000);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_s47_enquiry"') AND attname = 's47e_s47_completed_by_team' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_s47_enquiry" ADD COLUMN "s47e_s47_completed_by_team" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_s47_enquiry"') AND attname = 's47e_s47_completed_by_worker_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_s47_enquiry" ADD COLUMN "s47e_s47_completed_by_worker_id" VARCHAR(100);
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_s47_enquiry_s47e_referral_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_s47_enquiry_s47e_referral_id" ON "ssd"."ssd_s47_enquiry" ("s47e_referral_id");
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_s47_enquiry_s47e_person_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_s47_enquiry_s47e_person_id" ON "ssd"."ssd_s47_enquiry" ("s47e_person_id");
    END IF;
END $$;
-- ssd-bridge: end of batch
