"""The send pipeline: the POST worker runs at most AHEAD batches ahead of the write-back, answers
that piled up behind a slow write-back go in one commit (through psycopg and through the ODBC
driver), and a run that stops or dies with batches in flight leaves exactly the unrecorded rows
pending, which the next run sends, never a row recorded sent."""

from __future__ import annotations

import signal
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from ssd_bridge.config import Settings
from ssd_bridge.db import connect
from ssd_bridge.dfe.client import DfeClient
from ssd_bridge.dfe.fake import FakeDfe
from ssd_bridge.errors import ApiUnavailable, CredentialsError
from ssd_bridge.runner import submit
from ssd_bridge.runner.sending import AHEAD
from tests import submit_fixtures
from tests.helpers import FAST, through_odbc
from tests.submit_fixtures import STAGING, _cli, _wait_for, add_rows, rows

pytestmark = pytest.mark.postgres
settings = submit_fixtures.settings

BATCH = 10


def client(settings: Settings) -> DfeClient:
    return DfeClient(settings.dfe, retry=FAST, timeout=(2, 5))


def by_batch(settings: Settings, column: str) -> dict[str, set[Any]]:
    """Each POST's batch id -> the values of ``column`` in its submission log rows."""
    found: dict[str, set[Any]] = {}
    with connect(settings) as db:
        for batch_id, value in db.query_all(f"SELECT batch_id, {column} FROM {db.table('ssd_api_submission_log')}"):
            found.setdefault(batch_id, set()).add(value)
    return found


@contextmanager
def first_row_locked(settings: Settings) -> Iterator[None]:
    """Hold a row lock on the first pending row from another session: its write-back waits."""
    with connect(settings) as locker, locker.transaction():
        table = locker.table(STAGING)
        assert locker.query_all(f"SELECT id FROM {table} WHERE id = (SELECT MIN(id) FROM {table}) FOR UPDATE")
        yield


@pytest.mark.parametrize("driver", ["psycopg", pytest.param("odbc", marks=pytest.mark.odbc)])
def test_posts_run_at_most_ahead_of_a_slow_write_back_whose_answers_then_share_one_commit(
        settings: Settings, fake: FakeDfe, pg_server: Any, driver: str) -> None:
    add_rows(settings, BATCH * 10)
    run_with = (through_odbc(settings, pg_server) if driver == "odbc" else settings).replace(
        dfe={"batch_size": BATCH})
    done: list[Any] = []
    worker = threading.Thread(target=lambda: done.append(submit(run_with, client=client(run_with))))
    try:
        with first_row_locked(settings):
            worker.start()
            _wait_for(lambda: fake.requests == AHEAD)
            time.sleep(0.5)  # the worker has nothing more to POST while the first write-back waits
            assert fake.requests == AHEAD and not rows(settings, "submission_status = 'sent'")
    finally:
        worker.join(60)
    assert done and (done[0].sent, done[0].posts, done[0].pending) == (BATCH * 10, 10, 0)
    assert fake.requests == 10 and set(fake.accepted.values()) == {1}
    assert {r[1] for r in rows(settings)} == {"sent"}
    logged = by_batch(settings, "logged_at")
    assert len(logged) == 10 and all(len(times) == 1 for times in logged.values())
    per_commit = Counter(t for values in logged.values() for t in values)
    # The answers that came in behind the waiting write-back went in shared commits.
    assert sum(n for n in per_commit.values() if n > 1) >= AHEAD - 1 and len(per_commit) < 10


@pytest.mark.parametrize(("step", "error"), [("403", CredentialsError), ("html", ApiUnavailable)])
def test_a_batch_that_stops_the_run_is_the_last_posted_and_the_next_run_sends_exactly_the_rest(
        settings: Settings, fake: FakeDfe, step: str, error: type[Exception]) -> None:
    add_rows(settings, BATCH * 12)
    settings = settings.replace(dfe={"batch_size": BATCH})
    fake.push(*["200"] * 5, step)  # the sixth POST stops the run with AHEAD batches handed over
    with pytest.raises(error):
        submit(settings, client=client(settings))
    assert fake.requests == 6  # nothing handed to the worker after the failing batch was POSTed
    sent = {r[0] for r in rows(settings, "submission_status = 'sent'")}
    assert sent == {f"C{n:06d}" for n in range(BATCH * 5)}
    assert {r[1] for r in rows(settings, "submission_status <> 'sent'")} == {"pending"}
    again = submit(settings, client=client(settings))
    assert (again.selected, again.sent, again.pending) == (BATCH * 7, BATCH * 7, 0)
    assert fake.accepted_records == BATCH * 12 and set(fake.accepted.values()) == {1}


def test_a_process_killed_with_batches_in_flight_resends_only_the_unrecorded_ones(
        settings: Settings, fake: FakeDfe, pg_env: dict[str, str]) -> None:
    add_rows(settings, BATCH * 10)
    env = {**pg_env, **fake.environment(), "SSD_BRIDGE_DFE_BATCH_SIZE": str(BATCH)}
    with first_row_locked(settings):
        process = _cli(["submit"], env)
        try:
            _wait_for(lambda: fake.requests == AHEAD, 60)  # the CLI starts slowly on a loaded machine
        finally:
            process.send_signal(signal.SIGKILL)
            process.communicate(timeout=30)
    acknowledged = set(fake.accepted)
    assert len(acknowledged) == AHEAD * BATCH
    # The server finishes a write-back it had received whole; nothing later was recorded.
    _wait_for(lambda: not rows(settings, "submission_status NOT IN ('sent', 'pending')") and _lock_free(settings), 60)
    recorded = {r[0] for r in rows(settings, "submission_status = 'sent'")}
    # Only the write-back waiting on the lock can have landed: the answers it had gathered (the first
    # batch, or more when the machine was slow to pick up the first answer), all of them acknowledged.
    assert recorded <= acknowledged and len(recorded) % BATCH == 0
    rerun = _cli(["submit", "--json"], env)
    _, err = rerun.communicate(timeout=60)
    assert rerun.returncode == 0, err
    assert {r[1] for r in rows(settings)} == {"sent"}
    resent = {person for person, times in fake.accepted.items() if times > 1}
    # At least once: the acknowledged but unrecorded rows went again, and nothing recorded sent did.
    assert resent == acknowledged - recorded and not resent & recorded
    assert set(fake.accepted) == {f"C{n:06d}" for n in range(BATCH * 10)}


def _lock_free(settings: Settings) -> bool:
    with connect(settings) as db:
        if db.scalar(db.dialect.try_lock_sql()):
            db.execute(db.dialect.unlock_sql())
            return True
    return False
