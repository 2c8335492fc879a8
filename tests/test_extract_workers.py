"""The extract's worker processes: the same tracking table as the serial path, errors with the
same exit codes and nothing lost, Ctrl-C clean."""

from __future__ import annotations

import os
import pickle
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from benchmarks.extract import fill
from ssd_bridge import errors
from ssd_bridge.db import connect
from ssd_bridge.errors import DatabaseError, ExitCode, SsdBridgeError
from ssd_bridge.runner import extract
from ssd_bridge.runner.pool import default_workers
from ssd_bridge.tracking import STAGING_TABLE, any_fingerprint
from tests import extract_fixtures
from tests.helpers import child_process_env
from tests.ssd_rows import d, truncate_all

pytestmark = pytest.mark.postgres
deployed, ssd = extract_fixtures.deployed, extract_fixtures.ssd  # fixtures shared by the extract tests
AS_OF = d("2026-02-10")
IDS = ("A1", "B1", "C1", "D1", "E1", "F1", "G1")
TABLE = (f"SELECT id, person_id, legacy_id, json_payload, current_hash, partial_json_payload, submission_status, "
         f"row_state, validation_findings, payload_kind, attempts, source_fingerprint FROM {{s}}.{STAGING_TABLE} "
         "ORDER BY id")


def seed(ssd) -> None:
    """Children of every kind over several chunks of two: valid, invalid, out of the cohort, with plans."""
    for n, pid in enumerate(IDS):
        ssd.child(pid, ref=f"R{pid}", pers_legacy_id=f"L{n}")
        ssd.add("ssd_sdq_scores", csdq_table_id=f"Q{pid}", csdq_person_id=pid,
                csdq_sdq_completed_date=d("2025-07-01"), csdq_sdq_score=n)
    ssd.add("ssd_cin_plans", cinp_cin_plan_id="PB1", cinp_referral_id="RB1", cinp_person_id="B1",
            cinp_cin_plan_start_date=d("2025-06-10"))
    ssd.execute("UPDATE {s}.ssd_person SET pers_upn = 'A123' WHERE pers_person_id = 'C1'")  # invalid: held back
    ssd.execute("UPDATE {s}.ssd_person SET pers_dob = %s WHERE pers_person_id = 'D1'", (d("1980-01-01"),))


def nights(deployed, ssd, workers: int | None) -> list[tuple[dict, list[tuple]]]:
    """From an empty SSD: three nights with changes between them; each night's summary and table."""
    truncate_all(deployed)
    seed(ssd)
    seen = []

    def night(n: int) -> None:
        result = extract(deployed, as_of=AS_OF + dt_days(n), chunk_size=2, workers=workers).as_dict()
        del result["seconds"]
        seen.append((result, ssd.rows(TABLE)))

    night(0)
    ssd.execute("UPDATE {s}.ssd_person SET pers_surname = 'Changed' WHERE pers_person_id IN ('A1', 'F1')")
    ssd.execute("DELETE FROM {s}.ssd_sdq_scores WHERE csdq_person_id = 'E1'")
    ssd.execute("UPDATE {s}.ssd_api_data_staging SET submission_status = 'sent', previous_hash = current_hash, "
                "previous_json_payload = json_payload WHERE person_id = 'G1'")  # acknowledged by DfE
    night(1)
    ssd.execute("DELETE FROM {s}.ssd_cin_episodes WHERE cine_person_id = 'G1'")  # leaves the cohort: a purge
    ssd.execute("DELETE FROM {s}.ssd_person WHERE pers_person_id = 'B1'")  # gone from the SSD
    night(2)
    return seen


def dt_days(n: int):  # noqa: ANN201 - a timedelta
    import datetime as dt

    return dt.timedelta(days=n)


def test_workers_leave_exactly_what_the_serial_path_leaves(deployed, ssd) -> None:
    serial = nights(deployed, ssd, workers=0)
    pooled = nights(deployed, ssd, workers=2)
    assert pooled == serial  # summaries, and every column of every row, ids (the order written) included
    outcomes = [summary["outcomes"] for summary, _ in pooled]
    assert outcomes[2]["deleted"] == 2 and serial[0][0]["invalid"] == 1 and len(serial[0][1]) == 6


def sdq_failing_for(ssd, pid: str) -> None:
    """Replace ssd_sdq_scores with a view whose rows for ``pid`` cannot be read (division by zero)."""
    ssd.execute("ALTER TABLE {s}.ssd_sdq_scores RENAME TO ssd_sdq_scores_kept")
    ssd.execute("CREATE VIEW {s}.ssd_sdq_scores AS SELECT csdq_table_id, csdq_person_id, csdq_sdq_completed_date, "
                f"csdq_sdq_score / CASE WHEN csdq_person_id = '{pid}' THEN 0 ELSE 1 END AS csdq_sdq_score "
                "FROM {s}.ssd_sdq_scores_kept")


def sdq_restored(ssd) -> None:
    ssd.execute("DROP VIEW {s}.ssd_sdq_scores")
    ssd.execute("ALTER TABLE {s}.ssd_sdq_scores_kept RENAME TO ssd_sdq_scores")


