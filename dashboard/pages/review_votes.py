"""The review page's votes and decisions (a helper module, not a Dash page): each partner's
vote in the guidance's two rounds by its named representative with the rationale, the tally
of each round, the decision from the votes, the route of a split the votes cannot decide (the
leads' escalated decision), the National Panel's request for reconsideration and its outcome,
and the publication decision. Every change goes through `reviews.service`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from dash import dcc, html
from sqlalchemy.orm import Session

from dashboard.ids import Review as ID
from dashboard.pages.review_common import (
    DECISION_NAMES,
    PARTNER_LABELS,
    Handler,
    date_field,
    dropdown,
    field,
    form_callback,
    message_area,
    needed_date,
    parse_date,
    text,
    text_field,
    uk,
)
from reviews import service
from reviews.models import CHOICES, PARTNERS, Review, Vote

ROUND_LABELS = {
    "cspr": f"First vote: {service.ROUND_NAMES['cspr']}",
    "alternative": f"Second vote: {service.ROUND_NAMES['alternative']}",
}
VOTE_LABELS = {
    "yes": "Yes",
    "no": "No",
    "abstain": "Abstain",
    "cspr": "Ballot for both votes: a CSPR",
    "alternative_learning_review": "Ballot for both votes: an alternative learning review",
    "no_further_review": "Ballot for both votes: no further review",
}
ANSWER_WORDS = {"yes": "Yes", "no": "No", "abstain": "Abstain"}
PUBLICATION_LABELS = {"publish": "Publish the report", "not_publish": "Do not publish"}


def layout() -> list[Any]:
    """The forms, for users who may edit the review."""
    return [
        html.H2("Votes, decision and publication"),
        message_area(ID.VOTES_MESSAGE),
        html.Div(
            className="three-col",
            children=[
                html.Div(
                    className="panel",
                    children=[
                        html.H3("Record a vote"),
                        dropdown(
                            "Partner", ID.VOTE_PARTNER, {p: PARTNER_LABELS[p] for p in PARTNERS}
                        ),
                        dropdown("Which vote", ID.VOTE_ROUND, ROUND_LABELS),
                        dropdown("Vote", ID.VOTE_CHOICE, VOTE_LABELS),
                        text_field("Named representative", ID.VOTE_REPRESENTATIVE),
                        text_field("Rationale", ID.VOTE_RATIONALE, area=True),
                        html.Button("Record vote", id=ID.VOTE, className="primary"),
                        html.H3("Decision from the votes"),
                        date_field("Decision date", ID.DECISION_DATE),
                        html.Button("Record decision", id=ID.DECIDE, className="primary"),
                    ],
                ),
                html.Div(
                    className="panel",
                    children=[
                        html.H3("Decision after escalation"),
                        html.P(
                            "When the votes cannot decide, the safeguarding partners' leads "
                            "decide. Record who decided and why.",
                            className="hint",
                        ),
                        dropdown("Decision", ID.ESC_DECISION, DECISION_NAMES),
                        date_field("Date of the leads' decision", ID.ESC_DATE),
                        text_field("Decided by (names and roles)", ID.ESC_BY),
                        text_field("Rationale", ID.ESC_RATIONALE, area=True),
                        html.Button(
                            "Record escalated decision", id=ID.ESCALATED, className="primary"
                        ),
                    ],
                ),
                html.Div(
                    className="panel",
                    children=[
                        html.H3("National Panel's reconsideration"),
                        date_field("Date the Panel asked", ID.RECON_ASKED_ON),
                        text_field("What the Panel asked", ID.RECON_REASON, area=True),
                        html.Button(
                            "Record the Panel's request", id=ID.RECON_ASK, className="primary"
                        ),
                        date_field("Date reconsidered", ID.RECON_ON),
                        dropdown("Decision on reconsideration", ID.RECON_DECISION, DECISION_NAMES),
                        text_field("Rationale", ID.RECON_RATIONALE, area=True),
                        html.Button("Record the outcome", id=ID.RECON_OUTCOME, className="primary"),
                    ],
                ),
                html.Div(
                    className="panel",
                    children=[
                        html.H3("Publication"),
                        date_field("Planned publication date", ID.PUB_PLANNED),
                        field(
                            "Publication decision",
                            dcc.RadioItems(
                                id=ID.PUB_DECISION,
                                options=[
                                    {"label": f" {w}", "value": k}
                                    for k, w in PUBLICATION_LABELS.items()
                                ],
                            ),
                        ),
                        text_field("Reasons for not publishing", ID.PUB_REASONS, area=True),
                        html.Button("Save publication", id=ID.PUBLICATION, className="primary"),
                    ],
                ),
            ],
        ),
    ]


# ------------------------------------------------------------------------------- handlers


def _choice(values: dict[str, Any], key: str, allowed: dict[str, str], what: str) -> str:
    value = values.get(key)
    if value not in allowed:
        raise service.ReviewError(f"choose {what}")
    return str(value)


def vote(session: Session, user: str, review: Review, v: dict[str, Any]) -> str:
    partner = _choice(v, "vote_partner", PARTNER_LABELS, "the partner")
    round_ = _choice(v, "vote_round", ROUND_LABELS, "which vote")
    choice = _choice(v, "vote_choice", VOTE_LABELS, "the vote")
    service.cast_vote(
        session,
        review,
        partner,
        choice,
        text(v, "vote_rationale"),
        user,
        round=round_,
        representative=text(v, "vote_representative"),
    )
    tally = service.tally(review, round_)
    return f"Vote recorded. {ROUND_LABELS[round_]}: {tally.words}."


def decide(session: Session, user: str, review: Review, v: dict[str, Any]) -> str:
    outcome = service.record_decision(
        session, review, needed_date(v, "decision_date", "the decision date"), user
    )
    if outcome.escalate:
        leads = service.review_edition(review)[0].leads
        return (
            f"The votes cannot decide: escalated to {leads}. Record their decision under "
            "'Decision after escalation'."
        )
    return f"Decision recorded: {DECISION_NAMES[outcome.decision or '']}."


def escalated(session: Session, user: str, review: Review, v: dict[str, Any]) -> str:
    outcome = service.record_escalated_decision(
        session,
        review,
        _choice(v, "esc_decision", DECISION_NAMES, "the decision"),
        needed_date(v, "esc_date", "the date of the leads' decision"),
        text(v, "esc_by"),
        text(v, "esc_rationale"),
        user,
    )
    return f"Escalated decision recorded: {DECISION_NAMES[outcome.decision or '']}."


def reconsideration_asked(session: Session, user: str, review: Review, v: dict[str, Any]) -> str:
    service.request_reconsideration(
        session,
        review,
        needed_date(v, "recon_asked_on", "the date the Panel asked"),
        text(v, "recon_reason"),
        user,
    )
    return "The National Panel's request for reconsideration recorded."


def reconsideration_outcome(session: Session, user: str, review: Review, v: dict[str, Any]) -> str:
    kept = review.decision
    outcome = service.record_reconsideration(
        session,
        review,
        needed_date(v, "recon_on", "the date reconsidered"),
        _choice(v, "recon_decision", DECISION_NAMES, "the decision on reconsideration"),
        text(v, "recon_rationale"),
        user,
    )
    how = "kept" if outcome.decision == kept else "changed"
    return f"Reconsideration recorded: decision {how} ({DECISION_NAMES[outcome.decision or '']})."


def publication(session: Session, user: str, review: Review, v: dict[str, Any]) -> str:
    planned = parse_date(v.get("pub_planned"))
    decision = v.get("pub_decision")
    if planned is None and decision not in PUBLICATION_LABELS:
        raise service.ReviewError("give the planned publication date or the decision")
    done = []
    if planned is not None:
        service.update_review(session, review, {"planned_publication_on": planned}, user)
        done.append(f"planned publication {uk(planned)}")
    if decision in PUBLICATION_LABELS:
        service.record_publication_decision(
            session, review, decision == "publish", text(v, "pub_reasons"), user
        )
        done.append(PUBLICATION_LABELS[decision].lower())
    return "Publication saved: " + "; ".join(done) + "."


HANDLERS: dict[str, Handler] = {
    ID.VOTE: vote,
    ID.DECIDE: decide,
    ID.ESCALATED: escalated,
    ID.RECON_ASK: reconsideration_asked,
    ID.RECON_OUTCOME: reconsideration_outcome,
    ID.PUBLICATION: publication,
}
# (key in the handlers' values, component id, property)
STATES = (
    ("vote_partner", ID.VOTE_PARTNER, "value"),
    ("vote_round", ID.VOTE_ROUND, "value"),
    ("vote_choice", ID.VOTE_CHOICE, "value"),
    ("vote_representative", ID.VOTE_REPRESENTATIVE, "value"),
    ("vote_rationale", ID.VOTE_RATIONALE, "value"),
    ("decision_date", ID.DECISION_DATE, "date"),
    ("esc_decision", ID.ESC_DECISION, "value"),
    ("esc_date", ID.ESC_DATE, "date"),
    ("esc_by", ID.ESC_BY, "value"),
    ("esc_rationale", ID.ESC_RATIONALE, "value"),
    ("recon_asked_on", ID.RECON_ASKED_ON, "date"),
    ("recon_reason", ID.RECON_REASON, "value"),
    ("recon_on", ID.RECON_ON, "date"),
    ("recon_decision", ID.RECON_DECISION, "value"),
    ("recon_rationale", ID.RECON_RATIONALE, "value"),
    ("pub_planned", ID.PUB_PLANNED, "date"),
    ("pub_decision", ID.PUB_DECISION, "value"),
    ("pub_reasons", ID.PUB_REASONS, "value"),
    ("id", ID.ID, "data"),
    ("version", ID.VERSION, "data"),
)


change_votes = form_callback("change_votes", ID.VOTES_MESSAGE, HANDLERS, STATES)


# ------------------------------------------------------------------------------- display


def _partner(review: Review, partner: str) -> str:
    name = service.partner_name(partner, review)
    return name[:1].upper() + name[1:]


def _vote_for(review: Review, partner: str, round_: str) -> Vote | None:
    """The vote that gives the partner's answer in the round (a ballot answers both)."""
    for entry in review.votes:
        if entry.partner != partner:
            continue
        if entry.round == round_ or (entry.round == "cspr" and entry.choice in CHOICES):
            return entry
    return None


