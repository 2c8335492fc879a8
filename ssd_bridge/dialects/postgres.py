"""PostgreSQL: what differs from the base dialect."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, ClassVar

from ssd_bridge.dialects.base import (
    Dialect,
    DriverConnection,
    ServerFacts,
    check_identifier,
    connect_odbc,
)
from ssd_bridge.dialects.drivers import PSYCOPG
from ssd_bridge.errors import ConfigError

# A fixed 64-bit key for pg_try_advisory_lock, shared by every ssd-bridge run on a database.
RUN_LOCK_KEY = 0x55D_B81D6E


#: work_mem of the deploy session only (per sort or hash, not per server): a 100,000-child fill
#: spills no sort to disk at this size. Documented in docs/operations.md ("Fill memory").
FILL_WORK_MEM = "64MB"


#: The hash of a value of each logical type with a seed (``{}``: the value, then the seed).
_HASH_FUNCTIONS = {
    "nvarchar": "hashtextextended({}, {})", "nchar": "hashtextextended({}, {})", "ntext": "hashtextextended({}, {})",
    "datetime": "timestamp_hash_extended({}, {})", "int": "hashint8extended({}, {})",
    "bigint": "hashint8extended({}, {})", "float": "hashfloat8extended({}, {})",
}


class PostgresDialect(Dialect):
    """PostgreSQL 13 and later."""

    label = "postgres"
    # The message macro: DO $$ BEGIN RAISE NOTICE '%', '...'; END $$;
    progress_message = re.compile(r"RAISE NOTICE '%', '((?:[^']|'')*)'")
    types: ClassVar[dict[str, str]] = {
        "nvarchar": "VARCHAR({n})",
        "nchar": "CHAR({n})",
        "ntext": "TEXT",
        "datetime": "TIMESTAMP",
        "int": "INTEGER",
        "bigint": "BIGINT",
        "float": "DOUBLE PRECISION",
        "bit": "BOOLEAN",
        "binary32": "BYTEA",
    }

    type_families: ClassVar[dict[str, str]] = {
        "character varying": "text", "character": "text", "text": "text",
        "timestamp without time zone": "datetime", "timestamp with time zone": "datetime", "date": "datetime",
        "integer": "int", "bigint": "int", "smallint": "int",
        "double precision": "number", "real": "number", "numeric": "number",
        "boolean": "bit", "bytea": "binary",
    }
    system_databases: ClassVar[frozenset[str]] = frozenset({"template0", "template1"})
    minimum_version: ClassVar[tuple[int, ...]] = (13,)
    minimum_version_label: ClassVar[str] = "PostgreSQL 13"
    #: undefined_column and undefined_table (psycopg and psqlODBC both pass them through).
    missing_object_states: ClassVar[frozenset[str]] = frozenset({"42703", "42P01", "42S02", "42S22"})

    def server_facts_sql(self) -> str:
        return (
            "SELECT version(), current_setting('server_version'), NULL, NULL, "
            "d.datcollate || ' (' || pg_encoding_to_char(d.encoding) || ')', current_database(), current_user "
            "FROM pg_database d WHERE d.datname = current_database()"
        )

    def version_label(self, facts: ServerFacts) -> str:
        return "PostgreSQL " + facts.product_version.split()[0]

    def collation_problem(self, facts: ServerFacts) -> str | None:
        if facts.collation and "(UTF8)" not in facts.collation:
            return (f"the database encoding is not UTF8 ({facts.collation}); names with accents may not "
                    "survive the round trip to JSON. Use a UTF8 database for the SSD.")
        return None

    def permission_sql(self, kind: str, schema: str | None = None, table: str | None = None,
                       database: str | None = None) -> tuple[str, tuple[Any, ...]]:
        qualified = self.qualify(schema, table) if table else None
        queries: dict[str, tuple[str, tuple[Any, ...]]] = {
            "create_schema": ("SELECT has_database_privilege(current_database(), 'CREATE')", ()),
            # PostgreSQL has one CREATE right on a schema for tables, indexes and views alike.
            "create_table": ("SELECT has_schema_privilege(?, 'CREATE')", (schema,)),
            "create_index": ("SELECT has_schema_privilege(?, 'CREATE')", (schema,)),
            "create_view": ("SELECT has_schema_privilege(?, 'CREATE')", (schema,)),
            "use_schema": ("SELECT has_schema_privilege(?, 'USAGE')", (schema,)),
            "select": ("SELECT has_table_privilege(?, 'SELECT')", (qualified,)),
            "write": ("SELECT has_table_privilege(?, 'INSERT') AND has_table_privilege(?, 'UPDATE') "
                      "AND has_table_privilege(?, 'DELETE')", (qualified, qualified, qualified)),
            # ALTER TABLE ... ADD COLUMN and DROP need ownership (membership of the owning role).
            "alter": ("SELECT pg_has_role(c.relowner, 'USAGE') FROM pg_class c "
                      "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = ? AND c.relname = ?",
                      (schema, table)),
        }
        if kind not in queries:
            raise ConfigError(f"unknown permission kind {kind!r}.")
        return queries[kind]

    def relation_columns_sql(self, location: tuple[str, ...]) -> tuple[str, tuple[Any, ...]]:
        # pg_catalog, not information_schema: the latter hides tables the user cannot read.
        base = ("SELECT c.relname, a.attname FROM pg_class c "
                "JOIN pg_namespace n ON n.oid = c.relnamespace "
                "JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped "
                "WHERE c.relkind IN ('r', 'v', 'm', 'f', 'p') AND ")
        if location:
            return base + "n.nspname = ?", (self.fold_case(location[-1]),)
        return base + "n.nspname = ANY(current_schemas(false))", ()

    def fill_session_sql(self) -> str | None:
        """Room for the fill's sorts and hashes in memory (the 4 MB default spills them to disk)."""
        return f"SET work_mem = '{FILL_WORK_MEM}'"

    def extract_session_sql(self) -> str | None:
        """Per-chunk reads by key: the chunk's rows are a few pages each, read through the person
        and parent-key indexes. With the default random_page_cost (4, for spinning disks) the
        planner joins assessment factors and conferences by scanning the whole table every
        chunk instead; 1.1 (the usual value for SSDs and cached data) makes it probe the index.
        No parallel workers: each chunk's query is a few milliseconds and starting workers costs more."""
        return "SET random_page_cost = 1.1; SET max_parallel_workers_per_gather = 0"

    def write_back_sql(self, staging: str, log_table: str) -> str | None:
        """The batch as one JSON parameter: one round trip, atomic without BEGIN/COMMIT, and one
        statement text for every batch (psycopg prepares it once)."""
        q = self.quote_ident
        fields = ("id bigint, sent boolean, rejected boolean, receipt text, received timestamp, reason text, "
                  "hash text, batch_id text, person_id text, kind text, attempt integer, http_status integer, "
                  "outcome text, excerpt text, request_id text, sent_at timestamp")
        log_columns = ", ".join(q(c) for c in ("run_id", "batch_id", "person_id", "payload_hash", "payload_kind",
                                               "attempt", "http_status", "outcome", "receipt_id",
                                               "response_excerpt", "request_id", "sent_at"))
        return (
            f"WITH u AS (SELECT * FROM json_to_recordset(?::json) AS r({fields})), "
            f"s AS (UPDATE {staging} AS t SET {q('submission_status')} = ?, {q('api_response')} = u.receipt, "
            f"{q('submission_timestamp')} = u.received, {q('previous_json_payload')} = t.{q('json_payload')}, "
            f"{q('previous_hash')} = t.{q('current_hash')}, {q('attempts')} = 0, {q('last_attempt_at')} = ? "
            f"FROM u WHERE u.sent AND t.{q('id')} = u.id AND (t.{q('current_hash')} IS NULL OR u.hash IS NULL "
            f"OR t.{q('current_hash')} = decode(u.hash, 'hex'))), "
            f"e AS (UPDATE {staging} AS t SET {q('submission_status')} = ?, {q('api_response')} = u.reason, "
            f"{q('attempts')} = COALESCE(t.{q('attempts')}, 0) + 1, {q('last_attempt_at')} = ? "
            f"FROM u WHERE u.rejected AND t.{q('id')} = u.id) "
            f"INSERT INTO {log_table} ({log_columns}) SELECT ?, u.batch_id, u.person_id, decode(u.hash, 'hex'), "
            "u.kind, u.attempt, u.http_status, u.outcome, u.receipt, u.excerpt, u.request_id, u.sent_at FROM u")

    def row_hash_sql(self, label: str, values: Sequence[tuple[str, str]]) -> str:
        # The types' own 64-bit hash functions, chained (each step re-hashes with its own seed):
        # no text formatting per value, about three times cheaper than md5 over the row as text.
        acc = f"hashtextextended('{check_identifier('fingerprint label', label)}', 0)"
        for step, (expr, logical) in enumerate(values, start=1):
            value = _HASH_FUNCTIONS.get(logical, "hashtextextended({}::text, {})").format(expr, step)
            acc = f"hashint8extended({acc} # coalesce({value}, {step}), {step})"
        return acc

    def hash_parts_sql(self, digest: str) -> tuple[str, ...]:
        # SUM of a bigint is numeric in PostgreSQL: it cannot overflow.
        return (digest,)

    def fold_case(self, name: str) -> str:
        # PostgreSQL folds unquoted names to lower case; CMS views are created unquoted.
        return name.lower()

    def quote_ident(self, name: str) -> str:
        return '"' + name.replace('"', '""') + '"'

    def index_names_sql(self) -> str:
        return "SELECT indexname FROM pg_indexes WHERE schemaname = ?"

    def try_lock_sql(self) -> str:
        return f"SELECT CASE WHEN pg_try_advisory_lock({RUN_LOCK_KEY}) THEN 1 ELSE 0 END"

    def unlock_sql(self) -> str:
        return f"SELECT pg_advisory_unlock({RUN_LOCK_KEY})"

    def connect(self, url: str | None, odbc: str | None, password: str | None, timeout: int) -> DriverConnection:
        """Connect with psycopg (``database.url``) or through ODBC (``database.odbc``)."""
        if odbc:
            return connect_odbc(odbc, password, timeout)
        import psycopg

        # psycopg drops None parameters, so without a password the URL's own (or libpq's) applies.
        raw = psycopg.connect(url or "", autocommit=True, connect_timeout=timeout, password=password or None)
        return DriverConnection(raw, PSYCOPG)
