"""Audit and users (administrators): who did what and when (logins, refused logins, uploads,
merges, overrides, exports, views of case data and every change to a review), and who can log
in with which role. Reading the log shows case data (anonymised), so that is audited too.
Administrators add and remove users, set passwords and assign users to reviews here, through
the functions `cspr user` uses (dashboard/user_admin.py), each change in the audit trail."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import dash
import dash_ag_grid as dag
from dash import Input, Output, State, callback, dcc, html, no_update
from sqlalchemy import select

from accounts import MIN_PASSWORD, ROLES, assigned_review_ids, list_users
from dashboard import user_admin
from dashboard.access import ROLE_NAMES, Denied, audit_view, context, db, guarded, require
from dashboard.anonymise import Anonymiser
from dashboard.case import load_case
from dashboard.errors import USER_ERRORS, ScreenError, user_message
from dashboard.ids import Admin as ID
from dashboard.shell import not_permitted, page_user
from reviews.models import AuditEntry, Review
from reviews.service import list_reviews

AUDIT_LIMIT = 5000
# Records as a reader names them (the log stores the class name: `CaseFile`).
RECORD_WORDS = {
    "CaseFile": "Uploaded file",
    "TemplateMapping": "Column mapping",
    "AgencyRequest": "Agency request",
    "AgencyReturn": "Agency return",
    "StageTask": "Task",
    "AuditEntry": "Audit entry",
}


def record_words(entity: str) -> str:
    """`CaseFile` -> `Uploaded file`; other names split at their capitals (`Review`)."""
    if entity in RECORD_WORDS:
        return RECORD_WORDS[entity]
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", entity).capitalize()


def field_words(field: str | None) -> str:
    """`scoping_sent_on` -> `Scoping sent on`."""
    return (field or "").replace("_", " ").capitalize()


def layout(**_: Any) -> html.Div:
    user = page_user("audit.view")
    if user is None:
        return not_permitted()
    return html.Div(
        [
            html.H1("Audit log"),
            html.P(f"The latest {AUDIT_LIMIT:,} entries, newest first.", className="hint"),
            dag.AgGrid(
                id=ID.AUDIT,
                columnDefs=[
                    {"field": "at", "headerName": "When (UTC)", "width": 170},
                    {"field": "user", "headerName": "Who", "width": 120},
                    {"field": "action", "headerName": "Action", "width": 120},
                    {"field": "entity", "headerName": "Record", "width": 140},
                    {"field": "review", "headerName": "Review", "width": 140},
                    {"field": "field", "headerName": "Field", "width": 140},
                    {"field": "change", "headerName": "Change", "flex": 1},
                ],
                defaultColDef={"resizable": True, "sortable": True, "filter": True},
                rowData=[],
                style={"height": "520px"},
                className="ag-theme-quartz",
            ),
            html.H2("Users"),
            dcc.Store(id=ID.VERSION, data=0),
            html.Div(id=ID.USERS),
            *(user_forms() if user.can("users.manage") else []),
        ]
    )


def _text(label: str, id_: str, password: bool = False) -> html.Label:
    field = (
        dcc.Input(id=id_, type="password", autoComplete="new-password")
        if password
        else dcc.Input(id=id_, type="text", autoComplete="off")
    )
    return html.Label([f"{label} ", field])


def user_forms() -> list[Any]:
    """Add a user; set a password, assign to a review or remove an existing one."""
    password_hint = f"At least {MIN_PASSWORD} characters."
    return [
        html.Div(
            className="two-col",
            children=[
                html.Div(
                    className="panel",
                    children=[
                        html.H2("Add a user"),
                        _text("User name (lower-case letters, digits, . _ -)", ID.NEW_NAME),
                        _text("Name shown in the dashboard", ID.NEW_DISPLAY),
                        html.Label(
                            [
                                "Role ",
                                dcc.Dropdown(
                                    id=ID.NEW_ROLE,
                                    options=[{"label": ROLE_NAMES[r], "value": r} for r in ROLES],
                                    placeholder="Choose a role",
                                ),
                            ]
                        ),
                        _text("Agency (agency uploaders only)", ID.NEW_AGENCY),
                        _text("Initial password", ID.NEW_PASSWORD, password=True),
                        html.P(password_hint, className="hint"),
                        html.Label(
                            [
                                "Assign to reviews ",
                                dcc.Dropdown(id=ID.NEW_REVIEWS, multi=True, placeholder="None"),
                            ]
                        ),
                        html.Button("Add user", id=ID.ADD, className="primary"),
                    ],
                ),
                html.Div(
                    className="panel",
                    children=[
                        html.H2("Change a user"),
                        html.Label(
                            [
                                "User ",
                                dcc.Dropdown(id=ID.USER, placeholder="Choose a user"),
                            ]
                        ),
                        _text("New password", ID.PASSWORD, password=True),
                        html.P(
                            f"{password_hint} Setting it ends the user's sessions.",
                            className="hint",
                        ),
                        html.Button("Set password", id=ID.SET_PASSWORD, className="primary"),
                        html.Label(
                            [
                                "Review ",
                                dcc.Dropdown(id=ID.REVIEW, placeholder="Choose a review"),
                            ]
                        ),
                        html.Button("Assign to review", id=ID.ASSIGN, className="primary"),
                        html.Button("Take off this review", id=ID.UNASSIGN),
                        dcc.Checklist(
                            id=ID.REMOVE_SURE,
                            options=[{"label": " Yes, remove this user", "value": "yes"}],
                            value=[],
                        ),
                        html.Button("Remove user", id=ID.REMOVE),
                    ],
                ),
            ],
        ),
        html.Div(id=ID.MESSAGE, className="message", role="status"),
    ]


def audit_rows(limit: int = AUDIT_LIMIT) -> list[dict[str, Any]]:
    """The latest entries. Administrators hold no case role, so values that may carry case
    data (file and sheet names, decisions' rows) are shown anonymised."""
    words: dict[str, Callable[[str], str]] = {}
    with db() as session:

        def anonymiser(reference: str) -> Callable[[str], str]:
            if reference not in words:
                review = session.scalar(select(Review).where(Review.reference == reference))
                words[reference] = (
                    load_case(session, context().data_dir, review.id).anonymiser.text
                    if review is not None
                    else Anonymiser().text
                )
            return words[reference]

        entries = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit))
        rows = []
        for e in entries:
            clean = anonymiser(e.review_reference) if e.review_reference else Anonymiser().text
            old, new = (ROLE_NAMES.get(v, v) for v in (clean(e.old_value), clean(e.new_value)))
            rows.append(
                {
                    "at": f"{e.at:%d/%m/%Y %H:%M:%S}",
                    "user": e.user,
                    "action": e.action,
                    "entity": record_words(e.entity) + (f" {e.entity_id}" if e.entity_id else ""),
                    "review": e.review_reference,
                    "field": field_words(e.field),
                    "change": (f"{old} → " if old else "") + new,
                }
            )
        return rows


