"""Issue 15's last weak points, in a real browser: every word of a long event readable in the
chronology table on a laptop and on a shared screen, the table's pages and server-side sort,
the timeline reached and walked by keyboard, the genogram named and told as text with the
drawing's own labels (and no name when anonymised), and its words never tiny.

The demo case gets one more agency file first: 150 short events (so the table has two pages)
and one event of about 1,600 characters."""

from __future__ import annotations

import re
import urllib.parse
from collections.abc import Iterator
from typing import Any

import pytest

from dashboard.case import load_case
from dashboard.genogram_view import MIN_LABEL_PX, MIN_LABEL_PX_PRESENTATION
from reviews import service
from reviews.casefiles import set_file_status, store_file
from tests.e2e.conftest import Server, Session
from tests.e2e.test_dashboard_browser import FAMILY, NAME_PATTERN
from tests.e2e.test_issue15_accessibility import severe_violations

pytestmark = pytest.mark.e2e

LAST_WORDS = "and the crew handed the case over to the duty social worker kingfisher lantern"
LONG_TEXT = (
    "Ambulance attended the family home after a call from a neighbour marigoldcrest. "
    + " ".join(
        f"At {n:02d} minutes the crew recorded observation number {n} of the child's "
        "breathing, colour and responsiveness, and the mother's account of the evening."
        for n in range(12)
    )
    + " "
    + LAST_WORDS
)
ROWS = [
    f"{(n % 27) + 1:02d}/{(n % 12) + 1:02d}/{2017 + n % 4},{(n * 7) % 24:02d}:15,"
    f'"Welfare call {n} to the address, advice given about heating number {n}."'
    for n in range(150)
]
CSV = ("Date,Time,Details\n" + "\n".join(ROWS) + f'\n14/05/2019,21:40,"{LONG_TEXT}"\n').encode()


@pytest.fixture(scope="module", autouse=True)
def ambulance_file(server: Server) -> Iterator[None]:
    with server.demo.context.sessions.begin() as session:
        review = service.get_review(session, "CSPR-2021-03")
        entry = store_file(
            session, server.demo.data_dir, review, "Ambulance_chronology.csv", CSV, by="lead"
        )
        entry.agency = "Ambulance Service"
        set_file_status(session, entry, "confirmed", by="lead")
    yield


def case_events(server: Server) -> list[Any]:
    with server.demo.context.sessions() as session:
        return list(load_case(session, server.demo.data_dir, 1).events)


def grid_count(session: Session) -> int:
    return int(
        session.page.evaluate("() => dash_ag_grid.getApi('chr-grid').getDisplayedRowCount()")
    )


LAST_WORD_SEEN = """([id, word]) => {
  const cell = document.querySelector(`#chr-grid .ag-row[row-id="${id}"] .ag-cell[col-id="text"]`);
  if (!cell) { return {found: false}; }
  const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
  let node = null, at = -1;
  while (walker.nextNode()) {
    const i = walker.currentNode.textContent.lastIndexOf(word);
    if (i >= 0) { node = walker.currentNode; at = i; }
  }
  if (!node) { return {found: false, text: cell.innerText}; }
  const range = document.createRange();
  range.setStart(node, at); range.setEnd(node, at + word.length);
  const r = range.getBoundingClientRect();
  const c = cell.getBoundingClientRect();
  const v = document.querySelector('#chr-grid .ag-body-viewport').getBoundingClientRect();
  const hit = document.elementFromPoint((r.left + r.right) / 2, (r.top + r.bottom) / 2);
  return {found: true, inCell: r.top >= c.top - 0.5 && r.bottom <= c.bottom + 0.5
            && r.left >= c.left - 0.5 && r.right <= c.right + 0.5,
          inView: r.top >= v.top - 0.5 && r.bottom <= v.bottom + 0.5,
          onTop: !!hit && cell.contains(hit), clipped: cell.scrollHeight > cell.clientHeight + 1,
          rowHeight: cell.closest('.ag-row').getBoundingClientRect().height,
          font: parseFloat(getComputedStyle(cell).fontSize), text: cell.innerText};
}"""


