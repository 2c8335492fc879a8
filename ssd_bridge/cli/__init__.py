"""The ssd-bridge command line: one module per command group, one boundary for errors.

Layout note: DESIGN.md names a single ``cli.py``; with twelve commands it is a package
(as STYLE.md asks once it passes about 500 lines), one module per command group.
"""

from ssd_bridge.cli import demo, deployment, extract, rehearsal, submit, support, synth  # noqa: F401 - importing registers the commands
from ssd_bridge.cli.base import cli, main

__all__ = ["cli", "main"]
