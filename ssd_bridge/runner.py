"""The jobs the CLI runs: extract (build, validate, track) and the validation report.

``extract`` reads the SSD a chunk of children at a time (ssd_read), builds each record in the
cohort (payload), validates it (validate), and records what changed in the tracking table
(tracking), committing once per chunk. Memory holds one chunk, whatever the LA's size.
"""

from __future__ import annotations

import datetime as dt
import gc
import json
import logging
import time
import uuid
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from typing import Any
from urllib.parse import urlsplit

from ssd_bridge import __version__
from ssd_bridge.cohort import reporting_window
from ssd_bridge.config import Settings
from ssd_bridge.db import Database, connect
from ssd_bridge.errors import ConfigError, DatabaseError, ExitCode, LockHeld, SsdBridgeError
from ssd_bridge.payload import build_child, canonical_json
from ssd_bridge.report import RuleSummary, ValidationReport
from ssd_bridge.ssd_read import CHUNK_SIZE, iter_children
from ssd_bridge.tracking import (
    DELETED,
    INVALID,
    PENDING,
    STAGING_TABLE,
    Planned,
    apply_writes,
    finish_run_log,
    last_run,
    load_rows,
    parked_errors,
    pending_batches,
    pending_ids,
    plan_child,
    plan_exit,
    purge_guard_counts,
    recent_errors,
    record_outcomes,
    reusable_findings,
    row_state_counts,
    start_run_log,
    state_counts,
    status_counts,
    utc_now,
)
from ssd_bridge.validate import ERROR, Finding, findings_from_json, validate_record

log = logging.getLogger(__name__)

Progress = Callable[[int], None]


