"""The click group, logging set-up and the one place errors become exit codes."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Sequence
from typing import Any

import click

from ssd_bridge import __version__
from ssd_bridge.errors import ExitCode, SsdBridgeError

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
log = logging.getLogger("ssd_bridge")

_SECRETS: set[str] = set()


class SecretFilter(logging.Filter):
    """Last line of defence: replace any registered secret value in a log line with ***."""

    def filter(self, record: logging.LogRecord) -> bool:
        if _SECRETS:
            message = record.getMessage()
            for secret in _SECRETS:
                if secret in message:
                    message = message.replace(secret, "***")
            record.msg, record.args = message, None
        return True


def register_secret(value: str | None) -> None:
    """Never let ``value`` reach a log line."""
    if value and len(value) >= 4:
        _SECRETS.add(value)


def configure_logging(level: int = logging.INFO) -> None:
    """Send ssd_bridge's log lines to stderr, once; a log file may be added by the command."""
    root = logging.getLogger("ssd_bridge")
    if not any(getattr(h, "_ssd_bridge_stderr", False) for h in root.handlers):
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s", "%H:%M:%S"))
        handler.addFilter(SecretFilter())
        handler._ssd_bridge_stderr = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    root.setLevel(level)
    root.propagate = False


def set_log_level(delta: int) -> None:
    """Apply -v (delta > 0) or -q (delta < 0) to the stderr log level."""
    level = logging.DEBUG if delta > 0 else logging.WARNING
    logging.getLogger("ssd_bridge").setLevel(level)


def echo_json(data: Any) -> None:
    """Print one JSON document on stdout."""
    click.echo(json.dumps(data, indent=2, sort_keys=True, default=str))


def say(message: str) -> None:
    """A line for the person at the terminal (stderr, so stdout stays machine-readable)."""
    click.echo(message, err=True)


@click.group(context_settings=CONTEXT_SETTINGS)
@click.version_option(__version__, prog_name="ssd-bridge")
def cli() -> None:
    """Deploy the Standard Safeguarding Dataset and feed the DfE children's social care API.

    \b
    Typical order on a new server:
      ssd-bridge check-compat     read-only checks before anything is created
      ssd-bridge deploy           create and fill the SSD and the tracking tables
      ssd-bridge run              extract + submit: the nightly job
      ssd-bridge status           what happened, for the analyst

    Settings come from ssd-bridge.yaml (see examples/ssd-bridge.example.yaml) and
    SSD_BRIDGE_* environment variables; secrets only from the environment.
    Exit codes: 0 done, 1 some records failed, 2 usage or configuration error,
    3 database or API unreachable (retry later), 4 internal error, 5 another run holds the lock.
    """


def main(argv: Sequence[str] | None = None) -> None:
    """Run the CLI and exit with the code DESIGN.md defines; the only place errors are caught broadly."""
    configure_logging()
    try:
        result = cli.main(args=list(argv) if argv is not None else None, prog_name="ssd-bridge",
                          standalone_mode=False)
    except click.exceptions.Exit as e:
        sys.exit(e.exit_code)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(ExitCode.USAGE)
    except click.ClickException as e:
        e.show()
        sys.exit(ExitCode.USAGE)
    except SsdBridgeError as e:
        click.echo(f"Error: {e.message}", err=True)
        if e.hint:
            click.echo(f"  {e.hint}", err=True)
        log.debug("error detail", exc_info=True)
        sys.exit(int(e.exit_code))
    except KeyboardInterrupt:
        click.echo("Interrupted; nothing further was done.", err=True)
        sys.exit(ExitCode.INTERNAL)
    except Exception as e:  # noqa: BLE001 - the one boundary that turns any fault into exit 4
        log.debug("internal error", exc_info=True)
        for handler in logging.getLogger("ssd_bridge").handlers:
            if getattr(handler, "_ssd_bridge_file", False):
                logging.getLogger("ssd_bridge").error("internal error", exc_info=True)
                break
        click.echo(
            f"Error: internal error ({type(e).__name__}). This is a fault in ssd-bridge, not in your setup. "
            "Run again with -v for details, or 'ssd-bridge diagnose' and send the bundle to D2I support.",
            err=True,
        )
        sys.exit(ExitCode.INTERNAL)
    sys.exit(int(result) if isinstance(result, int) else 0)
