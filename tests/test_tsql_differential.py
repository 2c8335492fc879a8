"""The T-SQL render means what the PostgreSQL render means: a differential test (#16).

No SQL Server is reachable from CI, so every T-SQL fill statement of Liquid Logic, Mosaic and Eclipse is
translated to PostgreSQL (sqlglot plus the small emulation of SQL Server's functions in
``tsql_emulation.sql``/``tsql_emulation.py``) and run on the same synthetic sources, with edge values
written into the columns the fills convert, as the PostgreSQL render. Every SSD table the CMS fills
must come out with the same rows, under DATEFORMAT mdy (and dmy, when a fill reads it). What this proves and what it cannot:
docs/sql-conversions.md, "The differential test".
"""

from __future__ import annotations

import importlib
import json
import uuid
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime
from typing import Any

import psycopg
import pytest

import ssd_bridge.sql.render as render_module
from ssd_bridge.config import load_settings
from ssd_bridge.sql.deploy import deploy
from ssd_bridge.sql.render import RenderOptions, render_fill_statements
from ssd_bridge.synth import synth
from tests.tsql_emulation import install, read_dateformat, run_tsql_fills, translate_expression

pytestmark = pytest.mark.postgres
CHILDREN, SEED = 150, 11
CMSS = ("liquid_logic", "mosaic", "eclipse")

# Fills whose T-SQL is not compared, with the reason (a known limit of the emulation). Keep it short:
# a difference found in a template is a bug to fix, not an entry here.
NOT_COMPARED: dict[tuple[str, str], str] = {}

# Values real CMS free text holds, written into the columns the fills convert (number, date, JSON text).
PROBES = ("", "   ", "+12", "1e1", "1.5", " 7 ", "-3", "007", "1234567890", "12345678901234567",
          "05/04/2025", "13/05/2025", "5/4/2025", "05/13/2025", "29/02/2023", "2025-04-05", "2025-04-05 10:30",
          "2025-04-05T10:30:00", "2025-04-05 10:30:00.1234567+01:00", "2025-04-05T10:30:00Z",
          "2025-04-05 10:30:00 +01:00", "2023-02-31", "20250405", "Apr 5 2025", "1752-12-31",
          "a\x07b\x0cc\x01d\x1fe\tf\ng\rh\"i\\j/k", "x" * 5000, "\x07" * 5000)
# (table, column, group, cleared) of the synthetic sources: every second row of each group gets the next
# probe value, so each kind of answer (scores, dates, ...) meets the probes; a column the fill prefers to
# the probed one (Eclipse's typed date answer) is cleared in those rows.
PROBED = {
    "liquid_logic": [("fact_form_answers", "answer", "answer_no", None),
                     ("fact_cla_placement", "distance_from_home", None, None),
                     *[("dim_person_address", part, None, None) for part in ("room_no", "flat_no", "building", "street", "town")],
                     *[(table, "outcome_comments", None, None) for table in
                       ("fact_contacts", "fact_referrals", "fact_single_assessment", "fact_s47", "fact_cp_conference")]],
    "mosaic": [("dm_health_assessments", "sdq_score", None, None), ("dm_addresses", "address", None, None)],
    "eclipse": [("formanswerpersonview", "answervalue", "controlname", "dateanswervalue"),
                ("addresspersonview", "streetname", None, None), ("addresspersonview", "roomdescription", None, None)],
}


