"""DfE receiver client: one HTTP session per run, the OAuth2 token, batches, retries, receipts.

Errors raised (see :mod:`ssd_bridge.errors`)::

    CredentialsError   exit 2: the token server refused us, or the API answered 401 after a
                       token refresh, or 403
    ApiUnavailable     exit 3: no answer (connection, TLS, timeout), 429/408/5xx after every
                       retry, or a 2xx that is not DfE's receipt (a proxy's page, "OK");
                       safe to run again later, nothing unacknowledged is marked sent
    ApiError           exit 4: an answer we cannot use (wrong URL, unexpected status)

Only DfE's rejection of a record (a 4xx naming it, or a 400 narrowed down to it) counts as an
attempt against that record; the service's own failures never do.

Nothing here logs a payload, a token or a secret: log lines carry the method, the URL path,
the HTTP status, the server's request id, record counts and timings only.
"""

from __future__ import annotations

import json
import logging
import re
import time
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any
from urllib.parse import urlsplit

import requests

from ssd_bridge.config import DfeSettings
from ssd_bridge.dfe.responses import (
    describe_body,
    error_facts,
    error_text,
    parse_receipts,
    record_positions,
    request_id,
)
from ssd_bridge.dfe.session import (
    DEFAULT_RETRY,
    TRANSIENT_STATUSES,
    USER_AGENT,
    ClientCredentialsAuth,
    RetryPolicy,
    build_session,
    unreachable,
    verify_setting,
)
from ssd_bridge.errors import (
    ApiError,
    ApiUnavailable,
    ConfigError,
    CredentialsError,
    SsdBridgeError,
)

__all__ = ["DEFAULT_RETRY", "USER_AGENT", "BatchResult", "ClientCredentialsAuth", "DfeClient", "Outcome",
           "RetryPolicy", "SubmitCounts", "build_session", "check_settings", "serialise"]

log = logging.getLogger(__name__)

ENDPOINT = "/children_social_care_data/{la_code}/children"
# Answers that reject records: narrowed down to the records at fault, which each count an attempt.
REJECTING_STATUSES = frozenset({400, 409, 413, 422})


@dataclass
class Outcome:
    """What happened to one record: sent, rejected (by DfE) or unsent (the run stopped first).

    ``reason`` is DfE's whole message (kept only in api_response); ``facts`` what may be shown
    anywhere else (status, codes, field paths: see :func:`ssd_bridge.dfe.responses.error_facts`).
    """

    key: Any
    status: str
    http_status: int | None = None
    receipt_id: str | None = None
    receipt_time: datetime | None = None
    reason: str | None = None
    facts: str | None = None
    request_id: str | None = None
    batch_id: str | None = None
    sent_at: datetime | None = None


@dataclass
class BatchResult:
    """The outcomes of one batch, and the error that stopped the run during it, if any."""

    outcomes: list[Outcome]
    posts: int = 0
    error: SsdBridgeError | None = None


def check_settings(dfe: DfeSettings) -> None:
    """Raise ConfigError naming every DfE setting or secret that is missing."""
    missing = [k for k in ("base_url", "token_url", "client_id", "scope", "la_code",
                           "client_secret", "supplier_key") if not getattr(dfe, k)]
    if missing:
        names = ", ".join("SSD_BRIDGE_" + k.upper() if k in ("client_secret", "supplier_key")
                          else f"dfe.{k}" for k in missing)
        raise ConfigError(f"the DfE API is not fully configured: {names} missing.",
                          "Copy these from the DfE portal into ssd-bridge.yaml; secrets go in the environment. "
                          "To rehearse without DfE, run 'ssd-bridge fake-dfe' and use the settings it prints.")


