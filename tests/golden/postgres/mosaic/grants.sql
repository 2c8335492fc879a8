-- =============================================================================
-- ssd-bridge 0.1.0: database rights for the user ssd_bridge
-- =============================================================================
-- Run this once as a DBA (or as the owner of the mosaic tables). It gives ssd_bridge:
--   * the schema ssd for the SSD and API tracking tables: created for it when missing,
--     with the rights to create, alter, fill and empty tables, indexes and views there;
--   * SELECT on the 52 mosaic tables the mosaic mapping reads, and nothing else
--     in the CMS (in the default schema).
-- It grants nothing on any other schema or database and no server-level right.
-- The user (login) ssd_bridge must exist already; check afterwards with:
--   ssd-bridge check-compat
--
-- Parameters: CMS mosaic, dialect postgres, schema ssd, grantee ssd_bridge
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
GRANT SELECT ON "dm_dental_checks" TO "ssd_bridge";
GRANT SELECT ON "dm_disabilities" TO "ssd_bridge";
GRANT SELECT ON "dm_registration_categories" TO "ssd_bridge";
GRANT SELECT ON "dm_service_user_groups" TO "ssd_bridge";
GRANT SELECT ON "dm_serv_user_group_types" TO "ssd_bridge";
GRANT SELECT ON "dm_step_source_details" TO "ssd_bridge";
GRANT SELECT ON "dm_step_source_types" TO "ssd_bridge";
GRANT SELECT ON "dm_workflow_steps" TO "ssd_bridge";
GRANT SELECT ON "child_group_embedded_codes_vw" TO "ssd_bridge";
GRANT SELECT ON "dm_addresses" TO "ssd_bridge";
GRANT SELECT ON "dm_allocated_workers" TO "ssd_bridge";
GRANT SELECT ON "dm_ethnicities" TO "ssd_bridge";
GRANT SELECT ON "dm_health_assessments" TO "ssd_bridge";
GRANT SELECT ON "dm_legal_statuses" TO "ssd_bridge";
GRANT SELECT ON "dm_mapping_filters" TO "ssd_bridge";
GRANT SELECT ON "dm_non_la_legal_statuses" TO "ssd_bridge";
GRANT SELECT ON "dm_non_la_legal_status_types" TO "ssd_bridge";
GRANT SELECT ON "dm_periods_of_care" TO "ssd_bridge";
GRANT SELECT ON "dm_personal_relationships" TO "ssd_bridge";
GRANT SELECT ON "dm_placements" TO "ssd_bridge";
GRANT SELECT ON "dm_placement_carer_addresses" TO "ssd_bridge";
GRANT SELECT ON "dm_placement_details" TO "ssd_bridge";
GRANT SELECT ON "dm_registrations" TO "ssd_bridge";
GRANT SELECT ON "dm_workflow_nxt_action_types" TO "ssd_bridge";
GRANT SELECT ON "dm_cached_form_answers" TO "ssd_bridge";
GRANT SELECT ON "dm_cin_assess_factors" TO "ssd_bridge";
GRANT SELECT ON "dm_cin_referrals" TO "ssd_bridge";
GRANT SELECT ON "dm_cla_summaries" TO "ssd_bridge";
GRANT SELECT ON "dm_filter_form_ans" TO "ssd_bridge";
GRANT SELECT ON "dm_filter_form_answers" TO "ssd_bridge";
GRANT SELECT ON "dm_former_accom_types" TO "ssd_bridge";
GRANT SELECT ON "dm_former_activity_types" TO "ssd_bridge";
GRANT SELECT ON "dm_former_in_touch_types" TO "ssd_bridge";
GRANT SELECT ON "dm_former_looked_after" TO "ssd_bridge";
GRANT SELECT ON "dm_mapping_groups" TO "ssd_bridge";
GRANT SELECT ON "dm_offences" TO "ssd_bridge";
GRANT SELECT ON "dm_organisations" TO "ssd_bridge";
GRANT SELECT ON "dm_person_references" TO "ssd_bridge";
GRANT SELECT ON "dm_persons" TO "ssd_bridge";
GRANT SELECT ON "dm_prof_relationships" TO "ssd_bridge";
GRANT SELECT ON "dm_subgroup_subjects" TO "ssd_bridge";
GRANT SELECT ON "dm_subgroups" TO "ssd_bridge";
GRANT SELECT ON "dm_visit_types" TO "ssd_bridge";
GRANT SELECT ON "dm_visits" TO "ssd_bridge";
GRANT SELECT ON "dm_worker_roles" TO "ssd_bridge";
GRANT SELECT ON "dm_workers" TO "ssd_bridge";
GRANT SELECT ON "dm_workflow_backwards" TO "ssd_bridge";
GRANT SELECT ON "dm_workflow_links" TO "ssd_bridge";
GRANT SELECT ON "dm_workflow_steps_people_vw" TO "ssd_bridge";
GRANT SELECT ON "mo_forms" TO "ssd_bridge";
GRANT SELECT ON "mo_person_gender_identities" TO "ssd_bridge";
GRANT SELECT ON "report_filters" TO "ssd_bridge";

-- ssd-bridge: end of batch
