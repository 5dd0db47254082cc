"""Broken, mislabelled and hostile files: each is refused with one clear line, or read safely."""

from __future__ import annotations

import csv
import datetime as dt
import io
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
import xlsxwriter
from msoffcrypto.format.ooxml import OOXMLFile

from chronology.filesafety import IngestError, Limits
from chronology.ingest import read_chronology
from cspr.cli import main
from tests.builders import BASIC_ROWS, rezip, write_xlsx

TODAY = dt.date(2026, 11, 26)


@pytest.fixture
def good(tmp_path: Path) -> Path:
    return write_xlsx(tmp_path / "good.xlsx", {"Sheet1": BASIC_ROWS})


def refused(path: Path, match: str, limits: Limits | None = None) -> str:
    with pytest.raises(IngestError, match=match) as caught:
        read_chronology(path, limits=limits, today=TODAY)
    message = str(caught.value)
    assert message.startswith(path.name + ": ") and "\n" not in message
    return message


def test_zip_bomb_by_declared_size_is_refused_before_parsing(good: Path, tmp_path: Path) -> None:
    bomb = rezip(good, tmp_path / "bomb.xlsx", {}, {"xl/media/padding.bin": b"\0" * (3 << 20)})
    refused(bomb, "refused as a zip bomb", Limits(max_uncompressed_bytes=2 << 20))


def test_zip_bomb_by_compression_ratio_is_refused(good: Path, tmp_path: Path) -> None:
    bomb = rezip(good, tmp_path / "ratio.xlsx", {}, {"xl/media/zeros.bin": b"\0" * (12 << 20)})
    refused(bomb, "compresses .* to 1; refused as a zip bomb")


def test_xml_entity_bomb_is_refused(good: Path, tmp_path: Path) -> None:
    part = "xl/worksheets/sheet1.xml"  # openpyxl writes strings inline
    with zipfile.ZipFile(good) as archive:
        strings = archive.read(part)
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
    )
    body = strings.split(b"?>", 1)[-1].replace(b"Home visit", b"&lol2;")
    assert b"&lol2;" in body
    bomb = rezip(good, tmp_path / "xml.xlsx", {part: laughs + body}, {})
    refused(bomb, "XML entities")


def test_password_protected_workbook_is_named_as_such(good: Path, tmp_path: Path) -> None:
    encrypted = tmp_path / "locked.xlsx"
    with good.open("rb") as plain, encrypted.open("wb") as out:
        OOXMLFile(plain).encrypt("secret", out)
    refused(encrypted, "password-protected")


