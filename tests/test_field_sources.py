"""The DfE field -> SSD column map: every key a field of the DfE schema, every value an SSD column (#13)."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

import pytest

from ssd_bridge.model import load_tables
from ssd_bridge.record.field_sources import FIELD_SOURCES, field_name, ssd_column


def _schema_fields(node: dict[str, Any], defs: dict[str, Any], prefix: str = "") -> set[str]:
    if "$ref" in node:
        node = defs[node["$ref"].rsplit("/", 1)[-1]]
    fields: set[str] = set()
    if node.get("type") == "array" and "items" in node:
        fields.add(prefix + "[]")
        return fields | _schema_fields(node["items"], defs, prefix + "[]")
    for key, child in node.get("properties", {}).items():
        name = f"{prefix}.{key}" if prefix else key
        fields.add(name)
        fields |= _schema_fields(child, defs, name)
    return fields


def test_every_mapped_field_is_in_the_dfe_schema_and_every_column_in_the_ssd() -> None:
    schema = json.loads(resources.files("ssd_bridge.record").joinpath("dfe_schema.json").read_text(encoding="utf-8"))
    defs = schema.get("$defs") or schema.get("definitions") or {}
    item = schema["items"] if schema.get("type") == "array" else schema
    fields = _schema_fields(item, defs)
    assert set(FIELD_SOURCES) - fields == set()
    columns = {f"{t.name}.{c.name}" for t in load_tables("ssd") for c in t.columns}
    assert set(FIELD_SOURCES.values()) - columns == set()


@pytest.mark.parametrize(("path", "field", "column"), [
    ("$.child_details.sex", "child_details.sex", "ssd_person.pers_sex"),
    ("$.social_care_episodes[2].referral_source", "social_care_episodes[].referral_source",
     "ssd_cin_episodes.cine_referral_source_code"),
    ("$.child_details.disabilities[1]", "child_details.disabilities[]", "ssd_disability.disa_disability_code"),
    ("$.child_details", "child_details", None),
])
def test_a_finding_path_names_its_field_and_column(path: str, field: str, column: str | None) -> None:
    assert field_name(path) == field and ssd_column(path) == column
