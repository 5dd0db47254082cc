"""Reviews: every review the user may see, its next statutory deadline and RAG status (a word
as well as a colour), and a timeline of the statutory windows. Lead reviewers and business
support create a review here, through `reviews.service.add_review` as `cspr review add` does."""

from __future__ import annotations

import datetime as dt
from typing import Any

import dash
import dash_ag_grid as dag
from dash import Input, Output, State, callback, dcc, html, no_update

from accounts import assign
from dashboard.access import (
    ASSIGNED_ONLY,
    CurrentUser,
    audit_view,
    db,
    guarded,
    require,
    review_ids_for,
)
from dashboard.errors import USER_ERRORS, ScreenError, user_message
from dashboard.ids import Reviews as ID
from dashboard.shell import not_permitted, page_user
from reviews import service
from reviews.models import REVIEW_TYPES, Review
from reviews.service import list_reviews
from reviews.status import RAG_WORDS, next_deadline, review_deadlines, review_flags
from reviews.timescales import Deadline, deadlines_for
from reviews.workingdays import default_calendar

RAG_CLASS = {
    "green": "rag-green",
    "amber": "rag-amber",
    "red": "rag-red",
    "done_on_time": "rag-done",
    "done_late": "rag-late",
}
TYPE_NAMES = {
    "rapid_review": "Rapid review",
    "local_cspr": "Local CSPR",
    "alternative_learning_review": "Other learning review",
    "sar": "SAR",
    "dhr": "DHR",
    "mappa_scr": "MAPPA SCR",
}


def layout(**_: Any) -> html.Div:
    user = page_user("reviews.view")
    if user is None:
        if page_user("upload") is not None:
            return html.Div(
                className="panel",
                children=[
                    html.H1("Welcome"),
                    html.P("As an agency uploader you can send your agency's chronology."),
                    dcc.Link("Go to Upload", href="/upload", className="button"),
                ],
            )
        return not_permitted()
    return html.Div(
        [
            html.H1("Reviews"),
            html.Div(
                className="filters",
                children=[
                    html.Label(
                        [
                            "Review type",
                            dcc.Dropdown(
                                id=ID.TYPE,
                                options=[
                                    {"label": TYPE_NAMES[t], "value": t} for t in REVIEW_TYPES
                                ],
                                multi=True,
                                placeholder="All types",
                            ),
                        ]
                    ),
                    html.Label(
                        [
                            "Status",
                            dcc.Dropdown(
                                id=ID.RAG,
                                options=[{"label": w, "value": k} for k, w in RAG_WORDS.items()],
                                multi=True,
                                placeholder="Any status",
                            ),
                        ]
                    ),
                    dcc.Checklist(
                        id=ID.CLOSED,
                        options=[{"label": " Include closed reviews", "value": "closed"}],
                        value=[],
                    ),
                ],
            ),
            dag.AgGrid(
                id=ID.GRID,
                columnDefs=[
                    {"field": "reference", "headerName": "Reference", "cellRenderer": "markdown"},
                    {"field": "type", "headerName": "Type"},
                    {"field": "child", "headerName": "Child"},
                    {"field": "referral", "headerName": "Referral"},
                    {"field": "next", "headerName": "Next deadline", "flex": 2},
                    {"field": "due", "headerName": "Due"},
                    {
                        "field": "status",
                        "headerName": "Status",
                        "cellClassRules": {
                            v: f"params.data.rag == '{k}'" for k, v in RAG_CLASS.items()
                        },
                    },
                    {"field": "flags", "headerName": "Flags", "flex": 2},
                ],
                defaultColDef={
                    "flex": 1,
                    "sortable": True,
                    "resizable": True,
                    "wrapText": True,
                    "autoHeight": True,
                },
                dashGridOptions={"domLayout": "autoHeight", "animateRows": False},
                rowData=[],
                className="ag-theme-quartz",
            ),
            html.H2("Statutory windows"),
            html.P(
                "Rapid review (referral to decision, 15 working days), the meeting window "
                "(7th–13th working day) and the six months for a local CSPR.",
                className="hint",
            ),
            dcc.Graph(id=ID.WINDOWS, config={"displaylogo": False}),
            dcc.Store(id=ID.CREATED, data=0),
            *([create_form()] if user.can("reviews.create") else []),
        ]
    )


def _date_field(label: str, id_: str) -> html.Label:
    return html.Label(
        [
            f"{label} ",
            dcc.DatePickerSingle(
                id=id_,
                display_format="DD/MM/YYYY",
                placeholder="dd/mm/yyyy",
                clearable=True,
                first_day_of_week=1,
            ),
        ]
    )


