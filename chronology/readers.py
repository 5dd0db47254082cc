"""Turning a checked file into sheets of raw cell values, row numbers as the agency sees them.

Workbook values come from python-calamine (Rust; about 12x faster than openpyxl's read-only
mode on our benchmark, see bench/ingest.py) and merged ranges from calamine too. openpyxl
remains available as `engine="openpyxl"` for comparison. CSV text is decoded as UTF-8 (with or
without BOM) and otherwise Windows-1252, the two encodings agency systems export.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import warnings
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

from chronology.dates import EXCEL_1900_EPOCH
from chronology.filesafety import (
    MAX_MERGES,
    STREAMED_CELLS,
    IngestError,
    Limits,
    ZipScan,
    check_extent,
    scan_document,
    scan_workbook,
)

Engine = Literal["calamine", "openpyxl"]
Cell = object  # str | float | int | bool | datetime | date | time | None


@dataclass
class Sheet:
    """A sheet's cells; `rows[i]` is the row Excel shows as i + 1 (CSV: record i + 1)."""

    name: str
    rows: list[list[Cell]]
    formula_cells: set[tuple[int, int]] = field(default_factory=set)
    merged: list[tuple[tuple[int, int], tuple[int, int]]] = field(default_factory=list)
    hidden: bool = False
    partial_date_cells: dict[tuple[int, int], str] = field(default_factory=dict)
    caption: str = ""  # Word: the paragraph just before the table ("Version history")


@dataclass
class RawWorkbook:
    path: Path
    kind: Literal["xlsx", "csv", "docx"]
    sheets: list[Sheet]
    epoch: dt.datetime = EXCEL_1900_EPOCH
    has_macros: bool = False
    notes: list[str] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)  # Word: paragraphs outside the tables


def _clean(value: object) -> Cell:
    if isinstance(value, str):
        value = value.strip()
        return value or None
    if isinstance(value, dt.timedelta):
        return str(value)
    return value


def _bounded_rows(
    path: Path, name: str, records: Iterable[Iterable[object]], limits: Limits
) -> list[list[Cell]]:
    """Materialise rows while checking the limits, so an oversized sheet stops early."""
    rows: list[list[Cell]] = []
    width = 0
    for record in records:
        row = [_clean(v) for v in record]
        rows.append(row)
        width = max(width, len(row))
        if len(rows) > limits.max_rows_per_sheet:
            where = f"sheet '{name}'" if name else "the file"
            raise IngestError(
                path,
                f"{where} has over {limits.max_rows_per_sheet:,} rows, the limit (CSPR_MAX_ROWS)",
            )
        if width > limits.max_columns or len(rows) * width > limits.max_grid_cells:
            check_extent(path, name, len(rows), width, limits)
    check_extent(path, name, len(rows), width, limits)
    return rows


