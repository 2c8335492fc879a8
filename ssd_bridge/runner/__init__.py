"""The jobs the CLI runs: extract, validate, submit, run and status.

``extract`` (build, validate, track) and ``validate`` (findings by rule) are the extract side;
``jobs`` holds the send side (submit, the nightly run under the run lock, the mass-purge guard,
status); ``checks`` what every job checks before it starts.
"""

from ssd_bridge.runner.checks import check_destination, destination, require_tables
from ssd_bridge.runner.extract import ExtractResult, extract
from ssd_bridge.runner.jobs import RunSummary, run, status, submit
from ssd_bridge.runner.reporting import report, write_report
from ssd_bridge.runner.validation import validate

__all__ = ["ExtractResult", "RunSummary", "check_destination", "destination", "extract", "report", "require_tables",
           "run", "status", "submit", "validate", "write_report"]
