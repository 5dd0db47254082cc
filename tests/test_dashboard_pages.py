"""The dashboard's pages as plain functions on the demo case: filtering and the timeline,
uploads with mapping correction, duplicate decisions re-applied on every merge, the genogram,
exports, review tracking and presentation-mode anonymisation."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
from pathlib import Path

import openpyxl
import pytest
from docx import Document
from sqlalchemy import select

from chronology.dedup import source_key
from dashboard import access
from dashboard.access import Denied, anonymised_view, set_presentation_mode
from dashboard.anonymise import Anonymiser, names_of
from dashboard.case import load_case
from dashboard.demo import DEMO_DIR
from dashboard.timeline import (
    CATEGORY_SYMBOL,
    SYMBOL_NUMBER,
    Filters,
    case_agencies,
    filter_events,
    grid_block,
    quiet_periods,
    timeline_figure,
)
from genogram.family import read_family
from reviews.models import AuditEntry, Review
from tests.test_dashboard_support import Demo, as_user, demo_fixture

FAMILY = read_family(DEMO_DIR / "family.xlsx")
NAMES = sorted(
    {n.lower() for p in FAMILY.people.values() for n in names_of(p.name, p.aliases)},
    key=len,
    reverse=True,
)
NAME_PATTERN = re.compile(r"(?<!\w)(" + "|".join(map(re.escape, NAMES)) + r")(?!\w)", re.I)


def names_in(text: str) -> set[str]:
    return {m.lower() for m in NAME_PATTERN.findall(text)}


demo = demo_fixture("dashboard-pages")


@pytest.fixture(autouse=True)
def _configured(demo: Demo) -> None:
    access.configure(demo.context)


def case_of(demo: Demo, review_id: int = 1):  # type: ignore[no-untyped-def]
    with demo.context.sessions.begin() as session:
        return load_case(session, demo.data_dir, review_id)


# ----------------------------------------------------------------------------- anonymiser


def test_anonymiser_removes_every_family_name_from_the_demo_texts(demo: Demo) -> None:
    case = case_of(demo)
    words = case.anonymiser
    raw = " ".join(s.event_text + " " + s.outcome for e in case.events for s in e.sources)
    assert names_in(raw), "the demo texts name the family (else this test proves nothing)"
    assert not names_in(words.text(raw))
    assert "Child A" in words.text("Kayden's bruise") and "Mother" in words.text("Chelsea")
    assert words.text("Chelsea MITCHELL") == "Mother"  # the full name first
    # The screen now uses the anonymisation package itself, so it reads as the files do.
    assert words.text("the MITCHELL family") == "the family"  # a shared surname: dropped
    assert words.text("14 Larch Close EF4 9ZQ") == "The family home"  # learned from the case
    assert words.text("22 Elm Road AB1 2DD") == "An address in the area"
    assert words.text("NHS 999 014 1134, tel 01632 960555") == (
        "NHS [NHS number], tel [phone number]"
    )


def test_anonymiser_without_family_still_masks_identifiers() -> None:
    assert Anonymiser.for_family(None).text("EF4 9ZQ") == "[postcode]"


# ----------------------------------------------------------------------------- chronology


def test_filters(demo: Demo) -> None:
    case = case_of(demo)
    every = filter_events(case, Filters(), anonymised=False)
    assert len(every) == len(case.events) > 100
    police = filter_events(case, Filters(agencies=("Police",)), anonymised=False)
    assert police and all("Police" in case.events[i].agencies for i in police)
    key = filter_events(case, Filters(tier="key"), anonymised=False)
    assert 0 < len(key) < len(every)
    assert all(case.events[i].classification.tier in ("critical", "key") for i in key)
    critical = filter_events(case, Filters(tier="critical"), anonymised=False)
    assert 0 < len(critical) < len(key)  # the panel's short list
    assert all(case.events[i].classification.tier == "critical" for i in critical)
    dated = filter_events(
        case, Filters(start=dt.date(2019, 1, 1), end=dt.date(2019, 12, 31)), anonymised=False
    )
    assert dated and all(case.events[i].date.year == 2019 for i in dated)
    text = filter_events(case, Filters(text="strategy discussion"), anonymised=False)
    assert text and all("strategy" in case.facts[i].search for i in text)
    category = filter_events(case, Filters(categories=("house_move",)), anonymised=False)
    assert category
    assert all("house_move" in case.events[i].classification.categories for i in category)
    partner = next(pid for pid, p in FAMILY.people.items() if p.role == "mother's partner")
    named = filter_events(case, Filters(person=partner), anonymised=False)
    assert named and all(partner in case.facts[i].people for i in named)
    # Searching for a name finds nothing while anonymised (the browser sees no names)
    assert filter_events(case, Filters(text="kayden"), anonymised=True) == []
    assert filter_events(case, Filters(text="child a"), anonymised=True)


def test_timeline_figure(demo: Demo) -> None:
    case = case_of(demo)
    indices = filter_events(case, Filters(), anonymised=False)
    figure = timeline_figure(case, indices, anonymised=False, presentation=False)
    lanes = [t for t in figure["data"] if t["type"] == "scattergl"]
    assert {t["name"] for t in lanes} == {a for e in case.events for a in e.agencies}
    # The legend: one plain circle per agency (not the points' shapes), then the groups.
    entries = [t for t in figure["data"] if t.get("showlegend")]
    agencies = [t for t in entries if t["marker"]["symbol"] == "circle"]
    assert [t["name"] for t in agencies] == case_agencies(case)
    assert not any(t["showlegend"] for t in lanes)
    points = sum(len(t["x"]) for t in lanes)
    assert points == sum(len(case.events[i].agencies) for i in indices)
    layout = figure["layout"]
    assert layout["xaxis"]["rangeslider"]["visible"]
    assert layout["xaxis2"]["ticktext"][0].startswith(("birth", "age"))
    assert figure["data"][0]["name"] == "Selected"
    numbers = {SYMBOL_NUMBER.get(s) for s in CATEGORY_SYMBOL.values()}
    keyed = [t for t in lanes if isinstance(t["marker"].get("symbol"), list)]
    assert numbers >= {s for t in keyed for s in t["marker"]["symbol"]}
    assert {t["marker"].get("symbol") for t in lanes if t not in keyed} == {"circle-open"}
    some = timeline_figure(case, indices[:5], anonymised=False, presentation=True)
    assert some["layout"]["uirevision"] == layout["uirevision"]  # zoom kept across filters
    assert some["layout"]["font"]["size"] >= 18
    assert all("row %{customdata[4]}" in t["hovertemplate"] for t in lanes)
    assert any(".xlsx, sheet" in t["meta"] for t in lanes)  # provenance in the hover
    assert all(len(point) == 5 for t in lanes for point in t["customdata"])
    shaded = quiet_periods(case)
    assert len(layout["shapes"]) == len(shaded)
    assert all((b - a).days >= 42 for a, b in shaded)


def test_timeline_anonymised_hover_holds_no_names(demo: Demo) -> None:
    case = case_of(demo)
    figure = timeline_figure(case, range(len(case.events)), anonymised=True, presentation=True)
    assert not names_in(json.dumps(figure))


def test_grid_block_pages_and_sorts(demo: Demo) -> None:
    case = case_of(demo)
    indices = list(range(len(case.events)))
    block = grid_block(case, indices, False, 0, 20)
    assert block["rowCount"] == len(case.events)
    assert len(block["rowData"]) == 20
    assert block["rowData"][0]["id"] == case.events[0].event_id
    newest = grid_block(case, indices, False, 0, 1, [{"colId": "date", "sort": "desc"}])
    assert newest["rowData"][0]["sort_date"] == case.events[-1].date.isoformat()
    anonymous = grid_block(case, indices, True, 0, len(indices))
    assert "sources" not in anonymous["rowData"][0]  # restricted column
    assert not names_in(json.dumps(anonymous))


def test_chronology_callbacks_as_plain_functions(demo: Demo) -> None:
    from dashboard.pages import chronology

    with as_user(demo, "lead") as user:
        case = case_of(demo)
        options = chronology.filter_options(case, anonymised=False)
        assert any("Kayden" in o["label"] for o in options["people"])
        assert all(o["value"].startswith("person-") for o in options["people"])
        anonymous = chronology.filter_options(case, anonymised=True)
        assert not names_in(json.dumps(anonymous))
        values = (["Police"], None, ["key"], None, None, None, "")
        figure, summary = chronology.chronology_view(case, values, False, False)
        assert "events shown" in summary
        police = next(t for t in figure["data"] if t.get("name") == "Police")
        assert police["x"]
        multi = next(e for e in case.events if len(e.sources) > 1)
        detail = json.dumps(chronology.event_detail(case, multi.event_id, False), default=str)
        for source in multi.sources:
            assert source.source.file in detail
            assert f"row {source.source.row}" in detail
        hidden = json.dumps(chronology.event_detail(case, multi.event_id, True), default=str)
        assert not names_in(hidden)
        assert not anonymised_view(user)


def test_sector_filter_and_lanes_grouped_by_sector(demo: Demo) -> None:
    from chronology.agencies import sector_of
    from dashboard.pages import chronology
    from dashboard.timeline import case_agencies

    with as_user(demo, "lead"):
        case = case_of(demo)
        options = chronology.filter_options(case, anonymised=False)
        sectors = [o["value"] for o in options["sectors"]]
        assert {"Health", "Police", "Children's Social Care"} <= set(sectors)
        values = (None, None, [], None, None, None, "", ["Health"])
        figure, summary = chronology.chronology_view(case, values, False, False)
        by_id = {e.event_id: e for e in case.events}
        points = [
            by_id[row[0]]
            for t in figure["data"][1:]
            if t.get("type") == "scattergl"
            for row in t.get("customdata") or []
        ]
        assert points and all("Health" in e.sectors for e in points)
        assert any(len(e.sectors) > 1 for e in points)  # multi-agency events keep every lane
        health = sum("Health" in e.sectors for e in case.events)
        assert summary.startswith(f"{health:,} of {len(case.events):,} events shown")
        lanes = case_agencies(case)
        order = [sectors.index(sector_of(a)) for a in lanes]
        assert order == sorted(order)  # one sector's organisations side by side
        ticks = figure["layout"]["yaxis"]["ticktext"]
        # The sector in brackets only where it says more than the name.
        assert "GP (Health)" in ticks and "Police" in ticks and "Police (Police)" not in ticks


def test_panel_members_are_always_anonymised(demo: Demo) -> None:
    with as_user(demo, "panel") as user:
        assert anonymised_view(user)
    with as_user(demo, "lead") as user:
        set_presentation_mode(True)
        assert anonymised_view(user)


# ----------------------------------------------------------------------------- uploads


def _workbook(rows: list[list[object]], header: list[str]) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Log"
    sheet.append(["Fire and Rescue Service: chronology"])
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _data_url(data: bytes) -> str:
    import base64

    return "data:application/octet-stream;base64," + base64.b64encode(data).decode()


def test_upload_preview_correct_save_and_confirm(demo: Demo) -> None:
    from dashboard.pages import upload

    data = _workbook(
        [
            ["03/02/2021", "Home fire safety visit", "Smoke alarms fitted upstairs"],
            ["31/02/2021", "Visit", "No such day"],
            ["05/03/2021", "Revisit", "Alarm tested, working"],
        ],
        ["Visit date", "Kind", "Crew remarks"],
    )
    with as_user(demo, "lead") as user:
        messages, file_id = upload.receive_files(
            user, 1, [_data_url(data)], ["Fire_Service_log.xlsx"], "chronology", "Fire Service"
        )
        assert file_id is not None, messages
        assert "accepted" in messages[0]
        with demo.context.sessions.begin() as session:
            entry = upload._own_file(session, user, 1, file_id)
            result = upload.read_case_file(demo.data_dir, entry)
        rows = upload.mapping_rows(result)
        assert {r["header"] for r in rows} >= {"Visit date", "Kind", "Crew remarks"}
        assert any(r["confidence"] for r in rows)
        assert [r.reason for r in result.rejections] == [
            next(r.reason for r in result.rejections)
        ] and "31/02/2021" in result.rejections[0].reason
        # Correct: read "Crew remarks" as the event text and save it for the agency.
        for row in rows:
            if row["header"] == "Crew remarks":
                row["field"] = "event_text"
            if row["header"] == "Kind":
                row["field"] = "event_type"
        mapping = upload.corrected_mapping(rows, 2, None)
        assert mapping.header_row == 2
        assert mapping.columns["crew remarks"] == "event_text"
        with demo.context.sessions.begin() as session:
            entry = upload._own_file(session, user, 1, file_id)
            entry.mapping = mapping.dump()
            from reviews.casefiles import save_mapping, saved_mapping_json

            save_mapping(session, "Fire Service", mapping.dump(), by=user.username)
            assert saved_mapping_json(session, "Fire Service") == mapping.dump()
            upload.set_file_status(session, entry, "confirmed", by=user.username)
    case = case_of(demo)
    fire = [e for e in case.events if "Fire Service" in e.agencies]
    assert len(fire) == 2
    assert any("Smoke alarms" in e.event_text for e in fire)


def test_upload_size_limit_and_own_files_only(demo: Demo) -> None:
    from dashboard.pages import upload

    with pytest.raises(ValueError, match="limit"):
        upload.decode_upload(_data_url(b"x" * 3000), 1000)
    with pytest.raises(ValueError, match="damaged"):
        upload.decode_upload("data:;base64,@@@@", 1000)
    police_file = (DEMO_DIR / "Police_chronology.xlsx").read_bytes()
    with as_user(demo, "police") as user:
        messages, file_id = upload.receive_files(
            user, 1, [_data_url(police_file)], ["Police_v2.xlsx"], "family", "Health"
        )
        assert file_id is not None, messages
        with demo.context.sessions.begin() as session:
            entry = upload._own_file(session, user, 1, file_id)
            assert (entry.kind, entry.agency) == ("chronology", "Police")  # forced
    with as_user(demo, "lead") as lead, demo.context.sessions.begin() as session:
        assert upload._own_file(session, lead, 1, file_id)
    with as_user(demo, "police") as user, demo.context.sessions.begin() as session:
        from reviews.casefiles import CaseFile

        other = session.scalar(select(CaseFile).where(CaseFile.uploaded_by == "demo"))
        assert other is not None
        with pytest.raises(Denied):
            upload._own_file(session, user, 1, other.id)


def test_hostile_upload_is_refused(demo: Demo) -> None:
    from dashboard.pages import upload

    with as_user(demo, "lead") as user:
        messages, file_id = upload.receive_files(
            user, 1, [_data_url(b"not a workbook at all")], ["Odd.xlsx"], "chronology", None
        )
    assert file_id is None
    assert "refused" in messages[0]


# ----------------------------------------------------------------------------- duplicates


def test_duplicate_decisions_are_saved_and_reapplied(demo: Demo) -> None:
    from dashboard.pages import duplicates

    case = case_of(demo)
    before = len(case.events)
    pair = case.run.integration.possible[0]
    pid = duplicates.pair_id(pair)
    with as_user(demo, "lead") as user:
        message = duplicates.decide(user, 1, case, pid, "same")
    assert "Merged" in message
    merged = case_of(demo)  # re-merged with the decision from the database
    keys = {source_key(pair.first_source), source_key(pair.second_source)}

    def together(case) -> bool:  # type: ignore[no-untyped-def]
        owners = {case.run.integration.event_of_source[k] for k in keys}
        return len(owners) == 1

    assert not together(case)
    assert together(merged)
    assert "reviewer decision" in " ".join(r for e in merged.events for r in e.merge_reasons)
    assert duplicates.find_pair(merged, pid) is None
    # a category change on the merged event's row
    with as_user(demo, "lead") as user:
        second = merged.run.integration.possible[0]
        duplicates.decide(
            user, 1, merged, duplicates.pair_id(second), "category", left="house_move"
        )
    recategorised = case_of(demo)
    event = recategorised.event(
        recategorised.run.integration.event_of_source[source_key(second.first_source)]
    )
    assert event is not None and event.classification.category == "house_move"
    assert event.category_reason == "reviewer decision"
    with demo.context.sessions.begin() as session:
        from reviews.casefiles import decisions_for, remove_decision

        decisions = decisions_for(session, 1)
        assert [d.kind for d in decisions] == ["same", "category"]
        assert all("#" in ref for d in decisions for ref in d.refs)
        review = session.get(Review, 1)
        assert review is not None
        for decision in decisions:
            remove_decision(session, review, decision.id, by="lead")
    assert not together(case_of(demo))
    assert len(case_of(demo).events) == before
    with demo.context.sessions.begin() as session:
        actions = list(session.scalars(select(AuditEntry.action)))
    assert "override" in actions


# ----------------------------------------------------------------------------- genogram


def test_genogram_page_functions(demo: Demo) -> None:
    from dashboard.pages import genogram

    case = case_of(demo)
    named = genogram.genogram_for(case, None, anonymised=False)
    hidden = genogram.genogram_for(case, dt.date(2018, 6, 30), anonymised=True)
    figure = json.dumps(genogram.genogram_figure(hidden).to_plotly_json(), default=str)
    assert not names_in(figure)
    assert "Child A" in figure
    subject = FAMILY.role_subjects()[0]
    panel = json.dumps(genogram.person_panel(case, named, subject, False), default=str)
    assert "Kayden" in panel and "chronology events" in panel
    anonymous = json.dumps(genogram.person_panel(case, hidden, subject, True), default=str)
    assert not names_in(anonymous)
    lived = json.dumps(genogram.lived_with(case, anonymised=True), default=str)
    assert "Mother" in lived and not names_in(lived)
    months = genogram.slider_months(case)
    assert months[0] == dt.date(2014, 11, 1)


# ----------------------------------------------------------------------------- exports


def test_exports_open_and_anonymise(demo: Demo, tmp_path: Path) -> None:
    import base64

    from dashboard.pages import export

    with as_user(demo, "lead") as user:
        sent = export.export_file(user, 1, "chronology", "xlsx", anonymise=False)
        book = openpyxl.load_workbook(io.BytesIO(base64.b64decode(sent["content"])))
        assert book.sheetnames
        assert sent["filename"] == "CSPR-2021-03_chronology.xlsx"
        docx = export.export_file(user, 1, "chronology", "docx", anonymise=True)
        document = Document(io.BytesIO(base64.b64decode(docx["content"])))
        text = " ".join(c.text for t in document.tables for r in t.rows for c in r.cells)
        assert text and not names_in(text)
        csv_file = export.export_file(user, 1, "chronology", "csv", anonymise=True)
        assert not names_in(base64.b64decode(csv_file["content"]).decode("utf-8"))
        anonymous = export.export_file(user, 1, "chronology", "xlsx", anonymise=True)
        path = tmp_path / "a.xlsx"
        path.write_bytes(base64.b64decode(anonymous["content"]))
        cells = " ".join(
            str(v)
            for sheet in openpyxl.load_workbook(path).worksheets
            for row in sheet.iter_rows(values_only=True)
            for v in row
            if v is not None
        )
        assert not names_in(cells)
        for fmt, magic in (("svg", b"<svg"), ("png", b"\x89PNG"), ("pdf", b"%PDF")):
            sent = export.export_file(user, 1, "genogram", fmt, anonymise=True)
            assert magic in base64.b64decode(sent["content"])[:200]
    with as_user(demo, "panel") as panel:
        with pytest.raises(Denied):
            export.export_file(panel, 1, "chronology", "csv", anonymise=False)
        sent = export.export_file(panel, 1, "genogram", "svg", anonymise=True)
        assert not names_in(base64.b64decode(sent["content"]).decode())
    with demo.context.sessions.begin() as session:
        exports = list(session.scalars(select(AuditEntry).where(AuditEntry.action == "export")))
    assert {e.user for e in exports} == {"lead", "panel"}


# ----------------------------------------------------------------------------- reviews


# A fixed day, so the RAG filter meets reviews of different colours: Child A's review (referred
# 12/03/2021, decided 26/03/2021) is amber on 20/03/2021 and overdue by 30/03/2021; Child B's is
# referred six working days before the demo is loaded, long after both days, so it is on track.
AMBER_DAY = dt.date(2021, 3, 20)
RED_DAY = dt.date(2021, 3, 30)


def test_reviews_list_and_windows(demo: Demo) -> None:
    from dashboard.pages import reviews

    def children(user: str, rags: list[str] | None, today: dt.date) -> dict[str, str]:
        with as_user(demo, user):
            rows, _ = reviews.reviews_view(None, rags, None, today)
        return {r["child"]: r["rag"] for r in rows}

    with as_user(demo, "support"):
        rows, figure = reviews.reviews_view(None, None, None, RED_DAY)
    assert {r["child"]: r["status"] for r in rows} == {  # RAG as a word
        "Child A": "Overdue",
        "Child B": "On track",
    }
    assert {t["name"] for t in figure["data"]} == {"Rapid review", "Meeting window", "Six months"}
    assert children("panel", None, RED_DAY) == {"Child A": "red"}
    assert children("support", ["red"], RED_DAY) == {"Child A": "red"}
    assert children("support", ["green"], RED_DAY) == {"Child B": "green"}
    assert children("support", ["amber"], RED_DAY) == {}
    assert children("support", ["amber"], AMBER_DAY) == {"Child A": "amber"}
    assert children("support", ["amber", "green"], AMBER_DAY) == {
        "Child A": "amber",
        "Child B": "green",
    }


def test_review_changes_go_through_the_service(demo: Demo) -> None:
    from dashboard.pages import review as page

    today = dt.date.today()
    blank = dict.fromkeys(page.CHANGE_STATES)
    with demo.context.sessions.begin() as session:
        current = session.scalar(select(Review).where(Review.reference == "RR-DEMO-01"))
        assert current is not None
        body = json.dumps(page.review_body(current, today, True), default=str)
        assert "Not quorate" in body
        page.apply_change(
            session,
            "support",
            current,
            "rvd-add-attendee",
            blank | {"att_name": "X", "att_org": "Police", "att_partner": "police"},
        )
        page.apply_change(
            session,
            "support",
            current,
            "rvd-save-date",
            blank | {"date_field": "meeting_date", "date_value": today.isoformat()},
        )
        with pytest.raises(ValueError, match="quorate"):
            page.apply_change(
                session,
                "support",
                current,
                "rvd-decide",
                blank | {"decision_date": today.isoformat()},
            )
        page.apply_change(
            session, "support", current, "rvd-add-rec", blank | {"rec_text": "Share the plan"}
        )
        rec = current.recommendations[0].id
        page.apply_change(
            session,
            "support",
            current,
            "rvd-add-act",
            blank | {"act_rec": rec, "act_owner": "Police", "act_text": "Train"},
        )
        assert current.recommendations[0].actions[0].action == "Train"
        assert current.meeting_date == today


def test_admin_audit_log(demo: Demo) -> None:
    from dashboard.pages import admin

    with as_user(demo, "admin"):
        rows = admin.audit_rows()
    assert {"create", "upload"} <= {r["action"] for r in rows}


def test_admin_sees_no_family_names_in_the_audit_log(demo: Demo) -> None:
    from dashboard.pages import admin

    case = case_of(demo)
    pair = next(
        p
        for p in case.run.integration.possible
        if "Kayden" in p.second_source.source.sheet or "Kayden" in p.first_source.source.sheet
    )
    from dashboard.pages import duplicates

    with as_user(demo, "lead") as user:
        duplicates.decide(user, 1, case, duplicates.pair_id(pair), "different")
    with demo.context.sessions.begin() as session:
        raw = " ".join(e.new_value for e in session.scalars(select(AuditEntry)))
    assert names_in(raw)  # the decision names a sheet called after the child
    with as_user(demo, "admin"):
        rows = admin.audit_rows()
    assert not names_in(json.dumps(rows))


def test_presentation_mode_anonymises_the_review_page(demo: Demo) -> None:

    from dashboard.pages import review as page

    with demo.context.sessions.begin() as session:
        entry = session.get(Review, 1)
        assert entry is not None
        page.apply_change(
            session,
            "lead",
            entry,
            "rvd-add-rec",
            dict.fromkeys(page.CHANGE_STATES) | {"rec_text": "Ask Kayden"},
        )
    with as_user(demo, "lead"):
        set_presentation_mode(True)
        body = json.dumps(page.show_review(1, 0), default=str)
    assert "Ask Child A" in body and not names_in(body)


def test_presentation_text_hides_practitioners_and_organisations_learned_from_the_case() -> None:
    import re

    from chronology.pipeline import merge, read_all
    from cspr.cli import DEMO_DIR, demo_files
    from dashboard.anonymise import Anonymiser
    from genogram.family import read_family

    run = merge(read_all(demo_files()))
    anonymiser = Anonymiser.for_case(read_family(DEMO_DIR / "family.xlsx"), run)
    texts = " ".join(
        f"{s.event_text} {s.practitioner}" for e in run.integration.events for s in e.sources
    )
    shown = anonymiser.text(texts)
    for name in [
        "Amy Clarke",
        "Patel",
        "Jo Evans",
        "Whitfield",
        "Westbrook",
        "Larch Close",
        "Nadia Bhatt",
        "St Aidan",
        "Northgate",
        "Kayden",
        "Chelsea",
        "Doyle",
    ]:
        assert re.search(rf"\b{name}\b", texts), name  # the case does name them
        assert not re.search(rf"\b{name}\b", shown), name
