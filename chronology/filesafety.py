"""Checks made on an uploaded file before any parser sees it.

Agencies' files arrive by e-mail and upload; some will be broken, mislabelled or hostile. Every
check here runs on bytes we control (size, magic number, zip directory, a bounded streaming
read of each XML part) so that a zip bomb or an XML entity bomb is refused before openpyxl or
calamine could expand it.
"""

from __future__ import annotations

import datetime as dt
import os
import posixpath
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from defusedxml import ElementTree

from chronology.dates import EXCEL_1900_EPOCH, EXCEL_1904_EPOCH

WORKBOOK_SUFFIXES = frozenset({".xlsx", ".xlsm"})
DOCUMENT_SUFFIXES = frozenset({".docx"})
TEXT_SUFFIXES = frozenset({".csv"})
SUPPORTED_SUFFIXES = WORKBOOK_SUFFIXES | DOCUMENT_SUFFIXES | TEXT_SUFFIXES
# What to tell someone who sends a format we cannot read safely.
RESAVE_HINTS = {
    ".xls": "save it as .xlsx",
    ".ods": "save it as .xlsx",
    ".numbers": "export it as .xlsx",
    ".xlsb": "save it as .xlsx",
    ".doc": "save it as .docx (Word: File > Save As > Word Document)",
    ".rtf": "save it as .docx",
    ".odt": "save it as .docx",
    ".pdf": "send the original .xlsx, .docx or .csv, not a PDF",
    ".txt": "save it as .csv, .xlsx or .docx",
}

_OLE_MAGIC = bytes.fromhex("d0cf11e0a1b11ae1")
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
_DTD = re.compile(rb"<!\s*(doctype|entity)", re.IGNORECASE)
# Every pattern below looks at most 512 bytes into a tag (a cell's attributes are short): an
# unbounded look made a file of "<c " without ">" quadratic in its size (84 s for 128 KB).
_FORMULA_CELL = re.compile(rb'<c\b[^>]{0,512}?\br="([A-Z]{1,3})(\d+)"[^>]{0,512}>\s*<f\b')
_DATE1904 = re.compile(rb"""date1904\s*=\s*["'](1|true)["']""")
_STYLED_CELL = re.compile(rb'<c\b[^>]{0,512}?\br="([A-Z]{1,3})(\d+)"[^>]{0,512}?\bs="(\d+)"')
# Every cell reference, whatever its letters: calamine sizes a sheet's grid from the furthest one.
# Any 'r="AB12"' anywhere counts (only ever adding to the extent), so that a decoy inside
# another attribute's value or a prefixed "x:r" before the real reference cannot hide the far
# corner. A reference spelled another way XML allows (spaces round '=', single quotes) switches
# the window to the slower pattern that reads every spelling.
_CELL_REF = re.compile(rb'r="([A-Za-z]+)(\d+)"')
_ODD_REF = re.compile(rb"r\s+=|r=\s|r='")
_ANY_REF = re.compile(rb"""r\s*=\s*["']([A-Za-z]+)(\d+)["']""")
# A cell or row with no position of its own (allowed by the standard, never written by Excel),
# or with one written as a character reference the patterns above cannot read: such a sheet
# goes to the streaming reader, which counts rows as it reads.
_UNPLACED = re.compile(rb"<(?:c|row|[A-Za-z_][\w.-]*:(?:c|row))(?=[\s/>])(?![^>]{0,512}\br\s*=)")
_CHARACTER_REF = re.compile(rb"""r\s*=\s*["'][A-Za-z0-9$]*&""")
# A number no date cell can hold (negative, eight digits or more before the point, or a large
# exponent): calamine panics converting one under a date format, so such a sheet is read by
# the streaming reader, whose errors are ordinary ones.
_OUT_OF_RANGE = re.compile(rb"<v(?:\s[^>]{0,100})?>\s*(?:-|\d{8}|[^<]{0,40}[eE]\+?\d{2})")
_CONTROL = re.compile("[\x00-\x1f\x7f\u2028\u2029]")
# A cell holding a shared string, and its index; any other spelling of t="s" sends the sheet
# to the streaming reader (calamine copies a shared string into every cell that uses it).
_SHARED_CELL = re.compile(rb't="s"[^>]{0,512}>\s*<v>\s*(\d+)\s*</v>')
_ODD_SHARED = re.compile(rb"""t\s+=|t=\s|t='s'""")  # no \b: 4x faster, only more cautious
# Excel holds at most 32,767 characters in a cell; written as XML with every character an
# entity that is about 256 KB.
_LONGEST_ITEM = 256 << 10
_EMPTY_ITEM = re.compile(rb"<si\s*/>")
MAX_MERGES = 50_000
# The streaming reader is about ten times slower per cell: its sheets get a smaller grid
# (2 million cells is a chronology of 25,000 rows by 80 columns).
STREAMED_CELLS = 2_000_000
# A sheet part as spreadsheet programs write it (a chart or dialog sheet holds cells too).
SHEET_FOLDERS = ("xl/worksheets/", "xl/chartsheets/", "xl/dialogsheets/", "xl/macrosheets/")
# Parts parsed whole into a tree (styles, the workbook, relationships): small in any real file.
_PARSED_PART_BYTES = 8 << 20
# Elements of a part parsed whole: a 5,000-row Word chronology has about 500,000; a part of
# empty elements ("<a/>" repeated) packs 70 million into 280 MB and a tree of many GB.
_PARSED_ELEMENTS = 3_000_000
# The shared strings' declared count: calamine reserves room for that many before reading.
_SST_COUNT = re.compile(rb"""\b(?:uniqueCount|count)\s*=\s*["'](\d+)["']""")
_CHUNK = 1 << 20


