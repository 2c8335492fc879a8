"""SSD rows -> one DfE child record per child (DfE schema 1.0.1); canonical JSON; SHA-256.

Maps the SSD tables to the DfE record and filters items to the reporting window, with the
D2I builder's defects (examples/d2i-defects.md, part B) fixed rather than copied:

- nothing is truncated: a value too long or badly formed is sent to validation as it is and
  becomes a finding there (D2I defect #18); codes are only trimmed and upper-cased, and a code followed
  by its description ("1A Individual") is reduced to the code when the code is on the list;
- a key with no value is left out, never sent as null; empty lists are left out;
- a UN code held in the UPN column is never sent as a UPN: it becomes the unknown reason; the
  former UPN is the newest one that differs from the current UPN (D2I defect #9);
- an "expected" date of birth before the child's first referral or placement is an estimated
  date of birth (SystemC SSD, Liquid Logic DOB_ESTIMATED): sent as ``date_of_birth`` and used
  for the age gate, with a ``source.dob_estimated`` warning (D2I defect #19);
- SDQ scores: whole numbers as integers; anything else is kept, not rounded or dropped, so
  validation reports it (D2I defect #17);
- disabilities: ``["NONE"]`` for a born child with none recorded; nothing for an unborn child (D2I defect #15);
- UASC: status ``U`` or text naming unaccompanied asylum seekers, unless it says not/former;
  end date only once ended (D2I defect #14);
- care workers: on every in-window episode (not only those with a CIN plan), roles from
  ``source.params.worker_roles`` (default ``["CW"]``; an empty list takes every role), the SWE
  number or else the staff id as ``worker_id`` (D2I defects #7, #11), involvements spanning any
  31 March census date in the window (D2I defect #10), and every involvement since the last one, so
  an episode referred since the last 31 March still has its workers;
- placements: start/end reasons from the CLA episode of that placement, not the minimum over
  the whole period; the end reason only once the placement ended (D2I defect #12);
- adoption on the episode its CLA period belongs to (else the latest episode); care leavers on
  the latest episode only, contact date inside the window (D2I defect #13);
- factors: merged over every factor row of the assessment, de-duplicated, sorted (D2I defect #16);
- list items in a stable order: date, then id (D2I defect #20); ``purge: false`` only where the
  schema has a ``purge`` key.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from ssd_bridge.record.codes import CODE_LISTS
from ssd_bridge.record.cohort import Activity, Window, dob_problem, has_activity, is_eligible
from ssd_bridge.record.episodes import build_episodes
from ssd_bridge.record.findings import ERROR, WARNING, Finding
from ssd_bridge.record.ssd_read import ChildRows
from ssd_bridge.record.values import code, day, is_un_code, item_key, put, text

FORMER_UPN_TYPES = {"former unique pupil number", "former upn"}
DEFAULT_WORKER_ROLES = ("CW",)
UASC_WORDS = frozenset({"UASC", "UNACCOMPANIED"})
NOT_UASC_WORDS = frozenset({"NOT", "NON", "FORMER", "FORMERLY", "EX", "PREVIOUSLY", "CEASED"})
WHOLE_NUMBER = re.compile(r"[+-]?\d+(?:\.0*)?")


@dataclass
class BuiltChild:
    """One child's record, with the ids the tracking table keeps and any notes made while building."""

    person_id: str
    legacy_id: str | None
    record: dict[str, Any]
    notes: list[Finding] = field(default_factory=list)


def canonical_json(record: Any) -> tuple[str, bytes]:
    """Return the canonical JSON text of ``record`` and the SHA-256 of its UTF-8 bytes.

    The one place text and hash are made: sorted keys, no spaces, non-ASCII kept, ISO dates.
    The hash is of exactly the text stored and sent, so no sent field can change unnoticed.
    """
    text = _CANONICAL.encode(record)
    return text, hashlib.sha256(text.encode("utf-8")).digest()


def _iso(value: Any) -> str:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    raise TypeError(f"cannot put a {type(value).__name__} into a child record")


# What json.dumps(record, sort_keys=True, ...) would build anew for every record, built once.
# check_circular off: a record is a tree we built (no cycle to look for), and the same text comes out.
_CANONICAL = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=_iso,
                              check_circular=False)


