"""Mosaic fills the SSD tables beyond the DfE record from synthetic data-mart rows (#11).

One synthetic deployment shared with the other Mosaic modules (conftest's ``mosaic_whole``): synth writes the data mart from each child's extended history
(``Child.extra``), deploy fills the SSD, and each test spot-checks a table against what synth wrote.
"""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from ssd_bridge.model import load_tables
from ssd_bridge.sql.deploy import deploy
from ssd_bridge.synth.events import add_working_days
from tests.whole_ssd_mosaic_data import (
    Deployed,
    in_ssd,
    rows,
    yn,
)

pytestmark = pytest.mark.postgres

NEW = ["ssd_contacts", "ssd_cin_visits", "ssd_cp_visits", "ssd_cla_visits", "ssd_missing", "ssd_legal_status", "ssd_mother",
       "ssd_cla_health", "ssd_cla_reviews", "ssd_cp_reviews", "ssd_cla_immunisations"]


@pytest.fixture()
def deployed(mosaic_whole: Deployed) -> Deployed:
    """The synthetic Mosaic deployment every whole-SSD Mosaic module shares (conftest)."""
    return mosaic_whole


def window_start() -> date:
    return date.today() - timedelta(days=6 * 366)


def test_every_new_table_is_filled_and_none_is_still_pending(deployed: Deployed) -> None:
    empty = [t for t in NEW if deployed.counts[t] == 0]
    assert not empty, empty
    pending = [t.name for t in load_tables("ssd") if t.name in NEW and "mosaic" in t.fill_pending]
    assert not pending


def test_visits_carry_their_date_seen_flags_plan_and_period(deployed: Deployed) -> None:
    cin = rows(deployed, "ssd_cin_visits", "cinv_cin_visit_id")
    cp = rows(deployed, "ssd_cp_visits", "cppv_cp_visit_id")
    cla = rows(deployed, "ssd_cla_visits", "clav_cla_visit_id")
    checked = 0
    for pid, child in in_ssd(deployed).items():
        for v in child.extra.cin_visits:
            if v.date >= window_start():
                assert cin[str(v.visit_id)] == (str(v.visit_id), str(pid), v.date, yn(v.seen), yn(v.seen_alone),
                                                yn(v.bedroom_seen))
                checked += 1
        for v in child.extra.cp_visits:
            if v.date >= window_start():
                assert cp[str(v.visit_id)] == (str(v.visit_id), str(pid), str(v.plan_id), v.date, yn(v.seen),
                                               yn(v.seen_alone), yn(v.bedroom_seen))
                checked += 1
        for w in child.extra.cla_visits:
            if w.date >= window_start():
                assert cla[str(w.visit_id)] == (str(w.visit_id), str(w.period_id), str(pid), w.date, yn(w.seen),
                                                yn(w.seen_alone))
                checked += 1
    assert checked > 100
    # seen but not alone, and not seen at all, both occur and stay apart
    assert {(r[3], r[4]) for r in cin.values()} >= {("Y", "N"), ("N", "N"), ("Y", "Y")}


def test_missing_episodes_keep_dates_type_and_return_interview(deployed: Deployed) -> None:
    missing = rows(deployed, "ssd_missing", "miss_table_id")
    seen = 0
    for pid, child in in_ssd(deployed).items():
        for m in child.extra.missing:
            if m.end is not None and m.end < window_start():
                continue
            assert missing[f"{m.missing_id}-{pid}"][1:] == (str(pid), m.start, m.missing_type, m.end,
                                                            yn(m.rhi_offered), yn(m.rhi_accepted))
            seen += 1
    assert seen > 10
    assert {r[3] for r in missing.values()} == {"M", "A"}
    assert {r[6] for r in missing.values()} >= {"Y", "N", None}


def test_legal_status_codes_and_dates(deployed: Deployed) -> None:
    legal = rows(deployed, "ssd_legal_status", "lega_legal_status_id")
    checked = 0
    for pid, child in in_ssd(deployed).items():
        for r in child.referrals:
            for period in r.care_periods:
                if period.end is not None and period.end < window_start():
                    continue
                adoption = child.adoption if child.adoption and child.adoption.period_id == period.period_id else None
                order = adoption.decision_date + timedelta(days=30) if adoption else None
                assert legal[str(period.period_id * 10)] == (str(period.period_id * 10), str(pid), "C2", period.start,
                                                             order or period.end)
                if order and order <= date.today():  # a placement order still to come is not in the SSD
                    assert legal[str(period.period_id * 10 + 1)][2:] == ("E1", order, period.end)
                checked += 1
    assert checked > 10


