"""The frame around every page: navigation by role, the review being worked on, presentation
mode and logout. `review-id` (session storage) holds a review's database id and nothing else.
"""

from __future__ import annotations

from typing import Any

import flask
from dash import Input, NoUpdate, Output, State, callback, dcc, html, no_update

from dashboard.access import (
    Denied,
    current_user,
    db,
    guarded,
    presentation_mode,
    require,
    require_review,
    review_ids_for,
    set_presentation_mode,
)
from reviews.service import list_reviews

# (path, label, permission): the pages, in menu order.
# The shell's stores every page reads: the chosen review's database id (kept for the browser
# session) and the presentation mode ("on" or not), as ids pages import rather than spell out.
REVIEW_ID = "review-id"
SHELL_MODE = "shell-mode"

NAV = (
    ("/", "Reviews", "reviews.view"),
    ("/chronology", "Chronology", "chronology.view"),
    ("/upload", "Upload", "upload"),
    ("/actions", "Actions", "actions.update"),
    ("/duplicates", "Duplicates", "duplicates.decide"),
    ("/genogram", "Genogram", "genogram.view"),
    ("/export", "Export", "documents"),
    ("/admin", "Audit and users", "audit.view"),
)


def shell(content: Any) -> html.Div:
    return html.Div(
        id="shell",
        className="shell",
        children=[
            dcc.Location(id="shell-url", refresh=False),
            dcc.Store(id=REVIEW_ID, storage_type="session"),
            dcc.Store(id=SHELL_MODE),
            html.A("Skip to content", href="#main", className="skip-link"),
            html.Header(
                className="topbar",
                children=[
                    html.Div(
                        "cspr", className="brand", title="Child Safeguarding Practice Reviews"
                    ),
                    # aria-* props reach Dash through **kwargs; its typed props reject a dict
                    html.Nav(id="shell-nav", className="nav", **{"aria-label": "Pages"}),  # type: ignore[arg-type]
                    html.Div(
                        className="topbar-tools",
                        children=[
                            html.Label("Review", htmlFor="shell-review", className="sr-only"),
                            dcc.Dropdown(
                                id="shell-review",
                                placeholder="Choose a review",
                                clearable=False,
                                className="review-picker",
                            ),
                            dcc.Checklist(
                                id="shell-presentation",
                                options=[{"label": " Presentation mode", "value": "on"}],
                                value=[],
                                className="presentation-switch",
                            ),
                            html.Span(id="shell-user", className="user"),
                            html.Form(
                                method="POST",
                                action="/logout",
                                children=html.Button(
                                    "Log out", type="submit", id="shell-logout", className="link"
                                ),
                            ),
                        ],
                    ),
                ],
            ),
            html.Main(id="main", className="main", tabIndex="-1", children=content),
        ],
    )


def nav_links(role_can: Any, pathname: str) -> list[Any]:
    links = []
    for path, label, permission in NAV:
        if role_can(permission):
            active = pathname == path
            links.append(
                dcc.Link(
                    label,
                    href=path,
                    className="nav-link active" if active else "nav-link",
                    id=f"nav-{label.split()[0].lower()}",
                )
            )
    return links


def review_options(user: Any) -> list[dict[str, Any]]:
    with db() as session:
        allowed = review_ids_for(user, session)
        reviews = list_reviews(session, include_closed=True)
        return [
            {"label": f"{r.reference} · {r.child_pseudonym}", "value": r.id}
            for r in reviews
            if allowed is None or r.id in allowed
        ]


@callback(
    Output("shell-nav", "children"),
    Output("shell-user", "children"),
    Output("shell-review", "options"),
    Output("shell-review", "value"),
    Output("shell-presentation", "value"),
    Input("shell-url", "pathname"),
    State(REVIEW_ID, "data"),
)
@guarded("session")
def load_shell(pathname: str | None, review_id: int | None) -> tuple[Any, ...]:
    user = require("session")
    options = review_options(user)
    values = [o["value"] for o in options]
    chosen = review_id if review_id in values else (values[0] if values else None)
    presentation = ["on"] if presentation_mode() else []
    who = f"{user.display_name} ({user.role_name})"
    return nav_links(user.can, pathname or "/"), who, options, chosen, presentation


@callback(Output(REVIEW_ID, "data"), Input("shell-review", "value"))
@guarded("session")
def choose_review(review_id: int | None) -> int | NoUpdate:
    user = require("session")
    if review_id is None:
        return no_update
    with db() as session:
        try:
            review = require_review(user, review_id, session)
        except Denied:
            flask.abort(403)
        return review.id


@callback(
    Output(SHELL_MODE, "data"),
    Output("shell", "className"),
    Input("shell-presentation", "value"),
    prevent_initial_call=True,
)
@guarded("session")
def set_presentation(value: list[str] | None) -> tuple[str, str]:
    """Presentation mode lives in the server-side session: pages read it there, so a
    browser cannot ask for names while it is on."""
    on = bool(value and "on" in value)
    set_presentation_mode(on)
    return ("presentation" if on else "normal"), ("shell presentation" if on else "shell")


def not_permitted(message: str = "You do not have access to this page.") -> html.Div:
    return html.Div(className="panel notice", role="alert", children=[html.P(message)])


def page_user(permission: str) -> Any:
    """The user if they hold `permission` (for layouts; callbacks use `guarded`)."""
    user = current_user()
    if user is None or not user.can(permission):
        return None
    return user
