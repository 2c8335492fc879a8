"""Benchmark: extract N synthetic children from an embedded PostgreSQL; time and peak memory.

    /work/venv/bin/python benchmarks/extract.py --children 10000 100000

For each N: start (once) an embedded PostgreSQL, deploy the SSD and tracking tables into a
fresh schema, fill the SSD tables directly with psycopg COPY (obviously synthetic children:
"Synthetic Child000123"), then run ``runner.extract`` three times in a fresh child process (from an empty
tracking table: every child new; then nothing changed; then 10% of children changed), three
repeats, and report min/median wall time, CPU time and the child process's own peak RSS. The child process measures only
the extract, not the fill. The 1-minute load average is printed too: on a shared 2-core
machine wall time follows the other load, so read it beside the CPU time.

Targets (issue #15) at 100,000 children: <= 12 s all new, <= 4 s nothing changed, <= 6 s with 10%
changed (scaled linearly for other sizes); memory flat from 10k to 100k.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.measure import run_child, summary  # noqa: E402

AS_OF = dt.date(2026, 2, 10)


#: Children generated and copied per block: the filling process stays small even at 1,000,000.
FILL_BLOCK = 50_000


def fill(uri: str, schema: str, children: int, seed: int = 7) -> dict[str, int]:
    """COPY ``children`` synthetic children and their activity into the SSD tables, a block at a time."""
    import psycopg

    rng = random.Random(seed)
    rows: dict[str, list[tuple]] = {}
    counts: dict[str, int] = {}

    def add(table: str, *values: object) -> None:
        rows.setdefault(table, []).append(values)

    def copy_block(conn: psycopg.Connection) -> None:
        for table, data in rows.items():
            cols = ", ".join(columns[table])
            with conn.cursor().copy(f'COPY "{schema}"."{table}" ({cols}) FROM STDIN') as copy:
                for row in data:
                    copy.write_row(row)
            counts[table] = counts.get(table, 0) + len(data)
        rows.clear()

    columns = {
        "ssd_person": ("pers_person_id", "pers_legacy_id", "pers_upn", "pers_forename", "pers_surname", "pers_sex",
                       "pers_ethnicity", "pers_dob"),
        "ssd_address": ("addr_table_id", "addr_person_id", "addr_address_start_date", "addr_address_postcode"),
        "ssd_disability": ("disa_table_id", "disa_person_id", "disa_disability_code"),
        "ssd_cin_episodes": ("cine_referral_id", "cine_person_id", "cine_referral_date", "cine_referral_source_code",
                             "cine_referral_nfa", "cine_close_reason", "cine_close_date"),
        "ssd_cin_assessments": ("cina_assessment_id", "cina_person_id", "cina_referral_id",
                                "cina_assessment_start_date", "cina_assessment_auth_date"),
        "ssd_assessment_factors": ("cinf_table_id", "cinf_assessment_id", "cinf_assessment_factors_json"),
        "ssd_cin_plans": ("cinp_cin_plan_id", "cinp_referral_id", "cinp_person_id", "cinp_cin_plan_start_date",
                          "cinp_cin_plan_end_date"),
        "ssd_s47_enquiry": ("s47e_s47_enquiry_id", "s47e_referral_id", "s47e_person_id", "s47e_s47_start_date",
                            "s47e_s47_end_date", "s47e_s47_outcome_json"),
        "ssd_initial_cp_conference": ("icpc_icpc_id", "icpc_s47_enquiry_id", "icpc_person_id", "icpc_icpc_date"),
        "ssd_cp_plans": ("cppl_cp_plan_id", "cppl_referral_id", "cppl_person_id", "cppl_cp_plan_start_date"),
        "ssd_cla_episodes": ("clae_cla_episode_id", "clae_person_id", "clae_cla_placement_id",
                             "clae_cla_episode_start_date", "clae_cla_episode_start_reason", "clae_cla_id",
                             "clae_referral_id"),
        "ssd_cla_placement": ("clap_cla_placement_id", "clap_cla_id", "clap_person_id",
                              "clap_cla_placement_start_date", "clap_cla_placement_type", "clap_cla_placement_postcode"),
        "ssd_involvements": ("invo_involvements_id", "invo_professional_id", "invo_professional_role_id",
                             "invo_person_id", "invo_involvement_start_date", "invo_referral_id"),
        "ssd_professionals": ("prof_professional_id", "prof_staff_id", "prof_social_worker_registration_no"),
        "ssd_sdq_scores": ("csdq_table_id", "csdq_person_id", "csdq_sdq_completed_date", "csdq_sdq_score"),
    }
    conn = psycopg.connect(uri, autocommit=True)
    for w in range(500):
        add("ssd_professionals", f"W{w}", f"S{w}", f"SW{100000 + w}")
    base = dt.date(2023, 6, 1)
    for n in range(children):
        if n and n % FILL_BLOCK == 0:
            copy_block(conn)
        pid = f"P{n:07d}"
        day = base + dt.timedelta(days=rng.randrange(900))
        add("ssd_person", pid, f"L{n}", f"A{n:012d}", "Synthetic", f"Child{n:06d}", rng.choice("MF"),
            rng.choice(["WBRI", "WIRI", "MWBC", "AIND", "BAFR"]), dt.date(2008, 1, 1) + dt.timedelta(days=rng.randrange(5000)))
        add("ssd_address", f"AD{n}", pid, day - dt.timedelta(days=400), f"ZZ9{n % 10}9ZZ")
        if rng.random() < 0.3:
            add("ssd_disability", f"D{n}", pid, rng.choice(["MOB", "HAND", "LD", "AUT"]))
        ref = f"R{n}"
        closed = day + dt.timedelta(days=200) if rng.random() < 0.4 else None
        add("ssd_cin_episodes", ref, pid, day, rng.choice(["1A", "2B", "3C", "5A", "10"]), "N",
            "RC8" if closed else None, closed)
        add("ssd_cin_assessments", f"A{n}", pid, ref, day + dt.timedelta(days=3), day + dt.timedelta(days=30))
        add("ssd_assessment_factors", f"F{n}", f"A{n}", json.dumps(rng.sample(["1A", "2B", "3C", "4A", "21"], 2)))
        if rng.random() < 0.5:
            add("ssd_cin_plans", f"CP{n}", ref, pid, day + dt.timedelta(days=35), closed)
        if rng.random() < 0.2:
            add("ssd_s47_enquiry", f"S{n}", ref, pid, day + dt.timedelta(days=5), day + dt.timedelta(days=20),
                '{"CP_CONFERENCE_FLAG": "Y"}')
            add("ssd_initial_cp_conference", f"I{n}", f"S{n}", pid, day + dt.timedelta(days=15))
            add("ssd_cp_plans", f"PP{n}", ref, pid, day + dt.timedelta(days=25))
        if rng.random() < 0.2:
            add("ssd_cla_episodes", f"E{n}", pid, f"PL{n}", day + dt.timedelta(days=40), "S", f"CLA{n}", ref)
            add("ssd_cla_placement", f"PL{n}", f"CLA{n}", pid, day + dt.timedelta(days=40), "U1", "ZZ99ZZ")
        add("ssd_involvements", f"V{n}", f"W{n % 500}", "CW", pid, dt.date(2023, 4, 2), ref)
        if rng.random() < 0.3:
            add("ssd_sdq_scores", f"Q{n}", pid, day + dt.timedelta(days=60), rng.randrange(41))
    with conn:
        copy_block(conn)
        conn.execute("ANALYZE")
    return counts


def peak_rss_mb() -> float:
    """This process's peak resident memory in MB.

    /proc/self/status VmHWM is the high-water mark of this program's own memory. getrusage's
    ru_maxrss is only the fallback: Linux carries it across fork+exec, so a child started by
    a big parent would report the parent's peak.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(job):  # noqa: ANN001, ANN201 - tiny local helper
    """Run ``job``; return its result, wall seconds and this process's CPU seconds (user + system).

    CPU time is reported beside wall time because the machine is shared: wall time rises
    with other load, CPU time much less.
    """
    def cpu() -> float:  # this process and its finished workers (runner.pool)
        own, workers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        return own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime

    before = cpu()
    started = time.perf_counter()
    result = job()
    wall = time.perf_counter() - started
    return result, wall, cpu() - before


