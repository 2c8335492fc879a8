"""check-compat samples the source and fails when a map's values will not fit the DfE code lists;
the examples/cms/<cms>.params.yaml files are complete and match synth's defaults (#13)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
import yaml

from ssd_bridge.compat import check_compat
from ssd_bridge.config import Settings
from ssd_bridge.demo import EmbeddedServer
from ssd_bridge.model.cms import CMS_NAMES
from ssd_bridge.record.payload import DEFAULT_WORKER_ROLES
from ssd_bridge.sql.render import RenderOptions, render_fill_statements
from ssd_bridge.synth import synth, writer

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "cms"


@pytest.fixture()
def liquid_logic_source(pg_server: EmbeddedServer, pg_settings: Settings) -> Iterator[Settings]:
    source = pg_settings.database.schema + "_ll"
    settings = pg_settings.replace(cms="liquid_logic", source={"location": source})
    synth(settings, children=20)
    yield settings
    with psycopg.connect(pg_server.uri, autocommit=True) as conn:
        conn.execute(f'DROP SCHEMA IF EXISTS "{source}" CASCADE')


def _code_checks(settings: Settings) -> dict[str, object]:
    return {c.name: c for c in check_compat(settings, network=False).checks if c.name.startswith("source.code_lists")}


@pytest.mark.postgres
def test_liquid_logic_without_its_maps_fails_naming_the_parameter(liquid_logic_source: Settings) -> None:
    checks = _code_checks(liquid_logic_source)
    referral = checks["source.code_lists.referral_source_codes"]
    assert referral.status == "fail"  # type: ignore[attr-defined]
    assert "source.params.referral_source_codes" in referral.next_step  # type: ignore[attr-defined]
    assert "FACT_REFERRALS.DIM_LOOKUP_CONT_SORC_ID" in referral.found  # type: ignore[attr-defined]
    assert check_compat(liquid_logic_source, network=False).exit_code == 2


@pytest.mark.postgres
def test_liquid_logic_with_the_example_params_passes(liquid_logic_source: Settings) -> None:
    example = yaml.safe_load((EXAMPLES / "liquid_logic.params.yaml").read_text(encoding="utf-8"))
    settings = liquid_logic_source.replace(source={"params": example["source"]["params"]})
    checks = _code_checks(settings)
    assert len(checks) == 4 and all(c.status == "pass" for c in checks.values())  # type: ignore[attr-defined]


@pytest.mark.parametrize("cms", CMS_NAMES)
def test_params_example_is_complete_and_matches_synth(cms: str) -> None:
    read: dict[str, object] = {}
    render_fill_statements(RenderOptions(cms=cms, dialect="postgres"), on_param=lambda n, d: read.setdefault(n, d))
    example = yaml.safe_load((EXAMPLES / f"{cms}.params.yaml").read_text(encoding="utf-8"))
    params = example["source"]["params"]
    assert set(params) == set(read) | {"worker_roles"}
    expected = {**{k: v for k, v in read.items() if v is not None}, **getattr(writer(cms), "SOURCE_PARAMS", {})}
    for key, value in expected.items():
        assert params[key] == value, key
    assert params["worker_roles"] == list(DEFAULT_WORKER_ROLES)
