"""Chronology: the integrated chronology as a swimlane timeline linked to a table.

Click a point to select its row (and see every agency's account); click a row to ring its
points. By keyboard, the timeline's Previous/Next buttons (or the arrow keys, Home and End
while the timeline has focus) move a ring from event to event and Enter opens it.

The table shows the filtered events a page at a time: the server filters and sorts, and sends
one page of rows (ROWS_PER_PAGE) into AG Grid's client-side row model, where rows grow to
their text (`autoHeight`), so every word of every row can be read in the table. A 20,000
event chronology never ships whole to the browser. The request and response keep the shape
of AG Grid's infinite row model (`getRowsRequest` -> `getRowsResponse`, with `startRow`,
`endRow` and `sortModel`); dashboard/assets/cspr.js asks for pages and shows them. Filters
redraw the figure with the same `uirevision`, so the zoom stays where the reviewer put it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

import dash
import dash_ag_grid as dag
from dash import (
    ClientsideFunction,
    Input,
    NoUpdate,
    Output,
    Patch,
    State,
    callback,
    clientside_callback,
    ctx,
    dcc,
    html,
    no_update,
)

from chronology.classify import LABELS
from dashboard.access import (
    anonymised_view,
    audit_view,
    context,
    db,
    guarded,
    presentation_mode,
    require,
)
from dashboard.access import require_review as review_for
from dashboard.case import CaseData, load_case, served_previous
from dashboard.event_table import (
    DEFAULT_COLUMN,
    ROWS_PER_PAGE,
    column_defs,
    event_detail,
    grid_options,
    sort_model,
    whole,
)
from dashboard.ids import Chronology as ID
from dashboard.shell import REVIEW_ID, SHELL_MODE, not_permitted, page_user
from dashboard.timeline import (
    MOVES,
    TIER_CHOICES,
    Filters,
    agency_label,
    case_agencies,
    case_sectors,
    category_label,
    event_said,
    filter_events,
    grid_block,
    grid_order,
    selected_trace,
    step_event,
    timeline_figure,
)

FILTER_INPUTS = (
    Input(ID.AGENCY, "value"),
    Input(ID.CATEGORY, "value"),
    Input(ID.KEY, "value"),
    Input(ID.DATES, "start_date"),
    Input(ID.DATES, "end_date"),
    Input(ID.PERSON, "value"),
    Input(ID.TEXT, "value"),
    Input(ID.SECTOR, "value"),
)
FILTER_STATES = tuple(State(i.component_id, i.component_property) for i in FILTER_INPUTS)


def layout(**_: Any) -> html.Div:
    if page_user("chronology.view") is None:
        return not_permitted()
    return html.Div(
        [
            html.H1("Integrated chronology"),
            html.A(
                "Skip to the table",
                href="#chr-grid",
                className="skip-inline",
                # data-*/aria-* props reach Dash through **kwargs; its typed props reject a dict
                **{"data-focus-grid": ID.GRID},  # type: ignore[arg-type]
            ),
            html.Div(
                className="filters",
                children=[
                    html.Label(
                        [
                            "Agency",
                            dcc.Dropdown(id=ID.AGENCY, multi=True, placeholder="All agencies"),
                        ]
                    ),
                    html.Label(
                        [
                            "Sector",
                            dcc.Dropdown(id=ID.SECTOR, multi=True, placeholder="All sectors"),
                        ]
                    ),
                    html.Label(
                        [
                            "Key-event category",
                            dcc.Dropdown(id=ID.CATEGORY, multi=True, placeholder="All categories"),
                        ]
                    ),
                    html.Label(["Person", dcc.Dropdown(id=ID.PERSON, placeholder="Anyone")]),
                    html.Label(
                        [
                            "Dates",
                            dcc.DatePickerRange(
                                id=ID.DATES,
                                display_format="DD/MM/YYYY",
                                clearable=True,
                                start_date_placeholder_text="From",
                                end_date_placeholder_text="To",
                                first_day_of_week=1,
                            ),
                        ]
                    ),
                    html.Label(
                        [
                            "Search text",
                            dcc.Input(
                                id=ID.TEXT,
                                type="search",
                                debounce=True,
                                placeholder="Words in any agency's text",
                            ),
                        ]
                    ),
                    html.Div(
                        [
                            html.Label("Significance", htmlFor=ID.KEY),
                            dcc.RadioItems(
                                id=ID.KEY,
                                options=[
                                    {"label": f" {words}", "value": value}
                                    for value, words in TIER_CHOICES.items()
                                ],
                                value="",
                                inline=True,
                            ),
                        ]
                    ),
                ],
            ),
            html.P(id=ID.SUMMARY, className="hint", role="status"),
            html.Div(
                id=ID.TL_BOX,
                className="tl-box",
                tabIndex="0",
                role="group",
                **{  # type: ignore[arg-type]  # aria-* reach Dash through **kwargs
                    "aria-label": "Timeline of events",
                    "aria-describedby": ID.TL_HELP,
                },
                children=dcc.Loading(
                    dcc.Graph(
                        id=ID.TIMELINE,
                        config={
                            "displaylogo": False,
                            "scrollZoom": False,
                            "modeBarButtonsToRemove": ["toImage", "lasso2d", "select2d"],
                        },
                    ),
                    type="dot",
                    delay_show=400,
                ),
            ),
            html.Div(
                className="tl-keys",
                children=[
                    html.Button(
                        "◀ Previous event",
                        id=ID.TL_PREV,
                        className="secondary",
                        title="Left arrow when the timeline has focus",
                    ),
                    html.Button(
                        "Next event ▶",
                        id=ID.TL_NEXT,
                        className="secondary",
                        title="Right arrow when the timeline has focus",
                    ),
                    html.Button(
                        "Open this event",
                        id=ID.TL_OPEN,
                        className="secondary",
                        title="Enter when the timeline has focus",
                    ),
                    html.Span(
                        "Keyboard: focus the timeline and use the arrow keys (Home, End: first "
                        "and last event) to move the ring from event to event; Enter opens it.",
                        id=ID.TL_HELP,
                        className="hint",
                    ),
                    html.P(id=ID.TL_STATUS, className="tl-status", role="status"),
                ],
            ),
            html.Div(
                className="wide-narrow",
                children=[
                    html.Div(
                        className="grid-box",
                        children=[
                            html.Div(
                                className="pager",
                                role="group",
                                **{  # type: ignore[arg-type]
                                    "aria-label": "Pages of the table",
                                    "data-rows": str(ROWS_PER_PAGE),  # cspr.js reads it
                                },
                                children=[
                                    html.Button("« First", id=ID.PAGE_FIRST, className="secondary"),
                                    html.Button(
                                        f"‹ Previous {ROWS_PER_PAGE}",
                                        id=ID.PAGE_PREV,
                                        className="secondary",
                                    ),
                                    html.Span(
                                        id=ID.PAGE_STATUS,
                                        className="pager-status",
                                        role="status",
                                    ),
                                    html.Button(
                                        f"Next {ROWS_PER_PAGE} ›",
                                        id=ID.PAGE_NEXT,
                                        className="secondary",
                                    ),
                                    html.Button("Last »", id=ID.PAGE_LAST, className="secondary"),
                                ],
                            ),
                            dag.AgGrid(
                                id=ID.GRID,
                                rowModelType="clientSide",
                                rowData=None,  # the loading overlay until a page comes
                                getRowId="params.data.id",
                                columnDefs=column_defs(False),
                                defaultColDef=DEFAULT_COLUMN,
                                dashGridOptions=grid_options(False),
                                style={"height": "max(460px, calc(100vh - 150px))"},
                                className="ag-theme-quartz",
                            ),
                        ],
                    ),
                    html.Section(
                        id=ID.DETAIL,
                        className="panel",
                        children=html.P("Click a point or a row to see every agency's account."),
                        **{"aria-live": "polite"},  # type: ignore[arg-type]  # as above
                    ),
                ],
            ),
            # On while the page shows the previous build (a file was just added): looks again.
            dcc.Interval(id=ID.REFRESH, interval=2000, disabled=True),
            dcc.Store(id=ID.BUILD),
            dcc.Store(id=ID.SELECTED),
            dcc.Store(id=ID.QUERY),
            dcc.Store(id=ID.ZOOM),
            # The event the timeline's keyboard ring is on (an event id).
            dcc.Store(id=ID.CURSOR),
            # Home/End on the timeline: {"move": "first"|"last", "at": time}.
            dcc.Store(id=ID.TL_KEY),
            # The table page holding an event opened from the timeline: {"startRow", "id"}.
            dcc.Store(id=ID.GOTO),
        ]
    )


# Column widths in pixels at the normal type size; presentation mode's larger type scales them
# (dates and times never wrap mid-number). "What happened" takes the rest of the width. Rows
# grow to their longest cell (`autoHeight`): nothing is cut, every word is in the table.


def _case(review_id: Any, what: str = "chronology", detail: str = "") -> tuple[Any, CaseData]:
    user = require("chronology.view")
    # The view's audit row commits on its own, before the case is built: a write held open
    # through a build kept SQLite's write lock from every other request for its duration.
    with db() as session:
        review = review_for(user, review_id, session)
        audit_view(user, review, what, detail, session)
    with db() as session:
        return user, load_case(session, context().data_dir, int(review_id))


def filter_options(case: CaseData, anonymised: bool) -> dict[str, Any]:
    """Dropdown options, from this case only (people as pseudonyms when anonymised)."""
    people = []
    if case.family is not None:
        # Only an anonymised view waits for the anonymiser (see dashboard.case).
        pseudonyms = case.anonymiser.pseudonyms if anonymised else {}
        for pid, person in case.family.people.items():
            label = (
                pseudonyms.get(pid, pid)
                if anonymised
                else (
                    f"{person.name or pid} ({person.role})" if person.role else person.name or pid
                )
            )
            people.append({"label": label, "value": person_ref(case, pid)})
    present = {c for e in case.events for c in e.classification.categories}
    first = case.events[0].date.isoformat() if case.events else None
    last = case.events[-1].date.isoformat() if case.events else None
    agencies = [agency_label(case, a, anonymised) for a in case_agencies(case, anonymised)]
    return {
        # When anonymised the value is the label too: no hidden name reaches the browser.
        "agencies": [{"label": a, "value": a} for a in agencies],
        "sectors": [{"label": s, "value": s} for s in case_sectors(case)],
        "categories": [{"label": category_label(c), "value": c} for c in LABELS if c in present],
        "people": people,
        "first": first,
        "last": last,
    }


def person_ref(case: CaseData, pid: str) -> str:
    """What the browser holds for a person: a number in workbook order, never an id or name."""
    assert case.family is not None
    return f"person-{list(case.family.people).index(pid) + 1}"


def person_from_ref(case: CaseData, ref: str | None) -> str | None:
    if not ref or case.family is None:
        return None
    people = list(case.family.people)
    try:
        number = int(str(ref).removeprefix("person-"))
    except ValueError:
        return None
    return people[number - 1] if 1 <= number <= len(people) else None


@callback(
    Output(ID.AGENCY, "options"),
    Output(ID.SECTOR, "options"),
    Output(ID.CATEGORY, "options"),
    Output(ID.PERSON, "options"),
    Output(ID.DATES, "min_date_allowed"),
    Output(ID.DATES, "max_date_allowed"),
    Output(ID.GRID, "columnDefs"),
    Output(ID.GRID, "dashGridOptions"),
    Input(REVIEW_ID, "data"),
    Input(SHELL_MODE, "data"),
    Input(ID.BUILD, "data"),
)
@guarded("chronology.view")
def chronology_options(review_id: Any, _mode: Any, _build: Any = None) -> tuple[Any, ...]:
    user, case = _case(review_id)
    anonymised = anonymised_view(user)
    found = filter_options(case, anonymised)
    return (
        found["agencies"],
        found["sectors"],
        found["categories"],
        found["people"],
        found["first"],
        found["last"],
        column_defs(anonymised, presentation_mode()),
        grid_options(presentation_mode()),
    )


def filters_from(case: CaseData, values: tuple[Any, ...], zoom: Any = None) -> Filters:
    """The filters as chosen; `zoom` ([first, last] ISO dates of the timeline's visible range,
    or None) narrows the dates further."""
    agencies, categories, key, start, end, person, text, *rest = values
    filters = Filters.from_inputs(agencies, categories, key, start, end, person, text)
    sectors = rest[0] if rest else None
    first, last = filters.start, filters.end
    seen = zoom_dates(zoom)
    if seen is not None:
        first = max(first, seen[0]) if first else seen[0]
        last = min(last, seen[1]) if last else seen[1]
    return Filters(
        filters.agencies,
        filters.categories,
        filters.tier,
        first,
        last,
        person_from_ref(case, filters.person),
        filters.text,
        tuple(s for s in (sectors or ()) if isinstance(s, str)),
    )


def zoom_dates(zoom: Any) -> tuple[dt.date, dt.date] | None:
    """The zoom store's [first, last] as dates (None: the whole timeline)."""
    if not isinstance(zoom, list | tuple) or len(zoom) != 2:
        return None
    try:
        first, last = (dt.date.fromisoformat(str(day)[:10]) for day in zoom)
    except ValueError:
        return None
    return (first, last) if first <= last else (last, first)


