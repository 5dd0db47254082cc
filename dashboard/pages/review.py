"""One review: deadlines with RAG status, the rapid review (attendance and the quorum check),
key and publication dates, stage checklists, recommendations and actions; and, from the
helper modules beside it, the votes and decisions (`review_votes`), agency requests
(`review_requests`), notifications and delays (`review_notices`) and the review's texts
(`review_texts`). Every change goes through `reviews.service`, so the guidance's rules and the
audit trail apply exactly as on the command line; each form keeps a handler table (button id
to a plain function) that tests call directly."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import dash
from dash import ALL, Input, Output, State, callback, dcc, html, no_update

from dashboard.access import CurrentUser, anonymised_view, audit_view, context, db, guarded
from dashboard.case import load_case
from dashboard.errors import USER_ERRORS, user_message
from dashboard.ids import Review as ID
from dashboard.pages import review_notices, review_requests, review_texts, review_votes
from dashboard.pages.review_common import (
    DECISION_NAMES,
    PARTNER_LABELS,
    Handler,
    date_field,
    dropdown,
    field,
    parse_date,
    review_for_user,
    text_field,
    uk,
)
from dashboard.pages.reviews import RAG_CLASS, TYPE_NAMES  # imported after it registered
from dashboard.shell import SHELL_MODE, not_permitted, page_user
from reviews import service
from reviews.models import ORGANISATION_KINDS, Review
from reviews.status import review_deadlines, review_flags

DATE_LABELS = {
    "awareness_date": "Local authority aware",
    "la_notified_on": "National Panel notified",
    "scoping_sent_on": "Scoping form sent",
    "meeting_date": "Rapid review meeting",
    "rapid_review_sent_on": "Rapid review sent to the Panel",
    "report_completed_on": "Final report completed",
    "report_sent_to_panel_on": "Report sent to Panel, Ofsted, DfE",
    "published_on": "Published",
    "available_until": "Available until",
    "repository_submitted_on": "Sent to the national repository",
    "closed_on": "Closed",
}
ACTION_STATUS_NAMES = {
    "open": "Open",
    "in_progress": "In progress",
    "complete": "Complete",
    "signed_off": "Signed off",
}
# The forms beside this page's own, each with its handler table.
FORM_MODULES = (review_votes, review_requests, review_notices, review_texts)


def layout(id: str | None = None, **_: Any) -> html.Div:
    user = page_user("reviews.view")
    if user is None:
        return not_permitted()
    editable = user.can("reviews.edit")
    forms = (
        [*_forms(), *(x for module in FORM_MODULES for x in module.layout())]
        if editable
        else [html.P("Read only for your role.", className="hint")]
    )
    return html.Div(
        [
            dcc.Store(id=ID.ID, data=id),
            dcc.Store(id=ID.VERSION, data=0),
            html.Div(id=ID.BODY),
            html.Div(id=ID.MESSAGE, className="message", role="status"),
            *forms,
        ]
    )


def _forms() -> list[Any]:
    return [
        html.H2("Meeting, dates, recommendations and actions"),
        html.Div(
            className="three-col",
            children=[
                html.Div(
                    className="panel",
                    children=[
                        html.H3("Record a date"),
                        dropdown("Which date", ID.DATE_FIELD, DATE_LABELS),
                        date_field("Date", ID.DATE_VALUE),
                        html.Button("Save date", id=ID.SAVE_DATE, className="primary"),
                    ],
                ),
                html.Div(
                    className="panel",
                    children=[
                        html.H3("Meeting attendance"),
                        text_field("Name", ID.ATT_NAME),
                        text_field("Organisation", ID.ATT_ORG),
                        dropdown(
                            "Partner represented",
                            ID.ATT_PARTNER,
                            {k: PARTNER_LABELS[k] for k in ORGANISATION_KINDS},
                        ),
                        html.Button("Add attendee", id=ID.ADD_ATTENDEE, className="primary"),
                    ],
                ),
                html.Div(
                    className="panel",
                    children=[
                        html.H3("Recommendations and actions"),
                        text_field("Recommendation", ID.REC_TEXT, area=True),
                        html.Button("Add recommendation", id=ID.ADD_REC, className="primary"),
                        field("For recommendation", dcc.Dropdown(id=ID.ACT_REC)),
                        text_field("Owner agency", ID.ACT_OWNER),
                        text_field("Action", ID.ACT_TEXT),
                        date_field("Due on", ID.ACT_DUE),
                        html.Button("Add action", id=ID.ADD_ACT, className="primary"),
                    ],
                ),
                html.Div(
                    className="panel",
                    children=[
                        html.H3("Progress an action"),
                        field("Action", dcc.Dropdown(id=ID.UPD_ACT)),
                        dropdown("Status", ID.UPD_STATUS, ACTION_STATUS_NAMES),
                        text_field("Evidence", ID.UPD_EVIDENCE),
                        text_field("Signed off by", ID.UPD_SIGNED),
                        date_field("Signed off on", ID.UPD_SIGNED_ON),
                        html.Button("Update action", id=ID.UPDATE_ACT, className="primary"),
                    ],
                ),
            ],
        ),
    ]


def review_body(
    review: Review, today: dt.date, editable: bool, words: Callable[[str], str] = str
) -> list[Any]:
    """The review's page; `words` anonymises free text (recommendations, actions, votes)."""

    def attendee(name: str) -> str:
        # Practitioners' names are names: anonymised views show the organisation only.
        return name if words is str else "A representative"

    deadlines = review_deadlines(review, today)
    missing = service.missing_partners(review)
    quorum = (
        "Quorate: the local authority, the ICB and the police are represented."
        if not missing
        else "Not quorate: no representative of "
        + ", ".join(service.PARTNER_NAMES[p] for p in missing)
        + "."
    )
    deadline_rows = [
        html.Tr(
            [
                html.Td(d.description),
                html.Td(uk(d.due)),
                html.Td(uk(d.done_on)),
                html.Td(html.Span(d.rag_word, className=f"rag-badge {RAG_CLASS[d.rag]}")),
                html.Td(d.rule, className="hint"),
            ]
        )
        for d in deadlines
    ]
    stages: dict[str, list[Any]] = {}
    for task in review.tasks:
        stages.setdefault(task.stage, []).append(task)
    checklists = [
        html.Div(
            [
                html.H3(stage.capitalize()),
                dcc.Checklist(
                    id={"type": ID.TASK if editable else ID.TASK_READ, "stage": stage},
                    options=[
                        {"label": f" {t.task}", "value": t.id, "disabled": not editable}
                        for t in tasks
                    ],
                    value=[t.id for t in tasks if t.completed_on],
                ),
            ]
        )
        for stage, tasks in stages.items()
    ]
    recommendations = [
        html.Li(
            [
                html.Strong(f"{r.number}. "),
                words(r.text),
                html.Ul(
                    [
                        html.Li(
                            f"Action {a.id}: {words(a.action)} — {a.owner_agency}, "
                            f"due {uk(a.due_on)}, "
                            f"{ACTION_STATUS_NAMES.get(a.status, a.status)}"
                        )
                        for a in r.actions
                    ]
                ),
            ]
        )
        for r in review.recommendations
    ]
    return [
        html.H1(f"{review.reference} · {TYPE_NAMES.get(review.review_type, '')}"),
        html.P(
            f"{review.child_pseudonym}; referred {uk(review.referral_date)} by "
            f"{review.referring_agency or 'not recorded'}; decision: "
            f"{DECISION_NAMES[review.decision] if review.decision else 'not yet'}"
            f"{' on ' + uk(review.decision_date) if review.decision_date else ''}."
        ),
        html.Div([html.P(words(f), className="panel error") for f in review_flags(review)]),
        html.H2("Deadlines"),
        html.Table(
            [
                html.Thead(
                    html.Tr([html.Th(h) for h in ("What", "Due", "Done", "Status", "Rule")])
                ),
                html.Tbody(deadline_rows),
            ],
            className="simple",
        ),
        html.Div(
            className="two-col",
            children=[
                html.Div(
                    [
                        html.H2("Rapid review meeting"),
                        html.P(quorum, className="panel ok" if not missing else "panel error"),
                        html.Ul(
                            [
                                html.Li(
                                    f"{attendee(a.name)}, {a.organisation} "
                                    f"({PARTNER_LABELS[a.partner]})"
                                )
                                for a in review.attendees
                            ]
                        ),
                    ]
                ),
                html.Div(
                    [
                        html.H2("Key and publication dates"),
                        html.Dl(
                            className="kv",
                            children=[
                                x
                                for k, label in DATE_LABELS.items()
                                for x in (html.Dt(label), html.Dd(uk(getattr(review, k))))
                            ],
                        ),
                    ]
                ),
            ],
        ),
        *review_votes.section(review, words),
        *review_requests.section(review, today, words),
        *review_notices.section(review, words),
        html.H2("Stage checklists"),
        html.Div(
            checklists or [html.P("Checklists start when a local CSPR is decided.")],
            className="three-col",
        ),
        html.H2("Recommendations and actions"),
        html.Ol(recommendations, style={"listStyle": "none", "paddingLeft": 0})
        if recommendations
        else html.P("None yet."),
    ]


