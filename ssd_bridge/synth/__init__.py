"""Synthetic CMS source data: create a CMS's source tables in PostgreSQL and fill them.

A package so that each CMS keeps its own writer.
``story.py`` makes CMS-neutral children; ``<cms>.py`` (one per CMS in the registry, ssd_bridge.model.cms) says which
source tables that CMS has and turns a child into their rows. This module creates the tables
and streams the rows in with COPY, a chunk of children at a time, so memory stays flat.

A writer module provides:

* ``TABLES``: ``{table: [(column, postgres_type), ...]}`` in creation order;
* ``reference_rows(workers) -> {table: [row, ...]}``: lookups, workers and anything not per child;
* ``child_rows(child) -> {table: [row, ...]}``: the rows one child contributes.
"""

from __future__ import annotations

import importlib
import logging
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from types import ModuleType

from ssd_bridge.config import Settings
from ssd_bridge.db import Database, connect, driver_errors
from ssd_bridge.dialects.base import check_identifier
from ssd_bridge.errors import ConfigError
from ssd_bridge.model.cms import CMS_NAMES, get_cms
from ssd_bridge.synth.story import Child, worker_count, workers
from ssd_bridge.synth.story import children as story_children

log = logging.getLogger(__name__)

CHUNK = 2000


@dataclass
class SynthResult:
    """What synth created."""

    cms: str
    schema: str
    children: int
    seconds: float = 0.0
    rows: dict[str, int] = field(default_factory=dict)


def writer(cms: str) -> ModuleType:
    """The writer module of ``cms``."""
    module = get_cms(cms).synth_module
    try:
        return importlib.import_module(module)
    except ModuleNotFoundError as e:
        raise ConfigError(f"synthetic data for {cms} is not available in this version.") from e


def source_schema(settings: Settings) -> str:
    """The PostgreSQL schema synth writes to: source.location, else 'public'."""
    location = settings.source.location or "public"
    if "." in location:
        raise ConfigError(
            f"source.location {location!r} names a database and a schema; synth writes to one PostgreSQL schema.",
            "Set source.location to a schema name for synthetic data.",
        )
    return check_identifier("source.location", location)


def synth(settings: Settings, children: int = 200, seed: int = 1, as_of: date | None = None,
          progress: Callable[[int, int], None] | None = None, force: bool = False) -> SynthResult:
    """(Re)create the CMS source tables of ``settings.cms`` and fill them with synthetic children.

    Refused, unless ``force``, when the schema holds a table synth did not create: synth drops
    and recreates its tables, so it must not be pointed by mistake at a schema in use.
    """
    if settings.environment == "live":
        raise ConfigError(
            "synth refuses to run with environment: live.",
            "Synthetic data belongs in a test database; set environment: test for that database.",
        )
    if settings.dialect != "postgres":
        raise ConfigError("synth creates source tables in PostgreSQL only.",
                          "Point database.url at a PostgreSQL test database.")
    if not settings.database.url:
        where = "database.odbc is set, but " if settings.database.odbc else "no database is configured: "
        raise ConfigError(
            f"{where}synth loads rows with PostgreSQL COPY and needs database.url.",
            "Set database.url (or SSD_BRIDGE_DATABASE_URL) to a PostgreSQL test database, "
            "e.g. postgresql://user@host/ssd_test.",
        )
    module = writer(settings.cms)
    schema = source_schema(settings)
    started = time.monotonic()
    result = SynthResult(cms=settings.cms, schema=schema, children=children)
    with connect(settings) as db:
        if not force:
            _refuse_foreign_tables(db, schema)
        _create_tables(db, schema, module.TABLES)
        pool = workers(worker_count(children), seed)
        _copy(db, schema, module.TABLES, module.reference_rows(pool), result.rows)
        done = 0
        stream = story_children(children, seed=seed, as_of=as_of)
        while done < children:
            chunk: dict[str, list[tuple]] = {}
            for child in _take(stream, min(CHUNK, children - done)):
                for table, rows in module.child_rows(child).items():
                    chunk.setdefault(table, []).extend(rows)
                done += 1
            _copy(db, schema, module.TABLES, chunk, result.rows)
            if progress:
                progress(done, children)
        with driver_errors("analyse the synthetic tables"):
            db.run_batch(f"ANALYZE {', '.join(_name(db, schema, t) for t in module.TABLES)}")
    result.seconds = time.monotonic() - started
    log.info("synth: %d %s children in schema %s in %.1f s", children, settings.cms, schema, result.seconds)
    return result


def synth_table_names() -> set[str]:
    """Every table name any CMS's synth writer creates (lower case, as PostgreSQL stores them)."""
    return {table.lower() for cms in CMS_NAMES for table in writer(cms).TABLES}


def _refuse_foreign_tables(db: Database, schema: str) -> None:
    with driver_errors(f"list the tables in schema {schema}"):
        present = {str(row[0]).lower() for row in db.query_all(db.dialect.schema_columns_sql(), (schema,))}
    foreign = sorted(present - synth_table_names())
    if foreign:
        shown = ", ".join(foreign[:5]) + (f" and {len(foreign) - 5} more" if len(foreign) > 5 else "")
        raise ConfigError(
            f"schema {schema} holds {len(foreign)} tables synth did not create ({shown}); synth drops and "
            "recreates its own tables there, so it stopped.",
            "Point source.location at an empty schema for synthetic data (e.g. SSD_BRIDGE_SOURCE_LOCATION=synth_cms), "
            "or add --force if this really is a scratch schema.",
        )


def _take(stream: Iterator[Child], count: int) -> Iterator[Child]:
    for _ in range(count):
        yield next(stream)


def _name(db: Database, schema: str, table: str) -> str:
    return db.dialect.qualify(schema, db.dialect.fold_case(table))


def _create_tables(db: Database, schema: str, tables: dict[str, list[tuple[str, str]]]) -> None:
    statements = [f"CREATE SCHEMA IF NOT EXISTS {db.dialect.quote_ident(schema)}"]
    for table, columns in tables.items():
        cols = ", ".join(f"{db.dialect.quote_ident(c.lower())} {t}" for c, t in columns)
        statements.append(f"DROP TABLE IF EXISTS {_name(db, schema, table)} CASCADE")
        statements.append(f"CREATE TABLE {_name(db, schema, table)} ({cols})")
    with driver_errors(f"create the synthetic source tables in schema {schema}"):
        db.run_batch(";\n".join(statements) + ";")


def _copy(db: Database, schema: str, tables: dict[str, list[tuple[str, str]]],
          rows: dict[str, list[tuple]], counts: dict[str, int]) -> None:
    with db.transaction(), driver_errors("load synthetic rows"):
        cur = db.raw.cursor()
        for table, table_rows in rows.items():
            if not table_rows:
                continue
            cols = ", ".join(db.dialect.quote_ident(c.lower()) for c, _ in tables[table])
            with cur.copy(f"COPY {_name(db, schema, table)} ({cols}) FROM STDIN") as copy:
                for row in table_rows:
                    copy.write_row(row)
            counts[table] = counts.get(table, 0) + len(table_rows)
