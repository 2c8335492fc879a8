"""What the DfE API's answers mean: receipts, error messages, record positions, request ids.

Pure functions over a ``requests.Response``; nothing here sends anything or logs a body.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import requests

REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-correlation-id", "x-ms-request-id")
MESSAGE_LIMIT = 500
# A receipt as D2I has seen them: "2025-06-30_14:05:09.27_<uuid>.json"; the date-time is when DfE took it.
_RECEIPT = re.compile(r"^(\d{4}-\d{2}-\d{2})_(\d{2}:\d{2}:\d{2}(?:\.\d+)?)_(.+?)(?:\.json)?$")
# A record position in an error body: "[17]" at the start of an item, not a JSON path's "[0]".
_POSITION = re.compile(r"(?:^|[\s\"',;:(])\[(\d+)\]")


@dataclass(frozen=True)
class Receipt:
    """DfE's acknowledgement of one record."""

    id: str
    received_at: datetime | None


def parse_receipt(text: str) -> Receipt:
    """Split one receipt string into its id (no ``.json``) and its date-time, when present."""
    text = text.strip()
    match = _RECEIPT.match(text)
    if not match:
        return Receipt(id=text.removesuffix(".json"), received_at=None)
    day, clock, ident = match.groups()
    try:
        received = datetime.fromisoformat(f"{day}T{clock}")
    except ValueError:
        received = None
    return Receipt(id=ident, received_at=received)


def parse_receipts(response: requests.Response, count: int) -> list[Receipt] | None:
    """One receipt per record sent, in request order; None when they cannot be matched up.

    DfE has been seen to answer with a list of ``date_time_uuid.json`` strings, one per
    record in request order; its OpenAPI declares a single uuid, which then stands for the
    whole batch.
    """
    try:
        body = response.json()
    except ValueError:
        body = response.text.strip().strip('"')
    if isinstance(body, str) and body:
        single = parse_receipt(body)
        when = single.received_at or _date_header(response)
        return [Receipt(single.id, when)] * count
    if isinstance(body, list) and len(body) == count and all(isinstance(x, str) and x for x in body):
        return [parse_receipt(x) for x in body]
    return None


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


def redact_values(text: str, limit: int = 200) -> str:
    """Hide quoted values in a message, which may echo a child's data."""
    return re.sub(r"'[^']*'|\"[^\"]*\"", "'…'", text)[:limit]
