-- ssd_cla_immunisations
DO $$ BEGIN RAISE NOTICE '%', 'table ssd_cla_immunisations'; END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ssd_cla_immunisations"') IS NULL THEN
        CREATE TABLE "ssd"."ssd_cla_immunisations" (
            "clai_person_id" VARCHAR(48) NOT NULL,
            "clai_immunisations_status" CHAR(1),
            "clai_immunisations_status_date" TIMESTAMP,
            CONSTRAINT "pk_ssd_cla_immunisations" PRIMARY KEY ("clai_person_id")
        );
    END IF;
END $$;
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cla_immunisations"') AND attname = 'clai_person_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cla_immunisations" ADD COLUMN "clai_person_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cla_immunisations"') AND attname = 'clai_immunisations_status' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cla_immunisations" ADD COLUMN "clai_immunisations_status" CHAR(1);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cla_immunisations"') AND attname = 'clai_immunisations_status_date' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cla_immunisations" ADD COLUMN "clai_immunisations_status_date" TIMESTAMP;
    END IF;
END $$;
-- ssd-bridge: end of batch
