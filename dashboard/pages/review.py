"""One review: deadlines with RAG status, the rapid review (attendance and the quorum check,
votes, decision), key and publication dates, stage checklists, recommendations and actions.
Every change goes through `reviews.service`, so the guidance's rules and the audit trail
apply exactly as on the command line."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import dash
from dash import ALL, Input, Output, State, callback, dcc, html, no_update

from dashboard.access import CurrentUser, anonymised_view, audit_view, context, db, guarded, require
from dashboard.access import require_review as review_for
from dashboard.case import load_case
from dashboard.pages.reviews import RAG_CLASS, TYPE_NAMES  # imported after it registered
from dashboard.shell import not_permitted, page_user
from reviews import service
from reviews.models import ACTION_STATUSES, CHOICES, ORGANISATION_KINDS, PARTNERS, Review
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
PARTNER_LABELS = {
    "local_authority": "Local authority",
    "icb": "ICB",
    "police": "Police",
    "other": "Other",
}


def layout(id: str | None = None, **_: Any) -> html.Div:
    user = page_user("reviews.view")
    if user is None:
        return not_permitted()
    editable = user.can("reviews.edit")
    forms = _forms() if editable else [html.P("Read only for your role.", className="hint")]
    return html.Div(
        [
            dcc.Store(id="rvd-id", data=id),
            dcc.Store(id="rvd-version", data=0),
            html.Div(id="rvd-body"),
            html.Div(id="rvd-message", className="message", role="status"),
            *forms,
        ]
    )


def _date_picker(id_: str) -> dcc.DatePickerSingle:
    return dcc.DatePickerSingle(id=id_, display_format="DD/MM/YYYY", first_day_of_week=1)


def _forms() -> list[Any]:
    def options(values: tuple[str, ...], labels: dict[str, str] | None = None) -> list[Any]:
        return [{"label": (labels or {}).get(v, v.replace("_", " ")), "value": v} for v in values]

    return [
        html.Div(
            className="three-col",
            children=[
                html.Div(
                    className="panel",
                    children=[
                        html.H2("Record a date"),
                        dcc.Dropdown(
                            id="rvd-date-field",
                            options=[{"label": v, "value": k} for k, v in DATE_LABELS.items()],
                        ),
                        _date_picker("rvd-date-value"),
                        html.Button("Save date", id="rvd-save-date", className="primary"),
                    ],
                ),
                html.Div(
                    className="panel",
                    children=[
                        html.H2("Meeting attendance"),
                        dcc.Input(id="rvd-att-name", placeholder="Name"),
                        dcc.Input(id="rvd-att-org", placeholder="Organisation"),
                        dcc.Dropdown(
                            id="rvd-att-partner",
                            options=options(ORGANISATION_KINDS, PARTNER_LABELS),
                        ),
                        html.Button("Add attendee", id="rvd-add-attendee", className="primary"),
                    ],
                ),
                html.Div(
                    className="panel",
                    children=[
                        html.H2("Votes and decision"),
                        dcc.Dropdown(
                            id="rvd-vote-partner",
                            options=options(PARTNERS, PARTNER_LABELS),
                            placeholder="Partner",
                        ),
                        dcc.Dropdown(
                            id="rvd-vote-choice", options=options(CHOICES), placeholder="Vote"
                        ),
                        dcc.Input(id="rvd-vote-rationale", placeholder="Rationale"),
                        html.Button("Record vote", id="rvd-vote", className="primary"),
                        html.Div([html.Label("Decision date"), _date_picker("rvd-decision-date")]),
                        html.Button("Record decision", id="rvd-decide", className="primary"),
                    ],
                ),
                html.Div(
                    className="panel",
                    children=[
                        html.H2("Recommendations and actions"),
                        dcc.Textarea(
                            id="rvd-rec-text", placeholder="Recommendation", style={"width": "100%"}
                        ),
                        html.Button("Add recommendation", id="rvd-add-rec", className="primary"),
                        dcc.Dropdown(id="rvd-act-rec", placeholder="For recommendation"),
                        dcc.Input(id="rvd-act-owner", placeholder="Owner agency"),
                        dcc.Input(id="rvd-act-text", placeholder="Action"),
                        _date_picker("rvd-act-due"),
                        html.Button("Add action", id="rvd-add-act", className="primary"),
                    ],
                ),
                html.Div(
                    className="panel",
                    children=[
                        html.H2("Progress an action"),
                        dcc.Dropdown(id="rvd-upd-act", placeholder="Action"),
                        dcc.Dropdown(
                            id="rvd-upd-status",
                            options=options(ACTION_STATUSES),
                            placeholder="Status",
                        ),
                        dcc.Input(id="rvd-upd-evidence", placeholder="Evidence"),
                        dcc.Input(id="rvd-upd-signed", placeholder="Signed off by"),
                        _date_picker("rvd-upd-signed-on"),
                        html.Button("Update action", id="rvd-update-act", className="primary"),
                    ],
                ),
            ],
        ),
    ]


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value[:10]) if value else None


def _uk(value: dt.date | None) -> str:
    return f"{value:%d/%m/%Y}" if value else "—"


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
                html.Td(_uk(d.due)),
                html.Td(_uk(d.done_on)),
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
                    id={"type": "rvd-task" if editable else "rvd-task-read", "stage": stage},
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
                            f"due {_uk(a.due_on)}, "
                            f"{a.status.replace('_', ' ')}"
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
            f"{review.child_pseudonym}; referred {_uk(review.referral_date)} by "
            f"{review.referring_agency or 'not recorded'}; decision: "
            f"{(review.decision or 'not yet').replace('_', ' ')}"
            f"{' on ' + _uk(review.decision_date) if review.decision_date else ''}."
        ),
        html.Div([html.P(f, className="panel error") for f in review_flags(review)]),
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
                        html.H3("Votes"),
                        html.Ul(
                            [
                                html.Li(
                                    f"{PARTNER_LABELS[v.partner]}: {v.choice.replace('_', ' ')}"
                                    f"{' — ' + words(v.rationale) if v.rationale else ''}"
                                )
                                for v in review.votes
                            ]
                        )
                        if review.votes
                        else html.P("No votes yet."),
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
                                for x in (html.Dt(label), html.Dd(_uk(getattr(review, k))))
                            ],
                        ),
                    ]
                ),
            ],
        ),
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
    user = require(permission)
    return user, review_for(user, review_id, session)


@callback(
    Output("rvd-body", "children"),
    Input("rvd-id", "data"),
    Input("rvd-version", "data"),
)
@guarded("reviews.view")
def show_review(review_id: Any, _version: int) -> list[Any]:
    with db() as session:
        user, review = _review(review_id, session, "reviews.view")
        audit_view(user, review, "review", session=session)
        words: Callable[[str], str] = str
        if anonymised_view(user):
            words = load_case(session, context().data_dir, review.id).anonymiser.text
        return review_body(review, dt.date.today(), user.can("reviews.edit"), words)


@callback(
    Output("rvd-act-rec", "options"),
    Output("rvd-upd-act", "options"),
    Input("rvd-id", "data"),
    Input("rvd-version", "data"),
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
    Output("rvd-message", "children"),
    Output("rvd-version", "data"),
    Input("rvd-save-date", "n_clicks"),
    Input("rvd-add-attendee", "n_clicks"),
    Input("rvd-vote", "n_clicks"),
    Input("rvd-decide", "n_clicks"),
    Input("rvd-add-rec", "n_clicks"),
    Input("rvd-add-act", "n_clicks"),
    Input("rvd-update-act", "n_clicks"),
    Input({"type": "rvd-task", "stage": ALL}, "value"),
    State("rvd-date-field", "value"),
    State("rvd-date-value", "date"),
    State("rvd-att-name", "value"),
    State("rvd-att-org", "value"),
    State("rvd-att-partner", "value"),
    State("rvd-vote-partner", "value"),
    State("rvd-vote-choice", "value"),
    State("rvd-vote-rationale", "value"),
    State("rvd-decision-date", "date"),
    State("rvd-rec-text", "value"),
    State("rvd-act-rec", "value"),
    State("rvd-act-owner", "value"),
    State("rvd-act-text", "value"),
    State("rvd-act-due", "date"),
    State("rvd-upd-act", "value"),
    State("rvd-upd-status", "value"),
    State("rvd-upd-evidence", "value"),
    State("rvd-upd-signed", "value"),
    State("rvd-upd-signed-on", "date"),
    State("rvd-id", "data"),
    State("rvd-version", "data"),
    prevent_initial_call=True,
)
@guarded("reviews.edit")
def change_review(*args: Any) -> tuple[Any, Any]:
    values = dict(zip(CHANGE_STATES, args[8:], strict=True))
    values["tasks"] = args[7]
    trigger = dash.ctx.triggered_id
    name = trigger if isinstance(trigger, str) else "rvd-task"
    try:
        with db() as session:
            user, review = _review(values["id"], session, "reviews.edit")
            message = apply_change(session, user.username, review, name, values)
    except (service.ReviewError, ValueError) as error:
        return f"Not saved: {error}", no_update
    if message is None:
        return no_update, no_update
    return message, (values["version"] or 0) + 1


CHANGE_STATES = (
    "date_field",
    "date_value",
    "att_name",
    "att_org",
    "att_partner",
    "vote_partner",
    "vote_choice",
    "vote_rationale",
    "decision_date",
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


def apply_change(
    session: Any, user: str, review: Review, trigger: str, v: dict[str, Any]
) -> str | None:
    """One change to a review through the service (a plain function, for tests)."""
    if trigger == "rvd-save-date":
        if v["date_field"] not in DATE_LABELS:
            raise ValueError("choose which date")
        service.update_review(session, review, {v["date_field"]: _date(v["date_value"])}, user)
        return f"{DATE_LABELS[v['date_field']]} saved."
    if trigger == "rvd-add-attendee":
        if not (v["att_name"] and v["att_org"] and v["att_partner"]):
            raise ValueError("give the name, organisation and partner")
        service.add_attendee(session, review, v["att_name"], v["att_org"], v["att_partner"], user)
        return "Attendee added."
    if trigger == "rvd-vote":
        service.cast_vote(
            session,
            review,
            v["vote_partner"] or "",
            v["vote_choice"] or "",
            v["vote_rationale"] or "",
            user,
        )
        return "Vote recorded."
    if trigger == "rvd-decide":
        when = _date(v["decision_date"])
        if when is None:
            raise ValueError("give the decision date")
        return service.record_decision(session, review, when, user).message
    if trigger == "rvd-add-rec":
        if not (v["rec_text"] or "").strip():
            raise ValueError("write the recommendation")
        service.add_recommendation(session, review, v["rec_text"].strip(), user)
        return "Recommendation added."
    if trigger == "rvd-add-act":
        rec = next((r for r in review.recommendations if r.id == v["act_rec"]), None)
        if rec is None or not v["act_text"] or not v["act_owner"]:
            raise ValueError("choose the recommendation and give the owner and action")
        service.add_action(session, rec, v["act_owner"], v["act_text"], _date(v["act_due"]), user)
        return "Action added."
    if trigger == "rvd-update-act":
        entry = next(
            (a for r in review.recommendations for a in r.actions if a.id == v["upd_act"]), None
        )
        if entry is None:
            raise ValueError("choose the action")
        service.update_action(
            session,
            entry,
            user,
            status=v["upd_status"],
            evidence=v["upd_evidence"],
            signed_off_by=v["upd_signed"],
            signed_off_on=_date(v["upd_signed_on"]),
        )
        return "Action updated."
    done = {int(i) for values in (v.get("tasks") or []) for i in (values or [])}
    changed = 0
    for task in review.tasks:
        if (task.id in done) != bool(task.completed_on):
            when = dt.date.today() if task.id in done else None
            service.complete_task(session, review, task.id, when, user)
            changed += 1
    return f"Checklist updated ({changed})." if changed else None


dash.register_page(__name__, path="/review", title="Review · cspr", name="Review", layout=layout)
