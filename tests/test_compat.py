"""check-compat on embedded PostgreSQL, against the DfE stand-in and against sockets that fail."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from ssd_bridge.compat import Check, CompatReport, check_compat, format_report
from ssd_bridge.config import Settings, load_settings
from ssd_bridge.demo import EmbeddedServer
from ssd_bridge.dfe.fake import FakeDfe
from ssd_bridge.sql.render import RenderOptions
from ssd_bridge.sql.sources import source_needs
from tests.compat_helpers import (
    FIXTURE_PARAMS,
    create_source,
    drop_schema,
    fixture_templates,
    login_role,
    proxy_answering,
    self_signed,
    tls_server,
    unused_port,
)
from tests.script_pieces import render as session_script  # rendered once per test process

pytestmark = pytest.mark.postgres


@pytest.fixture()
def templates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Render from a template copy whose only CMS mapping is the small eclipse fixture."""
    return fixture_templates(tmp_path, monkeypatch)


@pytest.fixture()
def source(pg_server: EmbeddedServer) -> Iterator[str]:
    """The fixture's CMS tables in a fresh schema."""
    name = f"src_{uuid.uuid4().hex[:8]}"
    create_source(pg_server, name)
    yield name
    drop_schema(pg_server, name)


def settings_for(server_uri: str, schema: str, source: str, **more: object) -> Settings:
    overrides: dict = {"cms": "eclipse", "database": {"dialect": "postgres", "url": server_uri, "schema": schema},
                      "source": {"location": source, "params": dict(FIXTURE_PARAMS)}}
    overrides.update(more)
    return load_settings(env={}, overrides=overrides)


def by_name(report: CompatReport, name: str) -> Check:
    matches = [c for c in report.checks if c.name == name]
    assert len(matches) == 1, [c.name for c in report.checks]
    return matches[0]


def test_source_needs_are_derived_from_the_templates(templates: Path) -> None:
    needs = source_needs(RenderOptions(cms="eclipse", source_location="src"))
    assert dict(needs.columns) == {
        "ADDRESS": ("address_id", "end_date", "person_id", "postcode", "start_date"),
        "FORM_ANSWER": ("answer_text", "person_id", "question_code"),
        "PERSON": ("date_of_birth", "forename", "legacy_id", "person_id", "surname"),
    }
    assert needs.read_by["PERSON"] == ("ssd_address", "ssd_person")
    assert needs.missing_params == ("upn_question",)
    assert source_needs(RenderOptions(cms="eclipse", params=FIXTURE_PARAMS)).missing_params == ()


def test_everything_present_passes(templates: Path, pg_server: EmbeddedServer, pg_schema: str, source: str) -> None:
    with FakeDfe() as fake:
        report = check_compat(settings_for(pg_server.uri, pg_schema, source, dfe=fake.dfe_settings()))
    failing = [(c.name, c.status, c.found) for c in report.checks if c.status in ("fail", "warn")]
    assert failing == []
    for name in ("database.connection", "database.version", "database.create_rights", "database.lock",
                 "source.parameters", "source.tables", "source.columns", "source.read_rights", "network.tcp",
                 "credentials.settings", "credentials.token"):
        assert by_name(report, name).status == "pass", name
    assert report.exit_code == 0
    skips = report.counts()["skip"]
    assert f"Result: READY SO FAR: every check that ran passed; {skips} could not run" in format_report(report)


def test_an_empty_configuration_is_not_ready(clean_env: Path) -> None:
    report = check_compat(load_settings(env={}))
    for name in ("database.connection", "network.reach", "credentials.settings", "credentials.token"):
        assert by_name(report, name).status == "fail", name
    assert report.exit_code == 2 and "NOT READY" in format_report(report)


def test_a_log_file_that_is_a_folder_fails(clean_env: Path) -> None:
    report = check_compat(load_settings(env={}, overrides={"logging": {"file": str(clean_env)}}), network=False)
    check = by_name(report, "host.log_file")
    assert check.status == "fail" and "is a folder" in check.found and "ssd-bridge.log" in (check.next_step or "")
    fine = check_compat(load_settings(env={}, overrides={"logging": {"file": str(clean_env / "logs" / "b.log")}}),
                        network=False)
    assert by_name(fine, "host.log_file").status == "pass"


