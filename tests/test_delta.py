"""Partial payloads and purge payloads: correct where D2I's were not (§6.C.25-29)."""

from __future__ import annotations

import copy

from ssd_bridge.record.delta import (
    FULL,
    KEYED_LISTS,
    PARTIAL,
    PURGEABLE_OBJECTS,
    partial_payload,
    purge_payload,
)
from ssd_bridge.record.payload import canonical_json
from ssd_bridge.record.validate import iter_schema_properties, load_schema, schema_errors


def base() -> dict:
    return {
        "la_child_id": "C1", "mis_child_id": "L1", "purge": False,
        "child_details": {"first_name": "Siobhán", "surname": "O'Brien", "date_of_birth": "2015-01-01",
                          "sex": "F", "disabilities": ["NONE"], "uasc_flag": False, "purge": False},
        "social_care_episodes": [
            {"social_care_episode_id": "R1", "referral_date": "2025-01-01", "purge": False,
             "child_in_need_plans": [{"child_in_need_plan_id": "P1", "start_date": "2025-02-01", "purge": False},
                                     {"child_in_need_plan_id": "P2", "start_date": "2025-03-01", "purge": False}],
             "care_worker_details": [{"worker_id": "SW1", "start_date": "2025-01-01"}]},
            {"social_care_episode_id": "R2", "referral_date": "2025-06-01", "purge": False},
        ],
    }


def test_new_child_goes_whole() -> None:
    payload, kind = partial_payload(None, base())
    assert (payload, kind) == (base(), FULL)


def test_after_a_sent_purge_the_child_goes_whole() -> None:
    payload, kind = partial_payload(purge_payload("C1", "L1"), base())
    assert kind == FULL and payload == base()


def test_only_changed_keys_and_ids_are_sent() -> None:
    current = base()
    current["child_details"]["surname"] = "O'Brien-Ní Dhomhnaill"
    current["social_care_episodes"][0]["child_in_need_plans"][1]["end_date"] = "2025-09-01"
    payload, kind = partial_payload(base(), current)
    assert kind == PARTIAL
    assert payload == {
        "la_child_id": "C1", "mis_child_id": "L1",
        "child_details": {"surname": "O'Brien-Ní Dhomhnaill"},
        "social_care_episodes": [
            {"social_care_episode_id": "R1",
             "child_in_need_plans": [{"child_in_need_plan_id": "P2", "end_date": "2025-09-01"}]},
        ],
    }
    assert schema_errors(payload) == []
    # apostrophes and non-ASCII survive canonical serialisation untouched (§6.C.29)
    assert "O'Brien-Ní Dhomhnaill" in canonical_json(payload)[0]


def test_removed_items_are_purged_by_id_and_new_items_go_whole() -> None:
    current = base()
    episode = current["social_care_episodes"][0]
    episode["child_in_need_plans"] = [episode["child_in_need_plans"][1],
                                      {"child_in_need_plan_id": "P3", "start_date": "2025-05-01", "purge": False}]
    del current["social_care_episodes"][1]
    payload, kind = partial_payload(base(), current)
    assert kind == PARTIAL
    assert payload["social_care_episodes"] == [
        {"social_care_episode_id": "R1", "child_in_need_plans": [
            {"child_in_need_plan_id": "P3", "start_date": "2025-05-01", "purge": False},
            {"child_in_need_plan_id": "P1", "purge": True}]},
        {"social_care_episode_id": "R2", "purge": True},
    ]
    assert "child_details" not in payload
    assert schema_errors(payload) == []


def test_keyless_list_changes_are_sent_whole() -> None:
    current = base()
    current["social_care_episodes"][0]["care_worker_details"].append({"worker_id": "SW2", "start_date": "2025-04-01"})
    current["child_details"]["disabilities"] = ["AUT", "MOB"]
    payload, _ = partial_payload(base(), current)
    assert payload["child_details"] == {"disabilities": ["AUT", "MOB"]}
    assert payload["social_care_episodes"][0]["care_worker_details"] == [
        {"worker_id": "SW1", "start_date": "2025-01-01"}, {"worker_id": "SW2", "start_date": "2025-04-01"}]


