"""SSD rows -> DfE records: each mapping rule of §5.5/§5.3 with a fixture child (embedded PostgreSQL)."""

from __future__ import annotations

import json

import pytest

from ssd_bridge.db import connect
from ssd_bridge.record.cohort import reporting_window
from ssd_bridge.record.payload import BuiltChild, build_child, canonical_json
from ssd_bridge.record.ssd_read import iter_children
from ssd_bridge.record.validate import has_errors, schema_errors, validate_record
from tests import extract_fixtures
from tests.conftest import OPENAPI
from tests.ssd_rows import d

pytestmark = pytest.mark.postgres
deployed, ssd = extract_fixtures.deployed, extract_fixtures.ssd  # fixtures shared by the extract tests
AS_OF = "2026-02-10"  # window 2023-04-01 .. 2026-02-11; census dates 2024-03-31, 2025-03-31


def build(settings, as_of: str = AS_OF, roles=None) -> dict[str, BuiltChild]:
    window = reporting_window(d(as_of))
    out = {}
    with connect(settings) as db:
        for chunk in iter_children(db, chunk_size=3):  # tiny pages: exercises the paging
            for child in chunk.children:
                built = build_child(child, window, roles)
                if built is not None:
                    out[built.person_id] = built
    return out


def records(settings, as_of: str = AS_OF, roles=None) -> dict[str, dict]:
    return {pid: b.record for pid, b in build(settings, as_of, roles).items()}


def no_nulls(node) -> bool:
    if isinstance(node, dict):
        return all(v is not None and no_nulls(v) for v in node.values())
    if isinstance(node, list):
        return all(no_nulls(v) for v in node)
    return True


def test_identity_names_and_keys_left_out(deployed, ssd) -> None:
    ssd.child("C1", pers_legacy_id="  L-1  ", pers_forename="Siobhán", pers_surname="O'Brien-Żółć")
    ssd.child("C2", pers_legacy_id="   ", pers_forename=None, pers_sex=None)
    recs = records(deployed)
    assert recs["C1"]["la_child_id"] == "C1" and recs["C1"]["mis_child_id"] == "L-1"
    assert recs["C1"]["child_details"]["first_name"] == "Siobhán"
    assert recs["C1"]["child_details"]["surname"] == "O'Brien-Żółć"
    assert "mis_child_id" not in recs["C2"] and "first_name" not in recs["C2"]["child_details"]
    assert recs["C2"]["child_details"]["sex"] == "U"
    assert all(no_nulls(r) for r in recs.values())
    text, _ = canonical_json(recs["C1"])
    assert "O'Brien-Żółć" in text and "\\u" not in text


@pytest.mark.parametrize(("raw", "sent"), [("M", "M"), ("female", "F"), ("Male", "M"), ("X", "U"), ("U", "U")])
def test_sex(deployed, ssd, raw, sent) -> None:
    ssd.child("C1", pers_sex=raw)
    assert records(deployed)["C1"]["child_details"]["sex"] == sent


def test_upn_un_code_becomes_the_reason_and_former_upn(deployed, ssd) -> None:
    ssd.child("C1", pers_upn="un2")
    ssd.child("C2", pers_upn="A12345678901B")
    ssd.add("ssd_linked_identifiers", link_table_id="1", link_person_id="C2",
            link_identifier_type="Former Unique Pupil Number", link_identifier_value="B00000000000A",
            link_valid_from_date=d("2019-01-01"))
    ssd.add("ssd_linked_identifiers", link_table_id="2", link_person_id="C2",
            link_identifier_type="Former Unique Pupil Number", link_identifier_value="C00000000000A",
            link_valid_from_date=d("2021-01-01"))
    recs = records(deployed)
    assert "unique_pupil_number" not in recs["C1"]["child_details"]
    assert recs["C1"]["child_details"]["unique_pupil_number_unknown_reason"] == "UN2"
    assert recs["C2"]["child_details"]["former_unique_pupil_number"] == "C00000000000A"


def test_long_values_are_not_truncated_but_found(deployed, ssd) -> None:
    long_id = "C" + "1" * 24
    ssd.child(long_id, pers_ethnicity="White British")
    built = build(deployed)[long_id]
    assert built.record["la_child_id"] == long_id  # no silent truncation (§6.B.18)
    findings = validate_record(built.record, built.notes)
    assert ("schema.maxLength", "$.la_child_id") in {(f.rule, f.path) for f in findings}
    assert ("schema.maxLength", "$.child_details.ethnicity") in {(f.rule, f.path) for f in findings}
    assert has_errors(findings)


