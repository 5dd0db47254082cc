"""The integrated chronology as a workbook a panel can print and filter.

Written with xlsxwriter (2.5x faster than openpyxl for styled rows; see ENGINEERING.md) with
`strings_to_formulas` off and every text written with `write_string`, so agency text starting
with `=`, `+`, `-` or `@` is stored as text and never runs as a formula.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import xlsxwriter
from xlsxwriter.worksheet import Worksheet

from chronology.colours import agency_colours
from chronology.export_tables import (
    POSSIBLE_COLUMNS,
    SOURCE_COLUMNS,
    possible_row,
    source_rows,
    uk_date,
)
from chronology.integrate import Integration
from chronology.schema import REJECTED_COLUMNS, Rejection

# The workbook's Sources sheet is for reading; sources.csv keeps every column (keys, extra).
SOURCE_SHEET_COLUMNS = tuple(
    c for c in SOURCE_COLUMNS if c not in {"source_key", "fingerprint", "extra"}
)  # "other_columns" carries `extra` readably
MAIN_COLUMNS: tuple[tuple[str, int], ...] = (
    ("Date", 11),
    ("Time", 6),
    ("Age", 8),
    ("Agency", 20),
    ("Key event", 10),
    ("Category", 22),
    ("Event", 70),
    ("Outcome / action", 40),
    ("Significance", 40),
    ("Reference", 16),
    ("Why merged", 30),
    ("Event ID", 13),
    ("Sources", 30),
)


def _write_text(sheet: Worksheet, row: int, col: int, value: Any, fmt: Any = None) -> None:
    if value is None or value == "":
        sheet.write_blank(row, col, None, fmt)
    elif isinstance(value, int | float):
        sheet.write_number(row, col, value, fmt)
    else:
        sheet.write_string(row, col, str(value), fmt)


def _table_sheet(
    book: xlsxwriter.Workbook,
    name: str,
    columns: Sequence[str],
    rows: Sequence[Mapping[str, Any]],
    header: Any,
    wrap: Any,
    width: int = 24,
) -> None:
    sheet = book.add_worksheet(name)
    for col, title in enumerate(columns):
        sheet.write_string(0, col, title, header)
        sheet.set_column(col, col, width)
    for r, row in enumerate(rows, start=1):
        for col, title in enumerate(columns):
            _write_text(sheet, r, col, row.get(title, ""), wrap)
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, max(len(rows), 1), len(columns) - 1)


def write_integrated_xlsx(
    integration: Integration,
    rejections: Sequence[Rejection],
    path: Path,
    title: str = "Integrated chronology",
) -> None:
    """Main sheet colour-coded by agency, a legend, and the sources, rejected and
    possible-duplicates sheets; frozen headers, filters, wrapped text, UK dates."""
    agencies = [a for e in integration.events for a in e.agencies]
    colours = agency_colours(agencies)
    book = xlsxwriter.Workbook(
        str(path),
        {"strings_to_formulas": False, "strings_to_urls": False, "constant_memory": True},
    )
    book.set_properties({"title": title, "author": "", "comments": ""})
    header = book.add_format(
        {
            "bold": True,
            "bg_color": "#333333",
            "font_color": "#FFFFFF",
            "text_wrap": True,
            "valign": "top",
            "border": 1,
        }
    )
    wrap = book.add_format({"text_wrap": True, "valign": "top"})
    base = {"text_wrap": True, "valign": "top", "border": 1, "border_color": "#BBBBBB"}
    by_agency = {a: book.add_format({**base, "bg_color": c}) for a, c in colours.items()}
    date_fmt = {
        a: book.add_format({**base, "bg_color": c, "num_format": "dd/mm/yyyy"})
        for a, c in colours.items()
    }
    key_fmt = {
        a: book.add_format({**base, "bg_color": c, "bold": True}) for a, c in colours.items()
    }

    sheet = book.add_worksheet("Integrated chronology")
    for col, (name, width) in enumerate(MAIN_COLUMNS):
        sheet.write_string(0, col, name, header)
        sheet.set_column(col, col, width)
    for r, event in enumerate(integration.events, start=1):
        lead = event.agencies[0]
        cell, bold = by_agency[lead], key_fmt[lead]
        if event.date_precision == "day":
            sheet.write_datetime(r, 0, event.date, date_fmt[lead])  # type: ignore[arg-type]
        else:
            sheet.write_string(r, 0, uk_date(event), cell)
        _write_text(sheet, r, 1, event.time.strftime("%H:%M") if event.time else "", cell)
        _write_text(sheet, r, 2, event.age, cell)
        agencies = "; ".join(event.agencies)
        if event.is_multi_agency:
            agencies = f"Multi-agency ({len(event.agencies)}): {agencies}"
        _write_text(sheet, r, 3, agencies, bold if event.is_multi_agency else cell)
        key = event.classification.is_key_event
        _write_text(sheet, r, 4, "Key event" if key else "", bold if key else cell)
        _write_text(sheet, r, 5, "; ".join(event.classification.categories), cell)
        _write_text(sheet, r, 6, event.event_text, cell)
        _write_text(sheet, r, 7, event.outcome, cell)
        _write_text(sheet, r, 8, event.significance, cell)
        _write_text(sheet, r, 9, event.references, cell)
        _write_text(sheet, r, 10, "; ".join(event.merge_reasons), cell)
        _write_text(sheet, r, 11, event.event_id, cell)
        _write_text(sheet, r, 12, "; ".join(f"{s.source.describe()}" for s in event.sources), cell)
    sheet.freeze_panes(1, 1)
    sheet.autofilter(0, 0, max(len(integration.events), 1), len(MAIN_COLUMNS) - 1)
    sheet.set_landscape()
    sheet.repeat_rows(0)
    sheet.fit_to_pages(1, 0)

    legend = book.add_worksheet("Legend")
    legend.set_column(0, 0, 34)
    legend.set_column(1, 1, 60)
    legend.write_string(0, 0, "Agency", header)
    legend.write_string(0, 1, "Rows in its colour", header)
    for r, (agency, colour) in enumerate(colours.items(), start=1):
        legend.write_string(r, 0, agency, by_agency[agency])
        legend.write_string(r, 1, f"{colour}; a row takes the colour of its first agency", wrap)
    notes = [
        ("Key event", "classified as a key event (Appendix 3 of the guidance); bold"),
        ("Multi-agency (n)", "the same occurrence recorded by n agencies, merged into one row"),
        ("Why merged", "the reason the tool merged rows; see the Sources sheet for each text"),
        ("Dates", "dd/mm/yyyy; a partial date shows as '03/2017' or '2017'"),
    ]
    for r, (what, meaning) in enumerate(notes, start=len(colours) + 2):
        legend.write_string(r, 0, what, header)
        legend.write_string(r, 1, meaning, wrap)

    _table_sheet(
        book, "Sources", SOURCE_SHEET_COLUMNS, list(source_rows(integration)), header, wrap
    )
    _table_sheet(
        book, "Rejected rows", REJECTED_COLUMNS, [r.as_row() for r in rejections], header, wrap
    )
    _table_sheet(
        book,
        "Possible duplicates",
        POSSIBLE_COLUMNS,
        [possible_row(p) for p in integration.possible],
        header,
        wrap,
    )
    book.close()
