-- ssd_cla_visits
DO $$ BEGIN RAISE NOTICE '%', 'table ssd_cla_visits'; END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ssd_cla_visits"') IS NULL THEN
        CREATE TABLE "ssd"."ssd_cla_visits" (
            "clav_cla_visit_id" VARCHAR(48) NOT NULL,
            "clav_cla_id" VARCHAR(48),
            "clav_person_id" VARCHAR(48),
            "clav_cla_visit_date" TIMESTAMP,
            "clav_cla_visit_seen" CHAR(1),
            "clav_cla_visit_seen_alone" CHAR(1),
            CONSTRAINT "pk_ssd_cla_visits" PRIMARY KEY ("clav_cla_visit_id")
        );
    END IF;
END $$;
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cla_visits"') AND attname = 'clav_cla_visit_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cla_visits" ADD COLUMN "clav_cla_visit_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cla_visits"') AND attname = 'clav_cla_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cla_visits" ADD COLUMN "clav_cla_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cla_visits"') AND attname = 'clav_person_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cla_visits" ADD COLUMN "clav_person_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cla_visits"') AND attname = 'clav_cla_visit_date' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cla_visits" ADD COLUMN "clav_cla_visit_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cla_visits"') AND attname = 'clav_cla_visit_seen' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cla_visits" ADD COLUMN "clav_cla_visit_seen" CHAR(1);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cla_visits"') AND attname = 'clav_cla_visit_seen_alone' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cla_visits" ADD COLUMN "clav_cla_visit_seen_alone" CHAR(1);
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_cla_visits_clav_cla_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_cla_visits_clav_cla_id" ON "ssd"."ssd_cla_visits" ("clav_cla_id");
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_cla_visits_clav_person_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_cla_visits_clav_person_id" ON "ssd"."ssd_cla_visits" ("clav_person_id");
    END IF;
END $$;
-- ssd-bridge: end of batch
