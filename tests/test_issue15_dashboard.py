"""Issue 15, the dashboard without a browser: categories in words from rules/labels.toml, the
timeline's short legend, the table's columns for a laptop and a shared screen, the timeline's
zoom narrowing the table and the summary, the page's language, and plain person details."""

from __future__ import annotations

import base64
import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest
from dash import no_update

from chronology.classify import LABELS, NOT_KEY_EVENT
from chronology.labels import (
    category_group,
    category_words,
    load_labels,
    parse_labels,
    plain_reason,
)
from dashboard.case import CaseData, load_case
from dashboard.timeline import (
    CATEGORY_SYMBOL,
    GROUP_SYMBOL,
    Filters,
    case_agencies,
    filter_events,
    grid_row,
    timeline_figure,
    uk_date,
)
from tests.test_dashboard_support import Demo, as_user, dash_request, demo_fixture

INTERNAL = re.compile(r"\b[a-z]+(?:_[a-z0-9]+)+\b")
PACKAGED = Path(__file__).resolve().parents[1] / "chronology" / "rules" / "labels.toml"


demo = demo_fixture("issue15")


def case_of(demo: Demo) -> CaseData:
    with demo.context.sessions() as session:
        return load_case(session, demo.data_dir, 1)


def test_every_label_has_words_and_a_listed_group() -> None:
    rules = load_labels()
    assert set(rules.labels) == set(LABELS)
    for label in LABELS:
        words = category_words(label)
        assert words and "_" not in words and words[0].isupper(), (label, words)
        assert category_group(label) in rules.groups
    assert category_words("strategy_discussion") == "Strategy discussion"
    assert category_words("meeting_or_cp_conference") == "Meeting or child protection conference"
    assert category_words("police_incident;") == "Police incident"  # as exports once wrote it
    assert category_words("made_up_label") == "Made up label"  # never shown as stored
    assert category_group("made_up_label") == category_group("other_significant")
    # A handful of groups, so the legend can be read whole.
    assert 5 <= len(rules.groups) <= 8


def test_the_labels_file_is_checked() -> None:
    text = PACKAGED.read_text(encoding="utf-8")
    assert parse_labels(text).labels["gp_change"].name == "GP change"
    with pytest.raises(ValueError, match=r"labels.toml: no words for gp_change"):
        parse_labels(re.sub(r"(?m)^gp_change = .*\n", "", text))
    with pytest.raises(ValueError, match=r"labels.nonsense is not a key-event label"):
        parse_labels(
            text.replace(
                "[labels]\n", '[labels]\nnonsense = { name = "X", group = "Child protection" }\n'
            )
        )
    with pytest.raises(ValueError, match=r"labels.gp_change is in group 'Surgery', not in"):
        parse_labels(
            text.replace(
                'gp_change = { name = "GP change", group = "Changes at home, school or GP" }',
                'gp_change = { name = "GP change", group = "Surgery" }',
            )
        )
    with pytest.raises(ValueError, match=r"mine.toml: unknown key 'colour'"):
        parse_labels("colour = 1\n" + text, "mine.toml")
    with pytest.raises(ValueError, match=r"labels.toml: \[labels.assessment\] unknown key 'size'"):
        parse_labels(text.replace('{ name = "Assessment", group', '{ name = "A", size = 1, group'))


def test_reasons_are_written_in_words() -> None:
    reason = "'shouting' → police_incident; 'strategy meeting' → strategy_discussion"
    plain = plain_reason(reason)
    assert plain == "'shouting' → Police incident; 'strategy meeting' → Strategy discussion"
    assert plain_reason("no key-event phrase") == "no key-event phrase"


def test_one_shape_per_group_and_not_key_events_open() -> None:
    groups = load_labels().groups
    assert set(GROUP_SYMBOL) == set(groups)
    shapes = [GROUP_SYMBOL[g] for g in groups if g != category_group(NOT_KEY_EVENT)]
    assert len(set(shapes)) == len(shapes)  # each group its own shape
    assert CATEGORY_SYMBOL[NOT_KEY_EVENT] == "circle-open"
    assert CATEGORY_SYMBOL["strategy_discussion"] == CATEGORY_SYMBOL["section47_enquiry"]
    assert CATEGORY_SYMBOL["strategy_discussion"] != CATEGORY_SYMBOL["police_incident"]


