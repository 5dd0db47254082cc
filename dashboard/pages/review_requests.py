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
        message_area("rvd-req-message"),
        html.Div(
            className="three-col",
            children=[
                html.Div(
                    className="panel",
                    children=[
                        html.H3("Ask an agency"),
                        text_field("Agency", "rvd-req-agency"),
                        dropdown("What is asked", "rvd-req-kind", REQUEST_KIND_NAMES),
                        text_field("For a further request: what (no names)", "rvd-req-what"),
                        date_field("Asked on", "rvd-req-on", today=True),
                        date_field("Due on", "rvd-req-due"),
                        number_field("Or due within (working days)", "rvd-req-within"),
                        html.P(
                            f"Without either, a scoping form is due {days} working days after "
                            "it is asked for.",
                            className="hint",
                        ),
                        html.Button("Record request", id="rvd-req-add", className="primary"),
                    ],
                ),
                html.Div(
                    className="panel",
                    children=[
                        html.H3("Update a request"),
                        field("Request", dcc.Dropdown(id="rvd-req-pick")),
                        dropdown("What happened", "rvd-req-step", UPDATE_LABELS),
                        date_field("On", "rvd-req-step-on", today=True),
                        text_field("Queries (when sent back)", "rvd-req-queries", area=True),
                        date_field("New due date (when sent back)", "rvd-req-new-due"),
                        number_field("Or due again within (working days)", "rvd-req-new-within"),
                        html.Button("Update request", id="rvd-req-update", className="primary"),
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
                        text_field("Agency", "rvd-ret-agency"),
                        date_field("Returned on", "rvd-ret-on"),
                        html.Button("Save return", id="rvd-ret-save", className="primary"),
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
    "rvd-req-add": ask,
    "rvd-req-update": update,
    "rvd-ret-save": scoping_return,
}
STATES = (
    ("req_agency", "rvd-req-agency", "value"),
    ("req_kind", "rvd-req-kind", "value"),
    ("req_what", "rvd-req-what", "value"),
    ("req_on", "rvd-req-on", "date"),
    ("req_due", "rvd-req-due", "date"),
    ("req_within", "rvd-req-within", "value"),
    ("req_pick", "rvd-req-pick", "value"),
    ("req_step", "rvd-req-step", "value"),
    ("req_step_on", "rvd-req-step-on", "date"),
    ("req_queries", "rvd-req-queries", "value"),
    ("req_new_due", "rvd-req-new-due", "date"),
    ("req_new_within", "rvd-req-new-within", "value"),
    ("ret_agency", "rvd-ret-agency", "value"),
    ("ret_on", "rvd-ret-on", "date"),
    ("id", "rvd-id", "data"),
    ("version", "rvd-version", "data"),
)


change_requests = form_callback("change_requests", "rvd-req-message", HANDLERS, STATES)


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
    Output("rvd-req-pick", "options"),
    Input("rvd-id", "data"),
    Input("rvd-version", "data"),
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
