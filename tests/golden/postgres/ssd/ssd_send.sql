-- ssd_send
DO $$ BEGIN RAISE NOTICE '%', 'table ssd_send'; END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ssd_send"') IS NULL THEN
        CREATE TABLE "ssd"."ssd_send" (
            "send_table_id" VARCHAR(48) NOT NULL,
            "send_person_id" VARCHAR(48),
            "send_upn" VARCHAR(48),
            "send_uln" VARCHAR(48),
            "send_upn_unknown" VARCHAR(6),
            CONSTRAINT "pk_ssd_send" PRIMARY KEY ("send_table_id")
        );
    END IF;
END $$;
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_send"') AND attname = 'send_table_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_send" ADD COLUMN "send_table_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_send"') AND attname = 'send_person_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_send" ADD COLUMN "send_person_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_send"') AND attname = 'send_upn' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_send" ADD COLUMN "send_upn" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_send"') AND attname = 'send_uln' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_send" ADD COLUMN "send_uln" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_send"') AND attname = 'send_upn_unknown' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_send" ADD COLUMN "send_upn_unknown" VARCHAR(6);
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_send_send_person_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_send_send_person_id" ON "ssd"."ssd_send" ("send_person_id");
    END IF;
END $$;
-- ssd-bridge: end of batch
