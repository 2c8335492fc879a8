"""Run a rendered deployment through the configured connection, batch by batch."""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import groupby

from ssd_bridge.config import Settings
from ssd_bridge.db import Database, connect
from ssd_bridge.dialects import get_dialect
from ssd_bridge.errors import ConfigError, DatabaseError, DatabaseUnavailable
from ssd_bridge.sql.refills import Refill, dependencies, run_refills
from ssd_bridge.sql.render import DEPLOY_PARTS, RenderOptions, render_deployment, ssd_tables
from ssd_bridge.sql.sources import catalog_columns, missing_source_message, source_needs

log = logging.getLogger(__name__)

# The refresh macro's first message names the table it refills (sql_templates/macros/*/refresh.sql).
_REFILL_LABEL = "refilling "
# What a refill's notices say when it had to cut over-long CMS text to fit an SSD column ("cut"), or
# met CMS text it could not read as a date or number and left the SSD column NULL ("unreadable").
_COUNTED = re.compile(r"ssd-bridge (cut|unreadable): (\w+):((?: \w+=\d+)+)")

Progress = Callable[[int, int, str], None]


@dataclass
class DeployResult:
    """What a deployment did (or, with dry_run, would do)."""

    dry_run: bool
    batches: list[str]
    seconds: float = 0.0
    tables_created: list[str] = field(default_factory=list)
    columns_added: list[str] = field(default_factory=list)
    indexes_created: list[str] = field(default_factory=list)
    row_counts: dict[str, int] = field(default_factory=dict)
    #: Tables whose refill failed (they keep their previous rows), with the database's reason.
    failed_tables: dict[str, str] = field(default_factory=dict)
    #: "table.column" -> how many over-long CMS values the refill cut to the column's length.
    cuts: dict[str, int] = field(default_factory=dict)
    #: "table.column" -> how many CMS values (not blank) the refill could not read as a date or number (now NULL).
    unreadable: dict[str, int] = field(default_factory=dict)
    #: Seconds each refilled table took: its fill and the refresh of its statistics.
    table_seconds: dict[str, float] = field(default_factory=dict)

    @property
    def changed_structure(self) -> bool:
        """True when a table, column or index was added."""
        return bool(self.tables_created or self.columns_added or self.indexes_created)


def render_options(settings: Settings, part: str = "all", fill: bool = True) -> RenderOptions:
    """The render options that ``settings`` imply for ``part`` (``fill=False``: tables only)."""
    return RenderOptions(
        fill=fill,
        cms=settings.cms,
        dialect=settings.dialect,
        schema=settings.database.schema,
        part=part,
        tables=settings.ssd.tables,
        history_years=settings.ssd.history_years,
        source_location=settings.source.location,
        params=settings.source.params,
    )


def deploy(settings: Settings, part: str = "all", dry_run: bool = False, progress: Progress | None = None,
           fill: bool = True) -> DeployResult:
    """Create what is missing and (re)fill the SSD, running the rendered script batch by batch.

    With ``fill=False`` the SSD tables are created (or upgraded) but not filled from the CMS.
    Each table is refilled in its own transaction: a table whose refill fails keeps its rows,
    is listed in ``failed_tables``, and the other tables go on. Any other failing batch (or a
    lost connection) stops the deployment.
    """
    if part not in DEPLOY_PARTS:
        raise ConfigError(f"deploy cannot run part {part!r}.",
                          "The grants script is for a DBA: 'ssd-bridge render --part grants', then run it as the DBA.")
    options = render_options(settings, part, fill)
    script = render_deployment(options)
    dialect = get_dialect(options.dialect_label)
    batches = dialect.split_batches(script)
    labels = [dialect.batch_label(b) for b in batches]
    if dry_run:
        return DeployResult(dry_run=True, batches=labels)
    started = time.monotonic()
    failed: dict[str, str] = {}
    missing: list[str] = []
    counted: dict[str, dict[str, int]] = {"cut": {}, "unreadable": {}}
    timings: dict[str, float] = {}
    lock = threading.Lock()  # refills report from several connections' threads

    def on_notice(text: str) -> None:
        with lock:
            _count(text, counted)

    @contextmanager
    def open_fill_session() -> Iterator[Database]:
        with connect(settings) as db:
            db.on_notice(on_notice)
            if (session := db.dialect.fill_session_sql()) is not None and fill:
                db.execute(session)
            yield db

    def run_step(db: Database, number: int, batch: str, label: str) -> None:
        with lock:
            if progress:
                progress(number, len(batches), label)
        log.debug("deploy batch %d/%d: %s", number, len(batches), label)
        began = time.monotonic()
        _run_batch(db, batch, label, f"batch {number} of {len(batches)}", failed, missing, lock)
        table = label.removeprefix(_REFILL_LABEL)
        if label.startswith(_REFILL_LABEL) and table not in failed:
            _refresh_statistics(db, table)
            with lock:
                timings[table] = round(time.monotonic() - began, 3)

    def run_refill(db: Database, refill: Refill) -> None:
        run_step(db, refill.number, refill.batch, _REFILL_LABEL + refill.table)

    steps = [(number, batch, label) for number, (batch, label) in enumerate(zip(batches, labels, strict=True), 1)]
    with open_fill_session() as db:
        before = catalog(db)
        # each run of consecutive table refills goes side by side; the other batches one by one, in order
        for refilling, run in groupby(steps, key=lambda step: step[2].startswith(_REFILL_LABEL)):
            if not refilling:
                for step in run:
                    run_step(db, *step)
                continue
            refills = [Refill(number, batch, label.removeprefix(_REFILL_LABEL)) for number, batch, label in run]
            needs = dependencies(refills, lambda table: db.dialect.qualify(options.schema, table))
            run_refills(refills, needs, db, open_fill_session, settings.ssd.fill_connections, run_refill)
        timings = {t: timings[t] for t in _refilled_tables(labels) if t in timings}  # script order
        if missing:
            _raise_missing_source(db, options, missing, None)
        after = catalog(db)
        counts = table_counts(db, [t.name for t in ssd_tables(options.tables)] if part in ("ssd", "all") else [])
    result = DeployResult(
        dry_run=False,
        batches=labels,
        seconds=time.monotonic() - started,
        tables_created=sorted(after["tables"] - before["tables"]),
        columns_added=sorted(
            c for c in after["columns"] - before["columns"] if c.split(".")[0] in before["tables"]
        ),
        indexes_created=sorted(after["indexes"] - before["indexes"]),
        row_counts=counts,
        failed_tables=failed,
        cuts=dict(sorted(counted["cut"].items())),
        unreadable=dict(sorted(counted["unreadable"].items())),
        table_seconds=timings,
    )
    if failed:
        log.warning("the refill of %d tables failed; they keep their previous rows: %s",
                    len(failed), ", ".join(failed))
    for name, count in result.cuts.items():
        log.warning("%s: %d values were longer than the SSD column and were cut to fit; the records that "
                    "use them are checked again by extract's validation", name, count)
    for name, count in result.unreadable.items():
        log.warning("%s: %d values in the CMS could not be read as a date or number and are NULL in the SSD; "
                    "correct them in the CMS (docs/operations.md)", name, count)
    log.info(
        "deployment finished in %.1f s: %d tables created, %d columns added, %d indexes created",
        result.seconds, len(result.tables_created), len(result.columns_added), len(result.indexes_created),
    )
    return result


