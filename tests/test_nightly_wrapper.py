"""deploy/ssd-bridge-nightly.sh end to end, as cron would run it: embedded PostgreSQL with SSD rows,
the DfE stand-in on 127.0.0.1, the real `ssd-bridge run` in a child process. Every exit code is
mapped (0 quiet, 1/2/4 alert, 3 retried then left, 5 quiet), old logs are pruned, alert secrets
stay out of ssd-bridge's environment, and no log holds children's data, tokens or secrets."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import psycopg
import pytest

from ssd_bridge.config import Settings
from ssd_bridge.dfe.fake import FakeDfe
from ssd_bridge.dialects.postgres import RUN_LOCK_KEY
from ssd_bridge.record.validate import schema_errors
from ssd_bridge.sql.deploy import deploy
from tests.helpers import ROOT, child_env
from tests.ssd_rows import Ssd

pytestmark = pytest.mark.postgres
WRAPPER = ROOT / "deploy" / "ssd-bridge-nightly.sh"
CLIENT_SECRET = "SENTINEL-client-secret-4f9a"
SUPPLIER_KEY = "SENTINEL-supplier-key-77c1"
DB_PASSWORD = "SENTINEL-db-password-0b3e"
WEBHOOK_TOKEN = "SENTINEL-webhook-sig-9d2c"
REJECTED = "P900003"


def upn(serial: str) -> str:
    """A UPN with a correct check letter (DfE's modulus-23 rule) before the 12 characters ``serial``."""
    total = sum(int(ch) * weight for ch, weight in zip(serial, range(2, 14), strict=True))
    return "ABCDEFGHJKLMNPQRTUVWXYZ"[total % 23] + serial


# Synthetic children whose details must never reach a log line.
CHILDREN = [
    {"pid": "P900001", "forename": "Zebedee", "surname": "Quillfeather", "dob": "2013-07-19",
     "upn": upn("801200001001"), "postcode": "YO62 9QZ"},
    {"pid": "P900002", "forename": "Ottoline", "surname": "Marchbanks", "dob": "2016-11-03",
     "upn": upn("801200001002"), "postcode": "TR19 7AX"},
    {"pid": REJECTED, "forename": "Perpetua", "surname": "Wolstenholme", "dob": "2012-02-27",
     "upn": upn("801200001003"), "postcode": "LL57 4EW"},
]


def forbidden_strings(fake: FakeDfe | None = None) -> list[str]:
    found = [CLIENT_SECRET, SUPPLIER_KEY, DB_PASSWORD, WEBHOOK_TOKEN]
    for c in CHILDREN:
        y, m, d = c["dob"].split("-")
        found += [c["forename"], c["surname"], c["upn"], c["postcode"], c["postcode"].replace(" ", ""),
                  c["dob"], f"{d}/{m}/{y}"]
    if fake is not None:
        found += list(fake._tokens)  # every bearer token the stand-in issued
    return found


@dataclass
class Nightly:
    """One test's set-up: where the env file and logs are, and how to run the wrapper."""

    tmp: Path
    env: dict[str, str]
    log_dir: Path
    alerts: Path
    runs: list[subprocess.CompletedProcess[str]] = field(default_factory=list)

    def run(self, timeout: int = 240, **overrides: str) -> subprocess.CompletedProcess[str]:
        values = {**self.env, **overrides}
        env_file = self.tmp / "ssd-bridge.env"
        env_file.write_text("".join(f"{k}={v}\n" for k, v in values.items() if v is not None), encoding="utf-8")
        env_file.chmod(0o600)
        process_env = {"PATH": os.environ["PATH"], "HOME": str(self.tmp), "LANG": "C.UTF-8", **child_env()}
        result = subprocess.run(["bash", str(WRAPPER), "--env-file", str(env_file)], env=process_env,
                                cwd=self.tmp, capture_output=True, text=True, timeout=timeout)
        self.runs.append(result)
        return result

    def run_logs(self) -> list[Path]:
        return sorted(self.log_dir.glob("ssd-bridge-nightly-*.log"))

    def last_log(self) -> str:
        return self.run_logs()[-1].read_text(encoding="utf-8")

    def alert_texts(self) -> list[str]:
        return sorted(p.read_text(encoding="utf-8") for p in self.alerts.glob("alert-*.txt"))

    def everything_written(self) -> str:
        """Every log file, alert message (without the test hook's ENV dump) and wrapper output."""
        files = [p for p in self.log_dir.rglob("*") if p.is_file()]
        alerts = [text.split("\nENV:\n", 1)[0] for text in self.alert_texts()]
        return "\n".join([*(p.read_text(encoding="utf-8") for p in files), *alerts,
                          *(r.stdout + r.stderr for r in self.runs)])


def add_children(settings: Settings) -> None:
    ssd = Ssd(settings)
    try:
        for c in CHILDREN:
            ssd.child(c["pid"], pers_forename=c["forename"], pers_surname=c["surname"], dob=c["dob"],
                      pers_upn=c["upn"], pers_sex="F", pers_ethnicity="WBRI")
            ssd.add("ssd_address", addr_table_id=f"A{c['pid']}", addr_person_id=c["pid"], addr_address_type="HOME",
                    addr_address_postcode=c["postcode"])
    finally:
        ssd.close()


def rejecting(record: dict) -> list[str]:
    """The stand-in's validation, plus a rule that rejects one child, as DfE would a bad record."""
    errors = schema_errors(record)
    if record.get("la_child_id") == REJECTED:
        errors.append("child_details.unique_pupil_number failed a DfE check")
    return errors


pytestmark = [pytest.mark.postgres,
              pytest.mark.fake_dfe(client_secret=CLIENT_SECRET, supplier_key=SUPPLIER_KEY, validator=rejecting)]


@pytest.fixture()
def nightly(pg_settings: Settings, pg_schema: str, fake: FakeDfe, tmp_path: Path) -> Nightly:
    deploy(pg_settings, part="all", fill=False)
    add_children(pg_settings)
    log_dir, alerts = tmp_path / "logs", tmp_path / "alerts"
    alerts.mkdir()
    alert = tmp_path / "alert.sh"
    # The alert hook records its subject and message, and the environment it (like ssd-bridge) runs in.
    alert.write_text('#!/bin/sh\nn=$(date +%s%N)\n{ echo "SUBJECT: $1"; cat; echo "ENV:"; env; } '
                     f'> "{alerts}/alert-$n.txt"\n', encoding="utf-8")
    alert.chmod(0o700)
    env = {
        "SSD_BRIDGE_BIN": f"{sys.executable} -m ssd_bridge",
        "SSD_BRIDGE_CMS": "eclipse",
        "SSD_BRIDGE_ENVIRONMENT": "test",
        "SSD_BRIDGE_DATABASE_DIALECT": "postgres",
        "SSD_BRIDGE_DATABASE_URL": pg_settings.database.url or "",
        "SSD_BRIDGE_DATABASE_SCHEMA": pg_schema,
        "SSD_BRIDGE_DB_PASSWORD": DB_PASSWORD,  # the embedded server trusts local connections
        "SSD_BRIDGE_LOG_DIR": str(log_dir),
        "SSD_BRIDGE_LOGGING_RETENTION_DAYS": "30",
        "SSD_BRIDGE_RETRY_AFTER_SECONDS": "1",
        "SSD_BRIDGE_ALERT_COMMAND": str(alert),
        **fake.environment(),
    }
    return Nightly(tmp=tmp_path, env=env, log_dir=log_dir, alerts=alerts)


def summary_of(nightly: Nightly) -> dict:
    [path] = sorted(nightly.log_dir.glob("ssd-bridge-summary-*.json"))[-1:]
    return json.loads(path.read_text(encoding="utf-8"))


def test_success_is_quiet_and_keeps_a_dated_log_and_summary(nightly: Nightly, fake: FakeDfe) -> None:
    fake.validator = schema_errors  # nobody rejected tonight
    result = nightly.run()
    assert result.returncode == 0, nightly.last_log()
    assert result.stdout == "" and result.stderr == ""
    log = nightly.last_log()
    assert "running: " in log and " run --json --json-file " in log and log.rstrip().endswith("exit 0: done")
    summary = summary_of(nightly)
    assert summary["exit_code"] == 0 and summary["sent"] == len(CHILDREN) and summary["error"] == 0
    assert fake.accepted_records == len(CHILDREN)
    assert (nightly.log_dir / "ssd-bridge.log").read_text(encoding="utf-8").strip()
    assert nightly.alert_texts() == []


def test_rejected_record_exits_1_and_alerts(nightly: Nightly, fake: FakeDfe) -> None:
    result = nightly.run()
    assert result.returncode == 1, nightly.last_log()
    assert summary_of(nightly)["error"] == 1 and fake.accepted_records == len(CHILDREN) - 1
    [alert] = nightly.alert_texts()
    assert alert.startswith("SUBJECT: Nightly ssd-bridge run on ") and "exit 1, ran to the end" in alert
    assert "ssd-bridge status" in alert and "Run log: " in alert
    assert "exit 1, ran to the end" in result.stderr  # what cron mails to MAILTO


def test_bad_configuration_exits_2_and_alerts(nightly: Nightly, fake: FakeDfe) -> None:
    result = nightly.run(SSD_BRIDGE_DFE_BATCH_SIZE="500")
    assert result.returncode == 2
    log = nightly.last_log()
    assert "Error: setting 'dfe.batch_size' must be between 1 and 100" in log and "exit 2: configuration" in log
    [alert] = nightly.alert_texts()
    assert "exit 2, configuration or credentials error" in alert and "dfe.batch_size" in alert
    assert fake.requests == 0


def unused_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_unreachable_database_is_retried_once_then_left_for_the_next_run(nightly: Nightly) -> None:
    down = f"postgresql://postgres@127.0.0.1:{unused_port()}/postgres"
    result = nightly.run(SSD_BRIDGE_DATABASE_URL=down, SSD_BRIDGE_DATABASE_CONNECT_TIMEOUT_SECONDS="2")
    assert result.returncode == 3
    log = nightly.last_log()
    assert log.count("running: ") == 2 and "retrying once in 1 seconds" in log
    assert log.rstrip().endswith("exit 3: database or DfE API unreachable or timed out: safe to retry; "
                                 "the next run picks up")
    assert nightly.alert_texts() == [] and result.stderr == ""
    assert "exit 3:" in (nightly.log_dir / "ssd-bridge.log").read_text(encoding="utf-8")


FAST_RETRY_LAUNCHER = """\
# The real CLI with quick HTTP retries, as tests/test_run.py does in-process (urllib3's default
# backoff would spend half a minute retrying a closed port).
from ssd_bridge.dfe import client as api
from ssd_bridge.cli import main

api.DEFAULT_RETRY = api.RetryPolicy(retries=2, backoff_factor=0.01, backoff_max=0.05, jitter=0.0)
main()
"""


def test_stand_in_down_exits_3_and_alerts_only_when_asked(nightly: Nightly, fake: FakeDfe) -> None:
    port = unused_port()
    launcher = nightly.tmp / "fast_retry_bridge.py"
    launcher.write_text(FAST_RETRY_LAUNCHER, encoding="utf-8")
    result = nightly.run(SSD_BRIDGE_BIN=f"{sys.executable} {launcher}",
                         SSD_BRIDGE_DFE_BASE_URL=fake.base_url.replace(str(fake.port), str(port)),
                         SSD_BRIDGE_DFE_TOKEN_URL=fake.token_url.replace(str(fake.port), str(port)),
                         SSD_BRIDGE_DFE_CONNECT_TIMEOUT_SECONDS="1", SSD_BRIDGE_RETRY_AFTER_SECONDS="0",
                         SSD_BRIDGE_ALERT_ON_UNAVAILABLE="1")
    assert result.returncode == 3, nightly.last_log()
    log = nightly.last_log()
    assert log.count("running: ") == 1 and "retrying" not in log
    [alert] = nightly.alert_texts()
    assert "exit 3, database or DfE API unreachable" in alert


def test_lock_held_by_another_run_exits_5_quietly(nightly: Nightly, pg_settings: Settings, fake: FakeDfe) -> None:
    with psycopg.connect(pg_settings.database.url, autocommit=True) as other:
        other.execute(f"SELECT pg_advisory_lock({RUN_LOCK_KEY})")
        result = nightly.run()
        other.execute(f"SELECT pg_advisory_unlock({RUN_LOCK_KEY})")
    assert result.returncode == 5
    assert "exit 5: another run holds the lock: nothing was done" in nightly.last_log()
    assert nightly.alert_texts() == [] and result.stderr == "" and fake.requests == 0


def test_old_logs_are_removed_after_retention_days(nightly: Nightly) -> None:
    nightly.log_dir.mkdir()
    old_log = nightly.log_dir / "ssd-bridge-nightly-20250101-020000.log"
    old_summary = nightly.log_dir / "ssd-bridge-summary-20250101-020000.json"
    recent = nightly.log_dir / "ssd-bridge-nightly-20261101-020000.log"
    unrelated = nightly.log_dir / "notes.txt"
    for path, days in ((old_log, 31), (old_summary, 45), (recent, 29), (unrelated, 400)):
        path.write_text("x\n", encoding="utf-8")
        when = time.time() - days * 86400
        os.utime(path, (when, when))
    nightly.run(SSD_BRIDGE_DFE_BATCH_SIZE="500")  # any run prunes; a quick one will do
    assert not old_log.exists() and not old_summary.exists()
    assert recent.exists() and unrelated.exists()
    log = nightly.last_log()
    assert f"removed old log {old_log.name}" in log and f"removed old log {old_summary.name}" in log


class _Hook(BaseHTTPRequestHandler):
    received: list[tuple[str, dict]] = []

    def do_POST(self) -> None:  # noqa: N802 - http.server's naming
        body = self.rfile.read(int(self.headers["Content-Length"]))
        _Hook.received.append((self.path, json.loads(body)))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


def test_webhook_alert_and_alert_secrets_stay_out_of_ssd_bridge(nightly: Nightly) -> None:
    _Hook.received = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Hook)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/hook?sig={WEBHOOK_TOKEN}"
        result = nightly.run(SSD_BRIDGE_DFE_BATCH_SIZE="500", SSD_BRIDGE_ALERT_WEBHOOK_URL=url,
                             SSD_BRIDGE_ALERT_SMTP_PASSWORD="SENTINEL-smtp-password")
    finally:
        server.shutdown()
        server.server_close()
    assert result.returncode == 2
    [(path, payload)] = _Hook.received
    assert path == f"/hook?sig={WEBHOOK_TOKEN}"
    assert payload["text"].startswith("Nightly ssd-bridge run on ") and "exit 2" in payload["text"]
    card = payload["attachments"][0]
    assert card["contentType"] == "application/vnd.microsoft.card.adaptive"
    assert card["content"]["body"][0]["text"] == payload["text"]
    assert "alert sent to the webhook" in nightly.last_log()
    [alert] = nightly.alert_texts()
    environment = alert.split("\nENV:\n", 1)[1]
    assert "SSD_BRIDGE_ALERT_WEBHOOK_URL" not in environment and "SENTINEL-smtp-password" not in environment
    assert WEBHOOK_TOKEN not in nightly.everything_written()


