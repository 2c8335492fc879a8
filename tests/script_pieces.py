"""A rendered deployment script cut into reviewable pieces, and the one T-SQL parse check.

Golden files hold pieces, not whole scripts, so a change to one fill shows as one small diff:

- ``<dialect>/<cms>/<table>.sql``: the batch that refills one SSD table from that CMS;
- ``<dialect>/ssd/<table>.sql`` and ``<dialect>/addon/<table>.sql``: the batch that creates one
  table (the same for every CMS, so kept once);
- ``<dialect>/<cms>/script_<part>.sql``: the rest of the script (header, settings, version log),
  with a ``-- piece: <golden file>`` line where each of the pieces above goes;
- ``<dialect>/<cms>/grants.sql``: the grants script, whole (it is short).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from ssd_bridge.dialects import get_dialect
from ssd_bridge.model import load_tables
from ssd_bridge.model.cms import CMS_NAMES
from ssd_bridge.sql.render import DEPLOY_PARTS, RenderOptions
from ssd_bridge.sql.script import render_script

DIALECTS = ("tsql", "postgres")
PLACEHOLDER = "-- piece: "
_FILL = re.compile(r"'refilling (ssd_\w+)'")
_TABLE = re.compile(r"\A\s*-- (ssd_\w+)\n")


@dataclass(frozen=True)
class Piece:
    """One golden file's text and the template it comes from (for failure messages)."""

    golden: str
    text: str
    source: str


@cache
def render(dialect: str, cms: str, part: str) -> str:
    """The script ``ssd-bridge render`` gives for these options (default schema and history)."""
    return render_script(RenderOptions(cms=cms, dialect=dialect, part=part))


def chunks(dialect: str, script: str) -> list[str]:
    """The script cut after each batch separator line, so the chunks join back into the script."""
    is_separator = get_dialect(dialect).is_batch_separator
    out: list[str] = []
    current: list[str] = []
    for line in script.splitlines(keepends=True):
        current.append(line)
        if is_separator(line):
            out.append("".join(current))
            current = []
    if current:
        out.append("".join(current))
    return out


def _addon_names() -> frozenset[str]:
    return frozenset(t.name for t in load_tables("addon"))


def name_chunk(dialect: str, cms: str, chunk: str) -> tuple[str, str] | None:
    """(golden file, template) for a chunk that is a piece of its own, None for frame text."""
    fill = _FILL.search(chunk)
    if fill:
        return f"{dialect}/{cms}/{fill.group(1)}.sql", f"cms/{cms}/{fill.group(1)}.sql"
    table = _TABLE.match(chunk)
    if table:
        folder = "addon" if table.group(1) in _addon_names() else "ssd"
        return f"{dialect}/{folder}/{table.group(1)}.sql", f"{folder}/tables.sql.j2 ({table.group(1)})"
    return None


def pieces(dialect: str, cms: str, part: str) -> list[Piece]:
    """The golden pieces of one script: each table's batch, then the frame holding the rest."""
    found: list[Piece] = []
    frame: list[str] = []
    for chunk in chunks(dialect, render(dialect, cms, part)):
        named = name_chunk(dialect, cms, chunk)
        if named is None:
            frame.append(chunk)
            continue
        found.append(Piece(named[0], chunk, named[1]))
        frame.append(f"{PLACEHOLDER}{named[0]}\n")
    found.append(Piece(f"{dialect}/{cms}/script_{part}.sql", "".join(frame), "deployment.sql.j2"))
    return found


def all_pieces() -> Iterator[Piece]:
    """Every piece of every script the golden files cover (a shared piece once per script)."""
    for dialect in DIALECTS:
        for cms in CMS_NAMES:
            for part in DEPLOY_PARTS:
                yield from pieces(dialect, cms, part)
            yield Piece(f"{dialect}/{cms}/grants.sql", render(dialect, cms, "grants"), "grants/grants.sql.j2")


# --- the T-SQL parse check ------------------------------------------------------------------------

@cache
def _linter(rust: bool = True):  # type: ignore[no-untyped-def]
    from sqlfluff.core import FluffConfig, Linter

    # raw templater: the text is already rendered SQL; no size limit: some fills are long;
    # the Rust parser (the dev extra's sqlfluff[rs]) parses the same grammar about three times faster
    return Linter(config=FluffConfig(overrides={"dialect": "tsql", "templater": "raw",
                                                "large_file_skip_byte_limit": 0, "use_rust_parser": rust}))


@cache
def _rust_parts():  # type: ignore[no-untyped-def]
    from sqlfluff.core.parser import Lexer
    from sqlfluff.core.parser.rust_parser import RustParser

    config = _linter().config
    return Lexer(config=config), RustParser(config=config)._rs_parser, config.get("max_parse_nodes")


