-- ssd_initial_cp_conference
DO $$ BEGIN RAISE NOTICE '%', 'table ssd_initial_cp_conference'; END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ssd_initial_cp_conference"') IS NULL THEN
        CREATE TABLE "ssd"."ssd_initial_cp_conference" (
            "icpc_icpc_id" VARCHAR(48) NOT NULL,
            "icpc_icpc_meeting_id" VARCHAR(48),
            "icpc_s47_enquiry_id" VARCHAR(48),
            "icpc_person_id" VARCHAR(48),
            "icpc_cp_plan_id" VARCHAR(48),
            "icpc_referral_id" VARCHAR(48),
            "icpc_icpc_transfer_in" CHAR(1),
            "icpc_icpc_target_date" TIMESTAMP,
            "icpc_icpc_date" TIMESTAMP,
            "icpc_icpc_outcome_cp_flag" CHAR(1),
            "icpc_icpc_outcome_json" VARCHAR(1000),
            "icpc_icpc_team" VARCHAR(48),
            "icpc_icpc_worker_id" VARCHAR(100),
            CONSTRAINT "pk_ssd_initial_cp_conference" PRIMARY KEY ("icpc_icpc_id")
        );
    END IF;
END $$;
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_initial_cp_conference"') AND attname = 'icpc_icpc_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_initial_cp_conference" ADD COLUMN "icpc_icpc_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_initial_cp_conference"') AND attname = 'icpc_icpc_meeting_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_initial_cp_conference" ADD COLUMN "icpc_icpc_meeting_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_initial_cp_conference"') AND attname = 'icpc_s47_enquiry_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_initial_cp_conference" ADD COLUMN "icpc_s47_enquiry_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_initial_cp_conference"') AND attname = 'icpc_person_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_initial_cp_conference" ADD COLUMN "icpc_person_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_initial_cp_conference"') AND attname = 'icpc_cp_plan_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_initial_cp_conference" ADD COLUMN "icpc_cp_plan_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_initial_cp_conference"') AND attname = 'icpc_referral_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_initial_cp_conference" ADD COLUMN "icpc_referral_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_initial_cp_conference"') AND attname = 'icpc_icpc_transfer_in' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_initial_cp_conference" ADD COLUMN "icpc_icpc_transfer_in" CHAR(1);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_initial_cp_conference"') AND attname = 'icpc_icpc_target_date' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_initial_cp_conference" ADD COLUMN "icpc_icpc_target_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_initial_cp_conference"') AND attname = 'icpc_icpc_date' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_initial_cp_conference" ADD COLUMN "icpc_icpc_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_initial_cp_conference"') AND attname = 'icpc_icpc_outcome_cp_flag' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_initial_cp_conference" ADD COLUMN "icpc_icpc_outcome_cp_flag" CHAR(1);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_initial_cp_conference"') AND attname = 'icpc_icpc_outcome_json' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_initial_cp_conference" ADD COLUMN "icpc_icpc_outcome_json" VARCHAR(1000);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_initial_cp_conference"') AND attname = 'icpc_icpc_team' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_initial_cp_conference" ADD COLUMN "icpc_icpc_team" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_initial_cp_conference"') AND attname = 'icpc_icpc_worker_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_initial_cp_conference" ADD COLUMN "icpc_icpc_worker_id" VARCHAR(100);
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_initial_cp_conference_icpc_s47_enquiry_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_initial_cp_conference_icpc_s47_enquiry_id" ON "ssd"."ssd_initial_cp_conference" ("icpc_s47_enquiry_id");
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_initial_cp_conference_icpc_person_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_initial_cp_conference_icpc_person_id" ON "ssd"."ssd_initial_cp_conference" ("icpc_person_id");
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_initial_cp_conference_icpc_referral_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_initial_cp_conference_icpc_referral_id" ON "ssd"."ssd_initial_cp_conference" ("icpc_referral_id");
    END IF;
END $$;
-- ssd-bridge: end of batch
