"""The report's statements are plain SQL: the same text in both dialects apart from quoting, and
the T-SQL rendering parses (PostgreSQL runs them for real in test_report.py)."""

from __future__ import annotations

import datetime as dt
import re

from ssd_bridge.record.cohort import reporting_window
from ssd_bridge.report.coverage import columns_read, coverage_sql
from ssd_bridge.report.fields import JSON_PATH, normalised, ssd_source
from ssd_bridge.report.measures import HEADLINES, headline_flags, months
from ssd_bridge.report.reconciliation import joined_sql
from ssd_bridge.tracking.reporting import reporting_statements
from tests.helpers import unconnected
from tests.script_pieces import unparsable

WINDOW = reporting_window(dt.date(2026, 2, 10))


def statements(label: str) -> list[str]:
    db = unconnected(label)
    sql, params = joined_sql(db, WINDOW, ["U", "UASC"])
    assert sql.count("?") == len(params)
    return [sql, joined_sql(db, WINDOW, [])[0], *reporting_statements(db),
            *(coverage_sql(db, table, columns) for table, columns in sorted(columns_read().items()))]


def test_same_statements_in_both_dialects_apart_from_quoting() -> None:
    def neutral(sql: str) -> str:
        return re.sub(r'[\[\]"]', "", sql)

    assert [neutral(s) for s in statements("tsql")] == [neutral(s) for s in statements("postgres")]
    for sql in statements("postgres"):
        assert not re.search(r"\b(LIMIT|TOP|ILIKE|RETURNING|JSONB?)\b|::", sql, re.IGNORECASE)


def test_tsql_rendering_parses() -> None:
    assert unparsable(";\n".join(statements("tsql")).replace("?", "@p") + ";\n") == ()


def test_every_column_the_record_reads_is_covered_and_mapped_fields_exist() -> None:
    read = columns_read()
    assert "pers_upn" in read["ssd_person"] and "prof_social_worker_registration_no" in read["ssd_professionals"]
    assert ssd_source("$.social_care_episodes[2].child_protection_plans[0].end_date") == \
        ("ssd_cp_plans", "cppl_cp_plan_end_date")
    assert ssd_source("$.child_details.disabilities[1]") == ("ssd_disability", "disa_disability_code")
    assert normalised("$.a[12].b[0]") == "$.a[].b[]"
    # Only JSON paths are taken from DfE's answer, never the words or values around them.
    assert JSON_PATH.findall("HTTP 400: [3] $.child_details.surname: 'Smith' is not allowed") == \
        ["$.child_details.surname"]


def test_columns_a_cms_fill_leaves_empty_come_from_its_templates() -> None:
    from ssd_bridge.sql.render import RenderOptions
    from ssd_bridge.sql.sources import unfilled_columns

    mosaic = unfilled_columns(RenderOptions(cms="mosaic"))
    assert "prof_social_worker_registration_no" in mosaic["ssd_professionals"]  # no SWE number in the data mart
    assert "pers_legacy_id" in mosaic["ssd_person"] and "pers_upn" not in mosaic["ssd_person"]
    eclipse = unfilled_columns(RenderOptions(cms="eclipse", dialect="tsql"))
    assert "perm_matched_date" in eclipse["ssd_permanence"] and "ssd_cin_episodes" not in eclipse


def test_headlines_as_at_the_run_date() -> None:
    record = {"child_details": {"uasc_flag": True, "uasc_end_date": "2026-02-09"}, "social_care_episodes": [
        {"referral_date": "2025-05-01", "child_protection_plans": [{"start_date": "2026-02-10"}],
         "child_looked_after_placements": [{"start_date": "2025-06-01", "end_date": "2026-02-10"}],
         "care_leavers": {"contact_date": "2024-04-01"}, "adoption": {"placed_date": "2026-02-12"}},
        {"referral_date": "2026-02-11"}]}
    flags = headline_flags(record, WINDOW)
    # Open on 10 Feb (CIN, CP starting that day, placement ending that day); UASC ended the day
    # before; the contact is in the window; placed for adoption after the window's end (11 Feb).
    assert flags == {"children_in_need", "child_protection", "looked_after", "care_leavers"}
    assert [key for key, _ in HEADLINES][0] == "children_in_need"
    assert months(WINDOW)[0] == "2023-04" and months(WINDOW)[-1] == "2026-02"
