"""Settings: ``ssd-bridge.yaml`` plus ``SSD_BRIDGE_*`` environment variables.

The file is found at ``--config``, else ``$SSD_BRIDGE_CONFIG``, else ``./ssd-bridge.yaml``.
Any nested key can be overridden from the environment as ``SSD_BRIDGE_<SECTION>_<KEY>``
(for example ``SSD_BRIDGE_DFE_LA_CODE``). Secrets are read only from the environment
(or the OS keyring when SSD_BRIDGE_KEYRING=1): a secret written in the file is refused.
"""

from __future__ import annotations

import dataclasses
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ssd_bridge.config_values import (
    RANGES,
    check_port,
    check_url,
    choice,
    coerce,
    kind_of,
    text_setting,
    whole_number,
)
from ssd_bridge.dialects import LABELS as DIALECT_LABELS
from ssd_bridge.dialects.base import check_identifier
from ssd_bridge.errors import ConfigError
from ssd_bridge.model.cms import CMS_NAMES, get_cms
from ssd_bridge.secrets import (
    SECRET_ENV,
    SECRET_FIELDS,
    from_keyring,
    redact_connection_string,
    refuse_secrets,
)

#: payload.mode: send each child whole, or only what changed since DfE's last acknowledgement.
PARTIAL_MODE = "partial"
PAYLOAD_MODES = ("full", PARTIAL_MODE)
# ssd.tables: 'all' (the whole SSD) or 'api' (only the tables the DfE child record is read from).
SSD_TABLE_CHOICES = ("all", "api")
# When database.dialect is unset: only PostgreSQL is reached through database.url (a libpq URI
# or conninfo); an ODBC string names its driver.
URL_DIALECT = "postgres"
ODBC_DRIVER_DIALECT = {"postgres": "postgres", "sql server": "tsql"}
ENV_PREFIX = "SSD_BRIDGE_"
DEFAULT_CONFIG_FILE = "ssd-bridge.yaml"



@dataclass(frozen=True)
class DatabaseSettings:
    """Where the SSD lives and how to reach it."""

    dialect: str | None = None
    url: str | None = None
    odbc: str | None = None
    schema: str = "ssd"
    connect_timeout_seconds: int = 15
    password: str | None = field(default=None, repr=False)


@dataclass(frozen=True)
class SourceSettings:
    """Where the case-management system's tables are, and CMS-specific parameters."""

    location: str | None = None
    params: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class SsdSettings:
    """Which SSD tables are deployed ('all': the whole SSD; 'api': the DfE feed's) and how much history they keep."""

    history_years: int = 6
    tables: str = "all"
    #: how many tables deploy refills at once, each on its own connection (1: one after another).
    fill_connections: int = 2


@dataclass(frozen=True)
class DfeSettings:
    """The DfE receiver API and its OAuth2 token server."""

    base_url: str | None = None
    token_url: str | None = None
    client_id: str | None = None
    scope: str | None = None
    la_code: str | None = None
    batch_size: int = 100
    timeout_seconds: int = 30
    connect_timeout_seconds: int = 10
    proxy: str | None = None
    ca_bundle: str | None = None
    allow_environment_mismatch: bool = False
    #: the client secret's end date from the DfE portal (YYYY-MM-DD): runs warn 30 days before it.
    secret_expires: str | None = None
    client_secret: str | None = field(default=None, repr=False)
    supplier_key: str | None = field(default=None, repr=False)


@dataclass(frozen=True)
class PayloadSettings:
    """How child records are built and resent."""

    mode: str = "full"
    on_cohort_exit: str = "purge"
    max_attempts: int = 5
    #: submit refuses to send purges of more than this share of the children DfE holds (0: no guard).
    purge_guard_percent: int = 10

    @property
    def is_partial(self) -> bool:
        """True when changed children are sent as deltas (``payload.mode: partial``)."""
        return self.mode == PARTIAL_MODE


@dataclass(frozen=True)
class LoggingSettings:
    """Where scheduled runs log, and for how long logs are kept."""

    file: str | None = None
    retention_days: int = 30
    report_file: str | None = None  # 'run' rewrites this HTML report after each run


