"""Skipping unchanged children: the per-child fingerprint catches every change a record can see."""

from __future__ import annotations

import datetime as dt

import pytest

from ssd_bridge.errors import ConfigError
from ssd_bridge.model import get_table
from ssd_bridge.record import fingerprint
from ssd_bridge.record.ssd_read import SOURCES
from ssd_bridge.runner import extract
from ssd_bridge.sql.deploy import deploy
from ssd_bridge.tracking import STAGING_TABLE
from tests import extract_fixtures
from tests.ssd_rows import d

pytestmark = pytest.mark.postgres
deployed, ssd = extract_fixtures.deployed, extract_fixtures.ssd  # fixtures shared by the extract tests
AS_OF = d("2026-02-10")
CHILDREN = ("C1", "C2", "C3")


def value(pid: str, table: str, column: str, n: int = 0) -> object:
    """A plausible value of the column's type, different per child and per ``n``."""
    kind = get_table(table).column(column).type
    if kind == "datetime":
        return dt.date(2025, 7, 1) + dt.timedelta(days=n)
    if kind in ("int", "float"):
        return 3 + n
    if column.endswith("_json"):
        return '["1A"]' if n == 0 else '["2B"]'
    text = f"{pid}{column[:4]}{n}"
    return text[: get_table(table).column(column).length or len(text)]


def seed(ssd, pid: str) -> dict[str, tuple[str, str]]:
    """A row in every table a record reads for ``pid``; table -> (key column, key value)."""
    keys: dict[str, tuple[str, str]] = {}
    ssd.child(pid, ref=f"R{pid}", start="2025-06-01")
    keys["ssd_person"] = ("pers_person_id", pid)
    keys["ssd_cin_episodes"] = ("cine_referral_id", f"R{pid}")
    ssd.add("ssd_professionals", prof_professional_id=f"W{pid}", prof_staff_id=f"S{pid}",
            prof_social_worker_registration_no=f"SW{pid}")
    keys["ssd_professionals"] = ("prof_professional_id", f"W{pid}")
    for source in SOURCES:
        if source.table in keys:
            continue
        row = {c: value(pid, source.table, c) for c in source.columns}
        row[source.columns[0]] = key = f"{source.name}-{pid}"
        if not source.person_on_join:
            row[source.person] = pid
        for column in source.columns:
            if column.endswith("_referral_id"):
                row[column] = f"R{pid}"
        if source.join is not None:
            row[source.join[2]] = {"ssd_professionals": f"W{pid}", "ssd_cin_assessments": f"assessments-{pid}",
                                   "ssd_s47_enquiry": f"s47-{pid}"}[source.join[0]]
        if source.table == "ssd_initial_cp_conference":
            row["icpc_person_id"] = pid
        ssd.add(source.table, **row)
        keys[source.table] = (source.columns[0], key)
    return keys


def changeable(table: str) -> str:
    """A column the extract reads from ``table`` that is not a key."""
    if table == "ssd_person":
        return "pers_surname"
    if table == "ssd_professionals":
        return "prof_staff_id"
    source = next(s for s in SOURCES if s.table == table)
    return next(c for c in reversed(source.columns) if not c.endswith("_id"))


def run(settings, as_of: dt.date = AS_OF):
    return extract(settings, as_of=as_of)


def last_updated(ssd) -> dict[str, object]:
    return dict(ssd.rows(f"SELECT person_id, last_updated FROM {{s}}.{STAGING_TABLE}"))


def test_a_change_to_any_table_a_record_reads_rebuilds_exactly_that_child(deployed, ssd) -> None:
    keys = {pid: seed(ssd, pid) for pid in CHILDREN}
    first = run(deployed)
    assert (first.rebuilt, first.skipped, first.cohort) == (3, 0, 3)
    tables = sorted(keys["C1"])
    assert set(tables) == {"ssd_person", "ssd_professionals", *(s.table for s in SOURCES)}
    for n, table in enumerate(tables, start=1):
        pid = CHILDREN[n % 3]
        key_column, key = keys[pid][table]
        column = changeable(table)
        ssd.execute(f'UPDATE {{s}}.{table} SET "{column}" = %s WHERE "{key_column}" = %s',
                    (value(pid, table, column, n), key))
        again = run(deployed)
        assert (table, again.rebuilt, again.skipped) == (table, 1, 2), table
        assert again.cohort == 3 and again.children_read == 3


def test_a_row_added_or_removed_rebuilds_the_child(deployed, ssd) -> None:
    for pid in CHILDREN:
        seed(ssd, pid)
    run(deployed)
    ssd.add("ssd_disability", disa_table_id="D-extra", disa_person_id="C2", disa_disability_code="HAND")
    assert (run(deployed).rebuilt, run(deployed).rebuilt) == (1, 0)
    ssd.execute("DELETE FROM {s}.ssd_disability WHERE disa_table_id = 'D-extra'")
    assert run(deployed).rebuilt == 1


def test_nothing_changed_builds_nothing_and_writes_nothing(deployed, ssd) -> None:
    for pid in CHILDREN:
        seed(ssd, pid)
    run(deployed)
    before = last_updated(ssd)
    quiet = run(deployed)
    assert (quiet.rebuilt, quiet.skipped, quiet.cohort, quiet.outcomes) == (0, 3, 3, {"no_change": 3})
    assert quiet.as_dict()["rebuilt"] == 0 and quiet.as_dict()["skipped"] == 3
    assert last_updated(ssd) == before


