"""The README's rehearsal, run line by line as a newcomer would paste it (#13)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from ssd_bridge.rehearsal import shell_lines
from tests.helpers import child_process_env

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
# Installing is what the two first lines do; the test runs in the already-installed checkout
# (tests/test_offline_install.py installs a wheel into a fresh venv from a folder).
INSTALL_LINES = ("python3 -m venv .venv && . .venv/bin/activate", "pip install '.[demo]'")


def _section_block(language: str) -> list[str]:
    section = README.split("## Rehearse", 1)[1].split("\n## ", 1)[0]
    block = re.search(rf"```{language}\n(.*?)```", section, re.S)
    assert block, f"the README's rehearsal section has no {language} block"
    return [line for line in block.group(1).splitlines() if line.strip()]


def test_the_readme_bash_lines_go_from_a_fresh_folder_to_a_successful_run(tmp_path: Path) -> None:
    lines = _section_block("bash")
    assert lines[:2] == list(INSTALL_LINES)
    script = "\n".join(["set -euo pipefail", *lines[2:]]).replace("ssd-bridge run --json", "ssd-bridge run --json > run.json")
    env = child_process_env()  # the same package, with the session's compiled templates and fill analyses
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env["PATH"]
    try:
        done = subprocess.run(["bash", "-c", script], cwd=tmp_path, env=env, capture_output=True, text=True,
                              timeout=600)
    finally:
        if (tmp_path / "rehearsal" / "rehearsal.json").exists():  # a failed run must not leave servers behind
            subprocess.run([sys.executable, "-m", "ssd_bridge", "rehearsal-stop", "--folder",
                            str(tmp_path / "rehearsal")], env=env, capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    summary = json.loads((tmp_path / "run.json").read_text())
    assert summary["exit_code"] == 0 and summary["sent"] > 50 and summary["command"] == "run"
    assert "Records by state:" in done.stdout and "exit 0: done." in done.stdout
    assert "Removed" in done.stderr and not (tmp_path / "rehearsal").exists()


def test_the_readme_paste_lines_are_what_rehearsal_start_prints() -> None:
    env = {"SSD_BRIDGE_CONFIG": "/x", "SSD_BRIDGE_CLIENT_SECRET": "fake-client-secret",
           "SSD_BRIDGE_SUPPLIER_KEY": "fake-supplier-key"}
    for language, shell in (("bash", "bash"), ("powershell", "powershell")):
        printed = shell_lines(env, shell)
        readme = _section_block(language)
        assert printed[1:] == [line for line in readme if "CLIENT_SECRET" in line or "SUPPLIER_KEY" in line]
        assert any(line.startswith(printed[0].split("=")[0].split(" = ")[0]) for line in readme)


def test_shell_lines_quote_for_each_shell() -> None:
    assert shell_lines({"A": "it's"}, "bash") == ["export A='it'\\''s'"]
    assert shell_lines({"A": "it's"}, "powershell") == ["$env:A = 'it''s'"]


def test_fake_dfe_prints_lines_a_shell_can_use(tmp_path: Path) -> None:
    process = subprocess.Popen([sys.executable, "-m", "ssd_bridge", "fake-dfe", "--port", "0"], cwd=tmp_path,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        lines = []
        assert process.stderr is not None
        while len(lines) < 30:
            line = process.stderr.readline()
            if not line:
                break
            lines.append(line.strip())
            if line.strip().startswith("$env:SSD_BRIDGE_SUPPLIER_KEY"):
                break
    finally:
        process.terminate()
        process.wait(10)
    assert "export SSD_BRIDGE_CLIENT_SECRET='fake-client-secret'" in lines
    assert "$env:SSD_BRIDGE_SUPPLIER_KEY = 'fake-supplier-key'" in lines
    assert any(line.startswith("export SSD_BRIDGE_DFE_BASE_URL='http://127.0.0.1:") for line in lines)
