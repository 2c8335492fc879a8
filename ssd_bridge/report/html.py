"""The report as one self-contained HTML page: the Jinja template shipped in the package, charts inline.

Everything the page needs is inside it (styles, SVG charts, the few lines that sort a table),
so it opens from a file share with no network and prints cleanly.
"""

from __future__ import annotations

import functools
from typing import Any

from ssd_bridge.report.charts import chart

# The preview's monthly series, charted in groups that are read together.
SERIES_GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Referrals, assessments and section 47 enquiries", ("referrals", "assessments_completed", "s47_enquiries",
                                                         "icpcs")),
    ("Child protection plans", ("cp_plans_started", "cp_plans_ended")),
    ("Periods of care", ("care_started", "care_ended")),
)


@functools.lru_cache(maxsize=1)
def _environment() -> Any:
    import jinja2

    return jinja2.Environment(loader=jinja2.PackageLoader("ssd_bridge.report", "templates"),
                              autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=True,
                              lstrip_blocks=True)


def render_template(name: str, **context: Any) -> str:
    """Render one of the report's templates (autoescaped: only our own SVG is marked safe)."""
    return str(_environment().get_template(name).render(**context))


def to_html(data: dict[str, Any]) -> str:
    """The whole report page from :meth:`Report.as_dict` data."""
    from markupsafe import Markup

    held = {s["key"]: s for s in data["preview"]["held"]["series"]}
    waiting = {s["key"]: s for s in data["preview"]["waiting"]["series"]}
    groups = []
    for title, keys in SERIES_GROUPS:
        series = [held[k] for k in keys]
        months = series[0]["months"]
        svg = chart("line", f"{title}: per month (records DfE holds)", months,
                    [(s["label"], s["counts"]) for s in series])
        groups.append({"title": title, "svg": Markup(svg), "series": series, "months": months,
                       "waiting": [waiting[k] for k in keys]})
    runs = list(reversed(data["delivery"]["runs"]))
    delivery_svg = chart("bar", "Records sent per run (oldest first)", [r["started_at"] or "" for r in runs],
                         [("sent", [r["sent"] for r in runs]), ("rejected", [r["rejected"] for r in runs])])
    trend = data["quality"]["trend"]
    trend_svg = chart("line", "Findings per run (oldest first)", [str(p["started_at"] or "") for p in trend],
                      [("records held back as invalid", [p["invalid"] for p in trend]),
                       ("records rejected by DfE", [p["rejected"] for p in trend]),
                       ("findings", [p["findings"] for p in trend])])
    return render_template("report.html.j2", data=data, groups=groups, delivery_svg=Markup(delivery_svg),
                           trend_svg=Markup(trend_svg))
