"""Fixtures for tests of the nightly run: deployed settings pointed at the stand-in, the CLI's
environment, and running the CLI in-process for its exit code. Bind them in a module with
``settings, cli_env = run_fixtures.settings, run_fixtures.cli_env`` (with extract_fixtures' deployed)."""

from __future__ import annotations

import pytest

from ssd_bridge.cli.base import main
from ssd_bridge.config import Settings
from ssd_bridge.dfe import client as api
from ssd_bridge.dfe.fake import FakeDfe
from tests.helpers import FAST
from tests.ssd_rows import d

AS_OF = d("2026-02-10")


@pytest.fixture()
def settings(deployed: Settings, fake: FakeDfe) -> Settings:
    return deployed.replace(dfe=fake.dfe_settings(), environment="test")


@pytest.fixture()
def cli_env(settings: Settings, fake: FakeDfe, monkeypatch: pytest.MonkeyPatch, tmp_path) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """The CLI pointed at the deployed schema and the stand-in, with quick retries."""
    import os

    for key in list(os.environ):
        if key.startswith("SSD_BRIDGE_"):
            monkeypatch.delenv(key)
    monkeypatch.chdir(tmp_path)
    env = {"SSD_BRIDGE_CMS": "eclipse", "SSD_BRIDGE_DATABASE_DIALECT": "postgres",
           "SSD_BRIDGE_DATABASE_URL": settings.database.url, "SSD_BRIDGE_DATABASE_SCHEMA": settings.database.schema,
           "SSD_BRIDGE_ENVIRONMENT": "test", **fake.environment()}
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    monkeypatch.setattr(api, "DEFAULT_RETRY", FAST)
    return env


def exit_code(args: list[str]) -> int:
    with pytest.raises(SystemExit) as caught:
        main(args)
    return int(caught.value.code or 0)


