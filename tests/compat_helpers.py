"""Helpers for the check-compat, grants and diagnose tests (not fixtures)."""

from __future__ import annotations

import dataclasses
import shutil
import socket
import ssl
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone
from pathlib import Path

import psycopg
import pytest

from ssd_bridge.demo import EmbeddedServer
from ssd_bridge.sql import render

ROOT = Path(__file__).resolve().parent.parent
FIXTURE_CMS = Path(__file__).parent / "fixtures" / "cms" / "eclipse"

# The fixture mapping (tests/fixtures/cms/eclipse) reads exactly these tables and columns.
FIXTURE_SOURCE = {
    "person": "person_id INTEGER, legacy_id TEXT, forename TEXT, surname TEXT, date_of_birth DATE",
    "form_answer": "person_id INTEGER, answer_text TEXT, question_code TEXT",
    "address": "address_id INTEGER, person_id INTEGER, postcode TEXT, start_date DATE, end_date DATE",
}
FIXTURE_PARAMS = {"upn_question": "UPN"}


def fixture_templates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Render from a copy of sql_templates whose only CMS mapping is the small eclipse fixture.

    The other SSD tables count as not filled yet (fill_pending), so the render expects no template for them.
    """
    target = tmp_path / "sql_templates"
    shutil.copytree(ROOT / "sql_templates", target)
    shutil.rmtree(target / "cms", ignore_errors=True)
    shutil.copytree(FIXTURE_CMS, target / "cms" / "eclipse")
    mapped = {path.stem for path in FIXTURE_CMS.glob("ssd_*.sql")}
    real = render.ssd_tables
    monkeypatch.setattr(render, "ssd_tables", lambda choice="all": tuple(
        t if t.name in mapped else dataclasses.replace(t, fill_pending=t.filled_by) for t in real(choice)))
    monkeypatch.setattr(render, "template_dir", lambda: target)
    return target


def create_source(server: EmbeddedServer, schema: str, extra: str = "") -> None:
    """Create the fixture's source tables in ``schema`` (as the superuser)."""
    with psycopg.connect(server.uri, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
        for table, columns in FIXTURE_SOURCE.items():
            conn.execute(f'CREATE TABLE "{schema}"."{table}" ({columns})')
        if extra:
            conn.execute(extra)


def drop_schema(server: EmbeddedServer, *schemas: str) -> None:
    with psycopg.connect(server.uri, autocommit=True) as conn:
        for schema in schemas:
            conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


@contextmanager
def login_role(server: EmbeddedServer) -> Iterator[tuple[str, str]]:
    """A real LOGIN role with no rights beyond CONNECT; yields (role, uri); dropped afterwards."""
    role = f"r_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(server.uri, autocommit=True) as conn:
        conn.execute(f'CREATE ROLE "{role}" LOGIN PASSWORD \'pw-{role}\'')
        conn.execute(f'REVOKE CREATE ON SCHEMA public FROM "{role}"')
    uri = f"postgresql://{role}@/postgres?host={server.socket_dir}"
    try:
        yield role, uri
    finally:
        with psycopg.connect(server.uri, autocommit=True) as conn:
            conn.execute(f'DROP OWNED BY "{role}" CASCADE')
            conn.execute(f'DROP ROLE "{role}"')


def unused_port() -> int:
    """A local port nothing listens on (bound, read, released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def self_signed(tmp_path: Path, issuer: str) -> tuple[Path, Path]:
    """A CA named ``issuer`` and a localhost certificate it signed: (ca.pem, server.pem with key)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    now = datetime.now(timezone.utc)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, issuer),
                         x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Test Council IT")])
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name).public_key(ca_key.public_key())
          .serial_number(x509.random_serial_number()).not_valid_before(now - timedelta(days=1))
          .not_valid_after(now + timedelta(days=2))
          .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
          .add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=True, crl_sign=True,
                                       content_commitment=False, key_encipherment=False, data_encipherment=False,
                                       key_agreement=False, encipher_only=False, decipher_only=False), critical=True)
          .sign(ca_key, hashes.SHA256()))
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (x509.CertificateBuilder().subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")]))
            .issuer_name(ca_name).public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=2))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost")]), critical=False)
            .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
            .sign(ca_key, hashes.SHA256()))
    ca_path, server_path = tmp_path / "ca.pem", tmp_path / "server.pem"
    ca_path.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    server_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM) + key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    return ca_path, server_path


@contextmanager
def tls_server(cert_file: Path) -> Iterator[int]:
    """A TLS listener on 127.0.0.1 that completes handshakes and closes; yields its port."""
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert_file)
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            try:
                with context.wrap_socket(conn, server_side=True):
                    pass
            except (ssl.SSLError, OSError):
                conn.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield port
    finally:
        stop.set()
        listener.close()


@contextmanager
def proxy_answering(status_line: bytes) -> Iterator[int]:
    """A local 'proxy' that answers every request with ``status_line``; yields its port."""
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]

    def serve() -> None:
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            with conn:
                try:
                    conn.recv(65536)
                    conn.sendall(status_line + b"\r\nProxy-Authenticate: Negotiate\r\nContent-Length: 0\r\n"
                                 b"Connection: close\r\n\r\n")
                except OSError:
                    pass

    threading.Thread(target=serve, daemon=True).start()
    try:
        yield port
    finally:
        listener.close()
