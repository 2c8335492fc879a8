"""A run killed with SIGKILL leaves its run log row open: status says it was interrupted (its
process no longer holds the run lock), and the next run closes it as interrupted."""

from __future__ import annotations

import json
import os
import signal

import pytest

from ssd_bridge.config import Settings
from ssd_bridge.db import connect
from ssd_bridge.dfe.fake import FakeDfe
from ssd_bridge.runner import status
from tests import submit_fixtures
from tests.submit_fixtures import _cli, _wait_for, add_rows

pytestmark = pytest.mark.postgres
settings = submit_fixtures.settings


def test_a_killed_run_is_shown_interrupted_and_closed_by_the_next_run(
        settings: Settings, fake: FakeDfe, pg_env: dict[str, str]) -> None:
    add_rows(settings, 20)
    fake.push("200", "hold")
    env = {**pg_env, **fake.environment(), "SSD_BRIDGE_DFE_BATCH_SIZE": "10"}
    process = _cli(["submit"], env)
    _wait_for(lambda: fake.held == 1)
    running = status(settings)["last_run"]
    assert running["state"] == "running" and running["exit_code"] is None  # it holds the run lock
    os.kill(process.pid, signal.SIGKILL)
    process.wait(10)
    fake.release()
    dead = status(settings)["last_run"]
    assert dead["state"] == "interrupted" and dead["finished_at"] is None
    text = _cli(["status"], env)
    out, _ = text.communicate(timeout=60)
    assert "was interrupted" in out and "still running" not in out

    rerun = _cli(["submit", "--json"], env)
    out, err = rerun.communicate(timeout=60)
    assert rerun.returncode == 0, err
    summary = json.loads(out)
    assert summary["interrupted_runs"] == [dead["run_id"]]
    assert "closed 1 earlier run(s) left open by a process that died" in err
    with connect(settings) as db:
        closed = db.query_all(f"SELECT exit_code, finished_at, summary_json FROM {db.table('ssd_api_run_log')} "
                              "WHERE run_id = ?", (dead["run_id"],))
    [(code, finished, closing)] = closed
    assert code == 4 and finished is not None
    assert json.loads(closing)["interrupted"] is True and json.loads(closing)["closed_by_run"] == summary["run_id"]
    assert status(settings)["last_run"]["state"] == "finished"
    again = _cli(["submit", "--json"], env)
    out, _ = again.communicate(timeout=60)
    assert json.loads(out)["interrupted_runs"] == []  # closed once, not again
