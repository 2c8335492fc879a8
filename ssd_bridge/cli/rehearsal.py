"""rehearsal-start and rehearsal-stop: a local rehearsal that lasts until it is stopped."""

from __future__ import annotations

import os
from pathlib import Path

import click

from ssd_bridge.cli.base import cli, say
from ssd_bridge.cli.options import verbosity_options
from ssd_bridge.model.cms import CMS_NAMES

folder_option = click.option(
    "--folder", type=click.Path(file_okay=False, path_type=Path), default=Path("rehearsal"), show_default=True,
    help="Folder that holds the rehearsal's database, settings file and stand-in log.")


@cli.command("rehearsal-start")
@folder_option
@click.option("--cms", type=click.Choice(CMS_NAMES), default="eclipse", show_default=True,
              help="Which case-management system to imitate.")
@click.option("--children", type=click.IntRange(min=1, max=200_000), default=200, show_default=True,
              help="How many synthetic children to make.")
@click.option("--seed", type=int, default=1, show_default=True, help="The same seed gives the same children.")
@click.option("--port", type=click.IntRange(0, 65535), default=0, show_default=True,
              help="Port of the DfE stand-in on 127.0.0.1 (0 picks a free one).")
@click.option("--shell", type=click.Choice(["bash", "powershell"]), default=None,
              help="Print only this shell's lines on stdout (default: PowerShell on Windows, else bash).")
@verbosity_options
def rehearsal_start(folder: Path, cms: str, children: int, seed: int, port: int, shell: str | None) -> None:
    """Set up a local rehearsal that lasts: PostgreSQL, synthetic data, the SSD, the DfE stand-in.

    Starts an embedded PostgreSQL with its data in --folder, fills a CMS's source tables with
    synthetic children, deploys and fills the SSD, starts the DfE stand-in in the background
    and writes a settings file. It prints the lines that point ssd-bridge at all this (for
    bash and for PowerShell); paste them, then run any command. Nothing leaves the computer.
    'ssd-bridge rehearsal-stop' ends it and removes the folder.

    \b
    Example:
      ssd-bridge rehearsal-start --folder rehearsal
      export SSD_BRIDGE_CONFIG="$PWD/rehearsal/ssd-bridge.yaml" ...   (the lines it prints)
      ssd-bridge run --json
      ssd-bridge rehearsal-stop --folder rehearsal
    """
    from ssd_bridge.rehearsal import shell_lines, start_rehearsal

    rehearsal = start_rehearsal(folder, cms=cms, children=children, seed=seed, port=port, say=say)
    env = rehearsal.environment()
    say(f"Rehearsal ready in {rehearsal.folder}. Paste these lines into the shell you will use:")
    say_paste_lines(env)
    say(f"Then: ssd-bridge run --json. To end it: ssd-bridge rehearsal-stop --folder {folder}")
    for line in shell_lines(env, shell or ("powershell" if os.name == "nt" else "bash")):
        click.echo(line)


@cli.command("rehearsal-stop")
@folder_option
@verbosity_options
def rehearsal_stop(folder: Path) -> None:
    """Stop the rehearsal's DfE stand-in and PostgreSQL, and remove its folder.

    \b
    Example:
      ssd-bridge rehearsal-stop --folder rehearsal
    """
    from ssd_bridge.rehearsal import stop_rehearsal

    for line in stop_rehearsal(folder):
        say(line[0].upper() + line[1:] + ".")


def say_paste_lines(env: dict[str, str]) -> None:
    """Show ``env`` as the lines to paste into bash and into PowerShell (on stderr)."""
    from ssd_bridge.rehearsal import shell_lines

    for title, shell in (("bash", "bash"), ("PowerShell", "powershell")):
        say(f"  {title}:")
        for line in shell_lines(env, shell):
            say(f"    {line}")
