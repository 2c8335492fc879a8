"""SQL Server (T-SQL): what differs from the base dialect."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, ClassVar

from ssd_bridge.dialects.base import (
    Dialect,
    DriverConnection,
    FeatureGate,
    ServerFacts,
    check_identifier,
    connect_odbc,
)
from ssd_bridge.errors import ConfigError

_RELEASES = {10: "2008", 11: "2012", 12: "2014", 13: "2016", 14: "2017", 15: "2019", 16: "2022", 17: "2025"}


def _gate(name: str, pattern: str, version: tuple[int, ...], label: str, level: int | None = None,
          failure: str | None = None) -> FeatureGate:
    return FeatureGate(name, re.compile(pattern, re.IGNORECASE), version, label, level, failure)


# Features by the engine version and compatibility level they need; failure ids: docs/operations.md.
_GATES = (
    _gate("FOR JSON / JSON_VALUE / JSON_QUERY / ISJSON", r"\bFOR\s+JSON\b|\bJSON_(?:VALUE|QUERY)\s*\(|\bISJSON\s*\(",
          (13,), "SQL Server 2016", failure="S02"),
    _gate("OPENJSON", r"\bOPENJSON\s*\(", (13,), "SQL Server 2016", 130),
    _gate("STRING_SPLIT", r"\bSTRING_SPLIT\s*\(", (13,), "SQL Server 2016", 130, "S03"),
    _gate("DROP ... IF EXISTS", r"\bDROP\s+\w+\s+IF\s+EXISTS\b", (13,), "SQL Server 2016"),
    _gate("CREATE OR ALTER", r"\bCREATE\s+OR\s+ALTER\b", (13, 0, 4001), "SQL Server 2016 SP1", failure="S04"),
    _gate("STRING_AGG", r"\bSTRING_AGG\s*\(", (14,), "SQL Server 2017", failure="S01"),
    _gate("TRIM / CONCAT_WS / TRANSLATE", r"\b(?:TRIM|CONCAT_WS|TRANSLATE)\s*\(", (14,), "SQL Server 2017"),
    _gate("GREATEST / LEAST", r"\b(?:GREATEST|LEAST)\s*\(", (16,), "SQL Server 2022"),
)

# GO is a client batch separator (SSMS, sqlcmd), not T-SQL: drivers reject it.
_GO = re.compile(r"^\s*GO\s*(?:--.*)?$", re.IGNORECASE)


class TsqlDialect(Dialect):
    """SQL Server 2016 SP1 and later, any compatibility level."""

    label = "tsql"
    batch_separator = "GO"
    # The message macro: RAISERROR(N'...', 0, 1) WITH NOWAIT;
    progress_message = re.compile(r"RAISERROR\(N?'((?:[^']|'')*)'")
    types: ClassVar[dict[str, str]] = {
        "nvarchar": "NVARCHAR({n})",
        "nchar": "NCHAR({n})",
        "ntext": "NVARCHAR(MAX)",
        "datetime": "DATETIME",
        "int": "INT",
        "bigint": "BIGINT",
        "float": "FLOAT",
        "bit": "BIT",
        "binary32": "BINARY(32)",
    }

    type_families: ClassVar[dict[str, str]] = {
        **{t: "text" for t in ("nvarchar", "varchar", "nchar", "char", "ntext", "text")},
        **{t: "datetime" for t in ("datetime", "datetime2", "smalldatetime", "date", "datetimeoffset")},
        **{t: "int" for t in ("int", "bigint", "smallint", "tinyint")},
        **{t: "number" for t in ("float", "real", "decimal", "numeric")},
        "bit": "bit", "binary": "binary", "varbinary": "binary",
    }
    #: 233/10053/10054/10060/64/121 the connection broke; 596 our session was killed; 6005 SHUTDOWN is in
    #: progress; 976/978/983 an availability-group replica not accessible (failover); 40613/40197/40501/
    #: 40143/49918-49920 Azure SQL database unavailable, reconfiguring or busy.
    unavailable_errors: ClassVar[frozenset[int]] = frozenset({
        64, 121, 233, 596, 976, 978, 983, 6005, 10053, 10054, 10060, 40143, 40197, 40501, 40613,
        49918, 49919, 49920})
    system_databases: ClassVar[frozenset[str]] = frozenset({"master", "model", "msdb", "tempdb"})
    minimum_version: ClassVar[tuple[int, ...]] = (13, 0, 4001)
    minimum_version_label: ClassVar[str] = "SQL Server 2016 SP1 (13.0.4001)"
    #: Msg 207 invalid column name, Msg 208 invalid object name.
    missing_object_numbers: ClassVar[frozenset[str]] = frozenset({"207", "208"})

    def quote_ident(self, name: str) -> str:
        return "[" + name.replace("]", "]]") + "]"

    def server_facts_sql(self) -> str:
        return (
            "SELECT @@VERSION, CAST(SERVERPROPERTY('ProductVersion') AS NVARCHAR(128)), "
            "CAST(SERVERPROPERTY('Edition') AS NVARCHAR(128)), "
            "(SELECT compatibility_level FROM sys.databases WHERE name = DB_NAME()), "
            "CAST(DATABASEPROPERTYEX(DB_NAME(), 'Collation') AS NVARCHAR(128)), DB_NAME(), SUSER_SNAME()"
        )

    def version_label(self, facts: ServerFacts) -> str:
        numbers = self.version_tuple(facts)
        release = _RELEASES.get(numbers[0], "") if numbers else ""
        level = f", compatibility level {facts.compatibility_level}" if facts.compatibility_level else ""
        return f"SQL Server {release} ({facts.product_version}, {facts.edition or 'edition unknown'}{level})"

    def collation_problem(self, facts: ServerFacts) -> str | None:
        if facts.collation and re.search(r"_CS_|_BIN2?$", facts.collation):
            return (f"the database collation {facts.collation} is case-sensitive: table and column names "
                    "and status codes compare by case (C07). ssd-bridge writes and compares lower-case "
                    "states, but a CMS name spelt in another case will not be found.")
        return None

    def feature_gates(self) -> tuple[FeatureGate, ...]:
        return _GATES

    def permission_sql(self, kind: str, schema: str | None = None, table: str | None = None,
                       database: str | None = None) -> tuple[str, tuple[Any, ...]]:
        parts = [p for p in (database, schema, table) if p]
        qualified = ".".join(self.quote_ident(p) for p in parts)
        schema_alter = "COALESCE(HAS_PERMS_BY_NAME(?, 'SCHEMA', 'ALTER'), 1)"
        queries: dict[str, tuple[str, tuple[Any, ...]]] = {
            "create_schema": ("SELECT HAS_PERMS_BY_NAME(NULL, 'DATABASE', 'CREATE SCHEMA')", ()),
            # CREATE TABLE/VIEW are database rights that also need ALTER on the target schema.
            "create_table": (f"SELECT HAS_PERMS_BY_NAME(NULL, 'DATABASE', 'CREATE TABLE') & {schema_alter}",
                             (schema,)),
            "create_view": (f"SELECT HAS_PERMS_BY_NAME(NULL, 'DATABASE', 'CREATE VIEW') & {schema_alter}",
                            (schema,)),
            "create_index": (f"SELECT {schema_alter}", (schema,)),
            "use_schema": ("SELECT 1", ()),
            "select": ("SELECT HAS_PERMS_BY_NAME(?, 'OBJECT', 'SELECT')", (qualified,)),
            "write": ("SELECT HAS_PERMS_BY_NAME(?, 'OBJECT', 'INSERT') & HAS_PERMS_BY_NAME(?, 'OBJECT', 'UPDATE') "
                      "& HAS_PERMS_BY_NAME(?, 'OBJECT', 'DELETE')", (qualified, qualified, qualified)),
            "alter": ("SELECT HAS_PERMS_BY_NAME(?, 'OBJECT', 'ALTER')", (qualified,)),
        }
        if kind not in queries:
            raise ConfigError(f"unknown permission kind {kind!r}.")
        return queries[kind]

    def relation_columns_sql(self, location: tuple[str, ...]) -> tuple[str, tuple[Any, ...]]:
        # A database part makes the lookup cross-database: that database's INFORMATION_SCHEMA.
        catalog = f"{self.quote_ident(location[0])}." if len(location) == 2 else ""
        sql = f"SELECT TABLE_NAME, COLUMN_NAME FROM {catalog}INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = "
        if location:
            return sql + "?", (location[-1],)
        return sql + "SCHEMA_NAME()", ()

    def analyze_sql(self, table: str) -> str:
        """UPDATE STATISTICS: SQL Server's way to refresh a table's statistics."""
        return f"UPDATE STATISTICS {table}"

    def first_rows_sql(self, select: str, rows: int) -> str:
        """SQL Server has no LIMIT: TOP goes after SELECT."""
        return f"SELECT TOP ({int(rows)}) {select}"

    def row_hash_sql(self, label: str, values: Sequence[tuple[str, str]]) -> str:
        # No STRING_AGG or JSON array builder before 2017: each value as "|<byte length>:<text>", so
        # NULL ("|:") differs from '' ("|0:"); dates in ISO form (style 126), floats in full (style 3).
        parts = [f"N'{check_identifier('fingerprint label', label)}'"]
        for expr, logical in values:
            style = {"datetime": ", 126", "float": ", 3"}.get(logical, "")
            text = f"CONVERT(NVARCHAR(MAX), {expr}{style})"
            parts.append(f"N'|', CAST(DATALENGTH({text}) AS NVARCHAR(20)), N':', {text}")
        return f"HASHBYTES('SHA2_256', CONCAT({', '.join(parts)}))"

    def hash_parts_sql(self, digest: str) -> tuple[str, ...]:
        # Four 32-bit slices of the SHA-256, each summed as BIGINT (no overflow below 2^31 rows).
        return tuple(f"CAST(CAST(SUBSTRING({digest}, {4 * part + 1}, 4) AS INT) AS BIGINT)" for part in range(4))

    def is_batch_separator(self, line: str) -> bool:
        # SSMS and sqlcmd accept GO in any case, with spaces and a trailing comment.
        return bool(_GO.match(line))

    def index_names_sql(self) -> str:
        return (
            "SELECT i.name FROM sys.indexes i JOIN sys.tables t ON t.object_id = i.object_id "
            "WHERE SCHEMA_NAME(t.schema_id) = ? AND i.name IS NOT NULL"
        )

    def try_lock_sql(self) -> str:
        # Session-owned application lock, released by unlock_sql or when the session ends.
        # NOCOUNT keeps the EXEC's row-count message from coming back as the first result.
        return (
            "SET NOCOUNT ON; DECLARE @r INT; EXEC @r = sp_getapplock @Resource = N'ssd-bridge-run', "
            "@LockMode = N'Exclusive', @LockOwner = N'Session', @LockTimeout = 0; "
            "SELECT CASE WHEN @r >= 0 THEN 1 ELSE 0 END"
        )

    def unlock_sql(self) -> str:
        return "EXEC sp_releaseapplock @Resource = N'ssd-bridge-run', @LockOwner = N'Session'"

    def connect(self, url: str | None, odbc: str | None, password: str | None, timeout: int) -> DriverConnection:
        """Connect through ODBC (``database.odbc``); SQL Server has no other driver here."""
        return connect_odbc(odbc or "", password, timeout)
