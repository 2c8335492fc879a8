"""A local stand-in for the DfE receiver and its token server, with fault injection.

It listens on 127.0.0.1 and answers like the real service as D2I has observed it
(docs/architecture.md, send side): a client-credentials token endpoint, and
``POST /children_social_care_data/{la_code}/children`` taking a JSON array of at most 100
records, validated with our own DfE schema. Tests start it in-process; LAs can rehearse
against it with ``ssd-bridge fake-dfe`` before they have DfE credentials.

Faults are injected with ``script`` steps, consumed one per receiver request:
``"200"`` (normal), any other status (``"429"``, ``"503"``, ``"500"``, ``"401"``, ...),
``"reset"`` (read the request, then reset the connection), ``"short"`` (one receipt too few),
``"single"`` (one uuid for the batch, as DfE's OpenAPI declares), ``"expire"`` (treat the
token as expired), ``"delay:<seconds>"`` (answer normally after a pause), ``"hold"``
(answer normally once :meth:`FakeDfe.release` is called: a request caught in flight),
``"html"`` (200 with a proxy's or captive portal's HTML page), ``"text"`` (200 with the text
"OK"), ``"echo"`` (400 whose error text repeats the records' names, dates of birth, UPNs and
postcodes every way a server might: quoted, unquoted, in a header) and ``"echo:<status>"``
(that status with the same echoing body, e.g. ``echo:500``). ``max_records`` makes it answer
413 to any request with more records, as a gateway with a smaller limit would.
"""

from __future__ import annotations

import json
import logging
import os
import random
import socket
import struct
import sys
import threading
import time
import uuid
from collections import Counter, deque
from collections.abc import Callable, Iterable
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from ssd_bridge.dfe.fake_faults import check_steps, echo_answer
from ssd_bridge.errors import ConfigError
from ssd_bridge.record.validate import is_schema_valid, schema_errors

log = logging.getLogger(__name__)

TOKEN_PATH = "/oauth2/v2.0/token"
RECEIVER_PREFIX = "/children_social_care_data/"
BASE_PATH = "/children-in-social-care-data-receiver-test/1"
FAKE_CLIENT_ID = "fake-client-id"
FAKE_CLIENT_SECRET = "fake-client-secret"
FAKE_SUPPLIER_KEY = "fake-supplier-key"
FAKE_SCOPE = "api://fake-dfe/.default"
MAX_RECORDS = 100

Validator = Callable[[dict], list[str]]


def _schema_validator() -> Validator:
    """Our schema check: validate.is_schema_valid's compiled gate first (fast enough for
    50,000 records in seconds), then validate.schema_errors' messages for records it fails."""

    def validate(record: dict) -> list[str]:
        if is_schema_valid(record):
            return []
        return schema_errors(record) or ["$: rejected by the schema"]

    return validate


