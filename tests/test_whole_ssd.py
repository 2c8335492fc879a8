"""The whole SSD (46 tables) or only the DfE feed's 19: choosing, creating, upgrading in place, refilling."""

from __future__ import annotations

import json
import re

import psycopg
import pytest

from ssd_bridge.errors import ConfigError, TemplateError
from ssd_bridge.model import load_tables
from ssd_bridge.model.cms import CMS_NAMES
from ssd_bridge.record.ssd_read import tables_read
from ssd_bridge.sql.deploy import deploy
from ssd_bridge.sql.render import RenderOptions, render_deployment, ssd_tables
from tests.helpers import run_cli

ALL = [t.name for t in load_tables("ssd")]
API = tables_read()
# The DDL template writes one '-- <table>' line before each SSD or add-on table it creates.
_CREATED = re.compile(r"^-- (ssd_\w+)$", re.MULTILINE)


def created(script: str) -> list[str]:
    return [name for name in _CREATED.findall(script) if name in ALL]


def counts(uri: str, schema: str, names: list[str]) -> dict[str, int]:
    with psycopg.connect(uri) as conn:
        return {n: conn.execute(f'SELECT COUNT(*) FROM "{schema}"."{n}"').fetchone()[0] for n in names}


def test_the_model_holds_46_tables_and_the_api_choice_is_what_the_record_reads():
    assert len(ALL) == 46 and len(set(ALL)) == 46
    assert len(API) == 19 and API <= set(ALL)
    assert [t.name for t in ssd_tables("api")] == [n for n in ALL if n in API]  # load order kept
    with pytest.raises(ConfigError, match="unknown choice of SSD tables"):
        ssd_tables("most")


def test_every_table_says_who_fills_it():
    for table in load_tables("ssd"):
        assert bool(table.filled_by) != (table.name in NO_SOURCE), table.name
        if table.name in API:
            assert table.filled_by == tuple(CMS_NAMES) and not table.fill_pending
    assert not any(t.is_filled_by("eclipse") for t in load_tables("ssd") if t.name == "ssd_cla_convictions")


NO_SOURCE = {"ssd_send", "ssd_sen_need", "ssd_ehcp_requests", "ssd_ehcp_assessment", "ssd_ehcp_named_plan",
             "ssd_ehcp_active_plans", "ssd_s251_finance", "ssd_voice_of_child", "ssd_pre_proceedings"}


@pytest.mark.parametrize("cms", CMS_NAMES)
def test_whole_ssd_is_the_default_and_tables_api_renders_exactly_the_19(cms):
    whole = render_deployment(RenderOptions(cms=cms, part="ssd"))
    api = render_deployment(RenderOptions(cms=cms, part="ssd", tables="api"))
    assert created(whole) == ALL
    assert sorted(created(api)) == sorted(API)
    refilled = set(re.findall(r"refilling (ssd_\w+)", whole))
    # Tables with no fill for this CMS (yet) are created but never refilled.
    assert refilled == {t.name for t in load_tables("ssd") if t.is_filled_by(cms)} and API <= refilled
    assert set(re.findall(r"refilling (ssd_\w+)", api)) == API


def test_a_table_marked_filled_without_its_template_is_a_clear_error(monkeypatch):
    import ssd_bridge.sql.render as render

    real = render.ssd_tables
    monkeypatch.setattr(render, "ssd_tables", lambda choice: tuple(
        t if t.name != "ssd_cla_convictions" else type(t)(t.name, t.columns, t.primary_key, t.indexes, ("eclipse",))
        for t in real(choice)))
    with pytest.raises(TemplateError, match="eclipse fill for ssd_cla_convictions is missing"):
        render_deployment(RenderOptions(cms="eclipse"))


def test_cli_render_tables_api_and_the_setting(clean_env):
    done = run_cli(["render", "--cms", "mosaic", "--part", "ssd", "--tables", "api"], cwd=clean_env)
    assert done.returncode == 0, done.stderr
    assert sorted(created(done.stdout)) == sorted(API)
    (clean_env / "ssd-bridge.yaml").write_text("cms: mosaic\nssd:\n  tables: api\n", encoding="utf-8")
    from_file = run_cli(["render", "--part", "ssd"], cwd=clean_env)
    assert from_file.returncode == 0 and sorted(created(from_file.stdout)) == sorted(API)
    overridden = run_cli(["render", "--part", "ssd", "--tables", "all"], cwd=clean_env)
    assert created(overridden.stdout) == ALL
    (clean_env / "ssd-bridge.yaml").write_text("cms: mosaic\nssd:\n  tables: most\n", encoding="utf-8")
    bad = run_cli(["render"], cwd=clean_env)
    assert bad.returncode == 2 and "ssd.tables" in bad.stderr and "Traceback" not in bad.stderr


