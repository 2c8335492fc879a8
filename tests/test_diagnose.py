"""diagnose: the support bundle holds what D2I needs and none of the planted personal values or secrets."""

from __future__ import annotations

import json
import re
import uuid
import zipfile
from pathlib import Path
from typing import Any

import psycopg
import pytest

from ssd_bridge.config import load_settings
from ssd_bridge.demo import EmbeddedServer
from ssd_bridge.dfe.fake import FakeDfe
from ssd_bridge.diagnose import Scrubber, diagnose
from ssd_bridge.sql.deploy import deploy
from tests.compat_helpers import (
    FIXTURE_PARAMS,
    create_source,
    drop_schema,
    fixture_templates,
    unused_port,
)

FORENAME, SURNAME = "Zqxforenamesentinel", "Vwysurnamesentinel"
UPN, POSTCODE, DOB = "K90817263544X", "ZZ9 9ZQ", "2011-02-03"
PERSON, LEGACY = "PSENT4242", "LSENT4242"
SECRET, SUPPLIER_KEY, DB_PASSWORD = "client-secret-sentinel-7f3a", "supplier-key-sentinel-91bd", "db-pw-sentinel-55e2"
TOKEN, ENV_TOKEN, PROXY_PASSWORD = "tok-sentinel-4c1e0a9b", "env-token-sentinel-a8d2", "proxy-pw-sentinel-3b7c"
SENTINELS = (FORENAME, SURNAME, UPN, POSTCODE, DOB, PERSON, LEGACY, SECRET, SUPPLIER_KEY, DB_PASSWORD, TOKEN,
             ENV_TOKEN, PROXY_PASSWORD)


class SentinelDfe(FakeDfe):
    """The stand-in, issuing one distinctive token so a leak of it would show."""

    def issue_token(self, form: dict[str, str]) -> tuple[int, dict[str, Any]]:
        status, body = super().issue_token(form)
        if status == 200:
            body["access_token"] = TOKEN
        return status, body


def everything_in(bundle: Path) -> str:
    """The raw zip bytes and every member's text, as one string to search."""
    parts = [bundle.read_bytes().decode("latin-1")]
    with zipfile.ZipFile(bundle) as archive:
        parts += [archive.read(name).decode("utf-8") for name in archive.namelist()]
    return "\n".join(parts)


def plant(server: EmbeddedServer, source: str, schema: str) -> None:
    """Personal values in the CMS tables, and in the staging, log and run tables' messages."""
    payload = json.dumps({"la_child_id": PERSON, "mis_child_id": LEGACY, "child_details": {
        "first_name": FORENAME, "surname": SURNAME, "unique_pupil_number": UPN, "date_of_birth": DOB,
        "postcode": POSTCODE}})
    with psycopg.connect(server.uri, autocommit=True) as conn:
        conn.execute(f'INSERT INTO "{source}".person VALUES (4242, %s, %s, %s, %s)', (LEGACY, FORENAME, SURNAME, DOB))
        conn.execute(f'INSERT INTO "{source}".form_answer VALUES (4242, %s, %s)', (UPN, "UPN"))
        conn.execute(f'INSERT INTO "{source}".address VALUES (1, 4242, %s, %s, NULL)', (POSTCODE, DOB))
        conn.execute(
            f'INSERT INTO "{schema}".ssd_api_data_staging (person_id, legacy_id, json_payload, submission_status, '
            "api_response, validation_findings) VALUES (%s, %s, %s, 'error', %s, %s), ('P2', NULL, '{}', 'sent', NULL, NULL)",
            (PERSON, LEGACY, payload,
             json.dumps({"errors": [f"[0] $.child_details.first_name: {FORENAME} {SURNAME} born {DOB} is too long",
                                    f"upn {UPN} postcode {POSTCODE} for {PERSON}"],
                         "echo": f"Authorization: Bearer {TOKEN}"}),
             f"$.child_details.unique_pupil_number: '{UPN}' is too long; surname {SURNAME}"))
        conn.execute(
            f'INSERT INTO "{schema}".ssd_api_submission_log (run_id, person_id, http_status, outcome, response_excerpt) '
            "VALUES ('run-1', %s, 400, 'rejected', %s)",
            (PERSON, f"child {FORENAME} ({PERSON}, legacy {LEGACY}) rejected: postcode {POSTCODE}"))
        row_id = conn.execute(f'SELECT id FROM "{schema}".ssd_api_data_staging WHERE person_id = %s',
                              (PERSON,)).fetchone()[0]
        # As the runner writes it: records named by staging row id, DfE's reason trimmed.
        conn.execute(
            f'INSERT INTO "{schema}".ssd_api_run_log (run_id, command, environment, started_at, exit_code, summary_json, '
            "bridge_version) VALUES ('run-1', 'run', 'test', CURRENT_TIMESTAMP, 1, %s, '0.1.0')",
            (json.dumps({"sent": 1, "error": 1, "first_errors": [
                {"key": row_id, "http_status": 400, "reason": f"HTTP 400: {FORENAME} ({PERSON}) is not valid"}]}),))


