-- ssd_pre_proceedings
DO $$ BEGIN RAISE NOTICE '%', 'table ssd_pre_proceedings'; END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ssd_pre_proceedings"') IS NULL THEN
        CREATE TABLE "ssd"."ssd_pre_proceedings" (
            "prep_table_id" VARCHAR(48) NOT NULL,
            "prep_person_id" VARCHAR(48),
            "prep_plo_family_id" VARCHAR(48),
            "prep_pre_pro_decision_date" TIMESTAMP,
            "prep_initial_pre_pro_meeting_date" TIMESTAMP,
            "prep_pre_pro_outcome" VARCHAR(100),
            "prep_agree_stepdown_issue_date" TIMESTAMP,
            "prep_cp_plans_referral_period" INTEGER,
            "prep_legal_gateway_outcome" VARCHAR(100),
            "prep_prev_pre_proc_child" INTEGER,
            "prep_prev_care_proc_child" INTEGER,
            "prep_pre_pro_letter_date" TIMESTAMP,
            "prep_care_pro_letter_date" TIMESTAMP,
            "prep_pre_pro_meetings_num" INTEGER,
            "prep_pre_pro_parents_legal_rep" CHAR(1),
            "prep_parents_legal_rep_point_of_issue" CHAR(2),
            "prep_court_reference" VARCHAR(48),
            "prep_care_proc_court_hearings" INTEGER,
            "prep_care_proc_short_notice" CHAR(1),
            "prep_proc_short_notice_reason" VARCHAR(100),
            "prep_la_inital_plan_approved" CHAR(1),
            "prep_la_initial_care_plan" VARCHAR(100),
            "prep_la_final_plan_approved" CHAR(1),
            "prep_la_final_care_plan" VARCHAR(100),
            CONSTRAINT "pk_ssd_pre_proceedings" PRIMARY KEY ("prep_table_id")
        );
    END IF;
END $$;
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_pre_proceedings"') AND attname = 'prep_table_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_pre_proceedings" ADD COLUMN "prep_table_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_pre_proceedings"') AND attname = 'prep_person_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_pre_proceedings" ADD COLUMN "prep_person_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_pre_proceedings"') AND attname = 'prep_plo_family_id' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_pre_proceedings" ADD COLUMN "prep_plo_family_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_pre_proceedings"') AND attname = 'prep_pre_pro_decision_date' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_pre_proceedings" ADD COLUMN "prep_pre_pro_decision_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_pre_proceedings"') AND attname = 'prep_initial_pre_pro_meeting_date' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_pre_proceedings" ADD COLUMN "prep_initial_pre_pro_meeting_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_pre_proceedings"') AND attname = 'prep_pre_pro_outcome' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_pre_proceedings" ADD COLUMN "prep_pre_pro_outcome" VARCHAR(100);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_pre_proceedings"') AND attname = 'prep_agree_stepdown_issue_date' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_pre_proceedings" ADD COLUMN "prep_agree_stepdown_issue_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_pre_proceedings"') AND attname = 'prep_cp_plans_referral_period' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_pre_proceedings" ADD COLUMN "prep_cp_plans_referral_period" INTEGER;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_pre_proceedings"') AND attname = 'prep_legal_gateway_outcome' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_pre_proceedings" ADD COLUMN "prep_legal_gateway_outcome" VARCHAR(100);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_pre_proceedings"') AND attname = 'prep_prev_pre_proc_child' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_pre_proceedings" ADD COLUMN "prep_prev_pre_proc_child" INTEGER;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_pre_proceedings"') AND attname = 'prep_prev_care_proc_child' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_pre_proceedings" ADD COLUMN "prep_prev_care_proc_child" INTEGER;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_pre_proceedings"') AND attname = 'prep_pre_pro_letter_date' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_pre_proceedings" ADD COLUMN "prep_pre_pro_letter_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_pre_proceedings"') AND attname = 'prep_care_pro_letter_date' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_pre_proceedings" ADD COLUMN "prep_care_pro_letter_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_pre_proceedings"') AND attname = 'prep_pre_pro_meetings_num' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_pre_proceedings" ADD COLUMN "prep_pre_pro_meetings_num" INTEGER;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_pre_proceedings"') AND attname = 'prep_pre_pro_parents_legal_rep' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_pre_proceedings" ADD COLUMN "prep_pre_pro_parents_legal_rep" CHAR(1);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_pre_proceedings"') AND attname = 'prep_parents_legal_rep_point_of_issue' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_pre_proceedings" ADD COLUMN "prep_parents_legal_rep_point_of_issue" CHAR(2);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_pre_proceedings"') AND attname = 'prep_court_reference' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_pre_proceedings" ADD COLUMN "prep_court_reference" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_pre_proceedings"') AND attname = 'prep_care_proc_court_hearings' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_pre_proceedings" ADD COLUMN "prep_care_proc_court_hearings" INTEGER;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_pre_proceedings"') AND attname = 'prep_care_proc_short_notice' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_pre_proceedings" ADD COLUMN "prep_care_proc_short_notice" CHAR(1);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_pre_proceedings"') AND attname = 'prep_proc_short_notice_reason' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_pre_proceedings" ADD COLUMN "prep_proc_short_notice_reason" VARCHAR(100);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_pre_proceedings"') AND attname = 'prep_la_inital_plan_approved' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_pre_proceedings" ADD COLUMN "prep_la_inital_plan_approved" CHAR(1);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_pre_proceedings"') AND attname = 'prep_la_initial_care_plan' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_pre_proceedings" ADD COLUMN "prep_la_initial_care_plan" VARCHAR(100);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_pre_proceedings"') AND attname = 'prep_la_final_plan_approved' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_pre_proceedings" ADD COLUMN "prep_la_final_plan_approved" CHAR(1);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass('"ssd"."ssd_pre_proceedings"') AND attname = 'prep_la_final_care_plan' AND NOT attisdropped) THEN
        ALTER TABLE "ssd"."ssd_pre_proceedings" ADD COLUMN "prep_la_final_care_plan" VARCHAR(100);
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_pre_proceedings_prep_person_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_pre_proceedings_prep_person_id" ON "ssd"."ssd_pre_proceedings" ("prep_person_id");
    END IF;
END $$;
DO $$ BEGIN
    IF to_regclass('"ssd"."ix_ssd_pre_proceedings_prep_plo_family_id"') IS NULL THEN
        CREATE INDEX "ix_ssd_pre_proceedings_prep_plo_family_id" ON "ssd"."ssd_pre_proceedings" ("prep_plo_family_id");
    END IF;
END $$;
-- ssd-bridge: end of batch
