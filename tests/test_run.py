"""`run` (extract + submit) and `status` end to end: SSD rows in, records at the stand-in, and
the exit codes a scheduler sees."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time

import pytest

from ssd_bridge.config import Settings, load_settings
from ssd_bridge.db import connect
from ssd_bridge.dfe.client import DfeClient
from ssd_bridge.dfe.fake import FakeDfe
from ssd_bridge.runner import run, status
from tests import extract_fixtures, run_fixtures
from tests.helpers import FAST, child_env, child_process_env, items, send
from tests.run_fixtures import AS_OF, exit_code

pytestmark = pytest.mark.postgres
deployed, ssd = extract_fixtures.deployed, extract_fixtures.ssd
settings, cli_env = run_fixtures.settings, run_fixtures.cli_env
def test_run_extracts_submits_and_the_next_run_sends_nothing(settings: Settings, fake: FakeDfe, ssd) -> None:  # type: ignore[no-untyped-def]
    for pid in ("C1", "C2", "C3"):
        ssd.child(pid)
    first = run(settings, as_of=AS_OF)
    assert first.extract is not None and first.extract["cohort"] == 3
    assert (first.sent, first.error, first.pending, first.exit_code) == (3, 0, 0, 0)
    assert set(fake.accepted) == {"C1", "C2", "C3"}
    second = run(settings, as_of=AS_OF)
    assert (second.selected, second.sent) == (0, 0) and fake.accepted_records == 3
    report = status(settings)
    assert report["submission_status"] == {"sent": 3}
    assert report["row_state"] == {"unchanged": 3}  # extract saw the acknowledgements
    assert report["last_run"]["command"] == "run" and report["last_run"]["summary"]["sent"] == 0
    ssd.execute("UPDATE {s}.ssd_person SET pers_surname = 'Changed' WHERE pers_person_id = 'C2'")
    third = run(settings, as_of=AS_OF)
    assert third.sent == 1 and fake.accepted["C2"] == 2


def test_run_exit_0_and_json_summary(cli_env: dict[str, str], fake: FakeDfe, ssd, capsys, tmp_path) -> None:  # type: ignore[no-untyped-def]
    ssd.child("C1")
    summary_file = tmp_path / "last-run.json"
    assert exit_code(["run", "--json", "--as-of", "2026-02-10", "--json-file", str(summary_file),
                      "--log-file", str(tmp_path / "run.log")]) == 0
    captured = capsys.readouterr()
    printed = json.loads(captured.out)
    assert printed["sent"] == 1 and printed["exit_code"] == 0 and printed["destination"] == "127.0.0.1"
    assert json.loads(summary_file.read_text())["run_id"] == printed["run_id"]
    log_text = (tmp_path / "run.log").read_text()
    assert "test data to 127.0.0.1" in log_text.splitlines()[0]
    assert fake.client_secret not in log_text and fake.supplier_key not in log_text


def test_run_json_file_in_a_missing_folder_is_exit_2_before_anything_is_sent(  # type: ignore[no-untyped-def]
        cli_env: dict[str, str], fake: FakeDfe, ssd, settings: Settings, capsys, tmp_path) -> None:
    ssd.child("C1")
    assert exit_code(["run", "--as-of", "2026-02-10", "--json-file", str(tmp_path / "gone" / "last.json")]) == 2
    err = capsys.readouterr().err
    assert "could not write" in err and "gone" in err
    assert fake.requests == 0 and status(settings)["submission_status"] == {}


def test_run_exit_1_when_dfe_rejects_a_record(cli_env: dict[str, str], fake: FakeDfe, ssd, capsys) -> None:  # type: ignore[no-untyped-def]
    ssd.child("C1")
    ssd.child("C2")
    fake.validator = lambda record: ["$.la_child_id: not known to DfE"] if record["la_child_id"] == "C2" else []
    assert exit_code(["run", "--as-of", "2026-02-10"]) == 1
    err = capsys.readouterr().err
    assert "sent 1 records" in err and "1 errors" in err
    assert set(fake.accepted) == {"C1"}


def test_run_exit_1_when_records_are_invalid(cli_env: dict[str, str], fake: FakeDfe, ssd) -> None:  # type: ignore[no-untyped-def]
    ssd.child("C1", pers_upn="A123")  # held back by local validation
    ssd.child("C2")
    assert exit_code(["run", "--as-of", "2026-02-10"]) == 1
    assert set(fake.accepted) == {"C2"}


def test_run_exit_3_when_dfe_is_down(cli_env: dict[str, str], fake: FakeDfe, ssd, settings: Settings) -> None:  # type: ignore[no-untyped-def]
    ssd.child("C1")
    fake.push(*["503"] * 4)
    assert exit_code(["run", "--as-of", "2026-02-10"]) == 3
    report = status(settings)
    assert report["submission_status"] == {"pending": 1}
    assert report["last_run"]["exit_code"] == 3 and "ApiUnavailable" in report["last_run"]["summary"]["stopped_by"]


def test_run_exit_2_with_bad_credentials(cli_env: dict[str, str], fake: FakeDfe, ssd, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    ssd.child("C1")
    monkeypatch.setenv("SSD_BRIDGE_CLIENT_SECRET", "not-the-secret")
    assert exit_code(["run", "--as-of", "2026-02-10"]) == 2
    err = capsys.readouterr().err
    assert "refused the credentials" in err and "not-the-secret" not in err


def test_run_exit_5_when_another_run_holds_the_lock(cli_env: dict[str, str], fake: FakeDfe, ssd,  # type: ignore[no-untyped-def]
                                                     settings: Settings, capsys) -> None:
    ssd.child("C1")
    with connect(settings) as holder:
        assert holder.scalar(holder.dialect.try_lock_sql()) == 1
        assert exit_code(["run", "--as-of", "2026-02-10"]) == 5
    assert "another ssd-bridge run holds the run lock" in capsys.readouterr().err
    assert status(settings)["submission_status"] == {} and fake.requests == 0  # extract did not run either


def test_status_before_any_extract_says_what_to_run(cli_env: dict[str, str], ssd, capsys) -> None:  # type: ignore[no-untyped-def]
    # ssd: an emptied deployment, whatever the module's earlier tests (or their order on a worker) left in it
    assert exit_code(["status"]) == 0
    out = capsys.readouterr().out
    assert "no records tracked yet" in out and "ssd-bridge extract" in out
    assert "submission_status: \n" not in out


def test_status_command(cli_env: dict[str, str], fake: FakeDfe, ssd, capsys) -> None:  # type: ignore[no-untyped-def]
    ssd.child("C1")
    assert exit_code(["run", "--as-of", "2026-02-10"]) == 0
    capsys.readouterr()
    assert exit_code(["status", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["submission_status"] == {"sent": 1} and report["last_run"]["exit_code"] == 0


def test_submit_without_dfe_settings_stops_before_any_work(cli_env: dict[str, str], monkeypatch, ssd,  # type: ignore[no-untyped-def]
                                                          settings: Settings, capsys) -> None:
    ssd.child("C1")
    monkeypatch.delenv("SSD_BRIDGE_SUPPLIER_KEY")
    monkeypatch.delenv("SSD_BRIDGE_DFE_TOKEN_URL")
    assert exit_code(["run", "--as-of", "2026-02-10"]) == 2
    err = capsys.readouterr().err
    assert "dfe.token_url, SSD_BRIDGE_SUPPLIER_KEY missing" in err and "fake-dfe" in err
    assert status(settings)["last_run"] is None and status(settings)["submission_status"] == {}
    assert exit_code(["run", "--dry-run", "--as-of", "2026-02-10"]) == 0  # a dry run needs no credentials


def test_submit_on_a_schema_without_tracking_tables_says_deploy(pg_env: dict[str, str], monkeypatch,  # type: ignore[no-untyped-def]
                                                                 capsys) -> None:
    with FakeDfe() as fake:
        for key, value in fake.environment().items():
            monkeypatch.setenv(key, value)
        assert exit_code(["submit"]) == 2
    assert "ssd-bridge deploy" in capsys.readouterr().err


def test_fake_dfe_command_serves_until_interrupted(tmp_path) -> None:  # type: ignore[no-untyped-def]
    env = child_process_env()
    process = subprocess.Popen([sys.executable, "-m", "ssd_bridge", "fake-dfe", "--port", "0", "--script", "503"],
                               env=env, stderr=subprocess.PIPE, text=True)
    try:
        lines = [process.stderr.readline() for _ in range(9)]  # type: ignore[union-attr]
        # the bash block: export NAME='value' (a PowerShell block follows)
        exports = [line.strip()[len("export "):] for line in lines if line.strip().startswith("export ")]
        printed = {name: value.strip("'") for name, value in (e.split("=", 1) for e in exports)}
        assert len(printed) == 7
        settings = load_settings(env=printed)
        with DfeClient(settings.dfe, retry=FAST, timeout=(2, 5)) as client:
            assert {o.status for o in send(client, items(3))} == {"sent"}
    finally:
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=20)
    assert process.returncode == 0
    assert "2 receiver requests, 3 records acknowledged, 0 rejected, 1 token requests" in err


def test_ctrl_c_during_a_run_says_so_closes_the_run_log_and_leaves_records_pending(  # type: ignore[no-untyped-def]
        cli_env: dict[str, str], fake: FakeDfe, ssd, settings: Settings, tmp_path, capsys) -> None:
    ssd.child("C1")
    fake.push("hold")  # the POST waits at the stand-in until released
    env = {**cli_env, **child_env()}
    process = subprocess.Popen([sys.executable, "-m", "ssd_bridge", "run", "--as-of", "2026-02-10",
                                "--log-file", str(tmp_path / "run.log")],
                               env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while fake.held == 0 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert fake.held == 1
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=30)
    finally:
        fake.release()
        if process.poll() is None:
            process.kill()
    assert process.returncode == 4, err
    assert "interrupted (Ctrl-C)" in err and "ssd-bridge status" in err
    assert "Aborted." not in err and "Traceback" not in err
    assert "exit 4: interrupted" in (tmp_path / "run.log").read_text()
    report = status(settings)
    assert report["submission_status"] == {"pending": 1}
    assert report["last_run"]["exit_code"] == 4
    assert report["last_run"]["summary"]["stopped_by"] == "interrupted (Ctrl-C)"
    assert exit_code(["status"]) == 0
    out = capsys.readouterr().out
    assert "exit 4: internal error (or interrupted)." in out and "stopped by interrupted (Ctrl-C)" in out


def test_status_on_a_schema_without_tracking_tables_says_deploy(pg_env: dict[str, str], capsys) -> None:  # type: ignore[no-untyped-def]
    assert exit_code(["status"]) == 2
    assert "ssd-bridge deploy" in capsys.readouterr().err


def test_submit_dry_run_command(cli_env: dict[str, str], fake: FakeDfe, ssd, capsys) -> None:  # type: ignore[no-untyped-def]
    ssd.child("C1")
    ssd.child("C2")
    assert exit_code(["extract", "--as-of", "2026-02-10"]) == 0
    capsys.readouterr()
    assert exit_code(["submit", "--dry-run", "--limit", "1"]) == 0
    assert "submit (dry run): would send 1 records to 127.0.0.1 (1 new)" in capsys.readouterr().err
    assert fake.requests == 0 and fake.token_requests == 0


# The nightly run rewrites the report (run --report FILE or logging.report_file), and a report that
# cannot be written never changes the run's result.

def test_run_report_writes_the_page_after_the_run(cli_env, ssd, tmp_path) -> None:  # type: ignore[no-untyped-def]
    ssd.child("C1")
    ssd.child("C2", pers_upn="A123")  # invalid: exit 1, and the report still comes
    page = tmp_path / "report.html"
    assert exit_code(["run", "--as-of", "2026-02-10", "--report", str(page)]) == 1
    text = page.read_text(encoding="utf-8")
    assert '<section id="delivery">' in text and "ran to the end; some records were rejected" in text
    assert "<p>1 children's records acknowledged by DfE" in text
    assert oct(page.stat().st_mode & 0o777) == "0o644"


def test_logging_report_file_setting_and_a_report_that_cannot_be_written(  # type: ignore[no-untyped-def]
        cli_env, ssd, tmp_path, monkeypatch) -> None:
    ssd.child("C1")
    monkeypatch.setenv("SSD_BRIDGE_LOGGING_REPORT_FILE", str(tmp_path / "nightly.html"))
    assert exit_code(["run", "--as-of", "2026-02-10"]) == 0
    assert '<section id="preview">' in (tmp_path / "nightly.html").read_text(encoding="utf-8")
    monkeypatch.setenv("SSD_BRIDGE_LOGGING_REPORT_FILE", str(tmp_path / "gone" / "nightly.html"))
    log_file = tmp_path / "run.log"
    assert exit_code(["run", "--as-of", "2026-02-10", "--log-file", str(log_file)]) == 0  # the run's result
    assert not (tmp_path / "gone").exists()
    assert "could not write the report" in log_file.read_text(encoding="utf-8")


def test_dry_run_writes_no_report(cli_env, ssd, tmp_path) -> None:  # type: ignore[no-untyped-def]
    ssd.child("C1")
    assert exit_code(["run", "--as-of", "2026-02-10", "--dry-run", "--report", str(tmp_path / "r.html")]) == 0
    assert not (tmp_path / "r.html").exists()
