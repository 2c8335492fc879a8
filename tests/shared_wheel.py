"""The wheel, built once per test process, and the demo run once from it (a pytest plugin).

test_packaging reads the wheel and asserts the demo runs from the installed copy; test_demo asserts the
same run's text output: one build and one demo run instead of a demo run each. Tests that use these
carry ``xdist_group("wheel-build")`` (one worker): setuptools builds in the source tree's build/ folder,
and two builds at once (test_offline_install's bundle builds one too) would trip over each other.
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class WheelDemo:
    """``ssd-bridge demo --children 40`` run from the wheel installed alone (the checkout not on the path)."""

    folder: Path  # its working folder, where the report is written
    site: Path  # where the wheel is installed
    env: dict[str, str]
    installed: subprocess.CompletedProcess[str]
    done: subprocess.CompletedProcess[str]


@pytest.fixture(scope="session")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """ssd-bridge's wheel, built verbosely; the build's output is kept beside it as build.log."""
    out = tmp_path_factory.mktemp("wheel")
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-v",
                           "-w", str(out), str(ROOT)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    (out / "build.log").write_text(done.stdout + done.stderr, encoding="utf-8")
    return next(out.glob("ssd_bridge-*.whl"))


@pytest.fixture(scope="session")
def wheel_demo(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> WheelDemo:
    """The wheel installed into a folder of its own, and the demo run from that copy only."""
    folder = tmp_path_factory.mktemp("wheel-demo")
    site = folder / "site"
    installed = subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(site),
                                str(wheel)], capture_output=True, text=True, timeout=300)
    env = {k: v for k, v in os.environ.items() if not k.startswith("SSD_BRIDGE_")}
    env["PYTHONPATH"] = str(site)  # the installed copy only; the checkout is not on the path
    done = subprocess.run([sys.executable, "-m", "ssd_bridge", "demo", "--children", "40"], cwd=folder,
                          env=env, capture_output=True, text=True, timeout=300)
    return WheelDemo(folder, site, env, installed, done)
