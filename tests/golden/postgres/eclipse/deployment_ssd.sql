-- =============================================================================
-- ssd-bridge 0.1.0: Standard Safeguarding Dataset deployment
-- =============================================================================
-- What it does:
--   * creates the 19 SSD tables the DfE child record is built from,
--     adds any column an older copy lacks, and creates the join-key indexes;
--   * refills 19 of them from the eclipse source tables, one table at a
--     time; a table whose refill fails keeps its previous contents;
-- It is safe to run again: it never drops or truncates a table it did not create, and
-- it never writes to the case-management system's own tables.
--
-- Parameters:
--   CMS:            eclipse
--   dialect:        postgres
--   schema:         ssd
--   part:           ssd
--   history years:  6
--   CMS tables at:  (default for the CMS)
--
-- How to run it:
--   psql:  psql "postgresql://USER@HOST/DATABASE" -v ON_ERROR_STOP=1 -f THIS_FILE.sql
--   or:    ssd-bridge deploy   (runs the same script through the configured connection)
-- =============================================================================

SET client_min_messages = notice;
DO $$ BEGIN RAISE NOTICE '%', 'ssd-bridge 0.1.0: deploying part ''ssd'' for eclipse into schema ssd'; END $$;
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = 'ssd') THEN
        CREATE SCHEMA "ssd";
    END IF;
END $$;
-- ssd-bridge: end of batch
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
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_address' AND column_name = 'addr_table_id') THEN
        ALTER TABLE "ssd"."ssd_address" ADD COLUMN "addr_table_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_address' AND column_name = 'addr_person_id') THEN
        ALTER TABLE "ssd"."ssd_address" ADD COLUMN "addr_person_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_address' AND column_name = 'addr_address_type') THEN
        ALTER TABLE "ssd"."ssd_address" ADD COLUMN "addr_address_type" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_address' AND column_name = 'addr_address_start_date') THEN
        ALTER TABLE "ssd"."ssd_address" ADD COLUMN "addr_address_start_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_address' AND column_name = 'addr_address_end_date') THEN
        ALTER TABLE "ssd"."ssd_address" ADD COLUMN "addr_address_end_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_address' AND column_name = 'addr_address_postcode') THEN
        ALTER TABLE "ssd"."ssd_address" ADD COLUMN "addr_address_postcode" VARCHAR(15);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_address' AND column_name = 'addr_address_json') THEN
        ALTER TABLE "ssd"."ssd_address" ADD COLUMN "addr_address_json" VARCHAR(1000);
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_address_addr_person_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_address_addr_person_id" ON "ssd"."ssd_address" ("addr_person_id");
    END IF;
END $$;
-- ssd-bridge: end of batch
-- ssd_disability
DO $$ BEGIN RAISE NOTICE '%', 'table ssd_disability'; END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ssd_disability"') IS NULL THEN
        CREATE TABLE "ssd"."ssd_disability" (
            "disa_table_id" VARCHAR(48) NOT NULL,
            "disa_person_id" VARCHAR(48) NOT NULL,
            "disa_disability_code" VARCHAR(48) NOT NULL,
            CONSTRAINT "pk_ssd_disability" PRIMARY KEY ("disa_table_id")
        );
    END IF;
END $$;
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_disability' AND column_name = 'disa_table_id') THEN
        ALTER TABLE "ssd"."ssd_disability" ADD COLUMN "disa_table_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_disability' AND column_name = 'disa_person_id') THEN
        ALTER TABLE "ssd"."ssd_disability" ADD COLUMN "disa_person_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_disability' AND column_name = 'disa_disability_code') THEN
        ALTER TABLE "ssd"."ssd_disability" ADD COLUMN "disa_disability_code" VARCHAR(48);
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_disability_disa_person_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_disability_disa_person_id" ON "ssd"."ssd_disability" ("disa_person_id");
    END IF;
END $$;
-- ssd-bridge: end of batch
-- ssd_immigration_status
DO $$ BEGIN RAISE NOTICE '%', 'table ssd_immigration_status'; END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ssd_immigration_status"') IS NULL THEN
        CREATE TABLE "ssd"."ssd_immigration_status" (
            "immi_immigration_status_id" VARCHAR(48) NOT NULL,
            "immi_person_id" VARCHAR(48),
            "immi_immigration_status_start_date" TIMESTAMP,
            "immi_immigration_status_end_date" TIMESTAMP,
            "immi_immigration_status" VARCHAR(100),
            CONSTRAINT "pk_ssd_immigration_status" PRIMARY KEY ("immi_immigration_status_id")
        );
    END IF;
END $$;
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_immigration_status' AND column_name = 'immi_immigration_status_id') THEN
        ALTER TABLE "ssd"."ssd_immigration_status" ADD COLUMN "immi_immigration_status_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_immigration_status' AND column_name = 'immi_person_id') THEN
        ALTER TABLE "ssd"."ssd_immigration_status" ADD COLUMN "immi_person_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_immigration_status' AND column_name = 'immi_immigration_status_start_date') THEN
        ALTER TABLE "ssd"."ssd_immigration_status" ADD COLUMN "immi_immigration_status_start_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_immigration_status' AND column_name = 'immi_immigration_status_end_date') THEN
        ALTER TABLE "ssd"."ssd_immigration_status" ADD COLUMN "immi_immigration_status_end_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_immigration_status' AND column_name = 'immi_immigration_status') THEN
        ALTER TABLE "ssd"."ssd_immigration_status" ADD COLUMN "immi_immigration_status" VARCHAR(100);
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_immigration_status_immi_person_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_immigration_status_immi_person_id" ON "ssd"."ssd_immigration_status" ("immi_person_id");
    END IF;
END $$;
-- ssd-bridge: end of batch
-- ssd_sdq_scores
DO $$ BEGIN RAISE NOTICE '%', 'table ssd_sdq_scores'; END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ssd_sdq_scores"') IS NULL THEN
        CREATE TABLE "ssd"."ssd_sdq_scores" (
            "csdq_table_id" VARCHAR(48) NOT NULL,
            "csdq_person_id" VARCHAR(48),
            "csdq_sdq_completed_date" TIMESTAMP,
            "csdq_sdq_score" INTEGER,
            "csdq_sdq_reason" VARCHAR(100),
            CONSTRAINT "pk_ssd_sdq_scores" PRIMARY KEY ("csdq_table_id")
        );
    END IF;
END $$;
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_sdq_scores' AND column_name = 'csdq_table_id') THEN
        ALTER TABLE "ssd"."ssd_sdq_scores" ADD COLUMN "csdq_table_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_sdq_scores' AND column_name = 'csdq_person_id') THEN
        ALTER TABLE "ssd"."ssd_sdq_scores" ADD COLUMN "csdq_person_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_sdq_scores' AND column_name = 'csdq_sdq_completed_date') THEN
        ALTER TABLE "ssd"."ssd_sdq_scores" ADD COLUMN "csdq_sdq_completed_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_sdq_scores' AND column_name = 'csdq_sdq_score') THEN
        ALTER TABLE "ssd"."ssd_sdq_scores" ADD COLUMN "csdq_sdq_score" INTEGER;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_sdq_scores' AND column_name = 'csdq_sdq_reason') THEN
        ALTER TABLE "ssd"."ssd_sdq_scores" ADD COLUMN "csdq_sdq_reason" VARCHAR(100);
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_sdq_scores_csdq_person_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_sdq_scores_csdq_person_id" ON "ssd"."ssd_sdq_scores" ("csdq_person_id");
    END IF;
END $$;
-- ssd-bridge: end of batch
-- ssd_cin_episodes
DO $$ BEGIN RAISE NOTICE '%', 'table ssd_cin_episodes'; END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ssd_cin_episodes"') IS NULL THEN
        CREATE TABLE "ssd"."ssd_cin_episodes" (
            "cine_referral_id" VARCHAR(48) NOT NULL,
            "cine_person_id" VARCHAR(48),
            "cine_referral_date" TIMESTAMP,
            "cine_cin_primary_need_code" VARCHAR(3),
            "cine_referral_source_code" VARCHAR(48),
            "cine_referral_source_desc" VARCHAR(255),
            "cine_referral_outcome_json" VARCHAR(4000),
            "cine_referral_nfa" CHAR(1),
            "cine_close_reason" VARCHAR(100),
            "cine_close_date" TIMESTAMP,
            "cine_referral_team" VARCHAR(48),
            "cine_referral_worker_id" VARCHAR(48),
            CONSTRAINT "pk_ssd_cin_episodes" PRIMARY KEY ("cine_referral_id")
        );
    END IF;
END $$;
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_cin_episodes' AND column_name = 'cine_referral_id') THEN
        ALTER TABLE "ssd"."ssd_cin_episodes" ADD COLUMN "cine_referral_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_cin_episodes' AND column_name = 'cine_person_id') THEN
        ALTER TABLE "ssd"."ssd_cin_episodes" ADD COLUMN "cine_person_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_cin_episodes' AND column_name = 'cine_referral_date') THEN
        ALTER TABLE "ssd"."ssd_cin_episodes" ADD COLUMN "cine_referral_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_cin_episodes' AND column_name = 'cine_cin_primary_need_code') THEN
        ALTER TABLE "ssd"."ssd_cin_episodes" ADD COLUMN "cine_cin_primary_need_code" VARCHAR(3);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_cin_episodes' AND column_name = 'cine_referral_source_code') THEN
        ALTER TABLE "ssd"."ssd_cin_episodes" ADD COLUMN "cine_referral_source_code" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_cin_episodes' AND column_name = 'cine_referral_source_desc') THEN
        ALTER TABLE "ssd"."ssd_cin_episodes" ADD COLUMN "cine_referral_source_desc" VARCHAR(255);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_cin_episodes' AND column_name = 'cine_referral_outcome_json') THEN
        ALTER TABLE "ssd"."ssd_cin_episodes" ADD COLUMN "cine_referral_outcome_json" VARCHAR(4000);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_cin_episodes' AND column_name = 'cine_referral_nfa') THEN
        ALTER TABLE "ssd"."ssd_cin_episodes" ADD COLUMN "cine_referral_nfa" CHAR(1);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_cin_episodes' AND column_name = 'cine_close_reason') THEN
        ALTER TABLE "ssd"."ssd_cin_episodes" ADD COLUMN "cine_close_reason" VARCHAR(100);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_cin_episodes' AND column_name = 'cine_close_date') THEN
        ALTER TABLE "ssd"."ssd_cin_episodes" ADD COLUMN "cine_close_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_cin_episodes' AND column_name = 'cine_referral_team') THEN
        ALTER TABLE "ssd"."ssd_cin_episodes" ADD COLUMN "cine_referral_team" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_cin_episodes' AND column_name = 'cine_referral_worker_id') THEN
        ALTER TABLE "ssd"."ssd_cin_episodes" ADD COLUMN "cine_referral_worker_id" VARCHAR(48);
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_cin_episodes_cine_person_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_cin_episodes_cine_person_id" ON "ssd"."ssd_cin_episodes" ("cine_person_id");
    END IF;
END $$;
-- ssd-bridge: end of batch
-- ssd_involvements
DO $$ BEGIN RAISE NOTICE '%', 'table ssd_involvements'; END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ssd_involvements"') IS NULL THEN
        CREATE TABLE "ssd"."ssd_involvements" (
            "invo_involvements_id" VARCHAR(48) NOT NULL,
            "invo_professional_id" VARCHAR(48),
            "invo_professional_role_id" VARCHAR(200),
            "invo_professional_team" VARCHAR(48),
            "invo_person_id" VARCHAR(48),
            "invo_involvement_start_date" TIMESTAMP,
            "invo_involvement_end_date" TIMESTAMP,
            "invo_worker_change_reason" VARCHAR(200),
            "invo_referral_id" VARCHAR(48),
            CONSTRAINT "pk_ssd_involvements" PRIMARY KEY ("invo_involvements_id")
        );
    END IF;
END $$;
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_involvements' AND column_name = 'invo_involvements_id') THEN
        ALTER TABLE "ssd"."ssd_involvements" ADD COLUMN "invo_involvements_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_involvements' AND column_name = 'invo_professional_id') THEN
        ALTER TABLE "ssd"."ssd_involvements" ADD COLUMN "invo_professional_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_involvements' AND column_name = 'invo_professional_role_id') THEN
        ALTER TABLE "ssd"."ssd_involvements" ADD COLUMN "invo_professional_role_id" VARCHAR(200);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_involvements' AND column_name = 'invo_professional_team') THEN
        ALTER TABLE "ssd"."ssd_involvements" ADD COLUMN "invo_professional_team" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_involvements' AND column_name = 'invo_person_id') THEN
        ALTER TABLE "ssd"."ssd_involvements" ADD COLUMN "invo_person_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_involvements' AND column_name = 'invo_involvement_start_date') THEN
        ALTER TABLE "ssd"."ssd_involvements" ADD COLUMN "invo_involvement_start_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_involvements' AND column_name = 'invo_involvement_end_date') THEN
        ALTER TABLE "ssd"."ssd_involvements" ADD COLUMN "invo_involvement_end_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_involvements' AND column_name = 'invo_worker_change_reason') THEN
        ALTER TABLE "ssd"."ssd_involvements" ADD COLUMN "invo_worker_change_reason" VARCHAR(200);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_involvements' AND column_name = 'invo_referral_id') THEN
        ALTER TABLE "ssd"."ssd_involvements" ADD COLUMN "invo_referral_id" VARCHAR(48);
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_involvements_invo_professional_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_involvements_invo_professional_id" ON "ssd"."ssd_involvements" ("invo_professional_id");
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_involvements_invo_person_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_involvements_invo_person_id" ON "ssd"."ssd_involvements" ("invo_person_id");
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_involvements_invo_referral_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_involvements_invo_referral_id" ON "ssd"."ssd_involvements" ("invo_referral_id");
    END IF;
END $$;
-- ssd-bridge: end of batch
-- ssd_professionals
DO $$ BEGIN RAISE NOTICE '%', 'table ssd_professionals'; END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ssd_professionals"') IS NULL THEN
        CREATE TABLE "ssd"."ssd_professionals" (
            "prof_professional_id" VARCHAR(48) NOT NULL,
            "prof_staff_id" VARCHAR(48),
            "prof_professional_name" VARCHAR(300),
            "prof_social_worker_registration_no" VARCHAR(48),
            "prof_agency_worker_flag" CHAR(1),
            "prof_professional_job_title" VARCHAR(500),
            "prof_professional_caseload" INTEGER,
            "prof_professional_department" VARCHAR(100),
            "prof_full_time_equivalency" DOUBLE PRECISION,
            CONSTRAINT "pk_ssd_professionals" PRIMARY KEY ("prof_professional_id")
        );
    END IF;
END $$;
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_professionals' AND column_name = 'prof_professional_id') THEN
        ALTER TABLE "ssd"."ssd_professionals" ADD COLUMN "prof_professional_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_professionals' AND column_name = 'prof_staff_id') THEN
        ALTER TABLE "ssd"."ssd_professionals" ADD COLUMN "prof_staff_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_professionals' AND column_name = 'prof_professional_name') THEN
        ALTER TABLE "ssd"."ssd_professionals" ADD COLUMN "prof_professional_name" VARCHAR(300);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_professionals' AND column_name = 'prof_social_worker_registration_no') THEN
        ALTER TABLE "ssd"."ssd_professionals" ADD COLUMN "prof_social_worker_registration_no" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_professionals' AND column_name = 'prof_agency_worker_flag') THEN
        ALTER TABLE "ssd"."ssd_professionals" ADD COLUMN "prof_agency_worker_flag" CHAR(1);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_professionals' AND column_name = 'prof_professional_job_title') THEN
        ALTER TABLE "ssd"."ssd_professionals" ADD COLUMN "prof_professional_job_title" VARCHAR(500);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_professionals' AND column_name = 'prof_professional_caseload') THEN
        ALTER TABLE "ssd"."ssd_professionals" ADD COLUMN "prof_professional_caseload" INTEGER;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_professionals' AND column_name = 'prof_professional_department') THEN
        ALTER TABLE "ssd"."ssd_professionals" ADD COLUMN "prof_professional_department" VARCHAR(100);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_professionals' AND column_name = 'prof_full_time_equivalency') THEN
        ALTER TABLE "ssd"."ssd_professionals" ADD COLUMN "prof_full_time_equivalency" DOUBLE PRECISION;
    END IF;
END $$;
-- ssd-bridge: end of batch
-- ssd_cin_assessments
DO $$ BEGIN RAISE NOTICE '%', 'table ssd_cin_assessments'; END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ssd_cin_assessments"') IS NULL THEN
        CREATE TABLE "ssd"."ssd_cin_assessments" (
            "cina_assessment_id" VARCHAR(48) NOT NULL,
            "cina_person_id" VARCHAR(48),
            "cina_referral_id" VARCHAR(48),
            "cina_assessment_start_date" TIMESTAMP,
            "cina_assessment_child_seen" CHAR(1),
            "cina_assessment_auth_date" TIMESTAMP,
            "cina_assessment_outcome_json" VARCHAR(1000),
            "cina_assessment_outcome_nfa" CHAR(1),
            "cina_assessment_team" VARCHAR(48),
            "cina_assessment_worker_id" VARCHAR(100),
            CONSTRAINT "pk_ssd_cin_assessments" PRIMARY KEY ("cina_assessment_id")
        );
    END IF;
END $$;
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_cin_assessments' AND column_name = 'cina_assessment_id') THEN
        ALTER TABLE "ssd"."ssd_cin_assessments" ADD COLUMN "cina_assessment_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_cin_assessments' AND column_name = 'cina_person_id') THEN
        ALTER TABLE "ssd"."ssd_cin_assessments" ADD COLUMN "cina_person_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_cin_assessments' AND column_name = 'cina_referral_id') THEN
        ALTER TABLE "ssd"."ssd_cin_assessments" ADD COLUMN "cina_referral_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_cin_assessments' AND column_name = 'cina_assessment_start_date') THEN
        ALTER TABLE "ssd"."ssd_cin_assessments" ADD COLUMN "cina_assessment_start_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_cin_assessments' AND column_name = 'cina_assessment_child_seen') THEN
        ALTER TABLE "ssd"."ssd_cin_assessments" ADD COLUMN "cina_assessment_child_seen" CHAR(1);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_cin_assessments' AND column_name = 'cina_assessment_auth_date') THEN
        ALTER TABLE "ssd"."ssd_cin_assessments" ADD COLUMN "cina_assessment_auth_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_cin_assessments' AND column_name = 'cina_assessment_outcome_json') THEN
        ALTER TABLE "ssd"."ssd_cin_assessments" ADD COLUMN "cina_assessment_outcome_json" VARCHAR(1000);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_cin_assessments' AND column_name = 'cina_assessment_outcome_nfa') THEN
        ALTER TABLE "ssd"."ssd_cin_assessments" ADD COLUMN "cina_assessment_outcome_nfa" CHAR(1);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_cin_assessments' AND column_name = 'cina_assessment_team') THEN
        ALTER TABLE "ssd"."ssd_cin_assessments" ADD COLUMN "cina_assessment_team" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_cin_assessments' AND column_name = 'cina_assessment_worker_id') THEN
        ALTER TABLE "ssd"."ssd_cin_assessments" ADD COLUMN "cina_assessment_worker_id" VARCHAR(100);
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_cin_assessments_cina_person_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_cin_assessments_cina_person_id" ON "ssd"."ssd_cin_assessments" ("cina_person_id");
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_cin_assessments_cina_referral_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_cin_assessments_cina_referral_id" ON "ssd"."ssd_cin_assessments" ("cina_referral_id");
    END IF;
END $$;
-- ssd-bridge: end of batch
-- ssd_assessment_factors
DO $$ BEGIN RAISE NOTICE '%', 'table ssd_assessment_factors'; END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ssd_assessment_factors"') IS NULL THEN
        CREATE TABLE "ssd"."ssd_assessment_factors" (
            "cinf_table_id" VARCHAR(48) NOT NULL,
            "cinf_assessment_id" VARCHAR(48) NOT NULL,
            "cinf_assessment_factors_json" TEXT,
            CONSTRAINT "pk_ssd_assessment_factors" PRIMARY KEY ("cinf_table_id", "cinf_assessment_id")
        );
    END IF;
END $$;
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_assessment_factors' AND column_name = 'cinf_table_id') THEN
        ALTER TABLE "ssd"."ssd_assessment_factors" ADD COLUMN "cinf_table_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_assessment_factors' AND column_name = 'cinf_assessment_id') THEN
        ALTER TABLE "ssd"."ssd_assessment_factors" ADD COLUMN "cinf_assessment_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_assessment_factors' AND column_name = 'cinf_assessment_factors_json') THEN
        ALTER TABLE "ssd"."ssd_assessment_factors" ADD COLUMN "cinf_assessment_factors_json" TEXT;
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_assessment_factors_cinf_assessment_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_assessment_factors_cinf_assessment_id" ON "ssd"."ssd_assessment_factors" ("cinf_assessment_id");
    END IF;
END $$;
-- ssd-bridge: end of batch
-- ssd_cin_plans
DO $$ BEGIN RAISE NOTICE '%', 'table ssd_cin_plans'; END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ssd_cin_plans"') IS NULL THEN
        CREATE TABLE "ssd"."ssd_cin_plans" (
            "cinp_cin_plan_id" VARCHAR(48) NOT NULL,
            "cinp_referral_id" VARCHAR(48),
            "cinp_person_id" VARCHAR(48),
            "cinp_cin_plan_start_date" TIMESTAMP,
            "cinp_cin_plan_end_date" TIMESTAMP,
            "cinp_cin_plan_team" VARCHAR(48),
            "cinp_cin_plan_worker_id" VARCHAR(100),
            CONSTRAINT "pk_ssd_cin_plans" PRIMARY KEY ("cinp_cin_plan_id")
        );
    END IF;
END $$;
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_cin_plans' AND column_name = 'cinp_cin_plan_id') THEN
        ALTER TABLE "ssd"."ssd_cin_plans" ADD COLUMN "cinp_cin_plan_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_cin_plans' AND column_name = 'cinp_referral_id') THEN
        ALTER TABLE "ssd"."ssd_cin_plans" ADD COLUMN "cinp_referral_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_cin_plans' AND column_name = 'cinp_person_id') THEN
        ALTER TABLE "ssd"."ssd_cin_plans" ADD COLUMN "cinp_person_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_cin_plans' AND column_name = 'cinp_cin_plan_start_date') THEN
        ALTER TABLE "ssd"."ssd_cin_plans" ADD COLUMN "cinp_cin_plan_start_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_cin_plans' AND column_name = 'cinp_cin_plan_end_date') THEN
        ALTER TABLE "ssd"."ssd_cin_plans" ADD COLUMN "cinp_cin_plan_end_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_cin_plans' AND column_name = 'cinp_cin_plan_team') THEN
        ALTER TABLE "ssd"."ssd_cin_plans" ADD COLUMN "cinp_cin_plan_team" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_cin_plans' AND column_name = 'cinp_cin_plan_worker_id') THEN
        ALTER TABLE "ssd"."ssd_cin_plans" ADD COLUMN "cinp_cin_plan_worker_id" VARCHAR(100);
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_cin_plans_cinp_referral_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_cin_plans_cinp_referral_id" ON "ssd"."ssd_cin_plans" ("cinp_referral_id");
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_cin_plans_cinp_person_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_cin_plans_cinp_person_id" ON "ssd"."ssd_cin_plans" ("cinp_person_id");
    END IF;
END $$;
-- ssd-bridge: end of batch
-- ssd_s47_enquiry
DO $$ BEGIN RAISE NOTICE '%', 'table ssd_s47_enquiry'; END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ssd_s47_enquiry"') IS NULL THEN
        CREATE TABLE "ssd"."ssd_s47_enquiry" (
            "s47e_s47_enquiry_id" VARCHAR(48) NOT NULL,
            "s47e_referral_id" VARCHAR(48),
            "s47e_person_id" VARCHAR(48),
            "s47e_s47_start_date" TIMESTAMP,
            "s47e_s47_end_date" TIMESTAMP,
            "s47e_s47_nfa" CHAR(1),
            "s47e_s47_outcome_json" VARCHAR(1000),
            "s47e_s47_completed_by_team" VARCHAR(48),
            "s47e_s47_completed_by_worker_id" VARCHAR(100),
            CONSTRAINT "pk_ssd_s47_enquiry" PRIMARY KEY ("s47e_s47_enquiry_id")
        );
    END IF;
END $$;
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_s47_enquiry' AND column_name = 's47e_s47_enquiry_id') THEN
        ALTER TABLE "ssd"."ssd_s47_enquiry" ADD COLUMN "s47e_s47_enquiry_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_s47_enquiry' AND column_name = 's47e_referral_id') THEN
        ALTER TABLE "ssd"."ssd_s47_enquiry" ADD COLUMN "s47e_referral_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_s47_enquiry' AND column_name = 's47e_person_id') THEN
        ALTER TABLE "ssd"."ssd_s47_enquiry" ADD COLUMN "s47e_person_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_s47_enquiry' AND column_name = 's47e_s47_start_date') THEN
        ALTER TABLE "ssd"."ssd_s47_enquiry" ADD COLUMN "s47e_s47_start_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_s47_enquiry' AND column_name = 's47e_s47_end_date') THEN
        ALTER TABLE "ssd"."ssd_s47_enquiry" ADD COLUMN "s47e_s47_end_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_s47_enquiry' AND column_name = 's47e_s47_nfa') THEN
        ALTER TABLE "ssd"."ssd_s47_enquiry" ADD COLUMN "s47e_s47_nfa" CHAR(1);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_s47_enquiry' AND column_name = 's47e_s47_outcome_json') THEN
        ALTER TABLE "ssd"."ssd_s47_enquiry" ADD COLUMN "s47e_s47_outcome_json" VARCHAR(1000);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_s47_enquiry' AND column_name = 's47e_s47_completed_by_team') THEN
        ALTER TABLE "ssd"."ssd_s47_enquiry" ADD COLUMN "s47e_s47_completed_by_team" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_s47_enquiry' AND column_name = 's47e_s47_completed_by_worker_id') THEN
        ALTER TABLE "ssd"."ssd_s47_enquiry" ADD COLUMN "s47e_s47_completed_by_worker_id" VARCHAR(100);
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_s47_enquiry_s47e_referral_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_s47_enquiry_s47e_referral_id" ON "ssd"."ssd_s47_enquiry" ("s47e_referral_id");
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_s47_enquiry_s47e_person_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_s47_enquiry_s47e_person_id" ON "ssd"."ssd_s47_enquiry" ("s47e_person_id");
    END IF;
END $$;
-- ssd-bridge: end of batch
-- ssd_initial_cp_conference
DO $$ BEGIN RAISE NOTICE '%', 'table ssd_initial_cp_conference'; END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ssd_initial_cp_conference"') IS NULL THEN
        CREATE TABLE "ssd"."ssd_initial_cp_conference" (
            "icpc_icpc_id" VARCHAR(48) NOT NULL,
            "icpc_icpc_meeting_id" VARCHAR(48),
            "icpc_s47_enquiry_id" VARCHAR(48),
            "icpc_person_id" VARCHAR(48),
            "icpc_cp_plan_id" VARCHAR(48),
            "icpc_referral_id" VARCHAR(48),
            "icpc_icpc_transfer_in" CHAR(1),
            "icpc_icpc_target_date" TIMESTAMP,
            "icpc_icpc_date" TIMESTAMP,
            "icpc_icpc_outcome_cp_flag" CHAR(1),
            "icpc_icpc_outcome_json" VARCHAR(1000),
            "icpc_icpc_team" VARCHAR(48),
            "icpc_icpc_worker_id" VARCHAR(100),
            CONSTRAINT "pk_ssd_initial_cp_conference" PRIMARY KEY ("icpc_icpc_id")
        );
    END IF;
END $$;
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_initial_cp_conference' AND column_name = 'icpc_icpc_id') THEN
        ALTER TABLE "ssd"."ssd_initial_cp_conference" ADD COLUMN "icpc_icpc_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_initial_cp_conference' AND column_name = 'icpc_icpc_meeting_id') THEN
        ALTER TABLE "ssd"."ssd_initial_cp_conference" ADD COLUMN "icpc_icpc_meeting_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_initial_cp_conference' AND column_name = 'icpc_s47_enquiry_id') THEN
        ALTER TABLE "ssd"."ssd_initial_cp_conference" ADD COLUMN "icpc_s47_enquiry_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_initial_cp_conference' AND column_name = 'icpc_person_id') THEN
        ALTER TABLE "ssd"."ssd_initial_cp_conference" ADD COLUMN "icpc_person_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_initial_cp_conference' AND column_name = 'icpc_cp_plan_id') THEN
        ALTER TABLE "ssd"."ssd_initial_cp_conference" ADD COLUMN "icpc_cp_plan_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_initial_cp_conference' AND column_name = 'icpc_referral_id') THEN
        ALTER TABLE "ssd"."ssd_initial_cp_conference" ADD COLUMN "icpc_referral_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_initial_cp_conference' AND column_name = 'icpc_icpc_transfer_in') THEN
        ALTER TABLE "ssd"."ssd_initial_cp_conference" ADD COLUMN "icpc_icpc_transfer_in" CHAR(1);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_initial_cp_conference' AND column_name = 'icpc_icpc_target_date') THEN
        ALTER TABLE "ssd"."ssd_initial_cp_conference" ADD COLUMN "icpc_icpc_target_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_initial_cp_conference' AND column_name = 'icpc_icpc_date') THEN
        ALTER TABLE "ssd"."ssd_initial_cp_conference" ADD COLUMN "icpc_icpc_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_initial_cp_conference' AND column_name = 'icpc_icpc_outcome_cp_flag') THEN
        ALTER TABLE "ssd"."ssd_initial_cp_conference" ADD COLUMN "icpc_icpc_outcome_cp_flag" CHAR(1);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_initial_cp_conference' AND column_name = 'icpc_icpc_outcome_json') THEN
        ALTER TABLE "ssd"."ssd_initial_cp_conference" ADD COLUMN "icpc_icpc_outcome_json" VARCHAR(1000);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_initial_cp_conference' AND column_name = 'icpc_icpc_team') THEN
        ALTER TABLE "ssd"."ssd_initial_cp_conference" ADD COLUMN "icpc_icpc_team" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_initial_cp_conference' AND column_name = 'icpc_icpc_worker_id') THEN
        ALTER TABLE "ssd"."ssd_initial_cp_conference" ADD COLUMN "icpc_icpc_worker_id" VARCHAR(100);
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_initial_cp_conference_icpc_s47_enquiry_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_initial_cp_conference_icpc_s47_enquiry_id" ON "ssd"."ssd_initial_cp_conference" ("icpc_s47_enquiry_id");
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_initial_cp_conference_icpc_person_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_initial_cp_conference_icpc_person_id" ON "ssd"."ssd_initial_cp_conference" ("icpc_person_id");
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_initial_cp_conference_icpc_referral_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_initial_cp_conference_icpc_referral_id" ON "ssd"."ssd_initial_cp_conference" ("icpc_referral_id");
    END IF;
END $$;
-- ssd-bridge: end of batch
-- ssd_cp_plans
DO $$ BEGIN RAISE NOTICE '%', 'table ssd_cp_plans'; END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ssd_cp_plans"') IS NULL THEN
        CREATE TABLE "ssd"."ssd_cp_plans" (
            "cppl_cp_plan_id" VARCHAR(48) NOT NULL,
            "cppl_referral_id" VARCHAR(48),
            "cppl_icpc_id" VARCHAR(48),
            "cppl_person_id" VARCHAR(48),
            "cppl_cp_plan_start_date" TIMESTAMP,
            "cppl_cp_plan_end_date" TIMESTAMP,
            "cppl_cp_plan_ola" CHAR(1),
            "cppl_cp_plan_initial_category" VARCHAR(100),
            "cppl_cp_plan_latest_category" VARCHAR(100),
            CONSTRAINT "pk_ssd_cp_plans" PRIMARY KEY ("cppl_cp_plan_id")
        );
    END IF;
