"""Blind agency returns, batch 3: twenty more chronology files, with expectations.

Written blind, like `blind_returns.py`: without reading the ingestion's column rules, readers,
agency rules or the bench's scoring, and without running the ingestion on these files. Each file
follows what a police public protection unit, a MASH contact log, a hospital ward, a CPOMS print
export, a probation officer's Word return and so on really look like; each expectation says what
a careful human reader takes from the row. The expectation types and `Case` are those of
`sample_data/blind_returns.py`.

Everything is invented: the Penhallow/Quarrie family, every practitioner, school, nursery,
surgery, hospital, ward, service, address and reference number. Postcode area ZQ does not exist;
NHS numbers are in the 999 test range.

The family: Tamsin Penhallow (DOB 14/08/1996), her partner Ryan Quarrie (DOB 02/12/1992),
Jayden Penhallow (DOB 21/05/2011), Isla Penhallow (DOB 09/10/2018) and Noah Quarrie (born
17/01/2024), of 7 Gannet Row, Porthwenna ZQ4 2LD. Maternal grandmother Lowenna Penhallow lives
at 22 Chough Lane, Porthwenna ZQ4 5HS; Jayden's father is Craig Tonkin.

Keys: (sheet, Excel row) for workbooks; ("", record number counted from the first record, title
lines and blank records included) for CSV; ("Table N", row within the table counted from its
first row) for the Nth table of a Word document, counting every table in the document.

    python sample_data/blind_returns_3.py [OUT_DIR]     # writes the files and prints a summary
"""

from __future__ import annotations

import csv
import datetime as dt
import sys
import tempfile
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from docx import Document
from docx.document import Document as DocxDocument
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.worksheet import Worksheet

try:
    from sample_data.blind_returns import Case, Cell, No, Ok, Skip
except ModuleNotFoundError:  # run as a script: python sample_data/blind_returns_3.py
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from sample_data.blind_returns import Case, Cell, No, Ok, Skip

Expect = Ok | No | Skip

# ---------------------------------------------------------------------------------------------
# Small private helpers


def _d(iso: str, time: str | None = None) -> Ok:
    """A full date (and time) a careful reader accepts."""
    return Ok(iso, "day", time)


def _m(year_month: str) -> Ok:
    """A month-only date, stored as the first of the month."""
    return Ok(f"{year_month}-01", "month")


def _y(year: str) -> Ok:
    """A year-only date, stored as 1 January."""
    return Ok(f"{year}-01-01", "year")


TITLE = "title block above the table"
HEADER = "header row"
REPEAT = "repeated header row"
NOTE = "note, not an entry"
FOOTER = "page footer"
SIGN = "sign-off line"
COVER = "cover sheet"
DOCCTL = "document control table"
DETAILS = "cover/details table"
SIGNOFF = "sign-off table"
SUBHEAD = "sub-heading row"
LOOKUP = "lookup list on a hidden sheet"


def _empty(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, list):
        return not any(p.strip() for p in value)
    return False


def _flat(value: Any) -> Cell:
    """A Word cell's paragraphs as lines; anything else as written."""
    if isinstance(value, list):
        return "\n".join(value)
    return value  # type: ignore[no-any-return]


class _Grid:
    """The rows of one sheet, CSV file or Word table, with what a careful reader takes."""

    def __init__(self, case: Case, sheet: str) -> None:
        self.case = case
        self.sheet = sheet
        self.rows: list[list[Any]] = []
        self.hdr: list[str] = []

    def _put(self, values: Sequence[Any], expect: Expect | None) -> int:
        self.rows.append(list(values))
        number = len(self.rows)
        if expect is not None:
            self.case.rows[(self.sheet, number)] = expect
        return number

    def blank(self) -> None:
        self.rows.append([])

    def skip(self, why: str, *values: Any) -> None:
        self._put(values, Skip(why))

    def header(self, *values: Any, leaves: Sequence[str] | None = None, why: str = HEADER) -> None:
        self._put(values, Skip(why))
        self.hdr = list(leaves) if leaves is not None else [str(v or "") for v in values]

    def entry(self, expect: Ok | No, *values: Any) -> None:
        assert len(values) <= len(self.hdr), (self.sheet, values)
        number = self._put(values, expect)
        self.case.cells[(self.sheet, number)] = [
            (h, _flat(v)) for h, v in zip(self.hdr, values, strict=False) if not _empty(v)
        ]


def _fill(
    ws: Worksheet,
    grid: _Grid,
    merges: Sequence[str] = (),
    bold: Sequence[int] = (),
    widths: Sequence[float] = (),
) -> None:
    """Write a grid into a worksheet: date, datetime and time cells get a UK number format."""
    for r, row in enumerate(grid.rows, start=1):
        for c, value in enumerate(row, start=1):
            if _empty(value):
                continue
            cell = ws.cell(row=r, column=c, value=_flat(value))
            if isinstance(value, dt.datetime):
                cell.number_format = "dd/mm/yyyy hh:mm"
            elif isinstance(value, dt.date):
                cell.number_format = "dd/mm/yyyy"
            elif isinstance(value, dt.time):
                cell.number_format = "hh:mm"
            elif isinstance(value, float):
                cell.number_format = "£#,##0.00"
            if isinstance(value, str) and len(value) > 40:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            if r in bold:
                cell.font = Font(bold=True)
    for rng in merges:
        ws.merge_cells(rng)
    for i, width in enumerate(widths):
        ws.column_dimensions[chr(ord("A") + i)].width = width


def _write_csv(path: Path, grid: _Grid, encoding: str = "utf-8", delimiter: str = ",") -> None:
    with path.open("w", encoding=encoding, newline="") as f:
        writer = csv.writer(f, delimiter=delimiter)
        for row in grid.rows:
            writer.writerow(["" if v is None else str(v) for v in row])


Merge = tuple[tuple[int, int], tuple[int, int]]  # ((first row, first col), (last row, last col))


def _table(
    doc: DocxDocument, grid: _Grid, merges: Sequence[Merge] = (), bold: Sequence[int] = ()
) -> None:
    """Add a grid as a Word table; rows are 1-based, columns 0-based in `merges`."""
    ncols = max(len(r) for r in grid.rows)
    table = doc.add_table(rows=len(grid.rows), cols=ncols)
    table.style = "Table Grid"
    covered: set[tuple[int, int]] = set()
    for (r1, c1), (r2, c2) in merges:
        table.cell(r1 - 1, c1).merge(table.cell(r2 - 1, c2))
        span = {(r, c) for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)}
        covered |= span - {(r1, c1)}
    for r, row in enumerate(grid.rows, start=1):
        for c, value in enumerate(row):
            if (r, c) in covered or _empty(value):
                continue
            paras = value if isinstance(value, list) else [str(value)]
            cell = table.cell(r - 1, c)
            cell.text = paras[0]
            for p in paras[1:]:
                cell.add_paragraph(p)
            if r in bold:
                for para in cell.paragraphs:
                    for run in para.runs:
                        run.font.bold = True


def _nhs(n: int) -> str:
    """The n-th NHS number in the 999 test range with a valid mod-11 check digit."""
    found = 0
    k = 999_204_310
    while True:
        digits = [int(ch) for ch in str(k)]
        check = 11 - sum(d * w for d, w in zip(digits, range(10, 1, -1), strict=True)) % 11
        check = 0 if check == 11 else check
        if check != 10:
            if found == n:
                s = f"{k}{check}"
                return f"{s[:3]} {s[3:6]} {s[6:]}"
            found += 1
        k += 1367


# ---------------------------------------------------------------------------------------------
# 1. Police: xlsx, title block, incident date vs date reported, 1430hrs times, notes below


def _police(out: Path) -> Case:
    case = Case(
        file="Carnmoor_Tamar_Police_PPU_chronology.xlsx",
        organisation="Police",
        sector="Police",
        text_header="Summary of incident and police action",
        styles=(
            "xlsx",
            "title block of 4 rows",
            "two date columns: Incident date vs Date reported",
            "dd/mm/yyyy text dates",
            "times like 2332hrs in a Time column",
            "notes below the table",
            "impossible date 31/06",
        ),
    )
    g = _Grid(case, "Chronology")
    g.skip(TITLE, "OFFICIAL – SENSITIVE")
    g.skip(TITLE, "Carnmoor and Tamar Constabulary – Public Protection Unit")
    g.skip(
        TITLE,
        "Chronology of police involvement: PENHALLOW / QUARRIE family, "
        "7 Gannet Row, Porthwenna ZQ4 2LD",
    )
    g.skip(TITLE, "Period covered: 01/01/2023 to 31/05/2024. Prepared by DS 2214 M. Trebilcock")
    g.blank()
    g.header(
        "Occurrence No",
        "Incident date",
        "Time",
        "Date reported",
        "Type",
        "Summary of incident and police action",
        "Officer",
    )
    g.entry(
        _d("2023-07-22", "23:32"),
        "CT/23/118842",
        "22/07/2023",
        "2332hrs",
        "22/07/2023",
        "Domestic – violence",
        "999 call from Jayden (12) saying Ryan QUARRIE was hitting his mum. Officers on scene "
        "2341hrs: Tamsin PENHALLOW (approx 16 weeks pregnant) had a swollen left eye and cut lip. "
        "QUARRIE arrested for ABH. Jayden and Isla present in the address.",
        "PC 4471 Jago Hendra",
    )
    g.entry(
        _d("2023-07-23", "10:15"),
        "CT/23/118842",
        "23/07/2023",
        "1015hrs",
        "23/07/2023",
        "DASH risk assessment",
        "DASH completed with Tamsin at Porthwenna police station: 16 ticks, graded HIGH. She "
        "disclosed being strangled on an earlier occasion. PPN to MASH; referral to Harbour Light "
        "IDVA service.",
        "PC 4471 Jago Hendra",
    )
    g.entry(
        _d("2023-07-25", "16:00"),
        "CT/23/118842",
        "25/07/2023",
        "1600hrs",
        "25/07/2023",
        "Charge",
        "QUARRIE charged with ABH (s.47) and bailed: not to contact Tamsin PENHALLOW directly or "
        "indirectly, not to enter Gannet Row. First appearance Carnmoor Magistrates 22/08/2023.",
        "DC 3390 Ellis Rowe",
    )
    g.entry(
        _d("2023-09-12"),
        "CT/23/131207",
        "12/09/2023",
        "",
        "12/09/2023",
        "Information report",
        "Call from Trevose Academy DSL: Jayden says Ryan has been sleeping at the house most "
        "nights. Bail conditions checked – still in force.",
        "DC 3390 Ellis Rowe",
    )
    g.entry(
        _d("2023-09-13", "07:15"),
        "CT/23/131442",
        "13/09/2023",
        "0715hrs",
        "13/09/2023",
        "Breach of bail",
        "Early visit to 7 Gannet Row. QUARRIE found in the upstairs bedroom and arrested for "
        "breach of bail. Tamsin said he had only come round to drop off money. Isla asleep.",
        "PC 5102 Tamar Couch",
    )
    g.entry(
        _d("2023-11-30"),
        "CT/23/118842",
        "30/11/2023",
        "",
        "30/11/2023",
        "CPS decision",
        "CPS discontinued the ABH case: victim withdrew support and would not attend trial. Bail "
        "conditions fall away. Harbour Light and CSC told by email.",
        "DC 3390 Ellis Rowe",
    )
    g.entry(
        _d("2024-01-14", "21:00"),
        "CT/24/009876",
        "14/01/2024",
        "2100hrs",
        "16/01/2024",
        "Malicious communications",
        "Tamsin (heavily pregnant) reported abusive voice messages left on 14/01 by Craig TONKIN, "
        "Jayden's father, about contact. TONKIN spoken to by phone and given words of advice. NFA.",
        "PC 5102 Tamar Couch",
    )
    g.entry(
        _d("2024-02-08", "16:45"),
        "CT/24/021554",
        "08/02/2024",
        "1645hrs",
        "08/02/2024",
        "Theft / assault – youth",
        "Jayden PENHALLOW (12) detained by Co-op security in Porthwenna after taking energy drinks "
        "and pushing a guard. Arrested and interviewed with grandmother Lowenna as appropriate "
        "adult. Referred to YJS for out of court disposal.",
        "PC 6630 Rhys Menhenick",
    )
    g.entry(
        _d("2024-03-05", "22:15"),
        "CT/24/029310",
        "05/03/2024",
        "2215hrs",
        "05/03/2024",
        "Child injury – referral from hospital",
        "Call from Royal Carnmoor Hospital ED: Noah QUARRIE, 7 weeks, with bruising behind the "
        "left ear and a torn frenulum, no explanation. Officers attended ED and spoke to both "
        "parents. Strategy discussion requested.",
        "PS 1877 Gwenno Rickard",
    )
    g.entry(
        _d("2024-03-06", "15:00"),
        "CT/24/029310",
        "06/03/2024",
        "1500hrs",
        "06/03/2024",
        "Strategy discussion",
        "Strategy discussion with CSC and paediatrics. Skeletal survey shows three healing "
        "posterior rib fractures. Joint S47 agreed; no unsupervised parental contact.",
        "DC 3390 Ellis Rowe",
    )
    g.entry(
        _d("2024-03-07", "07:00"),
        "CT/24/029310",
        "07/03/2024",
        "0700hrs",
        "07/03/2024",
        "Arrest",
        "Tamsin PENHALLOW and Ryan QUARRIE arrested on suspicion of GBH and child cruelty. Both "
        "gave no comment interviews. Released under investigation.",
        "DC 3390 Ellis Rowe",
    )
    g.entry(
        No("impossible date: 31 June"),
        "CT/24/029310",
        "31/06/2024",
        "",
        "31/06/2024",
        "Update",
        "Independent radiology opinion received: fractures 2-4 weeks old at the time of the "
        "survey. File to CPS for charging advice.",
        "DC 3390 Ellis Rowe",
    )
    g.blank()
    g.skip(NOTE, "Note: the time is the time of the call or of the officer's action.")
    g.skip(NOTE, "Source: Niche RMS extract, checked by DS Trebilcock 14/06/2024.")
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Chronology"
    _fill(ws, g, bold=(1, 2, 6), widths=(15, 13, 9, 13, 24, 80, 22))
    wb.save(out / case.file)
    return case