class IngestError(Exception):
    """A whole file cannot be read; the CLI prints `FILE: message` on one line."""

    def __init__(self, path: Path | str, message: str) -> None:
        # Names quoted from the file (a sheet, a part) may hold line breaks: one line always.
        name = _CONTROL.sub(" ", Path(path).name)
        message = _CONTROL.sub(" ", message)
        super().__init__(f"{name}: {message}")
        self.path = Path(path)
        self.reason = message


def env_int(name: str, default: int) -> int:
    """A whole-number setting from the environment; anything else is refused in one line
    (a limit silently left at its default would be worse)."""
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    if not value.isdigit():
        raise ValueError(f"{name} must be a whole number (got '{value}')")
    return int(value)


@dataclass(frozen=True)
class Limits:
    """Resource limits for one file; the defaults cover the largest real chronologies seen.

    Override per run (`cspr ingest --max-mb`) or with CSPR_MAX_FILE_MB / CSPR_MAX_ROWS.
    """

    max_file_bytes: int = field(default_factory=lambda: env_int("CSPR_MAX_FILE_MB", 50) << 20)
    # Total of every part after decompression, checked while streaming (the declared sizes of a
    # hostile zip are not trusted): a 50 MB chronology expands to about 250 MB.
    max_uncompressed_bytes: int = field(
        default_factory=lambda: env_int("CSPR_MAX_UNCOMPRESSED_MB", 300) << 20
    )
    max_compression_ratio: int = 200
    max_zip_members: int = 2000
    max_rows_per_sheet: int = field(default_factory=lambda: env_int("CSPR_MAX_ROWS", 250_000))
    max_columns: int = 500
    # Cells of the rectangle from A1 to a sheet's furthest cell: the reader allocates all of them.
    max_grid_cells: int = field(default_factory=lambda: env_int("CSPR_MAX_CELLS", 20_000_000))


