"""Actions: the recommendations' actions a user may follow up, across their reviews.

The guidance's action plans are "monitored until signed off": an agency reports progress on the
actions its agency owns (status and evidence) and the partnership signs them off. This page is
where an agency uploader does that from the dashboard; lead reviewers and business support see
and update every action of their reviews here too (sign-off stays on the review page). Every
update goes through `accounts.action_rights.update_action_as`, the same rule as `cspr review
action-update`, so an agency can never touch another agency's action or sign one off. Business
support downloads the open actions across all reviews (the learning subgroup's list, as
`cspr review actions`). In presentation mode the texts are anonymised with each review's own
anonymiser and nothing can be changed.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import dash
from dash import Input, Output, State, callback, dcc, html, no_update

from accounts.action_rights import AGENCY_STATUSES, update_action_as
from dashboard.access import (
    CurrentUser,
    anonymised_view,
    audit_view,
    context,
    db,
    guarded,
    require,
    review_ids_for,
)
from dashboard.case import load_case
from dashboard.errors import USER_ERRORS, ScreenError, user_message
from dashboard.ids import Actions as ID
from dashboard.shell import SHELL_MODE, not_permitted, page_user
from reviews.actions import STATUS_NAMES, ActionRow, action_rows, write_actions
from reviews.models import ACTION_STATUSES

PERMISSION = "actions.update"
# Sign-off needs a signatory and a date: it is done on the review page, not here.
EDITABLE_STATUSES = tuple(s for s in ACTION_STATUSES if s != "signed_off")


def visible_rows(
    session: Any, user: CurrentUser, today: dt.date, open_only: bool
) -> list[ActionRow]:
    """The actions this user may follow up: those of a lead reviewer's assigned reviews, every
    review's for business support (both edit reviews); an agency's own in its assigned reviews."""
    allowed = review_ids_for(user, session)
    owner = None if user.can("reviews.edit") else (user.agency or "-")  # no agency: none
    rows = action_rows(session, today, open_only=open_only, owner=owner)
    return [r for r in rows if allowed is None or r.review.id in allowed]


def _label(value: str) -> str:
    return STATUS_NAMES.get(value, value)


def layout(**_: Any) -> html.Div:
    user = page_user(PERMISSION)
    if user is None:
        return not_permitted()
    editor = user.can("reviews.edit")  # else an agency: its own actions only
    statuses = EDITABLE_STATUSES if editor else AGENCY_STATUSES
    who = "the actions of your reviews" if editor else f"the actions {user.agency} owns"
    children: list[Any] = [
        html.H1("Actions"),
        html.P(
            f"Report progress on {who}. The partnership signs an action off on the review page.",
            className="hint",
        ),
        dcc.Store(id=ID.VERSION, data=0),
        dcc.Checklist(
            id=ID.OPEN_ONLY,
            options=[{"label": " Only actions not yet signed off", "value": "open"}],
            value=["open"],
        ),
        html.Div(id=ID.TABLE),
        html.Section(
            className="panel",
            children=[
                html.H2("Report progress"),
                html.Label(["Action", dcc.Dropdown(id=ID.CHOOSE, placeholder="Choose an action")]),
                html.Label(
                    [
                        "Status",
                        dcc.Dropdown(
                            id=ID.STATUS,
                            options=[{"label": _label(s), "value": s} for s in statuses],
                            placeholder="Status",
                        ),
                    ]
                ),
                html.Label(
                    [
                        "Evidence (what shows the progress; needed to say it is complete)",
                        dcc.Textarea(id=ID.EVIDENCE, style={"width": "100%"}),
                    ]
                ),
                html.Button("Save progress", id=ID.SAVE, className="primary"),
                html.Div(id=ID.MESSAGE, className="message", role="status"),
            ],
        ),
    ]
    if user.can("reviews.edit"):
        children += [
            html.Button(
                "Download open actions of every review (.xlsx)",
                id=ID.DOWNLOAD_BUTTON,
                className="primary",
            ),
            dcc.Download(id=ID.DOWNLOAD),
        ]
    return html.Div(children)


def _words(session: Any, user: CurrentUser) -> Callable[[ActionRow, str], str]:
    """Text as the user may see it: as written, or anonymised per review in presentation mode."""
    if not anonymised_view(user):
        return lambda _row, text: text
    cases: dict[int, Callable[[str], str]] = {}

    def words(row: ActionRow, text: str) -> str:
        if row.review.id not in cases:
            cases[row.review.id] = load_case(
                session, context().data_dir, row.review.id
            ).anonymiser.text
        return cases[row.review.id](text)

    return words


def table(rows: list[ActionRow], words: Callable[[ActionRow, str], str]) -> html.Table:
    head = (
        "Review",
        "Recommendation",
        "Action",
        "Owner",
        "Due",
        "Status",
        "RAG status",
        "Evidence",
    )
    body = [
        html.Tr(
            [
                html.Td(r.review.reference),
                html.Td(f"{r.recommendation.number}. {words(r, r.recommendation.text)}"),
                html.Td(f"{r.action.id}. {words(r, r.action.action)}"),
                html.Td(r.action.owner_agency),
                html.Td(f"{r.action.due_on:%d/%m/%Y}" if r.action.due_on else "—"),
                html.Td(_label(r.action.status)),
                html.Td(r.rag_word, className=f"rag-{r.status.rag}" if r.status else ""),
                html.Td(words(r, r.action.evidence)),
            ]
        )
        for r in rows
    ]
    if not body:
        body = [html.Tr(html.Td("No actions to follow up.", colSpan=len(head)))]
    return html.Table(
        className="table",
        children=[html.Thead(html.Tr([html.Th(h, scope="col") for h in head])), html.Tbody(body)],
    )


@callback(
    Output(ID.TABLE, "children"),
    Output(ID.CHOOSE, "options"),
    Input(ID.VERSION, "data"),
    Input(ID.OPEN_ONLY, "value"),
    Input(SHELL_MODE, "data"),
)
@guarded(PERMISSION)
def show_actions(_version: Any, open_only: Any, _mode: Any = None) -> tuple[Any, Any]:
    user = require(PERMISSION)
    with db() as session:
        rows = visible_rows(session, user, dt.date.today(), bool(open_only))
        words = _words(session, user)
        audit_view(user, None, "actions", f"{len(rows)} actions", session=session)
        options = [
            {
                "label": f"{r.review.reference} · action {r.action.id}: "
                f"{words(r, r.action.action)[:60]}",
                "value": r.action.id,
            }
            for r in rows
            if r.action.status != "signed_off"
        ]
        return table(rows, words), options


def save_progress(
    session: Any, user: CurrentUser, action_id: Any, status: Any, evidence: Any
) -> str:
    """One update through the shared rule (a plain function, for tests)."""
    if anonymised_view(user):
        raise ScreenError("turn presentation mode off to report progress")
    if action_id is None:
        raise ScreenError("choose an action")
    if status is None and not (evidence or "").strip():
        raise ScreenError("choose a status or write the evidence")
    if status is not None and status not in EDITABLE_STATUSES:
        raise ScreenError(f"'{status}' is not a status this page sets")
    # The account's role, agency and assigned reviews are checked by the shared rule.
    entry = update_action_as(
        session,
        int(action_id),
        user.username,
        status=status,
        evidence=(evidence or "").strip() or None,
    )
    return f"Action {entry.id}: {_label(entry.status)}."


@callback(
    Output(ID.MESSAGE, "children"),
    Output(ID.VERSION, "data"),
    Input(ID.SAVE, "n_clicks"),
    State(ID.CHOOSE, "value"),
    State(ID.STATUS, "value"),
    State(ID.EVIDENCE, "value"),
    State(ID.VERSION, "data"),
    prevent_initial_call=True,
)
@guarded(PERMISSION)
def on_save(_clicks: Any, action_id: Any, status: Any, evidence: Any, version: Any) -> Any:
    user = require(PERMISSION)
    try:
        with db() as session:
            message = save_progress(session, user, action_id, status, evidence)
    except USER_ERRORS as error:
        return f"Not saved: {user_message(error)}", no_update
    return message, (version or 0) + 1


@callback(
    Output(ID.DOWNLOAD, "data"),
    Input(ID.DOWNLOAD_BUTTON, "n_clicks"),
    prevent_initial_call=True,
)
@guarded("reviews.edit")
def download_open_actions(_clicks: Any) -> Any:
    user = require("reviews.edit")
    if anonymised_view(user):
        return no_update  # named texts never leave in presentation mode
    today = dt.date.today()
    with db() as session, tempfile.TemporaryDirectory() as folder:
        rows = visible_rows(session, user, today, open_only=True)
        path = Path(folder) / f"open_actions_{today:%Y-%m-%d}.xlsx"
        write_actions(rows, path, title="Open actions")
        audit_view(user, None, "download", f"{path.name} ({len(rows)} actions)", session=session)
        return dcc.send_bytes(path.read_bytes(), path.name)


dash.register_page(__name__, path="/actions", title="Actions · cspr", name="Actions", layout=layout)
