"""Cross-field rules and code-list checks over one child record (what a JSON Schema cannot say).

Rule ids are stable (they are stored in ``validation_findings`` and counted by
``ssd-bridge validate``); messages name the path, never the value.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, TypeGuard

from ssd_bridge.model import CUT_MARK
from ssd_bridge.record.codes import CODE_LISTS
from ssd_bridge.record.delta import KEYED_LISTS
from ssd_bridge.record.findings import ERROR, WARNING, Finding
from ssd_bridge.record.values import is_un_code

# The keyed lists inside one social care episode (the episodes list itself is checked at the top).
EPISODE_LISTS = tuple((k, v) for k, v in KEYED_LISTS.items() if k != "social_care_episodes")
# (start key, end key, rule id, severity) checked for "end on or after start" in every object.
# The S47 rule is only DfE's field description (not a schema rule), hence a warning.
DATE_PAIRS = (
    ("referral_date", "closure_date", "dates.closure_before_referral", ERROR),
    ("start_date", "end_date", "dates.end_before_start", ERROR),
    ("start_date", "authorisation_date", "dates.authorised_before_start", ERROR),
    ("icpc_date", "end_date", "dates.s47_end_before_icpc", WARNING),
)
_END_KEYS = frozenset(end for _, end, _, _ in DATE_PAIRS)
SCALAR_CODES = frozenset(("unique_pupil_number_unknown_reason", "sex", "ethnicity", "referral_source", "closure_reason",
                "start_reason", "placement_type", "end_reason", "change_reason", "activity", "accommodation"))
LIST_CODES = frozenset(("disabilities", "factors"))


def cross_field_findings(record: dict[str, Any]) -> list[Finding]:
    """The cross-field (errors) and code-list (warnings) findings of one record."""
    findings = list(_child_details(record.get("child_details")))
    _walk(record, "$", findings)
    episodes = _list(record.get("social_care_episodes"))
    for i, episode in enumerate(episodes):
        findings.extend(_duplicates(f"$.social_care_episodes[{i}]", episode))
    findings.extend(_duplicate_ids("$.social_care_episodes", episodes, KEYED_LISTS["social_care_episodes"]))
    hw = record.get("health_and_wellbeing")
    for i, sdq in enumerate(_list(hw.get("sdq_assessments") if isinstance(hw, dict) else None)):
        score = sdq.get("score") if isinstance(sdq, dict) else None
        if isinstance(score, int) and not 0 <= score <= 40:
            findings.append(Finding("code.sdq_score", WARNING, f"$.health_and_wellbeing.sdq_assessments[{i}].score",
                                    "SDQ scores run from 0 to 40"))
    return findings


def _walk(node: dict, path: str, findings: list[Finding]) -> None:
    """Check dates and codes in every object of the record, depth first, in one pass."""
    if not _END_KEYS.isdisjoint(node):  # most objects hold no end date: skip the pairs
        for start_key, end_key, rule, severity in DATE_PAIRS:
            if end_key in node and start_key in node:
                start, end = node[start_key], node[end_key]
                # the text comparison first: it is False for nearly every pair, and both are dates then
                if isinstance(start, str) and isinstance(end, str) and end < start and _is_date(start) and _is_date(end):
                    findings.append(Finding(rule, severity, f"{path}.{end_key}", f"{end_key} is before {start_key}"))
    # A record holds JSON types only (plain str, dict, list, ...): exact type tests, commonest first.
    for key, value in node.items():
        kind = type(value)
        if kind is str:
            if CUT_MARK in value and value.endswith(CUT_MARK):  # "in" first: an operator, not a method call
                findings.append(Finding("source.text_cut", ERROR, f"{path}.{key}",
                                        f"{path[2:] + '.' if len(path) > 1 else ''}{key} was longer than its SSD "
                                        "column in the CMS and was cut to fit; correct it in the CMS (the record is "
                                        "held back until then)"))
            elif key in SCALAR_CODES and value not in CODE_LISTS[key]:
                findings.append(Finding(f"code.{key}", WARNING, f"{path}.{key}", f"not on the {key} code list"))
        elif kind is dict:
            _walk(value, f"{path}.{key}", findings)
        elif kind is list:
            codes = CODE_LISTS.get(key) if key in LIST_CODES else None
            for i, item in enumerate(value):
                if type(item) is dict:
                    _walk(item, f"{path}.{key}[{i}]", findings)
                elif codes is not None and isinstance(item, str) and item not in codes:
                    findings.append(Finding(f"code.{key}", WARNING, f"{path}.{key}[{i}]", f"not on the {key} code list"))


def _child_details(details: Any) -> Iterator[Finding]:
    if not isinstance(details, dict):
        return
    path = "$.child_details"
    upn = details.get("unique_pupil_number")
    if isinstance(upn, str) and is_un_code(upn):
        yield Finding("upn.is_unknown_code", ERROR, f"{path}.unique_pupil_number",
                      "holds a UPN-unknown code; send it as unique_pupil_number_unknown_reason instead")
    if upn and details.get("unique_pupil_number_unknown_reason"):
        yield Finding("upn.with_unknown_reason", WARNING, f"{path}.unique_pupil_number_unknown_reason",
                      "an unknown reason is given although a UPN is present")
    former = details.get("former_unique_pupil_number")
    if former and former == upn:
        yield Finding("upn.former_equals_current", WARNING, f"{path}.former_unique_pupil_number",
                      "the former UPN equals the current UPN")
    if "uasc_end_date" in details and details.get("uasc_flag") is not True:
        yield Finding("uasc.end_without_flag", ERROR, f"{path}.uasc_end_date",
                      "uasc_end_date is only allowed when uasc_flag is true")
    if not details.get("date_of_birth") and not details.get("expected_date_of_birth"):
        yield Finding("dob.missing", WARNING, f"{path}.date_of_birth",
                      "neither a date of birth nor an expected date of birth (DfE asks for an approximate date)")
    dob, uasc_end = details.get("date_of_birth"), details.get("uasc_end_date")
    if _is_date(dob) and _is_date(uasc_end) and uasc_end < dob:
        yield Finding("dates.uasc_end_before_birth", ERROR, f"{path}.uasc_end_date", "is before the date of birth")


def _duplicates(path: str, episode: Any) -> Iterator[Finding]:
    if not isinstance(episode, dict):
        return
    for list_key, id_key in EPISODE_LISTS:
        items = _list(episode.get(list_key))
        if len(items) > 1:  # one item cannot repeat an id
            yield from _duplicate_ids(f"{path}.{list_key}", items, id_key)


def _duplicate_ids(path: str, items: list, id_key: str) -> Iterator[Finding]:
    seen: set[Any] = set()
    for i, item in enumerate(items):
        value = item.get(id_key) if isinstance(item, dict) else None
        if value is not None and value in seen:
            yield Finding("ids.duplicate", ERROR, f"{path}[{i}].{id_key}", f"{id_key} repeats an earlier item's id")
        seen.add(value)


def _list(value: Any) -> list:
    return value if isinstance(value, list) else []


def _is_date(value: Any) -> TypeGuard[str]:
    # ISO dates compare correctly as text; anything else is the schema's business.
    return isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-"
