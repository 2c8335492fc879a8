"""The ``social_care_episodes`` of one child record: episodes and everything hung on them.

See payload.py for the rules and the D2I defects they avoid. Every list is ordered by date,
then id, so the same SSD data always gives the same text.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from ssd_bridge.record.codes import CODE_LISTS
from ssd_bridge.record.cohort import Window
from ssd_bridge.record.findings import WARNING, Finding
from ssd_bridge.record.values import code, day, flag, item_key, put, text

Rows = dict[str, list[dict]]


def build_episodes(rows: Rows, window: Window, roles: set[str], notes: list[Finding]) -> list[dict[str, Any]]:
    """The child's CIN episodes overlapping the window, each with its in-window items."""
    chosen = [r for r in rows["episodes"] if _overlaps_episode(r, window)]
    if not chosen:
        return []
    if len(chosen) > 1:
        chosen.sort(key=lambda r: item_key(day(r["cine_referral_date"]), r["cine_referral_id"]))
    by_ref = {
        "assessments": _assessments(rows, window, notes),
        "cin_plans": _plans(rows["cin_plans"], "cinp_", "cinp_cin_plan_", "child_in_need_plan_id", window),
        "s47": _s47(rows, window, notes),
        "cp_plans": _plans(rows["cp_plans"], "cppl_", "cppl_cp_plan_", "child_protection_plan_id", window),
        "workers": _workers(rows["involvements"], window, roles, notes),
        "placements": _placements(rows, window),
    }
    referrals = [r["cine_referral_id"] for r in chosen]
    adoption = _adoption(rows, window, referrals)
    leavers = _care_leavers(rows["care_leavers"], window)
    episodes = []
    for index, row in enumerate(chosen):
        ref = row["cine_referral_id"]
        episode: dict[str, Any] = {"social_care_episode_id": text(ref)}
        put(episode, "referral_date", day(row["cine_referral_date"]))
        put(episode, "referral_source", code(row["cine_referral_source_code"], CODE_LISTS["referral_source"]))
        put(episode, "referral_no_further_action_flag", flag(row["cine_referral_nfa"]))
        put(episode, "closure_date", day(row["cine_close_date"]))
        put(episode, "closure_reason", code(row["cine_close_reason"], CODE_LISTS["closure_reason"]))
        put(episode, "care_worker_details", by_ref["workers"].get(ref))
        put(episode, "child_and_family_assessments", by_ref["assessments"].get(ref))
        put(episode, "child_in_need_plans", by_ref["cin_plans"].get(ref))
        put(episode, "section_47_assessments", by_ref["s47"].get(ref))
        put(episode, "child_protection_plans", by_ref["cp_plans"].get(ref))
        put(episode, "child_looked_after_placements", by_ref["placements"].get(ref))
        put(episode, "adoption", adoption.get(ref))
        if index == len(chosen) - 1 and leavers:
            episode["care_leavers"] = leavers
        episode["purge"] = False
        episodes.append(episode)
    return episodes


def _overlaps_episode(row: dict, window: Window) -> bool:
    start, end = day(row["cine_referral_date"]), day(row["cine_close_date"])
    return start is not None and start <= window.end and (end is None or end >= window.start)


def _sorted_groups(groups: dict[str, list[tuple[tuple, dict]]]) -> dict[str, list[dict]]:
    return {ref: [items[0][1]] if len(items) == 1 else [item for _, item in sorted(items, key=_first)]
            for ref, items in groups.items()}


def _first(pair: tuple[tuple, dict]) -> tuple:
    return pair[0]


def _assessments(rows: Rows, window: Window, notes: list[Finding]) -> dict[str, list[dict]]:
    factors: dict[str, set[str]] = defaultdict(set)
    for r in rows["factors"]:
        factors[r["cinf_assessment_id"]].update(_factor_codes(r["cinf_assessment_factors_json"], notes))
    groups: dict[str, list[tuple[tuple, dict]]] = defaultdict(list)
    for r in rows["assessments"]:
        start, auth = day(r["cina_assessment_start_date"]), day(r["cina_assessment_auth_date"])
        if not (window.contains(start) or window.contains(auth)):
            continue
        item: dict[str, Any] = {"child_and_family_assessment_id": text(r["cina_assessment_id"])}
        put(item, "start_date", start)
        put(item, "authorisation_date", auth)
        put(item, "factors", sorted(factors.get(r["cina_assessment_id"], ())))
        item["purge"] = False
        groups[r["cina_referral_id"]].append((item_key(start, r["cina_assessment_id"]), item))
    return _sorted_groups(groups)


def _factor_codes(raw: Any, notes: list[Finding]) -> tuple[str, ...]:
    """Factor codes from the SSD's JSON (a list, or an object keyed by code) or plain comma text."""
    value = text(raw)
    if value is None or value.lower() == "null":
        return ()
    codes = _parsed_factors(value)
    if codes is None:
        notes.append(Finding("source.factors_unreadable", WARNING, "$.social_care_episodes[].child_and_family_assessments[].factors",
                             "the SSD assessment factors could not be read as a list of codes; none were sent"))
        return ()
    return codes


