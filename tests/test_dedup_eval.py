"""Deduplication quality floors on cases it has never seen (sample_data/hard_cases.py).

Pairwise precision first (a false merge hides an event from the panel), then recall on same-day
pairs, and blocking pair completeness (true pairs that reach scoring). Pairs whose two rows carry
different dates (day/month swapped, a one-day typo, only a month) are hard positives the tool is
only expected to list as possible duplicates: they are left out of the recall and completeness
floors and reported in the assertion messages. `python bench/dedup_eval.py` lists the failures.
"""

from __future__ import annotations

import importlib.util
import sys
from collections import defaultdict
from itertools import combinations
from pathlib import Path
from types import ModuleType

import pytest

from chronology.dedup import candidate_pairs, cluster, prepare, source_key
from chronology.schema import Event

ROOT = Path(__file__).resolve().parents[1]
PRECISION_FLOOR = 0.95
RECALL_FLOOR = 0.85
COMPLETENESS_FLOOR = 0.99

Pair = frozenset[int]


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "cspr_hard_cases", ROOT / "sample_data" / "hard_cases.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


HARD = _load()
CASES = HARD.hard_cases()
NAMES = [name for name, _, _ in CASES]


class Scored:
    """One case deduplicated, with its true, predicted and candidate pairs (event indices)."""

    def __init__(self, events: list[Event], truth: dict[str, str]) -> None:
        by_occ: dict[str, list[int]] = defaultdict(list)
        for index, event in enumerate(events):
            by_occ[truth[source_key(event)]].append(index)
        self.true = {frozenset(p) for g in by_occ.values() for p in combinations(g, 2)}
        self.same_day = {p for p in self.true if _same_day(*(events[i] for i in p))}
        self.noise = self.true - self.same_day
        items = prepare(events)
        clustering = cluster(items)
        self.predicted = {
            frozenset(p) for c in clustering.clusters if len(c) > 1 for p in combinations(c, 2)
        }
        self.candidates = {frozenset((a.index, b.index)) for a, b, _, _ in candidate_pairs(items)}
        self.possible = {frozenset((c.a, c.b)) for c in clustering.possible}

    def noise_report(self) -> str:
        reached = len(self.noise & self.candidates)
        listed = len((self.noise - self.predicted) & self.possible)
        return (
            f"date-noise pairs: {len(self.noise)}, reached scoring {reached}, "
            f"merged {len(self.noise & self.predicted)}, listed as possible {listed}"
        )


def _same_day(a: Event, b: Event) -> bool:
    return a.date_precision == b.date_precision == "day" and a.date == b.date


@pytest.fixture(scope="module")
def scored() -> dict[str, Scored]:
    return {name: Scored(events, truth) for name, events, truth in CASES}


# --------------------------------------------------------------------------- the generator
def test_cases_are_deterministic_and_fully_labelled() -> None:
    again = HARD.hard_cases()
    assert [(n, [e.as_row() for e in ev], t) for n, ev, t in again] == [
        (n, [e.as_row() for e in ev], t) for n, ev, t in CASES
    ]
    assert len(CASES) >= 3
    for name, events, truth in CASES:
        keys = [source_key(e) for e in events]
        assert len(set(keys)) == len(keys), name
        assert set(keys) == set(truth), name
        assert 300 <= len(events) <= 1500, (name, len(events))
        assert 6 <= len({e.agency for e in events}) <= 9, name
        years = (max(e.date for e in events) - min(e.date for e in events)).days / 365.25
        assert 2 <= years <= 5.2, (name, years)


@pytest.mark.parametrize("name", NAMES)
def test_cases_hold_hard_positives_and_date_noise(name: str, scored: dict[str, Scored]) -> None:
    case = scored[name]
    assert len(case.same_day) >= 80
    assert len(case.noise) >= 5


# --------------------------------------------------------------------------- the floors
@pytest.mark.parametrize("name", NAMES)
def test_precision_floor(name: str, scored: dict[str, Scored]) -> None:
    case = scored[name]
    correct = len(case.predicted & case.true)
    precision = correct / len(case.predicted) if case.predicted else 1.0
    assert precision >= PRECISION_FLOOR, (
        f"{name}: precision {precision:.3f} ({len(case.predicted) - correct} false pairs of "
        f"{len(case.predicted)} predicted)"
    )


@pytest.mark.parametrize("name", NAMES)
def test_recall_floor_on_same_day_pairs(name: str, scored: dict[str, Scored]) -> None:
    case = scored[name]
    found = len(case.same_day & case.predicted)
    recall = found / len(case.same_day)
    assert recall >= RECALL_FLOOR, (
        f"{name}: same-day recall {recall:.3f} ({found} of {len(case.same_day)}); "
        + case.noise_report()
    )


@pytest.mark.parametrize("name", NAMES)
def test_blocking_pair_completeness_on_same_day_pairs(name: str, scored: dict[str, Scored]) -> None:
    case = scored[name]
    reached = len(case.same_day & case.candidates)
    completeness = reached / len(case.same_day)
    assert completeness >= COMPLETENESS_FLOOR, (
        f"{name}: pair completeness {completeness:.3f} ({reached} of {len(case.same_day)}); "
        + case.noise_report()
    )
