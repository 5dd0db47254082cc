"""Issue 16: the hand-written XLSX writer. What a reader of its files must get back: every
character of every text (escapes, control characters, spaces at the ends), numbers, booleans
and dates as what they are, the styles asked for, and the sheet settings (widths the same as
xlsxwriter's, frozen panes, filters, print areas and titles, page setup), read by openpyxl and
by the calamine reader the project ingests with. A failed write leaves no file."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import openpyxl
import pytest
import xlsxwriter
from python_calamine import CalamineWorkbook

from chronology.workbook_writer import (
    MAX_TEXT,
    PageSetup,
    Style,
    Workbook,
    column_letter,
    escape_text,
    excel_serial,
)

AWKWARD = [
    "plain",
    "A&E <urgent> \"quoted\" 'single'",
    "  leading and trailing  ",
    "line one\nline two\ttabbed",
    "bell\x07 and vertical tab\x0b and null\x00 and escape\x1b",
    "carriage\r\nreturn",
    "literal _x0041_ and _x005F_ and _xZZZZ_",
    "=SUM(A1:A2)",
    "+44 1234",
    "@cmd",
    "-2+3",
    "http://example.org/link",
    "Zoë, Łukasz, 李, emoji 🙂",
]


def _write(path: Path, rows: list[list[object]], style: Style | None = None) -> Workbook:
    book = Workbook(path, title="A & B <title>")
    number = book.style(style or Style(wrap=True, valign="top"))
    sheet = book.add_sheet("Data")
    for row in rows:
        sheet.write_row(row, [number] * len(row))
    book.close()
    return book


def test_every_character_reads_back_as_written(tmp_path: Path) -> None:
    path = tmp_path / "text.xlsx"
    _write(path, [[text] for text in AWKWARD])
    # XML cannot hold control characters (nor keep a carriage return); Excel's `_xHHHH_`
    # escapes carry them, and calamine (as Excel) reads every text back exactly.
    calamine = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("Data").to_python()
    assert [row[0] for row in calamine] == AWKWARD
    # openpyxl does not decode those escapes (nor in xlsxwriter's files): the rest it reads
    # exactly, spaces at the ends included.
    sheet = openpyxl.load_workbook(path)["Data"]
    read = [row[0] for row in sheet.iter_rows(values_only=True)]
    escaped = {4, 5, 6}  # control characters, a carriage return, literal escapes
    assert [t for i, t in enumerate(read) if i not in escaped] == [
        t for i, t in enumerate(AWKWARD) if i not in escaped
    ]
    assert read[4] == "bell_x0007_ and vertical tab_x000B_ and null_x0000_ and escape_x001B_"
    xml = zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml")
    assert b"<f>" not in xml and b"hyperlink" not in xml  # text is never a formula or link


def test_values_keep_their_types(tmp_path: Path) -> None:
    path = tmp_path / "types.xlsx"
    row: list[object] = [1, 2.5, -0.125, True, False, dt.date(2019, 3, 14), None, "", 10**15]
    book = Workbook(path)
    text = book.style(Style())
    day = book.style(Style(num_format="dd/mm/yyyy"))
    sheet = book.add_sheet("Types")
    sheet.write_row(row, [text] * 5 + [day] + [text] * 3)
    sheet.write_row([dt.date(1899, 1, 1), dt.date(1900, 3, 1)], [day, day])
    book.close()
    values = list(openpyxl.load_workbook(path)["Types"].iter_rows(values_only=True))
    assert values[0] == (1, 2.5, -0.125, True, False, dt.datetime(2019, 3, 14), None, None, 10**15)
    # a date Excel cannot show as a date is kept, as text, not lost or shifted
    assert values[1][:2] == ("1899-01-01", dt.datetime(1900, 3, 1))
    assert excel_serial(dt.date(1900, 3, 1)) == 61 and excel_serial(dt.date(2019, 3, 14)) == 43538


def test_text_over_excels_limit_is_cut_and_the_row_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "long.xlsx"
    huge = "x" * (MAX_TEXT + 500)
    _write(path, [[huge, "after"]])
    first, after = next(openpyxl.load_workbook(path)["Data"].iter_rows(values_only=True))
    assert first == huge[:MAX_TEXT] and after == "after"


def test_styles_are_what_was_asked(tmp_path: Path) -> None:
    path = tmp_path / "styles.xlsx"
    book = Workbook(path)
    header = book.style(
        Style(bold=True, font_color="#FFFFFF", bg_color="#333333", border_color="#000000")
    )
    cell = book.style(
        Style(wrap=True, valign="top", align="left", bg_color="#CCE5FF", border_color="#BBBBBB")
    )
    month = book.style(Style(bg_color="#CCE5FF", num_format="mm/yyyy"))
    assert book.style(Style(bg_color="#CCE5FF", num_format="mm/yyyy")) == month  # made once
    sheet = book.add_sheet("Styled")
    sheet.write_row(["Heading", "Text", dt.date(2017, 3, 1)], [header, cell, month])
    sheet.write_row([None, "", "blank but coloured"], [cell, cell, cell])
    book.close()
    ws = openpyxl.load_workbook(path)["Styled"]
    a1, b1, c1 = ws[1]
    assert a1.font.b and a1.font.color.rgb == "FFFFFFFF" and a1.fill.fgColor.rgb == "FF333333"
    assert a1.border.left.style == "thin" and a1.border.bottom.color.rgb == "FF000000"
    assert not b1.font.b and b1.alignment.wrap_text and b1.alignment.vertical == "top"
    assert b1.alignment.horizontal == "left" and b1.border.top.color.rgb == "FFBBBBBB"
    assert c1.number_format == "mm/yyyy" and c1.is_date
    assert all(c.fill.fgColor.rgb == "FFCCE5FF" for c in ws[2])  # blank cells keep their colour


def test_sheet_settings(tmp_path: Path) -> None:
    path = tmp_path / "settings.xlsx"
    book = Workbook(path)
    plain = book.style(Style())
    main = book.add_sheet("Integrated chronology")
    main.set_widths([10.5, 6, 58, 0.5])
    for r in range(5):
        main.write_row([f"r{r}", r, "text", ""], [plain] * 4, 45.0 if r == 2 else None)
    main.freeze = (1, 1)
    main.filter_columns = 4
    main.page = PageSetup(
        columns_printed=3,
        header='&C&"-,Bold"OFFICIAL && SENSITIVE',
        footer="&L&A&CPage &P of &N",
        margins={"left": 0.4, "right": 0.4, "top": 0.75, "bottom": 0.75},
        header_margin=0.3,
    )
    other = book.add_sheet("It's other")
    other.write_row(["a"], [plain])
    other.freeze = (1, 0)
    book.close()
    wb = openpyxl.load_workbook(path)
    ws = wb["Integrated chronology"]
    assert ws.freeze_panes == "B2" and ws.auto_filter.ref == "A1:D5"
    assert ws.row_dimensions[3].height == 45.0 and ws.row_dimensions[2].height is None
    assert ws.print_title_rows in ("1:1", "$1:$1")
    assert ws.print_area == "'Integrated chronology'!$A$1:$C$5"
    assert ws.page_setup.paperSize == 9 and ws.page_setup.orientation == "landscape"
    assert ws.page_setup.fitToHeight == 0 and ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.page_margins.left == 0.4 and ws.page_margins.header == 0.3
    assert ws.oddHeader.center.text == "OFFICIAL && SENSITIVE"  # Excel's code for one &
    assert ws.oddFooter.center.text == "Page &P of &N"
    assert wb["It's other"].freeze_panes == "A2" and wb.active.title == "Integrated chronology"
    # column widths exactly as xlsxwriter stores the same widths
    reference = tmp_path / "reference.xlsx"
    ref_book = xlsxwriter.Workbook(str(reference))
    ref_sheet = ref_book.add_worksheet()
    for col, width in enumerate([10.5, 6, 58, 0.5]):
        ref_sheet.set_column(col, col, width)
    ref_book.close()
    expected = openpyxl.load_workbook(reference).worksheets[0]
    for letter in "ABCD":
        assert ws.column_dimensions[letter].width == expected.column_dimensions[letter].width


def test_document_title_and_no_author(tmp_path: Path) -> None:
    path = tmp_path / "props.xlsx"
    _write(path, [["x"]])
    props = openpyxl.load_workbook(path).properties
    assert props.title == "A & B <title>" and props.creator in (None, "")


def test_bad_input_fails_clearly_and_leaves_no_file(tmp_path: Path) -> None:
    book = Workbook(tmp_path / "bad.xlsx")
    with pytest.raises(ValueError, match="not a worksheet name"):
        book.add_sheet("a/b")
    with pytest.raises(ValueError, match="not a worksheet name"):
        book.add_sheet("x" * 32)
    sheet = book.add_sheet("Fine")
    with pytest.raises(ValueError, match="already in the workbook"):
        book.add_sheet("FINE")
    with pytest.raises(ValueError, match="2 values for 1 styles"):
        sheet.write_row(["a", "b"], [0])
    with pytest.raises(TypeError, match="cannot write a set"):
        sheet.write_row([{1}], [0])
    sheet.page = PageSetup(columns_printed=1)
    sheet.filter_columns = 1
    book.close()
    assert openpyxl.load_workbook(tmp_path / "bad.xlsx")["Fine"].max_row >= 1
    assert [p.name for p in tmp_path.iterdir()] == ["bad.xlsx"]  # no partial file left

    failing = Workbook(tmp_path / "missing-folder" / "x.xlsx")
    failing.add_sheet("S").write_row(["a"], [0])
    with pytest.raises(OSError):
        failing.close()
    assert not (tmp_path / "missing-folder").exists()


def test_helpers() -> None:
    assert [column_letter(i) for i in (0, 25, 26, 51, 701, 702)] == [
        "A",
        "Z",
        "AA",
        "AZ",
        "ZZ",
        "AAA",
    ]
    assert escape_text("plain text") == "plain text"
    assert escape_text("a<b&c") == "a&lt;b&amp;c"
    assert escape_text("\x01") == "_x0001_"
    assert escape_text("_x0041_") == "_x005F_x0041_"


def test_sheet_parts_carry_no_zip64_headers(tmp_path: Path) -> None:
    """Excel refuses ZIP64 headers on small parts (a review found them forced on every sheet):
    each part's local header has no extra field and says version 2.0."""
    path = tmp_path / "zip.xlsx"
    _write(path, [[f"row {i}", i] for i in range(2000)])
    raw = path.read_bytes()
    with zipfile.ZipFile(path) as package:
        assert package.testzip() is None
        for info in package.infolist():
            local = raw[info.header_offset : info.header_offset + 30]
            version, extra = (
                int.from_bytes(local[4:6], "little"),
                int.from_bytes(local[28:30], "little"),
            )
            assert (version, extra) == (20, 0), info.filename
            assert info.date_time[0] >= 2026  # stamped now, not 1980