def zoom_from_relayout(relayout: dict[str, Any] | None) -> Any:
    """What a timeline zoom or pan means for the table: the days in view ([first, last] ISO),
    None when the whole range is shown again, `no_update` for other changes (legend, hover)."""
    if not isinstance(relayout, dict):
        return no_update
    for axis in ("xaxis", "xaxis2"):
        if relayout.get(f"{axis}.autorange"):
            return None
        if f"{axis}.range[0]" in relayout and f"{axis}.range[1]" in relayout:
            ends = [relayout[f"{axis}.range[0]"], relayout[f"{axis}.range[1]"]]
        elif isinstance(relayout.get(f"{axis}.range"), list):
            ends = list(relayout[f"{axis}.range"])[:2]
        else:
            continue
        found = zoom_dates(ends)
        return [found[0].isoformat(), found[1].isoformat()] if found else no_update
    return no_update


def chronology_view(
    case: CaseData,
    values: tuple[Any, ...],
    anonymised: bool,
    presentation: bool,
    zoom: Any = None,
) -> tuple[dict[str, Any], str]:
    """The figure and the summary line for the filters (a plain function, for tests and bench).
    The figure keeps every filtered event (its range slider shows the whole span); the summary,
    like the table, counts only the days the timeline is zoomed to."""
    indices = filter_events(case, filters_from(case, values), anonymised)
    figure = timeline_figure(case, indices, anonymised, presentation)
    seen = zoom_dates(zoom)
    if seen is not None:
        indices = filter_events(case, filters_from(case, values, zoom), anonymised)
    agencies = {a for i in indices for a in case.events[i].agencies}
    critical = sum(case.events[i].classification.tier == "critical" for i in indices)
    key = sum(case.events[i].classification.tier == "key" for i in indices)
    summary = (
        f"{len(indices):,} of {len(case.events):,} events shown ({critical:,} critical, "
        f"{key:,} key) from "
        f"{len(agencies)} agencies"
        + (
            f", between {seen[0]:%d/%m/%Y} and {seen[1]:%d/%m/%Y} (the timeline's zoom)"
            if seen
            else ""
        )
        + f"; {len(case.run.integration.possible):,} possible duplicates "
        "await review. Grey bands: six weeks or more with no agency involvement."
    )
    if case.family_error:
        summary += f" Family workbook not read: {case.family_error}"
    return figure, summary