def test_other_settings_or_a_new_window_year_rebuild_every_child(deployed, ssd, monkeypatch) -> None:
    for pid in CHILDREN:
        seed(ssd, pid)
    run(deployed)
    assert extract(deployed.replace(payload={"mode": "partial"}), as_of=AS_OF).rebuilt == 3
    assert extract(deployed.replace(payload={"mode": "partial"}), as_of=AS_OF).rebuilt == 0
    # A new version of the mapping code is a new context too.
    monkeypatch.setattr(fingerprint, "mapping_version", lambda: "another build")
    assert extract(deployed.replace(payload={"mode": "partial"}), as_of=AS_OF).rebuilt == 3
    # April moves the window's start a year on: every record may change.
    assert extract(deployed.replace(payload={"mode": "partial"}), as_of=d("2026-04-02")).rebuilt == 3


def test_the_next_night_rebuilds_only_children_with_a_date_still_to_come(deployed, ssd) -> None:
    for pid in CHILDREN:
        seed(ssd, pid)
    # C2's plan review is dated two days after the first run: every night until it has passed
    # the comparisons with the run date (and the window's end, the day after) can change its record.
    review = AS_OF + dt.timedelta(days=2)
    ssd.execute("UPDATE {s}.ssd_cin_episodes SET cine_close_date = %s WHERE cine_person_id = 'C2'", (review,))
    assert run(deployed).rebuilt == 3
    nights = [run(deployed, AS_OF + dt.timedelta(days=n)).rebuilt for n in range(1, 5)]
    assert nights == [1, 1, 1, 0]  # the day before, the day of, the day after, then settled


def test_a_skip_is_only_taken_when_the_record_could_not_have_changed(deployed, ssd) -> None:
    # Oracle: night after night around the children's dates, what a run with skips leaves in the
    # tracking table is what a run that rebuilds every child (no fingerprints stored) leaves.
    for pid in CHILDREN:
        seed(ssd, pid)
    ssd.execute("UPDATE {s}.ssd_cin_episodes SET cine_close_date = %s WHERE cine_person_id = 'C1'",
                (AS_OF + dt.timedelta(days=3),))
    ssd.execute("UPDATE {s}.ssd_person SET pers_dob = %s WHERE pers_person_id = 'C3'",
                (dt.date(2010, 2, 15),))  # 16 on 15 February 2026: a care leaver's age gate on that night
    run(deployed)
    state = f"SELECT person_id, row_state, current_hash, json_payload FROM {{s}}.{STAGING_TABLE} ORDER BY 1"
    skipped = 0
    for n in range(1, 9):
        as_of = AS_OF + dt.timedelta(days=n)
        skipped += run(deployed, as_of).skipped
        with_skips = ssd.rows(state)
        ssd.execute(f"UPDATE {{s}}.{STAGING_TABLE} SET source_fingerprint = NULL")
        assert run(deployed, as_of).skipped == 0
        assert ssd.rows(state) == with_skips, as_of
    assert skipped > 0  # the oracle compared real skips, not only rebuilds


def test_a_child_gone_from_the_ssd_is_still_noticed(deployed, ssd) -> None:
    for pid in CHILDREN:
        seed(ssd, pid)
    run(deployed)
    ssd.execute("DELETE FROM {s}.ssd_person WHERE pers_person_id = 'C3'")
    gone = run(deployed)
    assert gone.outcomes == {"no_change": 2, "deleted": 1} and gone.rebuilt == 0


def test_a_child_leaving_the_cohort_then_unchanged_is_skipped(deployed, ssd) -> None:
    for pid in CHILDREN:
        seed(ssd, pid)
    run(deployed)
    ssd.execute("UPDATE {s}.ssd_person SET pers_dob = %s WHERE pers_person_id = 'C2'", (d("1990-01-01"),))
    left = run(deployed)
    assert left.outcomes == {"no_change": 2, "deleted": 1} and left.rebuilt == 1 and left.cohort == 2
    settled = run(deployed)
    assert settled.outcomes == {"no_change": 2, "gone_before": 1} and settled.skipped == 3 and settled.cohort == 2


def test_rows_without_a_fingerprint_are_rebuilt_once(deployed, ssd) -> None:
    """A deployment upgraded in place: its rows have no fingerprint yet; the first night stores
    them without touching anything else, the next night skips."""
    for pid in CHILDREN:
        seed(ssd, pid)
    run(deployed)
    ssd.execute(f"UPDATE {{s}}.{STAGING_TABLE} SET source_fingerprint = NULL")
    before = last_updated(ssd)
    first = run(deployed)
    assert (first.rebuilt, first.outcomes) == (3, {"no_change": 3})
    assert last_updated(ssd) == before
    assert ssd.rows(f"SELECT COUNT(*) FROM {{s}}.{STAGING_TABLE} WHERE source_fingerprint IS NULL") == [(0,)]
    assert run(deployed).skipped == 3


def test_invalid_children_still_count_when_skipped(deployed, ssd) -> None:
    ssd.child("C1", pers_upn="A123")  # not 13 characters
    ssd.child("C2")
    first = run(deployed)
    second = run(deployed)
    assert second.skipped == 2 and first.invalid == 1 and first.findings_by_rule
    assert (second.invalid, second.findings_by_rule, second.cohort) == (first.invalid, first.findings_by_rule, 2)


def test_a_tracking_table_without_the_column_asks_for_deploy(deployed, ssd) -> None:
    ssd.child("C1")
    ssd.execute(f"ALTER TABLE {{s}}.{STAGING_TABLE} DROP COLUMN source_fingerprint")
    with pytest.raises(ConfigError, match="Run 'ssd-bridge deploy' once"):
        run(deployed)
    deploy(deployed, part="addon", fill=False)  # adds it back in place
    assert run(deployed).outcomes == {"new": 1}
