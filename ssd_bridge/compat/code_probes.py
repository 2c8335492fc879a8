"""check-compat: do the codes a Mosaic or Eclipse fill maps (through source.params or a CMS lookup) fit DfE's lists?

Those fills map form answers and lookup values with a macro of the CMS's ``_lib.sql`` that the fill
itself calls. This check renders the same macro over a bounded sample of the distinct source
values, so it cannot drift from the fill, and fails naming the parameter to set when a value
has no DfE code or one outside the list. The values are lookup codes and descriptions, not
personal data, so a few are shown.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import jinja2

from ssd_bridge.compat.checks import Check, failed, passed, warned
from ssd_bridge.config import Settings
from ssd_bridge.db import Database, driver_errors
from ssd_bridge.record.codes import CODE_LISTS
from ssd_bridge.record.field_sources import EPISODE
from ssd_bridge.record.values import code as dfe_code
from ssd_bridge.sql.deploy import render_options
from ssd_bridge.sql.render import prepare_environment

#: At most this many distinct values are read per probe.
SAMPLE = 500
#: How many offending values a message shows.
SHOWN = 5
#: The check-compat failure id of a value outside the DfE code lists (docs/operations.md).
FAILURE = "C10"


@dataclass(frozen=True)
class CodeProbe:
    """One mapped DfE-coded field: where its source values are and the fill's macro that maps them."""

    param: str
    #: the DfE field the codes go to and its code list (ssd_bridge.record.codes)
    field: str
    code_list: str
    #: "TABLE.COLUMN" the values come from, for the message
    source: str
    #: Jinja SQL: "<columns> FROM ..." giving the distinct source value as v (and what else the macro reads)
    values: str
    #: Jinja expression: the fill's mapping macro applied to the sampled row s (lib is the CMS's _lib.sql)
    code: str
    #: what to fix besides the parameter, when a CMS lookup also feeds the code
    lookup: str | None = None
    #: the DfE code the fill gives a value its mapping does not know (then such values warn, not fail)
    fallback: str | None = None
    #: the source column may hold free text (which can name a person): its values are counted, never shown
    free_text: bool = False

    @property
    def macro(self) -> str:
        """The name of the mapping macro in the CMS's _lib.sql."""
        return self.code.split("(", 1)[0].removeprefix("lib.")


_FORM_ANSWER = ("DISTINCT f.ANSWERVALUE AS v FROM {{ src('FORMANSWERPERSONVIEW') }} f WHERE f.DESIGNGUID = "
                "{{ lib.form_guid('%s') }} AND f.CONTROLNAME = '%s' AND f.ANSWERVALUE IS NOT NULL")
_PLACEMENT = f"{EPISODE}.child_looked_after_placements[]"

#: Each map parameter's DfE field and code list (ssd_bridge.record.codes), the same in every CMS.
_FIELDS: dict[str, tuple[str, str]] = {
    "ethnicity_map": ("child_details.ethnicity", "ethnicity"),
    "disability_map": ("child_details.disabilities", "disabilities"),
    "referral_source_map": (f"{EPISODE}.referral_source", "referral_source"),
    "close_reason_map": (f"{EPISODE}.closure_reason", "closure_reason"),
    "assessment_factor_map": (f"{EPISODE}.child_and_family_assessments[].factors", "factors"),
    "start_reason_map": (f"{_PLACEMENT}.start_reason", "start_reason"),
    "placement_type_map": (f"{_PLACEMENT}.placement_type", "placement_type"),
    "episode_end_reason_map": (f"{_PLACEMENT}.end_reason", "end_reason"),
    "placement_change_reason_map": (f"{_PLACEMENT}.change_reason", "change_reason"),
    "care_leaver_activity_map": (f"{EPISODE}.care_leavers.activity", "activity"),
    "care_leaver_accommodation_map": (f"{EPISODE}.care_leavers.accommodation", "accommodation"),
}


def _map_probe(param: str, source: str, values: str, code: str | None = None, **more: Any) -> CodeProbe:
    """A probe of one map parameter; ``code`` defaults to the map's ``<field>_code`` macro in the CMS's _lib.sql."""
    field, code_list = _FIELDS[param]
    code = code or f"lib.{param.removesuffix('_map')}_code('s.v')"
    return CodeProbe(param, field, code_list, source, values, code, **more)


def _column(table: str, column: str, alias: str = "t") -> str:
    """The values query of a probe on one source column: its distinct non-NULL values."""
    return f"DISTINCT {alias}.{column} AS v FROM {{{{ src('{table}') }}}} {alias} WHERE {alias}.{column} IS NOT NULL"


def _passed_through(param: str, table: str, column: str) -> CodeProbe:
    """A probe of a CMS code the fill passes through its map (``<field>_code`` in the CMS's _lib.sql)."""
    return _map_probe(param, f"{table}.{column}", _column(table, column))


