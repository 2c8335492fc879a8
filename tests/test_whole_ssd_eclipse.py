"""The Eclipse fills of the SSD tables beyond the DfE record, on synthetic sources in the embedded PostgreSQL.

One deployment (synth + deploy) is shared by the module; each test compares an SSD table with what
the synthetic writer put in the Eclipse views for the same children.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date, datetime

import psycopg
import pytest

from ssd_bridge.config import Settings, load_settings
from ssd_bridge.model import load_tables
from ssd_bridge.sql.deploy import deploy
from ssd_bridge.synth import eclipse, eclipse_more, synth
from ssd_bridge.synth.events import departments
from ssd_bridge.synth.story import Child, children, worker_count, workers
from tests.conformance_data import years_before

pytestmark = pytest.mark.postgres

COUNT, SEED = 400, 7
NEW = ["ssd_department", "ssd_family", "ssd_mother", "ssd_contacts", "ssd_cin_visits", "ssd_cp_visits",
       "ssd_cla_visits", "ssd_missing", "ssd_cla_immunisations", "ssd_legal_status",
       "ssd_cla_health", "ssd_cla_reviews", "ssd_cp_reviews", "ssd_early_help_episodes"]


@pytest.fixture(scope="module")
def deployed(pg_server) -> Iterator[tuple[Settings, dict[str, int]]]:  # type: ignore[no-untyped-def]
    tag = uuid.uuid4().hex[:10]
    settings = load_settings(env={}, overrides={
        "cms": "eclipse", "environment": "test",
        "database": {"dialect": "postgres", "url": pg_server.uri, "schema": f"t_{tag}"},
        "source": {"location": f"src_{tag}"}})
    synth(settings, children=COUNT, seed=SEED)
    result = deploy(settings, part="ssd")
    assert not result.failed_tables
    yield settings, result.row_counts
    with psycopg.connect(pg_server.uri, autocommit=True) as conn:
        for name in (f"t_{tag}", f"src_{tag}"):
            conn.execute(f'DROP SCHEMA IF EXISTS "{name}" CASCADE')


@pytest.fixture(scope="module")
def kids(deployed) -> dict[str, Child]:  # type: ignore[no-untyped-def]
    """The synthetic children that are in ssd_person, by person id."""
    people = {r[0] for r in rows(deployed[0], "SELECT pers_person_id FROM ssd_person")}
    return {str(c.person_id): c for c in children(COUNT, seed=SEED) if str(c.person_id) in people}


def rows(settings: Settings, sql: str) -> list[tuple]:
    with psycopg.connect(settings.database.url) as conn:
        conn.execute(f'SET search_path = "{settings.database.schema}"')
        return [tuple(r) for r in conn.execute(sql).fetchall()]


def by_key(settings: Settings, table: str, columns: str) -> dict[str, tuple]:
    return {r[0]: r[1:] for r in rows(settings, f"SELECT {columns} FROM {table}")}


def day(value: datetime | None) -> date | None:
    return value.date() if value else None


def yn(flag: bool | None) -> str | None:
    return None if flag is None else ("Y" if flag else "N")


def test_every_new_table_fills_and_eclipse_is_no_longer_pending(deployed) -> None:  # type: ignore[no-untyped-def]
    counts = deployed[1]
    assert all(counts[name] > 0 for name in NEW), {n: counts[n] for n in NEW}
    for table in load_tables("ssd"):
        if table.name in NEW:
            assert table.is_filled_by("eclipse"), table.name


def test_departments_are_the_teams_of_the_la(deployed) -> None:  # type: ignore[no-untyped-def]
    settings, _ = deployed
    got = by_key(settings, "ssd_department", "dept_team_id, dept_team_name, dept_team_parent_id")
    teams = [t for t in departments(workers(worker_count(COUNT), SEED)) if t.parent_id]
    assert got == {str(t.team_id): (t.name, None) for t in teams}  # the service area and private team left out
    assert str(eclipse_more.PRIVATE_TEAM) not in got


def test_family_and_mother(deployed, kids) -> None:  # type: ignore[no-untyped-def]
    settings, _ = deployed
    family = by_key(settings, "ssd_family", "fami_person_id, fami_family_id, fami_table_id")
    assert family == {pid: (str(c.extra.family_id), f"{c.extra.family_id}.{pid}") for pid, c in kids.items()}
    mothers = by_key(settings, "ssd_mother", "moth_table_id, moth_person_id, moth_childs_person_id, moth_childs_dob")
    expected = {str(m.relation_id): (pid, str(m.baby_person_id), m.baby_dob)
                for pid, c in kids.items() for m in c.extra.mother}
    assert expected and {k: (p, b, day(d)) for k, (p, b, d) in mothers.items()} == expected


def test_contacts_date_and_source(deployed, kids) -> None:  # type: ignore[no-untyped-def]
    settings, _ = deployed
    got = by_key(settings, "ssd_contacts", "cont_contact_id, cont_person_id, cont_contact_date, "
                 "cont_contact_source_code, cont_contact_source_desc, cont_contact_outcome_json")
    expected = {str(c.contact_id): (pid, c.date, c.source_code, c.source_desc, None)
                for pid, k in kids.items() for c in k.extra.contacts}
    assert {k: (v[0], day(v[1]), *v[2:]) for k, v in got.items()} == expected


def test_cin_and_cp_visits_date_seen_and_plan(deployed, kids) -> None:  # type: ignore[no-untyped-def]
    settings, _ = deployed
    cin = by_key(settings, "ssd_cin_visits", "cinv_cin_visit_id, cinv_person_id, cinv_cin_visit_date, "
                 "cinv_cin_visit_seen, cinv_cin_visit_seen_alone, cinv_cin_visit_bedroom")
    expected = {str(v.visit_id): (pid, v.date, yn(v.seen), yn(v.seen_alone), None)
                for pid, k in kids.items() for v in k.extra.cin_visits}
    assert expected and {k: (v[0], day(v[1]), *v[2:]) for k, v in cin.items()} == expected
    cp = by_key(settings, "ssd_cp_visits", "cppv_cp_visit_id, cppv_person_id, cppv_cp_plan_id, cppv_cp_visit_date, "
                "cppv_cp_visit_seen, cppv_cp_visit_seen_alone")
    expected = {str(v.visit_id): (pid, str(v.plan_id), v.date, yn(v.seen), yn(v.seen_alone))
                for pid, k in kids.items() for v in k.extra.cp_visits}
    assert expected and {k: (v[0], v[1], day(v[2]), *v[3:]) for k, v in cp.items()} == expected


def test_cla_visits_belong_to_the_period_of_care(deployed, kids) -> None:  # type: ignore[no-untyped-def]
    settings, _ = deployed
    got = by_key(settings, "ssd_cla_visits", "clav_cla_visit_id, clav_cla_id, clav_person_id, clav_cla_visit_date, "
                 "clav_cla_visit_seen, clav_cla_visit_seen_alone")
    expected = {str(v.visit_id): (str(v.period_id), pid, v.date, yn(v.seen), yn(v.seen_alone))
                for pid, k in kids.items() for v in k.extra.cla_visits}
    assert expected and {k: (v[0], v[1], day(v[2]), *v[3:]) for k, v in got.items()} == expected
    periods = {r[0] for r in rows(settings, "SELECT clae_cla_id FROM ssd_cla_episodes")}
    assert {v[0] for v in got.values()} <= periods


def test_missing_episodes_and_return_interviews(deployed, kids) -> None:  # type: ignore[no-untyped-def]
    settings, _ = deployed
    got = by_key(settings, "ssd_missing", "miss_table_id, miss_person_id, miss_missing_episode_start_date, "
                 "miss_missing_episode_type, miss_missing_episode_end_date, miss_missing_rhi_offered, "
                 "miss_missing_rhi_accepted")
    expected = {str(e.missing_id): (pid, e.start, eclipse_more.MISSING_TYPE[e.missing_type], e.end,
                                    yn(e.rhi_offered), yn(e.rhi_accepted))
                for pid, k in kids.items() for e in k.extra.missing}
    assert expected and {k: (v[0], day(v[1]), v[2], day(v[3]), *v[4:]) for k, v in got.items()} == expected
    assert {v[4] for v in got.values()} >= {"Y", "N"}


def test_immunisations_one_row_per_child(deployed, kids) -> None:  # type: ignore[no-untyped-def]
    settings, _ = deployed
    got = by_key(settings, "ssd_cla_immunisations",
                 "clai_person_id, clai_immunisations_status, clai_immunisations_status_date")
    expected = {pid: (yn(k.extra.immunisation.up_to_date), k.extra.immunisation.date)
                for pid, k in kids.items() if k.extra.immunisation}
    assert expected and {k: (v[0], day(v[1])) for k, v in got.items()} == expected


def test_redeploying_changes_nothing(deployed) -> None:  # type: ignore[no-untyped-def]
    settings, _ = deployed
    before = {t: sorted(rows(settings, f"SELECT * FROM {t}"), key=repr) for t in NEW}
    assert not deploy(settings, part="ssd").failed_tables
    assert {t: sorted(rows(settings, f"SELECT * FROM {t}"), key=repr) for t in NEW} == before


def _spells(child: Child) -> dict[str, tuple]:
    """Legal status spells as Eclipse gives them: episodes of care in a row with one status, merged."""
    episodes = sorted(((p.start, p.placement_id, p.end, eclipse_more.legal_status_on(child, period.period_id, p.start))
                       for r in child.referrals for period in r.care_periods for p in period.placements),
                      key=lambda e: (e[0], e[1]))
    spells: list[list] = []
    for start, key, end, status in episodes:
        last = spells[-1] if spells else None
        if last and last[2] == status and last[4] is not None and (start - last[4]).days <= 1:
            last[3] = end if last[3] is not None and end is not None else None
            last[4] = max(last[4], end) if end else last[4]
        else:
            spells.append([key, start, status, end, end])
    return {str(k): (str(child.person_id), status, start, end) for k, start, status, end, _ in spells}


def test_legal_status_spells_code_and_dates(deployed, kids) -> None:  # type: ignore[no-untyped-def]
    settings, _ = deployed
    got = by_key(settings, "ssd_legal_status", "lega_legal_status_id, lega_person_id, lega_legal_status, "
                 "lega_legal_status_start_date, lega_legal_status_end_date")
    expected = {k: v for c in kids.values() for k, v in _spells(c).items()
                if v[3] is None or v[3] >= years_before(date.today(), 6)}
    assert expected and {k: (v[0], v[1], day(v[2]), day(v[3])) for k, v in got.items()} == expected
    assert {v[1] for v in got.values()} >= {"V2", "C2"}


def test_cla_health_checks_type_date_and_status(deployed, kids) -> None:  # type: ignore[no-untyped-def]
    settings, _ = deployed
    got = by_key(settings, "ssd_cla_health", "clah_health_check_id, clah_person_id, clah_health_check_type, "
                 "clah_health_check_date, clah_health_check_status")
    expected = {str(h.check_id): (pid, h.check_type, h.date, h.status)
                for pid, k in kids.items() for h in k.extra.health_checks if h.status != "Cancelled"}  # never completed
    assert expected and {k: (v[0], v[1], day(v[2]), v[3]) for k, v in got.items()} == expected
    assert {v[3] for v in got.values()} == {"Completed", "Refused"}


def _due_dates(reviews: list, parent) -> dict[int, date | None]:  # type: ignore[no-untyped-def,type-arg]
    """Each held review's due date as Eclipse gives it: the next-review date on the previous held review."""
    out: dict[int, date | None] = {}
    previous_next: dict[int, date | None] = {}
    for k, r in enumerate(reviews):
        if r.date is None:
            continue
        out[r.review_id] = previous_next.get(parent(r))
        later = reviews[k + 1] if k + 1 < len(reviews) else None
        previous_next[parent(r)] = later.due if later is not None and parent(later) == parent(r) else None
    return out


