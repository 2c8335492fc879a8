"""Per-child fingerprints of the SSD rows a record is built from, computed in the database.

A night on which a child's SSD rows have not changed need not rebuild the child's record. The
database hashes every row the extract would read for the child (ssd_person and each of
``ssd_read.SOURCES``, joined columns included, each row tagged with its source; the hash is the
dialect's: chained 64-bit type hashes on PostgreSQL, SHA-256 on SQL Server) and sums the row
hashes per person, with the row count: an order-free digest of the child's rows that only a few
integers per child bring back to Python.

What decides "unchanged" is that digest together with everything else the record and its
tracking row depend on (:func:`run_context`): the yearly part of the reporting window (its start
and census dates), the payload mode, the cohort-exit setting, the worker roles, the validation
rules version and a digest of the mapping code itself (the ``record`` package's files). The
combined 32-byte value is stored in ``source_fingerprint`` beside the tracking row.

The run date moves every night, but a record sees it only by comparing it (and the day after it,
the window's end) with the child's own dates and 16th birthday. Each such date falls in one of
four classes: before the run date, on it, the day after, or later. The database counts the
child's dates in the last three classes (:func:`date_classes`); dates only ever move down a class
as nights pass, so equal counts on two nights mean every date kept its class and every comparison
gives the same answer. A child whose dates are all in the past is therefore skipped night after
night until a row changes; one with a future-dated row is rebuilt until that date has passed.
A new use of the run date in ``record`` (anything but such a comparison) must extend this.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

from ssd_bridge.db import Database
from ssd_bridge.model import get_table
from ssd_bridge.record.cohort import Window, birthday
from ssd_bridge.record.ssd_read import PERSON_COLUMNS, SOURCES, Source
from ssd_bridge.record.validate import rules_version
from ssd_bridge.record.values import day


@cache
def mapping_version() -> str:
    """A digest of the code and data that turn SSD rows into a record (the ``record`` package)."""
    folder = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(folder.iterdir()):
        if path.suffix in (".py", ".json") and path.is_file():
            digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def run_context(window: Window, mode: str, on_cohort_exit: str, roles: Iterable[str] | None) -> bytes:
    """Everything besides the SSD rows that a child's record and tracking row depend on."""
    yearly = {"start": window.start.isoformat(), "census_dates": [d.isoformat() for d in window.census_dates]}
    facts: dict[str, Any] = {
        "window": yearly, "mode": mode, "on_cohort_exit": on_cohort_exit,
        "roles": sorted(roles) if roles is not None else None,
        "rules": rules_version(), "mapping": mapping_version(),
    }
    return hashlib.sha256(json.dumps(facts, sort_keys=True).encode()).digest()


# A date's class packed into one integer, so one SUM counts all three (a child has far fewer
# than 2**20 dates): on the run date 1, the day after 2**20, later 2**40.
ON_RUN_DATE, DAY_AFTER, LATER = 1, 1 << 20, 1 << 40


def fingerprint_sql(db: Database) -> str:
    """One SELECT per chunk: (person id, row count, the hash sums, the date classes, the date of
    birth) for every person with rows in the id range. Parameters: the run date, the day after
    and the day after that (:func:`class_bounds`), then low and high per branch."""
    person = Source("person", "ssd_person", "pers_person_id", PERSON_COLUMNS[1:])
    branches = [_branch(db, source) for source in (person, *SOURCES)]
    parts = ", ".join(f"SUM(h{i})" for i in range(len(db.dialect.hash_parts_sql("d"))))
    bounds = "SELECT CAST(? AS DATE) AS a0, CAST(? AS DATE) AS a1, CAST(? AS DATE) AS a2"
    return (f"WITH k AS ({bounds}) SELECT p, COUNT(*), {parts}, SUM(c), MAX(b) "
            f"FROM ({' UNION ALL '.join(branches)}) r GROUP BY p")


def class_bounds(as_of: dt.date) -> tuple[dt.date, dt.date, dt.date]:
    """The run date and the two days after it: the bounds of :func:`fingerprint_sql`'s classes."""
    return as_of, as_of + dt.timedelta(days=1), as_of + dt.timedelta(days=2)


def date_classes(day: dt.date | None, as_of: dt.date) -> int:
    """One date's class as :func:`fingerprint_sql` counts it in the database."""
    if day is None or day < as_of:
        return 0
    return {0: ON_RUN_DATE, 1: DAY_AFTER}.get((day - as_of).days, LATER)


def branch_count() -> int:
    """How many UNION ALL branches :func:`fingerprint_sql` has (each binds low and high)."""
    return 1 + len(SOURCES)


def _branch(db: Database, source: Source) -> str:
    q = db.dialect.quote_ident
    table = get_table(source.table)
    joined = get_table(source.join[0]) if source.join else None
    person_table = joined if source.person_on_join and joined is not None else table
    person = f"{'j' if person_table is joined else 't'}.{q(person_table.column(source.person).name)}"
    values = [(person, "nvarchar")]
    values += [(f"t.{q(c)}", table.column(c).type) for c in source.columns]
    if joined is not None:
        values += [(f"j.{q(c)}", joined.column(c).type) for c in source.join_columns]
    row_hash = db.dialect.row_hash_sql(source.name, values)
    slices = ", ".join(f"{part} AS h{i}" for i, part in enumerate(db.dialect.hash_parts_sql("x.d")))
    days = [f"CAST({expr} AS DATE)" for expr, logical in values if logical == "datetime"]
    classes = " + ".join(f"CASE WHEN {v} >= k.a2 THEN {LATER} WHEN {v} = k.a1 THEN {DAY_AFTER} "
                         f"WHEN {v} = k.a0 THEN {ON_RUN_DATE} ELSE 0 END" for v in days) or "0"
    dob = f"CAST(t.{q('pers_dob')} AS DATE)" if source.table == "ssd_person" else "CAST(NULL AS DATE)"
    body = f"FROM {db.table(table.name)} t CROSS JOIN k"
    if source.join is not None and joined is not None:
        join_table, join_col, our_col = source.join
        body += f" JOIN {db.table(join_table)} j ON j.{q(joined.column(join_col).name)} = t.{q(table.column(our_col).name)}"
    inner = (f"SELECT {person} AS p, {row_hash} AS d, CAST({classes} AS BIGINT) AS c, {dob} AS b "
             f"{body} WHERE {person} BETWEEN ? AND ?")
    return f"SELECT x.p, {slices}, x.c, x.b FROM ({inner}) x"


def chunk_fingerprints(db: Database, sql: str, low: str, high: str, context: bytes,
                       as_of: dt.date) -> dict[str, bytes]:
    """person id -> 32-byte fingerprint (rows, their dates' classes on ``as_of`` and ``context``)
    for every person in [low, high]."""
    prints: dict[str, bytes] = {}
    sha = hashlib.sha256
    for row in db.query_all(sql, (*class_bounds(as_of), *(low, high) * branch_count())):
        dob = day(row[-1])
        # the 16th birthday is compared with the window's end (a care leaver's age): a date too
        sixteen = date_classes(birthday(dob, 16), as_of) if dob is not None else 0
        text = ",".join(map(str, map(int, row[1:-1]))) + f",{sixteen}"
        prints[row[0]] = sha(context + text.encode()).digest()
    return prints
