-- ssd_cla_previous_permanence
DO $$ BEGIN RAISE NOTICE '%', 'table ssd_cla_previous_permanence'; END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ssd_cla_previous_permanence"') IS NULL THEN
        CREATE TABLE "ssd"."ssd_cla_previous_permanence" (
            "lapp_table_id" VARCHAR(48) NOT NULL,
            "lapp_person_id" VARCHAR(48),
            "lapp_previous_permanence_option" VARCHAR(200),
            "lapp_previous_permanence_la" VARCHAR(100),
            "lapp_previous_permanence_order_date" VARCHAR(10),
            CONSTRAINT "pk_ssd_cla_previous_permanence" PRIMARY KEY ("lapp_table_id")
        );
    END IF;
END $$;
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cla_previous_permanence"') AND attname = 'lapp_table_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cla_previous_permanence" ADD COLUMN "lapp_table_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cla_previous_permanence"') AND attname = 'lapp_person_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cla_previous_permanence" ADD COLUMN "lapp_person_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cla_previous_permanence"') AND attname = 'lapp_previous_permanence_option' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cla_previous_permanence" ADD COLUMN "lapp_previous_permanence_option" VARCHAR(200);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cla_previous_permanence"') AND attname = 'lapp_previous_permanence_la' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cla_previous_permanence" ADD COLUMN "lapp_previous_permanence_la" VARCHAR(100);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cla_previous_permanence"') AND attname = 'lapp_previous_permanence_order_date' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cla_previous_permanence" ADD COLUMN "lapp_previous_permanence_order_date" VARCHAR(10);
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_cla_previous_permanence_lapp_person_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_cla_previous_permanence_lapp_person_id" ON "ssd"."ssd_cla_previous_permanence" ("lapp_person_id");
    END IF;
END $$;
-- ssd-bridge: end of batch
