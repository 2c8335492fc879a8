"""A database that goes away mid-run (shutdown, failover, a terminated session) is exit 3: safe to
retry, nothing lost. Real PostgreSQL sessions ended with pg_terminate_backend from another one."""

from __future__ import annotations

import json

import psycopg
import pytest

from ssd_bridge.config import Settings
from ssd_bridge.db import connect, driver_errors
from ssd_bridge.dfe.fake import FakeDfe
from ssd_bridge.errors import DatabaseError, DatabaseUnavailable, ExitCode
from tests import submit_fixtures
from tests.submit_fixtures import _cli, _wait_for, add_rows, rows

pytestmark = pytest.mark.postgres
settings = submit_fixtures.settings


def terminate(uri: str, where: str) -> int:
    """End the backends ``where`` picks (a condition on pg_stat_activity a, pg_locks l), from another session."""
    with psycopg.connect(uri, autocommit=True) as admin:
        found = admin.execute(
            f"SELECT DISTINCT a.pid FROM pg_stat_activity a LEFT JOIN pg_locks l ON l.pid = a.pid "
            f"WHERE a.pid <> pg_backend_pid() AND {where}").fetchall()
        for (pid,) in found:
            admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
    return len(found)


def test_a_terminated_session_is_database_unavailable_exit_3(settings: Settings) -> None:
    with connect(settings) as db:
        pid = db.scalar("SELECT pg_backend_pid()")
        assert terminate(settings.database.url or "", f"a.pid = {int(pid)}") == 1
        with pytest.raises(DatabaseUnavailable) as caught:
            db.scalar("SELECT 1")
    assert caught.value.exit_code == ExitCode.UNAVAILABLE
    assert "could not read from the database" in caught.value.message
    assert "run again" in (caught.value.hint or "")


def test_a_statement_error_is_still_exit_4(settings: Settings) -> None:
    with connect(settings) as db, pytest.raises(DatabaseError) as caught:
        db.scalar("SELECT 1 / 0")
    assert not isinstance(caught.value, DatabaseUnavailable) and caught.value.exit_code == ExitCode.INTERNAL


@pytest.mark.parametrize("args, unavailable", [
    (("08S01", "[08S01] [Microsoft][ODBC Driver 18 for SQL Server]TCP Provider: An existing connection was "
      "forcibly closed by the remote host. (10054) (SQLExecDirectW)"), True),
    (("HY000", "[HY000] [Microsoft][ODBC Driver 18 for SQL Server][SQL Server]Database 'ssd' on server 'sql01' "
      "is not currently available. Please retry the connection later. (40613) (SQLExecDirectW)"), True),
    (("42000", "[42000] [Microsoft][ODBC Driver 18 for SQL Server][SQL Server]The target database, 'HDM', is "
      "participating in an availability group and is currently not accessible for queries. (976) "
      "(SQLExecDirectW)"), True),
    (("42000", "[42000] [Microsoft][ODBC Driver 18 for SQL Server][SQL Server]Cannot continue the execution "
      "because the session is in the kill state. (596) (SQLExecDirectW)"), True),
    (("22012", "[22012] [Microsoft][ODBC Driver 18 for SQL Server][SQL Server]Divide by zero error "
      "encountered. (8134) (SQLExecDirectW)"), False),
])
def test_sql_server_connection_broken_and_failover_errors_are_unavailable(args: tuple[str, str],
                                                                          unavailable: bool) -> None:
    pyodbc = pytest.importorskip("pyodbc")
    error_class = pyodbc.OperationalError if args[0].startswith("08") else pyodbc.ProgrammingError
    with pytest.raises(DatabaseError) as caught, driver_errors("read from the database"):
        raise error_class(*args)
    assert isinstance(caught.value, DatabaseUnavailable) is unavailable
    assert caught.value.exit_code == (ExitCode.UNAVAILABLE if unavailable else ExitCode.INTERNAL)


def test_session_terminated_mid_submit_is_exit_3_and_the_rerun_loses_nothing(
        settings: Settings, fake: FakeDfe, pg_env: dict[str, str]) -> None:
    add_rows(settings, 30)
    fake.push("200", "hold")  # the second POST is in flight when the database ends our session
    env = {**pg_env, **fake.environment(), "SSD_BRIDGE_DFE_BATCH_SIZE": "10"}
    process = _cli(["submit"], env)
    _wait_for(lambda: fake.held == 1)
    assert terminate(settings.database.url or "", "l.locktype = 'advisory'") == 1
    fake.release()
    _, err = process.communicate(timeout=60)
    assert process.returncode == 3, err
    assert "Traceback" not in err and "could not" in err and "run again" in err
    assert {r[0] for r in rows(settings, "submission_status = 'sent'")} == {f"C{n:06d}" for n in range(10)}
    rerun = _cli(["submit", "--json"], env)
    out, err = rerun.communicate(timeout=60)
    assert rerun.returncode == 0, err
    assert json.loads(out)["sent"] == 20 and {r[1] for r in rows(settings)} == {"sent"}


def test_a_terminated_session_frees_the_run_lock_and_closes_quietly(settings: Settings) -> None:
    with connect(settings) as db:
        assert db.scalar(db.dialect.try_lock_sql())
        terminate(settings.database.url or "", f"a.pid = {int(db.scalar('SELECT pg_backend_pid()'))}")
    with connect(settings) as other:  # the next run can start
        assert other.scalar(other.dialect.try_lock_sql())