def users_table() -> html.Table:
    with db() as session:
        rows = []
        for user in list_users(session):
            refs = sorted(
                r.reference
                for r in session.scalars(
                    select(Review).where(Review.id.in_(assigned_review_ids(session, user)))
                )
            )
            rows.append(
                html.Tr(
                    [
                        html.Td(user.username),
                        html.Td(user.display_name),
                        html.Td(ROLE_NAMES.get(user.role, user.role)),
                        html.Td(user.agency),
                        html.Td(", ".join(refs)),
                    ]
                )
            )
    head = html.Tr([html.Th(h) for h in ("User", "Name", "Role", "Agency", "Reviews")])
    return html.Table([html.Thead(head), html.Tbody(rows)], className="simple")


@callback(
    Output(ID.AUDIT, "rowData"),
    Output(ID.USERS, "children"),
    Input("shell-url", "pathname"),
    Input(ID.VERSION, "data"),
)
@guarded("audit.view")
def show_audit(_path: Any, _version: Any = None) -> tuple[Any, Any]:
    user = require("audit.view")
    rows = audit_rows()
    audit_view(user, None, "audit log", "the latest entries, anonymised")
    return rows, users_table()


@callback(
    Output(ID.USER, "options"),
    Output(ID.REVIEW, "options"),
    Output(ID.NEW_REVIEWS, "options"),
    Input(ID.VERSION, "data"),
    Input(ID.USER, "id"),
)
@guarded("users.manage")
def user_options(_version: Any, _id: Any) -> tuple[Any, Any, Any]:
    require("users.manage")
    with db() as session:
        users = [
            {"label": f"{u.username} ({ROLE_NAMES.get(u.role, u.role)})", "value": u.username}
            for u in list_users(session)
        ]
        reviews = [
            {"label": r.reference, "value": r.reference}
            for r in list_reviews(session, include_closed=True)
        ]
    return users, reviews, reviews


