"""Reading one agency's chronology file into canonical events and reasoned rejections.

The promise to the reviewer: every non-blank row below the header of every table ends up
either as an `Event` or as a `Rejection` with a reason; blank rows and sheets without a table
are counted in the report. Nothing is dropped and no date is guessed.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from chronology.agencies import (
    agency_from_filename,
    agency_from_text,
    agency_in_filename,
    canonical_agency,
)
from chronology.columns import (
    HEADER_SEARCH_ROWS,
    ColumnMatch,
    SavedMapping,
    document_table_kind,
    is_date_cell,
    is_page_line,
    is_sign_off,
    load_rules,
    mean_text_length,
    second_date_column,
)
from chronology.dates import DateError, ParsedDate, format_uk, parse_date, parse_time
from chronology.filesafety import IngestError, Limits, check_file, column_letter
from chronology.headers import HeaderShape, locate_header, repeats_header
from chronology.readers import Engine, RawWorkbook, Sheet, read_csv, read_docx, read_workbook
from chronology.schema import NOT_ENTRY, Event, Provenance, Rejection

TEXT_FIELDS = ("event_type", "event_text", "outcome", "significance", "practitioner", "reference")


@dataclass
class SheetReport:
    """What happened to one sheet, for the mapping report and the dashboard preview."""

    name: str
    header_row: int | None = None  # as Excel shows it (CSV: the record number)
    columns: list[ColumnMatch] = field(default_factory=list)
    accepted: int = 0
    rejected: int = 0  # refused entries only
    not_entries: int = 0  # titles, notes, sign-off lines across the table: in rejected.csv
    blank_rows: int = 0
    header_rows: int = 1  # 2 for a two-row header (merged group cells over sub-headers)
    repeated_headers: int = 0  # header rows repeated after page breaks: skipped, not data
    page_lines: int = 0  # "Page 2 of 5", "End of report": skipped, not data
    text_column: str = ""  # which column is the event text, its mean length and why
    note: str = ""


@dataclass
class IngestResult:
    """Everything read from one file."""

    file: str
    agency: str
    events: list[Event] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)
    sheets: list[SheetReport] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    # Where `agency` came from: "given", "file text", "file name" or "file name (not a known
    # organisation)"; rows with an agency column say their own.
    agency_source: str = "given"

    @property
    def refused(self) -> list[Rejection]:
        """The rejected rows an agency is asked to correct (not its titles and notes)."""
        return [r for r in self.rejections if r.refused]

    def mapping_report(self) -> str:
        """A plain-text account of header rows, column matches and counts, per sheet."""
        lines = [f"{self.file} (agency: {self.agency}; taken from: {self.agency_source})"]
        lines += [f"  note: {note}" for note in self.notes]
        for sheet in self.sheets:
            label = f"sheet '{sheet.name}'" if sheet.name else "CSV"
            if sheet.header_row is None:
                lines.append(f"  {label}: {sheet.note}")
                continue
            rows = (
                f"rows {sheet.header_row}-{sheet.header_row + 1}"
                if sheet.header_rows == 2
                else f"row {sheet.header_row}"
            )
            repeated = (
                f", {sheet.repeated_headers} repeated header rows skipped"
                if sheet.repeated_headers
                else ""
            )
            if sheet.page_lines:
                repeated += f", {sheet.page_lines} page lines skipped"
            if sheet.not_entries:
                repeated += (
                    f", {sheet.not_entries} lines that are not entries (titles, notes, "
                    "sign-off) kept in the rejected rows"
                )
            lines.append(
                f"  {label}: header at {rows}; {sheet.accepted} accepted, "
                f"{sheet.rejected} rejected, {sheet.blank_rows} blank rows{repeated}"
            )
            if sheet.note:
                lines.append(f"    note: {sheet.note}")
            if sheet.text_column:
                lines.append(f"    event text: {sheet.text_column}")
            for match in sheet.columns:
                if not match.header and match.field is None:
                    continue
                target = match.field or "extra"
                lines.append(
                    f"    {match.header or '(no header)':<34} -> {target:<13} "
                    f"{match.confidence:4.2f}  {match.method}"
                )
        return "\n".join(lines)


def _text(value: object) -> str:
    """A cell as the text a reviewer would read in it (text cells exactly as written)."""
    if value is None:
        return ""
    if type(value) is str:
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.datetime):
        with_time = value.time() != dt.time(0)
        return value.strftime("%d/%m/%Y %H:%M" if with_time else "%d/%m/%Y")
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _fill_merged_down(sheet: Sheet, first_body_row: int) -> dict[tuple[int, int], str]:
    """Copy a vertically merged cell's value down its column; returns cell -> range label."""
    filled: dict[tuple[int, int], str] = {}
    for (r0, c0), (r1, c1) in sheet.merged:
        if r1 <= r0 or r0 < first_body_row or r0 >= len(sheet.rows):
            continue
        value = sheet.rows[r0][c0] if c0 < len(sheet.rows[r0]) else None
        label = f"{column_letter(c0)}{r0 + 1}:{column_letter(c1)}{r1 + 1}"
        for r in range(r0 + 1, min(r1, len(sheet.rows) - 1) + 1):
            row = sheet.rows[r]
            if len(row) <= c0:
                row.extend([None] * (c0 + 1 - len(row)))
            if row[c0] is None:
                row[c0] = value
                filled[(r, c0)] = label
    return filled


