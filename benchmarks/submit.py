"""Benchmark: submit 50,000 pending records to the DfE stand-in and measure time and peak memory.

Not a test. Starts an embedded PostgreSQL, deploys the add-on tables, inserts N pending staging
rows holding LA-sized synthetic records (one referral episode with a worker, an assessment,
a plan and a placement), serves the stand-in from its own process (DfE is another machine),
then runs ``ssd-bridge submit --json`` as a child process, as the scheduler would, and reports
its wall time and peak RSS. Targets (issue #5): <= 10 s and <= 250 MB for 50,000 records.

    python benchmarks/submit.py [--records 50000]

It prints wall time, peak RSS of the submit process, and the CPU seconds of submit, the
stand-in and PostgreSQL: on a shared machine the wall time follows the load average, the CPU
seconds do not.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

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


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=50_000)
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

        pg_before = postgres_cpu(tmp)
        before = sum(getattr(resource.getrusage(resource.RUSAGE_CHILDREN), f) for f in ("ru_utime", "ru_stime"))
        port = free_port()
        env = {k: v for k, v in os.environ.items() if not k.startswith("SSD_BRIDGE_")}
        env["PYTHONPATH"] = str(ROOT)
        fake_process = subprocess.Popen([sys.executable, "-m", "ssd_bridge", "fake-dfe", "--port", str(port), "-q"],
                                        env=env, stderr=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + 20
            while True:
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                    break
                except OSError:
                    if time.monotonic() > deadline:
                        raise
                    time.sleep(0.05)
            env.update(FakeDfe(port).environment())  # the settings for the stand-in the subprocess serves
            env.update({"SSD_BRIDGE_CMS": "eclipse", "SSD_BRIDGE_DATABASE_DIALECT": "postgres",
                        "SSD_BRIDGE_DATABASE_URL": server.uri, "SSD_BRIDGE_ENVIRONMENT": "test"})
            started = time.monotonic()
            prof = ["-m", "cProfile", "-o", os.environ["BENCH_PROFILE"]] if os.environ.get("BENCH_PROFILE") else []
            child = subprocess.Popen([sys.executable, *prof, "-m", "ssd_bridge", "submit", "--json", "-q"], env=env,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            stdout, stderr = child.communicate()
            seconds = time.monotonic() - started
            usage = resource.getrusage(resource.RUSAGE_CHILDREN)
            peak_mb = usage.ru_maxrss / 1024
            cpu = usage.ru_utime + usage.ru_stime - before
        finally:
            fake_process.terminate()
            fake_process.wait(10)
        pg_cpu = postgres_cpu(tmp) - pg_before
        fake_usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        fake_cpu = fake_usage.ru_utime + fake_usage.ru_stime - before - cpu
        done = subprocess.CompletedProcess(child.args, child.returncode, stdout, stderr)
        if done.returncode != 0:
            print(done.stderr)
            raise SystemExit(f"submit exited {done.returncode}")
        summary = json.loads(done.stdout)
        print(f"submitted {summary['sent']} records in {summary['posts']} POSTs: {seconds:.1f} s wall "
              f"(submit's own timer {summary['seconds']:.1f} s), peak RSS {peak_mb:.0f} MB; "
              f"{summary['error']} errors, {summary['pending']} still pending")
        print(f"CPU seconds: submit {cpu:.1f}, stand-in {fake_cpu:.1f}, PostgreSQL {pg_cpu:.1f} "
              f"(sum {cpu + fake_cpu + pg_cpu:.1f}); load average now "
              f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        print(f"targets: <= 10 s -> {'met' if seconds <= 10 else 'MISSED'}; "
              f"<= 250 MB -> {'met' if peak_mb <= 250 else 'MISSED'}")


if __name__ == "__main__":
    main()
