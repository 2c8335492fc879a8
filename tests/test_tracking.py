"""The tracking table through extract(): every row_state transition, no churn, partial payloads."""

from __future__ import annotations

import json

import pytest

from ssd_bridge.record.payload import canonical_json
from ssd_bridge.record.validate import rules_version
from ssd_bridge.runner import extract
from ssd_bridge.tracking import STAGING_TABLE
from tests import extract_fixtures
from tests.ssd_rows import d

pytestmark = pytest.mark.postgres
deployed, ssd = extract_fixtures.deployed, extract_fixtures.ssd  # fixtures shared by the extract tests
AS_OF = d("2026-02-10")


def rows(ssd) -> dict[str, dict]:
    found = ssd.rows(f"SELECT person_id, row_state, submission_status, json_payload, partial_json_payload, "
                     f"payload_kind, current_hash, validation_findings, last_updated, attempts FROM {{s}}.{STAGING_TABLE}")
    keys = ("row_state", "status", "json", "partial", "kind", "hash", "findings", "last_updated", "attempts")
    return {r[0]: dict(zip(keys, r[1:], strict=True)) for r in found}


def acknowledge(ssd, pid: str, status: str = "Sent") -> None:
    """What the submission side does when DfE accepts the record (D2I writes 'Sent')."""
    ssd.execute(f"UPDATE {{s}}.{STAGING_TABLE} SET submission_status = %s, previous_json_payload = json_payload, "
                "previous_hash = current_hash WHERE person_id = %s", (status, pid))


def run(settings, **changes):
    if changes:
        settings = settings.replace(payload=changes)
    return extract(settings, as_of=AS_OF)


def test_new_then_no_churn(deployed, ssd) -> None:
    ssd.child("C1", pers_surname="O'Brien", pers_forename="Zoë")
    first = run(deployed)
    assert first.outcomes == {"new": 1}
    row = rows(ssd)["C1"]
    assert (row["row_state"], row["status"], row["kind"], row["partial"]) == ("new", "pending", "full", None)
    record = json.loads(row["json"])
    assert record["child_details"]["surname"] == "O'Brien" and record["child_details"]["first_name"] == "Zoë"
    assert bytes(row["hash"]) == canonical_json(record)[1]
    second = run(deployed)
    assert second.outcomes == {"no_change": 1}
    assert rows(ssd)["C1"] == row  # not even last_updated moved


def test_full_lifecycle(deployed, ssd) -> None:
    ssd.child("C1", ref="R1")
    run(deployed)
    acknowledge(ssd, "C1")
    assert run(deployed).outcomes == {"unchanged": 1}  # acknowledged since the last extract
    # the submission side's status is left as it wrote it ('Sent'); only row_state moves
    assert (rows(ssd)["C1"]["row_state"], rows(ssd)["C1"]["status"]) == ("unchanged", "Sent")
    assert run(deployed).outcomes == {"no_change": 1}

    ssd.execute("UPDATE {s}.ssd_cin_episodes SET cine_close_date = %s WHERE cine_referral_id = 'R1'", (d("2025-12-01"),))
    assert run(deployed).outcomes == {"updated": 1}
    assert (rows(ssd)["C1"]["row_state"], rows(ssd)["C1"]["status"]) == ("updated", "pending")
    acknowledge(ssd, "C1")

    # leaves the cohort (episode now closed before the window): purge payload queued
    ssd.execute("UPDATE {s}.ssd_cin_episodes SET cine_close_date = %s WHERE cine_referral_id = 'R1'", (d("2023-01-01"),))
    assert run(deployed).outcomes == {"deleted": 1}
    row = rows(ssd)["C1"]
    assert (row["row_state"], row["status"], row["kind"]) == ("deleted", "pending", "purge")
    assert json.loads(row["json"]) == {"la_child_id": "C1", "purge": True}  # no "mis_child_id": null
    assert run(deployed).outcomes == {"gone_before": 1}
    acknowledge(ssd, "C1")

    # comes back after DfE purged it: a whole new record
    ssd.execute("UPDATE {s}.ssd_cin_episodes SET cine_close_date = NULL WHERE cine_referral_id = 'R1'")
    assert run(deployed).outcomes == {"reentered": 1}
    row = rows(ssd)["C1"]
    assert (row["row_state"], row["status"], row["kind"]) == ("new", "pending", "full")
    assert json.loads(row["json"])["social_care_episodes"][0]["social_care_episode_id"] == "R1"