def test_the_legend_is_short_and_in_words(demo: Demo) -> None:
    case = case_of(demo)
    indices = filter_events(case, Filters(), anonymised=False)
    for presentation in (False, True):
        figure = timeline_figure(case, indices, anonymised=False, presentation=presentation)
        entries = [t for t in figure["data"] if t.get("showlegend")]
        names = [t["name"] for t in entries]
        used = {category_group(case.events[i].classification.category) for i in indices}
        assert names == case_agencies(case) + [g for g in load_labels().groups if g in used]
        assert not any(INTERNAL.search(name) for name in names)
        # Agencies by colour with a plain circle; groups by shape in one neutral colour.
        agencies = entries[: len(case_agencies(case))]
        assert {t["marker"]["symbol"] for t in agencies} == {"circle"}
        assert len({t["marker"]["color"] for t in agencies}) == len(agencies)
        assert {t["marker"]["color"] for t in entries[len(agencies) :]} == {"#555555"}
        layout = figure["layout"]
        assert layout["legend"]["orientation"] == "h"
        # Room above the lanes for every legend row: the top margin grows with the legend.
        assert layout["margin"]["t"] > 60 + 2 * layout["font"]["size"]
    lanes = [t for t in figure["data"] if t["type"] == "scattergl"]
    small = timeline_figure(case, indices, anonymised=False, presentation=False)
    small_lanes = [t for t in small["data"] if t["type"] == "scattergl"]
    assert lanes[0]["marker"]["size"] > small_lanes[0]["marker"]["size"]  # shared screen


def test_table_rows_and_columns_in_words(demo: Demo) -> None:
    from dashboard.pages import chronology

    case = case_of(demo)
    with as_user(demo, "lead"):
        for event in case.events:
            row = grid_row(case, event, anonymised=False)
            assert not INTERNAL.search(row["category"]), row["category"]
        detail = json.dumps(
            [chronology.event_detail(case, e.event_id, False) for e in case.events[:40]],
            default=str,
        )
        assert not any(label in detail for label in LABELS if label != "assessment")
        options = chronology.filter_options(case, anonymised=False)
        assert all(not INTERNAL.search(o["label"]) for o in options["categories"])


def test_columns_give_the_text_the_width_and_scale_for_presentation() -> None:
    from dashboard.event_table import column_defs, grid_options

    normal = {c["field"]: c for c in column_defs(anonymised=False)}
    shown = {c["field"]: c for c in column_defs(anonymised=False, presentation=True)}
    assert list(normal) == ["date", "time", "age", "agencies", "category", "key", "text", "sources"]
    assert "sources" not in {c["field"] for c in column_defs(anonymised=True)}
    assert normal["text"]["flex"] == 1 and normal["text"]["minWidth"] >= 300
    fixed = sum(c["width"] for f, c in normal.items() if f != "text")
    # On a 1366 px laptop the page gives the table about 1320 px: the text keeps 400 or more.
    assert 1320 - fixed >= 400
    for field in ("date", "time"):
        assert normal[field]["wrapText"] is False and normal[field]["cellClass"] == "chr-nowrap"
        assert shown[field]["width"] > normal[field]["width"]
    # Rows grow to their text: every column that wraps sets the row's height, none is cut.
    for field, column in normal.items():
        wraps = field not in ("date", "time")
        assert column["wrapText"] is wraps and column["autoHeight"] is wraps, field
        assert column["cellClass"] == ("chr-wrap" if wraps else "chr-nowrap"), field
    assert grid_options(True)["rowHeight"] > grid_options(False)["rowHeight"]  # least height
    assert all(c["headerName"] and not INTERNAL.search(c["headerName"]) for c in normal.values())


