"""Loaded by the ``ssd-bridge`` child processes the tests start (tests/helpers.py puts this folder first
on their PYTHONPATH): compiled templates and fill analyses are shared between those processes through a folder.

Each child would otherwise compile every Jinja template again (about half a second of CPU per render), and
each check-compat or report would parse every fill statement with sqlglot again (about a second).
The folder plays the part of the in-process caches in ``ssd_bridge.sql.render`` and ``ssd_bridge.sql.sources``:
Jinja checks each entry against its template's text and Python version, so a changed template is compiled
afresh, and an analysis is keyed by the whole statement it read. The folder is the test session's own
(``TESTS_TEMPLATE_CACHE``, set by tests/conftest.py); without it nothing changes.
"""

from __future__ import annotations

import functools
import hashlib
import os
import pickle
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

_FOLDER = os.environ.get("TESTS_TEMPLATE_CACHE")


def _write_whole(path: Path, value: bytes) -> None:
    """Write through a temporary file and a rename, so a reader in another process never sees half."""
    handle, temporary = tempfile.mkstemp(dir=path.parent)
    with os.fdopen(handle, "wb") as out:
        out.write(value)
    os.replace(temporary, path)


def _install(folder: Path) -> None:
    """Put the folder behind the compiled-template cache and the two fill analyses of ``ssd_bridge.sql``."""
    from ssd_bridge.sql import render, sources

    class Shared(render._CompiledTemplates):
        """The process's own cache of compiled templates, with the session's folder behind it."""

        def load_bytecode(self, bucket: Any) -> None:
            super().load_bytecode(bucket)
            if bucket.code is None:
                try:
                    data = (folder / bucket.key).read_bytes()
                except OSError:
                    return
                bucket.bytecode_from_string(data)  # Jinja drops it when the template's text has changed since
                super().dump_bytecode(bucket)

        def dump_bytecode(self, bucket: Any) -> None:
            super().dump_bytecode(bucket)
            _write_whole(folder / bucket.key, bucket.bytecode_to_string())

    render._COMPILED = Shared()
    sources._qualified_columns = _on_disk(sources._qualified_columns, folder)
    sources._null_columns = _on_disk(sources._null_columns, folder)


def _on_disk(analysis: Callable[..., Any], folder: Path) -> Callable[..., Any]:
    """``analysis`` (a pure function of its arguments), its results kept in the folder by its arguments."""

    @functools.wraps(analysis)
    def kept(*args: Any) -> Any:
        parts = [sorted(a) if isinstance(a, frozenset) else a for a in args]  # a set's repr has no fixed order
        key = hashlib.sha256(repr((analysis.__name__, parts)).encode()).hexdigest()
        path = folder / f"analysis-{key}"
        try:
            return pickle.loads(path.read_bytes())
        except OSError:
            result = analysis(*args)  # a fault (an unparsable statement) is raised, never kept
            _write_whole(path, pickle.dumps(result))
            return result

    return kept


if _FOLDER and Path(_FOLDER).is_dir():
    _install(Path(_FOLDER))
