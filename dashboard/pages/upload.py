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
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import dash
import dash_ag_grid as dag
from dash import Input, Output, State, callback, dcc, html, no_update

from chronology import filesafety
from chronology.agencies import agency_from_filename, aliases
from chronology.columns import SavedMapping, normalise_header
from chronology.filesafety import IngestError, Limits
from chronology.ingest import IngestResult, read_chronology
from chronology.labels import field_named, field_words, plain_reason
from chronology.schema import CANONICAL_FIELDS
from dashboard import jobs
from dashboard.access import (
    CurrentUser,
    Denied,
    anonymised_view,
    audit_view,
    context,
    db,
    guarded,
    require,
    task_user,
)
from dashboard.access import require_review as review_for

# read_case_file: the case cache's reader, for confirmed files (the tests use it from here)
from dashboard.case import load_case, mapping_of, read_case_file  # noqa: F401
from dashboard.shell import not_permitted, page_user
from genogram.family import read_family
from reviews.casefiles import (
    INCOMING,
    CaseFile,
    StagedFile,
    case_files,
    delete_stored_file,
    file_path,
    record_refused_upload,
    save_mapping,
    saved_mapping_json,
    set_file_status,
    stage_upload,
    store_file,
)
from reviews.service import ReviewError, audit, chronology_uploaded

# The column mapping in words (rules/labels.toml): "What happened", never `event_text`.
EXTRA = "Other: kept as it is"
FIELD_CHOICES = [*(field_words(f) for f in CANONICAL_FIELDS), EXTRA]
KIND_WORDS = {"chronology": "agency chronology", "family": "family workbook"}
STATUS_WORDS = {"pending": "Being checked", "confirmed": "Added", "withdrawn": "Withdrawn"}
FAMILY_SUFFIXES = frozenset({".xlsx", ".xlsm"})
# What people most often try instead, and how to turn it into something readable.
SAVE_AS = {
    ".xls": "it is an Excel 97-2003 workbook",
    ".xlsb": "it is an Excel binary workbook",
    ".ods": "it is an OpenDocument spreadsheet",
    ".numbers": "it is a Numbers spreadsheet",
    ".doc": "it is a Word 97-2003 document",
    ".odt": "it is an OpenDocument text",
    ".rtf": "it is a rich-text document",
    ".pdf": "a PDF cannot be read as a table",
    ".txt": "a plain text file has no columns",
    ".msg": "it is an e-mail; save its attachment instead",
    ".eml": "it is an e-mail; save its attachment instead",
    ".zip": "it is a zip archive; unzip it and upload the files inside",
}
PREVIEW_ROWS = 8
PREVIEW_REJECTED = 500


def accepted_suffixes(kind: str = "chronology") -> list[str]:
    """The extensions the readers accept, from the reader itself (`.docx` appears here as soon
    as `chronology.filesafety.SUPPORTED_SUFFIXES` includes it)."""
    suffixes = FAMILY_SUFFIXES if kind == "family" else filesafety.SUPPORTED_SUFFIXES
    order = [".xlsx", ".xlsm", ".csv", ".docx"]
    return sorted(suffixes, key=lambda s: (order.index(s) if s in order else len(order), s))


def _spoken(suffixes: list[str]) -> str:
    return suffixes[0] if len(suffixes) == 1 else ", ".join(suffixes[:-1]) + " or " + suffixes[-1]


def _save_as(kind: str) -> list[str]:
    """What to save as: the main formats (no one is asked to save a macro workbook)."""
    return [s for s in accepted_suffixes(kind) if s != ".xlsm"]


def refused_type(name: str, kind: str = "chronology") -> str | None:
    """Why a file of this type cannot be read and what to do, or None if it can be."""
    suffix = Path(name).suffix.lower()
    if suffix in accepted_suffixes(kind):
        return None
    why = SAVE_AS.get(suffix, f"files of type '{suffix or 'none'}' cannot be read")
    if kind == "family":
        return f"refused, {why}. The family workbook must be .xlsx: save it as .xlsx."
    return f"refused, {why}. Save it as {_spoken(_save_as(kind))} and upload it again."


