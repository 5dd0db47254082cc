"""Blind agency returns: chronology files written the way agencies send them, with expectations.

Written without reading the ingestion's column rules (`chronology/rules/columns.toml`,
`chronology/columns.py`, `chronology/ingest.py`, `chronology/readers.py`, the agency rules):
each file follows what a midwifery team, a police public protection unit, a school's CPOMS
export or a probation officer's Word return really looks like, and its expectations say what a
careful human reader would take from it. `bench/ingest_blind.py` scores ingestion against them.

Everything is invented: the Alder/Whitlock family, every practitioner, school, surgery, address
and reference number. Postcode area EF does not exist.

The family: Kirsty Alder (DOB 11/02/1994), her partner Dean Whitlock (DOB 30/04/1990), Oscar
Alder (DOB 09/02/2010), Poppy Alder (DOB 22/07/2016) and Ruby Whitlock (born 18/06/2023), of
14 Larkspur Close, Easthaven EF3 9QT.

Every non-blank row of every file has an expectation keyed (sheet, row): the sheet name for a
workbook, "" for a CSV, "Table N" for the Nth table of a Word document (counting every table);
rows are numbered as Excel shows them, as CSV records counted from the first record, or as rows
within the Word table. `Ok` is a row a careful reader accepts (ISO date of the first day for
partial dates), `No` a row such a reader cannot accept, `Skip` a row that is not an entry at all
(titles, notes, headers, sub-headers, page footers, sign-off lines, cover sheets).

    python sample_data/blind_returns.py [OUT_DIR]     # writes the files and prints a summary
"""

from __future__ import annotations

import csv
import datetime as dt
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.worksheet import Worksheet

Cell = str | int | float | dt.datetime | dt.date | dt.time | None
DocCell = str | list[str] | None


@dataclass(frozen=True)
class Ok:
    """A row a careful reader accepts: ISO date (first day of a partial date), precision, time."""

    date: str
    precision: str = "day"
    time: str | None = None


@dataclass(frozen=True)
class No:
    """A row a careful reader cannot accept (no date, vague, impossible or future date)."""

    why: str


@dataclass(frozen=True)
class Skip:
    """A row that is not a chronology entry (title, note, header, footer, sign-off, cover)."""

    why: str


Expect = Ok | No | Skip


@dataclass
class Case:
    """One agency file and everything a careful reader would take from it."""

    file: str
    organisation: str
    sector: str
    text_header: str
    rows: dict[tuple[str, int], Expect] = field(default_factory=dict)
    agency_given: str | None = None
    # The non-empty cells of every Ok/No row as (column header, value), in column order.
    cells: dict[tuple[str, int], list[tuple[str, Cell]]] = field(default_factory=dict)
    styles: tuple[str, ...] = ()


def _blank(value: Cell) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


class _Rec:
    """Numbers the rows of one sheet, CSV or Word table and records their expectations."""

    def __init__(self, case: Case, sheet: str) -> None:
        self.case = case
        self.sheet = sheet
        self.headers: list[str] = []
        self.row = 1

    def put(self, expect: Expect | None, values: Sequence[Cell]) -> int:
        row = self.row
        self.row += 1
        where = f"{self.case.file} [{self.sheet}] row {row}"
        if all(_blank(v) for v in values):
            if expect is not None:
                raise ValueError(f"{where}: an expectation on a blank row")
            return row
        if expect is None:
            raise ValueError(f"{where}: a non-blank row needs an expectation")
        key = (self.sheet, row)
        self.case.rows[key] = expect
        if not isinstance(expect, Skip):
            cells: list[tuple[str, Cell]] = []
            for i, value in enumerate(values):
                if _blank(value):
                    continue
                name = self.headers[i] if i < len(self.headers) and self.headers[i] else ""
                cells.append((name or f"column {i + 1}", value))
            self.case.cells[key] = cells
        return row


# ----------------------------------------------------------------------------- writers


class _XSheet:
    """One worksheet written row by row with openpyxl."""

    def __init__(self, wb: Workbook, case: Case, title: str, widths: Sequence[int] = ()) -> None:
        self.ws: Worksheet = wb.create_sheet(title)
        self.rec = _Rec(case, title)
        for i, width in enumerate(widths):
            self.ws.column_dimensions[chr(ord("A") + i)].width = width

    def put(
        self, expect: Expect | None, *values: Cell, merge_to: int = 0, bold: bool = False
    ) -> int:
        r = self.rec.row
        for c, value in enumerate(values, start=1):
            if _blank(value):
                continue
            cell = self.ws.cell(row=r, column=c, value=value)
            if isinstance(value, dt.datetime):
                cell.number_format = "dd/mm/yyyy hh:mm"
            elif isinstance(value, dt.date):
                cell.number_format = "dd/mm/yyyy"
            elif isinstance(value, dt.time):
                cell.number_format = "hh:mm"
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if bold:
                cell.font = Font(bold=True)
        if merge_to:
            self.ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=merge_to)
        return self.rec.put(expect, values)

    def header(self, *names: str) -> int:
        self.rec.headers = list(names)
        return self.put(Skip("header row"), *names, bold=True)

    def blank(self) -> None:
        self.rec.put(None, ())

    def merge(self, r1: int, c1: int, r2: int, c2: int) -> None:
        self.ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)


def _workbook() -> Workbook:
    wb = Workbook()
    wb.remove(wb.active)  # type: ignore[arg-type]
    return wb


class _Csv:
    """One CSV file built record by record."""

    def __init__(self, case: Case) -> None:
        self.rec = _Rec(case, "")
        self.records: list[list[str]] = []

    def put(self, expect: Expect | None, *values: str) -> int:
        self.records.append(list(values))
        return self.rec.put(expect, values)

    def header(self, *names: str) -> int:
        self.rec.headers = list(names)
        return self.put(Skip("header row"), *names)

    def write(self, path: Path, encoding: str) -> None:
        width = max(len(r) for r in self.records)
        with path.open("w", encoding=encoding, newline="") as handle:
            writer = csv.writer(handle, lineterminator="\r\n")
            for record in self.records:
                writer.writerow(record + [""] * (width - len(record)))


def _docx_table(
    doc: DocxDocument,
    case: Case,
    number: int,
    rows: Sequence[tuple[Expect, Sequence[DocCell]]],
    headers: Sequence[str] = (),
    merges: Sequence[tuple[int, int, int, int]] = (),
    bold_rows: int = 0,
) -> None:
    """Adds Word table `number` (1-based, counting every table); merges are 1-based
    (row1, col1, row2, col2) and a None cell is one covered by a merge."""
    ncols = max(len(values) for _, values in rows)
    table = doc.add_table(rows=len(rows), cols=ncols)
    table.style = "Table Grid"
    for r1, c1, r2, c2 in merges:
        table.cell(r1 - 1, c1 - 1).merge(table.cell(r2 - 1, c2 - 1))

    def origin(r: int, c: int) -> DocCell:
        for r1, c1, r2, c2 in merges:
            if r1 <= r <= r2 and c1 <= c <= c2:
                return rows[r1 - 1][1][c1 - 1]
        return None

    rec = _Rec(case, f"Table {number}")
    rec.headers = list(headers)
    for r, (expect, values) in enumerate(rows, start=1):
        shown: list[Cell] = []
        for c in range(1, ncols + 1):
            value = values[c - 1] if c <= len(values) else None
            if value is not None:
                parts = [value] if isinstance(value, str) else list(value)
                cell = table.cell(r - 1, c - 1)
                cell.paragraphs[0].text = parts[0]
                if r <= bold_rows:
                    for run in cell.paragraphs[0].runs:
                        run.bold = True
                for part in parts[1:]:
                    cell.add_paragraph(part)
            else:
                value = origin(r, c)
            shown.append(value if isinstance(value, str) or value is None else "\n".join(value))
        rec.put(expect, shown)


def _uk(d: dt.date) -> str:
    return d.strftime("%d/%m/%Y")


def _weekday(d: dt.date) -> str:
    return f"{d:%a} {d:%d/%m/%Y}"


D = dt.date
DT = dt.datetime
T = dt.time
HEADER = Skip("header row")


# ----------------------------------------------------------------------------- 1 Midwifery


def _midwifery(out: Path) -> Case:
    case = Case(
        "Northshire_Midwifery_return.xlsx",
        "Midwifery",
        "Health",
        "Details of contact and its significance",
        styles=(
            "title block and note above the table",
            "text header naming significance beside a short 'Service' column",
            "separate time column: 10:15, 1435hrs, 2.05pm, 11.45am, 0612hrs, time cells",
            "date cells and text dates; 'unknown' date",
            "footer and sign-off line with a date cell",
        ),
    )
    wb = _workbook()
    s = _XSheet(wb, case, "Chronology", (12, 9, 18, 18, 70, 20, 30))
    s.put(
        Skip("title"),
        "Northshire Maternity Services – Chronology of involvement",
        merge_to=7,
        bold=True,
    )
    s.put(
        Skip("title: subject details"),
        "Subject: Baby Ruby Whitlock (born 18/06/2023). Mother: Kirsty Alder (DOB 11/02/1994),"
        " 14 Larkspur Close, Easthaven EF3 9QT",
        merge_to=7,
    )
    s.put(
        Skip("note above the table"),
        "Note: times are taken from the electronic maternity record. 'Service' shows which"
        " maternity team saw mother.",
        merge_to=7,
    )
    s.blank()
    s.header(
        "Date",
        "Time",
        "Contact type",
        "Service",
        "Details of contact and its significance",
        "Midwife",
        "Action taken",
    )
    s.put(
        Ok("2022-11-02", "day", "10:15"),
        D(2022, 11, 2),
        "10:15",
        "Booking appointment",
        "Community midwifery",
        "Booking at Easthaven Children's Centre at 10 weeks. Kirsty disclosed that Oscar and"
        " Poppy had been known to children's social care in 2021 and that she had low mood after"
        " Poppy's birth. Routine enquiry about domestic abuse not asked because partner Dean was"
        " present throughout. Significance: a missed chance to ask Kirsty about domestic abuse"
        " on her own.",
        "Rachel Ostley RM",
        "Mental health screening booked; DA enquiry to be asked at next contact",
    )
    s.put(
        Ok("2022-12-14", "day", "14:35"),
        D(2022, 12, 14),
        "1435hrs",
        "Dating scan",
        "Antenatal clinic",
        "Attended 12-week dating scan with Dean. EDD 21/06/2023. Kirsty appeared withdrawn and"
        " let Dean answer the questions. Significance: second contact without an opportunity to"
        " see Kirsty alone.",
        "Sonographer L. Petch / R. Ostley RM",
        "Flag on maternity record: see mother alone",
    )
    s.put(
        Ok("2023-01-19"),
        D(2023, 1, 19),
        None,
        "Missed appointment",
        "Community midwifery",
        "Kirsty did not attend her 16-week appointment at the children's centre. Two phone calls"
        " unanswered. Significance: first of three missed antenatal contacts; disengagement is"
        " a known risk factor.",
        "Rachel Ostley RM",
        "Letter sent with a new appointment",
    )
    s.put(
        Ok("2023-02-14", "day", "14:05"),
        "14/02/2023",
        "2.05pm",
        "Home visit",
        "Community midwifery",
        "Home visit after two missed appointments. Kirsty seen alone in the kitchen; Dean came"
        " home partway through. Kirsty said she was 'fine, just tired'. House cold, little food"
        " in the fridge. Routine enquiry about DA asked while Dean was out of the room: Kirsty"
        " said there were arguments but nothing physical. Significance: first time asked alone;"
        " the answer may have been limited by Dean's return.",
        "Rachel Ostley RM",
        "Discussed with named midwife; perinatal mental health referral offered and declined",
    )
    s.put(
        Ok("2023-03-27", "day", "21:40"),
        D(2023, 3, 27),
        T(21, 40),
        "Triage attendance",
        "Maternity triage",
        "Self-referral with reduced fetal movements at 28 weeks. CTG normal. Midwife noted"
        " fingertip bruising to the left upper arm; Kirsty said she knocked it on a door frame."
        " Dean insisted on staying in the room. Significance: unexplained bruising in pregnancy"
        " with a controlling partner present.",
        "Amira Kotecha RM",
        "Safeguarding referral to MASH the next morning; GP and HV informed",
    )
    s.put(
        No("date not known"),
        "unknown",
        None,
        "Letter",
        "Community midwifery",
        "Undated letter from Kirsty on file asking to change midwife because she 'did not feel"
        " listened to'.",
        None,
        "Filed; no action recorded",
    )
    s.put(
        Ok("2023-05-09", "day", "09:30"),
        D(2023, 5, 9),
        "09:30",
        "Pre-birth planning meeting",
        "Safeguarding team",
        "Multi-agency pre-birth planning meeting with CSC, HV and GP. Agreed that Kirsty and the"
        " baby stay on the postnatal ward for 72 hours and that a birth plan with a safeguarding"
        " alert goes on the record. Significance: the plan was clear, but Dean's history of"
        " violence known to police was not shared with maternity.",
        "Helen Marwood (Named Midwife)",
        "Birth plan and alert uploaded",
    )
    s.put(
        Ok("2023-06-18", "day", "06:12"),
        D(2023, 6, 18),
        "0612hrs",
        "Birth",
        "Labour ward",
        "Spontaneous vaginal birth of a girl, Ruby, 3.05kg. Dean present and calm. Significance:"
        " none beyond the plan.",
        "Amira Kotecha RM",
        "Safeguarding alert actioned; CSC informed by email",
    )
    s.put(
        Ok("2023-06-20", "day", "11:45"),
        D(2023, 6, 20),
        "11.45am",
        "Discharge",
        "Postnatal ward",
        "Discharged home after 48 hours, not 72 as planned, after Dean demanded to take them home"
        " and staff feared escalation. CSC duty worker agreed by phone. Significance: the agreed"
        " safety plan was not followed.",
        "Ward manager J. Fenwick",
        "Community midwife visit arranged for the next day",
    )
    s.put(
        Ok("2023-06-29", "day", "16:00"),
        D(2023, 6, 29),
        "16:00",
        "Postnatal visit",
        "Community midwifery",
        "Day 11 visit. Ruby back to birth weight. Kirsty tearful, EPDS score 15. Safe sleep advice"
        " given; Ruby sleeping in a bouncer in the lounge. Handover to the health visitor."
        " Significance: raised EPDS and unsafe sleep at handover.",
        "Rachel Ostley RM",
        "Discharged to HV; GP asked to review mood",
    )
    s.blank()
    s.put(Skip("footer"), "End of chronology")
    s.put(
        Skip("sign-off line"),
        "Completed by:",
        None,
        "Helen Marwood, Named Midwife for Safeguarding",
        None,
        None,
        "Date completed:",
        D(2024, 9, 4),
    )
    wb.save(out / case.file)
    return case


