"""Benchmark: submit 50,000 pending records to the DfE stand-in and measure time and peak memory.

Not a test. Starts an embedded PostgreSQL, deploys the add-on tables, inserts N pending staging
rows holding LA-sized synthetic records (one referral episode with a worker, an assessment,
a plan and a placement), serves the stand-in from its own process (DfE is another machine),
then runs ``ssd-bridge submit --json`` as a child process, as the scheduler would, three times
(every row made pending again between runs), and reports min and median of its wall time and
of its own peak RSS (read from the kernel for that process alone, not this loader).
Targets (issue #15): <= 5 s and <= 80 MB for 50,000 records.

    python benchmarks/submit.py [--records 50000] [--runs 3] [--validate]

By default the stand-in acknowledges records without the schema check, which DfE runs on its
own machine; ``--validate`` puts that CPU on this machine too.

It prints wall time, peak RSS of the submit process, and the CPU seconds of submit, of the
stand-in and of PostgreSQL: on a shared machine the wall time follows the load average, the CPU
seconds do not. It also counts PostgreSQL's commits during the run: several batches' answers
share a commit whenever the write-back falls behind the POSTs.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.measure import run_child, summary  # noqa: E402
from ssd_bridge.config import load_settings  # noqa: E402
from ssd_bridge.db import connect  # noqa: E402
from ssd_bridge.demo import embedded_postgres  # noqa: E402
from ssd_bridge.dfe.fake import FakeDfe  # noqa: E402
from ssd_bridge.sql.deploy import deploy  # noqa: E402


def record(n: int) -> dict:
    """One synthetic child of typical size (about 1.3 KB of JSON)."""
    return {
        "la_child_id": f"C{n:07d}", "mis_child_id": f"MIS{n:07d}", "purge": False,
        "child_details": {"unique_pupil_number": f"A{n:012d}", "first_name": "Synthetic", "surname": f"Child{n}",
                          "date_of_birth": "2014-05-17", "sex": "F", "ethnicity": "WBRI", "disabilities": ["NONE"],
                          "postcode": "AB1 2CD", "uasc_flag": False, "purge": False},
        "health_and_wellbeing": {"sdq_assessments": [{"date": "2024-02-01", "score": 14}], "purge": False},
        "social_care_episodes": [{
            "social_care_episode_id": f"E{n}", "referral_date": "2023-09-04", "referral_source": "1A",
            "referral_no_further_action_flag": False,
            "care_worker_details": [{"worker_id": f"W{n % 900:05d}", "start_date": "2023-09-04"}],
            "child_and_family_assessments": [{"child_and_family_assessment_id": f"A{n}", "start_date": "2023-09-05",
                                              "authorisation_date": "2023-10-20", "factors": ["1C", "4A"],
                                              "purge": False}],
            "child_in_need_plans": [{"child_in_need_plan_id": f"P{n}", "start_date": "2023-10-21", "purge": False}],
            "child_looked_after_placements": [{"child_looked_after_placement_id": f"L{n}", "start_date": "2024-01-10",
                                               "start_reason": "S", "placement_type": "U1", "postcode": "AB1 3CD",
                                               "purge": False}],
            "purge": False,
        }],
    }


def postgres_cpu(folder: str) -> float:
    """CPU seconds used so far by the embedded PostgreSQL: its postmaster (found by ``folder``),
    the backends that have exited (its waited children) and those still running."""
    import psutil

    total = 0.0
    for process in psutil.process_iter(["cmdline"]):
        if not any(folder in part for part in process.info["cmdline"] or []):
            continue
        try:
            times = process.cpu_times()
            total += times.user + times.system + times.children_user + times.children_system
            for child in process.children(recursive=True):
                times = child.cpu_times()
                total += times.user + times.system
        except psutil.NoSuchProcess:
            continue
    return total


def process_cpu(pid: int) -> float:
    """CPU seconds used so far by one process (the stand-in: DfE's cost, on this machine only here)."""
    import psutil

    times = psutil.Process(pid).cpu_times()
    return float(times.user + times.system)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--validate", action="store_true",
                        help="have the stand-in check every record against the schema, as DfE does on its "
                             "own machine (by default it does not: its CPU would share these 2 cores)")
    args = parser.parse_args()
    from ssd_bridge.record.validate import schema_errors

    assert schema_errors(record(1)) == [], schema_errors(record(1))
    with tempfile.TemporaryDirectory() as tmp, embedded_postgres(Path(tmp)) as server:
        settings = load_settings(env={}, overrides={"cms": "eclipse", "database": {"dialect": "postgres",
                                                                                   "url": server.uri}})
        deploy(settings, part="addon")
        started = time.monotonic()
        with connect(settings) as db, db.transaction():
            rows = []
            for n in range(args.records):
                text = json.dumps(record(n), separators=(",", ":"))
                rows.append((f"C{n:07d}", text, hashlib.sha256(text.encode()).digest()))
            db.executemany(f"INSERT INTO {db.table('ssd_api_data_staging')} (person_id, json_payload, current_hash) "
                           "VALUES (?, ?, ?)", rows)
            size = sum(len(r[1]) for r in rows) / len(rows)
            del rows
        print(f"inserted {args.records} pending rows (mean record {size:.0f} bytes) in "
              f"{time.monotonic() - started:.1f} s")

        port = free_port()
        env = {k: v for k, v in os.environ.items() if not k.startswith("SSD_BRIDGE_")}
        env["PYTHONPATH"] = str(ROOT)
        # Measured as installed: pip compiles the package's bytecode, which this environment may not keep.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "ssd_bridge")], check=True, env=env)
        fake_process = subprocess.Popen([sys.executable, "-m", "ssd_bridge", "fake-dfe", "--port", str(port), "-q",
                                         *([] if args.validate else ["--no-validate"])],
                                        env=env, stderr=subprocess.DEVNULL)
        print(f"the stand-in {'checks' if args.validate else 'does not check'} each record against the schema "
              f"({'--validate' if args.validate else 'add --validate to include DfE-side checking'})")
        walls, peaks, cpus, pg_cpus, fake_cpus, commit_counts = [], [], [], [], [], []
        try:
            wait_for(port)
            env.update(FakeDfe(port).environment())  # the settings for the stand-in the subprocess serves
            env.update({"SSD_BRIDGE_CMS": "eclipse", "SSD_BRIDGE_DATABASE_DIALECT": "postgres",
                        "SSD_BRIDGE_DATABASE_URL": server.uri, "SSD_BRIDGE_ENVIRONMENT": "test"})
            prof = ["-m", "cProfile", "-o", os.environ["BENCH_PROFILE"]] if os.environ.get("BENCH_PROFILE") else []
            for attempt in range(args.runs):
                if attempt:
                    reset(server.uri)
                pg_before, fake_before = postgres_cpu(tmp), process_cpu(fake_process.pid)
                commits_before = commits(server.uri)
                run = run_child([sys.executable, *prof, "-m", "ssd_bridge", "submit", "--json", "-q"], env)
                pg_cpus.append(postgres_cpu(tmp) - pg_before)
                time.sleep(0.5)  # the run's backends report their counts as they exit
                commit_counts.append(commits(server.uri) - commits_before)
                fake_cpus.append(process_cpu(fake_process.pid) - fake_before)
                if run.returncode != 0:
                    print(run.stderr)
                    raise SystemExit(f"submit exited {run.returncode}")
                summary_json = json.loads(run.stdout)
                walls.append(run.seconds)
                peaks.append(run.peak_mb)
                cpus.append(run.cpu_seconds)
                print(f"run {attempt + 1}: submitted {summary_json['sent']} records in {summary_json['posts']} POSTs: "
                      f"{run.seconds:.2f} s wall, peak RSS {run.peak_mb:.0f} MB (the submit process alone), "
                      f"CPU {run.cpu_seconds:.2f} s; {summary_json['error']} errors, "
                      f"{summary_json['pending']} still pending; PostgreSQL CPU {pg_cpus[-1]:.2f} s, stand-in CPU "
                      f"{fake_cpus[-1]:.2f} s; {commit_counts[-1]} commits; "
                      f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores", flush=True)
        finally:
            fake_process.terminate()
            fake_process.wait(10)
        print(summary(f"submit {args.records} records, wall", walls, "s", 5))
        print(summary("submit peak RSS of the ssd-bridge process", peaks, "MB", 80))
        print(summary("submit CPU", cpus, "s"))
        print(summary("PostgreSQL CPU during submit", pg_cpus, "s"))
        print(summary("DfE stand-in CPU during submit (DfE's machine in real life)", fake_cpus, "s"))
        print(summary("PostgreSQL commits during submit", commit_counts, "commits"))


def wait_for(port: int) -> None:
    """Wait until the stand-in accepts connections."""
    deadline = time.monotonic() + 20
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def commits(uri: str) -> int:
    """Transactions committed in the database so far (pg_stat_database, read on a new session)."""
    import psycopg

    with psycopg.connect(uri, autocommit=True) as conn:
        row = conn.execute("SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()").fetchone()
        return int(row[0]) if row else 0


def reset(uri: str) -> None:
    """Make every row pending again (as a first submission) and vacuum, so each run starts alike."""
    import psycopg

    with psycopg.connect(uri, autocommit=True) as conn:
        conn.execute("UPDATE ssd.ssd_api_data_staging SET submission_status = 'pending', api_response = NULL, "
                     "submission_timestamp = NULL, previous_json_payload = NULL, previous_hash = NULL, "
                     "attempts = 0, last_attempt_at = NULL")
        conn.execute("TRUNCATE ssd.ssd_api_submission_log")
        conn.execute("VACUUM ANALYZE ssd.ssd_api_data_staging")


if __name__ == "__main__":
    main()
