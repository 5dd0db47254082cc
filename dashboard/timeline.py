"""The chronology page's server-side work as plain functions: filtering, the swimlane figure
(one lane per agency, WebGL markers, symbol by key-event category, the child's age on a second
axis, quiet periods shaded) and the table's rows. No Dash import: the page module wires these.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from chronology.agencies import OTHER_SECTOR, sector_of, sectors
from chronology.classify import LABELS, NOT_KEY_EVENT
from chronology.colours import agency_colours
from chronology.dates import ParsedDate, format_uk
from chronology.integrate import IntegratedEvent
from chronology.labels import category_group, category_words, load_labels
from chronology.schema import Event
from dashboard.anonymise import event_ctx
from dashboard.case import CaseData

GAP_DAYS = 42  # six weeks with no agency recording anything is shaded
MAX_GAPS = 30
HOVER_CHARS_SMALL, HOVER_CHARS_LARGE, LARGE = 220, 70, 3000

# Okabe–Ito, darkest first, for the shared screen: every colour is outlined in black too.
HIGH_CONTRAST = [
    "#0072B2",
    "#D55E00",
    "#009E73",
    "#CC79A7",
    "#E69F00",
    "#56B4E9",
    "#000000",
    "#F0E442",
]
# One shape per category group (rules/labels.toml), so the legend is short enough to read
# whole: colour says the agency, shape the kind of event; not key events are open circles.
GROUP_SYMBOLS = [
    "diamond",
    "square",
    "triangle-up",
    "star",
    "cross",
    "hexagon",
    "x",
]
# plotly's symbol numbers (shorter than names in a 20,000-point payload); +100 is "open".
SYMBOL_NUMBER = {
    "circle": 0,
    "square": 1,
    "diamond": 2,
    "cross": 3,
    "x": 4,
    "triangle-up": 5,
    "hexagon": 14,
    "star": 17,
    "circle-open": 100,
}


def _group_symbols() -> dict[str, str]:
    groups = [g for g in load_labels().groups if g != category_group(NOT_KEY_EVENT)]
    found = {g: GROUP_SYMBOLS[i % len(GROUP_SYMBOLS)] for i, g in enumerate(groups)}
    found[category_group(NOT_KEY_EVENT)] = "circle-open"
    return found


GROUP_SYMBOL = _group_symbols()
CATEGORY_SYMBOL = {label: GROUP_SYMBOL[category_group(label)] for label in LABELS}


def category_label(label: str) -> str:
    """A category in words (rules/labels.toml), never the internal label."""
    return category_words(label)


@dataclass(frozen=True)
class Filters:
    agencies: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    # "" every event; "key": critical and key events (the panel's list); "critical": only those
    tier: str = ""
    start: dt.date | None = None
    end: dt.date | None = None
    person: str | None = None  # a person id of the family workbook
    text: str = ""
    sectors: tuple[str, ...] = ()  # Health, Police...: public words, safe in any view

    @classmethod
    def from_inputs(
        cls,
        agencies: Sequence[str] | None,
        categories: Sequence[str] | None,
        tier: Sequence[str] | str | bool | None,
        start: str | None,
        end: str | None,
        person: str | None,
        text: str | None,
    ) -> Filters:
        return cls(
            tuple(agencies or ()),
            tuple(categories or ()),
            tier_choice(tier),
            _iso(start),
            _iso(end),
            person or None,
            (text or "").strip().lower(),
        )


TIER_CHOICES = {"": "All events", "key": "Critical and key", "critical": "Critical only"}
SHOWN_TIERS = {"": None, "key": {"critical", "key"}, "critical": {"critical"}}


def tier_choice(value: Sequence[str] | str | bool | None) -> str:
    """The tier filter from the browser: a choice of TIER_CHOICES (a list or True from an
    older "key events only" tick means "key"); anything else shows every event."""
    if isinstance(value, str):
        return value if value in TIER_CHOICES else ""
    if value is True or (isinstance(value, list | tuple) and "key" in value):
        return "key"
    return ""


def _iso(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def filter_events(case: CaseData, filters: Filters, anonymised: bool) -> list[int]:
    """Indices of the events that pass every filter, in date order."""
    agencies = set(filters.agencies)
    if anonymised and agencies:
        # The browser holds labels ("Agency 1") only; a real name sent back matches nothing,
        # so the filter cannot be used to test a guess.
        agencies = {a for a in map(case.anonymiser.agency_named, agencies) if a is not None}
        if not agencies:
            return []
    categories = set(filters.categories)
    sectors = set(filters.sectors)
    words = filters.text.split()
    chosen = []
    for index, facts in enumerate(case.facts):
        event = facts.event
        if agencies and agencies.isdisjoint(event.agencies):
            continue
        if sectors and sectors.isdisjoint(event.sectors):
            continue
        if categories and categories.isdisjoint(event.classification.categories):
            continue
        shown = SHOWN_TIERS.get(filters.tier)
        if shown is not None and event.classification.tier not in shown:
            continue
        if filters.start and event.date < filters.start:
            continue
        if filters.end and event.date > filters.end:
            continue
        if filters.person and filters.person not in facts.people:
            continue
        if words:
            haystack = facts.search_anonymised if anonymised else facts.search
            if not all(word in haystack for word in words):
                continue
        chosen.append(index)
    return chosen


def uk_date(event: IntegratedEvent) -> str:
    return format_uk(ParsedDate(event.date, event.date_precision))  # type: ignore[arg-type]


def lane_colours(agencies: Sequence[str], presentation: bool) -> dict[str, str]:
    if presentation:
        return {a: HIGH_CONTRAST[i % len(HIGH_CONTRAST)] for i, a in enumerate(agencies)}
    return agency_colours(agencies)


def case_agencies(case: CaseData, anonymised: bool = False) -> list[str]:
    """The case's organisations in lane order, grouped by sector (Health's services side by
    side); within a sector by name, or by the label shown when anonymised (the order of the
    hidden names would say something about them)."""
    agencies = {a for e in case.events for a in e.agencies}
    order = {name: i for i, name in enumerate(sectors())}

    def group(agency: str) -> int:
        return order.get(sector_of(agency), len(order))

    if anonymised:
        return sorted(agencies, key=lambda a: (group(a), case.anonymiser.agency(a), a))
    return sorted(agencies, key=lambda a: (group(a), a))


def case_sectors(case: CaseData) -> list[str]:
    """The sectors of the case's organisations, in the panel's order."""
    present = {s for e in case.events for s in e.sectors}
    return [s for s in (*sectors(), OTHER_SECTOR) if s in present]


def agency_label(case: CaseData, agency: str, anonymised: bool) -> str:
    """An agency's name as shown: a label from a file name or an agency column is neutral
    ("Agency 1") when anonymised, until a person confirms the agency (see
    `anonymise.agencies.agency_labels`)."""
    return case.anonymiser.agency(agency) if anonymised else agency


def quiet_periods(case: CaseData, min_days: int = GAP_DAYS) -> list[tuple[dt.date, dt.date]]:
    """Stretches of at least `min_days` with no event from any agency, longest first."""
    days = sorted({e.date for e in case.events})
    gaps = [(a, b) for a, b in itertools.pairwise(days) if (b - a).days >= min_days]
    gaps.sort(key=lambda g: (g[0] - g[1]).days)
    return sorted(gaps[:MAX_GAPS])


def _short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def hover_parts(
    case: CaseData, event: IntegratedEvent, anonymised: bool, limit: int
) -> tuple[str, str, str]:
    """When, category and text for the hover; markup lives in the trace's hovertemplate, so
    20,000 points do not each carry (JSON-escaped) HTML tags."""
    shown = case.anonymiser.text(event.event_text, event_ctx(event)) if anonymised else None
    text = _escape(_short(event.event_text if shown is None else shown, limit))
    if len(event.sources) > 1:
        text += f" (+{len(event.sources) - 1} more accounts)"
    when = uk_date(event) + (f" {event.time:%H:%M}" if event.time else "")
    return when, category_label(event.classification.category), text


def _points(
    case: CaseData, anonymised: bool, limit: int, indices: Sequence[int]
) -> list[tuple[Any, ...] | None]:
    """Each event's points, one per agency that recorded it: (agency, where, key event?, x,
    symbol, customdata), worked out once per case and mode (a filter of 18,000 events spent
    most of its time redoing this)."""
    found = case.points.setdefault((anonymised, limit), [None] * len(case.events))
    for index in indices:
        if found[index] is None:
            event = case.events[index]
            hover = hover_parts(case, event, anonymised, limit)
            shape = CATEGORY_SYMBOL.get(event.classification.category, "circle")
            symbol = SYMBOL_NUMBER.get(shape, 0)
            x = event.date.isoformat()
            rows = []
            for agency in event.agencies:
                source = next(s for s in event.sources if s.agency == agency)
                where = _where(case, source, anonymised)
                data = [event.event_id, *hover, source.source.row]
                rows.append((agency, where, event.classification.is_key_event, x, symbol, data))
            found[index] = tuple(rows)
    return found


HOVER_TEMPLATE = (
    "<b>%{customdata[1]}</b> · %{customdata[2]}<br>%{customdata[3]}"
    "<br><i>row %{customdata[4]} · %{meta}</i>"
)


def _where(case: CaseData, source: Event, anonymised: bool) -> str:
    if anonymised:
        return _escape(agency_label(case, source.agency, True))
    sheet = f", sheet '{source.source.sheet}'" if source.source.sheet else ""
    return _escape(f"{source.source.file}{sheet}")


def age_ticks(birth: dt.date, start: dt.date, end: dt.date) -> tuple[list[str], list[str]]:
    values, labels = [], []
    for year in range(max(birth.year, start.year - 1), end.year + 2):
        try:
            day = birth.replace(year=year)
        except ValueError:
            day = dt.date(year, 3, 1)
        age = year - birth.year
        values.append(day.isoformat())
        labels.append("birth" if age == 0 else f"age {age}")
    return values, labels


def timeline_figure(
    case: CaseData,
    indices: Sequence[int],
    anonymised: bool,
    presentation: bool,
    selected: str | None = None,
) -> dict[str, Any]:
    """The swimlane figure as a plain dict (no validation pass: 20,000 points stay fast)."""
    lanes = case_agencies(case, anonymised)
    lane_of = {a: i for i, a in enumerate(lanes)}
    colours = lane_colours(lanes, presentation)

    def lane_label(agency: str) -> str:
        """An agency's name as shown, escaped for plotly (see `agency_label`)."""
        return _escape(agency_label(case, agency, anonymised))

    limit = HOVER_CHARS_LARGE if len(indices) > LARGE else HOVER_CHARS_SMALL
    points = _points(case, anonymised, limit, indices)
    # One trace per agency and source file/sheet: the file is said once, in the trace's meta.
    # Events that are not key events get a trace of their own with open circles (WebGL
    # markers cannot mix open and filled symbols in one array).
    groups: dict[tuple[str, str, bool], dict[str, list[Any]]] = {}
    used_categories = {case.events[index].classification.category for index in indices}
    for index in indices:
        rows = points[index]
        assert rows is not None
        for agency, where, key, x, symbol, data in rows:
            lane = groups.get((agency, where, key))
            if lane is None:
                lane = groups[(agency, where, key)] = {"x": [], "y": [], "s": [], "id": []}
            lane["x"].append(x)
            lane["y"].append(lane_of[agency])
            lane["s"].append(symbol)
            lane["id"].append(data)
    size = 18 if presentation else 11
    font = 20 if presentation else 13
    # The selection ring is trace 0, so a click can patch it without resending the points.
    traces: list[dict[str, Any]] = [selected_trace(case, selected, lane_of, anonymised)]
    # The legend: one plain entry per agency (its colour, a circle: the points' shapes mean
    # the kind of event, not the agency), then one per category group used. A legend entry
    # toggles every trace of its group.
    for number, agency in enumerate(lanes):
        traces.append(
            _legend_entry(
                lane_label(agency),
                lane_label(agency),
                "Agency" if number == 0 else None,
                {"symbol": "circle", "color": colours[agency], "size": size},
                presentation,
            )
        )
    order = sorted(groups.items(), key=lambda g: (lane_of[g[0][0]], g[0][1], not g[0][2]))
    for (agency, where, key), lane in order:
        traces.append(
            {
                "type": "scattergl",
                "mode": "markers",
                "name": lane_label(agency),
                "legendgroup": lane_label(agency),
                "showlegend": False,
                "meta": where,
                "x": lane["x"],
                "y": lane["y"],
                "customdata": lane["id"],  # [event id, when, category, text, row]
                "hovertemplate": HOVER_TEMPLATE + "<extra>" + lane_label(agency) + "</extra>",
                "marker": {
                    "color": colours[agency],
                    "symbol": lane["s"] if key else "circle-open",
                    "size": size,
                    "line": {"color": "#000000", "width": 1.5 if presentation else 1},
                },
            }
        )
    used_groups = {category_group(label) for label in used_categories}
    first = True
    for group in load_labels().groups:
        if group not in used_groups:
            continue
        traces.append(
            _legend_entry(
                group,
                "category:" + group,
                "Kind of event (shape)" if first else None,
                {"symbol": GROUP_SYMBOL[group], "color": "#555555", "size": size},
                presentation,
            )
        )
        first = False
    legend_names = [lane_label(a) for a in lanes] + [t["name"] for t in traces[-len(used_groups) :]]
    legend_height = _legend_height(legend_names, font)
    span = (case.events[-1].date - case.events[0].date).days if case.events else 0

    def wide(a: dt.date, b: dt.date) -> bool:  # room for the label
        return (b - a).days >= max(60, span * 0.05)

    shapes = [
        {
            "type": "rect",
            "xref": "x",
            "yref": "paper",
            "x0": a.isoformat(),
            "x1": b.isoformat(),
            "y0": 0,
            "y1": 1,
            "fillcolor": "rgba(120,120,120,0.18)",
            "line": {"width": 0},
            "layer": "below",
            "label": {
                "text": f"no agency involvement: {(b - a).days} days" if wide(a, b) else "",
                "textposition": "top center",
                "font": {"size": font - 3, "color": "#333333"},
            },
        }
        for a, b in quiet_periods(case)
    ]
    layout: dict[str, Any] = {
        "uirevision": f"review-{case.review_id}",
        "height": max(360, 80 + 52 * len(lanes)) + (80 if presentation else 0) + legend_height,
        "margin": {"l": 10, "r": 10, "t": 60 + legend_height, "b": 10},
        "font": {"size": font, "color": "#111111"},
        "plot_bgcolor": "#ffffff",
        "paper_bgcolor": "#ffffff",
        "hovermode": "closest",
        "hoverlabel": {"font": {"size": font}, "align": "left"},
        "clickmode": "event",
        # Above the lanes, across the page: every entry visible without scrolling.
        "legend": {
            "groupclick": "togglegroup",
            "orientation": "h",
            "xref": "container",
            "x": 0.01,
            "xanchor": "left",
            "yref": "container",
            "y": 1,
            "yanchor": "top",
            "font": {"size": font},
            "tracegroupgap": 6,
        },
        "xaxis": {
            "type": "date",
            "rangeslider": {"visible": True, "thickness": 0.08},
            "showgrid": True,
            "gridcolor": "#dddddd",
            # Month numbers when anonymised: a month's name can be someone's name (May, June).
            "tickformat": "%m/%Y" if anonymised else "%b %Y",
        },
        "yaxis": {
            "tickvals": list(range(len(lanes))),
            # The sector in brackets where it says more than the name ("GP (Health)").
            "ticktext": [
                lane_label(lane)
                if sector_of(lane) == lane_label(lane)
                else f"{lane_label(lane)} ({sector_of(lane)})"
                for lane in lanes
            ],
            "range": [-0.6, len(lanes) - 0.4],
            "fixedrange": True,
            "automargin": True,
            "zeroline": False,
            "gridcolor": "#eeeeee",
        },
        "shapes": shapes,
    }
    birth = case.subject_birth
    if birth and case.events:
        earliest, latest = case.events[0].date, case.events[-1].date
        values, labels = age_ticks(birth, earliest, latest)
        layout["xaxis2"] = {
            "type": "date",
            "overlaying": "x",
            "matches": "x",
            "side": "top",
            "tickvals": values,
            "ticktext": labels,
            "showgrid": False,
            "title": {"text": "Subject child's age", "standoff": 2},
        }
        traces.append(
            {
                "type": "scatter",
                "x": [],
                "y": [],
                "xaxis": "x2",
                "showlegend": False,
                "hoverinfo": "skip",
            }
        )
    return {"data": traces, "layout": layout}


