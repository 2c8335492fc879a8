"""The send-side jobs: submit, run (refresh + extract + submit under the run lock) and status."""

from __future__ import annotations

import datetime as dt
import logging
import time
import uuid
from collections import Counter
from collections.abc import Callable
from contextlib import closing
from dataclasses import asdict, dataclass, field
from typing import Any

from ssd_bridge import __version__
from ssd_bridge.config import Settings
from ssd_bridge.db import Database, connect
from ssd_bridge.dfe.client import DfeClient, SubmitCounts, check_settings
from ssd_bridge.errors import ConfigError, DatabaseError, ExitCode, LockHeld, SsdBridgeError
from ssd_bridge.model import load_tables
from ssd_bridge.runner.checks import SUBMIT_TABLES, check_destination, require_tables
from ssd_bridge.runner.extract import extract
from ssd_bridge.runner.reporting import write_report
from ssd_bridge.runner.route import prove_route, secret_expiry_warning
from ssd_bridge.runner.sending import send_overlapped
from ssd_bridge.sql.deploy import deploy, table_counts
from ssd_bridge.tracking import (
    INVALID,
    PENDING,
    close_interrupted_runs,
    finish_run_log,
    held_back_rules,
    last_run,
    parked_errors,
    pending_batches,
    pending_counts,
    pending_rows,
    purge_guard_counts,
    recent_errors,
    row_state_counts,
    start_run_log,
    status_counts,
    utc_now,
)

log = logging.getLogger(__name__)

@dataclass
class RunSummary:
    """What a submit or run did; ``as_dict()`` is the JSON written to ssd_api_run_log and printed."""

    run_id: str
    command: str
    environment: str
    destination: str
    dry_run: bool = False
    started_at: dt.datetime = field(default_factory=utc_now)
    seconds: float = 0.0
    extract: dict[str, Any] | None = None
    extract_invalid: int = 0
    selected: int = 0
    sent: int = 0
    error: int = 0
    unsent: int = 0
    posts: int = 0
    invalid: int = 0
    pending: int = 0
    parked_errors: int = 0
    first_errors: list[dict[str, Any]] = field(default_factory=list)
    interrupted_runs: list[str] = field(default_factory=list)
    stopped_by: str | None = None
    #: SSD tables whose refill failed in --refresh-ssd (they kept their previous rows).
    failed_refills: list[str] = field(default_factory=list)
    #: what a dry run would send (new, updated, purge); the real run's selection, by the same counts
    would_send: dict[str, int] = field(default_factory=dict)
    #: how the route to DfE was proved on a night with nothing to send (None when records went)
    route_checked: str | None = None
    warnings: list[str] = field(default_factory=list)
    message: str | None = None
    exit_code: int = 0

    def as_dict(self) -> dict[str, Any]:
        """A plain dict (JSON-ready) with no personal data."""
        return {k: (v.isoformat() if isinstance(v, dt.datetime) else v) for k, v in asdict(self).items()}


def submit(settings: Settings, limit: int | None = None, dry_run: bool = False, retry_errors: bool = False,
           *, client: Any = None, allow_mass_purge: bool = False) -> RunSummary:
    """Send pending records to DfE under the run lock and record every answer; see :func:`run`."""
    return _locked(settings, "submit", dry_run, lambda db, summary: _submit(
        db, settings, summary, limit=limit, dry_run=dry_run, retry_errors=retry_errors, client=client,
        allow_mass_purge=allow_mass_purge))


def run(settings: Settings, refresh_ssd: bool = False, as_of: dt.date | None = None, limit: int | None = None,
        dry_run: bool = False, retry_errors: bool = False, *, client: Any = None,
        allow_mass_purge: bool = False, report_file: str | None = None) -> RunSummary:
    """The nightly job: optionally refresh the SSD, then extract, then submit, holding the run lock.

    A second run while one holds the lock raises :class:`LockHeld` (exit 5) and changes nothing.
    Errors that stop the run (credentials, DfE or database unreachable) are raised after the run
    log row is closed with their exit code; what was acknowledged before them is kept.
    The report (``report_file``, else ``logging.report_file``) is rewritten after every run that
    was not a dry run, stopped or not; a report that cannot be written is logged, never the
    run's result.
    """
    def body(db: Database, summary: RunSummary) -> None:
        if refresh_ssd and not dry_run:
            deployed = deploy(settings, part="ssd")
            summary.failed_refills = list(deployed.failed_tables)
            log.info("refreshed the SSD in %.1f s", deployed.seconds)
        extracted = extract(settings, as_of=as_of, dry_run=dry_run)
        summary.extract = extracted.as_dict()
        summary.extract_invalid = extracted.invalid
        # A dry extract wrote nothing: what it would have queued stands in for the table's rows.
        _submit(db, settings, summary, limit=limit, dry_run=dry_run, retry_errors=retry_errors, client=client,
                allow_mass_purge=allow_mass_purge, queued=extracted.queued if dry_run else None)

    path = None if dry_run else report_file or settings.logging.report_file
    try:
        summary = _locked(settings, "run", dry_run, body)
    except LockHeld:
        raise  # the run holding the lock writes the report
    except SsdBridgeError:
        _write_report(settings, path, as_of)
        raise
    _write_report(settings, path, as_of)
    return summary