def test_live_with_an_http_dfe_url_is_refused_before_any_check(clean_env: Path) -> None:
    from tests.helpers import run_cli

    with FakeDfe() as fake:
        done = run_cli(["check-compat"], env={**fake.environment(), "SSD_BRIDGE_ENVIRONMENT": "live"})
        assert fake.requests == 0 and fake.token_requests == 0
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "must be an https:// URL in environment live" in done.stderr


def test_missing_source_table_and_column_fail_naming_them(templates: Path, pg_server: EmbeddedServer, pg_schema: str,
                                                          source: str) -> None:
    with psycopg.connect(pg_server.uri, autocommit=True) as conn:
        conn.execute(f'DROP TABLE "{source}"."form_answer"')
        conn.execute(f'ALTER TABLE "{source}"."address" DROP COLUMN end_date')
    report = check_compat(settings_for(pg_server.uri, pg_schema, source))
    tables, columns = by_name(report, "source.tables"), by_name(report, "source.columns")
    assert tables.status == "fail" and "FORM_ANSWER" in tables.found and tables.known_failure == "S07"
    assert tables.details == ["FORM_ANSWER (read to fill ssd_person)"]
    assert columns.status == "fail" and columns.details == ["ADDRESS.end_date (feeds ssd_address)"]
    assert report.exit_code == 2


def test_wrong_source_location_fails_without_aborting(templates: Path, pg_server: EmbeddedServer,
                                                      pg_schema: str) -> None:
    report = check_compat(settings_for(pg_server.uri, pg_schema, "no_such_schema"))
    tables = by_name(report, "source.tables")
    assert tables.status == "fail" and "3 of the 3 eclipse tables" in tables.found and "no_such_schema" in tables.found
    assert by_name(report, "source.read_rights").status == "skip"
    assert by_name(report, "database.ssd_tables").status == "pass"


def test_missing_parameter_fails_naming_the_key(templates: Path, pg_server: EmbeddedServer, pg_schema: str,
                                                source: str) -> None:
    settings = settings_for(pg_server.uri, pg_schema, source).replace(source={"params": {}})
    check = by_name(check_compat(settings), "source.parameters")
    assert check.status == "fail" and "source.params.upn_question" in check.found


def test_user_without_create_fails_naming_the_permission(templates: Path, pg_server: EmbeddedServer, pg_schema: str,
                                                         source: str) -> None:
    with login_role(pg_server) as (role, uri), psycopg.connect(pg_server.uri, autocommit=True) as conn:
        conn.execute(f'REVOKE CREATE ON DATABASE postgres FROM PUBLIC, "{role}"')
        try:
            report = check_compat(settings_for(uri, pg_schema, source))
        finally:
            conn.execute("GRANT CREATE ON DATABASE postgres TO PUBLIC")
    rights = by_name(report, "database.create_rights")
    assert rights.status == "fail"
    assert f"user {role} lacks: CREATE SCHEMA" in rights.found
    read = by_name(report, "source.read_rights")
    assert read.status == "fail" and read.details == [f"USAGE on schema {source}"]
    # The tables exist; a user who cannot read them must not be told they are missing.
    assert by_name(report, "source.tables").status == "pass"