END $$;
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_cp_plans' AND column_name = 'cppl_cp_plan_id') THEN
        ALTER TABLE "ssd"."ssd_cp_plans" ADD COLUMN "cppl_cp_plan_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_cp_plans' AND column_name = 'cppl_referral_id') THEN
        ALTER TABLE "ssd"."ssd_cp_plans" ADD COLUMN "cppl_referral_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_cp_plans' AND column_name = 'cppl_icpc_id') THEN
        ALTER TABLE "ssd"."ssd_cp_plans" ADD COLUMN "cppl_icpc_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_cp_plans' AND column_name = 'cppl_person_id') THEN
        ALTER TABLE "ssd"."ssd_cp_plans" ADD COLUMN "cppl_person_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_cp_plans' AND column_name = 'cppl_cp_plan_start_date') THEN
        ALTER TABLE "ssd"."ssd_cp_plans" ADD COLUMN "cppl_cp_plan_start_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_cp_plans' AND column_name = 'cppl_cp_plan_end_date') THEN
        ALTER TABLE "ssd"."ssd_cp_plans" ADD COLUMN "cppl_cp_plan_end_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_cp_plans' AND column_name = 'cppl_cp_plan_ola') THEN
        ALTER TABLE "ssd"."ssd_cp_plans" ADD COLUMN "cppl_cp_plan_ola" CHAR(1);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_cp_plans' AND column_name = 'cppl_cp_plan_initial_category') THEN
        ALTER TABLE "ssd"."ssd_cp_plans" ADD COLUMN "cppl_cp_plan_initial_category" VARCHAR(100);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_cp_plans' AND column_name = 'cppl_cp_plan_latest_category') THEN
        ALTER TABLE "ssd"."ssd_cp_plans" ADD COLUMN "cppl_cp_plan_latest_category" VARCHAR(100);
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_cp_plans_cppl_referral_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_cp_plans_cppl_referral_id" ON "ssd"."ssd_cp_plans" ("cppl_referral_id");
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_cp_plans_cppl_person_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_cp_plans_cppl_person_id" ON "ssd"."ssd_cp_plans" ("cppl_person_id");
    END IF;
END $$;
-- ssd-bridge: end of batch
-- ssd_cla_episodes
DO $$ BEGIN RAISE NOTICE '%', 'table ssd_cla_episodes'; END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ssd_cla_episodes"') IS NULL THEN
        CREATE TABLE "ssd"."ssd_cla_episodes" (
            "clae_cla_episode_id" VARCHAR(48) NOT NULL,
            "clae_person_id" VARCHAR(48),
            "clae_cla_placement_id" VARCHAR(48),
            "clae_cla_episode_start_date" TIMESTAMP,
            "clae_cla_episode_start_reason" VARCHAR(100),
            "clae_cla_primary_need_code" VARCHAR(3),
            "clae_cla_episode_ceased_date" TIMESTAMP,
            "clae_cla_episode_ceased_reason" VARCHAR(255),
            "clae_cla_id" VARCHAR(48),
            "clae_referral_id" VARCHAR(48),
            "clae_cla_last_iro_contact_date" TIMESTAMP,
            "clae_entered_care_date" TIMESTAMP,
            CONSTRAINT "pk_ssd_cla_episodes" PRIMARY KEY ("clae_cla_episode_id")
        );
    END IF;
END $$;
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_cla_episodes' AND column_name = 'clae_cla_episode_id') THEN
        ALTER TABLE "ssd"."ssd_cla_episodes" ADD COLUMN "clae_cla_episode_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_cla_episodes' AND column_name = 'clae_person_id') THEN
        ALTER TABLE "ssd"."ssd_cla_episodes" ADD COLUMN "clae_person_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_cla_episodes' AND column_name = 'clae_cla_placement_id') THEN
        ALTER TABLE "ssd"."ssd_cla_episodes" ADD COLUMN "clae_cla_placement_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_cla_episodes' AND column_name = 'clae_cla_episode_start_date') THEN
        ALTER TABLE "ssd"."ssd_cla_episodes" ADD COLUMN "clae_cla_episode_start_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_cla_episodes' AND column_name = 'clae_cla_episode_start_reason') THEN
        ALTER TABLE "ssd"."ssd_cla_episodes" ADD COLUMN "clae_cla_episode_start_reason" VARCHAR(100);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_cla_episodes' AND column_name = 'clae_cla_primary_need_code') THEN
        ALTER TABLE "ssd"."ssd_cla_episodes" ADD COLUMN "clae_cla_primary_need_code" VARCHAR(3);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_cla_episodes' AND column_name = 'clae_cla_episode_ceased_date') THEN
        ALTER TABLE "ssd"."ssd_cla_episodes" ADD COLUMN "clae_cla_episode_ceased_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_cla_episodes' AND column_name = 'clae_cla_episode_ceased_reason') THEN
        ALTER TABLE "ssd"."ssd_cla_episodes" ADD COLUMN "clae_cla_episode_ceased_reason" VARCHAR(255);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_cla_episodes' AND column_name = 'clae_cla_id') THEN
        ALTER TABLE "ssd"."ssd_cla_episodes" ADD COLUMN "clae_cla_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_cla_episodes' AND column_name = 'clae_referral_id') THEN
        ALTER TABLE "ssd"."ssd_cla_episodes" ADD COLUMN "clae_referral_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_cla_episodes' AND column_name = 'clae_cla_last_iro_contact_date') THEN
        ALTER TABLE "ssd"."ssd_cla_episodes" ADD COLUMN "clae_cla_last_iro_contact_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_cla_episodes' AND column_name = 'clae_entered_care_date') THEN
        ALTER TABLE "ssd"."ssd_cla_episodes" ADD COLUMN "clae_entered_care_date" TIMESTAMP;
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_cla_episodes_clae_person_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_cla_episodes_clae_person_id" ON "ssd"."ssd_cla_episodes" ("clae_person_id");
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_cla_episodes_clae_cla_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_cla_episodes_clae_cla_id" ON "ssd"."ssd_cla_episodes" ("clae_cla_id");
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_cla_episodes_clae_referral_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_cla_episodes_clae_referral_id" ON "ssd"."ssd_cla_episodes" ("clae_referral_id");
    END IF;
END $$;
-- ssd-bridge: end of batch
-- ssd_cla_placement
DO $$ BEGIN RAISE NOTICE '%', 'table ssd_cla_placement'; END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ssd_cla_placement"') IS NULL THEN
        CREATE TABLE "ssd"."ssd_cla_placement" (
            "clap_cla_placement_id" VARCHAR(48) NOT NULL,
            "clap_cla_id" VARCHAR(48),
            "clap_person_id" VARCHAR(48),
            "clap_cla_placement_start_date" TIMESTAMP,
            "clap_cla_placement_type" VARCHAR(100),
            "clap_cla_placement_urn" VARCHAR(48),
            "clap_cla_placement_distance" DOUBLE PRECISION,
            "clap_cla_placement_provider" VARCHAR(48),
            "clap_cla_placement_postcode" VARCHAR(8),
            "clap_cla_placement_end_date" TIMESTAMP,
            "clap_cla_placement_change_reason" VARCHAR(100),
            CONSTRAINT "pk_ssd_cla_placement" PRIMARY KEY ("clap_cla_placement_id")
        );
    END IF;
END $$;
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_cla_placement' AND column_name = 'clap_cla_placement_id') THEN
        ALTER TABLE "ssd"."ssd_cla_placement" ADD COLUMN "clap_cla_placement_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_cla_placement' AND column_name = 'clap_cla_id') THEN
        ALTER TABLE "ssd"."ssd_cla_placement" ADD COLUMN "clap_cla_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_cla_placement' AND column_name = 'clap_person_id') THEN
        ALTER TABLE "ssd"."ssd_cla_placement" ADD COLUMN "clap_person_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_cla_placement' AND column_name = 'clap_cla_placement_start_date') THEN
        ALTER TABLE "ssd"."ssd_cla_placement" ADD COLUMN "clap_cla_placement_start_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_cla_placement' AND column_name = 'clap_cla_placement_type') THEN
        ALTER TABLE "ssd"."ssd_cla_placement" ADD COLUMN "clap_cla_placement_type" VARCHAR(100);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_cla_placement' AND column_name = 'clap_cla_placement_urn') THEN
        ALTER TABLE "ssd"."ssd_cla_placement" ADD COLUMN "clap_cla_placement_urn" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_cla_placement' AND column_name = 'clap_cla_placement_distance') THEN
        ALTER TABLE "ssd"."ssd_cla_placement" ADD COLUMN "clap_cla_placement_distance" DOUBLE PRECISION;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_cla_placement' AND column_name = 'clap_cla_placement_provider') THEN
        ALTER TABLE "ssd"."ssd_cla_placement" ADD COLUMN "clap_cla_placement_provider" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_cla_placement' AND column_name = 'clap_cla_placement_postcode') THEN
        ALTER TABLE "ssd"."ssd_cla_placement" ADD COLUMN "clap_cla_placement_postcode" VARCHAR(8);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_cla_placement' AND column_name = 'clap_cla_placement_end_date') THEN
        ALTER TABLE "ssd"."ssd_cla_placement" ADD COLUMN "clap_cla_placement_end_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_cla_placement' AND column_name = 'clap_cla_placement_change_reason') THEN
        ALTER TABLE "ssd"."ssd_cla_placement" ADD COLUMN "clap_cla_placement_change_reason" VARCHAR(100);
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_cla_placement_clap_cla_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_cla_placement_clap_cla_id" ON "ssd"."ssd_cla_placement" ("clap_cla_id");
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_cla_placement_clap_person_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_cla_placement_clap_person_id" ON "ssd"."ssd_cla_placement" ("clap_person_id");
    END IF;
END $$;
-- ssd-bridge: end of batch
-- ssd_permanence
DO $$ BEGIN RAISE NOTICE '%', 'table ssd_permanence'; END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ssd_permanence"') IS NULL THEN
        CREATE TABLE "ssd"."ssd_permanence" (
            "perm_table_id" VARCHAR(48) NOT NULL,
            "perm_person_id" VARCHAR(48),
            "perm_cla_id" VARCHAR(48),
            "perm_adm_decision_date" TIMESTAMP,
            "perm_part_of_sibling_group" CHAR(1),
            "perm_siblings_placed_together" INTEGER,
            "perm_siblings_placed_apart" INTEGER,
            "perm_ffa_cp_decision_date" TIMESTAMP,
            "perm_placement_order_date" TIMESTAMP,
            "perm_matched_date" TIMESTAMP,
            "perm_adopter_sex" VARCHAR(48),
            "perm_adopter_legal_status" VARCHAR(100),
            "perm_number_of_adopters" INTEGER,
            "perm_placed_for_adoption_date" TIMESTAMP,
            "perm_adopted_by_carer_flag" CHAR(1),
            "perm_placed_foster_carer_date" TIMESTAMP,
            "perm_placed_ffa_cp_date" TIMESTAMP,
            "perm_placement_provider_urn" VARCHAR(48),
            "perm_decision_reversed_date" TIMESTAMP,
            "perm_decision_reversed_reason" VARCHAR(100),
            "perm_permanence_order_date" TIMESTAMP,
            "perm_permanence_order_type" VARCHAR(100),
            "perm_adoption_worker_id" VARCHAR(100),
            CONSTRAINT "pk_ssd_permanence" PRIMARY KEY ("perm_table_id")
        );
    END IF;
END $$;
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_permanence' AND column_name = 'perm_table_id') THEN
        ALTER TABLE "ssd"."ssd_permanence" ADD COLUMN "perm_table_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_permanence' AND column_name = 'perm_person_id') THEN
        ALTER TABLE "ssd"."ssd_permanence" ADD COLUMN "perm_person_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_permanence' AND column_name = 'perm_cla_id') THEN
        ALTER TABLE "ssd"."ssd_permanence" ADD COLUMN "perm_cla_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_permanence' AND column_name = 'perm_adm_decision_date') THEN
        ALTER TABLE "ssd"."ssd_permanence" ADD COLUMN "perm_adm_decision_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_permanence' AND column_name = 'perm_part_of_sibling_group') THEN
        ALTER TABLE "ssd"."ssd_permanence" ADD COLUMN "perm_part_of_sibling_group" CHAR(1);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_permanence' AND column_name = 'perm_siblings_placed_together') THEN
        ALTER TABLE "ssd"."ssd_permanence" ADD COLUMN "perm_siblings_placed_together" INTEGER;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_permanence' AND column_name = 'perm_siblings_placed_apart') THEN
        ALTER TABLE "ssd"."ssd_permanence" ADD COLUMN "perm_siblings_placed_apart" INTEGER;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_permanence' AND column_name = 'perm_ffa_cp_decision_date') THEN
        ALTER TABLE "ssd"."ssd_permanence" ADD COLUMN "perm_ffa_cp_decision_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_permanence' AND column_name = 'perm_placement_order_date') THEN
        ALTER TABLE "ssd"."ssd_permanence" ADD COLUMN "perm_placement_order_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_permanence' AND column_name = 'perm_matched_date') THEN
        ALTER TABLE "ssd"."ssd_permanence" ADD COLUMN "perm_matched_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_permanence' AND column_name = 'perm_adopter_sex') THEN
        ALTER TABLE "ssd"."ssd_permanence" ADD COLUMN "perm_adopter_sex" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_permanence' AND column_name = 'perm_adopter_legal_status') THEN
        ALTER TABLE "ssd"."ssd_permanence" ADD COLUMN "perm_adopter_legal_status" VARCHAR(100);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_permanence' AND column_name = 'perm_number_of_adopters') THEN
        ALTER TABLE "ssd"."ssd_permanence" ADD COLUMN "perm_number_of_adopters" INTEGER;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_permanence' AND column_name = 'perm_placed_for_adoption_date') THEN
        ALTER TABLE "ssd"."ssd_permanence" ADD COLUMN "perm_placed_for_adoption_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_permanence' AND column_name = 'perm_adopted_by_carer_flag') THEN
        ALTER TABLE "ssd"."ssd_permanence" ADD COLUMN "perm_adopted_by_carer_flag" CHAR(1);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_permanence' AND column_name = 'perm_placed_foster_carer_date') THEN
        ALTER TABLE "ssd"."ssd_permanence" ADD COLUMN "perm_placed_foster_carer_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_permanence' AND column_name = 'perm_placed_ffa_cp_date') THEN
        ALTER TABLE "ssd"."ssd_permanence" ADD COLUMN "perm_placed_ffa_cp_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_permanence' AND column_name = 'perm_placement_provider_urn') THEN
        ALTER TABLE "ssd"."ssd_permanence" ADD COLUMN "perm_placement_provider_urn" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_permanence' AND column_name = 'perm_decision_reversed_date') THEN
        ALTER TABLE "ssd"."ssd_permanence" ADD COLUMN "perm_decision_reversed_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_permanence' AND column_name = 'perm_decision_reversed_reason') THEN
        ALTER TABLE "ssd"."ssd_permanence" ADD COLUMN "perm_decision_reversed_reason" VARCHAR(100);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_permanence' AND column_name = 'perm_permanence_order_date') THEN
        ALTER TABLE "ssd"."ssd_permanence" ADD COLUMN "perm_permanence_order_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_permanence' AND column_name = 'perm_permanence_order_type') THEN
        ALTER TABLE "ssd"."ssd_permanence" ADD COLUMN "perm_permanence_order_type" VARCHAR(100);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_permanence' AND column_name = 'perm_adoption_worker_id') THEN
        ALTER TABLE "ssd"."ssd_permanence" ADD COLUMN "perm_adoption_worker_id" VARCHAR(100);
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_permanence_perm_person_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_permanence_perm_person_id" ON "ssd"."ssd_permanence" ("perm_person_id");
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_permanence_perm_cla_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_permanence_perm_cla_id" ON "ssd"."ssd_permanence" ("perm_cla_id");
    END IF;
END $$;
-- ssd-bridge: end of batch
-- ssd_care_leavers
DO $$ BEGIN RAISE NOTICE '%', 'table ssd_care_leavers'; END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ssd_care_leavers"') IS NULL THEN
        CREATE TABLE "ssd"."ssd_care_leavers" (
            "clea_table_id" VARCHAR(48) NOT NULL,
            "clea_person_id" VARCHAR(48),
            "clea_care_leaver_eligibility" VARCHAR(100),
            "clea_care_leaver_in_touch" VARCHAR(100),
            "clea_care_leaver_latest_contact" TIMESTAMP,
            "clea_care_leaver_accommodation" VARCHAR(100),
            "clea_care_leaver_accom_suitable" VARCHAR(100),
            "clea_care_leaver_activity" VARCHAR(100),
            "clea_pathway_plan_review_date" TIMESTAMP,
            "clea_care_leaver_personal_advisor" VARCHAR(100),
            "clea_care_leaver_allocated_team" VARCHAR(48),
            "clea_care_leaver_worker_id" VARCHAR(100),
            CONSTRAINT "pk_ssd_care_leavers" PRIMARY KEY ("clea_table_id")
        );
    END IF;
END $$;
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_care_leavers' AND column_name = 'clea_table_id') THEN
        ALTER TABLE "ssd"."ssd_care_leavers" ADD COLUMN "clea_table_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_care_leavers' AND column_name = 'clea_person_id') THEN
        ALTER TABLE "ssd"."ssd_care_leavers" ADD COLUMN "clea_person_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_care_leavers' AND column_name = 'clea_care_leaver_eligibility') THEN
        ALTER TABLE "ssd"."ssd_care_leavers" ADD COLUMN "clea_care_leaver_eligibility" VARCHAR(100);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_care_leavers' AND column_name = 'clea_care_leaver_in_touch') THEN
        ALTER TABLE "ssd"."ssd_care_leavers" ADD COLUMN "clea_care_leaver_in_touch" VARCHAR(100);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_care_leavers' AND column_name = 'clea_care_leaver_latest_contact') THEN
        ALTER TABLE "ssd"."ssd_care_leavers" ADD COLUMN "clea_care_leaver_latest_contact" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_care_leavers' AND column_name = 'clea_care_leaver_accommodation') THEN
        ALTER TABLE "ssd"."ssd_care_leavers" ADD COLUMN "clea_care_leaver_accommodation" VARCHAR(100);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_care_leavers' AND column_name = 'clea_care_leaver_accom_suitable') THEN
        ALTER TABLE "ssd"."ssd_care_leavers" ADD COLUMN "clea_care_leaver_accom_suitable" VARCHAR(100);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_care_leavers' AND column_name = 'clea_care_leaver_activity') THEN
        ALTER TABLE "ssd"."ssd_care_leavers" ADD COLUMN "clea_care_leaver_activity" VARCHAR(100);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_care_leavers' AND column_name = 'clea_pathway_plan_review_date') THEN
        ALTER TABLE "ssd"."ssd_care_leavers" ADD COLUMN "clea_pathway_plan_review_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_care_leavers' AND column_name = 'clea_care_leaver_personal_advisor') THEN
        ALTER TABLE "ssd"."ssd_care_leavers" ADD COLUMN "clea_care_leaver_personal_advisor" VARCHAR(100);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_care_leavers' AND column_name = 'clea_care_leaver_allocated_team') THEN
        ALTER TABLE "ssd"."ssd_care_leavers" ADD COLUMN "clea_care_leaver_allocated_team" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_care_leavers' AND column_name = 'clea_care_leaver_worker_id') THEN
        ALTER TABLE "ssd"."ssd_care_leavers" ADD COLUMN "clea_care_leaver_worker_id" VARCHAR(100);
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_care_leavers_clea_person_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_care_leavers_clea_person_id" ON "ssd"."ssd_care_leavers" ("clea_person_id");
    END IF;
END $$;
-- ssd-bridge: end of batch
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
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_linked_identifiers' AND column_name = 'link_table_id') THEN
        ALTER TABLE "ssd"."ssd_linked_identifiers" ADD COLUMN "link_table_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_linked_identifiers' AND column_name = 'link_person_id') THEN
        ALTER TABLE "ssd"."ssd_linked_identifiers" ADD COLUMN "link_person_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_linked_identifiers' AND column_name = 'link_identifier_type') THEN
        ALTER TABLE "ssd"."ssd_linked_identifiers" ADD COLUMN "link_identifier_type" VARCHAR(100);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_linked_identifiers' AND column_name = 'link_identifier_value') THEN
        ALTER TABLE "ssd"."ssd_linked_identifiers" ADD COLUMN "link_identifier_value" VARCHAR(100);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_linked_identifiers' AND column_name = 'link_valid_from_date') THEN
        ALTER TABLE "ssd"."ssd_linked_identifiers" ADD COLUMN "link_valid_from_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_linked_identifiers' AND column_name = 'link_valid_to_date') THEN
        ALTER TABLE "ssd"."ssd_linked_identifiers" ADD COLUMN "link_valid_to_date" TIMESTAMP;
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_linked_identifiers_link_person_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_linked_identifiers_link_person_id" ON "ssd"."ssd_linked_identifiers" ("link_person_id");
    END IF;
END $$;
-- ssd-bridge: end of batch
DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_person'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
BEGIN
    DROP TABLE IF EXISTS pg_temp."ssd_load_ssd_person";
    CREATE TEMPORARY TABLE pg_temp."ssd_load_ssd_person" ("pers_legacy_id" TEXT, "pers_person_id" TEXT, "pers_upn" TEXT, "pers_forename" TEXT, "pers_surname" TEXT, "pers_sex" TEXT, "pers_gender" TEXT, "pers_ethnicity" TEXT, "pers_dob" TIMESTAMP, "pers_single_unique_id" TEXT, "pers_upn_unknown" TEXT, "pers_send_flag" TEXT, "pers_expected_dob" TIMESTAMP, "pers_death_date" TIMESTAMP, "pers_is_mother" TEXT, "pers_nationality" TEXT);
    SET LOCAL enable_nestloop = off;
    WITH upn AS (
        SELECT ux.person_id, ux.upn
        FROM (
            SELECT r.PERSONID AS person_id, LEFT(LTRIM(RTRIM(r.REFERENCENUMBER)), 13) AS upn,
                ROW_NUMBER() OVER (PARTITION BY r.PERSONID ORDER BY
                    CASE WHEN r.ENDDATE IS NULL THEN 0 ELSE 1 END, r.ENDDATE DESC,
                    CASE WHEN r.STARTDATE IS NULL THEN 1 ELSE 0 END, r.STARTDATE DESC, r.REFERENCENUMBER) AS pick
            FROM "referencenumberpersonview" r
            WHERE r.REFERENCETYPECODE = 'UPN'
                AND r.REFERENCENUMBER IS NOT NULL
        ) ux
        WHERE ux.pick = 1
    ),
    unknown_reason AS (
        SELECT uk.person_id, uk.code
        FROM (
            SELECT c.PERSONID AS person_id, cl.CODE AS code,
                ROW_NUMBER() OVER (PARTITION BY c.PERSONID ORDER BY c.STARTDATE DESC, c.CLASSIFICATIONASSIGNMENTID DESC) AS pick
            FROM "classificationpersonview" c
            JOIN "classification" cl ON cl.ID = c.CLASSIFICATIONCODEID
            WHERE cl.CLASSIFICATION_GROUP_FK = 2
                AND cl.CODE IN ('UN1', 'UN2', 'UN3', 'UN4', 'UN5', 'UN6', 'UN7', 'UN8', 'UN9', 'UN10')
                AND COALESCE(c.STATUS, '') <> 'DELETED'
                AND (c.ENDDATE IS NULL OR c.ENDDATE >= CURRENT_DATE)
        ) uk
        WHERE uk.pick = 1
    ),active AS (
        SELECT ca.PERSONID AS person_id
        FROM "classificationpersonview" ca
        WHERE COALESCE(ca.STATUS, '') <> 'DELETED'
            AND ((ca.CLASSIFICATIONPATHID IN (4, 51, 23, 10) OR ca.CLASSIFICATIONCODEID IN (1270))
                OR (ca.CLASSIFICATIONPATHID IN (4) OR ca.CLASSIFICATIONCODEID IN (1270)))
            AND (ca.ENDDATE IS NULL OR ca.ENDDATE >= (CURRENT_DATE - INTERVAL '6 years'))
        UNION
        SELECT eoc.PERSONID FROM "claepisodeofcareview" eoc
        WHERE eoc.EOCENDDATE IS NULL OR eoc.EOCENDDATE >= (CURRENT_DATE - INTERVAL '6 years')
        UNION
        SELECT cl.PERSONID FROM "clacareleaverdetailsview" cl
        WHERE cl.CONTACTDATE >= (CURRENT_DATE - INTERVAL '6 years')
        UNION
        SELECT rp.PERSONID FROM "relationshipprofessionalview" rp
        WHERE rp.ALLOCATEDWORKERCODE = 'AW'
            AND (rp.CLOSEDATE IS NULL OR rp.CLOSEDATE >= (CURRENT_DATE - INTERVAL '6 years'))
        UNION
        SELECT rf.ANSWERFORSUBJECTID FROM "formanswerpersonview" rf
        WHERE rf.DESIGNGUID = 'e6d9de9a-b56c-49d0-ab87-0f913ca8fc5f'
            AND rf.INSTANCESTATE = 'COMPLETE' AND rf.DATECOMPLETED >= (CURRENT_DATE - INTERVAL '6 years')
    ),
    cohort AS (
        SELECT p.PERSONID AS person_id
        FROM "persondemographicsview" p
        JOIN "personview" pv ON pv.PERSONID = p.PERSONID
        JOIN active ON active.person_id = p.PERSONID
        WHERE COALESCE(pv.DUPLICATED, '') <> 'DUPLICATE'
            AND UPPER(COALESCE(pv.FORENAME, '')) NOT LIKE '%DUPLICATE%'
            AND UPPER(COALESCE(pv.SURNAME, '')) NOT LIKE '%DUPLICATE%'
            AND p.PERSONID NOT IN (1, 2, 3, 4, 5, 6)
    ),
    uasc AS (
        SELECT DISTINCT ua.PERSONID AS person_id
        FROM "classificationpersonview" ua
        WHERE ua.CLASSIFICATIONCODEID = 423
            AND COALESCE(ua.STATUS, '') <> 'DELETED' AND (ua.ENDDATE IS NULL OR ua.ENDDATE >= CURRENT_DATE)
    ),parents AS (
        SELECT ra.ROLE_A_PERSON_FK AS person_id, ka.DATEOFBIRTH AS other_dob
        FROM "person_per_relationship" ra
        JOIN "personview" ka ON ka.PERSONID = ra.ROLE_B_PERSON_FK
        WHERE ra.PERSON_PER_REL_TYPE_FK = 17
        UNION ALL
        SELECT rb.ROLE_B_PERSON_FK, kb.DATEOFBIRTH
        FROM "person_per_relationship" rb
        JOIN "personview" kb ON kb.PERSONID = rb.ROLE_A_PERSON_FK
        WHERE rb.PERSON_PER_REL_TYPE_FK = 17
    ),
    mothers AS (
        SELECT DISTINCT pa.person_id
        FROM parents pa
        JOIN "persondemographicsview" pm ON pm.PERSONID = pa.person_id
        WHERE pm.SEX = 'Female' AND pa.other_dob >= pm.DATEOFBIRTH
    )
    INSERT INTO pg_temp."ssd_load_ssd_person" ("pers_legacy_id", "pers_person_id", "pers_upn", "pers_forename", "pers_surname", "pers_sex", "pers_gender", "pers_ethnicity", "pers_dob", "pers_single_unique_id", "pers_upn_unknown", "pers_send_flag", "pers_expected_dob", "pers_death_date", "pers_is_mother", "pers_nationality")
    SELECT
        p.CAREFIRSTID,
        CAST(p.PERSONID AS VARCHAR(48)),
        upn.upn,
        p.FORENAME,
        p.SURNAME,
        CASE p.SEX WHEN 'Male' THEN 'M' WHEN 'Female' THEN 'F' ELSE 'U' END,
        CASE WHEN p.GENDER IS NULL THEN '00' WHEN p.GENDER = 'Man' THEN '01' WHEN p.GENDER = 'Woman' THEN '02' ELSE '09' END,    CASE
            WHEN p.ETHNICITYCODE IS NULL THEN 'NOBT'
            WHEN UPPER(p.ETHNICITYCODE) IN ('ABAN', 'AIND', 'AOTH', 'APKN', 'BAFR', 'BCRB', 'BOTH', 'CHNE', 'MOTH', 'MWAS', 'MWBA', 'MWBC', 'NOBT', 'OOTH', 'REFU', 'WBRI', 'WIRI', 'WIRT', 'WOTH', 'WROM', 'ORAB') THEN UPPER(p.ETHNICITYCODE)
            ELSE COALESCE(CASE WHEN UPPER(p.ETHNICITYCODE) = 'ARAB' THEN 'ORAB' WHEN UPPER(p.ETHNICITYCODE) = 'BANGLADESHI' THEN 'ABAN' WHEN UPPER(p.ETHNICITYCODE) = 'INDIAN' THEN 'AIND' WHEN UPPER(p.ETHNICITYCODE) = 'OTHER_ASIAN' THEN 'AOTH' WHEN UPPER(p.ETHNICITYCODE) = 'ENG_SCOT_TRAVELLER' THEN 'AOTH' WHEN UPPER(p.ETHNICITYCODE) = 'PAKISTANI' THEN 'APKN' WHEN UPPER(p.ETHNICITYCODE) = 'AFRICAN' THEN 'BAFR' WHEN UPPER(p.ETHNICITYCODE) = 'BLACK_AFRICAN' THEN 'BAFR' WHEN UPPER(p.ETHNICITYCODE) = 'BLACK_CARIBBEAN' THEN 'BCRB' WHEN UPPER(p.ETHNICITYCODE) = 'CARIBBEAN' THEN 'BCRB' WHEN UPPER(p.ETHNICITYCODE) = 'OTHER_BLACK' THEN 'BOTH' WHEN UPPER(p.ETHNICITYCODE) = 'OTHER_AFRICAN' THEN 'BOTH' WHEN UPPER(p.ETHNICITYCODE) = 'CHINESE' THEN 'CHNE' WHEN UPPER(p.ETHNICITYCODE) = 'OTHER_MIXED' THEN 'MOTH' WHEN UPPER(p.ETHNICITYCODE) = 'WHITE_AND_ASIAN' THEN 'MWAS' WHEN UPPER(p.ETHNICITYCODE) = 'WHITE_AND_BLACK_AFRICAN' THEN 'MWBA' WHEN UPPER(p.ETHNICITYCODE) = 'WHITE_AND_BLACK_CARIBBEAN' THEN 'MWBC' WHEN UPPER(p.ETHNICITYCODE) = 'NOT_KNOWN' THEN 'NOBT' WHEN UPPER(p.ETHNICITYCODE) = 'OTHER_ETHNIC' THEN 'OOTH' WHEN UPPER(p.ETHNICITYCODE) = 'REFUSED' THEN 'REFU' WHEN UPPER(p.ETHNICITYCODE) = 'WHITE_BRITISH' THEN 'WBRI' WHEN UPPER(p.ETHNICITYCODE) = 'WHITE_NORTHERNIRISH' THEN 'WBRI' WHEN UPPER(p.ETHNICITYCODE) = 'WHITE_SCOTTISH' THEN 'WBRI' WHEN UPPER(p.ETHNICITYCODE) = 'WHITE_WELSH' THEN 'WBRI' WHEN UPPER(p.ETHNICITYCODE) = 'WHITE_IRISH' THEN 'WIRI' WHEN UPPER(p.ETHNICITYCODE) = 'IRISHTRAVELLER' THEN 'WIRT' WHEN UPPER(p.ETHNICITYCODE) = 'OTHER_WHITE_ORIGIN' THEN 'WOTH' WHEN UPPER(p.ETHNICITYCODE) = 'WHITE_POLISH' THEN 'WOTH' WHEN UPPER(p.ETHNICITYCODE) = 'GYPSY' THEN 'WROM' WHEN UPPER(p.ETHNICITYCODE) = 'TRAVELLER' THEN 'WROM' WHEN UPPER(p.ETHNICITYCODE) = 'ROMA' THEN 'WROM' END, 'NOBT')
        END,
        p.DATEOFBIRTH,
        p.NHSNUMBER,    CASE WHEN upn.upn IS NOT NULL THEN NULL ELSE COALESCE(
            unknown_reason.code,
            CASE WHEN (p.DIEDDATE IS NULL AND p.DATEOFBIRTH > (CURRENT_DATE - INTERVAL '5 years'))
                OR (p.DIEDDATE IS NOT NULL AND p.DIEDDATE < (p.DATEOFBIRTH + 1826 * INTERVAL '1 day')) THEN 'UN1' END,
            CASE WHEN uasc.person_id IS NOT NULL THEN 'UN2' END)
        END,
        NULL,    CASE WHEN p.DATEOFBIRTH IS NULL THEN p.DUEDATE END,
        p.DIEDDATE,
        CASE WHEN mothers.person_id IS NOT NULL THEN 'Y' ELSE 'N' END,
        p.COUNTRYOFBIRTHCODE
    FROM "persondemographicsview" p
    JOIN cohort ON cohort.person_id = p.PERSONID
    LEFT JOIN upn ON upn.person_id = p.PERSONID
    LEFT JOIN unknown_reason ON unknown_reason.person_id = p.PERSONID
    LEFT JOIN uasc ON uasc.person_id = p.PERSONID
    LEFT JOIN mothers ON mothers.person_id = p.PERSONID;
    DELETE FROM "ssd"."ssd_person";
    INSERT INTO "ssd"."ssd_person" ("pers_legacy_id", "pers_person_id", "pers_upn", "pers_forename", "pers_surname", "pers_sex", "pers_gender", "pers_ethnicity", "pers_dob", "pers_single_unique_id", "pers_upn_unknown", "pers_send_flag", "pers_expected_dob", "pers_death_date", "pers_is_mother", "pers_nationality")
    SELECT CASE WHEN LENGTH("pers_legacy_id") > 48 THEN CONCAT(LEFT("pers_legacy_id", 47), '…') ELSE "pers_legacy_id" END, CASE WHEN LENGTH("pers_person_id") > 48 THEN CONCAT(LEFT("pers_person_id", 47), '…') ELSE "pers_person_id" END, CASE WHEN LENGTH("pers_upn") > 13 THEN CONCAT(LEFT("pers_upn", 12), '…') ELSE "pers_upn" END, CASE WHEN LENGTH("pers_forename") > 100 THEN CONCAT(LEFT("pers_forename", 99), '…') ELSE "pers_forename" END, CASE WHEN LENGTH("pers_surname") > 255 THEN CONCAT(LEFT("pers_surname", 254), '…') ELSE "pers_surname" END, CASE WHEN LENGTH("pers_sex") > 20 THEN CONCAT(LEFT("pers_sex", 19), '…') ELSE "pers_sex" END, CASE WHEN LENGTH("pers_gender") > 10 THEN CONCAT(LEFT("pers_gender", 9), '…') ELSE "pers_gender" END, CASE WHEN LENGTH("pers_ethnicity") > 48 THEN CONCAT(LEFT("pers_ethnicity", 47), '…') ELSE "pers_ethnicity" END, "pers_dob", CASE WHEN LENGTH("pers_single_unique_id") > 48 THEN CONCAT(LEFT("pers_single_unique_id", 47), '…') ELSE "pers_single_unique_id" END, CASE WHEN LENGTH("pers_upn_unknown") > 6 THEN CONCAT(LEFT("pers_upn_unknown", 5), '…') ELSE "pers_upn_unknown" END, CASE WHEN LENGTH("pers_send_flag") > 5 THEN CONCAT(LEFT("pers_send_flag", 4), '…') ELSE "pers_send_flag" END, "pers_expected_dob", "pers_death_date", CASE WHEN LENGTH("pers_is_mother") > 1 THEN CONCAT(LEFT("pers_is_mother", 0), '…') ELSE "pers_is_mother" END, CASE WHEN LENGTH("pers_nationality") > 48 THEN CONCAT(LEFT("pers_nationality", 47), '…') ELSE "pers_nationality" END FROM pg_temp."ssd_load_ssd_person";
    GET DIAGNOSTICS loaded = ROW_COUNT;
    RAISE NOTICE '%: % rows loaded', 'ssd_person', loaded;
    SELECT CONCAT('', NULLIF(CONCAT(' pers_legacy_id=', COUNT(*) FILTER (WHERE LENGTH("pers_legacy_id") > 48)), ' pers_legacy_id=0'), '', NULLIF(CONCAT(' pers_person_id=', COUNT(*) FILTER (WHERE LENGTH("pers_person_id") > 48)), ' pers_person_id=0'), '', NULLIF(CONCAT(' pers_upn=', COUNT(*) FILTER (WHERE LENGTH("pers_upn") > 13)), ' pers_upn=0'), '', NULLIF(CONCAT(' pers_forename=', COUNT(*) FILTER (WHERE LENGTH("pers_forename") > 100)), ' pers_forename=0'), '', NULLIF(CONCAT(' pers_surname=', COUNT(*) FILTER (WHERE LENGTH("pers_surname") > 255)), ' pers_surname=0'), '', NULLIF(CONCAT(' pers_sex=', COUNT(*) FILTER (WHERE LENGTH("pers_sex") > 20)), ' pers_sex=0'), '', NULLIF(CONCAT(' pers_gender=', COUNT(*) FILTER (WHERE LENGTH("pers_gender") > 10)), ' pers_gender=0'), '', NULLIF(CONCAT(' pers_ethnicity=', COUNT(*) FILTER (WHERE LENGTH("pers_ethnicity") > 48)), ' pers_ethnicity=0'), '', NULLIF(CONCAT(' pers_single_unique_id=', COUNT(*) FILTER (WHERE LENGTH("pers_single_unique_id") > 48)), ' pers_single_unique_id=0'), '', NULLIF(CONCAT(' pers_upn_unknown=', COUNT(*) FILTER (WHERE LENGTH("pers_upn_unknown") > 6)), ' pers_upn_unknown=0'), '', NULLIF(CONCAT(' pers_send_flag=', COUNT(*) FILTER (WHERE LENGTH("pers_send_flag") > 5)), ' pers_send_flag=0'), '', NULLIF(CONCAT(' pers_is_mother=', COUNT(*) FILTER (WHERE LENGTH("pers_is_mother") > 1)), ' pers_is_mother=0'), '', NULLIF(CONCAT(' pers_nationality=', COUNT(*) FILTER (WHERE LENGTH("pers_nationality") > 48)), ' pers_nationality=0')) INTO cuts FROM pg_temp."ssd_load_ssd_person";
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_person', cuts; END IF;
    DROP TABLE pg_temp."ssd_load_ssd_person";
