"""The demo: the README's first command shows the whole flow and exits 0."""

from __future__ import annotations

import json

import psycopg
import pytest

from ssd_bridge.model import load_tables
from ssd_bridge.synth.story import FORENAMES
from tests.helpers import run_cli
from tests.shared_wheel import WheelDemo

pytestmark = pytest.mark.postgres


@pytest.mark.parametrize("cms", ["eclipse", "liquid_logic", "mosaic"])
def test_demo_runs_the_whole_flow_and_exits_0(clean_env, cms):
    done = run_cli(["demo", "--cms", cms, "--children", "60", "--json"], cwd=clean_env)
    assert done.returncode == 0, done.stderr
    for step in range(1, 7):
        assert f"{step}/6 " in done.stderr
    result = json.loads(done.stdout)
    assert result["cms"] == cms and result["exit_code"] == 0
    assert result["compat"].get("fail", 0) == 0
    assert result["tables"]["ssd_person"] > 0 and result["tables"]["ssd_cin_episodes"] > 0
    assert set(result["tables"]) == {t.name for t in load_tables("ssd")}
    run = result["run"]
    assert run["sent"] > 0 and run["error"] == run["invalid"] == run["pending"] == 0
    assert run["sent"] == run["extract"]["cohort"]
    assert result["status"]["submission_status"] == {"sent": run["sent"]}
    assert "Traceback" not in done.stderr and "Warning" not in done.stderr


# The demo's text run is the one run from the installed wheel (tests/shared_wheel.py, shared with test_packaging).
@pytest.mark.xdist_group("wheel-build")
def test_demo_text_output_and_no_childrens_names(wheel_demo: WheelDemo):
    done = wheel_demo.done
    assert done.returncode == 0, done.stderr
    assert "filled from eclipse; the rest are created empty):" in done.stdout and "exit code 0" in done.stdout
    printed = {line.split()[0] for line in done.stdout.splitlines() if line.startswith("  ssd_")}
    assert {t.name for t in load_tables("ssd")} <= printed
    report = wheel_demo.folder / "ssd-bridge-demo-report.html"
    assert f"Report: {report}" in done.stdout
    page = report.read_text(encoding="utf-8")
    assert '<section id="reconciliation">' in page
    everything = done.stdout + done.stderr + page
    assert not [name for name in FORENAMES if name in everything]
    assert "Synthfield" not in everything and "ZZ" not in everything


def test_throwaway_servers_skip_crash_flushes(pg_server) -> None:
    # The tests' (and the demo's) server is deleted when it stops: durability is switched off for speed.
    with psycopg.connect(pg_server.uri) as conn:
        assert [conn.execute(f"SHOW {name}").fetchone()[0] for name in ("fsync", "synchronous_commit")] == ["off", "off"]
