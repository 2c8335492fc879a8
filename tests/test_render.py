"""Rendering: golden files piece by piece, the one T-SQL parse check, determinism, options."""

from __future__ import annotations

from pathlib import Path

import pytest

from ssd_bridge.errors import ConfigError, TemplateError
from ssd_bridge.model import load_tables
from ssd_bridge.model.cms import CMS_NAMES
from ssd_bridge.sql.render import DEPLOY_PARTS, RenderOptions, render_deployment
from tests.script_pieces import (
    DIALECTS,
    PLACEHOLDER,
    Piece,
    _linter,
    all_pieces,
    batches_first_in,
    parse_failures,
    parses_cleanly,
    pieces,
    render,
    tsql_batches,
    tsql_piece_names,
    unparsable,
)

GOLDEN = Path(__file__).parent / "golden"
REGENERATE = "python -m pytest tests/test_render.py --update-golden"


def golden_pieces() -> dict[str, Piece]:
    """Each golden file's expected text; a piece shared by several scripts must render the same in each."""
    found: dict[str, Piece] = {}
    for piece in all_pieces():
        earlier = found.setdefault(piece.golden, piece)
        assert earlier.text == piece.text, (
            f"{piece.golden} renders differently in two scripts; a shared piece must not depend on the CMS")
    return found


@pytest.fixture(scope="module")
def rendered_pieces() -> dict[str, Piece]:
    return golden_pieces()


def test_rendering_matches_golden_files(rendered_pieces: dict[str, Piece], request: pytest.FixtureRequest) -> None:
    if request.config.getoption("--update-golden"):
        for name, piece in rendered_pieces.items():
            path = GOLDEN / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(piece.text, encoding="utf-8")
    missing, differ = [], []
    for name, piece in sorted(rendered_pieces.items()):
        path = GOLDEN / name
        if not path.is_file():
            missing.append(name)
        elif path.read_text(encoding="utf-8") != piece.text:
            differ.append(f"{name} (from {piece.source})")
    assert not missing, f"golden files missing: {missing}; run: {REGENERATE}"
    assert not differ, f"rendered SQL differs from golden files {differ}; review, then run: {REGENERATE}"


def test_every_golden_file_belongs_to_a_piece(rendered_pieces: dict[str, Piece]) -> None:
    stale = sorted(p.relative_to(GOLDEN).as_posix() for p in GOLDEN.rglob("*.sql")
                   if p.relative_to(GOLDEN).as_posix() not in rendered_pieces)
    assert not stale, f"stale golden files (delete them, or run: {REGENERATE}): {stale}"


@pytest.mark.parametrize(("dialect", "cms", "part"),
                         [(d, c, p) for d in DIALECTS for c in CMS_NAMES for p in DEPLOY_PARTS])
def test_pieces_join_back_into_the_whole_script(dialect: str, cms: str, part: str) -> None:
    """The golden pieces cover every line of the script: put back in place, they are the script."""
    found = pieces(dialect, cms, part)
    by_name = {p.golden: p.text for p in found}
    frame = found[-1].text
    joined = "".join(by_name[line[len(PLACEHOLDER):].rstrip("\n")] if line.startswith(PLACEHOLDER) else line
                     for line in frame.splitlines(keepends=True))
    assert joined == render(dialect, cms, part)
    fills = [p for p in found if p.golden.startswith(f"{dialect}/{cms}/ssd_")]
    assert len(fills) == (filled_count(cms) if part != "addon" else 0)


def filled_count(cms: str) -> int:
    """How many SSD tables ``cms`` fills (a golden fill piece each)."""
    return sum(1 for t in load_tables("ssd") if t.is_filled_by(cms))


def test_rendering_is_deterministic() -> None:
    assert render("tsql", "mosaic", "all") == render("tsql", "mosaic", "all")


