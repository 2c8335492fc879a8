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
-- Parameters: CMS mosaic, dialect tsql, schema ssd, grantee ssd_bridge
-- =============================================================================
IF SCHEMA_ID(N'ssd') IS NULL
    EXEC(N'CREATE SCHEMA [ssd] AUTHORIZATION [ssd_bridge]');
GRANT CREATE TABLE, CREATE VIEW TO [ssd_bridge];
IF NOT EXISTS (SELECT 1 FROM sys.schemas WHERE name = N'ssd' AND principal_id = DATABASE_PRINCIPAL_ID(N'ssd_bridge'))
    GRANT ALTER, SELECT, INSERT, UPDATE, DELETE ON SCHEMA::[ssd] TO [ssd_bridge];
GO
GRANT SELECT ON [DM_DENTAL_CHECKS] TO [ssd_bridge];
GRANT SELECT ON [DM_DISABILITIES] TO [ssd_bridge];
GRANT SELECT ON [DM_REGISTRATION_CATEGORIES] TO [ssd_bridge];
GRANT SELECT ON [DM_SERVICE_USER_GROUPS] TO [ssd_bridge];
GRANT SELECT ON [DM_SERV_USER_GROUP_TYPES] TO [ssd_bridge];
GRANT SELECT ON [DM_STEP_SOURCE_DETAILS] TO [ssd_bridge];
GRANT SELECT ON [DM_STEP_SOURCE_TYPES] TO [ssd_bridge];
GRANT SELECT ON [DM_WORKFLOW_STEPS] TO [ssd_bridge];
GRANT SELECT ON [child_group_embedded_codes_vw] TO [ssd_bridge];
GRANT SELECT ON [dm_ADDRESSES] TO [ssd_bridge];
GRANT SELECT ON [dm_ALLOCATED_WORKERS] TO [ssd_bridge];
GRANT SELECT ON [dm_ETHNICITIES] TO [ssd_bridge];
GRANT SELECT ON [dm_HEALTH_ASSESSMENTS] TO [ssd_bridge];
GRANT SELECT ON [dm_LEGAL_STATUSES] TO [ssd_bridge];
GRANT SELECT ON [dm_MAPPING_FILTERS] TO [ssd_bridge];
GRANT SELECT ON [dm_NON_LA_LEGAL_STATUSES] TO [ssd_bridge];
GRANT SELECT ON [dm_NON_LA_LEGAL_STATUS_TYPES] TO [ssd_bridge];
GRANT SELECT ON [dm_PERIODS_OF_CARE] TO [ssd_bridge];
GRANT SELECT ON [dm_PERSONAL_RELATIONSHIPS] TO [ssd_bridge];
GRANT SELECT ON [dm_PLACEMENTS] TO [ssd_bridge];
GRANT SELECT ON [dm_PLACEMENT_CARER_ADDRESSES] TO [ssd_bridge];
GRANT SELECT ON [dm_PLACEMENT_DETAILS] TO [ssd_bridge];
GRANT SELECT ON [dm_REGISTRATIONS] TO [ssd_bridge];
GRANT SELECT ON [dm_WORKFLOW_NXT_ACTION_TYPES] TO [ssd_bridge];
GRANT SELECT ON [dm_cached_form_answers] TO [ssd_bridge];
GRANT SELECT ON [dm_cin_assess_factors] TO [ssd_bridge];
GRANT SELECT ON [dm_cin_referrals] TO [ssd_bridge];
GRANT SELECT ON [dm_cla_summaries] TO [ssd_bridge];
GRANT SELECT ON [dm_filter_form_ans] TO [ssd_bridge];
GRANT SELECT ON [dm_filter_form_answers] TO [ssd_bridge];
GRANT SELECT ON [dm_former_accom_types] TO [ssd_bridge];
GRANT SELECT ON [dm_former_activity_types] TO [ssd_bridge];
GRANT SELECT ON [dm_former_in_touch_types] TO [ssd_bridge];
GRANT SELECT ON [dm_former_looked_after] TO [ssd_bridge];
GRANT SELECT ON [dm_mapping_groups] TO [ssd_bridge];
GRANT SELECT ON [dm_offences] TO [ssd_bridge];
GRANT SELECT ON [dm_organisations] TO [ssd_bridge];
GRANT SELECT ON [dm_person_references] TO [ssd_bridge];
GRANT SELECT ON [dm_persons] TO [ssd_bridge];
GRANT SELECT ON [dm_prof_relationships] TO [ssd_bridge];
GRANT SELECT ON [dm_subgroup_subjects] TO [ssd_bridge];
GRANT SELECT ON [dm_subgroups] TO [ssd_bridge];
GRANT SELECT ON [dm_visit_types] TO [ssd_bridge];
GRANT SELECT ON [dm_visits] TO [ssd_bridge];
GRANT SELECT ON [dm_worker_roles] TO [ssd_bridge];
GRANT SELECT ON [dm_workers] TO [ssd_bridge];
GRANT SELECT ON [dm_workflow_backwards] TO [ssd_bridge];
GRANT SELECT ON [dm_workflow_links] TO [ssd_bridge];
GRANT SELECT ON [dm_workflow_steps_people_vw] TO [ssd_bridge];
GRANT SELECT ON [mo_forms] TO [ssd_bridge];
GRANT SELECT ON [mo_person_gender_identities] TO [ssd_bridge];
GRANT SELECT ON [report_filters] TO [ssd_bridge];

GO