LEGEND_WIDTH = 1240  # pixels the legend is assumed to have: a laptop's figure is wider


def _legend_height(names: Sequence[str], font: int) -> int:
    """Room above the lanes for a horizontal legend of these entries (and two group titles),
    wrapped at LEGEND_WIDTH: a generous estimate, as plotly does not report the legend's size."""
    widths = [round(len(name) * font * 0.62) + 3 * font for name in names] + [12 * font] * 2
    rows, used = 1, 0
    for width in widths:
        if used and used + width > LEGEND_WIDTH:
            rows, used = rows + 1, 0
        used += width
    return rows * round(font * 1.9) + 8


def _legend_entry(
    name: str,
    group: str,
    title: str | None,
    marker: dict[str, Any],
    presentation: bool,
) -> dict[str, Any]:
    """A legend entry with no points of its own."""
    entry: dict[str, Any] = {
        "type": "scatter",
        "mode": "markers",
        "x": [None],
        "y": [None],
        "name": name,
        "legendgroup": group,
        "showlegend": True,
        "hoverinfo": "skip",
        "marker": {**marker, "line": {"color": "#000000", "width": 1.5 if presentation else 1}},
    }
    if title:
        entry["legendgrouptitle"] = {"text": title}
    return entry


def selected_trace(
    case: CaseData,
    selected: str | None,
    lane_of: dict[str, int] | None = None,
    anonymised: bool = False,
) -> dict[str, Any]:
    """A ring around the selected event in every lane it appears in."""
    lane_of = lane_of or {a: i for i, a in enumerate(case_agencies(case, anonymised))}
    event = case.event(selected) if selected else None
    xs, ys = [], []
    if event is not None:
        for agency in event.agencies:
            xs.append(event.date.isoformat())
            ys.append(lane_of[agency])
    return {
        "type": "scatter",
        "mode": "markers",
        "name": "Selected",
        "showlegend": False,
        "x": xs,
        "y": ys,
        "hoverinfo": "skip",
        "marker": {"symbol": "circle-open", "size": 26, "color": "#000000", "line": {"width": 3}},
    }


