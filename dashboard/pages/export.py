"""Export: the integrated chronology (XLSX, DOCX, CSV) and the genogram (SVG, PNG, PDF), written
on the server with the same writers as the CLI and sent with `dcc.Download`. Panel members
get anonymised files only; every export is audited."""

from __future__ import annotations

import datetime as dt
import io
import json
import tempfile
from pathlib import Path
from typing import Any

import dash
from dash import Input, Output, State, callback, clientside_callback, dcc, html, no_update

from chronology.export_docx import write_integrated_docx
from chronology.export_tables import INTEGRATED_COLUMNS, integrated_row
from chronology.export_xlsx import write_integrated_xlsx
from chronology.output import write_csv
from chronology.pipeline import MergeRun
from dashboard.access import Denied, anonymised_view, context, db, guarded, require
from dashboard.access import require_review as review_for
from dashboard.case import CaseData, load_case
from dashboard.pages.genogram import AS_AT_KEY
from dashboard.shell import not_permitted, page_user
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
    user = page_user("export")
    if user is None:
        return not_permitted()
    named = user.can("export.named")
    return html.Div(
        [
            html.H1("Export"),
            dcc.Checklist(
                id="exp-anonymise",
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
                                        id="exp-as-at",
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
            dcc.Loading(html.Div(id="exp-message", className="message", role="status")),
            dcc.Download(id="exp-download"),
        ]
    )


def anonymised_run(case: CaseData) -> tuple[MergeRun, Any]:
    """The run anonymised by the project's anonymisation (`anonymise`): names from the family
    workbook's register, practitioners, addresses and numbers replaced, dates to the month."""
    from anonymise.apply import anonymise_run
    from anonymise.register import register_from_family

    if case.family is None:
        raise ValueError("an anonymised chronology needs the family workbook: upload it first")
    register = register_from_family(case.family)
    run, _report = anonymise_run(
        case.run, register, agency_labels=case.anonymiser.agency_labels
    )
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
                raise ValueError(f"not exported: a name is still in the file ({leaks[0]})")
        return path.read_bytes()


def genogram_file(
    case: CaseData, fmt: str, anonymised: bool, as_at: dt.date | None = None
) -> bytes:
    if case.family is None:
        raise ValueError("no family workbook in this review yet")
    return render(build_genogram(case.family, as_at=as_at, anonymise=anonymised), f".{fmt}")


def as_at_date(value: Any) -> dt.date | None:
    """The export's "as at" (an ISO date from the picker or the genogram page), or None."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


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
    anonymised = anonymise or anonymised_view(user) or not user.can("export.named")
    if not anonymise and not user.can("export.named"):
        raise Denied("only anonymised exports are allowed for your role")
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
    Output("exp-download", "data"),
    Output("exp-message", "children"),
    *[Input(f"exp-chr-{f}", "n_clicks") for f in CHRONOLOGY_FORMATS],
    *[Input(f"exp-gen-{f}", "n_clicks") for f in GENOGRAM_FORMATS],
    State("exp-anonymise", "value"),
    State("exp-as-at", "date"),
    State("review-id", "data"),
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
    try:
        sent = export_file(user, review_id, what, fmt, bool(anonymise), as_at_date(as_at))
    except Denied:
        raise
    except ValueError as error:
        return no_update, f"Not exported: {error}"
    return sent, f"{sent['filename']} exported."


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
    Output("exp-as-at", "date"),
    Input("exp-as-at", "id"),
)


dash.register_page(__name__, path="/export", title="Export · cspr", name="Export", layout=layout)
