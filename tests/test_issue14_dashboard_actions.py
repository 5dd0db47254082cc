"""Issue 14, actions and learning in the dashboard: "an agency user updates its own actions
with evidence" and the open actions across all reviews for the partnership's subgroup.

The Actions page goes through `accounts.action_rights.update_action_as`, the same rule as
`cspr review action-update`: the demo's police uploader sees and updates only Police's actions
of the review it is assigned to, needs evidence to say one is complete and never signs one off;
a panel member gets nothing; business support downloads every review's open actions."""

from __future__ import annotations

import base64
import datetime as dt
import io
import json
from collections.abc import Iterator
from typing import Any

import openpyxl
import pytest
from plotly.utils import PlotlyJSONEncoder

from dashboard import access
from dashboard.access import set_presentation_mode
from reviews import service
from reviews.models import Action, Review
from tests.test_dashboard_support import Demo, as_user, dash_request, login, start_demo

D = dt.date
DEMO_REVIEW = 1  # the police uploader, the lead and the panel member are assigned to it


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    found = start_demo(tmp_path_factory.mktemp("issue14-actions"))
    with found.context.sessions.begin() as session:
        review = session.get(Review, DEMO_REVIEW)
        assert review is not None
        rec = service.add_recommendation(session, review, "Share DASH outcomes with the GP", "t")
        for owner, text in (
            ("Northshire Police", "Audit DASH sharing"),
            ("ICB", "Train GPs on DASH"),
            ("Police", "Brief response officers"),
        ):
            service.add_action(session, rec, owner, text, D(2030, 6, 28), "t")
        other = service.add_review(session, reference="SAR-ACT", review_type="sar", user="t")
        rec2 = service.add_recommendation(session, other, "Elsewhere", "t")
        service.add_action(session, rec2, "Police", "Police action of another review", None, "t")
    yield found
    found.close()


@pytest.fixture(autouse=True)
def _configured(demo: Demo) -> None:
    access.configure(demo.context)


def page() -> Any:
    from dashboard.pages import actions

    return actions


def action_id(demo: Demo, text: str) -> int:
    with demo.context.sessions() as session:
        found = [a for a in session.query(Action).all() if a.action == text]
        assert len(found) == 1
        return found[0].id


def stored(demo: Demo, text: str) -> tuple[str, str]:
    with demo.context.sessions() as session:
        entry = session.get(Action, action_id(demo, text))
        assert entry is not None
        return entry.status, entry.evidence


def shown(username: str, demo: Demo) -> tuple[str, list[str]]:
    with as_user(demo, username):
        table, options = page().show_actions(0, ["open"])
    return json.dumps(table, cls=PlotlyJSONEncoder), [o["label"] for o in options]


def test_an_agency_sees_only_its_own_actions_of_its_reviews(demo: Demo) -> None:
    text, options = shown("police", demo)
    assert "Audit DASH sharing" in text and "Brief response officers" in text
    assert "Train GPs on DASH" not in text  # the ICB's
    assert "Police action of another review" not in text  # a review it is not assigned to
    assert len(options) == 2
    everything, all_options = shown("support", demo)
    assert "Train GPs on DASH" in everything and "Police action of another review" in everything
    assert len(all_options) == 4


def test_an_agency_reports_progress_with_evidence(demo: Demo) -> None:
    audit = action_id(demo, "Audit DASH sharing")
    with as_user(demo, "police"):
        refused, _ = page().on_save(1, audit, "complete", "", 3)
    assert refused == "Not saved: say what shows the action is complete (the evidence)"
    assert stored(demo, "Audit DASH sharing") == ("open", "")
    with as_user(demo, "police"):
        message, version = page().on_save(1, audit, "in_progress", "  Audit started  ", 2)
    assert (message, version) == (f"Action {audit}: In progress.", 3)
    assert stored(demo, "Audit DASH sharing") == ("in_progress", "Audit started")
    with as_user(demo, "police"):
        message, _ = page().on_save(1, audit, "complete", "Audit report v1", 3)
    assert message == f"Action {audit}: Complete, awaiting sign-off."
    assert stored(demo, "Audit DASH sharing") == ("complete", "Audit report v1")


def test_an_agency_cannot_touch_another_agency_s_action_or_sign_one_off(demo: Demo) -> None:
    icb = action_id(demo, "Train GPs on DASH")
    brief = action_id(demo, "Brief response officers")
    elsewhere = action_id(demo, "Police action of another review")
    with as_user(demo, "police"):
        other, _ = page().on_save(1, icb, "in_progress", "x", 0)
        sign, _ = page().on_save(1, brief, "signed_off", "x", 0)
        unassigned, _ = page().on_save(1, elsewhere, "in_progress", "x", 0)
        nothing, _ = page().on_save(1, brief, None, "", 0)
    assert other.startswith(f"Not saved: action {icb} is owned by ICB")
    assert sign == "Not saved: 'signed_off' is not a status this page sets"
    assert unassigned == "Not saved: police is not assigned to review SAR-ACT"
    assert nothing == "Not saved: choose a status or write the evidence"
    assert stored(demo, "Train GPs on DASH") == ("open", "")
    assert stored(demo, "Brief response officers") == ("open", "")
    assert stored(demo, "Police action of another review") == ("open", "")


def test_nothing_is_changed_in_presentation_mode(demo: Demo) -> None:
    brief = action_id(demo, "Brief response officers")
    with as_user(demo, "lead"):
        set_presentation_mode(True)
        message, _ = page().on_save(1, brief, "in_progress", "named text", 0)
        assert page().download_open_actions(1) is page().no_update
    assert message == "Not saved: turn presentation mode off to report progress"
    assert stored(demo, "Brief response officers") == ("open", "")


def _call(demo: Demo, username: str, function: str, values: dict[str, Any]) -> Any:
    client = demo.app.server.test_client()
    assert login(client, username).status_code == 302
    key = next(
        k
        for k, spec in demo.app.callback_map.items()
        if getattr(spec.get("callback"), "__name__", "") == function
    )
    return client.post("/_dash-update-component", json=dash_request(demo.app, key, values))


def test_a_panel_member_gets_nothing_over_http(demo: Demo) -> None:
    brief = action_id(demo, "Brief response officers")
    listing = _call(demo, "panel", "show_actions", {"act-open-only.value": ["open"]})
    assert listing.status_code == 403 and "Brief" not in listing.get_data(as_text=True)
    save = _call(
        demo, "panel", "on_save", {"act-choose.value": brief, "act-status.value": "in_progress"}
    )
    assert save.status_code == 403
    assert _call(demo, "police", "download_open_actions", {}).status_code == 403
    assert stored(demo, "Brief response officers") == ("open", "")


def test_business_support_downloads_every_review_s_open_actions(demo: Demo) -> None:
    with as_user(demo, "support"):
        sent = page().download_open_actions(1)
    assert sent["filename"].startswith("open_actions_") and sent["filename"].endswith(".xlsx")
    book = openpyxl.load_workbook(io.BytesIO(base64.b64decode(sent["content"])))
    rows = list(book["Actions"].iter_rows(min_row=2, values_only=True))
    texts = sorted(str(r[5]) for r in rows)
    assert "Police action of another review" in texts and "Train GPs on DASH" in texts
    assert book["Actions"]["H2"].is_date  # due dates are date cells
