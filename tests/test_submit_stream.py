"""The pending rows stream in one read on a connection of their own: several fetches and batches,
a run stopped mid-way leaving the rest pending (and nothing acknowledged sent again), and the
reader's memory not growing with the number of rows pending."""

from __future__ import annotations

import gc
import tracemalloc

import pytest

from ssd_bridge.config import Settings
from ssd_bridge.db import connect
from ssd_bridge.dfe.client import DfeClient
from ssd_bridge.dfe.fake import FakeDfe
from ssd_bridge.errors import CredentialsError
from ssd_bridge.runner import submit
from ssd_bridge.tracking import FETCH_ROWS, pending_batches, pending_counts
from tests import submit_fixtures
from tests.helpers import FAST
from tests.submit_fixtures import STAGING, add_rows, rows

settings = submit_fixtures.settings

pytestmark = pytest.mark.postgres


def client(settings: Settings) -> DfeClient:
    return DfeClient(settings.dfe, retry=FAST, timeout=(2, 5))


def test_more_rows_than_one_fetch_stream_once_each_in_order_and_in_batches(settings: Settings) -> None:
    count = FETCH_ROWS * 2 + 134
    add_rows(settings, count)
    with connect(settings) as db:
        db.execute(f"UPDATE {db.table(STAGING)} SET submission_status = 'sent' WHERE person_id = 'C000003'")
        batches = list(pending_batches(db, 5, size=100))
        stored = dict(db.query_all(f"SELECT id, json_payload FROM {db.table(STAGING)}"))
        assert pending_counts(db, 5) == {"new": count - 1}
        assert pending_counts(db, 5, limit=250) == {"new": 250}
        limited = list(pending_batches(db, 5, size=100, limit=250))
    ids = [r.id for b in batches for r in b]
    assert [len(b) for b in batches] == [100] * 11 + [33]
    assert ids == sorted(ids) and len(set(ids)) == count - 1
    assert "C000003" not in {r.person_id for b in batches for r in b}
    assert all(r.payload == stored[r.id] and r.kind == "full" and len(r.current_hash or b"") == 32
               for b in batches for r in b)
    assert [len(b) for b in limited] == [100, 100, 50] and [r.id for b in limited for r in b] == ids[:250]


def test_a_run_stopped_mid_way_leaves_the_rest_pending_and_resends_nothing_acknowledged(
        settings: Settings, fake: FakeDfe) -> None:
    add_rows(settings, 1000)
    settings = settings.replace(dfe={"batch_size": 100})
    fake.push("200", "200", "200", "403")  # DfE refuses access at the fourth batch: the run stops
    with pytest.raises(CredentialsError):
        submit(settings, client=client(settings))
    states = [r[1] for r in rows(settings)]
    assert states.count("sent") == 300 and states.count("pending") == 700
    assert fake.accepted_records == 300
    with connect(settings) as db:
        # The reader's transaction ended with the run: nothing is left holding a snapshot.
        assert db.scalar("SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() "
                         "AND state LIKE 'idle in transaction%'") == 0
    again = submit(settings, client=client(settings))
    assert (again.selected, again.sent, again.pending) == (700, 700, 0)
    assert fake.accepted_records == 1000 and set(fake.accepted.values()) == {1}


def test_the_reader_holds_a_few_fetches_whatever_the_number_pending(settings: Settings) -> None:
    def peak_while_streaming() -> int:
        with connect(settings) as db:
            gc.collect()
            tracemalloc.start()
            try:
                for batch in pending_batches(db, 5, size=100):
                    del batch
                return tracemalloc.get_traced_memory()[1]
            finally:
                tracemalloc.stop()

    add_rows(settings, FETCH_ROWS)
    small = peak_while_streaming()
    add_rows(settings, FETCH_ROWS * 7, start=FETCH_ROWS)
    large = peak_while_streaming()
    # Eight times the rows: the peak stays that of a fetch or two, far below holding them all.
    assert large < small * 1.5 + 200_000, (small, large)


def test_the_stand_in_without_validation_acknowledges_any_record_but_keeps_its_other_checks() -> None:
    import json

    from tests.helpers import child

    checking, trusting = FakeDfe(), FakeDfe(validate=False)
    body = json.dumps([child(1), child(2, bad=True)]).encode()
    assert checking.receive(body, "200")[0] == 400
    status, receipts = trusting.receive(body, "200")
    assert status == 200 and len(receipts) == 2 and trusting.accepted_records == 2
    assert trusting.receive(json.dumps([child(n) for n in range(101)]).encode(), "200")[0] == 413
    assert trusting.receive(b'{"not": "an array"}', "200")[0] == 400
    assert trusting.receive(b"[1]", "200")[0] == 400