# ----------------------------------------------------------------------------- 2 Health visiting


def _health_visiting(out: Path) -> Case:
    case = Case(
        "HV_chronology_Northshire.xlsx",
        "Health visiting",
        "Health",
        "Summary of involvement and impact on child",
        styles=(
            "two-row header: merged 'Date/Time' over Date/Time, 'Contact' over Type/Venue,"
            " other headers merged down both rows",
            "text header naming impact beside a short 'Service' column",
            "title block; merged section sub-header with a date in it",
            "date and time cells, text times; 'w/c' date; page footer",
        ),
    )
    wb = _workbook()
    s = _XSheet(wb, case, "HV chronology", (12, 8, 18, 12, 16, 70, 30, 22))
    s.put(
        Skip("title"),
        "Northshire Community Health NHS Trust – 0-19 Health Visiting Service",
        merge_to=8,
        bold=True,
    )
    s.put(
        Skip("title: subject"),
        "Chronology for CSPR – Child R (Ruby Whitlock, DOB 18/06/2023)",
        merge_to=8,
    )
    s.blank()
    s.rec.headers = [
        "Date",
        "Time",
        "Type",
        "Venue",
        "Service",
        "Summary of involvement and impact on child",
        "Outcome / next steps",
        "Lead professional",
    ]
    top = s.put(
        Skip("group header row"),
        "Date/Time",
        None,
        "Contact",
        None,
        "Service",
        "Summary of involvement and impact on child",
        "Outcome / next steps",
        "Lead professional",
        bold=True,
    )
    s.put(Skip("sub-header row"), "Date", "Time", "Type", "Venue", bold=True)
    s.merge(top, 1, top, 2)
    s.merge(top, 3, top, 4)
    for col in (5, 6, 7, 8):
        s.merge(top, col, top + 1, col)
    hv, shv = "Sarah Quayle HV", "Laura Pengelly SHV"
    s.put(
        Ok("2023-07-03", "day", "10:00"),
        D(2023, 7, 3),
        T(10, 0),
        "New birth visit",
        "Home",
        "Health Visiting",
        "New birth visit at 14 Larkspur Close. Ruby feeding well on formula, weight 3.21kg. Home"
        " cluttered and a large dog loose in the lounge. Dean answered most questions for"
        " Kirsty. Impact on child: unclear who the main carer is; father's presence limited"
        " discussion of mother's mood and of safe sleep.",
        "Universal Plus. Revisit in 2 weeks; safe sleep leaflet",
        hv,
    )
    s.put(
        Ok("2023-07-17", "day", "13:30"),
        D(2023, 7, 17),
        "13:30",
        "Targeted visit",
        "Home",
        "Health Visiting",
        "Kirsty seen alone. EPDS 17. She described Dean as 'moody' and said he checks her phone."
        " Ruby clean, handled gently, good eye contact with mum. Impact: maternal low mood and"
        " possible coercive control may affect Ruby's care.",
        "GP appointment made for Kirsty; DA helpline number given discreetly",
        hv,
    )
    s.put(
        Ok("2023-08-02"),
        D(2023, 8, 2),
        None,
        "Telephone",
        "Phone",
        "Health Visiting",
        "Kirsty rang to cancel the 6-week review saying Ruby had a cold. Rebooked. Impact: second"
        " cancelled contact; Ruby not seen for 16 days.",
        "Rebooked for 24/08/2023",
        hv,
    )
    s.put(
        Ok("2023-08-24", "day", "09:45"),
        D(2023, 8, 24),
        T(9, 45),
        "6-8 week review",
        "Clinic",
        "Health Visiting",
        "Ruby was not brought to the 6-8 week review at Easthaven clinic. No reply at a home"
        " visit the same afternoon; curtains closed. Impact: Ruby not seen since 17/07/2023.",
        "Discussed at safeguarding supervision; information shared with CSC",
        hv,
    )
    s.put(
        Ok("2023-09-12", "day", "11:00"),
        D(2023, 9, 12),
        T(11, 0),
        "Joint visit",
        "Home",
        "Health Visiting",
        "Joint home visit with social worker Tom Adeyemi. Ruby weighed 4.6kg, dropped from the"
        " 50th to the 25th centile. Bottle propping seen. Dean said health visitors were"
        " 'interfering'. Impact: faltering weight and unsafe feeding.",
        "Weekly weights; feeding plan agreed",
        f"{hv} / SW T. Adeyemi",
    )
    s.put(
        Skip("section sub-header"),
        "Specialist Health Visitor caseload from 01/10/2023",
        merge_to=8,
        bold=True,
    )
    s.put(
        Ok("2023-10-05", "day", "15:00"),
        D(2023, 10, 5),
        T(15, 0),
        "Strategy discussion",
        "Teams call",
        "Health Visiting",
        "HV contributed to the strategy discussion after Ruby attended ED with a bruise to the"
        " cheek. Shared concerns about faltering weight, maternal mood and missed contacts."
        " Impact: cumulative neglect alongside a possible non-accidental injury.",
        "S47 enquiry agreed; HV to attend ICPC",
        shv,
    )
    s.put(
        Ok("2023-11-21"),
        D(2023, 11, 21),
        None,
        "Core group",
        "Children's centre",
        "Health Visiting",
        "First core group. Ruby's weight back on the 50th centile. Kirsty engaging; Dean did not"
        " attend. Impact: improvement while Dean was out of the home under the safety plan.",
        "Fortnightly HV visits to continue",
        shv,
    )
    s.put(
        No("week commencing, not a day"),
        "w/c 08/01/2024",
        None,
        "Home visit",
        "Home",
        "Health Visiting",
        "No access visit. Neighbour said the family were 'away at Nan's'.",
        "Card left",
        shv,
    )
    s.put(
        Ok("2024-02-15", "day", "14:20"),
        D(2024, 2, 15),
        "14:20",
        "Home visit",
        "Home",
        "Health Visiting",
        "Ruby (8 months) seen crawling and happy. Dean present, which breaches the written"
        " agreement; Kirsty said he had 'just popped round'. Impact: the safety plan may not be"
        " protecting Ruby.",
        "Information shared with the social worker the same day",
        shv,
    )
    s.blank()
    s.put(Skip("page footer"), "Page 1 of 1")
    wb.save(out / case.file)
    return case


# ----------------------------------------------------------------------------- 3 Youth justice


