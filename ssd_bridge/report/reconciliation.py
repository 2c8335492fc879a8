"""Reconciliation: the headline counts computed from the SSD tables beside what DfE holds.

One streamed query joins a row per SSD person (a flag per headline, the same tests as
``measures.headline_flags`` written as SQL) to the child's live tracking row, so each
difference is put down to its cause one child at a time, with memory flat in the number of
children: held back as invalid, rejected by DfE, not yet sent, outside the window (not in
the reporting cohort), or counted differently (DfE's copy says otherwise, e.g. a plan not
linked to an episode of the window).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from ssd_bridge.db import Database
from ssd_bridge.model import get_table
from ssd_bridge.record.cohort import Window
from ssd_bridge.record.payload import is_uasc
from ssd_bridge.report.measures import HEADLINES
from ssd_bridge.tracking.names import DELETED, ERROR, INVALID, PENDING, WITHDRAWN
from ssd_bridge.tracking.reporting import LIVE_COLUMNS, live_rows_sql

CAUSES: tuple[tuple[str, str], ...] = (
    ("invalid", "held back as invalid (fails DfE's rules here)"),
    ("rejected", "rejected by DfE"),
    ("not_sent", "not yet sent"),
    ("outside_window", "outside the window (not in the reporting cohort)"),
    ("counted_differently", "counted differently (DfE's copy of the record says otherwise)"),
)


@dataclass
class Reconciliation:
    """Per headline: the SSD count, DfE's count, and the children behind the difference by cause."""

    ssd: Counter[str] = field(default_factory=Counter)
    dfe: Counter[str] = field(default_factory=Counter)
    ssd_only: dict[str, Counter[str]] = field(default_factory=dict)  # headline -> cause -> children
    dfe_only: dict[str, Counter[str]] = field(default_factory=dict)

    def add(self, ssd_flags: set[str], held_flags: set[str], status: str | None, state: str | None,
            in_ssd: bool) -> None:
        """Count one child: its SSD flags, the flags of DfE's copy and its tracking row's status."""
        for key in ssd_flags:
            self.ssd[key] += 1
        for key in held_flags:
            self.dfe[key] += 1
        for key in ssd_flags - held_flags:
            self.ssd_only.setdefault(key, Counter())[_cause(status, state, in_ssd)] += 1
        for key in held_flags - ssd_flags:
            self.dfe_only.setdefault(key, Counter())[_cause(status, state, in_ssd)] += 1

    def rows(self) -> list[dict[str, Any]]:
        """One row per headline: SSD, DfE, difference, and per cause (SSD only, DfE only)."""
        result = []
        for key, label in HEADLINES:
            ssd_only, dfe_only = self.ssd_only.get(key, Counter()), self.dfe_only.get(key, Counter())
            result.append({
                "key": key, "label": label, "ssd": self.ssd[key], "dfe": self.dfe[key],
                "difference": self.ssd[key] - self.dfe[key],
                "causes": {cause: {"ssd_only": ssd_only[cause], "dfe_only": dfe_only[cause]}
                           for cause, _ in CAUSES if ssd_only[cause] or dfe_only[cause]},
            })
        return result


def _cause(status: str | None, state: str | None, in_ssd: bool) -> str:
    """Why a child counts on one side only, from its tracking row."""
    if status is None or state == DELETED or status == WITHDRAWN or not in_ssd:
        return "outside_window" if status not in (PENDING, INVALID, ERROR) else _by_status(status)
    return _by_status(status)


def _by_status(status: str) -> str:
    return {INVALID: "invalid", ERROR: "rejected", PENDING: "not_sent"}.get(status, "counted_differently")


def joined_sql(db: Database, window: Window, uasc_values: list[str]) -> tuple[str, list[Any]]:
    """(SELECT, params): every SSD person and every live tracking row, joined on the person id.

    Columns: SSD person id, one 0/1 flag per headline, then ``tracking.reporting.LIVE_COLUMNS``.
    """
    q = db.dialect.quote_ident
    as_of, next_day = window.as_of, window.as_of + dt.timedelta(days=1)
    start, after_end = window.start, window.end + dt.timedelta(days=1)
    person = f"p.{q('pers_person_id')}"
    flags: list[tuple[str, str, list[Any]]] = []

    def exists(key: str, table: str, person_col: str, condition: str, params: list[Any]) -> None:
        get_table(table).column(person_col)
        flags.append((key, f"EXISTS (SELECT 1 FROM {db.table(table)} x WHERE x.{q(person_col)} = {person} "
                           f"AND {condition})", params))

    def open_on(start_col: str, end_col: str) -> str:
        return f"x.{q(start_col)} < ? AND (x.{q(end_col)} IS NULL OR x.{q(end_col)} >= ?)"

    def inside(col: str) -> str:
        return f"x.{q(col)} >= ? AND x.{q(col)} < ?"

    exists("children_in_need", "ssd_cin_episodes", "cine_person_id",
           open_on("cine_referral_date", "cine_close_date"), [next_day, as_of])
    exists("child_protection", "ssd_cp_plans", "cppl_person_id",
           open_on("cppl_cp_plan_start_date", "cppl_cp_plan_end_date"), [next_day, as_of])
    exists("looked_after", "ssd_cla_placement", "clap_person_id",
           open_on("clap_cla_placement_start_date", "clap_cla_placement_end_date"), [next_day, as_of])
    exists("care_leavers", "ssd_care_leavers", "clea_person_id", inside("clea_care_leaver_latest_contact"),
           [start, after_end])
    statuses = f"x.{q('immi_immigration_status')} IN ({', '.join(['?'] * len(uasc_values))})" if uasc_values \
        else "1 = 0"
    end = q("immi_immigration_status_end_date")
    exists("uasc", "ssd_immigration_status", "immi_person_id", f"{statuses} AND (x.{end} IS NULL OR x.{end} >= ?)",
           [*uasc_values, as_of])
    exists("adopted", "ssd_permanence", "perm_person_id", inside("perm_placed_for_adoption_date"),
           [start, after_end])
    columns = ", ".join(f"CASE WHEN {test} THEN 1 ELSE 0 END AS f{i}" for i, (_, test, _) in enumerate(flags))
    params = [value for _, _, values in flags for value in values]
    live, live_params = live_rows_sql(db)
    sql = (f"SELECT ssd.pid, ssd.{', ssd.'.join(f'f{i}' for i in range(len(flags)))}, "
           f"{', '.join(f's.c{i}' for i in range(len(LIVE_COLUMNS)))} FROM "
           f"(SELECT {person} AS pid, {columns} FROM {db.table('ssd_person')} p) ssd "
           f"FULL OUTER JOIN ({_aliased_select(live, len(LIVE_COLUMNS))}) s ON s.c0 = ssd.pid")
    return sql, [*params, *live_params]


def _aliased_select(select: str, count: int) -> str:
    """Wrap a SELECT so its columns are named c0..c(count-1)."""
    names = ", ".join(f"c{i}" for i in range(count))
    return f"SELECT * FROM ({select}) AS live ({names})"


def uasc_statuses(db: Database) -> list[str]:
    """The immigration status values that mean UASC, judged by the extract's own test."""
    q = db.dialect.quote_ident
    column = q("immi_immigration_status")
    rows = db.query_all(f"SELECT DISTINCT {column} FROM {db.table('ssd_immigration_status')} "
                        f"WHERE {column} IS NOT NULL")
    return sorted(str(value) for (value,) in rows if is_uasc(value))