@pytest.mark.postgres
def test_an_old_19_table_deployment_upgrades_in_place_keeping_its_rows(pg_server, pg_settings, pg_schema):
    from ssd_bridge.synth import synth

    settings = pg_settings.replace(source={"location": f"{pg_schema}_src"})
    synth(settings, children=30, seed=3)
    old = deploy(settings.replace(ssd={"tables": "api"}), part="all")
    assert set(old.tables_created) >= API and not set(old.tables_created) & (set(ALL) - API)
    before = counts(pg_server.uri, pg_schema, sorted(API))
    assert before["ssd_person"] == 30 and sum(before.values()) > 30
    with psycopg.connect(pg_server.uri) as conn:
        oid = conn.execute(f"SELECT '\"{pg_schema}\".ssd_person'::regclass::oid").fetchone()

    tables_only = deploy(settings, part="all", fill=False)
    assert sorted(tables_only.tables_created) == sorted(set(ALL) - API)
    assert {n: tables_only.row_counts[n] for n in API} == before  # nothing dropped, nothing emptied
    assert set(tables_only.row_counts) == set(ALL)

    whole = deploy(settings, part="all")
    assert not whole.changed_structure and whole.failed_tables == {}
    assert {n: whole.row_counts[n] for n in API} == before  # same sources, same rows
    filled = {t.name for t in load_tables("ssd") if t.is_filled_by(settings.cms)}
    assert all(whole.row_counts[n] == 0 for n in set(ALL) - API - filled)  # created empty
    assert not filled - API or sum(whole.row_counts[n] for n in filled - API) > 0  # filled from the sources
    with psycopg.connect(pg_server.uri, autocommit=True) as conn:
        assert conn.execute(f"SELECT '\"{pg_schema}\".ssd_person'::regclass::oid").fetchone() == oid
        conn.execute(f'DROP SCHEMA IF EXISTS "{pg_schema}_src" CASCADE')


