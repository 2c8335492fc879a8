"""Small helpers shared by tests (not fixtures)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_cli(args: Sequence[str], env: dict[str, str] | None = None, cwd: Path | None = None,
            timeout: int = 300) -> subprocess.CompletedProcess[str]:
    """Run ``python -m ssd_bridge`` in a child process, as a scheduler would, and capture everything."""
    import os

    full_env = {k: v for k, v in os.environ.items() if not k.startswith("SSD_BRIDGE_")}
    full_env["PYTHONPATH"] = str(ROOT) + os.pathsep + full_env.get("PYTHONPATH", "")
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "ssd_bridge", *args],
        capture_output=True, text=True, env=full_env, cwd=cwd, timeout=timeout,
    )