@functools.lru_cache(maxsize=4096)
def _parsed_factors(value: str) -> tuple[str, ...] | None:
    # Remembered: an LA's assessments repeat the same few factor lists, parsed once each.
    try:
        parsed = json.loads(value)
    except ValueError:
        parsed = [part for part in re.split(r"[,;\s]+", value) if part]
    if isinstance(parsed, dict):
        parsed = [k for k, v in parsed.items() if v not in (None, False, "", "N", "n", 0)]
    if isinstance(parsed, str):
        parsed = [parsed]
    if not isinstance(parsed, list):
        return None
    return tuple(c for c in (code(v) for v in parsed if isinstance(v, (str, int))) if c)


def _plans(source: list[dict], prefix: str, col: str, id_key: str, window: Window) -> dict[str, list[dict]]:
    if not source:
        return {}
    groups: dict[str, list[tuple[tuple, dict]]] = defaultdict(list)
    start_key, end_key, plan_key, referral_key = f"{col}start_date", f"{col}end_date", f"{col}id", f"{prefix}referral_id"
    for r in source:
        start, end = day(r[start_key]), day(r[end_key])
        if not window.overlaps(start, end):
            continue
        item: dict[str, Any] = {id_key: text(r[plan_key])}
        put(item, "start_date", start)
        put(item, "end_date", end)
        item["purge"] = False
        groups[r[referral_key]].append((item_key(start, r[plan_key]), item))
    return _sorted_groups(groups)


def _s47(rows: Rows, window: Window, notes: list[Finding]) -> dict[str, list[dict]]:
    if not rows["s47"]:
        return {}
    latest_icpc: dict[str, dt.date] = {}
    for r in rows["icpc"]:
        when = day(r["icpc_icpc_date"])
        key = r["icpc_s47_enquiry_id"]
        if when is not None and (key not in latest_icpc or when > latest_icpc[key]):
            latest_icpc[key] = when
    groups: dict[str, list[tuple[tuple, dict]]] = defaultdict(list)
    for r in rows["s47"]:
        s47_id = r["s47e_s47_enquiry_id"]
        start, end, icpc = day(r["s47e_s47_start_date"]), day(r["s47e_s47_end_date"]), latest_icpc.get(s47_id)
        if not (window.overlaps(start, end) or window.contains(icpc)):
            continue
        item: dict[str, Any] = {"section_47_assessment_id": text(s47_id)}
        put(item, "start_date", start)
        put(item, "icpc_required_flag", _icpc_required(r["s47e_s47_outcome_json"], notes))
        put(item, "icpc_date", icpc)
        put(item, "end_date", end)
        item["purge"] = False
        groups[r["s47e_referral_id"]].append((item_key(start, s47_id), item))
    return _sorted_groups(groups)


def _icpc_required(raw: Any, notes: list[Finding]) -> bool | None:
    value = text(raw)
    if value is None:
        return None
    try:
        outcome = json.loads(value)
    except ValueError:
        notes.append(Finding("source.s47_outcome_unreadable", WARNING,
                             "$.social_care_episodes[].section_47_assessments[].icpc_required_flag",
                             "the SSD S47 outcome is not JSON; icpc_required_flag was left out"))
        return None
    if not isinstance(outcome, dict):
        return None
    for key, flag_value in outcome.items():
        if str(key).upper() == "CP_CONFERENCE_FLAG":
            return flag(flag_value)
    return None


def _workers(source: list[dict], window: Window, roles: set[str], notes: list[Finding]) -> dict[str, list[dict]]:
    # Workers at each 31 March census date in the window, and every worker since the last one:
    # with census dates alone a child referred since the last 31 March would never have a
    # worker, and a worker sent while current would vanish again the day they finished.
    census = window.census_dates
    since = max(census, default=window.start)
    groups: dict[str, set[tuple]] = defaultdict(set)
    for r in source:
        if roles and code(r["invo_professional_role_id"]) not in roles:
            continue
        start, end = day(r["invo_involvement_start_date"]), day(r["invo_involvement_end_date"])
        if not (_at_census(start, end, census)
                or ((start is None or start <= window.end) and (end is None or end >= since))):
            continue
        if start is None and end is None:
            continue
        worker_id = text(r["prof_social_worker_registration_no"]) or text(r["prof_staff_id"])
        if worker_id is None:
            notes.append(Finding("source.worker_without_id", WARNING, "$.social_care_episodes[].care_worker_details[]",
                                 "a care worker has neither an SWE number nor a staff id and was left out"))
            continue
        groups[r["invo_referral_id"]].add((start, end, worker_id))
    result = {}
    for ref, items in groups.items():
        ordered = sorted(items, key=lambda t: item_key(t[0], t[2]) + ((t[1] or dt.date.max),)) if len(items) > 1 else items
        result[ref] = [_worker(start, end, worker_id) for start, end, worker_id in ordered]
    return result


