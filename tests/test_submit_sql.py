"""The submission side's statements are plain SQL: the same text, quoted per dialect, parses as
T-SQL. PostgreSQL runs them for real in test_submit.py; SQL Server has no server in CI, so its
rendering is parsed with sqlfluff's tsql dialect (placeholders shown as @p variables)."""

from __future__ import annotations

import re

import pytest

from ssd_bridge import tracking
from tests.helpers import unconnected


def statements(label: str) -> list[str]:
    return tracking.submission_statements(unconnected(label))


def test_same_statements_in_both_dialects_apart_from_quoting() -> None:
    def neutral(sql: str) -> str:
        return re.sub(r'[\[\]"]', "", sql)

    assert [neutral(s) for s in statements("tsql")] == [neutral(s) for s in statements("postgres")]
    for sql in statements("postgres"):
        assert not re.search(r"\b(LIMIT|TOP|ILIKE|RETURNING)\b|::", sql, re.IGNORECASE)


def test_tsql_rendering_parses() -> None:
    sqlfluff = pytest.importorskip("sqlfluff")
    sqlfluff.parse(";\n".join(statements("tsql")).replace("?", "@p") + ";\n", dialect="tsql")


def test_one_update_per_batch_stays_under_sql_servers_parameter_limit() -> None:
    sql = tracking.sent_update_sql(unconnected("tsql"), 100, 100)
    assert sql.count("?") == 1 + 200 + 200 + 1 + 100 + 200 < 2100
