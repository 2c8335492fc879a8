"""Our JSON Schema compiled to one plain Python function: is this record schema-valid, yes or no.

The nightly extract validates every rebuilt child against ``dfe_schema.json``. jsonschema takes
about 0.3 ms a record; a generic compiled validator about 0.025 ms, most of it bookkeeping for
the error messages it never shows. This module turns the schema into straight-line code that
only answers yes or no: one ``dict.keys() <= allowed`` test per object for
``additionalProperties: false``, one lookup per property, the limits inlined. It is a full check
of every keyword the schema uses, with jsonschema's meaning of each (draft 2020-12 types, the
``date`` format, ``pattern`` searched as ``re.search`` does), and it refuses to compile a schema
holding a keyword it does not know, so a schema change cannot be skipped unnoticed. jsonschema
still gives the findings of a record this check rejects (``record.validate``), and the test suite
checks that both agree.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

#: Keywords that describe and never constrain (``default`` is not applied: records are not changed).
ANNOTATIONS = frozenset(("title", "description", "default", "$comment", "examples"))
#: Keywords compiled below, by the type they apply to.
KEYWORDS = frozenset(("type", "properties", "additionalProperties", "required", "maxLength", "minLength",
                      "pattern", "format", "items", "maxItems", "uniqueItems"))

# jsonschema's types (draft 2020-12): an integer may be a float with no fraction; bool is not a number.
_TYPE_TESTS = {
    "object": "isinstance({v}, dict)",
    "array": "isinstance({v}, list)",
    "string": "isinstance({v}, str)",
    "boolean": "isinstance({v}, bool)",
    "integer": "((isinstance({v}, int) and not isinstance({v}, bool)) or (isinstance({v}, float) and {v}.is_integer()))",
}
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$", re.ASCII)  # jsonschema's "date" format: this, and a real day


def is_date(value: str) -> bool:
    """jsonschema's ``date`` format: YYYY-MM-DD (ASCII digits) naming a real day."""
    if not _DATE.fullmatch(value):
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    if len(_DATES_SEEN) < _DATES_KEPT:
        _DATES_SEEN.add(value)
    return True


#: Valid dates seen, so the commonest test is a set look-up: a night's records share a few thousand
#: dates. Bounded: past the limit, new dates are checked in full every time.
_DATES_SEEN: set[str] = set()
_DATES_KEPT = 50_000


class SchemaCompileError(ValueError):
    """The schema uses a keyword (or a form of one) this compiler does not check."""


def compile_check(schema: dict[str, Any]) -> Callable[[Any], bool]:
    """A function telling whether an instance is valid against ``schema`` ($ref pointers inlined)."""
    constants: dict[str, Any] = {"is_date": is_date, "dates": _DATES_SEEN, "missing": _MISSING}
    lines = ["def check(v0):"]
    _node(schema, "v0", 1, lines, constants)
    lines.append("    return True")
    namespace: dict[str, Any] = dict(constants)
    exec(compile("\n".join(lines), "<dfe_schema check>", "exec"), namespace)  # noqa: S102 - our own generated code
    check: Callable[[Any], bool] = namespace["check"]
    return check


def _node(schema: Any, v: str, depth: int, lines: list[str], constants: dict[str, Any]) -> None:
    """Append the lines that return False when the value named ``v`` breaks ``schema``."""
    if not isinstance(schema, dict):
        raise SchemaCompileError(f"a schema must be an object, not {type(schema).__name__}")
    unknown = sorted(k for k in schema if k not in KEYWORDS and k not in ANNOTATIONS and not k.startswith("x-"))
    if unknown:
        raise SchemaCompileError(f"the schema check does not know the keyword(s) {', '.join(unknown)}")
    pad = "    " * depth
    kind = schema.get("type")
    _require_type(schema, kind)
    if kind is None:
        return
    if not isinstance(kind, str) or kind not in _TYPE_TESTS:
        raise SchemaCompileError(f"the schema check does not know the type {kind!r}")
    # one test per value: its type, then (for a string) every limit, in one short-circuit line
    tests = [f"not {_TYPE_TESTS[kind].format(v=v)}", *(_string(schema, v, constants) if kind == "string" else ())]
    lines.append(f"{pad}if {' or '.join(tests)}: return False")
    if kind == "object":
        _object(schema, v, depth, lines, constants)
    elif kind == "array":
        _array(schema, v, depth, lines, constants)


