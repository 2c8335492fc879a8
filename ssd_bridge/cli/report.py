"""The report command: what DfE holds, what is wrong and how the nights went, as one HTML page."""

from __future__ import annotations

import datetime as dt

import click

from ssd_bridge.cli.base import check_writable, cli, echo_json, open_output, say
from ssd_bridge.cli.options import as_of_option, config_option, json_option, verbosity_options


@cli.command()
@config_option
@click.option("--html", "html_file", type=click.Path(dir_okay=False, allow_dash=True), default=None,
              help="Write the report as one self-contained HTML page to this file ('-' for stdout).")
@click.option("--suppress", type=click.IntRange(min=0), default=0, show_default=True,
              help="Show counts from 1 to N-1 as 'c' and leave out child ids, for sharing outside the LA "
                   "(0: the LA's own, unsuppressed view).")
@as_of_option
@json_option
@verbosity_options
def report(config: str | None, html_file: str | None, suppress: int, as_of: dt.datetime | None,
           as_json: bool) -> None:
    """Write the LA's report: what DfE holds, how it ties to the SSD, what is wrong, how the runs went.

    Five sections: a preview of what DfE holds (and what waits to be sent), the same headline
    counts from the SSD tables with every difference explained, the data-quality findings by
    rule and field, the last 30 runs, and the SSD tables' coverage. Person ids only: no
    names, dates of birth, UPNs, postcodes or DfE answers. The page needs no network.

    \b
    Examples:
      ssd-bridge report --html report.html
      ssd-bridge report --html shared.html --suppress 10
      ssd-bridge report --json --as-of 2026-03-31 > figures.json
    """
    from ssd_bridge.config import load_settings
    from ssd_bridge.runner import report as build

    if as_json and html_file == "-":
        raise click.UsageError("--json and --html - would both write to stdout; give --html a file name.")
    settings = load_settings(config)
    check_writable(html_file)
    result = build(settings, as_of=as_of.date() if as_of else None, suppress=suppress)
    if html_file:
        with open_output(html_file) as handle:
            handle.write(result.to_html())
    data = result.as_dict()
    if as_json:
        echo_json(data)
        return
    held, waiting = data["preview"]["held"], data["preview"]["waiting"]
    say(f"As at {data['window']['as_of']}: DfE holds {held['records']} records, {waiting['records']} wait to be "
        f"sent; {data['quality']['invalid_records']} held back as invalid, "
        f"{data['quality']['rejected_records']} rejected" + (f"; report written to {html_file}" if html_file
                                                              and html_file != "-" else "") + ".")
    if html_file != "-":
        for row in data["reconciliation"]["rows"]:
            click.echo(f"{row['key']}\tssd {row['ssd']}\tdfe {row['dfe']}")