def test_existing_tables_are_compared_with_the_model(pg_settings: Settings, pg_server: EmbeddedServer,
                                                     pg_schema: str) -> None:
    from ssd_bridge.sql.deploy import deploy

    deploy(pg_settings, part="addon")
    staging = f'"{pg_schema}"."ssd_api_data_staging"'
    with psycopg.connect(pg_server.uri, autocommit=True) as conn:
        conn.execute(f"ALTER TABLE {staging} ALTER COLUMN person_id TYPE VARCHAR(20)")
        conn.execute(f"ALTER TABLE {staging} DROP COLUMN attempts")
        conn.execute(f"ALTER TABLE {staging} ALTER COLUMN last_attempt_at TYPE INTEGER USING NULL")
        conn.execute(f"ALTER TABLE {staging} ADD COLUMN la_extra TEXT NOT NULL")
    check = by_name(check_compat(pg_settings), "database.addon_tables")
    assert check.status == "fail"
    assert "the deployment will add 1 missing columns" in check.found
    assert "ssd_api_data_staging.last_attempt_at is integer, ours is TIMESTAMP." in check.details
    assert "ssd_api_data_staging.la_extra is NOT NULL without a default, and ssd-bridge does not fill it." in check.details
    assert "ssd_api_data_staging.person_id holds at most 20 characters, ours 48." in check.details


