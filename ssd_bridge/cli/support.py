"""Commands for setting up and supporting a deployment: check-compat and diagnose."""

from __future__ import annotations

import click

from ssd_bridge.cli.base import cli, echo_json, say
from ssd_bridge.cli.options import (
    cms_option,
    config_option,
    json_option,
    settings_overrides,
    tables_option,
    verbosity_options,
)


@cli.command("check-compat")
@config_option
@cms_option
@tables_option
@json_option
@click.option("--send-test-record", is_flag=True,
              help="Also send ONE synthetic record to the DfE TEST endpoint (refused for live).")
@verbosity_options
def check_compat(config: str | None, cms: str | None, tables: str | None, as_json: bool,
                 send_test_record: bool) -> int:
    """Check this computer, the database and the route to DfE before deploying (read-only).

    Every check says pass, warn, fail or skip, what it found and what to do next, with the
    operations-guide id of known failures. Exit code 0 when all pass, 1 with warnings only,
    2 with any failure. --json prints the documented shape (see examples/check-compat.md).

    \b
    Examples:
      ssd-bridge check-compat --cms liquid_logic > check-compat.txt
      ssd-bridge check-compat --json --send-test-record
    """
    from ssd_bridge.compat import check_compat as run_checks
    from ssd_bridge.compat import format_report
    from ssd_bridge.config import load_settings

    settings = load_settings(config, overrides=settings_overrides(cms, tables))
    report = run_checks(settings, send_test_record=send_test_record)
    if as_json:
        echo_json(report.as_dict())
    else:
        click.echo(format_report(report), nl=False)
    return report.exit_code


@cli.command()
@config_option
@cms_option
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None,
              help="Where to write the bundle (default: ssd-bridge-diagnose-<UTC time>.zip here).")
@click.option("--no-network", is_flag=True, help="Leave out the network and credential checks.")
@verbosity_options
def diagnose(config: str | None, cms: str | None, output: str | None, no_network: bool) -> None:
    """Write one zip for Data to Insight support, with no child's details in it.

    The bundle holds a plain-text summary, versions, the configuration with secrets
    redacted, the check-compat results, the deployment log, staging counts by state and
    the last run summaries and error messages (person ids replaced by a salted hash).
    It never holds payloads, names, dates of birth, UPNs, postcodes, tokens or secrets.

    \b
    Example:
      ssd-bridge diagnose -o support.zip
    """
    from ssd_bridge.config import load_settings
    from ssd_bridge.diagnose import diagnose as build_bundle

    settings = load_settings(config, overrides={"cms": cms})
    result = build_bundle(settings, output, network=not no_network)
    say(f"Wrote {result.path} ({result.size // 1024 + 1} KB, {len(result.files)} files). "
        "Read summary.txt first; send the zip to D2I support.")
    click.echo(str(result.path))


__all__ = ["check_compat", "diagnose", "echo_json"]
