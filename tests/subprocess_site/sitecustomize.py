"""Loaded by the ``ssd-bridge`` child processes the tests start (tests/helpers.py puts this folder first
on their PYTHONPATH): compiled templates are shared between those processes through a folder.

Each child would otherwise compile every Jinja template again (about half a second of CPU per render).
The folder plays the part of the in-process cache in ``ssd_bridge.sql.render``: Jinja checks each entry
against its template's text and Python version, so a changed template is compiled afresh. The folder is
the test session's own (``TESTS_TEMPLATE_CACHE``, set by tests/conftest.py); without it nothing changes.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

_FOLDER = os.environ.get("TESTS_TEMPLATE_CACHE")


class _Folder(dict):  # type: ignore[type-arg]
    """The compiled templates as files named by Jinja's key, written whole (rename) so readers never see half."""

    def get(self, key, default=None):  # type: ignore[no-untyped-def]
        try:
            return (Path(_FOLDER) / key).read_bytes()  # type: ignore[arg-type]
        except OSError:
            return default

    def __setitem__(self, key, value) -> None:  # type: ignore[no-untyped-def]
        handle, temporary = tempfile.mkstemp(dir=_FOLDER)
        with os.fdopen(handle, "wb") as out:
            out.write(value)
        os.replace(temporary, Path(_FOLDER) / key)  # type: ignore[arg-type]


if _FOLDER and Path(_FOLDER).is_dir():
    from ssd_bridge.sql import render

    render._COMPILED._code = _Folder()
