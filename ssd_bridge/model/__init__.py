"""The SSD schema model: tables, columns, logical types, keys and indexes, loaded from YAML.

Logical types: ``nvarchar`` and ``nchar`` (with ``length``), ``ntext`` (unbounded text),
``datetime``, ``int``, ``bigint``, ``float``, ``bit`` and ``binary32`` (a SHA-256 digest).
Each dialect maps them in ``ssd_bridge/dialects``. Every identifier is checked when the
model loads, so templates can quote names without further checks.

Every SSD table says which CMSs fill it (``filled_by``, with ``fill_pending`` while the fill
is still to come) or that no CMS has a source for it (``source: none``).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import yaml

from ssd_bridge.dialects.base import IDENTIFIER
from ssd_bridge.errors import TemplateError
from ssd_bridge.model.cms import CMS_NAMES

MODEL_DIR = Path(__file__).parent
LOGICAL_TYPES = {"nvarchar", "nchar", "ntext", "datetime", "int", "bigint", "float", "bit", "binary32"}
#: The last character of a CMS text value that was longer than its SSD column and was cut to fit
#: (the refill's fit macro writes it; extract's validation holds back any record carrying one).
CUT_MARK = "\u2026"


@dataclass(frozen=True)
class Column:
    """One column of a model table."""

    name: str
    type: str
    length: int | None = None
    nullable: bool = True
    identity: bool = False
    default: str | int | None = None
    default_now: bool = False
    item_ref: str | None = None


@dataclass(frozen=True)
class Index:
    """A non-unique index on one or more columns."""

    name: str
    columns: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    """One table: columns in creation order, primary key, indexes, and the CMSs that fill it."""

    name: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...]
    indexes: tuple[Index, ...] = ()
    #: The CMSs that have a source for this table (empty: created empty, filled by the LA).
    filled_by: tuple[str, ...] = ()
    #: The CMSs among those whose fill is still to come: for them the table is created empty for now.
    fill_pending: tuple[str, ...] = ()

    def is_filled_by(self, cms: str) -> bool:
        """True when the deployment for ``cms`` refills this table from the CMS."""
        return cms in self.filled_by and cms not in self.fill_pending

    def column(self, name: str) -> Column:
        """Return the column called ``name``."""
        for col in self.columns:
            if col.name == name:
                return col
        raise KeyError(f"{self.name} has no column {name}")

    @property
    def column_names(self) -> tuple[str, ...]:
        """The column names in creation order."""
        return tuple(c.name for c in self.columns)


@functools.cache
def load_tables(part: str) -> tuple[Table, ...]:
    """Load the tables of ``part``: 'ssd' (the 19 API tables) or 'addon' (bridge-owned)."""
    path = MODEL_DIR / f"{part}_tables.yaml"
    if not path.is_file():
        raise TemplateError(f"no data model for part {part!r} ({path.name} is missing).")
    # libyaml's loader when PyYAML has it: the pure-Python one takes most of a second for the model.
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    tables = tuple(_table(t, path.name, needs_source=part == "ssd") for t in data["tables"])
    names = [t.name for t in tables]
    if len(set(names)) != len(names):
        raise TemplateError(f"{path.name} lists a table twice.")
    return tables


def get_table(name: str) -> Table:
    """Return a model table from either part by name."""
    for part in ("ssd", "addon"):
        for table in load_tables(part):
            if table.name == name:
                return table
    raise KeyError(f"no table {name} in the data model")


def _table(raw: dict, source: str, needs_source: bool) -> Table:
    name = _checked(raw["name"], source)
    columns = tuple(_column(c, f"{source}: {name}") for c in raw["columns"])
    names = {c.name for c in columns}
    if len(names) != len(columns):
        raise TemplateError(f"{source}: table {name} lists a column twice.")
    pk = tuple(raw.get("primary_key") or ())
    indexes = []
    for idx in raw.get("indexes") or ():
        cols = tuple(idx["columns"])
        for col in (*cols, *pk):
            if col not in names:
                raise TemplateError(f"{source}: table {name} has a key or index on unknown column {col}.")
        indexes.append(Index(_checked(idx.get("name") or f"ix_{name}_{'_'.join(cols)}"[:63], source), cols))
    filled_by, pending = _filled_by(raw, f"{source}: table {name}", needs_source)
    return Table(name, columns, pk, tuple(indexes), filled_by, pending)


def _filled_by(raw: dict, where: str, needs_source: bool) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """``filled_by`` and ``fill_pending``, checked: an SSD table names its CMSs or says ``source: none``."""
    filled_by = tuple(raw.get("filled_by") or ())
    pending = tuple(raw.get("fill_pending") or ())
    unknown = [cms for cms in filled_by if cms not in CMS_NAMES]
    if unknown:
        raise TemplateError(f"{where} is filled by an unknown CMS: {', '.join(unknown)}.")
    says_none = raw.get("source") == "none"
    if needs_source and bool(filled_by) == says_none:
        raise TemplateError(f"{where} must have either filled_by (a list of CMSs) or source: none.")
    if not set(pending) <= set(filled_by):
        raise TemplateError(f"{where} has fill_pending for a CMS that is not in filled_by.")
    return filled_by, pending


def _column(raw: dict, where: str) -> Column:
    col = Column(
        name=_checked(raw["name"], where),
        type=raw["type"],
        length=raw.get("length"),
        nullable=raw.get("nullable", True),
        identity=raw.get("identity", False),
        default=raw.get("default"),
        default_now=raw.get("default_now", False),
        item_ref=raw.get("item_ref"),
    )
    if col.type not in LOGICAL_TYPES:
        raise TemplateError(f"{where}: column {col.name} has unknown type {col.type!r}.")
    if col.type in ("nvarchar", "nchar") and not col.length:
        raise TemplateError(f"{where}: column {col.name} of type {col.type} needs a length.")
    return col


def _checked(name: str, where: str) -> str:
    if not isinstance(name, str) or not IDENTIFIER.match(name):
        raise TemplateError(f"{where}: {name!r} is not a valid identifier.")
    return name
