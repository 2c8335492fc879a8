"""Checks of the computer ssd-bridge runs on: Python, free disk, the ODBC driver."""

from __future__ import annotations

import os
import re
import shutil
import sys
from pathlib import Path

from ssd_bridge.compat.checks import Check, failed, passed, skipped, warned
from ssd_bridge.config import Settings

MIN_PYTHON = (3, 10)
DISK_WARN_BYTES = 1024**3
DISK_FAIL_BYTES = 200 * 1024**2
_DRIVER = re.compile(r"(?:^|;)\s*DRIVER\s*=\s*(\{[^}]*\}|[^;]*)", re.IGNORECASE)
_DSN = re.compile(r"(?:^|;)\s*DSN\s*=\s*([^;]*)", re.IGNORECASE)
_ENCRYPT = re.compile(r"(?:^|;)\s*(?:Encrypt|TrustServerCertificate)\s*=", re.IGNORECASE)


def host_checks(settings: Settings) -> list[Check]:
    """Python version, free disk where logs go, and the ODBC driver the connection string names."""
    return [python_check(), disk_check(settings), log_file_check(settings), odbc_check(settings)]


def python_check() -> Check:
    """Python 3.10 or later (known failure H10)."""
    found = f"Python {sys.version.split()[0]} at {sys.executable}"
    if sys.version_info[:2] >= MIN_PYTHON:
        return passed("host.python", "Python version", found + ".")
    return failed("host.python", "Python version", found + "; ssd-bridge needs 3.10 or later.",
                  "Install Python 3.11 (3.10 to 3.13 work) and reinstall ssd-bridge into it.", known_failure="H10")


def disk_check(settings: Settings) -> Check:
    """Free space where ssd-bridge writes (the log folder, else the working folder)."""
    folder = Path(settings.logging.file).parent if settings.logging.file else Path.cwd()
    probe = folder
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    free = shutil.disk_usage(probe).free
    found = f"{free / 1024**3:.1f} GB free at {folder}."
    if free < DISK_FAIL_BYTES:
        return failed("host.disk", "Free disk", found, "Free at least 1 GB there, or point logging.file elsewhere.")
    if free < DISK_WARN_BYTES:
        return warned("host.disk", "Free disk", found, "Logs and support bundles need room; free at least 1 GB.")
    return passed("host.disk", "Free disk", found)


def log_file_check(settings: Settings) -> Check:
    """logging.file can be opened for appending: a folder, or one that cannot be written, stops every command."""
    name, title = "host.log_file", "Log file"
    if not settings.logging.file:
        return skipped(name, title, "logging.file is not set (scheduled runs can pass --log-file instead).")
    target = Path(settings.logging.file)
    if target.is_dir():
        return failed(name, title, f"logging.file {target} is a folder, so every command would fail to open it.",
                      "Name a file inside it, e.g. " + str(target / "ssd-bridge.log") + ".")
    folder = target.parent
    while not folder.exists() and folder != folder.parent:  # the log folder is created when missing
        folder = folder.parent
    if not folder.is_dir() or not os.access(folder, os.W_OK) or (target.exists() and not os.access(target, os.W_OK)):
        return failed(name, title, f"logging.file {target} cannot be written by this account.",
                      "Give the account running ssd-bridge write access to it, or point logging.file elsewhere.")
    return passed(name, title, f"{target} can be written.")


def odbc_check(settings: Settings) -> Check:
    """The ODBC driver named in database.odbc is installed (known failures H06, D05)."""
    name, title = "host.odbc_driver", "ODBC driver"
    text = settings.database.odbc
    if not text:
        if settings.database.url:
            return skipped(name, title, "not used: the database is reached with psycopg through database.url.")
        return skipped(name, title, "no database.odbc connection string is configured.",
                       "Set database.odbc (SQL Server) or database.url (PostgreSQL).")
    try:
        import pyodbc
    except ImportError:
        return failed(name, title, "pyodbc is not installed, so no ODBC connection can be made.",
                      "pip install 'ssd-bridge[sqlserver]', then install Microsoft ODBC Driver 18 for SQL Server.",
                      known_failure="H06")
    installed = sorted(pyodbc.drivers())
    wanted = _named_driver(text, pyodbc)
    listing = ", ".join(installed) or "none"
    if wanted is None:
        return warned(name, title, f"database.odbc names neither DRIVER= nor a known DSN; installed drivers: {listing}.",
                      "Name the driver, e.g. DRIVER={ODBC Driver 18 for SQL Server};", known_failure="H06")
    if wanted not in installed:
        return failed(name, title, f"the connection string names '{wanted}', which is not installed here. "
                      f"Installed: {listing}.",
                      "Install that driver (Microsoft ODBC Driver 18 for SQL Server), or change DRIVER= in "
                      "database.odbc to an installed one ('Data source name not found' otherwise).",
                      known_failure="H06", details=installed)
    found = f"'{wanted}' is installed and named by database.odbc."
    if "18" in wanted and "SQL Server" in wanted and not _ENCRYPT.search(text):
        return warned(name, title, found + " Driver 18 encrypts by default and checks the server's certificate.",
                      "If the server's certificate is self-signed, the connection fails with 'certificate chain "
                      "was issued by an authority that is not trusted': install a trusted certificate on the "
                      "server, or add TrustServerCertificate=yes to database.odbc.", known_failure="D05")
    return passed(name, title, found)


def _named_driver(text: str, pyodbc: object) -> str | None:
    match = _DRIVER.search(text)
    if match:
        return match.group(1).strip().strip("{}").strip()
    dsn = _DSN.search(text)
    if dsn:
        sources = pyodbc.dataSources() if hasattr(pyodbc, "dataSources") else {}  # type: ignore[attr-defined]
        return sources.get(dsn.group(1).strip()) or None
    return None


def odbc_driver_names() -> list[str]:
    """The installed ODBC drivers (empty when pyodbc is absent), for the support bundle."""
    try:
        import pyodbc
    except ImportError:
        return []
    return sorted(pyodbc.drivers())


def platform_summary() -> dict[str, str]:
    """Python and operating-system versions, for the support bundle."""
    import platform

    return {"python": sys.version.split()[0], "python_executable": sys.executable,
            "os": platform.platform(), "machine": platform.machine()}
