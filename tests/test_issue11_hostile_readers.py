"""Issue 11: hostile files found by a second, adversarial probe of the readers (each small,
most under 5 KB). Every one once aborted the process, held gigabytes, took minutes, printed a
traceback or lost rows without a word. Files that could abort the reader are read in a child
process, so a regression kills the child, not the suite."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import openpyxl
import pytest

from chronology import filesafety
from chronology.filesafety import Limits, scan_workbook
from chronology.ingest import read_chronology
from chronology.readers import read_workbook
from tests.builders import rezip, write_xlsx
from tests.test_hostile_files import _HEADER_AND_ROW, _SHEET_NS, _bare_workbook, _inline, refused

TODAY = dt.date(2026, 11, 30)
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _ingest_in_child(path: Path, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cspr.cli", "ingest", str(path), "--out", str(tmp_path / "out")],
        capture_output=True,
        text=True,
        timeout=300,  # a hang guard, not a measure of speed
    )


def _refused_in_child(path: Path, tmp_path: Path, words: str) -> None:
    run = _ingest_in_child(path, tmp_path)
    lines = run.stderr.strip().splitlines()
    assert run.returncode == 2, (run.returncode, run.stderr[-800:])
    assert len(lines) == 1 and path.name in lines[0] and words in lines[0], lines


def _with_parts(path: Path, base: Path, replace: dict[str, str], add: dict[str, str]) -> Path:
    return rezip(
        base,
        path,
        {k: v.encode() for k, v in replace.items()},
        {k: v.encode() for k, v in add.items()},
    )


# ------------------------------------------------------------------ aborts and tracebacks


def test_shared_strings_declaring_billions_of_entries_are_refused(tmp_path: Path) -> None:
    """calamine reserved 96 GB for a 1.9 KB file's declared uniqueCount and aborted."""
    base = _bare_workbook(tmp_path / "base.xlsx", _HEADER_AND_ROW)
    sst = f'<sst xmlns="{_SHEET_NS}" count="4000000000" uniqueCount="4000000000">'
    sst += "<si><t>x</t></si></sst>"
    path = _with_parts(tmp_path / "sst.xlsx", base, {}, {"xl/sharedStrings.xml": sst})
    _refused_in_child(path, tmp_path, "shared strings declare 4,000,000,000 entries")


@pytest.mark.parametrize("decoy", ["foo=\" r='A9'\"", 'xmlns:x="urn:x" x:r="A9"'])
def test_a_decoy_reference_before_the_real_one_does_not_hide_the_far_corner(
    tmp_path: Path, decoy: str
) -> None:
    far = f'<row r="1048576"><c {decoy} r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>'
    path = _bare_workbook(tmp_path / "decoy.xlsx", _HEADER_AND_ROW + far)
    _refused_in_child(path, tmp_path, "rows")


def test_sheets_sharing_one_part_are_refused(tmp_path: Path) -> None:
    """Twelve sheets on one 20-million-cell part made twelve grids (640 MB each)."""
    base = _bare_workbook(tmp_path / "base.xlsx", _HEADER_AND_ROW)
    with zipfile.ZipFile(base) as archive:
        workbook = archive.read("xl/workbook.xml").decode()
    workbook = workbook.replace(
        "</sheets>", '<sheet name="Copy" sheetId="2" r:id="rId1"/></sheets>'
    )
    path = _with_parts(tmp_path / "shared.xlsx", base, {"xl/workbook.xml": workbook}, {})
    refused(path, "sheet 'Copy' shares another sheet's data")


