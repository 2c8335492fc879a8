"""The nightly run rewrites the report (`run --report FILE` or `logging.report_file`), and a report
that cannot be written never changes the run's result."""

from __future__ import annotations

import pytest

from tests import extract_fixtures, test_run

pytestmark = pytest.mark.postgres
deployed, ssd = extract_fixtures.deployed, extract_fixtures.ssd
fake, settings, cli_env, exit_code = test_run.fake, test_run.settings, test_run.cli_env, test_run.exit_code


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