def _write_report(settings: Settings, path: str | None, as_of: dt.date | None) -> None:
    """Rewrite the report after a run; a failure is logged and leaves the run's result alone."""
    if not path:
        return
    try:
        write_report(settings, path, as_of)
    except SsdBridgeError as e:
        log.warning("could not write the report to %s: %s", path, e.message)


def status(settings: Settings, errors: int = 10) -> dict[str, Any]:
    """Counts by state, the last run, the most recent errors and the rows in each SSD table, for the analyst."""
    with connect(settings) as db:
        require_tables(db, SUBMIT_TABLES)
        return {
            "submission_status": status_counts(db),
            "row_state": row_state_counts(db),
            "parked_errors": parked_errors(db, settings.payload.max_attempts),
            "held_back": held_back_rules(db),
            "last_run": _with_state(db, last_run(db)),
            "recent_errors": recent_errors(db, errors),
            "ssd_rows": table_counts(db, [t.name for t in load_tables("ssd")]),
        }


def _with_state(db: Database, last: dict[str, Any] | None) -> dict[str, Any] | None:
    """Tell a running last run from one whose process died: only a live run holds the run lock."""
    if last is not None and last["state"] == "unfinished":
        if db.scalar(db.dialect.try_lock_sql()):
            _unlock(db)
            last["state"] = "interrupted"
        else:
            last["state"] = "running"
    return last


def _locked(settings: Settings, command: str, dry_run: bool,
            body: Callable[[Database, RunSummary], None]) -> RunSummary:
    if not dry_run:
        check_settings(settings.dfe)  # before any work: a run that cannot send should not start
    host, _ = check_destination(settings)
    summary = RunSummary(run_id=str(uuid.uuid4()), command=command, environment=settings.environment,
                         destination=host, dry_run=dry_run)
    warning = secret_expiry_warning(settings.dfe)
    if warning:
        log.warning("%s", warning)
        summary.warnings.append(warning)
    log.info("ssd-bridge %s %s%s: %s data to %s (run %s)", __version__, command, " (dry run)" if dry_run else "",
             settings.environment, host, summary.run_id)
    started = time.monotonic()
    with connect(settings) as db:
        if not db.scalar(db.dialect.try_lock_sql()):
            raise LockHeld("another ssd-bridge run holds the run lock on this database; nothing was done.",
                           "Wait for it to finish (see 'ssd-bridge status'), then run again.")
        try:
            require_tables(db, SUBMIT_TABLES)
            if not dry_run:
                summary.interrupted_runs = close_interrupted_runs(db, summary.run_id)
                if summary.interrupted_runs:
                    log.warning("closed %d earlier run(s) left open by a process that died: %s",
                                len(summary.interrupted_runs), ", ".join(summary.interrupted_runs))
                start_run_log(db, summary.run_id, command, settings.environment, __version__)
            failure: SsdBridgeError | None = None
            try:
                body(db, summary)
            except SsdBridgeError as e:
                failure = e
                summary.stopped_by = f"{type(e).__name__}: {e.message}"
                summary.message = str(e)
            except KeyboardInterrupt:
                # Close the run log row so 'status' shows the run stopped, then let the CLI report it.
                summary.stopped_by = "interrupted (Ctrl-C)"
                summary.seconds = round(time.monotonic() - started, 3)
                summary.exit_code = int(ExitCode.INTERNAL)
                _close(db, settings, summary, failed=True)
                raise
            summary.seconds = round(time.monotonic() - started, 3)
            summary.exit_code = int(failure.exit_code if failure else _exit_code(summary))
            _close(db, settings, summary, failed=failure is not None)
            if failure:
                failure.summary = summary.as_dict()  # type: ignore[attr-defined] # for run --json-file
                raise failure
        finally:
            _unlock(db)
    log.info("%s finished in %.1f s: %d sent, %d error, %d invalid, %d pending (exit %d)", command,
             summary.seconds, summary.sent, summary.error, summary.invalid, summary.pending, summary.exit_code)
    return summary


