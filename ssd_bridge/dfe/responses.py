"""What the DfE API's answers mean: receipts, error messages, record positions, request ids.

Pure functions over a ``requests.Response``; nothing here sends anything or logs a body.

DfE's error text may echo a child's name, date of birth or UPN, quoted or not. It is kept
whole only in ``ssd_api_data_staging.api_response`` (:func:`error_text`); everywhere else
(logs, status, run summaries, the submission log) shows :func:`error_facts`: the HTTP status,
DfE's error codes, the record positions and the field paths of our own DfE schema, nothing else.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ssd_bridge.record.validate import iter_schema_properties, load_schema

if TYPE_CHECKING:
    import requests

REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-correlation-id", "x-ms-request-id")
MESSAGE_LIMIT = 500
# A receipt as D2I has seen them: "2025-06-30_14:05:09.27_<uuid>.json"; the date-time is when DfE took it.
_RECEIPT = re.compile(r"^(\d{4}-\d{2}-\d{2})_(\d{2}:\d{2}:\d{2}(?:\.\d+)?)_(.+?)(?:\.json)?$")
# A record position in an error body: "[17]" at the start of an item, not a JSON path's "[0]".
_POSITION = re.compile(r"(?:^|[\s\"',;:(])\[(\d+)\]")
# A bare receipt id: a uuid, as DfE's OpenAPI declares the 200 body.
_UUID_TEXT = r"[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}"
_UUID = re.compile(rf"^{_UUID_TEXT}(?:\.json)?$")
# Exactly what is_receipt accepts, in one match: an optional date-time, then a uuid.
_CHECKED = re.compile(rf"^(?:(\d{{4}}-\d{{2}}-\d{{2}})_(\d{{2}}:\d{{2}}:\d{{2}}(?:\.\d+)?)_)?({_UUID_TEXT})(?:\.json)?$")
# What may be shown of an error outside api_response: a JSON path, an error code (CSC1234, AADSTS7000215).
_PATH = re.compile(r"\$?(?:\.?[A-Za-z_][A-Za-z0-9_]*|\[\d+\])+")
_CODE = re.compile(r"\b[A-Z]{3,6}\d{3,7}\b")
_STATUS = re.compile(r"^HTTP (\d{3})\b")


@dataclass(frozen=True)
class Receipt:
    """DfE's acknowledgement of one record."""

    id: str
    received_at: datetime | None


def parse_receipt(text: str) -> Receipt:
    """Split one receipt string into its id (no ``.json``) and its date-time, when present."""
    text = text.strip()
    return _receipt(text, _RECEIPT.match(text))


def _receipt(text: str, match: re.Match[str] | None) -> Receipt:
    if not match:
        return Receipt(id=text.removesuffix(".json"), received_at=None)
    day, clock, ident = match.groups()
    return Receipt(id=ident, received_at=_when(day, clock))


def _when(day: str, clock: str) -> datetime | None:
    try:
        return datetime.fromisoformat(f"{day}T{clock}")
    except ValueError:
        return None


def is_receipt(text: Any) -> bool:
    """Whether ``text`` is one receipt as DfE writes them: ``date_time_uuid.json`` or a uuid."""
    if not isinstance(text, str):
        return False
    text = text.strip()
    match = _RECEIPT.match(text)
    return bool(_UUID.match(match.group(3) if match else text))


def parse_receipts(response: requests.Response, count: int) -> list[Receipt] | None:
    """One receipt per record sent, in request order; None when the body is not a receipt.

    DfE has been seen to answer with a list of ``date_time_uuid.json`` strings, one per
    record in request order; its OpenAPI declares a single uuid, which then stands for the
    whole batch. Anything else (an HTML page or "OK" from a proxy or captive portal, a list
    of the wrong length) is not DfE's acknowledgement, so nothing may be marked sent on it.
    """
    try:
        body = response.json()
    except ValueError:
        body = response.text.strip()
    if is_receipt(body):
        single = parse_receipt(body)
        when = single.received_at or _date_header(response)
        return [Receipt(single.id, when)] * count
    if isinstance(body, list) and len(body) == count:
        receipts = [_checked_receipt(x) for x in body]  # one match of each: 50,000 a night
        if all(r is not None for r in receipts):
            return receipts  # type: ignore[return-value]
    return None


