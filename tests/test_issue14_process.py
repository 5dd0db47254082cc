"""Issue 14, corrections 2 to 5 and overdue actions, on SQLite and PostgreSQL.

Each test quotes the guidance sentence (../shared/domain/cspr-guidance.txt) it follows; every
date is fixed and every count done by hand in the comments.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from cspr.cli import main
from reviews import service
from reviews.db import make_engine
from reviews.export import write_ics
from reviews.models import Review
from reviews.service import ReviewError
from reviews.status import review_deadlines, review_flags
from reviews.timescales import edition_for
from reviews.workingdays import WorkingCalendar

CAL = WorkingCalendar()  # England bank holidays only
D = dt.date


def _met(db: Session, reference: str = "RR-1") -> Review:
    """A rapid review whose quorate meeting was on Wed 15/05/2024."""
    review = service.add_review(
        db, reference=reference, review_type="rapid_review", user="bs1", referral_date=D(2024, 5, 3)
    )
    service.update_review(db, review, {"meeting_date": D(2024, 5, 15)}, "bs1")
    for name, partner in (("A", "local_authority"), ("B", "police"), ("C", "icb")):
        service.add_attendee(db, review, name, f"{partner} org", partner, "bs1")
    return review


def _votes(db: Session, review: Review, round_: str, *choices: str) -> None:
    for partner, choice in zip(("local_authority", "police", "icb"), choices, strict=True):
        service.cast_vote(
            db,
            review,
            partner,
            choice,
            f"{partner} reasons",
            "bs1",
            round=round_,
            representative=f"Rep {partner}",
        )


# --- 2. the two votes --------------------------------------------------------------------------
# "each of the three statutory partners (Police, CCG and LA) will get a single vote, to decide
# whether to undertake a Child Safeguarding Practice Review. If the decision is not to proceed
# with a formal Child Safeguarding Practice Review, they will vote on whether an alternative
# form of learning review is appropriate."


def test_first_vote_decides_a_cspr(session: Session) -> None:
    review = _met(session)
    _votes(session, review, "cspr", "yes", "yes", "no")
    outcome = service.record_decision(session, review, D(2024, 5, 16), "bs1")
    assert outcome.decision == "cspr" and review.review_type == "local_cspr"
    assert review.decided_by == "the partners' votes"
    vote = next(v for v in review.votes if v.partner == "police")
    assert (vote.representative, vote.rationale, vote.round) == (
        "Rep police",
        "police reasons",
        "cspr",
    )


def test_no_cspr_then_the_second_vote_decides(session: Session) -> None:
    review = _met(session)
    _votes(session, review, "cspr", "no", "no", "yes")
    with pytest.raises(ReviewError, match="each partner now votes on whether an alternative"):
        service.record_decision(session, review, D(2024, 5, 16), "bs1")
    _votes(session, review, "alternative", "yes", "yes", "no")
    outcome = service.record_decision(session, review, D(2024, 5, 16), "bs1")
    assert outcome.decision == "alternative_learning_review"
    assert review.review_type == "rapid_review"


def test_second_vote_no_means_no_further_review(session: Session) -> None:
    review = _met(session)
    _votes(session, review, "cspr", "no", "no", "no")
    _votes(session, review, "alternative", "no", "no", "yes")
    assert service.record_decision(session, review, D(2024, 5, 16), "bs1").decision == (
        "no_further_review"
    )


def test_a_partner_votes_once_per_round(session: Session) -> None:
    review = _met(session)
    service.cast_vote(session, review, "police", "no", "r", "bs1", representative="DI X")
    with pytest.raises(ReviewError, match="the police already voted"):
        service.cast_vote(session, review, "police", "yes", "r", "bs1")
    service.cast_vote(session, review, "police", "yes", "r", "bs1", round="alternative")


def test_vote_without_representative_or_rationale_is_flagged(session: Session) -> None:
    review = _met(session)
    service.cast_vote(session, review, "police", "yes", "", "bs1")
    flags = " ".join(review_flags(review, CAL, D(2024, 5, 15)))
    assert "vote of the police (cspr) has no named representative and no rationale" in flags


def test_undecidable_split_is_escalated_then_the_leads_decision_recorded(session: Session) -> None:
    # Referral 03/05/2024: Working Together 2023 (in force 15/12/2023) -> lead safeguarding
    # partners. 1 yes, 1 no, 1 abstain: no two agree, the rules cannot decide.
    review = _met(session)
    _votes(session, review, "cspr", "yes", "no", "abstain")
    outcome = service.record_decision(session, review, D(2024, 5, 16), "bs1")
    assert outcome.escalate and outcome.decision is None
    assert "escalated to the lead safeguarding partners" in outcome.message
    flags = " ".join(review_flags(review, CAL, D(2024, 5, 17)))
    assert "escalated on 16/05/2024 to the lead safeguarding partners" in flags
    with pytest.raises(ReviewError, match="who made the escalated decision"):
        service.record_escalated_decision(session, review, "cspr", D(2024, 5, 20), "", "", "bs1")
    done = service.record_escalated_decision(
        session,
        review,
        "cspr",
        D(2024, 5, 20),
        "DCS, Chief Constable, ICB chief nurse",
        "significant learning about step-parents",
        "bs1",
    )
    assert done.decision == "cspr" and review.decision_date == D(2024, 5, 20)
    assert review.decided_by.startswith("the lead safeguarding partners: DCS")
    assert "escalated" not in " ".join(review_flags(review, CAL, D(2024, 5, 21)))


def test_panel_asks_for_reconsideration(session: Session) -> None:
    review = _met(session)
    _votes(session, review, "cspr", "no", "no", "no")
    _votes(session, review, "alternative", "no", "no", "no")
    service.record_decision(session, review, D(2024, 5, 16), "bs1")
    service.request_reconsideration(
        session, review, D(2024, 6, 3), "Panel sees national learning", "bs1"
    )
    flags = " ".join(review_flags(review, CAL, D(2024, 6, 4)))
    assert "asked for the decision to be reconsidered on 03/06/2024" in flags
    outcome = service.record_reconsideration(
        session, review, D(2024, 6, 10), "cspr", "agreed with the Panel", "bs1"
    )
    assert outcome.decision == "cspr" and review.review_type == "local_cspr"
    # The six months run from the changed decision: 10/06/2024 + 6 months = 10/12/2024.
    due = {s.key: s.due for s in review_deadlines(review, D(2024, 6, 11), CAL)}
    assert due["review_due"] == D(2024, 12, 10)
    assert "reconsidered" not in " ".join(review_flags(review, CAL, D(2024, 6, 11)))


# --- 3. delays ---------------------------------------------------------------------------------
# "If the delay will prevent the publication of the final report within six months, the National
# Panel and Secretary of State should be informed and provided with the reason for the delay."


def test_delay_is_told_to_the_panel_and_the_secretary_of_state(session: Session) -> None:
    review = _met(session)
    delay = service.add_delay(session, review, "criminal trial in 2025", D(2024, 9, 2), "bs1")
    flags = review_flags(review, CAL, D(2024, 9, 3))
    assert "delay not yet reported to the Secretary of State: criminal trial in 2025" in flags
    service.update_delay(session, review, delay.id, "bs1", secretary_of_state_told_on=D(2024, 9, 4))
    assert not [f for f in review_flags(review, CAL, D(2024, 9, 5)) if "delay" in f]
    with pytest.raises(ReviewError, match="needs its reason"):
        service.add_delay(session, review, " ", None, "bs1")


# --- 4. editions -------------------------------------------------------------------------------


def test_edition_by_date() -> None:
    # Working Together 2023 came into force on 15/12/2023; ICBs replaced CCGs on 01/07/2022.
    assert edition_for(D(2021, 3, 1)).name == "Working Together to Safeguard Children 2018"
    assert edition_for(D(2021, 3, 1)).health_partner_short == "CCG"
    assert edition_for(D(2021, 3, 1)).leads == "the safeguarding partners' leads"
    assert edition_for(D(2023, 1, 9)).health_partner_short == "ICB"
    assert edition_for(D(2023, 1, 9)).name.endswith("2018")
    assert edition_for(D(2023, 12, 14)).name.endswith("2018")
    assert edition_for(D(2023, 12, 15)).name.endswith("2023")
    assert edition_for(D(2023, 12, 15)).leads == "the lead safeguarding partners"
    assert "Patient Safety Incident Response" in edition_for(D(2024, 1, 1)).nhs_investigation
    assert "Serious Incident Framework" in edition_for(D(2021, 1, 1)).nhs_investigation


def test_a_2021_review_names_the_ccg_and_says_which_edition(
    db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["review", "--database", db_url, "--user", "bs1"]
    assert main([*base, "add", "RR-21", "--type", "rapid_review", "--referral", "01/03/2021"]) == 0
    assert main([*base, "show", "RR-21", "--today", "2021-03-02"]) == 0
    out = capsys.readouterr().out
    assert "Guidance applied: Working Together to Safeguard Children 2018" in out
    assert "judged on the referral, Mon 01/03/2021" in out
    assert "clinical commissioning group (CCG)" in out


def test_imr_is_individual_management_review(session: Session) -> None:
    # Guidance: "Individual Management Reviews (IMRs) and Agency Reports are a means of enabling
    # organisations to reflect and critically analyse their involvement".
    review = service.add_review(
        session,
        reference="CSPR-1",
        review_type="local_cspr",
        user="bs1",
        referral_date=D(2024, 5, 3),
    )
    tasks = [t.task for t in review.tasks]
    assert "Where required, request individual management reviews (IMRs)" in tasks
    assert not any("independent management" in t for t in tasks)


# --- 5. publication ----------------------------------------------------------------------------


def _cspr(db: Session) -> Review:
    review = _met(db)
    _votes(db, review, "cspr", "yes", "yes", "yes")
    service.record_decision(db, review, D(2024, 5, 16), "bs1")
    return review


def test_copy_to_panel_seven_working_days_before_the_planned_date(session: Session) -> None:
    # "The Safeguarding Partners must send a copy of the full report to the National Panel,
    # Ofsted and to the Secretary of State no later than seven working days before the date of
    # publication." Planned Wed 14/10/2026: Tue 13 (1), Mon 12 (2), Fri 09 (3), Thu 08 (4),
    # Wed 07 (5), Tue 06 (6), Mon 05/10/2026 (7).
    review = _cspr(session)
    service.update_review(session, review, {"planned_publication_on": D(2026, 10, 14)}, "bs1")
    due = {s.key: s for s in review_deadlines(review, D(2026, 9, 1), CAL)}
    assert due["report_to_panel_by"].due == D(2026, 10, 5)
    # Once published, the actual date counts: published Thu 15/10/2026 -> Tue 06/10/2026.
    service.update_review(session, review, {"published_on": D(2026, 10, 15)}, "bs1")
    due = {s.key: s for s in review_deadlines(review, D(2026, 10, 16), CAL)}
    assert due["report_to_panel_by"].due == D(2026, 10, 6)


def test_six_months_to_completion_and_to_publication_shown_separately(session: Session) -> None:
    # "completed no later than six months from the date of the decision" and "If the delay will
    # prevent the publication of the final report within six months": decision Thu 16/05/2024
    # + 6 months = Sat 16/11/2024, for each.
    review = _cspr(session)
    service.update_review(session, review, {"report_completed_on": D(2024, 11, 1)}, "bs1")
    found = {s.key: s for s in review_deadlines(review, D(2024, 11, 20), CAL)}
    assert found["review_due"].due == found["review_published_due"].due == D(2024, 11, 16)
    assert found["review_due"].rag_word == "Done on time"
    assert found["review_published_due"].rag_word == "Overdue"


def test_decision_not_to_publish_needs_reasons(session: Session) -> None:
    # "The Safeguarding Partners are required to publish the reports ... unless they consider it
    # inappropriate to do so." Footnote 9: "they must publish any information about the
    # improvements that could be made following the review."
    review = _cspr(session)
    with pytest.raises(ReviewError, match="needs its reasons"):
        service.record_publication_decision(session, review, False, "  ", "bs1")
    service.record_publication_decision(session, review, False, "sibling's welfare", "bs1")
    assert review.publication_decision == "not_publish"
    keys = {s.key for s in review_deadlines(review, D(2024, 11, 20), CAL)}
    assert "review_published_due" not in keys and "review_due" in keys
    assert any("improvements" in f for f in review_flags(review, CAL, D(2024, 11, 20)))


def test_year_of_publication_shown(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    base = ["review", "--database", db_url, "--user", "bs1"]
    assert main([*base, "add", "C-1", "--type", "local_cspr", "--referral", "03/05/2024"]) == 0
    assert main([*base, "publication", "C-1", "--planned", "14/10/2026", "--publish"]) == 0
    assert main([*base, "update", "C-1", "published_on=15/10/2026"]) == 0
    assert main([*base, "show", "C-1", "--today", "2026-10-16"]) == 0
    out = capsys.readouterr().out
    assert "planned 14/10/2026; published 15/10/2026 (year of publication 2026)" in out


def test_three_months_is_a_target_not_overdue(session: Session) -> None:
    # "Other learning reviews should be completed more quickly, ideally within three months."
    # Decision Thu 16/05/2024 + 3 months = Fri 16/08/2024; on 02/09/2024 it is past the target.
    review = _met(session)
    _votes(session, review, "cspr", "no", "no", "no")
    _votes(session, review, "alternative", "yes", "yes", "yes")
    service.record_decision(session, review, D(2024, 5, 16), "bs1")
    status = next(
        s for s in review_deadlines(review, D(2024, 9, 2), CAL) if s.key == "learning_review_due"
    )
    assert status.due == D(2024, 8, 16) and status.kind == "target"
    assert status.rag_word == "Past target (not overdue)" and status.rag != "red"
    assert not status.is_overdue


# --- overdue actions ---------------------------------------------------------------------------


def test_an_action_due_yesterday_is_overdue_everywhere(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["review", "--database", db_url, "--user", "bs1"]
    assert main([*base, "add", "SAR-1", "--type", "sar"]) == 0
    assert main([*base, "recommend", "SAR-1", "Share DASH outcomes with the GP"]) == 0
    assert (
        main(
            [
                *base,
                "action",
                "SAR-1",
                "1",
                "--owner",
                "Police",
                "--action",
                "Audit",
                "--due",
                "10/06/2024",
            ]
        )
        == 0
    )
    capsys.readouterr()
    # Due Mon 10/06/2024; on Tue 11/06/2024 it is overdue.
    assert main([*base, "list", "--today", "2024-06-11"]) == 0
    listing = capsys.readouterr().out
    assert "SAR-1" in listing and "Mon 10/06/2024" in listing and "Overdue" in listing
    assert main([*base, "show", "SAR-1", "--today", "2024-06-11"]) == 0
    shown = capsys.readouterr().out
    assert "! overdue: Action 1 on recommendation 1 (Police), due Mon 10/06/2024" in shown
    # On its due date it is not overdue.
    assert main([*base, "show", "SAR-1", "--today", "2024-06-10"]) == 0
    assert "overdue" not in capsys.readouterr().out.lower()
    engine = make_engine(db_url)
    with sessionmaker(engine, expire_on_commit=False)() as db:
        reviews = service.list_reviews(db)
        count = write_ics(reviews, tmp_path / "d.ics", D(2024, 6, 11), CAL)
        statuses = review_deadlines(reviews[0], D(2024, 6, 11), CAL)
    engine.dispose()
    # The calendar carries the action as an open deadline (its status is not in the event).
    assert count == 1 and "UID:SAR-1-action_" in (tmp_path / "d.ics").read_text()
    assert [s.rag_word for s in statuses] == ["Overdue"]


def test_a_signed_off_action_is_done(session: Session) -> None:
    review = _cspr(session)
    rec = service.add_recommendation(session, review, "text", "bs1")
    entry = service.add_action(session, rec, "ICB", "Train GPs", D(2024, 6, 10), "bs1")
    service.update_action(
        session,
        entry,
        "bs1",
        status="signed_off",
        evidence="training log",
        signed_off_by="Chair",
        signed_off_on=D(2024, 6, 7),
    )
    status = next(
        s for s in review_deadlines(review, D(2024, 6, 11), CAL) if s.key.startswith("action_")
    )
    assert status.rag_word == "Done on time" and not status.is_overdue
