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
