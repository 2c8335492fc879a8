"""The T-SQL render means what the PostgreSQL render means: a differential test (#16).

No SQL Server is reachable from CI, so every T-SQL fill statement of Liquid Logic and Mosaic is
translated to PostgreSQL (sqlglot plus the small emulation of SQL Server's functions in
``tsql_emulation.sql``/``tsql_emulation.py``) and run on the same synthetic sources, with edge values
written into the columns the fills convert, as the PostgreSQL render. Every SSD table the CMS fills
must come out with the same rows, under DATEFORMAT mdy and dmy. What this proves and what it cannot:
docs/sql-conversions.md, "The differential test".
"""

from __future__ import annotations

import importlib
import uuid
from collections import Counter
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest

import ssd_bridge.sql.render as render_module
from ssd_bridge.config import load_settings
from ssd_bridge.sql.deploy import deploy
from ssd_bridge.sql.render import RenderOptions, render_fill_statements
from ssd_bridge.synth import synth
from tests.tsql_emulation import install, run_tsql_fills

pytestmark = pytest.mark.postgres
CHILDREN, SEED = 150, 11
CMSS = ("liquid_logic", "mosaic")

# Fills whose T-SQL is not compared, with the reason (a known limit of the emulation). Keep it short:
# a difference found in a template is a bug to fix, not an entry here.
NOT_COMPARED: dict[tuple[str, str], str] = {}

# Values real CMS free text holds, written into the columns the fills convert (number, date, JSON text).
PROBES = ("", "   ", "+12", "1e1", "1.5", " 7 ", "-3", "007", "1234567890", "12345678901234567",
          "05/04/2025", "13/05/2025", "5/4/2025", "05/13/2025", "29/02/2023", "2025-04-05", "2025-04-05 10:30",
          "2025-04-05T10:30:00", "2025-04-05 10:30:00.1234567+01:00", "2025-04-05T10:30:00Z",
          "2025-04-05 10:30:00 +01:00", "2023-02-31", "20250405", "Apr 5 2025", "1752-12-31",
          "a\x07b\x0cc\x01d\x1fe\tf\ng\rh\"i\\j/k", "x" * 5000)
# (table, column, group) of the synthetic sources: every second row of each group gets the next probe
# value, so each kind of answer (scores, dates, ...) meets the probes.
PROBED = {
    "liquid_logic": [("fact_form_answers", "answer", "answer_no"), ("fact_cla_placement", "distance_from_home", None)],
    "mosaic": [("dm_health_assessments", "sdq_score", None), ("dm_addresses", "address", None)],
}


