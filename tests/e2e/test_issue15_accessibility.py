"""Issue 15, the dashboard in a real browser: axe-core on every page (0 critical, 0 serious),
keyboard use of the chronology (skip links, Enter opens an event, visible focus, the filters
operable), the table readable on a laptop and on a shared screen, zooming the timeline narrows
the table and the summary, and no internal names on screen.

axe-core comes inside the axe-playwright-python wheel: nothing is fetched at run time."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.conftest import Server, Session

pytestmark = pytest.mark.e2e

PAGES = (
    ("reviews", "/", "#rev-grid .ag-row"),
    ("review", "/review?id=1", "#rvd-body h1"),
    ("chronology", "/chronology", "#chr-grid .ag-row[row-id]"),
    ("upload", "/upload", "#upl-drop"),
    ("actions", "/actions", "#act-table table"),
    ("duplicates", "/duplicates", "#dup-grid .ag-row"),
    ("genogram", "/genogram", "#gen-figure .main-svg"),
    ("export", "/export", "#exp-chr-xlsx"),
)
SEVERE = ("critical", "serious")
# An internal name: lower-case words joined by underscores (strategy_discussion, event_text).
INTERNAL = re.compile(r"\b[a-z]+(?:_[a-z0-9]+)+\b")


def severe_violations(page: Any) -> list[str]:
    """axe-core's critical and serious findings on the page as it is, one line each."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    assert results.response["passes"], "axe-core checked nothing"
    return [
        f"{rule['id']} ({rule['impact']}): {node['target']}"
        for rule in results.response["violations"]
        if rule["impact"] in SEVERE
        for node in rule["nodes"]
    ]


def test_axe_finds_nothing_critical_or_serious_on_any_page(
    login: Any, browser: Any, server: Server
) -> None:
    found: dict[str, list[str]] = {}
    context = browser.new_context(viewport={"width": 1366, "height": 768})
    try:
        page = context.new_page()
        page.goto(server.base + "/login")
        page.wait_for_selector("#login-button")
        found["login"] = severe_violations(page)
    finally:
        context.close()
    session = login("lead")
    for name, path, ready in PAGES:
        session.go(path, ready)
        found[name] = severe_violations(session.page)
    admin = login("admin")
    admin.go("/admin", "#adm-audit .ag-row")
    found["admin"] = severe_violations(admin.page)
    # The chronology as it is used: an event open, a dropdown open, the date picker open,
    # and presentation mode (where the genogram and upload pages change too).
    page = session.page
    session.go("/chronology", "#chr-grid .ag-row[row-id]")
    page.click("#chr-grid .ag-row[row-id] >> nth=1")
    page.wait_for_selector("#chr-detail h2")
    found["chronology, an event open"] = severe_violations(page)
    page.click("#chr-person")
    page.wait_for_selector(".dash-dropdown-option")
    session.settle()
    found["chronology, a dropdown open"] = severe_violations(page)
    page.keyboard.press("Escape")
    page.click("#chr-dates-wrapper")
    page.wait_for_selector('[role="dialog"] .dash-datepicker-calendar, [role="dialog"] table')
    session.settle()
    found["chronology, the date picker open"] = severe_violations(page)
    page.keyboard.press("Escape")
    page.click("#shell-presentation input")
    page.wait_for_selector("#shell.presentation")
    for name, path, ready in PAGES:
        session.go(path, ready)
        found[f"{name}, presentation mode"] = severe_violations(page)
    assert {"login", "admin", *(name for name, _, _ in PAGES)} <= set(found)
    assert {page: lines for page, lines in found.items() if lines} == {}
    assert not session.errors and not admin.errors, session.errors + admin.errors


def focused(session: Session) -> dict[str, Any]:
    return session.page.evaluate(
        """() => { const e = document.activeElement; const s = getComputedStyle(e);
        return {tag: e.tagName, id: e.id, text: (e.innerText || '').trim(),
                classes: e.className || '', outline: s.outlineStyle,
                width: parseFloat(s.outlineWidth)}; }"""
    )