class _SheetReader:
    """Reads the body of one table; kept as a class so the per-sheet context is explicit."""

    def __init__(
        self,
        raw: RawWorkbook,
        sheet: Sheet,
        shape: HeaderShape,
        agency: str,
        agency_fixed: bool,
        today: dt.date,
    ) -> None:
        self.raw = raw
        self.sheet = sheet
        self.shape = shape
        self.header_index = shape.first
        self.columns = columns = shape.columns
        self.by_field = {m.field: m.index for m in columns if m.field is not None}
        self.agency = agency
        self.agency_fixed = agency_fixed
        self.today = today
        if not agency_fixed and "agency" in self.by_field:
            # A blank cell in an agency column means the sheet's usual agency, not the file name.
            column = self.by_field["agency"]
            names = Counter(
                canonical_agency(_text(row[column]))
                for row in sheet.rows[shape.last + 1 :]
                if column < len(row) and row[column] is not None
            )
            if names:
                self.agency = names.most_common(1)[0][0]
        # A date column that lost to the occurrence date ("Reported", "Date recorded"): named
        # in the reason when a row's occurrence date is blank.
        self.second_date = second_date_column(columns, sheet.rows[shape.last + 1 :], load_rules())
        self.clock_numbers = _clock_numbers(sheet.rows[shape.last + 1 :], self.by_field.get("time"))
        self.spans: dict[int, list[tuple[int, int]]] = {}
        for (r0, c0), (r1, c1) in sheet.merged:
            if c1 > c0 and r0 > shape.last:
                for r in range(r0, r1 + 1):
                    self.spans.setdefault(r, []).append((c0, c1))
        self.formulas_by_row: dict[int, list[int]] = {}
        for r, c in sorted(sheet.formula_cells):
            self.formulas_by_row.setdefault(r, []).append(c)

    def row_number(self, index: int) -> int:
        """The row as the agency sees it: Excel's row, the Word table's row, or the CSV record
        (the row a spreadsheet program shows when it opens the file; title lines count)."""
        return index + 1

    def raw_cells(self, row: Sequence[object]) -> dict[str, str]:
        cells: dict[str, str] = {}
        seen: Counter[str] = Counter()
        for index, value in enumerate(row):
            if value is None:
                continue
            header = self.columns[index].header if index < len(self.columns) else ""
            cells[_unique(header or f"column {column_letter(index)}", seen)] = _text(value)
        return cells

    def cell(self, row: Sequence[object], name: str) -> object:
        index = self.by_field.get(name)
        if index is None or index >= len(row):
            return None
        return row[index]

    def read_row(
        self, index: int, row: Sequence[object], merged: dict[tuple[int, int], str]
    ) -> Event | Rejection:
        source = Provenance(self.raw.path.name, self.sheet.name, self.row_number(index))
        outcome = self._read_row(source, index, row, merged)
        if isinstance(outcome, Event):
            return outcome
        # A formula with no saved value often explains an empty cell: say so.
        formulas = [w for w in self._formula_warnings(index, row) if "no saved" in w]
        line = self._kind_of_line(index, row)
        reason = line or outcome
        reason = f"{reason} ({'; '.join(formulas)})" if formulas else reason
        if line:
            return Rejection(source, reason, self.raw_cells(row), NOT_ENTRY)
        return Rejection(source, reason, self.raw_cells(row))

    def _kind_of_line(self, index: int, row: Sequence[object]) -> str | None:
        """A clearer reason for rows that are not entries at all: a sign-off line, or a
        heading written across the table ("Community Order imposed 15/06/2022")."""
        filled = [(c, v) for c, v in enumerate(row) if v not in (None, "")]
        if not filled or not isinstance(filled[0][1], str):
            return None
        if is_sign_off(filled[0][1]):
            return "sign-off line, not an entry"
        first_column = min(self.by_field.get("date", 0), self.columns[0].index)
        across = any(c0 == filled[0][0] for c0, _ in self.spans.get(index, ()))
        if len(filled) == 1 and filled[0][0] <= first_column and across:
            return "a heading written across the table, not an entry"
        if len(filled) == 1 and filled[0][0] <= first_column and not is_date_cell(filled[0][1]):
            return "a heading or note across the table, not an entry (it has no date of its own)"
        return None

    def _spanning_text(self, index: int, row: Sequence[object], texts: dict[str, str]) -> None:
        """A cell merged across the type and text columns holds the entry: read it as text."""
        column = self.by_field.get("event_text")
        if column is None or texts["event_text"]:
            return
        for c0, c1 in self.spans.get(index, ()):
            if c0 == self.by_field.get("date"):
                continue  # "2025" merged across the table is a heading, not an entry
            if c0 < column <= c1 and c0 < len(row) and row[c0] is not None:
                texts["event_text"] = _text(row[c0])
                anchor = next((m.field for m in self.columns if m.index == c0), None)
                if anchor in texts and anchor != "event_text":
                    texts[anchor] = ""
                return

    def _formula_warnings(self, index: int, row: Sequence[object]) -> list[str]:
        warnings = []
        for col in self.formulas_by_row.get(index, ()):
            value = row[col] if col < len(row) else None
            ref = f"{column_letter(col)}{index + 1}"
            if value is None:
                warnings.append(f"cell {ref} is a formula with no saved value")
            else:
                warnings.append(f"cell {ref} is a formula; its saved value was used")
        return warnings

    def _read_row(
        self,
        source: Provenance,
        index: int,
        row: Sequence[object],
        merged: dict[tuple[int, int], str],
    ) -> Event | str:
        """The event, or the reason the row cannot be one."""
        warnings = self._formula_warnings(index, row)
        date_value = self.cell(row, "date")
        date_col = self.by_field["date"]
        if date_value is None and self.second_date is not None:
            # "Occurred" blank beside "Reported": never taken as the date (that would be a
            # guess), but named, so the agency can give the date it happened.
            second = self.second_date
            if second.index < len(row) and row[second.index] is not None:
                name = self.columns[date_col].header or "the date column"
                return (
                    f"no date in '{name}' ('{second.header}' says "
                    f"{_text(row[second.index])}; give the date it happened)"
                )
        if date_value is None:
            return "no date given"
        if (index, date_col) in merged:
            warnings.append(f"date taken from merged cells {merged[(index, date_col)]}")
        try:
            parsed = parse_date(date_value, self.raw.epoch)
        except DateError as error:
            return str(error)
        shown = self.sheet.partial_date_cells.get((index, date_col))
        if shown and isinstance(date_value, dt.date):
            # A date cell formatted "Mar-17" or "yyyy": the agency typed a month or a year.
            first = (
                parsed.value.replace(day=1)
                if shown == "month"
                else parsed.value.replace(month=1, day=1)
            )
            parsed = ParsedDate(first, shown)  # type: ignore[arg-type]
        if parsed.value > self.today:
            return f"date '{_text(date_value)}' is in the future ({format_uk(parsed)})"
        texts = {name: _text(self.cell(row, name)) for name in TEXT_FIELDS}
        self._spanning_text(index, row, texts)
        if not (texts["event_text"] or texts["event_type"] or texts["outcome"]):
            return "no event text (the row has a date but no entry)"
        # Two columns headed alike ("Notes", "Notes") are both kept: "Notes", "Notes (2)".
        seen: Counter[str] = Counter()
        extra = {
            _unique(match.header or f"column {column_letter(match.index)}", seen): _text(
                row[match.index]
            )
            for match in self.columns
            if match.field is None and match.index < len(row) and row[match.index] is not None
        }
        for col in range(len(self.columns), len(row)):
            if row[col] is not None:
                extra[f"column {column_letter(col)}"] = _text(row[col])
        time = self._time(row, parsed, warnings, extra)
        agency = self._agency(row)
        written = " ".join(_text(self.cell(row, "agency")).split())
        if written and written != agency:
            # "Northshire Women's Aid" read as Domestic Abuse Service: the wording is kept.
            column = self.columns[self.by_field["agency"]]
            extra[column.header or f"column {column_letter(column.index)}"] = written
        return Event(
            source=source,
            agency=agency,
            date=parsed.value,
            date_precision=parsed.precision,
            time=time,
            date_as_written=_text(date_value),
            extra=extra,
            warnings=tuple(warnings),
            **texts,
        )

    def _time(
        self,
        row: Sequence[object],
        parsed: ParsedDate,
        warnings: list[str],
        extra: dict[str, str],
    ) -> dt.time | None:
        value = self.cell(row, "time")
        time = parsed.time
        if value is not None:
            if self.clock_numbers and isinstance(value, int | float) and 0 <= value < 100:
                value = f"{int(value):04d}"  # 14 in a column of 2331, 0845...: 00:14
            try:
                column_time = parse_time(value)
            except DateError as error:
                warnings.append(f"{error}; kept as written in extra")
                match = self.columns[self.by_field["time"]]
                extra[match.header or f"column {column_letter(match.index)}"] = _text(value)
                column_time = None
            if column_time is not None:
                if time is not None and time != column_time:
                    warnings.append(
                        f"date cell says {time:%H:%M}, time column says {column_time:%H:%M}; "
                        "time column used"
                    )
                time = column_time
        if time is not None and parsed.precision != "day":
            warnings.append(f"time {time:%H:%M} ignored: the date is only a {parsed.precision}")
            time = None
        return time

    def _agency(self, row: Sequence[object]) -> str:
        if not self.agency_fixed:
            value = _text(self.cell(row, "agency"))
            if value:
                return canonical_agency(value)
        return self.agency


