"""Reading agency templates: header detection, column mapping, agencies, the row invariant."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import pytest

from chronology.columns import SavedMapping, load_rules, map_columns
from chronology.ingest import read_chronology
from tests.builders import BASIC_ROWS, write_xlsx

TODAY = dt.date(2026, 11, 26)


def by_row(result):  # type: ignore[no-untyped-def]
    return {e.source.row: e for e in result.events}


def test_header_below_title_rows_with_merged_title(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["OFFICIAL-SENSITIVE", None, None, None],
        ["Police chronology – Child K", None, None, None],
        ["Period: 01/01/2017 to 30/06/2021", None, None, None],
        [None, None, None, None],
        ["Date/Time", "Occurrence Ref", "Summary of incident", "Action taken"],
        ["04/05/2019 22:15", "OCC-1", "DA call-out to home address", "DASH completed"],
        [None, None, None, None],
        ["05.05.2019", "OCC-2", "Welfare check", None],
    ]
    path = write_xlsx(tmp_path / "Police_chronology.xlsx", {"Log": rows}, {"Log": ["A1:D1"]})
    result = read_chronology(path, today=TODAY)
    sheet = result.sheets[0]
    assert sheet.header_row == 5
    assert (sheet.accepted, sheet.rejected, sheet.blank_rows) == (2, 0, 1)
    events = by_row(result)
    assert events[6].date == dt.date(2019, 5, 4) and events[6].time == dt.time(22, 15)
    assert events[6].reference == "OCC-1" and events[6].outcome == "DASH completed"
    assert events[8].date == dt.date(2019, 5, 5)
    assert {e.agency for e in result.events} == {"Police"}


def test_columns_in_any_order_with_other_names_and_a_separate_time(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Worker", "Outcome / Actions", "Details", "Time", "Date of contact", "Event type", "Risk"],
        [
            "A. Worker",
            "S47 agreed",
            "Strategy discussion",
            "10:30",
            dt.datetime(2019, 6, 3),
            "SD",
            3,
        ],
    ]
    result = read_chronology(write_xlsx(tmp_path / "csc.xlsx", {"S": rows}), today=TODAY)
    (event,) = result.events
    assert (event.date, event.time) == (dt.date(2019, 6, 3), dt.time(10, 30))
    assert (event.practitioner, event.outcome, event.event_text, event.event_type) == (
        "A. Worker",
        "S47 agreed",
        "Strategy discussion",
        "SD",
    )
    assert event.extra == {"Risk": "3"}  # an unmapped column is kept, not dropped
    assert event.agency == "Children's Social Care"


def test_every_non_blank_row_is_an_event_or_a_rejection(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Date", "Notes"],
        ["31/02/2019", "impossible"],
        ["Summer 2018", "vague"],
        [None, "no date at all"],
        ["March 2017", "partial month"],
        ["2018", "partial year"],
        ["01/01/2031", "future"],
        ["04/05/2019", None],
        [None, None],
        ["Date", "Notes"],
        ["43221", "serial as text"],
        ["End of chronology – completed by J. Bloggs", None],
    ]
    result = read_chronology(write_xlsx(tmp_path / "x.xlsx", {"S": rows}), today=TODAY)
    accepted = {e.source.row for e in result.events}
    rejected = {r.source.row: r.reason for r in result.rejections}
    assert accepted == {5, 6, 11}
    assert set(rejected) == {2, 3, 4, 7, 8, 12}  # row 10 repeats the header: skipped, counted
    assert rejected[2] == "date '31/02/2019' does not exist"
    assert "vague" in rejected[3]
    assert rejected[4] == "no date given"
    assert "in the future" in rejected[7]
    assert "no event text" in rejected[8]
    assert result.sheets[0].repeated_headers == 1
    assert "1 repeated header rows skipped" in result.mapping_report()
    assert result.sheets[0].blank_rows == 1
    events = by_row(result)
    assert (events[5].date, events[5].date_precision) == (dt.date(2017, 3, 1), "month")
    assert (events[6].date, events[6].date_precision) == (dt.date(2018, 1, 1), "year")
    assert events[11].date == dt.date(2018, 5, 1)
    raw = next(r.raw for r in result.rejections if r.source.row == 2)
    assert raw == {"Date": "31/02/2019", "Notes": "impossible"}


def test_sheet_with_notes_and_no_table_is_reported_not_rejected(tmp_path: Path) -> None:
    sheets = {
        "Notes": [["This chronology was compiled from the case file."], ["See also the IMR."]],
        "Data": BASIC_ROWS,
        "Empty": [],
    }
    result = read_chronology(write_xlsx(tmp_path / "health.xlsx", sheets), today=TODAY)
    notes = {s.name: s for s in result.sheets}
    assert notes["Notes"].header_row is None and "no chronology table" in notes["Notes"].note
    assert notes["Empty"].note == "empty sheet"
    assert len(result.events) == 2 and not result.rejections


def test_vertically_merged_date_is_carried_down_and_flagged(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Date", "Details"],
        ["04/05/2019", "first entry that day"],
        [None, "second entry that day"],
    ]
    path = write_xlsx(tmp_path / "m.xlsx", {"S": rows}, {"S": ["A2:A3"]})
    result = read_chronology(path, today=TODAY)
    events = by_row(result)
    assert events[3].date == dt.date(2019, 5, 4)
    assert "merged cells A2:A3" in events[3].warnings[0]


def test_agency_override_then_column_then_file_name(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Date", "Agency", "Details"],
        ["04/05/2019", "CSC", "a"],
        ["05/05/2019", None, "b"],
    ]
    path = write_xlsx(tmp_path / "Some_Trust_chronology_v2.xlsx", {"S": rows})
    result = read_chronology(path, today=TODAY)
    # A blank agency cell takes the column's usual agency, not the file name.
    assert [e.agency for e in result.events] == ["Children's Social Care"] * 2
    assert result.events[0].extra == {"Agency": "CSC"}  # the wording is kept
    forced = read_chronology(path, agency="Police", today=TODAY)
    assert {e.agency for e in forced.events} == {"Police"}
    assert forced.events[0].extra == {"Agency": "CSC"}
    no_column = write_xlsx(tmp_path / "Some_Trust_chronology_v2.xlsx", {"S": BASIC_ROWS})
    assert {e.agency for e in read_chronology(no_column, today=TODAY).events} == {"Health"}
    unknown = write_xlsx(tmp_path / "Doyle_v2.xlsx", {"S": BASIC_ROWS})
    read = read_chronology(unknown, today=TODAY)
    assert (read.agency, read.agency_source) == ("Doyle", "file name (not a known organisation)")


def test_saved_mapping_overrides_the_guess(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Happened", "Blurb", "Comments"],
        ["04/05/2019", "the entry", "a comment"],
    ]
    path = write_xlsx(tmp_path / "odd.xlsx", {"S": rows})
    assert read_chronology(path, today=TODAY).sheets[0].header_row is None
    mapping_file = tmp_path / "map.json"
    mapping_file.write_text(
        json.dumps({"columns": {"Happened": "date", "Blurb": "event_text", "Comments": None}})
    )
    result = read_chronology(path, mapping=SavedMapping.load(mapping_file), today=TODAY)
    (event,) = result.events
    assert event.event_text == "the entry" and event.extra == {"Comments": "a comment"}


def test_bad_mapping_file_names_the_field(tmp_path: Path) -> None:
    bad = tmp_path / "map.json"
    bad.write_text(json.dumps({"columns": {"When": "dated"}}))
    with pytest.raises(ValueError, match="unknown field 'dated'"):
        SavedMapping.load(bad)


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Date of Incident", "date"),
        ("DATE", "date"),
        ("Desciption", "event_text"),  # typo: fuzzy
        ("Details of what happened at the visit", "event_text"),  # keyword
        ("Outcome & Actions", "outcome"),
        ("Significance to the child", "significance"),
        ("Name of worker", "practitioner"),
        ("Crime Ref", "reference"),
        ("Date of birth", None),
        ("Risk level", None),
    ],
)
def test_header_matching(header: str, field: str | None) -> None:
    (match,) = map_columns([header], load_rules())
    assert match.field == field
    if field:
        assert match.confidence > 0.5


def test_two_columns_for_one_field_keep_the_second_in_extra() -> None:
    matches = map_columns(["Date", "Details", "Description"], load_rules())
    assert [m.field for m in matches] == ["date", "event_text", None]
    assert "kept in extra" in matches[2].method


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
def test_csv_encodings_and_record_numbers(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "GP_chronology.csv"
    with path.open("w", encoding=encoding, newline="") as handle:
        handle.write("GP chronology – Child K\r\n")
        writer = csv.writer(handle)
        writer.writerow(["Consultation date", "Consultation notes", "Clinician"])
        writer.writerow(["04/05/19", "Mum said “fine”, café visit £5", "Dr Patel"])
        writer.writerow(["05/05/2019", "Line one\nline two", "Dr Patel"])
        writer.writerow(["06/05/2019", "after the multi-line record", "Dr Patel"])
    result = read_chronology(path, today=TODAY)
    events = by_row(result)
    assert sorted(events) == [3, 4, 5]  # title is record 1; a multi-line field is one record
    assert events[3].event_text == "Mum said “fine”, café visit £5"
    assert events[4].event_text == "Line one\nline two"
    assert {e.agency for e in result.events} == {"GP"}
    assert result.events[0].source.sheet == ""


def test_formula_cells_are_flagged(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Date", "Details"], ["04/05/2019", "=1+1"]]
    result = read_chronology(write_xlsx(tmp_path / "f.xlsx", {"S": rows}), today=TODAY)
    assert result.rejections[0].reason.startswith("no event text")
    rows = [["Date", "Details", "Calc"], ["04/05/2019", "entry", "=1+1"]]
    result = read_chronology(write_xlsx(tmp_path / "g.xlsx", {"S": rows}), today=TODAY)
    assert result.events[0].warnings == ("cell C2 is a formula with no saved value",)


def test_openpyxl_engine_reads_the_same_values(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Title row"],
        ["Date", "Time", "Details"],
        [dt.datetime(2019, 5, 4), dt.time(9, 30), "one"],
        ["05-Jun-2018", "0930hrs", "two"],
    ]
    path = write_xlsx(tmp_path / "e.xlsx", {"S": rows})
    fast = read_chronology(path, engine="calamine", today=TODAY)
    slow = read_chronology(path, engine="openpyxl", today=TODAY)
    assert [e.as_row() for e in fast.events] == [e.as_row() for e in slow.events]


def test_1904_date_system_workbook(tmp_path: Path) -> None:
    import openpyxl
    from openpyxl.utils.datetime import CALENDAR_MAC_1904

    workbook = openpyxl.Workbook()
    workbook.epoch = CALENDAR_MAC_1904
    sheet = workbook.active
    sheet.append(["Date", "Details"])
    sheet.append([dt.datetime(2019, 5, 4), "date cell"])
    sheet["A2"].number_format = "dd/mm/yyyy"
    sheet.append(["42127", "serial typed as text"])  # 42127 days after 1 Jan 1904
    workbook.save(tmp_path / "mac.xlsx")
    result = read_chronology(tmp_path / "mac.xlsx", today=TODAY)
    assert [e.date for e in result.events] == [dt.date(2019, 5, 4)] * 2


def test_an_event_column_holding_sentences_is_the_event_text(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Date", "Event", "Staff"],
        ["04/05/2019", "Tyler arrived late and hungry; breakfast club offered.", "TA"],
        ["05/05/2019", "Mum did not collect at 3.15pm; DSL phoned her at 4pm.", "DSL"],
    ]
    result = read_chronology(write_xlsx(tmp_path / "School.xlsx", {"Tyler": rows}), today=TODAY)
    assert [m.field for m in result.sheets[0].columns] == ["date", "event_text", "practitioner"]
    assert result.events[0].event_text.startswith("Tyler arrived late")
    short = [["Date", "Type", "Notes"], ["04/05/2019", "Visit", "Seen at home"]]
    result = read_chronology(write_xlsx(tmp_path / "HV.xlsx", {"S": short}), today=TODAY)
    assert (result.events[0].event_type, result.events[0].event_text) == ("Visit", "Seen at home")


def test_a_date_cell_formatted_without_a_day_keeps_its_precision(tmp_path: Path) -> None:
    import xlsxwriter

    path = tmp_path / "formats.xlsx"
    with xlsxwriter.Workbook(path) as book:
        sheet = book.add_worksheet()
        month, year = (
            book.add_format({"num_format": "mmm-yy"}),
            book.add_format({"num_format": "yyyy"}),
        )
        full = book.add_format({"num_format": "dd/mm/yyyy"})
        sheet.write_row(0, 0, ["Date", "Details"])
        sheet.write_datetime(1, 0, dt.datetime(2017, 3, 1), month)  # typed as "March 2017"
        sheet.write_datetime(2, 0, dt.datetime(2018, 1, 1), year)
        sheet.write_datetime(3, 0, dt.datetime(2019, 5, 4), full)
        for row in (1, 2, 3):
            sheet.write_string(row, 1, f"entry {row}")
    events = read_chronology(path, today=TODAY).events
    assert [(e.date, e.date_precision) for e in events] == [
        (dt.date(2017, 3, 1), "month"),
        (dt.date(2018, 1, 1), "year"),
        (dt.date(2019, 5, 4), "day"),
    ]
