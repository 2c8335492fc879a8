"""Dialects: quoting, the type map, batch splitting, the registry."""

from __future__ import annotations

import pytest

from ssd_bridge.dialects import get_dialect
from ssd_bridge.errors import ConfigError


def test_quote_ident_doubles_the_closing_quote():
    assert get_dialect("tsql").quote_ident("a]b") == "[a]]b]"
    assert get_dialect("postgres").quote_ident('a"b') == '"a""b"'
    assert get_dialect("tsql").qualify("ssd", "ssd_person") == "[ssd].[ssd_person]"


@pytest.mark.parametrize(("label", "logical", "length", "sql"), [
    ("tsql", "nvarchar", 48, "NVARCHAR(48)"), ("postgres", "nvarchar", 48, "VARCHAR(48)"),
    ("tsql", "ntext", None, "NVARCHAR(MAX)"), ("postgres", "ntext", None, "TEXT"),
    ("tsql", "datetime", None, "DATETIME"), ("postgres", "datetime", None, "TIMESTAMP"),
    ("tsql", "binary32", None, "BINARY(32)"), ("postgres", "binary32", None, "BYTEA"),
    ("tsql", "bit", None, "BIT"), ("postgres", "bit", None, "BOOLEAN"),
])
def test_type_map(label, logical, length, sql):
    assert get_dialect(label).sql_type(logical, length) == sql


def test_unknown_type_and_missing_length_are_errors():
    with pytest.raises(ConfigError, match="no tsql mapping"):
        get_dialect("tsql").sql_type("money")
    with pytest.raises(ConfigError, match="needs a length"):
        get_dialect("postgres").sql_type("nvarchar")


def test_tsql_splits_on_go_lines_only():
    script = "SELECT 1;\nGO\n-- only a comment\nGO  \nSELECT 'GO';\ngo -- trailing comment\nSELECT 2;"
    assert get_dialect("tsql").split_batches(script) == ["SELECT 1;\n", "SELECT 'GO';\n", "SELECT 2;\n"]


def test_postgres_splits_on_its_separator_comment():
    script = "SELECT 1;\n-- ssd-bridge: end of batch\nSELECT 2;\n-- ssd-bridge: end of batch\n"
    assert get_dialect("postgres").split_batches(script) == ["SELECT 1;\n", "SELECT 2;\n"]


def test_unknown_and_retired_labels():
    with pytest.raises(ConfigError, match="Valid dialects: postgres, tsql"):
        get_dialect("oracle")
    with pytest.raises(ConfigError, match="Use 'tsql'"):
        get_dialect("mssql")


def test_nothing_outside_dialects_branches_on_a_dialect_label():
    from pathlib import Path

    package = Path(__file__).parent.parent / "ssd_bridge"
    offenders = []
    for path in package.rglob("*.py"):
        if "dialects" in path.parts:
            continue
        text = path.read_text(encoding="utf-8")
        if "== 'tsql'" in text or '== "tsql"' in text or "== 'postgres'" in text or '== "postgres"' in text:
            offenders.append(path.name)
    assert offenders == []


def test_statistics_refresh_and_fill_session_per_dialect() -> None:
    assert get_dialect("postgres").analyze_sql('"ssd"."ssd_person"') == 'ANALYZE "ssd"."ssd_person"'
    assert get_dialect("tsql").analyze_sql("[ssd].[ssd_person]") == "UPDATE STATISTICS [ssd].[ssd_person]"
    assert get_dialect("postgres").fill_session_sql() == "SET work_mem = '64MB'"
    assert get_dialect("tsql").fill_session_sql() is None  # SQL Server grants sort memory per query itself
