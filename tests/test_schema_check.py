"""The schema compiled to a yes/no check agrees with jsonschema on every keyword the schema uses."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

import pytest

from ssd_bridge.record.schema_check import SchemaCompileError, compile_check
from ssd_bridge.record.validate import _inline, _validator, is_schema_valid, load_schema

Path = tuple[Any, ...]


def _schema() -> dict[str, Any]:
    return _inline(load_schema(), load_schema())


def _valid(schema: dict[str, Any]) -> Any:
    """A valid instance of ``schema`` holding every property it names."""
    kind = schema.get("type")
    if kind == "object":
        return {key: _valid(sub) for key, sub in schema.get("properties", {}).items()}
    if kind == "array":
        return [_valid(schema["items"])]
    if kind == "string":
        if schema.get("format") == "date":
            return "2025-01-02"
        return "A" * max(1, schema.get("minLength", 1))
    if kind == "integer":
        return 3
    if kind == "boolean":
        return False
    raise AssertionError(f"no sample for {schema}")


def _places(schema: dict[str, Any], path: Path = ()) -> Iterator[tuple[Path, dict[str, Any]]]:
    """(path, subschema) of every value a record built by _valid holds."""
    yield path, schema
    for key, sub in schema.get("properties", {}).items():
        yield from _places(sub, (*path, key))
    if "items" in schema:
        yield from _places(schema["items"], (*path, 0))


def _set(record: Any, path: Path, value: Any) -> None:
    for part in path[:-1]:
        record = record[part]
    record[path[-1]] = value


def _get(record: Any, path: Path) -> Any:
    for part in path:
        record = record[part]
    return record


#: Values that break (or nearly break) one keyword or another: types, lengths, dates, patterns, items.
BAD_VALUES: list[Any] = [
    None, 1, 1.0, 1.5, True, 0, "", "A", "A" * 3, "A" * 13, "A" * 14, "x" * 50, "a b", "A1\n", "A-1_b",
    "2015-02-30", "2016-02-29", "2015-02-29", "0000-01-01", "2015-1-01", "2015-01-01\n", "2015-01-01T00:00",
    "\u0662\u0660\u0661\u0665-01-01", "\u00e9t\u00e9", [], {}, ["A"], ["A", "A"], ["A", "B"], ["ABCDE"], [1], [None],
    ["A"] * 13, [str(i) for i in range(13)], [{"x": 1}], {"purge": False}, {"date": "2025-01-01", "score": 1.0},
]


def test_a_full_record_passes_both() -> None:
    schema = _schema()
    full = _valid(schema)
    assert compile_check(schema)(full) is True
    assert _validator().is_valid(full)


def test_every_value_of_a_full_record_damaged_in_every_way_agrees_with_jsonschema() -> None:
    schema = _schema()
    check = compile_check(schema)
    validator = _validator()
    full = _valid(schema)
    tried = rejected = 0
    for path, _ in _places(schema):
        if not path:
            continue
        for bad in BAD_VALUES:
            record = copy.deepcopy(full)
            _set(record, path, copy.deepcopy(bad))
            expected = validator.is_valid(record)
            assert check(record) is expected, (path, bad)
            tried, rejected = tried + 1, rejected + (not expected)
    assert tried > 2000 and rejected > tried // 2  # the damage really breaks records


def test_extra_and_missing_keys_agree_with_jsonschema() -> None:
    schema = _schema()
    check = compile_check(schema)
    validator = _validator()
    full = _valid(schema)
    for path, sub in _places(schema):
        if sub.get("type") != "object":
            continue
        extra = copy.deepcopy(full)
        _get(extra, path)["not_in_the_schema"] = "A"
        assert check(extra) is validator.is_valid(extra) is False, path
        for key in sub.get("properties", {}):
            missing = copy.deepcopy(full)
            del _get(missing, path)[key]
            assert check(missing) is validator.is_valid(missing), (path, key)
    assert check([full]) is validator.is_valid([full]) is False


def test_the_gate_is_the_compiled_check_and_leaves_the_record_alone() -> None:
    full = _valid(_schema())
    before = copy.deepcopy(full)
    del full["child_details"]["purge"]  # a schema default must not be written into the record
    assert is_schema_valid(full)
    assert "purge" not in full["child_details"]
    assert before["child_details"]["purge"] is False


@pytest.mark.parametrize(
    ("schema", "words"),
    [
        ({"type": "string", "enum": ["A"]}, "keyword(s) enum"),
        ({"type": "string", "format": "email"}, "format 'email'"),
        ({"type": "number"}, "type 'number'"),
        ({"type": ["string", "null"]}, "type ['string', 'null']"),
        ({"maxLength": 3}, "maxLength need \"type\": \"string\""),
        ({"type": "object", "additionalProperties": {"type": "string"}}, "additionalProperties true or false"),
        ({"type": "array", "items": {"type": "integer"}, "uniqueItems": True}, "uniqueItems only over items of type string"),
        ({"type": "object", "properties": {"a": {"type": "string", "oneOf": []}}}, "keyword(s) oneOf"),
    ],
)
def test_a_keyword_it_does_not_check_is_refused_not_skipped(schema: dict[str, Any], words: str) -> None:
    with pytest.raises(SchemaCompileError, match=None) as raised:
        compile_check(schema)
    assert words in str(raised.value)


def test_annotations_are_allowed_and_constrain_nothing() -> None:
    check = compile_check({"type": "object", "title": "t", "description": "d", "x-note": 1,
                           "properties": {"a": {"type": "boolean", "default": False}}})
    assert check({}) and check({"a": True}) and not check({"a": "yes"})


def test_the_date_test_is_jsonschemas_and_its_memory_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    from ssd_bridge.record import schema_check

    monkeypatch.setattr(schema_check, "_DATES_SEEN", set())
    monkeypatch.setattr(schema_check, "_DATES_KEPT", 2)
    check = compile_check({"type": "string", "format": "date"})
    for text in ("2024-02-29", "2024-03-01", "2024-03-02", "2024-03-02"):
        assert check(text)
    for text in ("2023-02-29", "2024-3-01", "\u0662\u0660\u0662\u0664-03-01", "2024-03-01\n", "0000-01-01"):
        assert not check(text) and not _validator().is_valid({"la_child_id": "C1", "child_details": {"date_of_birth": text}})
    assert schema_check._DATES_SEEN == {"2024-02-29", "2024-03-01"}
