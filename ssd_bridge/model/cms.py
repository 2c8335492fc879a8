"""The case-management systems ssd-bridge fills the SSD from: one registry, read by settings,
render, synth, check-compat and the CLI help.

Adding a CMS means one entry here, a template folder ``sql_templates/cms/<name>/``, a synth writer
``ssd_bridge/synth/<name>.py`` and ``examples/cms/<name>.md`` (see docs/contributing.md).
"""

from __future__ import annotations

from dataclasses import dataclass

from ssd_bridge.errors import ConfigError


@dataclass(frozen=True)
class Cms:
    """One case-management system: its setting value, its name for people and its usual home."""

    name: str
    title: str
    #: The dialect its reporting database usually speaks; settings and --dialect can change it.
    default_dialect: str
    #: Where its source tables usually are when source.location is not set (None: unqualified,
    #: i.e. the connection's current database and default schema or search_path).
    default_source_location: str | None = None

    @property
    def synth_module(self) -> str:
        """The module that writes synthetic source rows for this CMS."""
        return f"ssd_bridge.synth.{self.name}"

    @property
    def guide(self) -> str:
        """The page that documents this CMS's mapping and parameters."""
        return f"examples/cms/{self.name}.md"


_ALL = (
    Cms("liquid_logic", "Liquid Logic", "tsql", "HDM.Child_Social"),
    Cms("mosaic", "Mosaic", "tsql"),
    Cms("eclipse", "Eclipse", "postgres"),
)
CMS_REGISTRY: dict[str, Cms] = {c.name: c for c in _ALL}
#: The values ``cms:`` and ``--cms`` accept, in a fixed order.
CMS_NAMES: tuple[str, ...] = tuple(CMS_REGISTRY)


def get_cms(name: str) -> Cms:
    """The registry entry for ``name``; an unknown name is a ConfigError listing the known ones."""
    try:
        return CMS_REGISTRY[name]
    except (KeyError, TypeError):
        raise ConfigError(f"unknown CMS {name!r}.", f"Choose one of: {', '.join(CMS_NAMES)}.") from None