def test_cla_reviews_date_due_and_participation(deployed, kids) -> None:  # type: ignore[no-untyped-def]
    settings, _ = deployed
    got = by_key(settings, "ssd_cla_reviews", "clar_cla_review_id, clar_cla_id, clar_cla_person_id, "
                 "clar_cla_review_due_date, clar_cla_review_date, clar_cla_review_cancelled, clar_cla_review_participation")
    expected = {}
    for pid, k in kids.items():
        dues = _due_dates(k.extra.cla_reviews, lambda r: r.period_id)
        expected.update({str(r.review_id): (str(r.period_id), pid, dues[r.review_id], r.date, "N", r.participation)
                         for r in k.extra.cla_reviews if r.date is not None})
    assert expected and {k: (v[0], v[1], day(v[2]), day(v[3]), *v[4:]) for k, v in got.items()} == expected
    assert any(v[2] is not None for v in got.values())


def test_cp_reviews_plan_date_due_and_outcome(deployed, kids) -> None:  # type: ignore[no-untyped-def]
    settings, _ = deployed
    got = by_key(settings, "ssd_cp_reviews", "cppr_cp_review_id, cppr_person_id, cppr_cp_plan_id, cppr_cp_review_due, "
                 "cppr_cp_review_date, cppr_cp_review_meeting_id, cppr_cp_review_outcome_continue_cp, "
                 "cppr_cp_review_quorate, cppr_cp_review_participation")
    expected = {}
    for pid, k in kids.items():
        dues = _due_dates(k.extra.cp_reviews, lambda r: r.plan_id)
        expected.update({str(r.review_id): (pid, str(r.plan_id), dues[r.review_id], r.date, str(r.review_id),
                                            yn(r.continue_cp), None, r.participation) for r in k.extra.cp_reviews})
    assert expected and {k: (v[0], v[1], day(v[2]), day(v[3]), *v[4:]) for k, v in got.items()} == expected
    assert {v[5] for v in got.values()} == {"Y", "N"}