def test_codes_with_descriptions_are_reduced_to_known_codes(deployed, ssd) -> None:
    ssd.person("C1", pers_ethnicity="WBRI - White British")
    ssd.episode("C1", "R1", "2025-01-01", cine_referral_source_code="1A Individual", cine_close_reason="RC8 closed",
                cine_referral_nfa="y")
    ssd.episode("C1", "R2", "2025-02-01", cine_referral_source_code="Z9", cine_referral_nfa="?")
    rec = records(deployed)["C1"]
    assert rec["child_details"]["ethnicity"] == "WBRI"
    first, second = rec["social_care_episodes"]
    assert (first["referral_source"], first["closure_reason"], first["referral_no_further_action_flag"]) == \
        ("1A", "RC8", True)
    assert second["referral_source"] == "Z9"  # unknown: kept as is, reported as a warning
    assert "referral_no_further_action_flag" not in second


def test_disabilities(deployed, ssd) -> None:
    ssd.child("C1")
    for i, code in enumerate(["mob ", "AUT", "MOB"]):
        ssd.add("ssd_disability", disa_table_id=f"D{i}", disa_person_id="C1", disa_disability_code=code)
    ssd.child("C2")
    ssd.child("C3", dob=None, pers_expected_dob=d("2026-01-20"))  # unborn
    recs = records(deployed)
    assert recs["C1"]["child_details"]["disabilities"] == ["AUT", "MOB"]
    assert recs["C2"]["child_details"]["disabilities"] == ["NONE"]
    assert "disabilities" not in recs["C3"]["child_details"]  # §6.B.15


def test_postcode_is_the_latest_address(deployed, ssd) -> None:
    ssd.child("C1")
    ssd.add("ssd_address", addr_table_id="A1", addr_person_id="C1", addr_address_start_date=d("2020-01-01"),
            addr_address_postcode="AA11AA")
    ssd.add("ssd_address", addr_table_id="A2", addr_person_id="C1", addr_address_start_date=d("2024-01-01"),
            addr_address_postcode="ZZ99 9ZZ")
    assert records(deployed)["C1"]["child_details"]["postcode"] == "ZZ99 9ZZ"


def test_uasc(deployed, ssd) -> None:
    for pid, status, end in [("C1", "Unaccompanied Asylum Seeking Child", None), ("C2", "U", "2024-05-01"),
                             ("C3", "UASC", "2022-01-01"), ("C4", "Refugee", None)]:
        ssd.child(pid)
        ssd.add("ssd_immigration_status", immi_immigration_status_id=pid, immi_person_id=pid,
                immi_immigration_status=status, immi_immigration_status_end_date=d(end) if end else None)
    recs = {k: v["child_details"] for k, v in records(deployed).items()}
    assert recs["C1"]["uasc_flag"] is True and "uasc_end_date" not in recs["C1"]
    assert recs["C2"]["uasc_flag"] is True and recs["C2"]["uasc_end_date"] == "2024-05-01"
    assert recs["C3"]["uasc_flag"] is False and "uasc_end_date" not in recs["C3"]
    assert recs["C4"]["uasc_flag"] is False


def test_episodes_window_and_order(deployed, ssd) -> None:
    ssd.person("C1")
    ssd.episode("C1", "R3", "2025-01-01")
    ssd.episode("C1", "R1", "2025-01-01")  # same date: id decides
    ssd.episode("C1", "R0", "2020-01-01", "2023-03-31")  # closed before the window
    ssd.episode("C1", "R2", "2020-01-01", "2023-04-01")  # closed on its first day
    ids = [e["social_care_episode_id"] for e in records(deployed)["C1"]["social_care_episodes"]]
    assert ids == ["R2", "R1", "R3"]


