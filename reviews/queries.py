"""Rejected chronology rows sent back to the agency that wrote them, as a query workbook.

Every row of an agency's upload ends either in the chronology or in the rejected list with its
reason (`chronology.ingest.read_chronology`). The reviewer cannot correct those rows: only the
agency knows the date a contact happened. So each agency gets one workbook: an instructions
sheet (the review reference, the date to answer by, how to answer) and one sheet per file it
sent, each rejected row with its original cells as read, the reason in plain words and an empty
"Agency's answer / corrected value" column. Every cell is text, neutralised against formula
injection with the helper every export uses (`chronology.output.neutralise_row`): the agency's own
cells are untrusted input and the workbook goes back out of the partnership.

`make_query_workbooks` is the one entry point: the CLI (`cspr review queries`) and the dashboard
call it with a session; `write_query_workbooks` needs no database.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy.orm import Session

from chronology.agencies import canonical_agency
from chronology.export_tables import protective_marking
from chronology.filesafety import column_letter
from chronology.ingest import IngestResult, read_chronology
from chronology.output import neutralise_row
from reviews import service
from reviews.casefiles import safe_filename
from reviews.export import LINE_PT, _lines
from reviews.models import Review
from reviews.workingdays import WorkingCalendar, default_calendar

ANSWER_COLUMN = "Agency's answer / corrected value"
REASON_COLUMN = "Why it could not be read"
TEXT = "@"
ANSWER_FILL = PatternFill("solid", fgColor="FFF2CC")  # light enough for black text (WCAG AA)
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")

# (pattern on the reader's reason, the plain words an agency reads): the first match wins.
# "{value}" is the cell as written, "{detail}" the reader's note on it.
PLAIN_REASONS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), words)
    for pattern, words in (
        (r"^no date given", "The row has no date. Please give the date it happened (dd/mm/yyyy)."),
        (
            r"^no date in '(?P<value>[^']*)' \((?P<detail>.*); give the date it happened\)$",
            "The date column '{value}' is empty ({detail}). Please give the date it happened "
            "(dd/mm/yyyy).",
        ),
        (
            r"^date '(?P<value>.*)' is in the future",
            "The date '{value}' is in the future. Please give the date it happened.",
        ),
        (
            r"^date '(?P<value>.*)' is a range",
            "The date '{value}' is a range. Please give the day it happened, one row for each day.",
        ),
        (
            r"^date '(?P<value>.*)' is vague",
            "The date '{value}' is vague. Please give a day, a month or a year.",
        ),
        (
            r"^date '(?P<value>.*)' names the wrong weekday \((?P<detail>.*)\)$",
            "The date '{value}' and its day of the week disagree ({detail}). Please give the "
            "right date.",
        ),
        (
            r"^date '(?P<value>.*)' does not exist",
            "The date '{value}' does not exist. Dates are read day first (dd/mm/yyyy). Please "
            "give the right date.",
        ),
        (
            r"^date '(?P<value>.*)' (has year|is outside)",
            "The year of the date '{value}' is not plausible. Please give the right date.",
        ),
        (
            r"^date cell holds only a time",
            "The date cell holds only a time. Please give the date it happened (dd/mm/yyyy).",
        ),
        (
            r"^date '(?P<value>.*)'",
            "The date '{value}' could not be read. Please write it as dd/mm/yyyy.",
        ),
        (
            r"^time '(?P<value>.*)'",
            "The time '{value}' could not be read. Please write it as hh:mm (24-hour clock).",
        ),
        (
            r"^no event text",
            "The row has a date but does not say what happened. Please give the entry.",
        ),
        (
            r"^sign-off line",
            "This looks like a sign-off line, not an entry. No answer is needed unless it is an "
            "entry; if it is, please give its date and what happened.",
        ),
        (
            r"^a heading",
            "This looks like a heading or note written across the table, not an entry. If it "
            "is an entry, please give its date and what happened.",
        ),
        (
            r"^above the table's header",
            "This row is above the table's column headings but looks like an entry. Please say "
            "whether it is an entry and, if it is, give its date and what happened.",
        ),
    )
)
_FORMULA = re.compile(r" ?\(cell (\w+) is a formula with no saved value[^)]*\)")


def plain_reason(reason: str) -> str:
    """The reader's reason as an agency reads it: what is wrong and what to send back (no
    words of the tool's own, such as mappings or header rows)."""
    formula = _FORMULA.search(reason)
    core = _FORMULA.sub("", reason).strip()
    words = f"{core[:1].upper()}{core[1:]}." if core else "The row could not be read."
    for pattern, template in PLAIN_REASONS:
        if found := pattern.search(core):
            parts = {"value": "", "detail": ""} | {
                k: v for k, v in found.groupdict().items() if v is not None
            }
            words = template.format_map(parts)
            break
    if formula:
        words += (
            f" Cell {formula.group(1)} is a formula whose value was not saved: please type the "
            "value itself."
        )
    return words