def run_extract(uri: str, schema: str, workers: int | None = None) -> None:
    """Child-process entry: from an empty tracking table, extract three nights (all new, nothing
    changed, 10% of children changed); print their timings as JSON."""
    import psycopg

    from ssd_bridge.config import load_settings
    from ssd_bridge.runner import extract

    settings = load_settings(env={}, overrides={"cms": "eclipse",
                                                "database": {"dialect": "postgres", "url": uri, "schema": schema}})
    with psycopg.connect(uri, autocommit=True) as conn:
        conn.execute(f'TRUNCATE "{schema}".ssd_api_data_staging')
        conn.execute(f'VACUUM ANALYZE "{schema}".ssd_api_data_staging')
    first, first_seconds, first_cpu = timed(lambda: extract(settings, as_of=AS_OF, workers=workers))
    # Each night is the next day, as in production: the run date moves (#15).
    second, second_seconds, second_cpu = timed(lambda: extract(settings, as_of=AS_OF + dt.timedelta(days=1), workers=workers))
    with psycopg.connect(uri, autocommit=True) as conn:  # a new surname for every tenth child
        conn.execute(f"UPDATE \"{schema}\".ssd_person SET pers_surname = 'Changed' || md5(random()::text) "
                     "WHERE right(pers_person_id, 1) = '3'")
    third, third_seconds, third_cpu = timed(lambda: extract(settings, as_of=AS_OF + dt.timedelta(days=2), workers=workers))
    print(json.dumps({
        "all_new_seconds": round(first_seconds, 2), "nothing_changed_seconds": round(second_seconds, 2),
        "ten_percent_changed_seconds": round(third_seconds, 2),
        "all_new_cpu_seconds": round(first_cpu, 2), "nothing_changed_cpu_seconds": round(second_cpu, 2),
        "ten_percent_changed_cpu_seconds": round(third_cpu, 2),
        "load_average_1m": round(os.getloadavg()[0], 1), "cohort": first.cohort, "invalid": first.invalid,
        # the largest worker process (runner.pool) of the three nights, beside this process's own peak
        "worker_peak_rss_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1),
        "outcomes": [first.outcomes, second.outcomes, third.outcomes],
        "rebuilt": [first.rebuilt, second.rebuilt, third.rebuilt],
    }))


