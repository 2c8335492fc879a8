"""What differs between the two database drivers: psycopg (PostgreSQL) and pyodbc (any ODBC source).

A driver is not a dialect: the ODBC driver also reaches PostgreSQL (the tests do exactly that).
``db.Database`` does the same thing for both and asks the driver only for the steps that differ:
how to stream a result, how to insert many rows fast, how a transaction starts and ends, and
whether a batch leaves further result sets to drain.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Sequence
from typing import Any


class Driver:
    """The DB-API steps shared by both drivers; subclasses override what their driver does better."""

    name = "dbapi"
    #: The placeholder style: 'qmark' (?) or 'format' (%s).
    paramstyle = "qmark"
    #: Whether a Python list binds as one SQL array parameter (psycopg yes, pyodbc no).
    binds_arrays = False

    def streaming_cursor(self, raw: Any, in_transaction: bool, chunk_size: int) -> Any:
        """A cursor for a large result, read a chunk at a time."""
        return raw.cursor()

    def prepare_executemany(self, cursor: Any, rows: Sequence[Sequence[Any]]) -> None:
        """Set up ``cursor`` for one statement run over ``rows`` (many parameter rows)."""

    def copy_rows(self, raw: Any, table_sql: str, names_sql: str, rows: Sequence[Sequence[Any]]) -> bool:
        """Bulk-load ``rows`` if the driver has a bulk path; False means use executemany."""
        return False

    def begin(self, raw: Any) -> Any:
        """Start a transaction on an autocommit connection; returns what ``end`` needs."""
        raw.autocommit = False
        return None

    def end(self, raw: Any, token: Any, error: BaseException | None) -> None:
        """Commit (``error`` None) or roll back, and go back to autocommit."""
        if error is None:
            raw.commit()
        else:
            raw.rollback()
        raw.autocommit = True

    def drain(self, cursor: Any, notify: Callable[[str], None]) -> None:
        """Read past every result set of a batch, so errors in later statements surface; pass the
        server messages the cursor holds to ``notify`` (drivers that report notices themselves don't)."""

    def on_notice(self, raw: Any, handler: Callable[[str], None]) -> bool:
        """Have the driver call ``handler`` with each server notice; False: ``drain`` delivers them."""
        return False


class PsycopgDriver(Driver):
    """psycopg 3: server-side cursors, COPY, transaction blocks and notices."""

    name = "psycopg"
    paramstyle = "format"
    binds_arrays = True

    def streaming_cursor(self, raw: Any, in_transaction: bool, chunk_size: int) -> Any:
        # A named (server-side) cursor streams; WITH HOLD lets it live outside a transaction.
        cursor = raw.cursor(name=f"ssd_bridge_{uuid.uuid4().hex[:12]}", withhold=not in_transaction)
        cursor.itersize = chunk_size
        return cursor

    def copy_rows(self, raw: Any, table_sql: str, names_sql: str, rows: Sequence[Sequence[Any]]) -> bool:
        # COPY is several times faster than INSERT for a first extract of a whole LA.
        cursor = raw.cursor()
        try:
            with cursor.copy(f"COPY {table_sql} ({names_sql}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        finally:
            cursor.close()
        return True

    def begin(self, raw: Any) -> Any:
        tx = raw.transaction()
        tx.__enter__()
        return tx

    def end(self, raw: Any, token: Any, error: BaseException | None) -> None:
        if error is None:
            token.__exit__(None, None, None)
        else:
            token.__exit__(type(error), error, error.__traceback__)

    def on_notice(self, raw: Any, handler: Callable[[str], None]) -> bool:
        raw.add_notice_handler(lambda diag: handler(diag.message_primary or ""))
        return True


class OdbcDriver(Driver):
    """pyodbc: fast_executemany for bulk writes; a batch may return several result sets."""

    name = "pyodbc"

    def prepare_executemany(self, cursor: Any, rows: Sequence[Sequence[Any]]) -> None:
        import pyodbc

        cursor.fast_executemany = True
        # Some drivers (psqlODBC) describe a binary parameter as 0 bytes long, which the bulk
        # binding refuses: give each binary column its longest value's size.
        longest: dict[int, int] = {}
        for row in rows:
            for n, value in enumerate(row):
                if isinstance(value, (bytes, bytearray)):
                    longest[n] = max(longest.get(n, 1), len(value))
        if longest:
            cursor.setinputsizes([(pyodbc.SQL_VARBINARY, longest[n], 0) if n in longest else None
                                  for n in range(len(rows[0]))])

    def drain(self, cursor: Any, notify: Callable[[str], None]) -> None:
        self._pass_messages(cursor, notify)
        while cursor.nextset():
            self._pass_messages(cursor, notify)

    @staticmethod
    def _pass_messages(cursor: Any, notify: Callable[[str], None]) -> None:
        for message in getattr(cursor, "messages", None) or []:
            notify(re.sub(r"\[[^\]]*\]", "", str(message[-1])).strip())  # ODBC's [vendor][driver] prefixes


PSYCOPG = PsycopgDriver()
ODBC = OdbcDriver()