class FakeDfe:
    """The stand-in server; use ``with FakeDfe(...) as fake:`` or ``start()``/``stop()``."""

    def __init__(self, port: int = 0, *, token_lifetime: float = 3600, advertised_lifetime: float | None = None,
                 fail_rate: float = 0.0, delay: float = 0.0, retry_after: int | None = 1,
                 script: Iterable[str] = (), validator: Validator | None = None, seed: int | None = None,
                 client_id: str = FAKE_CLIENT_ID, client_secret: str = FAKE_CLIENT_SECRET,
                 supplier_key: str = FAKE_SUPPLIER_KEY, tls: tuple[str, str] | None = None,
                 max_records: int = MAX_RECORDS, validate: bool = True) -> None:
        self.requested_port = port
        self.token_lifetime = token_lifetime
        self.advertised_lifetime = advertised_lifetime
        self.fail_rate = fail_rate
        self.delay = delay
        self.retry_after = retry_after
        # validate=False acknowledges any well-formed record: for load tests, where DfE's own
        # checking (on DfE's machine in real life) must not share this machine's cores.
        self.validator: Validator | None = (validator or _schema_validator()) if validate else None
        self.client_id, self.client_secret, self.supplier_key = client_id, client_secret, supplier_key
        self.tls = tls  # (certificate file, key file): serve https
        self.max_records = max_records
        self._script: deque[str] = deque(check_steps(script))
        self._random = random.Random(seed)
        self._tokens: dict[str, float] = {}
        self._lock = threading.Lock()
        self._released = threading.Event()
        self.held = 0  # requests that reached a "hold" step
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        # What was received, for tests and the CLI's closing summary.
        self.token_requests = 0
        self.requests = 0
        self.statuses: Counter[int | str] = Counter()
        self.accepted: Counter[str] = Counter()  # la_child_id -> times acknowledged
        self.rejected_records = 0
        self.batch_sizes: list[int] = []
        self.proxied_hosts: list[str] = []  # hosts named in absolute-form requests (we were the proxy)

    # -- life cycle --------------------------------------------------------------------
    def start(self) -> FakeDfe:
        """Bind 127.0.0.1 and serve on a background thread."""
        try:
            server = _Server(("127.0.0.1", self.requested_port), _Handler)
        except OSError as e:
            raise ConfigError(
                f"the DfE stand-in could not listen on 127.0.0.1:{self.requested_port} ({e.strerror or e}).",
                "Another program (perhaps another fake-dfe) uses that port: stop it, or choose another "
                "--port (0 picks a free one).",
            ) from e
        server.daemon_threads = True
        server.fake = self  # type: ignore[attr-defined]
        if self.tls:
            import ssl

            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(*self.tls)
            server.socket = context.wrap_socket(server.socket, server_side=True)
        self._server = server
        self._thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                                        name="fake-dfe", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and close the socket."""
        self._released.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> FakeDfe:
        return self.start()

    def __exit__(self, *exc: Any) -> None:
        self.stop()

    # -- where it is -------------------------------------------------------------------
    @property
    def port(self) -> int:
        """The bound port (before start: the port asked for, if one was)."""
        if self._server is not None:
            return int(self._server.server_address[1])
        if self.requested_port:
            return self.requested_port
        raise RuntimeError("the stand-in is not started")

    @property
    def url(self) -> str:
        """``http(s)://127.0.0.1:<port>``."""
        return f"{'https' if self.tls else 'http'}://127.0.0.1:{self.port}"

    @property
    def base_url(self) -> str:
        return self.url + BASE_PATH

    @property
    def token_url(self) -> str:
        return self.url + TOKEN_PATH

    def dfe_settings(self, la_code: str = "999") -> dict[str, Any]:
        """The ``dfe`` settings (secrets included) that point ssd-bridge at this stand-in."""
        return {"base_url": self.base_url, "token_url": self.token_url, "client_id": self.client_id,
                "scope": FAKE_SCOPE, "la_code": la_code, "client_secret": self.client_secret,
                "supplier_key": self.supplier_key}

    def environment(self, la_code: str = "999") -> dict[str, str]:
        """The same as SSD_BRIDGE_* environment variables, for the CLI."""
        s = self.dfe_settings(la_code)
        env = {f"SSD_BRIDGE_DFE_{k.upper()}": v for k, v in s.items() if k not in ("client_secret", "supplier_key")}
        env["SSD_BRIDGE_CLIENT_SECRET"] = s["client_secret"]
        env["SSD_BRIDGE_SUPPLIER_KEY"] = s["supplier_key"]
        return env

    # -- controls ----------------------------------------------------------------------
    def push(self, *steps: str) -> None:
        """Queue fault steps for the next receiver requests."""
        with self._lock:
            self._script.extend(check_steps(steps))

    def release(self) -> None:
        """Let requests stopped by a "hold" step (and later ones) be answered."""
        self._released.set()

    def expire_tokens(self) -> None:
        """Make every token issued so far invalid."""
        with self._lock:
            self._tokens.clear()

    def count(self, status: int | str) -> None:
        """Count one answer (or reset) by status."""
        with self._lock:
            self.statuses[status] += 1

    @property
    def accepted_records(self) -> int:
        return sum(self.accepted.values())

    # -- behaviour (called from handler threads) ---------------------------------------
    def issue_token(self, form: dict[str, str]) -> tuple[int, dict[str, Any]]:
        with self._lock:
            self.token_requests += 1
            if form.get("grant_type") != "client_credentials":
                return 400, {"error": "unsupported_grant_type"}
            if form.get("client_id") != self.client_id or form.get("client_secret") != self.client_secret:
                return 401, {"error": "invalid_client",
                             "error_description": "AADSTS7000215: Invalid client secret provided."}
            token = "fake." + uuid.uuid4().hex
            self._tokens[token] = time.monotonic() + self.token_lifetime
        advertised = self.advertised_lifetime if self.advertised_lifetime is not None else self.token_lifetime
        return 200, {"token_type": "Bearer", "expires_in": int(advertised), "access_token": token}

    def next_step(self) -> str:
        with self._lock:
            self.requests += 1
            if self._script:
                return self._script.popleft()
            if self.fail_rate and self._random.random() < self.fail_rate:
                return "503"
        return "200"

    def token_is_valid(self, header: str) -> bool:
        token = header[7:] if header.startswith("Bearer ") else ""
        with self._lock:
            expires = self._tokens.get(token)
            return expires is not None and time.monotonic() < expires

    def receive(self, body: bytes, step: str) -> tuple[int, Any]:
        try:
            records = json.loads(body)
        except ValueError:
            return 400, {"title": "Payload was malformed", "errors": ["the body is not valid JSON"]}
        if not isinstance(records, list):
            return 400, {"title": "Payload was malformed", "errors": ["the body must be a JSON array"]}
        if len(records) > self.max_records:
            return 413, {"title": "Too many records", "errors": [f"at most {self.max_records} records per request"]}
        errors: list[str] = []
        for n, record in enumerate(records):
            if not isinstance(record, dict):
                problems = ["$: must be an object"]
            else:
                problems = self.validator(record) if self.validator is not None else []
            errors.extend(f"[{n}] {p}" for p in problems)
        if errors:
            with self._lock:
                self.rejected_records += len({e.split(" ", 1)[0] for e in errors})
            return 400, {"title": "Payload was malformed", "errors": errors}
        receipts = _receipts(len(records))
        if step == "short":
            receipts = receipts[:-1]
        with self._lock:
            self.batch_sizes.append(len(records))
            if step != "short":
                self.accepted.update(str(r.get("la_child_id")) for r in records)
        if step == "single":
            return 200, str(uuid.uuid4())
        return 200, receipts


