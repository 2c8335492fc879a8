"""Commands that talk to the DfE API: submit, run, status, and the local stand-in fake-dfe."""

from __future__ import annotations

import click

from ssd_bridge.cli.base import (
    check_writable,
    cli,
    echo_json,
    say,
    set_exit_summary,
    write_summary_on_exit,
)
from ssd_bridge.cli.options import (
    allow_mass_purge_option,
    as_of_option,
    config_option,
    dry_run_option,
    json_option,
    verbosity_options,
)
from ssd_bridge.cli.status_text import status_lines


@cli.command("fake-dfe")
@click.option("--port", type=click.IntRange(0, 65535), default=8765, show_default=True,
              help="Port on 127.0.0.1 (0 picks a free one).")
@click.option("--fail-rate", type=click.FloatRange(0, 1), default=0.0, show_default=True,
              help="Share of receiver requests answered 503 at random.")
@click.option("--token-lifetime", type=click.FloatRange(min=1), default=3600, show_default=True,
              help="Seconds an issued token stays valid.")
@click.option("--delay", type=click.FloatRange(min=0), default=0.0, show_default=True,
              help="Seconds to wait before answering each receiver request.")
@click.option("--retry-after", type=click.IntRange(min=0), default=1, show_default=True,
              help="Retry-After seconds sent with an injected 429.")
@click.option("--script", default="",
              help="Comma-separated fault steps for the first requests: a status (429, 503, 500, 401, ...), "
                   "reset, short (one receipt too few), single, expire, delay:<seconds>, html or text (a 200 "
                   "that is not a receipt), echo or echo:<status> (an error repeating the children's data).")
@click.option("--seed", type=int, default=None, help="Seed for --fail-rate, to repeat a run exactly.")
@click.option("--no-validate", "no_validate", is_flag=True,
              help="Acknowledge every well-formed record without the schema check (load tests: DfE checks "
                   "on its own machine, not on the cores ssd-bridge uses).")
@verbosity_options
def fake_dfe(port: int, fail_rate: float, token_lifetime: float, delay: float, retry_after: int,
             script: str, seed: int | None, no_validate: bool) -> None:
    """Serve a local stand-in for the DfE receiver API, to rehearse without DfE credentials.

    It issues tokens, validates each record with the DfE schema, answers 400 naming the
    failing [n] positions, 413 above 100 records, 401 for a bad or expired token, and
    receipts in the format DfE has been seen to use. Stop it with Ctrl-C.

    \b
    Example:
      ssd-bridge fake-dfe --port 8765 --fail-rate 0.1
      (then, in another shell, paste the export or $env: lines it prints and run ssd-bridge submit;
       'ssd-bridge rehearsal-start' also gives a database, synthetic data and settings)
    """
    from ssd_bridge.dfe.fake import serve

    def ready(fake: object) -> None:
        from ssd_bridge.cli.rehearsal import say_paste_lines

        say(f"DfE stand-in listening on http://127.0.0.1:{fake.port} (Ctrl-C to stop). "  # type: ignore[attr-defined]
            "Point ssd-bridge at it by pasting, in the shell you run ssd-bridge from:")
        say_paste_lines(fake.environment())  # type: ignore[attr-defined]

    steps = [s.strip() for s in script.split(",") if s.strip()]
    fake = serve(port, on_ready=ready, fail_rate=fail_rate, token_lifetime=token_lifetime, delay=delay,
                 retry_after=retry_after, script=steps, seed=seed, validate=not no_validate)
    say(f"Stopped. {fake.requests} receiver requests, {fake.accepted_records} records acknowledged, "
        f"{fake.rejected_records} rejected, {fake.token_requests} token requests.")


def _prepare(config: str | None, log_file: str | None = None) -> object:
    """Load settings, keep their secrets out of every log line, and add the log file if asked."""
    from ssd_bridge.cli.base import add_log_file, register_secret
    from ssd_bridge.config import load_settings

    settings = load_settings(config)
    register_secret(settings.dfe.client_secret)
    register_secret(settings.dfe.supplier_key)
    register_secret(settings.database.password)
    path = log_file or settings.logging.file
    if path:
        add_log_file(path, settings.logging.retention_days)
    return settings


def _report(summary: object, as_json: bool) -> int:
    """Print a run summary (JSON on stdout with --json) and return its exit code; the CLI's
    boundary writes it to --json-file."""
    data = summary.as_dict()  # type: ignore[attr-defined]
    set_exit_summary(data)
    if as_json:
        echo_json(data)
        return int(data["exit_code"])
    kinds = ", ".join(f"{n} {kind}" for kind, n in data["would_send"].items())
    if data["dry_run"]:
        say(f"{data['command']} (dry run): would send {data['selected']} records to {data['destination']}"
            + (f" ({kinds})" if kinds else "") + "; nothing was sent or written.")
    else:
        say(f"{data['command']}: sent {data['sent']} records to {data['destination']}; {data['error']} errors, "
            f"{data['invalid']} invalid, {data['pending']} still pending ({data['seconds']:.1f} s).")
    if data["route_checked"]:
        say(f"  nothing to send; the route to DfE works ({data['route_checked']} accepted).")
    for line in [*data["warnings"], *([data["message"]] if data["message"] else [])]:
        say(f"  Note: {line}")
    for error in data["first_errors"]:
        say(f"  record {error['key']}: {error['reason']}")
    if data.get("failed_refills"):
        say(f"  the SSD refresh failed for {', '.join(data['failed_refills'])}; they kept their previous rows.")
    return int(data["exit_code"])


