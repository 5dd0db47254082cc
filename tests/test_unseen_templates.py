"""Acceptance on agency chronologies the project has never seen.

Each builder below writes one realistic (and wholly fictional) agency export in the spirit of
the templates agencies send: title blocks, logo rows, notes tabs, hidden columns, footers,
repeated headers after page breaks, CSV in cp1252 or with a BOM. Alongside the file it states
what a careful human reader would make of every row: accepted with which ISO date, precision
and time, or rejected. The tests then check, for the API and for `cspr ingest`:

1. every non-blank row below a table's header appears exactly once, in events or rejections;
2. dates are read day first, partial dates keep their precision, nothing is guessed;
3. every event of a file carries the file's one agency;
4. the columns a reader would obviously use for date, time and entry text are mapped so.

Names, phone numbers and references are invented (phone numbers in the Ofcom 07700 900xxx
drama range).
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import openpyxl
import pytest
import xlsxwriter

from tests.unseen_templates_helpers import (
    Acc,
    Expect,
    Key,
    Rej,
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


@dataclass(frozen=True)
class Fmt:
    """A cell value with an explicit Excel number format."""

    value: object
    fmt: str


def _blank(cells: Iterable[object]) -> bool:
    for cell in cells:
        value = cell.value if isinstance(cell, Fmt) else cell
        if value is not None and str(value).strip():
            return False
    return True


class Table:
    """One sheet (or one CSV) as written, with the expected outcome of each body row."""

    def __init__(self, name: str, *, is_csv: bool = False) -> None:
        self.name = name
        self.is_csv = is_csv
        self.rows: list[list[object]] = []
        self.header: int | None = None
        self.expect: dict[Key, Expect] = {}
        self.merges: list[str] = []
        self.hidden_cols: list[str] = []
        self.hidden_rows: list[int] = []
        self.hidden = False

    def add(self, *cells: object) -> int:
        self.rows.append(list(cells))
        return len(self.rows)

    def head(self, *cells: object) -> None:
        self.header = self.add(*cells)

    def entry(self, expect: Expect, *cells: object) -> int:
        number = self.add(*cells)
        self.expect[self.key(number)] = expect
        return number

    def key(self, number: int) -> Key:
        assert self.header is not None
        return (self.name, number)  # CSV too: the record a spreadsheet shows

    def check(self) -> None:
        """Self-check of the test data: every non-blank body row has an expectation."""
        if self.header is None:
            assert not self.expect
            return
        body = {
            self.key(n)
            for n, row in enumerate(self.rows, start=1)
            if n > self.header and not _blank(row)
        }
        assert body == set(self.expect), (self.name, body ^ set(self.expect))


@dataclass
class Case:
    path: Path
    tables: list[Table]
    agencies: frozenset[str]  # the file's one agency must be one of these names
    agency_arg: str | None = None
    mapping: dict[str, dict[str, str | None]] = field(default_factory=dict)

    @property
    def expected(self) -> dict[Key, Expect]:
        merged: dict[Key, Expect] = {}
        for table in self.tables:
            table.check()
            merged.update(table.expect)
        return merged

    @property
    def header_rows(self) -> dict[str, int | None]:
        return {t.name: t.header for t in self.tables}


# --------------------------------------------------------------------------------------------
# Writers


def _default_format(value: object) -> str | None:
    if isinstance(value, dt.datetime):
        return "dd/mm/yyyy hh:mm" if value.time() != dt.time(0) else "dd/mm/yyyy"
    if isinstance(value, dt.date):
        return "dd/mm/yyyy"
    if isinstance(value, dt.time):
        return "hh:mm"
    if isinstance(value, str) and value.replace(".", "", 1).isdigit():
        return "@"  # a number typed into a text-formatted cell
    return None


def write_openpyxl(path: Path, tables: list[Table]) -> Path:
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for table in tables:
        sheet = workbook.create_sheet(table.name)
        for r, row in enumerate(table.rows, start=1):
            for c, cell in enumerate(row, start=1):
                value, fmt = (cell.value, cell.fmt) if isinstance(cell, Fmt) else (cell, None)
                if value is None:
                    continue
                target = sheet.cell(row=r, column=c, value=value)
                fmt = fmt or _default_format(value)
                if fmt:
                    target.number_format = fmt
                if isinstance(value, str) and "\n" in value:
                    target.alignment = openpyxl.styles.Alignment(wrap_text=True)
        for ref in table.merges:
            sheet.merge_cells(ref)
        for letter in table.hidden_cols:
            sheet.column_dimensions[letter].hidden = True
        for number in table.hidden_rows:
            sheet.row_dimensions[number].hidden = True
        if table.hidden:
            sheet.sheet_state = "hidden"
    workbook.save(path)
    return path


def write_xlsxwriter(path: Path, tables: list[Table], logo: dict[str, str] | None = None) -> Path:
    workbook = xlsxwriter.Workbook(str(path))
    formats: dict[str, object] = {}

    def fmt_for(number_format: str | None) -> object:
        key = number_format or ""
        if key not in formats:
            spec = {"num_format": number_format} if number_format else {}
            formats[key] = workbook.add_format({**spec, "text_wrap": True})
        return formats[key]

    for table in tables:
        sheet = workbook.add_worksheet(table.name)
        merged_cells: dict[tuple[int, int], str] = {}
        for ref in table.merges:
            (r0, c0), (r1, c1) = (
                xlsxwriter.utility.xl_cell_to_rowcol(part) for part in ref.split(":")
            )
            for r in range(r0, r1 + 1):
                for c in range(c0, c1 + 1):
                    merged_cells[(r, c)] = ref
        for r, row in enumerate(table.rows):
            for c, cell in enumerate(row):
                value, number_format = (
                    (cell.value, cell.fmt) if isinstance(cell, Fmt) else (cell, None)
                )
                if (r, c) in merged_cells or value is None:
                    continue
                number_format = number_format or _default_format(value)
                style = fmt_for(number_format)
                if isinstance(value, dt.datetime | dt.date | dt.time):
                    sheet.write_datetime(r, c, value, style)
                elif isinstance(value, str):
                    sheet.write_string(r, c, value, style)
                else:
                    sheet.write_number(r, c, value, style)
        for ref in table.merges:
            r0, c0 = xlsxwriter.utility.xl_cell_to_rowcol(ref.split(":")[0])
            first = table.rows[r0][c0] if c0 < len(table.rows[r0]) else None
            sheet.merge_range(ref, "" if first is None else str(first), fmt_for(None))
        for letter in table.hidden_cols:
            sheet.set_column(f"{letter}:{letter}", None, None, {"hidden": True})
        for number in table.hidden_rows:
            sheet.set_row(number - 1, None, None, {"hidden": True})
        if table.hidden:
            sheet.hide()
        if logo and table.name in logo:
            sheet.set_row(0, 48)
            sheet.insert_image(
                logo[table.name],
                "logo.png",
                {"image_data": io.BytesIO(tiny_png(2, 2, b"\xff\x00\x00"))},
            )
    workbook.close()
    return path


# --------------------------------------------------------------------------------------------
# The unseen templates


def ambulance(folder: Path) -> Case:
    """NHS ambulance trust incident log: hidden incident-number column, time of call."""
    t = Table("Incident Log")
    t.head(
        "Incident Date", "Time of Call", "Incident No.", "Chief Complaint",
        "Clinical Narrative", "Conveyed To", "Crew",
    )  # fmt: skip
    t.entry(
        Acc("2018-11-14", time="23:47"),
        dt.datetime(2018, 11, 14), dt.time(23, 47), "INC-0481", "Fall",
        "999 call from mother (07700 900412). Boy aged 3 fell down stairs, bruise to forehead, "
        "alert and crying. Mother smelled of alcohol.", "Northgate ED", "Paramedic 4471",
    )  # fmt: skip
    t.entry(
        Acc("2020-01-12", time="02:15"),
        "12/01/2020", "0215", "INC-0913", "Breathing problems",
        "Infant 7 weeks, noisy breathing. Flat cold, no heating. Advice given.", "Not conveyed",
        "Paramedic 4471",
    )  # fmt: skip
    t.entry(
        Acc("2020-02-29", time="04:10"),
        dt.datetime(2020, 2, 29, 4, 10), None, "INC-1022", "Assault",
        "Adult female, facial injury, says partner punched her. Children asleep upstairs.",
        "Northgate ED", "Tech 5520",
    )  # fmt: skip
    t.entry(
        Rej("30 February does not exist"),
        "30/02/2020", "19:05", "INC-1030", "Unwell child", "Crew notes mis-dated.", None, None,
    )  # fmt: skip
    t.entry(
        Acc("2020-03-03", time="21:40"),
        "03/03/20", "21:40", "INC-1107", "Overdose",
        "Father took 20 paracetamol after argument. Conveyed.", "Northgate ED", "Tech 5520",
    )  # fmt: skip
    t.add()
    t.entry(
        Acc("2020-06-05", time="07:05"),
        "05.06.2020", dt.time(7, 5), "INC-1390", "Welfare",
        "Child found wandering on Larkspur Close in nappy at 07:00.", "Not conveyed",
        "Paramedic 3308",
    )  # fmt: skip
    t.entry(
        Acc("2020-08-17", time="18:22"),
        "17/08/2020 18:22", None, "INC-1611", "Welfare concern",
        "Neighbour called 999: shouting, child screaming.", "Police on scene", "Paramedic 3308",
    )  # fmt: skip
    t.entry(
        Rej("a continuation line with no date"),
        None, None, None, None, "Crew note continued: referral made to MASH by phone.", None,
        None,
    )  # fmt: skip
    t.entry(Rej("footer"), "End of extract – 7 incidents")
    t.hidden_cols = ["C"]
    path = write_openpyxl(folder / "Ambulance_Service_log.xlsx", [t])
    mapping = {
        "Incident Date": "date", "Time of Call": "time", "Clinical Narrative": "event_text",
    }  # fmt: skip
    return Case(path, [t], frozenset({"Ambulance Service"}), mapping={t.name: mapping})


def school_cpoms(folder: Path) -> Case:
    """A CPOMS-style school safeguarding export, with a notes tab."""
    notes = Table("Export notes")
    notes.add("CPOMS incident export")
    notes.add("Date exported", "20/11/2026")
    notes.add("Exported by", "DSL (Mrs P. Arbuthnot)")
    notes.add("Filter", "Student = Kiera Tamsworth; all categories")
    t = Table("Incidents")
    t.head(
        "Student", "Incident", "Action Taken", "Categories", "Date/Time", "Added By",
        "Assigned To", "Status",
    )  # fmt: skip
    t.entry(
        Acc("2019-05-04", time="08:52"),
        "Kiera Tamsworth", "K arrived without breakfast, said mum was 'asleep on the sofa'.",
        "Breakfast club place offered. Logged for DSL.", "Neglect, Attendance",
        "04/05/2019 08:52", "Mr T. Ellingham", "Mrs P. Arbuthnot", "Closed",
    )  # fmt: skip
    t.entry(
        Acc("2019-05-13", time="15:20"),
        "Kiera Tamsworth", "Unknown adult male collected K; not on contact list.",
        "Rang mum on 07700 900412, no answer.", "Safeguarding, Unknown adult",
        "13/05/2019 15:20", "Mrs J. Moss", "Mrs P. Arbuthnot", "Open",
    )  # fmt: skip
    t.entry(
        Acc("2019-05-21", time="09:05"),
        "Kiera Tamsworth", "Bruise on left upper arm.\nK said 'Dean grabbed me'.",
        "Body map completed; referral to MASH 09:40.", "Physical injury, Referral",
        dt.datetime(2019, 5, 21, 9, 5), "Mr T. Ellingham", "Mrs P. Arbuthnot", "Closed",
    )  # fmt: skip
    t.entry(
        Rej("31 June does not exist"),
        "Kiera Tamsworth", "Late again.", "None", "Attendance", "31/06/2019 10:00",
        "Office", None, "Closed",
    )  # fmt: skip
    t.entry(
        Acc("2019-07-03"),
        "Kiera Tamsworth", "Attended TAC meeting at school.", "Actions in TAC plan.", "Meeting",
        "03/07/2019", "Mrs P. Arbuthnot", None, "Closed",
    )  # fmt: skip
    path = write_openpyxl(folder / "Riverside_Primary_School_CPOMS_export.xlsx", [t, notes])
    mapping = {"Incident": "event_text", "Date/Time": "date", "Action Taken": "outcome"}
    return Case(path, [t, notes], frozenset({"School"}), mapping={t.name: mapping})


def hospital_ed(folder: Path) -> Case:
    """Acute trust ED export: logo row, merged title block, key/value lines, header at row 8."""
    t = Table("ED Attendances")
    t.add()  # row 1: the logo image only
    t.add("Northgate Hospitals NHS Foundation Trust")
    t.add("Emergency Department attendances – Kiera Tamsworth (NHS No. 999 123 4567)")
    t.add("Report type:", "ED attendance summary", None, "Date range:", "01/01/2018 – 31/12/2020")
    t.add("Prepared by:", "Safeguarding Children Team", None, "Date prepared:", "20/11/2026")
    t.add()
    t.add("OFFICIAL-SENSITIVE")
    t.head(
        "Arrival Date", "Arrival Time", "Attendance No.", "Presenting Complaint",
        "Triage Category", "Clinical Notes", "Discharge Outcome", "Safeguarding Flag",
    )  # fmt: skip
    t.entry(
        Acc("2018-02-03", time="21:14"),
        dt.date(2018, 2, 3), dt.time(21, 14), "ED-180203-77", "Head injury", "Orange",
        "Brought by mother. 2cm laceration to scalp, 'fell off bed'. Delay in presentation.",
        "Discharged home", "Y",
    )  # fmt: skip
    t.entry(
        Acc("2018-11-15", time="00:40"),
        dt.date(2018, 11, 15), dt.time(0, 40), "ED-181115-03", "Fall", "Yellow",
        "Ambulance conveyance after fall down stairs. Forehead haematoma.", "Discharged home",
        "Y",
    )  # fmt: skip
    t.entry(
        Rej("29/02/2019 does not exist"),
        "29/02/2019", "10:15", "ED-190229-11", "Rash", "Green", "Mis-keyed date.", "Discharged",
        "N",
    )  # fmt: skip
    t.entry(
        Acc("2019-07-22", time="14:05"),
        dt.date(2019, 7, 22), "14:05", "ED-190722-45", "Ingestion", "Orange",
        "Swallowed mother's methadone? Observed 6 hours. Referral to CSC.",
        "Admitted paediatric ward", "Y",
    )  # fmt: skip
    t.entry(
        Acc("2020-01-06"),
        dt.date(2020, 1, 6), None, "ED-200106-02", "Burn", "Yellow",
        "Scald to hand from kettle; explanation consistent.", "Discharged to GP", "N",
    )  # fmt: skip
    t.add()
    t.entry(
        Rej("signature footer"),
        "Signed:", None, None, None, None, "Dr A. Ferrow-Lake, Named Doctor for Safeguarding",
    )  # fmt: skip
    t.entry(Rej("report footer"), "Report generated 20/11/2026 09:14 by ED Information Services")
    t.merges = ["A2:H2", "A3:H3", "A7:H7"]
    path = write_xlsxwriter(
        folder / "Northgate_Hospital_ED_attendances.xlsx", [t], logo={t.name: "A1"}
    )
    mapping = {
        "Arrival Date": "date", "Arrival Time": "time", "Clinical Notes": "event_text",
        "Discharge Outcome": "outcome",
    }  # fmt: skip
    return Case(path, [t], frozenset({"Emergency Department"}), mapping={t.name: mapping})


def health_visiting(folder: Path) -> Case:
    """Health visiting record: Contact Date / Contact Type / Narrative, every date style mixed."""
    t = Table("HV Record")
    t.add("Health Visiting Service – Record of Contacts (Family: Tamsworth)")
    t.add()
    t.head("Contact Date", "Contact Type", "Narrative", "Practitioner", "Venue")
    hv = "HV Marsh"
    t.entry(Acc("2016-09-12"), dt.datetime(2016, 9, 12), "New birth visit",
            "Baby feeding well. Mother low in mood, EPDS 14.", hv, "Home")  # fmt: skip
    t.entry(Acc("2017-06-05"), "5th June 2017", "Home visit",
            "Dog bite scar noted on baby's hand; mother says healed.", hv, "Home")  # fmt: skip
    t.entry(Acc("2018-06-05"), "05-Jun-2018", "Clinic", "Weight faltering, below 2nd centile.",
            hv, "Clinic")  # fmt: skip
    t.entry(Acc("2017-06-01", "month"), "June 2017", "Note",
            "Transfer-in records received (month only recorded).", "Admin", None)  # fmt: skip
    t.entry(Acc("2016-01-01", "year"), 2016, "Note",
            "Family moved into area during 2016 (year only recorded).", "Admin", None)  # fmt: skip
    t.entry(Rej("vague"), "Summer 2018", "Home visit", "Mother reported new partner.", hv, None)
    t.entry(Rej("vague"), "unknown", "Telephone", "Call from maternal grandmother.", hv, None)
    t.entry(Rej("impossible"), "31/02/2019", "Home visit", "No access.", hv, "Home")
    t.entry(Acc("2019-05-05"), "43590", "Clinic", "Date typed as an Excel serial number.", hv,
            "Clinic")  # fmt: skip
    t.entry(Acc("2019-05-04"), "04.05.2019", "Home visit", "Seen with mother and Dean.", hv,
            "Home")  # fmt: skip
    t.entry(Acc("2019-06-04"), "Tues 4th June 2019", "Home visit", "Home conditions poor.", hv,
            "Home")  # fmt: skip
    t.entry(Acc("2019-05-04"), "04/05/2019", "Telephone", "Follow-up call to mother.", hv,
            None)  # fmt: skip
    t.entry(Rej("month 13: US-style date, refuse"), "12/13/2019", "Clinic", "Weighed.", hv,
            "Clinic")  # fmt: skip
    t.entry(Acc("2019-09-03"), "03/09/2019", "DNA", None, hv, "Clinic")
    t.entry(Rej("no date"), None, "Telephone", "Mum rang re: nursery place.", hv, None)
    t.entry(Acc("2019-11-20"), "2019-11-20", "Home visit", "ICPC report written.", hv, "Home")
    t.entry(Acc("2019-09-01", "month"), "Sept 2019", "Note", "Moved to Oak Road (month only).",
            "Admin", None)  # fmt: skip
    t.entry(Acc("2020-02-01", "month"), "Feb-20", "Note", "Started nursery (month only).",
            "Admin", None)  # fmt: skip
    t.entry(Rej("vague"), "c. 2015", "Note", "Previous child removed in another area.", "Admin",
            None)  # fmt: skip
    path = write_openpyxl(folder / "Health_Visiting_record.xlsx", [t])
    mapping = {
        "Contact Date": "date", "Contact Type": "event_type", "Narrative": "event_text",
        "Practitioner": "practitioner",
    }  # fmt: skip
    return Case(path, [t], frozenset({"Health Visiting"}), mapping={t.name: mapping})


def mash(folder: Path) -> Case:
    """MASH contact record: a 'Referring Agency' column names who referred, not who recorded."""
    t = Table("Contacts")
    t.add("Multi-Agency Safeguarding Hub – Contact Record (Child: Jaxon Pellow)")
    t.add()
    t.head(
        "Contact ID", "Date Contact Received", "Time Received", "Referring Agency",
        "Referrer Name", "Reason for Contact", "Contact Summary", "MASH Decision", "RAG",
    )  # fmt: skip
    t.entry(
        Acc("2019-05-04", time="09:12"),
        "MC-20190504-017", "04/05/2019 09:12", None, "Police", "PC 2291 Harland",
        "Domestic abuse notification",
        "Police attended DA incident at home overnight; Jaxon present. DASH medium.",
        "Strategy discussion", "Red",
    )  # fmt: skip
    t.entry(
        Acc("2019-05-07", time="10:30"),
        "MC-20190507-004", dt.datetime(2019, 5, 7), "10:30", "School", "Mrs P. Arbuthnot (DSL)",
        "Physical injury", "Bruise to arm, child says 'Dean grabbed me'.", "S47 enquiry", "Red",
    )  # fmt: skip
    t.entry(
        Acc("2019-10-15", time="14:05"),
        "MC-20191015-031", "15/10/2019", "14:05", "Health Visiting", "HV Marsh",
        "Neglect", "Home conditions poor, weight faltering.", "Refer to Early Help", "Amber",
    )  # fmt: skip
    t.entry(
        Acc("2019-12-02", time="09:40"),
        "MC-20191202-009", "02/12/2019", "9.40am", "Anonymous", "Withheld (07700 900877)",
        "Concern for welfare", "Caller reports children left alone overnight.",
        "Police welfare check", "Red",
    )  # fmt: skip
    t.entry(
        Acc("2020-01-21"),
        "MC-20200121-002", "21/01/2020", None, "Northtown Academy", "Mr Q. Lodge",
        "Attendance", "Attendance 71% this term.", "NFA – info passed to allocated SW", "Green",
    )  # fmt: skip
    t.merges = ["A1:I1"]
    path = write_openpyxl(folder / "MASH_contact_record.xlsx", [t])
    mapping = {
        "Date Contact Received": "date", "Time Received": "time",
        "Contact Summary": "event_text", "Referring Agency": None,
    }  # fmt: skip
    return Case(path, [t], frozenset({"Children's Social Care"}), mapping={t.name: mapping})


def youth_offending(folder: Path) -> Case:
    """YOT export: trailing spaces in headers, two-digit years, page breaks with repeat headers."""
    t = Table("Contacts")
    header = ("Date ", "Time ", "Event Type", "Details of Contact", "Case Manager", "Outcome",
              "Internal Ref")  # fmt: skip
    t.head(*header)
    t.entry(Acc("2019-05-04", time="09:30"), "04/05/19", "09:30", "Office appointment",
            "First appointment after referral order. Attended with mother.", "J. Pryce",
            "Intervention plan agreed", "00412")  # fmt: skip
    t.entry(Acc("2018-11-12", time="14:15"), "12/11/18", "2.15pm", "Arrest",
            "Arrested for shoplifting with older males (unknown adults).", "J. Pryce",
            "Released under investigation", "00398")  # fmt: skip
    t.entry(Acc("2021-02-01", time="14:35"), "1/2/21", "1435", "Home visit",
            "Seen at home; mother's partner refused entry to worker.", "J. Pryce", "Rebook",
            "00577")  # fmt: skip
    t.entry(Skip("page footer"), "Page 1 of 2")
    t.entry(Skip("repeated header after page break"), *header)
    t.entry(Acc("2021-03-17"), "17/03/21", "unknown", "Missing episode",
            "Reported missing overnight; returned 08:00.", "J. Pryce", "Return interview",
            "00590")  # fmt: skip
    t.entry(Acc("2021-03-18", time="16:00"), "18/03/2021", dt.time(16, 0), "Return interview",
            "Says stayed with 'friends' in Northtown; phone 07700 900231 now in use.",
            "J. Pryce", "CSE screening", "00591")  # fmt: skip
    t.entry(Acc("2021-03-19", time="11:00"), "19/03/21 11:00", None, "Strategy discussion",
            "Strategy discussion re CCE risk.", "J. Pryce", "S47", "00592")  # fmt: skip
    t.entry(Skip("page footer"), "Page 2 of 2")
    t.hidden_cols = ["G"]
    path = write_openpyxl(folder / "Youth_Offending_Team_export.xlsx", [t])
    mapping = {"Date": "date", "Time": "time", "Details of Contact": "event_text",
               "Event Type": "event_type", "Outcome": "outcome"}  # fmt: skip
    agencies = frozenset({"Youth Justice Service"})  # its own service, not Probation
    return Case(path, [t], agencies, mapping={t.name: mapping})


def drug_alcohol_csv(folder: Path) -> Case:
    """Drug and alcohol service CSV in Windows-1252 with semicolons and a title line."""
    t = Table("", is_csv=True)
    t.add("Drug and Alcohol Service – Client Chronology", None, None, None, None, None)
    t.add("Client: Dean Corrick", None, None, None, None, None)
    t.add(None, None, None, None, None, None)
    t.head("Appt Date", "Appt Time", "Appointment Type", "Attended?", "Keyworker Notes",
           "Keyworker")  # fmt: skip
    kw = "R. Okonjo-Vale"
    t.entry(Acc("2019-05-04", time="10:00"), "04/05/2019", "10:00", "Assessment", "Yes",
            "Initial assessment; reports drinking 3–4 cans/day, lost café job, "
            "rent arrears £350. Partner’s children (2) in household.", kw)  # fmt: skip
    t.entry(Acc("2019-05-11"), "11.5.19", None, "Key work", "Yes",
            "Discussed safe storage of methadone; lockbox given.", kw)  # fmt: skip
    t.entry(Acc("2018-06-05"), "05-Jun-2018", None, "Previous episode", "n/a",
            "Earlier treatment episode (closed, disengaged).", kw)  # fmt: skip
    t.entry(Rej("vague: week commencing"), "w/c 12/03/2018", None, "Group", "Yes",
            "Attended recovery group.", kw)  # fmt: skip
    t.entry(Rej("vague"), "TBC", None, "Key work", "No", "Date to be confirmed by worker.", kw)
    t.entry(Acc("2019-06-18", time="14:30"), "18/06/2019", "14:30", "Key work", "No",
            "DNA. Letter sent; phoned 07700 900655, no answer.", kw)  # fmt: skip
    t.add(None, None, None, None, None, None)
    t.entry(Acc("2019-12-01"), "43800", None, "Review", "Yes",
            "Care plan review – relapse disclosed.", kw)  # fmt: skip
    t.entry(Rej("footer"), "Printed 20/11/2026 by R. Okonjo-Vale", None, None, None, None, None)
    path = write_csv(
        folder / "Drug_and_Alcohol_Service.csv", t.rows, encoding="cp1252", delimiter=";"
    )
    mapping = {"Appt Date": "date", "Appt Time": "time", "Keyworker Notes": "event_text",
               "Appointment Type": "event_type"}  # fmt: skip
    return Case(path, [t], frozenset({"Substance Misuse Service"}), mapping={"": mapping})


def housing_csv(folder: Path) -> Case:
    """Housing association CSV with a UTF-8 BOM, multi-line notes and an agency column."""
    t = Table("", is_csv=True)
    t.head("Date Logged", "Logged By", "Agency", "Category", "Case Note", "Action Required")
    org = "Northshire Homes"
    t.entry(Acc("2019-05-04", time="10:12"), "2019-05-04 10:12:00", "T. Brannock", org,
            "ASB", "Neighbour reports shouting and a child crying late at night.",
            "Warning letter")  # fmt: skip
    t.entry(
        Acc("2019-06-18", time="15:40"),
        "2019-06-18T15:40:00",
        "T. Brannock",
        org,
        "Rent",
        "Arrears £1,240. Tenant says partner left.",
        "Refer to money advice",
    )
    t.entry(Acc("2019-07-03", time="09:00"), "03/07/2019 09:00", "S. Vantreight", org,
            "Repairs", "Tenancy visit.\nFront door damaged – tenant says ex-partner kicked it "
            "in.\nPhotos taken.", "Emergency repair")  # fmt: skip
    t.add(None, None, None, None, None, None)
    t.entry(Acc("2019-08-14"), "14/08/2019", "S. Vantreight", None, "Tenancy",
            "Unknown adult male answered door; says he is 'staying a few weeks'.",
            "Check occupancy")  # fmt: skip
    t.entry(Rej("vague: financial year"), "2019/20", "Income team", org, "Rent",
            "Arrears escalated during 2019/20.", None)  # fmt: skip
    t.entry(Acc("2019-10-21", time="16:05"), "21/10/2019 16:05", "T. Brannock", org,
            "Tenancy", "Notice seeking possession served.", "Court papers")  # fmt: skip
    path = write_csv(
        folder / "Housing_Association_tenancy_log.csv", t.rows, encoding="utf-8-sig", delimiter=","
    )
    mapping = {"Date Logged": "date", "Case Note": "event_text", "Category": "event_type"}
    return Case(path, [t], frozenset({"Housing", org}), mapping={"": mapping})


def police(folder: Path) -> Case:
    """Police export: a STORM log, a Niche occurrences sheet and a hidden lookups sheet."""
    storm = Table("STORM")
    storm.head("Log Date/Time", "Log No.", "Incident Type", "Grading", "Incident Summary",
               "Closing Code", "OIC")  # fmt: skip
    storm.entry(Acc("2019-05-04", time="22:47"), "04/05/2019 22:47:13", "1187", "Domestic",
                "Immediate", "Female caller states partner has smashed TV; children present.",
                "DA - crime recorded", "PC 2291 Harland")  # fmt: skip
    storm.entry(Acc("2019-05-05", time="01:03"), dt.datetime(2019, 5, 5, 1, 3), "0042",
                "Concern for safety", "Priority", "Follow-up: suspect not located.",
                "Suspect outstanding", "PC 2291 Harland")  # fmt: skip
    storm.entry(Acc("2019-06-02", time="23:59"), "2019-06-02 23:59", "1301", "ASB",
                "Scheduled", "Noise complaint from neighbour.", "Advice given",
                "PCSO 7710 Ferris")  # fmt: skip
    storm.entry(Acc("2019-09-14", time="23:05"), "14/09/2019 2305hrs", "1276", "Domestic",
                "Immediate", "Male ex-partner at address in breach of bail.", "Arrest",
                "PC 4120 Okafor")  # fmt: skip
    storm.entry(Rej("31 September does not exist"), "31/09/2019 21:00", "1190", "Domestic",
                "Immediate", "Keying error on date.", "Duplicate", None)  # fmt: skip
    storm.entry(Rej("in the future: typo for 2019"), "04/05/2091 12:00", "0601", "Welfare",
                "Priority", "Welfare check.", "No trace", None)  # fmt: skip
    niche = Table("Niche Occurrences")
    niche.add("Niche RMS – Occurrence Enquiry Log")
    niche.head("Occurrence Date", "Occ Ref", "Occurrence Type", "Occurrence Summary",
               "Officer in Case", "Force")  # fmt: skip
    niche.entry(Acc("2019-05-05"), "05/05/2019", "NS/19/88812", "Criminal damage (DA)",
                "Partner arrested, interviewed, charged.", "DC 5502 Whitlow",
                "Northshire Police")  # fmt: skip
    niche.entry(
        Acc("2019-09-15"),
        dt.date(2019, 9, 15),
        "NS/19/91240",
        "Breach of bail",
        "Charged; remanded to court.",
        "DC 5502 Whitlow",
        "Northshire Police",
    )
    niche.entry(Acc("2019-09-01", "month"), "Sep-19", "NS/19/90001", "Intelligence",
                "Intel: male associates at address (month only).", "DC 5502 Whitlow",
                "Northshire Police")  # fmt: skip
    lookups = Table("Lookups")
    lookups.add("Code", "Meaning")
    lookups.add("DA", "Domestic abuse")
    lookups.add("ASB", "Anti-social behaviour")
    lookups.hidden = True
    path = write_openpyxl(folder / "Police_STORM_Niche_log.xlsx", [storm, niche, lookups])
    mapping = {
        storm.name: {"Log Date/Time": "date", "Incident Summary": "event_text",
                     "Incident Type": "event_type"},
        niche.name: {"Occurrence Date": "date", "Occurrence Summary": "event_text"},
    }  # fmt: skip
    return Case(path, [storm, niche, lookups], frozenset({"Police"}), mapping=mapping)


def nursery(folder: Path) -> Case:
    """Nursery record-of-concern log: merged title cells, header deep at row 8, a line break."""
    t = Table("Concerns")
    t.add("Little Acorns Day Nursery")
    t.add("Safeguarding – Record of Concern Log")
    t.add("Child:", "Kiera Tamsworth", None, "Key Person:", "Miss D. Quillan")
    t.add("Room:", "Pre-school (Oak Room)")
    t.add()
    t.add("Please record facts only. Body maps are filed separately.")
    t.add()
    t.head("Date of\nconcern", "Time", "Concern / Observation", "Reported To", "Action Taken",
           "Staff Initials")  # fmt: skip
    t.entry(Acc("2017-10-02", time="09:15"), dt.datetime(2017, 10, 2), "9:15",
            "K arrived in wet clothes, very hungry, ate three bowls of cereal.", "DSL",
            "Spoke to mum at collection.", "DQ")  # fmt: skip
    t.entry(Acc("2019-05-04", time="13:40"), "4/5/19", "13.40",
            "Said 'Dean shouts at mummy and throws things'.", "DSL",
            "Logged; call to MASH consultation line.", "DQ")  # fmt: skip
    t.entry(Acc("2019-05-16", time="08:05"), "16/05/2019", dt.time(8, 5),
            "Collected by unknown adult male who gave name 'Gaz'.", "Manager",
            "Mum phoned (07700 900412) – confirmed.", "LR")  # fmt: skip
    t.entry(Rej("signature footer"), "Signed (DSL): ______________   Date: ___________")
    t.merges = ["A1:F1", "A2:F2", "A6:F6", "A12:F12"]
    path = write_openpyxl(folder / "Little_Acorns_Nursery.xlsx", [t])
    mapping = {"Date of\nconcern": "date", "Time": "time",
               "Concern / Observation": "event_text", "Action Taken": "outcome"}  # fmt: skip
    return Case(path, [t], frozenset({"Nursery"}), mapping={t.name: mapping})


def probation(folder: Path) -> Case:
    """nDelius-style contact log: serials typed as text, hidden row/column, repeated header."""
    t = Table("Contact Log")
    header = ("CRN", "Contact Date", "Contact Start Time", "Contact Type", "Outcome", "Officer",
              "Notes", "Sensitive", "Staff Code")  # fmt: skip
    t.head(*header)
    t.entry(Acc("2018-06-05", time="10:00"), "X123456", Fmt(dt.date(2018, 6, 5), "dd-mmm-yyyy"),
            "10:00", "Induction", "Attended", "PP Okwuosa",
            "Licence conditions explained incl. no contact with ex-partner.", "N",
            "N07A123")  # fmt: skip
    t.entry(Acc("2018-06-12", time="14:30"), "X123456", "12-Jun-2018", "14:30",
            "Office visit", "Failed to attend", "PP Okwuosa", "No contact; warning letter.",
            "N", "N07A123")  # fmt: skip
    t.entry(Acc("2019-05-05", time="11:15"), "X123456", "43590", "11:15", "Home visit",
            "Attended", "PP Okwuosa", "Ex-partner's children seen at the address.", "Y",
            "N07A123")  # fmt: skip
    t.entry(Acc("2019-05-05", time="12:00"), "X123456", "43590.5", None, "Phone contact",
            "Attended", "PP Okwuosa", "Call to MASH to share information.", "Y",
            "N07A123")  # fmt: skip
    hidden = t.entry(Acc("2019-06-03", time="09:00"), "X123456", dt.date(2019, 6, 3), "09:00",
                     "Office visit", "Attended", "PP Okwuosa",
                     "Disclosed new relationship with woman with two children.", "Y",
                     "N07A123")  # fmt: skip
    t.entry(Skip("repeated header after page break"), *header)
    t.entry(Acc("2019-06-07"), "X123456", "07/06/2019", None, "Home visit",
            "Not at home", "PP Okwuosa", None, "N", "N07A123")  # fmt: skip
    t.entry(Rej("vague"), "X123456", "unknown", None, "Recall", "Recalled", "PP Okwuosa",
            "Recall date not recorded.", "N", "N07A123")  # fmt: skip
    t.hidden_cols = ["I"]
    t.hidden_rows = [hidden]
    path = write_xlsxwriter(folder / "Probation_nDelius_contacts.xlsx", [t])
    mapping = {"Contact Date": "date", "Contact Start Time": "time", "Notes": "event_text",
               "Contact Type": "event_type", "CRN": "reference",
               "Officer": "practitioner"}  # fmt: skip
    return Case(path, [t], frozenset({"Probation"}), mapping={t.name: mapping})


def mental_health(folder: Path) -> Case:
    """Adult mental health trust progress notes: line break in a header, a 'Read me' tab."""
    readme = Table("Read me")
    readme.add("Eastwood Mental Health NHS Trust – chronology for CSPR panel")
    readme.add("Entries are taken from the electronic patient record (progress notes).")
    readme.add("Service user: Shannon Tamsworth (mother of the subject child).")
    t = Table("Progress Notes")
    t.head("Date of\nContact", "Time", "Team", "Note Type", "Progress Note", "Author")
    t.entry(Acc("2019-03-11", time="15:30"), dt.datetime(2019, 3, 11, 15, 30), "15:30",
            "Crisis Team", "Assessment", "Seen after overdose; says children are 'with Dean'.",
            "CPN Harrow")  # fmt: skip
    t.entry(
        Acc("2019-05-04", time="11:00"),
        "04/05/2019",
        "11:00",
        "CMHT",
        "Home visit",
        "Low mood, not taking medication. Children at school.",
        "CPN Harrow",
    )
    t.entry(Acc("2019-05-06"), "6th May 2019", None, "CMHT", "Telephone",
            "Did not answer planned call.", "CPN Harrow")  # fmt: skip
    t.entry(
        Acc("2019-06-04", time="10:30"),
        "Tuesday 04/06/2019",
        "10:30",
        "CMHT",
        "Outpatient",
        "Seen by psychiatrist; medication reviewed.",
        "Dr Lindqvist",
    )
    t.entry(Acc("2019-05-01", "month"), "May 2019", "09:00", "CMHT", "Summary",
            "Referred to perinatal service (month only recorded).", "Admin")  # fmt: skip
    t.entry(Acc("2019-06-04"), "04/06/2019", None, "CMHT", None,
            "Telephone call from mother of service user: worried about the grandchildren.",
            "CPN Harrow")  # fmt: skip
    t.entry(Rej("vague"), "mid-June 2019", None, "CMHT", "Note", "Discharged from CMHT.",
            "Admin")  # fmt: skip
    path = write_openpyxl(folder / "Eastwood_Mental_Health_Trust.xlsx", [readme, t])
    mapping = {"Date of\nContact": "date", "Time": "time", "Note Type": "event_type",
               "Progress Note": "event_text", "Author": "practitioner"}  # fmt: skip
    return Case(path, [readme, t], frozenset({"Adult Mental Health"}), mapping={t.name: mapping})


def family_support(folder: Path) -> Case:
    """A voluntary family support service no rule can know: the agency is given by the user."""
    t = Table("Sessions")
    t.head("Session Date", "Session Type", "Worker Notes", "Organisation", "Worker")
    org = "Brightpath FS"
    t.entry(Acc("2020-03-02"), dt.date(2020, 3, 2), "Home visit",
            "Mother tearful; food bank voucher given.", org, "A. Quaye")  # fmt: skip
    t.entry(Acc("2020-03-02"), "2nd March 2020", "Phone call",
            "Follow-up call to mother the same afternoon.", org, "A. Quaye")  # fmt: skip
    t.entry(Acc("2020-04-01", "month"), "April 2020", "Group",
            "Attended parenting group (sessions in April).", org, "A. Quaye")  # fmt: skip
    t.entry(Rej("no date"), None, "Home visit", "Undated visit note.", org, "A. Quaye")
    t.entry(Acc("2020-05-19"), "19/05/2020", None, "Closed: family moved out of area.", org,
            "A. Quaye")  # fmt: skip
    path = write_openpyxl(folder / "Brightpath_Family_Support.xlsx", [t])
    mapping = {"Session Date": "date", "Worker Notes": "event_text", "Worker": "practitioner"}
    agency = "Brightpath Family Support"
    return Case(path, [t], frozenset({agency}), agency_arg=agency, mapping={t.name: mapping})


BUILDERS: dict[str, Callable[[Path], Case]] = {
    "ambulance": ambulance,
    "school_cpoms": school_cpoms,
    "hospital_ed": hospital_ed,
    "health_visiting": health_visiting,
    "mash": mash,
    "youth_offending": youth_offending,
    "drug_alcohol_csv": drug_alcohol_csv,
    "housing_csv": housing_csv,
    "police": police,
    "nursery": nursery,
    "probation": probation,
    "mental_health": mental_health,
    "family_support": family_support,
}
NAMES = list(BUILDERS)


# --------------------------------------------------------------------------------------------
# Fixtures (`results`, which reads every case, comes from tests.unseen_templates_helpers)


@pytest.fixture(scope="module")
def cases(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Case]:
    folder = tmp_path_factory.mktemp("unseen")
    return {name: build(folder) for name, build in BUILDERS.items()}


# --------------------------------------------------------------------------------------------
# Tests


@pytest.mark.parametrize("name", NAMES)
def test_every_body_row_once_in_events_or_rejected(name: str, cases, results) -> None:  # type: ignore[no-untyped-def]
    problems = row_problems(cases[name].expected, seen_in_result(ingest_result(results, name)))
    assert not problems, report(name, problems)


@pytest.mark.parametrize("name", NAMES)
def test_dates_day_first_with_precision_never_guessed(name: str, cases, results) -> None:  # type: ignore[no-untyped-def]
    problems = date_problems(cases[name].expected, seen_in_result(ingest_result(results, name)))
    assert not problems, report(name, problems)


@pytest.mark.parametrize("name", NAMES)
def test_one_agency_per_file(name: str, cases, results) -> None:  # type: ignore[no-untyped-def]
    seen = seen_in_result(ingest_result(results, name))
    problems = agency_problems(cases[name].agencies, seen)
    assert not problems, report(name, problems)


@pytest.mark.parametrize("name", NAMES)
def test_header_row_and_obvious_columns_mapped(name: str, cases, results) -> None:  # type: ignore[no-untyped-def]
    case, result = cases[name], ingest_result(results, name)
    sheets = {s.name: s for s in result.sheets}
    problems = []
    for sheet_name, header_row in case.header_rows.items():
        sheet = sheets.get(sheet_name)
        if sheet is None:
            problems.append(f"sheet '{sheet_name}' not reported")
        elif sheet.header_row != header_row:
            problems.append(f"sheet '{sheet_name}': header row {sheet.header_row}, "
                            f"expected {header_row}")  # fmt: skip
    problems += mapping_problems(sheets, case.mapping)
    assert not problems, report(name, problems)


def test_cp1252_text_is_read_correctly(cases, results) -> None:  # type: ignore[no-untyped-def]
    result = ingest_result(results, "drug_alcohol_csv")
    texts = " ".join(" ".join([e.event_text, *e.extra.values()]) for e in result.events)
    for fragment in ("3–4 cans", "café", "£350", "Partner’s children"):
        assert fragment in texts


def test_cli_ingest_of_all_unseen_files(cases, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    seen_by_case = seen_in_cli_output(cases, tmp_path / "out")
    problems: list[str] = []
    for name, case in cases.items():
        found = all_problems(case.expected, case.agencies, seen_by_case[name])
        if found:
            problems.append(report(name, found))
    assert not problems, "\n".join(problems)