# ---------------------------------------------------------------------------------------------
# 2. Children's social care: Word, document control + details + split chronology + sign-off


def _csc(out: Path) -> Case:
    case = Case(
        file="Carnmoor_Childrens_Social_Care_chronology.docx",
        organisation="Children's Social Care",
        sector="Children's Social Care",
        text_header="Details and significance for the child",
        styles=(
            "docx",
            "document control table with dates",
            "cover/details table",
            "heading row merged across the table",
            "vertically merged date cells",
            "several paragraphs in a cell",
            "table split over two tables, header repeated",
            "sign-off table with dates",
            "'24th July 2023' dates",
            "vague, impossible and missing dates",
        ),
    )
    doc = Document()
    doc.add_heading("Carnmoor Council – Children's Social Care", level=1)
    doc.add_paragraph("Chronology for the Child Safeguarding Practice Review: Penhallow / Quarrie")

    t1 = _Grid(case, "Table 1")
    t1.skip(DOCCTL, "Version", "Date", "Author", "Change")
    t1.skip(DOCCTL, "0.1", "03/06/2024", "Kerensa Bolitho (SW)", "First draft")
    t1.skip(DOCCTL, "1.0", "17/06/2024", "Demelza Pascoe (TM)", "Quality assured; sent to panel")
    _table(doc, t1, bold=(1,))
    doc.add_paragraph("")

    t2 = _Grid(case, "Table 2")
    t2.skip(
        DETAILS,
        "Children",
        "Jayden Penhallow (21/05/2011), Isla Penhallow (09/10/2018), Noah Quarrie (17/01/2024)",
    )
    t2.skip(DETAILS, "Address", "7 Gannet Row, Porthwenna ZQ4 2LD")
    t2.skip(DETAILS, "Author", "Kerensa Bolitho, Social Worker, Safeguarding Team 2")
    t2.skip(DETAILS, "Period covered", "01/01/2023 – 31/05/2024")
    _table(doc, t2)
    doc.add_paragraph("")

    head = ("Date", "Source", "Details and significance for the child", "Outcome / actions")
    t3 = _Grid(case, "Table 3")
    t3.skip(TITLE, "Chronology of significant events – Penhallow / Quarrie children")
    t3.header(*head)
    t3.entry(
        _d("2023-07-24"),
        "24th July 2023",
        "MASH",
        [
            "PPN from police after the DA incident on 22/07/2023: Ryan hit Tamsin while Jayden "
            "and Isla were in the house; Jayden made the 999 call.",
            "Significance: Jayden took on a protective role and will have been frightened. Isla "
            "(4) was upstairs and is likely to have heard.",
        ],
        "Strategy discussion to be convened.",
    )
    t3.entry(
        _d("2023-07-25"),
        "25th July 2023",
        "Strategy discussion",
        "Police, named nurse, Polwithen Primary and Trevose Academy. Threshold met for S47 "
        "enquiries for Jayden and Isla.",
        "S47 started; Kerensa Bolitho allocated.",
    )
    t3.entry(
        _d("2023-07-25"),
        "25th July 2023",
        "Home visit",
        "Joint visit with DC Rowe at maternal grandmother's. Tamsin said it was the first time "
        "Ryan had hurt her. Jayden seen alone: 'it happens when he's been drinking'.",
        "Safety plan agreed; Tamsin will support the bail conditions.",
    )
    t3.entry(
        _d("2023-08-17"),
        "17th August 2023",
        "ICPC",
        [
            "Initial child protection conference.",
            "Jayden and Isla made subject to child protection plans, category emotional abuse. "
            "Unborn baby noted (EDD 08/01/2024); pre-birth assessment to start.",
        ],
        "Core group within 10 working days.",
    )
    t3.entry(
        _d("2023-09-01"),
        "1st September 2023",
        "Core group",
        "First core group. Tamsin, Harbour Light IDVA, HV, midwife and both schools present. "
        "Tamsin says she has had no contact with Ryan.",
        "Plan reviewed.",
    )
    t3.entry(
        _d("2023-09-12"),
        "12th September 2023",
        "Trevose Academy",
        "DSL rang: Jayden told his tutor Ryan has been staying at the house. Significance: if "
        "true the safety plan is not working and the children are exposed to further violence.",
        "Police informed; unannounced visit planned.",
    )
    t3.entry(
        No("vague date: 'Autumn 2023'"),
        "Autumn 2023",
        "Pre-birth assessment",
        "Pre-birth assessment over several sessions. Tamsin could not name any risk from Ryan "
        "and said the children 'never saw anything'.",
        "Recommend pre-birth conference.",
    )
    _table(doc, t3, merges=[((1, 0), (1, 3)), ((4, 0), (5, 0))], bold=(1, 2))
    doc.add_paragraph("Chronology continues on the next page.")
    doc.add_page_break()

    t4 = _Grid(case, "Table 4")
    t4.header(*head, why=REPEAT)
    t4.entry(
        _d("2023-11-23"),
        "23rd November 2023",
        "RCPC",
        "Review conference. Plans continue for Jayden and Isla. Concern about Tamsin's mental "
        "health after her overdose on 20/11/2023 while Ryan was in the house.",
        "Plans continue; perinatal mental health to attend core groups.",
    )
    t4.entry(
        _d("2023-12-14"),
        "14th December 2023",
        "Pre-birth conference",
        "Unborn baby to be subject to a CP plan from birth (physical abuse, neglect). Ryan "
        "attended and said he has moved back in now the court case has been dropped.",
        "Birth plan agreed with midwifery.",
    )
    t4.entry(
        _d("2024-01-19"),
        "19th January 2024",
        "Hospital discharge",
        "Noah discharged home with Tamsin and Ryan. Visit the same afternoon: Moses basket, "
        "formula and steriliser in place.",
        "",
    )
    t4.entry(
        _d("2024-03-06"),
        "6th March 2024",
        "Strategy discussion",
        [
            "Following Noah's admission on 5 March with bruising behind his ear.",
            "Skeletal survey shows three healing rib fractures. Parents have no explanation.",
            "Significance: unexplained injuries to a non-mobile baby are the most serious "
            "concern; both parents are possible perpetrators.",
        ],
        "S47 for all three children. Noah to stay on the ward.",
    )
    t4.entry(
        _d("2024-03-06"),
        "6th March 2024",
        "Section 20",
        "Tamsin signed s20 consent for Jayden and Isla to stay with maternal grandmother Lowenna "
        "Penhallow at 22 Chough Lane.",
        "Viability assessment of grandmother started.",
    )
    t4.entry(
        _d("2024-03-20"),
        "20th March 2024",
        "Court",
        "Interim care orders for all three children at Carnmoor Family Court. Noah to foster "
        "carers on discharge.",
        "",
    )
    t4.entry(
        No("impossible date: 31 April"),
        "31st April 2024",
        "Family time",
        "Supervised family time for Tamsin with Noah at the family centre: warm and attentive, "
        "struggled to settle him.",
        "",
    )
    t4.entry(
        No("no date"),
        "",
        "Case note",
        "Team manager's oversight recorded on file.",
        "",
    )
    _table(doc, t4, merges=[((5, 0), (6, 0))], bold=(1,))
    doc.add_paragraph("")

    t5 = _Grid(case, "Table 5")
    t5.skip(SIGNOFF, "Completed by", "Signature", "Date")
    t5.skip(SIGNOFF, "Kerensa Bolitho, Social Worker", "K Bolitho", "17/06/2024")
    t5.skip(SIGNOFF, "Demelza Pascoe, Team Manager", "D Pascoe", "17/06/2024")
    _table(doc, t5, bold=(1,))
    doc.save(str(out / case.file))
    return case


# ---------------------------------------------------------------------------------------------
# 3. MASH: CSV in UTF-8 with BOM, title lines, "Logged" date+time cell, multi-line cells


def _mash(out: Path) -> Case:
    case = Case(
        file="Carnmoor_MASH_contact_log.csv",
        organisation="MASH",
        sector="Children's Social Care",
        text_header="Reason for contact",
        styles=(
            "csv UTF-8 with BOM",
            "two title lines and a blank record",
            "date and time in one cell under 'Logged'",
            "multi-line quoted cells",
            "footer line",
            "'TBC' date",
        ),
    )
    g = _Grid(case, "")
    g.skip(TITLE, "Carnmoor MASH – contact log extract")
    g.skip(TITLE, "Family: PENHALLOW / QUARRIE. Extracted 05/06/2024")
    g.blank()
    g.header(
        "Contact ID",
        "Logged",
        "Referrer",
        "Child(ren)",
        "Reason for contact",
        "MASH decision",
        "RAG",
    )
    g.entry(
        _d("2023-07-23", "11:02"),
        "MC-23-04412",
        "23/07/2023 11:02",
        "Police (PPN)",
        "Jayden Penhallow; Isla Penhallow",
        "DA incident 22/07 at the home address: mother assaulted by partner while pregnant. "
        "Children present.\nDASH HIGH.",
        "Strategy discussion",
        "Red",
    )
    g.entry(
        _d("2023-07-24", "09:14"),
        "MC-23-04412",
        "24/07/2023 09:14",
        "Harbour Light DA Service",
        "Jayden Penhallow; Isla Penhallow",
        "IDVA has spoken to mother; she is staying at maternal grandmother's with the children "
        "for now.",
        "Add to existing contact",
        "Red",
    )
    g.entry(
        _d("2023-09-12", "10:47"),
        "MC-23-05120",
        "12/09/2023 10:47",
        "School – Trevose Academy",
        "Jayden Penhallow",
        'Jayden told his form tutor "Ryan\'s back, he sleeps over most nights". Bail conditions '
        "say Ryan must not go to the house.",
        "Pass to allocated SW",
        "Amber",
    )
    g.entry(
        _d("2023-10-05", "08:55"),
        "MC-23-05874",
        "05/10/2023 08:55",
        "School – Trevose Academy",
        "Jayden Penhallow",
        "Fresh superficial cuts to forearm seen in PE on 04/10.\nJayden says he did it because "
        'of "stuff at home". School has referred to CAMHS.',
        "Pass to allocated SW",
        "Amber",
    )
    g.entry(
        _d("2023-11-21"),
        "MC-23-06630",
        "21/11/2023",
        "Mental health liaison (RCH)",
        "Jayden Penhallow; Isla Penhallow; unborn",
        "Mother seen in ED on 20/11 after taking 14 sertraline. Discharged with CMHT follow-up."
        "\nMother says the children were with grandmother.",
        "Pass to allocated SW",
        "Amber",
    )
    g.entry(
        _d("2024-03-05", "21:40"),
        "MC-24-01288",
        "05/03/2024 21:40",
        "Royal Carnmoor Hospital ED",
        "Noah Quarrie",
        "7-week-old with bruising behind left ear and a torn frenulum; parents say Isla may have "
        "poked him. CP medical requested.",
        "Strategy discussion",
        "Red",
    )
    g.entry(
        _d("2024-03-06", "16:20"),
        "MC-24-01302",
        "06/03/2024 16:20",
        "Polwithen Primary School",
        "Isla Penhallow",
        'School asks to join the strategy meeting. Isla said this morning "baby cried and '
        'mummy shouted".',
        "Information shared with SW",
        "Red",
    )
    g.entry(
        No("no date: 'TBC'"),
        "MC-24-01760",
        "TBC",
        "GP – Polgrean Surgery",
        "Noah Quarrie",
        "GP letter about missed 8-week immunisations. Date not recorded on the contact.",
        "NFA – open case",
        "Green",
    )
    g.entry(
        _d("2024-04-15", "14:05"),
        "MC-24-02011",
        "15/04/2024 14:05",
        "Carnmoor Homes",
        "Noah Quarrie",
        "Housing officer: Tamsin has surrendered the Gannet Row tenancy and is in temporary "
        "accommodation at Flat 3, Kittiwake House, Tregarth ZQ2 8NP.",
        "Information shared with SW",
        "Green",
    )
    g.skip(FOOTER, "End of extract – 9 contacts")
    _write_csv(out / case.file, g, encoding="utf-8-sig")
    return case