@dataclass
class ZipScan:
    """What the byte-level scan of a workbook learnt along the way."""

    epoch: dt.datetime = EXCEL_1900_EPOCH
    has_macros: bool = False
    # Worksheet part name (e.g. "xl/worksheets/sheet1.xml") -> formula cells as (row, col), 0-based.
    formula_cells: dict[str, set[tuple[int, int]]] = field(default_factory=dict)
    sheet_parts: dict[str, str] = field(default_factory=dict)  # sheet name -> part name
    # Style index -> "month" or "year" for date formats that show no day ("mmm-yy", "yyyy"):
    # Excel stores "March 2017" typed into a cell as 1 March 2017 shown as Mar-17.
    partial_styles: dict[int, str] = field(default_factory=dict)
    partial_cells: dict[str, dict[tuple[int, int], str]] = field(default_factory=dict)
    # Worksheet parts holding cells or rows without a reference: read with the streaming reader.
    unplaced: set[str] = field(default_factory=set)
    elements: dict[str, int] = field(default_factory=dict)  # sheet part -> XML elements
    shared_lengths: list[int] = field(default_factory=list)  # bytes of each shared string
    shared_cells: int = 0  # cells holding a shared string (t="s")
    merges: int = 0
    parsed_elements: int = 0  # elements of every part parsed whole, together
    expanded_bytes: int = 0

    def formulas_in(self, sheet: str) -> set[tuple[int, int]]:
        return self.formula_cells.get(self.sheet_parts.get(sheet, ""), set())

    def partials_in(self, sheet: str) -> dict[tuple[int, int], str]:
        return self.partial_cells.get(self.sheet_parts.get(sheet, ""), {})


def _describe_magic(head: bytes) -> str | None:
    if head.startswith(b"%PDF"):
        return "a PDF document"
    if head.startswith(_OLE_MAGIC):
        return "an Office 97-2003 file"
    if head[:4] in (b"\x89PNG", b"GIF8") or head[:3] == b"\xff\xd8\xff":
        return "an image"
    if head.startswith(b"PK\x03\x04"):
        return "a zip archive"
    if head.lstrip().lower().startswith((b"<html", b"<!doctype html")):
        return "a web page (HTML)"
    return None


# (suffixes, kind, what it is, its old binary format, what to save it as)
_OFFICE_KINDS = (
    (WORKBOOK_SUFFIXES, "xlsx", "an Excel workbook", "an Excel 97-2003 (.xls)", ".xlsx"),
    (DOCUMENT_SUFFIXES, "docx", "a Word document", "a Word 97-2003 (.doc)", ".docx"),
)


def unsupported_message(suffix: str) -> str | None:
    """The one-line refusal for a file type we do not read (None when it is supported)."""
    suffix = suffix.lower()
    if suffix in SUPPORTED_SUFFIXES:
        return None
    hint = RESAVE_HINTS.get(suffix, "send it as .xlsx, .docx or .csv")
    return f"unsupported file type '{suffix or 'none'}': {hint}"


def check_file(path: Path, limits: Limits) -> str:
    """Return 'xlsx', 'docx' or 'csv' for a file that may be parsed; raise IngestError otherwise."""
    suffix = path.suffix.lower()
    if not path.is_file():
        raise IngestError(path, "file not found")
    refusal = unsupported_message(suffix)
    if refusal is not None:
        raise IngestError(path, refusal)
    size = path.stat().st_size
    if size > limits.max_file_bytes:
        limit = limits.max_file_bytes >> 20
        raise IngestError(path, f"file is {size / 2**20:.1f} MB, over the limit of {limit} MB")
    if size == 0:
        raise IngestError(path, "file is empty")
    with path.open("rb") as handle:
        head = handle.read(64)  # enough for "<!DOCTYPE html" after a byte-order mark or spaces
    kind = _describe_magic(head.removeprefix(b"\xef\xbb\xbf"))
    for suffixes, found, name, old, new in _OFFICE_KINDS:
        if suffix not in suffixes:
            continue
        if head.startswith(_OLE_MAGIC):
            if _ENCRYPTED_STREAM in path.read_bytes():
                raise IngestError(path, f"{name} is password-protected; remove the password")
            raise IngestError(path, f"is {old} file, not {new}; save it as {new}")
        if not head.startswith(b"PK\x03\x04"):
            raise IngestError(path, f"is not {name} (it looks like {kind or 'text'})")
        return found
    if kind is not None:
        raise IngestError(path, f"is not CSV text (it looks like {kind})")
    return "csv"


