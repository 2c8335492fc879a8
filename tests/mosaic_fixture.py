"""A small hand-written Mosaic data mart for tests/test_cms_mosaic.py.

Dates that decide ages or the history window are relative to today, so the expected rows hold
whatever day the tests run. Children:

* 1001 A: girl, open referral 5001 shared with her brother, assessment 5002 (both children), CIN plan
  5003, allocated worker 31 and a team-manager relationship with worker 32, two addresses, disabilities.
* 1002 B: boy on the same referral and assessment; S47 5010 -> initial conference 5011 -> CP plan 6001
  with two initial categories (MUL), one of which has ended.
* 1003 C: an NFA referral in the window and one long before it; S47 5022 ending in NFA; a cancelled S47;
  SDQs in and out of the window; immigration forms (the later one, resolved through the subgroup, wins);
  linked identifiers.
* 1004 D: 17 (an ethnicity code missing from dm_ETHNICITIES, where E1 is listed twice), looked after for 3 years (three episodes S, P, L; placement 7102 split in two); care leaver
  contacts, personal adviser, pathway plan, IRO visits.
* 1005 E: adopted (journey 5051; step 5052 repeats the decision date); 1006 F: special guardianship order the day after care ended.
* 1007 G: only a referral closed years before the window, so in no SSD table.
* 1008 H: unborn; a pre-birth referral.
"""

from __future__ import annotations

from datetime import date, timedelta

from ssd_bridge.synth.mosaic import TABLES

TODAY = date.today()


def ago(days: int) -> date:
    """``days`` days before today."""
    return TODAY - timedelta(days=days)


def birthday(years: int, days: int = 0) -> date:
    """The date of birth of someone aged ``years`` (and ``days`` more) today."""
    try:
        anniversary = TODAY.replace(year=TODAY.year - years)
    except ValueError:  # 29 February
        anniversary = TODAY.replace(year=TODAY.year - years, day=28)
    return anniversary - timedelta(days=days)


def row(table: str, **values: object) -> tuple:
    """A row of ``table`` in TABLES column order; unnamed columns are NULL."""
    names = [c for c, _ in TABLES[table]]
    unknown = set(values) - set(names)
    assert not unknown, f"{table} has no column {unknown}"
    return tuple(values.get(n) for n in names)


def step(step_id: int, subgroup: int, step_type: int, started: date, completed: date | None, status: str | None = None,
         **extra: object) -> tuple:
    """A DM_WORKFLOW_STEPS row (team 51, worker 31 unless given)."""
    values = {"WORKFLOW_STEP_ID": step_id, "SUBGROUP_ID": subgroup, "WORKFLOW_STEP_TYPE_ID": step_type,
              "STEP_STATUS": status or ("COMPLETED" if completed else "STARTED"), "STARTED_ON": started,
              "INCOMING_ON": started, "COMPLETED_ON": completed, "RESPONSIBLE_TEAM_ID": 51, "ASSIGNEE_ID": 31,
              "IS_CONTINUOUS_ASSESSMENT": "N", "IS_SECTION_47_ENQUIRY": "N"}
    values.update(extra)
    return row("DM_WORKFLOW_STEPS", **values)


def view(step_id: int, person: int, started: date, completed: date | None, status: str | None = None,
         **extra: object) -> tuple:
    """A dm_workflow_steps_people_vw row."""
    values = {"WORKFLOW_STEP_ID": step_id, "PERSON_ID": person, "STEP_STATUS": status or
              ("COMPLETED" if completed else "STARTED"), "STARTED_ON": started, "COMPLETED_ON": completed,
              "ASSIGNEE_ID": 31, "RESPONSIBLE_TEAM_ID": 51, "IS_SECTION_47_ENQUIRY": "N"}
    values.update(extra)
    return row("dm_workflow_steps_people_vw", **values)


D_CARE = ago(3 * 365)  # D's period of care starts here


def fixture() -> dict[str, list[tuple]]:
    """Every source row of the fixture, by table."""
    return {**_people(), **_workflow(), **_workers(), **_care()}


