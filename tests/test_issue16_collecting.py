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


def test_threads_overlapping_restore_only_when_the_last_one_ends():
    """Two dashboard requests building at once: the first to start ends first, while the
    other is still building; only the second's end restores the default."""
    first_in, second_in, first_out, second_may_end = (threading.Event() for _ in range(4))
    seen: dict[str, tuple[int, int, int]] = {}

    def first() -> None:
        with fewer_collections():
            first_in.set()
            second_in.wait(10)
        first_out.set()

    def second() -> None:
        first_in.wait(10)
        with fewer_collections():
            second_in.set()
            second_may_end.wait(10)
            seen["inside after the first ended"] = gc.get_threshold()

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    first_out.wait(10)
    seen["while the second builds"] = gc.get_threshold()
    second_may_end.set()
    for thread in threads:
        thread.join(10)
    assert seen["while the second builds"][0] == THRESHOLD
    assert seen["inside after the first ended"][0] == THRESHOLD
    assert collecting._depth == 0
    assert gc.get_threshold() == (700, 10, 10)
    assert gc.get_freeze_count() == 0


def test_a_setting_left_behind_by_an_interrupt_is_not_taken_for_the_default(monkeypatch):
    """Ctrl-C between setting and counting (in a process that lives on, e.g. a notebook)
    leaves our threshold with nobody inside: the next use restores the real default."""
    monkeypatch.setattr(collecting, "_DEFAULT", (700, 10, 10))
    gc.set_threshold(THRESHOLD, 10, 10)
    with fewer_collections():
        pass
    assert gc.get_threshold() == (700, 10, 10)


def test_reading_integrating_and_writing_run_with_fewer_collections(tmp_path, monkeypatch):
    from chronology import integrate as integrate_module
    from chronology import pipeline

    seen: dict[str, int] = {}
    real_read = pipeline.read_chronology

    def read(*args, **kwargs):
        seen["read"] = gc.get_threshold()[0]
        return real_read(*args, **kwargs)

    def classifier(text, agency="", event_type=""):
        seen["integrate"] = gc.get_threshold()[0]
        return integrate_module.classify(text, agency=agency, event_type=event_type)

    def write_others(run, out, formats):
        seen["write"] = gc.get_threshold()[0]

    monkeypatch.setattr(pipeline, "read_chronology", read)
    monkeypatch.setattr(pipeline, "_write_others", write_others)
    source = tmp_path / "Police.csv"
    source.write_text("Date,Event\n01/02/2023,Home visit by police\n", encoding="utf-8")
    results = pipeline.read_all([source])
    events = [event for result in results for event in result.events]
    integration = integrate_module.integrate(events, classifier=classifier)
    run = pipeline.MergeRun(results, integration)
    pipeline.write_outputs(run, tmp_path / "out", ["csv"])
    assert seen == {"read": THRESHOLD, "integrate": THRESHOLD, "write": THRESHOLD}
    assert gc.get_threshold() == (700, 10, 10)


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