def scan_document(path: Path, limits: Limits) -> ZipScan:
    """Check a .docx the same way as a workbook, before python-docx parses it."""
    return scan_workbook(path, limits, main_part="word/document.xml")


def scan_workbook(path: Path, limits: Limits, main_part: str = "xl/workbook.xml") -> ZipScan:
    """Check the zip container and every XML part before a parser expands them."""
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        raise IngestError(path, "file is corrupt or truncated (not a readable zip)") from None
    scan = ZipScan()
    with archive:
        members = archive.infolist()
        names = {info.filename for info in members}
        if len(members) > limits.max_zip_members:
            raise IngestError(path, f"workbook has {len(members)} parts; refused as a zip bomb")
        if main_part not in names:
            if "word/document.xml" in names:
                raise IngestError(path, "is a Word document, not an Excel workbook; name it .docx")
            if "xl/workbook.xml" in names:
                raise IngestError(path, "is an Excel workbook, not a Word document; name it .xlsx")
            wanted = "a Word document" if main_part.startswith("word/") else "an Excel workbook"
            raise IngestError(path, f"is a zip file but not {wanted}")
        declared = sum(info.file_size for info in members)
        if declared > limits.max_uncompressed_bytes:
            raise IngestError(
                path,
                f"file would expand to {declared / 2**20:,.0f} MB, over the limit of "
                f"{limits.max_uncompressed_bytes >> 20:,} MB (CSPR_MAX_UNCOMPRESSED_MB); "
                "refused as a zip bomb",
            )
        for info in members:
            if info.flag_bits & 0x1:
                raise IngestError(path, "workbook is encrypted; remove the password")
            ratio = info.file_size / max(info.compress_size, 1)
            if info.file_size > 10 << 20 and ratio > limits.max_compression_ratio:
                raise IngestError(
                    path,
                    f"part {info.filename} compresses {ratio:,.0f} to 1; refused as a zip bomb",
                )
        scan.has_macros = any(name.lower().endswith("vbaproject.bin") for name in names)
        scan.partial_styles = _partial_date_styles(path, archive)
        extents = {
            info.filename: _scan_part(path, archive, info, scan, limits)
            for info in members
            if info.filename.endswith((".xml", ".rels", ".vml"))
        }
        scan.expanded_bytes += sum(
            info.file_size for info in members if info.filename not in extents
        )
        if scan.expanded_bytes > limits.max_uncompressed_bytes:
            raise IngestError(
                path,
                f"file expands to over the limit of "
                f"{limits.max_uncompressed_bytes >> 20:,} MB (CSPR_MAX_UNCOMPRESSED_MB); "
                "refused as a zip bomb",
            )
        scan.sheet_parts = _sheet_parts(path, archive)
        if main_part == "xl/workbook.xml":
            _check_where_parts_are(path, archive, scan.sheet_parts, set(extents))
        names_by_part = {part: name for name, part in scan.sheet_parts.items()}
        total = 0
        for part, (rows, columns) in extents.items():
            if part.startswith(SHEET_FOLDERS):
                check_extent(path, names_by_part.get(part, part), rows, columns, limits)
                total += rows * columns
        _check_shared_text(path, scan, limits)
        for part in scan.unplaced:
            # openpyxl walks such a sheet whole to size it before the first row is read.
            if scan.elements.get(part, 0) > 3 * STREAMED_CELLS:
                raise IngestError(
                    path,
                    f"sheet '{names_by_part.get(part, part)}' must be read by the slower reader "
                    "(cells without positions, or numbers no date can hold) and holds over "
                    f"{STREAMED_CELLS:,} cells, the limit for such sheets; save it again in Excel",
                )
        if total > limits.max_grid_cells:
            # Each sheet's grid is held while the next is read.
            raise IngestError(
                path,
                f"the sheets' grids add up to {total:,} cells, over the limit of "
                f"{limits.max_grid_cells:,} (CSPR_MAX_CELLS)",
            )
    return scan