def test_the_timeline_zoom_narrows_the_table_and_the_summary(demo: Demo) -> None:
    from dashboard.pages import chronology

    assert chronology.zoom_from_relayout(
        {"xaxis.range[0]": "2019-01-01 06:00", "xaxis.range[1]": "2019-12-31"}
    ) == ["2019-01-01", "2019-12-31"]
    assert chronology.zoom_from_relayout({"xaxis.range": ["2019-03-01", "2019-02-01"]}) == [
        "2019-02-01",
        "2019-03-01",
    ]
    assert chronology.zoom_from_relayout({"xaxis.autorange": True}) is None
    assert chronology.zoom_from_relayout({"autosize": True}) is no_update
    assert chronology.zoom_from_relayout({"legend.x": 1}) is no_update
    assert chronology.zoom_from_relayout(None) is no_update
    assert chronology.zoom_dates(["not a date", "2019-01-01"]) is None

    case = case_of(demo)
    with as_user(demo, "lead"):
        values = (None, None, [], None, None, None, "")
        _, whole = chronology.chronology_view(case, values, False, False)
        zoom = ["2019-01-01", "2019-12-31"]
        figure, summary = chronology.chronology_view(case, values, False, False, zoom)
        in_2019 = [e for e in case.events if e.date.year == 2019]
        assert 0 < len(in_2019) < len(case.events)
        assert summary.startswith(f"{len(in_2019):,} of {len(case.events):,} events shown")
        assert "between 01/01/2019 and 31/12/2019" in summary
        assert whole.startswith(f"{len(case.events):,} of")
        # The figure keeps every point (its range slider shows the whole span).
        points = sum(len(t["x"]) for t in figure["data"] if t.get("type") == "scattergl")
        assert points == sum(len(e.agencies) for e in case.events)
        # Zoom and the date filter together: the days both allow.
        narrowed = chronology.filters_from(
            case, (None, None, [], "2019-06-01", None, None, ""), zoom
        )
        assert (narrowed.start, narrowed.end) == (dt.date(2019, 6, 1), dt.date(2019, 12, 31))


def test_the_page_says_its_language_and_has_a_skip_link(demo: Demo) -> None:
    from tests.test_dashboard_support import login

    client = demo.app.server.test_client()
    assert login(client, "lead").status_code == 302
    page = client.get("/chronology").get_data(as_text=True)
    assert '<html lang="en-GB">' in page
    from dashboard.shell import shell

    frame = shell([])
    skip = next(c for c in frame.children if getattr(c, "className", "") == "skip-link")
    main = frame.children[-1]
    assert frame.children.index(skip) < 5  # before the menu: the first Tab stop
    assert (skip.children, skip.href) == ("Skip to content", "#main")
    assert (main.id, main.tabIndex) == ("main", "-1")  # the skip link moves focus there


def test_genogram_person_lines_in_words() -> None:
    from dashboard.pages.genogram import plain_line

    assert plain_line("Id: P6") == ""
    assert plain_line("Household: H1") == "Lives in household 1"
    assert plain_line("Household: Nan's") == "Lives in household Nan's"
    assert plain_line("Born 2014") == "Born 2014"


# --------------------------------------------------------------------------- the last weak points
# Rows grown to their text, in pages the server sends; the timeline by keyboard.


def _post(demo: Demo, client: Any, name: str, values: dict[str, Any], changed: str) -> Any:
    """A callback as the browser calls it, `changed` the input that set it off; its outputs."""
    body = dash_request(demo.app, callback_named(demo, name), values)
    for output in body["outputs"] if isinstance(body["outputs"], list) else [body["outputs"]]:
        output["property"] = output["property"].split("@")[0]
    body["changedPropIds"] = [changed]
    response = client.post("/_dash-update-component", json=body)
    assert response.status_code == 200, response.get_data(as_text=True)[:300]
    return response.get_json()["response"]


def test_the_table_sends_every_word_a_page_at_a_time(demo: Demo) -> None:
    import dataclasses

    from dashboard.event_table import ROWS_PER_PAGE

    case = case_of(demo)
    event = case.events[3]
    long = " ".join(f"word{n}" for n in range(600)) + " the very last words"
    row = grid_row(case, dataclasses.replace(event, event_text=long), anonymised=False)
    assert row["text"] == long  # nothing cut: the row grows to hold it
    client = _client(demo, "lead")
    base = {"review-id.data": 1}
    request = {"startRow": 100, "endRow": 100 + ROWS_PER_PAGE, "sortModel": [], "query": "x"}
    found = _post(
        demo,
        client,
        "chronology_rows",
        {**base, "chr-grid.getRowsRequest": request},
        "chr-grid.getRowsRequest",
    )["chr-grid"]["getRowsResponse"]
    assert found["rowCount"] == len(case.events)
    assert [r["id"] for r in found["rowData"]] == [e.event_id for e in case.events[100:]]
    texts = {e.event_id: " ".join(e.event_text.split()) for e in case.events}
    assert all(r["text"] == texts[r["id"]] for r in found["rowData"])
    # Sorted on the server over every filtered event, not within the page.
    newest = {"startRow": 0, "endRow": 1, "sortModel": [{"colId": "date", "sort": "desc"}]}
    first = _post(
        demo,
        client,
        "chronology_rows",
        {**base, "chr-grid.getRowsRequest": newest},
        "chr-grid.getRowsRequest",
    )["chr-grid"]["getRowsResponse"]["rowData"][0]
    assert first["sort_date"] == case.events[-1].date.isoformat()


