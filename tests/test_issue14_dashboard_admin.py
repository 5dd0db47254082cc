"""Issue 14 in the dashboard: creating a review on the Reviews page (reviews.service.add_review,
as `cspr review add`) and managing users on the Admin page (the functions of `cspr user`), on a
real SQLite database: what is stored, what the audit trail says, who is refused (the Python
functions and the Dash callbacks over HTTP), and that a new password ends the user's sessions.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from accounts import User, assigned_review_ids, authenticate, get_user
from dashboard import access
from dashboard.access import Denied
from reviews.models import AuditEntry, Review, StageTask
from tests.test_dashboard_support import (
    Demo,
    as_user,
    callback_key,
    dash_request,
    demo_fixture,
    login,
)

ADMIN_FIELDS_EMPTY = {
    "adm-new-name.value": None,
    "adm-new-display.value": None,
    "adm-new-role.value": None,
    "adm-new-agency.value": None,
    "adm-new-password.value": None,
    "adm-new-reviews.value": None,
    "adm-user.value": None,
    "adm-password.value": None,
    "adm-review.value": None,
    "adm-remove-sure.value": None,
}


demo = demo_fixture("issue14-admin")


@pytest.fixture(autouse=True)
def _configured(demo: Demo) -> None:
    access.configure(demo.context)
    access.forget_views()


def _review(demo: Demo, reference: str) -> Review | None:
    with demo.context.sessions.begin() as session:
        return session.scalar(select(Review).where(Review.reference == reference))


def _audit(demo: Demo, action: str) -> list[AuditEntry]:
    with demo.context.sessions.begin() as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.action == action)))


# ----------------------------------------------------------------------- create a review
def test_business_support_creates_a_review_with_uk_dates_and_a_linked_review(demo: Demo) -> None:
    from dashboard.pages import reviews

    with as_user(demo, "support") as support:
        created = reviews.create_review(
            support,
            reference=" CSPR-2026-07 ",
            review_type="local_cspr",
            child="Child C",
            referral="2026-03-30",
            incident="2026-03-24",
            awareness="2026-03-25",
            referring_agency="Northshire Police",
            linked="CSPR-2021-03",
        )
        assert created.reference == "CSPR-2026-07"
        rows, _ = reviews.reviews_view(None, None, None, dt.date(2026, 4, 1))
    assert "Child C" in {r["child"] for r in rows}
    with demo.context.sessions.begin() as session:
        review = session.scalar(select(Review).where(Review.reference == "CSPR-2026-07"))
        assert review is not None
        assert (review.referral_date, review.incident_date, review.awareness_date) == (
            dt.date(2026, 3, 30),
            dt.date(2026, 3, 24),
            dt.date(2026, 3, 25),
        )
        assert review.child_pseudonym == "Child C"
        assert review.referring_agency == "Northshire Police"
        assert review.linked_review is not None
        assert review.linked_review.reference == "CSPR-2021-03"
        # A local CSPR starts with the guidance's stage checklists, as on the command line.
        tasks = session.scalars(select(StageTask).where(StageTask.review_id == review.id))
        assert list(tasks)
    created_entries = [e for e in _audit(demo, "create") if e.review_reference == "CSPR-2026-07"]
    assert [(e.user, e.new_value) for e in created_entries] == [("support", "local_cspr")]


def test_the_services_rules_apply_and_are_said_in_plain_words(demo: Demo) -> None:
    from dashboard.pages import reviews

    with as_user(demo, "support") as support:
        with pytest.raises(ValueError, match="needs its referral date"):
            reviews.create_review(
                support, reference="RR-X", review_type="rapid_review", child="Child D"
            )
        with pytest.raises(ValueError, match="incident cannot be after the referral"):
            reviews.create_review(
                support,
                reference="RR-X",
                review_type="rapid_review",
                child="Child D",
                referral="2026-03-01",
                incident="2026-03-02",
            )
        with pytest.raises(ValueError, match="already exists"):
            reviews.create_review(
                support,
                reference="CSPR-2021-03",
                review_type="rapid_review",
                child="Child D",
                referral="2026-03-01",
            )
        message, _ = reviews.create_clicked(
            1, "", "rapid_review", "Child D", "2026-03-01", None, None, "", None, 0
        )
    assert message == "Not created: a review needs a reference"
    assert _review(demo, "RR-X") is None


def test_a_lead_reviewer_who_creates_a_review_is_assigned_to_it(demo: Demo) -> None:
    from dashboard.pages import reviews

    with as_user(demo, "lead"):
        message, version = reviews.create_clicked(
            1, "RR-LEAD-1", "rapid_review", "Child E", "2026-04-01", None, None, "Police", None, 3
        )
        assert message == "Review RR-LEAD-1 created (rapid review)."
        assert version == 4
        rows, _ = reviews.reviews_view(None, None, None, dt.date(2026, 4, 2))
    assert "Child E" in {r["child"] for r in rows}
    review = _review(demo, "RR-LEAD-1")
    assert review is not None
    with demo.context.sessions.begin() as session:
        assert review.id in assigned_review_ids(session, get_user(session, "lead"))


def test_roles_without_the_permission_cannot_create_a_review(demo: Demo) -> None:
    from dashboard.pages import reviews

    for username in ("panel", "admin", "police"):
        with as_user(demo, username) as user, pytest.raises(Denied):
            reviews.create_review(
                user,
                reference=f"RR-{username}",
                review_type="rapid_review",
                child="Child F",
                referral="2026-03-01",
            )
        assert _review(demo, f"RR-{username}") is None
    app = demo.app
    client = app.server.test_client()
    login(client, "panel")  # Dash fills its callback map on the first request
    key = callback_key(app, "rev-new-message.children")
    values = {
        "rev-new-go.n_clicks": 1,
        "rev-new-reference.value": "RR-HTTP",
        "rev-new-type.value": "rapid_review",
        "rev-new-child.value": "Child G",
        "rev-new-referral.date": "2026-03-02",
    }
    response = client.post("/_dash-update-component", json=dash_request(app, key, values))
    assert response.status_code == 403
    assert _review(demo, "RR-HTTP") is None
    client = app.server.test_client()
    login(client, "support")
    response = client.post("/_dash-update-component", json=dash_request(app, key, values))
    assert response.status_code == 200
    assert _review(demo, "RR-HTTP") is not None


def test_the_form_says_the_pseudonym_is_never_a_name(demo: Demo) -> None:
    from dashboard.pages import reviews

    with as_user(demo, "support"):
        page = str(reviews.layout())
    assert "never the child's name" in page
    assert "rev-new-go" in page
    with as_user(demo, "panel"):
        assert "rev-new-go" not in str(reviews.layout())


# -------------------------------------------------------------------------- manage users
def _change(trigger: str, **values: object) -> str:
    from dashboard.pages import admin

    return admin.change_users(trigger, ADMIN_FIELDS_EMPTY | values)


def test_admin_adds_a_user_assigned_to_a_review_who_can_then_log_in(demo: Demo) -> None:
    with as_user(demo, "admin"):
        message = _change(
            "adm-add",
            **{
                "adm-new-name.value": "Police2",
                "adm-new-display.value": "DC Second",
                "adm-new-role.value": "agency_uploader",
                "adm-new-agency.value": "Northshire Police",
                "adm-new-password.value": "a long first password",
                "adm-new-reviews.value": ["CSPR-2021-03"],
            },
        )
    assert message == "Added police2 (agency uploader, assigned to CSPR-2021-03)."
    with demo.context.sessions.begin() as session:
        user = get_user(session, "police2")
        assert (user.role, user.agency, user.display_name) == (
            "agency_uploader",
            "Northshire Police",
            "DC Second",
        )
        assert user.password_hash != "a long first password"  # stored as a hash
        assert authenticate(session, "police2", "a long first password") is not None
        review = session.scalar(select(Review).where(Review.reference == "CSPR-2021-03"))
        assert review is not None and assigned_review_ids(session, user) == {review.id}
    client = demo.app.server.test_client()
    assert login(client, "police2", "a long first password").status_code == 302
    assert client.get("/_dash-layout").status_code == 200
    creates = [e for e in _audit(demo, "create") if e.entity == "User"]
    assert ("admin", "agency_uploader") in {(e.user, e.new_value) for e in creates}
    assert any(e.user == "admin" and e.new_value == "police2" for e in _audit(demo, "assign"))


def test_the_rules_of_cspr_user_apply(demo: Demo) -> None:
    with as_user(demo, "admin"):
        with pytest.raises(ValueError, match="at least 10 characters"):
            _change(
                "adm-add",
                **{
                    "adm-new-name.value": "shorty",
                    "adm-new-role.value": "panel_member",
                    "adm-new-password.value": "short",
                },
            )
        with pytest.raises(ValueError, match="The agency is needed for an agency uploader"):
            _change(
                "adm-add",
                **{
                    "adm-new-name.value": "noagency",
                    "adm-new-role.value": "agency_uploader",
                    "adm-new-password.value": "a long enough password",
                },
            )
        with pytest.raises(ValueError, match="already exists"):
            _change(
                "adm-add",
                **{
                    "adm-new-name.value": "lead",
                    "adm-new-role.value": "lead_reviewer",
                    "adm-new-password.value": "a long enough password",
                },
            )
    with demo.context.sessions.begin() as session:
        names = set(session.scalars(select(User.username)))
    assert not {"shorty", "noagency"} & names


def test_a_new_password_ends_the_users_sessions(demo: Demo) -> None:
    with as_user(demo, "admin"):
        _change(
            "adm-add",
            **{
                "adm-new-name.value": "member2",
                "adm-new-role.value": "panel_member",
                "adm-new-password.value": "the first password",
            },
        )
    client = demo.app.server.test_client()
    login(client, "member2", "the first password")
    assert client.get("/_dash-layout").status_code == 200
    with as_user(demo, "admin"):
        message = _change(
            "adm-set-password",
            **{"adm-user.value": "member2", "adm-password.value": "the second password"},
        )
        with pytest.raises(ValueError, match="at least 10"):
            _change("adm-set-password", **{"adm-user.value": "member2", "adm-password.value": "x"})
    assert message == "Password changed for member2; their sessions have ended."
    assert client.get("/_dash-layout").status_code == 401
    with demo.context.sessions.begin() as session:
        assert authenticate(session, "member2", "the first password") is None
        assert authenticate(session, "member2", "the second password") is not None
    changed = [e for e in _audit(demo, "update") if e.field == "password"]
    assert [e.user for e in changed] == ["admin"]


def test_assign_and_remove(demo: Demo) -> None:
    with as_user(demo, "admin"):
        _change(
            "adm-add",
            **{
                "adm-new-name.value": "member3",
                "adm-new-role.value": "panel_member",
                "adm-new-password.value": "member three password",
            },
        )
        assert (
            _change("adm-assign", **{"adm-user.value": "member3", "adm-review.value": "RR-DEMO-01"})
            == "member3 assigned to RR-DEMO-01."
        )
        with pytest.raises(ValueError, match="tick"):
            _change("adm-remove", **{"adm-user.value": "member3"})
        with pytest.raises(Denied, match="your own account"):
            _change("adm-remove", **{"adm-user.value": "admin", "adm-remove-sure.value": ["yes"]})
        assert (
            _change("adm-remove", **{"adm-user.value": "member3", "adm-remove-sure.value": ["yes"]})
            == "Removed member3."
        )
    with demo.context.sessions.begin() as session:
        names = set(session.scalars(select(User.username)))
    assert "member3" not in names and "admin" in names
    deleted = [e for e in _audit(demo, "delete") if e.old_value == "member3"]
    assert [e.user for e in deleted] == ["admin"]


def test_take_a_user_off_a_review(demo: Demo) -> None:
    """The assignment goes (the user no longer opens the review) and the audit trail says who
    took whom off which review; taking off a user who is not assigned says so."""
    from accounts import assigned_review_ids, get_user

    review = {"adm-user.value": "member4", "adm-review.value": "RR-DEMO-01"}
    with as_user(demo, "admin"):
        _change(
            "adm-add",
            **{
                "adm-new-name.value": "member4",
                "adm-new-role.value": "panel_member",
                "adm-new-password.value": "member four password",
                "adm-new-reviews.value": ["RR-DEMO-01"],
            },
        )
        assert _change("adm-unassign", **review) == "member4 taken off RR-DEMO-01."
        with pytest.raises(ValueError, match="member4 is not assigned to RR-DEMO-01"):
            _change("adm-unassign", **review)
    with demo.context.sessions.begin() as session:
        assert assigned_review_ids(session, get_user(session, "member4")) == set()
    taken = [e for e in _audit(demo, "unassign") if e.old_value == "member4"]
    assert [(e.user, e.review_reference) for e in taken] == [("admin", "RR-DEMO-01")]


def test_only_administrators_manage_users(demo: Demo) -> None:
    for username in ("lead", "support", "panel", "police"):
        with as_user(demo, username), pytest.raises(Denied):
            _change(
                "adm-add",
                **{
                    "adm-new-name.value": f"by-{username}",
                    "adm-new-role.value": "admin",
                    "adm-new-password.value": "a long enough password",
                },
            )
    app = demo.app
    client = app.server.test_client()
    login(client, "lead")  # Dash fills its callback map on the first request
    key = callback_key(app, "adm-message.children")
    values = {
        "adm-add.n_clicks": 1,
        "adm-new-name.value": "sneaky",
        "adm-new-role.value": "admin",
        "adm-new-password.value": "a long enough password",
    }
    response = client.post("/_dash-update-component", json=dash_request(app, key, values))
    assert response.status_code == 403
    with demo.context.sessions.begin() as session:
        names = set(session.scalars(select(User.username)))
    assert "sneaky" not in names and not {n for n in names if n.startswith("by-")}
    client = app.server.test_client()
    login(client, "admin")
    response = client.post("/_dash-update-component", json=dash_request(app, key, values))
    assert response.status_code == 200
    assert "Added sneaky" in response.get_data(as_text=True)


def test_the_admin_page_has_no_command_line_words(demo: Demo) -> None:
    from dashboard.pages import admin

    with as_user(demo, "admin"):
        page = str(admin.layout())
    assert "cspr user" not in page and "adm-add" in page
