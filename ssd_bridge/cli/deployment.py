"""Commands that build the SSD: render and deploy."""

from __future__ import annotations

import dataclasses

import click

from ssd_bridge.cli.base import cli, echo_json, open_output, say
from ssd_bridge.cli.options import (
    cms_option,
    config_option,
    dialect_option,
    dry_run_option,
    json_option,
    no_fill_option,
    output_option,
    settings_overrides,
    tables_option,
    verbosity_options,
)
from ssd_bridge.errors import ExitCode
from ssd_bridge.sql.render import DEPLOY_PARTS, PARTS

PART_CHOICE = click.Choice(DEPLOY_PARTS)
RENDER_PART_CHOICE = click.Choice(PARTS)


@cli.command()
@config_option
@cms_option
@dialect_option
@click.option("--schema", default=None, help="Schema for the SSD and add-on tables (default: database.schema, else ssd).")
@click.option("--years", "history_years", type=click.IntRange(min=1), default=None,
              help="Years of history the SSD keeps (default: ssd.history_years, else 6).")
@click.option("--source-location", default=None,
              help="Where the CMS tables are, e.g. HDM.Child_Social (default: source.location).")
@click.option("--part", type=RENDER_PART_CHOICE, default="all", show_default=True,
              help="ssd: the SSD tables and their fill; addon: the API tracking tables; all: both; "
                   "grants: the least-privilege GRANT script for the bridge's user (for a DBA).")
@click.option("--grantee", default="ssd_bridge", show_default=True,
              help="With --part grants: the database user or role the rights are for.")
@tables_option
@no_fill_option
@output_option
@verbosity_options
def render(config: str | None, cms: str | None, dialect: str | None, schema: str | None,
           history_years: int | None, source_location: str | None, part: str, grantee: str, tables: str | None,
           fill: bool, output: str) -> None:
    """Print the deployment script for a CMS, to run in SSMS, Azure Data Studio or psql.

    Rendering reads no database. The script creates what is missing, never drops or
    truncates a table it did not create, and is safe to run again.

    \b
    Examples:
      ssd-bridge render --cms liquid_logic -o ssd_deploy.sql
      ssd-bridge render --cms liquid_logic --tables api -o dfe_feed_only.sql
      ssd-bridge render --cms eclipse --schema ssd | psql -v ON_ERROR_STOP=1 reporting
      ssd-bridge render --cms mosaic --part grants --grantee svc_ssd_bridge -o grants.sql
    """
    from ssd_bridge.config import load_settings
    from ssd_bridge.sql.deploy import render_options
    from ssd_bridge.sql.script import render_script

    settings = load_settings(config, overrides=settings_overrides(cms, tables))
    options = dataclasses.replace(
        render_options(settings, part, fill),
        dialect=dialect or (settings.database.dialect if cms is None else None),
        schema=schema or settings.database.schema,
        history_years=history_years or settings.ssd.history_years,
        source_location=source_location or settings.source.location,
        grantee=grantee,
    )
    text = render_script(options)
    with open_output(output) as handle:
        handle.write(text)
    if output != "-":
        what = "GRANT script" if part == "grants" else "deployment script"
        say(f"Wrote the {options.dialect_label} {what} for {options.cms} to {output}.")


@cli.command()
@config_option
@cms_option
@click.option("--part", type=PART_CHOICE, default="all", show_default=True,
              help="ssd: the SSD tables and their fill; addon: the API tracking tables; all: both.")
@tables_option
@no_fill_option
@dry_run_option
@json_option
@verbosity_options
def deploy(config: str | None, cms: str | None, part: str, tables: str | None, fill: bool, dry_run: bool,
           as_json: bool) -> int:
    """Create what is missing in the reporting database, then (re)fill the SSD.

    Runs the same script 'ssd-bridge render' prints, through the configured connection,
    batch by batch. Safe to run nightly: existing tables keep their rows and gain any
    column they lack. Each table is refilled on its own: one whose refill fails keeps its
    rows, the others go on, and the exit code is 1 with the failed tables named.

    \b
    Examples:
      ssd-bridge deploy --dry-run
      ssd-bridge deploy --part addon
      ssd-bridge deploy --no-fill     (tables only; fill them later)
      ssd-bridge deploy --tables api  (only the 19 tables the DfE feed reads)
    """
    from ssd_bridge.config import load_settings
    from ssd_bridge.sql.deploy import deploy as run_deploy

    settings = load_settings(config, overrides=settings_overrides(cms, tables))

    def progress(number: int, total: int, label: str) -> None:
        if not as_json:
            say(f"[{number}/{total}] {label}")

    result = run_deploy(settings, part=part, dry_run=dry_run, progress=progress, fill=fill)
    if as_json:
        echo_json({
            "dry_run": result.dry_run,
            "batches": len(result.batches),
            "seconds": round(result.seconds, 2),
            "tables_created": result.tables_created,
            "columns_added": result.columns_added,
            "indexes_created": result.indexes_created,
            "row_counts": result.row_counts,
            "failed_tables": result.failed_tables,
            "cuts": result.cuts,
            "unreadable": result.unreadable,
            "table_seconds": result.table_seconds,
        })
        return _exit_code(result.failed_tables)
    if dry_run:
        say(f"Would run {len(result.batches)} batches:")
        for label in result.batches:
            click.echo(label)
        return ExitCode.OK
    if result.changed_structure:
        say(f"Created {len(result.tables_created)} tables, added {len(result.columns_added)} columns "
            f"and {len(result.indexes_created)} indexes in {result.seconds:.1f} s.")
    else:
        say(f"The schema was already up to date: no table, column or index was added ({result.seconds:.1f} s).")
    for name, count in result.row_counts.items():
        click.echo(f"{name}\t{count}")
    for name, count in result.cuts.items():
        click.echo(f"cut\t{name}\t{count}")
    for name, count in result.unreadable.items():
        click.echo(f"unreadable\t{name}\t{count}")
    if result.unreadable:
        say(f"{sum(result.unreadable.values())} values in the CMS could not be read as a date or number and are NULL "
            "in the SSD (listed above as 'unreadable'); correct them in the CMS (see docs/operations.md).")
    for name, reason in result.failed_tables.items():
        say(f"Refill failed: {name} kept its previous rows ({reason})")
    if result.failed_tables:
        say(f"{len(result.failed_tables)} of the tables failed to refill: {', '.join(result.failed_tables)}. "
            "Fix the cause (see the reasons above) and run 'ssd-bridge deploy' again.")
    return _exit_code(result.failed_tables)


def _exit_code(failed_tables: dict[str, str]) -> int:
    return ExitCode.SOME_FAILED if failed_tables else ExitCode.OK
