"""Conformance: every CMS fill checked against hand-written expectations (#17).

Each CMS has a small hand-made source dataset in tests/conformance/<cms>.yaml. Its expected SSD rows
were written from the CMS mapping reference rule by rule (code maps, window edges a day either side,
de-duplication, referral links, placements, merged episodes, UPN choice, unborn children, care leavers),
never copied from what the templates produce. Where the project deliberately differs from the reference,
the expectation states our documented behaviour and a YAML comment names the reason (see
examples/cms/<cms>.md). A rule changed on purpose changes its expectation in the same commit.

One deployment per CMS (PostgreSQL rendering) is shared by that CMS's tests.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator

import psycopg
import pytest

from ssd_bridge.config import load_settings
from ssd_bridge.model import get_table
from ssd_bridge.sql.deploy import deploy
from ssd_bridge.synth import eclipse, liquid_logic, mosaic
from tests.conformance_data import HERE, HISTORY_YEARS, fetch, insert_source, load_dataset
from tests.helpers import empty_source_schema

pytestmark = pytest.mark.postgres

SOURCE_TABLES = {"liquid_logic": liquid_logic.TABLES, "mosaic": mosaic.TABLES, "eclipse": eclipse.TABLES}
CASES = [(cms, table) for cms in SOURCE_TABLES if (HERE / f"{cms}.yaml").exists() for table in load_dataset(cms).expect]


@pytest.fixture(scope="module")
def deployed(pg_server) -> Iterator[Callable[[str], str]]:  # type: ignore[no-untyped-def]
    """Load a CMS's dataset and deploy its SSD once per module; returns the SSD schema for a CMS."""
    schemas: dict[str, str] = {}
    cleanups: list[Iterator[str]] = []

    def get(cms: str) -> str:
        if cms not in schemas:
            dataset = load_dataset(cms)
            sources = empty_source_schema(pg_server.uri, SOURCE_TABLES[cms], f"conf_{cms[:3]}")
            cleanups.append(sources)
            source = next(sources)
            insert_source(pg_server.uri, source, SOURCE_TABLES[cms], dataset.source)
            ssd = f"conf_ssd_{uuid.uuid4().hex[:10]}"
            schemas[cms] = ssd
            settings = load_settings(env={}, overrides={
                "cms": cms, "database": {"dialect": "postgres", "url": pg_server.uri, "schema": ssd},
                "source": {"location": source, "params": dataset.params},
                "ssd": {"history_years": HISTORY_YEARS}})
            deploy(settings, part="ssd")
        return schemas[cms]

    yield get
    for cleanup in cleanups:
        next(cleanup, None)  # runs the helper's finally: drops the source schema
    with psycopg.connect(pg_server.uri, autocommit=True) as conn:
        for ssd in schemas.values():
            conn.execute(f'DROP SCHEMA IF EXISTS "{ssd}" CASCADE')


@pytest.mark.parametrize(("cms", "table"), CASES, ids=[f"{c}-{t}" for c, t in CASES])
def test_table_matches_reference(pg_server, deployed, request, cms: str, table: str) -> None:  # type: ignore[no-untyped-def]
    expected = load_dataset(cms).expect[table]
    if expected.pending:
        request.applymarker(pytest.mark.xfail(reason=expected.pending, strict=True))
    actual = fetch(pg_server.uri, deployed(cms), table, expected.columns)
    missing = sorted(expected.rows - actual, key=repr)
    unexpected = sorted(actual - expected.rows, key=repr)
    assert not missing and not unexpected, (
        f"{cms} {table} ({', '.join(expected.columns)})\n"
        f"expected but missing: {missing}\nnot expected: {unexpected}")


def test_every_dataset_covers_the_api_tables_it_claims() -> None:
    # a table named in a dataset must exist in the SSD model and its columns must be real columns
    for cms in SOURCE_TABLES:
        for table, spec in load_dataset(cms).expect.items():
            columns = {c.name for c in get_table(table).columns}
            assert set(spec.columns) <= columns, (cms, table, set(spec.columns) - columns)
