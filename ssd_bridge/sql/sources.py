"""What a CMS mapping reads, derived from its fill templates (never kept as a second list).

The fill templates write every CMS table as ``{{ src('NAME') }}`` and qualify every CMS column
with its table's alias. :func:`source_needs` renders each fill statement for PostgreSQL with
the refresh wrapper removed, records every ``src()`` name, parses the statements with sqlglot
and resolves each qualified column to its table (CTEs and derived tables are followed by
sqlglot's scope analysis). Missing CMS parameters are found by rendering: each
:class:`~ssd_bridge.sql.render.MissingParameter` names one key, which is then given a placeholder
so the next render can find the next one.

sqlglot is used because a hand-written scan for ``alias.column`` cannot tell a CTE's or a
subquery's alias from a table's; sqlglot's scope analysis can.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from ssd_bridge.errors import TemplateError
from ssd_bridge.model.cms import get_cms
from ssd_bridge.sql.render import (
    MissingParameter,
    RenderOptions,
    render_fill_statements,
)

log = logging.getLogger(__name__)

ANALYSIS_DIALECT = "postgres"
# A stand-in for a missing parameter so rendering can go on to find the next missing one.
_PLACEHOLDER = "0"
_MAX_PARAMETERS = 200


@dataclass(frozen=True)
class SourceNeeds:
    """The CMS tables and columns a mapping reads, and the parameters it lacks."""

    cms: str
    location: str | None
    #: source table (as written in src()) -> the columns read from it, sorted
    columns: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    #: source table -> the SSD tables whose fill reads it
    read_by: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    missing_params: tuple[str, ...] = ()
    #: "table.column" -> the SSD tables whose fill reads that column
    column_read_by: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def missing(self, present: Mapping[str, set[str]]) -> tuple[list[str], list[str]]:
        """(tables, ``table.column`` names) the mapping reads that ``present`` (lower-cased table ->
        lower-cased columns, from the catalog) lacks; columns only of the tables that exist."""
        tables = [t for t in self.tables if t.lower() not in present]
        columns = [f"{t}.{c}" for t in self.tables if t.lower() in present
                   for c in self.columns[t] if c.lower() not in present[t.lower()]]
        return tables, columns

    def feeds(self, name: str) -> str:
        """``name`` (a source table or ``table.column``) with the SSD tables it feeds, for messages."""
        ssd = self.column_read_by.get(name) or self.read_by.get(name) or ()
        return f"{name} (feeds {', '.join(ssd)})" if ssd else name

    @property
    def tables(self) -> tuple[str, ...]:
        """Every source table, sorted."""
        return tuple(sorted(self.columns))

    @property
    def location_parts(self) -> tuple[str, ...]:
        """The source location split into its parts ((), (schema,) or (database, schema))."""
        return tuple(p for p in (self.location or "").split(".") if p)


def source_needs(options: RenderOptions) -> SourceNeeds:
    """Derive the source tables, columns and missing parameters of ``options.cms`` from its templates."""
    used: dict[str, set[str]] = {}
    statements, missing = _analysis_statements(options, used)
    columns: dict[str, set[str]] = {}
    read_by: dict[str, set[str]] = {}
    column_read_by: dict[str, set[str]] = {}
    for ssd_table, statement in statements.items():
        names = used.get(ssd_table, set())
        for name in names:
            columns.setdefault(name, set())
            read_by.setdefault(name, set()).add(ssd_table)
        for table, column in _qualified_columns(statement, frozenset(names), ssd_table):
            columns[table].add(column)
            column_read_by.setdefault(f"{table}.{column}", set()).add(ssd_table)
    location = options.source_location or get_cms(options.cms).default_source_location
    return SourceNeeds(
        cms=options.cms,
        location=location,
        columns={t: tuple(sorted(c, key=str.lower)) for t, c in sorted(columns.items())},
        read_by={t: tuple(sorted(s)) for t, s in sorted(read_by.items())},
        missing_params=tuple(missing),
        column_read_by={c: tuple(sorted(s)) for c, s in sorted(column_read_by.items())},
    )


def _analysis_statements(options: RenderOptions, used: dict[str, set[str]] | None = None,
                         ) -> tuple[dict[str, str], list[str]]:
    """Each SSD table's fill statement rendered for analysis, and the parameters that were missing
    (each given a placeholder so rendering can go on); ``used`` gets each table's src() names."""
    params: dict[str, Any] = dict(options.params)
    missing: list[str] = []
    while True:
        if used is not None:
            used.clear()  # only the rendering that succeeds counts
        try:
            return render_fill_statements(replace(options, dialect=ANALYSIS_DIALECT, params=params),
                                          on_source=_recorder(used) if used is not None else None), missing
        except MissingParameter as e:
            if e.name in missing or len(missing) >= _MAX_PARAMETERS:
                raise
            missing.append(e.name)
            params[e.name] = _PLACEHOLDER