def _people() -> dict[str, list[tuple]]:
    return {
        "dm_persons": [
            (1001, "Alder", "Synthfield", "F", "E1", birthday(10), None, " X12345678901A ", "9990001001", "GB"),
            (1002, "Briar", "Synthfield", "M", "E2", birthday(12), None, None, None, "GB"),
            (1003, "Cobalt", "O'Synth", "Female", "E1", birthday(15), None, "X00000000003C", None, "SY"),
            (1004, "Dune", "Synthmoor", "M", "E9", birthday(17, 30), None, None, None, "GB"),
            (1005, "Ember", "Synthlake", "F", "E1", birthday(4), None, None, None, "GB"),
            (1006, "Fennel", "Synthdale", "U", None, birthday(9), None, None, None, "GB"),
            (1007, "Garnet", "Synthwood", "M", "E1", birthday(19), None, None, None, "GB"),
            (1008, None, "Synthbrook", "F", None, TODAY + timedelta(days=40), None, None, None, None),
        ],
        "dm_ETHNICITIES": [("E1", "WBRI"), ("E2", "MWBC"), ("E1", "WBRI")],
        "mo_person_gender_identities": [
            (1003, "OLD", date(2019, 1, 1), date(2020, 1, 1)), (1003, "GI_F", date(2020, 1, 2), None)],
        "dm_PERSONAL_RELATIONSHIPS": [(1003, 5555, "Y", ago(100), None), (1005, 5556, "Y", ago(100), ago(50))],
        "dm_ADDRESSES": [
            (11, 1001, '1 Synthetic Row\n"Testtown"', "HOME", date(2019, 5, 1), date(2025, 1, 1), " zz1 1zz "),
            (12, 1001, "2 Synthetic Row", "HOME", date(2025, 1, 1), None, "ZZ2 2ZZ"),
            (13, 1007, "7 Synthetic Row", "HOME", date(2009, 1, 1), None, "ZZ7 7ZZ"),
        ],
        "DM_DISABILITIES": [(21, 1001, "mob "), (22, 1001, None), (23, 1001, "AUT")],
        "mo_forms": [(9001, 903, ago(700)), (9002, 903, ago(300))],
        "dm_cached_form_answers": [
            (9001, 1, 903, 1003, "uascImmigStat", "Refugee status", None),
            (9002, 1, 903, 0, "uascImmigStat", "UASC", None),
            (9002, 1, 903, 0, "qStart", None, ago(300)),
            (9002, 1, 903, 0, "qEnd", None, ago(30)),
            (9002, 2, 903, 0, "qStart", None, ago(10)),
        ],
        "dm_subgroup_subjects": [
            (900, 1001, "PER"), (900, 1002, "PER"), (900, 77, "ORG"), (902, 1001, "PER"), (901, 1002, "PER"),
            (903, 1003, "PER"), (904, 1004, "PER"),
        ],
        "dm_HEALTH_ASSESSMENTS": [
            (41, 1003, ago(200), "Y", None, " 17 "), (42, 1003, ago(100), "N", "SDQ1", "n/a"),
            (43, 1003, date(2015, 1, 1), "Y", None, "20"), (44, 1003, ago(50), "N", None, "12"),
        ],
    }