def _checked_receipt(text: Any) -> Receipt | None:
    """``parse_receipt(text)`` if ``is_receipt(text)``, else None."""
    if not isinstance(text, str):
        return None
    match = _CHECKED.match(text.strip())
    if match is None:
        return None
    day, clock, ident = match.groups()
    return Receipt(ident, None if day is None else _when(day, clock))


def describe_body(response: requests.Response) -> str:
    """What came back, without the body: content type and length (for a message or a log)."""
    kind = (response.headers.get("Content-Type") or "no content type").split(";")[0].strip()[:60]
    return f"{kind}, {len(response.content)} bytes"


def record_positions(text: str) -> list[int]:
    """The ``[n]`` record positions an error body names (zero-based, request order)."""
    return [int(n) for n in _POSITION.findall(text)]


def error_text(response: requests.Response, limit: int = MESSAGE_LIMIT) -> str:
    """DfE's error message as one trimmed line (kept in the database, never logged)."""
    try:
        body = response.json()
    except ValueError:
        body = response.text
    text = _flatten(body)
    text = " ".join(text.split()) or "(no detail)"
    return text[:limit]


def request_id(response: requests.Response) -> str | None:
    """The server's request or correlation id, when it sent one."""
    for name in REQUEST_ID_HEADERS:
        if response.headers.get(name):
            return response.headers[name][:100]
    return None


def _flatten(body: Any) -> str:
    if isinstance(body, list):
        return "; ".join(_flatten(x) for x in body)
    if isinstance(body, dict):
        for key in ("errors", "detail", "message", "title", "error_description", "error"):
            if body.get(key):
                return _flatten(body[key])
        return json.dumps(body)
    return str(body)


def _date_header(response: requests.Response) -> datetime | None:
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(response.headers["Date"]).astimezone(timezone.utc).replace(tzinfo=None)
    except (KeyError, TypeError, ValueError):
        return None


def oauth_error(response: requests.Response) -> str:
    """The token server's error code and Entra AADSTS number, e.g. 'invalid_client AADSTS7000215'."""
    try:
        body = response.json()
    except ValueError:
        return "no detail"
    code = str(body.get("error", "")) if isinstance(body, dict) else ""
    aadsts = re.findall(r"AADSTS\d+", str(body.get("error_description", ""))) if isinstance(body, dict) else []
    return " ".join([code, *aadsts[:1]]).strip() or "no detail"


def error_facts(text: str | None, limit: int = 300) -> str:
    """The structured facts of an error text: HTTP status, DfE error codes, record positions and
    field paths our DfE schema knows; never the words around them, which may echo a child's data."""
    if not text:
        return ""
    status = _STATUS.match(text)
    facts = [f"HTTP {status.group(1)}"] if status else []
    positions = sorted({int(p) for p in record_positions(text)})
    if positions:
        facts.append("records " + " ".join(f"[{p}]" for p in positions[:20]))
    paths = _unique(m for m in _PATH.findall(text) if _is_field_path(m))
    if paths:
        facts.append("fields " + " ".join(paths[:20]))
    codes = _unique(_CODE.findall(text))
    if codes:
        facts.append("codes " + " ".join(codes[:20]))
    return ("; ".join(facts) or "no detail that can be shown")[:limit]


def _unique(items: Any) -> list[str]:
    return list(dict.fromkeys(items))


def _is_field_path(token: str) -> bool:
    """A JSON path into the DfE record: ``$.a.b[0].c`` or ``a.b``, every name a schema property."""
    names = re.findall(r"[A-Za-z_][A-Za-z0-9_]*", token)
    if not names or not (token.startswith("$") or "." in token):
        return False
    return all(name in _field_names() for name in names)


@lru_cache(maxsize=1)
def _field_names() -> frozenset[str]:

    return frozenset(name for path, _ in iter_schema_properties(load_schema()) for name in re.findall(
        r"[A-Za-z_][A-Za-z0-9_]*", path))