def _overlapping(child: Child, start: date, end: date | None) -> tuple[str | None, str | None]:
    """The allocated worker and team whose allocation overlaps [start, end] (open = today), latest started."""
    today = date.today()
    cws = [(i.start, k, i.involvement_id, i.worker_id) for k, (r, i) in
           enumerate((r, i) for r in child.referrals for i in r.involvements if i.role == "CW")
           if i.start < (end or today) and (i.end or today) > start]
    if not cws:
        return None, None
    worker = max(cws, key=lambda c: (c[0], c[2]))[3]
    team = 500 + max(cws, key=lambda c: (c[0], c[1]))[3] % 12
    return str(worker), str(team)


def test_early_help_episodes_dates_reasons_team_and_worker(deployed, kids) -> None:  # type: ignore[no-untyped-def]
    settings, _ = deployed
    got = by_key(settings, "ssd_early_help_episodes", "earl_episode_id, earl_person_id, earl_episode_start_date, "
                 "earl_episode_end_date, earl_episode_reason, earl_episode_end_reason, earl_episode_organisation, "
                 "earl_episode_worker_id")
    expected = {}
    for pid, k in kids.items():
        for eh in k.extra.early_help:
            if eh.end is not None and eh.end < years_before(date.today(), 6):
                continue
            before = [r for r in k.referrals if r.date <= eh.start]
            reason = eclipse.NEED[max(before, key=lambda r: (r.date, r.referral_id)).primary_need] if before else None
            worker, team = _overlapping(k, eh.start, eh.end)
            expected[str(eh.episode_id)] = (pid, eh.start, eh.end, reason, eh.end_reason, team, worker)
    assert len(expected) > 10
    assert {k: (v[0], day(v[1]), day(v[2]), *v[3:]) for k, v in got.items()} == expected
    # open and closed episodes, with and without an earlier referral, with and without a worker
    assert {v[2] is None for v in got.values()} == {True, False} and {v[3] is None for v in got.values()} == {True, False}
    assert {v[6] is None for v in got.values()} == {True, False}