def clipped_merges(
    path: Path,
    name: str,
    ranges: Iterable[tuple[tuple[int, int], tuple[int, int]]],
    rows: list[list[Cell]],
    max_cells: int,
) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Merged ranges cut to the cells the sheet holds: a range is only a declaration, and
    'B1:C1048576' forty times made the reader fill and index millions of empty rows. The
    cells they cover together are bounded like a grid (each is visited to fill it down)."""
    width = max((len(row) for row in rows), default=0)
    where = f"sheet '{name}'" if name else "the file"
    merged = []
    covered = 0
    for (r0, c0), (r1, c1) in ranges:
        if r0 >= len(rows) or c0 >= width:
            continue
        r1, c1 = min(r1, len(rows) - 1), min(c1, width - 1)
        merged.append(((r0, c0), (r1, c1)))
        covered += (r1 - r0 + 1) * (c1 - c0 + 1)
        # Each covered cell is filled and indexed (about 100 bytes): a tenth of the grid limit.
        if len(merged) > MAX_MERGES or covered > max_cells // 10:
            raise IngestError(path, f"{where}'s merged ranges cover too much of it; refused")
    return merged


def read_workbook(path: Path, limits: Limits, engine: Engine = "calamine") -> RawWorkbook:
    """Read every worksheet of a checked .xlsx/.xlsm file (values only; macros never run)."""
    scan = scan_workbook(path, limits)
    # Cells without a position are placed by the reader, so the scan cannot bound calamine's grid.
    use_calamine = engine == "calamine" and not scan.unplaced
    reader = _read_calamine if use_calamine else _read_openpyxl
    try:
        sheets = reader(path, scan, limits)
    except (IngestError, KeyboardInterrupt, SystemExit):
        raise
    except BaseException as error:  # many types for damaged files; calamine's panics are not
        message = str(error).splitlines()[0][:200] if str(error) else type(error).__name__
        raise IngestError(path, f"workbook cannot be read ({message})") from None
    notes = ["workbook contains macros; they were not run"] if scan.has_macros else []
    return RawWorkbook(path, "xlsx", sheets, scan.epoch, scan.has_macros, notes)


def _read_calamine(path: Path, scan: ZipScan, limits: Limits) -> list[Sheet]:
    from python_calamine import CalamineWorkbook, SheetTypeEnum, SheetVisibleEnum

    workbook = CalamineWorkbook.from_path(str(path))
    sheets = []
    try:
        for meta in workbook.sheets_metadata:
            if meta.typ != SheetTypeEnum.WorkSheet:
                continue
            # The scan has bounded this sheet's furthest cell (filesafety.check_extent), so the
            # grid calamine allocates here is known to fit.
            sheet = workbook.get_sheet_by_name(meta.name)
            rows = _bounded_rows(path, meta.name, sheet.to_python(skip_empty_area=False), limits)
            merged = clipped_merges(
                path, meta.name, sheet.merged_cell_ranges or [], rows, limits.max_grid_cells
            )
            sheets.append(
                Sheet(
                    meta.name,
                    rows,
                    scan.formulas_in(meta.name),
                    merged,
                    hidden=meta.visible != SheetVisibleEnum.Visible,
                    partial_date_cells=scan.partials_in(meta.name),
                )
            )
    finally:
        workbook.close()
    return sheets


def _read_openpyxl(path: Path, scan: ZipScan, limits: Limits) -> list[Sheet]:
    import openpyxl

    if limits.max_grid_cells > STREAMED_CELLS:
        limits = replace(limits, max_grid_cells=STREAMED_CELLS)

    # "No default style", "marked as a date but outside the limits": openpyxl's notes go to
    # stderr, not to the user; such a cell then fails as a date with its own reason.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return _openpyxl_sheets(openpyxl, path, scan, limits)


def _openpyxl_sheets(openpyxl: Any, path: Path, scan: ZipScan, limits: Limits) -> list[Sheet]:
    workbook = openpyxl.load_workbook(path, read_only=True, data_only=True, keep_vba=False)
    sheets = []
    try:
        for worksheet in workbook.worksheets:
            # The declared dimension is not trusted: openpyxl would pad every row up to it.
            worksheet.reset_dimensions()
            values = worksheet.iter_rows(values_only=True)
            try:
                rows = _bounded_rows(path, worksheet.title, values, limits)
            finally:
                values.close()  # a sheet refused part-way must not leave its part open
            sheets.append(
                Sheet(
                    worksheet.title,
                    rows,
                    scan.formulas_in(worksheet.title),
                    hidden=worksheet.sheet_state != "visible",
                    partial_date_cells=scan.partials_in(worksheet.title),
                )
            )
    finally:
        workbook.close()
    return sheets


def decode_text(path: Path, data: bytes) -> tuple[str, str]:
    """Decode CSV bytes; returns (text, encoding name)."""
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
        except UnicodeDecodeError as error:
            raise IngestError(
                path, f"text marked as UTF-8 is not UTF-8 (byte {error.start + 4})"
            ) from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as error:
            raise IngestError(path, f"UTF-16 text is damaged (byte {error.start + 1})") from None
    if b"\x00" in data[:4096]:
        raise IngestError(path, "is not CSV text (it contains binary data)")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError as error:
        raise IngestError(
            path, f"text is neither UTF-8 nor Windows-1252 (byte {error.start + 1})"
        ) from None


def _guess_delimiter(sample: str) -> str:
    """The delimiter giving the most records of the same, largest width (title lines vary)."""
    best, best_score = ",", (0, 0)
    for delimiter in (",", ";", "\t", "|"):
        try:
            widths = [len(r) for r in csv.reader(io.StringIO(sample), delimiter=delimiter)][:200]
        except csv.Error:
            continue
        common = Counter(w for w in widths if w > 1).most_common(1)
        score = (common[0][1], common[0][0]) if common else (0, 0)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def read_csv(path: Path, limits: Limits) -> RawWorkbook:
    """Read a CSV file as one sheet named ''; a quoted field spanning lines is one record."""
    text, encoding = decode_text(path, path.read_bytes())
    delimiter = _guess_delimiter(text[:50_000])
    try:
        records = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        rows = _bounded_rows(path, "", records, limits)
    except csv.Error as error:
        raise IngestError(path, f"CSV cannot be read ({error})") from None
    note = f"read as {encoding} text"
    return RawWorkbook(path, "csv", [Sheet("", rows)], notes=[note])


def read_docx(path: Path, limits: Limits) -> RawWorkbook:
    """Read every table of a checked .docx as a sheet named "Table N" (rows as in the table).

    Many agencies keep their chronology as a Word table. A cell's paragraphs are joined with
    line breaks; a cell spanning columns or rows is kept once, at its top-left position, with
    its range in `merged` exactly as a workbook's merged cells are.
    """
    scan_document(path, limits)
    texts: list[str] = []
    try:
        sheets = _docx_tables(path, limits, texts)
    except (IngestError, KeyboardInterrupt, SystemExit):
        raise
    except BaseException as error:  # python-docx and lxml raise many types for damaged files
        message = str(error).splitlines()[0][:200] if str(error) else type(error).__name__
        raise IngestError(path, f"document cannot be read ({message})") from None
    notes = [f"{len(sheets)} tables in the document"]
    return RawWorkbook(path, "docx", sheets, notes=notes, texts=texts)


def _docx_tables(path: Path, limits: Limits, texts: list[str]) -> list[Sheet]:
    import docx
    from docx.oxml.ns import qn
    from docx.text.paragraph import Paragraph

    document = docx.Document(str(path))
    sheets: list[Sheet] = []
    caption = ""
    cells = 0
    for child in _through_wrappers(document.element.body, (qn("w:p"), qn("w:tbl"))):
        if child.tag == qn("w:p"):
            text = Paragraph(child, document).text.strip()
            caption = text or caption
            if text and len(texts) < 200:
                texts.append(text)
            continue
        if child.tag != qn("w:tbl"):
            continue
        name = f"Table {len(sheets) + 1}"
        rows: list[list[Cell]] = []
        merged: list[tuple[tuple[int, int], tuple[int, int]]] = []
        open_down: dict[int, tuple[int, int]] = {}  # column -> (first row, last column)
        for r, tr in enumerate(_through_wrappers(child, (qn("w:tr"),))):
            if r >= limits.max_rows_per_sheet:
                raise IngestError(
                    path,
                    f"{name} has over {limits.max_rows_per_sheet:,} rows, "
                    "the limit (CSPR_MAX_ROWS)",
                )
            before = max(tr.grid_before, 0)  # a negative gridAfter must not offset it
            if before > limits.max_columns or tr.grid_after > limits.max_columns:
                check_extent(path, name, r + 1, max(before, tr.grid_after), limits)
            row: list[Cell] = [None] * before
            for tc in _through_wrappers(tr, (qn("w:tc"),)):
                c, span = len(row), max(tc.grid_span, 1)
                if c + span > limits.max_columns:
                    check_extent(path, name, r + 1, c + span, limits)
                if tc.vMerge == "continue" and c in open_down:
                    row.extend([None] * span)
                    continue
                _close_down(merged, open_down, c, r)
                paragraphs = [Paragraph(p, document).text for p in tc.iter(qn("w:p"))]
                row.append(_clean("\n".join(p.rstrip() for p in paragraphs).strip("\n")))
                row.extend([None] * (span - 1))
                if tc.vMerge == "restart":
                    open_down[c] = (r, c + span - 1)
                elif span > 1:
                    merged.append(((r, c), (r, c + span - 1)))
            rows.append(row)
            cells += len(row)
            if cells > limits.max_grid_cells:
                # Word rows never pass _bounded_rows: the document's tables together are
                # bounded like a workbook's grids.
                raise IngestError(
                    path,
                    f"the document's tables hold over {limits.max_grid_cells:,} cells, the "
                    "limit (CSPR_MAX_CELLS)",
                )
        for c in list(open_down):
            _close_down(merged, open_down, c, len(rows))
        merged = clipped_merges(path, name, merged, rows, limits.max_grid_cells)
        sheets.append(Sheet(name, rows, merged=merged, caption=caption))
        caption = ""
    return sheets


def _through_wrappers(parent: Any, tags: tuple[str, ...]) -> Iterator[Any]:
    """The children of `parent` with one of `tags`, also those inside content controls
    (w:sdt) and custom XML (w:customXml), which Word puts round tables, rows and cells: a
    table inside one was not seen at all, a cell inside one shifted the row."""
    from docx.oxml.ns import qn

    wrappers = (qn("w:sdt"), qn("w:customXml"))
    for child in parent.iterchildren():
        if child.tag in tags:
            yield child
        elif child.tag in wrappers:
            content = child.find(qn("w:sdtContent")) if child.tag == qn("w:sdt") else child
            if content is not None:
                yield from _through_wrappers(content, tags)


def _close_down(
    merged: list[tuple[tuple[int, int], tuple[int, int]]],
    open_down: dict[int, tuple[int, int]],
    column: int,
    row: int,
) -> None:
    """End a vertical merge that started above `row` in `column` (it covers rows up to row-1)."""
    if column in open_down:
        first, last_column = open_down.pop(column)
        merged.append(((first, column), (row - 1, last_column)))