def test_logs_of_a_full_run_hold_no_childrens_data_or_secrets(nightly: Nightly, fake: FakeDfe,
                                                             pg_settings: Settings) -> None:
    first = nightly.run()
    assert first.returncode == 1
    # A second night with a changed child, ssd-bridge at debug level, as support would ask for.
    ssd = Ssd(pg_settings)
    try:
        ssd.execute("UPDATE {s}.ssd_person SET pers_sex = 'M' WHERE pers_person_id = %s", ("P900001",))
    finally:
        ssd.close()
    debug_env = {k: v for k, v in nightly.env.items() if not k.startswith("SSD_BRIDGE_ALERT")}
    debug_env.update(child_env(), PATH=os.environ["PATH"])
    debug = subprocess.run([sys.executable, "-m", "ssd_bridge", "run", "-vv", "--json", "--log-file",
                            str(nightly.log_dir / "debug.log")], env=debug_env, cwd=nightly.tmp,
                           capture_output=True, text=True, timeout=240)
    nightly.runs.append(debug)
    assert debug.returncode == 1, debug.stderr
    assert fake.token_requests >= 2 and fake._tokens and fake.accepted_records >= len(CHILDREN)
    written = nightly.everything_written()
    assert "DEBUG" in written and "exit 1" in written
    leaked = [s for s in forbidden_strings(fake) if s in written]
    assert leaked == []


