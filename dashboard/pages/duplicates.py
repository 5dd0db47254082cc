"""Duplicates: the possible duplicates the merge could not decide, side by side with its
reasons. Merge them, keep them apart or change a category; every decision is saved in the
database and applied again on every re-merge (it names rows by `file|sheet|row#fingerprint`,
so it survives an agency re-sending a corrected file). Opening the list and each pair shows case
data, so both are audited (`dashboard.access.audit_view`); a decision and its audit row are
written in one short transaction, after the (possibly slow) case build has been read."""

from __future__ import annotations

from typing import Any

import dash
import dash_ag_grid as dag
import plotly.graph_objects as go
from dash import Input, Output, State, callback, dcc, html, no_update

from chronology.classify import LABELS
from chronology.decisions import fingerprint
from chronology.dedup import source_key
from chronology.integrate import PossibleDuplicate
from chronology.linkage import read_explanation
from chronology.schema import Event
from dashboard.access import anonymised_view, audit_view, context, db, guarded, require
from dashboard.access import require_review as review_for
from dashboard.anonymise import ctx_of
from dashboard.case import CaseData, load_case, served_previous, wait_for_builds
from dashboard.errors import USER_ERRORS, ScreenError, user_message
from dashboard.ids import Duplicates as ID
from dashboard.shell import REVIEW_ID, not_permitted, page_user
from dashboard.timeline import agency_label, category_label, uk_date
from reviews.casefiles import add_decision, decisions_for, remove_decision

CATEGORY_OPTIONS = [{"label": category_label(c), "value": c} for c in LABELS]


def layout(**_: Any) -> html.Div:
    if page_user("duplicates.decide") is None:
        return not_permitted()
    return html.Div(
        [
            html.H1("Possible duplicates"),
            html.P(
                "Rows from different agencies (or typed twice) that may record the same "
                "occurrence. Your decisions are kept and applied every time the chronology is "
                "merged again.",
                className="hint",
            ),
            html.Div(id=ID.MESSAGE, className="message", role="status"),
            dag.AgGrid(
                id=ID.GRID,
                columnDefs=[
                    {"field": "score", "headerName": "Likeness", "width": 100},
                    {"field": "dates", "headerName": "Dates", "width": 200},
                    {"field": "agencies", "headerName": "Agencies", "flex": 1},
                    {"field": "reasons", "headerName": "Why", "flex": 2},
                ],
                defaultColDef={"resizable": True, "wrapText": True, "autoHeight": True},
                getRowId="params.data.id",
                dashGridOptions={
                    "domLayout": "autoHeight",
                    "rowSelection": {
                        "mode": "singleRow",
                        "checkboxes": False,
                        "enableClickSelection": True,
                    },
                },
                rowData=[],
                className="ag-theme-quartz",
            ),
            html.Div(id=ID.PAIR),
            html.Div(
                className="form-row",
                children=[
                    html.Button("Same occurrence: merge them", id=ID.SAME, className="primary"),
                    html.Button(
                        "Different occurrences: keep apart",
                        id=ID.DIFFERENT,
                        className="secondary",
                    ),
                ],
            ),
            html.Div(
                className="form-row",
                children=[
                    html.Label(
                        [
                            "Category of the left row",
                            dcc.Dropdown(
                                id=ID.CATEGORY_LEFT,
                                options=CATEGORY_OPTIONS,
                                style={"minWidth": "260px"},
                            ),
                        ]
                    ),
                    html.Label(
                        [
                            "Category of the right row",
                            dcc.Dropdown(
                                id=ID.CATEGORY_RIGHT,
                                options=CATEGORY_OPTIONS,
                                style={"minWidth": "260px"},
                            ),
                        ]
                    ),
                    html.Button("Change category", id=ID.CATEGORY, className="secondary"),
                ],
            ),
            html.H2("Decisions made"),
            html.Div(id=ID.DECISIONS),
            html.Div(
                className="form-row",
                children=[
                    dcc.Dropdown(
                        id=ID.WITHDRAW_ID,
                        placeholder="Decision to withdraw",
                        style={"minWidth": "260px"},
                    ),
                    html.Button("Withdraw decision", id=ID.WITHDRAW, className="danger"),
                ],
            ),
            dcc.Store(id=ID.SELECTED),
            dcc.Store(id=ID.VERSION, data=0),
        ]
    )


def pair_id(pair: PossibleDuplicate) -> str:
    return f"{pair.first}|{pair.second}"


def row_ref(event: Event) -> str:
    """How a decision names a source row: `file|sheet|row#fingerprint`."""
    return f"{source_key(event)}#{fingerprint(event)}"


