"""Checks of the reporting database: engine, level, collation, rights, source tables, our tables.

Every catalog question is asked through the dialect (``ssd_bridge/dialects``); this module
only decides what the answers mean. The source tables and columns come from the CMS
templates through :func:`ssd_bridge.sql.sources.source_needs`.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable
from typing import Any

from ssd_bridge.compat.checks import Check, failed, passed, skipped, warned
from ssd_bridge.compat.codes import code_fit_checks
from ssd_bridge.compat.tables import compare_tables
from ssd_bridge.config import Settings
from ssd_bridge.db import Database, connect, describe_target
from ssd_bridge.dialects.base import ServerFacts
from ssd_bridge.errors import SsdBridgeError
from ssd_bridge.model import load_tables
from ssd_bridge.sql.deploy import render_options
from ssd_bridge.sql.render import render_deployment, ssd_tables
from ssd_bridge.sql.sources import (
    SourceNeeds,
    catalog_columns,
    missing_source_message,
    source_needs,
)

log = logging.getLogger(__name__)

# Connection failures with a known cause (ids in docs/operations.md), by what the driver says.
_CONNECT_FAILURES = (
    (re.compile(r"IM002|data source name not found|can't open lib|file not found", re.I), "H06",
     "Install the ODBC driver the connection string names, or change DRIVER= in database.odbc."),
    (re.compile(r"certificate|SSL Provider|self[- ]signed", re.I), "D05",
     "Install a certificate the client trusts on the server (preferred), or add TrustServerCertificate=yes "
     "to database.odbc; avoid Encrypt=no."),
    (re.compile(r"login failed|password authentication failed|authentication failed|18456", re.I), "D02",
     "Give the account that runs ssd-bridge (under Task Scheduler: the task's run-as account) a login and "
     "a database user, or check the user name and SSD_BRIDGE_DB_PASSWORD."),
    (re.compile(r"timeout|timed out|could not connect|connection refused|network-related|"
                r"server was not found|could not translate host", re.I), "D01",
     "Check the server name (Server\\Instance or Server,port), that the server is running, and the firewall."),
)


def database_checks(settings: Settings) -> list[Check]:
    """Every database check; after a failed connection the rest are skipped with a note."""
    checks: list[Check] = []
    needs, needs_check = _needs(settings)
    checks.append(needs_check)
    if not (settings.database.url or settings.database.odbc):
        # Nothing works without it: a missing essential is a failure, never a skip that reads as READY.
        checks.append(failed("database.connection", "Connection", "no database is configured.",
                             "Set database.url (PostgreSQL) or database.odbc (SQL Server)."))
        return checks
    try:
        with connect(settings) as db:
            checks.append(passed("database.connection", "Connection", f"connected to the {describe_target(settings)}."))
            facts = _attempt(checks, "database.version", "Engine and version", lambda: _server_checks(db, settings))
            user = facts.user if facts is not None else "(unknown)"
            _attempt(checks, "database.create_rights", "Rights to create the SSD", lambda: (None, _rights_checks(db, user)))
            if needs is not None:
                found = _attempt(checks, "source.tables", "Source tables", lambda: _kept(source_checks(db, needs)))
                # Values are sampled only from tables and columns known to be there.
                if found and all(c.status == "pass" for c in found if c.name in ("source.tables", "source.columns")):
                    _attempt(checks, "source.code_lists", "Values against the DfE code lists",
                             lambda: (None, code_fit_checks(db, settings)))
            _attempt(checks, "database.ssd_tables", "Existing SSD tables", lambda: (None, existing_table_checks(db, settings.ssd.tables)))
    except SsdBridgeError as e:
        checks.append(_connection_failed(e))
    return checks


def _kept(found: list[Check]) -> tuple[list[Check], list[Check]]:
    """For :func:`_attempt`: add these checks and also hand them back."""
    return found, found


def _attempt(checks: list[Check], name: str, title: str, run: Callable[[], tuple[Any, list[Check]]]) -> Any:
    """Run one group of catalog checks; a database error becomes a failed check, not an abort."""
    try:
        value, found = run()
    except SsdBridgeError as e:
        checks.append(failed(name, title, f"the check itself failed: {e.message}",
                             e.hint or "Run again with -v; if it persists, send 'ssd-bridge diagnose' to D2I."))
        return None
    checks.extend(found)
    return value


def _needs(settings: Settings) -> tuple[SourceNeeds | None, Check]:

    name, title = "source.parameters", f"{settings.cms} mapping parameters"
    try:
        needs = source_needs(render_options(settings, "ssd"))
    except SsdBridgeError as e:
        return None, failed(name, title, f"could not read what the {settings.cms} mapping needs: {e.message}",
                            e.hint or "Report this with 'ssd-bridge diagnose'.")
    if needs.missing_params:
        keys = ", ".join(f"source.params.{k}" for k in needs.missing_params)
        return needs, failed(name, title, f"the {settings.cms} mapping needs {keys}, not set.",
                             f"Add them under source.params in ssd-bridge.yaml (see examples/cms/{settings.cms}.md).",
                             details=list(needs.missing_params))
    return needs, passed(name, title, f"every parameter the {settings.cms} mapping reads is set "
                         f"({len(needs.tables)} source tables read).")


def _connection_failed(e: SsdBridgeError) -> Check:
    text = f"{e.message} {e.hint or ''}"
    for pattern, known, fix in _CONNECT_FAILURES:
        if pattern.search(text):
            return failed("database.connection", "Connection", e.message, fix, known_failure=known)
    return failed("database.connection", "Connection", e.message, e.hint or "Check database.url / database.odbc.")


def _server_checks(db: Database, settings: Settings) -> tuple[ServerFacts, list[Check]]:
    row = db.query_all(db.dialect.server_facts_sql())[0]
    facts = ServerFacts(str(row[0]), str(row[1]), row[2], int(row[3]) if row[3] is not None else None,
                        row[4], str(row[5]), str(row[6]))
    dialect = db.dialect
    checks = [_version_check(db, facts), _level_check(db, settings, facts)]
    problem = dialect.collation_problem(facts)
    title = "Collation and encoding"
    checks.append(warned("database.collation", title, problem, "Usually nothing to change; see the note.")
                  if problem else passed("database.collation", title, f"{facts.collation}."))
    found = f"connected to database {facts.database} as {facts.user}."
    if facts.database.lower() in dialect.system_databases:
        checks.append(failed("database.current_database", "Current database", found.replace(".", "", 1) +
                             ", a system database.", "Name the reporting database in the connection settings "
                             "(DATABASE= for ODBC, the path of database.url)."))
    else:
        checks.append(passed("database.current_database", "Current database", found))
    return facts, checks


def _version_check(db: Database, facts: ServerFacts) -> Check:
    dialect = db.dialect
    label = dialect.version_label(facts)
    if dialect.version_tuple(facts) < dialect.minimum_version:
        return failed("database.version", "Engine and version", f"{label}; ssd-bridge needs "
                      f"{dialect.minimum_version_label} or later.", "Upgrade the server, or deploy into a "
                      "newer one that can read the CMS tables.", known_failure="S04")
    return passed("database.version", "Engine and version", f"{label}.")


def _level_check(db: Database, settings: Settings, facts: ServerFacts) -> Check:
    """Warn only where the rendered script uses a feature the server or its level lacks."""

    name, title = "database.compatibility_level", "Compatibility level and features used"
    gates = db.dialect.feature_gates()
    if not gates:
        return skipped(name, title, f"not applicable: {settings.dialect} has no compatibility levels.")
    try:
        script = _without_comments(render_deployment(render_options(settings, "all")))
    except SsdBridgeError as e:
        return skipped(name, title, f"the deployment script could not be rendered ({e.message}).", e.hint)
    version = db.dialect.version_tuple(facts)
    problems, used = [], []
    for gate in gates:
        if not gate.pattern.search(script):
            continue
        used.append(gate.name)
        if version < gate.min_version:
            problems.append((f"{gate.name} needs {gate.min_version_label}", gate.failure))
        elif gate.min_level and (facts.compatibility_level or 0) < gate.min_level:
            problems.append((f"{gate.name} needs compatibility level {gate.min_level} "
                             f"(the database is at {facts.compatibility_level})", gate.failure))
    level = f"compatibility level {facts.compatibility_level}" if facts.compatibility_level else "no level"
    if problems:
        return warned(name, title, f"the rendered script uses features this server or level lacks ({level}).",
                      "Raise the database's compatibility level or the server version; the runner itself "
                      "needs no particular level.", known_failure=problems[0][1], details=[p for p, _ in problems])
    what = f"uses {', '.join(used)}, all available" if used else "uses no version- or level-gated feature"
    return passed(name, title, f"{level}; the rendered script {what}.")


def _without_comments(script: str) -> str:
    return "\n".join(line.split("--", 1)[0] for line in script.splitlines())


def _has(db: Database, kind: str, **where: str | None) -> bool | None:
    sql, params = db.dialect.permission_sql(kind, **where)
    value = db.scalar(sql, params)
    return None if value is None else bool(value)


def _rights_checks(db: Database, user: str) -> list[Check]:
    """CREATE rights in the bridge's schema, and the run lock."""
    schema = db.schema
    exists = bool(db.query_all(db.dialect.schema_exists_sql(), (schema,)))
    lacking = []
    if not exists and not _has(db, "create_schema"):
        lacking.append(f"CREATE SCHEMA (schema {schema} does not exist yet)")
    if exists:
        for kind, label in (("create_table", "CREATE TABLE"), ("create_index", "CREATE INDEX"),
                            ("create_view", "CREATE VIEW")):
            if _has(db, kind, schema=schema) is False:
                lacking.append(f"{label} in schema {schema}")
    name, title = "database.create_rights", "Rights to create the SSD"
    checks = []
    if lacking:
        checks.append(failed(name, title, f"user {user} lacks: {'; '.join(lacking)}.",
                             "Ask the DBA to run the script from 'ssd-bridge render --part grants' (it grants "
                             "exactly what the bridge needs), then check again.", details=lacking, known_failure="S08"))
    else:
        what = f"schema {schema} exists and the user may create in it" if exists else \
            f"schema {schema} does not exist yet and the user may create it"
        checks.append(passed(name, title, what + " (tables, indexes, views)."))
    checks.append(_lock_check(db))
    return checks


