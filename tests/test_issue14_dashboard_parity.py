"""Issue 14, dashboard parity for business support: the review page's forms do what
`cspr review ...` does for one review (votes by round and representative, the tally, the split
route, reconsideration, publication, agency requests, notifications, delays, the review's
texts), each through `reviews.service` and read back from the database; and a user without
`reviews.edit` (a panel member, an agency uploader) gets nothing from any of these callbacks.

The handlers are plain functions (`(session, user, review, values) -> message`), called here as
the callbacks call them; the permission tests go through Flask's test client as a browser
would."""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

import pytest
from plotly.utils import PlotlyJSONEncoder
from sqlalchemy import func, select

from dashboard import access
from dashboard.access import set_presentation_mode
from reviews import service
from reviews.models import AgencyRequest, Delay, Notification, Review, Vote
from tests.test_dashboard_support import Demo, as_user, dash_request, demo_fixture, login

D = dt.date
USER = "support"


demo = demo_fixture("issue14-parity")


@pytest.fixture(autouse=True)
def _configured(demo: Demo) -> None:
    access.configure(demo.context)


def pages() -> Any:
    from dashboard.pages import (
        review,
        review_notices,
        review_requests,
        review_texts,
        review_votes,
    )

    return review, review_votes, review_requests, review_notices, review_texts


def new_review(demo: Demo, reference: str, met: bool = True) -> int:
    """A rapid review referred Fri 03/05/2024 whose quorate meeting was on Wed 15/05/2024."""
    with demo.context.sessions.begin() as session:
        review = service.add_review(
            session,
            reference=reference,
            review_type="rapid_review",
            user="test",
            referral_date=D(2024, 5, 3),
        )
        if met:
            service.update_review(session, review, {"meeting_date": D(2024, 5, 15)}, "test")
            for name, org, partner in (
                ("A", "Northshire Council", "local_authority"),
                ("B", "Northshire Police", "police"),
                ("C", "Northshire ICB", "icb"),
            ):
                service.add_attendee(session, review, name, org, partner, "test")
        return review.id


def change(demo: Demo, review_id: int, button: str, **values: Any) -> str | None:
    """Press `button` on the review page with `values` (dates as the picker sends them)."""
    review_page = pages()[0]
    with demo.context.sessions.begin() as session:
        review = session.get(Review, review_id)
        assert review is not None
        return review_page.apply_change(session, USER, review, button, values)  # type: ignore[no-any-return]


def read(demo: Demo, review_id: int) -> Review:
    """The review as stored (a fresh session: nothing cached from the change)."""
    with demo.context.sessions() as session:
        review = session.get(Review, review_id)
        assert review is not None
        for rows in (
            review.votes,
            review.requests,
            review.delays,
            review.notifications,
            review.agency_returns,
        ):
            list(rows)  # loaded before the session closes
        return review


def as_json(components: Any) -> str:
    """Components as the browser receives them (their words unescaped)."""
    return json.dumps(components, cls=PlotlyJSONEncoder, ensure_ascii=False)


def body_text(demo: Demo, review_id: int, today: dt.date) -> str:
    review_page = pages()[0]
    with demo.context.sessions() as session:
        review = session.get(Review, review_id)
        return as_json(review_page.review_body(review, today, True))


def vote(demo: Demo, review_id: int, round_: str, partner: str, choice: str) -> str | None:
    return change(
        demo,
        review_id,
        "rvd-vote",
        vote_partner=partner,
        vote_round=round_,
        vote_choice=choice,
        vote_representative=f"Rep of {partner}",
        vote_rationale=f"{partner} reasons",
    )


# ------------------------------------------------------------------------ votes and decision