def _mosaic_care_leaver(kind: str, column: str, types: str) -> CodeProbe:
    """A Mosaic care leaver's activity or accommodation: the map, the LA's mapping group, the code, the description."""
    values = (f"DISTINCT f.{column} AS v, m.code AS mapped, t.DESCRIPTION AS description "
              "FROM {{ src('dm_former_looked_after') }} f "
              "LEFT JOIN (SELECT mg.MAPPED_VALUE AS source_value, MAX(mg.CATEGORY_VALUE) AS code "
              "FROM {{ src('dm_mapping_groups') }} mg WHERE {{ code_eq('mg.GROUP_NAME', lib.care_leaver_group('%s')) }} "
              "GROUP BY mg.MAPPED_VALUE) m ON m.source_value = f.%s "
              "LEFT JOIN {{ src('%s') }} t ON t.%s = f.%s WHERE f.%s IS NOT NULL") % (kind, column, types, column, column,
                                                                                        column)
    return _map_probe(f"care_leaver_{kind}_map", f"dm_former_looked_after.{column}", values,
                  f"lib.care_leaver_{kind}_code('s.v', 's.mapped', 's.description')",
                  lookup=f"the dm_mapping_groups group in source.params.{kind}_group")


_ECLIPSE_CLOSE_REASONS = (
    "DISTINCT x.v AS v FROM (SELECT c.ENDREASON AS v FROM {{ src('CLASSIFICATIONPERSONVIEW') }} c "
    "WHERE {{ lib.classified('c', 'cin_episode_path_ids', 'cin_episode_code_ids') }} AND c.ENDREASON IS NOT NULL "
    "UNION SELECT e.EOCENDREASON AS v FROM {{ src('CLAEPISODEOFCAREVIEW') }} e WHERE e.EOCENDREASON IS NOT NULL) x")
_ECLIPSE_DISABILITIES = (
    "DISTINCT COALESCE(cl.NAME, d.NAME) AS v FROM {{ src('CLASSIFICATIONPERSONVIEW') }} d "
    "LEFT JOIN {{ src('CLASSIFICATION') }} cl ON cl.ID = d.CLASSIFICATIONCODEID "
    "WHERE {{ lib.classified('d', 'disability_path_ids') }} AND COALESCE(cl.NAME, d.NAME) IS NOT NULL")

PROBES: dict[str, tuple[CodeProbe, ...]] = {
    "eclipse": (
        _map_probe("ethnicity_map", "PERSONDEMOGRAPHICSVIEW.ETHNICITYCODE",
               _column("PERSONDEMOGRAPHICSVIEW", "ETHNICITYCODE", "p")),
        _map_probe("disability_map", "CLASSIFICATION.NAME (disability classifications)", _ECLIPSE_DISABILITIES,
               fallback="DDA"),
        _map_probe("referral_source_map", "FORMANSWERPERSONVIEW.ANSWERVALUE (referral form, CINCensus_ReferralSource)",
               _FORM_ANSWER % ("referral", "CINCensus_ReferralSource")),
        _map_probe("close_reason_map",
               "CLASSIFICATIONPERSONVIEW.ENDREASON (CIN episode classifications) and CLAEPISODEOFCAREVIEW.EOCENDREASON",
               _ECLIPSE_CLOSE_REASONS, fallback="RC7", free_text=True),
        _passed_through("start_reason_map", "CLAEPISODEOFCAREVIEW", "EOCSTARTREASONCODE"),
        _map_probe("placement_type_map", "CLAEPISODEOFCAREVIEW.PLACEMENTTYPECODE",
               _column("CLAEPISODEOFCAREVIEW", "PLACEMENTTYPECODE", "e")),
        _passed_through("episode_end_reason_map", "CLAEPISODEOFCAREVIEW", "EOCENDREASONCODE"),
        _passed_through("placement_change_reason_map", "CLAEPISODEOFCAREVIEW", "PLACEMENTCHANGEREASONCODE"),
        _passed_through("care_leaver_activity_map", "CLACARELEAVERDETAILSVIEW", "MAINACTIVITYCODE"),
        _passed_through("care_leaver_accommodation_map", "CLACARELEAVERDETAILSVIEW", "ACCOMODATIONCODE"),
    ),
    "mosaic": (
        _map_probe("ethnicity_map", "dm_persons.FULL_ETHNICITY_CODE",
               "DISTINCT p.FULL_ETHNICITY_CODE AS v, e.cbds AS looked_up FROM {{ src('dm_persons') }} p "
               "LEFT JOIN (SELECT et.ETHNICITY_CODE AS code, MAX(et.CBDS_ETHNICITY_CODE) AS cbds "
               "FROM {{ src('dm_ETHNICITIES') }} et GROUP BY et.ETHNICITY_CODE) e ON e.code = p.FULL_ETHNICITY_CODE "
               "WHERE p.FULL_ETHNICITY_CODE IS NOT NULL", "lib.ethnicity_code('s.v', 's.looked_up')",
               lookup="dm_ETHNICITIES.CBDS_ETHNICITY_CODE"),
        _passed_through("disability_map", "DM_DISABILITIES", "CIN_DISABILITY_CATEGORY_CODE"),
        _passed_through("referral_source_map", "dm_cin_referrals", "SOURCE_OF_REFERRAL"),
        _passed_through("close_reason_map", "dm_cin_referrals", "CLOSURE_REASON"),
        _passed_through("assessment_factor_map", "dm_cin_assess_factors", "FACTOR_VALUE"),
        _passed_through("placement_type_map", "dm_PLACEMENTS", "PLACEMENT_TYPE"),
        _passed_through("episode_end_reason_map", "dm_PLACEMENTS", "REASON_EPISODE_CEASED"),
        _passed_through("placement_change_reason_map", "dm_PLACEMENTS", "REASON_FOR_PLACEMENT_CHANGE"),
        _mosaic_care_leaver("activity", "ACTIVITY_TYPE", "dm_former_activity_types"),
        _mosaic_care_leaver("accommodation", "ACCOMODATION_TYPE", "dm_former_accom_types"),
    ),
}


