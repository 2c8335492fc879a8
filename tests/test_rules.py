"""Cross-field rules and code-list warnings; findings carry rule ids and severities, never values."""

from __future__ import annotations

import copy
import random

import pytest

from ssd_bridge.record.validate import (
    ERROR,
    WARNING,
    _validator,
    findings_from_json,
    findings_json,
    has_errors,
    is_schema_valid,
    validate_record,
)


def record() -> dict:
    return {
        "la_child_id": "C1", "purge": False,
        "child_details": {"unique_pupil_number": "A12345678901B", "date_of_birth": "2015-01-01", "sex": "F",
                          "ethnicity": "WBRI", "disabilities": ["NONE"], "uasc_flag": False, "purge": False},
        "social_care_episodes": [{
            "social_care_episode_id": "R1", "referral_date": "2025-01-01", "referral_source": "1A",
            "closure_date": "2025-06-01", "closure_reason": "RC8", "purge": False,
            "child_in_need_plans": [{"child_in_need_plan_id": "P1", "start_date": "2025-02-01",
                                     "end_date": "2025-05-01", "purge": False}],
            "child_and_family_assessments": [{"child_and_family_assessment_id": "A1", "start_date": "2025-01-02",
                                              "authorisation_date": "2025-01-20", "factors": ["1A", "21"],
                                              "purge": False}],
        }],
    }


def rules(r: dict) -> set[tuple[str, str, str]]:
    return {(f.rule, f.severity, f.path) for f in validate_record(r)}


def test_a_good_record_has_no_findings() -> None:
    assert validate_record(record()) == []


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda r: r["social_care_episodes"][0].update(closure_date="2024-12-31"),
         ("dates.closure_before_referral", ERROR, "$.social_care_episodes[0].closure_date")),
        (lambda r: r["social_care_episodes"][0]["child_in_need_plans"][0].update(end_date="2025-01-31"),
         ("dates.end_before_start", ERROR, "$.social_care_episodes[0].child_in_need_plans[0].end_date")),
        (lambda r: r["social_care_episodes"][0]["child_and_family_assessments"][0].update(authorisation_date="2025-01-01"),
         ("dates.authorised_before_start", ERROR,
          "$.social_care_episodes[0].child_and_family_assessments[0].authorisation_date")),
        (lambda r: r["child_details"].update(unique_pupil_number="UN2"),
         ("upn.is_unknown_code", ERROR, "$.child_details.unique_pupil_number")),
        (lambda r: r["child_details"].update(uasc_end_date="2025-01-01"),
         ("uasc.end_without_flag", ERROR, "$.child_details.uasc_end_date")),
        (lambda r: r["child_details"].update(ethnicity="ZZZZ"),
         ("code.ethnicity", WARNING, "$.child_details.ethnicity")),
        (lambda r: r["child_details"].update(disabilities=["NONE", "XYZ"]),
         ("code.disabilities", WARNING, "$.child_details.disabilities[1]")),
        (lambda r: r["social_care_episodes"][0].update(referral_source="1E"),
         ("code.referral_source", WARNING, "$.social_care_episodes[0].referral_source")),
        (lambda r: r["social_care_episodes"][0]["child_and_family_assessments"][0].update(factors=["1A", "99"]),
         ("code.factors", WARNING, "$.social_care_episodes[0].child_and_family_assessments[0].factors[1]")),
        (lambda r: r["social_care_episodes"].append(copy.deepcopy(r["social_care_episodes"][0])),
         ("ids.duplicate", ERROR, "$.social_care_episodes[1].social_care_episode_id")),
        (lambda r: r["child_details"].pop("date_of_birth"), ("dob.missing", WARNING, "$.child_details.date_of_birth")),
        (lambda r: r.update(health_and_wellbeing={"sdq_assessments": [{"date": "2025-01-01", "score": 41}]}),
         ("code.sdq_score", WARNING, "$.health_and_wellbeing.sdq_assessments[0].score")),
        (lambda r: r["child_details"].update(unique_pupil_number="A1234567890123"),
         ("schema.maxLength", ERROR, "$.child_details.unique_pupil_number")),
    ],
)
def test_rule(change, expected) -> None:
    r = record()
    change(r)
    assert expected in rules(r)


def test_warnings_alone_do_not_hold_a_record_back() -> None:
    r = record()
    r["child_details"]["ethnicity"] = "ZZZZ"
    findings = validate_record(r)
    assert findings and not has_errors(findings)


def test_findings_round_trip_and_hold_no_values() -> None:
    r = record()
    r["child_details"]["unique_pupil_number"] = "UN4"
    r["child_details"]["ethnicity"] = "QQQQ"
    findings = validate_record(r)
    text = findings_json(findings)
    assert "UN4" not in text and "QQQQ" not in text
    assert findings_from_json(text) == findings
    assert findings[0].severity == ERROR  # errors first


def test_validation_does_not_change_the_record() -> None:
    r = record()
    del r["child_details"]["purge"]
    before = copy.deepcopy(r)
    validate_record(r)
    assert r == before  # the compiled gate must not fill in schema defaults


def test_fast_gate_agrees_with_jsonschema() -> None:
    """Random damage to good records: the compiled gate and jsonschema must agree on validity."""
    rng = random.Random(4)
    damages = [
        lambda r: r.update(la_child_id="bad id"), lambda r: r.update(mis_child_id=None),
        lambda r: r["child_details"].update(date_of_birth="2015-02-30"), lambda r: r["child_details"].update(sex="MF"),
        lambda r: r["child_details"].update(disabilities=["MOB"] * 2), lambda r: r["child_details"].update(extra=1),
        lambda r: r["social_care_episodes"][0].pop("social_care_episode_id"),
        lambda r: r["social_care_episodes"][0].update(referral_no_further_action_flag="Y"),
        lambda r: r["social_care_episodes"][0]["child_in_need_plans"][0].update(purge="false"),
        lambda r: r.update(health_and_wellbeing={"sdq_assessments": [{"score": 1.5}]}),
        lambda r: None,
    ]
    for _ in range(200):
        r = record()
        for damage in rng.sample(damages, rng.randint(0, 3)):
            damage(r)
        assert is_schema_valid(r) == _validator().is_valid(r), r