def test_the_timeline_steps_through_the_events_in_view() -> None:
    from dashboard.timeline import step_event

    shown = [2, 5, 9, 14]
    assert step_event(shown, None, "next") == 2 and step_event(shown, None, "previous") == 14
    assert step_event(shown, 5, "next") == 9 and step_event(shown, 5, "previous") == 2
    assert step_event(shown, 14, "next") == 14 and step_event(shown, 2, "previous") == 2
    assert step_event(shown, 7, "next") == 9 and step_event(shown, 7, "previous") == 5  # gone
    assert step_event(shown, 9, "first") == 2 and step_event(shown, 2, "last") == 14
    assert step_event([], 3, "next") is None


def test_keyboard_moves_on_the_timeline_ring_an_event_and_open_it(demo: Demo) -> None:
    from dashboard.event_table import ROWS_PER_PAGE

    case = case_of(demo)
    client = _client(demo, "lead")
    base = {"review-id.data": 1, "chr-key.value": ""}
    moved = _post(demo, client, "step_timeline", base, "chr-tl-next.n_clicks")
    first = case.events[0]
    assert moved["chr-cursor"]["data"] == first.event_id
    said = moved["chr-tl-status"]["children"]
    assert said.startswith(f"Event 1 of {len(case.events)} on the timeline: {uk_date(first)}")
    ring = moved["chr-timeline"]["figure"]
    assert json.dumps(ring).count(first.date.isoformat()) == len(first.agencies)
    # Next and previous move one event along; End goes to the last event.
    second = _post(
        demo,
        client,
        "step_timeline",
        {**base, "chr-cursor.data": first.event_id},
        "chr-tl-next.n_clicks",
    )
    assert second["chr-cursor"]["data"] == case.events[1].event_id
    last = _post(
        demo,
        client,
        "step_timeline",
        {**base, "chr-cursor.data": first.event_id, "chr-tl-key.data": {"move": "last"}},
        "chr-tl-key.data",
    )
    assert last["chr-cursor"]["data"] == case.events[-1].event_id
    # Zoomed in, the ring moves among the events in view only.
    zoom = ["2019-01-01", "2019-12-31"]
    in_2019 = [e for e in case.events if e.date.year == 2019]
    zoomed = _post(
        demo, client, "step_timeline", {**base, "chr-zoom.data": zoom}, "chr-tl-next.n_clicks"
    )
    assert zoomed["chr-cursor"]["data"] == in_2019[0].event_id
    assert f"of {len(in_2019)} on the timeline" in zoomed["chr-tl-status"]["children"]
    # Enter with no event ringed says what to do.
    nothing = _post(demo, client, "step_timeline", base, "chr-tl-open.n_clicks")
    assert nothing["chr-tl-status"]["children"].startswith("No event is ringed yet")
    # Enter (the Open button) shows the event's accounts, selects its row and moves the table
    # to the page that holds it, in the table's order.
    target = case.events[-1]
    opened = _post(
        demo,
        client,
        "select_event",
        {
            **base,
            "chr-cursor.data": target.event_id,
            "chr-grid.getRowsRequest": {"sortModel": [{"colId": "date", "sort": "desc"}]},
        },
        "chr-tl-open.n_clicks",
    )
    assert opened["chr-selected"]["data"] == target.event_id
    assert opened["chr-grid"]["selectedRows"] == {"ids": [target.event_id]}
    assert opened["chr-goto"]["data"] == {"startRow": 0, "id": target.event_id}  # newest first
    assert uk_date(target) in json.dumps(opened["chr-detail"]["children"])
    oldest_first = _post(
        demo,
        client,
        "select_event",
        {**base, "chr-cursor.data": target.event_id},
        "chr-tl-open.n_clicks",
    )
    place = len(case.events) - 1
    assert oldest_first["chr-goto"]["data"]["startRow"] == place - place % ROWS_PER_PAGE


def test_the_timeline_keys_are_labelled_buttons_and_a_focusable_figure(demo: Demo) -> None:
    from dashboard.pages import chronology

    with as_user(demo, "lead"):
        shown = chronology.layout()
    page = json.dumps(shown.to_plotly_json(), default=str)
    box = shown.children[4]
    assert box.id == "chr-tl-box" and box.tabIndex == "0"
    props = box.to_plotly_json()["props"]
    assert props["aria-label"] == "Timeline of events"
    assert props["aria-describedby"] == "chr-tl-help"
    for words in ("Previous event", "Next event", "Open this event", "arrow keys"):
        assert words in page, words


