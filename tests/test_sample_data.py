"""The committed demo case must be reproducible and its ground truth must match the files.

These checks re-read the files independently (openpyxl, csv) rather than trusting the generator,
and deliberately do not use the chronology package, which is tested against this data.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import re
import sys
from collections import defaultdict
from datetime import date, datetime, time
from pathlib import Path
from types import ModuleType

import openpyxl
import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "sample_data"
DEMO = SAMPLE / "demo_case"
FREE_TEXT_SHEETS = {"Notes"}
NOT_CHRONOLOGIES = {"family.xlsx", "ground_truth.csv"}

# The key-event labels of DOMAIN.md ("Key events"), in its order.
KEY_EVENTS = {
    "referral_contact",
    "assessment",
    "strategy_discussion",
    "meeting_or_cp_conference",
    "section47_enquiry",
    "injury_or_neglect",
    "hospital_attendance",
    "birth_death_illness",
    "house_move",
    "family_composition_change",
    "criminal_proceedings",
    "civil_proceedings",
    "school_change_or_exclusion",
    "gp_change",
    "self_referral",
    "legal_status_or_looked_after",
    "police_incident",
    "missing_episode",
    "suicide_attempt_or_overdose",
    "support_offered",
    "engagement_with_professionals",
    "unknown_adults",
    "other_significant",
    "not_key_event",
}
REJECT_KINDS = {
    "missing_date",
    "impossible_date",
    "vague_date",
    "missing_text",
    "future_date",
    "not_entry",
}
AGENCIES = {"Police", "Children's Social Care", "Health", "Education", "GP", "Housing", "Probation"}
MONTHS = [
    "",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def load_generator() -> ModuleType:
    """Import sample_data/generate.py (not a package) by path."""
    spec = importlib.util.spec_from_file_location("cspr_sample_generate", SAMPLE / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def generator() -> ModuleType:
    return load_generator()


@pytest.fixture(scope="module")
def truth() -> list[dict[str, str]]:
    with (DEMO / "ground_truth.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def data_rows(rows: list[tuple[int, list[object]]]) -> dict[int, list[object]]:
    """Non-blank rows below the header (the first row with at least 3 filled cells)."""
    header = next(i for i, (_, cells) in enumerate(rows) if sum(not blank(c) for c in cells) >= 3)
    return {n: cells for n, cells in rows[header + 1 :] if any(not blank(c) for c in cells)}


def read_demo() -> dict[tuple[str, str, int], list[object]]:
    """Every data row of every chronology, keyed by (file, sheet, row) as Excel/CSV counts."""
    found: dict[tuple[str, str, int], list[object]] = {}
    for path in sorted(DEMO.iterdir()):
        if path.name in NOT_CHRONOLOGIES:
            continue
        if path.suffix == ".csv":
            with path.open(encoding="cp1252", newline="") as fh:
                records = list(csv.reader(fh))
            header = next(i for i, r in enumerate(records) if sum(not blank(c) for c in r) >= 3)
            numbered = [(n + 1, list(r)) for n, r in enumerate(records)][header:]
            for n, cells in data_rows(numbered).items():
                found[(path.name, "", n)] = cells
            continue
        wb = openpyxl.load_workbook(path)
        for ws in wb.worksheets:
            if ws.title in FREE_TEXT_SHEETS:
                continue
            rows = [(r[0].row, [c.value for c in r]) for r in ws.iter_rows()]
            for n, cells in data_rows(rows).items():
                found[(path.name, ws.title, n)] = cells
    return found


def _workbook_content(path: Path) -> list[object]:
    """What a reader sees in a workbook: sheets, cells with number formats, merged ranges.

    Bytes are not compared: openpyxl serialises differently with and without lxml, and zlib-ng
    deflates differently, while the content is the same.
    """
    book = openpyxl.load_workbook(path)
    content: list[object] = [book.sheetnames]
    for ws in book.worksheets:
        content.append(sorted(str(r) for r in ws.merged_cells.ranges))
        content.extend(
            (c.coordinate, c.value, c.number_format)
            for row in ws.iter_rows()
            for c in row
            if c.value is not None
        )
    return content


def test_demo_case_is_reproducible(generator: ModuleType, tmp_path: Path) -> None:
    assert generator.main(["--out", str(tmp_path)]) == 0
    committed = sorted(p.name for p in DEMO.iterdir())
    assert sorted(p.name for p in tmp_path.iterdir()) == committed
    for name in committed:
        new, old = tmp_path / name, DEMO / name
        if name.endswith(".xlsx"):
            assert _workbook_content(new) == _workbook_content(old), f"{name}: regenerate it"
        else:
            assert new.read_bytes() == old.read_bytes(), f"{name}: regenerate it"


def test_ground_truth_covers_exactly_the_data_rows(truth: list[dict[str, str]]) -> None:
    expected = {(r["source_file"], r["source_sheet"], int(r["source_row"])) for r in truth}
    assert len(expected) == len(truth), "duplicate (file, sheet, row) in the ground truth"
    assert set(read_demo()) == expected


def renderings(d: date) -> set[str]:
    """Ways the demo files write a day, to check the truth date against the raw cells."""
    suffix = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    serial = (d - date(1899, 12, 30)).days
    return {
        d.strftime("%d/%m/%Y"),
        d.strftime("%d/%m/%y"),
        d.strftime("%d.%m.%Y"),
        d.strftime("%d-%b-%Y"),
        f"{d.day}{suffix} {MONTHS[d.month]} {d.year}",
        str(serial),
    }


def test_truth_dates_and_times_match_the_cells(truth: list[dict[str, str]]) -> None:
    cells = read_demo()
    for r in truth:
        row = cells[(r["source_file"], r["source_sheet"], int(r["source_row"]))]
        where = f"{r['source_file']}:{r['source_sheet']}:{r['source_row']}"
        if r["status"] != "accepted":
            continue
        d = date.fromisoformat(r["date"])
        if r["date_precision"] == "day":
            texts = renderings(d)
            assert any(
                (isinstance(c, datetime) and c.date() == d)
                or (isinstance(c, str) and c.split(" ")[0] in texts)
                or (isinstance(c, str) and c in texts)
                for c in row
            ), where
        elif r["date_precision"] == "month":
            assert f"{MONTHS[d.month]} {d.year}" in row, where
        else:
            assert str(d.year) in row, where
        if r["time"]:
            t = time.fromisoformat(r["time"])
            assert any(
                c == t
                or (isinstance(c, datetime) and c.time() == t)
                or (isinstance(c, str) and re.search(rf"(^|\s){r['time']}$", c))
                for c in row
            ), where


def test_ground_truth_content(truth: list[dict[str, str]]) -> None:
    assert set(truth[0]) == {
        "source_file",
        "source_sheet",
        "source_row",
        "status",
        "reject_kind",
        "agency",
        "date",
        "date_precision",
        "time",
        "occurrence_id",
        "key_event",
    }
    assert {r["agency"] for r in truth} == AGENCIES
    accepted = [r for r in truth if r["status"] == "accepted"]
    rejected = [r for r in truth if r["status"] == "rejected"]
    assert len(accepted) + len(rejected) == len(truth)
    assert {r["key_event"] for r in accepted} == KEY_EVENTS
    for r in accepted:
        date.fromisoformat(r["date"])
        assert r["date_precision"] in {"day", "month", "year"} and not r["reject_kind"]
        assert re.fullmatch(r"occ-\d{4}", r["occurrence_id"])
    for r in rejected:
        assert r["reject_kind"] in REJECT_KINDS
        assert not (
            r["date"] or r["date_precision"] or r["time"] or r["occurrence_id"] or r["key_event"]
        )
    assert {r["reject_kind"] for r in rejected} == REJECT_KINDS
    planned = {(r["agency"], r["reject_kind"]) for r in rejected}
    assert {
        ("Education", "impossible_date"),
        ("Education", "vague_date"),
        ("Housing", "vague_date"),
        ("GP", "impossible_date"),
        ("GP", "missing_date"),
        ("Children's Social Care", "future_date"),
        ("Children's Social Care", "missing_text"),
        ("Police", "not_entry"),  # the sign-off line under the table
        ("Children's Social Care", "not_entry"),
    } <= planned

    by_occ: dict[str, list[dict[str, str]]] = defaultdict(list)
    for r in accepted:
        by_occ[r["occurrence_id"]].append(r)
    for rows in by_occ.values():
        assert len({r["date"] for r in rows}) == 1, rows
    shared = [o for o, rows in by_occ.items() if len({r["agency"] for r in rows}) >= 2]
    assert len(shared) >= 3
    assert any(len({r["agency"] for r in by_occ[o]}) >= 4 for o in shared)


def test_housing_duplicate_shares_its_occurrence(truth: list[dict[str, str]]) -> None:
    cells = read_demo()
    housing = {
        k[2]: tuple(map(str, v)) for k, v in cells.items() if k[0] == "Housing_chronology.xlsx"
    }
    occ = {
        int(r["source_row"]): r["occurrence_id"]
        for r in truth
        if r["source_file"] == "Housing_chronology.xlsx"
    }
    seen: dict[tuple[str, ...], int] = {}
    pairs = 0
    for row, values in sorted(housing.items()):
        if values in seen:
            pairs += 1
            assert occ[row] == occ[seen[values]] != ""
        seen.setdefault(values, row)
    assert pairs == 1


def mod11_ok(digits: str) -> bool:
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True))
    return (11 - total % 11) % 11 == int(digits[9])


def all_text() -> str:
    parts: list[str] = []
    for path in sorted(DEMO.iterdir()):
        if path.suffix == ".csv":
            encoding = "utf-8" if path.name == "ground_truth.csv" else "cp1252"
            parts.append(path.read_text(encoding=encoding))
        else:
            for ws in openpyxl.load_workbook(path).worksheets:
                parts.extend(str(c) for row in ws.iter_rows(values_only=True) for c in row if c)
    return "\n".join(parts)


def test_identifiers_are_fictional() -> None:
    text = all_text()
    nhs = re.findall(r"\b(\d{3}) (\d{3}) (\d{4})\b", text)
    assert nhs
    for parts in nhs:
        digits = "".join(parts)
        assert digits.startswith("999") and mod11_ok(digits), digits
    phones = re.findall(r"(?<![\d/])(?:\+44\s?|0)(\d{4})\s?(\d{6})\b", text)
    assert phones
    for area, number in phones:
        assert (area, number[:3]) in {("1632", "960"), ("7700", "900")}, (area, number)
    ni = re.findall(r"\b([A-Z]{2}) ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b", text)
    assert ni and set(ni) == {"QQ"}


def test_scale_mode_writes_the_manifest(generator: ModuleType, tmp_path: Path) -> None:
    assert generator.main(["--events", "2000", "--out", str(tmp_path)]) == 0
    manifest = json.loads((tmp_path / "manifest.json").read_text(encoding="utf-8"))
    files = manifest["files"]
    assert sum(f["rows"] for f in files) == 2000
    assert len(files) >= 6
    for f in files:
        path = tmp_path / f["file"]
        assert sum(f["sheets"].values()) == f["rows"]
        if path.suffix == ".csv":
            with path.open(encoding="cp1252", newline="") as fh:
                records = list(enumerate(csv.reader(fh), 1))
            assert len(data_rows([(n, list(r)) for n, r in records])) == f["rows"]
            continue
        wb = openpyxl.load_workbook(path, read_only=True)
        for sheet, count in f["sheets"].items():
            rows = list(enumerate(map(list, wb[sheet].iter_rows(values_only=True)), 1))
            assert len(data_rows(rows)) == count, (f["file"], sheet)
        wb.close()
