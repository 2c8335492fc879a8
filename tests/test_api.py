"""The DfE client against the local stand-in on a real socket: batching, tokens, retries, failures."""

from __future__ import annotations

import time
from collections import Counter

import pytest

from ssd_bridge.config import Settings, load_settings
from ssd_bridge.dfe.client import DfeClient, RetryPolicy
from ssd_bridge.dfe.fake import FakeDfe
from ssd_bridge.dfe.responses import parse_receipt, record_positions
from ssd_bridge.errors import ApiError, ApiUnavailable, CredentialsError, ExitCode
from tests.helpers import FAST, items, send


def settings_for(fake: FakeDfe, **dfe: object) -> Settings:
    return load_settings(env={}, overrides={"dfe": fake.dfe_settings()}).replace(
        dfe={"client_secret": fake.client_secret, "supplier_key": fake.supplier_key, **dfe})


def client_for(fake: FakeDfe, timeout: tuple[float, float] = (2, 5), retry: RetryPolicy = FAST, **dfe: object) -> DfeClient:
    return DfeClient(settings_for(fake, **dfe).dfe, retry=retry, timeout=timeout)


def test_requests_of_batch_size_with_one_receipt_per_record(fake: FakeDfe) -> None:
    with client_for(fake, batch_size=40) as client:
        outcomes = send(client, items(100))
    assert fake.batch_sizes == [40, 40, 20]
    assert [o.key for o in outcomes] == list(range(100))
    assert {o.status for o in outcomes} == {"sent"}
    assert len({o.receipt_id for o in outcomes}) == 100
    assert all(not o.receipt_id.endswith(".json") and o.receipt_time is not None for o in outcomes)
    assert fake.token_requests == 1  # cached across batches
    assert fake.accepted == Counter({f"C{n:06d}": 1 for n in range(100)})


def test_request_headers_and_user_agent(fake: FakeDfe) -> None:
    seen = {}
    original = fake.receive

    def spy(body: bytes, step: str) -> tuple[int, object]:
        return original(body, step)

    fake.receive = spy  # type: ignore[method-assign]
    with client_for(fake) as client:
        response = client.post(['{"la_child_id":"C1"}'])
        seen = dict(response.request.headers)
    assert seen["SupplierKey"] == fake.supplier_key
    assert seen["Authorization"].startswith("Bearer fake.")
    assert seen["Content-Type"] == "application/json" and seen["Accept"] == "application/json"
    assert seen["User-Agent"].startswith("ssd-bridge/")


def test_token_expiring_mid_run_is_refreshed_before_use(fake: FakeDfe) -> None:
    fake.token_lifetime = 1.0  # the client refreshes 10% early
    with client_for(fake, batch_size=10) as client:
        first = client.send_batch(items(10))
        time.sleep(1.0)
        second = client.send_batch(items(10))
    assert {o.status for o in first.outcomes + second.outcomes} == {"sent"}
    assert fake.token_requests == 2
    assert fake.statuses[401] == 0


def test_token_revoked_mid_run_is_refreshed_once_after_401(fake: FakeDfe) -> None:
    with client_for(fake, batch_size=10) as client:
        client.send_batch(items(10))
        fake.expire_tokens()
        result = client.send_batch(items(10))
    assert {o.status for o in result.outcomes} == {"sent"}
    assert fake.statuses[401] == 1 and fake.token_requests == 2


def test_401_after_refresh_stops_with_a_credentials_error(fake: FakeDfe) -> None:
    fake.push("expire", "expire")
    with client_for(fake, batch_size=10) as client:
        result = client.send_batch(items(30))
    assert isinstance(result.error, CredentialsError) and result.error.exit_code == ExitCode.USAGE
    assert fake.token_requests == 2 and fake.accepted_records == 0
    assert {o.status for o in result.outcomes} == {"unsent"}