def _unique(key: str, seen: Counter[str]) -> str:
    """The key, numbered from its second use: "Notes", "Notes (2)" (a quote added per repeat
    made 498 columns headed "Notes" write keys of 498 quotes, 650 MB from a 5 MB file)."""
    seen[key] += 1
    return key if seen[key] == 1 else f"{key} ({seen[key]})"


def _clock_numbers(rows: Sequence[Sequence[object]], column: int | None) -> bool:
    """A time column typed as 24-hour clock numbers (2331, 845): its 14 is 00:14, not 14:00."""
    if column is None:
        return False
    numbers = [
        float(value)
        for row in rows
        if column < len(row)
        for value in [row[column]]
        if isinstance(value, int | float) and not isinstance(value, bool)
    ]
    return (
        len(numbers) >= 2
        and all(float(n).is_integer() and 0 <= n <= 2359 and n % 100 < 60 for n in numbers)
        and sum(n >= 100 for n in numbers) * 2 >= len(numbers)
    )


def _looks_like_entry(row: Sequence[object]) -> bool:
    """A dated row of three or more cells that is not a "Label: value" report heading."""
    filled = [v for v in row if v not in (None, "")]
    labels = any(isinstance(v, str) and (v.rstrip().endswith(":") or ": " in v) for v in filled)
    return len(filled) >= 3 and not labels and any(is_date_cell(v) for v in filled)


