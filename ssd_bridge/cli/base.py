"""The click group, logging set-up and the one place errors become exit codes."""

from __future__ import annotations

import json
import logging
import logging.handlers
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

import click

from ssd_bridge import __version__
from ssd_bridge.errors import EXIT_MEANING, ConfigError, ExitCode, SsdBridgeError

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


class _RedactingFormatter(logging.Formatter):
    """Also hides registered secrets in tracebacks, which SecretFilter (message only) cannot see."""

    def format(self, record: logging.LogRecord) -> str:
        text = super().format(record)
        for secret in _SECRETS:
            text = text.replace(secret, "***")
        return text


def register_secret(value: str | None) -> None:
    """Never let ``value`` reach a log line."""
    if value and len(value) >= 4:
        _SECRETS.add(value)


class _StderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to the ``sys.stderr`` of the moment, not the one at set-up, which a host may have closed since."""

    def __init__(self) -> None:
        logging.Handler.__init__(self)

    @property  # type: ignore[override]
    def stream(self) -> Any:
        return sys.stderr


def configure_logging(level: int = logging.INFO) -> None:
    """Send ssd_bridge's log lines to stderr, once; a log file may be added by the command."""
    root = logging.getLogger("ssd_bridge")
    if not any(getattr(h, "_ssd_bridge_stderr", False) for h in root.handlers):
        handler = _StderrHandler()
        handler.setFormatter(_RedactingFormatter("%(asctime)s %(levelname)s %(message)s", "%H:%M:%S"))
        handler.addFilter(SecretFilter())
        handler._ssd_bridge_stderr = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    for existing in root.handlers:
        if getattr(existing, "_ssd_bridge_stderr", False):
            existing.setLevel(logging.NOTSET)  # the logger's level decides until a log file is added
    root.setLevel(level)
    root.propagate = False


