"""Rendering: golden files for every (dialect, cms, part), T-SQL parse check, determinism."""

from __future__ import annotations

from pathlib import Path

import pytest

from ssd_bridge.config import CMS_CHOICES
from ssd_bridge.errors import ConfigError, TemplateError
from ssd_bridge.sql.render import PARTS, RenderOptions, render_deployment
from ssd_bridge.sql.script import render_script

GOLDEN = Path(__file__).parent / "golden"
REGENERATE = "python -m pytest tests/test_render.py --update-golden"
CASES = [(dialect, cms, part) for dialect in ("tsql", "postgres") for cms in CMS_CHOICES for part in PARTS]


def render_case(dialect: str, cms: str, part: str) -> str:
    return render_script(RenderOptions(cms=cms, dialect=dialect, part=part))


@pytest.mark.parametrize(("dialect", "cms", "part"), CASES)
def test_rendering_matches_golden_file(dialect: str, cms: str, part: str, request: pytest.FixtureRequest) -> None:
    path = GOLDEN / dialect / cms / f"deployment_{part}.sql"
    text = render_case(dialect, cms, part)
    if request.config.getoption("--update-golden"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert path.is_file(), f"golden file {path.relative_to(GOLDEN.parent)} is missing; run: {REGENERATE}"
    expected = path.read_text(encoding="utf-8")
    assert text == expected, f"rendered SQL differs from {path.name}; review, then run: {REGENERATE}"


def test_every_golden_file_belongs_to_a_case() -> None:
    expected = {GOLDEN / d / c / f"deployment_{p}.sql" for d, c, p in CASES}
    stale = [p for p in GOLDEN.rglob("*.sql") if p not in expected]
    assert not stale, f"stale golden files: {stale}"


def test_rendering_is_deterministic() -> None:
    assert render_case("tsql", "mosaic", "all") == render_case("tsql", "mosaic", "all")


def _unparsable(sql: str) -> list[str]:
    from sqlfluff.core import FluffConfig, Linter

    config = FluffConfig(overrides={"dialect": "tsql", "large_file_skip_byte_limit": 0,
                                    "max_parse_nodes": 1_000_000})  # the whole script is far above the default
    parsed = Linter(config=config).parse_string(sql)
    assert parsed.tree is not None, [v.desc() for v in parsed.violations]
    problems = [v.desc() for v in parsed.violations]
    for segment in parsed.tree.recursive_crawl("unparsable"):
        problems.append(f"line {segment.pos_marker.line_no}: {segment.raw[:120]!r}")
    return problems


@pytest.mark.parametrize("cms", CMS_CHOICES)
def test_tsql_rendering_parses_with_nothing_unparsable(cms: str) -> None:
    assert _unparsable(render_case("tsql", cms, "all")) == []


def test_the_parse_check_does_catch_broken_tsql() -> None:
    assert _unparsable("CREATE TABLE [x] ([a] NVARCHAR(10) NOT NULLX BANANA);") != []


def test_schema_name_is_validated_and_quoted() -> None:
    text = render_deployment(RenderOptions(cms="liquid_logic", schema="ssd_live", part="addon"))
    assert "[ssd_live].[ssd_api_data_staging]" in text
    for bad in ("ssd live", 'ssd"x', "ssd]x", "1ssd", ""):
        with pytest.raises(ConfigError, match="not a valid name"):
            render_deployment(RenderOptions(cms="eclipse", schema=bad))


def test_unknown_cms_and_part_are_refused() -> None:
    with pytest.raises(ConfigError, match="unknown CMS"):
        render_deployment(RenderOptions(cms="carefirst"))
    with pytest.raises(ConfigError, match="unknown part"):
        render_deployment(RenderOptions(cms="eclipse", part="everything"))


def test_header_states_parameters_and_that_it_is_safe_to_rerun() -> None:
    text = render_deployment(RenderOptions(cms="eclipse", schema="ssd", history_years=4))
    head = text.split("=====\n\n", 1)[0]
    assert "CMS:            eclipse" in head and "history years:  4" in head
    assert "safe to run again" in head and "never drops or truncates" in head
    assert "psql" in head


def test_tsql_script_has_progress_messages_and_batches() -> None:
    text = render_case("tsql", "liquid_logic", "addon")
    assert "RAISERROR(N'table ssd_api_data_staging', 0, 1) WITH NOWAIT;" in text
    assert text.count("\nGO\n") >= 5
    code = "\n".join(line for line in text.upper().splitlines() if not line.lstrip().startswith("--"))
    assert "DROP TABLE" not in code and "TRUNCATE" not in code


def test_missing_macro_names_both_lookups() -> None:
    from ssd_bridge.dialects import get_dialect
    from ssd_bridge.sql.render import environment

    dispatch = environment(get_dialect("tsql")).globals["dispatch"]
    with pytest.raises(TemplateError, match="tsql__no_such_op.*default__no_such_op"):
        dispatch("no_such_op")


def test_message_macro_has_no_default_rather_than_wrong_sql() -> None:
    from ssd_bridge.dialects import get_dialect
    from ssd_bridge.sql.render import environment

    env = environment(get_dialect("postgres"))
    dispatch = env.globals["dispatch"]
    with pytest.raises(TemplateError, match="not implemented"):
        dispatch.macros["default__message"]("x")
