"""What the review page's forms share (a helper module, not a Dash page): labelled controls,
UK dates, the words shown for internal values, and `run`, the body of every form callback.

Each form module (`review_votes`, `review_requests`, `review_notices`, `review_texts`) keeps a
handler table: the button's id to a plain function `(session, user, review, values) -> message`
that changes the review only through `reviews.service`. Tests call the handlers directly; the
callbacks (guarded by `reviews.edit`) call `run`, which checks the user's review on the server
and turns a mistake into one line, "Not saved: ...".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

import dash
from dash import Input, Output, State, callback, dcc, html, no_update
from sqlalchemy.orm import Session

from dashboard.access import CurrentUser, anonymised_view, db, guarded, require
from dashboard.access import require_review as review_for
from dashboard.errors import USER_ERRORS, user_message
from dashboard.ids import Review as ID
from reviews import service
from reviews.models import Review

# A form's change: (database session, the user's name for the audit trail, the review, the
# form's values) -> the message shown, or None when nothing was asked.
Handler = Callable[[Session, str, Review, dict[str, Any]], str | None]

PARTNER_LABELS = {
    "local_authority": "Local authority",
    "icb": "ICB",
    "police": "Police",
    "other": "Other",
}
DECISION_NAMES = {
    "cspr": "A local Child Safeguarding Practice Review",
    "alternative_learning_review": "An alternative learning review",
    "no_further_review": "No further review",
}


def review_for_user(
    review_id: Any, session: Session, permission: str
) -> tuple[CurrentUser, Review]:
    """The logged-in user, if they hold `permission`, and the review, if they may open it."""
    user = require(permission)
    return user, review_for(user, review_id, session)


def parse_date(value: str | None) -> dt.date | None:
    """A date picker's value (ISO, perhaps with a time) as a date."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        raise service.ReviewError(f"'{value}' is not a date") from None


def needed_date(values: Mapping[str, Any], key: str, what: str) -> dt.date:
    day = parse_date(values.get(key))
    if day is None:
        raise service.ReviewError(f"give {what}")
    return day


def uk(value: dt.date | None) -> str:
    return f"{value:%d/%m/%Y}" if value else "—"


def text(values: Mapping[str, Any], key: str) -> str:
    return str(values.get(key) or "").strip()


def whole(value: Any, what: str) -> int | None:
    """A number typed in a box (None when left empty)."""
    if value in (None, ""):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise service.ReviewError(f"{what} must be a whole number") from None
    if number != int(number):
        raise service.ReviewError(f"{what} must be a whole number")
    return int(number)


def options(labels: Mapping[str, str]) -> list[dict[str, str]]:
    return [{"label": label, "value": value} for value, label in labels.items()]


# One control under another, each with its name above it (the stylesheet has no rule for these).
FIELD_STYLE = {"display": "block", "margin": "0 0 8px"}


def field(label: str, control: Any) -> html.Label:
    """A control with its visible name around it (what a screen reader says for it)."""
    return html.Label([label, control], className="field", style=FIELD_STYLE)


def number_field(label: str, id_: str) -> html.Div:
    """A whole-number box, named by a label pointing at it (Dash draws its stepper buttons
    beside the box: inside a label they would be nested in it and added to its name)."""
    return html.Div(
        [
            html.Label(label, htmlFor=id_),
            dcc.Input(id=id_, type="number", min=1, step=1),
        ],
        className="field",
        style=FIELD_STYLE,
    )


def date_field(label: str, id_: str, today: bool = False) -> html.Label:
    picker = dcc.DatePickerSingle(
        id=id_,
        display_format="DD/MM/YYYY",
        first_day_of_week=1,
        placeholder="DD/MM/YYYY",
        date=dt.date.today().isoformat() if today else None,
    )
    return field(label, picker)


def text_field(label: str, id_: str, area: bool = False) -> html.Label:
    control: Any = (
        dcc.Textarea(id=id_, style={"width": "100%", "display": "block"})
        if area
        else dcc.Input(id=id_, type="text", style={"width": "100%", "display": "block"})
    )
    return field(label, control)


def dropdown(label: str, id_: str, choices: Mapping[str, str] | None = None) -> html.Label:
    return field(label, dcc.Dropdown(id=id_, options=options(choices or {})))


def message_area(id_: str) -> html.Div:
    return html.Div(id=id_, className="message", role="status")


def run(
    handlers: Mapping[str, Handler],
    trigger: Any,
    values: dict[str, Any],
    *,
    named: bool = False,
) -> tuple[Any, Any]:
    """A form callback's work: the review checked for the user (reviews.edit), the handler of
    the button pressed, and (message, new version) back; a mistake is "Not saved: ..." and
    the page is not redrawn. `named`: the form shows or writes the named texts, so it is
    refused while the user sees the anonymised page (presentation mode)."""
    handler = handlers.get(trigger) if isinstance(trigger, str) else None
    if handler is None:
        return no_update, no_update
    try:
        with db() as session:
            user, review = review_for_user(values.get("id"), session, "reviews.edit")
            if named and anonymised_view(user):
                raise service.ReviewError("turn presentation mode off to edit the review's texts")
            message = handler(session, user.username, review, values)
    except USER_ERRORS as error:
        return f"Not saved: {user_message(error)}", no_update
    if message is None:
        return no_update, no_update
    return message, (values.get("version") or 0) + 1


# A form's values: (key in the handlers' values, component id, property).
States = tuple[tuple[str, str, str], ...]


def form_callback(
    name: str, message_id: str, handlers: Mapping[str, Handler], states: States
) -> Callable[..., tuple[Any, Any]]:
    """Register one form's callback (guarded by reviews.edit): any of its buttons runs its
    handler with the form's values; the message goes to `message_id` and the page's version
    moves on so the page redraws. `name` is the callback's name (tests find it by name)."""

    def change(*args: Any) -> tuple[Any, Any]:
        values = dict(zip((k for k, _, _ in states), args[len(handlers) :], strict=True))
        return run(handlers, dash.ctx.triggered_id, values)

    change.__name__ = change.__qualname__ = name
    register = callback(
        Output(message_id, "children"),
        Output(ID.VERSION, "data", allow_duplicate=True),
        *[Input(button, "n_clicks") for button in handlers],
        *[State(ident, prop) for _, ident, prop in states],
        prevent_initial_call=True,
    )
    return register(guarded("reviews.edit")(change))
