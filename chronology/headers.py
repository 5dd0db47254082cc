"""The shape of a table's header: one row, or a group row merged over sub-headers.

Agencies' templates put "Date/Time" merged over "Date" and "Time", or "Contact" over "Type" and
"Details". Read as one row, the sub-header row would become data and be rejected as "not a
date", and the columns under a merged cell would lose their names. Here both rows make the
header: a column is matched on its sub-header ("Date") and named "Date/Time > Date".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from chronology.columns import (
    ColumnMatch,
    FieldRule,
    SavedMapping,
    find_header,
    is_date_cell,
    map_header_rows,
    match_header,
    normalise_header,
)
from chronology.readers import Sheet

MAX_HEADER_CELL = 80


@dataclass
class HeaderShape:
    """Where a table's header lies: rows `first`..`last` (0-based); the body starts after."""

    first: int
    last: int
    columns: list[ColumnMatch]
    # Normalised header and title rows, to skip their repeats after page breaks.
    repeats: set[tuple[str, ...]] = field(default_factory=set)
    note: str = ""  # for the mapping report
    # The first cell of each of those rows, to rule most body rows out cheaply.
    starts: set[str] = field(default_factory=set)

    @property
    def rows(self) -> int:
        return self.last - self.first + 1


def _row_key(row: Sequence[object]) -> tuple[str, ...]:
    return tuple(normalise_header(v) for v in row if v not in (None, ""))


def _header_like(row: Sequence[object]) -> bool:
    """Only short text cells, none of them a date: a header row, not an entry."""
    cells = [v for v in row if v not in (None, "")]
    return bool(cells) and all(
        isinstance(v, str) and len(v) <= MAX_HEADER_CELL and not is_date_cell(v) for v in cells
    )


def _cell(rows: Sequence[Sequence[object]], r: int, c: int) -> object:
    return rows[r][c] if 0 <= r < len(rows) and c < len(rows[r]) else None


def _spans(sheet: Sheet, r: int) -> list[tuple[int, int]]:
    """Horizontally merged ranges starting on row r, as (first column, last column)."""
    return [(c0, c1) for (r0, c0), (_, c1) in sheet.merged if r0 == r and c1 > c0]


def _merged_down(sheet: Sheet, top: int, sub: int) -> bool:
    return any(r0 == top and r1 >= sub for (r0, _), (r1, _) in sheet.merged)


def _is_two_row(sheet: Sheet, top: int, sub: int, rules: tuple[FieldRule, ...]) -> bool:
    """Row `sub` completes row `top`: group cells merged over it, or names under blank cells."""
    rows = sheet.rows
    if top < 0 or sub >= len(rows) or not _header_like(rows[top]) or not _header_like(rows[sub]):
        return False
    sub_cols = [c for c, v in enumerate(rows[sub]) if v not in (None, "")]
    top_cols = [c for c, v in enumerate(rows[top]) if v not in (None, "")]
    if not any(match_header(rows[sub][c], rules)[0] for c in sub_cols):
        return False
    width = set(sub_cols) | set(top_cols)
    for c0, c1 in _spans(sheet, top):
        under = [c for c in sub_cols if c0 <= c <= c1]
        # A title merged across the whole table is not a group header.
        if len(under) >= 2 and not width <= set(range(c0, c1 + 1)):
            return True
    if _merged_down(sheet, top, sub):
        return True
    # Without merges (CSV): the group row names the ungrouped columns, the sub row the grouped
    # ones ("Date/Time", "", "Details" over "Date", "Time", ""): each has cells the other lacks.
    covered = {c for c0, c1 in _spans(sheet, top) for c in range(c0, c1 + 1)}
    top_only = [c for c in top_cols if _cell(rows, sub, c) in (None, "")]
    sub_only = [c for c in sub_cols if _cell(rows, top, c) in (None, "") and c not in covered]
    if len(top_cols) < 2 or not top_only:  # a lone title above the header is not a group row
        return False
    return any(match_header(rows[sub][c], rules)[1] >= 1.0 for c in sub_only)


def _combined_labels(sheet: Sheet, top: int, sub: int) -> tuple[list[object], list[object]]:
    """Each column's name ("Date/Time > Date") and the text it is matched on ("Date")."""
    rows = sheet.rows
    width = max(len(rows[top]), len(rows[sub]))
    group: dict[int, object] = {}
    for c0, c1 in _spans(sheet, top):
        for c in range(c0, c1 + 1):
            group[c] = _cell(rows, top, c0)
    labels: list[object] = []
    probes: list[object] = []
    for c in range(width):
        upper = _cell(rows, top, c)
        upper = upper if upper not in (None, "") else group.get(c)
        lower = _cell(rows, sub, c)
        if upper not in (None, "") and lower not in (None, "") and upper != lower:
            labels.append(f"{upper} > {lower}")
        else:
            labels.append(lower if lower not in (None, "") else upper)
        probes.append(lower if lower not in (None, "") else upper)
    return labels, probes


def _fits(sheet: Sheet, found: tuple[int, list[ColumnMatch]] | None) -> bool:
    """A forced header row that names a date column in words and holds no dates itself (a
    date column found only by its cells would make any row under a title look like one)."""
    if found is None:
        return False
    index, columns = found
    named = any(m.field == "date" and "cells are dates" not in m.method for m in columns)
    return named and not any(is_date_cell(v) for v in sheet.rows[index])


def locate_header(
    sheet: Sheet, rules: tuple[FieldRule, ...], saved: SavedMapping | None = None
) -> HeaderShape | None:
    """The header of the sheet's table, one row or two; None when the sheet holds no table."""
    found = find_header(sheet.rows, rules, saved)
    note = ""
    if saved is not None and saved.header_row is not None and not _fits(sheet, found):
        # The mapping's header_row is for another sheet (or wrong): detect this sheet's header
        # rather than read an entry as the header or leave the sheet unread.
        found = find_header(sheet.rows, rules, replace(saved, header_row=None))
        note = f"the mapping's header row {saved.header_row} does not fit this sheet; "
        note += "the header was found instead" if found else "no header found either"
    if found is None:
        return None
    index, columns = found
    shape = HeaderShape(index, index, columns, note=note)
    if saved is None or saved.header_row is None:
        for top, sub in ((index, index + 1), (index - 1, index)):
            if not _is_two_row(sheet, top, sub, rules):
                continue
            labels, probes = _combined_labels(sheet, top, sub)
            matched = map_header_rows(labels, probes, rules, saved, sheet.rows[sub + 1 :])
            if matched is not None:
                shape = HeaderShape(top, sub, matched)
                break
    shape.repeats = {key for row in sheet.rows[: shape.last + 1] if len(key := _row_key(row)) >= 1}
    shape.starts = {key[0] for key in shape.repeats}
    return shape


def repeats_header(shape: HeaderShape, row: Sequence[object]) -> bool:
    """A header or title row printed again after a page break (cheap test first)."""
    first = next((v for v in row if v not in (None, "")), None)
    if not isinstance(first, str) or normalise_header(first) not in shape.starts:
        return False  # most rows: one cell normalised, not the whole row (a hot path)
    return _row_key(row) in shape.repeats