def test_a_removed_object_block_is_purged() -> None:
    before = base()
    before["social_care_episodes"][1]["adoption"] = {"matched_date": "2025-07-01", "purge": False}
    payload, kind = partial_payload(before, base())
    assert kind == PARTIAL
    assert payload["social_care_episodes"] == [{"social_care_episode_id": "R2", "adoption": {"purge": True}}]


def test_a_removed_scalar_sends_the_whole_record() -> None:
    before = base()
    before["social_care_episodes"][1]["closure_date"] = "2025-08-01"  # entered by mistake, then removed
    payload, kind = partial_payload(before, base())
    assert kind == FULL and payload == base()


def test_removed_mis_child_id_sends_the_whole_record_without_null() -> None:
    current = base()
    del current["mis_child_id"]
    payload, kind = partial_payload(base(), current)
    assert kind == FULL and "mis_child_id" not in payload


def test_purge_payload_never_has_null_mis_child_id() -> None:
    assert purge_payload("C1") == {"la_child_id": "C1", "purge": True}
    assert purge_payload("C1", "  ") == {"la_child_id": "C1", "purge": True}
    assert purge_payload("C1", "L1") == {"la_child_id": "C1", "mis_child_id": "L1", "purge": True}
    assert schema_errors(purge_payload("C1")) == []


def test_scripted_sequence_of_changes() -> None:
    """Apply a series of edits; each partial, applied as 'upsert by id with purge', gives the new record."""
    steps = []
    record = base()
    for edit in (
        lambda r: r["child_details"].update(first_name="Zoë"),
        lambda r: r["social_care_episodes"].append({"social_care_episode_id": "R3", "purge": False}),
        lambda r: r["social_care_episodes"][0]["child_in_need_plans"].pop(0),
        lambda r: r["social_care_episodes"][2].update(referral_date="2025-11-11"),
        lambda r: r["social_care_episodes"].pop(1),
    ):
        previous = copy.deepcopy(record)
        edit(record)
        payload, kind = partial_payload(previous, record)
        assert kind == PARTIAL
        assert schema_errors(payload) == []
        assert apply(previous, payload) == record
        steps.append(payload)
    assert steps[0] == {"la_child_id": "C1", "mis_child_id": "L1", "child_details": {"first_name": "Zoë"}}


def apply(before: dict, delta: dict) -> dict:
    """A model receiver: merge objects, upsert keyed items by id, drop purged ones, replace other values."""
    from ssd_bridge.record.delta import KEYED_LISTS

    result = copy.deepcopy(before)
    for key, value in delta.items():
        if isinstance(value, dict) and value.get("purge") is True and len(value) == 1:
            result.pop(key, None)
        elif key in KEYED_LISTS:
            id_key = KEYED_LISTS[key]
            items = {i[id_key]: i for i in result.get(key, [])}
            for item in value:
                if item.get("purge") is True:
                    items.pop(item[id_key], None)
                elif item[id_key] in items:
                    items[item[id_key]] = apply(items[item[id_key]], item)
                else:
                    items[item[id_key]] = item
            order = [i[id_key] for i in result.get(key, [])] + [i[id_key] for i in value]
            result[key] = [items[i] for i in dict.fromkeys(order) if i in items]
        elif isinstance(value, dict) and isinstance(result.get(key), dict):
            result[key] = apply(result[key], value)
        else:
            result[key] = value
    return result


def test_every_purgeable_list_and_block_of_the_schema_can_be_purged() -> None:
    # §6.C.36: D2I's list of purgeable blocks missed the assessment, S47 and placement lists.
    lists, blocks = {}, set()
    for path, node in iter_schema_properties(load_schema()):
        if path == "$" or "purge" not in node.get("properties", {}):
            continue
        name = path.rsplit(".", 1)[-1]
        if name.endswith("[]"):
            lists[name[:-2]] = node["required"][0]
        else:
            blocks.add(name)
    assert lists == KEYED_LISTS and len(lists) == 6
    assert blocks == PURGEABLE_OBJECTS
