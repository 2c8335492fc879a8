"""Run a deployment's table refills on several connections at once, each after the tables it reads.

A refill is one batch that fills one SSD table in its own transaction. The database runs each on
one core, so on a server with cores to spare ``ssd.fill_connections`` refills run side by side.
A refill that reads another SSD table (every fill reads ``ssd_person`` to keep its own children,
some read an earlier table's rows) starts only after that table's refill has ended; among the
refills ready to start, the one first in the script goes first. What a refill reads is found in
its rendered text: the qualified name of each SSD table it mentions.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager, ExitStack
from dataclasses import dataclass

from ssd_bridge.db import Database

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Refill:
    """One refill batch of the script: its place (1-based), its text and the table it fills."""

    number: int
    batch: str
    table: str


#: Runs one refill on a connection (the caller's own bookkeeping: progress, failures, statistics).
RunOne = Callable[[Database, Refill], None]


def dependencies(refills: Sequence[Refill], qualify: Callable[[str], str]) -> dict[str, frozenset[str]]:
    """For each refill, the earlier refills' tables its text reads (named as ``qualify`` spells them)."""
    needs: dict[str, frozenset[str]] = {}
    for position, refill in enumerate(refills):
        needs[refill.table] = frozenset(
            earlier.table for earlier in refills[:position] if qualify(earlier.table) in refill.batch
        )
    return needs


def run_refills(refills: Sequence[Refill], needs: dict[str, frozenset[str]], first: Database,
                more: Callable[[], AbstractContextManager[Database]], connections: int, run_one: RunOne) -> None:
    """Run every refill, at most ``connections`` at once, each after the refills it ``needs``.

    ``first`` is the deployment's own connection; ``more`` opens each further one (a context
    manager, closed at the end). An exception from ``run_one`` stops new refills from starting,
    lets the running ones end, and is raised again; the refills that ended keep their rows.
    """
    count = max(1, min(connections, len(refills)))
    if count == 1:
        for refill in refills:
            run_one(first, refill)
        return
    with ExitStack() as stack:
        databases = [first, *(stack.enter_context(more()) for _ in range(count - 1))]
        _Schedule(refills, needs, run_one).run(databases)


class _Schedule:
    """Hands out refills to the connections' threads in script order as their tables become ready."""

    def __init__(self, refills: Sequence[Refill], needs: dict[str, frozenset[str]], run_one: RunOne) -> None:
        self.waiting = list(refills)
        self.needs = needs
        self.run_one = run_one
        self.ended: set[str] = set()
        self.running = 0
        self.error: BaseException | None = None
        self.changed = threading.Condition()

    def run(self, databases: list[Database]) -> None:
        threads = [threading.Thread(target=self._work, args=(db,), name=f"ssd-bridge-fill-{n}", daemon=True)
                   for n, db in enumerate(databases, start=1)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        if self.error is not None:
            raise self.error

    def _next(self) -> Refill | None:
        """The first waiting refill whose tables are all refilled; None when there is no more work."""
        with self.changed:
            while True:
                if self.error is not None or not self.waiting:
                    return None
                for refill in self.waiting:
                    if self.needs.get(refill.table, frozenset()) <= self.ended:
                        self.waiting.remove(refill)
                        self.running += 1
                        return refill
                if self.running == 0:  # needs from dependencies() name earlier tables only: never here
                    self.error = RuntimeError("deploy: the refills left wait on tables no refill fills")
                    self.changed.notify_all()
                    return None
                self.changed.wait()

    def _work(self, db: Database) -> None:
        while (refill := self._next()) is not None:
            began = time.monotonic()
            try:
                self.run_one(db, refill)
            except BaseException as e:  # noqa: BLE001 - handed to the deploying thread, raised there
                with self.changed:
                    self.error = self.error or e
            finally:
                with self.changed:
                    self.running -= 1
                    self.ended.add(refill.table)
                    self.changed.notify_all()
            log.debug("refill of %s ended after %.1f s", refill.table, time.monotonic() - began)
