"""submit / status against the embedded PostgreSQL and the DfE stand-in: write-back, attempts,
the environment guard, the run lock, and a process killed mid-submit."""

from __future__ import annotations

import hashlib
import json
import os
import signal

import pytest

from ssd_bridge.config import Settings
from ssd_bridge.db import connect
from ssd_bridge.dfe.client import DfeClient, RetryPolicy
from ssd_bridge.dfe.fake import FakeDfe
from ssd_bridge.errors import ApiUnavailable, ConfigError, LockHeld
from ssd_bridge.runner import status, submit
from ssd_bridge.runner.sending import AHEAD
from tests import submit_fixtures
from tests.helpers import FAST, child, through_odbc
from tests.submit_fixtures import STAGING, _cli, _wait_for, add_rows, rows

settings = submit_fixtures.settings

pytestmark = pytest.mark.postgres


def client(settings: Settings, retry: RetryPolicy = FAST) -> DfeClient:
    return DfeClient(settings.dfe, retry=retry, timeout=(2, 5))


def test_submit_writes_back_receipts_and_errors(settings: Settings, fake: FakeDfe) -> None:
    add_rows(settings, 150, bad=frozenset({7}))
    summary = submit(settings, client=client(settings))
    assert (summary.selected, summary.sent, summary.error, summary.pending) == (150, 149, 1, 0)
    assert summary.exit_code == 1
    assert summary.first_errors[0]["http_status"] == 400
    sent = rows(settings, "submission_status = 'sent'")
    assert len(sent) == 149
    for _, _, row_state, receipt, when, attempts, same_payload, same_hash in sent:
        assert row_state == "new" and attempts == 0 and same_payload and same_hash
        assert receipt and not receipt.endswith(".json") and when is not None
    [bad] = rows(settings, "submission_status = 'error'")
    assert bad[0] == "C000007" and bad[5] == 1 and bad[3].startswith("HTTP 400: $.child_details.sex")
    with connect(settings) as db:
        logged = db.query_all(f"SELECT outcome, COUNT(*) FROM {db.table('ssd_api_submission_log')} GROUP BY outcome")
        runs = db.query_all(f"SELECT command, exit_code, summary_json FROM {db.table('ssd_api_run_log')}")
    assert dict(logged) == {"sent": 149, "rejected": 1}
    assert runs[0][:2] == ("submit", 1) and json.loads(runs[0][2])["sent"] == 149
    # A second submit finds nothing to send: acknowledged records are never resent.
    again = submit(settings, client=client(settings))
    assert (again.selected, again.sent) == (1, 0) and fake.accepted["C000003"] == 1


def test_errors_are_retried_until_max_attempts_then_parked(settings: Settings, fake: FakeDfe) -> None:
    settings = settings.replace(payload={"max_attempts": 2})
    add_rows(settings, 3, bad=frozenset({1}))
    submit(settings, client=client(settings))
    second = submit(settings, client=client(settings))
    assert (second.selected, second.error) == (1, 1)
    third = submit(settings, client=client(settings))
    assert third.selected == 0 and third.parked_errors == 1 and third.exit_code == 0
    forced = submit(settings, retry_errors=True, client=client(settings))
    assert forced.selected == 1
    assert rows(settings, "person_id = 'C000001'")[0][5] == 3
    report = status(settings)
    assert report["submission_status"] == {"sent": 2, "error": 1}
    assert report["parked_errors"] == 1 and report["recent_errors"][0]["person_id"] == "C000001"
    assert report["last_run"]["command"] == "submit"


@pytest.mark.parametrize("step", ["short", "html", "text"])
def test_a_200_that_is_not_a_receipt_leaves_every_record_pending_and_exits_3(
        settings: Settings, fake: FakeDfe, step: str) -> None:
    add_rows(settings, 5)
    fake.push(step)
    with pytest.raises(ApiUnavailable, match="not with DfE's receipts"):
        submit(settings, client=client(settings))
    assert {(r[1], r[3], r[5]) for r in rows(settings)} == {("pending", None, 0)}  # no attempt charged
    assert status(settings)["last_run"]["exit_code"] == 3
    again = submit(settings, client=client(settings))  # the next night sends them all
    assert again.sent == 5 and fake.accepted_records == 5


def test_dfe_failing_night_after_night_never_parks_a_record(settings: Settings, fake: FakeDfe) -> None:
    settings = settings.replace(payload={"max_attempts": 2})
    add_rows(settings, 3)
    for _ in range(3):
        fake.push(*["500"] * 4)
        with pytest.raises(ApiUnavailable):
            submit(settings, client=client(settings))
    assert {(r[1], r[5]) for r in rows(settings)} == {("pending", 0)}
    summary = submit(settings, client=client(settings))
    assert summary.sent == 3 and summary.exit_code == 0


