"""Secrets: which settings are secrets, where they may come from (the environment, or the OS keyring
when SSD_BRIDGE_KEYRING=1), refusing them in a settings file, and hiding passwords in connection
strings before they are shown anywhere."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from ssd_bridge.errors import ConfigError

# Environment variable -> (section, key) of the secrets; these never come from the file.
SECRET_ENV = {
    "SSD_BRIDGE_DB_PASSWORD": ("database", "password"),
    "SSD_BRIDGE_CLIENT_SECRET": ("dfe", "client_secret"),
    "SSD_BRIDGE_SUPPLIER_KEY": ("dfe", "supplier_key"),
}
SECRET_FIELDS = {key for _, key in SECRET_ENV.values()}
SECRET_KEYS = {"password", "pwd", "client_secret", "supplier_key", "secret", "token", "api_key"}
_URL_PASSWORD = re.compile(r"^[a-z][a-z0-9+.-]*://[^/@:]*:[^/@]+@", re.IGNORECASE)
_CONNINFO_PASSWORD = re.compile(r"(^|\s)password\s*=", re.IGNORECASE)
_ODBC_PASSWORD = re.compile(r"(^|;)\s*(pwd|password)\s*=", re.IGNORECASE)


def redact_connection_string(value: str | None) -> str | None:
    """Hide any password inside a URL, libpq conninfo or ODBC connection string."""
    if not value:
        return value
    value = re.sub(r"(://[^/@:]*:)[^/@]+@", r"\1***@", value)
    value = re.sub(r"((?:^|;)\s*(?:pwd|password)\s*=)[^;]*", r"\1***", value, flags=re.IGNORECASE)
    return re.sub(r"((?:^|\s)password\s*=\s*)\S+", r"\1***", value, flags=re.IGNORECASE)


def refuse_secrets(raw: Mapping[str, Any], path: str | None, prefix: str = "") -> None:
    """Raise ConfigError when a settings file holds a secret or a password inside a connection string."""
    for key, value in raw.items():
        dotted = f"{prefix}{key}"
        if isinstance(value, Mapping):
            if dotted != "source.params":
                refuse_secrets(value, path, dotted + ".")
            continue
        if str(key).lower() in SECRET_KEYS and value not in (None, ""):
            env_name = next((n for n, sk in SECRET_ENV.items() if ".".join(sk) == dotted), None)
            where = f"set it in the environment as {env_name}" if env_name else "remove it"
            raise ConfigError(
                f"configuration file {path} holds a secret ({dotted}); secrets are never read from files.",
                f"Delete it from the file and {where} (or store it in the OS keyring).",
            )
        if dotted in ("database.url", "database.odbc") and isinstance(value, str) and (
            _URL_PASSWORD.search(value) or _CONNINFO_PASSWORD.search(value) or _ODBC_PASSWORD.search(value)
        ):
            raise ConfigError(
                f"configuration file {path} has a password inside {dotted}.",
                "Remove it from the connection string and set SSD_BRIDGE_DB_PASSWORD in the environment.",
            )


def from_keyring(env_name: str, env: Mapping[str, str]) -> str | None:
    """Look a secret up in the OS keyring when the user asked for that (SSD_BRIDGE_KEYRING=1)."""
    if env.get("SSD_BRIDGE_KEYRING", "").lower() not in ("1", "true", "yes"):
        return None
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError as e:
        raise ConfigError(
            "SSD_BRIDGE_KEYRING is set but the keyring package is not installed.",
            "Install it with: pip install 'ssd-bridge[keyring]'.",
        ) from e
    try:
        return keyring.get_password("ssd-bridge", env_name)
    except KeyringError as e:
        raise ConfigError(f"could not read {env_name} from the OS keyring ({type(e).__name__}).") from e