@callback(
    Output(ID.TIMELINE, "figure"),
    Output(ID.SUMMARY, "children"),
    Output(ID.QUERY, "data"),
    Output(ID.REFRESH, "disabled"),
    Output(ID.BUILD, "data"),
    *FILTER_INPUTS,
    Input(REVIEW_ID, "data"),
    Input(SHELL_MODE, "data"),
    Input(ID.REFRESH, "n_intervals"),
    Input(ID.ZOOM, "data"),
    State(ID.BUILD, "data"),
)
@guarded("chronology.view")
def update_chronology(*args: Any) -> tuple[Any, ...]:
    *values, review_id, _mode, _ticks, zoom, build = args
    user, case = _case(review_id)
    previous = served_previous()
    figure: dict[str, Any] | NoUpdate
    figure, summary = chronology_view(
        case, tuple(values), anonymised_view(user), presentation_mode(), zoom
    )
    if ctx.triggered_id == ID.ZOOM:
        figure = no_update  # zooming moves no point: the figure stays as the browser has it
    if previous:
        summary = (
            "The chronology is being merged again with a change just made; this is the "
            "previous version and it will update in a moment. " + summary
        )
    # The store only tells the table to fetch again: a hash, never the filters or any text.
    token = hashlib.sha256(repr((review_id, values, zoom, case.key)).encode()).hexdigest()[:16]
    # Which build is shown (a hash of the database state): a new one refreshes the options.
    built = hashlib.sha256(repr((review_id, case.key)).encode()).hexdigest()[:16]
    return figure, summary, token, not previous, built if built != build else no_update


