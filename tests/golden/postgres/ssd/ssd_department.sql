-- ssd_department
DO $$ BEGIN RAISE NOTICE '%', 'table ssd_department'; END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ssd_department"') IS NULL THEN
        CREATE TABLE "ssd"."ssd_department" (
            "dept_team_id" VARCHAR(48) NOT NULL,
            "dept_team_name" VARCHAR(255),
            "dept_team_parent_id" VARCHAR(48),
            "dept_team_parent_name" VARCHAR(255),
            CONSTRAINT "pk_ssd_department" PRIMARY KEY ("dept_team_id")
        );
    END IF;
END $$;
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_department"') AND attname = 'dept_team_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_department" ADD COLUMN "dept_team_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_department"') AND attname = 'dept_team_name' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_department" ADD COLUMN "dept_team_name" VARCHAR(255);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_department"') AND attname = 'dept_team_parent_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_department" ADD COLUMN "dept_team_parent_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_department"') AND attname = 'dept_team_parent_name' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_department" ADD COLUMN "dept_team_parent_name" VARCHAR(255);
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_department_dept_team_parent_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_department_dept_team_parent_id" ON "ssd"."ssd_department" ("dept_team_parent_id");
    END IF;
END $$;
-- ssd-bridge: end of batch