def test_mothers_and_their_babies(deployed: Deployed) -> None:
    mothers = rows(deployed, "ssd_mother", "moth_table_id")
    checked = 0
    for pid, child in in_ssd(deployed).items():
        for m in child.extra.mother:
            assert mothers[f"{pid}-{m.baby_person_id}"][1:] == (str(pid), str(m.baby_person_id), m.baby_dob)
            checked += 1
    assert checked > 0
    assert all(r[1] in rows(deployed, "ssd_person", "pers_person_id") for r in mothers.values())


def test_cla_reviews_dates_due_dates_and_cancellations(deployed: Deployed) -> None:
    reviews = rows(deployed, "ssd_cla_reviews", "clar_cla_review_id")
    checked = cancelled = 0
    for pid, child in in_ssd(deployed).items():
        for r in child.extra.cla_reviews:
            if (r.date or r.due) < window_start() + timedelta(days=30):
                continue
            got = reviews[f"{r.review_id}-{pid}"]
            assert got[1:] == (str(r.period_id), str(pid), r.due, r.date, yn(r.cancelled), r.participation)
            checked += 1
            cancelled += r.cancelled
    assert checked > 50 and cancelled > 0


def test_cp_reviews_dates_plan_outcome_quorate_and_participation(deployed: Deployed) -> None:
    reviews = rows(deployed, "ssd_cp_reviews", "cppr_cp_review_id")
    checked = 0
    for pid, child in in_ssd(deployed).items():
        for r in child.referrals:
            for plan in r.cp_plans:
                initial = any(s.icpc_date == plan.start for s in r.s47s)
                ours = [c for c in child.extra.cp_reviews if c.plan_id == plan.plan_id]
                for k, c in enumerate(ours):
                    if c.date < window_start():
                        continue
                    got = reviews[f"{c.review_id}-{pid}"]
                    assert got[1:3] == (str(pid), str(plan.plan_id)) and got[4:] == (
                        c.date, str(c.review_id), yn(c.continue_cp), yn(c.quorate), c.participation)
                    if c.continue_cp and (k > 0 or initial):  # the plan-ending review is due when it is held
                        assert got[3] == c.due
                    checked += 1
    assert checked > 20


def test_health_checks_and_immunisations(deployed: Deployed) -> None:
    health = rows(deployed, "ssd_cla_health", "clah_health_check_id")
    imms = rows(deployed, "ssd_cla_immunisations", "clai_person_id")
    checked = 0
    for pid, child in in_ssd(deployed).items():
        for h in child.extra.health_checks:
            if h.date >= window_start():
                prefix = "DT" if h.check_type == "Dental Check" else "HA"
                assert health[f"{prefix}.{h.check_id}"][1:] == (str(pid), h.check_type, h.date, None)
                checked += 1
        if child.extra.immunisation is not None:
            assert imms[str(pid)] == (str(pid), yn(child.extra.immunisation.up_to_date), child.extra.immunisation.date)
    assert checked > 20
    # SDQ records are not health checks
    assert not any(key.startswith("HA.") and int(key[3:]) < 10**9 for key in health)


def test_contacts_date_source_and_referral_outcome(deployed: Deployed) -> None:
    contacts = rows(deployed, "ssd_contacts", "cont_contact_id")
    checked = referred = 0
    for pid, child in in_ssd(deployed).items():
        for c in child.extra.contacts:
            if c.date < window_start() or c.date > date.today():
                continue
            got = contacts[f"{c.contact_id}-{pid}"]
            assert got[1:5] == (str(pid), c.date, None, c.source_desc)
            outcome = json.loads(got[5])
            assert outcome["NEW_REFERRAL_FLAG"] == yn(c.referral_id is not None) and outcome["NFA_FLAG"] == "N"
            assert outcome["ADVICE_FLAG"] == "" and len(outcome) == 10
            checked += 1
            referred += c.referral_id is not None
    assert checked > 100 and 0 < referred < checked


def test_working_day_rule_matches_synth() -> None:
    assert add_working_days(date(2024, 3, 1), 20) == date(2024, 3, 29)


def test_redeploying_changes_nothing(deployed: Deployed) -> None:
    before = {t: rows(deployed, t, load_tables_key(t)) for t in NEW}
    again = deploy(deployed.settings, part="ssd")
    assert not again.failed_tables
    assert {t: rows(deployed, t, load_tables_key(t)) for t in NEW} == before


def load_tables_key(name: str) -> str:
    return next(t.primary_key[0] for t in load_tables("ssd") if t.name == name)
