"""Issue 16: a large case's texts are learned by a helper process beside the merge
(`dashboard.learn_apart`). What the helper learned must redact every text exactly as learning
here does (a field lost on the way would leak names); what it sends is kept for a restart like
a learning of our own; and a helper that is busy, gone or running other code only means the
case is learned here, as before."""

from __future__ import annotations

import os
import pickle
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from anonymise.apply import run_texts
from chronology.pipeline import MergeRun, merge, read_all
from dashboard import access, learn_apart
from dashboard import case as case_module
from dashboard.anonymise import Anonymiser
from dashboard.case import clear_cache
from dashboard.demo import DEMO_DIR, demo_chronologies
from genogram.family import Family, read_family
from tests.test_dashboard_support import Demo, demo_fixture
from tests.test_issue16_learned_on_disk import load


@pytest.fixture(scope="module")
def family() -> Family:
    return read_family(DEMO_DIR / "family.xlsx")


@pytest.fixture(scope="module")
def run() -> MergeRun:
    return merge(read_all(demo_chronologies()))


@pytest.fixture(autouse=True)
def helper() -> Iterator[None]:
    learn_apart.start()
    yield
    assert learn_apart._lock.acquire(timeout=60)  # every answer taken or dropped
    learn_apart._lock.release()


def _apart(family: Family, run: MergeRun) -> tuple[Any, dict[str, str], bytes] | None:
    sent = learn_apart.learn_apart(family, run.results, run.notes)
    assert sent is not None
    return sent.result()


def test_what_the_helper_learned_redacts_every_text_as_learning_here(
    family: Family, run: MergeRun
) -> None:
    found = _apart(family, run)
    assert found is not None
    redactor, pseudonyms, state = found
    here = Anonymiser.for_case(family, run)
    apart = Anonymiser(dict(pseudonyms), redactor)
    assert pseudonyms == here.pseudonyms
    assert here.redactor is not None
    assert redactor.register.to_json() == here.redactor.register.to_json()
    texts = [(t, c) for t, c in run_texts(run) if t and t.strip()]
    assert len(texts) > 500
    assert [apart.text(t, c) for t, c in texts] == [here.text(t, c) for t, c in texts]
    names = {p.name for p in family.people.values() if p.name}
    shown = "\n".join(apart.text(t, c) for t, c in texts)
    assert "Child A" in shown and not {n for n in names if n in shown}
    assert state  # what a restart would load


def test_a_busy_or_gone_helper_means_learning_here(family: Family, run: MergeRun) -> None:
    first = learn_apart.learn_apart(family, run.results, run.notes)
    assert first is not None
    assert learn_apart.learn_apart(family, run.results, run.notes) is None  # busy: one at a time
    assert first.result() is not None
    helper = learn_apart._running()
    assert helper is not None
    sent = learn_apart.learn_apart(family, run.results, run.notes)
    assert sent is not None
    helper.kill()
    assert sent.result() is None  # gone: no answer, and the lock is free again
    again = _apart(family, run)  # a new helper is started for the next case
    assert again is not None and learn_apart._running() is not helper