def _refilled_tables(labels: list[str]) -> list[str]:
    """The tables the script refills, in its order."""
    return [label.removeprefix(_REFILL_LABEL) for label in labels if label.startswith(_REFILL_LABEL)]


def _run_batch(db: Database, batch: str, label: str, where: str, failed: dict[str, str],
               missing: list[str], lock: threading.Lock) -> None:
    """Run one batch; a failed table refill is noted in ``failed`` (and in ``missing`` when it met a
    source table or column the CMS lacks) and the deployment goes on."""
    refill = label.removeprefix(_REFILL_LABEL) if label.startswith(_REFILL_LABEL) else None
    try:
        db.run_batch(batch)
    except DatabaseError as e:
        if refill is None or isinstance(e, DatabaseUnavailable):
            e.message = f"deployment stopped at {where} ({label}): {e.message}"
            e.hint = e.hint or "Fix the cause and run the deployment again; finished tables are kept."
            raise
        with lock:
            failed[refill] = e.message
            if e.__cause__ is not None and db.dialect.is_missing_object(e.__cause__):
                missing.append(refill)
        log.error("the refill of %s failed and it keeps its previous rows (%s)", refill, e.message)


def _refresh_statistics(db: Database, table: str) -> None:
    """Refresh a refilled table's statistics, so the next fills and every extract plan with its
    real size; a refusal is logged, never fatal (the rows are in)."""
    try:
        db.execute(db.dialect.analyze_sql(db.table(table)))
    except DatabaseUnavailable:
        raise
    except DatabaseError as e:
        log.warning("could not refresh the statistics of %s (%s); extract may plan it slowly", table, e.message)


def _raise_missing_source(db: Database, options: RenderOptions, refills: list[str], error: Exception | None) -> None:
    """Refills that met a missing table or column: name what the CMS lacks, as check-compat does
    (a user's setup to fix, exit 2, not an internal error). Returns when the CMS lacks nothing
    the mapping reads (the missing object was something else)."""
    needs = source_needs(options)
    present, _ = catalog_columns(db.query_all(*db.dialect.relation_columns_sql(needs.location_parts)))
    tables, columns = needs.missing(present)
    if not tables and not columns:
        return
    raise ConfigError(
        f"the refill of {', '.join(refills)} failed: {missing_source_message(needs, tables, columns)}",
        "Set source.location to where the CMS tables are, or check the CMS version against the mapping "
        "('ssd-bridge check-compat' lists every missing column); the other tables were refilled, and the "
        "failed ones kept their previous rows.",
    ) from error


def _count(text: str, counted: dict[str, dict[str, int]]) -> None:
    match = _COUNTED.search(text)  # "ssd-bridge cut: ssd_person: pers_forename=2 pers_surname=1"
    if match:
        counts = counted[match.group(1)]
        for column, count in re.findall(r"(\w+)=(\d+)", match.group(3)):
            key = f"{match.group(2)}.{column}"
            counts[key] = counts.get(key, 0) + int(count)


def catalog(db: Database) -> dict[str, set[str]]:
    """The tables, ``table.column`` names and indexes in the bridge's schema."""
    rows = db.query_all(db.dialect.table_columns_sql(), (db.schema,))
    indexes = db.query_all(db.dialect.index_names_sql(), (db.schema,))
    return {
        "tables": {r[0] for r in rows},
        "columns": {f"{r[0]}.{r[1]}" for r in rows},
        "indexes": {r[0] for r in indexes},
    }


def table_counts(db: Database, names: list[str]) -> dict[str, int]:
    """Row counts of the named tables in the bridge's schema (tables that are absent are left out)."""
    present = catalog(db)["tables"]
    return {name: int(db.scalar(f"SELECT COUNT(*) FROM {db.table(name)}")) for name in names if name in present}
