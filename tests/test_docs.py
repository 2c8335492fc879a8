"""Help text is the documentation: every command has it, and the README names every command."""

from __future__ import annotations

import re
import subprocess
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


ROOT = Path(__file__).parent.parent
# What the product ships: none of it may point at files outside the repository.
PRODUCT = ("ssd_bridge", "sql_templates", "README.md", "examples", "docs", "deploy")
OUTSIDE = re.compile(r"\.\./shared|DESIGN\.md|STYLE\.md|§|reference/[\w-]+\.md|dfe-api-contract|cms-sources\.md")
# A check-compat failure id as the code writes it: a quoted letter and two digits ("N03").
FAILURE_ID = re.compile(r"""["']([A-Z][0-9]{2})["']""")


def product_files() -> list[Path]:
    """The tracked files of the product (git's list, so build output and venvs are not read)."""
    listed = subprocess.run(["git", "ls-files", "-z", "--", *PRODUCT], cwd=ROOT, capture_output=True, check=True)
    return [ROOT / name for name in listed.stdout.decode("utf-8").split("\0") if name]


def test_product_files_point_only_inside_the_repository():
    files = product_files()
    assert any(f.name == "operations.md" for f in files) and len(files) > 100
    found = []
    for path in files:
        try:
            text = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, FileNotFoundError):
            continue
        for number, line in enumerate(text.splitlines(), 1):
            if OUTSIDE.search(line):
                found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()[:100]}")
    assert not found, "references to files outside the repository:\n" + "\n".join(found)


def check_compat_failure_ids() -> set[str]:
    """Every failure id check-compat can report: its own modules and the dialects' feature gates."""
    sources = [*(ROOT / "ssd_bridge" / "compat").glob("*.py"), *(ROOT / "ssd_bridge" / "dialects").glob("*.py")]
    return {m for path in sources for m in FAILURE_ID.findall(path.read_text(encoding="utf-8"))}


def test_every_check_compat_failure_id_has_a_section_in_the_operations_guide():
    ids = check_compat_failure_ids()
    assert {"H06", "D05", "S07", "N03", "A01", "J02", "S01"} <= ids
    guide = (ROOT / "docs" / "operations.md").read_text(encoding="utf-8")
    sections = set(re.findall(r"^#{2,4} ([A-Z][0-9]{2})\b", guide, flags=re.MULTILINE))
    assert not ids - sections, f"no section in docs/operations.md for {sorted(ids - sections)}"


def test_check_compat_points_at_the_operations_guide_with_the_id():
    from ssd_bridge.compat import Check, CompatReport, format_report

    report = CompatReport("eclipse", "postgres", "test", [
        Check("network.tcp", "TCP connection", "fail", "the proxy asks for authentication.",
              "Give the proxy account.", known_failure="N03")])
    assert "(known failure N03, see docs/operations.md)" in format_report(report)
