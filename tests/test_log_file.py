"""add_log_file: the scheduled-run log file rotates at midnight, keeps retention_days files,
never drops below INFO when stderr is quietened, and hides registered secrets (tracebacks too)."""

from __future__ import annotations

import io
import logging
import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from ssd_bridge.cli import base
from ssd_bridge.errors import ConfigError


@pytest.fixture(autouse=True)
def fresh_logging() -> Iterator[None]:
    secrets = set(base._SECRETS)
    base.configure_logging()
    yield
    base.close_log_file()
    base.configure_logging()
    base._SECRETS.clear()
    base._SECRETS.update(secrets)


def test_file_gets_info_even_when_stderr_is_quiet(tmp_path: Path) -> None:
    base.set_log_level(-1)  # what -q does
    path = tmp_path / "logs" / "ssd-bridge.log"
    base.add_log_file(path, retention_days=3)
    log = logging.getLogger("ssd_bridge.runner.extract")
    log.info("extracted 12 records")
    log.debug("statement detail")
    stderr = [h for h in logging.getLogger("ssd_bridge").handlers if getattr(h, "_ssd_bridge_stderr", False)]
    assert stderr and stderr[0].level == logging.WARNING
    base.close_log_file()
    text = path.read_text(encoding="utf-8")
    assert "INFO ssd_bridge.runner.extract extracted 12 records" in text
    assert "statement detail" not in text


def test_secrets_are_hidden_in_messages_and_tracebacks(tmp_path: Path) -> None:
    path = tmp_path / "ssd-bridge.log"
    base.register_secret("s3cret-client-value")
    base.add_log_file(path)
    log = logging.getLogger("ssd_bridge.dfe.client")
    log.warning("token request with %s failed", "s3cret-client-value")
    try:
        raise RuntimeError("bad secret s3cret-client-value in a driver message")
    except RuntimeError:
        log.error("internal error", exc_info=True)
    base.close_log_file()
    text = path.read_text(encoding="utf-8")
    assert "s3cret-client-value" not in text
    assert text.count("***") >= 2 and "RuntimeError: bad secret *** in a driver message" in text


def test_rotates_a_file_from_an_earlier_day_and_keeps_retention_days(tmp_path: Path) -> None:
    path = tmp_path / "ssd-bridge.log"
    path.write_text("yesterday's run\n", encoding="utf-8")
    yesterday = time.time() - 86400
    os.utime(path, (yesterday, yesterday))
    for days_ago in range(2, 12):
        old = tmp_path / time.strftime("ssd-bridge.log.%Y-%m-%d", time.localtime(time.time() - days_ago * 86400))
        old.write_text("old\n", encoding="utf-8")
    base.add_log_file(path, retention_days=4)
    logging.getLogger("ssd_bridge").info("tonight's run")
    base.close_log_file()
    backups = sorted(p.name for p in tmp_path.glob("ssd-bridge.log.*"))
    assert len(backups) == 4
    newest = time.strftime("ssd-bridge.log.%Y-%m-%d", time.localtime(yesterday))
    assert backups[-1] == newest and (tmp_path / newest).read_text(encoding="utf-8") == "yesterday's run\n"
    assert path.read_text(encoding="utf-8").rstrip().endswith("tonight's run")


def test_same_path_twice_keeps_one_handler(tmp_path: Path) -> None:
    first = base.add_log_file(tmp_path / "a.log")
    assert base.add_log_file(tmp_path / "a.log") is first
    base.add_log_file(tmp_path / "b.log")
    files = [h for h in logging.getLogger("ssd_bridge").handlers if getattr(h, "_ssd_bridge_file", False)]
    assert len(files) == 1 and files[0].baseFilename.endswith("b.log")  # type: ignore[attr-defined]


def test_unusable_folder_is_a_config_error(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        base.add_log_file(blocker / "logs" / "ssd-bridge.log")
    assert "could not open the log file" in caught.value.message and "may write" in (caught.value.hint or "")


def test_stderr_lines_follow_the_current_stderr(monkeypatch: pytest.MonkeyPatch) -> None:
    first = io.StringIO()
    monkeypatch.setattr("sys.stderr", first)
    base.configure_logging()
    first.close()  # a host (a test runner, an embedding script) closes the stream it lent
    later = io.StringIO()
    monkeypatch.setattr("sys.stderr", later)
    logging.getLogger("ssd_bridge.sql.deploy").info("deployment finished")
    assert "INFO deployment finished" in later.getvalue()  # not "Logging error: I/O operation on closed file"
