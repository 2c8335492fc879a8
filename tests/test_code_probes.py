"""check-compat samples Mosaic's and Eclipse's mapped codes through the fills' own macros and fails, naming
the parameter to set, when a value has no DfE code or one outside the list (#13)."""

from __future__ import annotations

from collections.abc import Iterator
from types import SimpleNamespace

import psycopg
import pytest

from ssd_bridge.compat import check_compat
from ssd_bridge.compat.code_probes import PROBES, CodeProbe, probe_checks, probe_sql
from ssd_bridge.config import Settings, load_settings
from ssd_bridge.db import connect
from ssd_bridge.dialects import get_dialect
from ssd_bridge.record.codes import CODE_LISTS
from ssd_bridge.sql.deploy import deploy, render_options
from ssd_bridge.sql.render import prepare_environment
from ssd_bridge.synth import synth
from tests.script_pieces import unparsable


def _source(pg_server, pg_settings: Settings, cms: str) -> Iterator[Settings]:  # type: ignore[no-untyped-def]
    source = f"{pg_settings.database.schema}_{cms[:3]}"
    settings = pg_settings.replace(cms=cms, source={"location": source})
    synth(settings, children=20, seed=4)
    yield settings
    with psycopg.connect(pg_server.uri, autocommit=True) as conn:
        conn.execute(f'DROP SCHEMA IF EXISTS "{source}" CASCADE')


@pytest.fixture()
def eclipse(pg_server, pg_settings: Settings) -> Iterator[Settings]:  # type: ignore[no-untyped-def]
    yield from _source(pg_server, pg_settings, "eclipse")


@pytest.fixture()
def mosaic(pg_server, pg_settings: Settings) -> Iterator[Settings]:  # type: ignore[no-untyped-def]
    yield from _source(pg_server, pg_settings, "mosaic")


@pytest.fixture(scope="module")
def synth_sources(pg_server) -> Iterator[dict[str, Settings]]:  # type: ignore[no-untyped-def]
    """One small synthetic source per CMS, shared by the per-probe tests (each restores what it plants)."""
    sources = {}
    for cms in ("eclipse", "mosaic"):
        sources[cms] = load_settings(env={}, overrides={
            "cms": cms, "database": {"dialect": "postgres", "url": pg_server.uri, "schema": f"probes_{cms[:3]}_ssd"},
            "source": {"location": f"probes_{cms[:3]}"}})
        synth(sources[cms], children=20, seed=4)
    yield sources
    with psycopg.connect(pg_server.uri, autocommit=True) as conn:
        for settings in sources.values():
            conn.execute(f'DROP SCHEMA IF EXISTS "{settings.source.location}" CASCADE')


# Per probe, where a source value outside every mapping is planted: (table, column, which rows may take it).
PLANT: dict[tuple[str, str], tuple[str, str, str]] = {
    ("eclipse", "ethnicity_map"): ("persondemographicsview", "ethnicitycode", "true"),
    ("eclipse", "disability_map"): ("classification", "name", "id IN (SELECT d.classificationcodeid FROM "
                                    "classificationpersonview d WHERE d.classificationpathid IN (55, 58, 79, 172, 186))"),
    ("eclipse", "referral_source_map"): ("formanswerpersonview", "answervalue",
                                         "controlname = 'CINCensus_ReferralSource'"),
    ("eclipse", "close_reason_map"): ("claepisodeofcareview", "eocendreason", "true"),
    ("eclipse", "start_reason_map"): ("claepisodeofcareview", "eocstartreasoncode", "true"),
    ("eclipse", "placement_type_map"): ("claepisodeofcareview", "placementtypecode", "true"),
    ("eclipse", "episode_end_reason_map"): ("claepisodeofcareview", "eocendreasoncode", "true"),
    ("eclipse", "placement_change_reason_map"): ("claepisodeofcareview", "placementchangereasoncode", "true"),
    ("eclipse", "care_leaver_activity_map"): ("clacareleaverdetailsview", "mainactivitycode", "true"),
    ("eclipse", "care_leaver_accommodation_map"): ("clacareleaverdetailsview", "accomodationcode", "true"),
    ("mosaic", "ethnicity_map"): ("dm_persons", "full_ethnicity_code", "true"),
    ("mosaic", "disability_map"): ("dm_disabilities", "cin_disability_category_code", "true"),
    ("mosaic", "referral_source_map"): ("dm_cin_referrals", "source_of_referral", "true"),
    ("mosaic", "close_reason_map"): ("dm_cin_referrals", "closure_reason", "true"),
    ("mosaic", "assessment_factor_map"): ("dm_cin_assess_factors", "factor_value", "true"),
    ("mosaic", "placement_type_map"): ("dm_placements", "placement_type", "true"),
    ("mosaic", "episode_end_reason_map"): ("dm_placements", "reason_episode_ceased", "true"),
    ("mosaic", "placement_change_reason_map"): ("dm_placements", "reason_for_placement_change", "true"),
    ("mosaic", "care_leaver_activity_map"): ("dm_former_looked_after", "activity_type", "true"),
    ("mosaic", "care_leaver_accommodation_map"): ("dm_former_looked_after", "accomodation_type", "true"),
}