# ---------------------------------------------------------------------------------------------
# 4. Emergency department: xlsx, datetime cells under "Arrival" and "Seen", NHS numbers


def _ed(out: Path) -> Case:
    case = Case(
        file="RCH_Emergency_Department_attendances.xlsx",
        organisation="Emergency Department",
        sector="Health",
        text_header="Presenting complaint and clinical summary",
        styles=(
            "xlsx",
            "two title rows",
            "Excel datetime cells under 'Arrival' (not named date)",
            "second datetime column 'Seen'",
            "one arrival typed as text without a time",
            "note below",
        ),
    )
    tamsin, jayden, isla, noah, ryan = (_nhs(i) for i in range(5))
    g = _Grid(case, "ED attendances")
    g.skip(TITLE, "Royal Carnmoor Hospital NHS Trust – Emergency Department")
    g.skip(TITLE, "Attendances by family members, 01/01/2023 to 31/05/2024")
    g.blank()
    g.header(
        "Patient",
        "NHS No",
        "Arrival",
        "Seen",
        "Mode of arrival",
        "Presenting complaint and clinical summary",
        "Discharge / outcome",
    )
    g.entry(
        _d("2022-08-14", "18:02"),
        "Jayden Penhallow",
        jayden,
        dt.datetime(2022, 8, 14, 18, 2),
        dt.datetime(2022, 8, 14, 18, 40),
        "Ambulance",
        "Fall from bike in the park. Displaced distal radius fracture L wrist, MUA under "
        "sedation. Mechanism consistent; mother present throughout.",
        "Fracture clinic",
    )
    g.entry(
        _d("2023-07-23", "09:48"),
        "Tamsin Penhallow",
        tamsin,
        dt.datetime(2023, 7, 23, 9, 48),
        dt.datetime(2023, 7, 23, 11, 20),
        "Walk-in",
        "Facial injury after assault by partner last night. Swelling L periorbital, 1cm "
        "laceration lower lip – steri-strips. 16/40 pregnant: reviewed by obs reg, FH heard. "
        "Safeguarding form done; police already aware.",
        "Discharged – GP and community midwife letters",
    )
    g.entry(
        _d("2023-10-28", "18:05"),
        "Jayden Penhallow",
        jayden,
        dt.datetime(2023, 10, 28, 18, 5),
        dt.datetime(2023, 10, 28, 20, 40),
        "Walk-in with mother",
        "3cm laceration L forearm, self-inflicted with a pencil sharpener blade. Glued. Says he "
        "is 'fine now'. Awaiting CAMHS appointment.",
        "Discharged – CAMHS and school nurse informed",
    )
    g.entry(
        _d("2023-11-20", "01:37"),
        "Tamsin Penhallow",
        tamsin,
        dt.datetime(2023, 11, 20, 1, 37),
        dt.datetime(2023, 11, 20, 2, 15),
        "Ambulance",
        "Intentional OD approx 14 x sertraline 50mg at 23:00 after argument with partner. 33/40 "
        "pregnant. Medically fit after observation. Seen by MH liaison 10:30: no ongoing intent.",
        "Discharged – CMHT referral",
    )
    g.entry(
        _d("2023-12-27"),
        "Isla Penhallow",
        isla,
        "27/12/2023",
        None,
        "Walk-in with grandmother",
        "Possible ingestion of one of mother's tablets found on the floor. Asymptomatic, "
        "observed 4 hours, TOXBASE checked.",
        "Discharged – HV and GP letters, safeguarding referral",
    )
    g.entry(
        _d("2023-12-31", "02:10"),
        "Ryan Quarrie",
        ryan,
        dt.datetime(2023, 12, 31, 2, 10),
        dt.datetime(2023, 12, 31, 4, 55),
        "Walk-in",
        "Swollen R hand after punching a wall 'at a party'. Boxer's fracture 5th metacarpal; "
        "neighbour strapping. Smelled of alcohol. Says his partner (39/40) is at home.",
        "Fracture clinic",
    )
    g.entry(
        _d("2024-03-05", "20:31"),
        "Noah Quarrie",
        noah,
        dt.datetime(2024, 3, 5, 20, 31),
        dt.datetime(2024, 3, 5, 20, 48),
        "Ambulance",
        "7/52 infant, 'floppy and breathing funny' per mother. Alert on examination. Bruise 2cm "
        "behind L ear and torn upper frenulum, no explanation. Paeds reg informed; police and "
        "EDT contacted 21:35.",
        "Admitted – Kestle Ward",
    )
    g.entry(
        _d("2024-03-08", "23:21"),
        "Tamsin Penhallow",
        tamsin,
        dt.datetime(2024, 3, 8, 23, 21),
        dt.datetime(2024, 3, 9, 0, 5),
        "Ambulance with police",
        "Brought from the harbour wall by police and ambulance, distressed after arrest over her "
        "baby's injuries. No self-harm. MH liaison review: crisis team follow-up; staying with a "
        "friend.",
        "Discharged – crisis team",
    )
    g.entry(
        No("no date: the arrival cell is empty"),
        "Ryan Quarrie",
        ryan,
        None,
        None,
        "Walk-in",
        "Registered with a cut to his knuckles; left before being seen. Attendance time not "
        "captured (downtime form).",
        "Left before being seen",
    )
    g.blank()
    g.skip(NOTE, "Arrival and Seen are the Symphony arrival and first-clinician times.")
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "ED attendances"
    _fill(ws, g, bold=(1, 4), widths=(18, 14, 17, 17, 20, 80, 30))
    wb.save(out / case.file)
    return case


# ---------------------------------------------------------------------------------------------
# 5. Paediatric ward: xlsx, two-row header (Date/Time, Contact), "Wed 06/03/2024", 2.30pm


def _ward(out: Path) -> Case:
    case = Case(
        file="RCH_Kestle_Ward_safeguarding_chronology.xlsx",
        organisation="Paediatrics – Kestle Ward",
        sector="Health",
        agency_given="Paediatrics – Kestle Ward",
        text_header="Summary of contact / analysis",
        styles=(
            "xlsx",
            "two-row header: 'Date/Time' over Date, Time; 'Contact' over Type, With whom",
            "dates with weekday 'Wed 06/03/2024'",
            "times 00.45, 9.30am, 2.30pm, 1030hrs",
            "text header naming analysis",
            "weekday that does not match the date",
            "sign-off line",
        ),
    )
    g = _Grid(case, "Chronology")
    g.skip(TITLE, "Royal Carnmoor Hospital NHS Trust")
    g.skip(
        TITLE,
        "Kestle Ward (children's ward) – safeguarding chronology: Noah QUARRIE, DOB 17/01/2024",
    )
    g.blank()
    g.skip(
        HEADER,
        "Date/Time",
        None,
        "Contact",
        None,
        "Summary of contact / analysis",
        "Staff name / role",
    )
    g.header(
        "Date",
        "Time",
        "Type",
        "With whom",
        leaves=(
            "Date",
            "Time",
            "Type",
            "With whom",
            "Summary of contact / analysis",
            "Staff name / role",
        ),
        why="second header row",
    )
    g.entry(
        _d("2024-03-05", "23:10"),
        "Tue 05/03/2024",
        "23.10",
        "Referral",
        "ED paediatric registrar",
        "Bed requested for 7-week-old with unexplained bruising. Side room 4 allocated.",
        "RN Tegen Curnow, staff nurse",
    )
    g.entry(
        _d("2024-03-06", "00:45"),
        "Wed 06/03/2024",
        "00.45",
        "Admission",
        "Mother",
        "Admitted from ED with mother. Bruise behind L ear and torn frenulum on body map. Mother "
        "says Isla (5) 'is rough with him'. Analysis: not a credible explanation for injuries to "
        "a non-mobile baby.",
        "RN Tegen Curnow, staff nurse",
    )
    g.entry(
        _d("2024-03-06", "09:30"),
        "Wed 06/03/2024",
        "9.30am",
        "Ward round",
        "Both parents",
        "Consultant explained skeletal survey and bloods. Father angry, raised his voice at the "
        "nurses' station; security asked to attend.",
        "Dr Hedra Rosewarne, consultant paediatrician",
    )
    g.entry(
        _d("2024-03-06", "14:30"),
        "Wed 06/03/2024",
        "2.30pm",
        "Results",
        "Parents and SW",
        "Skeletal survey: three healing posterior rib fractures (L 6-8). Parents told with SW "
        "Kerensa Bolitho present. Analysis: posterior rib fractures are highly specific for "
        "abuse.",
        "Dr Hedra Rosewarne, consultant paediatrician",
    )
    g.entry(
        _d("2024-03-07", "11:00"),
        "Thu 07/03/2024",
        "11.00",
        "Phone call",
        "Police",
        "DC Rowe: both parents arrested. They may visit only if supervised by ward staff.",
        "RN Tegen Curnow, staff nurse",
    )
    g.entry(
        _d("2024-03-09", "15:15"),
        "Sat 09/03/2024",
        "15.15",
        "Supervised visit",
        "Maternal grandmother, Jayden, Isla",
        "Grandmother visited with Isla and Jayden, supervised. Appropriate; Jayden gave Noah his "
        "bottle.",
        "HCA Jenna Pollard",
    )
    g.entry(
        No("weekday does not match the date: 12/03/2024 was a Tuesday"),
        "Mon 12/03/2024",
        "16.40",
        "Supervised visit",
        "Mother",
        "Supervised visit by mother. Cried throughout and said 'I didn't do this'. Analysis: "
        "warm handling, responded to his cues.",
        "HCA Jenna Pollard",
    )
    g.entry(
        _d("2024-03-14", "10:30"),
        "Thu 14/03/2024",
        "1030hrs",
        "Discharge",
        "Foster carer and SW",
        "Discharged to foster carer Mrs Bryher Nance with SW. Discharge summary to GP and HV.",
        "Sister Tegen Curnow",
    )
    g.blank()
    g.skip(SIGN, "Completed by: Sister Tegen Curnow, safeguarding link nurse, 21/03/2024")
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Chronology"
    _fill(
        ws,
        g,
        merges=("A4:B4", "C4:D4", "E4:E5", "F4:F5"),
        bold=(1, 4, 5),
        widths=(16, 8, 16, 22, 80, 30),
    )
    wb.save(out / case.file)
    return case


# ---------------------------------------------------------------------------------------------
# 6. Midwifery: CSV in cp1252 (£, curly quotes), date of contact vs date entered, 14.30


