"""Checks of the route to DfE: proxy, DNS, TCP, TLS (and inspection), clock, credentials.

The probes go the way the DfE client goes (``dfe.proxy``, else HTTPS_PROXY/NO_PROXY) and trust
what it trusts (``dfe.ca_bundle``, else the OS store through truststore). A certificate the OS
trusts but the public (Mozilla/certifi) roots do not is the mark of a TLS-inspecting proxy
(known failure N05). Failure ids (N01..N07, A01..A06) are sections of docs/operations.md.
"""

from __future__ import annotations

import base64
import logging
import os
import socket
import ssl
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any
from urllib.parse import unquote, urlsplit

from ssd_bridge.compat.checks import Check, failed, passed, skipped, warned
from ssd_bridge.compat.credentials import credentials_check, settings_check, test_record_check
from ssd_bridge.config import DfeSettings, Settings
from ssd_bridge.dfe.client import RetryPolicy, build_session
from ssd_bridge.errors import SsdBridgeError
from ssd_bridge.secrets import redact_connection_string

log = logging.getLogger(__name__)

SKEW_WARN_SECONDS = 60
SKEW_FAIL_SECONDS = 300


@dataclass(frozen=True)
class Endpoint:
    """One host ssd-bridge must reach, and the proxy (if any) on the way."""

    label: str
    url: str
    scheme: str
    host: str
    port: int
    proxy: str | None

    @property
    def target(self) -> str:
        return f"{self.host}:{self.port}"


class ProxyRefused(OSError):
    """The proxy answered CONNECT with something other than 200."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(f"HTTP {status} {reason}")
        self.status = status


def network_checks(settings: Settings, send_test_record: bool = False) -> list[Check]:
    """Reach of each DfE host (DNS, TCP, TLS), the clock, the credentials and the optional test record."""

    dfe = settings.dfe
    endpoints = endpoints_of(dfe)
    checks: list[Check] = []
    if not endpoints:
        checks.append(failed("network.reach", "Reach of the DfE hosts", "dfe.base_url and dfe.token_url are not set, "
                             "so nothing can be sent.",
                             "Copy them from the DfE portal into ssd-bridge.yaml (or rehearse with 'ssd-bridge "
                             "fake-dfe' and the settings it prints)."))
    else:
        checks.append(proxy_check(endpoints))
        seen: set[tuple[str, int, str | None]] = set()
        for endpoint in endpoints:
            if (endpoint.host, endpoint.port, endpoint.proxy) not in seen:
                seen.add((endpoint.host, endpoint.port, endpoint.proxy))
                checks.extend(reach_checks(endpoint, dfe))
    checks.append(clock_check(dfe))
    checks.append(settings_check(dfe))
    checks.append(credentials_check(dfe))
    checks.append(test_record_check(settings, send_test_record))
    return checks


def endpoints_of(dfe: DfeSettings) -> list[Endpoint]:
    """The DfE API and token hosts from the settings, each with the proxy that applies to it."""
    found = []
    for label, url in (("DfE API", dfe.base_url), ("token server", dfe.token_url)):
        if not url:
            continue
        parts = urlsplit(url)
        port = parts.port or (443 if parts.scheme == "https" else 80)
        found.append(Endpoint(label, url, parts.scheme, parts.hostname or "", port, proxy_for(url, dfe)))
    return found


def proxy_for(url: str, dfe: DfeSettings) -> str | None:
    """The proxy the DfE client would use for ``url``: dfe.proxy, else the environment's."""
    if dfe.proxy:
        return dfe.proxy
    from requests.utils import get_environ_proxies

    proxies = get_environ_proxies(url)
    return proxies.get(urlsplit(url).scheme) or proxies.get("all")


def proxy_check(endpoints: list[Endpoint]) -> Check:
    """Which proxy each host is reached through (informational)."""

    lines = [f"{e.label} {e.host}: " + (f"through {redact_connection_string(e.proxy)}" if e.proxy else "direct")
             for e in endpoints]
    found = "; ".join(lines)
    return passed("network.proxy", "Proxy in use", found + " (from dfe.proxy, else HTTPS_PROXY and NO_PROXY).")


def reach_checks(endpoint: Endpoint, dfe: DfeSettings) -> list[Check]:
    """DNS, TCP and TLS for one endpoint; a layer that fails skips the layers above it."""
    timeout = float(dfe.connect_timeout_seconds)
    checks = [_dns_check(endpoint)]
    if checks[-1].status == "fail":
        return checks + [skipped("network.tcp", "TCP connection", "skipped: the name did not resolve.",
                                 target=endpoint.target)]
    checks.append(_tcp_check(endpoint, timeout))
    if endpoint.scheme != "https":
        checks.append(skipped("network.tls", "TLS and certificate", f"{endpoint.label} is plain HTTP (no TLS): "
                              "only the local DfE stand-in should be.", target=endpoint.target))
    elif checks[-1].status == "fail":
        checks.append(skipped("network.tls", "TLS and certificate", "skipped: no TCP connection.",
                              target=endpoint.target))
    else:
        checks.append(tls_check(endpoint, dfe, timeout))
    return checks


