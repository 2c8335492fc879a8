"""The demo command."""

from __future__ import annotations

import click

from ssd_bridge.cli.base import cli, echo_json, say
from ssd_bridge.cli.options import json_option, verbosity_options
from ssd_bridge.model.cms import CMS_NAMES


@cli.command()
@click.option("--cms", type=click.Choice(CMS_NAMES), default="eclipse", show_default=True,
              help="Which case-management system to imitate.")
@click.option("--children", type=click.IntRange(min=1, max=200_000), default=200, show_default=True,
              help="How many synthetic children to make.")
@click.option("--seed", type=int, default=1, show_default=True, help="The same seed gives the same children.")
@click.option("--report", "report_file", type=click.Path(dir_okay=False), default="ssd-bridge-demo-report.html",
              show_default=True, help="Write the report ('ssd-bridge report') of the demo's data to this file.")
@json_option
@verbosity_options
def demo(cms: str, children: int, seed: int, report_file: str, as_json: bool) -> int:
    """Show the whole flow on a throwaway embedded PostgreSQL; installs and leaves nothing.

    Makes synthetic CMS source tables, runs check-compat, deploys and fills the SSD, builds
    and validates the DfE records, sends them to a local DfE stand-in, reads the tracking
    table back and writes the report. The database and the stand-in live only while the
    demo runs; the report file stays.

    \b
    Example:
      ssd-bridge demo --cms mosaic --children 500
    """
    from ssd_bridge.cli.base import check_writable
    from ssd_bridge.demo import run_demo

    check_writable(report_file)
    result = run_demo(cms=cms, children=children, seed=seed, say=say, report_file=report_file)
    if as_json:
        echo_json(result.as_dict())
        return result.exit_code
    width = max(len(name) for name in result.tables) + 2
    filled = sum(1 for count in result.tables.values() if count)
    click.echo(f"SSD tables, rows ({filled} of {len(result.tables)} filled from {cms}; the rest are created empty):")
    for name, count in result.tables.items():
        click.echo(f"  {name.ljust(width)}{count:>8}")
    click.echo("Tracking table (ssd_api_data_staging) by submission status:")
    for state, count in sorted(result.status.get("submission_status", {}).items()):
        click.echo(f"  {state.ljust(width)}{count:>8}")
    run = result.run
    click.echo(f"Run: {run['sent']} sent, {run['error']} errors, {run['invalid']} invalid, "
               f"{run['pending']} pending, {run['posts']} requests, exit code {result.exit_code}.")
    click.echo(f"Report: {result.report}")
    click.echo("Next: copy examples/ssd-bridge.example.yaml to ssd-bridge.yaml, run 'ssd-bridge check-compat', "
               "and rehearse against 'ssd-bridge fake-dfe' (see examples/overnight.md).")
    return result.exit_code
