"""Issue 14 in the dashboard: the Export page's review documents (the code of `cspr documents`),
agency chronology templates (`cspr template chronology`) and query workbooks (`cspr review
queries`), on the demo case, with every file read back (python-docx, openpyxl, zipfile).

Anonymised documents are checked with the demo family's real strings (names, nicknames, the
address and postcode, the child's date of birth, practitioners, the school) and with the
project's leak checker (`anonymise.apply.find_leaks`) on the family workbook's register; the
same strings are shown to be in the named documents, so the check can fail. Every function
refuses a role without the permission and a review the user is not assigned to, and the Dash
callbacks answer such a caller with HTTP 403."""

from __future__ import annotations

import base64
import datetime as dt
import io
import json
import zipfile
from pathlib import Path
from typing import Any

import docx
import openpyxl
import pytest
from plotly.utils import PlotlyJSONEncoder
from sqlalchemy import select

from anonymise.apply import find_leaks
from anonymise.register import register_from_family
from dashboard import access
from dashboard.access import Denied, set_presentation_mode
from dashboard.case import load_case
from dashboard.demo import DEMO_DIR
from genogram.family import read_family
from reviews import service
from reviews.models import AuditEntry, Review
from reviews.queries import ANSWER_COLUMN, REASON_COLUMN, by_agency
from tests.test_dashboard_support import (
    Demo,
    as_user,
    callback_key,
    dash_request,
    demo_fixture,
    login,
)

# Real strings of the demo family workbook and chronologies (names, a nickname, the address
# and postcode, the child's date of birth, practitioners, the school).
SECRETS = [
    "Kayden", "Hughes", "Sandra", "Mitchell", "Tyler", "Chels", "Doyle", "Larch Close",
    "EF1 3XW", "03/11/2014", "Westbrook", "Amy Clarke", "Patel", "Jo Evans",
]  # fmt: skip
DEMO_REVIEW = 1  # CSPR-2021-03: family workbook and chronologies added
CURRENT_REVIEW = 2  # RR-DEMO-01: no files (the lead reviewer only is assigned to both)


demo = demo_fixture("issue14-exports")


@pytest.fixture(autouse=True)
def _configured(demo: Demo) -> None:
    access.configure(demo.context)
    access.forget_views()


def _bytes(sent: dict[str, Any]) -> bytes:
    assert sent["base64"] is True
    return base64.b64decode(sent["content"])


def _docx_text(data: bytes) -> str:
    document = docx.Document(io.BytesIO(data))
    texts = [p.text for p in document.paragraphs]
    texts += [c.text for t in document.tables for r in t.rows for c in r.cells]
    return "\n".join(texts)


def _unzip(sent: dict[str, Any], folder: Path) -> dict[str, Path]:
    """The zip's files written into `folder`, by their name in the zip."""
    with zipfile.ZipFile(io.BytesIO(_bytes(sent))) as archive:
        assert archive.testzip() is None
        archive.extractall(folder)
        return {name: folder / name for name in archive.namelist()}


def _readable(path: Path) -> str:
    return _docx_text(path.read_bytes()) if path.suffix == ".docx" else path.read_text("utf-8")


def _exports(demo: Demo, what: str) -> list[AuditEntry]:
    with demo.context.sessions.begin() as session:
        query = select(AuditEntry).where(AuditEntry.action == "export", AuditEntry.field == what)
        return list(session.scalars(query))


# ------------------------------------------------------------------------------ documents
def test_named_documents_download_as_one_zip_of_what_cspr_documents_writes(
    demo: Demo, tmp_path: Path
) -> None:
    from dashboard import review_documents as documents

    with as_user(demo, "lead") as lead:
        sent = documents.documents_file(lead, DEMO_REVIEW, None, anonymise=False)
    assert sent["filename"] == "CSPR-2021-03_documents.zip"
    assert sent["type"] == "application/zip"
    files = _unzip(sent, tmp_path)
    assert {
        "rapid_review_pack.docx",
        "terms_of_reference_draft.docx",
        "family_invitation.docx",
    } <= (set(files))
    notices = [n for n in files if n.startswith("notifications/")]
    assert any(n.endswith(".txt") for n in notices) and any(n.endswith(".eml") for n in notices)
    pack = _readable(files["rapid_review_pack.docx"])
    for heading in (
        "Immediate safeguarding action",
        "Immediate learning",
        "Decision and rationale",
    ):
        assert heading in pack
    named = "\n".join(_readable(p) for p in files.values())
    # The named documents carry the family's real strings: the anonymised test below can fail.
    assert [s for s in SECRETS if s in named] == SECRETS
    entries = _exports(demo, "documents")
    assert any(e.user == "lead" and "(named)" in e.new_value for e in entries)


