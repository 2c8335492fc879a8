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
import hashlib
import json
from collections.abc import Callable, Iterator
from importlib import resources
from typing import Any

from ssd_bridge import __version__
from ssd_bridge.record.findings import (
    ERROR,
    WARNING,
    Finding,
    findings_from_json,
    has_errors,
    stored_findings,
)
from ssd_bridge.record.rules import cross_field_findings


@functools.lru_cache(maxsize=1)
def load_schema() -> dict[str, Any]:
    """Our JSON Schema of one DfE child record (``ssd_bridge/record/dfe_schema.json``)."""
    text = resources.files("ssd_bridge.record").joinpath("dfe_schema.json").read_text(encoding="utf-8")
    return json.loads(text)


@functools.lru_cache(maxsize=1)
def _validator() -> Any:
    from jsonschema import Draft202012Validator

    schema = load_schema()
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


@functools.lru_cache(maxsize=1)
def _fast_check() -> Callable[[dict], Any] | None:
    """A compiled fastjsonschema check of the same schema, used as a quick gate.

    jsonschema takes about 0.3 ms per record, too slow for 100,000 children a night; the
    compiled check takes about 0.01 ms. Records it passes have no schema error; records it
    rejects are checked again by jsonschema, which gives the findings. The test suite
    checks that both agree.
    """
    try:
        import fastjsonschema
    except ImportError:
        return None
    inlined = _inline(load_schema(), load_schema())
    inlined["$schema"] = "http://json-schema.org/draft-07/schema#"  # same keywords, draft 7 spelling
    # use_default=False: fastjsonschema would otherwise write "default" values into the record.
    return fastjsonschema.compile(inlined, use_default=False)


def _inline(node: Any, root: dict[str, Any]) -> Any:
    if isinstance(node, dict):
        if "$ref" in node:
            return _inline(_resolve(node, root), root)
        return {k: _inline(v, root) for k, v in node.items() if k not in ("$defs", "$id", "$schema")}
    if isinstance(node, list):
        return [_inline(v, root) for v in node]
    return node


def is_schema_valid(record: dict) -> bool:
    """True when ``record`` has no JSON Schema error (fast path for the nightly extract)."""
    check = _fast_check()
    if check is None:
        return _validator().is_valid(record)
    try:
        check(record)
    except _fast_check_error():
        return False
    return True


@functools.lru_cache(maxsize=1)
def _fast_check_error() -> type[Exception]:
    from fastjsonschema import JsonSchemaException

    return JsonSchemaException


def schema_errors(record: dict) -> list[str]:
    """Return one message per JSON Schema violation in ``record``: '<path>: <rule>', no values."""
    return [f"{f.path}: {f.message}" for f in schema_findings(record)]


def schema_findings(record: dict) -> list[Finding]:
    """The JSON Schema violations of ``record`` as findings, in path order."""
    return [] if is_schema_valid(record) else _full_schema_findings(record)


def _full_schema_findings(record: dict) -> list[Finding]:
    """Every violation, from jsonschema (slow: only for records the fast check rejected)."""
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


def validate_record(record: dict, notes: list[Finding] | None = None) -> list[Finding]:
    """Every finding for one record: schema errors, cross-field errors and code-list warnings.

    ``notes`` are findings the builder made while reading the SSD (e.g. unreadable factors).
    The result is sorted and de-duplicated, so the same record always gives the same list.
    """
    schema = [] if is_schema_valid(record) else _full_schema_findings(record)
    cross = cross_field_findings(record)
    if not (schema or cross or notes):
        return []  # most records: nothing to merge or sort
    findings = set(schema) | set(cross) | set(notes or ())
    return sorted(findings, key=lambda f: (f.severity != ERROR, f.path, f.rule, f.message))


@functools.lru_cache(maxsize=1)
def rules_version() -> str:
    """A short fingerprint of the rules in force (schema, cross-field rules, code lists).

    Stored with the findings, so an extract can trust the stored verdict of an unchanged
    record and re-check it only after an upgrade changed the rules.
    """
    digest = hashlib.sha256()
    package = resources.files("ssd_bridge.record")
    for name in ("dfe_schema.json", "validate.py", "rules.py", "codes.py", "findings.py"):
        try:
            digest.update(package.joinpath(name).read_bytes())
        except FileNotFoundError:  # an install without sources: fall back to the release number
            digest.update(__version__.encode())
    return digest.hexdigest()[:12]


def findings_json(findings: list[Finding]) -> str:
    """The findings as the compact JSON stored in ``validation_findings``, with the rules version."""
    if not findings:
        return _no_findings_json()
    return json.dumps({"rules": rules_version(), "findings": [f.as_dict() for f in findings]},
                      separators=(",", ":"), ensure_ascii=False)


@functools.lru_cache(maxsize=1)
def _no_findings_json() -> str:
    # what most records store, made once per run rather than once per record
    return json.dumps({"rules": rules_version(), "findings": []}, separators=(",", ":"), ensure_ascii=False)


__all__ = ["ERROR", "WARNING", "Finding", "findings_from_json", "has_errors", "stored_findings"]
