-- ssd_cla_reviews
DO $$ BEGIN RAISE NOTICE '%', 'table ssd_cla_reviews'; END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ssd_cla_reviews"') IS NULL THEN
        CREATE TABLE "ssd"."ssd_cla_reviews" (
            "clar_cla_review_id" VARCHAR(48) NOT NULL,
            "clar_cla_id" VARCHAR(48),
            "clar_cla_person_id" VARCHAR(48),
            "clar_cla_review_due_date" TIMESTAMP,
            "clar_cla_review_date" TIMESTAMP,
            "clar_cla_review_cancelled" CHAR(1),
            "clar_cla_review_participation" VARCHAR(100),
            CONSTRAINT "pk_ssd_cla_reviews" PRIMARY KEY ("clar_cla_review_id")
        );
    END IF;
END $$;
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cla_reviews"') AND attname = 'clar_cla_review_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cla_reviews" ADD COLUMN "clar_cla_review_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cla_reviews"') AND attname = 'clar_cla_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cla_reviews" ADD COLUMN "clar_cla_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cla_reviews"') AND attname = 'clar_cla_person_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cla_reviews" ADD COLUMN "clar_cla_person_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cla_reviews"') AND attname = 'clar_cla_review_due_date' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cla_reviews" ADD COLUMN "clar_cla_review_due_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cla_reviews"') AND attname = 'clar_cla_review_date' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cla_reviews" ADD COLUMN "clar_cla_review_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cla_reviews"') AND attname = 'clar_cla_review_cancelled' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cla_reviews" ADD COLUMN "clar_cla_review_cancelled" CHAR(1);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cla_reviews"') AND attname = 'clar_cla_review_participation' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cla_reviews" ADD COLUMN "clar_cla_review_participation" VARCHAR(100);
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_cla_reviews_clar_cla_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_cla_reviews_clar_cla_id" ON "ssd"."ssd_cla_reviews" ("clar_cla_id");
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_cla_reviews_clar_cla_person_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_cla_reviews_clar_cla_person_id" ON "ssd"."ssd_cla_reviews" ("clar_cla_person_id");
    END IF;
END $$;
-- ssd-bridge: end of batch
