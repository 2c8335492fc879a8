"""The deploy/ wrappers, read as text (PowerShell cannot run here): every ssd-bridge command and
option they call exists in the CLI, and the scripts keep their conventions."""

from __future__ import annotations

import configparser
import re
import shutil
import subprocess
from pathlib import Path

import click
import pytest

from ssd_bridge.cli import cli

ROOT = Path(__file__).resolve().parent.parent
DEPLOY = ROOT / "deploy"
PS_SCRIPTS = sorted(DEPLOY.glob("*.ps1"))
NIGHTLY_PS = DEPLOY / "ssd-bridge-nightly.ps1"
NIGHTLY_SH = DEPLOY / "ssd-bridge-nightly.sh"
SYSTEMD = DEPLOY / "systemd"
GUIDE = ROOT / "examples" / "overnight.md"
SECRET_WORDS = re.compile(r"password|secret|token|apikey|supplierkey|webhookurl|pwd", re.IGNORECASE)


def options_of(command: click.Command) -> set[str]:
    return {opt for param in command.params for opt in (*param.opts, *param.secondary_opts)}


def check_call(command_name: str, options: list[str], where: str) -> None:
    assert command_name in cli.commands, f"{where}: 'ssd-bridge {command_name}' is not a command"
    known = options_of(cli.commands[command_name])
    unknown = [o for o in options if o not in known]
    assert not unknown, f"{where}: 'ssd-bridge {command_name}' has no option {unknown}"


def ps_code(text: str) -> str:
    """PowerShell source with comments removed and string contents blanked (quotes kept)."""
    out, i, n = [], 0, len(text)
    while i < n:
        two = text[i:i + 2]
        if two == "<#":
            i = text.index("#>", i) + 2
        elif text[i] == "#":
            while i < n and text[i] != "\n":
                i += 1
        elif two in ("@'", '@"') and text[i + 2:i + 3] in ("\n", "\r"):
            end = text.index("\n" + two[1] + "@", i) + 3
            out.append("@''@")
            i = end
        elif text[i] in "'\"":
            quote, j = text[i], i + 1
            while j < n:
                if text[j] == "`" and quote == '"':
                    j += 2
                    continue
                if text[j] == quote:
                    if text[j + 1:j + 2] == quote:  # doubled quote inside the string
                        j += 2
                        continue
                    break
                j += 1
            out.append(quote + quote)
            i = j + 1
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def ps_param_block(text: str) -> tuple[str, str]:
    """The text of the top-level param( ... ) block and everything after it."""
    code = ps_code(text)
    start = re.search(r"^\s*\[CmdletBinding\([^)]*\)\]\s*param\s*\(", code, re.MULTILINE | re.IGNORECASE)
    assert start, "no [CmdletBinding()] param( block at the top level"
    depth, i = 1, start.end()
    while depth:
        depth += {"(": 1, ")": -1}.get(code[i], 0)
        i += 1
    return code[start.end():i - 1], code[i:]


@pytest.mark.parametrize("script", PS_SCRIPTS, ids=lambda p: p.name)
def test_powershell_brackets_balance(script: Path) -> None:
    code = ps_code(script.read_text(encoding="utf-8"))
    for pair in ("()", "{}", "[]"):
        assert code.count(pair[0]) == code.count(pair[1]), f"unbalanced {pair} in {script.name}"


