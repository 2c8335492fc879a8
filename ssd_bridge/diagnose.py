"""The support bundle for Data to Insight: one zip, summary first, no child's details.

Files (``summary.txt`` is always the first entry)::

    summary.txt         plain-text overview: versions, check-compat verdict, staging, last run
    versions.json       ssd-bridge, Python, OS, ODBC drivers, database engine
    config.json         settings.redacted() and the NAMES (never values) of SSD_BRIDGE_* / proxy variables
    check-compat.txt    the check-compat report, as the CLI prints it
    check-compat.json   the same in its documented JSON shape
    database.json       deployment version log, row counts per SSD table, staging counts by
                        state, last run summaries, recent error messages

Error messages are cleaned before they are written: person ids and legacy ids become a salted
hash (the salt is random per bundle and not kept, so ids cannot be recovered but the same id
matches within a bundle); every string value of the child's own payload (read in memory for
this only) is blanked; quoted values, dates, UPN- and postcode-shaped text, bearer tokens and
e-mail addresses are masked; finally every configured secret is searched for in the whole
bundle and its presence is an error. Payloads are never copied.

Limit: a name in free text that is tied to no child (no person id in the same message or
summary) can only be caught by the patterns above; the messages ssd-bridge itself writes
always carry the child's id, so its values are found through the payload.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import os
import re
import secrets
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from ssd_bridge import __version__
from ssd_bridge.compat import check_compat, format_report
from ssd_bridge.compat.host import odbc_driver_names, platform_summary
from ssd_bridge.config import Settings
from ssd_bridge.db import connect
from ssd_bridge.errors import ConfigError, SsdBridgeError
from ssd_bridge.model import load_tables
from ssd_bridge.sql.deploy import catalog, table_counts
from ssd_bridge.tracking import support

log = logging.getLogger(__name__)

RUNS_KEPT = 20
ERRORS_KEPT = 50
PERSON_KEYS = {"person_id", "key", "la_child_id", "mis_child_id", "legacy_id", "child_id", "pers_person_id"}
_PATTERNS = (
    (re.compile(r"Bearer\s+\S+", re.I), "Bearer <token>"),
    (re.compile(r"\beyJ[A-Za-z0-9_-]{8,}(?:\.[A-Za-z0-9_-]+)*"), "<token>"),
    (re.compile(r"'[^']*'"), "'<value>'"),
    (re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+"), "<email>"),
    (re.compile(r"\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b"), "<date>"),
    (re.compile(r"\b[A-Za-z]\d{11}[A-Za-z0-9]\b"), "<upn>"),
    (re.compile(r"\b[A-Za-z]{1,2}\d[A-Za-z\d]?\s*\d[A-Za-z]{2}\b"), "<postcode>"),
)


@dataclass
class BundleResult:
    """Where the bundle was written and what it holds."""

    path: Path
    files: list[str] = field(default_factory=list)
    size: int = 0


class Scrubber:
    """Replaces person ids with salted hashes and masks personal values in free text."""

    def __init__(self, settings: Settings) -> None:
        self._salt = secrets.token_bytes(16)
        self.secrets = [s for s in (settings.dfe.client_secret, settings.dfe.supplier_key,
                                    settings.database.password) if s]

    def person(self, value: Any) -> str | None:
        """A stable, salted, one-way stand-in for a person id."""
        if value is None or str(value) == "":
            return None
        return "p-" + hashlib.sha256(self._salt + str(value).encode("utf-8")).hexdigest()[:12]

    def text(self, value: Any, ids: Iterable[Any] = (), values: Iterable[str] = ()) -> str | None:
        """``value`` with the given ids hashed, the given personal values blanked and patterns masked."""
        if value is None:
            return None
        text = str(value)
        if text.lstrip()[:1] in ("{", "["):
            try:
                parsed = json.loads(text)
            except ValueError:
                parsed = None
            if isinstance(parsed, (dict, list)):
                return json.dumps(self.json_value(parsed, ids, values), ensure_ascii=False)[:1000]
        for secret in self.secrets:
            text = text.replace(secret, "<secret>")
        ids = {str(i) for i in ids if i}
        for ident in ids:
            text = re.sub(rf"(?<![\w-]){re.escape(ident)}(?![\w-])", self.person(ident) or "", text)
        for known in sorted({str(v) for v in values if v and len(str(v)) >= 2} - ids, key=len, reverse=True):
            text = re.sub(rf"(?<!\w){re.escape(known)}(?!\w)", "<value>", text, flags=re.I)
        for pattern, mask in _PATTERNS:
            text = pattern.sub(mask, text)
        # A double-quoted value outside JSON may be a child's value too.
        return re.sub(r'"[^"]*"', '"<value>"', text)[:1000]

    def json_value(self, value: Any, ids: Iterable[Any] = (), values: Iterable[str] = (),
                   key: str | None = None) -> Any:
        """A parsed JSON value with person ids hashed and every string cleaned."""
        ids, values = list(ids), list(values)
        if isinstance(value, dict):
            return {k: self.json_value(v, ids, values, k) for k, v in value.items()}
        if isinstance(value, list):
            return [self.json_value(v, ids, values, key) for v in value]
        if key in PERSON_KEYS and value is not None:
            return self.person(value)
        if isinstance(value, str):
            return self.text(value, ids, values)
        return value


def diagnose(settings: Settings, output: str | os.PathLike[str] | None = None, network: bool = True) -> BundleResult:
    """Build the support bundle for ``settings`` and write it to ``output`` (a .zip)."""

    now = datetime.now(timezone.utc)
    path = Path(output) if output else Path(f"ssd-bridge-diagnose-{now:%Y%m%dT%H%M%SZ}.zip")
    scrub = Scrubber(settings)
    report = check_compat(settings, network=network)
    data = database_sections(settings, scrub)
    versions = {"ssd_bridge": __version__, **platform_summary(), "odbc_drivers": odbc_driver_names(),
                "database_engine": data.get("engine")}
    files = {
        "versions.json": _json(versions),
        "config.json": _json({"settings": settings.redacted(), "environment_variables_set": _env_names()}),
        "check-compat.txt": format_report(report),
        "check-compat.json": _json(report.as_dict()),
        "database.json": _json(data),
    }
    summary = summary_text(now, settings, report, data, versions, list(files))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as bundle:
        bundle.writestr("summary.txt", summary)
        for name, text in files.items():
            bundle.writestr(name, text)
    _refuse_secrets(scrub, [summary, *files.values()])
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(buffer.getvalue())
    except OSError as e:
        raise ConfigError(
            f"could not write the support bundle to {path} ({e.strerror or type(e).__name__}).",
            "Choose a folder this account may write to with -o, e.g. -o %TEMP%\\support.zip or -o /tmp/support.zip.",
        ) from e
    log.info("support bundle written to %s", path)
    return BundleResult(path=path, files=["summary.txt", *files], size=len(buffer.getvalue()))


def _json(value: Any) -> str:
    return json.dumps(value, indent=2, sort_keys=True, default=str) + "\n"


def _env_names() -> list[str]:
    names = [n for n in os.environ if n.startswith("SSD_BRIDGE_") or n.lower() in ("http_proxy", "https_proxy", "no_proxy")]
    return sorted(names)


def _refuse_secrets(scrub: Scrubber, texts: list[str]) -> None:
    for secret in scrub.secrets:
        if any(secret in text for text in texts):
            raise SsdBridgeError("the support bundle would contain a configured secret; it was not written.",
                                 "This is a fault in ssd-bridge: please report it (without the secret).")


def database_sections(settings: Settings, scrub: Scrubber) -> dict[str, Any]:
    """Engine, version log, SSD row counts, staging counts, run summaries and errors; a note where unavailable."""

    if not (settings.database.url or settings.database.odbc):
        return {"database": "not configured"}
    try:
        with connect(settings) as db:
            tables = catalog(db)["tables"]
            columns = catalog(db)["columns"]
            out: dict[str, Any] = {"database": "reachable", "engine": str(db.scalar(db.dialect.server_facts_sql()))}
            out["version_log"] = support.version_log(db, tables)
            out["ssd_rows"] = table_counts(db, [t.name for t in load_tables("ssd")])
            out["staging_counts"] = support.staging_counts(db, tables, columns)
            out["runs"] = _runs(db, tables, scrub)
            out["errors"] = list(_errors(db, tables, scrub))
            return out
    except SsdBridgeError as e:
        return {"database": f"unavailable: {scrub.text(e.message)}"}


def _runs(db: Any, tables: set[str], scrub: Scrubber) -> list[dict[str, Any]]:
    runs = []
    for run, text in support.run_rows(db, tables, RUNS_KEPT):
        try:
            summary = json.loads(text) if text else None
        except ValueError:
            summary = "(not JSON)"
        # The children a summary names: their ids are hashed and their own values blanked everywhere in it.
        ids = sorted(set(_person_ids(summary)))
        found = [_person_values(db, tables, i) for i in ids]
        legacy = [x for pair in found for x in pair[0]]
        run["summary"] = scrub.json_value(summary, ids + legacy, [v for pair in found for v in pair[1]])
        runs.append(run)
    return runs


def _person_ids(value: Any, key: str | None = None) -> Iterator[str]:
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _person_ids(v, k)
    elif isinstance(value, list):
        for v in value:
            yield from _person_ids(v, key)
    elif key in PERSON_KEYS and value is not None and not isinstance(value, (dict, list)):
        yield str(value)


def _errors(db: Any, tables: set[str], scrub: Scrubber) -> Iterator[dict[str, Any]]:
    """Recent error messages from the staging table and the submission log, cleaned."""
    for person, legacy, status, response, findings, updated, payload in support.staging_errors(db, tables, ERRORS_KEPT):
        values = _payload_values(payload)
        yield {"source": "ssd_api_data_staging", "person": scrub.person(person), "status": status,
               "last_updated": updated,
               "api_response": scrub.text(response, (person, legacy), values),
               "validation_findings": scrub.text(findings, (person, legacy), values)}
    for person, run_id, http_status, outcome, excerpt, request_id, sent_at in support.log_errors(db, tables, ERRORS_KEPT):
        ids, values = _person_values(db, tables, person)
        yield {"source": "ssd_api_submission_log", "person": scrub.person(person), "run_id": run_id,
               "http_status": http_status, "outcome": outcome, "request_id": request_id, "sent_at": sent_at,
               "response_excerpt": scrub.text(excerpt, (person, *ids), values)}


def _person_values(db: Any, tables: set[str], key: Any) -> tuple[list[str], list[str]]:
    """A child's ids (person and legacy) and its payload's values."""
    rows = list(support.person_rows(db, tables, key))
    ids = [str(v) for r in rows for v in (r[1], r[2]) if v]
    return ids, [v for r in rows for v in _payload_values(r[0])]


def _payload_values(payload: Any) -> list[str]:
    """Every string and number in a child's payload, to blank them out of that child's messages."""
    try:
        record = json.loads(payload) if payload else None
    except ValueError:
        return []
    found: list[str] = []

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)
        elif isinstance(value, (str, int, float)) and not isinstance(value, bool) and len(str(value)) >= 3:
            found.append(str(value))

    walk(record)
    return found


def summary_text(now: datetime, settings: Settings, report: Any, data: dict[str, Any], versions: dict[str, Any],
                 files: list[str]) -> str:
    """The plain-text first page of the bundle."""
    counts = report.counts()
    lines = [
        "ssd-bridge support bundle for Data to Insight",
        f"Created {now:%Y-%m-%d %H:%M} UTC",
        "",
        f"ssd-bridge {versions['ssd_bridge']}, Python {versions['python']}, {versions['os']}",
        f"ODBC drivers: {', '.join(versions['odbc_drivers']) or 'none'}",
        f"CMS {settings.cms}, dialect {settings.dialect}, environment {settings.environment}, "
        f"schema {settings.database.schema}",
        f"Database: {data.get('database')}" + (f"; {data['engine'].splitlines()[0][:120]}" if data.get("engine") else ""),
        "",
        f"check-compat: {report.status.upper()} ({counts['pass']} passed, {counts['warn']} warnings, "
        f"{counts['fail']} failed, {counts['skip']} skipped)",
    ]
    lines += [f"  {c.status.upper()} {c.title}{f' [{c.target}]' if c.target else ''}: {c.found}"
              for c in report.checks if c.status in ("fail", "warn")]
    ssd_rows = data.get("ssd_rows") or {}
    lines += ["", f"SSD tables: {len(ssd_rows)} in the schema, {sum(1 for n in ssd_rows.values() if n)} with rows"]
    lines += [f"  {name}: {count}" for name, count in ssd_rows.items()]
    staging = data.get("staging_counts") or []
    lines += ["", "Staging table: " + ("; ".join(
        f"{r.get('submission_status')}/{r.get('row_state')}: {r['count']}" for r in staging) or "no rows or no table")]
    runs = data.get("runs") or []
    if runs:
        last = runs[0]
        lines.append(f"Last run: ssd-bridge {last['command']} started {last['started_at']}, exit code {last['exit_code']}")
    lines += [
        f"Recent error messages: {len(data.get('errors') or [])} (database.json, cleaned)",
        "",
        "Files: " + ", ".join(files),
        "Not in this bundle: payloads, names, dates of birth, UPNs, postcodes, tokens, secrets or",
        "passwords. Person ids are salted hashes; the salt was not kept.",
    ]
    return "\n".join(lines) + "\n"
