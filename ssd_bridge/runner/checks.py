"""Checks every job makes before it starts: the tables it needs, and where the data is going."""

from __future__ import annotations

from urllib.parse import urlsplit

from ssd_bridge.config import Settings
from ssd_bridge.db import Database
from ssd_bridge.errors import ConfigError, DatabaseError
from ssd_bridge.tracking import STAGING_TABLE

EXTRACT_TABLES = ("ssd_person", STAGING_TABLE)
SUBMIT_TABLES = (STAGING_TABLE, "ssd_api_submission_log", "ssd_api_run_log")


def require_tables(db: Database, names: tuple[str, ...] = EXTRACT_TABLES) -> None:
    """Fail early, with the next step, when a table the command needs is not deployed or not readable.

    A missing table is a set-up problem (exit 2), not a database fault.
    """
    for name in names:
        try:
            db.query_all(f"SELECT 1 FROM {db.table(name)} WHERE 1 = 0")
        except DatabaseError as e:
            raise ConfigError(
                f"the table {db.schema}.{name} cannot be read ({e.message.rstrip('.')}).",
                "Run 'ssd-bridge deploy' first (or check database.schema in the settings).",
            ) from e


def require_columns(db: Database, table: str, columns: tuple[str, ...]) -> None:
    """Fail early when a deployed table lacks columns this release added (deploy adds them in place)."""
    q = db.dialect.quote_ident
    try:
        db.query_all(f"SELECT {', '.join(q(c) for c in columns)} FROM {db.table(table)} WHERE 1 = 0")
    except DatabaseError as e:
        raise ConfigError(
            f"the table {db.schema}.{table} lacks columns this version uses ({', '.join(columns)}).",
            "Run 'ssd-bridge deploy' once: it adds them in place and keeps every row.",
        ) from e


_LOOPBACK = ("127.0.0.1", "localhost", "::1")


def destination(settings: Settings) -> tuple[str, str | None]:
    """The DfE host data goes to, and whether it is a 'test' or 'live' endpoint (None: not set).

    The local stand-in and any URL with 'test' in its host or path (DfE's TEST receiver is
    ``.../children-in-social-care-data-receiver-test/1``) count as test.
    """
    if not settings.dfe.base_url:
        return "(dfe.base_url not set)", None
    parts = urlsplit(settings.dfe.base_url)
    host = parts.hostname or settings.dfe.base_url
    is_test = host in _LOOPBACK or "test" in parts.path.lower() or "test" in host.lower()
    return host, "test" if is_test else "live"


def check_destination(settings: Settings) -> tuple[str, str | None]:
    """Refuse live data to a TEST endpoint, or test data to a live one, unless overridden."""
    host, kind = destination(settings)
    if kind is not None and kind != settings.environment and not settings.dfe.allow_environment_mismatch:
        raise ConfigError(
            f"environment is '{settings.environment}' but dfe.base_url points at a {kind} endpoint ({host}).",
            "Use the endpoint that matches the data (TEST credentials for synthetic or scrambled data, live "
            "for live data), or set dfe.allow_environment_mismatch: true if this is really intended.",
        )
    return host, kind
