"""Partial ("delta") payloads and whole-child purge payloads (D2I defects #25 to #29 fixed).

A partial payload says what changed since the last record DfE acknowledged (the baseline,
``previous_json_payload``), following D2I's shape but correctly:

- a child with no baseline (new, or purged at DfE and now back) goes whole (D2I defect #25);
- always ``la_child_id`` and, when there is one, ``mis_child_id`` (never ``null``, D2I defect #28);
- inside objects only the keys whose value changed; ``child_details`` is not sent whole
  (D2I defect #38); unchanged episodes and items are left out, not id-only stubs (D2I defect #27);
- keyed list items (episodes, assessments, plans, S47s, placements) are matched by id: a new
  item goes whole, a changed item as its id plus the changed keys, and an item that has gone
  as ``{<id>: ..., "purge": true}``; an object block that has gone (``adoption``,
  ``care_leavers``, ``health_and_wellbeing``) as ``{"purge": true}``;
- lists without ids (``care_worker_details``, ``sdq_assessments``, ``disabilities``,
  ``factors``) cannot be addressed item by item, so a changed list is sent whole.

**A removed scalar** (a value present in the baseline and absent now, e.g. a closure date
entered by mistake and then deleted; or a key-less list that disappeared) has no
representation: DfE documents no way to clear a single field. Our choice: the child
is then sent as a whole record (kind ``full``), exactly what full mode would send, so the
result is never worse than full mode and nothing is silently dropped. The tracking row
records the kind, and the choice is easy to change here once DfE answers.

Values are never edited (no quote doubling, D2I defect #29): payloads are dicts serialised by
payload.canonical_json and bound as parameters.
"""

from __future__ import annotations

from typing import Any

# Lists whose items carry an id (and therefore a purge flag): list key -> id key.
KEYED_LISTS = {
    "social_care_episodes": "social_care_episode_id",
    "child_and_family_assessments": "child_and_family_assessment_id",
    "child_in_need_plans": "child_in_need_plan_id",
    "section_47_assessments": "section_47_assessment_id",
    "child_protection_plans": "child_protection_plan_id",
    "child_looked_after_placements": "child_looked_after_placement_id",
}
# Objects that may be removed with {"purge": true}.
PURGEABLE_OBJECTS = {"child_details", "health_and_wellbeing", "adoption", "care_leavers"}
ALWAYS_SENT = ("la_child_id", "mis_child_id")

FULL = "full"
PARTIAL = "partial"
PURGE = "purge"


class _ValueRemoved(Exception):
    """A scalar or key-less list vanished: the partial payload cannot express it."""


def purge_payload(la_child_id: str, mis_child_id: str | None = None) -> dict[str, Any]:
    """The whole-child deletion record: ids and ``purge: true``; no ``mis_child_id: null``."""
    record: dict[str, Any] = {"la_child_id": la_child_id.strip()}
    if isinstance(mis_child_id, str) and mis_child_id.strip():
        record["mis_child_id"] = mis_child_id.strip()
    record["purge"] = True
    return record


def is_purge(record: dict[str, Any] | None) -> bool:
    """True for a whole-child purge record."""
    return record is not None and record.get("purge") is True


def partial_payload(baseline: dict[str, Any] | None, current: dict[str, Any]) -> tuple[dict[str, Any], str]:
    """Return (payload, kind): the delta of ``current`` against ``baseline``, or the whole record.

    ``kind`` is ``partial`` for a delta and ``full`` when the whole record is sent (no
    baseline, baseline was a purge, or a value was removed; see the module docstring).
    """
    if not baseline or is_purge(baseline):
        return current, FULL
    try:
        changes = _diff_object(baseline, current)
    except _ValueRemoved:
        return current, FULL
    payload = {key: current[key] for key in ALWAYS_SENT if key in current}
    for key, value in changes.items():
        if key not in ALWAYS_SENT:
            payload[key] = value
    return payload, PARTIAL


def _diff_object(before: dict[str, Any], after: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in after.items():
        if key == "purge":
            continue  # purge: false on both sides carries no change
        if key not in before:
            out[key] = value
        elif before[key] != value:
            out[key] = _diff_value(key, before[key], value)
    for key in before:
        if key in after or key == "purge":
            continue
        if key in PURGEABLE_OBJECTS:
            out[key] = {"purge": True}
        elif key in KEYED_LISTS and isinstance(before[key], list):
            out[key] = [_purged(item, KEYED_LISTS[key]) for item in before[key]]
        else:
            raise _ValueRemoved(key)
    return out


def _diff_value(key: str, before: Any, after: Any) -> Any:
    if key in KEYED_LISTS and isinstance(before, list) and isinstance(after, list):
        return _diff_keyed(before, after, KEYED_LISTS[key])
    if isinstance(before, dict) and isinstance(after, dict):
        return _diff_object(before, after)
    return after  # scalars and key-less lists: the new value, whole


def _diff_keyed(before: list, after: list, id_key: str) -> list[dict[str, Any]]:
    old = {item.get(id_key): item for item in before if isinstance(item, dict)}
    out: list[dict[str, Any]] = []
    seen = set()
    for item in after:
        item_id = item.get(id_key)
        seen.add(item_id)
        previous = old.get(item_id)
        if previous is None:
            out.append(item)
        elif previous != item:
            out.append({id_key: item_id, **_diff_object(previous, item)})
    gone = [item for item_id, item in old.items() if item_id not in seen]
    out.extend(_purged(item, id_key) for item in sorted(gone, key=lambda i: str(i.get(id_key))))
    return out


def _purged(item: Any, id_key: str) -> dict[str, Any]:
    return {id_key: item.get(id_key), "purge": True}
