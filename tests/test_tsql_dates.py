"""T-SQL that reads text as a date names its format, so a British-English login (DATEFORMAT dmy) and
a us_english one read the same dates: no TRY_CAST to a date type, no CONVERT without a style, and
date literals only in forms SQL Server reads the same under every language."""

from __future__ import annotations

import re

import pytest

from ssd_bridge.model.cms import CMS_NAMES
from tests.script_pieces import render as session_script  # rendered once per test process

_CALL = re.compile(r"\b(TRY_CAST|CAST|TRY_CONVERT|CONVERT)\s*\(", re.IGNORECASE)
_DATE_TYPE = re.compile(r"^\s*(SMALLDATETIME|DATETIMEOFFSET|DATETIME2|DATETIME|DATE)\b\s*(\(\s*\d+\s*\))?\s*$", re.I)
# A literal SQL Server reads the same under any language: yyyymmdd always; yyyy-mm-dd only as DATE/DATETIME2.
_SAFE_ANY = re.compile(r"^N?'\d{8}'$")
_SAFE_NEW_TYPES = re.compile(r"^N?'\d{4}-\d{2}-\d{2}'$")
_TEXTUAL = re.compile(r"^(N?'|(LTRIM|RTRIM|TRIM|SUBSTRING|LEFT|RIGHT|REPLACE|CONCAT|STUFF|UPPER|LOWER)\s*\(|"
                      r"(CAST|CONVERT|TRY_CAST|TRY_CONVERT)\s*\(.*\b(N?VAR)?CHAR\b)", re.IGNORECASE | re.DOTALL)


def _arguments(sql: str, start: int) -> tuple[str, int]:
    """The text between the parenthesis at ``start`` and its partner (string literals respected)."""
    depth, i, quoted = 0, start, False
    while i < len(sql):
        ch = sql[i]
        if ch == "'":
            quoted = not quoted
        elif not quoted and ch == "(":
            depth += 1
        elif not quoted and ch == ")":
            depth -= 1
            if depth == 0:
                return sql[start + 1:i], i
        i += 1
    raise AssertionError(f"unbalanced parenthesis at {start}")


def _split_top(text: str, separator: re.Pattern[str]) -> list[str]:
    """Split ``text`` where ``separator`` matches outside parentheses and quotes."""
    parts, depth, quoted, last, i = [], 0, False, 0, 0
    while i < len(text):
        ch = text[i]
        if ch == "'":
            quoted = not quoted
        elif not quoted and ch == "(":
            depth += 1
        elif not quoted and ch == ")":
            depth -= 1
        elif not quoted and depth == 0:
            match = separator.match(text, i)
            if match:
                parts.append(text[last:i])
                last = i = match.end()
                continue
        i += 1
    return parts + [text[last:]]


def language_dependent_date_conversions(sql: str) -> list[str]:
    """Every conversion to a date type in ``sql`` that could read text by the login's language."""
    found = []
    for call in _CALL.finditer(sql):
        name = call.group(1).upper()
        args, _ = _arguments(sql, call.end() - 1)
        if name in ("CAST", "TRY_CAST"):
            pieces = _split_top(args, re.compile(r"\s+AS\s+", re.IGNORECASE))
            operand, target = " AS ".join(pieces[:-1]).strip(), pieces[-1]
            if not _DATE_TYPE.match(target):
                continue
            date_type = _DATE_TYPE.match(target).group(1).upper()  # type: ignore[union-attr]
            literal_ok = _SAFE_ANY.match(operand) or (date_type not in ("DATETIME", "SMALLDATETIME")
                                                      and _SAFE_NEW_TYPES.match(operand))
            if name == "TRY_CAST" or (_TEXTUAL.match(operand) and not literal_ok):
                found.append(f"{name}({args})")
        else:
            pieces = _split_top(args, re.compile(r","))
            if _DATE_TYPE.match(pieces[0]) and len(pieces) < 3:
                found.append(f"{name}({args})")
    return found


@pytest.mark.parametrize("cms", CMS_NAMES)
def test_no_rendered_tsql_reads_text_as_a_date_without_naming_its_format(cms: str) -> None:
    script = session_script("tsql", cms, "all")
    assert language_dependent_date_conversions(script) == []


@pytest.mark.parametrize(("sql", "flagged"), [
    ("SELECT TRY_CAST(a.answer AS DATETIME)", True),
    ("SELECT TRY_CAST(a.answer AS DATE)", True),
    ("SELECT CONVERT(DATETIME, a.answer)", True),
    ("SELECT TRY_CONVERT(DATETIME2(3), a.answer)", True),
    ("SELECT CAST('2024-03-31' AS DATETIME)", True),  # read as 2024-31-03 (NULL or error) under dmy
    ("SELECT CAST(LTRIM(a.answer) AS DATE)", True),
    ("SELECT TRY_CONVERT(DATETIME, a.answer, 103)", False),
    ("SELECT CAST('2024-03-31' AS DATE), CAST('20240331' AS DATETIME)", False),
    ("SELECT CAST(GETDATE() AS DATE), CAST(p.DATE_OF_BIRTH AS DATE), CAST(x AS NVARCHAR(10))", False),
])
def test_the_check_catches_language_dependent_conversions(sql: str, flagged: bool) -> None:
    assert bool(language_dependent_date_conversions(sql)) is flagged


def test_the_macro_names_a_style_for_each_form_it_reads() -> None:
    script = session_script("tsql", "liquid_logic", "all")
    start = script.index("CASE WHEN LTRIM(RTRIM(CONVERT(NVARCHAR(MAX), fa.ANSWER, 121)))")
    conversion = script[start:script.index("\n", start)]
    # every TRY_CONVERT in the conversion names a style: ISO (120) three times, then UK (103)
    assert conversion.count("TRY_CONVERT(") == 4
    assert re.findall(r"TRY_CONVERT\(DATETIME, .*?, (1\d\d)\) (?=WHEN|END)", conversion) == ["120", "120", "120", "103"]
    assert "TRY_CAST" not in conversion