@pytest.mark.parametrize("script", PS_SCRIPTS, ids=lambda p: p.name)
def test_powershell_conventions(script: Path) -> None:
    text = script.read_text(encoding="utf-8")
    assert text.lstrip().startswith("<#") and ".SYNOPSIS" in text and ".EXAMPLE" in text
    params, body = ps_param_block(text)
    assert body.lstrip().startswith("$ErrorActionPreference = ''"), "set $ErrorActionPreference first"
    assert re.search(r"^\$ErrorActionPreference = 'Stop'$", text, re.MULTILINE)
    names = re.findall(r"\]\s*\$([A-Za-z_][A-Za-z0-9_]*)", params)  # [type] $Name
    assert names, "the param block declares no parameters"
    assert not [n for n in names if SECRET_WORDS.search(n)], f"secret-looking parameters in {script.name}"
    assert not re.search(r"\[(securestring|pscredential)\]", params, re.IGNORECASE)
    # Every documented parameter exists, and every parameter is documented.
    documented = set(re.findall(r"^\.PARAMETER (\w+)", text, re.MULTILINE))
    assert documented == set(names)
    lines = [line.strip() for line in body.strip().splitlines() if line.strip()]
    assert re.fullmatch(r"exit \$\w+", lines[-1]), "the script must end by passing its exit code on"
    assert "ConvertTo-SecureString" not in text or "-AsPlainText" not in text


def test_nightly_ps_calls_only_real_commands_and_options() -> None:
    text = NIGHTLY_PS.read_text(encoding="utf-8")
    code = text
    assignments = re.findall(r"\$bridgeArgs\s*(\+?=)\s*(.+)$", code, re.MULTILINE)
    assert assignments and assignments[0][0] == "="
    literals = [re.findall(r"'([^']*)'", rhs) for _, rhs in assignments]
    command_name, options = literals[0][0], [lit for group in literals for lit in group if lit.startswith("-")]
    assert command_name == "run" and "--json" in options and "--refresh-ssd" in options
    check_call(command_name, options, NIGHTLY_PS.name)
    # The call itself: ssd-bridge with those arguments, its exit code taken straight after.
    call = re.search(r"^\s*& \$SsdBridge @bridgeArgs .*$\n(?:.*\n)?\s*\$code = \$LASTEXITCODE$", code, re.MULTILINE)
    assert call, "the exit code must be read from $LASTEXITCODE right after the call"
    assert re.search(r"^\s*\$code = Invoke-Bridge$", code, re.MULTILINE)


def test_nightly_ps_handles_every_exit_code() -> None:
    text = NIGHTLY_PS.read_text(encoding="utf-8")
    meanings = re.search(r"function Get-Meaning.*?\n}\n", text, re.DOTALL)
    assert meanings and all(re.search(rf"^\s*{code} {{", meanings.group(0), re.MULTILINE) for code in range(6))
    assert "$code -eq 3 -and $RetryAfterMinutes -gt 0" in text
    assert "$code -notin 0, 5" in text  # quiet on 0 and 5; 3 only with -AlertOnUnavailable
    assert "Invoke-RestMethod" in text and "Send-MailMessage" in text
    # Alert secrets come from the environment or Credential Manager and are removed before ssd-bridge runs.
    assert "Get-Secret 'SSD_BRIDGE_ALERT_WEBHOOK_URL'" in text and "CredRead" in text


def test_register_task_conventions() -> None:
    text = (DEPLOY / "register-scheduled-task.ps1").read_text(encoding="utf-8")
    params, body = ps_param_block(text)
    assert "ServiceAccount" in params and "StopAfterHours" in params
    assert "Get-Credential" in body and "-LogonType Password" in body
    assert "-ExecutionTimeLimit" in body and "-Daily" in body and "-File" in text
    assert "ssd-bridge-nightly.ps1" in text


@pytest.mark.parametrize("path", [*DEPLOY.rglob("*.ps1"), *DEPLOY.rglob("*.sh"), *SYSTEMD.glob("*"), GUIDE],
                         ids=lambda p: p.name)
