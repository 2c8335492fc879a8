"""The submission side's statements are plain SQL: the same text, quoted per dialect, parses as
T-SQL. PostgreSQL runs them for real in test_submit.py; SQL Server has no server in CI, so its
rendering is parsed with sqlfluff's tsql dialect (placeholders shown as @p variables)."""

from __future__ import annotations

import re

from ssd_bridge import tracking
from tests.helpers import unconnected
from tests.script_pieces import unparsable


def statements(label: str) -> list[str]:
    return tracking.submission_statements(unconnected(label))


def test_same_statements_in_both_dialects_apart_from_quoting() -> None:
    def neutral(sql: str) -> str:
        return re.sub(r'[\[\]"]', "", sql)

    assert [neutral(s) for s in statements("tsql")] == [neutral(s) for s in statements("postgres")]
    for sql in statements("postgres"):
        assert not re.search(r"\b(LIMIT|TOP|ILIKE|RETURNING)\b|::", sql, re.IGNORECASE)


def test_tsql_rendering_parses() -> None:
    assert unparsable(";\n".join(statements("tsql")).replace("?", "@p") + ";\n") == ()


def test_sent_update_text_is_constant_and_small_whatever_the_batch() -> None:
    # One text for every batch lets the driver prepare it once; few parameters stay far under
    # SQL Server's 2,100 and psycopg's prepare threshold of parameters.
    db = unconnected("tsql")
    assert tracking.sent_update_sql(db, True).count("?") == 6
    assert tracking.sent_update_sql(db, False).count("?") == 5


def test_one_statement_write_back_only_where_the_server_takes_a_json_batch() -> None:
    assert unconnected("tsql").dialect.write_back_sql("t", "l") is None
    sql = unconnected("postgres").dialect.write_back_sql("t", "l")
    assert sql is not None and "json_to_recordset(?::json)" in sql and sql.count("?") == 6
    assert "INSERT INTO l" in sql and "decode(u.hash, 'hex')" in sql
