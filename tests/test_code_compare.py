"""CMS codes compare trimmed and ignoring case in both dialects (docs/sql-conversions.md)."""

from __future__ import annotations

import re

import psycopg
import pytest

from ssd_bridge.dialects import get_dialect
from ssd_bridge.sql.render import environment
from tests.script_pieces import render as session_script  # rendered once per test process

# a qualified column compared with a text literal, without code_eq's UPPER(TRIM(...))
RAW_COMPARISON = re.compile(r"(?<![(\w])\w+\.\w+\s*(?:=|<>|!=)\s*N?'")
# a qualified column tested against a list of text literals, without code_in's UPPER(TRIM(...))
RAW_IN_LIST = re.compile(r"(?<![(\w])\w+\.\w+\s+(?:NOT\s+)?IN\s*\(\s*N?'", re.IGNORECASE)
# a simple CASE on a column whose WHEN branches are text literals: compares as stored, like a raw `=`
RAW_SIMPLE_CASE = re.compile(r"\bCASE\s+\w+(?:\.\w+)?\s+WHEN\s+N?'", re.IGNORECASE)
# UPPER(<expression>) tested against text literals other than through code_in (whose T-SQL is UPPER(LTRIM(RTRIM(CAST(...))))):
# it ignores case but not the spaces around a code (#16); up to three levels of brackets inside UPPER()
_BRACKETS = r"(?:[^()]|\((?:[^()]|\((?:[^()]|\([^()]*\))*\))*\))*"
RAW_UPPER_IN_LIST = re.compile(r"\bUPPER\((?!LTRIM\(RTRIM\(CAST\()" + _BRACKETS + r"\)\s+(?:NOT\s+)?IN\s*\(\s*N?'",
                               re.IGNORECASE)


# The Eclipse pivots try a value as the template spells it before code_in's trim and upper case (a shortcut
# for the usual row, the same answer): a raw IN list OR code_in on the same column, or a simple CASE on a
# column whose ELSE is the same CASE over code_key of that column. Only with that fallback is it allowed.
_TSQL_KEY = r"UPPER\(LTRIM\(RTRIM\(CAST\({col} AS NVARCHAR\(4000\)\)\)\)\)"
AS_WRITTEN_IN = re.compile(r"\((\w+\.\w+) IN \((?:N?'[^']*'(?:, )?)+\) OR (?=" + _TSQL_KEY.format(col=r"\1") + r" IN \()")
AS_WRITTEN_CASE = re.compile(r"CASE (\w+\.\w+)(?: WHEN N?'[^']*' THEN \d+)+ ELSE (?=CASE " + _TSQL_KEY.format(col=r"\1") + r" WHEN )")


def raw_code_comparisons(script: str) -> list[str]:
    """Every comparison of a column with text literals in `script` that bypasses code_eq/code_in."""
    script = AS_WRITTEN_CASE.sub("", AS_WRITTEN_IN.sub("(", script))
    return [m for pattern in (RAW_COMPARISON, RAW_IN_LIST, RAW_SIMPLE_CASE, RAW_UPPER_IN_LIST) for m in pattern.findall(script)]


@pytest.mark.parametrize(("value", "matches"), [
    ("Y", True), ("y", True), (" Y ", True), ("Y  ", True), ("N", False), ("YES", False), (None, None)])
def test_code_eq_trims_and_ignores_case_on_postgres(pg_server, value: str | None, matches: bool | None) -> None:
    macros = environment(get_dialect("postgres")).globals
    with psycopg.connect(pg_server.uri) as conn:
        got = conn.execute(f"SELECT {macros['code_eq']('v.c', 'y')}, {macros['code_in']('v.c', ['n', 'Y'])} "
                           "FROM (VALUES (CAST(%s AS TEXT))) AS v(c)", (value,)).fetchone()
    assert got == (matches, None if value is None else matches or value == "N")


def test_tsql_code_eq_trims_and_upper_cases_both_sides() -> None:
    macros = environment(get_dialect("tsql")).globals
    assert macros["code_eq"]("p.IS_CLIENT", "y") == "UPPER(LTRIM(RTRIM(CAST(p.IS_CLIENT AS NVARCHAR(4000))))) = N'Y'"
    assert macros["code_in"]("s.X", ["a", " B "]).endswith("IN (N'A', N'B')")
    assert macros["code_eq"]("f.DESIGNSUBNAME", "Child Protection ").endswith("= N'CHILD PROTECTION'")