def test_two_sheets_of_one_name_are_refused(tmp_path: Path) -> None:
    """A reader finds sheets by name: the second was lost and the first read twice."""
    base = _bare_workbook(tmp_path / "base.xlsx", _HEADER_AND_ROW)
    with zipfile.ZipFile(base) as archive:
        workbook = archive.read("xl/workbook.xml").decode()
        rels = archive.read("xl/_rels/workbook.xml.rels").decode()
        sheet = archive.read("xl/worksheets/sheet1.xml").decode()
    workbook = workbook.replace("</sheets>", '<sheet name="log" sheetId="2" r:id="rId2"/></sheets>')
    rels = rels.replace(
        "</Relationships>",
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/worksheet" Target="worksheets/sheet2.xml"/></Relationships>',
    )
    path = _with_parts(
        tmp_path / "names.xlsx",
        base,
        {"xl/workbook.xml": workbook, "xl/_rels/workbook.xml.rels": rels},
        {"xl/worksheets/sheet2.xml": sheet},
    )
    refused(path, "two sheets are named 'log'")


def _dated_workbook(tmp_path: Path, third_value: str) -> Path:
    """Two dated rows written by openpyxl (date cells, dd/mm/yyyy), the second date's value
    element replaced by `third_value` as a hostile file would write it."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Log"
    sheet.append(["Date", "Details"])
    sheet.append([43590, "Home visit"])
    sheet.append([43591, "Phone call"])
    for row in (2, 3):
        sheet.cell(row=row, column=1).number_format = "dd/mm/yyyy"
    base = tmp_path / "base.xlsx"
    workbook.save(base)
    with zipfile.ZipFile(base) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<v>43591</v>" in xml
    xml = xml.replace("<v>43591</v>", third_value)
    return _with_parts(tmp_path / "dated.xlsx", base, {"xl/worksheets/sheet1.xml": xml}, {})


@pytest.mark.parametrize("serial", ["-1e308", "-5000000000000", "1e300"])
def test_a_date_cell_no_date_can_hold_is_a_reason_not_a_panic(tmp_path: Path, serial: str) -> None:
    """calamine panicked converting it (a PanicException is not an Exception)."""
    path = _dated_workbook(tmp_path, f"<v>{serial}</v>")
    run = _ingest_in_child(path, tmp_path)
    assert run.returncode in (0, 2) and len(run.stderr.strip().splitlines()) <= 1, run.stderr
    result = read_chronology(path, today=TODAY)
    assert [e.event_text for e in result.events] == ["Home visit"]
    assert [r.source.row for r in result.refused] == [3]


def test_a_damaged_style_number_and_damaged_utf16_text_are_one_line_refusals_or_read(
    tmp_path: Path,
) -> None:
    base = _bare_workbook(tmp_path / "base.xlsx", _HEADER_AND_ROW)
    styles = (
        f'<styleSheet xmlns="{_SHEET_NS}"><numFmts count="1"><numFmt numFmtId="abc" '
        'formatCode="yyyy"/></numFmts><cellXfs count="1"><xf numFmtId="x"/></cellXfs></styleSheet>'
    )
    path = _with_parts(tmp_path / "styles.xlsx", base, {}, {"xl/styles.xml": styles})
    assert [e.event_text for e in read_chronology(path, today=TODAY).events] == ["Home visit"]
    broken = tmp_path / "broken.csv"
    broken.write_bytes(b"\xff\xfe" + "Date,Details\n".encode("utf-16-le") + b"\x00\xd8A\x00")
    refused(broken, "UTF-16 text is damaged")


# ------------------------------------------------------------------ memory and time


def test_merged_ranges_are_cut_to_the_cells_the_sheet_holds(tmp_path: Path) -> None:
    """Forty merges B1:C1048576 in a 1.8 KB file held 2.8 GB; one XFD2:XFD40000 another."""
    merges = "".join(f'<mergeCell ref="B{k}:C1048576"/>' for k in range(1, 41))
    merges += '<mergeCell ref="XFD2:XFD40000"/>'
    sheet = (
        f'<worksheet xmlns="{_SHEET_NS}"><sheetData>{_HEADER_AND_ROW}</sheetData>'
        f'<mergeCells count="41">{merges}</mergeCells></worksheet>'
    )
    base = _bare_workbook(tmp_path / "base.xlsx", _HEADER_AND_ROW)
    path = _with_parts(tmp_path / "merges.xlsx", base, {"xl/worksheets/sheet1.xml": sheet}, {})
    raw = read_workbook(path, Limits())
    (only,) = raw.sheets
    assert len(only.rows) == 2
    assert all(r1 <= 1 and c1 <= 1 for _, (r1, c1) in only.merged), only.merged


def test_merged_ranges_covering_too_much_are_refused(tmp_path: Path) -> None:
    """A thousand merges over 250,000 rows took 36 s of CPU to fill down."""
    far = f'<row r="3000">{_inline("A3000", "x")}{_inline("B3000", "y")}</row>'
    merges = "".join(f'<mergeCell ref="A{k}:B3000"/>' for k in range(1, 200))
    sheet = (
        f'<worksheet xmlns="{_SHEET_NS}"><sheetData>{_HEADER_AND_ROW}{far}</sheetData>'
        f"<mergeCells>{merges}</mergeCells></worksheet>"
    )
    base = _bare_workbook(tmp_path / "base.xlsx", _HEADER_AND_ROW)
    path = _with_parts(tmp_path / "cover.xlsx", base, {"xl/worksheets/sheet1.xml": sheet}, {})
    refused(path, "merged ranges cover too much", Limits(max_grid_cells=100_000))


def test_parts_parsed_whole_are_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A 3 MB workbook whose styles part expands to 280 MB of '<a/>' (under the ratio check)
    held 2.8 GB; a Word document of empty elements likewise. (Bounds lowered here so that
    small files, which the ratio check lets through, reach them.)"""
    monkeypatch.setattr(filesafety, "_PARSED_PART_BYTES", 50_000)
    monkeypatch.setattr(filesafety, "_PARSED_ELEMENTS", 5_000)
    base = _bare_workbook(tmp_path / "base.xlsx", _HEADER_AND_ROW)
    styles = f'<styleSheet xmlns="{_SHEET_NS}">'
    styles += "".join(f'<a n="{i}"/>' for i in range(8_000)) + "</styleSheet>"
    path = _with_parts(tmp_path / "styles.xlsx", base, {}, {"xl/styles.xml": styles})
    refused(path, "part xl/styles.xml is 0 MB, far larger than any workbook writes")
    document = docx.Document()
    document.add_paragraph("x")
    plain = tmp_path / "plain.docx"
    document.save(plain)
    with zipfile.ZipFile(plain) as archive:
        body = archive.read("word/document.xml").decode()
    bomb = body.replace("<w:body>", "<w:body>" + "<w:p/>" * 6_000, 1)
    path = _with_parts(tmp_path / "bomb.docx", plain, {"word/document.xml": bomb}, {})
    refused(path, "word/document.xml brings the file over 5,000 XML elements")