def test_numbers_of_other_types_are_written_as_numbers(tmp_path: Path) -> None:
    import enum

    import numpy as np

    class Level(enum.IntEnum):
        HIGH = 3

    path = tmp_path / "numbers.xlsx"
    _write(path, [[np.float64(0.58), Level.HIGH, float("nan"), float("inf"), 1e-05, 1e16]])
    xml = zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml")
    assert b"np.float64" not in xml and b"Level" not in xml
    values = next(openpyxl.load_workbook(path)["Data"].iter_rows(values_only=True))
    assert values == (0.58, 3, "nan", "inf", 1e-05, 1e16)


def test_text_is_cut_in_utf16_units_and_non_characters_replaced(tmp_path: Path) -> None:
    path = tmp_path / "emoji.xlsx"
    emoji = "\U0001f642" * 20_000  # 40,000 UTF-16 units
    _write(path, [[emoji], ["lone \ud800 surrogate and \ufffe"]])
    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("Data").to_python()
    assert rows[0][0] == "\U0001f642" * (MAX_TEXT // 2)  # 32,766 units: no half a pair
    assert rows[1][0] == "lone \ufffd surrogate and \ufffd"


def test_dates_in_early_1900_are_dates(tmp_path: Path) -> None:
    path = tmp_path / "early.xlsx"
    book = Workbook(path)
    day = book.style(Style(num_format="dd/mm/yyyy"))
    sheet = book.add_sheet("Early")
    sheet.write_row([dt.date(1900, 1, 1), dt.date(1900, 2, 28), dt.date(1899, 12, 31)], [day] * 3)
    book.close()
    xml = zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml")
    assert b"<v>1</v>" in xml and b"<v>59</v>" in xml  # Excel's own serials for those days
    assert b"1899-12-31" in xml  # before Excel's first date: text, not lost
    assert excel_serial(dt.date(1900, 2, 28)) == 59


def test_names_and_headers_excel_would_refuse_are_refused(tmp_path: Path) -> None:
    book = Workbook(tmp_path / "names.xlsx")
    for bad in ("'quoted", "quoted'", "History", "tab\there"):
        with pytest.raises(ValueError, match="not a worksheet name"):
            book.add_sheet(bad)
    sheet = book.add_sheet("Fine")
    sheet.write_row(["a"], [0])
    sheet.page = PageSetup(columns_printed=1, header="x" * 256)
    with pytest.raises(ValueError, match="header or footer of 256 characters"):
        book.close()
    assert not list(tmp_path.iterdir())


def test_a_long_marking_is_cut_to_fit_the_page_footer(tmp_path: Path) -> None:
    from chronology.export_xlsx import write_integrated_xlsx
    from chronology.integrate import Integration

    path = tmp_path / "marked.xlsx"
    marking = "OFFICIAL-SENSITIVE & PERSONAL " * 20  # 600 characters
    write_integrated_xlsx(Integration([], [], {}), [], path, marking=marking)
    footer = openpyxl.load_workbook(path)["Integrated chronology"].oddFooter.right.text
    assert footer.startswith("OFFICIAL-SENSITIVE && PERSONAL") and len(footer) < 255


def test_the_workbook_gets_the_same_mode_as_other_outputs(tmp_path: Path) -> None:
    import os

    old = os.umask(0o022)
    try:
        _write(tmp_path / "mode.xlsx", [["x"]])
        (tmp_path / "other.csv").write_text("x")
    finally:
        os.umask(old)
    mode = (tmp_path / "mode.xlsx").stat().st_mode & 0o777
    assert mode == (tmp_path / "other.csv").stat().st_mode & 0o777 == 0o644


def test_cells_needing_escapes_among_plain_ones_in_one_row(tmp_path: Path) -> None:
    """A row is searched once for anything to escape, then cell by cell: every cell of a row
    with one awkward cell, and an escape-like text made only by two cells side by side, read
    back as written."""
    path = tmp_path / "rows.xlsx"
    rows: list[list[object]] = [
        ["plain", *AWKWARD, 7, "plain again"],
        ["ends in _x00", "41_ starts", "plain"],  # "_x0041_" only across the join
        ["plain", "only", "plain"],
    ]
    _write(path, rows)
    calamine = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("Data").to_python()
    assert calamine[0][: len(AWKWARD) + 1] == ["plain", *AWKWARD]
    assert calamine[0][-1] == "plain again"
    assert calamine[1][:3] == rows[1] and calamine[2][:3] == rows[2]