def test_403_is_a_credentials_error(fake: FakeDfe) -> None:
    fake.push("403")
    with client_for(fake) as client, pytest.raises(CredentialsError, match="HTTP 403"):
        send(client, items(3))


def test_bad_client_secret_is_refused_with_exit_2(fake: FakeDfe) -> None:
    with client_for(fake, client_secret="wrong-secret") as client:
        with pytest.raises(CredentialsError) as caught:
            send(client, items(3))
    assert caught.value.exit_code == 2
    assert "invalid_client" in caught.value.message and "AADSTS7000215" in caught.value.message
    assert "wrong-secret" not in str(caught.value)
    assert fake.requests == 0


def test_429_honours_retry_after(fake: FakeDfe) -> None:
    fake.push("429")
    started = time.monotonic()
    with client_for(fake) as client:
        outcomes = send(client, items(5))
    assert time.monotonic() - started >= 1.0  # Retry-After: 1, although the backoff is 10 ms
    assert {o.status for o in outcomes} == {"sent"}
    assert fake.statuses[429] == 1


def test_5xx_then_success(fake: FakeDfe) -> None:
    fake.push("503", "502", "504")
    with client_for(fake) as client:
        outcomes = send(client, items(5))
    assert {o.status for o in outcomes} == {"sent"}
    assert fake.requests == 4 and fake.accepted_records == 5


@pytest.mark.parametrize("status", ["503", "500", "echo:500"])
def test_5xx_on_every_retry_is_unavailable_and_charges_no_record(fake: FakeDfe, status: str) -> None:
    fake.push(*[status] * 4)
    with client_for(fake) as client:
        result = client.send_batch(items(5))
    assert isinstance(result.error, ApiUnavailable) and result.error.exit_code == ExitCode.UNAVAILABLE
    assert {o.status for o in result.outcomes} == {"unsent"}  # left pending, no attempt counted
    assert fake.accepted_records == 0 and fake.requests == 4
    assert "Test" not in str(result.error) and "2015-03-02" not in str(result.error)


def test_500_is_the_service_failing_so_it_is_retried_not_charged(fake: FakeDfe) -> None:
    fake.push("500", "echo:502")
    with client_for(fake, batch_size=5) as client:
        outcomes = send(client, items(10))
    assert [o.status for o in outcomes] == ["sent"] * 10
    assert fake.requests == 4 and fake.statuses[500] == 1 and fake.statuses[502] == 1


def test_read_timeout_is_retried(fake: FakeDfe) -> None:
    fake.push("delay:0.6")
    with client_for(fake, timeout=(1, 0.3)) as client:
        outcomes = send(client, items(5))
    assert {o.status for o in outcomes} == {"sent"}
    assert fake.requests == 2


def test_read_timeout_every_time_is_unavailable(fake: FakeDfe) -> None:
    fake.delay = 0.5
    with client_for(fake, timeout=(1, 0.2), retry=RetryPolicy(retries=1, backoff_factor=0.01, jitter=0)) as client:
        with pytest.raises(ApiUnavailable, match="timed out"):
            send(client, items(2))


def test_connection_reset_is_retried(fake: FakeDfe) -> None:
    fake.push("reset")
    with client_for(fake) as client:
        outcomes = send(client, items(5))
    assert {o.status for o in outcomes} == {"sent"}
    assert fake.statuses["reset"] == 1 and fake.accepted_records == 5


def test_unreachable_server_is_unavailable() -> None:
    fake = FakeDfe().start()
    settings = settings_for(fake)
    fake.stop()
    with DfeClient(settings.dfe, retry=FAST, timeout=(0.5, 0.5)) as client:
        with pytest.raises(ApiUnavailable, match="could not be reached"):
            send(client, items(1))


def test_one_bad_record_among_100(fake: FakeDfe) -> None:
    with client_for(fake) as client:
        outcomes = send(client, items(100, bad=frozenset({42})))
    statuses = Counter(o.status for o in outcomes)
    assert statuses == {"sent": 99, "rejected": 1}
    bad = outcomes[42]
    assert bad.status == "rejected" and bad.http_status == 400
    assert bad.reason == "HTTP 400: $.child_details.sex: longer than maxLength 1"
    assert "C000042" not in fake.accepted and fake.accepted_records == 99


