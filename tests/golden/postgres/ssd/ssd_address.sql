-- ssd_address
DO $$ BEGIN RAISE NOTICE '%', 'table ssd_address'; END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ssd_address"') IS NULL THEN
        CREATE TABLE "ssd"."ssd_address" (
            "addr_table_id" VARCHAR(48) NOT NULL,
            "addr_person_id" VARCHAR(48),
            "addr_address_type" VARCHAR(48),
            "addr_address_start_date" TIMESTAMP,
            "addr_address_end_date" TIMESTAMP,
            "addr_address_postcode" VARCHAR(15),
            "addr_address_json" VARCHAR(1000),
            CONSTRAINT "pk_ssd_address" PRIMARY KEY ("addr_table_id")
        );
    END IF;
END $$;
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_address"') AND attname = 'addr_table_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_address" ADD COLUMN "addr_table_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_address"') AND attname = 'addr_person_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_address" ADD COLUMN "addr_person_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_address"') AND attname = 'addr_address_type' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_address" ADD COLUMN "addr_address_type" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_address"') AND attname = 'addr_address_start_date' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_address" ADD COLUMN "addr_address_start_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_address"') AND attname = 'addr_address_end_date' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_address" ADD COLUMN "addr_address_end_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_address"') AND attname = 'addr_address_postcode' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_address" ADD COLUMN "addr_address_postcode" VARCHAR(15);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_address"') AND attname = 'addr_address_json' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_address" ADD COLUMN "addr_address_json" VARCHAR(1000);
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_address_addr_person_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_address_addr_person_id" ON "ssd"."ssd_address" ("addr_person_id");
    END IF;
END $$;
-- ssd-bridge: end of batch
