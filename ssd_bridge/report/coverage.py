"""SSD coverage: each SSD table's rows, and how empty the columns the DfE record reads are.

One aggregate SELECT per table (COUNT and SUM over the table: nothing per child is read).
What the configured CMS cannot fill comes from its fill templates: a table it has no fill for,
and the columns its fill always leaves NULL (the CMS does not hold them). A column empty in
every row of a filled table is marked "never filled" too (the LA may not record it).
"""

from __future__ import annotations

import logging
from typing import Any

from ssd_bridge.db import Database
from ssd_bridge.errors import TemplateError
from ssd_bridge.model import get_table, load_tables
from ssd_bridge.record.ssd_read import PERSON_COLUMNS, SOURCES
from ssd_bridge.sql.render import RenderOptions
from ssd_bridge.sql.sources import unfilled_columns

log = logging.getLogger(__name__)

_TEXT_TYPES = ("nvarchar", "nchar")


def columns_read() -> dict[str, list[str]]:
    """SSD table -> the columns the extract reads to build the DfE record, in model order."""
    used: dict[str, set[str]] = {"ssd_person": set(PERSON_COLUMNS)}
    for source in SOURCES:
        used.setdefault(source.table, set()).update(source.columns)
        if source.join is not None and source.join_columns:
            used.setdefault(source.join[0], set()).update(source.join_columns)
    return {table: [c for c in get_table(table).column_names if c in names] for table, names in used.items()}


def coverage_sql(db: Database, name: str, columns: list[str]) -> str:
    """COUNT(*) of table ``name`` and, per column, how many rows leave it empty (NULL or blank text)."""
    q, table = db.dialect.quote_ident, get_table(name)
    tests = []
    for column in columns:
        empty = f"{q(column)} IS NULL"
        if table.column(column).type in _TEXT_TYPES:
            empty += f" OR LTRIM(RTRIM({q(column)})) = ''"
        tests.append(f"SUM(CASE WHEN {empty} THEN 1 ELSE 0 END)")
    return f"SELECT {', '.join(['COUNT(*)', *tests])} FROM {db.table(name)}"


def coverage(db: Database, options: RenderOptions) -> list[dict[str, Any]]:
    """One row per SSD table: rows, whether the CMS fills it, and the empty share of each column read."""
    read = columns_read()
    try:
        unfilled = unfilled_columns(options)
    except TemplateError as e:  # the section still shows the counts
        log.warning("could not tell which SSD columns %s leaves empty: %s", options.cms, e.message)
        unfilled = {}
    rows = []
    for table in load_tables("ssd"):
        columns = read.get(table.name, [])
        result = db.query_all(coverage_sql(db, table.name, columns))[0]
        count = int(result[0] or 0)
        empties = [{"column": name, "empty": int(n or 0),
                    "share": round(int(n or 0) / count, 4) if count else None,
                    "never_filled": bool(count) and int(n or 0) == count,
                    "cms_fills": name not in unfilled.get(table.name, ())}
                   for name, n in zip(columns, result[1:], strict=True)]
        rows.append({"table": table.name, "rows": count, "cms_fills": table.is_filled_by(options.cms),
                     "columns": empties})
    return rows