def probe(conn: psycopg.Connection, source: str, cms: str) -> None:
    """Write the probes into the sources: edge values in the converted columns, codes lower-cased and padded.

    A code column is a short text column without spaces holding letters (Y/N, answer numbers, form
    codes); a quarter of its rows get the code lower-cased with a trailing space, a quarter a leading space.
    """
    values = "VALUES " + ", ".join(f"({i}, %s)" for i in range(len(PROBES)))
    for table, column, group in PROBED[cms]:
        within = f"PARTITION BY {group} " if group else ""
        width = conn.execute("SELECT character_maximum_length FROM information_schema.columns "
                             "WHERE table_schema = %s AND table_name = %s AND column_name = %s",
                             (source, table, column)).fetchone()
        assert width is not None, f"{table}.{column} is not in the synthetic {cms} sources"
        cut = f"LEFT(p.v, {width[0]})" if width[0] else "p.v"
        conn.execute(f'''WITH n AS (SELECT ctid AS c, ROW_NUMBER() OVER ({within}ORDER BY ctid) AS rn
                                    FROM "{source}"."{table}"),
                              p (i, v) AS ({values})
                         UPDATE "{source}"."{table}" t SET "{column}" = {cut} FROM n JOIN p ON p.i = (n.rn / 2) %% {len(PROBES)}
                         WHERE t.ctid = n.c AND n.rn %% 2 = 0''', PROBES)
    codes = conn.execute(
        "SELECT c.table_name, c.column_name, c.character_maximum_length FROM information_schema.columns c WHERE c.table_schema = %s "
        "AND c.data_type IN ('text', 'character varying', 'character') AND c.column_name NOT LIKE '%%\\_id'",
        (source,)).fetchall()
    for table, column, width in codes:
        fit = (lambda text: f"LEFT({text}, {width})") if width else (lambda text: text)
        shape = conn.execute(f'''SELECT COUNT(*) FILTER (WHERE "{column}" !~ '^[A-Za-z0-9_]{{1,12}}$'),
                                        COUNT(*) FILTER (WHERE "{column}" ~ '[A-Za-z]')
                                 FROM "{source}"."{table}" WHERE "{column}" IS NOT NULL''').fetchone()
        if shape is None or shape[0] or not shape[1]:
            continue
        conn.execute(f'''WITH n AS (SELECT ctid AS c, ROW_NUMBER() OVER (ORDER BY ctid) AS rn FROM "{source}"."{table}")
                         UPDATE "{source}"."{table}" t
                         SET "{column}" = {fit(f"CASE WHEN n.rn % 4 = 1 THEN LOWER(t.{column}) || ' ' ELSE ' ' || t.{column} END")}
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


@pytest.mark.parametrize("dateformat", ["mdy", "dmy"])
def test_every_tsql_fill_gives_the_rows_of_the_postgres_fill(rendered, tsql_side, dateformat):
    conn, target = tsql_side
    cms = rendered["cms"]
    skip = {t: why for (c, t), why in NOT_COMPARED.items() if c == cms}
    filled = run_tsql_fills(conn, RenderOptions(**{**vars(rendered["options"]), "schema": target}), dateformat, skip)
    assert len(filled) + len(skip) == len(render_fill_statements(rendered["options"]))
    assert differences(conn, rendered["schema"], target, filled) == {}
    # The probes reached the fills: tables that convert them are not empty.
    count = conn.execute(f'SELECT COUNT(*) FROM "{target}".ssd_sdq_scores').fetchone()
    assert count is not None and count[0] > 0


def test_the_comparison_reports_a_fill_that_means_something_else(rendered, tsql_side, monkeypatch):
    """SQL Server's own TRY_CAST (a blank answer is 0, '+12' is 12) in place of try_cast_int: the SDQ scores differ."""
    conn, target = tsql_side
    real = render_module.environment

    def plain_try_cast(*args: Any, **kwargs: Any) -> Any:
        env = real(*args, **kwargs)
        env.globals["dispatch"].macros["tsql__try_cast_int"] = lambda expr: f"TRY_CAST({expr} AS INT)"
        return env

    monkeypatch.setattr(render_module, "environment", plain_try_cast)
    options = RenderOptions(**{**vars(rendered["options"]), "schema": target})
    fills = render_fill_statements(options)
    assert "TRY_CAST(h.SDQ_SCORE AS INT)" in fills["ssd_sdq_scores"] or "TRY_CAST(r.ANSWER AS INT)" in fills["ssd_sdq_scores"]
    wanted = ("ssd_person", "ssd_sdq_scores")
    run_tsql_fills(conn, options, "mdy", statements={t: fills[t] for t in wanted})
    found = differences(conn, rendered["schema"], target, list(wanted))
    assert list(found) == ["ssd_sdq_scores"]
    # A blank answer reads as 0: a score the PostgreSQL render does not give for that form.
    scores = conn.execute(f'SELECT s.csdq_sdq_score FROM "{target}".ssd_sdq_scores s WHERE NOT EXISTS (SELECT 1 FROM '
                          f'"{rendered["schema"]}".ssd_sdq_scores p WHERE p.csdq_table_id = s.csdq_table_id '
                          f'AND p.csdq_sdq_score IS NOT DISTINCT FROM s.csdq_sdq_score)').fetchall()
    assert 0 in {score for (score,) in scores}