def _at_census(start: dt.date | None, end: dt.date | None, census: tuple[dt.date, ...]) -> bool:
    # an involvement spanning a census date (a plain loop: this runs for every involvement row)
    for c in census:
        if (start is None or start <= c) and (end is None or end >= c):
            return True
    return False


def _worker(start: dt.date | None, end: dt.date | None, worker_id: str) -> dict[str, Any]:
    item: dict[str, Any] = {"worker_id": worker_id}
    put(item, "start_date", start)
    put(item, "end_date", end)
    return item


def _placements(rows: Rows, window: Window) -> dict[str, list[dict]]:
    if not rows["placements"]:
        return {}
    periods: dict[str, list[dict]] = defaultdict(list)
    for e in rows["cla_episodes"]:
        periods[e["clae_cla_id"]].append(e)
    groups: dict[str, list[tuple[tuple, dict]]] = defaultdict(list)
    for p in rows["placements"]:
        start, end = day(p["clap_cla_placement_start_date"]), day(p["clap_cla_placement_end_date"])
        if not window.overlaps(start, end):
            continue
        episodes = periods.get(p["clap_cla_id"], [])
        item = _placement(p, start, end, episodes)
        for ref in sorted({e["clae_referral_id"] for e in episodes if e["clae_referral_id"]}):
            groups[ref].append((item_key(start, p["clap_cla_placement_id"]), item))
    return _sorted_groups(groups)


def _placement(p: dict, start: dt.date | None, end: dt.date | None, episodes: list[dict]) -> dict[str, Any]:
    own = [e for e in episodes if e["clae_cla_placement_id"] == p["clap_cla_placement_id"]]
    if not own:  # SSDs that leave clae_cla_placement_id empty: match on the dates instead
        own = [e for e in episodes if day(e["clae_cla_episode_start_date"]) == start]
    own.sort(key=lambda e: item_key(day(e["clae_cla_episode_start_date"]), e["clae_cla_episode_id"]))
    item: dict[str, Any] = {"child_looked_after_placement_id": text(p["clap_cla_placement_id"])}
    put(item, "start_date", start)
    if own:
        put(item, "start_reason", code(own[0]["clae_cla_episode_start_reason"], CODE_LISTS["start_reason"]))
    put(item, "placement_type", code(p["clap_cla_placement_type"], CODE_LISTS["placement_type"]))
    put(item, "postcode", text(p["clap_cla_placement_postcode"]))
    put(item, "end_date", end)
    ceased = [e for e in own if day(e["clae_cla_episode_ceased_date"]) is not None]
    if end is not None and ceased:
        put(item, "end_reason", code(ceased[-1]["clae_cla_episode_ceased_reason"], CODE_LISTS["end_reason"]))
    put(item, "change_reason", code(p["clap_cla_placement_change_reason"], CODE_LISTS["change_reason"]))
    item["purge"] = False
    return item


def _adoption(rows: Rows, window: Window, referrals: list[str]) -> dict[str, dict]:
    if not rows["permanence"]:
        return {}
    period_refs: dict[str, set[str]] = defaultdict(set)
    for e in rows["cla_episodes"]:
        if e["clae_referral_id"] in referrals:
            period_refs[e["clae_cla_id"]].add(e["clae_referral_id"])
    best: dict[str, tuple[tuple, dict]] = {}
    for r in rows["permanence"]:
        dates = [day(r[c]) for c in ("perm_placed_for_adoption_date", "perm_matched_date", "perm_adm_decision_date")]
        if not any(window.contains(d) for d in dates):
            continue
        rank = tuple((d is not None, d or dt.date.min) for d in dates) + (str(r["perm_table_id"]),)
        item: dict[str, Any] = {}
        put(item, "initial_decision_date", dates[2])
        put(item, "matched_date", dates[1])
        put(item, "placed_date", dates[0])
        item["purge"] = False
        # A CLA-linked decision goes on that period's episode(s); an unlinked one on the latest episode.
        for ref in sorted(period_refs.get(r["perm_cla_id"], ())) or [referrals[-1]]:
            if ref not in best or rank > best[ref][0]:
                best[ref] = (rank, item)
    return {ref: item for ref, (_, item) in best.items()}


def _care_leavers(source: Iterable[dict], window: Window) -> dict[str, Any] | None:
    dated = [(day(r["clea_care_leaver_latest_contact"]), r) for r in source]
    in_window = [(d, r) for d, r in dated if d is not None and window.contains(d)]
    if not in_window:
        return None
    contact, row = max(in_window, key=lambda pair: (pair[0], str(pair[1]["clea_table_id"])))
    item: dict[str, Any] = {}
    put(item, "contact_date", contact)
    put(item, "activity", code(row["clea_care_leaver_activity"], CODE_LISTS["activity"]))
    put(item, "accommodation", code(row["clea_care_leaver_accommodation"], CODE_LISTS["accommodation"]))
    item["purge"] = False
    return item
