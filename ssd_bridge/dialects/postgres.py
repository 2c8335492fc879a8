"""PostgreSQL: what differs from the base dialect."""

from __future__ import annotations

from typing import ClassVar

from ssd_bridge.dialects.base import Dialect, DriverConnection, connect_odbc

# A fixed 64-bit key for pg_try_advisory_lock, shared by every ssd-bridge run on a database.
RUN_LOCK_KEY = 0x55D_B81D6E


class PostgresDialect(Dialect):
    """PostgreSQL 13 and later."""

    label = "postgres"
    types: ClassVar[dict[str, str]] = {
        "nvarchar": "VARCHAR({n})",
        "nchar": "CHAR({n})",
        "ntext": "TEXT",
        "datetime": "TIMESTAMP",
        "int": "INTEGER",
        "bigint": "BIGINT",
        "float": "DOUBLE PRECISION",
        "bit": "BOOLEAN",
        "binary32": "BYTEA",
    }

    def fold_case(self, name: str) -> str:
        # PostgreSQL folds unquoted names to lower case; CMS views are created unquoted.
        return name.lower()

    def quote_ident(self, name: str) -> str:
        return '"' + name.replace('"', '""') + '"'

    def index_names_sql(self) -> str:
        return "SELECT indexname FROM pg_indexes WHERE schemaname = ?"

    def try_lock_sql(self) -> str:
        return f"SELECT CASE WHEN pg_try_advisory_lock({RUN_LOCK_KEY}) THEN 1 ELSE 0 END"

    def unlock_sql(self) -> str:
        return f"SELECT pg_advisory_unlock({RUN_LOCK_KEY})"

    def connect(self, url: str | None, odbc: str | None, password: str | None, timeout: int) -> DriverConnection:
        """Connect with psycopg (``database.url``) or through ODBC (``database.odbc``)."""
        if odbc:
            return connect_odbc(odbc, password, timeout)
        import psycopg

        kwargs: dict[str, object] = {"autocommit": True, "connect_timeout": timeout}
        if password:
            kwargs["password"] = password
        raw = psycopg.connect(url or "", **kwargs)
        return DriverConnection(raw, "psycopg", "format")
