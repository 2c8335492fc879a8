"""The dialect registry: the one way to get a :class:`Dialect` from its label.

Code outside this package calls :func:`get_dialect` and never imports ``tsql`` or
``postgres`` directly, so every Python-side dialect difference stays here.
"""

from __future__ import annotations

import importlib

from ssd_bridge.dialects.base import Dialect
from ssd_bridge.errors import ConfigError

# label -> (module, class); modules are imported only when asked for.
_REGISTRY = {
    "postgres": ("ssd_bridge.dialects.postgres", "PostgresDialect"),
    "tsql": ("ssd_bridge.dialects.tsql", "TsqlDialect"),
}
_RETIRED = {"mssql": "tsql", "sqlserver": "tsql", "postgresql": "postgres", "pg": "postgres"}

LABELS = tuple(_REGISTRY)


def get_dialect(label: str) -> Dialect:
    """Return the dialect for ``label`` ('tsql' or 'postgres')."""
    if label not in _REGISTRY:
        if label in _RETIRED:
            raise ConfigError(f"dialect {label!r} is not a label ssd-bridge uses.", f"Use {_RETIRED[label]!r}.")
        raise ConfigError(f"unknown dialect {label!r}.", f"Valid dialects: {', '.join(LABELS)}.")
    module_name, class_name = _REGISTRY[label]
    cls = getattr(importlib.import_module(module_name), class_name)
    dialect: Dialect = cls()
    return dialect


__all__ = ["Dialect", "LABELS", "get_dialect"]
