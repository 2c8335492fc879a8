"""A quiet night still proves the route to DfE; dry runs say what would go; --json-file on every exit (#13)."""

from __future__ import annotations

import datetime as dt
import json
import socket

import pytest

from ssd_bridge.config import DfeSettings, Settings, load_settings
from ssd_bridge.db import connect
from ssd_bridge.dfe.fake import FakeDfe
from ssd_bridge.runner import run, submit
from ssd_bridge.runner.route import TOKEN_AND_EMPTY_POST, TOKEN_ONLY, secret_expiry_warning
from tests import extract_fixtures, run_fixtures
from tests.run_fixtures import AS_OF, exit_code

pytestmark = pytest.mark.postgres
deployed, ssd = extract_fixtures.deployed, extract_fixtures.ssd
settings, cli_env = run_fixtures.settings, run_fixtures.cli_env


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_a_night_with_nothing_to_send_still_gets_a_token(settings: Settings, fake: FakeDfe, ssd) -> None:  # type: ignore[no-untyped-def]
    ssd.child("C1")
    run(settings, as_of=AS_OF)
    tokens, posts = fake.token_requests, fake.requests
    quiet = run(settings, as_of=AS_OF)
    assert (quiet.selected, quiet.route_checked, quiet.exit_code) == (0, TOKEN_ONLY, 0)
    assert fake.token_requests == tokens + 1 and fake.requests == posts  # no child data sent


def test_submit_limit_with_nothing_pending_posts_an_empty_array(settings: Settings, fake: FakeDfe, ssd) -> None:  # type: ignore[no-untyped-def]
    summary = submit(settings, limit=1)
    assert summary.route_checked == TOKEN_AND_EMPTY_POST and summary.sent == 0
    assert fake.requests == 1 and fake.batch_sizes == [0] and fake.accepted_records == 0


def test_quiet_night_with_a_wrong_secret_is_exit_2_and_the_json_file_says_so(  # type: ignore[no-untyped-def]
        cli_env, fake: FakeDfe, ssd, monkeypatch, tmp_path, capsys) -> None:
    monkeypatch.setenv("SSD_BRIDGE_CLIENT_SECRET", "not-the-secret")
    summary_file = tmp_path / "last.json"
    assert exit_code(["run", "--as-of", "2026-02-10", "--json-file", str(summary_file)]) == 2
    written = json.loads(summary_file.read_text())
    assert written["exit_code"] == 2 and "refused the credentials" in written["message"]
    assert written["command"] == "run" and written["run_id"]  # the run's own facts are kept too
    assert "not-the-secret" not in summary_file.read_text()
    assert exit_code(["submit", "--limit", "1"]) == 2


