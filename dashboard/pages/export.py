"""Export: the integrated chronology (XLSX, DOCX, CSV) and the genogram (SVG, PNG, PDF), written
on the server with the same writers as the CLI and sent with `dcc.Download`; the review's
documents, the agency chronology template and the query workbooks, made by the code of `cspr
documents`, `cspr template chronology` and `cspr review queries` (dashboard/review_documents.py).
Panel members get anonymised files only (and no query workbooks, which hold an agency's rows as
written); every export is audited."""

from __future__ import annotations

import datetime as dt
import io
import json
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import dash
from dash import Input, Output, State, callback, clientside_callback, dcc, html, no_update

from chronology.export_docx import write_integrated_docx
from chronology.export_tables import INTEGRATED_COLUMNS, integrated_row
from chronology.export_xlsx import write_integrated_xlsx
from chronology.output import write_csv
from chronology.pipeline import MergeRun
from dashboard.access import (
    anonymised_download,
    anonymised_view,
    context,
    db,
    guarded,
    require,
)
from dashboard.access import require_review as review_for
from dashboard.case import CaseData, load_case
from dashboard.errors import USER_ERRORS, ScreenError, user_message
from dashboard.ids import Export as ID
from dashboard.pages.genogram import AS_AT_KEY
from dashboard.review_documents import (
    ALL_AGENCIES,
    DOCUMENT_KINDS,
    KIND_KEYS,
    documents_file,
    query_agencies,
    query_file,
    template_agencies,
    template_file,
)
from dashboard.shell import REVIEW_ID, not_permitted, page_user
from genogram.build import build_genogram
from genogram.export import render
from reviews.service import audit

CHRONOLOGY_FORMATS = ("xlsx", "docx", "csv")
GENOGRAM_FORMATS = ("svg", "png", "pdf")
MIME = {
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "csv": "text/csv",
    "svg": "image/svg+xml",
    "png": "image/png",
    "pdf": "application/pdf",
}


def layout(**_: Any) -> html.Div:
    user = page_user("documents")
    if user is None:
        return not_permitted()
    if not user.can("export"):  # business support: the review's documents, not its chronology
        return html.Div([html.H1("Export"), *review_panels(user)])
    named = user.can("export.named")
    return html.Div(
        [
            html.H1("Export"),
            dcc.Checklist(
                id=ID.ANONYMISE,
                options=[
                    {
                        "label": " Anonymised (names, practitioners, addresses and numbers "
                        "replaced; dates to the month)",
                        "value": "anon",
                        "disabled": not named,
                    }
                ],
                value=["anon"] if not named else [],
            ),
            html.P(
                "Panel members can export anonymised files only."
                if not named
                else "Named exports are for the review team only; each is in the audit log.",
                className="hint",
            ),
            html.Div(
                className="two-col",
                children=[
                    html.Div(
                        className="panel",
                        children=[
                            html.H2("Integrated chronology"),
                            *[
                                html.Button(
                                    f"Chronology as {f.upper()}",
                                    id=f"exp-chr-{f}",
                                    className="primary",
                                )
                                for f in CHRONOLOGY_FORMATS
                            ],
                        ],
                    ),
                    html.Div(
                        className="panel",
                        children=[
                            html.H2("Genogram"),
                            html.Label(
                                [
                                    "As at (blank: the family as recorded) ",
                                    dcc.DatePickerSingle(
                                        id=ID.AS_AT,
                                        display_format="DD/MM/YYYY",
                                        placeholder="As recorded",
                                        clearable=True,
                                        first_day_of_week=1,
                                    ),
                                ]
                            ),
                            html.P(
                                "The date shown on the Genogram page; ages and households "
                                "are as at this date.",
                                className="hint",
                            ),
                            *[
                                html.Button(
                                    f"Genogram as {f.upper()}",
                                    id=f"exp-gen-{f}",
                                    className="primary",
                                )
                                for f in GENOGRAM_FORMATS
                            ],
                        ],
                    ),
                ],
            ),
            dcc.Loading(html.Div(id=ID.MESSAGE, className="message", role="status")),
            dcc.Download(id=ID.DOWNLOAD),
            *review_panels(user),
        ]
    )


