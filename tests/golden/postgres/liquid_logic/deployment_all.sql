-- =============================================================================
-- ssd-bridge 0.1.0: Standard Safeguarding Dataset deployment
-- =============================================================================
-- What it does:
--   * creates the 19 SSD tables the DfE child record is built from,
--     adds any column an older copy lacks, and creates the join-key indexes;
--   * refills 19 of them from the liquid_logic source tables, one table at a
--     time; a table whose refill fails keeps its previous contents;
--   * creates the API change-tracking tables (ssd_api_data_staging, ssd_api_submission_log, ssd_api_run_log, ssd_version_log)
--     or adds the columns an existing D2I ssd_api_data_staging lacks, and records this
--     deployment in ssd_version_log.
-- It is safe to run again: it never drops or truncates a table it did not create, and
-- it never writes to the case-management system's own tables.
--
-- Parameters:
--   CMS:            liquid_logic
--   dialect:        postgres
--   schema:         ssd
--   part:           all
--   history years:  6
--   CMS tables at:  (default for the CMS)
--
-- How to run it:
--   psql:  psql "postgresql://USER@HOST/DATABASE" -v ON_ERROR_STOP=1 -f THIS_FILE.sql
--   or:    ssd-bridge deploy   (runs the same script through the configured connection)
-- =============================================================================

