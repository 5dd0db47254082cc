"""Issue 21: direct tests for chronology/filesafety.py that kill mutmut's survivors.

Each check is called on a small file built here by hand (a few bytes, or a zip of a few parts
whose content is written out below), and the exact refusal or the exact finding is asserted:
the limits at their boundary (equal passes, one over is refused), every message word for word,
and what the byte-level scan learns (formula cells, month-only dates, the 1904 epoch).

Accepted equivalent mutants (mutmut's numbers for chronology/filesafety.py as of this file;
x_ is mutmut's prefix, numbers change when the module changes). Each cannot change what is
read, refused or recorded, or cannot be reached:

- _check_shared_text 26, _check_string_count 36: `/` for `//` in a bound an integer count is
  compared with: an integer exceeds q + f (0 <= f < 1) exactly when it exceeds q.
- _check_string_count 8 (`or True` with no '<sst': the tag is at most one byte), 16 (one byte
  after the tag's '>' cannot complete a count="..." attribute), 19 (b"XXXX" for no tag: no
  count in it).
- _check_where_parts_are 6 (no package relationships read as "" rather than None: iterating it
  finds nothing), 16 (a relationship without a Type read as "XXXX": no '/officeDocument'
  ending either way).
- _format_precision 10, _partial_date_styles 49 50 68 92: quoted text, the built-in month-year
  code or a missing code read as 'XXXX', 'XXmmm-yyXX' or 'MMM-YY': lower-cased, x is none of
  the letters d h s y m that decide, and the same letters remain.
- _number 7: -2 for -1 for a damaged format number: a damaged id on a numFmt and on an xf map
  to the same key either way, and no real format number is negative.
- _partial_date_styles 11 13 (read whole, or 8 MB + 2): the part was checked to be at most
  8 MB first, so it is read whole either way; 15-20 ('larger than declared' and its message):
  unreachable, zipfile never yields more bytes than a part declares.
- _scan_part 24 25: styles.xml dropped from the parsed-size check here: _partial_date_styles
  applies the same limit with the same message to it first.
- _scan_part 43 (styled `or`: partial cells are kept only for sheet parts), 53 (a part read in
  one piece: the same findings, only the memory bound differs), 132 135 137 138 150 203 204
  219 (see bench/mutation.py EQUIVALENT: the slower pattern finds what the fast one finds, zip
  strictness over pairs, an equal column, a longer overlap, no letters giving column 0).
- _scan_part 59-62 64-71, scan_workbook 130-137 ('larger than declared', 'expands over the
  limit' while and after streaming, and their messages): unreachable, zipfile never yields
  more than a part declares and the declared total was checked against the same limit.
- scan_workbook 85 (a ratio over compressed size 2 for 0 or 1 bytes: only parts over 10 MB are
  checked), 186 (a part with no element count taken as 1, not 0: still far below 6,000,000).
- _shared_text 5 (a first tail of b"XXXX": no match starts inside it), 23-28 (the second read
  failing, and its message: unreachable, the first pass read every one of these sheets whole).
- _sheet_parts 39 41 44: the default of sheet.get('name') inside `is not None`: never used.
- ZipScan.formulas_in / partials_in 6 8 9: an unknown sheet's part None or 'XXXX' for '': no
  part has either name.

Not pinned, and why (survivors, not equivalents):

- _scan_part 3 (`or` for `and`: .vml parts also checked for their encoding): a test would pin
  that a UTF-16 VML part is accepted, and its byte scan for entity declarations cannot see
  through UTF-16 (reported with issue 21 rather than pinned).
- _check_shared_text 8 (`>=` for `>` before counting each use) and _shared_text 7 20 21 22 (the
  second read's 512-byte window overlap): differ only for a sheet over 1 MB with a shared cell
  in a window overlap, where the count is an overestimate by design.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from chronology.dates import EXCEL_1900_EPOCH, EXCEL_1904_EPOCH
from chronology.filesafety import (
    IngestError,
    Limits,
    ZipScan,
    check_extent,
    check_file,
    column_letter,
    env_int,
    scan_document,
    scan_workbook,
    unsupported_message,
)

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"

# Two sheets: one by a relative target, one by an absolute one (both are allowed).
WORKBOOK = (
    f'<workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets>'
    '<sheet name="Events" sheetId="1" r:id="rId1"/>'
    '<sheet name="Notes" sheetId="2" r:id="rId2"/>'
    "</sheets></workbook>"
).encode()
WORKBOOK_1904 = WORKBOOK.replace(b"<sheets>", b'<workbookPr date1904="1"/><sheets>')
RELS = (
    f'<Relationships xmlns="{PKG_REL}">'
    '<Relationship Id="rId1" Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId2" Target="/xl/worksheets/sheet2.xml"/>'
    "</Relationships>"
).encode()
# Style 1 shows a year only, style 2 Excel's built-in month-year (17), style 3 a whole date,
# style 4 has no number format at all (General).
STYLES = (
    f'<styleSheet xmlns="{MAIN}"><numFmts count="2">'
    '<numFmt numFmtId="164" formatCode="yyyy"/>'
    '<numFmt numFmtId="165" formatCode="dd/mm/yyyy"/>'
    '</numFmts><cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="17"/>'
    '<xf numFmtId="165"/><xf/></cellXfs></styleSheet>'
).encode()
# Events: furthest cell AA9 (a lower-case reference counts too); a formula in B1; a year-only
# date in C2, a month-year in D3, a whole date in E4 and a General cell in F5.
SHEET1 = (
    f'<worksheet xmlns="{MAIN}"><sheetData>'
    '<row r="1"><c r="A1" s="0"><v>1</v></c><c r="B1"><f>A1+1</f><v>2</v></c></row>'
    '<row r="2"><c r="C2" s="1"><v>43000</v></c></row>'
    '<row r="3"><c r="D3" s="2"><v>43000</v></c><c r="z3"><v>1</v></c></row>'
    '<row r="4"><c r="E4" s="3"><v>43000</v></c></row>'
    '<row r="5"><c r="F5" s="4"><v>43000</v></c></row>'
    '<row r="9"><c r="AA9"><v>9</v></c></row>'
    "</sheetData></worksheet>"
).encode()
# Notes: one cell, C2, with a formula; a row and a cell with no reference of their own.
SHEET2 = (
    f'<worksheet xmlns="{MAIN}"><sheetData>'
    '<row r="2"><c r="C2"><f>1+1</f></c></row><row><c><v>x</v></c></row>'
    "</sheetData></worksheet>"
).encode()


def workbook_parts(**replace: bytes) -> dict[str, bytes]:
    parts = {
        "[Content_Types].xml": b"<Types/>",
        "xl/workbook.xml": WORKBOOK,
        "xl/_rels/workbook.xml.rels": RELS,
        "xl/styles.xml": STYLES,
        "xl/worksheets/sheet1.xml": SHEET1,
        "xl/worksheets/sheet2.xml": SHEET2,
    }
    for name, data in replace.items():
        parts[name.replace("__", "/").replace("_dot_", ".")] = data
    return parts


def build(path: Path, parts: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def refusal(call: Callable[..., object], *args: object) -> str:
    with pytest.raises(IngestError) as caught:
        call(*args)
    return caught.value.reason


def big_limits(**overrides: int) -> Limits:
    values = {
        "max_file_bytes": 50 << 20,
        "max_uncompressed_bytes": 300 << 20,
        "max_rows_per_sheet": 250_000,
        "max_grid_cells": 20_000_000,
    }
    values.update(overrides)
    return Limits(**values)


# ------------------------------------------------------------------ small pieces


def test_ingest_error_names_the_file_alone() -> None:
    error = IngestError(Path("/data/returns/police.xlsx"), "file is empty")
    assert str(error) == "police.xlsx: file is empty"
    assert error.path == Path("/data/returns/police.xlsx")
    assert error.reason == "file is empty"


def test_env_int(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CSPR_TEST_LIMIT", raising=False)
    assert env_int("CSPR_TEST_LIMIT", 7) == 7
    monkeypatch.setenv("CSPR_TEST_LIMIT", "   ")
    assert env_int("CSPR_TEST_LIMIT", 7) == 7
    monkeypatch.setenv("CSPR_TEST_LIMIT", " 12 ")
    assert env_int("CSPR_TEST_LIMIT", 7) == 12
    for bad in ("12 MB", "-3", "1.5"):
        monkeypatch.setenv("CSPR_TEST_LIMIT", bad)
        with pytest.raises(ValueError) as caught:
            env_int("CSPR_TEST_LIMIT", 7)
        assert str(caught.value) == f"CSPR_TEST_LIMIT must be a whole number (got '{bad}')"


def test_limits_read_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("CSPR_MAX_FILE_MB", "CSPR_MAX_UNCOMPRESSED_MB", "CSPR_MAX_ROWS", "CSPR_MAX_CELLS"):
        monkeypatch.delenv(name, raising=False)
    default = Limits()
    assert default.max_file_bytes == 50 * 1024 * 1024
    assert default.max_uncompressed_bytes == 300 * 1024 * 1024
    assert default.max_rows_per_sheet == 250_000
    assert default.max_grid_cells == 20_000_000
    monkeypatch.setenv("CSPR_MAX_FILE_MB", "3")
    monkeypatch.setenv("CSPR_MAX_UNCOMPRESSED_MB", "4")
    monkeypatch.setenv("CSPR_MAX_ROWS", "5")
    monkeypatch.setenv("CSPR_MAX_CELLS", "6")
    own = Limits()
    assert (own.max_file_bytes, own.max_uncompressed_bytes) == (3 * 1024 * 1024, 4 * 1024 * 1024)
    assert (own.max_rows_per_sheet, own.max_grid_cells) == (5, 6)


def test_zip_scan_lookups_by_sheet_name() -> None:
    scan = ZipScan()
    assert scan.epoch == EXCEL_1900_EPOCH
    assert scan.has_macros is False
    assert scan.formulas_in("Events") == set()
    assert scan.partials_in("Events") == {}
    scan.sheet_parts = {"Events": "xl/worksheets/sheet1.xml"}
    scan.formula_cells = {"xl/worksheets/sheet1.xml": {(0, 1)}}
    scan.partial_cells = {"xl/worksheets/sheet1.xml": {(1, 2): "year"}}
    assert scan.formulas_in("Events") == {(0, 1)}
    assert scan.partials_in("Events") == {(1, 2): "year"}
    assert scan.formulas_in("Other") == set()


@pytest.mark.parametrize(
    ("index", "letters"),
    [(0, "A"), (1, "B"), (25, "Z"), (26, "AA"), (27, "AB"), (51, "AZ"), (701, "ZZ"), (702, "AAA")],
)
def test_column_letter(index: int, letters: str) -> None:
    assert column_letter(index) == letters


def test_unsupported_message() -> None:
    for supported in (".xlsx", ".XLSM", ".docx", ".csv", ".CSV"):
        assert unsupported_message(supported) is None
    assert unsupported_message(".XLS") == "unsupported file type '.xls': save it as .xlsx"
    assert unsupported_message(".pdf") == (
        "unsupported file type '.pdf': send the original .xlsx, .docx or .csv, not a PDF"
    )
    assert unsupported_message("") == (
        "unsupported file type 'none': send it as .xlsx, .docx or .csv"
    )
    assert unsupported_message(".zip") == (
        "unsupported file type '.zip': send it as .xlsx, .docx or .csv"
    )


# ------------------------------------------------------------------ check_file


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_check_file_kinds(tmp_path: Path) -> None:
    limits = big_limits()
    zipped = b"PK\x03\x04" + b"\0" * 40
    assert check_file(write(tmp_path / "a.xlsx", zipped), limits) == "xlsx"
    assert check_file(write(tmp_path / "a.XLSM", zipped), limits) == "xlsx"
    assert check_file(write(tmp_path / "a.docx", zipped), limits) == "docx"
    assert check_file(write(tmp_path / "a.csv", b"Date,Details\n"), limits) == "csv"
    # Text that starts like no other kind of file is CSV.
    assert check_file(write(tmp_path / "b.csv", b"<h1>Date</h1>"), limits) == "csv"


def test_check_file_refusals(tmp_path: Path) -> None:
    limits = big_limits()
    ole = bytes.fromhex("d0cf11e0a1b11ae1")
    cases = [
        (tmp_path / "missing.xlsx", None, "file not found"),
        (tmp_path / "old.xls", b"anything", "unsupported file type '.xls': save it as .xlsx"),
        (tmp_path / "empty.csv", b"", "file is empty"),
        (
            tmp_path / "old.xlsx",
            ole + b"\0" * 100,
            "is an Excel 97-2003 (.xls) file, not .xlsx; save it as .xlsx",
        ),
        (
            tmp_path / "old.docx",
            ole + b"\0" * 100,
            "is a Word 97-2003 (.doc) file, not .docx; save it as .docx",
        ),
        (
            tmp_path / "locked.xlsx",
            ole + b"\0" * 50 + "EncryptedPackage".encode("utf-16-le"),
            "an Excel workbook is password-protected; remove the password",
        ),
        (
            tmp_path / "locked.docx",
            ole + "EncryptedPackage".encode("utf-16-le"),
            "a Word document is password-protected; remove the password",
        ),
        (
            tmp_path / "pdf.xlsx",
            b"%PDF-1.7",
            "is not an Excel workbook (it looks like a PDF document)",
        ),
        (tmp_path / "text.docx", b"Dear panel", "is not a Word document (it looks like text)"),
        (tmp_path / "ole.csv", ole, "is not CSV text (it looks like an Office 97-2003 file)"),
        (tmp_path / "png.csv", b"\x89PNG\r\n\x1a\n", "is not CSV text (it looks like an image)"),
        (tmp_path / "gif.csv", b"GIF89a", "is not CSV text (it looks like an image)"),
        (tmp_path / "jpg.csv", b"\xff\xd8\xff\xe0", "is not CSV text (it looks like an image)"),
        (tmp_path / "zip.csv", b"PK\x03\x04rest", "is not CSV text (it looks like a zip archive)"),
        (tmp_path / "web.csv", b" <HTML>", "is not CSV text (it looks like a web page (HTML))"),
    ]
    for path, data, message in cases:
        if data is not None:
            path.write_bytes(data)
        assert refusal(check_file, path, limits) == message, path.name


def test_check_file_size_limit_at_its_boundary(tmp_path: Path) -> None:
    limits = big_limits(max_file_bytes=1 << 20)
    exact = write(tmp_path / "exact.csv", b"x" * (1 << 20))
    assert check_file(exact, limits) == "csv"
    over = write(tmp_path / "over.csv", b"x" * ((3 << 19) + 1))
    assert refusal(check_file, over, limits) == "file is 1.5 MB, over the limit of 1 MB"


def test_a_folder_is_not_a_file(tmp_path: Path) -> None:
    folder = tmp_path / "returns.xlsx"
    folder.mkdir()
    assert refusal(check_file, folder, big_limits()) == "file not found"


# ------------------------------------------------------------------ scan_workbook


def test_scan_learns_sheets_formulas_partial_dates_and_extent(tmp_path: Path) -> None:
    parts = workbook_parts()
    scan = scan_workbook(build(tmp_path / "a.xlsx", parts), big_limits())
    assert scan.epoch == EXCEL_1900_EPOCH
    assert scan.has_macros is False
    assert scan.sheet_parts == {
        "Events": "xl/worksheets/sheet1.xml",
        "Notes": "xl/worksheets/sheet2.xml",
    }
    assert scan.partial_styles == {1: "year", 2: "month"}
    assert scan.formulas_in("Events") == {(0, 1)}
    assert scan.formulas_in("Notes") == {(1, 2)}
    assert scan.partials_in("Events") == {(1, 2): "year", (2, 3): "month"}
    assert scan.partials_in("Notes") == {}
    assert scan.unplaced == {"xl/worksheets/sheet2.xml"}
    assert scan.expanded_bytes == sum(len(data) for data in parts.values())


def test_scan_of_a_1904_workbook_with_macros(tmp_path: Path) -> None:
    parts = workbook_parts(xl__workbook_dot_xml=WORKBOOK_1904)
    parts["xl/vbaProject.BIN"] = b"\0" * 10
    scan = scan_workbook(build(tmp_path / "a.xlsm", parts), big_limits())
    assert scan.epoch == EXCEL_1904_EPOCH
    assert scan.has_macros is True
    assert scan.expanded_bytes == sum(len(data) for data in parts.values())


def test_date1904_counts_only_in_the_workbook_part(tmp_path: Path) -> None:
    sheet = SHEET2.replace(b"<sheetData>", b'<sheetPr date1904="1"/><sheetData>')
    path = build(tmp_path / "a.xlsx", workbook_parts(xl__worksheets__sheet2_dot_xml=sheet))
    assert scan_workbook(path, big_limits()).epoch == EXCEL_1900_EPOCH


def test_no_styles_part_means_no_partial_dates(tmp_path: Path) -> None:
    parts = workbook_parts()
    del parts["xl/styles.xml"]
    scan = scan_workbook(build(tmp_path / "a.xlsx", parts), big_limits())
    assert scan.partial_styles == {}
    assert scan.partials_in("Events") == {}
    assert scan.formulas_in("Events") == {(0, 1)}


def test_unreadable_styles_mean_no_partial_dates(tmp_path: Path) -> None:
    parts = workbook_parts(xl__styles_dot_xml=b"<styleSheet><cellXfs>")
    scan = scan_workbook(build(tmp_path / "a.xlsx", parts), big_limits())
    assert scan.partial_styles == {}
    no_xfs = f'<styleSheet xmlns="{MAIN}"><numFmts/></styleSheet>'.encode()
    parts = workbook_parts(xl__styles_dot_xml=no_xfs)
    assert scan_workbook(build(tmp_path / "b.xlsx", parts), big_limits()).partial_styles == {}


def test_styles_use_the_built_in_month_year_format_and_ignore_quoted_text(tmp_path: Path) -> None:
    formats = [
        ("mmm-yy", "month"),
        ('"Year "yyyy', "year"),
        ("[$-809]mmmm yyyy", "month"),
        ('"day "yyyy', "year"),  # the d is in quoted text
        ("\\d yyyy", "year"),  # the d is escaped
        ("dd/mm/yyyy", None),
        ("yyyy-mm-dd hh:mm", None),
        ("mm:ss", None),
        ("hh", None),
        ("General", None),
        ("", None),
        ("0.00", None),
        ("mmmm", None),  # no year: not a date this check knows
        ("yy", "year"),
        ("[h]:mm yyyy", "month"),  # elapsed-time brackets removed: no h left
        ("MMM-YY", "month"),
        ("yyyy hh", None),
        ("yyyy ss", None),
    ]
    fmts = "".join(
        f'<numFmt numFmtId="{200 + i}" formatCode="{code.replace(chr(34), "&quot;")}"/>'
        for i, (code, _) in enumerate(formats)
    )
    xfs = "".join(f'<xf numFmtId="{200 + i}"/>' for i in range(len(formats)))
    styles = (
        f'<styleSheet xmlns="{MAIN}"><numFmts>{fmts}</numFmts><cellXfs>{xfs}</cellXfs></styleSheet>'
    ).encode()
    parts = workbook_parts(xl__styles_dot_xml=styles)
    found = scan_workbook(build(tmp_path / "a.xlsx", parts), big_limits()).partial_styles
    assert found == {i: want for i, (_, want) in enumerate(formats) if want is not None}


def test_not_a_zip(tmp_path: Path) -> None:
    path = write(tmp_path / "a.xlsx", b"PK\x03\x04 and then nothing like a zip")
    assert refusal(scan_workbook, path, big_limits()) == (
        "file is corrupt or truncated (not a readable zip)"
    )


def test_the_wrong_kind_of_zip(tmp_path: Path) -> None:
    word = build(tmp_path / "w.xlsx", {"word/document.xml": b"<document/>"})
    assert refusal(scan_workbook, word, big_limits()) == (
        "is a Word document, not an Excel workbook; name it .docx"
    )
    excel = build(tmp_path / "e.docx", workbook_parts())
    assert refusal(scan_document, excel, big_limits()) == (
        "is an Excel workbook, not a Word document; name it .xlsx"
    )
    other = build(tmp_path / "o.xlsx", {"mimetype": b"application/epub+zip"})
    assert refusal(scan_workbook, other, big_limits()) == (
        "is a zip file but not an Excel workbook"
    )
    # (The message says "an Word document"; either article is accepted here.)
    message = refusal(scan_document, other, big_limits())
    assert re.fullmatch("is a zip file but not an? Word document", message)


def test_a_document_is_scanned_as_a_document(tmp_path: Path) -> None:
    path = build(tmp_path / "d.docx", {"word/document.xml": b"<document><body/></document>"})
    scan = scan_document(path, big_limits())
    assert scan.sheet_parts == {}
    assert scan.expanded_bytes == len(b"<document><body/></document>")


def test_zip_part_count_limit_at_its_boundary(tmp_path: Path) -> None:
    path = build(tmp_path / "a.xlsx", workbook_parts())  # six parts
    assert scan_workbook(path, big_limits(max_zip_members=6)).sheet_parts
    assert refusal(scan_workbook, path, big_limits(max_zip_members=5)) == (
        "workbook has 6 parts; refused as a zip bomb"
    )


def test_declared_size_limit_at_its_boundary(tmp_path: Path) -> None:
    parts = workbook_parts()
    small = sum(len(data) for data in parts.values())
    parts["xl/media/padding.bin"] = b"\0" * ((1 << 20) - small)
    path = build(tmp_path / "exact.xlsx", parts)
    scan = scan_workbook(path, big_limits(max_uncompressed_bytes=1 << 20))
    assert scan.expanded_bytes == 1 << 20
    parts["xl/media/padding.bin"] = b"\0" * ((2 << 20) - small + 1)
    path = build(tmp_path / "over.xlsx", parts)
    assert refusal(scan_workbook, path, big_limits(max_uncompressed_bytes=1 << 20)) == (
        "file would expand to 2 MB, over the limit of 1 MB (CSPR_MAX_UNCOMPRESSED_MB); "
        "refused as a zip bomb"
    )


def test_compression_ratio_counts_only_above_ten_megabytes(tmp_path: Path) -> None:
    ten = 10 << 20
    at_ten = build(tmp_path / "ten.xlsx", {**workbook_parts(), "xl/media/z.bin": b"\0" * ten})
    assert scan_workbook(at_ten, big_limits()).expanded_bytes > ten
    parts = {**workbook_parts(), "xl/media/z.bin": b"\0" * (ten + 1)}
    message = refusal(scan_workbook, build(tmp_path / "over.xlsx", parts), big_limits())
    with zipfile.ZipFile(tmp_path / "over.xlsx") as archive:
        info = archive.getinfo("xl/media/z.bin")
    ratio = info.file_size / info.compress_size
    assert ratio > 200
    assert message == f"part xl/media/z.bin compresses {ratio:,.0f} to 1; refused as a zip bomb"
    # A ratio at the limit passes; the limit is the setting, not a fixed number.
    assert scan_workbook(tmp_path / "over.xlsx", big_limits(max_compression_ratio=int(ratio) + 1))


def test_a_zip_encrypted_part(tmp_path: Path) -> None:
    path = build(tmp_path / "a.xlsx", workbook_parts())
    data = bytearray(path.read_bytes())
    central = data.index(b"PK\x01\x02")  # the first part's central directory entry
    data[central + 8] |= 0x1  # general purpose flag: encrypted
    path.write_bytes(bytes(data))
    assert refusal(scan_workbook, path, big_limits()) == (
        "workbook is encrypted; remove the password"
    )


def test_entities_refused_in_a_sheet_and_in_the_styles(tmp_path: Path) -> None:
    dtd = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "boom">]>'
    sheet = build(tmp_path / "s.xlsx", workbook_parts(xl__worksheets__sheet1_dot_xml=dtd + SHEET1))
    message = "workbook declares XML entities (possible XML bomb); refused"
    assert refusal(scan_workbook, sheet, big_limits()) == message
    styles = build(tmp_path / "t.xlsx", workbook_parts(xl__styles_dot_xml=dtd + STYLES))
    assert refusal(scan_workbook, styles, big_limits()) == message
    # Lower case and spaces after "<!" are still a declaration.
    spaced = b"<! doctype x>" + SHEET1
    other = build(tmp_path / "u.xlsx", workbook_parts(xl__worksheets__sheet1_dot_xml=spaced))
    assert refusal(scan_workbook, other, big_limits()) == message


def test_entities_split_across_two_chunks_are_found(tmp_path: Path) -> None:
    # The part is read a megabyte at a time; the declaration straddles the first boundary.
    chunk = 1 << 20
    head = b"<worksheet>" + b" " * (chunk - len(b"<worksheet>") - 4)
    sheet = head + b"<!DOCTYPE x><sheetData/></worksheet>"
    assert sheet[chunk - 4 : chunk] == b"<!DO"
    path = build(tmp_path / "a.xlsx", workbook_parts(xl__worksheets__sheet2_dot_xml=sheet))
    assert refusal(scan_workbook, path, big_limits()) == (
        "workbook declares XML entities (possible XML bomb); refused"
    )


def test_cells_past_the_first_megabyte_count(tmp_path: Path) -> None:
    chunk = 1 << 20
    first = b"<worksheet><sheetData>" + b" " * chunk
    sheet = first + b'<row r="12"><c r="AB12"><f>1</f></c><c r="C12" s="1"/></row></sheetData>'
    sheet += b"</worksheet>"
    path = build(tmp_path / "a.xlsx", workbook_parts(xl__worksheets__sheet2_dot_xml=sheet))
    scan = scan_workbook(path, big_limits())
    assert scan.formulas_in("Notes") == {(11, 27)}
    assert scan.partials_in("Notes") == {(11, 2): "year"}
    assert refusal(scan_workbook, path, big_limits(max_rows_per_sheet=11)) == (
        "sheet 'Notes' has 12 rows, over the limit of 11 (CSPR_MAX_ROWS)"
    )


def test_corrupt_parts(tmp_path: Path) -> None:
    for part in ("xl/styles.xml", "xl/worksheets/sheet1.xml"):
        path = build(tmp_path / "a.xlsx", workbook_parts())
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo(part)
        data = bytearray(path.read_bytes())
        start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
        for k in range(start + 2, start + info.compress_size - 2):
            data[k] ^= 0x5A
        path.write_bytes(bytes(data))
        assert refusal(scan_workbook, path, big_limits()) == (
            f"file is corrupt or truncated ({part})"
        )


# ------------------------------------------------------------------ extents


def test_furthest_cell_is_checked_per_sheet(tmp_path: Path) -> None:
    path = build(tmp_path / "a.xlsx", workbook_parts())
    # Events reaches AA9: 9 rows, 27 columns (AA is past Z although "Z" sorts after "AA").
    assert scan_workbook(path, big_limits(max_rows_per_sheet=9, max_grid_cells=249))
    # The sheets together (Events 243 cells, Notes 6) are bounded too: each grid is held.
    assert refusal(scan_workbook, path, big_limits(max_grid_cells=248)) == (
        "the sheets' grids add up to 249 cells, over the limit of 248 (CSPR_MAX_CELLS)"
    )
    assert refusal(scan_workbook, path, big_limits(max_rows_per_sheet=8)) == (
        "sheet 'Events' has 9 rows, over the limit of 8 (CSPR_MAX_ROWS)"
    )
    assert refusal(scan_workbook, path, big_limits(max_columns=26)) == (
        "sheet 'Events' has 27 columns, over the limit of 26"
    )
    assert scan_workbook(path, big_limits(max_columns=27))
    assert refusal(scan_workbook, path, big_limits(max_grid_cells=242)) == (
        "sheet 'Events' spans 9 rows by 27 columns, over the limit of 242 cells (CSPR_MAX_CELLS)"
    )


def test_a_sheet_not_named_in_the_workbook_is_checked_by_its_part(tmp_path: Path) -> None:
    parts = workbook_parts()
    parts["xl/worksheets/sheet3.xml"] = b'<worksheet><c r="B40"/></worksheet>'
    path = build(tmp_path / "a.xlsx", parts)
    assert refusal(scan_workbook, path, big_limits(max_rows_per_sheet=39)) == (
        "sheet 'xl/worksheets/sheet3.xml' has 40 rows, over the limit of 39 (CSPR_MAX_ROWS)"
    )


def test_parts_outside_the_worksheets_are_not_sized(tmp_path: Path) -> None:
    parts = workbook_parts()
    parts["xl/drawings/drawing1.xml"] = b'<c r="A99999"/>'
    parts["xl/worksheets/_rels/sheet1.xml.rels"] = b"<Relationships/>"
    assert scan_workbook(build(tmp_path / "a.xlsx", parts), big_limits(max_rows_per_sheet=9))


def test_without_the_workbook_relationships_sheets_are_unnamed(tmp_path: Path) -> None:
    parts = workbook_parts()
    del parts["xl/_rels/workbook.xml.rels"]
    scan = scan_workbook(build(tmp_path / "a.xlsx", parts), big_limits())
    assert scan.sheet_parts == {}
    assert scan.formulas_in("Events") == set()
    broken = workbook_parts(xl___rels__workbook_dot_xml_dot_rels=b"<Relationships>")
    assert scan_workbook(build(tmp_path / "b.xlsx", broken), big_limits()).sheet_parts == {}


def test_check_extent_boundaries_and_wording() -> None:
    limits = big_limits(max_rows_per_sheet=1_000_000, max_columns=500, max_grid_cells=2_000_000)
    check_extent(Path("a.csv"), "", 1_000_000, 2, limits)
    check_extent(Path("a.csv"), "", 4_000, 500, limits)
    assert refusal(check_extent, Path("a.csv"), "", 1_000_001, 1, limits) == (
        "the file has 1,000,001 rows, over the limit of 1,000,000 (CSPR_MAX_ROWS)"
    )
    assert refusal(check_extent, Path("a.csv"), "Log", 2, 1_501, big_limits(max_columns=1_500)) == (
        "sheet 'Log' has 1,501 columns, over the limit of 1500"
    )
    assert refusal(check_extent, Path("a.csv"), "", 4_001, 500, limits) == (
        "the file spans 4,001 rows by 500 columns, over the limit of 2,000,000 cells "
        "(CSPR_MAX_CELLS)"
    )


# ------------------------------------------------------------------ survivors of the first run


def test_a_web_page_is_named_from_its_doctype() -> None:
    from chronology.filesafety import _describe_magic

    assert _describe_magic(b"<!DOCTYPE html><html>") == "a web page (HTML)"
    assert _describe_magic(b"\n  <html lang=en>") == "a web page (HTML)"
    assert _describe_magic(b"<!DOCTYPE note>") is None


@pytest.mark.parametrize(
    "part", ["xl/worksheets/_rels/sheet1.xml.rels", "xl/drawings/vmlDrawing1.vml"]
)
def test_relationship_and_vml_parts_are_scanned_for_entities(tmp_path: Path, part: str) -> None:
    parts = workbook_parts()
    parts[part] = b'<!DOCTYPE x [<!ENTITY e "boom">]><x>&e;</x>'
    assert refusal(scan_workbook, build(tmp_path / "a.xlsx", parts), big_limits()) == (
        "workbook declares XML entities (possible XML bomb); refused"
    )


def test_streamed_size_limit_at_its_boundary(tmp_path: Path) -> None:
    # Every part is XML, so the whole size is counted while streaming: equal to the limit passes.
    parts = workbook_parts()
    small = sum(len(data) for data in parts.values())
    parts["customXml/item1.xml"] = b"<a>" + b" " * ((1 << 20) - small - 7) + b"</a>"
    assert sum(len(data) for data in parts.values()) == 1 << 20
    scan = scan_workbook(
        build(tmp_path / "a.xlsx", parts), big_limits(max_uncompressed_bytes=1 << 20)
    )
    assert scan.expanded_bytes == 1 << 20


def test_a_stored_part_has_a_ratio_of_one(tmp_path: Path) -> None:
    path = tmp_path / "stored.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in workbook_parts().items():
            archive.writestr(name, data)
        archive.writestr("xl/media/big.bin", b"\0" * (11 << 20), compress_type=zipfile.ZIP_STORED)
    assert scan_workbook(path, big_limits(max_compression_ratio=1)).has_macros is False
    assert refusal(scan_workbook, path, big_limits(max_compression_ratio=0)) == (
        "part xl/media/big.bin compresses 1 to 1; refused as a zip bomb"
    )


def test_empty_sheets_have_no_extent(tmp_path: Path) -> None:
    empty = f'<worksheet xmlns="{MAIN}"><sheetData/></worksheet>'.encode()
    parts = workbook_parts(
        xl__worksheets__sheet1_dot_xml=empty, xl__worksheets__sheet2_dot_xml=empty
    )
    limits = big_limits(max_rows_per_sheet=0, max_columns=0, max_grid_cells=0)
    assert scan_workbook(build(tmp_path / "a.xlsx", parts), limits).formulas_in("Events") == set()


def test_malformed_styles_do_not_stop_the_scan(tmp_path: Path) -> None:
    # A numFmt without its id or its code is malformed; the scan reads on without a crash.
    styles = (
        f'<styleSheet xmlns="{MAIN}"><numFmts>'
        '<numFmt formatCode="General"/><numFmt numFmtId="170"/>'
        '<numFmt numFmtId="171" formatCode="yyyy"/>'
        '</numFmts><cellXfs><xf numFmtId="170"/><xf numFmtId="171"/></cellXfs></styleSheet>'
    ).encode()
    parts = workbook_parts(xl__styles_dot_xml=styles)
    assert scan_workbook(build(tmp_path / "a.xlsx", parts), big_limits()).partial_styles == {
        1: "year"
    }


def test_only_sheets_are_mapped_to_parts(tmp_path: Path) -> None:
    # A defined name has a name too; a sheet whose relationship is missing, or has no target,
    # maps to no part rather than stopping the scan.
    workbook = WORKBOOK.replace(
        b"</sheets>",
        b'<sheet name="Lost" sheetId="3" r:id="rId9"/><sheet name="Blank" sheetId="4" '
        b'r:id="rId3"/></sheets><definedNames><definedName name="_xlnm.Print_Area">'
        b"Events!$A$1:$C$3</definedName></definedNames>",
    )
    rels = RELS.replace(b"</Relationships>", b'<Relationship Id="rId3"/></Relationships>')
    parts = workbook_parts(xl__workbook_dot_xml=workbook, xl___rels__workbook_dot_xml_dot_rels=rels)
    scan = scan_workbook(build(tmp_path / "a.xlsx", parts), big_limits())
    assert set(scan.sheet_parts) == {"Events", "Notes", "Lost", "Blank"}
    assert scan.sheet_parts["Events"] == "xl/worksheets/sheet1.xml"
    assert scan.formulas_in("Lost") == set()
    assert scan.formulas_in("Blank") == set()
    assert scan.formulas_in("Events") == {(0, 1)}


# ------------------------------------------------------------------ second round (issue 21)
# Survivors of the run recorded in bench/results/mutation.json (0.833): each bound at its
# edge, each refusal word for word, and what the scan records for odd but valid spellings.


def only(path: Path, **parts: bytes) -> Path:
    """A workbook of the given parts alone (names spelled as in workbook_parts' keywords),
    with the workbook part first unless it is given."""
    named = {"xl/workbook.xml": WORKBOOK}
    for name, data in parts.items():
        named[name.replace("__", "/").replace("_dot_", ".")] = data
    return build(path, named)


def pad(data: bytes, closing: bytes, size: int) -> bytes:
    """`data` grown to exactly `size` bytes by spaces before its `closing` tag."""
    grown = data.replace(closing, b" " * (size - len(data)) + closing)
    assert len(grown) == size
    return grown


def test_parts_parsed_whole_at_their_size_limit(tmp_path: Path) -> None:
    # 8 MB exactly passes, and the styles are read whole (not cut one byte short).
    styles = pad(STYLES, b"</styleSheet>", 8 << 20)
    scan = scan_workbook(
        build(tmp_path / "a.xlsx", workbook_parts(xl__styles_dot_xml=styles)), big_limits()
    )
    assert scan.partial_styles == {1: "year", 2: "month"}
    workbook = pad(WORKBOOK, b"</workbook>", (8 << 20) + 1)
    path = build(tmp_path / "b.xlsx", workbook_parts(xl__workbook_dot_xml=workbook))
    assert refusal(scan_workbook, path, big_limits()) == (
        "part xl/workbook.xml is 8 MB, far larger than any workbook writes; refused"
    )
    rels = pad(RELS, b"</Relationships>", (9 << 20) + 1)
    path = build(tmp_path / "c.xlsx", workbook_parts(xl___rels__workbook_dot_xml_dot_rels=rels))
    assert refusal(scan_workbook, path, big_limits()) == (
        "part xl/_rels/workbook.xml.rels is 9 MB, far larger than any workbook writes; refused"
    )
    # Other parts are streamed, never parsed whole: no such limit.
    parts = workbook_parts()
    parts["customXml/item1.xml"] = pad(b"<a></a>", b"</a>", (8 << 20) + 1)
    assert scan_workbook(build(tmp_path / "d.xlsx", parts), big_limits()).epoch == (
        EXCEL_1900_EPOCH
    )


def test_parsed_elements_at_their_limit(tmp_path: Path) -> None:
    exact = only(tmp_path / "a.xlsx", xl__workbook_dot_xml=b"<" * 3_000_000)
    assert scan_workbook(exact, big_limits()).parsed_elements == 3_000_000
    over = only(tmp_path / "b.xlsx", xl__workbook_dot_xml=b"<" * 3_000_001)
    assert refusal(scan_workbook, over, big_limits()) == (
        "part xl/workbook.xml brings the file over 3,000,000 XML elements (possible XML bomb); "
        "refused"
    )
    # The shared strings are streamed by every reader: their elements do not count.
    shared = b"<sst><si><t>a</t></si></sst>"
    mixed = only(
        tmp_path / "c.xlsx",
        xl__workbook_dot_xml=b"<" * 2_999_999,
        xl__sharedStrings_dot_xml=shared,
    )
    assert scan_workbook(mixed, big_limits()).parsed_elements == 2_999_999


def test_styles_element_count_at_its_limit(tmp_path: Path) -> None:
    over = only(tmp_path / "a.xlsx", xl__styles_dot_xml=b"<" * 3_000_001)
    assert refusal(scan_workbook, over, big_limits()) == (
        "part xl/styles.xml holds too many elements (possible XML bomb)"
    )
    # Exactly the limit passes the styles' own check; the streamed count (the workbook's few
    # elements with them) then refuses the file.
    exact = only(tmp_path / "b.xlsx", xl__styles_dot_xml=b"<" * 3_000_000)
    assert refusal(scan_workbook, exact, big_limits()) == (
        "part xl/styles.xml brings the file over 3,000,000 XML elements (possible XML bomb); "
        "refused"
    )


def test_nothing_to_expand_passes_a_limit_of_nothing(tmp_path: Path) -> None:
    # An empty workbook part: 0 bytes against a limit of 0 (no shared text counted).
    path = only(tmp_path / "a.xlsx", xl__workbook_dot_xml=b"")
    scan = scan_workbook(path, big_limits(max_uncompressed_bytes=0))
    assert (scan.expanded_bytes, scan.shared_lengths, scan.sheet_parts) == (0, [], {})


def test_shared_string_count_against_a_quarter_of_the_cells(tmp_path: Path) -> None:
    shared = b"<sst><si><t>a</t></si><si><t>b</t></si><si><t>c</t></si></sst>"
    path = only(tmp_path / "a.xlsx", xl__sharedStrings_dot_xml=shared)
    # 10 // 4 is 2, written as a whole number.
    assert refusal(scan_workbook, path, big_limits(max_grid_cells=10)) == (
        "the file holds 3 shared strings, over the limit of 2 (a quarter of CSPR_MAX_CELLS)"
    )
    assert len(scan_workbook(path, big_limits(max_grid_cells=12)).shared_lengths) == 3


def unplaced_sheet() -> bytes:
    return f'<worksheet xmlns="{MAIN}"><sheetData><row><c><v>1</v></c></row></sheetData>'.encode()


def test_streamed_reader_shared_string_limit(tmp_path: Path) -> None:
    # A sheet the streaming reader reads (a row without a position) and 2,000,000 shared
    # strings pass; one more is refused.
    def workbook(name: str, count: int) -> Path:
        return only(
            tmp_path / name,
            xl__worksheets__sheet1_dot_xml=unplaced_sheet(),
            xl__sharedStrings_dot_xml=b"<sst>" + b"<si/>" * count + b"</sst>",
        )

    scan = scan_workbook(workbook("a.xlsx", 2_000_000), big_limits())
    assert (len(scan.shared_lengths), scan.unplaced) == (2_000_000, {"xl/worksheets/sheet1.xml"})
    assert refusal(scan_workbook, workbook("b.xlsx", 2_000_001), big_limits()) == (
        "the file holds 2,000,001 shared strings and must be read by the slower reader, "
        "which loads them all: over the limit of 2,000,000; save it again in Excel"
    )


def test_declared_string_counts_are_read_from_the_sst_tag_alone(tmp_path: Path) -> None:
    # After an XML declaration (a '>' before the tag) the tag's counts are still read.
    declared = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        b'<sst count="3" uniqueCount="99"><si><t>a</t></si></sst>'
    )
    path = only(tmp_path / "a.xlsx", xl__sharedStrings_dot_xml=declared)
    assert refusal(scan_workbook, path, big_limits()) == (
        "shared strings declare 99 entries, more than the file holds; refused"
    )
    # A count on a later element is not the table's.
    later = b'<sst count="1" uniqueCount="1"><si><t>a</t></si><sstX uniqueCount="99999"/></sst>'
    path = only(tmp_path / "b.xlsx", xl__sharedStrings_dot_xml=later)
    assert len(scan_workbook(path, big_limits()).shared_lengths) == 1
    # Only the first megabyte of the shared strings is looked at, and no other part.
    item = b"<si><t>a</t></si>"
    long = b"<sst>" + item * ((1 << 20) // len(item) + 10) + b'<sst uniqueCount="99999999"/></sst>'
    parts = {"xl/sharedStrings.xml": long, "customXml/item1.xml": b'<sst count="99999999999"/>'}
    path = build(tmp_path / "c.xlsx", {"xl/workbook.xml": WORKBOOK, **parts})
    assert len(scan_workbook(path, big_limits()).shared_lengths) == (1 << 20) // len(item) + 10


def test_declared_uses_of_shared_strings_against_eight_per_cell(tmp_path: Path) -> None:
    # count (uses) may be up to 8 x CSPR_MAX_CELLS, or the part's size when that is larger.
    def workbook(name: str, count: int) -> Path:
        shared = f'<sst count="{count}"><si><t>a</t></si></sst>'.encode()
        assert len(shared) < 80
        return only(tmp_path / name, xl__sharedStrings_dot_xml=shared)

    limits = big_limits(max_grid_cells=10)
    assert scan_workbook(workbook("a.xlsx", 80), limits).shared_lengths != []
    assert refusal(scan_workbook, workbook("b.xlsx", 81), limits) == (
        "shared strings declare 81 entries, more than the file holds; refused"
    )


def test_encoding_checked_on_xml_and_relationship_parts(tmp_path: Path) -> None:
    message = "is not UTF-8 XML (no office program writes that); open the file and save it again"
    # Two bytes are enough to be checked.
    parts = workbook_parts()
    parts["customXml/item1.xml"] = b"\xff\xfe"
    path = build(tmp_path / "a.xlsx", parts)
    assert refusal(scan_workbook, path, big_limits()) == f"part customXml/item1.xml {message}"
    rels = "<Relationships/>".encode("utf-16")
    path = build(tmp_path / "b.xlsx", workbook_parts(xl___rels__workbook_dot_xml_dot_rels=rels))
    assert refusal(scan_workbook, path, big_limits()) == (
        f"part xl/_rels/workbook.xml.rels {message}"
    )
    # Only the first four bytes are looked at for a zero byte.
    parts = workbook_parts()
    parts["customXml/item1.xml"] = b"<a/>\x00"
    assert scan_workbook(build(tmp_path / "c.xlsx", parts), big_limits()).has_macros is False


def package_rels(*relationships: str) -> bytes:
    return (
        f'<Relationships xmlns="{PKG_REL}">' + "".join(relationships) + "</Relationships>"
    ).encode()


OFFICE_DOCUMENT = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
)


def test_where_the_package_says_the_workbook_is(tmp_path: Path) -> None:
    # An untyped relationship is ignored; an absolute target is the same place.
    parts = workbook_parts()
    parts["_rels/.rels"] = package_rels(
        '<Relationship Id="r0" Target="docProps/core.xml"/>',
        f'<Relationship Id="r1" Type="{OFFICE_DOCUMENT}" Target="/xl/workbook.xml"/>',
    )
    assert scan_workbook(build(tmp_path / "a.xlsx", parts), big_limits()).sheet_parts != {}
    parts["_rels/.rels"] = package_rels(f'<Relationship Id="r1" Type="{OFFICE_DOCUMENT}"/>')
    path = build(tmp_path / "b.xlsx", parts)
    assert refusal(scan_workbook, path, big_limits()) == (
        "workbook stored at , not xl/workbook.xml; refused"
    )
    far = "deep/" * 30 + "workbook.xml"
    parts["_rels/.rels"] = package_rels(
        f'<Relationship Id="r1" Type="{OFFICE_DOCUMENT}" Target="{far}"/>'
    )
    path = build(tmp_path / "c.xlsx", parts)
    assert refusal(scan_workbook, path, big_limits()) == (
        f"workbook stored at {far[:80]}, not xl/workbook.xml; refused"
    )


def test_a_sheet_stored_outside_the_sheet_folders(tmp_path: Path) -> None:
    # The first sheet points at nothing (skipped); the second is stored elsewhere (refused).
    long_name = "Events of the review period " + "x" * 20
    workbook = (
        f'<workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets>'
        '<sheet name="Lost" sheetId="1" r:id="rId1"/>'
        f'<sheet name="{long_name}" sheetId="2" r:id="rId2"/>'
        "</sheets></workbook>"
    ).encode()
    folder = "other/" + "nested/" * 12
    rels = (
        f'<Relationships xmlns="{PKG_REL}">'
        '<Relationship Id="rId1" Target="worksheets/gone.xml"/>'
        f'<Relationship Id="rId2" Target="{folder}sheet1.xml"/>'
        "</Relationships>"
    ).encode()
    parts = {
        "xl/workbook.xml": workbook,
        "xl/_rels/workbook.xml.rels": rels,
        f"xl/{folder}sheet1.xml": SHEET1,
    }
    path = build(tmp_path / "a.xlsx", parts)
    assert refusal(scan_workbook, path, big_limits()) == (
        f"sheet '{long_name[:40]}' is stored at {('xl/' + folder + 'sheet1.xml')[:80]}, not "
        "where spreadsheet programs write sheets (xl/worksheets/); refused"
    )


def test_sheets_without_a_relationship_map_to_no_part(tmp_path: Path) -> None:
    # Two sheets whose relationships are missing both map to 'xl/' (no part, not shared).
    workbook = WORKBOOK.replace(
        b"</sheets>",
        b'<sheet name="Lost" sheetId="3" r:id="rId8"/>'
        b'<sheet name="Gone" sheetId="4" r:id="rId9"/></sheets>',
    )
    path = build(tmp_path / "a.xlsx", workbook_parts(xl__workbook_dot_xml=workbook))
    scan = scan_workbook(path, big_limits())
    assert (scan.sheet_parts["Lost"], scan.sheet_parts["Gone"]) == ("xl/", "xl/")


def test_sheet_name_refusals_quote_forty_characters(tmp_path: Path) -> None:
    name = "Chronology of agency contacts " + "y" * 20
    twice = WORKBOOK.replace(b'name="Events"', f'name="{name}"'.encode()).replace(
        b'name="Notes"', f'name="{name.upper()}"'.encode()
    )
    path = build(tmp_path / "a.xlsx", workbook_parts(xl__workbook_dot_xml=twice))
    assert refusal(scan_workbook, path, big_limits()) == (
        f"two sheets are named '{name.upper()[:40]}'; refused"
    )
    shared = WORKBOOK.replace(b'name="Notes"', f'name="{name}"'.encode()).replace(
        b'r:id="rId2"', b'r:id="rId1"'
    )
    path = build(tmp_path / "b.xlsx", workbook_parts(xl__workbook_dot_xml=shared))
    assert refusal(scan_workbook, path, big_limits()) == (
        f"sheet '{name[:40]}' shares another sheet's data; refused"
    )


def test_shared_string_sizes_are_measured_to_each_closing_tag(tmp_path: Path) -> None:
    # '<sst><si><t>ab</t>' 18 + 5, '<si/>' read as '<si>' 4 + 5, '<si><t>c</t>' 12 + 5.
    shared = b"<sst><si><t>ab</t></si><si/><si><t>c</t></si></sst>"
    path = only(tmp_path / "a.xlsx", xl__sharedStrings_dot_xml=shared)
    assert scan_workbook(path, big_limits()).shared_lengths == [23, 9, 17]


def test_shared_string_sizes_across_a_megabyte_boundary(tmp_path: Path) -> None:
    # Items of 109 bytes: one of them straddles the first megabyte and is measured whole.
    item = b"<si><t>" + b"a" * 93 + b"</t></si>"
    count = (1 << 20) // len(item) + 100
    path = only(tmp_path / "a.xlsx", xl__sharedStrings_dot_xml=b"<sst>" + item * count + b"</sst>")
    assert scan_workbook(path, big_limits()).shared_lengths == [5 + 109] + [109] * (count - 1)


def test_longest_shared_string_at_its_limit(tmp_path: Path) -> None:
    message = "a shared string is longer than a cell can hold (32,767 characters); refused"
    # The first item measures 5 ('<sst>') + 7 + k + 4, plus 5 for its '</si>'.
    for k, refused in ((262_123, False), (262_124, True)):
        shared = b"<sst><si><t>" + b"a" * k + b"</t></si></sst>"
        path = only(tmp_path / f"{k}.xlsx", xl__sharedStrings_dot_xml=shared)
        if refused:
            assert refusal(scan_workbook, path, big_limits()) == message
        else:
            assert scan_workbook(path, big_limits()).shared_lengths == [262_144]
    # An item never closed is measured as what is left: 256 KB passes, one byte more does not.
    for size, refused in ((256 << 10, False), ((256 << 10) + 1, True)):
        shared = b"<sst>" + b" " * (size - 11) + b"</sst>"
        path = only(tmp_path / f"open{size}.xlsx", xl__sharedStrings_dot_xml=shared)
        if refused:
            assert refusal(scan_workbook, path, big_limits()) == message
        else:
            assert scan_workbook(path, big_limits()).shared_lengths == []


def test_a_damaged_format_number_is_no_format(tmp_path: Path) -> None:
    styles = (
        f'<styleSheet xmlns="{MAIN}"><numFmts><numFmt numFmtId="1" formatCode="yyyy"/></numFmts>'
        '<cellXfs><xf numFmtId="x1"/><xf numFmtId="1"/></cellXfs></styleSheet>'
    ).encode()
    path = build(tmp_path / "a.xlsx", workbook_parts(xl__styles_dot_xml=styles))
    assert scan_workbook(path, big_limits()).partial_styles == {1: "year"}


def test_prefixed_shared_strings_and_odd_shared_cells_go_to_the_streaming_reader(
    tmp_path: Path,
) -> None:
    prefixed = b'<x:sst xmlns:x="urn:x"><x:si><x:t>a</x:t></x:si></x:sst>'
    path = only(tmp_path / "a.xlsx", xl__sharedStrings_dot_xml=prefixed)
    assert scan_workbook(path, big_limits()).unplaced == {"xl/sharedStrings.xml"}
    odd = SHEET1.replace(b'<c r="A1" s="0">', b"<c r=\"A1\" t='s'>")
    path = build(tmp_path / "b.xlsx", workbook_parts(xl__worksheets__sheet1_dot_xml=odd))
    scan = scan_workbook(path, big_limits())
    assert scan.unplaced == {"xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"}


def merged(count: int, prefix: bytes = b"") -> bytes:
    cells = (b"<" + prefix + b'mergeCell ref="A1:B2"/>') * count
    return (
        f'<worksheet xmlns="{MAIN}"><sheetData/><mergeCells>'.encode()
        + cells
        + (b"</mergeCells></worksheet>")
    )


def test_merged_ranges_of_every_sheet_and_spelling_add_up(tmp_path: Path) -> None:
    def workbook(name: str, first: int) -> Path:
        return build(
            tmp_path / name,
            workbook_parts(
                xl__worksheets__sheet1_dot_xml=merged(first),
                xl__worksheets__sheet2_dot_xml=merged(25_000, b"x:"),
            ),
        )

    assert scan_workbook(workbook("a.xlsx", 25_000), big_limits()).merges == 50_000
    assert refusal(scan_workbook, workbook("b.xlsx", 25_001), big_limits()) == (
        "the file has over 50,000 merged ranges; refused"
    )


def test_a_part_failing_its_checksum_while_streamed(tmp_path: Path) -> None:
    # Stored (not compressed) and larger than zipfile's first read (4 KB): the damage is found
    # only at the end of the part, while it is streamed, not when its first bytes are checked.
    path = tmp_path / "a.xlsx"
    sheet = pad(SHEET1, b"</worksheet>", 64 << 10)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        for name, data in workbook_parts(xl__worksheets__sheet1_dot_xml=sheet).items():
            archive.writestr(name, data)
    data = path.read_bytes()
    where = data.index(b"</worksheet>")
    path.write_bytes(data[:where] + b"(" + data[where + 1 :])
    assert refusal(scan_workbook, path, big_limits()) == (
        "file is corrupt or truncated (xl/worksheets/sheet1.xml)"
    )


def test_check_file_reads_the_first_64_bytes_after_a_byte_order_mark(tmp_path: Path) -> None:
    pdf = write(tmp_path / "a.csv", b"\xef\xbb\xbf%PDF-1.7")
    assert refusal(check_file, pdf, big_limits()) == (
        "is not CSV text (it looks like a PDF document)"
    )
    # '<html' within the first 64 bytes is a web page; starting at byte 60, it is not seen.
    seen = write(tmp_path / "b.csv", b" " * 59 + b"<html><body>")
    assert refusal(check_file, seen, big_limits()) == (
        "is not CSV text (it looks like a web page (HTML))"
    )
    unseen = write(tmp_path / "c.csv", b" " * 60 + b"<html><body>")
    assert check_file(unseen, big_limits()) == "csv"


def test_streamed_sheet_element_limit(tmp_path: Path) -> None:
    # A sheet without positions may hold 3 x 2,000,000 elements; one more is refused, by name.
    def workbook(name: str, elements: int) -> Path:
        sheet = b"<row>" + b"<" * (elements - 1)
        return build(tmp_path / name, workbook_parts(xl__worksheets__sheet1_dot_xml=sheet))

    assert scan_workbook(workbook("a.xlsx", 6_000_000), big_limits()).elements == {
        "xl/worksheets/sheet1.xml": 6_000_000,
        "xl/worksheets/sheet2.xml": SHEET2.count(b"<"),
    }
    assert refusal(scan_workbook, workbook("b.xlsx", 6_000_001), big_limits()) == (
        "sheet 'Events' must be read by the slower reader (cells without positions, or numbers "
        "no date can hold) and holds over 2,000,000 cells, the limit for such sheets; save it "
        "again in Excel"
    )


def test_line_breaks_in_the_file_name_and_message_become_spaces() -> None:
    error = IngestError(Path("/data/police\nreturn.xlsx"), "sheet 'A\tB' is\r\nrefused")
    assert str(error) == "police return.xlsx: sheet 'A B' is  refused"
    assert error.reason == "sheet 'A B' is  refused"


def test_absolute_targets_lose_only_their_leading_slash(tmp_path: Path) -> None:
    # Upper case is kept: '/XL/...' is not the workbook's or a sheet's usual place.
    parts = workbook_parts()
    parts["_rels/.rels"] = package_rels(
        f'<Relationship Id="r1" Type="{OFFICE_DOCUMENT}" Target="/XL/workbook.xml"/>'
    )
    assert refusal(scan_workbook, build(tmp_path / "a.xlsx", parts), big_limits()) == (
        "workbook stored at XL/workbook.xml, not xl/workbook.xml; refused"
    )
    rels = RELS.replace(b"/xl/worksheets/sheet2.xml", b"/XL/worksheets/sheet2.xml")
    path = build(tmp_path / "b.xlsx", workbook_parts(xl___rels__workbook_dot_xml_dot_rels=rels))
    assert scan_workbook(path, big_limits()).sheet_parts["Notes"] == "XL/worksheets/sheet2.xml"


def test_cell_references_spelled_another_way_still_count(tmp_path: Path) -> None:
    # Single quotes and spaces round '=' switch to the slower pattern: row 30 is found.
    odd = SHEET1.replace(b'<c r="AA9">', b"<c r = 'AA30'>")
    path = build(tmp_path / "a.xlsx", workbook_parts(xl__worksheets__sheet1_dot_xml=odd))
    assert refusal(scan_workbook, path, big_limits(max_rows_per_sheet=29)) == (
        "sheet 'Events' has 30 rows, over the limit of 29 (CSPR_MAX_ROWS)"
    )


def test_shared_string_cells_of_every_sheet_are_counted(tmp_path: Path) -> None:
    shared = b"<sst><si><t>a</t></si></sst>"
    cell = b'<c r="A1" t="s"><v>0</v></c>'
    sheet = (
        f'<worksheet xmlns="{MAIN}"><sheetData><row r="1">'.encode()
        + cell * 3
        + (b"</row></sheetData></worksheet>")
    )
    parts = workbook_parts(
        xl__worksheets__sheet1_dot_xml=sheet, xl__worksheets__sheet2_dot_xml=sheet
    )
    parts["xl/sharedStrings.xml"] = shared
    assert scan_workbook(build(tmp_path / "a.xlsx", parts), big_limits()).shared_cells == 6


def test_repeated_shared_text_is_counted_use_by_use(tmp_path: Path) -> None:
    """One long string (item 0, 2,012 bytes as measured) used once and a 116-byte one used
    twenty times: the longest string times the 21 cells could pass the limit, so each use is
    counted: 2,012 + 20 x 116 = 4,332 bytes. A cell naming a string that does not exist (2)
    counts nothing. At the limit the file passes; one byte under, it is refused."""
    shared = b"<sst><si><t>" + b"a" * 1991 + b"</t></si><si><t>" + b"b" * 100 + b"</t></si></sst>"
    cells = b'<c r="A1" t="s"><v>0</v></c>' + b'<c r="B1" t="s"><v>1</v></c>' * 20
    cells += b'<c r="C1" t="s"><v>2</v></c>'
    sheet = (
        f'<worksheet xmlns="{MAIN}"><sheetData><row r="1">'.encode()
        + cells
        + (b"</row></sheetData></worksheet>")
    )
    path = only(
        tmp_path / "a.xlsx",
        xl__worksheets__sheet1_dot_xml=sheet,
        xl__sharedStrings_dot_xml=shared,
    )
    scan = scan_workbook(path, big_limits(max_uncompressed_bytes=4_332))
    assert (scan.shared_lengths, scan.shared_cells) == ([2_012, 116], 22)
    assert refusal(scan_workbook, path, big_limits(max_uncompressed_bytes=4_331)) == (
        "the cells repeat shared text adding up to 0 MB, over the limit of 0 MB "
        "(CSPR_MAX_UNCOMPRESSED_MB); refused"
    )


def test_two_sheets_whose_relationships_have_no_target_share_nothing(tmp_path: Path) -> None:
    workbook = WORKBOOK.replace(
        b"</sheets>",
        b'<sheet name="Blank" sheetId="3" r:id="rId3"/>'
        b'<sheet name="Empty" sheetId="4" r:id="rId4"/></sheets>',
    )
    rels = RELS.replace(
        b"</Relationships>", b'<Relationship Id="rId3"/><Relationship Id="rId4"/></Relationships>'
    )
    parts = workbook_parts(xl__workbook_dot_xml=workbook, xl___rels__workbook_dot_xml_dot_rels=rels)
    scan = scan_workbook(build(tmp_path / "a.xlsx", parts), big_limits())
    assert (scan.sheet_parts["Blank"], scan.sheet_parts["Empty"]) == ("xl/", "xl/")


def test_an_unnamed_streamed_sheet_over_its_limit_is_named_by_its_part(tmp_path: Path) -> None:
    parts = workbook_parts()
    parts["xl/worksheets/sheet3.xml"] = b"<row>" + b"<" * 6_000_000
    assert refusal(scan_workbook, build(tmp_path / "a.xlsx", parts), big_limits()) == (
        "sheet 'xl/worksheets/sheet3.xml' must be read by the slower reader (cells without "
        "positions, or numbers no date can hold) and holds over 2,000,000 cells, the limit for "
        "such sheets; save it again in Excel"
    )
