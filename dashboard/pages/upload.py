"""Upload: agencies' workbooks in, checked before they join the review.

Drop one or more files; each is size-checked again on the server, stored in the data folder as
*pending* and read with the saved mapping of its agency's template, if any. The preview shows
the header row found, how each column was mapped (with confidence) and every rejected row with
its reason. Correct the mapping, re-read, optionally save it for the agency's next file, then
add the file to the review (which re-merges the chronology) or discard it.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable
from typing import Any

import dash
import dash_ag_grid as dag
from dash import Input, Output, State, callback, dcc, html, no_update

from chronology.agencies import agency_from_filename, aliases
from chronology.columns import SavedMapping, normalise_header
from chronology.filesafety import IngestError, Limits
from chronology.ingest import IngestResult
from chronology.schema import CANONICAL_FIELDS
from dashboard import jobs
from dashboard.access import (
    CurrentUser,
    Denied,
    anonymised_view,
    context,
    db,
    guarded,
    require,
)
from dashboard.access import require_review as review_for
from dashboard.case import load_case, read_case_file
from dashboard.shell import not_permitted, page_user
from genogram.family import read_family
from reviews.casefiles import (
    CaseFile,
    case_files,
    file_path,
    save_mapping,
    saved_mapping_json,
    set_file_status,
    store_file,
)
from reviews.service import ReviewError, audit

EXTRA = "(keep in extra)"
FIELD_CHOICES = [*CANONICAL_FIELDS, EXTRA]


def layout(**_: Any) -> html.Div:
    user = page_user("upload")
    if user is None:
        return not_permitted()
    limit = context().max_upload_mb
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
                    dcc.RadioItems(id="upl-kind", options=kinds, value="chronology"),
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
                accept=".xlsx,.xlsm,.csv",
                className="upload-zone",
                children=html.Div(
                    [
                        html.Strong("Drag workbooks here, or click to choose"),
                        html.Div(f".xlsx, .xlsm or .csv, up to {limit} MB each"),
                    ]
                ),
            ),
            html.Div(
                className="form-row",
                children=[
                    html.Progress(id="upl-progress", value=0, max=1),
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


def receive_files(
    user: CurrentUser,
    review_id: int,
    contents: list[str],
    names: list[str],
    kind: str,
    agency: str | None,
    progress: jobs.Progress | None = None,
) -> tuple[list[str], int | None]:
    """Store and check each upload; returns messages and the id of the last file stored.
    `progress(done, label)` is told before each file."""
    ctx = context()
    limit = ctx.max_upload_mb << 20
    if user.role == "agency_uploader":
        kind, agency = "chronology", user.agency
    if kind == "family" and user.role != "lead_reviewer":
        raise Denied("only a lead reviewer uploads the family workbook")
    messages, last = [], None
    for number, (content, name) in enumerate(zip(contents, names, strict=True)):
        if progress is not None:
            progress(number, f"Checking {name} ({number + 1} of {len(names)})")
        try:
            data = decode_upload(content, limit)
        except ValueError as error:
            messages.append(f"{name}: refused, {error}")
            continue
        with db() as session:
            review = review_for(user, review_id, session)
            chosen = agency or (agency_from_filename(name) if kind == "chronology" else "")
            entry = store_file(
                session,
                ctx.data_dir,
                review,
                name,
                data,
                by=user.username,
                kind=kind,
                agency=agency or "",
            )
            if kind == "chronology":
                saved = saved_mapping_json(session, chosen)
                entry.mapping = saved or ""
            message = _check(entry, ctx.max_upload_mb)
            if message.startswith("refused"):
                set_file_status(session, entry, "withdrawn", by=user.username)
            else:
                last = entry.id
            messages.append(f"{entry.filename}: {message}")
    return messages, last


def _rows(count: int) -> str:
    return f"{count} row" if count == 1 else f"{count} rows"


def _check(entry: CaseFile, max_mb: int) -> str:
    ctx = context()
    if entry.kind == "family":
        try:
            family = read_family(
                file_path(ctx.data_dir, entry), Limits(max_file_bytes=max_mb << 20)
            )
        except ValueError as error:
            return f"refused, {error}"
        return f"family workbook with {len(family.people)} people; check it and add it"
    try:
        result = read_case_file(ctx.data_dir, entry, Limits(max_file_bytes=max_mb << 20))
    except IngestError as error:
        return f"refused, {error}"
    entry.accepted = len(result.events)
    entry.rejected = len(result.rejections)
    saved = " (saved mapping applied)" if entry.mapping else ""
    return (
        f"{_rows(len(result.events))} accepted, {len(result.rejections)} rejected"
        f"{saved}; check the preview and add it to the review"
    )


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
    """Start checking the files in the background; `poll_upload` shows the progress."""
    if not contents or not names:
        return no_update, no_update, no_update
    user, rid = _review(review_id)

    def work(progress: jobs.Progress) -> tuple[list[str], int | None]:
        return receive_files(user, rid, contents, names, kind or "chronology", agency, progress)

    job = jobs.start(user.id, len(names), work)
    return job, False, f"Checking {len(names)} file(s)…"


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
    lines = [html.Div(m) for m in messages]
    return job.total, job.total, done, True, lines, options, last, (version or 0) + 1


def pending_options(session: Any, user: CurrentUser, review_id: int) -> list[dict[str, Any]]:
    mine = user.username if user.role == "agency_uploader" else None
    return [
        {"label": f"{f.filename} ({f.kind})", "value": f.id}
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
                    "field": match.field or EXTRA,
                    "confidence": f"{match.confidence:.2f}",
                    "method": match.method,
                }
            )
    return rows


def preview(entry: CaseFile, result: IngestResult | None, note: str = "") -> list[Any]:
    if result is None:
        return [html.Div(className="panel", children=[html.P(note)])]
    sheets = []
    for sheet in result.sheets:
        label = sheet.name or "CSV"
        if sheet.header_row is None:
            sheets.append(html.Li(f"{label}: {sheet.note}"))
        else:
            sheets.append(
                html.Li(
                    f"{label}: header at row {sheet.header_row}; {sheet.accepted} accepted, "
                    f"{sheet.rejected} rejected, {sheet.blank_rows} blank rows"
                    + (f" ({sheet.note})" if sheet.note else "")
                )
            )
    rejected = [
        {"sheet": r.source.sheet or "CSV", "row": r.source.row, "reason": r.reason}
        for r in result.rejections
    ]
    accepted = [
        {
            "sheet": e.source.sheet or "CSV",
            "row": e.source.row,
            "date": e.date.strftime("%d/%m/%Y") if e.date_precision == "day" else e.date_as_written,
            "text": (e.event_text or e.event_type)[:160],
        }
        for e in result.events[:8]
    ]
    return [
        html.Div(
            className="panel",
            children=[
                html.H2(f"{entry.filename} · {result.agency}"),
                html.P(
                    f"Status: {entry.status}. {len(result.events)} rows accepted, "
                    f"{len(result.rejections)} rejected."
                ),
                html.Ul(sheets),
                *[html.P(f"Note: {n}") for n in result.notes],
                html.H3("First rows as read"),
                dag.AgGrid(
                    id="upl-accepted",
                    rowData=accepted,
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
                html.H3(f"Rejected rows ({len(rejected)})"),
                dag.AgGrid(
                    id="upl-rejected",
                    rowData=rejected,
                    columnDefs=[
                        {"field": "sheet"},
                        {"field": "row", "width": 80},
                        {"field": "reason", "flex": 4, "wrapText": True, "autoHeight": True},
                    ],
                    defaultColDef={"flex": 1, "resizable": True},
                    dashGridOptions={"domLayout": "autoHeight"},
                    className="ag-theme-quartz",
                )
                if rejected
                else html.P("No rows were rejected."),
            ],
        )
    ]


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
    user, rid = _review(review_id)
    ctx = context()
    with db() as session:
        mine = user.username if user.role == "agency_uploader" else None
        files = case_files(session, rid, uploaded_by=mine)
        pending = [f for f in files if f.status == "pending"]
        words: Callable[[str], str] = str
        if anonymised_view(user):  # presentation mode: file names only, anonymised
            words = load_case(session, ctx.data_dir, rid).anonymiser.text
        options = [{"label": f"{words(f.filename)} ({f.kind})", "value": f.id} for f in pending]
        listing = files_table(files, words)
        if words is not str:
            note = html.P("Previews are not shown in presentation mode.", className="hint")
            return options, [note], [], None, listing
        if file_id is None or file_id not in {f.id for f in pending}:
            return options, [], [], None, listing
        entry = _own_file(session, user, rid, file_id)
        if entry.kind == "family":
            return (
                options,
                preview(entry, None, _check(entry, ctx.max_upload_mb)),
                [],
                None,
                listing,
            )
        try:
            result = read_case_file(ctx.data_dir, entry)
        except IngestError as error:
            return options, preview(entry, None, f"Refused: {error}"), [], None, listing
        header = json.loads(entry.mapping).get("header_row") if entry.mapping else None
        return options, preview(entry, result), mapping_rows(result), header, listing


def files_table(files: list[CaseFile], words: Callable[[str], str] = str) -> Any:
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
                html.Td(words(f.filename)),
                html.Td(f.kind),
                html.Td(f.agency or "(from file)"),
                html.Td(f.status),
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
        field = row.get("field")
        if not header:
            continue
        if field not in CANONICAL_FIELDS and field != EXTRA:
            raise ValueError(f"'{field}' is not a field")
        columns[normalise_header(header)] = None if field == EXTRA else field
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
        audit(session, user.username, "override", entry, None, "mapping", None, entry.mapping)
        message = "Re-read with your corrections. " + _check(entry, context().max_upload_mb)
        if save and user.role != "lead_reviewer":
            # A saved template mapping applies to that agency's uploads in every review.
            message += " Only a lead reviewer can save a mapping for the agency's template."
        elif save:
            target = agency or entry.agency or agency_from_filename(entry.filename)
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
    with db() as session:
        entry = _own_file(session, user, rid, file_id)
        if entry.status != "pending":
            return "That file has already been dealt with.", no_update, None
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
        else:
            message = f"{entry.filename} discarded."
    return message, (version or 0) + 1, None


dash.register_page(__name__, path="/upload", title="Upload · cspr", name="Upload", layout=layout)
