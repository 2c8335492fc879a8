"""Read the SSD tables a chunk of children at a time, with plain parameterised SELECTs.

Children are paged by ``pers_person_id`` (keyset paging with ``OFFSET 0 ROWS FETCH NEXT n
ROWS ONLY``, which PostgreSQL and SQL Server 2012+ both accept), and every other table is read
for the same id range with ``BETWEEN ? AND ?`` on its person column, which the SSD indexes.
Range bounds come from the database's own ordering, so its collation decides membership and
Python never compares ids itself. Rows of people outside the page (there are none in a
consistent SSD, but a range can hold ids the person table lacks) are ignored.

No dialect-specific SQL, no FOR JSON: identifiers come from the data model and are quoted by
the dialect; values are bound. Memory holds one chunk at a time.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, field
from typing import Any

from ssd_bridge.db import Database
from ssd_bridge.model import get_table

log = logging.getLogger(__name__)

CHUNK_SIZE = 2000

PERSON_COLUMNS = (
    "pers_person_id", "pers_legacy_id", "pers_upn", "pers_upn_unknown", "pers_forename", "pers_surname",
    "pers_sex", "pers_ethnicity", "pers_dob", "pers_expected_dob",
)


@dataclass(frozen=True)
class Source:
    """One SELECT per chunk: ``table`` filtered on ``person`` (optionally joined to a second table)."""

    name: str
    table: str
    person: str
    columns: tuple[str, ...]
    join: tuple[str, str, str] | None = None  # (table, its column, our column): INNER JOIN
    join_columns: tuple[str, ...] = ()
    # When the person column lives on the joined table instead (child rows with no person id).
    person_on_join: bool = False


SOURCES: tuple[Source, ...] = (
    Source("linked", "ssd_linked_identifiers", "link_person_id",
           ("link_table_id", "link_identifier_type", "link_identifier_value", "link_valid_from_date")),
    Source("disabilities", "ssd_disability", "disa_person_id", ("disa_table_id", "disa_disability_code")),
    Source("addresses", "ssd_address", "addr_person_id",
           ("addr_table_id", "addr_address_start_date", "addr_address_end_date", "addr_address_postcode")),
    Source("immigration", "ssd_immigration_status", "immi_person_id",
           ("immi_immigration_status_id", "immi_immigration_status", "immi_immigration_status_start_date",
            "immi_immigration_status_end_date")),
    Source("sdq", "ssd_sdq_scores", "csdq_person_id", ("csdq_table_id", "csdq_sdq_completed_date", "csdq_sdq_score")),
    Source("episodes", "ssd_cin_episodes", "cine_person_id",
           ("cine_referral_id", "cine_referral_date", "cine_referral_source_code", "cine_referral_nfa",
            "cine_close_reason", "cine_close_date")),
    Source("involvements", "ssd_involvements", "invo_person_id",
           ("invo_involvements_id", "invo_referral_id", "invo_professional_role_id",
            "invo_involvement_start_date", "invo_involvement_end_date"),
           join=("ssd_professionals", "prof_professional_id", "invo_professional_id"),
           join_columns=("prof_social_worker_registration_no", "prof_staff_id")),
    Source("assessments", "ssd_cin_assessments", "cina_person_id",
           ("cina_assessment_id", "cina_referral_id", "cina_assessment_start_date", "cina_assessment_auth_date")),
    Source("factors", "ssd_assessment_factors", "cina_person_id",
           ("cinf_table_id", "cinf_assessment_id", "cinf_assessment_factors_json"),
           join=("ssd_cin_assessments", "cina_assessment_id", "cinf_assessment_id"), person_on_join=True),
    Source("cin_plans", "ssd_cin_plans", "cinp_person_id",
           ("cinp_cin_plan_id", "cinp_referral_id", "cinp_cin_plan_start_date", "cinp_cin_plan_end_date")),
    Source("s47", "ssd_s47_enquiry", "s47e_person_id",
           ("s47e_s47_enquiry_id", "s47e_referral_id", "s47e_s47_start_date", "s47e_s47_end_date",
            "s47e_s47_outcome_json")),
    Source("icpc", "ssd_initial_cp_conference", "s47e_person_id",
           ("icpc_icpc_id", "icpc_s47_enquiry_id", "icpc_icpc_date"),
           join=("ssd_s47_enquiry", "s47e_s47_enquiry_id", "icpc_s47_enquiry_id"), person_on_join=True),
    Source("cp_plans", "ssd_cp_plans", "cppl_person_id",
           ("cppl_cp_plan_id", "cppl_referral_id", "cppl_cp_plan_start_date", "cppl_cp_plan_end_date")),
    Source("cla_episodes", "ssd_cla_episodes", "clae_person_id",
           ("clae_cla_episode_id", "clae_cla_id", "clae_referral_id", "clae_cla_placement_id",
            "clae_cla_episode_start_date", "clae_cla_episode_start_reason", "clae_cla_episode_ceased_date",
            "clae_cla_episode_ceased_reason")),
    Source("placements", "ssd_cla_placement", "clap_person_id",
           ("clap_cla_placement_id", "clap_cla_id", "clap_cla_placement_start_date", "clap_cla_placement_type",
            "clap_cla_placement_postcode", "clap_cla_placement_end_date", "clap_cla_placement_change_reason")),
    Source("permanence", "ssd_permanence", "perm_person_id",
           ("perm_table_id", "perm_cla_id", "perm_adm_decision_date", "perm_matched_date",
            "perm_placed_for_adoption_date")),
    Source("care_leavers", "ssd_care_leavers", "clea_person_id",
           ("clea_table_id", "clea_care_leaver_latest_contact", "clea_care_leaver_activity",
            "clea_care_leaver_accommodation")),
)




def tables_read() -> frozenset[str]:
    """Every SSD table the DfE child record reads: ssd_person and each source's table and join."""
    names = {"ssd_person"}
    for source in SOURCES:
        names.add(source.table)
        if source.join is not None:
            names.add(source.join[0])
    return frozenset(names)


