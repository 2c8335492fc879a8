"""check-compat: will the values a mapping writes fit the DfE code lists?

Some CMS columns hold an LA's own lookup ids or descriptions where DfE wants a code; a
``source.params`` map turns them into codes, and a value it does not list goes through as it
is. This check samples the distinct values of each such column, applies the map the settings
give, and fails naming the parameter when values would land outside the DfE code list (every
record would otherwise be held back as invalid). Lookup values are codes and descriptions, not
personal data, so a few are shown.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ssd_bridge.compat.checks import Check, failed, passed
from ssd_bridge.compat.code_probes import FAILURE, probe_checks
from ssd_bridge.config import Settings
from ssd_bridge.db import Database, driver_errors
from ssd_bridge.record.codes import CODE_LISTS
from ssd_bridge.sql.render import source_table_name


@dataclass(frozen=True)
class CodeMap:
    """A source.params map from a CMS column's values to a DfE code list."""

    param: str
    table: str
    column: str
    code_list: str
    #: the DfE field the codes go to, for the message
    field: str


# Per CMS, the columns whose values a source.params map turns into DfE codes.
CODE_MAPS: dict[str, tuple[CodeMap, ...]] = {
    "liquid_logic": (
        CodeMap("referral_source_codes", "FACT_REFERRALS", "DIM_LOOKUP_CONT_SORC_ID", "referral_source",
                "social_care_episodes[].referral_source"),
        CodeMap("cla_start_reason_codes", "FACT_CARE_EPISODES", "CARE_REASON_DESC", "start_reason",
                "social_care_episodes[].child_looked_after_placements[].start_reason"),
        CodeMap("care_leaver_activity_codes", "FACT_CLA_CARE_LEAVERS", "DIM_LOOKUP_MAIN_ACTIVITY_DESC", "activity",
                "social_care_episodes[].care_leavers.activity"),
        CodeMap("care_leaver_accommodation_codes", "FACT_CLA_CARE_LEAVERS", "DIM_LOOKUP_ACCOMMODATION_CODE_DESC",
                "accommodation", "social_care_episodes[].care_leavers.accommodation"),
    ),
}
#: At most this many distinct values are read from one column.
SAMPLE = 500


def code_fit_checks(db: Database, settings: Settings) -> list[Check]:
    """One check per code map of the CMS: the sampled values, mapped, are all on the DfE list (Liquid Logic's
    maps here; Mosaic's and Eclipse's through the fills' own macros, in code_probes)."""
    maps = CODE_MAPS.get(settings.cms, ())
    params = settings.source.params if isinstance(settings.source.params, Mapping) else {}
    return [_fit(db, settings, m, params.get(m.param) or {}) for m in maps] + probe_checks(db, settings)


def _fit(db: Database, settings: Settings, code_map: CodeMap, mapping: Mapping[Any, Any]) -> Check:
    name, title = f"source.code_lists.{code_map.param}", f"{code_map.field} codes (source.params.{code_map.param})"
    table = source_table_name(db.dialect, settings.source.location, settings.cms, code_map.table)
    column = db.dialect.quote_ident(db.dialect.fold_case(code_map.column))
    values: list[str] = []
    with driver_errors(f"sample {code_map.table}.{code_map.column}"):
        for (value,) in db.query(f"SELECT DISTINCT {column} FROM {table} WHERE {column} IS NOT NULL"):
            values.append(str(value).strip())
            if len(values) >= SAMPLE:
                break
    allowed = CODE_LISTS[code_map.code_list]
    text_map = {str(k).strip(): str(v).strip() for k, v in mapping.items()}
    outside = sorted({v for v in values if text_map.get(v, v).upper() not in allowed})
    where = f"{code_map.table}.{code_map.column}"
    if not values:
        return passed(name, title, f"{where} holds no values yet, so none can fall outside the code list.")
    if outside:
        shown = ", ".join(repr(v) for v in outside[:5]) + (" ..." if len(outside) > 5 else "")
        return failed(name, title,
                      f"{len(outside)} of the {len(values)} values in {where} are not DfE {code_map.code_list} codes "
                      f"after source.params.{code_map.param} ({shown}); the records carrying them would be held back.",
                      f"Set source.params.{code_map.param} to map each of these values to its DfE code "
                      f"(examples/cms/{settings.cms}.params.yaml has a complete example).",
                      known_failure=FAILURE, details=outside[:50])
    return passed(name, title, f"all {len(values)} values in {where} map to DfE {code_map.code_list} codes.")