@pytest.mark.postgres
def test_tables_d2i_created_with_fewer_columns_gain_the_missing_ones(pg_server, pg_settings, pg_schema):
    with psycopg.connect(pg_server.uri, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{pg_schema}"')
        conn.execute(f'CREATE TABLE "{pg_schema}".ssd_cla_reviews (clar_cla_review_id VARCHAR(48) PRIMARY KEY, '
                     "clar_cla_id VARCHAR(48), clar_cla_review_due_date TIMESTAMP, clar_cla_review_date TIMESTAMP, "
                     "clar_cla_review_cancelled CHAR(1), clar_cla_review_participation VARCHAR(100))")
        conn.execute(f"INSERT INTO \"{pg_schema}\".ssd_cla_reviews VALUES ('R1', 'C1', '2025-01-10', "
                     "'2025-01-12', 'N', 'PN1')")
        conn.execute(f'CREATE TABLE "{pg_schema}".ssd_pre_proceedings (prep_table_id VARCHAR(48) PRIMARY KEY, '
                     "prep_person_id VARCHAR(48))")
        conn.execute(f"INSERT INTO \"{pg_schema}\".ssd_pre_proceedings VALUES ('P1', '42')")
    result = deploy(pg_settings, part="ssd", fill=False)
    assert "ssd_cla_reviews.clar_cla_person_id" in result.columns_added
    assert {f"ssd_pre_proceedings.{c.name}" for c in load_tables("ssd")[ALL.index("ssd_pre_proceedings")].columns
            if c.name not in ("prep_table_id", "prep_person_id")} <= set(result.columns_added)
    assert "ssd_cla_reviews" not in result.tables_created and "ssd_pre_proceedings" not in result.tables_created
    assert result.row_counts["ssd_cla_reviews"] == result.row_counts["ssd_pre_proceedings"] == 1
    with psycopg.connect(pg_server.uri) as conn:
        row = conn.execute(f'SELECT clar_cla_review_id, clar_cla_review_participation, clar_cla_person_id '
                           f'FROM "{pg_schema}".ssd_cla_reviews').fetchone()
        indexes = {r[0] for r in conn.execute("SELECT indexname FROM pg_indexes WHERE schemaname = %s", (pg_schema,))}
    assert row == ("R1", "PN1", None)
    assert "ix_ssd_cla_reviews_clar_cla_person_id" in indexes
    again = deploy(pg_settings, part="ssd", fill=False)
    assert not again.changed_structure


@pytest.mark.postgres
def test_a_failed_refill_keeps_its_rows_and_the_other_tables_go_on(pg_server, pg_env, pg_schema, pg_settings):
    from ssd_bridge.synth import synth

    src = f"{pg_schema}_src"
    pg_env["SSD_BRIDGE_SOURCE_LOCATION"] = src
    synth(pg_settings.replace(source={"location": src}), children=30, seed=3)
    first = run_cli(["deploy", "--part", "ssd", "--json"], env=pg_env)
    assert first.returncode == 0, first.stderr
    before = json.loads(first.stdout)["row_counts"]
    assert before["ssd_disability"] > 0 and before["ssd_cin_episodes"] > 0
    with psycopg.connect(pg_server.uri, autocommit=True) as conn:
        # Every new row breaks this check; the rows already there are not re-validated (NOT VALID).
        conn.execute(f'ALTER TABLE "{pg_schema}".ssd_disability ADD CONSTRAINT refuse_new_rows '
                     "CHECK (disa_table_id IS NULL) NOT VALID")
        conn.execute(f'DELETE FROM "{pg_schema}".ssd_cin_episodes')  # refilled after ssd_disability
    second = run_cli(["deploy", "--part", "ssd", "--json"], env=pg_env)
    assert second.returncode == 1, second.stderr
    summary = json.loads(second.stdout)
    assert list(summary["failed_tables"]) == ["ssd_disability"]
    assert "refuse_new_rows" in summary["failed_tables"]["ssd_disability"]
    assert summary["row_counts"]["ssd_disability"] == before["ssd_disability"]
    assert summary["row_counts"]["ssd_cin_episodes"] == before["ssd_cin_episodes"]
    text = run_cli(["deploy", "--part", "ssd"], env=pg_env)
    assert text.returncode == 1 and "Traceback" not in text.stderr
    assert "Refill failed: ssd_disability kept its previous rows" in text.stderr
    assert "1 of the tables failed to refill: ssd_disability" in text.stderr
    with psycopg.connect(pg_server.uri, autocommit=True) as conn:
        conn.execute(f'DROP SCHEMA IF EXISTS "{src}" CASCADE')


@pytest.mark.postgres
def test_status_reports_rows_per_ssd_table(pg_settings):
    from ssd_bridge.runner import status

    deploy(pg_settings, part="all", fill=False)
    data = status(pg_settings)
    assert set(data["ssd_rows"]) == set(ALL) and set(data["ssd_rows"].values()) == {0}


@pytest.mark.postgres
def test_check_compat_checks_the_tables_being_deployed(pg_settings, pg_env):
    deploy(pg_settings.replace(ssd={"tables": "api"}), part="all", fill=False)

    def existing_tables_check(*tables: str) -> dict:
        done = run_cli(["check-compat", "--json", *tables], env=pg_env | {"SSD_BRIDGE_DFE_BASE_URL": ""})
        report = json.loads(done.stdout)
        return next(c for c in report["checks"] if c["name"] == "database.ssd_tables")

    assert "19 of 19 tables exist" in existing_tables_check("--tables", "api")["found"]
    assert "19 of 46 tables exist" in existing_tables_check()["found"]


def _doc_status(text: str, table: str) -> str:
    match = re.search(rf"^\| `{table}` \| ([^|]+)", text, re.MULTILINE)
    assert match, f"{table} is not listed"
    return match.group(1).strip()


@pytest.mark.parametrize("cms", CMS_NAMES)
def test_the_cms_guide_and_readme_list_every_table_as_the_model_says(cms):
    from pathlib import Path

    root = Path(__file__).parent.parent
    guide = (root / "examples" / "cms" / f"{cms}.md").read_text(encoding="utf-8").split("## Every SSD table", 1)[1]
    readme = (root / "README.md").read_text(encoding="utf-8").split("## The SSD tables", 1)[1]
    column = CMS_NAMES.index(cms)
    for table in load_tables("ssd"):
        status = _doc_status(guide, table.name)
        row = re.search(rf"^\| `{table.name}` \|(.+)\|$", readme, re.MULTILINE)
        assert row, f"README does not list {table.name}"
        in_readme = [cell.strip() for cell in row.group(1).split("|")][column]
        if table.is_filled_by(cms):
            assert status.startswith(("filled", "partly filled")), (table.name, status)
            assert in_readme in ("filled", "partly filled")
        elif cms in table.filled_by:
            assert status == "created, filled in a later release" and in_readme == "later release"
        else:
            assert status.startswith("empty:") and ("load" in status or "reserved" in status), (table.name, status)
            assert in_readme == "empty"


@pytest.mark.postgres
def test_run_refresh_ssd_names_a_failed_refill_and_exits_1(pg_server, pg_settings, pg_schema):
    from ssd_bridge.dfe.fake import FakeDfe
    from ssd_bridge.runner import run
    from ssd_bridge.synth import synth

    settings = pg_settings.replace(source={"location": f"{pg_schema}_src"}, environment="test")
    synth(settings, children=20, seed=3)
    deploy(settings, part="all")
    with psycopg.connect(pg_server.uri, autocommit=True) as conn:
        conn.execute(f'ALTER TABLE "{pg_schema}".ssd_disability ADD CONSTRAINT refuse_new_rows '
                     "CHECK (disa_table_id IS NULL) NOT VALID")
    with FakeDfe(seed=3) as fake:
        summary = run(settings.replace(dfe=fake.dfe_settings()), refresh_ssd=True)
    assert summary.failed_refills == ["ssd_disability"]
    assert summary.sent > 0 and summary.error == summary.extract_invalid == 0  # only the refill failed
    assert summary.exit_code == 1
    with psycopg.connect(pg_server.uri, autocommit=True) as conn:
        conn.execute(f'DROP SCHEMA IF EXISTS "{pg_schema}_src" CASCADE')
