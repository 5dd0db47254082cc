"""Issue 11, item 3: one anonymiser for the screen and the files, and agency labels taken from
file names kept off the anonymised screen.

Everything goes through Flask's test client and `/_dash-update-component` as a panel member
(or a lead in presentation mode), on the fictional demo case plus uploaded CSVs with real
strings: what the screen sends is compared with what the file anonymiser
(`anonymise.apply.anonymise_run`) removed from the same case.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest

from accounts import assign
from anonymise.apply import anonymise_run
from anonymise.register import register_from_family
from dashboard import access, auth
from dashboard.case import load_case
from reviews import service
from reviews.casefiles import set_file_status, store_file
from tests.test_dashboard_support import Demo, dash_request, demo_fixture, login

# The three numbers that stayed visible in presentation mode while file exports caught them.
ISSUE_NUMBERS = ("+44 (0)20 7946 0958", "943-476-5919", "0044 7700 900123")
NUMBERS_CSV = (
    b"Date,Type,Entry\n"
    b'04/03/2020,Phone call,"Mother rang from +44 (0)20 7946 0958 about Kayden."\n'
    b'05/03/2020,Record,"NHS number 943-476-5919 checked for Kayden Hughes."\n'
    b'06/03/2020,Text,"Text message from 0044 7700 900123 (Chelsea Mitchell)."\n'
)
AGENCY_CSV = (
    b"Date,Type,Entry\n"
    b'11/05/2020,Home visit,"Home visit completed, all seen."\n'
    b'12/05/2020,Phone call,"Call about the next appointment."\n'
)
# Other agencies' own entries on those days (not the same occurrences: nothing to merge).
OTHER_CSV = (
    b"Date,Type,Entry\n"
    b'11/05/2020,Drop-in,"Mother collected the food parcel and the baby vouchers."\n'
    b'12/05/2020,Letter,"Rent statement posted; arrears now cleared."\n'
)
THIRD_CSV = (
    b"Date,Type,Entry\n"
    b'11/05/2020,Group,"Toddler attended the messy play session with grandmother."\n'
    b'12/05/2020,Review,"Speech therapy review: words emerging, next review in June."\n'
)


demo = demo_fixture("issue11-screen")


@pytest.fixture(autouse=True)
def _fresh(demo: Demo) -> None:
    access.configure(demo.context)
    auth.install_secret(demo.app.server, demo.context.secret_key)
    auth.limiter.reset()


def add_file(demo: Demo, reference: str, name: str, data: bytes, agency: str = "") -> None:
    with demo.context.sessions.begin() as session:
        review = service.get_review(session, reference)
        entry = store_file(session, demo.data_dir, review, name, data, by="lead", agency=agency)
        set_file_status(session, entry, "confirmed", by="lead")


def new_review(demo: Demo, reference: str) -> int:
    """A review with the demo's family workbook and agencies' files, for panel and lead."""
    from dashboard.demo import DEMO_DIR, demo_chronologies

    with demo.context.sessions.begin() as session:
        review = service.add_review(
            session,
            reference=reference,
            review_type="rapid_review",
            user="test",
            referral_date=dt.date(2024, 1, 2),
        )
        assign(session, "panel", reference, by="test")
        assign(session, "lead", reference, by="test")
        review_id = review.id
    family = (DEMO_DIR / "family.xlsx").read_bytes()
    with demo.context.sessions.begin() as session:
        review = service.get_review(session, reference)
        entry = store_file(
            session, demo.data_dir, review, "family.xlsx", family, by="lead", kind="family"
        )
        set_file_status(session, entry, "confirmed", by="lead")
    for path in demo_chronologies():
        add_file(demo, reference, path.name, path.read_bytes())
    return review_id


def case_of(demo: Demo, review_id: int):  # type: ignore[no-untyped-def]
    with demo.context.sessions.begin() as session:
        return load_case(session, demo.data_dir, review_id)


def key_for(demo: Demo, function_name: str) -> str:
    for key, spec in demo.app.callback_map.items():
        function = spec.get("callback")
        if function is not None and getattr(function, "__name__", "") == function_name:
            return key
    raise KeyError(function_name)


def call(demo: Demo, client: Any, name: str, values: dict[str, Any], changed: str = "") -> Any:
    """One callback as the browser calls it; returns its response's outputs."""
    body = dash_request(demo.app, key_for(demo, name), values)
    for output in body["outputs"] if isinstance(body["outputs"], list) else [body["outputs"]]:
        output["property"] = output["property"].split("@")[0]
    if changed:
        body["changedPropIds"] = [changed]
    result = client.post("/_dash-update-component", json=body)
    assert result.status_code == 200, result.get_data(as_text=True)[:300]
    return json.loads(result.get_data(as_text=True))["response"]