def review_panels(user: Any) -> list[Any]:
    """The review's documents and agency templates; the agencies' query workbooks for those
    who may see names. Without the chronology's export (business support), the page's
    anonymised choice is here too, for the documents."""
    named = user.can("documents.named")
    choice: list[Any] = []
    if not user.can("export"):
        choice = [
            dcc.Checklist(
                id=ID.ANONYMISE,
                options=[{"label": " Anonymised documents", "value": "anon"}],
                value=[],
            )
        ]
    return [
        *choice,
        html.Div(className="two-col", children=[documents_panel(), template_panel(named)]),
        *([queries_panel()] if named else []),
    ]


def documents_panel() -> html.Div:
    """The review's documents (`cspr documents`): which ones, then one download."""
    return html.Div(
        className="panel",
        children=[
            html.H2("Review documents"),
            html.P(
                "Written from what the review records: letters, the rapid review pack, the "
                "terms of reference draft and the notifications. Anonymised as chosen above.",
                className="hint",
            ),
            html.Fieldset(
                [
                    html.Legend("Documents"),
                    dcc.Checklist(
                        id=ID.DOC_KINDS,
                        options=[{"label": f" {words}", "value": k} for k, words in DOCUMENT_KINDS],
                        value=list(KIND_KEYS),
                        labelStyle={"display": "block"},
                    ),
                ],
                className="plain-fieldset",
            ),
            html.P(
                "One document downloads as it is; several come as one zip file.",
                className="hint",
            ),
            html.Button("Download documents", id=ID.DOC_GO, className="primary"),
            dcc.Loading(html.Div(id=ID.DOC_MESSAGE, className="message", role="status")),
            dcc.Download(id=ID.DOC_DOWNLOAD),
        ],
    )


def template_panel(named: bool) -> html.Div:
    """The blank agency chronology template (`cspr template chronology`)."""
    agency = html.Label(
        [
            "Agency (blank: a template for any agency) "
            if named
            else "Agency (a template naming an agency is for the review team) ",
            dcc.Dropdown(
                id=ID.TPL_AGENCY,
                placeholder="Any agency",
                clearable=True,
                disabled=not named,
            ),
        ]
    )
    return html.Div(
        className="panel",
        children=[
            html.H2("Agency chronology template"),
            html.P(
                "The workbook an agency fills in: the guidance's columns, dates checked as "
                "dd/mm/yyyy, instructions and the date to return it by.",
                className="hint",
            ),
            agency,
            html.Label(
                [
                    "Return by (blank: the date recorded for that agency's chronology) ",
                    dcc.DatePickerSingle(
                        id=ID.TPL_DUE,
                        display_format="DD/MM/YYYY",
                        placeholder="Return by",
                        clearable=True,
                        first_day_of_week=1,
                    ),
                ]
            ),
            html.Button("Download template", id=ID.TPL_GO, className="primary"),
            dcc.Loading(html.Div(id=ID.TPL_MESSAGE, className="message", role="status")),
            dcc.Download(id=ID.TPL_DOWNLOAD),
        ],
    )


def queries_panel() -> html.Div:
    """Each agency's rejected rows as a query workbook (`cspr review queries`)."""
    return html.Div(
        className="panel",
        children=[
            html.H2("Query workbooks for agencies"),
            html.P(
                "The rows of an agency's chronology that could not be read, each with the "
                "reason in plain words and a column for the agency's answer. They hold the "
                "agency's rows as written: for the review team only.",
                className="hint",
            ),
            html.Label(
                [
                    "Agency ",
                    dcc.Dropdown(
                        id=ID.Q_AGENCY,
                        options=[{"label": "Every agency (one zip file)", "value": ALL_AGENCIES}],
                        value=ALL_AGENCIES,
                        clearable=False,
                    ),
                ]
            ),
            dcc.Checklist(
                id=ID.Q_SENT_BACK,
                options=[
                    {
                        "label": " Record each agency's chronology as sent back with queries",
                        "value": "yes",
                    }
                ],
                value=[],
            ),
            html.Button("Download query workbook", id=ID.Q_GO, className="primary"),
            dcc.Loading(html.Div(id=ID.Q_MESSAGE, className="message", role="status")),
            dcc.Download(id=ID.Q_DOWNLOAD),
        ],
    )


