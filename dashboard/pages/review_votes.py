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
        message_area("rvd-votes-message"),
        html.Div(
            className="three-col",
            children=[
                html.Div(
                    className="panel",
                    children=[
                        html.H3("Record a vote"),
                        dropdown(
                            "Partner", "rvd-vote-partner", {p: PARTNER_LABELS[p] for p in PARTNERS}
                        ),
                        dropdown("Which vote", "rvd-vote-round", ROUND_LABELS),
                        dropdown("Vote", "rvd-vote-choice", VOTE_LABELS),
                        text_field("Named representative", "rvd-vote-representative"),
                        text_field("Rationale", "rvd-vote-rationale", area=True),
                        html.Button("Record vote", id="rvd-vote", className="primary"),
                        html.H3("Decision from the votes"),
                        date_field("Decision date", "rvd-decision-date"),
                        html.Button("Record decision", id="rvd-decide", className="primary"),
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
                        dropdown("Decision", "rvd-esc-decision", DECISION_NAMES),
                        date_field("Date of the leads' decision", "rvd-esc-date"),
                        text_field("Decided by (names and roles)", "rvd-esc-by"),
                        text_field("Rationale", "rvd-esc-rationale", area=True),
                        html.Button(
                            "Record escalated decision", id="rvd-escalated", className="primary"
                        ),
                    ],
                ),
                html.Div(
                    className="panel",
                    children=[
                        html.H3("National Panel's reconsideration"),
                        date_field("Date the Panel asked", "rvd-recon-asked-on"),
                        text_field("What the Panel asked", "rvd-recon-reason", area=True),
                        html.Button(
                            "Record the Panel's request", id="rvd-recon-ask", className="primary"
                        ),
                        date_field("Date reconsidered", "rvd-recon-on"),
                        dropdown(
                            "Decision on reconsideration", "rvd-recon-decision", DECISION_NAMES
                        ),
                        text_field("Rationale", "rvd-recon-rationale", area=True),
                        html.Button(
                            "Record the outcome", id="rvd-recon-outcome", className="primary"
                        ),
                    ],
                ),
                html.Div(
                    className="panel",
                    children=[
                        html.H3("Publication"),
                        date_field("Planned publication date", "rvd-pub-planned"),
                        field(
                            "Publication decision",
                            dcc.RadioItems(
                                id="rvd-pub-decision",
                                options=[
                                    {"label": f" {w}", "value": k}
                                    for k, w in PUBLICATION_LABELS.items()
                                ],
                            ),
                        ),
                        text_field("Reasons for not publishing", "rvd-pub-reasons", area=True),
                        html.Button("Save publication", id="rvd-publication", className="primary"),
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
    "rvd-vote": vote,
    "rvd-decide": decide,
    "rvd-escalated": escalated,
    "rvd-recon-ask": reconsideration_asked,
    "rvd-recon-outcome": reconsideration_outcome,
    "rvd-publication": publication,
}
# (key in the handlers' values, component id, property)
STATES = (
    ("vote_partner", "rvd-vote-partner", "value"),
    ("vote_round", "rvd-vote-round", "value"),
    ("vote_choice", "rvd-vote-choice", "value"),
    ("vote_representative", "rvd-vote-representative", "value"),
    ("vote_rationale", "rvd-vote-rationale", "value"),
    ("decision_date", "rvd-decision-date", "date"),
    ("esc_decision", "rvd-esc-decision", "value"),
    ("esc_date", "rvd-esc-date", "date"),
    ("esc_by", "rvd-esc-by", "value"),
    ("esc_rationale", "rvd-esc-rationale", "value"),
    ("recon_asked_on", "rvd-recon-asked-on", "date"),
    ("recon_reason", "rvd-recon-reason", "value"),
    ("recon_on", "rvd-recon-on", "date"),
    ("recon_decision", "rvd-recon-decision", "value"),
    ("recon_rationale", "rvd-recon-rationale", "value"),
    ("pub_planned", "rvd-pub-planned", "date"),
    ("pub_decision", "rvd-pub-decision", "value"),
    ("pub_reasons", "rvd-pub-reasons", "value"),
    ("id", "rvd-id", "data"),
    ("version", "rvd-version", "data"),
)


change_votes = form_callback("change_votes", "rvd-votes-message", HANDLERS, STATES)


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