def _review(review_id: Any, session: Any, permission: str) -> tuple[CurrentUser, Review]:
    """The user, if they hold `permission`, and the review, if they may open it."""
    return review_for_user(review_id, session, permission)


@callback(
    Output(ID.BODY, "children"),
    Input(ID.ID, "data"),
    Input(ID.VERSION, "data"),
    Input(SHELL_MODE, "data"),
)
@guarded("reviews.view")
def show_review(review_id: Any, _version: int, _mode: Any = None) -> list[Any]:
    with db() as session:
        user, review = _review(review_id, session, "reviews.view")
        audit_view(user, review, "review", session=session)
        words: Callable[[str], str] = str
        if anonymised_view(user):
            words = load_case(session, context().data_dir, review.id).anonymiser.text
        return review_body(review, dt.date.today(), user.can("reviews.edit"), words)


@callback(
    Output(ID.ACT_REC, "options"),
    Output(ID.UPD_ACT, "options"),
    Input(ID.ID, "data"),
    Input(ID.VERSION, "data"),
)
@guarded("reviews.edit")
def action_options(review_id: Any, _version: int) -> tuple[Any, Any]:
    with db() as session:
        user, review = _review(review_id, session, "reviews.edit")
        words: Callable[[str], str] = str
        if anonymised_view(user):
            words = load_case(session, context().data_dir, review.id).anonymiser.text
        recs = [
            {"label": f"{r.number}. {words(r.text)[:60]}", "value": r.id}
            for r in review.recommendations
        ]
        acts = [
            {"label": f"Action {a.id}: {words(a.action)[:60]}", "value": a.id}
            for r in review.recommendations
            for a in r.actions
        ]
        return recs, acts


