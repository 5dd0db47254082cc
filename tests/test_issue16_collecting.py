"""Fewer garbage collections during a merge (issue 16): the collector's setting is restored
however the work ends, nested and concurrent uses share it, and cycles made inside are still
collected."""

from __future__ import annotations

import gc
import threading
import weakref

import pytest

from chronology import collecting
from chronology.collecting import THRESHOLD, fewer_collections


@pytest.fixture(autouse=True)
def _default_collector():
    before = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    yield
    gc.set_threshold(*before)


def test_inside_the_passes_are_rarer_and_what_existed_is_frozen_then_restored():
    kept = [[] for _ in range(1000)]  # container objects that exist before
    with fewer_collections():
        assert gc.get_threshold() == (THRESHOLD, 10, 10)
        assert gc.get_freeze_count() >= len(kept)
    assert gc.get_threshold() == (700, 10, 10)
    assert gc.get_freeze_count() == 0


def test_restored_when_the_work_raises():
    with pytest.raises(ValueError), fewer_collections():
        raise ValueError("a broken file")
    assert gc.get_threshold() == (700, 10, 10)
    assert gc.get_freeze_count() == 0


def test_nested_uses_restore_only_when_the_outermost_ends():
    with fewer_collections():
        with fewer_collections():
            assert gc.get_threshold()[0] == THRESHOLD
        assert gc.get_threshold()[0] == THRESHOLD  # the inner end must not restore
    assert gc.get_threshold() == (700, 10, 10)


def test_as_a_decorator_around_a_function():
    @fewer_collections()
    def work() -> int:
        return gc.get_threshold()[0]

    assert work() == THRESHOLD
    assert gc.get_threshold() == (700, 10, 10)


def test_threads_overlapping_leave_the_setting_as_it_was():
    """Two dashboard requests building at once: whichever ends last restores the default."""
    entered, release = threading.Barrier(2), threading.Event()

    def build() -> None:
        with fewer_collections():
            entered.wait(timeout=10)
            release.wait(timeout=10)

    first = threading.Thread(target=build)
    second = threading.Thread(target=build)
    first.start()
    second.start()
    release.set()
    first.join(10)
    second.join(10)
    assert collecting._depth == 0
    assert gc.get_threshold() == (700, 10, 10)
    assert gc.get_freeze_count() == 0


def test_a_cycle_made_inside_is_still_collected():
    class Node:
        other: object = None

    with fewer_collections():
        a, b = Node(), Node()
        a.other, b.other = b, a
        gone = weakref.ref(a)
        del a, b
        made = [[] for _ in range(3 * THRESHOLD)]  # no explicit collect: the passes still come
        assert gone() is None
        del made