SET client_min_messages = notice;
DO $$ BEGIN RAISE NOTICE '%', 'ssd-bridge 0.1.0: deploying part ''all'' for liquid_logic into schema ssd'; END $$;
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
    WITH ethnic AS (
        -- one national code per local ethnicity code, so a doubled lookup row cannot double a child
        SELECT e.MAIN_CODE, e.NAT_ID,
               ROW_NUMBER() OVER (PARTITION BY e.MAIN_CODE ORDER BY e.NAT_ID) AS rn
        FROM "hdm"."child_social"."dim_lookup_dfe_ethnic" e
        WHERE e.NAT_ID IS NOT NULL
    ),
    no_upn AS (
        -- the UPN-unknown reason from the SSDA903 data: the highest code recorded for the person
        SELECT f.DIM_PERSON_ID, f.NO_UPN_CODE,
               ROW_NUMBER() OVER (PARTITION BY f.DIM_PERSON_ID ORDER BY f.NO_UPN_CODE DESC) AS rn
        FROM "hdm"."child_social"."fact_903_data" f
        WHERE f.NO_UPN_CODE IS NOT NULL
    )
    INSERT INTO pg_temp."ssd_load_ssd_person" ("pers_legacy_id", "pers_person_id", "pers_upn", "pers_forename", "pers_surname", "pers_sex", "pers_gender", "pers_ethnicity", "pers_dob", "pers_single_unique_id", "pers_upn_unknown", "pers_send_flag", "pers_expected_dob", "pers_death_date", "pers_is_mother", "pers_nationality")
    SELECT
        CAST(p.LEGACY_ID AS VARCHAR(48)),
        CAST(p.DIM_PERSON_ID AS VARCHAR(48)),
        NULLIF(LEFT(LTRIM(RTRIM(p.UPN)), 13), ''),
        LEFT(p.FORENAME, 100),
        LEFT(p.SURNAME, 255),
        LEFT(p.GENDER_MAIN_CODE, 20),
        -- Liquid Logic holds one gender code; the SSD keeps it in both columns
        LEFT(p.GENDER_MAIN_CODE, 10),
        LEFT(eth.NAT_ID, 48),
        CASE WHEN COALESCE(p.DOB_ESTIMATED, 'N') <> 'Y' THEN p.BIRTH_DTTM END,
        -- no single unique id (NHS number) in the mapped sources
        NULL,
        LEFT(nu.NO_UPN_CODE, 6),
        LEFT(p.EHM_SEN_FLAG, 5),
        CASE WHEN p.DOB_ESTIMATED = 'Y' THEN p.BIRTH_DTTM END,
        p.DEATH_DTTM,
        CASE WHEN COALESCE(p.GENDER_MAIN_CODE, '') <> 'M' AND p.DIM_PERSON_ID IN (
            SELECT r.DIM_PERSON_ID FROM "hdm"."child_social"."fact_person_relation" r WHERE r.DIM_LOOKUP_RELTN_TYPE_CODE = 'CHI'
        ) THEN 'Y' END,
        LEFT(p.NATNL_CODE, 48)
    FROM "hdm"."child_social"."dim_person" p
    LEFT JOIN ethnic eth ON eth.MAIN_CODE = p.ETHNICITY_MAIN_CODE AND eth.rn = 1
    LEFT JOIN no_upn nu ON nu.DIM_PERSON_ID = p.DIM_PERSON_ID AND nu.rn = 1
    WHERE p.DIM_PERSON_ID IS NOT NULL
        AND p.DIM_PERSON_ID <> -1
        AND p.DUPLICATED_DTTM IS NULL
        AND p.IS_CLIENT = 'Y'
        -- uncorrelated IN lists, not correlated EXISTS: OR-ed EXISTS would be probed once per person
        AND (
            p.DIM_PERSON_ID IN (
                SELECT c.DIM_PERSON_ID FROM "hdm"."child_social"."fact_contacts" c
                WHERE c.CONTACT_DTTM >= (CURRENT_DATE - INTERVAL '6 years') AND CAST(c.CONTACT_DTTM AS DATE) <= CURRENT_DATE
            )
            OR p.DIM_PERSON_ID IN (
                SELECT fr.DIM_PERSON_ID FROM "hdm"."child_social"."fact_referrals" fr
                WHERE fr.REFRL_START_DTTM >= (CURRENT_DATE - INTERVAL '6 years') OR fr.REFRL_END_DTTM >= (CURRENT_DATE - INTERVAL '6 years') OR fr.REFRL_END_DTTM IS NULL
            )
            OR p.DIM_PERSON_ID IN (
                SELECT cl.DIM_PERSON_ID FROM "hdm"."child_social"."fact_cla_care_leavers" cl
                WHERE cl.IN_TOUCH_DTTM >= (CURRENT_DATE - INTERVAL '6 years')
            )
            OR p.DIM_PERSON_ID IN (
                SELECT ce.DIM_PERSON_ID FROM "hdm"."child_social"."dim_cla_eligibility" ce
                WHERE ce.DIM_LOOKUP_ELIGIBILITY_STATUS_DESC IS NOT NULL
            )
            OR p.DIM_PERSON_ID IN (
                -- key-agency involvements count only when they carry the allocated social worker
                SELECT fi.DIM_PERSON_ID FROM "hdm"."child_social"."fact_involvements" fi
                WHERE (COALESCE(fi.DIM_LOOKUP_INVOLVEMENT_TYPE_CODE, '') NOT LIKE 'KA%' OR fi.IS_ALLOCATED_CW_FLAG = 'Y')
                    AND fi.DIM_WORKER_ID <> -1
                    AND (fi.END_DTTM IS NULL OR fi.END_DTTM > (CURRENT_DATE - INTERVAL '6 years'))
            )
        );
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
    INSERT INTO pg_temp."ssd_load_ssd_address" ("addr_table_id", "addr_person_id", "addr_address_type", "addr_address_start_date", "addr_address_end_date", "addr_address_postcode", "addr_address_json")
    SELECT
        CAST(a.DIM_PERSON_ADDRESS_ID AS VARCHAR(48)),
        CAST(a.DIM_PERSON_ID AS VARCHAR(48)),
        LEFT(a.ADDSS_TYPE_CODE, 48),
        a.START_DTTM,
        a.END_DTTM,
        CASE
            WHEN REPLACE(UPPER(REPLACE(a.POSTCODE, ' ', '')), 'X', '') = '' THEN NULL
            WHEN LOWER(REPLACE(a.POSTCODE, ' ', '')) = 'nopostcode' THEN NULL
            ELSE NULLIF(LEFT(LTRIM(RTRIM(a.POSTCODE)), 15), '')
        END,
        -- each part is cut to 60 characters so the object always fits the 1000-character column
        CONCAT('{', '"ROOM":', COALESCE(CAST(TO_JSON(CAST(COALESCE(LEFT(a.ROOM_NO, 60), '') AS TEXT)) AS TEXT), 'null'), ',"FLOOR":', COALESCE(CAST(TO_JSON(CAST(COALESCE(LEFT(a.FLOOR_NO, 60), '') AS TEXT)) AS TEXT), 'null'), ',"FLAT":', COALESCE(CAST(TO_JSON(CAST(COALESCE(LEFT(a.FLAT_NO, 60), '') AS TEXT)) AS TEXT), 'null'), ',"BUILDING":', COALESCE(CAST(TO_JSON(CAST(COALESCE(LEFT(a.BUILDING, 60), '') AS TEXT)) AS TEXT), 'null'), ',"HOUSE":', COALESCE(CAST(TO_JSON(CAST(COALESCE(LEFT(a.HOUSE_NO, 60), '') AS TEXT)) AS TEXT), 'null'), ',"STREET":', COALESCE(CAST(TO_JSON(CAST(COALESCE(LEFT(a.STREET, 60), '') AS TEXT)) AS TEXT), 'null'), ',"TOWN":', COALESCE(CAST(TO_JSON(CAST(COALESCE(LEFT(a.TOWN, 60), '') AS TEXT)) AS TEXT), 'null'), ',"UPRN":', COALESCE(CAST(TO_JSON(CAST(COALESCE(CAST(a.UPRN AS VARCHAR(20)), '') AS TEXT)) AS TEXT), 'null'), ',"EASTING":', COALESCE(CAST(TO_JSON(CAST(COALESCE(CAST(a.EASTING AS VARCHAR(20)), '') AS TEXT)) AS TEXT), 'null'), ',"NORTHING":', COALESCE(CAST(TO_JSON(CAST(COALESCE(CAST(a.NORTHING AS VARCHAR(20)), '') AS TEXT)) AS TEXT), 'null'), '}')
    FROM "hdm"."child_social"."dim_person_address" a
    WHERE a.DIM_PERSON_ID <> -1
        AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(a.DIM_PERSON_ID AS VARCHAR(48)));
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
    WITH disab AS (
        -- one national code per local code, so a doubled lookup row cannot double a disability
        SELECT d.MAIN_CODE, d.NAT_ID,
               ROW_NUMBER() OVER (PARTITION BY d.MAIN_CODE ORDER BY d.NAT_ID) AS rn
        FROM "hdm"."child_social"."dim_lookup_disab" d
        WHERE d.NAT_ID IS NOT NULL AND LTRIM(RTRIM(d.NAT_ID)) <> ''
    )
    INSERT INTO pg_temp."ssd_load_ssd_disability" ("disa_table_id", "disa_person_id", "disa_disability_code")
    SELECT
        CAST(fd.FACT_DISABILITY_ID AS VARCHAR(48)),
        CAST(fd.DIM_PERSON_ID AS VARCHAR(48)),
        NULLIF(LEFT(LTRIM(RTRIM(dl.NAT_ID)), 48), '')
    FROM "hdm"."child_social"."fact_disability" fd
    JOIN disab dl ON dl.MAIN_CODE = fd.DIM_LOOKUP_DISAB_CODE AND dl.rn = 1
    WHERE fd.DIM_PERSON_ID <> -1
        AND fd.DIM_LOOKUP_DISAB_CODE IS NOT NULL
        AND (fd.END_DTTM IS NULL OR fd.END_DTTM > CURRENT_TIMESTAMP)
        AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(fd.DIM_PERSON_ID AS VARCHAR(48)));
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
    INSERT INTO pg_temp."ssd_load_ssd_immigration_status" ("immi_immigration_status_id", "immi_person_id", "immi_immigration_status_start_date", "immi_immigration_status_end_date", "immi_immigration_status")
    SELECT
        CAST(ims.FACT_IMMIGRATION_STATUS_ID AS VARCHAR(48)),
        CAST(ims.DIM_PERSON_ID AS VARCHAR(48)),
        ims.START_DTTM,
        ims.END_DTTM,
        NULLIF(LEFT(LTRIM(RTRIM(ims.DIM_LOOKUP_IMMGR_STATUS_CODE)), 100), '')
    FROM "hdm"."child_social"."fact_immigration_status" ims
    WHERE ims.DIM_PERSON_ID <> -1
        AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(ims.DIM_PERSON_ID AS VARCHAR(48)));
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
    WITH scores AS (
        -- the latest score answer on each SDQ form
        SELECT a.FACT_FORM_ID, a.ANSWER, a.ANSWERED_DTTM,
               ROW_NUMBER() OVER (PARTITION BY a.FACT_FORM_ID ORDER BY CASE WHEN a.ANSWERED_DTTM IS NULL THEN 1 ELSE 0 END, a.ANSWERED_DTTM DESC) AS rn
        FROM "hdm"."child_social"."fact_form_answers" a
        WHERE a.ANSWER_NO = 'SDQScore'
            AND a.DIM_ASSESSMENT_TEMPLATE_ID_DESC LIKE 'Strengths and Difficulties Questionnaire%'
    ),
    ends AS (
        -- when the form was finished: the latest end-date answer on it
        SELECT e.FACT_FORM_ID, MAX(e.ANSWERED_DTTM) AS ended
        FROM "hdm"."child_social"."fact_form_answers" e
        JOIN scores sc ON sc.FACT_FORM_ID = e.FACT_FORM_ID AND sc.rn = 1
        WHERE e.ANSWER_NO = 'FormEndDate'
        GROUP BY e.FACT_FORM_ID
    ),
    sdq AS (
        SELECT ff.FACT_FORM_ID, ff.DIM_PERSON_ID,
               COALESCE(en.ended, s.ANSWERED_DTTM) AS completed,
               CASE WHEN s.ANSWER ~ '^\s*-?[0-9]{1,9}\s*$' THEN CAST(TRIM(s.ANSWER) AS INTEGER) END AS score
        FROM "hdm"."child_social"."fact_forms" ff
        JOIN scores s ON s.FACT_FORM_ID = ff.FACT_FORM_ID AND s.rn = 1
        LEFT JOIN ends en ON en.FACT_FORM_ID = ff.FACT_FORM_ID
        WHERE ff.DIM_PERSON_ID <> -1
    )
    INSERT INTO pg_temp."ssd_load_ssd_sdq_scores" ("csdq_table_id", "csdq_person_id", "csdq_sdq_completed_date", "csdq_sdq_score", "csdq_sdq_reason")
    SELECT
        CAST(q.FACT_FORM_ID AS VARCHAR(48)),
        CAST(q.DIM_PERSON_ID AS VARCHAR(48)),
        q.completed,
        q.score,
        NULL
    FROM sdq q
    WHERE q.score IS NOT NULL
        AND q.completed >= (CURRENT_DATE - INTERVAL '6 years')
        AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(q.DIM_PERSON_ID AS VARCHAR(48)));
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
    INSERT INTO pg_temp."ssd_load_ssd_cin_episodes" ("cine_referral_id", "cine_person_id", "cine_referral_date", "cine_cin_primary_need_code", "cine_referral_source_code", "cine_referral_source_desc", "cine_referral_outcome_json", "cine_referral_nfa", "cine_close_reason", "cine_close_date", "cine_referral_team", "cine_referral_worker_id")
    SELECT
        CAST(r.FACT_REFERRAL_ID AS VARCHAR(48)),
        CAST(r.DIM_PERSON_ID AS VARCHAR(48)),
        r.REFRL_START_DTTM,
        LEFT(r.DIM_LOOKUP_CATEGORY_OF_NEED_CODE, 3),
        CAST(r.DIM_LOOKUP_CONT_SORC_ID AS VARCHAR(48)),
        LEFT(r.DIM_LOOKUP_CONT_SORC_ID_DESC, 255),
        -- the NFA flag has its own column; comments are cut to 900 characters (JSON-escaped)
        CONCAT('{', '"SINGLE_ASSESSMENT_FLAG":', COALESCE(CAST(TO_JSON(CAST(r.OUTCOME_SINGLE_ASSESSMENT_FLAG AS TEXT)) AS TEXT), 'null'), ',"STRATEGY_DISCUSSION_FLAG":', COALESCE(CAST(TO_JSON(CAST(r.OUTCOME_STRATEGY_DISCUSSION_FLAG AS TEXT)) AS TEXT), 'null'), ',"CLA_REQUEST_FLAG":', COALESCE(CAST(TO_JSON(CAST(r.OUTCOME_CLA_REQUEST_FLAG AS TEXT)) AS TEXT), 'null'), ',"NON_AGENCY_ADOPTION_FLAG":', COALESCE(CAST(TO_JSON(CAST(r.OUTCOME_NON_AGENCY_ADOPTION_FLAG AS TEXT)) AS TEXT), 'null'), ',"PRIVATE_FOSTERING_FLAG":', COALESCE(CAST(TO_JSON(CAST(r.OUTCOME_PRIVATE_FOSTERING_FLAG AS TEXT)) AS TEXT), 'null'), ',"CP_TRANSFER_IN_FLAG":', COALESCE(CAST(TO_JSON(CAST(r.OUTCOME_CP_TRANSFER_IN_FLAG AS TEXT)) AS TEXT), 'null'), ',"CP_CONFERENCE_FLAG":', COALESCE(CAST(TO_JSON(CAST(r.OUTCOME_CP_CONFERENCE_FLAG AS TEXT)) AS TEXT), 'null'), ',"CARE_LEAVER_FLAG":', COALESCE(CAST(TO_JSON(CAST(r.OUTCOME_CARE_LEAVER_FLAG AS TEXT)) AS TEXT), 'null'), ',"OTHER_OUTCOMES_EXIST_FLAG":', COALESCE(CAST(TO_JSON(CAST(r.OTHER_OUTCOMES_EXIST_FLAG AS TEXT)) AS TEXT), 'null'), ',"NUMBER_OF_OUTCOMES":', COALESCE(CAST(CASE WHEN r.TOTAL_NO_OF_OUTCOMES >= 0 THEN r.TOTAL_NO_OF_OUTCOMES END AS VARCHAR(12)), 'null'), ',"COMMENTS":', COALESCE(CAST(TO_JSON(CAST(LEFT(r.OUTCOME_COMMENTS, 900) AS TEXT)) AS TEXT), 'null'), '}'),
        CASE
            WHEN r.OUTCOME_NFA_FLAG IS NULL THEN NULL
            WHEN UPPER(LTRIM(RTRIM(r.OUTCOME_NFA_FLAG))) IN ('Y', 'YES', 'TRUE', '1') THEN 'Y'
            WHEN UPPER(LTRIM(RTRIM(r.OUTCOME_NFA_FLAG))) IN ('N', 'NO', 'FALSE', '0') THEN 'N'
            ELSE LEFT(LTRIM(RTRIM(r.OUTCOME_NFA_FLAG)), 1)
        END,
        NULLIF(LEFT(LTRIM(RTRIM(r.DIM_LOOKUP_REFRL_ENDRSN_ID_CODE)), 100), ''),
        r.REFRL_END_DTTM,
        CAST(NULLIF(r.DIM_DEPARTMENT_ID, -1) AS VARCHAR(48)),
        CAST(NULLIF(r.DIM_WORKER_ID, -1) AS VARCHAR(48))
    FROM "hdm"."child_social"."fact_referrals" r
    WHERE r.DIM_PERSON_ID <> -1
        AND (r.REFRL_START_DTTM >= (CURRENT_DATE - INTERVAL '6 years') OR r.REFRL_END_DTTM >= (CURRENT_DATE - INTERVAL '6 years') OR r.REFRL_END_DTTM IS NULL)
        AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(r.DIM_PERSON_ID AS VARCHAR(48)));
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
    INSERT INTO pg_temp."ssd_load_ssd_involvements" ("invo_involvements_id", "invo_professional_id", "invo_professional_role_id", "invo_professional_team", "invo_person_id", "invo_involvement_start_date", "invo_involvement_end_date", "invo_worker_change_reason", "invo_referral_id")
    SELECT
        CAST(i.FACT_INVOLVEMENTS_ID AS VARCHAR(48)),
        CAST(NULLIF(i.DIM_WORKER_ID, -1) AS VARCHAR(48)),
        NULLIF(LEFT(LTRIM(RTRIM(i.DIM_LOOKUP_INVOLVEMENT_TYPE_CODE)), 200), ''),
        CASE
            WHEN i.DIM_DEPARTMENT_ID IS NOT NULL AND i.DIM_DEPARTMENT_ID <> -1 THEN CAST(i.DIM_DEPARTMENT_ID AS VARCHAR(48))
            ELSE CAST(NULLIF(i.FACT_WORKER_HISTORY_DEPARTMENT_ID, -1) AS VARCHAR(48))
        END,
        CAST(i.DIM_PERSON_ID AS VARCHAR(48)),
        i.START_DTTM,
        i.END_DTTM,
        NULLIF(LEFT(LTRIM(RTRIM(i.DIM_LOOKUP_CWREASON_CODE)), 200), ''),
        CAST(NULLIF(i.FACT_REFERRAL_ID, -1) AS VARCHAR(48))
    FROM "hdm"."child_social"."fact_involvements" i
    WHERE i.DIM_PERSON_ID <> -1
        AND (i.END_DTTM IS NULL OR i.END_DTTM >= (CURRENT_DATE - INTERVAL '6 years'))
        AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(i.DIM_PERSON_ID AS VARCHAR(48)));
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
    WITH census_year AS (
        SELECT CASE
            WHEN CURRENT_DATE > MAKE_DATE(CAST(EXTRACT(YEAR FROM CURRENT_DATE) AS INTEGER), 9, 30) THEN CAST(EXTRACT(YEAR FROM CURRENT_DATE) AS INTEGER)
            ELSE CAST(EXTRACT(YEAR FROM CURRENT_DATE) AS INTEGER) - 1
        END AS y
    ),
    census AS (
        SELECT MAKE_DATE(cy.y, 9, 30) AS census_date,
               MAKE_DATE(cy.y - 6, 9, 30) AS earliest
        FROM census_year cy
    ),
    caseload AS (
        SELECT i.DIM_WORKER_ID, COUNT(*) AS children
        FROM "hdm"."child_social"."fact_involvements" i
        CROSS JOIN census c
        WHERE UPPER(i.IS_ALLOCATED_CW_FLAG) = 'Y'
            AND i.START_DTTM <= c.census_date
            AND i.START_DTTM >= c.earliest
            AND (i.END_DTTM IS NULL OR i.END_DTTM >= c.census_date)
        GROUP BY i.DIM_WORKER_ID
    )
    INSERT INTO pg_temp."ssd_load_ssd_professionals" ("prof_professional_id", "prof_staff_id", "prof_professional_name", "prof_social_worker_registration_no", "prof_agency_worker_flag", "prof_professional_job_title", "prof_professional_caseload", "prof_professional_department", "prof_full_time_equivalency")
    SELECT
        CAST(w.DIM_WORKER_ID AS VARCHAR(48)),
        NULLIF(LEFT(LTRIM(RTRIM(w.STAFF_ID)), 48), ''),
        NULLIF(LEFT(LTRIM(RTRIM(CONCAT(w.FORENAME, ' ', w.SURNAME))), 300), ''),
        NULLIF(LEFT(LTRIM(RTRIM(w.WORKER_ID_CODE)), 48), ''),
        NULL,
        LEFT(w.JOB_TITLE, 500),
        COALESCE(cl.children, 0),
        LEFT(w.DEPARTMENT_NAME, 100),
        w.FULL_TIME_EQUIVALENCY
    FROM "hdm"."child_social"."dim_worker" w
    LEFT JOIN caseload cl ON cl.DIM_WORKER_ID = w.DIM_WORKER_ID
    WHERE w.DIM_WORKER_ID <> -1
        AND NULLIF(LTRIM(RTRIM(w.STAFF_ID)), '') IS NOT NULL
        AND LOWER(LTRIM(RTRIM(w.STAFF_ID))) <> 'unknown';
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
    WITH answers AS (
        SELECT fa.FACT_FORM_ID,
               MAX(CASE WHEN fa.ANSWER_NO = 'seenYN' THEN UPPER(LTRIM(RTRIM(fa.ANSWER))) END) AS seen,
               MAX(CASE WHEN fa.ANSWER_NO = 'FormEndDate' THEN CASE WHEN CAST(fa.ANSWER AS TEXT) ~ '^\s*[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])([ T][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?(Z|[+-][0-9]{2}(:?[0-9]{2})?)?)?\s*$' THEN CAST(LEFT(TRIM(CAST(fa.ANSWER AS TEXT)), 19) AS TIMESTAMP) WHEN CAST(fa.ANSWER AS TEXT) ~ '^\s*(0[1-9]|[12][0-9]|3[01])/(0[1-9]|1[0-2])/[0-9]{4}\s*$' THEN CAST(TO_DATE(TRIM(CAST(fa.ANSWER AS TEXT)), 'DD/MM/YYYY') AS TIMESTAMP) END END) AS authorised
        FROM "hdm"."child_social"."fact_form_answers" fa
        WHERE fa.ANSWER_NO IN ('seenYN', 'FormEndDate')
        GROUP BY fa.FACT_FORM_ID
    )
    INSERT INTO pg_temp."ssd_load_ssd_cin_assessments" ("cina_assessment_id", "cina_person_id", "cina_referral_id", "cina_assessment_start_date", "cina_assessment_child_seen", "cina_assessment_auth_date", "cina_assessment_outcome_json", "cina_assessment_outcome_nfa", "cina_assessment_team", "cina_assessment_worker_id")
    SELECT
        CAST(sa.FACT_SINGLE_ASSESSMENT_ID AS VARCHAR(48)),
        CAST(sa.DIM_PERSON_ID AS VARCHAR(48)),
        CAST(NULLIF(sa.FACT_REFERRAL_ID, -1) AS VARCHAR(48)),
        sa.START_DTTM,
        CASE ans.seen WHEN 'YES' THEN 'Y' WHEN 'Y' THEN 'Y' WHEN 'NO' THEN 'N' WHEN 'N' THEN 'N' END,
        ans.authorised,
        -- comments are cut to 250 characters so the escaped object always fits the 1000-character column
        CONCAT('{', '"NFA_FLAG":', COALESCE(CAST(TO_JSON(CAST(sa.OUTCOME_NFA_FLAG AS TEXT)) AS TEXT), 'null'), ',"NFA_S47_END_FLAG":', COALESCE(CAST(TO_JSON(CAST(sa.OUTCOME_NFA_S47_END_FLAG AS TEXT)) AS TEXT), 'null'), ',"STRATEGY_DISCUSSION_FLAG":', COALESCE(CAST(TO_JSON(CAST(sa.OUTCOME_STRATEGY_DISCUSSION_FLAG AS TEXT)) AS TEXT), 'null'), ',"CLA_REQUEST_FLAG":', COALESCE(CAST(TO_JSON(CAST(sa.OUTCOME_CLA_REQUEST_FLAG AS TEXT)) AS TEXT), 'null'), ',"PRIVATE_FOSTERING_FLAG":', COALESCE(CAST(TO_JSON(CAST(sa.OUTCOME_PRIVATE_FOSTERING_FLAG AS TEXT)) AS TEXT), 'null'), ',"LEGAL_ACTION_FLAG":', COALESCE(CAST(TO_JSON(CAST(sa.OUTCOME_LEGAL_ACTION_FLAG AS TEXT)) AS TEXT), 'null'), ',"PROV_OF_SERVICES_FLAG":', COALESCE(CAST(TO_JSON(CAST(sa.OUTCOME_PROV_OF_SERVICES_FLAG AS TEXT)) AS TEXT), 'null'), ',"PROV_OF_SB_CARE_FLAG":', COALESCE(CAST(TO_JSON(CAST(sa.OUTCOME_PROV_OF_SB_CARE_FLAG AS TEXT)) AS TEXT), 'null'), ',"SPECIALIST_ASSESSMENT_FLAG":', COALESCE(CAST(TO_JSON(CAST(sa.OUTCOME_SPECIALIST_ASSESSMENT_FLAG AS TEXT)) AS TEXT), 'null'), ',"REFERRAL_TO_OTHER_AGENCY_FLAG":', COALESCE(CAST(TO_JSON(CAST(sa.OUTCOME_REFERRAL_TO_OTHER_AGENCY_FLAG AS TEXT)) AS TEXT), 'null'), ',"OTHER_ACTIONS_FLAG":', COALESCE(CAST(TO_JSON(CAST(sa.OUTCOME_OTHER_ACTIONS_FLAG AS TEXT)) AS TEXT), 'null'), ',"OTHER_OUTCOMES_EXIST_FLAG":', COALESCE(CAST(TO_JSON(CAST(sa.OTHER_OUTCOMES_EXIST_FLAG AS TEXT)) AS TEXT), 'null'), ',"TOTAL_NO_OF_OUTCOMES":', COALESCE(CAST(CASE WHEN sa.TOTAL_NO_OF_OUTCOMES >= 0 THEN sa.TOTAL_NO_OF_OUTCOMES END AS VARCHAR(12)), 'null'), ',"COMMENTS":', COALESCE(CAST(TO_JSON(CAST(LEFT(sa.OUTCOME_COMMENTS, 250) AS TEXT)) AS TEXT), 'null'), '}'),
        LEFT(sa.OUTCOME_NFA_FLAG, 1),
        CAST(NULLIF(sa.COMPLETED_BY_DEPT_ID, -1) AS VARCHAR(48)),
        CAST(NULLIF(sa.COMPLETED_BY_USER_ID, -1) AS VARCHAR(100))
    FROM "hdm"."child_social"."fact_single_assessment" sa
    LEFT JOIN answers ans ON ans.FACT_FORM_ID = sa.FACT_FORM_ID
    WHERE sa.DIM_PERSON_ID <> -1
        AND COALESCE(sa.DIM_LOOKUP_STEP_SUBSTATUS_CODE, '') NOT IN ('X', 'D')
        AND (ans.authorised IS NULL OR ans.authorised >= (CURRENT_DATE - INTERVAL '6 years'))
        AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(sa.DIM_PERSON_ID AS VARCHAR(48)));
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
    WITH factors AS (
        SELECT
            sa.FACT_SINGLE_ASSESSMENT_ID,
            -- the assessment's external id where it has one, else its own id (the key must not be NULL)
            COALESCE(NULLIF(sa.EXTERNAL_ID, -1), sa.FACT_SINGLE_ASSESSMENT_ID) AS table_id,
            CONCAT(
                MAX(CASE WHEN fa.ANSWER_NO = '1A' THEN ', "1A"' END),
                MAX(CASE WHEN fa.ANSWER_NO = '1B' THEN ', "1B"' END),
                MAX(CASE WHEN fa.ANSWER_NO = '1C' THEN ', "1C"' END),
                MAX(CASE WHEN fa.ANSWER_NO = '2A' THEN ', "2A"' END),
                MAX(CASE WHEN fa.ANSWER_NO = '2B' THEN ', "2B"' END),
                MAX(CASE WHEN fa.ANSWER_NO = '2C' THEN ', "2C"' END),
                MAX(CASE WHEN fa.ANSWER_NO = '3A' THEN ', "3A"' END),
                MAX(CASE WHEN fa.ANSWER_NO = '3B' THEN ', "3B"' END),
                MAX(CASE WHEN fa.ANSWER_NO = '3C' THEN ', "3C"' END),
                MAX(CASE WHEN fa.ANSWER_NO = '4A' THEN ', "4A"' END),
                MAX(CASE WHEN fa.ANSWER_NO = '4B' THEN ', "4B"' END),
                MAX(CASE WHEN fa.ANSWER_NO = '4C' THEN ', "4C"' END),
                MAX(CASE WHEN fa.ANSWER_NO = '5A' THEN ', "5A"' END),
                MAX(CASE WHEN fa.ANSWER_NO = '5B' THEN ', "5B"' END),
                MAX(CASE WHEN fa.ANSWER_NO = '5C' THEN ', "5C"' END),
                MAX(CASE WHEN fa.ANSWER_NO = '6A' THEN ', "6A"' END),
                MAX(CASE WHEN fa.ANSWER_NO = '6B' THEN ', "6B"' END),
                MAX(CASE WHEN fa.ANSWER_NO = '6C' THEN ', "6C"' END),
                MAX(CASE WHEN fa.ANSWER_NO = '7A' THEN ', "7A"' END),
                MAX(CASE WHEN fa.ANSWER_NO = '8B' THEN ', "8B"' END),
                MAX(CASE WHEN fa.ANSWER_NO = '8C' THEN ', "8C"' END),
                MAX(CASE WHEN fa.ANSWER_NO = '8D' THEN ', "8D"' END),
                MAX(CASE WHEN fa.ANSWER_NO = '8E' THEN ', "8E"' END),
                MAX(CASE WHEN fa.ANSWER_NO = '8F' THEN ', "8F"' END),
                MAX(CASE WHEN fa.ANSWER_NO = '9A' THEN ', "9A"' END),
                MAX(CASE WHEN fa.ANSWER_NO = '10A' THEN ', "10A"' END),
                MAX(CASE WHEN fa.ANSWER_NO = '11A' THEN ', "11A"' END),
                MAX(CASE WHEN fa.ANSWER_NO = '12A' THEN ', "12A"' END),
                MAX(CASE WHEN fa.ANSWER_NO = '13A' THEN ', "13A"' END),
                MAX(CASE WHEN fa.ANSWER_NO = '14A' THEN ', "14A"' END),
                MAX(CASE WHEN fa.ANSWER_NO = '15A' THEN ', "15A"' END),
                MAX(CASE WHEN fa.ANSWER_NO = '16A' THEN ', "16A"' END),
                MAX(CASE WHEN fa.ANSWER_NO = '17A' THEN ', "17A"' END),
                MAX(CASE WHEN fa.ANSWER_NO = '18A' THEN ', "18A"' END),
                MAX(CASE WHEN fa.ANSWER_NO = '18B' THEN ', "18B"' END),
                MAX(CASE WHEN fa.ANSWER_NO = '18C' THEN ', "18C"' END),
                MAX(CASE WHEN fa.ANSWER_NO = '19A' THEN ', "19A"' END),
                MAX(CASE WHEN fa.ANSWER_NO = '19B' THEN ', "19B"' END),
                MAX(CASE WHEN fa.ANSWER_NO = '19C' THEN ', "19C"' END),
                MAX(CASE WHEN fa.ANSWER_NO = '20' THEN ', "20"' END),
                MAX(CASE WHEN fa.ANSWER_NO = '21' THEN ', "21"' END),
                MAX(CASE WHEN fa.ANSWER_NO = '22A' THEN ', "22A"' END),
                MAX(CASE WHEN fa.ANSWER_NO = '23A' THEN ', "23A"' END),
                MAX(CASE WHEN fa.ANSWER_NO = '24A' THEN ', "24A"' END)
            ) AS code_list
        FROM "hdm"."child_social"."fact_single_assessment" sa
        JOIN "hdm"."child_social"."fact_form_answers" fa ON fa.FACT_FORM_ID = sa.FACT_FORM_ID
        WHERE sa.FACT_FORM_ID <> -1
            AND COALESCE(sa.DIM_LOOKUP_STEP_SUBSTATUS_CODE, '') NOT IN ('X', 'D')
            AND fa.ANSWER_NO IN ('1A', '1B', '1C', '2A', '2B', '2C', '3A', '3B', '3C', '4A', '4B', '4C', '5A', '5B', '5C', '6A', '6B', '6C', '7A', '8B', '8C', '8D', '8E', '8F', '9A', '10A', '11A', '12A', '13A', '14A', '15A', '16A', '17A', '18A', '18B', '18C', '19A', '19B', '19C', '20', '21', '22A', '23A', '24A')
            AND LOWER(LTRIM(RTRIM(fa.ANSWER))) = 'yes'
            AND EXISTS (
                SELECT 1 FROM "ssd"."ssd_cin_assessments" ca
                WHERE ca.cina_assessment_id = CAST(sa.FACT_SINGLE_ASSESSMENT_ID AS VARCHAR(48))
            )
        GROUP BY sa.FACT_SINGLE_ASSESSMENT_ID, sa.EXTERNAL_ID
    )
    INSERT INTO pg_temp."ssd_load_ssd_assessment_factors" ("cinf_table_id", "cinf_assessment_id", "cinf_assessment_factors_json")
    SELECT
        CAST(f.table_id AS VARCHAR(48)),
        CAST(f.FACT_SINGLE_ASSESSMENT_ID AS VARCHAR(48)),
        -- drop the leading ", " of the first code
        CONCAT('[', SUBSTRING(f.code_list, 3, 4000), ']')
    FROM factors f;
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
    WITH coordinators AS (
        SELECT fp.FACT_CARE_PLAN_SUMMARY_ID,
               MAX(NULLIF(fp.DIM_PLAN_COORD_DEPT_ID, -1)) AS team_id,
               MAX(NULLIF(fp.DIM_PLAN_COORD_ID, -1)) AS worker_id
        FROM "hdm"."child_social"."fact_care_plans" fp
        GROUP BY fp.FACT_CARE_PLAN_SUMMARY_ID
    )
    INSERT INTO pg_temp."ssd_load_ssd_cin_plans" ("cinp_cin_plan_id", "cinp_referral_id", "cinp_person_id", "cinp_cin_plan_start_date", "cinp_cin_plan_end_date", "cinp_cin_plan_team", "cinp_cin_plan_worker_id")
    SELECT
        CAST(cps.FACT_CARE_PLAN_SUMMARY_ID AS VARCHAR(48)),
        CAST(NULLIF(cps.FACT_REFERRAL_ID, -1) AS VARCHAR(48)),
        CAST(cps.DIM_PERSON_ID AS VARCHAR(48)),
        cps.START_DTTM,
        cps.END_DTTM,
        CAST(co.team_id AS VARCHAR(48)),
        CAST(co.worker_id AS VARCHAR(100))
    FROM "hdm"."child_social"."fact_care_plan_summary" cps
    LEFT JOIN coordinators co ON co.FACT_CARE_PLAN_SUMMARY_ID = cps.FACT_CARE_PLAN_SUMMARY_ID
    WHERE cps.DIM_PERSON_ID <> -1
        AND cps.DIM_LOOKUP_PLAN_TYPE_CODE = 'FP'
        AND UPPER(COALESCE(cps.DIM_LOOKUP_PLAN_STATUS_ID_CODE, '')) <> 'Z'
        AND (cps.END_DTTM IS NULL OR cps.END_DTTM >= (CURRENT_DATE - INTERVAL '6 years'))
        AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(cps.DIM_PERSON_ID AS VARCHAR(48)));
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
    INSERT INTO pg_temp."ssd_load_ssd_s47_enquiry" ("s47e_s47_enquiry_id", "s47e_referral_id", "s47e_person_id", "s47e_s47_start_date", "s47e_s47_end_date", "s47e_s47_nfa", "s47e_s47_outcome_json", "s47e_s47_completed_by_team", "s47e_s47_completed_by_worker_id")
    SELECT
        CAST(s.FACT_S47_ID AS VARCHAR(48)),
        CAST(NULLIF(s.FACT_REFERRAL_ID, -1) AS VARCHAR(48)),
        CAST(s.DIM_PERSON_ID AS VARCHAR(48)),
        s.START_DTTM,
        s.END_DTTM,
        LEFT(s.OUTCOME_NFA_FLAG, 1),
        -- comments are cut to 300 characters so the escaped object always fits the 1000-character column
        CONCAT('{', '"NFA_FLAG":', COALESCE(CAST(TO_JSON(CAST(s.OUTCOME_NFA_FLAG AS TEXT)) AS TEXT), 'null'), ',"LEGAL_ACTION_FLAG":', COALESCE(CAST(TO_JSON(CAST(s.OUTCOME_LEGAL_ACTION_FLAG AS TEXT)) AS TEXT), 'null'), ',"PROV_OF_SERVICES_FLAG":', COALESCE(CAST(TO_JSON(CAST(s.OUTCOME_PROV_OF_SERVICES_FLAG AS TEXT)) AS TEXT), 'null'), ',"PROV_OF_SB_CARE_FLAG":', COALESCE(CAST(TO_JSON(CAST(s.OUTCOME_PROV_OF_SB_CARE_FLAG AS TEXT)) AS TEXT), 'null'), ',"CP_CONFERENCE_FLAG":', COALESCE(CAST(TO_JSON(CAST(s.OUTCOME_CP_CONFERENCE_FLAG AS TEXT)) AS TEXT), 'null'), ',"NFA_CONTINUE_SINGLE_FLAG":', COALESCE(CAST(TO_JSON(CAST(s.OUTCOME_NFA_CONTINUE_SINGLE_FLAG AS TEXT)) AS TEXT), 'null'), ',"MONITOR_FLAG":', COALESCE(CAST(TO_JSON(CAST(s.OUTCOME_MONITOR_FLAG AS TEXT)) AS TEXT), 'null'), ',"OTHER_OUTCOMES_EXIST_FLAG":', COALESCE(CAST(TO_JSON(CAST(s.OTHER_OUTCOMES_EXIST_FLAG AS TEXT)) AS TEXT), 'null'), ',"TOTAL_NO_OF_OUTCOMES":', COALESCE(CAST(CASE WHEN s.TOTAL_NO_OF_OUTCOMES >= 0 THEN s.TOTAL_NO_OF_OUTCOMES END AS VARCHAR(12)), 'null'), ',"OUTCOME_COMMENTS":', COALESCE(CAST(TO_JSON(CAST(LEFT(s.OUTCOME_COMMENTS, 300) AS TEXT)) AS TEXT), 'null'), '}'),
        CAST(NULLIF(s.COMPLETED_BY_DEPT_ID, -1) AS VARCHAR(48)),
        LEFT(CAST(s.COMPLETED_BY_USER_STAFF_ID AS VARCHAR(100)), 100)
    FROM "hdm"."child_social"."fact_s47" s
    WHERE s.DIM_PERSON_ID <> -1
        AND CAST(s.START_DTTM AS DATE) <= CURRENT_DATE
        AND (s.END_DTTM IS NULL OR s.END_DTTM >= (CURRENT_DATE - INTERVAL '6 years'))
        AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(s.DIM_PERSON_ID AS VARCHAR(48)));
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
    WITH plans AS (
        SELECT cpp.FACT_INITIAL_CP_CONFERENCE_ID, cpp.FACT_CP_PLAN_ID,
               ROW_NUMBER() OVER (PARTITION BY cpp.FACT_INITIAL_CP_CONFERENCE_ID
                                  ORDER BY CASE WHEN cpp.START_DTTM IS NULL THEN 1 ELSE 0 END, cpp.START_DTTM, cpp.FACT_CP_PLAN_ID) AS rn
        FROM "hdm"."child_social"."fact_cp_plan" cpp
        WHERE cpp.FACT_INITIAL_CP_CONFERENCE_ID <> -1
    )
    INSERT INTO pg_temp."ssd_load_ssd_initial_cp_conference" ("icpc_icpc_id", "icpc_icpc_meeting_id", "icpc_s47_enquiry_id", "icpc_person_id", "icpc_cp_plan_id", "icpc_referral_id", "icpc_icpc_transfer_in", "icpc_icpc_target_date", "icpc_icpc_date", "icpc_icpc_outcome_cp_flag", "icpc_icpc_outcome_json", "icpc_icpc_team", "icpc_icpc_worker_id")
    SELECT
        CAST(c.FACT_CP_CONFERENCE_ID AS VARCHAR(48)),
        CAST(NULLIF(c.FACT_MEETING_ID, -1) AS VARCHAR(48)),
        CAST(NULLIF(c.FACT_S47_ID, -1) AS VARCHAR(48)),
        CAST(c.DIM_PERSON_ID AS VARCHAR(48)),
        CAST(pl.FACT_CP_PLAN_ID AS VARCHAR(48)),
        CAST(NULLIF(c.FACT_REFERRAL_ID, -1) AS VARCHAR(48)),
        LEFT(c.TRANSFER_IN_FLAG, 1),
        c.DUE_DTTM,
        m.ACTUAL_DTTM,
        LEFT(c.OUTCOME_CP_FLAG, 1),
        -- comments are cut to 300 characters so the escaped object always fits the 1000-character column
        CONCAT('{', '"NFA_FLAG":', COALESCE(CAST(TO_JSON(CAST(c.OUTCOME_NFA_FLAG AS TEXT)) AS TEXT), 'null'), ',"REFERRAL_TO_OTHER_AGENCY_FLAG":', COALESCE(CAST(TO_JSON(CAST(c.OUTCOME_REFERRAL_TO_OTHER_AGENCY_FLAG AS TEXT)) AS TEXT), 'null'), ',"SINGLE_ASSESSMENT_FLAG":', COALESCE(CAST(TO_JSON(CAST(c.OUTCOME_SINGLE_ASSESSMENT_FLAG AS TEXT)) AS TEXT), 'null'), ',"PROV_OF_SERVICES_FLAG":', COALESCE(CAST(TO_JSON(CAST(c.OUTCOME_PROV_OF_SERVICES_FLAG AS TEXT)) AS TEXT), 'null'), ',"CP_FLAG":', COALESCE(CAST(TO_JSON(CAST(c.OUTCOME_CP_FLAG AS TEXT)) AS TEXT), 'null'), ',"OTHER_OUTCOMES_EXIST_FLAG":', COALESCE(CAST(TO_JSON(CAST(c.OTHER_OUTCOMES_EXIST_FLAG AS TEXT)) AS TEXT), 'null'), ',"TOTAL_NO_OF_OUTCOMES":', COALESCE(CAST(CASE WHEN c.TOTAL_NO_OF_OUTCOMES >= 0 THEN c.TOTAL_NO_OF_OUTCOMES END AS VARCHAR(12)), 'null'), ',"COMMENTS":', COALESCE(CAST(TO_JSON(CAST(LEFT(c.OUTCOME_COMMENTS, 300) AS TEXT)) AS TEXT), 'null'), '}'),
        CAST(NULLIF(c.ORGANISED_BY_DEPT_ID, -1) AS VARCHAR(48)),
        LEFT(CAST(c.ORGANISED_BY_USER_STAFF_ID AS VARCHAR(100)), 100)
    FROM "hdm"."child_social"."fact_cp_conference" c
    JOIN "hdm"."child_social"."fact_meetings" m ON m.FACT_MEETING_ID = c.FACT_MEETING_ID
    LEFT JOIN plans pl ON pl.FACT_INITIAL_CP_CONFERENCE_ID = c.FACT_CP_CONFERENCE_ID AND pl.rn = 1
    WHERE c.DIM_PERSON_ID <> -1
        AND m.DIM_LOOKUP_MTG_TYPE_ID_CODE = 'CPConference'
        AND (m.ACTUAL_DTTM IS NULL OR m.ACTUAL_DTTM >= (CURRENT_DATE - INTERVAL '6 years'))
        AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(c.DIM_PERSON_ID AS VARCHAR(48)));
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
    INSERT INTO pg_temp."ssd_load_ssd_cp_plans" ("cppl_cp_plan_id", "cppl_referral_id", "cppl_icpc_id", "cppl_person_id", "cppl_cp_plan_start_date", "cppl_cp_plan_end_date", "cppl_cp_plan_ola", "cppl_cp_plan_initial_category", "cppl_cp_plan_latest_category")
    SELECT
        CAST(cp.FACT_CP_PLAN_ID AS VARCHAR(48)),
        CAST(NULLIF(cp.FACT_REFERRAL_ID, -1) AS VARCHAR(48)),
        CAST(NULLIF(cp.FACT_INITIAL_CP_CONFERENCE_ID, -1) AS VARCHAR(48)),
        CAST(cp.DIM_PERSON_ID AS VARCHAR(48)),
        cp.START_DTTM,
        cp.END_DTTM,
        LEFT(cp.IS_OLA, 1),
        LEFT(cp.INIT_CATEGORY_DESC, 100),
        LEFT(cp.CP_CATEGORY_DESC, 100)
    FROM "hdm"."child_social"."fact_cp_plan" cp
    WHERE cp.DIM_PERSON_ID <> -1
        AND (cp.END_DTTM IS NULL OR cp.END_DTTM >= (CURRENT_DATE - INTERVAL '6 years'))
        AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(cp.DIM_PERSON_ID AS VARCHAR(48)));
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
    WITH iro AS (
        SELECT n.DIM_PERSON_ID, MAX(n.EVENT_DTTM) AS last_contact
        FROM "hdm"."child_social"."fact_casenotes" n
        WHERE n.DIM_LOOKUP_CASNT_TYPE_ID_CODE = 'IRO'
            AND n.EVENT_DTTM IS NOT NULL
        GROUP BY n.DIM_PERSON_ID
    )
    INSERT INTO pg_temp."ssd_load_ssd_cla_episodes" ("clae_cla_episode_id", "clae_person_id", "clae_cla_placement_id", "clae_cla_episode_start_date", "clae_cla_episode_start_reason", "clae_cla_primary_need_code", "clae_cla_episode_ceased_date", "clae_cla_episode_ceased_reason", "clae_cla_id", "clae_referral_id", "clae_cla_last_iro_contact_date", "clae_entered_care_date")
    SELECT
        CAST(fce.FACT_CARE_EPISODES_ID AS VARCHAR(48)),
        CAST(fce.DIM_PERSON_ID AS VARCHAR(48)),
        CAST(NULLIF(fce.FACT_CLA_PLACEMENT_ID, -1) AS VARCHAR(48)),
        fce.CARE_START_DATE,
        CAST(LTRIM(RTRIM(fce.CARE_REASON_DESC)) AS VARCHAR(100)),
        LEFT(fce.CIN_903_CODE, 3),
        fce.CARE_END_DATE,
        NULLIF(LEFT(LTRIM(RTRIM(fce.CARE_REASON_END_CODE)), 255), ''),
        CAST(fc.FACT_CLA_ID AS VARCHAR(48)),
        CAST(NULLIF(fc.FACT_REFERRAL_ID, -1) AS VARCHAR(48)),
        iro.last_contact,
        fc.START_DTTM
    FROM "hdm"."child_social"."fact_care_episodes" fce
    JOIN "hdm"."child_social"."fact_cla" fc ON fc.FACT_CLA_ID = fce.FACT_CLA_ID
    LEFT JOIN iro ON iro.DIM_PERSON_ID = fce.DIM_PERSON_ID
    WHERE fce.DIM_PERSON_ID <> -1
        AND (fce.CARE_END_DATE IS NULL OR fce.CARE_END_DATE >= (CURRENT_DATE - INTERVAL '6 years'))
        AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(fce.DIM_PERSON_ID AS VARCHAR(48)));
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
    WITH urns AS (
        -- one URN per placement (the highest, so the choice is repeatable)
        SELECT e.FACT_CLA_PLACEMENT_ID, MAX(e.OFSTED_URN) AS urn
        FROM "hdm"."child_social"."fact_care_episodes" e
        WHERE e.OFSTED_URN LIKE 'SC%'
        GROUP BY e.FACT_CLA_PLACEMENT_ID
    )
    INSERT INTO pg_temp."ssd_load_ssd_cla_placement" ("clap_cla_placement_id", "clap_cla_id", "clap_person_id", "clap_cla_placement_start_date", "clap_cla_placement_type", "clap_cla_placement_urn", "clap_cla_placement_distance", "clap_cla_placement_provider", "clap_cla_placement_postcode", "clap_cla_placement_end_date", "clap_cla_placement_change_reason")
    SELECT
        CAST(pl.FACT_CLA_PLACEMENT_ID AS VARCHAR(48)),
        CAST(NULLIF(pl.FACT_CLA_ID, -1) AS VARCHAR(48)),
        CAST(pl.DIM_PERSON_ID AS VARCHAR(48)),
        pl.START_DTTM,
        NULLIF(LEFT(LTRIM(RTRIM(pl.DIM_LOOKUP_PLACEMENT_TYPE_CODE)), 100), ''),
        LEFT(u.urn, 48),
        CASE WHEN CAST(pl.DISTANCE_FROM_HOME AS TEXT) ~ '^\s*[-+]?([0-9]{1,15}(\.[0-9]*)?|\.[0-9]+)\s*$' THEN CAST(TRIM(CAST(pl.DISTANCE_FROM_HOME AS TEXT)) AS DOUBLE PRECISION) END,
        NULLIF(LEFT(LTRIM(RTRIM(pl.DIM_LOOKUP_PLACEMENT_PROVIDER_CODE)), 48), ''),
        CASE WHEN LTRIM(RTRIM(pl.POSTCODE)) LIKE '_____%' THEN NULLIF(LEFT(LTRIM(RTRIM(pl.POSTCODE)), 8), '') END,
        pl.END_DTTM,
        NULLIF(LEFT(LTRIM(RTRIM(pl.DIM_LOOKUP_PLAC_CHNG_REAS_CODE)), 100), '')
    FROM "hdm"."child_social"."fact_cla_placement" pl
    LEFT JOIN urns u ON u.FACT_CLA_PLACEMENT_ID = pl.FACT_CLA_PLACEMENT_ID
    WHERE pl.FACT_CLA_PLACEMENT_ID <> -1
        AND pl.DIM_LOOKUP_PLACEMENT_TYPE_CODE IN ('A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'F1', 'F2', 'F3', 'F4', 'F5', 'F6', 'H1', 'H2', 'H3', 'H4', 'H5', 'H5a', 'K1', 'K2', 'M2', 'M3', 'P1', 'P2', 'Q1', 'Q2', 'R1', 'R2', 'R3', 'R5', 'S1', 'T0', 'T1', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'Z1')
        AND (pl.END_DTTM IS NULL OR pl.END_DTTM >= (CURRENT_DATE - INTERVAL '6 years'))
        AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(pl.DIM_PERSON_ID AS VARCHAR(48)));
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
    WITH episodes AS (
        SELECT
            fce.FACT_CARE_EPISODES_ID, fce.DIM_PERSON_ID, fce.FACT_CLA_ID, fce.PLACEND,
            fce.CARE_REASON_END_CODE, fce.OFSTED_URN,
            fa.FACT_ADOPTION_ID, fa.DECISION_DTTM, fa.SIBLING_GROUP, fa.NUMBER_TOGETHER, fa.NUMBER_APART,
            fa.PLACEMENT_ORDER_DTTM, fa.MATCHING_DTTM, fa.DIM_LOOKUP_ADOPTER_GENDER_CODE,
            fa.DIM_LOOKUP_ADOPTER_LEGAL_STATUS_CODE, fa.NO_OF_ADOPTERS, fa.ADOPTED_BY_CARER_FLAG,
            fa.FOSTER_TO_ADOPT_DTTM, fa.NO_LONGER_PLACED_DTTM, fa.DIM_LOOKUP_ADOP_REASON_CEASED_CODE,
            fa.ADOPTION_SOCIAL_WORKER_ID,
            fcpl.FFA_IS_PLAN_DATE, fcpl.DIM_LOOKUP_PLACEMENT_TYPE_CODE, fcpl.START_DTTM AS placement_start,
            -- one permanence row per child: the latest episode, then the latest adoption record
            ROW_NUMBER() OVER (
                PARTITION BY fce.DIM_PERSON_ID
                ORDER BY CASE WHEN fce.CARE_START_DATE IS NULL THEN 1 ELSE 0 END, fce.CARE_START_DATE DESC, fce.FACT_CARE_EPISODES_ID DESC,
                         CASE WHEN fa.START_DTTM IS NULL THEN 1 ELSE 0 END, fa.START_DTTM DESC, fa.FACT_ADOPTION_ID DESC
            ) AS rn
        FROM "hdm"."child_social"."fact_care_episodes" fce
        LEFT JOIN "hdm"."child_social"."fact_adoption" fa
            ON fa.DIM_PERSON_ID = fce.DIM_PERSON_ID AND fa.START_DTTM IS NOT NULL
        LEFT JOIN "hdm"."child_social"."fact_cla_placement" fcpl
            ON fcpl.FACT_CLA_PLACEMENT_ID = fce.FACT_CLA_PLACEMENT_ID
            AND fcpl.FACT_CLA_PLACEMENT_ID <> -1
            AND (fcpl.DIM_LOOKUP_PLACEMENT_TYPE_CODE IN ('A3', 'A4', 'A5', 'A6') OR fcpl.FFA_IS_PLAN_DATE IS NOT NULL)
        WHERE fce.DIM_PERSON_ID <> -1
            AND (
                (fce.PLACEND IS NULL AND fa.FACT_ADOPTION_ID IS NOT NULL)
                OR fce.CARE_REASON_END_CODE IN ('E1', 'E11', 'E12', 'E43', 'E44', 'E45', 'E46', 'E47', 'E48', '45', 'E41')
            )
            AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(fce.DIM_PERSON_ID AS VARCHAR(48)))
    )
    INSERT INTO pg_temp."ssd_load_ssd_permanence" ("perm_table_id", "perm_person_id", "perm_cla_id", "perm_adm_decision_date", "perm_part_of_sibling_group", "perm_siblings_placed_together", "perm_siblings_placed_apart", "perm_ffa_cp_decision_date", "perm_placement_order_date", "perm_matched_date", "perm_adopter_sex", "perm_adopter_legal_status", "perm_number_of_adopters", "perm_placed_for_adoption_date", "perm_adopted_by_carer_flag", "perm_placed_foster_carer_date", "perm_placed_ffa_cp_date", "perm_placement_provider_urn", "perm_decision_reversed_date", "perm_decision_reversed_reason", "perm_permanence_order_date", "perm_permanence_order_type", "perm_adoption_worker_id")
    SELECT
        CASE WHEN ep.FACT_ADOPTION_ID IS NOT NULL
            THEN CONCAT(CAST(ep.FACT_ADOPTION_ID AS VARCHAR(48)), '.', CAST(ep.FACT_CARE_EPISODES_ID AS VARCHAR(48)))
            ELSE CAST(ep.FACT_CARE_EPISODES_ID AS VARCHAR(48))
        END,
        CAST(ep.DIM_PERSON_ID AS VARCHAR(48)),
        CAST(NULLIF(ep.FACT_CLA_ID, -1) AS VARCHAR(48)),
        ep.DECISION_DTTM,
        LEFT(ep.SIBLING_GROUP, 1),
        ep.NUMBER_TOGETHER,
        ep.NUMBER_APART,
        ep.FFA_IS_PLAN_DATE,
        ep.PLACEMENT_ORDER_DTTM,
        ep.MATCHING_DTTM,
        NULLIF(LEFT(LTRIM(RTRIM(ep.DIM_LOOKUP_ADOPTER_GENDER_CODE)), 48), ''),
        NULLIF(LEFT(LTRIM(RTRIM(ep.DIM_LOOKUP_ADOPTER_LEGAL_STATUS_CODE)), 100), ''),
        ep.NO_OF_ADOPTERS,
        CASE WHEN ep.DIM_LOOKUP_PLACEMENT_TYPE_CODE IN ('A3', 'A4', 'A5', 'A6') THEN ep.placement_start END,
        LEFT(ep.ADOPTED_BY_CARER_FLAG, 1),
        -- Liquid Logic has no date placed with the foster carer (the D2I 1900-01-01 placeholder is not written)
        NULL,
        ep.FOSTER_TO_ADOPT_DTTM,
        CASE WHEN ep.DIM_LOOKUP_PLACEMENT_TYPE_CODE IN ('A3', 'A4', 'A5', 'A6') THEN LEFT(ep.OFSTED_URN, 48) END,
        ep.NO_LONGER_PLACED_DTTM,
        NULLIF(LEFT(LTRIM(RTRIM(ep.DIM_LOOKUP_ADOP_REASON_CEASED_CODE)), 100), ''),
        ep.PLACEND,
        CASE
            WHEN ep.CARE_REASON_END_CODE IN ('E1', 'E11', 'E12') THEN 'Adoption'
            WHEN ep.CARE_REASON_END_CODE IN ('E43', 'E44', 'E45', 'E46', 'E47', 'E48', '45') THEN 'Special Guardianship Order'
            WHEN ep.CARE_REASON_END_CODE IN ('E41') THEN 'Child Arrangements/ Residence Order'
        END,
        CAST(NULLIF(ep.ADOPTION_SOCIAL_WORKER_ID, -1) AS VARCHAR(100))
    FROM episodes ep
    WHERE ep.rn = 1;
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
    WITH eligibility AS (
        -- one eligibility row per child (the latest), so contacts are not repeated per eligibility row
        SELECT e.DIM_CLA_ELIGIBILITY_ID, e.DIM_PERSON_ID, e.DIM_LOOKUP_ELIGIBILITY_STATUS_DESC,
               ROW_NUMBER() OVER (PARTITION BY e.DIM_PERSON_ID ORDER BY e.DIM_CLA_ELIGIBILITY_ID DESC) AS rn
        FROM "hdm"."child_social"."dim_cla_eligibility" e
        WHERE e.DIM_PERSON_ID <> -1
    ),
    pathway AS (
        SELECT cp.DIM_PERSON_ID, MAX(cp.MODIF_DTTM) AS reviewed
        FROM "hdm"."child_social"."fact_care_plans" cp
        WHERE cp.DIM_LOOKUP_PLAN_TYPE_ID_CODE = 'PATH'
        GROUP BY cp.DIM_PERSON_ID
    ),
    advisers AS (
        -- the latest personal-adviser (16PLUS) involvement per child
        SELECT a.DIM_PERSON_ID, a.DIM_WORKER_ID,
               ROW_NUMBER() OVER (PARTITION BY a.DIM_PERSON_ID
                                  ORDER BY CASE WHEN a.START_DTTM IS NULL THEN 1 ELSE 0 END, a.START_DTTM DESC, a.FACT_INVOLVEMENTS_ID DESC) AS rn
        FROM "hdm"."child_social"."fact_involvements" a
        WHERE a.DIM_WORKER_ID <> -1 AND a.DIM_LOOKUP_INVOLVEMENT_TYPE_CODE = '16PLUS'
    ),
    social_workers AS (
        -- the latest allocated social-worker (CW) involvement per child
        SELECT w.DIM_PERSON_ID, w.DIM_WORKER_ID, w.FACT_WORKER_HISTORY_DEPARTMENT_ID,
               ROW_NUMBER() OVER (PARTITION BY w.DIM_PERSON_ID
                                  ORDER BY CASE WHEN w.START_DTTM IS NULL THEN 1 ELSE 0 END, w.START_DTTM DESC, w.FACT_INVOLVEMENTS_ID DESC) AS rn
        FROM "hdm"."child_social"."fact_involvements" w
        WHERE w.DIM_WORKER_ID <> -1 AND w.DIM_LOOKUP_INVOLVEMENT_TYPE_CODE = 'CW' AND w.IS_ALLOCATED_CW_FLAG = 'Y'
    )
    INSERT INTO pg_temp."ssd_load_ssd_care_leavers" ("clea_table_id", "clea_person_id", "clea_care_leaver_eligibility", "clea_care_leaver_in_touch", "clea_care_leaver_latest_contact", "clea_care_leaver_accommodation", "clea_care_leaver_accom_suitable", "clea_care_leaver_activity", "clea_pathway_plan_review_date", "clea_care_leaver_personal_advisor", "clea_care_leaver_allocated_team", "clea_care_leaver_worker_id")
    SELECT
        CONCAT(CAST(el.DIM_CLA_ELIGIBILITY_ID AS VARCHAR(48)), '.', COALESCE(CAST(cl.FACT_CLA_CARE_LEAVERS_ID AS VARCHAR(48)), '0')),
        CAST(el.DIM_PERSON_ID AS VARCHAR(48)),
        LEFT(COALESCE(el.DIM_LOOKUP_ELIGIBILITY_STATUS_DESC, 'No Current Eligibility'), 100),
        NULLIF(LEFT(LTRIM(RTRIM(cl.DIM_LOOKUP_IN_TOUCH_CODE_CODE)), 100), ''),
        cl.IN_TOUCH_DTTM,
        CAST(LTRIM(RTRIM(cl.DIM_LOOKUP_ACCOMMODATION_CODE_DESC)) AS VARCHAR(100)),
        LEFT(cl.DIM_LOOKUP_ACCOMMODATION_SUITABLE_DESC, 100),
        CAST(LTRIM(RTRIM(cl.DIM_LOOKUP_MAIN_ACTIVITY_DESC)) AS VARCHAR(100)),
        pw.reviewed,
        CAST(pa.DIM_WORKER_ID AS VARCHAR(100)),
        CASE WHEN cw.FACT_WORKER_HISTORY_DEPARTMENT_ID NOT IN (-1, 0) THEN CAST(cw.FACT_WORKER_HISTORY_DEPARTMENT_ID AS VARCHAR(48)) END,
        CAST(cw.DIM_WORKER_ID AS VARCHAR(100))
    FROM eligibility el
    LEFT JOIN "hdm"."child_social"."fact_cla_care_leavers" cl ON cl.DIM_PERSON_ID = el.DIM_PERSON_ID
    LEFT JOIN pathway pw ON pw.DIM_PERSON_ID = el.DIM_PERSON_ID
    LEFT JOIN advisers pa ON pa.DIM_PERSON_ID = el.DIM_PERSON_ID AND pa.rn = 1
    LEFT JOIN social_workers cw ON cw.DIM_PERSON_ID = el.DIM_PERSON_ID AND cw.rn = 1
    WHERE el.rn = 1
        AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(el.DIM_PERSON_ID AS VARCHAR(48)));
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
    WITH identifiers AS (
        SELECT p.DIM_PERSON_ID, 'UPN' AS suffix, 'Unique Pupil Number' AS kind, NULLIF(LEFT(LTRIM(RTRIM(p.UPN)), 100), '') AS value
        FROM "hdm"."child_social"."dim_person" p
        WHERE EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(p.DIM_PERSON_ID AS VARCHAR(48)))
        UNION ALL
        SELECT fp.DIM_PERSON_ID, 'FUPN', 'Former Unique Pupil Number', NULLIF(LEFT(LTRIM(RTRIM(fp.FORMER_UPN)), 100), '')
        FROM "hdm"."child_social"."dim_person" fp
        WHERE EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(fp.DIM_PERSON_ID AS VARCHAR(48)))
            AND COALESCE(LTRIM(RTRIM(fp.FORMER_UPN)), '') <> COALESCE(LTRIM(RTRIM(fp.UPN)), '')
    )
    INSERT INTO pg_temp."ssd_load_ssd_linked_identifiers" ("link_table_id", "link_person_id", "link_identifier_type", "link_identifier_value", "link_valid_from_date", "link_valid_to_date")
    SELECT
        CONCAT(CAST(li.DIM_PERSON_ID AS VARCHAR(48)), '.', li.suffix),
        CAST(li.DIM_PERSON_ID AS VARCHAR(48)),
        li.kind,
        li.value,
        NULL,
        NULL
    FROM identifiers li
    WHERE li.value IS NOT NULL;
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
-- ssd_api_data_staging
DO $$ BEGIN RAISE NOTICE '%', 'table ssd_api_data_staging'; END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ssd_api_data_staging"') IS NULL THEN
        CREATE TABLE "ssd"."ssd_api_data_staging" (
            "id" INTEGER GENERATED BY DEFAULT AS IDENTITY NOT NULL,
            "person_id" VARCHAR(48),
            "legacy_id" VARCHAR(48),
            "previous_json_payload" TEXT,
            "json_payload" TEXT NOT NULL,
            "partial_json_payload" TEXT,
            "current_hash" BYTEA,
            "previous_hash" BYTEA,
            "submission_status" VARCHAR(50) DEFAULT 'pending',
            "submission_timestamp" TIMESTAMP,
            "api_response" TEXT,
            "row_state" VARCHAR(10) DEFAULT 'new',
            "last_updated" TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
            "attempts" INTEGER DEFAULT 0,
            "last_attempt_at" TIMESTAMP,
            "validation_findings" TEXT,
            "payload_kind" VARCHAR(10),
            CONSTRAINT "pk_ssd_api_data_staging" PRIMARY KEY ("id")
        );
    END IF;