def test_bad_records_found_by_bisection_when_dfe_names_no_position(fake: FakeDfe) -> None:
    def unnamed(record: dict) -> list[str]:
        return ["record is wrong"] if record["child_details"]["sex"] != "M" else []

    fake.validator = lambda record: unnamed(record)
    original = fake.receive

    def without_positions(body: bytes, step: str) -> tuple[int, object]:
        status, payload = original(body, step)
        if status == 400:
            payload = {"title": "Payload was malformed"}
        return status, payload

    fake.receive = without_positions  # type: ignore[method-assign]
    with client_for(fake) as client:
        outcomes = send(client, items(64, bad=frozenset({3, 50})))
    assert [o.key for o in outcomes if o.status == "rejected"] == [3, 50]
    assert fake.accepted_records == 62


def test_413_halves_the_batch(fake: FakeDfe) -> None:
    fake.push("413")
    with client_for(fake) as client:
        outcomes = send(client, items(80))
    assert {o.status for o in outcomes} == {"sent"}
    assert fake.batch_sizes == [40, 40]


def test_413_size_that_worked_is_kept_for_the_rest_of_the_run(fake: FakeDfe) -> None:
    fake.max_records = 30  # a gateway in front of DfE with a smaller limit
    with client_for(fake) as client:
        first = send(client, items(100))
        second = send(client, items(100))
        assert client.batch_size == 25
    assert {o.status for o in first + second} == {"sent"}
    assert fake.statuses[413] == 2  # 100, then 50; never again for the second batch
    assert fake.batch_sizes == [25] * 8


@pytest.mark.parametrize("step", ["html", "text", "short", "204"])
def test_a_2xx_that_is_not_a_receipt_marks_nothing_sent_and_is_exit_3(fake: FakeDfe, step: str) -> None:
    fake.push(step)
    with client_for(fake, batch_size=10) as client:
        result = client.send_batch(items(10))
    assert {o.status for o in result.outcomes} == {"unsent"}
    assert isinstance(result.error, ApiUnavailable) and result.error.exit_code == ExitCode.UNAVAILABLE
    message = str(result.error)
    assert "not with DfE's receipts" in message and "bytes" in message and "nothing was marked sent" in message
    assert "sign in" not in message.lower() and "OK" not in message.split("receipts")[1]


def test_more_than_100_records_is_413_from_the_stand_in(fake: FakeDfe) -> None:
    with client_for(fake) as client:
        response = client.post(['{"la_child_id":"C1"}'] * 101)
    assert response.status_code == 413


def test_a_non_receipt_after_an_acknowledged_request_keeps_what_was_acknowledged(fake: FakeDfe) -> None:
    fake.push("200", "html")
    with client_for(fake, batch_size=10) as client:
        result = client.send_batch(items(20))
    assert [o.status for o in result.outcomes] == ["sent"] * 10 + ["unsent"] * 10
    assert isinstance(result.error, ApiUnavailable)


def test_single_uuid_receipt_applies_to_the_whole_batch(fake: FakeDfe) -> None:
    fake.push("single")
    with client_for(fake) as client:
        outcomes = send(client, items(3))
    assert {o.status for o in outcomes} == {"sent"}
    assert len({o.receipt_id for o in outcomes}) == 1 and outcomes[0].receipt_time is not None


def test_wrong_path_is_an_api_error(fake: FakeDfe) -> None:
    with client_for(fake, base_url=fake.base_url + "/nope") as client, pytest.raises(ApiError, match="404"):
        send(client, items(1))


def test_missing_settings_name_what_to_set() -> None:
    from ssd_bridge.errors import ConfigError

    with pytest.raises(ConfigError, match="SSD_BRIDGE_CLIENT_SECRET"):
        DfeClient(load_settings(env={}).dfe)


