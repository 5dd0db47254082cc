"""The review page's texts (a helper module, not a Dash page): every text field the service
lets a user update (`reviews.service.TEXT_FIELDS`: the child's pseudonym, the referring agency,
immediate actions and learning, the lead reviewer, the panel, terms of reference...), each
shown with its current value to edit, saved through `reviews.service.update_review`.

The texts may name people, so the form is empty and refused while the user sees the anonymised
page (presentation mode): an anonymised text saved back would overwrite the real one."""

from __future__ import annotations

from typing import Any

from dash import Input, Output, State, callback, dcc, html
from sqlalchemy.orm import Session

from dashboard.access import anonymised_view, db, guarded
from dashboard.ids import Review as ID
from dashboard.pages.review_common import (
    Handler,
    field,
    message_area,
    review_for_user,
    run,
)
from dashboard.shell import SHELL_MODE
from reviews import service
from reviews.models import Review

TEXT_LABELS = {
    "child_pseudonym": "Child's pseudonym (never the name)",
    "referring_agency": "Referring agency",
    "immediate_actions": "Immediate safeguarding actions",
    "learning": "Immediate learning",
    "lead_reviewer": "Lead reviewer",
    "panel": "Review panel members",
    "terms_of_reference": "Terms of reference",
    "methodology": "Methodology",
    "family_engagement": "Family engagement",
    "parallel_investigations": "Parallel investigations",
}
ONE_LINE = frozenset({"child_pseudonym", "referring_agency", "lead_reviewer"})


def label(name: str) -> str:
    return TEXT_LABELS.get(name) or name.replace("_", " ").capitalize()


def text_id(name: str) -> str:
    return ID.TEXT_ + name.replace("_", "-")


def layout() -> list[Any]:
    """The form, for users who may edit the review."""
    boxes = [
        field(
            label(name),
            dcc.Input(id=text_id(name), type="text", style={"width": "100%"})
            if name in ONE_LINE
            else dcc.Textarea(id=text_id(name), style={"width": "100%", "minHeight": "4em"}),
        )
        for name in service.TEXT_FIELDS
    ]
    return [
        html.H2("The review's texts"),
        html.Div(
            className="panel",
            children=[
                html.P(id=ID.TEXTS_NOTE, className="hint"),
                html.Div(boxes, className="two-col"),
                html.Button("Save texts", id=ID.TEXTS_SAVE, className="primary"),
                message_area(ID.TEXTS_MESSAGE),
            ],
        ),
    ]


def save_texts(session: Session, user: str, review: Review, v: dict[str, Any]) -> str:
    """The texts changed, saved in one update (a box not yet filled in is left alone)."""
    changes = {
        name: str(value).strip()
        for name, value in (v.get("texts") or {}).items()
        if value is not None and str(value).strip() != (getattr(review, name) or "")
    }
    if not changes:
        return "No text changed."
    service.update_review(session, review, changes, user)
    return "Saved: " + ", ".join(label(name) for name in changes) + "."


HANDLERS: dict[str, Handler] = {ID.TEXTS_SAVE: save_texts}


@callback(
    Output(ID.TEXTS_MESSAGE, "children"),
    Output(ID.VERSION, "data", allow_duplicate=True),
    Input(ID.TEXTS_SAVE, "n_clicks"),
    *[State(text_id(name), "value") for name in service.TEXT_FIELDS],
    State(ID.ID, "data"),
    State(ID.VERSION, "data"),
    prevent_initial_call=True,
)
@guarded("reviews.edit")
def change_texts(_clicks: Any, *args: Any) -> tuple[Any, Any]:
    count = len(service.TEXT_FIELDS)
    values = {
        "texts": dict(zip(service.TEXT_FIELDS, args[:count], strict=True)),
        "id": args[count],
        "version": args[count + 1],
    }
    return run(HANDLERS, ID.TEXTS_SAVE, values, named=True)


def current_texts(review: Review) -> dict[str, str]:
    return {name: getattr(review, name) or "" for name in service.TEXT_FIELDS}


@callback(
    *[Output(text_id(name), "value") for name in service.TEXT_FIELDS],
    Output(ID.TEXTS_NOTE, "children"),
    Input(ID.ID, "data"),
    Input(SHELL_MODE, "data"),
)
@guarded("reviews.edit")
def fill_texts(review_id: Any, _mode: Any = None) -> tuple[Any, ...]:
    """The boxes filled with the texts as saved, when the page opens and when presentation
    mode is switched (a change elsewhere on the page leaves what is being typed alone)."""
    with db() as session:
        user, review = review_for_user(review_id, session, "reviews.edit")
        if anonymised_view(user):
            note = "Presentation mode is on: the texts are not shown. Turn it off to edit them."
            return (*([None] * len(service.TEXT_FIELDS)), note)
        texts = current_texts(review)
        return (*(texts[name] for name in service.TEXT_FIELDS), "Edit a text, then save.")
