"""Fingerprint a deployment: per SSD table, its row count and an order-independent hash of its rows.

Usage:
    python benchmarks/fingerprint.py --children 2000 --save before.json
    python benchmarks/fingerprint.py --children 2000 --compare before.json

For each CMS: synthesise the children (fixed seed) on an embedded PostgreSQL, deploy the whole SSD,
and hash every table (md5 over the sorted md5s of each row's text). A rewrite of a fill for speed
must leave every fingerprint as it was: --compare lists the tables that differ and exits 1.
Synthetic dates follow today's date, so compare runs of the same day.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.deploy import settings_for  # noqa: E402
from ssd_bridge.demo import embedded_postgres  # noqa: E402
from ssd_bridge.model.cms import CMS_NAMES  # noqa: E402
from ssd_bridge.sql.deploy import deploy  # noqa: E402
from ssd_bridge.synth import synth  # noqa: E402

_HASH = 'SELECT COUNT(*), md5(COALESCE(string_agg(h, \'\' ORDER BY h), \'\')) FROM (SELECT md5(t::text) AS h FROM "ssd"."{}" t) r'


def fingerprints(cms: str, children: int, seed: int) -> dict[str, list]:
    """Synthesise, deploy and return ``{table: [rows, hash]}`` for one CMS."""
    with embedded_postgres(durable=False) as server:
        settings = settings_for(server.uri, cms)
        synth(settings, children=children, seed=seed)
        result = deploy(settings, part="all")
        if result.failed_tables:
            raise SystemExit(f"{cms}: refills failed: {result.failed_tables}")
        with psycopg.connect(server.uri) as conn:
            return {table: list(conn.execute(_HASH.format(table)).fetchone())  # type: ignore[union-attr]
                    for table in result.row_counts}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cms", choices=CMS_NAMES, nargs="+", default=list(CMS_NAMES))
    parser.add_argument("--children", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--save", type=Path)
    parser.add_argument("--compare", type=Path)
    args = parser.parse_args(argv)
    found = {cms: fingerprints(cms, args.children, args.seed) for cms in args.cms}
    if args.save:
        args.save.write_text(json.dumps(found, indent=1, sort_keys=True))
    differ = 0
    if args.compare:
        saved = json.loads(args.compare.read_text())
        for cms, tables in found.items():
            for table, print_ in tables.items():
                if saved.get(cms, {}).get(table) != print_:
                    differ += 1
                    print(f"DIFFERS {cms} {table}: {saved.get(cms, {}).get(table)} -> {print_}")
        print(f"{differ} tables differ" if differ else "every table's rows are as saved")
    for cms, tables in found.items():
        print(f"{cms}: {len(tables)} tables, {sum(n for n, _ in tables.values())} rows")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
