-- ssd_family
DO $$ BEGIN RAISE NOTICE '%', 'table ssd_family'; END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ssd_family"') IS NULL THEN
        CREATE TABLE "ssd"."ssd_family" (
            "fami_table_id" VARCHAR(48) NOT NULL,
            "fami_family_id" VARCHAR(48),
            "fami_person_id" VARCHAR(48),
            CONSTRAINT "pk_ssd_family" PRIMARY KEY ("fami_table_id")
        );
    END IF;
END $$;
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_family"') AND attname = 'fami_table_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_family" ADD COLUMN "fami_table_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_family"') AND attname = 'fami_family_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_family" ADD COLUMN "fami_family_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_family"') AND attname = 'fami_person_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_family" ADD COLUMN "fami_person_id" VARCHAR(48);
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_family_fami_family_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_family_fami_family_id" ON "ssd"."ssd_family" ("fami_family_id");
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_family_fami_person_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_family_fami_person_id" ON "ssd"."ssd_family" ("fami_person_id");
    END IF;
END $$;
-- ssd-bridge: end of batch
