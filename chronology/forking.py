"""When a large step is shared between forked processes: one rule for every step that does it
(pair judging, key-event classification, the workbook writer)."""

from __future__ import annotations

import multiprocessing
import os

MAX_WORKERS = 4


def can_fork() -> bool:
    """Workers are forked (they inherit compiled rules and data instead of pickling them)."""
    return "fork" in multiprocessing.get_all_start_methods()


def may_fork() -> bool:
    """Forking is possible here, and this is not a pool's (daemonic) worker, which may not
    start children."""
    return can_fork() and not multiprocessing.current_process().daemon


def worker_count(size: int, parallel_from: int) -> int:
    """How many processes share `size` items: one per core (at most `MAX_WORKERS`) from
    `parallel_from` items up, where a second process saves more than it costs; else one, and
    always one inside a daemonic process (a pool's worker), which may not start children."""
    if size < parallel_from or not may_fork():
        return 1
    return max(1, min(os.cpu_count() or 1, MAX_WORKERS))
