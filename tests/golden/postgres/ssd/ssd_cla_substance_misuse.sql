-- ssd_cla_substance_misuse
DO $$ BEGIN RAISE NOTICE '%', 'table ssd_cla_substance_misuse'; END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ssd_cla_substance_misuse"') IS NULL THEN
        CREATE TABLE "ssd"."ssd_cla_substance_misuse" (
            "clas_substance_misuse_id" VARCHAR(48) NOT NULL,
            "clas_person_id" VARCHAR(48),
            "clas_substance_misuse_date" TIMESTAMP,
            "clas_substance_misused" VARCHAR(100),
            "clas_intervention_received" CHAR(1),
            CONSTRAINT "pk_ssd_cla_substance_misuse" PRIMARY KEY ("clas_substance_misuse_id")
        );
    END IF;
END $$;
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cla_substance_misuse"') AND attname = 'clas_substance_misuse_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cla_substance_misuse" ADD COLUMN "clas_substance_misuse_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cla_substance_misuse"') AND attname = 'clas_person_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cla_substance_misuse" ADD COLUMN "clas_person_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cla_substance_misuse"') AND attname = 'clas_substance_misuse_date' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cla_substance_misuse" ADD COLUMN "clas_substance_misuse_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cla_substance_misuse"') AND attname = 'clas_substance_misused' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cla_substance_misuse" ADD COLUMN "clas_substance_misused" VARCHAR(100);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_cla_substance_misuse"') AND attname = 'clas_intervention_received' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_cla_substance_misuse" ADD COLUMN "clas_intervention_received" CHAR(1);
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_cla_substance_misuse_clas_person_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_cla_substance_misuse_clas_person_id" ON "ssd"."ssd_cla_substance_misuse" ("clas_person_id");
    END IF;
END $$;
-- ssd-bridge: end of batch
