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
-- Parameters: CMS eclipse, dialect tsql, schema ssd, grantee ssd_bridge
-- =============================================================================
IF SCHEMA_ID(N'ssd') IS NULL
    EXEC(N'CREATE SCHEMA [ssd] AUTHORIZATION [ssd_bridge]');
GRANT CREATE TABLE, CREATE VIEW TO [ssd_bridge];
IF NOT EXISTS (SELECT 1 FROM sys.schemas WHERE name = N'ssd' AND principal_id = DATABASE_PRINCIPAL_ID(N'ssd_bridge'))
    GRANT ALTER, SELECT, INSERT, UPDATE, DELETE ON SCHEMA::[ssd] TO [ssd_bridge];
GO
GRANT SELECT ON [ADDRESSPERSONVIEW] TO [ssd_bridge];
GRANT SELECT ON [CLAADOPTIONSVIEW] TO [ssd_bridge];
GRANT SELECT ON [CLACARELEAVERDETAILSVIEW] TO [ssd_bridge];
GRANT SELECT ON [CLAEPISODEOFCAREVIEW] TO [ssd_bridge];
GRANT SELECT ON [CLAPERIODOFCAREVIEW] TO [ssd_bridge];
GRANT SELECT ON [CLASSIFICATION] TO [ssd_bridge];
GRANT SELECT ON [CLASSIFICATIONPERSONVIEW] TO [ssd_bridge];
GRANT SELECT ON [FORMANSWERPERSONVIEW] TO [ssd_bridge];
GRANT SELECT ON [GROUPPERSONVIEW] TO [ssd_bridge];
GRANT SELECT ON [GROUPVIEW] TO [ssd_bridge];
GRANT SELECT ON [ORGANISATIONVIEW] TO [ssd_bridge];
GRANT SELECT ON [PERSONDEMOGRAPHICSVIEW] TO [ssd_bridge];
GRANT SELECT ON [PERSONORGRELATIONSHIPVIEW] TO [ssd_bridge];
GRANT SELECT ON [PERSONVIEW] TO [ssd_bridge];
GRANT SELECT ON [PERSON_PER_RELATIONSHIP] TO [ssd_bridge];
GRANT SELECT ON [REFERENCENUMBERPERSONVIEW] TO [ssd_bridge];
GRANT SELECT ON [RELATIONSHIPPERSONVIEW] TO [ssd_bridge];
GRANT SELECT ON [RELATIONSHIPPROFESSIONALVIEW] TO [ssd_bridge];

GO
