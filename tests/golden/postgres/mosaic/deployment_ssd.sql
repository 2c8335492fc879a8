-- =============================================================================
-- ssd-bridge 0.1.0: Standard Safeguarding Dataset deployment
-- =============================================================================
-- What it does:
--   * creates the 19 SSD tables the DfE child record is built from,
--     adds any column an older copy lacks, and creates the join-key indexes;
--   * refills 19 of them from the mosaic source tables, one table at a
--     time; a table whose refill fails keeps its previous contents;
-- It is safe to run again: it never drops or truncates a table it did not create, and
-- it never writes to the case-management system's own tables.
--
-- Parameters:
--   CMS:            mosaic
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
DO $$ BEGIN RAISE NOTICE '%', 'ssd-bridge 0.1.0: deploying part ''ssd'' for mosaic into schema ssd'; END $$;
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
    WITH cohort AS (
        SELECT r.PERSON_ID AS person_id FROM "dm_cin_referrals" r
        WHERE r.REFERRAL_DATE <= CURRENT_DATE AND (r.CLOSURE_DATE IS NULL OR r.CLOSURE_DATE >= (CURRENT_DATE - INTERVAL '6 years'))
        UNION
        SELECT pc.PERSON_ID FROM "dm_periods_of_care" pc
        WHERE pc.START_DATE <= CURRENT_DATE AND (pc.END_DATE IS NULL OR pc.END_DATE >= (CURRENT_DATE - INTERVAL '6 years'))
        UNION
        SELECT rg.PERSON_ID FROM "dm_registrations" rg
        WHERE rg.IS_CHILD_PROTECTION_PLAN = 'Y' AND rg.REGISTRATION_START_DATE <= CURRENT_DATE AND (rg.DEREGISTRATION_DATE IS NULL OR rg.DEREGISTRATION_DATE >= (CURRENT_DATE - INTERVAL '6 years'))
        UNION
        SELECT fl.PERSON_ID FROM "dm_former_looked_after" fl
        WHERE fl.DATE_OF_SITUATION >= (CURRENT_DATE - INTERVAL '6 years')
    ),
    identity_now AS (
        -- the gender identity recorded for today; the latest start wins if records overlap
        SELECT gi.PERSON_ID AS person_id, gi.GENDER_CODE AS gender_code,
               ROW_NUMBER() OVER (PARTITION BY gi.PERSON_ID ORDER BY gi.START_DATE DESC) AS rn
        FROM "mo_person_gender_identities" gi
        WHERE gi.START_DATE <= CURRENT_DATE AND (gi.END_DATE IS NULL OR gi.END_DATE >= CURRENT_DATE)
    ),
    ethnicities AS (
        -- one CBDS code per Mosaic code, so a repeated lookup row cannot duplicate a child
        SELECT et.ETHNICITY_CODE AS code, MAX(et.CBDS_ETHNICITY_CODE) AS cbds
        FROM "dm_ethnicities" et
        GROUP BY et.ETHNICITY_CODE
    ),
    mothers AS (
        SELECT DISTINCT pr.PERSON_ID AS person_id
        FROM "dm_personal_relationships" pr
        WHERE pr.IS_MOTHER = 'Y' AND pr.START_DATE <= CURRENT_DATE AND (pr.END_DATE IS NULL OR pr.END_DATE >= CURRENT_DATE)
    )
    INSERT INTO pg_temp."ssd_load_ssd_person" ("pers_legacy_id", "pers_person_id", "pers_upn", "pers_forename", "pers_surname", "pers_sex", "pers_gender", "pers_ethnicity", "pers_dob", "pers_single_unique_id", "pers_upn_unknown", "pers_send_flag", "pers_expected_dob", "pers_death_date", "pers_is_mother", "pers_nationality")
    SELECT
        NULL,  -- pers_legacy_id: the Mosaic data mart holds no legacy (pre-Mosaic) id
        CAST(p.PERSON_ID AS VARCHAR(48)),
        LEFT(LTRIM(RTRIM(p.UPN_ID)), 13),
        p.FIRST_NAMES,
        p.LAST_NAME,
        -- sex as the payload's M/F/U code (D2I wrote the reference_data description text)
        CASE UPPER(LTRIM(RTRIM(p.GENDER))) WHEN 'M' THEN 'M' WHEN 'MALE' THEN 'M' WHEN 'F' THEN 'F' WHEN 'FEMALE' THEN 'F' ELSE 'U' END,
        LEFT(g.gender_code, 10),
        e.cbds,
        CASE WHEN p.DATE_OF_BIRTH <= CURRENT_DATE THEN p.DATE_OF_BIRTH END,
        LEFT(LTRIM(RTRIM(p.NHS_ID)), 48),
        NULL,  -- pers_upn_unknown: Mosaic's data mart has no UN1-UN10 reason
        NULL,  -- pers_send_flag: not held in the data mart
        CASE WHEN p.DATE_OF_BIRTH > CURRENT_DATE THEN p.DATE_OF_BIRTH END,
        p.DATE_OF_DEATH,
        CASE WHEN UPPER(p.GENDER) IN ('F', 'FEMALE') THEN CASE WHEN mo.person_id IS NULL THEN 'N' ELSE 'Y' END END,
        LEFT(p.COUNTRY_OF_BIRTH_CODE, 48)
    FROM "dm_persons" p
    LEFT JOIN ethnicities e ON e.code = p.FULL_ETHNICITY_CODE
    LEFT JOIN identity_now g ON g.person_id = p.PERSON_ID AND g.rn = 1
    LEFT JOIN mothers mo ON mo.person_id = p.PERSON_ID
    WHERE p.PERSON_ID IN (SELECT c.person_id FROM cohort c);
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
        CAST(a.REF_ADDRESSES_PEOPLE_ID AS VARCHAR(48)),
        CAST(a.PERSON_ID AS VARCHAR(48)),
        LEFT(a.ADDRESS_TYPE, 48),
        a.START_DATE,
        a.END_DATE,
        LEFT(UPPER(LTRIM(RTRIM(a.POST_CODE))), 15),
        LEFT(CONCAT('{"ADDRESS": ', COALESCE(CAST(TO_JSON(CAST(a.ADDRESS AS TEXT)) AS TEXT), 'null'), '}'), 1000)
    FROM "dm_addresses" a
    WHERE EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(a.PERSON_ID AS VARCHAR(48)));
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
    INSERT INTO pg_temp."ssd_load_ssd_disability" ("disa_table_id", "disa_person_id", "disa_disability_code")
    SELECT
        CAST(d.DISABILITY_ID AS VARCHAR(48)),
        CAST(d.PERSON_ID AS VARCHAR(48)),
        UPPER(LTRIM(RTRIM(d.CIN_DISABILITY_CATEGORY_CODE)))
    FROM "dm_disabilities" d
    WHERE d.CIN_DISABILITY_CATEGORY_CODE IS NOT NULL
      AND LTRIM(RTRIM(d.CIN_DISABILITY_CATEGORY_CODE)) <> ''
      AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(d.PERSON_ID AS VARCHAR(48)));
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
    WITH answers AS (
        -- the answer's own subject when set, else every person subject of the form's subgroup
        SELECT fa.FORM_ID AS form_id, fa.FORM_ANSWER_ROW_ID AS row_id, fa.TEXT_ANSWER AS status,
               COALESCE(CASE WHEN fa.SUBJECT_PERSON_ID > 0 THEN fa.SUBJECT_PERSON_ID END, ss.SUBJECT_COMPOUND_ID) AS person_id,
               f.CREATED_ON AS created_on
        FROM "dm_cached_form_answers" fa
        JOIN "mo_forms" f ON f.FORM_ID = fa.FORM_ID
        LEFT JOIN "dm_subgroup_subjects" ss
               ON ss.SUBGROUP_ID = fa.SUBGROUP_ID AND ss.SUBJECT_TYPE_CODE = 'PER' AND COALESCE(fa.SUBJECT_PERSON_ID, 0) <= 0
        WHERE fa.QUESTION_USER_CODE IN ('acFLDAllAboutMeLeavingImmigrationStatusList', 'csn_ina_addsuppfact_immig_status', 'csn_couns_immigration', 'uascImmigStat', '62CD0406-2F07-0FF5-512C-A7FA0DBAD602')
          AND fa.TEXT_ANSWER IS NOT NULL
    ),
    dates AS (
        SELECT da.FORM_ID AS form_id, da.FORM_ANSWER_ROW_ID AS row_id,
               MAX(CASE WHEN 1 = 0 THEN da.DATE_ANSWER END) AS start_date,
               MAX(CASE WHEN 1 = 0 THEN da.DATE_ANSWER END) AS end_date
        FROM "dm_cached_form_answers" da
        WHERE da.DATE_ANSWER IS NOT NULL
          AND da.FORM_ID IN (SELECT a.form_id FROM answers a)
        GROUP BY da.FORM_ID, da.FORM_ANSWER_ROW_ID
    ),
    latest AS (
        -- dates joined before ranking, so the ranked rows are only filtered afterwards
        SELECT a.form_id, a.status, a.person_id, a.created_on, d.start_date, d.end_date,
               ROW_NUMBER() OVER (PARTITION BY a.person_id ORDER BY a.created_on DESC, a.form_id DESC, a.row_id DESC) AS rn
        FROM answers a
        LEFT JOIN dates d ON d.form_id = a.form_id AND d.row_id = a.row_id
        WHERE a.person_id IS NOT NULL
    )
    INSERT INTO pg_temp."ssd_load_ssd_immigration_status" ("immi_immigration_status_id", "immi_person_id", "immi_immigration_status_start_date", "immi_immigration_status_end_date", "immi_immigration_status")
    SELECT
        CONCAT(CAST(l.form_id AS VARCHAR(20)), '-', CAST(l.person_id AS VARCHAR(20))),
        CAST(l.person_id AS VARCHAR(48)),
        CAST(COALESCE(l.start_date, l.created_on) AS DATE),  -- the form date when no start question is configured or answered
        CAST(l.end_date AS DATE),
        CASE WHEN UPPER(LTRIM(RTRIM(l.status))) IN ('UASC', 'UNACCOMPANIED ASYLUM SEEKING CHILD') THEN 'U' ELSE LEFT(l.status, 100) END
    FROM latest l
    WHERE l.rn = 1
      AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(l.person_id AS VARCHAR(48)));
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
    INSERT INTO pg_temp."ssd_load_ssd_sdq_scores" ("csdq_table_id", "csdq_person_id", "csdq_sdq_completed_date", "csdq_sdq_score", "csdq_sdq_reason")
    SELECT
        CAST(h.HEALTH_ID AS VARCHAR(48)),
        CAST(h.PERSON_ID AS VARCHAR(48)),
        h.HEALTH_ASSESSMENT_DATE,
        CASE WHEN h.SDQ_SCORE ~ '^\s*-?[0-9]{1,9}\s*$' THEN CAST(TRIM(h.SDQ_SCORE) AS INTEGER) END,
        LEFT(h.SDQ_REASON, 100)
    FROM "dm_health_assessments" h
    WHERE (h.SDQ_COMPLETED = 'Y' OR h.SDQ_REASON IS NOT NULL)
      AND h.HEALTH_ASSESSMENT_DATE >= (CURRENT_DATE - INTERVAL '6 years')
      AND h.HEALTH_ASSESSMENT_DATE <= CURRENT_DATE
      AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(h.PERSON_ID AS VARCHAR(48)));
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
    WITH need AS (
        -- primary need: the CIN need category of the service-user groups covering the referral date
        SELECT nr.REFERRAL_ID AS referral_id, nr.PERSON_ID AS person_id, MAX(gt.NEED_CODE_CATEGORY_CODE) AS need_code
        FROM "dm_cin_referrals" nr
        JOIN "dm_service_user_groups" g
          ON g.PERSON_ID = nr.PERSON_ID AND g.START_DATE <= nr.REFERRAL_DATE AND (g.END_DATE IS NULL OR g.END_DATE >= nr.REFERRAL_DATE)
        JOIN "dm_serv_user_group_types" gt ON gt.GROUP_TYPE = g.FULL_GROUP_TYPE
        WHERE gt.NEED_CODE_CATEGORY_CODE IS NOT NULL
        GROUP BY nr.REFERRAL_ID, nr.PERSON_ID
    ),
    sources AS (
        SELECT cg.CATEGORY_CODE AS code, MAX(cg.CATEGORY_DESCRIPTION) AS description
        FROM "child_group_embedded_codes_vw" cg
        WHERE cg.GROUP_NAME = 'Child CIN Referral Source'
        GROUP BY cg.CATEGORY_CODE
    ),
    next_steps AS (
        -- the live steps the referral step led to, for the same child
        SELECT wl.SOURCE_STEP_ID AS step_id, tp.PERSON_ID AS person_id,
               MAX(CASE WHEN ts.IS_CONTINUOUS_ASSESSMENT = 'Y' THEN 1 ELSE 0 END) AS assessment,
               MAX(CASE WHEN ts.IS_SECTION_47_ENQUIRY = 'Y' OR ts.STRATEGY_DISCUSSION_DATE IS NOT NULL THEN 1 ELSE 0 END) AS strategy,
               COUNT(DISTINCT wl.TARGET_STEP_ID) AS outcomes
        FROM "dm_workflow_links" wl
        JOIN "dm_workflow_steps" ts ON ts.WORKFLOW_STEP_ID = wl.TARGET_STEP_ID
        JOIN "dm_workflow_steps_people_vw" tp ON tp.WORKFLOW_STEP_ID = wl.TARGET_STEP_ID
        WHERE ts.STEP_STATUS IN ('INCOMING', 'STARTED', 'REOPENED', 'COMPLETED')
        GROUP BY wl.SOURCE_STEP_ID, tp.PERSON_ID
    )
    INSERT INTO pg_temp."ssd_load_ssd_cin_episodes" ("cine_referral_id", "cine_person_id", "cine_referral_date", "cine_cin_primary_need_code", "cine_referral_source_code", "cine_referral_source_desc", "cine_referral_outcome_json", "cine_referral_nfa", "cine_close_reason", "cine_close_date", "cine_referral_team", "cine_referral_worker_id")
    SELECT
        CONCAT(CAST(r.REFERRAL_ID AS VARCHAR(20)), '-', CAST(r.PERSON_ID AS VARCHAR(20))),
        CAST(r.PERSON_ID AS VARCHAR(48)),
        r.REFERRAL_DATE,
        LEFT(n.need_code, 3),
        LEFT(LTRIM(RTRIM(r.SOURCE_OF_REFERRAL)), 48),
        LEFT(s.description, 255),
        CONCAT('{"SINGLE_ASSESSMENT_FLAG": "', CASE WHEN x.assessment = 1 THEN 'Y' ELSE 'N' END,
               '", "STRATEGY_DISCUSSION_FLAG": "', CASE WHEN x.strategy = 1 THEN 'Y' ELSE 'N' END,
               '", "NFA_FLAG": "', CASE WHEN r.NFA_DATE IS NOT NULL THEN 'Y' ELSE 'N' END,
               '", "NUMBER_OF_OUTCOMES": ', COALESCE(x.outcomes, 0), '}'),
        CASE WHEN r.NFA_DATE IS NOT NULL THEN 'Y' ELSE 'N' END,
        LEFT(LTRIM(RTRIM(r.CLOSURE_REASON)), 100),
        r.CLOSURE_DATE,
        CAST(stp.RESPONSIBLE_TEAM_ID AS VARCHAR(48)),
        CAST(stp.ASSIGNEE_ID AS VARCHAR(48))
    FROM "dm_cin_referrals" r
    LEFT JOIN "dm_workflow_steps" stp ON stp.WORKFLOW_STEP_ID = r.REFERRAL_ID
    LEFT JOIN need n ON n.referral_id = r.REFERRAL_ID AND n.person_id = r.PERSON_ID
    LEFT JOIN sources s ON s.code = r.SOURCE_OF_REFERRAL
    LEFT JOIN next_steps x ON x.step_id = r.REFERRAL_ID AND x.person_id = r.PERSON_ID
    WHERE r.REFERRAL_DATE <= CURRENT_DATE AND (r.CLOSURE_DATE IS NULL OR r.CLOSURE_DATE >= (CURRENT_DATE - INTERVAL '6 years'))
      AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(r.PERSON_ID AS VARCHAR(48)));
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
    WITH links AS (
        SELECT CONCAT('AW.', CAST(aw.ALLOCATION_ID AS VARCHAR(20))) AS id, aw.WORKER_ID AS worker_id, 'CW' AS role,
               aw.PERSON_ID AS person_id, aw.START_DATE AS start_date, aw.END_DATE AS end_date, NULL AS reason
        FROM "dm_allocated_workers" aw
        WHERE aw.START_DATE <= CURRENT_DATE AND (aw.END_DATE IS NULL OR aw.END_DATE >= (CURRENT_DATE - INTERVAL '6 years'))
        UNION ALL
        SELECT CONCAT('PR.', CAST(pr.PROF_RELATIONSHIP_ID AS VARCHAR(20))), pr.WORKER_ID,
               CASE WHEN 1 = 0 THEN 'CW' ELSE pr.PROF_REL_TYPE_CODE END,
               pr.PERSON_ID, pr.START_DATE, pr.END_DATE, pr.END_DATE_REASON
        FROM "dm_prof_relationships" pr
        WHERE pr.START_DATE <= CURRENT_DATE AND (pr.END_DATE IS NULL OR pr.END_DATE >= (CURRENT_DATE - INTERVAL '6 years'))
    ),
    teams AS (
        SELECT l.id, wr.ORGANISATION_ID AS team_id,
               ROW_NUMBER() OVER (PARTITION BY l.id ORDER BY wr.START_DATE DESC, wr.WORKER_ROLE_ID DESC) AS rn
        FROM links l
        JOIN "dm_worker_roles" wr
          ON wr.WORKER_ID = l.worker_id AND wr.START_DATE <= l.start_date AND (wr.END_DATE IS NULL OR wr.END_DATE >= l.start_date)
    ),
    referrals AS (
        SELECT l.id, CONCAT(CAST(r.REFERRAL_ID AS VARCHAR(20)), '-', CAST(r.PERSON_ID AS VARCHAR(20))) AS referral_id,
               ROW_NUMBER() OVER (PARTITION BY l.id ORDER BY r.REFERRAL_DATE DESC, r.REFERRAL_ID DESC) AS rn
        FROM links l
        JOIN "dm_cin_referrals" r
          ON r.PERSON_ID = l.person_id AND r.REFERRAL_DATE <= l.start_date AND (r.CLOSURE_DATE IS NULL OR r.CLOSURE_DATE >= l.start_date)
    )
    INSERT INTO pg_temp."ssd_load_ssd_involvements" ("invo_involvements_id", "invo_professional_id", "invo_professional_role_id", "invo_professional_team", "invo_person_id", "invo_involvement_start_date", "invo_involvement_end_date", "invo_worker_change_reason", "invo_referral_id")
    SELECT
        l.id,
        CAST(l.worker_id AS VARCHAR(48)),
        LEFT(l.role, 200),
        CAST(t.team_id AS VARCHAR(48)),
        CAST(l.person_id AS VARCHAR(48)),
        l.start_date,
        l.end_date,
        LEFT(l.reason, 200),
        rf.referral_id
    FROM links l
    LEFT JOIN teams t ON t.id = l.id AND t.rn = 1
    LEFT JOIN referrals rf ON rf.id = l.id AND rf.rn = 1
    WHERE EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(l.person_id AS VARCHAR(48)));
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
    WITH caseload AS (
        SELECT aw.WORKER_ID AS worker_id, COUNT(DISTINCT aw.PERSON_ID) AS children
        FROM "dm_allocated_workers" aw
        WHERE aw.START_DATE <= CURRENT_DATE AND (aw.END_DATE IS NULL OR aw.END_DATE >= CURRENT_DATE)
        GROUP BY aw.WORKER_ID
    ),
    departments AS (
        SELECT wr.WORKER_ID AS worker_id, MAX(o.NAME) AS name
        FROM "dm_worker_roles" wr
        JOIN "dm_organisations" o ON o.ORGANISATION_ID = wr.ORGANISATION_ID
        WHERE wr.START_DATE <= CURRENT_DATE AND (wr.END_DATE IS NULL OR wr.END_DATE >= CURRENT_DATE)
        GROUP BY wr.WORKER_ID
    )
    INSERT INTO pg_temp."ssd_load_ssd_professionals" ("prof_professional_id", "prof_staff_id", "prof_professional_name", "prof_social_worker_registration_no", "prof_agency_worker_flag", "prof_professional_job_title", "prof_professional_caseload", "prof_professional_department", "prof_full_time_equivalency")
    SELECT
        CAST(w.WORKER_ID AS VARCHAR(48)),
        CAST(w.WORKER_ID AS VARCHAR(48)),
        LEFT(w.FULL_NAME, 300),
        NULL,  -- prof_social_worker_registration_no: the Mosaic data mart holds no Social Work England number
        NULL,  -- prof_agency_worker_flag: not held in the data mart
        NULL,  -- prof_professional_job_title: not held in the data mart
        COALESCE(c.children, 0),
        LEFT(d.name, 100),
        NULL   -- prof_full_time_equivalency: not held in the data mart
    FROM "dm_workers" w
    LEFT JOIN caseload c ON c.worker_id = w.WORKER_ID
    LEFT JOIN departments d ON d.worker_id = w.WORKER_ID
    WHERE EXISTS (
        SELECT 1 FROM "ssd"."ssd_involvements" i
        WHERE i.invo_professional_id = CAST(w.WORKER_ID AS VARCHAR(48))
    );
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
    WITH steps AS (
        SELECT s.WORKFLOW_STEP_ID AS step_id, ss.SUBJECT_COMPOUND_ID AS person_id,
               COALESCE(s.STARTED_ON, s.INCOMING_ON) AS start_date, s.COMPLETED_ON AS auth_date,
               s.RESPONSIBLE_TEAM_ID AS team_id, s.ASSIGNEE_ID AS worker_id
        FROM "dm_workflow_steps" s
        JOIN "dm_subgroup_subjects" ss ON ss.SUBGROUP_ID = s.SUBGROUP_ID AND ss.SUBJECT_TYPE_CODE = 'PER'
        WHERE s.IS_CONTINUOUS_ASSESSMENT = 'Y'
          AND s.STEP_STATUS IN ('INCOMING', 'STARTED', 'REOPENED', 'COMPLETED')
          AND COALESCE(s.STARTED_ON, s.INCOMING_ON) <= CURRENT_DATE AND (s.COMPLETED_ON IS NULL OR s.COMPLETED_ON >= (CURRENT_DATE - INTERVAL '6 years'))
    ),
    seen AS (
        -- the answer, mapped through the LA's mapping group when it has one, read as Yes/No
        SELECT fa.WORKFLOW_STEP_ID AS step_id, fa.SUBJECT_PERSON_ID AS person_id,
               MAX(UPPER(LEFT(LTRIM(COALESCE(mg.CATEGORY_VALUE, fa.TEXT_ANSWER)), 1))) AS seen
        FROM "dm_filter_form_answers" fa
        LEFT JOIN "dm_mapping_groups" mg
               ON mg.GROUP_NAME = 'Child Seen During Assessment' AND mg.MAPPED_VALUE = fa.TEXT_ANSWER
        WHERE fa.FILTER_NAME = 'Child Seen During Event (Lookup)'
        GROUP BY fa.WORKFLOW_STEP_ID, fa.SUBJECT_PERSON_ID
    ),
    actions AS (
        -- next actions of the step that led to a live step for the same child
        SELECT wl.SOURCE_STEP_ID AS step_id, tp.PERSON_ID AS person_id,
               MAX(CASE WHEN wl.WORKFLOW_NEXT_ACTION_TYPE_ID IN (3941, 4130, 3992, 3942, 4468, 3950, 3951, 3944, 4122, 3943) THEN 1 ELSE 0 END) AS further,
               MAX(CASE WHEN wl.WORKFLOW_NEXT_ACTION_TYPE_ID IN (3988, 3987, 3953, 4440) THEN 1 ELSE 0 END) AS nfa
        FROM "dm_workflow_links" wl
        JOIN "dm_workflow_steps_people_vw" tp ON tp.WORKFLOW_STEP_ID = wl.TARGET_STEP_ID
        WHERE tp.STEP_STATUS IN ('INCOMING', 'STARTED', 'REOPENED', 'COMPLETED')
        GROUP BY wl.SOURCE_STEP_ID, tp.PERSON_ID
    ),
    referrals AS (
        SELECT st.step_id, st.person_id,
               CASE WHEN r.REFERRAL_ID IS NOT NULL THEN CONCAT(CAST(r.REFERRAL_ID AS VARCHAR(20)), '-', CAST(r.PERSON_ID AS VARCHAR(20))) END AS referral_id,
               ROW_NUMBER() OVER (PARTITION BY st.step_id, st.person_id ORDER BY r.REFERRAL_DATE DESC, r.REFERRAL_ID DESC) AS rn
        FROM steps st
        LEFT JOIN "dm_cin_referrals" r
               ON r.PERSON_ID = st.person_id AND r.REFERRAL_DATE <= st.start_date AND (r.CLOSURE_DATE IS NULL OR r.CLOSURE_DATE >= st.start_date)
    )
    INSERT INTO pg_temp."ssd_load_ssd_cin_assessments" ("cina_assessment_id", "cina_person_id", "cina_referral_id", "cina_assessment_start_date", "cina_assessment_child_seen", "cina_assessment_auth_date", "cina_assessment_outcome_json", "cina_assessment_outcome_nfa", "cina_assessment_team", "cina_assessment_worker_id")
    SELECT
        CONCAT(CAST(st.step_id AS VARCHAR(20)), '-', CAST(st.person_id AS VARCHAR(20))),
        CAST(st.person_id AS VARCHAR(48)),
        rf.referral_id,
        st.start_date,
        CASE WHEN se.seen IN ('Y', 'N') THEN se.seen END,
        st.auth_date,
        CONCAT('{"NFA_FLAG": "', CASE WHEN a.nfa = 1 AND a.further = 0 THEN 'Y' ELSE 'N' END,
               '", "FURTHER_INTERVENTION_FLAG": "', CASE WHEN a.further = 1 THEN 'Y' ELSE 'N' END, '"}'),
        CASE WHEN a.nfa = 1 AND a.further = 0 THEN 'Y' ELSE 'N' END,
        CAST(st.team_id AS VARCHAR(48)),
        CAST(st.worker_id AS VARCHAR(100))
    FROM steps st
    LEFT JOIN referrals rf ON rf.step_id = st.step_id AND rf.person_id = st.person_id AND rf.rn = 1
    LEFT JOIN seen se ON se.step_id = st.step_id AND se.person_id = st.person_id
    LEFT JOIN actions a ON a.step_id = st.step_id AND a.person_id = st.person_id
    WHERE EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(st.person_id AS VARCHAR(48)));
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
        SELECT f.ASSESSMENT_ID AS step_id, ss.SUBJECT_COMPOUND_ID AS person_id,
               UPPER(LTRIM(RTRIM(f.FACTOR_VALUE))) AS code
        FROM "dm_cin_assess_factors" f
        JOIN "dm_workflow_steps" s ON s.WORKFLOW_STEP_ID = f.ASSESSMENT_ID
        JOIN "dm_subgroup_subjects" ss ON ss.SUBGROUP_ID = s.SUBGROUP_ID AND ss.SUBJECT_TYPE_CODE = 'PER'
        WHERE f.FACTOR_VALUE IS NOT NULL
    ),
    flags AS (
        SELECT fl.step_id, fl.person_id,
               CONCAT(
                   CASE WHEN MAX(CASE WHEN fl.code = '1A' THEN 1 ELSE 0 END) = 1 THEN ',"1A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.code = '1B' THEN 1 ELSE 0 END) = 1 THEN ',"1B"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.code = '1C' THEN 1 ELSE 0 END) = 1 THEN ',"1C"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.code = '2A' THEN 1 ELSE 0 END) = 1 THEN ',"2A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.code = '2B' THEN 1 ELSE 0 END) = 1 THEN ',"2B"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.code = '2C' THEN 1 ELSE 0 END) = 1 THEN ',"2C"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.code = '3A' THEN 1 ELSE 0 END) = 1 THEN ',"3A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.code = '3B' THEN 1 ELSE 0 END) = 1 THEN ',"3B"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.code = '3C' THEN 1 ELSE 0 END) = 1 THEN ',"3C"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.code = '4A' THEN 1 ELSE 0 END) = 1 THEN ',"4A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.code = '4B' THEN 1 ELSE 0 END) = 1 THEN ',"4B"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.code = '4C' THEN 1 ELSE 0 END) = 1 THEN ',"4C"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.code = '5A' THEN 1 ELSE 0 END) = 1 THEN ',"5A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.code = '5B' THEN 1 ELSE 0 END) = 1 THEN ',"5B"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.code = '5C' THEN 1 ELSE 0 END) = 1 THEN ',"5C"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.code = '6A' THEN 1 ELSE 0 END) = 1 THEN ',"6A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.code = '6B' THEN 1 ELSE 0 END) = 1 THEN ',"6B"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.code = '6C' THEN 1 ELSE 0 END) = 1 THEN ',"6C"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.code = '7A' THEN 1 ELSE 0 END) = 1 THEN ',"7A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.code = '8B' THEN 1 ELSE 0 END) = 1 THEN ',"8B"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.code = '8C' THEN 1 ELSE 0 END) = 1 THEN ',"8C"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.code = '8D' THEN 1 ELSE 0 END) = 1 THEN ',"8D"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.code = '8E' THEN 1 ELSE 0 END) = 1 THEN ',"8E"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.code = '8F' THEN 1 ELSE 0 END) = 1 THEN ',"8F"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.code = '9A' THEN 1 ELSE 0 END) = 1 THEN ',"9A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.code = '10A' THEN 1 ELSE 0 END) = 1 THEN ',"10A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.code = '11A' THEN 1 ELSE 0 END) = 1 THEN ',"11A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.code = '12A' THEN 1 ELSE 0 END) = 1 THEN ',"12A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.code = '13A' THEN 1 ELSE 0 END) = 1 THEN ',"13A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.code = '14A' THEN 1 ELSE 0 END) = 1 THEN ',"14A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.code = '15A' THEN 1 ELSE 0 END) = 1 THEN ',"15A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.code = '16A' THEN 1 ELSE 0 END) = 1 THEN ',"16A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.code = '17A' THEN 1 ELSE 0 END) = 1 THEN ',"17A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.code = '18A' THEN 1 ELSE 0 END) = 1 THEN ',"18A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.code = '18B' THEN 1 ELSE 0 END) = 1 THEN ',"18B"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.code = '18C' THEN 1 ELSE 0 END) = 1 THEN ',"18C"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.code = '19A' THEN 1 ELSE 0 END) = 1 THEN ',"19A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.code = '19B' THEN 1 ELSE 0 END) = 1 THEN ',"19B"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.code = '19C' THEN 1 ELSE 0 END) = 1 THEN ',"19C"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.code = '20' THEN 1 ELSE 0 END) = 1 THEN ',"20"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.code = '21' THEN 1 ELSE 0 END) = 1 THEN ',"21"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.code = '22A' THEN 1 ELSE 0 END) = 1 THEN ',"22A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.code = '23A' THEN 1 ELSE 0 END) = 1 THEN ',"23A"' ELSE '' END,
                   CASE WHEN MAX(CASE WHEN fl.code = '24A' THEN 1 ELSE 0 END) = 1 THEN ',"24A"' ELSE '' END
               ) AS list
        FROM factors fl
        WHERE fl.code IN ('1A', '1B', '1C', '2A', '2B', '2C', '3A', '3B', '3C', '4A', '4B', '4C', '5A', '5B', '5C', '6A', '6B', '6C', '7A', '8B', '8C', '8D', '8E', '8F', '9A', '10A', '11A', '12A', '13A', '14A', '15A', '16A', '17A', '18A', '18B', '18C', '19A', '19B', '19C', '20', '21', '22A', '23A', '24A')
        GROUP BY fl.step_id, fl.person_id
    )
    INSERT INTO pg_temp."ssd_load_ssd_assessment_factors" ("cinf_table_id", "cinf_assessment_id", "cinf_assessment_factors_json")
    SELECT
        CAST(x.step_id AS VARCHAR(48)),
        CONCAT(CAST(x.step_id AS VARCHAR(20)), '-', CAST(x.person_id AS VARCHAR(20))),
        CONCAT('[', SUBSTRING(x.list, 2, 4000), ']')
    FROM flags x
    WHERE EXISTS (
        SELECT 1 FROM "ssd"."ssd_cin_assessments" ca
        WHERE ca.cina_assessment_id = CONCAT(CAST(x.step_id AS VARCHAR(20)), '-', CAST(x.person_id AS VARCHAR(20)))
    );
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
    WITH plans AS (
        SELECT s.WORKFLOW_STEP_ID AS step_id, ss.SUBJECT_COMPOUND_ID AS person_id,
               COALESCE(s.STARTED_ON, s.INCOMING_ON) AS start_date, s.COMPLETED_ON AS end_date,
               COALESCE(s.COMPLETED_ON, CURRENT_DATE) AS as_at
        FROM "dm_workflow_steps" s
        JOIN "dm_subgroup_subjects" ss ON ss.SUBGROUP_ID = s.SUBGROUP_ID AND ss.SUBJECT_TYPE_CODE = 'PER'
        WHERE s.WORKFLOW_STEP_TYPE_ID IN (325, 369, 463)
          AND s.STEP_STATUS IN ('INCOMING', 'STARTED', 'REOPENED', 'COMPLETED')
          AND COALESCE(s.STARTED_ON, s.INCOMING_ON) <= CURRENT_DATE AND (s.COMPLETED_ON IS NULL OR s.COMPLETED_ON >= (CURRENT_DATE - INTERVAL '6 years'))
    ),
    workers AS (
        -- the latest allocation on the day, with that worker's role organisation on the same day
        SELECT p.step_id, p.person_id, aw.WORKER_ID AS worker_id, wr.ORGANISATION_ID AS team_id,
               ROW_NUMBER() OVER (PARTITION BY p.step_id, p.person_id
                                  ORDER BY aw.START_DATE DESC, aw.ALLOCATION_ID DESC, wr.START_DATE DESC, wr.WORKER_ROLE_ID DESC) AS rn
        FROM plans p
        JOIN "dm_allocated_workers" aw
          ON aw.PERSON_ID = p.person_id AND aw.START_DATE <= p.as_at AND (aw.END_DATE IS NULL OR aw.END_DATE >= p.as_at)
        LEFT JOIN "dm_worker_roles" wr
               ON wr.WORKER_ID = aw.WORKER_ID AND wr.START_DATE <= p.as_at AND (wr.END_DATE IS NULL OR wr.END_DATE >= p.as_at)
    ),
    referrals AS (
        SELECT p.step_id, p.person_id, CONCAT(CAST(r.REFERRAL_ID AS VARCHAR(20)), '-', CAST(r.PERSON_ID AS VARCHAR(20))) AS referral_id,
               ROW_NUMBER() OVER (PARTITION BY p.step_id, p.person_id ORDER BY r.REFERRAL_DATE DESC, r.REFERRAL_ID DESC) AS rn
        FROM plans p
        JOIN "dm_cin_referrals" r
          ON r.PERSON_ID = p.person_id AND r.REFERRAL_DATE <= p.start_date AND (r.CLOSURE_DATE IS NULL OR r.CLOSURE_DATE >= p.start_date)
    )
    INSERT INTO pg_temp."ssd_load_ssd_cin_plans" ("cinp_cin_plan_id", "cinp_referral_id", "cinp_person_id", "cinp_cin_plan_start_date", "cinp_cin_plan_end_date", "cinp_cin_plan_team", "cinp_cin_plan_worker_id")
    SELECT
        CONCAT(CAST(p.step_id AS VARCHAR(20)), '-', CAST(p.person_id AS VARCHAR(20))),
        rf.referral_id,
        CAST(p.person_id AS VARCHAR(48)),
        p.start_date,
        p.end_date,
        CAST(w.team_id AS VARCHAR(48)),
        CAST(w.worker_id AS VARCHAR(100))
    FROM plans p
    LEFT JOIN workers w ON w.step_id = p.step_id AND w.person_id = p.person_id AND w.rn = 1
    LEFT JOIN referrals rf ON rf.step_id = p.step_id AND rf.person_id = p.person_id AND rf.rn = 1
    WHERE EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(p.person_id AS VARCHAR(48)));
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
    WITH enquiries AS (
        SELECT v.WORKFLOW_STEP_ID AS step_id, v.PERSON_ID AS person_id,
               CAST(v.STARTED_ON AS DATE) AS start_date, CAST(v.COMPLETED_ON AS DATE) AS end_date,
               v.RESPONSIBLE_TEAM_ID AS team_id, v.ASSIGNEE_ID AS worker_id
        FROM "dm_workflow_steps_people_vw" v
        WHERE v.IS_SECTION_47_ENQUIRY = 'Y'
          AND v.STEP_STATUS IN ('INCOMING', 'STARTED', 'REOPENED', 'COMPLETED')
          AND CAST(v.STARTED_ON AS DATE) <= CURRENT_DATE AND (CAST(v.COMPLETED_ON AS DATE) IS NULL OR CAST(v.COMPLETED_ON AS DATE) >= (CURRENT_DATE - INTERVAL '6 years'))
    ),
    actions AS (
        SELECT wl.SOURCE_STEP_ID AS step_id, tp.PERSON_ID AS person_id,
               MAX(CASE WHEN ts.CP_CONFERENCE_CATEGORY = 'Initial'
                          OR 1 = 0 THEN 1 ELSE 0 END) AS conference,
               MAX(CASE WHEN 1 = 0 THEN 1 ELSE 0 END) AS further,
               MAX(CASE WHEN nt.IS_NO_FURTHER_ACTION = 'Y' THEN 1 ELSE 0 END) AS nfa
        FROM "dm_workflow_links" wl
        JOIN "dm_workflow_steps_people_vw" tp ON tp.WORKFLOW_STEP_ID = wl.TARGET_STEP_ID
        JOIN "dm_workflow_steps" ts ON ts.WORKFLOW_STEP_ID = wl.TARGET_STEP_ID
        LEFT JOIN "dm_workflow_nxt_action_types" nt ON nt.WORKFLOW_NEXT_ACTION_TYPE_ID = wl.WORKFLOW_NEXT_ACTION_TYPE_ID
        WHERE tp.STEP_STATUS IN ('INCOMING', 'STARTED', 'REOPENED', 'COMPLETED')
        GROUP BY wl.SOURCE_STEP_ID, tp.PERSON_ID
    ),
    referrals AS (
        SELECT e.step_id, e.person_id,
               CASE WHEN r.REFERRAL_ID IS NOT NULL THEN CONCAT(CAST(r.REFERRAL_ID AS VARCHAR(20)), '-', CAST(r.PERSON_ID AS VARCHAR(20))) END AS referral_id,
               ROW_NUMBER() OVER (PARTITION BY e.step_id, e.person_id ORDER BY r.REFERRAL_DATE DESC, r.REFERRAL_ID DESC) AS rn
        FROM enquiries e
        LEFT JOIN "dm_cin_referrals" r
               ON r.PERSON_ID = e.person_id AND r.REFERRAL_DATE <= e.start_date AND (r.CLOSURE_DATE IS NULL OR r.CLOSURE_DATE >= e.start_date)
    )
    INSERT INTO pg_temp."ssd_load_ssd_s47_enquiry" ("s47e_s47_enquiry_id", "s47e_referral_id", "s47e_person_id", "s47e_s47_start_date", "s47e_s47_end_date", "s47e_s47_nfa", "s47e_s47_outcome_json", "s47e_s47_completed_by_team", "s47e_s47_completed_by_worker_id")
    SELECT
        CONCAT(CAST(e.step_id AS VARCHAR(20)), '-', CAST(e.person_id AS VARCHAR(20))),
        rf.referral_id,
        CAST(e.person_id AS VARCHAR(48)),
        e.start_date,
        e.end_date,
        CASE WHEN a.nfa = 1 AND a.conference = 0 AND a.further = 0 THEN 'Y' ELSE 'N' END,
        CONCAT('{"NFA_FLAG": "', CASE WHEN a.nfa = 1 AND a.conference = 0 AND a.further = 0 THEN 'Y' ELSE 'N' END,
               '", "CP_CONFERENCE_FLAG": "', CASE WHEN a.conference = 1 THEN 'Y' ELSE 'N' END, '"}'),
        CAST(e.team_id AS VARCHAR(48)),
        CAST(e.worker_id AS VARCHAR(100))
    FROM enquiries e
    LEFT JOIN referrals rf ON rf.step_id = e.step_id AND rf.person_id = e.person_id AND rf.rn = 1
    LEFT JOIN actions a ON a.step_id = e.step_id AND a.person_id = e.person_id
    WHERE EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(e.person_id AS VARCHAR(48)));
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
    WITH conferences AS (
        SELECT s.WORKFLOW_STEP_ID AS step_id, ss.SUBJECT_COMPOUND_ID AS person_id, s.WORKFLOW_STEP_TYPE_ID AS step_type,
               CAST(s.CP_CONFERENCE_ACTUAL_DATE AS DATE) AS held_on,
               s.RESPONSIBLE_TEAM_ID AS team_id, s.ASSIGNEE_ID AS worker_id
        FROM "dm_workflow_steps" s
        JOIN "dm_subgroup_subjects" ss ON ss.SUBGROUP_ID = s.SUBGROUP_ID AND ss.SUBJECT_TYPE_CODE = 'PER'
        WHERE s.CP_CONFERENCE_CATEGORY = 'Initial'
          AND s.STEP_STATUS = 'COMPLETED'
          AND s.CP_CONFERENCE_ACTUAL_DATE >= (CURRENT_DATE - INTERVAL '6 years')
          AND s.CP_CONFERENCE_ACTUAL_DATE <= CURRENT_DATE
    ),
    earlier AS (
        -- the child's steps before the conference: the latest S47, and the latest strategy discussion date
        SELECT c.step_id, c.person_id,
               ps.WORKFLOW_STEP_ID AS s47_step_id,
               ROW_NUMBER() OVER (PARTITION BY c.step_id, c.person_id
                                  ORDER BY CASE WHEN ps.IS_SECTION_47_ENQUIRY = 'Y' THEN 0 ELSE 1 END,
                                           COALESCE(ps.STARTED_ON, ps.INCOMING_ON) DESC, ps.WORKFLOW_STEP_ID DESC) AS rn,
               MAX(ps.STRATEGY_DISCUSSION_DATE) OVER (PARTITION BY c.step_id, c.person_id) AS strategy_date,
               ps.IS_SECTION_47_ENQUIRY AS is_s47
        FROM conferences c
        JOIN "dm_workflow_backwards" wb ON wb.WORKFLOW_STEP_ID = c.step_id
        JOIN "dm_workflow_steps" ps ON ps.WORKFLOW_STEP_ID = wb.PRECEDING_WORKFLOW_STEP_ID
        JOIN "dm_subgroup_subjects" pss
          ON pss.SUBGROUP_ID = ps.SUBGROUP_ID AND pss.SUBJECT_TYPE_CODE = 'PER' AND pss.SUBJECT_COMPOUND_ID = c.person_id
    ),
    plans AS (
        SELECT c.step_id, c.person_id, rg.REGISTRATION_ID AS plan_id,
               ROW_NUMBER() OVER (PARTITION BY c.step_id, c.person_id
                                  ORDER BY CASE WHEN rg.REGISTRATION_STEP_ID = c.step_id THEN 0 ELSE 1 END, rg.REGISTRATION_ID) AS rn
        FROM conferences c
        JOIN "dm_registrations" rg
          ON rg.PERSON_ID = c.person_id AND CAST(rg.REGISTRATION_START_DATE AS DATE) = c.held_on
        WHERE rg.IS_CHILD_PROTECTION_PLAN = 'Y' AND COALESCE(rg.IS_TEMPORARY_CHILD_PROTECTION, 'N') <> 'Y'
    ),
    transfers AS (
        SELECT DISTINCT mf.MAPPED_VALUE AS step_type
        FROM "dm_mapping_filters" mf
        WHERE mf.FILTER_NAME = 'Child CIN Transfer In Conferences'
    ),
    referrals AS (
        SELECT c.step_id, c.person_id,
               CASE WHEN r.REFERRAL_ID IS NOT NULL THEN CONCAT(CAST(r.REFERRAL_ID AS VARCHAR(20)), '-', CAST(r.PERSON_ID AS VARCHAR(20))) END AS referral_id,
               ROW_NUMBER() OVER (PARTITION BY c.step_id, c.person_id ORDER BY r.REFERRAL_DATE DESC, r.REFERRAL_ID DESC) AS rn
        FROM conferences c
        LEFT JOIN "dm_cin_referrals" r
               ON r.PERSON_ID = c.person_id AND r.REFERRAL_DATE <= c.held_on AND (r.CLOSURE_DATE IS NULL OR r.CLOSURE_DATE >= c.held_on)
    )
    INSERT INTO pg_temp."ssd_load_ssd_initial_cp_conference" ("icpc_icpc_id", "icpc_icpc_meeting_id", "icpc_s47_enquiry_id", "icpc_person_id", "icpc_cp_plan_id", "icpc_referral_id", "icpc_icpc_transfer_in", "icpc_icpc_target_date", "icpc_icpc_date", "icpc_icpc_outcome_cp_flag", "icpc_icpc_outcome_json", "icpc_icpc_team", "icpc_icpc_worker_id")
    SELECT
        CONCAT(CAST(c.step_id AS VARCHAR(20)), '-', CAST(c.person_id AS VARCHAR(20))),
        NULL,  -- icpc_icpc_meeting_id: Mosaic records the conference as the step itself; there is no meeting id
        CASE WHEN e.is_s47 = 'Y' THEN CONCAT(CAST(e.s47_step_id AS VARCHAR(20)), '-', CAST(c.person_id AS VARCHAR(20))) END,
        CAST(c.person_id AS VARCHAR(48)),
        CAST(p.plan_id AS VARCHAR(48)),
        rf.referral_id,
        CASE WHEN CAST(c.step_type AS VARCHAR(48)) IN (SELECT LTRIM(RTRIM(CAST(t.step_type AS VARCHAR(48)))) FROM transfers t) THEN 'Y' ELSE 'N' END,
        CASE WHEN e.strategy_date IS NOT NULL THEN (e.strategy_date + CASE WHEN (CAST(EXTRACT(ISODOW FROM e.strategy_date) AS INT) - 1) >= 4 THEN 21 - ((CAST(EXTRACT(ISODOW FROM e.strategy_date) AS INT) - 1) - 4) WHEN (CAST(EXTRACT(ISODOW FROM e.strategy_date) AS INT) - 1) + 0 >= 5 THEN 23 ELSE 21 END * INTERVAL '1 day') END,
        c.held_on,
        CASE WHEN p.plan_id IS NOT NULL THEN 'Y' ELSE 'N' END,
        CONCAT('{"CP_FLAG": "', CASE WHEN p.plan_id IS NOT NULL THEN 'Y' ELSE 'N' END, '"}'),
        CAST(c.team_id AS VARCHAR(48)),
        CAST(c.worker_id AS VARCHAR(100))
    FROM conferences c
    LEFT JOIN referrals rf ON rf.step_id = c.step_id AND rf.person_id = c.person_id AND rf.rn = 1
    LEFT JOIN earlier e ON e.step_id = c.step_id AND e.person_id = c.person_id AND e.rn = 1
    LEFT JOIN plans p ON p.step_id = c.step_id AND p.person_id = c.person_id AND p.rn = 1
    WHERE EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(c.person_id AS VARCHAR(48)));
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
    WITH plans AS (
        SELECT rg.REGISTRATION_ID AS plan_id, rg.PERSON_ID AS person_id, rg.REGISTRATION_STEP_ID AS step_id,
               rg.REGISTRATION_START_DATE AS start_date, rg.DEREGISTRATION_DATE AS end_date,
               COALESCE(rg.DEREGISTRATION_DATE, CURRENT_DATE) AS as_at
        FROM "dm_registrations" rg
        WHERE rg.IS_CHILD_PROTECTION_PLAN = 'Y'
          AND COALESCE(rg.IS_TEMPORARY_CHILD_PROTECTION, 'N') <> 'Y'
          AND rg.REGISTRATION_START_DATE <= CURRENT_DATE AND (rg.DEREGISTRATION_DATE IS NULL OR rg.DEREGISTRATION_DATE >= (CURRENT_DATE - INTERVAL '6 years'))
    ),
    categories AS (
        SELECT p.plan_id,
               COUNT(DISTINCT CASE WHEN CAST(rc.CATEGORY_START_DATE AS DATE) = CAST(p.start_date AS DATE) THEN rc.CIN_ABUSE_CATEGORY_CODE END) AS initial_count,
               MAX(CASE WHEN CAST(rc.CATEGORY_START_DATE AS DATE) = CAST(p.start_date AS DATE) THEN rc.CIN_ABUSE_CATEGORY_CODE END) AS initial_code,
               COUNT(DISTINCT CASE WHEN rc.CATEGORY_START_DATE <= p.as_at AND (rc.CATEGORY_END_DATE IS NULL OR rc.CATEGORY_END_DATE >= p.as_at) THEN rc.CIN_ABUSE_CATEGORY_CODE END) AS latest_count,
               MAX(CASE WHEN rc.CATEGORY_START_DATE <= p.as_at AND (rc.CATEGORY_END_DATE IS NULL OR rc.CATEGORY_END_DATE >= p.as_at) THEN rc.CIN_ABUSE_CATEGORY_CODE END) AS latest_code
        FROM plans p
        JOIN "dm_registration_categories" rc ON rc.REGISTRATION_ID = p.plan_id
        GROUP BY p.plan_id
    ),
    referrals AS (
        SELECT p.plan_id,
               CASE WHEN r.REFERRAL_ID IS NOT NULL THEN CONCAT(CAST(r.REFERRAL_ID AS VARCHAR(20)), '-', CAST(r.PERSON_ID AS VARCHAR(20))) END AS referral_id,
               ROW_NUMBER() OVER (PARTITION BY p.plan_id ORDER BY r.REFERRAL_DATE DESC, r.REFERRAL_ID DESC) AS rn
        FROM plans p
        LEFT JOIN "dm_cin_referrals" r
               ON r.PERSON_ID = p.person_id AND r.REFERRAL_DATE <= p.start_date AND (r.CLOSURE_DATE IS NULL OR r.CLOSURE_DATE >= p.start_date)
    )
    INSERT INTO pg_temp."ssd_load_ssd_cp_plans" ("cppl_cp_plan_id", "cppl_referral_id", "cppl_icpc_id", "cppl_person_id", "cppl_cp_plan_start_date", "cppl_cp_plan_end_date", "cppl_cp_plan_ola", "cppl_cp_plan_initial_category", "cppl_cp_plan_latest_category")
    SELECT
        CAST(p.plan_id AS VARCHAR(48)),
        rf.referral_id,
        CASE WHEN p.step_id IS NOT NULL THEN CONCAT(CAST(p.step_id AS VARCHAR(20)), '-', CAST(p.person_id AS VARCHAR(20))) END,
        CAST(p.person_id AS VARCHAR(48)),
        p.start_date,
        p.end_date,
        NULL,  -- cppl_cp_plan_ola: the data mart does not say whether another LA holds the plan (D2I issue 276)
        CASE WHEN c.initial_count > 1 THEN 'MUL' ELSE c.initial_code END,
        CASE WHEN c.latest_count > 1 THEN 'MUL' ELSE c.latest_code END
    FROM plans p
    LEFT JOIN referrals rf ON rf.plan_id = p.plan_id AND rf.rn = 1
    LEFT JOIN categories c ON c.plan_id = p.plan_id
    WHERE EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(p.person_id AS VARCHAR(48)));
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
    WITH summaries AS (
        -- a dm_cla_summaries row is one time slice of a child's care, so (PERSON_ID, START_DATE) is its key
        SELECT cs.PERSON_ID AS person_id, cs.PERIOD_OF_CARE_ID AS period_id, cs.START_DATE AS start_date,
               cs.END_DATE AS end_date, cs.PLACEMENT_ID AS placement_id, pc.START_DATE AS period_start,
               pl.PLACEMENT_TYPE AS placement_type, pl.START_DATE AS placement_start, pl.CATEGORY_OF_NEED AS need_code,
               pl.REASON_EPISODE_CEASED AS ceased_reason, ls.LEGAL_STATUS AS legal_status, ls.START_DATE AS legal_start,
               pd.CARER_ID AS carer_id
        FROM "dm_cla_summaries" cs
        JOIN "dm_periods_of_care" pc ON pc.PERIOD_OF_CARE_ID = cs.PERIOD_OF_CARE_ID
        JOIN "dm_legal_statuses" ls ON ls.LEGAL_STATUS_ID = cs.LEGAL_STATUS_ID
        JOIN "dm_placements" pl ON pl.PLACEMENT_ID = cs.PLACEMENT_ID AND pl.SPLIT_NUMBER = cs.PLACEMENT_SPLIT_NUMBER
        LEFT JOIN "dm_placement_details" pd
               ON pd.ELEMENT_DETAIL_ID = cs.ELEMENT_DETAIL_ID AND pd.SPLIT_NUMBER = cs.SERVICE_SPLIT_NUMBER
    ),
    episodes AS (
        SELECT s.person_id, s.period_id, s.start_date, s.end_date, s.placement_id, s.period_start, s.placement_type,
               s.placement_start, s.need_code, s.ceased_reason, s.legal_status, s.legal_start, s.carer_id,
               LAG(s.carer_id) OVER (PARTITION BY s.period_id ORDER BY s.start_date) AS prev_carer,
               LAG(s.placement_type) OVER (PARTITION BY s.period_id ORDER BY s.start_date) AS prev_type
        FROM summaries s
    ),
    iro AS (
        SELECT e.person_id, e.start_date, MAX(fa.DATE_ANSWER) AS last_visit
        FROM episodes e
        JOIN "dm_filter_form_ans" fa ON fa.SUBJECT_PERSON_ID = e.person_id
        JOIN "report_filters" rfl ON rfl.ID = fa.FILTER_ID
        WHERE rfl.NAME = 'Child IRO Visit Date'
          AND fa.DATE_ANSWER <= COALESCE(e.end_date, CURRENT_DATE)
        GROUP BY e.person_id, e.start_date
    ),
    referrals AS (
        SELECT e.person_id, e.start_date,
               CASE WHEN r.REFERRAL_ID IS NOT NULL THEN CONCAT(CAST(r.REFERRAL_ID AS VARCHAR(20)), '-', CAST(r.PERSON_ID AS VARCHAR(20))) END AS referral_id,
               ROW_NUMBER() OVER (PARTITION BY e.person_id, e.start_date ORDER BY r.REFERRAL_DATE DESC, r.REFERRAL_ID DESC) AS rn
        FROM episodes e
        LEFT JOIN "dm_cin_referrals" r
               ON r.PERSON_ID = e.person_id AND r.REFERRAL_DATE <= e.start_date AND (r.CLOSURE_DATE IS NULL OR r.CLOSURE_DATE >= e.start_date)
    )
    INSERT INTO pg_temp."ssd_load_ssd_cla_episodes" ("clae_cla_episode_id", "clae_person_id", "clae_cla_placement_id", "clae_cla_episode_start_date", "clae_cla_episode_start_reason", "clae_cla_primary_need_code", "clae_cla_episode_ceased_date", "clae_cla_episode_ceased_reason", "clae_cla_id", "clae_referral_id", "clae_cla_last_iro_contact_date", "clae_entered_care_date")
    SELECT
        CONCAT(CAST(e.person_id AS VARCHAR(20)), '.', CAST(CAST(e.start_date AS DATE) AS VARCHAR(10))),
        CAST(e.person_id AS VARCHAR(48)),
        CAST(e.placement_id AS VARCHAR(48)),
        e.start_date,
        CASE
            WHEN CAST(e.start_date AS DATE) = CAST(e.period_start AS DATE) THEN 'S'
            WHEN CAST(e.placement_start AS DATE) < CAST(e.start_date AS DATE) THEN 'L'
            WHEN CAST(e.legal_start AS DATE) < CAST(e.start_date AS DATE) THEN
                CASE WHEN e.prev_carer = e.carer_id AND e.prev_type <> e.placement_type THEN 'T' ELSE 'P' END
            WHEN e.prev_carer = e.carer_id THEN 'U'
            ELSE 'B'
        END,
        LEFT(e.need_code, 3),
        e.end_date,
        CASE WHEN e.end_date IS NOT NULL THEN LEFT(e.ceased_reason, 255) END,
        CAST(e.period_id AS VARCHAR(48)),
        rf.referral_id,
        i.last_visit,
        e.period_start
    FROM episodes e
    LEFT JOIN referrals rf ON rf.person_id = e.person_id AND rf.start_date = e.start_date AND rf.rn = 1
    LEFT JOIN iro i ON i.person_id = e.person_id AND i.start_date = e.start_date
    WHERE e.start_date <= CURRENT_DATE AND (e.end_date IS NULL OR e.end_date >= (CURRENT_DATE - INTERVAL '6 years'))
      AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(e.person_id AS VARCHAR(48)));
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
    WITH firsts AS (
        SELECT ps.PLACEMENT_ID AS placement_id, MAX(ps.PERSON_ID) AS person_id, MIN(ps.START_DATE) AS start_date
        FROM "dm_placements" ps
        GROUP BY ps.PLACEMENT_ID
    ),
    last_splits AS (
        SELECT pl.PLACEMENT_ID AS placement_id, pl.PERSON_ID AS person_id, pl.PERIOD_OF_CARE_ID AS period_id,
               pl.PLACEMENT_TYPE AS placement_type, pl.END_DATE AS end_date,
               pl.REASON_FOR_PLACEMENT_CHANGE AS change_reason,
               ROW_NUMBER() OVER (PARTITION BY pl.PLACEMENT_ID ORDER BY pl.SPLIT_NUMBER DESC) AS rn
        FROM "dm_placements" pl
    ),
    elements AS (
        SELECT cs.PLACEMENT_ID AS placement_id, pd.OFSTED_URN AS urn, pd.CIN_PROVIDER_CATEGORY_CODE AS provider,
               ROW_NUMBER() OVER (PARTITION BY cs.PLACEMENT_ID ORDER BY cs.START_DATE DESC, cs.SERVICE_SPLIT_NUMBER DESC) AS rn
        FROM "dm_cla_summaries" cs
        JOIN "dm_placement_details" pd
          ON pd.ELEMENT_DETAIL_ID = cs.ELEMENT_DETAIL_ID AND pd.SPLIT_NUMBER = cs.SERVICE_SPLIT_NUMBER
    ),
    addresses AS (
        SELECT ap.PLACEMENT_ID AS placement_id, ca.POST_CODE AS postcode,
               ROW_NUMBER() OVER (PARTITION BY ap.PLACEMENT_ID
                                  ORDER BY ap.SPLIT_NUMBER DESC, acs.START_DATE DESC, acs.SERVICE_SPLIT_NUMBER DESC,
                                           ca.START_DATE DESC) AS rn
        FROM "dm_placements" ap
        JOIN "dm_cla_summaries" acs ON acs.PLACEMENT_ID = ap.PLACEMENT_ID
        JOIN "dm_placement_details" apd
          ON apd.ELEMENT_DETAIL_ID = acs.ELEMENT_DETAIL_ID AND apd.SPLIT_NUMBER = acs.SERVICE_SPLIT_NUMBER
        JOIN "dm_placement_carer_addresses" ca
          ON ca.CARER_ID = apd.CARER_ID AND ca.START_DATE <= COALESCE(ap.END_DATE, CURRENT_DATE) AND (ca.END_DATE IS NULL OR ca.END_DATE >= COALESCE(ap.END_DATE, CURRENT_DATE))
    )
    INSERT INTO pg_temp."ssd_load_ssd_cla_placement" ("clap_cla_placement_id", "clap_cla_id", "clap_person_id", "clap_cla_placement_start_date", "clap_cla_placement_type", "clap_cla_placement_urn", "clap_cla_placement_distance", "clap_cla_placement_provider", "clap_cla_placement_postcode", "clap_cla_placement_end_date", "clap_cla_placement_change_reason")
    SELECT
        CAST(f.placement_id AS VARCHAR(48)),
        CAST(ls.period_id AS VARCHAR(48)),
        CAST(f.person_id AS VARCHAR(48)),
        f.start_date,
        LEFT(ls.placement_type, 100),
        LEFT(el.urn, 48),
        NULL,  -- clap_cla_placement_distance: the data mart holds no distance from home
        LEFT(el.provider, 48),
        LEFT(UPPER(LTRIM(RTRIM(ad.postcode))), 8),
        ls.end_date,
        LEFT(ls.change_reason, 100)
    FROM firsts f
    LEFT JOIN last_splits ls ON ls.placement_id = f.placement_id AND ls.rn = 1
    LEFT JOIN elements el ON el.placement_id = f.placement_id AND el.rn = 1
    LEFT JOIN addresses ad ON ad.placement_id = f.placement_id AND ad.rn = 1
    WHERE f.start_date <= CURRENT_DATE AND (ls.end_date IS NULL OR ls.end_date >= (CURRENT_DATE - INTERVAL '6 years'))
      AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(f.person_id AS VARCHAR(48)));
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
    WITH journeys AS (
        -- one journey per child and decision date, even when several steps carry the date; periods of care
        -- do not overlap, so the decision date lies in one period
        SELECT v.PERSON_ID AS person_id, v.ADOPTION_BEST_INTEREST_DATE AS decision, MIN(v.WORKFLOW_STEP_ID) AS step_id,
               MAX(pc.PERIOD_OF_CARE_ID) AS period_id, MAX(pc.END_DATE) AS period_end
        FROM "dm_workflow_steps_people_vw" v
        JOIN "dm_periods_of_care" pc
          ON pc.PERSON_ID = v.PERSON_ID AND pc.START_DATE <= v.ADOPTION_BEST_INTEREST_DATE AND (pc.END_DATE IS NULL OR pc.END_DATE >= v.ADOPTION_BEST_INTEREST_DATE)
        WHERE v.ADOPTION_BEST_INTEREST_DATE IS NOT NULL
          AND pc.START_DATE <= CURRENT_DATE AND (pc.END_DATE IS NULL OR pc.END_DATE >= (CURRENT_DATE - INTERVAL '6 years'))
        GROUP BY v.PERSON_ID, v.ADOPTION_BEST_INTEREST_DATE
    ),
    placed AS (
        SELECT j.step_id, j.person_id,
               MIN(CASE WHEN pl.PLACEMENT_TYPE IN ('A3', 'A4', 'A5', 'A6') AND pl.START_DATE >= j.decision THEN pl.START_DATE END) AS placed_for_adoption,
               MIN(CASE WHEN pl.PLACEMENT_TYPE IN ('U2', 'U5') THEN pl.START_DATE END) AS placed_ffa,
               MAX(CASE WHEN pl.IS_ADOPTED = 'Y' THEN pl.END_DATE END) AS adopted_on
        FROM journeys j
        JOIN "dm_placements" pl ON pl.PERIOD_OF_CARE_ID = j.period_id
        GROUP BY j.step_id, j.person_id
    ),
    orders AS (
        SELECT j.step_id, j.person_id, MIN(ls.START_DATE) AS order_date
        FROM journeys j
        JOIN "dm_legal_statuses" ls ON ls.PERIOD_OF_CARE_ID = j.period_id
        WHERE ls.LEGAL_STATUS IN ('E1')
        GROUP BY j.step_id, j.person_id
    ),
    later_steps AS (
        -- the child's adoption steps after the decision and before the period ended
        SELECT j.step_id, j.person_id, lv.ADOPTION_MATCH_DATE AS matched, lv.ADOPTION_PLAN_DATE_CEASED AS ceased,
               lv.ADOPTION_PLAN_REASON_CAT_CODE AS ceased_reason
        FROM journeys j
        JOIN "dm_workflow_steps_people_vw" lv ON lv.PERSON_ID = j.person_id
        WHERE COALESCE(lv.ADOPTION_MATCH_DATE, lv.ADOPTION_PLAN_DATE_CEASED) >= j.decision
          AND (j.period_end IS NULL OR COALESCE(lv.ADOPTION_MATCH_DATE, lv.ADOPTION_PLAN_DATE_CEASED) <= j.period_end)
    ),
    matches AS (
        SELECT ms.step_id, ms.person_id, MIN(ms.matched) AS matched FROM later_steps ms GROUP BY ms.step_id, ms.person_id
    ),
    reversals AS (
        SELECT rv.step_id, rv.person_id, rv.ceased, rv.ceased_reason,
               ROW_NUMBER() OVER (PARTITION BY rv.step_id, rv.person_id ORDER BY rv.ceased) AS rn
        FROM later_steps rv
        WHERE rv.ceased IS NOT NULL
    ),
    guardianship AS (
        SELECT nl.LEGAL_STATUS_ID AS status_id, nl.PERSON_ID AS person_id, nl.START_DATE AS start_date,
               pc.PERIOD_OF_CARE_ID AS period_id,
               ROW_NUMBER() OVER (PARTITION BY nl.LEGAL_STATUS_ID ORDER BY pc.START_DATE DESC) AS rn
        FROM "dm_non_la_legal_statuses" nl
        JOIN "dm_non_la_legal_status_types" nt ON nt.LEGAL_STATUS_TYPE = nl.LEGAL_STATUS_TYPE
        JOIN "dm_periods_of_care" pc
          ON pc.PERSON_ID = nl.PERSON_ID AND pc.START_DATE <= nl.START_DATE
         AND (pc.END_DATE IS NULL OR (pc.END_DATE + 1 * INTERVAL '1 day') >= nl.START_DATE)
        WHERE nt.IS_SPECIAL_GUARDIANSHIP_ORDER = 'Y'
          AND pc.START_DATE <= CURRENT_DATE AND (pc.END_DATE IS NULL OR pc.END_DATE >= (CURRENT_DATE - INTERVAL '6 years'))
    )
    INSERT INTO pg_temp."ssd_load_ssd_permanence" ("perm_table_id", "perm_person_id", "perm_cla_id", "perm_adm_decision_date", "perm_part_of_sibling_group", "perm_siblings_placed_together", "perm_siblings_placed_apart", "perm_ffa_cp_decision_date", "perm_placement_order_date", "perm_matched_date", "perm_adopter_sex", "perm_adopter_legal_status", "perm_number_of_adopters", "perm_placed_for_adoption_date", "perm_adopted_by_carer_flag", "perm_placed_foster_carer_date", "perm_placed_ffa_cp_date", "perm_placement_provider_urn", "perm_decision_reversed_date", "perm_decision_reversed_reason", "perm_permanence_order_date", "perm_permanence_order_type", "perm_adoption_worker_id")
    SELECT
        CONCAT('ADP.', CONCAT(CAST(j.step_id AS VARCHAR(20)), '-', CAST(j.person_id AS VARCHAR(20)))),
        CAST(j.person_id AS VARCHAR(48)),
        CAST(j.period_id AS VARCHAR(48)),
        j.decision,
        NULL, CAST(NULL AS INT), CAST(NULL AS INT),  -- sibling group, siblings together / apart: not in the data mart
        CAST(NULL AS DATE),  -- perm_ffa_cp_decision_date: a form answer whose question code differs per LA
        o.order_date,
        mt.matched,
        NULL, NULL, CAST(NULL AS INT),  -- adopter sex, legal status, number of adopters: not in the data mart
        p.placed_for_adoption,
        NULL,              -- perm_adopted_by_carer_flag: not in the data mart
        CAST(NULL AS DATE),  -- perm_placed_foster_carer_date: needs carer history the data mart does not link
        p.placed_ffa,
        NULL,              -- perm_placement_provider_urn: see ssd_cla_placement for the adoptive placement's URN
        rv.ceased,
        LEFT(rv.ceased_reason, 100),
        p.adopted_on,
        CASE WHEN p.adopted_on IS NOT NULL THEN 'Adoption' END,
        NULL               -- perm_adoption_worker_id: not in the data mart
    FROM journeys j
    LEFT JOIN placed p ON p.step_id = j.step_id AND p.person_id = j.person_id
    LEFT JOIN orders o ON o.step_id = j.step_id AND o.person_id = j.person_id
    LEFT JOIN matches mt ON mt.step_id = j.step_id AND mt.person_id = j.person_id
    LEFT JOIN reversals rv ON rv.step_id = j.step_id AND rv.person_id = j.person_id AND rv.rn = 1
    WHERE EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(j.person_id AS VARCHAR(48)))
    UNION ALL
    SELECT
        CONCAT('SGO.', CAST(g.status_id AS VARCHAR(20))),
        CAST(g.person_id AS VARCHAR(48)),
        CAST(g.period_id AS VARCHAR(48)),
        NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
        g.start_date,
        'Special Guardianship Order',
        NULL
    FROM guardianship g
    WHERE g.rn = 1 AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(g.person_id AS VARCHAR(48)));
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
    WITH young AS (
        SELECT p.PERSON_ID AS person_id,
               CAST(CAST(p.DATE_OF_BIRTH AS DATE) + INTERVAL '14 years' AS DATE) AS d14,
               CAST(CAST(p.DATE_OF_BIRTH AS DATE) + INTERVAL '18 years' AS DATE) AS d18,
               CAST(CAST(p.DATE_OF_BIRTH AS DATE) + INTERVAL '21 years' AS DATE) AS d21,
               CAST(CAST(p.DATE_OF_BIRTH AS DATE) + INTERVAL '22 years' AS DATE) AS d22
        FROM "dm_persons" p
        WHERE p.DATE_OF_BIRTH IS NOT NULL
          AND CAST(CAST(p.DATE_OF_BIRTH AS DATE) + INTERVAL '16 years' AS DATE) <= CURRENT_DATE
          AND CAST(CAST(p.DATE_OF_BIRTH AS DATE) + INTERVAL '26 years' AS DATE) > CURRENT_DATE
          AND EXISTS (
              SELECT 1 FROM "dm_periods_of_care" lc
              WHERE lc.PERSON_ID = p.PERSON_ID
                AND (lc.END_DATE IS NULL OR lc.END_DATE >= CAST(CAST(p.DATE_OF_BIRTH AS DATE) + INTERVAL '16 years' AS DATE))
          )
    ),
    care AS (
        SELECT y.person_id,
               SUM(CASE WHEN COALESCE(pc.END_DATE, CURRENT_DATE) > y.d14
                        THEN (CAST(CASE WHEN pc.END_DATE IS NULL OR pc.END_DATE > CURRENT_DATE THEN CURRENT_DATE ELSE pc.END_DATE END AS DATE) - CAST(CASE WHEN pc.START_DATE > y.d14 THEN pc.START_DATE ELSE y.d14 END AS DATE))
                        ELSE 0 END) AS days,
               MAX(CASE WHEN pc.END_DATE IS NULL OR pc.END_DATE >= CURRENT_DATE THEN 1 ELSE 0 END) AS in_care
        FROM young y
        JOIN "dm_periods_of_care" pc ON pc.PERSON_ID = y.person_id
        WHERE EXISTS (
            SELECT 1 FROM "dm_legal_statuses" ls
            WHERE ls.PERIOD_OF_CARE_ID = pc.PERIOD_OF_CARE_ID AND COALESCE(ls.IS_RESPITE_CARE, 'N') <> 'Y'
        )
        GROUP BY y.person_id
    ),
    workers AS (
        -- today's allocated worker (latest allocation) and that worker's role organisation today
        SELECT aw.PERSON_ID AS person_id, aw.WORKER_ID AS worker_id, wr.ORGANISATION_ID AS team_id,
               ROW_NUMBER() OVER (PARTITION BY aw.PERSON_ID
                                  ORDER BY aw.START_DATE DESC, aw.ALLOCATION_ID DESC, wr.START_DATE DESC, wr.WORKER_ROLE_ID DESC) AS rn
        FROM "dm_allocated_workers" aw
        LEFT JOIN "dm_worker_roles" wr
               ON wr.WORKER_ID = aw.WORKER_ID AND wr.START_DATE <= CURRENT_DATE AND (wr.END_DATE IS NULL OR wr.END_DATE >= CURRENT_DATE)
        WHERE aw.START_DATE <= CURRENT_DATE AND (aw.END_DATE IS NULL OR aw.END_DATE >= CURRENT_DATE)
    ),
    advisers AS (
        SELECT pr.PERSON_ID AS person_id, pr.WORKER_ID AS worker_id,
               ROW_NUMBER() OVER (PARTITION BY pr.PERSON_ID ORDER BY pr.START_DATE DESC, pr.PROF_RELATIONSHIP_ID DESC) AS rn
        FROM "dm_prof_relationships" pr
        WHERE pr.PROF_REL_TYPE_CODE IN ('REL.PERSONALADVISOR')
          AND pr.START_DATE <= CURRENT_DATE AND (pr.END_DATE IS NULL OR pr.END_DATE >= CURRENT_DATE)
    ),
    classified AS (
        SELECT y.person_id,
               CASE
                   WHEN c.days >= 91 AND y.d18 > CURRENT_DATE THEN CASE WHEN c.in_care = 1 THEN 'd) Eligible' ELSE 'a) Relevant child' END
                   WHEN c.days >= 91 AND (y.d22 > CURRENT_DATE OR w.worker_id IS NOT NULL OR a.worker_id IS NOT NULL) THEN 'b) Former relevant child'
                   WHEN c.days < 91 AND c.in_care = 0 AND (y.d21 > CURRENT_DATE OR w.worker_id IS NOT NULL OR a.worker_id IS NOT NULL) THEN 'c) Qualifying care leaver'
               END AS eligibility,
               w.worker_id, w.team_id, a.worker_id AS adviser_id
        FROM young y
        JOIN care c ON c.person_id = y.person_id
        LEFT JOIN workers w ON w.person_id = y.person_id AND w.rn = 1
        LEFT JOIN advisers a ON a.person_id = y.person_id AND a.rn = 1
    ),
    contacts AS (
        SELECT f.PERSON_ID AS person_id, f.DATE_OF_SITUATION AS contact_date, f.IN_TOUCH_TYPE AS in_touch,
               f.ACCOMODATION_TYPE AS accommodation, f.ACCOMODATION_SUITABLE AS suitable, f.ACTIVITY_TYPE AS activity,
               ROW_NUMBER() OVER (PARTITION BY f.PERSON_ID ORDER BY f.DATE_OF_SITUATION DESC, f.FUTURE_PROSPECT_ID DESC) AS rn
        FROM "dm_former_looked_after" f
        WHERE f.DATE_OF_SITUATION <= CURRENT_DATE
    ),
    maps AS (
        SELECT mg.GROUP_NAME AS group_name, mg.MAPPED_VALUE AS source_value, MAX(mg.CATEGORY_VALUE) AS code
        FROM "dm_mapping_groups" mg
        WHERE mg.GROUP_NAME IN ('SSDA903 In Touch Type', 'SSDA903 Accommodation Type', 'SSDA903 Activity Type')
        GROUP BY mg.GROUP_NAME, mg.MAPPED_VALUE
    ),
    pathway AS (
        SELECT ss.SUBJECT_COMPOUND_ID AS person_id, MAX(s.COMPLETED_ON) AS reviewed
        FROM "dm_workflow_steps" s
        JOIN "dm_subgroup_subjects" ss ON ss.SUBGROUP_ID = s.SUBGROUP_ID AND ss.SUBJECT_TYPE_CODE = 'PER'
        WHERE s.WORKFLOW_STEP_TYPE_ID IN (498, 500) AND s.STEP_STATUS = 'COMPLETED'
        GROUP BY ss.SUBJECT_COMPOUND_ID
    )
    INSERT INTO pg_temp."ssd_load_ssd_care_leavers" ("clea_table_id", "clea_person_id", "clea_care_leaver_eligibility", "clea_care_leaver_in_touch", "clea_care_leaver_latest_contact", "clea_care_leaver_accommodation", "clea_care_leaver_accom_suitable", "clea_care_leaver_activity", "clea_pathway_plan_review_date", "clea_care_leaver_personal_advisor", "clea_care_leaver_allocated_team", "clea_care_leaver_worker_id")
    SELECT
        CAST(k.person_id AS VARCHAR(48)),
        CAST(k.person_id AS VARCHAR(48)),
        k.eligibility,
        CASE WHEN UPPER(LTRIM(RTRIM(mi.code))) IN ('YES', 'NO', 'DIED', 'REFU', 'NREQ', 'RHOM') THEN UPPER(LTRIM(RTRIM(mi.code)))
         WHEN UPPER(LTRIM(RTRIM(ct.in_touch))) IN ('YES', 'NO', 'DIED', 'REFU', 'NREQ', 'RHOM') THEN UPPER(LTRIM(RTRIM(ct.in_touch)))
         ELSE LEFT(it.DESCRIPTION, 100) END,
        ct.contact_date,
        CASE WHEN UPPER(LTRIM(RTRIM(ma.code))) IN ('B', 'C', 'D', 'E', 'G', 'H', 'K', 'R', 'S', 'T', 'U', 'V', 'W', 'X', 'Y', 'Z') THEN UPPER(LTRIM(RTRIM(ma.code)))
         WHEN UPPER(LTRIM(RTRIM(ct.accommodation))) IN ('B', 'C', 'D', 'E', 'G', 'H', 'K', 'R', 'S', 'T', 'U', 'V', 'W', 'X', 'Y', 'Z') THEN UPPER(LTRIM(RTRIM(ct.accommodation)))
         ELSE LEFT(acc.DESCRIPTION, 100) END,
        LEFT(ct.suitable, 100),
        CASE WHEN UPPER(LTRIM(RTRIM(mv.code))) IN ('F1', 'P1', 'F2', 'P2', 'F4', 'P4', 'F5', 'P5', 'G4', 'G5', 'G6') THEN UPPER(LTRIM(RTRIM(mv.code)))
         WHEN UPPER(LTRIM(RTRIM(ct.activity))) IN ('F1', 'P1', 'F2', 'P2', 'F4', 'P4', 'F5', 'P5', 'G4', 'G5', 'G6') THEN UPPER(LTRIM(RTRIM(ct.activity)))
         ELSE LEFT(av.DESCRIPTION, 100) END,
        pw.reviewed,
        CAST(k.adviser_id AS VARCHAR(100)),
        CAST(k.team_id AS VARCHAR(48)),
        CAST(k.worker_id AS VARCHAR(100))
    FROM classified k
    LEFT JOIN contacts ct ON ct.person_id = k.person_id AND ct.rn = 1
    LEFT JOIN maps mi ON mi.group_name = 'SSDA903 In Touch Type' AND mi.source_value = ct.in_touch
    LEFT JOIN maps ma ON ma.group_name = 'SSDA903 Accommodation Type' AND ma.source_value = ct.accommodation
    LEFT JOIN maps mv ON mv.group_name = 'SSDA903 Activity Type' AND mv.source_value = ct.activity
    LEFT JOIN "dm_former_in_touch_types" it ON it.IN_TOUCH_TYPE = ct.in_touch
    LEFT JOIN "dm_former_accom_types" acc ON acc.ACCOMODATION_TYPE = ct.accommodation
    LEFT JOIN "dm_former_activity_types" av ON av.ACTIVITY_TYPE = ct.activity
    LEFT JOIN pathway pw ON pw.person_id = k.person_id
    WHERE k.eligibility IS NOT NULL
      AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(k.person_id AS VARCHAR(48)));
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
    INSERT INTO pg_temp."ssd_load_ssd_linked_identifiers" ("link_table_id", "link_person_id", "link_identifier_type", "link_identifier_value", "link_valid_from_date", "link_valid_to_date")
    SELECT
        CAST(pr.REFERENCE_ID AS VARCHAR(48)),
        CAST(pr.PERSON_ID AS VARCHAR(48)),
        CASE LTRIM(RTRIM(pr.REFERENCE_TYPE))
            WHEN 'FORMER_UPN' THEN 'Former Unique Pupil Number'
            WHEN 'NHS' THEN 'NHS Number'
            WHEN 'UPN' THEN 'Unique Pupil Number'
            ELSE LEFT(pr.REFERENCE_TYPE, 100)
        END,
        LEFT(LTRIM(RTRIM(pr.REFERENCE)), 100),
        NULL,  -- link_valid_from_date: dm_person_references carries no validity dates
        NULL   -- link_valid_to_date: as above
    FROM "dm_person_references" pr
    WHERE pr.REFERENCE IS NOT NULL
      AND EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(pr.PERSON_ID AS VARCHAR(48)));
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
