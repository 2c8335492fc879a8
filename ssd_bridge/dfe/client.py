"""DfE receiver client: one HTTP session per run, the OAuth2 token, batches, retries, receipts.

Errors raised (see :mod:`ssd_bridge.errors`)::

    CredentialsError   exit 2: the token server refused us, or the API answered 401 after a
                       token refresh, or 403
    ApiUnavailable     exit 3: no answer (connection, TLS, timeout) or 429/502/503/504 after
                       every retry; safe to run again later
    ApiError           exit 4: an answer we cannot use (wrong URL, unexpected status)

Nothing here logs a payload, a token or a secret: log lines carry the method, the URL path,
the HTTP status, the server's request id, record counts and timings only.
"""

from __future__ import annotations

import json
import logging
import re
import time
import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any
from urllib.parse import urlsplit

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from ssd_bridge import __version__
from ssd_bridge.config import DfeSettings
from ssd_bridge.dfe.responses import (
    error_text,
    oauth_error,
    parse_receipts,
    record_positions,
    redact_values,
    request_id,
)
from ssd_bridge.errors import (
    ApiError,
    ApiUnavailable,
    ConfigError,
    CredentialsError,
    SsdBridgeError,
)

log = logging.getLogger(__name__)

USER_AGENT = f"ssd-bridge/{__version__}"
ENDPOINT = "/children_social_care_data/{la_code}/children"
TRANSIENT_STATUSES = frozenset({429, 502, 503, 504})


class _Retry(Retry):
    """urllib3 Retry that never repeats a 413: a too-large batch is halved, not resent."""

    RETRY_AFTER_STATUS_CODES = frozenset({429, 503})


@dataclass(frozen=True)
class RetryPolicy:
    """How transient failures are retried inside one request (tests shrink the waits)."""

    retries: int = 4
    backoff_factor: float = 2.0
    backoff_max: float = 60.0
    jitter: float = 1.0
    retry_after_max: int = 300

    def build(self) -> Retry:
        """The urllib3 Retry for these numbers.

        POST is retried on purpose, although a POST that timed out may already have reached
        DfE: resending is safe here because the tracking table makes a resend idempotent per
        record (DfE replaces a child's record by la_child_id, and a record is marked sent only
        against the receipt for its current hash), so the worst case is the same record
        received twice (at-least-once), never a record lost.
        """
        return _Retry(
            total=self.retries,
            connect=self.retries,
            read=self.retries,
            status=self.retries,
            other=0,
            allowed_methods=frozenset({"POST"}),
            status_forcelist=TRANSIENT_STATUSES,
            backoff_factor=self.backoff_factor,
            backoff_max=self.backoff_max,
            backoff_jitter=self.jitter,
            respect_retry_after_header=True,
            retry_after_max=self.retry_after_max,
            raise_on_status=False,
        )


#: The policy a DfeClient uses when none is given (tests and rehearsals may swap it).
DEFAULT_RETRY = RetryPolicy()


@dataclass
class Outcome:
    """What happened to one record: sent, rejected (by DfE), failed (batch-level) or unsent."""

    key: Any
    status: str
    http_status: int | None = None
    receipt_id: str | None = None
    receipt_time: datetime | None = None
    reason: str | None = None
    request_id: str | None = None
    batch_id: str | None = None
    sent_at: datetime | None = None


@dataclass
class BatchResult:
    """The outcomes of one batch, and the error that stopped the run during it, if any."""

    outcomes: list[Outcome]
    posts: int = 0
    error: SsdBridgeError | None = None


class _TlsAdapter(HTTPAdapter):
    """An HTTPAdapter that verifies servers against the OS trust store (truststore)."""

    def __init__(self, ssl_context: Any, **kwargs: Any) -> None:
        self._ssl_context = ssl_context
        super().__init__(**kwargs)

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        if self._ssl_context is not None:
            kwargs["ssl_context"] = self._ssl_context
        super().init_poolmanager(*args, **kwargs)

    def proxy_manager_for(self, proxy: str, **kwargs: Any) -> Any:
        if self._ssl_context is not None:
            kwargs["ssl_context"] = self._ssl_context
        return super().proxy_manager_for(proxy, **kwargs)