def test_keyboard_reaches_the_table_in_four_keys_and_enter_opens_an_event(login: Any) -> None:
    session = login("lead")
    session.page.goto(session.base + "/chronology")  # a fresh page: focus starts at the top
    session.page.wait_for_selector("#chr-grid .ag-row[row-id]", timeout=15_000)
    session.settle()
    session.page.keyboard.press("Tab")
    assert focused(session)["text"] == "Skip to content"
    session.page.keyboard.press("Enter")
    assert focused(session)["id"] == "main"
    session.page.keyboard.press("Tab")
    assert focused(session)["text"] == "Skip to the table"
    session.page.keyboard.press("Enter")
    cell = focused(session)
    assert "ag-cell" in cell["classes"], cell
    assert re.fullmatch(r"\d\d/\d\d/\d{4}|\d\d/\d{4}|\d{4}", cell["text"]), cell
    # Focus is visible: a solid outline of at least 2 px on the focused cell.
    assert cell["outline"] != "none" and cell["width"] >= 2, cell
    session.page.keyboard.press("ArrowDown")
    second = focused(session)["text"]
    session.page.keyboard.press("Enter")
    session.page.wait_for_selector("#chr-detail h2", timeout=15_000)
    assert session.page.inner_text("#chr-detail h2").startswith(second)
    selected = session.page.locator("#chr-grid .ag-row-selected")
    assert selected.count() == 1 and second in selected.inner_text()
    assert not session.errors, session.errors


def test_every_chronology_control_is_reachable_and_a_filter_works_by_keyboard(
    login: Any,
) -> None:
    session = login("lead")
    session.go("/chronology", "#chr-grid .ag-row[row-id]")
    before = session.page.inner_text("#chr-summary")
    reached: set[str] = set()
    session.page.focus("#main")
    for _ in range(80):
        session.page.keyboard.press("Tab")
        now = session.page.evaluate(
            "() => { const e = document.activeElement;"
            " const holder = e.closest('[id]'); return holder ? holder.id : ''; }"
        )
        reached.add(now)
        if now == "chr-grid":
            break
    wanted = {"chr-agency", "chr-sector", "chr-category", "chr-person", "chr-text", "chr-key"}
    assert wanted <= reached, wanted - reached
    assert any(r.startswith("chr-dates") for r in reached), reached
    # "Critical and key" by keyboard: focus its radio button, press Space.
    session.page.focus("#chr-key input[value=key]")
    session.page.keyboard.press("Space")
    session.page.wait_for_function(
        "old => document.querySelector('#chr-summary').innerText !== old", arg=before
    )
    assert session.page.is_checked("#chr-key input[value=key]")
    # A dropdown opens with the keyboard and a choice is made with it.
    keyed = session.page.inner_text("#chr-summary")
    session.page.focus("#chr-category")
    session.page.keyboard.press("ArrowDown")  # opens the list
    option = session.page.wait_for_selector(".dash-dropdown-option", timeout=5_000)
    words = option.inner_text().strip()
    assert words and not INTERNAL.search(words)
    session.page.wait_for_function(
        "() => document.activeElement.classList.contains('dash-dropdown-search')"
    )
    session.page.keyboard.press("ArrowDown")  # onto the first category
    session.page.wait_for_function(
        "() => document.activeElement.classList.contains('dash-options-list-option-checkbox')"
    )
    session.page.keyboard.press("Enter")
    session.page.wait_for_selector(".dash-dropdown-option input:checked", timeout=5_000)
    session.page.keyboard.press("Escape")
    session.page.wait_for_selector(f"#chr-category >> text={words}", timeout=5_000)
    session.page.wait_for_function(
        "old => document.querySelector('#chr-summary').innerText !== old", arg=keyed
    )
    assert not session.errors, session.errors


def column_box(session: Session, heading: str) -> dict[str, float]:
    return session.page.evaluate(
        """h => { const cell = Array.from(document.querySelectorAll('#chr-grid .ag-header-cell'))
          .find(c => c.innerText.trim() === h);
          const grid = document.querySelector('#chr-grid .ag-body-viewport')
            .getBoundingClientRect();
          const r = cell.getBoundingClientRect();
          return {left: r.left, right: r.right, width: r.width, gridRight: grid.right}; }""",
        heading,
    )


def one_line(session: Session, column: str) -> bool:
    """Every shown cell of the column on a single line (no "10/01/201 7")."""
    return bool(
        session.page.evaluate(
            """col => Array.from(document.querySelectorAll(
                `#chr-grid .ag-row[row-id] .ag-cell[col-id="${col}"]`))
              .filter(c => c.innerText.trim()).every(c => {
                // The lines the text is laid out on: one distinct top per line (a browser may
                // give a box for the cell's wrapper as well as one for its text).
                const tops = new Set();
                const walk = document.createTreeWalker(c, NodeFilter.SHOW_TEXT);
                for (let n = walk.nextNode(); n; n = walk.nextNode()) {
                  if (!n.textContent.trim()) continue;
                  const range = document.createRange(); range.selectNodeContents(n);
                  for (const r of range.getClientRects()) tops.add(r.top);
                }
                // One line: every box within a couple of pixels of the first one's top.
                const sorted = [...tops].sort((a, b) => a - b);
                return sorted.length > 0 && sorted[sorted.length - 1] - sorted[0] <= 2; })""",
            column,
        )
    )


