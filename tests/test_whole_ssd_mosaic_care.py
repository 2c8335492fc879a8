"""Mosaic fills early help, families, care plans, previous permanence and substance misuse (#11).

A sibling of test_whole_ssd_mosaic.py reading the same synthetic deployment (conftest's ``mosaic_whole``):
synth writes the data mart from each child's extended history (``Child.extra``, rows in synth/mosaic_care.py), deploy fills the SSD, and
each test spot-checks a table against what synth wrote.
"""

from __future__ import annotations

import json
from datetime import date

import pytest

from ssd_bridge.model import load_tables
from ssd_bridge.sql.deploy import deploy
from ssd_bridge.synth import mosaic_care
from ssd_bridge.synth.event_types import team_of
from tests.conformance_data import years_before
from tests.whole_ssd_mosaic_data import Deployed, in_ssd, rows, yn

pytestmark = pytest.mark.postgres

NEW = ["ssd_early_help_episodes", "ssd_family", "ssd_cla_care_plan", "ssd_cla_previous_permanence",
       "ssd_cla_substance_misuse"]


@pytest.fixture()
def deployed(mosaic_whole: Deployed) -> Deployed:
    """The synthetic Mosaic deployment every whole-SSD Mosaic module shares (conftest)."""
    return mosaic_whole


def window() -> date:
    return years_before(date.today(), 6)


def test_every_new_table_is_filled_and_none_is_still_pending(deployed: Deployed) -> None:
    assert all(deployed.counts[t] > 0 for t in NEW), {t: deployed.counts[t] for t in NEW}
    assert not [t.name for t in load_tables("ssd") if t.name in NEW and "mosaic" in t.fill_pending]


def test_early_help_episodes_chain_dates_reasons_and_worker(deployed: Deployed) -> None:
    got = rows(deployed, "ssd_early_help_episodes", "earl_episode_id")
    expected = {}
    for pid, child in in_ssd(deployed).items():
        for eh in child.extra.early_help:
            if eh.end is not None and eh.end < window():
                continue
            key = f"{eh.episode_id}-{pid}"
            # the episode's own family-worker relationship; the worker's only role is in its team
            expected[key] = (key, str(pid), eh.start, eh.end, eh.reason, eh.end_reason, str(team_of(eh.worker_id)),
                             str(eh.worker_id))
    assert len(expected) > 20
    assert got == expected
    assert {r[3] is None for r in got.values()} == {True, False}
    assert mosaic_care.EH_ASSESSMENT_BASE > max(int(k.split("-")[0]) for k in got)  # later steps never open one


def test_family_is_the_household_group(deployed: Deployed) -> None:
    got = rows(deployed, "ssd_family", "fami_person_id")
    kids = in_ssd(deployed)
    assert got == {str(pid): (f"{c.extra.family_id}.{pid}", str(c.extra.family_id), str(pid)) for pid, c in kids.items()}
    shared = {}
    for r in got.values():
        shared[r[1]] = shared.get(r[1], 0) + 1
    assert max(shared.values()) > 1


def test_care_plans_completed_steps_with_their_category(deployed: Deployed) -> None:
    got = rows(deployed, "ssd_cla_care_plan", "lacp_table_id")
    expected = {}
    for pid, child in in_ssd(deployed).items():
        for plan in child.extra.care_plans:
            if plan.end is None or plan.end < window():
                continue  # still in progress, or completed before the window
            category = max(mosaic_care.PLAN_CATEGORIES[mosaic_care.PLAN_ANSWERS[k]] for k in plan.plans)
            expected[f"{plan.plan_id}-{pid}"] = (f"{plan.plan_id}-{pid}", str(pid), plan.start, plan.end, category)
    plans = {key: (*row[:4], json.loads(row[4])["PERMANENCE_PLAN"]) for key, row in got.items()}
    assert len(expected) > 20 and plans == expected
    assert {r[4][0] for r in plans.values()} >= {"B", "F"}


def test_previous_permanence_option_la_and_order_date(deployed: Deployed) -> None:
    got = rows(deployed, "ssd_cla_previous_permanence", "lapp_table_id")
    expected = {}
    for pid, child in in_ssd(deployed).items():
        for p in child.extra.previous_permanence:
            when = p.order_date.strftime("%d/%m/%Y") if p.order_date else None
            expected[f"{p.permanence_id}-{pid}"] = (f"{p.permanence_id}-{pid}", str(pid), p.option, p.la, when)
    assert len(expected) > 20 and got == expected
    assert {r[2] for r in got.values()} >= {"Z1", "P1"} and any(r[4] for r in got.values())


def test_substance_misuse_date_substance_and_intervention(deployed: Deployed) -> None:
    got = rows(deployed, "ssd_cla_substance_misuse", "clas_substance_misuse_id")
    expected = {f"{s.misuse_id}.{s.misuse_id}-{pid}": (f"{s.misuse_id}.{s.misuse_id}-{pid}", str(pid), s.date,
                                                       s.substance, yn(s.intervention))
                for pid, child in in_ssd(deployed).items() for s in child.extra.substance_misuse}
    assert expected and got == expected


def test_redeploying_changes_nothing(deployed: Deployed) -> None:
    keys = {t.name: t.primary_key[0] for t in load_tables("ssd") if t.name in NEW}
    before = {t: rows(deployed, t, keys[t]) for t in NEW}
    assert not deploy(deployed.settings, part="ssd").failed_tables
    assert {t: rows(deployed, t, keys[t]) for t in NEW} == before
