"""Compare tables already in the bridge's schema with the shipped model (ssd_bridge.model)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from ssd_bridge.compat.checks import Check, failed, passed, warned
from ssd_bridge.db import Database
from ssd_bridge.model import Table

# The type family of each logical model type; dialects map server types to the same families.
LOGICAL_FAMILIES = {"nvarchar": "text", "nchar": "text", "ntext": "text", "datetime": "datetime",
                    "int": "int", "bigint": "int", "float": "number", "bit": "bit", "binary32": "binary"}


def compare_tables(db: Database, name: str, title: str, model: Sequence[Table], rows: Sequence[tuple],
                   has: Callable[..., bool | None]) -> Check:
    """One check over the model tables that already exist: types, lengths, extra NOT NULL columns, rights.

    ``rows`` are (table, column, data_type, character length, is_nullable, default) of the schema.
    """
    existing: dict[str, dict[str, tuple[Any, ...]]] = {}
    for row in rows:
        existing.setdefault(str(row[0]).lower(), {})[str(row[1]).lower()] = row
    present = [t for t in model if t.name.lower() in existing]
    if not present:
        return passed(name, title, f"none of the {len(model)} tables exist in schema {db.schema} yet; "
                      "the deployment creates them.")
    fails: list[str] = []
    warns: list[str] = []
    added = 0
    for table in present:
        columns = existing[table.name.lower()]
        model_names = {c.name.lower() for c in table.columns}
        for column in table.columns:
            if column.name.lower() not in columns:
                added += 1
                continue
            _compare_column(db, table, column, columns[column.name.lower()], fails, warns)
        for extra, row in sorted(columns.items()):
            if extra not in model_names and str(row[4]).upper() == "NO" and row[5] is None:
                fails.append(f"{table.name}.{extra} is NOT NULL without a default, and ssd-bridge does not fill it.")
        if has(db, "write", schema=db.schema, table=table.name) is False:
            fails.append(f"{table.name}: the user may not INSERT, UPDATE and DELETE here.")
        if has(db, "alter", schema=db.schema, table=table.name) is False:
            fails.append(f"{table.name}: the user may not ALTER it (PostgreSQL: does not own it), so a deployment "
                         "cannot add columns.")
    found = f"{len(present)} of {len(model)} tables exist in schema {db.schema}"
    found += f"; the deployment will add {added} missing columns" if added else "; every column is present"
    if fails:
        return failed(name, title, found + f", but {len(fails)} problems would stop it.",
                      "Fix the listed columns or rights (the grants script from 'ssd-bridge render --part grants' "
                      "covers rights); ssd-bridge never drops or retypes a column itself.",
                      details=fails + warns, known_failure="C02")
    if warns:
        return warned(name, title, found + f"; {len(warns)} columns are narrower than ours.",
                      "Widen them (ALTER ... ALTER COLUMN) before the first run, or longer values will fail.",
                      details=warns, known_failure="S18")
    return passed(name, title, found + "; they are compatible.")


def _compare_column(db: Database, table: Table, column: Any, row: tuple[Any, ...], fails: list[str],
                    warns: list[str]) -> None:
    data_type = str(row[2]).lower()
    family = db.dialect.type_families.get(data_type)
    wanted = LOGICAL_FAMILIES[column.type]
    where = f"{table.name}.{column.name}"
    ours = db.dialect.sql_type(column.type, column.length)
    if family is None:
        warns.append(f"{where} has type {data_type}, which ssd-bridge does not know (ours: {ours}).")
    elif family != wanted:
        fails.append(f"{where} is {data_type}, ours is {ours}.")
    elif wanted == "text" and column.length and row[3] not in (None, -1) and int(row[3]) < column.length:
        warns.append(f"{where} holds at most {row[3]} characters, ours {column.length}.")
