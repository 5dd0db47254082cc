"""Classifying a whole merge at once (issue 16) must give each entry exactly what `classify`
gives it alone: the batch reads a repeated entry once and scores all texts in one matrix
product, and neither may change a label, a reason or a tier."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

import chronology.classify as classify_module
from chronology import forking
from chronology.classify import classify, classify_many
from chronology.integrate import integrate
from chronology.keyevent_model import load_model
from chronology.schema import Event, Provenance

DEV = Path(__file__).parent / "datasets" / "key_events_dev.csv"


def _entries() -> list[tuple[str, str, str]]:
    with DEV.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    entries = [(r["text"], r["agency"], "") for r in rows]
    # repeats, an event type read with the text, empty and blank text, a model-only label
    entries += [
        entries[0],
        ("DNA", "GP", ""),
        ("DNA", "GP", ""),
        ("DNA", "Health visiting", ""),
        ("seen at home", "Children's Social Care", "Home visit"),
        ("", "Police", ""),
        ("   ", "", "Strategy discussion"),
        ("his arm was broken", "", ""),
    ]
    return entries


def test_the_batch_gives_every_entry_what_classify_gives_it_alone() -> None:
    entries = _entries()
    assert load_model() is not None  # the packaged model is part of the comparison
    alone = [classify(t, agency=a, event_type=e) for t, a, e in entries]
    together = classify_many(entries)
    assert len(together) == len(entries)
    assert together == alone
    # the comparison covers both halves: rows the rules decide and rows only the model labels
    assert any("model, from" in c.reason for c in together)
    assert any("→" in c.reason and "model" not in c.reason for c in together)
    assert together[-3].category == "not_key_event"  # no text: the rules' "no text" answer


def test_an_empty_batch_and_a_batch_larger_than_one_product() -> None:
    assert classify_many([]) == []
    entries = [(f"Home visit number {i}; bruise to cheek seen", "CSC", "") for i in range(4100)]
    together = classify_many(entries)
    assert together[0] == classify(entries[0][0], agency="CSC")
    assert together[4099] == classify(entries[4099][0], agency="CSC")


def event(agency: str, day: str, text: str, row: int) -> Event:
    return Event(
        Provenance(f"{agency}.xlsx", "Log", row), agency, dt.date.fromisoformat(day), "day", text
    )


def test_a_merge_classifies_each_occurrence_as_classify_would() -> None:
    events = [
        event("Police", "2024-03-01", "DV incident at home, mother assaulted by partner", row=2),
        event("CSC", "2024-03-02", "ICPC held; child made subject of CP plan", row=3),
        event("GP", "2024-03-05", "DNA", row=4),
        event("Health", "2024-03-06", "DNA", row=5),
    ]
    integration = integrate(events)
    for merged in integration.events:
        texts = " ".join(
            dict.fromkeys(f"{e.event_type}. {e.event_text}".strip(". ") for e in merged.sources)
        )
        fullest = max(merged.sources, key=lambda e: (len(e.event_text), len(e.event_type)))
        expected = classify(texts, agency=fullest.agency, event_type=fullest.event_type)
        assert merged.classification == expected
    assert len(integration.events) == 4  # four occurrences, each checked above


def test_a_large_batch_shared_between_processes_gives_the_same_labels(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Large inputs are split between forked workers, one per core; the result must be each
    # entry's own classification, in the caller's order, repeats included.
    monkeypatch.setattr(classify_module, "PARALLEL_FROM", 10)
    monkeypatch.setattr(forking.os, "cpu_count", lambda: 3)
    contexts: list[str] = []
    get_context = classify_module.multiprocessing.get_context

    def spy(method: str) -> object:
        contexts.append(method)
        return get_context(method)

    monkeypatch.setattr(classify_module.multiprocessing, "get_context", spy)
    entries = _entries()
    together = classify_many(entries)
    assert contexts == ["fork"]  # the workers were used
    assert together == [classify(t, agency=a, event_type=e) for t, a, e in entries]
    assert together[-7] == together[-6]  # "DNA" at the GP twice: one answer, given twice
