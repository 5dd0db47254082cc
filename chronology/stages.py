"""Where a merge spends its time, stage by stage, for `bench/merge.py --profile`.

Off unless `recording()` is active, so the pipeline pays one `None` check per stage."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager

_times: dict[str, float] | None = None


@contextmanager
def stage(name: str) -> Iterator[None]:
    if _times is None:
        yield
        return
    started = time.perf_counter()
    try:
        yield
    finally:
        _times[name] = _times.get(name, 0.0) + time.perf_counter() - started


@contextmanager
def recording() -> Iterator[dict[str, float]]:
    """Seconds per stage of whatever runs inside (nested stages count in both)."""
    global _times
    outer, _times = _times, {}
    try:
        yield _times
    finally:
        _times = outer


def profiling() -> bool:
    """True inside `recording()`: work normally forked off is kept in-process to be timed."""
    return _times is not None
