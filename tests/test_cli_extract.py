"""ssd-bridge extract / validate through the CLI, and synthetic SSD data end to end."""

from __future__ import annotations

import json

import pytest

from benchmarks.extract import fill
from ssd_bridge.cli import cli
from ssd_bridge.record.validate import schema_errors
from ssd_bridge.runner import extract
from tests import extract_fixtures
from tests.conftest import OPENAPI
from tests.ssd_rows import d

pytestmark = pytest.mark.postgres
deployed, ssd = extract_fixtures.deployed, extract_fixtures.ssd  # fixtures shared by the extract tests


@pytest.fixture()
def env(deployed, monkeypatch, tmp_path) -> dict[str, str]:
    monkeypatch.chdir(tmp_path)
    values = {"SSD_BRIDGE_CMS": "eclipse", "SSD_BRIDGE_DATABASE_DIALECT": "postgres",
              "SSD_BRIDGE_DATABASE_URL": deployed.database.url, "SSD_BRIDGE_DATABASE_SCHEMA": deployed.database.schema}
    for key, value in values.items():
        monkeypatch.setenv(key, value)
    return values


def invoke(runner, args: list[str]):
    """Run a command as main() does (return value = exit code); returns (code, result)."""
    result = runner.invoke(cli, args, standalone_mode=False)
    assert result.exception is None, result.output
    return int(result.return_value or 0), result


def test_extract_json_and_exit_codes(env, ssd, runner) -> None:
    ssd.child("C1", pers_surname="O'Hara")
    code, result = invoke(runner, ["extract", "--as-of", "2026-02-10", "--json"])
    assert code == 0
    summary = json.loads(result.stdout)
    assert summary["outcomes"] == {"new": 1}
    assert summary["window"]["start"] == "2023-04-01" and summary["table"] == {"new": {"pending": 1}}
    assert "O'Hara" not in result.output

    ssd.child("BAD", pers_upn="A123")
    code, result = invoke(runner, ["extract", "--as-of", "2026-02-10"])
    assert code == 1  # ran to the end, one record held back
    assert "new\t1" in result.stdout and "no_change\t1" in result.stdout


def test_extract_dry_run_and_bad_date(env, ssd, runner) -> None:
    ssd.child("C1")
    code, result = invoke(runner, ["extract", "--as-of", "2026-02-10", "--dry-run", "--json"])
    assert code == 0 and json.loads(result.stdout)["dry_run"] is True
    assert ssd.rows("SELECT count(*) FROM {s}.ssd_api_data_staging") == [(0,)]
    result = runner.invoke(cli, ["extract", "--as-of", "10/02/2026"])
    assert result.exit_code == 2 and "--as-of" in result.output


def test_a_future_as_of_is_refused_before_every_child_leaves_the_window(env, ssd, runner) -> None:
    import datetime as dt

    ssd.child("C1")
    assert invoke(runner, ["extract", "--as-of", "2026-02-10"])[0] == 0
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    result = runner.invoke(cli, ["extract", "--as-of", f"{tomorrow:%Y-%m-%d}"])
    assert result.exit_code == 2 and "is after today" in result.output
    assert ssd.rows("SELECT row_state FROM {s}.ssd_api_data_staging") == [("new",)]  # nothing marked deleted


def test_validate_report_by_rule_with_ids_not_names(env, ssd, runner, tmp_path) -> None:
    ssd.child("C1", pers_ethnicity="QQQQ", pers_forename="Secretname")
    ssd.child("C2", pers_ethnicity="QQQQ", pers_upn="UN3")
    ssd.child("C3", pers_upn="SHORT")
    assert invoke(runner, ["extract", "--as-of", "2026-02-10"])[0] == 1
    code, result = invoke(runner, ["validate", "--json", "--html", str(tmp_path / "report.html")])
    assert code == 1
    report = json.loads(result.stdout)
    assert report["records"] == 3 and report["invalid_records"] == 1
    by_rule = {r["rule"]: r for r in report["rules"]}
    assert by_rule["schema.minLength"]["person_ids"] == ["C3"] and by_rule["schema.minLength"]["severity"] == "error"
    assert by_rule["code.ethnicity"]["count"] == 2 and by_rule["code.ethnicity"]["person_ids"] == ["C1", "C2"]
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "code.ethnicity" in page and "C1, C2" in page
    for text in (result.output, page):
        assert "Secretname" not in text and "QQQQ" not in text and "SHORT" not in text


