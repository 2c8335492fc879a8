"""Benchmark: synthesise a CMS's source data on an embedded PostgreSQL and time the deployment.

Usage:
    python benchmarks/deploy.py --cms eclipse --children 100000

Synthesises once, then deploys (deploy(settings, part='all')) in a child process three times and
prints min/median of the deploy seconds and of that process's own peak RSS (the PostgreSQL
server is a separate process, not included), then the rows and fill seconds per SSD table.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.measure import run_child, summary  # noqa: E402
from ssd_bridge.config import load_settings  # noqa: E402
from ssd_bridge.demo import embedded_postgres  # noqa: E402
from ssd_bridge.model.cms import CMS_NAMES  # noqa: E402
from ssd_bridge.sql.deploy import deploy  # noqa: E402
from ssd_bridge.synth import synth  # noqa: E402


def run_deploy(uri: str, cms: str) -> None:
    """Child-process entry: deploy everything once; print its seconds, rows and table timings as JSON."""
    settings = settings_for(uri, cms)
    started = time.monotonic()
    result = deploy(settings, part="all")
    print(json.dumps({"seconds": round(time.monotonic() - started, 2), "row_counts": result.row_counts,
                      "table_seconds": getattr(result, "table_seconds", {})}))


def settings_for(uri: str, cms: str):  # noqa: ANN201 - Settings, imported lazily
    """Settings for the embedded server, the SSD in schema ``ssd``, the CMS's data in ``cms_source``."""
    return load_settings(env={}, overrides={
        "cms": cms, "environment": "test",
        "database": {"dialect": "postgres", "url": uri, "schema": "ssd"},
        "source": {"location": "cms_source"}})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cms", choices=CMS_NAMES, default="eclipse")
    parser.add_argument("--children", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--child", nargs=2, metavar=("URI", "CMS"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        run_deploy(*args.child)
        return 0
    with embedded_postgres() as server:
        started = time.monotonic()
        made = synth(settings_for(server.uri, args.cms), children=args.children, seed=args.seed)
        print(f"cms {args.cms}, {args.children} children, {sum(made.rows.values())} source rows "
              f"synthesised in {time.monotonic() - started:.1f} s", flush=True)
        walls, peaks, reports = [], [], []
        for _ in range(args.runs):
            run = run_child([sys.executable, __file__, "--child", server.uri, args.cms])
            if run.returncode:
                raise SystemExit(run.stderr)
            reports.append(json.loads(run.stdout.strip().splitlines()[-1]))
            walls.append(reports[-1]["seconds"])
            peaks.append(run.peak_mb)
            print(f"deploy: {walls[-1]:.1f} s, peak RSS {run.peak_mb:.0f} MB (the deploy process alone)", flush=True)
    print(summary("deploy seconds (no #15 target: statistics and per-table timing)", walls, "s"))
    print(summary("deploy peak RSS of the ssd-bridge process", peaks, "MB"))
    last = reports[-1]
    for table, count in last["row_counts"].items():
        seconds = last["table_seconds"].get(table)
        print(f"  {table:28} {count:>9} rows" + (f"  {seconds:7.2f} s" if seconds is not None else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