def probe_check(settings: Settings, param: str) -> SimpleNamespace:
    """The C10 check of one probe, run straight on the source (as check-compat runs it)."""
    with connect(settings) as db:
        [check] = [c for c in probe_checks(db, settings) if c.name == f"source.code_lists.{param}"]
    return SimpleNamespace(**check.as_dict())


@pytest.mark.postgres
@pytest.mark.parametrize(("cms", "probe"), [(cms, p) for cms, probes in PROBES.items() for p in probes],
                         ids=lambda v: v if isinstance(v, str) else v.param)
def test_each_probe_passes_synth_fails_a_planted_code_and_passes_once_mapped(
        synth_sources: dict[str, Settings], cms: str, probe: CodeProbe) -> None:
    settings = synth_sources[cms]
    assert probe_check(settings, probe.param).status == "pass"
    table, column, rows = PLANT[(cms, probe.param)]
    with psycopg.connect(settings.database.url, autocommit=True) as conn:
        conn.execute(f'SET search_path = "{settings.source.location}"')
        [(row, old)] = conn.execute(f"SELECT ctid, {column} FROM {table} WHERE {rows} LIMIT 1").fetchall()
        [(planted,)] = conn.execute(f"UPDATE {table} SET {column} = ' zz9 ' WHERE ctid = %s RETURNING ctid",
                                    (row,)).fetchall()
        try:
            bad = probe_check(settings, probe.param)
            # a mapping with a documented DfE fallback (RC7, DDA) warns; any other fails
            assert bad.status == ("warn" if probe.fallback else "fail") and bad.known_failure == "C10"
            assert probe.source in bad.found and probe.field in bad.found
            # a free-text column's values may name a person: counted, never shown
            assert ("'zz9'" not in bad.found + repr(bad.details)) if probe.free_text else "'zz9'" in bad.found
            assert f"source.params.{probe.param}" in bad.next_step
            code = sorted(CODE_LISTS[probe.code_list])[0]
            mapped = probe_check(settings.replace(source={"params": {probe.param: {"ZZ9": code}}}), probe.param)
            assert mapped.status == "pass", mapped.found
        finally:
            conn.execute(f"UPDATE {table} SET {column} = %s WHERE ctid = %s", (old, planted))


def code_checks(settings: Settings) -> dict[str, SimpleNamespace]:
    report = check_compat(settings, network=False)
    found = {c.name: SimpleNamespace(**c.as_dict()) for c in report.checks if c.name.startswith("source.code_lists")}
    return {**found, "exit_code": SimpleNamespace(value=report.exit_code)}


def source_sql(settings: Settings, sql: str) -> None:
    with psycopg.connect(settings.database.url, autocommit=True) as conn:
        conn.execute(f'SET search_path = "{settings.source.location}"')
        conn.execute(sql)