def test_dry_run_changes_nothing(settings: Settings, fake: FakeDfe) -> None:
    add_rows(settings, 4)
    summary = submit(settings, dry_run=True, limit=3)
    assert summary.selected == 3 and summary.sent == 0 and fake.requests == 0
    assert {r[1] for r in rows(settings)} == {"pending"}
    assert status(settings)["last_run"] is None


def test_unreachable_dfe_stops_with_exit_3_and_keeps_earlier_batches(settings: Settings, fake: FakeDfe) -> None:
    settings = settings.replace(dfe={"batch_size": 10})
    add_rows(settings, 30)
    fake.push("200", *["503"] * 4)
    with pytest.raises(ApiUnavailable):
        submit(settings, client=client(settings))
    assert [r[1] for r in rows(settings)].count("sent") == 10
    assert [r[1] for r in rows(settings)].count("pending") == 20
    assert status(settings)["last_run"]["exit_code"] == 3


def test_environment_guard(settings: Settings, fake: FakeDfe) -> None:
    add_rows(settings, 1)
    with pytest.raises(ConfigError, match="must be an https:// URL in environment live"):
        settings.replace(environment="live")  # the stand-in speaks http: never in live
    secure = {k: settings.dfe.__dict__[k].replace("http://", "https://") for k in ("base_url", "token_url")}
    live = settings.replace(environment="live", dfe=secure)
    with pytest.raises(ConfigError, match="test endpoint"):
        submit(live, client=client(live))
    assert fake.requests == 0 and fake.token_requests == 0
    allowed = live.replace(dfe={"allow_environment_mismatch": True})
    assert allowed.dfe.allow_environment_mismatch  # the guard's override still loads in live


def test_second_run_while_locked_exits_5_and_changes_nothing(settings: Settings, fake: FakeDfe) -> None:
    add_rows(settings, 3)
    with connect(settings) as holder:
        assert holder.scalar(holder.dialect.try_lock_sql()) == 1
        with pytest.raises(LockHeld) as caught:
            submit(settings, client=client(settings))
        assert caught.value.exit_code == 5
        holder.execute(holder.dialect.unlock_sql())
    assert fake.requests == 0 and {r[1] for r in rows(settings)} == {"pending"}
    assert status(settings)["last_run"] is None


def test_killed_mid_submit_then_rerun_loses_nothing_and_resends_nothing_acknowledged(
        settings: Settings, fake: FakeDfe, pg_env: dict[str, str]) -> None:
    add_rows(settings, 200)
    fake.push(*["200"] * 5, "hold")  # the sixth POST reaches DfE but its answer is held back
    env = {**pg_env, **fake.environment(), "SSD_BRIDGE_DFE_BATCH_SIZE": "10"}
    process = _cli(["submit"], env)
    _wait_for(lambda: fake.held == 1)
    os.kill(process.pid, signal.SIGKILL)  # killed between DfE receiving a batch and recording it
    process.wait(10)
    fake.release()
    recorded = {r[0] for r in rows(settings, "submission_status = 'sent'")}
    # The write-back trails the POSTs by at most AHEAD batches, so whole batches from the start are recorded:
    # all five answered ones when the write-back kept up, no fewer than 6 - AHEAD when it lagged.
    whole, part = divmod(len(recorded), 10)
    assert part == 0 and 6 - AHEAD <= whole <= 5, len(recorded)
    assert recorded == {f"C{n:06d}" for n in range(len(recorded))}
    rerun = _cli(["submit", "--json"], env)
    out, err = rerun.communicate(timeout=60)
    assert rerun.returncode == 0, err
    assert json.loads(out)["pending"] == 0
    assert {r[1] for r in rows(settings)} == {"sent"}  # no record lost
    assert all(fake.accepted[person] == 1 for person in recorded)  # none resent once recorded
    in_flight = {f"C{n:06d}" for n in range(len(recorded), 60)}  # acknowledged or held, never recorded
    _wait_for(lambda: all(fake.accepted[person] == 2 for person in in_flight))  # at-least-once, as documented
    assert set(fake.accepted) == {f"C{n:06d}" for n in range(200)}


def test_two_concurrent_runs_one_exits_5(settings: Settings, fake: FakeDfe, pg_env: dict[str, str]) -> None:
    add_rows(settings, 40)
    fake.push("hold")
    env = {**pg_env, **fake.environment(), "SSD_BRIDGE_DFE_BATCH_SIZE": "5"}
    first = _cli(["submit"], env)
    _wait_for(lambda: fake.held == 1)  # the first run holds the lock, mid-POST
    second = _cli(["submit"], env)
    _, err2 = second.communicate(timeout=60)
    fake.release()
    _, err1 = first.communicate(timeout=60)
    assert second.returncode == 5, err2
    assert "another ssd-bridge run holds the run lock" in err2
    assert first.returncode == 0, err1
    assert fake.accepted_records == 40


