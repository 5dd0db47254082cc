"""Issue 16, item 3: what the anonymiser learned from a case is kept on disk, signed, under a
key of exactly what it learned from, so a restart loads it instead of learning again. A loaded
anonymiser must redact every text exactly as a fresh one does (a field lost on the way would
leak names), and a file the server did not write, or one written for other texts, is never
used."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import os
import pickle
import shutil
from pathlib import Path
from typing import Any

import pytest

from anonymise.apply import run_texts
from anonymise.learned import MAGIC, learned_key, load_learned, save_learned
from anonymise.register import register_from_family
from chronology.pipeline import MergeRun, merge, read_all
from dashboard import access
from dashboard.anonymise import Anonymiser, LearnedStore
from dashboard.case import CaseData, clear_cache, load_case
from dashboard.demo import DEMO_DIR, demo_chronologies
from genogram.family import Family, read_family
from tests.test_dashboard_support import Demo, demo_fixture

SECRET = b"s" * 32


@pytest.fixture(scope="module")
def family() -> Family:
    return read_family(DEMO_DIR / "family.xlsx")


@pytest.fixture(scope="module")
def run() -> MergeRun:
    return merge(read_all(demo_chronologies()))


@pytest.fixture(scope="module")
def learned(family: Family, run: MergeRun) -> Anonymiser:
    return Anonymiser.for_case(family, run)


def family_names(family: Family) -> set[str]:
    names = {p.name for p in family.people.values() if p.name}
    assert len(names) >= 4
    return names


def test_a_loaded_anonymiser_redacts_every_text_as_a_fresh_one(
    family: Family, run: MergeRun, tmp_path: Path
) -> None:
    store = LearnedStore(tmp_path / "learned" / "review-1", SECRET)
    key = LearnedStore.key(family, run)
    fresh = Anonymiser.for_case(family, run)  # not yet used: saved as learned
    learned = Anonymiser.for_case(family, run)  # the reference, learned the same way
    store.save(key, fresh)
    loaded = store.load(key, frozenset({"file"}))
    assert loaded is not None and loaded.redactor is not fresh.redactor
    assert loaded.learned == frozenset({"file"})
    assert loaded.pseudonyms == learned.pseudonyms
    assert loaded.redactor is not None and learned.redactor is not None
    assert loaded.redactor.register.to_json() == learned.redactor.register.to_json()
    texts = [(t, c) for t, c in run_texts(run) if t and t.strip()]
    assert len(texts) > 500
    differ = [t for t, c in texts if loaded.text(t, c) != learned.text(t, c)]
    assert differ == []
    # ... and that redaction hides the family: no full name of the workbook is left.
    shown = "\n".join(loaded.text(t, c) for t, c in texts)
    assert "Child A" in shown
    assert not {name for name in family_names(family) if name in shown}


def test_the_file_and_its_folder_are_private(family: Family, run: MergeRun, tmp_path: Path) -> None:
    store = LearnedStore(tmp_path / "learned" / "review-1", SECRET)
    anonymiser = Anonymiser.for_case(family, run)
    store.save(LearnedStore.key(family, run), anonymiser)
    assert store.path.stat().st_mode & 0o777 == 0o600
    assert store.path.parent.stat().st_mode & 0o777 == 0o700
    assert [p.name for p in store.path.parent.iterdir()] == ["review-1"]  # no temporary file
    assert store.path.read_bytes().startswith(MAGIC)
    store.forget()
    assert not store.path.exists()


def test_the_key_changes_with_any_text_the_register_or_the_day(family: Family) -> None:
    register = register_from_family(family)
    texts = [("Home visit by SW Amy Clarke", None), ("Seen at Westmoor Primary", None)]
    from anonymise.redact import Ctx

    items = [(t, Ctx(agency="Police")) for t, _ in texts]
    today = dt.date(2026, 12, 7)
    key = learned_key(register, items, "month", today)
    assert key == learned_key(register_from_family(family), list(items), "month", today)
    one_word = [(items[0][0].replace("Amy", "Ann"), items[0][1]), items[1]]
    assert learned_key(register, one_word, "month", today) != key
    other_agency = [(items[0][0], Ctx(agency="Health")), items[1]]
    assert learned_key(register, other_agency, "month", today) != key
    assert learned_key(register, items[:1], "month", today) != key
    assert learned_key(register, items, "month", today + dt.timedelta(days=1)) != key
    assert learned_key(register, items, "age", today) != key
    renamed = register_from_family(family)
    renamed.entries[0].names.append("Another Alias")
    assert learned_key(renamed, items, "month", today) != key


def test_a_state_saved_for_other_texts_or_under_another_secret_is_not_used(
    family: Family, run: MergeRun, learned: Anonymiser, tmp_path: Path
) -> None:
    store = LearnedStore(tmp_path / "review-1", SECRET)
    key = LearnedStore.key(family, run)
    store.save(key, Anonymiser.for_case(family, run))
    assert store.load(key, frozenset()) is not None
    assert store.load("0" * 64, frozenset()) is None
    assert LearnedStore(store.path, b"t" * 32).load(key, frozenset()) is None
    assert LearnedStore(tmp_path / "none", SECRET).load(key, frozenset()) is None


def test_a_changed_byte_makes_the_file_ignored(
    family: Family, run: MergeRun, tmp_path: Path
) -> None:
    store = LearnedStore(tmp_path / "review-1", SECRET)
    key = LearnedStore.key(family, run)
    store.save(key, Anonymiser.for_case(family, run))
    data = bytearray(store.path.read_bytes())
    for where in (5, len(MAGIC) + 3, len(data) // 2, len(data) - 1):
        changed = bytearray(data)
        changed[where] ^= 0x01
        store.path.write_bytes(bytes(changed))
        assert store.load(key, frozenset()) is None, where
    store.path.write_bytes(bytes(data[: len(data) // 2]))
    assert store.load(key, frozenset()) is None


class _Planted:
    """What an attacker who knew the secret would write: unpickling it runs a command."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[Any, ...]:
        return (os.system, (f"touch {self.marker}",))


