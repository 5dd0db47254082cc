"""Blind agency returns, second batch: more files written the way agencies send them.

Written, like the first batch, without reading the ingestion's column or agency rules and
without reading the first batch's file builders: only the expectation format (`Case`, `Ok`,
`No`, `Skip` from `sample_data/blind_returns.py`) is shared, so `bench/ingest_blind.py` can score
ingestion against these files too. Each file follows what the service's system or a practitioner
really produces: a GP record printed to Word under a patient banner, a police occurrence summary
with "Reported" and "Occurred" columns, a CPOMS export, a Mosaic case-note report, a ward
admissions extract, a health-visiting chronology with merged group headers, a housing log saved
as a semicolon CSV in Windows-1252, a probation contact log whose date column has no header, an
ambulance CAD extract with 24-hour clock numbers, a youth justice Word return split over two
tables, a MASH research sheet naming four agencies, a BadgerNet-like maternity summary with
dd-mmm-yy dates and Excel time cells, an early-help log with month-only dates, an adult mental
health log with its own "Why this matters for the child" column, a community dental service
return, a fire and rescue Safe and Well CSV and a school nursing Word table with vertically
merged date cells.

Everything is invented: the Marsh/Kettering family, every practitioner, school, surgery, ward,
address and reference number. Postcode area QX does not exist (no UK area starts with Q).

The family: Leanne Marsh (DOB 03/09/1992), her partner Tyrone Kettering (DOB 12/12/1988, on
licence), Kayden Marsh (DOB 17/05/2012), Isla Marsh (DOB 02/03/2018) and Freya Kettering (born
26/01/2025), of 7 Bramblewick Row, Saltmere QX4 2ZP, then (from January 2026) Flat 3, Tannery
Court, Saltmere QX4 8HN.

Keys and expectations follow the first batch: every non-blank row of every file is keyed
(sheet, row) with the sheet name for a workbook, "" for a CSV (records counted from the first
record, a blank record counting as a record) and "Table N" for the Nth table of a Word document,
counting every table (banners and sign-off tables too), rows counted within the table. `Ok` is
a row a careful reader accepts (the event's date: "Occurred" over "Reported", "Incident date"
over "Date added", admission over discharge, the appointment over the next appointment; first
day and "month" or "year" precision for partial dates; the start of a date range), `No` a row
such a reader cannot accept (no date, vague, impossible or after 30/11/2026), `Skip` a row that
is not an entry (titles, banners, notes, headers, group headers, sub-headings, footers,
sign-offs, report parameters).

`cells` lists the non-empty cells of every Ok/No row as (column header, value) in column order,
as the file holds them: text as text, Excel dates, datetimes and times as such. The one
translation: a 24-hour clock number in an ambulance sheet (2231, 745 shown as 0745) is listed as
the time it means. A date column with no header is listed under "".

    python sample_data/blind_returns_2.py [OUT_DIR]     # writes the files and prints a summary
"""

from __future__ import annotations

import csv
import datetime as dt
import sys
import tempfile
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.table import Table, _Cell
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.worksheet import Worksheet

try:
    from sample_data.blind_returns import Case, Cell, No, Ok, Skip
except ModuleNotFoundError:  # run as a script: sample_data/ itself is on sys.path
    from blind_returns import Case, Cell, No, Ok, Skip  # type: ignore[no-redef]

Expect = Ok | No | Skip
DocCell = str | list[str] | None
Key = tuple[str, int]


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _cells(
    headers: Sequence[str], values: Sequence[Cell], means: Mapping[int, Cell] | None = None
) -> list[tuple[str, Cell]]:
    out: list[tuple[str, Cell]] = []
    for i, value in enumerate(values):
        if _blank(value):
            continue
        name = headers[i] if i < len(headers) else ""
        out.append((name, means[i] if means and i in means else value))
    return out