def _midwifery(out: Path) -> Case:
    case = Case(
        file="Carnmoor_Midwifery_safeguarding_return.csv",
        organisation="Midwifery",
        sector="Health",
        text_header="Details",
        styles=(
            "csv cp1252 (£, curly quotes, en dash)",
            "two title lines",
            "two date columns: Date of contact vs Date entered",
            "'12th June 2023' and dd/mm/yy dates",
            "times like 14.30",
            "row without a date",
            "sign-off line",
        ),
    )
    g = _Grid(case, "")
    g.skip(TITLE, "Royal Carnmoor Hospital – Community Midwifery Team (Porthwenna)")
    g.skip(TITLE, "Safeguarding chronology: Tamsin PENHALLOW DOB 14/08/1996 – baby Noah QUARRIE")
    g.header(
        "Date of contact",
        "Time",
        "Gestation",
        "Contact",
        "Details",
        "Date entered",
        "Midwife",
    )
    g.entry(
        _d("2023-06-12", "10:15"),
        "12th June 2023",
        "10.15",
        "10+0",
        "Booking",
        "Booking at Porthwenna clinic. Partner Ryan present throughout so routine enquiry about "
        "domestic abuse not asked. Past low mood, on sertraline. Smokes 10 a day – referred to "
        "stop smoking service.",
        "12th June 2023",
        "Rosenwyn Kitto RM",
    )
    g.entry(
        _d("2023-08-09", "14:30"),
        "9th August 2023",
        "14.30",
        "18+2",
        "Antenatal (seen alone)",
        "Seen alone. Tamsin told me about the assault on 22/07 and said Ryan had “grabbed her by "
        "the throat” before, last Christmas. DASH not repeated – police graded HIGH, MASH aware.",
        "10th August 2023",
        "Rosenwyn Kitto RM",
    )
    g.entry(
        _d("2023-08-23"),
        "23rd August 2023",
        "",
        "20+2",
        "Anomaly scan",
        "Anomaly scan normal. Came with her mum Lowenna.",
        "23rd August 2023",
        "Ultrasound dept",
    )
    g.entry(
        _d("2023-09-01", "13:00"),
        "1st September 2023",
        "13.00",
        "21+5",
        "Core group",
        "Attended core group. Tamsin says she’s struggling with money – £40 a week on the gas and "
        "electric meter. Healthy Start and a £250 hardship grant applied for.",
        "4th September 2023",
        "Rosenwyn Kitto RM",
    )
    g.entry(
        _d("2023-11-21", "11:20"),
        "21/11/23",
        "11.20",
        "33+1",
        "Home visit",
        "Visit after the overdose on 20/11. Tamsin tearful; says it was “a stupid moment”. "
        "Perinatal mental health referral made. Ryan in the house – Tamsin says he’s “only "
        "visiting”.",
        "21/11/23",
        "Rosenwyn Kitto RM",
    )
    g.entry(
        _d("2023-12-14"),
        "14th December 2023",
        "",
        "36+3",
        "Pre-birth conference",
        "Attended pre-birth conference. Birth plan: ward to inform CSC on admission; no "
        "discharge without a discharge planning meeting.",
        "15th December 2023",
        "Rosenwyn Kitto RM",
    )
    g.entry(
        _d("2024-01-17", "03:12"),
        "17th January 2024",
        "03.12",
        "41+2",
        "Birth",
        "Spontaneous vaginal delivery of a boy, Noah, 3.41kg. Ryan present. CSC EDT told of the "
        "birth at 08.30 as per birth plan.",
        "17th January 2024",
        "Delivery suite – Elowen Rodda RM",
    )
    g.entry(
        _d("2024-01-18"),
        "18th January 2024",
        "",
        "",
        "Postnatal ward",
        "Feeds observed, good bonding. Father left the ward after an argument with staff about "
        "visiting times; security called.",
        "18th January 2024",
        "Postnatal ward",
    )
    g.entry(
        _d("2024-01-19"),
        "19th January 2024",
        "",
        "",
        "Discharge planning",
        "Discharge planning meeting on the ward with SW, HV and both parents. Home at 15.30.",
        "19th January 2024",
        "Rosenwyn Kitto RM",
    )
    g.entry(
        _d("2024-01-26"),
        "26th January 2024",
        "",
        "",
        "Postnatal visit",
        "Day 9 visit: Noah 3.38kg, almost back to birth weight. Transferred to health visitor.",
        "26th January 2024",
        "Rosenwyn Kitto RM",
    )
    g.entry(
        No("no date"),
        "",
        "",
        "",
        "DNA letters",
        "Missed appointment letters were sent in October – exact dates not on the system.",
        "",
        "Rosenwyn Kitto RM",
    )
    g.skip(SIGN, "Prepared by Rosenwyn Kitto, Named Midwife for Safeguarding – 28/05/2024")
    _write_csv(out / case.file, g, encoding="cp1252")
    return case


# ---------------------------------------------------------------------------------------------
# 7. Health visiting: xlsx, Excel date and time cells, range, future date, notes-only sheet


def _health_visiting(out: Path) -> Case:
    case = Case(
        file="Health_Visiting_chronology_Penhallow.xlsx",
        organisation="Health Visiting",
        sector="Health",
        text_header="Summary of contact and analysis of risk",
        styles=(
            "xlsx",
            "Excel date cells and Excel time cells",
            "text header naming analysis",
            "a date range",
            "future date typed as a date cell (2042)",
            "second sheet of notes only",
        ),
    )
    g = _Grid(case, "HV chronology")
    g.skip(TITLE, "Carnmoor Community Health Services – 0-19 Health Visiting")
    g.header(
        "Date",
        "Time",
        "Contact type",
        "Venue",
        "Summary of contact and analysis of risk",
        "Practitioner",
    )
    g.entry(
        _d("2023-07-27", "10:00"),
        dt.date(2023, 7, 27),
        dt.time(10, 0),
        "Telephone",
        "",
        "DA notification received. Rang Tamsin: at her mum's with Jayden and Isla. Antenatal "
        "contact agreed.",
        "Lamorna Hicks HV",
    )
    g.entry(
        _d("2023-10-26", "14:00"),
        dt.date(2023, 10, 26),
        dt.time(14, 0),
        "Antenatal contact",
        "Home",
        "Antenatal contact at Gannet Row. Home clean, food in. Tamsin feels 'up and down'; "
        "Whooley questions positive, advised to see GP.",
        "Lamorna Hicks HV",
    )
    g.entry(
        _d("2024-01-29", "11:30"),
        dt.date(2024, 1, 29),
        dt.time(11, 30),
        "New birth visit",
        "Home",
        "Noah 3.52kg, breast and formula top-ups. Ryan answered most questions for Tamsin. Safe "
        "sleep and ICON ('babies cry, you can cope') discussed with both parents. Analysis: "
        "father's dominance limits what Tamsin can say.",
        "Lamorna Hicks HV",
    )
    g.entry(
        _d("2024-02-09"),
        dt.date(2024, 2, 9),
        None,
        "Telephone",
        "",
        "Tamsin rang: Noah crying 'all the time' and she is exhausted. Advice given; visit "
        "arranged.",
        "Duty HV",
    )
    g.entry(
        _d("2024-02-12", "09:45"),
        dt.date(2024, 2, 12),
        dt.time(9, 45),
        "Home visit (unannounced)",
        "Home",
        "Noah well, no marks on full skin check. Ryan asleep upstairs, smell of cannabis in the "
        "hall. Analysis: parental substance use and exhaustion raise the risk to Noah – shared "
        "with SW.",
        "Lamorna Hicks HV",
    )
    g.entry(
        _d("2024-02-28", "15:00"),
        dt.date(2024, 2, 28),
        dt.time(15, 0),
        "6-8 week review",
        "Porthwenna Family Hub",
        "Not brought to the 6-8 week review. Rebooked; SW told.",
        "Lamorna Hicks HV",
    )
    g.entry(
        _d("2024-03-06"),
        dt.date(2024, 3, 6),
        None,
        "Information",
        "",
        "SW told me Noah was admitted to Kestle Ward last night with unexplained bruising; rib "
        "fractures found today.",
        "Lamorna Hicks HV",
    )
    g.entry(
        No("date range 18/03/2024 - 22/03/2024"),
        "18/03/2024 - 22/03/2024",
        None,
        "Liaison",
        "",
        "Liaison with foster carer; HV records transferred to the Tregarth team.",
        "Lamorna Hicks HV",
    )
    g.entry(
        No("future date: 2042"),
        dt.date(2042, 4, 3),
        dt.time(10, 0),
        "Home visit",
        "Foster home",
        "Noah seen at foster home: thriving, 5.2kg. Foster carer reports he settles well.",
        "Ruth Angwin HV",
    )
    notes = _Grid(case, "Notes")
    notes.skip(NOTE, "Notes for the review panel")
    notes.skip(
        NOTE,
        "Contacts before July 2023 were for Isla only (routine review at Little Puffins, no "
        "concerns).",
    )
    notes.skip(
        NOTE,
        "Records held by the Tregarth team from April 2024 have been requested and will follow.",
    )
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "HV chronology"
    _fill(ws, g, bold=(1, 2), widths=(12, 8, 22, 20, 80, 18))
    _fill(wb.create_sheet("Notes"), notes, bold=(1,), widths=(100,))
    wb.save(out / case.file)
    return case


# ---------------------------------------------------------------------------------------------
# 8. GP: semicolon-delimited CSV, d.m.yy and dd.mm.yyyy dates, multi-line cell


def _gp(out: Path) -> Case:
    case = Case(
        file="Polgrean_Surgery_GP_chronology.csv",
        organisation="GP",
        sector="Health",
        text_header="Entry",
        styles=(
            "csv semicolon-delimited",
            "title line",
            "d.m.yy and dd.mm.yyyy dates",
            "multi-line quoted cell",
            "impossible date 30.2.24",
            "note below",
        ),
    )
    g = _Grid(case, "")
    g.skip(TITLE, "Polgrean Surgery – safeguarding chronology (SystmOne extract)")
    g.header("Date", "Time", "Patient", "Clinician", "Consultation type", "Entry")
    g.entry(
        _d("2023-03-14", "10:20"),
        "14.3.23",
        "10:20",
        "Tamsin Penhallow",
        "Dr Ysella Carne",
        "Face to face",
        "Low mood 3 months, poor sleep; PHQ-9 16. Asked about DA – denies. Sertraline 50mg "
        "started; review 4 weeks.",
    )
    g.entry(
        _d("2023-04-11", "16:40"),
        "11.4.23",
        "16:40",
        "Tamsin Penhallow",
        "Dr Ysella Carne",
        "Telephone",
        "Sertraline review: a little better. Continue; review 3 months.",
    )
    g.entry(
        _d("2023-07-24"),
        "24.7.23",
        "",
        "Tamsin Penhallow",
        "Ellen Vosper (admin)",
        "Document",
        "ED letter: assaulted by partner 22/07, facial injuries, 16/40 pregnant. Coded "
        "'domestic abuse'; alert added to the children's records.",
    )
    g.entry(
        _d("2023-10-03", "09:10"),
        "03.10.2023",
        "09:10",
        "Jayden Penhallow",
        "Dr Ysella Carne",
        "Face to face",
        "With mum. Not sleeping, worries about mum. No self-harm disclosed. Advised school "
        "counsellor; Kooth and CAMHS self-referral details given.",
    )
    g.entry(
        _d("2023-11-22", "11:00"),
        "22.11.23",
        "11:00",
        "Tamsin Penhallow",
        "Dr Ysella Carne",
        "Telephone",
        "Post-overdose review.\nSertraline stopped; mirtazapine 15mg, 7 days at a time given "
        "pregnancy and OD.\nCMHT appointment 28/11.",
    )
    g.entry(
        _d("2023-12-28"),
        "28.12.23",
        "",
        "Isla Penhallow",
        "Ellen Vosper (admin)",
        "Document",
        "ED letter 27/12: possible ingestion of a tablet of mother's; asymptomatic. ED made a "
        "safeguarding referral.",
    )
    g.entry(
        _d("2024-02-27", "14:30"),
        "27.2.24",
        "14:30",
        "Noah Quarrie",
        "Dr Jory Angove",
        "6-week check",
        "Baby check: thriving, 4.6kg. Full examination, no bruising seen. Mother tearful, "
        "EPDS 15; review in 2 weeks.",
    )
    g.entry(
        No("impossible date: 30 February"),
        "30.2.24",
        "10:00",
        "Tamsin Penhallow",
        "Dr Ysella Carne",
        "Face to face",
        "Mood review: low, tired, baby unsettled. Mirtazapine increased to 30mg.",
    )
    g.entry(
        _d("2024-03-06"),
        "06.03.24",
        "",
        "Noah Quarrie",
        "Dr Jory Angove",
        "Safeguarding",
        "Hospital notification: admitted with bruising and rib fractures. CP code added; "
        "records to practice safeguarding lead.",
    )
    g.skip(NOTE, "Coded consultations only; letters are summarised by the practice.")
    _write_csv(out / case.file, g, delimiter=";")
    return case


# ---------------------------------------------------------------------------------------------
# 9. Secondary school: CPOMS print export to xlsx, "When" date+time text, page footers


