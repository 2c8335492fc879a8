"""Settings: file + environment, validation, secrets only from the environment."""

from __future__ import annotations

import pytest

from ssd_bridge.config import load_settings
from ssd_bridge.errors import ConfigError
from ssd_bridge.secrets import redact_connection_string


def write(tmp_path, text: str):
    path = tmp_path / "ssd-bridge.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_environment_overrides_the_file(tmp_path):
    path = write(tmp_path, "cms: mosaic\ndfe:\n  la_code: 123\n  batch_size: 50\n")
    settings = load_settings(path, env={"SSD_BRIDGE_DFE_LA_CODE": "456", "SSD_BRIDGE_PAYLOAD_MODE": "partial"})
    assert settings.cms == "mosaic" and settings.dialect == "tsql"
    assert settings.dfe.la_code == "456" and settings.dfe.batch_size == 50
    assert settings.payload.mode == "partial"


def test_secrets_come_from_the_environment(tmp_path):
    settings = load_settings(write(tmp_path, "cms: eclipse\n"), env={
        "SSD_BRIDGE_CLIENT_SECRET": "cs", "SSD_BRIDGE_SUPPLIER_KEY": "sk", "SSD_BRIDGE_DB_PASSWORD": "pw"})
    assert (settings.dfe.client_secret, settings.dfe.supplier_key, settings.database.password) == ("cs", "sk", "pw")
    assert "cs" not in repr(settings.dfe) and "pw" not in repr(settings.database)
    redacted = settings.redacted()
    assert redacted["dfe"]["client_secret"] == "<set>" and redacted["database"]["password"] == "<set>"


@pytest.mark.parametrize("text", [
    "database:\n  password: Zq9sentinel\n",
    "dfe:\n  supplier_key: Zq9sentinel\n",
    "database:\n  odbc: 'DRIVER={x};SERVER=s;UID=u;PWD=Zq9sentinel;'\n",
    "database:\n  url: 'host=db user=u password=Zq9sentinel'\n",
    "database:\n  url: 'postgresql://u:Zq9sentinel@db/rep'\n",
])
def test_secrets_in_the_file_are_refused_without_repeating_them(tmp_path, text):
    with pytest.raises(ConfigError) as info:
        load_settings(write(tmp_path, text), env={})
    assert "Zq9sentinel" not in str(info.value)
    assert "environment" in str(info.value)


@pytest.mark.parametrize(("text", "needle"), [
    ("cms: carefirst\n", "cms"),
    ("environment: production\n", "environment"),
    ("dfe:\n  batch_size: 101\n", "dfe.batch_size"),
    ("dfe:\n  la_code: 12\n", "dfe.la_code"),
    ("dfe:\n  timeout_seconds: soon\n", "dfe.timeout_seconds"),
    ("payload:\n  mode: delta\n", "payload.mode"),
    ("database:\n  schema: 'my schema'\n", "not a valid name"),
    ("databse:\n  url: x\n", "unknown setting 'databse'"),
    ("dfe:\n  laCode: 123\n", "unknown setting 'dfe.laCode'"),
    ("cms: [unclosed\n", "not valid YAML"),
    ("cms:\n", "'cms' must not be empty"),
    ("environment: ''\n", "'environment' must not be empty"),
    ("dfe:\n  base_url: notaurl\n", "dfe.base_url' must be a full http or https URL"),
    ("dfe:\n  token_url: ftp://login.example/token\n", "dfe.token_url' must be a full http"),
    ("dfe:\n  base_url: 'https://'\n", "dfe.base_url' must be a full http"),
    ("dfe:\n  proxy: 'http://[proxy'\n", "dfe.proxy' has a port that is not a number"),
    # issue 12, item 7: each of these crashed (exit 4) or was silently accepted
    ("dfe: 'abc'\n", "setting 'dfe' in"),
    ("database: [1, 2]\n", "setting 'database' in"),
    ("dfe:\n  batch_size: .inf\n", "dfe.batch_size' must be a whole number"),
    ("dfe:\n  timeout_seconds: 100000000000000000000\n", "dfe.timeout_seconds' must be between 1 and 600"),
    ("dfe:\n  timeout_seconds: 1e20\n", "dfe.timeout_seconds' must be a whole number"),
    ("dfe:\n  base_url: 'https://dfe.example:99999/x'\n", "dfe.base_url' has a port"),
    ("dfe:\n  base_url: 'https://dfe.example:abc/x'\n", "dfe.base_url' has a port"),
    ("dfe:\n  token_url: 'https://" + "a" * 64 + ".example/t'\n", "dfe.token_url' has a host name or port"),
    ("source:\n  params: 'ethnicity_map'\n", "source.params' must be a mapping"),
    ("source:\n  params:\n" + "".join("  " * (n + 2) + f"k{n}:\n" for n in range(9)) + "  " * 11 + "x: 1\n",
     "source.params' must map names to values"),
    ("cms: " + "[" * 5000 + "]" * 5000 + "\n", "nested too deeply"),
    ("dfe:\n  batch_size: 1.5\n", "dfe.batch_size' must be a whole number"),
    ("dfe:\n  batch_size: true\n", "dfe.batch_size' must be a whole number"),
    ("dfe:\n  batch_size: '\u0661'\n", "dfe.batch_size' must be a whole number"),
    ("dfe:\n  la_code: '\u0661\u0662\u0663'\n", "dfe.la_code"),
    ("database:\n  connect_timeout_seconds: 0\n", "database.connect_timeout_seconds' must be between 1"),
    ("database:\n  connect_timeout_seconds: -5\n", "database.connect_timeout_seconds' must be between 1"),
    ("database:\n  url: 'postgresql://db01:99999/x'\n", "database.url' has a port"),
    ("dfe:\n  client_id: {a: 1}\n", "dfe.client_id' must be text"),
    ("cms: [eclipse]\n", "'cms' must be text"),
    ("environment: live\ndfe:\n  base_url: 'http://dfe.example/x'\n", "dfe.base_url' must be an https:// URL"),
    ("environment: live\ndfe:\n  token_url: 'http://login.example/t'\n", "dfe.token_url' must be an https://"),
])
def test_bad_settings_name_the_key(tmp_path, text, needle):
    with pytest.raises(ConfigError, match=needle.replace(".", r"\.").replace("[", r"\[")):
        load_settings(write(tmp_path, text), env={})


