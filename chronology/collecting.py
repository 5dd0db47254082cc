"""Fewer garbage collections while a merge builds its objects (issue 16).

CPython's cyclic collector runs a pass every 700 new container objects and a full pass each
time the long-lived objects grow by a quarter. A merge builds millions of objects that live
until it ends (rows, prepared rows, pairs, events) and makes almost no reference cycles, so
those passes find nothing and cost about a fifth of a 20,000-row merge, more at 100,000. Inside
`fewer_collections()` what already exists is frozen out of the collector's passes and the
passes come 140 times less often; cycles made inside are still collected, only later.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

# New container objects between collector passes inside: memory held by uncollected cycles
# stays bounded (a pass still comes every this many), the passes 140 times rarer than the 700
# of CPython's default.
THRESHOLD = 100_000

_lock = threading.Lock()
_depth = 0
_saved: tuple[int, int, int] | None = None
_DEFAULT = gc.get_threshold()  # what to go back to if a setting of ours is found left behind


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Nested and concurrent uses share one setting: the first in sets it, the last out
    restores what was there before. An interrupt (Ctrl-C) can still land between two of these
    steps in a process that lives on; a setting of ours left behind is then not taken for the
    one to restore."""
    global _depth, _saved
    entered = False
    try:
        with _lock:
            if _depth == 0:
                now = gc.get_threshold()
                _saved = _DEFAULT if now[0] == THRESHOLD else now
                gc.freeze()
                gc.set_threshold(THRESHOLD, *_saved[1:])
            _depth += 1
            entered = True
        yield
    finally:
        if entered:
            with _lock:
                _depth -= 1
                if _depth == 0:
                    gc.set_threshold(*(_saved or _DEFAULT))
                    gc.unfreeze()
                    _saved = None
