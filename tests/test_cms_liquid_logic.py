"""Liquid Logic mapping: hand-written source rows in, exactly these SSD rows out (embedded PostgreSQL)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from typing import Any

import psycopg
import pytest

from ssd_bridge.config import Settings, load_settings
from ssd_bridge.demo import EmbeddedServer
from ssd_bridge.errors import ConfigError
from ssd_bridge.model import load_tables
from ssd_bridge.sql.deploy import deploy
from ssd_bridge.synth.liquid_logic import SOURCE_PARAMS, TABLES
from tests.helpers import empty_source_schema

TODAY = date.today()
PARAMS = {
    "referral_source_codes": {"55": "3A", "56": "1C"},
    "cla_start_reason_codes": {"Started to be looked after": "S"},
    "care_leaver_activity_codes": {"Full time higher education": "F1"},
    "care_leaver_accommodation_codes": {"Independent living": "U"},
}


def ago(days: int) -> datetime:
    """A timestamp ``days`` before today (10:00)."""
    return datetime.combine(TODAY - timedelta(days=days), time(10, 0))


@pytest.fixture()
def source(pg_server: EmbeddedServer) -> Iterator[str]:
    """An empty set of Liquid Logic source tables in a schema of their own."""
    yield from empty_source_schema(pg_server.uri, TABLES, "ll")


def ll_settings(server: EmbeddedServer, ssd_schema: str, source_schema: str, params: dict | None = None) -> Settings:
    return load_settings(env={}, overrides={
        "cms": "liquid_logic",
        "database": {"dialect": "postgres", "url": server.uri, "schema": ssd_schema},
        "source": {"location": source_schema, "params": PARAMS if params is None else params},
    })


def insert(conn: psycopg.Connection, schema: str, table: str, *rows: dict[str, Any]) -> None:
    """Insert rows given as {column: value}; columns not named stay NULL."""
    for row in rows:
        cols = ", ".join(f'"{c.lower()}"' for c in row)
        marks = ", ".join(["%s"] * len(row))
        conn.execute(f'INSERT INTO "{schema}"."{table.lower()}" ({cols}) VALUES ({marks})', list(row.values()))


def fetch(server: EmbeddedServer, schema: str, table: str, columns: str = "*") -> list[tuple]:
    """All rows of an SSD table, ordered by its first column."""
    with psycopg.connect(server.uri) as conn:
        return conn.execute(f'SELECT {columns} FROM "{schema}"."{table}" ORDER BY 1').fetchall()


def person(pid: int, **extra: Any) -> dict[str, Any]:
    row = {"DIM_PERSON_ID": pid, "LEGACY_ID": f"L-{pid}", "FORENAME": "Test", "SURNAME": f"Synth{pid}",
           "GENDER_MAIN_CODE": "M", "ETHNICITY_MAIN_CODE": "E1", "BIRTH_DTTM": ago(3000), "DOB_ESTIMATED": "N",
           "IS_CLIENT": "Y", "NATNL_CODE": "GBR", "EHM_SEN_FLAG": "N"}
    row.update(extra)
    return row


def load_fixture(conn: psycopg.Connection, s: str) -> None:
    """Six people: 101 (everything), 102 (unborn mother with one contact), 103 not a client,
    104 a merged duplicate, 105 only activity before the window, 106 only a key-agency involvement."""
    insert(conn, s, "DIM_PERSON",
           person(-1, IS_CLIENT="N"),
           person(101, UPN=" A123456789012 ", FORMER_UPN="B123456789012"),
           person(102, GENDER_MAIN_CODE="F", ETHNICITY_MAIN_CODE="E9", BIRTH_DTTM=ago(-40), DOB_ESTIMATED="Y",
                  UPN="C123456789012", FORMER_UPN="C123456789012"),
           person(103, IS_CLIENT="N"), person(104, DUPLICATED_DTTM=ago(10)), person(105), person(106))
    # a doubled lookup row must not double the child; the lowest national code wins
    insert(conn, s, "DIM_LOOKUP_DFE_ETHNIC", {"MAIN_CODE": "E1", "NAT_ID": "WIRI"},
           {"MAIN_CODE": "E1", "NAT_ID": "WBRI"})
    insert(conn, s, "FACT_903_DATA", {"FACT_903_DATA_ID": 1, "DIM_PERSON_ID": 102, "NO_UPN_CODE": "UN1"},
           {"FACT_903_DATA_ID": 2, "DIM_PERSON_ID": 102, "NO_UPN_CODE": "UN3"})
    insert(conn, s, "FACT_PERSON_RELATION", {"FACT_PERSON_RELATION_ID": 1, "DIM_PERSON_ID": 102,
                                             "DIM_LOOKUP_RELTN_TYPE_CODE": "CHI"})
    insert(conn, s, "FACT_CONTACTS", {"FACT_CONTACT_ID": 1, "DIM_PERSON_ID": 102, "CONTACT_DTTM": ago(30)},
           {"FACT_CONTACT_ID": 2, "DIM_PERSON_ID": 105, "CONTACT_DTTM": ago(3000)})
    referral = {"DIM_PERSON_ID": 101, "DIM_LOOKUP_CATEGORY_OF_NEED_CODE": "N1xx", "DIM_LOOKUP_CONT_SORC_ID": 55,
                "DIM_LOOKUP_CONT_SORC_ID_DESC": "Health: GP", "OUTCOME_SINGLE_ASSESSMENT_FLAG": "Y",
                "OUTCOME_CP_CONFERENCE_FLAG": "N", "TOTAL_NO_OF_OUTCOMES": 1, "DIM_DEPARTMENT_ID": 7,
                "DIM_WORKER_ID": 9001}
    insert(conn, s, "FACT_REFERRALS",
           {**referral, "FACT_REFERRAL_ID": 1001, "REFRL_START_DTTM": ago(400), "OUTCOME_NFA_FLAG": "yes",
            "OUTCOME_COMMENTS": 'He said "no"\nthen left'},
           {**referral, "FACT_REFERRAL_ID": 1002, "REFRL_START_DTTM": ago(2500), "REFRL_END_DTTM": ago(200),
            "OUTCOME_NFA_FLAG": "False", "DIM_LOOKUP_REFRL_ENDRSN_ID_CODE": "RC8", "DIM_LOOKUP_CONT_SORC_ID": 99,
            "TOTAL_NO_OF_OUTCOMES": -1, "DIM_DEPARTMENT_ID": -1, "DIM_WORKER_ID": -1},
           {**referral, "FACT_REFERRAL_ID": 1003, "DIM_PERSON_ID": 103, "REFRL_START_DTTM": ago(10)},
           {**referral, "FACT_REFERRAL_ID": 1004, "DIM_PERSON_ID": 104, "REFRL_START_DTTM": ago(10)},
           {**referral, "FACT_REFERRAL_ID": 1005, "DIM_PERSON_ID": 105, "REFRL_START_DTTM": ago(3000),
            "REFRL_END_DTTM": ago(2900)})
    insert(conn, s, "FACT_INVOLVEMENTS",
           {"FACT_INVOLVEMENTS_ID": 1, "DIM_PERSON_ID": 101, "DIM_WORKER_ID": 9001,
            "DIM_LOOKUP_INVOLVEMENT_TYPE_CODE": "CW", "IS_ALLOCATED_CW_FLAG": "Y", "START_DTTM": ago(800),
            "DIM_DEPARTMENT_ID": -1, "FACT_WORKER_HISTORY_DEPARTMENT_ID": 77, "FACT_REFERRAL_ID": 1001},
           {"FACT_INVOLVEMENTS_ID": 2, "DIM_PERSON_ID": 101, "DIM_WORKER_ID": -1,
            "DIM_LOOKUP_INVOLVEMENT_TYPE_CODE": "TM", "IS_ALLOCATED_CW_FLAG": "N", "START_DTTM": ago(300),
            "END_DTTM": ago(100), "DIM_DEPARTMENT_ID": 8, "DIM_LOOKUP_CWREASON_CODE": "CASECL",
            "FACT_REFERRAL_ID": -1},
           {"FACT_INVOLVEMENTS_ID": 3, "DIM_PERSON_ID": 101, "DIM_WORKER_ID": 9001,
            "DIM_LOOKUP_INVOLVEMENT_TYPE_CODE": "CW", "IS_ALLOCATED_CW_FLAG": "Y", "START_DTTM": ago(3500),
            "END_DTTM": ago(3000), "FACT_REFERRAL_ID": 1002},
           {"FACT_INVOLVEMENTS_ID": 4, "DIM_PERSON_ID": 101, "DIM_WORKER_ID": 9002,
            "DIM_LOOKUP_INVOLVEMENT_TYPE_CODE": "16PLUS", "IS_ALLOCATED_CW_FLAG": "N", "START_DTTM": ago(50),
            "DIM_DEPARTMENT_ID": 9, "FACT_REFERRAL_ID": -1},
           {"FACT_INVOLVEMENTS_ID": 5, "DIM_PERSON_ID": 106, "DIM_WORKER_ID": 9001,
            "DIM_LOOKUP_INVOLVEMENT_TYPE_CODE": "KA1", "IS_ALLOCATED_CW_FLAG": "N", "START_DTTM": ago(50)})
    insert(conn, s, "DIM_WORKER",
           {"DIM_WORKER_ID": -1, "STAFF_ID": None},
           {"DIM_WORKER_ID": 9001, "STAFF_ID": " S1 ", "FORENAME": "Ann", "SURNAME": "Synthworker",
            "WORKER_ID_CODE": "SW123456", "JOB_TITLE": "Social Worker", "DEPARTMENT_NAME": "Team A",
            "FULL_TIME_EQUIVALENCY": 0.8},
           {"DIM_WORKER_ID": 9002, "STAFF_ID": "S2", "FORENAME": "Bo", "SURNAME": "Synthadviser",
            "WORKER_ID_CODE": " ", "JOB_TITLE": "Personal Adviser", "DEPARTMENT_NAME": "Leaving Care"},
           {"DIM_WORKER_ID": 9003, "STAFF_ID": "Unknown", "FORENAME": "No", "SURNAME": "Staff"})
    insert(conn, s, "DIM_PERSON_ADDRESS",
           {"DIM_PERSON_ADDRESS_ID": 1, "DIM_PERSON_ID": 101, "ADDSS_TYPE_CODE": "HOME", "START_DTTM": ago(900),
            "END_DTTM": ago(100), "POSTCODE": " AB1 2CD ", "HOUSE_NO": "12", "STREET": 'The "Lane"', "UPRN": 1001},
           {"DIM_PERSON_ADDRESS_ID": 2, "DIM_PERSON_ID": 101, "START_DTTM": ago(100), "POSTCODE": "XXX XX"},
           {"DIM_PERSON_ADDRESS_ID": 3, "DIM_PERSON_ID": 101, "START_DTTM": ago(50), "POSTCODE": "No Postcode"},
           {"DIM_PERSON_ADDRESS_ID": 4, "DIM_PERSON_ID": 103, "START_DTTM": ago(50), "POSTCODE": "ZZ1 1ZZ"})
    insert(conn, s, "DIM_LOOKUP_DISAB", {"MAIN_CODE": "D1", "NAT_ID": " MOB "}, {"MAIN_CODE": "D2", "NAT_ID": ""})
    insert(conn, s, "FACT_DISABILITY",
           {"FACT_DISABILITY_ID": 1, "DIM_PERSON_ID": 101, "DIM_LOOKUP_DISAB_CODE": "D1"},
           {"FACT_DISABILITY_ID": 2, "DIM_PERSON_ID": 101, "DIM_LOOKUP_DISAB_CODE": "D1", "END_DTTM": ago(5)},
           {"FACT_DISABILITY_ID": 3, "DIM_PERSON_ID": 101, "DIM_LOOKUP_DISAB_CODE": "D2"},
           {"FACT_DISABILITY_ID": 4, "DIM_PERSON_ID": 101, "DIM_LOOKUP_DISAB_CODE": "D9"})
    insert(conn, s, "FACT_IMMIGRATION_STATUS",
           {"FACT_IMMIGRATION_STATUS_ID": 1, "DIM_PERSON_ID": 101, "START_DTTM": ago(200),
            "DIM_LOOKUP_IMMGR_STATUS_CODE": "U"})
    sdq = "Strengths and Difficulties Questionnaire (carer)"
    insert(conn, s, "FACT_FORMS", *({"FACT_FORM_ID": f, "DIM_PERSON_ID": 101} for f in (11, 12, 13, 21, 22, 23, 24)))
    insert(conn, s, "FACT_FORM_ANSWERS",
           {"FACT_FORM_ID": 11, "ANSWER_NO": "SDQScore", "ANSWER": "12", "ANSWERED_DTTM": ago(60),
            "DIM_ASSESSMENT_TEMPLATE_ID_DESC": sdq},
           {"FACT_FORM_ID": 11, "ANSWER_NO": "SDQScore", "ANSWER": " 17 ", "ANSWERED_DTTM": ago(55),
            "DIM_ASSESSMENT_TEMPLATE_ID_DESC": sdq},
           {"FACT_FORM_ID": 11, "ANSWER_NO": "FormEndDate", "ANSWER": "x", "ANSWERED_DTTM": ago(50)},
           {"FACT_FORM_ID": 12, "ANSWER_NO": "SDQScore", "ANSWER": "n/a", "ANSWERED_DTTM": ago(60),
            "DIM_ASSESSMENT_TEMPLATE_ID_DESC": sdq},
           {"FACT_FORM_ID": 13, "ANSWER_NO": "SDQScore", "ANSWER": "9", "ANSWERED_DTTM": ago(2500),
            "DIM_ASSESSMENT_TEMPLATE_ID_DESC": sdq},
           # assessment forms: 21 authorised and seen with factors, 22 a draft, 23 not yet authorised,
           # 24 authorised before the window
           {"FACT_FORM_ID": 21, "ANSWER_NO": "seenYN", "ANSWER": "yes"},
           {"FACT_FORM_ID": 21, "ANSWER_NO": "FormEndDate", "ANSWER": ago(380).date().isoformat()},
           {"FACT_FORM_ID": 21, "ANSWER_NO": "2B", "ANSWER": "Yes"},
           {"FACT_FORM_ID": 21, "ANSWER_NO": "1A", "ANSWER": " YES"},
           {"FACT_FORM_ID": 21, "ANSWER_NO": "10A", "ANSWER": "yes"},
           {"FACT_FORM_ID": 21, "ANSWER_NO": "3A", "ANSWER": "No"},
           {"FACT_FORM_ID": 22, "ANSWER_NO": "1A", "ANSWER": "Yes"},
           {"FACT_FORM_ID": 23, "ANSWER_NO": "seenYN", "ANSWER": "NO"},
           {"FACT_FORM_ID": 24, "ANSWER_NO": "FormEndDate", "ANSWER": ago(2500).date().isoformat()})
    assessment = {"DIM_PERSON_ID": 101, "FACT_REFERRAL_ID": 1001, "START_DTTM": ago(395),
                  "OUTCOME_NFA_FLAG": "N", "OUTCOME_PROV_OF_SERVICES_FLAG": "Y", "TOTAL_NO_OF_OUTCOMES": 1,
                  "COMPLETED_BY_DEPT_ID": 7, "COMPLETED_BY_USER_ID": 9001}
    insert(conn, s, "FACT_SINGLE_ASSESSMENT",
           {**assessment, "FACT_SINGLE_ASSESSMENT_ID": 21, "EXTERNAL_ID": 5021, "FACT_FORM_ID": 21,
            "DIM_LOOKUP_STEP_SUBSTATUS_CODE": "C"},
           {**assessment, "FACT_SINGLE_ASSESSMENT_ID": 22, "EXTERNAL_ID": 5022, "FACT_FORM_ID": 22,
            "DIM_LOOKUP_STEP_SUBSTATUS_CODE": "D"},
           {**assessment, "FACT_SINGLE_ASSESSMENT_ID": 23, "EXTERNAL_ID": -1, "FACT_FORM_ID": 23,
            "COMPLETED_BY_DEPT_ID": -1, "COMPLETED_BY_USER_ID": -1},
           {**assessment, "FACT_SINGLE_ASSESSMENT_ID": 24, "EXTERNAL_ID": 5024, "FACT_FORM_ID": 24})
    plan = {"DIM_PERSON_ID": 101, "FACT_REFERRAL_ID": 1001, "START_DTTM": ago(350),
            "DIM_LOOKUP_PLAN_TYPE_CODE": "FP", "DIM_LOOKUP_PLAN_STATUS_ID_CODE": "A"}
    insert(conn, s, "FACT_CARE_PLAN_SUMMARY", {**plan, "FACT_CARE_PLAN_SUMMARY_ID": 31},
           {**plan, "FACT_CARE_PLAN_SUMMARY_ID": 32, "DIM_LOOKUP_PLAN_STATUS_ID_CODE": "z"},
           {**plan, "FACT_CARE_PLAN_SUMMARY_ID": 33, "DIM_LOOKUP_PLAN_TYPE_CODE": "CP"})
    insert(conn, s, "FACT_CARE_PLANS",
           {"FACT_CARE_PLAN_ID": 1, "FACT_CARE_PLAN_SUMMARY_ID": 31, "DIM_PLAN_COORD_DEPT_ID": 5,
            "DIM_PLAN_COORD_ID": 9001},
           {"FACT_CARE_PLAN_ID": 2, "FACT_CARE_PLAN_SUMMARY_ID": 31, "DIM_PLAN_COORD_DEPT_ID": -1,
            "DIM_PLAN_COORD_ID": -1},
           {"FACT_CARE_PLAN_ID": 3, "FACT_CARE_PLAN_SUMMARY_ID": -1, "DIM_PERSON_ID": 101,
            "DIM_LOOKUP_PLAN_TYPE_ID_CODE": "PATH", "MODIF_DTTM": ago(40)},
           {"FACT_CARE_PLAN_ID": 4, "FACT_CARE_PLAN_SUMMARY_ID": -1, "DIM_PERSON_ID": 101,
            "DIM_LOOKUP_PLAN_TYPE_ID_CODE": "PATH", "MODIF_DTTM": ago(20)})
    insert(conn, s, "FACT_S47",
           {"FACT_S47_ID": 41, "FACT_REFERRAL_ID": 1001, "DIM_PERSON_ID": 101, "START_DTTM": ago(390),
            "END_DTTM": ago(380), "OUTCOME_NFA_FLAG": "N", "OUTCOME_CP_CONFERENCE_FLAG": "Y",
            "TOTAL_NO_OF_OUTCOMES": 1, "OUTCOME_COMMENTS": 'a "b"\\c\nd', "COMPLETED_BY_DEPT_ID": 7,
            "COMPLETED_BY_USER_STAFF_ID": "S1"},
           {"FACT_S47_ID": 42, "FACT_REFERRAL_ID": 1001, "DIM_PERSON_ID": 101, "START_DTTM": ago(-5)})
    insert(conn, s, "FACT_MEETINGS",
           {"FACT_MEETING_ID": 51, "ACTUAL_DTTM": ago(370), "DIM_LOOKUP_MTG_TYPE_ID_CODE": "CPConference"},
           {"FACT_MEETING_ID": 52, "ACTUAL_DTTM": ago(300), "DIM_LOOKUP_MTG_TYPE_ID_CODE": "CPReview"})
    icpc = {"DIM_PERSON_ID": 101, "FACT_REFERRAL_ID": 1001, "FACT_S47_ID": 41, "TRANSFER_IN_FLAG": "N",
            "DUE_DTTM": ago(375), "OUTCOME_CP_FLAG": "Y", "TOTAL_NO_OF_OUTCOMES": 1, "ORGANISED_BY_DEPT_ID": 7,
            "ORGANISED_BY_USER_STAFF_ID": "S1"}
    insert(conn, s, "FACT_CP_CONFERENCE", {**icpc, "FACT_CP_CONFERENCE_ID": 61, "FACT_MEETING_ID": 51},
           {**icpc, "FACT_CP_CONFERENCE_ID": 62, "FACT_MEETING_ID": 52})
    cp = {"FACT_INITIAL_CP_CONFERENCE_ID": 61, "FACT_REFERRAL_ID": 1001, "DIM_PERSON_ID": 101, "IS_OLA": "N",
          "INIT_CATEGORY_DESC": "Neglect", "CP_CATEGORY_DESC": "Emotional abuse"}
    insert(conn, s, "FACT_CP_PLAN", {**cp, "FACT_CP_PLAN_ID": 72, "START_DTTM": ago(360)},
           {**cp, "FACT_CP_PLAN_ID": 71, "START_DTTM": ago(370), "END_DTTM": ago(360)})
    insert(conn, s, "FACT_CLA", {"FACT_CLA_ID": 81, "FACT_REFERRAL_ID": 1001, "START_DTTM": ago(330)})
    insert(conn, s, "FACT_CARE_EPISODES",
           {"FACT_CARE_EPISODES_ID": 82, "DIM_PERSON_ID": 101, "FACT_CLA_ID": 81, "FACT_CLA_PLACEMENT_ID": 91,
            "CARE_START_DATE": ago(330), "CARE_REASON_DESC": " Started to be looked after ", "CIN_903_CODE": "N1",
            "CARE_END_DATE": ago(30), "CARE_REASON_END_DESC": "Adopted", "CARE_REASON_END_CODE": "E11",
            "OFSTED_URN": "SC123456", "PLACEND": ago(30)},
           {"FACT_CARE_EPISODES_ID": 83, "DIM_PERSON_ID": 101, "FACT_CLA_ID": 81, "FACT_CLA_PLACEMENT_ID": 91,
            "CARE_START_DATE": ago(340), "CARE_REASON_DESC": "Other reason", "CIN_903_CODE": "N1",
            "CARE_END_DATE": ago(3000), "CARE_REASON_END_CODE": "X1", "OFSTED_URN": "URN-9"})
    insert(conn, s, "FACT_CASENOTES",
           {"FACT_CASENOTE_ID": 1, "DIM_PERSON_ID": 101, "DIM_LOOKUP_CASNT_TYPE_ID_CODE": "IRO", "EVENT_DTTM": ago(90)},
           {"FACT_CASENOTE_ID": 2, "DIM_PERSON_ID": 101, "DIM_LOOKUP_CASNT_TYPE_ID_CODE": "IRO", "EVENT_DTTM": ago(60)},
           {"FACT_CASENOTE_ID": 3, "DIM_PERSON_ID": 101, "DIM_LOOKUP_CASNT_TYPE_ID_CODE": "SW", "EVENT_DTTM": ago(5)})
    insert(conn, s, "FACT_CLA_PLACEMENT",
           {"FACT_CLA_PLACEMENT_ID": 91, "FACT_CLA_ID": 81, "DIM_PERSON_ID": 101, "START_DTTM": ago(330),
            "END_DTTM": ago(30), "DIM_LOOKUP_PLACEMENT_TYPE_CODE": "A5", "DISTANCE_FROM_HOME": " 12.5",
            "DIM_LOOKUP_PLACEMENT_PROVIDER_CODE": "PR1", "POSTCODE": " AB12 3CD ",
            "DIM_LOOKUP_PLAC_CHNG_REAS_CODE": "CARPL"},
           {"FACT_CLA_PLACEMENT_ID": 92, "FACT_CLA_ID": 81, "DIM_PERSON_ID": 101, "START_DTTM": ago(30),
            "DIM_LOOKUP_PLACEMENT_TYPE_CODE": "U1", "DISTANCE_FROM_HOME": "n/a", "POSTCODE": "ZZZ"},
           {"FACT_CLA_PLACEMENT_ID": 93, "FACT_CLA_ID": 81, "DIM_PERSON_ID": 101, "START_DTTM": ago(30),
            "DIM_LOOKUP_PLACEMENT_TYPE_CODE": "XX"})
    insert(conn, s, "FACT_ADOPTION",
           {"FACT_ADOPTION_ID": 95, "DIM_PERSON_ID": 101, "START_DTTM": ago(300), "DECISION_DTTM": ago(300),
            "MATCHING_DTTM": ago(200), "SIBLING_GROUP": "N", "NUMBER_TOGETHER": 0, "NUMBER_APART": 0,
            "DIM_LOOKUP_ADOPTER_GENDER_CODE": "MF", "NO_OF_ADOPTERS": 2, "ADOPTION_SOCIAL_WORKER_ID": 9001})
    insert(conn, s, "DIM_CLA_ELIGIBILITY", {"DIM_CLA_ELIGIBILITY_ID": 96, "DIM_PERSON_ID": 101,
                                            "DIM_LOOKUP_ELIGIBILITY_STATUS_DESC": None})
    leaver = {"DIM_PERSON_ID": 101, "DIM_LOOKUP_IN_TOUCH_CODE_CODE": "YES", "DIM_LOOKUP_ACCOMMODATION_SUITABLE_DESC":
              "Suitable", "DIM_LOOKUP_ACCOMMODATION_CODE_DESC": "Independent living"}
    insert(conn, s, "FACT_CLA_CARE_LEAVERS",
           {**leaver, "FACT_CLA_CARE_LEAVERS_ID": 97, "IN_TOUCH_DTTM": ago(20),
            "DIM_LOOKUP_MAIN_ACTIVITY_DESC": "Full time higher education"},
           {**leaver, "FACT_CLA_CARE_LEAVERS_ID": 98, "IN_TOUCH_DTTM": ago(400),
            "DIM_LOOKUP_MAIN_ACTIVITY_DESC": "Something else"})


@pytest.mark.postgres
def test_fixture_fills_each_table_with_exactly_these_rows(pg_server, pg_schema, source) -> None:
    with psycopg.connect(pg_server.uri, autocommit=True) as conn:
        load_fixture(conn, source)
    result = deploy(ll_settings(pg_server, pg_schema, source))
    get = lambda table, cols="*": fetch(pg_server, pg_schema, table, cols)  # noqa: E731

    assert get("ssd_person") == [
        ("L-101", "101", "A123456789012", "Test", "Synth101", "M", "M", "WBRI", ago(3000), None, None, "N    ",
         None, None, None, "GBR"),
        ("L-102", "102", "C123456789012", "Test", "Synth102", "F", "F", None, None, None, "UN3", "N    ",
         ago(-40), None, "Y", "GBR"),
    ]
    assert get("ssd_address", "addr_table_id, addr_person_id, addr_address_postcode, addr_address_end_date") == [
        ("1", "101", "AB1 2CD", ago(100)), ("2", "101", None, None), ("3", "101", None, None)]
    address = json.loads(get("ssd_address", "addr_table_id, addr_address_json")[0][1])
    assert address == {"ROOM": "", "FLOOR": "", "FLAT": "", "BUILDING": "", "HOUSE": "12", "STREET": 'The "Lane"',
                       "TOWN": "", "UPRN": "1001", "EASTING": "", "NORTHING": ""}
    assert get("ssd_disability") == [("1", "101", "MOB")]
    assert get("ssd_immigration_status") == [("1", "101", ago(200), None, "U")]
    assert get("ssd_sdq_scores") == [("11", "101", ago(50), 17, None)]

    episodes = get("ssd_cin_episodes")
    assert [e[:6] + e[7:] for e in episodes] == [
        ("1001", "101", ago(400), "N1x", "3A", "Health: GP", "Y", None, None, "7", "9001"),
        ("1002", "101", ago(2500), "N1x", "99", "Health: GP", "N", "RC8", ago(200), None, None),
    ]
    outcome = json.loads(episodes[0][6])
    assert outcome["COMMENTS"] == 'He said "no"\nthen left' and outcome["NUMBER_OF_OUTCOMES"] == 1
    assert "NFA_FLAG" not in outcome and outcome["CP_CONFERENCE_FLAG"] == "N"
    assert json.loads(episodes[1][6])["NUMBER_OF_OUTCOMES"] is None

    assert get("ssd_involvements") == [
        ("1", "9001", "CW", "77", "101", ago(800), None, None, "1001"),
        ("2", None, "TM", "8", "101", ago(300), ago(100), "CASECL", None),
        ("4", "9002", "16PLUS", "9", "101", ago(50), None, None, None),
    ]
    assert get("ssd_professionals") == [
        ("9001", "S1", "Ann Synthworker", "SW123456", None, "Social Worker", 1, "Team A", 0.8),
        ("9002", "S2", "Bo Synthadviser", None, None, "Personal Adviser", 0, "Leaving Care", None),
    ]
    assessments = get("ssd_cin_assessments")
    assert [a[:6] + a[7:] for a in assessments] == [
        ("21", "101", "1001", ago(395), "Y", datetime.combine(ago(380).date(), time()), "N", "7", "9001"),
        ("23", "101", "1001", ago(395), "N", None, "N", None, None),
    ]
    assert json.loads(assessments[0][6])["PROV_OF_SERVICES_FLAG"] == "Y"
    assert get("ssd_assessment_factors") == [("5021", "21", '["1A", "2B", "10A"]')]
    assert get("ssd_cin_plans") == [("31", "1001", "101", ago(350), None, "5", "9001")]
    s47 = get("ssd_s47_enquiry")
    assert [r[:6] + r[7:] for r in s47] == [("41", "1001", "101", ago(390), ago(380), "N", "7", "S1")]
    s47_outcome = json.loads(s47[0][6])
    assert s47_outcome["CP_CONFERENCE_FLAG"] == "Y" and s47_outcome["OUTCOME_COMMENTS"] == 'a "b"\\c\nd'
    icpc = get("ssd_initial_cp_conference")
    assert [r[:10] + r[11:] for r in icpc] == [
        ("61", "51", "41", "101", "71", "1001", "N", ago(375), ago(370), "Y", "7", "S1")]
    assert json.loads(icpc[0][10])["CP_FLAG"] == "Y"
    assert get("ssd_cp_plans") == [
        ("71", "1001", "61", "101", ago(370), ago(360), "N", "Neglect", "Emotional abuse"),
        ("72", "1001", "61", "101", ago(360), None, "N", "Neglect", "Emotional abuse"),
    ]
    assert get("ssd_cla_episodes") == [
        ("82", "101", "91", ago(330), "S", "N1", ago(30), "E11", "81", "1001", ago(60), ago(330))]
    assert get("ssd_cla_placement") == [
        ("91", "81", "101", ago(330), "A5", "SC123456", 12.5, "PR1", "AB12 3CD", ago(30), "CARPL"),
        ("92", "81", "101", ago(30), "U1", None, None, None, None, None, None),
    ]
    assert get("ssd_permanence") == [(
        "95.82", "101", "81", ago(300), "N", 0, 0, None, None, ago(200), "MF", None, 2, ago(330), None, None,
        None, "SC123456", None, None, ago(30), "Adoption", "9001")]
    assert get("ssd_care_leavers") == [
        ("96.97", "101", "No Current Eligibility", "YES", ago(20), "U", "Suitable", "F1", ago(20), "9002", "77",
         "9001"),
        ("96.98", "101", "No Current Eligibility", "YES", ago(400), "U", "Suitable", "Something else", ago(20),
         "9002", "77", "9001"),
    ]
    assert get("ssd_linked_identifiers") == [
        ("101.FUPN", "101", "Former Unique Pupil Number", "B123456789012", None, None),
        ("101.UPN", "101", "Unique Pupil Number", "A123456789012", None, None),
        ("102.UPN", "102", "Unique Pupil Number", "C123456789012", None, None),
    ]
    assert result.row_counts["ssd_person"] == 2 and result.row_counts["ssd_linked_identifiers"] == 3


@pytest.mark.postgres
def test_history_years_moves_the_window(pg_server, pg_schema, source) -> None:
    with psycopg.connect(pg_server.uri, autocommit=True) as conn:
        load_fixture(conn, source)
    settings = ll_settings(pg_server, pg_schema, source).replace(ssd={"history_years": 10})
    deploy(settings)
    # child 105's referral (about 8 years ago) is inside a ten-year window
    assert [r[0] for r in fetch(pg_server, pg_schema, "ssd_person", "pers_person_id")] == ["101", "102", "105"]
    assert ("13", 9) in fetch(pg_server, pg_schema, "ssd_sdq_scores", "csdq_table_id, csdq_sdq_score")


@pytest.mark.postgres
def test_without_code_maps_descriptions_and_lookup_ids_pass_through(pg_server, pg_schema, source) -> None:
    with psycopg.connect(pg_server.uri, autocommit=True) as conn:
        load_fixture(conn, source)
    deploy(ll_settings(pg_server, pg_schema, source, params={}))
    assert fetch(pg_server, pg_schema, "ssd_cin_episodes", "cine_referral_source_code")[0] == ("55",)
    assert fetch(pg_server, pg_schema, "ssd_cla_episodes", "clae_cla_episode_start_reason") == [
        ("Started to be looked after",)]


@pytest.mark.postgres
def test_refresh_shows_added_changed_and_removed_children(pg_server, pg_schema, source) -> None:
    settings = ll_settings(pg_server, pg_schema, source)
    with psycopg.connect(pg_server.uri, autocommit=True) as conn:
        load_fixture(conn, source)
    deploy(settings)
    with psycopg.connect(pg_server.uri, autocommit=True) as conn:
        insert(conn, source, "DIM_PERSON", person(107, SURNAME="Newcomer"))
        insert(conn, source, "FACT_CONTACTS", {"FACT_CONTACT_ID": 3, "DIM_PERSON_ID": 107, "CONTACT_DTTM": ago(1)})
        conn.execute(f'UPDATE "{source}".dim_person SET surname = %s WHERE dim_person_id = 101', ("Renamed",))
        conn.execute(f'DELETE FROM "{source}".dim_person WHERE dim_person_id = 102')
    deploy(settings)
    assert fetch(pg_server, pg_schema, "ssd_person", "pers_person_id, pers_surname") == [
        ("101", "Renamed"), ("107", "Newcomer")]
    assert [r[0] for r in fetch(pg_server, pg_schema, "ssd_linked_identifiers", "link_table_id")] == [
        "101.FUPN", "101.UPN"]


@pytest.mark.postgres
def test_a_refresh_that_fails_midway_keeps_the_previous_rows(pg_server, pg_schema, source) -> None:
    settings = ll_settings(pg_server, pg_schema, source)
    with psycopg.connect(pg_server.uri, autocommit=True) as conn:
        load_fixture(conn, source)
    deploy(settings)
    before = fetch(pg_server, pg_schema, "ssd_initial_cp_conference")
    with psycopg.connect(pg_server.uri, autocommit=True) as conn:
        conn.execute(f'UPDATE "{source}".dim_person SET surname = %s WHERE dim_person_id = 101', ("Later",))
        conn.execute(f'ALTER TABLE "{source}".fact_meetings RENAME COLUMN actual_dttm TO moved')
    with pytest.raises(ConfigError) as failure:  # a missing source column is the LA's to fix: exit 2
        deploy(settings)
    assert "ssd_initial_cp_conference" in failure.value.message
    assert "FACT_MEETINGS.ACTUAL_DTTM (feeds ssd_initial_cp_conference)" in failure.value.message
    # the other tables are refilled with the new data; the failed one keeps its previous rows
    assert fetch(pg_server, pg_schema, "ssd_person", "pers_surname")[0] == ("Later",)
    assert fetch(pg_server, pg_schema, "ssd_initial_cp_conference") == before and len(before) == 1


@pytest.mark.postgres
def test_synthetic_children_deploy_and_join_up(liquid_logic_whole) -> None:
    # 400 children, seed 7 (histories that include substance misuse), deployed once: tests/shared_deployments.py
    uri, pg_schema = liquid_logic_whole["uri"], liquid_logic_whole["schema"]
    counts = liquid_logic_whole["first"].row_counts
    assert set(counts) == {t.name for t in load_tables("ssd")}
    assert all(counts[t.name] > 0 for t in load_tables("ssd") if t.is_filled_by("liquid_logic")), counts
    with psycopg.connect(uri) as conn:
        orphans = {
            "person": "SELECT COUNT(*) FROM {s}.ssd_cin_episodes e WHERE NOT EXISTS "
                      "(SELECT 1 FROM {s}.ssd_person p WHERE p.pers_person_id = e.cine_person_id)",
            "permanence": "SELECT COUNT(*) FROM {s}.ssd_permanence m WHERE NOT EXISTS "
                          "(SELECT 1 FROM {s}.ssd_person p WHERE p.pers_person_id = m.perm_person_id)",
            "factors": "SELECT COUNT(*) FROM {s}.ssd_assessment_factors f WHERE NOT EXISTS "
                       "(SELECT 1 FROM {s}.ssd_cin_assessments a WHERE a.cina_assessment_id = f.cinf_assessment_id)",
            "referral": "SELECT COUNT(*) FROM {s}.ssd_cin_assessments a WHERE NOT EXISTS "
                        "(SELECT 1 FROM {s}.ssd_cin_episodes e WHERE e.cine_referral_id = a.cina_referral_id)",
            "worker": "SELECT COUNT(*) FROM {s}.ssd_involvements i WHERE i.invo_professional_id IS NOT NULL "
                      "AND NOT EXISTS (SELECT 1 FROM {s}.ssd_professionals w "
                      "WHERE w.prof_professional_id = i.invo_professional_id)",
        }
        found = {k: conn.execute(q.format(s=f'"{pg_schema}"')).fetchone()[0] for k, q in orphans.items()}
        assert found == dict.fromkeys(orphans, 0)
        codes = conn.execute(f'SELECT DISTINCT cine_referral_source_code FROM "{pg_schema}".ssd_cin_episodes')
        assert {c for (c,) in codes} <= set(SOURCE_PARAMS["referral_source_codes"].values())
        for table, column in (("ssd_cin_episodes", "cine_referral_outcome_json"),
                              ("ssd_s47_enquiry", "s47e_s47_outcome_json"),
                              ("ssd_assessment_factors", "cinf_assessment_factors_json")):
            for (value,) in conn.execute(f'SELECT {column} FROM "{pg_schema}".{table}'):
                json.loads(value)


@pytest.mark.parametrize(("params", "key"), [
    ({"placement_type_codes": "A1,A2"}, "placement_type_codes"),
    ({"referral_source_codes": ["1A"]}, "referral_source_codes"),
    ({"care_leaver_activity_codes": "F1"}, "care_leaver_activity_codes"),
])
def test_a_parameter_of_the_wrong_shape_is_a_clear_error(params: dict, key: str) -> None:
    from ssd_bridge.errors import TemplateError
    from ssd_bridge.sql.render import RenderOptions, render_deployment

    with pytest.raises(TemplateError, match=f"source.params.{key} must be"):
        render_deployment(RenderOptions(cms="liquid_logic", params=params))


def test_every_source_column_is_qualified_with_its_table_alias() -> None:
    """check-compat derives the source tables and columns from the rendered SQL: no bare column names."""
    import re

    from ssd_bridge.sql.render import RenderOptions, render_deployment

    script = render_deployment(RenderOptions(cms="liquid_logic", dialect="postgres", part="ssd",
                                             source_location="src"))
    populate = script[script.index("'refilling ssd_person'"):]
    body = re.sub(r"--[^\n]*", "", populate)  # comments (they may hold apostrophes)
    body = re.sub(r"'(?:[^']|'')*'", "''", body)  # string literals
    # LIKE_THIS names that are neither alias-qualified nor function calls
    bare = set(re.findall(r'(?<![.\w"])([A-Z][A-Z0-9]*_[A-Z0-9_]+)\b(?!\s*\()', body))
    assert bare == {"CURRENT_DATE", "CURRENT_TIMESTAMP"}
    # every source table is read under an alias, and every table the synthetic writer makes is read
    tables = set(re.findall(r'"src"\."(\w+)" (\w+)', body))
    assert {t for t, _ in tables} == {t.lower() for t in TABLES}
