-- ssd_pre_proceedings
RAISERROR(N'table ssd_pre_proceedings', 0, 1) WITH NOWAIT;
IF OBJECT_ID(N'[ssd].[ssd_pre_proceedings]', N'U') IS NULL
BEGIN
    CREATE TABLE [ssd].[ssd_pre_proceedings] (
        [prep_table_id] NVARCHAR(48) NOT NULL,
        [prep_person_id] NVARCHAR(48),
        [prep_plo_family_id] NVARCHAR(48),
        [prep_pre_pro_decision_date] DATETIME,
        [prep_initial_pre_pro_meeting_date] DATETIME,
        [prep_pre_pro_outcome] NVARCHAR(100),
        [prep_agree_stepdown_issue_date] DATETIME,
        [prep_cp_plans_referral_period] INT,
        [prep_legal_gateway_outcome] NVARCHAR(100),
        [prep_prev_pre_proc_child] INT,
        [prep_prev_care_proc_child] INT,
        [prep_pre_pro_letter_date] DATETIME,
        [prep_care_pro_letter_date] DATETIME,
        [prep_pre_pro_meetings_num] INT,
        [prep_pre_pro_parents_legal_rep] NCHAR(1),
        [prep_parents_legal_rep_point_of_issue] NCHAR(2),
        [prep_court_reference] NVARCHAR(48),
        [prep_care_proc_court_hearings] INT,
        [prep_care_proc_short_notice] NCHAR(1),
        [prep_proc_short_notice_reason] NVARCHAR(100),
        [prep_la_inital_plan_approved] NCHAR(1),
        [prep_la_initial_care_plan] NVARCHAR(100),
        [prep_la_final_plan_approved] NCHAR(1),
        [prep_la_final_care_plan] NVARCHAR(100),
        CONSTRAINT [pk_ssd_pre_proceedings] PRIMARY KEY ([prep_table_id])
    );
END;
IF COL_LENGTH(N'[ssd].[ssd_pre_proceedings]', N'prep_table_id') IS NULL
    ALTER TABLE [ssd].[ssd_pre_proceedings] ADD [prep_table_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_pre_proceedings]', N'prep_person_id') IS NULL
    ALTER TABLE [ssd].[ssd_pre_proceedings] ADD [prep_person_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_pre_proceedings]', N'prep_plo_family_id') IS NULL
    ALTER TABLE [ssd].[ssd_pre_proceedings] ADD [prep_plo_family_id] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_pre_proceedings]', N'prep_pre_pro_decision_date') IS NULL
    ALTER TABLE [ssd].[ssd_pre_proceedings] ADD [prep_pre_pro_decision_date] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_pre_proceedings]', N'prep_initial_pre_pro_meeting_date') IS NULL
    ALTER TABLE [ssd].[ssd_pre_proceedings] ADD [prep_initial_pre_pro_meeting_date] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_pre_proceedings]', N'prep_pre_pro_outcome') IS NULL
    ALTER TABLE [ssd].[ssd_pre_proceedings] ADD [prep_pre_pro_outcome] NVARCHAR(100);
IF COL_LENGTH(N'[ssd].[ssd_pre_proceedings]', N'prep_agree_stepdown_issue_date') IS NULL
    ALTER TABLE [ssd].[ssd_pre_proceedings] ADD [prep_agree_stepdown_issue_date] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_pre_proceedings]', N'prep_cp_plans_referral_period') IS NULL
    ALTER TABLE [ssd].[ssd_pre_proceedings] ADD [prep_cp_plans_referral_period] INT;
IF COL_LENGTH(N'[ssd].[ssd_pre_proceedings]', N'prep_legal_gateway_outcome') IS NULL
    ALTER TABLE [ssd].[ssd_pre_proceedings] ADD [prep_legal_gateway_outcome] NVARCHAR(100);
IF COL_LENGTH(N'[ssd].[ssd_pre_proceedings]', N'prep_prev_pre_proc_child') IS NULL
    ALTER TABLE [ssd].[ssd_pre_proceedings] ADD [prep_prev_pre_proc_child] INT;
