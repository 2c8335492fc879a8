"""Synthetic deployments built once per test process and read by several modules (a pytest plugin).

Synth + deploy of a few hundred children costs seconds of CPU; a module that needs the same CMS,
children and seed as another reads the same deployment instead of building its own. Tests only read
them; one that must change the data redeploys, which leaves the same rows behind. conftest keeps
the tests of each shared deployment on one xdist worker (``SHARED_DEPLOYMENTS``), so each worker
builds it at most once.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest

from ssd_bridge.config import Settings, load_settings
from ssd_bridge.demo import EmbeddedServer
from ssd_bridge.model import load_tables
from ssd_bridge.sql.deploy import deploy
from ssd_bridge.synth import synth
from ssd_bridge.synth.liquid_logic import SOURCE_PARAMS
from ssd_bridge.synth.story import children
from tests.whole_ssd_mosaic_data import Deployed, synthetic_deployment

# The session fixtures below: tests that use one run on one xdist worker (one group per fixture).
SHARED_DEPLOYMENTS = ("mosaic_whole", "liquid_logic_whole")

LL_CHILDREN, LL_SEED = 400, 7
# The Liquid Logic tables beyond the first 19 (the DfE record's), whose rows the second deploy must keep.
LL_NEW_TABLES = [t.name for t in load_tables("ssd") if t.is_filled_by("liquid_logic")][19:]


@pytest.fixture(scope="session")
def mosaic_whole(pg_server: EmbeddedServer) -> Iterator[Deployed]:
    """Synthetic Mosaic sources (tests/whole_ssd_mosaic_data.py) with the SSD deployed from them."""
    yield from synthetic_deployment(pg_server)


def _rows(uri: str, schema: str, table: str) -> list[tuple]:
    with psycopg.connect(uri) as conn:
        return conn.execute(f'SELECT * FROM "{schema}"."{table}" ORDER BY 1').fetchall()


@pytest.fixture(scope="session")
def liquid_logic_whole(pg_server: EmbeddedServer) -> Iterator[dict[str, Any]]:
    """Synthetic Liquid Logic sources, the whole SSD deployed from them twice, and the story behind them."""
    schema = f"t_{uuid.uuid4().hex[:10]}"
    settings: Settings = load_settings(env={}, overrides={
        "cms": "liquid_logic", "environment": "test",
        "database": {"dialect": "postgres", "url": pg_server.uri, "schema": schema},
        "source": {"location": f"{schema}_src", "params": SOURCE_PARAMS},
    })
    try:
        synth(settings, children=LL_CHILDREN, seed=LL_SEED)
        first = deploy(settings)
        snapshot = {t: _rows(pg_server.uri, schema, t) for t in LL_NEW_TABLES}
        second = deploy(settings)
        story = list(children(LL_CHILDREN, seed=LL_SEED))
        with psycopg.connect(pg_server.uri) as conn:
            cohort = {int(r[0]) for r in conn.execute(f'SELECT pers_person_id FROM "{schema}".ssd_person')}
        yield {"uri": pg_server.uri, "schema": schema, "settings": settings, "first": first, "second": second,
               "snapshot": snapshot, "story": [c for c in story if c.person_id in cohort]}
    finally:
        with psycopg.connect(pg_server.uri, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
            conn.execute(f'DROP SCHEMA IF EXISTS "{schema}_src" CASCADE')