def test_return_before_the_purge_went_out_sends_nothing(deployed, ssd) -> None:
    ssd.child("C1", ref="R1")
    run(deployed)
    acknowledge(ssd, "C1")
    ssd.execute("UPDATE {s}.ssd_cin_episodes SET cine_close_date = %s WHERE cine_referral_id = 'R1'", (d("2023-01-01"),))
    run(deployed)
    ssd.execute("UPDATE {s}.ssd_cin_episodes SET cine_close_date = NULL WHERE cine_referral_id = 'R1'")
    assert run(deployed).outcomes == {"unchanged": 1}
    row = rows(ssd)["C1"]
    assert (row["row_state"], row["status"], row["kind"]) == ("unchanged", "sent", "full")


def test_exit_of_a_never_sent_child_is_withdrawn_and_stop_mode(deployed, ssd) -> None:
    ssd.child("NEVER", ref="R1")
    ssd.child("SENT", ref="R2")
    run(deployed)
    acknowledge(ssd, "SENT")
    ssd.execute("DELETE FROM {s}.ssd_cin_episodes")  # both leave the cohort
    assert run(deployed, on_cohort_exit="stop").outcomes == {"deleted": 2}
    found = rows(ssd)
    assert (found["NEVER"]["row_state"], found["NEVER"]["status"]) == ("deleted", "withdrawn")
    assert (found["SENT"]["row_state"], found["SENT"]["status"], found["SENT"]["kind"]) == ("deleted", "sent", "full")


def test_child_removed_from_the_ssd_entirely(deployed, ssd) -> None:
    for pid in ("A1", "B1", "Z9"):
        ssd.child(pid)
    run(deployed)
    for pid in ("A1", "Z9"):
        acknowledge(ssd, pid)
    ssd.execute("DELETE FROM {s}.ssd_cin_episodes WHERE cine_person_id IN ('A1', 'Z9')")
    ssd.execute("DELETE FROM {s}.ssd_person WHERE pers_person_id IN ('A1', 'Z9')")
    assert run(deployed).outcomes == {"deleted": 2, "no_change": 1}  # Z9 is past the last SSD id
    assert {pid: r["kind"] for pid, r in rows(ssd).items()} == {"A1": "purge", "B1": "full", "Z9": "purge"}


def test_invalid_records_are_held_back_with_findings_and_released_when_fixed(deployed, ssd) -> None:
    ssd.child("C1", pers_upn="A123")  # not 13 characters
    result = run(deployed)
    assert result.invalid == 1 and result.findings_by_rule == {"schema.minLength": 1}
    row = rows(ssd)["C1"]
    assert row["status"] == "invalid"
    findings = json.loads(row["findings"])
    assert findings == {"rules": rules_version(), "findings": [
        {"rule": "schema.minLength", "severity": "error", "path": "$.child_details.unique_pupil_number",
         "message": "shorter than minLength 13"}]}
    assert json.loads(row["json"])["child_details"]["unique_pupil_number"] == "A123"  # stored, never truncated
    assert run(deployed).outcomes == {"no_change": 1}
    ssd.execute("UPDATE {s}.ssd_person SET pers_upn = 'A12345678901B'")
    run(deployed)
    row = rows(ssd)["C1"]
    assert (row["status"], json.loads(row["findings"])["findings"], row["row_state"]) == ("pending", [], "new")