GRID_COLUMNS = ("date", "time", "age", "agencies", "category", "key", "text", "sources")
RESTRICTED_COLUMNS = ("sources",)  # hidden when anonymised: file and sheet names


def grid_row(case: CaseData, event: IntegratedEvent, anonymised: bool) -> dict[str, Any]:
    text = case.anonymiser.text(event.event_text, event_ctx(event)) if anonymised else None
    row = {
        "id": event.event_id,
        "date": uk_date(event),
        "sort_date": event.date.isoformat(),
        "time": event.time.strftime("%H:%M") if event.time else "",
        "age": event.age,
        "agencies": ", ".join(agency_label(case, a, anonymised) for a in event.agencies),
        "category": category_label(event.classification.category),
        "key": event.classification.tier.capitalize(),
        # The whole text, every word: the table's rows grow to hold it.
        "text": " ".join((event.event_text if text is None else text).split()),
    }
    if not anonymised:
        row["sources"] = "; ".join(s.source.describe() for s in event.sources)
    return row


TIER_ORDER = {"critical": 0, "key": 1, "background": 2}

SORTABLE = {
    "date": lambda e: (e.date, e.time or dt.time(23, 59)),
    "time": lambda e: e.time or dt.time(23, 59),
    "agencies": lambda e: e.agencies,
    "category": lambda e: e.classification.category,
    "key": lambda e: TIER_ORDER.get(e.classification.tier, 3),
    "text": lambda e: e.event_text.lower(),
    "age": lambda e: e.date,
}