END $$;
-- ssd-bridge: end of batch
DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_address'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
BEGIN
    DROP TABLE IF EXISTS pg_temp."ssd_load_ssd_address";
    CREATE TEMPORARY TABLE pg_temp."ssd_load_ssd_address" ("addr_table_id" TEXT, "addr_person_id" TEXT, "addr_address_type" TEXT, "addr_address_start_date" TIMESTAMP, "addr_address_end_date" TIMESTAMP, "addr_address_postcode" TEXT, "addr_address_json" TEXT);
    SET LOCAL enable_nestloop = off;
    WITH addresses AS (
        SELECT a.ADDRESSID AS address_id, a.PERSONID AS person_id, a.TYPE AS address_type,
            a.STARTDATE AS start_date, a.ENDDATE AS end_date,
            UPPER(LTRIM(RTRIM(a.POSTCODE))) AS postcode,
            CONCAT('{"ROOM": "', REPLACE(REPLACE(COALESCE(a.ROOMDESCRIPTION, ''), '\', '\\'), '"', '\"'),
                '", "FLOOR": "', REPLACE(REPLACE(COALESCE(a.FLOORDESCRIPTION, ''), '\', '\\'), '"', '\"'),
                '", "FLAT": "", "BUILDING": "', REPLACE(REPLACE(COALESCE(a.BUILDINGNAMEORNUMBER, ''), '\', '\\'), '"', '\"'),
                '", "HOUSE": "', REPLACE(REPLACE(COALESCE(a.BUILDINGNAMEORNUMBER, ''), '\', '\\'), '"', '\"'),
                '", "STREET": "', REPLACE(REPLACE(COALESCE(a.STREETNAME, ''), '\', '\\'), '"', '\"'),
                '", "TOWN": "', REPLACE(REPLACE(COALESCE(a.TOWNORCITY, ''), '\', '\\'), '"', '\"'),
                '", "UPRN": ', CASE WHEN a.UPRN IS NULL THEN 'null' ELSE CONCAT('"', REPLACE(REPLACE(COALESCE(a.UPRN, ''), '\', '\\'), '"', '\"'), '"') END,
                ', "EASTING": "", "NORTHING": ""}') AS address_json,
            ROW_NUMBER() OVER (PARTITION BY a.PERSONID, a.ADDRESSID ORDER BY a.STARTDATE, a.ENDDATE) AS repeat_no
        FROM "addresspersonview" a
        WHERE a.ENDDATE IS NULL OR a.ENDDATE >= (CURRENT_DATE - INTERVAL '6 years')
    )
    INSERT INTO pg_temp."ssd_load_ssd_address" ("addr_table_id", "addr_person_id", "addr_address_type", "addr_address_start_date", "addr_address_end_date", "addr_address_postcode", "addr_address_json")
    SELECT
        CONCAT(ad.person_id, '-', ad.address_id, CASE WHEN ad.repeat_no > 1 THEN CONCAT('-', ad.repeat_no) END),
        sp.pers_person_id,
        ad.address_type,
        ad.start_date,
        ad.end_date,
        LEFT(ad.postcode, 15),
        LEFT(ad.address_json, 1000)
    FROM addresses ad
    JOIN "ssd"."ssd_person" sp ON sp.pers_person_id = CAST(ad.person_id AS VARCHAR(48));
    DELETE FROM "ssd"."ssd_address";
    INSERT INTO "ssd"."ssd_address" ("addr_table_id", "addr_person_id", "addr_address_type", "addr_address_start_date", "addr_address_end_date", "addr_address_postcode", "addr_address_json")
    SELECT CASE WHEN LENGTH("addr_table_id") > 48 THEN CONCAT(LEFT("addr_table_id", 47), '…') ELSE "addr_table_id" END, CASE WHEN LENGTH("addr_person_id") > 48 THEN CONCAT(LEFT("addr_person_id", 47), '…') ELSE "addr_person_id" END, CASE WHEN LENGTH("addr_address_type") > 48 THEN CONCAT(LEFT("addr_address_type", 47), '…') ELSE "addr_address_type" END, "addr_address_start_date", "addr_address_end_date", CASE WHEN LENGTH("addr_address_postcode") > 15 THEN CONCAT(LEFT("addr_address_postcode", 14), '…') ELSE "addr_address_postcode" END, CASE WHEN LENGTH("addr_address_json") > 1000 THEN CONCAT(LEFT("addr_address_json", 999), '…') ELSE "addr_address_json" END FROM pg_temp."ssd_load_ssd_address";
    GET DIAGNOSTICS loaded = ROW_COUNT;
    RAISE NOTICE '%: % rows loaded', 'ssd_address', loaded;
    SELECT CONCAT('', NULLIF(CONCAT(' addr_table_id=', COUNT(*) FILTER (WHERE LENGTH("addr_table_id") > 48)), ' addr_table_id=0'), '', NULLIF(CONCAT(' addr_person_id=', COUNT(*) FILTER (WHERE LENGTH("addr_person_id") > 48)), ' addr_person_id=0'), '', NULLIF(CONCAT(' addr_address_type=', COUNT(*) FILTER (WHERE LENGTH("addr_address_type") > 48)), ' addr_address_type=0'), '', NULLIF(CONCAT(' addr_address_postcode=', COUNT(*) FILTER (WHERE LENGTH("addr_address_postcode") > 15)), ' addr_address_postcode=0'), '', NULLIF(CONCAT(' addr_address_json=', COUNT(*) FILTER (WHERE LENGTH("addr_address_json") > 1000)), ' addr_address_json=0')) INTO cuts FROM pg_temp."ssd_load_ssd_address";
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_address', cuts; END IF;
    DROP TABLE pg_temp."ssd_load_ssd_address";
END $$;
-- ssd-bridge: end of batch
DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_disability'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
BEGIN
    DROP TABLE IF EXISTS pg_temp."ssd_load_ssd_disability";
    CREATE TEMPORARY TABLE pg_temp."ssd_load_ssd_disability" ("disa_table_id" TEXT, "disa_person_id" TEXT, "disa_disability_code" TEXT);
    SET LOCAL enable_nestloop = off;
    INSERT INTO pg_temp."ssd_load_ssd_disability" ("disa_table_id", "disa_person_id", "disa_disability_code")
    SELECT
        CAST(d.CLASSIFICATIONASSIGNMENTID AS VARCHAR(48)),
        sp.pers_person_id,
        COALESCE(CASE WHEN cl.NAME = 'No disability' THEN 'NONE' WHEN cl.NAME = 'Mobility' THEN 'MOB' WHEN cl.NAME = 'Hand function' THEN 'HAND' WHEN cl.NAME = 'Personal care' THEN 'PC' WHEN cl.NAME = 'Incontinence' THEN 'INC' WHEN cl.NAME = 'Communication' THEN 'COMM' WHEN cl.NAME = 'Learning Disability' THEN 'LD' WHEN cl.NAME = 'Learning' THEN 'LD' WHEN cl.NAME = 'Hearing' THEN 'HEAR' WHEN cl.NAME = 'Vision' THEN 'VIS' WHEN cl.NAME = 'Behaviour' THEN 'BEH' WHEN cl.NAME = 'Consciousness' THEN 'CON' WHEN cl.NAME = 'Diagnosed autism/aspergers' THEN 'AUT' WHEN cl.NAME = 'Autistic Spectrum Disorder' THEN 'AUT' WHEN cl.NAME = 'Autism spectrum condition' THEN 'AUT' END, CASE WHEN d.NAME = 'No disability' THEN 'NONE' WHEN d.NAME = 'Mobility' THEN 'MOB' WHEN d.NAME = 'Hand function' THEN 'HAND' WHEN d.NAME = 'Personal care' THEN 'PC' WHEN d.NAME = 'Incontinence' THEN 'INC' WHEN d.NAME = 'Communication' THEN 'COMM' WHEN d.NAME = 'Learning Disability' THEN 'LD' WHEN d.NAME = 'Learning' THEN 'LD' WHEN d.NAME = 'Hearing' THEN 'HEAR' WHEN d.NAME = 'Vision' THEN 'VIS' WHEN d.NAME = 'Behaviour' THEN 'BEH' WHEN d.NAME = 'Consciousness' THEN 'CON' WHEN d.NAME = 'Diagnosed autism/aspergers' THEN 'AUT' WHEN d.NAME = 'Autistic Spectrum Disorder' THEN 'AUT' WHEN d.NAME = 'Autism spectrum condition' THEN 'AUT' END, 'DDA')
    FROM "classificationpersonview" d
    LEFT JOIN "classification" cl ON cl.ID = d.CLASSIFICATIONCODEID
    JOIN "ssd"."ssd_person" sp ON sp.pers_person_id = CAST(d.PERSONID AS VARCHAR(48))
    WHERE (d.CLASSIFICATIONPATHID IN (55, 58, 79, 172, 186))
        AND COALESCE(d.STATUS, '') <> 'DELETED'
        AND (d.ENDDATE IS NULL OR d.ENDDATE >= CURRENT_DATE);
    DELETE FROM "ssd"."ssd_disability";
    INSERT INTO "ssd"."ssd_disability" ("disa_table_id", "disa_person_id", "disa_disability_code")
    SELECT CASE WHEN LENGTH("disa_table_id") > 48 THEN CONCAT(LEFT("disa_table_id", 47), '…') ELSE "disa_table_id" END, CASE WHEN LENGTH("disa_person_id") > 48 THEN CONCAT(LEFT("disa_person_id", 47), '…') ELSE "disa_person_id" END, CASE WHEN LENGTH("disa_disability_code") > 48 THEN CONCAT(LEFT("disa_disability_code", 47), '…') ELSE "disa_disability_code" END FROM pg_temp."ssd_load_ssd_disability";
    GET DIAGNOSTICS loaded = ROW_COUNT;
    RAISE NOTICE '%: % rows loaded', 'ssd_disability', loaded;
    SELECT CONCAT('', NULLIF(CONCAT(' disa_table_id=', COUNT(*) FILTER (WHERE LENGTH("disa_table_id") > 48)), ' disa_table_id=0'), '', NULLIF(CONCAT(' disa_person_id=', COUNT(*) FILTER (WHERE LENGTH("disa_person_id") > 48)), ' disa_person_id=0'), '', NULLIF(CONCAT(' disa_disability_code=', COUNT(*) FILTER (WHERE LENGTH("disa_disability_code") > 48)), ' disa_disability_code=0')) INTO cuts FROM pg_temp."ssd_load_ssd_disability";
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_disability', cuts; END IF;
    DROP TABLE pg_temp."ssd_load_ssd_disability";
END $$;
-- ssd-bridge: end of batch
DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_immigration_status'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
BEGIN
    DROP TABLE IF EXISTS pg_temp."ssd_load_ssd_immigration_status";
    CREATE TEMPORARY TABLE pg_temp."ssd_load_ssd_immigration_status" ("immi_immigration_status_id" TEXT, "immi_person_id" TEXT, "immi_immigration_status_start_date" TIMESTAMP, "immi_immigration_status_end_date" TIMESTAMP, "immi_immigration_status" TEXT);
    SET LOCAL enable_nestloop = off;
    INSERT INTO pg_temp."ssd_load_ssd_immigration_status" ("immi_immigration_status_id", "immi_person_id", "immi_immigration_status_start_date", "immi_immigration_status_end_date", "immi_immigration_status")
    SELECT
        CAST(i.CLASSIFICATIONASSIGNMENTID AS VARCHAR(48)),
        sp.pers_person_id,
        i.STARTDATE,
        i.ENDDATE,
        CASE WHEN i.CLASSIFICATIONCODEID = 423 THEN 'U'
            ELSE LEFT(COALESCE(cl.NAME, i.NAME), 100) END
    FROM "classificationpersonview" i
    LEFT JOIN "classification" cl ON cl.ID = i.CLASSIFICATIONCODEID
    JOIN "ssd"."ssd_person" sp ON sp.pers_person_id = CAST(i.PERSONID AS VARCHAR(48))
    WHERE (i.CLASSIFICATIONPATHID IN (1, 83))
        AND COALESCE(i.STATUS, '') <> 'DELETED'
        AND (i.ENDDATE IS NULL OR i.ENDDATE >= (CURRENT_DATE - INTERVAL '6 years'));
    DELETE FROM "ssd"."ssd_immigration_status";
    INSERT INTO "ssd"."ssd_immigration_status" ("immi_immigration_status_id", "immi_person_id", "immi_immigration_status_start_date", "immi_immigration_status_end_date", "immi_immigration_status")
    SELECT CASE WHEN LENGTH("immi_immigration_status_id") > 48 THEN CONCAT(LEFT("immi_immigration_status_id", 47), '…') ELSE "immi_immigration_status_id" END, CASE WHEN LENGTH("immi_person_id") > 48 THEN CONCAT(LEFT("immi_person_id", 47), '…') ELSE "immi_person_id" END, "immi_immigration_status_start_date", "immi_immigration_status_end_date", CASE WHEN LENGTH("immi_immigration_status") > 100 THEN CONCAT(LEFT("immi_immigration_status", 99), '…') ELSE "immi_immigration_status" END FROM pg_temp."ssd_load_ssd_immigration_status";
    GET DIAGNOSTICS loaded = ROW_COUNT;
    RAISE NOTICE '%: % rows loaded', 'ssd_immigration_status', loaded;
    SELECT CONCAT('', NULLIF(CONCAT(' immi_immigration_status_id=', COUNT(*) FILTER (WHERE LENGTH("immi_immigration_status_id") > 48)), ' immi_immigration_status_id=0'), '', NULLIF(CONCAT(' immi_person_id=', COUNT(*) FILTER (WHERE LENGTH("immi_person_id") > 48)), ' immi_person_id=0'), '', NULLIF(CONCAT(' immi_immigration_status=', COUNT(*) FILTER (WHERE LENGTH("immi_immigration_status") > 100)), ' immi_immigration_status=0')) INTO cuts FROM pg_temp."ssd_load_ssd_immigration_status";
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_immigration_status', cuts; END IF;
    DROP TABLE pg_temp."ssd_load_ssd_immigration_status";
END $$;
-- ssd-bridge: end of batch
DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_sdq_scores'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
BEGIN
    DROP TABLE IF EXISTS pg_temp."ssd_load_ssd_sdq_scores";
    CREATE TEMPORARY TABLE pg_temp."ssd_load_ssd_sdq_scores" ("csdq_table_id" TEXT, "csdq_person_id" TEXT, "csdq_sdq_completed_date" TIMESTAMP, "csdq_sdq_score" INTEGER, "csdq_sdq_reason" TEXT);
    SET LOCAL enable_nestloop = off;
    WITH sdq AS (
        SELECT
            f.INSTANCEID AS instance_id,
            f.ANSWERFORSUBJECTID AS person_id,
            MAX(f.SUBMITTERPERSONID) AS submitter_id,
            MIN(f.DATESTARTED) AS started_date,
            MAX(CASE WHEN f.INSTANCESTATE = 'COMPLETE' THEN f.DATECOMPLETED END) AS completed_date,
            COALESCE(MAX(CASE WHEN f.CONTROLNAME = '903Return_dateOfLatestSDQRecord' THEN f.DATEANSWERVALUE END),
                     MAX(CASE WHEN f.CONTROLNAME = '903Return_dateOfLatestSDQRecord' THEN CASE WHEN CAST(f.ANSWERVALUE AS TEXT) ~ '^\s*[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])([ T][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?(Z|[+-][0-9]{2}(:?[0-9]{2})?)?)?\s*$' THEN CAST(LEFT(TRIM(CAST(f.ANSWERVALUE AS TEXT)), 19) AS TIMESTAMP) WHEN CAST(f.ANSWERVALUE AS TEXT) ~ '^\s*(0[1-9]|[12][0-9]|3[01])/(0[1-9]|1[0-2])/[0-9]{4}\s*$' THEN CAST(TO_DATE(TRIM(CAST(f.ANSWERVALUE AS TEXT)), 'DD/MM/YYYY') AS TIMESTAMP) END END)) AS sdq_date,
            MAX(CASE WHEN f.CONTROLNAME = 'youngPersonsStrengthsAndDifficultiesQuestionnaireScore' THEN f.ANSWERVALUE END) AS score,
            MAX(CASE WHEN f.CONTROLNAME = '903Return_reasonForNotSubmittingStrengthsAndDifficultiesQuestionnaireInPeriod' THEN f.ANSWERVALUE END) AS reason
        FROM "formanswerpersonview" f
        WHERE f.DESIGNGUID = 'fb7f6ffc-e8a1-4b45-8eaa-356a5be33895'
            AND f.INSTANCESTATE = 'COMPLETE'
        GROUP BY f.INSTANCEID, f.ANSWERFORSUBJECTID
    )
    INSERT INTO pg_temp."ssd_load_ssd_sdq_scores" ("csdq_table_id", "csdq_person_id", "csdq_sdq_completed_date", "csdq_sdq_score", "csdq_sdq_reason")
    SELECT
        CONCAT(s.person_id, '-', s.instance_id),
        sp.pers_person_id,
        COALESCE(s.sdq_date, s.completed_date),
        CASE WHEN s.score ~ '^\s*-?[0-9]{1,9}\s*$' THEN CAST(TRIM(s.score) AS INTEGER) END,
        CASE WHEN s.reason = 'No form returned as child was aged under 4 or over 17 at date of latest assessment' THEN 'SDQ1' WHEN s.reason = 'Carer(s) refused to complete and return questionnaire' THEN 'SDQ2' WHEN s.reason = 'Not possible to complete the questionnaire due to severity of the child’s disability' THEN 'SDQ3' WHEN s.reason = 'Not possible to complete the questionnaire due to severity of the child''s disability' THEN 'SDQ3' WHEN s.reason = 'Other' THEN 'SDQ4' WHEN s.reason = 'Child or young person refuses to allow an SDQ to be completed' THEN 'SDQ5' END
    FROM sdq s
    JOIN "ssd"."ssd_person" sp ON sp.pers_person_id = CAST(s.person_id AS VARCHAR(48))
    WHERE COALESCE(s.sdq_date, s.completed_date) >= (CURRENT_DATE - INTERVAL '6 years');
    DELETE FROM "ssd"."ssd_sdq_scores";
    INSERT INTO "ssd"."ssd_sdq_scores" ("csdq_table_id", "csdq_person_id", "csdq_sdq_completed_date", "csdq_sdq_score", "csdq_sdq_reason")
    SELECT CASE WHEN LENGTH("csdq_table_id") > 48 THEN CONCAT(LEFT("csdq_table_id", 47), '…') ELSE "csdq_table_id" END, CASE WHEN LENGTH("csdq_person_id") > 48 THEN CONCAT(LEFT("csdq_person_id", 47), '…') ELSE "csdq_person_id" END, "csdq_sdq_completed_date", "csdq_sdq_score", CASE WHEN LENGTH("csdq_sdq_reason") > 100 THEN CONCAT(LEFT("csdq_sdq_reason", 99), '…') ELSE "csdq_sdq_reason" END FROM pg_temp."ssd_load_ssd_sdq_scores";
    GET DIAGNOSTICS loaded = ROW_COUNT;
    RAISE NOTICE '%: % rows loaded', 'ssd_sdq_scores', loaded;
    SELECT CONCAT('', NULLIF(CONCAT(' csdq_table_id=', COUNT(*) FILTER (WHERE LENGTH("csdq_table_id") > 48)), ' csdq_table_id=0'), '', NULLIF(CONCAT(' csdq_person_id=', COUNT(*) FILTER (WHERE LENGTH("csdq_person_id") > 48)), ' csdq_person_id=0'), '', NULLIF(CONCAT(' csdq_sdq_reason=', COUNT(*) FILTER (WHERE LENGTH("csdq_sdq_reason") > 100)), ' csdq_sdq_reason=0')) INTO cuts FROM pg_temp."ssd_load_ssd_sdq_scores";
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_sdq_scores', cuts; END IF;
    DROP TABLE pg_temp."ssd_load_ssd_sdq_scores";
END $$;
-- ssd-bridge: end of batch
DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_cin_episodes'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
BEGIN
    DROP TABLE IF EXISTS pg_temp."ssd_load_ssd_cin_episodes";
    CREATE TEMPORARY TABLE pg_temp."ssd_load_ssd_cin_episodes" ("cine_referral_id" TEXT, "cine_person_id" TEXT, "cine_referral_date" TIMESTAMP, "cine_cin_primary_need_code" TEXT, "cine_referral_source_code" TEXT, "cine_referral_source_desc" TEXT, "cine_referral_outcome_json" TEXT, "cine_referral_nfa" TEXT, "cine_close_reason" TEXT, "cine_close_date" TIMESTAMP, "cine_referral_team" TEXT, "cine_referral_worker_id" TEXT);
    SET LOCAL enable_nestloop = off;
    WITH merge_rows AS (
        SELECT c.PERSONID AS person_id, CONCAT('C', c.CLASSIFICATIONASSIGNMENTID) AS row_key,
                c.STARTDATE AS start_date, c.ENDDATE AS end_date, c.ENDREASON AS end_reason
            FROM "classificationpersonview" c
            JOIN "ssd"."ssd_person" sp ON sp.pers_person_id = CAST(c.PERSONID AS VARCHAR(48))
            WHERE (c.CLASSIFICATIONPATHID IN (4, 51, 23, 10) OR c.CLASSIFICATIONCODEID IN (1270))
                AND COALESCE(c.STATUS, '') <> 'DELETED' AND c.STARTDATE IS NOT NULL
            UNION ALL
            SELECT e.PERSONID, CONCAT('L', e.EPISODEOFCAREID), e.EOCSTARTDATE, e.EOCENDDATE, e.EOCENDREASON
            FROM "claepisodeofcareview" e
            JOIN "ssd"."ssd_person" sp ON sp.pers_person_id = CAST(e.PERSONID AS VARCHAR(48))
            WHERE e.EOCSTARTDATE IS NOT NULL
    ),
    merge_marked AS (
        SELECT mr.person_id, mr.row_key, mr.start_date, mr.end_date, mr.end_reason,
            COALESCE(mr.end_date, CURRENT_DATE) AS end_or_today,
            CASE WHEN MAX(COALESCE(mr.end_date, CURRENT_DATE)) OVER (PARTITION BY mr.person_id
                    ORDER BY mr.start_date, mr.row_key ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
                    >= (mr.start_date + -1 * INTERVAL '1 day') THEN 0 ELSE 1 END AS is_new
        FROM merge_rows mr
    ),
    merge_grouped AS (
        SELECT mm.person_id, mm.row_key, mm.start_date, mm.end_date, mm.end_reason, mm.end_or_today,
            SUM(mm.is_new) OVER (PARTITION BY mm.person_id ORDER BY mm.start_date, mm.row_key
                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS episode_no,
            mm.is_new,
            ROW_NUMBER() OVER (PARTITION BY mm.person_id ORDER BY mm.start_date, mm.row_key) AS row_no
        FROM merge_marked mm
    ),
    merge_last AS (
        SELECT mg.person_id, mg.row_key, mg.start_date, mg.end_date, mg.end_reason, mg.episode_no, mg.is_new,
            ROW_NUMBER() OVER (PARTITION BY mg.person_id, mg.episode_no
                ORDER BY mg.end_or_today DESC, CASE WHEN mg.end_date IS NULL THEN 0 ELSE 1 END, mg.row_no DESC) AS last_no
        FROM merge_grouped mg
    ),episodes AS (
        SELECT ml.person_id,
            MAX(CASE WHEN ml.is_new = 1 THEN ml.row_key END) AS episode_key,
            MIN(ml.start_date) AS episode_start,
            CASE WHEN MAX(CASE WHEN ml.end_date IS NULL THEN 1 ELSE 0 END) = 1 THEN NULL ELSE MAX(ml.end_date) END AS episode_end,
            MAX(CASE WHEN ml.last_no = 1 THEN ml.end_reason END) AS close_reason
        FROM merge_last ml
        GROUP BY ml.person_id, ml.episode_no
    ),
    spans AS (
        SELECT ep.person_id, ep.episode_key, ep.episode_start, ep.episode_end, ep.close_reason,
            LAG(ep.episode_end) OVER (PARTITION BY ep.person_id ORDER BY ep.episode_start) AS previous_end
        FROM episodes ep
    ),
    referral_forms AS (
        SELECT
                f.INSTANCEID AS instance_id,
                f.ANSWERFORSUBJECTID AS person_id,
                MAX(f.SUBMITTERPERSONID) AS submitter_id,
                MIN(f.DATESTARTED) AS started_date,
                MAX(CASE WHEN f.INSTANCESTATE = 'COMPLETE' THEN f.DATECOMPLETED END) AS completed_date,
                COALESCE(MAX(CASE WHEN f.CONTROLNAME = 'CINCensus_DateOfReferral' THEN f.DATEANSWERVALUE END),
                         MAX(CASE WHEN f.CONTROLNAME = 'CINCensus_DateOfReferral' THEN CASE WHEN CAST(f.ANSWERVALUE AS TEXT) ~ '^\s*[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])([ T][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?(Z|[+-][0-9]{2}(:?[0-9]{2})?)?)?\s*$' THEN CAST(LEFT(TRIM(CAST(f.ANSWERVALUE AS TEXT)), 19) AS TIMESTAMP) WHEN CAST(f.ANSWERVALUE AS TEXT) ~ '^\s*(0[1-9]|[12][0-9]|3[01])/(0[1-9]|1[0-2])/[0-9]{4}\s*$' THEN CAST(TO_DATE(TRIM(CAST(f.ANSWERVALUE AS TEXT)), 'DD/MM/YYYY') AS TIMESTAMP) END END)) AS referral_date,
                MAX(CASE WHEN f.CONTROLNAME = 'CINCensus_ReferralSource' THEN f.ANSWERVALUE END) AS source_text,
                MAX(CASE WHEN f.CONTROLNAME = 'CINCensus_primaryNeedCategory' THEN f.ANSWERVALUE END) AS need_text,
                MAX(CASE WHEN f.CONTROLNAME = 'AnnexAReturn_nextSteps_agreed' THEN f.ANSWERVALUE END) AS next_steps
            FROM "formanswerpersonview" f
            WHERE f.DESIGNGUID = 'e6d9de9a-b56c-49d0-ab87-0f913ca8fc5f'
                AND f.INSTANCESTATE = 'COMPLETE'
            GROUP BY f.INSTANCEID, f.ANSWERFORSUBJECTID
    ),
    forms AS (
        SELECT rf.instance_id, rf.person_id, rf.submitter_id, rf.completed_date, rf.source_text, rf.need_text,
            rf.next_steps, COALESCE(rf.referral_date, rf.completed_date) AS referral_date
        FROM referral_forms rf
    ),attached AS (
        SELECT ax.person_id, ax.episode_key, ax.instance_id
        FROM (
            SELECT s.person_id, s.episode_key, fm.instance_id,
                ROW_NUMBER() OVER (PARTITION BY s.person_id, s.episode_key ORDER BY
                    CASE WHEN fm.referral_date <= s.episode_start THEN 0 ELSE 1 END,
                    CASE WHEN fm.referral_date <= s.episode_start THEN fm.referral_date END DESC,
                    fm.referral_date, fm.instance_id) AS pick
            FROM spans s
            JOIN forms fm ON fm.person_id = s.person_id
                AND (s.previous_end IS NULL OR fm.referral_date > s.previous_end)
                AND fm.referral_date <= COALESCE(s.episode_end, CURRENT_DATE)
        ) ax
        WHERE ax.pick = 1
    ),
    referrals AS (
        SELECT CONCAT(s.person_id, '-', COALESCE(CAST(a.instance_id AS VARCHAR(48)), s.episode_key)) AS referral_id,
            s.person_id, COALESCE(fm.referral_date, s.episode_start) AS referral_date,
            fm.source_text, fm.need_text, fm.next_steps, fm.submitter_id, s.episode_end AS close_date,
            CASE WHEN s.episode_end IS NULL THEN NULL
                ELSE COALESCE(CASE WHEN s.close_reason = 'Adopted' THEN 'RC1' WHEN s.close_reason = 'Adopted - Consent dispensed with' THEN 'RC1' WHEN s.close_reason = 'Adopted - Application unopposed' THEN 'RC1' WHEN s.close_reason = 'Adopted - PRE 2000' THEN 'RC1' WHEN s.close_reason = 'PRE-Adopted' THEN 'RC1' WHEN s.close_reason = 'Adopted consent dispensed with by court' THEN 'RC1' WHEN s.close_reason = 'ADOPTED/FREED FOR ADOPTION - PRE 2000' THEN 'RC1' WHEN s.close_reason = 'Adopted - application for an adoption order unopposed' THEN 'RC1' WHEN s.close_reason = 'Died' THEN 'RC2' WHEN s.close_reason = 'Child/young person has died' THEN 'RC2' WHEN s.close_reason = 'Child Arrangements Order' THEN 'RC3' WHEN s.close_reason = 'Residence order or a child arrangements order' THEN 'RC3' WHEN s.close_reason = 'Special Guardianship Order' THEN 'RC4' WHEN s.close_reason = 'Special guardianship made to former foster carers' THEN 'RC4' WHEN s.close_reason = 'Special guardianship made to other than former foster carers' THEN 'RC4' WHEN s.close_reason = 'Special guardianship relative/friend not former foster carer(s)' THEN 'RC4' WHEN s.close_reason = 'Special guardianship other not relative/friend/former foster carer' THEN 'RC4' WHEN s.close_reason = 'Child moved permanently from area' THEN 'RC5' WHEN s.close_reason = 'Transferred to Adult Services' THEN 'RC6' WHEN s.close_reason = 'Transferred to care of Adult Social Services' THEN 'RC6' WHEN s.close_reason = 'Transferred to residential care funded by Adult Social Services' THEN 'RC6' WHEN s.close_reason = 'Case closed after assessment, no further action' THEN 'RC8' WHEN s.close_reason = 'Case closed after assessment, referred to early help' THEN 'RC9' WHEN s.close_reason = 'Case closed after assessment, referred to EH' THEN 'RC9' END,
                    CASE WHEN UPPER(LEFT(s.close_reason, 2)) = 'RC' THEN UPPER(LEFT(s.close_reason, 3)) END, 'RC7') END AS close_code
        FROM spans s
        LEFT JOIN attached a ON a.person_id = s.person_id AND a.episode_key = s.episode_key
        LEFT JOIN forms fm ON fm.person_id = a.person_id AND fm.instance_id = a.instance_id
        UNION ALL
        SELECT CONCAT(fm.person_id, '-', fm.instance_id), fm.person_id, fm.referral_date,
            fm.source_text, fm.need_text, fm.next_steps, fm.submitter_id, COALESCE(fm.completed_date, fm.referral_date),
            CASE WHEN fm.next_steps IN ('No further action', 'Signpost') THEN 'RC8' ELSE 'RC7' END
        FROM forms fm
        JOIN "ssd"."ssd_person" sp ON sp.pers_person_id = CAST(fm.person_id AS VARCHAR(48))
        WHERE NOT EXISTS (SELECT 1 FROM attached a2 WHERE a2.person_id = fm.person_id AND a2.instance_id = fm.instance_id)        AND NOT EXISTS (SELECT 1 FROM spans s2 WHERE s2.person_id = fm.person_id
                AND fm.referral_date >= s2.episode_start AND fm.referral_date <= COALESCE(s2.episode_end, CURRENT_DATE))
    ),
    in_window AS (
        SELECT r.referral_id, r.person_id, r.referral_date AS event_date, r.referral_id AS event_key
        FROM referrals r
        WHERE r.close_date IS NULL OR r.close_date >= (CURRENT_DATE - INTERVAL '6 years')
    ),
    teams AS (
        SELECT tx.event_key, tx.team_id
        FROM (
            SELECT ev.event_key, CAST(tm.ORGANISATIONID AS VARCHAR(48)) AS team_id,
                ROW_NUMBER() OVER (PARTITION BY ev.event_key ORDER BY tm.DATESTARTED DESC, tm.RELATIONSHIPID DESC) AS pick
            FROM in_window ev
            JOIN "personorgrelationshipview" tm
                ON tm.PERSONID = ev.person_id AND tm.ALLOCATEDTEAMCODE = 'AT'
                AND tm.DATESTARTED <= ev.event_date AND (tm.DATEENDED IS NULL OR tm.DATEENDED >= ev.event_date)
        ) tx
        WHERE tx.pick = 1
    )
    INSERT INTO pg_temp."ssd_load_ssd_cin_episodes" ("cine_referral_id", "cine_person_id", "cine_referral_date", "cine_cin_primary_need_code", "cine_referral_source_code", "cine_referral_source_desc", "cine_referral_outcome_json", "cine_referral_nfa", "cine_close_reason", "cine_close_date", "cine_referral_team", "cine_referral_worker_id")
    SELECT
        r.referral_id,
        CAST(r.person_id AS VARCHAR(48)),
        r.referral_date,
        CASE WHEN UPPER(r.need_text) IN ('N1', 'N2', 'N3', 'N4', 'N5', 'N6', 'N7', 'N8', 'N9', 'N0') THEN UPPER(r.need_text)
            ELSE CASE WHEN r.need_text = 'Abuse or neglect' THEN 'N1' WHEN r.need_text = 'Child''s disability' THEN 'N2' WHEN r.need_text = 'Parental illness/disability' THEN 'N3' WHEN r.need_text = 'Family in acute stress' THEN 'N4' WHEN r.need_text = 'Family dysfunction' THEN 'N5' WHEN r.need_text = 'Socially unacceptable behaviour' THEN 'N6' WHEN r.need_text = 'Low income' THEN 'N7' WHEN r.need_text = 'Absent parenting' THEN 'N8' WHEN r.need_text = 'Cases other than child in need' THEN 'N9' WHEN r.need_text = 'Not stated' THEN 'N0' END END,
        CASE WHEN UPPER(r.source_text) IN ('1B', '3E', '9', '5D', '2B', '5C', '1A', '3A', '3B', '4', '1D', '3F', '8', '5B', '7', '3D', '6', '2A', '3C', '1C', '5A', '10') THEN UPPER(r.source_text)
            ELSE CASE WHEN r.source_text = 'Acquaintance' THEN '1B' WHEN r.source_text = 'A & E' THEN '3E' WHEN r.source_text = 'Anonymous' THEN '9' WHEN r.source_text = 'Early help' THEN '5D' WHEN r.source_text = 'Education Services' THEN '2B' WHEN r.source_text = 'External e.g. from another local authority' THEN '5C' WHEN r.source_text = 'Family Member/Relative/Carer' THEN '1A' WHEN r.source_text = 'GP' THEN '3A' WHEN r.source_text = 'Health Visitor' THEN '3B' WHEN r.source_text = 'Housing' THEN '4' WHEN r.source_text = 'Other' THEN '1D' WHEN r.source_text = 'Other Health Services' THEN '3F' WHEN r.source_text = 'Other - including children centres' THEN '8' WHEN r.source_text = 'Other internal e,g, BC Council' THEN '5B' WHEN r.source_text = 'Other Legal Agency' THEN '7' WHEN r.source_text = 'Other Primary Health Services' THEN '3D' WHEN r.source_text = 'Police' THEN '6' WHEN r.source_text = 'School' THEN '2A' WHEN r.source_text = 'School Nurse' THEN '3C' WHEN r.source_text = 'Self' THEN '1C' WHEN r.source_text = 'Social care e.g. adult social care' THEN '5A' WHEN r.source_text = 'Unknown' THEN '10' END END,
        LEFT(r.source_text, 255),
        CASE WHEN r.next_steps IS NULL THEN NULL ELSE CONCAT('{'
            , '"OUTCOME_SINGLE_ASSESSMENT_FLAG": "', CASE WHEN r.next_steps IN ('Assessment', 'Family Help Discussion (10 days)', 'Family Help Discussion (CAT) -10 days', 'Family Help Discussion (DCYP)- 10 days') THEN 'Y' ELSE 'N' END, '"'
            , ', "OUTCOME_NFA_FLAG": "', CASE WHEN r.next_steps IN ('No further action', 'Signpost') THEN 'Y' ELSE 'N' END, '"'
            , ', "OUTCOME_STRATEGY_DISCUSSION_FLAG": "', CASE WHEN r.next_steps IN ('Strategy Discussion/Meeting') THEN 'Y' ELSE 'N' END, '"'
            , ', "OUTCOME_CLA_REQUEST_FLAG": "', 'N', '"'
            , ', "OUTCOME_NON_AGENCY_ADOPTION_FLAG": "', CASE WHEN r.next_steps IN ('Adoption or Special Guardianship support') THEN 'Y' ELSE 'N' END, '"'
            , ', "OUTCOME_PRIVATE_FOSTERING_FLAG": "', CASE WHEN r.next_steps IN ('Private Fostering') THEN 'Y' ELSE 'N' END, '"'
            , ', "OUTCOME_CP_TRANSFER_IN_FLAG": "', CASE WHEN r.next_steps IN ('Transfer in child protection conference') THEN 'Y' ELSE 'N' END, '"'
            , ', "OUTCOME_CP_CONFERENCE_FLAG": "', 'N', '"'
            , ', "OUTCOME_CARE_LEAVER_FLAG": "', 'N', '"'
            , ', "OTHER_OUTCOMES_EXIST_FLAG": "', CASE WHEN r.next_steps IN ('Asylum seeker', 'Court Report Request Section 7/Section 37', 'Disabled children service', 'No recourse to public funds', 'Family Help Discussion(45 Day)', 'Family Help Discussion (45 days)', 'Early Intervention', 'Universal Services') THEN 'Y' ELSE 'N' END, '"'
            , '}') END,
        CASE WHEN r.next_steps = 'No further action' THEN 'Y' ELSE 'N' END,
        r.close_code,
        r.close_date,
        t.team_id,
        CAST(r.submitter_id AS VARCHAR(48))
    FROM referrals r
    JOIN in_window w ON w.referral_id = r.referral_id
    LEFT JOIN teams t ON t.event_key = r.referral_id;
    DELETE FROM "ssd"."ssd_cin_episodes";
    INSERT INTO "ssd"."ssd_cin_episodes" ("cine_referral_id", "cine_person_id", "cine_referral_date", "cine_cin_primary_need_code", "cine_referral_source_code", "cine_referral_source_desc", "cine_referral_outcome_json", "cine_referral_nfa", "cine_close_reason", "cine_close_date", "cine_referral_team", "cine_referral_worker_id")
    SELECT CASE WHEN LENGTH("cine_referral_id") > 48 THEN CONCAT(LEFT("cine_referral_id", 47), '…') ELSE "cine_referral_id" END, CASE WHEN LENGTH("cine_person_id") > 48 THEN CONCAT(LEFT("cine_person_id", 47), '…') ELSE "cine_person_id" END, "cine_referral_date", CASE WHEN LENGTH("cine_cin_primary_need_code") > 3 THEN CONCAT(LEFT("cine_cin_primary_need_code", 2), '…') ELSE "cine_cin_primary_need_code" END, CASE WHEN LENGTH("cine_referral_source_code") > 48 THEN CONCAT(LEFT("cine_referral_source_code", 47), '…') ELSE "cine_referral_source_code" END, CASE WHEN LENGTH("cine_referral_source_desc") > 255 THEN CONCAT(LEFT("cine_referral_source_desc", 254), '…') ELSE "cine_referral_source_desc" END, CASE WHEN LENGTH("cine_referral_outcome_json") > 4000 THEN CONCAT(LEFT("cine_referral_outcome_json", 3999), '…') ELSE "cine_referral_outcome_json" END, CASE WHEN LENGTH("cine_referral_nfa") > 1 THEN CONCAT(LEFT("cine_referral_nfa", 0), '…') ELSE "cine_referral_nfa" END, CASE WHEN LENGTH("cine_close_reason") > 100 THEN CONCAT(LEFT("cine_close_reason", 99), '…') ELSE "cine_close_reason" END, "cine_close_date", CASE WHEN LENGTH("cine_referral_team") > 48 THEN CONCAT(LEFT("cine_referral_team", 47), '…') ELSE "cine_referral_team" END, CASE WHEN LENGTH("cine_referral_worker_id") > 48 THEN CONCAT(LEFT("cine_referral_worker_id", 47), '…') ELSE "cine_referral_worker_id" END FROM pg_temp."ssd_load_ssd_cin_episodes";
    GET DIAGNOSTICS loaded = ROW_COUNT;
    RAISE NOTICE '%: % rows loaded', 'ssd_cin_episodes', loaded;
    SELECT CONCAT('', NULLIF(CONCAT(' cine_referral_id=', COUNT(*) FILTER (WHERE LENGTH("cine_referral_id") > 48)), ' cine_referral_id=0'), '', NULLIF(CONCAT(' cine_person_id=', COUNT(*) FILTER (WHERE LENGTH("cine_person_id") > 48)), ' cine_person_id=0'), '', NULLIF(CONCAT(' cine_cin_primary_need_code=', COUNT(*) FILTER (WHERE LENGTH("cine_cin_primary_need_code") > 3)), ' cine_cin_primary_need_code=0'), '', NULLIF(CONCAT(' cine_referral_source_code=', COUNT(*) FILTER (WHERE LENGTH("cine_referral_source_code") > 48)), ' cine_referral_source_code=0'), '', NULLIF(CONCAT(' cine_referral_source_desc=', COUNT(*) FILTER (WHERE LENGTH("cine_referral_source_desc") > 255)), ' cine_referral_source_desc=0'), '', NULLIF(CONCAT(' cine_referral_outcome_json=', COUNT(*) FILTER (WHERE LENGTH("cine_referral_outcome_json") > 4000)), ' cine_referral_outcome_json=0'), '', NULLIF(CONCAT(' cine_referral_nfa=', COUNT(*) FILTER (WHERE LENGTH("cine_referral_nfa") > 1)), ' cine_referral_nfa=0'), '', NULLIF(CONCAT(' cine_close_reason=', COUNT(*) FILTER (WHERE LENGTH("cine_close_reason") > 100)), ' cine_close_reason=0'), '', NULLIF(CONCAT(' cine_referral_team=', COUNT(*) FILTER (WHERE LENGTH("cine_referral_team") > 48)), ' cine_referral_team=0'), '', NULLIF(CONCAT(' cine_referral_worker_id=', COUNT(*) FILTER (WHERE LENGTH("cine_referral_worker_id") > 48)), ' cine_referral_worker_id=0')) INTO cuts FROM pg_temp."ssd_load_ssd_cin_episodes";
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_cin_episodes', cuts; END IF;
    DROP TABLE pg_temp."ssd_load_ssd_cin_episodes";
END $$;
-- ssd-bridge: end of batch
DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_involvements'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
BEGIN
    DROP TABLE IF EXISTS pg_temp."ssd_load_ssd_involvements";
    CREATE TEMPORARY TABLE pg_temp."ssd_load_ssd_involvements" ("invo_involvements_id" TEXT, "invo_professional_id" TEXT, "invo_professional_role_id" TEXT, "invo_professional_team" TEXT, "invo_person_id" TEXT, "invo_involvement_start_date" TIMESTAMP, "invo_involvement_end_date" TIMESTAMP, "invo_worker_change_reason" TEXT, "invo_referral_id" TEXT);
    SET LOCAL enable_nestloop = off;
    WITH involvements AS (
        SELECT rp.PERSONRELATIONSHIPRECORDID AS event_key, rp.PERSONID AS person_id, rp.STARTDATE AS event_date,
            rp.PROFESSIONALRELATIONSHIPPERSONID AS professional_id, rp.CLOSEDATE AS end_date,
            rp.STARTREASONCODE AS reason_code,
            CASE WHEN rp.ALLOCATEDWORKERCODE = 'AW'
                THEN 'CW' ELSE rp.RELATIONSHIPCLASSCODE END AS role_code
        FROM "relationshipprofessionalview" rp
        JOIN "ssd"."ssd_person" sp ON sp.pers_person_id = CAST(rp.PERSONID AS VARCHAR(48))
        WHERE rp.CLOSEDATE IS NULL OR rp.CLOSEDATE >= (CURRENT_DATE - INTERVAL '6 years')
    ),
    teams AS (
        SELECT tx.event_key, tx.team_id
        FROM (
            SELECT ev.event_key, CAST(tm.ORGANISATIONID AS VARCHAR(48)) AS team_id,
                ROW_NUMBER() OVER (PARTITION BY ev.event_key ORDER BY tm.DATESTARTED DESC, tm.RELATIONSHIPID DESC) AS pick
            FROM involvements ev
            JOIN "personorgrelationshipview" tm
                ON tm.PERSONID = ev.person_id AND tm.ALLOCATEDTEAMCODE = 'AT'
                AND tm.DATESTARTED <= ev.event_date AND (tm.DATEENDED IS NULL OR tm.DATEENDED >= ev.event_date)
        ) tx
        WHERE tx.pick = 1
    ),
    referrals AS (
        SELECT rx.event_key, rx.referral_id
        FROM (
            SELECT ev.event_key, ce.cine_referral_id AS referral_id,
                ROW_NUMBER() OVER (PARTITION BY ev.event_key ORDER BY ce.cine_referral_date DESC, ce.cine_referral_id DESC) AS pick
            FROM involvements ev
            JOIN "ssd"."ssd_cin_episodes" ce
                ON ce.cine_person_id = CAST(ev.person_id AS VARCHAR(48)) AND ce.cine_referral_date <= ev.event_date
        ) rx
        WHERE rx.pick = 1
    )
    INSERT INTO pg_temp."ssd_load_ssd_involvements" ("invo_involvements_id", "invo_professional_id", "invo_professional_role_id", "invo_professional_team", "invo_person_id", "invo_involvement_start_date", "invo_involvement_end_date", "invo_worker_change_reason", "invo_referral_id")
    SELECT
        CAST(i.event_key AS VARCHAR(48)),
        CAST(i.professional_id AS VARCHAR(48)),
        LEFT(i.role_code, 200),
        t.team_id,
        CAST(i.person_id AS VARCHAR(48)),
        i.event_date,
        i.end_date,
        LEFT(i.reason_code, 200),
        r.referral_id
    FROM involvements i
    LEFT JOIN teams t ON t.event_key = i.event_key
    LEFT JOIN referrals r ON r.event_key = i.event_key;
    DELETE FROM "ssd"."ssd_involvements";
    INSERT INTO "ssd"."ssd_involvements" ("invo_involvements_id", "invo_professional_id", "invo_professional_role_id", "invo_professional_team", "invo_person_id", "invo_involvement_start_date", "invo_involvement_end_date", "invo_worker_change_reason", "invo_referral_id")
    SELECT CASE WHEN LENGTH("invo_involvements_id") > 48 THEN CONCAT(LEFT("invo_involvements_id", 47), '…') ELSE "invo_involvements_id" END, CASE WHEN LENGTH("invo_professional_id") > 48 THEN CONCAT(LEFT("invo_professional_id", 47), '…') ELSE "invo_professional_id" END, CASE WHEN LENGTH("invo_professional_role_id") > 200 THEN CONCAT(LEFT("invo_professional_role_id", 199), '…') ELSE "invo_professional_role_id" END, CASE WHEN LENGTH("invo_professional_team") > 48 THEN CONCAT(LEFT("invo_professional_team", 47), '…') ELSE "invo_professional_team" END, CASE WHEN LENGTH("invo_person_id") > 48 THEN CONCAT(LEFT("invo_person_id", 47), '…') ELSE "invo_person_id" END, "invo_involvement_start_date", "invo_involvement_end_date", CASE WHEN LENGTH("invo_worker_change_reason") > 200 THEN CONCAT(LEFT("invo_worker_change_reason", 199), '…') ELSE "invo_worker_change_reason" END, CASE WHEN LENGTH("invo_referral_id") > 48 THEN CONCAT(LEFT("invo_referral_id", 47), '…') ELSE "invo_referral_id" END FROM pg_temp."ssd_load_ssd_involvements";
    GET DIAGNOSTICS loaded = ROW_COUNT;
    RAISE NOTICE '%: % rows loaded', 'ssd_involvements', loaded;
    SELECT CONCAT('', NULLIF(CONCAT(' invo_involvements_id=', COUNT(*) FILTER (WHERE LENGTH("invo_involvements_id") > 48)), ' invo_involvements_id=0'), '', NULLIF(CONCAT(' invo_professional_id=', COUNT(*) FILTER (WHERE LENGTH("invo_professional_id") > 48)), ' invo_professional_id=0'), '', NULLIF(CONCAT(' invo_professional_role_id=', COUNT(*) FILTER (WHERE LENGTH("invo_professional_role_id") > 200)), ' invo_professional_role_id=0'), '', NULLIF(CONCAT(' invo_professional_team=', COUNT(*) FILTER (WHERE LENGTH("invo_professional_team") > 48)), ' invo_professional_team=0'), '', NULLIF(CONCAT(' invo_person_id=', COUNT(*) FILTER (WHERE LENGTH("invo_person_id") > 48)), ' invo_person_id=0'), '', NULLIF(CONCAT(' invo_worker_change_reason=', COUNT(*) FILTER (WHERE LENGTH("invo_worker_change_reason") > 200)), ' invo_worker_change_reason=0'), '', NULLIF(CONCAT(' invo_referral_id=', COUNT(*) FILTER (WHERE LENGTH("invo_referral_id") > 48)), ' invo_referral_id=0')) INTO cuts FROM pg_temp."ssd_load_ssd_involvements";
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_involvements', cuts; END IF;
    DROP TABLE pg_temp."ssd_load_ssd_involvements";
END $$;
-- ssd-bridge: end of batch
DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_professionals'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
BEGIN
    DROP TABLE IF EXISTS pg_temp."ssd_load_ssd_professionals";
    CREATE TEMPORARY TABLE pg_temp."ssd_load_ssd_professionals" ("prof_professional_id" TEXT, "prof_staff_id" TEXT, "prof_professional_name" TEXT, "prof_social_worker_registration_no" TEXT, "prof_agency_worker_flag" TEXT, "prof_professional_job_title" TEXT, "prof_professional_caseload" INTEGER, "prof_professional_department" TEXT, "prof_full_time_equivalency" DOUBLE PRECISION);
    SET LOCAL enable_nestloop = off;
    WITH relationships AS (
        SELECT rp.PROFESSIONALRELATIONSHIPPERSONID AS professional_id, rp.PROFESSIONALRELATIONSHIPNAME AS professional_name,
            ROW_NUMBER() OVER (PARTITION BY rp.PROFESSIONALRELATIONSHIPPERSONID
                ORDER BY rp.STARTDATE DESC, rp.PERSONRELATIONSHIPRECORDID DESC) AS pick
        FROM "relationshipprofessionalview" rp
        JOIN "ssd"."ssd_person" sp ON sp.pers_person_id = CAST(rp.PERSONID AS VARCHAR(48))
        WHERE rp.PROFESSIONALRELATIONSHIPPERSONID IS NOT NULL
            AND (rp.CLOSEDATE IS NULL OR rp.CLOSEDATE >= (CURRENT_DATE - INTERVAL '6 years'))
    ),
    registrations AS (
        SELECT rx.person_id, rx.registration_no
        FROM (
            SELECT r.PERSONID AS person_id, r.REFERENCENUMBER AS registration_no,
                ROW_NUMBER() OVER (PARTITION BY r.PERSONID ORDER BY
                    CASE WHEN r.ENDDATE IS NULL THEN 0 ELSE 1 END, r.ENDDATE DESC,
                    CASE WHEN r.STARTDATE IS NULL THEN 1 ELSE 0 END, r.STARTDATE DESC, r.REFERENCENUMBER) AS pick
            FROM "referencenumberpersonview" r
            WHERE r.REFERENCETYPE = 'Social Work England number'
        ) rx
        WHERE rx.pick = 1
    ),
    caseloads AS (
        SELECT cw.PROFESSIONALRELATIONSHIPPERSONID AS professional_id, COUNT(DISTINCT cw.PERSONID) AS caseload
        FROM "relationshipprofessionalview" cw
        WHERE cw.ALLOCATEDWORKERCODE = 'AW'
            AND cw.STARTDATE <= CURRENT_DATE AND (cw.CLOSEDATE IS NULL OR cw.CLOSEDATE >= CURRENT_DATE)
        GROUP BY cw.PROFESSIONALRELATIONSHIPPERSONID
    )
    INSERT INTO pg_temp."ssd_load_ssd_professionals" ("prof_professional_id", "prof_staff_id", "prof_professional_name", "prof_social_worker_registration_no", "prof_agency_worker_flag", "prof_professional_job_title", "prof_professional_caseload", "prof_professional_department", "prof_full_time_equivalency")
    SELECT
        CAST(p.professional_id AS VARCHAR(48)),
        CAST(p.professional_id AS VARCHAR(48)),
        LEFT(p.professional_name, 300),
        LEFT(g.registration_no, 48),
        NULL,
        NULL,
        COALESCE(c.caseload, 0),
        NULL,
        NULL
    FROM relationships p
    LEFT JOIN registrations g ON g.person_id = p.professional_id
    LEFT JOIN caseloads c ON c.professional_id = p.professional_id
    WHERE p.pick = 1;
    DELETE FROM "ssd"."ssd_professionals";
    INSERT INTO "ssd"."ssd_professionals" ("prof_professional_id", "prof_staff_id", "prof_professional_name", "prof_social_worker_registration_no", "prof_agency_worker_flag", "prof_professional_job_title", "prof_professional_caseload", "prof_professional_department", "prof_full_time_equivalency")
    SELECT CASE WHEN LENGTH("prof_professional_id") > 48 THEN CONCAT(LEFT("prof_professional_id", 47), '…') ELSE "prof_professional_id" END, CASE WHEN LENGTH("prof_staff_id") > 48 THEN CONCAT(LEFT("prof_staff_id", 47), '…') ELSE "prof_staff_id" END, CASE WHEN LENGTH("prof_professional_name") > 300 THEN CONCAT(LEFT("prof_professional_name", 299), '…') ELSE "prof_professional_name" END, CASE WHEN LENGTH("prof_social_worker_registration_no") > 48 THEN CONCAT(LEFT("prof_social_worker_registration_no", 47), '…') ELSE "prof_social_worker_registration_no" END, CASE WHEN LENGTH("prof_agency_worker_flag") > 1 THEN CONCAT(LEFT("prof_agency_worker_flag", 0), '…') ELSE "prof_agency_worker_flag" END, CASE WHEN LENGTH("prof_professional_job_title") > 500 THEN CONCAT(LEFT("prof_professional_job_title", 499), '…') ELSE "prof_professional_job_title" END, "prof_professional_caseload", CASE WHEN LENGTH("prof_professional_department") > 100 THEN CONCAT(LEFT("prof_professional_department", 99), '…') ELSE "prof_professional_department" END, "prof_full_time_equivalency" FROM pg_temp."ssd_load_ssd_professionals";
    GET DIAGNOSTICS loaded = ROW_COUNT;
    RAISE NOTICE '%: % rows loaded', 'ssd_professionals', loaded;
    SELECT CONCAT('', NULLIF(CONCAT(' prof_professional_id=', COUNT(*) FILTER (WHERE LENGTH("prof_professional_id") > 48)), ' prof_professional_id=0'), '', NULLIF(CONCAT(' prof_staff_id=', COUNT(*) FILTER (WHERE LENGTH("prof_staff_id") > 48)), ' prof_staff_id=0'), '', NULLIF(CONCAT(' prof_professional_name=', COUNT(*) FILTER (WHERE LENGTH("prof_professional_name") > 300)), ' prof_professional_name=0'), '', NULLIF(CONCAT(' prof_social_worker_registration_no=', COUNT(*) FILTER (WHERE LENGTH("prof_social_worker_registration_no") > 48)), ' prof_social_worker_registration_no=0'), '', NULLIF(CONCAT(' prof_agency_worker_flag=', COUNT(*) FILTER (WHERE LENGTH("prof_agency_worker_flag") > 1)), ' prof_agency_worker_flag=0'), '', NULLIF(CONCAT(' prof_professional_job_title=', COUNT(*) FILTER (WHERE LENGTH("prof_professional_job_title") > 500)), ' prof_professional_job_title=0'), '', NULLIF(CONCAT(' prof_professional_department=', COUNT(*) FILTER (WHERE LENGTH("prof_professional_department") > 100)), ' prof_professional_department=0')) INTO cuts FROM pg_temp."ssd_load_ssd_professionals";
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_professionals', cuts; END IF;
    DROP TABLE pg_temp."ssd_load_ssd_professionals";
END $$;
-- ssd-bridge: end of batch
DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_cin_assessments'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
BEGIN
    DROP TABLE IF EXISTS pg_temp."ssd_load_ssd_cin_assessments";
    CREATE TEMPORARY TABLE pg_temp."ssd_load_ssd_cin_assessments" ("cina_assessment_id" TEXT, "cina_person_id" TEXT, "cina_referral_id" TEXT, "cina_assessment_start_date" TIMESTAMP, "cina_assessment_child_seen" TEXT, "cina_assessment_auth_date" TIMESTAMP, "cina_assessment_outcome_json" TEXT, "cina_assessment_outcome_nfa" TEXT, "cina_assessment_team" TEXT, "cina_assessment_worker_id" TEXT);
    SET LOCAL enable_nestloop = off;
    WITH child_assessments AS (
        SELECT
                f.INSTANCEID AS instance_id,
                f.ANSWERFORSUBJECTID AS person_id,
                MAX(f.SUBMITTERPERSONID) AS submitter_id,
                MIN(f.DATESTARTED) AS started_date,
                MAX(CASE WHEN f.INSTANCESTATE = 'COMPLETE' THEN f.DATECOMPLETED END) AS completed_date,
                COALESCE(MAX(CASE WHEN f.CONTROLNAME = 'CINCensus_startDateOfForm' THEN f.DATEANSWERVALUE END),
                         MAX(CASE WHEN f.CONTROLNAME = 'CINCensus_startDateOfForm' THEN CASE WHEN CAST(f.ANSWERVALUE AS TEXT) ~ '^\s*[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])([ T][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?(Z|[+-][0-9]{2}(:?[0-9]{2})?)?)?\s*$' THEN CAST(LEFT(TRIM(CAST(f.ANSWERVALUE AS TEXT)), 19) AS TIMESTAMP) WHEN CAST(f.ANSWERVALUE AS TEXT) ~ '^\s*(0[1-9]|[12][0-9]|3[01])/(0[1-9]|1[0-2])/[0-9]{4}\s*$' THEN CAST(TO_DATE(TRIM(CAST(f.ANSWERVALUE AS TEXT)), 'DD/MM/YYYY') AS TIMESTAMP) END END)) AS start_date,
                MAX(CASE WHEN f.CONTROLNAME = 'SeenAlone' THEN f.ANSWERVALUE END) AS seen,
                MAX(CASE WHEN f.CONTROLNAME = 'WorkerOutcome' THEN f.ANSWERVALUE END) AS outcome
            FROM "formanswerpersonview" f
            WHERE f.DESIGNGUID = '94b3f530-a918-4f33-85c2-0ae355c9c2fd'
                AND COALESCE(f.INSTANCESTATE, '') NOT IN ('DELETED', 'CANCELLED', 'DISCARDED')
                AND f.DESIGNSUBNAME IN ('Single assessment', 'Reassessment')
            GROUP BY f.INSTANCEID, f.ANSWERFORSUBJECTID
    ),
    discussions AS (
        SELECT
                f.INSTANCEID AS instance_id,
                f.ANSWERFORSUBJECTID AS person_id,
                MAX(f.SUBMITTERPERSONID) AS submitter_id,
                MIN(f.DATESTARTED) AS started_date,
                MAX(CASE WHEN f.INSTANCESTATE = 'COMPLETE' THEN f.DATECOMPLETED END) AS completed_date,
                COALESCE(MAX(CASE WHEN f.CONTROLNAME = 'dateOfDocument' THEN f.DATEANSWERVALUE END),
                         MAX(CASE WHEN f.CONTROLNAME = 'dateOfDocument' THEN CASE WHEN CAST(f.ANSWERVALUE AS TEXT) ~ '^\s*[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])([ T][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?(Z|[+-][0-9]{2}(:?[0-9]{2})?)?)?\s*$' THEN CAST(LEFT(TRIM(CAST(f.ANSWERVALUE AS TEXT)), 19) AS TIMESTAMP) WHEN CAST(f.ANSWERVALUE AS TEXT) ~ '^\s*(0[1-9]|[12][0-9]|3[01])/(0[1-9]|1[0-2])/[0-9]{4}\s*$' THEN CAST(TO_DATE(TRIM(CAST(f.ANSWERVALUE AS TEXT)), 'DD/MM/YYYY') AS TIMESTAMP) END END)) AS start_date,
                MAX(CASE WHEN f.CONTROLNAME = 'wasTheChildSeen' THEN f.ANSWERVALUE END) AS seen,
                MAX(CASE WHEN f.CONTROLNAME = 'outcomes2' THEN f.ANSWERVALUE END) AS outcome
            FROM "formanswerpersonview" f
            WHERE f.DESIGNGUID = '6d3b942a-37ad-40ef-8cc6-b202d2cd1c0e'
                AND COALESCE(f.INSTANCESTATE, '') NOT IN ('DELETED', 'CANCELLED', 'DISCARDED')
            GROUP BY f.INSTANCEID, f.ANSWERFORSUBJECTID
    ),
    assessments AS (
        SELECT CONCAT(ca.person_id, '-', ca.instance_id) AS event_key, ca.person_id, ca.start_date AS event_date,
            ca.completed_date, ca.outcome,
            CASE WHEN ca.seen IN ('Child seen alone', 'Child seen with others') THEN 'Y' ELSE 'N' END AS child_seen
        FROM child_assessments ca
        UNION ALL
        SELECT CONCAT(d.person_id, '-', d.instance_id), d.person_id, d.start_date, d.completed_date, d.outcome,
            CASE WHEN UPPER(LEFT(LTRIM(d.seen), 1)) IN ('Y', 'N') THEN UPPER(LEFT(LTRIM(d.seen), 1)) END
        FROM discussions d
    ),
    in_scope AS (
        SELECT a.event_key, a.person_id, a.event_date, a.completed_date, a.outcome, a.child_seen
        FROM assessments a
        JOIN "ssd"."ssd_person" sp ON sp.pers_person_id = CAST(a.person_id AS VARCHAR(48))
        WHERE a.event_date IS NOT NULL
            AND (a.completed_date IS NULL OR a.completed_date >= (CURRENT_DATE - INTERVAL '6 years'))
    ),
    referrals AS (
        SELECT rx.event_key, rx.referral_id
        FROM (
            SELECT ev.event_key, ce.cine_referral_id AS referral_id,
                ROW_NUMBER() OVER (PARTITION BY ev.event_key ORDER BY ce.cine_referral_date DESC, ce.cine_referral_id DESC) AS pick
            FROM in_scope ev
            JOIN "ssd"."ssd_cin_episodes" ce
                ON ce.cine_person_id = CAST(ev.person_id AS VARCHAR(48)) AND ce.cine_referral_date <= ev.event_date
        ) rx
        WHERE rx.pick = 1
    ),
    teams AS (
        SELECT tx.event_key, tx.team_id
        FROM (
            SELECT ev.event_key, CAST(tm.ORGANISATIONID AS VARCHAR(48)) AS team_id,
                ROW_NUMBER() OVER (PARTITION BY ev.event_key ORDER BY tm.DATESTARTED DESC, tm.RELATIONSHIPID DESC) AS pick
            FROM in_scope ev
            JOIN "personorgrelationshipview" tm
                ON tm.PERSONID = ev.person_id AND tm.ALLOCATEDTEAMCODE = 'AT'
                AND tm.DATESTARTED <= ev.event_date AND (tm.DATEENDED IS NULL OR tm.DATEENDED >= ev.event_date)
        ) tx
        WHERE tx.pick = 1
    ),
    workers AS (
        SELECT wx.event_key, wx.worker_id
        FROM (
            SELECT ev.event_key, CAST(aw.PROFESSIONALRELATIONSHIPPERSONID AS VARCHAR(48)) AS worker_id,
                ROW_NUMBER() OVER (PARTITION BY ev.event_key ORDER BY aw.STARTDATE DESC, aw.PERSONRELATIONSHIPRECORDID DESC) AS pick
            FROM in_scope ev
            JOIN "relationshipprofessionalview" aw
                ON aw.PERSONID = ev.person_id AND aw.ALLOCATEDWORKERCODE = 'AW'
                AND aw.STARTDATE <= ev.event_date AND (aw.CLOSEDATE IS NULL OR aw.CLOSEDATE >= ev.event_date)
        ) wx
        WHERE wx.pick = 1
    )
    INSERT INTO pg_temp."ssd_load_ssd_cin_assessments" ("cina_assessment_id", "cina_person_id", "cina_referral_id", "cina_assessment_start_date", "cina_assessment_child_seen", "cina_assessment_auth_date", "cina_assessment_outcome_json", "cina_assessment_outcome_nfa", "cina_assessment_team", "cina_assessment_worker_id")
    SELECT
        a.event_key,
        CAST(a.person_id AS VARCHAR(48)),
        r.referral_id,
        a.event_date,
        a.child_seen,
        a.completed_date,
        CONCAT('{'
            , '"OUTCOME_NFA_FLAG": "', CASE WHEN a.outcome IN ('Case Closure', 'Step down to Universal Services/Signposting', 'Advice, Guidance and signposting', 'Transfer to Early Support Plan') THEN 'Y' ELSE 'N' END, '"'
            , ', "OUTCOME_NFA_S47_END_FLAG": "', 'N', '"'
            , ', "OUTCOME_STRATEGY_DISCUSSION_FLAG": "', CASE WHEN a.outcome IN ('Progress to Child Protection', 'Recommend/Progress to Strategy discussion') THEN 'Y' ELSE 'N' END, '"'
            , ', "OUTCOME_CLA_REQUEST_FLAG": "', CASE WHEN a.outcome IN ('Recommend Child looked after planning', 'Privately fostered child', 'Recommend Children and Young People in Care planning') THEN 'Y' ELSE 'N' END, '"'
            , ', "OUTCOME_PRIVATE_FOSTERING_FLAG": "', CASE WHEN a.outcome IN ('Privately fostered child not deemed to be child in need') THEN 'Y' ELSE 'N' END, '"'
            , ', "OUTCOME_LEGAL_ACTION_FLAG": "', 'N', '"'
            , ', "OUTCOME_PROV_OF_SERVICES_FLAG": "', CASE WHEN a.outcome IN ('Recommend Child in Need planning', 'Continue with existing plan', 'Recommend Disabled Children and Young People', 'Recommend Family Help SEND Service', 'Recommend/Progress to Family Help Discussion') THEN 'Y' ELSE 'N' END, '"'
            , ', "OUTCOME_PROV_OF_SB_CARE_FLAG": "', CASE WHEN a.outcome IN ('Short Break (Child in need)') THEN 'Y' ELSE 'N' END, '"'
            , ', "OUTCOME_SPECIALIST_ASSESSMENT_FLAG": "', 'N', '"'
            , ', "OUTCOME_REFERRAL_TO_OTHER_AGENCY_FLAG": "', 'N', '"'
            , ', "OUTCOME_OTHER_ACTIONS_FLAG": "', 'N', '"'
            , ', "OTHER_OUTCOMES_EXIST_FLAG": "', CASE WHEN a.outcome IN ('Refer to Early Intervention', 'Transfer (CIN / CP / CLA)') THEN 'Y' ELSE 'N' END, '"'
            , ', "TOTAL_NO_OF_OUTCOMES": ""}'),
        CASE WHEN a.completed_date IS NULL THEN NULL ELSE CASE WHEN a.outcome IN ('Case Closure', 'Step down to Universal Services/Signposting', 'Advice, Guidance and signposting', 'Transfer to Early Support Plan') THEN 'Y' ELSE 'N' END END,
        t.team_id,
        w.worker_id
    FROM in_scope a
    LEFT JOIN referrals r ON r.event_key = a.event_key
    LEFT JOIN teams t ON t.event_key = a.event_key
    LEFT JOIN workers w ON w.event_key = a.event_key;
    DELETE FROM "ssd"."ssd_cin_assessments";
    INSERT INTO "ssd"."ssd_cin_assessments" ("cina_assessment_id", "cina_person_id", "cina_referral_id", "cina_assessment_start_date", "cina_assessment_child_seen", "cina_assessment_auth_date", "cina_assessment_outcome_json", "cina_assessment_outcome_nfa", "cina_assessment_team", "cina_assessment_worker_id")
    SELECT CASE WHEN LENGTH("cina_assessment_id") > 48 THEN CONCAT(LEFT("cina_assessment_id", 47), '…') ELSE "cina_assessment_id" END, CASE WHEN LENGTH("cina_person_id") > 48 THEN CONCAT(LEFT("cina_person_id", 47), '…') ELSE "cina_person_id" END, CASE WHEN LENGTH("cina_referral_id") > 48 THEN CONCAT(LEFT("cina_referral_id", 47), '…') ELSE "cina_referral_id" END, "cina_assessment_start_date", CASE WHEN LENGTH("cina_assessment_child_seen") > 1 THEN CONCAT(LEFT("cina_assessment_child_seen", 0), '…') ELSE "cina_assessment_child_seen" END, "cina_assessment_auth_date", CASE WHEN LENGTH("cina_assessment_outcome_json") > 1000 THEN CONCAT(LEFT("cina_assessment_outcome_json", 999), '…') ELSE "cina_assessment_outcome_json" END, CASE WHEN LENGTH("cina_assessment_outcome_nfa") > 1 THEN CONCAT(LEFT("cina_assessment_outcome_nfa", 0), '…') ELSE "cina_assessment_outcome_nfa" END, CASE WHEN LENGTH("cina_assessment_team") > 48 THEN CONCAT(LEFT("cina_assessment_team", 47), '…') ELSE "cina_assessment_team" END, CASE WHEN LENGTH("cina_assessment_worker_id") > 100 THEN CONCAT(LEFT("cina_assessment_worker_id", 99), '…') ELSE "cina_assessment_worker_id" END FROM pg_temp."ssd_load_ssd_cin_assessments";
    GET DIAGNOSTICS loaded = ROW_COUNT;
    RAISE NOTICE '%: % rows loaded', 'ssd_cin_assessments', loaded;
    SELECT CONCAT('', NULLIF(CONCAT(' cina_assessment_id=', COUNT(*) FILTER (WHERE LENGTH("cina_assessment_id") > 48)), ' cina_assessment_id=0'), '', NULLIF(CONCAT(' cina_person_id=', COUNT(*) FILTER (WHERE LENGTH("cina_person_id") > 48)), ' cina_person_id=0'), '', NULLIF(CONCAT(' cina_referral_id=', COUNT(*) FILTER (WHERE LENGTH("cina_referral_id") > 48)), ' cina_referral_id=0'), '', NULLIF(CONCAT(' cina_assessment_child_seen=', COUNT(*) FILTER (WHERE LENGTH("cina_assessment_child_seen") > 1)), ' cina_assessment_child_seen=0'), '', NULLIF(CONCAT(' cina_assessment_outcome_json=', COUNT(*) FILTER (WHERE LENGTH("cina_assessment_outcome_json") > 1000)), ' cina_assessment_outcome_json=0'), '', NULLIF(CONCAT(' cina_assessment_outcome_nfa=', COUNT(*) FILTER (WHERE LENGTH("cina_assessment_outcome_nfa") > 1)), ' cina_assessment_outcome_nfa=0'), '', NULLIF(CONCAT(' cina_assessment_team=', COUNT(*) FILTER (WHERE LENGTH("cina_assessment_team") > 48)), ' cina_assessment_team=0'), '', NULLIF(CONCAT(' cina_assessment_worker_id=', COUNT(*) FILTER (WHERE LENGTH("cina_assessment_worker_id") > 100)), ' cina_assessment_worker_id=0')) INTO cuts FROM pg_temp."ssd_load_ssd_cin_assessments";
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_cin_assessments', cuts; END IF;
    DROP TABLE pg_temp."ssd_load_ssd_cin_assessments";
END $$;
-- ssd-bridge: end of batch
DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_assessment_factors'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
BEGIN
    DROP TABLE IF EXISTS pg_temp."ssd_load_ssd_assessment_factors";
    CREATE TEMPORARY TABLE pg_temp."ssd_load_ssd_assessment_factors" ("cinf_table_id" TEXT, "cinf_assessment_id" TEXT, "cinf_assessment_factors_json" TEXT);
    SET LOCAL enable_nestloop = off;
    WITH answers AS (
        SELECT
                f.INSTANCEID AS instance_id,
                f.ANSWERFORSUBJECTID AS person_id,
                MAX(f.SUBMITTERPERSONID) AS submitter_id,
                MIN(f.DATESTARTED) AS started_date,
                MAX(CASE WHEN f.INSTANCESTATE = 'COMPLETE' THEN f.DATECOMPLETED END) AS completed_date,
                MAX(CASE WHEN f.CONTROLNAME = 'CINCensus_childSpecificFactor' THEN f.SHORTANSWERVALUE END) AS specific,
                MAX(CASE WHEN f.CONTROLNAME = 'CINCensus_allegedPerpetratorOfPhysicalAbuse' THEN f.ANSWERVALUE END) AS physical_by,
                MAX(CASE WHEN f.CONTROLNAME = 'CINCensus_allegedPerpetratorOfSexualAbuse' THEN f.ANSWERVALUE END) AS sexual_by,
                MAX(CASE WHEN f.CONTROLNAME = 'CINCensus_alcoholChild' THEN f.ANSWERVALUE END) AS f1A,
                MAX(CASE WHEN f.CONTROLNAME = 'CINCensus_alcoholParent' THEN f.ANSWERVALUE END) AS f1B,
                MAX(CASE WHEN f.CONTROLNAME = 'CINCensus_alcoholOtherPersonHousehold' THEN f.ANSWERVALUE END) AS f1C,
                MAX(CASE WHEN f.CONTROLNAME = 'CINCensus_drugChild' THEN f.ANSWERVALUE END) AS f2A,
                MAX(CASE WHEN f.CONTROLNAME = 'CINCensus_drugParent' THEN f.ANSWERVALUE END) AS f2B,
                MAX(CASE WHEN f.CONTROLNAME = 'CINCensus_drugOtherPersonHousehold' THEN f.ANSWERVALUE END) AS f2C,
                MAX(CASE WHEN f.CONTROLNAME = 'CINCensus_domesticViolenceChild' THEN f.ANSWERVALUE END) AS f3A,
                MAX(CASE WHEN f.CONTROLNAME = 'CINCensus_domesticViolenceParent' THEN f.ANSWERVALUE END) AS f3B,
                MAX(CASE WHEN f.CONTROLNAME = 'CINCensus_domesticViolenceOtherPersonHousehold' THEN f.ANSWERVALUE END) AS f3C,
                MAX(CASE WHEN f.CONTROLNAME = 'CINCensus_mentalHealthChild' THEN f.ANSWERVALUE END) AS f4A,
                MAX(CASE WHEN f.CONTROLNAME = 'CINCensus_mentalHealthParent' THEN f.ANSWERVALUE END) AS f4B,
                MAX(CASE WHEN f.CONTROLNAME = 'CINCensus_mentalHealthOtherPerson' THEN f.ANSWERVALUE END) AS f4C,
                MAX(CASE WHEN f.CONTROLNAME = 'CINCensus_learnDisChild' THEN f.ANSWERVALUE END) AS f5A,
                MAX(CASE WHEN f.CONTROLNAME = 'CINCensus_learnDisParent' THEN f.ANSWERVALUE END) AS f5B,
                MAX(CASE WHEN f.CONTROLNAME = 'CINCensus_learnDisOtherPersonHousehold' THEN f.ANSWERVALUE END) AS f5C,
                MAX(CASE WHEN f.CONTROLNAME = 'CINCensus_physDisChild' THEN f.ANSWERVALUE END) AS f6A,
                MAX(CASE WHEN f.CONTROLNAME = 'CINCensus_physDisParent' THEN f.ANSWERVALUE END) AS f6B,
                MAX(CASE WHEN f.CONTROLNAME = 'CINCensus_physDisOtherPersonHousehold' THEN f.ANSWERVALUE END) AS f6C
            FROM "formanswerpersonview" f
            WHERE f.DESIGNGUID = '94b3f530-a918-4f33-85c2-0ae355c9c2fd'
                AND COALESCE(f.INSTANCESTATE, '') NOT IN ('DELETED', 'CANCELLED', 'DISCARDED')
                AND f.DESIGNSUBNAME IN ('Single assessment', 'Reassessment')
            GROUP BY f.INSTANCEID, f.ANSWERFORSUBJECTID
    ),
    codes AS (
        SELECT CONCAT(a.person_id, '-', a.instance_id) AS assessment_id,
            CONCAT(''
                , CASE WHEN COALESCE(a.f1A, '') NOT IN ('', 'No', 'N', 'False', 'false', '0') THEN ',"1A"' END
                , CASE WHEN COALESCE(a.f1B, '') NOT IN ('', 'No', 'N', 'False', 'false', '0') THEN ',"1B"' END
                , CASE WHEN COALESCE(a.f1C, '') NOT IN ('', 'No', 'N', 'False', 'false', '0') THEN ',"1C"' END
                , CASE WHEN COALESCE(a.f2A, '') NOT IN ('', 'No', 'N', 'False', 'false', '0') THEN ',"2A"' END
                , CASE WHEN COALESCE(a.f2B, '') NOT IN ('', 'No', 'N', 'False', 'false', '0') THEN ',"2B"' END
                , CASE WHEN COALESCE(a.f2C, '') NOT IN ('', 'No', 'N', 'False', 'false', '0') THEN ',"2C"' END
                , CASE WHEN COALESCE(a.f3A, '') NOT IN ('', 'No', 'N', 'False', 'false', '0') THEN ',"3A"' END
                , CASE WHEN COALESCE(a.f3B, '') NOT IN ('', 'No', 'N', 'False', 'false', '0') THEN ',"3B"' END
                , CASE WHEN COALESCE(a.f3C, '') NOT IN ('', 'No', 'N', 'False', 'false', '0') THEN ',"3C"' END
                , CASE WHEN COALESCE(a.f4A, '') NOT IN ('', 'No', 'N', 'False', 'false', '0') THEN ',"4A"' END
                , CASE WHEN COALESCE(a.f4B, '') NOT IN ('', 'No', 'N', 'False', 'false', '0') THEN ',"4B"' END
                , CASE WHEN COALESCE(a.f4C, '') NOT IN ('', 'No', 'N', 'False', 'false', '0') THEN ',"4C"' END
                , CASE WHEN COALESCE(a.f5A, '') NOT IN ('', 'No', 'N', 'False', 'false', '0') THEN ',"5A"' END
                , CASE WHEN COALESCE(a.f5B, '') NOT IN ('', 'No', 'N', 'False', 'false', '0') THEN ',"5B"' END
                , CASE WHEN COALESCE(a.f5C, '') NOT IN ('', 'No', 'N', 'False', 'false', '0') THEN ',"5C"' END
                , CASE WHEN COALESCE(a.f6A, '') NOT IN ('', 'No', 'N', 'False', 'false', '0') THEN ',"6A"' END
                , CASE WHEN COALESCE(a.f6B, '') NOT IN ('', 'No', 'N', 'False', 'false', '0') THEN ',"6B"' END
                , CASE WHEN COALESCE(a.f6C, '') NOT IN ('', 'No', 'N', 'False', 'false', '0') THEN ',"6C"' END
                , CASE WHEN a.specific LIKE '%YCarer%' THEN ',"7A"' END
                , CASE WHEN a.specific LIKE '%PFOCIntendtoreturn%' THEN ',"8B"' END
                , CASE WHEN a.specific LIKE '%PFOCIntendtostay%' THEN ',"8C"' END
                , CASE WHEN a.specific LIKE '%PFUKEducation%' THEN ',"8D"' END
                , CASE WHEN a.specific LIKE '%PFUKFamily%' THEN ',"8E"' END
                , CASE WHEN a.specific LIKE '%PFOther%' THEN ',"8F"' END
                , CASE WHEN a.specific LIKE '%UASC%' THEN ',"9A"' END
                , CASE WHEN a.specific LIKE '%Miss%' THEN ',"10A"' END
                , CASE WHEN a.specific LIKE '%SexExploit%' THEN ',"11A"' END
                , CASE WHEN a.specific LIKE '%Traffic%' THEN ',"12A"' END
                , CASE WHEN a.specific LIKE '%Gang%' THEN ',"13A"' END
                , CASE WHEN a.specific LIKE '%Behave%' THEN ',"14A"' END
                , CASE WHEN a.specific LIKE '%SHarm%' THEN ',"15A"' END
                , CASE WHEN a.specific LIKE '%AbuseNeglect%' THEN ',"16A"' END
                , CASE WHEN a.specific LIKE '%EmotAbuse%' THEN ',"17A"' END
                , CASE WHEN a.specific LIKE '%PhysAbuse%' AND a.physical_by LIKE '%18B%' THEN ',"18B"' END
                , CASE WHEN a.specific LIKE '%PhysAbuse%' AND a.physical_by LIKE '%18C%' THEN ',"18C"' END
                , CASE WHEN a.specific LIKE '%SexAbuse%' AND a.sexual_by LIKE '%19B%' THEN ',"19B"' END
                , CASE WHEN a.specific LIKE '%SexAbuse%' AND a.sexual_by LIKE '%19C%' THEN ',"19C"' END
                , CASE WHEN REPLACE(a.specific, 'PFOther', '') LIKE '%Other%' THEN ',"20"' END
                , CASE WHEN a.specific LIKE '%FGM%' THEN ',"22A"' END
                , CASE WHEN a.specific LIKE '%Faith%' THEN ',"23A"' END
                , CASE WHEN a.specific LIKE '%RAD%' THEN ',"24A"' END
            ) AS listed
        FROM answers a
    )
    INSERT INTO pg_temp."ssd_load_ssd_assessment_factors" ("cinf_table_id", "cinf_assessment_id", "cinf_assessment_factors_json")
    SELECT
        c.assessment_id,
        c.assessment_id,
        CASE WHEN c.listed = '' THEN '["21"]' ELSE CONCAT('[', SUBSTRING(c.listed, 2, 4000), ']') END
    FROM codes c
    JOIN "ssd"."ssd_cin_assessments" ca ON ca.cina_assessment_id = c.assessment_id;
    DELETE FROM "ssd"."ssd_assessment_factors";
    INSERT INTO "ssd"."ssd_assessment_factors" ("cinf_table_id", "cinf_assessment_id", "cinf_assessment_factors_json")
    SELECT CASE WHEN LENGTH("cinf_table_id") > 48 THEN CONCAT(LEFT("cinf_table_id", 47), '…') ELSE "cinf_table_id" END, CASE WHEN LENGTH("cinf_assessment_id") > 48 THEN CONCAT(LEFT("cinf_assessment_id", 47), '…') ELSE "cinf_assessment_id" END, "cinf_assessment_factors_json" FROM pg_temp."ssd_load_ssd_assessment_factors";
    GET DIAGNOSTICS loaded = ROW_COUNT;
    RAISE NOTICE '%: % rows loaded', 'ssd_assessment_factors', loaded;
    SELECT CONCAT('', NULLIF(CONCAT(' cinf_table_id=', COUNT(*) FILTER (WHERE LENGTH("cinf_table_id") > 48)), ' cinf_table_id=0'), '', NULLIF(CONCAT(' cinf_assessment_id=', COUNT(*) FILTER (WHERE LENGTH("cinf_assessment_id") > 48)), ' cinf_assessment_id=0')) INTO cuts FROM pg_temp."ssd_load_ssd_assessment_factors";
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_assessment_factors', cuts; END IF;
    DROP TABLE pg_temp."ssd_load_ssd_assessment_factors";
END $$;
-- ssd-bridge: end of batch
DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_cin_plans'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
BEGIN
    DROP TABLE IF EXISTS pg_temp."ssd_load_ssd_cin_plans";
    CREATE TEMPORARY TABLE pg_temp."ssd_load_ssd_cin_plans" ("cinp_cin_plan_id" TEXT, "cinp_referral_id" TEXT, "cinp_person_id" TEXT, "cinp_cin_plan_start_date" TIMESTAMP, "cinp_cin_plan_end_date" TIMESTAMP, "cinp_cin_plan_team" TEXT, "cinp_cin_plan_worker_id" TEXT);
    SET LOCAL enable_nestloop = off;
    WITH merge_rows AS (
        SELECT c.PERSONID AS person_id, CAST(c.CLASSIFICATIONASSIGNMENTID AS VARCHAR(48)) AS row_key,
                c.STARTDATE AS start_date, c.ENDDATE AS end_date, c.ENDREASON AS end_reason
            FROM "classificationpersonview" c
            JOIN "ssd"."ssd_person" sp ON sp.pers_person_id = CAST(c.PERSONID AS VARCHAR(48))
            WHERE (c.CLASSIFICATIONPATHID IN (4) OR c.CLASSIFICATIONCODEID IN (1270))
                AND COALESCE(c.STATUS, '') <> 'DELETED' AND c.STARTDATE IS NOT NULL
    ),
    merge_marked AS (
        SELECT mr.person_id, mr.row_key, mr.start_date, mr.end_date, mr.end_reason,
            COALESCE(mr.end_date, CURRENT_DATE) AS end_or_today,
            CASE WHEN MAX(COALESCE(mr.end_date, CURRENT_DATE)) OVER (PARTITION BY mr.person_id
                    ORDER BY mr.start_date, mr.row_key ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
                    >= (mr.start_date + 0 * INTERVAL '1 day') THEN 0 ELSE 1 END AS is_new
        FROM merge_rows mr
    ),
    merge_grouped AS (
        SELECT mm.person_id, mm.row_key, mm.start_date, mm.end_date, mm.end_reason, mm.end_or_today,
            SUM(mm.is_new) OVER (PARTITION BY mm.person_id ORDER BY mm.start_date, mm.row_key
                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS episode_no,
            mm.is_new,
            ROW_NUMBER() OVER (PARTITION BY mm.person_id ORDER BY mm.start_date, mm.row_key) AS row_no
        FROM merge_marked mm
    ),
    merge_last AS (
        SELECT mg.person_id, mg.row_key, mg.start_date, mg.end_date, mg.end_reason, mg.episode_no, mg.is_new,
            ROW_NUMBER() OVER (PARTITION BY mg.person_id, mg.episode_no
                ORDER BY mg.end_or_today DESC, CASE WHEN mg.end_date IS NULL THEN 0 ELSE 1 END, mg.row_no DESC) AS last_no
        FROM merge_grouped mg
    ),episodes AS (
        SELECT ml.person_id,
            MAX(CASE WHEN ml.is_new = 1 THEN ml.row_key END) AS episode_key,
            MIN(ml.start_date) AS episode_start,
            CASE WHEN MAX(CASE WHEN ml.end_date IS NULL THEN 1 ELSE 0 END) = 1 THEN NULL ELSE MAX(ml.end_date) END AS episode_end,
            MAX(CASE WHEN ml.last_no = 1 THEN ml.end_reason END) AS close_reason
        FROM merge_last ml
        GROUP BY ml.person_id, ml.episode_no
    ),
    plans AS (
        SELECT ep.episode_key AS event_key, ep.person_id, ep.episode_start AS event_date, ep.episode_end
        FROM episodes ep
        WHERE ep.episode_end IS NULL OR ep.episode_end >= (CURRENT_DATE - INTERVAL '6 years')
    ),
    referrals AS (
        SELECT rx.event_key, rx.referral_id
        FROM (
            SELECT ev.event_key, ce.cine_referral_id AS referral_id,
                ROW_NUMBER() OVER (PARTITION BY ev.event_key ORDER BY ce.cine_referral_date DESC, ce.cine_referral_id DESC) AS pick
            FROM plans ev
            JOIN "ssd"."ssd_cin_episodes" ce
                ON ce.cine_person_id = CAST(ev.person_id AS VARCHAR(48)) AND ce.cine_referral_date <= ev.event_date
        ) rx
        WHERE rx.pick = 1
    ),
    teams AS (
        SELECT tx.event_key, tx.team_id
        FROM (
            SELECT ev.event_key, CAST(tm.ORGANISATIONID AS VARCHAR(48)) AS team_id,
                ROW_NUMBER() OVER (PARTITION BY ev.event_key ORDER BY tm.DATESTARTED DESC, tm.RELATIONSHIPID DESC) AS pick
            FROM plans ev
            JOIN "personorgrelationshipview" tm
                ON tm.PERSONID = ev.person_id AND tm.ALLOCATEDTEAMCODE = 'AT'
                AND tm.DATESTARTED <= ev.event_date AND (tm.DATEENDED IS NULL OR tm.DATEENDED >= ev.event_date)
        ) tx
        WHERE tx.pick = 1
    ),
    workers AS (
        SELECT wx.event_key, wx.worker_id
        FROM (
            SELECT ev.event_key, CAST(aw.PROFESSIONALRELATIONSHIPPERSONID AS VARCHAR(48)) AS worker_id,
                ROW_NUMBER() OVER (PARTITION BY ev.event_key ORDER BY aw.STARTDATE DESC, aw.PERSONRELATIONSHIPRECORDID DESC) AS pick
            FROM plans ev
            JOIN "relationshipprofessionalview" aw
                ON aw.PERSONID = ev.person_id AND aw.ALLOCATEDWORKERCODE = 'AW'
                AND aw.STARTDATE <= ev.event_date AND (aw.CLOSEDATE IS NULL OR aw.CLOSEDATE >= ev.event_date)
        ) wx
        WHERE wx.pick = 1
    )
    INSERT INTO pg_temp."ssd_load_ssd_cin_plans" ("cinp_cin_plan_id", "cinp_referral_id", "cinp_person_id", "cinp_cin_plan_start_date", "cinp_cin_plan_end_date", "cinp_cin_plan_team", "cinp_cin_plan_worker_id")
    SELECT
        p.event_key,
        r.referral_id,
        CAST(p.person_id AS VARCHAR(48)),
        p.event_date,
        p.episode_end,
        t.team_id,
        w.worker_id
    FROM plans p
    LEFT JOIN referrals r ON r.event_key = p.event_key
    LEFT JOIN teams t ON t.event_key = p.event_key
    LEFT JOIN workers w ON w.event_key = p.event_key;
    DELETE FROM "ssd"."ssd_cin_plans";
    INSERT INTO "ssd"."ssd_cin_plans" ("cinp_cin_plan_id", "cinp_referral_id", "cinp_person_id", "cinp_cin_plan_start_date", "cinp_cin_plan_end_date", "cinp_cin_plan_team", "cinp_cin_plan_worker_id")
    SELECT CASE WHEN LENGTH("cinp_cin_plan_id") > 48 THEN CONCAT(LEFT("cinp_cin_plan_id", 47), '…') ELSE "cinp_cin_plan_id" END, CASE WHEN LENGTH("cinp_referral_id") > 48 THEN CONCAT(LEFT("cinp_referral_id", 47), '…') ELSE "cinp_referral_id" END, CASE WHEN LENGTH("cinp_person_id") > 48 THEN CONCAT(LEFT("cinp_person_id", 47), '…') ELSE "cinp_person_id" END, "cinp_cin_plan_start_date", "cinp_cin_plan_end_date", CASE WHEN LENGTH("cinp_cin_plan_team") > 48 THEN CONCAT(LEFT("cinp_cin_plan_team", 47), '…') ELSE "cinp_cin_plan_team" END, CASE WHEN LENGTH("cinp_cin_plan_worker_id") > 100 THEN CONCAT(LEFT("cinp_cin_plan_worker_id", 99), '…') ELSE "cinp_cin_plan_worker_id" END FROM pg_temp."ssd_load_ssd_cin_plans";
    GET DIAGNOSTICS loaded = ROW_COUNT;
    RAISE NOTICE '%: % rows loaded', 'ssd_cin_plans', loaded;
    SELECT CONCAT('', NULLIF(CONCAT(' cinp_cin_plan_id=', COUNT(*) FILTER (WHERE LENGTH("cinp_cin_plan_id") > 48)), ' cinp_cin_plan_id=0'), '', NULLIF(CONCAT(' cinp_referral_id=', COUNT(*) FILTER (WHERE LENGTH("cinp_referral_id") > 48)), ' cinp_referral_id=0'), '', NULLIF(CONCAT(' cinp_person_id=', COUNT(*) FILTER (WHERE LENGTH("cinp_person_id") > 48)), ' cinp_person_id=0'), '', NULLIF(CONCAT(' cinp_cin_plan_team=', COUNT(*) FILTER (WHERE LENGTH("cinp_cin_plan_team") > 48)), ' cinp_cin_plan_team=0'), '', NULLIF(CONCAT(' cinp_cin_plan_worker_id=', COUNT(*) FILTER (WHERE LENGTH("cinp_cin_plan_worker_id") > 100)), ' cinp_cin_plan_worker_id=0')) INTO cuts FROM pg_temp."ssd_load_ssd_cin_plans";
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_cin_plans', cuts; END IF;
    DROP TABLE pg_temp."ssd_load_ssd_cin_plans";
END $$;
-- ssd-bridge: end of batch
DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_s47_enquiry'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
BEGIN
    DROP TABLE IF EXISTS pg_temp."ssd_load_ssd_s47_enquiry";
    CREATE TEMPORARY TABLE pg_temp."ssd_load_ssd_s47_enquiry" ("s47e_s47_enquiry_id" TEXT, "s47e_referral_id" TEXT, "s47e_person_id" TEXT, "s47e_s47_start_date" TIMESTAMP, "s47e_s47_end_date" TIMESTAMP, "s47e_s47_nfa" TEXT, "s47e_s47_outcome_json" TEXT, "s47e_s47_completed_by_team" TEXT, "s47e_s47_completed_by_worker_id" TEXT);
    SET LOCAL enable_nestloop = off;
    WITH s47_forms AS (
        SELECT
                f.INSTANCEID AS instance_id,
                f.ANSWERFORSUBJECTID AS person_id,
                MAX(f.SUBMITTERPERSONID) AS submitter_id,
                MIN(f.DATESTARTED) AS started_date,
                MAX(CASE WHEN f.INSTANCESTATE = 'COMPLETE' THEN f.DATECOMPLETED END) AS completed_date,
                COALESCE(MAX(CASE WHEN f.CONTROLNAME = 'AnnexAReturn_dateOfStratMeeting' THEN f.DATEANSWERVALUE END),
                         MAX(CASE WHEN f.CONTROLNAME = 'AnnexAReturn_dateOfStratMeeting' THEN CASE WHEN CAST(f.ANSWERVALUE AS TEXT) ~ '^\s*[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])([ T][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?(Z|[+-][0-9]{2}(:?[0-9]{2})?)?)?\s*$' THEN CAST(LEFT(TRIM(CAST(f.ANSWERVALUE AS TEXT)), 19) AS TIMESTAMP) WHEN CAST(f.ANSWERVALUE AS TEXT) ~ '^\s*(0[1-9]|[12][0-9]|3[01])/(0[1-9]|1[0-2])/[0-9]{4}\s*$' THEN CAST(TO_DATE(TRIM(CAST(f.ANSWERVALUE AS TEXT)), 'DD/MM/YYYY') AS TIMESTAMP) END END)) AS start_date,
                MAX(CASE WHEN f.CONTROLNAME = 'CINCensus_unsubWhatNeedsToHappenNext' THEN f.ANSWERVALUE END) AS next_unsubstantiated,
                MAX(CASE WHEN f.CONTROLNAME = 'CINCensus_whatNeedsToHappenNext' THEN f.ANSWERVALUE END) AS next_step,
                MAX(CASE WHEN f.CONTROLNAME = 'CINCensus_outcomeOfSection47Enquiry' THEN f.ANSWERVALUE END) AS comments
            FROM "formanswerpersonview" f
            WHERE f.DESIGNGUID = 'fdca0a95-8578-43ca-97ff-ad3a8adf57de'
                AND COALESCE(f.INSTANCESTATE, '') NOT IN ('DELETED', 'CANCELLED', 'DISCARDED')
            GROUP BY f.INSTANCEID, f.ANSWERFORSUBJECTID
    ),
    enquiries AS (
        SELECT CONCAT(s.person_id, '-', s.instance_id) AS event_key, s.person_id,
            COALESCE(s.start_date, s.started_date) AS event_date, s.completed_date,
            COALESCE(s.next_unsubstantiated, s.next_step) AS outcome, s.comments
        FROM s47_forms s
        JOIN "ssd"."ssd_person" sp ON sp.pers_person_id = CAST(s.person_id AS VARCHAR(48))
        WHERE COALESCE(s.start_date, s.started_date) IS NOT NULL
            AND (s.completed_date IS NULL OR s.completed_date >= (CURRENT_DATE - INTERVAL '6 years'))
    ),
    referrals AS (
        SELECT rx.event_key, rx.referral_id
        FROM (
            SELECT ev.event_key, ce.cine_referral_id AS referral_id,
                ROW_NUMBER() OVER (PARTITION BY ev.event_key ORDER BY ce.cine_referral_date DESC, ce.cine_referral_id DESC) AS pick
            FROM enquiries ev
            JOIN "ssd"."ssd_cin_episodes" ce
                ON ce.cine_person_id = CAST(ev.person_id AS VARCHAR(48)) AND ce.cine_referral_date <= ev.event_date
        ) rx
        WHERE rx.pick = 1
    ),
    teams AS (
        SELECT tx.event_key, tx.team_id
        FROM (
            SELECT ev.event_key, CAST(tm.ORGANISATIONID AS VARCHAR(48)) AS team_id,
                ROW_NUMBER() OVER (PARTITION BY ev.event_key ORDER BY tm.DATESTARTED DESC, tm.RELATIONSHIPID DESC) AS pick
            FROM enquiries ev
            JOIN "personorgrelationshipview" tm
                ON tm.PERSONID = ev.person_id AND tm.ALLOCATEDTEAMCODE = 'AT'
                AND tm.DATESTARTED <= ev.event_date AND (tm.DATEENDED IS NULL OR tm.DATEENDED >= ev.event_date)
        ) tx
        WHERE tx.pick = 1
    ),
    workers AS (
        SELECT wx.event_key, wx.worker_id
        FROM (
            SELECT ev.event_key, CAST(aw.PROFESSIONALRELATIONSHIPPERSONID AS VARCHAR(48)) AS worker_id,
                ROW_NUMBER() OVER (PARTITION BY ev.event_key ORDER BY aw.STARTDATE DESC, aw.PERSONRELATIONSHIPRECORDID DESC) AS pick
            FROM enquiries ev
            JOIN "relationshipprofessionalview" aw
                ON aw.PERSONID = ev.person_id AND aw.ALLOCATEDWORKERCODE = 'AW'
                AND aw.STARTDATE <= ev.event_date AND (aw.CLOSEDATE IS NULL OR aw.CLOSEDATE >= ev.event_date)
        ) wx
        WHERE wx.pick = 1
    )
    INSERT INTO pg_temp."ssd_load_ssd_s47_enquiry" ("s47e_s47_enquiry_id", "s47e_referral_id", "s47e_person_id", "s47e_s47_start_date", "s47e_s47_end_date", "s47e_s47_nfa", "s47e_s47_outcome_json", "s47e_s47_completed_by_team", "s47e_s47_completed_by_worker_id")
    SELECT
        e.event_key,
        r.referral_id,
        CAST(e.person_id AS VARCHAR(48)),
        e.event_date,
        e.completed_date,
        CASE WHEN e.completed_date IS NULL THEN NULL ELSE CASE WHEN e.outcome IN ('No further action') THEN 'Y' ELSE 'N' END END,
        CASE WHEN e.completed_date IS NULL THEN NULL ELSE CONCAT('{'
            , '"NFA_FLAG": "', CASE WHEN e.outcome IN ('No further action') THEN 'Y' ELSE 'N' END, '"'
            , ', "LEGAL_ACTION_FLAG": "', 'N', '"'
            , ', "PROV_OF_SERVICES_FLAG": "', 'N', '"'
            , ', "PROV_OF_SB_CARE_FLAG": "', 'N', '"'
            , ', "CP_CONFERENCE_FLAG": "', CASE WHEN e.outcome IN ('Convene initial child protection conference') THEN 'Y' ELSE 'N' END, '"'
            , ', "NFA_CONTINUE_SINGLE_FLAG": "', CASE WHEN e.outcome IN ('Continue discussion and plan', 'Continue assessment / plan', 'Continue assessment and plan') THEN 'Y' ELSE 'N' END, '"'
            , ', "MONITOR_FLAG": "', 'N', '"'
            , ', "OTHER_OUTCOMES_EXIST_FLAG": "', CASE WHEN e.outcome IN ('Further strategy meeting') THEN 'Y' ELSE 'N' END, '"'
            , ', "TOTAL_NO_OF_OUTCOMES": null, "OUTCOME_COMMENTS": "', REPLACE(REPLACE(COALESCE(LEFT(e.comments, 350), ''), '\', '\\'), '"', '\"'), '"}') END,
        t.team_id,
        w.worker_id
    FROM enquiries e
    LEFT JOIN referrals r ON r.event_key = e.event_key
    LEFT JOIN teams t ON t.event_key = e.event_key
    LEFT JOIN workers w ON w.event_key = e.event_key;
    DELETE FROM "ssd"."ssd_s47_enquiry";
    INSERT INTO "ssd"."ssd_s47_enquiry" ("s47e_s47_enquiry_id", "s47e_referral_id", "s47e_person_id", "s47e_s47_start_date", "s47e_s47_end_date", "s47e_s47_nfa", "s47e_s47_outcome_json", "s47e_s47_completed_by_team", "s47e_s47_completed_by_worker_id")
    SELECT CASE WHEN LENGTH("s47e_s47_enquiry_id") > 48 THEN CONCAT(LEFT("s47e_s47_enquiry_id", 47), '…') ELSE "s47e_s47_enquiry_id" END, CASE WHEN LENGTH("s47e_referral_id") > 48 THEN CONCAT(LEFT("s47e_referral_id", 47), '…') ELSE "s47e_referral_id" END, CASE WHEN LENGTH("s47e_person_id") > 48 THEN CONCAT(LEFT("s47e_person_id", 47), '…') ELSE "s47e_person_id" END, "s47e_s47_start_date", "s47e_s47_end_date", CASE WHEN LENGTH("s47e_s47_nfa") > 1 THEN CONCAT(LEFT("s47e_s47_nfa", 0), '…') ELSE "s47e_s47_nfa" END, CASE WHEN LENGTH("s47e_s47_outcome_json") > 1000 THEN CONCAT(LEFT("s47e_s47_outcome_json", 999), '…') ELSE "s47e_s47_outcome_json" END, CASE WHEN LENGTH("s47e_s47_completed_by_team") > 48 THEN CONCAT(LEFT("s47e_s47_completed_by_team", 47), '…') ELSE "s47e_s47_completed_by_team" END, CASE WHEN LENGTH("s47e_s47_completed_by_worker_id") > 100 THEN CONCAT(LEFT("s47e_s47_completed_by_worker_id", 99), '…') ELSE "s47e_s47_completed_by_worker_id" END FROM pg_temp."ssd_load_ssd_s47_enquiry";
    GET DIAGNOSTICS loaded = ROW_COUNT;
    RAISE NOTICE '%: % rows loaded', 'ssd_s47_enquiry', loaded;
    SELECT CONCAT('', NULLIF(CONCAT(' s47e_s47_enquiry_id=', COUNT(*) FILTER (WHERE LENGTH("s47e_s47_enquiry_id") > 48)), ' s47e_s47_enquiry_id=0'), '', NULLIF(CONCAT(' s47e_referral_id=', COUNT(*) FILTER (WHERE LENGTH("s47e_referral_id") > 48)), ' s47e_referral_id=0'), '', NULLIF(CONCAT(' s47e_person_id=', COUNT(*) FILTER (WHERE LENGTH("s47e_person_id") > 48)), ' s47e_person_id=0'), '', NULLIF(CONCAT(' s47e_s47_nfa=', COUNT(*) FILTER (WHERE LENGTH("s47e_s47_nfa") > 1)), ' s47e_s47_nfa=0'), '', NULLIF(CONCAT(' s47e_s47_outcome_json=', COUNT(*) FILTER (WHERE LENGTH("s47e_s47_outcome_json") > 1000)), ' s47e_s47_outcome_json=0'), '', NULLIF(CONCAT(' s47e_s47_completed_by_team=', COUNT(*) FILTER (WHERE LENGTH("s47e_s47_completed_by_team") > 48)), ' s47e_s47_completed_by_team=0'), '', NULLIF(CONCAT(' s47e_s47_completed_by_worker_id=', COUNT(*) FILTER (WHERE LENGTH("s47e_s47_completed_by_worker_id") > 100)), ' s47e_s47_completed_by_worker_id=0')) INTO cuts FROM pg_temp."ssd_load_ssd_s47_enquiry";
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_s47_enquiry', cuts; END IF;
    DROP TABLE pg_temp."ssd_load_ssd_s47_enquiry";
END $$;
-- ssd-bridge: end of batch
DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_initial_cp_conference'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
BEGIN
    DROP TABLE IF EXISTS pg_temp."ssd_load_ssd_initial_cp_conference";
    CREATE TEMPORARY TABLE pg_temp."ssd_load_ssd_initial_cp_conference" ("icpc_icpc_id" TEXT, "icpc_icpc_meeting_id" TEXT, "icpc_s47_enquiry_id" TEXT, "icpc_person_id" TEXT, "icpc_cp_plan_id" TEXT, "icpc_referral_id" TEXT, "icpc_icpc_transfer_in" TEXT, "icpc_icpc_target_date" TIMESTAMP, "icpc_icpc_date" TIMESTAMP, "icpc_icpc_outcome_cp_flag" TEXT, "icpc_icpc_outcome_json" TEXT, "icpc_icpc_team" TEXT, "icpc_icpc_worker_id" TEXT);
    SET LOCAL enable_nestloop = off;
    WITH meetings AS (
        SELECT
                f.INSTANCEID AS instance_id,
                f.ANSWERFORSUBJECTID AS person_id,
                MAX(f.SUBMITTERPERSONID) AS submitter_id,
                MIN(f.DATESTARTED) AS started_date,
                MAX(CASE WHEN f.INSTANCESTATE = 'COMPLETE' THEN f.DATECOMPLETED END) AS completed_date,
                MAX(CASE WHEN f.CONTROLNAME = 'AnnexAReturn_typeOfMeeting' THEN f.ANSWERVALUE END) AS meeting_type,
                COALESCE(MAX(CASE WHEN f.CONTROLNAME = '903Return_dateOfMeetingConference' THEN f.DATEANSWERVALUE END),
                         MAX(CASE WHEN f.CONTROLNAME = '903Return_dateOfMeetingConference' THEN CASE WHEN CAST(f.ANSWERVALUE AS TEXT) ~ '^\s*[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])([ T][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?(Z|[+-][0-9]{2}(:?[0-9]{2})?)?)?\s*$' THEN CAST(LEFT(TRIM(CAST(f.ANSWERVALUE AS TEXT)), 19) AS TIMESTAMP) WHEN CAST(f.ANSWERVALUE AS TEXT) ~ '^\s*(0[1-9]|[12][0-9]|3[01])/(0[1-9]|1[0-2])/[0-9]{4}\s*$' THEN CAST(TO_DATE(TRIM(CAST(f.ANSWERVALUE AS TEXT)), 'DD/MM/YYYY') AS TIMESTAMP) END END)) AS meeting_date,
                MAX(CASE WHEN f.CONTROLNAME = 'ChildProtectionNextStep' THEN f.ANSWERVALUE END) AS next_step
            FROM "formanswerpersonview" f
            WHERE f.DESIGNGUID = '21e01e2e-fd65-439d-a8aa-a179106a3d45'
                AND f.INSTANCESTATE = 'COMPLETE'
                AND f.DESIGNSUBNAME IN ('Child Protection - Initial Conference')
            GROUP BY f.INSTANCEID, f.ANSWERFORSUBJECTID
    ),
    conferences AS (
        SELECT CONCAT(m.person_id, '-', m.instance_id) AS event_key, m.instance_id, m.person_id,
            COALESCE(m.meeting_date, m.completed_date) AS event_date, m.meeting_type, m.next_step
        FROM meetings m
        JOIN "ssd"."ssd_person" sp ON sp.pers_person_id = CAST(m.person_id AS VARCHAR(48))
        WHERE m.meeting_type IN ('Child Protection (Initial child protection conference)', 'Child Protection (Transfer in conference)')
            AND COALESCE(m.meeting_date, m.completed_date) >= (CURRENT_DATE - INTERVAL '6 years')
    ),
    strategy AS (
        SELECT
                f.INSTANCEID AS instance_id,
                f.ANSWERFORSUBJECTID AS person_id,
                MAX(f.SUBMITTERPERSONID) AS submitter_id,
                MIN(f.DATESTARTED) AS started_date,
                MAX(CASE WHEN f.INSTANCESTATE = 'COMPLETE' THEN f.DATECOMPLETED END) AS completed_date,
                COALESCE(MAX(CASE WHEN f.CONTROLNAME = 'dateOfMeeting' THEN f.DATEANSWERVALUE END),
                         MAX(CASE WHEN f.CONTROLNAME = 'dateOfMeeting' THEN CASE WHEN CAST(f.ANSWERVALUE AS TEXT) ~ '^\s*[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])([ T][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?(Z|[+-][0-9]{2}(:?[0-9]{2})?)?)?\s*$' THEN CAST(LEFT(TRIM(CAST(f.ANSWERVALUE AS TEXT)), 19) AS TIMESTAMP) WHEN CAST(f.ANSWERVALUE AS TEXT) ~ '^\s*(0[1-9]|[12][0-9]|3[01])/(0[1-9]|1[0-2])/[0-9]{4}\s*$' THEN CAST(TO_DATE(TRIM(CAST(f.ANSWERVALUE AS TEXT)), 'DD/MM/YYYY') AS TIMESTAMP) END END)) AS meeting_date
            FROM "formanswerpersonview" f
            WHERE f.DESIGNGUID = 'f9a86a19-ea09-41f0-9403-a88e2b0e738a'
                AND f.INSTANCESTATE = 'COMPLETE'
            GROUP BY f.INSTANCEID, f.ANSWERFORSUBJECTID
    ),
    latest_strategy AS (
        SELECT c.event_key, MAX(sd.meeting_date) AS strategy_date
        FROM conferences c
        JOIN strategy sd ON sd.person_id = c.person_id AND sd.meeting_date <= c.event_date
        GROUP BY c.event_key
    ),
    bank_holidays AS (
        SELECT CAST(bh.holiday AS DATE) AS holiday
        FROM (VALUES ('2020-01-01'), ('2020-04-10'), ('2020-04-13'), ('2020-05-08'), ('2020-05-25'), ('2020-08-31'), ('2020-12-25'), ('2020-12-28'), ('2021-01-01'), ('2021-04-02'), ('2021-04-05'), ('2021-05-03'), ('2021-05-31'), ('2021-08-30'), ('2021-12-27'), ('2021-12-28'), ('2022-01-03'), ('2022-04-15'), ('2022-04-18'), ('2022-05-02'), ('2022-06-02'), ('2022-06-03'), ('2022-08-29'), ('2022-09-19'), ('2022-12-26'), ('2022-12-27'), ('2023-01-02'), ('2023-04-07'), ('2023-04-10'), ('2023-05-01'), ('2023-05-08'), ('2023-05-29'), ('2023-08-28'), ('2023-12-25'), ('2023-12-26'), ('2024-01-01'), ('2024-03-29'), ('2024-04-01'), ('2024-05-06'), ('2024-05-27'), ('2024-08-26'), ('2024-12-25'), ('2024-12-26'), ('2025-01-01'), ('2025-04-18'), ('2025-04-21'), ('2025-05-05'), ('2025-05-26'), ('2025-08-25'), ('2025-12-25'), ('2025-12-26'), ('2026-01-01'), ('2026-04-03'), ('2026-04-06'), ('2026-05-04'), ('2026-05-25'), ('2026-08-31'), ('2026-12-25'), ('2026-12-28'), ('2027-01-01'), ('2027-03-26'), ('2027-03-29'), ('2027-05-03'), ('2027-05-31'), ('2027-08-30'), ('2027-12-27'), ('2027-12-28')) AS bh (holiday)
    ),target_base AS (
        SELECT ls.event_key, ls.strategy_date,
            CASE (CAST(ls.strategy_date AS DATE) - CAST(CAST('2000-01-03' AS DATE) AS DATE)) % 7
                WHEN 5 THEN (ls.strategy_date + 20 * INTERVAL '1 day')
                WHEN 6 THEN (ls.strategy_date + 19 * INTERVAL '1 day')
                ELSE (ls.strategy_date + 21 * INTERVAL '1 day') END AS three_weeks
        FROM latest_strategy ls
    ),
    targets AS (
        SELECT tb.event_key,
            tb.three_weeks,
            (SELECT COUNT(*) FROM bank_holidays h WHERE h.holiday > tb.strategy_date AND h.holiday <= tb.three_weeks) AS holidays
        FROM target_base tb
    ),
    s47s AS (
        SELECT sx.event_key, sx.s47_id
        FROM (
            SELECT c.event_key, s.s47e_s47_enquiry_id AS s47_id,
                ROW_NUMBER() OVER (PARTITION BY c.event_key ORDER BY s.s47e_s47_start_date DESC, s.s47e_s47_enquiry_id DESC) AS pick
            FROM conferences c
            JOIN "ssd"."ssd_s47_enquiry" s
                ON s.s47e_person_id = CAST(c.person_id AS VARCHAR(48)) AND s.s47e_s47_start_date <= c.event_date
                AND s.s47e_s47_outcome_json LIKE '%"CP_CONFERENCE_FLAG": "Y"%'
        ) sx
        WHERE sx.pick = 1
    ),
    plans AS (
        SELECT px.event_key, px.plan_id
        FROM (
            SELECT c.event_key, CAST(cp.CLASSIFICATIONASSIGNMENTID AS VARCHAR(48)) AS plan_id,
                ROW_NUMBER() OVER (PARTITION BY c.event_key ORDER BY cp.STARTDATE, cp.CLASSIFICATIONASSIGNMENTID) AS pick
            FROM conferences c
            JOIN "classificationpersonview" cp
                ON cp.PERSONID = c.person_id AND cp.STARTDATE >= c.event_date
                AND cp.STARTDATE <= (c.event_date + 30 * INTERVAL '1 day')
            WHERE (cp.CLASSIFICATIONPATHID IN (51)) AND COALESCE(cp.STATUS, '') <> 'DELETED'
        ) px
        WHERE px.pick = 1
    ),
    referrals AS (
        SELECT rx.event_key, rx.referral_id
        FROM (
            SELECT ev.event_key, ce.cine_referral_id AS referral_id,
                ROW_NUMBER() OVER (PARTITION BY ev.event_key ORDER BY ce.cine_referral_date DESC, ce.cine_referral_id DESC) AS pick
            FROM conferences ev
            JOIN "ssd"."ssd_cin_episodes" ce
                ON ce.cine_person_id = CAST(ev.person_id AS VARCHAR(48)) AND ce.cine_referral_date <= ev.event_date
        ) rx
        WHERE rx.pick = 1
    ),
    teams AS (
        SELECT tx.event_key, tx.team_id
        FROM (
            SELECT ev.event_key, CAST(tm.ORGANISATIONID AS VARCHAR(48)) AS team_id,
                ROW_NUMBER() OVER (PARTITION BY ev.event_key ORDER BY tm.DATESTARTED DESC, tm.RELATIONSHIPID DESC) AS pick
            FROM conferences ev
            JOIN "personorgrelationshipview" tm
                ON tm.PERSONID = ev.person_id AND tm.ALLOCATEDTEAMCODE = 'AT'
                AND tm.DATESTARTED <= ev.event_date AND (tm.DATEENDED IS NULL OR tm.DATEENDED >= ev.event_date)
        ) tx
        WHERE tx.pick = 1
    ),
    workers AS (
        SELECT wx.event_key, wx.worker_id
        FROM (
            SELECT ev.event_key, CAST(aw.PROFESSIONALRELATIONSHIPPERSONID AS VARCHAR(48)) AS worker_id,
                ROW_NUMBER() OVER (PARTITION BY ev.event_key ORDER BY aw.STARTDATE DESC, aw.PERSONRELATIONSHIPRECORDID DESC) AS pick
            FROM conferences ev
            JOIN "relationshipprofessionalview" aw
                ON aw.PERSONID = ev.person_id AND aw.ALLOCATEDWORKERCODE = 'AW'
                AND aw.STARTDATE <= ev.event_date AND (aw.CLOSEDATE IS NULL OR aw.CLOSEDATE >= ev.event_date)
        ) wx
        WHERE wx.pick = 1
    )
    INSERT INTO pg_temp."ssd_load_ssd_initial_cp_conference" ("icpc_icpc_id", "icpc_icpc_meeting_id", "icpc_s47_enquiry_id", "icpc_person_id", "icpc_cp_plan_id", "icpc_referral_id", "icpc_icpc_transfer_in", "icpc_icpc_target_date", "icpc_icpc_date", "icpc_icpc_outcome_cp_flag", "icpc_icpc_outcome_json", "icpc_icpc_team", "icpc_icpc_worker_id")
    SELECT
        c.event_key,
        CAST(c.instance_id AS VARCHAR(48)),
        s.s47_id,
        CAST(c.person_id AS VARCHAR(48)),
        p.plan_id,
        r.referral_id,
        CASE WHEN c.meeting_type = 'Child Protection (Transfer in conference)' THEN 'Y' ELSE 'N' END,
        (tg.three_weeks + tg.holidays * INTERVAL '1 day'),
        c.event_date,
        CASE WHEN c.next_step = 'Set next review' THEN 'Y' ELSE 'N' END,
        CONCAT('{"NFA_FLAG": "', CASE WHEN c.next_step IS NULL OR c.next_step = 'Case closure' THEN 'Y' ELSE 'N' END,
            '", "REFERRAL_TO_OTHER_AGENCY_FLAG": "N", "SINGLE_ASSESSMENT_FLAG": "N", "PROV_OF_SERVICES_FLAG": "N", "CP_FLAG": "',
            CASE WHEN c.next_step = 'Set next review' THEN 'Y' ELSE 'N' END,
            '", "OTHER_OUTCOMES_EXIST_FLAG": "', CASE WHEN c.next_step = 'CIN' THEN 'Y' ELSE 'N' END,
            '", "TOTAL_NO_OF_OUTCOMES": null, "COMMENTS": ""}'),
        t.team_id,
        w.worker_id
    FROM conferences c
    LEFT JOIN targets tg ON tg.event_key = c.event_key
    LEFT JOIN s47s s ON s.event_key = c.event_key
    LEFT JOIN plans p ON p.event_key = c.event_key
    LEFT JOIN referrals r ON r.event_key = c.event_key
    LEFT JOIN teams t ON t.event_key = c.event_key
    LEFT JOIN workers w ON w.event_key = c.event_key;
    DELETE FROM "ssd"."ssd_initial_cp_conference";
    INSERT INTO "ssd"."ssd_initial_cp_conference" ("icpc_icpc_id", "icpc_icpc_meeting_id", "icpc_s47_enquiry_id", "icpc_person_id", "icpc_cp_plan_id", "icpc_referral_id", "icpc_icpc_transfer_in", "icpc_icpc_target_date", "icpc_icpc_date", "icpc_icpc_outcome_cp_flag", "icpc_icpc_outcome_json", "icpc_icpc_team", "icpc_icpc_worker_id")
    SELECT CASE WHEN LENGTH("icpc_icpc_id") > 48 THEN CONCAT(LEFT("icpc_icpc_id", 47), '…') ELSE "icpc_icpc_id" END, CASE WHEN LENGTH("icpc_icpc_meeting_id") > 48 THEN CONCAT(LEFT("icpc_icpc_meeting_id", 47), '…') ELSE "icpc_icpc_meeting_id" END, CASE WHEN LENGTH("icpc_s47_enquiry_id") > 48 THEN CONCAT(LEFT("icpc_s47_enquiry_id", 47), '…') ELSE "icpc_s47_enquiry_id" END, CASE WHEN LENGTH("icpc_person_id") > 48 THEN CONCAT(LEFT("icpc_person_id", 47), '…') ELSE "icpc_person_id" END, CASE WHEN LENGTH("icpc_cp_plan_id") > 48 THEN CONCAT(LEFT("icpc_cp_plan_id", 47), '…') ELSE "icpc_cp_plan_id" END, CASE WHEN LENGTH("icpc_referral_id") > 48 THEN CONCAT(LEFT("icpc_referral_id", 47), '…') ELSE "icpc_referral_id" END, CASE WHEN LENGTH("icpc_icpc_transfer_in") > 1 THEN CONCAT(LEFT("icpc_icpc_transfer_in", 0), '…') ELSE "icpc_icpc_transfer_in" END, "icpc_icpc_target_date", "icpc_icpc_date", CASE WHEN LENGTH("icpc_icpc_outcome_cp_flag") > 1 THEN CONCAT(LEFT("icpc_icpc_outcome_cp_flag", 0), '…') ELSE "icpc_icpc_outcome_cp_flag" END, CASE WHEN LENGTH("icpc_icpc_outcome_json") > 1000 THEN CONCAT(LEFT("icpc_icpc_outcome_json", 999), '…') ELSE "icpc_icpc_outcome_json" END, CASE WHEN LENGTH("icpc_icpc_team") > 48 THEN CONCAT(LEFT("icpc_icpc_team", 47), '…') ELSE "icpc_icpc_team" END, CASE WHEN LENGTH("icpc_icpc_worker_id") > 100 THEN CONCAT(LEFT("icpc_icpc_worker_id", 99), '…') ELSE "icpc_icpc_worker_id" END FROM pg_temp."ssd_load_ssd_initial_cp_conference";
    GET DIAGNOSTICS loaded = ROW_COUNT;
    RAISE NOTICE '%: % rows loaded', 'ssd_initial_cp_conference', loaded;
    SELECT CONCAT('', NULLIF(CONCAT(' icpc_icpc_id=', COUNT(*) FILTER (WHERE LENGTH("icpc_icpc_id") > 48)), ' icpc_icpc_id=0'), '', NULLIF(CONCAT(' icpc_icpc_meeting_id=', COUNT(*) FILTER (WHERE LENGTH("icpc_icpc_meeting_id") > 48)), ' icpc_icpc_meeting_id=0'), '', NULLIF(CONCAT(' icpc_s47_enquiry_id=', COUNT(*) FILTER (WHERE LENGTH("icpc_s47_enquiry_id") > 48)), ' icpc_s47_enquiry_id=0'), '', NULLIF(CONCAT(' icpc_person_id=', COUNT(*) FILTER (WHERE LENGTH("icpc_person_id") > 48)), ' icpc_person_id=0'), '', NULLIF(CONCAT(' icpc_cp_plan_id=', COUNT(*) FILTER (WHERE LENGTH("icpc_cp_plan_id") > 48)), ' icpc_cp_plan_id=0'), '', NULLIF(CONCAT(' icpc_referral_id=', COUNT(*) FILTER (WHERE LENGTH("icpc_referral_id") > 48)), ' icpc_referral_id=0'), '', NULLIF(CONCAT(' icpc_icpc_transfer_in=', COUNT(*) FILTER (WHERE LENGTH("icpc_icpc_transfer_in") > 1)), ' icpc_icpc_transfer_in=0'), '', NULLIF(CONCAT(' icpc_icpc_outcome_cp_flag=', COUNT(*) FILTER (WHERE LENGTH("icpc_icpc_outcome_cp_flag") > 1)), ' icpc_icpc_outcome_cp_flag=0'), '', NULLIF(CONCAT(' icpc_icpc_outcome_json=', COUNT(*) FILTER (WHERE LENGTH("icpc_icpc_outcome_json") > 1000)), ' icpc_icpc_outcome_json=0'), '', NULLIF(CONCAT(' icpc_icpc_team=', COUNT(*) FILTER (WHERE LENGTH("icpc_icpc_team") > 48)), ' icpc_icpc_team=0'), '', NULLIF(CONCAT(' icpc_icpc_worker_id=', COUNT(*) FILTER (WHERE LENGTH("icpc_icpc_worker_id") > 100)), ' icpc_icpc_worker_id=0')) INTO cuts FROM pg_temp."ssd_load_ssd_initial_cp_conference";
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_initial_cp_conference', cuts; END IF;
    DROP TABLE pg_temp."ssd_load_ssd_initial_cp_conference";
END $$;
-- ssd-bridge: end of batch
DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_cp_plans'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
BEGIN
    DROP TABLE IF EXISTS pg_temp."ssd_load_ssd_cp_plans";
    CREATE TEMPORARY TABLE pg_temp."ssd_load_ssd_cp_plans" ("cppl_cp_plan_id" TEXT, "cppl_referral_id" TEXT, "cppl_icpc_id" TEXT, "cppl_person_id" TEXT, "cppl_cp_plan_start_date" TIMESTAMP, "cppl_cp_plan_end_date" TIMESTAMP, "cppl_cp_plan_ola" TEXT, "cppl_cp_plan_initial_category" TEXT, "cppl_cp_plan_latest_category" TEXT);
    SET LOCAL enable_nestloop = off;
    WITH merge_rows AS (
        SELECT c.PERSONID AS person_id, CAST(c.CLASSIFICATIONASSIGNMENTID AS VARCHAR(48)) AS row_key,
                c.STARTDATE AS start_date, c.ENDDATE AS end_date, c.ENDREASON AS end_reason
            FROM "classificationpersonview" c
            JOIN "ssd"."ssd_person" sp ON sp.pers_person_id = CAST(c.PERSONID AS VARCHAR(48))
            WHERE (c.CLASSIFICATIONPATHID IN (51))
                AND COALESCE(c.STATUS, '') <> 'DELETED' AND c.STARTDATE IS NOT NULL
    ),
    merge_marked AS (
        SELECT mr.person_id, mr.row_key, mr.start_date, mr.end_date, mr.end_reason,
            COALESCE(mr.end_date, CURRENT_DATE) AS end_or_today,
            CASE WHEN MAX(COALESCE(mr.end_date, CURRENT_DATE)) OVER (PARTITION BY mr.person_id
                    ORDER BY mr.start_date, mr.row_key ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
                    >= (mr.start_date + 0 * INTERVAL '1 day') THEN 0 ELSE 1 END AS is_new
        FROM merge_rows mr
    ),
    merge_grouped AS (
        SELECT mm.person_id, mm.row_key, mm.start_date, mm.end_date, mm.end_reason, mm.end_or_today,
            SUM(mm.is_new) OVER (PARTITION BY mm.person_id ORDER BY mm.start_date, mm.row_key
                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS episode_no,
            mm.is_new,
            ROW_NUMBER() OVER (PARTITION BY mm.person_id ORDER BY mm.start_date, mm.row_key) AS row_no
        FROM merge_marked mm
    ),
    merge_last AS (
        SELECT mg.person_id, mg.row_key, mg.start_date, mg.end_date, mg.end_reason, mg.episode_no, mg.is_new,
            ROW_NUMBER() OVER (PARTITION BY mg.person_id, mg.episode_no
                ORDER BY mg.end_or_today DESC, CASE WHEN mg.end_date IS NULL THEN 0 ELSE 1 END, mg.row_no DESC) AS last_no
        FROM merge_grouped mg
    ),episodes AS (
        SELECT ml.person_id,
            MAX(CASE WHEN ml.is_new = 1 THEN ml.row_key END) AS episode_key,
            MIN(ml.start_date) AS episode_start,
            CASE WHEN MAX(CASE WHEN ml.end_date IS NULL THEN 1 ELSE 0 END) = 1 THEN NULL ELSE MAX(ml.end_date) END AS episode_end,
            MAX(CASE WHEN ml.last_no = 1 THEN ml.end_reason END) AS close_reason
        FROM merge_last ml
        GROUP BY ml.person_id, ml.episode_no
    ),
    plans AS (
        SELECT ep.episode_key AS event_key, ep.person_id, ep.episode_start AS event_date, ep.episode_end
        FROM episodes ep
        WHERE ep.episode_end IS NULL OR ep.episode_end >= (CURRENT_DATE - INTERVAL '6 years')
    ),
    referrals AS (
        SELECT rx.event_key, rx.referral_id
        FROM (
            SELECT ev.event_key, ce.cine_referral_id AS referral_id,
                ROW_NUMBER() OVER (PARTITION BY ev.event_key ORDER BY ce.cine_referral_date DESC, ce.cine_referral_id DESC) AS pick
            FROM plans ev
            JOIN "ssd"."ssd_cin_episodes" ce
                ON ce.cine_person_id = CAST(ev.person_id AS VARCHAR(48)) AND ce.cine_referral_date <= ev.event_date
        ) rx
        WHERE rx.pick = 1
    ),
    conferences AS (
        SELECT cx.event_key, cx.icpc_id
        FROM (
            SELECT p.event_key, i.icpc_icpc_id AS icpc_id,
                ROW_NUMBER() OVER (PARTITION BY p.event_key ORDER BY i.icpc_icpc_date DESC, i.icpc_icpc_id DESC) AS pick
            FROM plans p
            JOIN "ssd"."ssd_initial_cp_conference" i
                ON i.icpc_person_id = CAST(p.person_id AS VARCHAR(48)) AND i.icpc_icpc_date <= p.event_date
                AND i.icpc_icpc_date >= (p.event_date + -30 * INTERVAL '1 day')
        ) cx
        WHERE cx.pick = 1
    ),
    categories AS (
        SELECT p.event_key, cat.NAME AS category,
            ROW_NUMBER() OVER (PARTITION BY p.event_key ORDER BY cat.STARTDATE, cat.CLASSIFICATIONASSIGNMENTID) AS first_no,
            ROW_NUMBER() OVER (PARTITION BY p.event_key ORDER BY cat.STARTDATE DESC, cat.CLASSIFICATIONASSIGNMENTID DESC) AS last_no
        FROM plans p
        JOIN "classificationpersonview" cat
            ON cat.PERSONID = p.person_id AND cat.STARTDATE <= COALESCE(p.episode_end, CURRENT_DATE)
            AND (cat.ENDDATE IS NULL OR cat.ENDDATE >= p.event_date)
        WHERE (cat.CLASSIFICATIONPATHID IN (81)) AND COALESCE(cat.STATUS, '') <> 'DELETED'
    )
    INSERT INTO pg_temp."ssd_load_ssd_cp_plans" ("cppl_cp_plan_id", "cppl_referral_id", "cppl_icpc_id", "cppl_person_id", "cppl_cp_plan_start_date", "cppl_cp_plan_end_date", "cppl_cp_plan_ola", "cppl_cp_plan_initial_category", "cppl_cp_plan_latest_category")
    SELECT
        p.event_key,
        r.referral_id,
        i.icpc_id,
        CAST(p.person_id AS VARCHAR(48)),
        p.event_date,
        p.episode_end,
        NULL,
        LEFT(first_cat.category, 100),
        LEFT(last_cat.category, 100)
    FROM plans p
    LEFT JOIN referrals r ON r.event_key = p.event_key
    LEFT JOIN conferences i ON i.event_key = p.event_key
    LEFT JOIN categories first_cat ON first_cat.event_key = p.event_key AND first_cat.first_no = 1
    LEFT JOIN categories last_cat ON last_cat.event_key = p.event_key AND last_cat.last_no = 1;
    DELETE FROM "ssd"."ssd_cp_plans";
    INSERT INTO "ssd"."ssd_cp_plans" ("cppl_cp_plan_id", "cppl_referral_id", "cppl_icpc_id", "cppl_person_id", "cppl_cp_plan_start_date", "cppl_cp_plan_end_date", "cppl_cp_plan_ola", "cppl_cp_plan_initial_category", "cppl_cp_plan_latest_category")
    SELECT CASE WHEN LENGTH("cppl_cp_plan_id") > 48 THEN CONCAT(LEFT("cppl_cp_plan_id", 47), '…') ELSE "cppl_cp_plan_id" END, CASE WHEN LENGTH("cppl_referral_id") > 48 THEN CONCAT(LEFT("cppl_referral_id", 47), '…') ELSE "cppl_referral_id" END, CASE WHEN LENGTH("cppl_icpc_id") > 48 THEN CONCAT(LEFT("cppl_icpc_id", 47), '…') ELSE "cppl_icpc_id" END, CASE WHEN LENGTH("cppl_person_id") > 48 THEN CONCAT(LEFT("cppl_person_id", 47), '…') ELSE "cppl_person_id" END, "cppl_cp_plan_start_date", "cppl_cp_plan_end_date", CASE WHEN LENGTH("cppl_cp_plan_ola") > 1 THEN CONCAT(LEFT("cppl_cp_plan_ola", 0), '…') ELSE "cppl_cp_plan_ola" END, CASE WHEN LENGTH("cppl_cp_plan_initial_category") > 100 THEN CONCAT(LEFT("cppl_cp_plan_initial_category", 99), '…') ELSE "cppl_cp_plan_initial_category" END, CASE WHEN LENGTH("cppl_cp_plan_latest_category") > 100 THEN CONCAT(LEFT("cppl_cp_plan_latest_category", 99), '…') ELSE "cppl_cp_plan_latest_category" END FROM pg_temp."ssd_load_ssd_cp_plans";
    GET DIAGNOSTICS loaded = ROW_COUNT;
    RAISE NOTICE '%: % rows loaded', 'ssd_cp_plans', loaded;
    SELECT CONCAT('', NULLIF(CONCAT(' cppl_cp_plan_id=', COUNT(*) FILTER (WHERE LENGTH("cppl_cp_plan_id") > 48)), ' cppl_cp_plan_id=0'), '', NULLIF(CONCAT(' cppl_referral_id=', COUNT(*) FILTER (WHERE LENGTH("cppl_referral_id") > 48)), ' cppl_referral_id=0'), '', NULLIF(CONCAT(' cppl_icpc_id=', COUNT(*) FILTER (WHERE LENGTH("cppl_icpc_id") > 48)), ' cppl_icpc_id=0'), '', NULLIF(CONCAT(' cppl_person_id=', COUNT(*) FILTER (WHERE LENGTH("cppl_person_id") > 48)), ' cppl_person_id=0'), '', NULLIF(CONCAT(' cppl_cp_plan_ola=', COUNT(*) FILTER (WHERE LENGTH("cppl_cp_plan_ola") > 1)), ' cppl_cp_plan_ola=0'), '', NULLIF(CONCAT(' cppl_cp_plan_initial_category=', COUNT(*) FILTER (WHERE LENGTH("cppl_cp_plan_initial_category") > 100)), ' cppl_cp_plan_initial_category=0'), '', NULLIF(CONCAT(' cppl_cp_plan_latest_category=', COUNT(*) FILTER (WHERE LENGTH("cppl_cp_plan_latest_category") > 100)), ' cppl_cp_plan_latest_category=0')) INTO cuts FROM pg_temp."ssd_load_ssd_cp_plans";
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_cp_plans', cuts; END IF;
    DROP TABLE pg_temp."ssd_load_ssd_cp_plans";
END $$;
-- ssd-bridge: end of batch
DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_cla_episodes'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
BEGIN
    DROP TABLE IF EXISTS pg_temp."ssd_load_ssd_cla_episodes";
    CREATE TEMPORARY TABLE pg_temp."ssd_load_ssd_cla_episodes" ("clae_cla_episode_id" TEXT, "clae_person_id" TEXT, "clae_cla_placement_id" TEXT, "clae_cla_episode_start_date" TIMESTAMP, "clae_cla_episode_start_reason" TEXT, "clae_cla_primary_need_code" TEXT, "clae_cla_episode_ceased_date" TIMESTAMP, "clae_cla_episode_ceased_reason" TEXT, "clae_cla_id" TEXT, "clae_referral_id" TEXT, "clae_cla_last_iro_contact_date" TIMESTAMP, "clae_entered_care_date" TIMESTAMP);
    SET LOCAL enable_nestloop = off;
    WITH cla_source AS (
        SELECT e.EPISODEOFCAREID AS episode_id, e.PERSONID AS person_id, e.PERIODOFCAREID AS period_id,
            e.EOCSTARTDATE AS start_date, e.EOCENDDATE AS end_date, e.EOCSTARTREASONCODE AS start_reason,
            e.EOCENDREASONCODE AS end_reason, e.CATEGORYOFNEED AS need_text, e.PLACEMENTADDRESSID AS address_id,
            e.PLACEMENTTYPECODE AS type_code, e.PLACEMENTPROVISIONCODE AS provision_code,
            e.PLACEMENTPOSTCODE AS postcode, e.PLACEMENTCHANGEREASONCODE AS change_reason,
            CASE WHEN LAG(e.PERIODOFCAREID) OVER (PARTITION BY e.PERSONID ORDER BY e.EOCSTARTDATE, e.EPISODEOFCAREID) = e.PERIODOFCAREID
                AND LAG(e.PLACEMENTADDRESSID) OVER (PARTITION BY e.PERSONID ORDER BY e.EOCSTARTDATE, e.EPISODEOFCAREID) = e.PLACEMENTADDRESSID
                AND LAG(e.PLACEMENTTYPECODE) OVER (PARTITION BY e.PERSONID ORDER BY e.EOCSTARTDATE, e.EPISODEOFCAREID) = e.PLACEMENTTYPECODE
                AND LAG(e.EOCENDDATE) OVER (PARTITION BY e.PERSONID ORDER BY e.EOCSTARTDATE, e.EPISODEOFCAREID) >= (e.EOCSTARTDATE + -1 * INTERVAL '1 day')
                THEN 0 ELSE 1 END AS is_new
        FROM "claepisodeofcareview" e
        JOIN "ssd"."ssd_person" sp ON sp.pers_person_id = CAST(e.PERSONID AS VARCHAR(48))
        WHERE e.EOCSTARTDATE IS NOT NULL
    ),
    cla_grouped AS (
        SELECT cs.*, SUM(cs.is_new) OVER (PARTITION BY cs.person_id ORDER BY cs.start_date, cs.episode_id
            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS placement_no
        FROM cla_source cs
    ),
    cla_rows AS (
        SELECT cg.*,
            FIRST_VALUE(cg.episode_id) OVER (PARTITION BY cg.person_id, cg.placement_no ORDER BY cg.start_date, cg.episode_id
                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS placement_id,
            ROW_NUMBER() OVER (PARTITION BY cg.person_id, cg.placement_no ORDER BY cg.start_date DESC, cg.episode_id DESC) AS last_no
        FROM cla_grouped cg
    ),
    episodes AS (
        SELECT cr.episode_id AS event_key, cr.person_id, cr.period_id, cr.placement_id, cr.start_date, cr.end_date,
            cr.start_reason, cr.end_reason, cr.need_text, COALESCE(pc.ADMISSIONDATE, cr.start_date) AS event_date,
            pc.ADMISSIONDATE AS admission_date, pc.DISCHARGEDATE AS discharge_date
        FROM cla_rows cr
        LEFT JOIN "claperiodofcareview" pc ON pc.PERIODOFCAREID = cr.period_id AND pc.PERSONID = cr.person_id
        WHERE cr.end_date IS NULL OR cr.end_date >= (CURRENT_DATE - INTERVAL '6 years')
    ),
    iro_meetings AS (
        SELECT
                f.INSTANCEID AS instance_id,
                f.ANSWERFORSUBJECTID AS person_id,
                MAX(f.SUBMITTERPERSONID) AS submitter_id,
                MIN(f.DATESTARTED) AS started_date,
                MAX(CASE WHEN f.INSTANCESTATE = 'COMPLETE' THEN f.DATECOMPLETED END) AS completed_date,
                COALESCE(MAX(CASE WHEN f.CONTROLNAME = 'dateOfMeeting' THEN f.DATEANSWERVALUE END),
                         MAX(CASE WHEN f.CONTROLNAME = 'dateOfMeeting' THEN CASE WHEN CAST(f.ANSWERVALUE AS TEXT) ~ '^\s*[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])([ T][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?(Z|[+-][0-9]{2}(:?[0-9]{2})?)?)?\s*$' THEN CAST(LEFT(TRIM(CAST(f.ANSWERVALUE AS TEXT)), 19) AS TIMESTAMP) WHEN CAST(f.ANSWERVALUE AS TEXT) ~ '^\s*(0[1-9]|[12][0-9]|3[01])/(0[1-9]|1[0-2])/[0-9]{4}\s*$' THEN CAST(TO_DATE(TRIM(CAST(f.ANSWERVALUE AS TEXT)), 'DD/MM/YYYY') AS TIMESTAMP) END END)) AS meeting_date
            FROM "formanswerpersonview" f
            WHERE f.DESIGNGUID = '2d9d174f-77ed-40bd-ac2b-cae8015ad799'
                AND f.INSTANCESTATE = 'COMPLETE'
            GROUP BY f.INSTANCEID, f.ANSWERFORSUBJECTID
    ),
    last_iro AS (
        SELECT ep.event_key, MAX(im.meeting_date) AS meeting_date
        FROM episodes ep
        JOIN iro_meetings im ON im.person_id = ep.person_id AND im.meeting_date >= ep.event_date
            AND im.meeting_date <= COALESCE(ep.discharge_date, CURRENT_DATE)
        GROUP BY ep.event_key
    ),
    referrals AS (
        SELECT rx.event_key, rx.referral_id
        FROM (
            SELECT ev.event_key, ce.cine_referral_id AS referral_id,
                ROW_NUMBER() OVER (PARTITION BY ev.event_key ORDER BY ce.cine_referral_date DESC, ce.cine_referral_id DESC) AS pick
            FROM episodes ev
            JOIN "ssd"."ssd_cin_episodes" ce
                ON ce.cine_person_id = CAST(ev.person_id AS VARCHAR(48)) AND ce.cine_referral_date <= ev.event_date
        ) rx
        WHERE rx.pick = 1
    )
    INSERT INTO pg_temp."ssd_load_ssd_cla_episodes" ("clae_cla_episode_id", "clae_person_id", "clae_cla_placement_id", "clae_cla_episode_start_date", "clae_cla_episode_start_reason", "clae_cla_primary_need_code", "clae_cla_episode_ceased_date", "clae_cla_episode_ceased_reason", "clae_cla_id", "clae_referral_id", "clae_cla_last_iro_contact_date", "clae_entered_care_date")
    SELECT
        CAST(ep.event_key AS VARCHAR(48)),
        CAST(ep.person_id AS VARCHAR(48)),
        CAST(ep.placement_id AS VARCHAR(48)),
        ep.start_date,
        LEFT(ep.start_reason, 100),
        CASE WHEN UPPER(ep.need_text) IN ('N1', 'N2', 'N3', 'N4', 'N5', 'N6', 'N7', 'N8', 'N9', 'N0') THEN UPPER(ep.need_text)
            ELSE CASE WHEN ep.need_text = 'Abuse or neglect' THEN 'N1' WHEN ep.need_text = 'Child''s disability' THEN 'N2' WHEN ep.need_text = 'Parental illness/disability' THEN 'N3' WHEN ep.need_text = 'Family in acute stress' THEN 'N4' WHEN ep.need_text = 'Family dysfunction' THEN 'N5' WHEN ep.need_text = 'Socially unacceptable behaviour' THEN 'N6' WHEN ep.need_text = 'Low income' THEN 'N7' WHEN ep.need_text = 'Absent parenting' THEN 'N8' WHEN ep.need_text = 'Cases other than child in need' THEN 'N9' WHEN ep.need_text = 'Not stated' THEN 'N0' END END,
        ep.end_date,
        LEFT(ep.end_reason, 255),
        CAST(ep.period_id AS VARCHAR(48)),
        r.referral_id,
        li.meeting_date,
        ep.admission_date
    FROM episodes ep
    LEFT JOIN last_iro li ON li.event_key = ep.event_key
    LEFT JOIN referrals r ON r.event_key = ep.event_key;
    DELETE FROM "ssd"."ssd_cla_episodes";
    INSERT INTO "ssd"."ssd_cla_episodes" ("clae_cla_episode_id", "clae_person_id", "clae_cla_placement_id", "clae_cla_episode_start_date", "clae_cla_episode_start_reason", "clae_cla_primary_need_code", "clae_cla_episode_ceased_date", "clae_cla_episode_ceased_reason", "clae_cla_id", "clae_referral_id", "clae_cla_last_iro_contact_date", "clae_entered_care_date")
    SELECT CASE WHEN LENGTH("clae_cla_episode_id") > 48 THEN CONCAT(LEFT("clae_cla_episode_id", 47), '…') ELSE "clae_cla_episode_id" END, CASE WHEN LENGTH("clae_person_id") > 48 THEN CONCAT(LEFT("clae_person_id", 47), '…') ELSE "clae_person_id" END, CASE WHEN LENGTH("clae_cla_placement_id") > 48 THEN CONCAT(LEFT("clae_cla_placement_id", 47), '…') ELSE "clae_cla_placement_id" END, "clae_cla_episode_start_date", CASE WHEN LENGTH("clae_cla_episode_start_reason") > 100 THEN CONCAT(LEFT("clae_cla_episode_start_reason", 99), '…') ELSE "clae_cla_episode_start_reason" END, CASE WHEN LENGTH("clae_cla_primary_need_code") > 3 THEN CONCAT(LEFT("clae_cla_primary_need_code", 2), '…') ELSE "clae_cla_primary_need_code" END, "clae_cla_episode_ceased_date", CASE WHEN LENGTH("clae_cla_episode_ceased_reason") > 255 THEN CONCAT(LEFT("clae_cla_episode_ceased_reason", 254), '…') ELSE "clae_cla_episode_ceased_reason" END, CASE WHEN LENGTH("clae_cla_id") > 48 THEN CONCAT(LEFT("clae_cla_id", 47), '…') ELSE "clae_cla_id" END, CASE WHEN LENGTH("clae_referral_id") > 48 THEN CONCAT(LEFT("clae_referral_id", 47), '…') ELSE "clae_referral_id" END, "clae_cla_last_iro_contact_date", "clae_entered_care_date" FROM pg_temp."ssd_load_ssd_cla_episodes";
    GET DIAGNOSTICS loaded = ROW_COUNT;
    RAISE NOTICE '%: % rows loaded', 'ssd_cla_episodes', loaded;
    SELECT CONCAT('', NULLIF(CONCAT(' clae_cla_episode_id=', COUNT(*) FILTER (WHERE LENGTH("clae_cla_episode_id") > 48)), ' clae_cla_episode_id=0'), '', NULLIF(CONCAT(' clae_person_id=', COUNT(*) FILTER (WHERE LENGTH("clae_person_id") > 48)), ' clae_person_id=0'), '', NULLIF(CONCAT(' clae_cla_placement_id=', COUNT(*) FILTER (WHERE LENGTH("clae_cla_placement_id") > 48)), ' clae_cla_placement_id=0'), '', NULLIF(CONCAT(' clae_cla_episode_start_reason=', COUNT(*) FILTER (WHERE LENGTH("clae_cla_episode_start_reason") > 100)), ' clae_cla_episode_start_reason=0'), '', NULLIF(CONCAT(' clae_cla_primary_need_code=', COUNT(*) FILTER (WHERE LENGTH("clae_cla_primary_need_code") > 3)), ' clae_cla_primary_need_code=0'), '', NULLIF(CONCAT(' clae_cla_episode_ceased_reason=', COUNT(*) FILTER (WHERE LENGTH("clae_cla_episode_ceased_reason") > 255)), ' clae_cla_episode_ceased_reason=0'), '', NULLIF(CONCAT(' clae_cla_id=', COUNT(*) FILTER (WHERE LENGTH("clae_cla_id") > 48)), ' clae_cla_id=0'), '', NULLIF(CONCAT(' clae_referral_id=', COUNT(*) FILTER (WHERE LENGTH("clae_referral_id") > 48)), ' clae_referral_id=0')) INTO cuts FROM pg_temp."ssd_load_ssd_cla_episodes";
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_cla_episodes', cuts; END IF;
    DROP TABLE pg_temp."ssd_load_ssd_cla_episodes";
END $$;
-- ssd-bridge: end of batch
DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_cla_placement'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
BEGIN
    DROP TABLE IF EXISTS pg_temp."ssd_load_ssd_cla_placement";
    CREATE TEMPORARY TABLE pg_temp."ssd_load_ssd_cla_placement" ("clap_cla_placement_id" TEXT, "clap_cla_id" TEXT, "clap_person_id" TEXT, "clap_cla_placement_start_date" TIMESTAMP, "clap_cla_placement_type" TEXT, "clap_cla_placement_urn" TEXT, "clap_cla_placement_distance" DOUBLE PRECISION, "clap_cla_placement_provider" TEXT, "clap_cla_placement_postcode" TEXT, "clap_cla_placement_end_date" TIMESTAMP, "clap_cla_placement_change_reason" TEXT);
    SET LOCAL enable_nestloop = off;
    WITH cla_source AS (
        SELECT e.EPISODEOFCAREID AS episode_id, e.PERSONID AS person_id, e.PERIODOFCAREID AS period_id,
            e.EOCSTARTDATE AS start_date, e.EOCENDDATE AS end_date, e.EOCSTARTREASONCODE AS start_reason,
            e.EOCENDREASONCODE AS end_reason, e.CATEGORYOFNEED AS need_text, e.PLACEMENTADDRESSID AS address_id,
            e.PLACEMENTTYPECODE AS type_code, e.PLACEMENTPROVISIONCODE AS provision_code,
            e.PLACEMENTPOSTCODE AS postcode, e.PLACEMENTCHANGEREASONCODE AS change_reason,
            CASE WHEN LAG(e.PERIODOFCAREID) OVER (PARTITION BY e.PERSONID ORDER BY e.EOCSTARTDATE, e.EPISODEOFCAREID) = e.PERIODOFCAREID
                AND LAG(e.PLACEMENTADDRESSID) OVER (PARTITION BY e.PERSONID ORDER BY e.EOCSTARTDATE, e.EPISODEOFCAREID) = e.PLACEMENTADDRESSID
                AND LAG(e.PLACEMENTTYPECODE) OVER (PARTITION BY e.PERSONID ORDER BY e.EOCSTARTDATE, e.EPISODEOFCAREID) = e.PLACEMENTTYPECODE
                AND LAG(e.EOCENDDATE) OVER (PARTITION BY e.PERSONID ORDER BY e.EOCSTARTDATE, e.EPISODEOFCAREID) >= (e.EOCSTARTDATE + -1 * INTERVAL '1 day')
                THEN 0 ELSE 1 END AS is_new
        FROM "claepisodeofcareview" e
        JOIN "ssd"."ssd_person" sp ON sp.pers_person_id = CAST(e.PERSONID AS VARCHAR(48))
        WHERE e.EOCSTARTDATE IS NOT NULL
    ),
    cla_grouped AS (
        SELECT cs.*, SUM(cs.is_new) OVER (PARTITION BY cs.person_id ORDER BY cs.start_date, cs.episode_id
            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS placement_no
        FROM cla_source cs
    ),
    cla_rows AS (
        SELECT cg.*,
            FIRST_VALUE(cg.episode_id) OVER (PARTITION BY cg.person_id, cg.placement_no ORDER BY cg.start_date, cg.episode_id
                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS placement_id,
            ROW_NUMBER() OVER (PARTITION BY cg.person_id, cg.placement_no ORDER BY cg.start_date DESC, cg.episode_id DESC) AS last_no
        FROM cla_grouped cg
    ),
    placements AS (
        SELECT cr.placement_id, MIN(cr.person_id) AS person_id, MIN(cr.period_id) AS period_id, MIN(cr.start_date) AS start_date,
            CASE WHEN MAX(CASE WHEN cr.end_date IS NULL THEN 1 ELSE 0 END) = 1 THEN NULL ELSE MAX(cr.end_date) END AS end_date,
            MAX(CASE WHEN cr.episode_id = cr.placement_id THEN cr.type_code END) AS type_code,
            MAX(CASE WHEN cr.episode_id = cr.placement_id THEN cr.provision_code END) AS provision_code,
            MAX(CASE WHEN cr.episode_id = cr.placement_id THEN cr.postcode END) AS postcode,
            MAX(CASE WHEN cr.last_no = 1 THEN cr.change_reason END) AS change_reason
        FROM cla_rows cr
        GROUP BY cr.placement_id
    )
    INSERT INTO pg_temp."ssd_load_ssd_cla_placement" ("clap_cla_placement_id", "clap_cla_id", "clap_person_id", "clap_cla_placement_start_date", "clap_cla_placement_type", "clap_cla_placement_urn", "clap_cla_placement_distance", "clap_cla_placement_provider", "clap_cla_placement_postcode", "clap_cla_placement_end_date", "clap_cla_placement_change_reason")
    SELECT
        CAST(p.placement_id AS VARCHAR(48)),
        CAST(p.period_id AS VARCHAR(48)),
        CAST(p.person_id AS VARCHAR(48)),
        p.start_date,
        CASE WHEN UPPER(p.type_code) IN ('A3', 'A4', 'A5', 'A6', 'F1', 'F2', 'F3', 'F4', 'F5', 'F6', 'H5', 'K1', 'K2', 'P1', 'P2', 'P3', 'R1', 'R2', 'R3', 'R5', 'S1', 'T0', 'T1', 'T2', 'T3', 'T4', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'Z1') THEN UPPER(p.type_code)
            ELSE CASE WHEN p.type_code = 'APP_ADOPT' THEN 'A3' WHEN p.type_code = 'CONS_ADOPT_NOTFP' THEN 'A4' WHEN p.type_code = 'ORD_ADOPT_FP' THEN 'A5' WHEN p.type_code = 'ORD_ADOPT_NOTFP' THEN 'A6' WHEN p.type_code = 'NO_CHREGS' THEN 'H5' WHEN p.type_code = 'CHLD_HOME' THEN 'K2' WHEN p.type_code = 'PARENT' THEN 'P1' WHEN p.type_code = 'IND_LIV' THEN 'P2' WHEN p.type_code = 'RES_CARE' THEN 'R1' WHEN p.type_code = 'NHS' THEN 'R2' WHEN p.type_code = 'YOI' THEN 'R5' WHEN p.type_code = 'RES_SCH' THEN 'S1' WHEN p.type_code = 'REL' THEN 'U1' WHEN p.type_code = 'REL_NOT_LT_ADOPT' THEN 'U3' WHEN p.type_code = 'LT' THEN 'U4' WHEN p.type_code = 'NOT_LT_ADOPT' THEN 'U6' WHEN p.type_code = 'OTH' THEN 'Z1' END END,
        NULL,
        NULL,
        LEFT(p.provision_code, 48),    CASE WHEN LTRIM(RTRIM(p.postcode)) LIKE '_____%' THEN LEFT(UPPER(LTRIM(RTRIM(p.postcode))), 8) END,
        p.end_date,
        LEFT(p.change_reason, 100)
    FROM placements p
    WHERE p.end_date IS NULL OR p.end_date >= (CURRENT_DATE - INTERVAL '6 years');
    DELETE FROM "ssd"."ssd_cla_placement";
    INSERT INTO "ssd"."ssd_cla_placement" ("clap_cla_placement_id", "clap_cla_id", "clap_person_id", "clap_cla_placement_start_date", "clap_cla_placement_type", "clap_cla_placement_urn", "clap_cla_placement_distance", "clap_cla_placement_provider", "clap_cla_placement_postcode", "clap_cla_placement_end_date", "clap_cla_placement_change_reason")
    SELECT CASE WHEN LENGTH("clap_cla_placement_id") > 48 THEN CONCAT(LEFT("clap_cla_placement_id", 47), '…') ELSE "clap_cla_placement_id" END, CASE WHEN LENGTH("clap_cla_id") > 48 THEN CONCAT(LEFT("clap_cla_id", 47), '…') ELSE "clap_cla_id" END, CASE WHEN LENGTH("clap_person_id") > 48 THEN CONCAT(LEFT("clap_person_id", 47), '…') ELSE "clap_person_id" END, "clap_cla_placement_start_date", CASE WHEN LENGTH("clap_cla_placement_type") > 100 THEN CONCAT(LEFT("clap_cla_placement_type", 99), '…') ELSE "clap_cla_placement_type" END, CASE WHEN LENGTH("clap_cla_placement_urn") > 48 THEN CONCAT(LEFT("clap_cla_placement_urn", 47), '…') ELSE "clap_cla_placement_urn" END, "clap_cla_placement_distance", CASE WHEN LENGTH("clap_cla_placement_provider") > 48 THEN CONCAT(LEFT("clap_cla_placement_provider", 47), '…') ELSE "clap_cla_placement_provider" END, CASE WHEN LENGTH("clap_cla_placement_postcode") > 8 THEN CONCAT(LEFT("clap_cla_placement_postcode", 7), '…') ELSE "clap_cla_placement_postcode" END, "clap_cla_placement_end_date", CASE WHEN LENGTH("clap_cla_placement_change_reason") > 100 THEN CONCAT(LEFT("clap_cla_placement_change_reason", 99), '…') ELSE "clap_cla_placement_change_reason" END FROM pg_temp."ssd_load_ssd_cla_placement";
    GET DIAGNOSTICS loaded = ROW_COUNT;
    RAISE NOTICE '%: % rows loaded', 'ssd_cla_placement', loaded;
    SELECT CONCAT('', NULLIF(CONCAT(' clap_cla_placement_id=', COUNT(*) FILTER (WHERE LENGTH("clap_cla_placement_id") > 48)), ' clap_cla_placement_id=0'), '', NULLIF(CONCAT(' clap_cla_id=', COUNT(*) FILTER (WHERE LENGTH("clap_cla_id") > 48)), ' clap_cla_id=0'), '', NULLIF(CONCAT(' clap_person_id=', COUNT(*) FILTER (WHERE LENGTH("clap_person_id") > 48)), ' clap_person_id=0'), '', NULLIF(CONCAT(' clap_cla_placement_type=', COUNT(*) FILTER (WHERE LENGTH("clap_cla_placement_type") > 100)), ' clap_cla_placement_type=0'), '', NULLIF(CONCAT(' clap_cla_placement_urn=', COUNT(*) FILTER (WHERE LENGTH("clap_cla_placement_urn") > 48)), ' clap_cla_placement_urn=0'), '', NULLIF(CONCAT(' clap_cla_placement_provider=', COUNT(*) FILTER (WHERE LENGTH("clap_cla_placement_provider") > 48)), ' clap_cla_placement_provider=0'), '', NULLIF(CONCAT(' clap_cla_placement_postcode=', COUNT(*) FILTER (WHERE LENGTH("clap_cla_placement_postcode") > 8)), ' clap_cla_placement_postcode=0'), '', NULLIF(CONCAT(' clap_cla_placement_change_reason=', COUNT(*) FILTER (WHERE LENGTH("clap_cla_placement_change_reason") > 100)), ' clap_cla_placement_change_reason=0')) INTO cuts FROM pg_temp."ssd_load_ssd_cla_placement";
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_cla_placement', cuts; END IF;
    DROP TABLE pg_temp."ssd_load_ssd_cla_placement";
END $$;
-- ssd-bridge: end of batch
DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_permanence'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
BEGIN
    DROP TABLE IF EXISTS pg_temp."ssd_load_ssd_permanence";
    CREATE TEMPORARY TABLE pg_temp."ssd_load_ssd_permanence" ("perm_table_id" TEXT, "perm_person_id" TEXT, "perm_cla_id" TEXT, "perm_adm_decision_date" TIMESTAMP, "perm_part_of_sibling_group" TEXT, "perm_siblings_placed_together" INTEGER, "perm_siblings_placed_apart" INTEGER, "perm_ffa_cp_decision_date" TIMESTAMP, "perm_placement_order_date" TIMESTAMP, "perm_matched_date" TIMESTAMP, "perm_adopter_sex" TEXT, "perm_adopter_legal_status" TEXT, "perm_number_of_adopters" INTEGER, "perm_placed_for_adoption_date" TIMESTAMP, "perm_adopted_by_carer_flag" TEXT, "perm_placed_foster_carer_date" TIMESTAMP, "perm_placed_ffa_cp_date" TIMESTAMP, "perm_placement_provider_urn" TEXT, "perm_decision_reversed_date" TIMESTAMP, "perm_decision_reversed_reason" TEXT, "perm_permanence_order_date" TIMESTAMP, "perm_permanence_order_type" TEXT, "perm_adoption_worker_id" TEXT);
    SET LOCAL enable_nestloop = off;
    WITH adoptions AS (
        SELECT ad.ADOPTIONID AS event_key, ad.PERSONID AS person_id, ad.DATESHOULDBEPLACED AS event_date,
            ad.GENDEROFADOPTERSCODE AS adopter_sex, ad.ADOPTERSLEGALSTATUSCODE AS adopter_status,
            ad.REASONNOLONGERPLANNEDCODE AS reversed_reason
        FROM "claadoptionsview" ad
        JOIN "ssd"."ssd_person" sp ON sp.pers_person_id = CAST(ad.PERSONID AS VARCHAR(48))
    ),
    periods AS (
        SELECT px.event_key, px.period_id, px.discharge_date
        FROM (
            SELECT a.event_key, pc.PERIODOFCAREID AS period_id, pc.DISCHARGEDATE AS discharge_date,
                ROW_NUMBER() OVER (PARTITION BY a.event_key ORDER BY pc.ADMISSIONDATE DESC, pc.PERIODOFCAREID DESC) AS pick
            FROM adoptions a
            JOIN "claperiodofcareview" pc ON pc.PERSONID = a.person_id AND pc.ADMISSIONDATE <= a.event_date
        ) px
        WHERE px.pick = 1
    ),
    placed AS (
        SELECT a.event_key, MIN(e.EOCSTARTDATE) AS placed_date
        FROM adoptions a
        JOIN periods p ON p.event_key = a.event_key
        JOIN "claepisodeofcareview" e ON e.PERSONID = a.person_id AND e.PERIODOFCAREID = p.period_id
            AND e.EOCSTARTDATE >= a.event_date AND UPPER(e.PLACEMENTTYPECODE) IN ('APP_ADOPT', 'CONS_ADOPT_NOTFP', 'ORD_ADOPT_FP', 'ORD_ADOPT_NOTFP', 'A3', 'A4', 'A5', 'A6')
        GROUP BY a.event_key
    ),
    endings AS (
        SELECT ex.event_key, ex.end_reason
        FROM (
            SELECT p.event_key, e.EOCENDREASONCODE AS end_reason,
                ROW_NUMBER() OVER (PARTITION BY p.event_key ORDER BY e.EOCSTARTDATE DESC, e.EPISODEOFCAREID DESC) AS pick
            FROM periods p
            JOIN adoptions a ON a.event_key = p.event_key
            JOIN "claepisodeofcareview" e ON e.PERSONID = a.person_id AND e.PERIODOFCAREID = p.period_id
            WHERE p.discharge_date IS NOT NULL
        ) ex
        WHERE ex.pick = 1
    )
    INSERT INTO pg_temp."ssd_load_ssd_permanence" ("perm_table_id", "perm_person_id", "perm_cla_id", "perm_adm_decision_date", "perm_part_of_sibling_group", "perm_siblings_placed_together", "perm_siblings_placed_apart", "perm_ffa_cp_decision_date", "perm_placement_order_date", "perm_matched_date", "perm_adopter_sex", "perm_adopter_legal_status", "perm_number_of_adopters", "perm_placed_for_adoption_date", "perm_adopted_by_carer_flag", "perm_placed_foster_carer_date", "perm_placed_ffa_cp_date", "perm_placement_provider_urn", "perm_decision_reversed_date", "perm_decision_reversed_reason", "perm_permanence_order_date", "perm_permanence_order_type", "perm_adoption_worker_id")
    SELECT
        CAST(a.event_key AS VARCHAR(48)),
        CAST(a.person_id AS VARCHAR(48)),
        CAST(p.period_id AS VARCHAR(48)),
        a.event_date,
        NULL, NULL, NULL, NULL, NULL, NULL,
        LEFT(a.adopter_sex, 48),
        LEFT(a.adopter_status, 100),
        NULL,
        pl.placed_date,
        NULL, NULL, NULL, NULL, NULL,
        LEFT(a.reversed_reason, 100),
        CASE WHEN en.end_reason IN ('E11', 'E12', 'E41', 'E43', 'E44', 'E45', 'E46', 'E47', 'E48') THEN p.discharge_date END,
        CASE WHEN en.end_reason IN ('E11', 'E12') THEN 'Adoption'
            WHEN en.end_reason IN ('E43', 'E44', 'E45', 'E46', 'E47', 'E48') THEN 'Special Guardianship Order'
            WHEN en.end_reason = 'E41' THEN 'Child Arrangements/ Residence Order' END,
        NULL
    FROM adoptions a
    LEFT JOIN periods p ON p.event_key = a.event_key
    LEFT JOIN placed pl ON pl.event_key = a.event_key
    LEFT JOIN endings en ON en.event_key = a.event_key;
    DELETE FROM "ssd"."ssd_permanence";
    INSERT INTO "ssd"."ssd_permanence" ("perm_table_id", "perm_person_id", "perm_cla_id", "perm_adm_decision_date", "perm_part_of_sibling_group", "perm_siblings_placed_together", "perm_siblings_placed_apart", "perm_ffa_cp_decision_date", "perm_placement_order_date", "perm_matched_date", "perm_adopter_sex", "perm_adopter_legal_status", "perm_number_of_adopters", "perm_placed_for_adoption_date", "perm_adopted_by_carer_flag", "perm_placed_foster_carer_date", "perm_placed_ffa_cp_date", "perm_placement_provider_urn", "perm_decision_reversed_date", "perm_decision_reversed_reason", "perm_permanence_order_date", "perm_permanence_order_type", "perm_adoption_worker_id")
    SELECT CASE WHEN LENGTH("perm_table_id") > 48 THEN CONCAT(LEFT("perm_table_id", 47), '…') ELSE "perm_table_id" END, CASE WHEN LENGTH("perm_person_id") > 48 THEN CONCAT(LEFT("perm_person_id", 47), '…') ELSE "perm_person_id" END, CASE WHEN LENGTH("perm_cla_id") > 48 THEN CONCAT(LEFT("perm_cla_id", 47), '…') ELSE "perm_cla_id" END, "perm_adm_decision_date", CASE WHEN LENGTH("perm_part_of_sibling_group") > 1 THEN CONCAT(LEFT("perm_part_of_sibling_group", 0), '…') ELSE "perm_part_of_sibling_group" END, "perm_siblings_placed_together", "perm_siblings_placed_apart", "perm_ffa_cp_decision_date", "perm_placement_order_date", "perm_matched_date", CASE WHEN LENGTH("perm_adopter_sex") > 48 THEN CONCAT(LEFT("perm_adopter_sex", 47), '…') ELSE "perm_adopter_sex" END, CASE WHEN LENGTH("perm_adopter_legal_status") > 100 THEN CONCAT(LEFT("perm_adopter_legal_status", 99), '…') ELSE "perm_adopter_legal_status" END, "perm_number_of_adopters", "perm_placed_for_adoption_date", CASE WHEN LENGTH("perm_adopted_by_carer_flag") > 1 THEN CONCAT(LEFT("perm_adopted_by_carer_flag", 0), '…') ELSE "perm_adopted_by_carer_flag" END, "perm_placed_foster_carer_date", "perm_placed_ffa_cp_date", CASE WHEN LENGTH("perm_placement_provider_urn") > 48 THEN CONCAT(LEFT("perm_placement_provider_urn", 47), '…') ELSE "perm_placement_provider_urn" END, "perm_decision_reversed_date", CASE WHEN LENGTH("perm_decision_reversed_reason") > 100 THEN CONCAT(LEFT("perm_decision_reversed_reason", 99), '…') ELSE "perm_decision_reversed_reason" END, "perm_permanence_order_date", CASE WHEN LENGTH("perm_permanence_order_type") > 100 THEN CONCAT(LEFT("perm_permanence_order_type", 99), '…') ELSE "perm_permanence_order_type" END, CASE WHEN LENGTH("perm_adoption_worker_id") > 100 THEN CONCAT(LEFT("perm_adoption_worker_id", 99), '…') ELSE "perm_adoption_worker_id" END FROM pg_temp."ssd_load_ssd_permanence";
    GET DIAGNOSTICS loaded = ROW_COUNT;
    RAISE NOTICE '%: % rows loaded', 'ssd_permanence', loaded;
    SELECT CONCAT('', NULLIF(CONCAT(' perm_table_id=', COUNT(*) FILTER (WHERE LENGTH("perm_table_id") > 48)), ' perm_table_id=0'), '', NULLIF(CONCAT(' perm_person_id=', COUNT(*) FILTER (WHERE LENGTH("perm_person_id") > 48)), ' perm_person_id=0'), '', NULLIF(CONCAT(' perm_cla_id=', COUNT(*) FILTER (WHERE LENGTH("perm_cla_id") > 48)), ' perm_cla_id=0'), '', NULLIF(CONCAT(' perm_part_of_sibling_group=', COUNT(*) FILTER (WHERE LENGTH("perm_part_of_sibling_group") > 1)), ' perm_part_of_sibling_group=0'), '', NULLIF(CONCAT(' perm_adopter_sex=', COUNT(*) FILTER (WHERE LENGTH("perm_adopter_sex") > 48)), ' perm_adopter_sex=0'), '', NULLIF(CONCAT(' perm_adopter_legal_status=', COUNT(*) FILTER (WHERE LENGTH("perm_adopter_legal_status") > 100)), ' perm_adopter_legal_status=0'), '', NULLIF(CONCAT(' perm_adopted_by_carer_flag=', COUNT(*) FILTER (WHERE LENGTH("perm_adopted_by_carer_flag") > 1)), ' perm_adopted_by_carer_flag=0'), '', NULLIF(CONCAT(' perm_placement_provider_urn=', COUNT(*) FILTER (WHERE LENGTH("perm_placement_provider_urn") > 48)), ' perm_placement_provider_urn=0'), '', NULLIF(CONCAT(' perm_decision_reversed_reason=', COUNT(*) FILTER (WHERE LENGTH("perm_decision_reversed_reason") > 100)), ' perm_decision_reversed_reason=0'), '', NULLIF(CONCAT(' perm_permanence_order_type=', COUNT(*) FILTER (WHERE LENGTH("perm_permanence_order_type") > 100)), ' perm_permanence_order_type=0'), '', NULLIF(CONCAT(' perm_adoption_worker_id=', COUNT(*) FILTER (WHERE LENGTH("perm_adoption_worker_id") > 100)), ' perm_adoption_worker_id=0')) INTO cuts FROM pg_temp."ssd_load_ssd_permanence";
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_permanence', cuts; END IF;
    DROP TABLE pg_temp."ssd_load_ssd_permanence";
END $$;
-- ssd-bridge: end of batch
DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_care_leavers'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
BEGIN
    DROP TABLE IF EXISTS pg_temp."ssd_load_ssd_care_leavers";
    CREATE TEMPORARY TABLE pg_temp."ssd_load_ssd_care_leavers" ("clea_table_id" TEXT, "clea_person_id" TEXT, "clea_care_leaver_eligibility" TEXT, "clea_care_leaver_in_touch" TEXT, "clea_care_leaver_latest_contact" TIMESTAMP, "clea_care_leaver_accommodation" TEXT, "clea_care_leaver_accom_suitable" TEXT, "clea_care_leaver_activity" TEXT, "clea_pathway_plan_review_date" TIMESTAMP, "clea_care_leaver_personal_advisor" TEXT, "clea_care_leaver_allocated_team" TEXT, "clea_care_leaver_worker_id" TEXT);
    SET LOCAL enable_nestloop = off;
    WITH leavers AS (
        SELECT lx.event_key, lx.person_id, lx.event_date, lx.eligibility, lx.in_touch, lx.accommodation,
            lx.suitable, lx.activity
        FROM (
            SELECT cl.CARELEAVERID AS event_key, cl.PERSONID AS person_id, cl.CONTACTDATE AS event_date,
                cl.ELIGIBILITY AS eligibility, cl.INTOUCHCODE AS in_touch, cl.ACCOMODATIONCODE AS accommodation,
                cl.ACCOMSUITABLE AS suitable, cl.MAINACTIVITYCODE AS activity,
                ROW_NUMBER() OVER (PARTITION BY cl.PERSONID ORDER BY
                    CASE WHEN cl.CONTACTDATE IS NULL THEN 1 ELSE 0 END, cl.CONTACTDATE DESC, cl.CARELEAVERID DESC) AS pick
            FROM "clacareleaverdetailsview" cl
            JOIN "ssd"."ssd_person" sp ON sp.pers_person_id = CAST(cl.PERSONID AS VARCHAR(48))
        ) lx
        WHERE lx.pick = 1
    ),
    pathway_forms AS (
        SELECT
                f.INSTANCEID AS instance_id,
                f.ANSWERFORSUBJECTID AS person_id,
                MAX(f.SUBMITTERPERSONID) AS submitter_id,
                MIN(f.DATESTARTED) AS started_date,
                MAX(CASE WHEN f.INSTANCESTATE = 'COMPLETE' THEN f.DATECOMPLETED END) AS completed_date,
                COALESCE(MAX(CASE WHEN f.CONTROLNAME = 'dateOfPathwayPlan' THEN f.DATEANSWERVALUE END),
                         MAX(CASE WHEN f.CONTROLNAME = 'dateOfPathwayPlan' THEN CASE WHEN CAST(f.ANSWERVALUE AS TEXT) ~ '^\s*[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])([ T][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?(Z|[+-][0-9]{2}(:?[0-9]{2})?)?)?\s*$' THEN CAST(LEFT(TRIM(CAST(f.ANSWERVALUE AS TEXT)), 19) AS TIMESTAMP) WHEN CAST(f.ANSWERVALUE AS TEXT) ~ '^\s*(0[1-9]|[12][0-9]|3[01])/(0[1-9]|1[0-2])/[0-9]{4}\s*$' THEN CAST(TO_DATE(TRIM(CAST(f.ANSWERVALUE AS TEXT)), 'DD/MM/YYYY') AS TIMESTAMP) END END)) AS plan_date
            FROM "formanswerpersonview" f
            WHERE f.DESIGNGUID = 'c17d1557-513d-443f-8013-a31eb541455b'
                AND f.INSTANCESTATE = 'COMPLETE'
            GROUP BY f.INSTANCEID, f.ANSWERFORSUBJECTID
    ),
    pathway AS (
        SELECT pf.person_id, MAX(pf.plan_date) AS plan_date
        FROM pathway_forms pf
        GROUP BY pf.person_id
    ),
    workers AS (
        SELECT wx.event_key, wx.worker_id
        FROM (
            SELECT ev.event_key, CAST(aw.PROFESSIONALRELATIONSHIPPERSONID AS VARCHAR(48)) AS worker_id,
                ROW_NUMBER() OVER (PARTITION BY ev.event_key ORDER BY aw.STARTDATE DESC, aw.PERSONRELATIONSHIPRECORDID DESC) AS pick
            FROM leavers ev
            JOIN "relationshipprofessionalview" aw
                ON aw.PERSONID = ev.person_id AND aw.ALLOCATEDWORKERCODE = 'AW'
                AND aw.STARTDATE <= ev.event_date AND (aw.CLOSEDATE IS NULL OR aw.CLOSEDATE >= ev.event_date)
        ) wx
        WHERE wx.pick = 1
    ),
    teams AS (
        SELECT tx.event_key, tx.team_id
        FROM (
            SELECT ev.event_key, CAST(tm.ORGANISATIONID AS VARCHAR(48)) AS team_id,
                ROW_NUMBER() OVER (PARTITION BY ev.event_key ORDER BY tm.DATESTARTED DESC, tm.RELATIONSHIPID DESC) AS pick
            FROM leavers ev
            JOIN "personorgrelationshipview" tm
                ON tm.PERSONID = ev.person_id AND tm.ALLOCATEDTEAMCODE = 'AT'
                AND tm.DATESTARTED <= ev.event_date AND (tm.DATEENDED IS NULL OR tm.DATEENDED >= ev.event_date)
        ) tx
        WHERE tx.pick = 1
    )
    INSERT INTO pg_temp."ssd_load_ssd_care_leavers" ("clea_table_id", "clea_person_id", "clea_care_leaver_eligibility", "clea_care_leaver_in_touch", "clea_care_leaver_latest_contact", "clea_care_leaver_accommodation", "clea_care_leaver_accom_suitable", "clea_care_leaver_activity", "clea_pathway_plan_review_date", "clea_care_leaver_personal_advisor", "clea_care_leaver_allocated_team", "clea_care_leaver_worker_id")
    SELECT
        CAST(l.event_key AS VARCHAR(48)),
        CAST(l.person_id AS VARCHAR(48)),
        LEFT(l.eligibility, 100),
        LEFT(l.in_touch, 100),
        l.event_date,
        LEFT(l.accommodation, 100),
        CASE l.suitable WHEN 'Accommodation considered suitable' THEN '1'
            WHEN 'Accommodation considered unsuitable' THEN '2' ELSE LEFT(l.suitable, 100) END,
        LEFT(l.activity, 100),
        pw.plan_date,
        w.worker_id,
        t.team_id,
        w.worker_id
    FROM leavers l
    LEFT JOIN pathway pw ON pw.person_id = l.person_id
    LEFT JOIN workers w ON w.event_key = l.event_key
    LEFT JOIN teams t ON t.event_key = l.event_key;
    DELETE FROM "ssd"."ssd_care_leavers";
    INSERT INTO "ssd"."ssd_care_leavers" ("clea_table_id", "clea_person_id", "clea_care_leaver_eligibility", "clea_care_leaver_in_touch", "clea_care_leaver_latest_contact", "clea_care_leaver_accommodation", "clea_care_leaver_accom_suitable", "clea_care_leaver_activity", "clea_pathway_plan_review_date", "clea_care_leaver_personal_advisor", "clea_care_leaver_allocated_team", "clea_care_leaver_worker_id")
    SELECT CASE WHEN LENGTH("clea_table_id") > 48 THEN CONCAT(LEFT("clea_table_id", 47), '…') ELSE "clea_table_id" END, CASE WHEN LENGTH("clea_person_id") > 48 THEN CONCAT(LEFT("clea_person_id", 47), '…') ELSE "clea_person_id" END, CASE WHEN LENGTH("clea_care_leaver_eligibility") > 100 THEN CONCAT(LEFT("clea_care_leaver_eligibility", 99), '…') ELSE "clea_care_leaver_eligibility" END, CASE WHEN LENGTH("clea_care_leaver_in_touch") > 100 THEN CONCAT(LEFT("clea_care_leaver_in_touch", 99), '…') ELSE "clea_care_leaver_in_touch" END, "clea_care_leaver_latest_contact", CASE WHEN LENGTH("clea_care_leaver_accommodation") > 100 THEN CONCAT(LEFT("clea_care_leaver_accommodation", 99), '…') ELSE "clea_care_leaver_accommodation" END, CASE WHEN LENGTH("clea_care_leaver_accom_suitable") > 100 THEN CONCAT(LEFT("clea_care_leaver_accom_suitable", 99), '…') ELSE "clea_care_leaver_accom_suitable" END, CASE WHEN LENGTH("clea_care_leaver_activity") > 100 THEN CONCAT(LEFT("clea_care_leaver_activity", 99), '…') ELSE "clea_care_leaver_activity" END, "clea_pathway_plan_review_date", CASE WHEN LENGTH("clea_care_leaver_personal_advisor") > 100 THEN CONCAT(LEFT("clea_care_leaver_personal_advisor", 99), '…') ELSE "clea_care_leaver_personal_advisor" END, CASE WHEN LENGTH("clea_care_leaver_allocated_team") > 48 THEN CONCAT(LEFT("clea_care_leaver_allocated_team", 47), '…') ELSE "clea_care_leaver_allocated_team" END, CASE WHEN LENGTH("clea_care_leaver_worker_id") > 100 THEN CONCAT(LEFT("clea_care_leaver_worker_id", 99), '…') ELSE "clea_care_leaver_worker_id" END FROM pg_temp."ssd_load_ssd_care_leavers";
    GET DIAGNOSTICS loaded = ROW_COUNT;
    RAISE NOTICE '%: % rows loaded', 'ssd_care_leavers', loaded;
    SELECT CONCAT('', NULLIF(CONCAT(' clea_table_id=', COUNT(*) FILTER (WHERE LENGTH("clea_table_id") > 48)), ' clea_table_id=0'), '', NULLIF(CONCAT(' clea_person_id=', COUNT(*) FILTER (WHERE LENGTH("clea_person_id") > 48)), ' clea_person_id=0'), '', NULLIF(CONCAT(' clea_care_leaver_eligibility=', COUNT(*) FILTER (WHERE LENGTH("clea_care_leaver_eligibility") > 100)), ' clea_care_leaver_eligibility=0'), '', NULLIF(CONCAT(' clea_care_leaver_in_touch=', COUNT(*) FILTER (WHERE LENGTH("clea_care_leaver_in_touch") > 100)), ' clea_care_leaver_in_touch=0'), '', NULLIF(CONCAT(' clea_care_leaver_accommodation=', COUNT(*) FILTER (WHERE LENGTH("clea_care_leaver_accommodation") > 100)), ' clea_care_leaver_accommodation=0'), '', NULLIF(CONCAT(' clea_care_leaver_accom_suitable=', COUNT(*) FILTER (WHERE LENGTH("clea_care_leaver_accom_suitable") > 100)), ' clea_care_leaver_accom_suitable=0'), '', NULLIF(CONCAT(' clea_care_leaver_activity=', COUNT(*) FILTER (WHERE LENGTH("clea_care_leaver_activity") > 100)), ' clea_care_leaver_activity=0'), '', NULLIF(CONCAT(' clea_care_leaver_personal_advisor=', COUNT(*) FILTER (WHERE LENGTH("clea_care_leaver_personal_advisor") > 100)), ' clea_care_leaver_personal_advisor=0'), '', NULLIF(CONCAT(' clea_care_leaver_allocated_team=', COUNT(*) FILTER (WHERE LENGTH("clea_care_leaver_allocated_team") > 48)), ' clea_care_leaver_allocated_team=0'), '', NULLIF(CONCAT(' clea_care_leaver_worker_id=', COUNT(*) FILTER (WHERE LENGTH("clea_care_leaver_worker_id") > 100)), ' clea_care_leaver_worker_id=0')) INTO cuts FROM pg_temp."ssd_load_ssd_care_leavers";
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_care_leavers', cuts; END IF;
    DROP TABLE pg_temp."ssd_load_ssd_care_leavers";
END $$;
-- ssd-bridge: end of batch
DO $$ BEGIN RAISE NOTICE '%', 'refilling ssd_linked_identifiers'; END $$;
DO $$
DECLARE
    loaded BIGINT;
    cuts TEXT;
BEGIN
    DROP TABLE IF EXISTS pg_temp."ssd_load_ssd_linked_identifiers";
    CREATE TEMPORARY TABLE pg_temp."ssd_load_ssd_linked_identifiers" ("link_table_id" TEXT, "link_person_id" TEXT, "link_identifier_type" TEXT, "link_identifier_value" TEXT, "link_valid_from_date" TIMESTAMP, "link_valid_to_date" TIMESTAMP);
    SET LOCAL enable_nestloop = off;
    WITH former AS (
        SELECT r.PERSONID AS person_id, LTRIM(RTRIM(r.REFERENCENUMBER)) AS upn, r.STARTDATE AS valid_from, r.ENDDATE AS valid_to,
            ROW_NUMBER() OVER (PARTITION BY r.PERSONID, LTRIM(RTRIM(r.REFERENCENUMBER)) ORDER BY r.ENDDATE DESC, r.STARTDATE DESC) AS pick
        FROM "referencenumberpersonview" r
        WHERE r.REFERENCETYPECODE = 'UPN'
            AND r.ENDDATE IS NOT NULL AND r.REFERENCENUMBER IS NOT NULL
    )
    INSERT INTO pg_temp."ssd_load_ssd_linked_identifiers" ("link_table_id", "link_person_id", "link_identifier_type", "link_identifier_value", "link_valid_from_date", "link_valid_to_date")
    SELECT
        CONCAT('FUPN-', f.person_id, '-', LEFT(f.upn, 30)),
        sp.pers_person_id,
        'Former Unique Pupil Number',
        LEFT(f.upn, 100),
        f.valid_from,
        f.valid_to
    FROM former f
    JOIN "ssd"."ssd_person" sp ON sp.pers_person_id = CAST(f.person_id AS VARCHAR(48))
    WHERE f.pick = 1 AND (sp.pers_upn IS NULL OR sp.pers_upn <> f.upn);
    DELETE FROM "ssd"."ssd_linked_identifiers";
    INSERT INTO "ssd"."ssd_linked_identifiers" ("link_table_id", "link_person_id", "link_identifier_type", "link_identifier_value", "link_valid_from_date", "link_valid_to_date")
    SELECT CASE WHEN LENGTH("link_table_id") > 48 THEN CONCAT(LEFT("link_table_id", 47), '…') ELSE "link_table_id" END, CASE WHEN LENGTH("link_person_id") > 48 THEN CONCAT(LEFT("link_person_id", 47), '…') ELSE "link_person_id" END, CASE WHEN LENGTH("link_identifier_type") > 100 THEN CONCAT(LEFT("link_identifier_type", 99), '…') ELSE "link_identifier_type" END, CASE WHEN LENGTH("link_identifier_value") > 100 THEN CONCAT(LEFT("link_identifier_value", 99), '…') ELSE "link_identifier_value" END, "link_valid_from_date", "link_valid_to_date" FROM pg_temp."ssd_load_ssd_linked_identifiers";
    GET DIAGNOSTICS loaded = ROW_COUNT;
    RAISE NOTICE '%: % rows loaded', 'ssd_linked_identifiers', loaded;
    SELECT CONCAT('', NULLIF(CONCAT(' link_table_id=', COUNT(*) FILTER (WHERE LENGTH("link_table_id") > 48)), ' link_table_id=0'), '', NULLIF(CONCAT(' link_person_id=', COUNT(*) FILTER (WHERE LENGTH("link_person_id") > 48)), ' link_person_id=0'), '', NULLIF(CONCAT(' link_identifier_type=', COUNT(*) FILTER (WHERE LENGTH("link_identifier_type") > 100)), ' link_identifier_type=0'), '', NULLIF(CONCAT(' link_identifier_value=', COUNT(*) FILTER (WHERE LENGTH("link_identifier_value") > 100)), ' link_identifier_value=0')) INTO cuts FROM pg_temp."ssd_load_ssd_linked_identifiers";
    IF cuts <> '' THEN RAISE NOTICE 'ssd-bridge cut: %:%', 'ssd_linked_identifiers', cuts; END IF;
    DROP TABLE pg_temp."ssd_load_ssd_linked_identifiers";
END $$;
-- ssd-bridge: end of batch
DO $$ BEGIN RAISE NOTICE '%', 'ssd-bridge: finished. 19 SSD tables and 0 add-on tables are in place in schema ssd.'; END $$;
-- ssd-bridge: end of batch