def section(review: Review, words: Callable[[str], str] = str) -> list[Any]:
    """The tally of each round, each partner's vote, and the decision's route, for the page;
    `words` anonymises free text, and representatives are not named in anonymised views."""
    named = words is str
    first = service.tally(review, "cspr")
    rounds = ["cspr"]
    if first.result != "yes" or any(v.round == "alternative" for v in review.votes):
        rounds.append("alternative")
    parts: list[Any] = [html.H2("Votes")]
    for round_ in rounds:
        tally = service.tally(review, round_)
        if tally.result:
            verdict = f"Decided: {tally.result} (two of the three partners agree)."
        elif tally.missing:
            verdict = (
                "Still to vote: "
                + ", ".join(service.partner_name(p, review) for p in tally.missing)
                + "."
            )
        else:
            verdict = "The votes cannot decide: the decision is escalated to the leads."
        rows = []
        for partner in PARTNERS:
            answer = service.partner_answer(review, partner, round_)
            entry = _vote_for(review, partner, round_) if answer else None
            representative = entry.representative if entry else ""
            rows.append(
                html.Tr(
                    [
                        html.Td(_partner(review, partner)),
                        html.Td(
                            (representative if named else "A representative")
                            if representative
                            else "—"
                        ),
                        html.Td(ANSWER_WORDS.get(answer or "", "Not yet voted")),
                        html.Td(words(entry.rationale) if entry and entry.rationale else "—"),
                    ]
                )
            )
        parts += [
            html.H3(ROUND_LABELS[round_]),
            html.P(f"Tally: {tally.words}. {verdict}"),
            html.Table(
                [
                    html.Thead(
                        html.Tr(
                            [html.Th(h) for h in ("Partner", "Representative", "Vote", "Rationale")]
                        )
                    ),
                    html.Tbody(rows),
                ],
                className="simple",
            ),
        ]
    parts += [html.H3("Decision and publication"), html.Ul(_decision_lines(review, words))]
    return parts