# Ids, not codes, compared as stored (numeric ids render without quotes and never match). The only entry:
# an Eclipse form design is picked by its GUID, so the filter on the largest Eclipse view can still use an index
# (SQL Server compares a uniqueidentifier whatever the case of the text).
IDS_COMPARED_AS_STORED = re.compile(r"\b(?:f|rf)\.DESIGNGUID\b")


@pytest.mark.parametrize("cms", ["liquid_logic", "mosaic", "eclipse"])
def test_fills_compare_codes_only_through_the_macro(cms: str) -> None:
    # Every fill of the whole SSD, in the dialect whose usual collation ignores case and trailing spaces.
    script = session_script("tsql", cms, "all")
    found = [m for m in raw_code_comparisons(script) if not IDS_COMPARED_AS_STORED.search(m)]
    assert found == []


def test_the_raw_comparison_check_catches_a_code_compared_directly() -> None:
    assert RAW_COMPARISON.findall("WHERE p.IS_CLIENT = N'Y' AND UPPER(LTRIM(RTRIM(p.X))) = N'Y'") == ["p.IS_CLIENT = N'"]


def test_the_raw_comparison_check_catches_a_raw_in_list_and_a_simple_case() -> None:
    script = ("WHERE s.STEP_STATUS IN (N'STARTED', N'COMPLETED') AND ff.CODE NOT IN ('A') "
              "AND UPPER(LTRIM(RTRIM(CAST(s.X AS NVARCHAR(4000))))) IN (N'A') AND s.ID IN (1, 2) "
              "SELECT CASE p.SEX WHEN 'Male' THEN 'M' END, CASE WHEN p.SEX IS NULL THEN 'U' END")
    assert raw_code_comparisons(script) == [
        "s.STEP_STATUS IN (N'", "ff.CODE NOT IN ('", "CASE p.SEX WHEN '"]


def test_the_raw_comparison_check_catches_upper_without_trim_against_a_list() -> None:
    script = ("WHERE UPPER(p.ETHNICITYCODE) IN (N'WBRI') AND UPPER(LTRIM(RTRIM(p.X))) IN ('A') "
              "AND UPPER(LEFT(p.Y, 2)) NOT IN (N'RC') AND UPPER(COALESCE(p.Z, '')) = N'A' "
              "AND UPPER(LTRIM(RTRIM(CAST(p.W AS NVARCHAR(4000))))) IN (N'A')")
    assert raw_code_comparisons(script) == [
        "UPPER(p.ETHNICITYCODE) IN (N'", "UPPER(LTRIM(RTRIM(p.X))) IN ('", "UPPER(LEFT(p.Y, 2)) NOT IN (N'"]


def test_the_id_allow_list_spares_only_the_design_guid() -> None:
    found = raw_code_comparisons("WHERE f.DESIGNGUID = N'ab-cd' AND f.DESIGNNAME = N'Plan'")
    assert [m for m in found if not IDS_COMPARED_AS_STORED.search(m)] == ["f.DESIGNNAME = N'"]


def test_a_value_tried_as_written_passes_only_with_its_code_fallback() -> None:
    key = "UPPER(LTRIM(RTRIM(CAST({} AS NVARCHAR(4000)))))"
    allowed = (f"WHERE (f.DESIGNSUBNAME IN (N'Child in need', N'Family Help') OR {key.format('f.DESIGNSUBNAME')} IN "
               f"(N'CHILD IN NEED', N'FAMILY HELP')) AND CASE f.CONTROLNAME WHEN N'SeenAlone' THEN 2 ELSE CASE "
               f"{key.format('f.CONTROLNAME')} WHEN N'SEENALONE' THEN 2 END END = 2")
    assert raw_code_comparisons(allowed) == []
    # no fallback, or a fallback on another column: still a raw comparison
    assert raw_code_comparisons(f"WHERE f.STATE IN (N'COMPLETE') OR {key.format('f.OTHER')} IN (N'COMPLETE')") == [
        "f.STATE IN (N'"]
    assert raw_code_comparisons("SELECT CASE f.CONTROLNAME WHEN N'SeenAlone' THEN 2 END") == ["CASE f.CONTROLNAME WHEN N'"]
