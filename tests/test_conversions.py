"""The safe conversions read only the documented forms (docs/sql-conversions.md), on PostgreSQL for real."""

from __future__ import annotations

import json

import psycopg
import pytest

from ssd_bridge.dialects import get_dialect
from ssd_bridge.sql.render import (
    RenderOptions,
    environment,
    render_deployment,
    render_fill_statements,
)

MACROS = environment(get_dialect("postgres")).globals

INTS = {"12": 12, " -7 ": -7, "": None, "   ": None, "+12": None, "1e1": None, "1.0": None,
        "123456789": 123456789, "1234567890": None, "9999999999": None, "\t5": None, "x": None, None: None}
FLOATS = {"1.5": 1.5, " -0.25 ": -0.25, ".5": 0.5, "5.": 5.0, "": None, " ": None, "+1": None, "1e1": None,
          "1.2.3": None, "-": None, ".": None, "1234567890123456": None, "12.5 km": None}
DATES = {
    "2024-05-01": "2024-05-01 00:00:00", " 2024-05-01 10:30 ": "2024-05-01 10:30:00",
    "2024-05-01T10:30:15.1234567891Z": "2024-05-01 10:30:15", "2024-05-01 10:30:15+01:00": "2024-05-01 10:30:15",
    "2024-05-01 10:30:15-0500": "2024-05-01 10:30:15", "2024-05-01 10:30:15+01": "2024-05-01 10:30:15",
    "01/05/2024": "2024-05-01 00:00:00", "5/4/2025": "2025-04-05 00:00:00", "13/05/2025": "2025-05-13 00:00:00",
    "29/02/2024": "2024-02-29 00:00:00", "29/02/2023": None, "2023-02-31": None, "2023-02-29 10:00": None,
    "2024-04-31": None, "2024-13-01": None, "31/31/2024": None, "05/13/2025": None, "20240501": None,
    "2024-05-01 24:00": None, "2024-05-01 10:30:15 +01:00": None, "2024-05-01 10:30:15junk": None,
    "1752-12-31": None, "0000-01-01": None, "": None, "  ": None, "soon": None, None: None,
}


@pytest.mark.parametrize(("macro", "cases"), [
    ("try_cast_int", INTS), ("try_cast_float", FLOATS), ("try_cast_datetime", DATES)])
def test_only_the_documented_forms_convert(pg_server, macro: str, cases: dict) -> None:
    expr = MACROS[macro]("v.t")
    wrap = "CAST({} AS TEXT)" if macro == "try_cast_datetime" else "{}"
    with psycopg.connect(pg_server.uri) as conn:
        for text, expected in cases.items():
            got = conn.execute(f"SELECT {wrap.format(expr)} FROM (VALUES (CAST(%s AS TEXT))) AS v(t)",
                               (text,)).fetchone()[0]
            assert got == expected, repr(text)


def test_mosaic_address_json_stays_whole_for_a_long_address_of_control_characters(pg_server, pg_schema) -> None:
    fill = render_deployment(RenderOptions(cms="mosaic", dialect="postgres"))
    start = fill.index("CONCAT('{\"ADDRESS\": '")
    expr = fill[start:fill.index("\n", start)].strip().rstrip(",")
    with psycopg.connect(pg_server.uri) as conn:
        got = conn.execute(f"SELECT {expr} FROM (VALUES (%s)) AS a(ADDRESS)", ("\u0007" * 2000,)).fetchone()[0]
    assert len(got) <= 1000
    assert json.loads(got) == {"ADDRESS": "\u0007" * 150}


# PostgreSQL text cannot hold U+0000, so it is left out here; the T-SQL render's U+0000 is checked by tests/test_differential.py.
CONTROL = [chr(c) for c in range(1, 32)]


@pytest.mark.parametrize("char", CONTROL, ids=[f"U+{ord(c):04X}" for c in CONTROL])
def test_json_string_escapes_every_control_character_as_json_requires(pg_server, char: str) -> None:
    expr = MACROS["json_string"]("v.t")
    text = f'a{char}b "q" \\ / {char}'
    with psycopg.connect(pg_server.uri) as conn:
        got = conn.execute(f"SELECT {expr} FROM (VALUES (CAST(%s AS TEXT))) AS v(t)", (text,)).fetchone()[0]
    assert json.loads(got) == text
    assert char not in got
    if char not in "\b\f\n\r\t":
        assert f"\\u{ord(char):04x}" in got


def _expression(fill: str, start: str, end: str) -> str:
    at = fill.index(start)
    return fill[at:fill.index(end, at)]


@pytest.mark.parametrize("text", ["\u0007" * 2000, '"' * 2000, "ordinary text " * 100, None])
def test_eclipse_json_documents_stay_whole_and_within_the_column(pg_server, text: str | None) -> None:
    fills = render_fill_statements(RenderOptions(cms="eclipse", dialect="postgres"))
    address = _expression(fills["ssd_address"], "CONCAT('{\"ROOM\"", " AS address_json")
    outcome = _expression(fills["ssd_s47_enquiry"], "CASE WHEN e.completed_date IS NULL THEN NULL ELSE CONCAT(", ",\n    t.team_id")
    with psycopg.connect(pg_server.uri) as conn:
        doc = conn.execute(f"SELECT {address} FROM (VALUES (%s, %s, %s, %s, %s, %s)) AS a(ROOMDESCRIPTION, "
                           "FLOORDESCRIPTION, BUILDINGNAMEORNUMBER, STREETNAME, TOWNORCITY, UPRN)", (text,) * 6).fetchone()[0]
        s47 = conn.execute(f"SELECT {outcome} FROM (VALUES (CURRENT_DATE, 'No further action', %s)) "
                           "AS e(completed_date, outcome, comments)", (text,)).fetchone()[0]
    for got, field, whole in ((doc, "STREET", 148), (s47, "OUTCOME_COMMENTS", 350)):
        assert len(got) <= 1000
        value = json.loads(got)[field]
        if text is None:
            assert value == ""
        else:
            assert text.startswith(value) and len(value) == (whole if len(json.dumps(text[:whole])) <= whole + 2 else whole // 6)
    assert (json.loads(doc)["UPRN"] is None) == (text is None)
@pytest.mark.parametrize("datestyle", ["ISO, DMY", "SQL, MDY", "German"])
def test_date_text_uk_ignores_the_session_datestyle(pg_server, datestyle: str) -> None:
    expr = MACROS["date_text_uk"]("v.d")
    with psycopg.connect(pg_server.uri) as conn:
        conn.execute(f"SET DateStyle = '{datestyle}'")
        got = conn.execute(f"SELECT {expr} FROM (VALUES (DATE '2015-03-04'), (CAST(NULL AS DATE))) AS v(d)").fetchall()
    assert got == [("04/03/2015",), (None,)]


def test_tsql_date_text_uk_cuts_the_iso_text_of_a_date() -> None:
    expr = environment(get_dialect("tsql")).globals["date_text_uk"]("x.d")
    assert "CAST(CAST(x.d AS DATE) AS VARCHAR(10)), 9, 2)" in expr and "TO_CHAR" not in expr