@pytest.mark.postgres
def test_bundle_holds_no_planted_value(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pg_server: EmbeddedServer,
                                       clean_env: Path) -> None:
    fixture_templates(tmp_path, monkeypatch)
    suffix = uuid.uuid4().hex[:8]
    source, schema = f"src_{suffix}", f"ssd_{suffix}"
    create_source(pg_server, source)
    env = {"SSD_BRIDGE_CLIENT_SECRET": SECRET, "SSD_BRIDGE_SUPPLIER_KEY": SUPPLIER_KEY,
           "SSD_BRIDGE_DB_PASSWORD": DB_PASSWORD, "SSD_BRIDGE_EXTRA_TOKEN": ENV_TOKEN}
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    try:
        with SentinelDfe(client_secret=SECRET, supplier_key=SUPPLIER_KEY) as fake:
            config = tmp_path / "ssd-bridge.yaml"
            dfe = {k: v for k, v in fake.dfe_settings().items() if k not in ("client_secret", "supplier_key")}
            config.write_text(json.dumps({"cms": "eclipse", "database": {"dialect": "postgres", "url": pg_server.uri,
                                                                          "schema": schema},
                                          "source": {"location": source, "params": FIXTURE_PARAMS}, "dfe": dfe}))
            settings = load_settings(config)
            deploy(settings, part="all")
            plant(pg_server, source, schema)
            deploy(settings, part="ssd")  # the SSD now holds the planted child too
            result = diagnose(settings, tmp_path / "bundle.zip")
            assert fake.token_requests == 1  # the credentials check really fetched the sentinel token
        text = everything_in(result.path)
        leaked = [s for s in SENTINELS if s.lower() in text.lower()]
        assert leaked == []
        with zipfile.ZipFile(result.path) as archive:
            assert archive.namelist()[0] == "summary.txt"
            data = json.loads(archive.read("database.json"))
            checks = json.loads(archive.read("check-compat.json"))
            summary = archive.read("summary.txt").decode()
            config_json = json.loads(archive.read("config.json"))
    finally:
        drop_schema(pg_server, source, schema)
    hashed = data["errors"][0]["person"]
    assert hashed.startswith("p-") and all(e["person"] == hashed for e in data["errors"])
    first = data["runs"][0]["summary"]["first_errors"][0]
    assert first["key"].startswith("p-") and first["reason"] == f"HTTP 400: <value> ({hashed}) is not valid"
    response = data["errors"][0]["api_response"]
    assert "first_name: <value> <value> born <value> is too long" in response
    assert f"for {hashed}" in response and "Bearer <token>" in response
    assert re.fullmatch(rf"child <value> \({hashed}, legacy p-[0-9a-f]{{12}}\) rejected: postcode <value>",
                        data["errors"][1]["response_excerpt"])
    assert {"submission_status": "error", "row_state": "new", "payload_kind": None, "count": 1} in data["staging_counts"]
    assert data["version_log"] and data["version_log"][0]["cms"] == "eclipse"
    assert checks["shape_version"] == 1
    assert "credentials.token" in {c["name"] for c in checks["checks"]}
    assert "SSD_BRIDGE_EXTRA_TOKEN" in config_json["environment_variables_set"]
    assert config_json["settings"]["dfe"]["client_secret"] == "<set>"
    assert summary.startswith("ssd-bridge support bundle") and "Staging table: error/new: 1" in summary


def test_proxy_password_in_the_config_stays_out(tmp_path: Path, clean_env: Path) -> None:
    port = unused_port()
    config = tmp_path / "ssd-bridge.yaml"
    config.write_text(json.dumps({"cms": "mosaic", "dfe": {
        "base_url": "https://api.example.invalid/children-in-social-care-data-receiver-test/1",
        "proxy": f"http://proxyuser:{PROXY_PASSWORD}@127.0.0.1:{port}", "connect_timeout_seconds": 2}}))
    result = diagnose(load_settings(config), tmp_path / "b.zip")
    text = everything_in(result.path)
    assert PROXY_PASSWORD not in text
    assert "proxyuser:***@127.0.0.1" in text  # the proxy itself is named, for support
    assert "Database: not configured" in text


def test_scrubber_hashes_ids_consistently_and_masks_shapes(clean_env: Path) -> None:
    scrub = Scrubber(load_settings(env={}))
    first = scrub.text(f"record {PERSON} failed; again {PERSON}", ids=[PERSON])
    assert PERSON not in (first or "") and first.count(scrub.person(PERSON) or "") == 2
    assert scrub.text(f"upn {UPN}, postcode {POSTCODE}, born {DOB}, 'Jo'") == \
        "upn <upn>, postcode <postcode>, born <date>, '<value>'"
    assert Scrubber(load_settings(env={})).person(PERSON) != scrub.person(PERSON)  # salt differs per bundle


@pytest.mark.postgres
def test_cli_writes_the_bundle(pg_env: dict[str, str], tmp_path: Path) -> None:
    from tests.helpers import run_cli

    target = tmp_path / "support.zip"
    result = run_cli(["diagnose", "-o", str(target), "--no-network"], env=pg_env, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(target)
    assert "Read summary.txt first" in result.stderr
    with zipfile.ZipFile(target) as archive:
        names = archive.namelist()
        checks = json.loads(archive.read("check-compat.json"))
    assert names == ["summary.txt", "versions.json", "config.json", "check-compat.txt", "check-compat.json",
                     "database.json"]
    assert not any(c["area"] in ("network", "credentials") for c in checks["checks"])


def test_a_bundle_path_that_cannot_be_written_is_exit_2(clean_env) -> None:
    from tests.helpers import run_cli

    (clean_env / "taken").write_text("a file, not a folder")
    done = run_cli(["diagnose", "--no-network", "-o", str(clean_env / "taken" / "support.zip")], cwd=clean_env)
    assert done.returncode == 2, done.stderr
    assert "could not write the support bundle" in done.stderr and "Traceback" not in done.stderr
