"""The report job: read the SSD and tracking tables and build the LA's report; write it after a run."""

from __future__ import annotations

import datetime as dt
import logging
import os
import tempfile
from pathlib import Path

from ssd_bridge.config import Settings
from ssd_bridge.db import connect
from ssd_bridge.errors import ConfigError
from ssd_bridge.record.cohort import reporting_window
from ssd_bridge.report.build import Report, build_report
from ssd_bridge.runner.checks import SUBMIT_TABLES, require_tables

log = logging.getLogger(__name__)


def report(settings: Settings, as_of: dt.date | None = None, suppress: int = 0) -> Report:
    """Build the report (preview, reconciliation, data quality, delivery, coverage) as at ``as_of``."""
    with connect(settings) as db:
        require_tables(db, ("ssd_person", *SUBMIT_TABLES))
        return build_report(db, reporting_window(as_of), settings, suppress)


def write_report(settings: Settings, path: str | os.PathLike[str], as_of: dt.date | None = None,
                 suppress: int = 0) -> Path:
    """Build the report and write it as HTML to ``path``, replacing the old file only when complete."""
    target = Path(path)
    page = report(settings, as_of, suppress).to_html()
    try:
        handle, temporary = tempfile.mkstemp(prefix=".ssd-bridge-report-", suffix=".tmp", dir=target.parent or ".")
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(page)
        # mkstemp makes the file private; the report is meant to be opened by the analyst too.
        os.chmod(temporary, target.stat().st_mode & 0o777 if target.exists() else 0o644)
        os.replace(temporary, target)
    except OSError as e:
        raise ConfigError(f"could not write the report to {target} ({e.strerror or e}).",
                          "Check the folder exists and can be written, or choose another file.") from e
    log.info("wrote the report to %s (%d KB)", target, len(page.encode("utf-8")) // 1024)
    return target