def test_two_rounds_of_votes_by_named_representatives_decide_an_alternative_review(
    demo: Demo,
) -> None:
    # "each of the three statutory partners ... will get a single vote, to decide whether to
    # undertake a Child Safeguarding Practice Review. If the decision is not to proceed with a
    # formal Child Safeguarding Practice Review, they will vote on whether an alternative form
    # of learning review is appropriate."
    rid = new_review(demo, "RR-PAR-VOTES")
    assert "1 yes, 0 no, 0 abstain" in (vote(demo, rid, "cspr", "local_authority", "yes") or "")
    vote(demo, rid, "cspr", "police", "no")
    vote(demo, rid, "cspr", "icb", "no")
    # The first vote says no: the decision waits for the second.
    with pytest.raises(service.ReviewError, match="each partner now votes"):
        change(demo, rid, "rvd-decide", decision_date="2024-05-15")
    vote(demo, rid, "alternative", "local_authority", "yes")
    vote(demo, rid, "alternative", "police", "yes")
    vote(demo, rid, "alternative", "icb", "abstain")
    message = change(demo, rid, "rvd-decide", decision_date="2024-05-16T00:00:00")
    assert message == "Decision recorded: An alternative learning review."
    stored = read(demo, rid)
    assert stored.decision == "alternative_learning_review"
    assert stored.decision_date == D(2024, 5, 16)
    assert {
        (v.round, v.partner, v.representative, v.choice, v.rationale) for v in stored.votes
    } == {
        ("cspr", "local_authority", "Rep of local_authority", "yes", "local_authority reasons"),
        ("cspr", "police", "Rep of police", "no", "police reasons"),
        ("cspr", "icb", "Rep of icb", "no", "icb reasons"),
        (
            "alternative",
            "local_authority",
            "Rep of local_authority",
            "yes",
            "local_authority reasons",
        ),
        ("alternative", "police", "Rep of police", "yes", "police reasons"),
        ("alternative", "icb", "Rep of icb", "abstain", "icb reasons"),
    }
    body = body_text(demo, rid, D(2024, 5, 20))
    assert "Tally: 1 yes, 2 no, 0 abstain. Decided: no" in body
    assert "Tally: 2 yes, 0 no, 1 abstain. Decided: yes" in body
    assert "Rep of police" in body and "Second vote: whether an alternative" in body


def test_a_second_vote_for_the_same_partner_and_round_is_refused_in_one_line(demo: Demo) -> None:
    rid = new_review(demo, "RR-PAR-TWICE")
    vote(demo, rid, "cspr", "police", "yes")
    with pytest.raises(service.ReviewError, match="the police already voted"):
        vote(demo, rid, "cspr", "police", "no")
    with pytest.raises(service.ReviewError, match="choose which vote"):
        change(demo, rid, "rvd-vote", vote_partner="icb", vote_choice="yes")
    assert [v.choice for v in read(demo, rid).votes] == ["yes"]


def test_a_split_is_escalated_then_decided_reconsidered_and_not_published(demo: Demo) -> None:
    rid = new_review(demo, "RR-PAR-SPLIT")
    vote(demo, rid, "cspr", "local_authority", "yes")
    vote(demo, rid, "cspr", "police", "no")
    vote(demo, rid, "cspr", "icb", "abstain")  # 1 yes, 1 no, 1 abstain: nobody has two
    message = change(demo, rid, "rvd-decide", decision_date="2024-05-15")
    assert message is not None and message.startswith("The votes cannot decide: escalated to")
    stored = read(demo, rid)
    assert stored.escalated_on == D(2024, 5, 15) and stored.decision is None
    assert "Decision: awaiting the leads" in body_text(demo, rid, D(2024, 5, 20))
    with pytest.raises(service.ReviewError, match="who made the escalated decision"):
        change(demo, rid, "rvd-escalated", esc_decision="cspr", esc_date="2024-05-17", esc_by="")
    change(
        demo,
        rid,
        "rvd-escalated",
        esc_decision="cspr",
        esc_date="2024-05-17",
        esc_by="J Smith, DCS",
        esc_rationale="Systemic learning",
    )
    stored = read(demo, rid)
    assert (stored.decision, stored.decision_date) == ("cspr", D(2024, 5, 17))
    assert stored.decided_by.endswith(": J Smith, DCS")
    assert stored.decision_rationale == "Systemic learning"
    assert stored.review_type == "local_cspr"  # a CSPR decided: the local review starts
    change(
        demo,
        rid,
        "rvd-recon-ask",
        recon_asked_on="2024-05-24",
        recon_reason="Consider an alternative review",
    )
    assert read(demo, rid).reconsideration_requested_on == D(2024, 5, 24)
    message = change(
        demo,
        rid,
        "rvd-recon-outcome",
        recon_on="2024-05-31",
        recon_decision="cspr",
        recon_rationale="The learning needs a full review",
    )
    assert message == (
        "Reconsideration recorded: decision kept (A local Child Safeguarding Practice Review)."
    )
    stored = read(demo, rid)
    assert stored.reconsidered_on == D(2024, 5, 31)
    assert stored.decision_rationale == "The learning needs a full review"
    # "unless they consider it inappropriate to do so": not publishing needs its reasons.
    with pytest.raises(service.ReviewError, match="needs its reasons"):
        change(demo, rid, "rvd-publication", pub_decision="not_publish", pub_reasons=" ")
    change(
        demo,
        rid,
        "rvd-publication",
        pub_planned="2024-11-01",
        pub_decision="not_publish",
        pub_reasons="Siblings would be identified",
    )
    stored = read(demo, rid)
    assert stored.planned_publication_on == D(2024, 11, 1)
    assert stored.publication_decision == "not_publish"
    assert stored.not_publishing_reasons == "Siblings would be identified"
    body = body_text(demo, rid, D(2024, 6, 3))
    assert "Planned publication: 01/11/2024." in body
    assert "not to be published. Reasons: Siblings would be identified" in body
    assert "reconsidered on 31/05/2024" in body