def _decision_lines(review: Review, words: Callable[[str], str]) -> list[Any]:
    lines = []
    leads = service.review_edition(review)[0].leads
    if review.escalated_on:
        lines.append(
            f"The votes could not decide: escalated to {leads} on {uk(review.escalated_on)}."
        )
    if review.decision:
        line = f"Decision: {DECISION_NAMES[review.decision]} on {uk(review.decision_date)}"
        if review.decided_by:
            line += f", by {words(review.decided_by)}"
        if review.decision_rationale:
            line += f". Rationale: {words(review.decision_rationale)}"
        lines.append(line + ".")
    elif review.escalated_on:
        lines.append("Decision: awaiting the leads' decision.")
    else:
        lines.append("Decision: not yet recorded.")
    if review.reconsideration_requested_on:
        line = (
            f"The National Panel asked for reconsideration on "
            f"{uk(review.reconsideration_requested_on)}: {words(review.reconsideration_reason)}"
        )
        line += (
            f"; reconsidered on {uk(review.reconsidered_on)}."
            if review.reconsidered_on
            else "; the partners' answer is not yet recorded."
        )
        lines.append(line)
    if review.planned_publication_on:
        lines.append(f"Planned publication: {uk(review.planned_publication_on)}.")
    if review.publication_decision == "publish":
        lines.append("Publication decision: to be published.")
    elif review.publication_decision == "not_publish":
        lines.append(
            f"Publication decision: not to be published. Reasons: "
            f"{words(review.not_publishing_reasons)}"
        )
    return [html.Li(line) for line in lines]