def _youth_justice(out: Path) -> Case:
    case = Case(
        "chronology_v3_FINAL.xlsx",
        "Youth justice service",
        "Youth justice",
        "Case note",
        styles=(
            "neutral file name; agency named only on the cover sheet",
            "cover sheet with key/value rows, one a date cell",
            "'Ref No', 'Risk level', 'Outcome / next steps' columns",
            "partial dates 03/2022 and 2023; 'TBC' date; times 15:30, 1600hrs, 10.30am",
            "notes sheet with no table",
        ),
    )
    wb = _workbook()
    c = _XSheet(wb, case, "Cover", (22, 50))
    c.put(
        Skip("cover title"), "Child Safeguarding Practice Review – Child R and siblings", bold=True
    )
    c.blank()
    c.put(Skip("cover: agency"), "Agency:", "Northshire Youth Justice Service")
    c.put(Skip("cover: author"), "Author:", "Marcus Ebdon, Operational Manager")
    c.put(Skip("cover: version"), "Version:", "3 FINAL")
    c.put(Skip("cover: date completed"), "Date completed:", D(2024, 10, 14))
    c.put(Skip("cover: period"), "Period covered:", "01/01/2022 to 30/06/2024")

    s = _XSheet(wb, case, "Chronology", (13, 12, 9, 22, 70, 11, 18, 34))
    s.header(
        "Ref No",
        "Date",
        "Time",
        "Contact type",
        "Case note",
        "Risk level",
        "Case manager",
        "Outcome / next steps",
    )
    me, bc = "Marcus Ebdon", "Bethan Crowle"
    s.put(
        Ok("2022-03-01", "month"),
        "YJS-0412-01",
        "03/2022",
        None,
        "Out of court disposal",
        "Oscar (aged 12) received a Youth Caution after theft of a bike from Easthaven Retail"
        " Park with two older boys. Referred to YJS for voluntary prevention work.",
        "Low",
        me,
        "Prevention worker to be allocated",
    )
    s.put(
        Ok("2022-04-11", "day", "15:30"),
        "YJS-0412-02",
        D(2022, 4, 11),
        "15:30",
        "Home visit",
        "Initial AssetPlus assessment at home. Oscar quiet; said he had been excluded for a day"
        " for fighting. Kirsty said there were 'rows at home' but would not say more. Dean was"
        " not present.",
        "Medium",
        bc,
        "Weekly sessions agreed",
    )
    s.put(
        Ok("2022-05-23"),
        "YJS-0412-03",
        D(2022, 5, 23),
        None,
        "Session",
        "Victim awareness session at the YJS office. Oscar engaged well, talked about football"
        " and wanting to join a club.",
        "Medium",
        bc,
        "Referral to Easthaven Youth FC",
    )
    s.put(
        Ok("2022-09-06", "day", "16:00"),
        "YJS-0412-04",
        D(2022, 9, 6),
        "1600hrs",
        "Missed appointment",
        "Oscar did not attend the planned session. Phone off. Kirsty said he was 'out with mates'"
        " and she did not know where.",
        "Medium",
        bc,
        "Letter sent; home visit planned",
    )
    s.put(
        Ok("2022-11-15"),
        "YJS-0412-05",
        D(2022, 11, 15),
        None,
        "Notification",
        "Police notified YJS that Oscar had been arrested with two adult males in a car holding"
        " cannabis and cash. Concern about criminal exploitation; NRM referral considered.",
        "High",
        me,
        "Exploitation screening completed; strategy meeting requested",
    )
    s.put(
        Ok("2023-01-01", "year"),
        "YJS-0412-06",
        "2023",
        None,
        "Summary",
        "Throughout 2023 Oscar was subject to a 9-month Referral Order. Attendance at sessions"
        " was about 60% and he was twice found in another county.",
        "High",
        bc,
        "See the entries below",
    )
    s.put(
        Ok("2023-02-14", "day", "10:00"),
        "YJS-0412-07",
        D(2023, 2, 14),
        "10:00",
        "Referral Order panel",
        "Initial panel meeting. Contract agreed: reparation at the food bank, an education plan,"
        " no contact with named adults. Kirsty attended; Dean waited outside.",
        "High",
        "Panel member D. Skeels",
        "Contract signed",
    )
    s.put(
        No("no date: 'TBC'"),
        "YJS-0412-08",
        "TBC",
        None,
        "Panel review",
        "Review panel to be confirmed by the court; not held before the order ended.",
        "High",
        bc,
        None,
    )
    s.put(
        Ok("2024-01-09", "day", "10:30"),
        "YJS-0412-09",
        D(2024, 1, 9),
        "10.30am",
        "Multi-agency meeting",
        "Complex safeguarding meeting after Oscar was found intoxicated in Easthaven Park on New"
        " Year's Eve. Agreed he is at high risk of criminal exploitation.",
        "Very high",
        me,
        "Referral to CAMHS crisis team; NRM submitted",
    )
    s.put(
        Ok("2024-03-28"),
        "YJS-0412-10",
        D(2024, 3, 28),
        None,
        "Missing episode",
        "Oscar reported missing overnight by Kirsty; found by police in a flat in Porthwick with"
        " an adult male.",
        "Very high",
        bc,
        "Return home interview requested",
    )
    s.put(
        Ok("2024-06-30", "day", "23:50"),
        "YJS-0412-11",
        D(2024, 6, 30),
        "23:50",
        "Police notification",
        "Notified that Oscar had been arrested on suspicion of possession with intent to supply."
        " Released under investigation.",
        "Very high",
        me,
        "Strategy meeting requested",
    )
    n = _XSheet(wb, case, "Notes", (100,))
    n.put(Skip("notes sheet: title"), "Notes for the panel", bold=True)
    n.put(
        Skip("notes sheet: text"),
        "Case notes are summarised from ChildView. Full records are available from the YJS"
        " Operational Manager on request.",
    )
    wb.save(out / case.file)
    return case


# ----------------------------------------------------------------------------- 4 Hospital ED


ED_HEADER = (
    "Attendance No",
    "Patient",
    "Arrival",
    "Presenting complaint",
    "Triage",
    "Clinical summary",
    "Safeguarding actions",
    "Discharge",
)


def _general_ed(out: Path) -> Case:
    case = Case(
        "Northshire_General_ED_attendances.xlsx",
        "County Hospital ED",
        "Health",
        "Clinical summary",
        styles=(
            "'Arrival' column: real datetime cells and text '12/03/2022 14:35'",
            "title block with a 'Printed' date-time",
            "printed export: 'Page 1 of 2' and the header repeated mid-sheet",
            "arrival missing on one row",
        ),
    )
    wb = _workbook()
    s = _XSheet(wb, case, "ED attendances", (14, 16, 17, 20, 14, 70, 40, 16))
    s.put(Skip("title"), "Northshire General Hospital NHS Foundation Trust", merge_to=8, bold=True)
    s.put(
        Skip("title"),
        "Emergency Department – safeguarding chronology (all household attendances)",
        merge_to=8,
    )
    s.put(
        Skip("title: print stamp"), "Printed 02/09/2024 09:14 by ED Safeguarding Team", merge_to=8
    )
    s.blank()
    s.header(*ED_HEADER)
    s.put(
        Ok("2021-12-24", "day", "22:47"),
        "ED21-448102",
        "Kirsty Alder",
        DT(2021, 12, 24, 22, 47),
        "Facial injury",
        "3 - Urgent",
        "Brought by ambulance. 2cm laceration above the left eyebrow, glued. Said she walked into"
        " a door. Smelled of alcohol. Partner waiting in the car park.",
        "Routine DA question asked – denied. IDVA leaflet given.",
        "Home",
    )
    s.put(
        Ok("2022-03-12", "day", "14:35"),
        "ED22-101876",
        "Oscar Alder",
        "12/03/2022 14:35",
        "Hand injury",
        "4 - Standard",
        "Swollen right hand after punching a wall at home during an argument. X-ray: boxer's"
        " fracture of the 5th metacarpal. Oscar said his mum's boyfriend 'winds him up'.",
        "Letters to school nurse and GP. Not referred to MASH.",
        "Fracture clinic",
    )
    s.put(
        Ok("2022-08-08", "day", "03:12"),
        "ED22-301455",
        "Kirsty Alder",
        DT(2022, 8, 8, 3, 12),
        "Overdose",
        "2 - Very urgent",
        "Took 24 paracetamol with alcohol after an argument with her partner. Level above the"
        " treatment line; IV acetylcysteine. Two children at home with the partner.",
        "Liaison psychiatry referral. MASH referral for the children made at 09:30.",
        "Admitted AMU",
    )
    s.put(
        Ok("2023-10-05", "day", "09:05"),
        "ED23-388210",
        "Ruby Whitlock",
        "05/10/2023 09:05",
        "Bruise to face",
        "2 - Very urgent",
        "Ruby (15 weeks) brought by mother with a 2cm bruise to the left cheek. Mother said a"
        " sibling hit her with a toy. Non-mobile infant: bruising protocol followed.",
        "Paediatric registrar informed; police and CSC informed; transferred to the Children's"
        " Hospital for a CP medical.",
        "Transfer",
    )
    s.put(Skip("page footer"), "Page 1 of 2")
    s.put(Skip("repeated header row"), *ED_HEADER, bold=True)
    s.put(
        Ok("2023-12-31", "day", "23:20"),
        "ED23-471903",
        "Oscar Alder",
        DT(2023, 12, 31, 23, 20),
        "Intoxication",
        "3 - Urgent",
        "Found by ambulance in Easthaven Park; alcohol and suspected cannabis. GCS 13 on arrival,"
        " 15 by 01:00. Said he had been given vodka by 'older lads'.",
        "Crisis CAMHS assessment requested; police informed of possible exploitation.",
        "Home with mother 04:10",
    )
    s.put(
        Ok("2024-02-18", "day", "01:05"),
        "ED24-061277",
        "Kirsty Alder",
        "18/02/2024 01:05",
        "Assault",
        "3 - Urgent",
        "Bruising to the neck and both forearms. Said she was assaulted by her partner at home."
        " Police present in the department.",
        "DASH completed: high risk. MARAC referral. Children's details shared with MASH.",
        "Home to mother's address",
    )
    s.put(
        No("no arrival date"),
        "ED24-090012",
        "Poppy Alder",
        None,
        "Rash",
        "5 - Non-urgent",
        "Record created by merging two registrations; arrival not recorded. Rash, seen and"
        " discharged.",
        None,
        "Home",
    )
    s.put(
        Ok("2024-04-02", "day", "16:40"),
        "ED24-102336",
        "Poppy Alder",
        DT(2024, 4, 2, 16, 40),
        "Fall",
        "4 - Standard",
        "Fell from a trampoline at a friend's house. Tender left wrist, X-ray normal. Brought by"
        " maternal grandmother.",
        "No concerns.",
        "Home",
    )
    s.blank()
    s.put(Skip("page footer"), "Page 2 of 2")
    wb.save(out / case.file)
    return case


def _childrens_ed(out: Path) -> Case:
    case = Case(
        "Trust_return_v2.xlsx",
        "Children's Hospital ED",
        "Health",
        "Assessment and treatment",
        styles=(
            "neutral file name; organisation on the cover sheet",
            "cover sheet, table sheet with the header on row 1",
            "'Arrival' column: datetime cells, text date-times, a text date with no time,"
            " 'not recorded', 30/02/2024",
        ),
    )
    wb = _workbook()
    c = _XSheet(wb, case, "Cover", (90,))
    c.put(Skip("cover title"), "Northshire Children's Hospital", bold=True)
    c.put(
        Skip("cover: organisation"),
        "Organisation: Paediatric Emergency Department, Northshire Children's Hospital",
    )
    c.put(
        Skip("cover: review"),
        "Prepared for: Easthaven Safeguarding Children Partnership – CSPR Child R",
    )
    c.put(Skip("cover: version"), "Version 2 – 21/08/2024")
    s = _XSheet(wb, case, "Attendances", (17, 16, 24, 70, 40, 26, 22))
    s.header(
        "Arrival",
        "Mode of arrival",
        "Presenting complaint",
        "Assessment and treatment",
        "Safeguarding concerns",
        "Seen by",
        "Outcome",
    )
    s.put(
        Ok("2023-08-27", "day", "19:32"),
        DT(2023, 8, 27, 19, 32),
        "Ambulance",
        "Floppy episode / not breathing",
        "Ruby (10 weeks): mother said she went limp and blue during a feed. Well on arrival,"
        " observations normal. Admitted for overnight observation; no cause found.",
        "Parents' accounts differed about who was feeding Ruby. Not followed up.",
        "Dr F. Akintola",
        "Admitted overnight",
    )
    s.put(
        Ok("2023-10-05", "day", "11:20"),
        "05/10/2023 11:20",
        "Transfer from NGH",
        "Bruise to face – CP medical",
        "Child protection medical. 2cm bruise to the left cheek and two small bruises behind the"
        " right ear. Skeletal survey: healing fracture of the left 7th rib. Mother's explanation"
        " does not account for the injuries.",
        "Injuries consistent with non-accidental injury. Police and CSC informed; strategy"
        " discussion held.",
        "Dr N. Baptiste (Consultant Paediatrician)",
        "Admitted; discharged to maternal grandmother under a safety plan",
    )
    s.put(
        Ok("2023-11-07"),
        "07/11/2023",
        "Planned",
        "Follow-up skeletal survey",
        "Repeat skeletal survey: no new fractures; rib fracture healing.",
        "Results shared with the social worker.",
        "Radiology",
        "Discharged",
    )
    s.put(
        Ok("2024-01-14", "day", "02:15"),
        DT(2024, 1, 14, 2, 15),
        "Police",
        "Missing child found",
        "Oscar (13) brought by police after being found in a car in Porthwick at 01:30. Cut to"
        " the left hand, cleaned and steri-stripped. Said he 'owed money'.",
        "Criminal exploitation concerns; MASH notified.",
        "Dr H. Ellory",
        "Home with mother",
    )
    s.put(
        No("arrival not recorded"),
        "not recorded",
        "Walk-in",
        "Head injury",
        "Poppy (7) minor head injury at school; no arrival on the system, entry made"
        " retrospectively.",
        "None",
        "ENP S. Fairweather",
        "Discharged",
    )
    s.put(
        Ok("2024-02-29", "day", "18:05"),
        "29/02/2024 18:05",
        "Car",
        "Asthma",
        "Poppy (7) with wheeze; poor inhaler technique and she had run out of her preventer."
        " Nebulised and improved.",
        "Second asthma attendance with no preventer; GP informed.",
        "Dr F. Akintola",
        "Discharged",
    )
    s.put(
        No("impossible date: 30 February"),
        "30/02/2024 10:00",
        "Car",
        "Review",
        "Asthma review attendance (date typed in error).",
        None,
        "ENP S. Fairweather",
        "Discharged",
    )
    wb.save(out / case.file)
    return case