def test_truncated_workbook(good: Path, tmp_path: Path) -> None:
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    refused(cut, "corrupt or truncated")


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("report.xlsx", b"%PDF-1.7 not really", "not an Excel workbook \\(it looks like a PDF"),
        ("notes.xlsx", b"just some text", "not an Excel workbook"),
        ("old.xlsx", bytes.fromhex("d0cf11e0a1b11ae1") + b"\0" * 600, "Excel 97-2003"),
        ("legacy.xls", b"anything", "unsupported file type '.xls': save it as .xlsx"),
        ("data.csv", b"%PDF-1.4", "not CSV text \\(it looks like a PDF"),
        ("data.csv", b"Date,Details\n\x00\x01\x02", "binary data"),
        ("data.csv", b"Date,Details\n01/02/2019,caf\x81", "neither UTF-8 nor Windows-1252"),
        ("empty.csv", b"", "file is empty"),
    ],
)
def test_files_that_are_not_what_they_say(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    refused(path, message)


def test_workbook_renamed_to_csv_and_word_file_renamed_to_xlsx(good: Path, tmp_path: Path) -> None:
    renamed = tmp_path / "really_excel.csv"
    renamed.write_bytes(good.read_bytes())
    refused(renamed, "not CSV text \\(it looks like a zip archive")
    word = tmp_path / "letter.xlsx"
    with zipfile.ZipFile(word, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    refused(word, "Word document")


def test_file_over_the_size_limit(good: Path) -> None:
    refused(good, "over the limit of 0 MB", Limits(max_file_bytes=1000))


def test_huge_sheet_is_refused_before_it_is_loaded(tmp_path: Path) -> None:
    path = tmp_path / "huge.xlsx"
    with xlsxwriter.Workbook(path) as workbook:
        sheet = workbook.add_worksheet("Log")
        sheet.write_row(0, 0, ["Date", "Details"])
        sheet.write(1_048_575, 0, "04/05/2019")  # the very last row Excel allows
    refused(path, "1,048,576 rows, over the limit of 250,000")


def test_row_limit_is_configurable(good: Path) -> None:
    refused(good, "3 rows, over the limit of 2", Limits(max_rows_per_sheet=2))


def test_formula_with_cached_value_is_used_and_flagged(tmp_path: Path) -> None:
    path = tmp_path / "cached.xlsx"
    with xlsxwriter.Workbook(path) as workbook:
        sheet = workbook.add_worksheet()
        sheet.write_row(0, 0, ["Date", "Details"])
        sheet.write_formula(
            1, 0, "=DATE(2019,5,4)", workbook.add_format({"num_format": "dd/mm/yyyy"}), 43589
        )
        sheet.write_formula(1, 1, '="Home "&"visit"', None, "Home visit")
    (event,) = read_chronology(path, today=TODAY).events
    assert event.date == dt.date(2019, 5, 4) and event.event_text == "Home visit"
    assert event.warnings == (
        "cell A2 is a formula; its saved value was used",
        "cell B2 is a formula; its saved value was used",
    )


def test_macro_workbook_is_read_without_running_macros(good: Path, tmp_path: Path) -> None:
    xlsm = rezip(good, tmp_path / "macro.xlsm", {}, {"xl/vbaProject.bin": b"Attribute VB_Name"})
    result = read_chronology(xlsm, today=TODAY)
    assert len(result.events) == 2
    assert "macros; they were not run" in result.notes[0]


def test_injection_text_is_kept_as_text_and_neutralised_in_csv(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Date", "Details", "Outcome"],
        ["04/05/2019", '=HYPERLINK("http://example.invalid","click")', "@SUM(A1)"],
        ["05/05/2019", "+44 7700 900123 called", "-NFA"],
    ]
    path = tmp_path / "Housing.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    result = read_chronology(path, today=TODAY)
    assert result.events[0].event_text.startswith("=HYPERLINK")  # data is kept as written
    out = tmp_path / "out"
    assert main(["ingest", str(path), "--out", str(out)]) == 0
    written = list(csv.DictReader(io.StringIO((out / "events.csv").read_text("utf-8-sig"))))
    assert written[0]["event_text"] == "'" + '=HYPERLINK("http://example.invalid","click")'
    assert written[0]["outcome"] == "'@SUM(A1)"
    assert written[1]["event_text"] == "'+44 7700 900123 called"
    assert written[1]["outcome"] == "'-NFA"
    assert written[0]["date"] == "2019-05-04"


def test_cli_prints_one_line_and_exits_non_zero(tmp_path: Path) -> None:
    bad = tmp_path / "broken.xlsx"
    bad.write_bytes(b"PK\x03\x04 definitely not a zip")
    run = subprocess.run(
        [sys.executable, "-m", "cspr", "ingest", str(bad), "--out", str(tmp_path / "o")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 2
    assert run.stderr.strip().splitlines() == [
        "cspr ingest: error: broken.xlsx: file is corrupt or truncated (not a readable zip)"
    ]
    assert "Traceback" not in run.stderr


_SHEET_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def _bare_workbook(path: Path, sheet_data: str, dimension: str = "") -> Path:
    """A minimal workbook written by hand, so that cell references can be anything."""
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    parts = {
        "[Content_Types].xml": (
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/'
            'sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            'spreadsheetml.worksheet+xml"/></Types>'
        ),
        "_rels/.rels": (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/>'
            "</Relationships>"
        ),
        "xl/workbook.xml": (
            f'<workbook xmlns="{_SHEET_NS}" xmlns:r="{rel}"><sheets>'
            '<sheet name="Log" sheetId="1" r:id="rId1"/></sheets></workbook>'
        ),
        "xl/_rels/workbook.xml.rels": (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/>'
            "</Relationships>"
        ),
        "xl/worksheets/sheet1.xml": (
            f'<worksheet xmlns="{_SHEET_NS}">{dimension}<sheetData>{sheet_data}</sheetData>'
            "</worksheet>"
        ),
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
    return path


def _inline(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


_HEADER_AND_ROW = (
    f'<row r="1">{_inline("A1", "Date")}{_inline("B1", "Details")}</row>'
    f'<row r="2">{_inline("A2", "04/05/2019")}{_inline("B2", "Home visit")}</row>'
)


def test_two_cells_at_opposite_corners_are_refused_without_crashing(tmp_path: Path) -> None:
    """A 1 KB file whose cells sit at A1 and XFD1048576 once aborted the server (512 GB grid).

    Run in a child process: if the guard regresses, the abort kills the child, not the suite.
    """
    path = _bare_workbook(
        tmp_path / "corner.xlsx",
        _HEADER_AND_ROW + f'<row r="1048576">{_inline("XFD1048576", "x")}</row>',
    )
    run = subprocess.run(
        [sys.executable, "-m", "cspr.cli", "ingest", str(path), "--out", str(tmp_path / "out")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 2, run.stderr[-500:]
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "corner.xlsx" in lines[0] and "1,048,576 rows, over the limit" in lines[0]


_CORNER_CELLS = {
    "single quotes": "<row r='1048576'><c r='XFD1048576' t='inlineStr'><is><t>x</t></is></c></row>",
    "spaces round =": (
        '<row r = "1048576"><c r = "XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>'
    ),
    "namespace prefix": (
        f'<x:row xmlns:x="{_SHEET_NS}" r="1048576"><x:c r="XFD1048576" t="inlineStr">'
        "<x:is><x:t>x</x:t></x:is></x:c></x:row>"
    ),
    "character reference": (
        '<row r="1048576"><c r="&#88;FD1048576" t="inlineStr"><is><t>x</t></is></c></row>'
    ),
}


@pytest.mark.parametrize("way", sorted(_CORNER_CELLS))
def test_the_far_corner_written_any_way_xml_allows_is_refused_without_crashing(
    tmp_path: Path, way: str
) -> None:
    """The same 512 GB grid, its position written as an XML parser reads it but the first
    guard's pattern did not (single quotes, spaces, a prefix, a character reference)."""
    path = _bare_workbook(tmp_path / "corner.xlsx", _HEADER_AND_ROW + _CORNER_CELLS[way])
    run = subprocess.run(
        [sys.executable, "-m", "cspr.cli", "ingest", str(path), "--out", str(tmp_path / "out")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 2, (run.returncode, run.stderr[-500:])
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and "corner.xlsx" in lines[0] and "rows" in lines[0], lines


def test_a_sheet_stored_outside_xl_worksheets_is_refused_not_read_unchecked(
    tmp_path: Path,
) -> None:
    """The size checks look where spreadsheet programs write sheets; a workbook whose
    relationships point elsewhere once reached the reader unchecked (and aborted it)."""
    path = _bare_workbook(
        tmp_path / "moved.xlsx",
        _HEADER_AND_ROW + f'<row r="1048576">{_inline("XFD1048576", "x")}</row>',
    )
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    rels = "xl/_rels/workbook.xml.rels"
    parts[rels] = parts[rels].replace(b"worksheets/sheet1.xml", b"data/s.xml")
    parts["xl/data/s.xml"] = parts.pop("xl/worksheets/sheet1.xml")
    moved = tmp_path / "moved2.xlsx"
    with zipfile.ZipFile(moved, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    refused(moved, "sheet 'Log' is stored at xl/data/s.xml, not where spreadsheet programs")


def test_a_wide_but_short_sheet_is_refused_by_its_columns(tmp_path: Path) -> None:
    path = _bare_workbook(
        tmp_path / "wide.xlsx", _HEADER_AND_ROW + f'<row r="3">{_inline("XFD3", "x")}</row>'
    )
    refused(path, "sheet 'Log' has 16,384 columns, over the limit of 500")


def test_a_sparse_grid_within_row_and_column_limits_is_refused_by_its_area(
    tmp_path: Path,
) -> None:
    path = _bare_workbook(
        tmp_path / "area.xlsx",
        _HEADER_AND_ROW + f'<row r="200000">{_inline("RZ200000", "x")}</row>',
    )
    refused(path, "200,000 rows by 494 columns, over the limit of 20,000,000 cells")


def test_a_huge_declared_dimension_alone_is_harmless(tmp_path: Path) -> None:
    path = _bare_workbook(
        tmp_path / "dimension.xlsx", _HEADER_AND_ROW, '<dimension ref="A1:XFD1048576"/>'
    )
    for engine in ("calamine", "openpyxl"):
        result = read_chronology(path, today=TODAY, engine=engine)  # type: ignore[arg-type]
        assert [e.event_text for e in result.events] == ["Home visit"]


def test_cells_without_references_are_read_by_the_streaming_reader(tmp_path: Path) -> None:
    def cell(text: str) -> str:
        return f'<c t="inlineStr"><is><t>{text}</t></is></c>'

    rows = (
        f"<row>{cell('Date')}{cell('Details')}</row><row>{cell('04/05/2019')}{cell('Visit')}</row>"
    )
    result = read_chronology(_bare_workbook(tmp_path / "unplaced.xlsx", rows), today=TODAY)
    assert [(e.date, e.event_text) for e in result.events] == [(dt.date(2019, 5, 4), "Visit")]
    many = "".join(f"<row>{cell('04/05/2019')}{cell('x')}</row>" for _ in range(5))
    path = _bare_workbook(
        tmp_path / "long.xlsx", f"<row>{cell('Date')}{cell('Details')}</row>" + many
    )
    refused(path, "has over 4 rows, the limit", Limits(max_rows_per_sheet=4))


def test_total_expansion_is_capped_while_streaming(tmp_path: Path) -> None:
    """A bomb under the ratio check (115:1) but expanding to hundreds of MB is still refused."""
    padding = "".join(
        f'<row r="{r}">{_inline(f"A{r}", "04/05/2019")}{_inline(f"B{r}", "y" * 400)}</row>'
        for r in range(3, 3000)
    )
    path = _bare_workbook(tmp_path / "expands.xlsx", _HEADER_AND_ROW + padding)
    refused(path, "over the limit of 1 MB .* zip bomb", Limits(max_uncompressed_bytes=1 << 20))
    assert len(read_chronology(path, today=TODAY).events) == 2998


def test_csv_over_the_row_limit_stops_while_reading(tmp_path: Path) -> None:
    path = tmp_path / "long.csv"
    path.write_text("Date,Details\n" + "04/05/2019,visit\n" * 10, encoding="utf-8")
    refused(path, "the file has over 5 rows, the limit", Limits(max_rows_per_sheet=5))
