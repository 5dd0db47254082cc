"""Issue 15, exports: the review tracker workbook prints and sorts; the calendar stays current.

Read back with openpyxl (page setup, date cells, status columns) and as bytes (the .ics lines).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy.orm import sessionmaker

from reviews import service
from reviews.db import make_engine, upgrade
from reviews.export import fold, write_ics, write_tracker_xlsx
from reviews.models import Review
from reviews.workingdays import WorkingCalendar

CAL = WorkingCalendar()
D = dt.date
TODAY = D(2024, 5, 22)


@pytest.fixture
def reviews(tmp_path: Path) -> Iterator[list[Review]]:
    engine = make_engine(f"sqlite:///{tmp_path / 'cspr.sqlite3'}")
    upgrade(engine)
    with sessionmaker(engine, expire_on_commit=False)() as db:
        review = service.add_review(
            db,
            reference="RR-1",
            review_type="rapid_review",
            user="bs1",
            referral_date=D(2024, 5, 3),
        )
        service.update_review(db, review, {"scoping_sent_on": D(2024, 5, 7)}, "bs1")
        service.add_review(
            db,
            reference="RR-2, Café; long reference for folding",
            review_type="rapid_review",
            user="bs1",
            referral_date=D(2024, 5, 15),
        )
        db.flush()
        yield service.list_reviews(db)
    engine.dispose()


def _rows(sheet) -> list[dict[str, openpyxl.cell.Cell]]:  # type: ignore[no-untyped-def]
    header = [c.value for c in sheet[1]]
    return [dict(zip(header, row, strict=True)) for row in sheet.iter_rows(min_row=2)]


def test_tracker_deadlines_are_date_cells_with_status_beside(
    reviews: list[Review], tmp_path: Path
) -> None:
    write_tracker_xlsx(reviews, tmp_path / "tracker.xlsx", TODAY, CAL)
    book = openpyxl.load_workbook(tmp_path / "tracker.xlsx")
    assert book.sheetnames == ["Tracker", "Deadlines"]
    rows = {r["Reference"].value: r for r in _rows(book["Tracker"])}
    row = rows["RR-1"]
    assert row["Type"].value == "Rapid review"
    scoping = row["Initial scoping form sent to all relevant agencies"]
    assert scoping.value == dt.datetime(2024, 5, 8) and scoping.number_format == "dd/mm/yyyy"
    status = row["Initial scoping form sent to all relevant agencies: status"]
    assert status.value == "Done on time (07/05/2024)"
    overdue = row["Agencies return the completed scoping form: status"]
    assert overdue.value == "Overdue" and overdue.fill.fgColor.rgb.endswith("FFC7CE")
    returns = row["Agencies return the completed scoping form"]
    assert isinstance(returns.value, dt.datetime)
    assert isinstance(row["Next deadline"].value, dt.datetime)
    assert row["Referral"].value == dt.datetime(2024, 5, 3)
    assert row["Status"].value in {"Overdue", "Due soon", "On track"}
    # Every cell in a deadline column is a date or empty, never text.
    header = [c.value for c in book["Tracker"][1]]
    date_headers = [h for h in header[7:] if not h.endswith(": status")]
    for r in rows.values():
        for h in date_headers:
            assert r[h].value is None or isinstance(r[h].value, dt.datetime), (h, r[h].value)
    long = _rows(book["Deadlines"])
    assert {r["Reference"].value for r in long} == set(rows)
    assert all(isinstance(r["Due"].value, dt.datetime) for r in long)
    done = [r for r in long if r["Done on"].value is not None]
    assert done and all(r["Done on"].number_format == "dd/mm/yyyy" for r in done)


def test_tracker_page_setup(reviews: list[Review], tmp_path: Path) -> None:
    write_tracker_xlsx(reviews, tmp_path / "tracker.xlsx", TODAY, CAL, marking="OFFICIAL")
    book = openpyxl.load_workbook(tmp_path / "tracker.xlsx")
    for sheet in book.worksheets:
        setup = sheet.page_setup
        assert setup.paperSize == 9 and setup.orientation == "landscape", sheet.title
        assert sheet.sheet_properties.pageSetUpPr.fitToPage, sheet.title
        assert setup.fitToWidth == 1 and setup.fitToHeight == 0, sheet.title
        assert sheet.print_title_rows == "$1:$1", sheet.title
        assert sheet.oddHeader.center.text == "OFFICIAL", sheet.title
        assert sheet.oddFooter.center.text == "Page &P of &N", sheet.title
        # Printed columns fit A4 landscape at 8 pt or more (11 pt text, 7 px a character).
        area = sheet.print_area
        last = openpyxl.utils.column_index_from_string(
            area.split(":")[-1].strip("$").rstrip("0123456789").strip("$")
        )
        pixels = sum(
            sheet.column_dimensions[openpyxl.utils.get_column_letter(i)].width * 7 + 5
            for i in range(1, last + 1)
        )
        assert 11 * min(1, (297 / 25.4 - 0.8) * 96 / pixels) >= 8, sheet.title
    assert book["Tracker"].print_area.endswith(f"$G${book['Tracker'].max_row}")
    rule_rows = [
        r
        for r in range(2, book["Deadlines"].max_row + 1)
        if len(book["Deadlines"].cell(r, 8).value) > 60
    ]
    assert rule_rows and all(book["Deadlines"].row_dimensions[r].height >= 30 for r in rule_rows)


def test_ics_folded_stable_titles_and_free_time(reviews: list[Review], tmp_path: Path) -> None:
    count = write_ics(reviews, tmp_path / "deadlines.ics", TODAY, CAL)
    raw = (tmp_path / "deadlines.ics").read_bytes()
    assert raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b"")
    physical = raw.split(b"\r\n")[:-1]
    assert max(len(line) for line in physical) <= 75
    assert any(line.startswith(b" ") for line in physical)  # something was folded
    physical[0].decode("utf-8")
    for line in physical:
        line.decode("utf-8")  # never folded inside a UTF-8 character
    text = raw.decode("utf-8").replace("\r\n ", "")  # unfolded
    assert text.count("BEGIN:VEVENT") == count == text.count("TRANSP:TRANSPARENT") > 0
    summaries = [line for line in text.split("\r\n") if line.startswith("SUMMARY:")]
    words = ("Overdue", "Due soon", "On track", "Done on time", "Done late")
    assert summaries and not [s for s in summaries if any(w in s for w in words)]
    assert "UID:RR-1-rapid_review_due@cspr" in text and "DTSTART;VALUE=DATE:20240528" in text
    assert "RR-2\\, Café\\; long reference for folding" in text
    # Re-exported later, the same deadline keeps its UID and title while its status changes.
    write_ics(reviews, tmp_path / "later.ics", D(2024, 6, 20), CAL)
    later = (tmp_path / "later.ics").read_bytes().decode("utf-8").replace("\r\n ", "")
    for summary in summaries:
        assert summary in later


def test_fold() -> None:
    assert fold("short") == "short"
    folded = fold("X" * 200)
    parts = folded.split("\r\n")
    assert [len(p) for p in parts] == [75, 75, 52] and parts[1].startswith(" ")
    assert "".join(p[1:] if i else p for i, p in enumerate(parts)) == "X" * 200
    accented = fold("é" * 100)
    assert all(len(p.encode("utf-8")) <= 75 for p in accented.split("\r\n"))
