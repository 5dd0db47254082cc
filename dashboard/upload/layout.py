"""The upload page's layout: what to upload and for which agency, the drop zone and its
progress, the file being checked with its column mapping, adding or discarding it, the files of
the review, and withdrawing an added one. Ids from `dashboard.upload.ids`."""

from __future__ import annotations

from typing import Any

import dash_ag_grid as dag
from dash import dcc, html

from chronology.agencies import aliases
from dashboard.access import CurrentUser, context
from dashboard.upload import ids
from dashboard.upload.filetypes import accepted_suffixes, spoken
from dashboard.upload.mapping import FIELD_CHOICES
from dashboard.upload.rights import may_upload_family, own_uploads_only


def page(user: CurrentUser) -> html.Div:
    """The page for a user who may upload (`dashboard/pages/upload.py` checks that first)."""
    limit = context().max_upload_mb
    readable = spoken(accepted_suffixes())
    kinds = [{"label": " Agency chronology", "value": "chronology"}]
    if may_upload_family(user):
        kinds.append({"label": " Family workbook (genogram)", "value": "family"})
    agencies = sorted(set(aliases().values()))
    if own_uploads_only(user):
        agency_picker: Any = html.P(f"Uploading for {user.agency}", id=ids.AGENCY_FIXED)
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
                            dcc.RadioItems(id=ids.KIND, options=kinds, value="chronology"),
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
                                id=ids.AGENCY,
                                options=[{"label": a, "value": a} for a in agencies],
                                value=agency_value,
                                placeholder="From the file name or an agency column",
                                disabled=own_uploads_only(user),
                            ),
                        ],
                    ),
                    agency_picker,
                ],
            ),
            dcc.Upload(
                id=ids.DROP,
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
                    html.Progress(id=ids.PROGRESS, value=0, max=1),  # type: ignore[arg-type]
                    html.Span(id=ids.PROGRESS_LABEL, role="status"),
                ],
            ),
            html.Div(id=ids.MESSAGE, className="message", role="status"),
            dcc.Interval(id=ids.POLL, interval=300, disabled=True),
            dcc.Store(id=ids.JOB),
            html.Label(
                ["File being checked", dcc.Dropdown(id=ids.FILE, placeholder="No file waiting")]
            ),
            html.Div(id=ids.PREVIEW),
            html.Div(
                id=ids.MAPPING_BOX,
                className="panel",
                children=[
                    html.H2("Column mapping"),
                    html.P(
                        "Change a field in the third column to correct the mapping; "
                        "then re-read the file.",
                        className="hint",
                    ),
                    dag.AgGrid(
                        id=ids.MAPPING,
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
                                    dcc.Input(id=ids.HEADER_ROW, type="number", min=1, step=1),
                                ]
                            ),
                            dcc.Checklist(
                                id=ids.SAVE_MAPPING,
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
                                id=ids.REREAD,
                                className="secondary",
                            ),
                        ],
                    ),
                ],
            ),
            html.Div(
                className="form-row",
                children=[
                    html.Button("Add to the review", id=ids.CONFIRM, className="primary"),
                    html.Button("Discard this file", id=ids.DISCARD, className="danger"),
                ],
            ),
            html.H2("Files in this review"),
            html.Div(id=ids.FILES),
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
                                        id=ids.WITHDRAW_FILE,
                                        placeholder="Choose an added file",
                                        style={"minWidth": "320px"},
                                    ),
                                ]
                            ),
                            html.Button(
                                "Withdraw it from the chronology",
                                id=ids.WITHDRAW,
                                className="danger",
                            ),
                        ],
                    ),
                ],
            ),
            dcc.Store(id=ids.VERSION, data=0),
        ]
    )
