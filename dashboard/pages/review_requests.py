"""The review page's agency requests (a helper module, not a Dash page): ask an agency for its
scoping form, chronology, individual management review or something further, with a due date
or a number of working days; mark what comes back returned, sent back with queries or
accepted; record a scoping form return; and the table of requests with their status, due date
and RAG. Every change goes through `reviews.service`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from dash import Input, Output, callback, dcc, html
from sqlalchemy.orm import Session

from dashboard.access import anonymised_view, context, db, guarded
from dashboard.case import load_case
from dashboard.ids import Review as ID
from dashboard.pages.review_common import (
    Handler,
    date_field,
    dropdown,
    field,
    form_callback,
    message_area,
    needed_date,
    number_field,
    parse_date,
    review_for_user,
    text,
    text_field,
    uk,
    whole,
)
from dashboard.pages.reviews import RAG_CLASS  # imported after it registered
from dashboard.shell import SHELL_MODE
from reviews import service
from reviews.models import REQUEST_KIND_NAMES, REQUEST_STATUS_NAMES, AgencyRequest, Review
from reviews.status import request_status
from reviews.timescales import format_day
from reviews.workingdays import default_calendar

UPDATE_LABELS = {
    "returned": "Returned",
    "sent_back": "Sent back with queries",
    "accepted": "Accepted",
}


def layout() -> list[Any]:
    """The forms, for users who may edit the review."""
    days = service.scoping_working_days()
    return [
        html.H2("Agency requests and returns"),
        message_area(ID.REQ_MESSAGE),
        html.Div(
            className="three-col",
            children=[
                html.Div(
                    className="panel",
                    children=[
                        html.H3("Ask an agency"),
                        text_field("Agency", ID.REQ_AGENCY),
                        dropdown("What is asked", ID.REQ_KIND, REQUEST_KIND_NAMES),
                        text_field("For a further request: what (no names)", ID.REQ_WHAT),
                        date_field("Asked on", ID.REQ_ON, today=True),
                        date_field("Due on", ID.REQ_DUE),
                        number_field("Or due within (working days)", ID.REQ_WITHIN),
                        html.P(
                            f"Without either, a scoping form is due {days} working days after "
                            "it is asked for.",
                            className="hint",
                        ),
                        html.Button("Record request", id=ID.REQ_ADD, className="primary"),
                    ],
                ),
                html.Div(
                    className="panel",
                    children=[
                        html.H3("Update a request"),
                        field("Request", dcc.Dropdown(id=ID.REQ_PICK)),
                        dropdown("What happened", ID.REQ_STEP, UPDATE_LABELS),
                        date_field("On", ID.REQ_STEP_ON, today=True),
                        text_field("Queries (when sent back)", ID.REQ_QUERIES, area=True),
                        date_field("New due date (when sent back)", ID.REQ_NEW_DUE),
                        number_field("Or due again within (working days)", ID.REQ_NEW_WITHIN),
                        html.Button("Update request", id=ID.REQ_UPDATE, className="primary"),
                    ],
                ),
                html.Div(
                    className="panel",
                    children=[
                        html.H3("Scoping form return"),
                        html.P(
                            "An agency's scoping form awaited (no date) or returned, when no "
                            "request was recorded for it.",
                            className="hint",
                        ),
                        text_field("Agency", ID.RET_AGENCY),
                        date_field("Returned on", ID.RET_ON),
                        html.Button("Save return", id=ID.RET_SAVE, className="primary"),
                    ],
                ),
            ],
        ),
    ]


# ------------------------------------------------------------------------------- handlers


def _request(review: Review, value: Any) -> AgencyRequest:
    entry = next((r for r in review.requests if str(r.id) == str(value)), None)
    if entry is None:
        raise service.ReviewError("choose the request")
    return entry


def ask(session: Session, user: str, review: Review, v: dict[str, Any]) -> str:
    kind = v.get("req_kind")
    if kind not in REQUEST_KIND_NAMES:
        raise service.ReviewError("choose what is asked")
    entry = service.request_from_agency(
        session,
        review,
        text(v, "req_agency"),
        str(kind),
        needed_date(v, "req_on", "the day it was asked"),
        user,
        due_on=parse_date(v.get("req_due")),
        within=whole(v.get("req_within"), "the working days allowed"),
        what=text(v, "req_what"),
    )
    due = f", due {format_day(entry.due_on)}" if entry.due_on else " (no due date yet)"
    return f"{service.request_label(entry)}: asked {uk(entry.requested_on)}{due}."


def update(session: Session, user: str, review: Review, v: dict[str, Any]) -> str:
    entry = _request(review, v.get("req_pick"))
    step = v.get("req_step")
    if step not in UPDATE_LABELS:
        raise service.ReviewError("choose what happened")
    day = needed_date(v, "req_step_on", "the date")
    label = service.request_label(entry)
    if step == "returned":
        service.request_returned(session, review, entry.agency, entry.kind, day, user, entry.id)
        late = (
            f" (late: due {format_day(entry.due_on)})"
            if entry.due_on and day > entry.due_on
            else ""
        )
        return f"{label}: returned {uk(day)}{late}."
    if step == "sent_back":
        entry = service.request_sent_back(
            session,
            review,
            entry.agency,
            entry.kind,
            day,
            text(v, "req_queries"),
            user,
            due_on=parse_date(v.get("req_new_due")),
            within=whole(v.get("req_new_within"), "the working days allowed"),
            request_id=entry.id,
        )
        again = format_day(entry.due_on) if entry.due_on else "—"
        return f"{label}: sent back with queries, due again {again}."
    service.request_accepted(session, review, entry.agency, entry.kind, day, user, entry.id)
    return f"{label}: accepted {uk(day)}."


def scoping_return(session: Session, user: str, review: Review, v: dict[str, Any]) -> str:
    agency = " ".join(text(v, "ret_agency").split())
    if not agency:
        raise service.ReviewError("give the agency")
    day = parse_date(v.get("ret_on"))
    service.record_return(session, review, agency, day, user)
    return f"{agency}: scoping form " + (f"returned {uk(day)}." if day else "awaited.")


HANDLERS: dict[str, Handler] = {
    ID.REQ_ADD: ask,
    ID.REQ_UPDATE: update,
    ID.RET_SAVE: scoping_return,
}
STATES = (
    ("req_agency", ID.REQ_AGENCY, "value"),
    ("req_kind", ID.REQ_KIND, "value"),
    ("req_what", ID.REQ_WHAT, "value"),
    ("req_on", ID.REQ_ON, "date"),
    ("req_due", ID.REQ_DUE, "date"),
    ("req_within", ID.REQ_WITHIN, "value"),
    ("req_pick", ID.REQ_PICK, "value"),
    ("req_step", ID.REQ_STEP, "value"),
    ("req_step_on", ID.REQ_STEP_ON, "date"),
    ("req_queries", ID.REQ_QUERIES, "value"),
    ("req_new_due", ID.REQ_NEW_DUE, "date"),
    ("req_new_within", ID.REQ_NEW_WITHIN, "value"),
    ("ret_agency", ID.RET_AGENCY, "value"),
    ("ret_on", ID.RET_ON, "date"),
    ("id", ID.ID, "data"),
    ("version", ID.VERSION, "data"),
)


change_requests = form_callback("change_requests", ID.REQ_MESSAGE, HANDLERS, STATES)


def _what(entry: AgencyRequest, words: Callable[[str], str]) -> str:
    name = REQUEST_KIND_NAMES[entry.kind]
    if entry.kind == "further":
        name = f"Further request {entry.id}: {words(entry.what)}"
    return name


def request_options(review: Review, words: Callable[[str], str] = str) -> list[dict[str, Any]]:
    return [
        {
            "label": f"{entry.agency} · {_what(entry, words)} "
            f"({REQUEST_STATUS_NAMES[entry.status].lower()})",
            "value": entry.id,
        }
        for entry in review.requests
    ]


@callback(
    Output(ID.REQ_PICK, "options"),
    Input(ID.ID, "data"),
    Input(ID.VERSION, "data"),
    Input(SHELL_MODE, "data"),
)
@guarded("reviews.edit")
def request_choices(review_id: Any, _version: int, _mode: Any = None) -> list[dict[str, Any]]:
    with db() as session:
        user, review = review_for_user(review_id, session, "reviews.edit")
        words: Callable[[str], str] = str
        if anonymised_view(user) and any(r.kind == "further" for r in review.requests):
            words = load_case(session, context().data_dir, review.id).anonymiser.text
        return request_options(review, words)


# ------------------------------------------------------------------------------- display


def section(review: Review, today: dt.date, words: Callable[[str], str] = str) -> list[Any]:
    """Every request of the review with its status, dates and RAG (a word as well as a colour),
    and the scoping form returns recorded without a request."""
    calendar = default_calendar()
    rows = []
    for entry in review.requests:
        timed = request_status(entry, today, calendar)
        rag = (
            html.Span(timed.rag_word, className=f"rag-badge {RAG_CLASS[timed.rag]}")
            if timed is not None
            else "No due date"
        )
        rows.append(
            html.Tr(
                [
                    html.Td(entry.agency),
                    html.Td(_what(entry, words)),
                    html.Td(REQUEST_STATUS_NAMES[entry.status]),
                    html.Td(uk(entry.requested_on)),
                    html.Td(uk(entry.due_on)),
                    html.Td(uk(entry.returned_on)),
                    html.Td(uk(entry.sent_back_on)),
                    html.Td(uk(entry.accepted_on)),
                    html.Td(rag),
                    html.Td(words(entry.queries) if entry.queries else "—"),
                ]
            )
        )
    heads = (
        "Agency",
        "What",
        "Status",
        "Asked",
        "Due",
        "Returned",
        "Sent back",
        "Accepted",
        "RAG",
        "Queries",
    )
    parts: list[Any] = [
        html.H2("Agency requests"),
        html.Table(
            [html.Thead(html.Tr([html.Th(h) for h in heads])), html.Tbody(rows)],
            className="simple",
        )
        if rows
        else html.P("Nothing asked of the agencies yet."),
    ]
    asked = [r.agency for r in review.requests if r.kind == "scoping_form"]
    returns = [
        r for r in review.agency_returns if not any(service.same_agency(r.agency, a) for a in asked)
    ]
    if returns:
        parts += [
            html.H3("Scoping form returns"),
            html.Ul(
                [
                    html.Li(
                        f"{r.agency}: "
                        + (f"returned {uk(r.returned_on)}" if r.returned_on else "awaited")
                    )
                    for r in returns
                ]
            ),
        ]
    return parts