def layout(**_: Any) -> html.Div:
    user = page_user("upload")
    if user is None:
        return not_permitted()
    limit = context().max_upload_mb
    readable = _spoken(accepted_suffixes())
    kinds = [{"label": " Agency chronology", "value": "chronology"}]
    if user.role == "lead_reviewer":
        kinds.append({"label": " Family workbook (genogram)", "value": "family"})
    agencies = sorted(set(aliases().values()))
    if user.role == "agency_uploader":
        agency_picker: Any = html.P(f"Uploading for {user.agency}", id="upl-agency-fixed")
        agency_value = user.agency
    else:
        agency_picker = None
        agency_value = None
    return html.Div(
        [
            html.H1("Upload chronologies"),
            html.Div(
                className="filters",
                children=[
                    html.Div(
                        [
                            html.Span("Kind of file", className="field-name"),
                            dcc.RadioItems(id="upl-kind", options=kinds, value="chronology"),
                        ],
                        # Names the radio group for screen readers (dashboard/assets/cspr.js).
                        # data-*/aria-* props reach Dash through **kwargs; its typed props
                        # reject a dict
                        **{"data-label": "Kind of file"},  # type: ignore[arg-type]
                    ),
                    html.Label(
                        [
                            "Agency",
                            dcc.Dropdown(
                                id="upl-agency",
                                options=[{"label": a, "value": a} for a in agencies],
                                value=agency_value,
                                placeholder="From the file name or an agency column",
                                disabled=user.role == "agency_uploader",
                            ),
                        ],
                    ),
                    agency_picker,
                ],
            ),
            dcc.Upload(
                id="upl-drop",
                multiple=True,
                max_size=limit << 20,
                # No `accept`: the browser would drop other files without a word; the server
                # refuses them with what to do instead.
                className="upload-zone",
                children=html.Div(
                    [
                        html.Strong("Drag workbooks here, or click to choose"),
                        html.Div(f"{readable}, up to {limit} MB each"),
                    ]
                ),
            ),
            html.Div(
                className="form-row",
                children=[
                    # Dash types <progress value> as str; the element's value is a number
                    html.Progress(id="upl-progress", value=0, max=1),  # type: ignore[arg-type]
                    html.Span(id="upl-progress-label", role="status"),
                ],
            ),
            html.Div(id="upl-message", className="message", role="status"),
            dcc.Interval(id="upl-poll", interval=300, disabled=True),
            dcc.Store(id="upl-job"),
            html.Label(
                ["File being checked", dcc.Dropdown(id="upl-file", placeholder="No file waiting")]
            ),
            html.Div(id="upl-preview"),
            html.Div(
                id="upl-mapping-box",
                className="panel",
                children=[
                    html.H2("Column mapping"),
                    html.P(
                        "Change a field in the third column to correct the mapping; "
                        "then re-read the file.",
                        className="hint",
                    ),
                    dag.AgGrid(
                        id="upl-mapping",
                        columnDefs=[
                            {"field": "sheet", "headerName": "Sheet"},
                            {"field": "header", "headerName": "Column heading", "flex": 2},
                            {
                                "field": "field",
                                "headerName": "Read as",
                                "editable": True,
                                "cellEditor": "agSelectCellEditor",
                                "cellEditorParams": {"values": FIELD_CHOICES},
                                "cellStyle": {"fontWeight": "bold"},
                            },
                            {"field": "confidence", "headerName": "Confidence"},
                            {"field": "method", "headerName": "How", "flex": 2},
                        ],
                        defaultColDef={"flex": 1, "resizable": True},
                        rowData=[],
                        dashGridOptions={"domLayout": "autoHeight", "singleClickEdit": True},
                        className="ag-theme-quartz",
                    ),
                    html.Div(
                        className="form-row",
                        children=[
                            html.Label(
                                [
                                    "Header row (blank: find it) ",
                                    dcc.Input(id="upl-header-row", type="number", min=1, step=1),
                                ]
                            ),
                            dcc.Checklist(
                                id="upl-save-mapping",
                                options=[
                                    {
                                        "label": " Save as this agency's template mapping",
                                        "value": "save",
                                    }
                                ],
                                value=[],
                            ),
                            html.Button(
                                "Re-read with these corrections",
                                id="upl-reread",
                                className="secondary",
                            ),
                        ],
                    ),
                ],
            ),
            html.Div(
                className="form-row",
                children=[
                    html.Button("Add to the review", id="upl-confirm", className="primary"),
                    html.Button("Discard this file", id="upl-discard", className="danger"),
                ],
            ),
            html.H2("Files in this review"),
            html.Div(id="upl-files"),
            html.Div(
                className="panel",
                hidden=not user.can("files.withdraw"),
                children=[
                    html.H3("Withdraw or replace an added file"),
                    html.P(
                        "To replace a file, upload the corrected one with the same file name "
                        "and add it: it takes the old one's place, and duplicate decisions on "
                        "rows it still holds unchanged keep applying.",
                        className="hint",
                    ),
                    html.Div(
                        className="form-row",
                        children=[
                            html.Label(
                                [
                                    "Added file ",
                                    dcc.Dropdown(
                                        id="upl-withdraw-file",
                                        placeholder="Choose an added file",
                                        style={"minWidth": "320px"},
                                    ),
                                ]
                            ),
                            html.Button(
                                "Withdraw it from the chronology",
                                id="upl-withdraw",
                                className="danger",
                            ),
                        ],
                    ),
                ],
            ),
            dcc.Store(id="upl-version", data=0),
        ]
    )


