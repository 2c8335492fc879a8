"""Shared measuring for the benchmarks: run the measured work as its own process, read that
process's own peak RSS (its VmHWM) and CPU (os.wait4), and summarise repeats as min/median.

The parent that loads data or serves the stand-in is never counted.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import tempfile
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class ChildRun:
    """One measured child process: its output, exit code, wall seconds, CPU seconds and peak RSS."""

    stdout: str
    stderr: str
    returncode: int
    seconds: float
    cpu_seconds: float
    peak_mb: float


# Runs a Python program (``-m module ...`` or ``path ...``) and, as it exits, writes its own
# high-water mark of resident memory (VmHWM) to the file named by SSD_BENCH_HWM.
_WRAPPER = """
import atexit, os, runpy, sys
def _hwm():
    for line in open('/proc/self/status'):
        if line.startswith('VmHWM:'):
            open(os.environ['SSD_BENCH_HWM'], 'w').write(line.split()[1])
atexit.register(_hwm)
args = sys.argv[1:]
if args[0] == '-m':
    sys.argv = [args[1], *args[2:]]
    runpy.run_module(args[1], run_name='__main__', alter_sys=True)
else:
    sys.argv = args
    runpy.run_path(args[0], run_name='__main__')
"""


def run_child(args: Sequence[str], env: Mapping[str, str] | None = None) -> ChildRun:
    """Run the Python program ``args`` (``[python, -m, module, ...]`` or ``[python, path, ...]``) to
    its end; return its output and its own wall time, CPU time and peak RSS.

    The peak is the process's own VmHWM, written as it exits: wait4's ru_maxrss would also count
    the parent's memory, which Linux carries into a child through fork and exec.
    """
    with tempfile.NamedTemporaryFile("r", suffix=".hwm") as hwm:
        full_env = dict(env if env is not None else os.environ)
        full_env["SSD_BENCH_HWM"] = hwm.name
        started = time.monotonic()
        process = subprocess.Popen([args[0], "-c", _WRAPPER, *args[1:]], env=full_env, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, text=True)
        stdout, stderr = _read_all(process)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.monotonic() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        text = Path(hwm.name).read_text().strip()
    peak_mb = int(text) / 1024 if text else usage.ru_maxrss / 1024
    return ChildRun(stdout, stderr, process.returncode, seconds, usage.ru_utime + usage.ru_stime, peak_mb)


def _read_all(process: subprocess.Popen) -> tuple[str, str]:
    """Read both pipes to their end without reaping the process (wait4 must see it)."""
    err: list[str] = []
    reader = threading.Thread(target=lambda: err.append(process.stderr.read()))  # type: ignore[union-attr]
    reader.start()
    out = process.stdout.read()  # type: ignore[union-attr]
    reader.join()
    return out, err[0] if err else ""


def summary(label: str, values: Sequence[float], unit: str, target: float | None = None) -> str:
    """``label: min X, median Y unit (of n runs); target <= T: met/MISSED`` (the min decides)."""
    low, mid = min(values), statistics.median(values)
    text = f"{label}: min {low:.2f} {unit}, median {mid:.2f} {unit} (of {len(values)} runs)"
    if target is not None:
        text += f"; target <= {target:g} {unit}: {'met' if low <= target else 'MISSED'}"
    return text