def _d(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> dt.datetime:
    """An Excel date (or date and time) cell value, as openpyxl reads it back."""
    return dt.datetime(year, month, day, hour, minute)


# --------------------------------------------------------------------------------------------
# Writers that record an expectation for every non-blank row as they write it
# --------------------------------------------------------------------------------------------


class _Sheet:
    """One worksheet written row by row."""

    def __init__(self, case: Case, ws: Worksheet, formats: Mapping[int, str] | None = None):
        self.case = case
        self.ws = ws
        self.formats = dict(formats or {})
        self.headers: list[str] = []
        self.row = 0

    def _write(self, values: Sequence[Cell], *, bold: bool = False) -> Key:
        self.row += 1
        for col, value in enumerate(values, start=1):
            if _blank(value):
                continue
            cell = self.ws.cell(row=self.row, column=col, value=value)
            fmt = self.formats.get(col)
            if fmt and isinstance(value, dt.date | dt.time):
                cell.number_format = fmt
            if isinstance(value, str) and "\n" in value:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            if bold:
                cell.font = Font(bold=True)
        return (self.ws.title, self.row)

    def blank(self) -> None:
        self.row += 1

    def skip(self, values: Sequence[Cell], why: str, *, bold: bool = False, span: int = 0) -> None:
        key = self._write(values, bold=bold)
        if span > 1:
            self.ws.merge_cells(
                start_row=self.row, start_column=1, end_row=self.row, end_column=span
            )
        self.case.rows[key] = Skip(why)

    def groups(self, spans: Sequence[tuple[int, int, str]], why: str = "group header") -> None:
        """A row of merged group headings, each (first column, last column, text)."""
        self.row += 1
        for first, last, text in spans:
            cell = self.ws.cell(row=self.row, column=first, value=text)
            cell.font = Font(bold=True)
            cell.alignment = Alignment(horizontal="center")
            if last > first:
                self.ws.merge_cells(
                    start_row=self.row, start_column=first, end_row=self.row, end_column=last
                )
        self.case.rows[(self.ws.title, self.row)] = Skip(why)

    def header(self, values: Sequence[Cell], why: str = "column headers") -> None:
        self.headers = ["" if v is None else str(v) for v in values]
        self.skip(values, why, bold=True)

    def add(
        self, expect: Ok | No, values: Sequence[Cell], means: Mapping[int, Cell] | None = None
    ) -> None:
        key = self._write(values)
        self.case.rows[key] = expect
        self.case.cells[key] = _cells(self.headers, values, means)


class _Csv:
    """A CSV written record by record (record 1 is the first line)."""

    def __init__(self, case: Case, width: int):
        self.case = case
        self.width = width
        self.headers: list[str] = []
        self.records: list[list[str]] = []

    def _write(self, values: Sequence[str], *, pad: bool = True) -> Key:
        record = list(values)
        if pad:
            record += [""] * (self.width - len(record))
        self.records.append(record)
        return ("", len(self.records))

    def blank(self) -> None:
        self.records.append([""] * self.width)

    def skip(self, values: Sequence[str], why: str, *, pad: bool = True) -> None:
        self.case.rows[self._write(values, pad=pad)] = Skip(why)

    def header(self, values: Sequence[str]) -> None:
        self.headers = list(values)
        self.skip(values, "column headers")

    def add(self, expect: Ok | No, values: Sequence[str]) -> None:
        key = self._write(values)
        self.case.rows[key] = expect
        self.case.cells[key] = _cells(self.headers, values)

    def save(self, path: Path, *, delimiter: str = ",", encoding: str = "utf-8") -> None:
        with path.open("w", newline="", encoding=encoding) as fh:
            csv.writer(fh, delimiter=delimiter).writerows(self.records)


def _fill(cell: _Cell, value: DocCell) -> None:
    if value is None:
        return
    paragraphs = [value] if isinstance(value, str) else value
    cell.text = paragraphs[0] if paragraphs else ""
    for text in paragraphs[1:]:
        cell.add_paragraph(text)


def _flat(value: DocCell) -> str | None:
    if value is None:
        return None
    return value if isinstance(value, str) else "\n".join(value)


class _Tab:
    """One Word table written row by row."""

    def __init__(self, case: Case, table: Table, name: str):
        self.case = case
        self.table = table
        self.name = name
        self.headers: list[str] = []
        self.row = 0

    def _write(self, values: Sequence[DocCell], *, bold: bool = False) -> Key:
        row = self.table.add_row()
        self.row += 1
        for cell, value in zip(row.cells, values, strict=False):
            _fill(cell, value)
            if bold:
                for run in (r for p in cell.paragraphs for r in p.runs):
                    run.bold = True
        return (self.name, self.row)

    def skip(self, values: Sequence[DocCell], why: str) -> None:
        self.case.rows[self._write(values)] = Skip(why)

    def span(self, text: str, why: str) -> None:
        """A row merged across the whole table (a sub-heading or closing line)."""
        row = self.table.add_row()
        self.row += 1
        merged = row.cells[0].merge(row.cells[-1])
        merged.text = text
        for run in (r for p in merged.paragraphs for r in p.runs):
            run.bold = True
        self.case.rows[(self.name, self.row)] = Skip(why)

    def header(self, values: Sequence[str], why: str = "column headers") -> None:
        self.headers = list(values)
        self.case.rows[self._write(values, bold=True)] = Skip(why)

    def add(self, expect: Ok | No, values: Sequence[DocCell], *, merge_up: int = -1) -> None:
        """An entry; `merge_up` names a column whose cell is merged with the row above (the
        value given is the one a reader sees there, not written again)."""
        written = [None if i == merge_up else v for i, v in enumerate(values)]
        key = self._write(written)
        if merge_up >= 0:
            above = self.table.cell(self.row - 2, merge_up)
            above.merge(self.table.cell(self.row - 1, merge_up))
        self.case.rows[key] = expect
        self.case.cells[key] = _cells(self.headers, [_flat(v) for v in values])


class _Doc:
    """A Word document whose tables are numbered as they are added."""

    def __init__(self, case: Case):
        self.case = case
        self.doc: DocxDocument = Document()
        self.count = 0

    def table(self, cols: int) -> _Tab:
        self.count += 1
        table = self.doc.add_table(rows=0, cols=cols)
        table.style = "Table Grid"
        return _Tab(self.case, table, f"Table {self.count}")

    def landscape(self) -> None:
        section = self.doc.add_section(WD_SECTION.NEW_PAGE)
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width

    def save(self, path: Path) -> None:
        self.doc.save(str(path))


def _widths(ws: Worksheet, widths: Sequence[float]) -> None:
    for i, width in enumerate(widths):
        ws.column_dimensions[chr(ord("A") + i)].width = width


def _workbook() -> tuple[Workbook, Worksheet]:
    wb = Workbook()
    ws = wb.active
    assert isinstance(ws, Worksheet)
    return wb, ws


# --------------------------------------------------------------------------------------------
# 1. GP record printed to Word: patient banner table, consultation table, sign-off table
# --------------------------------------------------------------------------------------------


def _gp(out: Path) -> Case:
    case = Case(
        file="GP_record_summary_L_Marsh_Brookfield.docx",
        organisation="Brookfield Medical Practice",
        sector="health (GP)",
        text_header="Entry",
        styles=(
            "docx",
            "patient banner table first",
            "multi-paragraph cells",
            "dd-Mmm-yyyy",
            "sign-off table",
        ),
    )
    d = _Doc(case)
    d.doc.add_heading("Brookfield Medical Practice", level=1)
    d.doc.add_paragraph(
        "Summary of GP record prepared for the Westrow Safeguarding Children Partnership "
        "rapid review. Extract of consultations with safeguarding relevance only."
    )
    banner = d.table(4)
    banner.skip(
        ["Patient", "Leanne Jade MARSH (Miss)", "NHS number", "999 704 2231"], "patient banner"
    )
    banner.skip(["Date of birth", "03-Sep-1992", "Usual GP", "Dr Fenella Orme"], "patient banner")
    banner.skip(
        ["Address", "7 Bramblewick Row, Saltmere QX4 2ZP", "Registered", "14-Mar-2011"],
        "patient banner",
    )
    d.doc.add_paragraph("")
    d.doc.add_paragraph("Consultations (oldest first)")
    t = d.table(4)
    t.header(["Date", "Clinician", "Consultation type", "Entry"])
    t.add(
        Ok("2024-06-12"),
        [
            "12-Jun-2024",
            "Dr Fenella Orme",
            "Face to face",
            [
                "Problem: Pregnancy confirmed (new)",
                "History: LMP 02/05/2024. Planned? 'not really'. Partner Tyrone. "
                "Two children at home.",
                "Plan: midwifery self-referral, folic acid, stop smoking service offered.",
            ],
        ],
    )
    t.add(
        Ok("2024-09-03"),
        [
            "03-Sep-2024",
            "Nurse Priya Valance",
            "Telephone",
            "Did not answer booked telephone call x2. Message left.",
        ],
    )
    t.add(
        Ok("2024-10-21"),
        [
            "21-Oct-2024",
            "Dr Hamid Saeed",
            "Face to face",
            [
                "Problem: Low mood in pregnancy",
                "Says partner 'gets angry', would not say more. PHQ-9 = 16. Asked directly about "
                "safety at home: 'it's fine'.",
                "Plan: perinatal mental health referral; review 2/52.",
            ],
        ],
    )
    t.add(
        Ok("2024-10-30"),
        [
            "30-Oct-2024",
            "Admin",
            "Document",
            "Letter received: Perinatal Mental Health Team - accepted for assessment.",
        ],
    )
    t.add(
        No("no date: transcribed from paper notes"),
        [
            "Unknown",
            "Admin",
            "Historic",
            "Summarised from Lloyd George paper notes: overdose of paracetamol aged 16, seen by "
            "CAMHS.",
        ],
    )
    t.add(
        Ok("2025-02-10"),
        [
            "10-Feb-2025",
            "Dr Fenella Orme",
            "Home visit",
            [
                "Postnatal check (baby Freya born 26/01/25 at Westrow General).",
                "Tearful, sleeping poorly. Baby seen and well. Partner answered most questions.",
            ],
        ],
    )
    t.add(
        Ok("2025-04-07"),
        [
            "07-Apr-2025",
            "Dr Hamid Saeed",
            "Face to face",
            [
                "Bruise to left upper arm, says walked into a door. Partner waited in car park.",
                "Safeguarding: domestic abuse services discussed; Westrow Women's Aid number given "
                "discreetly. Coded: Domestic abuse (query).",
            ],
        ],
    )
    t.add(
        Ok("2025-04-14"),
        [
            "14-Apr-2025",
            "Admin",
            "Correspondence",
            "MARAC notification: high risk domestic abuse. Alert added to "
            "record of Leanne and the three children.",
        ],
    )
    t.add(
        Ok("2025-07-16"),
        [
            "16-Jul-2025",
            "Dr Fenella Orme",
            "Telephone",
            "Asked for sertraline early, says tablets lost. 14 days issued only.",
        ],
    )
    t.add(
        Ok("2025-11-02"),
        [
            "02-Nov-2025",
            "Westrow Urgent Care (OOH)",
            "Document",
            "Freya seen out of hours with breathing difficulty - see child's record.",
        ],
    )
    t.add(
        Ok("2026-01-19"),
        [
            "19-Jan-2026",
            "Dr Hamid Saeed",
            "Face to face",
            [
                "Review: has left Tyrone, moved to Tannery Court with the children.",
                "Mood better. PHQ-9 = 9. Continue sertraline 100mg.",
            ],
        ],
    )
    t.add(
        Ok("2026-05-08"),
        [
            "08-May-2026",
            "Dr Fenella Orme",
            "Telephone",
            "ED discharge letter: overdose 12 x sertraline 07/05. Prescribing "
            "changed to weekly issue.",
        ],
    )
    t.add(
        Ok("2026-06-05"),
        [
            "05-Jun-2026",
            "Nurse Priya Valance",
            "Face to face",
            "Cervical screening attended. Seemed brighter.",
        ],
    )
    d.doc.add_paragraph("")
    sign = d.table(2)
    sign.skip(["Summary completed by", "Dr Fenella Orme, Safeguarding Lead GP"], "sign-off")
    sign.skip(["Date", "02-Dec-2026"], "sign-off")
    d.save(out / case.file)
    return case


# --------------------------------------------------------------------------------------------
# 2. Police occurrence summary: "Reported" and "Occurred" datetime columns
# --------------------------------------------------------------------------------------------


def _police(out: Path) -> Case:
    case = Case(
        file="Westrow_Police_occurrence_summary_Bramblewick.xlsx",
        organisation="Westrow Constabulary",
        sector="police",
        text_header="Summary",
        styles=(
            "xlsx",
            "title block",
            "Reported and Occurred columns",
            "datetime cells",
            "occurred blank falls back to reported",
            "footer lines",
        ),
    )
    wb, ws = _workbook()
    ws.title = "Occurrences"
    fmt = "dd/mm/yyyy hh:mm"
    s = _Sheet(case, ws, {2: fmt, 3: fmt})
    s.skip(["WESTROW CONSTABULARY - PUBLIC PROTECTION UNIT"], "title", bold=True)
    s.skip(["Occurrence summary: persons linked to 7 Bramblewick Row, Saltmere QX4 2ZP"], "title")
    s.skip(["OFFICIAL - SENSITIVE"], "protective marking")
    s.blank()
    s.header(
        [
            "Occurrence No.",
            "Reported",
            "Occurred",
            "Classification",
            "Location",
            "Persons linked",
            "Summary",
            "OIC",
        ]
    )
    s.add(
        Ok("2025-04-12", time="23:15"),
        [
            "WP/25/041187",
            _d(2025, 4, 12, 23, 47),
            _d(2025, 4, 12, 23, 15),
            "Domestic incident - crime (ABH)",
            "7 Bramblewick Row, Saltmere",
            "Leanne MARSH (V); Tyrone KETTERING (S); Kayden, Isla, Freya (present)",
            "999 call from neighbour reporting screaming. On arrival LM had swelling to left "
            "cheek. TK arrested for ABH. DASH: HIGH. Freya (11 weeks) in cot in the same room. "
            "Operation Encompass notification to Heronsgate Primary and Saltmere Academy.",
            "PC 4471 Ravenscroft",
        ],
    )
    s.add(
        Ok("2025-04-17", time="10:05"),
        [
            "WP/25/043920",
            _d(2025, 4, 17, 10, 5),
            None,
            "Breach of bail conditions",
            "Saltmere",
            "Tyrone KETTERING (S)",
            "Neighbour reports TK seen at the address contrary to bail conditions. Time of "
            "sighting not known. TK not located on attendance.",
            "PC 5102 Ashdown",
        ],
    )
    s.add(
        Ok("2025-05-27", time="21:00"),
        [
            "WP/25/061002",
            _d(2025, 5, 28, 16, 20),
            _d(2025, 5, 27, 21, 0),
            "Missing person - child",
            "Saltmere",
            "Kayden MARSH (MP)",
            "Reported missing by mother the following afternoon. Returned 28/05 at 19:40, would "
            "not say where he had been. Return home interview offered.",
            "PC 3390 Cheung",
        ],
    )
    s.add(
        Ok("2025-07-19", time="22:20"),
        [
            "WP/25/078311",
            _d(2025, 7, 20, 0, 12),
            _d(2025, 7, 19, 22, 20),
            "Domestic incident - crime (assault, criminal damage)",
            "7 Bramblewick Row, Saltmere",
            "Leanne MARSH (V); Tyrone KETTERING (S); Freya KETTERING (injured party)",
            "TK forced front door. Freya fell from LM's arms during the assault and grazed her "
            "forehead; ambulance attended. TK arrested; probation informed (on licence).",
            "PC 4471 Ravenscroft",
        ],
    )
    s.add(
        Ok("2025-09-02", time="15:45"),
        [
            "WP/25/090045",
            _d(2025, 9, 3, 14, 30),
            _d(2025, 9, 2, 15, 45),
            "ASB - youth related",
            "Saltmere Retail Park",
            "Kayden MARSH and 4 others",
            "Group throwing stones at buses. Kayden (13) with males aged 17-19 from the Quayside "
            "area. Words of advice; parents informed.",
            "PCSO 8812 Dobbs",
        ],
    )
    s.add(
        Ok("2024-12-24", time="20:00"),
        [
            "WP/25/101772",
            _d(2025, 10, 9, 11, 0),
            _d(2024, 12, 24, 20, 0),
            "Assault - historic disclosure",
            "7 Bramblewick Row, Saltmere",
            "Leanne MARSH (V); Tyrone KETTERING (S)",
            "LM disclosed to IDVA that TK put his hands round her neck on Christmas Eve 2024 "
            "while she was pregnant. Declined to make a statement. Recorded for intelligence.",
            "DC 2306 Fenwick",
        ],
    )
    s.add(
        Ok("2025-10-18", time="12:40"),
        [
            "WP/25/104410",
            _d(2025, 10, 18, 13, 12),
            _d(2025, 10, 18, 12, 40),
            "Theft - shoplifting",
            "Co-op, Harbour Street, Saltmere",
            "Kayden MARSH (S)",
            "Kayden detained by staff after taking £34 of alcohol. Said he was told to by older "
            "boys. Referred to Youth Justice for out of court disposal.",
            "PC 5102 Ashdown",
        ],
    )
    s.add(
        Ok("2026-02-11", time="00:05"),
        [
            "WP/26/012093",
            _d(2026, 2, 11, 0, 20),
            _d(2026, 2, 11, 0, 5),
            "Wounding - s18 (victim)",
            "Quayside underpass, Saltmere",
            "Kayden MARSH (V)",
            "Kayden (13) stabbed in left thigh. Taken to Westrow General. Says he owed money. "
            "Child criminal exploitation concerns: NRM referral to be considered.",
            "DC 2306 Fenwick",
        ],
    )
    s.add(
        Ok("2026-05-13", time="18:00"),
        [
            "WP/26/030550",
            _d(2026, 5, 14, 9, 30),
            _d(2026, 5, 13, 18, 0),
            "Child exploitation - intelligence",
            "Westrow city centre",
            "Kayden MARSH",
            "Kayden seen with known county lines nominals at Westrow bus station. Shared with "
            "YJS and CSC.",
            "DS 2210 Okonkwo",
        ],
    )
    s.blank()
    s.skip(["Produced by DS 2210 Okonkwo, PPU Safeguarding Review Unit, 01/12/2026"], "sign-off")
    s.skip(["Total occurrences: 9"], "footer")
    _widths(ws, [15, 17, 17, 30, 28, 36, 80, 20])
    wb.save(out / case.file)
    return case


# --------------------------------------------------------------------------------------------
# 3. School CPOMS export: "Incident date" and "Date added", multi-line quoted fields
# --------------------------------------------------------------------------------------------


def _cpoms(out: Path) -> Case:
    case = Case(
        file="Heronsgate_Primary_CPOMS_export_Isla_Marsh.csv",
        organisation="Heronsgate Primary School",
        sector="education",
        text_header="Incident",
        styles=(
            "csv",
            "Incident date and Date added",
            "date and time in one cell",
            "multi-line quoted fields",
            "trailing export line",
        ),
    )
    c = _Csv(case, 9)
    c.header(
        [
            "Student",
            "Incident",
            "Categories",
            "Incident date",
            "Date added",
            "Added by",
            "Action taken",
            "Assigned to",
            "Status",
        ]
    )
    c.add(
        Ok("2025-04-14", time="07:55"),
        [
            "Isla Marsh",
            "Operation Encompass notification from police: domestic incident at home on Saturday "
            "12/04 late evening. Isla was present.",
            "Operation Encompass, Domestic abuse",
            "14/04/2025 07:55",
            "14/04/2025 08:02",
            "Mr Ade Lawal (DSL)",
            "Key adult (Mrs Thornbury) informed. Check-in at lunch.",
            "Mr Ade Lawal (DSL)",
            "Closed",
        ],
    )
    c.add(
        Ok("2025-04-14", time="08:40"),
        [
            "Isla Marsh",
            "Isla arrived hungry and ate two breakfasts at breakfast club. Said “mummy was "
            "crying all night”.",
            "Welfare, Family issues",
            "14/04/2025 08:40",
            "14/04/2025 09:12",
            "Mrs Gail Thornbury (Class teacher)",
            "Passed to DSL. Free breakfast club place.",
            "Mr Ade Lawal (DSL)",
            "Closed",
        ],
    )
    c.add(
        Ok("2025-05-06", time="13:20"),
        [
            "Isla Marsh",
            "Isla disclosed during circle time:\n‘Daddy Ty pushed mummy into the bath and she "
            "cried’\nRecorded verbatim. No marks seen on Isla.",
            "Disclosure, Domestic abuse",
            "06/05/2025 13:20",
            "06/05/2025 14:05",
            "Miss Rhiannon Pike (TA)",
            "DSL referral to MASH at 14:30 (ref MASH-25-3318).\nMum informed by DSL at pick-up.",
            "Mr Ade Lawal (DSL)",
            "Closed",
        ],
    )
    c.add(
        Ok("2025-06-20", time="15:15"),
        [
            "Isla Marsh",
            "At home time Isla refused to leave with Tyrone, hid under the coat pegs. Mum "
            "collected her 20 minutes later.",
            "Welfare, Child protection",
            "20/06/2025 15:15",
            "23/06/2025 08:30",
            "Mrs Gail Thornbury (Class teacher)",
            "Social worker (B Carrow) informed Monday.",
            "Mr Ade Lawal (DSL)",
            "Closed",
        ],
    )
    c.add(
        Ok("2025-08-11", time="10:00"),
        [
            "Isla Marsh",
            "Initial child protection conference attended by DSL. Isla made subject of a CP plan "
            "(emotional abuse).",
            "Meetings, Child protection",
            "11/08/2025 10:00",
            "11/08/2025 16:45",
            "Mr Ade Lawal (DSL)",
            "CP plan uploaded. Core group 29/08.",
            "Mr Ade Lawal (DSL)",
            "Open",
        ],
    )
    c.add(
        Ok("2025-12-19"),
        [
            "Isla Marsh",
            "Autumn term attendance 87.4% with 9 late marks.",
            "Attendance",
            "19/12/2025",
            "19/12/2025 15:40",
            "Mrs Dawn Keel (Attendance officer)",
            "Attendance letter 1 sent home.",
            "",
            "Open",
        ],
    )
    c.add(
        Ok("2026-01-21", time="09:00"),
        [
            "Isla Marsh",
            "Head lice again; uniform dirty.\nIsla says there is no washing machine at the new "
            "flat.",
            "Neglect, Welfare",
            "21/01/2026 09:00",
            "21/01/2026 10:31",
            "Mrs Gail Thornbury (Class teacher)",
            "Spare uniform given. Family support worker asked about washing machine grant.",
            "Mr Ade Lawal (DSL)",
            "Closed",
        ],
    )
    c.add(
        Ok("2026-02-12", time="10:45"),
        [
            "Isla Marsh",
            "Isla hit a peer in the playground, said she was “angry about Kayden being in "
            "hospital”.",
            "Behaviour, Family issues",
            "12/02/2026 10:45",
            "12/02/2026 12:00",
            "Mr Tom Ridge (Lunchtime supervisor)",
            "Restorative conversation. Mum called.",
            "Mr Ade Lawal (DSL)",
            "Closed",
        ],
    )
    c.add(
        Ok("2026-05-11", time="14:00"),
        [
            "Isla Marsh",
            "Review child protection conference: plans ended, stepped down to Child in Need.",
            "Meetings, Child protection",
            "11/05/2026 14:00",
            "12/05/2026 09:10",
            "Mr Ade Lawal (DSL)",
            "CIN meetings to be held in school half-termly.",
            "Mr Ade Lawal (DSL)",
            "Open",
        ],
    )
    c.add(
        Ok("2026-09-09", time="11:20"),
        [
            "Isla Marsh",
            "Isla holding her jaw, says her tooth hurts “all the time”. Not eating lunch.",
            "Health, Welfare",
            "09/09/2026 11:20",
            "09/09/2026 11:48",
            "Mrs Olu Bankole (Class teacher)",
            "Mum called; dental appointment already booked (community dental).",
            "Mr Ade Lawal (DSL)",
            "Closed",
        ],
    )
    c.skip(["Exported from CPOMS by a.lawal on 28/11/2026 16:02"], "export footer", pad=False)
    c.save(out / case.file)
    return case


# --------------------------------------------------------------------------------------------
# 4. Children's social care case-note report (Mosaic-like), with a report-parameters sheet
# --------------------------------------------------------------------------------------------


def _csc(out: Path) -> Case:
    case = Case(
        file="CSC_case_note_report_Marsh_children.xlsx",
        organisation="Westrow Council Children's Services",
        sector="children's social care",
        text_header="Case note (incl. analysis and impact)",
        styles=(
            "xlsx",
            "report title block",
            "narrative headed 'Case note (incl. analysis and impact)'",
            "long multi-line notes",
            "parameters sheet",
            "end of report",
        ),
    )
    wb, ws = _workbook()
    ws.title = "Case Notes Report"
    s = _Sheet(case, ws, {1: "dd/mm/yyyy hh:mm"})
    s.skip(["Westrow Council - Children's Services"], "title", bold=True)
    s.skip(["Case Note Report"], "title", bold=True)
    s.skip(
        ["Subject(s): Kayden Marsh (5520184); Isla Marsh (5520185); Freya Kettering (5520186)"],
        "report subjects",
    )
    s.skip(
        ["Date range: 01/04/2025 - 30/11/2026", None, None, "Printed: 01/12/2026 08:57"],
        "report parameters",
    )
    s.blank()
    s.header(
        [
            "Case note date",
            "Note type",
            "Author",
            "Team",
            "Subject(s)",
            "Case note (incl. analysis and impact)",
            "Authorised",
        ]
    )
    s.add(
        Ok("2025-04-14", time="11:32"),
        [
            _d(2025, 4, 14, 11, 32),
            "Contact / Referral",
            "Sam Whitcombe",
            "MASH",
            "Kayden; Isla; Freya",
            "Police referral following domestic abuse incident on 12/04/25; TK arrested for ABH, "
            "all three children at home.\nAnalysis: second known incident; baby of 11 weeks in "
            "the room; mother's low mood known to GP.\nImpact: children exposed to violence; "
            "Isla reported hungry and tired at school.\nDecision: strategy discussion, s47 "
            "enquiries.",
            "Yes - P Ansell",
        ],
    )
    s.add(
        Ok("2025-04-16", time="15:00"),
        [
            _d(2025, 4, 16, 15, 0),
            "Home visit",
            "Bethany Carrow",
            "Assessment Team 2",
            "Kayden; Isla; Freya",
            "Announced visit. Leanne calm, swelling to cheek fading. Home cluttered, no food in "
            "the fridge apart from milk. Kayden refused to come downstairs.\nAnalysis: mother "
            "minimises; says TK 'will change'.\nImpact: Isla clingy; Freya well presented.",
            "Yes - R Dhillon",
        ],
    )
    s.add(
        Ok("2025-05-22", time="16:10"),
        [
            _d(2025, 5, 22, 16, 10),
            "Child seen alone",
            "Bethany Carrow",
            "Assessment Team 2",
            "Isla",
            "Seen alone at school. Isla drew her house with 'Ty shouting'. Wishes: 'mummy not to "
            "be sad'.\nImpact: fearful of TK returning.",
            "Yes - R Dhillon",
        ],
    )
    s.add(
        Ok("2025-07-21", time="10:00"),
        [
            _d(2025, 7, 21, 10, 0),
            "Strategy discussion",
            "Bethany Carrow",
            "Assessment Team 2",
            "Kayden; Isla; Freya",
            "Police, health (hospital safeguarding), school and probation. Freya admitted after "
            "fall during assault on 19/07. TK recalled to prison.\nDecision: s47 continues; ICPC "
            "to be convened.",
            "Yes - R Dhillon",
        ],
    )
    s.add(
        Ok("2025-08-11", time="13:30"),
        [
            _d(2025, 8, 11, 13, 30),
            "Initial child protection conference",
            "Chair: Joan Hewitt",
            "Safeguarding Unit",
            "Kayden; Isla; Freya",
            "All three children subject to CP plans: emotional abuse (all) and neglect "
            "(Freya).\nAnalysis: cumulative harm from domestic abuse, maternal mental health, "
            "Kayden's exploitation risk.",
            "Yes - J Hewitt",
        ],
    )
    s.add(
        Ok("2025-08-29", time="09:30"),
        [
            _d(2025, 8, 29, 9, 30),
            "Core group",
            "Bethany Carrow",
            "Child Protection Team 1",
            "Kayden; Isla; Freya",
            "First core group. Plan agreed incl. dental appointment for Isla and YJS contact for "
            "Kayden. Mother attended.",
            "Yes - R Dhillon",
        ],
    )
    s.add(
        Ok("2025-11-10", time="14:00"),
        [
            _d(2025, 11, 10, 14, 0),
            "Review child protection conference",
            "Chair: Joan Hewitt",
            "Safeguarding Unit",
            "Kayden; Isla; Freya",
            "Plans continued. Freya admitted with bronchiolitis 02/11; smoking in the home noted. "
            "Mother asking for a management move.",
            "Yes - J Hewitt",
        ],
    )
    s.add(
        Ok("2026-01-20", time="11:00"),
        [
            _d(2026, 1, 20, 11, 0),
            "Home visit",
            "Bethany Carrow",
            "Child Protection Team 1",
            "Kayden; Isla; Freya",
            "First visit at Flat 3 Tannery Court. Sparse furniture, no washing machine; fire "
            "service Safe and Well visit done 14/01.\nImpact: Isla pleased to have own room.",
            "Yes - R Dhillon",
        ],
    )
    s.add(
        Ok("2026-02-12", time="15:20"),
        [
            _d(2026, 2, 12, 15, 20),
            "Hospital visit",
            "Bethany Carrow",
            "Child Protection Team 1",
            "Kayden",
            "Saw Kayden on Ward 9 after stabbing. Would not discuss who. Mother at bedside.\n"
            "Analysis: child criminal exploitation; NRM referral made today.",
            "Yes - R Dhillon",
        ],
    )
    s.add(
        Ok("2026-05-11", time="14:00"),
        [
            _d(2026, 5, 11, 14, 0),
            "Review child protection conference",
            "Chair: Joan Hewitt",
            "Safeguarding Unit",
            "Kayden; Isla; Freya",
            "CP plans ended. Step down to Child in Need. Kayden supported by YJS and the "
            "exploitation team.",
            "Yes - J Hewitt",
        ],
    )
    s.add(
        Ok("2026-09-15", time="12:00"),
        [
            _d(2026, 9, 15, 12, 0),
            "Case closure",
            "Bethany Carrow",
            "Child Protection Team 1",
            "Kayden; Isla; Freya",
            "Closed to CSC, stepped down to Early Help (Saltmere Family Hub).",
            "Yes - R Dhillon",
        ],
    )
    s.blank()
    s.skip(["*** End of report ***"], "end of report")
    _widths(ws, [17, 24, 18, 22, 20, 90, 16])
    params = _Sheet(case, wb.create_sheet("Report parameters"))
    params.skip(["Parameter", "Value"], "report parameters header", bold=True)
    params.skip(["Report", "CSC_CASENOTE_EXPORT_v3"], "report parameters")
    params.skip(["Run by", "bcarrow"], "report parameters")
    params.skip(["Run date", _d(2026, 12, 1, 8, 57)], "report parameters")
    params.skip(["Include restricted notes", "No"], "report parameters")
    wb.save(out / case.file)
    return case


# --------------------------------------------------------------------------------------------
# 5. Hospital paediatric admissions extract: admission and discharge columns
# --------------------------------------------------------------------------------------------


def _hospital(out: Path) -> Case:
    case = Case(
        file="Westrow_General_paediatric_admissions_extract.xlsx",
        organisation="Westrow General Hospital NHS Foundation Trust",
        sector="health (acute hospital)",
        text_header="Clinical summary / safeguarding",
        styles=(
            "xlsx",
            "admission and discharge date columns",
            "admission time as text",
            "impossible date typed as text",
            "future year typo",
            "source note",
        ),
    )
    wb, ws = _workbook()
    ws.title = "Paediatric episodes"
    s = _Sheet(case, ws, {4: "dd/mm/yyyy", 6: "dd/mm/yyyy"})
    s.skip(["Westrow General Hospital NHS Foundation Trust"], "title", bold=True)
    s.skip(
        ["Paediatric inpatient episodes - Marsh / Kettering children - Safeguarding Team"], "title"
    )
    s.header(
        [
            "Ward",
            "Patient",
            "Hosp No.",
            "Admission date",
            "Admission time",
            "Discharge date",
            "Discharge time",
            "Presenting complaint",
            "Clinical summary / safeguarding",
            "Consultant",
        ]
    )
    s.add(
        Ok("2025-01-26", time="06:12"),
        [
            "Neonatal Unit (Wren)",
            "Baby KETTERING",
            "W4410932",
            _d(2025, 1, 26),
            "06:12",
            _d(2025, 1, 28),
            "11:00",
            "Observation - maternal smoking, low temperature",
            "Transitional care 48 hours. Feeding established. Mother tearful; partner left ward "
            "angry when asked to smoke outside.",
            "Dr Imogen Blaise",
        ],
    )
    s.add(
        Ok("2025-07-20", time="00:55"),
        [
            "Ward 7 (Kestrel)",
            "Freya KETTERING",
            "W4410932",
            _d(2025, 7, 20),
            "00:55",
            _d(2025, 7, 21),
            "16:00",
            "Head injury - fall from mother's arms (DA incident)",
            "Graze and small swelling to forehead. Skeletal survey: no fractures. CT not "
            "indicated. Safeguarding referral; strategy discussion 21/07.",
            "Dr Imogen Blaise",
        ],
    )
    s.add(
        Ok("2025-11-02", time="23:40"),
        [
            "Ward 7 (Kestrel)",
            "Freya KETTERING",
            "W4410932",
            _d(2025, 11, 2),
            "23:40",
            _d(2025, 11, 5),
            "14:30",
            "Bronchiolitis",
            "Oxygen for 36 hours. Mother smelled strongly of smoke; two of four immunisations "
            "missed. HV and SW informed.",
            "Dr Rowan Achterberg",
        ],
    )
    s.add(
        Ok("2026-02-11", time="03:05"),
        [
            "Ward 9 (Adolescent)",
            "Kayden MARSH",
            "W3981177",
            _d(2026, 2, 11),
            "03:05",
            _d(2026, 2, 14),
            "12:15",
            "Stab wound left thigh",
            "Surgical washout in theatre. Disclosed 'owing money' to older boys. Police aware; "
            "CSC visited 12/02.",
            "Mr Daniel Okafor (surgeon)",
        ],
    )
    s.add(
        No("impossible date: 31 June"),
        [
            "Ward 7 (Kestrel)",
            "Freya KETTERING",
            "W4410932",
            "31/06/2026",
            "21:10",
            _d(2026, 7, 2),
            "10:00",
            "Fever, poor feeding",
            "Viral illness. Mother stayed throughout; attentive. No safeguarding concerns on this "
            "admission.",
            "Dr Rowan Achterberg",
        ],
    )
    s.add(
        Ok("2026-08-08", time="19:30"),
        [
            "Ward 7 (Kestrel)",
            "Isla MARSH",
            "W3981178",
            _d(2026, 8, 8),
            "19:30",
            _d(2026, 8, 10),
            "09:45",
            "Dental abscess with facial swelling",
            "IV antibiotics. Extensive decay; community dental service aware (GA list 12/08). "
            "Dental neglect flagged to SW.",
            "Dr Rowan Achterberg",
        ],
    )
    s.add(
        No("future date (year typed wrong)"),
        [
            "Ward 7 (Kestrel)",
            "Isla MARSH",
            "W3981178",
            _d(2027, 3, 14),
            "16:20",
            _d(2027, 3, 15),
            "11:00",
            "Asthma exacerbation",
            "Nebulised. Inhaler technique poor; no spacer at home.",
            "Dr Imogen Blaise",
        ],
    )
    s.blank()
    s.skip(
        [
            "Source: Lorenzo PAS extract 25/11/2026, checked by Safeguarding Nurse Specialist "
            "(K. Madeley)."
        ],
        "source note",
    )
    _widths(ws, [20, 18, 11, 13, 10, 13, 10, 34, 70, 22])
    wb.save(out / case.file)
    return case


# --------------------------------------------------------------------------------------------
# 6. Health visiting: three-level heading block, merged group headers over the column headers
# --------------------------------------------------------------------------------------------


def _health_visiting(out: Path) -> Case:
    case = Case(
        file="HV_chronology_Freya_Kettering.xlsx",
        organisation="Saltmere Community Health Services NHS Trust (Health Visiting)",
        sector="health (health visiting)",
        text_header="Summary of contact",
        styles=(
            "xlsx",
            "three-level heading block",
            "merged group headers over headers",
            "time as text",
            "TBC row",
            "impossible date as text",
            "completed-by line",
        ),
    )
    wb, ws = _workbook()
    ws.title = "Chronology"
    s = _Sheet(case, ws, {1: "dd/mm/yyyy"})
    s.skip(["Saltmere Community Health Services NHS Trust"], "heading 1", bold=True, span=7)
    s.skip(["0-19 Public Health Nursing Service - Health Visiting"], "heading 2", span=7)
    s.skip(
        ["Chronology of significant events: Freya KETTERING  DOB 26/01/2025  NHS 999 812 0046"],
        "heading 3",
        span=7,
    )
    s.blank()
    s.groups([(1, 3, "Contact"), (4, 5, "Practitioner"), (6, 7, "Details")])
    s.header(["Date", "Time", "Type", "Name", "Role", "Summary of contact", "Outcome / plan"])
    s.add(
        Ok("2024-11-19", time="14:00"),
        [
            _d(2024, 11, 19),
            "14:00",
            "Antenatal contact (home)",
            "Carys Pennock",
            "Health Visitor",
            "Antenatal visit at 29 weeks. Leanne quiet; Tyrone present throughout so routine "
            "enquiry about domestic abuse not possible.",
            "Phone Leanne when alone; share with midwife.",
        ],
    )
    s.add(
        Ok("2025-02-06", time="10:30"),
        [
            _d(2025, 2, 6),
            "10:30",
            "New birth visit",
            "Carys Pennock",
            "Health Visitor",
            "Freya 11 days, weight regained. Safe sleep discussed - Moses basket in lounge where "
            "adults smoke.",
            "Universal Plus. Smoking cessation referral.",
        ],
    )
    s.add(
        Ok("2025-03-13"),
        [
            _d(2025, 3, 13),
            None,
            "6-8 week review",
            "Carys Pennock",
            "Health Visitor",
            "EPDS 17. Leanne said she is 'not coping' and that Tyrone 'has a temper'.",
            "GP informed; perinatal MH already involved.",
        ],
    )
    s.add(
        Ok("2025-04-22", time="11:15"),
        [
            _d(2025, 4, 22),
            "11:15",
            "Home visit (unannounced)",
            "Carys Pennock",
            "Health Visitor",
            "Visit after MARAC. Leanne alone with Freya. Home cold; Freya in damp-smelling "
            "bedroom with black mould.",
            "Housing repair chased; CSC informed.",
        ],
    )
    s.add(
        Ok("2025-06-10"),
        [
            _d(2025, 6, 10),
            None,
            "Telephone",
            "Aisha Gorton",
            "Community Nursery Nurse",
            "No answer x2; text message sent. Immunisation clinic not attended.",
            "Rebook; inform SW.",
        ],
    )
    s.add(
        No("no date: planned contact"),
        [
            "TBC",
            None,
            "9-12 month review",
            "Carys Pennock",
            "Health Visitor",
            "Review to be booked once family settled.",
            None,
        ],
    )
    s.add(
        Ok("2025-10-28", time="09:45"),
        [
            _d(2025, 10, 28),
            "09:45",
            "9-12 month review",
            "Carys Pennock",
            "Health Visitor",
            "Freya crawling, ASQ within range. Two immunisations outstanding. Leanne says TK in "
            "prison 'for now'.",
            "Immunisations booked 11/11.",
        ],
    )
    s.add(
        Ok("2026-01-27", time="13:00"),
        [
            _d(2026, 1, 27),
            "13:00",
            "Home visit (new address)",
            "Carys Pennock",
            "Health Visitor",
            "First visit at Tannery Court. Cot in Leanne's room; ashtrays on the windowsill.",
            "Safe sleep and smoke-free home advice repeated.",
        ],
    )
    s.add(
        No("impossible date: 30 February"),
        [
            "30/02/2026",
            "10:00",
            "Clinic contact",
            "Aisha Gorton",
            "Community Nursery Nurse",
            "Weighed at Family Hub clinic; weight on 50th centile.",
            None,
        ],
    )
    s.add(
        Ok("2026-08-19", time="10:00"),
        [
            _d(2026, 8, 19),
            "10:00",
            "18-month review (2 year integrated review brought forward)",
            "Carys Pennock",
            "Health Visitor",
            "Freya walking, few words. Leanne more settled; says she has not seen Tyrone since his "
            "release.",
            "Speech and language drop-in offered.",
        ],
    )
    s.blank()
    s.skip(
        ["Completed by: Carys Pennock, Health Visitor (Safeguarding Champion), 26/11/2026"],
        "completed-by line",
    )
    _widths(ws, [12, 8, 28, 16, 22, 70, 40])
    wb.save(out / case.file)
    return case


# --------------------------------------------------------------------------------------------
# 7. Housing tenancy / ASB / repairs log: semicolon CSV in Windows-1252 with a title and footer
# --------------------------------------------------------------------------------------------


def _housing(out: Path) -> Case:
    case = Case(
        file="Saltmere_Homes_tenancy_ASB_repairs_log.csv",
        organisation="Saltmere Homes",
        sector="housing",
        text_header="Details",
        styles=(
            "csv",
            "semicolon delimiter",
            "cp1252 (£, en dash, curly apostrophe)",
            "title records padded with delimiters",
            "mixed date formats incl. ISO with seconds",
            "quoted semicolons",
            "blank record",
            "record count footer",
        ),
    )
    c = _Csv(case, 7)
    c.skip(["Saltmere Homes – Tenancy Management Report"], "title")
    c.skip(["Tenant: Ms L Marsh    Tenancy ref: T/004417    Printed by: SELLERY"], "title")
    c.header(["Case ref", "Date logged", "Type", "Address", "Details", "Officer", "Status"])
    c.add(
        Ok("2024-12-03"),
        [
            "R-118804",
            "03/12/2024",
            "Repair – damp/mould",
            "7 Bramblewick Row",
            "Black mould in children’s bedroom and round the bathroom window. Tenant says baby due "
            "in January.",
            "J Tranter",
            "Completed",
        ],
    )
    c.add(
        Ok("2025-04-15"),
        [
            "ASB-2025-0231",
            "15/04/2025",
            "ASB – noise/domestic",
            "7 Bramblewick Row",
            "Neighbour at no. 9 reports shouting and banging on Sat 12/04 late at night; police "
            "attended. Advised neighbour to call 999 if it happens again.",
            "K Mbatha",
            "Closed",
        ],
    )
    c.add(
        Ok("2025-06-02"),
        [
            "TEN-55120",
            "02/06/2025",
            "Rent arrears",
            "7 Bramblewick Row",
            "Arrears £1,284.60. Tenant says partner controlled the money; Universal Credit paid to "
            "him. Referred to Money Advice.",
            "S Ellery",
            "Open",
        ],
    )
    c.add(
        Ok("2025-07-21", time="09:14"),
        [
            "R-121557",
            "2025-07-21 09:14:02",
            "Emergency repair",
            "7 Bramblewick Row",
            "Front door frame split (forced entry 19/07). Boarded same day; new door ordered.",
            "Out of hours team",
            "Completed",
        ],
    )
    c.add(
        Ok("2025-09-22"),
        [
            "ASB-2025-0377",
            "22/09/2025",
            "ASB – youth",
            "Block B stairwell, Bramblewick Row",
            "Kayden and older boys congregating in the stairwell; smell of cannabis; a resident "
            "felt intimidated.",
            "K Mbatha",
            "Closed",
        ],
    )
    c.add(
        Ok("2026-01-05"),
        [
            "TEN-56001",
            "05/01/2026",
            "Management move (DA)",
            "Flat 3, Tannery Court",
            "Tenancy signed for management move on domestic abuse grounds; keys handed over.",
            "S Ellery",
            "Completed",
        ],
    )
    c.add(
        No("impossible date: month 13"),
        [
            "R-130092",
            "14/13/2026",
            "Repair – heating",
            "Flat 3, Tannery Court",
            "No heating or hot water; baby in the property. Priority 1.",
            "J Tranter",
            "Completed",
        ],
    )
    c.add(
        Ok("2026-02-28"),
        [
            "R-131240",
            "28/02/2026",
            "Repair – security",
            "Flat 3, Tannery Court",
            "Spy hole and door chain fitted at SW’s request.",
            "J Tranter",
            "Completed",
        ],
    )
    c.add(
        No("no date recorded"),
        [
            "ASB-2026-0102",
            "unknown",
            "ASB – drugs",
            "Flat 3, Tannery Court",
            "Anonymous report of drug dealing from the flat; date of report not recorded on the "
            "old system.",
            "K Mbatha",
            "Closed",
        ],
    )
    c.add(
        Ok("2026-10-12"),
        [
            "TEN-56001",
            "12/10/2026",
            "Tenancy visit",
            "Flat 3, Tannery Court",
            "Annual tenancy visit. Property in fair condition; arrears now £212.00 on an "
            "agreement.",
            "S Ellery",
            "Closed",
        ],
    )
    c.blank()
    c.skip(["Records: 10"], "record count footer")
    c.save(out / case.file, delimiter=";", encoding="cp1252")
    return case


# --------------------------------------------------------------------------------------------
# 8. Probation contact log: the date column has no header; dates shown "ddd dd/mm/yyyy"
# --------------------------------------------------------------------------------------------


def _probation(out: Path) -> Case:
    case = Case(
        file="Probation_contact_log_T_Kettering_X471102.xlsx",
        organisation="Probation Service (Westrow PDU)",
        sector="probation",
        text_header="Notes",
        styles=(
            "xlsx",
            "blank-header date column",
            "ddd dd/mm/yyyy format",
            "banner with dates",
            "tbc row",
            "page footer",
        ),
    )
    wb, ws = _workbook()
    ws.title = "Contacts"
    s = _Sheet(case, ws, {1: "ddd dd/mm/yyyy"})
    s.skip(["Probation Service - Westrow PDU"], "title", bold=True)
    s.skip(
        ["Contact log: Tyrone KETTERING   CRN X471102   Licence start 18/11/2024   SED 17/11/2026"],
        "case banner",
    )
    s.header([None, "Contact type", "Outcome", "Officer", "Notes", "Enforcement?"])
    s.add(
        Ok("2024-11-18"),
        [
            _d(2024, 11, 18),
            "Initial appointment (licence induction)",
            "Attended",
            "Marcus Heywood (PO)",
            "Licence conditions explained, including the condition to disclose relationships. "
            "States he is single.",
            "N",
        ],
    )
    s.add(
        Ok("2024-12-02"),
        [
            _d(2024, 12, 2),
            "Office visit",
            "Attended",
            "Marcus Heywood (PO)",
            "Disclosed partner Leanne Marsh, pregnant, two children. Domestic abuse and "
            "safeguarding checks requested from police and CSC.",
            "N",
        ],
    )
    s.add(
        Ok("2025-01-06"),
        [
            _d(2025, 1, 6),
            "Office visit",
            "Failed to attend - unacceptable",
            "Marcus Heywood (PO)",
            "No contact. Warning letter issued.",
            "Y",
        ],
    )
    s.add(
        Ok("2025-02-10"),
        [
            _d(2025, 2, 10),
            "Home visit",
            "Attended",
            "Marcus Heywood (PO)",
            "Visited 7 Bramblewick Row. Baby Freya born 26/01. Leanne seen briefly; did not "
            "engage. TK defensive about CSC enquiries.",
            "N",
        ],
    )
    s.add(
        Ok("2025-04-13"),
        [
            _d(2025, 4, 13),
            "Police information",
            "Information received",
            "Duty officer",
            "Arrested 12/04 for ABH on partner; released on bail not to contact her or attend the "
            "address.",
            "N",
        ],
    )
    s.add(
        Ok("2025-04-14"),
        [
            _d(2025, 4, 14),
            "OASys review",
            "Completed",
            "Marcus Heywood (PO)",
            "Risk of serious harm to known adult and to children raised to HIGH. MAPPA level 1.",
            "N",
        ],
    )
    s.add(
        Ok("2025-07-22"),
        [
            _d(2025, 7, 22),
            "Recall",
            "Recall initiated",
            "Marcus Heywood (PO)",
            "Licence revoked after arrest on 19/07 for assault on partner; baby injured. Returned "
            "to HMP Longmoor.",
            "Y",
        ],
    )
    s.add(
        Ok("2025-08-08"),
        [
            _d(2025, 8, 8),
            "Report",
            "Submitted",
            "Marcus Heywood (PO)",
            "Report to initial child protection conference submitted.",
            "N",
        ],
    )
    s.add(
        Ok("2026-03-03"),
        [
            _d(2026, 3, 3),
            "Release from recall",
            "Attended",
            "Marcus Heywood (PO)",
            "Released from HMP Longmoor to approved premises in Westrow. Exclusion zone covers "
            "Tannery Court and Heronsgate Primary.",
            "N",
        ],
    )
    s.add(
        No("no date: 'tbc'"),
        [
            "tbc",
            "Programme (Building Better Relationships)",
            "Waiting list",
            "Programmes team",
            "Awaiting start date for BBR group.",
            "N",
        ],
    )
    s.add(
        Ok("2026-11-04"),
        [
            _d(2026, 11, 4),
            "Office visit",
            "Attended",
            "Marcus Heywood (PO)",
            "Says he has no contact with Leanne or the children. Licence expires 17/11/2026.",
            "N",
        ],
    )
    s.blank()
    s.skip(["Page 1 of 1"], "page footer")
    _widths(ws, [17, 36, 28, 22, 80, 12])
    wb.save(out / case.file)
    return case


# --------------------------------------------------------------------------------------------
# 9. Ambulance CAD extract: "Date of call" and "Time of call" as 24-hour numbers (format 0000)
# --------------------------------------------------------------------------------------------


def _ambulance(out: Path) -> Case:
    case = Case(
        file="Ambulance_CAD_extract_Marsh_Kettering.xlsx",
        organisation="Westrow and Downs Ambulance Service NHS Trust",
        sector="health (ambulance)",
        text_header="Clinical notes / disposition",
        styles=(
            "xlsx",
            "Date of call and Time of call",
            "24h clock numbers shown 0000",
            "after-midnight times (0014)",
            "note row",
        ),
    )
    wb, ws = _workbook()
    ws.title = "CAD extract"
    s = _Sheet(case, ws, {2: "dd/mm/yyyy"})
    s.header(
        [
            "Incident Number",
            "Date of call",
            "Time of call",
            "Call category",
            "Chief complaint",
            "Patient",
            "Incident address",
            "Clinical notes / disposition",
        ]
    )
    rows: list[tuple[Ok, dt.datetime, int, list[Cell]]] = [
        (
            Ok("2025-04-12", time="23:31"),
            _d(2025, 4, 12),
            2331,
            [
                "Cat 2",
                "Assault",
                "Leanne MARSH (32F)",
                "7 Bramblewick Row, Saltmere",
                "Swelling left cheek, no LOC. Police on scene. Treated at scene; declined "
                "conveyance. Three children in the property; baby asleep.",
            ],
        ),
        (
            Ok("2025-07-19", time="22:31"),
            _d(2025, 7, 19),
            2231,
            [
                "Cat 2",
                "Fall - infant",
                "Freya KETTERING (5m F)",
                "7 Bramblewick Row, Saltmere",
                "Graze and swelling to forehead after fall from mother's arms during an assault. "
                "Alert, feeding. Conveyed to Westrow General with mother. Safeguarding referral "
                "made.",
            ],
        ),
        (
            Ok("2025-11-02", time="22:48"),
            _d(2025, 11, 2),
            2248,
            [
                "Cat 2",
                "Breathing problems",
                "Freya KETTERING (9m F)",
                "7 Bramblewick Row, Saltmere",
                "Increased work of breathing, SpO2 91%. Conveyed. Strong smell of smoke in the "
                "flat.",
            ],
        ),
        (
            Ok("2026-02-11", time="00:14"),
            _d(2026, 2, 11),
            14,
            [
                "Cat 1",
                "Stab / gunshot / penetrating trauma",
                "Kayden MARSH (13M)",
                "Quayside underpass, Saltmere",
                "Single stab wound left thigh, tourniquet applied by police. Conveyed to Westrow "
                "General (major trauma alert).",
            ],
        ),
        (
            Ok("2026-05-07", time="07:45"),
            _d(2026, 5, 7),
            745,
            [
                "Cat 3",
                "Overdose / poisoning",
                "Leanne MARSH (33F)",
                "Flat 3, Tannery Court, Saltmere",
                "Took 12 x sertraline 50mg after argument with her son. Freya (15m) at home; "
                "son caring for her. Conveyed to ED.",
            ],
        ),
        (
            Ok("2026-08-08", time="13:02"),
            _d(2026, 8, 8),
            1302,
            [
                "Cat 5 (hear and treat)",
                "Facial swelling",
                "Isla MARSH (8F)",
                "Flat 3, Tannery Court, Saltmere",
                "Clinician call-back: toothache and facial swelling for 3 days. Advised to attend "
                "paediatric ED this evening.",
            ],
        ),
    ]
    for n, (expect, date, hhmm, rest) in enumerate(rows):
        time_cell = dt.time(hhmm // 100, hhmm % 100)
        s.add(expect, [str(3318804 + 41729 * n), date, hhmm, *rest], means={2: time_cell})
        ws.cell(row=s.row, column=3).number_format = "0000"
    s.blank()
    s.skip(
        ["Extracted from CAD by the Safeguarding Team. Time of call is the 24-hour clock."], "note"
    )
    _widths(ws, [16, 13, 12, 22, 34, 22, 32, 90])
    wb.save(out / case.file)
    return case


# --------------------------------------------------------------------------------------------
# 10. Youth justice Word return: landscape table split in two by "Chronology (continued)"
# --------------------------------------------------------------------------------------------


def _youth_justice(out: Path) -> Case:
    case = Case(
        file="YJS_chronology_Kayden_Marsh.docx",
        organisation="Westrow Youth Justice Service",
        sector="youth justice",
        text_header="Event",
        styles=(
            "docx",
            "details table first",
            "landscape section",
            "table split by page heading 'Chronology (continued)'",
            "repeated header",
            "year sub-heading rows",
            "dotted, two-digit-year and ordinal dates",
            "vague, impossible and future rows",
            "sign-off table",
        ),
    )
    d = _Doc(case)
    d.doc.add_heading("Westrow Youth Justice Service", level=1)
    d.doc.add_paragraph("Chronology for the Child Safeguarding Practice Review")
    details = d.table(2)
    details.skip(["Name", "Kayden MARSH"], "details table")
    details.skip(["Date of birth", "17/05/2012"], "details table")
    details.skip(["YJS reference", "YJ-2025-0883"], "details table")
    details.skip(["Case manager", "Ollie Fairbrass"], "details table")
    details.skip(["Order", "Referral Order (9 months) from 18/03/2026"], "details table")
    d.landscape()
    d.doc.add_heading("Chronology", level=2)
    headers = ["Date", "Source", "Event", "Risk / need implications"]
    t = d.table(4)
    t.header(headers)
    t.span("2025", "year sub-heading")
    t.add(
        Ok("2025-09-02"),
        [
            "02.09.2025",
            "Police",
            "ASB: stone throwing at buses with an older group. Words of advice.",
            "Association with older peers from the Quayside area.",
        ],
    )
    t.add(
        Ok("2025-10-18"),
        [
            "18/10/25",
            "Police",
            "Arrested for shoplifting (£34 of alcohol from the Co-op).",
            "Possible criminal exploitation: says alcohol was for older males.",
        ],
    )
    t.add(
        No("vague date"),
        [
            "Summer 2025",
            "Mother",
            "Mum says Kayden started staying out overnight over the summer.",
            "Missing episodes not all reported to police.",
        ],
    )
    t.add(
        Ok("2025-11-03"),
        [
            "3rd November 2025",
            "YJS",
            "Out of court disposal panel: Youth Caution with intervention agreed.",
            "Voluntary engagement; exploitation screening to be done.",
        ],
    )
    t.add(
        Ok("2025-11-17"),
        [
            "17/11/2025",
            "YJS",
            "AssetPlus interview at home, mum present. Kayden guarded; "
            "talked about wanting 'proper trainers'.",
            "Financial motivation; vulnerability to grooming.",
        ],
    )
    t.add(
        Ok("2026-01-08"),
        [
            "08/01/2026",
            "Police",
            "Stop and search at Westrow bus station: kitchen knife "
            "found. Charged with possession of a bladed article.",
            "Weapon carrying; fear of others.",
        ],
    )
    t.add(
        Ok("2026-02-11"),
        [
            "11/02/2026",
            "Police / Health",
            "Stabbed in the left thigh at the Quayside underpass; admitted to Ward 9.",
            "Victim of serious violence; debt bondage indicated.",
        ],
    )
    d.doc.add_page_break()
    d.doc.add_heading("Chronology (continued)", level=2)
    t2 = d.table(4)
    t2.header(headers, "repeated header")
    t2.span("2026", "year sub-heading")
    t2.add(
        Ok("2026-03-18"),
        [
            "18/03/2026",
            "Court",
            "Westrow Youth Court: Referral Order 9 months for the bladed "
            "article offence of 08/01/2026.",
            "Statutory contact 2x weekly for first 3 months.",
        ],
    )
    t2.add(
        Ok("2026-04-14"),
        [
            "14/04/2026",
            "YJS",
            "Referral order panel: contract agreed, includes reparation and knife crime programme.",
            "Engaged well in panel.",
        ],
    )
    t2.add(
        Ok("2026-05-22"),
        [
            "22/05/2026",
            "YJS",
            "Missed appointment; mum says he is 'in Birmingham with "
            "friends'. Reported missing to police.",
            "County lines indicators.",
        ],
    )
    t2.add(
        Ok("2026-06-29"),
        [
            "29/06/26",
            "NRM (Single Competent Authority)",
            "Positive reasonable grounds decision received.",
            "Recognised as a potential victim of modern slavery.",
        ],
    )
    t2.add(
        No("impossible date: 31 November"),
        [
            "31/11/2026",
            "YJS",
            "Exit planning meeting with Kayden and mum.",
            "Transition to Saltmere Academy mentoring.",
        ],
    )
    t2.add(
        No("future date"),
        ["19/12/2026", "YJS", "Referral Order due to end.", "Closure summary to CSC and school."],
    )
    t2.span("End of chronology", "closing line")
    d.doc.add_paragraph("")
    sign = d.table(2)
    sign.skip(["Completed by", "Ollie Fairbrass, YJS Case Manager"], "sign-off")
    sign.skip(["Countersigned", "Dr Asha Quill, YJS Team Manager"], "sign-off")
    sign.skip(["Date", "27/11/2026"], "sign-off")
    d.save(out / case.file)
    return case


# --------------------------------------------------------------------------------------------
# 11. MASH research return: an "Agency" column naming four agencies
# --------------------------------------------------------------------------------------------


def _mash(out: Path) -> Case:
    case = Case(
        file="MASH_enquiry_MASH-25-2907_research.xlsx",
        organisation="Westrow MASH",
        sector="multi-agency",
        text_header="Information shared",
        styles=(
            "xlsx",
            "Agency column naming 4 agencies",
            "date cells with text month and year-only dates",
            "enquiry banner",
            "authorised-by line",
        ),
    )
    wb, ws = _workbook()
    ws.title = "MASH research"
    s = _Sheet(case, ws, {1: "dd/mm/yyyy"})
    s.skip(["Westrow Multi-Agency Safeguarding Hub (MASH)"], "title", bold=True)
    s.skip(
        ["MASH enquiry ref: MASH-25-2907   Opened: 13/04/2025 08:15   RAG: RED"], "enquiry banner"
    )
    s.blank()
    s.header(["Date", "Agency", "Source / person consulted", "Information shared", "Researcher"])
    s.add(
        Ok("2024-08-15"),
        [
            _d(2024, 8, 15),
            "Police",
            "Niche RMS",
            "Concern for welfare call: Leanne reported Tyrone had 'kicked off'; no offences "
            "disclosed; no children seen.",
            "DC Lara Fenwick",
        ],
    )
    s.add(
        Ok("2025-04-12"),
        [
            _d(2025, 4, 12),
            "Police",
            "Niche RMS / PPU",
            "Domestic incident 12/04/25: TK arrested for ABH; DASH HIGH; three children present. "
            "TK on licence to probation.",
            "DC Lara Fenwick",
        ],
    )
    s.add(
        Ok("2024-03-01", "month"),
        [
            "Mar 2024",
            "Education",
            "Saltmere Academy DSL",
            "Kayden: 3-day suspension March 2024 for fighting; attendance 84%.",
            "Megan Fox (Education MASH officer)",
        ],
    )
    s.add(
        Ok("2025-04-13"),
        [
            _d(2025, 4, 13),
            "Education",
            "Heronsgate Primary DSL",
            "Isla: attendance 91%; often tired and hungry; mother engages with school.",
            "Megan Fox (Education MASH officer)",
        ],
    )
    s.add(
        Ok("2025-04-13"),
        [
            _d(2025, 4, 13),
            "Health - School Nursing",
            "SystmOne",
            "Isla: Reception height and weight normal. Kayden: two ED attendances in 2024 "
            "(sports injury; 'assault by peers'). Freya: new birth visit done, EPDS 17 at 6 weeks.",
            "Nurse Hollie Brandt (MASH health)",
        ],
    )
    s.add(
        Ok("2019-01-01", "year"),
        [
            "2019",
            "Children's Social Care",
            "Mosaic history",
            "Previous Child in Need episode for Kayden in 2019 (neglect, home conditions); closed "
            "2020 after parenting support.",
            "Sam Whitcombe (MASH SW)",
        ],
    )
    s.add(
        Ok("2025-04-14"),
        [
            _d(2025, 4, 14),
            "Children's Social Care",
            "MASH Team Manager decision",
            "Threshold met for strategy discussion and s47 enquiries for all three children. "
            "Transferred to Assessment Team 2.",
            "Priya Ansell (MASH TM)",
        ],
    )
    s.add(
        Ok("2025-04-14"),
        [
            _d(2025, 4, 14),
            "Police",
            "Custody record",
            "TK released on conditional bail: not to contact LM or attend Bramblewick Row.",
            "DC Lara Fenwick",
        ],
    )
    s.blank()
    s.skip(
        ["MASH decision authorised by: Priya Ansell, MASH Team Manager, 14/04/2025 10:40"],
        "authorised-by line",
    )
    _widths(ws, [12, 26, 28, 90, 34])
    wb.save(out / case.file)
    return case


# --------------------------------------------------------------------------------------------
# 12. Maternity (BadgerNet-like): dd-mmm-yy date cells, Excel time cells, gestation column
# --------------------------------------------------------------------------------------------


def _midwifery(out: Path) -> Case:
    case = Case(
        file="BadgerNet_clinical_contacts_L_Marsh.xlsx",
        organisation="Westrow General Hospital Maternity Services",
        sector="health (maternity)",
        text_header="Notes",
        styles=(
            "xlsx",
            "dd-mmm-yy date cells",
            "Excel time cells",
            "gestation 28+3",
            "printed-from footer",
        ),
    )
    wb, ws = _workbook()
    ws.title = "Clinical Summary"
    s = _Sheet(case, ws, {1: "dd-mmm-yy", 2: "hh:mm"})
    s.skip(["BadgerNet Maternity - Clinical Contacts Report"], "title", bold=True)
    s.skip(["Mother: Leanne MARSH   Hosp No: W2209914   EDD: 07-Feb-25   G3 P2"], "patient banner")
    s.header(["Date", "Time", "Location", "Contact type", "Gestation", "Staff", "Notes"])
    rows: list[tuple[dt.datetime, dt.time, list[Cell]]] = [
        (
            _d(2024, 6, 27),
            dt.time(10, 20),
            [
                "Saltmere Health Centre",
                "Booking",
                "8+0",
                "MW Tamsin Rowe",
                "Booking appointment. Partner present so domestic abuse routine enquiry not asked. "
                "Smokes 10/day. Two older children; previous CSC involvement 2019.",
            ],
        ),
        (
            _d(2024, 9, 20),
            dt.time(9, 0),
            [
                "Westrow General Ultrasound",
                "Anomaly scan",
                "20+0",
                "Sonography",
                "Did not attend. Rebooked.",
            ],
        ),
        (
            _d(2024, 10, 2),
            dt.time(14, 35),
            [
                "Saltmere Health Centre",
                "Antenatal appointment",
                "21+5",
                "MW Tamsin Rowe",
                "Seen alone. Disclosed partner 'shouts and pushed me once'. DASH score 12. "
                "Declined IDVA. Safeguarding midwife informed.",
            ],
        ),
        (
            _d(2024, 10, 24),
            dt.time(11, 0),
            [
                "Telephone",
                "Safeguarding midwife review",
                "24+6",
                "MW Nell Osgood (Safeguarding)",
                "Discussed with MASH: advice only, threshold not met without consent. Plan: "
                "see alone at every contact.",
            ],
        ),
        (
            _d(2024, 11, 14),
            dt.time(16, 5),
            [
                "Saltmere Health Centre",
                "Antenatal appointment",
                "28+0",
                "MW Tamsin Rowe",
                "Partner insisted on coming in. Unable to see Leanne alone.",
            ],
        ),
        (
            _d(2024, 12, 30),
            dt.time(16, 50),
            [
                "Maternity Triage",
                "Triage attendance",
                "34+3",
                "MW Gemma Lutz",
                "Reduced fetal movements; CTG normal. Bruising to right wrist - 'caught it on a "
                "door'. Safeguarding midwife emailed.",
            ],
        ),
        (
            _d(2025, 1, 26),
            dt.time(4, 58),
            [
                "Delivery Suite",
                "Birth",
                "38+2",
                "MW Gemma Lutz",
                "SVD, live female 2.84 kg. Partner present. Baby to NNU transitional care for "
                "temperature.",
            ],
        ),
        (
            _d(2025, 1, 28),
            dt.time(11, 30),
            [
                "Postnatal Ward",
                "Discharge",
                None,
                "MW Tamsin Rowe",
                "Discharged home with baby. Handover to health visitor; safeguarding alert on "
                "record.",
            ],
        ),
        (
            _d(2025, 2, 5),
            dt.time(10, 0),
            [
                "Home",
                "Community midwife visit (day 10)",
                None,
                "MW Tamsin Rowe",
                "Baby weight regained. Leanne low in mood. Discharged from midwifery care.",
            ],
        ),
    ]
    for date, time, rest in rows:
        s.add(Ok(date.date().isoformat(), time=time.strftime("%H:%M")), [date, time, *rest])
    s.blank()
    s.skip(["Printed from BadgerNet 21/11/2026 14:02 by T.Rowe - Page 1 of 1"], "page footer")
    _widths(ws, [11, 8, 28, 30, 10, 30, 90])
    wb.save(out / case.file)
    return case


# --------------------------------------------------------------------------------------------
# 13. Early help log: month-only dates (text, typed year number, and mmm-yy date cells)
# --------------------------------------------------------------------------------------------


def _early_help(out: Path) -> Case:
    case = Case(
        file="Early_Help_log_Marsh_family.xlsx",
        organisation="Saltmere Family Hub (Early Help)",
        sector="early help",
        text_header="What happened",
        styles=(
            "xlsx",
            "month-only dates as text (Jan 2024, February 2024, 03/2024, Sept 2024)",
            "date cells formatted mmm-yy / mmm yyyy",
            "year typed as a number",
            "vague season",
            "future month",
            "guidance sheet",
        ),
    )
    wb, ws = _workbook()
    ws.title = "EH Log"
    s = _Sheet(case, ws)
    s.skip(["Saltmere Family Hub - Early Help Record"], "title", bold=True)
    s.skip(
        ["Family: Marsh / Kettering    Lead practitioner: Nadia Corrigan (Family Support Worker)"],
        "family banner",
    )
    s.header(["Month", "What happened", "Who was involved", "Next steps"])
    s.add(
        Ok("2023-01-01", "year"),
        [
            2023,
            "Family already known: Kayden went to the 'Time Out' youth group; Leanne started "
            "the Freedom Programme but did not finish.",
            "Youth worker; Leanne",
            None,
        ],
    )
    s.add(
        Ok("2024-01-01", "month"),
        [
            "Jan 2024",
            "Early Help Assessment opened after Saltmere Academy raised Kayden's "
            "behaviour and attendance.",
            "Nadia Corrigan; Saltmere Academy",
            "TAF meeting",
        ],
    )
    s.add(
        Ok("2024-02-01", "month"),
        [
            "February 2024",
            "First Team Around the Family meeting at Saltmere Academy. Leanne "
            "agreed to a parenting course.",
            "Leanne; school; FSW",
            "Book Triple P",
        ],
    )
    s.add(
        Ok("2024-03-01", "month"),
        [
            "03/2024",
            "Kayden suspended for 3 days for fighting.",
            "Saltmere Academy",
            "Reintegration meeting",
        ],
    )
    ws_row = s.row + 1
    s.add(
        Ok("2024-05-01", "month"),
        [
            _d(2024, 5, 1),
            "Leanne started Triple P group (Tuesdays at the Family Hub).",
            "Leanne; parenting practitioner",
            None,
        ],
    )
    ws.cell(row=ws_row, column=1).number_format = "mmm-yy"
    s.add(
        Ok("2024-09-01", "month"),
        [
            "Sept 2024",
            "Leanne told FSW she is pregnant; Tyrone has moved in.",
            "Leanne; FSW",
            "Share with midwife",
        ],
    )
    s.add(
        No("vague date: season"),
        [
            "Autumn 2024",
            "Lots of missed home visits; door not answered.",
            "FSW",
            "Discuss at supervision",
        ],
    )
    ws_row = s.row + 1
    s.add(
        Ok("2024-12-01", "month"),
        [
            _d(2024, 12, 1),
            "Early Help closed: family not engaging. Closure letter sent.",
            "Nadia Corrigan",
            None,
        ],
    )
    ws.cell(row=ws_row, column=1).number_format = "mmm yyyy"
    s.add(
        Ok("2026-09-01", "month"),
        [
            "Sep 2026",
            "Stepped down from Child in Need to Early Help. New TAF at Tannery Court.",
            "Leanne; SW; FSW; Heronsgate; YJS",
            "TAF every 6 weeks",
        ],
    )
    s.add(
        Ok("2026-10-01", "month"),
        [
            "Oct 2026",
            "TAF review: Isla's dental treatment done; Kayden attending mentoring; "
            "Freya at nursery 2 days.",
            "TAF",
            "Review December",
        ],
    )
    s.add(
        Ok("2026-11-01", "month"),
        ["Nov 2026", "Washing machine grant approved; Leanne on a college course.", "FSW", None],
    )
    s.add(No("future month"), ["Dec 2026", "TAF review planned.", "TAF", None])
    _widths(ws, [12, 80, 34, 24])
    guide = _Sheet(case, wb.create_sheet("Guidance"))
    guide.skip(["How to use this log"], "guidance", bold=True)
    guide.skip(
        [
            "Record the month the event happened and a short description. Do not record "
            "exact dates from other agencies' records."
        ],
        "guidance",
    )
    wb.save(out / case.file)
    return case


# --------------------------------------------------------------------------------------------
# 14. Adult mental health Word log: significance is its own column
# --------------------------------------------------------------------------------------------


def _adult_mental_health(out: Path) -> Case:
    case = Case(
        file="Adult_MH_chronology_L_Marsh.docx",
        organisation="Westrow Mental Health Partnership NHS Trust",
        sector="adult mental health",
        text_header="What happened",
        styles=(
            "docx",
            "'Why this matters for the child' column",
            "clinician in 'Team / clinician'",
            "month-only row",
            "date range row",
            "N/K row",
            "one-row sign-off table",
        ),
    )
    d = _Doc(case)
    d.doc.add_heading("Westrow Mental Health Partnership NHS Trust", level=1)
    d.doc.add_paragraph(
        "Chronology: Leanne MARSH (DOB 03/09/1992) - Perinatal and Adult Community Mental Health"
    )
    t = d.table(4)
    t.header(["Date", "Team / clinician", "What happened", "Why this matters for the child"])
    t.add(
        Ok("2024-11-05"),
        [
            "05/11/2024",
            "Perinatal MH - Dr Serena Achebe (Consultant Psychiatrist)",
            "Initial assessment at 27 weeks. Moderate depression; overdose at 16. Partner controls "
            "the money and her phone.",
            "Unborn baby: maternal depression and controlling "
            "behaviour may affect bonding and safety.",
        ],
    )
    t.add(
        Ok("2024-12-18"),
        [
            "18/12/2024",
            "Perinatal CPN - Josh Ellwood",
            "Home visit: Tyrone answered and said Leanne was asleep. Not seen.",
            "Professionals unable to see mother alone.",
        ],
    )
    t.add(
        Ok("2025-02-14"),
        [
            "14/02/2025",
            "Perinatal CPN - Josh Ellwood",
            ["Postnatal review. EPDS 19.", "Started sertraline 50mg via GP."],
            "Low mood may reduce her responsiveness to Freya (3 weeks).",
        ],
    )
    t.add(
        Ok("2025-04-25"),
        [
            "25/04/2025",
            "Perinatal CPN - Josh Ellwood",
            "Leanne spoke about the assault on 12/04; Tyrone on bail; she feels safer.",
            "Children's exposure to domestic abuse; protective steps by mother.",
        ],
    )
    t.add(
        Ok("2025-08-01", "month"),
        [
            "Aug 2025",
            "Perinatal CPN - Josh Ellwood",
            "Three appointments cancelled by Leanne during the month.",
            "Disengagement while children newly on CP plans.",
        ],
    )
    t.add(
        Ok("2026-05-07"),
        [
            "07/05/2026",
            "Liaison Psychiatry, Westrow General - Dr Kwame Osei",
            "Seen in ED after overdose of 12 sertraline after an argument with Kayden. Low "
            "intent. Referred to Home Treatment Team.",
            "Freya (15 months) at home at the time; Kayden (13) called for help.",
        ],
    )
    t.add(
        Ok("2026-05-08"),
        [
            "08/05/2026 - 22/05/2026",
            "Home Treatment Team",
            "Daily contacts for two weeks; safety plan; grandmother stayed to help with the "
            "children.",
            "Temporary care arrangements for the children.",
        ],
    )
    t.add(
        No("no date: 'N/K'"),
        [
            "N/K",
            "Dr Serena Achebe",
            "Historic: first contact with mental health services at 16 after an overdose.",
            "Long-standing vulnerability.",
        ],
    )
    t.add(
        Ok("2026-11-30"),
        [
            "30/11/2026",
            "Community MH - Josh Ellwood",
            "Discharged to GP care; mood stable on sertraline 100mg.",
            "Protective: mother's mental health more stable.",
        ],
    )
    d.doc.add_paragraph("")
    sign = d.table(4)
    sign.skip(["Author:", "Josh Ellwood, CPN", "Date:", "29/11/2026"], "sign-off")
    d.save(out / case.file)
    return case


# --------------------------------------------------------------------------------------------
# 15. Community dental service CSV: agency the tool will not know by name; "Appt" column
# --------------------------------------------------------------------------------------------


def _dental(out: Path) -> Case:
    case = Case(
        file="cds_appointments_isla_m.csv",
        organisation="Westrow Community Dental Service",
        sector="health (community dental)",
        text_header="Treatment / notes",
        agency_given="Community Dental Service",
        styles=(
            "csv",
            "agency given by name",
            "'Appt' date-time column",
            "second date column 'Next appt'",
            "DNA / WNB rows",
            "TBC and future rows",
        ),
    )
    c = _Csv(case, 6)
    c.header(["Appt", "Clinic", "Attended?", "Clinician", "Treatment / notes", "Next appt"])
    c.add(
        Ok("2025-03-14", time="09:30"),
        [
            "14/03/2025 09:30",
            "Saltmere Clinic",
            "DNA",
            "Dr Hollis Brand",
            "New referral from general dental practitioner: multiple carious teeth. Did not "
            "attend.",
            "04/04/2025 10:00",
        ],
    )
    c.add(
        Ok("2025-04-04", time="10:00"),
        [
            "04/04/2025 10:00",
            "Saltmere Clinic",
            "Attended",
            "Dr Hollis Brand",
            "Attended with mum and baby. 8 carious teeth, 2 abscessed. No toothbrush at home. "
            "Plan: extractions under general anaesthetic.",
            "09/06/2025 08:00",
        ],
    )
    c.add(
        Ok("2025-06-09", time="08:00"),
        [
            "09/06/2025 08:00",
            "Westrow General (GA list)",
            "Cancelled by parent",
            "Dr Hollis Brand",
            "Cancelled on the morning by mum - 'no childcare'. Dental neglect flag added.",
            "22/09/2025 08:00",
        ],
    )
    c.add(
        Ok("2025-09-22", time="08:00"),
        [
            "22/09/2025 08:00",
            "Westrow General (GA list)",
            "WNB",
            "",
            "Was not brought. Letters to GP, school nurse and social worker; dental neglect "
            "pathway stage 2.",
            "",
        ],
    )
    c.add(
        Ok("2025-10-10", time="14:15"),
        [
            "10/10/2025 14:15",
            "Saltmere Clinic",
            "Telephone",
            "Receptionist (K. Amis)",
            "Social worker Bethany Carrow called: will bring Isla to the next GA date herself.",
            "",
        ],
    )
    c.add(
        Ok("2026-08-12", time="08:00"),
        [
            "12/08/2026 08:00",
            "Westrow General (GA list)",
            "Attended",
            "Dr Hollis Brand",
            "Six extractions under GA after admission with abscess. Social worker escorted.",
            "TBC",
        ],
    )
    c.add(
        No("no date: 'TBC'"),
        ["TBC", "Saltmere Clinic", "Not yet booked", "", "Post-GA review to be booked.", ""],
    )
    c.add(
        Ok("2026-11-03", time="15:30"),
        [
            "03/11/2026 15:30",
            "Saltmere Clinic",
            "Attended",
            "Dr Hollis Brand",
            "Post-GA review: healing well; brushing twice daily with new brush from school.",
            "14/01/2027 09:00",
        ],
    )
    c.add(
        No("future appointment"),
        [
            "14/01/2027 09:00",
            "Saltmere Clinic",
            "Booked",
            "Dr Hollis Brand",
            "Six-month recall and fluoride varnish.",
            "",
        ],
    )
    c.save(out / case.file, encoding="utf-8-sig")
    return case


# --------------------------------------------------------------------------------------------
# 16. Fire and rescue Safe and Well CSV: "Date/Time" written "dd/mm/yyyy @ hh:mm"
# --------------------------------------------------------------------------------------------


def _fire(out: Path) -> Case:
    case = Case(
        file="WFRS_prevention_visits_Tannery_Court.csv",
        organisation="Westrow Fire and Rescue Service",
        sector="fire and rescue",
        text_header="Observations",
        styles=(
            "csv",
            "'Date/Time' as 'dd/mm/yyyy @ hh:mm'",
            "'@ am' with no clock time",
            "generated-by footer",
        ),
    )
    c = _Csv(case, 8)
    c.header(
        [
            "Visit ref",
            "Date/Time",
            "Visit type",
            "Address",
            "Occupants",
            "Observations",
            "Referral made to",
            "Crew / Advocate",
        ]
    )
    c.add(
        Ok("2026-01-14", time="10:15"),
        [
            "SW-26-00412",
            "14/01/2026 @ 10:15",
            "Safe and Well (referral from CSC)",
            "Flat 3, Tannery Court",
            "Adult F, 3 children incl. infant",
            "No working smoke alarm - two fitted. Candles beside the cot; heavy smoking indoors; "
            "clutter level 3 in the hallway (escape route).",
            "CSC (B Carrow); Saltmere Homes",
            "Advocate Lee Varga",
        ],
    )
    c.add(
        Ok("2026-03-03", time="16:40"),
        [
            "SW-26-00598",
            "03/03/2026 @ 16:40",
            "Revisit",
            "Flat 3, Tannery Court",
            "Adult F, 3 children",
            "Alarms tested and working. Hallway clear. Smoking now on the balcony.",
            "",
            "Advocate Lee Varga",
        ],
    )
    c.add(
        Ok("2026-06-21", time="19:05"),
        [
            "FI-26-0211",
            "21/06/2026 @ 19:05",
            "Incident - small fire",
            "Flat 3, Tannery Court",
            "Kayden (14) and Freya (17m)",
            "Fire in kitchen bin from a cigarette end; out on arrival. Kayden at home alone "
            "looking after Freya; mother at the shop.",
            "CSC emergency duty team",
            "Watch Manager Rhys Dunmore (Blue Watch)",
        ],
    )
    c.add(
        Ok("2026-06-22"),
        [
            "SW-26-00655",
            "22/06/2026 @ am",
            "Post-incident Safe and Well",
            "Flat 3, Tannery Court",
            "Adult F, 3 children",
            "Fire safety talk with Leanne and Kayden; metal bin with lid supplied.",
            "",
            "Advocate Lee Varga",
        ],
    )
    c.skip(["Generated 29/11/2026 by Prevention Team - OFFICIAL"], "generated-by footer", pad=False)
    c.save(out / case.file, encoding="utf-8-sig")
    return case


# --------------------------------------------------------------------------------------------
# 17. School nursing Word table: term sub-headings and vertically merged date cells
# --------------------------------------------------------------------------------------------


def _school_nursing(out: Path) -> Case:
    case = Case(
        file="School_Nursing_chronology_Marsh.docx",
        organisation="Westrow 5-19 School Nursing Team",
        sector="health (school nursing)",
        text_header="Summary",
        styles=(
            "docx",
            "vertically merged date cells",
            "term sub-heading rows",
            "two children in one table",
        ),
    )
    d = _Doc(case)
    d.doc.add_heading("Westrow 5-19 School Nursing Team", level=1)
    d.doc.add_paragraph("Chronology: Kayden MARSH (17/05/2012) and Isla MARSH (02/03/2018)")
    t = d.table(4)
    t.header(["Date", "Child", "Contact", "Summary"])
    t.span("Autumn term 2025", "term sub-heading")
    t.add(
        Ok("2025-09-15"),
        [
            "15/09/2025",
            "Isla",
            "Drop-in at Heronsgate Primary",
            "Seen for tummy aches; teacher reports wetting at school twice this week.",
        ],
    )
    t.add(
        Ok("2025-09-15"),
        [
            "15/09/2025",
            "Kayden",
            "Telephone - Saltmere Academy pastoral lead",
            "Kayden vaping and has lost weight; not eating school lunch.",
        ],
        merge_up=0,
    )
    t.add(
        Ok("2025-11-10"),
        [
            "10/11/2025",
            "Isla, Kayden",
            "Review child protection conference",
            "Health report submitted and attended. Enuresis referral made for Isla.",
        ],
    )
    t.span("Spring term 2026", "term sub-heading")
    t.add(
        Ok("2026-02-04"),
        [
            "04/02/2026",
            "Isla",
            "Health review in school",
            "Enuresis improving. Head lice treated. Isla worried about her brother.",
        ],
    )
    t.add(
        Ok("2026-02-04"),
        [
            "04/02/2026",
            "Kayden",
            "Planned appointment at Saltmere Academy",
            "Did not attend - not in school today.",
        ],
        merge_up=0,
    )
    t.add(
        Ok("2026-03-02"),
        [
            "02/03/2026",
            "Kayden",
            "Appointment at Saltmere Academy",
            "Seen after discharge from Ward 9. Wound healing. Low mood, poor sleep; CAMHS "
            "referral discussed, Kayden declined.",
        ],
    )
    t.span("Summer term 2026", "term sub-heading")
    t.add(
        Ok("2026-05-13"),
        [
            "13/05/2026",
            "Kayden",
            "Home visit with YJS worker",
            "Discussed sexual health and substance use. Accepted C-card.",
        ],
    )
    d.save(out / case.file)
    return case


BUILDERS: tuple[Callable[[Path], Case], ...] = (
    _gp,
    _police,
    _cpoms,
    _csc,
    _hospital,
    _health_visiting,
    _housing,
    _probation,
    _ambulance,
    _youth_justice,
    _mash,
    _midwifery,
    _early_help,
    _adult_mental_health,
    _dental,
    _fire,
    _school_nursing,
)


def build(out_dir: Path) -> list[Case]:
    """Write every return into `out_dir` and give the expectations for each."""
    out_dir.mkdir(parents=True, exist_ok=True)
    return [builder(out_dir) for builder in BUILDERS]


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp(prefix="blind2_"))
    cases = build(out)
    for case in cases:
        kinds = [type(e).__name__ for e in case.rows.values()]
        print(
            f"{case.file:52} ok {kinds.count('Ok'):>2}  no {kinds.count('No'):>2}  "
            f"skip {kinds.count('Skip'):>2}  {case.organisation}"
        )
    print(f"\n{len(cases)} files written to {out}")


if __name__ == "__main__":
    main()
