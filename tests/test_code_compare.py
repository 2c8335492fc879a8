"""CMS codes compare trimmed and ignoring case in both dialects (docs/sql-conversions.md)."""

from __future__ import annotations

import re

import psycopg
import pytest

from ssd_bridge.dialects import get_dialect
from ssd_bridge.sql.render import (
    RenderOptions,
    environment,
    render_deployment,
    render_fill_statements,
)

# a qualified column compared with a text literal, without code_eq's UPPER(TRIM(...))
RAW_COMPARISON = re.compile(r"(?<![(\w])\w+\.\w+\s*(?:=|<>|!=)\s*N?'")


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
    assert macros["code_in"]("s.X", ["a", "B"]).endswith("IN (N'A', N'B')")


@pytest.mark.parametrize("cms", ["liquid_logic", "mosaic"])
def test_fills_compare_codes_only_through_the_macro(cms: str) -> None:
    # The fills of the 19 tables the DfE record reads; the whole-SSD fills added since are still to convert.
    script = render_deployment(RenderOptions(cms=cms, dialect="tsql", tables="api"))
    assert RAW_COMPARISON.findall(script) == []


def test_whole_ssd_fills_written_since_compare_codes_only_through_the_macro() -> None:
    # the Mosaic fills of early help, family, care plan, previous permanence and substance misuse (#11)
    fills = render_fill_statements(RenderOptions(cms="mosaic", dialect="tsql"))
    for table in ("ssd_early_help_episodes", "ssd_family", "ssd_cla_care_plan", "ssd_cla_previous_permanence",
                  "ssd_cla_substance_misuse"):
        assert RAW_COMPARISON.findall(fills[table]) == [], table