def _workflow() -> dict[str, list[tuple]]:
    d = D_CARE
    return {
        "dm_cin_referrals": [
            (5001, 1001, date(2025, 1, 10), "3A", None, None, None),
            (5001, 1002, date(2025, 1, 10), "3A", None, None, None),
            (5020, 1003, date(2024, 5, 1), " 6 ", date(2024, 5, 3), "RC8", date(2024, 5, 3)),
            (5021, 1003, date(2012, 1, 1), "1A", None, "RC7", date(2013, 1, 1)),
            (5040, 1004, d - timedelta(days=30), "5A", None, None, None),
            (5050, 1005, date(2023, 1, 1), "2A", None, None, None),
            (5060, 1006, date(2021, 12, 1), "1B", None, "RC4", date(2024, 7, 1)),
            (5070, 1007, date(2010, 1, 1), "1A", None, "RC1", date(2011, 1, 1)),
            (5080, 1008, ago(50), "3B", None, None, None),
        ],
        "DM_WORKFLOW_STEPS": [
            step(5001, 900, 301, date(2025, 1, 10), date(2025, 1, 10)),
            step(5002, 900, 310, date(2025, 1, 12), date(2025, 2, 10), IS_CONTINUOUS_ASSESSMENT="Y"),
            step(5003, 902, 325, date(2025, 2, 15), None),
            step(5010, 901, 320, date(2025, 3, 1), date(2025, 3, 10), IS_SECTION_47_ENQUIRY="Y",
                 STRATEGY_DISCUSSION_DATE=date(2025, 3, 1)),
            step(5011, 901, 331, date(2025, 3, 20), date(2025, 3, 20), CP_CONFERENCE_CATEGORY="Initial",
                 CP_CONFERENCE_ACTUAL_DATE=date(2025, 3, 20), ASSIGNEE_ID=32, RESPONSIBLE_TEAM_ID=52),
            step(5022, 903, 320, date(2024, 5, 1), date(2024, 5, 3), IS_SECTION_47_ENQUIRY="Y"),
            step(5023, 903, 399, date(2024, 5, 3), date(2024, 5, 3)),
            step(5024, 903, 320, date(2024, 6, 1), None, status="CANCELLED", IS_SECTION_47_ENQUIRY="Y"),
            step(5041, 904, 498, ago(40), ago(30)),
            step(5042, 904, 498, ago(400), ago(390)),
        ],
        "dm_workflow_steps_people_vw": [
            view(5001, 1001, date(2025, 1, 10), date(2025, 1, 10)),
            view(5001, 1002, date(2025, 1, 10), date(2025, 1, 10)),
            view(5002, 1001, date(2025, 1, 12), date(2025, 2, 10)),
            view(5002, 1002, date(2025, 1, 12), date(2025, 2, 10)),
            view(5010, 1002, date(2025, 3, 1), date(2025, 3, 10), IS_SECTION_47_ENQUIRY="Y"),
            view(5011, 1002, date(2025, 3, 20), date(2025, 3, 20)),
            view(5003, 1001, date(2025, 2, 15), None),
            view(5022, 1003, date(2024, 5, 1), date(2024, 5, 3), IS_SECTION_47_ENQUIRY="Y"),
            view(5023, 1003, date(2024, 5, 3), date(2024, 5, 3)),
            view(5024, 1003, date(2024, 6, 1), None, status="CANCELLED", IS_SECTION_47_ENQUIRY="Y"),
            view(5051, 1005, date(2023, 6, 1), date(2023, 6, 1), ADOPTION_BEST_INTEREST_DATE=date(2023, 6, 1),
                 ADOPTION_MATCH_DATE=date(2023, 11, 1)),
            view(5052, 1005, date(2023, 7, 1), date(2023, 7, 1), ADOPTION_BEST_INTEREST_DATE=date(2023, 6, 1)),
        ],
        "dm_workflow_links": [(5002, 5003, 3941), (5010, 5011, 5001), (5022, 5023, 3988), (5001, 5002, 1)],
        "dm_WORKFLOW_NXT_ACTION_TYPES": [(3941, "Further", "N"), (3988, "No further action", "Y"), (5001, "ICPC", "N")],
        "dm_workflow_backwards": [(5011, 5010), (5011, 5001)],
        "DM_SERVICE_USER_GROUPS": [(1001, "G1", date(2024, 1, 1), None), (1001, "G0", date(2020, 1, 1), date(2021, 1, 1))],
        "DM_SERV_USER_GROUP_TYPES": [("G1", "N4"), ("G0", "N1")],
        "child_group_embedded_codes_vw": [("Child CIN Referral Source", "3A", "Health visitor"),
                                          ("Other group", "3A", "Wrong")],
    }


def _workers() -> dict[str, list[tuple]]:
    return {
        "dm_prof_relationships": [
            (8001, 1001, 32, "REL.TEAMMANAGER", date(2025, 1, 10), date(2025, 6, 1), "LEFT"),
            (8002, 1004, 33, "REL.PERSONALADVISOR", ago(100), None, None),
            (8003, 1007, 32, "REL.TEAMMANAGER", date(2010, 1, 1), date(2011, 1, 1), None),
        ],
        "dm_ALLOCATED_WORKERS": [(7001, 1001, 31, date(2025, 1, 10), None), (7002, 1004, 31, ago(500), None)],
        "dm_worker_roles": [(311, 31, 51, date(2020, 1, 1), None), (321, 32, 52, date(2020, 1, 1), None),
                            (331, 33, 53, date(2020, 1, 1), None), (312, 31, 50, date(2010, 1, 1), date(2019, 12, 31))],
        "dm_workers": [(31, "Worker Synthone"), (32, "Worker Synthtwo"), (33, "Worker Synththree"), (34, "Idle Synth")],
        "dm_organisations": [(50, "Old team"), (51, "Team North"), (52, "Team South"), (53, "Leaving Care")],
        "dm_filter_form_answers": [(5002, 1001, "Child Seen During Event (Lookup)", "Yes"),
                                   (5002, 1002, "Child Seen During Event (Lookup)", "Not seen")],
        "dm_mapping_groups": [("Child Seen During Assessment", "Not seen", "No"),
                              ("SSDA903 In Touch Type", "IT.Y", "YES"), ("SSDA903 Accommodation Type", "AC.U", "U")],
        "dm_cin_assess_factors": [(5002, "1a"), (5002, " 2B"), (5002, "2B"), (5002, "99Z")],
        "dm_MAPPING_FILTERS": [("Child CIN Transfer In Conferences", "331")],
        "dm_REGISTRATIONS": [(6001, 1002, 5011, date(2025, 3, 20), None, "Y", "N"),
                             (6002, 1002, None, date(2024, 1, 1), date(2024, 2, 1), "Y", "Y")],
        "DM_REGISTRATION_CATEGORIES": [(6001, date(2025, 3, 20), None, "NEG"),
                                       (6001, date(2025, 3, 20), date(2025, 6, 1), "EMO")],
    }