@dataclass
class ExtractResult:
    """What one extract did: outcomes this run, the table afterwards, and the findings."""

    window: dict[str, Any]
    dry_run: bool
    children_read: int = 0
    cohort: int = 0
    outcomes: dict[str, int] = field(default_factory=dict)
    invalid: int = 0
    findings_by_rule: dict[str, int] = field(default_factory=dict)
    table: dict[str, dict[str, int]] = field(default_factory=dict)
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready summary (counts only: no names, no payloads)."""
        return {
            "window": self.window, "dry_run": self.dry_run, "children_read": self.children_read,
            "cohort": self.cohort, "outcomes": dict(sorted(self.outcomes.items())), "invalid": self.invalid,
            "findings_by_rule": dict(sorted(self.findings_by_rule.items())), "table": self.table,
            "seconds": round(self.seconds, 2),
        }


def extract(settings: Settings, as_of: dt.date | None = None, dry_run: bool = False,
            progress: Progress | None = None, chunk_size: int = CHUNK_SIZE) -> ExtractResult:
    """Build, validate and track every child record; with ``dry_run`` nothing is written."""
    started = time.perf_counter()
    window = reporting_window(as_of)
    result = ExtractResult(window=window.as_dict(), dry_run=dry_run)
    outcomes: Counter[str] = Counter()
    rules: Counter[str] = Counter()
    roles = settings.source.params.get("worker_roles") if isinstance(settings.source.params, dict) else None
    partial_mode = settings.payload.mode == "partial"
    with connect(settings) as db, _fewer_gc_passes():
        require_tables(db)
        last: str | None = None
        for chunk in iter_children(db, chunk_size):
            existing = load_rows(db, chunk.after, chunk.upto, partial_mode)
            planned = Planned()
            for child in chunk.children:
                built = build_child(child, window, roles)
                row = existing.pop(child.person_id, None)
                if built is None:
                    if row is not None:
                        planned.add(plan_exit(row, settings.payload.on_cohort_exit, partial_mode), "gone_before")
                    continue
                result.cohort += 1
                encoded = canonical_json(built.record)
                findings = reusable_findings(row, encoded[1])
                if findings is None:
                    findings = validate_record(built.record, built.notes)
                rules.update(f.rule for f in findings)
                result.invalid += any(f.severity == ERROR for f in findings)
                planned.add(plan_child(row, built, findings, partial_mode, encoded))
            # Tracked children the SSD no longer holds at all, inside this chunk's id range.
            for row in existing.values():
                planned.add(plan_exit(row, settings.payload.on_cohort_exit, partial_mode), "gone_before")
            _finish_chunk(db, planned, dry_run, outcomes)
            result.children_read += len(chunk.children)
            last = chunk.upto
            if progress:
                progress(result.children_read)
        tail = Planned()
        for row in load_rows(db, last, None, partial_mode).values():
            tail.add(plan_exit(row, settings.payload.on_cohort_exit, partial_mode), "gone_before")
        _finish_chunk(db, tail, dry_run, outcomes)
        result.table = state_counts(db)
    result.outcomes = dict(outcomes)
    result.findings_by_rule = dict(rules)
    result.seconds = time.perf_counter() - started
    log.info("extract: %d children read, %d in the cohort, %d invalid, outcomes %s (%.1f s)",
             result.children_read, result.cohort, result.invalid, dict(sorted(outcomes.items())), result.seconds)
    return result


@contextmanager
def _fewer_gc_passes() -> Iterator[None]:
    """Run the cyclic garbage collector less often while records are built.

    The extract makes millions of short-lived, acyclic dicts and lists that reference
    counting frees at once; with the default threshold the collector keeps rescanning the
    chunk in memory, which measured about a third of the build time. Memory stays bounded
    by the chunk size either way.
    """
    before = gc.get_threshold()
    gc.set_threshold(max(before[0], 100_000), *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


EXTRACT_TABLES = ("ssd_person", STAGING_TABLE)
SUBMIT_TABLES = (STAGING_TABLE, "ssd_api_submission_log", "ssd_api_run_log")


def require_tables(db: Database, names: tuple[str, ...] = EXTRACT_TABLES) -> None:
    """Fail early, with the next step, when a table the command needs is not deployed or not readable.

    A missing table is a set-up problem (exit 2), not a database fault.
    """
    for name in names:
        try:
            db.query_all(f"SELECT 1 FROM {db.table(name)} WHERE 1 = 0")
        except DatabaseError as e:
            raise ConfigError(
                f"the table {db.schema}.{name} cannot be read ({e.message.rstrip('.')}).",
                "Run 'ssd-bridge deploy' first (or check database.schema in the settings).",
            ) from e


def _finish_chunk(db: Database, planned: Planned, dry_run: bool, outcomes: Counter[str]) -> None:
    outcomes.update(planned.outcomes)
    if not dry_run:
        apply_writes(db, planned.writes)


def validate(settings: Settings) -> ValidationReport:
    """Re-check every current payload in the tracking table and group the findings by rule."""
    by_rule: dict[tuple[str, str], set[str]] = defaultdict(set)
    counts: Counter[tuple[str, str]] = Counter()
    messages: dict[tuple[str, str], str] = {}
    records = invalid = 0
    with connect(settings) as db:
        require_tables(db)
        q = db.dialect.quote_ident
        sql = (f"SELECT {q('person_id')}, {q('json_payload')}, {q('validation_findings')}, {q('row_state')} "
               f"FROM {db.table(STAGING_TABLE)} WHERE {q('person_id')} IS NOT NULL")
        for person_id, payload, stored, state in db.query(sql):
            if (state or "").strip().lower() == DELETED:
                continue
            records += 1
            findings = _current_findings(payload, stored)
            invalid += any(f.severity == ERROR for f in findings)
            for f in findings:
                key = (f.rule, f.severity)
                by_rule[key].add(person_id)
                counts[key] += 1
                messages.setdefault(key, f.message)
    rules = [RuleSummary(rule, severity, counts[(rule, severity)], sorted(ids), messages[(rule, severity)])
             for (rule, severity), ids in by_rule.items()]
    rules.sort(key=lambda r: (r.severity != ERROR, -r.count, r.rule))
    return ValidationReport(records, invalid, rules)


def _current_findings(payload: str | None, stored: str | None) -> list[Finding]:
    """Findings of the stored payload now, plus the builder's notes kept from the extract."""
    notes = [f for f in findings_from_json(stored) if f.rule.startswith("source.")]
    if not payload:
        return notes
    return validate_record(json.loads(payload), notes)


# =============================================================================================
# Submission side (#5): submit, run (extract + submit under the run lock) and status.
# =============================================================================================

_LOOPBACK = ("127.0.0.1", "localhost", "::1")


def destination(settings: Settings) -> tuple[str, str | None]:
    """The DfE host data goes to, and whether it is a 'test' or 'live' endpoint (None: not set).

    The local stand-in and any URL with 'test' in its host or path (DfE's TEST receiver is
    ``.../children-in-social-care-data-receiver-test/1``) count as test.
    """
    if not settings.dfe.base_url:
        return "(dfe.base_url not set)", None
    parts = urlsplit(settings.dfe.base_url)
    host = parts.hostname or settings.dfe.base_url
    is_test = host in _LOOPBACK or "test" in parts.path.lower() or "test" in host.lower()
    return host, "test" if is_test else "live"


