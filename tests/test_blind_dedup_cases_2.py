"""The second blind duplicate set (sample_data/blind_dedup_cases_2.py) loads and is well formed.

Only its shape is checked here: the cases are for measuring duplicate detection blind, so no
test fits the duplicate model to them.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from chronology.schema import Event

HERE = Path(__file__).resolve().parent.parent / "sample_data" / "blind_dedup_cases_2.py"


def _cases() -> list[tuple[str, list[Event], dict[str, str], set[str]]]:
    spec = importlib.util.spec_from_file_location("blind_dedup_cases_2", HERE)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["blind_dedup_cases_2"] = module
    spec.loader.exec_module(module)
    return module.blind_dedup_cases_2()


CASES = _cases()


def test_there_are_four_cases_with_distinct_names() -> None:
    names = [case[0] for case in CASES]
    assert len(names) >= 4
    assert len(set(names)) == len(names)


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_case_is_well_formed(case: tuple) -> None:
    name, events, truth, noise = case
    assert all(isinstance(event, Event) for event in events)
    keys = [f"{e.source.file}|{e.source.sheet}|{e.source.row}" for e in events]
    assert len(keys) == len(set(keys)), f"{name}: a row key repeats"
    assert set(keys) == set(truth), f"{name}: truth keys and rows differ"
    assert 110 <= len(events) <= 200
    assert len({event.agency for event in events}) >= 7
    assert noise <= set(truth.values()), f"{name}: a noise id is not an occurrence"
    sizes: dict[str, int] = {}
    for occurrence in truth.values():
        sizes[occurrence] = sizes.get(occurrence, 0) + 1
    assert sum(n * (n - 1) // 2 for n in sizes.values()) >= 40, f"{name}: too few true pairs"


def test_cases_are_deterministic() -> None:
    again = _cases()
    for first, second in zip(CASES, again, strict=True):
        name, events, truth, noise = first
        assert [e.as_row() for e in events] == [e.as_row() for e in second[1]], name
        assert (truth, noise) == (second[2], second[3]), name