def _measure_strings(path: Path, data: bytes, lengths: list[int]) -> bytes:
    """Append the size of each whole shared string in `data`, in order (each counted up to
    its `</si>`, with what comes before it: an overestimate, on the safe side); return the
    unfinished rest, to be joined to the next chunk. All in C: a split, not a loop."""
    parts = _EMPTY_ITEM.sub(b"<si></si>", data).split(b"</si>")
    sizes = [n + 5 for n in map(len, parts[:-1])]
    if (sizes and max(sizes) > _LONGEST_ITEM) or len(parts[-1]) > _LONGEST_ITEM:
        raise IngestError(
            path, "a shared string is longer than a cell can hold (32,767 characters); refused"
        )
    lengths.extend(sizes)
    return parts[-1]


def _shared_text(path: Path, scan: ZipScan, lengths: list[int]) -> int:
    """The bytes of shared text the sheets' cells use, each use counted (a window's overlap
    with the previous one may count a cell twice: an overestimate, on the safe side)."""
    total, known = 0, len(lengths)
    try:
        with zipfile.ZipFile(path) as archive:
            for part in scan.elements:
                tail = b""
                with archive.open(part) as stream:
                    while chunk := stream.read(_CHUNK):
                        window = tail + chunk
                        for index in map(int, _SHARED_CELL.findall(window)):
                            if 0 <= index < known:
                                total += lengths[index]
                        tail = window[-512:]
    except (zipfile.BadZipFile, EOFError, OSError, ValueError, zlib.error):
        raise IngestError(path, "file is corrupt or truncated") from None
    return total


def _check_shared_text(path: Path, scan: ZipScan, limits: Limits) -> None:
    """The text the cells' shared strings add up to, each use counted: calamine copies a
    string into every cell that uses it (a 1 MB string used by 3,000 cells aborted it)."""
    lengths = scan.shared_lengths
    known = len(lengths)
    total = 0
    if lengths and scan.shared_cells * max(lengths) > limits.max_uncompressed_bytes:
        # Only when the longest string used by every such cell could pass the limit: count
        # what each cell really uses (a second read of the sheets; rare in honest files).
        total = _shared_text(path, scan, lengths)
    if total > limits.max_uncompressed_bytes:
        raise IngestError(
            path,
            f"the cells repeat shared text adding up to {total >> 20:,} MB, over the limit of "
            f"{limits.max_uncompressed_bytes >> 20:,} MB (CSPR_MAX_UNCOMPRESSED_MB); refused",
        )
    if known > limits.max_grid_cells // 4:
        raise IngestError(
            path,
            f"the file holds {known:,} shared strings, over the limit of "
            f"{limits.max_grid_cells // 4:,} (a quarter of CSPR_MAX_CELLS)",
        )
    if scan.unplaced and known > STREAMED_CELLS:
        raise IngestError(
            path,
            f"the file holds {known:,} shared strings and must be read by the slower reader, "
            f"which loads them all: over the limit of {STREAMED_CELLS:,}; save it again in Excel",
        )
    if scan.merges > MAX_MERGES:
        raise IngestError(path, f"the file has over {MAX_MERGES:,} merged ranges; refused")


def _check_string_count(path: Path, head: bytes, size: int, limits: Limits) -> None:
    """The shared strings' declared counts are not trusted: calamine reserves room for them
    before reading (a 1.9 KB file declaring four thousand million aborted it). Each distinct
    string takes at least 8 bytes of the part; uses of them are at most every cell's."""
    start = head.find(b"<sst")
    tag = head[start : head.find(b">", start) + 1] if start >= 0 else b""
    for match in _SST_COUNT.finditer(tag):
        declared = int(match.group(1))
        unique = match.group(0).lower().startswith(b"unique")
        bound = size // 8 + 16 if unique else max(size, 8 * limits.max_grid_cells)
        if declared > bound:
            raise IngestError(
                path,
                f"shared strings declare {declared:,} entries, more than the file holds; refused",
            )


