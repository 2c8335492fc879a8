-- =============================================================================
-- ssd-bridge 0.1.0: database rights for the user ssd_bridge
-- =============================================================================
-- Run this once as a DBA (or as the owner of the liquid_logic tables). It gives ssd_bridge:
--   * the schema ssd for the SSD and API tracking tables: created for it when missing,
--     with the rights to create, alter, fill and empty tables, indexes and views there;
--   * SELECT on the 40 liquid_logic tables the liquid_logic mapping reads, and nothing else
--     in the CMS (at HDM.Child_Social).
-- It grants nothing on any other schema or database and no server-level right.
-- The user (login) ssd_bridge must exist already; check afterwards with:
--   ssd-bridge check-compat
--
-- Parameters: CMS liquid_logic, dialect postgres, schema ssd, grantee ssd_bridge
-- =============================================================================
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = 'ssd') THEN
        CREATE SCHEMA "ssd" AUTHORIZATION "ssd_bridge";
    END IF;
END $$;
GRANT USAGE, CREATE ON SCHEMA "ssd" TO "ssd_bridge";
DO $$
DECLARE
    t TEXT;
BEGIN
    FOR t IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = 'ssd' AND c.relkind = 'r'
               AND c.relname IN ('ssd_person', 'ssd_address', 'ssd_disability', 'ssd_immigration_status', 'ssd_sdq_scores', 'ssd_cin_episodes', 'ssd_involvements', 'ssd_professionals', 'ssd_cin_assessments', 'ssd_assessment_factors', 'ssd_cin_plans', 'ssd_s47_enquiry', 'ssd_initial_cp_conference', 'ssd_cp_plans', 'ssd_cla_episodes', 'ssd_cla_placement', 'ssd_permanence', 'ssd_care_leavers', 'ssd_linked_identifiers', 'ssd_department', 'ssd_family', 'ssd_mother', 'ssd_legal_status', 'ssd_contacts', 'ssd_early_help_episodes', 'ssd_cin_visits', 'ssd_cp_visits', 'ssd_cp_reviews', 'ssd_cla_reviews', 'ssd_cla_visits', 'ssd_cla_health', 'ssd_cla_immunisations', 'ssd_cla_convictions', 'ssd_cla_substance_misuse', 'ssd_cla_previous_permanence', 'ssd_cla_care_plan', 'ssd_missing', 'ssd_send', 'ssd_ehcp_requests', 'ssd_ehcp_assessment', 'ssd_ehcp_named_plan', 'ssd_ehcp_active_plans', 'ssd_sen_need', 'ssd_s251_finance', 'ssd_voice_of_child', 'ssd_pre_proceedings', 'ssd_api_data_staging', 'ssd_api_submission_log', 'ssd_api_run_log', 'ssd_version_log')
    LOOP
        EXECUTE format('ALTER TABLE %I.%I OWNER TO %I', 'ssd', t, 'ssd_bridge');
    END LOOP;
END $$;
-- ssd-bridge: end of batch
GRANT USAGE ON SCHEMA "child_social" TO "ssd_bridge";
GRANT SELECT ON "child_social"."dim_cla_eligibility" TO "ssd_bridge";
GRANT SELECT ON "child_social"."dim_department" TO "ssd_bridge";
GRANT SELECT ON "child_social"."dim_lookup_dfe_ethnic" TO "ssd_bridge";
GRANT SELECT ON "child_social"."dim_lookup_disab" TO "ssd_bridge";
GRANT SELECT ON "child_social"."dim_person" TO "ssd_bridge";
GRANT SELECT ON "child_social"."dim_person_address" TO "ssd_bridge";
GRANT SELECT ON "child_social"."dim_worker" TO "ssd_bridge";
GRANT SELECT ON "child_social"."fact_903_data" TO "ssd_bridge";
GRANT SELECT ON "child_social"."fact_adoption" TO "ssd_bridge";
GRANT SELECT ON "child_social"."fact_caf_episode" TO "ssd_bridge";
GRANT SELECT ON "child_social"."fact_care_episodes" TO "ssd_bridge";
GRANT SELECT ON "child_social"."fact_care_plans" TO "ssd_bridge";
GRANT SELECT ON "child_social"."fact_care_plan_summary" TO "ssd_bridge";
GRANT SELECT ON "child_social"."fact_casenotes" TO "ssd_bridge";
GRANT SELECT ON "child_social"."fact_cla" TO "ssd_bridge";
GRANT SELECT ON "child_social"."fact_cla_care_leavers" TO "ssd_bridge";
GRANT SELECT ON "child_social"."fact_cla_placement" TO "ssd_bridge";
GRANT SELECT ON "child_social"."fact_cla_review" TO "ssd_bridge";
GRANT SELECT ON "child_social"."fact_cla_visit" TO "ssd_bridge";
GRANT SELECT ON "child_social"."fact_contacts" TO "ssd_bridge";
GRANT SELECT ON "child_social"."fact_cp_conference" TO "ssd_bridge";
GRANT SELECT ON "child_social"."fact_cp_plan" TO "ssd_bridge";
GRANT SELECT ON "child_social"."fact_cp_review" TO "ssd_bridge";
GRANT SELECT ON "child_social"."fact_cp_visit" TO "ssd_bridge";
GRANT SELECT ON "child_social"."fact_disability" TO "ssd_bridge";
GRANT SELECT ON "child_social"."fact_forms" TO "ssd_bridge";
GRANT SELECT ON "child_social"."fact_form_answers" TO "ssd_bridge";
GRANT SELECT ON "child_social"."fact_health_check" TO "ssd_bridge";
GRANT SELECT ON "child_social"."fact_immigration_status" TO "ssd_bridge";
GRANT SELECT ON "child_social"."fact_involvements" TO "ssd_bridge";
GRANT SELECT ON "child_social"."fact_legal_status" TO "ssd_bridge";
GRANT SELECT ON "child_social"."fact_meetings" TO "ssd_bridge";
GRANT SELECT ON "child_social"."fact_meeting_subjects" TO "ssd_bridge";
GRANT SELECT ON "child_social"."fact_missing_person" TO "ssd_bridge";
GRANT SELECT ON "child_social"."fact_offence" TO "ssd_bridge";
GRANT SELECT ON "child_social"."fact_person_relation" TO "ssd_bridge";
GRANT SELECT ON "child_social"."fact_referrals" TO "ssd_bridge";
GRANT SELECT ON "child_social"."fact_s47" TO "ssd_bridge";
GRANT SELECT ON "child_social"."fact_single_assessment" TO "ssd_bridge";
GRANT SELECT ON "child_social"."fact_substance_misuse" TO "ssd_bridge";

-- ssd-bridge: end of batch
