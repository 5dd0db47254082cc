"""The dashboard as people use it, in headless Chromium: log in, look at every page, upload a
workbook and find its rows on the chronology, filter, resolve a possible duplicate, present
anonymised, export and open a file, and check that an agency uploader is kept out and that no
request leaves this machine."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from dashboard.anonymise import names_of
from dashboard.demo import DEMO_DIR
from genogram.family import read_family
from tests.e2e.conftest import Server, Session
from tests.test_dashboard_support import callback_key, dash_request

pytestmark = pytest.mark.e2e

FAMILY = read_family(DEMO_DIR / "family.xlsx")
NAMES = sorted(
    {n.lower() for p in FAMILY.people.values() for n in names_of(p.name, p.aliases)},
    key=len,
    reverse=True,
)
NAME_PATTERN = re.compile(r"(?<!\w)(" + "|".join(map(re.escape, NAMES)) + r")(?!\w)", re.I)
PAGES = (
    ("reviews", "/", "#rev-grid .ag-row"),
    ("review", "/review?id=1", "#rvd-body h1"),
    ("chronology", "/chronology", "#chr-grid .ag-row"),
    ("upload", "/upload", "#upl-drop"),
    ("duplicates", "/duplicates", "#dup-grid .ag-row"),
    ("genogram", "/genogram", "#gen-figure .main-svg"),
    ("export", "/export", "#exp-chr-xlsx"),
)


def summary(session: Session) -> int:
    text = session.page.inner_text("#chr-summary")
    match = re.match(r"([\d,]+) of", text)
    assert match, text
    return int(match.group(1).replace(",", ""))


def wait_summary(session: Session, condition: Any) -> int:
    for _ in range(60):
        try:
            count = summary(session)
        except AssertionError:
            count = -1
        if count >= 0 and condition(count):
            return count
        session.page.wait_for_timeout(250)
    raise AssertionError(session.page.inner_text("#chr-summary"))


def settled(session: Session) -> None:
    """Wait until Dash has no callback in flight (its own loading state, which also drives the
    "Updating..." title), instead of sleeping a fixed time and hoping."""
    session.page.wait_for_function(
        "() => window.store !== undefined && window.store.getState().isLoading === false",
        timeout=15_000,
    )


def test_every_page_renders_locally_without_errors(login: Any) -> None:
    session = login("lead")
    for name, path, ready in PAGES:
        session.go(path, ready)
        settled(session)
        session.shot(name)
    admin = login("admin")
    admin.go("/admin", "#adm-audit .ag-row")
    assert "login" in admin.page.inner_text("#adm-audit")
    admin.shot("admin")
    assert not session.errors, session.errors
    assert not admin.errors, admin.errors
    assert session.requests and not session.outside(), session.outside()
    assert not admin.outside()


def fire_service_workbook(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Date", "Event", "Details"])
    sheet.append(["02/02/2021", "Home fire safety visit", "Smoke alarms fitted on landing"])
    sheet.append(["16/02/2021", "Revisit", "Smoke alarms tested and working"])
    sheet.append(["30/02/2021", "Visit", "Date cannot exist"])
    book.save(path)
    return path


def test_upload_a_workbook_and_filter_the_chronology(login: Any, tmp_path: Path) -> None:
    session = login("lead")
    session.go("/upload", "#upl-drop")
    workbook = fire_service_workbook(tmp_path / "Fire_Service_chronology.xlsx")
    session.page.set_input_files("#upl-drop input[type=file]", str(workbook))
    session.page.wait_for_selector("text=2 rows accepted, 1 rejected", timeout=15_000)
    session.page.wait_for_selector("#upl-rejected .ag-row")
    assert "does not exist" in session.page.inner_text("#upl-rejected")
    assert "Details" in session.page.inner_text("#upl-mapping")
    session.shot("upload-preview")
    session.page.click("#upl-confirm")
    session.page.wait_for_selector("text=the chronology has been merged again", timeout=15_000)

    session.go("/chronology", "#chr-grid .ag-row")
    total = wait_summary(session, lambda n: n > 100)
    session.page.fill("#chr-text", "smoke alarms")
    session.page.press("#chr-text", "Enter")
    assert wait_summary(session, lambda n: n < total) == 2
    # The file name names a known organisation: "Fire and Rescue Service".
    session.page.wait_for_selector("#chr-grid .ag-row >> text=Fire and Rescue Service")
    session.page.click("#chr-grid .ag-row >> nth=0")
    session.page.wait_for_selector("#chr-detail >> text=Fire_Service_chronology.xlsx")
    session.page.fill("#chr-text", "")
    session.page.press("#chr-text", "Enter")
    wait_summary(session, lambda n: n == total)
    session.page.click("#chr-key input[value=key]")
    key_only = wait_summary(session, lambda n: n < total)
    assert 0 < key_only < total
    session.page.click("#chr-key input[value=critical]")
    critical = wait_summary(session, lambda n: n < key_only)
    assert 0 < critical < key_only
    assert not session.errors, session.errors


def test_resolve_a_possible_duplicate(login: Any) -> None:
    session = login("lead")
    session.go("/duplicates", "#dup-grid .ag-row")
    # The grid's row model, not rendered rows (the grid renders only rows in view).
    api = "dash_ag_grid.getApi('dup-grid')"
    session.page.wait_for_function(f"{api}.getDisplayedRowCount() > 0")
    chosen = session.page.evaluate(f"{api}.getDisplayedRowAtIndex(0).data.id")
    # Click that row by its id: the order of row elements in the page is not the display order.
    session.page.click(f'#dup-grid .ag-center-cols-container .ag-row[row-id="{chosen}"]')
    session.page.wait_for_selector("#dup-pair >> text=Why they may be the same")
    session.page.click("#dup-same")
    session.page.wait_for_selector("#dup-message >> text=Merged", timeout=15_000)
    session.page.wait_for_selector("#dup-decisions table")
    assert "same" in session.page.inner_text("#dup-decisions")
    # The merged pair leaves the list (another may take its place): wait for that.
    session.page.wait_for_function(
        f"id => {api}.getRowNode(id) == null", arg=chosen, timeout=15_000
    )
    assert session.page.evaluate(f"{api}.getDisplayedRowCount()") > 0
    assert not session.errors, session.errors


def test_presentation_mode_sends_no_names(login: Any) -> None:
    session = login("lead")
    bodies: list[str] = []

    def keep(route: Any) -> None:
        response = route.fetch()
        bodies.append(response.text())
        route.fulfill(response=response)

    session.page.route("**/_dash-update-component", keep)
    session.go("/chronology", "#chr-grid .ag-row")
    session.page.click("#shell-presentation input")
    session.page.wait_for_selector("#shell.presentation")
    texts = []
    for path, ready in (
        ("/chronology", "#chr-grid .ag-row"),
        ("/genogram", "#gen-figure .main-svg"),
        ("/duplicates", "#dup-grid .ag-row"),
        ("/", "#rev-grid .ag-row"),
    ):
        session.go(path, ready)
        settled(session)
        if path == "/chronology":
            session.page.click("#chr-grid .ag-row >> nth=2")
            session.page.wait_for_selector("#chr-detail h2")
            session.shot("chronology-presentation")
        if path == "/genogram":
            session.shot("genogram-presentation")
        assert session.page.is_checked("#shell-presentation input")  # kept for the session
        texts.append(session.page.inner_text("body"))
    found = set(NAME_PATTERN.findall(" ".join(texts))) | set(NAME_PATTERN.findall(" ".join(bodies)))
    assert not found, found
    assert "Child A" in " ".join(texts)
    font = session.page.eval_on_selector(".main", "e => getComputedStyle(e).fontSize")
    assert float(font.removesuffix("px")) >= 18
    assert not session.errors, session.errors


def test_agency_uploader_is_kept_out_of_the_chronology(login: Any, server: Server) -> None:
    session = login("police")
    links = session.page.inner_text("#shell-nav")
    assert "Upload" in links and "Chronology" not in links
    session.go("/chronology", "text=You do not have access")
    assert session.page.locator("#chr-timeline").count() == 0
    app = server.demo.app
    body = dash_request(app, callback_key(app, "chr-timeline.figure"), {"review-id.data": 1})
    status = session.page.evaluate(
        """async (body) => {
            const r = await fetch('/_dash-update-component', {method: 'POST',
                headers: {'Content-Type': 'application/json'}, body: JSON.stringify(body)});
            return r.status; }""",
        body,
    )
    assert status == 403
    session.go("/upload", "#upl-drop")
    assert "Uploading for Police" in session.page.inner_text("body")


def test_export_a_file_and_open_it(login: Any) -> None:
    session = login("lead")
    session.go("/export", "#exp-chr-xlsx")
    with session.page.expect_download(timeout=30_000) as download:
        session.page.click("#exp-chr-xlsx")
    data = Path(download.value.path()).read_bytes()
    book = openpyxl.load_workbook(io.BytesIO(data))
    sheet = book.worksheets[0]
    assert sheet.max_row > 100
    assert download.value.suggested_filename == "CSPR-2021-03_chronology.xlsx"

    panel = login("panel")
    panel.go("/export", "#exp-gen-svg")
    assert panel.page.is_checked("#exp-anonymise input")
    assert panel.page.is_disabled("#exp-anonymise input")
    with panel.page.expect_download(timeout=30_000) as download:
        panel.page.click("#exp-gen-svg")
    svg = Path(download.value.path()).read_text(encoding="utf-8")
    assert "<svg" in svg and not NAME_PATTERN.findall(svg)
    assert json.dumps(session.errors + panel.errors) == "[]"
