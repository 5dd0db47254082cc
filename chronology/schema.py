"""The canonical records that flow from ingestion to every later stage.

Why dataclasses rather than pandera: records are built and checked one row at a time as they
are read (so a bad row becomes a rejection with its reason, not a failed frame), the checks are
few and simple, and later stages (deduplication, anonymisation) work on the same objects.
Validation happens once, in `__post_init__`, at the boundary where a row becomes an `Event`.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

from chronology.dates import Precision

CANONICAL_FIELDS: tuple[str, ...] = (
    "date",
    "time",
    "agency",
    "event_type",
    "event_text",
    "outcome",
    "significance",
    "practitioner",
    "reference",
)
PRECISIONS: frozenset[str] = frozenset({"day", "month", "year"})

EVENT_COLUMNS: tuple[str, ...] = (
    "source_file",
    "source_sheet",
    "source_row",
    "agency",
    "date",
    "date_precision",
    "time",
    "event_type",
    "event_text",
    "outcome",
    "significance",
    "practitioner",
    "reference",
    "date_as_written",
    "extra",
    "warnings",
)
REJECTED_COLUMNS: tuple[str, ...] = (
    "source_file",
    "source_sheet",
    "source_row",
    "kind",
    "reason",
    "raw",
)
# A rejected row is either REFUSED (an entry the agency must correct: no date, a vague date...)
# or NOT_ENTRY (a title, note, sign-off line or sub-heading written across the table): kept
# with its reason so nothing vanishes, but never sent back to the agency as a query.
REFUSED = "refused"
NOT_ENTRY = "not an entry"


@dataclass(frozen=True)
class Provenance:
    """Where a row came from: the file name, sheet ('' for CSV) and the row number shown."""

    file: str
    sheet: str
    row: int

    def describe(self) -> str:
        if self.sheet.startswith("Table ") and self.file.lower().endswith(".docx"):
            where = f"{self.file}, {self.sheet.lower()}"
        else:
            where = f"{self.file}, sheet '{self.sheet}'" if self.sheet else self.file
        return f"{where}, row {self.row}"


@dataclass(frozen=True)
class Event:
    """One accepted chronology entry, exactly as one agency recorded it."""

    source: Provenance
    agency: str
    date: dt.date
    date_precision: Precision
    event_text: str
    time: dt.time | None = None
    event_type: str = ""
    outcome: str = ""
    significance: str = ""
    practitioner: str = ""
    reference: str = ""
    date_as_written: str = ""
    extra: dict[str, str] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.date_precision not in PRECISIONS:
            raise ValueError(f"date_precision must be one of {sorted(PRECISIONS)}")
        if not self.agency.strip():
            raise ValueError("an event needs an agency")
        if not (self.event_text.strip() or self.event_type.strip() or self.outcome.strip()):
            raise ValueError("an event needs some text")
        if self.date_precision != "day" and self.time is not None:
            raise ValueError("a partial date cannot carry a time")
        if self.source.row < 1:
            raise ValueError("source rows are numbered from 1")

    def as_row(self) -> dict[str, Any]:
        return {
            "source_file": self.source.file,
            "source_sheet": self.source.sheet,
            "source_row": self.source.row,
            "agency": self.agency,
            "date": self.date.isoformat(),
            "date_precision": self.date_precision,
            "time": self.time.strftime("%H:%M") if self.time else "",
            "event_type": self.event_type,
            "event_text": self.event_text,
            "outcome": self.outcome,
            "significance": self.significance,
            "practitioner": self.practitioner,
            "reference": self.reference,
            "date_as_written": self.date_as_written,
            "extra": json.dumps(self.extra, ensure_ascii=False) if self.extra else "",
            "warnings": "; ".join(self.warnings),
        }


@dataclass(frozen=True)
class Rejection:
    """A row that could not be accepted, with a reason the agency can act on."""

    source: Provenance
    reason: str
    raw: dict[str, str]
    kind: str = REFUSED

    @property
    def refused(self) -> bool:
        return self.kind == REFUSED

    def message(self) -> str:
        return f"{self.source.describe()}: {self.reason}"

    def as_row(self) -> dict[str, Any]:
        return {
            "source_file": self.source.file,
            "source_sheet": self.source.sheet,
            "source_row": self.source.row,
            "kind": self.kind,
            "reason": self.reason,
            "raw": json.dumps(self.raw, ensure_ascii=False),
        }