def test_every_finding_names_the_dfe_field_and_the_ssd_column(env, ssd, runner, tmp_path) -> None:
    ssd.child("C3", pers_upn="SHORT")
    assert invoke(runner, ["extract", "--as-of", "2026-02-10"])[0] == 1
    code, result = invoke(runner, ["validate", "--json", "--html", str(tmp_path / "report.html")])
    rule = next(r for r in json.loads(result.stdout)["rules"] if r["rule"] == "schema.minLength")
    assert rule["field"] == "child_details.unique_pupil_number" and rule["ssd_column"] == "ssd_person.pers_upn"
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "<code>child_details.unique_pupil_number</code>" in page and "<code>ssd_person.pers_upn</code>" in page
    code, result = invoke(runner, ["validate"])
    line = next(x for x in result.stdout.splitlines() if "schema.minLength" in x)
    assert "child_details.unique_pupil_number (from ssd_person.pers_upn): shorter than minLength" in line


def test_records_from_synthetic_ssd_are_all_valid(deployed, ssd) -> None:
    fill(deployed.database.url, deployed.database.schema, 300, seed=11)
    result = extract(deployed, as_of=d("2026-02-10"))
    assert result.cohort == 300 and result.invalid == 0
    payloads = [json.loads(p) for (p,) in ssd.rows("SELECT json_payload FROM {s}.ssd_api_data_staging ORDER BY person_id")]
    assert len(payloads) == 300
    assert all(schema_errors(p) == [] for p in payloads)
    if OPENAPI.is_file():
        from jsonschema import Draft202012Validator

        official = json.loads(OPENAPI.read_text(encoding="utf-8"))["components"]["schemas"]["CSC"]
        validator = Draft202012Validator(official, format_checker=Draft202012Validator.FORMAT_CHECKER)
        for start in range(0, 300, 100):
            assert list(validator.iter_errors(payloads[start:start + 100])) == []


def test_exit_code_1_through_the_real_entry_point(env, ssd) -> None:
    from tests.helpers import run_cli

    ssd.child("C1", pers_upn="A123")
    done = run_cli(["extract", "--as-of", "2026-02-10", "--json"], env)
    assert done.returncode == 1, done.stderr
    assert json.loads(done.stdout)["invalid"] == 1
    done = run_cli(["validate"], env)
    assert done.returncode == 1 and "schema.minLength\tchild_details.unique_pupil_number (from ssd_person.pers_upn): " in done.stdout and done.stdout.endswith("\t1\tC1\n")


def test_extract_before_deploy_says_what_to_do(pg_env, runner) -> None:
    from tests.helpers import run_cli

    done = run_cli(["extract"], pg_env)
    assert done.returncode == 2, done.stderr
    assert "ssd_person cannot be read" in done.stderr and "ssd-bridge deploy" in done.stderr
    assert "Traceback" not in done.stderr


def test_validate_html_to_a_missing_folder_is_exit_2_before_reading(pg_env, tmp_path) -> None:
    from tests.helpers import run_cli

    # pg_env's schema is not deployed: the unwritable report path is found first, not later.
    done = run_cli(["validate", "--html", str(tmp_path / "gone" / "findings.html")], pg_env)
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith("Error: could not write") and "gone" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_missing_future_or_pre_1900_date_of_birth_is_a_finding_not_a_silent_exit(env, ssd, runner, tmp_path) -> None:
    ssd.child("OK")
    ssd.child("NODOB", dob=None)
    ssd.child("FUTURE", dob="2031-05-01")
    ssd.child("ANCIENT", dob="1899-12-31")
    ssd.person("IDLE", dob=None)  # no activity in the window: not in the cohort, not reported
    code, result = invoke(runner, ["extract", "--as-of", "2026-02-10", "--json"])
    assert code == 1 and json.loads(result.stdout)["table"]["new"] == {"pending": 1, "invalid": 3}
    code, result = invoke(runner, ["validate", "--json", "--html", str(tmp_path / "report.html")])
    by_rule = {r["rule"]: r for r in json.loads(result.stdout)["rules"]}
    finding = by_rule["source.dob_unusable"]
    assert finding["severity"] == "error" and finding["person_ids"] == ["ANCIENT", "FUTURE", "NODOB"]
    assert "child_details.date_of_birth" in finding["message"]
    assert "source.dob_unusable" in (tmp_path / "report.html").read_text(encoding="utf-8")
    stored = dict(ssd.rows("SELECT person_id, validation_findings FROM {s}.ssd_api_data_staging"))
    assert "IDLE" not in stored
    paths = {f["path"] for f in json.loads(stored["FUTURE"])["findings"] if f["rule"] == "source.dob_unusable"}
    assert paths == {"$.child_details.date_of_birth"}
    code, result = invoke(runner, ["status", "--json"])
    shown = json.loads(result.stdout)
    assert shown["submission_status"] == {"pending": 1, "invalid": 3}
    assert shown["held_back"]["source.dob_unusable"] == 3
    assert "source.dob_unusable 3" in invoke(runner, ["status"])[1].stdout