def show_long_event(session: Session) -> str:
    """Search for the long event, scroll its row's end into view; its row id."""
    session.page.fill("#chr-text", "marigoldcrest")
    session.page.press("#chr-text", "Enter")
    session.page.wait_for_function(
        "() => { const api = dash_ag_grid.getApi('chr-grid');"
        " return api.getDisplayedRowCount() === 1"
        " && api.getDisplayedRowAtIndex(0).data.text.includes('marigoldcrest'); }",
        timeout=15_000,
    )
    session.settle()
    ident = session.page.evaluate(
        "() => { const api = dash_ag_grid.getApi('chr-grid');"
        " const node = api.getDisplayedRowAtIndex(0); api.ensureNodeVisible(node, 'bottom');"
        " document.querySelector('#chr-grid').scrollIntoView({block: 'end'});"
        " return node.id; }"
    )
    session.page.wait_for_selector(f'#chr-grid .ag-row[row-id="{ident}"] .ag-cell[col-id="text"]')
    return str(ident)


def test_every_word_of_a_long_event_is_readable_in_the_table_on_a_laptop(login: Any) -> None:
    session = login("lead")
    session.page.set_viewport_size({"width": 1366, "height": 768})
    session.go("/chronology", "#chr-grid .ag-row[row-id]")
    ident = show_long_event(session)
    last = session.page.evaluate(LAST_WORD_SEEN, [ident, "kingfisher lantern"])
    assert last["found"], last
    assert " ".join(last["text"].split()) == " ".join(LONG_TEXT.split())  # every word, in order
    assert last["inCell"] and last["inView"] and last["onTop"] and not last["clipped"], last
    assert last["rowHeight"] > 200  # grown far past the four lines a row used to have
    first = session.page.evaluate(LAST_WORD_SEEN, [ident, "Ambulance attended"])
    assert first["inCell"] and not first["clipped"], first
    assert not session.errors, session.errors


def test_the_long_event_is_whole_in_presentation_mode_on_a_shared_screen(login: Any) -> None:
    session = login("lead")
    session.page.set_viewport_size({"width": 1920, "height": 1080})
    session.go("/chronology", "#chr-grid .ag-row[row-id]")
    session.page.click("#shell-presentation input")
    session.page.wait_for_selector("#shell.presentation")
    session.settle()
    ident = show_long_event(session)
    session.page.wait_for_function(
        "() => parseFloat(getComputedStyle(document.querySelector("
        "'#chr-grid .ag-row[row-id] .ag-cell')).fontSize) >= 18"
    )
    last = session.page.evaluate(LAST_WORD_SEEN, [ident, "kingfisher lantern"])
    assert last["found"] and last["inCell"] and last["inView"] and not last["clipped"], last
    assert last["font"] >= 18
    assert not session.errors, session.errors


def test_the_table_pages_and_sorts_every_event_on_the_server(login: Any, server: Server) -> None:
    events = case_events(server)
    total = len(events)
    assert total > 200
    session = login("lead")
    session.page.set_viewport_size({"width": 1366, "height": 768})
    session.go("/chronology", "#chr-grid .ag-row[row-id]")
    status = "#chr-page-status"
    session.page.wait_for_function(
        "t => document.querySelector('#chr-page-status').innerText === t",
        arg=f"Rows 1 to 200 of {total:,}",
    )
    assert grid_count(session) == 200
    assert session.page.is_disabled("#chr-page-prev")
    session.page.focus("#chr-page-next")  # by keyboard
    session.page.keyboard.press("Enter")
    session.page.wait_for_function(
        "t => document.querySelector('#chr-page-status').innerText === t",
        arg=f"Rows 201 to {total:,} of {total:,}",
    )
    session.page.wait_for_function(
        f"() => dash_ag_grid.getApi('chr-grid').getDisplayedRowCount() === {total - 200}"
    )
    first = session.page.evaluate(
        "() => dash_ag_grid.getApi('chr-grid').getDisplayedRowAtIndex(0).id"
    )
    assert first == events[200].event_id
    assert session.page.is_disabled("#chr-page-next") and session.page.is_disabled("#chr-page-last")
    # A sort is the server's, over every event: newest first, from the first page.
    header = "#chr-grid .ag-header-cell[col-id=date] .ag-header-cell-label"
    session.page.click(header)
    session.page.click(header)
    session.page.wait_for_function(
        "t => document.querySelector('#chr-page-status').innerText === t",
        arg=f"Rows 1 to 200 of {total:,}",
    )
    newest = max(e.date for e in events).isoformat()
    session.page.wait_for_function(
        "d => dash_ag_grid.getApi('chr-grid').getDisplayedRowAtIndex(0).data.sort_date === d",
        arg=newest,
    )
    shown = session.page.evaluate(
        "() => { const api = dash_ag_grid.getApi('chr-grid'); const out = [];"
        " api.forEachNodeAfterFilterAndSort(n => out.push(n.data.sort_date)); return out; }"
    )
    assert shown == sorted(shown, reverse=True)
    assert session.page.inner_text(status).endswith(f"of {total:,}")
    assert not session.errors, session.errors


