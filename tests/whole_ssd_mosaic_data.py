"""The synthetic Mosaic deployment the whole-SSD Mosaic tests share, and the readers they check it with.

Built once per test process (conftest's session fixture ``mosaic_whole``) and read by every module that
needs a synthetic Mosaic SSD; a test that changes it must leave the same rows behind (a redeploy does).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime

import psycopg

from ssd_bridge.config import Settings, load_settings
from ssd_bridge.sql.deploy import deploy
from ssd_bridge.synth import synth
from ssd_bridge.synth.story import Child, children

CHILDREN, SEED = 1500, 11


@dataclass
class Deployed:
    uri: str
    ssd: str
    settings: Settings
    children: list[Child]
    counts: dict[str, int]
    source_rows: dict[str, int]


def synthetic_deployment(pg_server) -> Iterator[Deployed]:  # type: ignore[no-untyped-def]
    """Synth + deploy into fresh schemas; yields the deployment, then drops both schemas."""
    tag = uuid.uuid4().hex[:8]
    ssd, source = f"ws_{tag}", f"wsm_{tag}"
    settings = load_settings(env={}, overrides={
        "cms": "mosaic", "environment": "test",
        "database": {"dialect": "postgres", "url": pg_server.uri, "schema": ssd},
        "source": {"location": source}})
    made = synth(settings, children=CHILDREN, seed=SEED, as_of=date.today())
    result = deploy(settings, part="ssd")
    try:
        yield Deployed(pg_server.uri, ssd, settings, list(children(CHILDREN, seed=SEED, as_of=date.today())),
                       dict(result.row_counts), dict(made.rows))
    finally:
        with psycopg.connect(pg_server.uri, autocommit=True) as conn:
            for schema in (ssd, source):
                conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


def rows(d: Deployed, table: str, key: str) -> dict[str, tuple]:
    """{key: row} of an SSD table, timestamps reduced to dates, fixed-width text trimmed."""
    with psycopg.connect(d.uri) as conn:
        cur = conn.execute(f'SELECT * FROM "{d.ssd}"."{table}"')
        names = [c.name for c in cur.description or []]
        out = {}
        for raw in cur.fetchall():
            row = tuple(v.date() if isinstance(v, datetime) else v.rstrip() if isinstance(v, str) else v for v in raw)
            out[row[names.index(key)]] = row
    return out


def yn(flag: bool | None) -> str | None:
    return None if flag is None else "Y" if flag else "N"


def in_ssd(d: Deployed) -> dict[int, Child]:
    people = rows(d, "ssd_person", "pers_person_id")
    return {c.person_id: c for c in d.children if str(c.person_id) in people}