def add_log_file(path: str | os.PathLike[str], retention_days: int = 30) -> logging.Handler:
    """Also write ssd_bridge's log to ``path``: rotated at midnight, ``retention_days`` old files kept.

    Meant for scheduled runs (``run --log-file``). A short nightly process still rotates: the
    handler compares the file's last change with today when it starts. The file always gets INFO
    (DEBUG with -v), even when -q quietens stderr, and the same SecretFilter as stderr.
    """
    root = logging.getLogger("ssd_bridge")
    target = Path(path).resolve()
    for handler in list(root.handlers):
        if getattr(handler, "_ssd_bridge_file", False):
            if Path(handler.baseFilename) == target:  # type: ignore[attr-defined]
                return handler
            root.removeHandler(handler)
            handler.close()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.TimedRotatingFileHandler(
            target, when="midnight", backupCount=retention_days, encoding="utf-8")
    except OSError as e:
        raise ConfigError(
            f"could not open the log file {target} ({e.strerror or type(e).__name__}).",
            "Check the folder exists and that the account running ssd-bridge may write to it.",
        ) from e
    handler.setFormatter(_RedactingFormatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    handler.addFilter(SecretFilter())
    handler._ssd_bridge_file = True  # type: ignore[attr-defined]
    # The terminal keeps the level -v/-q asked for; the file never drops below INFO.
    terminal_level = root.level or logging.INFO
    for other in root.handlers:
        if getattr(other, "_ssd_bridge_stderr", False):
            other.setLevel(terminal_level)
    handler.setLevel(min(terminal_level, logging.INFO))
    root.setLevel(min(terminal_level, logging.INFO))
    root.addHandler(handler)
    return handler


def _to_log_file(message: str, exc_info: bool = False) -> None:
    """Record why a run ended in the log file only (stderr already has the message)."""
    root = logging.getLogger("ssd_bridge")
    record = root.makeRecord(root.name, logging.ERROR, __file__, 0, message, (),
                             sys.exc_info() if exc_info else None)
    for handler in root.handlers:
        if getattr(handler, "_ssd_bridge_file", False):
            handler.handle(record)


def close_log_file() -> None:
    """Detach and close the log file added by :func:`add_log_file`, if any."""
    root = logging.getLogger("ssd_bridge")
    for handler in list(root.handlers):
        if getattr(handler, "_ssd_bridge_file", False):
            root.removeHandler(handler)
            handler.close()


def set_log_level(delta: int) -> None:
    """Apply -v (delta > 0) or -q (delta < 0) to the stderr log level."""
    level = logging.DEBUG if delta > 0 else logging.WARNING
    logging.getLogger("ssd_bridge").setLevel(level)


def _unwritable(path: str, e: OSError) -> ConfigError:
    return ConfigError(
        f"could not write {path} ({e.strerror or type(e).__name__}).",
        "Check the folder exists and that the account running ssd-bridge may write there, or choose another path.",
    )


def check_writable(path: str | None) -> None:
    """Refuse, before any work starts, an output file that could not be written afterwards."""
    if not path or path == "-":
        return
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise _unwritable(path, FileNotFoundError(2, f"the folder {folder} does not exist"))
    if not os.access(target if target.exists() else folder, os.W_OK):
        raise _unwritable(path, PermissionError(13, "permission denied"))


@contextmanager
def open_output(path: str) -> Iterator[IO[str]]:
    """Open a result file for writing ('-' is stdout); a path that cannot be opened is exit 2."""
    try:
        handle = click.open_file(path, "w", encoding="utf-8")
    except OSError as e:
        raise _unwritable(path, e) from e
    with handle:
        yield handle


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


# The --json-file a command asked for: main() writes it on every exit, whatever the code.
_EXIT_SUMMARY: dict[str, Any] = {}


def write_summary_on_exit(path: str, command: str) -> None:
    """Have :func:`main` write a JSON summary to ``path`` on every exit (0 to 5), with the code and message."""
    _EXIT_SUMMARY.clear()
    _EXIT_SUMMARY.update(path=path, data={"command": command})


def set_exit_summary(data: dict[str, Any]) -> None:
    """The facts of the run (a RunSummary as a dict) to put in that file."""
    if _EXIT_SUMMARY:
        _EXIT_SUMMARY["data"].update(data)


def _write_exit_summary(code: int, message: str) -> None:
    if not _EXIT_SUMMARY:
        return
    data = {**_EXIT_SUMMARY["data"], "exit_code": code, "exit_meaning": EXIT_MEANING[ExitCode(code)],
            "message": message}
    path = _EXIT_SUMMARY["path"]
    _EXIT_SUMMARY.clear()
    try:
        with click.open_file(path, "w", encoding="utf-8") as handle:
            handle.write(json.dumps(data, indent=2, sort_keys=True, default=str) + "\n")
    except OSError as e:
        click.echo(f"Error: could not write the summary to {path} ({e.strerror or type(e).__name__}).", err=True)


def _interrupted() -> tuple[int, str]:
    """Ctrl-C (or a scheduler's interrupt): say what state things are in, exit 4."""
    _to_log_file(f"exit {int(ExitCode.INTERNAL)}: interrupted (Ctrl-C)")
    message = ("interrupted (Ctrl-C) before the command finished. Answers DfE gave so far are recorded; "
               "records not yet answered stay pending and go with the next run. See 'ssd-bridge status'.")
    click.echo(f"Error: {message}", err=True)
    return int(ExitCode.INTERNAL), message


def main(argv: Sequence[str] | None = None) -> None:
    """Run the CLI and exit with the code of ``ExitCode``; the only place errors are caught broadly."""
    configure_logging()
    _EXIT_SUMMARY.clear()
    try:
        code, message = _invoke(argv)
    finally:
        close_log_file()
    _write_exit_summary(code, message)
    sys.exit(code)


def _invoke(argv: Sequence[str] | None) -> tuple[int, str]:
    """Run one command; return its exit code and a one-line message (the error's, when it failed)."""
    try:
        result = cli.main(args=list(argv) if argv is not None else None, prog_name="ssd-bridge",
                          standalone_mode=False)
    except click.exceptions.Exit as e:
        return int(e.exit_code), EXIT_MEANING.get(ExitCode(e.exit_code), "") if 0 <= e.exit_code <= 5 else ""
    except click.exceptions.Abort as e:
        # click turns Ctrl-C into Abort when it runs with standalone_mode=False.
        if isinstance(e.__context__, KeyboardInterrupt):
            return _interrupted()
        click.echo("Aborted.", err=True)
        return int(ExitCode.USAGE), "aborted"
    except click.ClickException as e:
        e.show()
        return int(ExitCode.USAGE), e.format_message()
    except SsdBridgeError as e:
        click.echo(f"Error: {e.message}", err=True)
        if e.hint:
            click.echo(f"  {e.hint}", err=True)
        log.debug("error detail", exc_info=True)
        _to_log_file(f"exit {int(e.exit_code)}: {e}")
        set_exit_summary(getattr(e, "summary", None) or {})
        return int(e.exit_code), str(e)
    except KeyboardInterrupt:
        return _interrupted()
    except Exception as e:  # noqa: BLE001 - the one boundary that turns any fault into exit 4
        log.debug("internal error", exc_info=True)
        _to_log_file(f"exit {int(ExitCode.INTERNAL)}: internal error ({type(e).__name__})", exc_info=True)
        message = (f"internal error ({type(e).__name__}). This is a fault in ssd-bridge, not in your setup. "
                   "Run again with -v for details, or 'ssd-bridge diagnose' and send the bundle to D2I support.")
        click.echo(f"Error: {message}", err=True)
        return int(ExitCode.INTERNAL), message
    code = int(result) if isinstance(result, int) else 0
    return code, EXIT_MEANING[ExitCode(code)] if 0 <= code <= 5 else ""