def test_a_row_changed_during_the_post_stays_pending(settings: Settings) -> None:
    from ssd_bridge.dfe.client import Outcome
    from ssd_bridge.tracking import pending_batches, record_outcomes

    add_rows(settings, 3)
    with connect(settings) as db:
        [batch] = list(pending_batches(db, 5, size=100))
        # extract writes a new version of C000001 while its old version is at DfE
        db.execute(f"UPDATE {db.table(STAGING)} SET json_payload = '{{}}', current_hash = ? WHERE person_id = 'C000001'",
                   (hashlib.sha256(b"{}").digest(),))
        record_outcomes(db, "run-1", {r.id: r for r in batch},
                        [Outcome(r.id, "sent", 200, receipt_id=f"R{r.id}", batch_id="b") for r in batch])
    assert [(r[0], r[1]) for r in rows(settings)] == [("C000000", "sent"), ("C000001", "pending"), ("C000002", "sent")]


def test_selection_is_case_insensitive_and_takes_the_newest_row_per_person(settings: Settings, fake: FakeDfe) -> None:
    add_rows(settings, 2)
    add_rows(settings, 1)  # a second, newer row for C000000 (D2I tables can hold several)
    with connect(settings) as db:
        db.execute(f"UPDATE {db.table(STAGING)} SET submission_status = 'Pending'")
    summary = submit(settings, client=client(settings))
    assert (summary.selected, summary.sent) == (2, 2)
    with connect(settings) as db:
        statuses = db.query_all(f"SELECT person_id, submission_status FROM {db.table(STAGING)} ORDER BY id")
    assert statuses == [("C000000", "Pending"), ("C000001", "sent"), ("C000000", "sent")]


def test_partial_mode_sends_the_partial_payload(settings: Settings, fake: FakeDfe) -> None:
    settings = settings.replace(payload={"mode": "partial"})
    add_rows(settings, 2)
    partial = json.dumps({"la_child_id": "C000000", "purge": False})
    with connect(settings) as db:
        db.execute(f"UPDATE {db.table(STAGING)} SET partial_json_payload = ?, payload_kind = 'partial' "
                   "WHERE person_id = 'C000000'", (partial,))
    received: list[dict] = []
    fake.validator = lambda record: received.append(record) or []
    assert submit(settings, client=client(settings)).sent == 2
    assert received[0] == {"la_child_id": "C000000", "purge": False}
    assert received[1]["child_details"]["surname"] == "Child1"
    with connect(settings) as db:
        kinds = db.query_all(f"SELECT payload_kind FROM {db.table('ssd_api_submission_log')} ORDER BY person_id")
        baseline = db.scalar(f"SELECT previous_json_payload FROM {db.table(STAGING)} WHERE person_id = 'C000000'")
    assert [k[0] for k in kinds] == ["partial", "full"]
    assert json.loads(baseline)["child_details"]["surname"] == "Child0"  # the full record is the new baseline


def test_partial_mode_never_sends_a_partial_payload_left_by_d2i(settings: Settings, fake: FakeDfe) -> None:
    # §6.C.26/§6.C.29: D2I's Python sender never clears partial_json_payload and doubles
    # apostrophes in it; a row no extract of ours has written (payload_kind NULL) goes whole.
    settings = settings.replace(payload={"mode": "partial"})
    add_rows(settings, 1)
    stale = json.dumps({"la_child_id": "C000000", "child_details": {"surname": "O''Brien"}})
    with connect(settings) as db:
        db.execute(f"UPDATE {db.table(STAGING)} SET partial_json_payload = ?, submission_status = 'Pending'", (stale,))
    received: list[dict] = []
    fake.validator = lambda record: received.append(record) or []
    assert submit(settings, client=client(settings)).sent == 1
    assert received[0]["child_details"]["surname"] == "Child0"
    with connect(settings) as db:
        kind = db.scalar(f"SELECT payload_kind FROM {db.table('ssd_api_submission_log')}")
    assert kind == "full"