def anonymised_run(case: CaseData) -> tuple[MergeRun, Any]:
    """The run anonymised by the project's anonymisation (`anonymise`): names from the family
    workbook's register, practitioners, addresses and numbers replaced, dates to the month."""
    from anonymise.apply import anonymise_run
    from anonymise.register import register_from_family

    if case.family is None:
        raise ScreenError("an anonymised chronology needs the family workbook: upload it first")
    register = register_from_family(case.family)
    run, _report = anonymise_run(case.run, register, agency_labels=case.anonymiser.agency_labels)
    return run, register


def chronology_file(case: CaseData, fmt: str, anonymised: bool) -> bytes:
    run, register = anonymised_run(case) if anonymised else (case.run, None)
    with tempfile.TemporaryDirectory(prefix="cspr-export-") as folder:
        path = Path(folder) / f"chronology.{fmt}"
        if fmt == "xlsx":
            write_integrated_xlsx(run.integration, run.rejections, path)
        elif fmt == "docx":
            write_integrated_docx(run.integration, path)
        else:
            rows = (integrated_row(e) for e in run.integration.events)
            write_csv(path, INTEGRATED_COLUMNS, rows)
        if register is not None:
            from anonymise.apply import find_leaks
            from anonymise.metadata import strip_metadata

            strip_metadata(path)
            leaks = find_leaks([path], register)
            if leaks:
                raise ScreenError(f"not exported: a name is still in the file ({leaks[0]})")
        return path.read_bytes()


def genogram_file(
    case: CaseData, fmt: str, anonymised: bool, as_at: dt.date | None = None
) -> bytes:
    if case.family is None:
        raise ScreenError("no family workbook in this review yet")
    return render(build_genogram(case.family, as_at=as_at, anonymise=anonymised), f".{fmt}")