def test_a_sheet_without_positions_is_bounded_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """openpyxl walks such a sheet whole to size it: 249,000 rows of 80 cells took 106 s."""
    monkeypatch.setattr(filesafety, "STREAMED_CELLS", 1_000)
    cell = '<c t="inlineStr"><is><t>x</t></is></c>'
    rows = "".join("<row>" + cell * 80 + "</row>" for _ in range(20))
    path = _bare_workbook(tmp_path / "unplaced.xlsx", _HEADER_AND_ROW + rows)
    refused(path, "must be read by the slower reader")


def test_a_tag_that_never_closes_is_scanned_in_linear_time(tmp_path: Path) -> None:
    """'<c ' repeated with no '>' made the scan's patterns quadratic (84 s for 128 KB); a
    million of them must be answered (here refused as damaged) in the child's time."""
    path = _bare_workbook(tmp_path / "open.xlsx", _HEADER_AND_ROW + "<c " * 1_000_000)
    run = _ingest_in_child(path, tmp_path)
    assert run.returncode == 2 and len(run.stderr.strip().splitlines()) == 1, run.stderr[-500:]


def test_a_word_row_skipping_millions_of_grid_columns_is_refused(tmp_path: Path) -> None:
    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Date", "Details"
    table.cell(1, 0).text, table.cell(1, 1).text = "04/05/2019", "Home visit"
    plain = tmp_path / "plain.docx"
    document.save(plain)
    with zipfile.ZipFile(plain) as archive:
        body = archive.read("word/document.xml").decode()
    skip = '<w:tr><w:trPr><w:gridBefore w:val="100000000"/></w:trPr></w:tr>'
    hostile = body.replace("</w:tbl>", skip + "</w:tbl>", 1)
    path = _with_parts(tmp_path / "grid.docx", plain, {"word/document.xml": hostile}, {})
    refused(path, "100,000,000 columns, over the limit of 500")


