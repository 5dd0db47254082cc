"""Files in: the private staging of each dropped file, and the two callbacks of the drop.
`upload_files` refuses what cannot be read at once and starts the check in the background (the
`check_uploads` task of `dashboard/pages/upload.py`); `poll_upload` shows its progress.

Nothing here reads a file's contents: that is the check's work, outside any request.
"""

from __future__ import annotations

from typing import Any

from dash import Input, Output, State, callback, html, no_update

from dashboard import jobs
from dashboard.access import context, db, guarded
from dashboard.errors import USER_ERRORS, user_message
from dashboard.upload import ids
from dashboard.upload.filetypes import decode_upload, refused_type
from dashboard.upload.rights import own_uploads_only, review_of
from dashboard.upload.views import pending_options
from reviews.casefiles import StagedFile, stage_upload


def stage_files(
    contents: list[str], names: list[str], kind: str
) -> tuple[list[str], list[tuple[StagedFile, str]]]:
    """In the request: refuse what is not a readable type or too large, write the rest to
    private staging folders (no transaction open). Returns refusals and the staged files."""
    ctx = context()
    limit = ctx.max_upload_mb << 20
    messages: list[str] = []
    staged: list[tuple[StagedFile, str]] = []
    for content, name in zip(contents, names, strict=True):
        refusal = refused_type(name, kind)
        if refusal:
            messages.append(f"{name}: {refusal}")
            continue
        try:
            data = decode_upload(content, limit)
        except USER_ERRORS as error:
            messages.append(f"{name}: refused, {user_message(error)}")
            continue
        staged.append((stage_upload(ctx.data_dir, name, data), name))
        del data
    return messages, staged


@callback(
    Output(ids.JOB, "data"),
    Output(ids.POLL, "disabled"),
    Output(ids.MESSAGE, "children"),
    Input(ids.DROP, "contents"),
    State(ids.DROP, "filename"),
    State(ids.KIND, "value"),
    State(ids.AGENCY, "value"),
    State(ids.REVIEW_ID, "data"),
    prevent_initial_call=True,
)
@guarded("upload")
def upload_files(
    contents: list[str] | None,
    names: list[str] | None,
    kind: str,
    agency: str | None,
    review_id: Any,
) -> tuple[Any, ...]:
    """Refuse unreadable file types at once, saying what to do; start checking the others in
    the background (`poll_upload` shows the progress)."""
    if not contents or not names:
        return no_update, no_update, no_update
    user, rid = review_of(review_id)
    kind = "chronology" if own_uploads_only(user) else (kind or "chronology")
    refused, staged = stage_files(contents, names, kind)
    if not staged:
        return no_update, True, [html.Div(m, className="error") for m in refused]
    payload = {
        "user_id": user.id,
        "review_id": rid,
        "kind": kind,
        "agency": agency,
        "messages": refused,
        "files": [
            {"path": str(f.path), "sha256": f.sha256, "size": f.size, "name": n} for f, n in staged
        ],
    }
    job = jobs.start_task(user.id, len(staged), "check_uploads", payload)
    lines = [html.Div(m, className="error") for m in refused]
    return job, False, [*lines, html.Div(f"Checking {len(staged)} file(s)…")]


@callback(
    Output(ids.PROGRESS, "value"),
    Output(ids.PROGRESS, "max"),
    Output(ids.PROGRESS_LABEL, "children"),
    Output(ids.POLL, "disabled", allow_duplicate=True),
    Output(ids.MESSAGE, "children", allow_duplicate=True),
    Output(ids.FILE, "options", allow_duplicate=True),
    Output(ids.FILE, "value"),
    Output(ids.VERSION, "data", allow_duplicate=True),
    Input(ids.POLL, "n_intervals"),
    State(ids.JOB, "data"),
    State(ids.REVIEW_ID, "data"),
    State(ids.VERSION, "data"),
    prevent_initial_call=True,
)
@guarded("upload")
def poll_upload(_ticks: Any, job_id: Any, review_id: Any, version: int) -> tuple[Any, ...]:
    user, rid = review_of(review_id)
    job = jobs.get(job_id, user.id)
    if job is None:
        return 0, 1, "", True, no_update, no_update, no_update, no_update
    if not job.finished:
        rest = (no_update,) * 4
        return job.done, job.total, job.label, False, *rest
    if job.error:
        return job.total, job.total, "", True, f"Not checked: {job.error}", *(no_update,) * 3
    messages, last = job.result
    with db() as session:
        options = pending_options(session, user, rid)
    done = f"Checked {job.total} file(s)."
    lines = [html.Div(m, className="error" if ": refused" in m else None) for m in messages]
    return job.total, job.total, done, True, lines, options, last, (version or 0) + 1
