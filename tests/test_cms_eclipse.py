"""The Eclipse mapping against real source tables on the embedded PostgreSQL.

A hand-written fixture of a few children covers each table and each rule the mapping has
(exclusions, the history window, episode merging, form pivots, code mapping, latest-row rules,
duplicates); synthetic data proves every table fills; refreshes are checked after source changes
and after a failure (the T-SQL parse check is in test_render.py).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta

import psycopg
import pytest

from ssd_bridge.config import Settings, load_settings
from ssd_bridge.model import CUT_MARK, load_tables
from ssd_bridge.record.rules import cross_field_findings
from ssd_bridge.sql.deploy import deploy
from ssd_bridge.synth import eclipse as writer
from ssd_bridge.synth import synth

pytestmark = pytest.mark.postgres

REFERRAL, ASSESSMENT, S47, MEETING, STRATEGY, IRO, SDQ, PATHWAY = (
    writer.REFERRAL, writer.ASSESSMENT, writer.S47, writer.MEETING, writer.STRATEGY, writer.IRO, writer.SDQ,
    writer.PATHWAY)
TODAY = date.today()
TODDLER_DOB = TODAY - timedelta(days=3 * 365)
DEFAULT_DOB = date(2015, 5, 1)


def d(text: str) -> date:
    return date.fromisoformat(text)


def ts(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


class Source:
    """Rows for the Eclipse source tables, by column name (missing columns are NULL)."""

    def __init__(self) -> None:
        self.rows: dict[str, list[dict]] = {t: [] for t in writer.TABLES}

    def add(self, table: str, **values: object) -> None:
        names = {c for c, _ in writer.TABLES[table]}
        assert set(values) <= names, set(values) - names
        self.rows[table].append(values)

    def form(self, instance: int, person: int, guid: str, completed: str | None, subname: str | None = None,
             submitter: int | None = None, **answers: object) -> None:
        for control, value in answers.items():
            control = control.removeprefix("c_")
            is_date = isinstance(value, date)
            self.add("FORMANSWERPERSONVIEW", INSTANCEID=instance, ANSWERFORSUBJECTID=person, SUBMITTERPERSONID=submitter,
                     DESIGNGUID=guid, DESIGNSUBNAME=subname, INSTANCESTATE="COMPLETE" if completed else "INPROGRESS",
                     CONTROLNAME=control, ANSWERVALUE=None if is_date else value,
                     SHORTANSWERVALUE=None if is_date else value, DATEANSWERVALUE=value if is_date else None,
                     DATECOMPLETED=d(completed) if completed else None)

    def person(self, pid: int, sex: str = "Male", dob: date | None = DEFAULT_DOB, **extra: object) -> None:
        duplicated = extra.pop("DUPLICATED", None)
        self.add("PERSONVIEW", PERSONID=pid, DUPLICATED=duplicated, FORENAME="Test", SURNAME=f"Synth{pid}",
                 DATEOFBIRTH=dob, GENDER=sex)
        values = {"PERSONID": pid, "CAREFIRSTID": f"CF{pid}", "FORENAME": "Test", "SURNAME": f"Synth{pid}", "SEX": sex,
                  "GENDER": "Man" if sex == "Male" else "Woman", "ETHNICITYCODE": "WHITE_BRITISH",
                  "DATEOFBIRTH": dob, "NHSNUMBER": f"999{pid}", "COUNTRYOFBIRTHCODE": "GB"}
        values.update(extra)
        self.add("PERSONDEMOGRAPHICSVIEW", **values)

    def classification(self, assignment: int, pid: int, path: int, start: str, end: str | None = None,
                       name: str = "", code: int | None = None, reason: str | None = None,
                       status: str = "ACTIVE") -> None:
        self.add("CLASSIFICATIONPERSONVIEW", CLASSIFICATIONASSIGNMENTID=assignment, PERSONID=pid,
                 CLASSIFICATIONCODEID=code, CLASSIFICATIONPATHID=path, STATUS=status, STARTDATE=d(start),
                 ENDDATE=d(end) if end else None, ENDREASON=reason, NAME=name)

    def load(self, uri: str, schema: str) -> None:
        with psycopg.connect(uri, autocommit=True) as conn:
            conn.execute(f'CREATE SCHEMA IF NOT EXISTS "{schema}"')
            for table, columns in writer.TABLES.items():
                cols = ", ".join(f'"{c.lower()}" {t}' for c, t in columns)
                conn.execute(f'DROP TABLE IF EXISTS "{schema}"."{table.lower()}"')
                conn.execute(f'CREATE TABLE "{schema}"."{table.lower()}" ({cols})')
                rows = self.rows[table]
                if rows:
                    names = [c for c, _ in columns]
                    marks = ", ".join(["%s"] * len(names))
                    with conn.cursor() as cur:
                        cur.executemany(f'INSERT INTO "{schema}"."{table.lower()}" VALUES ({marks})',
                                        [tuple(r.get(n) for n in names) for r in rows])


def fixture() -> Source:
    """Six children, each exercising a part of the mapping."""
    s = Source()
    s.add("CLASSIFICATION_GROUP", ID=2, CODE="UPN", NAME="UPN unknown")
    s.add("CLASSIFICATION", ID=603, CODE="UN3", NAME="UN3 reason", CLASSIFICATION_GROUP_FK=2)
    s.add("CLASSIFICATION", ID=510, CODE="HEAR", NAME="Hearing", CLASSIFICATION_GROUP_FK=1)
    s.add("REFERENCENUMBERPERSONVIEW", PERSONID=9001, REFERENCENUMBER="SW123456", REFERENCETYPECODE="SWE",
          REFERENCETYPE="Social Work England number", STARTDATE=d("2015-01-01"))

    # 101: a CIN child - two UPN records (the open one wins, the ended one is a former UPN), a
    # referral with an assessment and two overlapping CIN plans that merge into one.
    s.person(101)
    s.add("REFERENCENUMBERPERSONVIEW", PERSONID=101, REFERENCENUMBER="A123456789012", REFERENCETYPECODE="UPN",
          STARTDATE=d("2019-09-01"), ENDDATE=d("2021-07-31"))
    s.add("REFERENCENUMBERPERSONVIEW", PERSONID=101, REFERENCENUMBER="B123456789012", REFERENCETYPECODE="UPN",
          STARTDATE=d("2021-09-01"))
    s.add("ADDRESSPERSONVIEW", ADDRESSID=1, PERSONID=101, TYPE="Home", STARTDATE=d("2020-01-01"),
          POSTCODE=" zz1 1zz ", BUILDINGNAMEORNUMBER='The "Old" House', STREETNAME="Synth Lane", TOWNORCITY="Synthtown")
    s.add("ADDRESSPERSONVIEW", ADDRESSID=2, PERSONID=101, TYPE="Home", STARTDATE=d("2001-01-01"),
          ENDDATE=d("2005-01-01"), POSTCODE="ZZ9 9ZZ")
    s.form(5001, 101, REFERRAL, "2024-01-11", submitter=9001, CINCensus_DateOfReferral=d("2024-01-10"),
           CINCensus_ReferralSource="Police", CINCensus_primaryNeedCategory="Abuse or neglect",
           AnnexAReturn_nextSteps_agreed="Assessment")
    s.form(5002, 101, REFERRAL, "2024-03-02", CINCensus_DateOfReferral=d("2024-03-01"),
           AnnexAReturn_nextSteps_agreed="No further action")  # during the open episode: no new referral
    s.classification(11, 101, 23, "2024-01-10", "2024-06-30", reason="Child moved permanently from area")
    s.classification(12, 101, 4, "2024-02-01", "2024-03-01")
    s.classification(13, 101, 4, "2024-02-20", "2024-04-01")
    s.form(6001, 101, ASSESSMENT, "2024-02-01", subname="Single assessment", CINCensus_startDateOfForm=d("2024-01-12"),
           SeenAlone="Child seen alone", WorkerOutcome="Recommend Child in Need planning",
           CINCensus_alcoholParent="Yes", CINCensus_drugChild="No", CINCensus_childSpecificFactor="Miss,SHarm")
    s.form(6002, 101, ASSESSMENT, None, subname="Single assessment", CINCensus_startDateOfForm=d("2024-05-01"))
    s.add("RELATIONSHIPPROFESSIONALVIEW", PERSONRELATIONSHIPRECORDID=71, PERSONID=101,
          PROFESSIONALRELATIONSHIPPERSONID=9001, PROFESSIONALRELATIONSHIPNAME="Worker One",
          RELATIONSHIPCLASSCODE="SOCWORKER", STARTDATE=d("2024-01-10"), STARTREASONCODE="NEWREF",
          ALLOCATEDWORKERCODE="AW")
    s.add("PERSONORGRELATIONSHIPVIEW", RELATIONSHIPID=81, PERSONID=101, ORGANISATIONID=700,
          DATESTARTED=d("2024-01-10"), ALLOCATEDTEAMCODE="AT")

    # 102: a duplicate record; 103: activity only long before the window. Neither is loaded.
    s.person(102, DUPLICATED="DUPLICATE")
    s.classification(21, 102, 23, "2024-01-01")
    s.person(103)
    s.classification(31, 103, 23, "2005-01-01", "2006-01-01")

    # 104: a toddler whose referral was closed with no further action and opened no episode.
    s.person(104, sex="Female", dob=TODDLER_DOB, ETHNICITYCODE="MARTIAN")
    s.form(5004, 104, REFERRAL, "2025-02-03", submitter=9001, CINCensus_DateOfReferral=d("2025-02-01"),
           CINCensus_ReferralSource="Self", CINCensus_primaryNeedCategory="Low income",
           AnnexAReturn_nextSteps_agreed="No further action")

    # 105: a young mother on a CP plan after an S47 and ICPC; disabled (one current, one ended),
    # unaccompanied asylum seeker, with a recorded UPN-unknown reason.
    s.person(105, sex="Female", dob=d("2008-03-01"))
    s.add("PERSONVIEW", PERSONID=900, FORENAME="Baby", SURNAME="Synth", DATEOFBIRTH=d("2025-01-05"), GENDER="Male")
    s.add("PERSON_PER_RELATIONSHIP", ROLE_A_PERSON_FK=900, ROLE_B_PERSON_FK=105, PERSON_PER_REL_TYPE_FK=17,
          START_DATE=d("2025-01-05"))
    s.classification(51, 105, 0, "2023-01-01", name="UN3", code=603)
    s.classification(52, 105, 55, "2020-01-01", name="Hearing", code=510)
    s.classification(53, 105, 55, "2019-01-01", "2020-01-01", name="Vision")
    s.classification(54, 105, 83, "2024-06-01", name="Unaccompanied asylum seeking child", code=423)
    s.classification(55, 105, 23, "2025-03-01")
    s.form(5005, 105, REFERRAL, "2025-03-01", CINCensus_DateOfReferral=d("2025-03-01"),
           CINCensus_ReferralSource="School", CINCensus_primaryNeedCategory="Family dysfunction",
           AnnexAReturn_nextSteps_agreed="Strategy Discussion/Meeting")
    s.form(7000, 105, STRATEGY, "2025-03-01", dateOfMeeting=d("2025-03-01"))
    s.form(7001, 105, S47, "2025-03-10", AnnexAReturn_dateOfStratMeeting=d("2025-03-02"),
           CINCensus_whatNeedsToHappenNext="Convene initial child protection conference",
           CINCensus_outcomeOfSection47Enquiry='Concerns "substantiated"')
    s.form(7002, 105, MEETING, "2025-03-21", subname="Child Protection - Initial Conference",
           AnnexAReturn_typeOfMeeting="Child Protection (Initial child protection conference)",
           c_903Return_dateOfMeetingConference=d("2025-03-20"), ChildProtectionNextStep="Set next review")
    s.classification(56, 105, 51, "2025-03-20")
    s.classification(57, 105, 81, "2025-03-20", name="Neglect")
    s.classification(58, 105, 81, "2025-09-01", name="Emotional abuse")

    # 106: looked after - two episodes at one placement, then a move; adopted-plan record; care
    # leaver records sharing a contact date; SDQs, one with a score that is not a number.
    s.person(106, dob=d("2009-02-01"))
    s.form(5006, 106, REFERRAL, "2024-04-21", CINCensus_DateOfReferral=d("2024-04-20"),
           CINCensus_ReferralSource="Housing", CINCensus_primaryNeedCategory="N4",
           AnnexAReturn_nextSteps_agreed="Assessment")
    s.classification(61, 106, 23, "2024-04-20")
    s.add("CLAPERIODOFCAREVIEW", PERSONID=106, PERIODOFCAREID=300, ADMISSIONDATE=d("2024-05-01"))
    for episode, start, end, address, kind, reason in (
            (401, "2024-05-01", "2024-08-01", 10, "REL", "S"), (402, "2024-08-01", "2024-10-01", 10, "REL", "L"),
            (403, "2024-10-01", None, 11, "U5", "P")):
        s.add("CLAEPISODEOFCAREVIEW", EPISODEOFCAREID=episode, PERSONID=106, PERIODOFCAREID=300, EOCSTARTDATE=d(start),
              EOCENDDATE=d(end) if end else None, EOCSTARTREASONCODE=reason, EOCENDREASONCODE="X1" if end else None,
              CATEGORYOFNEED="Family in acute stress", PLACEMENTADDRESSID=address, PLACEMENTPOSTCODE="ZZ3 3ZZ",
              PLACEMENTTYPECODE=kind, PLACEMENTPROVISIONCODE="PR1",
              PLACEMENTCHANGEREASONCODE="CARPL" if episode == 402 else None)
    s.form(7101, 106, IRO, "2024-06-15", dateOfMeeting=d("2024-06-15"))
    s.form(7102, 106, IRO, "2020-06-15", dateOfMeeting=d("2020-06-15"))
    s.add("CLAADOPTIONSVIEW", ADOPTIONID=8001, PERSONID=106, GENDEROFADOPTERSCODE="MF", ADOPTERSLEGALSTATUSCODE="L12",
          DATESHOULDBEPLACED=d("2024-07-01"))
    for leaver in (91, 92):
        s.add("CLACARELEAVERDETAILSVIEW", CARELEAVERID=leaver, PERSONID=106, ELIGIBILITY="Relevant",
              INTOUCHCODE="YES", CONTACTDATE=d("2025-06-01"), ACCOMODATIONCODE="B",
              ACCOMSUITABLE="Accommodation considered suitable", MAINACTIVITYCODE="F2")
    s.form(7201, 106, PATHWAY, "2025-05-01", dateOfPathwayPlan=d("2025-05-01"))
    s.form(7301, 106, SDQ, "2025-01-10", c_903Return_dateOfLatestSDQRecord=d("2025-01-10"),
           youngPersonsStrengthsAndDifficultiesQuestionnaireScore="17")
    s.form(7302, 106, SDQ, "2025-07-10", c_903Return_dateOfLatestSDQRecord=d("2025-07-10"),
           youngPersonsStrengthsAndDifficultiesQuestionnaireScore="n/a",
           c_903Return_reasonForNotSubmittingStrengthsAndDifficultiesQuestionnaireInPeriod="Other")
    return s


def eclipse_settings(uri: str, schema: str, source: str) -> Settings:
    return load_settings(env={}, overrides={
        "cms": "eclipse", "environment": "test", "ssd": {"history_years": 10},
        "database": {"dialect": "postgres", "url": uri, "schema": schema}, "source": {"location": source}})


@pytest.fixture(scope="module")
def schemas(pg_server) -> Iterator[Callable[[], tuple[str, str]]]:  # type: ignore[no-untyped-def]
    """Makes (ssd schema, source schema) name pairs; drops them all at the end of the module."""
    made: list[str] = []

    def make() -> tuple[str, str]:
        tag = uuid.uuid4().hex[:10]
        made.extend([f"t_{tag}", f"src_{tag}"])
        return f"t_{tag}", f"src_{tag}"

    yield make
    with psycopg.connect(pg_server.uri, autocommit=True) as conn:
        for name in made:
            conn.execute(f'DROP SCHEMA IF EXISTS "{name}" CASCADE')


def rows(settings: Settings, sql: str) -> list[tuple]:
    with psycopg.connect(settings.database.url) as conn:
        conn.execute(f'SET search_path = "{settings.database.schema}"')
        return [tuple(r) for r in conn.execute(sql).fetchall()]


def load_fixture(uri: str, make) -> tuple[Settings, str]:  # type: ignore[no-untyped-def]
    schema, source = make()
    fixture().load(uri, source)
    settings = eclipse_settings(uri, schema, source)
    deploy(settings, part="ssd")
    return settings, source


@pytest.fixture(scope="module")
def loaded(pg_server, schemas) -> Settings:  # type: ignore[no-untyped-def]
    """The fixture deployed once for the read-only tests of this module."""
    return load_fixture(pg_server.uri, schemas)[0]


def test_person_cohort_codes_and_flags(loaded: Settings) -> None:
    got = rows(loaded, "SELECT pers_person_id, pers_legacy_id, pers_upn, pers_sex, pers_gender, pers_ethnicity, "
                       "pers_upn_unknown, pers_is_mother, pers_single_unique_id FROM ssd_person ORDER BY 1")
    assert got == [
        ("101", "CF101", "B123456789012", "M", "01", "WBRI", None, "N", "999101"),
        ("104", "CF104", None, "F", "02", "NOBT", "UN1", "N", "999104"),
        ("105", "CF105", None, "F", "02", "WBRI", "UN3", "Y", "999105"),
        ("106", "CF106", None, "M", "01", "WBRI", None, "N", "999106"),
    ]


def test_address_disability_immigration_and_identifiers(loaded: Settings) -> None:
    assert rows(loaded, "SELECT addr_table_id, addr_person_id, addr_address_postcode, addr_address_json FROM ssd_address") == [
        ("101-1", "101", "ZZ1 1ZZ", '{"ROOM": "", "FLOOR": "", "FLAT": "", "BUILDING": "The \\"Old\\" House", '
         '"HOUSE": "The \\"Old\\" House", "STREET": "Synth Lane", "TOWN": "Synthtown", "UPRN": null, '
         '"EASTING": "", "NORTHING": ""}')]
    assert rows(loaded, "SELECT * FROM ssd_disability") == [("52", "105", "HEAR")]
    assert rows(loaded, "SELECT immi_immigration_status_id, immi_person_id, immi_immigration_status "
                        "FROM ssd_immigration_status") == [("54", "105", "U")]
    assert rows(loaded, "SELECT link_person_id, link_identifier_type, link_identifier_value FROM ssd_linked_identifiers") == [
        ("101", "Former Unique Pupil Number", "A123456789012")]


def test_referrals_merge_episodes_and_attach_forms(loaded: Settings) -> None:
    got = rows(loaded, "SELECT cine_referral_id, cine_person_id, cine_referral_date, cine_cin_primary_need_code, "
                       "cine_referral_source_code, cine_referral_nfa, cine_close_reason, cine_close_date, "
                       "cine_referral_team, cine_referral_worker_id FROM ssd_cin_episodes ORDER BY 1")
    assert got == [
        ("101-5001", "101", ts("2024-01-10"), "N1", "6", "N", "RC5", ts("2024-06-30"), "700", "9001"),
        ("104-5004", "104", ts("2025-02-01"), "N7", "1C", "Y", "RC8", ts("2025-02-03"), None, "9001"),
        ("105-5005", "105", ts("2025-03-01"), "N5", "2A", "N", None, None, None, None),
        ("106-5006", "106", ts("2024-04-20"), "N4", "4", "N", None, None, None, None),
    ]
    outcome = rows(loaded, "SELECT cine_referral_outcome_json FROM ssd_cin_episodes WHERE cine_referral_id = '105-5005'")
    assert '"OUTCOME_STRATEGY_DISCUSSION_FLAG": "Y"' in outcome[0][0]


def test_assessments_factors_and_plans(loaded: Settings) -> None:
    assert rows(loaded, "SELECT cina_assessment_id, cina_referral_id, cina_assessment_start_date, "
                        "cina_assessment_child_seen, cina_assessment_auth_date, cina_assessment_outcome_nfa, "
                        "cina_assessment_team, cina_assessment_worker_id FROM ssd_cin_assessments ORDER BY 1") == [
        ("101-6001", "101-5001", ts("2024-01-12"), "Y", ts("2024-02-01"), "N", "700", "9001"),
        ("101-6002", "101-5001", ts("2024-05-01"), "N", None, None, "700", "9001"),
    ]
    assert rows(loaded, "SELECT * FROM ssd_assessment_factors ORDER BY 1") == [
        ("101-6001", "101-6001", '["1B","10A","15A"]'),
        ("101-6002", "101-6002", '["21"]'),
    ]
    assert rows(loaded, "SELECT * FROM ssd_cin_plans") == [
        ("12", "101-5001", "101", ts("2024-02-01"), ts("2024-04-01"), "700", "9001")]
    assert rows(loaded, "SELECT invo_involvements_id, invo_professional_id, invo_professional_role_id, "
                        "invo_professional_team, invo_referral_id FROM ssd_involvements") == [
        ("71", "9001", "CW", "700", "101-5001")]
    assert rows(loaded, "SELECT prof_professional_id, prof_professional_name, prof_social_worker_registration_no, "
                        "prof_professional_caseload FROM ssd_professionals") == [("9001", "Worker One", "SW123456", 1)]


def test_child_protection_chain(loaded: Settings) -> None:
    s47 = rows(loaded, "SELECT s47e_s47_enquiry_id, s47e_referral_id, s47e_s47_start_date, s47e_s47_end_date, "
                       "s47e_s47_nfa, s47e_s47_outcome_json FROM ssd_s47_enquiry")
    assert s47[0][:5] == ("105-7001", "105-5005", ts("2025-03-02"), ts("2025-03-10"), "N")
    assert '"CP_CONFERENCE_FLAG": "Y"' in s47[0][5]
    assert '"OUTCOME_COMMENTS": "Concerns \\"substantiated\\""' in s47[0][5]
    # Strategy discussion on Saturday 1 March 2025: 15 working days end on Friday 21 March.
    assert rows(loaded, "SELECT icpc_icpc_id, icpc_icpc_meeting_id, icpc_s47_enquiry_id, icpc_cp_plan_id, "
                        "icpc_referral_id, icpc_icpc_transfer_in, icpc_icpc_target_date, icpc_icpc_date, "
                        "icpc_icpc_outcome_cp_flag FROM ssd_initial_cp_conference") == [
        ("105-7002", "7002", "105-7001", "56", "105-5005", "N", ts("2025-03-21"), ts("2025-03-20"), "Y")]
    assert rows(loaded, "SELECT * FROM ssd_cp_plans") == [
        ("56", "105-5005", "105-7002", "105", ts("2025-03-20"), None, None, "Neglect", "Emotional abuse")]


def test_looked_after_permanence_leavers_and_sdq(loaded: Settings) -> None:
    assert rows(loaded, "SELECT clae_cla_episode_id, clae_cla_placement_id, clae_cla_episode_start_reason, "
                        "clae_cla_primary_need_code, clae_cla_id, clae_referral_id, clae_cla_last_iro_contact_date, "
                        "clae_entered_care_date FROM ssd_cla_episodes ORDER BY 1") == [
        ("401", "401", "S", "N4", "300", "106-5006", ts("2024-06-15"), ts("2024-05-01")),
        ("402", "401", "L", "N4", "300", "106-5006", ts("2024-06-15"), ts("2024-05-01")),
        ("403", "403", "P", "N4", "300", "106-5006", ts("2024-06-15"), ts("2024-05-01")),
    ]
    assert rows(loaded, "SELECT clap_cla_placement_id, clap_cla_id, clap_cla_placement_start_date, "
                        "clap_cla_placement_type, clap_cla_placement_postcode, clap_cla_placement_end_date, "
                        "clap_cla_placement_change_reason FROM ssd_cla_placement ORDER BY 1") == [
        ("401", "300", ts("2024-05-01"), "U1", "ZZ3 3ZZ", ts("2024-10-01"), "CARPL"),
        ("403", "300", ts("2024-10-01"), "U5", "ZZ3 3ZZ", None, None),
    ]
    assert rows(loaded, "SELECT perm_table_id, perm_person_id, perm_cla_id, perm_adm_decision_date, perm_adopter_sex "
                        "FROM ssd_permanence") == [("8001", "106", "300", ts("2024-07-01"), "MF")]
    assert rows(loaded, "SELECT clea_table_id, clea_care_leaver_accom_suitable, clea_care_leaver_activity, "
                        "clea_pathway_plan_review_date FROM ssd_care_leavers") == [("92", "1", "F2", ts("2025-05-01"))]
    assert rows(loaded, "SELECT csdq_table_id, csdq_sdq_score, csdq_sdq_reason FROM ssd_sdq_scores ORDER BY 1") == [
        ("106-7301", 17, None), ("106-7302", None, "SDQ4")]


def test_refresh_follows_source_changes_and_keeps_old_rows_on_failure(pg_server, schemas) -> None:  # type: ignore[no-untyped-def]
    loaded, source_schema = load_fixture(pg_server.uri, schemas)
    with psycopg.connect(pg_server.uri, autocommit=True) as conn:
        src = f'"{source_schema}"'
        conn.execute(f"UPDATE {src}.persondemographicsview SET ethnicitycode = 'INDIAN' WHERE personid = 101")
        conn.execute(f"UPDATE {src}.personview SET duplicated = 'DUPLICATE' WHERE personid = 104")
        conn.execute(f"INSERT INTO {src}.persondemographicsview (personid, sex) VALUES (107, 'Female')")
        conn.execute(f"INSERT INTO {src}.personview (personid) VALUES (107)")
        conn.execute(f"INSERT INTO {src}.classificationpersonview (classificationassignmentid, personid, "
                     f"classificationpathid, startdate) VALUES (71, 107, 23, '2025-10-01')")
    deploy(loaded, part="ssd")
    assert rows(loaded, "SELECT pers_person_id, pers_ethnicity FROM ssd_person ORDER BY 1") == [
        ("101", "AIND"), ("105", "WBRI"), ("106", "WBRI"), ("107", "NOBT")]
    assert rows(loaded, "SELECT cine_referral_id FROM ssd_cin_episodes ORDER BY 1") == [
        ("101-5001",), ("105-5005",), ("106-5006",), ("107-C71",)]
    before = rows(loaded, "SELECT * FROM ssd_cla_episodes ORDER BY 1")
    with psycopg.connect(pg_server.uri, autocommit=True) as conn:
        # A repeated episode id breaks ssd_cla_episodes' key: that refill must fail and roll back.
        conn.execute(f'INSERT INTO "{source_schema}".claepisodeofcareview (episodeofcareid, personid, periodofcareid, '
                     f"eocstartdate) VALUES (401, 106, 300, '2024-12-01')")
        conn.execute(f'UPDATE "{source_schema}".persondemographicsview SET ethnicitycode = NULL WHERE personid = 101')
    failed = deploy(loaded, part="ssd").failed_tables
    assert list(failed) == ["ssd_cla_episodes"] and "pk_ssd_cla_episodes" in failed["ssd_cla_episodes"]
    assert rows(loaded, "SELECT * FROM ssd_cla_episodes ORDER BY 1") == before
    # Each table is refilled in its own transaction: ssd_person, refilled before the failure, keeps its new rows.
    assert rows(loaded, "SELECT pers_ethnicity FROM ssd_person WHERE pers_person_id = '101'") == [("NOBT",)]


def test_synthetic_children_fill_every_table(pg_server, schemas) -> None:  # type: ignore[no-untyped-def]
    settings = eclipse_settings(pg_server.uri, *schemas())
    synth(settings, children=800, seed=3)
    result = deploy(settings, part="ssd")
    assert set(result.row_counts) == {t.name for t in load_tables("ssd")}
    filled = [t.name for t in load_tables("ssd") if t.is_filled_by("eclipse")]
    assert len(filled) >= 19 and all(result.row_counts[name] > 0 for name in filled), result.row_counts
    ids = rows(settings, "SELECT COUNT(*) FROM ssd_cin_assessments a LEFT JOIN ssd_cin_episodes e "
                         "ON e.cine_referral_id = a.cina_referral_id WHERE e.cine_referral_id IS NULL")
    assert ids == [(0,)]


# One over-long value in the CMS no longer stops the SSD refresh: it is cut to the SSD column, the cut
# is counted per table and column in the deploy summary, and extract holds the child back with a
# finding naming the field.

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