def test_a_file_that_is_not_utf8_is_a_config_error(tmp_path):
    path = tmp_path / "ssd-bridge.yaml"
    path.write_bytes("cms: eclipse\n# caf\u00e9\n".encode("cp1252"))  # saved by an editor as ANSI
    with pytest.raises(ConfigError, match="not UTF-8 text") as info:
        load_settings(path, env={})
    assert "UTF-8" in (info.value.hint or "")


def test_a_malformed_proxy_url_is_refused_without_repeating_its_password():
    with pytest.raises(ConfigError, match=r"dfe\.proxy") as info:
        load_settings(env={"SSD_BRIDGE_DFE_PROXY": "http:/svc:Zq9sentinel@proxy01:8080"})
    assert "Zq9sentinel" not in str(info.value)


def test_dfe_urls_and_proxies_that_clients_can_use_are_accepted():
    settings = load_settings(env={
        "SSD_BRIDGE_DFE_BASE_URL": "https://api.example/children-in-social-care-data-receiver-test/1",
        "SSD_BRIDGE_DFE_TOKEN_URL": "http://127.0.0.1:8765/oauth2/v2.0/token",
        "SSD_BRIDGE_DFE_PROXY": "socks5h://proxy01:1080",
    })
    assert settings.dfe.proxy == "socks5h://proxy01:1080"


@pytest.mark.parametrize(("name", "needles"), [
    ("SSD_BRIDGE_DFE_LACODE", ("SSD_BRIDGE_DFE_LACODE", "la_code")),
    ("SSD_BRIDGE_DB_URL", ("SSD_BRIDGE_DB_URL", "SSD_BRIDGE_DATABASE_URL")),
])
def test_a_mistyped_environment_variable_is_named(tmp_path, name, needles):
    # The file cannot show the mistake: the message must name the variable, not a key in it.
    with pytest.raises(ConfigError) as info:
        load_settings(write(tmp_path, "cms: eclipse\n"), env={name: "123"})
    text = str(info.value)
    assert all(needle in text for needle in needles) and "client_secret" not in text


def test_unrelated_ssd_bridge_variables_of_the_wrappers_are_ignored(tmp_path):
    settings = load_settings(write(tmp_path, "cms: eclipse\n"), env={
        "SSD_BRIDGE_ALERT_TO": "it@la.example", "SSD_BRIDGE_MAX_HOURS": "2", "SSD_BRIDGE_LOG_DIR": "/var/log/x"})
    assert settings.cms == "eclipse"


def test_no_file_is_fine_when_none_was_asked_for(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    settings = load_settings(env={"SSD_BRIDGE_CMS": "liquid_logic"})
    assert settings.config_path is None and settings.cms == "liquid_logic"


def test_keyring_is_used_only_when_asked(tmp_path, monkeypatch):
    keyring = pytest.importorskip("keyring")
    from keyring.backend import KeyringBackend

    class Memory(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def get_password(self, service, username):
            return {"SSD_BRIDGE_CLIENT_SECRET": "from-keyring"}.get(username) if service == "ssd-bridge" else None

        def set_password(self, service, username, password):
            raise NotImplementedError

        def delete_password(self, service, username):
            raise NotImplementedError

    previous = keyring.get_keyring()
    keyring.set_keyring(Memory())
    try:
        path = write(tmp_path, "cms: eclipse\n")
        assert load_settings(path, env={}).dfe.client_secret is None
        assert load_settings(path, env={"SSD_BRIDGE_KEYRING": "1"}).dfe.client_secret == "from-keyring"
        assert load_settings(path, env={"SSD_BRIDGE_KEYRING": "1", "SSD_BRIDGE_CLIENT_SECRET": "env"}
                             ).dfe.client_secret == "env"
    finally:
        keyring.set_keyring(previous)


@pytest.mark.parametrize(("raw", "shown"), [
    ("postgresql://bridge:pw@db/rep", "postgresql://bridge:***@db/rep"),
    ("DRIVER={x};SERVER=s;UID=u;PWD=pw;", "DRIVER={x};SERVER=s;UID=u;PWD=***;"),
    ("host=db password=pw user=u", "host=db password=*** user=u"),
    ("postgresql://bridge@db/rep", "postgresql://bridge@db/rep"),
])
def test_connection_strings_are_redacted(raw, shown):
    assert redact_connection_string(raw) == shown


def test_a_cms_parameter_of_the_wrong_shape_is_exit_2_naming_it() -> None:
    from ssd_bridge.errors import TemplateError
    from ssd_bridge.sql.render import RenderOptions, render_deployment

    with pytest.raises(TemplateError, match="source.params.ethnicity_map must be a mapping of codes") as caught:
        render_deployment(RenderOptions(cms="eclipse", dialect="postgres", params={"ethnicity_map": "WBRI"}))
    assert caught.value.exit_code == 2
