"""Issue 16, item 3: a case build returns once the case is merged and the anonymiser learns the
case's texts in a thread of its own. The normal view is served without waiting for it; an
anonymised view waits, so it never shows a name. A gate in the learning makes the order
certain; nothing is timed."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from typing import Any

import pytest

from dashboard import access
from dashboard.anonymise import Anonymiser
from dashboard.case import CaseData, load_case
from dashboard.demo import DEMO_DIR
from genogram.family import read_family
from tests.test_dashboard_support import Demo, callback_key, dash_request, demo_fixture, login

demo = demo_fixture("issue16-learning")


@pytest.fixture(autouse=True)
def _fresh(demo: Demo) -> None:
    access.configure(demo.context)  # clears the case cache
    # ... and what was learned on disk (tests/test_issue16_learned_on_disk.py), so it learns,
    # once an earlier test's learning (let go at its end) has saved what it learned.
    for thread in threading.enumerate():
        if thread.name.startswith("cspr-learn-"):
            thread.join(60)
    shutil.rmtree(demo.data_dir / "learned", ignore_errors=True)


class Gate:
    """Learning waits here until the test opens the gate (or raises `error`)."""

    def __init__(self, error: Exception | None = None) -> None:
        self.entered = threading.Event()
        self.open = threading.Event()
        self.error = error
        self.real = Anonymiser.for_case

    def __call__(self, *args: Any, **kwargs: Any) -> Anonymiser:
        self.entered.set()
        assert self.open.wait(60), "the test never opened the gate"
        if self.error is not None:
            raise self.error
        return self.real(*args, **kwargs)


@pytest.fixture()
def gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[Gate]:
    found = Gate()
    monkeypatch.setattr(Anonymiser, "for_case", staticmethod(found))
    yield found
    found.open.set()  # never leave a learning thread waiting


def load(demo: Demo) -> CaseData:
    with demo.context.sessions.begin() as session:
        return load_case(session, demo.data_dir, 1)


def family_names() -> set[str]:
    family = read_family(DEMO_DIR / "family.xlsx")
    names = {p.name for p in family.people.values() if p.name}
    assert len(names) >= 4
    return names


def timeline(demo: Demo, username: str) -> str:
    client = demo.app.server.test_client()
    login(client, username)
    body = dash_request(demo.app, callback_key(demo.app, "chr-timeline.figure"), {
        "review-id.data": 1,
        "shell-mode.data": "normal",
    })  # fmt: skip
    answer = client.post("/_dash-update-component", json=body)
    assert answer.status_code == 200, answer.get_data(as_text=True)[:300]
    return answer.get_data(as_text=True)


def test_the_normal_view_does_not_wait_for_the_anonymiser(demo: Demo, gate: Gate) -> None:
    built = load(demo)
    assert gate.entered.wait(60)
    shown = timeline(demo, "lead")
    # Answered while learning is held at the gate, with the case's real text in it.
    assert not built.learning.done()
    assert any(name in shown for name in family_names())


def test_an_anonymised_view_waits_for_the_anonymiser_and_names_nobody(
    demo: Demo, gate: Gate
) -> None:
    load(demo)
    assert gate.entered.wait(60)
    answers: list[str] = []
    panel = threading.Thread(target=lambda: answers.append(timeline(demo, "panel")))
    panel.start()
    panel.join(1.0)
    assert panel.is_alive() and not answers, "an anonymised view was served before learning"
    gate.open.set()
    panel.join(60)
    (shown,) = answers
    assert "Child A" in shown
    leaked = {name for name in family_names() if name in shown}
    assert not leaked, leaked
    for name in family_names():
        for part in name.split():
            if len(part) > 3:
                assert part not in shown, part


def test_learning_that_fails_fails_the_anonymised_view_only(
    demo: Demo, monkeypatch: pytest.MonkeyPatch
) -> None:
    failing = Gate(RuntimeError("learning failed"))
    failing.open.set()
    monkeypatch.setattr(Anonymiser, "for_case", staticmethod(failing))
    built = load(demo)
    assert len(built.events) > 50
    with pytest.raises(RuntimeError, match="learning failed"):
        built.anonymiser  # noqa: B018


def test_preparing_before_the_server_forks_waits_for_learning(demo: Demo, gate: Gate) -> None:
    # A thread does not survive a fork: `cspr serve` prepares its cases before forking.
    built = load(demo)
    done = threading.Event()
    worker = threading.Thread(target=lambda: (built.prepare_anonymised(), done.set()))
    worker.start()
    assert gate.entered.wait(60)
    assert not done.is_set() and not built.learning.done()
    gate.open.set()
    worker.join(60)
    assert done.is_set() and built.learning.done()
    assert built.anonymiser.pseudonyms