END $$;
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_api_data_staging' AND column_name = 'person_id') THEN
        ALTER TABLE "ssd"."ssd_api_data_staging" ADD COLUMN "person_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_api_data_staging' AND column_name = 'legacy_id') THEN
        ALTER TABLE "ssd"."ssd_api_data_staging" ADD COLUMN "legacy_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_api_data_staging' AND column_name = 'previous_json_payload') THEN
        ALTER TABLE "ssd"."ssd_api_data_staging" ADD COLUMN "previous_json_payload" TEXT;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_api_data_staging' AND column_name = 'json_payload') THEN
        ALTER TABLE "ssd"."ssd_api_data_staging" ADD COLUMN "json_payload" TEXT;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_api_data_staging' AND column_name = 'partial_json_payload') THEN
        ALTER TABLE "ssd"."ssd_api_data_staging" ADD COLUMN "partial_json_payload" TEXT;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_api_data_staging' AND column_name = 'current_hash') THEN
        ALTER TABLE "ssd"."ssd_api_data_staging" ADD COLUMN "current_hash" BYTEA;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_api_data_staging' AND column_name = 'previous_hash') THEN
        ALTER TABLE "ssd"."ssd_api_data_staging" ADD COLUMN "previous_hash" BYTEA;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_api_data_staging' AND column_name = 'submission_status') THEN
        ALTER TABLE "ssd"."ssd_api_data_staging" ADD COLUMN "submission_status" VARCHAR(50) DEFAULT 'pending';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_api_data_staging' AND column_name = 'submission_timestamp') THEN
        ALTER TABLE "ssd"."ssd_api_data_staging" ADD COLUMN "submission_timestamp" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_api_data_staging' AND column_name = 'api_response') THEN
        ALTER TABLE "ssd"."ssd_api_data_staging" ADD COLUMN "api_response" TEXT;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_api_data_staging' AND column_name = 'row_state') THEN
        ALTER TABLE "ssd"."ssd_api_data_staging" ADD COLUMN "row_state" VARCHAR(10) DEFAULT 'new';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_api_data_staging' AND column_name = 'last_updated') THEN
        ALTER TABLE "ssd"."ssd_api_data_staging" ADD COLUMN "last_updated" TIMESTAMP DEFAULT CURRENT_TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_api_data_staging' AND column_name = 'attempts') THEN
        ALTER TABLE "ssd"."ssd_api_data_staging" ADD COLUMN "attempts" INTEGER DEFAULT 0;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_api_data_staging' AND column_name = 'last_attempt_at') THEN
        ALTER TABLE "ssd"."ssd_api_data_staging" ADD COLUMN "last_attempt_at" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_api_data_staging' AND column_name = 'validation_findings') THEN
        ALTER TABLE "ssd"."ssd_api_data_staging" ADD COLUMN "validation_findings" TEXT;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_api_data_staging' AND column_name = 'payload_kind') THEN
        ALTER TABLE "ssd"."ssd_api_data_staging" ADD COLUMN "payload_kind" VARCHAR(10);
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_api_data_staging_person_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_api_data_staging_person_id" ON "ssd"."ssd_api_data_staging" ("person_id");
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_api_data_staging_submission_status"') IS NULL THEN
        CREATE INDEX "ix_ssd_api_data_staging_submission_status" ON "ssd"."ssd_api_data_staging" ("submission_status");
    END IF;