def _review(review_id: Any) -> tuple[CurrentUser, int]:
    user = require("upload")
    with db() as session:
        review = review_for(user, review_id, session)
        return user, review.id


def _own_file(session: Any, user: CurrentUser, review_id: int, file_id: Any) -> CaseFile:
    try:
        entry = session.get(CaseFile, int(file_id))
    except (TypeError, ValueError):
        entry = None
    if entry is None or entry.review_id != review_id:
        raise Denied("no such file in this review")
    if user.role == "agency_uploader" and entry.uploaded_by != user.username:
        raise Denied("agency uploaders see their own uploads only")
    return entry


def decode_upload(contents: str, limit_bytes: int) -> bytes:
    """The bytes of a `dcc.Upload` data URL; ValueError if too big or not base64."""
    _, _, payload = contents.partition(",")
    if len(payload) * 3 // 4 > limit_bytes + 4:
        raise ValueError(f"larger than the {limit_bytes >> 20} MB limit")
    try:
        data = base64.b64decode(payload, validate=True)
    except (binascii.Error, ValueError):
        raise ValueError("the upload was damaged in transit; try again") from None
    if len(data) > limit_bytes:
        raise ValueError(f"larger than the {limit_bytes >> 20} MB limit")
    return data


@dataclass
class PreviewSummary:
    """What the preview shows of one reading: a few rows, not the reading itself (a 19 MB
    file's reading is hundreds of MB; five of them kept for the preview filled the server)."""

    agency: str
    accepted: int
    rejected: int
    sheets: list[str] = field(default_factory=list)
    not_entries: int = 0  # titles, notes, sign-off lines: listed, never queried
    notes: list[str] = field(default_factory=list)
    first_rows: list[dict[str, Any]] = field(default_factory=list)
    rejected_rows: list[dict[str, Any]] = field(default_factory=list)
    mapping: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True)
class Verdict:
    """The outcome of checking one file."""

    refused: bool
    message: str
    accepted: int = 0
    rejected: int = 0
    summary: PreviewSummary | None = None


SUMMARIES = 32
_summaries: OrderedDict[tuple[int, str, str], PreviewSummary] = OrderedDict()
_summaries_lock = threading.Lock()


def _remember(entry: CaseFile, summary: PreviewSummary | None) -> None:
    if summary is None:
        return
    with _summaries_lock:
        _summaries[(entry.id, entry.sha256, entry.mapping)] = summary
        _summaries.move_to_end((entry.id, entry.sha256, entry.mapping))
        while len(_summaries) > SUMMARIES:
            _summaries.popitem(last=False)


def _forget(file_id: int) -> None:
    with _summaries_lock:
        for key in [k for k in _summaries if k[0] == file_id]:
            del _summaries[key]


def _recalled(entry: CaseFile) -> PreviewSummary | None:
    with _summaries_lock:
        return _summaries.get((entry.id, entry.sha256, entry.mapping))


def read_upload(path: Path, agency: str, mapping_json: str, limits: Limits) -> IngestResult:
    """Read a file being checked, never through the case cache (`dashboard.case`): a file that
    is never added must not stay in memory."""
    probe = CaseFile(mapping=mapping_json)
    return read_chronology(path, agency=agency or None, mapping=mapping_of(probe), limits=limits)


def summarise(result: IngestResult) -> PreviewSummary:
    sheets = []
    for sheet in result.sheets:
        label = sheet.name or "CSV"
        if sheet.header_row is None:
            sheets.append(f"{label}: {sheet.note}")
        else:
            sheets.append(
                f"{label}: header at row {sheet.header_row}; {sheet.accepted} accepted, "
                f"{sheet.rejected} rejected, {sheet.blank_rows} blank rows"
                + (f", {sheet.not_entries} lines not entries" if sheet.not_entries else "")
                + (f" ({sheet.note})" if sheet.note else "")
            )
    return PreviewSummary(
        agency=result.agency,
        accepted=len(result.events),
        rejected=len(result.refused),
        not_entries=len(result.rejections) - len(result.refused),
        sheets=sheets,
        notes=list(result.notes),
        first_rows=[
            {
                "sheet": e.source.sheet or "CSV",
                "row": e.source.row,
                "date": e.date.strftime("%d/%m/%Y")
                if e.date_precision == "day"
                else e.date_as_written,
                "text": (e.event_text or e.event_type)[:160],
            }
            for e in result.events[:PREVIEW_ROWS]
        ],
        rejected_rows=[
            {
                "sheet": r.source.sheet or "CSV",
                "row": r.source.row,
                "what": "Rejected" if r.refused else "Not an entry",
                "reason": r.reason,
            }
            # Rows the agency must correct first; titles and notes after them.
            for r in sorted(result.rejections, key=lambda r: not r.refused)[:PREVIEW_REJECTED]
        ],
        mapping=mapping_rows(result),
    )


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
        except ValueError as error:
            return Verdict(True, f"refused, {error}")
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
            f"{_rows(summary.accepted)} accepted, {summary.rejected} rejected"
            f"{note}; check the preview and add it to the review"
        )
    return Verdict(False, message, summary.accepted, summary.rejected, summary)


_NO_TABLE = re.compile(r"^(?P<label>[^:]*): no chronology table found \((?P<what>.*)\)$")


def no_table_reason(summary: PreviewSummary) -> str:
    """Why a file with no table is refused, sheet by sheet, and what to do about it."""
    found = []
    for line in summary.sheets:
        match = _NO_TABLE.match(line)
        found.append(f"{match['label']}: {match['what']}" if match else line)
    what = "; ".join(found) if found else "the file holds no rows"
    return (
        f"refused, no chronology table was found in it ({what}). A chronology needs a table "
        "whose header row names at least the date and what happened (for example Date, "
        "Entry): check that this is the chronology and upload it again"
    )


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
        except ValueError as error:
            messages.append(f"{name}: refused, {error}")
            continue
        staged.append((stage_upload(ctx.data_dir, name, data), name))
        del data
    return messages, staged


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
        if user.role == "agency_uploader":
            kind, agency = "chronology", user.agency
        if kind == "family" and user.role != "lead_reviewer":
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
                _remember(entry, verdict.summary)
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


def _rows(count: int) -> str:
    return f"{count} row" if count == 1 else f"{count} rows"


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
        _remember(entry, verdict.summary)
    return verdict.message


@callback(
    Output("upl-job", "data"),
    Output("upl-poll", "disabled"),
    Output("upl-message", "children"),
    Input("upl-drop", "contents"),
    State("upl-drop", "filename"),
    State("upl-kind", "value"),
    State("upl-agency", "value"),
    State("review-id", "data"),
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
    user, rid = _review(review_id)
    kind = "chronology" if user.role == "agency_uploader" else (kind or "chronology")
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
    Output("upl-progress", "value"),
    Output("upl-progress", "max"),
    Output("upl-progress-label", "children"),
    Output("upl-poll", "disabled", allow_duplicate=True),
    Output("upl-message", "children", allow_duplicate=True),
    Output("upl-file", "options", allow_duplicate=True),
    Output("upl-file", "value"),
    Output("upl-version", "data", allow_duplicate=True),
    Input("upl-poll", "n_intervals"),
    State("upl-job", "data"),
    State("review-id", "data"),
    State("upl-version", "data"),
    prevent_initial_call=True,
)
@guarded("upload")
def poll_upload(_ticks: Any, job_id: Any, review_id: Any, version: int) -> tuple[Any, ...]:
    user, rid = _review(review_id)
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


def pending_options(session: Any, user: CurrentUser, review_id: int) -> list[dict[str, Any]]:
    mine = user.username if user.role == "agency_uploader" else None
    return [
        {"label": f"{f.filename} ({KIND_WORDS.get(f.kind, f.kind)})", "value": f.id}
        for f in case_files(session, review_id, status="pending", uploaded_by=mine)
    ]


def mapping_rows(result: IngestResult) -> list[dict[str, Any]]:
    rows = []
    for sheet in result.sheets:
        for match in sheet.columns:
            if not match.header and match.field is None:
                continue
            rows.append(
                {
                    "sheet": sheet.name or "CSV",
                    "header": match.header,
                    "field": field_words(match.field) if match.field else EXTRA,
                    "confidence": f"{match.confidence:.2f}",
                    "method": plain_reason(match.method).replace("kept in extra", EXTRA),
                }
            )
    return rows


def preview(
    entry: CaseFile, result: IngestResult | PreviewSummary | None, note: str = ""
) -> list[Any]:
    if result is None:
        return [html.Div(className="panel", children=[html.P(note)])]
    summary = result if isinstance(result, PreviewSummary) else summarise(result)
    shown = len(summary.rejected_rows)
    listed = summary.rejected + summary.not_entries
    more = f" (the first {shown} shown)" if shown < listed else ""
    lines = (
        f" and {summary.not_entries} lines that are not entries (titles, notes, sign-off)"
        if summary.not_entries
        else ""
    )
    return [
        html.Div(
            className="panel",
            children=[
                html.H2(f"{entry.filename} · {summary.agency}"),
                html.P(
                    f"Status: {entry.status}. {summary.accepted} rows accepted, "
                    f"{summary.rejected} rejected."
                ),
                html.Ul([html.Li(line) for line in summary.sheets]),
                *[html.P(f"Note: {n}") for n in summary.notes],
                html.H3("First rows as read"),
                dag.AgGrid(
                    id="upl-accepted",
                    rowData=summary.first_rows,
                    columnDefs=[
                        {"field": "sheet"},
                        {"field": "row", "width": 80},
                        {"field": "date"},
                        {"field": "text", "flex": 3},
                    ],
                    defaultColDef={"flex": 1, "resizable": True},
                    dashGridOptions={"domLayout": "autoHeight"},
                    className="ag-theme-quartz",
                ),
                html.H3(f"Rejected rows ({summary.rejected}){lines}{more}"),
                dag.AgGrid(
                    id="upl-rejected",
                    rowData=summary.rejected_rows,
                    columnDefs=[
                        {"field": "sheet"},
                        {"field": "row", "width": 80},
                        {"field": "what", "width": 130},
                        {"field": "reason", "flex": 4, "wrapText": True, "autoHeight": True},
                    ],
                    defaultColDef={"flex": 1, "resizable": True},
                    dashGridOptions={"domLayout": "autoHeight"},
                    className="ag-theme-quartz",
                )
                if summary.rejected_rows
                else html.P("No rows were rejected."),
            ],
        )
    ]


def preview_summary(entry: CaseFile, max_mb: int) -> PreviewSummary:
    """The preview of a file being checked: remembered from its check, else read again (and
    only the summary kept). Raises IngestError if it cannot be read."""
    found = _recalled(entry)
    if found is None:
        limits = Limits(max_file_bytes=max_mb << 20)
        result = read_upload(
            file_path(context().data_dir, entry), entry.agency, entry.mapping, limits
        )
        found = summarise(result)
        del result
        _remember(entry, found)
    return found