# ------------------------------------------------------------------------ agency requests


def request_row(demo: Demo, rid: int, kind: str) -> AgencyRequest:
    return next(r for r in read(demo, rid).requests if r.kind == kind)


def test_agency_requests_are_asked_returned_sent_back_and_accepted(demo: Demo) -> None:
    rid = new_review(demo, "RR-PAR-REQ", met=False)
    # The scoping form without a due date: 5 working days after Mon 13/05/2024 -> Mon 20/05.
    message = change(
        demo, rid, "rvd-req-add", req_agency="Police", req_kind="scoping_form", req_on="2024-05-13"
    )
    assert message == "Initial scoping form from Police: asked 13/05/2024, due Mon 20/05/2024."
    # The chronology within 10 working days of Mon 13/05/2024: Tue 28/05 (27/05 bank holiday).
    change(
        demo,
        rid,
        "rvd-req-add",
        req_agency="Police",
        req_kind="chronology",
        req_on="2024-05-13",
        req_within=10,
    )
    assert request_row(demo, rid, "chronology").due_on == D(2024, 5, 28)
    with pytest.raises(service.ReviewError, match="a further request needs what is asked"):
        change(
            demo, rid, "rvd-req-add", req_agency="Health", req_kind="further", req_on="2024-05-13"
        )
    with pytest.raises(service.ReviewError, match="not both"):
        change(
            demo,
            rid,
            "rvd-req-add",
            req_agency="Health",
            req_kind="imr",
            req_on="2024-05-13",
            req_due="2024-06-01",
            req_within=3,
        )
    chronology = request_row(demo, rid, "chronology").id
    with pytest.raises(service.ReviewError, match="only a returned item can be accepted"):
        change(
            demo,
            rid,
            "rvd-req-update",
            req_pick=chronology,
            req_step="accepted",
            req_step_on="2024-05-20",
        )
    change(
        demo,
        rid,
        "rvd-req-update",
        req_pick=chronology,
        req_step="returned",
        req_step_on="2024-05-29",
    )
    entry = request_row(demo, rid, "chronology")
    assert (entry.status, entry.returned_on) == ("returned", D(2024, 5, 29))
    message = change(
        demo,
        rid,
        "rvd-req-update",
        req_pick=chronology,
        req_step="sent_back",
        req_step_on="2024-05-30",
        req_queries="Rows 4 and 9 have no date",
        req_new_within=5,
    )
    assert message == (
        "Chronology from Police: sent back with queries, due again Thu 06/06/2024."
    )  # Thu 30/05 + 5 working days
    entry = request_row(demo, rid, "chronology")
    assert (entry.status, entry.queries, entry.due_on) == (
        "sent_back",
        "Rows 4 and 9 have no date",
        D(2024, 6, 6),
    )
    # As at Fri 07/06/2024 the answer to the queries is a day late: the table says Overdue.
    body = body_text(demo, rid, D(2024, 6, 7))
    assert "Sent back with queries" in body and "Overdue" in body
    assert "Rows 4 and 9 have no date" in body
    change(
        demo,
        rid,
        "rvd-req-update",
        req_pick=chronology,
        req_step="returned",
        req_step_on="2024-06-05",
    )
    change(
        demo,
        rid,
        "rvd-req-update",
        req_pick=chronology,
        req_step="accepted",
        req_step_on="2024-06-06",
    )
    entry = request_row(demo, rid, "chronology")
    assert (entry.status, entry.accepted_on) == ("accepted", D(2024, 6, 6))
    scoping = request_row(demo, rid, "scoping_form").id
    change(
        demo, rid, "rvd-req-update", req_pick=scoping, req_step="returned", req_step_on="2024-05-17"
    )
    stored = read(demo, rid)
    assert [(r.agency, r.returned_on) for r in stored.agency_returns] == [
        ("Police", D(2024, 5, 17))
    ]
    body = body_text(demo, rid, D(2024, 6, 7))
    assert "Done on time" in body and "Accepted" in body


