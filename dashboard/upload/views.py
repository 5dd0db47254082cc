"""What the upload page shows, as plain functions of what it was given: the preview of a file
being checked, the table of the review's files and the choice of files being checked."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import dash_ag_grid as dag
from dash import html

from chronology.ingest import IngestResult
from dashboard.access import CurrentUser
from dashboard.upload import ids
from dashboard.upload.rights import uploader_filter
from dashboard.upload.summary import PreviewSummary, summarise
from reviews.casefiles import CaseFile, case_files

KIND_WORDS = {"chronology": "agency chronology", "family": "family workbook"}
STATUS_WORDS = {"pending": "Being checked", "confirmed": "Added", "withdrawn": "Withdrawn"}


def preview(
    entry: CaseFile, result: IngestResult | PreviewSummary | None, note: str = ""
) -> list[Any]:
    """A file being checked: what was read (the sheets, the first rows, the rejected rows with
    their reasons), or only the note when there is no reading (a family workbook, a refusal)."""
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
                    id=ids.ACCEPTED,
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
                    id=ids.REJECTED,
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


def files_table(
    files: list[CaseFile],
    names: dict[int, str] | None = None,
    agency: Callable[[str], str] = str,
) -> Any:
    """The review's files, with `names` for their file names (numbered in presentation mode)
    and `agency` for the agency's name as shown."""
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


def pending_options(session: Any, user: CurrentUser, review_id: int) -> list[dict[str, Any]]:
    """The files being checked that the user may see, as dropdown options."""
    return [
        {"label": f"{f.filename} ({KIND_WORDS.get(f.kind, f.kind)})", "value": f.id}
        for f in case_files(session, review_id, status="pending", uploaded_by=uploader_filter(user))
    ]