END $$;
-- ssd-bridge: end of batch
-- ssd_api_submission_log
DO $$ BEGIN RAISE NOTICE '%', 'table ssd_api_submission_log'; END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ssd_api_submission_log"') IS NULL THEN
        CREATE TABLE "ssd"."ssd_api_submission_log" (
            "id" INTEGER GENERATED BY DEFAULT AS IDENTITY NOT NULL,
            "run_id" VARCHAR(36) NOT NULL,
            "batch_id" VARCHAR(36),
            "person_id" VARCHAR(48),
            "payload_hash" BYTEA,
            "payload_kind" VARCHAR(10),
            "attempt" INTEGER,
            "http_status" INTEGER,
            "outcome" VARCHAR(20),
            "receipt_id" VARCHAR(100),
            "response_excerpt" VARCHAR(1000),
            "request_id" VARCHAR(100),
            "sent_at" TIMESTAMP,
            "logged_at" TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
            CONSTRAINT "pk_ssd_api_submission_log" PRIMARY KEY ("id")
        );
    END IF;
END $$;
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_api_submission_log' AND column_name = 'run_id') THEN
        ALTER TABLE "ssd"."ssd_api_submission_log" ADD COLUMN "run_id" VARCHAR(36);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_api_submission_log' AND column_name = 'batch_id') THEN
        ALTER TABLE "ssd"."ssd_api_submission_log" ADD COLUMN "batch_id" VARCHAR(36);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_api_submission_log' AND column_name = 'person_id') THEN
        ALTER TABLE "ssd"."ssd_api_submission_log" ADD COLUMN "person_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_api_submission_log' AND column_name = 'payload_hash') THEN
        ALTER TABLE "ssd"."ssd_api_submission_log" ADD COLUMN "payload_hash" BYTEA;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_api_submission_log' AND column_name = 'payload_kind') THEN
        ALTER TABLE "ssd"."ssd_api_submission_log" ADD COLUMN "payload_kind" VARCHAR(10);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_api_submission_log' AND column_name = 'attempt') THEN
        ALTER TABLE "ssd"."ssd_api_submission_log" ADD COLUMN "attempt" INTEGER;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_api_submission_log' AND column_name = 'http_status') THEN
        ALTER TABLE "ssd"."ssd_api_submission_log" ADD COLUMN "http_status" INTEGER;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_api_submission_log' AND column_name = 'outcome') THEN
        ALTER TABLE "ssd"."ssd_api_submission_log" ADD COLUMN "outcome" VARCHAR(20);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_api_submission_log' AND column_name = 'receipt_id') THEN
        ALTER TABLE "ssd"."ssd_api_submission_log" ADD COLUMN "receipt_id" VARCHAR(100);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_api_submission_log' AND column_name = 'response_excerpt') THEN
        ALTER TABLE "ssd"."ssd_api_submission_log" ADD COLUMN "response_excerpt" VARCHAR(1000);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_api_submission_log' AND column_name = 'request_id') THEN
        ALTER TABLE "ssd"."ssd_api_submission_log" ADD COLUMN "request_id" VARCHAR(100);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_api_submission_log' AND column_name = 'sent_at') THEN
        ALTER TABLE "ssd"."ssd_api_submission_log" ADD COLUMN "sent_at" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_api_submission_log' AND column_name = 'logged_at') THEN
        ALTER TABLE "ssd"."ssd_api_submission_log" ADD COLUMN "logged_at" TIMESTAMP DEFAULT CURRENT_TIMESTAMP;
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_api_submission_log_run_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_api_submission_log_run_id" ON "ssd"."ssd_api_submission_log" ("run_id");
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_api_submission_log_person_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_api_submission_log_person_id" ON "ssd"."ssd_api_submission_log" ("person_id");
    END IF;
