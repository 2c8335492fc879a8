-- ssd_contacts
DO $$ BEGIN RAISE NOTICE '%', 'table ssd_contacts'; END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ssd_contacts"') IS NULL THEN
        CREATE TABLE "ssd"."ssd_contacts" (
            "cont_contact_id" VARCHAR(48) NOT NULL,
            "cont_person_id" VARCHAR(48),
            "cont_contact_date" TIMESTAMP,
            "cont_contact_source_code" VARCHAR(48),
            "cont_contact_source_desc" VARCHAR(255),
            "cont_contact_outcome_json" VARCHAR(4000),
            CONSTRAINT "pk_ssd_contacts" PRIMARY KEY ("cont_contact_id")
        );
    END IF;
END $$;
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_contacts"') AND attname = 'cont_contact_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_contacts" ADD COLUMN "cont_contact_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_contacts"') AND attname = 'cont_person_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_contacts" ADD COLUMN "cont_person_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_contacts"') AND attname = 'cont_contact_date' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_contacts" ADD COLUMN "cont_contact_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_contacts"') AND attname = 'cont_contact_source_code' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_contacts" ADD COLUMN "cont_contact_source_code" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_contacts"') AND attname = 'cont_contact_source_desc' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_contacts" ADD COLUMN "cont_contact_source_desc" VARCHAR(255);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_contacts"') AND attname = 'cont_contact_outcome_json' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_contacts" ADD COLUMN "cont_contact_outcome_json" VARCHAR(4000);
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_contacts_cont_person_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_contacts_cont_person_id" ON "ssd"."ssd_contacts" ("cont_person_id");
    END IF;
END $$;
-- ssd-bridge: end of batch
