"""render / deploy / demo through the CLI: exit codes, stdout, one-line errors, no tracebacks."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from tests.helpers import run_cli


def assert_clean_error(done, code: int, *needles: str) -> None:
    assert done.returncode == code, (done.returncode, done.stderr)
    assert "Traceback" not in done.stderr
    assert done.stderr.startswith("Error: ")
    for needle in needles:
        assert needle in done.stderr


def test_render_prints_sql_on_stdout_and_nothing_else(clean_env):
    done = run_cli(["render", "--cms", "mosaic", "--part", "addon"], cwd=clean_env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("-- ===") and "[ssd].[ssd_api_data_staging]" in done.stdout
    assert done.stderr == ""


def test_render_to_a_file(clean_env):
    done = run_cli(["render", "--cms", "eclipse", "--schema", "csc", "-o", "deploy.sql"], cwd=clean_env)
    assert done.returncode == 0, done.stderr
    text = (clean_env / "deploy.sql").read_text(encoding="utf-8")
    assert '"csc"."ssd_person"' in text and done.stdout == ""
    assert "deploy.sql" in done.stderr


def test_unknown_cms_is_a_usage_error(clean_env):
    done = run_cli(["render", "--cms", "carefirst"], cwd=clean_env)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "carefirst" in done.stderr and "liquid_logic" in done.stderr


@pytest.mark.parametrize("schema", ["ssd live", "ssd'x", 'ssd"x'])
def test_schema_with_a_quote_or_space_is_refused(clean_env, schema):
    assert_clean_error(run_cli(["render", "--cms", "eclipse", "--schema", schema], cwd=clean_env), 2,
                       "not a valid name", "letters, digits and underscores")


def test_missing_config_file(clean_env):
    assert_clean_error(run_cli(["deploy", "--config", "nowhere.yaml"], cwd=clean_env), 2,
                       "nowhere.yaml was not found", "examples/ssd-bridge.example.yaml")


def test_secret_in_config_file_is_refused_without_echoing_it(clean_env):
    (clean_env / "ssd-bridge.yaml").write_text("cms: eclipse\ndfe:\n  client_secret: s3cr3t-VALUE\n")
    done = run_cli(["deploy"], cwd=clean_env)
    assert_clean_error(done, 2, "dfe.client_secret", "SSD_BRIDGE_CLIENT_SECRET")
    assert "s3cr3t-VALUE" not in done.stderr + done.stdout


def test_password_inside_connection_url_is_refused(clean_env):
    (clean_env / "ssd-bridge.yaml").write_text("database:\n  url: postgresql://bridge:hunter22@db01/rep\n")
    done = run_cli(["deploy"], cwd=clean_env)
    assert_clean_error(done, 2, "database.url", "SSD_BRIDGE_DB_PASSWORD")
    assert "hunter22" not in done.stderr


def test_no_database_configured(clean_env):
    assert_clean_error(run_cli(["deploy"], cwd=clean_env), 2, "no database is configured", "database.url")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_unreachable_database_is_exit_3_and_hides_the_password(clean_env):
    env = {"SSD_BRIDGE_DATABASE_URL": f"postgresql://bridge@127.0.0.1:{free_port()}/reporting",
           "SSD_BRIDGE_DB_PASSWORD": "pw-never-shown", "SSD_BRIDGE_DATABASE_CONNECT_TIMEOUT_SECONDS": "3"}
    done = run_cli(["deploy"], env=env, cwd=clean_env)
    assert_clean_error(done, 3, "could not connect", "127.0.0.1")
    assert "pw-never-shown" not in done.stderr


@pytest.mark.postgres
def test_deploy_twice_then_says_nothing_changed(pg_env, pg_schema):
    first = run_cli(["deploy", "--part", "addon"], env=pg_env)
    assert first.returncode == 0, first.stderr
    assert "[1/" in first.stderr and "table ssd_api_data_staging" in first.stderr
    second = run_cli(["deploy", "--part", "addon", "--json"], env=pg_env)
    assert second.returncode == 0, second.stderr
    import json

    summary = json.loads(second.stdout)
    assert summary["tables_created"] == [] and summary["columns_added"] == [] and not summary["dry_run"]
    third = run_cli(["deploy", "--part", "addon"], env=pg_env)
    assert "already up to date" in third.stderr


@pytest.mark.postgres
def test_deploy_dry_run_lists_batches(pg_env):
    done = run_cli(["deploy", "--part", "addon", "--dry-run"], env=pg_env)
    assert done.returncode == 0, done.stderr
    assert "table ssd_version_log" in done.stdout.splitlines()


def test_help_works_without_configuration(clean_env):
    done = run_cli(["--help"], cwd=clean_env)
    assert done.returncode == 0 and "Exit codes" in done.stdout
    done = run_cli(["deploy", "-h"], cwd=clean_env)
    assert done.returncode == 0 and "Example" in done.stdout


def test_example_configuration_loads(clean_env):
    from ssd_bridge.config import load_settings

    settings = load_settings(Path(__file__).parent.parent / "examples" / "ssd-bridge.example.yaml", env={})
    assert settings.cms == "eclipse" and settings.dfe.batch_size == 100 and settings.database.schema == "ssd"


@pytest.mark.postgres
@pytest.mark.parametrize(("change", "needles"), [
    (("postgresql://postgres:@/", "postgresql://nobody_here:@/"), ("refused the login", "nobody_here")),
    (("/postgres?", "/no_such_db?"), ("no_such_db", "database.url")),
])
def test_a_database_that_refuses_the_settings_is_exit_2_not_a_retry(clean_env, pg_server, change, needles):
    # A wrong user or database name never heals by itself: the wrappers alert on 2, retry on 3.
    url = pg_server.uri.replace(*change)
    assert url != pg_server.uri
    assert_clean_error(run_cli(["deploy"], env={"SSD_BRIDGE_DATABASE_URL": url}, cwd=clean_env), 2, *needles)


def test_an_unreadable_connection_string_is_exit_2(clean_env):
    done = run_cli(["deploy"], env={"SSD_BRIDGE_DATABASE_URL": "db01 reporting"}, cwd=clean_env)
    assert_clean_error(done, 2, "could not use the settings", "database.url")


def test_render_to_a_folder_that_does_not_exist_is_exit_2(clean_env):
    done = run_cli(["render", "--cms", "eclipse", "-o", str(clean_env / "no-such-folder" / "deploy.sql")],
                   cwd=clean_env)
    assert_clean_error(done, 2, "could not write", "no-such-folder", "folder exists")


@pytest.mark.parametrize(("env", "needle"), [
    ({}, "no database is configured"),
    ({"SSD_BRIDGE_DATABASE_ODBC": "DRIVER={PostgreSQL Unicode};Servername=db01;"}, "database.odbc is set"),
])
def test_synth_without_a_postgres_url_says_which_setting_to_add(clean_env, env, needle):
    done = run_cli(["synth", "--children", "1"], env=env, cwd=clean_env)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert needle in done.stderr and "SSD_BRIDGE_DATABASE_URL" in done.stderr
