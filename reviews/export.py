"""The tracker as a workbook (what business support used to keep by hand) and as a calendar.

The workbook's sheets. `Tracker`: one row per review, the next deadline and its status, then
for every deadline its due date (a date cell, so it sorts and filters as a date) and its
status in the column beside it. `Deadlines`: one row per review and deadline (agency requests and
actions included), the easiest to sort, filter and print. `Requests` (when any agency request is
recorded): one row per request (scoping form, chronology, IMR, further request) with its status,
dates and RAG status; the queries sent back are not written (they may name people). All print
A4 landscape, fitted one page wide, with the header row on every page, "Page X of Y" and the
protective marking (`CSPR_MARKING`, default OFFICIAL-SENSITIVE); on the Tracker only the
summary columns print.

The calendar has one all-day event per open deadline (an agency request awaited is one, on its
due date), under a UID that stays the same from export to export: its title is the review and
the deadline (never the status, which a calendar would keep stale), it does not mark anyone busy
(`TRANSP:TRANSPARENT`) and its lines are folded at 75 octets (RFC 5545). Actions are work to do,
not appointments: each action with a due date is a to-do (`VTODO`) with its owner, due date and
progress (needs action, in process, completed on its sign-off date), so a re-import ticks it off.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from chronology.export_tables import protective_marking
from chronology.output import neutralise
from reviews.models import REQUEST_KIND_NAMES, REQUEST_STATUS_NAMES, Review
from reviews.status import (
    DeadlineStatus,
    action_status,
    next_deadline,
    request_status,
    review_deadlines,
)
from reviews.timescales import load_rules
from reviews.workingdays import WorkingCalendar, default_calendar

# Fills light enough for black text at WCAG AA; the word is always written too.
RAG_FILLS = {
    "green": "C6EFCE",
    "amber": "FFEB9C",
    "red": "FFC7CE",
    "done_on_time": "DDEBF7",
    "done_late": "F4B084",
}
TYPE_NAMES = {
    "rapid_review": "Rapid review",
    "local_cspr": "Local CSPR",
    "alternative_learning_review": "Alternative learning review",
    "sar": "SAR",
    "dhr": "DHR",
    "mappa_scr": "MAPPA SCR",
}
DATE_FORMAT = "dd/mm/yyyy"
LINE_PT = 15.0
SUMMARY = (
    ("Reference", 14),
    ("Type", 16),
    ("Child", 12),
    ("Referral", 11.5),
    ("Next deadline", 11.5),
    ("Next deadline: what", 42),
    ("Status", 14),
)
DEADLINE_COLUMNS = (
    ("Reference", 14),
    ("Type", 16),
    ("Child", 12),
    ("Deadline", 44),
    ("Due", 11.5),
    ("Status", 20),
    ("Done on", 11.5),
    ("Rule", 52),
)

REQUEST_COLUMNS = (
    ("Reference", 14),
    ("Type", 16),
    ("Child", 12),
    ("Agency", 22),
    ("Request", 24),
    ("Status", 16),
    ("Requested on", 11.5),
    ("Due on", 11.5),
    ("RAG status", 14),
    ("Returned on", 11.5),
    ("Sent back on", 11.5),
    ("Accepted on", 11.5),
)
REQUEST_DATES = {7, 8, 10, 11, 12}


def status_text(status: DeadlineStatus) -> str:
    """`Overdue`, `Done on time (07/05/2024)`."""
    done = f" ({status.done_on:%d/%m/%Y})" if status.done_on else ""
    return status.rag_word + done


def _fill(rag: str) -> PatternFill:
    return PatternFill("solid", fgColor=RAG_FILLS[rag])


def _lines(text: object, width: float) -> int:
    """Lines a wrapped cell needs (generous: a character is taken as a digit's width)."""
    if not isinstance(text, str) or not text:
        return 1
    capacity = max(1, int(width * 1.1))
    lines = 0
    for paragraph in text.split("\n"):
        count, used = 1, -1
        for word in paragraph.split(" "):
            if used + 1 + len(word) > capacity and used >= 0:
                count += 1
                used = len(word)
            else:
                used += 1 + len(word)
            while used > capacity:
                count += 1
                used -= capacity
        lines += count
    return lines


def _format_sheet(
    sheet: Worksheet, widths: Sequence[float], printed: int, marking: str, date_columns: set[int]
) -> None:
    """Header style, widths, row heights, date formats, filters and page setup."""
    wrap = Alignment(wrap_text=True, vertical="top")
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    for row in sheet.iter_rows():
        lines = 1
        for cell in row:
            cell.alignment = wrap
            if cell.column in date_columns and cell.row > 1:
                cell.number_format = DATE_FORMAT
            if cell.column <= printed:
                lines = max(lines, _lines(cell.value, widths[cell.column - 1]))
        if lines > 1:
            sheet.row_dimensions[row[0].row].height = lines * LINE_PT + 3
    for cell in sheet[1]:
        cell.font = Font(name="Calibri", bold=True)
    sheet.freeze_panes = "B2"
    sheet.auto_filter.ref = sheet.dimensions
    setup = sheet.page_setup
    setup.paperSize = sheet.PAPERSIZE_A4
    setup.orientation = sheet.ORIENTATION_LANDSCAPE
    setup.fitToWidth = 1
    setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.page_margins.left = sheet.page_margins.right = 0.4
    sheet.print_title_rows = "1:1"
    sheet.print_area = f"A1:{get_column_letter(printed)}{max(sheet.max_row, 1)}"
    sheet.print_options.gridLines = True
    if marking:
        sheet.oddHeader.center.text = marking.replace("&", "&&")
        sheet.oddHeader.center.font = "-,Bold"
        sheet.oddFooter.right.text = marking.replace("&", "&&")
        sheet.oddFooter.right.font = "-,Bold"
    sheet.oddFooter.left.text = "&A"
    sheet.oddFooter.center.text = "Page &P of &N"


def _requests_sheet(
    workbook: Workbook,
    reviews: Sequence[Review],
    today: dt.date,
    calendar: WorkingCalendar,
    marking: str,
) -> None:
    """One row per agency request: what, from whom, its status, dates and RAG status."""
    requests = workbook.create_sheet("Requests")
    requests.append([name for name, _ in REQUEST_COLUMNS])
    for review in reviews:
        kind = TYPE_NAMES.get(review.review_type, review.review_type)
        ordered = sorted(review.requests, key=lambda r: (r.due_on or dt.date.max, r.id))
        for entry in ordered:
            timed = request_status(entry, today, calendar)
            what = REQUEST_KIND_NAMES[entry.kind]
            if entry.kind == "further":
                what = f"Further request {entry.id}"
            requests.append(
                [
                    neutralise(review.reference),
                    kind,
                    neutralise(review.child_pseudonym),
                    neutralise(entry.agency),
                    what,
                    REQUEST_STATUS_NAMES[entry.status],
                    entry.requested_on,
                    entry.due_on,
                    timed.rag_word if timed else "No due date",
                    entry.returned_on,
                    entry.sent_back_on,
                    entry.accepted_on,
                ]
            )
            if timed is not None:
                requests.cell(requests.max_row, 9).fill = _fill(timed.rag)
    _format_sheet(
        requests,
        [float(w) for _, w in REQUEST_COLUMNS],
        len(REQUEST_COLUMNS),
        marking,
        REQUEST_DATES,
    )


def write_tracker_xlsx(
    reviews: Sequence[Review],
    path: Path,
    today: dt.date,
    calendar: WorkingCalendar | None = None,
    marking: str | None = None,
) -> None:
    """Tracker (one row per review: next deadline and status, then each deadline's due date and
    status side by side) and Deadlines (one row per review and deadline)."""
    calendar = calendar or default_calendar()
    marking = protective_marking(marking)
    rules = load_rules().rules
    keys = [r.key for r in rules]
    descriptions = {r.key: r.description for r in rules}
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Tracker"
    statuses = {review.reference: review_deadlines(review, today, calendar) for review in reviews}
    used = [k for k in keys if any(s.key == k for ss in statuses.values() for s in ss)]
    header: list[str] = [name for name, _ in SUMMARY]
    for key in used:
        header += [descriptions[key], f"{descriptions[key]}: status"]
    sheet.append(header)
    deadlines = workbook.create_sheet("Deadlines")
    deadlines.append([name for name, _ in DEADLINE_COLUMNS])
    for review in reviews:
        items = statuses[review.reference]
        upcoming = next_deadline(items)
        by_key = {s.key: s for s in items}
        kind = TYPE_NAMES.get(review.review_type, review.review_type)
        who = [neutralise(review.reference), kind, neutralise(review.child_pseudonym)]
        row: list[object] = [
            *who,
            review.referral_date,
            upcoming.due if upcoming else None,
            upcoming.description if upcoming else "Nothing due",
            upcoming.rag_word if upcoming else "",
        ]
        for key in used:
            status = by_key.get(key)
            row += [None, None] if status is None else [status.due, status_text(status)]
        sheet.append(row)
        excel_row = sheet.max_row
        if upcoming:
            sheet.cell(excel_row, len(SUMMARY)).fill = _fill(upcoming.rag)
        for offset, key in enumerate(used):
            if key in by_key:
                column = len(SUMMARY) + 2 * offset + 1
                for cell in (sheet.cell(excel_row, column), sheet.cell(excel_row, column + 1)):
                    cell.fill = _fill(by_key[key].rag)
        for status in items:
            deadlines.append(
                [*who, status.description, status.due, status.rag_word, status.done_on,
                 status.rule]
            )  # fmt: skip
            deadlines.cell(deadlines.max_row, 6).fill = _fill(status.rag)
    summary_widths = [float(w) for _, w in SUMMARY] + [16.0] * (2 * len(used))
    dates = {4, 5} | {len(SUMMARY) + 2 * i + 1 for i in range(len(used))}
    _format_sheet(sheet, summary_widths, len(SUMMARY), marking, dates)
    _format_sheet(
        deadlines, [float(w) for _, w in DEADLINE_COLUMNS], len(DEADLINE_COLUMNS), marking, {5, 7}
    )
    if any(review.requests for review in reviews):
        _requests_sheet(workbook, reviews, today, calendar, marking)
    workbook.properties.creator = "cspr"
    workbook.save(path)


def _ics_text(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str, limit: int = 75) -> str:
    """An iCalendar content line folded at `limit` octets (RFC 5545 3.1): CRLF and a space
    before each continuation, never inside a UTF-8 character."""
    pieces: list[str] = []
    current, size = "", 0
    for char in line:
        octets = len(char.encode("utf-8"))
        # continuation lines start with a space, which counts towards their 75 octets
        if size + octets > limit:
            pieces.append(current)
            current, size = " ", 1
        current += char
        size += octets
    pieces.append(current)
    return "\r\n".join(pieces)


# RFC 5545 3.8.1.11: a to-do's STATUS; "complete" awaits sign-off, so it is still in process.
TODO_STATUS = {
    "open": "NEEDS-ACTION",
    "in_progress": "IN-PROCESS",
    "complete": "IN-PROCESS",
    "signed_off": "COMPLETED",
}


def _action_todos(
    review: Review, stamp: str, today: dt.date, calendar: WorkingCalendar
) -> list[str]:
    """Each action with a due date as a VTODO. Signed-off actions are written too (COMPLETED),
    so a calendar that imported the open to-do closes it; the text of the action is not written
    (it may name people), only which action, whose and when."""
    lines: list[str] = []
    for rec in review.recommendations:
        for entry in rec.actions:
            status = action_status(entry, rec.number, today, calendar)
            if status is None:
                continue
            done = entry.status == "signed_off"
            about = f"Owner: {entry.owner_agency}. Due {status.due:%d/%m/%Y}: {status.rule}"
            lines += [
                "BEGIN:VTODO",
                f"UID:{_ics_text(review.reference)}-{status.key}@cspr",
                f"DTSTAMP:{stamp}",
                f"DUE;VALUE=DATE:{status.due:%Y%m%d}",
                f"SUMMARY:{_ics_text(f'{review.reference}: {status.description}')}",
                f"DESCRIPTION:{_ics_text(about)}",
                f"STATUS:{TODO_STATUS[entry.status]}",
            ]
            if entry.status in ("complete", "signed_off"):
                lines.append("PERCENT-COMPLETE:100")
            if done and entry.signed_off_on is not None:
                lines.append(f"COMPLETED:{entry.signed_off_on:%Y%m%d}T000000Z")
            lines.append("END:VTODO")
    return lines


def write_ics(
    reviews: Sequence[Review],
    path: Path,
    today: dt.date,
    calendar: WorkingCalendar | None = None,
) -> int:
    """Every open deadline as an all-day, free-time event and every timed action as a to-do;
    UIDs are stable so re-imports update, and titles carry no status (a calendar would keep
    it after it changed). Returns how many events and to-dos were written."""
    calendar = calendar or default_calendar()
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//cspr//review deadlines//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    count = 0
    for review in reviews:
        for status in review_deadlines(review, today, calendar):
            if not status.is_open or status.key.startswith("action_"):
                continue
            count += 1
            summary = f"{review.reference}: {status.description}"
            description = f"Due {status.due:%d/%m/%Y}: {status.rule}"
            lines += [
                "BEGIN:VEVENT",
                f"UID:{_ics_text(review.reference)}-{status.key}@cspr",
                f"DTSTAMP:{stamp}",
                f"DTSTART;VALUE=DATE:{status.due:%Y%m%d}",
                f"DTEND;VALUE=DATE:{status.due + dt.timedelta(days=1):%Y%m%d}",
                f"SUMMARY:{_ics_text(summary)}",
                f"DESCRIPTION:{_ics_text(description)}",
                "TRANSP:TRANSPARENT",
                "END:VEVENT",
            ]
        todos = _action_todos(review, stamp, today, calendar)
        count += sum(line == "BEGIN:VTODO" for line in todos)
        lines += todos
    lines.append("END:VCALENDAR")
    path.write_bytes(("\r\n".join(fold(line) for line in lines) + "\r\n").encode("utf-8"))
    return count
