"""A newcomer's first steps (#13): synth keeps out of a schema in use; the README's command table
matches the real options."""

from __future__ import annotations

import re
from pathlib import Path

import psycopg
import pytest

from ssd_bridge.cli import cli
from ssd_bridge.config import Settings
from ssd_bridge.errors import ConfigError
from ssd_bridge.synth import synth

README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
# Options every command shares; the README says so once instead of in every row.
SHARED = {"--config", "--verbose", "--quiet", "--help"}


@pytest.mark.postgres
def test_synth_refuses_a_schema_holding_tables_it_did_not_create(pg_settings: Settings, pg_schema: str) -> None:
    settings = pg_settings.replace(source={"location": pg_schema})
    with psycopg.connect(settings.database.url, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{pg_schema}"')
        conn.execute(f'CREATE TABLE "{pg_schema}".children_roster (id int)')
    with pytest.raises(ConfigError) as refused:
        synth(settings, children=3)
    assert "children_roster" in refused.value.message and "--force" in str(refused.value)
    made = synth(settings, children=3, force=True)
    assert made.children == 3
    with psycopg.connect(settings.database.url, autocommit=True) as conn:
        conn.execute(f'DROP TABLE "{pg_schema}".children_roster')
    assert synth(settings, children=4).children == 4  # its own tables do not count against it


def _readme_rows() -> dict[str, str]:
    rows = {}
    for line in README.splitlines():
        found = re.match(r"\| `ssd-bridge ([a-z-]+)` \|(.*)\|\s*$", line)
        if found:
            rows[found.group(1)] = found.group(2)
    return rows


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_readme_command_table_lists_exactly_the_real_options(name: str) -> None:
    command = cli.commands[name]
    real = {o for p in command.params for o in p.opts if o.startswith("--")} - SHARED
    if any("-o" in p.opts for p in command.params):
        real = (real - {"--output"}) | {"-o"}
    row = _readme_rows().get(name)
    assert row is not None, f"README's command table has no row for ssd-bridge {name}"
    named = set(re.findall(r"(?<![\w-])(--[a-z][a-z-]*[a-z]|-o)(?![\w-])", row))
    assert named == real, f"README row for {name}: missing {sorted(real - named)}, not real {sorted(named - real)}"


def test_readme_says_which_options_every_command_shares() -> None:
    assert "Every command also takes `--config`, `-v`/`-q` and `-h`" in README
