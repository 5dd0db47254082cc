"""Genogram: the family diagram (standard symbols, from `genogram/`), an "as at" slider showing
who lived with the child when, and a click on a person for their details and their events in
the chronology. Anonymised views are built anonymised on the server (pseudonyms only).

The drawing is a named figure, and "Genogram as text" beside it says everything it shows
(people, relationships, households, the key) in words a screen reader reads, with the same
labels as the drawing. Its words never shrink below a legible size (dashboard/genogram_view.py):
a large family's drawing is given the room it needs and its box scrolls (and zooms)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import dash
from dash import ALL, Input, Output, State, callback, ctx, dcc, html, no_update

from chronology.integrate import IntegratedEvent
from dashboard.access import (
    anonymised_view,
    audit_view,
    context,
    db,
    guarded,
    presentation_mode,
    require,
)
from dashboard.access import require_review as review_for
from dashboard.anonymise import event_ctx
from dashboard.case import CaseData, load_case
from dashboard.genogram_view import figure_style
from dashboard.ids import Genogram as ID
from dashboard.shell import REVIEW_ID, SHELL_MODE, not_permitted, page_user
from dashboard.timeline import agency_label, category_label, uk_date
from genogram.build import Genogram, build_genogram
from genogram.model import FamilyGraph
from genogram.plotly_figure import genogram_figure
from genogram.pseudonyms import disagreement_note
from genogram.text_alternative import GenogramText, genogram_text

AS_AT_KEY = ID.AS_AT


def layout(**_: Any) -> html.Div:
    if page_user("genogram.view") is None:
        return not_permitted()
    return html.Div(
        [
            html.H1("Genogram"),
            html.Div(
                className="filters",
                children=[
                    dcc.Checklist(
                        id=ID.WHOLE,
                        options=[{"label": " The family as recorded (no date)", "value": "all"}],
                        value=[],
                    ),
                    html.Div(
                        [
                            html.Label("As at", htmlFor=ID.SLIDER),
                            dcc.Slider(
                                id=ID.SLIDER,
                                min=0,
                                max=1,
                                step=1,
                                value=1,
                                updatemode="mouseup",
                                allow_direct_input=False,
                            ),
                        ],
                        style={"flex": "4 1 500px"},
                    ),
                ],
            ),
            html.P(id=ID.WHEN, className="hint", role="status"),
            # The date drawn (ISO, or None: the family as recorded), kept for the browser tab's
            # session: the Export page reads it (AS_AT_KEY) so the files show what was shown.
            dcc.Store(id=AS_AT_KEY, storage_type="session"),
            html.Div(
                className=ID.LAYOUT,
                children=[
                    html.Figure(
                        className=ID.PICTURE,
                        **{"aria-labelledby": ID.CAPTION},  # type: ignore[arg-type]
                        children=[
                            html.Div(
                                className=ID.SCROLL,
                                tabIndex="0",
                                role="region",
                                **{  # type: ignore[arg-type]  # aria-* through **kwargs
                                    "aria-label": "The genogram drawing (it scrolls when "
                                    "larger than its box)"
                                },
                                children=dcc.Loading(
                                    dcc.Graph(
                                        id=ID.FIGURE,
                                        config={"displaylogo": False, "responsive": True},
                                        style=figure_style(None, False),
                                    ),
                                    type="dot",
                                    delay_show=400,
                                ),
                            ),
                            html.Figcaption(id=ID.CAPTION, className="hint"),
                        ],
                    ),
                    html.Div(
                        [
                            html.Details(
                                id=ID.TEXT,
                                className="panel gen-text",
                                children=[
                                    html.Summary("Genogram as text"),
                                    html.Div(id=ID.TEXT_BODY),
                                ],
                            ),
                            html.Section(
                                id=ID.PERSON,
                                className="panel",
                                children=html.P(
                                    "Click a person (or their Show button in 'Genogram as "
                                    "text') for their details."
                                ),
                                **{"aria-live": "polite"},  # type: ignore[arg-type]
                            ),
                            html.Section(id=ID.LIVED, className="panel"),
                        ]
                    ),
                ],
            ),
        ]
    )


def months_between(first: dt.date, last: dt.date) -> list[dt.date]:
    months, day = [], first.replace(day=1)
    while day <= last:
        months.append(day)
        day = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return months


def slider_months(case: CaseData) -> list[dt.date]:
    start = case.subject_birth or (case.events[0].date if case.events else dt.date.today())
    end = case.events[-1].date if case.events else dt.date.today()
    return months_between(start, max(end, start))


def _case(review_id: Any, what: str = "genogram", detail: str = "") -> tuple[Any, CaseData]:
    user = require("genogram.view")
    # The view's audit row commits on its own, before the case is built: a write held open
    # through a build kept SQLite's write lock from every other request for its duration.
    with db() as session:
        review = review_for(user, review_id, session)
        audit_view(user, review, what, detail, session)
    with db() as session:
        return user, load_case(session, context().data_dir, int(review_id))


@callback(
    Output(ID.SLIDER, "max"),
    Output(ID.SLIDER, "marks"),
    Output(ID.SLIDER, "value"),
    Input(REVIEW_ID, "data"),
)
@guarded("genogram.view")
def slider_range(review_id: Any) -> tuple[Any, ...]:
    _, case = _case(review_id)
    months = slider_months(case)
    marks = {i: str(m.year) for i, m in enumerate(months) if m.month == 1}
    return max(len(months) - 1, 1), marks, max(len(months) - 1, 0)


def as_at_of(case: CaseData, value: Any, whole: Any) -> dt.date | None:
    """The slider's month as a date (its last day, so a move during it shows); None for "the
    family as recorded"."""
    months = slider_months(case)
    if whole or not months:
        return None
    month = months[min(max(int(value or 0), 0), len(months) - 1)]
    return (month.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(1)


def genogram_for(case: CaseData, as_at: dt.date | None, anonymised: bool) -> Genogram:
    assert case.family is not None
    return build_genogram(case.family, as_at=as_at, anonymise=anonymised)


def lived_with(case: CaseData, anonymised: bool) -> list[Any]:
    assert case.family is not None
    graph = FamilyGraph(case.family)
    rows = []
    for stay in graph.lived_with():
        person = case.family.people[stay.person_id]
        who = (
            case.anonymiser.pseudonyms.get(stay.person_id, "Adult")
            if anonymised
            else (f"{person.name or stay.person_id} ({person.role})")
        )
        fmt = "%m/%Y" if anonymised else "%d/%m/%Y"
        rows.append(
            html.Tr(
                [
                    html.Td(who),
                    html.Td(stay.start.strftime(fmt)),
                    html.Td(stay.end.strftime(fmt) if stay.end else "now"),
                ]
            )
        )
    return [
        html.H2("Adults who lived with the child"),
        html.Table(
            [
                html.Thead(html.Tr([html.Th("Who"), html.Th("From"), html.Th("Until")])),
                html.Tbody(rows),
            ],
            className="simple",
        ),
    ]


def text_version(found: GenogramText, anonymised: bool) -> list[Any]:
    """The genogram as text: what the drawing shows, in lists and a table."""
    people = html.Table(
        className="simple",
        children=[
            html.Caption(f"People, top row of the drawing first ({len(found.people)})"),
            html.Thead(
                html.Tr(
                    [
                        html.Th("Name as drawn", scope="col"),
                        *([] if anonymised else [html.Th("Role", scope="col")]),
                        html.Th("Sex", scope="col"),
                        html.Th(f"Age ({found.when})", scope="col"),
                        html.Th("Household", scope="col"),
                        html.Th("Also", scope="col"),
                        html.Th("Details", scope="col"),
                    ]
                )
            ),
            html.Tbody(
                [
                    html.Tr(
                        [
                            html.Th(person.label, scope="row"),
                            *([] if anonymised else [html.Td(person.role)]),
                            html.Td(person.sex),
                            html.Td(person.age),
                            html.Td(person.household or "none recorded"),
                            html.Td(", ".join(person.notes)),
                            html.Td(
                                html.Button(
                                    "Show",
                                    id={"type": ID.OPEN, "ref": person.ref},
                                    className="secondary",
                                    **{  # type: ignore[arg-type]
                                        "aria-label": f"Show {person.label}'s details"
                                    },
                                )
                            ),
                        ]
                    )
                    for person in found.people
                ]
            ),
        ],
    )
    parts: list[Any] = [html.P(f"The family {found.when}."), people]
    for title, items in (
        ("Couples", found.couples),
        ("Children", found.children),
        ("Other relationships", found.other_relationships),
        ("Households", [f"{name}: {', '.join(members)}" for name, members in found.households]),
        ("Key", found.key),
    ):
        if items:
            parts += [html.H3(title), html.Ul([html.Li(item) for item in items])]
    return parts


def caption(found: GenogramText) -> str:
    return (
        f"The family's genogram, {found.when}: {len(found.people)} people, "
        f"{len(found.households)} households. Everything it shows is also in words under "
        "'Genogram as text'."
    )


@callback(
    Output(ID.FIGURE, "figure"),
    Output(ID.WHEN, "children"),
    Output(ID.LIVED, "children"),
    Output(ID.AS_AT, "data"),
    Output(ID.FIGURE, "style"),
    Output(ID.CAPTION, "children"),
    Output(ID.TEXT_BODY, "children"),
    Input(ID.SLIDER, "value"),
    Input(ID.WHOLE, "value"),
    Input(REVIEW_ID, "data"),
    Input(SHELL_MODE, "data"),
)
@guarded("genogram.view")
def draw_genogram(value: Any, whole: Any, review_id: Any, _mode: Any) -> tuple[Any, ...]:
    user, case = _case(review_id)
    if case.family is None:
        note = case.family_error or "No family workbook yet: a lead reviewer uploads it."
        empty = figure_style(None, False)
        return {"data": [], "layout": {}}, note, [], no_update, empty, note, html.P(note)
    anonymised = anonymised_view(user)
    as_at = as_at_of(case, value, whole)
    genogram = genogram_for(case, as_at, anonymised)
    figure = genogram_figure(genogram).to_plotly_json()
    # The drawing fills the box the page gives it (the window's height, the page's width); its
    # proportions are kept by the axes' scale anchor.
    figure["layout"]["autosize"] = True
    figure["layout"]["width"] = None
    figure["layout"]["height"] = None
    when = "The family as recorded." if as_at is None else f"As at {genogram.when()}."
    when += disagreement_note(case.family, anonymised)
    chosen = as_at.isoformat() if as_at else None
    found = genogram_text(genogram)
    return (
        figure,
        when,
        lived_with(case, anonymised),
        chosen,
        figure_style(genogram, presentation_mode()),
        caption(found),
        text_version(found, anonymised),
    )


@callback(
    Output(ID.PERSON, "children"),
    Input(ID.FIGURE, "clickData"),
    State(ID.SLIDER, "value"),
    State(ID.WHOLE, "value"),
    State(REVIEW_ID, "data"),
    prevent_initial_call=True,
)
@guarded("genogram.view")
def person_details(click: Any, value: Any, whole: Any, review_id: Any) -> list[Any]:
    ref = ((click or {}).get("points") or [{}])[0].get("customdata")
    user, case = _case(review_id, "genogram person", str(ref or ""))
    if case.family is None or not click:
        return [html.P("Click a person for their details.")]
    anonymised = anonymised_view(user)
    ref = (click.get("points") or [{}])[0].get("customdata")
    # The date the drawing shows, so ages and households agree with it.
    genogram = genogram_for(case, as_at_of(case, value, whole), anonymised)
    pid = next((p for p, r in genogram.refs.items() if r == ref), None)
    if pid is None:
        return [html.P("Click on a person's symbol.")]
    return person_panel(case, genogram, pid, anonymised)


@callback(
    Output(ID.PERSON, "children", allow_duplicate=True),
    Input({"type": ID.OPEN, "ref": ALL}, "n_clicks"),
    State(ID.SLIDER, "value"),
    State(ID.WHOLE, "value"),
    State(REVIEW_ID, "data"),
    prevent_initial_call=True,
)
@guarded("genogram.view")
def person_from_text(clicks: Any, value: Any, whole: Any, review_id: Any) -> Any:
    """A person's details from "Genogram as text" (its Show buttons): what a click on their
    symbol shows, for keyboard and screen reader users."""
    ref = ctx.triggered_id.get("ref") if isinstance(ctx.triggered_id, dict) else None
    if not isinstance(ref, str) or not any(clicks or []):
        return no_update  # the buttons were drawn again, none pressed
    user, case = _case(review_id, "genogram person", ref)
    if case.family is None:
        return [html.P("No family workbook yet.")]
    anonymised = anonymised_view(user)
    genogram = genogram_for(case, as_at_of(case, value, whole), anonymised)
    pid = next((p for p, r in genogram.refs.items() if r == ref), None)
    if pid is None:
        return [html.P("That person is not in the drawing at this date.")]
    return person_panel(case, genogram, pid, anonymised)


def plain_line(line: str) -> str:
    """A hover line as a person reads it: no workbook id ("Id: P6"), and a household as words
    ("Household: H1" -> "Lives in household 1")."""
    if line.startswith("Id: "):
        return ""
    if line.startswith("Household: "):
        code = line.removeprefix("Household: ").strip()
        number = code[1:] if code[:1].upper() == "H" and code[1:].isdigit() else code
        return f"Lives in household {number}"
    return line


def person_panel(case: CaseData, genogram: Genogram, pid: str, anonymised: bool) -> list[Any]:
    ref = genogram.refs[pid]
    lines = next((h.lines for h in genogram.scene.hovers if h.ref == ref), ())

    def words(event: IntegratedEvent) -> str:
        if anonymised:
            return case.anonymiser.text(event.event_text, event_ctx(event))
        return event.event_text

    events = [f.event for f in case.facts if pid in f.people]
    title = lines[0] if lines else ref
    items = [
        html.Li(
            [
                html.Strong(uk_date(e)),
                f" · {', '.join(agency_label(case, a, anonymised) for a in e.agencies)} · ",
                category_label(e.classification.category),
                html.Br(),
                words(e)[:200],
            ]
        )
        for e in events[:60]
    ]
    return [
        html.H2(title),
        html.Ul([html.Li(line) for line in map(plain_line, lines[1:]) if line]),
        html.H3(f"Named in {len(events)} chronology events"),
        html.Ul(items) if items else html.P("Not named in the chronology."),
    ]


dash.register_page(
    __name__, path="/genogram", title="Genogram · cspr", name="Genogram", layout=layout
)