def parses_cleanly(batch: str) -> bool:
    """True when sqlfluff's Rust lexer and parser find nothing unparsable in ``batch``; False when unsure.

    The same lexer, grammar and parser as ``parse_string``, but the tree is searched for unparsable
    sections in Rust instead of being rebuilt as Python objects (two thirds of a parse's time). Only a
    clean verdict is taken from here: anything else goes through the whole parse for its message.
    """
    try:
        lexer, parser, max_nodes = _rust_parts()
        tokens, errors = lexer._lex(batch)
        code = [i for i, token in enumerate(tokens) if token.is_code]
        if errors or (max_nodes and len(tokens) > max_nodes):
            return False
        if not code:
            return True
        start, end = code[0], code[-1] + 1
        match = parser.parse_match_result_from_tokens(tokens[start:end])
        first, stop = match.matched_slice
        if stop <= first and not match.insert_segments:
            return False
        if any(token.is_code for token in tokens[start + stop:end]):  # code after the match is unparsable
            return False
        tree = match.apply_as_tree(tokens[start:end], leading=tokens[:start], trailing=tokens[end:])
        return not list(tree.root.recursive_crawl(["unparsable"]))
    except Exception:  # noqa: BLE001 - any surprise from sqlfluff's internals: take the whole parse
        return False


@cache
def unparsable(batch: str, rust: bool = True) -> tuple[str, ...]:
    """What sqlfluff's tsql dialect cannot parse in one batch (empty when it all parses)."""
    if rust and parses_cleanly(batch):
        return ()
    parsed = _linter(rust).parse_string(batch)
    problems = [v.desc() for v in parsed.violations]
    variant = parsed.root_variant()
    if variant is None or variant.tree is None:
        return (*problems, "no parse tree")
    for segment in variant.tree.recursive_crawl("unparsable"):
        problems.append(f"line {segment.pos_marker.line_no}: {segment.raw[:120]!r}")
    return tuple(problems)


def _label(named: tuple[str, str] | None, cms: str, part: str) -> str:
    """'golden file (from template)' for a chunk of a T-SQL script (the grants script is one file)."""
    frame = (f"tsql/{cms}/grants.sql", "grants/grants.sql.j2") if part == "grants" else (
        f"tsql/{cms}/script_{part}.sql", "deployment.sql.j2")
    golden, source = named or frame
    return f"{golden} (from {source})"


@cache
def tsql_batches() -> dict[str, list[str]]:
    """Each distinct T-SQL batch of every CMS's scripts -> the pieces (golden files) it comes from.

    Identical batches (the table definitions every CMS shares) are one key, so each is parsed once.
    """
    split = get_dialect("tsql").split_batches
    batches: dict[str, list[str]] = {}
    for cms in CMS_NAMES:
        for part in ("all", "grants"):
            for chunk in chunks("tsql", render("tsql", cms, part)):
                label = _label(name_chunk("tsql", cms, chunk), cms, part)
                for batch in split(chunk):
                    if batch.strip():
                        batches.setdefault(batch, []).append(label)
    return batches


def tsql_piece_names() -> list[str]:
    """The golden files of the T-SQL scripts, from the model alone: the parse check runs one test each.

    Known without rendering, so collecting the tests costs nothing; the check asserts that these are
    exactly the pieces the scripts have, so no batch goes unparsed.
    """
    names = [f"tsql/{folder}/{t.name}.sql" for folder in ("ssd", "addon") for t in load_tables(folder)]
    for cms in CMS_NAMES:
        names += [f"tsql/{cms}/{t.name}.sql" for t in load_tables("ssd") if t.is_filled_by(cms)]
        names += [f"tsql/{cms}/script_all.sql", f"tsql/{cms}/grants.sql"]
    return names


def batches_first_in(golden: str) -> dict[str, list[str]]:
    """The distinct batches whose first appearance is in piece ``golden`` (each batch has exactly one)."""
    return {batch: labels for batch, labels in tsql_batches().items()
            if labels[0].split(" (from ", 1)[0] == golden}


def parse_failures(batches: dict[str, list[str]]) -> tuple[str, ...]:
    """Every batch of ``batches`` that does not parse, named by the pieces it comes from."""
    failures = []
    for batch, labels in batches.items():
        problems = unparsable(batch)
        if problems:
            failures.append(f"{', '.join(sorted(set(labels)))}: {'; '.join(problems)}")
    return tuple(sorted(failures))


def script_unparsable(sql: str) -> list[str]:
    """Problems sqlfluff finds parsing a whole T-SQL script, batch by batch."""
    return [p for batch in get_dialect("tsql").split_batches(sql) if batch.strip() for p in unparsable(batch)]