def test_a_scoping_return_without_a_request(demo: Demo) -> None:
    rid = new_review(demo, "RR-PAR-RET", met=False)
    assert change(demo, rid, "rvd-ret-save", ret_agency="Education") == (
        "Education: scoping form awaited."
    )
    change(demo, rid, "rvd-ret-save", ret_agency="Education", ret_on="2024-05-10")
    stored = read(demo, rid)
    assert [(r.agency, r.returned_on) for r in stored.agency_returns] == [
        ("Education", D(2024, 5, 10))
    ]
    assert "Education: returned 10/05/2024" in body_text(demo, rid, D(2024, 5, 20))


# ------------------------------------------------------------------ notifications and delays


def test_notifications_and_delays_are_logged_with_who_was_told(demo: Demo) -> None:
    rid = new_review(demo, "RR-PAR-NOTE", met=False)
    _, _, _, notices, _ = pages()
    assert {"National Panel", "Ofsted", "DfE", "Secretary of State"} <= set(notices.recipients())
    change(
        demo,
        rid,
        "rvd-note-add",
        note_to="Ofsted",
        note_subject="Serious incident notification",
        note_on="2024-05-07",
    )
    change(
        demo,
        rid,
        "rvd-note-add",
        note_to="Ofsted",
        note_other="The family",
        note_subject="Invitation to contribute",
        note_on="2024-05-08",
    )
    with pytest.raises(service.ReviewError, match="subject"):
        change(demo, rid, "rvd-note-add", note_to="DfE", note_on="2024-05-08")
    stored = read(demo, rid)
    assert [(n.sent_on, n.recipient, n.subject) for n in stored.notifications] == [
        (D(2024, 5, 7), "Ofsted", "Serious incident notification"),
        (D(2024, 5, 8), "The family", "Invitation to contribute"),
    ]
    # A delay: the National Panel and the Secretary of State are each told, with the reason.
    with pytest.raises(service.ReviewError, match="a delay needs its reason"):
        change(demo, rid, "rvd-delay-add", delay_reason="  ")
    message = change(
        demo, rid, "rvd-delay-add", delay_reason="Criminal trial", delay_panel="2024-09-02"
    )
    assert message is not None and message.endswith(
        "Still to tell, with the reason: the Secretary of State."
    )
    delay_id = read(demo, rid).delays[0].id
    message = change(demo, rid, "rvd-delay-update", delay_pick=delay_id, delay_upd_sos="2024-09-03")
    assert message == f"Delay {delay_id} updated."
    stored = read(demo, rid).delays[0]
    assert (stored.reason, stored.panel_told_on, stored.secretary_of_state_told_on) == (
        "Criminal trial",
        D(2024, 9, 2),
        D(2024, 9, 3),
    )
    body = body_text(demo, rid, D(2024, 9, 4))
    assert "07/05/2024: Ofsted — Serious incident notification" in body
    assert "National Panel told 02/09/2024; Secretary of State told 03/09/2024" in body


# ------------------------------------------------------------------------ the review's texts