KEY = "a" * 64


def signed(path: Path, payload: bytes, key: str = KEY) -> None:
    """A file as `save_learned` lays it out, signed with SECRET, around any pickle."""
    body = key.encode() + payload
    path.write_bytes(MAGIC + hmac.new(SECRET, MAGIC + body, hashlib.sha256).digest() + body)


def test_a_signed_file_that_would_run_code_is_refused(
    family: Family, run: MergeRun, tmp_path: Path
) -> None:
    path = tmp_path / "review-1"
    # The layout is right: a genuine state written by `save_learned` loads, and so does the
    # same pickle put back by `signed` ...
    anonymiser = Anonymiser.for_case(family, run)
    assert anonymiser.redactor is not None
    save_learned(path, KEY, SECRET, anonymiser.redactor, {"p1": "Child A"})
    assert load_learned(path, KEY, SECRET) is not None
    genuine = path.read_bytes()[len(MAGIC) + 32 + 64 :]
    signed(path, genuine)
    assert load_learned(path, KEY, SECRET) is not None
    # ... and one that would run a command is refused, the command not run.
    marker = tmp_path / "ran"
    signed(path, pickle.dumps((_Planted(marker), {})))
    assert load_learned(path, KEY, SECRET) is None
    assert not marker.exists()
    signed(path, pickle.dumps(({"not": "a redactor"}, {})))
    assert load_learned(path, KEY, SECRET) is None
    # A file signed for another key is not even unpickled.
    signed(path, pickle.dumps((_Planted(marker), {})), key="b" * 64)
    assert load_learned(path, KEY, SECRET) is None and not marker.exists()


def test_a_signed_file_cannot_change_the_classes_or_the_shared_rules(tmp_path: Path) -> None:
    from anonymise.register import Register
    from anonymise.rules import load_rules

    path = tmp_path / "review-1"
    roles = load_rules().roles
    # pickle's BUILD on an allowed class (setattr on the class itself) ...
    signed(path, b"canonymise.register\nRegister\n(N}S'secrets'\nI1\nstb.")
    assert load_learned(path, KEY, SECRET) is None
    assert callable(Register.secrets) and not hasattr(Register, "poisoned")
    signed(path, b"canonymise.register\nRegister\n(N}S'poisoned'\nI1\nstb.")
    assert load_learned(path, KEY, SECRET) is None
    assert not hasattr(Register, "poisoned")
    # ... and on the shared rules, which a load gets a copy of.
    signed(path, b"Prules\n}S'roles'\n)sb.")
    assert load_learned(path, KEY, SECRET) is None
    assert load_rules().roles is roles and len(roles) > 5


def test_saving_needs_a_secret(learned: Anonymiser, tmp_path: Path) -> None:
    assert learned.redactor is not None
    with pytest.raises(ValueError, match="secret"):
        save_learned(tmp_path / "x", KEY, b"", learned.redactor, {})
    LearnedStore(tmp_path / "y", b"").save(KEY, learned)  # the store just keeps nothing
    assert not (tmp_path / "y").exists()