@pytest.mark.postgres
@pytest.mark.parametrize("cms", ["eclipse", "mosaic"])
def test_synth_defaults_pass(request, cms: str) -> None:  # type: ignore[no-untyped-def]
    checks = code_checks(request.getfixturevalue(cms))
    names = {f"source.code_lists.{p.param}" for p in PROBES[cms]}
    assert names <= set(checks)
    for name in names:
        assert checks[name].status == "pass", checks[name].found
        assert "map to DfE" in checks[name].found


@pytest.mark.postgres
def test_eclipse_unmapped_and_mismapped_codes_fail_naming_the_parameter(eclipse: Settings) -> None:
    source_sql(eclipse, "UPDATE persondemographicsview SET ethnicitycode = 'LOCAL_SEVEN' "
                        "WHERE personid = (SELECT MIN(personid) FROM persondemographicsview)")
    with psycopg.connect(eclipse.database.url) as conn:
        [(placed,)] = conn.execute(f'SELECT MIN(placementtypecode) FROM "{eclipse.source.location}".claepisodeofcareview')
    checks = code_checks(eclipse.replace(source={"params": {"placement_type_map": {placed: "XX"}}}))
    ethnicity, placement = checks["source.code_lists.ethnicity_map"], checks["source.code_lists.placement_type_map"]
    assert ethnicity.status == "fail" and ethnicity.known_failure == "C10"
    assert "'LOCAL_SEVEN'" in ethnicity.found and "no DfE ethnicity code" in ethnicity.found
    assert "source.params.ethnicity_map" in ethnicity.next_step
    assert placement.status == "fail" and f"'{placed} -> XX'" in placement.found
    assert "source.params.placement_type_map" in placement.next_step
    assert checks["exit_code"].value == 2
    assert "Synth" not in ethnicity.found + placement.found  # values are codes, never a child's data
    fixed = code_checks(eclipse.replace(source={"params": {"ethnicity_map": {"LOCAL_SEVEN": "WBRI"}}}))
    assert fixed["source.code_lists.ethnicity_map"].status == "pass"
    assert fixed["source.code_lists.placement_type_map"].status == "pass"


@pytest.mark.postgres
def test_eclipse_referral_source_form_answers_are_sampled(eclipse: Settings) -> None:
    with psycopg.connect(eclipse.database.url) as conn:
        [(answer,)] = conn.execute(f'SELECT MIN(answervalue) FROM "{eclipse.source.location}".formanswerpersonview '
                                   "WHERE controlname = 'CINCensus_ReferralSource'")
    checks = code_checks(eclipse.replace(source={"params": {"referral_source_map": {answer: "POLICE"}}}))
    referral = checks["source.code_lists.referral_source_map"]
    assert referral.status == "fail" and f"'{answer} -> POLICE'" in referral.found
    assert "source.params.referral_source_map" in referral.next_step


@pytest.mark.postgres
def test_mosaic_code_missing_from_the_lookup_fails_naming_the_parameter(mosaic: Settings) -> None:
    source_sql(mosaic, "UPDATE dm_persons SET full_ethnicity_code = 'ETH.NEW' "
                       "WHERE person_id = (SELECT MIN(person_id) FROM dm_persons)")
    missing = code_checks(mosaic)["source.code_lists.ethnicity_map"]
    assert missing.status == "fail" and "'ETH.NEW'" in missing.found
    assert "source.params.ethnicity_map" in missing.next_step and "dm_ETHNICITIES" in missing.next_step
    wrong = code_checks(mosaic.replace(source={"params": {"ethnicity_map": {"ETH.NEW": "BRITISH"}}}))
    assert wrong["source.code_lists.ethnicity_map"].status == "fail"
    assert "'ETH.NEW -> BRITISH'" in wrong["source.code_lists.ethnicity_map"].found
    assert wrong["exit_code"].value == 2
    right = code_checks(mosaic.replace(source={"params": {"ethnicity_map": {"ETH.NEW": "WBRI"}}}))
    assert right["source.code_lists.ethnicity_map"].status == "pass"


