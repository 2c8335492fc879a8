"""Render the deployment script from Jinja templates, with dbt-style macro dispatch.

Macros live in ``sql_templates/macros/<label>/<op>.sql``: the file defines ``<label>__<op>``.
A template calls ``{{ op(...) }}``; :func:`dispatch` resolves it to ``<dialect>__op`` and falls
back to ``default__op``. Rendering is pure: it never touches a database.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from types import CodeType
from typing import Any

import jinja2

from ssd_bridge import __version__
from ssd_bridge.config import SSD_TABLE_CHOICES
from ssd_bridge.dialects import Dialect, get_dialect
from ssd_bridge.dialects.base import check_identifier
from ssd_bridge.errors import ConfigError, TemplateError
from ssd_bridge.model import CUT_MARK, Column, Table, load_tables
from ssd_bridge.model.cms import get_cms
from ssd_bridge.record.ssd_read import tables_read

PARTS = ("ssd", "addon", "all", "grants")
# The parts 'deploy' can run; 'grants' is run by a DBA, never by the bridge's own user.
DEPLOY_PARTS = ("ssd", "addon", "all")


def template_dir() -> Path:
    """Where the SQL templates are: inside the installed package, else beside it in a checkout."""
    package = Path(__file__).parent.parent
    for candidate in (package / "sql_templates", package.parent / "sql_templates"):
        if (candidate / "deployment.sql.j2").is_file():
            return candidate
    raise TemplateError("the SQL templates folder (sql_templates) was not found; reinstall ssd-bridge.")


@dataclass(frozen=True)
class RenderOptions:
    """Everything a deployment script depends on; the same options give the same text."""

    cms: str
    dialect: str | None = None
    schema: str = "ssd"
    part: str = "all"
    history_years: int = 6
    source_location: str | None = None
    params: Mapping[str, Any] = field(default_factory=dict)
    #: The database user or role the 'grants' part gives rights to.
    grantee: str = "ssd_bridge"
    #: False: create the SSD tables but do not fill them from the CMS (tables first, data later).
    fill: bool = True
    #: Which SSD tables: 'all' (the whole SSD) or 'api' (the ones the DfE child record reads).
    tables: str = "all"

    @property
    def dialect_label(self) -> str:
        """The dialect to render for (the CMS's usual one unless given)."""
        return self.dialect or get_cms(self.cms).default_dialect


class _CompiledTemplates(jinja2.BytecodeCache):
    """Compiled templates kept for the life of the process, keyed by file and checked against its text.

    Each render builds a fresh environment (its globals differ); without this, each one would parse
    and compile every template again, which is most of a render's time. The code objects themselves
    are kept, not their marshalled bytes, so a template compiled once costs no unmarshalling either.
    """

    def __init__(self) -> None:
        self._code: dict[str, tuple[str, CodeType]] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        kept = self._code.get(bucket.key)
        if kept is not None and kept[0] == bucket.checksum:  # a template whose text changed is compiled afresh
            bucket.code = kept[1]

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if bucket.code is not None:
            self._code[bucket.key] = (bucket.checksum, bucket.code)


class _TemplateFiles(jinja2.FileSystemLoader):
    """The templates folder, each file read once per process and again only when it changes on disk
    (every render's fresh environment asks for about a hundred files)."""

    def __init__(self, folder: Path) -> None:
        super().__init__(str(folder))
        self._read: dict[str, tuple[str, str, Callable[[], bool]]] = {}

    def get_source(self, environment: jinja2.Environment, template: str) -> tuple[str, str, Callable[[], bool]]:
        kept = self._read.get(template)
        if kept is None or not kept[2]():
            kept = self._read[template] = super().get_source(environment, template)
        return kept


@cache
def _template_files(folder: Path) -> _TemplateFiles:
    return _TemplateFiles(folder)


_COMPILED = _CompiledTemplates()


class Dispatcher:
    """Finds ``<label>__<op>`` or ``default__<op>`` among the loaded macros."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.macros: dict[str, Callable[..., Any]] = {}

    def __call__(self, op: str) -> Callable[..., Any]:
        for name in (f"{self.label}__{op}", f"default__{op}"):
            if name in self.macros:
                return self.macros[name]
        raise TemplateError(
            f"no SQL macro for '{op}' in dialect {self.label}: looked for "
            f"'{self.label}__{op}' and 'default__{op}'."
        )

    def ops(self) -> set[str]:
        """Every operation that has a macro in some dialect folder."""
        return {name.split("__", 1)[1] for name in self.macros}


def environment(dialect: Dialect, extra_globals: Mapping[str, Any] | None = None) -> jinja2.Environment:
    """A Jinja environment for ``dialect``: strict, deterministic, macros registered.

    ``extra_globals`` are set before the macro files load: a macro module sees a snapshot of
    the globals taken when it loads, so a global set afterwards would be undefined inside it.
    """
    env = jinja2.Environment(
        loader=_template_files(template_dir()),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
        bytecode_cache=_COMPILED,
    )
    dispatcher = Dispatcher(dialect.label)
    env.filters["quote_ident"] = dialect.quote_ident
    # The load-table column where a fill flags values of this SSD column it could not convert.
    env.filters["unreadable_flag"] = lambda column: f"unreadable__{column}"
    env.globals.update(
        dispatch=dispatcher,
        qualify=dialect.qualify,
        sql_type=lambda col: dialect.sql_type(col.type, col.length),
        cut_mark=CUT_MARK,
        # A refill's load table holds text unbounded, so an over-long CMS value is cut, not fatal.
        wide_type=lambda col: dialect.sql_type("ntext" if col.type in ("nvarchar", "nchar") else col.type, col.length),
        fail=_fail,
    )
    env.globals.update(extra_globals or {})
    macro_root = template_dir() / "macros"
    ops = sorted({p.stem for p in macro_root.glob("*/*.sql")})
    for op in ops:
        env.globals[op] = _public_macro(dispatcher, op)
    for label_dir in sorted(p for p in macro_root.iterdir() if p.is_dir()):
        for path in sorted(label_dir.glob("*.sql")):
            module = env.get_template(f"macros/{label_dir.name}/{path.name}").module
            for name in dir(module):
                if "__" in name and not name.startswith("_"):
                    dispatcher.macros[name] = getattr(module, name)
    return env


def _public_macro(dispatcher: Dispatcher, op: str) -> Callable[..., Any]:
    def call(*args: Any, **kwargs: Any) -> Any:
        return dispatcher(op)(*args, **kwargs)

    call.__name__ = op
    return call


def _fail(message: str) -> None:
    raise TemplateError(message)


class MissingParameter(ConfigError):
    """A CMS template needs source.params.<name>, which the settings do not give."""

    def __init__(self, cms: str, name: str) -> None:
        super().__init__(
            f"the {cms} mapping needs the parameter source.params.{name}, which is not set.",
            f"Add it under source.params in ssd-bridge.yaml (see examples/cms/{cms}.md).",
        )
        self.name = name


def ssd_tables(choice: str = "all") -> tuple[Table, ...]:
    """The SSD tables ``choice`` deploys, in load order: 'all' or 'api' (those the DfE record reads)."""
    _check_table_choice(choice)
    tables = load_tables("ssd")
    if choice == "api":
        wanted = tables_read()
        return tuple(t for t in tables if t.name in wanted)
    return tables


def render_deployment(options: RenderOptions) -> str:
    """Return the whole deployment script for ``options`` as text (or the grants script)."""
    _check_options(options)
    if options.part == "grants":
        raise TemplateError("the grants script is rendered by ssd_bridge.sql.script.render_script, not here.")
    dialect = get_dialect(options.dialect_label)
    env, context = prepare_environment(options, dialect)
    try:
        text = env.get_template("deployment.sql.j2").render(context)
    except jinja2.UndefinedError as e:
        raise TemplateError(f"the deployment template used an undefined value ({e.message}).") from e
    except jinja2.TemplateError as e:
        raise TemplateError(f"the deployment template failed to render ({e}).") from e
    return tidy(text)


def render_fill_statements(options: RenderOptions,
                           on_source: Callable[[str, str], None] | None = None,
                           on_param: Callable[[str, Any], None] | None = None) -> dict[str, str]:
    """Each SSD table's fill statement for ``options.cms``, keyed by table, without the refresh wrapper.

    For analysis (check-compat, the grants script): the statement is the plain
    ``[WITH ...] INSERT ... SELECT`` the refresh macro wraps. ``on_source(ssd_table, name)`` is
    called for every name a template passes to ``src()``, ``on_param(name, default)`` for every
    ``param()`` a template reads (the default is None when it has none).
    """
    _check_options(options)
    dialect = get_dialect(options.dialect_label)
    env, context = prepare_environment(replace(options, part="ssd"), dialect)
    namer = env.globals["src"]
    current = [""]

    def src(name: str) -> str:
        if on_source is not None:
            on_source(current[0], name)
        return namer(name)  # type: ignore[operator]

    env.globals["src"] = src
    env.globals["refresh"] = _bare_refresh
    if on_param is not None:
        reader = env.globals["param"]

        def param(name: str, *default: Any) -> Any:
            on_param(name, default[0] if default else None)
            return reader(name, *default)  # type: ignore[operator]

        env.globals["param"] = param
    statements = {}
    for table in context["populate_tables"]:
        current[0] = table.name
        try:
            text = env.get_template(f"cms/{options.cms}/{table.name}.sql").render({**context, "table": table})
        except jinja2.TemplateError as e:
            raise TemplateError(f"the {options.cms} template for {table.name} failed to render ({e}).") from e
        statements[table.name] = tidy(text).strip().rstrip(";")
    return statements


def _bare_refresh(*args: Any, caller: Callable[[], str], **options: Any) -> str:
    """Stand-in for the refresh macro when analysing: just the body statement."""
    return str(caller()).strip()


def _check_options(options: RenderOptions) -> None:
    get_cms(options.cms)
    if options.part not in PARTS:
        raise ConfigError(f"unknown part {options.part!r}.", f"Choose one of: {', '.join(PARTS)}.")
    _check_table_choice(options.tables)
    check_identifier("schema name", options.schema)
    check_identifier("grantee", options.grantee)


def _check_table_choice(choice: str) -> None:
    if choice not in SSD_TABLE_CHOICES:
        raise ConfigError(f"unknown choice of SSD tables {choice!r}.",
                          f"Choose one of: {', '.join(SSD_TABLE_CHOICES)} (ssd.tables or --tables).")


def prepare_environment(options: RenderOptions, dialect: Dialect) -> tuple[jinja2.Environment, dict[str, Any]]:
    """The environment (src, param, history_years set) and the context every template sees."""
    schema = options.schema
    location = options.source_location or get_cms(options.cms).default_source_location
    env = environment(dialect, {
        "src": _source_namer(dialect, location),
        "param": _param_reader(options.cms, options.params),
        "history_years": options.history_years,
    })
    parts = ("ssd", "addon") if options.part == "all" else (options.part,)
    deployed: tuple[Table, ...] = ssd_tables(options.tables) if "ssd" in parts else ()
    addon_tables: tuple[Table, ...] = load_tables("addon") if "addon" in parts else ()
    # Tables no fill exists for (no source in this CMS, or fill still to come) are created empty.
    populate = [t for t in deployed if options.fill and t.is_filled_by(options.cms)]
    for table in populate:
        if not (template_dir() / "cms" / options.cms / f"{table.name}.sql").is_file():
            raise TemplateError(f"the {options.cms} fill for {table.name} is missing from the SQL templates.",
                                "Reinstall ssd-bridge; if it persists, report it to Data to Insight support.")
    context = {
        "version": __version__,
        "cms": options.cms,
        "dialect_label": dialect.label,
        "schema": schema,
        "part": options.part,
        "tables": options.tables,
        "fill": options.fill,
        "history_years": options.history_years,
        "source_location": options.source_location,
        "params": dict(options.params),
        "ssd_tables": deployed,
        "addon_tables": addon_tables,
        "populate_tables": populate,
        "parameters_json": json.dumps(
            {
                "cms": options.cms,
                "dialect": dialect.label,
                "schema": schema,
                "part": options.part,
                "history_years": options.history_years,
                "source_location": options.source_location,
                "fill": options.fill,
                "tables": options.tables,
            },
            sort_keys=True,
            separators=(",", ":"),
        ),
        "table_columns": _table_columns,
        "grantee": options.grantee,
    }
    return env, context


def source_table_name(dialect: Dialect, location: str | None, cms: str, name: str) -> str:
    """The quoted, location-qualified name of CMS source table ``name``, as the templates write it."""
    return _source_namer(dialect, location or get_cms(cms).default_source_location)(name)


def _source_namer(dialect: Dialect, location: str | None) -> Callable[[str], str]:
    """``src('DIM_PERSON')`` -> the quoted, location-qualified name of a CMS source table."""
    parts = []
    for part in (location or "").split("."):
        if part:
            parts.append(check_identifier("source location part", part))
    if len(parts) > 2:
        raise ConfigError(
            f"source.location {location!r} has more than two parts.",
            "Give database.schema (SQL Server) or a schema name (PostgreSQL).",
        )

    def src(name: str) -> str:
        check_identifier("source table", name)
        quoted = [dialect.quote_ident(dialect.fold_case(p)) for p in (*parts, name)]
        return ".".join(quoted)

    return src


def _param_reader(cms: str, params: Mapping[str, Any]) -> Callable[..., Any]:
    """``param('name', default)``: a CMS parameter from source.params, else its default.

    A parameter with no default that the settings do not give is an error naming the key.
    """
    missing = object()

    def param(name: str, default: Any = missing) -> Any:
        if name in params and params[name] is not None:
            value = params[name]
            # A value of another shape than the default (a map given as text) would crash the render.
            for shape, words in ((Mapping, "a mapping of codes"), (list, "a list")):
                if isinstance(default, shape) and not isinstance(value, shape):
                    raise TemplateError(f"source.params.{name} must be {words} for the {cms} mapping.",
                                        f"See examples/cms/{cms}.md for its form.")
            return value
        if default is missing:
            raise MissingParameter(cms, name)
        return default

    return param


def _table_columns(table: Table) -> tuple[Column, ...]:
    return table.columns


def tidy(text: str) -> str:
    """Drop trailing spaces and runs of blank lines so golden files stay readable."""
    lines: list[str] = []
    for line in text.splitlines():
        line = line.rstrip()
        if not line and lines and not lines[-1]:
            continue
        lines.append(line)
    return "\n".join(lines).strip("\n") + "\n"