@dataclass(frozen=True)
class Settings:
    """Everything ssd-bridge needs to know, validated; build it with :func:`load_settings`."""

    cms: str = "eclipse"
    environment: str = "test"
    database: DatabaseSettings = field(default_factory=DatabaseSettings)
    source: SourceSettings = field(default_factory=SourceSettings)
    ssd: SsdSettings = field(default_factory=SsdSettings)
    dfe: DfeSettings = field(default_factory=DfeSettings)
    payload: PayloadSettings = field(default_factory=PayloadSettings)
    logging: LoggingSettings = field(default_factory=LoggingSettings)
    config_path: str | None = None

    @property
    def dialect(self) -> str:
        """The SQL dialect of the reporting database: as set, else what the connection setting
        implies (a URL is PostgreSQL's, an ODBC string names its driver), else the CMS's usual one."""
        if self.database.dialect:
            return self.database.dialect
        odbc = (self.database.odbc or "").lower()
        for driver, label in ODBC_DRIVER_DIALECT.items():
            if driver in odbc:
                return label
        if self.database.url and not odbc:
            return URL_DIALECT
        return get_cms(self.cms).default_dialect

    def replace(self, **changes: Any) -> Settings:
        """Return a copy with top-level fields or ``section={key: value}`` changes applied."""
        top: dict[str, Any] = {}
        for name, value in changes.items():
            current = getattr(self, name)
            if dataclasses.is_dataclass(current) and isinstance(value, Mapping):
                top[name] = dataclasses.replace(current, **value)  # type: ignore[type-var]
            else:
                top[name] = value
        return _validated(dataclasses.replace(self, **top))

    def redacted(self) -> dict[str, Any]:
        """The settings as a plain dict with every secret replaced by a marker."""
        data = dataclasses.asdict(self)
        for section, key in SECRET_ENV.values():
            data[section][key] = "<set>" if data[section][key] else None
        data["database"]["url"] = redact_connection_string(data["database"]["url"])
        data["database"]["odbc"] = redact_connection_string(data["database"]["odbc"])
        data["dfe"]["proxy"] = redact_connection_string(data["dfe"]["proxy"])
        return data


SECTIONS: dict[str, type] = {
    "database": DatabaseSettings,
    "source": SourceSettings,
    "ssd": SsdSettings,
    "dfe": DfeSettings,
    "payload": PayloadSettings,
    "logging": LoggingSettings,
}


def load_settings(
    config: str | os.PathLike[str] | None = None,
    env: Mapping[str, str] | None = None,
    overrides: Mapping[str, Any] | None = None,
) -> Settings:
    """Read the config file and the environment, validate, and return :class:`Settings`.

    ``config`` is the ``--config`` value; when it is None the file named by
    ``$SSD_BRIDGE_CONFIG`` or ``./ssd-bridge.yaml`` is read if it exists. ``overrides`` are
    command-line values (``cms``, ``environment`` or ``{section: {key: value}}``) and win over both.
    """
    env = os.environ if env is None else env
    path, raw = _read_file(config, env)
    refuse_secrets(raw, path)
    merged = _merge(raw, _from_environment(env))
    for key, value in (overrides or {}).items():
        if isinstance(value, Mapping):
            merged.setdefault(key, {}).update({k: v for k, v in value.items() if v is not None})
        elif value is not None:
            merged[key] = value
    for env_name, (section, key) in SECRET_ENV.items():
        secret = env.get(env_name) or from_keyring(env_name, env)
        if secret:
            merged.setdefault(section, {})[key] = secret
    return _validated(_build(merged, path))


def _read_file(config: str | os.PathLike[str] | None, env: Mapping[str, str]) -> tuple[str | None, dict]:
    explicit = config is not None or bool(env.get("SSD_BRIDGE_CONFIG"))
    path = Path(config or env.get("SSD_BRIDGE_CONFIG") or DEFAULT_CONFIG_FILE)
    if not path.is_file():
        if explicit:
            raise ConfigError(
                f"configuration file {path} was not found.",
                "Check the --config path (or SSD_BRIDGE_CONFIG), or copy "
                "examples/ssd-bridge.example.yaml and fill it in.",
            )
        return None, {}
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except RecursionError as e:
        raise ConfigError(
            f"configuration file {path} is nested too deeply to be a settings file.",
            "Check it is the ssd-bridge.yaml you meant (see examples/ssd-bridge.example.yaml).",
        ) from e
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise ConfigError(
            f"configuration file {path} is not valid YAML{where}.",
            "Check the indentation and quoting near that line.",
        ) from e
    except UnicodeDecodeError as e:
        raise ConfigError(
            f"configuration file {path} is not UTF-8 text (byte {e.start + 1} cannot be read).",
            "Save it as UTF-8 (in Notepad: File > Save As > Encoding UTF-8).",
        ) from e
    except OSError as e:
        raise ConfigError(
            f"could not read configuration file {path} ({e.strerror}).",
            "Check the file's permissions for the account running ssd-bridge.",
        ) from e
    if not isinstance(raw, dict):
        raise ConfigError(f"configuration file {path} must hold a mapping of settings at the top level.")
    for key, value in raw.items():
        if key in SECTIONS and value is not None and not isinstance(value, Mapping):
            raise ConfigError(
                f"setting '{key}' in {path} must be a mapping of keys, not {kind_of(value)}.",
                f"Write it as '{key}:' followed by indented 'key: value' lines.",
            )
    return str(path), raw


