"""Shared fixtures: one embedded PostgreSQL per test process, a fresh schema per test, the CLI runner.

The suite runs in parallel with pytest-xdist (pyproject's addopts): each worker process has its own
session, so its own PostgreSQL, in its own folder with its own socket; nothing is shared between workers.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from ssd_bridge.config import Settings, load_settings
from ssd_bridge.demo import EmbeddedServer, embedded_postgres
from ssd_bridge.dfe.fake import FakeDfe

# The deployments, the wheel and the demo run several modules read, built once per worker (session fixtures); registered
# before the import below so pytest still rewrites its asserts.
pytest_plugins = ["tests.shared_deployments", "tests.shared_wheel"]
pytest.register_assert_rewrite("tests.shared_deployments", "tests.shared_wheel")
from tests.shared_deployments import SHARED_DEPLOYMENTS  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
# ../shared beside the checkout; a git worktree one level deeper (wt/<name>) looks one more up.
SHARED = next((p / "shared" for p in (ROOT.parent, ROOT.parent.parent) if (p / "shared").is_dir()),
              ROOT.parent / "shared")
OPENAPI = SHARED / "reference" / "dfe-openapi" / "openapi.json"


def pytest_addoption(parser: pytest.Parser, pluginmanager: pytest.PytestPluginManager) -> None:
    parser.addoption("--update-golden", action="store_true", help="Rewrite tests/golden from the templates.")
    if not pluginmanager.hasplugin("xdist"):
        # pyproject's addopts name xdist's options: without the plugin (-p no:xdist) accept and ignore them
        group = parser.getgroup("xdist", "pytest-xdist is not loaded: its options are ignored")
        group.addoption("--numprocesses", dest="numprocesses", default=None, help="ignored")
        group.addoption("--dist", dest="dist", default="no", help="ignored")


def pytest_configure(config: pytest.Config) -> None:
    """One folder of compiled templates for every ``ssd-bridge`` child process of the session
    (tests/subprocess_site/sitecustomize.py); the xdist workers inherit it from the controller."""
    # The child processes import the package from its source tree: let the first keep the compiled
    # bytecode for the rest, which PYTHONDONTWRITEBYTECODE (set on some CI images) would forbid.
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    if "TESTS_TEMPLATE_CACHE" not in os.environ:
        folder = tempfile.mkdtemp(prefix="ssd-bridge-tests-templates-")
        os.environ["TESTS_TEMPLATE_CACHE"] = folder
        config.add_cleanup(lambda: (shutil.rmtree(folder, ignore_errors=True), os.environ.pop("TESTS_TEMPLATE_CACHE", None)))


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Keep the tests that share a module-scoped fixture on one xdist worker (--dist loadgroup).

    Otherwise each worker that gets one of them builds the fixture again (a deployment, a wheel);
    the tests of a shared session deployment (tests/shared_deployments.py) form one group per
    deployment, across modules; the other tests are spread one by one. Runs before xdist's hook,
    which reads the marks.
    """
    for item in items:
        if item.get_closest_marker("xdist_group") is not None:
            continue
        info = getattr(item, "_fixtureinfo", None)
        shared = [name for name in SHARED_DEPLOYMENTS if info and name in info.name2fixturedefs]
        used = [defs[-1] for defs in info.name2fixturedefs.values() if defs] if info else []
        if shared:
            item.add_marker(pytest.mark.xdist_group(shared[0]))
        elif any(d.scope in ("module", "class", "package") for d in used):
            item.add_marker(pytest.mark.xdist_group(item.nodeid.split("::", 1)[0]))


@pytest.fixture(scope="session")
def pg_server() -> Iterator[EmbeddedServer]:
    """One embedded PostgreSQL for the session (per xdist worker). A server that fails to start fails the tests.

    Its folder is outside pytest's numbered temp folders: pytest deletes all but the newest three,
    so a second test run on the machine would delete a running server's data under it. Each worker's
    folder is its own (a unique temporary name) and so is its Unix socket, which lives in that folder
    (the server listens on no TCP port); the server is stopped and the folder deleted when the
    worker's session ends.
    """
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    with (tempfile.TemporaryDirectory(prefix=f"ssd-bridge-tests-pg-{worker}-") as folder,
          embedded_postgres(Path(folder), durable=False) as server):
        yield server


@pytest.fixture()
def pg_schema(pg_server: EmbeddedServer) -> Iterator[str]:
    """A schema name unique to this test; dropped afterwards."""
    import psycopg

    name = f"t_{uuid.uuid4().hex[:10]}"
    yield name
    with psycopg.connect(pg_server.uri, autocommit=True) as conn:
        conn.execute(f'DROP SCHEMA IF EXISTS "{name}" CASCADE')


@pytest.fixture()
def pg_settings(pg_server: EmbeddedServer, pg_schema: str) -> Settings:
    """Settings pointing at the session server, with this test's own schema."""
    return load_settings(
        env={},
        overrides={"cms": "eclipse", "database": {"dialect": "postgres", "url": pg_server.uri, "schema": pg_schema}},
    )


@pytest.fixture()
def pg_env(pg_server: EmbeddedServer, pg_schema: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> dict[str, str]:
    """Environment variables that point the CLI at the session server and this test's schema."""
    for key in list(os.environ):
        if key.startswith("SSD_BRIDGE_"):
            monkeypatch.delenv(key)
    monkeypatch.chdir(tmp_path)
    env = {
        "SSD_BRIDGE_CMS": "eclipse",
        "SSD_BRIDGE_DATABASE_DIALECT": "postgres",
        "SSD_BRIDGE_DATABASE_URL": pg_server.uri,
        "SSD_BRIDGE_DATABASE_SCHEMA": pg_schema,
    }
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    return env


@pytest.fixture()
def fake(request: pytest.FixtureRequest) -> Iterator[FakeDfe]:
    """The local DfE stand-in on 127.0.0.1, for one test.

    A module or test changes how it behaves with ``@pytest.mark.fake_dfe(**FakeDfe keyword arguments)``.
    """
    marker = request.node.get_closest_marker("fake_dfe")
    options = {"seed": 1, **(marker.kwargs if marker else {})}
    with FakeDfe(**options) as server:
        yield server


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture()
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """No SSD_BRIDGE_* variables and an empty working folder (so no ./ssd-bridge.yaml)."""
    for key in list(os.environ):
        if key.startswith("SSD_BRIDGE_"):
            monkeypatch.delenv(key)
    monkeypatch.chdir(tmp_path)
    return tmp_path
