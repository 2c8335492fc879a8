"""The built wheel carries everything it needs: templates, data model, schema; the demo runs from it."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.shared_wheel import WheelDemo

ROOT = Path(__file__).resolve().parent.parent
# setuptools builds in the source tree's build/ folder: with test_offline_install on one worker, never two builds at once;
# the wheel and the demo run from it are session fixtures (tests/shared_wheel.py), shared with test_demo
pytestmark = pytest.mark.xdist_group("wheel-build")


def test_xdist_keeps_the_group_together(request: pytest.FixtureRequest) -> None:
    """--dist loadgroup works only if pytest-xdist can tag each test with its group (it could not under pytest 9.2)."""
    if "PYTEST_XDIST_WORKER" not in os.environ:
        pytest.skip("run in one process: there are no groups to keep together")
    assert request.node.nodeid.endswith("@wheel-build"), (
        "pytest-xdist did not tag this test with its xdist_group, so loadgroup spreads groups over workers "
        "(two wheel builds at once); check the pytest and pytest-xdist versions against pyproject's dev extra")


def test_wheel_holds_templates_model_and_schema(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "ssd_bridge/sql_templates/deployment.sql.j2" in names
    assert "ssd_bridge/sql_templates/macros/tsql/refresh.sql" in names
    for cms in ("liquid_logic", "mosaic", "eclipse"):
        assert f"ssd_bridge/sql_templates/cms/{cms}/ssd_person.sql" in names
        assert f"ssd_bridge/sql_templates/cms/{cms}/_lib.sql" in names
    assert "ssd_bridge/sql_templates/cms/_shared/lib.sql" in names
    assert {"ssd_bridge/model/ssd_tables.yaml", "ssd_bridge/model/addon_tables.yaml",
            "ssd_bridge/record/dfe_schema.json", "ssd_bridge/report/templates/report.html.j2",
            "ssd_bridge/report/templates/base.html.j2"} <= names


def test_every_template_folder_is_a_named_package() -> None:
    # An unnamed folder draws setuptools' "Package would be ignored" warning (and, later, loses its files).
    import re

    named = set(re.findall(r'"(ssd_bridge\.sql_templates[a-z_.]*)"', (ROOT / "pyproject.toml").read_text(encoding="utf-8")))
    folders = {"ssd_bridge.sql_templates." + ".".join(p.relative_to(ROOT / "sql_templates").parts)
               for p in (ROOT / "sql_templates").rglob("*") if p.is_dir() and p.name != "__pycache__"}
    assert folders - named == set(), "add these to [tool.setuptools] packages in pyproject.toml"


def test_building_the_wheel_warns_of_no_ignored_package(wheel: Path) -> None:
    log = (wheel.parent / "build.log").read_text(encoding="utf-8")
    assert "Running command" in log  # the verbose build output really is there
    assert "would be ignored" not in log


@pytest.mark.postgres
def test_demo_runs_from_the_installed_wheel(wheel_demo: WheelDemo) -> None:
    # the one demo run from the wheel (tests/shared_wheel.py); test_demo asserts its text output
    assert wheel_demo.installed.returncode == 0, wheel_demo.installed.stderr
    done = wheel_demo.done
    assert done.returncode == 0, done.stderr
    assert "exit code 0" in done.stdout
    report = (wheel_demo.folder / "ssd-bridge-demo-report.html").read_text()
    assert '<section id="coverage">' in report  # templates shipped
    probe = subprocess.run([sys.executable, "-c", "import ssd_bridge; print(ssd_bridge.__file__)"],
                           cwd=wheel_demo.folder, env=wheel_demo.env, capture_output=True, text=True, timeout=60)
    assert probe.stdout.strip().startswith(str(wheel_demo.site))