def _from_environment(env: Mapping[str, str]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for name, value in env.items():
        if not name.startswith(ENV_PREFIX) or name in SECRET_ENV or name == "SSD_BRIDGE_CONFIG":
            continue
        rest = name[len(ENV_PREFIX):].lower()
        if rest in ("cms", "environment"):
            found[rest] = value
            continue
        if rest.startswith("db_"):  # SSD_BRIDGE_DB_PASSWORD invites SSD_BRIDGE_DB_URL; say, not ignore
            raise ConfigError(
                f"the environment variable {name} is not a setting.",
                f"Database settings are SSD_BRIDGE_DATABASE_<KEY>, e.g. SSD_BRIDGE_DATABASE_{rest[3:].upper()}; "
                "only the password is SSD_BRIDGE_DB_PASSWORD.",
            )
        for section, cls in SECTIONS.items():
            if rest.startswith(section + "_"):
                key = rest[len(section) + 1:]
                fields = {f.name for f in dataclasses.fields(cls)}
                if key not in fields:
                    raise ConfigError(
                        f"the environment variable {name} names no setting ('{section}.{key}' is unknown).",
                        f"Valid keys in '{section}': {', '.join(sorted(fields - SECRET_FIELDS))} "
                        f"(as {ENV_PREFIX}{section.upper()}_<KEY>); correct or unset it.",
                    )
                found.setdefault(section, {})[key] = value
                break
    return found


def _merge(base: dict[str, Any], extra: Mapping[str, Any]) -> dict[str, Any]:
    out = {k: (dict(v) if isinstance(v, Mapping) else v) for k, v in base.items()}
    for key, value in extra.items():
        if isinstance(value, Mapping) and isinstance(out.get(key), dict):
            out[key].update(value)
        else:
            out[key] = value
    return out


def _build(merged: Mapping[str, Any], path: str | None) -> Settings:
    top_fields = {f.name for f in dataclasses.fields(Settings)} - {"config_path"}
    kwargs: dict[str, Any] = {"config_path": path}
    for key, value in merged.items():
        if key not in top_fields:
            raise ConfigError(
                f"unknown setting '{key}'" + (f" in {path}" if path else "") + ".",
                f"Valid top-level keys: {', '.join(sorted(top_fields))}.",
            )
        if key in SECTIONS:
            if value is None:
                continue
            if not isinstance(value, Mapping):
                raise ConfigError(f"setting '{key}' must be a mapping of keys, not {type(value).__name__}.")
            kwargs[key] = _section(key, SECTIONS[key], value)
        elif value is None or value == "":
            raise ConfigError(
                f"setting '{key}' must not be empty" + (f" in {path}" if path else "") + ".",
                f"Give it a value, or delete the line to use the default ({getattr(Settings, key)}).",
            )
        else:
            kwargs[key] = text_setting(key, value)
    return Settings(**kwargs)


def _section(name: str, cls: type, values: Mapping[str, Any]) -> Any:
    fields = {f.name: f for f in dataclasses.fields(cls)}
    kwargs = {}
    for key, value in values.items():
        if key not in fields:
            raise ConfigError(
                f"unknown setting '{name}.{key}'.",
                f"Valid keys in '{name}': {', '.join(sorted(fields))}.",
            )
        kwargs[key] = coerce(f"{name}.{key}", fields[key].type, value)
    return cls(**kwargs)


def _validated(s: Settings) -> Settings:
    choice("cms", s.cms, CMS_NAMES)
    choice("environment", s.environment, ("test", "live"))
    if s.database.dialect is not None:
        choice("database.dialect", s.database.dialect, DIALECT_LABELS)
    check_identifier("database.schema", s.database.schema)
    choice("ssd.tables", s.ssd.tables, SSD_TABLE_CHOICES)
    choice("payload.mode", s.payload.mode, PAYLOAD_MODES)
    choice("payload.on_cohort_exit", s.payload.on_cohort_exit, ("purge", "stop"))
    for dotted in RANGES:  # again here: Settings.replace() and tests build settings without loading
        section, key = dotted.split(".")
        whole_number(dotted, getattr(getattr(s, section), key))
    # In live, records, the client secret and the SupplierKey must never travel in clear text.
    secure = ("https",) if s.environment == "live" else ("http", "https")
    for dotted, url, schemes in (
        ("dfe.base_url", s.dfe.base_url, secure),
        ("dfe.token_url", s.dfe.token_url, secure),
        ("dfe.proxy", s.dfe.proxy, ("http", "https", "socks4", "socks5", "socks5h")),
    ):
        check_url(dotted, url, schemes, s.environment)
    if s.database.url and "://" in s.database.url:
        check_port("database.url", s.database.url)
    if s.dfe.la_code is not None and not re.fullmatch(r"[0-9]{3}", s.dfe.la_code):
        raise ConfigError(
            f"setting 'dfe.la_code' must be the three-digit LA code, not {s.dfe.la_code!r}.",
            "It is the DfE (old LEA) number of your authority, for example 123.",
        )
    return s