@callback(
    Output(ID.ZOOM, "data"),
    Input(ID.TIMELINE, "relayoutData"),
    prevent_initial_call=True,
)
@guarded("chronology.view")
def timeline_zoom(relayout: dict[str, Any] | None) -> Any:
    """Zooming or panning the timeline narrows the table and the summary to the days in view."""
    return zoom_from_relayout(relayout)


# Pages of the table: which rows to ask the server for. New filters or zoom: the first page,
# asked for at once (beside the timeline's redraw, not after it); a new build of the case (the
# filters' token changes with nothing else): the first page again; the pager's buttons; a
# sort; an event opened from the timeline on another page ...
clientside_callback(
    ClientsideFunction(namespace="cspr", function_name="askRows"),
    Output(ID.GRID, "getRowsRequest"),
    Input(ID.QUERY, "data"),
    Input(ID.PAGE_FIRST, "n_clicks"),
    Input(ID.PAGE_PREV, "n_clicks"),
    Input(ID.PAGE_NEXT, "n_clicks"),
    Input(ID.PAGE_LAST, "n_clicks"),
    Input(ID.GRID, "columnState"),
    Input(ID.GOTO, "data"),
    *FILTER_INPUTS,
    Input(REVIEW_ID, "data"),
    Input(ID.ZOOM, "data"),
    State(ID.GRID, "getRowsRequest"),
    State(ID.GRID, "getRowsResponse"),
)
# ... and the page the server sent, shown with where it is in the whole.
clientside_callback(
    ClientsideFunction(namespace="cspr", function_name="showRows"),
    Output(ID.GRID, "rowData"),
    Output(ID.PAGE_STATUS, "children"),
    Output(ID.PAGE_FIRST, "disabled"),
    Output(ID.PAGE_PREV, "disabled"),
    Output(ID.PAGE_NEXT, "disabled"),
    Output(ID.PAGE_LAST, "disabled"),
    Input(ID.GRID, "getRowsResponse"),
    State(ID.GRID, "getRowsRequest"),
    prevent_initial_call=True,
)