def grid_order(
    case: CaseData,
    indices: Sequence[int],
    anonymised: bool,
    sort_model: Sequence[dict[str, str]] | None = None,
) -> list[int]:
    """The filtered events in the table's order (its sort model, else date order)."""
    order = list(indices)
    for sort in reversed(list(sort_model or [])):
        if not isinstance(sort, dict):
            continue
        column = sort.get("colId", "")
        key = SORTABLE.get(column)
        if column == "text" and anonymised:
            # Sort by what is shown: the order of the original text would reveal its first
            # words (often a name) to someone who may only see it anonymised.
            key = lambda e: case.anonymiser.text(e.event_text, event_ctx(e)).lower()  # noqa: E731
        elif column == "agencies" and anonymised:
            key = lambda e: [agency_label(case, a, True) for a in e.agencies]  # noqa: E731
        if key is not None:
            ranks = {i: key(case.events[i]) for i in order}  # each event's key, as sort makes
            order.sort(key=ranks.__getitem__, reverse=sort.get("sort") == "desc")
    return order


def grid_block(
    case: CaseData,
    indices: Sequence[int],
    anonymised: bool,
    start: int,
    end: int,
    sort_model: Sequence[dict[str, str]] | None = None,
) -> dict[str, Any]:
    """Rows `start`..`end` of the filtered table (one page of the table)."""
    order = grid_order(case, indices, anonymised, sort_model)
    start, end = max(0, int(start)), max(0, int(end))
    rows = [grid_row(case, case.events[i], anonymised) for i in order[start:end]]
    return {"rowData": rows, "rowCount": len(order)}