def test_assessments_factors_and_plans(deployed, ssd) -> None:
    ssd.child("C1", ref="R1", start="2023-01-01")
    ssd.add("ssd_cin_assessments", cina_assessment_id="A1", cina_person_id="C1", cina_referral_id="R1",
            cina_assessment_start_date=d("2023-03-01"), cina_assessment_auth_date=d("2023-04-02"))
    ssd.add("ssd_cin_assessments", cina_assessment_id="A0", cina_person_id="C1", cina_referral_id="R1",
            cina_assessment_start_date=d("2023-01-05"), cina_assessment_auth_date=d("2023-02-01"))
    ssd.add("ssd_assessment_factors", cinf_table_id="F1", cinf_assessment_id="A1", cinf_assessment_factors_json='["2B","1a"]')
    ssd.add("ssd_assessment_factors", cinf_table_id="F2", cinf_assessment_id="A1", cinf_assessment_factors_json="2B, 21")
    ssd.add("ssd_cin_plans", cinp_cin_plan_id="P1", cinp_referral_id="R1", cinp_person_id="C1",
            cinp_cin_plan_start_date=d("2023-01-10"), cinp_cin_plan_end_date=d("2023-05-01"))
    ssd.add("ssd_cin_plans", cinp_cin_plan_id="P0", cinp_referral_id="R1", cinp_person_id="C1",
            cinp_cin_plan_start_date=d("2023-01-10"), cinp_cin_plan_end_date=d("2023-02-01"))
    ssd.add("ssd_cp_plans", cppl_cp_plan_id="CP1", cppl_referral_id="R1", cppl_person_id="C1",
            cppl_cp_plan_start_date=d("2024-01-10"))
    episode = records(deployed)["C1"]["social_care_episodes"][0]
    assert episode["child_and_family_assessments"] == [
        {"child_and_family_assessment_id": "A1", "start_date": "2023-03-01", "authorisation_date": "2023-04-02",
         "factors": ["1A", "21", "2B"], "purge": False}]  # one item, factors merged (§6.B.16)
    assert episode["child_in_need_plans"] == [
        {"child_in_need_plan_id": "P1", "start_date": "2023-01-10", "end_date": "2023-05-01", "purge": False}]
    assert episode["child_protection_plans"] == [
        {"child_protection_plan_id": "CP1", "start_date": "2024-01-10", "purge": False}]


def test_s47_with_icpc_in_window(deployed, ssd) -> None:
    ssd.child("C1", ref="R1", start="2022-01-01")
    ssd.add("ssd_s47_enquiry", s47e_s47_enquiry_id="S1", s47e_referral_id="R1", s47e_person_id="C1",
            s47e_s47_start_date=d("2023-02-01"), s47e_s47_end_date=d("2023-03-01"),
            s47e_s47_outcome_json='{"NFA_FLAG": "N", "CP_CONFERENCE_FLAG": "Y"}')
    for i, when in enumerate(["2023-03-20", "2023-04-10"]):
        ssd.add("ssd_initial_cp_conference", icpc_icpc_id=f"I{i}", icpc_s47_enquiry_id="S1", icpc_person_id="C1",
                icpc_icpc_date=d(when))
    s47 = records(deployed)["C1"]["social_care_episodes"][0]["section_47_assessments"]
    assert s47 == [{"section_47_assessment_id": "S1", "start_date": "2023-02-01", "icpc_required_flag": True,
                    "icpc_date": "2023-04-10", "end_date": "2023-03-01", "purge": False}]


def add_worker(ssd, n: int, role: str, start: str, end: str | None, swe: str | None, staff: str | None = None):
    ssd.add("ssd_professionals", prof_professional_id=f"W{n}", prof_staff_id=staff,
            prof_social_worker_registration_no=swe)
    ssd.add("ssd_involvements", invo_involvements_id=f"V{n}", invo_professional_id=f"W{n}",
            invo_professional_role_id=role, invo_person_id="C1", invo_referral_id="R1",
            invo_involvement_start_date=d(start), invo_involvement_end_date=d(end) if end else None)


@pytest.mark.parametrize("as_of", ["2026-02-10", "2025-12-31"])
def test_care_workers_span_any_census_date(deployed, ssd, as_of) -> None:
    ssd.child("C1", ref="R1", start="2023-06-01")
    add_worker(ssd, 1, "CW", "2024-01-01", "2024-06-01", "SW100001")  # spans 2024-03-31
    add_worker(ssd, 2, " cw", "2024-04-10", None, None, "STAFF2")  # spans 2025-03-31; no SWE: staff id
    add_worker(ssd, 3, "CW", "2024-04-02", "2024-05-01", "SW100003")  # spans no census date
    add_worker(ssd, 4, "TM", "2024-01-01", None, "SW100004")  # another role
    workers = records(deployed, as_of)["C1"]["social_care_episodes"][0]["care_worker_details"]
    assert workers == [{"worker_id": "SW100001", "start_date": "2024-01-01", "end_date": "2024-06-01"},
                       {"worker_id": "STAFF2", "start_date": "2024-04-10"}]
    every_role = records(deployed, as_of, roles=[])["C1"]["social_care_episodes"][0]["care_worker_details"]
    assert {w["worker_id"] for w in every_role} == {"SW100001", "STAFF2", "SW100004"}


