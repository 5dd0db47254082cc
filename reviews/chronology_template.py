"""The agency chronology template: a workbook an agency fills and returns, which the integrated
chronology then reads with every column recognised and no question about the mapping.

Why it is built this way:
- its headers are synonyms from chronology/rules/columns.toml (listed in rules/documents.toml),
  so `chronology.ingest.read_chronology` maps each one with full confidence;
- date cells are formatted dd/mm/yyyy and validated as dates, with a warning (not a refusal),
  because the guidance keeps partial dates ("March 2017") as the agency wrote them;
- the type of contact has a dropdown of the guidance's key events (Appendix 3), other values
  allowed; the agency column, when the agency is known, a dropdown of that one name;
- the title and due date sit above the header as "Label: value" lines, which ingestion reads
  as the file's agency and never mistakes for entries; instructions are on their own sheet.
Written with xlsxwriter, whose files open in Excel and LibreOffice alike.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from chronology.labels import load_labels
from reviews.document_rules import TemplateColumn, fill, load_document_rules
from reviews.errors import ReviewError
from reviews.timescales import format_day

if TYPE_CHECKING:
    from xlsxwriter.worksheet import Worksheet

BODY_ROWS = 500  # rows prepared with formats and validation
HEADER_ROW = 4  # zero-based: title, agency, due date, blank, then the header


def event_types() -> list[str]:
    """The dropdown's values: the guidance's key events in words, routine entries last."""
    labels = load_labels().labels
    names = [w.name for k, w in labels.items() if k not in ("not_key_event", "other_significant")]
    return [*names, "Other significant event", "Routine contact"]


def write_chronology_template(
    path: Path,
    *,
    agency: str | None = None,
    due: dt.date | None = None,
    reference: str = "",
    child: str = "the child",
) -> Path:
    """Write the template to `path` (.xlsx); returns the path."""
    import xlsxwriter

    if path.suffix.lower() != ".xlsx":
        raise ReviewError(f"{path.name}: the template is an .xlsx workbook", field="out")
    rules = load_document_rules()
    columns = list(rules.columns)
    if agency:
        columns.insert(1, _agency_column())
    due_text = format_day(due) if due else "the date in the covering letter"
    values = {"reference": reference or "[reference]", "child": child, "due": due_text}
    path.parent.mkdir(parents=True, exist_ok=True)
    book = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False, "strings_to_urls": False})
    book.set_properties({"title": rules.template_title, "author": "", "company": ""})
    bold = book.add_format({"bold": True})
    title = book.add_format({"bold": True, "font_size": 14})
    header = book.add_format(
        {"bold": True, "bg_color": "#D9E1F2", "border": 1, "text_wrap": True, "valign": "top"}
    )
    wrap = book.add_format({"text_wrap": True, "valign": "top", "border": 1})
    date_cell = book.add_format({"num_format": "dd/mm/yyyy", "valign": "top", "border": 1})
    time_cell = book.add_format({"num_format": "hh:mm", "valign": "top", "border": 1})

    sheet = book.add_worksheet("Chronology")
    lists = book.add_worksheet("Lists")
    guide = book.add_worksheet("Instructions")
    sheet.activate()
    sheet.write_string(0, 0, rules.template_title, title)
    if agency:
        sheet.write_string(1, 0, "Agency:", bold)
        sheet.write_string(1, 1, agency)
    sheet.write_string(2, 0, "Return by:", bold)
    sheet.write_string(2, 1, due_text)
    first, last = HEADER_ROW + 1, HEADER_ROW + BODY_ROWS
    types = event_types()
    for row, name in enumerate(types):
        lists.write_string(row, 0, name)
    lists.hide()
    for col, column in enumerate(columns):
        sheet.write_string(HEADER_ROW, col, column.header, header)
        if column.help:
            sheet.write_comment(HEADER_ROW, col, column.help, {"x_scale": 2, "y_scale": 1.5})
        fmt = {"date": date_cell, "time": time_cell}.get(column.field, wrap)
        sheet.set_column(col, col, column.width, fmt)
        for row in range(first, last + 1):  # cell formats too: not every reader uses column ones
            sheet.write_blank(row, col, None, fmt)
        _validate(sheet, column.field, first, last, col, agency, len(types))
    sheet.freeze_panes(HEADER_ROW + 1, 0)
    sheet.autofilter(HEADER_ROW, 0, HEADER_ROW, len(columns) - 1)
    sheet.set_landscape()
    sheet.set_paper(9)  # A4: LibreOffice otherwise prints on US Letter
    sheet.repeat_rows(HEADER_ROW)
    sheet.fit_to_pages(1, 0)

    guide.set_column(0, 0, 110)
    guide.write_string(0, 0, rules.template_title, title)
    for row, paragraph in enumerate(rules.instructions, start=2):
        guide.write_string(row, 0, fill(paragraph, values), book.add_format({"text_wrap": True}))
    row = len(rules.instructions) + 3
    guide.write_string(row, 0, "The columns", bold)
    for offset, column in enumerate(columns, start=1):
        guide.write_string(row + offset, 0, f"{column.header} — {column.help}")
    guide.set_paper(9)
    book.close()
    return path


def _agency_column() -> TemplateColumn:
    return TemplateColumn("Agency", "agency", 22, "Your agency (chosen from the list).")


def _validate(
    sheet: Worksheet, field: str, first: int, last: int, col: int, agency: str | None, types: int
) -> None:
    """Excel data validation for one column (dates, times, fixed lists)."""
    rule: dict[str, object] | None = None
    if field == "date":
        rule = {
            "validate": "date",
            "criteria": "between",
            "minimum": dt.date(1900, 1, 1),
            "maximum": dt.date(2100, 12, 31),
            "input_title": "Date (day first)",
            "input_message": "dd/mm/yyyy, e.g. 03/11/2018. Month or year only: type "
            "March 2017 or 2018.",
            "error_title": "Not a whole date",
            "error_message": "Type the date day first (03/11/2018). If only the month or year "
            "is known, choose Yes to keep what you typed.",
            "error_type": "warning",
        }
    elif field == "time":
        rule = {
            "validate": "time",
            "criteria": "between",
            "minimum": dt.time(0, 0),
            "maximum": dt.time(23, 59, 59),
            "input_message": "24-hour clock, e.g. 14:30",
            "error_message": "Type the time as hh:mm (24-hour clock).",
            "error_type": "warning",
        }
    elif field == "event_type":
        rule = {
            "validate": "list",
            "source": f"=Lists!$A$1:$A${types}",
            "input_message": "Choose from the list, or type your own.",
            "error_type": "information",
        }
    elif field == "agency" and agency and "," not in agency:  # a comma splits Excel's list
        rule = {"validate": "list", "source": [agency], "error_type": "warning"}
    if rule is not None:
        sheet.data_validation(first, col, last, col, rule)
