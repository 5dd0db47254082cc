"""The integrated chronology as flat rows: the CSV files and the sheets of the workbook share
these, so every output says the same thing."""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterable
from typing import Any

from chronology.agencies import sector_of
from chronology.dates import ParsedDate, format_uk
from chronology.decisions import fingerprint
from chronology.dedup import source_key
from chronology.integrate import IntegratedEvent, Integration, PossibleDuplicate
from chronology.labels import category_words, plain_reason
from chronology.schema import Event

INTEGRATED_COLUMNS = (
    "event_id",
    "date",
    "date_precision",
    "time",
    "age",
    "agencies",
    "event_type",
    "event_text",
    "outcome",
    "significance",
    "reference",
    "practitioners",
    "sectors",
    "category",
    "categories",
    "is_key_event",
    "tier",
    "category_words",
    "category_reason",
    "duplicate_count",
    "merge_reasons",
    "sources",
)
SOURCE_COLUMNS = (
    "source_file",
    "source_sheet",
    "source_row",
    "source_key",
    "fingerprint",
    "agency",
    "sector",
    "event_id",
    "date",
    "date_precision",
    "time",
    "date_as_written",
    "event_type",
    "event_text",
    "outcome",
    "significance",
    "practitioner",
    "reference",
    "other_columns",
    "warnings",
    "extra",
)
POSSIBLE_COLUMNS = (
    "first_event_id",
    "second_event_id",
    "score",
    "reasons",
    "first_source",
    "first_agency",
    "first_date",
    "first_text",
    "second_source",
    "second_agency",
    "second_date",
    "second_text",
)


DEFAULT_MARKING = "OFFICIAL-SENSITIVE"
TIER_WORDS = {"critical": "Critical", "key": "Key", "background": "Background"}


def protective_marking(marking: str | None = None) -> str:
    """The marking printed on every page: the argument, else `CSPR_MARKING` (set it empty for
    none), else OFFICIAL-SENSITIVE (Government Security Classifications)."""
    if marking is not None:
        return marking.strip()
    return os.environ.get("CSPR_MARKING", DEFAULT_MARKING).strip()


def category_name(label: str) -> str:
    """`police_incident` -> `Police incident`: the words of rules/labels.toml, the same on every
    screen and in every export."""
    return category_words(label)


def tier_name(tier: str) -> str:
    """`critical` -> `Critical` (rules/key_event_tiers.toml explains the tiers)."""
    return TIER_WORDS.get(tier, tier.capitalize())


def category_names(labels: Iterable[str]) -> str:
    return "; ".join(category_name(label) for label in labels if label.strip(" ;"))


def iso_partial(value: dt.date, precision: str) -> str:
    """ISO 8601 at the precision known: `2017-03-14`, `2017-03` or `2017`, never a made-up day."""
    if precision == "month":
        return f"{value.year:04d}-{value.month:02d}"
    if precision == "year":
        return f"{value.year:04d}"
    return value.isoformat()


def other_columns(extra: dict[str, str]) -> str:
    """The agency's own columns that match no field, one "Header: value" per line."""
    return "\n".join(f"{key}: {value}" for key, value in extra.items())


def uk_date(event: IntegratedEvent | Event) -> str:
    return format_uk(ParsedDate(event.date, event.date_precision))  # type: ignore[arg-type]


def integrated_row(event: IntegratedEvent) -> dict[str, Any]:
    c = event.classification
    return {
        "event_id": event.event_id,
        "date": iso_partial(event.date, event.date_precision),
        "date_precision": event.date_precision,
        "time": event.time.strftime("%H:%M") if event.time else "",
        "age": event.age,
        "agencies": ";".join(event.agencies),
        "event_type": event.event_type,
        "event_text": event.event_text,
        "outcome": event.outcome,
        "significance": event.significance,
        "reference": event.references,
        "practitioners": event.practitioners,
        "sectors": ";".join(event.sectors),
        "category": c.category,
        "categories": ";".join(c.categories),
        "is_key_event": "true" if c.is_key_event else "false",
        "tier": c.tier,
        "category_words": category_names(c.categories),
        "category_reason": plain_reason(event.category_reason),
        "duplicate_count": event.duplicate_count,
        "merge_reasons": "; ".join(event.merge_reasons),
        "sources": ";".join(source_key(s) for s in event.sources),
    }


def source_rows(integration: Integration, keys: bool = True) -> Iterable[dict[str, Any]]:
    """sources.csv's rows, one per agency row in the integrated order. With `keys=False`
    source_key, fingerprint and extra are left empty: the workbook's Sources sheet does not
    show them, and a fingerprint is a hash per row."""
    for event in integration.events:
        for source in event.sources:
            yield {
                "source_file": source.source.file,
                "source_sheet": source.source.sheet,
                "source_row": source.source.row,
                "source_key": source_key(source) if keys else "",
                "fingerprint": fingerprint(source) if keys else "",
                "agency": source.agency,
                "sector": sector_of(source.agency),
                "event_id": event.event_id,
                "date": iso_partial(source.date, source.date_precision),
                "date_precision": source.date_precision,
                "time": source.time.strftime("%H:%M") if source.time else "",
                "date_as_written": source.date_as_written,
                "event_type": source.event_type,
                "event_text": source.event_text,
                "outcome": source.outcome,
                "significance": source.significance,
                "practitioner": source.practitioner,
                "reference": source.reference,
                "other_columns": other_columns(source.extra),
                "warnings": "; ".join(source.warnings),
                "extra": json.dumps(source.extra, ensure_ascii=False)
                if keys and source.extra
                else "",
            }


def possible_row(pair: PossibleDuplicate) -> dict[str, Any]:
    a, b = pair.first_source, pair.second_source
    return {
        "first_event_id": pair.first,
        "second_event_id": pair.second,
        "score": f"{pair.score:.2f}",
        "reasons": "; ".join(pair.reasons),
        "first_source": source_key(a),
        "first_agency": a.agency,
        "first_date": uk_date(a),
        "first_text": a.event_text or a.event_type,
        "second_source": source_key(b),
        "second_agency": b.agency,
        "second_date": uk_date(b),
        "second_text": b.event_text or b.event_type,
    }