class DfeClient:
    """Posts child records to the DfE receiver; build one per run and close it after."""

    def __init__(self, dfe: DfeSettings, retry: RetryPolicy | None = None,
                 timeout: tuple[float, float] | None = None) -> None:
        check_settings(dfe)
        self.dfe = dfe
        self.batch_size = dfe.batch_size
        self.timeout = timeout or (float(dfe.connect_timeout_seconds), float(dfe.timeout_seconds))
        self.session = build_session(dfe, retry or DEFAULT_RETRY)  # looked up here: tests and rehearsals swap it
        self.auth = ClientCredentialsAuth(self.session, dfe, self.timeout)
        self.url = (dfe.base_url or "").rstrip("/") + ENDPOINT.format(la_code=dfe.la_code)
        self.host = urlsplit(self.url).hostname or ""
        self.path = urlsplit(self.url).path
        self._headers = {"SupplierKey": dfe.supplier_key or "", "Content-Type": "application/json",
                         "Accept": "application/json"}

    def __enter__(self) -> DfeClient:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def close(self) -> None:
        """Close the session's connections."""
        self.session.close()

    def refusal(self, status: int) -> CredentialsError:
        """What a 401 or 403 from the API (after a fresh token) means, and what to check."""
        if status == 401:
            return CredentialsError(f"the DfE API at {self.host} refused a freshly issued token (HTTP 401).",
                                    "Check SSD_BRIDGE_SUPPLIER_KEY (the portal's 'Subscription key') and that "
                                    "DfE has set your subscription to Active.")
        return CredentialsError(f"the DfE API at {self.host} refused access (HTTP 403).",
                                f"Check dfe.scope and that these credentials may send for LA {self.dfe.la_code}.")

    def post(self, records: Sequence[str]) -> requests.Response:
        """POST one JSON array of already-serialised records; transport failures raise ApiUnavailable."""
        body = ("[" + ",".join(records) + "]").encode("utf-8")
        started = time.monotonic()
        try:
            response = self.session.post(self.url, data=body, headers=self._headers, auth=self.auth,
                                         timeout=self.timeout, verify=verify_setting(self.dfe))
        except requests.RequestException as e:
            raise unreachable(f"the DfE API at {self.host}", e) from e
        log.debug("POST %s -> %s (%d records, request id %s, %.2f s)", self.path, response.status_code,
                  len(records), request_id(response), time.monotonic() - started)
        return response

    def send_batch(self, items: Sequence[tuple[Any, str | Mapping[str, Any]]]) -> BatchResult:
        """Send records and return one outcome per record, in order.

        The records go in requests of at most ``batch_size``, which shrinks for the rest of the
        run when DfE answers 413 (too large). A 400 is narrowed down (records DfE names are tried
        alone, the rest are bisected) so valid records still go through and each bad one gets
        DfE's own message. An error that must stop the run is returned in ``error`` with what
        was done before it; the records not acknowledged are ``unsent`` and stay as they were.
        """
        texts = [r if isinstance(r, str) else serialise(r) for _, r in items]
        result = BatchResult(outcomes=[])
        done: dict[int, Outcome] = {}
        batch_id = str(uuid.uuid4())
        try:
            start = 0
            while start < len(items):
                group = list(range(start, min(start + self.batch_size, len(items))))
                self._send_group(group, items, texts, batch_id, done, result)
                start = group[-1] + 1
        except (CredentialsError, ApiError) as e:
            result.error = e
        result.outcomes = [done.get(i) or Outcome(key, "unsent", batch_id=batch_id,
                                                  reason="not sent: the run stopped", facts="not sent")
                           for i, (key, _) in enumerate(items)]
        return result

    # -- one POST and what its answer means for each record in it --------------------------
    def _send_group(self, group: list[int], items: Sequence[tuple[Any, Any]], texts: list[str],
                    batch_id: str, done: dict[int, Outcome], result: BatchResult) -> None:
        if len(group) > self.batch_size:  # a 413 since this group was cut: never resend a size DfE refused
            for n in range(0, len(group), self.batch_size):
                self._send_group(group[n:n + self.batch_size], items, texts, batch_id, done, result)
            return
        sent_at = datetime.now(timezone.utc).replace(tzinfo=None)
        response = self.post([texts[i] for i in group])
        result.posts += 1
        status, rid = response.status_code, request_id(response)

        def outcome(i: int, state: str, **more: Any) -> None:
            done[i] = Outcome(items[i][0], state, http_status=status, request_id=rid, batch_id=batch_id,
                              sent_at=sent_at, **more)

        if 200 <= status < 300:
            receipts = parse_receipts(response, len(group)) if status == 200 else None
            if receipts is None:
                log.warning("DfE answered HTTP %s to %d records without receipts (%s, request id %s)",
                            status, len(group), describe_body(response), rid)
                raise ApiUnavailable(
                    f"the DfE API at {self.host} answered HTTP {status} to {len(group)} records, but not with "
                    f"DfE's receipts ({describe_body(response)}); nothing was marked sent.",
                    "A proxy, firewall or captive portal may be answering in DfE's place: check dfe.base_url "
                    "and dfe.proxy with IT, then run again. The records stay pending.")
            for i, receipt in zip(group, receipts, strict=True):
                outcome(i, "sent", receipt_id=receipt.id, receipt_time=receipt.received_at)
        elif status in REJECTING_STATUSES and len(group) > 1:
            if status == 413:
                self._shrink(len(group))
            for part in _split(group, status, response, self.batch_size):
                self._send_group(part, items, texts, batch_id, done, result)
        elif status in REJECTING_STATUSES:
            full = re.sub(r"(^|; )\[0\] ", r"\1", error_text(response))  # it is the only record
            outcome(group[0], "rejected", reason=f"HTTP {status}: {full}",
                    facts=error_facts(f"HTTP {status}: {full}"))
            log.info("DfE rejected record %s (HTTP %s, request id %s)", items[group[0]][0], status, rid)
        elif status in (401, 403):
            raise self.refusal(status)
        elif status in TRANSIENT_STATUSES:
            raise ApiUnavailable(f"the DfE API at {self.host} answered HTTP {status} after every retry.",
                                 "DfE is busy or down; run again later. Nothing unacknowledged was marked "
                                 "sent, and no record was charged an attempt.")
        elif status in (404, 405, 415):
            raise ApiError(f"the DfE API answered HTTP {status} for {self.path}.",
                           "Check dfe.base_url and dfe.la_code against the DfE portal.")
        else:
            raise ApiError(f"the DfE API at {self.host} answered HTTP {status}, which ssd-bridge does not expect "
                           f"({describe_body(response)}); nothing was marked sent.",
                           "Check dfe.base_url and dfe.proxy; if it persists, run 'ssd-bridge diagnose' for support.")

    def _shrink(self, refused: int) -> None:
        """Remember, for the rest of the run, that ``refused`` records in one request are too many."""
        smaller = refused - refused // 2  # the larger half of the split that follows
        if smaller < self.batch_size:
            log.info("DfE refused %d records in one request as too large (HTTP 413); sending at most %d "
                     "per request for the rest of this run", refused, smaller)
            self.batch_size = smaller


