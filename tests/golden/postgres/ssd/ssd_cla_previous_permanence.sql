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
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_cla_previous_permanence' AND column_name = 'lapp_table_id') THEN
        ALTER TABLE "ssd"."ssd_cla_previous_permanence" ADD COLUMN "lapp_table_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_cla_previous_permanence' AND column_name = 'lapp_person_id') THEN
        ALTER TABLE "ssd"."ssd_cla_previous_permanence" ADD COLUMN "lapp_person_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_cla_previous_permanence' AND column_name = 'lapp_previous_permanence_option') THEN
        ALTER TABLE "ssd"."ssd_cla_previous_permanence" ADD COLUMN "lapp_previous_permanence_option" VARCHAR(200);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_cla_previous_permanence' AND column_name = 'lapp_previous_permanence_la') THEN
        ALTER TABLE "ssd"."ssd_cla_previous_permanence" ADD COLUMN "lapp_previous_permanence_la" VARCHAR(100);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_cla_previous_permanence' AND column_name = 'lapp_previous_permanence_order_date') THEN
        ALTER TABLE "ssd"."ssd_cla_previous_permanence" ADD COLUMN "lapp_previous_permanence_order_date" VARCHAR(10);
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_cla_previous_permanence_lapp_person_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_cla_previous_permanence_lapp_person_id" ON "ssd"."ssd_cla_previous_permanence" ("lapp_person_id");
    END IF;
END $$;
-- ssd-bridge: end of batch