def pair_rows(case: CaseData, anonymised: bool = False) -> list[dict[str, Any]]:
    def agency(name: str) -> str:
        return agency_label(case, name, anonymised)

    return [
        {
            "id": pair_id(p),
            "score": f"{p.score:.2f}",
            "dates": f"{uk_date(p.first_source)} / {uk_date(p.second_source)}",  # type: ignore[arg-type]
            "agencies": f"{agency(p.first_source.agency)} / {agency(p.second_source.agency)}",
            "reasons": "; ".join(p.reasons),
        }
        for p in case.run.integration.possible
    ]


def find_pair(case: CaseData, pid: str | None) -> PossibleDuplicate | None:
    return next((p for p in case.run.integration.possible if pair_id(p) == pid), None)


def side(case: CaseData, event: Event, anonymised: bool, title: str) -> html.Div:
    context = ctx_of(event)

    def words(value: str) -> str:
        # The same context as the file anonymiser (agency, sheet, date), so both agree.
        return case.anonymiser.text(value, context) if anonymised else value

    agency = agency_label(case, event.agency, anonymised)
    where = f"{agency}, row {event.source.row}" if anonymised else event.source.describe()
    merged = case.event(case.run.integration.event_of_source.get(source_key(event), ""))
    category = category_label(merged.classification.category) if merged else ""
    return html.Div(
        className="panel",
        children=[
            html.H3(f"{title}: {agency}"),
            html.Dl(
                className="kv",
                children=[
                    html.Dt("Date"),
                    html.Dd(uk_date(event) + (f" {event.time:%H:%M}" if event.time else "")),  # type: ignore[arg-type]
                    html.Dt("Type"),
                    html.Dd(words(event.event_type) or "—"),
                    html.Dt("Category"),
                    html.Dd(category),
                    html.Dt("Source"),
                    html.Dd(where),
                ],
            ),
            html.P(words(event.event_text)),
            html.P([html.Em("Outcome: "), words(event.outcome)]) if event.outcome else None,
        ],
    )


def _case(review_id: Any) -> tuple[Any, CaseData]:
    """The case with every decision made so far: a reviewer deciding pairs must not be shown
    the build from before their last decision (other pages may be, while it is rebuilt)."""
    user = require("duplicates.decide")
    with db() as session:
        review_for(user, review_id, session)
        case = load_case(session, context().data_dir, int(review_id))
    if served_previous():
        wait_for_builds()
        with db() as session:
            case = load_case(session, context().data_dir, int(review_id))
    return user, case


@callback(
    Output(ID.GRID, "rowData"),
    Output(ID.DECISIONS, "children"),
    Output(ID.WITHDRAW_ID, "options"),
    Input(REVIEW_ID, "data"),
    Input(ID.VERSION, "data"),
)
@guarded("duplicates.decide")
def list_pairs(review_id: Any, _version: int) -> tuple[Any, ...]:
    user, case = _case(review_id)
    with db() as session:
        review = review_for(user, review_id, session)
        decisions = decisions_for(session, review.id)
        audit_view(user, review, "duplicates", "list of possible duplicates", session=session)
    anonymised = anonymised_view(user)
    rows = [
        html.Tr(
            [
                html.Td(d.id),
                html.Td(d.kind),
                html.Td(f"{len(d.refs)} rows" if anonymised else "; ".join(d.refs)),
                html.Td(category_label(d.category) if d.category else ""),
                html.Td(d.made_by),
                html.Td(f"{d.made_at:%d/%m/%Y %H:%M}"),
            ]
        )
        for d in decisions
    ]
    table = (
        html.Table(
            [
                html.Thead(
                    html.Tr(
                        [html.Th(h) for h in ("No.", "Decision", "Rows", "Category", "By", "When")]
                    )
                ),
                html.Tbody(rows),
            ],
            className="simple",
        )
        if rows
        else html.P("No decisions yet.")
    )
    notes = [html.P(n, className="hint") for n in case.run.notes]
    options = [{"label": f"{d.id}: {d.kind}", "value": d.id} for d in decisions]
    return pair_rows(case, anonymised), [table, *notes], options


@callback(
    Output(ID.SELECTED, "data"),
    Output(ID.PAIR, "children"),
    Input(ID.GRID, "selectedRows"),
    Input(ID.VERSION, "data"),
    State(REVIEW_ID, "data"),
)
@guarded("duplicates.decide")
def show_pair(selected: Any, _version: int, review_id: Any) -> tuple[Any, ...]:
    if not selected:
        return None, html.P("Choose a pair above.", className="hint")
    user, case = _case(review_id)
    pair = find_pair(case, selected[0].get("id"))
    if pair is None:
        return None, html.P("That pair has been resolved.", className="hint")
    with db() as session:
        review = review_for(user, review_id, session)
        audit_view(
            user, review, "duplicates", f"pair {pair.first} / {pair.second}", session=session
        )
    anonymised = anonymised_view(user)
    chart = evidence_chart(pair.reasons)
    return pair_id(pair), html.Div(
        [
            html.P([html.Strong("Why they may be the same: "), "; ".join(pair.reasons)]),
            *(
                [
                    dcc.Graph(
                        id=ID.EVIDENCE,
                        figure=chart,
                        config={"displaylogo": False, "displayModeBar": False},
                    )
                ]
                if chart is not None
                else []
            ),
            html.Div(
                className="pair",
                children=[
                    side(case, pair.first_source, anonymised, "Left"),
                    side(case, pair.second_source, anonymised, "Right"),
                ],
            ),
        ]
    )


