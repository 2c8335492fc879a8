-- ssd_voice_of_child
DO $$ BEGIN RAISE NOTICE '%', 'table ssd_voice_of_child'; END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ssd_voice_of_child"') IS NULL THEN
        CREATE TABLE "ssd"."ssd_voice_of_child" (
            "voch_table_id" VARCHAR(48) NOT NULL,
            "voch_person_id" VARCHAR(48),
            "voch_explained_worries" CHAR(1),
            "voch_story_help_understand" CHAR(1),
            "voch_agree_worker" CHAR(1),
            "voch_plan_safe" CHAR(1),
            "voch_tablet_help_explain" CHAR(1),
            CONSTRAINT "pk_ssd_voice_of_child" PRIMARY KEY ("voch_table_id")
        );
    END IF;
END $$;
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_voice_of_child"') AND attname = 'voch_table_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_voice_of_child" ADD COLUMN "voch_table_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_voice_of_child"') AND attname = 'voch_person_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_voice_of_child" ADD COLUMN "voch_person_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_voice_of_child"') AND attname = 'voch_explained_worries' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_voice_of_child" ADD COLUMN "voch_explained_worries" CHAR(1);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_voice_of_child"') AND attname = 'voch_story_help_understand' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_voice_of_child" ADD COLUMN "voch_story_help_understand" CHAR(1);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_voice_of_child"') AND attname = 'voch_agree_worker' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_voice_of_child" ADD COLUMN "voch_agree_worker" CHAR(1);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_voice_of_child"') AND attname = 'voch_plan_safe' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_voice_of_child" ADD COLUMN "voch_plan_safe" CHAR(1);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_voice_of_child"') AND attname = 'voch_tablet_help_explain' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_voice_of_child" ADD COLUMN "voch_tablet_help_explain" CHAR(1);
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_voice_of_child_voch_person_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_voice_of_child_voch_person_id" ON "ssd"."ssd_voice_of_child" ("voch_person_id");
    END IF;
END $$;
-- ssd-bridge: end of batch