@callback(
    Output(ID.MESSAGE, "children"),
    Output(ID.VERSION, "data"),
    Input(ID.SAVE_DATE, "n_clicks"),
    Input(ID.ADD_ATTENDEE, "n_clicks"),
    Input(ID.ADD_REC, "n_clicks"),
    Input(ID.ADD_ACT, "n_clicks"),
    Input(ID.UPDATE_ACT, "n_clicks"),
    Input({"type": ID.TASK, "stage": ALL}, "value"),
    State(ID.DATE_FIELD, "value"),
    State(ID.DATE_VALUE, "date"),
    State(ID.ATT_NAME, "value"),
    State(ID.ATT_ORG, "value"),
    State(ID.ATT_PARTNER, "value"),
    State(ID.REC_TEXT, "value"),
    State(ID.ACT_REC, "value"),
    State(ID.ACT_OWNER, "value"),
    State(ID.ACT_TEXT, "value"),
    State(ID.ACT_DUE, "date"),
    State(ID.UPD_ACT, "value"),
    State(ID.UPD_STATUS, "value"),
    State(ID.UPD_EVIDENCE, "value"),
    State(ID.UPD_SIGNED, "value"),
    State(ID.UPD_SIGNED_ON, "date"),
    State(ID.ID, "data"),
    State(ID.VERSION, "data"),
    prevent_initial_call=True,
)
@guarded("reviews.edit")
def change_review(*args: Any) -> tuple[Any, Any]:
    values = dict(zip(CHANGE_STATES, args[6:], strict=True))
    values["tasks"] = args[5]
    trigger = dash.ctx.triggered_id
    name = trigger if isinstance(trigger, str) else ID.TASK
    try:
        with db() as session:
            user, review = _review(values["id"], session, "reviews.edit")
            message = apply_change(session, user.username, review, name, values)
    except USER_ERRORS as error:
        return f"Not saved: {user_message(error)}", no_update
    if message is None:
        return no_update, no_update
    return message, (values["version"] or 0) + 1


