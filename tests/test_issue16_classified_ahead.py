"""Issue 16: a large merge classifies its rows in a second process while it deduplicates them,
and then its merged occurrences while it puts the listed pairs' evidence into words.
The head start must change nothing: the same classification for every occurrence, entries
already classified taken as they are, and a worker that fails only means classifying later."""

from __future__ import annotations

import os
import signal
from dataclasses import replace
from pathlib import Path

import pytest

import chronology.classify as classify_module
import chronology.integrate as integrate_module
from chronology.classify import Classification, ClassifiedAhead, classify_many
from chronology.integrate import _entry, integrate
from chronology.pipeline import read_all
from chronology.schema import Event

DEMO = Path(__file__).resolve().parent.parent / "sample_data" / "demo_case"


@pytest.fixture(scope="module")
def events() -> list[Event]:
    paths = sorted(p for p in DEMO.iterdir() if "_chronology" in p.name)
    return [e for result in read_all(paths) for e in result.events]


def _summary(events: list[Event]) -> list[tuple[str, Classification, tuple[str, ...]]]:
    found = integrate(events)
    return [(e.event_id, e.classification, e.merge_reasons) for e in found.events]


def test_a_merge_with_a_head_start_is_the_same_merge(
    events: list[Event], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(integrate_module, "AHEAD_FROM", 10**9)
    without = _summary(events)
    started: list[int] = []
    real = ClassifiedAhead.__init__

    def counting(self: ClassifiedAhead, entries: object) -> None:
        started.append(1)
        real(self, entries)  # type: ignore[arg-type]

    monkeypatch.setattr(ClassifiedAhead, "__init__", counting)
    monkeypatch.setattr(integrate_module, "AHEAD_FROM", 1)
    assert _summary(events) == without
    assert started == [1, 1]  # both ran: the rows during deduplication, then the merged ones


def test_entries_classified_ahead_are_what_classify_many_gives(events: list[Event]) -> None:
    entries = [_entry([e]) for e in events[:300]]
    assert len(set(entries)) < len(entries)  # repeats too
    # Made in the child from a generator: its results come back in the entries' order.
    ahead = ClassifiedAhead(_entry([e]) for e in events[:300]).results()
    assert ahead == classify_many(entries)


def test_known_entries_are_taken_as_they_are(events: list[Event]) -> None:
    entries = [_entry([e]) for e in events[:50]]
    marker = Classification("death", ("death",), True, "planted", "critical")
    known = {entries[0]: marker}
    found = classify_many([*entries, entries[0]], known=known)
    assert found[0] is marker and found[-1] is marker
    assert found[1:-1] == classify_many(entries[1:])


def _dies(entries: object) -> list[Classification]:
    os._exit(3)


def _fails(entries: object) -> list[Classification]:
    raise RuntimeError("the model file is unreadable")


@pytest.mark.parametrize("broken", [_dies, _fails], ids=["killed", "error"])
def test_a_worker_that_dies_or_fails_costs_only_the_head_start(
    events: list[Event], monkeypatch: pytest.MonkeyPatch, broken: object
) -> None:
    monkeypatch.setattr(classify_module, "_classify_distinct", broken)
    entries = [_entry([e]) for e in events[:20]]
    assert ClassifiedAhead(entries).results() is None


def test_a_merge_that_fails_stops_the_head_start(
    events: list[Event], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The child would otherwise wait on a full pipe until the server process ends."""
    started: list[ClassifiedAhead] = []
    real = ClassifiedAhead.__init__

    def keeping(self: ClassifiedAhead, entries: object) -> None:
        real(self, entries)  # type: ignore[arg-type]
        started.append(self)

    def failing(*args: object) -> object:
        raise MemoryError("no room for the pairs")

    monkeypatch.setattr(ClassifiedAhead, "__init__", keeping)
    monkeypatch.setattr(integrate_module, "AHEAD_FROM", 1)
    monkeypatch.setattr(integrate_module, "cluster", failing)
    # Distinct texts enough that the results outgrow the pipe: the child cannot finish alone.
    many = [replace(e, event_text=f"{e.event_text} ({n})") for n in range(25) for e in events]
    with pytest.raises(MemoryError):
        integrate(many)
    (ahead,) = started
    assert not ahead._process.is_alive() and ahead._process.exitcode is not None


def test_an_interrupted_wait_stops_the_head_start(events: list[Event]) -> None:
    """Ctrl-C (or a server's time limit) while waiting for the results stops the child at once
    instead of waiting for it to finish classifying. The interrupt is raised by the wait
    itself: a timer's signal may land on one of numpy's threads and never interrupt it."""

    def interrupted() -> object:
        raise KeyboardInterrupt

    many = [replace(e, event_text=f"{e.event_text} ({n})") for n in range(100) for e in events]
    ahead = ClassifiedAhead(_entry([e]) for e in many)
    ahead._receive.recv = interrupted  # type: ignore[method-assign]
    with pytest.raises(KeyboardInterrupt):
        ahead.results()
    assert ahead._process.exitcode == -signal.SIGTERM  # stopped, not finished


KILLED_PARENT = """
import os, signal, sys
from dataclasses import replace
from pathlib import Path
from chronology.classify import ClassifiedAhead
from chronology.integrate import _entry
from chronology.pipeline import read_all
paths = sorted(p for p in Path(sys.argv[1]).iterdir() if "_chronology" in p.name)
events = [e for result in read_all(paths) for e in result.events]
many = [replace(e, event_text=f"{e.event_text} ({n})") for n in range(25) for e in events]
ahead = ClassifiedAhead(_entry([e]) for e in many)
print(ahead._process.pid, flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_a_killed_merge_does_not_leave_the_head_start_behind() -> None:
    """The merge's process killed (out of memory, a server's timeout) before it reads the
    results: the child's results have nowhere to go, and it must end rather than wait on a
    full pipe for ever."""
    import subprocess
    import sys
    import time

    done = subprocess.run(
        [sys.executable, "-c", KILLED_PARENT, str(DEMO)], capture_output=True, text=True
    )
    assert done.returncode == -signal.SIGKILL
    child = int(done.stdout.split()[0])
    for _ in range(600):  # it classifies first (a second or two), then finds no reader
        try:
            os.kill(child, 0)
        except ProcessLookupError:
            return
        time.sleep(0.1)
    os.kill(child, signal.SIGKILL)
    pytest.fail("the head start's child outlived its killed parent by a minute")