def test_unchanged_records_keep_their_verdict_until_the_rules_change(deployed, ssd) -> None:
    ssd.child("C1")
    run(deployed)
    planted = {"rule": "code.ethnicity", "severity": "warning", "path": "$.child_details.ethnicity", "message": "x"}
    stored = json.dumps({"rules": rules_version(), "findings": [planted]})
    ssd.execute(f"UPDATE {{s}}.{STAGING_TABLE} SET validation_findings = %s", (stored,))
    result = run(deployed)
    assert result.outcomes == {"no_change": 1} and result.findings_by_rule == {"code.ethnicity": 1}  # reused
    ssd.execute(f"UPDATE {{s}}.{STAGING_TABLE} SET validation_findings = %s",
                (json.dumps({"rules": "older-rules", "findings": [planted]}),))
    result = run(deployed)  # another rules version: checked again, verdict rewritten
    assert result.outcomes == {"revalidated": 1} and result.findings_by_rule == {}
    assert json.loads(rows(ssd)["C1"]["findings"]) == {"rules": rules_version(), "findings": []}


def test_d2i_rows_in_mixed_case_are_understood(deployed, ssd) -> None:
    ssd.child("C1")
    run(deployed)
    ssd.execute(f"UPDATE {{s}}.{STAGING_TABLE} SET submission_status = 'Pending', row_state = 'New'")
    assert run(deployed).outcomes == {"no_change": 1}
    ssd.execute(f"UPDATE {{s}}.{STAGING_TABLE} SET submission_status = 'Sent', previous_hash = current_hash, "
                "previous_json_payload = json_payload")
    assert run(deployed).outcomes == {"unchanged": 1}


def test_dry_run_writes_nothing(deployed, ssd) -> None:
    ssd.child("C1")
    result = extract(deployed, as_of=AS_OF, dry_run=True)
    assert result.outcomes == {"new": 1} and result.dry_run
    assert rows(ssd) == {}


def test_partial_payloads_over_a_scripted_sequence(deployed, ssd) -> None:
    partial = {"mode": "partial"}
    ssd.child("C1", ref="R1", pers_surname="O'Neill", pers_legacy_id="L1")
    run(deployed, **partial)
    row = rows(ssd)["C1"]
    assert row["kind"] == "full" and json.loads(row["partial"]) == json.loads(row["json"])  # new child: whole
    acknowledge(ssd, "C1")

    ssd.execute("UPDATE {s}.ssd_person SET pers_surname = 'Ó Néill'")
    ssd.add("ssd_cin_plans", cinp_cin_plan_id="P1", cinp_referral_id="R1", cinp_person_id="C1",
            cinp_cin_plan_start_date=d("2025-07-01"))
    run(deployed, **partial)
    row = rows(ssd)["C1"]
    assert (row["row_state"], row["status"], row["kind"]) == ("updated", "pending", "partial")
    assert json.loads(row["partial"]) == {
        "la_child_id": "C1", "mis_child_id": "L1", "child_details": {"surname": "Ó Néill"},
        "social_care_episodes": [{"social_care_episode_id": "R1", "child_in_need_plans": [
            {"child_in_need_plan_id": "P1", "start_date": "2025-07-01", "purge": False}]}]}
    assert "Ó Néill" in row["partial"]
    acknowledge(ssd, "C1")

    ssd.execute("DELETE FROM {s}.ssd_cin_plans")
    run(deployed, **partial)
    assert json.loads(rows(ssd)["C1"]["partial"]) == {
        "la_child_id": "C1", "mis_child_id": "L1",
        "social_care_episodes": [{"social_care_episode_id": "R1", "child_in_need_plans": [
            {"child_in_need_plan_id": "P1", "purge": True}]}]}
    # not acknowledged: a further change is computed against what DfE actually holds
    ssd.execute("UPDATE {s}.ssd_person SET pers_surname = 'O''Neill'")
    run(deployed, **partial)
    assert json.loads(rows(ssd)["C1"]["partial"]) == {
        "la_child_id": "C1", "mis_child_id": "L1", "child_details": {"surname": "O'Neill"},
        "social_care_episodes": [{"social_care_episode_id": "R1", "child_in_need_plans": [
            {"child_in_need_plan_id": "P1", "purge": True}]}]}
    acknowledge(ssd, "C1")

    ssd.execute("UPDATE {s}.ssd_person SET pers_legacy_id = NULL")  # a removed value: whole record
    run(deployed, **partial)
    row = rows(ssd)["C1"]
    assert row["kind"] == "full" and json.loads(row["partial"]) == json.loads(row["json"])
    assert "mis_child_id" not in json.loads(row["partial"])