def test_env_file_is_read_as_data_and_a_bad_line_stops_with_exit_2(tmp_path: Path) -> None:
    """Quotes, comments, `export` and CRLF endings are understood; nothing in the file is executed."""
    alerts = tmp_path / "alerts"
    alerts.mkdir()
    alert = tmp_path / "alert.sh"
    alert.write_text(f'#!/bin/sh\n{{ echo "SUBJECT: $1"; env; }} > "{alerts}/alert.txt"\n', encoding="utf-8")
    alert.chmod(0o700)
    marker = tmp_path / "executed"
    env_file = tmp_path / "ssd-bridge.env"
    env_file.write_text(
        "# settings for the rehearsal\r\n"
        f"SSD_BRIDGE_BIN={sys.executable} -m ssd_bridge\r\n"
        f'export SSD_BRIDGE_LOG_DIR="{tmp_path / "logs"}"\r\n'
        f"SSD_BRIDGE_ALERT_COMMAND='{alert}'\r\n"
        "SSD_BRIDGE_DFE_BATCH_SIZE=500\r\n"
        f"SSD_BRIDGE_NOTE=$(touch {marker}) and `touch {marker}`\r\n"
        "\r\n", encoding="utf-8")
    env_file.chmod(0o600)
    process_env = {"PATH": os.environ["PATH"], "HOME": str(tmp_path), **child_env()}
    result = subprocess.run(["bash", str(WRAPPER), "--env-file", str(env_file)], env=process_env, cwd=tmp_path,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2 and not marker.exists()
    seen = (alerts / "alert.txt").read_text(encoding="utf-8")
    assert "exit 2, configuration" in seen and f"SSD_BRIDGE_NOTE=$(touch {marker}) and `touch {marker}`\n" in seen
    assert f"SSD_BRIDGE_LOG_DIR={tmp_path / 'logs'}\n" in seen and list((tmp_path / "logs").glob("ssd-bridge-nightly-*"))

    env_file.write_text("SSD_BRIDGE_LOG_DIR /var/log\n", encoding="utf-8")
    bad = subprocess.run(["bash", str(WRAPPER), "--env-file", str(env_file)], env=process_env, cwd=tmp_path,
                         capture_output=True, text=True, timeout=60)
    assert bad.returncode == 2 and "not a KEY=VALUE line" in bad.stderr
    env_file.chmod(0o644)
    env_file.write_text(f"SSD_BRIDGE_BIN=/nonexistent/ssd-bridge\nSSD_BRIDGE_LOG_DIR={tmp_path / 'logs2'}\n",
                        encoding="utf-8")
    loose = subprocess.run(["bash", str(WRAPPER), "--env-file", str(env_file)], env=process_env, cwd=tmp_path,
                           capture_output=True, text=True, timeout=60)
    assert "readable by every user; run: chmod 600" in loose.stderr
    assert loose.returncode == 127 and "ended unexpectedly (exit 127)" in loose.stderr


def test_database_error_exits_4_and_alerts(nightly: Nightly, pg_settings: Settings) -> None:
    # The database refuses every new submission-log row, as it would after a botched manual change.
    with psycopg.connect(pg_settings.database.url, autocommit=True) as conn:
        conn.execute(f'ALTER TABLE "{pg_settings.database.schema}".ssd_api_submission_log '
                     "ADD CONSTRAINT refuse_all CHECK (false) NOT VALID")
    result = nightly.run()
    assert result.returncode == 4, nightly.last_log()
    [alert] = nightly.alert_texts()
    assert "exit 4, unexpected error (the database refused a statement" in alert and "ssd-bridge diagnose" in alert
