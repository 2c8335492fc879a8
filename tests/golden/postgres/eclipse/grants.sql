-- =============================================================================
-- ssd-bridge 0.1.0: database rights for the user ssd_bridge
-- =============================================================================
-- Run this once as a DBA (or as the owner of the eclipse tables). It gives ssd_bridge:
--   * the schema ssd for the SSD and API tracking tables: created for it when missing,
--     with the rights to create, alter, fill and empty tables, indexes and views there;
--   * SELECT on the 18 eclipse tables the eclipse mapping reads, and nothing else
--     in the CMS (in the default schema).
-- It grants nothing on any other schema or database and no server-level right.
-- The user (login) ssd_bridge must exist already; check afterwards with:
--   ssd-bridge check-compat
--
-- Parameters: CMS eclipse, dialect postgres, schema ssd, grantee ssd_bridge
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
GRANT SELECT ON "addresspersonview" TO "ssd_bridge";
GRANT SELECT ON "claadoptionsview" TO "ssd_bridge";
GRANT SELECT ON "clacareleaverdetailsview" TO "ssd_bridge";
GRANT SELECT ON "claepisodeofcareview" TO "ssd_bridge";
GRANT SELECT ON "claperiodofcareview" TO "ssd_bridge";
GRANT SELECT ON "classification" TO "ssd_bridge";
GRANT SELECT ON "classificationpersonview" TO "ssd_bridge";
GRANT SELECT ON "formanswerpersonview" TO "ssd_bridge";
GRANT SELECT ON "grouppersonview" TO "ssd_bridge";
GRANT SELECT ON "groupview" TO "ssd_bridge";
GRANT SELECT ON "organisationview" TO "ssd_bridge";
GRANT SELECT ON "persondemographicsview" TO "ssd_bridge";
GRANT SELECT ON "personorgrelationshipview" TO "ssd_bridge";
GRANT SELECT ON "personview" TO "ssd_bridge";
GRANT SELECT ON "person_per_relationship" TO "ssd_bridge";
GRANT SELECT ON "referencenumberpersonview" TO "ssd_bridge";
GRANT SELECT ON "relationshippersonview" TO "ssd_bridge";
GRANT SELECT ON "relationshipprofessionalview" TO "ssd_bridge";

-- ssd-bridge: end of batch
