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
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_send' AND column_name = 'send_table_id') THEN
        ALTER TABLE "ssd"."ssd_send" ADD COLUMN "send_table_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_send' AND column_name = 'send_person_id') THEN
        ALTER TABLE "ssd"."ssd_send" ADD COLUMN "send_person_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_send' AND column_name = 'send_upn') THEN
        ALTER TABLE "ssd"."ssd_send" ADD COLUMN "send_upn" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_send' AND column_name = 'send_uln') THEN
        ALTER TABLE "ssd"."ssd_send" ADD COLUMN "send_uln" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_send' AND column_name = 'send_upn_unknown') THEN
        ALTER TABLE "ssd"."ssd_send" ADD COLUMN "send_upn_unknown" VARCHAR(6);
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_send_send_person_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_send_send_person_id" ON "ssd"."ssd_send" ("send_person_id");
    END IF;
END $$;
-- ssd-bridge: end of batch
