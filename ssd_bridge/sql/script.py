"""The scripts ``render`` prints: the deployment script, or the least-privilege grants script.

The grants script derives from the fill (the CMS tables and columns the mapping reads), so it
sits above both ``render`` and ``sources``.
"""

from __future__ import annotations

from dataclasses import replace

import jinja2

from ssd_bridge.dialects import get_dialect
from ssd_bridge.errors import TemplateError
from ssd_bridge.model import load_tables
from ssd_bridge.sql.render import (
    RenderOptions,
    prepare_environment,
    render_deployment,
    ssd_tables,
    tidy,
)
from ssd_bridge.sql.sources import source_needs


def render_script(options: RenderOptions) -> str:
    """The script for ``options.part``: the grants script for ``grants``, else the deployment script."""
    return render_grants(options) if options.part == "grants" else render_deployment(options)


def render_grants(options: RenderOptions) -> str:
    """The least-privilege GRANT script for ``options.grantee``: its schema and the CMS tables the mapping reads."""
    needs = source_needs(options)
    dialect = get_dialect(options.dialect_label)
    env, context = prepare_environment(replace(options, part="all"), dialect)
    context.update(
        bridge_tables=[t.name for t in (*ssd_tables(options.tables), *load_tables("addon"))],
        source_tables=[dialect.fold_case(t) for t in needs.tables],
        source_location=needs.location,
        source_location_parts=[dialect.fold_case(p) for p in needs.location_parts],
    )
    try:
        text = env.get_template("grants/grants.sql.j2").render(context)
    except jinja2.TemplateError as e:
        raise TemplateError(f"the grants template failed to render ({e}).") from e
    return tidy(text)
