"""Credential checks: a token request, and (only when asked) one synthetic record to a TEST endpoint."""

from __future__ import annotations

import ipaddress
import re
from urllib.parse import urlsplit

from ssd_bridge.compat.checks import Check, failed, passed, skipped
from ssd_bridge.config import DfeSettings, Settings
from ssd_bridge.dfe.client import (
    ClientCredentialsAuth,
    DfeClient,
    RetryPolicy,
    build_session,
    check_settings,
)
from ssd_bridge.errors import ApiError, ApiUnavailable, ConfigError, CredentialsError

# Token-server answers with a known cause: (pattern, failure id in docs/operations.md, fix).
_TOKEN_FAILURES = (
    (re.compile(r"AADSTS7000222"), "A01", "The client secret has expired: make a new one on the DfE portal and "
     "set SSD_BRIDGE_CLIENT_SECRET to its value."),
    (re.compile(r"AADSTS700016"), "A01", "The client id is not known in that tenant: copy dfe.client_id and "
     "dfe.token_url again from the portal's 'Native OAuth Application-flow' block."),
    (re.compile(r"invalid_scope|AADSTS70011|AADSTS1002012|AADSTS500011"), "A03", "Wrong scope: copy dfe.scope "
     "from the portal verbatim; client-credentials scopes end in /.default."),
    (re.compile(r"invalid_client|AADSTS7000215|unauthorized_client"), "A01", "invalid_client: re-copy dfe.client_id "
     "and the secret's VALUE (not its id) into SSD_BRIDGE_CLIENT_SECRET; DfE can reset the credentials."),
)


def settings_check(dfe: DfeSettings) -> Check:
    """Every DfE setting and secret a submission needs is set (the same test submit makes first)."""

    try:
        check_settings(dfe)
    except ConfigError as e:
        return failed("credentials.settings", "DfE settings", e.message, e.hint or "")
    return passed("credentials.settings", "DfE settings", f"every DfE setting is set (LA {dfe.la_code}).")


def credentials_check(dfe: DfeSettings) -> Check:
    """Ask the token server for a token (the token itself is never shown or kept)."""

    name, title = "credentials.token", "Token request"
    missing = [k for k in ("token_url", "client_id", "scope") if not getattr(dfe, k)]
    missing += ["SSD_BRIDGE_CLIENT_SECRET"] if not dfe.client_secret else []
    if missing:
        return failed(name, title, f"not configured: {', '.join(missing)} missing, so no token can be fetched.",
                      "Copy them from the DfE portal (secrets into the environment), then check again.")
    host = urlsplit(dfe.token_url or "").hostname
    timeout = (float(dfe.connect_timeout_seconds), float(dfe.timeout_seconds))
    try:
        with build_session(dfe, RetryPolicy(retries=0)) as session:
            ClientCredentialsAuth(session, dfe, timeout).token()
    except CredentialsError as e:
        for pattern, known, fix in _TOKEN_FAILURES:
            if pattern.search(e.message):
                return failed(name, title, e.message, fix, known_failure=known)
        return failed(name, title, e.message, "Check the scope, the secret and that the token call goes through "
                      "the same proxy; 401 at the token stage.", known_failure="A03")
    except ApiUnavailable as e:
        return _unavailable(name, title, e)
    except (ApiError, ConfigError) as e:
        return failed(name, title, e.message, e.hint or "Check dfe.token_url.")
    return passed(name, title, f"{host} issued a token for client {dfe.client_id} and scope {dfe.scope}.")


def _unavailable(name: str, title: str, e: ApiUnavailable) -> Check:
    if "TLS" in e.message:
        return failed(name, title, e.message, e.hint or "", known_failure="N05")
    if "proxy" in e.message:
        return failed(name, title, e.message, "Check dfe.proxy and its account (HTTP 407 needs proxy credentials).",
                      known_failure="N03")
    return failed(name, title, e.message, "See the DNS / TCP checks above for where the route stops.",
                  known_failure="N02")


def is_test_endpoint(base_url: str | None) -> bool:
    """True for DfE's TEST receiver (…-test/…) or a loopback address (the local stand-in)."""
    parts = urlsplit(base_url or "")
    host = parts.hostname or ""
    if host == "localhost":
        return True
    try:
        if ipaddress.ip_address(host).is_loopback:
            return True
    except ValueError:
        pass
    return "data-receiver-test" in parts.path


def synthetic_record(la_code: str) -> dict[str, object]:
    """One made-up child, obviously fake, valid against the DfE schema."""
    ident = f"SSDBRIDGETEST{la_code}"
    return {
        "la_child_id": ident,
        "mis_child_id": ident,
        "child_details": {"first_name": "Synthetic", "surname": "Testrecord", "date_of_birth": "2015-01-01",
                          "sex": "U"},
        "purge": False,
    }


def test_record_check(settings: Settings, send: bool) -> Check:
    """With --send-test-record: one synthetic record to the TEST endpoint; never to live."""

    name, title = "credentials.test_record", "Synthetic test record"
    if not send:
        return skipped(name, title, "not sent (add --send-test-record to send one synthetic record to the "
                       "TEST endpoint).")
    dfe = settings.dfe
    if settings.environment != "test":
        return failed(name, title, "refused: environment is live; the test record goes to TEST only.",
                      "Run it from a configuration with environment: test and the TEST base URL.")
    if not is_test_endpoint(dfe.base_url):
        return failed(name, title, f"refused: dfe.base_url ({dfe.base_url}) is not the TEST receiver.",
                      "Point dfe.base_url at .../children-in-social-care-data-receiver-test/1 for this check.",
                      known_failure="J02")
    try:
        with DfeClient(dfe, retry=RetryPolicy(retries=0)) as client:
            result = client.send_batch([("test-record", synthetic_record(dfe.la_code or "000"))])
    except ConfigError as e:
        return skipped(name, title, f"not configured: {e.message}", e.hint)
    outcome = result.outcomes[0]
    if result.error is not None:
        known = "A06" if "supplier" in (result.error.hint or "").lower() else "A04"
        if isinstance(result.error, ApiUnavailable):
            return _unavailable(name, title, result.error)
        return failed(name, title, result.error.message, result.error.hint or "", known_failure=known)
    if outcome.status == "sent":
        return passed(name, title, f"DfE TEST accepted one synthetic record (HTTP {outcome.http_status}, "
                      f"receipt {outcome.receipt_id}, request id {outcome.request_id}).")
    return failed(name, title, f"the synthetic record was not accepted ({outcome.status}: {outcome.facts}).",
                  "Check dfe.base_url and dfe.la_code against the portal; send the request id to DfE if it persists.")