def test_receipt_parsing() -> None:
    receipt = parse_receipt("2025-06-30_14:05:09.27_3f2b1c4e-1111-4a4a-9b9b-123456789abc.json")
    assert receipt.id == "3f2b1c4e-1111-4a4a-9b9b-123456789abc"
    assert receipt.received_at is not None and receipt.received_at.isoformat() == "2025-06-30T14:05:09.270000"
    assert parse_receipt("3f2b1c4e-1111.json").id == "3f2b1c4e-1111"
    assert record_positions("[3] $.a[0].b: bad; [17] $.c: bad") == [3, 17]


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    """A self-signed certificate for 127.0.0.1 (made with the openssl command)."""
    import shutil
    import subprocess

    if shutil.which("openssl") is None:
        pytest.skip("the openssl command is needed to make a test certificate")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = str(folder / "cert.pem"), str(folder / "key.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert,
                    "-days", "1", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"],
                   check=True, capture_output=True)
    return cert, key


def test_tls_server_outside_the_trust_store_is_refused(certificate: tuple[str, str]) -> None:
    with FakeDfe(tls=certificate) as fake, client_for(fake) as client:
        with pytest.raises(ApiUnavailable, match="trusted TLS connection") as caught:
            send(client, items(1))
    assert "dfe.ca_bundle" in (caught.value.hint or "")
    assert fake.token_requests == 0


def test_tls_with_ca_bundle_even_when_requests_ca_bundle_is_set(certificate: tuple[str, str],
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", "/nonexistent/bundle.pem")  # must not override dfe.ca_bundle
    with FakeDfe(tls=certificate) as fake, client_for(fake, ca_bundle=certificate[0]) as client:
        outcomes = send(client, items(3))
    assert {o.status for o in outcomes} == {"sent"}


def test_ca_bundle_that_is_not_a_file_is_a_config_error(fake: FakeDfe) -> None:
    from ssd_bridge.errors import ConfigError

    with pytest.raises(ConfigError, match="dfe.ca_bundle"):
        client_for(fake, ca_bundle="/nonexistent/proxy-root.pem")


def test_requests_go_through_the_configured_proxy(fake: FakeDfe) -> None:
    # The stand-in doubles as the proxy: requests name the real host in absolute form.
    with client_for(fake, base_url="http://dfe.invalid/children-in-social-care-data-receiver-test/1",
                    token_url="http://login.invalid/oauth2/v2.0/token", proxy=fake.url) as client:
        outcomes = send(client, items(2))
    assert {o.status for o in outcomes} == {"sent"}
    assert fake.proxied_hosts == ["login.invalid", "dfe.invalid"]


def test_fake_dfe_refuses_a_busy_port_and_an_unknown_step() -> None:
    from tests.helpers import run_cli

    with FakeDfe() as busy:
        done = run_cli(["fake-dfe", "--port", str(busy.port)])
        assert done.returncode == 2 and "Traceback" not in done.stderr
        assert f"could not listen on 127.0.0.1:{busy.port}" in done.stderr and "--port" in done.stderr
    done = run_cli(["fake-dfe", "--port", "0", "--script", "503,bogus"])
    assert done.returncode == 2 and "unknown fault step 'bogus'" in done.stderr


def test_a_client_hanging_up_is_no_traceback_but_a_real_fault_still_is(fake: FakeDfe, capsys) -> None:
    server = fake._server
    assert server is not None
    try:
        raise BrokenPipeError(32, "Broken pipe")
    except BrokenPipeError:
        server.handle_error(None, ("127.0.0.1", 1))
    assert capsys.readouterr().err == ""
    try:
        raise RuntimeError("a fault in the stand-in")
    except RuntimeError:
        server.handle_error(None, ("127.0.0.1", 1))
    assert "a fault in the stand-in" in capsys.readouterr().err