def _split(group: list[int], status: int, response: requests.Response, size: int) -> list[list[int]]:
    """How to retry a rejected group: named records alone, then the rest; otherwise two halves
    (after a 413, pieces of the remembered ``size``)."""
    if status == 413:
        return [group[n:n + size] for n in range(0, len(group), size)]
    named = sorted({p for p in record_positions(error_text(response, limit=20000)) if p < len(group)})
    if named and len(named) < len(group):
        rest = [g for n, g in enumerate(group) if n not in set(named)]
        return [[group[p]] for p in named] + [rest]
    middle = len(group) // 2
    return [group[:middle], group[middle:]]


def serialise(record: Mapping[str, Any]) -> str:
    """Compact UTF-8 JSON text of one record."""
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


@dataclass
class SubmitCounts:
    """Running totals over a submission."""

    sent: int = 0
    rejected: int = 0
    unsent: int = 0
    posts: int = 0
    first_errors: list[dict[str, Any]] = field(default_factory=list)

    def add(self, result: BatchResult, keep: int = 10) -> None:
        """Count one batch's outcomes, keeping the first few errors (no personal data)."""
        self.posts += result.posts
        for o in result.outcomes:
            setattr(self, o.status, getattr(self, o.status) + 1)
            if o.status == "rejected" and len(self.first_errors) < keep:
                self.first_errors.append({"key": o.key, "http_status": o.http_status, "reason": o.facts or ""})
