"""Install without internet (#13): deploy/offline-bundle.py builds the Linux wheel folder for the
running Python, and a fresh venv installs ssd-bridge from it with pip's index turned off."""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "deploy" / "offline-bundle.py"


# setuptools builds in the source tree's build/ folder: two wheel builds at once (xdist workers) trip over each other
@pytest.mark.bundle
@pytest.mark.xdist_group("wheel-build")
def test_bundle_installs_in_a_fresh_venv_with_no_index(tmp_path: Path) -> None:
    version = f"{sys.version_info.major}.{sys.version_info.minor}"
    # Base install only: the extras add wheels, not another code path, and this test is slow enough.
    built = subprocess.run([sys.executable, str(SCRIPT), "--output", str(tmp_path / "bundle"), "--target",
                            "linux_x86_64", "--python-version", version, "--extras", ""],
                           capture_output=True, text=True, timeout=600)
    assert built.returncode == 0, built.stderr[-3000:]
    folder = tmp_path / "bundle" / f"linux_x86_64-cp{version.replace('.', '')}"
    assert (folder / "ssd_bridge-0.1.0-py3-none-any.whl").exists() or list(folder.glob("ssd_bridge-*.whl"))
    install_text = (tmp_path / "bundle" / "INSTALL.txt").read_text(encoding="utf-8")
    assert f"pip install --no-index --find-links <this folder>/{folder.name} \"ssd-bridge\"" in install_text
    # A venv without pip of its own (ensurepip costs seconds): this pip installs into it (--python).
    venv.create(tmp_path / "fresh", with_pip=False)
    fresh = tmp_path / "fresh" / "bin"
    # No pip configuration at all: nothing but the bundle folder can supply a package.
    env = {k: v for k, v in os.environ.items() if not k.startswith("PIP_")}
    env["PIP_CONFIG_FILE"] = os.devnull
    installed = subprocess.run([sys.executable, "-m", "pip", "--python", str(fresh / "python"), "install",
                                "--no-index", "--find-links", str(folder), "ssd-bridge"],
                               capture_output=True, text=True, timeout=600, env=env)
    assert installed.returncode == 0, installed.stdout[-2000:] + installed.stderr[-2000:]
    rendered = subprocess.run([str(fresh / "ssd-bridge"), "render", "--cms", "eclipse", "--part", "ssd"],
                              capture_output=True, text=True, timeout=120, cwd=tmp_path, env=env)
    assert rendered.returncode == 0, rendered.stderr
    assert "ssd_person" in rendered.stdout


def test_bundle_refuses_a_malformed_python_version(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, str(SCRIPT), "--output", str(tmp_path), "--python-version", "3"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and "not like 3.12" in done.stderr
