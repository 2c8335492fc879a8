"""DfE rule checks over child records: JSON Schema, cross-field rules and code lists.

Three layers, each giving :class:`Finding` objects with a rule id and a severity:

- ``schema.<keyword>`` (error): our own JSON Schema of one child record (``dfe_schema.json``,
  draft 2020-12, written from the DfE 1.0.1 field rules), checked with one compiled, cached
  jsonschema validator. A record with an error is held back (``submission_status = invalid``).
- cross-field rules (error): what a schema cannot say, e.g. an end date before its start.
- ``code.<field>`` (warning): the code lists of the CiN census / SSDA903. DfE publishes no
  enumerations, so an unknown code is reported but the record is still sent.

Messages name the JSON path and the rule, never the value: findings are stored and printed,
and values are children's data.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from typing import Any

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True)
class Finding:
    """One broken rule in one record: where, which rule, how serious, and why (no values)."""

    rule: str
    severity: str
    path: str
    message: str

    def as_dict(self) -> dict[str, str]:
        """The finding as a plain dict (stored as JSON in ``validation_findings``)."""
        return {"rule": self.rule, "severity": self.severity, "path": self.path, "message": self.message}


@functools.lru_cache(maxsize=1)
def load_schema() -> dict[str, Any]:
    """Our JSON Schema of one DfE child record (``ssd_bridge/dfe_schema.json``)."""
    text = resources.files("ssd_bridge").joinpath("dfe_schema.json").read_text(encoding="utf-8")
    return json.loads(text)


@functools.lru_cache(maxsize=1)
def _validator() -> Any:
    from jsonschema import Draft202012Validator

    schema = load_schema()
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def schema_errors(record: dict) -> list[str]:
    """Return one message per JSON Schema violation in ``record``: '<path>: <rule>', no values."""
    return [f"{f.path}: {f.message}" for f in schema_findings(record)]


def schema_findings(record: dict) -> list[Finding]:
    """The JSON Schema violations of ``record`` as findings, in path order."""
    findings = [
        Finding(f"schema.{error.validator}", ERROR, json_path(error.absolute_path), _describe(error))
        for error in _validator().iter_errors(record)
    ]
    return sorted(findings, key=lambda f: (f.path, f.rule, f.message))


def json_path(parts: Any) -> str:
    """Render a sequence of keys and list indexes as ``$.a.b[0].c``."""
    text = "$"
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else f".{part}"
    return text


def _describe(error: Any) -> str:
    """A message for one jsonschema error that names the rule but never repeats the value."""
    keyword, limit, instance = error.validator, error.validator_value, error.instance
    if keyword == "type":
        return f"must be of type {limit}"
    if keyword == "maxLength":
        return f"longer than maxLength {limit}"
    if keyword == "minLength":
        return f"shorter than minLength {limit}"
    if keyword == "pattern":
        return f"does not match pattern {limit}"
    if keyword == "format":
        return f"is not a valid {limit} (format {limit}, YYYY-MM-DD)"
    if keyword == "maxItems":
        return f"has more than maxItems {limit} items"
    if keyword == "uniqueItems":
        return "has duplicate items (uniqueItems)"
    if keyword == "required" and isinstance(instance, dict):
        missing = ", ".join(k for k in limit if k not in instance)
        return f"misses required key {missing}"
    if keyword == "additionalProperties" and isinstance(instance, dict):
        allowed = error.schema.get("properties", {})
        extra = ", ".join(sorted(k for k in instance if k not in allowed))
        return f"has keys the schema does not allow (additionalProperties false): {extra}"
    return f"breaks the schema rule {keyword}"


def iter_schema_properties(schema: dict[str, Any], root: dict[str, Any] | None = None,
                           path: str = "$") -> Iterator[tuple[str, dict[str, Any]]]:
    """Yield (path, resolved subschema) for every property and array item of ``schema``.

    Local ``$ref`` pointers are resolved against ``root``; used by the conformance test and
    by anything that wants the field limits (e.g. documentation).
    """
    root = root if root is not None else schema
    node = _resolve(schema, root)
    yield path, node
    for name, child in (node.get("properties") or {}).items():
        yield from iter_schema_properties(child, root, f"{path}.{name}")
    if isinstance(node.get("items"), dict):
        yield from iter_schema_properties(node["items"], root, f"{path}[]")


def _resolve(node: dict[str, Any], root: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        ref = node["$ref"]
        if not ref.startswith("#/"):
            raise ValueError(f"only local $ref pointers are supported, not {ref}")
        target: Any = root
        for part in ref[2:].split("/"):
            target = target[part]
        node = {**target, **{k: v for k, v in node.items() if k != "$ref"}}
    return node
