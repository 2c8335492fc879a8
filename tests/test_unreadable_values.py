"""CMS values a fill cannot read as a date or number: NULL in the SSD, counted per table and column in
deploy's summary (text and --json), and a child whose date of birth was unreadable held back by extract
with a finding naming the field. Against synthetic Eclipse and Mosaic sources on the embedded PostgreSQL."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator

import psycopg
import pytest

from ssd_bridge.config import Settings
from ssd_bridge.runner.extract import extract
from ssd_bridge.sql.deploy import deploy
from ssd_bridge.synth import synth
from tests.helpers import run_cli

pytestmark = pytest.mark.postgres

# Not dates, or impossible ones; blank text is "no value", never counted.
BAD_DATES = ("31/02/2015", "unknown")
BAD_SCORES = ("twelve", "12 pts")  # never hex, so never part of a schema name


@pytest.fixture()
def source(pg_server) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """A schema name for this test's synthetic CMS; dropped afterwards."""
    name = f"src_{uuid.uuid4().hex[:10]}"
    yield name
    with psycopg.connect(pg_server.uri, autocommit=True) as conn:
        conn.execute(f'DROP SCHEMA IF EXISTS "{name}" CASCADE')


def settings_for(pg_settings: Settings, cms: str, source: str) -> Settings:
    return pg_settings.replace(cms=cms, source={"location": source}, ssd={"history_years": 10})


def ssd(settings: Settings, sql: str) -> list[tuple]:
    with psycopg.connect(settings.database.url) as conn:
        conn.execute(f'SET search_path = "{settings.database.schema}"')
        return [tuple(r) for r in conn.execute(sql).fetchall()]


def source_sql(settings: Settings, *statements: tuple[str, tuple]) -> None:
    with psycopg.connect(settings.database.url, autocommit=True) as conn:
        conn.execute(f'SET search_path = "{settings.source.location}"')
        for sql, args in statements:
            conn.execute(sql, args)


def spoil_eclipse(settings: Settings) -> tuple[list[str], list[str]]:
    """Give two children an unreadable date of birth, a third a blank one, and two SDQ forms an unreadable
    score; return the person ids and SDQ row ids spoiled (unreadable ones only)."""
    people = [r[0] for r in ssd(settings, "SELECT pers_person_id FROM ssd_person ORDER BY 1 LIMIT 3")]
    sdq = [r[0] for r in ssd(settings, "SELECT csdq_table_id FROM ssd_sdq_scores "
                                       "WHERE csdq_sdq_score IS NOT NULL ORDER BY 1 LIMIT 2")]
    statements = [("ALTER TABLE persondemographicsview ALTER COLUMN dateofbirth TYPE TEXT "
                   "USING to_char(dateofbirth, 'YYYY-MM-DD')", ())]
    statements += [("UPDATE persondemographicsview SET dateofbirth = %s WHERE personid = %s", (text, int(pid)))
                   for text, pid in zip((*BAD_DATES, "   "), people, strict=True)]
    for text, row_id in zip(BAD_SCORES, sdq, strict=True):
        person, instance = row_id.split("-")
        statements.append(("UPDATE formanswerpersonview SET answervalue = %s WHERE instanceid = %s "
                           "AND answerforsubjectid = %s AND controlname = "
                           "'youngPersonsStrengthsAndDifficultiesQuestionnaireScore'", (text, int(instance), int(person))))
    source_sql(settings, *statements)
    return people[:2], sdq


def spoil_mosaic(settings: Settings) -> tuple[list[str], list[str]]:
    """As spoil_eclipse, for Mosaic's dm_persons and dm_HEALTH_ASSESSMENTS."""
    people = [r[0] for r in ssd(settings, "SELECT pers_person_id FROM ssd_person ORDER BY 1 LIMIT 3")]
    sdq = [r[0] for r in ssd(settings, "SELECT csdq_table_id FROM ssd_sdq_scores "
                                       "WHERE csdq_sdq_score IS NOT NULL ORDER BY 1 LIMIT 2")]
    statements = [("ALTER TABLE dm_persons ALTER COLUMN date_of_birth TYPE TEXT "
                   "USING to_char(date_of_birth, 'YYYY-MM-DD')", ())]
    statements += [("UPDATE dm_persons SET date_of_birth = %s WHERE person_id = %s", (text, int(pid)))
                   for text, pid in zip((*BAD_DATES, ""), people, strict=True)]
    statements += [("UPDATE dm_health_assessments SET sdq_score = %s WHERE health_id = %s", (text, int(row_id)))
                   for text, row_id in zip(BAD_SCORES, sdq, strict=True)]
    source_sql(settings, *statements)
    return people[:2], sdq


