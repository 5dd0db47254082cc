"""When a large step is shared between forked processes: one rule for every step that does it
(reading files, pair judging, key-event classification, the workbook writer), and one way of
doing work ahead in a child (`Ahead`)."""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Generic, TypeVar

T = TypeVar("T")

MAX_WORKERS = 4


def can_fork() -> bool:
    """Workers are forked (they inherit compiled rules and data instead of pickling them)."""
    return "fork" in multiprocessing.get_all_start_methods()


def may_fork() -> bool:
    """Forking is possible here, and this is not a pool's (daemonic) worker, which may not
    start children."""
    return can_fork() and not multiprocessing.current_process().daemon


def may_fork_alone() -> bool:
    """`may_fork`, and no other thread runs here (a dashboard's anonymiser learning, a web
    server's): a lock one of them holds at the fork (an import's, a log handler's) would be
    held for ever in the child. For work forked beside this process's own (`Ahead`)."""
    return may_fork() and threading.active_count() == 1


def worker_count(size: int, parallel_from: int) -> int:
    """How many processes share `size` items: one per core (at most `MAX_WORKERS`) from
    `parallel_from` items up, where a second process saves more than it costs; else one, and
    always one inside a daemonic process (a pool's worker), which may not start children."""
    if size < parallel_from or not may_fork():
        return 1
    return max(1, min(os.cpu_count() or 1, MAX_WORKERS))


class Ahead(Generic[T]):
    """`work()` done in a forked child while this process does something else; its result comes
    back through a pipe (pickled), so give it work whose result is much smaller than its
    cost. Anything going wrong there (the child killed, an error) only means `result()` is
    None and this process does the work itself, raising any error in its own words."""

    def __init__(self, work: Callable[[], T]) -> None:
        context = multiprocessing.get_context("fork")
        self._receive, send = context.Pipe(duplex=False)
        # Forked: what `work` reads is inherited, not pickled.
        self._process = context.Process(
            target=_ahead, args=(work, send, self._receive), daemon=True
        )
        self._process.start()
        send.close()  # the child's end: closed here so a dead child reads as end of file

    def close(self) -> None:
        """Stop the child without its result (this process failed before it needed it): it
        would otherwise wait, blocked on a full pipe, until this process ends."""
        self._receive.close()
        if self._process.is_alive():
            self._process.terminate()
        self._process.join()

    def result(self) -> T | None:
        """The work's result; None when the child was lost or failed."""
        try:
            found: T = self._receive.recv()
            return found
        except (EOFError, OSError):  # a lost head start, not a lost result
            return None
        except BaseException:  # interrupted (Ctrl-C): stop the child rather than wait for it
            self.close()
            raise
        finally:
            self._receive.close()
            self._process.join()


def _ahead(work: Callable[[], object], send: Connection, receive: Connection) -> None:
    # The parent's end, inherited: closed, so that a parent gone (killed, or done waiting)
    # makes sending fail at once instead of blocking on a full pipe for ever.
    receive.close()
    try:
        send.send(work())
    except Exception:  # the parent does the work itself, and reports any error
        pass
    finally:
        send.close()
