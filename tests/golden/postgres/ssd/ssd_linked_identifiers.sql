-- ssd_linked_identifiers
DO $$ BEGIN RAISE NOTICE '%', 'table ssd_linked_identifiers'; END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ssd_linked_identifiers"') IS NULL THEN
        CREATE TABLE "ssd"."ssd_linked_identifiers" (
            "link_table_id" VARCHAR(48) NOT NULL,
            "link_person_id" VARCHAR(48),
            "link_identifier_type" VARCHAR(100),
            "link_identifier_value" VARCHAR(100),
            "link_valid_from_date" TIMESTAMP,
            "link_valid_to_date" TIMESTAMP,
            CONSTRAINT "pk_ssd_linked_identifiers" PRIMARY KEY ("link_table_id")
        );
    END IF;
END $$;
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_linked_identifiers"') AND attname = 'link_table_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_linked_identifiers" ADD COLUMN "link_table_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_linked_identifiers"') AND attname = 'link_person_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_linked_identifiers" ADD COLUMN "link_person_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_linked_identifiers"') AND attname = 'link_identifier_type' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_linked_identifiers" ADD COLUMN "link_identifier_type" VARCHAR(100);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_linked_identifiers"') AND attname = 'link_identifier_value' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_linked_identifiers" ADD COLUMN "link_identifier_value" VARCHAR(100);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_linked_identifiers"') AND attname = 'link_valid_from_date' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_linked_identifiers" ADD COLUMN "link_valid_from_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_linked_identifiers"') AND attname = 'link_valid_to_date' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_linked_identifiers" ADD COLUMN "link_valid_to_date" TIMESTAMP;
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_linked_identifiers_link_person_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_linked_identifiers_link_person_id" ON "ssd"."ssd_linked_identifiers" ("link_person_id");
    END IF;
END $$;
-- ssd-bridge: end of batch