# ----------------------------------------------------------------------------- 6 Ambulance


def _ambulance(out: Path) -> Case:
    case = Case(
        "Ambulance_service_chronology.csv",
        "Ambulance service",
        "Ambulance",
        "Summary of attendance",
        styles=(
            "CSV, UTF-8 with BOM, title line above the header",
            "time column 'Call received': 2231hrs, 19:05, 10.41pm, 7.05am",
            "31/02/2024; 5/4/24; 'End of report' footer",
        ),
    )
    f = _Csv(case)
    f.put(Skip("title line"), "Northshire Ambulance Service NHS Trust – safeguarding chronology")
    f.header(
        "Incident No",
        "Date",
        "Call received",
        "Call category",
        "Summary of attendance",
        "Conveyed to",
        "Crew",
    )
    f.put(
        Ok("2021-12-24", "day", "22:31"),
        "NAS-21-1224-0871",
        "24/12/2021",
        "2231hrs",
        "Cat 2",
        "999 call from a neighbour reporting shouting and a woman screaming at 14 Larkspur Close."
        " Crew waited for police. Female patient with a head wound, smelled of alcohol,"
        " initially declined to travel. Two children in the house.",
        "Northshire General ED",
        "Crew 4412 (P. Jarvie, K. Moss)",
    )
    f.put(
        Ok("2022-08-08", "day", "02:50"),
        "NAS-22-0808-0113",
        "08/08/2022",
        "0250hrs",
        "Cat 2",
        "Partner called 999: patient had taken tablets and alcohol. Alert, tearful, said she"
        " wanted to 'make it stop'. Two children asleep upstairs with the partner.",
        "Northshire General ED",
        "Crew 4420 (A. Dunmore, J. Tse)",
    )
    f.put(
        Ok("2023-08-27", "day", "19:05"),
        "NAS-23-0827-0932",
        "27/08/2023",
        "19:05",
        "Cat 1",
        "Baby (10 weeks) reported not breathing during a feed. On arrival baby pink and crying."
        " Mother and partner gave different accounts of who was feeding her.",
        "Northshire Children's Hospital",
        "Crew 4405 (S. Oduya, M. Penrose)",
    )
    f.put(
        Ok("2023-12-31", "day", "22:41"),
        "NAS-23-1231-1102",
        "31/12/2023",
        "10.41pm",
        "Cat 2",
        "Male aged 13 found collapsed in Easthaven Park by a member of the public. Smelled of"
        " alcohol; GCS 12. Said older boys had given him drink.",
        "Northshire General ED",
        "Crew 4418 (L. Keane, R. Amadi)",
    )
    f.put(
        No("impossible date: 31 February"),
        "NAS-24-0231-0055",
        "31/02/2024",
        "0915hrs",
        "Cat 3",
        "Fall at home, adult female, no injury found.",
        "Not conveyed",
        "Crew 4402",
    )
    f.put(
        Ok("2024-04-05", "day", "07:05"),
        "NAS-24-0405-0210",
        "5/4/24",
        "7.05am",
        "Cat 3",
        "Adult female with anxiety and chest pain after an argument with her partner."
        " Observations normal. Baby present in the house.",
        "Not conveyed – referred to GP",
        "Crew 4409 (T. Bramall)",
    )
    f.put(
        Ok("2024-06-14", "day", "17:12"),
        "NAS-24-0614-0788",
        "14/06/2024",
        "1712hrs",
        "Cat 3",
        "Child aged 7 fell from a climbing frame at the park; suspected wrist injury. Grandmother"
        " present.",
        "Northshire General ED",
        "Crew 4415 (E. Sato)",
    )
    f.put(Skip("footer"), "End of report")
    f.write(out / case.file, "utf-8-sig")
    return case


# ----------------------------------------------------------------------------- 7 GP practice


def _gp(out: Path) -> Case:
    case = Case(
        "Riverside_Surgery_GP_extract.csv",
        "GP practice",
        "Health",
        "Consultation notes",
        styles=(
            "CSV in cp1252 (é ’ £ –), title and note lines above the header",
            "date column headed 'Seen' (no date-like header)",
            "second date column 'Date entered on system' (not the occurrence date)",
            "quoted note with a line break; Mar-23; blank 'Seen'; 2027 typo",
        ),
    )
    f = _Csv(case)
    f.put(
        Skip("title line"),
        "Riverside Medical Practice – record extract for safeguarding review",
    )
    f.put(
        Skip("note line"),
        "Extract run 03/09/2024. Entries are in date seen order; 'Date entered on system' is when"
        " the note was saved.",
    )
    f.header(
        "Seen",
        "Patient",
        "Clinician",
        "Consultation type",
        "Consultation notes",
        "Date entered on system",
        "Read code",
    )
    rh, cs, po = "Dr Renée Haughton", "Dr Callum Strade", "Nurse P. Olafsen"
    f.put(
        Ok("2022-01-06"),
        "06/01/2022",
        "Kirsty Alder",
        rh,
        "Face to face",
        "Low mood since Christmas, poor sleep. Says the relationship is ‘up and down’. Healed cut"
        " above the left eye. PHQ-9 16. Started sertraline 50mg; safety-netted.",
        "10/01/2022",
        "Depressive episode",
    )
    f.put(
        Ok("2022-03-15"),
        "15/03/2022",
        "Oscar Alder",
        cs,
        "Face to face",
        "Fracture clinic letter: boxer’s fracture of the right hand after punching a wall. Seen"
        " with mum. Oscar said he is ‘always angry’. School counselling suggested.",
        "15/03/2022",
        "Fracture of metacarpal",
    )
    f.put(
        Ok("2022-08-10"),
        "10/08/2022",
        "Kirsty Alder",
        rh,
        "Face to face",
        "Post-overdose review after ED attendance on 08/08.\nDeclined the crisis team; agreed to"
        " self-refer to talking therapies. Partner in the waiting room – asked to see Kirsty"
        " alone and she agreed. Denied DA.",
        "11/08/2022",
        "Overdose of paracetamol",
    )
    f.put(
        Ok("2022-11-29"),
        "29/11/2022",
        "Kirsty Alder",
        po,
        "Face to face",
        "Positive pregnancy test; LMP 14/09/2022. Booked with community midwife. Maternity"
        " exemption form signed (£0 prescriptions).",
        "29/11/2022",
        "Pregnant",
    )
    f.put(
        Ok("2023-03-01", "month"),
        "Mar-23",
        "Dean Whitlock",
        "Reception",
        "Administration",
        "Registered as a temporary resident at 14 Larkspur Close (previous GP in Porthwick)."
        " Summary care record requested.",
        "14/03/2023",
        "Temporary resident",
    )
    f.put(
        No("no date seen; only the date the letter was filed"),
        "",
        "Oscar Alder",
        "Admin",
        "Letter",
        "CAMHS letter scanned: Oscar’s partnership appointment offered for 11/05/2023.",
        "04/04/2023",
        "Letter from CAMHS",
    )
    f.put(
        Ok("2023-07-31"),
        "31/07/2023",
        "Ruby Whitlock",
        cs,
        "Baby check",
        "6-8 week baby check – not brought. Second attempt. HV informed by task.",
        "02/08/2023",
        "Did not attend",
    )
    f.put(
        Ok("2023-10-12"),
        "12/10/2023",
        "Ruby Whitlock",
        rh,
        "Face to face",
        "Review after the CP medical at the Children’s Hospital. Seen with maternal grandmother,"
        " her carer under the safety plan. Rib fracture healing; weight 5.9kg. No new marks.",
        "12/10/2023",
        "Child protection",
    )
    f.put(
        Ok("2024-02-22"),
        "22/02/2024",
        "Poppy Alder",
        po,
        "Asthma review",
        "Not brought to asthma review. Preventer prescription not collected since November.",
        "22/02/2024",
        "Did not attend",
    )
    f.put(
        No("future date: 2027 typed for 2024"),
        "14/03/2027",
        "Poppy Alder",
        cs,
        "Telephone",
        "Call with mum about asthma; inhaler technique explained; preventer reissued.",
        "14/03/2024",
        "Asthma",
    )
    f.put(
        Ok("2024-05-09"),
        "09/05/2024",
        "Kirsty Alder",
        rh,
        "Telephone",
        "Kirsty asked for a letter for housing saying the house is making Poppy’s asthma worse."
        " Says Dean has moved out – ‘for good this time’. Sertraline increased to 100mg.",
        "10/05/2024",
        "Medication review",
    )
    f.write(out / case.file, "cp1252")
    return case


# ----------------------------------------------------------------------------- 8 Police


POLICE_HEADER = (
    "Occurrence Ref",
    "Date recorded",
    "Occurrence date",
    "Time",
    "Incident type",
    "Summary",
    "Risk level (DASH)",
    "Action taken",
    "OIC",
)


