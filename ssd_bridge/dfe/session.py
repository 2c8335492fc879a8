"""The HTTP side of the DfE client: one session per run (retries, TLS trust, proxy), the OAuth2
client-credentials token, and what a transport failure means for the LA.

Nothing here logs a token or a secret.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from ssd_bridge import __version__
from ssd_bridge.config import DfeSettings
from ssd_bridge.dfe.responses import oauth_error
from ssd_bridge.errors import ApiError, ApiUnavailable, ConfigError, CredentialsError

log = logging.getLogger(__name__)

USER_AGENT = f"ssd-bridge/{__version__}"
# The service's own failures: retried with backoff, never counted against a record.
TRANSIENT_STATUSES = frozenset({408, 429, *range(500, 600)})


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


class _Session(requests.Session):
    """A Session that reads the proxy and CA environment once per host and settings, not on every
    request: requests walks the whole environment per request otherwise (about 1 ms each, the
    largest cost of a POST to a stand-in on the same machine). The environment of one run does
    not change, so the answer is the same."""

    def __init__(self) -> None:
        super().__init__()
        self._environment: dict[tuple[Any, ...], Any] = {}

    def merge_environment_settings(self, url: Any, proxies: Any, stream: Any, verify: Any,
                                   cert: Any) -> Any:
        parts = urlsplit(url or "")
        key = (parts.scheme, parts.netloc, tuple(sorted((proxies or {}).items())), stream, verify, cert,
               self.trust_env, tuple(sorted(self.proxies.items())))
        if key not in self._environment:
            self._environment[key] = super().merge_environment_settings(url, proxies, stream, verify, cert)
        cached = self._environment[key]
        return {**cached, "proxies": dict(cached["proxies"])}  # a copy each time: requests may change it


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

    session = _Session()
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
        log.info("DfE answered 401 to %s; fetching a new token and trying once more", url_path(response.url))
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
            raise unreachable(where, e) from e
        log.debug("POST %s -> %s (token)", url_path(response.url), response.status_code)
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


def unreachable(where: str, e: requests.RequestException) -> ApiUnavailable:
    """The exit-3 error for a request that got no usable answer (TLS, proxy, timeout, refused)."""
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


def url_path(url: str | None) -> str:
    return urlsplit(url or "").path