def _check_utf8(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    """Refuse an XML part in UTF-16 or UTF-32: every office program writes UTF-8, and the byte
    scans here (entities, cell positions) would not see through another encoding."""
    try:
        with archive.open(info) as stream:
            head = stream.read(4)
    except (zipfile.BadZipFile, EOFError, OSError, ValueError, zlib.error):
        raise IngestError(path, f"file is corrupt or truncated ({info.filename})") from None
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in head:
        raise IngestError(
            path,
            f"part {info.filename} is not UTF-8 XML (no office program writes that); "
            "open the file and save it again",
        )


def _check_where_parts_are(
    path: Path, archive: zipfile.ZipFile, sheet_parts: dict[str, str], scanned: set[str]
) -> None:
    """Refuse a workbook whose worksheets are not where every spreadsheet program writes them
    (xl/worksheets/*.xml, reached from xl/workbook.xml): the size checks above look there, and
    a reader following the relationships elsewhere would meet an unchecked grid."""
    try:
        root = ElementTree.fromstring(archive.read("_rels/.rels"))
    except (KeyError, ElementTree.ParseError):
        root = None
    if root is not None:
        for rel in root:
            if rel.get("Type", "").endswith("/officeDocument"):
                target = rel.get("Target", "").lstrip("/")
                if posixpath.normpath(target) != "xl/workbook.xml":
                    raise IngestError(
                        path, f"workbook stored at {target[:80]}, not xl/workbook.xml; refused"
                    )
    present = set(archive.namelist())
    for name, part in sheet_parts.items():
        normal = posixpath.normpath(part)
        if normal not in present:
            continue  # points at nothing: no grid to build (the reader says the sheet is missing)
        if not (normal.startswith(SHEET_FOLDERS) and normal in scanned):
            raise IngestError(
                path,
                f"sheet '{name[:40]}' is stored at {part[:80]}, not where spreadsheet programs "
                "write sheets (xl/worksheets/); refused",
            )


def _sheet_parts(path: Path, archive: zipfile.ZipFile) -> dict[str, str]:
    """Map sheet names to their XML parts (safe to parse: the DTD scan has already run).
    Two sheets of one name, or two sheets on one part, are refused: a reader finds sheets by
    name (the second was lost and the first read twice) and a part shared by twelve sheets
    made twelve grids of one."""
    rel_ns = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
    try:
        workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
        rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    except (KeyError, ElementTree.ParseError):
        return {}
    targets = {rel.get("Id"): rel.get("Target", "") for rel in rels}
    parts: dict[str, str] = {}
    for sheet in workbook.iter():
        if sheet.tag.endswith("}sheet") and sheet.get("name") is not None:
            name = sheet.get("name", "")
            target = targets.get(sheet.get(rel_ns), "")
            target = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
            if name.casefold() in {n.casefold() for n in parts}:
                raise IngestError(path, f"two sheets are named '{name[:40]}'; refused")
            if target != "xl/" and posixpath.normpath(target) in {
                posixpath.normpath(t) for t in parts.values()
            }:
                raise IngestError(path, f"sheet '{name[:40]}' shares another sheet's data; refused")
            parts[name] = target
    return parts


def _scan_part(
    path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo, scan: ZipScan, limits: Limits
) -> tuple[int, int]:
    """Stream one XML part; returns its furthest cell as (rows, columns), (0, 0) if none."""
    is_sheet = info.filename.startswith(SHEET_FOLDERS)
    if info.filename.endswith((".xml", ".rels")) and info.file_size >= 2:
        _check_utf8(path, archive, info)
    if info.filename.endswith(".rels") or info.filename in ("xl/workbook.xml", "xl/styles.xml"):
        _check_parsed_size(path, info)
    # Parts a parser builds whole in memory (a Word document, styles, relationships), unlike
    # worksheets, which are streamed: their element count bounds the tree.
    parsed_whole = not is_sheet and not info.filename.startswith("xl/sharedStrings")
    elements = 0
    formulas: set[tuple[int, int]] = set()
    partial: dict[tuple[int, int], str] = {}
    styled = is_sheet and bool(scan.partial_styles)
    tail = carry = b""
    read = 0
    max_row, max_letters = 0, b""
    try:
        with archive.open(info) as stream:
            while chunk := stream.read(_CHUNK):
                read += len(chunk)
                scan.expanded_bytes += len(chunk)
                if read > info.file_size:
                    raise IngestError(path, f"part {info.filename} is larger than declared")
                if scan.expanded_bytes > limits.max_uncompressed_bytes:
                    raise IngestError(
                        path,
                        f"file expands to over the limit of "
                        f"{limits.max_uncompressed_bytes >> 20:,} MB (CSPR_MAX_UNCOMPRESSED_MB); "
                        "refused as a zip bomb",
                    )
                window = tail + chunk
                count = chunk.count(b"<")
                elements += count
                if parsed_whole:
                    # A Word document's parts are all parsed when it is opened: the bound is
                    # on them together (twelve headers of 1.6 million elements held 2.6 GB).
                    scan.parsed_elements += count
                    if elements > _PARSED_ELEMENTS or scan.parsed_elements > _PARSED_ELEMENTS:
                        raise IngestError(
                            path,
                            f"part {info.filename} brings the file over {_PARSED_ELEMENTS:,} "
                            "XML elements (possible XML bomb); refused",
                        )
                if _DTD.search(window):
                    raise IngestError(
                        path, "workbook declares XML entities (possible XML bomb); refused"
                    )
                if read == len(chunk) and info.filename.startswith("xl/sharedStrings"):
                    _check_string_count(path, chunk, info.file_size, limits)
                if info.filename.startswith("xl/sharedStrings"):
                    carry = _measure_strings(path, carry + chunk, scan.shared_lengths)
                    if b":si" in window:  # prefixed items are not measured: streaming reader
                        scan.unplaced.add(info.filename)
                if is_sheet:
                    refs = (_ANY_REF if _ODD_REF.search(window) else _CELL_REF).findall(window)
                    if refs:  # in C where it can be: a sheet has millions of cells
                        letters, digits = zip(*refs, strict=True)
                        max_row = max(max_row, *map(int, digits))
                        for column in set(letters):  # one per distinct column: few
                            column = column.upper()
                            if (len(column), column) > (len(max_letters), max_letters):
                                max_letters = column
                    if (
                        _UNPLACED.search(window)
                        or _CHARACTER_REF.search(window)
                        or _OUT_OF_RANGE.search(window)
                    ):
                        scan.unplaced.add(info.filename)
                    for match in _FORMULA_CELL.finditer(window):
                        formulas.add((int(match.group(2)) - 1, _column_index(match.group(1))))
                    # "<mergeCell ", not the "<mergeCells" that holds them.
                    scan.merges += chunk.count(b"<mergeCell ") + chunk.count(b":mergeCell ")
                    scan.shared_cells += chunk.count(b't="s"')
                    if _ODD_SHARED.search(window):
                        scan.unplaced.add(info.filename)
                if styled:
                    for match in _STYLED_CELL.finditer(window):
                        precision = scan.partial_styles.get(int(match.group(3)))
                        if precision:
                            cell = (int(match.group(2)) - 1, _column_index(match.group(1)))
                            partial[cell] = precision
                tail = window[-512:]
                if info.filename == "xl/workbook.xml" and _DATE1904.search(window):
                    scan.epoch = EXCEL_1904_EPOCH
    except (zipfile.BadZipFile, EOFError, OSError, ValueError, zlib.error):
        raise IngestError(path, f"file is corrupt or truncated ({info.filename})") from None
    if is_sheet:
        scan.formula_cells[info.filename] = formulas
        scan.partial_cells[info.filename] = partial
        scan.elements[info.filename] = elements
    return max_row, _column_index(max_letters) + 1 if max_letters else 0


def check_extent(path: Path, sheet: str, rows: int, columns: int, limits: Limits) -> None:
    """Refuse a sheet whose furthest cell makes a grid too large to hold, before it is built."""
    where = f"sheet '{sheet}'" if sheet else "the file"
    if rows > limits.max_rows_per_sheet:
        raise IngestError(
            path,
            f"{where} has {rows:,} rows, over the limit of "
            f"{limits.max_rows_per_sheet:,} (CSPR_MAX_ROWS)",
        )
    if columns > limits.max_columns:
        raise IngestError(
            path, f"{where} has {columns:,} columns, over the limit of {limits.max_columns}"
        )
    if rows * columns > limits.max_grid_cells:
        raise IngestError(
            path,
            f"{where} spans {rows:,} rows by {columns:,} columns, over the limit of "
            f"{limits.max_grid_cells:,} cells (CSPR_MAX_CELLS)",
        )


def _check_parsed_size(path: Path, info: zipfile.ZipInfo) -> None:
    """A part parsed whole into a tree (styles, the workbook, relationships) is small in any
    real file; its declared size is checked before it is read."""
    if info.file_size > _PARSED_PART_BYTES:
        raise IngestError(
            path,
            f"part {info.filename} is {info.file_size >> 20} MB, far larger than any "
            "workbook writes; refused",
        )


def _partial_date_styles(path: Path, archive: zipfile.ZipFile) -> dict[int, str]:
    """Cell styles whose date format shows no day: month-year ("mmm-yy") or year ("yyyy")."""
    try:
        info = archive.getinfo("xl/styles.xml")
    except KeyError:
        return {}
    _check_parsed_size(path, info)
    try:
        with archive.open(info) as stream:
            data = stream.read(_PARSED_PART_BYTES + 1)
        if len(data) > _PARSED_PART_BYTES:
            raise IngestError(path, "part xl/styles.xml is larger than declared; refused")
    except (zipfile.BadZipFile, OSError, zlib.error):
        raise IngestError(path, "file is corrupt or truncated (xl/styles.xml)") from None
    if _DTD.search(data):
        raise IngestError(path, "workbook declares XML entities (possible XML bomb); refused")
    if data.count(b"<") > _PARSED_ELEMENTS:
        raise IngestError(path, "part xl/styles.xml holds too many elements (possible XML bomb)")
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError:
        return {}
    codes = {17: "mmm-yy"}  # Excel's built-in month-year format
    for element in root.iter():
        if element.tag.endswith("}numFmt"):
            codes[_number(element.get("numFmtId"))] = element.get("formatCode", "")
    styles: dict[int, str] = {}
    xfs = next((e for e in root.iter() if e.tag.endswith("}cellXfs")), None)
    for index, xf in enumerate(xfs if xfs is not None else []):
        code = codes.get(_number(xf.get("numFmtId")), "")
        precision = _format_precision(code)
        if precision:
            styles[index] = precision
    return styles


def _number(text: str | None) -> int:
    """A style's format number; a damaged one ("abc") is no format, not a crash."""
    return int(text) if text is not None and text.strip().isdigit() else -1


def _format_precision(code: str) -> str | None:
    """'month' or 'year' for a date format without a day (quoted text and escapes ignored)."""
    bare = re.sub(r'"[^"]*"|\\.|\[[^\]]*\]', "", code).lower()
    if not bare or "d" in bare or "h" in bare or "s" in bare or "y" not in bare:
        return None
    return "month" if "m" in bare else "year"


def _column_index(letters: bytes) -> int:
    index = 0
    for letter in letters:
        index = index * 26 + (letter - 64)
    return index - 1


def column_letter(index: int) -> str:
    """0-based column index to Excel letters (0 -> A, 27 -> AB)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters
