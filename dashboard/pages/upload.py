"""Upload: agencies' workbooks in, checked before they join the review.

Drop one or more files; each is size-checked again on the server, stored in the data folder as
*pending* and read with the saved mapping of its agency's template, if any. The preview shows
the header row found, how each column was mapped (with confidence) and every rejected row with
its reason. Correct the mapping, re-read, optionally save it for the agency's next file, then
add the file to the review (which re-merges the chronology) or discard it.

A file of a type that cannot be read is refused at once with what to do instead, and a file in
which no chronology table is found is refused with the reason (never added as "0 rows"); a
refused file's bytes are deleted. The reading of a file being checked is never kept in memory:
only a small summary for the preview is (see `PreviewSummary`). Files are read outside any
database transaction, so a large upload never holds the database's write lock.

This module is the registered page and the check itself: reading a file and recording it,
the `check_uploads` task, the preview and the mapping question (`show_upload`, `reread`). The
page's other parts (ids, layout, the drop, adding and withdrawing) are the package
`dashboard/upload/`.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import dash
from dash import Input, Output, State, callback, html, no_update

from chronology.agencies import agency_from_filename
from chronology.filesafety import IngestError, Limits
from chronology.ingest import IngestResult, read_chronology
from dashboard import jobs
from dashboard.access import (
    CurrentUser,
    Denied,
    anonymised_view,
    audit_view,
    context,
    db,
    guarded,
    task_user,
)
from dashboard.access import require_review as review_for

# read_case_file: the case cache's reader, for confirmed files (the tests use it from here)
from dashboard.case import load_case, mapping_of, read_case_file
from dashboard.errors import USER_ERRORS, user_message
from dashboard.shell import not_permitted, page_user
from dashboard.upload import ids
from dashboard.upload.filetypes import decode_upload, refused_type
from dashboard.upload.intake import poll_upload, stage_files, upload_files
from dashboard.upload.layout import page
from dashboard.upload.lifecycle import confirm_or_discard, withdraw_file
from dashboard.upload.mapping import EXTRA, FIELD_CHOICES, corrected_mapping, mapping_rows
from dashboard.upload.rights import (
    may_save_template_mapping,
    may_upload_family,
    own_file,
    own_uploads_only,
    review_of,
    uploader_filter,
)
from dashboard.upload.summary import (
    PreviewSummary,
    Verdict,
    no_table_reason,
    recalled,
    remember,
    row_words,
    summarise,
)
from dashboard.upload.views import KIND_WORDS, files_table, preview
from genogram.family import read_family
from reviews.casefiles import (
    INCOMING,
    CaseFile,
    StagedFile,
    case_files,
    file_path,
    record_refused_upload,
    save_mapping,
    saved_mapping_json,
    set_file_status,
    store_file,
)
from reviews.service import audit

# The page's names, with those of dashboard/upload/ that tests and benches take from here
# (and `_own_file`, the old name of `own_file`)
_own_file = own_file
__all__ = [
    "EXTRA",
    "FIELD_CHOICES",
    "PreviewSummary",
    "check_path",
    "confirm_or_discard",
    "corrected_mapping",
    "decode_upload",
    "files_table",
    "layout",
    "mapping_rows",
    "poll_upload",
    "preview",
    "read_case_file",
    "receive_files",
    "refused_type",
    "reread",
    "set_file_status",
    "show_upload",
    "upload_files",
    "withdraw_file",
]


def layout(**_: Any) -> html.Div:
    user = page_user("upload")
    if user is None:
        return not_permitted()
    return page(user)


def read_upload(path: Path, agency: str, mapping_json: str, limits: Limits) -> IngestResult:
    """Read a file being checked, never through the case cache (`dashboard.case`): a file that
    is never added must not stay in memory. The one reader of the page's checks, here with
    them: the memory and concurrency tests stand in for it by replacing this module's
    `read_chronology`."""
    probe = CaseFile(mapping=mapping_json)
    return read_chronology(path, agency=agency or None, mapping=mapping_of(probe), limits=limits)


def check_path(
    path: Path, kind: str, agency: str, mapping_json: str, max_mb: int, saved: bool = False
) -> Verdict:
    """Read one file (no database transaction open) and say whether it can join the review."""
    limits = Limits(max_file_bytes=max_mb << 20)
    refusal = refused_type(path.name, kind)
    if refusal:
        return Verdict(True, refusal)
    if kind == "family":
        try:
            family = read_family(path, limits)
        except USER_ERRORS as error:
            return Verdict(True, f"refused, {user_message(error)}")
        return Verdict(
            False, f"family workbook with {len(family.people)} people; check it and add it"
        )
    try:
        result = read_upload(path, agency, mapping_json, limits)
    except IngestError as error:
        return Verdict(True, f"refused, {error.reason}")
    summary = summarise(result)
    del result  # only the summary outlives the check
    if summary.accepted == 0 and summary.rejected == 0:
        return Verdict(True, no_table_reason(summary), summary=summary)
    note = " (saved mapping applied)" if saved else ""
    if summary.accepted == 0:
        message = (
            f"no row accepted, {summary.rejected} rejected{note}; correct the column "
            "mapping below and re-read it, or discard it"
        )
    else:
        message = (
            f"{row_words(summary.accepted)} accepted, {summary.rejected} rejected"
            f"{note}; check the preview and add it to the review"
        )
    return Verdict(False, message, summary.accepted, summary.rejected, summary)


def receive_files(
    user: CurrentUser,
    review_id: int,
    contents: list[str],
    names: list[str],
    kind: str,
    agency: str | None,
    progress: jobs.Progress | None = None,
) -> tuple[list[str], int | None]:
    """Store and check each upload; returns messages and the id of the last file kept.
    `progress(done, label)` is told before each file."""
    messages, staged = stage_files(contents, names, kind)
    more, last = check_staged(user, review_id, staged, kind, agency, progress)
    return [*messages, *more], last


def check_staged(
    user: CurrentUser,
    review_id: int,
    staged: list[tuple[StagedFile, str]],
    kind: str,
    agency: str | None,
    progress: jobs.Progress | None = None,
) -> tuple[list[str], int | None]:
    """Check each staged file and record it: the file is read with no transaction open, then
    one short transaction records it with its audit row and moves it into place, or records
    the refusal (the bytes are deleted). Every staged file is gone from staging afterwards."""
    ctx = context()
    try:
        if own_uploads_only(user):
            kind, agency = "chronology", user.agency
        if kind == "family" and not may_upload_family(user):
            raise Denied("only a lead reviewer uploads the family workbook")
        messages, last = [], None
        for number, (file, name) in enumerate(staged):
            if progress is not None:
                progress(number, f"Checking {name} ({number + 1} of {len(staged)})")
            with db() as session:  # read only: who may upload, and the agency's saved mapping
                review_for(user, review_id, session)
                chosen = agency or (agency_from_filename(name) if kind == "chronology" else "")
                saved = (saved_mapping_json(session, chosen) or "") if kind == "chronology" else ""
            if not file.path.is_file():
                messages.append(f"{name}: not checked (its upload was cleared); upload it again")
                continue
            verdict = check_path(
                file.path, kind, agency or "", saved, ctx.max_upload_mb, bool(saved)
            )
            entry = _record(user, review_id, name, file, verdict, kind, agency or "", saved)
            if not verdict.refused:
                last = entry.id
                remember(entry, verdict.summary)
            messages.append(f"{entry.filename}: {verdict.message}")
        return messages, last
    finally:
        for file, _ in staged:
            file.discard()


@jobs.task("check_uploads")
def check_uploads_task(payload: dict[str, Any], progress: jobs.Progress) -> Any:
    """The upload check as a task (a thread here, or a `cspr worker` process): the account is
    read again and its role and review checked, as any callback would, before any file is."""
    incoming = (context().data_dir / "uploads" / INCOMING).resolve()
    staged = []
    for item in payload["files"]:
        path = Path(item["path"]).resolve()
        if not path.is_relative_to(incoming):
            raise Denied("a task may only check files staged by an upload")
        staged.append((StagedFile(path, str(item["sha256"]), int(item["size"])), item["name"]))
    try:
        with db() as session:
            user = task_user(session, int(payload["user_id"]), "upload", payload["review_id"])
    except Exception:
        for file, _ in staged:
            file.discard()
        raise
    messages, last = check_staged(
        user, int(payload["review_id"]), staged, payload["kind"], payload["agency"], progress
    )
    return [*payload["messages"], *messages], last


def _record(
    user: CurrentUser,
    review_id: int,
    name: str,
    staged: StagedFile,
    verdict: Verdict,
    kind: str,
    agency: str,
    saved: str,
) -> CaseFile:
    """One short transaction: the file's row, its audit row and the file moved into place
    (or, refused, the record of the refusal); a failure leaves neither row nor file."""
    with db() as session:
        review = review_for(user, review_id, session)
        if verdict.refused:
            reason = verdict.message.removeprefix("refused, ")
            return record_refused_upload(
                session, review, name, staged, reason, by=user.username, kind=kind, agency=agency
            )
        entry = store_file(
            session,
            context().data_dir,
            review,
            name,
            staged,
            by=user.username,
            kind=kind,
            agency=agency,
        )
        entry.mapping = saved
        entry.accepted, entry.rejected = verdict.accepted, verdict.rejected
        return entry


def _check(entry: CaseFile, max_mb: int) -> str:
    """Check a stored file again (re-read with a corrected mapping, the family preview)."""
    verdict = check_path(
        file_path(context().data_dir, entry),
        entry.kind,
        entry.agency,
        entry.mapping,
        max_mb,
        bool(entry.mapping),
    )
    entry.accepted, entry.rejected = verdict.accepted, verdict.rejected  # refused: 0 and 0
    if not verdict.refused:
        remember(entry, verdict.summary)
    return verdict.message


def preview_summary(entry: CaseFile, max_mb: int) -> PreviewSummary:
    """The preview of a file being checked: remembered from its check, else read again (and
    only the summary kept). Raises IngestError if it cannot be read."""
    found = recalled(entry)
    if found is None:
        limits = Limits(max_file_bytes=max_mb << 20)
        result = read_upload(
            file_path(context().data_dir, entry), entry.agency, entry.mapping, limits
        )
        found = summarise(result)
        del result
        remember(entry, found)
    return found


@callback(
    Output(ids.FILE, "options"),
    Output(ids.PREVIEW, "children"),
    Output(ids.MAPPING, "rowData"),
    Output(ids.HEADER_ROW, "value"),
    Output(ids.FILES, "children"),
    Input(ids.FILE, "value"),
    Input(ids.VERSION, "data"),
    Input(ids.REVIEW_ID, "data"),
)
@guarded("upload")
def show_upload(file_id: Any, _version: int, review_id: Any) -> tuple[Any, ...]:
    """The files of the review and the preview of the chosen one; a preview shows case data,
    so it is audited (`audit_view`). Reading happens after the database session is closed."""
    user, rid = review_of(review_id)
    ctx = context()
    with db() as session:
        files = case_files(session, rid, uploaded_by=uploader_filter(user))
        pending = [f for f in files if f.status == "pending"]
        names = {f.id: f.filename for f in files}
        agency: Callable[[str], str] = str
        anonymised = anonymised_view(user)
        if anonymised:
            # Presentation mode: a file name ("Smithson_Lodge_notes.csv") can name a person
            # that no redaction knows; files are numbered, as anonymised exports number them.
            names = {f.id: f"File {n}" for n, f in enumerate(sorted(files, key=lambda f: f.id), 1)}
            agency = load_case(session, ctx.data_dir, rid).anonymiser.agency
        options = [
            {"label": f"{names[f.id]} ({KIND_WORDS.get(f.kind, f.kind)})", "value": f.id}
            for f in pending
        ]
        listing = files_table(files, names, agency)
        if anonymised:
            note = html.P("Previews are not shown in presentation mode.", className="hint")
            return options, [note], [], None, listing
        if file_id is None or file_id not in {f.id for f in pending}:
            return options, [], [], None, listing
        entry = own_file(session, user, rid, file_id)
        review = review_for(user, rid, session)
        audit_view(user, review, "upload preview", entry.filename, session=session)
    if entry.kind == "family":
        return (
            options,
            preview(entry, None, _check(entry, ctx.max_upload_mb)),
            [],
            None,
            listing,
        )
    try:
        summary = preview_summary(entry, ctx.max_upload_mb)
    except IngestError as error:
        return options, preview(entry, None, f"Refused: {error.reason}"), [], None, listing
    header = json.loads(entry.mapping).get("header_row") if entry.mapping else None
    return options, preview(entry, summary), summary.mapping, header, listing


@callback(
    Output(ids.MESSAGE, "children", allow_duplicate=True),
    Output(ids.VERSION, "data", allow_duplicate=True),
    Input(ids.REREAD, "n_clicks"),
    State(ids.FILE, "value"),
    State(ids.MAPPING, "virtualRowData"),
    State(ids.HEADER_ROW, "value"),
    State(ids.SAVE_MAPPING, "value"),
    State(ids.AGENCY, "value"),
    State(ids.REVIEW_ID, "data"),
    State(ids.VERSION, "data"),
    prevent_initial_call=True,
)
@guarded("upload")
def reread(
    clicks: Any,
    file_id: Any,
    rows: Any,
    header_row: Any,
    save: Any,
    agency: Any,
    review_id: Any,
    version: int,
) -> tuple[Any, ...]:
    if not clicks or file_id is None:
        return no_update, no_update
    user, rid = review_of(review_id)
    if own_uploads_only(user):
        agency = user.agency
    try:
        mapping = corrected_mapping(rows, header_row, None)
    except USER_ERRORS as error:
        return f"Not re-read: {user_message(error)}", no_update
    with db() as session:
        entry = own_file(session, user, rid, file_id)
        if entry.status != "pending":
            return "Only a file still being checked can be re-read.", no_update
    entry.mapping = mapping.dump()
    # Choosing the agency here confirms it: until then a name taken from the file name is
    # shown as "Agency N" when anonymised (anonymise.agencies).
    chosen = " ".join(str(agency or "").split())
    before = entry.agency
    if chosen and entry.kind == "chronology":
        entry.agency = chosen
    message = "Re-read with your corrections. " + _check(entry, context().max_upload_mb)
    with db() as session:  # short: the new mapping and counts with their audit row
        stored = own_file(session, user, rid, file_id)
        if stored.status != "pending":
            return "That file has been dealt with meanwhile.", no_update
        stored.mapping = entry.mapping
        stored.accepted, stored.rejected = entry.accepted, entry.rejected
        audit(session, user.username, "override", stored, None, "mapping", None, stored.mapping)
        if entry.agency != before:
            stored.agency = entry.agency
            audit(session, user.username, "override", stored, None, "agency", before, entry.agency)
            message += f" Agency set to {entry.agency}."
        if save and not may_save_template_mapping(user):
            # A saved template mapping applies to that agency's uploads in every review.
            message += " Only a lead reviewer can save a mapping for the agency's template."
        elif save:
            target = agency or stored.agency or agency_from_filename(stored.filename)
            save_mapping(session, target, mapping.dump(), by=user.username)
            message += f" Mapping saved for {target}'s template."
    return message, (version or 0) + 1


dash.register_page(__name__, path="/upload", title="Upload · cspr", name="Upload", layout=layout)
