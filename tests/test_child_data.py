"""No child data in messages: a DfE stand-in that echoes names, dates of birth and UPNs every way
it can, and everything the LA and the scheduler see shows only structured facts."""

from __future__ import annotations

import json

import pytest

from ssd_bridge.db import connect
from ssd_bridge.dfe.fake import FakeDfe
from ssd_bridge.dfe.responses import error_facts
from tests import extract_fixtures, run_fixtures
from tests.run_fixtures import exit_code

pytestmark = pytest.mark.postgres
deployed, ssd = extract_fixtures.deployed, extract_fixtures.ssd
settings, cli_env = run_fixtures.settings, run_fixtures.cli_env

PERSONAL = ("Zebedee", "Quixotebottom", "Marigold", "Fennimore", "K801200001011", "K801200001022", "2014-07-19")


def test_error_facts_keep_status_codes_positions_and_schema_paths_only() -> None:
    text = ("HTTP 400: [0] $.child_details.surname: Quixotebottom is not valid, nor is \"Zebedee\"; "
            "[3] child_details.date_of_birth 2014-07-19 K801200001011 CSC1234 Zebedee.Quixotebottom")
    facts = error_facts(text)
    assert facts == ("HTTP 400; records [0] [3]; fields $.child_details.surname child_details.date_of_birth; "
                     "codes CSC1234")
    assert error_facts("<html>Sign in, Zebedee</html>") == "no detail that can be shown"


def test_an_echoing_dfe_never_puts_child_data_in_any_message(  # type: ignore[no-untyped-def]
        cli_env: dict[str, str], fake: FakeDfe, ssd, settings, capsys, tmp_path) -> None:
    ssd.child("C1", dob="2014-07-19", pers_forename="Zebedee", pers_surname="Quixotebottom", pers_upn="K801200001011")
    ssd.child("C2", dob="2014-07-19", pers_forename="Marigold", pers_surname="Fennimore", pers_upn="K801200001022")
    log_file, json_file = tmp_path / "run.log", tmp_path / "last-run.json"
    shown: list[str] = []

    def cli(args: list[str]) -> int:
        code = exit_code([*args, "-v"])
        out, err = capsys.readouterr()
        shown.extend([out, err])
        return code

    fake.push(*["echo"] * 3)  # the batch of two, then each record alone: every answer echoes
    assert cli(["run", "--json", "--as-of", "2026-02-10", "--json-file", str(json_file), "--log-file",
                str(log_file)]) == 1
    shown.append(json_file.read_text())
    first = json.loads(json_file.read_text())
    assert first["error"] == 2 and first["first_errors"][0]["reason"] == "HTTP 400; fields $.child_details.surname"
    fake.push(*["echo:503"] * 5)  # next night DfE is down and its error page echoes too
    assert cli(["run", "--json", "--as-of", "2026-02-10", "--json-file", str(json_file), "--log-file",
                str(log_file)]) == 3
    shown.append(json_file.read_text())
    assert cli(["status"]) == 0 and cli(["status", "--json"]) == 0
    shown.append(log_file.read_text())
    with connect(settings) as db:
        staged = [r[0] for r in db.query_all(f"SELECT api_response FROM {db.table('ssd_api_data_staging')}")]
        shown += [str(r) for r in db.query_all(
            f"SELECT response_excerpt FROM {db.table('ssd_api_submission_log')}")]
        shown += [str(r) for r in db.query_all(f"SELECT summary_json FROM {db.table('ssd_api_run_log')}")]
    assert any("Quixotebottom" in (text or "") for text in staged)  # DfE's words are kept in api_response only
    everything = "\n".join(shown)
    assert "fields $.child_details.surname" in everything and "HTTP 503" in everything
    assert [value for value in PERSONAL if value in everything] == []