def ring(session: Session) -> list[str]:
    return list(
        session.page.evaluate(
            "() => document.querySelector('#chr-timeline .js-plotly-plot').data[0].x"
        )
    )


def test_tab_and_arrow_keys_reach_a_timeline_event_and_open_it(login: Any, server: Server) -> None:
    events = case_events(server)
    session = login("lead")
    page = session.page
    page.set_viewport_size({"width": 1366, "height": 768})
    page.goto(session.base + "/chronology")
    page.wait_for_selector("#chr-grid .ag-row[row-id]", timeout=15_000)
    session.settle()
    page.focus("#chr-text")
    for _ in range(8):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.id") == "chr-tl-box":
            break
    box = page.evaluate(
        """() => { const e = document.activeElement; const s = getComputedStyle(e);
        return {id: e.id, role: e.getAttribute('role'), label: e.getAttribute('aria-label'),
                outline: s.outlineStyle, width: parseFloat(s.outlineWidth)}; }"""
    )
    assert box["id"] == "chr-tl-box", box
    assert box["outline"] != "none" and box["width"] >= 2, box  # focus is visible
    assert page.get_by_role("group", name="Timeline of events").count() == 1
    status = "#chr-tl-status"
    page.keyboard.press("ArrowRight")
    page.wait_for_function(
        "() => document.querySelector('#chr-tl-status').innerText.startsWith('Event 1 of')"
    )
    assert f"Event 1 of {len(events):,} on the timeline" in page.inner_text(status)
    page.wait_for_function(
        "d => { const x = document.querySelector('#chr-timeline .js-plotly-plot').data[0].x;"
        " return x.length && x[0] === d; }",
        arg=events[0].date.isoformat(),
    )
    page.keyboard.press("ArrowRight")
    page.wait_for_function(
        "() => document.querySelector('#chr-tl-status').innerText.startsWith('Event 2 of')"
    )
    page.keyboard.press("End")
    page.wait_for_function(
        "n => document.querySelector('#chr-tl-status').innerText.startsWith(`Event ${n} of`)",
        arg=f"{len(events):,}",
    )
    page.keyboard.press("ArrowLeft")
    page.wait_for_function(
        "n => document.querySelector('#chr-tl-status').innerText.startsWith(`Event ${n} of`)",
        arg=f"{len(events) - 1:,}",
    )
    chosen = events[-2]
    assert ring(session) == [chosen.date.isoformat()] * len(chosen.agencies)
    said = page.inner_text(status)
    when = re.search(r": (\d\d/\d\d/\d{4}|\d\d/\d{4}|\d{4})", said)
    assert when, said
    page.keyboard.press("Enter")  # opens it: the accounts, and its row on the page holding it
    page.wait_for_selector("#chr-detail h2", timeout=15_000)
    assert page.inner_text("#chr-detail h2").startswith(when.group(1))
    page.wait_for_function(
        "id => { const n = dash_ag_grid.getApi('chr-grid').getRowNode(id);"
        " return n && n.isSelected(); }",
        arg=chosen.event_id,
        timeout=15_000,
    )
    assert page.inner_text("#chr-page-status").startswith("Rows 201 to")  # the second page
    page.wait_for_selector(f'#chr-grid .ag-row-selected[row-id="{chosen.event_id}"]')
    # The buttons do the same for anyone who does not use the arrow keys.
    page.focus("#chr-tl-prev")
    page.keyboard.press("Enter")
    page.wait_for_function(
        "n => document.querySelector('#chr-tl-status').innerText.startsWith(`Event ${n} of`)",
        arg=f"{len(events) - 2:,}",
    )
    assert severe_violations(page) == []
    assert not session.errors, session.errors