def client_for(demo: Demo, username: str) -> Any:
    client = demo.app.server.test_client()
    assert login(client, username).status_code == 302
    return client


def screen(demo: Demo, client: Any, review_id: int, **filters: Any) -> str:
    """Everything the chronology and genogram pages send for the review: options, figure,
    summary, every grid row, every event's detail and every person's panel."""
    base = {"review-id.data": review_id, "shell-mode.data": "normal", **filters}
    sent = [
        call(demo, client, "chronology_options", base),
        call(demo, client, "update_chronology", base),
    ]
    rows = call(
        demo,
        client,
        "chronology_rows",
        {**base, "chr-grid.getRowsRequest": {"startRow": 0, "endRow": 5000}},
    )
    sent.append(rows)
    for row in rows["chr-grid"]["getRowsResponse"]["rowData"]:
        sent.append(
            call(
                demo,
                client,
                "select_event",
                {**base, "chr-grid.cellClicked": {"rowId": row["id"]}},
                changed="chr-grid.cellClicked",
            )
        )
    figure = call(demo, client, "draw_genogram", {**base, "gen-slider.value": 0})
    sent.append(figure)
    refs = {
        ref
        for trace in figure["gen-figure"]["figure"]["data"]
        for ref in (trace.get("customdata") or [])
        if isinstance(ref, str)
    }
    for ref in sorted(refs):
        click = {"points": [{"customdata": ref}]}
        sent.append(call(demo, client, "person_details", {**base, "gen-figure.clickData": click}))
    return json.dumps(sent, ensure_ascii=False)


def visible(needle: str, text: str) -> bool:
    """`needle` in `text` as a whole (not inside a longer word or number)."""
    pattern = rf"(?<![\w]){re.escape(needle)}(?![\w])"
    return re.search(pattern, text, re.IGNORECASE) is not None


def removed_by_files(case: Any) -> set[str]:
    """Every identifier the file anonymiser replaced in the case (dates aside: the screen shows
    event dates to the day on purpose; dates of birth are kept in)."""
    _, report = anonymise_run(case.run, register_from_family(case.family))
    return {
        r.original.strip()
        for _, _, r in report.replacements
        if r.kind not in {"date", "keep"} and len(r.original.strip()) >= 3
    }


# ====================================================================== one anonymiser


def test_screen_hides_every_identifier_the_file_anonymiser_removes(demo: Demo) -> None:
    add_file(demo, "CSPR-2021-03", "Health_numbers.csv", NUMBERS_CSV, agency="Health")
    case = case_of(demo, 1)
    raw = json.dumps([s.event_text for e in case.events for s in e.sources], ensure_ascii=False)
    removed = removed_by_files(case)
    for number in ISSUE_NUMBERS:
        assert number in raw  # the case does hold them
        assert number in removed  # and the files catch them
    assert len(removed) > 30, "the demo case names many people and places"
    for who in ("panel", "lead"):
        client = client_for(demo, who)
        if who == "lead":
            call(demo, client, "set_presentation", {"shell-presentation.value": ["on"]})
        shown = screen(demo, client, 1)
        leaked = sorted(o for o in removed if visible(o, shown))
        assert not leaked, f"{who}: the screen shows what the files remove: {leaked}"
        for number in ISSUE_NUMBERS:
            assert number not in shown
        assert "[phone number]" in shown and "[NHS number]" in shown


def test_screen_and_file_replace_a_text_the_same_way(demo: Demo) -> None:
    """Not only absent: the same words in their place (one register, one set of patterns)."""
    from dashboard.anonymise import ctx_of

    case = case_of(demo, 1)
    anonymised, _ = anonymise_run(case.run, register_from_family(case.family))
    files = {
        (s.source.row, s.event_type): s.event_text
        for e in anonymised.integration.events
        for s in e.sources
        if "numbers" in s.source.file or s.source.file.startswith("File")
    }
    checked = 0
    for event in case.events:
        for source in event.sources:
            if source.source.file != "Health_numbers.csv":
                continue
            shown = case.anonymiser.text(source.event_text, ctx_of(source))
            assert shown in files.values()
            checked += 1
    assert checked == 3