@cli.command()
@config_option
@click.option("--limit", type=click.IntRange(min=1), default=None,
              help="Send at most this many records; with none pending, POST an empty array (no child data) "
                   "to prove the token and the route.")
@click.option("--retry-errors", is_flag=True,
              help="Also resend records that used up payload.max_attempts.")
@allow_mass_purge_option
@dry_run_option
@json_option
@verbosity_options
def submit(config: str | None, limit: int | None, retry_errors: bool, allow_mass_purge: bool, dry_run: bool,
           as_json: bool) -> int:
    """Send pending records to the DfE API and record every answer.

    Records are sent in batches of dfe.batch_size. A record DfE rejects is marked error with
    DfE's reason and tried again on later runs until payload.max_attempts; the others in its
    batch still go through. With nothing pending it still gets a token, so wrong credentials
    are exit 2 on any night. Exit codes: 0 done, 1 some records failed, 2 configuration or
    credentials, 3 database or DfE unreachable (retry later), 4 internal error, 5 locked.

    \b
    Examples:
      ssd-bridge submit --dry-run
      ssd-bridge submit --limit 1          # one record (or, with none pending, an empty POST)
      ssd-bridge submit --retry-errors --json
    """
    from ssd_bridge.runner import submit as submit_records

    settings = _prepare(config)
    summary = submit_records(settings, limit=limit, dry_run=dry_run, retry_errors=retry_errors,  # type: ignore[arg-type]
                             allow_mass_purge=allow_mass_purge)
    return _report(summary, as_json)


@cli.command()
@config_option
@click.option("--refresh-ssd", is_flag=True, help="Re-run the SSD fill from the CMS first.")
@as_of_option
@click.option("--json-file", type=click.Path(dir_okay=False), default=None,
              help="Also write the run summary as JSON to this file, on every exit (0-5), with the exit "
                   "code and message.")
@click.option("--log-file", type=click.Path(dir_okay=False), default=None,
              help="Also log to this file, rotated at midnight, logging.retention_days old files kept "
                   "(default: logging.file).")
@click.option("--report", "report_file", type=click.Path(dir_okay=False), default=None,
              help="After the run, rewrite the HTML report (as 'ssd-bridge report --html') in this file "
                   "(default: logging.report_file).")
@allow_mass_purge_option
@dry_run_option
@json_option
@verbosity_options
def run(config: str | None, refresh_ssd: bool, as_of: object, json_file: str | None, log_file: str | None,
        report_file: str | None, allow_mass_purge: bool, dry_run: bool, as_json: bool) -> int:
    """Run the nightly job: extract, then submit (optionally refreshing the SSD first).

    Holds a database lock so two runs never overlap, even from two machines: a second run
    exits 5 and changes nothing. A night with nothing to send still gets a DfE token, so a wrong
    secret or an unreachable DfE is never a silent 0. --json-file is written on every exit.
    Exit codes: 0 done, 1 some records failed or are invalid, 2 configuration or credentials,
    3 database or DfE unreachable (retry later), 4 internal error, 5 locked.

    \b
    Examples:
      ssd-bridge run --refresh-ssd --log-file logs/ssd-bridge.log
      ssd-bridge run --json-file last-run.json --report logs/report.html
    """
    from ssd_bridge.runner import run as run_job

    if json_file:
        write_summary_on_exit(json_file, "run")  # on every exit, 0 to 5: the wrapper's alert points at it
    settings = _prepare(config, log_file)
    check_writable(json_file)  # before anything is sent: a summary that cannot be written is exit 2
    check_writable(report_file)
    day = as_of.date() if as_of is not None else None  # type: ignore[attr-defined]
    summary = run_job(settings, refresh_ssd=refresh_ssd, as_of=day, dry_run=dry_run,  # type: ignore[arg-type]
                      allow_mass_purge=allow_mass_purge, report_file=report_file)
    return _report(summary, as_json)


@cli.command()
@config_option
@json_option
@verbosity_options
def status(config: str | None, as_json: bool) -> None:
    """Show records by state, the last run and the most recent errors.

    \b
    Example:
      ssd-bridge status --json
    """
    from ssd_bridge.runner import status as read_status

    data = read_status(_prepare(config))  # type: ignore[arg-type]
    if as_json:
        echo_json(data)
        return
    for line in status_lines(data):
        click.echo(line)