def _school(out: Path) -> Case:
    case = Case(
        file="Trevose_Academy_CPOMS_export.xlsx",
        organisation="School",
        sector="Education",
        text_header="Incident",
        styles=(
            "xlsx printed export",
            "date and time in one text cell under 'When'",
            "second date column 'Added'",
            "'Page 1 of 3' footers and repeated header rows",
            "vague 'Spring term 2024'",
            "printed-by footer",
        ),
    )
    head = ("When", "Incident", "Categories", "Action taken", "Added", "Added by")
    g = _Grid(case, "Report")
    g.skip(TITLE, "Trevose Academy – CPOMS incident report")
    g.skip(TITLE, "Student: Jayden Penhallow   Year 8   DOB 21/05/2011")
    g.header(*head)
    g.entry(
        _d("2023-09-05", "08:40"),
        "05/09/2023 08:40",
        "Jayden arrived without uniform and said he'd been 'up all night' because mum was "
        "crying. Tired but chatty.",
        "Wellbeing",
        "Breakfast club offered; monitor.",
        "05/09/2023 10:02",
        "Mr Piran Oates (tutor)",
    )
    g.entry(
        _d("2023-09-12", "08:50"),
        "12/09/2023 08:50",
        "At registration Jayden said 'Ryan's back, he sleeps over most nights, mum says not to "
        "tell'. Jayden knows Ryan isn't allowed at the house.",
        "Safeguarding; Domestic abuse",
        "DSL informed; MASH called 10:40; police told.",
        "12/09/2023 09:05",
        "Mr Piran Oates (tutor)",
    )
    g.entry(
        _d("2023-10-04", "13:25"),
        "04/10/2023 13:25",
        "In PE changing staff saw fresh cuts on Jayden's left forearm. He said he did it with a "
        "sharpener blade last night 'because of stuff at home'.",
        "Self-harm",
        "First aid; mum phoned; CAMHS referral by DSL 05/10; MASH informed.",
        "04/10/2023 14:10",
        "Mrs Kerenza Jewell (DSL)",
    )
    g.skip(FOOTER, "Page 1 of 3")
    g.header(*head, why=REPEAT)
    g.entry(
        _d("2023-10-19", "11:15"),
        "19/10/2023 11:15",
        "Refused to go to maths, swore at the teacher and left the site; found by the gate 20 "
        "minutes later.",
        "Behaviour; Truancy",
        "Internal exclusion 1 day; mum informed.",
        "19/10/2023 12:30",
        "Mr Kitto Blewett (HoY)",
    )
    g.entry(
        _d("2023-11-21", "09:00"),
        "21/11/2023 09:00",
        "Jayden told DSL his mum 'took too many tablets' on Sunday night and he rang the "
        "ambulance. He and Isla stayed at nan's.",
        "Safeguarding; Young carer",
        "SW informed; school counsellor session booked.",
        "21/11/2023 09:41",
        "Mrs Kerenza Jewell (DSL)",
    )
    g.entry(
        _d("2024-01-08", "10:30"),
        "08/01/2024 10:30",
        "Attendance meeting: 84% this term. Mum did not come; spoke by phone – the baby is due "
        "any day.",
        "Attendance",
        "Attendance plan; EWO to follow up.",
        "08/01/2024 11:02",
        "Mrs Nance Trudgeon (attendance)",
    )
    g.entry(
        _d("2024-02-09", "08:45"),
        "09/02/2024 08:45",
        "Jayden told his tutor he 'got nicked' at the Co-op yesterday. Quiet and embarrassed.",
        "Behaviour; Police",
        "DSL to link with youth justice worker.",
        "09/02/2024 09:20",
        "Mr Piran Oates (tutor)",
    )
    g.skip(FOOTER, "Page 2 of 3")
    g.header(*head, why=REPEAT)
    g.entry(
        _d("2024-03-07", "08:35"),
        "07/03/2024 08:35",
        "Nan (Lowenna) brought Jayden in and told DSL the baby is in hospital and Jayden and Isla "
        "are staying with her.",
        "Safeguarding",
        "DSL spoke to SW Kerensa Bolitho.",
        "07/03/2024 08:58",
        "Mrs Kerenza Jewell (DSL)",
    )
    g.entry(
        _d("2024-03-13"),
        "13/03/2024",
        "Punched a wall in the toilets and hurt his hand. Said 'everyone thinks my mum hurt the "
        "baby'.",
        "Wellbeing; Injury",
        "First aid; nan informed; counsellor referral.",
        "13/03/2024 15:47",
        "Mr Kitto Blewett (HoY)",
    )
    g.entry(
        No("vague date: 'Spring term 2024'"),
        "Spring term 2024",
        "Several times this term Jayden has said he wants to live with his dad.",
        "Wellbeing",
        "Shared with SW.",
        "",
        "Mrs Kerenza Jewell (DSL)",
    )
    g.skip(FOOTER, "Page 3 of 3")
    g.skip(SIGN, "Printed 20/05/2024 14:02 by K. Jewell – CPOMS")
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Report"
    _fill(ws, g, bold=(1, 3, 8, 14), widths=(17, 70, 26, 40, 17, 26))
    wb.save(out / case.file)
    return case


# ---------------------------------------------------------------------------------------------
# 10. Nursery: xlsx, d.m.yy text dates, 9.05am times, term sub-headings, year-only row


def _nursery(out: Path) -> Case:
    case = Case(
        file="Little_Puffins_Nursery_safeguarding_log.xlsx",
        organisation="Nursery",
        sector="Education",
        text_header="What happened / what was said",
        styles=(
            "xlsx",
            "title row",
            "d.m.yy text dates",
            "times like 9.05am and 3.15pm",
            "term sub-heading rows",
            "year-only date '2023'",
            "key below",
        ),
    )
    g = _Grid(case, "Log")
    g.skip(
        TITLE,
        "Little Puffins Nursery, Porthwenna – safeguarding concerns log: Isla PENHALLOW "
        "(DOB 09/10/2018)",
    )
    g.header("Date", "Time", "What happened / what was said", "Action taken", "Staff")
    g.skip(SUBHEAD, "Spring Term 2023")
    g.entry(
        _d("2023-01-09", "09:05"),
        "9.1.23",
        "9.05am",
        "Isla in the same clothes as Friday, strong smell of urine. Hungry at snack, had three "
        "helpings.",
        "Spare clothes. Spoke to mum at pick-up – washing machine broken.",
        "Hollie Spargo (key person)",
    )
    g.entry(
        _d("2023-01-16"),
        "16.1.23",
        "",
        "Fourth concern this term about hygiene and lateness. Mum agreed to an Early Help "
        "referral.",
        "Early Help referral sent.",
        "Nicola Trethowan (DSL)",
    )
    g.entry(
        _d("2023-02-02", "15:15"),
        "2.2.23",
        "3.15pm",
        "In the home corner Isla said 'Ryan shouted at Jay and Jay cried'. Said calmly while "
        "playing.",
        "Recorded word for word; passed to Early Help worker.",
        "Hollie Spargo (key person)",
    )
    g.entry(
        _d("2023-02-21"),
        "21.2.23",
        "",
        "TAF meeting at nursery. Attendance 71% this half term.",
        "",
        "Nicola Trethowan (DSL)",
    )
    g.skip(SUBHEAD, "Summer Term 2023")
    g.entry(
        _d("2023-04-24", "10:20"),
        "24.4.23",
        "10.20am",
        "Small bruise on Isla's left shin. Isla said she fell off the trampoline at nan's.",
        "Body map. Mum gave the same explanation.",
        "Hollie Spargo (key person)",
    )
    g.entry(
        _d("2023-05-09"),
        "9.5.23",
        "",
        "TAF meeting. Attendance up to 88%. Ryan came for the first time, quiet.",
        "",
        "Nicola Trethowan (DSL)",
    )
    g.entry(
        _d("2023-07-13", "14:40"),
        "13.7.23",
        "2.40pm",
        "Transition visit from Polwithen Primary reception teacher Mrs Elowen Bray. Transfer "
        "record shared, including Early Help involvement.",
        "",
        "Nicola Trethowan (DSL)",
    )
    g.entry(
        _d("2023-07-24", "08:40"),
        "24.7.23",
        "8.40am",
        "Mum came in to collect Isla's things. Swollen eye; said she is staying at her mum's. "
        "Isla quiet and clingy.",
        "DSL phoned MASH – already known (police).",
        "Nicola Trethowan (DSL)",
    )
    g.entry(
        _y("2023"),
        "2023",
        "",
        "Over the year Isla's attendance was below 80%; most absences were Mondays.",
        "Shared with Polwithen Primary.",
        "Nicola Trethowan (DSL)",
    )
    g.blank()
    g.skip(NOTE, "Key: TAF = Team Around the Family; DSL = Designated Safeguarding Lead")
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Log"
    _fill(ws, g, merges=("A3:E3", "A8:E8"), bold=(1, 2, 3, 8), widths=(10, 9, 70, 45, 26))
    wb.save(out / case.file)
    return case


# ---------------------------------------------------------------------------------------------
# 11. CAMHS: xlsx, Date seen (date cells) vs Date entered (text), "Feb-24" month text


def _camhs(out: Path) -> Case:
    case = Case(
        file="Carnmoor_CAMHS_chronology.xlsx",
        organisation="CAMHS",
        sector="Health",
        text_header="Summary and impact on the young person",
        styles=(
            "xlsx",
            "title row and blank row",
            "two date columns: Date seen (date cells) vs Date entered (text)",
            "'Feb-24' month dates typed as text",
            "text header naming impact",
            "vague 'ongoing'",
            "note below",
        ),
    )
    g = _Grid(case, "CAMHS")
    g.skip(TITLE, f"Carnmoor CAMHS – Jayden PENHALLOW, DOB 21/05/2011, NHS {_nhs(1)}")
    g.blank()
    g.header(
        "Date seen",
        "Date entered",
        "Appointment type",
        "Clinician",
        "Summary and impact on the young person",
    )
    g.entry(
        _d("2023-10-05"),
        dt.date(2023, 10, 5),
        "05/10/2023",
        "Referral received",
        "Mabyn Trewin (duty)",
        "Referral from Trevose Academy: superficial self-harm, low mood, DA at home. Triaged "
        "routine; choice appointment offered.",
    )
    g.entry(
        _d("2023-10-30"),
        dt.date(2023, 10, 30),
        "31/10/2023",
        "Duty call",
        "Mabyn Trewin (duty)",
        "ED liaison: Jayden attended on 28/10 with a forearm laceration. Upgraded to urgent.",
    )
    g.entry(
        _d("2023-11-02"),
        dt.date(2023, 11, 2),
        "02/11/2023",
        "Choice appointment",
        "Dr Cadan Prowse",
        "Seen with mum. Jayden cuts when he hears arguing. Impact: he feels responsible for "
        "keeping mum and Isla safe. Safety plan made with him.",
    )
    g.entry(
        _d("2023-11-23"),
        dt.date(2023, 11, 23),
        "24/11/2023",
        "Was not brought",
        "Dr Cadan Prowse",
        "Not brought. Mum texted that she was unwell (recent overdose). Rebooked.",
    )
    g.entry(
        _d("2023-12-07"),
        dt.date(2023, 12, 7),
        "08/12/2023",
        "Partnership 1",
        "Wenna Jago (CBT therapist)",
        "CBT-informed work started at school. Jayden engaged, drew his 'worry map'.",
    )
    g.entry(
        _d("2024-01-11"),
        dt.date(2024, 1, 11),
        "11/01/2024",
        "Partnership 2",
        "Wenna Jago (CBT therapist)",
        "Jayden says Ryan lives there again and there are 'no fights now'. No cutting since "
        "November. Impact: relief, but still on guard at home.",
    )
    g.entry(
        _m("2024-02"),
        "Feb-24",
        "",
        "Letters",
        "Admin",
        "Two more appointments offered in February; both cancelled by the family.",
    )
    g.entry(
        _m("2024-03"),
        "Mar-24",
        "",
        "Liaison",
        "Wenna Jago (CBT therapist)",
        "Several calls with SW and grandmother after Jayden moved to his nan's.",
    )
    g.entry(
        _d("2024-04-18"),
        dt.date(2024, 4, 18),
        "18/04/2024",
        "Review",
        "Wenna Jago (CBT therapist)",
        "Seen at nan's. Mood better, no self-harm. Goal-based outcomes improved.",
    )
    g.entry(
        No("vague date: 'ongoing'"),
        "ongoing",
        "",
        "Text messages",
        "Duty",
        "Jayden sometimes texts the duty line in the evening; answered the next morning.",
    )
    g.blank()
    g.skip(NOTE, "'Date seen' is the appointment date; 'Date entered' is when it was written up.")
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "CAMHS"
    _fill(ws, g, bold=(1, 3), widths=(12, 13, 20, 26, 90))
    wb.save(out / case.file)
    return case


# ---------------------------------------------------------------------------------------------
# 12. Adult mental health: Word, details + chronology + sign-off, paragraphs, 2.30pm, 9pm