def test_the_tsql_parse_check_covers_every_piece_and_every_fill() -> None:
    """The per-piece parse tests below cover exactly the pieces the T-SQL scripts have."""
    batches = tsql_batches()
    for cms in CMS_NAMES:
        fills = {label for labels in batches.values() for label in labels if label.startswith(f"tsql/{cms}/ssd_")}
        assert len(fills) == filled_count(cms), cms
    found = {label.split(" (from ", 1)[0] for labels in batches.values() for label in labels}
    assert found == set(tsql_piece_names())


@pytest.mark.parametrize("golden", tsql_piece_names(), ids=lambda name: name.removeprefix("tsql/").removesuffix(".sql"))
def test_every_tsql_batch_parses_with_nothing_unparsable(golden: str) -> None:
    """Each distinct batch of every CMS's T-SQL scripts, parsed once: in the test of the piece it first
    appears in (xdist spreads the pieces over the workers); a failure names its golden file."""
    assert parse_failures(batches_first_in(golden)) == ()


def test_the_parse_check_does_catch_broken_tsql() -> None:
    assert unparsable("CREATE TABLE [x] ([a] NVARCHAR(10) NOT NULLX BANANA);") != ()
    assert unparsable("SELECT a FROM b WHERE (c = 1;") != ()
    # a failing batch is reported with the golden file and template it comes from; good ones are not
    failures = parse_failures({
        "SELECT a FROM b WHERE (c = 1;": ["tsql/mosaic/ssd_address.sql (from cms/mosaic/ssd_address.sql)"],
        "SELECT a FROM b;": ["tsql/eclipse/ssd_person.sql (from cms/eclipse/ssd_person.sql)"]})
    assert len(failures) == 1 and failures[0].startswith("tsql/mosaic/ssd_address.sql (from cms/mosaic/ssd_address.sql): ")


def test_the_rust_parser_finds_what_the_python_parser_finds() -> None:
    """The parse check runs sqlfluff's Rust parser (for speed): on real batches, and on the same batches
    broken in the usual ways, it reports exactly what the pure-Python parser reports."""
    from sqlfluff.core.parser.rust_parser import RustParser

    assert RustParser is not None, "sqlfluff's Rust parser is missing: pip install -e '.[dev]'"
    small = [b for b in sorted(tsql_batches(), key=len) if len(b) < 3000][:40:8]
    broken = [b.replace("(", "", 1) for b in small] + [b.replace(")", ") BANANA", 1) for b in small] + [
        b.replace("SELECT", "SELEC", 1) for b in small] + ["CREATE TABLE [x] ([a] NVARCHAR(10) NOT NULLX BANANA);"]
    assert small and sum(1 for b in broken if unparsable(b)) >= len(small)
    for batch in small + broken:
        assert unparsable(batch) == unparsable(batch, rust=False), batch[:200]



def test_the_quick_clean_verdict_is_the_whole_parse_verdict() -> None:
    """The parse check takes 'clean' from the Rust-only search (parses_cleanly) and everything else from the
    whole parse: on real batches (DDL and fills), broken ones and lexing errors, the two verdicts agree."""
    real = sorted(tsql_batches(), key=len)
    fills = [b for b in real if "refilling ssd_" in b][:2]
    small = [b for b in real if len(b) < 3000][:40:8]
    broken = [b.replace("(", "", 1) for b in small] + [b.replace(")", ") BANANA", 1) for b in small] + [
        b.replace("SELECT", "SELEC", 1) for b in fills] + [
        "CREATE TABLE [x] ([a] NVARCHAR(10) NOT NULLX BANANA);", "SELECT a FROM b WHERE (c = 1;", "SELECT 'abc",
        "SELECT \u00a4 FROM x", "/* not closed", "", "  \n"]
    assert len(fills) == 2 and sum(1 for b in broken if not parses_cleanly(b)) >= len(small) + 5
    for batch in fills + small + broken:
        whole = _linter().parse_string(batch)
        tree = whole.root_variant().tree if whole.root_variant() else None
        clean = not whole.violations and tree is not None and not list(tree.recursive_crawl("unparsable"))
        assert parses_cleanly(batch) == clean, batch[:200]

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
    text = render("tsql", "liquid_logic", "addon")
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