@pytest.mark.parametrize(("cms", "spoil"), [("eclipse", spoil_eclipse), ("mosaic", spoil_mosaic)])
def test_unreadable_values_are_null_counted_and_hold_the_child_back(pg_server, pg_settings, source, cms,  # type: ignore[no-untyped-def]
                                                                     spoil) -> None:
    settings = settings_for(pg_settings, cms, source)
    synth(settings, children=120, seed=5)
    first = deploy(settings)
    assert first.unreadable == {} and not first.failed_tables
    people, sdq = spoil(settings)
    result = deploy(settings, part="ssd")
    assert not result.failed_tables
    assert result.unreadable == {"ssd_person.pers_dob": 2, "ssd_sdq_scores.csdq_sdq_score": 2}
    marks = ", ".join(f"'{p}'" for p in people)
    assert ssd(settings, f"SELECT pers_dob FROM ssd_person WHERE pers_person_id IN ({marks})") == [(None,), (None,)]
    scores = ", ".join(f"'{s}'" for s in sdq)
    assert ssd(settings, f"SELECT csdq_sdq_score FROM ssd_sdq_scores WHERE csdq_table_id IN ({scores})") == [
        (None,), (None,)]
    # Every other table was refilled as before.
    assert {k: v for k, v in result.row_counts.items() if v} == {k: v for k, v in first.row_counts.items() if v}

    done = extract(settings)
    assert done.findings_by_rule.get("source.dob_unusable", 0) >= 2
    held = ssd(settings, "SELECT person_id, submission_status, validation_findings FROM ssd_api_data_staging "
                         f"WHERE person_id IN ({marks}) ORDER BY 1")
    assert [(p, status) for p, status, _ in held] == [(p, "invalid") for p in sorted(people)]
    for _, _, findings in held:
        [finding] = [f for f in json.loads(findings)["findings"] if f["rule"] == "source.dob_unusable"]
        assert finding["severity"] == "error" and finding["path"] == "$.child_details.date_of_birth"
        assert "child_details.date_of_birth" in finding["message"] and "could not be read" in finding["message"]


def test_deploy_summary_names_the_unreadable_columns(pg_server, pg_settings, source) -> None:  # type: ignore[no-untyped-def]
    settings = settings_for(pg_settings, "mosaic", source)
    synth(settings, children=60, seed=8)
    deploy(settings, part="ssd")
    spoil_mosaic(settings)
    env = {"SSD_BRIDGE_CMS": "mosaic", "SSD_BRIDGE_DATABASE_DIALECT": "postgres",
           "SSD_BRIDGE_DATABASE_URL": settings.database.url or "", "SSD_BRIDGE_DATABASE_SCHEMA": settings.database.schema,
           "SSD_BRIDGE_SOURCE_LOCATION": settings.source.location or "", "SSD_BRIDGE_SSD_HISTORY_YEARS": "10"}
    done = run_cli(["deploy", "--part", "ssd", "--json"], env=env)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["unreadable"] == {"ssd_person.pers_dob": 2, "ssd_sdq_scores.csdq_sdq_score": 2}
    text = run_cli(["deploy", "--part", "ssd"], env=env)
    assert text.returncode == 0, text.stderr
    assert "unreadable\tssd_person.pers_dob\t2" in text.stdout
    assert "unreadable\tssd_sdq_scores.csdq_sdq_score\t2" in text.stdout
    assert "4 values in the CMS could not be read as a date or number" in text.stderr + text.stdout
    for value in (*BAD_DATES, *BAD_SCORES):  # the values themselves are never shown
        assert value not in text.stdout + text.stderr + done.stdout + done.stderr