def _lock_check(db: Database) -> Check:
    name, title = "database.lock", "Run lock (advisory / application lock)"
    try:
        taken = db.scalar(db.dialect.try_lock_sql())
        if taken:
            db.query_all(db.dialect.unlock_sql())
    except SsdBridgeError as e:
        return failed(name, title, f"the run lock cannot be taken ({e.message}).",
                      "Grant EXECUTE on sp_getapplock/sp_releaseapplock (SQL Server) or on pg_try_advisory_lock "
                      "(PostgreSQL) to the bridge's user.")
    if not taken:
        return warned(name, title, "another ssd-bridge run holds the lock right now.",
                      "Nothing to fix if a run is in progress; otherwise look for a stuck session.")
    return passed(name, title, "the lock can be taken and released.")


def source_checks(db: Database, needs: SourceNeeds) -> list[Check]:
    """Every source table and column the mapping reads exists, and the user may read it."""
    where = needs.location or "the connection's default schema"
    rows = db.query_all(*db.dialect.relation_columns_sql(needs.location_parts))
    present, spelled = catalog_columns(rows)
    missing_tables, missing_columns = needs.missing(present)
    checks = []
    if missing_tables:
        checks.append(failed("source.tables", "Source tables", f"{len(missing_tables)} of the {len(needs.tables)} "
                             f"{needs.cms} tables the mapping reads {'is' if len(missing_tables) == 1 else 'are'} not at {where}: {', '.join(missing_tables)}.",
                             "Set source.location to where the CMS tables are (database.schema on SQL Server), "
                             "or ask the DBA whether they have other names; the user may also be unable to see them.",
                             known_failure="S07",
                             details=[f"{t} (read to fill {', '.join(needs.read_by.get(t, ()))})" for t in missing_tables]))
    else:
        checks.append(passed("source.tables", "Source tables", f"all {len(needs.tables)} {needs.cms} tables the "
                             f"mapping reads are at {where}."))
    if missing_columns:
        checks.append(failed("source.columns", "Source columns",
                             missing_source_message(needs, [], missing_columns),
                             "Check the CMS version against the mapping; report it to D2I with 'ssd-bridge diagnose'.",
                             known_failure="S07", details=[needs.feeds(c) for c in missing_columns]))
    elif missing_tables:
        checks.append(skipped("source.columns", "Source columns", "checked only on the tables that exist."))
    else:
        total = sum(len(c) for c in needs.columns.values())
        checks.append(passed("source.columns", "Source columns", f"all {total} columns the mapping reads exist."))
    readable = [spelled[t.lower()] for t in needs.tables if t.lower() in present]
    if readable:
        checks.append(_read_rights(db, needs, readable))
    else:
        checks.append(skipped("source.read_rights", "Rights to read the source tables",
                              "no source table was found to check."))
    return checks


