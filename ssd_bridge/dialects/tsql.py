"""SQL Server (T-SQL): what differs from the base dialect."""

from __future__ import annotations

import re
from typing import ClassVar

from ssd_bridge.dialects.base import Dialect, DriverConnection, connect_odbc

# GO is a client batch separator (SSMS, sqlcmd), not T-SQL: drivers reject it.
_GO = re.compile(r"^\s*GO\s*(?:--.*)?$", re.IGNORECASE)


class TsqlDialect(Dialect):
    """SQL Server 2016 SP1 and later, any compatibility level."""

    label = "tsql"
    batch_separator = "GO"
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

    def quote_ident(self, name: str) -> str:
        return "[" + name.replace("]", "]]") + "]"

    def split_batches(self, script: str) -> list[str]:
        batches, current = [], []
        for line in script.splitlines():
            if _GO.match(line):
                batches.append("\n".join(current))
                current = []
            else:
                current.append(line)
        batches.append("\n".join(current))
        return [b.strip() + "\n" for b in batches if any(
            ln.strip() and not ln.strip().startswith("--") for ln in b.splitlines()
        )]

    def index_names_sql(self) -> str:
        return (
            "SELECT i.name FROM sys.indexes i JOIN sys.tables t ON t.object_id = i.object_id "
            "WHERE SCHEMA_NAME(t.schema_id) = ? AND i.name IS NOT NULL"
        )

    def try_lock_sql(self) -> str:
        # Session-owned application lock, released by unlock_sql or when the session ends.
        return (
            "DECLARE @r INT; EXEC @r = sp_getapplock @Resource = N'ssd-bridge-run', "
            "@LockMode = N'Exclusive', @LockOwner = N'Session', @LockTimeout = 0; "
            "SELECT CASE WHEN @r >= 0 THEN 1 ELSE 0 END"
        )

    def unlock_sql(self) -> str:
        return "EXEC sp_releaseapplock @Resource = N'ssd-bridge-run', @LockOwner = N'Session'"

    def connect(self, url: str | None, odbc: str | None, password: str | None, timeout: int) -> DriverConnection:
        """Connect through ODBC (``database.odbc``); SQL Server has no other driver here."""
        return connect_odbc(odbc or "", password, timeout)