def _police(out: Path) -> Case:
    case = Case(
        "Police_chronology.xlsx",
        "Police",
        "Police",
        "Summary",
        styles=(
            "protective marking and title block above the table",
            "two date columns: 'Date recorded' (first) and 'Occurrence date'",
            "time column: 2240hrs, 14:10, 9.45pm, 0130hrs, 11.55pm",
            "print heading and header repeated mid-sheet",
            "'Risk level (DASH)', 'Action taken' columns; blank occurrence date",
        ),
    )
    wb = _workbook()
    s = _XSheet(wb, case, "PPU chronology", (14, 12, 12, 9, 22, 70, 12, 36, 20))
    s.put(Skip("protective marking"), "OFFICIAL-SENSITIVE", merge_to=9, bold=True)
    s.put(
        Skip("title"),
        "Northshire Police – Public Protection Unit chronology (CSPR/24/007)",
        merge_to=9,
        bold=True,
    )
    s.put(
        Skip("title: search details"),
        "Search period 01/01/2021 – 30/06/2024. Subjects: Kirsty ALDER, Dean WHITLOCK, Oscar ALDER",
        merge_to=9,
    )
    s.blank()
    s.header(*POLICE_HEADER)
    rg, ko = "PC 2231 R. Gledhill", "DS 880 K. Oyelaran"
    s.put(
        Ok("2021-12-24", "day", "22:40"),
        "NP-21-556120",
        "25/12/2021",
        D(2021, 12, 24),
        "2240hrs",
        "Domestic – assault",
        "Neighbour reported a woman screaming at 14 Larkspur Close. Kirsty ALDER had a cut above"
        " her eye; said she fell. Dean WHITLOCK had left before police arrived. Two children in"
        " the house (Oscar 11, Poppy 5).",
        "Standard",
        "DASH declined. Operation Encompass notification to schools. PPN to MASH.",
        rg,
    )
    s.put(
        Ok("2022-01-04", "day", "14:10"),
        "NP-22-003318",
        "05/01/2022",
        D(2022, 1, 4),
        "14:10",
        "Domestic – follow-up",
        "Follow-up visit to Kirsty. Declined to make a statement. Officer noted bruising to her"
        " wrist.",
        "Medium",
        "DVPN considered, criteria not met. Referral to IDVA.",
        "DC 4410 S. Mayhew",
    )
    s.put(
        Ok("2022-11-15", "day", "21:45"),
        "NP-22-611902",
        "16/11/2022",
        D(2022, 11, 15),
        "9.45pm",
        "Drugs – possession with intent",
        "Vehicle stopped on the A3104. Oscar ALDER (12) rear passenger with two adult males;"
        " cannabis and £640 cash found. Oscar arrested and interviewed with an appropriate"
        " adult.",
        "N/A",
        "Released under investigation. Child exploitation referral to MASH.",
        "PC 1987 D. Varga",
    )
    s.put(
        Ok("2023-03-01", "day", "01:30"),
        "NP-23-140077",
        "02/03/2023",
        D(2023, 3, 1),
        "0130hrs",
        "Domestic – verbal",
        "Neighbour heard shouting and a crash. Kirsty (pregnant) and Dean both present; damage to"
        " a bedroom door. Both said it was 'just an argument'.",
        "Medium",
        "PPN to MASH. Midwife informed via MASH.",
        rg,
    )
    s.put(Skip("repeated print heading"), "OFFICIAL-SENSITIVE", merge_to=9, bold=True)
    s.put(Skip("repeated header row"), *POLICE_HEADER, bold=True)
    s.put(
        Ok("2023-10-05", "day", "13:20"),
        "NP-23-501866",
        "05/10/2023",
        D(2023, 10, 5),
        "13:20",
        "Child protection",
        "Strategy discussion with CSC and health after Ruby WHITLOCK (15 weeks) presented with"
        " facial bruising. Police to lead a joint S47 enquiry.",
        "N/A",
        "Joint visit arranged; parents to be interviewed.",
        ko,
    )
    s.put(
        Ok("2023-10-06", "day", "10:00"),
        "NP-23-501866",
        "09/10/2023",
        "06/10/2023",
        "10:00",
        "Child protection",
        "Joint visit with the social worker. Parents interviewed voluntarily about Ruby's"
        " injuries; both deny harming her. Neither explains the rib fracture.",
        "N/A",
        "Investigation ongoing. Ruby to stay with maternal grandmother.",
        ko,
    )
    s.put(
        Ok("2024-01-13", "day", "23:55"),
        "NP-24-027731",
        "14/01/2024",
        D(2024, 1, 13),
        "11.55pm",
        "Missing person",
        "Kirsty reported Oscar missing since 17:00. Found at 01:30 on 14/01 in a car in Porthwick"
        " with an adult male known for drug supply.",
        "High (missing)",
        "Return home interview requested. Adult male arrested.",
        "PC 3012 H. Lyle",
    )
    s.put(
        Ok("2024-02-17", "day", "23:30"),
        "NP-24-069912",
        "18/02/2024",
        D(2024, 2, 17),
        "2330hrs",
        "Domestic – assault",
        "Kirsty called 999: strangled by Dean WHITLOCK in the kitchen. Ruby asleep upstairs. Dean"
        " arrested at the scene, charged and bailed not to contact Kirsty.",
        "High",
        "DASH high risk – MARAC referral. Bail conditions. PPN to MASH.",
        rg,
    )
    s.put(
        No("occurrence date blank; the recorded date is not when it happened"),
        "NP-24-088104",
        "05/03/2024",
        None,
        None,
        "Intelligence",
        "Intelligence that Dean WHITLOCK is staying at the address despite bail conditions.",
        "N/A",
        "Passed to MASH and the OIC.",
        "Intel unit",
    )
    s.put(
        Ok("2024-06-30", "day", "23:50"),
        "NP-24-402219",
        "01/07/2024",
        D(2024, 6, 30),
        "23:50",
        "Drugs – possession with intent",
        "Oscar ALDER arrested in Easthaven town centre with 14 wraps of cocaine. Interviewed with"
        " an appropriate adult.",
        "N/A",
        "NRM referral. Released under investigation. YJS notified.",
        "PC 1987 D. Varga",
    )
    s.blank()
    s.put(Skip("footer"), "End of chronology")
    wb.save(out / case.file)
    return case


# ----------------------------------------------------------------------------- 9 Probation (Word)


def _probation(out: Path) -> Case:
    case = Case(
        "return (2).docx",
        "Probation",
        "Probation",
        "Summary of contact",
        styles=(
            "Word document, neutral file name; agency in the heading and document control",
            "document-control, version-history (with dates) and sign-off tables around the"
            " chronology (table 3)",
            "merged section sub-headers with dates in them; a date cell merged down two rows;"
            " contact type and summary merged across",
            "cells with several paragraphs; 'Oct 2022' and 'Nov/Dec 2022'",
        ),
    )
    doc = Document()
    doc.add_heading("Northshire Probation Delivery Unit", level=1)
    doc.add_paragraph("Child Safeguarding Practice Review – agency chronology return")
    control = Skip("document control table")
    _docx_table(
        doc,
        case,
        1,
        [
            (control, ["Agency", "Probation Service – Northshire Probation Delivery Unit"]),
            (control, ["Author", "Priya Lanchester, Senior Probation Officer"]),
            (control, ["Review", "CSPR Child R (Easthaven Safeguarding Children Partnership)"]),
            (control, ["Date of return", "11/09/2024"]),
        ],
    )
    doc.add_paragraph("Version history")
    version = Skip("version history table")
    _docx_table(
        doc,
        case,
        2,
        [
            (version, ["Version", "Date", "Changes", "By"]),
            (version, ["0.1", "02/08/2024", "First draft", "PL"]),
            (version, ["1.0", "11/09/2024", "Final after quality assurance", "Head of PDU"]),
        ],
        bold_rows=1,
    )
    doc.add_paragraph("Chronology of probation involvement with Dean Whitlock (DOB 30/04/1990)")
    pl, ob = "Priya Lanchester", "Oluwaseun Brand"
    headers = ["Date", "Contact type", "Summary of contact", "Risk level", "Probation Practitioner"]
    sub = Skip("section sub-header")
    sentencing = (
        "Sentencing: 26 weeks' custody suspended for 18 months, a Restraining Order (no contact"
        " with Kirsty) and Building Better Relationships again. Risk of serious harm to children"
        " assessed as high."
    )
    rows: list[tuple[Expect, Sequence[DocCell]]] = [
        (HEADER, headers),
        (
            sub,
            [
                "Community Order (12 months) imposed 15/06/2022 – Rehabilitation Activity"
                " Requirement and Building Better Relationships",
                None,
                None,
                None,
                None,
            ],
        ),
        (
            Ok("2022-06-20"),
            [
                "20/06/2022",
                "Induction",
                [
                    "Induction appointment at the Easthaven office.",
                    "Dean said he lives alone in Porthwick; checks later showed he was staying at"
                    " 14 Larkspur Close most nights.",
                    "Domestic abuse safeguarding checks requested from police and children's"
                    " services.",
                ],
                "Medium",
                pl,
            ],
        ),
        (
            Ok("2022-07-11"),
            [
                "11/07/2022",
                "Office appointment",
                [
                    "Children's services check returned: Dean's partner Kirsty has two children"
                    " known to MASH after a domestic incident in December 2021.",
                    "Dean had not disclosed the relationship. Risk to children reassessed.",
                ],
                "High",
                pl,
            ],
        ),
        (
            Ok("2022-09-09"),
            [
                "09/09/2022",
                "Office appointment",
                [
                    "Dean attended but was angry about the group programme.",
                    "Said Kirsty 'winds him up'.",
                ],
                "High",
                pl,
            ],
        ),
        (
            Ok("2022-09-09"),
            [
                None,
                "Telephone call with CSC",
                ["Shared Dean's risk assessment with the MASH social worker the same afternoon."],
                "High",
                pl,
            ],
        ),
        (
            Ok("2022-10-01", "month"),
            [
                "Oct 2022",
                "Programme",
                ["Started Building Better Relationships (weekly group, Tuesdays)."],
                "High",
                "BBR facilitators",
            ],
        ),
        (
            No("vague date: 'Nov/Dec 2022'"),
            [
                "Nov/Dec 2022",
                "Programme",
                ["Missed two group sessions; one accepted as sickness."],
                "High",
                "BBR facilitators",
            ],
        ),
        (sub, ["New offence and pre-sentence report (2024)", None, None, None, None]),
        (
            Ok("2024-03-18"),
            [
                "18/03/2024",
                "PSR interview",
                [
                    "Pre-sentence report interview after Dean was charged with non-fatal"
                    " strangulation of Kirsty (17/02/2024).",
                    "Dean minimised, said it was 'a push'.",
                    "He knew a baby was in the house.",
                ],
                "High",
                ob,
            ],
        ),
        (Ok("2024-04-02"), ["02/04/2024", sentencing, None, "High", ob]),
        (
            Ok("2024-05-21"),
            [
                "21/05/2024",
                "Home visit",
                [
                    "Unannounced home visit to Dean's bail address in Porthwick. Not at home;"
                    " neighbour said he 'stays at his girlfriend's in Easthaven'.",
                    "Reported to police as a possible breach of the restraining order.",
                ],
                "High",
                ob,
            ],
        ),
    ]
    _docx_table(
        doc,
        case,
        3,
        rows,
        headers=headers,
        merges=[(2, 1, 2, 5), (5, 1, 6, 1), (9, 1, 9, 5), (11, 2, 11, 3)],
        bold_rows=1,
    )
    doc.add_paragraph("Sign-off")
    sign = Skip("sign-off table")
    _docx_table(
        doc,
        case,
        4,
        [
            (sign, ["Signed", "P. Lanchester"]),
            (sign, ["Position", "Senior Probation Officer"]),
            (sign, ["Date", "11/09/2024"]),
        ],
    )
    doc.save(str(out / case.file))
    return case


# ----------------------------------------------------------------------------- 10 CAMHS (Word)


