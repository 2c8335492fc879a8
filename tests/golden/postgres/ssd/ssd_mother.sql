-- ssd_mother
DO $$ BEGIN RAISE NOTICE '%', 'table ssd_mother'; END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ssd_mother"') IS NULL THEN
        CREATE TABLE "ssd"."ssd_mother" (
            "moth_table_id" VARCHAR(48) NOT NULL,
            "moth_person_id" VARCHAR(48),
            "moth_childs_person_id" VARCHAR(48),
            "moth_childs_dob" TIMESTAMP,
            CONSTRAINT "pk_ssd_mother" PRIMARY KEY ("moth_table_id")
        );
    END IF;
END $$;
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_mother"') AND attname = 'moth_table_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_mother" ADD COLUMN "moth_table_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_mother"') AND attname = 'moth_person_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_mother" ADD COLUMN "moth_person_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_mother"') AND attname = 'moth_childs_person_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_mother" ADD COLUMN "moth_childs_person_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_mother"') AND attname = 'moth_childs_dob' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_mother" ADD COLUMN "moth_childs_dob" TIMESTAMP;
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_mother_moth_person_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_mother_moth_person_id" ON "ssd"."ssd_mother" ("moth_person_id");
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_mother_moth_childs_person_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_mother_moth_childs_person_id" ON "ssd"."ssd_mother" ("moth_childs_person_id");
    END IF;
END $$;
-- ssd-bridge: end of batch