END $$;
-- ssd-bridge: end of batch
-- ssd_api_run_log
DO $$ BEGIN RAISE NOTICE '%', 'table ssd_api_run_log'; END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ssd_api_run_log"') IS NULL THEN
        CREATE TABLE "ssd"."ssd_api_run_log" (
            "id" INTEGER GENERATED BY DEFAULT AS IDENTITY NOT NULL,
            "run_id" VARCHAR(36) NOT NULL,
            "command" VARCHAR(20),
            "environment" VARCHAR(10),
            "started_at" TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
            "finished_at" TIMESTAMP,
            "exit_code" INTEGER,
            "summary_json" TEXT,
            "bridge_version" VARCHAR(20),
            CONSTRAINT "pk_ssd_api_run_log" PRIMARY KEY ("id")
        );
    END IF;
END $$;
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_api_run_log' AND column_name = 'run_id') THEN
        ALTER TABLE "ssd"."ssd_api_run_log" ADD COLUMN "run_id" VARCHAR(36);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_api_run_log' AND column_name = 'command') THEN
        ALTER TABLE "ssd"."ssd_api_run_log" ADD COLUMN "command" VARCHAR(20);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_api_run_log' AND column_name = 'environment') THEN
        ALTER TABLE "ssd"."ssd_api_run_log" ADD COLUMN "environment" VARCHAR(10);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_api_run_log' AND column_name = 'started_at') THEN
        ALTER TABLE "ssd"."ssd_api_run_log" ADD COLUMN "started_at" TIMESTAMP DEFAULT CURRENT_TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_api_run_log' AND column_name = 'finished_at') THEN
        ALTER TABLE "ssd"."ssd_api_run_log" ADD COLUMN "finished_at" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_api_run_log' AND column_name = 'exit_code') THEN
        ALTER TABLE "ssd"."ssd_api_run_log" ADD COLUMN "exit_code" INTEGER;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_api_run_log' AND column_name = 'summary_json') THEN
        ALTER TABLE "ssd"."ssd_api_run_log" ADD COLUMN "summary_json" TEXT;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_api_run_log' AND column_name = 'bridge_version') THEN
        ALTER TABLE "ssd"."ssd_api_run_log" ADD COLUMN "bridge_version" VARCHAR(20);
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_api_run_log_run_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_api_run_log_run_id" ON "ssd"."ssd_api_run_log" ("run_id");
    END IF;