def test_the_dashboard_keeps_no_pattern_of_its_own() -> None:
    import dashboard.anonymise as screen_module

    source = Path(screen_module.__file__).read_text(encoding="utf-8")
    assert "re.compile" not in source  # every pattern is the anonymisation package's


# ====================================================================== agency labels


def test_agency_from_a_file_name_never_reaches_an_anonymised_screen(demo: Demo) -> None:
    review_id = new_review(demo, "CSPR-AGENCY")
    add_file(demo, "CSPR-AGENCY", "Doyle.csv", AGENCY_CSV)  # no agency chosen: from the name
    add_file(demo, "CSPR-AGENCY", "Smithson_Lodge_notes.csv", OTHER_CSV)
    add_file(demo, "CSPR-AGENCY", "Riverside_log.csv", THIRD_CSV, agency="Riverside Centre")
    case = case_of(demo, review_id)
    agencies = {a for e in case.events for a in e.agencies}
    assert {"Doyle", "Smithson Lodge notes", "Riverside Centre"} <= agencies
    for who in ("panel", "lead"):
        client = client_for(demo, who)
        if who == "lead":
            call(demo, client, "set_presentation", {"shell-presentation.value": ["on"]})
        shown = screen(demo, client, review_id)
        for hidden in ("Doyle", "Smithson"):
            assert not visible(hidden, shown), f"{who} sees the agency '{hidden}'"
        assert "Agency 1" in shown and "Agency 2" in shown
        assert "Riverside Centre" in shown  # chosen by the uploader: a confirmed agency
        assert "Police" in shown  # a known agency
        options = call(demo, client, "chronology_options", {"review-id.data": review_id})
        labels = [o["label"] for o in options["chr-agency"]["options"]]
        values = [o["value"] for o in options["chr-agency"]["options"]]
        assert labels == values and "Agency 1" in values and "Doyle" not in values
        # Filtering by the label works; by the real name it finds nothing (no probing).
        one = screen_rows(demo, client, review_id, ["Agency 1"])
        assert one and all(r["agencies"] == "Agency 1" for r in one)
        assert screen_rows(demo, client, review_id, ["Doyle"]) == []
        figure = call(demo, client, "update_chronology", {"review-id.data": review_id})[
            "chr-timeline"
        ]["figure"]
        lanes = [t for t in figure["data"] if t.get("type") == "scattergl"]
        for trace in lanes:
            for part in ("name", "legendgroup", "meta", "hovertemplate"):
                assert "Doyle" not in str(trace.get(part)), (part, trace.get(part))
    # Anonymised files say the same as the screen.
    from dashboard.pages import export
    from tests.test_dashboard_support import as_user

    with as_user(demo, "panel") as panel:
        sent = export.export_file(panel, review_id, "chronology", "csv", anonymise=True)
    exported = base64.b64decode(sent["content"]).decode("utf-8")
    assert "Agency 1" in exported and "Riverside Centre" in exported
    assert not visible("Smithson", exported) and not visible("Doyle", exported)
    lead = client_for(demo, "lead")  # not anonymised: the real labels
    options = call(demo, lead, "chronology_options", {"review-id.data": review_id})
    assert "Doyle" in [o["value"] for o in options["chr-agency"]["options"]]


def screen_rows(demo: Demo, client: Any, review_id: int, agencies: list[str]) -> list[Any]:
    values = {
        "review-id.data": review_id,
        "chr-agency.value": agencies,
        "chr-grid.getRowsRequest": {"startRow": 0, "endRow": 5000},
    }
    rows = call(demo, client, "chronology_rows", values)
    return rows["chr-grid"]["getRowsResponse"]["rowData"]  # type: ignore[no-any-return]


def test_agency_labels_rule() -> None:
    from anonymise.agencies import agency_labels

    labels = agency_labels(
        ["Police", "Doyle", "Northshire CSC", "Children's Social Care", "Hope Ward", "Doyle"],
        chosen=["Hope Ward"],
    )
    assert labels == {
        "Police": "Police",
        "Doyle": "Agency 1",
        "Northshire CSC": "Agency 2",  # as written: only the canonical name is known
        "Children's Social Care": "Children's Social Care",
        "Hope Ward": "Hope Ward",
    }


