"""Every column every CMS mapping reads is known and checked; a missing one is named the same way
by check-compat and by deploy, which stops with exit 2, not 4 (#13)."""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest

from ssd_bridge.cli.base import main
from ssd_bridge.compat import check_compat
from ssd_bridge.config import Settings
from ssd_bridge.demo import EmbeddedServer
from ssd_bridge.errors import ConfigError, TemplateError
from ssd_bridge.model.cms import CMS_NAMES
from ssd_bridge.sql.deploy import deploy
from ssd_bridge.sql.render import RenderOptions
from ssd_bridge.sql.sources import _null_columns, _qualified_columns, source_needs
from ssd_bridge.synth import synth

DROPPED = ("ADDRESSPERSONVIEW", "POSTCODE")


@pytest.mark.parametrize("cms", CMS_NAMES)
def test_every_source_table_a_mapping_reads_has_its_columns_found(cms: str) -> None:
    needs = source_needs(RenderOptions(cms=cms, dialect="postgres"))
    assert needs.tables and all(needs.columns[t] for t in needs.tables), \
        [t for t in needs.tables if not needs.columns[t]]
    for name, ssd_tables in needs.column_read_by.items():
        table, column = name.split(".")
        assert column in needs.columns[table] and all(t.startswith("ssd_") for t in ssd_tables)


def test_one_parse_serves_both_analyses_and_a_statement_it_cannot_parse_is_a_template_error() -> None:
    statement = ("SET LOCAL enable_nestloop = off; INSERT INTO ssd_x (a, b, c) "
                 "SELECT p.id, NULL, NULL FROM src_people AS p UNION ALL SELECT q.ref, q.name, NULL FROM src_other AS q")
    assert _null_columns(statement, "ssd_x") == ("c",)
    assert _qualified_columns(statement, frozenset({"src_people", "SRC_OTHER"}), "ssd_x") == \
        {("src_people", "id"), ("SRC_OTHER", "ref"), ("SRC_OTHER", "name")}
    for analysis in (lambda s: _null_columns(s, "ssd_y"), lambda s: _qualified_columns(s, frozenset(), "ssd_y")):
        with pytest.raises(TemplateError, match="could not parse the fill statement for ssd_y"):
            analysis("INSERT INTO ssd_y (a SELECT")


def test_eclipse_column_check_reads_more_than_a_hundred_columns() -> None:
    # It found none before: the fills open with SET LOCAL, and only that first statement was read.
    needs = source_needs(RenderOptions(cms="eclipse", dialect="postgres"))
    assert sum(len(c) for c in needs.columns.values()) > 100
    assert needs.column_read_by[".".join(DROPPED)] == ("ssd_address",)


@pytest.fixture()
def eclipse_without_a_column(pg_server: EmbeddedServer, pg_settings: Settings) -> Iterator[Settings]:
    source = pg_settings.database.schema + "_cms"
    settings = pg_settings.replace(source={"location": source})
    synth(settings, children=5)
    with psycopg.connect(pg_server.uri, autocommit=True) as conn:
        conn.execute(f'ALTER TABLE "{source}".{DROPPED[0].lower()} DROP COLUMN {DROPPED[1].lower()}')
    yield settings
    with psycopg.connect(pg_server.uri, autocommit=True) as conn:
        conn.execute(f'DROP SCHEMA IF EXISTS "{source}" CASCADE')


WORDS = "1 column the mapping reads is missing: ADDRESSPERSONVIEW.POSTCODE (feeds ssd_address)"


@pytest.mark.postgres
def test_check_compat_names_the_missing_eclipse_column_and_its_ssd_table(eclipse_without_a_column: Settings) -> None:
    report = check_compat(eclipse_without_a_column, network=False)
    columns = next(c for c in report.checks if c.name == "source.columns")
    assert columns.status == "fail" and WORDS in columns.found
    assert columns.details == ["ADDRESSPERSONVIEW.POSTCODE (feeds ssd_address)"]


@pytest.mark.postgres
def test_deploy_stops_with_exit_2_and_the_same_words(eclipse_without_a_column: Settings, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ConfigError) as stopped:
        deploy(eclipse_without_a_column)
    assert WORDS in stopped.value.message and "the refill of ssd_address failed" in stopped.value.message
    settings = eclipse_without_a_column
    monkeypatch.delenv("SSD_BRIDGE_CONFIG", raising=False)
    for name, value in {"SSD_BRIDGE_CMS": "eclipse", "SSD_BRIDGE_DATABASE_URL": settings.database.url,
                        "SSD_BRIDGE_DATABASE_SCHEMA": settings.database.schema,
                        "SSD_BRIDGE_SOURCE_LOCATION": settings.source.location}.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(SystemExit) as ended:
        main(["deploy"])
    assert ended.value.code == 2
    err = capsys.readouterr().err
    assert WORDS in err and "internal error" not in err
