"""Benchmark: `ssd-bridge report` over N children; time, peak memory and the HTML file's size.

    python benchmarks/report.py --children 10000 100000

For each N: start (once) an embedded PostgreSQL, deploy into a fresh schema, fill the SSD
tables with benchmarks/extract.py's synthetic children, run extract, then stand in for a
month of nights without the network: most records marked acknowledged (as submit leaves
them), some rejected with an answer, some waiting, 30 runs in the run log and a submission
log. A fresh child process then builds the report and writes the HTML, and reports its wall
time, CPU time, peak RSS (VmHWM) and the file's size, with PostgreSQL's CPU seconds meanwhile:
on a shared 2-core machine the wall time follows the load average, the CPU seconds do not.

Targets (issue #14): 100,000 children in <= 15 s, memory flat from 10k to 100k, HTML <= 2 MB.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from extract import AS_OF, fill, peak_rss_mb, timed  # noqa: E402
from submit import postgres_cpu  # noqa: E402


def settings_for(uri: str, schema: str):  # noqa: ANN201 - tiny local helper
    from ssd_bridge.config import load_settings

    return load_settings(env={}, overrides={"cms": "eclipse",
                                            "database": {"dialect": "postgres", "url": uri, "schema": schema}})


def nights(uri: str, schema: str) -> None:
    """Leave the tracking tables as a month of nights would: acknowledged, rejected, waiting, logs."""
    import psycopg

    s = f'"{schema}"'
    with psycopg.connect(uri, autocommit=True) as conn:
        conn.execute(f"UPDATE {s}.ssd_api_data_staging SET submission_status = 'sent', "
                     "previous_json_payload = json_payload, previous_hash = current_hash "
                     "WHERE submission_status = 'pending' AND id % 50 <> 0")
        conn.execute(f"UPDATE {s}.ssd_api_data_staging SET submission_status = 'error', attempts = 1, "
                     "api_response = 'HTTP 400: [3] $.child_details.ethnicity: not a known code' "
                     "WHERE submission_status = 'pending' AND id % 100 = 0")
        runs = []
        for night in range(30):
            run_id = str(uuid.uuid4())
            started = dt.datetime(2026, 1, 10, 2, 0) + dt.timedelta(days=night)
            summary = {"sent": 1000 + night, "error": night % 3, "extract_invalid": 5,
                       "extract": {"outcomes": {"new": 20, "updated": 400}, "findings_by_rule": {"code.ethnicity": 30}}}
            runs.append((run_id, "run", "test", started, started + dt.timedelta(minutes=4), 1, json.dumps(summary)))
        with conn.cursor() as cur:
            cur.executemany(f"INSERT INTO {s}.ssd_api_run_log (run_id, command, environment, started_at, finished_at, "
                            "exit_code, summary_json) VALUES (%s, %s, %s, %s, %s, %s, %s)", runs)
            cur.execute(f"INSERT INTO {s}.ssd_api_submission_log (run_id, batch_id, person_id, payload_kind, attempt, "
                        "http_status, outcome, sent_at) SELECT %s, 'b', person_id, 'full', 1, 200, "
                        f"CASE WHEN submission_status = 'error' THEN 'rejected' ELSE 'sent' END, now() "
                        f"FROM {s}.ssd_api_data_staging WHERE submission_status IN ('sent', 'error')", (runs[-1][0],))


def run_report(uri: str, schema: str, html_file: str) -> None:
    """Child-process entry: build and write the report; print timings, peak RSS and size as JSON."""
    from ssd_bridge.runner import write_report

    path, seconds, cpu = timed(lambda: write_report(settings_for(uri, schema), html_file, AS_OF))
    print(json.dumps({"report_seconds": round(seconds, 2), "report_cpu_seconds": round(cpu, 2),
                      "peak_rss_mb": round(peak_rss_mb(), 1), "html_kb": Path(path).stat().st_size // 1024,
                      "load_average_1m": round(os.getloadavg()[0], 1)}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--children", type=int, nargs="+", default=[10000, 100000])
    parser.add_argument("--child", nargs=3, metavar=("URI", "SCHEMA", "HTML"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        run_report(*args.child)
        return
    from ssd_bridge.demo import embedded_postgres
    from ssd_bridge.runner import extract
    from ssd_bridge.sql.deploy import deploy

    with tempfile.TemporaryDirectory() as folder, embedded_postgres(Path(folder)) as server:
        for n in args.children:
            schema = f"bench_report_{n}"
            settings = settings_for(server.uri, schema)
            deploy(settings, part="all", fill=False)
            fill(server.uri, schema, n)
            extracted = extract(settings, as_of=AS_OF)
            nights(server.uri, schema)
            html_file = str(Path(folder) / f"report_{n}.html")
            database_cpu = postgres_cpu(folder)
            child = subprocess.run([sys.executable, __file__, "--child", server.uri, schema, html_file],
                                   capture_output=True, text=True, check=True)
            result = json.loads(child.stdout.strip().splitlines()[-1])
            result.update(children=n, cohort=extracted.cohort,
                          postgres_cpu_seconds=round(postgres_cpu(folder) - database_cpu, 2))
            print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
