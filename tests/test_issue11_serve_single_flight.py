"""Issue 11, item 6: one case rebuild per change, readers never blocked, and the anonymiser
learning only the added file's texts. Threads and a gate in the builder make the overlap
certain; builds are counted, nothing is timed."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from dashboard import access, case
from dashboard.anonymise import Anonymiser, LearnedStore
from dashboard.case import load_case, only_added, served_previous
from reviews import service
from reviews.casefiles import CaseFile, set_file_status, store_file
from tests.test_dashboard_support import Demo, demo_fixture

EXTRA_CSV = (
    b"Date,Type,Entry\n"
    b'02/06/2020,Home visit,"Visit by social worker Rhona Kettleworth; Kayden seen."\n'
    b'03/06/2020,Phone call,"Call to Westmoor Primary School about attendance."\n'
)


demo = demo_fixture("issue11-single-flight")


@pytest.fixture(autouse=True)
def _fresh(demo: Demo) -> None:
    access.configure(demo.context)  # clears the case cache


class GatedBuilder:
    """Counts builds; each build waits at the gate until the test opens it."""

    def __init__(self) -> None:
        self.builds = 0
        self.entered = threading.Event()
        self.gate = threading.Event()
        self.real = case.build_case

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        self.builds += 1
        self.entered.set()
        assert self.gate.wait(60), "the test never opened the gate"
        return self.real(*args, **kwargs)


def load(demo: Demo, review_id: int = 1) -> case.CaseData:
    with demo.context.sessions.begin() as session:
        return load_case(session, demo.data_dir, review_id)


def add_file(demo: Demo, name: str, data: bytes = EXTRA_CSV) -> int:
    with demo.context.sessions.begin() as session:
        review = service.get_review(session, "CSPR-2021-03")
        entry = store_file(session, demo.data_dir, review, name, data, by="lead", agency="Health")
        set_file_status(session, entry, "confirmed", by="lead")
        return entry.id


def run_threads(count: int, target: Any) -> tuple[list[threading.Thread], list[Any]]:
    results: list[Any] = []
    lock = threading.Lock()

    def work() -> None:
        found = target()
        with lock:
            results.append(found)

    threads = [threading.Thread(target=work) for _ in range(count)]
    for thread in threads:
        thread.start()
    return threads, results


def test_one_build_after_a_file_is_added_and_readers_get_the_previous_build(
    demo: Demo, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = load(demo)
    gated = GatedBuilder()
    monkeypatch.setattr(case, "builder", gated)
    add_file(demo, "Health_extra_1.csv")
    leader, built = run_threads(1, lambda: load(demo))
    assert gated.entered.wait(60)
    # Twelve requests while the one build waits at the gate: all answered, none built.
    readers, served = run_threads(12, lambda: (load(demo), served_previous()))
    for thread in readers:
        thread.join(60)
    assert not any(t.is_alive() for t in readers), "a reader was blocked by the rebuild"
    assert len(served) == 12
    assert all(found is before and stale for found, stale in served)
    gated.gate.set()
    leader[0].join(60)
    assert gated.builds == 1
    (after,) = built
    assert after is not before and after.key != before.key
    assert len(after.events) > len(before.events)
    # Everyone now gets the new build, without building again.
    threads, again = run_threads(8, lambda: load(demo))
    for thread in threads:
        thread.join(60)
    assert all(found is after for found in again) and gated.builds == 1
    assert not served_previous()


def test_first_load_is_built_once_for_many_waiting_requests(
    demo: Demo, monkeypatch: pytest.MonkeyPatch
) -> None:
    gated = GatedBuilder()
    monkeypatch.setattr(case, "builder", gated)
    first, results = run_threads(1, lambda: load(demo))
    assert gated.entered.wait(60)
    others, more = run_threads(10, lambda: load(demo))
    gated.gate.set()
    for thread in [*first, *others]:
        thread.join(60)
    assert gated.builds == 1
    assert len({id(found) for found in [*results, *more]}) == 1


def test_a_failed_build_is_reported_to_everyone_waiting_and_tried_again(
    demo: Demo, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = {"n": 0}
    real = case.build_case

    def failing(*args: Any, **kwargs: Any) -> Any:
        calls["n"] += 1
        if calls["n"] == 1:
            raise RuntimeError("disk gone")
        return real(*args, **kwargs)

    monkeypatch.setattr(case, "builder", failing)
    with pytest.raises(RuntimeError):
        load(demo)
    assert load(demo).events and calls["n"] == 2


def test_the_previous_build_is_served_only_when_the_change_adds() -> None:
    police = (1, "a" * 64, "", "Police", "chronology")
    health = (2, "b" * 64, "", "Health", "chronology")
    family = (3, "c" * 64, "", "", "family")
    family_2 = (4, "d" * 64, "", "", "family")
    assert only_added(((police,), ()), ((police, health), ()))  # a file added
    assert only_added(((police,), (1,)), ((police,), (1, 2)))  # a decision made
    assert only_added(((police,), (1, 2)), ((police,), (1,)))  # a decision withdrawn
    assert only_added(((police,), ()), ((police, family), ()))  # the first family workbook
    assert not only_added(((police, health), ()), ((police,), ()))  # a file withdrawn
    remapped = (1, "a" * 64, '{"columns": {}}', "Police", "chronology")
    assert not only_added(((police,), ()), ((remapped,), ()))  # a mapping changed
    assert not only_added(((police, family), ()), ((police, family, family_2), ()))


def test_adding_a_file_learns_only_that_file(demo: Demo, monkeypatch: pytest.MonkeyPatch) -> None:
    before = load(demo)
    before.anonymiser  # noqa: B018 (its learning is over before the counting starts)
    learned: list[int] = []
    real = Anonymiser.learn_more

    def counting(self: Anonymiser, results: Any, notes: Any, keys: Any) -> Anonymiser:
        learned.append(sum(len(r.events) for r in results))
        return real(self, results, notes, keys)

    full: list[int] = []
    real_full = Anonymiser.for_case.__func__  # type: ignore[attr-defined]

    def counting_full(cls: type[Anonymiser], *args: Any, **kwargs: Any) -> Anonymiser:
        full.append(1)
        return real_full(cls, *args, **kwargs)  # type: ignore[no-any-return]

    monkeypatch.setattr(Anonymiser, "learn_more", counting)
    monkeypatch.setattr(Anonymiser, "for_case", classmethod(counting_full))
    add_file(demo, "Health_extra_2.csv")
    after = load(demo)
    assert after.anonymiser is not before.anonymiser  # waits for the learning thread
    assert learned == [2] and full == []  # the new file's two rows, not the whole case
    text = "Visit by social worker Rhona Kettleworth"
    assert "Kettleworth" not in after.anonymiser.text(text)
    assert "Westmoor" not in after.anonymiser.text("Call to Westmoor Primary School")
    # The previous build's anonymiser is untouched (it was copied, not changed).
    assert "Kettleworth" not in before.anonymiser.redactor.register.secrets()  # type: ignore[union-attr]
    # A withdrawn file means learning from scratch (its names leave the register), or loading
    # what a learning from scratch of exactly the remaining files kept (tests/test_issue16_
    # learned_on_disk.py), never the incremental anonymiser that learned the withdrawn file.
    loaded: list[int] = []
    real_load = LearnedStore.load

    def counting_load(self: LearnedStore, *args: Any) -> Anonymiser | None:
        found = real_load(self, *args)
        loaded.extend([1] if found is not None else [])
        return found

    monkeypatch.setattr(LearnedStore, "load", counting_load)
    with demo.context.sessions.begin() as session:
        entry = session.query(CaseFile).filter_by(filename="Health_extra_2.csv").one()
        set_file_status(session, entry, "withdrawn", by="lead")
    withdrawn = load(demo).anonymiser  # waits for the learning thread
    assert full + loaded == [1] and learned == [2]
    assert withdrawn is not after.anonymiser


def test_on_the_server_even_the_request_that_finds_a_change_is_not_blocked(
    demo: Demo, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`cspr serve` builds an addition in a background thread: every request, the first
    included, gets the previous build until the new one is in place."""
    before = load(demo)
    gated = GatedBuilder()
    monkeypatch.setattr(case, "builder", gated)
    monkeypatch.setattr(case, "background_builds", True)
    add_file(demo, "Health_extra_3.csv")
    threads, served = run_threads(10, lambda: (load(demo), served_previous()))
    for thread in threads:
        thread.join(60)
    assert not any(t.is_alive() for t in threads), "a request waited for the build"
    assert all(found is before and stale for found, stale in served)
    assert gated.entered.wait(60)
    gated.gate.set()
    case.wait_for_builds()
    after = load(demo)
    assert gated.builds == 1 and after is not before and not served_previous()


def test_serve_builds_the_latest_cases_before_forking(demo: Demo) -> None:
    from dashboard.serve import warm_cases

    assert warm_cases() >= 1
    with case._lock:
        assert 1 in case._cases


def test_the_dashboard_builds_the_latest_cases_as_it_starts(demo: Demo) -> None:
    """`cspr dashboard` (one process, threads): the cases are built in a thread while the
    server starts, so the first visit is served from the cache."""
    from dashboard.app import warm_in_background

    case.clear_cache()
    warm_in_background().join(120)
    with case._lock:
        assert 1 in case._cases
    built = case._cases[1]
    assert built.learning.done()  # its anonymiser learned (or loaded) too
    assert load(demo) is built
