"""Errors raised by ssd-bridge and the exit codes they map to.

Hierarchy::

    SsdBridgeError              exit 4 unless a subclass says otherwise
      ConfigError               exit 2: bad or missing configuration, bad option values
        CredentialsError        exit 2: the DfE token server or API refused our credentials
      TemplateError             exit 2: a template or parameter problem found while rendering
      DatabaseError             exit 4: the database answered with an error
        DatabaseUnavailable     exit 3: could not connect, or timed out (safe to retry later)
      ApiError                  exit 4: the DfE API answered in a way we cannot use
        ApiUnavailable          exit 3: the DfE API or token server could not be reached
      LockHeld                  exit 5: another run holds the lock; nothing was done

Every error carries a ``message`` (what failed and why) and an optional ``hint`` (what to do
next). Messages never contain secrets or children's data.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Process exit codes; the overnight wrappers branch on these and nothing else."""

    OK = 0
    SOME_FAILED = 1
    USAGE = 2
    UNAVAILABLE = 3
    INTERNAL = 4
    LOCKED = 5


#: What each exit code tells the person who reads a run summary or 'ssd-bridge status'.
EXIT_MEANING = {
    ExitCode.OK: "done",
    ExitCode.SOME_FAILED: "ran to the end, but some records failed or are invalid",
    ExitCode.USAGE: "usage, configuration or credentials error: nothing more was done",
    ExitCode.UNAVAILABLE: "database or DfE unreachable: safe to run again later",
    ExitCode.INTERNAL: "internal error (or interrupted)",
    ExitCode.LOCKED: "another run held the lock: nothing was done",
}


class SsdBridgeError(Exception):
    """Base of every error ssd-bridge raises on purpose."""

    exit_code: ExitCode = ExitCode.INTERNAL

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return self.message if not self.hint else f"{self.message} {self.hint}"


class ConfigError(SsdBridgeError):
    """The configuration file, environment or an option value is wrong or missing."""

    exit_code = ExitCode.USAGE


class CredentialsError(ConfigError):
    """The DfE token server or API refused the configured credentials."""


class TemplateError(SsdBridgeError):
    """A SQL template could not be rendered (missing parameter, missing macro)."""

    exit_code = ExitCode.USAGE


class DatabaseError(SsdBridgeError):
    """The database reported an error while running a statement."""


class DatabaseUnavailable(DatabaseError):
    """The database could not be reached, refused the login, or timed out."""

    exit_code = ExitCode.UNAVAILABLE


class ApiError(SsdBridgeError):
    """The DfE API answered in a way ssd-bridge cannot use."""


class ApiUnavailable(ApiError):
    """The DfE API or token server could not be reached or timed out."""

    exit_code = ExitCode.UNAVAILABLE


class LockHeld(SsdBridgeError):
    """Another run already holds the run lock."""

    exit_code = ExitCode.LOCKED
