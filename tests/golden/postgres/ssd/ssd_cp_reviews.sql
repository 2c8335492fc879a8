-- ssd_cp_reviews
DO $$ BEGIN RAISE NOTICE '%', 'table ssd_cp_reviews'; END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ssd_cp_reviews"') IS NULL THEN
        CREATE TABLE "ssd"."ssd_cp_reviews" (
            "cppr_cp_review_id" VARCHAR(48) NOT NULL,
            "cppr_person_id" VARCHAR(48),
            "cppr_cp_plan_id" VARCHAR(48),
            "cppr_cp_review_due" TIMESTAMP,
            "cppr_cp_review_date" TIMESTAMP,
            "cppr_cp_review_meeting_id" VARCHAR(48),
            "cppr_cp_review_outcome_continue_cp" CHAR(1),
            "cppr_cp_review_quorate" VARCHAR(100),
            "cppr_cp_review_participation" VARCHAR(100),
            CONSTRAINT "pk_ssd_cp_reviews" PRIMARY KEY ("cppr_cp_review_id")
        );
    END IF;
END $$;
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cp_reviews"') AND attname = 'cppr_cp_review_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cp_reviews" ADD COLUMN "cppr_cp_review_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cp_reviews"') AND attname = 'cppr_person_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cp_reviews" ADD COLUMN "cppr_person_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cp_reviews"') AND attname = 'cppr_cp_plan_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cp_reviews" ADD COLUMN "cppr_cp_plan_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cp_reviews"') AND attname = 'cppr_cp_review_due' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cp_reviews" ADD COLUMN "cppr_cp_review_due" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cp_reviews"') AND attname = 'cppr_cp_review_date' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cp_reviews" ADD COLUMN "cppr_cp_review_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cp_reviews"') AND attname = 'cppr_cp_review_meeting_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cp_reviews" ADD COLUMN "cppr_cp_review_meeting_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cp_reviews"') AND attname = 'cppr_cp_review_outcome_continue_cp' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cp_reviews" ADD COLUMN "cppr_cp_review_outcome_continue_cp" CHAR(1);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cp_reviews"') AND attname = 'cppr_cp_review_quorate' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cp_reviews" ADD COLUMN "cppr_cp_review_quorate" VARCHAR(100);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cp_reviews"') AND attname = 'cppr_cp_review_participation' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cp_reviews" ADD COLUMN "cppr_cp_review_participation" VARCHAR(100);
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_cp_reviews_cppr_person_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_cp_reviews_cppr_person_id" ON "ssd"."ssd_cp_reviews" ("cppr_person_id");
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_cp_reviews_cppr_cp_plan_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_cp_reviews_cppr_cp_plan_id" ON "ssd"."ssd_cp_reviews" ("cppr_cp_plan_id");
    END IF;
END $$;
-- ssd-bridge: end of batch