@callback(
    Output("upl-file", "options"),
    Output("upl-preview", "children"),
    Output("upl-mapping", "rowData"),
    Output("upl-header-row", "value"),
    Output("upl-files", "children"),
    Input("upl-file", "value"),
    Input("upl-version", "data"),
    Input("review-id", "data"),
)
@guarded("upload")
def show_upload(file_id: Any, _version: int, review_id: Any) -> tuple[Any, ...]:
    """The files of the review and the preview of the chosen one; a preview shows case data,
    so it is audited (`audit_view`). Reading happens after the database session is closed."""
    user, rid = _review(review_id)
    ctx = context()
    with db() as session:
        mine = user.username if user.role == "agency_uploader" else None
        files = case_files(session, rid, uploaded_by=mine)
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
        entry = _own_file(session, user, rid, file_id)
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


def files_table(
    files: list[CaseFile],
    names: dict[int, str] | None = None,
    agency: Callable[[str], str] = str,
) -> Any:
    if not files:
        return html.P("No files yet.")
    head = html.Tr(
        [
            html.Th(h)
            for h in ("File", "Kind", "Agency", "Status", "Accepted", "Rejected", "By", "When")
        ]
    )
    rows = [
        html.Tr(
            [
                html.Td((names or {}).get(f.id, f.filename)),
                html.Td(KIND_WORDS.get(f.kind, f.kind).capitalize()),
                html.Td(agency(f.agency) if f.agency else "(from file)"),
                html.Td(STATUS_WORDS.get(f.status, f.status.capitalize())),
                html.Td(f.accepted),
                html.Td(f.rejected),
                html.Td(f.uploaded_by),
                html.Td(f"{f.uploaded_at:%d/%m/%Y %H:%M}"),
            ]
        )
        for f in files
    ]
    return html.Table([html.Thead(head), html.Tbody(rows)], className="simple")


def corrected_mapping(
    rows: list[dict[str, Any]], header_row: Any, agency: str | None
) -> SavedMapping:
    columns: dict[str, str | None] = {}
    for row in rows or []:
        header = str(row.get("header") or "")
        said = row.get("field")
        if not header:
            continue
        if said in (EXTRA, "(keep in extra)"):
            columns[normalise_header(header)] = None
            continue
        field = field_named(str(said))
        if field is None:
            raise ValueError(f"'{said}' is not a field")
        columns[normalise_header(header)] = field
    row_number = int(header_row) if header_row not in (None, "") else None
    if row_number is not None and row_number < 1:
        raise ValueError("the header row is numbered from 1")
    return SavedMapping(columns=columns, header_row=row_number, agency=agency or None)


