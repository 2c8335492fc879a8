"""Fixtures and helpers for tests of submit against a bare tracking table: settings with only the
add-on tables deployed and pointed at the stand-in, rows added straight into the table, and the CLI
as a child process. Bind the fixture in a module with ``settings = submit_fixtures.settings``."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import time

import pytest

from ssd_bridge.config import Settings
from ssd_bridge.db import connect
from ssd_bridge.dfe.fake import FakeDfe
from ssd_bridge.sql.deploy import deploy
from tests.helpers import child, child_process_env

STAGING = "ssd_api_data_staging"


@pytest.fixture()
def settings(pg_settings: Settings, fake: FakeDfe) -> Settings:
    deploy(pg_settings, part="addon")
    return pg_settings.replace(dfe=fake.dfe_settings(), environment="test")


def add_rows(settings: Settings, count: int, bad: frozenset[int] = frozenset(), start: int = 0) -> None:
    """Insert pending staging rows, as extract leaves them."""
    rows = []
    for n in range(start, start + count):
        text = json.dumps(child(n, n in bad), separators=(",", ":"))
        rows.append((f"C{n:06d}", text, hashlib.sha256(text.encode()).digest()))
    with connect(settings) as db, db.transaction():
        db.executemany(f"INSERT INTO {db.table(STAGING)} (person_id, json_payload, current_hash, "
                       "submission_status, row_state) VALUES (?, ?, ?, 'pending', 'new')", rows)


def rows(settings: Settings, where: str = "1 = 1") -> list[tuple]:
    with connect(settings) as db:
        return db.query_all(
            f"SELECT person_id, submission_status, row_state, api_response, submission_timestamp, attempts, "
            f"json_payload = previous_json_payload, current_hash = previous_hash FROM {db.table(STAGING)} "
            f"WHERE {where} ORDER BY person_id")


def _cli(args: list[str], env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "ssd_bridge", *args], env=child_process_env(env), text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _wait_for(predicate, seconds: float = 20) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while not predicate():
        assert time.monotonic() < deadline, "timed out waiting"
        time.sleep(0.05)
