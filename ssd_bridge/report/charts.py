"""The report's charts, drawn on our side as inline SVG with pygal.

pygal writes plain SVG from Python (no JavaScript, no fonts or files to fetch), so the page
works from a file share with scripts off and prints as vectors. Its tooltip script is
switched off (``js=[]``) and its comments are removed, so the SVG refers to nothing outside.
A suppressed count is drawn as a gap, never as its value.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

_COMMENT = re.compile(r"<!--.*?-->", re.S)
_COLOURS = ("#1d70b8", "#d4351c", "#00703c", "#f47738", "#4c2c92", "#5694ca", "#b58840", "#912b88")


def _style() -> Any:
    from pygal.style import Style

    return Style(background="white", plot_background="white", foreground="#0b0c0c", foreground_strong="#0b0c0c",
                 foreground_subtle="#b1b4b6", colors=_COLOURS, font_family="Arial, Helvetica, sans-serif",
                 label_font_size=11, major_label_font_size=11, legend_font_size=12, title_font_size=14)


def _plotted(values: Sequence[Any]) -> list[int | None]:
    return [v if isinstance(v, int) else None for v in values]


def chart(kind: str, title: str, labels: Sequence[str], series: Sequence[tuple[str, Sequence[Any]]]) -> str:
    """One chart (``kind`` 'line' or 'bar') as an SVG element to put inline in the page."""
    import pygal

    make = pygal.Line if kind == "line" else pygal.Bar
    plot = make(js=[], disable_xml_declaration=True, style=_style(), width=900, height=320, title=title,
                x_label_rotation=-45, show_minor_x_labels=len(labels) <= 18, x_labels_major_every=3,
                legend_at_bottom=True, legend_at_bottom_columns=max(len(series), 1), dots_size=2,
                print_values=False, include_x_axis=True, allow_interruptions=True, min_scale=2, max_scale=8,
                no_data_text="No data", explicit_size=False)
    plot.x_labels = list(labels)
    for name, values in series:
        plot.add(name, _plotted(values))
    return _COMMENT.sub("", plot.render(is_unicode=True))
