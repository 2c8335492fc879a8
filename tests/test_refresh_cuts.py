"""One over-long value in the CMS no longer stops the SSD refresh: it is cut to the SSD column, the cut
is counted per table and column in the deploy summary, and extract holds the child back with a finding
naming the field (embedded PostgreSQL, the Eclipse fill)."""

from __future__ import annotations

import json

import psycopg
import pytest

from ssd_bridge.model import CUT_MARK
from ssd_bridge.record.rules import cross_field_findings
from ssd_bridge.sql.deploy import deploy
from tests import test_cms_eclipse
from tests.test_cms_eclipse import load_fixture, rows

pytestmark = pytest.mark.postgres
schemas = test_cms_eclipse.schemas


def test_over_long_cms_text_is_cut_counted_and_the_refresh_completes(pg_server, schemas) -> None:  # type: ignore[no-untyped-def]
    settings, source = load_fixture(pg_server.uri, schemas)
    with psycopg.connect(pg_server.uri, autocommit=True) as conn:
        conn.execute(f'UPDATE "{source}".persondemographicsview SET forename = %s, surname = %s WHERE personid = 101',
                     ("F" * 150, "S" * 300))
        conn.execute(f'UPDATE "{source}".persondemographicsview SET forename = %s WHERE personid = 105', ("G" * 101,))
    result = deploy(settings, part="ssd")
    assert result.cuts == {"ssd_person.pers_forename": 2, "ssd_person.pers_surname": 1}
    assert result.row_counts["ssd_cin_episodes"] > 0  # the tables after ssd_person were refilled too
    [(forename, surname)] = rows(settings, "SELECT pers_forename, pers_surname FROM ssd_person "
                                           "WHERE pers_person_id = '101'")
    assert forename == "F" * 99 + CUT_MARK and surname == "S" * 254 + CUT_MARK
    assert rows(settings, "SELECT pers_forename FROM ssd_person WHERE pers_person_id = '106'")[0][0] != ""


def test_deploy_json_and_text_show_the_cuts(pg_server, schemas, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from tests.helpers import run_cli

    settings, source = load_fixture(pg_server.uri, schemas)
    with psycopg.connect(pg_server.uri, autocommit=True) as conn:
        conn.execute(f'UPDATE "{source}".persondemographicsview SET surname = %s WHERE personid = 101', ("S" * 300,))
    env = {"SSD_BRIDGE_CMS": "eclipse", "SSD_BRIDGE_DATABASE_DIALECT": "postgres",
           "SSD_BRIDGE_DATABASE_URL": settings.database.url or "", "SSD_BRIDGE_DATABASE_SCHEMA": settings.database.schema,
           "SSD_BRIDGE_SOURCE_LOCATION": source, "SSD_BRIDGE_SSD_HISTORY_YEARS": "10"}
    done = run_cli(["deploy", "--part", "ssd", "--json"], env=env)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["cuts"] == {"ssd_person.pers_surname": 1}
    text = run_cli(["deploy", "--part", "ssd"], env=env)
    assert text.returncode == 0 and "cut\tssd_person.pers_surname\t1" in text.stdout
    assert "S" * 20 not in text.stdout + text.stderr + done.stderr  # the value itself is never shown


def test_a_cut_value_holds_the_record_back_naming_the_field() -> None:
    record = {"la_child_id": "C1", "child_details": {"first_name": "F" * 99 + CUT_MARK, "surname": "Smith"}}
    [finding] = [f for f in cross_field_findings(record) if f.rule == "source.text_cut"]
    assert finding.severity == "error" and finding.path == "$.child_details.first_name"
    assert "child_details.first_name was longer than its SSD column" in finding.message
