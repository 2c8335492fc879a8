"""Shared measuring for the benchmarks: run the measured work as its own process, read that
process's own peak RSS and CPU from the kernel (os.wait4), and summarise repeats as min/median.

The parent that loads data or serves the stand-in is never counted: wait4 returns the usage of
the one child waited for, not of every child the parent has had.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class ChildRun:
    """One measured child process: its output, exit code, wall seconds, CPU seconds and peak RSS."""

    stdout: str
    stderr: str
    returncode: int
    seconds: float
    cpu_seconds: float
    peak_mb: float


def run_child(args: Sequence[str], env: Mapping[str, str] | None = None) -> ChildRun:
    """Run ``args`` to its end; return its output and its own wall time, CPU time and peak RSS."""
    started = time.monotonic()
    process = subprocess.Popen(list(args), env=dict(env) if env is not None else None, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    stdout, stderr = _read_all(process)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.monotonic() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    return ChildRun(stdout, stderr, process.returncode, seconds, usage.ru_utime + usage.ru_stime,
                    usage.ru_maxrss / 1024)


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
