"""The third blind duplicate set (sample_data/blind_dedup_cases_3.py) loads and is well formed.

Only the data's own integrity is checked here: the cases are for measuring duplicate detection
blind, so no test runs the duplicate detection on them or fits anything to them.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from chronology.schema import Event

HERE = Path(__file__).resolve().parent.parent / "sample_data" / "blind_dedup_cases_3.py"

Case = tuple[str, list[Event], dict[str, str], set[str]]


def _module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("blind_dedup_cases_3", HERE)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["blind_dedup_cases_3"] = module
    spec.loader.exec_module(module)
    return module


def _cases() -> list[Case]:
    return _module().blind_dedup_cases_3()


CASES = _cases()


def _key(event: Event) -> str:
    return f"{event.source.file}|{event.source.sheet}|{event.source.row}"


def _groups(events: list[Event], truth: dict[str, str]) -> dict[str, list[Event]]:
    groups: dict[str, list[Event]] = {}
    for event in events:
        groups.setdefault(truth[_key(event)], []).append(event)
    return groups


def test_there_are_four_cases_with_distinct_names() -> None:
    names = [case[0] for case in CASES]
    assert len(names) == 4
    assert len(set(names)) == len(names)


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_case_is_well_formed(case: Case) -> None:
    name, events, truth, _ = case
    assert all(isinstance(event, Event) for event in events)
    keys = [_key(e) for e in events]
    assert len(keys) == len(set(keys)), f"{name}: a row key repeats"
    assert set(keys) == set(truth), f"{name}: truth keys and rows differ"
    assert 120 <= len(events) <= 180, f"{name}: {len(events)} rows"
    assert len({event.agency for event in events}) >= 8, f"{name}: too few services"
    assert all(occurrence.startswith(f"{name}-") for occurrence in truth.values())
    sizes: dict[str, int] = {}
    for occurrence in truth.values():
        sizes[occurrence] = sizes.get(occurrence, 0) + 1
    assert sum(n * (n - 1) // 2 for n in sizes.values()) >= 40, f"{name}: too few true pairs"


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_rows_of_each_sheet_are_numbered_from_two_in_date_order(case: Case) -> None:
    name, events, _, _ = case
    sheets: dict[tuple[str, str], list[Event]] = {}
    for event in events:
        sheets.setdefault((event.source.file, event.source.sheet), []).append(event)
    for (file, sheet), rows in sheets.items():
        numbers = [e.source.row for e in rows]
        assert numbers == list(range(2, len(rows) + 2)), f"{name}: {file}|{sheet}"
        dates = [e.date for e in rows]
        assert dates == sorted(dates), f"{name}: {file}|{sheet} is not in date order"


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_noise_marks_exactly_the_occurrences_whose_dates_differ(case: Case) -> None:
    name, events, truth, noise = case
    assert noise <= set(truth.values()), f"{name}: a noise id is not an occurrence"
    groups = _groups(events, truth)
    for occurrence, rows in groups.items():
        written = {(e.date, e.date_precision) for e in rows}
        if occurrence in noise:
            assert len(rows) >= 2, f"{name}: {occurrence} is noisy but has one row"
            assert len(written) >= 2, f"{name}: {occurrence} is noisy but its dates agree"
            spread = max(e.date for e in rows) - min(e.date for e in rows)
            assert spread <= dt.timedelta(days=366), f"{name}: {occurrence} dates far apart"
        else:
            assert len(written) == 1, f"{name}: {occurrence} has differing dates, not in noise"
    assert len(noise) >= 6, f"{name}: too few date-noisy occurrences"


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_partial_dates_carry_no_time_and_say_how_they_were_written(case: Case) -> None:
    name, events, _, _ = case
    for event in events:
        assert event.date_as_written, f"{name}: {_key(event)} has no date as written"
        if event.date_precision == "month":
            assert event.time is None
            assert event.date.day == 1
            assert event.date_as_written == f"{event.date:%m/%Y}"
        else:
            assert event.date_precision == "day"


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_duplicates_come_in_kinds(case: Case) -> None:
    """Meetings recorded by several agencies, and at least one entry typed twice on one sheet."""
    name, events, truth, _ = case
    groups = _groups(events, truth)
    assert max(len({e.agency for e in rows}) for rows in groups.values()) >= 4, name
    assert any(
        len(rows) >= 2 and len({(e.source.file, e.source.sheet) for e in rows}) == 1
        for rows in groups.values()
    ), f"{name}: no entry typed twice"
    assert sum(1 for rows in groups.values() if len(rows) == 1) >= 60, name


def test_cases_are_deterministic() -> None:
    again = _cases()
    for first, second in zip(CASES, again, strict=True):
        name, events, truth, noise = first
        assert [e.as_row() for e in events] == [e.as_row() for e in second[1]], name
        assert (truth, noise) == (second[2], second[3]), name


def test_summary_prints_one_line_per_case(capsys: pytest.CaptureFixture[str]) -> None:
    _module()._summary()
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == len(CASES)
    assert all("true pairs" in line for line in lines)
