"""Our DfE child-record schema: conforms to the official OpenAPI, and schema_errors names rules, not values."""

from __future__ import annotations

import json

import pytest

from ssd_bridge.record.validate import iter_schema_properties, load_schema, schema_errors
from tests.conftest import OPENAPI

# Keywords whose value must be the same in ours wherever the official schema sets them.
LIMIT_KEYWORDS = ("type", "format", "maxLength", "minLength", "pattern", "maxItems", "minItems",
                  "uniqueItems", "minimum", "maximum", "additionalProperties")


def official_record_schema() -> dict:
    if not OPENAPI.is_file():
        pytest.skip(f"the official DfE openapi.json is not present at {OPENAPI}")
    document = json.loads(OPENAPI.read_text(encoding="utf-8"))
    return document["components"]["schemas"]["CSC"]["items"]


def test_every_official_property_is_in_ours_with_the_same_type_and_limits() -> None:
    official = dict(iter_schema_properties(official_record_schema()))
    ours = dict(iter_schema_properties(load_schema()))
    assert len(official) > 80  # guards against a walk that silently finds nothing
    missing = sorted(set(official) - set(ours))
    assert missing == []
    for path, theirs in official.items():
        for keyword in LIMIT_KEYWORDS:
            if keyword in theirs:
                assert ours[path].get(keyword) == theirs[keyword], f"{path} {keyword}"
        assert sorted(ours[path].get("required", [])) == sorted(theirs.get("required", [])), path


def test_ours_has_no_property_the_official_schema_lacks() -> None:
    official = dict(iter_schema_properties(official_record_schema()))
    extra = sorted(set(dict(iter_schema_properties(load_schema()))) - set(official))
    assert extra == []


def test_official_max_items_per_request_is_100() -> None:
    if not OPENAPI.is_file():
        pytest.skip("no openapi.json")
    document = json.loads(OPENAPI.read_text(encoding="utf-8"))
    assert document["components"]["schemas"]["CSC"]["maxItems"] == 100


def minimal() -> dict:
    return {"la_child_id": "C1", "child_details": {"first_name": "Zoë", "purge": False}, "purge": False}


def test_a_minimal_record_is_valid() -> None:
    assert schema_errors(minimal()) == []


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda r: r.update(la_child_id="SECRET-VALUE"), "$.la_child_id: does not match pattern ^[A-Za-z0-9]+$"),
        (lambda r: r.update(la_child_id="A" * 21), "$.la_child_id: longer than maxLength 20"),
        (lambda r: r.pop("la_child_id"), "$: misses required key la_child_id"),
        (lambda r: r.update(mis_child_id=None), "$.mis_child_id: must be of type string"),
        (lambda r: r["child_details"].update(unique_pupil_number="A12345678901"),
         "$.child_details.unique_pupil_number: shorter than minLength 13"),
        (lambda r: r["child_details"].update(date_of_birth="31/12/2019"),
         "$.child_details.date_of_birth: is not a valid date (format date, YYYY-MM-DD)"),
        (lambda r: r["child_details"].update(disabilities=["MOB", "MOB"]),
         "$.child_details.disabilities: has duplicate items (uniqueItems)"),
        (lambda r: r["child_details"].update(nickname="Bob"),
         "$.child_details: has keys the schema does not allow (additionalProperties false): nickname"),
        (lambda r: r.update(social_care_episodes=[{"social_care_episode_id": "E1",
                                                    "care_worker_details": [{"worker_id": "W1", "purge": False}]}]),
         "$.social_care_episodes[0].care_worker_details[0]: has keys the schema does not allow "
         "(additionalProperties false): purge"),
        (lambda r: r.update(social_care_episodes=[{"referral_date": "2025-01-01"}]),
         "$.social_care_episodes[0]: misses required key social_care_episode_id"),
    ],
)
def test_schema_errors_name_the_path_and_rule(change, expected) -> None:
    record = minimal()
    change(record)
    assert schema_errors(record) == [expected]


def test_schema_errors_never_repeat_the_value() -> None:
    record = minimal()
    record["la_child_id"] = "O'Brien-Smythe-Secret-Value"
    record["child_details"]["postcode"] = "SW1A 1AA EXTRA"
    errors = schema_errors(record)
    assert len(errors) == 3
    assert not any("Brien" in e or "SW1A" in e for e in errors)