def probe(conn: psycopg.Connection, source: str, cms: str) -> None:
    """Write the probes into the sources: edge values in the converted columns, codes lower-cased and padded.

    A code column is a short text column without spaces holding letters (Y/N, answer numbers, form
    codes); a quarter of its rows get the code lower-cased with a trailing space, a quarter a leading space.
    """
    values = "VALUES " + ", ".join(f"({i}, %s)" for i in range(len(PROBES)))
    for table, column, group, cleared in PROBED[cms]:
        within = f"PARTITION BY {group} " if group else ""
        width = conn.execute("SELECT character_maximum_length FROM information_schema.columns "
                             "WHERE table_schema = %s AND table_name = %s AND column_name = %s",
                             (source, table, column)).fetchone()
        assert width is not None, f"{table}.{column} is not in the synthetic {cms} sources"
        cut = f"LEFT(p.v, {width[0]})" if width[0] else "p.v"
        if cleared:
            cut += f', "{cleared}" = NULL'
        # Rows in the order of the first column (an id), stable across updates: one row gets the same probe in each column.
        first = conn.execute("SELECT column_name FROM information_schema.columns WHERE table_schema = %s "
                             "AND table_name = %s AND ordinal_position = 1", (source, table)).fetchone()
        assert first is not None
        conn.execute(f'''WITH n AS (SELECT ctid AS c, ROW_NUMBER() OVER ({within}ORDER BY "{first[0]}", ctid) AS rn
                                    FROM "{source}"."{table}"),
                              p (i, v) AS ({values})
                         UPDATE "{source}"."{table}" t SET "{column}" = {cut} FROM n JOIN p ON p.i = (n.rn / 2) %% {len(PROBES)}
                         WHERE t.ctid = n.c AND n.rn %% 2 = 0''', PROBES)
    codes = conn.execute(
        "SELECT c.table_name, c.column_name, c.character_maximum_length FROM information_schema.columns c WHERE c.table_schema = %s "
        "AND c.data_type IN ('text', 'character varying', 'character') AND c.column_name NOT LIKE '%%\\_id'",
        (source,)).fetchall()
    for table, column, width in codes:
        shape = conn.execute(f'''SELECT COUNT(*) FILTER (WHERE "{column}" !~ '^[A-Za-z0-9_]{{1,12}}$'),
                                        COUNT(*) FILTER (WHERE "{column}" ~ '[A-Za-z]')
                                 FROM "{source}"."{table}" WHERE "{column}" IS NOT NULL''').fetchone()
        if shape is None or shape[0] or not shape[1]:
            continue
        conn.execute(f'''WITH n AS (SELECT ctid AS c, ROW_NUMBER() OVER (ORDER BY ctid) AS rn FROM "{source}"."{table}")
                         UPDATE "{source}"."{table}" t
                         SET "{column}" = LEFT(CASE WHEN n.rn % 4 = 1 THEN LOWER(t.{column}) || ' ' ELSE ' ' || t.{column} END,
                                               {width or 1000})
                         FROM n WHERE t.ctid = n.c AND n.rn % 4 IN (1, 2)''')


@pytest.fixture(scope="module", params=CMSS)
def rendered(request: pytest.FixtureRequest, pg_server: Any) -> Iterator[dict[str, Any]]:
    """One CMS's synthetic sources with the probes, and the PostgreSQL render's SSD filled from them."""
    cms = request.param
    schema = f"dt_{uuid.uuid4().hex[:10]}"
    params = getattr(importlib.import_module(f"ssd_bridge.synth.{cms}"), "SOURCE_PARAMS", {})
    settings = load_settings(env={}, overrides={
        "cms": cms, "database": {"dialect": "postgres", "url": pg_server.uri, "schema": schema},
        "source": {"location": f"{schema}_src", "params": params}})
    synth(settings, children=CHILDREN, seed=SEED)
    with psycopg.connect(pg_server.uri, autocommit=True) as conn:
        probe(conn, f"{schema}_src", cms)
    result = deploy(settings, part="ssd")
    assert not result.failed_tables
    options = RenderOptions(cms=cms, dialect="tsql", source_location=f"{schema}_src", params=params)
    yield {"cms": cms, "uri": pg_server.uri, "schema": schema, "options": options}
    with psycopg.connect(pg_server.uri, autocommit=True) as conn:
        for name in (schema, f"{schema}_src"):
            conn.execute(f'DROP SCHEMA IF EXISTS "{name}" CASCADE')


@pytest.fixture()
def tsql_side(rendered: dict[str, Any]) -> Iterator[tuple[psycopg.Connection, str]]:
    """A connection with the emulation installed and an empty copy of the SSD tables for the T-SQL render."""
    tag = uuid.uuid4().hex[:10]
    target, emulation = f"dx_{tag}", f"de_{tag}"
    with psycopg.connect(rendered["uri"], autocommit=True) as conn:
        install(conn, emulation)
        conn.execute(f'CREATE SCHEMA "{target}"')
        for (table,) in conn.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = %s",
                                     (rendered["schema"],)).fetchall():
            conn.execute(f'CREATE TABLE "{target}"."{table}" (LIKE "{rendered["schema"]}"."{table}")')
        try:
            yield conn, target
        finally:
            conn.execute(f'DROP SCHEMA "{target}" CASCADE')
            conn.execute(f'DROP SCHEMA "{emulation}" CASCADE')