def test_every_text_field_is_shown_filled_in_and_saved(demo: Demo) -> None:
    rid = new_review(demo, "RR-PAR-TEXT", met=False)
    _, _, _, _, texts = pages()
    assert set(texts.TEXT_LABELS) == set(service.TEXT_FIELDS)  # every field has its words
    change(demo, rid, "rvd-texts-save", texts={"methodology": "Systems approach  "})
    with as_user(demo, USER):
        filled = dict(zip(service.TEXT_FIELDS, texts.fill_texts(rid), strict=False))
    assert filled["methodology"] == "Systems approach"
    assert filled["child_pseudonym"] == "Child A"
    message = change(
        demo,
        rid,
        "rvd-texts-save",
        texts=filled | {"terms_of_reference": "Scope 2022 to 2024", "lead_reviewer": "R. Lead"},
    )
    assert message == "Saved: Lead reviewer, Terms of reference."
    stored = read(demo, rid)
    assert (stored.terms_of_reference, stored.lead_reviewer, stored.methodology) == (
        "Scope 2022 to 2024",
        "R. Lead",
        "Systems approach",
    )
    assert change(demo, rid, "rvd-texts-save", texts=filled) != "No text changed."
    assert change(demo, rid, "rvd-texts-save", texts={}) == "No text changed."


def test_texts_are_neither_shown_nor_saved_in_presentation_mode(demo: Demo) -> None:
    rid = new_review(demo, "RR-PAR-PRES", met=False)
    _, _, _, _, texts = pages()
    with as_user(demo, USER):
        set_presentation_mode(True)
        shown = texts.fill_texts(rid)
        message, _version = texts.change_texts(
            1, *(["Named text"] * len(service.TEXT_FIELDS)), rid, 0
        )
    assert shown[:-1] == (None,) * len(service.TEXT_FIELDS)
    assert message.startswith("Not saved: turn presentation mode off")
    assert read(demo, rid).methodology == ""


# ------------------------------------------------------------------------------ permissions


def click(demo: Demo, client: Any, function: str, button: str, values: dict[str, Any]) -> Any:
    """POST the callback `function` as the browser does when `button` is pressed."""
    key = next(
        k
        for k, spec in demo.app.callback_map.items()
        if getattr(spec.get("callback"), "__name__", "") == function
    )
    body = dash_request(demo.app, key, values)
    outputs = body["outputs"] if isinstance(body["outputs"], list) else [body["outputs"]]
    for output in outputs:
        output["property"] = output["property"].split("@")[0]
    if button:
        body["inputs"] = [{**i, "value": 1} if i["id"] == button else i for i in body["inputs"]]
        body["changedPropIds"] = [f"{button}.n_clicks"]
    return client.post("/_dash-update-component", json=body)


def counts(demo: Demo) -> tuple[int, ...]:
    with demo.context.sessions() as session:
        return tuple(
            session.scalar(select(func.count()).select_from(model)) or 0
            for model in (Vote, AgencyRequest, Notification, Delay)
        )


FORMS = (
    (
        "change_votes",
        "rvd-vote",
        {
            "rvd-vote-partner.value": "police",
            "rvd-vote-round.value": "cspr",
            "rvd-vote-choice.value": "yes",
            "rvd-vote-representative.value": "Rep",
        },
    ),
    (
        "change_requests",
        "rvd-req-add",
        {
            "rvd-req-agency.value": "Police",
            "rvd-req-kind.value": "chronology",
            "rvd-req-on.date": "2024-05-13",
        },
    ),
    (
        "change_notices",
        "rvd-note-add",
        {
            "rvd-note-to.value": "Ofsted",
            "rvd-note-subject.value": "Notification",
            "rvd-note-on.date": "2024-05-13",
        },
    ),
    (
        "change_texts",
        "rvd-texts-save",
        {"rvd-text-methodology.value": "Changed by the test"},
    ),
)


@pytest.mark.parametrize("username", ["panel", "police"])
def test_users_without_edit_permission_get_nothing(demo: Demo, username: str) -> None:
    """A panel member (may view, not edit) and an agency uploader: every form and every list
    of choices answers 403, and nothing is written."""
    rid = 1  # the demo's review both are assigned to
    client = demo.app.server.test_client()
    assert login(client, username).status_code == 302
    before = counts(demo)
    for function, button, values in FORMS:
        result = click(
            demo, client, function, button, values | {"rvd-id.data": rid, "rvd-version.data": 0}
        )
        assert result.status_code == 403, (function, result.status_code)
    for function in ("fill_texts", "request_choices", "delay_choices"):
        result = click(demo, client, function, "", {"rvd-id.data": rid, "rvd-version.data": 0})
        assert result.status_code == 403, function
        assert "Child" not in result.get_data(as_text=True)
    assert counts(demo) == before
    assert read(demo, rid).methodology == ""