USER_FIELDS = (
    "adm-new-name.value",
    "adm-new-display.value",
    "adm-new-role.value",
    "adm-new-agency.value",
    "adm-new-password.value",
    "adm-new-reviews.value",
    "adm-user.value",
    "adm-password.value",
    "adm-review.value",
    "adm-remove-sure.value",
)


def _add(user: Any, v: dict[str, Any]) -> str:
    return user_admin.add_user(
        user,
        username=v.get("adm-new-name.value"),
        role=v.get("adm-new-role.value"),
        password=v.get("adm-new-password.value"),
        agency=v.get("adm-new-agency.value"),
        display_name=v.get("adm-new-display.value"),
        reviews=v.get("adm-new-reviews.value") or [],
    )


def _remove(user: Any, v: dict[str, Any]) -> str:
    if not v.get("adm-remove-sure.value"):
        raise ScreenError("tick 'Yes, remove this user' first")
    return user_admin.remove_user(user, v.get("adm-user.value"))


# The form's buttons: id -> (the administrator, the form's values keyed as USER_FIELDS) -> message.
HANDLERS: dict[str, Callable[[Any, dict[str, Any]], str]] = {
    ID.ADD: _add,
    ID.SET_PASSWORD: lambda user, v: user_admin.set_password(
        user, v.get("adm-user.value"), v.get("adm-password.value")
    ),
    ID.ASSIGN: lambda user, v: user_admin.assign(
        user, v.get("adm-user.value"), v.get("adm-review.value")
    ),
    ID.UNASSIGN: lambda user, v: user_admin.unassign(
        user, v.get("adm-user.value"), v.get("adm-review.value")
    ),
    ID.REMOVE: _remove,
}


def change_users(trigger: str, values: dict[str, Any]) -> str:
    """Do what the button `trigger` asks with the form's `values` (keyed as USER_FIELDS), as
    the logged-in administrator; returns the message (a plain function, for tests)."""
    user = require("users.manage")
    handler = HANDLERS.get(trigger)
    if handler is None:
        raise ScreenError("unknown action")
    return handler(user, values)


@callback(
    Output(ID.MESSAGE, "children"),
    Output(ID.VERSION, "data"),
    Output(ID.NEW_PASSWORD, "value"),
    Output(ID.PASSWORD, "value"),
    Output(ID.REMOVE_SURE, "value"),
    *[Input(button, "n_clicks") for button in HANDLERS],
    *[State(field.split(".")[0], field.split(".")[1]) for field in USER_FIELDS],
    State(ID.VERSION, "data"),
    prevent_initial_call=True,
)
@guarded("users.manage")
def user_clicked(*args: Any) -> tuple[Any, ...]:
    *_, version = args
    values = dict(zip(USER_FIELDS, args[len(HANDLERS) : -1], strict=True))
    trigger = str(dash.ctx.triggered_id or "")
    try:
        message = change_users(trigger, values)
    except Denied as error:  # one's own account: the permission itself was checked above
        return f"Not done: {error}.", no_update, no_update, no_update, no_update
    except USER_ERRORS as error:
        return f"Not done: {user_message(error)}.", no_update, no_update, no_update, no_update
    return message, int(version or 0) + 1, "", "", []


dash.register_page(
    __name__, path="/admin", title="Audit and users · cspr", name="Admin", layout=layout
)