def _receipts(count: int) -> list[str]:
    """One receipt per record, all stamped with the time the request was taken."""
    now = datetime.now(timezone.utc)
    stamp = f"{now:%Y-%m-%d_%H:%M:%S}.{now.microsecond // 10000:02d}_"
    # Random version-4 UUIDs as uuid.uuid4() makes them, from one read of the system's randomness
    # (uuid4 per receipt was a fifth of the stand-in's time per request).
    digits = os.urandom(16 * count).hex()
    receipts = []
    for n in range(0, 32 * count, 32):
        h = digits[n:n + 32]
        receipts.append(f"{stamp}{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) & 3]}{h[17:20]}-{h[20:]}.json")
    return receipts


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "fake-dfe"
    # Headers and body go out in two writes; without TCP_NODELAY each answer waits ~40 ms
    # for the client's delayed ACK, which would make 500 batches take 20 s.
    disable_nagle_algorithm = True

    @property
    def fake(self) -> FakeDfe:
        return self.server.fake  # type: ignore[attr-defined]

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        log.debug("fake-dfe: " + format, *args)

    def do_POST(self) -> None:  # noqa: N802 - stdlib naming
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        path = self.path.split("?", 1)[0]
        if path.startswith(("http://", "https://")):
            # Absolute-form request target: the client is using us as its HTTP proxy.
            target = urlsplit(path)
            with self.fake._lock:
                self.fake.proxied_hosts.append(target.hostname or "")
            path = target.path
        if path.endswith("/token"):
            form = {k: v[0] for k, v in parse_qs(body.decode("utf-8", "replace")).items()}
            self._answer(*self.fake.issue_token(form))
        elif path.startswith(BASE_PATH + RECEIVER_PREFIX) and path.endswith("/children"):
            self._receiver(body)
        else:
            self._answer(404, {"title": "Not found"})

    def _receiver(self, body: bytes) -> None:
        fake = self.fake
        step = fake.next_step()
        if fake.delay:
            time.sleep(fake.delay)
        if step.startswith("delay:"):
            time.sleep(float(step.split(":", 1)[1]))
            step = "200"
        if step == "hold":
            with fake._lock:
                fake.held += 1
            fake._released.wait(60)
            step = "200"
        if step == "reset":
            fake.count("reset")
            # SO_LINGER 0 makes close() send RST: the client sees "connection reset by peer".
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.close_connection = True
            self.connection.close()
            return
        if step == "expire" or not fake.token_is_valid(self.headers.get("Authorization", "")):
            return self._answer(401, {"statusCode": 401, "message": "Access denied due to invalid token."})
        if self.headers.get("SupplierKey") != fake.supplier_key:
            return self._answer(401, {"statusCode": 401, "message": "Access denied due to invalid supplier key."})
        if step == "echo" or step.startswith("echo:"):
            return self._echo(body, int(step[5:]) if ":" in step else 400)
        if step in ("html", "text"):
            return self._page(step)
        if step.isdigit() and step != "200":
            headers = {"Retry-After": str(fake.retry_after)} if step == "429" and fake.retry_after is not None else {}
            return self._answer(int(step), {"title": f"injected HTTP {step}"}, headers)
        if not (self.headers.get("Content-Type") or "").startswith("application/json"):
            return self._answer(415, {"title": "Unsupported media type"})
        self._answer(*fake.receive(body, step))

    def _echo(self, body: bytes, status: int) -> None:
        """Answer ``status`` with an error that repeats the records' personal data every way it can."""
        payload, header = echo_answer(body)
        self._answer(status, payload, {"X-Error-Detail": header})

    def _page(self, kind: str) -> None:
        """A 200 that is not DfE's receipt: a proxy's HTML page, or the bare text "OK"."""
        if kind == "html":
            data = b"<html><head><title>Sign in</title></head><body>Please sign in to continue.</body></html>"
            self._answer(200, data, content_type="text/html; charset=utf-8")
        else:
            self._answer(200, b"OK", content_type="text/plain")

    def _answer(self, status: int, payload: Any, headers: dict[str, str] | None = None,
                content_type: str = "application/json") -> None:
        self.fake.count(status)
        data = payload if isinstance(payload, bytes) else json.dumps(payload).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("x-request-id", uuid.uuid4().hex)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)


class _Server(ThreadingHTTPServer):
    """The stand-in's HTTP server: a client that hangs up before its answer is sent (a submit that
    was stopped) is a line in the debug log, not a traceback on the console."""

    def handle_error(self, request: Any, client_address: Any) -> None:
        if isinstance(sys.exc_info()[1], ConnectionError):
            log.debug("a client hung up before its answer was sent")
            return
        super().handle_error(request, client_address)


def serve(port: int = 8765, *, on_ready: Callable[[FakeDfe], None] | None = None, **options: Any) -> FakeDfe:
    """Run the stand-in on 127.0.0.1:``port`` until interrupted; returns it (with its counters) after."""
    fake = FakeDfe(port, **options).start()
    if on_ready:
        on_ready(fake)
    try:
        while fake._thread is not None and fake._thread.is_alive():
            fake._thread.join(0.5)
    except KeyboardInterrupt:
        log.info("stopping the DfE stand-in")
    finally:
        fake.stop()
    return fake
