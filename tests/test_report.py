"""`ssd-bridge report` over data from the real flow: synth -> deploy -> run (extract + submit to the
stand-in), with sentinels planted in every personal field and in DfE's answers; the report's
numbers compared with what the database holds; --suppress; one headless Chromium page load."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import socket
import subprocess
import threading
import uuid
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest

from ssd_bridge.config import Settings, load_settings
from ssd_bridge.demo import EmbeddedServer
from ssd_bridge.dfe import client as api
from ssd_bridge.dfe.fake import FakeDfe
from ssd_bridge.model import load_tables
from ssd_bridge.record.ssd_read import tables_read
from ssd_bridge.runner import extract, report, run, write_report
from ssd_bridge.sql.deploy import deploy
from ssd_bridge.synth import synth, writer
from tests.helpers import FAST, run_cli

pytestmark = pytest.mark.postgres
AS_OF = dt.date(2026, 2, 10)
# Sentinels: none of these may appear anywhere in the report.
SENTINELS = {"pers_forename": "Sentinelforename", "pers_surname": "Sentinelsurname", "pers_upn": "Q777700007777",
             "pers_dob": "2011-11-11", "pers_expected_dob": "2025-12-12", "former_upn": "Q888800008888",
             "postcode": "ZZ9 9QZ", "dfe_answer": "Dfesentinelbody"}


@pytest.fixture(scope="module")
def flow(pg_server: EmbeddedServer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """One real flow for the whole module: what it made, the settings, and the report's files."""
    schema, source = f"r_{uuid.uuid4().hex[:8]}", f"rs_{uuid.uuid4().hex[:8]}"
    folder = tmp_path_factory.mktemp("report")
    patch = pytest.MonkeyPatch()
    patch.setattr(api, "DEFAULT_RETRY", FAST)
    try:
        with FakeDfe(seed=5) as fake:
            settings = load_settings(env={}, overrides={
                "cms": "eclipse", "environment": "test",
                "database": {"dialect": "postgres", "url": pg_server.uri, "schema": schema},
                "source": {"location": source, "params": getattr(writer("eclipse"), "SOURCE_PARAMS", {})},
                "dfe": fake.dfe_settings()})
            synth(settings, children=60, seed=4, as_of=AS_OF)
            deploy(settings, part="all")
            picked = _plant(pg_server.uri, schema)
            rejected = picked["rejected"]
            fake.validator = lambda record: ([f"$.child_details.surname: '{SENTINELS['dfe_answer']}' is not allowed"]
                                             if record["la_child_id"] == rejected else [])
            run(settings, as_of=AS_OF)
            with psycopg.connect(pg_server.uri, autocommit=True) as conn:  # a change that waits to be sent
                conn.execute(f'UPDATE "{schema}".ssd_person SET pers_sex = %s WHERE pers_person_id = %s',
                             ("F" if picked["sex"] != "F" else "M", picked["waiting"]))
            extract(settings, as_of=AS_OF)
            html_file = write_report(settings, folder / "report.html", AS_OF)
            yield {"settings": settings, "uri": pg_server.uri, "schema": schema, "folder": folder, **picked,
                   "html_file": html_file, "html": html_file.read_text(encoding="utf-8"),
                   "data": report(settings, AS_OF).as_dict()}
    finally:
        patch.undo()
        with psycopg.connect(pg_server.uri, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
            conn.execute(f'DROP SCHEMA IF EXISTS "{source}" CASCADE')


def _plant(uri: str, schema: str) -> dict[str, Any]:
    """Put sentinels in every personal field; pick children with an open episode to be invalid,
    rejected and waiting."""
    with psycopg.connect(uri, autocommit=True) as conn:
        s = f'"{schema}"'
        open_ids = [r[0] for r in conn.execute(
            f"SELECT DISTINCT cine_person_id FROM {s}.ssd_cin_episodes WHERE cine_referral_date <= %s "
            f"AND (cine_close_date IS NULL OR cine_close_date >= %s) ORDER BY 1", (AS_OF, AS_OF))]
        assert len(open_ids) >= 4, "the synthetic data needs children with an open episode"
        invalid, rejected, waiting = open_ids[:3]
        conn.execute(f"UPDATE {s}.ssd_person SET pers_forename = %s, pers_surname = %s, pers_upn = %s",
                     (SENTINELS["pers_forename"], SENTINELS["pers_surname"], SENTINELS["pers_upn"]))
        conn.execute(f"UPDATE {s}.ssd_person SET pers_dob = %s WHERE pers_dob IS NOT NULL",
                     (dt.date.fromisoformat(SENTINELS["pers_dob"]),))
        conn.execute(f"UPDATE {s}.ssd_person SET pers_expected_dob = %s WHERE pers_dob IS NULL",
                     (dt.date.fromisoformat(SENTINELS["pers_expected_dob"]),))
        conn.execute(f"INSERT INTO {s}.ssd_linked_identifiers (link_table_id, link_person_id, link_identifier_type, "
                     "link_identifier_value, link_valid_from_date) SELECT 'SNTL' || pers_person_id, pers_person_id, "
                     "'Former Unique Pupil Number', %s, %s FROM {s}.ssd_person".replace("{s}", s),
                     (SENTINELS["former_upn"], AS_OF - dt.timedelta(days=400)))
        conn.execute(f"UPDATE {s}.ssd_address SET addr_address_postcode = %s", (SENTINELS["postcode"],))
        conn.execute(f"UPDATE {s}.ssd_cla_placement SET clap_cla_placement_postcode = %s", (SENTINELS["postcode"],))
        conn.execute(f"UPDATE {s}.ssd_person SET pers_upn = 'A123' WHERE pers_person_id = %s", (invalid,))
        sex = conn.execute(f"SELECT pers_sex FROM {s}.ssd_person WHERE pers_person_id = %s", (waiting,)).fetchone()
    return {"invalid": invalid, "rejected": rejected, "waiting": waiting, "sex": sex[0] if sex else None}


def _db(flow: dict[str, Any], sql: str, params: tuple = ()) -> list[tuple]:
    with psycopg.connect(flow["uri"], autocommit=True) as conn:
        return list(conn.execute(sql.replace("{s}", f'"{flow["schema"]}"'), params))


def _row(data: dict[str, Any], key: str) -> dict[str, Any]:
    return next(r for r in data["reconciliation"]["rows"] if r["key"] == key)


# -- the numbers against the database ----------------------------------------------------------
def test_preview_counts_what_the_tracking_table_holds(flow: dict[str, Any]) -> None:
    data = flow["data"]
    statuses = dict(_db(flow, "SELECT submission_status, COUNT(*) FROM {s}.ssd_api_data_staging GROUP BY 1"))
    assert statuses["invalid"] == 1 and statuses["error"] == 1 and statuses["pending"] == 1
    acknowledged = _db(flow, "SELECT COUNT(*) FROM {s}.ssd_api_data_staging WHERE previous_hash IS NOT NULL")[0][0]
    assert data["preview"]["held"]["records"] == acknowledged == statuses["sent"] + 1
    assert data["preview"]["waiting"]["records"] == 2  # the changed child and the rejected one
    referrals = _db(flow, "SELECT COUNT(*) FROM {s}.ssd_api_data_staging s, "
                          "jsonb_array_elements(s.previous_json_payload::jsonb -> 'social_care_episodes') e "
                          "WHERE s.previous_hash IS NOT NULL AND (e ->> 'referral_date')::date BETWEEN %s AND %s",
                    (dt.date.fromisoformat(data["window"]["start"]), dt.date.fromisoformat(data["window"]["end"])))
    held_series = {s["key"]: s for s in data["preview"]["held"]["series"]}
    assert sum(held_series["referrals"]["counts"]) == referrals[0][0] > 0


def test_reconciliation_ties_the_ssd_to_dfe_and_explains_each_difference(flow: dict[str, Any]) -> None:
    data = flow["data"]
    cin = _row(data, "children_in_need")
    in_ssd = _db(flow, "SELECT COUNT(DISTINCT cine_person_id) FROM {s}.ssd_cin_episodes WHERE cine_referral_date "
                       "<= %s AND (cine_close_date IS NULL OR cine_close_date >= %s)", (AS_OF, AS_OF))[0][0]
    assert cin["ssd"] == in_ssd
    assert cin["causes"]["invalid"]["ssd_only"] == 1 and cin["causes"]["rejected"]["ssd_only"] == 1
    cp = _db(flow, "SELECT COUNT(DISTINCT cppl_person_id) FROM {s}.ssd_cp_plans WHERE cppl_cp_plan_start_date <= %s "
                   "AND (cppl_cp_plan_end_date IS NULL OR cppl_cp_plan_end_date >= %s)", (AS_OF, AS_OF))[0][0]
    assert _row(data, "child_protection")["ssd"] == cp
    for row in data["reconciliation"]["rows"]:
        explained = sum(c["ssd_only"] - c["dfe_only"] for c in row["causes"].values())
        assert row["difference"] == row["ssd"] - row["dfe"] == explained, row["key"]
        held = next(h for h in data["preview"]["held"]["headlines"] if h["key"] == row["key"])
        assert held["count"] == row["dfe"]


def test_quality_names_the_field_the_ssd_column_and_the_children(flow: dict[str, Any]) -> None:
    rules = flow["data"]["quality"]["rules"]
    rejected = next(r for r in rules if r["rule"] == "dfe.rejected")
    assert rejected["path"] == "$.child_details.surname"
    assert (rejected["ssd_table"], rejected["ssd_column"]) == ("ssd_person", "pers_surname")
    assert rejected["person_ids"] == [flow["rejected"]] and rejected["count"] == 1
    upn = next(r for r in rules if r["path"] == "$.child_details.unique_pupil_number" and r["severity"] == "error")
    assert flow["invalid"] in upn["person_ids"] and upn["ssd_column"] == "pers_upn" and upn["fix"]
    assert flow["data"]["quality"]["invalid_records"] == 1 and flow["data"]["quality"]["rejected_records"] == 1


def test_delivery_and_coverage_match_the_logs_and_tables(flow: dict[str, Any]) -> None:
    data = flow["data"]
    runs = _db(flow, "SELECT run_id, exit_code FROM {s}.ssd_api_run_log ORDER BY id DESC")
    assert [(r["run_id"], r["exit_code"]) for r in data["delivery"]["runs"]] == runs
    sent = _db(flow, "SELECT COUNT(*) FROM {s}.ssd_api_submission_log WHERE run_id = %s AND outcome = 'sent'",
               (runs[0][0],))[0][0]
    assert data["delivery"]["runs"][0]["sent"] == sent > 0 and data["delivery"]["runs"][0]["rejected"] == 1
    assert data["delivery"]["runs"][0]["meaning"].startswith("ran to the end")
    tables = {t["table"]: t for t in data["coverage"]["tables"]}
    # every SSD table, the ones this CMS fills marked so (the 19 the record reads always are)
    assert set(tables) == {t.name for t in load_tables("ssd")}
    assert {name for name, t in tables.items() if t["cms_fills"]} >= set(tables_read())
    assert tables["ssd_person"]["rows"] == _db(flow, "SELECT COUNT(*) FROM {s}.ssd_person")[0][0]
    upn = next(c for c in tables["ssd_person"]["columns"] if c["column"] == "pers_upn")
    assert upn["empty"] == 0 and "pers_forename" in [c["column"] for c in tables["ssd_person"]["columns"]]
    assert upn["cms_fills"] is True
    matched = next(c for c in tables["ssd_permanence"]["columns"] if c["column"] == "perm_matched_date")
    assert matched["cms_fills"] is False  # the Eclipse fill has no source for it
    assert re.search(r"perm_matched_date</code>\s*\S*\s*<strong>\(not filled by eclipse\)", flow["html"])


# -- children's data ---------------------------------------------------------------------------
def test_no_personal_value_or_dfe_answer_reaches_the_report(flow: dict[str, Any]) -> None:
    staged = _db(flow, "SELECT string_agg(json_payload, '') FROM {s}.ssd_api_data_staging")[0][0]
    answers = _db(flow, "SELECT string_agg(api_response, '') FROM {s}.ssd_api_data_staging")[0][0]
    assert SENTINELS["pers_surname"] in staged and SENTINELS["pers_dob"] in staged  # planted for real
    assert SENTINELS["postcode"] in staged and SENTINELS["dfe_answer"] in answers
    assert SENTINELS["former_upn"] in staged
    everything = flow["html"] + json.dumps(flow["data"], default=str)
    for field, value in SENTINELS.items():
        assert value not in everything and value.upper() not in everything.upper(), field


def test_suppress_replaces_small_counts_in_tables_json_and_charts(flow: dict[str, Any]) -> None:
    from ssd_bridge.report.build import COUNT_KEYS

    data = report(flow["settings"], AS_OF, suppress=5).as_dict()
    counts: list[Any] = []

    def collect(node: Any) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key in COUNT_KEYS and isinstance(value, (int, str)):
                    counts.append(value)
                elif key == "counts":
                    counts.extend(value)
                else:
                    collect(value)
        elif isinstance(node, list):
            for item in node:
                collect(item)

    collect(data)
    assert len(counts) > 500 and "c" in counts
    assert all(n == "c" or n == 0 or abs(n) >= 5 for n in counts)
    assert _row(data, "children_in_need")["causes"]["invalid"]["ssd_only"] == "c"
    assert data["delivery"]["runs"][0]["rejected"] == "c" and data["quality"]["rejected_records"] == "c"
    assert all(r["person_ids"] == [] for r in data["quality"]["rules"])
    page = write_report(flow["settings"], flow["folder"] / "shared.html", AS_OF, suppress=5).read_text()
    preview = page.split('<section id="reconciliation">')[0]
    plotted = [float(v) for v in re.findall(r'<desc class="value">([-\d.]+)</desc>', preview)]
    assert plotted and all(v == 0 or v >= 5 for v in plotted)
    assert flow["invalid"] not in page and "Counts from 1 to 4" in page


# -- the page ----------------------------------------------------------------------------------
def test_the_page_is_self_contained_and_small(flow: dict[str, Any]) -> None:
    html = flow["html"]
    assert not re.search(r"\bsrc\s*=", html) and not re.search(r"@import|url\(", html)
    assert all(link.startswith("#") for link in re.findall(r'href="([^"]*)"', html))
    assert len(html.encode()) < 2_000_000


def test_report_cli_writes_html_and_json(flow: dict[str, Any], runner, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from ssd_bridge.cli import cli

    settings: Settings = flow["settings"]
    monkeypatch.setenv("SSD_BRIDGE_DATABASE_URL", settings.database.url or "")
    for key, value in {"CMS": "eclipse", "DATABASE_DIALECT": "postgres", "DATABASE_SCHEMA": flow["schema"]}.items():
        monkeypatch.setenv(f"SSD_BRIDGE_{key}", value)
    result = runner.invoke(cli, ["report", "--html", str(tmp_path / "r.html"), "--json", "--as-of", "2026-02-10"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["preview"]["held"]["records"] == flow["data"]["preview"]["held"]["records"]
    assert '<section id="quality">' in (tmp_path / "r.html").read_text()


def test_report_of_an_undeployed_schema_is_exit_2(pg_env: dict[str, str], tmp_path: Path) -> None:
    done = run_cli(["report", "--html", str(tmp_path / "r.html")], env=pg_env)
    assert done.returncode == 2 and "ssd-bridge deploy" in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "r.html").exists()
    done = run_cli(["report", "--html", "-", "--json"], env=pg_env)
    assert done.returncode == 2 and "both write to stdout" in done.stderr and done.stdout == ""


class _Recorder:
    """A TCP listener standing in as the browser's proxy: any request off the file lands here."""

    def __init__(self) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.requests: list[bytes] = []
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            conn.settimeout(2)
            try:
                self.requests.append(conn.recv(4096))
            except OSError:
                self.requests.append(b"?")
            conn.close()


def _browser() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        # CI installs it (.ci/run, as root): there a missing browser is a failure, not a skip.
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed: run .ci/run as root, or apt-get install chromium")
        pytest.skip("chromium is not installed (apt-get install chromium)")
    return found


def _varied_png(data: bytes) -> bool:
    """True when the PNG's pixels are not all one colour (decoded without an image library)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat = 8, b""
    while pos < len(data):
        length = int.from_bytes(data[pos:pos + 4], "big")
        kind = data[pos + 4:pos + 8]
        if kind == b"IDAT":
            idat += data[pos + 8:pos + 8 + length]
        pos += 12 + length
    raw = zlib.decompress(idat)
    return len(set(raw[:2_000_000])) > 16


def test_chromium_loads_the_page_offline_with_every_section_and_the_databases_numbers(
        flow: dict[str, Any]) -> None:
    browser, recorder = _browser(), _Recorder()
    page = flow["html_file"].resolve().as_uri()
    shot = flow["folder"] / "shot.png"
    common = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
              "--disable-background-networking", "--disable-component-update", "--disable-sync",
              f"--proxy-server=127.0.0.1:{recorder.port}", "--proxy-bypass-list=<-loopback>",
              '--host-resolver-rules=MAP * ~NOTFOUND', f"--user-data-dir={flow['folder'] / 'profile'}"]
    dom = subprocess.run([*common, "--dump-dom", page], capture_output=True, text=True, timeout=120).stdout
    subprocess.run([*common, "--window-size=1280,2400", f"--screenshot={shot}", page], capture_output=True,
                   timeout=120, check=True)
    recorder.sock.close()
    assert recorder.requests == []
    for section in ("preview", "reconciliation", "quality", "delivery", "coverage"):
        assert f'<section id="{section}">' in dom
    data = flow["data"]
    for row in data["reconciliation"]["rows"]:
        cells = re.search(rf'<tr data-key="{row["key"]}"><td>[^<]*</td><td class="n ssd">(-?\d+)</td>'
                          rf'<td class="n dfe">(-?\d+)</td>', dom)
        assert cells and (int(cells[1]), int(cells[2])) == (row["ssd"], row["dfe"]), row["key"]
    person_rows = _db(flow, "SELECT COUNT(*) FROM {s}.ssd_person")[0][0]
    assert re.search(rf'<tr data-table="ssd_person">.*?<td class="n rows">{person_rows}</td>', dom, re.S)
    assert dom.count("<svg") == 5
    assert shot.stat().st_size > 20_000 and _varied_png(shot.read_bytes())
