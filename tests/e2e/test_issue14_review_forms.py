"""Issue 14, dashboard parity in a real browser: the review page's new forms (votes, agency
requests, notifications and delays, the review's texts) as business support sees them: axe-core
finds nothing critical or serious, every control is a Tab stop and named by its label, no
internal name is on screen, and a vote, a notification and a text are saved from the page and
shown back (a mistake as one "Not saved: ..." line)."""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.e2e.conftest import Session
from tests.e2e.test_issue15_accessibility import INTERNAL, UNREACHABLE, severe_violations

pytestmark = pytest.mark.e2e

PAGE = "/review?id=2"  # the demo's current review (Child B): no meeting or votes yet


def open_review(session: Session) -> None:
    session.go(PAGE, "#rvd-body h1")
    # The texts form is filled in from the database once the page has opened.
    session.page.wait_for_function(
        "() => document.querySelector('#rvd-text-child-pseudonym').value === 'Child B'",
        timeout=15_000,
    )
    session.settle()


def choose(session: Session, ident: str, words: str) -> None:
    """Pick `words` in the dropdown `ident` as a user does (open it, click the option)."""
    page = session.page
    page.click(f"#{ident}")
    page.click(f".dash-dropdown-option:has-text('{words}')")
    page.wait_for_selector(f"#{ident} >> text={words}", timeout=5_000)
    page.keyboard.press("Escape")


def wait_text(session: Session, selector: str, words: str) -> None:
    session.page.wait_for_function(
        "([s, w]) => { const e = document.querySelector(s); return e && e.innerText.includes(w); }",
        arg=[selector, words],
        timeout=15_000,
    )


def test_the_review_forms_are_accessible_and_in_plain_words(login: Any) -> None:
    session = login("support")
    open_review(session)
    page = session.page
    assert severe_violations(page) == []
    assert page.evaluate(UNREACHABLE) == []
    shown = page.inner_text("#main")
    assert not INTERNAL.findall(shown), INTERNAL.findall(shown)
    for words in (
        "Which vote",
        "Decided by (names and roles)",
        "What is asked",
        "Secretary of State told on",
        "Child's pseudonym (never the name)",
    ):
        assert words in shown, words
    # What a screen reader says for each box: the words of its label.
    for label in (
        "Named representative",
        "What the Panel asked",
        "Or due within (working days)",
        "Queries (when sent back)",
        "Reason for the delay",
        "Or someone else",
        "Terms of reference",
    ):
        assert page.get_by_label(label, exact=True).count() == 1, label
    assert not session.errors, session.errors


def test_a_vote_a_notification_and_a_text_are_saved_from_the_page(login: Any) -> None:
    session = login("support")
    open_review(session)
    page = session.page
    # A vote with its round and named representative; the tally is shown at once.
    choose(session, "rvd-vote-partner", "Police")
    choose(session, "rvd-vote-round", "First vote")
    choose(session, "rvd-vote-choice", "Yes")
    page.fill("#rvd-vote-representative", "DI Rowan Hale")
    page.fill("#rvd-vote-rationale", "Multi-agency learning")
    page.click("#rvd-vote")
    wait_text(session, "#rvd-votes-message", "Vote recorded")
    wait_text(session, "#rvd-body", "DI Rowan Hale")
    assert "Tally: 1 yes, 0 no, 0 abstain." in page.inner_text("#rvd-body")
    # The same partner again in the same round: refused in one line, nothing redrawn.
    page.click("#rvd-vote")
    wait_text(session, "#rvd-votes-message", "Not saved: the police already voted")
    # A notification to someone the list does not name (sent today, the date filled in).
    page.fill("#rvd-note-other", "The family")
    page.fill("#rvd-note-subject", "Invitation to contribute")
    page.click("#rvd-note-add")
    wait_text(session, "#rvd-body", "The family — Invitation to contribute")
    assert re.search(r"\d\d/\d\d/\d{4}: The family", page.inner_text("#rvd-body"))
    # A text saved, and filled in again when the page is opened afresh.
    page.fill("#rvd-text-methodology", "Systems approach with practitioner events")
    page.click("#rvd-texts-save")
    wait_text(session, "#rvd-texts-message", "Saved: Methodology.")
    page.goto(session.base + PAGE)
    open_review(session)
    assert page.input_value("#rvd-text-methodology") == "Systems approach with practitioner events"
    assert not session.errors, session.errors