@dataclass(frozen=True)
class AgencyQueries:
    """One agency's rejected rows, by the file they came from (files without any left out)."""

    agency: str
    files: tuple[IngestResult, ...]

    @property
    def rows(self) -> int:
        return sum(len(f.refused) for f in self.files)


@dataclass(frozen=True)
class QueryWorkbook:
    """A workbook written: for which agency, where, how many rows from how many files, and the
    date by which the agency is asked to answer."""

    agency: str
    path: Path
    rows: int
    files: int
    due: dt.date


def by_agency(results: Sequence[IngestResult]) -> list[AgencyQueries]:
    """Files with rejected rows grouped by agency however its name is written ("Police" and
    "Northshire Police" are one), in the order the files were given; each agency is named as
    its first file names it."""
    groups: dict[str, tuple[str, list[IngestResult]]] = {}
    for result in results:
        if not result.refused:
            continue
        key = canonical_agency(result.agency).casefold()
        # Named as the first file names it ("Westbrook School", not the generic "School").
        groups.setdefault(key, (" ".join(result.agency.split()), []))[1].append(result)
    return [AgencyQueries(name, tuple(files)) for name, files in groups.values()]


def _sheet_title(name: str, taken: set[str]) -> str:
    """A legal, unique worksheet name (31 characters, none of []:*?/\\) from a file name."""
    stem = _SHEET_FORBIDDEN.sub("_", Path(name).stem).strip("'") or "File"
    title, number = stem[:31], 2
    while title.casefold() in taken:
        suffix = f" ({number})"
        title, number = stem[: 31 - len(suffix)] + suffix, number + 1
    taken.add(title.casefold())
    return title


def _text_row(sheet: Worksheet, values: Sequence[str]) -> None:
    sheet.append(neutralise_row(values))
    for cell in sheet[sheet.max_row]:
        cell.number_format = TEXT
        cell.data_type = "s"


def _columns(result: IngestResult) -> list[str]:
    """The original columns of the rejected rows in the order the file has them: by column
    position in the sheet (headers as the reader named them), unknown ones last."""
    position: dict[str, int] = {}
    for sheet in result.sheets:
        for match in sheet.columns:
            key = match.header or f"column {column_letter(match.index)}"
            position.setdefault(key, match.index)
    seen: dict[str, None] = {}
    for rejection in result.refused:
        seen.update(dict.fromkeys(rejection.raw))

    def order(key: str) -> int:
        base = re.sub(r" \(\d+\)$", "", key)  # a repeated header is read as "Notes (2)"
        if base in position:
            return position[base]
        if letters := re.fullmatch(r"column ([A-Z]+)", base):
            return _letter_index(letters.group(1))
        return 1 << 20

    return sorted(seen, key=order)  # stable: first seen first among equals


def _letter_index(letters: str) -> int:
    index = 0
    for char in letters:
        index = index * 26 + ord(char) - ord("A") + 1
    return index - 1


def _fit_height(sheet: Worksheet, row: int, widths: Sequence[float]) -> None:
    """Row height for its wrapped cells: LibreOffice shows a file's row heights as saved, so
    lines overlap unless the height is written (estimated as the tracker does)."""
    lines = max(
        (
            _lines(cell.value, widths[cell.column - 1])
            for cell in sheet[row]
            if cell.column <= len(widths)
        ),
        default=1,
    )
    if lines > 1:
        sheet.row_dimensions[row].height = lines * LINE_PT + 3


def _page_setup(sheet: Worksheet, marking: str) -> None:
    setup = sheet.page_setup
    setup.paperSize = sheet.PAPERSIZE_A4
    setup.orientation = sheet.ORIENTATION_LANDSCAPE
    setup.fitToWidth = 1
    setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    if marking:
        sheet.oddHeader.center.text = marking.replace("&", "&&")
        sheet.oddFooter.right.text = marking.replace("&", "&&")
    sheet.oddFooter.center.text = "Page &P of &N"