def _dns_check(endpoint: Endpoint) -> Check:
    host = urlsplit(endpoint.proxy).hostname if endpoint.proxy else endpoint.host
    what = f"proxy {host}" if endpoint.proxy else endpoint.host
    try:
        addresses = sorted({str(info[4][0]) for info in socket.getaddrinfo(host, None, type=socket.SOCK_STREAM)})
    except socket.gaierror as e:
        return failed("network.dns", "DNS", f"{what} does not resolve ({e.strerror}).",
                      "Fix the name or the DNS server (or the proxy's name); NameResolutionFailure.",
                      known_failure="N01", target=endpoint.target)
    note = f"; the proxy resolves {endpoint.host} itself" if endpoint.proxy else ""
    return passed("network.dns", "DNS", f"{what} resolves to {', '.join(addresses[:3])}{note}.", target=endpoint.target)


def _tcp_check(endpoint: Endpoint, timeout: float) -> Check:
    name, title = "network.tcp", "TCP connection"
    try:
        sock = open_socket(endpoint, timeout)
        sock.close()
    except ProxyRefused as e:
        if e.status == 407:
            return failed(name, title, f"the proxy asks for authentication (HTTP 407) for {endpoint.target}.",
                          "Give the proxy account as http://user:password@proxy:port in SSD_BRIDGE_DFE_PROXY "
                          "(environment, so the password stays out of the file), or, for an NTLM/Kerberos-only "
                          "proxy, ask IT to let the service account through to this host; "
                          "ProxyAuthenticationRequired.", known_failure="N03", target=endpoint.target)
        return failed(name, title, f"the proxy refused to connect to {endpoint.target} ({e}).",
                      "Ask IT to allow outbound HTTPS to this host through the proxy.", known_failure="N02",
                      target=endpoint.target)
    except TimeoutError:
        return failed(name, title, f"no answer from {_via(endpoint)} within {timeout:.0f} s.",
                      "A firewall is dropping the connection: ask IT to allow outbound port "
                      f"{endpoint.port} to {endpoint.host}; Timeout.", known_failure="N07", target=endpoint.target)
    except OSError as e:
        return failed(name, title, f"could not connect to {_via(endpoint)} ({e.strerror or e}).",
                      f"Ask IT to allow outbound TCP {endpoint.port} to {endpoint.host} (or check the proxy); "
                      "ConnectFailure.", known_failure="N02", target=endpoint.target)
    return passed(name, title, f"connected to {_via(endpoint)}.", target=endpoint.target)


def _via(endpoint: Endpoint) -> str:
    if endpoint.proxy:
        return f"{endpoint.target} through the proxy {urlsplit(endpoint.proxy).hostname}"
    return endpoint.target


def open_socket(endpoint: Endpoint, timeout: float) -> socket.socket:
    """A TCP socket to the endpoint: direct, or a CONNECT tunnel through its proxy."""
    if not endpoint.proxy:
        return socket.create_connection((endpoint.host, endpoint.port), timeout=timeout)
    proxy = urlsplit(endpoint.proxy)
    sock = socket.create_connection((proxy.hostname or "", proxy.port or 8080), timeout=timeout)
    if endpoint.scheme != "https":
        return sock
    request = f"CONNECT {endpoint.target} HTTP/1.1\r\nHost: {endpoint.target}\r\n"
    if proxy.username:
        pair = f"{unquote(proxy.username)}:{unquote(proxy.password or '')}".encode()
        request += f"Proxy-Authorization: Basic {base64.b64encode(pair).decode()}\r\n"
    sock.sendall((request + "\r\n").encode("latin-1"))
    head = b""
    while b"\r\n\r\n" not in head and len(head) < 65536:
        chunk = sock.recv(4096)
        if not chunk:
            break
        head += chunk
    status_line = head.split(b"\r\n", 1)[0].decode("latin-1", "replace").split(" ", 2)
    status = int(status_line[1]) if len(status_line) > 1 and status_line[1].isdigit() else 0
    if status != 200:
        sock.close()
        raise ProxyRefused(status, status_line[2] if len(status_line) > 2 else "no answer")
    return sock