def probe_checks(db: Database, settings: Settings) -> list[Check]:
    """One check per mapped field of the CMS: the sampled source values, mapped by the fill's own macro."""
    probes = PROBES.get(settings.cms, ())
    if not probes:
        return []
    env, context = prepare_environment(render_options(settings, "ssd"), db.dialect)
    try:
        lib = env.get_template(f"cms/{settings.cms}/_lib.sql").make_module(context)
    except jinja2.TemplateNotFound:
        return []  # a template set without the helper library (a custom mapping) maps nothing here
    head = f'{{% import "cms/{settings.cms}/_lib.sql" as lib with context %}}'
    return [_probe(db, settings, p, lambda text: env.from_string(head + text).render(context))
            for p in probes if hasattr(lib, p.macro)]


Render = Callable[[str], str]


def probe_sql(db: Database, probe: CodeProbe, render: Render) -> str:
    """The bounded sampling query of one probe: (source value, mapped code) rows."""
    values, code = render(probe.values).strip(), render("{{ " + probe.code + " }}").strip()
    return db.dialect.first_rows_sql(f"s.v, {code} FROM (SELECT {values}) s", SAMPLE)


def _probe(db: Database, settings: Settings, probe: CodeProbe, render: Render) -> Check:
    name = f"source.code_lists.{probe.param}"
    title = f"{probe.field} codes (source.params.{probe.param})"
    with driver_errors(f"sample {probe.source}"):
        rows = [(str(v).strip(), None if c is None else str(c).strip()) for v, c in db.query(probe_sql(db, probe, render))]
    allowed = CODE_LISTS[probe.code_list]
    unmapped = sorted({v for v, c in rows if not c})
    # outside the list as the record builder reads the code (trimmed, upper-cased, "<code> <description>" -> code)
    outside = sorted({_pair(v, c) for v, c in rows if c and dfe_code(c, allowed) not in allowed})
    if not rows:
        return passed(name, title, f"{probe.source} holds no values yet, so none can fall outside the code list.")
    if not unmapped and not outside:
        return passed(name, title, f"all {len(rows)} values in {probe.source} map to DfE {probe.code_list} codes.")
    shown = _hidden if probe.free_text else _shown
    problems = []
    if unmapped:
        problems.append(f"{len(unmapped)} have no DfE {probe.code_list} code ({shown(unmapped)})")
    if outside:
        problems.append(f"{len(outside)} are or map outside the list ({shown(outside)})")
    details = [] if probe.free_text else (unmapped + outside)[:50]
    also = f" (or correct {probe.lookup} in the CMS)" if probe.lookup else ""
    if probe.fallback and not outside:
        return warned(name, title,
                      f"of the {len(rows)} values sampled from {probe.source}, {problems[0]} after the {settings.cms} "
                      f"mapping and source.params.{probe.param}; the records carrying them send {probe.field} as "
                      f"{probe.fallback}.",
                      f"If {probe.fallback} is not right for them, set source.params.{probe.param} to map each of these "
                      f"values to its DfE {probe.code_list} code; examples/cms/{settings.cms}.params.yaml has an example.",
                      known_failure=FAILURE, details=details)
    return failed(name, title,
                  f"of the {len(rows)} values sampled from {probe.source}, {' and '.join(problems)} after the "
                  f"{settings.cms} mapping and source.params.{probe.param}; the records carrying them would "
                  f"send {probe.field} without a valid code or be held back.",
                  f"Set source.params.{probe.param} to map each of these values to its DfE {probe.code_list} code"
                  f"{also}; examples/cms/{settings.cms}.params.yaml has a complete example.",
                  known_failure=FAILURE, details=details)


def _pair(value: str, code: str) -> str:
    """A value and the code it maps to, or the value alone where the fill passes it through unchanged."""
    return value if code == value else f"{value} -> {code}"


def _hidden(values: list[str]) -> str:
    """What a message says of free-text values: never the values, which may name a person."""
    return "not shown, the column may hold free text; list them with the query in docs/operations.md, C10"


def _shown(values: list[str]) -> str:
    return ", ".join(repr(v) for v in values[:SHOWN]) + (" ..." if len(values) > SHOWN else "")