def _read_rights(db: Database, needs: SourceNeeds, tables: Iterable[str]) -> Check:
    parts = needs.location_parts
    schema = db.dialect.fold_case(parts[-1]) if parts else None
    database = parts[0] if len(parts) == 2 else None
    lacking = []
    if schema and _has(db, "use_schema", schema=schema) is False:
        lacking.append(f"USAGE on schema {schema}")
    else:
        lacking += [f"SELECT on {t}" for t in tables
                    if _has(db, "select", schema=schema, table=t, database=database) is False]
    name, title = "source.read_rights", "Rights to read the source tables"
    if lacking:
        return failed(name, title, f"the user lacks {len(lacking)} rights: {', '.join(lacking[:10])}.",
                      "Ask the DBA to run the script from 'ssd-bridge render --part grants'.", details=lacking)
    return passed(name, title, "the user may read every source table that exists.")


def existing_table_checks(db: Database, tables: str = "all") -> list[Check]:
    """Existing SSD tables being deployed (``tables``: all or api) and add-on tables: compatible, ours to alter."""
    rows = db.query_all(db.dialect.schema_columns_sql(), (db.schema,))
    return [compare_tables(db, "database.ssd_tables", "Existing SSD tables", ssd_tables(tables), rows, _has),
            compare_tables(db, "database.addon_tables", "Existing staging and log tables",
                           load_tables("addon"), rows, _has)]


__all__ = ["database_checks", "source_checks", "existing_table_checks"]
