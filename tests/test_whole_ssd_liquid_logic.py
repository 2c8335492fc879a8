"""The whole SSD from Liquid Logic: synthetic sources in, every table with a Liquid Logic source filled (#11).

One synth + deploy into the embedded PostgreSQL, shared with test_cms_liquid_logic (tests/shared_deployments.py);
each test spot-checks one table against what synth wrote for the same children (``Child.extra``), so a wrong column mapping, filter or key fails.
"""

from __future__ import annotations

import json
from datetime import date, datetime, time
from typing import Any

import psycopg
import pytest

from ssd_bridge.synth.care_events import LEGAL_STATUSES
from ssd_bridge.synth.story import Child
from tests.shared_deployments import LL_NEW_TABLES

pytestmark = pytest.mark.postgres
NEW_TABLES = LL_NEW_TABLES


def ts(day: date | None) -> datetime | None:
    return datetime.combine(day, time(9, 30)) if day else None


def yn(flag: bool | None) -> str | None:
    return None if flag is None else ("Y" if flag else "N")


@pytest.fixture()
def whole(liquid_logic_whole: dict[str, Any]) -> dict[str, Any]:
    """The synthetic Liquid Logic deployment this module shares with test_cms_liquid_logic (tests/shared_deployments.py)."""
    return liquid_logic_whole


def rows(uri: str, schema: str, table: str) -> list[tuple]:
    with psycopg.connect(uri) as conn:
        return conn.execute(f'SELECT * FROM "{schema}"."{table}" ORDER BY 1').fetchall()


def by_key(whole: dict[str, Any], table: str, columns: str) -> dict[str, tuple]:
    with psycopg.connect(whole["uri"]) as conn:
        found = conn.execute(f'SELECT {columns} FROM "{whole["schema"]}"."{table}"').fetchall()
    return {r[0]: r[1:] for r in found}


def story(whole: dict[str, Any]) -> list[Child]:
    return whole["story"]


def test_every_new_table_is_filled_and_the_second_deploy_changes_nothing(whole):
    assert len(NEW_TABLES) == 18
    assert not whole["first"].failed_tables and not whole["second"].failed_tables
    for table in NEW_TABLES:
        assert whole["snapshot"][table], f"{table} is empty"
        assert rows(whole["uri"], whole["schema"], table) == whole["snapshot"][table], table
    assert not whole["second"].tables_created and not whole["second"].columns_added


def test_contacts_carry_date_source_and_outcome_json(whole):
    got = by_key(whole, "ssd_contacts", "cont_contact_id, cont_person_id, cont_contact_date, "
                                        "cont_contact_source_desc, cont_contact_outcome_json")
    checked = 0
    for child in story(whole):
        for c in child.extra.contacts:
            if c.referral_id is not None or str(c.contact_id) not in got:
                continue
            person, when, desc, outcome = got[str(c.contact_id)]
            assert (person, when, desc) == (str(child.person_id), ts(c.date), c.source_desc)
            parsed = json.loads(outcome)
            assert [k for k, v in parsed.items() if v == "Y"] == list(c.outcomes)
            assert parsed["NUMBER_OF_OUTCOMES"] == len(c.outcomes)
            if c.contact_id % 11 == 0:
                assert parsed["COMMENTS"] == 'Caller said "urgent"\nfollow up'  # escaped, so the JSON parses
            checked += 1
    assert checked > 20


def test_early_help_episodes(whole):
    got = by_key(whole, "ssd_early_help_episodes", "earl_episode_id, earl_person_id, earl_episode_start_date, "
                 "earl_episode_end_date, earl_episode_reason, earl_episode_end_reason, earl_episode_organisation, "
                 "earl_episode_worker_id")
    episodes = [(c, e) for c in story(whole) for e in c.extra.early_help]
    assert episodes
    for child, e in episodes:
        if e.end is None or str(e.episode_id) in got:
            assert got[str(e.episode_id)] == (str(child.person_id), ts(e.start), ts(e.end), e.reason, e.end_reason,
                                              f"ORG{e.team_id}", None)