IF COL_LENGTH(N'[ssd].[ssd_pre_proceedings]', N'prep_prev_care_proc_child') IS NULL
    ALTER TABLE [ssd].[ssd_pre_proceedings] ADD [prep_prev_care_proc_child] INT;
IF COL_LENGTH(N'[ssd].[ssd_pre_proceedings]', N'prep_pre_pro_letter_date') IS NULL
    ALTER TABLE [ssd].[ssd_pre_proceedings] ADD [prep_pre_pro_letter_date] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_pre_proceedings]', N'prep_care_pro_letter_date') IS NULL
    ALTER TABLE [ssd].[ssd_pre_proceedings] ADD [prep_care_pro_letter_date] DATETIME;
IF COL_LENGTH(N'[ssd].[ssd_pre_proceedings]', N'prep_pre_pro_meetings_num') IS NULL
    ALTER TABLE [ssd].[ssd_pre_proceedings] ADD [prep_pre_pro_meetings_num] INT;
IF COL_LENGTH(N'[ssd].[ssd_pre_proceedings]', N'prep_pre_pro_parents_legal_rep') IS NULL
    ALTER TABLE [ssd].[ssd_pre_proceedings] ADD [prep_pre_pro_parents_legal_rep] NCHAR(1);
IF COL_LENGTH(N'[ssd].[ssd_pre_proceedings]', N'prep_parents_legal_rep_point_of_issue') IS NULL
    ALTER TABLE [ssd].[ssd_pre_proceedings] ADD [prep_parents_legal_rep_point_of_issue] NCHAR(2);
IF COL_LENGTH(N'[ssd].[ssd_pre_proceedings]', N'prep_court_reference') IS NULL
    ALTER TABLE [ssd].[ssd_pre_proceedings] ADD [prep_court_reference] NVARCHAR(48);
IF COL_LENGTH(N'[ssd].[ssd_pre_proceedings]', N'prep_care_proc_court_hearings') IS NULL
    ALTER TABLE [ssd].[ssd_pre_proceedings] ADD [prep_care_proc_court_hearings] INT;
IF COL_LENGTH(N'[ssd].[ssd_pre_proceedings]', N'prep_care_proc_short_notice') IS NULL
    ALTER TABLE [ssd].[ssd_pre_proceedings] ADD [prep_care_proc_short_notice] NCHAR(1);
IF COL_LENGTH(N'[ssd].[ssd_pre_proceedings]', N'prep_proc_short_notice_reason') IS NULL
    ALTER TABLE [ssd].[ssd_pre_proceedings] ADD [prep_proc_short_notice_reason] NVARCHAR(100);
IF COL_LENGTH(N'[ssd].[ssd_pre_proceedings]', N'prep_la_inital_plan_approved') IS NULL
    ALTER TABLE [ssd].[ssd_pre_proceedings] ADD [prep_la_inital_plan_approved] NCHAR(1);
IF COL_LENGTH(N'[ssd].[ssd_pre_proceedings]', N'prep_la_initial_care_plan') IS NULL
    ALTER TABLE [ssd].[ssd_pre_proceedings] ADD [prep_la_initial_care_plan] NVARCHAR(100);
IF COL_LENGTH(N'[ssd].[ssd_pre_proceedings]', N'prep_la_final_plan_approved') IS NULL
    ALTER TABLE [ssd].[ssd_pre_proceedings] ADD [prep_la_final_plan_approved] NCHAR(1);
IF COL_LENGTH(N'[ssd].[ssd_pre_proceedings]', N'prep_la_final_care_plan') IS NULL
    ALTER TABLE [ssd].[ssd_pre_proceedings] ADD [prep_la_final_care_plan] NVARCHAR(100);

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_pre_proceedings_prep_person_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_pre_proceedings]'))
    CREATE INDEX [ix_ssd_pre_proceedings_prep_person_id] ON [ssd].[ssd_pre_proceedings] ([prep_person_id]);
IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_ssd_pre_proceedings_prep_plo_family_id' AND object_id = OBJECT_ID(N'[ssd].[ssd_pre_proceedings]'))
    CREATE INDEX [ix_ssd_pre_proceedings_prep_plo_family_id] ON [ssd].[ssd_pre_proceedings] ([prep_plo_family_id]);
GO
