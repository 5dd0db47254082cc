"""The column mapping in words (rules/labels.toml): "What happened", never `event_text`. How a
reading mapped each column, shown for correction, and the reviewer's corrections read back as
a `SavedMapping`."""

from __future__ import annotations

from typing import Any

from chronology.columns import SavedMapping, normalise_header
from chronology.ingest import IngestResult
from chronology.labels import field_named, field_words, plain_reason
from chronology.schema import CANONICAL_FIELDS
from dashboard.errors import ScreenError

EXTRA = "Other: kept as it is"
FIELD_CHOICES = [*(field_words(f) for f in CANONICAL_FIELDS), EXTRA]


def mapping_rows(result: IngestResult) -> list[dict[str, Any]]:
    """One row per column of every sheet: its heading, the field it was read as (in words),
    the confidence and how it was decided."""
    rows = []
    for sheet in result.sheets:
        for match in sheet.columns:
            if not match.header and match.field is None:
                continue
            rows.append(
                {
                    "sheet": sheet.name or "CSV",
                    "header": match.header,
                    "field": field_words(match.field) if match.field else EXTRA,
                    "confidence": f"{match.confidence:.2f}",
                    "method": plain_reason(match.method).replace("kept in extra", EXTRA),
                }
            )
    return rows


def corrected_mapping(
    rows: list[dict[str, Any]], header_row: Any, agency: str | None
) -> SavedMapping:
    """The mapping grid as corrected (fields in words or as stored); ValueError naming what is
    not a field, or a header row below 1."""
    columns: dict[str, str | None] = {}
    for row in rows or []:
        header = str(row.get("header") or "")
        said = row.get("field")
        if not header:
            continue
        if said in (EXTRA, "(keep in extra)"):
            columns[normalise_header(header)] = None
            continue
        field = field_named(str(said))
        if field is None:
            raise ScreenError(f"'{said}' is not a field")
        columns[normalise_header(header)] = field
    row_number = int(header_row) if header_row not in (None, "") else None
    if row_number is not None and row_number < 1:
        raise ScreenError("the header row is numbered from 1")
    return SavedMapping(columns=columns, header_row=row_number, agency=agency or None)