def _close(db: Database, settings: Settings, summary: RunSummary, failed: bool) -> None:
    """Count the table's states into the summary and close the run log row; after a failure,
    a database that is gone too must not hide the first error."""
    try:
        _count_states(db, settings.payload.max_attempts, summary)
        if not summary.dry_run:
            finish_run_log(db, summary.run_id, summary.exit_code, summary.as_dict())
    except DatabaseError as e:
        if not failed:
            raise
        # The next run closes it as interrupted; the first error is what the LA needs to see.
        log.warning("could not close the run log row after the run stopped (%s)", e.message)
        log.debug("closing the run log row failed", exc_info=True)


def _unlock(db: Database) -> None:
    try:
        db.execute(db.dialect.unlock_sql())
    except DatabaseError:
        # The lock belongs to the session: it goes when the connection closes anyway.
        log.debug("could not release the run lock explicitly", exc_info=True)


def _submit(db: Database, settings: Settings, summary: RunSummary, *, limit: int | None, dry_run: bool,
            retry_errors: bool, client: Any, allow_mass_purge: bool = False,
            queued: dict[str, str] | None = None) -> None:
    if queued is not None:
        # A dry run's extract wrote nothing: what it would have queued overrides the table's rows.
        by_person = {person: kind for _, person, kind in pending_rows(db, settings.payload.max_attempts,
                                                                      retry_errors)}
        by_person.update(queued)
        chosen = Counter([kind for kind in by_person.values() if kind][:limit])
    else:
        # Counted in the database: the rows themselves are streamed batch by batch below.
        chosen = Counter(pending_counts(db, settings.payload.max_attempts, retry_errors, limit))
    summary.selected = sum(chosen.values())
    summary.would_send = dict(sorted((+chosen).items()))
    if not summary.selected and not summary.extract and not row_state_counts(db):
        summary.message = ("the tracking table is empty: nothing has been extracted yet. "
                           "Run 'ssd-bridge extract' (or 'ssd-bridge run') first.")
        log.warning("%s", summary.message)
    if dry_run:
        log.info("%d records would be sent (%s)", summary.selected, _counts_text(summary.would_send))
        return
    own = client is None
    client = client or DfeClient(settings.dfe)
    counts = SubmitCounts()
    try:
        if not summary.selected:
            # Nothing to send still proves the route: a wrong secret or a closed route fails tonight.
            summary.route_checked = prove_route(client, empty_post=limit is not None)
            return
        if not allow_mass_purge:
            _guard_mass_purge(db, settings.payload.purge_guard_percent)
        log.info("sending %d records in batches of %d (%s)", summary.selected, settings.dfe.batch_size,
                 _counts_text(summary.would_send))
        # The read streams on a connection of its own: the write-back commits on this one meanwhile.
        with connect(settings) as reader, closing(pending_batches(
                reader, settings.payload.max_attempts, retry_errors, settings.payload.is_partial, client.batch_size,
                limit)) as batches:
            send_overlapped(db, summary.run_id, batches, client, counts)
    finally:
        if own:
            client.close()
        summary.sent, summary.error = counts.sent, counts.rejected
        summary.unsent, summary.posts = counts.unsent, counts.posts
        summary.first_errors = counts.first_errors


# Below this many purges the guard never trips: small LAs lose a few children a night.
MASS_PURGE_FLOOR = 10


def _guard_mass_purge(db: Database, percent: int) -> None:
    """Refuse to send purges of more than ``percent``% of the children DfE holds.

    An SSD refresh that came out empty or half-filled, or an ``--as-of`` far in the past, makes
    extract queue a purge for every child it no longer sees. Nothing is lost by stopping here:
    the purges stay pending, and the next extract over correct data takes them back.
    """
    purges, known = purge_guard_counts(db)
    if percent == 0 or purges < MASS_PURGE_FLOOR or purges * 100 <= percent * known:
        return
    raise ConfigError(
        f"refused to send {purges} purge records: they would remove {purges} of the {known} children DfE "
        f"holds, more than payload.purge_guard_percent ({percent}%). Nothing was sent.",
        "If the SSD refresh failed or --as-of is wrong, fix that and run again: the next extract takes the "
        "purges back. If this many children really left the cohort, run 'ssd-bridge submit --allow-mass-purge' once.",
    )


def _count_states(db: Database, max_attempts: int, summary: RunSummary) -> None:
    counts = status_counts(db)
    summary.pending = counts.get(PENDING, 0)
    summary.invalid = counts.get(INVALID, 0)
    summary.parked_errors = parked_errors(db, max_attempts)


def _counts_text(counts: dict[str, int]) -> str:
    return ", ".join(f"{n} {kind}" for kind, n in counts.items()) or "none"


def _exit_code(summary: RunSummary) -> int:
    failed = summary.error or summary.extract_invalid or summary.failed_refills
    return int(ExitCode.SOME_FAILED if failed else ExitCode.OK)
