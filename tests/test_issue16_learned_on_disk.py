"""Issue 16, item 3: what the anonymiser learned from a case is kept on disk, signed, under a
key of exactly what it learned from, so a restart loads it instead of learning again. A loaded
anonymiser must redact every text exactly as a fresh one does (a field lost on the way would
leak names), and a file the server did not write, or one written for other texts, is never
used."""

from __future__ import annotations

import datetime as dt
import os
import pickle
import shutil
from collections.abc import Iterator
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
from tests.test_dashboard_support import Demo, start_demo

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
    family: Family, run: MergeRun, learned: Anonymiser, tmp_path: Path
) -> None:
    store = LearnedStore(tmp_path / "learned" / "review-1", SECRET)
    key = LearnedStore.key(family, run)
    fresh = Anonymiser.for_case(family, run)  # not yet used: saved as learned
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


def test_the_file_is_private_and_holds_no_redactions_made_before_saving(
    family: Family, run: MergeRun, tmp_path: Path
) -> None:
    store = LearnedStore(tmp_path / "learned" / "review-1", SECRET)
    anonymiser = Anonymiser.for_case(family, run)
    store.save(LearnedStore.key(family, run), anonymiser)
    assert store.path.stat().st_mode & 0o777 == 0o600
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
    """What an attacker who knew the key would write: unpickling it runs a command."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[Any, ...]:
        return (os.system, (f"touch {self.marker}",))


def test_a_signed_file_that_would_run_code_is_refused(tmp_path: Path) -> None:
    import hashlib
    import hmac

    marker = tmp_path / "ran"
    payload = pickle.dumps(("k", _Planted(marker), {}))
    mac = hmac.new(SECRET, MAGIC + payload, hashlib.sha256).digest()
    path = tmp_path / "review-1"
    path.write_bytes(MAGIC + mac + payload)
    assert load_learned(path, "k", SECRET) is None
    assert not marker.exists()
    # The same shape with an allowed class does load: the refusal is the class, not the MAC.
    safe = pickle.dumps(("k", _dummy_redactor(), {}))
    path.write_bytes(MAGIC + hmac.new(SECRET, MAGIC + safe, hashlib.sha256).digest() + safe)
    assert load_learned(path, "k", SECRET) is None  # not a learned redactor: refused too


def _dummy_redactor() -> object:
    return {"not": "a redactor"}


def test_saving_needs_a_secret(learned: Anonymiser, tmp_path: Path) -> None:
    assert learned.redactor is not None
    with pytest.raises(ValueError, match="secret"):
        save_learned(tmp_path / "x", "k", b"", learned.redactor, {})
    LearnedStore(tmp_path / "y", b"").save("k", learned)  # the store just keeps nothing
    assert not (tmp_path / "y").exists()


def test_redactions_made_before_saving_are_not_kept(
    family: Family, run: MergeRun, tmp_path: Path
) -> None:
    anonymiser = Anonymiser.for_case(family, run)
    anonymiser.text("Seen by Dr Quentin Arbuthnot-Vale at home")  # fills the redaction cache
    assert anonymiser.redactor is not None and anonymiser.redactor._cache
    store = LearnedStore(tmp_path / "review-1", SECRET)
    store.save("k", anonymiser)
    loaded = store.load("k", frozenset())
    assert loaded is not None and loaded.redactor is not None
    # Redactions and the name index are not kept: the index is built again on first use.
    assert loaded.redactor._cache == {} and loaded.redactor._index is None
    assert loaded.text("Seen by Dr Quentin Arbuthnot-Vale at home") == anonymiser.text(
        "Seen by Dr Quentin Arbuthnot-Vale at home"
    )


# --------------------------------------------------------------- the dashboard, restarted
@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    found = start_demo(tmp_path_factory.mktemp("issue16-learned"))
    yield found
    found.close()


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