def evidence_chart(reasons: tuple[str, ...]) -> go.Figure | None:
    """A waterfall of the pair's evidence: each piece pushes the match weight up or down, from
    the starting odds of any two rows to the total the verdict was read from."""
    total, parts = read_explanation(reasons)
    if total is None:
        return None
    start = round(total - sum(weight for _, weight in parts), 2)
    labels = ["starting odds and minor evidence", *(words for words, _ in parts), "match weight"]
    figure = go.Figure(
        go.Waterfall(
            orientation="h",
            y=labels,
            x=[start, *(weight for _, weight in parts), total],
            measure=["absolute", *("relative" for _ in parts), "total"],
            text=[f"{v:+.1f}" for v in (start, *(w for _, w in parts), total)],
            textposition="outside",
            increasing={"marker": {"color": "#1b7837"}},
            decreasing={"marker": {"color": "#b2182b"}},
            totals={"marker": {"color": "#2b4c7e"}},
            connector={"visible": False},
        )
    )
    figure.update_layout(
        title="Evidence, in bits (log2 of how much likelier if they are one occurrence)",
        height=90 + 34 * len(labels),
        margin={"l": 10, "r": 40, "t": 40, "b": 30},
        yaxis={"autorange": "reversed", "automargin": True},
        showlegend=False,
    )
    return figure


def decide(
    user: Any,
    review_id: int,
    case: CaseData,
    pid: str | None,
    action: str,
    left: str | None = None,
    right: str | None = None,
) -> str:
    """Record one decision; returns the message shown."""
    pair = find_pair(case, pid)
    if pair is None:
        raise ScreenError("choose a pair first")
    a, b = row_ref(pair.first_source), row_ref(pair.second_source)
    with db() as session:
        review = review_for(user, review_id, session)
        if action in ("same", "different"):
            add_decision(session, review, action, [a, b], by=user.username)
            return "Merged: they are now one event." if action == "same" else "Kept apart."
        changed = 0
        for ref, label in ((a, left), (b, right)):
            if label:
                if label not in LABELS:
                    raise ScreenError(f"'{label}' is not a category")
                add_decision(session, review, "category", [ref], by=user.username, category=label)
                changed += 1
        if not changed:
            raise ScreenError("choose a category first")
        return f"Category changed ({changed})."


@callback(
    Output(ID.MESSAGE, "children"),
    Output(ID.VERSION, "data"),
    Input(ID.SAME, "n_clicks"),
    Input(ID.DIFFERENT, "n_clicks"),
    Input(ID.CATEGORY, "n_clicks"),
    Input(ID.WITHDRAW, "n_clicks"),
    State(ID.SELECTED, "data"),
    State(ID.CATEGORY_LEFT, "value"),
    State(ID.CATEGORY_RIGHT, "value"),
    State(ID.WITHDRAW_ID, "value"),
    State(REVIEW_ID, "data"),
    State(ID.VERSION, "data"),
    prevent_initial_call=True,
)
@guarded("duplicates.decide")
def record_decision(
    _same: Any,
    _different: Any,
    _category: Any,
    _withdraw: Any,
    pid: Any,
    left: Any,
    right: Any,
    withdraw_id: Any,
    review_id: Any,
    version: int,
) -> tuple[Any, ...]:
    trigger = dash.ctx.triggered_id
    user, case = _case(review_id)
    try:
        if trigger == ID.WITHDRAW:
            if withdraw_id is None:
                raise ScreenError("choose a decision to withdraw")
            with db() as session:
                review = review_for(user, review_id, session)
                remove_decision(session, review, int(withdraw_id), by=user.username)
            message = f"Decision {withdraw_id} withdrawn."
        else:
            action = {ID.SAME: "same", ID.DIFFERENT: "different"}.get(str(trigger), "category")
            message = decide(user, int(review_id), case, pid, action, left, right)
    except USER_ERRORS as error:
        return f"Not recorded: {user_message(error)}", no_update
    return message, (version or 0) + 1


dash.register_page(
    __name__, path="/duplicates", title="Duplicates · cspr", name="Duplicates", layout=layout
)
