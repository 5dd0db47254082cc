"""A streaming XLSX writer for the integrated workbook: rows of text, numbers and dates with
styles, and the sheet settings the workbook uses (column widths, row heights, frozen header,
filters, print setup). Nothing else.

Why by hand: xlsxwriter spends about 5 microseconds a cell in Python (20,000 source rows make
about 730,000 cells: 4 s of CPU even written bare, more than three reads of the same files), and
no maintained library writes per-cell styles faster (rustpy-xlsxwriter styles only whole rows
or columns; see docs/reference.md). Here a row is one string built from precomputed pieces and
each cell's text is escaped only when it holds something to escape.

What it shares with xlsxwriter's constant-memory mode: text is stored as inline strings (no
shared-string table to hold in memory), rows are written in order to a temporary file per
sheet, and the package is assembled on `close`. Text is only ever text (never a formula or a
link), cut at Excel's 32,767 UTF-16 units, with control characters written as Excel's `_xHHHH_`
escapes (and a literal `_xHHHH_` protected), so Excel and calamine read every character back as
it was; what is not a character at all (a lone surrogate, U+FFFE, U+FFFF) becomes U+FFFD.
Zip parts are plain (no ZIP64 headers below 4 GiB, which Excel refuses on small parts). A
review of this module against xlsxwriter's output and LibreOffice round trips is summarised in
docs/reference.md.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import secrets
import tempfile
import time
import zipfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any
from xml.sax.saxutils import escape as _xml

from chronology.filesafety import column_letter

MAX_TEXT = 32_767  # Excel's most characters in a cell (UTF-16 units)
MAX_HEADER_FOOTER = 255  # Excel's most characters in a page header or footer
MAX_ROWS = 1_048_576
# zlib's level for the sheets: 3 compresses a 20,000-row workbook in 0.25 s to 6.0 MB, the
# default 6 in 0.65 s to 5.1 MB (bench/xlsx_writer.py); the file is written while a user waits.
COMPRESS_LEVEL = 3
_EXCEL_EPOCH = dt.date(1899, 12, 30)  # serial 0 for dates after Excel's false 29 February 1900
_NEEDS_ESCAPE = re.compile(r"[&<>\x00-\x08\x0b-\x1f\ud800-\udfff\ufffe\uffff]|_x[0-9A-Fa-f]{4}_")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f]")
# Not characters at all (a lone surrogate, U+FFFE, U+FFFF): XML cannot hold them and no
# reader gives them back, so they become the replacement character.
_NOT_CHARACTERS = re.compile(r"[\ud800-\udfff\ufffe\uffff]")
_LITERAL_ESCAPE = re.compile(r"_(x[0-9A-Fa-f]{4}_)")

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def escape_text(text: str) -> str:
    """Cell text as XML: `&<>` escaped, control characters as `_xHHHH_`, and a literal
    `_xHHHH_` kept literal (`_x005F_xHHHH_`), the way Excel reads them back."""
    return _escaped(text) if _NEEDS_ESCAPE.search(text) else text


def _escaped(text: str) -> str:
    text = _LITERAL_ESCAPE.sub(r"_x005F_\1", text)
    text = _CONTROL.sub(lambda m: f"_x{ord(m.group(0)):04X}_", text)
    return _xml(_NOT_CHARACTERS.sub("\ufffd", text))


def _plain(text: str) -> str:
    """Text outside cells (a title, a page header): control characters and non-characters
    dropped, the rest escaped."""
    return _xml(_NOT_CHARACTERS.sub("\ufffd", _CONTROL.sub("", text)))


def cut_text(text: str) -> str:
    """`text` cut to Excel's 32,767 UTF-16 units (a character beyond U+FFFF takes two), never
    between the two halves of one."""
    if len(text) <= MAX_TEXT // 2:
        return text
    units = 0
    for at, char in enumerate(text):
        units += 2 if ord(char) > 0xFFFF else 1
        if units > MAX_TEXT:
            return text[:at]
    return text


def excel_serial(day: dt.date) -> int:
    """Excel's day number for a date from 1 January 1900 (Excel counts a 29 February 1900
    that never was, so days before March are one fewer than the epoch gives)."""
    if day < dt.date(1900, 3, 1):
        return (day - _EXCEL_EPOCH).days - 1
    return (day - _EXCEL_EPOCH).days


def _attr(value: str) -> str:
    return _plain(value).replace('"', "&quot;")


def _rgb(colour: str) -> str:
    return "FF" + colour.lstrip("#").upper()


@dataclass(frozen=True)
class Style:
    """A cell style: the handful of properties the workbook uses."""

    bold: bool = False
    font_color: str | None = None  # "#RRGGBB"
    bg_color: str | None = None
    border_color: str | None = None  # a thin border all round in this colour
    wrap: bool = False
    valign: str | None = None  # "top"
    align: str | None = None  # "left"
    num_format: str | None = None


@dataclass
class PageSetup:
    """Printing: A4 landscape fitted one page wide by default, the header row repeated."""

    columns_printed: int
    header: str = ""
    footer: str = ""
    margins: Mapping[str, float] = field(default_factory=dict)  # left right top bottom, inches
    header_margin: float = 0.3
    paper: int = 9  # A4
    landscape: bool = True


@dataclass(frozen=True)
class SheetPart:
    """A sheet written by another process (`Sheet.part`), for its workbook to take in
    (`Workbook.add_part`): its settings, counts and rows as XML."""

    name: str
    index: int
    widths: list[float]
    freeze: tuple[int, int] | None
    filter_columns: int
    page: PageSetup | None
    rows: int
    columns: int
    body: bytes


class Sheet:
    """One worksheet, written row by row in order."""

    def __init__(self, name: str, index: int) -> None:
        if (
            not name
            or len(name) > 31
            or re.search(r"[\[\]:*?/\\\x00-\x1f]", name)
            or name.startswith("'")
            or name.endswith("'")
            or name.lower() == "history"
        ):
            raise ValueError(f"not a worksheet name: {name!r}")
        self.name = name
        self.index = index
        self.widths: list[float] = []
        self.freeze: tuple[int, int] | None = None
        self.filter_columns = 0  # > 0: a filter on the header row over that many columns
        self.page: PageSetup | None = None
        self.rows = 0  # rows written (the last row's number, from 1)
        self.columns = 0  # the widest row's cells
        self._body: IO[bytes] = tempfile.TemporaryFile(  # noqa: SIM115 - closed by the workbook
            "w+b", buffering=1 << 20
        )
        self._letters: list[str] = []

    def part(self) -> SheetPart:
        """The sheet as written so far, to send to the process that assembles the workbook."""
        self._body.seek(0)
        body = self._body.read()
        self._body.close()
        return SheetPart(
            self.name, self.index, self.widths, self.freeze, self.filter_columns, self.page,
            self.rows, self.columns, body,
        )  # fmt: skip

    def set_widths(self, widths: Sequence[float]) -> None:
        """Column widths in Excel's character units, as xlsxwriter's `set_column` takes them."""
        self.widths = list(widths)

    def write_row(
        self,
        values: Sequence[Any],
        styles: Sequence[int],
        height: float | None = None,
    ) -> None:
        """The next row: str as text, int/float as numbers, bool as TRUE/FALSE, date as a date
        cell (give it a date style), None or "" as a blank cell that still takes its style."""
        if len(values) != len(styles):
            raise ValueError(f"{len(values)} values for {len(styles)} styles")
        if self.rows >= MAX_ROWS:
            raise ValueError(f"sheet {self.name!r} is full ({MAX_ROWS:,} rows)")
        self.rows += 1
        r = str(self.rows)
        while len(self._letters) < len(values):
            self._letters.append(column_letter(len(self._letters)))
        self.columns = max(self.columns, len(values))
        height_attr = f' ht="{height:g}" customHeight="1"' if height is not None else ""
        parts = [f'<row r="{r}"{height_attr}>']
        # One search of the row's text instead of one per cell: most rows need no escaping (a
        # match across two cells' join only means searching cell by cell).
        texts = [v for v in values if isinstance(v, str)]
        escaping = bool(texts) and _NEEDS_ESCAPE.search("".join(texts)) is not None
        for letter, value, style in zip(self._letters, values, styles, strict=False):
            ref = letter + r
            if value is None or value == "":
                parts.append(f'<c r="{ref}" s="{style}"/>')
            elif isinstance(value, str):  # cut_text and escape_text, their calls saved
                text = cut_text(value) if len(value) > MAX_TEXT // 2 else value
                space = ' xml:space="preserve"' if text[0].isspace() or text[-1].isspace() else ""
                if escaping and _NEEDS_ESCAPE.search(text):
                    text = _escaped(text)
                parts.append(
                    f'<c r="{ref}" s="{style}" t="inlineStr"><is><t{space}>{text}</t></is></c>'
                )
            elif isinstance(value, bool):
                parts.append(f'<c r="{ref}" s="{style}" t="b"><v>{int(value)}</v></c>')
            elif isinstance(value, int):  # an int's subclasses (IntEnum) written as the int
                parts.append(f'<c r="{ref}" s="{style}"><v>{int(value)}</v></c>')
            elif isinstance(value, float):  # numpy's float64 too, written as a float
                number = float(value)
                if number != number or abs(number) > 1e308:  # NaN or infinite: as text
                    parts.append(
                        f'<c r="{ref}" s="{style}" t="inlineStr"><is><t>{number}</t></is></c>'
                    )
                else:
                    parts.append(f'<c r="{ref}" s="{style}"><v>{number!r}</v></c>')
            elif isinstance(value, dt.date):
                day = value.date() if isinstance(value, dt.datetime) else value
                if day < dt.date(1900, 1, 1):  # before Excel's first date: kept, as text
                    parts.append(
                        f'<c r="{ref}" s="{style}" t="inlineStr"><is><t>{day.isoformat()}'
                        "</t></is></c>"
                    )
                else:
                    parts.append(f'<c r="{ref}" s="{style}"><v>{excel_serial(day)}</v></c>')
            else:
                raise TypeError(f"cannot write a {type(value).__name__} to a cell")
        parts.append("</row>")
        self._body.write("".join(parts).encode("utf-8", "replace"))

    def _xml(self, selected: bool) -> tuple[str, str]:
        """The sheet's XML before and after its rows."""
        last = f"{column_letter(max(self.columns, 1) - 1)}{max(self.rows, 1)}"
        head = [_HEAD, f'<worksheet xmlns="{_MAIN}" xmlns:r="{_REL}">']
        if self.page:
            head.append('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>')
        head.append(f'<dimension ref="A1:{last}"/>' if self.rows else '<dimension ref="A1"/>')
        view = "<sheetView" + (' tabSelected="1"' if selected else "") + ' workbookViewId="0"'
        if self.freeze and any(self.freeze):
            row, col = self.freeze
            top_left = f"{column_letter(col)}{row + 1}"
            pane = "bottomRight" if row and col else ("bottomLeft" if row else "topRight")
            split = (f' xSplit="{col}"' if col else "") + (f' ySplit="{row}"' if row else "")
            selections = (
                '<selection pane="topRight"/><selection pane="bottomLeft"/>' if row and col else ""
            )
            head.append(
                f'<sheetViews>{view}><pane{split} topLeftCell="{top_left}" '
                f'activePane="{pane}" state="frozen"/>{selections}'
                f'<selection pane="{pane}" activeCell="{top_left}" sqref="{top_left}"/>'
                "</sheetView></sheetViews>"
            )
        else:
            head.append(f"<sheetViews>{view}/></sheetViews>")
        head.append('<sheetFormatPr defaultRowHeight="15"/>')
        if self.widths:
            cols = "".join(
                f'<col min="{i}" max="{i}" width="{_file_width(w)}" customWidth="1"/>'
                for i, w in enumerate(self.widths, start=1)
            )
            head.append(f"<cols>{cols}</cols>")
        head.append("<sheetData>")
        tail = ["</sheetData>"]
        if self.filter_columns:
            tail.append(f'<autoFilter ref="{self.filter_range()}"/>')
        if self.page:
            for text in (self.page.header, self.page.footer):
                if len(text) > MAX_HEADER_FOOTER:
                    raise ValueError(
                        f"sheet {self.name!r}: a page header or footer of {len(text)} "
                        f"characters (Excel holds {MAX_HEADER_FOOTER})"
                    )
            m = {"left": 0.7, "right": 0.7, "top": 0.75, "bottom": 0.75, **self.page.margins}
            tail.append(
                f'<pageMargins left="{m["left"]}" right="{m["right"]}" top="{m["top"]}" '
                f'bottom="{m["bottom"]}" header="{self.page.header_margin}" '
                f'footer="{self.page.header_margin}"/>'
            )
            orientation = "landscape" if self.page.landscape else "portrait"
            tail.append(
                f'<pageSetup paperSize="{self.page.paper}" fitToHeight="0" '
                f'orientation="{orientation}"/>'
            )
            hf = ""
            if self.page.header:
                hf += f"<oddHeader>{_plain(self.page.header)}</oddHeader>"
            if self.page.footer:
                hf += f"<oddFooter>{_plain(self.page.footer)}</oddFooter>"
            if hf:
                tail.append(f"<headerFooter>{hf}</headerFooter>")
        tail.append("</worksheet>")
        return "".join(head), "".join(tail)

    def filter_range(self) -> str:
        return f"A1:{column_letter(self.filter_columns - 1)}{max(self.rows, 2)}"

    def defined_names(self) -> list[tuple[str, str, bool]]:
        """(name, reference, hidden) of the workbook names this sheet needs."""
        quoted = "'" + self.name.replace("'", "''") + "'"
        names = []
        if self.filter_columns:
            last = f"${column_letter(self.filter_columns - 1)}${max(self.rows, 2)}"
            names.append(("_xlnm._FilterDatabase", f"{quoted}!$A$1:{last}", True))
        if self.page:
            last = f"${column_letter(self.page.columns_printed - 1)}${max(self.rows, 2)}"
            names.append(("_xlnm.Print_Area", f"{quoted}!$A$1:{last}", False))
            names.append(("_xlnm.Print_Titles", f"{quoted}!$1:$1", False))
        return names


