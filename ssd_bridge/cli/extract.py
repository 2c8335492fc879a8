"""Commands that build and check the DfE records: extract and validate."""

from __future__ import annotations

import datetime as dt

import click

from ssd_bridge.cli.base import check_writable, cli, echo_json, open_output, say
from ssd_bridge.cli.options import (
    as_of_option,
    config_option,
    dry_run_option,
    json_option,
    verbosity_options,
)
from ssd_bridge.errors import ExitCode


@cli.command()
@config_option
@as_of_option
@dry_run_option
@json_option
@verbosity_options
def extract(config: str | None, as_of: dt.datetime | None, dry_run: bool, as_json: bool) -> int | None:
    """Build, validate and track the DfE record of every child in the cohort.

    Reads the SSD tables, picks the children of the reporting window, builds one record per
    child, checks it against the DfE rules and records new, changed and departed children
    in ssd_api_data_staging. Unchanged children are not written again. Exits 1 when some
    records fail validation (they are held back; see 'ssd-bridge validate').

    \b
    Examples:
      ssd-bridge extract
      ssd-bridge extract --as-of 2026-03-31 --dry-run --json
    """
    from ssd_bridge.config import load_settings
    from ssd_bridge.runner import extract as run_extract

    settings = load_settings(config)
    result = run_extract(settings, as_of=as_of.date() if as_of else None, dry_run=dry_run)
    if as_json:
        echo_json(result.as_dict())
    else:
        window = result.window
        say(f"Window {window['start']} to {window['end']}: {result.children_read} children read, "
            f"{result.cohort} in the cohort, {result.invalid} failing validation ({result.seconds:.1f} s)"
            + (" [dry run: nothing written]" if dry_run else "") + ".")
        for outcome, count in sorted(result.outcomes.items()):
            click.echo(f"{outcome}\t{count}")
    return int(ExitCode.SOME_FAILED) if result.invalid else None


@cli.command()
@config_option
@json_option
@click.option("--html", "html_file", type=click.Path(dir_okay=False, allow_dash=True), default=None,
              help="Also write the report as an HTML page to this file.")
@verbosity_options
def validate(config: str | None, as_json: bool, html_file: str | None) -> int | None:
    """Report the DfE-rule findings over the current payloads, by rule.

    Shows each rule with its severity, the DfE field (as a JSON path, e.g. child_details.sex)
    and the SSD column it is built from, how often it fails and the person ids affected
    (never names or values). Errors hold a record back; warnings (code lists) do not.
    Exits 1 when some records have errors.

    \b
    Examples:
      ssd-bridge validate
      ssd-bridge validate --json > findings.json
      ssd-bridge validate --html findings.html
    """
    from ssd_bridge.config import load_settings
    from ssd_bridge.runner import validate as run_validate

    settings = load_settings(config)
    check_writable(html_file)
    report = run_validate(settings)
    if html_file:
        with open_output(html_file) as handle:
            handle.write(report.to_html())
    if as_json:
        echo_json(report.as_dict())
    else:
        say(f"{report.records} current records checked; {report.invalid_records} have errors and are held back.")
        for rule in report.rules:
            shown = ", ".join(rule.person_ids[:10]) + (" ..." if len(rule.person_ids) > 10 else "")
            source = f" (from {rule.ssd_column})" if rule.ssd_column else ""
            click.echo(f"{rule.severity}\t{rule.rule}\t{rule.field}{source}: {rule.message}\t{rule.count}\t{shown}")
    return int(ExitCode.SOME_FAILED) if report.invalid_records else None
