"""Fixtures for the extract tests: one deployed schema per module, emptied before each test."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import psycopg
import pytest

from ssd_bridge.config import Settings, load_settings
from ssd_bridge.demo import EmbeddedServer
from ssd_bridge.sql.deploy import deploy
from tests.ssd_rows import Ssd, truncate_all


@pytest.fixture(scope="module")
def deployed(pg_server: EmbeddedServer) -> Iterator[Settings]:
    """Settings for a schema holding the SSD and add-on tables, deployed once per module."""
    schema = f"x_{uuid.uuid4().hex[:10]}"
    settings = load_settings(env={}, overrides={
        "cms": "eclipse", "database": {"dialect": "postgres", "url": pg_server.uri, "schema": schema}})
    deploy(settings, part="all", fill=False)
    yield settings
    with psycopg.connect(pg_server.uri, autocommit=True) as conn:
        conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


@pytest.fixture()
def ssd(deployed: Settings) -> Iterator[Ssd]:
    """An empty SSD (and tracking table) to write rows into."""
    truncate_all(deployed)
    writer = Ssd(deployed)
    yield writer
    writer.close()
