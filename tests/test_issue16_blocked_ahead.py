"""Issue 16: on many rows the candidate pairs are found in a forked child while this process
works out the case's context. The head start must change nothing (the same clusters, reasons,
pairs compared and possible pairs), and a child that dies or fails only means the pairs are
found here."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import chronology.dedup as dedup
from chronology.blocking import Candidates
from chronology.dedup import Clustering, cluster, prepare
from chronology.pipeline import read_all
from chronology.schema import Event

DEMO = Path(__file__).resolve().parent.parent / "sample_data" / "demo_case"


@pytest.fixture(scope="module")
def events() -> list[Event]:
    paths = sorted(p for p in DEMO.iterdir() if "_chronology" in p.name)
    return [e for result in read_all(paths) for e in result.events]


def _summary(found: Clustering) -> tuple[object, ...]:
    return (
        found.clusters,
        found.reasons,
        found.compared,
        [(c.a, c.b, c.verdict, c.score, c.reasons) for c in found.possible],
    )


def _where_blocked(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, fail_in_child: bool) -> Path:
    """`dedup.blocked` writing the process it ran in to a file (and, if asked, failing in a
    child): the test sees where the pairs were found."""
    log = tmp_path / "blocked.log"
    real, parent = dedup.blocked, os.getpid()

    def logged(items: object) -> Candidates:
        with log.open("a") as handle:
            handle.write(f"{'here' if os.getpid() == parent else 'child'}\n")
        if fail_in_child and os.getpid() != parent:
            raise RuntimeError("no memory for the pairs")
        return real(items)  # type: ignore[arg-type]

    monkeypatch.setattr(dedup, "blocked", logged)
    return log


@pytest.mark.parametrize(
    ("fail_in_child", "where"),
    [(False, ["child"]), (True, ["child", "here"])],
    ids=["found ahead", "a child that fails costs only the head start"],
)
def test_pairs_found_ahead_give_the_same_clustering(
    events: list[Event],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    fail_in_child: bool,
    where: list[str],
) -> None:
    items = prepare(events)
    monkeypatch.setattr(dedup, "BLOCKED_AHEAD_FROM", 10**9)
    alone = _summary(cluster(items))
    assert alone[2] > 100  # the demo case has pairs enough for the comparison to mean much
    log = _where_blocked(monkeypatch, tmp_path, fail_in_child)
    monkeypatch.setattr(dedup, "BLOCKED_AHEAD_FROM", 1)
    assert _summary(cluster(items)) == alone
    assert log.read_text().split() == where  # found there (and found again here if it failed)


def test_a_failing_context_stops_the_child(
    events: list[Event], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The child would otherwise wait on a full pipe until a server process ends."""
    started: list[dedup.Ahead[Candidates]] = []
    real = dedup.Ahead.__init__

    def keeping(self: dedup.Ahead[Candidates], work: object) -> None:
        real(self, work)  # type: ignore[arg-type]
        started.append(self)

    def failing(*args: object) -> object:
        raise MemoryError("no room for the word weights")

    monkeypatch.setattr(dedup.Ahead, "__init__", keeping)
    monkeypatch.setattr(dedup, "BLOCKED_AHEAD_FROM", 1)
    monkeypatch.setattr(dedup, "context", failing)
    with pytest.raises(MemoryError):
        cluster(prepare(events))
    (ahead,) = started
    assert not ahead._process.is_alive() and ahead._process.exitcode is not None


def test_no_child_beside_other_threads(
    events: list[Event], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A dashboard learns in a thread of its own: a fork then could inherit a lock held for
    ever, so the pairs are found here."""
    log = _where_blocked(monkeypatch, tmp_path, fail_in_child=False)
    monkeypatch.setattr(dedup, "BLOCKED_AHEAD_FROM", 1)
    monkeypatch.setattr(dedup, "may_fork_alone", lambda: False)
    cluster(prepare(events))
    assert log.read_text().split() == ["here"]
