"""Small helpers shared by tests (not fixtures)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest

from ssd_bridge.config import Settings
from ssd_bridge.db import Database
from ssd_bridge.dfe.client import DfeClient, Outcome, RetryPolicy
from ssd_bridge.dialects import get_dialect
from ssd_bridge.dialects.base import DriverConnection
from ssd_bridge.dialects.drivers import ODBC

ROOT = Path(__file__).resolve().parent.parent


def run_cli(args: Sequence[str], env: dict[str, str] | None = None, cwd: Path | None = None,
            timeout: int = 300) -> subprocess.CompletedProcess[str]:
    """Run ``python -m ssd_bridge`` in a child process, as a scheduler would, and capture everything."""
    return subprocess.run(
        [sys.executable, "-m", "ssd_bridge", *args],
        capture_output=True, text=True, env=child_process_env(env), cwd=cwd, timeout=timeout,
    )


def subprocess_paths() -> list[str]:
    """PYTHONPATH entries for an ``ssd-bridge`` child process: the checkout, and the folder whose
    sitecustomize shares compiled templates and fill analyses between the session's child processes."""
    return [str(ROOT / "tests" / "subprocess_site"), str(ROOT)]


def child_env() -> dict[str, str]:
    """What a test that builds a child's environment from nothing gives it: the checkout on the path,
    and the session's folder of compiled templates and fill analyses (tests/subprocess_site)."""
    shared = {"TESTS_TEMPLATE_CACHE": os.environ["TESTS_TEMPLATE_CACHE"]} if "TESTS_TEMPLATE_CACHE" in os.environ else {}
    return {"PYTHONPATH": os.pathsep.join(subprocess_paths()), **shared}


def child_process_env(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """This process's environment without its SSD_BRIDGE_ settings, with :func:`child_env` and ``extra`` on top."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("SSD_BRIDGE_")}
    env.update(child_env())
    env.update(extra or {})
    return env


def empty_source_schema(uri: str, tables: dict[str, list[tuple[str, str]]], prefix: str) -> Iterator[str]:
    """Yield the name of a fresh schema holding a CMS writer's source tables, empty; drop it after.

    For fixtures: ``yield from empty_source_schema(pg_server.uri, TABLES, "ll")``.
    """
    import uuid

    import psycopg

    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(uri, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{name}"')
        for table, columns in tables.items():
            cols = ", ".join(f'"{c.lower()}" {t}' for c, t in columns)
            conn.execute(f'CREATE TABLE "{name}"."{table.lower()}" ({cols})')
    try:
        yield name
    finally:
        with psycopg.connect(uri, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA IF EXISTS "{name}" CASCADE')


# Quick HTTP retries for tests against the stand-in (urllib3's default backoff would take seconds).
FAST = RetryPolicy(retries=3, backoff_factor=0.01, backoff_max=0.05, jitter=0.0)


def child(n: int, bad: bool = False) -> dict:
    """A small record that passes the DfE schema (or breaks it, when ``bad``)."""
    details = {"first_name": "Test", "surname": f"Child{n}", "date_of_birth": "2015-03-02",
               "sex": "M", "ethnicity": "WBRI", "purge": False}
    if bad:
        details["sex"] = "MALE"  # longer than the schema's maxLength 1
    return {"la_child_id": f"C{n:06d}", "mis_child_id": f"M{n}", "purge": False, "child_details": details}


def items(count: int, bad: frozenset[int] = frozenset()) -> list[tuple[int, dict]]:
    return [(n, child(n, n in bad)) for n in range(count)]


def unconnected(label: str) -> Database:
    """A Database for building statements only: no connection is opened."""
    return Database(DriverConnection(None, ODBC), get_dialect(label), "ssd")


def send(client: DfeClient, records: list[tuple[int, dict]]) -> list[Outcome]:
    """The production send (``send_batch``, as the runner calls it); a run-stopping error is raised."""
    result = client.send_batch(records)
    if result.error:
        raise result.error
    return result.outcomes


def through_odbc(settings: Settings, pg_server: Any) -> Settings:
    """``settings`` reaching the same server through pyodbc and the PostgreSQL ODBC driver.

    Skips when the driver is missing, except in CI, where .ci/run installs it and its absence fails.
    """
    pyodbc = pytest.importorskip("pyodbc")
    if "PostgreSQL Unicode" not in pyodbc.drivers():
        if os.environ.get("CI"):
            pytest.fail("the PostgreSQL ODBC driver is not installed; .ci/run installs odbc-postgresql")
        pytest.skip("install unixodbc and odbc-postgresql to run the ODBC path")
    return settings.replace(database={"url": None, "odbc": pg_server.odbc()})