# --------------------------------------------------------------------------- file lifecycle
# Last in this module: they change the demo case the tests above read.


def _respond(demo: Demo, client: Any, name: str, values: dict[str, Any], clicked: str) -> Any:
    """A button's callback as the browser calls it; the HTTP response."""
    body = dash_request(demo.app, callback_named(demo, name), values)
    for output in body["outputs"] if isinstance(body["outputs"], list) else [body["outputs"]]:
        output["property"] = output["property"].split("@")[0]
    body["changedPropIds"] = [clicked]
    ident = clicked.rsplit(".", 1)[0]
    body["inputs"] = [{**i, "value": 1} if i["id"] == ident else i for i in body["inputs"]]
    return client.post("/_dash-update-component", json=body)


def callback_named(demo: Demo, function_name: str) -> str:
    for key, spec in demo.app.callback_map.items():
        if getattr(spec.get("callback"), "__name__", "") == function_name:
            return key
    raise KeyError(function_name)


def _client(demo: Demo, username: str) -> Any:
    from tests.test_dashboard_support import login

    client = demo.app.server.test_client()
    assert login(client, username).status_code == 302
    return client


def _confirmed(demo: Demo) -> list[tuple[int, str]]:
    from reviews.casefiles import case_files

    with demo.context.sessions() as session:
        return [(f.id, f.filename) for f in case_files(session, 1, status="confirmed")]


def _gp_rows(case: CaseData) -> int:
    return sum(1 for e in case.events for s in e.sources if s.source.file == "GP_chronology.csv")


def test_a_re_sent_file_replaces_the_added_one(demo: Demo) -> None:
    from dashboard.demo import DEMO_DIR
    from dashboard.pages import upload

    before = case_of(demo)
    gp_before = _gp_rows(before)
    old_id = next(i for i, name in _confirmed(demo) if name == "GP_chronology.csv")
    resent = (DEMO_DIR / "GP_chronology.csv").read_bytes() + (
        b"02/07/21,Kayden Hughes,999 014 1134,Dr S. Fenn,Consultation,"
        b'"Follow-up after discharge: healing well."\n'
    )
    url = "data:text/csv;base64," + base64.b64encode(resent).decode()
    with as_user(demo, "lead") as who:
        messages, file_id = upload.receive_files(
            who, 1, [url], ["GP_chronology.csv"], "chronology", None
        )
    assert file_id is not None, messages
    response = _respond(
        demo,
        _client(demo, "lead"),
        "confirm_or_discard",
        {"upl-file.value": file_id, "review-id.data": 1, "upl-version.data": 0},
        "upl-confirm.n_clicks",
    )
    assert response.status_code == 200
    message = json.dumps(response.get_json())
    assert "replaces the GP_chronology.csv added on" in message
    gp_files = [i for i, name in _confirmed(demo) if name == "GP_chronology.csv"]
    assert gp_files == [file_id] and old_id not in gp_files
    after = case_of(demo)
    assert _gp_rows(after) == gp_before + 1  # the old copy's rows are not counted twice
    assert any("healing well" in e.event_text for e in after.events)


def test_a_lead_reviewer_withdraws_an_added_file(demo: Demo) -> None:
    housing = next(i for i, name in _confirmed(demo) if name == "Housing_chronology.xlsx")
    values = {"upl-withdraw-file.value": housing, "review-id.data": 1, "upl-version.data": 3}
    # Only a lead reviewer may: a panel member is refused by the server.
    refused = _respond(
        demo, _client(demo, "panel"), "withdraw_file", values, "upl-withdraw.n_clicks"
    )
    assert refused.status_code == 403
    assert housing in dict(_confirmed(demo))
    lead = _client(demo, "lead")
    response = _respond(demo, lead, "withdraw_file", values, "upl-withdraw.n_clicks")
    assert response.status_code == 200
    outputs = response.get_json()["response"]
    assert "Housing_chronology.xlsx withdrawn" in outputs["upl-message"]["children"]
    assert outputs["upl-version"]["data"] == 4
    assert housing not in dict(_confirmed(demo))
    assert not any("Housing" in e.agencies for e in case_of(demo).events)
    again = _respond(demo, lead, "withdraw_file", values, "upl-withdraw.n_clicks")
    assert "not in the chronology" in json.dumps(again.get_json())


# --------------------------------------------------------------------------- one "as at" date


