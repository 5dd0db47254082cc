"""The chronology table's columns and paging, and one event's every account: what the
Chronology page sends to AG Grid (plain functions, for the page's callbacks and the tests)."""

from __future__ import annotations

from typing import Any

from dash import html

from chronology.dates import ParsedDate, format_uk
from chronology.labels import plain_reason
from dashboard.access import presentation_mode
from dashboard.anonymise import ctx_of, event_ctx
from dashboard.case import CaseData
from dashboard.timeline import (
    RESTRICTED_COLUMNS,
    agency_label,
    case_agencies,
    category_label,
    lane_colours,
    uk_date,
)

PRESENTATION_SCALE = 1.35
ROWS_PER_PAGE = 200  # rows the server sends at a time (each grows to its text)
COLUMNS: tuple[tuple[str, str, int, bool], ...] = (
    # field, heading, width, wraps
    ("date", "Date", 112, False),
    ("time", "Time", 72, False),
    ("age", "Child's age", 100, True),
    ("agencies", "Agencies", 150, True),
    ("category", "Category", 160, True),
    ("key", "Significance", 112, True),
    ("text", "What happened", 0, True),
    ("sources", "Source rows", 180, True),
)
DEFAULT_COLUMN: dict[str, Any] = {
    "resizable": True,
    "sortable": True,
    # The server sorts every filtered event and sends a page in that order; the grid only
    # shows the arrow and keeps the order it was given (cspr.js, csprServerOrder).
    "comparator": {"function": "csprServerOrder"},
    "wrapHeaderText": True,
    "autoHeaderHeight": True,
}


def column_defs(anonymised: bool, presentation: bool = False) -> list[dict[str, Any]]:
    scale = PRESENTATION_SCALE if presentation else 1.0
    columns: list[dict[str, Any]] = []
    for field, heading, width, wraps in COLUMNS:
        if field in RESTRICTED_COLUMNS and anonymised:
            continue
        column: dict[str, Any] = {
            "field": field,
            "headerName": heading,
            "wrapText": wraps,
            "autoHeight": wraps,
            "cellClass": "chr-wrap" if wraps else "chr-nowrap",
        }
        if field == "text":
            column.update(flex=1, minWidth=round(320 * scale))
        else:
            column["width"] = round(width * scale)
        columns.append(column)
    return columns


def grid_options(presentation: bool) -> dict[str, Any]:
    return {
        "rowSelection": {
            "mode": "singleRow",
            "checkboxes": False,
            "enableClickSelection": True,
        },
        "rowBuffer": 10,
        # A row's least height (one line); rows with more text grow to hold all of it.
        "rowHeight": 44 if presentation else 34,
        # A new page replaces the rows at once (animated rows linger, fading, for a moment).
        "animateRows": False,
        "localeText": {
            "noRowsToShow": "No events match these filters",
            "loadingOoo": "Loading the events…",
        },
    }


def whole(value: Any, default: int) -> int:
    try:
        return max(0, int(value))
    except (TypeError, ValueError):
        return default


def sort_model(request: Any) -> list[dict[str, str]]:
    """The table's sort as the browser asked for it (column id and direction only)."""
    found = request.get("sortModel") if isinstance(request, dict) else None
    return [
        {"colId": str(s.get("colId", "")), "sort": "desc" if s.get("sort") == "desc" else "asc"}
        for s in (found if isinstance(found, list) else [])
        if isinstance(s, dict)
    ]


def event_detail(case: CaseData, event_id: str, anonymised: bool) -> list[Any]:
    """Every agency's original account of one event, with where it came from."""
    event = case.event(event_id)
    if event is None:
        return [html.P("That event is not in this chronology any more.")]

    def words(value: str, ctx: Any = None) -> str:
        return case.anonymiser.text(value, ctx) if anonymised else value

    def agency(name: str) -> str:
        return agency_label(case, name, anonymised)

    colours = lane_colours(case_agencies(case, anonymised), presentation_mode())
    ctx = event_ctx(event)
    when = uk_date(event) + (f" at {event.time:%H:%M}" if event.time else "")
    facts = [
        ("Date", when),
        ("Child's age", event.age or "not known"),
        ("Agencies", ", ".join(agency(a) for a in event.agencies)),
        ("Category", ", ".join(category_label(c) for c in event.classification.categories)),
        ("Why", plain_reason(words(event.category_reason, ctx))),
    ]
    if event.merge_reasons:
        facts.append(("Merged because", words("; ".join(event.merge_reasons), ctx)))
    items: list[Any] = [
        html.H2(f"{uk_date(event)} · {', '.join(agency(a) for a in event.agencies)}"),
        html.Dl(className="kv", children=[x for k, v in facts for x in (html.Dt(k), html.Dd(v))]),
        html.H3(f"Each agency's account ({len(event.sources)})"),
    ]
    for source in event.sources:
        here = ctx_of(source)
        written = format_uk(ParsedDate(source.date, source.date_precision))
        if anonymised:
            where = f"{agency(source.agency)}, row {source.source.row}"
        else:
            where = source.source.describe()
        body: list[Any] = [
            html.Div(
                [
                    html.Strong(agency(source.agency)),
                    f" · {written}"
                    + (f" {source.time:%H:%M}" if source.time else "")
                    + (
                        f" (written '{source.date_as_written}')"
                        if source.date_as_written and not anonymised
                        else ""
                    ),
                ],
            ),
        ]
        if source.event_type:
            body.append(html.Div([html.Em("Type: "), words(source.event_type, here)]))
        body.append(html.P(words(source.event_text, here)))
        if source.outcome:
            body.append(html.Div([html.Em("Outcome: "), words(source.outcome, here)]))
        if source.significance:
            body.append(html.Div([html.Em("Significance: "), words(source.significance, here)]))
        if not anonymised:
            if source.practitioner:
                body.append(html.Div([html.Em("Practitioner: "), source.practitioner]))
            if source.reference:
                body.append(html.Div([html.Em("Reference: "), source.reference]))
            for key, value in source.extra.items():
                body.append(html.Div([html.Em(f"{key}: "), value]))
        if source.warnings:
            body.append(html.Div([html.Em("Warnings: "), words("; ".join(source.warnings), here)]))
        body.append(html.Div(where, className="where"))
        items.append(
            html.Div(
                body,
                className="source",
                style={"borderLeftColor": colours.get(source.agency, "#999999")},
            )
        )
    return items
