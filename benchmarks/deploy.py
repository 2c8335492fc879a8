"""Benchmark: synthesise a CMS's source data on an embedded PostgreSQL and time the deployment.

Usage:
    python benchmarks/deploy.py --cms eclipse --children 100000

Prints the synth seconds, the deploy seconds (deploy(settings, part='all'), timed on its own) and
the peak resident memory of this process, then the rows per SSD table. The PostgreSQL server's
own memory is not included: it is a separate process.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ssd_bridge.config import load_settings  # noqa: E402
from ssd_bridge.demo import embedded_postgres  # noqa: E402
from ssd_bridge.model.cms import CMS_NAMES  # noqa: E402
from ssd_bridge.sql.deploy import deploy  # noqa: E402
from ssd_bridge.synth import synth  # noqa: E402


def peak_rss_mb() -> float:
    """Peak resident set size of this process in MiB (ru_maxrss is KiB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cms", choices=CMS_NAMES, default="eclipse")
    parser.add_argument("--children", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    with embedded_postgres() as server:
        settings = load_settings(env={}, overrides={
            "cms": args.cms, "environment": "test",
            "database": {"dialect": "postgres", "url": server.uri, "schema": "ssd"},
            "source": {"location": "cms_source"}})
        started = time.monotonic()
        made = synth(settings, children=args.children, seed=args.seed)
        synth_seconds = time.monotonic() - started
        started = time.monotonic()
        result = deploy(settings, part="all")
        deploy_seconds = time.monotonic() - started
    print(f"cms: {args.cms}")
    print(f"children: {args.children}")
    print(f"source rows: {sum(made.rows.values())}")
    print(f"synth seconds: {synth_seconds:.1f}")
    print(f"deploy seconds: {deploy_seconds:.1f}")
    print(f"peak RSS MiB (this process): {peak_rss_mb():.0f}")
    for table, count in result.row_counts.items():
        print(f"  {table:28} {count}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
