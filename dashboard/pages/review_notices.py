"""The review page's notifications and delays (a helper module, not a Dash page): log a
notification sent (to the National Panel, Ofsted, the DfE, the Secretary of State or anyone
else), record a delay that will prevent publication within six months with its reason and
when the National Panel and the Secretary of State were told, and list both. Every change goes
through `reviews.service`."""

from __future__ import annotations

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
    field,
    form_callback,
    message_area,
    needed_date,
    parse_date,
    review_for_user,
    text,
    text_field,
    uk,
)
from dashboard.shell import SHELL_MODE
from reviews import service
from reviews.document_rules import load_document_rules
from reviews.models import Delay, Review


def recipients() -> dict[str, str]:
    """The recipients the guidance names, as the notifications' files name them (so a logged
    notification is matched to the one due)."""
    return {r.name: r.name for r in load_document_rules().recipients.values()}


def layout() -> list[Any]:
    """The forms, for users who may edit the review."""
    return [
        html.H2("Notifications and delays"),
        message_area(ID.NOTE_MESSAGE),
        html.Div(
            className="three-col",
            children=[
                html.Div(
                    className="panel",
                    children=[
                        html.H3("Log a notification sent"),
                        field(
                            "Sent to",
                            dcc.Dropdown(
                                id=ID.NOTE_TO,
                                options=[{"label": w, "value": k} for k, w in recipients().items()],
                            ),
                        ),
                        text_field("Or someone else", ID.NOTE_OTHER),
                        text_field("Subject", ID.NOTE_SUBJECT),
                        date_field("Sent on", ID.NOTE_ON, today=True),
                        html.Button("Log notification", id=ID.NOTE_ADD, className="primary"),
                    ],
                ),
                html.Div(
                    className="panel",
                    children=[
                        html.H3("Record a delay"),
                        html.P(
                            "A delay that will prevent publication within six months: the "
                            "National Panel and the Secretary of State are each told, with the "
                            "reason.",
                            className="hint",
                        ),
                        text_field("Reason for the delay", ID.DELAY_REASON, area=True),
                        date_field("National Panel told on", ID.DELAY_PANEL),
                        date_field("Secretary of State told on", ID.DELAY_SOS),
                        html.Button("Record delay", id=ID.DELAY_ADD, className="primary"),
                    ],
                ),
                html.Div(
                    className="panel",
                    children=[
                        html.H3("Update a delay"),
                        field("Delay", dcc.Dropdown(id=ID.DELAY_PICK)),
                        date_field("National Panel told on", ID.DELAY_UPD_PANEL),
                        date_field("Secretary of State told on", ID.DELAY_UPD_SOS),
                        html.Button("Update delay", id=ID.DELAY_UPDATE, className="primary"),
                    ],
                ),
            ],
        ),
    ]


# ------------------------------------------------------------------------------- handlers


def _still_to_tell(delay: Delay) -> str:
    missing = [
        who
        for who, day in (
            ("the National Panel", delay.panel_told_on),
            ("the Secretary of State", delay.secretary_of_state_told_on),
        )
        if day is None
    ]
    return f" Still to tell, with the reason: {' and '.join(missing)}." if missing else ""


def notify(session: Session, user: str, review: Review, v: dict[str, Any]) -> str:
    recipient = text(v, "note_other") or text(v, "note_to")
    if not recipient:
        raise service.ReviewError("say who the notification was sent to")
    subject = text(v, "note_subject")
    if not subject:
        raise service.ReviewError("give the notification's subject")
    day = needed_date(v, "note_on", "the day it was sent")
    service.add_notification(session, review, day, recipient, subject, user)
    return f"Notification to {recipient} logged as sent {uk(day)}."


def delay(session: Session, user: str, review: Review, v: dict[str, Any]) -> str:
    entry = service.add_delay(
        session,
        review,
        text(v, "delay_reason"),
        parse_date(v.get("delay_panel")),
        user,
        parse_date(v.get("delay_sos")),
    )
    return f"Delay {entry.id} recorded." + _still_to_tell(entry)


def delay_update(session: Session, user: str, review: Review, v: dict[str, Any]) -> str:
    chosen = v.get("delay_pick")
    if chosen in (None, ""):
        raise service.ReviewError("choose the delay")
    panel = parse_date(v.get("delay_upd_panel"))
    sos = parse_date(v.get("delay_upd_sos"))
    if panel is None and sos is None:
        raise service.ReviewError("give when the National Panel or the Secretary of State was told")
    entry = service.update_delay(
        session, review, int(chosen), user, panel_told_on=panel, secretary_of_state_told_on=sos
    )
    return f"Delay {entry.id} updated." + _still_to_tell(entry)


HANDLERS: dict[str, Handler] = {
    ID.NOTE_ADD: notify,
    ID.DELAY_ADD: delay,
    ID.DELAY_UPDATE: delay_update,
}
STATES = (
    ("note_to", ID.NOTE_TO, "value"),
    ("note_other", ID.NOTE_OTHER, "value"),
    ("note_subject", ID.NOTE_SUBJECT, "value"),
    ("note_on", ID.NOTE_ON, "date"),
    ("delay_reason", ID.DELAY_REASON, "value"),
    ("delay_panel", ID.DELAY_PANEL, "date"),
    ("delay_sos", ID.DELAY_SOS, "date"),
    ("delay_pick", ID.DELAY_PICK, "value"),
    ("delay_upd_panel", ID.DELAY_UPD_PANEL, "date"),
    ("delay_upd_sos", ID.DELAY_UPD_SOS, "date"),
    ("id", ID.ID, "data"),
    ("version", ID.VERSION, "data"),
)


change_notices = form_callback("change_notices", ID.NOTE_MESSAGE, HANDLERS, STATES)


def delay_options(review: Review, words: Callable[[str], str] = str) -> list[dict[str, Any]]:
    return [
        {"label": f"Delay {d.id}: {words(d.reason)[:60]}", "value": d.id} for d in review.delays
    ]


@callback(
    Output(ID.DELAY_PICK, "options"),
    Input(ID.ID, "data"),
    Input(ID.VERSION, "data"),
    Input(SHELL_MODE, "data"),
)
@guarded("reviews.edit")
def delay_choices(review_id: Any, _version: int, _mode: Any = None) -> list[dict[str, Any]]:
    with db() as session:
        user, review = review_for_user(review_id, session, "reviews.edit")
        words: Callable[[str], str] = str
        if anonymised_view(user) and review.delays:
            words = load_case(session, context().data_dir, review.id).anonymiser.text
        return delay_options(review, words)


# ------------------------------------------------------------------------------- display


def section(review: Review, words: Callable[[str], str] = str) -> list[Any]:
    """The notifications logged and the delays, with who was told when."""
    notes = [
        html.Li(f"{uk(n.sent_on)}: {n.recipient} — {words(n.subject)}")
        for n in review.notifications
    ]
    delays = []
    for entry in review.delays:
        told = [
            f"{who} told {uk(day)}" if day else f"{who} not yet told"
            for who, day in (
                ("National Panel", entry.panel_told_on),
                ("Secretary of State", entry.secretary_of_state_told_on),
            )
        ]
        delays.append(html.Li(f"Delay {entry.id}: {words(entry.reason)} ({'; '.join(told)})"))
    return [
        html.H2("Notifications"),
        html.Ul(notes) if notes else html.P("No notification logged yet."),
        html.H2("Delays"),
        html.Ul(delays) if delays else html.P("No delay recorded."),
    ]