def test_the_redaction_cache_and_name_index_are_not_kept(
    family: Family, run: MergeRun, tmp_path: Path
) -> None:
    anonymiser = Anonymiser.for_case(family, run)
    sentence = "Seen by Dr Quentin Arbuthnot-Vale at home"
    anonymiser.text(sentence)  # fills the redaction cache, builds the name index
    assert anonymiser.redactor is not None and anonymiser.redactor._cache
    assert anonymiser.redactor._index is not None
    store = LearnedStore(tmp_path / "review-1", SECRET)
    store.save(KEY, anonymiser)
    loaded = store.load(KEY, frozenset())
    assert loaded is not None and loaded.redactor is not None
    assert loaded.redactor._cache == {} and loaded.redactor._index is None
    assert "Arbuthnot" not in loaded.text(sentence)


def test_a_state_is_not_kept_once_a_source_is_gone_or_a_newer_build_began(
    family: Family, run: MergeRun, tmp_path: Path
) -> None:
    upload = tmp_path / "police.csv"
    upload.write_text("x")
    latest = [True]
    store = LearnedStore(tmp_path / "learned" / "review-1", SECRET, (upload,), lambda: latest[0])
    anonymiser = Anonymiser.for_case(family, run)
    store.save(KEY, anonymiser)
    assert store.path.exists()
    store.forget()
    latest[0] = False  # a newer build of the review has begun
    store.save(KEY, anonymiser)
    assert not store.path.exists()
    latest[0] = True
    upload.unlink()  # withdrawn, here or in another worker
    store.save(KEY, anonymiser)
    assert not store.path.exists()


# --------------------------------------------------------------- the dashboard, restarted
demo = demo_fixture("issue16-learned")


def load(demo: Demo) -> CaseData:
    with demo.context.sessions.begin() as session:
        return load_case(session, demo.data_dir, 1)


def test_a_restarted_dashboard_loads_what_it_learned_instead_of_learning(
    demo: Demo, family: Family, monkeypatch: pytest.MonkeyPatch
) -> None:
    access.configure(demo.context)
    shutil.rmtree(demo.data_dir / "learned", ignore_errors=True)
    first = load(demo).anonymiser
    saved = demo.data_dir / "learned" / "review-1"
    assert saved.exists()
    sentence = "Mother said Child A had been seen by the GP"
    texts = [e.event_text for e in load(demo).events[:40]]

    learnings: list[int] = []
    real = Anonymiser.for_case.__func__  # type: ignore[attr-defined]

    def counting(cls: type[Anonymiser], *args: Any, **kwargs: Any) -> Anonymiser:
        learnings.append(1)
        return real(cls, *args, **kwargs)  # type: ignore[no-any-return]

    monkeypatch.setattr(Anonymiser, "for_case", classmethod(counting))
    clear_cache()  # as a restart: nothing in memory
    again = load(demo).anonymiser
    assert learnings == []
    assert again is not first
    assert [again.text(t) for t in texts] == [first.text(t) for t in texts]
    assert again.text(sentence) == first.text(sentence)
    assert not {n for n in family_names(family) if any(n in again.text(t) for t in texts)}

    # Another secret key (another server's file, or a replaced key): learned again.
    monkeypatch.setattr(demo.context, "secret_key", b"o" * 32)
    clear_cache()
    load(demo).anonymiser  # noqa: B018
    assert learnings == [1]


def test_an_incremental_learning_is_not_kept_and_a_withdrawal_removes_the_state(
    demo: Demo,
) -> None:
    from reviews import service
    from reviews.casefiles import CaseFile, delete_stored_file, set_file_status, store_file
    from tests.test_issue11_serve_single_flight import EXTRA_CSV

    access.configure(demo.context)
    shutil.rmtree(demo.data_dir / "learned", ignore_errors=True)
    load(demo).anonymiser  # noqa: B018 (learned from scratch, and kept)
    saved = demo.data_dir / "learned" / "review-1"
    kept = saved.read_bytes()
    with demo.context.sessions.begin() as session:
        review = service.get_review(session, "CSPR-2021-03")
        entry = store_file(session, demo.data_dir, review, "Extra.csv", EXTRA_CSV, by="lead")
        set_file_status(session, entry, "confirmed", by="lead")
    after = load(demo)
    assert after.anonymiser.learned and len(after.run.results) >= 2  # learned incrementally
    # An incremental learning can differ from a fresh one: the file still holds the fresh one.
    assert saved.read_bytes() == kept
    with demo.context.sessions.begin() as session:
        entry = session.query(CaseFile).filter_by(filename="Extra.csv").one()
        set_file_status(session, entry, "withdrawn", by="lead")
        delete_stored_file(session, demo.data_dir, entry)
        assert saved.exists()  # not before the withdrawal commits
    assert not saved.exists()
