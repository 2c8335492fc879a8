-- ssd_s251_finance
DO $$ BEGIN RAISE NOTICE '%', 'table ssd_s251_finance'; END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ssd_s251_finance"') IS NULL THEN
        CREATE TABLE "ssd"."ssd_s251_finance" (
            "s251_table_id" VARCHAR(48) NOT NULL,
            "s251_cla_placement_id" VARCHAR(48),
            "s251_placeholder_1" VARCHAR(48),
            "s251_placeholder_2" VARCHAR(48),
            "s251_placeholder_3" VARCHAR(48),
            "s251_placeholder_4" VARCHAR(48),
            CONSTRAINT "pk_ssd_s251_finance" PRIMARY KEY ("s251_table_id")
        );
    END IF;
END $$;
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_s251_finance"') AND attname = 's251_table_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_s251_finance" ADD COLUMN "s251_table_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_s251_finance"') AND attname = 's251_cla_placement_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_s251_finance" ADD COLUMN "s251_cla_placement_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_s251_finance"') AND attname = 's251_placeholder_1' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_s251_finance" ADD COLUMN "s251_placeholder_1" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_s251_finance"') AND attname = 's251_placeholder_2' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_s251_finance" ADD COLUMN "s251_placeholder_2" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_s251_finance"') AND attname = 's251_placeholder_3' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_s251_finance" ADD COLUMN "s251_placeholder_3" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_s251_finance"') AND attname = 's251_placeholder_4' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_s251_finance" ADD COLUMN "s251_placeholder_4" VARCHAR(48);
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_s251_finance_s251_cla_placement_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_s251_finance_s251_cla_placement_id" ON "ssd"."ssd_s251_finance" ("s251_cla_placement_id");
    END IF;
END $$;
-- ssd-bridge: end of batch
