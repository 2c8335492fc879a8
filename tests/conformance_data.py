"""Loader for the hand-made conformance datasets in tests/conformance/<cms>.yaml (#17).

A dataset holds three things, all written by hand:

- ``params``: the ``source.params`` the LA would configure;
- ``source``: rows for the CMS source tables, by column name (a missing column is NULL);
- ``forms`` (Eclipse): form instances with their answers, written compactly (see ``_form_rows``);
- ``expect``: per SSD table, the compared ``columns`` and the exact set of ``rows`` the mapping reference
  says the table must hold (the whole table, so a row that should be left out is checked too), and
  ``pending`` while a known difference from the reference waits for its fix (a strict expected failure).

Dates relative to the run day are written ``@today``, ``@today-30d``, ``@window``, ``@window-1d`` or
``@today+2y``: ``@window`` is the first day of the SSD history window (``history_years`` before today).
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any

import psycopg
import yaml

HERE = Path(__file__).resolve().parent / "conformance"
HISTORY_YEARS = 6
_TOKEN = re.compile(r"^@(today|window)((?:[+-]\d+[dy])*)$")
_STEP = re.compile(r"([+-])(\d+)([dy])")


def years_before(day: date, years: int) -> date:
    """``day`` less ``years`` calendar years (29 February becomes the 28th, as in PostgreSQL)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def resolve(value: Any, today: date) -> Any:
    """A dataset value with its ``@today``/``@window`` date tokens turned into dates."""
    if isinstance(value, list):
        return [resolve(v, today) for v in value]
    if not isinstance(value, str):
        return value
    match = _TOKEN.match(value)
    if not match:
        return value
    day = today if match.group(1) == "today" else years_before(today, HISTORY_YEARS)
    for sign, amount, unit in _STEP.findall(match.group(2)):
        n = int(amount) * (1 if sign == "+" else -1)
        day = day + timedelta(days=n) if unit == "d" else years_before(day, -n)
    return day


@dataclass(frozen=True)
class Expectation:
    """The hand-written content of one SSD table: compared columns and the exact set of rows."""

    table: str
    columns: list[str]
    rows: set[tuple[Any, ...]]
    pending: str | None = None


@dataclass(frozen=True)
class Dataset:
    """One CMS's conformance dataset, dates resolved for ``today``."""

    cms: str
    params: dict[str, Any]
    source: dict[str, list[dict[str, Any]]]
    expect: dict[str, Expectation]


@cache
def _read(cms: str) -> Any:
    """tests/conformance/<cms>.yaml as read once per process (libyaml's loader where PyYAML has it:
    the pure-Python one took seconds over a test session)."""
    return yaml.load((HERE / f"{cms}.yaml").read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def load_dataset(cms: str, today: date | None = None) -> Dataset:
    """Read tests/conformance/<cms>.yaml and resolve its dates."""
    today = today or date.today()
    raw = copy.deepcopy(_read(cms))  # a test may change what it is given; the file's reading is shared
    source = {table: [{col: resolve(v, today) for col, v in row.items()} for row in rows or []]
              for table, rows in raw["source"].items()}
    if raw.get("forms"):
        source.setdefault("FORMANSWERPERSONVIEW", []).extend(_form_rows(raw["forms"], today))
    expect = {}
    for table, spec in raw["expect"].items():
        columns = spec["columns"]
        rows = set()
        for row in spec["rows"] or []:
            assert len(row) == len(columns), f"{cms} {table}: {row} has {len(row)} values for {len(columns)} columns"
            rows.add(tuple(resolve(v, today) for v in row))
        expect[table] = Expectation(table, columns, rows, spec.get("pending"))
    return Dataset(cms, raw.get("params") or {}, source, expect)


def _form_rows(forms: list[dict[str, Any]], today: date) -> list[dict[str, Any]]:
    """Eclipse form instances written compactly, as FORMANSWERPERSONVIEW rows (one per answer).

    A form: ``{instance, person, design, state, completed, submitter, subname, answers: {control: value}}``;
    a date answer goes to DATEANSWERVALUE, any other to ANSWERVALUE and SHORTANSWERVALUE.
    """
    rows = []
    for form in forms:
        for control, value in form["answers"].items():
            value = resolve(value, today)
            is_date = isinstance(value, date)
            rows.append({
                "INSTANCEID": form["instance"], "ANSWERFORSUBJECTID": form["person"],
                "SUBMITTERPERSONID": form.get("submitter"), "DESIGNGUID": form["design"],
                "DESIGNSUBNAME": form.get("subname"), "INSTANCESTATE": form.get("state", "COMPLETE"),
                "CONTROLNAME": control, "ANSWERVALUE": None if is_date else value,
                "SHORTANSWERVALUE": None if is_date else value, "DATEANSWERVALUE": value if is_date else None,
                "DATECOMPLETED": resolve(form.get("completed"), today)})
    return rows


def insert_source(uri: str, schema: str, tables: dict[str, list[tuple[str, str]]],
                  source: dict[str, list[dict[str, Any]]]) -> None:
    """Insert the dataset's rows into the (empty) source tables of ``schema``."""
    with psycopg.connect(uri) as conn:
        for table, rows in source.items():
            assert table in tables, f"{table} is not a source table of this CMS"
            names = [c for c, _ in tables[table]]
            for row in rows:
                unknown = set(row) - set(names)
                assert not unknown, f"{table}: unknown columns {sorted(unknown)}"
                cols = ", ".join(f'"{c.lower()}"' for c in row)
                marks = ", ".join(["%s"] * len(row))
                conn.execute(f'INSERT INTO "{schema}"."{table.lower()}" ({cols}) VALUES ({marks})', list(row.values()))


def plain(value: Any) -> Any:
    """A fetched SSD value in the form the expectations use: dates, trimmed text, floats for decimals."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, str):
        return value.rstrip()
    if value is not None and type(value).__name__ == "Decimal":
        return float(value)
    return value


def fetch(uri: str, schema: str, table: str, columns: list[str]) -> set[tuple[Any, ...]]:
    """The compared columns of every row of an SSD table."""
    cols = ", ".join(columns)
    with psycopg.connect(uri) as conn:
        rows = conn.execute(f'SELECT {cols} FROM "{schema}"."{table}"').fetchall()
    return {tuple(plain(v) for v in row) for row in rows}