def _is_page_line(row: Sequence[object]) -> bool:
    filled = [v for v in row if v not in (None, "")]
    return len(filled) == 1 and isinstance(filled[0], str) and is_page_line(filled[0])


def _title_texts(raw: RawWorkbook, shapes: Sequence[HeaderShape | None]) -> list[str]:
    """Text outside the tables: title blocks, cover sheets, captions and Word paragraphs."""
    texts = list(raw.texts)
    for sheet, shape in zip(raw.sheets, shapes, strict=True):
        texts.append(sheet.caption)
        above = sheet.rows[: shape.first] if shape else sheet.rows[:HEADER_SEARCH_ROWS]
        for row in above:
            cells = [v.strip() for v in row if isinstance(v, str) and v.strip()]
            if len(cells) == 2 and not cells[0].endswith(":"):
                texts.append(f"{cells[0]}: {cells[1]}")  # a key/value row of a cover sheet
            elif len(cells) == 2:
                texts.append(f"{cells[0]} {cells[1]}")
            texts.extend(cells)
    return [t for t in texts if t]


def _agency_of_file(raw: RawWorkbook, shapes: Sequence[HeaderShape | None]) -> tuple[str, str]:
    """The file's agency and where it came from: an "Agency:" line, the file name's known
    organisation, an organisation named in the title block, else the file name's words."""
    texts = _title_texts(raw, shapes)
    named = agency_from_text(t for t in texts if ":" in t or "–" in t or " - " in t)
    explicit = [t for t in texts if t.lower().startswith(("agency", "organisation", "service"))]
    if explicit and named:
        return named, "file text"
    in_name = agency_in_filename(raw.path)
    if in_name:
        return in_name, "file name"
    in_text = agency_from_text(texts)
    if in_text:
        return in_text, "file text"
    return agency_from_filename(raw.path), "file name (not a known organisation)"