@dataclass
class ChildRows:
    """Everything the SSD holds about one child, as dicts keyed by SSD column name."""

    person: dict
    rows: dict[str, list[dict]] = field(default_factory=lambda: defaultdict(list))

    @property
    def person_id(self) -> str:
        """The SSD person id (``pers_person_id``)."""
        return self.person["pers_person_id"]


@dataclass
class Chunk:
    """One page of children and the id range it covers: ``after`` < person_id <= ``upto``.

    The ranges of successive chunks touch, so together they cover every id up to the last
    ``upto`` (the tracking side uses them to find rows whose child has gone).
    """

    children: list[ChildRows]
    after: str | None
    upto: str


@dataclass
class Page:
    """One page of person rows (``PERSON_COLUMNS`` tuples, in id order) after ``after``."""

    people: list[tuple]
    after: str | None

    @property
    def ids(self) -> list[str]:
        """The person ids of the page, in order."""
        return [row[0] for row in self.people]

    @property
    def low(self) -> str:
        """The first person id of the page."""
        return self.people[0][0]

    @property
    def upto(self) -> str:
        """The last person id of the page."""
        return self.people[-1][0]


#: Id-list sizes of a read of some children only: lists are padded to one of them, so a few
#: statement shapes serve every chunk (both dialects accept far more than the largest).
_ID_BATCHES = (16, 128, 512)


class Reader:
    """The per-chunk reads: pages of people, then their rows from every source, by key."""

    def __init__(self, db: Database, chunk_size: int = CHUNK_SIZE) -> None:
        self.db = db
        self.first_page, self.next_page = _person_sql(db, chunk_size)
        self.by_range = {source.name: _source_sql(db, source) for source in SOURCES}
        self._by_ids: dict[tuple[str, int], str] = {}

    def pages(self) -> Iterator[Page]:
        """Every SSD person, a page at a time, in id order (keyset paging)."""
        last: str | None = None
        while True:
            db = self.db
            page = db.query_all(self.next_page, (last,)) if last is not None else db.query_all(self.first_page)
            if not page:
                return
            yield Page(page, last)
            last = page[-1][0]

    def children(self, page: Page, only: Collection[str] | None = None) -> list[ChildRows]:
        """The page's children with their rows; with ``only``, just those children (read by id)."""
        people = page.people if only is None else [row for row in page.people if row[0] in only]
        as_person = _PERSON_ROW
        children = {row[0]: ChildRows(as_person(row)) for row in people}
        if not children:
            return []
        if only is None or len(children) * 4 > len(page.people):
            self._fill(children, self.by_range, [(page.low, page.upto)])
        else:
            ids = list(children)
            for at in range(0, len(ids), _ID_BATCHES[-1]):
                batch = ids[at:at + _ID_BATCHES[-1]]
                size = next(n for n in _ID_BATCHES if n >= len(batch))
                self._fill(children, self._id_statements(size), [tuple(batch + batch[-1:] * (size - len(batch)))])
        return list(children.values())

    def _id_statements(self, size: int) -> dict[str, str]:
        statements = {}
        for source in SOURCES:
            key = (source.name, size)
            if key not in self._by_ids:
                self._by_ids[key] = _source_sql(self.db, source, size)
            statements[source.name] = self._by_ids[key]
        return statements

    def _fill(self, children: dict[str, ChildRows], statements: dict[str, str], params: list[tuple]) -> None:
        query_all = self.db.query_all
        for source in SOURCES:
            sql, add = statements[source.name], _SOURCE_ROWS[source.name]
            for bound in params:
                add(query_all(sql, bound), children)