@callback(
    Output("upl-message", "children", allow_duplicate=True),
    Output("upl-version", "data", allow_duplicate=True),
    Input("upl-reread", "n_clicks"),
    State("upl-file", "value"),
    State("upl-mapping", "virtualRowData"),
    State("upl-header-row", "value"),
    State("upl-save-mapping", "value"),
    State("upl-agency", "value"),
    State("review-id", "data"),
    State("upl-version", "data"),
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
    user, rid = _review(review_id)
    if user.role == "agency_uploader":
        agency = user.agency
    try:
        mapping = corrected_mapping(rows, header_row, None)
    except ValueError as error:
        return f"Not re-read: {error}", no_update
    with db() as session:
        entry = _own_file(session, user, rid, file_id)
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
        stored = _own_file(session, user, rid, file_id)
        if stored.status != "pending":
            return "That file has been dealt with meanwhile.", no_update
        stored.mapping = entry.mapping
        stored.accepted, stored.rejected = entry.accepted, entry.rejected
        audit(session, user.username, "override", stored, None, "mapping", None, stored.mapping)
        if entry.agency != before:
            stored.agency = entry.agency
            audit(session, user.username, "override", stored, None, "agency", before, entry.agency)
            message += f" Agency set to {entry.agency}."
        if save and user.role != "lead_reviewer":
            # A saved template mapping applies to that agency's uploads in every review.
            message += " Only a lead reviewer can save a mapping for the agency's template."
        elif save:
            target = agency or stored.agency or agency_from_filename(stored.filename)
            save_mapping(session, target, mapping.dump(), by=user.username)
            message += f" Mapping saved for {target}'s template."
    return message, (version or 0) + 1


@callback(
    Output("upl-message", "children", allow_duplicate=True),
    Output("upl-version", "data", allow_duplicate=True),
    Output("upl-file", "value", allow_duplicate=True),
    Input("upl-confirm", "n_clicks"),
    Input("upl-discard", "n_clicks"),
    State("upl-file", "value"),
    State("review-id", "data"),
    State("upl-version", "data"),
    prevent_initial_call=True,
)
@guarded("upload")
def confirm_or_discard(
    confirm: Any, discard: Any, file_id: Any, review_id: Any, version: int
) -> tuple[Any, ...]:
    if file_id is None:
        return "Choose a file first.", no_update, no_update
    user, rid = _review(review_id)
    adding = dash.ctx.triggered_id == "upl-confirm"
    with db() as session:  # the status, its audit rows and (discarded) the file's deletion
        entry = _own_file(session, user, rid, file_id)
        if entry.status != "pending":
            return "That file has already been dealt with.", no_update, None
        if adding and entry.kind == "chronology" and entry.accepted == 0:
            return (
                f"{entry.filename} was not added: no row of it was accepted. Correct the "
                "column mapping and re-read it, or discard it.",
                no_update,
                no_update,
            )
        try:
            set_file_status(
                session, entry, "confirmed" if adding else "withdrawn", by=user.username
            )
        except ReviewError as error:
            return str(error), no_update, no_update
        if adding:
            review = review_for(user, rid, session)
            audit(session, user.username, "merge", entry, review, "file", None, entry.filename)
            message = f"{entry.filename} added: the chronology has been merged again."
            for old in replaced_by(session, entry):
                set_file_status(session, old, "withdrawn", by=user.username)
                delete_stored_file(session, context().data_dir, old)
                _forget(old.id)
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
        else:
            delete_stored_file(session, context().data_dir, entry)
            message = f"{entry.filename} discarded (its file deleted)."
    _forget(entry.id)
    return message, (version or 0) + 1, None


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


def withdrawable_options(session: Any, review_id: int) -> list[dict[str, Any]]:
    return [
        {"label": f"{f.filename} (added {f.uploaded_at:%d/%m/%Y})", "value": f.id}
        for f in case_files(session, review_id, status="confirmed")
    ]


@callback(
    Output("upl-withdraw-file", "options"),
    Input("upl-version", "data"),
    Input("review-id", "data"),
    Input("shell-mode", "data"),
)
@guarded("upload")
def withdraw_choices(_version: Any, review_id: Any, _mode: Any) -> list[dict[str, Any]]:
    """The added files a lead reviewer may withdraw (none for anyone else, and none in
    presentation mode, where file names are not shown)."""
    user, rid = _review(review_id)
    if not user.can("files.withdraw") or anonymised_view(user):
        return []
    with db() as session:
        return withdrawable_options(session, rid)


@callback(
    Output("upl-message", "children", allow_duplicate=True),
    Output("upl-version", "data", allow_duplicate=True),
    Output("upl-withdraw-file", "value"),
    Input("upl-withdraw", "n_clicks"),
    State("upl-withdraw-file", "value"),
    State("review-id", "data"),
    State("upl-version", "data"),
    prevent_initial_call=True,
)
@guarded("files.withdraw")
def withdraw_file(clicks: Any, file_id: Any, review_id: Any, version: int) -> tuple[Any, ...]:
    """Take an added file out of the review: the chronology is merged again without it."""
    if not clicks:
        return no_update, no_update, no_update
    if file_id is None:
        return "Choose an added file first.", no_update, no_update
    user, rid = _review(review_id)
    with db() as session:
        entry = _own_file(session, user, rid, file_id)
        if entry.status != "confirmed":
            return "That file is not in the chronology.", (version or 0) + 1, None
        set_file_status(session, entry, "withdrawn", by=user.username)
        delete_stored_file(session, context().data_dir, entry)
        name = entry.filename
    _forget(int(file_id))
    return (
        f"{name} withdrawn: the chronology has been merged again without it.",
        (version or 0) + 1,
        None,
    )


dash.register_page(__name__, path="/upload", title="Upload · cspr", name="Upload", layout=layout)
