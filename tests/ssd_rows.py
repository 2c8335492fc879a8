"""Write SSD rows straight into a deployed test schema (no CMS fill needed)."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

import psycopg
from psycopg import sql

from ssd_bridge.config import Settings

_ids = itertools.count(1)


def d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


class Ssd:
    """A psycopg connection to the test schema with helpers for the common SSD rows."""

    def __init__(self, settings: Settings) -> None:
        self.schema = settings.database.schema
        self.conn = psycopg.connect(settings.database.url, autocommit=True)

    def close(self) -> None:
        self.conn.close()

    def add(self, table: str, **values: Any) -> None:
        columns = list(values)
        statement = sql.SQL("INSERT INTO {} ({}) VALUES ({})").format(
            sql.Identifier(self.schema, table),
            sql.SQL(", ").join(sql.Identifier(c) for c in columns),
            sql.SQL(", ").join(sql.Placeholder() for _ in columns),
        )
        self.conn.execute(statement, [values[c] for c in columns])

    def execute(self, text: str, params: tuple = ()) -> None:
        self.conn.execute(text.replace("{s}", f'"{self.schema}"'), params)

    def rows(self, text: str, params: tuple = ()) -> list[tuple]:
        return self.conn.execute(text.replace("{s}", f'"{self.schema}"'), params).fetchall()

    def person(self, pid: str, dob: str | None = "2015-06-01", **values: Any) -> None:
        base = {"pers_person_id": pid, "pers_forename": "Test", "pers_surname": "Child", "pers_sex": "M",
                "pers_dob": d(dob) if dob else None}
        base.update(values)
        self.add("ssd_person", **base)

    def episode(self, pid: str, ref: str, start: str, end: str | None = None, **values: Any) -> None:
        self.add("ssd_cin_episodes", cine_referral_id=ref, cine_person_id=pid, cine_referral_date=d(start),
                 cine_close_date=d(end) if end else None, **values)

    def child(self, pid: str, ref: str | None = None, start: str = "2025-06-01", **person: Any) -> None:
        """A person with one open episode: in the cohort for any as-of date after ``start``."""
        self.person(pid, **person)
        self.episode(pid, ref or f"R{pid}", start)

    def next_id(self, prefix: str) -> str:
        return f"{prefix}{next(_ids)}"




def truncate_all(settings: Settings) -> None:
    """Empty every SSD and add-on table of the schema (cheaper than a fresh deploy per test)."""
    from ssd_bridge.model import load_tables

    names = [t.name for t in (*load_tables("ssd"), *load_tables("addon"))]
    with psycopg.connect(settings.database.url, autocommit=True) as conn:
        conn.execute(sql.SQL("TRUNCATE {} RESTART IDENTITY").format(
            sql.SQL(", ").join(sql.Identifier(settings.database.schema, n) for n in names)))
