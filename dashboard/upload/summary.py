"""What a check of one file found, kept small (`PreviewSummary`, `Verdict`), and the last few
summaries remembered by file, content and mapping, so the preview of a file just checked does
not read it again."""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

from chronology.ingest import IngestResult
from dashboard.upload.mapping import mapping_rows
from reviews.casefiles import CaseFile

PREVIEW_ROWS = 8
PREVIEW_REJECTED = 500


@dataclass
class PreviewSummary:
    """What the preview shows of one reading: a few rows, not the reading itself (a 19 MB
    file's reading is hundreds of MB; five of them kept for the preview filled the server)."""

    agency: str
    accepted: int
    rejected: int
    sheets: list[str] = field(default_factory=list)
    not_entries: int = 0  # titles, notes, sign-off lines: listed, never queried
    notes: list[str] = field(default_factory=list)
    first_rows: list[dict[str, Any]] = field(default_factory=list)
    rejected_rows: list[dict[str, Any]] = field(default_factory=list)
    mapping: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True)
class Verdict:
    """The outcome of checking one file."""

    refused: bool
    message: str
    accepted: int = 0
    rejected: int = 0
    summary: PreviewSummary | None = None


SUMMARIES = 32
_summaries: OrderedDict[tuple[int, str, str], PreviewSummary] = OrderedDict()
_summaries_lock = threading.Lock()


def remember(entry: CaseFile, summary: PreviewSummary | None) -> None:
    if summary is None:
        return
    with _summaries_lock:
        _summaries[(entry.id, entry.sha256, entry.mapping)] = summary
        _summaries.move_to_end((entry.id, entry.sha256, entry.mapping))
        while len(_summaries) > SUMMARIES:
            _summaries.popitem(last=False)


def forget(file_id: int) -> None:
    with _summaries_lock:
        for key in [k for k in _summaries if k[0] == file_id]:
            del _summaries[key]


def recalled(entry: CaseFile) -> PreviewSummary | None:
    with _summaries_lock:
        return _summaries.get((entry.id, entry.sha256, entry.mapping))


def summarise(result: IngestResult) -> PreviewSummary:
    sheets = []
    for sheet in result.sheets:
        label = sheet.name or "CSV"
        if sheet.header_row is None:
            sheets.append(f"{label}: {sheet.note}")
        else:
            sheets.append(
                f"{label}: header at row {sheet.header_row}; {sheet.accepted} accepted, "
                f"{sheet.rejected} rejected, {sheet.blank_rows} blank rows"
                + (f", {sheet.not_entries} lines not entries" if sheet.not_entries else "")
                + (f" ({sheet.note})" if sheet.note else "")
            )
    return PreviewSummary(
        agency=result.agency,
        accepted=len(result.events),
        rejected=len(result.refused),
        not_entries=len(result.rejections) - len(result.refused),
        sheets=sheets,
        notes=list(result.notes),
        first_rows=[
            {
                "sheet": e.source.sheet or "CSV",
                "row": e.source.row,
                "date": e.date.strftime("%d/%m/%Y")
                if e.date_precision == "day"
                else e.date_as_written,
                "text": (e.event_text or e.event_type)[:160],
            }
            for e in result.events[:PREVIEW_ROWS]
        ],
        rejected_rows=[
            {
                "sheet": r.source.sheet or "CSV",
                "row": r.source.row,
                "what": "Rejected" if r.refused else "Not an entry",
                "reason": r.reason,
            }
            # Rows the agency must correct first; titles and notes after them.
            for r in sorted(result.rejections, key=lambda r: not r.refused)[:PREVIEW_REJECTED]
        ],
        mapping=mapping_rows(result),
    )


_NO_TABLE = re.compile(r"^(?P<label>[^:]*): no chronology table found \((?P<what>.*)\)$")


def no_table_reason(summary: PreviewSummary) -> str:
    """Why a file with no table is refused, sheet by sheet, and what to do about it."""
    found = []
    for line in summary.sheets:
        match = _NO_TABLE.match(line)
        found.append(f"{match['label']}: {match['what']}" if match else line)
    what = "; ".join(found) if found else "the file holds no rows"
    return (
        f"refused, no chronology table was found in it ({what}). A chronology needs a table "
        "whose header row names at least the date and what happened (for example Date, "
        "Entry): check that this is the chronology and upload it again"
    )


def row_words(count: int) -> str:
    return f"{count} row" if count == 1 else f"{count} rows"
