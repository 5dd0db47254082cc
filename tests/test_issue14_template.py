"""Issue 14: `cspr template chronology` writes the agency chronology template; a template filled
by an agency (dates as real dates and as UK text) is read with every row accepted and every
column recognised by a synonym, so the upload asks no question about the mapping."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from chronology.ingest import read_chronology
from cspr.cli import main
from reviews.chronology_template import HEADER_ROW, event_types, write_chronology_template

ROWS = [
    # (date cell, time, type, details, outcome, significance, practitioner, reference)
    (
        dt.datetime(2019, 2, 14),
        dt.time(9, 30),
        "Police incident",
        "Call to the home address: verbal argument between adults, child present.",
        "DASH completed, standard risk",
        "Child exposed to conflict",
        "PC 1234",
        "LOG-0001",
    ),
    (
        "03/11/2018",
        None,
        "Strategy discussion",
        "Strategy discussion held with children's social care and health.",
        "Section 47 enquiry agreed",
        "Risk of significant harm",
        "DS",
        "LOG-0002",
    ),
    (
        "21.05.2020",
        "14:05",
        "Hospital attendance",
        "Child brought to the emergency department with a bruise to the cheek.",
        "Referred to children's social care",
        "Possible injury",
        "",
        "ED-77",
    ),
    (
        "5th June 2017",
        None,
        "Routine contact",
        "Letter filed about an appointment.",
        "",
        "",
        "",
        "",
    ),
    (
        dt.date(2021, 3, 9),
        None,
        "Missing episode",
        "Reported missing from home overnight, returned next morning.",
        "Return interview offered",
        "Missing from home",
        "PCSO",
        "",
    ),
]


def _fill(path: Path, rows: list[tuple[object, ...]], agency: bool) -> None:
    book = openpyxl.load_workbook(path)
    sheet = book["Chronology"]
    for offset, row in enumerate(rows):
        values = list(row)
        if agency:
            values.insert(1, "Northshire Police")
        for column, value in enumerate(values, start=1):
            if value not in (None, ""):
                sheet.cell(HEADER_ROW + 2 + offset, column, value)
    book.save(path)


@pytest.mark.parametrize("agency", [None, "Northshire Police"])
def test_filled_template_ingests_every_row_with_no_mapping_question(
    tmp_path: Path, agency: str | None
) -> None:
    path = write_chronology_template(
        tmp_path / "template.xlsx", agency=agency, due=dt.date(2026, 4, 17), reference="RR-1"
    )
    _fill(path, ROWS, agency is not None)
    result = read_chronology(path, today=dt.date(2026, 4, 1))
    assert result.rejections == []
    assert len(result.events) == len(ROWS)
    (sheet,) = [s for s in result.sheets if s.header_row is not None]
    assert sheet.name == "Chronology" and sheet.accepted == len(ROWS) and sheet.rejected == 0
    fields = [m.field for m in sheet.columns if m.header]
    assert None not in fields, sheet.columns  # nothing unmapped (kept in extra)
    assert len(fields) == len(set(fields)), sheet.columns  # nothing claimed twice
    assert all(m.confidence == 1.0 and m.method == "synonym" for m in sheet.columns if m.header)
    by_date = {e.date: e for e in result.events}
    assert by_date[dt.date(2018, 11, 3)].event_type == "Strategy discussion"  # UK text, day first
    assert by_date[dt.date(2019, 2, 14)].time == dt.time(9, 30)  # a real date and time
    assert by_date[dt.date(2020, 5, 21)].reference == "ED-77"
    assert dt.date(2017, 6, 5) in by_date and dt.date(2021, 3, 9) in by_date
    if agency:
        assert all("Police" in e.agency for e in result.events)  # the dropdown's value


def test_template_validates_dates_offers_dropdowns_and_says_when_it_is_due(tmp_path: Path) -> None:
    out = tmp_path / "police.xlsx"
    status = main(
        ["template", "chronology", "--agency", "Northshire Police", "--due", "17/04/2026",
         "--out", str(out)]
    )  # fmt: skip
    assert status == 0
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Chronology", "Lists", "Instructions"]
    sheet = book["Chronology"]
    headers = [c.value for c in sheet[HEADER_ROW + 1] if c.value]
    assert headers[:3] == ["Date", "Agency", "Time"]
    assert "Details of event" in headers and "Significance for the child" in headers
    rules = {v.type: v for v in sheet.data_validations.dataValidation}
    assert rules["date"].errorStyle == "warning"  # partial dates ("March 2017") may be kept
    assert "A6" in str(rules["date"].sqref)
    assert sheet["A6"].number_format == "dd/mm/yyyy"
    assert rules["time"].sqref and "list" in rules
    lists = [v.formula1 for v in sheet.data_validations.dataValidation if v.type == "list"]
    assert "Lists!$A$1" in " ".join(lists) and '"Northshire Police"' in lists
    assert [c.value for c in book["Lists"]["A"]] == event_types()
    assert book["Lists"].sheet_state == "hidden"
    assert sheet["B3"].value == "Fri 17/04/2026"
    guide = " ".join(str(c.value) for c in book["Instructions"]["A"] if c.value)
    assert "Fri 17/04/2026" in guide and "day first" in guide


def test_template_errors_are_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["template", "chronology", "--out", str(tmp_path / "t.csv")]) == 2
    err = capsys.readouterr().err
    assert err == "cspr template: error: --out t.csv: the template is an .xlsx workbook\n"
    with pytest.raises(SystemExit):
        main(["template", "chronology", "--due", "31/02/2026", "--out", str(tmp_path / "t.xlsx")])