def test_one_as_at_date_for_the_drawing_the_person_panel_and_the_export(demo: Demo) -> None:
    from dashboard.pages import export, genogram

    case = case_of(demo)
    months = genogram.slider_months(case)
    chosen = genogram.as_at_of(case, 12, [])
    assert chosen is not None and chosen.day >= 28  # the month's last day
    assert (chosen.year, chosen.month) == (months[12].year, months[12].month)
    assert genogram.as_at_of(case, 12, ["all"]) is None
    assert genogram.as_at_of(case, 10_000, []) == genogram.as_at_of(case, len(months) - 1, [])
    then = genogram.genogram_for(case, chosen, anonymised=False)
    now = genogram.genogram_for(case, None, anonymised=False)
    subject = next(iter(then.refs))
    # The panel is built from the genogram as at the slider's date: its ages are that day's.
    with as_user(demo, "lead"):
        panel_then = json.dumps(genogram.person_panel(case, then, subject, False), default=str)
        panel_now = json.dumps(genogram.person_panel(case, now, subject, False), default=str)
    assert panel_then != panel_now
    assert export.as_at_date("2018-06-30T00:00:00") == dt.date(2018, 6, 30)
    assert export.as_at_date("") is None and export.as_at_date("soon") is None
    with as_user(demo, "lead"):
        svg_then = export.genogram_file(case, "svg", True, chosen)
        svg_now = export.genogram_file(case, "svg", True)
    assert svg_then != svg_now
    # The file says the date it is drawn at, as the screen does.
    said = genogram.genogram_for(case, chosen, anonymised=True).when()
    assert said.encode() in svg_then and said.encode() not in svg_now


def test_the_column_mapping_in_words() -> None:
    from chronology.labels import field_named, field_words
    from chronology.schema import CANONICAL_FIELDS
    from dashboard.pages import upload

    assert field_words("event_text") == "What happened"
    assert all(not INTERNAL.search(choice) for choice in upload.FIELD_CHOICES)
    assert len(upload.FIELD_CHOICES) == len(CANONICAL_FIELDS) + 1
    assert {field_named(field_words(f)) for f in CANONICAL_FIELDS} == set(CANONICAL_FIELDS)
    rows = [
        {"header": "Crew remarks", "field": "What happened"},
        {"header": "Kind", "field": "event_type"},  # as stored: still understood
        {"header": "Notes", "field": upload.EXTRA},
    ]
    mapping = upload.corrected_mapping(rows, None, None)
    assert mapping.columns == {"crew remarks": "event_text", "kind": "event_type", "notes": None}
    with pytest.raises(ValueError, match="'Colour' is not a field"):
        upload.corrected_mapping([{"header": "X", "field": "Colour"}], None, None)
    text = PACKAGED.read_text(encoding="utf-8")
    with pytest.raises(ValueError, match="no words for the field\\(s\\) outcome"):
        parse_labels(text.replace('outcome = "Outcome"\n', ""))
    with pytest.raises(ValueError, match="two fields have the same words"):
        parse_labels(text.replace('outcome = "Outcome"', 'outcome = "Significance"'))


def test_uploaded_files_listed_in_words() -> None:
    import datetime as dt_

    from dashboard.pages import upload
    from reviews.casefiles import CaseFile

    entry = CaseFile(
        id=1,
        filename="GP.csv",
        kind="chronology",
        agency="GP",
        status="confirmed",
        accepted=3,
        rejected=0,
        uploaded_by="lead",
        uploaded_at=dt_.datetime(2021, 3, 1, 9, 30),
    )
    shown = json.dumps(upload.files_table([entry]).to_plotly_json(), default=str)
    assert "Added" in shown and "Agency chronology" in shown
    assert '"confirmed"' not in shown and '"chronology"' not in shown


def test_the_audit_log_and_users_in_words(demo: Demo) -> None:
    from dashboard.pages import admin

    assert admin.record_words("CaseFile") == "Uploaded file"
    assert admin.record_words("Recommendation") == "Recommendation"
    assert admin.record_words("SomeThing") == "Some thing"
    assert admin.field_words("scoping_sent_on") == "Scoping sent on"
    with as_user(demo, "admin"):
        rows = admin.audit_rows()
        users = json.dumps(admin.users_table().to_plotly_json(), default=str)
    assert rows and not any(INTERNAL.search(r["field"]) or "CaseFile" in r["entity"] for r in rows)
    assert "Lead reviewer" in users and "lead_reviewer" not in users
    assert not any(INTERNAL.search(r["change"]) and "_reviewer" in r["change"] for r in rows)
