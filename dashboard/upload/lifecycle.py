"""A checked file's way into the review and out of it: added (the chronology is merged again;
a re-sent file with the same name replaces the added one, and the agency's chronology request
is marked returned) or discarded (its bytes deleted); an added file withdrawn by a lead
reviewer.

`confirm_or_discard` answers two buttons through a handler table, `ON_CLICK`: the button's id
to a plain function `(session, user, review id, file) -> (message, done)` that changes the
file's status and writes the audit trail through `reviews`; tests may call them directly.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import dash
from dash import Input, Output, State, callback, no_update

from chronology.agencies import agency_from_filename
from dashboard.access import CurrentUser, anonymised_view, context, db, guarded
from dashboard.access import require_review as review_for
from dashboard.upload import ids
from dashboard.upload.rights import own_file, review_of
from dashboard.upload.summary import forget
from reviews.casefiles import CaseFile, case_files, delete_stored_file, set_file_status
from reviews.service import ReviewError, audit, chronology_uploaded

# What a button does to a file being checked: the message shown, and whether the file was
# dealt with (False: nothing changed, the message says why).
FileAction = Callable[[Any, CurrentUser, int, CaseFile], tuple[str, bool]]


def replaced_by(session: Any, entry: CaseFile) -> list[CaseFile]:
    """The added files a re-sent one takes the place of: same kind, same file name (any
    case). Decisions name rows by file, sheet and content, so unchanged rows keep theirs."""
    if entry.kind != "chronology":
        return []  # a new family workbook already withdraws the old one (set_file_status)
    name = entry.filename.casefold()
    return [
        f
        for f in case_files(session, entry.review_id, kind=entry.kind, status="confirmed")
        if f.id != entry.id and f.filename.casefold() == name
    ]


def add_file(session: Any, user: CurrentUser, review_id: int, entry: CaseFile) -> tuple[str, bool]:
    """Add a checked file to the review: the chronology is merged again without the files it
    replaces, and the agency's chronology request, if awaited, is returned."""
    if entry.kind == "chronology" and entry.accepted == 0:
        return (
            f"{entry.filename} was not added: no row of it was accepted. Correct the "
            "column mapping and re-read it, or discard it.",
            False,
        )
    try:
        set_file_status(session, entry, "confirmed", by=user.username)
    except ReviewError as error:
        return str(error), False
    review = review_for(user, review_id, session)
    audit(session, user.username, "merge", entry, review, "file", None, entry.filename)
    message = f"{entry.filename} added: the chronology has been merged again."
    for old in replaced_by(session, entry):
        set_file_status(session, old, "withdrawn", by=user.username)
        delete_stored_file(session, context().data_dir, old)
        forget(old.id)
        message += (
            f" It replaces the {old.filename} added on {old.uploaded_at:%d/%m/%Y}, "
            "which is withdrawn; duplicate decisions on unchanged rows still apply."
        )
    if entry.kind == "chronology":
        # The agency's chronology request, if awaited, is returned (on the upload's day).
        agency = entry.agency or agency_from_filename(entry.filename)
        day = entry.uploaded_at.date()
        returned = chronology_uploaded(session, review, agency, day, user.username)
        if returned is not None:
            message += f" {returned.agency}'s chronology request is marked returned."
    return message, True


def discard_file(
    session: Any, user: CurrentUser, review_id: int, entry: CaseFile
) -> tuple[str, bool]:
    """Discard a checked file: withdrawn, and its bytes deleted."""
    try:
        set_file_status(session, entry, "withdrawn", by=user.username)
    except ReviewError as error:
        return str(error), False
    delete_stored_file(session, context().data_dir, entry)
    return f"{entry.filename} discarded (its file deleted).", True


# The button clicked -> what it does. Any other trigger discards, as the page always has.
ON_CLICK: dict[str, FileAction] = {ids.CONFIRM: add_file, ids.DISCARD: discard_file}


@callback(
    Output(ids.MESSAGE, "children", allow_duplicate=True),
    Output(ids.VERSION, "data", allow_duplicate=True),
    Output(ids.FILE, "value", allow_duplicate=True),
    Input(ids.CONFIRM, "n_clicks"),
    Input(ids.DISCARD, "n_clicks"),
    State(ids.FILE, "value"),
    State(ids.REVIEW_ID, "data"),
    State(ids.VERSION, "data"),
    prevent_initial_call=True,
)
@guarded("upload")
def confirm_or_discard(
    confirm: Any, discard: Any, file_id: Any, review_id: Any, version: int
) -> tuple[Any, ...]:
    if file_id is None:
        return "Choose a file first.", no_update, no_update
    user, rid = review_of(review_id)
    action = ON_CLICK.get(str(dash.ctx.triggered_id), discard_file)
    with db() as session:  # the status, its audit rows and (discarded) the file's deletion
        entry = own_file(session, user, rid, file_id)
        if entry.status != "pending":
            return "That file has already been dealt with.", no_update, None
        message, done = action(session, user, rid, entry)
        if not done:
            return message, no_update, no_update
    forget(entry.id)
    return message, (version or 0) + 1, None


def withdrawable_options(session: Any, review_id: int) -> list[dict[str, Any]]:
    return [
        {"label": f"{f.filename} (added {f.uploaded_at:%d/%m/%Y})", "value": f.id}
        for f in case_files(session, review_id, status="confirmed")
    ]


@callback(
    Output(ids.WITHDRAW_FILE, "options"),
    Input(ids.VERSION, "data"),
    Input(ids.REVIEW_ID, "data"),
    Input(ids.SHELL_MODE, "data"),
)
@guarded("upload")
def withdraw_choices(_version: Any, review_id: Any, _mode: Any) -> list[dict[str, Any]]:
    """The added files a lead reviewer may withdraw (none for anyone else, and none in
    presentation mode, where file names are not shown)."""
    user, rid = review_of(review_id)
    if not user.can("files.withdraw") or anonymised_view(user):
        return []
    with db() as session:
        return withdrawable_options(session, rid)


@callback(
    Output(ids.MESSAGE, "children", allow_duplicate=True),
    Output(ids.VERSION, "data", allow_duplicate=True),
    Output(ids.WITHDRAW_FILE, "value"),
    Input(ids.WITHDRAW, "n_clicks"),
    State(ids.WITHDRAW_FILE, "value"),
    State(ids.REVIEW_ID, "data"),
    State(ids.VERSION, "data"),
    prevent_initial_call=True,
)
@guarded("files.withdraw")
def withdraw_file(clicks: Any, file_id: Any, review_id: Any, version: int) -> tuple[Any, ...]:
    """Take an added file out of the review: the chronology is merged again without it."""
    if not clicks:
        return no_update, no_update, no_update
    if file_id is None:
        return "Choose an added file first.", no_update, no_update
    user, rid = review_of(review_id)
    with db() as session:
        entry = own_file(session, user, rid, file_id)
        if entry.status != "confirmed":
            return "That file is not in the chronology.", (version or 0) + 1, None
        set_file_status(session, entry, "withdrawn", by=user.username)
        delete_stored_file(session, context().data_dir, entry)
        name = entry.filename
    forget(int(file_id))
    return (
        f"{name} withdrawn: the chronology has been merged again without it.",
        (version or 0) + 1,
        None,
    )
