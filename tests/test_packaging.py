"""The built wheel carries everything it needs: templates, data model, schema; the demo runs from it."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# setuptools builds in the source tree's build/ folder: with test_offline_install on one worker, never two builds at once
pytestmark = pytest.mark.xdist_group("wheel-build")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-v",
                           "-w", str(out), str(ROOT)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    (out / "build.log").write_text(done.stdout + done.stderr, encoding="utf-8")
    return next(out.glob("ssd_bridge-*.whl"))


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
def test_demo_runs_from_the_installed_wheel(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    done = subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target),
                           str(wheel)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    env = {k: v for k, v in os.environ.items() if not k.startswith("SSD_BRIDGE_")}
    env["PYTHONPATH"] = str(target)  # the installed copy only; the checkout is not on the path
    done = subprocess.run([sys.executable, "-m", "ssd_bridge", "demo", "--children", "30"], cwd=tmp_path,
                          env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "exit code 0" in done.stdout
    assert '<section id="coverage">' in (tmp_path / "ssd-bridge-demo-report.html").read_text()  # templates shipped
    probe = subprocess.run([sys.executable, "-c", "import ssd_bridge; print(ssd_bridge.__file__)"], cwd=tmp_path,
                           env=env, capture_output=True, text=True, timeout=60)
    assert probe.stdout.strip().startswith(str(target))