def test_the_table_fits_a_laptop_and_scales_on_a_shared_screen(login: Any) -> None:
    session = login("lead")
    session.page.set_viewport_size({"width": 1366, "height": 768})
    session.go("/chronology", "#chr-grid .ag-row[row-id]")
    text = column_box(session, "What happened")
    sources = column_box(session, "Source rows")
    assert text["width"] >= 400, text
    assert sources["right"] <= sources["gridRight"] + 1, sources  # on screen, no scrolling
    assert one_line(session, "date") and one_line(session, "time")
    normal_date = column_box(session, "Date")["width"]

    session.page.set_viewport_size({"width": 1920, "height": 1080})
    session.page.click("#shell-presentation input")
    session.page.wait_for_selector("#shell.presentation")
    session.settle()
    session.page.wait_for_function(
        "w => { const c = document.querySelector('#chr-grid .ag-header-cell[col-id=date]');"
        " return c && c.getBoundingClientRect().width > w; }",
        arg=normal_date,
    )
    assert one_line(session, "date") and one_line(session, "time")
    font = session.page.eval_on_selector(
        "#chr-grid .ag-row[row-id] .ag-cell", "e => parseFloat(getComputedStyle(e).fontSize)"
    )
    assert font >= 18
    assert not session.errors, session.errors


def summary_count(session: Session) -> int:
    match = re.match(r"([\d,]+) of", session.page.inner_text("#chr-summary"))
    assert match
    return int(match.group(1).replace(",", ""))


def test_zooming_the_timeline_narrows_the_table_and_the_summary(login: Any) -> None:
    session = login("lead")
    session.go("/chronology", "#chr-grid .ag-row[row-id]")
    total = summary_count(session)
    rows = "() => dash_ag_grid.getApi('chr-grid').getDisplayedRowCount()"
    session.page.wait_for_function(f"n => ({rows})() === n", arg=total)
    session.page.evaluate(
        "() => Plotly.relayout(document.querySelector('#chr-timeline .js-plotly-plot'),"
        " {'xaxis.range': ['2019-01-01', '2019-12-31']})"
    )
    session.page.wait_for_function(
        "() => document.querySelector('#chr-summary').innerText.includes('zoom')"
    )
    zoomed = summary_count(session)
    assert 0 < zoomed < total
    assert "between 01/01/2019 and 31/12/2019" in session.page.inner_text("#chr-summary")
    session.page.wait_for_function(f"n => ({rows})() === n", arg=zoomed)
    dates = session.page.eval_on_selector_all(
        '#chr-grid .ag-row[row-id] .ag-cell[col-id="date"]', "cells => cells.map(c => c.innerText)"
    )
    assert dates and all(d.strip().endswith("2019") for d in dates), dates
    session.page.evaluate(
        "() => Plotly.relayout(document.querySelector('#chr-timeline .js-plotly-plot'),"
        " {'xaxis.autorange': true})"
    )
    session.page.wait_for_function(f"n => ({rows})() === n", arg=total)
    assert summary_count(session) == total
    assert not session.errors, session.errors


UNREACHABLE = """() => Array.from(document.querySelectorAll(
    'button, a[href], input, select, textarea, [role=slider], [role=checkbox], [role=button]'))
  .filter(e => !e.closest('.ag-root-wrapper') && !e.closest('.modebar') && !e.disabled)
  .filter(e => { const r = e.getBoundingClientRect(); const s = getComputedStyle(e);
    return r.width > 2 && r.height > 2 && s.visibility !== 'hidden'
      && parseFloat(s.opacity) > 0.01; })
  .filter(e => e.tabIndex < 0)
  .map(e => e.outerHTML.slice(0, 120))"""