@pytest.mark.parametrize("cms", ["eclipse", "mosaic"])
def test_probe_queries_render_bounded_and_parse_as_tsql(cms: str) -> None:
    settings = Settings().replace(cms=cms, database={"dialect": "tsql"})
    dialect = get_dialect("tsql")
    env, context = prepare_environment(render_options(settings, "ssd"), dialect)
    head = f'{{% import "cms/{cms}/_lib.sql" as lib with context %}}'
    db = SimpleNamespace(dialect=dialect)
    for probe in PROBES[cms]:
        sql = probe_sql(db, probe, lambda text: env.from_string(head + text).render(context))  # type: ignore[arg-type]
        assert sql.startswith("SELECT TOP (500) s.v, ")
        assert unparsable(sql + ";") == (), sql


# Per CMS, the SSD column each map feeds and the code it maps ' zz9 ' to (the fill and the probe share the macro;
# 20 synthetic children hold no care leaver, so the care-leaver maps are proven by the probe test alone).
FILLED = {
    "mosaic": {
        "disability_map": ("dm_disabilities", "cin_disability_category_code", "true",
                           "ssd_disability", "disa_disability_code", "AUT"),
        "referral_source_map": ("dm_cin_referrals", "source_of_referral", "true",
                                "ssd_cin_episodes", "cine_referral_source_code", "5A"),
        "close_reason_map": ("dm_cin_referrals", "closure_reason", "true", "ssd_cin_episodes", "cine_close_reason", "RC4"),
        "placement_type_map": ("dm_placements", "placement_type", "true",
                               "ssd_cla_placement", "clap_cla_placement_type", "K1"),
        "placement_change_reason_map": ("dm_placements", "reason_for_placement_change", "true",
                                        "ssd_cla_placement", "clap_cla_placement_change_reason", "CUSTOD"),
        "episode_end_reason_map": ("dm_placements", "reason_episode_ceased", "true",
                                   "ssd_cla_episodes", "clae_cla_episode_ceased_reason", "E16"),
    },
    "eclipse": {
        "disability_map": ("classification", "name", PLANT[("eclipse", "disability_map")][2],
                           "ssd_disability", "disa_disability_code", "AUT"),
        "start_reason_map": ("claepisodeofcareview", "eocstartreasoncode", "true",
                             "ssd_cla_episodes", "clae_cla_episode_start_reason", "B"),
        "episode_end_reason_map": ("claepisodeofcareview", "eocendreasoncode", "true",
                                   "ssd_cla_episodes", "clae_cla_episode_ceased_reason", "E16"),
        "placement_change_reason_map": ("claepisodeofcareview", "placementchangereasoncode", "true",
                                        "ssd_cla_placement", "clap_cla_placement_change_reason", "CUSTOD"),
    },
}


@pytest.mark.postgres
@pytest.mark.parametrize("cms", ["mosaic", "eclipse"])
def test_fills_write_what_the_maps_say(request, cms: str) -> None:  # type: ignore[no-untyped-def]
    settings: Settings = request.getfixturevalue(cms)
    filled = FILLED[cms]
    source_sql(settings, "; ".join(f"UPDATE {table} SET {column} = ' zz9 ' WHERE {column} IS NOT NULL AND {rows}"
                                   for table, column, rows, *_ in filled.values()))
    params = {param: {"ZZ9": code} for param, (*_, code) in filled.items()}
    deploy(settings.replace(source={"params": params}), part="ssd")
    with psycopg.connect(settings.database.url) as conn:
        for param, (*_, ssd_table, ssd_column, code) in filled.items():
            found = conn.execute(f'SELECT DISTINCT {ssd_column} FROM "{settings.database.schema}".{ssd_table} '
                                 f"WHERE {ssd_column} IS NOT NULL").fetchall()
            assert found == [(code,)], param
