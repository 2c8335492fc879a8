"""Mosaic: the data-mart templates fill the SSD as spelled out, refresh cleanly, and render for T-SQL."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta

import psycopg
import pytest

from ssd_bridge.config import Settings
from ssd_bridge.errors import ConfigError
from ssd_bridge.model import load_tables
from ssd_bridge.sql.deploy import deploy
from ssd_bridge.synth.mosaic import TABLES
from tests.helpers import empty_source_schema
from tests.mosaic_fixture import D_CARE, PARAMS, TODAY, ago, fixture
from tests.whole_ssd_mosaic_data import CHILDREN, Deployed

pytestmark = pytest.mark.postgres


@pytest.fixture()
def source(pg_server) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """A per-test schema holding the Mosaic source tables (empty)."""
    yield from empty_source_schema(pg_server.uri, TABLES, "mosaic")


def settings_for(pg_settings: Settings, source: str, params: dict | None = None) -> Settings:
    """pg_settings pointed at the Mosaic source schema."""
    return pg_settings.replace(cms="mosaic", source={"location": source, "params": params or {}})


def load(uri: str, schema: str, rows: dict[str, list[tuple]]) -> None:
    """Insert ``rows`` into the source tables of ``schema``; a row may leave out trailing columns (NULL)."""
    with psycopg.connect(uri) as conn:
        for table, table_rows in rows.items():
            if not table_rows:
                continue
            width = len(TABLES[table])
            padded = [tuple(r) + (None,) * (width - len(r)) for r in table_rows]
            marks = ", ".join(["%s"] * width)
            conn.cursor().executemany(f'INSERT INTO "{schema}"."{table.lower()}" VALUES ({marks})', padded)


def rows_of(uri: str, schema: str, table: str) -> set[tuple]:
    """Every row of an SSD table, timestamps reduced to dates, fixed-width text trimmed."""
    with psycopg.connect(uri) as conn:
        raw = conn.execute(f'SELECT * FROM "{schema}"."{table}"').fetchall()
    return {tuple(_plain(v) for v in r) for r in raw}


def _plain(value: object) -> object:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, str):
        return value.rstrip()
    return value


@pytest.fixture()
def deployed(pg_server, pg_settings, pg_schema, source) -> str:  # type: ignore[no-untyped-def]
    """The fixture loaded and deployed; returns the SSD schema."""
    load(pg_server.uri, source, fixture())
    deploy(settings_for(pg_settings, source, PARAMS), part="ssd")
    return pg_schema


def outcome(assessment: str, nfa: str, outcomes: int) -> str:
    return (f'{{"SINGLE_ASSESSMENT_FLAG": "{assessment}", "STRATEGY_DISCUSSION_FLAG": "N", "NFA_FLAG": "{nfa}", '
            f'"NUMBER_OF_OUTCOMES": {outcomes}}}')


def test_fixture_fills_person_and_person_level_tables(pg_server, deployed) -> None:  # type: ignore[no-untyped-def]
    from tests.mosaic_fixture import birthday

    uri, ssd = pg_server.uri, deployed
    # 1007 (activity only before the window) is in no table; sex becomes M/F/U; the unborn child has
    # an expected date of birth only; is_mother is Y/N for girls and women only.
    assert rows_of(uri, ssd, "ssd_person") == {
        (None, "1001", "X12345678901A", "Alder", "Synthfield", "F", None, "WBRI", birthday(10), "9990001001",
         None, None, None, None, "N", "GB"),
        (None, "1002", None, "Briar", "Synthfield", "M", None, "MWBC", birthday(12), None, None, None, None, None,
         None, "GB"),
        (None, "1003", "X00000000003C", "Cobalt", "O'Synth", "F", "GI_F", "WBRI", birthday(15), None, None, None,
         None, None, "Y", "SY"),
        (None, "1004", None, "Dune", "Synthmoor", "M", None, None, birthday(17, 30), None, None, None, None, None,
         None, "GB"),
        (None, "1005", None, "Ember", "Synthlake", "F", None, "WBRI", birthday(4), None, None, None, None, None, "N",
         "GB"),
        (None, "1006", None, "Fennel", "Synthdale", "U", None, None, birthday(9), None, None, None, None, None, None,
         "GB"),
        (None, "1008", None, None, "Synthbrook", "F", None, None, None, None, None, None, TODAY + timedelta(days=40),
         None, "N", None),
    }
    assert rows_of(uri, ssd, "ssd_address") == {
        ("11", "1001", "HOME", date(2019, 5, 1), date(2025, 1, 1), "ZZ1 1ZZ",
         '{"ADDRESS": "1 Synthetic Row\\n\\"Testtown\\""}'),
        ("12", "1001", "HOME", date(2025, 1, 1), None, "ZZ2 2ZZ", '{"ADDRESS": "2 Synthetic Row"}'),
    }
    assert rows_of(uri, ssd, "ssd_disability") == {("21", "1001", "MOB"), ("23", "1001", "AUT")}
    # the later form wins (its subject comes from the subgroup); start and end from the same repeating row
    assert rows_of(uri, ssd, "ssd_immigration_status") == {("9002-1003", "1003", ago(300), ago(30), "U")}
    assert rows_of(uri, ssd, "ssd_sdq_scores") == {("41", "1003", ago(200), 17, None),
                                                    ("42", "1003", ago(100), None, "SDQ1")}
    assert rows_of(uri, ssd, "ssd_linked_identifiers") == {
        ("91", "1003", "Former Unique Pupil Number", "X999999999999", None, None),
        ("92", "1003", "NHS Number", "9990001003", None, None),
        ("93", "1003", "OTHER", "ABC", None, None),
    }


def test_fixture_fills_referral_tables(pg_server, deployed) -> None:  # type: ignore[no-untyped-def]
    uri, ssd = pg_server.uri, deployed
    # one referral step for two siblings gives two episodes; referrals closed before the window are left out
    assert rows_of(uri, ssd, "ssd_cin_episodes") == {
        ("5001-1001", "1001", date(2025, 1, 10), "N4", "3A", "Health visitor", outcome("Y", "N", 1), "N", None, None,
         "51", "31"),
        ("5001-1002", "1002", date(2025, 1, 10), None, "3A", "Health visitor", outcome("Y", "N", 1), "N", None, None,
         "51", "31"),
        ("5020-1003", "1003", date(2024, 5, 1), None, "6", None, outcome("N", "Y", 0), "Y", "RC8", date(2024, 5, 3),
         None, None),
        ("5040-1004", "1004", D_CARE - timedelta(days=30), None, "5A", None, outcome("N", "N", 0), "N", None, None,
         None, None),
        ("5050-1005", "1005", date(2023, 1, 1), None, "2A", None, outcome("N", "N", 0), "N", None, None, None, None),
        ("5060-1006", "1006", date(2021, 12, 1), None, "1B", None, outcome("N", "N", 0), "N", "RC4", date(2024, 7, 1),
         None, None),
        ("5080-1008", "1008", ago(50), None, "3B", None, outcome("N", "N", 0), "N", None, None, None, None),
    }
    assert rows_of(uri, ssd, "ssd_involvements") == {
        ("AW.7001", "31", "CW", "51", "1001", date(2025, 1, 10), None, None, "5001-1001"),
        ("AW.7002", "31", "CW", "51", "1004", ago(500), None, None, "5040-1004"),
        ("PR.8001", "32", "REL.TEAMMANAGER", "52", "1001", date(2025, 1, 10), date(2025, 6, 1), "LEFT", "5001-1001"),
        ("PR.8002", "33", "REL.PERSONALADVISOR", "53", "1004", ago(100), None, None, "5040-1004"),
    }
    # every involved worker, with a filled professional id; worker 34 has no involvement
    assert rows_of(uri, ssd, "ssd_professionals") == {
        ("31", "31", "Worker Synthone", None, None, None, 2, "Team North", None),
        ("32", "32", "Worker Synthtwo", None, None, None, 0, "Team South", None),
        ("33", "33", "Worker Synththree", None, None, None, 0, "Leaving Care", None),
    }
    assert rows_of(uri, ssd, "ssd_cin_assessments") == {
        ("5002-1001", "1001", "5001-1001", date(2025, 1, 12), "Y", date(2025, 2, 10),
         '{"NFA_FLAG": "N", "FURTHER_INTERVENTION_FLAG": "Y"}', "N", "51", "31"),
        ("5002-1002", "1002", "5001-1002", date(2025, 1, 12), "N", date(2025, 2, 10),
         '{"NFA_FLAG": "N", "FURTHER_INTERVENTION_FLAG": "N"}', "N", "51", "31"),
    }
    # same ids as the assessments; codes cleaned, de-duplicated, non-DfE values left out
    assert rows_of(uri, ssd, "ssd_assessment_factors") == {
        ("5002", "5002-1001", '["1A","2B"]'), ("5002", "5002-1002", '["1A","2B"]')}
    assert rows_of(uri, ssd, "ssd_cin_plans") == {
        ("5003-1001", "5001-1001", "1001", date(2025, 2, 15), None, "51", "31")}


def test_fixture_fills_protection_tables(pg_server, deployed) -> None:  # type: ignore[no-untyped-def]
    uri, ssd = pg_server.uri, deployed
    # the cancelled S47 is left out; the conference flag is a JSON key the payload can read
    assert rows_of(uri, ssd, "ssd_s47_enquiry") == {
        ("5010-1002", "5001-1002", "1002", date(2025, 3, 1), date(2025, 3, 10), "N",
         '{"NFA_FLAG": "N", "CP_CONFERENCE_FLAG": "Y"}', "51", "31"),
        ("5022-1003", "5020-1003", "1003", date(2024, 5, 1), date(2024, 5, 3), "Y",
         '{"NFA_FLAG": "Y", "CP_CONFERENCE_FLAG": "N"}', "51", "31"),
    }
    # strategy discussion on Saturday 1 March 2025: 15 working days from the Friday before is 21 March
    assert rows_of(uri, ssd, "ssd_initial_cp_conference") == {
        ("5011-1002", None, "5010-1002", "1002", "6001", "5001-1002", "Y", date(2025, 3, 21), date(2025, 3, 20), "Y",
         '{"CP_FLAG": "Y"}', "52", "32"),
    }
    # two categories at the start (MUL); one ended, so the latest is the other; the temporary plan is left out
    assert rows_of(uri, ssd, "ssd_cp_plans") == {
        ("6001", "5001-1002", "5011-1002", "1002", date(2025, 3, 20), None, None, "MUL", "NEG")}


def test_fixture_fills_care_tables(pg_server, deployed) -> None:  # type: ignore[no-untyped-def]
    uri, ssd = pg_server.uri, deployed
    d = D_CARE
    day = timedelta(days=1)

    def episode_id(person: str, start: date) -> str:
        return f"{person}.{start.isoformat()}"

    assert rows_of(uri, ssd, "ssd_cla_episodes") == {
        (episode_id("1004", d), "1004", "7101", d, "S", "N1", d + 100 * day, "X1", "7000", "5040-1004", None, d),
        (episode_id("1004", d + 100 * day), "1004", "7102", d + 100 * day, "P", "N1", d + 150 * day, None, "7000",
         "5040-1004", None, d),
        (episode_id("1004", d + 150 * day), "1004", "7102", d + 150 * day, "L", "N1", None, None, "7000", "5040-1004",
         ago(100), d),
        ("1005.2023-02-01", "1005", "7103", date(2023, 2, 1), "S", "N1", date(2023, 9, 1), "X1", "7002", "5050-1005",
         None, date(2023, 2, 1)),
        ("1005.2023-09-01", "1005", "7103", date(2023, 9, 1), "L", "N1", date(2024, 1, 1), "X1", "7002", "5050-1005",
         None, date(2023, 2, 1)),
        ("1005.2024-01-01", "1005", "7104", date(2024, 1, 1), "P", "N1", date(2025, 2, 1), "E11", "7002", "5050-1005",
         None, date(2023, 2, 1)),
        ("1006.2022-01-01", "1006", "7105", date(2022, 1, 1), "S", "N2", date(2024, 6, 30), "E45", "7003", "5060-1006",
         None, date(2022, 1, 1)),
    }
    # 7102: start of its first split, type and end of its last; postcode valid at the placement end (or today)
    assert rows_of(uri, ssd, "ssd_cla_placement") == {
        ("7101", "7000", "1004", d, "U1", "SC000801", None, "PR1", "ZZ8 1ZZ", d + 100 * day, "CARPL"),
        ("7102", "7000", "1004", d + 100 * day, "K2", "SC000802", None, "PR2", "ZZ8 2ZZ", None, None),
        ("7103", "7002", "1005", date(2023, 2, 1), "U1", None, None, "PR0", None, date(2024, 1, 1), "PLACE"),
        ("7104", "7002", "1005", date(2024, 1, 1), "A5", "SC000804", None, "PR4", "ZZ8 5ZZ", date(2025, 2, 1), None),
        ("7105", "7003", "1006", date(2022, 1, 1), "R1", None, None, None, None, date(2024, 6, 30), None),
    }
    nulls = (None,) * 17
    assert rows_of(uri, ssd, "ssd_permanence") == {
        ("ADP.5051-1005", "1005", "7002", date(2023, 6, 1), None, None, None, None, date(2023, 9, 1),
         date(2023, 11, 1), None, None, None, date(2024, 1, 1), None, None, None, None, None, None, date(2025, 2, 1),
         "Adoption", None),
        ("SGO.7501", "1006", "7003", *nulls, date(2024, 7, 1), "Special Guardianship Order", None),
    }
    # 17, looked after for 3 years and still in care: eligible; latest contact mapped to SSDA903 codes
    assert rows_of(uri, ssd, "ssd_care_leavers") == {
        ("1004", "1004", "d) Eligible", "YES", ago(10), "U", "Y", "F2", ago(30), "33", "51", "31")}


def test_parameters_change_the_mapping(pg_server, pg_settings, pg_schema, source) -> None:  # type: ignore[no-untyped-def]
    """LA lists are parameters: a relationship type counted as case worker, next-action ids, question codes."""
    load(pg_server.uri, source, fixture())
    params = {"care_worker_relationship_types": ["REL.TEAMMANAGER"], "assessment_further_action_ids": [],
              "assessment_nfa_action_ids": [3941], "s47_further_action_ids": [3988],
              "immigration_start_question_codes": ["qStart"], "uasc_status_answers": []}
    deploy(settings_for(pg_settings, source, params), part="ssd")
    uri = pg_server.uri
    roles = {r[0]: r[2] for r in rows_of(uri, pg_schema, "ssd_involvements")}
    assert roles["PR.8001"] == "CW" and roles["PR.8002"] == "REL.PERSONALADVISOR"
    assessment = {r[0]: (r[6], r[7]) for r in rows_of(uri, pg_schema, "ssd_cin_assessments")}
    assert assessment["5002-1001"] == ('{"NFA_FLAG": "Y", "FURTHER_INTERVENTION_FLAG": "N"}', "Y")
    assert {r[0]: r[5] for r in rows_of(uri, pg_schema, "ssd_s47_enquiry")}["5022-1003"] == "N"
    # no end-date question configured, and 'UASC' no longer counts as the payload's 'U'
    assert rows_of(uri, pg_schema, "ssd_immigration_status") == {("9002-1003", "1003", ago(300), None, "UASC")}


def test_refresh_picks_up_added_changed_and_removed_children(pg_server, pg_settings, pg_schema, source) -> None:  # type: ignore[no-untyped-def]
    uri = pg_server.uri
    load(uri, source, fixture())
    settings = settings_for(pg_settings, source, PARAMS)
    deploy(settings, part="ssd")
    with psycopg.connect(uri) as conn:
        conn.execute(f'UPDATE "{source}".dm_persons SET last_name = %s WHERE person_id = 1001', ("Synthnew",))
        for table in ("dm_persons", "dm_cin_referrals", "dm_health_assessments", "dm_person_references"):
            conn.execute(f'DELETE FROM "{source}".{table} WHERE person_id = 1003')
    load(uri, source, {"dm_persons": [(1009, "Hazel", "Synthnine", "F", "E1", date(2015, 1, 1), None, None, None, "GB")],
                       "dm_cin_referrals": [(5090, 1009, ago(20), "1C", None, None, None)]})
    result = deploy(settings, part="ssd")
    people = {r[1]: r[4] for r in rows_of(uri, pg_schema, "ssd_person")}
    assert set(people) == {"1001", "1002", "1004", "1005", "1006", "1008", "1009"}
    assert people["1001"] == "Synthnew" and people["1009"] == "Synthnine"
    assert result.row_counts["ssd_person"] == 7
    assert {r[0] for r in rows_of(uri, pg_schema, "ssd_cin_episodes")} >= {"5090-1009"}
    assert not {r[0] for r in rows_of(uri, pg_schema, "ssd_cin_episodes")} & {"5020-1003"}
    assert rows_of(uri, pg_schema, "ssd_sdq_scores") == set()
    assert rows_of(uri, pg_schema, "ssd_linked_identifiers") == set()


def test_failed_refresh_keeps_previous_contents(pg_server, pg_settings, pg_schema, source) -> None:  # type: ignore[no-untyped-def]
    uri = pg_server.uri
    load(uri, source, fixture())
    settings = settings_for(pg_settings, source, PARAMS)
    deploy(settings, part="ssd")
    before = rows_of(uri, pg_schema, "ssd_address")
    with psycopg.connect(uri) as conn:
        conn.execute(f'UPDATE "{source}".dm_persons SET first_names = %s WHERE person_id = 1002', ("Rowan",))
    # a second address row with an existing id: the refill of ssd_address fails on its primary key
    load(uri, source, {"dm_ADDRESSES": [(12, 1001, "Duplicate", "HOME", ago(5), None, "ZZ9 9ZZ")]})
    assert list(deploy(settings, part="ssd").failed_tables) == ["ssd_address"]
    assert rows_of(uri, pg_schema, "ssd_address") == before
    assert {r[1]: r[3] for r in rows_of(uri, pg_schema, "ssd_person")}["1002"] == "Rowan"


def test_synthetic_mosaic_deploys_and_fills_every_table(mosaic_whole: Deployed) -> None:
    # 1500 children, seed 11 (histories that include substance misuse), deployed once: tests/shared_deployments.py
    assert mosaic_whole.source_rows["dm_subgroup_subjects"] == CHILDREN  # dm_persons also holds the babies of mothers
    empty = [t.name for t in load_tables("ssd") if t.is_filled_by("mosaic") and mosaic_whole.counts[t.name] == 0]
    assert not empty, f"empty SSD tables: {empty}"
    uri, pg_schema = mosaic_whole.uri, mosaic_whole.ssd
    with psycopg.connect(uri) as conn:
        orphans = conn.execute(
            f'SELECT count(*) FROM "{pg_schema}".ssd_involvements i WHERE NOT EXISTS (SELECT 1 FROM '
            f'"{pg_schema}".ssd_professionals p WHERE p.prof_professional_id = i.invo_professional_id)').fetchone()
        unmatched = conn.execute(
            f'SELECT count(*) FROM "{pg_schema}".ssd_assessment_factors f WHERE NOT EXISTS (SELECT 1 FROM '
            f'"{pg_schema}".ssd_cin_assessments a WHERE a.cina_assessment_id = f.cinf_assessment_id)').fetchone()
    assert orphans == (0,) and unmatched == (0,)


def test_rendering_needs_no_la_helpers_and_checks_parameters(pg_settings, source) -> None:  # type: ignore[no-untyped-def]
    from ssd_bridge.errors import TemplateError
    from ssd_bridge.sql.render import RenderOptions, render_deployment

    tsql = render_deployment(RenderOptions(cms="mosaic", dialect="tsql", part="ssd"))
    # persistent SSD tables, no global temp tables or procedures, no dbo helper functions
    assert "[ssd].[ssd_cin_episodes]" in tsql and "##" not in tsql and "dbo." not in tsql
    assert "PROCEDURE" not in tsql and "SCF." not in tsql and "raw." not in tsql
    for name, value in (("cin_plan_step_type_ids", 325), ("assessment_nfa_action_ids", "3988"),
                        ("linked_identifier_types", ["UPN"])):
        with pytest.raises(TemplateError, match=f"source.params.{name}"):
            render_deployment(RenderOptions(cms="mosaic", dialect="postgres", part="ssd", params={name: value}))
    with pytest.raises(ConfigError, match="source.location"):
        render_deployment(RenderOptions(cms="mosaic", dialect="postgres", part="ssd", source_location="a.b.c"))


def test_care_leaver_categories(pg_server, pg_settings, pg_schema, source) -> None:  # type: ignore[no-untyped-def]
    """D2I's eligibility rules as of today: time looked after since 14, age, in care now, support now."""
    from tests.mosaic_fixture import birthday

    def person(pid: int, years: int, days: int = 0) -> tuple:
        return (pid, "Yarrow", f"Synthleaver{pid}", "F", None, birthday(years, days), None, None, None, None)

    def period(pid: int, start: date, end: date | None, respite: str = "N") -> dict[str, list[tuple]]:
        return {"dm_PERIODS_OF_CARE": [(pid * 10, pid, start, end)],
                "dm_LEGAL_STATUSES": [(pid * 10, pid, pid * 10, "V2" if respite == "Y" else "C2", start, respite)]}

    cases = [
        (person(2001, 19), period(2001, birthday(4), birthday(1, 180))),             # 91+ days, now 19
        (person(2002, 17), period(2002, birthday(0, 180), birthday(0, 120))),        # 60 days after 16, left
        (person(2003, 23), period(2003, birthday(8), birthday(5))),                  # 23, nobody allocated
        (person(2004, 23), period(2004, birthday(8), birthday(5))),                  # 23, personal adviser
        (person(2005, 17), period(2005, birthday(0, 300), birthday(0, 100), "Y")),   # respite only
        (person(2007, 15), period(2007, birthday(0, 300), None)),                    # under 16
        (person(2008, 17), period(2008, ago(30), None)),                             # 30 days, still in care
    ]
    rows: dict[str, list[tuple]] = {"dm_persons": [], "dm_PERIODS_OF_CARE": [], "dm_LEGAL_STATUSES": [],
                                    "dm_prof_relationships": [(8100, 2004, 33, "REL.PERSONALADVISOR", ago(90), None,
                                                               None)]}
    for who, care in cases:
        rows["dm_persons"].append(who)
        for table, table_rows in care.items():
            rows[table].extend(table_rows)
    load(pg_server.uri, source, rows)
    deploy(settings_for(pg_settings, source), part="ssd")
    empty = (None,) * 6
    assert rows_of(pg_server.uri, pg_schema, "ssd_care_leavers") == {
        ("2001", "2001", "b) Former relevant child", *empty, None, None, None),
        ("2002", "2002", "c) Qualifying care leaver", *empty, None, None, None),
        ("2004", "2004", "b) Former relevant child", *empty, "33", None, None),
    }