def _require_type(schema: dict[str, Any], kind: Any) -> None:
    # Each keyword is compiled inside its type's branch: without "type" it would apply to any value.
    for keywords, needed in ((("maxLength", "minLength", "pattern", "format"), "string"),
                             (("properties", "additionalProperties", "required"), "object"),
                             (("items", "maxItems", "uniqueItems"), "array")):
        used = [k for k in keywords if k in schema]
        if used and kind != needed:
            raise SchemaCompileError(f"{', '.join(used)} need \"type\": \"{needed}\" beside them in the schema check")


def _string(schema: dict[str, Any], v: str, constants: dict[str, Any]) -> list[str]:
    """The tests that are true when the string named ``v`` breaks a limit of ``schema``."""
    tests = []
    if "maxLength" in schema:
        tests.append(f"len({v}) > {int(schema['maxLength'])}")
    if "minLength" in schema:
        tests.append(f"len({v}) < {int(schema['minLength'])}")
    if "pattern" in schema:
        name = f"pattern{len(constants)}"
        constants[name] = re.compile(schema["pattern"]).search  # what jsonschema does: re.search
        tests.append(f"{name}({v}) is None")
    if "format" in schema:
        if schema["format"] != "date":
            raise SchemaCompileError(f"the schema check does not know the format {schema['format']!r}")
        tests.append(f"({v} not in dates and not is_date({v}))")
    return tests


def _object(schema: dict[str, Any], v: str, depth: int, lines: list[str], constants: dict[str, Any]) -> None:
    pad = "    " * depth
    properties: dict[str, Any] = schema.get("properties", {})
    extra = schema.get("additionalProperties", True)
    if extra is False:
        name = f"allowed{len(constants)}"
        constants[name] = frozenset(properties)
        lines.append(f"{pad}if not {v}.keys() <= {name}: return False")
    elif extra is not True:
        raise SchemaCompileError("the schema check knows additionalProperties true or false only")
    if schema.get("required"):
        name = f"required{len(constants)}"
        constants[name] = frozenset(schema["required"])
        lines.append(f"{pad}if not {name} <= {v}.keys(): return False")
    child = f"v{depth}"
    for key, subschema in properties.items():
        body: list[str] = []
        _node(subschema, child, depth + 1, body, constants)
        if body:  # a property with no constraint ({}) needs no lookup
            lines.append(f"{pad}{child} = {v}.get({key!r}, missing)")
            lines.append(f"{pad}if {child} is not missing:")
            lines.extend(body)


def _array(schema: dict[str, Any], v: str, depth: int, lines: list[str], constants: dict[str, Any]) -> None:
    pad = "    " * depth
    if "maxItems" in schema:
        lines.append(f"{pad}if len({v}) > {int(schema['maxItems'])}: return False")
    items = schema.get("items")
    if items is not None:
        child = f"v{depth}"
        body: list[str] = []
        _node(items, child, depth + 1, body, constants)
        if body:
            lines.append(f"{pad}for {child} in {v}:")
            lines.extend(body)
    if schema.get("uniqueItems"):
        # A set compares as JSON does only for strings (True == 1 in Python, not in JSON).
        if not isinstance(items, dict) or items.get("type") != "string":
            raise SchemaCompileError("the schema check knows uniqueItems only over items of type string")
        lines.append(f"{pad}if len(set({v})) != len({v}): return False")


_MISSING = object()
