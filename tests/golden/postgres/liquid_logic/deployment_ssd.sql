-- =============================================================================
-- ssd-bridge 0.1.0: Standard Safeguarding Dataset deployment
-- =============================================================================
-- What it does:
--   * creates the 19 SSD tables the DfE child record is built from,
--     adds any column an older copy lacks, and creates the join-key indexes;
-- It is safe to run again: it never drops or truncates a table it did not create, and
-- it never writes to the case-management system's own tables.
--
-- Parameters:
--   CMS:            liquid_logic
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
DO $$ BEGIN RAISE NOTICE '%', 'ssd-bridge 0.1.0: deploying part ''ssd'' for liquid_logic into schema ssd'; END $$;
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
DO $$ BEGIN RAISE NOTICE '%', 'ssd-bridge: finished. 19 SSD tables and 0 add-on tables are in place in schema ssd.'; END $$;
-- ssd-bridge: end of batch
