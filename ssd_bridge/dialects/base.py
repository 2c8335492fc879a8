"""What a SQL dialect must tell the rest of ssd-bridge."""

from __future__ import annotations

import re
from typing import Any, ClassVar

from ssd_bridge.errors import ConfigError

IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


class Dialect:
    """Python-side behaviour that differs between SQL Server (tsql) and PostgreSQL.

    Subclasses override only what differs: quoting, the type map, how a script is split
    into batches, and the statements for the run lock.
    """

    label: ClassVar[str] = "default"
    #: The ``-- ...`` line the ``batch_separator`` macro writes; split_batches splits on it.
    batch_separator: ClassVar[str] = "-- ssd-bridge: end of batch"
    #: logical model type -> SQL type; ``{n}`` is replaced by the column length.
    types: ClassVar[dict[str, str]] = {}

    def quote_ident(self, name: str) -> str:
        """Quote one identifier, doubling any closing quote inside it."""
        raise ConfigError(f"quoting is not implemented for dialect {self.label!r}.")

    def qualify(self, schema: str | None, name: str) -> str:
        """Return ``schema.name`` with both parts quoted (just ``name`` without a schema)."""
        return f"{self.quote_ident(schema)}.{self.quote_ident(name)}" if schema else self.quote_ident(name)

    def fold_case(self, name: str) -> str:
        """The spelling of an unquoted name as the server stores it (for quoting CMS names)."""
        return name

    def sql_type(self, logical: str, length: int | None = None) -> str:
        """Map a data-model type (``nvarchar``, ``datetime``, ...) to this dialect's SQL type."""
        try:
            template = self.types[logical]
        except KeyError:
            raise ConfigError(
                f"the data model type {logical!r} has no {self.label} mapping.",
                f"Known types: {', '.join(sorted(self.types))}.",
            ) from None
        if "{n}" in template:
            if length is None:
                raise ConfigError(f"the data model type {logical!r} needs a length.")
            return template.replace("{n}", str(length))
        return template

    def split_batches(self, script: str) -> list[str]:
        """Split a rendered script into the batches a driver can execute one at a time."""
        batches, current = [], []
        for line in script.splitlines():
            if line.strip() == self.batch_separator:
                batches.append("\n".join(current))
                current = []
            else:
                current.append(line)
        batches.append("\n".join(current))
        return [b.strip() + "\n" for b in batches if _has_sql(b)]

    def try_lock_sql(self) -> str:
        """A statement taking the run lock without waiting; it returns one row, 1 if taken."""
        raise ConfigError(f"the run lock is not implemented for dialect {self.label!r}.")

    def unlock_sql(self) -> str:
        """A statement releasing the run lock."""
        raise ConfigError(f"the run lock is not implemented for dialect {self.label!r}.")

    def index_names_sql(self) -> str:
        """A query (one ``?`` parameter: the schema) listing the index names in a schema."""
        raise ConfigError(f"index lookup is not implemented for dialect {self.label!r}.")

    def binary(self, value: bytes | None) -> Any:
        """Prepare a bytes value for binding to a binary column."""
        return value

    def connect(self, url: str | None, odbc: str | None, password: str | None, timeout: int) -> DriverConnection:
        """Open a connection to the reporting database (autocommit; db.py opens transactions)."""
        raise ConfigError(f"connecting is not implemented for dialect {self.label!r}.")


def _has_sql(batch: str) -> bool:
    for line in batch.splitlines():
        text = line.strip()
        if text and not text.startswith("--"):
            return True
    return False


class DriverConnection:
    """A DB-API connection with the facts db.py needs about its driver."""

    def __init__(self, raw: Any, driver: str, paramstyle: str) -> None:
        self.raw = raw
        self.driver = driver
        self.paramstyle = paramstyle


def connect_odbc(connection_string: str, password: str | None, timeout: int) -> DriverConnection:
    """Open a pyodbc connection; the password is appended here and never stored or logged."""
    import pyodbc  # imported late: --help must work on a machine without ODBC

    text = connection_string.rstrip().rstrip(";") + ";"
    if password:
        text += "PWD={" + password.replace("}", "}}") + "};"
    raw = pyodbc.connect(text, autocommit=True, timeout=timeout)
    return DriverConnection(raw, "pyodbc", "qmark")
