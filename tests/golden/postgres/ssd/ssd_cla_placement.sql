-- ssd_cla_placement
DO $$ BEGIN RAISE NOTICE '%', 'table ssd_cla_placement'; END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ssd_cla_placement"') IS NULL THEN
        CREATE TABLE "ssd"."ssd_cla_placement" (
            "clap_cla_placement_id" VARCHAR(48) NOT NULL,
            "clap_cla_id" VARCHAR(48),
            "clap_person_id" VARCHAR(48),
            "clap_cla_placement_start_date" TIMESTAMP,
            "clap_cla_placement_type" VARCHAR(100),
            "clap_cla_placement_urn" VARCHAR(48),
            "clap_cla_placement_distance" DOUBLE PRECISION,
            "clap_cla_placement_provider" VARCHAR(48),
            "clap_cla_placement_postcode" VARCHAR(8),
            "clap_cla_placement_end_date" TIMESTAMP,
            "clap_cla_placement_change_reason" VARCHAR(100),
            CONSTRAINT "pk_ssd_cla_placement" PRIMARY KEY ("clap_cla_placement_id")
        );
    END IF;
END $$;
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cla_placement"') AND attname = 'clap_cla_placement_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cla_placement" ADD COLUMN "clap_cla_placement_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cla_placement"') AND attname = 'clap_cla_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cla_placement" ADD COLUMN "clap_cla_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cla_placement"') AND attname = 'clap_person_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cla_placement" ADD COLUMN "clap_person_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cla_placement"') AND attname = 'clap_cla_placement_start_date' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cla_placement" ADD COLUMN "clap_cla_placement_start_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cla_placement"') AND attname = 'clap_cla_placement_type' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cla_placement" ADD COLUMN "clap_cla_placement_type" VARCHAR(100);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cla_placement"') AND attname = 'clap_cla_placement_urn' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cla_placement" ADD COLUMN "clap_cla_placement_urn" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cla_placement"') AND attname = 'clap_cla_placement_distance' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cla_placement" ADD COLUMN "clap_cla_placement_distance" DOUBLE PRECISION;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cla_placement"') AND attname = 'clap_cla_placement_provider' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cla_placement" ADD COLUMN "clap_cla_placement_provider" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cla_placement"') AND attname = 'clap_cla_placement_postcode' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cla_placement" ADD COLUMN "clap_cla_placement_postcode" VARCHAR(8);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cla_placement"') AND attname = 'clap_cla_placement_end_date' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cla_placement" ADD COLUMN "clap_cla_placement_end_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cla_placement"') AND attname = 'clap_cla_placement_change_reason' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cla_placement" ADD COLUMN "clap_cla_placement_change_reason" VARCHAR(100);
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_cla_placement_clap_cla_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_cla_placement_clap_cla_id" ON "ssd"."ssd_cla_placement" ("clap_cla_id");
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_cla_placement_clap_person_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_cla_placement_clap_person_id" ON "ssd"."ssd_cla_placement" ("clap_person_id");
    END IF;
END $$;
-- ssd-bridge: end of batch