def test_dfe_messages_are_kept_whole_in_staging_but_only_facts_in_the_log_and_status(
        settings: Settings, fake: FakeDfe) -> None:
    add_rows(settings, 2)
    fake.validator = lambda r: ["$.child_details.date_of_birth: '2015-03-02' is not allowed"] \
        if r["la_child_id"] == "C000001" else []
    submit(settings, client=client(settings))
    with connect(settings) as db:
        stored = db.scalar(f"SELECT api_response FROM {db.table(STAGING)} WHERE person_id = 'C000001'")
        excerpt = db.scalar(f"SELECT response_excerpt FROM {db.table('ssd_api_submission_log')} "
                            "WHERE outcome = 'rejected'")
    assert stored == "HTTP 400: $.child_details.date_of_birth: '2015-03-02' is not allowed"
    assert excerpt == "HTTP 400; fields $.child_details.date_of_birth"
    assert status(settings)["recent_errors"][0]["reason"] == excerpt


def add_acknowledged(settings: Settings, count: int, purges: int) -> None:
    """``count`` children DfE holds (sent), the first ``purges`` of them queued for a purge, as extract
    leaves them when the SSD no longer shows them."""
    with connect(settings) as db, db.transaction():
        for n in range(count):
            text = json.dumps(child(n), separators=(",", ":"))
            digest = hashlib.sha256(text.encode()).digest()
            if n < purges:
                purge = json.dumps({"la_child_id": f"C{n:06d}", "purge": True}, separators=(",", ":"))
                db.execute(f"INSERT INTO {db.table(STAGING)} (person_id, json_payload, current_hash, previous_hash, "
                           "previous_json_payload, submission_status, row_state, payload_kind) "
                           "VALUES (?, ?, ?, ?, ?, 'pending', 'deleted', 'purge')",
                           (f"C{n:06d}", purge, hashlib.sha256(purge.encode()).digest(), digest, text))
            else:
                db.execute(f"INSERT INTO {db.table(STAGING)} (person_id, json_payload, current_hash, previous_hash, "
                           "previous_json_payload, submission_status, row_state, payload_kind) "
                           "VALUES (?, ?, ?, ?, ?, 'sent', 'unchanged', 'full')",
                           (f"C{n:06d}", text, digest, digest, text))


def test_mass_purge_is_refused_until_allowed(settings: Settings, fake: FakeDfe) -> None:
    add_acknowledged(settings, 40, purges=30)  # an SSD refresh that lost three children in four
    with pytest.raises(ConfigError, match="refused to send 30 purge records.*40 children.*purge_guard_percent"):
        submit(settings, client=client(settings))
    assert sum(fake.batch_sizes) == 0
    assert len(rows(settings, "submission_status = 'pending'")) == 30  # kept, to be taken back or sent later
    summary = submit(settings, client=client(settings), allow_mass_purge=True)
    assert summary.sent == 30 and summary.exit_code == 0


def test_a_few_purges_go_without_the_override(settings: Settings, fake: FakeDfe) -> None:
    add_acknowledged(settings, 200, purges=12)  # 6% of the children DfE holds: normal churn
    assert submit(settings, client=client(settings)).sent == 12


@pytest.mark.odbc
def test_write_back_through_pyodbc_marks_each_row_and_keeps_the_hash_check(
        settings: Settings, fake: FakeDfe, pg_server) -> None:  # type: ignore[no-untyped-def]
    # pyodbc binds no arrays: the write-back is constant statements run by fast_executemany, and
    # the pending rows stream through one forward-only cursor.
    from ssd_bridge.dfe.client import Outcome
    from ssd_bridge.tracking import pending_batches, record_outcomes

    odbc = through_odbc(settings, pg_server)
    add_rows(settings, 120)
    with connect(settings) as db:
        db.execute(f"UPDATE {db.table(STAGING)} SET current_hash = NULL WHERE person_id = 'C000004'")
    with connect(odbc) as db:
        assert not db.driver.binds_arrays
        batches = list(pending_batches(db, 5, size=100))
        assert [len(b) for b in batches] == [100, 20]
        db.execute(f"UPDATE {db.table(STAGING)} SET current_hash = ? WHERE person_id = 'C000001'",
                   (hashlib.sha256(b"{}").digest(),))
        for batch in batches:
            record_outcomes(db, "run-odbc", {r.id: r for r in batch},
                            [Outcome(r.id, "rejected" if r.person_id == "C000002" else "sent", 200,
                                     receipt_id=f"R{r.id}", reason="HTTP 400: $.sex", batch_id="b") for r in batch])
    by_person = {r[0]: r for r in rows(settings)}
    assert by_person["C000001"][1] == "pending"  # changed while at DfE: sent again next night
    assert by_person["C000002"][1:2] == ("error",) and by_person["C000002"][5] == 1
    assert by_person["C000004"][1] == "sent"  # no hash to check
    sent = [r for r in by_person.values() if r[1] == "sent"]
    assert len(sent) == 118 and all(r[3].startswith("R") and r[4] is not None and r[7] is not False for r in sent)