def _adult_mh(out: Path) -> Case:
    case = Case(
        file="Adult_Mental_Health_CMHT_chronology.docx",
        organisation="Adult Mental Health",
        sector="Health",
        text_header="Narrative and analysis of risk",
        styles=(
            "docx",
            "cover/details table",
            "several paragraphs in a cell",
            "times like 2.30pm, 11am, 9pm",
            "month-only 'March 2024'",
            "date range",
            "sign-off table",
        ),
    )
    doc = Document()
    doc.add_heading("Carnmoor Partnership NHS Foundation Trust", level=1)
    doc.add_paragraph("Community Mental Health Team (Porthwenna) – chronology for the CSPR panel")

    t1 = _Grid(case, "Table 1")
    t1.skip(DETAILS, "Service user", "Tamsin PENHALLOW")
    t1.skip(DETAILS, "Date of birth", "14/08/1996")
    t1.skip(DETAILS, "NHS number", _nhs(0))
    t1.skip(DETAILS, "Care coordinator", "Gwen Penrose, Community Psychiatric Nurse")
    _table(doc, t1)
    doc.add_paragraph("")

    t2 = _Grid(case, "Table 2")
    t2.header("Date", "Time", "Contact type", "Narrative and analysis of risk")
    t2.entry(
        _d("2023-11-28", "14:30"),
        "28/11/2023",
        "2.30pm",
        "Initial assessment",
        [
            "Seen at Porthwenna Resource Centre after the overdose on 20/11.",
            "Low mood since her teens, worse since partner's arrest. No current suicidal intent; "
            "protective factors her children and the pregnancy.",
            "Analysis: risk to self low to moderate. Risk to unborn baby from maternal mental "
            "health and DA noted; perinatal team to lead.",
        ],
    )
    t2.entry(
        _d("2023-12-05", "11:00"),
        "05/12/2023",
        "11am",
        "Joint visit (perinatal)",
        "Joint home visit with perinatal nurse Jenifer Keverne. Tamsin calmer; Ryan in the "
        "kitchen and came in twice to 'check' on us.",
    )
    t2.entry(
        _d("2023-12-19"),
        "19/12/2023",
        "",
        "Telephone",
        "Tamsin cancelled the visit: Ryan is back and 'things are good'.",
    )
    t2.entry(
        _d("2024-01-09", "10:30"),
        "09/01/2024",
        "10.30am",
        "Perinatal review",
        [
            "Mood stable on mirtazapine.",
            "Birth plan discussed; perinatal team to see her on the postnatal ward.",
        ],
    )
    t2.entry(
        _d("2024-01-18", "15:00"),
        "18/01/2024",
        "3.00pm",
        "Ward visit",
        "Seen on the postnatal ward with Noah. Warm with him. Tired but coping.",
    )
    t2.entry(
        _d("2024-02-22", "12:15"),
        "22/02/2024",
        "12.15pm",
        "Home visit",
        [
            "Tamsin tearful, EPDS 17. Says Noah cries 'for hours' and Ryan 'loses it' with him.",
            "Analysis: parental stress, broken sleep and partner's anger towards the baby are a "
            "risk to Noah. Shared with HV and SW the same day.",
        ],
    )
    t2.entry(
        _d("2024-03-07"),
        "07/03/2024",
        "",
        "Information",
        "Police: Tamsin arrested over Noah's injuries. Crisis plan updated; crisis team to "
        "offer contact.",
    )
    t2.entry(
        _d("2024-03-08", "21:00"),
        "08/03/2024",
        "9pm",
        "Crisis line",
        "Tamsin rang the crisis line, distressed. No plan to harm herself; staying with a friend.",
    )
    t2.entry(
        _m("2024-03"),
        "March 2024",
        "",
        "Care coordination",
        "Texts with Tamsin about housing; letters to Carnmoor Homes supporting a move.",
    )
    t2.entry(
        No("date range 15/04/2024 - 19/04/2024"),
        "15/04/2024 - 19/04/2024",
        "",
        "Crisis team",
        "Daily crisis team visits while Tamsin moved into temporary accommodation.",
    )
    _table(doc, t2, bold=(1,))
    doc.add_paragraph("")

    t3 = _Grid(case, "Table 3")
    t3.skip(SIGNOFF, "Author", "Gwen Penrose, CPN")
    t3.skip(SIGNOFF, "Approved", "Dr Tremayne Luke, consultant psychiatrist")
    t3.skip(SIGNOFF, "Date", "30/05/2024")
    _table(doc, t3)
    doc.save(str(out / case.file))
    return case


# ---------------------------------------------------------------------------------------------
# 13. Probation: Word, document control, two-row header (Contact over Type and With whom)


def _probation(out: Path) -> Case:
    case = Case(
        file="Probation_Service_chronology_Ryan_Quarrie.docx",
        organisation="Probation",
        sector="Probation",
        text_header="Details",
        styles=(
            "docx",
            "document control table",
            "two-row header: 'Contact' over Type and With whom, other headers merged down",
            "dd/mm/yy dates",
            "month-only 'January 2024'",
            "sign-off table",
        ),
    )
    doc = Document()
    doc.add_heading("The Probation Service – Carnmoor PDU", level=1)
    doc.add_paragraph("Chronology: Ryan QUARRIE (DOB 02/12/1992), CRN Z481163")

    t1 = _Grid(case, "Table 1")
    t1.skip(DOCCTL, "Classification", "OFFICIAL-SENSITIVE")
    t1.skip(DOCCTL, "Version", "2")
    t1.skip(DOCCTL, "Date", "04/06/2024")
    t1.skip(DOCCTL, "Author", "PO Denzel Carthew")
    _table(doc, t1)
    doc.add_paragraph("")

    t2 = _Grid(case, "Table 2")
    t2.skip(HEADER, "Date", "Contact", None, "Details", "Officer")
    t2.header(
        "Date",
        "Type",
        "With whom",
        "Details",
        "Officer",
        leaves=("Date", "Type", "With whom", "Details", "Officer"),
        why="second header row",
    )
    po = "PO Denzel Carthew"
    t2.entry(
        _d("2023-04-11"),
        "11/04/23",
        "Court",
        "Carnmoor Magistrates",
        "Sentenced for assault by beating (a man outside the Anchor, Feb 2023): 12-month "
        "community order, 15 RAR days, 100 hours unpaid work. No DA history known at PSR.",
        po,
    )
    t2.entry(
        _d("2023-04-18"),
        "18/04/23",
        "Induction",
        "Ryan",
        "Induction at Carnmoor office. Lives with partner Tamsin and her two children. Daily "
        "cannabis, 'coke at weekends sometimes'. Agreed referral to substance misuse service.",
        po,
    )
    t2.entry(
        _d("2023-05-22"),
        "22/05/23",
        "Referral",
        "Carnmoor Recovery Partnership",
        "Referral sent for substance misuse assessment.",
        po,
    )
    t2.entry(
        _d("2023-07-24"),
        "24/07/23",
        "Police notification",
        "Police PPU",
        "Told of arrest for ABH on partner 22/07. Risk of serious harm to known adult raised to "
        "HIGH. DA enquiry with police and CSC; children known.",
        po,
    )
    t2.entry(
        _d("2023-07-26"),
        "26/07/23",
        "Office",
        "Ryan",
        "Says Tamsin 'started it' and he 'just pushed her away'. Staying at his brother's, "
        "4 Ropewalk, Tregarth. Bail conditions discussed.",
        po,
    )
    t2.entry(
        _d("2023-09-14"),
        "14/09/23",
        "Office",
        "Ryan",
        "Seen after arrest for breach of bail; says he only went round with money for the kids. "
        "Warned about compliance.",
        po,
    )
    t2.entry(
        _d("2023-12-19"),
        "19/12/23",
        "Home visit",
        "Ryan and Tamsin",
        "At 7 Gannet Row: Ryan has moved back in since CPS dropped the case. Tamsin heavily "
        "pregnant. Change of address not reported – warning letter.",
        po,
    )
    t2.entry(
        _m("2024-01"),
        "January 2024",
        "Telephone",
        "Ryan",
        "Rang to say Noah was born; 'over the moon'. Reminded to tell us of changes in household.",
        po,
    )
    t2.entry(
        _d("2024-03-07"),
        "07/03/24",
        "Police notification",
        "Police PPU",
        "Ryan and Tamsin arrested over injuries to Noah; released under investigation. "
        "Information shared with CSC.",
        po,
    )
    t2.entry(
        _d("2024-04-10"),
        "10/04/24",
        "Order ended",
        "",
        "Community order completed; 100 hours unpaid work done. Risk stays HIGH while the "
        "police investigation is open.",
        "SPO Nessa Keast",
    )
    _table(
        doc,
        t2,
        merges=[((1, 0), (2, 0)), ((1, 1), (1, 2)), ((1, 3), (2, 3)), ((1, 4), (2, 4))],
        bold=(1, 2),
    )
    doc.add_paragraph("")

    t3 = _Grid(case, "Table 3")
    t3.skip(SIGNOFF, "Signed off by SPO", "Nessa Keast", "05/06/2024")
    _table(doc, t3)
    doc.save(str(out / case.file))
    return case


# ---------------------------------------------------------------------------------------------
# 14. Youth justice: CSV UTF-8 (no BOM), ISO dates, multi-line cell, month 13, footer


def _youth_justice(out: Path) -> Case:
    case = Case(
        file="Carnmoor_Youth_Justice_Service_chronology.csv",
        organisation="Youth Justice Service",
        sector="Youth Justice",
        text_header="Case note",
        styles=(
            "csv UTF-8 no BOM",
            "header on the first line",
            "ISO dates (one year-month '2024-05')",
            "multi-line quoted cell",
            "impossible ISO date (month 13)",
            "blank record then a footer in the text column",
        ),
    )
    g = _Grid(case, "")
    g.header("Date", "Time", "Contact type", "Worker", "Case note", "Risk / AssetPlus")
    yw = "Ysolde Pengelly (YJ officer)"
    g.entry(
        _d("2024-02-08", "19:30"),
        "2024-02-08",
        "19:30",
        "Police notification",
        "Duty officer",
        "Custody: Jayden (12) arrested for theft and assault on a security guard at the "
        "Porthwenna Co-op. Grandmother was appropriate adult.",
        "",
    )
    g.entry(
        _d("2024-02-14", "10:00"),
        "2024-02-14",
        "10:00",
        "Home visit",
        yw,
        "Out of court disposal assessment at 7 Gannet Row with Jayden and mum.\nJayden admits "
        "the theft; says he was 'hungry and skint'.\nRyan present and dismissive.",
        "Safety and wellbeing: medium",
    )
    g.entry(
        _d("2024-02-20"),
        "2024-02-20",
        "",
        "School liaison",
        yw,
        "DSL Kerenza Jewell: attendance 79%, two internal exclusions, self-harm history.",
        "",
    )
    g.entry(
        _d("2024-03-01", "14:00"),
        "2024-03-01",
        "14:00",
        "Joint decision panel",
        yw,
        "OOCD panel: Youth Conditional Caution, 3 months – reparation and 6 victim awareness "
        "sessions.",
        "Likelihood of reoffending: low",
    )
    g.entry(
        _d("2024-03-07", "09:40"),
        "2024-03-07",
        "09:40",
        "Information",
        yw,
        "SW: Jayden now at his grandmother's under s20 after the baby's injuries.",
        "Safety and wellbeing: high",
    )
    g.entry(
        _d("2024-03-12", "16:00"),
        "2024-03-12",
        "16:00",
        "Caution delivered",
        yw,
        "Youth Conditional Caution given at Porthwenna police station, grandmother present.",
        "",
    )
    g.entry(
        _d("2024-03-26", "15:30"),
        "2024-03-26",
        "15:30",
        "Session 1",
        yw,
        "Victim awareness at nan's. Engaged well; wrote an apology letter to the guard.",
        "",
    )
    g.entry(
        _d("2024-04-09"),
        "2024-04-09",
        "",
        "Session 2",
        yw,
        "Did not attend – nan said he had a headache. Rearranged.",
        "",
    )
    g.entry(
        No("impossible date: month 13"),
        "2024-13-04",
        "15:30",
        "Session 3",
        yw,
        "Session on consequences of violence; talked about his anger at Ryan.",
        "",
    )
    g.entry(
        _m("2024-05"),
        "2024-05",
        "",
        "Reparation",
        "Reparation team",
        "Reparation hours completed at Porthwenna community garden during May.",
        "",
    )
    g.blank()
    g.skip(FOOTER, "", "", "", "", "End of chronology – case manager Ysolde Pengelly", "")
    _write_csv(out / case.file, g)
    return case


# ---------------------------------------------------------------------------------------------
# 15. Housing: xlsx, date and datetime cells, arrears, typed twice, "unknown", hidden sheet


