"""The demo: the README's first command."""

from __future__ import annotations

import pytest

from tests.helpers import run_cli

pytestmark = pytest.mark.postgres


def test_demo_runs_and_lists_the_tables(clean_env):
    done = run_cli(["demo", "--children", "50"], cwd=clean_env)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert any(line.startswith("ssd_person") for line in lines)
    assert any(line.startswith("ssd_api_data_staging") for line in lines)
    assert "Traceback" not in done.stderr and "Warning" not in done.stderr