def test_cin_and_cp_visits_keep_date_and_seen_flags(whole):
    cin = by_key(whole, "ssd_cin_visits", "cinv_cin_visit_id, cinv_person_id, cinv_cin_visit_date, "
                 "cinv_cin_visit_seen, cinv_cin_visit_seen_alone, cinv_cin_visit_bedroom")
    cp = by_key(whole, "ssd_cp_visits", "cppv_cp_visit_id, cppv_person_id, cppv_cp_plan_id, cppv_cp_visit_date, "
                "cppv_cp_visit_seen_alone, cppv_cp_visit_bedroom")
    cin_checked = cp_checked = 0
    for child in story(whole):
        pid = str(child.person_id)
        for v in child.extra.cin_visits:
            if str(v.visit_id) in cin:
                assert cin[str(v.visit_id)] == (pid, ts(v.date), yn(v.seen), yn(v.seen_alone), yn(v.bedroom_seen))
                cin_checked += 1
        for p in child.extra.cp_visits:
            if str(p.visit_id) in cp:
                assert cp[str(p.visit_id)] == (pid, str(p.plan_id), ts(p.date), yn(p.seen_alone), yn(p.bedroom_seen))
                cp_checked += 1
    assert cin_checked > 20 and cp_checked > 20
    # a CP visit case note is a statutory visit too (the LA's CIN visit list includes STVC)
    assert set(cp) <= set(cin)


def test_cp_reviews(whole):
    got = by_key(whole, "ssd_cp_reviews", "cppr_cp_review_id, cppr_person_id, cppr_cp_plan_id, cppr_cp_review_due, "
                 "cppr_cp_review_date, cppr_cp_review_meeting_id, cppr_cp_review_outcome_continue_cp, "
                 "cppr_cp_review_quorate, cppr_cp_review_participation")
    checked = 0
    for child in story(whole):
        for r in child.extra.cp_reviews:
            if str(r.review_id) in got:
                assert got[str(r.review_id)] == (str(child.person_id), str(r.plan_id), ts(r.due), ts(r.date),
                                                 str(r.meeting_id), yn(r.continue_cp), yn(r.quorate), r.participation)
                checked += 1
    assert checked > 5


def test_cla_reviews_and_visits(whole):
    reviews = by_key(whole, "ssd_cla_reviews", "clar_cla_review_id, clar_cla_id, clar_cla_person_id, "
                     "clar_cla_review_due_date, clar_cla_review_date, clar_cla_review_cancelled, "
                     "clar_cla_review_participation")
    visits = by_key(whole, "ssd_cla_visits", "clav_cla_visit_id, clav_cla_id, clav_person_id, clav_cla_visit_date, "
                    "clav_cla_visit_seen, clav_cla_visit_seen_alone")
    cancelled = held = visited = 0
    for child in story(whole):
        pid = str(child.person_id)
        for r in child.extra.cla_reviews:
            if r.date is None:
                # a cancelled review has no date, so the window cannot drop it
                assert reviews[str(r.review_id)] == (str(r.period_id), pid, ts(r.due), None, "Y", None)
                cancelled += 1
            elif str(r.review_id) in reviews:
                assert reviews[str(r.review_id)] == (str(r.period_id), pid, ts(r.due), ts(r.date), "N", r.participation)
                held += 1
        for v in child.extra.cla_visits:
            if str(v.visit_id) in visits:
                assert visits[str(v.visit_id)] == (str(v.period_id), pid, ts(v.date), yn(v.seen), yn(v.seen_alone))
                visited += 1
    assert held > 10 and visited > 10 and cancelled >= 1