def test_cli_json_shape_and_exit_code(templates: Path, pg_env: dict[str, str], runner, source: str,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from ssd_bridge.cli import cli

    monkeypatch.setenv("SSD_BRIDGE_SOURCE_LOCATION", source)
    # standalone_mode=False hands back the command's return value: the exit code main() uses.
    result = runner.invoke(cli, ["check-compat", "--json"], standalone_mode=False)
    data = json.loads(result.stdout)
    assert set(data) == {"shape_version", "bridge_version", "checked_at", "cms", "dialect", "environment",
                         "status", "exit_code", "counts", "checks"}
    assert data["shape_version"] == 1 and data["cms"] == "eclipse" and data["dialect"] == "postgres"
    assert set(data["counts"]) == {"pass", "warn", "fail", "skip"}
    for check in data["checks"]:
        assert set(check) == {"name", "area", "title", "target", "status", "found", "next_step",
                              "known_failure", "details"}
        assert check["status"] in ("pass", "warn", "fail", "skip")
        assert check["name"].split(".")[0] == check["area"]
    # No source.params in the environment: the fixture's parameter is missing, so exit 2.
    params = next(c for c in data["checks"] if c["name"] == "source.parameters")
    assert params["status"] == "fail" and params["details"] == ["upn_question"]
    assert data["status"] == "fail" and data["exit_code"] == 2 == result.return_value
    text = runner.invoke(cli, ["check-compat"], standalone_mode=False)
    assert text.return_value == 2 and "FAIL  eclipse mapping parameters" in text.stdout
    assert "NOT READY" in text.stdout


def network_only(dfe: dict, environment: str = "test") -> Settings:
    return load_settings(env={}, overrides={"cms": "eclipse", "environment": environment, "dfe": dfe})


def test_network_checks_against_the_stand_in(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTPS_PROXY", "HTTP_PROXY", "https_proxy", "http_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    with FakeDfe() as fake:
        report = check_compat(network_only(fake.dfe_settings()), send_test_record=True)
        assert fake.accepted_records == 1
    for name in ("network.dns", "network.tcp", "network.clock", "credentials.token", "credentials.test_record"):
        assert by_name(report, name).status == "pass", name
    assert by_name(report, "network.tls").status == "skip"  # the stand-in speaks plain HTTP
    assert "issued a token" in by_name(report, "credentials.token").found
    with FakeDfe(client_secret="another-secret") as fake:
        report = check_compat(network_only(fake.dfe_settings() | {"client_secret": "wrong"}))
    token = by_name(report, "credentials.token")
    assert token.status == "fail" and token.known_failure == "A01" and "invalid_client" in token.found
    assert "wrong" not in json.dumps(report.as_dict())


def test_test_record_is_refused_for_live_and_non_test_urls() -> None:
    with FakeDfe() as fake:
        https = {k: v.replace("http://", "https://") for k, v in fake.dfe_settings().items()}
        live = check_compat(network_only(https, environment="live"), send_test_record=True)
        assert fake.requests == 0
    assert "refused: environment is live" in by_name(live, "credentials.test_record").found
    url = {"base_url": "https://127.0.0.1.invalid/children-in-social-care-data-receiver/1"}
    other = check_compat(network_only(url), send_test_record=True)
    check = by_name(other, "credentials.test_record")
    assert check.status == "fail" and check.known_failure == "J02"


def test_network_checks_against_an_unused_port() -> None:
    port = unused_port()
    report = check_compat(network_only({"base_url": f"http://127.0.0.1:{port}/x-test/1",
                                        "token_url": f"http://127.0.0.1:{port}/token", "client_id": "c",
                                        "scope": "s/.default", "client_secret": "x", "connect_timeout_seconds": 2}))
    tcp = by_name(report, "network.tcp")
    assert tcp.status == "fail" and tcp.known_failure == "N02" and f"127.0.0.1:{port}" in tcp.found
    assert by_name(report, "credentials.token").known_failure == "N02"
    assert by_name(report, "network.clock").status == "skip"


def test_unknown_host_fails_dns() -> None:
    report = check_compat(network_only({"base_url": "https://no-such-host.invalid/x/1"}))
    dns = by_name(report, "network.dns")
    assert dns.status == "fail" and dns.known_failure == "N01"
    assert by_name(report, "network.tcp").status == "skip"


def test_tls_inspection_is_named_with_its_issuer(tmp_path: Path) -> None:
    ca, server_pem = self_signed(tmp_path, "Council Proxy Inspection CA")
    with tls_server(server_pem) as port:
        url = f"https://localhost:{port}/children-in-social-care-data-receiver-test/1"
        untrusted = by_name(check_compat(network_only({"base_url": url})), "network.tls")
        trusted = by_name(check_compat(network_only({"base_url": url, "ca_bundle": str(ca)})), "network.tls")
    assert untrusted.status == "fail" and untrusted.known_failure == "N05"
    assert "Council Proxy Inspection CA" in untrusted.found
    assert trusted.status == "warn" and trusted.known_failure == "N05"
    assert "being inspected" in trusted.found and "Council Proxy Inspection CA" in trusted.found


def test_proxy_asking_for_authentication_is_n03() -> None:
    with proxy_answering(b"HTTP/1.1 407 Proxy Authentication Required") as port:
        report = check_compat(network_only({
            "base_url": "https://api.example.invalid/children-in-social-care-data-receiver-test/1",
            "token_url": "https://login.example.invalid/t/oauth2/v2.0/token", "client_id": "c",
            "scope": "s/.default", "client_secret": "x", "proxy": f"http://127.0.0.1:{port}"}))
    assert "through http://127.0.0.1" in by_name(report, "network.proxy").found
    tcp = [c for c in report.checks if c.name == "network.tcp"]
    assert [c.known_failure for c in tcp] == ["N03", "N03"]
    assert by_name(report, "credentials.token").known_failure == "N03"


def test_exit_codes_from_the_real_process(pg_env: dict[str, str], pg_server: EmbeddedServer) -> None:
    from ssd_bridge.synth import synth
    from tests.helpers import run_cli

    location = f"src_{uuid.uuid4().hex[:8]}"
    pg_env = pg_env | {"SSD_BRIDGE_SOURCE_LOCATION": location}
    synth(load_settings(env=pg_env), children=5)
    try:
        with FakeDfe() as fake:
            ok = run_cli(["check-compat"], env=pg_env | fake.environment())
    finally:
        with psycopg.connect(pg_server.uri, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA "{location}" CASCADE')
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "Result: READY" in ok.stdout
    broken = run_cli(["check-compat", "--json"], env=pg_env | {"SSD_BRIDGE_DATABASE_URL":
                                                                 f"postgresql://nobody@127.0.0.1:{unused_port()}/x"})
    assert broken.returncode == 2
    connection = next(c for c in json.loads(broken.stdout)["checks"] if c["name"] == "database.connection")
    assert connection["status"] == "fail" and connection["known_failure"] == "D01"


def test_real_mapping_on_its_synthetic_source_passes_and_names_a_dropped_column(
        pg_server: EmbeddedServer, pg_schema: str) -> None:
    from ssd_bridge.synth import synth
    from ssd_bridge.synth.liquid_logic import SOURCE_PARAMS

    location = f"ll_{uuid.uuid4().hex[:8]}"
    settings = load_settings(env={}, overrides={
        "cms": "liquid_logic", "database": {"dialect": "postgres", "url": pg_server.uri, "schema": pg_schema},
        "source": {"location": location, "params": SOURCE_PARAMS}})
    try:
        synth(settings, children=10)
        report = check_compat(settings, network=False)  # the database side; DfE's is tested above
        assert [(c.name, c.found) for c in report.checks if c.status in ("fail", "warn")] == []
        needs = source_needs(RenderOptions(cms="liquid_logic", source_location=location))
        assert "DIM_PERSON" in needs.columns and "DIM_PERSON_ID" in needs.columns["DIM_PERSON"]
        with psycopg.connect(pg_server.uri, autocommit=True) as conn:
            conn.execute(f'ALTER TABLE "{location}".dim_person DROP COLUMN forename')
        columns = by_name(check_compat(settings), "source.columns")
        assert columns.status == "fail" and columns.details == ["DIM_PERSON.FORENAME (feeds ssd_person)"]
    finally:
        drop_schema(pg_server, location)


def test_tsql_catalog_queries_parse() -> None:
    import sqlglot

    from ssd_bridge.dialects import get_dialect

    tsql = get_dialect("tsql")
    queries = [tsql.server_facts_sql(), tsql.schema_columns_sql(), tsql.schema_exists_sql()]
    queries += [tsql.permission_sql(kind, schema="ssd", table="ssd_person", database="HDM")[0]
                for kind in ("create_schema", "create_table", "create_index", "create_view", "use_schema",
                             "select", "write", "alter")]
    queries += [tsql.relation_columns_sql(parts)[0] for parts in ((), ("Child_Social",), ("HDM", "Child_Social"))]
    for sql in queries:
        sqlglot.parse_one(sql.replace("?", "'x'"), read="tsql")
    assert "[HDM].INFORMATION_SCHEMA.COLUMNS" in tsql.relation_columns_sql(("HDM", "Child_Social"))[0]


@pytest.mark.parametrize("cms", ["liquid_logic", "mosaic", "eclipse"])
def test_rendered_tsql_needs_no_gated_feature(cms: str) -> None:
    from ssd_bridge.compat.database import _without_comments
    from ssd_bridge.dialects import get_dialect

    script = _without_comments(session_script("tsql", cms, "all"))
    assert [g.name for g in get_dialect("tsql").feature_gates() if g.pattern.search(script)] == []
    gated = "SELECT STRING_AGG(x, ',') FROM t; SELECT * FROM STRING_SPLIT('a,b', ',')"
    assert [g.failure for g in get_dialect("tsql").feature_gates() if g.pattern.search(gated)] == ["S03", "S01"]


def test_odbc_driver_check_names_what_is_installed(pg_server: EmbeddedServer, pg_schema: str) -> None:
    from ssd_bridge.compat.host import odbc_check

    missing = load_settings(env={}, overrides={"cms": "liquid_logic", "database": {
        "odbc": "DRIVER={ODBC Driver 18 for SQL Server};SERVER=sql01;DATABASE=HDM_Local;Trusted_Connection=yes;"}})
    check = odbc_check(missing)
    assert check.status == "fail" and check.known_failure == "H06"
    assert "'ODBC Driver 18 for SQL Server', which is not installed" in check.found
    assert "PostgreSQL Unicode" in check.details
    location = f"src_{uuid.uuid4().hex[:8]}"
    through_odbc = load_settings(env={}, overrides={"cms": "eclipse", "database": {
        "dialect": "postgres", "odbc": pg_server.odbc(), "schema": pg_schema}, "source": {"location": location}})
    assert odbc_check(through_odbc).status == "pass"
    from ssd_bridge.synth import synth

    synth(through_odbc.replace(database={"url": pg_server.uri, "odbc": None}), children=5)
    try:
        report = check_compat(through_odbc, network=False)
    finally:
        with psycopg.connect(pg_server.uri, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA "{location}" CASCADE')
    assert by_name(report, "database.connection").status == "pass"
    assert [(c.name, c.found) for c in report.checks if c.status in ("fail", "warn")] == []