def test_placements_take_reasons_from_their_own_cla_episode(deployed, ssd) -> None:
    ssd.child("C1", ref="R1", start="2023-06-01")
    for n, (start, end, reason, ceased) in enumerate([("2023-07-01", "2024-01-01", "S", "E11"),
                                                      ("2024-01-01", None, "P - placement change", None)]):
        ssd.add("ssd_cla_episodes", clae_cla_episode_id=f"E{n}", clae_person_id="C1", clae_cla_id="CLA1",
                clae_referral_id="R1", clae_cla_placement_id=f"PL{n}", clae_cla_episode_start_date=d(start),
                clae_cla_episode_start_reason=reason, clae_cla_episode_ceased_reason=ceased,
                clae_cla_episode_ceased_date=d(end) if end else None)
        ssd.add("ssd_cla_placement", clap_cla_placement_id=f"PL{n}", clap_cla_id="CLA1", clap_person_id="C1",
                clap_cla_placement_start_date=d(start), clap_cla_placement_end_date=d(end) if end else None,
                clap_cla_placement_type="U1", clap_cla_placement_postcode="ZZ99ZZ",
                clap_cla_placement_change_reason="CARPL" if n else None)
    placements = records(deployed)["C1"]["social_care_episodes"][0]["child_looked_after_placements"]
    assert placements == [
        {"child_looked_after_placement_id": "PL0", "start_date": "2023-07-01", "start_reason": "S",
         "placement_type": "U1", "postcode": "ZZ99ZZ", "end_date": "2024-01-01", "end_reason": "E11", "purge": False},
        {"child_looked_after_placement_id": "PL1", "start_date": "2024-01-01", "start_reason": "P",
         "placement_type": "U1", "postcode": "ZZ99ZZ", "change_reason": "CARPL", "purge": False},
    ]


def test_adoption_on_its_episode_and_care_leavers_on_the_latest(deployed, ssd) -> None:
    ssd.person("C1", dob="2007-01-01")
    ssd.episode("C1", "R1", "2023-05-01", "2023-12-01")
    ssd.episode("C1", "R2", "2024-05-01")
    ssd.add("ssd_cla_episodes", clae_cla_episode_id="E1", clae_person_id="C1", clae_cla_id="CLA1", clae_referral_id="R1")
    ssd.add("ssd_permanence", perm_table_id="M1", perm_person_id="C1", perm_cla_id="CLA1",
            perm_adm_decision_date=d("2023-06-01"), perm_matched_date=d("2023-08-01"))
    ssd.add("ssd_care_leavers", clea_table_id="L1", clea_person_id="C1", clea_care_leaver_latest_contact=d("2025-01-01"),
            clea_care_leaver_activity="F2 - part time", clea_care_leaver_accommodation="Z")
    ssd.add("ssd_care_leavers", clea_table_id="L0", clea_person_id="C1", clea_care_leaver_latest_contact=d("2024-01-01"),
            clea_care_leaver_activity="G4", clea_care_leaver_accommodation="B")
    first, second = records(deployed)["C1"]["social_care_episodes"]
    assert first["adoption"] == {"initial_decision_date": "2023-06-01", "matched_date": "2023-08-01", "purge": False}
    assert "adoption" not in second and "care_leavers" not in first
    assert second["care_leavers"] == {"contact_date": "2025-01-01", "activity": "F2", "accommodation": "Z",
                                      "purge": False}


def test_sdq_in_window_oldest_first(deployed, ssd) -> None:
    ssd.child("C1")
    for n, (when, score) in enumerate([("2025-05-01", 12), ("2023-01-01", 3), ("2024-05-01", 30), ("2024-06-01", None)]):
        ssd.add("ssd_sdq_scores", csdq_table_id=f"Q{n}", csdq_person_id="C1", csdq_sdq_completed_date=d(when),
                csdq_sdq_score=score)
    assert records(deployed)["C1"]["health_and_wellbeing"] == {
        "sdq_assessments": [{"date": "2024-05-01", "score": 30}, {"date": "2025-05-01", "score": 12}], "purge": False}