def _camhs(out: Path) -> Case:
    case = Case(
        "CAMHS_chronology.docx",
        "CAMHS",
        "Health",
        "Details",
        styles=(
            "Word document: version-control table, chronology, sign-off table",
            "two-row header: merged 'Date/Time' over Date/Time and 'Contact' over"
            " Type/Details, other headers merged down",
            "times 14:35, 1600hrs, 2.35pm, 11.00am, '1530 hrs'; multi-paragraph details",
            "row with no date",
        ),
    )
    doc = Document()
    doc.add_heading("Northshire CAMHS (Child and Adolescent Mental Health Service)", level=1)
    doc.add_paragraph("Chronology – Oscar Alder (DOB 09/02/2010)")
    control = Skip("version control table")
    _docx_table(
        doc,
        case,
        1,
        [
            (control, ["Document", "CAMHS chronology for CSPR Child R"]),
            (control, ["Version", "1.2"]),
            (control, ["Date", "30/08/2024"]),
            (control, ["Owner", "Named Nurse for Safeguarding, CAMHS"]),
        ],
    )
    doc.add_paragraph("")
    nf = "Nadia Ferreira (CAMHS practitioner)"
    rows: list[tuple[Expect, Sequence[DocCell]]] = [
        (
            Skip("group header row"),
            ["Date/Time", None, "Contact", None, "Clinician", "Outcome / next steps"],
        ),
        (Skip("sub-header row"), ["Date", "Time", "Type", "Details", None, None]),
        (
            Ok("2023-02-21", "day", "14:35"),
            [
                "21/02/2023",
                "14:35",
                "Referral",
                [
                    "Referral received from GP (Dr C. Strade): anger, poor sleep, self-harm by"
                    " scratching his forearms.",
                    "Triaged as routine.",
                ],
                "Duty clinician A. Marsh",
                "Choice appointment offered",
            ],
        ),
        (
            Ok("2023-03-07", "day", "16:00"),
            [
                "07/03/2023",
                "1600hrs",
                "Choice appointment",
                [
                    "Oscar seen with mum. Low mood and anger at home; says he 'can't stand' mum's"
                    " boyfriend.",
                    "Disclosed cannabis use most days.",
                    "Kirsty said things were 'fine now'.",
                ],
                nf,
                "Partnership appointments; risk plan shared with GP",
            ],
        ),
        (
            Ok("2023-04-04", "day", "14:35"),
            [
                "04/04/2023",
                "2.35pm",
                "Letter",
                ["Letter to Kirsty and GP offering a partnership appointment on 11/05/2023."],
                "Admin",
                "Appointment booked",
            ],
        ),
        (
            Ok("2023-05-11"),
            [
                "11/05/2023",
                "",
                "DNA",
                ["Oscar not brought to the partnership appointment. No answer on mum's phone."],
                nf,
                "Second appointment offered; school contacted",
            ],
        ),
        (
            Ok("2023-05-12", "day", "09:15"),
            [
                "12/05/2023",
                "09:15",
                "Telephone",
                [
                    "Call to the school's designated safeguarding lead: Oscar's attendance 71%,"
                    " seen with older youths at the school gates."
                ],
                nf,
                "Consider referral to complex safeguarding",
            ],
        ),
        (
            No("no date"),
            [
                "",
                "",
                "Note",
                ["Practitioner left the service; case held on the duty list until re-allocation."],
                "Team manager",
                "Awaiting allocation",
            ],
        ),
        (
            Ok("2024-01-01", "day", "00:40"),
            [
                "01/01/2024",
                "00:40",
                "Crisis assessment",
                [
                    "Seen in Northshire General ED after being found intoxicated in Easthaven"
                    " Park.",
                    "Denied suicidal intent. Said he 'owes people' and could not say more in front"
                    " of staff.",
                    "Mum attended; Dean not present.",
                ],
                "Dr Imogen Falstead (on call)",
                "Urgent follow-up within 7 days",
            ],
        ),
        (
            Ok("2024-01-09", "day", "11:00"),
            [
                "09/01/2024",
                "11.00am",
                "Follow-up",
                [
                    "Face-to-face follow-up at clinic. Oscar more open: described being made to"
                    " carry packages for older males.",
                    "Shared with YJS and CSC the same day.",
                ],
                nf,
                "Referral to the complex safeguarding team",
            ],
        ),
        (
            Ok("2024-04-05", "day", "15:30"),
            [
                "05/04/2024",
                "1530 hrs",
                "Review",
                [
                    "Review after the missing episode. Oscar disengaged, said CAMHS 'can't help'.",
                    "Agreed to keep the case open with the YJS health worker as the link.",
                ],
                nf,
                "Case remains open",
            ],
        ),
    ]
    _docx_table(
        doc,
        case,
        2,
        rows,
        headers=["Date", "Time", "Type", "Details", "Clinician", "Outcome / next steps"],
        merges=[(1, 1, 1, 2), (1, 3, 1, 4), (1, 5, 2, 5), (1, 6, 2, 6)],
        bold_rows=2,
    )
    doc.add_paragraph("")
    sign = Skip("sign-off table")
    _docx_table(
        doc,
        case,
        3,
        [
            (
                sign,
                [
                    "Completed by",
                    "Dr Imogen Falstead, Consultant Child and Adolescent Psychiatrist",
                ],
            ),
            (sign, ["Date", "30/08/2024"]),
        ],
    )
    doc.save(str(out / case.file))
    return case


# ----------------------------------------------------------------------------- 11 ICB


def _icb(out: Path) -> Case:
    case = Case(
        "Safeguarding_team_chronology_Jul24.xlsx",
        "Northshire ICB",
        "Health",
        "Summary",
        styles=(
            "neutral file name; front sheet says 'Northshire CCG (now ... ICB)'",
            "front sheet, chronology sheet and an empty Sheet2",
            "'Analysis' and 'Lead professional' columns; 'July 2022'; 'Summer 2023'",
        ),
    )
    wb = _workbook()
    c = _XSheet(wb, case, "Front sheet", (90,))
    c.put(
        Skip("front sheet title"),
        "NHS Northshire CCG – Designated Professionals for Safeguarding Children",
        bold=True,
    )
    c.put(
        Skip("front sheet: agency"),
        "Agency: Northshire CCG (now NHS Northshire Integrated Care Board)",
    )
    c.put(
        Skip("front sheet: subject"),
        "Chronology of designated professional involvement – CSPR Child R",
    )
    c.put(
        Skip("front sheet: author"), "Author: Designated Nurse for Safeguarding Children, July 2024"
    )
    s = _XSheet(wb, case, "Chronology", (12, 26, 70, 60, 30))
    s.header("Date", "Source", "Summary", "Analysis", "Lead professional")
    dn = "Designated Nurse (G. Halloran)"
    s.put(
        Ok("2022-01-12"),
        D(2022, 1, 12),
        "Riverside Medical Practice",
        "Practice safeguarding lead sought advice from the CCG safeguarding team about Kirsty's"
        " injury and the police notification of domestic abuse.",
        "Advice given to code the children's records and share with the health visitor. No record"
        " that the children's records were coded.",
        dn,
    )
    s.put(
        Ok("2022-07-01", "month"),
        "July 2022",
        "CCG / ICB",
        "Safeguarding children supervision for Riverside practice leads; the Alder family"
        " discussed as a case of concern.",
        "Transition from CCG to ICB: the supervision record was held on the old CCG system and"
        " migrated later.",
        dn,
    )
    s.put(
        Ok("2022-08-11"),
        D(2022, 8, 11),
        "Northshire General Hospital",
        "Email from the ED safeguarding team about Kirsty's overdose with children at home; MASH"
        " referral confirmed.",
        "No ICB follow-up needed.",
        dn,
    )
    s.put(
        No("vague date: 'Summer 2023'"),
        "Summer 2023",
        "Riverside Medical Practice",
        "Practice safeguarding audit: the children's records were still not linked to their"
        " mother's.",
        "Audit finding not escalated.",
        "Named GP (Dr A. Sethi)",
    )
    s.put(
        Ok("2023-10-06"),
        D(2023, 10, 6),
        "Strategy discussion",
        "Designated Doctor attended the second strategy discussion about Ruby's rib fracture and"
        " facial bruise.",
        "Health information brought together for the first time: ED, GP, HV and midwifery records"
        " all held relevant concerns.",
        "Designated Doctor (Dr P. Veeraswamy)",
    )
    s.put(
        Ok("2023-10-20"),
        D(2023, 10, 20),
        "ICPC",
        "Report provided to the initial child protection conference on behalf of health agencies.",
        "Good practice: a single health report.",
        dn,
    )
    s.put(
        Ok("2024-07-02"),
        D(2024, 7, 2),
        "Rapid review",
        "ICB contributed to the rapid review for Ruby and recommended a CSPR.",
        "Learning: health agencies did not see the pattern of injuries across two hospitals.",
        dn,
    )
    wb.create_sheet("Sheet2")
    wb.save(out / case.file)
    return case


# ----------------------------------------------------------------------------- 12 CSC


def _csc(out: Path) -> Case:
    case = Case(
        "CSC_chronology.xlsx",
        "Children's social care",
        "Children's social care",
        "Narrative / analysis of significance",
        styles=(
            "title block and a note explaining the two date columns",
            "'Date of contact' vs 'Date recorded' (text and date cells)",
            "text header naming significance beside a short 'Team' column (MASH, CP Team)",
            "'Ref No'; a dated row with nothing recorded; 15/13/2024",
        ),
    )
    wb = _workbook()
    s = _XSheet(wb, case, "Chronology", (9, 13, 13, 18, 80, 16, 36))
    s.put(
        Skip("title"),
        "Easthaven Children's Services – Social Care Chronology",
        merge_to=7,
        bold=True,
    )
    s.put(
        Skip("title: children"),
        "Children: Oscar Alder, Poppy Alder, Ruby Whitlock    LCS ref 2209114",
        merge_to=7,
    )
    s.put(
        Skip("note above the table"),
        "Please note: 'Date recorded' is the date the case note was written up on LCS; 'Date of"
        " contact' is when it happened.",
        merge_to=7,
    )
    s.blank()
    s.header(
        "Ref No",
        "Date of contact",
        "Date recorded",
        "Team",
        "Narrative / analysis of significance",
        "Worker",
        "Outcome",
    )
    jd, hg, ta, mr = "Jaspreet Doal", "Hannah Greaves", "Tom Adeyemi", "Megan Rourke"
    s.put(
        Ok("2021-12-29"),
        "C-0001",
        D(2021, 12, 29),
        "06/01/2022",
        "MASH",
        "Police notification of a domestic incident on 24/12/2021 (mother injured, children"
        " present). Screened as standard risk. Analysis: first notification; no history known to"
        " MASH, but the partner's probation history was not checked.",
        jd,
        "NFA – advice letter to mother; schools informed",
    )
    s.put(
        Ok("2022-03-14"),
        "C-0002",
        D(2022, 3, 14),
        "14/03/2022",
        "MASH",
        "School nurse contact: Oscar broke his hand punching a wall at home and said mum's"
        " boyfriend winds him up. Analysis: second contact in 3 months with conflict at home;"
        " early help threshold.",
        jd,
        "Early help offered; declined by mother",
    )
    s.put(
        Ok("2022-08-09"),
        "C-0003",
        D(2022, 8, 9),
        "15/08/2022",
        "MASH",
        "ED referral: mother's overdose with the children at home with her partner overnight."
        " Police checks showed Dean on probation for violence against a former partner."
        " Analysis: cumulative risk now visible; decision to assess.",
        hg,
        "Child and family assessment",
    )
    s.put(
        Ok("2023-03-28"),
        "C-0011",
        D(2023, 3, 28),
        "05/04/2023",
        "MASH",
        "Referral from maternity triage: fingertip bruising to mother's arm at 28 weeks, partner"
        " controlling. Analysis: pattern of DA across two years with a baby due; the pre-birth"
        " assessment started late.",
        ta,
        "Pre-birth assessment; planning meeting",
    )
    s.put(
        Ok("2023-09-12"),
        "C-0017",
        D(2023, 9, 12),
        "19/09/2023",
        "Assessment Team",
        "Joint home visit with the health visitor. Ruby's weight has dropped two centiles; bottle"
        " propping seen. Dean hostile to professionals. Analysis: neglect indicators alongside DA;"
        " strategy discussion if any further concern.",
        ta,
        "Child in need plan",
    )
    s.put(
        Ok("2023-10-05"),
        "C-0019",
        D(2023, 10, 5),
        D(2023, 10, 5),
        "MASH",
        "Strategy discussion (police, health, CSC) after Ruby's facial bruising. Analysis:"
        " bruising in a non-mobile baby with earlier neglect concerns; S47 threshold clearly"
        " met.",
        hg,
        "S47 joint enquiry; Ruby to stay with maternal grandmother",
    )
    s.put(
        Ok("2023-10-24"),
        "C-0021",
        D(2023, 10, 24),
        "30/10/2023",
        "CP Team",
        "Initial child protection conference. All three children made subject to child"
        " protection plans (Ruby: physical abuse; Oscar and Poppy: emotional abuse). Analysis:"
        " the first multi-agency view of all the risks; Dean did not attend.",
        ta,
        "CP plans; core group within 10 days",
    )
    s.put(
        No("a date and a worker but nothing recorded"),
        "C-0022",
        D(2023, 11, 6),
        None,
        None,
        None,
        ta,
        None,
    )
    s.put(
        Ok("2024-01-15"),
        "C-0025",
        D(2024, 1, 15),
        "22/01/2024",
        "CP Team",
        "Strategy discussion after Oscar's missing episode and being found with an adult drug"
        " supplier. Analysis: child criminal exploitation; Oscar's risks were managed apart from"
        " his sisters'.",
        mr,
        "Complex safeguarding referral; NRM",
    )
    s.put(
        No("impossible date: month 13"),
        "C-0029",
        "15/13/2024",
        "22/04/2024",
        "CP Team",
        "Core group meeting; Kirsty reports Dean is not visiting.",
        mr,
        "Plan continues",
    )
    s.put(
        Ok("2024-07-01"),
        "C-0033",
        D(2024, 7, 1),
        "03/07/2024",
        "CP Team",
        "Review child protection conference. Plans continued for all three children. Analysis:"
        " Dean's repeated presence in breach of bail and the restraining order was known to"
        " several agencies but not brought together.",
        mr,
        "CP plans continue",
    )
    wb.save(out / case.file)
    return case