def _housing(out: Path) -> Case:
    case = Case(
        file="Carnmoor_Homes_housing_chronology.xlsx",
        organisation="Housing",
        sector="Housing",
        text_header="Notes",
        styles=(
            "xlsx",
            "header in row 1, no title",
            "Excel date cells and Excel datetime cells",
            "money column",
            "one entry typed twice",
            "'unknown' date",
            "hidden sheet of lookup lists",
        ),
    )
    g = _Grid(case, "Chronology")
    g.header("Date", "Contact type", "Officer", "Notes", "Arrears balance")
    officer = "Meryn Hocking"
    g.entry(
        _d("2023-02-14"),
        dt.date(2023, 2, 14),
        "Tenancy visit",
        officer,
        "Annual visit. Ryan Quarrie present; says he 'stays over sometimes' – not on the "
        "tenancy. Minor repairs logged.",
        212.40,
    )
    g.entry(
        _d("2023-07-26"),
        dt.date(2023, 7, 26),
        "Phone call",
        officer,
        "Tamsin asked for the locks to be changed after the DA incident. Done the same day "
        "under the Sanctuary scheme.",
        305.10,
    )
    g.entry(
        _d("2023-09-28", "11:30"),
        dt.datetime(2023, 9, 28, 11, 30),
        "NOSP served",
        officer,
        "Notice of seeking possession served by hand; arrears £1,146.80. Tamsin says UC was cut "
        "when Ryan's income was counted.",
        1146.80,
    )
    g.entry(
        _d("2023-10-12"),
        dt.date(2023, 10, 12),
        "Money advice",
        "Tegan Richards (tenancy support)",
        "Referred to Citizens Advice Carnmoor; DHP application made.",
        1146.80,
    )
    g.entry(
        _d("2023-12-20"),
        dt.date(2023, 12, 20),
        "Tenancy visit",
        officer,
        "Ryan confirmed as living at the property. Tamsin asked to add him as joint tenant – "
        "refused while arrears outstanding.",
        1402.55,
    )
    g.entry(
        _d("2024-03-08"),
        dt.date(2024, 3, 8),
        "Email from SW",
        officer,
        "SW told us of the police investigation; parents not living with the children. Tamsin "
        "staying with a friend.",
        1402.55,
    )
    for _ in range(2):  # the officer saved the same entry twice
        g.entry(
            _d("2024-04-15", "14:00"),
            dt.datetime(2024, 4, 15, 14, 0),
            "Surrender / TA",
            officer,
            "Tamsin signed a surrender of the tenancy of 7 Gannet Row. Placed in TA at Flat 3, "
            "Kittiwake House, Tregarth ZQ2 8NP (single person).",
            1402.55,
        )
    g.entry(
        No("no date: 'unknown'"),
        "unknown",
        "Keys returned",
        officer,
        "Keys handed in at the office by Tamsin's mother.",
    )
    g.entry(
        _d("2024-05-02"),
        dt.date(2024, 5, 2),
        "Void inspection",
        "Jory Bassett (voids)",
        "Bedroom door damaged; hole in the hallway plaster at fist height. Recharge raised.",
        1402.55,
    )
    lists = _Grid(case, "Lists")
    lists.skip(LOOKUP, "Contact type")
    for item in (
        "Tenancy visit",
        "Phone call",
        "NOSP served",
        "Money advice",
        "Email from SW",
        "Surrender / TA",
        "Keys returned",
        "Void inspection",
    ):
        lists.skip(LOOKUP, item)
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Chronology"
    _fill(ws, g, bold=(1,), widths=(17, 18, 28, 80, 15))
    hidden = wb.create_sheet("Lists")
    _fill(hidden, lists)
    hidden.sheet_state = "hidden"
    wb.save(out / case.file)
    return case


# ---------------------------------------------------------------------------------------------
# 16. Ambulance: xlsx, datetime cells under "Call received" and "On scene", one text 2112hrs


def _ambulance(out: Path) -> Case:
    case = Case(
        file="Tamar_Peninsula_Ambulance_Service_incidents.xlsx",
        organisation="Ambulance Service",
        sector="Ambulance",
        text_header="Clinical narrative and safeguarding",
        styles=(
            "xlsx",
            "title row",
            "Excel datetime cells under 'Call received' (not named date)",
            "second datetime column 'On scene'",
            "one call time typed as text '24/02/2024 2112hrs'",
            "two notes below",
        ),
    )
    g = _Grid(case, "Incidents")
    g.skip(TITLE, "Tamar Peninsula Ambulance Service NHS Trust – incidents involving the family")
    g.header(
        "Incident No",
        "Call received",
        "On scene",
        "Patient",
        "Location",
        "Chief complaint",
        "Clinical narrative and safeguarding",
        "Outcome",
    )
    home = "7 Gannet Row, Porthwenna"
    g.entry(
        _d("2022-08-14", "17:22"),
        "22-0814-0912",
        dt.datetime(2022, 8, 14, 17, 22),
        dt.datetime(2022, 8, 14, 17, 49),
        "Jayden Penhallow",
        "Pengersick Park, Porthwenna",
        "Fall",
        "11M fell from bike, deformity L wrist. Mother on scene. Entonox given.",
        "Conveyed to RCH ED",
    )
    g.entry(
        _d("2023-07-22", "23:45"),
        "23-0722-1187",
        dt.datetime(2023, 7, 22, 23, 45),
        dt.datetime(2023, 7, 23, 0, 9),
        "Tamsin Penhallow",
        home,
        "Assault",
        "Police on scene. 26F, 16/40 pregnant, punched to face. Obs normal, no abdominal pain or "
        "bleeding. Declined conveyance; advised maternity triage if any pain. Adult safeguarding "
        "referral made.",
        "Not conveyed",
    )
    g.entry(
        _d("2023-11-20", "00:58"),
        "23-1120-0045",
        dt.datetime(2023, 11, 20, 0, 58),
        dt.datetime(2023, 11, 20, 1, 14),
        "Tamsin Penhallow",
        home,
        "Overdose",
        "Called by son (12). Approx 14 sertraline 50mg at 23:00. GCS 15. Partner present, "
        "smelled of alcohol; children left with him. Child safeguarding referral made.",
        "Conveyed to RCH ED",
    )
    g.entry(
        _d("2024-01-17", "00:20"),
        "24-0117-0011",
        dt.datetime(2024, 1, 17, 0, 20),
        dt.datetime(2024, 1, 17, 0, 38),
        "Tamsin Penhallow",
        home,
        "Labour",
        "41/40, contractions every 3 minutes. Partner with her. Conveyed to delivery suite.",
        "Conveyed to RCH delivery suite",
    )
    g.entry(
        _d("2024-02-24", "21:12"),
        "24-0224-1530",
        "24/02/2024 2112hrs",
        dt.datetime(2024, 2, 24, 21, 31),
        "Noah Quarrie",
        home,
        "Choking",
        "Parents say 5-week-old 'choked on his milk' and went red. Well on assessment, feeding "
        "advice given. No marks recorded. No safeguarding referral.",
        "Not conveyed",
    )
    g.entry(
        _d("2024-03-05", "19:52"),
        "24-0305-1702",
        dt.datetime(2024, 3, 5, 19, 52),
        dt.datetime(2024, 3, 5, 20, 4),
        "Noah Quarrie",
        home,
        "Breathing problems",
        "Mother says 7-week-old went 'floppy and grey' after a feed. Alert and crying on arrival, "
        "SpO2 98%. Crew noticed a small bruise behind L ear; parents say Isla poked him. "
        "Conveyed with mother.",
        "Conveyed to RCH ED",
    )
    g.entry(
        _d("2024-03-08", "22:40"),
        "24-0308-1966",
        dt.datetime(2024, 3, 8, 22, 40),
        dt.datetime(2024, 3, 8, 22, 58),
        "Tamsin Penhallow",
        "Harbour wall, Porthwenna",
        "Mental health",
        "Found by police sitting on the harbour wall, distressed after arrest. Said she 'can't "
        "live with what they think'. Conveyed for MH assessment.",
        "Conveyed to RCH ED",
    )
    g.blank()
    g.skip(NOTE, "Crew safeguarding referrals are held on the safeguarding database.")
    g.skip(NOTE, "Extracted from CAD and ePCR by the safeguarding team, 30/05/2024.")
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Incidents"
    _fill(ws, g, bold=(1, 2), widths=(14, 17, 17, 18, 26, 18, 80, 28))
    wb.save(out / case.file)
    return case


# ---------------------------------------------------------------------------------------------
# 17. Substance misuse: xlsx, Agency: line, dd-Mon-yyyy text dates, "Aug-2023", given agency


def _substance(out: Path) -> Case:
    case = Case(
        file="Carnmoor_Recovery_Partnership_client_chronology.xlsx",
        organisation="Substance Misuse Service",
        sector="Health",
        agency_given="Substance Misuse Service",
        text_header="Summary",
        styles=(
            "xlsx",
            "three-row title block with an 'Agency:' line",
            "dd-Mon-yyyy text dates",
            "month-only 'Aug-2023'",
            "key below",
        ),
    )
    g = _Grid(case, "Client chronology")
    g.skip(TITLE, "Carnmoor Recovery Partnership")
    g.skip(TITLE, "Agency: Carnmoor Recovery Partnership (adult drug and alcohol service)")
    g.skip(TITLE, "Client: Ryan QUARRIE, DOB 02/12/1992")
    g.blank()
    g.header("Date", "Type of contact", "Summary", "Keyworker", "Drug test")
    kw = "Kit Trembath"
    g.entry(
        _d("2023-05-22"),
        "22-May-2023",
        "Referral",
        "Referral from probation (PO Carthew): daily cannabis, cocaine at weekends.",
        "Duty",
    )
    g.entry(
        _d("2023-06-05"),
        "05-Jun-2023",
        "Assessment",
        "Full assessment. Says cannabis 'helps his anger'. Lives with partner and her two "
        "children; partner 'might be pregnant'.",
        kw,
    )
    g.entry(_d("2023-06-19"), "19-Jun-2023", "Keywork", "Did not attend. Text sent.", kw)
    g.entry(
        _d("2023-07-03"),
        "03-Jul-2023",
        "Keywork",
        "Seen. Cannabis down to evenings only. Urine screen positive.",
        kw,
        "THC +, COC +",
    )
    g.entry(
        _d("2023-07-31"),
        "31-Jul-2023",
        "Keywork",
        "At his brother's because of bail. Talked about the arrest; minimised it ('just an "
        "argument').",
        kw,
    )
    g.entry(_m("2023-08"), "Aug-2023", "Letters", "Two DNA letters sent.", "Admin")
    g.entry(
        _d("2023-09-11"),
        "11-Sep-2023",
        "Keywork",
        "Seen briefly; angry about 'social services in my business'. Left early.",
        kw,
        "Declined",
    )
    g.entry(
        _d("2023-11-30"),
        "30-Nov-2023",
        "Discharge",
        "Discharged – no contact since 11/09. Probation told.",
        kw,
    )
    g.entry(
        _d("2024-02-07"),
        "07-Feb-2024",
        "Re-referral",
        "Self-referral: wants to 'get clean for the baby'.",
        "Duty",
    )
    g.entry(
        _d("2024-02-14"),
        "14-Feb-2024",
        "Assessment",
        "Daily cannabis, cocaine 'now and then'. Baby Noah at home: safe storage discussed, "
        "lockbox given.",
        kw,
        "THC +",
    )
    g.entry(
        _d("2024-02-28"),
        "28-Feb-2024",
        "Keywork",
        "Tired, irritable: 'the baby never stops crying'. Advised to put Noah down safely and "
        "step away if frustrated.",
        kw,
    )
    g.entry(
        _d("2024-03-06"),
        "06-Mar-2024",
        "Information",
        "CSC told us of Noah's injuries; Ryan's care plan shared with the SW.",
        kw,
    )
    g.blank()
    g.skip(NOTE, "Drug test key: THC = cannabis, COC = cocaine")
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Client chronology"
    _fill(ws, g, bold=(1, 5), widths=(13, 16, 80, 14, 14))
    wb.save(out / case.file)
    return case


# ---------------------------------------------------------------------------------------------
# 18. Domestic abuse service: Word, details, heading row, vertically merged dates, key table