# ------------------------------------------------------------------ the timeline by keyboard

MOVES = ("first", "previous", "next", "last")


def step_event(indices: Sequence[int], current: int | None, move: str) -> int | None:
    """The event a keyboard move on the timeline lands on: `indices` are the events in view
    (date order, as the timeline reads left to right), `current` the index of the highlighted
    event (None: none yet; it may have been filtered out since). Next from nothing is the
    first event, previous from nothing the last; the ends stay where they are."""
    if not indices:
        return None
    if move == "first" or (move == "next" and current is None):
        return indices[0]
    if move == "last" or (move == "previous" and current is None):
        return indices[-1]
    assert current is not None
    if move == "next":
        place = bisect.bisect_right(indices, current)
        return indices[min(place, len(indices) - 1)]
    if move == "previous":
        place = bisect.bisect_left(indices, current) - 1
        return indices[max(place, 0)]
    return current if current in set(indices) else None


def event_said(case: CaseData, index: int, indices: Sequence[int], anonymised: bool) -> str:
    """A highlighted timeline event in words, for its status line (a screen reader says it):
    where it is among the events in view, its date, agencies, category and how it begins."""
    event = case.events[index]
    place = bisect.bisect_left(indices, index)
    where = (
        f"Event {place + 1:,} of {len(indices):,} on the timeline"
        if place < len(indices) and indices[place] == index
        else "An event no longer shown"
    )
    when = uk_date(event) + (f" {event.time:%H:%M}" if event.time else "")
    agencies = ", ".join(agency_label(case, a, anonymised) for a in event.agencies)
    text = case.anonymiser.text(event.event_text, event_ctx(event)) if anonymised else None
    start = _short(event.event_text if text is None else text, 120)
    category = category_label(event.classification.category)
    return f"{where}: {when} · {agencies} · {category}. {start}"
