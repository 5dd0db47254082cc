"""Reviews: every review the user may see, its next statutory deadline and RAG status (a word
as well as a colour), and a timeline of the statutory windows."""

from __future__ import annotations

import datetime as dt
from typing import Any

import dash
import dash_ag_grid as dag
from dash import Input, Output, callback, dcc, html

from dashboard.access import audit_view, db, guarded, require, review_ids_for
from dashboard.shell import not_permitted, page_user
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
                                id="rev-type",
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
                                id="rev-rag",
                                options=[{"label": w, "value": k} for k, w in RAG_WORDS.items()],
                                multi=True,
                                placeholder="Any status",
                            ),
                        ]
                    ),
                    dcc.Checklist(
                        id="rev-closed",
                        options=[{"label": " Include closed reviews", "value": "closed"}],
                        value=[],
                    ),
                ],
            ),
            dag.AgGrid(
                id="rev-grid",
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
            dcc.Graph(id="rev-windows", config={"displaylogo": False}),
        ]
    )


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
    Output("rev-grid", "rowData"),
    Output("rev-windows", "figure"),
    Input("rev-type", "value"),
    Input("rev-rag", "value"),
    Input("rev-closed", "value"),
)
@guarded("reviews.view")
def update_reviews(
    types: list[str] | None, rags: list[str] | None, closed: list[str] | None
) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    return reviews_view(types, rags, closed, dt.date.today())


dash.register_page(__name__, path="/", title="Reviews · cspr", name="Reviews", layout=layout)
