"""Second acceptance round on agency chronologies the project has never seen.

Fourteen wholly fictional exports in the spirit of English agency systems (a Mosaic case-note
report, a multi-row-agency chronology, SystmOne and EMIS journals, an Adastra 111/OOH log, a
CPOMS export, an ambulance ePCR summary, a ChildView contact history, a Northgate-style housing
action log, an Athena occurrence summary, a BadgerNet maternity summary, a Nebula activity
report, a RiO notes extract and an nDelius contact log), each with the messes agencies send:
title blocks with merged cells and logos, key/value report headers, headers with line breaks,
odd capitals, trailing spaces and typos, columns in any order, repeated headers after page
breaks, spacer rows, footers, notes tabs, hidden sheets, title-only sheets, dates in every UK
style (and some impossible or vague ones), separate time columns written every which way.

Beside every file the test states what a careful human reader makes of each row below the
header: accepted with which ISO date, precision and time, or rejected. Checked through
`read_chronology` and once through `cspr ingest`:

1. every non-blank row below a table's header is in events or rejections exactly once;
2. dates are day first, partial dates keep their precision, nothing is guessed;
3. all events of a file carry one agency;
4. the header row is found and the obvious date, time and text columns are mapped.

Names, references and numbers are invented.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import openpyxl
import pytest
import xlsxwriter
from openpyxl.styles import Alignment
from xlsxwriter.utility import xl_cell_to_rowcol

from tests.unseen_templates_helpers import Acc as Ok
from tests.unseen_templates_helpers import (
    Expect,
    Key,
    Skip,
    agency_problems,
    all_problems,
    date_problems,
    ingest_result,
    mapping_problems,
    report,
    results_fixture,  # noqa: F401
    row_problems,
    seen_in_cli_output,
    seen_in_result,
    tiny_png,
    write_csv,
)
from tests.unseen_templates_helpers import Rej as No

D = dt.date
T = dt.time


def DT(y: int, m: int, d: int, hh: int = 0, mm: int = 0) -> dt.datetime:
    return dt.datetime(y, m, d, hh, mm)


@dataclass(frozen=True)
class Styled:
    """A cell value with an explicit Excel number format."""

    value: object
    number_format: str


def _value(cell: object) -> object:
    return cell.value if isinstance(cell, Styled) else cell


def _is_blank(row: list[object]) -> bool:
    return all(_value(c) is None or not str(_value(c)).strip() for c in row)


class Grid:
    """One worksheet (or the one CSV table) with the expected fate of each body row."""

    def __init__(self, name: str, *, is_csv: bool = False) -> None:
        self.name = name
        self.is_csv = is_csv
        self.rows: list[list[object]] = []
        self.header_at: int | None = None  # 1-based physical row
        self.fate: dict[int, Expect] = {}  # physical row -> expectation
        self.merges: list[str] = []
        self.hidden = False

    def line(self, *cells: object) -> int:
        self.rows.append(list(cells))
        return len(self.rows)

    def header(self, *cells: object) -> None:
        self.header_at = self.line(*cells)

    def row(self, expect: Expect, *cells: object) -> int:
        number = self.line(*cells)
        self.fate[number] = expect
        return number

    def key(self, number: int) -> Key:
        assert self.header_at is not None
        return (self.name, number)  # CSV too: the record a spreadsheet shows

    @property
    def shown_header_row(self) -> int | None:
        if self.header_at is None:
            return None
        return self.header_at

    def expected(self) -> dict[Key, Expect]:
        """Self-check of the test data, then the expectations keyed as the outputs are."""
        if self.header_at is None:
            assert not self.fate, self.name
            return {}
        body = {
            n
            for n, row in enumerate(self.rows, start=1)
            if n > self.header_at and not _is_blank(row)
        }
        assert body == set(self.fate), (self.name, sorted(body ^ set(self.fate)))
        return {self.key(n): e for n, e in self.fate.items()}

    def cells_of(self, key: Key) -> list[object]:
        for number in self.fate:
            if self.key(number) == key:
                return self.rows[number - 1]
        return []


@dataclass
class Case:
    path: Path
    grids: list[Grid]
    agencies: frozenset[str]  # the file's one agency must be one of these
    agency_arg: str | None = None
    obvious: dict[str, dict[str, str]] = field(default_factory=dict)  # sheet -> header -> field

    def expected(self) -> dict[Key, Expect]:
        out: dict[Key, Expect] = {}
        for grid in self.grids:
            out.update(grid.expected())
        return out

    def cells_of(self, key: Key) -> list[object]:
        for grid in self.grids:
            if grid.name == key[0] and grid.header_at is not None:
                cells = grid.cells_of(key)
                if cells:
                    return cells
        return []


# --------------------------------------------------------------------------------------------
# Writers


def _format_for(value: object) -> str | None:
    if isinstance(value, dt.datetime):
        return "dd/mm/yyyy hh:mm" if value.time() != dt.time(0) else "dd/mm/yyyy"
    if isinstance(value, dt.date):
        return "dd/mm/yyyy"
    if isinstance(value, dt.time):
        return "hh:mm"
    if isinstance(value, str) and value.isdigit():
        return "@"  # digits typed into a text cell
    return None


def save_openpyxl(path: Path, grids: list[Grid]) -> Path:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for grid in grids:
        sheet = book.create_sheet(grid.name)
        for r, row in enumerate(grid.rows, start=1):
            for c, cell in enumerate(row, start=1):
                value = _value(cell)
                if value is None:
                    continue
                target = sheet.cell(row=r, column=c, value=value)
                fmt = cell.number_format if isinstance(cell, Styled) else _format_for(value)
                if fmt:
                    target.number_format = fmt
                if isinstance(value, str) and "\n" in value:
                    target.alignment = Alignment(wrap_text=True)
        for ref in grid.merges:
            sheet.merge_cells(ref)
        if grid.hidden:
            sheet.sheet_state = "hidden"
    book.save(path)
    return path


def save_xlsxwriter(path: Path, grids: list[Grid], logos: dict[str, str] | None = None) -> Path:
    book = xlsxwriter.Workbook(str(path))
    styles: dict[str, object] = {}

    def style(number_format: str | None) -> object:
        key = number_format or ""
        if key not in styles:
            spec: dict[str, object] = {"text_wrap": True}
            if number_format:
                spec["num_format"] = number_format
            styles[key] = book.add_format(spec)
        return styles[key]

    def put(sheet: object, r: int, c: int, cell: object) -> None:
        value = _value(cell)
        fmt = style(cell.number_format if isinstance(cell, Styled) else _format_for(value))
        if isinstance(value, dt.datetime | dt.date | dt.time):
            sheet.write_datetime(r, c, value, fmt)  # type: ignore[attr-defined]
        elif isinstance(value, str):
            sheet.write_string(r, c, value, fmt)  # type: ignore[attr-defined]
        else:
            sheet.write_number(r, c, value, fmt)  # type: ignore[attr-defined]

    for grid in grids:
        sheet = book.add_worksheet(grid.name)
        for ref in grid.merges:
            sheet.merge_range(ref, "", style(None))
        for r, row in enumerate(grid.rows):
            for c, cell in enumerate(row):
                if _value(cell) is not None:
                    put(sheet, r, c, cell)
        if grid.hidden:
            sheet.hide()
        if logos and grid.name in logos:
            row, _ = xl_cell_to_rowcol(logos[grid.name])
            sheet.set_row(row, 40)
            sheet.insert_image(
                logos[grid.name],
                "logo.png",
                {"image_data": io.BytesIO(tiny_png(3, 2, b"\x00\x30\xa0"))},
            )
    book.close()
    return path


# --------------------------------------------------------------------------------------------
# The unseen templates

CSC = "Children's Social Care"


def mosaic_case_notes(folder: Path) -> Case:
    """Mosaic case-note report: logo placeholder, merged titles, a key/value report block that
    looks a little like a header, header with line breaks, a typo ('Desription') and trailing
    spaces, a vertically merged date, an Excel-typed 'Mar-17', a year as a number, a repeated
    title and header after a page break, footers; a key/value notes tab; a hidden lookup."""
    g = Grid("Case Notes")
    g.line("[Northshire Council logo]")
    g.line("NORTHSHIRE COUNCIL – CHILDREN'S SERVICES")
    g.merges.append("A2:H2")
    g.line("Case Note Report (Mosaic)")
    g.merges.append("A3:H3")
    g.line(
        "Person:", "Child A (Mosaic ID 100234)", None, "Date Range:", "01/04/2017 - 31/03/2020",
        None, "Report Type:", "Case Notes",
    )  # fmt: skip
    g.line("Produced by:", "Mosaic Reporting Services", None, "Run on:", "26/11/2026 09:14")
    g.line()
    g.header(
        "Case Note\nID", "DATE OF\nCONTACT", "Time ", "Case Note Type", "Desription",
        "Outcome/Acton", "Worker  ", "Step",
    )  # fmt: skip
    g.row(
        Ok("2017-04-03", time="09:15"),
        "004512", DT(2017, 4, 3, 9, 15), None, "Contact",
        "Contact received from Police (PPN) re domestic incident at home. Both children present.",
        "Passed to MASH for screening", "Social Worker 1", "Contact",
    )  # fmt: skip
    g.row(
        Ok("2017-04-04", time="14:30"),
        "004519", D(2017, 4, 4), "14.30", "Strategy Discussion",
        "Strategy discussion with police and health. Threshold for S47 met.",
        "S47 enquiry to start", "Team Manager", "S47",
    )  # fmt: skip
    first = g.row(
        Ok("2017-04-06", time="10:00"),
        "004530", D(2017, 4, 6), "10:00", "Home Visit",
        "Joint home visit with HV. Home cluttered, little food in the fridge.",
        "Food bank voucher", "Social Worker 1", "S47",
    )  # fmt: skip
    g.row(
        Ok("2017-04-06", time="15:45"),
        "004531", None, "3.45pm", "Phone Call",
        "Call to school DSL: Child A often hungry, attendance 81%.",
        "Attendance to be monitored", "Social Worker 1", "S47",
    )  # fmt: skip
    g.merges.append(f"B{first}:B{first + 1}")
    g.row(
        Ok("2017-03-01", "month"),
        "004400", Styled(DT(2017, 3, 1), "mmm-yy"), None, "Case Summary",
        "Historical: family first known to CSC in March 2017 (typed as 'Mar-17').",
        None, "Social Worker 1", "Summary",
    )  # fmt: skip
    g.row(
        Ok("2018-01-01", "year"),
        "004401", 2018, None, "Case Summary",
        "Father in custody for part of 2018 (mother's account).", None, "Social Worker 1",
        "Summary",
    )  # fmt: skip
    g.row(No("page title repeated after a page break"), "Case Note Report (Mosaic) – continued")
    g.row(
        Skip("header repeated after a page break"),
        "Case Note\nID", "DATE OF\nCONTACT", "Time ", "Case Note Type", "Desription",
        "Outcome/Acton", "Worker  ", "Step",
    )  # fmt: skip
    g.row(
        Ok("2017-05-02"),
        "004600", "02/05/2017", None, "ICPC",
        "Initial child protection conference: both children subject to CP plans (neglect).",
        "CP plan", "Conference Chair", "ICPC",
    )  # fmt: skip
    g.row(
        No("31 April does not exist"),
        "004601", "31/04/2017", "11:00", "Core Group", "Core group meeting.", None,
        "Social Worker 1", "CP",
    )  # fmt: skip
    g.row(
        No("vague"),
        "004602", "Summer 2017", None, "Case Summary",
        "Mother says her new partner moved in over the summer.", None, "Social Worker 1", "CP",
    )  # fmt: skip
    g.line()
    g.row(
        Ok("2017-06-13", time="16:20"),
        "004700", "13/06/2017 16:20", None, "Home Visit",
        "Unannounced visit. No answer; curtains drawn at 4pm.", "Letter left", "Social Worker 2",
        "CP",
    )  # fmt: skip
    g.row(
        Ok("2017-06-15", time="11:00"),
        "004705", "15/06/17", "1100hrs", "Home Visit",
        "Visit completed; children seen and spoken to alone.", None, "Social Worker 2", "CP",
    )  # fmt: skip
    g.row(
        No("month first: month 13 does not exist, never swapped"),
        "004706", "06/13/2017", None, "Home Visit", "Visit entered by agency staff.", None,
        "Agency Worker", "CP",
    )  # fmt: skip
    g.row(
        No("continuation line, no date"),
        None, None, None, None, "(continued) Mother said she would not work with the plan.",
    )  # fmt: skip
    g.line()
    footer = g.row(No("footer"), "Printed by Mosaic Reporting Services – OFFICIAL-SENSITIVE")
    g.merges.append(f"A{footer}:H{footer}")
    g.row(No("signature line"), "Signed ____________________ (Team Manager)")

    notes = Grid("Notes")
    notes.line("Notes for the review panel")
    notes.line("Completed by", "Team Manager, Northshire CSC")
    notes.line("Date completed", D(2026, 11, 20))
    notes.line("Period covered", "April 2017 to March 2020")
    notes.line("Key", "ICPC = initial child protection conference")
    notes.line("Note", "Entries after 31/03/2020 are outside the terms of reference.")

    lookups = Grid("Lookups")
    lookups.hidden = True
    lookups.line("Code", "Meaning")
    lookups.line("CN01", "Contact")
    lookups.line("CN02", "Home Visit")

    path = save_openpyxl(folder / "Northshire_CSC_Mosaic_export.xlsx", [g, notes, lookups])
    obvious = {"DATE OF\nCONTACT": "date", "Time ": "time", "Desription": "event_text"}
    return Case(path, [g, notes, lookups], frozenset({CSC}), obvious={g.name: obvious})


def agency_column_chronology(folder: Path) -> Case:
    """A hand-built review chronology with a logo image, an 'Agency' column whose cells name
    the same agency several ways (and some blanks), weekday-prefixed dates and messy times."""
    g = Grid("Chronology")
    g.line()  # the row the logo image sits on
    g.line("CHILD A – CSPR CHRONOLOGY")
    g.merges.append("A2:F2")
    g.line("Agency: Northshire Children's Services    Author: Service Manager")
    g.merges.append("A3:F3")
    g.header("Agency", "Date", "Time", "Event", "Details", "Analysis / Significance")
    name = "Northshire Children's Services"
    g.row(
        Ok("2019-06-04", time="09:30"),
        name, "Tues 4th June 2019", T(9, 30), "Referral",
        "Referral from school: Child A disclosed being hit with a belt.",
        "First disclosure of physical harm.",
    )  # fmt: skip
    g.row(
        Ok("2019-06-05", time="14:30"),
        name, "Weds 5th June 2019", "2.30pm", "Strategy discussion",
        "Strategy discussion (police, health, CSC). S47 agreed.", None,
    )  # fmt: skip
    g.row(
        No("5 June 2019 was a Wednesday: the date is in doubt"),
        name, "Tues 5th June 2019", None, "Child protection medical",
        "CP medical at the hospital: linear bruising to the back.", None,
    )  # fmt: skip
    g.row(
        Ok("2019-06-06"),
        "Northshire CSC", "Thursday, 6th June 2019", "approx 3pm", "Visit",
        "Home visit to mother; father not present.",
        "A time of 'approx 3pm' must not be turned into 15:00.",
    )  # fmt: skip
    g.row(
        Ok("2018-06-05", time="14:30"),
        None, "05-Jun-2018", "1430hrs", "Contact",
        "Anonymous call: children left alone in the flat in the evening.",
        "Earlier concern about supervision.",
    )  # fmt: skip
    g.row(
        Ok("2017-06-05"),
        "Northshire MASH", "5th June 2017", None, "Contact",
        "Police notification (PPN) of a domestic incident; NFA after MASH checks.", None,
    )  # fmt: skip
    g.row(
        Ok("2019-07-01", time="16:45"),
        name, DT(2019, 7, 1, 16, 45), None, "Assessment",
        "Child and family assessment completed: CIN plan recommended.", None,
    )  # fmt: skip
    g.line()
    g.row(No("author's sign-off"), "Checked and signed off by the Service Manager")
    path = save_xlsxwriter(folder / "Chronology_Child_A_FINAL_v3.xlsx", [g], {g.name: "A1"})
    obvious = {"Date": "date", "Time": "time", "Details": "event_text", "Agency": "agency"}
    return Case(path, [g], frozenset({CSC, name}), obvious={g.name: obvious})


def systmone_journal(folder: Path) -> Case:
    """SystmOne-style journal as tab-separated UTF-8 with a BOM: title lines, a multi-line
    consultation, `04 Jun 2019`, two-digit years, a serial typed as text, a month as `07/2019`."""
    g = Grid("", is_csv=True)
    g.line("Patient Record – Journal Extract")
    g.line("Practice: Riverbank Surgery (fictional)")
    g.line("Printed 26 Nov 2026 10:02 by Dr A Fictional")
    g.line()
    g.header("Date", "Time", "Clinician", "Read Code", "Details", "Consultation Type")
    g.row(
        Ok("2019-06-04", time="09:10"),
        "04 Jun 2019", "09:10", "Dr A Fictional", "XaJ8L",
        "Child seen with mother, bruise to left cheek, explanation 'fell off sofa', "
        "discussed with HV, safeguarding lead informed.", "Face to face",
    )  # fmt: skip
    g.row(
        Ok("2019-06-05", time="14:30"),
        "05/06/2019", "14.30", "Practice Nurse", "", "Immunisations given, 1 of 2.", "Clinic",
    )  # fmt: skip
    g.row(
        Ok("2019-06-11"),
        "11/06/19", "", "Dr A Fictional", "9N4W", "Child not brought to appointment (DNA).",
        "Face to face",
    )  # fmt: skip
    g.row(
        Ok("2019-07-02", time="08:45"),
        "02.07.2019", "0845", "Dr B Fictional", "",
        "Telephone consultation.\nMother tearful, says partner is controlling.\n"
        "Signposted to IDVA, safety plan discussed.", "Telephone",
    )  # fmt: skip
    g.row(
        Ok("2019-07-01", "month"),
        "07/2019", "", "Dr B Fictional", "", "Letter from ED scanned (date of visit not given).",
        "Document",
    )  # fmt: skip
    g.row(
        No("vague"),
        "early 2019", "", "Dr A Fictional", "", "Mother reports low mood since early 2019.",
        "History",
    )  # fmt: skip
    g.row(
        No("29 February 2019 does not exist"),
        "29/02/2019", "11:20", "Dr A Fictional", "", "Repeat prescription issued.", "Admin",
    )  # fmt: skip
    g.line("", "", "", "", "", "")
    g.row(
        Ok("2019-08-01", time="10:00"),
        "43678", "10:00", "Practice Nurse", "", "New patient check for mother's partner.",
        "Clinic",
    )  # fmt: skip
    g.row(Skip("footer"), "*** End of journal ***")
    path = write_csv(
        folder / "Riverbank_Surgery_SystmOne_journal.csv", g.rows, encoding="utf-8-sig",
        delimiter="\t",
    )  # fmt: skip
    obvious = {"Date": "date", "Time": "time", "Details": "event_text"}
    return Case(path, [g], frozenset({"GP"}), obvious={"": obvious})


def emis_export(folder: Path) -> Case:
    """EMIS-style consultation list in Windows-1252, header on the first line, columns in an
    odd order; the file name gives no agency, so `--agency` is passed."""
    g = Grid("", is_csv=True)
    g.header("Summary", "Consultation Date", "Author", "Type", "Problem", "Time")
    g.row(
        Ok("2018-06-05"),
        "Mother’s partner attended with child – injury at a café, £20 for taxi.", "05-Jun-2018",
        "Dr C Fictional", "Face to face", "Minor injury", "",
    )  # fmt: skip
    g.row(
        Ok("2018-06-05", time="16:00"),
        "Follow-up call, wound healing, no concerns raised.", "05-JUN-18", "Practice Nurse",
        "Telephone", "", "4pm",
    )  # fmt: skip
    g.row(
        Ok("2018-09-12", time="10:30"),
        "Mother requests emergency contraception; discloses partner’s pressure.",
        "12/09/2018 10:30", "Dr C Fictional", "Face to face", "Contraception", "",
    )  # fmt: skip
    g.row(
        Ok("2018-11-01", "month"),
        "Hospital letter: child seen in ED (day not stated).", "November 2018",
        "Admin", "Document", "", "",
    )  # fmt: skip
    g.row(
        Ok("2018-01-01", "year"),
        "Past history: mother treated for depression.", "2018", "Dr C Fictional", "History",
        "Depression", "",
    )  # fmt: skip
    g.row(
        Ok("1998-02-14"),
        "Mother’s childhood: on CP register (neglect).", "14/02/98", "Dr C Fictional",
        "History", "", "",
    )  # fmt: skip
    g.row(
        No("unknown"),
        "Mother moved into area.", "unknown", "Admin", "Registration", "", "",
    )  # fmt: skip
    g.row(No("not known"), "Previous GP practice not known.", "N/K", "Admin", "Registration")
    g.row(
        No("in the future"),
        "Review booked.", "03/02/2027", "Dr C Fictional", "Recall", "", "",
    )  # fmt: skip
    path = write_csv(
        folder / "patient_journal_export_20191105.csv", g.rows, encoding="cp1252", delimiter=","
    )
    obvious = {"Consultation Date": "date", "Time": "time", "Summary": "event_text"}
    return Case(path, [g], frozenset({"GP"}), agency_arg="GP", obvious={"": obvious})


def adastra_ooh(folder: Path) -> Case:
    """Adastra-style 111/out-of-hours case log: date and time in one header with a line break,
    text and real date-times, seconds, a serial with a fraction typed as text, a time alone."""
    g = Grid("Case Activity")
    g.line("Adastra – Case Activity Report")
    g.merges.append("A1:H1")
    g.line("Provider: Northshire Urgent Care (OOH)")
    g.line("Filter: patient NHS number 999 000 0000 (fictional)")
    g.line()
    g.header(
        "Case No", "Received\nDate/Time", "Case Type", "Symptom Group", "Clinical Notes",
        "Informational Outcome", "Clinician", "Priority",
    )  # fmt: skip
    g.row(
        Ok("2019-12-24", time="23:12"),
        100451, DT(2019, 12, 24, 23, 12), "111 Call", "Head injury",
        "Caller (mother) reports 2-year-old fell from bed, vomited once. Advised ED now.",
        "ED within 1 hour", "Call Handler 22", "Urgent",
    )  # fmt: skip
    g.row(
        Ok("2019-12-25", time="02:40"),
        "100462", "25/12/2019 02:40", "Home Visit", "Head injury",
        "Home visit by OOH GP: child drowsy, adults intoxicated; 999 called.",
        "Ambulance requested", "OOH GP 7", "Emergency",
    )  # fmt: skip
    g.row(
        Ok("2019-12-25", time="14:05"),
        "100470", "25/12/2019 14:05:33", "111 Call", "Advice",
        "Grandmother calls asking about the child's condition; informed child in hospital.",
        "Advice given", "Call Handler 9", "Routine",
    )  # fmt: skip
    g.row(
        Ok("2020-01-01", time="00:20"),
        "100501", "01/01/2020 00:20", "111 Call", "Mental health",
        "Mother says she has taken 16 tablets after an argument; ambulance dispatched.",
        "999 transfer", "Call Handler 22", "Emergency",
    )  # fmt: skip
    g.row(
        No("32 January does not exist"),
        "100502", "32/01/2020 03:00", "111 Call", "Rash", "Rash, advice given.", "Advice",
        "Call Handler 3", "Routine",
    )  # fmt: skip
    g.row(
        Ok("2020-01-13", time="12:00"),
        "100530", "43843.5", "Base Visit", "Cough",
        "Child seen at base with father; chest clear.", "Self care", "OOH GP 2", "Routine",
    )  # fmt: skip
    g.line()
    g.row(
        Ok("2020-02-29", time="21:15"),
        "100601", "29/02/2020 21:15", "111 Call", "Injury",
        "Caller reports child burnt hand on iron; delay of 2 days in seeking help.",
        "UTC within 4 hours", "Call Handler 9", "Urgent",
    )  # fmt: skip
    g.row(
        No("a time is not a date"),
        "100602", "21:15", "111 Call", "Injury", "Duplicate entry, date missing.", None,
        "Call Handler 9", None,
    )  # fmt: skip
    g.row(No("footer"), "Total cases: 8")
    path = save_xlsxwriter(folder / "NHS_111_OOH_Adastra_case_log.xlsx", [g])
    obvious = {"Received\nDate/Time": "date", "Clinical Notes": "event_text"}
    return Case(path, [g], frozenset({"NHS 111 / Out of Hours"}), obvious={g.name: obvious})


def cpoms_export(folder: Path) -> Case:
    """CPOMS-style school export: 'Student' first, a DOB column that is not the event date,
    'Incident' as the text, 'Categories', date-times in one column, a retrospective month."""
    g = Grid("Incidents")
    g.header(
        "Student", "DOB", "Year Group", "Incident", "Categories", "Date/Time", "Action Taken",
        "Assigned To", "Reported By", "Status",
    )  # fmt: skip
    g.row(
        Ok("2019-09-09", time="08:50"),
        "Child A", D(2012, 5, 1), "Year 2", "Arrived hungry, said no breakfast for two days.",
        "Safeguarding, Neglect", DT(2019, 9, 9, 8, 50), "DSL informed; breakfast club offered",
        "DSL", "Class Teacher", "Closed",
    )  # fmt: skip
    g.row(
        Ok("2019-09-16", time="15:20"),
        "Child A", D(2012, 5, 1), "Year 2",
        "Not collected at 3.15pm; mother arrived 3.50pm smelling of alcohol.",
        "Safeguarding, Parental Alcohol", "16/09/2019 15:20", "Logged, DSL to call MASH",
        "DSL", "Office Manager", "Open",
    )  # fmt: skip
    g.row(
        Ok("2019-10-01", "month"),
        "Sibling 1", D(2015, 2, 11), "Reception",
        "Retrospective entry: nursery reported bruising during October 2019.",
        "Safeguarding", "October 2019", None, "DSL", "DSL", "Closed",
    )  # fmt: skip
    g.row(
        No("vague: a school term"),
        "Child A", D(2012, 5, 1), "Year 2", "Attendance below 85% over the term.",
        "Attendance", "Autumn term 2019", "Letter home", "Attendance Officer", "DSL", "Closed",
    )  # fmt: skip
    g.row(
        Ok("2019-11-07"),
        "Child A", D(2012, 5, 1), "Year 2", "Disclosed dad hit mum at the weekend.",
        "Safeguarding, Domestic Abuse", "07.11.2019", "MASH referral made", "DSL", "TA",
        "Closed",
    )  # fmt: skip
    g.row(
        Ok("2019-12-05"),
        "Child A", D(2012, 5, 1), "Year 2", "Excluded for one day after hitting a peer.",
        "Behaviour, Exclusion", "5th December 2019", "Fixed-term exclusion", "Headteacher",
        "Headteacher", "Closed",
    )  # fmt: skip
    g.row(
        No("31 November does not exist"),
        "Child A", D(2012, 5, 1), "Year 2", "Meeting with mother.", "Parental Engagement",
        "31/11/2019", None, "DSL", "DSL", "Closed",
    )  # fmt: skip
    g.line()
    g.row(No("export footer"), "Exported from CPOMS by the DSL – 4 students, 7 incidents")
    path = save_openpyxl(folder / "Oakfield_Academy_CPOMS_export.xlsx", [g])
    obvious = {"Date/Time": "date", "Incident": "event_text", "DOB": ""}
    return Case(path, [g], frozenset({"School"}), obvious={g.name: obvious})


def ambulance_epcr(folder: Path) -> Case:
    """Ambulance ePCR summary: serials typed as text, a serial as a General number, an Excel
    time held as a day fraction, `1430hrs`, a time joined to the date with `@`."""
    g = Grid("ePCR")
    g.line("ePCR Summary – Patient Contacts")
    g.line("OFFICIAL-SENSITIVE: PERSONAL")
    g.header(
        "Incident Ref", "Date of Incident", "Call Time", "Presenting Complaint", "PCR Narrative",
        "Disposition", "Crew",
    )  # fmt: skip
    g.row(
        Ok("2019-06-05", time="14:30"),
        "E190605-011", "43621", "1430hrs", "Fall",
        "Pt (child, 7) fell from first-floor window onto grass. Mother says she was asleep; "
        "conflicting accounts from the adults present.", "Conveyed to ED", "Crew 12",
    )  # fmt: skip
    g.row(
        Ok("2019-06-06", time="03:05"),
        "E190606-002", Styled(43622, "General"), T(3, 5), "Breathing",
        "Infant with cough; flat cold and damp, no heating; advice and safety-net given.",
        "Not conveyed", "Crew 4",
    )  # fmt: skip
    g.row(
        Ok("2019-07-20", time="22:10"),
        "E190720-019", D(2019, 7, 20), "22.10", "Assault",
        "Adult female assaulted by partner; children (2) in the house, police on scene.",
        "Conveyed to ED", "Crew 12",
    )  # fmt: skip
    g.row(
        Ok("2019-07-20", time="22:30"),
        "E190720-020", "20/07/2019", Styled(0.9375, "hh:mm"), "Welfare",
        "Second crew to check the children: both asleep, unhurt, grandmother attending.",
        "Left at home", "Crew 7",
    )  # fmt: skip
    g.row(
        No("day 0 does not exist"),
        "E190700-001", "00/07/2019", "10:00", "Unwell", "Crew note with mis-keyed date.",
        None, "Crew 4",
    )  # fmt: skip
    g.row(
        No("unknown"),
        "E19XXXX", "unk", None, "Unknown", "Historic job, date not recorded.", None, "Crew 4",
    )  # fmt: skip
    g.row(
        Ok("2019-07-21", time="01:05"),
        "E190721-003", "21/07/19 @ 0105hrs", None, "Overdose",
        "Mother's partner: suspected overdose of heroin, naloxone given.", "Conveyed to ED",
        "Crew 9",
    )  # fmt: skip
    path = save_xlsxwriter(folder / "Northshire_Ambulance_Service_ePCR_summary.xlsx", [g])
    obvious = {"Date of Incident": "date", "Call Time": "time", "PCR Narrative": "event_text"}
    return Case(path, [g], frozenset({"Ambulance Service"}), obvious={g.name: obvious})


def childview_contacts(folder: Path) -> Case:
    """ChildView-style youth justice contact history: text column first with a transposition
    typo ('Detials'), dates third, two-digit years, `Mar-20`, a whitespace-only spacer row."""
    g = Grid("Contact History")
    g.line("ChildView – Contact History (Youth Justice Service)")
    g.merges.append("A1:F1")
    g.header(
        "Detials", "Contact Method", "Intervention Date", "Case Worker", "Attended (Y/N)",
        "Programme",
    )  # fmt: skip
    g.row(
        Ok("2020-02-03"),
        "Home visit. Young person (Sibling 2) says older males pick him up from school.",
        "Home Visit", D(2020, 2, 3), "YJ Officer 1", "Y", "Referral Order",
    )  # fmt: skip
    g.row(
        Ok("2020-02-10"),
        "Missed appointment; mother not answering the phone.", "Office", "10/02/2020",
        "YJ Officer 1", "N", "Referral Order",
    )  # fmt: skip
    g.row(
        Ok("2020-02-17"),
        "Reparation session completed, good engagement.", "Reparation", "17.02.20",
        "Reparation Worker", "Y", "Reparation",
    )  # fmt: skip
    g.line("   ", " ", None, "  ", None, " ")
    g.row(
        Ok("2020-03-01", "month"),
        "Reported missing overnight, found by police (exact date not on ChildView).", "Other",
        "Mar-20", "YJ Officer 1", None, "Referral Order",
    )  # fmt: skip
    g.row(
        No("vague: week commencing"),
        "Panel meeting rearranged.", "Panel", "w/c 09/03/2020", "Panel Coordinator", None,
        "Referral Order",
    )  # fmt: skip
    g.row(No("not yet known"), "Court date to be confirmed.", "Court", "TBC", "YJ Officer 1")
    path = save_openpyxl(folder / "Youth_Justice_Service_ChildView_export.xlsx", [g])
    obvious = {"Intervention Date": "date", "Detials": "event_text"}
    agencies = frozenset({"Youth Justice Service"})  # its own service, not Probation
    return Case(path, [g], agencies, obvious={g.name: obvious})


def housing_actions(folder: Path) -> Case:
    """Northgate/Civica-style housing action log: a title-only cover sheet, a logo placeholder,
    header at row 6, 'Date Closed' beside the action date, codes, a key tab."""
    cover = Grid("Cover")
    cover.line("Northshire Homes – Tenancy Action History")
    cover.line("Prepared for the CSPR concerning Child A")

    g = Grid("Actions")
    g.line("Tenancy: T-000123 (fictional)")
    g.line("Address: [redacted]")
    g.line("Report: Action History – all action codes")
    g.line()
    g.line("[logo]")
    g.header(
        "Tenancy Ref", "Action Date", "Action Code", "Action Description", "Comments",
        "Officer", "Date Closed",
    )  # fmt: skip
    g.row(
        Ok("2018-03-12"),
        "T-000123", DT(2018, 3, 12), "ASB1", "ASB complaint received",
        "Neighbour reports shouting and a young child crying late at night; third complaint.",
        "Housing Officer 2", D(2018, 4, 1),
    )  # fmt: skip
    g.row(
        Ok("2018-03-19"),
        "T-000123", "19/03/2018", "VIS", "Tenancy visit",
        "Visit: strong smell of cannabis, dog mess in the kitchen, two children at home.",
        "Housing Officer 2", None,
    )  # fmt: skip
    g.row(
        Ok("2018-03-26"),
        "T-000123", "Mon 26th March 2018", "NOSP", "Notice served",
        "Notice of seeking possession served for rent arrears of £1,240.",
        "Income Officer", None,
    )  # fmt: skip
    g.row(
        Ok("2018-04-01", "month"),
        "T-000123", "April 2018", "LET", "Letter sent",
        "Arrears letter sent (day not recorded on the legacy system).", "Income Officer", None,
    )  # fmt: skip
    g.row(
        Ok("2018-04-10"),
        "T-000123", "43200", "REP", "Repair reported",
        "Broken front-door lock reported by tenant; 'man kicked it in'.", "Repairs Desk", None,
    )  # fmt: skip
    g.row(
        No("a financial year is not a date"),
        "T-000123", "2018/19", "ARR", "Arrears review", "Arrears reviewed over the year.",
        "Income Officer", None,
    )  # fmt: skip
    g.row(
        No("unknown"),
        "T-000123", "Unknown", "MUT", "Mutual exchange", "Enquiry about a mutual exchange.",
        "Housing Officer 2", None,
    )  # fmt: skip
    g.row(
        Ok("2017-01-01", "year"),
        "T-000123", "2017", "SIGN", "Tenancy signed",
        "Tenancy started (legacy record holds only the year).", "Lettings", None,
    )  # fmt: skip
    g.line()
    footer = g.row(No("footer"), "Report produced by Northgate Housing on 26/11/2026 08:02")
    g.merges.append(f"A{footer}:G{footer}")

    key = Grid("Key")
    key.line("Action code", "Meaning")
    key.line("ASB1", "Anti-social behaviour complaint")
    key.line("NOSP", "Notice of seeking possession")
    grids = [cover, g, key]
    path = save_openpyxl(folder / "Northshire_Homes_Housing_action_log.xlsx", grids)
    obvious = {"Action Date": "date", "Comments": "event_text", "Date Closed": ""}
    return Case(path, grids, frozenset({"Housing"}), obvious={g.name: obvious})


def athena_summary(folder: Path) -> Case:
    """Athena-style occurrence summary: protective marking, PNC line, abbreviated headers
    ('Occ Date', 'Occ Time'), codes, a 2-digit-year `12-Feb-19`, a repeated marking and header
    after a page break, an END OF REPORT footer."""
    g = Grid("Occurrences")
    g.line("OFFICIAL – SENSITIVE")
    g.line("Athena Occurrence Summary – Nominal: [Father]")
    g.line("PNC ID: 19/123456X    CRO: 012345/19X")
    g.line()
    head = (
        "Occ Ref", "Occ Date", "Occ Time", "Class Code", "Title", "MO / Summary", "Disposal",
        "OIC", "Home Office Code",
    )  # fmt: skip
    g.header(*head)
    g.row(
        Ok("2019-01-05", time="23:40"),
        "19000451", DT(2019, 1, 5, 23, 40), None, "DA", "Domestic incident",
        "Caller reports partner assaulted her; two children present, one hiding upstairs.",
        "DASH high – MARAC referral", "PC 1234", "008/01",
    )  # fmt: skip
    g.row(
        Ok("2019-02-12", time="02:15"),
        "19001207", "12/02/2019", "0215", "ASB", "Disturbance",
        "Loud music and shouting at the address; officers gave words of advice.",
        "No further action", "PC 2231", None,
    )  # fmt: skip
    g.row(
        Ok("2019-02-12", time="14:30"),
        "19001219", "12-Feb-19", "1430hrs", "CHILD", "Child concern",
        "Child (7) found outside alone in the rain; returned home to mother.",
        "PPN submitted to MASH", "PCSO 5567", None,
    )  # fmt: skip
    g.row(
        Ok("2019-02-14", time="14:30"),
        "19001288", "14/02/2019 14:30", "14:30", "BREACH", "Breach of bail",
        "Father found at the address in breach of bail conditions; arrested.",
        "Charged", "PC 1234", "035/02",
    )  # fmt: skip
    g.row(
        Ok("2019-03-01", "month"),
        "19INTEL", "Mar 2019", None, "INT", "Intelligence",
        "Intelligence: father dealing drugs from the address.", "Intel log only", "DC 7781",
        None,
    )  # fmt: skip
    g.row(
        Ok("2017-01-01", "year"),
        "PNC", "2017", None, "CONV", "Conviction",
        "PNC: father convicted of ABH against a previous partner.", "Conviction", None, "008/01",
    )  # fmt: skip
    g.row(Skip("page marking repeated"), "OFFICIAL – SENSITIVE")
    g.row(Skip("header repeated"), *head)
    g.row(
        No("vague: a range"),
        "19002001", "Between 01/03/2019 and 05/03/2019", None, "THEFT", "Theft",
        "Mother reports her bank card taken by partner.", "Undetected", "PC 2231", "044/01",
    )  # fmt: skip
    g.row(
        No("month 19 does not exist"),
        "19002002", "19/19/2019", "10:00", "DA", "Domestic incident", "Verbal argument only.",
        "NFA", "PC 2231", None,
    )  # fmt: skip
    g.row(
        Ok("2019-04-01", time="21:05"),
        "19002460", "01/04/2019", "21:05", "MISS", "Missing person",
        "Child A (7) reported missing by mother; found 40 minutes later at a neighbour's.",
        "Return interview requested", "PC 9012", None,
    )  # fmt: skip
    g.line()
    g.row(Skip("footer"), "END OF REPORT")
    path = save_xlsxwriter(folder / "Police_Athena_occurrence_summary.xlsx", [g])
    obvious = {"Occ Date": "date", "Occ Time": "time", "MO / Summary": "event_text"}
    return Case(path, [g], frozenset({"Police"}), obvious={g.name: obvious})


def badgernet_maternity(folder: Path) -> Case:
    """BadgerNet-style maternity summary: a title-only cover, antenatal and postnatal tables on
    two sheets, times as `14.30`, `2:30 PM`, a number 1100, an Excel time fraction."""
    cover = Grid("Cover")
    cover.line("BadgerNet Maternity – Summary for CSPR (Child A)")

    ante = Grid("Antenatal")
    ante.line("Antenatal contacts – Mother")
    ante.merges.append("A1:F1")
    ante.line()
    ante.header(
        "Contact Date", "Contact Time", "Gestation", "Summary of Contact", "Midwife",
        "Safeguarding Flag",
    )  # fmt: skip
    ante.row(
        Ok("2016-11-14", time="10:30"),
        D(2016, 11, 14), T(10, 30), "10+2",
        "Booking: mother discloses a previous abusive relationship; partner present throughout.",
        "Midwife 3", "Y",
    )  # fmt: skip
    ante.row(
        Ok("2017-01-09", time="14:30"),
        "09/01/2017", "14.30", "18+2", "Missed scan; rebooked.", "Midwife 3", "Y",
    )  # fmt: skip
    ante.row(
        Ok("2017-02-06", time="14:30"),
        "06/02/2017", "2:30 PM", "22+2", "Seen alone: says she feels 'watched' by partner.",
        "Safeguarding Midwife", "Y",
    )  # fmt: skip
    ante.row(
        No("29 February 2017 does not exist"),
        "29/02/2017", "09:00", "25+2", "Telephone contact.", "Midwife 3", None,
    )  # fmt: skip
    ante.row(
        Ok("2017-03-01", "month"),
        "March 2017", None, None, "Moved to temporary accommodation (date unclear).",
        "Midwife 3", "Y",
    )  # fmt: skip
    ante.row(
        Ok("2017-04-03", time="09:05"),
        "03/04/2017 09:05", None, "35+2", "Pre-birth plan meeting.", "Safeguarding Midwife",
        "Y",
    )  # fmt: skip

    post = Grid("Postnatal")
    post.header("Date", "Time", "Visit Type", "Notes", "Practitioner")
    post.row(
        Ok("2017-05-02"),
        DT(2017, 5, 2), None, "Day 1", "Baby born 01/05/2017, feeding well.", "Midwife 5",
    )  # fmt: skip
    post.row(
        Ok("2017-05-05", time="11:00"),
        "05/05/2017", 1100, "Day 4", "Home visit: partner refused entry to the bedroom.",
        "Midwife 5",
    )  # fmt: skip
    post.row(
        Ok("2017-05-12", time="15:00"),
        "12/05/17", Styled(0.625, "hh:mm"), "Day 11", "Baby weight down 11%; referred to GP.",
        "Midwife 5",
    )  # fmt: skip
    post.row(No("unknown"), "Unknown", None, "Phone", "Call not answered.", "Midwife 5")
    post.line()
    post.row(No("no date"), None, None, None, "Discharged to the health visiting service.")
    grids = [cover, ante, post]
    path = save_openpyxl(folder / "Maternity_BadgerNet_summary_NHS_Trust.xlsx", grids)
    obvious = {
        "Antenatal": {
            "Contact Date": "date", "Contact Time": "time", "Summary of Contact": "event_text",
        },
        "Postnatal": {"Date": "date", "Time": "time", "Notes": "event_text"},
    }  # fmt: skip
    return Case(path, grids, frozenset({"Midwifery"}), obvious=obvious)


def nebula_activity(folder: Path) -> Case:
    """Nebula-style drug and alcohol activity report as plain UTF-8 CSV: title lines,
    single-digit days, every kind of written time, a footer in the date column."""
    g = Grid("", is_csv=True)
    g.line("Nebula – Service User Activity Report")
    g.line("Generated: 26/11/2026 09:14")
    g.line()
    g.header(
        "Activity Date", "Activity Time", "Activity Type", "Notes", "Keyworker", "Attended",
        "Substance",
    )  # fmt: skip
    g.row(
        Ok("2020-03-02", time="14:30"),
        "2/3/2020", "2.30pm", "Assessment", "Comprehensive assessment: alcohol 20 units/day.",
        "Recovery Worker 4", "Yes", "Alcohol",
    )  # fmt: skip
    g.row(
        Ok("2020-03-09", time="14:30"),
        "9/3/2020", "1430hrs", "Key work", "Says partner drinks too; children 'stay upstairs'.",
        "Recovery Worker 4", "Yes", "Alcohol",
    )  # fmt: skip
    g.row(
        Ok("2020-03-16"),
        "16/3/2020", "approx 3pm", "Key work", "Late; smelled of alcohol; youngest child with her.",
        "Recovery Worker 4", "Yes", "Alcohol",
    )  # fmt: skip
    g.row(
        Ok("2020-03-23", time="14:30"),
        "23/03/2020", "14.30", "Telephone", "Lockdown: phone contact only, sounds intoxicated.",
        "Recovery Worker 4", "Yes", "Alcohol",
    )  # fmt: skip
    g.row(
        Ok("2020-03-30"),
        "30/03/2020", "", "DNA", "Did not answer two calls.", "Recovery Worker 4", "No", "",
    )  # fmt: skip
    g.row(
        No("a five-digit year"),
        "31/03/20202", "10:00", "Telephone", "Answered; agreed to a detox referral.",
        "Recovery Worker 4", "Yes", "Alcohol",
    )  # fmt: skip
    g.row(
        No("vague"),
        "Spring 2020", "", "History", "Relapse after the first lockdown.", "Recovery Worker 4",
        "", "Alcohol",
    )  # fmt: skip
    g.row(
        Ok("2020-04-06", time="10:00"),
        "06/04/2020 10:00", "", "Referral", "Referred to community detox.", "Team Leader", "",
        "Alcohol",
    )  # fmt: skip
    g.line()
    g.row(
        Ok("2020-04-01", "month"),
        "April 2020", "", "History", "Partner started attending the service (month only).",
        "Team Leader", "", "",
    )  # fmt: skip
    g.row(No("footer in the date column"), "Report generated by Nebula 26/11/2026")
    path = write_csv(
        folder / "Drug_and_Alcohol_Service_Nebula_activity.csv", g.rows, encoding="utf-8",
        delimiter=",",
    )  # fmt: skip
    obvious = {"Activity Date": "date", "Activity Time": "time", "Notes": "event_text"}
    return Case(path, [g], frozenset({"Substance Misuse Service"}), obvious={"": obvious})


def rio_extract(folder: Path) -> Case:
    """RiO-style CAMHS notes extract: header at row 10 under a key/value block, headers split
    over lines with trailing spaces, ISO `T` date-times, a wrong weekday, a hidden code sheet."""
    g = Grid("Clinical Notes")
    g.line("[NHS logo]")
    g.line("Northshire Partnership NHS Foundation Trust")
    g.merges.append("A2:G2")
    g.line("RiO Clinical Notes Extract")
    g.line()
    g.line("Client ID:", "RIO-0000123")
    g.line("Extract period:", "01/01/2019 to 31/12/2020")
    g.line("Team:", "CAMHS Tier 3")
    g.line("Note: times are as recorded by clinicians")
    g.line()
    g.header(
        "Event\nDate", "Start\nTime", "Note Type", "Clinical\nNote  ", "Clinician", "Team",
        "Significant (Y/N)",
    )  # fmt: skip
    g.row(
        Ok("2019-03-14", time="09:00"),
        "2019-03-14T09:00:00", None, "Assessment",
        "Choice appointment: Child A (9) low mood, poor sleep, scared of mum's partner.",
        "Clinician 1", "CAMHS T3", "Y",
    )  # fmt: skip
    g.row(
        Ok("2019-03-21", time="10:00"),
        DT(2019, 3, 21, 10, 0), T(10, 0), "Treatment", "CBT session 1; engaged well.",
        "Clinician 1", "CAMHS T3", "N",
    )  # fmt: skip
    g.row(
        Ok("2019-04-04", time="16:15"),
        D(2019, 4, 4), "16:15:00", "Treatment", "Self-harm disclosed (superficial cuts).",
        "Clinician 1", "CAMHS T3", "Y",
    )  # fmt: skip
    g.row(
        Ok("2019-04-11"),
        "11/04/2019", "N/K", "Liaison", "Call to school nurse re self-harm plan.",
        "Clinician 1", "CAMHS T3", "N",
    )  # fmt: skip
    g.row(
        No("vague: a quarter"),
        "Q2 2019", None, "Summary", "Waiting list for group work.", "Admin", "CAMHS T3", "N",
    )  # fmt: skip
    g.row(
        No("not a date"),
        "not recorded", None, "Letter", "Letter to GP.", "Clinician 1", "CAMHS T3", "N",
    )  # fmt: skip
    g.row(
        Ok("2019-05-01", "month"),
        "May 2019", None, "Summary", "Mother cancelled twice in May (dates not recorded).",
        "Clinician 1", "CAMHS T3", "Y",
    )  # fmt: skip
    g.row(
        Ok("2019-05-30", time="13:00"),
        "Thurs 30th May 2019", "1pm", "Treatment", "Seen with mother; partner waited outside.",
        "Clinician 1", "CAMHS T3", "N",
    )  # fmt: skip
    g.row(
        No("30 May 2019 was a Thursday, not a Friday"),
        "Fri 30th May 2019", "2pm", "Treatment", "Seen alone.", "Clinician 2", "CAMHS T3", "N",
    )  # fmt: skip
    g.line()
    g.row(Skip("footer"), "--- End of extract ---")

    codes = Grid("RiO_Codes")
    codes.hidden = True
    codes.line("Code", "Description")
    codes.line("T3", "CAMHS Tier 3")
    grids = [g, codes]
    path = save_openpyxl(folder / "CAMHS_RiO_clinical_notes_extract.xlsx", grids)
    obvious = {"Event\nDate": "date", "Start\nTime": "time", "Clinical\nNote  ": "event_text"}
    return Case(path, grids, frozenset({"CAMHS"}), obvious={g.name: obvious})


def ndelius_contacts(folder: Path) -> Case:
    """nDelius-style contact log: header on row 1, 'Contact Start Time', outcome codes, CRNs
    as text, an outcome-only row, a trailing note with no date."""
    g = Grid("Contacts")
    g.header(
        "CRN", "Contact Date", "Contact Start Time", "Contact Type", "Notes", "Outcome",
        "Enforcement", "Officer", "Sensitive",
    )  # fmt: skip
    g.row(
        Ok("2020-09-01", time="10:30"),
        "X123456", DT(2020, 9, 1), Styled(0.4375, "hh:mm"), "Office Appointment",
        "Induction. Discloses living with new partner who has a child (Child A).",
        "ATTC – Attended – Complied", None, "Probation Officer 3", "N",
    )  # fmt: skip
    g.row(
        Ok("2020-09-08", time="10:30"),
        "X123456", "08/09/2020 10:30", None, "Office Appointment",
        "Says relationship is 'on and off'; denies violence.",
        "ATTC – Attended – Complied", None, "Probation Officer 3", "N",
    )  # fmt: skip
    g.row(
        Ok("2020-09-15", time="10:30"),
        "X123456", "15/09/2020", "1030", "Home Visit",
        "Home visit: partner and child present; child has a bruise to the arm.",
        "ATTC – Attended – Complied", None, "Probation Officer 3", "Y",
    )  # fmt: skip
    g.row(
        Ok("2020-09-22", time="10:30"),
        "X123456", "22-Sep-2020", "10.30am", "Office Appointment", None,
        "FTC – Failed to comply", "Warning letter", "Probation Officer 3", "N",
    )  # fmt: skip
    g.row(
        Ok("2020-09-29", time="10:30"),
        "X123456", "Tuesday 29th September 2020", "10:30", "Office Appointment",
        "Attended late; smelled of alcohol.", "ATTC – Attended – Complied", None,
        "Probation Officer 3", "N",
    )  # fmt: skip
    g.row(
        No("31 September does not exist"),
        "X123456", "31/09/2020", "10:30", "Office Appointment", "Attended.",
        "ATTC – Attended – Complied", None, "Probation Officer 3", "N",
    )  # fmt: skip
    g.row(
        No("not a date"),
        "X123456", "ongoing", None, "Intervention", "Building Better Relationships programme.",
        None, None, "Programme Facilitator", "N",
    )  # fmt: skip
    g.row(
        Ok("2020-10-01", "month"),
        "X123456", "Oct-2020", None, "Information",
        "Police share MARAC outcome (month only on the record).", None, None,
        "Probation Officer 3", "Y",
    )  # fmt: skip
    g.row(
        Ok("2020-10-06"),
        "X123456", "06/10/2020", None, "Office Appointment", None, "AFTA – Acceptable absence",
        None, "Probation Officer 3", "N",
    )  # fmt: skip
    g.row(No("note with no date"), None, None, None, None, "Contact log continues on nDelius.")
    path = save_xlsxwriter(folder / "Northshire_Probation_Service_nDelius_contact_log.xlsx", [g])
    obvious = {"Contact Date": "date", "Contact Start Time": "time", "Notes": "event_text"}
    return Case(path, [g], frozenset({"Probation"}), obvious={g.name: obvious})


BUILDERS: dict[str, Callable[[Path], Case]] = {
    "mosaic": mosaic_case_notes,
    "agency_column": agency_column_chronology,
    "systmone_tsv": systmone_journal,
    "emis_cp1252": emis_export,
    "adastra": adastra_ooh,
    "cpoms": cpoms_export,
    "epcr": ambulance_epcr,
    "childview": childview_contacts,
    "housing": housing_actions,
    "athena": athena_summary,
    "badgernet": badgernet_maternity,
    "nebula_csv": nebula_activity,
    "rio": rio_extract,
    "ndelius": ndelius_contacts,
}
NAMES = list(BUILDERS)


# --------------------------------------------------------------------------------------------
# Fixtures (`results`, which reads every case, comes from tests.unseen_templates_helpers)


@pytest.fixture(scope="module")
def cases(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Case]:
    folder = tmp_path_factory.mktemp("unseen2")
    return {name: build(folder) for name, build in BUILDERS.items()}


# --------------------------------------------------------------------------------------------
# Tests


def test_at_least_twelve_new_templates(cases: dict[str, Case]) -> None:
    assert len(cases) >= 12
    assert len({c.path.name for c in cases.values()}) == len(cases)


@pytest.mark.parametrize("name", NAMES)
def test_each_body_row_once_in_events_or_rejections(name: str, cases, results) -> None:  # type: ignore[no-untyped-def]
    # In this round a `Skip` row may be output as a rejection (`date_problems` only requires
    # that it is not accepted), here and in the CLI test below.
    outs = seen_in_result(ingest_result(results, name))
    problems = row_problems(cases[name].expected(), outs, skipped_may_be_output=True)
    assert not problems, report(name, problems)


@pytest.mark.parametrize("name", NAMES)
def test_dates_day_first_partial_kept_never_guessed(name: str, cases, results) -> None:  # type: ignore[no-untyped-def]
    problems = date_problems(cases[name].expected(), seen_in_result(ingest_result(results, name)))
    assert not problems, report(name, problems)


@pytest.mark.parametrize("name", NAMES)
def test_one_agency_per_file(name: str, cases, results) -> None:  # type: ignore[no-untyped-def]
    problems = agency_problems(cases[name].agencies, seen_in_result(ingest_result(results, name)))
    assert not problems, report(name, problems)


@pytest.mark.parametrize("name", NAMES)
def test_header_found_and_obvious_columns_mapped(name: str, cases, results) -> None:  # type: ignore[no-untyped-def]
    case, result = cases[name], ingest_result(results, name)
    reports = {s.name: s for s in result.sheets}
    problems = []
    for grid in case.grids:
        sheet = reports.get(grid.name)
        if sheet is None:
            problems.append(f"sheet '{grid.name}' not reported at all")
        elif sheet.header_row != grid.shown_header_row:
            problems.append(
                f"sheet '{grid.name}': header row {sheet.header_row}, "
                f"expected {grid.shown_header_row}"
            )
        elif sheet.header_row is None and not sheet.note:
            problems.append(f"sheet '{grid.name}' (no table) reported without a note")
    problems += mapping_problems(reports, case.obvious)
    assert not problems, report(name, problems)


def _written(cell: object) -> str | None:
    value = _value(cell)
    return value.strip() if isinstance(value, str) and value.strip() else None


@pytest.mark.parametrize("name", NAMES)
def test_rejections_keep_the_original_text(name: str, cases, results) -> None:  # type: ignore[no-untyped-def]
    case = cases[name]
    problems = []
    for out in seen_in_result(ingest_result(results, name)):
        if out.kind != "rejected" or out.key not in case.expected():
            continue
        raw = " | ".join(out.raw)
        missing = [t for c in case.cells_of(out.key) if (t := _written(c)) and t not in raw]
        if missing:
            problems.append(f"row {out.key}: raw {raw!r} lacks {missing}")
    assert not problems, report(name, problems)


def test_cp1252_and_bom_text_read_as_written(cases, results) -> None:  # type: ignore[no-untyped-def]
    emis = ingest_result(results, "emis_cp1252")
    text = " ".join(e.event_text for e in emis.events)
    for fragment in ("Mother’s partner", "café", "£20", "partner’s pressure"):
        assert fragment in text
    systmone = ingest_result(results, "systmone_tsv")
    first = next(e for e in systmone.events if e.source.row == 6)
    assert first.event_text.startswith("Child seen with mother, bruise")
    multi = next(e for e in systmone.events if e.source.row == 9)
    assert "partner is controlling" in multi.event_text


def test_cli_ingest_of_all_new_templates(cases, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    outs_by_case = seen_in_cli_output(cases, tmp_path / "out")
    problems: list[str] = []
    for name, case in cases.items():
        found = all_problems(
            case.expected(), case.agencies, outs_by_case[name], skipped_may_be_output=True
        )
        if found:
            problems.append(report(name, found))
    assert not problems, "\n".join(problems)