def build_child(child: ChildRows, window: Window, worker_roles: Iterable[str] | None = None) -> BuiltChild | None:
    """Build the DfE record of one child, or None when the child is not in the window's cohort."""
    p = child.person
    rows = child.rows
    dob, expected, estimated = _birth_dates(p, rows)
    activity = _activity(rows)
    problem = dob_problem(dob, expected, window)
    if problem is None and not is_eligible(dob, expected, activity, window):
        return None
    if problem is not None and not has_activity(None, activity, window):
        return None  # no activity in the window: not in the cohort whatever the date of birth
    notes: list[Finding] = []
    if problem is not None:
        notes.append(Finding("source.dob_unusable", ERROR, "$.child_details.date_of_birth",
                             f"{problem}, so the child cannot be placed in the cohort by age; correct "
                             "child_details.date_of_birth in the CMS (the record is held back until then)"))
    if estimated:
        notes.append(Finding("source.dob_estimated", WARNING, "$.child_details.date_of_birth",
                             "no date of birth in the SSD and the expected date of birth is before the first "
                             "referral, so it was sent as the approximate date of birth"))
    # The tracking key is the SSD id exactly as stored (so lookups match it); the DfE id is trimmed.
    person_id = child.person_id
    legacy_id = text(p["pers_legacy_id"])
    record: dict[str, Any] = {"la_child_id": text(person_id) or ""}
    if legacy_id:
        record["mis_child_id"] = legacy_id
    record["child_details"] = _child_details(p, rows, window, dob, expected)
    sdq = _sdq(rows["sdq"], window)
    if sdq:
        record["health_and_wellbeing"] = {"sdq_assessments": sdq, "purge": False}
    roles = {r.strip().upper() for r in (DEFAULT_WORKER_ROLES if worker_roles is None else worker_roles)}
    episodes = build_episodes(rows, window, roles, notes)
    if episodes:
        record["social_care_episodes"] = episodes
    record["purge"] = False
    return BuiltChild(person_id, legacy_id, record, notes)


# -- eligibility facts ---------------------------------------------------------------------
def _activity(rows: dict[str, list[dict]]) -> Activity:
    return Activity(
        episodes=[(r["cine_referral_id"], day(r["cine_referral_date"]), day(r["cine_close_date"]))
                  for r in rows["episodes"]],
        assessment_started_referrals={r["cina_referral_id"] for r in rows["assessments"]
                                      if r["cina_assessment_start_date"] is not None},
        cin_plans=[(day(r["cinp_cin_plan_start_date"]), day(r["cinp_cin_plan_end_date"])) for r in rows["cin_plans"]],
        cla_referrals={r["clae_referral_id"] for r in rows["cla_episodes"] if r["clae_referral_id"]},
        placements=[(day(r["clap_cla_placement_start_date"]), day(r["clap_cla_placement_end_date"]))
                    for r in rows["placements"]],
        care_leaver_contacts=[day(r["clea_care_leaver_latest_contact"]) for r in rows["care_leavers"]],
    )


# -- child_details ---------------------------------------------------------------------------
def _birth_dates(p: dict, rows: dict[str, list[dict]]) -> tuple[dt.date | None, dt.date | None, bool]:
    """(date of birth, expected date of birth, whether the first is an estimate).

    DfE's expected date of birth is the due date of a child unborn at referral. The SystemC SSD
    (and a Liquid Logic DOB_ESTIMATED date) puts an estimated date of birth there instead, with
    no pers_dob (D2I defect #19). An "expected" date before the child's first referral or placement
    cannot be a due date, so it is the approximate date of birth DfE asks for.
    """
    dob, expected = day(p["pers_dob"]), day(p["pers_expected_dob"])
    if dob is not None or expected is None:
        return dob, expected, False
    starts = [day(r["cine_referral_date"]) for r in rows["episodes"]]
    starts += [day(r["clap_cla_placement_start_date"]) for r in rows["placements"]]
    first = min((s for s in starts if s is not None), default=None)
    if first is not None and expected < first:
        return expected, None, True
    return None, expected, False