def as_at_date(value: Any) -> dt.date | None:
    """The export's "as at" (an ISO date from the picker or the genogram page), or None."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _sent(make: Callable[[], dict[str, Any]]) -> tuple[Any, Any]:
    """A download callback's answer: the file and "NAME exported.", or no file and the user's
    error in one line (a refusal, Denied, is a 403 from `guarded`)."""
    try:
        sent = make()
    except USER_ERRORS as error:
        return no_update, f"Not exported: {user_message(error)}"
    return sent, f"{sent['filename']} exported."


def export_file(
    user: Any,
    review_id: Any,
    what: str,
    fmt: str,
    anonymise: bool,
    as_at: dt.date | None = None,
) -> dict[str, Any]:
    """The download for one export, checked and audited (a plain function, for tests)."""
    require("export")
    anonymised = anonymised_download(user, anonymise, "export.named")
    with db() as session:
        review = review_for(user, review_id, session)
        case = load_case(session, context().data_dir, review.id)
        if what == "chronology" and fmt in CHRONOLOGY_FORMATS:
            data = chronology_file(case, fmt, anonymised)
        elif what == "genogram" and fmt in GENOGRAM_FORMATS:
            data = genogram_file(case, fmt, anonymised, as_at)
        else:
            raise ValueError(f"unknown export {what} {fmt}")
        kind = "anonymised" if anonymised else "named"
        audit(session, user.username, "export", review, review, what, None, f"{fmt} ({kind})")
        name = f"{review.reference}_{what}{'_anonymised' if anonymised else ''}.{fmt}"
    return {
        "content": _b64(data),
        "filename": name,
        "type": MIME[fmt],
        "base64": True,
    }


def _b64(data: bytes) -> str:
    import base64

    return base64.b64encode(io.BytesIO(data).getvalue()).decode("ascii")


@callback(
    Output(ID.DOWNLOAD, "data"),
    Output(ID.MESSAGE, "children"),
    *[Input(f"exp-chr-{f}", "n_clicks") for f in CHRONOLOGY_FORMATS],
    *[Input(f"exp-gen-{f}", "n_clicks") for f in GENOGRAM_FORMATS],
    State(ID.ANONYMISE, "value"),
    State(ID.AS_AT, "date"),
    State(REVIEW_ID, "data"),
    prevent_initial_call=True,
)
@guarded("export")
def download(*args: Any) -> tuple[Any, Any]:
    *_, anonymise, as_at, review_id = args
    trigger = str(dash.ctx.triggered_id or "")
    if not trigger.startswith("exp-"):
        return no_update, no_update
    _, short, fmt = trigger.split("-")
    what = "chronology" if short == "chr" else "genogram"
    user = require("export")
    return _sent(
        lambda: export_file(user, review_id, what, fmt, bool(anonymise), as_at_date(as_at))
    )


@callback(
    Output(ID.DOC_DOWNLOAD, "data"),
    Output(ID.DOC_MESSAGE, "children"),
    Input(ID.DOC_GO, "n_clicks"),
    State(ID.DOC_KINDS, "value"),
    State(ID.ANONYMISE, "value"),
    State(REVIEW_ID, "data"),
    prevent_initial_call=True,
)
@guarded("documents")
def download_documents(
    _clicks: Any, kinds: list[str] | None, anonymise: list[str] | None, review_id: Any
) -> tuple[Any, Any]:
    user = require("documents")
    return _sent(lambda: documents_file(user, review_id, kinds or [], bool(anonymise)))


@callback(
    Output(ID.TPL_AGENCY, "options"),
    Input(REVIEW_ID, "data"),
    Input(ID.TPL_AGENCY, "id"),
)
@guarded("documents")
def template_agency_options(review_id: Any, _id: Any) -> list[dict[str, str]]:
    user = require("documents")
    return [{"label": a, "value": a} for a in template_agencies(user, review_id)]


@callback(
    Output(ID.TPL_DOWNLOAD, "data"),
    Output(ID.TPL_MESSAGE, "children"),
    Input(ID.TPL_GO, "n_clicks"),
    State(ID.TPL_AGENCY, "value"),
    State(ID.TPL_DUE, "date"),
    State(REVIEW_ID, "data"),
    prevent_initial_call=True,
)
@guarded("documents")
def download_template(_clicks: Any, agency: Any, due: Any, review_id: Any) -> tuple[Any, Any]:
    user = require("documents")
    return _sent(lambda: template_file(user, review_id, agency, as_at_date(due)))


@callback(
    Output(ID.Q_AGENCY, "options"),
    Input(REVIEW_ID, "data"),
    Input(ID.Q_AGENCY, "id"),
)
@guarded("documents.named")
def query_agency_options(review_id: Any, _id: Any) -> list[dict[str, str]]:
    user = require("documents.named")
    every = [{"label": "Every agency (one zip file)", "value": ALL_AGENCIES}]
    if anonymised_view(user):  # presentation mode: no agency's rows, nor names, on screen
        return every
    return every + [{"label": a, "value": a} for a in query_agencies(user, review_id)]


@callback(
    Output(ID.Q_DOWNLOAD, "data"),
    Output(ID.Q_MESSAGE, "children"),
    Input(ID.Q_GO, "n_clicks"),
    State(ID.Q_AGENCY, "value"),
    State(ID.Q_SENT_BACK, "value"),
    State(REVIEW_ID, "data"),
    prevent_initial_call=True,
)
@guarded("documents.named")
def download_queries(_clicks: Any, agency: Any, sent_back: Any, review_id: Any) -> tuple[Any, Any]:
    user = require("documents.named")
    try:
        sent, lines = query_file(user, review_id, agency, sent_back=bool(sent_back))
    except USER_ERRORS as error:  # a refusal (Denied) is a 403, from `guarded`
        return no_update, f"Not exported: {user_message(error)}"
    return sent, [html.P(f"{sent['filename']} exported."), *[html.P(line) for line in lines]]


# The genogram page's date (its session store, read from the tab's session storage), so the
# file shows what the screen showed.
clientside_callback(
    """function (_) {
        try {
            const found = JSON.parse(window.sessionStorage.getItem(AS_AT_KEY));
            return typeof found === "string" ? found.slice(0, 10) : null;
        } catch (error) {
            return null;
        }
    }""".replace("AS_AT_KEY", json.dumps(AS_AT_KEY)),
    Output(ID.AS_AT, "date"),
    Input(ID.AS_AT, "id"),
)


dash.register_page(__name__, path="/export", title="Export · cspr", name="Export", layout=layout)