def test_quiet_night_with_dfe_unreachable_is_exit_3_and_the_json_file_says_so(  # type: ignore[no-untyped-def]
        cli_env, fake: FakeDfe, ssd, monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("SSD_BRIDGE_DFE_TOKEN_URL", f"http://127.0.0.1:{_closed_port()}/tenant/oauth2/v2.0/token")
    summary_file = tmp_path / "last.json"
    assert exit_code(["run", "--as-of", "2026-02-10", "--json-file", str(summary_file)]) == 3
    written = json.loads(summary_file.read_text())
    assert written["exit_code"] == 3 and "could not be reached" in written["message"]
    assert written["exit_meaning"].startswith("database or DfE unreachable")


def test_json_file_is_written_for_a_configuration_error_and_a_held_lock(  # type: ignore[no-untyped-def]
        cli_env, fake: FakeDfe, ssd, settings: Settings, monkeypatch, tmp_path) -> None:
    summary_file = tmp_path / "last.json"
    with connect(settings) as holder:
        assert holder.scalar(holder.dialect.try_lock_sql()) == 1
        assert exit_code(["run", "--json-file", str(summary_file)]) == 5
        holder.execute(holder.dialect.unlock_sql())
    assert json.loads(summary_file.read_text())["exit_code"] == 5
    monkeypatch.setenv("SSD_BRIDGE_PAYLOAD_MODE", "sometimes")
    assert exit_code(["run", "--json-file", str(summary_file)]) == 2
    written = json.loads(summary_file.read_text())
    assert written["exit_code"] == 2 and "payload.mode" in written["message"]


def test_run_dry_run_counts_what_the_real_run_would_send(settings: Settings, fake: FakeDfe, ssd) -> None:  # type: ignore[no-untyped-def]
    for pid in ("C1", "C2", "C3"):
        ssd.child(pid)
    dry = run(settings, as_of=AS_OF, dry_run=True)
    assert dry.extract is not None and dry.extract["outcomes"] == {"new": 3}
    assert (dry.selected, dry.would_send) == (3, {"new": 3})
    run(settings, as_of=AS_OF)
    ssd.execute("UPDATE {s}.ssd_person SET pers_surname = 'Changed' WHERE pers_person_id = 'C2'")
    ssd.execute("DELETE FROM {s}.ssd_person WHERE pers_person_id = 'C3'")
    dry = run(settings, as_of=AS_OF, dry_run=True)
    assert (dry.selected, dry.would_send) == (2, {"purge": 1, "updated": 1})
    real = run(settings, as_of=AS_OF)
    assert (real.sent, real.would_send) == (2, {"purge": 1, "updated": 1})


def test_submit_before_any_extract_says_to_run_extract(cli_env, fake: FakeDfe, ssd, capsys) -> None:  # type: ignore[no-untyped-def]
    assert exit_code(["submit", "--dry-run"]) == 0
    assert "Run 'ssd-bridge extract'" in capsys.readouterr().err


def test_secret_expiry_warning_from_the_setting() -> None:
    today = dt.date(2026, 12, 6)
    assert secret_expiry_warning(DfeSettings(), today) is None
    assert secret_expiry_warning(DfeSettings(secret_expires="2027-03-01"), today) is None
    near = secret_expiry_warning(DfeSettings(secret_expires="2026-12-20"), today)
    assert near is not None and "in 14 days" in near
    gone = secret_expiry_warning(DfeSettings(secret_expires="2026-12-01"), today)
    assert gone is not None and "expired on 2026-12-01" in gone


def test_a_run_warns_when_the_secret_ends_soon(settings: Settings, fake: FakeDfe, ssd) -> None:  # type: ignore[no-untyped-def]
    soon = (dt.date.today() + dt.timedelta(days=3)).isoformat()
    summary = run(settings.replace(dfe={"secret_expires": soon}), as_of=AS_OF)
    assert summary.exit_code == 0 and any("in 3 days" in w for w in summary.warnings)


def test_dialect_follows_the_connection_setting_when_unset(monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    (tmp_path / "ssd-bridge.yaml").write_text("cms: liquid_logic\ndatabase:\n  url: postgresql://bridge@db01/reporting\n")
    assert load_settings(None, env={}).dialect == "postgres"
    (tmp_path / "ssd-bridge.yaml").write_text(
        "cms: eclipse\ndatabase:\n  odbc: 'DRIVER={ODBC Driver 18 for SQL Server};SERVER=sql01;'\n")
    assert load_settings(None, env={}).dialect == "tsql"
    (tmp_path / "ssd-bridge.yaml").write_text("cms: mosaic\n")
    assert load_settings(None, env={}).dialect == "tsql"


def test_status_reads_like_a_short_report(cli_env, fake: FakeDfe, ssd, capsys) -> None:  # type: ignore[no-untyped-def]
    ssd.child("C1")
    ssd.child("C2", pers_upn="A123")  # held back by local validation
    assert exit_code(["run", "--as-of", "2026-02-10"]) == 1
    capsys.readouterr()
    assert exit_code(["status"]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0] == "Records by state:"
    assert any(line.split()[:2] == ["sent", "1"] and "acknowledged by DfE" in line for line in lines)
    assert any(line.split()[:2] == ["invalid", "1"] for line in lines)
    assert any(line.split()[:2] == ["total", "2"] for line in lines)
    last = next(line for line in lines if line.startswith("Last run: run started "))
    assert " ago), took " in last and "exit 1: ran to the end, but some records failed" in last
    assert "Next:" in out and "ssd-bridge validate --html" in out
    assert "submission_status:" not in out  # the raw form is gone


def test_status_after_a_clean_run_says_nothing_to_do(cli_env, fake: FakeDfe, ssd, capsys) -> None:  # type: ignore[no-untyped-def]
    ssd.child("C1")
    assert exit_code(["run", "--as-of", "2026-02-10"]) == 0
    capsys.readouterr()
    assert exit_code(["status"]) == 0
    out = capsys.readouterr().out
    assert "exit 0: done." in out and "Next: nothing to do." in out