def test_anonymised_documents_hold_none_of_the_familys_real_strings(
    demo: Demo, tmp_path: Path
) -> None:
    from dashboard import review_documents as documents

    with as_user(demo, "lead") as lead:
        sent = documents.documents_file(lead, DEMO_REVIEW, None, anonymise=True)
    assert sent["filename"] == "CSPR-2021-03_documents_anonymised.zip"
    files = _unzip(sent, tmp_path / "anonymised")
    text = "\n".join(_readable(p) for p in files.values())
    assert "Immediate learning" in text  # the documents are there, only anonymised
    assert [s for s in SECRETS if s.lower() in text.lower()] == []
    register = register_from_family(read_family(DEMO_DIR / "family.xlsx"))
    assert find_leaks(list(files.values()), register) == []
    # The same checker finds the names in the named documents.
    with as_user(demo, "lead") as lead:
        named = documents.documents_file(lead, DEMO_REVIEW, None, anonymise=False)
    assert find_leaks(list(_unzip(named, tmp_path / "named").values()), register)
    assert any("(anonymised)" in e.new_value for e in _exports(demo, "documents"))


def test_one_document_downloads_as_itself(demo: Demo) -> None:
    from dashboard import review_documents as documents

    with as_user(demo, "lead") as lead:
        sent = documents.documents_file(lead, DEMO_REVIEW, ["terms"], anonymise=False)
    assert sent["filename"] == "CSPR-2021-03_terms_of_reference_draft.docx"
    assert sent["type"].endswith("wordprocessingml.document")
    assert "Terms of reference" in _docx_text(_bytes(sent))


def test_panel_members_get_anonymised_documents_only_and_of_their_reviews(demo: Demo) -> None:
    from dashboard import review_documents as documents

    with as_user(demo, "panel") as panel:
        with pytest.raises(Denied, match="only anonymised"):
            documents.documents_file(panel, DEMO_REVIEW, ["pack"], anonymise=False)
        sent = documents.documents_file(panel, DEMO_REVIEW, ["pack"], anonymise=True)
        text = _docx_text(_bytes(sent))
        assert "Rapid review" in text and not [s for s in SECRETS if s in text]
        with pytest.raises(Denied, match="not assigned"):
            documents.documents_file(panel, CURRENT_REVIEW, ["pack"], anonymise=True)
    for username in ("police", "admin"):  # no documents permission
        with as_user(demo, username) as user, pytest.raises(Denied):
            documents.documents_file(user, DEMO_REVIEW, ["pack"], anonymise=True)


def test_presentation_mode_anonymises_a_lead_reviewers_documents(demo: Demo) -> None:
    from dashboard import review_documents as documents

    with as_user(demo, "lead") as lead:
        set_presentation_mode(True)
        sent = documents.documents_file(lead, DEMO_REVIEW, ["family"], anonymise=False)
    assert sent["filename"] == "CSPR-2021-03_family_invitation.docx"
    text = _docx_text(_bytes(sent))
    assert text and not [s for s in SECRETS if s in text]


def test_documents_say_why_nothing_could_be_written(demo: Demo) -> None:
    from dashboard import review_documents as documents

    with as_user(demo, "lead") as lead:
        with pytest.raises(ValueError, match="family workbook"):
            documents.documents_file(lead, CURRENT_REVIEW, None, anonymise=True)
        with pytest.raises(ValueError, match="not asked any agency"):
            documents.documents_file(lead, CURRENT_REVIEW, ["scoping"], anonymise=False)
        with pytest.raises(ValueError, match="choose at least one"):
            documents.documents_file(lead, CURRENT_REVIEW, ["nonsense"], anonymise=False)


# ------------------------------------------------------------------- chronology templates
def test_chronology_template_for_an_agency_with_its_tracked_due_date(demo: Demo) -> None:
    from dashboard import review_documents as documents

    with demo.context.sessions.begin() as session:
        review = session.get(Review, CURRENT_REVIEW)
        assert review is not None
        service.request_from_agency(
            session,
            review,
            "Northshire Police",
            "chronology",
            dt.date(2026, 4, 9),
            "support",
            due_on=dt.date(2026, 5, 1),
        )
    with as_user(demo, "lead") as lead:
        assert "Northshire Police" in documents.template_agencies(lead, CURRENT_REVIEW)
        tracked = documents.template_file(lead, CURRENT_REVIEW, "Northshire Police", None)
        chosen = documents.template_file(lead, CURRENT_REVIEW, "Police", dt.date(2026, 6, 5))
        blank = documents.template_file(lead, CURRENT_REVIEW, None, None)
    assert tracked["filename"] == "RR-DEMO-01_chronology_template_Northshire_Police.xlsx"
    sheet = openpyxl.load_workbook(io.BytesIO(_bytes(tracked)))["Chronology"]
    assert sheet["B2"].value == "Northshire Police"
    assert sheet["B3"].value == "Fri 01/05/2026"  # the due date recorded for its chronology
    # "Police" is the same agency, but a date chosen wins over the tracked one.
    assert openpyxl.load_workbook(io.BytesIO(_bytes(chosen)))["Chronology"]["B3"].value == (
        "Fri 05/06/2026"
    )
    assert blank["filename"] == "RR-DEMO-01_chronology_template.xlsx"
    assert openpyxl.load_workbook(io.BytesIO(_bytes(blank))).sheetnames
    details = [e.new_value for e in _exports(demo, "chronology template")]
    assert "Northshire Police, due 01/05/2026" in details and "blank" in details


