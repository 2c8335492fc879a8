"""Commands that talk to the DfE API: submit, run, status, and the local stand-in fake-dfe."""

from __future__ import annotations

import click

from ssd_bridge.cli.base import cli, say
from ssd_bridge.options import verbosity_options


@cli.command("fake-dfe")
@click.option("--port", type=click.IntRange(0, 65535), default=8765, show_default=True,
              help="Port on 127.0.0.1 (0 picks a free one).")
@click.option("--fail-rate", type=click.FloatRange(0, 1), default=0.0, show_default=True,
              help="Share of receiver requests answered 503 at random.")
@click.option("--token-lifetime", type=click.FloatRange(min=1), default=3600, show_default=True,
              help="Seconds an issued token stays valid.")
@click.option("--delay", type=click.FloatRange(min=0), default=0.0, show_default=True,
              help="Seconds to wait before answering each receiver request.")
@click.option("--retry-after", type=click.IntRange(min=0), default=1, show_default=True,
              help="Retry-After seconds sent with an injected 429.")
@click.option("--script", default="",
              help="Comma-separated fault steps for the first requests: a status (429, 503, 500, 401, ...), "
                   "reset, short (one receipt too few), single, expire, delay:<seconds>.")
@click.option("--seed", type=int, default=None, help="Seed for --fail-rate, to repeat a run exactly.")
@verbosity_options
def fake_dfe(port: int, fail_rate: float, token_lifetime: float, delay: float, retry_after: int,
             script: str, seed: int | None) -> None:
    """Serve a local stand-in for the DfE receiver API, to rehearse without DfE credentials.

    It issues tokens, validates each record with the DfE schema, answers 400 naming the
    failing [n] positions, 413 above 100 records, 401 for a bad or expired token, and
    receipts in the format DfE has been seen to use. Stop it with Ctrl-C.

    \b
    Example:
      ssd-bridge fake-dfe --port 8765 --fail-rate 0.1
      (then, in another shell, set the SSD_BRIDGE_* lines it prints and run ssd-bridge submit)
    """
    from ssd_bridge.fake_dfe import serve

    def ready(fake: object) -> None:
        say(f"DfE stand-in listening on http://127.0.0.1:{fake.port} (Ctrl-C to stop). Point ssd-bridge at it with:")  # type: ignore[attr-defined]
        for name, value in fake.environment().items():  # type: ignore[attr-defined]
            say(f"  {name}={value}")

    steps = [s.strip() for s in script.split(",") if s.strip()]
    fake = serve(port, on_ready=ready, fail_rate=fail_rate, token_lifetime=token_lifetime, delay=delay,
                 retry_after=retry_after, script=steps, seed=seed)
    say(f"Stopped. {fake.requests} receiver requests, {fake.accepted_records} records acknowledged, "
        f"{fake.rejected_records} rejected, {fake.token_requests} token requests.")
