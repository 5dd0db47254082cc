"""The integrated chronology as a workbook a panel can print and filter.

Written with `chronology.workbook_writer` (a streaming writer for just this workbook's needs,
several times faster than xlsxwriter's per-cell work: issue 16, bench/xlsx_writer.py). Agency
text is only ever stored as text: text starting with `=`, `+`, `-` or `@` never runs as a
formula, nor becomes a link. Styles are made once and each kind of row's styles worked out
once.

Printing (checked by converting to PDF with LibreOffice): every sheet is A4 landscape, fitted one
page wide, with the header row repeated, "Page X of Y" and the protective marking on every page.
Only the columns a reader needs print (the first columns of each sheet, set as the print area),
so the text stays at 8 pt or more after fitting; the others (ids, keys, precision) are to the
right for filtering on screen. Wrapped rows get a height estimated from their text, because
LibreOffice does not grow a row whose height the file leaves unset. Every date is a date cell
(sortable, filterable) whose number format shows only what is known: `14/02/2016`, `02/2016`
or `2016`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from chronology.colours import agency_colours
from chronology.export_tables import (
    POSSIBLE_COLUMNS,
    SOURCE_COLUMNS,
    category_name,
    category_names,
    possible_row,
    protective_marking,
    source_rows,
    tier_name,
)
from chronology.forking import Ahead
from chronology.integrate import IntegratedEvent, Integration
from chronology.labels import plain_reason
from chronology.schema import REJECTED_COLUMNS, Rejection
from chronology.workbook_writer import PageSetup, Sheet, SheetPart, Style, Workbook

A4 = 9  # Excel's paper size code
DATE_FORMATS = {"day": "dd/mm/yyyy", "month": "mm/yyyy", "year": "yyyy"}
FONT_PT = 11.0  # the workbook's default (Calibri 11; LibreOffice uses metric-compatible Carlito)
LINE_PT = 15.0  # Excel's and LibreOffice's line height for it
MAX_ROW_PT = 409.0  # Excel's largest row height
MARGINS_IN = {"left": 0.4, "right": 0.4, "top": 0.75, "bottom": 0.75}
HEADER_MARGIN_IN = 0.3
A4_LANDSCAPE_WIDTH_IN = 297 / 25.4
MIN_PRINTED_PT = 8.0
MAX_MARKING = 100  # characters of the protective marking in a page header or footer


@dataclass(frozen=True)
class Column:
    """A sheet's column: its heading, width in Excel character units, whether it prints, and
    whether it holds dates (written as date cells in their precision's format)."""

    title: str
    width: float
    printed: bool = True
    date: bool = False


MAIN_COLUMNS: tuple[Column, ...] = (
    Column("Date", 10.5, date=True),
    Column("Time", 6),
    Column("Age", 8),
    Column("Agency", 16),
    Column("Event", 58),
    Column("Outcome / action", 26),
    Column("Significance", 26),
    Column("Key event", 16),
    # Not printed: for filtering and tracing on screen.
    Column("Date precision", 14, False),
    Column("Category", 24, False),
    Column("Tier", 11, False),
    Column("Why this category", 40, False),
    Column("Reference", 16, False),
    Column("Why merged", 30, False),
    Column("Event ID", 13, False),
    Column("Sources", 40, False),
)
SOURCE_SHEET: tuple[Column, ...] = (
    Column("source_file", 18),
    Column("source_sheet", 12),
    Column("source_row", 7),
    Column("agency", 14),
    Column("date", 10.5, date=True),
    Column("time", 6),
    Column("event_text", 50),
    Column("outcome", 22),
    Column("significance", 22),
    Column("event_id", 13, False),
    Column("sector", 16, False),
    Column("date_precision", 10, False),
    Column("date_as_written", 14, False),
    Column("event_type", 18, False),
    Column("practitioner", 18, False),
    Column("reference", 16, False),
    Column("other_columns", 36, False),
    Column("warnings", 30, False),
)
# The workbook's Sources sheet is for reading; sources.csv keeps every column (keys, extra).
SOURCE_SHEET_COLUMNS = tuple(c.title for c in SOURCE_SHEET)  # "other_columns" carries `extra`
REJECTED_SHEET: tuple[Column, ...] = (
    Column("source_file", 20),
    Column("source_sheet", 14),
    Column("source_row", 7),
    Column("kind", 11),
    Column("reason", 45),
    Column("raw", 80),
)
POSSIBLE_SHEET: tuple[Column, ...] = (
    Column("score", 6),
    Column("reasons", 30),
    Column("first_agency", 13),
    Column("first_date", 10.5, date=True),
    Column("first_text", 40),
    Column("second_agency", 13),
    Column("second_date", 10.5, date=True),
    Column("second_text", 40),
    Column("first_event_id", 13, False),
    Column("second_event_id", 13, False),
    Column("first_source", 30, False),
    Column("second_source", 30, False),
)
LEGEND_SHEET: tuple[Column, ...] = (Column("Agency", 34), Column("Rows in its colour", 80))
AGENCY_AT = [c.title for c in MAIN_COLUMNS].index("Agency")  # bold on a multi-agency row
KEY_AT = [c.title for c in MAIN_COLUMNS].index("Key event")  # bold on a key event

assert set(SOURCE_SHEET_COLUMNS) == set(SOURCE_COLUMNS) - {"source_key", "fingerprint", "extra"}
assert {c.title for c in REJECTED_SHEET} == set(REJECTED_COLUMNS)
assert {c.title for c in POSSIBLE_SHEET} == set(POSSIBLE_COLUMNS)


@dataclass(frozen=True)
class When:
    """A date known to a precision, written as a date cell in that precision's format."""

    value: dt.date
    precision: str


# ------------------------------------------------------------------------------ measuring
def column_pixels(width: float) -> int:
    """Excel's width in pixels of a column `width` characters wide (Calibri 11: 7 px a digit,
    5 px of padding)."""
    return int(width * 7 + 5)


def printed_font_pt(columns: Sequence[Column], font_pt: float = FONT_PT) -> float:
    """The text size on paper when the printed columns are fitted to one A4 landscape width."""
    printable_in = A4_LANDSCAPE_WIDTH_IN - MARGINS_IN["left"] - MARGINS_IN["right"]
    needed = sum(column_pixels(c.width) for c in columns if c.printed)
    return font_pt * min(1.0, printable_in * 96 / needed)


def wrapped_lines(text: str, width: float, bold: bool = False) -> int:
    """Lines `text` takes in a column `width` characters wide, wrapping at spaces as Excel and
    LibreOffice do. Deliberately generous: an average character of text is about 0.8 of a
    digit's width (measured: about 70 characters fill a 58-wide column in LibreOffice with
    Carlito); 0.9 is assumed, so a row is never too short: a little white space is better than
    text cut off."""
    return _lines(text, _capacity(width, bold))


def _capacity(width: float, bold: bool) -> int:
    """Characters a line of a column `width` wide holds (see `wrapped_lines`)."""
    return max(1, int(width * (1.0 if bold else 1.1)))


def _lines(text: str, capacity: int) -> int:
    if len(text) <= capacity and "\n" not in text:  # most cells: one line, nothing to wrap
        return 1
    lines = 0
    for paragraph in text.split("\n"):
        if len(paragraph) <= capacity:
            lines += 1
            continue
        used = -1
        count = 1
        for word in paragraph.split(" "):
            size = len(word)
            if used + 1 + size <= capacity:
                used += 1 + size
                continue
            if used >= 0:
                count += 1
            while size > capacity:  # a word longer than the line is broken
                size -= capacity
                count += 1
            used = size
        lines += count
    return lines


def _height(lines: int) -> float:
    return min(MAX_ROW_PT, lines * LINE_PT + (3.0 if lines > 1 else 0.0))


def row_height(values: Sequence[Any], columns: Sequence[Column], bold: bool = False) -> float:
    """The height in points for a row showing every line of its printed wrapped cells (the
    columns that do not print are for filtering; their text may need the cell opened)."""
    if len(values) != len(columns):
        raise ValueError(f"{len(values)} values for {len(columns)} columns")
    return _height(_Measure(columns, bold).lines(values))


class _Measure:
    """A sheet's printed columns and their line capacities, worked out once per sheet rather
    than once per cell."""

    def __init__(self, columns: Sequence[Column], bold: bool = False) -> None:
        self.printed = [(i, _capacity(c.width, bold)) for i, c in enumerate(columns) if c.printed]

    def lines(self, values: Sequence[Any]) -> int:
        """The most lines any printed text cell of the row takes."""
        most = 1
        for i, capacity in self.printed:
            value = values[i]
            if isinstance(value, str) and (len(value) > capacity or "\n" in value):
                lines = _lines(value, capacity)
                if lines > most:
                    most = lines
        return most


# ------------------------------------------------------------------------------ page setup
def _hf_text(text: str) -> str:
    """Literal text inside an Excel header/footer (where `&` starts a code)."""
    return text.replace("&", "&&")


def page_setup(sheet: Sheet, columns: Sequence[Column], marking: str) -> None:
    """A4 landscape, printed columns fitted one page wide, header row repeated, the marking at
    the top and bottom of every page, the sheet's name and "Page X of Y" in the footer."""
    # Excel holds 255 characters in a page header or footer: a marking is a few words, and
    # its first 100 characters always fit beside the page numbers.
    mark = f'&"-,Bold"{_hf_text(marking[:MAX_MARKING])}' if marking else ""
    sheet.page = PageSetup(
        columns_printed=sum(1 for c in columns if c.printed),
        header=f"&C{mark}" if mark else "",
        footer="&L&A&CPage &P of &N" + (f"&R{mark}" if mark else ""),
        margins=MARGINS_IN,
        header_margin=HEADER_MARGIN_IN,
        paper=A4,
    )


# ------------------------------------------------------------------------------ cells
def main_cells(event: IntegratedEvent) -> list[Any]:
    """An event's row on the main sheet, in `MAIN_COLUMNS` order."""
    c = event.classification
    names = category_names(c.categories)
    agency_text = "; ".join(event.agencies)
    if event.is_multi_agency:
        agency_text = f"Multi-agency ({len(event.agencies)}): {agency_text}"
    return [
        When(event.date, event.date_precision),
        event.time.strftime("%H:%M") if event.time else "",
        event.age,
        agency_text,
        event.event_text,
        event.outcome,
        event.significance,
        (("Critical: " if c.tier == "critical" else "") + names) if c.is_key_event else "",
        event.date_precision,
        names or category_name(c.category),
        tier_name(c.tier),
        plain_reason(event.category_reason),
        event.references,
        "; ".join(event.merge_reasons),
        event.event_id,
        "; ".join(s.source.describe() for s in event.sources),
    ]


def _source_cells(integration: Integration) -> Iterator[list[Any]]:
    """The Sources sheet: sources.csv's rows (the same words), the columns a reader needs."""
    date_at = SOURCE_SHEET_COLUMNS.index("date")
    events = (s for e in integration.events for s in e.sources)
    for row, source in zip(source_rows(integration, keys=False), events, strict=True):
        values = [row[title] for title in SOURCE_SHEET_COLUMNS]
        values[date_at] = When(source.date, source.date_precision)
        yield values


def _rejected_cells(rejections: Sequence[Rejection]) -> Iterator[list[Any]]:
    titles = [c.title for c in REJECTED_SHEET]
    for rejection in rejections:
        row = rejection.as_row()
        yield [row[title] for title in titles]


def _possible_cells(integration: Integration) -> Iterator[list[Any]]:
    titles = [c.title for c in POSSIBLE_SHEET]
    for pair in integration.possible:
        row = possible_row(pair)
        row["score"] = round(pair.score, 2)
        a, b = pair.first_source, pair.second_source
        row["first_date"] = When(a.date, a.date_precision)
        row["second_date"] = When(b.date, b.date_precision)
        yield [row[title] for title in titles]


def table_cells(
    integration: Integration, rejections: Sequence[Rejection]
) -> list[tuple[str, tuple[Column, ...], Iterable[list[Any]]]]:
    """The Sources, Rejected rows and Possible duplicates sheets: name, columns and rows of
    cells, made as they are written (the benchmark writes the same cells bare)."""
    return [
        ("Sources", SOURCE_SHEET, _source_cells(integration)),
        ("Rejected rows", REJECTED_SHEET, _rejected_cells(rejections)),
        ("Possible duplicates", POSSIBLE_SHEET, _possible_cells(integration)),
    ]


# ------------------------------------------------------------------------------ writing
def _header(sheet: Sheet, columns: Sequence[Column], style: int) -> None:
    titles = [c.title for c in columns]
    sheet.set_widths([c.width for c in columns])
    sheet.write_row(titles, [style] * len(titles), row_height(titles, columns, bold=True))


def _table_sheet(
    sheet: Sheet,
    columns: Sequence[Column],
    rows: Iterable[list[Any]],
    header: int,
    wrap: int,
    date_style: Mapping[str, int],
    marking: str,
) -> Sheet:
    """A sheet of plain wrapped cells; each date a date cell in its precision's format."""
    _header(sheet, columns, header)
    measure = _Measure(columns)
    date_columns = [i for i, c in enumerate(columns) if c.date]
    styles = [wrap] * len(columns)
    for values in rows:
        lines = measure.lines(values)
        row_styles = styles
        if date_columns:
            row_styles = list(styles)
            for col in date_columns:
                when = values[col]
                values[col] = when.value
                row_styles[col] = date_style[when.precision]
        sheet.write_row(values, row_styles, _height(lines) if lines > 1 else None)
    sheet.freeze = (1, 0)
    sheet.filter_columns = len(columns)
    page_setup(sheet, columns, marking)
    return sheet


def _child_takes_last(integration: Integration) -> bool:
    """Whether the child sharing the work writes the last sheet (Possible duplicates) after
    the CSV and Word files: unless it is long, as they take about as long as the workbook's
    other sheets (20,000 rows: 1.1 s against 1.0 s; the last sheet 0.3 s)."""
    return len(integration.possible) * 2 <= len(integration.events)


def _beside_then(
    beside: Callable[[], None], sheets: Callable[[], list[SheetPart]]
) -> list[SheetPart]:
    """In the child sharing the work: `beside`, then its sheets, sent back whole."""
    beside()
    return sheets()


def _date_styles(book: Workbook, base: Style) -> dict[str, int]:
    return {p: book.style(replace(base, num_format=f)) for p, f in DATE_FORMATS.items()}


def _main_sheet(
    sheet: Sheet,
    integration: Integration,
    header: int,
    by_agency: Mapping[str, int],
    key_style: Mapping[str, int],
    dates_by_agency: Mapping[str, Mapping[str, int]],
    marking: str,
) -> None:
    """The integrated chronology, each row in its first agency's colour."""
    _header(sheet, MAIN_COLUMNS, header)
    measure, measure_bold = _Measure(MAIN_COLUMNS), _Measure(MAIN_COLUMNS, bold=True)
    date_at = [i for i, c in enumerate(MAIN_COLUMNS) if c.date]
    layouts: dict[tuple[str, bool, bool, str], list[int]] = {}
    for event in integration.events:
        values = main_cells(event)
        lead, multi = event.agencies[0], event.is_multi_agency
        key = event.classification.is_key_event
        styles = layouts.get((lead, multi, key, event.date_precision))
        if styles is None:  # a row's styles: its first agency's colour, bold when it matters
            cell = by_agency[lead]
            styles = [cell] * len(MAIN_COLUMNS)
            styles[AGENCY_AT] = key_style[lead] if multi else cell
            styles[KEY_AT] = key_style[lead] if key else cell
            for col in date_at:
                styles[col] = dates_by_agency[lead][values[col].precision]
            layouts[(lead, multi, key, event.date_precision)] = styles
        for col in date_at:
            values[col] = values[col].value
        lines = (measure_bold if multi else measure).lines(values)
        sheet.write_row(values, styles, _height(lines) if lines > 1 else None)
    sheet.freeze = (1, 1)
    sheet.filter_columns = len(MAIN_COLUMNS)
    page_setup(sheet, MAIN_COLUMNS, marking)


def _legend(
    legend: Sheet,
    colours: Mapping[str, str],
    by_agency: Mapping[str, int],
    header: int,
    wrap: int,
    marking: str,
) -> None:
    _header(legend, LEGEND_SHEET, header)
    for agency, colour in colours.items():
        legend.write_row(
            [agency, f"{colour}; a row takes the colour of its first agency"],
            [by_agency[agency], wrap],
        )
    notes = [
        ("Key event", "classified as a key event (Appendix 3 of the guidance); bold"),
        (
            "Tier",
            "Critical: a death, serious harm, going missing, a suicide attempt, or a statutory "
            "child protection step; Key: another significant incident or change; Background: "
            "support, engagement, GP changes, routine entries and history. Filter on Tier for "
            "the panel's short list",
        ),
        ("Multi-agency (n)", "the same occurrence recorded by n agencies, merged into one row"),
        ("Why merged", "the reason the tool merged rows; see the Sources sheet for each text"),
        (
            "Dates",
            "date cells, so they sort and filter as dates; shown as dd/mm/yyyy, or '03/2017' "
            "or '2017' when only the month or year is known (see 'Date precision'; such a "
            "date sorts as the 1st of its month or year)",
        ),
        (
            "Printing",
            "A4 landscape; the columns from Date to Key event print, the columns to their "
            "right are for filtering on screen",
        ),
    ]
    legend.write_row([], [])  # a blank row between the colours and the notes
    for what, meaning in notes:
        legend.write_row([what, meaning], [header, wrap], row_height([what, meaning], LEGEND_SHEET))
    page_setup(legend, LEGEND_SHEET, marking)


def write_integrated_xlsx(
    integration: Integration,
    rejections: Sequence[Rejection],
    path: Path,
    title: str = "Integrated chronology",
    marking: str | None = None,
    beside: Callable[[], None] | None = None,
) -> None:
    """Main sheet colour-coded by agency, a legend, and the sources, rejected and
    possible-duplicates sheets; frozen headers, filters, wrapped text, UK date cells; every
    sheet set up to print (see the module's docstring). `marking` defaults to `CSPR_MARKING`,
    else OFFICIAL-SENSITIVE; an empty marking prints none.

    `beside` (a large merge's other files) is done by a forked child, which then writes the
    last sheet while this process writes the others, so the two share the work; if the
    child fails, this process does both (any error is raised here)."""
    marking = protective_marking(marking)
    agencies = [a for e in integration.events for a in e.agencies]
    colours = agency_colours(agencies)
    book = Workbook(path, title=title)
    header = book.style(
        Style(
            bold=True,
            bg_color="#333333",
            font_color="#FFFFFF",
            wrap=True,
            valign="top",
            border_color="#000000",
        )
    )
    plain = Style(wrap=True, valign="top")
    wrap = book.style(plain)
    plain_dates = _date_styles(book, replace(plain, align="left"))
    base = replace(plain, border_color="#BBBBBB")
    by_agency = {a: book.style(replace(base, bg_color=c)) for a, c in colours.items()}
    key_style = {a: book.style(replace(base, bg_color=c, bold=True)) for a, c in colours.items()}
    dates_by_agency = {
        a: _date_styles(book, replace(base, bg_color=c, align="left")) for a, c in colours.items()
    }

    def table(sheet: Sheet, columns: Sequence[Column], rows: Iterable[list[Any]]) -> Sheet:
        return _table_sheet(sheet, columns, rows, header, wrap, plain_dates, marking)

    tables = table_cells(integration, rejections)
    theirs: list[tuple[str, tuple[Column, ...], Iterable[list[Any]]]] = []
    if beside is not None and _child_takes_last(integration):
        theirs.append(tables.pop())
    first = 2 + len(tables)  # the child's sheets' numbers: after the main sheet, the legend

    def sheets() -> list[SheetPart]:
        return [table(Sheet(n, at), c, r).part() for at, (n, c, r) in enumerate(theirs, first)]

    shared = Ahead(lambda: _beside_then(beside, sheets)) if beside is not None else None

    def taken() -> list[SheetPart]:
        """What the child did; done here if it failed (any error raised here)."""
        parts = shared.result() if shared is not None else None
        if parts is None and beside is not None:
            beside()
            parts = sheets()
        return parts or []

    try:
        _main_sheet(
            book.add_sheet("Integrated chronology"), integration, header, by_agency, key_style,
            dates_by_agency, marking,
        )  # fmt: skip
        _legend(book.add_sheet("Legend"), colours, by_agency, header, wrap, marking)
        for name, columns, rows in tables:
            table(book.add_sheet(name), columns, rows)
        if theirs:
            book.close(last=lambda: taken()[0])  # this process's sheets compressed meanwhile
        else:
            taken()
            book.close()
    except Exception:
        book.discard()
        if shared is not None:
            shared.result()  # the CSV and Word files finished, as when this process wrote them
        raise
    except BaseException:  # interrupted: stop the child at once
        book.discard()
        if shared is not None:
            shared.close()
        raise