def test_a_panel_member_gets_a_blank_template_only(demo: Demo) -> None:
    from dashboard import review_documents as documents

    with as_user(demo, "panel") as panel:
        assert documents.template_agencies(panel, DEMO_REVIEW) == []
        with pytest.raises(Denied, match="review team"):
            documents.template_file(panel, DEMO_REVIEW, "Police", None)
        sent = documents.template_file(panel, DEMO_REVIEW, None, None)
        assert openpyxl.load_workbook(io.BytesIO(_bytes(sent))).sheetnames
        with pytest.raises(Denied, match="not assigned"):
            documents.template_file(panel, CURRENT_REVIEW, None, None)
    with as_user(demo, "police") as police, pytest.raises(Denied):
        documents.template_file(police, DEMO_REVIEW, None, None)


# ------------------------------------------------------------------------ query workbooks
def _rejected_by_agency(demo: Demo) -> dict[str, int]:
    with demo.context.sessions.begin() as session:
        case = load_case(session, demo.data_dir, DEMO_REVIEW)
        return {group.agency: group.rows for group in by_agency(case.run.results)}


def test_query_workbook_of_one_agency_and_of_all(demo: Demo, tmp_path: Path) -> None:
    from dashboard import review_documents as documents

    expected = _rejected_by_agency(demo)
    assert len(expected) >= 2 and all(expected.values())
    agency = sorted(expected)[0]
    with as_user(demo, "lead") as lead:
        assert documents.query_agencies(lead, DEMO_REVIEW) == list(expected)
        one, lines = documents.query_file(lead, DEMO_REVIEW, agency, today=dt.date(2026, 3, 2))
        every, all_lines = documents.query_file(
            lead, DEMO_REVIEW, documents.ALL_AGENCIES, today=dt.date(2026, 3, 2)
        )
    # 5 working days after Mon 02/03/2026: Mon 09/03/2026.
    assert lines == [f"{agency}: {expected[agency]} row{'s' * (expected[agency] != 1)}, "
                     "answer by 09/03/2026"]  # fmt: skip
    book = openpyxl.load_workbook(io.BytesIO(_bytes(one)))
    assert book["Instructions"]["A2"].value == f"Agency: {agency}"
    assert book["Instructions"]["A3"].value == "Please answer by: 09/03/2026"
    asked = 0
    for sheet in book.worksheets[1:]:
        header = [c.value for c in sheet[3]]
        assert header[-2:] == [REASON_COLUMN, ANSWER_COLUMN]
        rows = list(sheet.iter_rows(min_row=4, values_only=True))
        assert all(row[-2] and row[-1] is None for row in rows)  # a reason, an empty answer
        asked += len(rows)
    assert asked == expected[agency]
    assert every["filename"] == "CSPR-2021-03_queries.zip"
    files = _unzip(every, tmp_path)
    assert len(files) == len(expected) == len(all_lines)
    for path in files.values():
        assert openpyxl.load_workbook(path)["Instructions"]["A2"].value.startswith("Agency: ")
    assert {e.user for e in _exports(demo, "query workbooks")} == {"lead"}


def test_query_workbooks_recorded_as_sent_back(demo: Demo) -> None:
    from dashboard import review_documents as documents

    agency = sorted(_rejected_by_agency(demo))[0]
    with demo.context.sessions.begin() as session:
        review = session.get(Review, DEMO_REVIEW)
        assert review is not None
        service.request_from_agency(
            session, review, agency, "chronology", dt.date(2021, 3, 15), "support"
        )
        service.request_returned(session, review, agency, "chronology", dt.date(2021, 3, 19), "x")
    with as_user(demo, "lead") as lead:
        _, lines = documents.query_file(
            lead, DEMO_REVIEW, agency, sent_back=True, today=dt.date(2026, 3, 2)
        )
    assert lines[-1].endswith("sent back with queries, due 09/03/2026")
    with demo.context.sessions.begin() as session:
        review = session.get(Review, DEMO_REVIEW)
        assert review is not None
        entry = next(r for r in review.requests if r.kind == "chronology")
        assert (entry.status, entry.due_on) == ("sent_back", dt.date(2026, 3, 9))


