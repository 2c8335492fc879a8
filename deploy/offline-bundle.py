#!/usr/bin/env python3
"""Build a folder of wheels to install ssd-bridge on a server with no route to PyPI.

Run it on a connected machine, from a clone of ssd-bridge (any OS, Python 3.10+ with pip):

    python deploy/offline-bundle.py --output ssd-bridge-offline

It builds ssd-bridge's own wheel, then downloads binary wheels of everything it needs for each
target (default: Windows 64-bit and Linux x86-64, each for Python 3.10 to 3.13), one folder per
target, and writes INSTALL.txt with the install line. Copy the folder of the server's target
across and install with pip's index turned off, for example on Windows:

    py -m venv C:\\ssd-bridge\\venv
    C:\\ssd-bridge\\venv\\Scripts\\pip install --no-index --find-links C:\\ssd-bridge\\wheels\\win_amd64-cp312 "ssd-bridge[sqlserver,keyring]"

Only wheels are fetched (--only-binary=:all:), so nothing is compiled on the server.
Exit codes: 0 done, 2 a bad option, 3 a download failed (no network, or a package has no wheel
for a target; the message names it).
"""

from __future__ import annotations

import argparse
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHONS = ("3.10", "3.11", "3.12", "3.13")
# Every manylinux tag a glibc 2.28 server (RHEL 8, Ubuntu 20.04 and later) runs: pip takes the
# given tags literally, so the older ones are listed too.
PLATFORMS = {"win_amd64": ["win_amd64"],
             "linux_x86_64": ["manylinux_2_28_x86_64", "manylinux_2_24_x86_64", "manylinux_2_17_x86_64",
                              "manylinux2014_x86_64", "manylinux2010_x86_64", "manylinux1_x86_64"]}
EXTRAS = "sqlserver,keyring"
# The environment markers of each target, which pip cannot take from the machine building the bundle.
TARGET_MARKERS = {
    "win_amd64": {"sys_platform": "win32", "platform_system": "Windows", "os_name": "nt", "platform_machine": "AMD64"},
    "linux_x86_64": {"sys_platform": "linux", "platform_system": "Linux", "os_name": "posix",
                     "platform_machine": "x86_64"},
}


def main(argv: list[str] | None = None) -> int:
    """Build the bundle; return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", "-o", type=Path, default=Path("ssd-bridge-offline"),
                        help="folder to write (default: ssd-bridge-offline)")
    parser.add_argument("--target", action="append", choices=sorted(PLATFORMS),
                        help="platform to fetch for (repeatable; default: all)")
    parser.add_argument("--python-version", action="append", dest="pythons",
                        help=f"Python version to fetch for, e.g. 3.12 (repeatable; default: {', '.join(PYTHONS)})")
    parser.add_argument("--extras", default=EXTRAS, help=f"ssd-bridge extras to include (default: {EXTRAS}; '' for none)")
    parser.add_argument("--source", type=Path, default=ROOT, help="the ssd-bridge source folder (default: this clone)")
    args = parser.parse_args(argv)
    pythons = args.pythons or list(PYTHONS)
    for version in pythons:
        if not version.replace(".", "").isdigit() or version.count(".") != 1:
            parser.error(f"--python-version {version!r} is not like 3.12")
    output: Path = args.output.resolve()
    output.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        own = _build_own_wheel(args.source, Path(scratch))
        if own is None:
            return 3
        lines = []
        for target in args.target or sorted(PLATFORMS):
            for version in pythons:
                folder = output / f"{target}-cp{version.replace('.', '')}"
                folder.mkdir(exist_ok=True)
                shutil.copy2(own, folder / own.name)
                requirement = f"{own}[{args.extras}]" if args.extras else str(own)
                wanted_now = [requirement]
                while wanted_now:
                    if not _download(wanted_now, folder, PLATFORMS[target], version):
                        _say(f"error: could not fetch every wheel for {target}, Python {version} (see pip's "
                             "message above). Check the network and proxy, or leave that target out.")
                        return 3
                    # pip judges a dependency's markers by this machine, not the target: add what the
                    # target needs on top (pywin32-ctypes on Windows, backports on older Pythons).
                    wanted_now = _missing_for_target(folder, TARGET_MARKERS[target], version)
                wanted = f"ssd-bridge[{args.extras}]" if args.extras else "ssd-bridge"
                lines.append(f"{folder.name}: pip install --no-index --find-links <this folder>/{folder.name} "
                             f"\"{wanted}\"")
                _say(f"{folder.name}: {len(list(folder.glob('*.whl')))} wheels")
    (output / "INSTALL.txt").write_text(
        "Copy the folder for the server's platform and Python, then install with no index:\n\n"
        + "\n".join(lines) + "\n", encoding="utf-8")
    _say(f"Wrote {output}; the install lines are in {output / 'INSTALL.txt'}.")
    return 0


def _missing_for_target(folder: Path, markers: dict[str, str], version: str) -> list[str]:
    """Requirements of the wheels in ``folder`` that apply on the target but have no wheel there."""
    try:
        from packaging.markers import Marker
        from packaging.requirements import Requirement
    except ImportError:  # pip always carries a copy
        from pip._vendor.packaging.markers import Marker  # type: ignore[no-redef]
        from pip._vendor.packaging.requirements import Requirement  # type: ignore[no-redef]

    environment = {**markers, "python_version": version, "python_full_version": version + ".0",
                   "implementation_name": "cpython", "platform_python_implementation": "CPython", "extra": ""}
    present = {_canonical(wheel.name.split("-")[0]) for wheel in folder.glob("*.whl")}
    missing = []
    for wheel in folder.glob("*.whl"):
        with zipfile.ZipFile(wheel) as archive:
            metadata = next((n for n in archive.namelist() if n.endswith(".dist-info/METADATA")), None)
            text = archive.read(metadata).decode("utf-8") if metadata else ""
        for line in text.splitlines():
            if not line.startswith("Requires-Dist:"):
                continue
            requirement = Requirement(line.split(":", 1)[1].strip())
            if requirement.marker is not None and "extra" in str(requirement.marker):
                continue  # only the extras asked for, which pip already resolved
            if requirement.marker is not None and not Marker(str(requirement.marker)).evaluate(environment):
                continue
            if _canonical(requirement.name) not in present:
                missing.append(f"{requirement.name}{requirement.specifier}")
                present.add(_canonical(requirement.name))
    return missing


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _say(line: str) -> None:
    sys.stderr.write(line + "\n")


def _build_own_wheel(source: Path, into: Path) -> Path | None:
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(into), str(source)],
                          check=False)
    found = glob.glob(str(into / "ssd_bridge-*.whl"))
    if done.returncode or not found:
        _say(f"error: could not build the ssd-bridge wheel from {source}.")
        return None
    return Path(found[0])


def _download(requirements: list[str], folder: Path, platforms: list[str], version: str) -> bool:
    tags = [arg for platform in platforms for arg in ("--platform", platform)]
    command = [sys.executable, "-m", "pip", "download", "--only-binary=:all:", "--dest", str(folder),
               *tags, "--python-version", version, "--implementation", "cp", *requirements]
    return subprocess.run(command, check=False, env={**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1"}).returncode == 0


if __name__ == "__main__":
    sys.exit(main())