def _care() -> dict[str, list[tuple]]:
    d = D_CARE
    return {
        "dm_PERIODS_OF_CARE": [(7000, 1004, d, None), (7002, 1005, date(2023, 2, 1), date(2025, 2, 1)),
                               (7003, 1006, date(2022, 1, 1), date(2024, 6, 30))],
        "dm_LEGAL_STATUSES": [(71, 1004, 7000, "C2", d, "N"), (72, 1004, 7000, "C1", d + timedelta(days=150), "N"),
                              (73, 1005, 7002, "C2", date(2023, 2, 1), "N"), (74, 1005, 7002, "E1", date(2023, 9, 1), "N"),
                              (75, 1006, 7003, "V2", date(2022, 1, 1), "Y")],
        "dm_PLACEMENTS": [
            (7101, 1, 1004, 7000, "U1", d, d + timedelta(days=100), "N1", "X1", "CARPL", "N"),
            (7102, 1, 1004, 7000, "U3", d + timedelta(days=100), d + timedelta(days=200), "N1", None, None, "N"),
            (7102, 2, 1004, 7000, "K2", d + timedelta(days=200), None, "N1", None, None, "N"),
            (7103, 1, 1005, 7002, "U1", date(2023, 2, 1), date(2024, 1, 1), "N1", "X1", "PLACE", "N"),
            (7104, 1, 1005, 7002, "A5", date(2024, 1, 1), date(2025, 2, 1), "N1", "E11", None, "Y"),
            (7105, 1, 1006, 7003, "R1", date(2022, 1, 1), date(2024, 6, 30), "N2", "E45", None, "N"),
        ],
        "dm_PLACEMENT_DETAILS": [(7201, 1, 801, "SC000801", "PR1"), (7202, 1, 802, "SC000802", "PR2"),
                                 (7203, 1, 803, None, "PR0"), (7204, 1, 804, "SC000804", "PR4"),
                                 (7205, 1, 805, None, None)],
        "dm_PLACEMENT_CARER_ADDRESSES": [(802, "zz8 2zz", d, None), (801, "ZZ8 1ZZ", d, None),
                                         (804, "ZZ8 4ZZ", date(2020, 1, 1), date(2024, 12, 31)),
                                         (804, "ZZ8 5ZZ", date(2025, 1, 1), None)],
        "dm_cla_summaries": [
            (1004, 7000, 71, 7101, 1, 7201, 1, d, d + timedelta(days=100)),
            (1004, 7000, 71, 7102, 1, 7202, 1, d + timedelta(days=100), d + timedelta(days=150)),
            (1004, 7000, 72, 7102, 1, 7202, 1, d + timedelta(days=150), None),
            (1005, 7002, 73, 7103, 1, 7203, 1, date(2023, 2, 1), date(2023, 9, 1)),
            (1005, 7002, 74, 7103, 1, 7203, 1, date(2023, 9, 1), date(2024, 1, 1)),
            (1005, 7002, 74, 7104, 1, 7204, 1, date(2024, 1, 1), date(2025, 2, 1)),
            (1006, 7003, 75, 7105, 1, 7205, 1, date(2022, 1, 1), date(2024, 6, 30)),
        ],
        "report_filters": [(77, "Child IRO Visit Date"), (78, "Something else")],
        "dm_filter_form_ans": [(None, 1004, 77, ago(100)), (None, 1004, 77, ago(400)), (None, 1004, 78, ago(5))],
        "dm_NON_LA_LEGAL_STATUSES": [(7501, 1006, "SGO", date(2024, 7, 1), None),
                                     (7502, 1006, "CAO", date(2024, 7, 1), None)],
        "dm_NON_LA_LEGAL_STATUS_TYPES": [("SGO", "Y"), ("CAO", "N")],
        "dm_former_looked_after": [(1004, 61, ago(200), "IT.N", "AC.B", "N", "G6"),
                                   (1004, 62, ago(10), "IT.Y", "AC.U", "Y", "F2")],
        "dm_former_in_touch_types": [("IT.Y", "In touch"), ("IT.N", "Not in touch")],
        "dm_former_accom_types": [("AC.U", "Independent living"), ("AC.B", "With parents")],
        "dm_former_activity_types": [("F2", "Full-time training")],
        "dm_person_references": [(91, 1003, "FORMER_UPN", "X999999999999"), (92, 1003, "NHS", "9990001003"),
                                 (93, 1003, "OTHER", "ABC"), (94, 1003, "UPN", None), (95, 1007, "UPN", "X7")],
    }


PARAMS = {"immigration_start_question_codes": ["qStart"], "immigration_end_question_codes": ["qEnd"]}