def test_query_workbooks_are_for_the_review_team_only(demo: Demo) -> None:
    from dashboard import review_documents as documents

    for username in ("panel", "police", "admin"):
        with as_user(demo, username) as user:
            with pytest.raises(Denied):
                documents.query_file(user, DEMO_REVIEW, None)
            with pytest.raises(Denied):
                documents.query_agencies(user, DEMO_REVIEW)
    with as_user(demo, "lead") as lead:
        set_presentation_mode(True)
        with pytest.raises(Denied, match="presentation mode"):
            documents.query_file(lead, DEMO_REVIEW, None)
    with as_user(demo, "lead") as lead, pytest.raises(ValueError, match="no chronology"):
        documents.query_file(lead, CURRENT_REVIEW, None)


# ------------------------------------------------------------------ the callbacks, over HTTP
def test_callbacks_refuse_callers_without_the_permission(demo: Demo) -> None:
    app = demo.app
    calls = {
        "exp-doc-download.data": {"exp-doc-go.n_clicks": 1, "exp-doc-kinds.value": ["pack"]},
        "exp-tpl-download.data": {"exp-tpl-go.n_clicks": 1},
        "exp-q-download.data": {"exp-q-go.n_clicks": 1, "exp-q-agency.value": "__all__"},
    }
    refused = {"police": set(calls), "panel": {"exp-q-download.data"}}
    for username, outputs in refused.items():
        client = app.server.test_client()
        login(client, username)
        for output in outputs:
            body = dash_request(
                app, callback_key(app, output), calls[output] | {"review-id.data": DEMO_REVIEW}
            )
            response = client.post("/_dash-update-component", json=body)
            assert response.status_code == 403, (username, output)
    client = app.server.test_client()
    login(client, "panel")
    body = dash_request(
        app,
        callback_key(app, "exp-doc-download.data"),
        calls["exp-doc-download.data"] | {"review-id.data": CURRENT_REVIEW},
    )
    assert client.post("/_dash-update-component", json=body).status_code == 403  # not assigned
    body = dash_request(
        app,
        callback_key(app, "exp-doc-download.data"),
        calls["exp-doc-download.data"]
        | {"review-id.data": DEMO_REVIEW, "exp-anonymise.value": ["anon"]},
    )
    answer = client.post("/_dash-update-component", json=body)
    assert answer.status_code == 200
    sent = answer.get_json()["response"]["exp-doc-download"]["data"]
    assert sent["filename"] == "CSPR-2021-03_rapid_review_pack.docx"
    text = _docx_text(_bytes(sent))
    assert text and not [s for s in SECRETS if s in text]


def test_agency_choices_are_named_only_for_the_review_team_outside_presentation(
    demo: Demo,
) -> None:
    from dashboard.pages import export

    with as_user(demo, "lead"):
        named = [o["value"] for o in export.query_agency_options(DEMO_REVIEW, "exp-q-agency")]
        assert named[0] == "__all__" and len(named) > 2
        assert export.template_agency_options(DEMO_REVIEW, "exp-tpl-agency")
        set_presentation_mode(True)
        shown = export.query_agency_options(DEMO_REVIEW, "exp-q-agency")
        assert [o["value"] for o in shown] == ["__all__"]
        assert export.template_agency_options(DEMO_REVIEW, "exp-tpl-agency") == []
    with as_user(demo, "panel"):
        assert export.template_agency_options(DEMO_REVIEW, "exp-tpl-agency") == []


def test_business_support_writes_the_review_s_documents_but_not_its_chronology(
    demo: Demo,
) -> None:
    """Business support writes the letters, packs and notifications and chases agencies (named
    documents, agency templates, query workbooks), but exports neither the chronology nor the
    genogram: the Export page shows them the review's panels only."""
    from dashboard import review_documents as documents
    from dashboard.pages import export

    with as_user(demo, "support") as support:
        sent = documents.documents_file(support, DEMO_REVIEW, ["pack"], anonymise=False)
        assert [s for s in SECRETS if s in _docx_text(_bytes(sent))]  # named, as asked
        assert documents.template_agencies(support, DEMO_REVIEW)
        assert documents.query_agencies(support, DEMO_REVIEW)
        page = json.dumps(export.layout(), cls=PlotlyJSONEncoder)
        with pytest.raises(Denied):
            export.export_file(support, DEMO_REVIEW, "chronology", "xlsx", False, None)
    assert "exp-doc-go" in page and "exp-q-go" in page and "exp-tpl-go" in page
    assert "exp-chr-xlsx" not in page and "exp-gen-svg" not in page
