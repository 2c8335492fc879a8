-- ssd_person
DO $$ BEGIN RAISE NOTICE '%', 'table ssd_person'; END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ssd_person"') IS NULL THEN
        CREATE TABLE "ssd"."ssd_person" (
            "pers_legacy_id" VARCHAR(48),
            "pers_person_id" VARCHAR(48) NOT NULL,
            "pers_upn" VARCHAR(13),
            "pers_forename" VARCHAR(100),
            "pers_surname" VARCHAR(255),
            "pers_sex" VARCHAR(20),
            "pers_gender" VARCHAR(10),
            "pers_ethnicity" VARCHAR(48),
            "pers_dob" TIMESTAMP,
            "pers_single_unique_id" VARCHAR(48),
            "pers_upn_unknown" VARCHAR(6),
            "pers_send_flag" CHAR(5),
            "pers_expected_dob" TIMESTAMP,
            "pers_death_date" TIMESTAMP,
            "pers_is_mother" CHAR(1),
            "pers_nationality" VARCHAR(48),
            CONSTRAINT "pk_ssd_person" PRIMARY KEY ("pers_person_id")
        );
    END IF;
END $$;
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_person' AND column_name = 'pers_legacy_id') THEN
        ALTER TABLE "ssd"."ssd_person" ADD COLUMN "pers_legacy_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_person' AND column_name = 'pers_person_id') THEN
        ALTER TABLE "ssd"."ssd_person" ADD COLUMN "pers_person_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_person' AND column_name = 'pers_upn') THEN
        ALTER TABLE "ssd"."ssd_person" ADD COLUMN "pers_upn" VARCHAR(13);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_person' AND column_name = 'pers_forename') THEN
        ALTER TABLE "ssd"."ssd_person" ADD COLUMN "pers_forename" VARCHAR(100);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_person' AND column_name = 'pers_surname') THEN
        ALTER TABLE "ssd"."ssd_person" ADD COLUMN "pers_surname" VARCHAR(255);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_person' AND column_name = 'pers_sex') THEN
        ALTER TABLE "ssd"."ssd_person" ADD COLUMN "pers_sex" VARCHAR(20);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_person' AND column_name = 'pers_gender') THEN
        ALTER TABLE "ssd"."ssd_person" ADD COLUMN "pers_gender" VARCHAR(10);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_person' AND column_name = 'pers_ethnicity') THEN
        ALTER TABLE "ssd"."ssd_person" ADD COLUMN "pers_ethnicity" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_person' AND column_name = 'pers_dob') THEN
        ALTER TABLE "ssd"."ssd_person" ADD COLUMN "pers_dob" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_person' AND column_name = 'pers_single_unique_id') THEN
        ALTER TABLE "ssd"."ssd_person" ADD COLUMN "pers_single_unique_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_person' AND column_name = 'pers_upn_unknown') THEN
        ALTER TABLE "ssd"."ssd_person" ADD COLUMN "pers_upn_unknown" VARCHAR(6);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_person' AND column_name = 'pers_send_flag') THEN
        ALTER TABLE "ssd"."ssd_person" ADD COLUMN "pers_send_flag" CHAR(5);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_person' AND column_name = 'pers_expected_dob') THEN
        ALTER TABLE "ssd"."ssd_person" ADD COLUMN "pers_expected_dob" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_person' AND column_name = 'pers_death_date') THEN
        ALTER TABLE "ssd"."ssd_person" ADD COLUMN "pers_death_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_person' AND column_name = 'pers_is_mother') THEN
        ALTER TABLE "ssd"."ssd_person" ADD COLUMN "pers_is_mother" CHAR(1);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_person' AND column_name = 'pers_nationality') THEN
        ALTER TABLE "ssd"."ssd_person" ADD COLUMN "pers_nationality" VARCHAR(48);
    END IF;
END $$;
-- ssd-bridge: end of batch