def differences(conn: psycopg.Connection, expected: str, actual: str, tables: list[str]) -> dict[str, str]:
    """Each table whose rows differ between two schemas (as multisets), with a few rows only one side has."""
    found = {}
    for table in tables:
        want = Counter(conn.execute(f'SELECT * FROM "{expected}"."{table}"').fetchall())
        got = Counter(conn.execute(f'SELECT * FROM "{actual}"."{table}"').fetchall())
        if want != got:
            only_pg, only_tsql = list((want - got).elements()), list((got - want).elements())
            found[table] = (f"{sum(want.values())} rows from PostgreSQL, {sum(got.values())} from T-SQL; "
                            f"{len(only_pg)} only in PostgreSQL e.g. {only_pg[:2]}, "
                            f"{len(only_tsql)} only in T-SQL e.g. {only_tsql[:2]}")
    return found


def invalid_json(conn: psycopg.Connection, schema: str) -> dict[str, int]:
    """Per SSD column of JSON text (``*_json``), how many rows do not parse as JSON."""
    columns = conn.execute("SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = %s "
                           "AND column_name LIKE '%%\\_json' ESCAPE '\\' AND table_name NOT LIKE 'ssd\\_api%%' ESCAPE '\\'",
                           (schema,)).fetchall()
    found = {}
    for table, column in columns:
        bad = sum(1 for (text,) in conn.execute(f'SELECT "{column}" FROM "{schema}"."{table}" WHERE "{column}" IS NOT NULL')
                  if not parses(text))
        if bad:
            found[f"{table}.{column}"] = bad
    return found


def parses(text: str) -> bool:
    try:
        json.loads(text)
    except ValueError:
        return False
    return True


def test_every_tsql_fill_gives_the_rows_of_the_postgres_fill(rendered, tsql_side):
    """Run under DATEFORMAT mdy, and again under dmy when a fill read text as a date without a style."""
    conn, target = tsql_side
    cms = rendered["cms"]
    skip = {t: why for (c, t), why in NOT_COMPARED.items() if c == cms}
    options = replace(rendered["options"], schema=target)
    fills = render_fill_statements(options)
    for dateformat in ("mdy", "dmy"):
        filled = run_tsql_fills(conn, options, dateformat, skip, statements=fills)
        assert len(filled) + len(skip) == len(fills)
        assert differences(conn, rendered["schema"], target, filled) == {}, f"DATEFORMAT {dateformat}"
        if not read_dateformat(conn):
            break  # no fill depends on DATEFORMAT: dmy gives the same rows by construction
    # JSON built in SQL is valid in every row (the same in both renders, so checked once).
    assert invalid_json(conn, target) == {}
    # The probes reached the fills: the SDQ scores converted from them are there.
    count = conn.execute(f'SELECT COUNT(*) FROM "{target}".ssd_sdq_scores').fetchone()
    assert count is not None and count[0] > 0


# Per CMS, a macro replaced by a different T-SQL meaning, a table it changes and the tables to run:
# SQL Server's own TRY_CAST for the text-to-integer or text-to-date conversions, STRING_ESCAPE left out.
ALTERED = {
    "liquid_logic": ("tsql__try_cast_datetime", lambda expr: f"TRY_CAST({expr} AS DATETIME)", "ssd_cin_assessments"),
    "mosaic": ("tsql__try_cast_int", lambda expr: f"TRY_CAST({expr} AS INT)", "ssd_sdq_scores"),
    "eclipse": ("tsql__json_string", lambda expr: f"CONCAT(N'\"', {expr}, N'\"')", "ssd_address"),
}


def test_the_comparison_reports_a_fill_that_means_something_else(rendered, tsql_side, monkeypatch):
    """One conversion macro rendered with a different meaning: the comparison names the table it changes."""
    conn, target = tsql_side
    macro, altered, table = ALTERED[rendered["cms"]]
    real = render_module.environment

    def altered_environment(*args: Any, **kwargs: Any) -> Any:
        env = real(*args, **kwargs)
        env.globals["dispatch"].macros[macro] = altered
        return env

    options = replace(rendered["options"], schema=target)
    usual = render_fill_statements(options)
    monkeypatch.setattr(render_module, "environment", altered_environment)
    fills = render_fill_statements(options)
    assert fills[table] != usual[table] and fills["ssd_person"] == usual["ssd_person"]
    wanted = ("ssd_person", table)
    run_tsql_fills(conn, options, "dmy", statements={t: fills[t] for t in wanted})
    found = differences(conn, rendered["schema"], target, list(wanted))
    assert list(found) == [table]
    # The same fills unaltered agree (the difference is the macro's, not the harness's).
    run_tsql_fills(conn, options, "dmy", statements={t: usual[t] for t in wanted})
    assert differences(conn, rendered["schema"], target, list(wanted)) == {}


