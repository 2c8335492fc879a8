"""Database access: connect, stream queries, batched writes, and running rendered scripts.

Library SQL is written once with ``?`` placeholders; :class:`Database` turns them into the
driver's paramstyle. Every driver error passes through :func:`driver_errors`, which maps it to
:class:`DatabaseUnavailable` (exit 3, retry later) or :class:`DatabaseError`, never with values.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

from ssd_bridge.config import Settings
from ssd_bridge.dialects import LABELS, Dialect, get_dialect
from ssd_bridge.dialects.base import DriverConnection
from ssd_bridge.errors import ConfigError, CredentialsError, DatabaseError, DatabaseUnavailable
from ssd_bridge.secrets import redact_connection_string

log = logging.getLogger(__name__)

# SQLSTATE classes that mean "could not reach, or the server went away": 08 connection, 28
# authorisation, 57P operator intervention (admin or crash shutdown, a terminated backend,
# cannot connect now), HYT00/HYT01 timeouts (ODBC).
_UNAVAILABLE_STATES = ("08", "28", "57P", "HYT0", "HY000")
_DRIVER_CONNECTION_ERRORS = ("OperationalError", "InterfaceError", "ConnectionTimeout", "ConnectionFailure")
# A server's own error number as ODBC drivers show it: "... is not currently available. (40613) (SQLExecDirectW)".
_NATIVE_ERROR = re.compile(r"\((\d{1,6})\)")
_PLACEHOLDER = re.compile(r"\?")
# libpq reports a refused login without a SQLSTATE, so the text is all there is to go on.
_AUTH_FAILED = re.compile(r"authentication failed|login failed|password|role \"[^\"]*\" does not exist|"
                          r"no pg_hba\.conf entry", re.IGNORECASE)
# The server answered but the settings name something it does not have: fixing them, not
# retrying, is what helps. 3D000 no such database; IM0xx the ODBC driver manager (no such
# driver or DSN, bad connection string).
_MISCONFIGURED = re.compile(r"database \"[^\"]*\" does not exist", re.IGNORECASE)
_MISCONFIGURED_STATES = ("3D000", "IM0")


def describe_target(settings: Settings) -> str:
    """A one-line description of the configured database, with any password hidden."""
    target = settings.database.odbc or settings.database.url or "(no database configured)"
    return f"{settings.dialect} database {redact_connection_string(target)}"


@contextmanager
def driver_errors(action: str, hint: str | None = None) -> Iterator[None]:
    """Turn a driver exception raised while doing ``action`` into a DatabaseError."""
    try:
        yield
    except (DatabaseError, ConfigError):
        raise
    except Exception as e:  # noqa: BLE001 - driver exception classes are imported lazily
        if not _is_driver_error(e):
            raise
        reason = _reason(e)
        if _AUTH_FAILED.search(reason) or (_sqlstate(e) or "").startswith("28"):
            raise CredentialsError(
                f"could not {action}: the server refused the login ({reason}).",
                "Check the user name in the connection settings and SSD_BRIDGE_DB_PASSWORD.",
            ) from e
        if _MISCONFIGURED.search(reason) or (_sqlstate(e) or "").startswith(_MISCONFIGURED_STATES):
            raise ConfigError(
                f"could not {action} ({reason}).",
                "Check the database name and driver in database.url or database.odbc.",
            ) from e
        if _is_unavailable(e):
            raise DatabaseUnavailable(
                f"could not {action} ({reason}).",
                hint or "Check the server is up and reachable, then run again: what was committed is kept, the rest is redone.",
            ) from e
        raise DatabaseError(f"could not {action} ({reason}).", hint) from e


def _is_driver_error(e: Exception) -> bool:
    module = type(e).__module__ or ""
    return module.startswith(("psycopg", "pyodbc"))


def _is_unavailable(e: Exception) -> bool:
    """Whether the server could not be reached or went away mid-run (shutdown, failover, a killed
    session): exit 3, safe to retry, rather than an error in what we asked of it."""
    state = _sqlstate(e)
    if state and state.startswith(("08", "57P", "HYT0")):
        return True
    native = {int(n) for n in _NATIVE_ERROR.findall(" ".join(str(a) for a in e.args))}
    if native & _unavailable_errors():
        return True
    # psycopg's AdminShutdown and friends subclass OperationalError: look along the class's ancestry.
    if any(cls.__name__ in _DRIVER_CONNECTION_ERRORS for cls in type(e).__mro__):
        return state is None or state.startswith(_UNAVAILABLE_STATES)
    return False


@lru_cache(maxsize=1)
def _unavailable_errors() -> frozenset[int]:
    """Every dialect's server error numbers that mean the server went away (see Dialect)."""
    return frozenset().union(*(get_dialect(label).unavailable_errors for label in LABELS))