def check_destination(settings: Settings) -> tuple[str, str | None]:
    """Refuse live data to a TEST endpoint, or test data to a live one, unless overridden."""
    host, kind = destination(settings)
    if kind is not None and kind != settings.environment and not settings.dfe.allow_environment_mismatch:
        raise ConfigError(
            f"environment is '{settings.environment}' but dfe.base_url points at a {kind} endpoint ({host}).",
            "Use the endpoint that matches the data (TEST credentials for synthetic or scrambled data, live "
            "for live data), or set dfe.allow_environment_mismatch: true if this is really intended.",
        )
    return host, kind


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
    stopped_by: str | None = None
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
        allow_mass_purge: bool = False) -> RunSummary:
    """The nightly job: optionally refresh the SSD, then extract, then submit, holding the run lock.

    A second run while one holds the lock raises :class:`LockHeld` (exit 5) and changes nothing.
    Errors that stop the run (credentials, DfE or database unreachable) are raised after the run
    log row is closed with their exit code; what was acknowledged before them is kept.
    """
    def body(db: Database, summary: RunSummary) -> None:
        if refresh_ssd and not dry_run:
            from ssd_bridge.deploy import deploy

            deployed = deploy(settings, part="ssd")
            log.info("refreshed the SSD in %.1f s", deployed.seconds)
        extracted = extract(settings, as_of=as_of, dry_run=dry_run)
        summary.extract = extracted.as_dict()
        summary.extract_invalid = extracted.invalid
        _submit(db, settings, summary, limit=limit, dry_run=dry_run, retry_errors=retry_errors, client=client,
                allow_mass_purge=allow_mass_purge)

    return _locked(settings, "run", dry_run, body)


def status(settings: Settings, errors: int = 10) -> dict[str, Any]:
    """Counts by state, the last run and the most recent errors, for the analyst."""
    with connect(settings) as db:
        require_tables(db, SUBMIT_TABLES)
        return {
            "submission_status": status_counts(db),
            "row_state": row_state_counts(db),
            "parked_errors": parked_errors(db, settings.payload.max_attempts),
            "last_run": last_run(db),
            "recent_errors": recent_errors(db, errors),
        }


def _locked(settings: Settings, command: str, dry_run: bool,
            body: Callable[[Database, RunSummary], None]) -> RunSummary:
    from ssd_bridge.api import check_settings

    if not dry_run:
        check_settings(settings.dfe)  # before any work: a run that cannot send should not start
    host, _ = check_destination(settings)
    summary = RunSummary(run_id=str(uuid.uuid4()), command=command, environment=settings.environment,
                         destination=host, dry_run=dry_run)
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
                start_run_log(db, summary.run_id, command, settings.environment, __version__)
            failure: SsdBridgeError | None = None
            try:
                body(db, summary)
            except SsdBridgeError as e:
                failure = e
                summary.stopped_by = f"{type(e).__name__}: {e.message}"
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
    except DatabaseError:
        if not failed:
            raise
        log.warning("could not close the run log row after the run stopped", exc_info=True)


def _unlock(db: Database) -> None:
    try:
        db.execute(db.dialect.unlock_sql())
    except DatabaseError:
        # The lock belongs to the session: it goes when the connection closes anyway.
        log.debug("could not release the run lock explicitly", exc_info=True)


def _submit(db: Database, settings: Settings, summary: RunSummary, *, limit: int | None, dry_run: bool,
            retry_errors: bool, client: Any, allow_mass_purge: bool = False) -> None:
    from ssd_bridge.api import DfeClient, SubmitCounts

    ids = pending_ids(db, settings.payload.max_attempts, retry_errors, limit)
    summary.selected = len(ids)
    if dry_run or not ids:
        log.info("%d records %s", len(ids), "would be sent" if dry_run else "to send: nothing to do")
        return
    if not allow_mass_purge:
        _guard_mass_purge(db, settings.payload.purge_guard_percent)
    log.info("sending %d records in batches of %d", len(ids), settings.dfe.batch_size)
    own = client is None
    client = client or DfeClient(settings.dfe)
    counts = SubmitCounts()
    try:
        for batch in pending_batches(db, ids, settings.payload.mode, client.batch_size):
            # Sequential on purpose: overlapping the POST with the write-back in a thread was
            # slower (the GIL convoys with the database driver) and would put two batches at risk.
            result = client.send_batch([(r.id, r.payload) for r in batch])
            record_outcomes(db, summary.run_id, {r.id: r for r in batch}, result.outcomes)
            counts.add(result)
            if result.error:
                raise result.error
    finally:
        if own:
            client.close()
        summary.sent, summary.error = counts.sent, counts.rejected + counts.failed
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


def _exit_code(summary: RunSummary) -> int:
    failed = summary.error or summary.extract_invalid
    return int(ExitCode.SOME_FAILED if failed else ExitCode.OK)