@callback(
    Output(ID.GRID, "getRowsResponse"),
    Input(ID.GRID, "getRowsRequest"),
    *FILTER_STATES,
    State(REVIEW_ID, "data"),
    State(ID.ZOOM, "data"),
)
@guarded("chronology.view")
def chronology_rows(request: dict[str, Any] | None, *args: Any) -> Any:
    if not request:
        return no_update
    *values, review_id, zoom = args
    user, case = _case(review_id)
    anonymised = anonymised_view(user)
    indices = filter_events(case, filters_from(case, tuple(values), zoom), anonymised)
    start = whole(request.get("startRow"), 0)
    end = whole(request.get("endRow"), start + ROWS_PER_PAGE)
    return grid_block(case, indices, anonymised, start, end, sort_model(request))


@callback(
    Output(ID.SELECTED, "data"),
    Output(ID.DETAIL, "children"),
    Output(ID.TIMELINE, "figure", allow_duplicate=True),
    Output(ID.GRID, "selectedRows"),
    Output(ID.GOTO, "data"),
    Output(ID.CURSOR, "data", allow_duplicate=True),
    Input(ID.TIMELINE, "clickData"),
    Input(ID.GRID, "cellClicked"),
    Input(ID.TL_OPEN, "n_clicks"),
    State(REVIEW_ID, "data"),
    State(ID.ZOOM, "data"),
    State(ID.CURSOR, "data"),
    State(ID.GRID, "getRowsRequest"),
    *FILTER_STATES,
    prevent_initial_call=True,
)
@guarded("chronology.view")
def select_event(
    click: dict[str, Any] | None,
    cell: dict[str, Any] | None,
    _open: Any,
    review_id: Any,
    zoom: Any,
    cursor: Any = None,
    request: Any = None,
    *values: Any,
) -> tuple[Any, ...]:
    """Open an event: a point clicked, a row clicked (or Enter on it), or the event the
    timeline's keyboard ring is on (its Open button or Enter). Its accounts are shown, its
    points ringed and its row selected, on whichever page of the table holds it."""
    event_id = None
    if ctx.triggered_id == ID.TIMELINE and click:
        points = click.get("points") or [{}]
        data = points[0].get("customdata")
        event_id = data[0] if isinstance(data, list) and data else data
    elif ctx.triggered_id == ID.GRID and cell:
        event_id = cell.get("rowId")
    elif ctx.triggered_id == ID.TL_OPEN:
        event_id = cursor
    if not isinstance(event_id, str):
        return (no_update,) * 6
    user, case = _case(review_id, "chronology event", event_id)
    anonymised = anonymised_view(user)
    patched = Patch()
    patched["data"][0] = selected_trace(case, event_id, None, anonymised)
    goto: Any = no_update
    if ctx.triggered_id != ID.GRID:
        # The table's page that holds the event, in the table's order.
        indices = filter_events(case, filters_from(case, tuple(values), zoom), anonymised)
        order = grid_order(case, indices, anonymised, sort_model(request))
        place = next((n for n, i in enumerate(order) if case.events[i].event_id == event_id), None)
        if place is not None:
            goto = {"startRow": place - place % ROWS_PER_PAGE, "id": event_id}
    return (
        event_id,
        event_detail(case, event_id, anonymised),
        patched,
        {"ids": [event_id]},
        goto,
        event_id,
    )