def drawn_words(session: Session) -> set[str]:
    """The words of the genogram's drawing: the <text> of the SVG picture laid over it."""
    source = session.page.get_attribute("#gen-figure image", "href") or ""
    svg = urllib.parse.unquote(source.split(",", 1)[1])
    return {re.sub(r"\s+", " ", t).strip() for t in re.findall(r"<text[^>]*>([^<]*)</text>", svg)}


def open_text_version(session: Session) -> list[str]:
    page = session.page
    page.wait_for_selector("#gen-text-body table", state="attached", timeout=15_000)
    page.focus("#gen-text summary")
    page.keyboard.press("Enter")  # opens by keyboard
    page.wait_for_selector("#gen-text-body table", state="visible")
    return [t.strip() for t in page.eval_on_selector_all(
        "#gen-text-body tbody th[scope=row]", "cells => cells.map(c => c.innerText)")]  # fmt: skip


def unescape(text: str) -> str:
    return text.replace("&amp;", "&").replace("&#x27;", "'").replace("&apos;", "'")


def test_the_genogram_is_named_and_told_as_text_with_the_drawings_labels(login: Any) -> None:
    session = login("lead")
    page = session.page
    session.go("/genogram", "#gen-figure .main-svg")
    figure = page.get_by_role("figure", name=re.compile(r"^The family's genogram, as at "))
    assert figure.count() == 1
    labels = open_text_version(session)
    drawn = {unescape(w) for w in drawn_words(session)}
    names = {p.name for p in FAMILY.people.values()}
    assert set(labels) == names  # the demo family's people, each once
    assert set(labels) <= drawn  # as the drawing writes them
    body = page.inner_text("#gen-text-body")
    assert "Violence: from" in body and "Key" in body and "Household 1" in body
    assert "Subject child" in body  # the key's words
    assert severe_violations(page) == []

    panel = login("panel")  # sees the family anonymised
    panel.go("/genogram", "#gen-figure .main-svg")
    hidden = open_text_version(panel)
    seen = {unescape(w) for w in drawn_words(panel)}
    assert len(hidden) == len(labels) and set(hidden) <= seen
    assert "Child A" in hidden
    # A person's details by keyboard: the text version's Show button does what a click on
    # the symbol does.
    show = panel.page.get_by_role("button", name="Show Child A's details")
    assert show.count() == 1
    show.focus()
    panel.page.keyboard.press("Enter")
    panel.page.wait_for_function(
        "() => { const h = document.querySelector('#gen-person h2');"
        " return h && h.innerText.startsWith('Child A'); }",
        timeout=15_000,
    )
    text = " ".join(
        panel.page.inner_text(part) for part in ("#gen-text-body", "#gen-caption", "#gen-person")
    )
    assert not NAME_PATTERN.findall(text), NAME_PATTERN.findall(text)
    assert not session.errors and not panel.errors, session.errors + panel.errors


def label_size(session: Session) -> float:
    """The drawn size of the labels under the symbols, in CSS pixels."""
    return float(
        session.page.evaluate(
            """() => { const plot = document.querySelector('#gen-figure .js-plotly-plot');
            const image = plot._fullLayout.images[0];
            const shown = document.querySelector('#gen-figure image').getBoundingClientRect();
            return shown.width / image.sizex * 12; }"""
        )
    )


def test_the_genograms_words_are_never_tiny(login: Any) -> None:
    session = login("lead")
    page = session.page
    page.set_viewport_size({"width": 1366, "height": 768})
    session.go("/genogram", "#gen-figure .main-svg")
    assert label_size(session) >= MIN_LABEL_PX - 0.1
    scroller = page.evaluate(
        "() => { const box = document.querySelector('.gen-scroll');"
        " return [box.tabIndex, getComputedStyle(box).overflow]; }"
    )
    assert scroller == [0, "auto"]  # a box the keyboard can scroll when the drawing is larger
    page.set_viewport_size({"width": 1920, "height": 1080})
    page.click("#shell-presentation input")
    page.wait_for_selector("#shell.presentation")
    session.settle()
    page.wait_for_function(
        """m => { const plot = document.querySelector('#gen-figure .js-plotly-plot');
        const image = plot && plot._fullLayout.images && plot._fullLayout.images[0];
        const shown = document.querySelector('#gen-figure image');
        return image && shown && shown.getBoundingClientRect().width / image.sizex * 12 >= m; }""",
        arg=MIN_LABEL_PX_PRESENTATION - 0.1,
        timeout=15_000,
    )
    assert not session.errors, session.errors
