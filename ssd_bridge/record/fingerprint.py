"""Per-child fingerprints of the SSD rows a record is built from, computed in the database.

A night on which a child's SSD rows have not changed need not rebuild the child's record. The
database hashes every row the extract would read for the child (ssd_person and each of
``ssd_read.SOURCES``, joined columns included, each row tagged with its source; the hash is the
dialect's: chained 64-bit type hashes on PostgreSQL, SHA-256 on SQL Server) and sums the row
hashes per person, with the row count: an order-free digest of the child's rows that only a few
integers per child bring back to Python.

What decides "unchanged" is that digest together with everything else the record and its
tracking row depend on (:func:`run_context`): the reporting window (so a new run date rebuilds),
the payload mode, the cohort-exit setting, the worker roles, the validation rules version and a
digest of the mapping code itself (the ``record`` package's files). The combined 32-byte value
is stored in ``source_fingerprint`` beside the tracking row.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

from ssd_bridge.db import Database
from ssd_bridge.model import get_table
from ssd_bridge.record.cohort import Window
from ssd_bridge.record.ssd_read import PERSON_COLUMNS, SOURCES, Source
from ssd_bridge.record.validate import rules_version


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
    facts: dict[str, Any] = {
        "window": window.as_dict(), "mode": mode, "on_cohort_exit": on_cohort_exit,
        "roles": sorted(roles) if roles is not None else None,
        "rules": rules_version(), "mapping": mapping_version(),
    }
    return hashlib.sha256(json.dumps(facts, sort_keys=True).encode()).digest()


def fingerprint_sql(db: Database) -> str:
    """One SELECT per chunk: (person id, row count, four sums) for every person with rows in
    the id range; two ``?`` (low, high) per branch, repeated by :func:`chunk_fingerprints`."""
    person = Source("person", "ssd_person", "pers_person_id", PERSON_COLUMNS[1:])
    branches = [_branch(db, source) for source in (person, *SOURCES)]
    parts = ", ".join(f"SUM(h{i})" for i in range(len(db.dialect.hash_parts_sql("d"))))
    return f"SELECT p, COUNT(*), {parts} FROM ({' UNION ALL '.join(branches)}) r GROUP BY p"


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
    body = f"FROM {db.table(table.name)} t"
    if source.join is not None and joined is not None:
        join_table, join_col, our_col = source.join
        body += f" JOIN {db.table(join_table)} j ON j.{q(joined.column(join_col).name)} = t.{q(table.column(our_col).name)}"
    inner = f"SELECT {person} AS p, {row_hash} AS d {body} WHERE {person} BETWEEN ? AND ?"
    return f"SELECT x.p, {slices} FROM ({inner}) x"


def chunk_fingerprints(db: Database, sql: str, low: str, high: str, context: bytes) -> dict[str, bytes]:
    """person id -> 32-byte fingerprint (rows and ``context``) for every person in [low, high]."""
    prints: dict[str, bytes] = {}
    sha = hashlib.sha256
    for row in db.query_all(sql, (low, high) * branch_count()):
        text = ",".join(str(int(v)) for v in row[1:])
        prints[row[0]] = sha(context + text.encode()).digest()
    return prints