def test_five_hundred_columns_of_one_name_are_all_kept_in_linear_space(tmp_path: Path) -> None:
    """A quote added per repeated header ("Notes'''...") wrote 650 MB from a 5 MB file, and
    two columns of one name kept only the last in `extra`."""
    header = "Date,Details," + ",".join(["Notes"] * 400)
    row = "04/05/2019,Home visit," + ",".join(f"n{i}" for i in range(400))
    path = tmp_path / "notes.csv"
    path.write_text(f"{header}\n{row}\nnot a date,Call,{','.join(['x'] * 400)}\n")
    result = read_chronology(path, today=TODAY)
    (event,) = result.events
    assert event.extra["Notes"] == "n0" and event.extra["Notes (400)"] == "n399"
    assert len(event.extra) == 400
    (rejection,) = result.rejections
    assert max(len(key) for key in rejection.raw) < 20


# ------------------------------------------------------------------ rows and dates kept


def test_a_utf16_sheet_part_is_refused_not_read_as_empty(tmp_path: Path) -> None:
    base = _bare_workbook(tmp_path / "base.xlsx", _HEADER_AND_ROW)
    sheet = f'<worksheet xmlns="{_SHEET_NS}"><sheetData>{_HEADER_AND_ROW}</sheetData></worksheet>'
    utf16 = rezip(
        base,
        tmp_path / "utf16.xlsx",
        {"xl/worksheets/sheet1.xml": sheet.encode("utf-16")},
        {},
    )
    refused(utf16, "part xl/worksheets/sheet1.xml is not UTF-8 XML")


def test_date1904_written_with_single_quotes_is_honoured(tmp_path: Path) -> None:
    base = _bare_workbook(tmp_path / "base.xlsx", _HEADER_AND_ROW)
    with zipfile.ZipFile(base) as archive:
        workbook = archive.read("xl/workbook.xml").decode()
    workbook = workbook.replace("<sheets>", "<workbookPr date1904='1'/><sheets>")
    path = _with_parts(tmp_path / "1904.xlsx", base, {"xl/workbook.xml": workbook}, {})
    assert scan_workbook(path, Limits()).epoch.year == 1904


def test_a_not_a_number_serial_is_refused_not_read_as_1899(tmp_path: Path) -> None:
    from chronology.dates import DateError, parse_date

    for value in (float("nan"), float("inf"), float("-inf")):
        with pytest.raises(DateError, match="not a plausible Excel date number"):
            parse_date(value)


