"""The extract's SELECTs are plain SQL: the same text, quoted per dialect, parses as T-SQL.

PostgreSQL runs them for real in the other tests; SQL Server has no server in CI, so its
rendering is parsed with sqlfluff's tsql dialect (placeholders shown as @p variables).
"""

from __future__ import annotations

import re

from ssd_bridge import tracking
from ssd_bridge.db import Database
from ssd_bridge.dialects import get_dialect
from ssd_bridge.dialects.base import DriverConnection
from ssd_bridge.dialects.drivers import ODBC
from ssd_bridge.record import fingerprint, ssd_read
from tests.script_pieces import unparsable


def statements(label: str) -> list[str]:
    # Only the statement builders are used: no connection is opened.
    db = Database(DriverConnection(None, ODBC), get_dialect(label), "ssd")
    return [
        *(ssd_read._source_sql(db, s) for s in ssd_read.SOURCES), *ssd_read._person_sql(db, 2000),
        *(ssd_read._source_sql(db, s, 16) for s in ssd_read.SOURCES),
        tracking.load_sql(db, True, True, True), tracking.load_sql(db, True, False, False),
        tracking.update_sql(db, ["json_payload", "current_hash", "row_state"]), tracking.state_counts_sql(db),
    ]


def test_same_statements_in_both_dialects_apart_from_quoting() -> None:
    def neutral(sql: str) -> str:
        return re.sub(r'[\[\]"]', "", sql)

    assert [neutral(s) for s in statements("tsql")] == [neutral(s) for s in statements("postgres")]
    for sql in statements("postgres"):
        assert not re.search(r"\b(LIMIT|TOP|FOR JSON|ILIKE|::)\b", sql, re.IGNORECASE)


def test_tsql_rendering_parses() -> None:
    text = ";\n".join(statements("tsql")).replace("?", "@p") + ";\n"
    assert unparsable(text) == ()  # the suite's one T-SQL parse check (tests/script_pieces.py)


def fingerprint_statement(label: str) -> str:
    return fingerprint.fingerprint_sql(Database(DriverConnection(None, ODBC), get_dialect(label), "ssd"))


def test_fingerprint_reads_every_table_a_record_reads_in_both_dialects() -> None:
    for label in ("postgres", "tsql"):
        sql = fingerprint_statement(label)
        assert sql.count("?") == 3 + 2 * fingerprint.branch_count() == 3 + 2 * (1 + len(ssd_read.SOURCES))
        for table in ssd_read.tables_read():
            assert re.search(rf"\b{table}\b", sql), (label, table)
    assert "HASHBYTES('SHA2_256'" in fingerprint_statement("tsql")
    assert "hashtextextended" in fingerprint_statement("postgres")


def test_tsql_fingerprint_parses() -> None:
    assert unparsable(fingerprint_statement("tsql").replace("?", "@p") + ";\n") == ()
