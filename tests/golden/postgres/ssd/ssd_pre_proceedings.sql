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
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_pre_proceedings' AND column_name = 'prep_table_id') THEN
        ALTER TABLE "ssd"."ssd_pre_proceedings" ADD COLUMN "prep_table_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_pre_proceedings' AND column_name = 'prep_person_id') THEN
        ALTER TABLE "ssd"."ssd_pre_proceedings" ADD COLUMN "prep_person_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_pre_proceedings' AND column_name = 'prep_plo_family_id') THEN
        ALTER TABLE "ssd"."ssd_pre_proceedings" ADD COLUMN "prep_plo_family_id" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_pre_proceedings' AND column_name = 'prep_pre_pro_decision_date') THEN
        ALTER TABLE "ssd"."ssd_pre_proceedings" ADD COLUMN "prep_pre_pro_decision_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_pre_proceedings' AND column_name = 'prep_initial_pre_pro_meeting_date') THEN
        ALTER TABLE "ssd"."ssd_pre_proceedings" ADD COLUMN "prep_initial_pre_pro_meeting_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_pre_proceedings' AND column_name = 'prep_pre_pro_outcome') THEN
        ALTER TABLE "ssd"."ssd_pre_proceedings" ADD COLUMN "prep_pre_pro_outcome" VARCHAR(100);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_pre_proceedings' AND column_name = 'prep_agree_stepdown_issue_date') THEN
        ALTER TABLE "ssd"."ssd_pre_proceedings" ADD COLUMN "prep_agree_stepdown_issue_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_pre_proceedings' AND column_name = 'prep_cp_plans_referral_period') THEN
        ALTER TABLE "ssd"."ssd_pre_proceedings" ADD COLUMN "prep_cp_plans_referral_period" INTEGER;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_pre_proceedings' AND column_name = 'prep_legal_gateway_outcome') THEN
        ALTER TABLE "ssd"."ssd_pre_proceedings" ADD COLUMN "prep_legal_gateway_outcome" VARCHAR(100);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_pre_proceedings' AND column_name = 'prep_prev_pre_proc_child') THEN
        ALTER TABLE "ssd"."ssd_pre_proceedings" ADD COLUMN "prep_prev_pre_proc_child" INTEGER;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_pre_proceedings' AND column_name = 'prep_prev_care_proc_child') THEN
        ALTER TABLE "ssd"."ssd_pre_proceedings" ADD COLUMN "prep_prev_care_proc_child" INTEGER;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_pre_proceedings' AND column_name = 'prep_pre_pro_letter_date') THEN
        ALTER TABLE "ssd"."ssd_pre_proceedings" ADD COLUMN "prep_pre_pro_letter_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_pre_proceedings' AND column_name = 'prep_care_pro_letter_date') THEN
        ALTER TABLE "ssd"."ssd_pre_proceedings" ADD COLUMN "prep_care_pro_letter_date" TIMESTAMP;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_pre_proceedings' AND column_name = 'prep_pre_pro_meetings_num') THEN
        ALTER TABLE "ssd"."ssd_pre_proceedings" ADD COLUMN "prep_pre_pro_meetings_num" INTEGER;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_pre_proceedings' AND column_name = 'prep_pre_pro_parents_legal_rep') THEN
        ALTER TABLE "ssd"."ssd_pre_proceedings" ADD COLUMN "prep_pre_pro_parents_legal_rep" CHAR(1);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_pre_proceedings' AND column_name = 'prep_parents_legal_rep_point_of_issue') THEN
        ALTER TABLE "ssd"."ssd_pre_proceedings" ADD COLUMN "prep_parents_legal_rep_point_of_issue" CHAR(2);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_pre_proceedings' AND column_name = 'prep_court_reference') THEN
        ALTER TABLE "ssd"."ssd_pre_proceedings" ADD COLUMN "prep_court_reference" VARCHAR(48);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_pre_proceedings' AND column_name = 'prep_care_proc_court_hearings') THEN
        ALTER TABLE "ssd"."ssd_pre_proceedings" ADD COLUMN "prep_care_proc_court_hearings" INTEGER;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_pre_proceedings' AND column_name = 'prep_care_proc_short_notice') THEN
        ALTER TABLE "ssd"."ssd_pre_proceedings" ADD COLUMN "prep_care_proc_short_notice" CHAR(1);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_pre_proceedings' AND column_name = 'prep_proc_short_notice_reason') THEN
        ALTER TABLE "ssd"."ssd_pre_proceedings" ADD COLUMN "prep_proc_short_notice_reason" VARCHAR(100);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_pre_proceedings' AND column_name = 'prep_la_inital_plan_approved') THEN
        ALTER TABLE "ssd"."ssd_pre_proceedings" ADD COLUMN "prep_la_inital_plan_approved" CHAR(1);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_pre_proceedings' AND column_name = 'prep_la_initial_care_plan') THEN
        ALTER TABLE "ssd"."ssd_pre_proceedings" ADD COLUMN "prep_la_initial_care_plan" VARCHAR(100);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_pre_proceedings' AND column_name = 'prep_la_final_plan_approved') THEN
        ALTER TABLE "ssd"."ssd_pre_proceedings" ADD COLUMN "prep_la_final_plan_approved" CHAR(1);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ssd' AND table_name = 'ssd_pre_proceedings' AND column_name = 'prep_la_final_care_plan') THEN
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
