"""The jobs the CLI runs: extract, validate, submit, run and status.

``extract`` (build, validate, track) and ``validate`` (findings by rule) are the extract side;
``jobs`` holds the send side (submit, the nightly run under the run lock, the mass-purge guard,
status); ``checks`` what every job checks before it starts.

An extract's worker process (``runner.pool``) imports this package, and should not pay at its
start for the send side's HTTP client or the report's templates, which it never uses: the extract
side (``checks``, ``extract``) is imported here, the other jobs on first use (PEP 562).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ssd_bridge.runner.checks import check_destination, destination, require_tables
from ssd_bridge.runner.extract import ExtractResult, extract

if TYPE_CHECKING:
    from ssd_bridge.runner.jobs import RunSummary, run, status, submit
    from ssd_bridge.runner.reporting import report, write_report
    from ssd_bridge.runner.validation import validate

#: Each name loaded on first use, and the module of this package that defines it.
_HOMES = {
    "RunSummary": "jobs", "run": "jobs", "status": "jobs", "submit": "jobs",
    "report": "reporting", "write_report": "reporting",
    "validate": "validation",
}

__all__ = ["ExtractResult", "RunSummary", "check_destination", "destination", "extract", "report", "require_tables",
           "run", "status", "submit", "validate", "write_report"]


def __getattr__(name: str) -> Any:
    """Load a public name from its module the first time it is asked for."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value  # later look-ups find it directly
    return value