def create_form() -> html.Div:
    """A new review, as `cspr review add` makes one (reviews.service.add_review)."""
    return html.Div(
        className="panel",
        children=[
            html.H2("Create a review"),
            html.Div(
                className="three-col",
                children=[
                    html.Label(["Reference ", dcc.Input(id=ID.NEW_REFERENCE, type="text")]),
                    html.Label(
                        [
                            "Review type ",
                            dcc.Dropdown(
                                id=ID.NEW_TYPE,
                                options=[
                                    {"label": TYPE_NAMES[t], "value": t} for t in REVIEW_TYPES
                                ],
                                value="rapid_review",
                                clearable=False,
                            ),
                        ]
                    ),
                    html.Label(
                        [
                            "Child's pseudonym ",
                            dcc.Input(id=ID.NEW_CHILD, type="text", value="Child A"),
                        ]
                    ),
                    _date_field("Referral date", ID.NEW_REFERRAL),
                    _date_field("Incident date", ID.NEW_INCIDENT),
                    _date_field("Local authority became aware", ID.NEW_AWARENESS),
                    html.Label(["Referring agency ", dcc.Input(id=ID.NEW_AGENCY, type="text")]),
                    html.Label(
                        [
                            "Linked review (the same incident) ",
                            dcc.Dropdown(id=ID.NEW_LINKED, placeholder="None"),
                        ]
                    ),
                ],
            ),
            html.P(
                "The child's pseudonym is what every page and document shows: a pseudonym such "
                "as Child C, never the child's name. A rapid review or local CSPR needs its "
                "referral date; dates are day, month, year.",
                className="hint",
            ),
            html.Button("Create review", id=ID.NEW_GO, className="primary"),
            html.Div(id=ID.NEW_MESSAGE, className="message", role="status"),
        ],
    )


def _day(value: Any) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        raise ScreenError(f"'{value}' is not a date (dd/mm/yyyy)") from None


def create_review(
    user: CurrentUser,
    *,
    reference: str | None,
    review_type: str | None,
    child: str | None,
    referral: Any = None,
    incident: Any = None,
    awareness: Any = None,
    referring_agency: str | None = None,
    linked: str | None = None,
) -> Review:
    """Add the review through `reviews.service.add_review` (its rules and audit entry), as
    `cspr review add` does; a lead reviewer who creates one is assigned to it, so it is in
    their list. Raises a user error (ReviewError, ScreenError) with the rule broken."""
    require("reviews.create")
    with db() as session:
        if linked:
            allowed = review_ids_for(user, session)
            found = service.get_review(session, linked)
            if allowed is not None and found.id not in allowed:
                raise ScreenError("you are not assigned to the linked review")
        review = service.add_review(
            session,
            reference=(reference or "").strip(),
            review_type=review_type or "",
            user=user.username,
            referral_date=_day(referral),
            child_pseudonym=(child or "").strip() or "Child A",
            incident_date=_day(incident),
            awareness_date=_day(awareness),
            referring_agency=(referring_agency or "").strip(),
            linked_reference=linked or None,
        )
        if user.role in ASSIGNED_ONLY:
            assign(session, user.username, review.reference, by=user.username)
        return review


@callback(
    Output(ID.NEW_MESSAGE, "children"),
    Output(ID.CREATED, "data"),
    Input(ID.NEW_GO, "n_clicks"),
    State(ID.NEW_REFERENCE, "value"),
    State(ID.NEW_TYPE, "value"),
    State(ID.NEW_CHILD, "value"),
    State(ID.NEW_REFERRAL, "date"),
    State(ID.NEW_INCIDENT, "date"),
    State(ID.NEW_AWARENESS, "date"),
    State(ID.NEW_AGENCY, "value"),
    State(ID.NEW_LINKED, "value"),
    State(ID.CREATED, "data"),
    prevent_initial_call=True,
)
@guarded("reviews.create")
def create_clicked(
    _clicks: Any,
    reference: Any,
    review_type: Any,
    child: Any,
    referral: Any,
    incident: Any,
    awareness: Any,
    agency: Any,
    linked: Any,
    created: Any,
) -> tuple[Any, Any]:
    user = require("reviews.create")
    try:
        review = create_review(
            user,
            reference=reference,
            review_type=review_type,
            child=child,
            referral=referral,
            incident=incident,
            awareness=awareness,
            referring_agency=agency,
            linked=linked,
        )
    except USER_ERRORS as error:
        return f"Not created: {user_message(error)}", no_update
    kind = TYPE_NAMES.get(review.review_type, review.review_type).lower()
    return f"Review {review.reference} created ({kind}).", int(created or 0) + 1


@callback(
    Output(ID.NEW_LINKED, "options"),
    Input(ID.CREATED, "data"),
    Input(ID.NEW_LINKED, "id"),
)
@guarded("reviews.create")
def linked_options(_created: Any, _id: Any) -> list[dict[str, str]]:
    user = require("reviews.create")
    with db() as session:
        allowed = review_ids_for(user, session)
        return [
            {"label": r.reference, "value": r.reference}
            for r in list_reviews(session, include_closed=True)
            if allowed is None or r.id in allowed
        ]


