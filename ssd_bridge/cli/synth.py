"""The synth command: synthetic CMS source data for rehearsals and tests."""

from __future__ import annotations

import sys
from datetime import datetime

import click

from ssd_bridge.cli.base import cli, echo_json, say
from ssd_bridge.cli.options import (
    as_of_option,
    cms_option,
    config_option,
    json_option,
    verbosity_options,
)


@cli.command()
@config_option
@cms_option
@click.option("--children", type=click.IntRange(min=1, max=1_000_000), default=200, show_default=True,
              help="How many synthetic children to make.")
@click.option("--seed", type=int, default=1, show_default=True, help="The same seed gives the same children.")
@as_of_option
@click.option("--force", is_flag=True,
              help="Write even into a schema that holds tables synth did not create (a scratch schema).")
@json_option
@verbosity_options
def synth(config: str | None, cms: str | None, children: int, seed: int, as_of: datetime | None, force: bool,
          as_json: bool) -> None:
    """Create a CMS's source tables in a PostgreSQL test database and fill them with synthetic children.

    The tables go into the schema named by source.location (default: public) and are dropped
    and recreated on every run. Refused when environment is live, and when the schema holds
    tables synth did not create (unless --force).

    \b
    Example:
      ssd-bridge synth --cms mosaic --children 5000 --seed 7
    """
    from ssd_bridge.config import load_settings
    from ssd_bridge.synth import synth as run_synth

    settings = load_settings(config, overrides={"cms": cms})
    # stdout carries only the result; click 8.5 deprecates get_text_stream, so hand it sys.stderr.
    with click.progressbar(length=children, label="synthetic children", file=sys.stderr, show_pos=True) as bar:
        last = [0]

        def progress(done: int, total: int) -> None:
            bar.update(done - last[0])
            last[0] = done

        result = run_synth(settings, children=children, seed=seed,
                           as_of=as_of.date() if as_of else None, progress=progress, force=force)
    if as_json:
        echo_json({"cms": result.cms, "schema": result.schema, "children": result.children,
                   "seconds": round(result.seconds, 2), "rows": result.rows})
        return
    say(f"Made {result.children} synthetic {result.cms} children in schema {result.schema} "
        f"in {result.seconds:.1f} s.")
    for table, count in sorted(result.rows.items()):
        click.echo(f"{table}\t{count}")