def _instructions(
    sheet: Worksheet, queries: AgencyQueries, reference: str, due: dt.date, titles: list[str]
) -> None:
    lines = [
        f"Queries on your chronology for review {reference}",
        f"Agency: {queries.agency}",
        f"Please answer by: {due:%d/%m/%Y}",
        "",
        "Some rows of the chronology you sent could not be read into the review's integrated "
        "chronology. Each sheet of this workbook is one file you sent; each line is one of its "
        "rows, with the cells as we read them and why the row could not be read.",
        f"For each line, write in the column '{ANSWER_COLUMN}' the corrected value (for "
        "example the date the contact happened, as dd/mm/yyyy) or your answer (for example "
        "'not an entry').",
        "Please do not change the other columns: 'Sheet' and 'Row' say which row of your file "
        "is meant.",
        f"Return this workbook to the review's business support by {due:%d/%m/%Y}, by the "
        "secure route you sent the chronology.",
        "",
        "Files and rows to answer:",
    ]
    lines += [
        f"{title}: {len(f.refused)} row{'s' if len(f.refused) != 1 else ''} from {f.file}"
        for title, f in zip(titles, queries.files, strict=True)
    ]
    for line in lines:
        _text_row(sheet, [line])
    sheet.column_dimensions["A"].width = 110
    for row in sheet.iter_rows():
        row[0].alignment = Alignment(wrap_text=True, vertical="top")
        _fit_height(sheet, row[0].row, [110.0])
    sheet["A1"].font = Font(bold=True, size=14)
    sheet["A3"].font = Font(bold=True)


def _file_sheet(
    sheet: Worksheet, result: IngestResult, reference: str, agency: str, due: dt.date
) -> None:
    columns = _columns(result)
    _text_row(sheet, [f"Review {reference} · {agency} · {result.file}"])
    _text_row(sheet, [f"Please answer in the last column by {due:%d/%m/%Y}."])
    header = ["Sheet", "Row", *columns, REASON_COLUMN, ANSWER_COLUMN]
    _text_row(sheet, header)
    for rejection in result.refused:
        row = [rejection.source.sheet, str(rejection.source.row)]
        row += [rejection.raw.get(c, "") for c in columns]
        _text_row(sheet, [*row, plain_reason(rejection.reason), ""])
    # Empty answer cells are text too, so a typed date stays as the agency wrote it.
    wrap = Alignment(wrap_text=True, vertical="top")
    answer = len(header)
    for index in range(4, sheet.max_row + 1):
        cell = sheet.cell(index, answer)
        cell.number_format = TEXT
        cell.fill = ANSWER_FILL
        for cell in sheet[index]:
            cell.alignment = wrap
    for cell in sheet[3]:
        cell.font = Font(bold=True)
        cell.alignment = wrap
    sheet["A1"].font = Font(bold=True)
    widths = [14.0, 6.0] + [18.0] * len(columns) + [48.0, 36.0]
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    for index in range(3, sheet.max_row + 1):
        _fit_height(sheet, index, widths)
    sheet.freeze_panes = "C4"
    sheet.auto_filter.ref = f"A3:{get_column_letter(answer)}{sheet.max_row}"
    sheet.print_title_rows = "3:3"


def write_query_workbook(
    path: Path,
    queries: AgencyQueries,
    *,
    reference: str,
    due: dt.date,
    marking: str | None = None,
) -> int:
    """One agency's query workbook; returns the number of rows asked about."""
    marking = protective_marking(marking)
    workbook = Workbook()
    first = workbook.active
    first.title = "Instructions"
    taken = {"instructions"}
    titles = [_sheet_title(f.file, taken) for f in queries.files]
    _instructions(first, queries, reference, due, titles)
    _page_setup(first, marking)
    for title, result in zip(titles, queries.files, strict=True):
        sheet = workbook.create_sheet(title)
        _file_sheet(sheet, result, reference, queries.agency, due)
        _page_setup(sheet, marking)
    workbook.properties.creator = "cspr"
    workbook.properties.title = f"Queries for {queries.agency}, review {reference}"
    path.parent.mkdir(parents=True, exist_ok=True)
    workbook.save(path)
    return queries.rows


def query_filename(reference: str, agency: str) -> str:
    """ "RR-7_queries_Childrens_Social_Care.xlsx": safe on every file system."""
    return safe_filename(f"{reference}_queries_{agency}.xlsx").replace(" ", "_").replace("'", "")