def test_full_mode_clears_partial_payloads(deployed, ssd) -> None:
    ssd.child("C1", ref="R1")
    run(deployed, mode="partial")
    acknowledge(ssd, "C1")
    ssd.execute("UPDATE {s}.ssd_person SET pers_surname = 'Other'")
    run(deployed)
    assert rows(ssd)["C1"]["partial"] is None


def test_small_chunks_cover_every_id_between_pages(deployed, ssd) -> None:
    for pid in ("A1", "B1", "C1", "D1", "E1"):
        ssd.child(pid)
    extract(deployed, as_of=AS_OF, chunk_size=2)
    for pid in ("B1", "D1"):
        acknowledge(ssd, pid)
    # B1 and D1 vanish from the SSD: with pages of two they fall between the pages' first ids
    ssd.execute("DELETE FROM {s}.ssd_cin_episodes WHERE cine_person_id IN ('B1', 'D1')")
    ssd.execute("DELETE FROM {s}.ssd_person WHERE pers_person_id IN ('B1', 'D1')")
    result = extract(deployed, as_of=AS_OF, chunk_size=2)
    assert result.outcomes == {"deleted": 2, "no_change": 3} and result.children_read == 3
    assert {pid for pid, r in rows(ssd).items() if r["kind"] == "purge"} == {"B1", "D1"}


def test_a_sender_that_marks_rows_unchanged_does_not_cause_a_purge_loop(deployed, ssd) -> None:
    """D2I's senders set row_state 'unchanged' on success; a sent purge must still count as done."""
    ssd.child("C1", ref="R1")
    run(deployed)
    acknowledge(ssd, "C1")
    ssd.execute("DELETE FROM {s}.ssd_cin_episodes")
    run(deployed)
    acknowledge(ssd, "C1")
    ssd.execute(f"UPDATE {{s}}.{STAGING_TABLE} SET row_state = 'Unchanged'")
    assert run(deployed).outcomes == {"deleted": 1}
    row = rows(ssd)["C1"]
    assert (row["row_state"], row["status"].lower(), row["kind"]) == ("deleted", "sent", "purge")
    assert run(deployed).outcomes == {"gone_before": 1}


def as_d2i_left_it(ssd, pid: str, status: str, state: str) -> None:
    """Make a row look as D2I's tools leave it: their own hash (a semantic projection, §4.4),
    capitalised states, no payload_kind (an ssd-bridge column)."""
    ssd.execute(f"UPDATE {{s}}.{STAGING_TABLE} SET submission_status = %s, row_state = %s, payload_kind = NULL, "
                "previous_json_payload = json_payload, previous_hash = %s, current_hash = %s WHERE person_id = %s",
                (status, state, b"\x01" * 32, b"\x02" * 32, pid))


def test_a_d2i_baseline_that_was_never_sent_is_not_used_for_a_delta(deployed, ssd) -> None:
    # §6.C.24: D2I's builder moves json_payload into previous_json_payload on every change,
    # sent or not. A delta against it could leave DfE without the child's details.
    ssd.child("NEVER", ref="R1")
    ssd.child("SENT", ref="R2")
    run(deployed, mode="partial")
    as_d2i_left_it(ssd, "NEVER", "Pending", "Updated")
    as_d2i_left_it(ssd, "SENT", "Sent", "Unchanged")
    ssd.execute("UPDATE {s}.ssd_person SET pers_surname = 'Other'")
    run(deployed, mode="partial")
    found = rows(ssd)
    assert found["NEVER"]["kind"] == "full" and json.loads(found["NEVER"]["partial"]) == json.loads(found["NEVER"]["json"])
    # a D2I sender writes previous_json_payload only on success: that baseline is DfE's
    assert found["SENT"]["kind"] == "partial"
    assert json.loads(found["SENT"]["partial"]) == {"la_child_id": "SENT", "child_details": {"surname": "Other"}}


