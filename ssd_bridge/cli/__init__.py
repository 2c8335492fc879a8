"""The ssd-bridge command line: one module per command group, one boundary for errors.

Importing a group's module registers its commands on the click group in ``base.py``, which
is also the one place where errors become exit codes.
"""

from ssd_bridge.cli import demo, deployment, extract, rehearsal, report, submit, support, synth  # noqa: F401 - importing registers the commands
from ssd_bridge.cli.base import cli, main

__all__ = ["cli", "main"]
