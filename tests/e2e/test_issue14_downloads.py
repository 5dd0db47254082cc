"""Issue 14 in a real browser: the Export page's review documents, query workbooks and
chronology template download and open; a review is created on the Reviews page and a user
added on the Admin page; axe-core finds nothing critical or serious on the new forms. Waits
are on conditions (a download, a message, Dash idle), never on a fixed time."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path
from typing import Any

import docx
import openpyxl
import pytest
from sqlalchemy import select

from reviews.models import Review
from tests.e2e.conftest import Server
from tests.e2e.test_issue15_accessibility import severe_violations
from tests.test_issue14_dashboard_exports import SECRETS

pytestmark = pytest.mark.e2e


def test_documents_queries_and_template_download_and_open(login: Any) -> None:
    session = login("lead")
    session.go("/export", "#exp-doc-go")
    page = session.page
    # Only the rapid review pack, anonymised: one .docx, as the file itself.
    page.click("#exp-anonymise input")
    for box in page.locator("#exp-doc-kinds input").all():
        if box.get_attribute("value") != "pack" and box.is_checked():
            box.uncheck()
    with page.expect_download(timeout=60_000) as download:
        page.click("#exp-doc-go")
    assert download.value.suggested_filename == "CSPR-2021-03_rapid_review_pack.docx"
    document = docx.Document(download.value.path())
    text = "\n".join(
        [p.text for p in document.paragraphs]
        + [c.text for t in document.tables for r in t.rows for c in r.cells]
    )
    assert "Immediate learning" in text and not [s for s in SECRETS if s in text]
    page.wait_for_selector("#exp-doc-message >> text=exported")
    # Every agency's query workbook: one zip of workbooks that open.
    with page.expect_download(timeout=60_000) as download:
        page.click("#exp-q-go")
    assert download.value.suggested_filename == "CSPR-2021-03_queries.zip"
    with zipfile.ZipFile(download.value.path()) as archive:
        names = archive.namelist()
        assert names and all(n.endswith(".xlsx") for n in names)
        book = openpyxl.load_workbook(io.BytesIO(archive.read(names[0])))
        assert book["Instructions"]["A2"].value.startswith("Agency: ")
    # A blank chronology template.
    with page.expect_download(timeout=60_000) as download:
        page.click("#exp-tpl-go")
    assert download.value.suggested_filename == "CSPR-2021-03_chronology_template.xlsx"
    data = Path(download.value.path()).read_bytes()
    assert "Chronology" in openpyxl.load_workbook(io.BytesIO(data)).sheetnames
    session.settle()
    assert severe_violations(page) == []
    assert not session.errors, session.errors


def test_panel_member_sees_no_query_workbooks(login: Any) -> None:
    panel = login("panel")
    panel.go("/export", "#exp-doc-go")
    assert panel.page.locator("#exp-q-go").count() == 0
    assert panel.page.is_disabled("#exp-tpl-agency")
    assert not panel.errors, panel.errors


def test_create_a_review_and_add_a_user(login: Any, server: Server) -> None:
    support = login("support")
    support.go("/", "#rev-new-go")
    page = support.page
    page.fill("#rev-new-reference", "RR-BROWSER-1")
    page.fill("#rev-new-child", "Child K")
    page.click("#rev-new-referral")
    page.keyboard.type("02/03/2026")  # typed day first, as a UK date
    page.keyboard.press("Enter")
    support.settle()
    assert page.input_value("#rev-new-referral") == "02/03/2026"
    page.click("#rev-new-go")
    page.wait_for_selector("#rev-new-message >> text=Review RR-BROWSER-1 created")
    page.wait_for_selector("#rev-grid >> text=Child K", timeout=15_000)
    with server.demo.context.sessions.begin() as db:
        created = db.scalar(select(Review).where(Review.reference == "RR-BROWSER-1"))
        assert created is not None and created.referral_date == dt.date(2026, 3, 2)
    support.settle()
    assert severe_violations(page) == []
    assert not support.errors, support.errors

    admin = login("admin")
    admin.go("/admin", "#adm-add")
    page = admin.page
    page.fill("#adm-new-name", "browser-user")
    page.fill("#adm-new-password", "a browser password")
    page.click("#adm-new-role")
    page.click(".dash-dropdown-option >> text=Panel member")
    page.keyboard.press("Escape")
    page.click("#adm-add")
    page.wait_for_selector("#adm-message >> text=Added browser-user")
    page.wait_for_selector("#adm-users >> text=browser-user")
    assert page.input_value("#adm-new-password") == ""  # not left on the screen
    admin.settle()
    assert severe_violations(page) == []
    assert not admin.errors, admin.errors