def unfilled_columns(options: RenderOptions) -> dict[str, tuple[str, ...]]:
    """SSD table -> the columns ``options.cms``'s fill always leaves NULL (the CMS does not hold them).

    A column counts when every branch of its INSERT ... SELECT puts a bare NULL in its place;
    a statement whose shape is not recognised counts as filling everything.
    """
    return {table: columns for table, statement in _analysis_statements(options)[0].items()
            if (columns := _null_columns(statement, table))}


# Parsing a fill with sqlglot is most of an analysis's time, and check-compat, grants, deploy and the
# report analyse the same rendered statements again in one process: each statement is parsed once
# (the trees are only read, never changed, so the cached ones are shared).
@lru_cache(maxsize=512)
def _parsed(statement: str, ssd_table: str) -> tuple[Any, ...]:
    """Every statement of ``statement`` as a sqlglot tree: a fill may open with a session setting
    (e.g. PostgreSQL's SET LOCAL enable_nestloop) before its INSERT."""
    import sqlglot
    from sqlglot.errors import ParseError

    try:
        return tuple(tree for tree in sqlglot.parse(statement, read=ANALYSIS_DIALECT) if tree is not None)
    except ParseError as e:
        raise TemplateError(f"could not parse the fill statement for {ssd_table} ({e}).",
                            "This is a fault in the CMS template; report it with 'ssd-bridge diagnose'.") from e


@lru_cache(maxsize=512)
def _null_columns(statement: str, ssd_table: str) -> tuple[str, ...]:
    from sqlglot import exp

    inserts = (tree if isinstance(tree, exp.Insert) else tree.find(exp.Insert) for tree in _parsed(statement, ssd_table))
    insert = next((found for found in inserts if found is not None), None)
    if insert is None or not isinstance(insert.this, exp.Schema):
        return ()
    branches: list[exp.Select] = []
    pending: list[Any] = [insert.expression]
    while pending:
        node = pending.pop()
        if isinstance(node, exp.Union):
            pending += [node.left, node.right]
        elif isinstance(node, exp.Subquery):
            pending.append(node.this)
        elif isinstance(node, exp.Select):
            branches.append(node)
    if not branches:
        return ()

    def is_null(select: exp.Select, index: int) -> bool:
        if index >= len(select.expressions):
            return False
        value = select.expressions[index]
        while isinstance(value, (exp.Alias, exp.Cast, exp.Paren)):
            value = value.this
        return isinstance(value, exp.Null)

    return tuple(column.name for i, column in enumerate(insert.this.expressions)
                 if all(is_null(branch, i) for branch in branches))


def catalog_columns(rows: Iterable[tuple[Any, Any]]) -> tuple[dict[str, set[str]], dict[str, str]]:
    """From (table, column) catalog rows: lower-cased table -> lower-cased columns, and each
    table's own spelling."""
    present: dict[str, set[str]] = {}
    spelled: dict[str, str] = {}
    for table, column in rows:
        present.setdefault(str(table).lower(), set()).add(str(column).lower())
        spelled.setdefault(str(table).lower(), str(table))
    return present, spelled


def missing_source_message(needs: SourceNeeds, tables: list[str], columns: list[str], limit: int = 10) -> str:
    """The words check-compat and deploy both use for source tables or columns that are not there."""
    parts = []
    if tables:
        shown = ", ".join(needs.feeds(t) for t in tables[:limit]) + (" ..." if len(tables) > limit else "")
        parts.append(f"{len(tables)} {needs.cms} table{'s' if len(tables) != 1 else ''} the mapping reads "
                     f"{'is' if len(tables) == 1 else 'are'} not at {needs.location or 'the default schema'}: {shown}")
    if columns:
        shown = ", ".join(needs.feeds(c) for c in columns[:limit]) + (" ..." if len(columns) > limit else "")
        parts.append(f"{len(columns)} column{'s' if len(columns) != 1 else ''} the mapping reads "
                     f"{'is' if len(columns) == 1 else 'are'} missing: {shown}")
    return "; ".join(parts) + "."


def _recorder(used: dict[str, set[str]]) -> Callable[[str, str], None]:
    def record(ssd_table: str, name: str) -> None:
        used.setdefault(ssd_table, set()).add(name)

    return record


@lru_cache(maxsize=512)  # see _parsed
def _qualified_columns(statement: str, source_names: frozenset[str], ssd_table: str) -> frozenset[tuple[str, str]]:
    """(source table, column) for every column qualified with a source table's alias."""
    from sqlglot import exp
    from sqlglot.optimizer.scope import traverse_scope

    by_folded = {name.lower(): name for name in source_names}
    found: set[tuple[str, str]] = set()
    for tree in _parsed(statement, ssd_table):
        for scope in traverse_scope(tree):
            for column in scope.columns:
                source = scope.sources.get(column.table)
                if isinstance(source, exp.Table) and source.name.lower() in by_folded:
                    found.add((by_folded[source.name.lower()], column.name))
    return frozenset(found)