def test_every_mentioned_command_exists(path: Path) -> None:
    """`ssd-bridge <command> --option ...` written anywhere (help text, comments, the guide) is real."""
    text = path.read_text(encoding="utf-8")
    found = 0
    # Invocations: quoted or back-ticked, or at the start of a line (a shell or PS> prompt allowed).
    pattern = r"(?:^[ \t]*(?:(?:\$|PS>|>)[ \t]*)?|['`\"])ssd-bridge ([a-z][a-z-]*)((?:[ \t]+[^\s`'\")|]+)*)"
    for match in re.finditer(pattern, text, re.MULTILINE):
        command_name, rest = match.group(1), match.group(2)
        options = [w.split("=")[0] for w in rest.split() if re.fullmatch(r"--?[a-z][a-z-]*(=\S*)?", w)]
        check_call(command_name, options, f"{path.name}: {match.group(0)!r}")
        found += 1
    if path in (NIGHTLY_PS, NIGHTLY_SH, GUIDE):
        assert found, f"{path.name} mentions no ssd-bridge command"


def test_nightly_sh_calls_only_real_commands_and_options() -> None:
    text = NIGHTLY_SH.read_text(encoding="utf-8")
    first = re.search(r"^\s*local args=\(([^)]*)\)", text, re.MULTILINE)
    more = re.findall(r"args\+=\(([^)]*)\)", text)
    assert first and more
    words = first.group(1).split() + [w for group in more for w in group.split()]
    options = [w for w in words if w.startswith("-")]
    assert words[0] == "run" and "--refresh-ssd" in options
    check_call("run", options, NIGHTLY_SH.name)
    assert re.search(r"^# +[0-9*,/-]+ +[0-9*,/-]+ +\* +\* +\* +/\S+/ssd-bridge-nightly\.sh", text, re.MULTILINE), \
        "the header needs an example crontab line"
    assert text.rstrip().endswith('exit "$code"')


def test_nightly_sh_passes_shellcheck() -> None:
    if not shutil.which("shellcheck"):
        pytest.skip("shellcheck is not installed (apt-get install shellcheck)")
    result = subprocess.run(["shellcheck", "--severity=style", str(NIGHTLY_SH)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout


def read_unit(path: Path) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(strict=False, interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(path.read_text(encoding="utf-8"))
    return parser


def test_systemd_units() -> None:
    service, timer = read_unit(SYSTEMD / "ssd-bridge.service"), read_unit(SYSTEMD / "ssd-bridge.timer")
    s = service["Service"]
    assert s["Type"] == "oneshot" and s["User"] == "ssd-bridge"
    assert s["ExecStart"].endswith("/deploy/ssd-bridge-nightly.sh")
    assert s["EnvironmentFile"].startswith("/etc/ssd-bridge/")
    assert s["SuccessExitStatus"] == "5" and s["TimeoutStartSec"] == "2h"
    text = (SYSTEMD / "ssd-bridge.service").read_text(encoding="utf-8")
    for line in re.findall(r"^Environment=(.*)$", text, re.MULTILINE):
        assert not SECRET_WORDS.search(line), f"a secret-looking Environment= line: {line}"
    t = timer["Timer"]
    assert t["Unit"] == "ssd-bridge.service" and t["OnCalendar"] and t["Persistent"] == "true"
    assert timer["Install"]["WantedBy"] == "timers.target"


def test_systemd_units_verify(tmp_path: Path) -> None:
    if not shutil.which("systemd-analyze"):
        pytest.skip("systemd-analyze is not installed")
    text = (SYSTEMD / "ssd-bridge.service").read_text(encoding="utf-8")
    text = re.sub(r"^ExecStart=.*$", f"ExecStart={NIGHTLY_SH}", text, flags=re.MULTILINE)
    (tmp_path / "ssd-bridge.service").write_text(text, encoding="utf-8")
    shutil.copy(SYSTEMD / "ssd-bridge.timer", tmp_path / "ssd-bridge.timer")
    result = subprocess.run(["systemd-analyze", "verify", "ssd-bridge.service", "ssd-bridge.timer"],
                            cwd=tmp_path, capture_output=True, text=True)
    problems = [line for line in (result.stdout + result.stderr).splitlines()
                if "ssd-bridge" in line and "Documentation" not in line]
    assert not problems, problems
