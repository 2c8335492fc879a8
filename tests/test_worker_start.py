"""An extract's worker process starts light: it imports the extract side only, not the send side."""

from __future__ import annotations

import json
import subprocess
import sys

import ssd_bridge.runner as runner

#: Modules only the send side and the reports need (an HTTP client, templates, charts).
SEND_SIDE = ("requests", "urllib3", "jinja2", "pygal", "ssd_bridge.dfe.client", "ssd_bridge.report.build",
             "ssd_bridge.runner.jobs", "ssd_bridge.runner.reporting")


def _modules_after(statement: str) -> set[str]:
    code = f"import sys, json\n{statement}\nprint(json.dumps(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(json.loads(done.stdout))


def test_what_a_worker_imports_holds_no_send_side_module() -> None:
    # what unpickling the worker's entry point and its results imports in a spawned process
    loaded = _modules_after("import ssd_bridge.runner.pool, ssd_bridge.runner.chunks")
    assert {"ssd_bridge.record.validate", "ssd_bridge.record.payload", "ssd_bridge.tracking.changes"} <= loaded
    assert loaded.isdisjoint(SEND_SIDE), sorted(loaded & set(SEND_SIDE))


def test_every_public_name_of_the_runner_package_still_resolves() -> None:
    for name in runner.__all__:
        value = getattr(runner, name)
        assert callable(value), name
        assert value.__module__.startswith("ssd_bridge.runner."), name
    assert runner.extract.__module__ == "ssd_bridge.runner.extract"  # the function, not its module
    loaded = _modules_after("from ssd_bridge.runner import submit, run, status, report, write_report, validate")
    assert "ssd_bridge.runner.jobs" in loaded


def test_an_unknown_name_is_an_attribute_error() -> None:
    try:
        runner.no_such_job  # noqa: B018 - the look-up is the test
    except AttributeError as e:
        assert "no_such_job" in str(e)
    else:
        raise AssertionError("an unknown name resolved")
