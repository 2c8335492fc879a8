"""Run a rendered deployment through the configured connection, batch by batch."""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from ssd_bridge.config import Settings
from ssd_bridge.db import Database, connect
from ssd_bridge.errors import ConfigError, DatabaseError
from ssd_bridge.model import load_tables
from ssd_bridge.sql.render import DEPLOY_PARTS, RenderOptions, render_deployment

log = logging.getLogger(__name__)

# The first progress message in a batch names it: RAISE NOTICE '%', '...' or RAISERROR(N'...'.
# What a refill's notice says when it had to cut over-long CMS text to fit an SSD column.
_CUT = re.compile(r"ssd-bridge cut: (\w+):((?: \w+=\d+)+)")
_LABEL = re.compile(r"(?:RAISE NOTICE '%', |RAISERROR\()N?'((?:[^']|'')*)'")

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
    #: "table.column" -> how many over-long CMS values the refill cut to the column's length.
    cuts: dict[str, int] = field(default_factory=dict)

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
        history_years=settings.ssd.history_years,
        source_location=settings.source.location,
        params=settings.source.params,
    )


def batch_label(batch: str) -> str:
    """A short human name for a batch: its first progress message, else its first SQL line."""
    match = _LABEL.search(batch)
    if match:
        return match.group(1).replace("''", "'")
    for line in batch.splitlines():
        if line.strip() and not line.strip().startswith("--"):
            return line.strip()[:60]
    return "(empty)"


def deploy(settings: Settings, part: str = "all", dry_run: bool = False, progress: Progress | None = None,
           fill: bool = True) -> DeployResult:
    """Create what is missing and (re)fill the SSD, running the rendered script batch by batch.

    With ``fill=False`` the SSD tables are created (or upgraded) but not filled from the CMS.
    """
    if part not in DEPLOY_PARTS:
        raise ConfigError(f"deploy cannot run part {part!r}.",
                          "The grants script is for a DBA: 'ssd-bridge render --part grants', then run it as the DBA.")
    options = render_options(settings, part, fill)
    script = render_deployment(options)
    from ssd_bridge.dialects import get_dialect

    batches = get_dialect(options.dialect_label).split_batches(script)
    labels = [batch_label(b) for b in batches]
    if dry_run:
        return DeployResult(dry_run=True, batches=labels)
    started = time.monotonic()
    cuts: dict[str, int] = {}
    with connect(settings) as db:
        db.on_notice(lambda text: _count_cut(text, cuts))
        before = catalog(db)
        for number, (batch, label) in enumerate(zip(batches, labels, strict=True), start=1):
            if progress:
                progress(number, len(batches), label)
            log.debug("deploy batch %d/%d: %s", number, len(batches), label)
            try:
                db.run_batch(batch)
            except DatabaseError as e:
                e.message = f"deployment stopped at batch {number} of {len(batches)} ({label}): {e.message}"
                e.hint = e.hint or "Fix the cause and run the deployment again; finished tables are kept."
                raise
        after = catalog(db)
        counts = table_counts(db, [t.name for t in load_tables("ssd")] if part in ("ssd", "all") else [])
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
        cuts=dict(sorted(cuts.items())),
    )
    for name, count in result.cuts.items():
        log.warning("%s: %d values were longer than the SSD column and were cut to fit; the records that "
                    "use them are checked again by extract's validation", name, count)
    log.info(
        "deployment finished in %.1f s: %d tables created, %d columns added, %d indexes created",
        result.seconds, len(result.tables_created), len(result.columns_added), len(result.indexes_created),
    )
    return result


def _count_cut(text: str, cuts: dict[str, int]) -> None:
    match = _CUT.search(text)  # "ssd-bridge cut: ssd_person: pers_forename=2 pers_surname=1"
    if match:
        for column, count in re.findall(r"(\w+)=(\d+)", match.group(2)):
            key = f"{match.group(1)}.{column}"
            cuts[key] = cuts.get(key, 0) + int(count)


def catalog(db: Database) -> dict[str, set[str]]:
    """The tables, ``table.column`` names and indexes in the bridge's schema."""
    rows = db.query_all(
        "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = ?",
        (db.schema,),
    )
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
