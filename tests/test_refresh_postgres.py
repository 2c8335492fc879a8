"""The PostgreSQL refill (sql_templates/macros/postgres/refresh.sql) on a real server: one statement loads
the table, cuts over-long text, counts cuts and unreadable values, and a failure keeps the previous rows."""

from __future__ import annotations

import re
from typing import Any

import psycopg
import pytest

from ssd_bridge.dialects import get_dialect
from ssd_bridge.errors import TemplateError
from ssd_bridge.model import CUT_MARK, get_table
from ssd_bridge.sql.render import RenderOptions, prepare_environment

TABLE = get_table("ssd_cin_visits")
# A fill that lists only some columns (the others load as NULL) and flags one unreadable value.
FILL = """{% call refresh(schema, table, unreadable=["cinv_cin_visit_date"]) %}
WITH raw (id, person, seen, said) AS (
    SELECT * FROM (VALUES ('v1', 'p1', 'Y', '2024-01-05'), ('v2', 'p2', 'Yes', 'not a date'),
                          ('v3', 'p2', 'N', NULL), ('v4', REPEAT('x', 60), 'N', '2024-02-01')) AS r (a, b, c, d)
)
{{ insert_into(schema, table, ["cinv_cin_visit_id", "cinv_person_id", "cinv_cin_visit_date", "cinv_cin_visit_seen"],
               unreadable=["cinv_cin_visit_date"]) }}
SELECT id, person, CASE WHEN said ~ '^\\d{4}-' THEN CAST(said AS DATE) END, seen,
       CASE WHEN said IS NOT NULL AND said !~ '^\\d{4}-' THEN 1 END
FROM raw
{% endcall %}"""


def render_snippet(text: str, **values: Any) -> str:
    """``text`` rendered as a PostgreSQL fill template would be."""
    env, context = prepare_environment(RenderOptions(cms="mosaic", dialect="postgres", part="ssd"), get_dialect("postgres"))
    return env.from_string(text).render({**context, **values})


def _refill(conn: psycopg.Connection, schema: str, fill: str) -> list[str]:
    notices: list[str] = []
    conn.add_notice_handler(lambda n: notices.append(n.message_primary or ""))
    conn.execute(render_snippet(fill, schema=schema, table=TABLE))  # type: ignore[arg-type]
    return notices


@pytest.mark.postgres
def test_one_statement_replaces_the_rows_cuts_and_counts(pg_server, pg_schema) -> None:  # type: ignore[no-untyped-def]
    with psycopg.connect(pg_server.uri, autocommit=True) as conn:
        conn.execute(render_snippet("{{ create_schema(schema) }}", schema=pg_schema))
        conn.execute(render_snippet("{{ create_table(schema, table) }}", schema=pg_schema, table=TABLE))
        conn.execute(f'INSERT INTO "{pg_schema}".ssd_cin_visits (cinv_cin_visit_id, cinv_cin_visit_bedroom) '
                     "VALUES ('old', 'Y')")
        notices = _refill(conn, pg_schema, FILL)
        rows = conn.execute(f'SELECT * FROM "{pg_schema}".ssd_cin_visits ORDER BY 1').fetchall()
    assert [r[0] for r in rows] == ["v1", "v2", "v3", "v4"]  # the old row is gone
    assert (rows[0][1], rows[0][2].isoformat(), rows[0][3], rows[0][5]) == ("p1", "2024-01-05T00:00:00", "Y", None)
    assert rows[1][2] is None and rows[1][3] == CUT_MARK  # unreadable date NULL, "Yes" cut to one character
    assert rows[3][1] == "x" * 47 + CUT_MARK
    assert "ssd_cin_visits: 4 rows loaded" in notices
    assert "ssd-bridge cut: ssd_cin_visits: cinv_person_id=1 cinv_cin_visit_seen=1" in notices
    assert "ssd-bridge unreadable: ssd_cin_visits: cinv_cin_visit_date=1" in notices


@pytest.mark.postgres
def test_a_refill_that_fails_part_way_keeps_the_previous_rows(pg_server, pg_schema) -> None:  # type: ignore[no-untyped-def]
    failing = FILL.replace("CASE WHEN said ~", "CASE WHEN 1 / (CASE WHEN id = 'v3' THEN 0 ELSE 1 END) = 1 AND said ~")
    with psycopg.connect(pg_server.uri, autocommit=True) as conn:
        conn.execute(render_snippet("{{ create_schema(schema) }}", schema=pg_schema))
        conn.execute(render_snippet("{{ create_table(schema, table) }}", schema=pg_schema, table=TABLE))
        _refill(conn, pg_schema, FILL)
        with pytest.raises(psycopg.errors.DivisionByZero):
            _refill(conn, pg_schema, failing)
        kept = conn.execute(f'SELECT cinv_cin_visit_id FROM "{pg_schema}".ssd_cin_visits ORDER BY 1').fetchall()
    assert [r[0] for r in kept] == ["v1", "v2", "v3", "v4"]


def test_a_fill_without_one_insert_into_is_refused() -> None:
    with pytest.raises(TemplateError, match=re.escape("ssd_cin_visits must be [WITH ...] and one insert_into()")):
        render_snippet("{% call refresh(schema, table) %}SELECT 1{% endcall %}", schema="ssd", table=TABLE)
