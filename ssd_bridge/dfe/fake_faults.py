"""The DfE stand-in's fault steps: which exist, and the answers that echo a child's data."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from ssd_bridge.errors import ConfigError

_WORD_STEPS = ("reset", "short", "single", "expire", "hold", "html", "text", "echo")


def check_steps(steps: Iterable[str]) -> list[str]:
    """Return the fault steps, refusing one the stand-in would not understand."""
    checked = list(steps)
    for step in checked:
        if step.isdigit() and 100 <= int(step) <= 599 or step in _WORD_STEPS:
            continue
        if step.startswith("delay:"):
            try:
                if float(step.split(":", 1)[1]) >= 0:
                    continue
            except ValueError:
                pass
        if step.startswith("echo:") and step[5:].isdigit() and 400 <= int(step[5:]) <= 599:
            continue
        raise ConfigError(
            f"unknown fault step {step!r} for the DfE stand-in.",
            f"Use an HTTP status (429, 503, 500, 401, ...), {', '.join(_WORD_STEPS)}, echo:<status> "
            "or delay:<seconds>.",
        )
    return checked


def echo_answer(body: bytes) -> tuple[dict[str, Any], str]:
    """An error body and header that repeat the records' names, dates of birth, UPNs and
    postcodes quoted, unquoted, beside a field path and in every usual key (the worst server)."""
    per_record = _personal_values(body)
    values = [v for record in per_record for v in record]
    plain = " ".join(values)
    quoted = " ".join(f"'{v}'" for v in values)
    errors = [f"[{n}] $.child_details.surname: {' '.join(vs)} is not valid, nor is \"{' / '.join(vs)}\""
              for n, vs in enumerate(per_record)]
    payload = {"title": f"Rejected {plain}", "detail": f"{plain} {quoted}", "errors": errors or [plain],
               "message": plain, "code": "CSC1234", "child": {"surname": plain}}
    return payload, plain.encode("ascii", "replace").decode()[:200]


def _personal_values(body: bytes) -> list[list[str]]:
    """Each record's names, date of birth, UPNs and postcode in a request body, for the echoing faults."""
    try:
        records = json.loads(body)
    except ValueError:
        return []
    keys = ("first_name", "surname", "date_of_birth", "unique_pupil_number", "former_unique_pupil_number",
            "postcode")
    found: list[list[str]] = []
    for record in records if isinstance(records, list) else []:
        details = record.get("child_details") if isinstance(record, dict) else None
        if isinstance(details, dict):
            found.append([str(details[k]) for k in keys if details.get(k)])
    return found