def test_business_support_saves_through_the_same_callbacks(demo: Demo) -> None:
    rid = new_review(demo, "RR-PAR-HTTP")
    client = demo.app.server.test_client()
    assert login(client, USER).status_code == 302
    for function, button, values in FORMS:
        result = click(
            demo, client, function, button, values | {"rvd-id.data": rid, "rvd-version.data": 3}
        )
        assert result.status_code == 200, result.get_data(as_text=True)[:300]
        response = json.loads(result.get_data(as_text=True))["response"]
        assert response["rvd-version"]["data"] == 4, (function, response)
    stored = read(demo, rid)
    assert [(v.partner, v.representative, v.choice) for v in stored.votes] == [
        ("police", "Rep", "yes")
    ]
    assert [(r.agency, r.kind) for r in stored.requests] == [("Police", "chronology")]
    assert [n.recipient for n in stored.notifications] == ["Ofsted"]
    assert stored.methodology == "Changed by the test"
    # A mistake comes back as one line and the page is not redrawn.
    result = click(
        demo,
        client,
        "change_votes",
        "rvd-vote",
        FORMS[0][2] | {"rvd-id.data": rid, "rvd-version.data": 4},
    )
    response = json.loads(result.get_data(as_text=True))["response"]
    assert response["rvd-votes-message"]["children"].startswith(
        "Not saved: the police already voted"
    )
    assert "rvd-version" not in response


def test_the_page_shows_no_internal_names(demo: Demo) -> None:
    """Plain words on screen: no value such as `local_cspr` or `sent_back` appears."""
    import re

    rid = new_review(demo, "RR-PAR-WORDS")
    change(
        demo,
        rid,
        "rvd-vote",
        vote_partner="local_authority",
        vote_round="cspr",
        vote_choice="no_further_review",
        vote_representative="A Rep",
    )
    change(
        demo, rid, "rvd-req-add", req_agency="Police", req_kind="scoping_form", req_on="2024-05-13"
    )
    change(demo, rid, "rvd-delay-add", delay_reason="Trial")
    review_page, votes, requests, notices, texts = pages()
    with demo.context.sessions() as session:
        review = session.get(Review, rid)
        assert review is not None
        shown = as_json(review_page.review_body(review, D(2024, 5, 20), True))
        forms = as_json([x for m in (votes, requests, notices, texts) for x in m.layout()])
    words = " ".join(re.findall(r'"children": "([^"]*)"', shown + forms))
    words += " ".join(re.findall(r'"label": "([^"]*)"', shown + forms))
    assert not re.findall(r"\b[a-z]+(?:_[a-z0-9]+)+\b", words)
    assert "Ballot for both votes: no further review" in forms


def test_the_new_sections_are_anonymised_for_a_panel_member(demo: Demo) -> None:
    """Free text in requests, delays, notifications and the decision's route reaches a panel
    member's screen anonymised, and representatives are not named."""
    rid = 1  # the demo's review, whose family register knows Kayden
    change(
        demo,
        rid,
        "rvd-req-add",
        req_agency="Education",
        req_kind="further",
        req_what="Kayden's attendance record",
        req_on="2021-04-01",
    )
    change(demo, rid, "rvd-delay-add", delay_reason="Kayden's mother is a witness at trial")
    change(
        demo,
        rid,
        "rvd-note-add",
        note_to="Ofsted",
        note_subject="Kayden: serious incident",
        note_on="2021-03-15",
    )
    change(
        demo,
        rid,
        "rvd-recon-ask",
        recon_asked_on="2021-04-06",
        recon_reason="Why is Kayden's sibling not in scope?",
    )
    review_page = pages()[0]
    with as_user(demo, "panel"):
        shown = as_json(review_page.show_review(rid, 0))
    assert "Kayden" not in shown, re.findall(r".{60}Kayden.{20}", shown)
    assert "Child A's attendance record" in shown
    assert "Why is Child A's sibling not in scope?" in shown
    assert shown.count("is a witness at trial") >= 2  # the delay and its flag, both anonymised
    with as_user(demo, "lead"):
        named = as_json(review_page.show_review(rid, 0))
    assert "Kayden's attendance record" in named