def build_session(dfe: DfeSettings, retry: RetryPolicy | None = None) -> requests.Session:
    """One session for the run: retries, TLS trust (OS store or dfe.ca_bundle), proxy, User-Agent."""
    import os
    import ssl

    session = requests.Session()
    context = None
    if dfe.ca_bundle:
        if not os.path.isfile(dfe.ca_bundle):
            raise ConfigError(
                f"dfe.ca_bundle {dfe.ca_bundle} is not a file.",
                "Point it at a PEM file holding your proxy's root certificate, or remove it to use the OS store.",
            )
        session.verify = dfe.ca_bundle
    else:
        import truststore

        context = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    adapter = _TlsAdapter(context, max_retries=(retry or DEFAULT_RETRY).build(), pool_maxsize=2)
    session.mount("https://", adapter)
    session.mount("http://", adapter)
    if dfe.proxy:
        session.proxies = {"http": dfe.proxy, "https": dfe.proxy}
    session.headers["User-Agent"] = USER_AGENT
    return session


def verify_setting(dfe: DfeSettings) -> str | bool:
    """What to verify servers against, passed on every request: requests would otherwise let
    $REQUESTS_CA_BUNDLE override a session's dfe.ca_bundle."""
    return dfe.ca_bundle or True


class ClientCredentialsAuth(requests.auth.AuthBase):
    """OAuth2 client-credentials bearer token: fetched when first needed, cached until shortly
    before it expires, and fetched again once when the API answers 401."""

    def __init__(self, session: requests.Session, dfe: DfeSettings, timeout: tuple[float, float]) -> None:
        self._session = session
        self._dfe = dfe
        self._timeout = timeout
        self._token: str | None = None
        self._expires_at = 0.0
        self.fetches = 0

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        request.headers["Authorization"] = f"Bearer {self.token()}"
        request.register_hook("response", self._refresh_on_401)
        return request

    def token(self) -> str:
        """A valid access token, from the cache or the token server."""
        if self._token is None or time.monotonic() >= self._expires_at:
            self._fetch()
        assert self._token is not None
        return self._token

    def invalidate(self) -> None:
        """Forget the cached token so the next request fetches a new one."""
        self._token = None

    def _refresh_on_401(self, response: requests.Response, **kwargs: Any) -> requests.Response:
        if response.status_code != 401 or getattr(response.request, "_ssd_bridge_refreshed", False):
            return response
        log.info("DfE answered 401 to %s; fetching a new token and trying once more", _path(response.url))
        response.content  # noqa: B018 - read the body so the connection can be reused
        response.close()
        self.invalidate()
        again = response.request.copy()
        again.headers["Authorization"] = f"Bearer {self.token()}"
        again._ssd_bridge_refreshed = True  # type: ignore[attr-defined]
        retried = response.connection.send(again, **kwargs)
        retried.history.append(response)
        retried.request = again
        return retried

    def _fetch(self) -> None:
        dfe = self._dfe
        form = {
            "client_id": dfe.client_id or "",
            "client_secret": dfe.client_secret or "",
            "scope": dfe.scope or "",
            "grant_type": "client_credentials",
        }
        where = f"the DfE token server ({urlsplit(dfe.token_url or '').hostname})"
        try:
            response = self._session.post(dfe.token_url or "", data=form, timeout=self._timeout,
                                          headers={"Accept": "application/json"}, verify=verify_setting(dfe))
        except requests.RequestException as e:
            raise _unreachable(where, e) from e
        log.debug("POST %s -> %s (token)", _path(response.url), response.status_code)
        if response.status_code in (400, 401, 403):
            raise CredentialsError(
                f"{where} refused the credentials (HTTP {response.status_code}: {oauth_error(response)}).",
                "Check dfe.client_id, dfe.scope and SSD_BRIDGE_CLIENT_SECRET against the DfE portal's "
                "'Native OAuth Application-flow' block (the secret's value, not its id), and the clock.",
            )
        if response.status_code in TRANSIENT_STATUSES or response.status_code >= 500:
            raise ApiUnavailable(f"{where} answered HTTP {response.status_code} after retries.",
                                 "Try again later.")
        try:
            body = response.json()
            token = str(body["access_token"])
            lifetime = float(body.get("expires_in", 3600))
        except (ValueError, KeyError, TypeError) as e:
            raise ApiError(f"{where} answered HTTP {response.status_code} without an access token.",
                           "Check dfe.token_url is the portal's 'OAuth token endpoint'.") from e
        self.fetches += 1
        # Refresh a little early (10% of the lifetime, at most a minute) so no request races expiry.
        self._expires_at = time.monotonic() + lifetime - min(60.0, lifetime * 0.1)
        self._token = token


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
        self.session = build_session(dfe, retry)
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

    def post(self, records: Sequence[str]) -> requests.Response:
        """POST one JSON array of already-serialised records; transport failures raise ApiUnavailable."""
        body = ("[" + ",".join(records) + "]").encode("utf-8")
        started = time.monotonic()
        try:
            response = self.session.post(self.url, data=body, headers=self._headers, auth=self.auth,
                                         timeout=self.timeout, verify=verify_setting(self.dfe))
        except requests.RequestException as e:
            raise _unreachable(f"the DfE API at {self.host}", e) from e
        log.debug("POST %s -> %s (%d records, request id %s, %.2f s)", self.path, response.status_code,
                  len(records), request_id(response), time.monotonic() - started)
        return response

    def send_batch(self, items: Sequence[tuple[Any, str | Mapping[str, Any]]]) -> BatchResult:
        """Send up to batch_size records and return one outcome per record, in order.

        A 400 is narrowed down (records DfE names are tried alone, the rest are bisected) so
        valid records still go through and each bad one gets DfE's own message; a 413 halves.
        An error that must stop the run is returned in ``error`` with what was done before it.
        """
        texts = [r if isinstance(r, str) else serialise(r) for _, r in items]
        result = BatchResult(outcomes=[])
        done: dict[int, Outcome] = {}
        batch_id = str(uuid.uuid4())
        try:
            self._send_group(list(range(len(items))), items, texts, batch_id, done, result)
        except (CredentialsError, ApiError) as e:
            result.error = e
        result.outcomes = [done.get(i) or Outcome(key, "unsent", batch_id=batch_id,
                                                  reason="not sent: the run stopped")
                           for i, (key, _) in enumerate(items)]
        return result

    def submit(self, items: Iterable[tuple[Any, str | Mapping[str, Any]]]) -> Iterator[BatchResult]:
        """Send ``items`` in batches of dfe.batch_size; stops after a batch that carries an error."""
        chunk: list[tuple[Any, str | Mapping[str, Any]]] = []
        for item in items:
            chunk.append(item)
            if len(chunk) == self.batch_size:
                result = self.send_batch(chunk)
                yield result
                if result.error:
                    return
                chunk = []
        if chunk:
            yield self.send_batch(chunk)

    # -- one POST and what its answer means for each record in it --------------------------
    def _send_group(self, group: list[int], items: Sequence[tuple[Any, Any]], texts: list[str],
                    batch_id: str, done: dict[int, Outcome], result: BatchResult) -> None:
        sent_at = datetime.now(timezone.utc).replace(tzinfo=None)
        response = self.post([texts[i] for i in group])
        result.posts += 1
        status, rid = response.status_code, request_id(response)

        def outcome(i: int, state: str, **more: Any) -> None:
            done[i] = Outcome(items[i][0], state, http_status=status, request_id=rid, batch_id=batch_id,
                              sent_at=sent_at, **more)

        if status == 200:
            receipts = parse_receipts(response, len(group))
            if receipts is None:
                for i in group:
                    outcome(i, "failed", reason=f"HTTP 200 but the receipts did not match the {len(group)} "
                            "records sent; not marked sent, will be resent")
                log.warning("DfE answered %d records with a receipt count that does not match (request id %s)",
                            len(group), rid)
                return
            for i, receipt in zip(group, receipts, strict=True):
                outcome(i, "sent", receipt_id=receipt.id, receipt_time=receipt.received_at)
        elif status in (400, 413) and len(group) > 1:
            for part in _split(group, status, response):
                self._send_group(part, items, texts, batch_id, done, result)
        elif status in (400, 413):
            detail = re.sub(r"(^|; )\[0\] ", r"\1", error_text(response))  # it is the only record
            outcome(group[0], "rejected", reason=f"HTTP {status}: {detail}")
            log.info("DfE rejected record %s (HTTP %s, request id %s)", items[group[0]][0], status, rid)
        elif status == 401:
            raise CredentialsError(f"the DfE API at {self.host} refused a freshly issued token (HTTP 401).",
                                   "Check SSD_BRIDGE_SUPPLIER_KEY (the portal's 'Subscription key') and that "
                                   "DfE has set your subscription to Active.")
        elif status == 403:
            raise CredentialsError(f"the DfE API at {self.host} refused access (HTTP 403).",
                                   f"Check dfe.scope and that these credentials may send for LA {self.dfe.la_code}.")
        elif status in TRANSIENT_STATUSES:
            raise ApiUnavailable(f"the DfE API at {self.host} answered HTTP {status} after every retry.",
                                 "DfE is busy or down; run again later. Nothing unacknowledged was marked sent.")
        elif status in (404, 405, 415):
            raise ApiError(f"the DfE API answered HTTP {status} for {self.path}.",
                           "Check dfe.base_url and dfe.la_code against the DfE portal.")
        else:
            for i in group:
                outcome(i, "failed", reason=f"HTTP {status}: {error_text(response)}")