def test_a_chosen_agency_whose_own_name_locates_the_family_is_shown_as_its_kind() -> None:
    """Issue 19: a named GP practice, school or hospital is replaced by its kind; a chosen
    service name stays, with any person's name in it replaced by the anonymiser."""
    from anonymise.agencies import agency_labels

    chosen = ["Ridgeway Surgery", "Westrow General Hospital", "St Aidan's Primary School"]
    chosen += ["Barnardo's", "Doyle family support"]
    labels = agency_labels(chosen, chosen, redact=lambda name: name.replace("Doyle", "Mother's"))
    assert labels == {
        "Ridgeway Surgery": "GP",
        "Westrow General Hospital": "Hospital",
        "St Aidan's Primary School": "School",
        "Barnardo's": "Barnardo's",
        "Doyle family support": "Mother's family support",
    }


def test_duplicates_page_shows_neutral_agency_labels_when_anonymised(demo: Demo) -> None:
    from dashboard.pages import duplicates

    review_id = new_review(demo, "CSPR-DUPES")
    add_file(demo, "CSPR-DUPES", "Doyle.csv", AGENCY_CSV)
    add_file(demo, "CSPR-DUPES", "Police_log.csv", AGENCY_CSV.replace(b"all seen", b"all fine"))
    case = case_of(demo, review_id)
    doyle = next(s for e in case.events for s in e.sources if s.agency == "Doyle")
    shown = json.dumps(duplicates.side(case, doyle, True, "First").to_plotly_json(), default=str)
    assert "Doyle" not in shown and "Agency 1" in shown
    assert "Doyle" in json.dumps(
        duplicates.side(case, doyle, False, "First").to_plotly_json(), default=str
    )
    rows = json.dumps(duplicates.pair_rows(case, True))
    assert "Doyle" not in rows


def test_upload_page_numbers_files_in_presentation_mode(demo: Demo) -> None:
    review_id = new_review(demo, "CSPR-FILES")
    add_file(demo, "CSPR-FILES", "Smithson_Lodge_notes.csv", AGENCY_CSV)
    lead = client_for(demo, "lead")
    call(demo, lead, "set_presentation", {"shell-presentation.value": ["on"]})
    shown = json.dumps(
        call(demo, lead, "show_upload", {"review-id.data": review_id, "upl-version.data": 0})
    )
    assert "Smithson" not in shown and "File 1" in shown
    plain = client_for(demo, "lead")
    call(demo, plain, "set_presentation", {"shell-presentation.value": []})
    listing = call(demo, plain, "show_upload", {"review-id.data": review_id, "upl-version.data": 0})
    assert "Smithson_Lodge_notes.csv" in json.dumps(listing)


def test_choosing_the_agency_at_re_read_confirms_it(demo: Demo) -> None:
    """A file uploaded with no agency takes one from its name ("Doyle.csv"): 'Agency N' when
    anonymised until a person chooses the agency; choosing it when re-reading the file sets
    the agency, audits the change and the label becomes the agency's name."""
    from sqlalchemy import select

    from reviews.casefiles import CaseFile
    from reviews.models import AuditEntry

    data = b"Date,Entry\n01/03/2019,Home visit; children seen and well.\n"
    with demo.context.sessions.begin() as session:
        review = service.get_review(session, "CSPR-2021-03")
        entry = store_file(session, demo.data_dir, review, "Doyle.csv", data, by="lead")
        file_id, agency_before = entry.id, entry.agency
    values = {
        "upl-reread.n_clicks": 1,
        "upl-file.value": file_id,
        "upl-mapping.virtualRowData": [],
        "upl-header-row.value": None,
        "upl-save-mapping.value": [],
        "upl-agency.value": "Domestic Abuse Service",
        "review-id.data": 1,
        "upl-version.data": 0,
    }
    answer = call(demo, client_for(demo, "lead"), "reread", values, changed="upl-reread.n_clicks")
    assert "Agency set to Domestic Abuse Service" in json.dumps(answer)
    with demo.context.sessions.begin() as session:
        stored = session.get(CaseFile, file_id)
        assert stored is not None and stored.agency == "Domestic Abuse Service"
        changes = session.scalars(
            select(AuditEntry).where(AuditEntry.field == "agency", AuditEntry.entity_id == file_id)
        ).all()
        assert len(changes) == 1 and "Domestic Abuse Service" in changes[0].new_value
        assert agency_before in ("", None) or agency_before in changes[0].old_value
