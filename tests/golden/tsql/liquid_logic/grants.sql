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
-- Parameters: CMS liquid_logic, dialect tsql, schema ssd, grantee ssd_bridge
-- =============================================================================
IF SCHEMA_ID(N'ssd') IS NULL
    EXEC(N'CREATE SCHEMA [ssd] AUTHORIZATION [ssd_bridge]');
GRANT CREATE TABLE, CREATE VIEW TO [ssd_bridge];
IF NOT EXISTS (SELECT 1 FROM sys.schemas WHERE name = N'ssd' AND principal_id = DATABASE_PRINCIPAL_ID(N'ssd_bridge'))
    GRANT ALTER, SELECT, INSERT, UPDATE, DELETE ON SCHEMA::[ssd] TO [ssd_bridge];
GO
-- ssd_bridge must be a user in HDM as well: CREATE USER [ssd_bridge] FOR LOGIN <its login>;
USE [HDM];
GO
GRANT SELECT ON [Child_Social].[DIM_CLA_ELIGIBILITY] TO [ssd_bridge];
GRANT SELECT ON [Child_Social].[DIM_DEPARTMENT] TO [ssd_bridge];
GRANT SELECT ON [Child_Social].[DIM_LOOKUP_DFE_ETHNIC] TO [ssd_bridge];
GRANT SELECT ON [Child_Social].[DIM_LOOKUP_DISAB] TO [ssd_bridge];
GRANT SELECT ON [Child_Social].[DIM_PERSON] TO [ssd_bridge];
GRANT SELECT ON [Child_Social].[DIM_PERSON_ADDRESS] TO [ssd_bridge];
GRANT SELECT ON [Child_Social].[DIM_WORKER] TO [ssd_bridge];
GRANT SELECT ON [Child_Social].[FACT_903_DATA] TO [ssd_bridge];
GRANT SELECT ON [Child_Social].[FACT_ADOPTION] TO [ssd_bridge];
GRANT SELECT ON [Child_Social].[FACT_CAF_EPISODE] TO [ssd_bridge];
GRANT SELECT ON [Child_Social].[FACT_CARE_EPISODES] TO [ssd_bridge];
GRANT SELECT ON [Child_Social].[FACT_CARE_PLANS] TO [ssd_bridge];
GRANT SELECT ON [Child_Social].[FACT_CARE_PLAN_SUMMARY] TO [ssd_bridge];
GRANT SELECT ON [Child_Social].[FACT_CASENOTES] TO [ssd_bridge];
GRANT SELECT ON [Child_Social].[FACT_CLA] TO [ssd_bridge];
GRANT SELECT ON [Child_Social].[FACT_CLA_CARE_LEAVERS] TO [ssd_bridge];
GRANT SELECT ON [Child_Social].[FACT_CLA_PLACEMENT] TO [ssd_bridge];
GRANT SELECT ON [Child_Social].[FACT_CLA_REVIEW] TO [ssd_bridge];
GRANT SELECT ON [Child_Social].[FACT_CLA_VISIT] TO [ssd_bridge];
GRANT SELECT ON [Child_Social].[FACT_CONTACTS] TO [ssd_bridge];
GRANT SELECT ON [Child_Social].[FACT_CP_CONFERENCE] TO [ssd_bridge];
GRANT SELECT ON [Child_Social].[FACT_CP_PLAN] TO [ssd_bridge];
GRANT SELECT ON [Child_Social].[FACT_CP_REVIEW] TO [ssd_bridge];
GRANT SELECT ON [Child_Social].[FACT_CP_VISIT] TO [ssd_bridge];
GRANT SELECT ON [Child_Social].[FACT_DISABILITY] TO [ssd_bridge];
GRANT SELECT ON [Child_Social].[FACT_FORMS] TO [ssd_bridge];
GRANT SELECT ON [Child_Social].[FACT_FORM_ANSWERS] TO [ssd_bridge];
GRANT SELECT ON [Child_Social].[FACT_HEALTH_CHECK] TO [ssd_bridge];
GRANT SELECT ON [Child_Social].[FACT_IMMIGRATION_STATUS] TO [ssd_bridge];
GRANT SELECT ON [Child_Social].[FACT_INVOLVEMENTS] TO [ssd_bridge];
GRANT SELECT ON [Child_Social].[FACT_LEGAL_STATUS] TO [ssd_bridge];
GRANT SELECT ON [Child_Social].[FACT_MEETINGS] TO [ssd_bridge];
GRANT SELECT ON [Child_Social].[FACT_MEETING_SUBJECTS] TO [ssd_bridge];
GRANT SELECT ON [Child_Social].[FACT_MISSING_PERSON] TO [ssd_bridge];
GRANT SELECT ON [Child_Social].[FACT_OFFENCE] TO [ssd_bridge];
GRANT SELECT ON [Child_Social].[FACT_PERSON_RELATION] TO [ssd_bridge];
GRANT SELECT ON [Child_Social].[FACT_REFERRALS] TO [ssd_bridge];
GRANT SELECT ON [Child_Social].[FACT_S47] TO [ssd_bridge];
GRANT SELECT ON [Child_Social].[FACT_SINGLE_ASSESSMENT] TO [ssd_bridge];
GRANT SELECT ON [Child_Social].[FACT_SUBSTANCE_MISUSE] TO [ssd_bridge];

GO