# The SQL Server rules the emulation stands for (T-SQL expression of v, v, DATEFORMAT, expected result).
RULES = [
    ("TRY_CAST(v AS INT)", "", "mdy", 0),
    ("TRY_CAST(v AS INT)", " +12 ", "mdy", 12),
    ("TRY_CAST(v AS INT)", "1e1", "mdy", None),
    ("TRY_CAST(v AS INT)", "1234567890", "mdy", 1234567890),
    ("TRY_CAST(v AS INT)", "2147483648", "mdy", None),
    ("TRY_CAST(v AS FLOAT)", "", "mdy", 0.0),
    ("TRY_CAST(v AS FLOAT)", "1e1", "mdy", 10.0),
    ("TRY_CAST(v AS DATETIME)", "", "mdy", datetime(1900, 1, 1)),
    ("TRY_CAST(v AS DATETIME)", "2025-04-05", "mdy", datetime(2025, 4, 5)),
    ("TRY_CAST(v AS DATETIME)", "2025-04-05", "dmy", datetime(2025, 5, 4)),
    ("TRY_CAST(v AS DATETIME)", "2025-04-05T10:30:00", "dmy", datetime(2025, 4, 5, 10, 30)),
    ("TRY_CAST(v AS DATETIME)", "13/05/2025", "mdy", None),
    ("TRY_CAST(v AS DATETIME)", "13/05/2025", "dmy", datetime(2025, 5, 13)),
    ("TRY_CONVERT(DATETIME, v, 120)", "2025-04-05 10:30:00", "dmy", datetime(2025, 4, 5, 10, 30)),
    ("TRY_CONVERT(DATETIME, v, 120)", "2025-04-05", "mdy", None),
    ("TRY_CONVERT(DATETIME, v, 103)", "5/4/2025", "mdy", datetime(2025, 4, 5)),
    ("TRY_CONVERT(DATETIME, v, 103)", "29/02/2023", "mdy", None),
    ("LEN(v)", "ab  ", "mdy", 2),
    ("DATALENGTH(v)", "ab", "mdy", 4),
    ("CASE WHEN v LIKE N'%[^0-9]%' THEN 1 ELSE 0 END", "12a", "mdy", 1),
    ("CASE WHEN v NOT LIKE N'[0-9][0-9]' THEN 1 ELSE 0 END", "12", "mdy", 0),
    ("STUFF(v, 1, 1, N'')", "-12", "mdy", "12"),
    ("STUFF(v, 5, 1, N'x')", "abc", "mdy", None),
    ("STRING_ESCAPE(v, 'json')", "a/b\"c\\\x07\n", "mdy", 'a\\/b\\"c\\\\\\u0007\\n'),
    ("v + N'x'", "a", "mdy", "ax"),
    ("DATEDIFF(YEAR, N'2024-12-31', v)", "2025-01-01", "mdy", 1),
    ("DATEADD(MONTH, 1, CAST(v AS DATE))", "2025-01-31", "mdy", date(2025, 2, 28)),
    ("CONVERT(NVARCHAR(MAX), CAST(v AS DATE), 121)", "2025-01-31", "mdy", "2025-01-31"),
]


@pytest.fixture(scope="module")
def emulation(pg_server: Any) -> Iterator[psycopg.Connection]:
    """A connection with the emulation installed in a schema of its own."""
    schema = f"de_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(pg_server.uri, autocommit=True) as conn:
        install(conn, schema)
        yield conn
        conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


@pytest.mark.parametrize(("expression", "value", "dateformat", "expected"), RULES)
def test_the_emulation_follows_sql_server(emulation, expression, value, dateformat, expected):
    emulation.execute(f"SET tsql.dateformat = '{dateformat}'")
    got = emulation.execute(f"SELECT {translate_expression(expression)} FROM (SELECT CAST(%s AS TEXT) AS v) t",
                            (value,)).fetchone()
    assert got is not None and got[0] == expected