def tls_check(endpoint: Endpoint, dfe: DfeSettings, timeout: float) -> Check:
    """Handshake with the client's trust (OS store or dfe.ca_bundle), then with the public roots."""
    name, title, target = "network.tls", "TLS and certificate", endpoint.target
    trust = "dfe.ca_bundle" if dfe.ca_bundle else "the OS trust store"
    if dfe.ca_bundle and not os.path.isfile(dfe.ca_bundle):
        return failed(name, title, f"dfe.ca_bundle {dfe.ca_bundle} is not a file.",
                      "Point it at a PEM file holding your proxy's root certificate, or remove it to use the OS store.",
                      target=target)
    try:
        cert = _handshake(endpoint, _client_context(dfe), timeout)
    except ssl.SSLCertVerificationError as e:
        issuer = _unverified_issuer(endpoint, timeout)
        return failed(name, title, f"the certificate from {endpoint.host} is not trusted by {trust} "
                      f"({e.verify_message}); it was issued by {issuer}.",
                      "If that issuer is your organisation's proxy, TLS is being inspected: ask IT to exempt "
                      "the DfE and Microsoft hosts from inspection, or set dfe.ca_bundle to the proxy's root "
                      "certificate (PEM); TrustFailure.", known_failure="N05", target=target)
    except (ssl.SSLError, ConnectionError) as e:
        return failed(name, title, f"the TLS handshake with {endpoint.host} failed ({type(e).__name__}: "
                      f"{getattr(e, 'reason', None) or e}).", "Check TLS 1.2 is allowed on this host and by the "
                      "proxy; SecureChannelFailure.", known_failure="N04", target=target)
    except OSError as e:
        return failed(name, title, f"the connection dropped during the TLS handshake ({e}).",
                      "A proxy or WAF may be closing it; SendFailure / ReceiveFailure.", known_failure="N06",
                      target=target)
    issuer = _issuer_text(cert)
    try:
        import certifi

        _handshake(endpoint, ssl.create_default_context(cafile=certifi.where()), timeout)
    except ssl.SSLCertVerificationError:
        return warned(name, title, f"TLS works with {trust}, but the certificate for {endpoint.host} was issued "
                      f"by {issuer}, which the public roots do not trust: the connection is being inspected.",
                      "ssd-bridge trusts it, so this works; if DfE or Microsoft calls fail, ask IT to exempt "
                      "those hosts from TLS inspection.", known_failure="N05", target=target)
    except (ImportError, OSError):
        pass
    return passed(name, title, f"trusted certificate for {endpoint.host} issued by {issuer}; not inspected.",
                  target=target)


def _client_context(dfe: DfeSettings) -> ssl.SSLContext:
    if dfe.ca_bundle:
        return ssl.create_default_context(cafile=dfe.ca_bundle)
    import truststore

    return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


def _handshake(endpoint: Endpoint, context: ssl.SSLContext, timeout: float) -> dict[str, Any]:
    sock = open_socket(endpoint, timeout)
    with context.wrap_socket(sock, server_hostname=endpoint.host) as tls:
        return tls.getpeercert() or {}


def _issuer_text(cert: dict[str, Any]) -> str:
    fields = {k: v for rdn in cert.get("issuer", ()) for k, v in rdn}
    parts = [fields.get("commonName"), fields.get("organizationName")]
    return ", ".join(p for p in parts if p) or "an unnamed issuer"


def _unverified_issuer(endpoint: Endpoint, timeout: float) -> str:
    """The issuer of a certificate we do not trust (read without verifying, never used to send)."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    try:
        sock = open_socket(endpoint, timeout)
        with context.wrap_socket(sock, server_hostname=endpoint.host) as tls:
            der = tls.getpeercert(binary_form=True) or b""
        from cryptography import x509
        from cryptography.x509.oid import NameOID

        issuer = x509.load_der_x509_certificate(der).issuer
        names = [a.value for oid in (NameOID.COMMON_NAME, NameOID.ORGANIZATION_NAME)
                 for a in issuer.get_attributes_for_oid(oid)]
        return ", ".join(str(n) for n in names) or "an unnamed issuer"
    except (ImportError, OSError, ValueError):
        return "an issuer that could not be read"


def clock_check(dfe: DfeSettings) -> Check:
    """This computer's clock against the token server's HTTP Date header (known failure A02)."""
    from email.utils import parsedate_to_datetime

    import requests


    name, title = "network.clock", "Clock against the token server"
    if not dfe.token_url:
        return skipped(name, title, "dfe.token_url is not set.")
    try:
        with build_session(dfe, RetryPolicy(retries=0)) as session:
            response = session.get(dfe.token_url, timeout=(float(dfe.connect_timeout_seconds), 10.0),
                                   allow_redirects=False)
        server = parsedate_to_datetime(response.headers["Date"])
    except requests.RequestException:
        return skipped(name, title, "the token server could not be reached (see the network checks above).")
    except (KeyError, TypeError, ValueError):
        return skipped(name, title, "the token server sent no usable Date header.")
    except SsdBridgeError as e:
        return skipped(name, title, f"not checked: {e.message}", e.hint)
    skew = (datetime.now(timezone.utc) - server).total_seconds()
    found = f"this computer's clock is {abs(skew):.0f} s {'ahead of' if skew > 0 else 'behind'} the token server."
    fix = "Turn on time synchronisation (NTP / w32time) for this server; tokens fail with skewed clocks."
    if abs(skew) > SKEW_FAIL_SECONDS:
        return failed(name, title, found, fix, known_failure="A02")
    if abs(skew) > SKEW_WARN_SECONDS:
        return warned(name, title, found, fix, known_failure="A02")
    return passed(name, title, found)
