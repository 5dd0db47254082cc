"""The demo case read end to end and compared, row by row, with its ground truth."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from cspr.cli import DEMO_DIR, demo_files, main

Key = tuple[str, str, int]


def _rows(path: Path, encoding: str = "utf-8-sig") -> dict[Key, dict[str, str]]:
    reader = csv.DictReader(io.StringIO(path.read_text(encoding)))
    return {(r["source_file"], r["source_sheet"], int(r["source_row"])): r for r in reader}


@pytest.fixture(scope="module")
def ingested(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("demo")
    assert main(["ingest", *map(str, demo_files()), "--out", str(out)]) == 0
    return out


@pytest.fixture(scope="module")
def truth() -> dict[Key, dict[str, str]]:
    return _rows(DEMO_DIR / "ground_truth.csv")


def test_every_row_is_accepted_or_rejected_as_the_ground_truth_says(
    ingested: Path, truth: dict[Key, dict[str, str]]
) -> None:
    events = _rows(ingested / "events.csv")
    rejected = _rows(ingested / "rejected.csv")
    assert not set(events) & set(rejected)
    assert set(events) | set(rejected) == set(truth)
    assert {k for k, r in truth.items() if r["status"] == "accepted"} == set(events)


def test_dates_times_precision_and_agency_match(
    ingested: Path, truth: dict[Key, dict[str, str]]
) -> None:
    events = _rows(ingested / "events.csv")
    wrong = [
        (key, field, events[key][field], expected[field])
        for key, expected in truth.items()
        if key in events
        for field in ("agency", "date", "date_precision", "time")
        if events[key][field] != expected[field]
    ]
    assert wrong == []


def test_one_agency_per_file(ingested: Path) -> None:
    agencies: dict[str, set[str]] = {}
    for (file, _, _), row in _rows(ingested / "events.csv").items():
        agencies.setdefault(file, set()).add(row["agency"])
    assert all(len(names) == 1 for names in agencies.values()), agencies
    assert len(agencies) >= 7


def test_rejections_give_reasons_a_person_can_act_on(
    ingested: Path, truth: dict[Key, dict[str, str]]
) -> None:
    expected_words = {
        "impossible_date": "does not exist",
        "vague_date": "vague",
        "missing_date": "no date given",
        "missing_text": "no event text",
        "future_date": "in the future",
        "not_entry": "not an entry",
    }
    for key, row in _rows(ingested / "rejected.csv").items():
        kind = truth[key]["reject_kind"]
        assert expected_words[kind] in row["reason"], (key, row["reason"])
        assert row["kind"] == ("not an entry" if kind == "not_entry" else "refused"), key
        assert row["raw"].startswith("{")


def test_cspr_demo_reads_only_the_agencies_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["demo", "--out", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "ground_truth" not in out and "family.xlsx" not in out
    assert "156 events, 8 rejected rows, 2 lines that are not entries" in out
