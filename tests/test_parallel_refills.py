"""deploy refills tables on several connections at once, each after the SSD tables it reads."""

from __future__ import annotations

from collections import Counter

import psycopg
import pytest

from ssd_bridge.config import Settings
from ssd_bridge.db import Database, connect
from ssd_bridge.dialects import get_dialect
from ssd_bridge.errors import DatabaseError
from ssd_bridge.model import load_tables
from ssd_bridge.model.cms import CMS_NAMES
from ssd_bridge.sql.deploy import deploy
from ssd_bridge.sql.refills import Refill, dependencies, run_refills
from tests.helpers import through_odbc
from tests.script_pieces import render
from tests.whole_ssd_mosaic_data import Deployed


def test_a_refill_needs_the_earlier_tables_its_text_names():
    refills = [Refill(1, "fill a from src", "a"), Refill(2, "fill b from S.a and S.c", "b"),
               Refill(3, "fill c from S.b", "c")]
    needs = dependencies(refills, lambda table: f"S.{table}")
    # b names c too, but c comes later in the script: only earlier refills can be waited for
    assert needs == {"a": frozenset(), "b": frozenset({"a"}), "c": frozenset({"b"})}


def _timed(db: Database, refill: Refill) -> None:
    """A refill that logs, in the database, when it began and ended."""
    db.run_batch(
        f"INSERT INTO {db.table('fill_log')} VALUES ('{refill.table}', 'begin', clock_timestamp());"
        f"SELECT pg_sleep(0.3);"
        f"INSERT INTO {db.table('fill_log')} VALUES ('{refill.table}', 'end', clock_timestamp());"
    )


def _log(settings: Settings) -> dict[tuple[str, str], object]:
    with connect(settings) as db:
        return {(t, what): at for t, what, at in db.query_all(f"SELECT * FROM {db.table('fill_log')}")}


@pytest.fixture()
def fill_log(pg_settings: Settings) -> Settings:
    with connect(pg_settings) as db:
        db.execute(f"CREATE SCHEMA IF NOT EXISTS {db.dialect.quote_ident(pg_settings.database.schema)}")
        db.execute(f"CREATE TABLE {db.table('fill_log')} (t TEXT, what TEXT, at TIMESTAMPTZ)")
    return pg_settings


def test_refills_run_side_by_side_and_a_table_waits_for_the_one_it_reads(fill_log):
    refills = [Refill(1, "", "person"), Refill(2, "", "other"), Refill(3, "", "reads_person")]
    needs = {"person": frozenset(), "other": frozenset(), "reads_person": frozenset({"person"})}
    with connect(fill_log) as first:
        run_refills(refills, needs, first, lambda: connect(fill_log), 2, _timed)
    log = _log(fill_log)
    assert len(log) == 6
    # person and other overlap: each began before the other ended
    assert log["person", "begin"] < log["other", "end"] and log["other", "begin"] < log["person", "end"]
    assert log["reads_person", "begin"] >= log["person", "end"]


def test_one_connection_runs_the_refills_one_after_another_in_script_order(fill_log):
    refills = [Refill(n, "", f"t{n}") for n in range(1, 4)]
    with connect(fill_log) as first:
        run_refills(refills, {r.table: frozenset() for r in refills}, first,
                    lambda: pytest.fail("one connection opens no other"), 1, _timed)
    log = _log(fill_log)
    assert log["t1", "end"] <= log["t2", "begin"] and log["t2", "end"] <= log["t3", "begin"]


def test_an_error_in_a_refill_thread_stops_new_refills_and_is_raised_after_the_running_ones_end(fill_log):
    def run_one(db: Database, refill: Refill) -> None:
        if refill.table == "broken":
            raise DatabaseError("the server went away")
        _timed(db, refill)

    refills = [Refill(1, "", "slow"), Refill(2, "", "broken"), Refill(3, "", "after")]
    needs = {"slow": frozenset(), "broken": frozenset(), "after": frozenset({"slow"})}
    with connect(fill_log) as first, pytest.raises(DatabaseError, match="went away"):
        run_refills(refills, needs, first, lambda: connect(fill_log), 2, run_one)
    log = _log(fill_log)
    assert ("slow", "end") in log  # the running refill ended and kept its rows
    assert not any(t == "after" for t, _ in log)  # nothing new started after the error


def _rows(uri: str, schema: str) -> dict[str, Counter[tuple]]:
    """Every SSD table's rows, as a multiset (some tables have no key to order by)."""
    with psycopg.connect(uri) as conn:
        return {t.name: Counter(conn.execute(f'SELECT * FROM "{schema}"."{t.name}"').fetchall())
                for t in load_tables("ssd")}


@pytest.mark.odbc
def test_refills_side_by_side_through_pyodbc(fill_log, pg_server):
    settings = through_odbc(fill_log, pg_server)
    refills = [Refill(1, "", "person"), Refill(2, "", "other")]
    with connect(settings) as first:
        run_refills(refills, {"person": frozenset(), "other": frozenset()}, first, lambda: connect(settings), 2,
                    _timed)
    log = _log(fill_log)
    assert log["person", "begin"] < log["other", "end"] and log["other", "begin"] < log["person", "end"]


@pytest.mark.odbc
def test_a_deploy_on_one_connection_leaves_the_same_rows_as_one_on_two(mosaic_whole: Deployed, pg_server):
    # mosaic_whole was deployed with the default two connections (psycopg); again on one, through pyodbc
    assert mosaic_whole.settings.ssd.fill_connections == 2
    on_two = _rows(mosaic_whole.uri, mosaic_whole.ssd)
    serial = through_odbc(mosaic_whole.settings, pg_server).replace(ssd={"fill_connections": 1})
    result = deploy(serial)
    assert not result.failed_tables
    assert list(result.table_seconds) == [t for t in on_two if t in result.table_seconds]  # script order
    assert _rows(mosaic_whole.uri, mosaic_whole.ssd) == on_two
    assert sum(rows.total() for rows in on_two.values()) > 1000


@pytest.mark.parametrize("dialect", ["postgres", "tsql"])
@pytest.mark.parametrize("cms", CMS_NAMES)
def test_every_fill_waits_only_for_earlier_tables_and_most_for_ssd_person(dialect, cms):
    # A fill that read a table refilled after it would see that table mid-refill when run side by side.
    d = get_dialect(dialect)
    batches = d.split_batches(render(dialect, cms, "ssd"))
    refills = [Refill(n, b, d.batch_label(b).removeprefix("refilling ")) for n, b in enumerate(batches, 1)
               if d.batch_label(b).startswith("refilling ")]
    names = [r.table for r in refills]
    for position, refill in enumerate(refills):
        assert not [t for t in names[position + 1:] if d.qualify("ssd", t) in refill.batch], refill.table
    needs = dependencies(refills, lambda table: d.qualify("ssd", table))
    assert needs["ssd_person"] == frozenset()
    assert sum("ssd_person" in n for n in needs.values()) > len(refills) // 2