def test_a_d2i_deletion_that_never_reached_dfe_is_purged(deployed, ssd) -> None:
    # §6.C.23: D2I marks a child Deleted without queuing anything, so DfE keeps the child.
    ssd.child("GONE", ref="R1")
    ssd.child("NEVER", ref="R2")
    run(deployed)
    as_d2i_left_it(ssd, "GONE", "Sent", "Deleted")
    ssd.execute(f"UPDATE {{s}}.{STAGING_TABLE} SET row_state = 'Deleted', payload_kind = NULL WHERE person_id = 'NEVER'")
    ssd.execute("DELETE FROM {s}.ssd_cin_episodes")
    # D2I left NEVER pending: its old record must not go out now that the child has left
    assert run(deployed, on_cohort_exit="stop").outcomes == {"deleted": 1, "gone_before": 1}
    assert (rows(ssd)["NEVER"]["row_state"], rows(ssd)["NEVER"]["status"]) == ("deleted", "withdrawn")
    assert (rows(ssd)["GONE"]["row_state"], rows(ssd)["GONE"]["status"]) == ("Deleted", "Sent")  # stop: left alone
    assert run(deployed).outcomes == {"deleted": 1, "gone_before": 1}
    found = rows(ssd)
    assert (found["GONE"]["row_state"], found["GONE"]["status"], found["GONE"]["kind"]) == ("deleted", "pending", "purge")
    assert json.loads(found["GONE"]["json"]) == {"la_child_id": "GONE", "purge": True}
    assert run(deployed).outcomes == {"gone_before": 2}  # queued once, not every night


@pytest.mark.parametrize("change", [
    "UPDATE {s}.ssd_person SET pers_upn = 'B12345678901C'",
    "UPDATE {s}.ssd_person SET pers_legacy_id = 'L2'",
    "UPDATE {s}.ssd_assessment_factors SET cinf_assessment_factors_json = '[\"2B\"]'",
    "UPDATE {s}.ssd_s47_enquiry SET s47e_s47_outcome_json = '{\"CP_CONFERENCE_FLAG\": \"N\"}'",
])
def test_a_correction_to_any_sent_field_is_sent_again(deployed, ssd, change) -> None:
    # §6.C.22: D2I's semantic hash leaves out UPNs, ids, factors, the ICPC flag (and more), so
    # corrections to them were never re-sent. Ours is the hash of the text sent.
    ssd.child("C1", ref="R1", pers_upn="A12345678901B", pers_legacy_id="L1")
    ssd.add("ssd_cin_assessments", cina_assessment_id="A1", cina_person_id="C1", cina_referral_id="R1",
            cina_assessment_start_date=d("2025-07-01"))
    ssd.add("ssd_assessment_factors", cinf_table_id="F1", cinf_assessment_id="A1", cinf_assessment_factors_json='["1A"]')
    ssd.add("ssd_s47_enquiry", s47e_s47_enquiry_id="S1", s47e_referral_id="R1", s47e_person_id="C1",
            s47e_s47_start_date=d("2025-07-01"), s47e_s47_outcome_json='{"CP_CONFERENCE_FLAG": "Y"}')
    run(deployed)
    acknowledge(ssd, "C1")
    assert run(deployed).outcomes == {"unchanged": 1}
    ssd.execute(change)
    assert run(deployed).outcomes == {"updated": 1}
    assert (rows(ssd)["C1"]["row_state"], rows(ssd)["C1"]["status"]) == ("updated", "pending")


def test_submission_timestamp_stays_empty_until_dfe_answers(deployed, ssd) -> None:
    # §6.C.34: D2I's column defaults to the insert time, so it is set before any submission.
    ssd.child("C1")
    run(deployed)
    assert ssd.rows(f"SELECT submission_timestamp, api_response FROM {{s}}.{STAGING_TABLE}") == [(None, None)]