def _content_controlled(tmp_path: Path, where: str) -> Path:
    document = docx.Document()
    table = document.add_table(rows=4, cols=2)
    for r, (date, text) in enumerate(
        [
            ("Date", "Details"),
            ("04/05/2019", "Home visit"),
            ("05/05/2019", "Phone call"),
            ("06/05/2019", "Strategy discussion"),
        ]
    ):
        table.cell(r, 0).text, table.cell(r, 1).text = date, text
    plain = tmp_path / "plain.docx"
    document.save(plain)
    with zipfile.ZipFile(plain) as archive:
        body = archive.read("word/document.xml").decode()
    start, end = "<w:sdt><w:sdtPr/><w:sdtContent>", "</w:sdtContent></w:sdt>"
    if where == "table":
        body = body.replace("<w:tbl>", start + "<w:tbl>", 1).replace("</w:tbl>", "</w:tbl>" + end)
    elif where == "rows":
        first = body.index("<w:tr", body.index("</w:tr>"))  # the second row onwards
        last = body.rindex("</w:tr>") + len("</w:tr>")
        body = body[:first] + start + body[first:last] + end + body[last:]
    else:  # the date cell of the last row
        row = body.rindex("<w:tr")
        cell = body.index("<w:tc>", row)
        close = body.index("</w:tc>", cell) + len("</w:tc>")
        body = body[:cell] + start + body[cell:close] + end + body[close:]
    return _with_parts(tmp_path / f"{where}.docx", plain, {"word/document.xml": body}, {})


@pytest.mark.parametrize("where", ["table", "rows", "cell"])
def test_word_content_controls_round_tables_rows_and_cells_are_read_through(
    tmp_path: Path, where: str
) -> None:
    """A table inside a content control was not seen, rows inside one were lost, and a cell
    inside one shifted the row's cells one column left."""
    result = read_chronology(_content_controlled(tmp_path, where), today=TODAY)
    got = [(e.date, e.event_text) for e in result.events]
    assert got == [
        (dt.date(2019, 5, 4), "Home visit"),
        (dt.date(2019, 5, 5), "Phone call"),
        (dt.date(2019, 5, 6), "Strategy discussion"),
    ]


def test_a_workbook_with_a_chart_sheet_is_read(tmp_path: Path) -> None:
    """Chart sheets live in xl/chartsheets/: the sheet-location check must allow them."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Log"
    sheet.append(["Date", "Details"])
    sheet.append(["04/05/2019", "Home visit"])
    workbook.create_chartsheet("Chart")
    path = tmp_path / "chart.xlsx"
    workbook.save(path)
    assert [e.event_text for e in read_chronology(path, today=TODAY).events] == ["Home visit"]


def test_sheets_adding_up_past_the_cell_limit_are_refused(tmp_path: Path) -> None:
    sheets = {f"S{i}": [["Date", "Details"], *[["04/05/2019", "x"]] * 300] for i in range(4)}
    path = write_xlsx(tmp_path / "four.xlsx", sheets)
    refused(
        path, "grids add up to 2,408 cells, over the limit of 2,000", Limits(max_grid_cells=2000)
    )


# ------------------------------------------------- found by a second probe, after the first


def _shared_strings_workbook(tmp_path: Path, strings: list[str], uses: int) -> Path:
    """A workbook whose shared string 0 is used by `uses` cells of column C."""
    cells = "".join(
        f'<row r="{r}">{_inline(f"A{r}", "04/05/2019")}{_inline(f"B{r}", "Visit")}'
        f'<c r="C{r}" t="s"><v>0</v></c></row>'
        for r in range(3, 3 + uses)
    )
    base = _bare_workbook(tmp_path / "base.xlsx", _HEADER_AND_ROW + cells)
    items = "".join(f"<si><t>{s}</t></si>" for s in strings)
    sst = f'<sst xmlns="{_SHEET_NS}" count="{uses}" uniqueCount="{len(strings)}">{items}</sst>'
    return _with_parts(tmp_path / "shared.xlsx", base, {}, {"xl/sharedStrings.xml": sst})


def test_a_shared_string_longer_than_a_cell_holds_is_refused(tmp_path: Path) -> None:
    """calamine copies a shared string into every cell using it: 1 MB x 3,000 cells aborted."""
    path = _shared_strings_workbook(tmp_path, ["x" * 400_000], uses=3)
    _refused_in_child(path, tmp_path, "a shared string is longer than a cell can hold")


def test_shared_text_repeated_past_the_expansion_limit_is_refused(tmp_path: Path) -> None:
    path = _shared_strings_workbook(tmp_path, ["y" * 30_000], uses=400)
    refused(
        path,
        "the cells repeat shared text adding up to 11 MB, over the limit of 10 MB",
        Limits(max_uncompressed_bytes=10 << 20),
    )
    assert read_chronology(path, today=TODAY, limits=Limits())  # 11 MB is fine by default


def test_too_many_shared_strings_are_refused(tmp_path: Path) -> None:
    path = _shared_strings_workbook(tmp_path, [f"s{i}" for i in range(150)], uses=2)
    refused(
        path, "the file holds 150 shared strings, over the limit of 100", Limits(max_grid_cells=400)
    )


def test_too_many_merged_ranges_are_refused_before_the_reader_lists_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two million merge entries held 2.4 GB as tuples before the first check could run."""
    monkeypatch.setattr(filesafety, "MAX_MERGES", 10)
    merges = "".join(f'<mergeCell ref="D{k}:E{k}"/>' for k in range(1, 13))
    sheet = (
        f'<worksheet xmlns="{_SHEET_NS}"><sheetData>{_HEADER_AND_ROW}</sheetData>'
        f"<mergeCells>{merges}</mergeCells></worksheet>"
    )
    base = _bare_workbook(tmp_path / "base.xlsx", _HEADER_AND_ROW)
    path = _with_parts(tmp_path / "merges.xlsx", base, {"xl/worksheets/sheet1.xml": sheet}, {})
    refused(path, "the file has over 10 merged ranges")


