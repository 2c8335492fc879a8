"""What a SQL dialect must tell the rest of ssd-bridge."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

from ssd_bridge.dialects.drivers import ODBC, Driver
from ssd_bridge.errors import ConfigError

#: The only names ssd-bridge writes into SQL: model tables and columns, schemas, source tables.
IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def check_identifier(what: str, name: str) -> str:
    """Return ``name`` if it is a plain SQL identifier, else raise ConfigError naming ``what``."""
    if not isinstance(name, str) or not IDENTIFIER.match(name) or len(name) > 63:
        raise ConfigError(
            f"{what} {name!r} is not a valid name.",
            "Use letters, digits and underscores only, starting with a letter or underscore "
            "(at most 63 characters); no spaces or quotes.",
        )
    return name


@dataclass(frozen=True)
class ServerFacts:
    """What check-compat learns about the server in one query (see ``server_facts_sql``)."""

    version_text: str
    product_version: str
    edition: str | None
    compatibility_level: int | None
    collation: str | None
    database: str
    user: str


@dataclass(frozen=True)
class FeatureGate:
    """A SQL feature the rendered script may use and the server it needs.

    ``failure`` is the check-compat failure id (see docs/operations.md) when it is missing.
    """

    name: str
    pattern: re.Pattern[str]
    min_version: tuple[int, ...]
    min_version_label: str
    min_level: int | None = None
    failure: str | None = None


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
    #: The server's own error numbers for "the server or database went away under us" (failover,
    #: shutdown, a killed session): safe to retry later. The driver shows them as "(number)".
    unavailable_errors: ClassVar[frozenset[int]] = frozenset()

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

    def is_batch_separator(self, line: str) -> bool:
        """True when ``line`` ends a batch (the line the ``batch_separator`` macro writes)."""
        return line.strip() == self.batch_separator

    def split_batches(self, script: str) -> list[str]:
        """Split a rendered script into the batches a driver can execute one at a time."""
        batches: list[str] = []
        current: list[str] = []
        for line in script.splitlines():
            if self.is_batch_separator(line):
                batches.append("\n".join(current))
                current = []
            else:
                current.append(line)
        batches.append("\n".join(current))
        return [b.strip() + "\n" for b in batches if _has_sql(b)]

    #: Finds the text of the progress message (the ``message`` macro) that opens a batch; group 1.
    progress_message: ClassVar[re.Pattern[str] | None] = None

    def batch_label(self, batch: str) -> str:
        """A short human name for a batch: its first progress message, else its first SQL line."""
        match = self.progress_message.search(batch) if self.progress_message else None
        if match:
            return match.group(1).replace("''", "'")
        for line in batch.splitlines():
            if line.strip() and not line.strip().startswith("--"):
                return line.strip()[:60]
        return "(empty)"

    def try_lock_sql(self) -> str:
        """A statement taking the run lock without waiting; it returns one row, 1 if taken."""
        raise ConfigError(f"the run lock is not implemented for dialect {self.label!r}.")

    def unlock_sql(self) -> str:
        """A statement releasing the run lock."""
        raise ConfigError(f"the run lock is not implemented for dialect {self.label!r}.")

    def index_names_sql(self) -> str:
        """A query (one ``?`` parameter: the schema) listing the index names in a schema."""
        raise ConfigError(f"index lookup is not implemented for dialect {self.label!r}.")

    #: SQLSTATEs of "no such column" and "no such table or view" (ODBC's standard ones here).
    missing_object_states: ClassVar[frozenset[str]] = frozenset({"42S02", "42S22"})
    #: The server's own error numbers for the same, as drivers show them: "(207)".
    missing_object_numbers: ClassVar[frozenset[str]] = frozenset()

    def is_missing_object(self, error: BaseException) -> bool:
        """True when a driver error says a table, view or column does not exist."""
        state = getattr(error, "sqlstate", None)
        args = getattr(error, "args", ())
        if not state and args and isinstance(args[0], str) and re.fullmatch(r"[0-9A-Z]{5}", args[0]):
            state = args[0]  # pyodbc puts the SQLSTATE first
        if state and str(state) in self.missing_object_states:
            return True
        return any(f"({number})" in str(error) for number in self.missing_object_numbers)

    # -- catalog questions for check-compat (read-only) ---------------------------------
    #: information_schema data_type (lower case) -> type family; see compat's logical families.
    type_families: ClassVar[dict[str, str]] = {}
    #: Databases nobody should deploy into.
    system_databases: ClassVar[frozenset[str]] = frozenset()
    #: The oldest server ssd-bridge supports, and how to say it.
    minimum_version: ClassVar[tuple[int, ...]] = ()
    minimum_version_label: ClassVar[str] = ""

    def server_facts_sql(self) -> str:
        """A query returning one row: version text, product version, edition, compatibility
        level, collation, current database, current user (see :class:`ServerFacts`)."""
        raise ConfigError(f"server checks are not implemented for dialect {self.label!r}.")

    def version_tuple(self, facts: ServerFacts) -> tuple[int, ...]:
        """The server version as numbers, comparable with ``minimum_version``."""
        return tuple(int(p) for p in re.findall(r"\d+", facts.product_version)[:3])

    def version_label(self, facts: ServerFacts) -> str:
        """A short human name for the server version."""
        return facts.product_version

    def collation_problem(self, facts: ServerFacts) -> str | None:
        """Why the database's collation or encoding may cause trouble, or None."""
        return None

    def feature_gates(self) -> tuple[FeatureGate, ...]:
        """SQL features whose use in a rendered script depends on the server version or level."""
        return ()

    def permission_sql(self, kind: str, schema: str | None = None, table: str | None = None,
                       database: str | None = None) -> tuple[str, tuple[Any, ...]]:
        """A query returning one row with 1 (held), 0 (not held) or NULL (cannot tell).

        ``kind``: create_schema, create_table, create_index, create_view (in ``schema``),
        use_schema, select, write (INSERT, UPDATE and DELETE), alter (``table`` in ``schema``).
        """
        raise ConfigError(f"permission checks are not implemented for dialect {self.label!r}.")

    def relation_columns_sql(self, location: tuple[str, ...]) -> tuple[str, tuple[Any, ...]]:
        """A query listing (table, column) of every table and view at a source location,
        including those the user may not read (so a missing grant is not taken for a missing table)."""
        raise ConfigError(f"catalog lookups are not implemented for dialect {self.label!r}.")

    def schema_columns_sql(self) -> str:
        """A query (one ``?``: the schema) listing table, column, data type, character length,
        nullability (YES/NO) and default of every column in a schema."""
        return (
            "SELECT table_name, column_name, data_type, character_maximum_length, is_nullable, column_default "
            "FROM information_schema.columns WHERE table_schema = ? ORDER BY table_name, ordinal_position"
        )

    def table_columns_sql(self) -> str:
        """A query (one ``?``: the schema) listing (table, column) of every table in a schema."""
        return "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = ?"

    def schema_exists_sql(self) -> str:
        """A query (one ``?``: the schema) returning a row when the schema exists."""
        return "SELECT 1 FROM information_schema.schemata WHERE schema_name = ?"

    def binary(self, value: bytes | None) -> Any:
        """Prepare a bytes value for binding to a binary column."""
        return value

    def analyze_sql(self, table: str) -> str:
        """Refresh the planner's statistics of one (just refilled) table."""
        return f"ANALYZE {table}"

    def first_rows_sql(self, select: str, rows: int) -> str:
        """``select`` (a SELECT without its keyword, e.g. "a, b FROM t") limited to its first ``rows`` rows."""
        return f"SELECT {select} LIMIT {int(rows)}"

    def row_hash_sql(self, label: str, values: Sequence[tuple[str, str]]) -> str:
        """An expression hashing one row: ``label`` then each (expression, logical type), so that
        two different rows (NULL and '' included, or values moved between columns) differ."""
        raise ConfigError(f"row fingerprints are not implemented for dialect {self.label!r}.")

    def hash_parts_sql(self, digest: str) -> tuple[str, ...]:
        """Integer expressions over a :meth:`row_hash_sql` value that a person's rows combine by an
        order-free ``SUM`` (each small enough that the SUM cannot overflow)."""
        raise ConfigError(f"row fingerprints are not implemented for dialect {self.label!r}.")

    def fill_session_sql(self) -> str | None:
        """A session setting run before the fill, or None (see docs/operations.md, "Fill memory")."""
        return None

    def extract_session_sql(self) -> str | None:
        """A session setting run before the extract's per-chunk reads, or None (docs/architecture.md)."""
        return None

    def write_back_sql(self, staging: str, log_table: str) -> str | None:
        """One constant statement writing back a whole batch's answers, or None where the server
        cannot take them as one document (then a transaction of bulk executemany statements).

        Parameters: a JSON array of outcomes (see ``tracking.submission._outcomes_json``), the sent
        status, now, the error status, now, and the run id. Sent rows are updated only while
        their hash is still the one sent; rejected rows count an attempt; every outcome is logged.
        """
        return None

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

    def __init__(self, raw: Any, driver: Driver) -> None:
        self.raw = raw
        self.driver = driver
        self.paramstyle = driver.paramstyle


def connect_odbc(connection_string: str, password: str | None, timeout: int) -> DriverConnection:
    """Open a pyodbc connection; the password is appended here and never stored or logged."""
    import pyodbc  # imported late: --help must work on a machine without ODBC

    text = connection_string.rstrip().rstrip(";") + ";"
    if password:
        text += "PWD={" + password.replace("}", "}}") + "};"
    raw = pyodbc.connect(text, autocommit=True, timeout=timeout)
    return DriverConnection(raw, ODBC)
