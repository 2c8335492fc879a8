"""Help text is the documentation: every command has it, and the README names every command."""

from __future__ import annotations

from pathlib import Path

import pytest

from ssd_bridge.cli import cli

README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(cli.commands)


@pytest.mark.parametrize("name", COMMANDS)
def test_command_has_help_with_an_example(name):
    command = cli.commands[name]
    assert command.help and len(command.help.splitlines()[0]) > 10
    assert "Example" in command.help


@pytest.mark.parametrize("name", COMMANDS)
def test_readme_names_the_command(name):
    assert f"`ssd-bridge {name}" in README


def test_readme_test_command_is_what_ci_runs():
    ci = (Path(__file__).parent.parent / ".ci" / "run").read_text(encoding="utf-8")
    assert "python -m pytest -q" in README and "python -m pytest -q" in ci
