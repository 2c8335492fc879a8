"""T-SQL fill statements translated to PostgreSQL for the differential test (#16).

sqlglot parses the T-SQL; the SQL Server functions and rules the templates use are rewritten into calls
of the small emulation in ``tsql_emulation.sql`` (one function per SQL Server rule, each commented there),
where sqlglot's own translation would give another meaning (``TRY_CAST`` as a plain cast, ``LEN`` as
``LENGTH``, ``FLOAT`` as ``REAL``, ``DATEDIFF`` as elapsed time, ``LIKE`` without ``[0-9]`` classes).
Identifiers are lower-cased (the synthetic sources are lower-case on PostgreSQL) and the session's
``#load`` table becomes a ``pg_temp`` table.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any

import sqlglot
from sqlglot import exp

from ssd_bridge.dialects import get_dialect
from ssd_bridge.model import load_tables
from ssd_bridge.sql.render import RenderOptions, environment, render_fill_statements

# the load-table column in which a fill marks a value it could not read (render.py's unreadable_flag filter)
_UNREADABLE_FLAG = re.compile(r"[\[\"](unreadable__\w+)[\]\"]")

EMULATION_SQL = Path(__file__).with_name("tsql_emulation.sql")
# SQL Server type -> the PostgreSQL type a CAST to it gives here.
TYPES = {
    exp.DataType.Type.FLOAT: "DOUBLE PRECISION",
    exp.DataType.Type.DOUBLE: "DOUBLE PRECISION",
    exp.DataType.Type.DATETIME: "TIMESTAMP",
    exp.DataType.Type.DATETIME2: "TIMESTAMP",
    exp.DataType.Type.BIT: "SMALLINT",
    exp.DataType.Type.NVARCHAR: "TEXT",
    exp.DataType.Type.VARCHAR: "TEXT",
    exp.DataType.Type.NCHAR: "TEXT",
    exp.DataType.Type.CHAR: "TEXT",
}
DATETIMES = {exp.DataType.Type.DATETIME, exp.DataType.Type.DATETIME2, exp.DataType.Type.DATE}
TEXTS = {exp.DataType.Type.NVARCHAR, exp.DataType.Type.VARCHAR, exp.DataType.Type.NCHAR, exp.DataType.Type.CHAR}


@functools.cache
def translate(tsql: str) -> str:
    """One T-SQL statement (or expression) as PostgreSQL text calling the emulation (cached: sqlglot takes a while)."""
    tree = sqlglot.parse_one(tsql, read="tsql")
    return _rewrite_tree(tree).sql(dialect="postgres")


def translate_expression(tsql: str) -> str:
    """A T-SQL expression (e.g. a column's fit) as PostgreSQL text."""
    return translate(f"SELECT {tsql}")[len("SELECT "):]


def _rewrite_tree(node: exp.Expression) -> exp.Expression:
    """Children first, then the node: a rewritten node's arguments are rewritten too."""
    for key, value in list(node.args.items()):
        if isinstance(value, exp.Expression):
            node.set(key, _rewrite_tree(value))
        elif isinstance(value, list):
            node.set(key, [_rewrite_tree(v) if isinstance(v, exp.Expression) else v for v in value])
    return _rewrite(node)


def _call(name: str, *args: exp.Expression) -> exp.Expression:
    return exp.Anonymous(this=name, expressions=list(args))


def _text(node: exp.Expression) -> exp.Expression:
    return exp.Cast(this=node, to=exp.DataType.build("TEXT"))


def _length(node: exp.DataType) -> exp.Expression | None:
    params = node.expressions
    if params and isinstance(params[0], exp.DataTypeParam) and str(params[0].this).upper() != "MAX":
        return params[0].this
    return None


def _pg_type(node: exp.DataType) -> exp.DataType:
    if node.this in TEXTS and _length(node) is not None:
        return exp.DataType.build(f"VARCHAR({_length(node)})")
    if node.this in TYPES:
        return exp.DataType.build(TYPES[node.this])
    return node


def _rewrite(node: exp.Expression) -> exp.Expression:  # noqa: C901 - one case per SQL Server construct
    if isinstance(node, exp.Identifier):
        name = node.name
        if node.args.get("temporary") or name.startswith("#"):
            return exp.Identifier(this=name.lstrip("#").lower(), quoted=True, temporary=True)
        return exp.Identifier(this=name.lower(), quoted=node.quoted)
    if isinstance(node, exp.Table) and (node.this.args.get("temporary") or node.name.startswith("#")):
        return exp.Table(this=exp.Identifier(this=node.name.lstrip("#").lower(), quoted=True),
                         db=exp.Identifier(this="pg_temp"))
    if isinstance(node, exp.National):
        return exp.Literal.string(node.this)
    if isinstance(node, (exp.TryCast, exp.Cast)) and not isinstance(node, exp.Convert):
        to = node.args["to"]
        safe = isinstance(node, exp.TryCast) or node.args.get("safe")
        if safe and to.this in (exp.DataType.Type.INT, exp.DataType.Type.BIGINT):
            return _call("tsql_try_cast_int", _text(node.this))
        if safe and to.this in (exp.DataType.Type.FLOAT, exp.DataType.Type.DOUBLE):
            return _call("tsql_try_cast_float", _text(node.this))
        if to.this in DATETIMES and to.this != exp.DataType.Type.DATE:
            name = "tsql_try_datetime" if safe else "tsql_datetime"
            return _call(name, node.this, exp.Null())
        if safe:
            raise ValueError(f"the emulation has no TRY_CAST to {to.sql('tsql')}")
        return exp.Cast(this=node.this, to=_pg_type(to))
    if isinstance(node, exp.Convert):
        to, style = node.this, node.args.get("style")
        style = style if style is not None else exp.Null()
        if to.this in TEXTS:
            text = _call("tsql_text", node.expression, style)
            length = _length(to)
            return exp.Cast(this=text, to=exp.DataType.build(f"VARCHAR({length})")) if length is not None else text
        if to.this in DATETIMES:
            name = "tsql_try_datetime" if node.args.get("safe") else "tsql_datetime"
            converted = _call(name, node.expression, style)
            return exp.Cast(this=converted, to=exp.DataType.build("DATE")) if to.this == exp.DataType.Type.DATE else converted
        raise ValueError(f"the emulation has no CONVERT to {to.sql('tsql')}")
    if isinstance(node, exp.Length):
        return _call("tsql_len", _text(node.this))
    if isinstance(node, exp.Anonymous) and node.name.upper() == "DATALENGTH":
        return _call("tsql_datalength", _text(node.expressions[0]))
    if isinstance(node, exp.Anonymous) and node.name.upper() == "STRING_ESCAPE":
        return _call("tsql_string_escape", _text(node.expressions[0]), node.expressions[1])
    if isinstance(node, exp.Stuff):
        return _call("tsql_stuff", _text(node.this), node.args["start"], node.args["length"], _text(node.expression))
    if isinstance(node, exp.DateAdd):
        return _call("tsql_dateadd", exp.Literal.string(node.unit.name if node.unit else "day"), node.expression, node.this)
    if isinstance(node, exp.DateDiff):
        start, end = (_untime(n) for n in (node.expression, node.this))
        return _call("tsql_datediff", exp.Literal.string(node.unit.name if node.unit else "day"),
                     exp.Cast(this=start, to=exp.DataType.build("TIMESTAMP")),
                     exp.Cast(this=end, to=exp.DataType.build("TIMESTAMP")))
    if isinstance(node, exp.DateFromParts):
        return _call("MAKE_DATE", node.args["year"], node.args["month"], node.args["day"])
    if isinstance(node, exp.Year):
        return exp.Cast(this=exp.Extract(this=exp.var("YEAR"), expression=_untime(node.this)), to=exp.DataType.build("INT"))
    if isinstance(node, exp.Like) and isinstance(node.expression, (exp.Literal, exp.National)) and "[" in node.expression.name:
        regex = exp.RegexpLike(this=node.this, expression=exp.Literal.string(like_regex(node.expression.name)))
        return exp.Not(this=exp.Paren(this=regex)) if node.args.get("negate") else regex
    return node


def _untime(node: exp.Expression) -> exp.Expression:
    """sqlglot wraps DATEDIFF's and YEAR's arguments in string-to-time conversions: the argument itself."""
    while isinstance(node, (exp.TimeStrToTime, exp.TsOrDsToDate)):
        node = node.this
    return node


def like_regex(pattern: str) -> str:
    """A T-SQL LIKE pattern (%, _, [abc], [^0-9]) as an anchored POSIX regular expression."""
    out, i = ["^"], 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "%":
            out.append(".*")
        elif ch == "_":
            out.append(".")
        elif ch == "[":
            end = pattern.index("]", i + 1)
            body = pattern[i + 1:end]
            negate = body.startswith("^")
            body = body[1:] if negate else body
            out.append("[" + ("^" if negate else "") + body.replace("\\", "\\\\") + "]")
            i = end
        else:
            out.append(re.escape(ch))
        i += 1
    return "".join(out) + "$"


def install(conn: Any, schema: str) -> None:
    """Create the emulation's functions in ``schema`` and put it first on the connection's search_path."""
    conn.execute(f'CREATE SCHEMA "{schema}"')
    conn.execute(f'SET search_path = "{schema}", public')
    conn.execute(EMULATION_SQL.read_text(encoding="utf-8"))


def run_tsql_fills(conn: Any, options: RenderOptions, dateformat: str,
                   skip: Mapping[str, str] = MappingProxyType({}),
                   statements: Mapping[str, str] | None = None) -> list[str]:
    """Run every T-SQL fill of ``options`` (translated) into ``options.schema``, as the T-SQL refresh does.

    The SSD tables in ``options.schema`` must exist (empty); each is filled from its load table with the
    T-SQL ``fit`` of every column, in load order, so later fills read the earlier tables as on SQL Server.
    ``statements`` (table -> T-SQL fill) replaces the rendered fills, e.g. to run only some.
    Returns the tables filled.
    """
    conn.execute(f"SET tsql.dateformat = '{dateformat}'")
    conn.execute("SET tsql.dateformat_read = 'no'")
    columns = {t.name: t for t in load_tables("ssd")}
    done = []
    for name, statement in (statements or render_fill_statements(options)).items():
        if name in skip:
            continue
        table = columns[name]
        conn.execute(f'DROP TABLE IF EXISTS pg_temp."ssd_load_{name}"')
        conn.execute(f'CREATE TEMPORARY TABLE "ssd_load_{name}" AS SELECT * FROM "{options.schema}"."{name}" WITH NO DATA')
        for c in table.columns:
            if c.type in ("nvarchar", "nchar", "varchar"):
                conn.execute(f'ALTER TABLE pg_temp."ssd_load_{name}" ALTER COLUMN "{c.name}" TYPE TEXT')
        # a fill that flags unreadable dates/numbers writes one INT flag column per such SSD column into its load table
        for flag in sorted(set(_UNREADABLE_FLAG.findall(statement))):
            conn.execute(f'ALTER TABLE pg_temp."ssd_load_{name}" ADD COLUMN "{flag}" INTEGER')
        conn.execute(translate(statement))
        fitted = _fitted(name)
        conn.execute(f'DELETE FROM "{options.schema}"."{name}"')
        conn.execute(f'INSERT INTO "{options.schema}"."{name}" SELECT {fitted} FROM pg_temp."ssd_load_{name}"')
        done.append(name)
    return done


@functools.cache
def _fitted(table: str) -> str:
    """The T-SQL refresh's copy of each column from the load table (fit: over-long text cut), translated."""
    fit = _tsql_environment().globals["fit"]
    model = next(t for t in load_tables("ssd") if t.name == table)
    return ", ".join(translate_expression(str(fit(c))) for c in model.columns)


@functools.cache
def _tsql_environment() -> Any:
    return environment(get_dialect("tsql"))


def read_dateformat(conn: Any) -> bool:
    """Whether a fill since the last run_tsql_fills read text as a date without a style (so DATEFORMAT matters)."""
    return bool(conn.execute("SELECT current_setting('tsql.dateformat_read', true) = 'yes'").fetchone()[0])