def test_a_helper_running_other_code_is_not_used(
    family: Family, run: MergeRun, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(learn_apart, "FINGERPRINT", "changed since the helper started")
    assert _apart(family, run) is None


# ------------------------------------------------------------------ in the dashboard's builds
demo = demo_fixture("issue16-learn-apart")


def test_a_build_uses_the_helper_and_keeps_its_learning_for_a_restart(
    demo: Demo, family: Family, monkeypatch: pytest.MonkeyPatch
) -> None:
    access.configure(demo.context)
    shutil.rmtree(demo.data_dir / "learned", ignore_errors=True)
    clear_cache()
    reference = load(demo).anonymiser  # the demo case is small: learned here
    texts = [e.event_text for e in load(demo).events]

    learnings: list[int] = []
    real = Anonymiser.for_case.__func__  # type: ignore[attr-defined]

    def counting(cls: type[Anonymiser], *args: Any, **kwargs: Any) -> Anonymiser:
        learnings.append(1)
        return real(cls, *args, **kwargs)  # type: ignore[no-any-return]

    monkeypatch.setattr(Anonymiser, "for_case", classmethod(counting))
    monkeypatch.setattr(learn_apart, "LEARN_APART_FROM", 1)
    shutil.rmtree(demo.data_dir / "learned")
    clear_cache()
    apart = load(demo).anonymiser
    assert learnings == []  # learned by the helper, not here
    assert [apart.text(t) for t in texts] == [reference.text(t) for t in texts]
    assert apart.agency_labels == reference.agency_labels

    # Kept as the helper sent it, so the next start loads it (a loaded redactor holds copies
    # of the shared rules: written again, they would make the file unreadable).
    sent: list[int] = []
    monkeypatch.setattr(case_module.learn_apart, "learn_apart", lambda *a: sent.append(1) or None)
    clear_cache()
    again = load(demo).anonymiser
    assert sent == [1] and learnings == []  # sent, then loaded from the data folder instead
    assert [again.text(t) for t in texts] == [reference.text(t) for t in texts]


def test_a_case_whose_helper_fails_is_learned_here(
    demo: Demo, monkeypatch: pytest.MonkeyPatch
) -> None:
    access.configure(demo.context)
    shutil.rmtree(demo.data_dir / "learned", ignore_errors=True)
    clear_cache()
    reference = load(demo).anonymiser
    texts = [e.event_text for e in load(demo).events]
    monkeypatch.setattr(learn_apart, "LEARN_APART_FROM", 1)
    monkeypatch.setattr(learn_apart, "FINGERPRINT", "other code")
    shutil.rmtree(demo.data_dir / "learned")
    clear_cache()
    here = load(demo).anonymiser
    assert [here.text(t) for t in texts] == [reference.text(t) for t in texts]


def test_a_server_master_stops_its_helper_before_forking_workers(
    family: Family, run: MergeRun
) -> None:
    """`cspr serve` with gunicorn: the workers start their own helpers; the master's, idle
    from then on, is stopped."""
    helper = learn_apart._running()
    assert helper is not None and helper.poll() is None
    learn_apart.stop()
    assert helper.poll() is not None and learn_apart._helper is None
    assert _apart(family, run) is not None  # the next case starts one again


def _fake_helper(tmp_path: Path, answer: bytes) -> None:
    """A helper that reads one request and sends `answer` (a pickled tuple), framed."""
    script = tmp_path / "fake_helper.py"
    script.write_text(
        "import sys, struct\n"
        "h = struct.Struct('>Q')\n"
        "size, = h.unpack(sys.stdin.buffer.read(h.size)); sys.stdin.buffer.read(size)\n"
        f"answer = {answer!r}\n"
        "sys.stdout.buffer.write(h.pack(len(answer)) + answer); sys.stdout.buffer.flush()\n"
        "sys.stdin.buffer.read()\n"
    )
    learn_apart.stop()
    learn_apart._helper = subprocess.Popen(
        [sys.executable, str(script)], stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )
    learn_apart._owner = os.getpid()


def test_an_answer_to_another_request_is_never_taken(
    family: Family, run: MergeRun, tmp_path: Path
) -> None:
    """Found by a reviewer: a helper out of step (an answer left unread, stray bytes) would
    hand the next case the previous case's anonymiser, which does not know its family. Each
    answer must repeat its request's number used once; any other stops the helper."""
    found = _apart(family, run)
    assert found is not None
    someone_elses = pickle.dumps((b"another request", learn_apart.FINGERPRINT, found[2]))
    _fake_helper(tmp_path, someone_elses)
    fake = learn_apart._helper
    assert fake is not None
    assert _apart(family, run) is None
    assert fake.poll() is not None  # stopped: the next case starts a new helper
    _fake_helper(tmp_path, b"not a pickle at all")
    assert _apart(family, run) is None
    assert _apart(family, run) is not None  # a new, real helper


def test_a_helper_that_cannot_start_leaves_nothing_held(
    family: Family, run: MergeRun, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Found by a reviewer: an error other than OSError while starting the helper left the
    lock held for good (and stop() waiting for ever)."""
    learn_apart.stop()

    def broken(*args: object, **kwargs: object) -> None:
        raise TypeError("expected str, bytes or os.PathLike object, not int")

    monkeypatch.setattr(learn_apart.subprocess, "Popen", broken)
    learn_apart.start()  # never fails: cases are then learned in their threads
    assert learn_apart.learn_apart(family, run.results, run.notes) is None
    assert not learn_apart._lock.locked()