def _describe_text_column(shape: HeaderShape, body: Sequence[Sequence[object]]) -> str:
    """For the mapping report: which column is the event text, how long its entries are, why."""
    column = next((m for m in shape.columns if m.field == "event_text"), None)
    if column is None:
        return "no event text column; the event type or outcome is the entry"
    length = mean_text_length(body, column.index)
    return f"'{column.header}' (mean {length:.0f} characters; {column.method})"


def read_chronology(
    path: Path | str,
    *,
    agency: str | None = None,
    mapping: SavedMapping | None = None,
    limits: Limits | None = None,
    engine: Engine = "calamine",
    today: dt.date | None = None,
) -> IngestResult:
    """Read one .xlsx/.xlsm/.docx/.csv chronology; raises IngestError if it cannot be read.

    `agency` overrides any agency column and the file name; `mapping` overrides the guessed
    header row and column mapping; `today` bounds plausible dates (default: the real today).
    """
    path = Path(path)
    limits = limits or Limits()
    kind = check_file(path, limits)
    if kind == "xlsx":
        raw = read_workbook(path, limits, engine)
    elif kind == "docx":
        raw = read_docx(path, limits)
    else:
        raw = read_csv(path, limits)
    fixed = agency or (mapping.agency if mapping else None)
    rules = load_rules()
    shapes = [locate_header(sheet, rules, mapping) for sheet in raw.sheets]
    if fixed:
        file_agency, source = " ".join(fixed.split()), "given"
    else:
        file_agency, source = _agency_of_file(raw, shapes)
    result = IngestResult(path.name, file_agency, notes=list(raw.notes), agency_source=source)
    for sheet, shape in zip(raw.sheets, shapes, strict=True):
        report = SheetReport(sheet.name)
        result.sheets.append(report)
        if shape is not None and not any(m.field == "date" for m in shape.columns):
            # A mapping's header_row that points at a row naming no date column.
            names = ", ".join(m.header for m in shape.columns if m.header) or "nothing"
            report.note = (
                f"the mapping's header row {shape.first + 1} names no date column "
                f"(it reads: {names[:120]}); not read"
            )
            continue
        if shape is None:
            filled = sum(1 for row in sheet.rows if any(v is not None for v in row))
            report.note = (
                "empty sheet"
                if not filled
                else f"no chronology table found ({filled} non-blank rows of notes; not read)"
            )
            if sheet.hidden:
                report.note += " (hidden sheet)"
            continue
        if raw.kind == "docx":
            header = sheet.rows[shape.first] if shape.first < len(sheet.rows) else []
            kind_of_table = document_table_kind(header, sheet.caption)
            if kind_of_table is not None:
                report.note = f"document control or sign-off table ({kind_of_table}); not read"
                continue
        report.columns = shape.columns
        report.header_rows = shape.rows
        report.note = shape.note
        reader = _SheetReader(raw, sheet, shape, file_agency, bool(fixed), today or dt.date.today())
        report.header_row = reader.row_number(shape.first)
        report.text_column = _describe_text_column(shape, sheet.rows[shape.last + 1 :])
        if sheet.hidden:
            report.note = "; ".join(filter(None, ["hidden sheet", report.note]))
        for index in range(shape.first):
            if _looks_like_entry(sheet.rows[index]):
                # Never silently lost: a dated row above the header is shown, not dropped.
                result.rejections.append(
                    Rejection(
                        Provenance(path.name, sheet.name, index + 1),
                        f"above the table's header (row {shape.first + 1}) but looks like an "
                        "entry; if the header is wrong, save a mapping and set header_row",
                        {
                            f"column {column_letter(c)}": _text(v)
                            for c, v in enumerate(sheet.rows[index])
                            if v is not None
                        },
                    )
                )
                report.rejected += 1
        merged = _fill_merged_down(sheet, shape.last + 1)
        for index in range(shape.last + 1, len(sheet.rows)):
            row = sheet.rows[index]
            if all(value is None for value in row):
                report.blank_rows += 1
                continue
            if repeats_header(shape, row):
                report.repeated_headers += 1
                continue
            if _is_page_line(row):
                report.page_lines += 1
                continue
            outcome = reader.read_row(index, row, merged)
            if isinstance(outcome, Event):
                result.events.append(outcome)
                report.accepted += 1
            else:
                result.rejections.append(outcome)
                if outcome.refused:
                    report.rejected += 1
                else:
                    report.not_entries += 1
    if result.events and not fixed and "not a known" in source:
        # An agency column names the agency better than the file name's words do.
        named = Counter(e.agency for e in result.events).most_common(1)[0][0]
        if named != file_agency:
            result.agency, result.agency_source = named, "agency column"
    if not any(sheet.header_row is not None for sheet in result.sheets):
        if mapping is not None and mapping.header_row is not None:
            why = next((s.note for s in result.sheets if "mapping" in s.note), "")
            raise IngestError(
                path,
                f"the mapping's header_row {mapping.header_row} finds no chronology table"
                + (f" ({why})" if why else " (past the end of every sheet)")
                + "; correct header_row or set it to null to detect the header",
            )
        result.notes.append("no chronology table found in any sheet")
    return result


__all__ = ["IngestError", "IngestResult", "SheetReport", "read_chronology"]
