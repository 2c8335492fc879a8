"""The demo command."""

from __future__ import annotations

import click

from ssd_bridge.cli.base import cli, echo_json, say
from ssd_bridge.options import cms_option, json_option, verbosity_options


@cli.command()
@cms_option
@click.option("--children", type=click.IntRange(min=1), default=200, show_default=True,
              help="How many synthetic children to make.")
@json_option
@verbosity_options
def demo(cms: str | None, children: int, as_json: bool) -> None:
    """Show the whole flow on a throwaway embedded PostgreSQL; installs and leaves nothing.

    \b
    Example:
      ssd-bridge demo --cms eclipse --children 500
    """
    from ssd_bridge.demo import run_demo

    result = run_demo(cms=cms or "eclipse", children=children, say=say)
    if as_json:
        echo_json({"cms": result.cms, "tables": result.tables, "steps": result.steps})
        return
    width = max(len(name) for name in result.tables) if result.tables else 10
    click.echo(f"{'table'.ljust(width)}  rows")
    for name, count in result.tables.items():
        click.echo(f"{name.ljust(width)}  {count}")
