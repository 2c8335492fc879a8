"""How each setting's value is checked when settings load: kinds, ranges, text, URLs, names.

Every check raises :class:`ConfigError` naming the setting (exit 2), never echoing a value that
might be a secret; :mod:`ssd_bridge.config` applies them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

from ssd_bridge.errors import ConfigError

_WHOLE_NUMBER = re.compile(r"[+-]?[0-9]{1,12}")  # ASCII digits only: int() also takes "١" or "1_0"
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")
TEXT_LIMIT = 4000
PARAMS_DEPTH = 6
# The allowed range of every whole-number setting (inclusive): checked when settings load.
RANGES: dict[str, tuple[int, int]] = {
    "database.connect_timeout_seconds": (1, 300),
    "ssd.history_years": (1, 50),
    "ssd.fill_connections": (1, 16),
    "dfe.batch_size": (1, 100),
    "dfe.timeout_seconds": (1, 600),
    "dfe.connect_timeout_seconds": (1, 300),
    "payload.max_attempts": (1, 100),
    "payload.purge_guard_percent": (0, 100),
    "logging.retention_days": (1, 3650),
}


def kind_of(value: Any) -> str:
    """How a wrong value looks in a message: its YAML kind, never its text (it may be a secret)."""
    return {bool: "true/false", int: "a number", float: "a number", str: "text", list: "a list",
            dict: "a mapping"}.get(type(value), type(value).__name__)


def text_setting(dotted: str, value: Any) -> str:
    """A text setting: text, or a whole number written without quotes (la_code: 123)."""
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise ConfigError(f"setting '{dotted}' must be text, not {kind_of(value)}.",
                          "Put the value in quotes if it is meant as text.")
    text = str(value)
    if len(text) > TEXT_LIMIT or _CONTROL.search(text):
        raise ConfigError(f"setting '{dotted}' must be one line of at most {TEXT_LIMIT} characters.",
                          "Check for a pasted line break or a stray control character.")
    return text


def whole_number(dotted: str, value: Any) -> int:
    """A whole-number setting, from YAML (an int) or the environment (ASCII digits), in its range."""
    low, high = RANGES.get(dotted, (-(10**9), 10**9))
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    elif isinstance(value, str) and _WHOLE_NUMBER.fullmatch(value.strip()):
        number = int(value.strip())
    else:
        raise ConfigError(f"setting '{dotted}' must be a whole number between {low} and {high}, not {kind_of(value)}"
                          + (f" {value!r}" if isinstance(value, (int, float, str)) and len(str(value)) < 30 else "")
                          + ".")
    if not low <= number <= high:
        raise ConfigError(f"setting '{dotted}' must be between {low} and {high}, not {number}.")
    return number


def _depth(value: Any, limit: int) -> bool:
    """Whether ``value`` nests mappings and lists no deeper than ``limit``."""
    if limit < 0:
        return False
    if isinstance(value, Mapping):
        return all(_depth(v, limit - 1) for v in value.values())
    if isinstance(value, list):
        return all(_depth(v, limit - 1) for v in value)
    return True


def coerce(dotted: str, annotation: Any, value: Any) -> Any:
    """``value`` as the type a settings field is annotated with, or a ConfigError naming ``dotted``."""
    kind = str(annotation)
    if value is None or value == "":
        return None if "None" in kind else _required(dotted)
    if kind.startswith("int"):
        return whole_number(dotted, value)
    if kind.startswith("bool"):
        if isinstance(value, bool):
            return value
        text = str(value).strip().lower()
        if text in ("1", "true", "yes", "on"):
            return True
        if text in ("0", "false", "no", "off"):
            return False
        raise ConfigError(f"setting '{dotted}' must be true or false, not {kind_of(value)}.")
    if kind.startswith("Mapping"):
        if not isinstance(value, Mapping):
            raise ConfigError(f"setting '{dotted}' must be a mapping of keys to values, not {kind_of(value)}.")
        if not all(isinstance(k, str) for k in value) or not _depth(value, PARAMS_DEPTH):
            raise ConfigError(f"setting '{dotted}' must map names to values, at most {PARAMS_DEPTH} levels deep.",
                              "Check its indentation against examples/cms/.")
        return dict(value)
    return text_setting(dotted, value)


def _required(dotted: str) -> Any:
    raise ConfigError(f"setting '{dotted}' must not be empty.")


def check_url(dotted: str, url: str | None, schemes: tuple[str, ...], environment: str = "test") -> None:
    """Refuse a URL no client could use (scheme, host name, port), before anything is sent or retried."""
    if url is None:
        return
    shown = "" if "@" in url or len(url) > 200 else f", not {url!r}"  # a malformed URL may carry a password
    try:
        parts = urlsplit(url)
        host, port = parts.hostname, parts.port  # .port raises ValueError for 99999 or "abc"
    except ValueError:  # also an unclosed [ in an IPv6 host
        raise ConfigError(f"setting '{dotted}' has a port that is not a number from 1 to 65535, or a malformed "
                          f"host{shown}.", "Write it as scheme://host:port/path, e.g. https://host:443/path.") from None
    if parts.scheme.lower() == "http" and "https" in schemes and "http" not in schemes:
        raise ConfigError(
            f"setting '{dotted}' must be an https:// URL in environment {environment}: records, the client "
            "secret and the SupplierKey would otherwise cross the network in clear text.",
            "Copy the https:// address from the DfE portal; http:// is allowed only with environment: test.",
        )
    if parts.scheme.lower() not in schemes or not host:
        raise ConfigError(
            f"setting '{dotted}' must be a full {' or '.join(schemes[:2])} URL with a host name{shown}.",
            "Write the proxy as http://host:port (IT know its address)." if dotted == "dfe.proxy"
            else "Copy it from the DfE portal: it starts with https://.",
        )
    if port == 0 or not _valid_host(host):
        raise ConfigError(f"setting '{dotted}' has a host name or port no network can use{shown}.",
                          "Host names are dot-separated labels of 1 to 63 letters, digits or hyphens; "
                          "ports run from 1 to 65535.")


def _valid_host(host: str) -> bool:
    """A host name DNS could resolve (labels of 1 to 63 characters) or an IP address."""
    if ":" in host:  # an IPv6 address urlsplit has already unbracketed
        return True
    try:
        ascii_host = host.encode("idna").decode("ascii")
    except UnicodeError:  # an empty or over-long label, or characters IDNA refuses
        return False
    return len(ascii_host) <= 253 and all(1 <= len(label) <= 63 for label in ascii_host.rstrip(".").split("."))


def choice(dotted: str, value: str, choices: tuple[str, ...]) -> None:
    """Refuse a value that is not one of ``choices``."""
    if value not in choices:
        raise ConfigError(f"setting '{dotted}' must be one of {', '.join(choices)}, not {value!r}.")


def check_port(dotted: str, url: str) -> None:
    """Refuse a database URL whose port is not a number from 1 to 65535 (its host may be a socket)."""
    try:
        port = urlsplit(url).port
    except ValueError:
        port = 0
    if port == 0:
        raise ConfigError(f"setting '{dotted}' has a port that is not a number from 1 to 65535.",
                          "Write it as postgresql://user@host:5432/database.")