def _word_table(tmp_path: Path, rows: int = 2) -> tuple[Path, str]:
    document = docx.Document()
    table = document.add_table(rows=rows, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Date", "Details"
    for r in range(1, rows):
        table.cell(r, 0).text, table.cell(r, 1).text = "04/05/2019", f"Home visit {r}"
    plain = tmp_path / "plain.docx"
    document.save(plain)
    with zipfile.ZipFile(plain) as archive:
        return plain, archive.read("word/document.xml").decode()


def test_a_negative_grid_after_does_not_offset_a_huge_grid_before(tmp_path: Path) -> None:
    plain, body = _word_table(tmp_path)
    skip = (
        '<w:tr><w:trPr><w:gridBefore w:val="150000000"/><w:gridAfter w:val="-149999600"/>'
        "</w:trPr></w:tr>"
    )
    path = _with_parts(
        tmp_path / "after.docx",
        plain,
        {"word/document.xml": body.replace("</w:tbl>", skip + "</w:tbl>", 1)},
        {},
    )
    refused(path, "150,000,000 columns, over the limit of 500")


def test_word_tables_together_are_bounded_like_a_grid(tmp_path: Path) -> None:
    plain, _ = _word_table(tmp_path, rows=40)
    refused(plain, "the document's tables hold over 50 cells", Limits(max_grid_cells=50))


def test_word_vertical_merges_over_empty_rows_are_bounded(tmp_path: Path) -> None:
    """Empty rows never closed a vertical merge: 250 merges over 100,000 rows ran out of memory."""
    plain, body = _word_table(tmp_path)
    first = body.index("<w:tc>", body.index("<w:tr", body.index("</w:tr>")))
    body = body[:first] + body[first:].replace("<w:tcPr>", '<w:tcPr><w:vMerge w:val="restart"/>', 1)
    body = body.replace("</w:tbl>", "<w:tr/>" * 400 + "</w:tbl>", 1)
    path = _with_parts(tmp_path / "vmerge.docx", plain, {"word/document.xml": body}, {})
    refused(path, "merged ranges cover too much", Limits(max_grid_cells=1_000))


def test_the_element_bound_covers_a_word_document_s_parts_together(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """python-docx parses every related part when it opens a document: twelve headers of
    1.6 million elements each, every one under the per-part bound, held 2.6 GB."""
    plain, _ = _word_table(tmp_path)
    with zipfile.ZipFile(plain) as archive:
        counts = [
            archive.read(n).count(b"<") for n in archive.namelist() if n.endswith((".xml", ".rels"))
        ]
    monkeypatch.setattr(filesafety, "_PARSED_ELEMENTS", max(counts) + 1)
    refused(plain, "brings the file over")


def test_a_date_serial_no_date_can_hold_is_caught_however_its_value_tag_is_written(
    tmp_path: Path,
) -> None:
    path = _dated_workbook(tmp_path, '<v xml:space="preserve">-1e308</v>')
    run = _ingest_in_child(path, tmp_path)
    assert run.returncode in (0, 2) and len(run.stderr.strip().splitlines()) <= 1, run.stderr


def test_names_quoted_from_the_file_never_break_the_one_line_refusal(tmp_path: Path) -> None:
    base = _bare_workbook(
        tmp_path / "base.xlsx",
        _HEADER_AND_ROW
        + "".join(f'<row r="{r}">{_inline(f"A{r}", "04/05/2019")}</row>' for r in range(3, 13)),
    )
    with zipfile.ZipFile(base) as archive:
        workbook = archive.read("xl/workbook.xml").decode()
    workbook = workbook.replace('name="Log"', 'name="Log&#10;Traceback (most recent call last):"')
    path = _with_parts(tmp_path / "name.xlsx", base, {"xl/workbook.xml": workbook}, {})
    message = refused(path, "has 12 rows, over the limit of 11", Limits(max_rows_per_sheet=11))
    assert "Traceback" in message and "\n" not in message


def test_the_workbook_part_itself_stored_elsewhere_is_refused(tmp_path: Path) -> None:
    base = _bare_workbook(tmp_path / "base.xlsx", _HEADER_AND_ROW)
    with zipfile.ZipFile(base) as archive:
        rels = archive.read("_rels/.rels").decode()
    rels = rels.replace('Target="xl/workbook.xml"', 'Target="xl/../hidden/book.xml"')
    path = _with_parts(tmp_path / "moved.xlsx", base, {"_rels/.rels": rels}, {})
    refused(path, "workbook stored at xl/../hidden/book.xml, not xl/workbook.xml")


def test_empty_shared_strings_keep_every_later_string_at_its_index(tmp_path: Path) -> None:
    """'<si/>' has no '</si>': counted as its own item, or the long string at index 1 would be
    read as index 0's and its 400 uses missed."""
    cells = "".join(
        f'<row r="{r}">{_inline(f"A{r}", "04/05/2019")}<c r="B{r}" t="s"><v>1</v></c></row>'
        for r in range(3, 403)
    )
    base = _bare_workbook(tmp_path / "base.xlsx", _HEADER_AND_ROW + cells)
    sst = f'<sst xmlns="{_SHEET_NS}"><si/><si><t>{"z" * 30_000}</t></si><si><t>a</t></si></sst>'
    path = _with_parts(tmp_path / "empty.xlsx", base, {}, {"xl/sharedStrings.xml": sst})
    refused(path, "the cells repeat shared text", Limits(max_uncompressed_bytes=10 << 20))


# ------------------------------------------------- the new refusals, word for word (issue 21)


def _sst_workbook(tmp_path: Path, sst: str | bytes, name: str = "sst.xlsx") -> Path:
    base = _bare_workbook(tmp_path / "base.xlsx", _HEADER_AND_ROW)
    data = sst.encode() if isinstance(sst, str) else sst
    return rezip(base, tmp_path / name, {}, {"xl/sharedStrings.xml": data})


@pytest.mark.parametrize(
    ("attributes", "message"),
    [
        # 2,016-byte part: at most 2,016 // 8 + 16 = 268 distinct strings.
        ('uniqueCount="268"', None),
        ('uniqueCount="269"', "shared strings declare 269 entries, more than the file holds"),
        # Uses of strings: at most every cell's (8 x the cell limit of 100).
        ('count="2016"', None),
        ('count="2017"', "shared strings declare 2,017 entries, more than the file holds"),
    ],
)
def test_shared_string_counts_at_their_bounds(
    tmp_path: Path, attributes: str, message: str | None
) -> None:
    head = f'<sst xmlns="{_SHEET_NS}" {attributes}>'
    body = "<si><t>x</t></si>"
    sst = head + body + " " * (2016 - len(head) - len(body) - len("</sst>")) + "</sst>"
    assert len(sst) == 2016
    path = _sst_workbook(tmp_path, sst)
    limits = Limits(max_grid_cells=100)
    if message is None:
        scan_workbook(path, limits)
    else:
        assert refused(path, message, limits) == f"sst.xlsx: {message}; refused"


def test_the_refusals_of_parts_read_word_for_word(tmp_path: Path) -> None:
    long_string = f'<sst xmlns="{_SHEET_NS}"><si><t>{"x" * 300_000}</t></si></sst>'
    assert refused(_sst_workbook(tmp_path, long_string, "long.xlsx"), "longer") == (
        "long.xlsx: a shared string is longer than a cell can hold (32,767 characters); refused"
    )
    for bom in (b"\xff\xfe", b"\xfe\xff", b"<\x00?\x00"):
        utf16 = _sst_workbook(tmp_path, bom + b"<sst/>", "utf16.xlsx")
        assert refused(utf16, "not UTF-8") == (
            "utf16.xlsx: part xl/sharedStrings.xml is not UTF-8 XML (no office program writes "
            "that); open the file and save it again"
        )
    base = _bare_workbook(tmp_path / "base.xlsx", _HEADER_AND_ROW)
    with zipfile.ZipFile(base) as archive:
        rels = archive.read("xl/_rels/workbook.xml.rels").decode()
    moved = _with_parts(
        tmp_path / "moved.xlsx",
        base,
        {"xl/_rels/workbook.xml.rels": rels.replace("worksheets/sheet1.xml", "sheet1.xml")},
        {"xl/sheet1.xml": f'<worksheet xmlns="{_SHEET_NS}"><sheetData/></worksheet>'},
    )
    assert refused(moved, "stored at") == (
        "moved.xlsx: sheet 'Log' is stored at xl/sheet1.xml, not where spreadsheet programs "
        "write sheets (xl/worksheets/); refused"
    )


def test_shared_text_and_merge_refusals_word_for_word(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _shared_strings_workbook(tmp_path, ["y" * 30_000], uses=400)
    assert refused(path, "repeat", Limits(max_uncompressed_bytes=10 << 20)) == (
        "shared.xlsx: the cells repeat shared text adding up to 11 MB, over the limit of 10 MB "
        "(CSPR_MAX_UNCOMPRESSED_MB); refused"
    )
    # Just under: 400 uses of 30,024 bytes is 12,009,600; a limit of 12 MB (12,582,912) holds.
    scan_workbook(path, Limits(max_uncompressed_bytes=12 << 20))
    few = _shared_strings_workbook(tmp_path, [f"s{i}" for i in range(100)], uses=2)
    scan_workbook(few, Limits(max_grid_cells=400))  # 100 is a quarter of 400: allowed
    monkeypatch.setattr(filesafety, "MAX_MERGES", 10)
    base = _bare_workbook(tmp_path / "base.xlsx", _HEADER_AND_ROW)

    def merged(count: int) -> Path:
        merges = "".join(f'<mergeCell ref="D{k}:E{k}"/>' for k in range(1, count + 1))
        sheet = (
            f'<worksheet xmlns="{_SHEET_NS}"><sheetData>{_HEADER_AND_ROW}</sheetData>'
            f'<mergeCells count="{count}">{merges}</mergeCells></worksheet>'
        )
        name = f"m{count}.xlsx"
        return _with_parts(tmp_path / name, base, {"xl/worksheets/sheet1.xml": sheet}, {})

    scan_workbook(merged(10), Limits())  # ten is the limit here: allowed
    assert refused(merged(11), "merged") == "m11.xlsx: the file has over 10 merged ranges; refused"
