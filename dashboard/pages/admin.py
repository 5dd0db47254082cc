"""Audit and users (administrators): who did what and when (logins, refused logins, uploads,
merges, overrides, exports, views of case data and every change to a review), and who can log
in with which role. Reading the log shows case data (anonymised), so that is audited too."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import dash
import dash_ag_grid as dag
from dash import Input, Output, callback, html
from sqlalchemy import select

from dashboard.access import ROLE_NAMES, audit_view, context, db, guarded, require
from dashboard.anonymise import Anonymiser
from dashboard.case import load_case
from dashboard.shell import not_permitted, page_user
from reviews.casefiles import assigned_review_ids, list_users
from reviews.models import AuditEntry, Review

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
    if page_user("audit.view") is None:
        return not_permitted()
    return html.Div(
        [
            html.H1("Audit log"),
            html.P(f"The latest {AUDIT_LIMIT:,} entries, newest first.", className="hint"),
            dag.AgGrid(
                id="adm-audit",
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
            html.P("Add, remove and assign users with `cspr user`.", className="hint"),
            html.Div(id="adm-users"),
        ]
    )


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
    Output("adm-audit", "rowData"),
    Output("adm-users", "children"),
    Input("shell-url", "pathname"),
)
@guarded("audit.view")
def show_audit(_path: Any) -> tuple[Any, Any]:
    user = require("audit.view")
    rows = audit_rows()
    audit_view(user, None, "audit log", "the latest entries, anonymised")
    return rows, users_table()


dash.register_page(
    __name__, path="/admin", title="Audit and users · cspr", name="Admin", layout=layout
)