#: The #15 targets at 100,000 children (seconds; MB); other sizes scale them linearly.
TARGETS = {"all_new_seconds": 12, "nothing_changed_seconds": 4, "ten_percent_changed_seconds": 6}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--children", type=int, nargs="+", default=[10000, 100000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--tables", choices=("all", "api"), default="api",
                        help="SSD tables to deploy (ssd.tables): 'api' creates only those the extract reads")
    parser.add_argument("--workers", type=int, default=None,
                        help="worker processes of the extract (default: its own choice; 0: none)")
    parser.add_argument("--child", nargs=2, metavar=("URI", "SCHEMA"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        run_extract(*args.child, workers=args.workers)
        return
    from ssd_bridge.config import load_settings
    from ssd_bridge.demo import embedded_postgres
    from ssd_bridge.sql.deploy import deploy

    with tempfile.TemporaryDirectory() as folder, embedded_postgres(Path(folder)) as server:
        for n in args.children:
            schema = f"bench_{n}"
            settings = load_settings(env={}, overrides={
                "cms": "eclipse", "database": {"dialect": "postgres", "url": server.uri, "schema": schema},
                "ssd": {"tables": args.tables}})
            deploy(settings, part="all", fill=False)
            started = time.perf_counter()
            counts = fill(server.uri, schema, n)
            print(f"{n} children: filled {sum(counts.values())} SSD rows in {time.perf_counter() - started:.1f} s",
                  flush=True)
            reports, peaks = [], []
            for _ in range(args.runs):
                workers = [] if args.workers is None else ["--workers", str(args.workers)]
                run = run_child([sys.executable, __file__, "--child", server.uri, schema, *workers])
                if run.returncode:
                    raise SystemExit(run.stderr)
                reports.append(json.loads(run.stdout.strip().splitlines()[-1]))
                peaks.append(run.peak_mb)
                print(json.dumps(reports[-1] | {"peak_rss_mb": round(run.peak_mb, 1)}), flush=True)
            for key, target in TARGETS.items():
                print(summary(f"{n} children, {key}", [r[key] for r in reports], "s", target * n / 100_000))
            print(summary(f"{n} children, peak RSS of the extract process", peaks, "MB"))
            print(summary(f"{n} children, peak RSS of its largest worker", [r["worker_peak_rss_mb"] for r in reports],
                          "MB"))


if __name__ == "__main__":
    main()
