-- ssd_cla_convictions
DO $$ BEGIN RAISE NOTICE '%', 'table ssd_cla_convictions'; END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ssd_cla_convictions"') IS NULL THEN
        CREATE TABLE "ssd"."ssd_cla_convictions" (
            "clac_cla_conviction_id" VARCHAR(48) NOT NULL,
            "clac_person_id" VARCHAR(48),
            "clac_cla_conviction_date" TIMESTAMP,
            "clac_cla_conviction_offence" VARCHAR(1000),
            CONSTRAINT "pk_ssd_cla_convictions" PRIMARY KEY ("clac_cla_conviction_id")
        );
    END IF;
END $$;
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cla_convictions"') AND attname = 'clac_cla_conviction_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cla_convictions" ADD COLUMN "clac_cla_conviction_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cla_convictions"') AND attname = 'clac_person_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cla_convictions" ADD COLUMN "clac_person_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cla_convictions"') AND attname = 'clac_cla_conviction_date' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cla_convictions" ADD COLUMN "clac_cla_conviction_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cla_convictions"') AND attname = 'clac_cla_conviction_offence' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cla_convictions" ADD COLUMN "clac_cla_conviction_offence" VARCHAR(1000);
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_cla_convictions_clac_person_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_cla_convictions_clac_person_id" ON "ssd"."ssd_cla_convictions" ("clac_person_id");
    END IF;
END $$;
-- ssd-bridge: end of batch