def test_the_default_choice_starts_workers_at_once_on_a_first_night_and_leaves_the_serial_table(deployed, ssd) -> None:
    # Night 0 has no fingerprint stored: every child is rebuilt, so the workers take every chunk;
    # later nights plan the first chunk here and decide from it. Either way the table is the serial one.
    truncate_all(deployed)
    with connect(deployed) as db:
        assert not any_fingerprint(db)
    pooled = nights(deployed, ssd, workers=None)
    with connect(deployed) as db:
        assert any_fingerprint(db)
    assert pooled == nights(deployed, ssd, workers=0)


def test_an_error_in_a_worker_is_the_serial_error_and_loses_nothing(deployed, ssd) -> None:
    seed(ssd)
    sdq_failing_for(ssd, "E1")  # the third chunk of two fails in a worker
    try:
        with pytest.raises(DatabaseError) as serial:
            extract(deployed, as_of=AS_OF, chunk_size=2, workers=0)
        ssd.execute(f"TRUNCATE {{s}}.{STAGING_TABLE} RESTART IDENTITY")
        with pytest.raises(DatabaseError) as pooled:
            extract(deployed, as_of=AS_OF, chunk_size=2, workers=2)
        # the chunks before the failing one are written, in order; nothing of it or after it
        assert [r[1] for r in ssd.rows(TABLE)] == ["A1", "B1", "C1"]  # D1 is not in the cohort
    finally:
        sdq_restored(ssd)
    assert type(pooled.value) is type(serial.value) and pooled.value.exit_code == ExitCode.INTERNAL
    assert (pooled.value.message, pooled.value.hint) == (serial.value.message, serial.value.hint)
    extract(deployed, as_of=AS_OF, chunk_size=2, workers=2)  # the next run finishes the job
    finished = ssd.rows(TABLE)
    ssd.execute(f"TRUNCATE {{s}}.{STAGING_TABLE} RESTART IDENTITY")
    extract(deployed, as_of=AS_OF, chunk_size=2, workers=0)
    assert finished == ssd.rows(TABLE) and len(finished) == 6


def test_every_error_crosses_from_a_worker_with_its_exit_code() -> None:
    # A worker's error reaches the extract pickled: type, message, hint and exit code survive.
    classes = [c for c in vars(errors).values() if isinstance(c, type) and issubclass(c, SsdBridgeError)]
    assert len(classes) >= 8
    for cls in classes:
        error = cls("the database said no.", "Try again later.")
        copy = pickle.loads(pickle.dumps(error))
        assert (type(copy), copy.message, copy.hint, copy.exit_code) == (cls, error.message, error.hint, error.exit_code)


def test_one_chunk_or_one_core_plans_in_process(deployed, ssd) -> None:
    ssd.child("C1")
    assert extract(deployed, as_of=AS_OF, workers=2).cohort == 1  # one page: no processes started
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    assert default_workers() == (min(2, cores) if cores >= 2 else 0)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads the process table from /proc")
def test_ctrl_c_with_workers_exits_4_cleanly_and_writes_whole_chunks_only(deployed, ssd, tmp_path) -> None:
    schema = deployed.database.schema
    fill(deployed.database.url, schema, 8000)  # four chunks: the CLI extract starts its workers
    env = child_process_env({"SSD_BRIDGE_CMS": "eclipse", "SSD_BRIDGE_DATABASE_DIALECT": "postgres",
                             "SSD_BRIDGE_DATABASE_URL": deployed.database.url, "SSD_BRIDGE_DATABASE_SCHEMA": schema})
    process = subprocess.Popen([sys.executable, "-m", "ssd_bridge", "extract", "--as-of", "2026-02-10"],
                               env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=tmp_path)
    try:
        deadline = time.monotonic() + 120
        while len(workers_of(process.pid)) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        # Both spawned, so the extract handles Ctrl-C again; still importing, so no chunk is done yet
        # (a longer wait let a fast machine finish all chunks before the Ctrl-C).
        time.sleep(0.1)
        started = workers_of(process.pid)
        assert len(started) == 2
        for pid in (process.pid, *started):  # the terminal sends Ctrl-C to every process of the job
            os.kill(pid, signal.SIGINT)
        _, err = process.communicate(timeout=120)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 4, err
    assert "interrupted (Ctrl-C)" in err and "Traceback" not in err
    deadline = time.monotonic() + 30
    while any(Path(f"/proc/{pid}").exists() for pid in started) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(Path(f"/proc/{pid}").exists() for pid in started)  # no worker left behind
    ids = f"SELECT person_id FROM {{s}}.{STAGING_TABLE} ORDER BY id"
    written = [pid for (pid,) in ssd.rows(ids)]
    extract(deployed, as_of=AS_OF)  # the next run completes it
    every = [pid for (pid,) in ssd.rows(ids)]
    whole = (int(max(written)[1:]) // 2000 + 1) * 2000 if written else 0  # chunks of 2000 from P0000000
    assert written == [pid for pid in every if int(pid[1:]) < whole] and len(written) < len(every)


def workers_of(pid: int) -> list[int]:
    """The live worker processes of ``pid`` (spawned children; not multiprocessing's resource tracker)."""
    children = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            command = (stat.parent / "cmdline").read_bytes()
        except OSError:
            continue
        if int(fields[1]) == pid and b"spawn_main" in command:
            children.append(int(stat.parent.name))
    return children
