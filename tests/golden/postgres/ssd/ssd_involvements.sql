-- ssd_involvements
DO $$ BEGIN RAISE NOTICE '%', 'table ssd_involvements'; END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ssd_involvements"') IS NULL THEN
        CREATE TABLE "ssd"."ssd_involvements" (
            "invo_involvements_id" VARCHAR(48) NOT NULL,
            "invo_professional_id" VARCHAR(48),
            "invo_professional_role_id" VARCHAR(200),
            "invo_professional_team" VARCHAR(48),
            "invo_person_id" VARCHAR(48),
            "invo_involvement_start_date" TIMESTAMP,
            "invo_involvement_end_date" TIMESTAMP,
            "invo_worker_change_reason" VARCHAR(200),
            "invo_referral_id" VARCHAR(48),
            CONSTRAINT "pk_ssd_involvements" PRIMARY KEY ("invo_involvements_id")
        );
    END IF;
END $$;
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_involvements"') AND attname = 'invo_involvements_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_involvements" ADD COLUMN "invo_involvements_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_involvements"') AND attname = 'invo_professional_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_involvements" ADD COLUMN "invo_professional_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_involvements"') AND attname = 'invo_professional_role_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_involvements" ADD COLUMN "invo_professional_role_id" VARCHAR(200);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_involvements"') AND attname = 'invo_professional_team' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_involvements" ADD COLUMN "invo_professional_team" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_involvements"') AND attname = 'invo_person_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_involvements" ADD COLUMN "invo_person_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_involvements"') AND attname = 'invo_involvement_start_date' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_involvements" ADD COLUMN "invo_involvement_start_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_involvements"') AND attname = 'invo_involvement_end_date' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_involvements" ADD COLUMN "invo_involvement_end_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_involvements"') AND attname = 'invo_worker_change_reason' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_involvements" ADD COLUMN "invo_worker_change_reason" VARCHAR(200);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_involvements"') AND attname = 'invo_referral_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_involvements" ADD COLUMN "invo_referral_id" VARCHAR(48);
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_involvements_invo_professional_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_involvements_invo_professional_id" ON "ssd"."ssd_involvements" ("invo_professional_id");
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_involvements_invo_person_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_involvements_invo_person_id" ON "ssd"."ssd_involvements" ("invo_person_id");
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_involvements_invo_referral_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_involvements_invo_referral_id" ON "ssd"."ssd_involvements" ("invo_referral_id");
    END IF;
END $$;
-- ssd-bridge: end of batch
