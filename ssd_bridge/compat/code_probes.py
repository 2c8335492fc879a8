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

import jinja2

from ssd_bridge.compat.checks import Check, failed, passed
from ssd_bridge.config import Settings
from ssd_bridge.db import Database, driver_errors
from ssd_bridge.record.codes import CODE_LISTS
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

    @property
    def macro(self) -> str:
        """The name of the mapping macro in the CMS's _lib.sql."""
        return self.code.split("(", 1)[0].removeprefix("lib.")


_FORM_ANSWER = ("DISTINCT f.ANSWERVALUE AS v FROM {{ src('FORMANSWERPERSONVIEW') }} f WHERE f.DESIGNGUID = "
                "{{ lib.form_guid('%s') }} AND f.CONTROLNAME = '%s' AND f.ANSWERVALUE IS NOT NULL")

PROBES: dict[str, tuple[CodeProbe, ...]] = {
    "eclipse": (
        CodeProbe("ethnicity_map", "child_details.ethnicity", "ethnicity", "PERSONDEMOGRAPHICSVIEW.ETHNICITYCODE",
                  "DISTINCT p.ETHNICITYCODE AS v FROM {{ src('PERSONDEMOGRAPHICSVIEW') }} p "
                  "WHERE p.ETHNICITYCODE IS NOT NULL", "lib.ethnicity_code('s.v')"),
        CodeProbe("referral_source_map", "social_care_episodes[].referral_source", "referral_source",
                  "FORMANSWERPERSONVIEW.ANSWERVALUE (referral form, CINCensus_ReferralSource)",
                  _FORM_ANSWER % ("referral", "CINCensus_ReferralSource"), "lib.referral_source_code('s.v')"),
        CodeProbe("placement_type_map", "social_care_episodes[].child_looked_after_placements[].placement_type",
                  "placement_type", "CLAEPISODEOFCAREVIEW.PLACEMENTTYPECODE",
                  "DISTINCT e.PLACEMENTTYPECODE AS v FROM {{ src('CLAEPISODEOFCAREVIEW') }} e "
                  "WHERE e.PLACEMENTTYPECODE IS NOT NULL", "lib.placement_type_code('s.v')"),
    ),
    "mosaic": (
        CodeProbe("ethnicity_map", "child_details.ethnicity", "ethnicity", "dm_persons.FULL_ETHNICITY_CODE",
                  "DISTINCT p.FULL_ETHNICITY_CODE AS v, e.cbds AS looked_up FROM {{ src('dm_persons') }} p "
                  "LEFT JOIN (SELECT et.ETHNICITY_CODE AS code, MAX(et.CBDS_ETHNICITY_CODE) AS cbds "
                  "FROM {{ src('dm_ETHNICITIES') }} et GROUP BY et.ETHNICITY_CODE) e ON e.code = p.FULL_ETHNICITY_CODE "
                  "WHERE p.FULL_ETHNICITY_CODE IS NOT NULL", "lib.ethnicity_code('s.v', 's.looked_up')",
                  lookup="dm_ETHNICITIES.CBDS_ETHNICITY_CODE"),
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
    outside = sorted({f"{v} -> {c}" for v, c in rows if c and c.upper() not in allowed})
    if not rows:
        return passed(name, title, f"{probe.source} holds no values yet, so none can fall outside the code list.")
    if not unmapped and not outside:
        return passed(name, title, f"all {len(rows)} values in {probe.source} map to DfE {probe.code_list} codes.")
    problems = []
    if unmapped:
        problems.append(f"{len(unmapped)} have no DfE {probe.code_list} code ({_shown(unmapped)})")
    if outside:
        problems.append(f"{len(outside)} map outside the list ({_shown(outside)})")
    also = f" (or correct {probe.lookup} in the CMS)" if probe.lookup else ""
    return failed(name, title,
                  f"of the {len(rows)} values sampled from {probe.source}, {' and '.join(problems)} after the "
                  f"{settings.cms} mapping and source.params.{probe.param}; the records carrying them would "
                  "go without a valid code or be held back.",
                  f"Set source.params.{probe.param} to map each of these values to its DfE {probe.code_list} code"
                  f"{also}; examples/cms/{settings.cms}.params.yaml has a complete example.",
                  known_failure=FAILURE, details=(unmapped + outside)[:50])


def _shown(values: list[str]) -> str:
    return ", ".join(repr(v) for v in values[:SHOWN]) + (" ..." if len(values) > SHOWN else "")
