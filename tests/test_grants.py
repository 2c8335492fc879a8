"""render --part grants: parses as T-SQL, and on PostgreSQL gives a role exactly what deploy needs."""

from __future__ import annotations

import uuid
from pathlib import Path

import psycopg
import pytest

from ssd_bridge.compat import check_compat
from ssd_bridge.config import load_settings
from ssd_bridge.demo import EmbeddedServer
from ssd_bridge.errors import ConfigError, DatabaseError
from ssd_bridge.sql.deploy import deploy
from ssd_bridge.sql.render import RenderOptions
from ssd_bridge.sql.script import render_script
from tests.compat_helpers import (
    FIXTURE_PARAMS,
    create_source,
    drop_schema,
    fixture_templates,
    login_role,
)
from tests.script_pieces import script_unparsable


@pytest.fixture()
def templates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return fixture_templates(tmp_path, monkeypatch)


def test_tsql_grants_name_each_source_table_and_parse(templates: Path) -> None:
    text = render_script(RenderOptions(cms="eclipse", dialect="tsql", part="grants",
                                           source_location="HDM.Child_Social", grantee="svc_bridge"))
    assert "USE [HDM];" in text
    for table in ("ADDRESS", "FORM_ANSWER", "PERSON"):
        assert f"GRANT SELECT ON [Child_Social].[{table}] TO [svc_bridge];" in text
    assert "GRANT ALTER, SELECT, INSERT, UPDATE, DELETE ON SCHEMA::[ssd] TO [svc_bridge];" in text
    assert script_unparsable(text) == []


def test_grantee_must_be_a_plain_name() -> None:
    with pytest.raises(ConfigError, match="grantee"):
        render_script(RenderOptions(cms="eclipse", part="grants", grantee="x; DROP TABLE y"))


def test_deploy_refuses_the_grants_part(pg_settings) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ConfigError, match="grants"):
        deploy(pg_settings, part="grants")


@pytest.mark.postgres
def test_grants_give_a_role_exactly_enough_to_deploy(templates: Path, pg_server: EmbeddedServer) -> None:
    suffix = uuid.uuid4().hex[:8]
    source, schema = f"src_{suffix}", f"ssd_{suffix}"
    create_source(pg_server, source, extra=f'CREATE TABLE "src_{suffix}"."unrelated" (secret TEXT)')
    try:
        with login_role(pg_server) as (role, uri), psycopg.connect(pg_server.uri, autocommit=True) as admin:
            admin.execute(f'INSERT INTO "{source}"."person" VALUES (1, \'L1\', \'A\', \'B\', CURRENT_DATE)')
            admin.execute(f'REVOKE CREATE ON DATABASE postgres FROM PUBLIC, "{role}"')
            try:
                settings = load_settings(env={}, overrides={
                    "cms": "eclipse", "database": {"dialect": "postgres", "url": uri, "schema": schema},
                    "source": {"location": source, "params": dict(FIXTURE_PARAMS)}})
                with pytest.raises(DatabaseError):
                    deploy(settings, part="all")  # without the grants the role can do nothing
                script = render_script(RenderOptions(cms="eclipse", part="grants", schema=schema,
                                                         source_location=source, grantee=role))
                admin.execute(script)
                report = check_compat(settings, network=False)  # the database rights; DfE is not set here
                bad = [(c.name, c.found) for c in report.checks if c.status in ("fail", "warn")]
                assert bad == []
                result = deploy(settings, part="all")
                assert result.row_counts["ssd_person"] == 1
                assert deploy(settings, part="all").row_counts["ssd_person"] == 1  # and again, nightly
                granted = admin.execute(
                    "SELECT table_name, privilege_type FROM information_schema.role_table_grants "
                    "WHERE grantee = %s AND table_schema = %s ORDER BY 1, 2", (role, source)).fetchall()
                assert granted == [("address", "SELECT"), ("form_answer", "SELECT"), ("person", "SELECT")]
                may_create_schema = admin.execute(
                    "SELECT has_database_privilege(%s, current_database(), 'CREATE')", (role,)).fetchone()
                assert may_create_schema == (False,)
            finally:
                admin.execute("GRANT CREATE ON DATABASE postgres TO PUBLIC")
    finally:
        drop_schema(pg_server, source, schema)