def _child_details(p: dict, rows: dict[str, list[dict]], window: Window, dob: dt.date | None,
                   expected: dt.date | None) -> dict[str, Any]:
    details: dict[str, Any] = {}
    upn = text(p["pers_upn"])
    unknown = code(p["pers_upn_unknown"], CODE_LISTS["unique_pupil_number_unknown_reason"])
    if upn and is_un_code(upn):
        unknown, upn = unknown or upn.upper(), None
    put(details, "unique_pupil_number", upn)
    put(details, "former_unique_pupil_number", _former_upn(rows["linked"], upn))
    put(details, "unique_pupil_number_unknown_reason", unknown)
    put(details, "first_name", text(p["pers_forename"]))
    put(details, "surname", text(p["pers_surname"]))
    put(details, "date_of_birth", dob)
    put(details, "expected_date_of_birth", expected)
    details["sex"] = _sex(p["pers_sex"])
    put(details, "ethnicity", code(p["pers_ethnicity"], CODE_LISTS["ethnicity"]))
    disabilities = sorted({c for c in (code(r["disa_disability_code"], CODE_LISTS["disabilities"]) for r in rows["disabilities"]) if c})
    if not disabilities and dob is not None:
        disabilities = ["NONE"]
    put(details, "disabilities", disabilities)
    put(details, "postcode", _postcode(rows["addresses"]))
    uasc_flag, uasc_end = _uasc(rows["immigration"], window)
    details["uasc_flag"] = uasc_flag
    put(details, "uasc_end_date", uasc_end)
    details["purge"] = False
    return details


def _former_upn(linked: list[dict], upn: str | None) -> str | None:
    """The newest former UPN that is not the current UPN (D2I took the newest row only, defect #9)."""
    current = (upn or "").upper()
    rows = [r for r in linked if (text(r["link_identifier_type"]) or "").lower() in FORMER_UPN_TYPES
            and (text(r["link_identifier_value"]) or current).upper() != current]
    if not rows:
        return None
    newest = max(rows, key=lambda r: item_key(day(r["link_valid_from_date"]), r["link_table_id"])[1:])
    return text(newest["link_identifier_value"])


def _sex(value: Any) -> str:
    result = code(value) or ""
    if result in ("M", "MALE"):
        return "M"
    if result in ("F", "FEMALE"):
        return "F"
    return "U"


def _postcode(addresses: list[dict]) -> str | None:
    dated = [r for r in addresses if text(r["addr_address_postcode"])]
    if not dated:
        return None
    latest = dated[0] if len(dated) == 1 else max(
        dated, key=lambda r: item_key(day(r["addr_address_start_date"]), r["addr_table_id"])[1:])
    return text(latest["addr_address_postcode"])


def is_uasc(status: Any) -> bool:
    """The SSDA903 code U, or a description naming UASC that does not say "not" or "former".

    Whole words only: "Former UASC", "Non-UASC" or "FUASC" must not flag a child as UASC.
    """
    value = (text(status) or "").upper()
    if value == "U":
        return True
    words = set(re.findall(r"[A-Z]+", value))
    return bool(words & UASC_WORDS) and not words & NOT_UASC_WORDS


def _uasc(rows: list[dict], window: Window) -> tuple[bool, dt.date | None]:
    ends = [day(r["immi_immigration_status_end_date"]) for r in rows if is_uasc(r["immi_immigration_status"])]
    relevant = [e for e in ends if e is None or e >= window.start]
    if not relevant:
        return False, None
    if any(e is None for e in relevant):
        return True, None  # still UASC: no end date
    return True, max(e for e in relevant if e is not None)


def _sdq(rows: list[dict], window: Window) -> list[dict[str, Any]]:
    """SDQ scores completed inside the window, oldest first; rows without a score are skipped."""
    items = []
    for r in rows:
        when, score = day(r["csdq_sdq_completed_date"]), r["csdq_sdq_score"]
        if score is None or not window.contains(when):
            continue
        item: dict[str, Any] = {}
        put(item, "date", when)
        item["score"] = _score(score)
        items.append((item_key(when, r["csdq_table_id"]), item))
    return [item for _, item in sorted(items, key=lambda pair: pair[0])]


def _score(value: Any) -> Any:
    """An SDQ score as an integer when it is a whole number, else as it was (D2I defect #17).

    The SSD column is an integer, but older SSDs hold text and some hold decimals. A value
    that is not a whole number is neither dropped nor rounded: validation reports it.
    """
    if isinstance(value, str):
        stripped = value.strip()
        return int(stripped.split(".")[0]) if WHOLE_NUMBER.fullmatch(stripped) else stripped
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)) or not math.isfinite(value):
        return str(value)
    return int(value) if value == int(value) else float(value)
