"""The SSD schema model: tables, columns, logical types, keys and indexes, loaded from YAML.

Logical types: ``nvarchar`` and ``nchar`` (with ``length``), ``ntext`` (unbounded text),
``datetime``, ``int``, ``bigint``, ``float``, ``bit`` and ``binary32`` (a SHA-256 digest).
Each dialect maps them in ``ssd_bridge/dialects``. Every identifier is checked when the
model loads, so templates can quote names without further checks.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from ssd_bridge.errors import TemplateError

MODEL_DIR = Path(__file__).parent
LOGICAL_TYPES = {"nvarchar", "nchar", "ntext", "datetime", "int", "bigint", "float", "bit", "binary32"}
#: The last character of a CMS text value that was longer than its SSD column and was cut to fit
#: (the refill's fit macro writes it; extract's validation holds back any record carrying one).
CUT_MARK = "\u2026"
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


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
    """One table: columns in creation order, primary key, indexes."""

    name: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...]
    indexes: tuple[Index, ...] = ()

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
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return tuple(_table(t, path.name) for t in data["tables"])


def get_table(name: str) -> Table:
    """Return a model table from either part by name."""
    for part in ("ssd", "addon"):
        for table in load_tables(part):
            if table.name == name:
                return table
    raise KeyError(f"no table {name} in the data model")


def _table(raw: dict, source: str) -> Table:
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
    return Table(name, columns, pk, tuple(indexes))


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
    if not isinstance(name, str) or not _NAME.match(name):
        raise TemplateError(f"{where}: {name!r} is not a valid identifier.")
    return name