@pytest.mark.parametrize(
    ("as_of", "expected"),
    [("2026-02-10", {"OLD", "NEW", "UNBORN"}), ("2026-04-05", {"NEW"}), ("2026-08-10", {"NEW", "LATE"}),
     ("2025-12-31", {"OLD", "NEW", "UNBORN"})],
)
def test_cohort_across_financial_year_edges(deployed, ssd, as_of, expected) -> None:
    ssd.person("OLD")
    ssd.episode("OLD", "R1", "2022-01-01", "2024-01-15")  # closed Jan 2024: gone once the window starts 2024-04-01
    ssd.child("NEW", start="2024-06-01")
    ssd.person("UNBORN", dob=None, pers_expected_dob=d("2024-02-01"))
    ssd.episode("UNBORN", "R3", "2023-12-01")
    ssd.child("LATE", start="2026-08-01")  # referred after the earlier run dates
    ssd.child("AGED", dob="1990-01-01", start="2025-01-01")  # 26 long before any window
    assert set(records(deployed, as_of)) == expected


def test_purge_false_only_where_the_schema_allows_it_and_records_are_valid(deployed, ssd) -> None:
    ssd.child("C1", ref="R1", start="2023-06-01", pers_upn="A12345678901B", pers_ethnicity="WBRI")
    add_worker(ssd, 1, "CW", "2024-01-01", None, "SW100001")
    ssd.add("ssd_sdq_scores", csdq_table_id="Q1", csdq_person_id="C1", csdq_sdq_completed_date=d("2024-01-01"),
            csdq_sdq_score=5)
    rec = records(deployed)["C1"]
    assert "purge" not in rec["social_care_episodes"][0]["care_worker_details"][0]
    assert "purge" not in rec["health_and_wellbeing"]["sdq_assessments"][0]
    assert rec["purge"] is False and rec["child_details"]["purge"] is False
    assert schema_errors(rec) == []
    if OPENAPI.is_file():
        from jsonschema import Draft202012Validator

        official = json.loads(OPENAPI.read_text(encoding="utf-8"))["components"]["schemas"]["CSC"]
        Draft202012Validator(official, format_checker=Draft202012Validator.FORMAT_CHECKER).validate([rec])


def test_former_upn_is_the_newest_that_differs_from_the_current_upn(deployed, ssd) -> None:
    # §6.B.9: D2I looks only at the newest linked identifier, so a newest row repeating the
    # current UPN hides the real former UPN.
    ssd.child("C1", pers_upn="A12345678901B")
    for n, (value, since) in enumerate([("B00000000000A", "2019-01-01"), ("a12345678901b", "2023-01-01")]):
        ssd.add("ssd_linked_identifiers", link_table_id=f"L{n}", link_person_id="C1",
                link_identifier_type="Former Unique Pupil Number", link_identifier_value=value,
                link_valid_from_date=d(since))
    details = records(deployed)["C1"]["child_details"]
    assert details["former_unique_pupil_number"] == "B00000000000A"


def test_upn_unknown_reason_with_its_description_is_reduced_to_the_code(deployed, ssd) -> None:
    ssd.child("C1", pers_upn_unknown="un2 ")
    ssd.child("C2", pers_upn_unknown="UN10 x")
    recs = records(deployed)
    assert recs["C1"]["child_details"]["unique_pupil_number_unknown_reason"] == "UN2"
    assert recs["C2"]["child_details"]["unique_pupil_number_unknown_reason"] == "UN10"


def test_estimated_date_of_birth_before_the_first_referral_is_sent_as_the_date_of_birth(deployed, ssd) -> None:
    # §6.B.19: the SystemC SSD (and our Liquid Logic fill) keeps an estimated date of birth in
    # pers_expected_dob; DfE asks for it as an approximate date_of_birth, not as an unborn child.
    ssd.child("EST", dob=None, pers_expected_dob=d("2012-05-01"), start="2025-01-10")
    ssd.child("UNBORN", dob=None, pers_expected_dob=d("2026-01-20"), start="2025-12-01")
    ssd.child("OLD", dob=None, pers_expected_dob=d("1990-01-01"), start="2025-01-10")  # 26 before the window
    built = build(deployed)
    assert set(built) == {"EST", "UNBORN"}
    details = built["EST"].record["child_details"]
    assert details["date_of_birth"] == "2012-05-01" and "expected_date_of_birth" not in details
    assert details["disabilities"] == ["NONE"]  # a born child, not an unborn one
    assert "source.dob_estimated" in {f.rule for f in built["EST"].notes}
    unborn = built["UNBORN"].record["child_details"]
    assert unborn["expected_date_of_birth"] == "2026-01-20" and "date_of_birth" not in unborn
    assert not built["UNBORN"].notes