# ----------------------------------------------------------------------------- 13 School


def _school(out: Path) -> Case:
    case = Case(
        "Copy of chronology template.xlsx",
        "School",
        "Education",
        "What happened",
        styles=(
            "neutral file name; school named in the title row",
            "instructions sheet before the chronology sheet",
            "date column headed 'When': weekday dates, 06.10.23, date cells, 'February 2024',"
            " 'Autumn term 2022', blank",
            "'Action taken', 'Parent informed?' columns",
        ),
    )
    wb = _workbook()
    i = _XSheet(wb, case, "Instructions", (90,))
    i.put(Skip("instructions"), "How to complete this chronology", bold=True)
    i.put(Skip("instructions"), "1. Enter one event per row, oldest first.")
    i.put(Skip("instructions"), "2. Enter dates as dd/mm/yyyy.")
    i.put(Skip("instructions"), "3. Save as: [Agency] chronology [Child initials].")
    s = _XSheet(wb, case, "Chronology", (18, 22, 20, 70, 36, 12))
    s.put(
        Skip("title"),
        "St Aldhelm's C of E Primary School – safeguarding chronology (CPOMS export)",
        merge_to=6,
        bold=True,
    )
    s.put(Skip("title: pupil"), "Pupil: Poppy Alder   Year 2/3   DOB 22/07/2016", merge_to=6)
    s.header("When", "Logged by", "Category", "What happened", "Action taken", "Parent informed?")
    dsl, teacher, att = (
        "Mrs K. Lusted (DSL)",
        "Miss R. Chowdry (class teacher)",
        "Attendance officer",
    )
    s.put(
        Ok("2022-01-04"),
        _weekday(D(2022, 1, 4)),
        dsl,
        "Operation Encompass",
        "Operation Encompass notification from police: domestic incident at home on Christmas"
        " Eve. Poppy quiet but settled in class.",
        "Class teacher told; monitoring",
        "No",
    )
    s.put(
        Ok("2022-06-23"),
        D(2022, 6, 23),
        teacher,
        "Disclosure",
        "Poppy said 'Dean shouts at mummy and made her cry'. Recorded verbatim.",
        "DSL informed; logged, no referral",
        "No",
    )
    s.put(
        No("vague date: 'Autumn term 2022'"),
        "Autumn term 2022",
        att,
        "Attendance",
        "Attendance 84.2% for the autumn term; 11 sessions unauthorised.",
        "Attendance letter 1 sent",
        "Yes",
    )
    s.put(
        Ok("2023-10-06"),
        "06.10.23",
        dsl,
        "Information from CSC",
        "Social worker told school that Ruby (Poppy's baby sister) has injuries and that Poppy is"
        " staying with her grandmother. Poppy tired, said she 'doesn't like sleeping at Nan's'.",
        "Daily pastoral check-ins",
        "Yes",
    )
    s.put(
        Ok("2023-11-20"),
        D(2023, 11, 20),
        teacher,
        "Neglect",
        "Poppy arrived without a coat, hungry at breakfast club, and said mum was 'sleeping all"
        " the time'.",
        "Shared with social worker; breakfast club place funded",
        "No",
    )
    s.put(
        Ok("2024-01-16"),
        "16/01/2024",
        dsl,
        "Meeting",
        "Attended the child protection core group. Attendance now 79%. Poppy's reading has fallen"
        " behind.",
        "Attendance plan",
        "Yes",
    )
    s.put(
        Ok("2024-02-01", "month"),
        "February 2024",
        att,
        "Attendance",
        "Persistent absence: 14 sessions missed in February, mostly Mondays and Fridays.",
        "Letter 2 sent and meeting offered",
        "Yes",
    )
    s.put(
        Ok("2024-02-19"),
        D(2024, 2, 19),
        dsl,
        "Operation Encompass",
        "Operation Encompass notification: police attended the home on 17/02/2024 after a serious"
        " assault on mum. Poppy was at her grandmother's.",
        "DSL check-in; class teacher told",
        "Yes",
    )
    s.put(
        No("no date"),
        None,
        teacher,
        "Disclosure",
        "Poppy told her teacher 'Dean is back at our house again but it's a secret'.",
        "DSL informed; social worker emailed",
        "No",
    )
    s.put(
        Ok("2024-05-24"),
        _weekday(D(2024, 5, 24)),
        dsl,
        "Meeting",
        "End of term review with mum. Attendance for the year 81%.",
        "Attendance plan continues",
        "Yes",
    )
    wb.save(out / case.file)
    return case


# ----------------------------------------------------------------------------- 14 Housing


HOUSING_HEADER = ("", "Officer", "Contact", "Notes", "Outcome")


def _housing(out: Path) -> Case:
    case = Case(
        "Housing_chronology.csv",
        "Housing",
        "Housing",
        "Notes",
        styles=(
            "CSV in cp1252 (£ ’ –), title line above the header",
            "date column with a blank header",
            "'Page 2' line and the header repeated mid-file",
            "'Jan 2023', 'n/k', a date with a time in the date column",
        ),
    )
    f = _Csv(case)
    f.put(
        Skip("title line"),
        "Northshire Homes – Housing Management contact log – tenancy ref NH/LC/0014",
    )
    f.rec.headers = list(HOUSING_HEADER)
    f.put(HEADER, *HOUSING_HEADER)
    tb = "T. Brannigan"
    f.put(
        Ok("2021-02-03"),
        "03/02/2021",
        tb,
        "Tenancy sign-up",
        "Sole tenancy signed by Kirsty Alder for 14 Larkspur Close (3-bed house). Household:"
        " Kirsty, Oscar, Poppy. Rent £112.40 a week.",
        "Tenancy started",
    )
    f.put(
        Ok("2021-09-17"),
        "17/09/2021",
        "Repairs team",
        "Repair",
        "Front door frame split and lock broken. Tenant said the door was ‘kicked in by someone’.",
        "Repaired 21/09/2021; recharge waived",
    )
    f.put(
        Ok("2021-12-28"),
        "28/12/2021",
        tb,
        "Neighbour complaint",
        "Neighbour at no. 12 complained about shouting and banging on Christmas Eve and a man’s"
        " voice saying ‘I’ll kill you’.",
        "ASB case opened; tenant visited",
    )
    f.put(
        Ok("2022-04-04"),
        "04/04/2022",
        "Income team",
        "Arrears",
        "Rent arrears £1,146.80. Tenant said her partner ‘handles the money’.",
        "Payment plan £10 a week; referred to money advice",
    )
    f.put(Skip("page marker"), "Page 2")
    f.put(Skip("repeated header row"), *HOUSING_HEADER)
    f.put(
        Ok("2022-10-19"),
        "19/10/2022",
        tb,
        "Home visit",
        "Tenancy audit. Home conditions poor: dog mess in the back garden, mould in the children’s"
        " bedroom. A man (Dean Whitlock) at the property said he ‘just visits’.",
        "Unauthorised occupant query; mould repairs raised",
    )
    f.put(
        Ok("2023-01-01", "month"),
        "Jan 2023",
        "Income team",
        "Arrears",
        "Arrears rose to £1,620 over January; Universal Credit housing element paid into the"
        " partner’s account.",
        "Notice of seeking possession considered",
    )
    f.put(
        No("date not known: 'n/k'"),
        "n/k",
        tb,
        "Phone",
        "Anonymous caller said the children were left alone in the house at night.",
        "Passed to MASH",
    )
    f.put(
        Ok("2023-07-11"),
        "11/07/2023",
        "Legal",
        "NOSP",
        "Notice of seeking possession served for arrears of £1,905.",
        "Tenant to contact the income team",
    )
    f.put(
        Ok("2024-02-02"),
        "02/02/2024",
        tb,
        "Home visit",
        "Visit with the social worker. Kirsty asked for a management move to get away from Dean."
        " Ruby living at her grandmother’s.",
        "Management move application started",
    )
    f.put(
        Ok("2024-05-15", "day", "10:30"),
        "15/05/2024 10:30",
        "A. Kaur",
        "Interview",
        "Homelessness interview – Kirsty says Dean keeps coming to the house despite the"
        " restraining order. Offered temporary accommodation at Maple Court.",
        "Temporary accommodation offered",
    )
    f.write(out / case.file, "cp1252")
    return case


# ----------------------------------------------------------------------------- 15 Domestic abuse


def _domestic_abuse(out: Path) -> Case:
    case = Case(
        "export (4).csv",
        "Domestic abuse service",
        "Voluntary",
        "Notes",
        styles=(
            "CSV, UTF-8 with BOM, neutral file name; agency in an 'Agency' column",
            "date column headed 'Entry': Feb-22, 2022, a date with a time, 'late 2023'",
            "'Risk (DASH)', 'Next steps' columns",
        ),
    )
    f = _Csv(case)
    f.header("Agency", "Entry", "Worker", "Contact", "Notes", "Risk (DASH)", "Next steps")
    wa, jf = "Northshire Women’s Aid", "Jodie Farrant (IDVA)"
    f.put(
        Ok("2022-01-05"),
        wa,
        "05/01/2022",
        jf,
        "Referral",
        "Police referral after the incident on 24/12/2021. Called Kirsty on a safe number; she"
        " did not want support while Dean was living with her.",
        "Medium",
        "Safe contact times agreed",
    )
    f.put(
        Ok("2022-02-01", "month"),
        wa,
        "Feb-22",
        jf,
        "Outreach",
        "Two outreach sessions at the children’s centre; Kirsty described financial control and"
        " Dean checking her phone.",
        "Medium",
        "Freedom Programme offered",
    )
    f.put(
        Ok("2022-03-14", "day", "11:00"),
        wa,
        "14/03/2022 11:00",
        jf,
        "Face to face",
        "Safety plan completed. Kirsty keeps the leaflets at her mother’s house.",
        "Medium",
        "Monthly check-ins",
    )
    f.put(
        Ok("2022-01-01", "year"),
        wa,
        "2022",
        "Group worker",
        "Group",
        "Kirsty attended 8 of 12 Freedom Programme sessions during 2022.",
        "Medium",
        "Certificate not issued",
    )
    f.put(
        Ok("2023-03-09"),
        wa,
        "09/03/2023",
        jf,
        "Phone",
        "Kirsty rang after the incident on 01/03/2023 and said she is pregnant. Said Dean pushed"
        " her against the door.",
        "High",
        "MARAC referral",
    )
    f.put(
        Ok("2023-03-23"),
        wa,
        "23/03/2023",
        jf,
        "MARAC",
        "Case heard at MARAC. Actions: police flag on the address, midwife informed, housing"
        " informed.",
        "High",
        "Actions tracked",
    )
    f.put(
        No("vague date: 'late 2023'"),
        wa,
        "late 2023",
        jf,
        "Phone",
        "Several unanswered calls to Kirsty’s safe number.",
        "High",
        "Case closed for non-engagement",
    )
    f.put(
        Ok("2024-02-19"),
        wa,
        "19/02/2024",
        jf,
        "Face to face",
        "Seen at her mother’s address after the strangulation on 17/02/2024. DASH 19/24 – very"
        " high risk. Supported Kirsty with her police statement.",
        "High",
        "MARAC re-referral; refuge offered and declined",
    )
    f.put(
        Ok("2024-07-12"),
        wa,
        "12/07/2024",
        "Mel Orrin (CYP worker)",
        "Children’s worker",
        "First session with Poppy (7) about feelings and safety at home – ‘Dean is scary when he"
        " drinks’.",
        "High",
        "Weekly sessions",
    )
    f.write(out / case.file, "utf-8-sig")
    return case


