-- ssd_sen_need
DO $$ BEGIN RAISE NOTICE '%', 'table ssd_sen_need'; END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ssd_sen_need"') IS NULL THEN
        CREATE TABLE "ssd"."ssd_sen_need" (
            "senn_table_id" VARCHAR(48) NOT NULL,
            "senn_active_ehcp_id" VARCHAR(48),
            "senn_active_ehcp_need_type" VARCHAR(100),
            "senn_active_ehcp_need_rank" CHAR(1),
            CONSTRAINT "pk_ssd_sen_need" PRIMARY KEY ("senn_table_id")
        );
    END IF;
END $$;
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_sen_need"') AND attname = 'senn_table_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_sen_need" ADD COLUMN "senn_table_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_sen_need"') AND attname = 'senn_active_ehcp_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_sen_need" ADD COLUMN "senn_active_ehcp_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_sen_need"') AND attname = 'senn_active_ehcp_need_type' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_sen_need" ADD COLUMN "senn_active_ehcp_need_type" VARCHAR(100);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_sen_need"') AND attname = 'senn_active_ehcp_need_rank' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_sen_need" ADD COLUMN "senn_active_ehcp_need_rank" CHAR(1);
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_sen_need_senn_active_ehcp_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_sen_need_senn_active_ehcp_id" ON "ssd"."ssd_sen_need" ("senn_active_ehcp_id");
    END IF;
END $$;
-- ssd-bridge: end of batch
