"""The tracker as a workbook (what business support used to keep by hand) and as a calendar."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from chronology.output import neutralise
from reviews.models import Review
from reviews.status import RAG_WORDS, next_deadline, review_deadlines
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


def write_tracker_xlsx(
    reviews: Sequence[Review],
    path: Path,
    today: dt.date,
    calendar: WorkingCalendar | None = None,
) -> None:
    """One row per review, one column per deadline: due date, RAG word and colour."""
    calendar = calendar or default_calendar()
    keys = [r.key for r in load_rules().rules]
    descriptions = {r.key: r.description for r in load_rules().rules}
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Tracker"
    statuses = {review.reference: review_deadlines(review, today, calendar) for review in reviews}
    used = [k for k in keys if any(s.key == k for ss in statuses.values() for s in ss)]
    header = ["Reference", "Type", "Child", "Referral", "Next deadline", "Status"]
    sheet.append(header + [descriptions[k] for k in used])
    for review in reviews:
        items = statuses[review.reference]
        upcoming = next_deadline(items)
        by_key = {s.key: s for s in items}
        row: list[object] = [
            neutralise(review.reference),
            review.review_type,
            neutralise(review.child_pseudonym),
            review.referral_date,
            upcoming.due if upcoming else None,
            upcoming.rag_word + f": {upcoming.description}" if upcoming else "Nothing due",
        ]
        for key in used:
            status = by_key.get(key)
            row.append(
                None
                if status is None
                else f"{status.due:%d/%m/%Y} {RAG_WORDS[status.rag]}"
                + (f" ({status.done_on:%d/%m/%Y})" if status.done_on else "")
            )
        sheet.append(row)
        excel_row = sheet.max_row
        if upcoming:
            sheet.cell(excel_row, 6).fill = PatternFill("solid", fgColor=RAG_FILLS[upcoming.rag])
        for offset, key in enumerate(used, start=len(header) + 1):
            if key in by_key:
                fill = PatternFill("solid", fgColor=RAG_FILLS[by_key[key].rag])
                sheet.cell(excel_row, offset).fill = fill
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for column in (4, 5):
        for cell in sheet[get_column_letter(column)][1:]:
            cell.number_format = "dd/mm/yyyy"
    for index in range(1, sheet.max_column + 1):
        sheet.column_dimensions[get_column_letter(index)].width = 16 if index > 6 else 22
    sheet.freeze_panes = "B2"
    sheet.auto_filter.ref = sheet.dimensions
    workbook.properties.creator = "cspr"
    workbook.save(path)


def _ics_text(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def write_ics(
    reviews: Sequence[Review],
    path: Path,
    today: dt.date,
    calendar: WorkingCalendar | None = None,
) -> int:
    """Every open deadline as an all-day event; UIDs are stable so re-imports update."""
    calendar = calendar or default_calendar()
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//cspr//review deadlines//EN"]
    count = 0
    for review in reviews:
        for status in review_deadlines(review, today, calendar):
            if not status.is_open:
                continue
            count += 1
            summary = f"{review.reference}: {status.description} ({status.rag_word})"
            lines += [
                "BEGIN:VEVENT",
                f"UID:{_ics_text(review.reference)}-{status.key}@cspr",
                f"DTSTAMP:{stamp}",
                f"DTSTART;VALUE=DATE:{status.due:%Y%m%d}",
                f"DTEND;VALUE=DATE:{status.due + dt.timedelta(days=1):%Y%m%d}",
                f"SUMMARY:{_ics_text(summary)}",
                f"DESCRIPTION:{_ics_text(status.rule)}",
                "END:VEVENT",
            ]
    lines.append("END:VCALENDAR")
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return count
