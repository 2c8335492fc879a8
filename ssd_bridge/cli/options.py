"""Shared click options, declared once so a flag means the same thing in every command."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from typing import Any

import click

from ssd_bridge.cli.base import set_log_level
from ssd_bridge.config import SSD_TABLE_CHOICES
from ssd_bridge.dialects import LABELS as DIALECT_LABELS
from ssd_bridge.model.cms import CMS_NAMES, CMS_REGISTRY

F = Callable[..., Any]

config_option = click.option(
    "--config",
    "config",
    type=click.Path(dir_okay=False),
    default=None,
    help="Settings file (default: $SSD_BRIDGE_CONFIG, else ./ssd-bridge.yaml).",
)
cms_option = click.option(
    "--cms",
    type=click.Choice(CMS_NAMES),
    default=None,
    help="Case-management system the SSD is filled from (default: 'cms' in the settings).",
)
dialect_option = click.option(
    "--dialect",
    type=click.Choice(DIALECT_LABELS),
    default=None,
    help="SQL dialect to render (default: the CMS's usual one: "
    + ", ".join(f"{c.default_dialect} for {c.name}" for c in CMS_REGISTRY.values()) + ").",
)
tables_option = click.option(
    "--tables",
    type=click.Choice(SSD_TABLE_CHOICES),
    default=None,
    help="Which SSD tables: all (the whole SSD) or api (only the 19 the DfE child record is read from) "
         "(default: ssd.tables, else all).",
)
json_option = click.option("--json", "as_json", is_flag=True, help="Print the result as JSON on stdout.")
dry_run_option = click.option("--dry-run", is_flag=True, help="Say what would be done; change nothing.")
output_option = click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, allow_dash=True),
    default="-",
    show_default=True,
    help="Write to this file ('-' for stdout).",
)
allow_mass_purge_option = click.option(
    "--allow-mass-purge",
    is_flag=True,
    help="Send purges even when they would remove more than payload.purge_guard_percent of the "
         "children DfE holds (only after checking the SSD really lost them).",
)
no_fill_option = click.option(
    "--no-fill",
    "fill",
    is_flag=True,
    flag_value=False,
    default=True,
    help="Create or upgrade the SSD tables but do not fill them from the CMS.",
)
def settings_overrides(cms: str | None, tables: str | None = None) -> dict[str, Any]:
    """The settings --cms and --tables override (only those given)."""
    overrides: dict[str, Any] = {"cms": cms}
    if tables is not None:
        overrides["ssd"] = {"tables": tables}
    return overrides


def _not_in_the_future(ctx: click.Context, param: click.Parameter, value: Any) -> Any:
    """Refuse a future --as-of: a mistyped year would move every child out of the reporting
    window, and extract would then queue a purge of all of them."""
    if value is not None and value.date() > dt.date.today():
        raise click.BadParameter(
            f"{value:%Y-%m-%d} is after today ({dt.date.today():%Y-%m-%d}); give today or an earlier date.")
    return value


as_of_option = click.option(
    "--as-of",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    metavar="YYYY-MM-DD",
    default=None,
    callback=_not_in_the_future,
    help="Run as if today were this date (YYYY-MM-DD, not in the future); default today.",
)


def verbosity_options(func: F) -> F:
    """Add -v/--verbose and -q/--quiet; the CLI boundary reads them from the context."""

    @click.option("-v", "--verbose", count=True, expose_value=False, callback=_set_verbosity(+1),
                  help="More detail on stderr (-vv for debug).")
    @click.option("-q", "--quiet", count=True, expose_value=False, callback=_set_verbosity(-1),
                  help="Only warnings and errors on stderr.")
    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        return func(*args, **kwargs)

    return wrapper


def _set_verbosity(sign: int) -> Callable[[click.Context, click.Parameter, int], None]:
    def callback(ctx: click.Context, param: click.Parameter, value: int) -> None:
        if value:
            set_log_level(sign * value)

    return callback
