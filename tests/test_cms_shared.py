"""The macros every CMS fill shares (sql_templates/cms/_shared/lib.sql) and the conventions of the CMS folders."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import psycopg
import pytest

from ssd_bridge.dialects import get_dialect
from ssd_bridge.errors import TemplateError
from ssd_bridge.model.cms import CMS_NAMES
from ssd_bridge.sql.render import (
    RenderOptions,
    prepare_environment,
    render_deployment,
    template_dir,
)

CMS_DIR = template_dir() / "cms"
IMPORT = re.compile(r'\{% import "([^"]+)" as (\w+) with context %\}')


def render_snippet(text: str, cms: str = "mosaic", **values: Any) -> str:
    """``text`` rendered as a fill template of ``cms`` would be (postgres), after importing the shared macros."""
    env, context = prepare_environment(RenderOptions(cms=cms, dialect="postgres", part="ssd"), get_dialect("postgres"))
    source = '{% import "cms/_shared/lib.sql" as shared with context %}' + text
    return env.from_string(source).render({**context, **values})


# Person 1's referrals: A [2020-01-01, 2020-06-30], B [2020-03-01, open], C [2021-01-01, 2021-02-01]
REFERRALS = [("A", 1, date(2020, 1, 1), date(2020, 6, 30)), ("B", 1, date(2020, 3, 1), None),
             ("C", 1, date(2021, 1, 1), date(2021, 2, 1))]
# event, person, date, end of the event's period
EVENTS = [("e1", 1, date(2020, 4, 1), date(2021, 1, 10)), ("e2", 1, date(2020, 12, 1), date(2020, 12, 2)),
          ("e3", 1, date(2021, 1, 15), date(2021, 1, 16)), ("e4", 1, date(2019, 6, 1), date(2019, 7, 1))]
PERIOD = ("ev.event_date", "ev.period_end")


@pytest.mark.postgres
@pytest.mark.parametrize(("rule", "on", "expected"), [
    ("latest_started_by", "ev.event_date", {"e1": "B", "e2": "B", "e3": "C"}),
    ("latest_covering", "ev.event_date", {"e1": "B", "e2": "B", "e3": "C"}),
    ("earliest_covering", "ev.event_date", {"e1": "A", "e2": "B", "e3": "B"}),
    ("latest_overlapping", PERIOD, {"e1": "C", "e2": "B", "e3": "C"}),
    ("earliest_overlapping", PERIOD, {"e1": "A", "e2": "B", "e3": "B"}),
])
def test_referral_on_date_picks_by_the_rule_it_is_given(pg_server, pg_schema, rule, on, expected) -> None:  # type: ignore[no-untyped-def]
    with psycopg.connect(pg_server.uri, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{pg_schema}"')
        conn.execute(f'CREATE TABLE "{pg_schema}".refs (ref_id TEXT, person_id INT, start_date DATE, end_date DATE)')
        conn.execute(f'CREATE TABLE "{pg_schema}".events (event_key TEXT, person_id INT, event_date DATE, '
                     'period_end DATE)')
        with conn.cursor() as cur:
            cur.executemany(f'INSERT INTO "{pg_schema}".refs VALUES (%s, %s, %s, %s)', REFERRALS)
            cur.executemany(f'INSERT INTO "{pg_schema}".events VALUES (%s, %s, %s, %s)', EVENTS)
        referrals = {"rows": lambda: f'"{pg_schema}".refs ref', "person": "person_id", "start": "start_date",
                     "end": "end_date", "key": "ref_id", "id": "ref.ref_id"}
        sql = render_snippet(
            'WITH events AS (SELECT * FROM "' + pg_schema + '".events), '
            '{{ shared.referral_on_date("picked", "events", ["event_key"], referrals, rule, on=on) }} '
            "SELECT event_key, referral_id FROM picked", referrals=referrals, rule=rule, on=on)
        picked = dict(conn.execute(sql).fetchall())
    assert picked == expected  # e4 is before every referral: no row


def test_an_unknown_referral_rule_is_refused() -> None:
    referrals = {"rows": lambda: "refs ref", "person": "p", "start": "s", "end": "e", "key": "k", "id": "ref.k"}
    with pytest.raises(TemplateError, match="unknown referral rule newest_touching"):
        render_snippet('{{ shared.referral_on_date("x", "events", ["event_key"], referrals, "newest_touching") }}',
                       referrals=referrals)


@pytest.mark.parametrize(("value", "kind", "message"), [
    ("A1,A2", "list", "source.params.codes must be a list"),
    ({"A": 1}, "list", "source.params.codes must be a list"),
    (5, "list", "source.params.codes must be a list"),
    (["A1"], "mapping", "source.params.codes must be a mapping"),
    ([], "not_empty", "source.params.codes is empty"),
])
def test_check_param_stops_on_the_wrong_shape_and_names_the_cms_guide(value: Any, kind: str, message: str) -> None:
    with pytest.raises(TemplateError, match=message) as failure:
        render_snippet('{{ shared.check_param("codes", value, kind) }}', cms="liquid_logic", value=value, kind=kind)
    assert "examples/cms/liquid_logic.md" in failure.value.message


@pytest.mark.parametrize(("value", "kind"), [(["A1"], "list"), ((1, 2), "list"), ({"a": "b"}, "mapping"),
                                             ([1], "not_empty")])
def test_check_param_renders_nothing_for_a_good_value(value: Any, kind: str) -> None:
    assert render_snippet('{{ shared.check_param("codes", value, kind) }}', value=value, kind=kind) == ""


def test_eclipse_classification_ids_must_not_all_be_empty() -> None:
    with pytest.raises(TemplateError, match="source.params.disability_path_ids is empty"):
        render_deployment(RenderOptions(cms="eclipse", params={"disability_path_ids": []}))


def test_window_and_cohort_filters_use_the_history_years() -> None:
    text = render_snippet('{{ shared.open_in_window("x.END") }} | {{ shared.in_ssd_person(schema, "x.PID") }}')
    assert text == ("(x.END IS NULL OR x.END >= (CURRENT_DATE - INTERVAL '6 years')) | "
                    'EXISTS (SELECT 1 FROM "ssd"."ssd_person" sp WHERE sp.pers_person_id = CAST(x.PID AS VARCHAR(48)))')


@pytest.mark.parametrize("cms", CMS_NAMES)
def test_every_cms_folder_follows_one_convention(cms: str) -> None:
    """One helper file name, one import style, and nothing copied from the shared macros."""
    folder = CMS_DIR / cms
    assert sorted(p.name for p in folder.iterdir() if p.name.startswith("_")) == ["_lib.sql"]
    shared_macros = set(re.findall(r"\{% macro (\w+)\(", (CMS_DIR / "_shared" / "lib.sql").read_text()))
    lib_macros = set(re.findall(r"\{% macro (\w+)\(", (folder / "_lib.sql").read_text()))
    assert not shared_macros & lib_macros
    for path in sorted(folder.glob("ssd_*.sql")):
        text = path.read_text(encoding="utf-8")
        assert "{% from " not in text, path.name
        for target, alias in IMPORT.findall(text):
            assert (target, alias) in {("cms/_shared/lib.sql", "shared"), (f"cms/{cms}/_lib.sql", "lib")}, path.name
        assert "window_start" not in text, path.name


def test_no_template_points_at_files_outside_the_product() -> None:
    pattern = re.compile(r"\.\./shared|DESIGN\.md|STYLE\.md|§|operations guide", re.IGNORECASE)
    found = [f"{p.relative_to(template_dir())}: {m.group(0)}" for p in sorted(Path(template_dir()).rglob("*"))
             if p.is_file() for m in pattern.finditer(p.read_text(encoding="utf-8"))]
    assert found == []