def _row_reader(names: tuple[str, ...], skip: int) -> Callable[[tuple], dict[str, Any]]:
    """A function making the dict {names[i]: row[skip + i]} of a row that holds exactly those values.

    Written out as one dict display (``{'a': row[1], 'b': row[2]}``), which builds the dict about
    three times faster than ``dict(zip(...))``: the extract makes one for each of a night's SSD rows.
    The names are our data model's column names, never input.
    """
    width = skip + len(names)
    pairs = ", ".join(f"{name!r}: row[{skip + i}]" for i, name in enumerate(names))
    code = (f"def read(row):\n"
            f"    if len(row) != {width}: raise ValueError(f'expected {width} values, got {{len(row)}}')\n"
            f"    return {{{pairs}}}\n")
    namespace: dict[str, Any] = {}
    exec(compile(code, f"<row reader {names[0]}>", "exec"), namespace)  # noqa: S102 - generated from model names
    read: Callable[[tuple], dict[str, Any]] = namespace["read"]
    return read


def _rows_adder(source: Source) -> Callable[[list[tuple], dict[str, ChildRows]], None]:
    """A function adding a source's rows (person id first) to the children they belong to.

    Rows of people outside the page are ignored (there are none in a consistent SSD, but a range
    can hold ids the person table lacks).
    """
    read, key = _row_reader((*source.columns, *source.join_columns), 1), source.name

    def add(rows: list[tuple], children: dict[str, ChildRows]) -> None:
        for row in rows:
            child = children.get(row[0])
            if child is not None:
                child.rows[key].append(read(row))

    return add


_PERSON_ROW = _row_reader(PERSON_COLUMNS, 0)
_SOURCE_ROWS = {source.name: _rows_adder(source) for source in SOURCES}


def iter_children(db: Database, chunk_size: int = CHUNK_SIZE) -> Iterator[Chunk]:
    """Yield every SSD person with their rows, ``chunk_size`` children at a time, in id order."""
    reader = Reader(db, chunk_size)
    for page in reader.pages():
        yield Chunk(reader.children(page), page.after, page.upto)


def _person_sql(db: Database, chunk_size: int) -> tuple[str, str]:
    table = get_table("ssd_person")
    q = db.dialect.quote_ident
    columns = ", ".join(q(table.column(c).name) for c in PERSON_COLUMNS)
    key = q("pers_person_id")
    # chunk_size is our own integer, not input: FETCH NEXT takes a literal on both dialects.
    tail = f"ORDER BY {key} OFFSET 0 ROWS FETCH NEXT {int(chunk_size)} ROWS ONLY"
    base = f"SELECT {columns} FROM {db.table(table.name)}"
    return f"{base} {tail}", f"{base} WHERE {key} > ? {tail}"


def _source_sql(db: Database, source: Source, ids: int = 0) -> str:
    """The SELECT of one source for a person id range (two ``?``), or for ``ids`` person ids."""
    q = db.dialect.quote_ident
    table = get_table(source.table)
    for name in source.columns:
        table.column(name)  # KeyError here means the model and this list disagree
    if source.join is None:
        person = f"t.{q(table.column(source.person).name)}"
        cols = ", ".join(f"t.{q(c)}" for c in source.columns)
        return f"SELECT {person}, {cols} FROM {db.table(table.name)} t WHERE {_match(person, ids)}"
    join_table, join_col, our_col = source.join
    joined = get_table(join_table)
    person_alias = "j" if source.person_on_join else "t"
    person = f"{person_alias}.{q((joined if source.person_on_join else table).column(source.person).name)}"
    cols = ", ".join([*(f"t.{q(c)}" for c in source.columns),
                      *(f"j.{q(joined.column(c).name)}" for c in source.join_columns)])
    return (f"SELECT {person}, {cols} FROM {db.table(table.name)} t "
            f"JOIN {db.table(joined.name)} j ON j.{q(joined.column(join_col).name)} = t.{q(table.column(our_col).name)} "
            f"WHERE {_match(person, ids)}")


def _match(person: str, ids: int) -> str:
    return f"{person} IN ({', '.join('?' * ids)})" if ids else f"{person} BETWEEN ? AND ?"
