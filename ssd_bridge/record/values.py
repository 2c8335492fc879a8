"""Small value helpers shared by the record builders: dates, trimmed text, codes, flags."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import Any

UN_CODE = re.compile(r"^UN([1-9]|10)$")
CODE_HEAD = re.compile(r"[\s:\-/]+")
TRUE_TEXT = {"Y", "T", "1", "TRUE", "YES"}
FALSE_TEXT = {"N", "F", "0", "FALSE", "NO"}


def is_un_code(value: str) -> bool:
    """True for a UPN-unknown reason code (UN1 to UN10), whatever its case or spacing."""
    # every code holds an N: most values (UPNs) are told apart by that alone, before any regex
    return ("N" in value or "n" in value) and bool(UN_CODE.match(value.strip().upper()))


def day(value: Any) -> dt.date | None:
    """A date from a datetime, date or ISO string; None when missing."""
    kind = type(value)  # the driver's own types first: this runs for every date of every row
    if kind is dt.datetime:
        return value.date()
    if kind is dt.date:
        return value
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def text(value: Any) -> str | None:
    """The value as trimmed text; None when missing or blank."""
    if value is None:
        return None
    result = (value if type(value) is str else str(value)).strip()
    return result or None


def code(value: Any, known: Iterable[str] | None = None) -> str | None:
    """A code: trimmed and upper-cased; "<code> <description>" becomes <code> when the code is known."""
    result = text(value)
    if result is None:
        return None
    result = result.upper()
    if known is not None and result not in known:
        head = CODE_HEAD.split(result, maxsplit=1)[0]
        if head in known:
            return head
    return result


def flag(value: Any) -> bool | None:
    """A yes/no flag from Y/N, T/F, 1/0, true/false; None when it is anything else."""
    result = code(value)
    if result in TRUE_TEXT:
        return True
    if result in FALSE_TEXT:
        return False
    return None


def put(target: dict[str, Any], key: str, value: Any) -> None:
    """Set ``key`` only when there is a value: keys are left out rather than sent as null."""
    if value is None:  # the commonest cases first: it is called for every optional field
        return
    if type(value) is str:
        if value:
            target[key] = value
        return
    if type(value) is dt.date:  # records hold JSON types only: dates as YYYY-MM-DD
        value = _ISO_DAYS[value] if value in _ISO_DAYS else iso_day(value)
    elif isinstance(value, dt.date):
        value = value.isoformat()
    elif value == "" or value == []:
        return
    target[key] = value


def iso_day(value: dt.date) -> str:
    """``value.isoformat()``, remembered: a night's records share a few thousand dates, and a look-up
    costs a fraction of formatting one (bounded: past the limit, new dates are formatted each time)."""
    text = value.isoformat()
    if len(_ISO_DAYS) < _ISO_DAYS_KEPT:
        _ISO_DAYS[value] = text
    return text


_ISO_DAYS: dict[dt.date, str] = {}
_ISO_DAYS_KEPT = 50_000


def item_key(item_date: dt.date | None, item_id: Any) -> tuple:
    """Sort key for list items: dated items by date (undated last), then by id."""
    return (item_date is None, item_date or dt.date.min, str(item_id or ""))