def test_every_control_on_every_page_is_a_tab_stop(login: Any) -> None:
    session = login("lead")
    found: dict[str, list[str]] = {}
    for name, path, ready in PAGES:
        session.go(path, ready)
        found[name] = session.page.evaluate(UNREACHABLE)
    assert {page: controls for page, controls in found.items() if controls} == {}
    # The upload box's file input is a Tab stop, and its box shows the focus.
    session.go("/upload", "#upl-drop")
    session.page.focus("#upl-drop input[type=file]")
    outline = session.page.eval_on_selector(
        ".upload-zone",
        "e => getComputedStyle(e).outlineStyle + ' ' + getComputedStyle(e).outlineWidth",
    )
    assert outline.startswith("solid") and float(outline.split()[1].removesuffix("px")) >= 2
    assert not session.errors, session.errors


def test_a_refused_file_type_is_refused_at_once_with_what_to_do(login: Any, tmp_path: Path) -> None:
    session = login("lead")
    session.go("/upload", "#upl-drop")
    letter = tmp_path / "Police_letter.txt"
    letter.write_text("Dear colleague, our chronology is attached.", encoding="utf-8")
    session.page.set_input_files("#upl-drop input[type=file]", str(letter))
    session.page.wait_for_selector("#upl-message .error", timeout=15_000)
    message = session.page.inner_text("#upl-message")
    assert "Police_letter.txt" in message and "refused" in message and "Save it as" in message
    assert "Checking" not in message  # not sent for checking: the reason is given at once
    assert not session.errors, session.errors


def test_no_internal_names_on_screen(login: Any) -> None:
    session = login("lead")
    texts: dict[str, str] = {}
    for name, path, ready in PAGES:
        session.go(path, ready)
        texts[name] = session.page.inner_text("#main")
    session.go("/chronology", "#chr-grid .ag-row[row-id]")
    session.page.click("#chr-grid .ag-row[row-id] >> nth=2")
    session.page.wait_for_selector("#chr-detail h2")
    texts["event"] = session.page.inner_text("#chr-detail")
    legend = session.page.eval_on_selector_all(
        "#chr-timeline .legendtext", "items => items.map(i => i.textContent)"
    )
    assert len(legend) >= 8
    texts["legend"] = " ".join(legend)
    admin = login("admin")
    admin.go("/admin", "#adm-audit .ag-row")
    texts["admin"] = admin.page.inner_text("#main")
    found = {page: sorted(set(INTERNAL.findall(text)) - {"e_mail"}) for page, text in texts.items()}
    assert {page: names for page, names in found.items() if names} == {}


def test_the_genogram_date_chosen_by_keyboard_is_the_exports_date(login: Any) -> None:
    session = login("lead")
    session.go("/genogram", "#gen-figure .main-svg")
    before = session.page.inner_text("#gen-when")
    session.page.focus('#gen-slider [role="slider"]')
    for _ in range(12):
        session.page.keyboard.press("ArrowLeft")
    session.page.wait_for_function(
        "old => document.querySelector('#gen-when').innerText !== old", arg=before
    )
    session.settle()
    chosen = session.page.evaluate("() => JSON.parse(sessionStorage.getItem('gen-as-at'))")
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", chosen), chosen
    year, month, day = chosen.split("-")
    assert session.page.inner_text("#gen-when") == f"As at {day}/{month}/{year}."
    session.go("/export", "#exp-chr-xlsx")
    shown = session.page.input_value("#exp-as-at")
    assert shown == f"{day}/{month}/{year}"
    assert not session.errors, session.errors


def test_controls_are_named_after_their_fields(login: Any) -> None:
    """What a screen reader says for Dash's own controls (accessible names as the browser
    computes them)."""
    session = login("lead")
    page = session.page
    session.go("/chronology", "#chr-grid .ag-row[row-id]")
    for field in ("Agency", "Sector", "Key-event category", "Person"):
        assert page.get_by_role("button", name=re.compile(f"^{field}: ")).count() == 1, field
    for choice in ("All events", "Critical and key", "Critical only"):
        assert page.get_by_role("radio", name=choice).count() == 1, choice
    assert page.get_by_role("checkbox", name="Presentation mode").count() == 1
    assert page.get_by_role("link", name="Skip to the table").count() == 1
    session.go("/genogram", "#gen-figure .main-svg")
    assert page.get_by_role("slider", name="As at").count() == 1
    session.go("/upload", "#upl-drop")
    assert page.get_by_role("radiogroup", name="Kind of file").count() == 1
    assert page.get_by_role("button", name=re.compile("^Added file: ")).count() == 1
    assert not session.errors, session.errors
