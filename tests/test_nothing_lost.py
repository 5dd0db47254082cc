"""Nothing an agency sent may vanish: every non-empty cell of every row below a table's header
is found in the merge's outputs (sources.csv or rejected.csv), or the row is part of the table's
frame (a repeated header or title, a page line). Checked over every template the project has:
the demo case, both unseen batches and the blind returns.

The files are re-read here independently (openpyxl, csv, python-docx), not through the reader
under test, so a column the reader never maps would show up as lost.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import docx
import openpyxl
import pytest

from chronology.columns import is_page_line
from chronology.dates import DateError, parse_time
from chronology.ingest import IngestResult, read_chronology
from chronology.pipeline import merge, write_outputs
from sample_data import blind_returns, blind_returns_2
from tests import test_unseen_templates as unseen_1
from tests import test_unseen_templates_2 as unseen_2

ROOT = Path(__file__).resolve().parent.parent
TODAY = dt.date(2026, 11, 30)
Key = tuple[str, str, int]  # file, sheet, row


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def _cell_forms(value: object) -> list[str]:
    """Ways a cell may appear in the outputs (a date cell as ISO or UK text, and so on)."""
    if isinstance(value, dt.datetime):
        forms = [value.date().isoformat(), value.strftime("%d/%m/%Y")]
        return forms + ([value.strftime("%H:%M")] if value.time() != dt.time(0) else [])
    if isinstance(value, dt.date):
        return [value.isoformat(), value.strftime("%d/%m/%Y")]
    if isinstance(value, dt.time):
        return [value.strftime("%H:%M")]
    if isinstance(value, float) and value.is_integer():
        return [str(int(value))]
    return [str(value)]


def _found(value: object, text: str) -> bool:
    if any(_norm(form) in text for form in _cell_forms(value)):
        return True
    try:  # a time written "1435hrs" (or the number 1100) is output as 14:35
        parsed = parse_time(value)
    except DateError:
        return False
    return parsed is not None and parsed.strftime("%H:%M") in text


def _rows(path: Path) -> Iterator[tuple[str, int, list[object]]]:
    """(sheet, row as the agency sees it, cells) for every row of every table."""
    if path.suffix == ".csv":
        data = path.read_bytes()
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("cp1252")
        delimiter = csv.Sniffer().sniff(text[:5000], delimiters=",;\t|").delimiter
        for number, record in enumerate(csv.reader(text.splitlines(True), delimiter=delimiter)):
            yield "", number + 1, [v.strip() or None for v in record]
    elif path.suffix == ".docx":
        for t, table in enumerate(docx.Document(str(path)).tables, start=1):
            for r, row in enumerate(table.rows, start=1):
                yield f"Table {t}", r, [c.text.strip() or None for c in row.cells]
    else:
        book = openpyxl.load_workbook(path, data_only=True)
        for sheet in book.worksheets:
            for r, row in enumerate(sheet.iter_rows(values_only=True), start=1):
                cells = [v.strip() or None if isinstance(v, str) else v for v in row]
                yield sheet.title, r, cells


def _outputs(out: Path) -> dict[Key, str]:
    texts: dict[Key, str] = {}
    for name, reason in (("sources.csv", ""), ("rejected.csv", "reason")):
        with (out / name).open(encoding="utf-8-sig", newline="") as handle:
            for row in csv.DictReader(handle):
                key = (row["source_file"], row["source_sheet"], int(row["source_row"]))
                texts[key] = _norm(" ".join(row.values())) + (reason and "")
    return texts


def _lost(paths: list[Path], results: list[IngestResult], out: Path) -> list[str]:
    run = write_outputs(merge(results), out, ("csv",))
    assert run.written
    outputs = _outputs(out)
    problems: list[str] = []
    for path, result in zip(paths, results, strict=True):
        headers = {s.name: s for s in result.sheets if s.header_row is not None}
        frame: dict[str, set[str]] = {}
        for sheet, number, cells in _rows(path):
            report = headers.get(sheet)
            if report is None or report.header_row is None:
                continue
            filled = [c for c in cells if c is not None]
            key_text = _norm(" ".join(map(str, filled)))
            if number < report.header_row + report.header_rows:
                frame.setdefault(sheet, set()).add(key_text)
                continue
            if not filled:
                continue
            text = outputs.get((path.name, sheet, number))
            if text is None:
                # (python-docx repeats a merged cell's text in every column it spans)
                page_line = len(set(filled)) == 1 and is_page_line(str(filled[0]))
                if key_text not in frame.get(sheet, set()) and not page_line:
                    problems.append(f"{path.name} [{sheet}] row {number}: in no output")
                continue
            problems += [
                f"{path.name} [{sheet}] row {number}: {str(c)[:40]!r} lost"
                for c in dict.fromkeys(map(str, filled))
                if not _found(next(v for v in filled if str(v) == c), text)
            ]
    return problems


def _read(path: Path, agency: str | None) -> IngestResult:
    return read_chronology(path, agency=agency, today=TODAY)


def test_demo_case_cells_all_reach_an_output(tmp_path: Path) -> None:
    demo = ROOT / "sample_data" / "demo_case"
    paths = sorted(p for p in demo.glob("*_chronology.*"))
    assert len(paths) >= 6
    assert _lost(paths, [_read(p, None) for p in paths], tmp_path / "out") == []


@pytest.mark.parametrize("batch", [unseen_1, unseen_2], ids=["unseen_1", "unseen_2"])
def test_unseen_template_cells_all_reach_an_output(tmp_path: Path, batch) -> None:  # type: ignore[no-untyped-def]
    cases = [build(tmp_path) for build in batch.BUILDERS.values()]
    results = [_read(c.path, c.agency_arg) for c in cases]
    assert _lost([c.path for c in cases], results, tmp_path / "out") == []


@pytest.mark.parametrize("batch", [blind_returns, blind_returns_2], ids=["blind_1", "blind_2"])
def test_blind_return_cells_all_reach_an_output(tmp_path: Path, batch) -> None:  # type: ignore[no-untyped-def]
    cases = batch.build(tmp_path)
    paths = [tmp_path / c.file for c in cases]
    results = [_read(p, c.agency_given) for p, c in zip(paths, cases, strict=True)]
    assert _lost(paths, results, tmp_path / "out") == []


def test_demo_integrated_outputs_carry_significance_and_reference(tmp_path: Path) -> None:
    demo = ROOT / "sample_data" / "demo_case"
    paths = sorted(p for p in demo.glob("*_chronology.*"))
    run = write_outputs(merge([_read(p, None) for p in paths]), tmp_path, ("csv", "xlsx", "docx"))
    sources = [e for r in run.results for e in r.events]
    significant = {e.significance for e in sources if e.significance}
    referenced = {e.reference for e in sources if e.reference}
    assert len(significant) >= 10 and len(referenced) >= 10
    with (tmp_path / "integrated.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    integrated = " ".join(r["significance"] + " " + r["reference"] for r in rows)
    assert all(s.split("\n")[0] in integrated for s in significant)
    assert all(ref in integrated for ref in referenced)
    book = openpyxl.load_workbook(tmp_path / "integrated.xlsx", read_only=True)
    main = [list(r) for r in book["Integrated chronology"].iter_rows(values_only=True)]
    assert {"Significance", "Reference"} <= set(main[0])
    sheet_text = " ".join(str(v) for row in main for v in row if v)
    assert all(s.split("\n")[0] in sheet_text for s in significant)
    source_header = next(book["Sources"].iter_rows(values_only=True))
    assert {"significance", "reference", "practitioner", "other_columns"} <= set(source_header)
    word = "\n".join(
        c.text
        for t in docx.Document(str(tmp_path / "integrated.docx")).tables
        for row in t.rows
        for c in row.cells
    )
    assert sum(f"Significance: {s.split(chr(10))[0]}" in word for s in significant) >= 10
    assert re.search(r"Ref: \S+", word)