def _domestic_abuse(out: Path) -> Case:
    case = Case(
        file="Harbour_Light_Domestic_Abuse_Service_chronology.docx",
        organisation="Domestic Abuse Service",
        sector="Voluntary",
        text_header="Summary of contact and risk",
        styles=(
            "docx",
            "cover/details table",
            "heading row merged across the table",
            "vertically merged date cells",
            "dd.mm.yyyy dates",
            "vague 'Early December 2023'",
            "abbreviations table after the chronology",
        ),
    )
    doc = Document()
    doc.add_heading("Harbour Light Domestic Abuse Service", level=1)
    doc.add_paragraph("IDVA chronology for the Child Safeguarding Practice Review")

    t1 = _Grid(case, "Table 1")
    t1.skip(DETAILS, "Service", "Harbour Light Domestic Abuse Service (IDVA team)")
    t1.skip(DETAILS, "Client", "Tamsin PENHALLOW (DOB 14/08/1996)")
    t1.skip(DETAILS, "Children", "Jayden, Isla; unborn (EDD 08/01/2024)")
    t1.skip(DETAILS, "Completed by", "Sennen Williams, Senior IDVA")
    _table(doc, t1)
    doc.add_paragraph("")

    t2 = _Grid(case, "Table 2")
    t2.skip(TITLE, "IDVA contact record – client T.P. (MARAC ref ZQ-M-23-0193)")
    t2.header("Date", "Contact", "Summary of contact and risk", "IDVA")
    sw = "Sennen Williams"
    t2.entry(
        _d("2023-07-26"),
        "26.07.2023",
        "Phone",
        "First contact; Tamsin at her mum's. Risks: previous strangulation, pregnancy, "
        "separation. Safety plan done; referred to MARAC.",
        sw,
    )
    t2.entry(
        _d("2023-08-03"),
        "03.08.2023",
        "MARAC",
        "Heard at MARAC. Actions: police flag on the address, Sanctuary scheme (done), midwife "
        "to see Tamsin alone.",
        sw,
    )
    t2.entry(
        _d("2023-08-03"),
        "03.08.2023",
        "Phone",
        "Fed back MARAC actions. Tamsin says Ryan keeps texting her from his brother's phone.",
        sw,
    )
    t2.entry(
        _d("2023-08-15"),
        "15.08.2023",
        "Face to face",
        "Met at Porthwenna Family Hub. Thinking of withdrawing: 'he's the baby's dad'. Special "
        "measures explained.",
        sw,
    )
    t2.entry(
        _d("2023-09-12"),
        "12.09.2023",
        "Phone",
        "Tamsin denied Ryan is staying over; angry that the school told social care.",
        sw,
    )
    t2.entry(
        _d("2023-11-29"),
        "29.11.2023",
        "Phone",
        "Tamsin has withdrawn her statement and Ryan will move back in. Risks discussed; she "
        "declined further support.",
        sw,
    )
    t2.entry(
        _d("2023-11-30"),
        "30.11.2023",
        "Closure",
        "Closed – client declined service. Letter sent with helpline numbers.",
        sw,
    )
    t2.entry(
        No("vague date: 'Early December 2023'"),
        "Early December 2023",
        "Letter",
        "Closure letter came back marked 'not known at this address'.",
        "Admin",
    )
    t2.entry(
        _d("2024-03-12"),
        "12.03.2024",
        "Re-referral",
        "Re-referral from SW after Noah's injuries. Tamsin asks for help; says she has left Ryan.",
        sw,
    )
    t2.entry(
        _d("2024-03-18"),
        "18.03.2024",
        "Face to face",
        "Seen at her solicitor's. New DASH 14 – HIGH. Disclosed that Ryan was 'rough with the "
        "baby when he cried' and shook the Moses basket.",
        sw,
    )
    _table(doc, t2, merges=[((1, 0), (1, 3)), ((4, 0), (5, 0))], bold=(1, 2))
    doc.add_paragraph("")

    t3 = _Grid(case, "Table 3")
    t3.skip(NOTE, "Abbreviation", "Meaning")
    t3.skip(NOTE, "IDVA", "Independent Domestic Violence Advisor")
    t3.skip(NOTE, "MARAC", "Multi-Agency Risk Assessment Conference")
    t3.skip(NOTE, "DASH", "Domestic Abuse, Stalking and Harassment risk checklist")
    _table(doc, t3, bold=(1,))
    doc.save(str(out / case.file))
    return case


# ---------------------------------------------------------------------------------------------
# 19. Early help: Word, details, year sub-headings merged across, paragraphs, sign-off


def _early_help(out: Path) -> Case:
    case = Case(
        file="Early_Help_Family_Hub_chronology.docx",
        organisation="Early Help",
        sector="Children's Social Care",
        text_header="What we did and the impact for the children",
        styles=(
            "docx",
            "cover/details table",
            "year sub-heading rows merged across the table",
            "year-only date '2022'",
            "several paragraphs in a cell",
            "text header naming impact",
            "impossible date 31/09",
            "sign-off table",
        ),
    )
    doc = Document()
    doc.add_heading("Carnmoor Early Help – Porthwenna Family Hub", level=1)

    t1 = _Grid(case, "Table 1")
    t1.skip(DETAILS, "Family", "Penhallow")
    t1.skip(DETAILS, "Lead practitioner", "Morvoren Tresize, Family Support Worker")
    t1.skip(DETAILS, "Episode", "16/01/2023 – 20/06/2023")
    _table(doc, t1)
    doc.add_paragraph("")

    t2 = _Grid(case, "Table 2")
    t2.header(
        "Date",
        "Type of contact",
        "Who was seen",
        "What we did and the impact for the children",
    )
    t2.skip(SUBHEAD, "2022")
    t2.entry(
        _y("2022"),
        "2022",
        "Previous involvement",
        "",
        "Tamsin had a place on the Family Hub parenting course (Incredible Years); she came to "
        "3 of 10 sessions.",
    )
    t2.skip(SUBHEAD, "2023")
    t2.entry(
        _d("2023-01-16"),
        "16/01/2023",
        "Referral",
        "",
        "Referral from Little Puffins Nursery: Isla's hygiene, lateness and hunger. Mum "
        "consented by phone.",
    )
    t2.entry(
        _d("2023-02-02"),
        "02/02/2023",
        "Home visit",
        "Tamsin, Isla",
        "Early Help assessment started. Washing machine broken, nothing on the electric meter: "
        "food bank voucher given. Tamsin mentioned arguments with Ryan, 'nothing physical'.",
    )
    t2.entry(
        _d("2023-02-21"),
        "21/02/2023",
        "TAF meeting",
        "Tamsin, nursery, school, HV",
        [
            "TAF 1 at Little Puffins.",
            "Plan: morning routine chart, help with laundry, school nurse to see Jayden about "
            "his sleep.",
        ],
    )
    t2.entry(
        _d("2023-03-07"),
        "07/03/2023",
        "Home visit",
        "Tamsin, Jayden",
        [
            "Jayden (11) said he gets Isla ready in the mornings when mum is 'tired'.",
            "Impact: Jayden is a young carer and is missing the start of school. Young carers "
            "referral made.",
        ],
    )
    t2.entry(
        _d("2023-03-28"),
        "28/03/2023",
        "TAF meeting",
        "Tamsin, nursery, school",
        "TAF 2. Routine chart working 'most days'. Nursery attendance 79%.",
    )
    t2.entry(
        _d("2023-04-18"),
        "18/04/2023",
        "Home visit (no answer)",
        "",
        "No answer, curtains closed at 11am. Card left.",
    )
    t2.entry(
        _d("2023-05-09"),
        "09/05/2023",
        "TAF meeting",
        "Tamsin, Ryan, nursery",
        "TAF 3. Attendance up to 88%. Ryan came for the first time and said little.",
    )
    t2.entry(
        _d("2023-06-06"),
        "06/06/2023",
        "Phone",
        "Tamsin",
        "Tamsin says she does not need us now, 'things are sorted'. Step down discussed.",
    )
    t2.entry(
        _d("2023-06-20"),
        "20/06/2023",
        "Closure",
        "",
        "Closed: outcomes partly met, family disengaged. Letter sent; nursery told. No DA "
        "concerns recorded at closure.",
    )
    t2.entry(
        No("impossible date: 31 September"),
        "31/09/2023",
        "Phone",
        "Tamsin",
        "Tamsin rang about a school uniform grant for Jayden; given the council's link.",
    )
    _table(doc, t2, merges=[((2, 0), (2, 3)), ((4, 0), (4, 3))], bold=(1, 2, 4))
    doc.add_paragraph("")

    t3 = _Grid(case, "Table 3")
    t3.skip(SIGNOFF, "Manager's review", "Closure agreed")
    t3.skip(SIGNOFF, "Name", "Pasco Hendy, Early Help Team Manager")
    t3.skip(SIGNOFF, "Date", "22/06/2023")
    _table(doc, t3)
    doc.save(str(out / case.file))
    return case


# ---------------------------------------------------------------------------------------------
# 20. ICB safeguarding team: xlsx, cover sheet, "Mar-23" months, a year as a number


def _icb(out: Path) -> Case:
    case = Case(
        file="Carnmoor_Tamar_ICB_health_summary.xlsx",
        organisation="ICB",
        sector="Health",
        text_header="Summary of contact",
        styles=(
            "xlsx",
            "cover sheet",
            "'Mar-23' month dates as text under 'Month'",
            "a year typed as a number (2022)",
            "text column next to a 'Significance / learning' column",
            "vague 'Spring 2024'",
            "compiled-by line with 'June 2024'",
        ),
    )
    cover = _Grid(case, "Cover")
    cover.skip(COVER, "Child Safeguarding Practice Review – Penhallow / Quarrie children")
    cover.skip(COVER, "Review reference: CT-CSPR-2024-02")
    cover.skip(COVER, "Agency: Carnmoor and Tamar ICB (safeguarding team)")
    cover.skip(COVER, "Prepared by: Tressa Jenkin, Designated Nurse Safeguarding Children")
    cover.skip(COVER, "Date submitted: 12/06/2024")

    g = _Grid(case, "Health summary")
    g.skip(TITLE, "ICB Safeguarding Team – summary of health involvement (Penhallow / Quarrie)")
    g.header(
        "Month",
        "Health provider",
        "Summary of contact",
        "Significance / learning for the review",
    )
    g.entry(
        _y("2022"),
        2022,
        "GP",
        "Jayden seen three times for asthma; Isla's immunisations up to date.",
        "Routine; no safeguarding concerns recorded.",
    )
    g.entry(
        _m("2023-03"),
        "Mar-23",
        "GP",
        "Tamsin started sertraline for low mood; routine DA enquiry – denied.",
        "Good practice: routine enquiry asked.",
    )
    g.entry(
        _m("2023-06"),
        "Jun-23",
        "Midwifery",
        "Booking; partner present so DA enquiry not possible.",
        "No plan recorded to see Tamsin alone at the next contact.",
    )
    g.entry(
        _m("2023-07"),
        "Jul-23",
        "Ambulance / ED",
        "Assault in pregnancy; ambulance crew and ED both made referrals.",
        "Good multi-agency response.",
    )
    g.entry(
        _m("2023-10"),
        "Oct-23",
        "CAMHS / ED",
        "Jayden's self-harm; CAMHS triaged routine, upgraded after the ED attendance.",
        "Question about CAMHS triage when DA is known.",
    )
    g.entry(
        _m("2023-11"),
        "Nov-23",
        "ED / GP / CMHT",
        "Tamsin's overdose at 33 weeks pregnant.",
        "Prompt perinatal mental health response.",
    )
    g.entry(
        _m("2024-01"),
        "Jan-24",
        "Maternity / HV",
        "Noah's birth and discharge; new birth visit on day 12.",
        "Father dominated the new birth visit; not explored.",
    )
    g.entry(
        _m("2024-02"),
        "Feb-24",
        "Ambulance / GP / HV",
        "Choking call on 24/02 (not conveyed, no referral); 6-week check 27/02; not brought "
        "to HV review 28/02.",
        "Key learning: crew did not consider the call in a non-mobile baby as a possible "
        "safeguarding concern; no sharing with HV.",
    )
    g.entry(
        _m("2024-03"),
        "Mar-24",
        "ED / Paediatrics",
        "Bruising to ear and torn frenulum at 7 weeks; rib fractures on skeletal survey.",
        "Bruising protocol followed in ED.",
    )
    g.entry(
        No("vague date: 'Spring 2024'"),
        "Spring 2024",
        "All health providers",
        "Health attendance at strategy meetings and core groups.",
        "Attendance good; GP reports not always sent.",
    )
    g.blank()
    g.skip(SIGN, "Compiled by the Designated Nurse, Carnmoor and Tamar ICB, June 2024.")
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Cover"
    _fill(ws, cover, bold=(1,), widths=(90,))
    _fill(wb.create_sheet("Health summary"), g, bold=(1, 2), widths=(10, 22, 70, 60))
    wb.save(out / case.file)
    return case


# ---------------------------------------------------------------------------------------------

_BUILDERS = (
    _police,
    _csc,
    _mash,
    _ed,
    _ward,
    _midwifery,
    _health_visiting,
    _gp,
    _school,
    _nursery,
    _camhs,
    _adult_mh,
    _probation,
    _youth_justice,
    _housing,
    _ambulance,
    _substance,
    _domestic_abuse,
    _early_help,
    _icb,
)


def build(out_dir: Path) -> list[Case]:
    """Write every file into out_dir and return what a careful reader takes from each."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    return [builder(out_dir) for builder in _BUILDERS]


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="blind_returns_3_"))
    cases = build(out)
    totals: Counter[str] = Counter()
    for case in cases:
        n = Counter(type(e).__name__ for e in case.rows.values())
        totals.update(n)
        print(f"{case.file:55} Ok {n['Ok']:3}  No {n['No']:3}  Skip {n['Skip']:3}")
    print(
        f"{len(cases)} files in {out}: Ok {totals['Ok']}, No {totals['No']}, Skip {totals['Skip']}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