NO_RING = "No event is ringed yet: press the right arrow key or 'Next event' first."


@callback(
    Output(ID.CURSOR, "data"),
    Output(ID.TIMELINE, "figure", allow_duplicate=True),
    Output(ID.TL_STATUS, "children"),
    Input(ID.TL_PREV, "n_clicks"),
    Input(ID.TL_NEXT, "n_clicks"),
    Input(ID.TL_KEY, "data"),
    Input(ID.TL_OPEN, "n_clicks"),
    State(ID.CURSOR, "data"),
    State(REVIEW_ID, "data"),
    State(ID.ZOOM, "data"),
    *FILTER_STATES,
    prevent_initial_call=True,
)
@guarded("chronology.view")
def step_timeline(
    _prev: Any,
    _next: Any,
    key: Any,
    _open: Any,
    cursor: Any,
    review_id: Any,
    zoom: Any,
    *values: Any,
) -> tuple[Any, ...]:
    """Move the timeline's keyboard ring to the previous, next, first or last event in view
    (the filters and the timeline's zoom) and say which event it is on."""
    move: Any
    if ctx.triggered_id == ID.TL_OPEN:
        if isinstance(cursor, str):
            return (no_update,) * 3  # select_event opens it
        return no_update, no_update, NO_RING
    if ctx.triggered_id == ID.TL_PREV:
        move = "previous"
    elif ctx.triggered_id == ID.TL_NEXT:
        move = "next"
    else:
        move = key.get("move") if isinstance(key, dict) else None
    if move not in MOVES:
        return (no_update,) * 3
    user, case = _case(review_id)
    anonymised = anonymised_view(user)
    indices = filter_events(case, filters_from(case, tuple(values), zoom), anonymised)
    where = {e.event_id: n for n, e in enumerate(case.events)}
    current = where.get(cursor) if isinstance(cursor, str) else None
    found = step_event(indices, current, move)
    if found is None:
        return None, no_update, "No events on the timeline with these filters."
    event_id = case.events[found].event_id
    patched = Patch()
    patched["data"][0] = selected_trace(case, event_id, None, anonymised)
    said = event_said(case, found, indices, anonymised) + " Enter or Open shows its accounts."
    return event_id, patched, said


dash.register_page(
    __name__, path="/chronology", title="Chronology · cspr", name="Chronology", layout=layout
)