def _split(group: list[int], status: int, response: requests.Response) -> list[list[int]]:
    """How to retry a rejected group: named records alone, then the rest; otherwise two halves."""
    if status == 400:
        named = sorted({p for p in record_positions(error_text(response, limit=20000)) if p < len(group)})
        if named and len(named) < len(group):
            rest = [g for n, g in enumerate(group) if n not in set(named)]
            return [[group[p]] for p in named] + [rest]
    middle = len(group) // 2
    return [group[:middle], group[middle:]]


def submit_records(client: DfeClient, items: Iterable[tuple[Any, str | Mapping[str, Any]]]) -> list[Outcome]:
    """Submit ``(key, record)`` pairs and return one outcome per record; no database involved.

    A run-stopping error is raised after the last batch, with ``outcomes`` attached to it.
    """
    outcomes: list[Outcome] = []
    for result in client.submit(items):
        outcomes.extend(result.outcomes)
        if result.error:
            result.error.outcomes = outcomes  # type: ignore[attr-defined]
            raise result.error
    return outcomes


def serialise(record: Mapping[str, Any]) -> str:
    """Compact UTF-8 JSON text of one record."""
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


def _unreachable(where: str, e: requests.RequestException) -> ApiUnavailable:
    if isinstance(e, requests.exceptions.SSLError):
        return ApiUnavailable(f"could not make a trusted TLS connection to {where}.",
                              "If a proxy inspects TLS, set dfe.ca_bundle to its root certificate "
                              "or ask IT to exempt the DfE and Microsoft hosts.")
    if isinstance(e, requests.exceptions.ProxyError):
        return ApiUnavailable(f"the proxy refused the connection to {where}.",
                              "Check dfe.proxy (or HTTPS_PROXY) and the proxy's rules for this account.")
    if isinstance(e, (requests.exceptions.Timeout,)) or "timed out" in str(e).lower():
        kind = "timed out"
    else:
        kind = "could not be reached"
    return ApiUnavailable(f"{where} {kind} after every retry ({type(e).__name__}).",
                          "Check the network, proxy and DNS from this machine; run again later. "
                          "Nothing unacknowledged was marked sent.")


def _path(url: str | None) -> str:
    return urlsplit(url or "").path


@dataclass
class SubmitCounts:
    """Running totals over a submission."""

    sent: int = 0
    rejected: int = 0
    failed: int = 0
    unsent: int = 0
    posts: int = 0
    first_errors: list[dict[str, Any]] = field(default_factory=list)

    def add(self, result: BatchResult, keep: int = 10) -> None:
        """Count one batch's outcomes, keeping the first few errors (no personal data)."""
        self.posts += result.posts
        for o in result.outcomes:
            setattr(self, o.status, getattr(self, o.status) + 1)
            if o.status in ("rejected", "failed") and len(self.first_errors) < keep:
                self.first_errors.append({"key": o.key, "http_status": o.http_status,
                                          "reason": redact_values(o.reason or "")})