# ----------------------------------------------------------------------------- 16 Adult MH (Word)


def _adult_mental_health(out: Path) -> Case:
    case = Case(
        "Chronology - final.docx",
        "Adult mental health",
        "Health",
        "Record of contact",
        styles=(
            "Word document, neutral file name; service named in the heading",
            "document-control and sign-off tables around the chronology (table 2)",
            "'Analysis' cell merged down two rows; multi-paragraph records",
            "times 10:30, 1400hrs, 3.15pm; 'Dec 22 / Jan 23'",
        ),
    )
    doc = Document()
    doc.add_heading(
        "Northshire Community Mental Health Team (Adult Mental Health Services)", level=1
    )
    doc.add_paragraph("Agency chronology – service user: Kirsty Alder (DOB 11/02/1994)")
    control = Skip("document control table")
    _docx_table(
        doc,
        case,
        1,
        [
            (control, ["Prepared by", "Owen Tresidder, Team Manager, Easthaven CMHT"]),
            (control, ["Date", "16/08/2024"]),
            (control, ["Status", "Final"]),
        ],
    )
    doc.add_paragraph("")
    headers = ["Date", "Time", "Type of contact", "Record of contact", "Analysis", "Practitioner"]
    fr = "CPN F. Ruddock"
    rows: list[tuple[Expect, Sequence[DocCell]]] = [
        (HEADER, headers),
        (
            Ok("2022-08-08", "day", "10:30"),
            [
                "08/08/2022",
                "10:30",
                "Liaison assessment (ED)",
                [
                    "Seen on AMU after a paracetamol overdose.",
                    "Said she took the tablets after Dean said he would leave and take the"
                    " children.",
                    "No ongoing suicidal intent; protective factors: her children, her mum.",
                ],
                "The children were at home with the partner the overdose was about: the impact"
                " on them was not considered.",
                "Liaison nurse B. Coyle",
            ],
        ),
        (
            Ok("2022-08-16"),
            [
                "16/08/2022",
                "",
                "Telephone",
                ["Follow-up call. Kirsty said she felt 'embarrassed' and did not want CMHT."],
                "Two contacts in which the partner controlled access; the practitioner did not"
                " arrange to see Kirsty alone.",
                fr,
            ],
        ),
        (
            Ok("2022-09-02", "day", "14:00"),
            [
                "02/09/2022",
                "1400hrs",
                "Home visit",
                [
                    "Kirsty seen at home. Dean answered the door and stayed in the room"
                    " throughout.",
                    "CPN did not ask about domestic abuse.",
                ],
                None,
                fr,
            ],
        ),
        (
            Ok("2022-11-15", "day", "15:15"),
            [
                "15/11/2022",
                "3.15pm",
                "Outpatient",
                [
                    "Psychiatry review. Mood improved; sertraline continued.",
                    "Kirsty 9 weeks pregnant (not in the letter to the GP).",
                ],
                "Pregnancy not shared with perinatal mental health.",
                "Dr M. Ishaq",
            ],
        ),
        (
            No("vague date: 'Dec 22 / Jan 23'"),
            [
                "Dec 22 / Jan 23",
                "",
                "Discharge",
                ["Discharged to GP after three missed appointments."],
                "Discharge did not consider the pregnancy or the children.",
                fr,
            ],
        ),
        (
            Ok("2024-02-20", "day", "11:00"),
            [
                "20/02/2024",
                "11:00",
                "Referral",
                ["Re-referred by GP after assault by partner. Placed on the waiting list."],
                "An 11-week wait for someone at very high risk of domestic abuse.",
                "Duty worker",
            ],
        ),
        (
            Ok("2024-05-08"),
            [
                "08/05/2024",
                "",
                "Assessment",
                [
                    "Assessment: PTSD symptoms, nightmares, hypervigilance.",
                    "Disclosed that Dean is still visiting.",
                ],
                "Disclosure not shared with CSC until 21/05/2024.",
                fr,
            ],
        ),
    ]
    _docx_table(doc, case, 2, rows, headers=headers, merges=[(3, 5, 4, 5)], bold_rows=1)
    doc.add_paragraph("")
    sign = Skip("sign-off table")
    _docx_table(doc, case, 3, [(sign, ["Signed", "O. Tresidder"]), (sign, ["Date", "16/08/2024"])])
    doc.save(str(out / case.file))
    return case


# ----------------------------------------------------------------------------- 17 Substance misuse


def _substance_misuse(out: Path) -> Case:
    case = Case(
        "data.xlsx",
        "Substance misuse service",
        "Voluntary",
        "Notes",
        agency_given="Substance misuse service",
        styles=(
            "neutral file name and no agency anywhere: the user gives --agency",
            "bare 'Sheet1' with the header on row 1; '??/05/2023'",
        ),
    )
    wb = _workbook()
    s = _XSheet(wb, case, "Sheet1", (12, 18, 10, 80, 16))
    s.header("Date", "Appointment type", "Attended", "Notes", "Keyworker")
    cm, ag = "Craig Mullen", "Aisha Gilmour"
    s.put(
        Ok("2022-09-20"),
        D(2022, 9, 20),
        "Assessment",
        "Yes",
        "Dean Whitlock assessed after referral from probation. Alcohol 40+ units a week, cocaine"
        " at weekends. Says he lives alone.",
        cm,
    )
    s.put(
        Ok("2022-10-04"),
        D(2022, 10, 4),
        "1:1 session",
        "No",
        "Did not attend. Text reminder sent.",
        cm,
    )
    s.put(
        Ok("2022-10-18"),
        D(2022, 10, 18),
        "1:1 session",
        "Yes",
        "AUDIT score 27. Agreed to cut down to 20 units. Mentioned 'the baby' – worker did not ask"
        " which child or where he lived.",
        cm,
    )
    s.put(
        No("day unknown: '??/05/2023'"),
        "??/05/2023",
        "Group",
        "Yes",
        "Attended the recovery group.",
        "Group facilitator",
    )
    s.put(
        Ok("2023-06-06"),
        D(2023, 6, 6),
        "Discharge",
        "N/A",
        "Discharged after 3 missed sessions; letter to probation and GP.",
        cm,
    )
    s.put(
        Ok("2024-03-26"),
        D(2024, 3, 26),
        "Re-referral",
        "Yes",
        "Re-referred by probation after the strangulation charge. Drinking daily. Said he sees"
        " his baby daughter 'most days'.",
        ag,
    )
    s.put(
        Ok("2024-04-09"),
        D(2024, 4, 9),
        "1:1 session",
        "Yes",
        "Started a detox plan with the GP. Contact with his daughter shared with probation.",
        ag,
    )
    wb.save(out / case.file)
    return case


# ----------------------------------------------------------------------------- 18 Nursery


def _nursery(out: Path) -> Case:
    case = Case(
        "Nursery_chronology.xlsx",
        "Nursery",
        "Education",
        "Details",
        styles=(
            "two-row header: merged 'Date/Time' over Date/Time and 'Contact' over Type/Details",
            "sheet named after the child; title row; sign-off line with a date",
            "times 08:05, 0810hrs, 6.15pm, a time cell; 'Spring 2024'",
        ),
    )
    wb = _workbook()
    s = _XSheet(wb, case, "Ruby", (12, 9, 18, 70, 24, 40, 10))
    s.put(Skip("title"), "Little Acorns Day Nursery – safeguarding log", merge_to=7, bold=True)
    s.blank()
    s.rec.headers = [
        "Date",
        "Time",
        "Type",
        "Details",
        "Staff member",
        "Action taken",
        "Parent informed",
    ]
    top = s.put(
        Skip("group header row"),
        "Date/Time",
        None,
        "Contact",
        None,
        "Staff member",
        "Action taken",
        "Parent informed",
        bold=True,
    )
    s.put(Skip("sub-header row"), "Date", "Time", "Type", "Details", bold=True)
    s.merge(top, 1, top, 2)
    s.merge(top, 3, top, 4)
    for col in (5, 6, 7):
        s.merge(top, col, top + 1, col)
    mgr, em = "Mrs D. Hollins (Manager)", "Ellie Marsh (key person)"
    s.put(
        Ok("2024-02-05", "day", "08:05"),
        D(2024, 2, 5),
        "08:05",
        "Start",
        "Ruby started her funded place, arranged by the social worker. Dropped off by her"
        " grandmother.",
        mgr,
        "Key person allocated",
        "Yes",
    )
    s.put(
        Ok("2024-03-11", "day", "08:10"),
        D(2024, 3, 11),
        "0810hrs",
        "Injury on arrival",
        "Small bruise (1cm) on Ruby's right upper arm noticed at drop-off. Mum said she 'bumped it"
        " on the cot'. Body map completed.",
        em,
        "DSL informed; social worker told by phone at 09:30",
        "Yes",
    )
    s.put(
        Ok("2024-04-22", "day", "18:15"),
        D(2024, 4, 22),
        "6.15pm",
        "Late collection",
        "Ruby not collected at 18:00 closing. Mum arrived smelling of alcohol; a man waited in the"
        " car.",
        mgr,
        "Logged; social worker emailed the next morning",
        "Yes",
    )
    s.put(
        Ok("2024-05-13"),
        D(2024, 5, 13),
        None,
        "Absence",
        "Ruby absent all week with no call from home. Phone not answered.",
        mgr,
        "Welfare call; social worker informed",
        "No",
    )
    s.put(
        No("vague date: 'Spring 2024'"),
        "Spring 2024",
        None,
        "Observation",
        "Key person noticed Ruby flinches when men come near her.",
        em,
        "DSL informed",
        "No",
    )
    s.put(
        Ok("2024-06-03", "day", "09:00"),
        D(2024, 6, 3),
        T(9, 0),
        "Meeting",
        "Attended the core group at the children's centre. Ruby's attendance 68% since starting.",
        mgr,
        "Attendance plan agreed",
        "Yes",
    )
    s.blank()
    s.put(
        Skip("sign-off line"),
        "Signed: D. Hollins, Nursery Manager and DSL   04/09/2024",
        merge_to=7,
    )
    wb.save(out / case.file)
    return case


BUILDERS: tuple[Callable[[Path], Case], ...] = (
    _midwifery,
    _health_visiting,
    _youth_justice,
    _general_ed,
    _childrens_ed,
    _ambulance,
    _gp,
    _police,
    _probation,
    _camhs,
    _icb,
    _csc,
    _school,
    _housing,
    _domestic_abuse,
    _adult_mental_health,
    _substance_misuse,
    _nursery,
)


def build(out_dir: Path) -> list[Case]:
    """Writes every blind return into `out_dir` and returns the cases in a fixed order."""
    out_dir.mkdir(parents=True, exist_ok=True)
    return [builder(out_dir) for builder in BUILDERS]


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp(prefix="blind_"))
    cases = build(out)
    for case in cases:
        kinds = [type(e).__name__ for e in case.rows.values()]
        print(
            f"{case.file:42} {case.organisation:24} ok {kinds.count('Ok'):2} "
            f"no {kinds.count('No'):2} skip {kinds.count('Skip'):2}"
        )
    print(f"{len(cases)} files in {out}")


if __name__ == "__main__":
    main()
