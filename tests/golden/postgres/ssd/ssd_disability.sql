-- ssd_disability
DO $$ BEGIN RAISE NOTICE '%', 'table ssd_disability'; END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ssd_disability"') IS NULL THEN
        CREATE TABLE "ssd"."ssd_disability" (
            "disa_table_id" VARCHAR(48) NOT NULL,
            "disa_person_id" VARCHAR(48) NOT NULL,
            "disa_disability_code" VARCHAR(48) NOT NULL,
            CONSTRAINT "pk_ssd_disability" PRIMARY KEY ("disa_table_id")
        );
    END IF;
END $$;
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_disability' AND column_name = 'disa_table_id') THEN
        ALTER TABLE "ssd"."ssd_disability" ADD COLUMN "disa_table_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_disability' AND column_name = 'disa_person_id') THEN
        ALTER TABLE "ssd"."ssd_disability" ADD COLUMN "disa_person_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_disability' AND column_name = 'disa_disability_code') THEN
        ALTER TABLE "ssd"."ssd_disability" ADD COLUMN "disa_disability_code" VARCHAR(48);
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_disability_disa_person_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_disability_disa_person_id" ON "ssd"."ssd_disability" ("disa_person_id");
    END IF;
END $$;
-- ssd-bridge: end of batch