END $$;
-- ssd-bridge: end of batch
-- ssd_version_log
DO $$ BEGIN RAISE NOTICE '%', 'table ssd_version_log'; END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ssd_version_log"') IS NULL THEN
        CREATE TABLE "ssd"."ssd_version_log" (
            "id" INTEGER GENERATED BY DEFAULT AS IDENTITY NOT NULL,
            "version_number" VARCHAR(20),
            "release_date" TIMESTAMP,
            "description" VARCHAR(100),
            "is_current" BOOLEAN,
            "created_at" TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
            "created_by" VARCHAR(128),
            "impact_description" VARCHAR(255),
            "bridge_version" VARCHAR(20),
            "cms" VARCHAR(20),
            "dialect" VARCHAR(10),
            "parameters_json" VARCHAR(2000),
            CONSTRAINT "pk_ssd_version_log" PRIMARY KEY ("id")
        );
    END IF;
END $$;
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_version_log' AND column_name = 'version_number') THEN
        ALTER TABLE "ssd"."ssd_version_log" ADD COLUMN "version_number" VARCHAR(20);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_version_log' AND column_name = 'release_date') THEN
        ALTER TABLE "ssd"."ssd_version_log" ADD COLUMN "release_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_version_log' AND column_name = 'description') THEN
        ALTER TABLE "ssd"."ssd_version_log" ADD COLUMN "description" VARCHAR(100);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_version_log' AND column_name = 'is_current') THEN
        ALTER TABLE "ssd"."ssd_version_log" ADD COLUMN "is_current" BOOLEAN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_version_log' AND column_name = 'created_at') THEN
        ALTER TABLE "ssd"."ssd_version_log" ADD COLUMN "created_at" TIMESTAMP DEFAULT CURRENT_TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_version_log' AND column_name = 'created_by') THEN
        ALTER TABLE "ssd"."ssd_version_log" ADD COLUMN "created_by" VARCHAR(128);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_version_log' AND column_name = 'impact_description') THEN
        ALTER TABLE "ssd"."ssd_version_log" ADD COLUMN "impact_description" VARCHAR(255);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_version_log' AND column_name = 'bridge_version') THEN
        ALTER TABLE "ssd"."ssd_version_log" ADD COLUMN "bridge_version" VARCHAR(20);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_version_log' AND column_name = 'cms') THEN
        ALTER TABLE "ssd"."ssd_version_log" ADD COLUMN "cms" VARCHAR(20);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_version_log' AND column_name = 'dialect') THEN
        ALTER TABLE "ssd"."ssd_version_log" ADD COLUMN "dialect" VARCHAR(10);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_version_log' AND column_name = 'parameters_json') THEN
        ALTER TABLE "ssd"."ssd_version_log" ADD COLUMN "parameters_json" VARCHAR(2000);
    END IF;
END $$;
-- ssd-bridge: end of batch
INSERT INTO "ssd"."ssd_version_log" (version_number, description, is_current, created_at, created_by, impact_description, bridge_version, cms, dialect, parameters_json)
SELECT '0.1.0', 'ssd-bridge deployment', TRUE, CURRENT_TIMESTAMP, CURRENT_USER,
       'SSD and API add-on tables deployed by ssd-bridge', '0.1.0', 'liquid_logic',
       'postgres', '{"cms":"liquid_logic","dialect":"postgres","fill":true,"history_years":6,"part":"all","schema":"ssd","source_location":null}'
WHERE NOT EXISTS (
    SELECT 1 FROM "ssd"."ssd_version_log"
    WHERE bridge_version = '0.1.0' AND cms = 'liquid_logic'
      AND dialect = 'postgres' AND parameters_json = '{"cms":"liquid_logic","dialect":"postgres","fill":true,"history_years":6,"part":"all","schema":"ssd","source_location":null}'
);
-- ssd-bridge: end of batch
DO $$ BEGIN RAISE NOTICE '%', 'ssd-bridge: finished. 19 SSD tables and 4 add-on tables are in place in schema ssd.'; END $$;
-- ssd-bridge: end of batch