def write_query_workbooks(
    results: Sequence[IngestResult],
    out: Path,
    *,
    reference: str,
    due_for: dict[str, dt.date] | dt.date,
    marking: str | None = None,
) -> list[QueryWorkbook]:
    """One workbook per agency with rejected rows, in `out`. `due_for` is one date for all, or
    a date per agency (canonical name); agencies with nothing rejected get no workbook."""
    written = []
    for queries in by_agency(results):
        due = due_for if isinstance(due_for, dt.date) else due_for[queries.agency]
        path = out / query_filename(reference, queries.agency)
        rows = write_query_workbook(path, queries, reference=reference, due=due, marking=marking)
        written.append(QueryWorkbook(queries.agency, path, rows, len(queries.files), due))
    return written


def review_chronologies(session: Session, review: Review, data_dir: Path) -> list[IngestResult]:
    """The review's confirmed chronology files as the dashboard added them, each read with the
    agency and column mapping it was confirmed with (`reviews.case_inputs` reads them so too)."""
    from reviews.case_inputs import read_registered

    return read_registered(session, review, data_dir)


def default_due(
    review: Review,
    agency: str,
    today: dt.date,
    calendar: WorkingCalendar | None = None,
) -> dt.date:
    """The date the agency's chronology is due again when it was sent back with queries (and
    that date has not passed), else 5 working days after today, the time the guidance gives
    agencies to return the scoping form."""
    for entry in review.requests:
        if (
            entry.kind == "chronology"
            and entry.status == "sent_back"
            and entry.due_on is not None
            and entry.due_on >= today
            and service.same_agency(entry.agency, agency)
        ):
            return entry.due_on
    return (calendar or default_calendar()).add_working_days(today, service.scoping_working_days())


def make_query_workbooks(
    session: Session,
    reference: str,
    out: Path,
    *,
    today: dt.date,
    chronology: Sequence[Path] = (),
    due: dt.date | None = None,
    agency: str | None = None,
    data_dir: Path | None = None,
    calendar: WorkingCalendar | None = None,
    marking: str | None = None,
) -> list[QueryWorkbook]:
    """The query workbooks of a review: from the files given, else the review's confirmed
    chronology files in the data folder; only `agency`'s (however written) when given. `due`
    is the answer date for every agency (default: see `default_due`). Raises ReviewError for an
    unknown review or when there is nothing to read."""
    from reviews.db import data_dir as default_data_dir

    review = service.get_review(session, reference)
    if chronology:
        # Read as `cspr ingest` and the dashboard read them (plausible dates bounded by the
        # real today), so the rows asked about are the rows they rejected.
        results = [read_chronology(path) for path in chronology]
    else:
        results = review_chronologies(session, review, data_dir or default_data_dir())
        if not results:
            raise service.ReviewError(
                f"review {reference} has no confirmed chronology files: give --chronology FILE"
            )
    if agency is not None:
        results = [r for r in results if service.same_agency(r.agency, agency)]
    if due is not None and due < today:
        raise service.ReviewError(f"the answer date ({due:%d/%m/%Y}) has passed")
    dues: dict[str, dt.date] = {
        q.agency: due or default_due(review, q.agency, today, calendar) for q in by_agency(results)
    }
    return write_query_workbooks(
        results, out, reference=review.reference, due_for=dues, marking=marking
    )


def record_sent_back(
    session: Session, reference: str, written: Sequence[QueryWorkbook], on: dt.date, user: str
) -> list[str]:
    """Record each agency's returned chronology as sent back with queries, due again by the
    workbook's answer date, so the chase list follows it up; one line per agency saying what
    was recorded or why not (no chronology returned by that agency is tracked)."""
    review = service.get_review(session, reference)
    lines = []
    for book in written:
        entry = next(
            (
                r
                for r in review.requests
                if r.kind == "chronology" and service.same_agency(r.agency, book.agency)
            ),
            None,
        )
        if entry is None or entry.status != "returned":
            state = "no chronology requested" if entry is None else f"chronology {entry.status}"
            lines.append(f"{book.agency}: not recorded as sent back ({state})")
            continue
        rows = f"{book.rows} row{'s' if book.rows != 1 else ''}"
        service.request_sent_back(
            session,
            review,
            entry.agency,
            "chronology",
            on,
            f"{rows} could not be read: see the query workbook {book.path.name}",
            user,
            due_on=book.due,
        )
        lines.append(
            f"{service.request_label(entry)}: sent back with queries, due {book.due:%d/%m/%Y}"
        )
    return lines