def _sqlstate(e: Exception) -> str | None:
    state = getattr(e, "sqlstate", None)
    if state:
        return str(state)
    if type(e).__module__.startswith("pyodbc") and e.args and isinstance(e.args[0], str):
        return e.args[0]
    return None


def _reason(e: Exception) -> str:
    """The driver's message, first line only, trimmed; drivers do not echo bound values."""
    diag = getattr(e, "diag", None)
    text = getattr(diag, "message_primary", None) if diag is not None else None
    if not text:
        text = str(e.args[-1] if e.args else e)
    text = re.sub(r"\[[^\]]*\]", "", text).strip()  # ODBC's [vendor][driver] prefixes
    first = text.splitlines()[0] if text else type(e).__name__
    return first[:300]


class Database:
    """One open connection, its dialect and the schema the bridge's tables live in."""

    def __init__(self, conn: DriverConnection, dialect: Dialect, schema: str) -> None:
        self.conn = conn
        self.raw = conn.raw
        self.dialect = dialect
        self.schema = schema
        self.driver = conn.driver
        self._in_transaction = False
        self._notice_handlers: list[Callable[[str], None]] = []

    # -- names and statements -------------------------------------------------
    def table(self, name: str) -> str:
        """The schema-qualified, quoted name of one of our tables."""
        return self.dialect.qualify(self.schema, name)

    def sql(self, text: str) -> str:
        """Convert ``?`` placeholders to the driver's paramstyle."""
        if self.conn.paramstyle == "qmark":
            return text
        return _PLACEHOLDER.sub("%s", text.replace("%", "%%"))

    # -- reading ----------------------------------------------------------------
    def query(self, sql: str, params: Sequence[Any] = (), chunk_size: int = 2000) -> Iterator[tuple]:
        """Yield rows of ``sql`` a chunk at a time, without holding the whole result in memory."""
        with driver_errors("read from the database"):
            cur = self.driver.streaming_cursor(self.raw, self._in_transaction, chunk_size)
            try:
                cur.execute(self.sql(sql), tuple(params))
                while True:
                    rows = cur.fetchmany(chunk_size)
                    if not rows:
                        break
                    for row in rows:
                        yield tuple(row)
            finally:
                cur.close()

    def query_all(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        """Return every row of a small result."""
        with driver_errors("read from the database"):
            cur = self.raw.cursor()
            try:
                cur.execute(self.sql(sql), tuple(params))
                return [tuple(r) for r in cur.fetchall()] if cur.description else []
            finally:
                cur.close()

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """Return the first column of the first row, or None."""
        rows = self.query_all(sql, params)
        return rows[0][0] if rows else None

    # -- writing ----------------------------------------------------------------
    def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Run one statement and return the number of rows it touched (-1 if unknown)."""
        with driver_errors("write to the database"):
            cur = self.raw.cursor()
            try:
                cur.execute(self.sql(sql), tuple(params))
                return int(cur.rowcount if cur.rowcount is not None else -1)
            finally:
                cur.close()

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        """Run one statement for many parameter rows in as few round trips as the driver allows."""
        rows = [tuple(r) for r in rows]
        if not rows:
            return
        with driver_errors("write to the database"):
            cur = self.raw.cursor()
            try:
                self.driver.prepare_executemany(cur, rows)
                cur.executemany(self.sql(sql), rows)
            finally:
                cur.close()

    def insert_rows(self, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
        """Insert many rows into one of our tables: the driver's bulk path, else one executemany.

        ``table`` is a model table name and ``columns`` model column names (quoted here).
        """
        rows = [tuple(r) for r in rows]
        if not rows:
            return
        names = ", ".join(self.dialect.quote_ident(c) for c in columns)
        with driver_errors("write to the database"):
            if self.driver.copy_rows(self.raw, self.table(table), names, rows):
                return
        marks = ", ".join("?" for _ in columns)
        self.executemany(f"INSERT INTO {self.table(table)} ({names}) VALUES ({marks})", rows)

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        """Run the block in one transaction: commit on success, roll back on any error."""
        if self._in_transaction:
            yield self
            return
        with driver_errors("start a transaction"):
            token = self.driver.begin(self.raw)
        self._in_transaction = True
        try:
            yield self
        except BaseException as e:
            self._in_transaction = False
            with driver_errors("roll back"):
                self.driver.end(self.raw, token, e)
            raise
        self._in_transaction = False
        with driver_errors("commit"):
            self.driver.end(self.raw, token, None)

    def run_batch(self, batch: str) -> None:
        """Run one batch of a rendered script (several statements, no parameters)."""
        with driver_errors("run the deployment script"):
            cur = self.raw.cursor()
            try:
                cur.execute(batch)
                self.driver.drain(cur, self._notify)
            finally:
                cur.close()

    def on_notice(self, handler: Callable[[str], None]) -> None:
        """Call ``handler`` with the text of each server notice (PostgreSQL RAISE NOTICE, SQL Server
        RAISERROR at severity 0 as run_batch reads them)."""
        if not self.driver.on_notice(self.raw, handler):
            self._notice_handlers.append(handler)

    def _notify(self, text: str) -> None:
        for handler in self._notice_handlers:
            handler(text)

    def close(self) -> None:
        """Close the connection, ignoring a connection that is already gone."""
        try:
            self.raw.close()
        except Exception:  # noqa: BLE001 - closing a broken connection must not mask the real error
            log.debug("closing the database connection failed", exc_info=True)


@contextmanager
def connect(settings: Settings) -> Iterator[Database]:
    """Open the configured reporting database; use as ``with connect(settings) as db:``."""
    dialect = get_dialect(settings.dialect)
    database = settings.database
    if not (database.url or database.odbc):
        raise ConfigError(
            "no database is configured.",
            "Set database.url (PostgreSQL) or database.odbc (SQL Server) in ssd-bridge.yaml, "
            "or SSD_BRIDGE_DATABASE_URL / SSD_BRIDGE_DATABASE_ODBC in the environment.",
        )
    target = describe_target(settings)
    hint = (
        f"Check the {settings.dialect} server is running and reachable, the connection settings "
        "and SSD_BRIDGE_DB_PASSWORD; then try again."
    )
    log.debug("connecting to %s", target)
    try:
        with driver_errors(f"connect to the {target}", hint):
            conn = dialect.connect(database.url, database.odbc, database.password, database.connect_timeout_seconds)
    except DatabaseUnavailable:
        raise
    except DatabaseError as e:
        # Before a connection exists the only errors left are unreadable settings
        # (e.g. psycopg's 'missing "=" after ... in connection info string').
        raise ConfigError(
            e.message.replace("could not connect", "could not use the settings to connect", 1),
            "Check database.url (PostgreSQL: postgresql://user@host/db or host=... dbname=...) or "
            "database.odbc (SQL Server: an ODBC connection string naming an installed driver).",
        ) from e
    except ImportError as e:
        raise ConfigError(
            f"the database driver for {target} is not installed ({e.name}).",
            "Install it with: pip install 'ssd-bridge[sqlserver]' (pyodbc) and the ODBC driver.",
        ) from e
    db = Database(conn, dialect, settings.database.schema)
    try:
        yield db
    finally:
        db.close()