def test_health_immunisations_legal_status_and_missing(whole):
    health = by_key(whole, "ssd_cla_health", "clah_health_check_id, clah_person_id, clah_health_check_type, "
                    "clah_health_check_date, clah_health_check_status")
    immunisation = by_key(whole, "ssd_cla_immunisations", "clai_person_id, clai_immunisations_status, "
                          "clai_immunisations_status_date")
    legal = by_key(whole, "ssd_legal_status", "lega_legal_status_id, lega_person_id, lega_legal_status, "
                   "lega_legal_status_start_date, lega_legal_status_end_date")
    missing = by_key(whole, "ssd_missing", "miss_table_id, miss_person_id, miss_missing_episode_start_date, "
                     "miss_missing_episode_type, miss_missing_episode_end_date, miss_missing_rhi_offered, "
                     "miss_missing_rhi_accepted")
    counted = {"health": 0, "imm": 0, "legal": 0, "missing": 0}
    for child in story(whole):
        pid = str(child.person_id)
        extra = child.extra
        for h in extra.health_checks:
            if str(h.check_id) in health:
                assert health[str(h.check_id)] == (pid, h.check_type, ts(h.date), h.status)
                counted["health"] += 1
        if extra.immunisation is not None:
            assert immunisation[pid] == (yn(extra.immunisation.up_to_date), ts(extra.immunisation.date))
            counted["imm"] += 1
        for s in extra.legal_statuses:
            if s.end is None:
                assert legal[str(s.status_id)] == (pid, s.status, ts(s.start), None)
            if str(s.status_id) in legal:
                assert legal[str(s.status_id)] == (pid, s.status, ts(s.start), ts(s.end))
                assert s.status in LEGAL_STATUSES  # the description was mapped back to its code
                counted["legal"] += 1
        for m in extra.missing:
            if str(m.missing_id) in missing:
                assert missing[str(m.missing_id)] == (pid, ts(m.start), m.missing_type, ts(m.end), yn(m.rhi_offered),
                                                      yn(m.rhi_accepted))
                counted["missing"] += 1
    assert all(n > 3 for n in counted.values()), counted


def test_mother_family_and_department(whole):
    mothers = by_key(whole, "ssd_mother", "moth_table_id, moth_person_id, moth_childs_person_id, moth_childs_dob")
    family = by_key(whole, "ssd_family", "fami_person_id, fami_family_id")
    departments = by_key(whole, "ssd_department", "dept_team_id, dept_team_name, dept_team_parent_id")
    babies = [(c, m) for c in story(whole) for m in c.extra.mother]
    assert babies and len(mothers) == len(babies)
    for child, m in babies:
        assert mothers[str(m.relation_id)] == (str(child.person_id), str(m.baby_person_id), ts(m.baby_dob))
    for child in story(whole):
        assert family[str(child.person_id)] == (str(child.extra.family_id),)
    assert departments["490"] == ("Synth Children's Services", None) and "-1" not in departments


def test_convictions_substance_misuse_permanence_and_care_plans(whole):
    convictions = by_key(whole, "ssd_cla_convictions", "clac_cla_conviction_id, clac_person_id, "
                         "clac_cla_conviction_date, clac_cla_conviction_offence")
    misuse = by_key(whole, "ssd_cla_substance_misuse", "clas_substance_misuse_id, clas_person_id, "
                    "clas_substance_misuse_date, clas_substance_misused, clas_intervention_received")
    permanence = by_key(whole, "ssd_cla_previous_permanence", "lapp_table_id, lapp_person_id, "
                        "lapp_previous_permanence_option, lapp_previous_permanence_la, "
                        "lapp_previous_permanence_order_date")
    plans = by_key(whole, "ssd_cla_care_plan", "lacp_table_id, lacp_person_id, lacp_cla_care_plan_start_date, "
                   "lacp_cla_care_plan_end_date, lacp_cla_care_plan_json")
    planned = 0
    for child in story(whole):
        pid, extra = str(child.person_id), child.extra
        for o in extra.convictions:
            assert convictions[str(o.conviction_id)] == (pid, ts(o.date), o.offence)
        for s in extra.substance_misuse:
            assert misuse[str(s.misuse_id)] == (pid, ts(s.date), s.substance, yn(s.intervention))
        for p in extra.previous_permanence:
            assert permanence[str(p.permanence_id)] == (pid, p.option, p.la, p.date_text or None)
        for plan in extra.care_plans:
            if str(plan.plan_id) in plans:
                person, start, end, text = plans[str(plan.plan_id)]
                assert (person, start, end) == (pid, ts(plan.start), ts(plan.end))
                ticked = {k for k, v in json.loads(text).items() if v == "Y"}
                assert ticked == set(plan.plans) and len(json.loads(text)) == 10
                planned += 1
    assert planned > 10 and convictions and misuse and permanence
