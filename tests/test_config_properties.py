"""Property-based: any settings file or SSD_BRIDGE_* value is either loaded or refused with a
ConfigError naming the key (exit 2, no traceback), for every command that reads settings."""

from __future__ import annotations

import contextlib
import dataclasses
import io
import os
import tempfile
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ssd_bridge.cli.base import main
from ssd_bridge.config import SECTIONS, Settings, load_settings
from ssd_bridge.errors import ConfigError
from ssd_bridge.secrets import SECRET_FIELDS

KEYS = [(section, f.name) for section, cls in SECTIONS.items() for f in dataclasses.fields(cls)
        if f.name not in SECRET_FIELDS]
COMMANDS = [["status"], ["extract", "--dry-run"], ["submit", "--dry-run"], ["run", "--dry-run"], ["deploy", "--dry-run"],
            ["validate"], ["check-compat"], ["render"], ["synth", "--children", "1"], ["diagnose", "-o", "-"]]

# Every character UTF-8 can write (all but the surrogates), as st.text()'s default alphabet, but from Unicode
# categories: the default's codec table takes each new test process a few seconds to build where .hypothesis/ is new (CI).
chars = st.characters(exclude_categories=["Cs"])
scalars = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True), st.text(chars, max_size=80),
    st.sampled_from(["1.5", "١٢٣", "1e20", ".inf", "0", "-1", "99999", "https://h:99999/x", "https://h:abc/x",
                     "http://" + "a" * 64 + ".example/x", "postgresql://db:0/x", "true", "a\x00b", "x\ny"]),
)
values = st.recursive(scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=3), st.dictionaries(st.text(chars, max_size=8), inner, max_size=3)), max_leaves=8)


@st.composite
def settings_files(draw: st.DrawFn) -> dict[str, Any]:
    """A settings mapping with a few keys set to arbitrary (mostly malformed) values."""
    data: dict[str, Any] = {}
    for section, key in draw(st.lists(st.sampled_from(KEYS), min_size=1, max_size=3)):
        data.setdefault(section, {})[key] = draw(values)
    if draw(st.booleans()):
        data[draw(st.sampled_from(["cms", "environment", *SECTIONS]))] = draw(values)
    return data


def _load(data: dict[str, Any], env: dict[str, str] | None = None) -> tuple[str, Settings | ConfigError]:
    text = yaml.safe_dump(data, allow_unicode=True)
    with tempfile.NamedTemporaryFile("w", suffix=".yaml", delete=False, encoding="utf-8") as handle:
        handle.write(text)
    try:
        return handle.name, load_settings(handle.name, env=env or {})
    except ConfigError as e:
        return handle.name, e


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(settings_files())
def test_any_settings_file_loads_or_is_a_config_error_naming_a_key(data: dict[str, Any]) -> None:
    path, result = _load(data)
    os.unlink(path)
    if isinstance(result, ConfigError):
        named = {f"{section}.{key}" for section, keys in data.items() if isinstance(keys, dict) for key in keys}
        named |= set(data)
        assert any(f"'{name}" in result.message or f"{name} " in result.message for name in named) \
            or "configuration file" in result.message, result.message
        assert result.exit_code == 2


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(KEYS), st.text(chars, max_size=40))
def test_any_environment_value_loads_or_is_a_config_error_naming_the_key(key: tuple[str, str], value: str) -> None:
    section, name = key
    try:
        load_settings(env={f"SSD_BRIDGE_{section.upper()}_{name.upper()}": value})
    except ConfigError as e:
        assert f"'{section}.{name}'" in e.message or f"{section}.{name}" in e.message, e.message
    except ValueError:  # only os.environ refuses NUL; a mapping passed in may carry one
        pytest.fail("a ValueError escaped load_settings")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(settings_files(), st.sampled_from(COMMANDS))
def test_every_command_refuses_a_malformed_settings_file_with_exit_2(data: dict[str, Any], command: list[str]) -> None:
    path, result = _load(data)
    try:
        if not isinstance(result, ConfigError):
            return  # well-formed: what the command does next is other tests' business
        err = io.StringIO()
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()), \
                pytest.raises(SystemExit) as caught:
            main([*command, "--config", path])
        assert caught.value.code == 2, err.getvalue()
        assert "Traceback" not in err.getvalue() and result.message in err.getvalue()
    finally:
        os.unlink(path)