@pytest.mark.parametrize(("raw", "sent"), [("12", 12), (" 7 ", 7), ("40.0", 40), ("10.05", "10.05"), ("ten", "ten")])
def test_sdq_scores_are_whole_numbers_or_kept_for_validation(deployed, ssd, raw, sent) -> None:
    # §6.B.17: a score that is not a whole number is neither dropped nor rounded (10.05 is not 10).
    ssd.child("C1")
    ssd.execute("ALTER TABLE {s}.ssd_sdq_scores ALTER COLUMN csdq_sdq_score TYPE varchar(10)")  # a D2I-era SSD
    try:
        ssd.add("ssd_sdq_scores", csdq_table_id="Q1", csdq_person_id="C1", csdq_sdq_completed_date=d("2024-05-01"),
                csdq_sdq_score=raw)
        built = build(deployed)["C1"]
        assert built.record["health_and_wellbeing"]["sdq_assessments"] == [{"date": "2024-05-01", "score": sent}]
        assert has_errors(validate_record(built.record, built.notes)) is isinstance(sent, str)
    finally:
        ssd.execute("TRUNCATE {s}.ssd_sdq_scores")
        ssd.execute("ALTER TABLE {s}.ssd_sdq_scores ALTER COLUMN csdq_sdq_score TYPE integer USING csdq_sdq_score::integer")


def test_a_numeric_sdq_score_column_does_not_break_the_record(deployed, ssd) -> None:
    ssd.child("C1")
    ssd.execute("ALTER TABLE {s}.ssd_sdq_scores ALTER COLUMN csdq_sdq_score TYPE numeric(5, 2)")
    try:
        for n, score in enumerate(["17.00", "3.50"]):
            ssd.add("ssd_sdq_scores", csdq_table_id=f"Q{n}", csdq_person_id="C1",
                    csdq_sdq_completed_date=d(f"2024-0{n + 5}-01"), csdq_sdq_score=score)
        record = build(deployed)["C1"].record
        assert record["health_and_wellbeing"]["sdq_assessments"] == [
            {"date": "2024-05-01", "score": 17}, {"date": "2024-06-01", "score": 3.5}]
        canonical_json(record)  # a Decimal would not serialise
        assert any("score" in e for e in schema_errors(record))
    finally:
        ssd.execute("TRUNCATE {s}.ssd_sdq_scores")
        ssd.execute("ALTER TABLE {s}.ssd_sdq_scores ALTER COLUMN csdq_sdq_score TYPE integer USING csdq_sdq_score::integer")


@pytest.mark.parametrize("as_of", ["2026-02-10", "2025-12-31", "2025-04-01"])
def test_care_workers_since_the_last_31_march_are_sent(deployed, ssd, as_of) -> None:
    # §6.B.10/11: with only 31 March census dates, a child referred after the last 31 March
    # never has a care worker. Workers since the last census date count too, ended or not.
    ssd.child("C1", ref="R1", start="2025-03-01")
    add_worker(ssd, 1, "CW", "2025-04-02", "2025-04-20", "SW100001")  # ended, after the last census date
    add_worker(ssd, 2, "CW", "2025-04-21", None, "SW100002")  # current
    add_worker(ssd, 3, "CW", "2025-03-01", "2025-03-30", "SW100003")  # before the last census date
    workers = records(deployed, as_of)["C1"]["social_care_episodes"][0]["care_worker_details"]
    assert [w["worker_id"] for w in workers] == (["SW100001"] if as_of == "2025-04-01" else ["SW100001", "SW100002"])


def test_uasc_text_that_says_not_or_former_is_not_a_uasc_flag(deployed, ssd) -> None:
    # §6.B.14: descriptive statuses are read as text, but "contains UASC" is not enough.
    statuses = {"A": ("UASC", True), "B": ("Former UASC - leave to remain", False), "C": ("Non-UASC asylum seeker", False),
                "D": ("Not an unaccompanied asylum seeking child", False), "E": ("Ex-UASC", False),
                "F": ("Unaccompanied asylum-seeking child (UASC)", True), "G": ("FUASC", False), "H": ("u", True)}
    for pid, (status, _) in statuses.items():
        ssd.child(pid)
        ssd.add("ssd_immigration_status", immi_immigration_status_id=pid, immi_person_id=pid,
                immi_immigration_status=status)
    flags = {pid: rec["child_details"]["uasc_flag"] for pid, rec in records(deployed).items()}
    assert flags == {pid: expected for pid, (_, expected) in statuses.items()}