def review_rows(reviews: list[Review], today: dt.date) -> list[dict[str, Any]]:
    calendar = default_calendar()
    rows = []
    for review in reviews:
        statuses = review_deadlines(review, today, calendar)
        upcoming = next_deadline(statuses)
        shown = upcoming or (statuses[-1] if statuses else None)
        rows.append(
            {
                "id": review.id,
                "reference": f"[{review.reference}](/review?id={review.id})",
                "type": TYPE_NAMES.get(review.review_type, review.review_type),
                "child": review.child_pseudonym,
                "referral": f"{review.referral_date:%d/%m/%Y}" if review.referral_date else "",
                "next": shown.description if shown else "No statutory deadline",
                "due": f"{shown.due:%d/%m/%Y}" if shown else "",
                "rag": shown.rag if shown else "",
                "status": shown.rag_word if shown else "Not timed",
                "flags": "; ".join(review_flags(review, calendar)),
            }
        )
    return rows


def windows_figure(reviews: list[Review], today: dt.date) -> dict[str, Any]:
    """One row per review: bars for the rapid review, meeting window and six months."""
    calendar = default_calendar()
    colours = {"Rapid review": "#0072B2", "Meeting window": "#E69F00", "Six months": "#009E73"}
    bars: dict[str, dict[str, list[Any]]] = {k: {"x": [], "base": [], "y": []} for k in colours}
    names = []
    for review in reviews:
        if review.referral_date is None:
            continue
        names.append(review.reference)
        found = {
            d.key: d
            for d in deadlines_for(
                referral=review.referral_date,
                la_awareness=review.awareness_date,
                meeting=review.meeting_date,
                decision=review.decision_date,
                calendar=calendar,
            )
        }
        spans = {
            "Rapid review": (review.referral_date, found.get("rapid_review_due")),
            "Meeting window": (
                found.get("rapid_review_meeting_earliest"),
                found.get("rapid_review_meeting_latest"),
            ),
            "Six months": (review.decision_date, found.get("review_due")),
        }
        for label, (start, end) in spans.items():
            begin = start.due if isinstance(start, Deadline) else start
            finish = end.due if end is not None else None
            if begin is None or finish is None:
                continue
            bars[label]["base"].append(begin.isoformat())
            bars[label]["x"].append((finish - begin).days * 86_400_000)
            bars[label]["y"].append(review.reference)
    data = [
        {
            "type": "bar",
            "orientation": "h",
            "name": label,
            "x": values["x"],
            "base": values["base"],
            "y": values["y"],
            "marker": {"color": colours[label], "line": {"color": "#000", "width": 1}},
            "hovertemplate": f"{label}: %{{base|%d/%m/%Y}} to %{{x}}<extra>%{{y}}</extra>",
        }
        for label, values in bars.items()
    ]
    return {
        "data": data,
        "layout": {
            "barmode": "overlay",
            "height": 120 + 40 * len(names),
            "margin": {"l": 10, "r": 10, "t": 30, "b": 30},
            "xaxis": {"type": "date", "tickformat": "%d %b %Y"},
            "yaxis": {"automargin": True, "autorange": "reversed"},
            "shapes": [
                {
                    "type": "line",
                    "xref": "x",
                    "yref": "paper",
                    "x0": today.isoformat(),
                    "x1": today.isoformat(),
                    "y0": 0,
                    "y1": 1,
                    "line": {"color": "#000", "dash": "dot"},
                }
            ],
            "annotations": [
                {
                    "x": today.isoformat(),
                    "y": 1,
                    "yref": "paper",
                    "text": "today",
                    "showarrow": False,
                    "yanchor": "bottom",
                }
            ],
            "legend": {"orientation": "h"},
        },
    }


def reviews_view(
    types: list[str] | None, rags: list[str] | None, closed: list[str] | None, today: dt.date
) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    user = require("reviews.view")
    with db() as session:
        allowed = review_ids_for(user, session)
        reviews = [
            r
            for r in list_reviews(session, include_closed=bool(closed))
            if (allowed is None or r.id in allowed) and (not types or r.review_type in types)
        ]
        rows = review_rows(reviews, today)
        audit_view(user, None, "reviews list", session=session)
        keep = {row["id"] for row in rows if not rags or row["rag"] in rags}
        reviews = [r for r in reviews if r.id in keep]
        return [r for r in rows if r["id"] in keep], windows_figure(reviews, today)


@callback(
    Output(ID.GRID, "rowData"),
    Output(ID.WINDOWS, "figure"),
    Input(ID.TYPE, "value"),
    Input(ID.RAG, "value"),
    Input(ID.CLOSED, "value"),
    Input(ID.CREATED, "data"),
)
@guarded("reviews.view")
def update_reviews(
    types: list[str] | None,
    rags: list[str] | None,
    closed: list[str] | None,
    _created: Any = None,
) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    return reviews_view(types, rags, closed, dt.date.today())


dash.register_page(__name__, path="/", title="Reviews · cspr", name="Reviews", layout=layout)