CHANGE_STATES = (
    "date_field",
    "date_value",
    "att_name",
    "att_org",
    "att_partner",
    "rec_text",
    "act_rec",
    "act_owner",
    "act_text",
    "act_due",
    "upd_act",
    "upd_status",
    "upd_evidence",
    "upd_signed",
    "upd_signed_on",
    "id",
    "version",
)


def save_date(session: Any, user: str, review: Review, v: dict[str, Any]) -> str:
    if v.get("date_field") not in DATE_LABELS:
        raise service.ReviewError("choose which date")
    field_name = v["date_field"]
    service.update_review(session, review, {field_name: parse_date(v.get("date_value"))}, user)
    return f"{DATE_LABELS[field_name]} saved."


def add_attendee(session: Any, user: str, review: Review, v: dict[str, Any]) -> str:
    if not (v.get("att_name") and v.get("att_org") and v.get("att_partner")):
        raise service.ReviewError("give the name, organisation and partner")
    service.add_attendee(session, review, v["att_name"], v["att_org"], v["att_partner"], user)
    return "Attendee added."


def add_recommendation(session: Any, user: str, review: Review, v: dict[str, Any]) -> str:
    if not (v.get("rec_text") or "").strip():
        raise service.ReviewError("write the recommendation")
    service.add_recommendation(session, review, v["rec_text"].strip(), user)
    return "Recommendation added."


def add_action(session: Any, user: str, review: Review, v: dict[str, Any]) -> str:
    rec = next((r for r in review.recommendations if r.id == v.get("act_rec")), None)
    if rec is None or not v.get("act_text") or not v.get("act_owner"):
        raise service.ReviewError("choose the recommendation and give the owner and action")
    service.add_action(
        session, rec, v["act_owner"], v["act_text"], parse_date(v.get("act_due")), user
    )
    return "Action added."


def update_action(session: Any, user: str, review: Review, v: dict[str, Any]) -> str:
    entry = next(
        (a for r in review.recommendations for a in r.actions if a.id == v.get("upd_act")), None
    )
    if entry is None:
        raise service.ReviewError("choose the action")
    service.update_action(
        session,
        entry,
        user,
        status=v.get("upd_status"),
        evidence=v.get("upd_evidence"),
        signed_off_by=v.get("upd_signed"),
        signed_off_on=parse_date(v.get("upd_signed_on")),
    )
    return "Action updated."


def tick_tasks(session: Any, user: str, review: Review, v: dict[str, Any]) -> str | None:
    done = {int(i) for values in (v.get("tasks") or []) for i in (values or [])}
    changed = 0
    for task in review.tasks:
        if (task.id in done) != bool(task.completed_on):
            when = dt.date.today() if task.id in done else None
            service.complete_task(session, review, task.id, when, user)
            changed += 1
    return f"Checklist updated ({changed})." if changed else None


HANDLERS: dict[str, Handler] = {
    ID.SAVE_DATE: save_date,
    ID.ADD_ATTENDEE: add_attendee,
    ID.ADD_REC: add_recommendation,
    ID.ADD_ACT: add_action,
    ID.UPDATE_ACT: update_action,
    ID.TASK: tick_tasks,
}
# Every form's handlers, this page's and its helper modules' (button ids are unique).
ALL_HANDLERS: dict[str, Handler] = {
    **HANDLERS,
    **{k: h for module in FORM_MODULES for k, h in module.HANDLERS.items()},
}


def apply_change(
    session: Any, user: str, review: Review, trigger: str, v: dict[str, Any]
) -> str | None:
    """One change to a review through the service (a plain function, for tests): the handler
    of the button `trigger`, from any of the page's forms."""
    handler = ALL_HANDLERS.get(trigger)
    if handler is None:
        raise ValueError(f"no form has the button {trigger}")
    return handler(session, user, review, v)


dash.register_page(__name__, path="/review", title="Review · cspr", name="Review", layout=layout)