def _write_sheet(
    package: zipfile.ZipFile, sheet: Sheet, stamp: tuple[int, int, int, int, int, int]
) -> None:
    head, tail = (x.encode("utf-8", "replace") for x in sheet._xml(sheet.index == 0))
    # The size given ahead, so zipfile writes ZIP64 headers only for a part that needs them
    # (over 4 GiB): Excel refuses them on small parts.
    part = zipfile.ZipInfo(f"xl/worksheets/sheet{sheet.index + 1}.xml", stamp)
    part.compress_type = zipfile.ZIP_DEFLATED
    part._compresslevel = COMPRESS_LEVEL  # type: ignore[attr-defined]
    part.file_size = len(head) + sheet._body.tell() + len(tail)
    with package.open(part, "w") as out:
        out.write(head)
        sheet._body.seek(0)
        while chunk := sheet._body.read(1 << 20):
            out.write(chunk)
        out.write(tail)


def _file_width(width: float) -> float:
    """The width Excel stores for a column shown `width` characters wide (Calibri 11: 7 pixels
    a digit and 5 of padding), as xlsxwriter stores it."""
    if width <= 0:
        return 0.0
    pixels = int(width * 7 + 0.5) + 5 if width >= 1 else int(width * 12 + 0.5)
    return (pixels * 256 // 7) / 256


class Workbook:
    """Sheets in the order they are added; styles numbered as they are first asked for."""

    def __init__(self, path: Path, title: str = "") -> None:
        self.path = Path(path)
        self.title = title
        self.sheets: list[Sheet] = []
        self._styles: dict[Style, int] = {Style(): 0}

    def style(self, style: Style) -> int:
        """The number a cell of this style carries."""
        number = self._styles.get(style)
        if number is None:
            number = self._styles[style] = len(self._styles)
        return number

    def add_sheet(self, name: str) -> Sheet:
        if any(s.name.lower() == name.lower() for s in self.sheets):
            raise ValueError(f"a sheet called {name!r} is already in the workbook")
        sheet = Sheet(name, len(self.sheets))
        self.sheets.append(sheet)
        return sheet

    def discard(self) -> None:
        """The sheets' temporary files closed: once the package is written, or when writing it
        failed."""
        for sheet in self.sheets:
            sheet._body.close()

    def add_part(self, part: SheetPart) -> Sheet:
        """A sheet another process wrote (`Sheet.part`), as the next sheet."""
        if part.index != len(self.sheets):
            raise ValueError(f"sheet {part.name!r} was written as sheet {part.index + 1}")
        sheet = self.add_sheet(part.name)
        sheet._body.write(part.body)
        sheet.set_widths(part.widths)
        sheet.freeze, sheet.filter_columns, sheet.page = part.freeze, part.filter_columns, part.page
        sheet.rows, sheet.columns = part.rows, part.columns
        return sheet

    def close(self, last: Callable[[], SheetPart] | None = None) -> None:
        """Write the package (the sheets' rows copied from their temporary files) beside the
        target and move it into place: a failed write never leaves half a workbook. `last`,
        when given, waits for a last sheet another process writes: the sheets here are
        compressed meanwhile. The parts that name the sheets come after them, as openpyxl
        writes them (a reader finds parts by the zip's directory, not by their order)."""
        # Created like any other output (its mode follows the umask, as the CSV files'),
        # under a name nobody else uses.
        partial = self.path.with_name(f".{self.path.name}.{secrets.token_hex(8)}.part")
        try:
            with (
                partial.open("xb") as handle,
                zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as package,
            ):
                now = time.localtime()
                stamp = (now.tm_year, now.tm_mon, now.tm_mday, now.tm_hour, now.tm_min, now.tm_sec)
                for sheet in list(self.sheets):
                    _write_sheet(package, sheet, stamp)
                if last is not None:
                    _write_sheet(package, self.add_part(last()), stamp)
                package.writestr("[Content_Types].xml", self._content_types())
                package.writestr("_rels/.rels", self._package_rels())
                package.writestr("docProps/app.xml", self._app())
                package.writestr("docProps/core.xml", self._core())
                package.writestr("xl/workbook.xml", self._workbook())
                package.writestr("xl/_rels/workbook.xml.rels", self._workbook_rels())
                package.writestr("xl/styles.xml", self._styles_xml())
            os.replace(partial, self.path)
        finally:
            self.discard()
            partial.unlink(missing_ok=True)

    # ------------------------------------------------------------------ package parts
    def _content_types(self) -> str:
        sheets = "".join(
            f'<Override PartName="/xl/worksheets/sheet{s.index + 1}.xml" ContentType="'
            'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            for s in self.sheets
        )
        return (
            f"{_HEAD}<Types "
            'xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/docProps/app.xml" ContentType="'
            'application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
            '<Override PartName="/docProps/core.xml" '
            'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
            '<Override PartName="/xl/styles.xml" ContentType="'
            'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="'
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            f"{sheets}</Types>"
        )

    def _package_rels(self) -> str:
        base = "http://schemas.openxmlformats.org"
        return (
            f'{_HEAD}<Relationships xmlns="{_PKG_REL}">'
            f'<Relationship Id="rId1" Type="{base}/officeDocument/2006/relationships/'
            'officeDocument" Target="xl/workbook.xml"/>'
            f'<Relationship Id="rId2" Type="{base}/package/2006/relationships/metadata/'
            'core-properties" Target="docProps/core.xml"/>'
            f'<Relationship Id="rId3" Type="{base}/officeDocument/2006/relationships/'
            'extended-properties" Target="docProps/app.xml"/>'
            "</Relationships>"
        )

    def _app(self) -> str:
        return (
            f"{_HEAD}<Properties xmlns="
            '"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            "<Application>cspr</Application></Properties>"
        )

    def _core(self) -> str:
        now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        return (
            f"{_HEAD}<cp:coreProperties xmlns:cp="
            '"http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"<dc:title>{_plain(self.title)}</dc:title><dc:creator></dc:creator>"
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{now}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{now}</dcterms:modified>'
            "</cp:coreProperties>"
        )

    def _workbook(self) -> str:
        sheets = "".join(
            f'<sheet name="{_attr(s.name)}" sheetId="{s.index + 1}" r:id="rId{s.index + 1}"/>'
            for s in self.sheets
        )
        names = sorted(
            (name, s.index, ref, hidden)
            for s in self.sheets
            for name, ref, hidden in s.defined_names()
        )
        defined = "".join(
            f'<definedName name="{name}" localSheetId="{index}"'
            + (' hidden="1"' if hidden else "")
            + f">{_xml(ref)}</definedName>"
            for name, index, ref, hidden in names
        )
        return (
            f'{_HEAD}<workbook xmlns="{_MAIN}" xmlns:r="{_REL}">'
            '<bookViews><workbookView xWindow="240" yWindow="15" windowWidth="16095" '
            'windowHeight="9660"/></bookViews>'
            f"<sheets>{sheets}</sheets>"
            + (f"<definedNames>{defined}</definedNames>" if defined else "")
            + '<calcPr calcId="124519" fullCalcOnLoad="1"/></workbook>'
        )

    def _workbook_rels(self) -> str:
        base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        sheets = "".join(
            f'<Relationship Id="rId{s.index + 1}" Type="{base}/worksheet" '
            f'Target="worksheets/sheet{s.index + 1}.xml"/>'
            for s in self.sheets
        )
        return (
            f'{_HEAD}<Relationships xmlns="{_PKG_REL}">{sheets}'
            f'<Relationship Id="rId{len(self.sheets) + 1}" Type="{base}/styles" '
            'Target="styles.xml"/></Relationships>'
        )

    def _styles_xml(self) -> str:
        fonts: dict[tuple[bool, str | None], int] = {(False, None): 0}
        fills: dict[str | None, int] = {None: 0}  # the second fill is Excel's gray125
        borders: dict[str | None, int] = {None: 0}
        formats: dict[str, int] = {}
        xfs = []
        for style in self._styles:  # in number order (dicts keep insertion order)
            font = fonts.setdefault((style.bold, style.font_color), len(fonts))
            fill = fills.setdefault(style.bg_color, len(fills) + 1)
            border = borders.setdefault(style.border_color, len(borders))
            number = 0
            if style.num_format:
                number = formats.setdefault(style.num_format, 164 + len(formats))
            align = ""
            if style.wrap or style.valign or style.align:
                align = (
                    "<alignment"
                    + (f' horizontal="{style.align}"' if style.align else "")
                    + (f' vertical="{style.valign}"' if style.valign else "")
                    + (' wrapText="1"' if style.wrap else "")
                    + "/>"
                )
            applied = (
                (' applyNumberFormat="1"' if number else "")
                + (' applyFont="1"' if font else "")
                + (' applyFill="1"' if fill else "")
                + (' applyBorder="1"' if border else "")
                + (' applyAlignment="1"' if align else "")
            )
            xfs.append(
                f'<xf numFmtId="{number}" fontId="{font}" fillId="{fill}" borderId="{border}" '
                f'xfId="0"{applied}>{align}</xf>'
                if align
                else f'<xf numFmtId="{number}" fontId="{font}" fillId="{fill}" '
                f'borderId="{border}" xfId="0"{applied}/>'
            )
        numfmts = "".join(
            f'<numFmt numFmtId="{i}" formatCode="{_attr(code)}"/>' for code, i in formats.items()
        )
        font_xml = "".join(
            "<font>"
            + ("<b/>" if bold else "")
            + '<sz val="11"/>'
            + (f'<color rgb="{_rgb(colour)}"/>' if colour else "")
            + '<name val="Calibri"/><family val="2"/></font>'
            for bold, colour in fonts
        )
        fill_xml = '<fill><patternFill patternType="none"/></fill>'
        fill_xml += '<fill><patternFill patternType="gray125"/></fill>'
        fill_xml += "".join(
            f'<fill><patternFill patternType="solid"><fgColor rgb="{_rgb(c)}"/>'
            '<bgColor indexed="64"/></patternFill></fill>'
            for c in fills
            if c is not None
        )
        border_xml = "".join(
            "<border><left/><right/><top/><bottom/><diagonal/></border>"
            if colour is None
            else "<border>"
            + "".join(
                f'<{side} style="thin"><color rgb="{_rgb(colour)}"/></{side}>'
                for side in ("left", "right", "top", "bottom")
            )
            + "<diagonal/></border>"
            for colour in borders
        )
        return (
            f'{_HEAD}<styleSheet xmlns="{_MAIN}">'
            + (f'<numFmts count="{len(formats)}">{numfmts}</numFmts>' if formats else "")
            + f'<fonts count="{len(fonts)}">{font_xml}</fonts>'
            + f'<fills count="{len(fills) + 1}">{fill_xml}</fills>'
            + f'<borders count="{len(borders)}">{border_xml}</borders>'
            + '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'
            "</cellStyleXfs>"
            + f'<cellXfs count="{len(xfs)}">{"".join(xfs)}</cellXfs>'
            + '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/>'
            "</cellStyles>"
            + '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium9" '
            'defaultPivotStyle="PivotStyleLight16"/></styleSheet>'
        )
