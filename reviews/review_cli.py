"""`cspr review ...`: manage review records from the command line (the dashboard uses the same
`reviews.service` functions). The database is CSPR_DATABASE_URL, else SQLite in CSPR_DATA_DIR."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.orm import Session

from accounts.action_rights import update_action_as
from reviews import service
from reviews.actions import action_rows, write_actions
from reviews.cli import parse_cli_date
from reviews.db import make_engine, upgrade
from reviews.export import write_ics, write_tracker_xlsx
from reviews.models import (
    CHOICES,
    ORGANISATION_KINDS,
    PARTNERS,
    REQUEST_KIND_NAMES,
    REQUEST_KINDS,
    REQUEST_STATUS_NAMES,
    REVIEW_TYPES,
    VOTE_CHOICES,
    VOTE_ROUNDS,
    AgencyRequest,
    Review,
)
from reviews.status import (
    action_status,
    chase_list,
    next_deadline,
    request_status,
    review_deadlines,
    review_flags,
)
from reviews.timescales import format_day
from reviews.workingdays import default_calendar

Handler = Callable[[Session, argparse.Namespace], str]


def _date(option: str) -> Callable[[str], dt.date]:
    def parse(text: str) -> dt.date:
        try:
            return parse_cli_date(text, option)
        except ValueError as error:
            raise argparse.ArgumentTypeError(str(error)) from None

    return parse


def _today(args: argparse.Namespace) -> dt.date:
    return args.today or dt.date.today()


def _add(session: Session, args: argparse.Namespace) -> str:
    review = service.add_review(
        session,
        reference=args.reference,
        review_type=args.type,
        user=args.user,
        referral_date=args.referral,
        child_pseudonym=args.child,
        incident_date=args.incident,
        awareness_date=args.awareness,
        referring_agency=args.referring_agency,
        linked_reference=args.linked,
    )
    return f"added review {review.reference} ({review.review_type})"


def _list(session: Session, args: argparse.Namespace) -> str:
    today = _today(args)
    lines = [f"{'reference':<14} {'type':<28} {'next deadline':<48} status"]
    for review in service.list_reviews(session, include_closed=args.all):
        statuses = review_deadlines(review, today)
        upcoming = next_deadline(statuses)
        what = f"{format_day(upcoming.due)} {upcoming.description}"[:47] if upcoming else "-"
        status = upcoming.rag_word if upcoming else "nothing due"
        overdue = sum(s.is_overdue for s in statuses)
        if overdue > (1 if upcoming and upcoming.is_overdue else 0):
            status += f" ({overdue} overdue in all)"
        late = sum(s.is_overdue and s.key.startswith("action_") for s in statuses)
        if late:
            status += f"; {late} action{'s' if late > 1 else ''} overdue"
        chase = sum(s.is_overdue and s.key.startswith("request_") for s in statuses)
        if chase:
            status += f"; {chase} agency request{'s' if chase > 1 else ''} to chase"
        lines.append(f"{review.reference:<14} {review.review_type:<28} {what:<48} {status}")
    return "\n".join(lines) if len(lines) > 1 else "no open reviews"


def _show(session: Session, args: argparse.Namespace) -> str:
    review = service.get_review(session, args.reference)
    today = _today(args)
    lines = [
        f"{review.reference}: {review.review_type}, {review.child_pseudonym}",
        f"  referral {review.referral_date or '-'}; referring agency "
        f"{review.referring_agency or '-'}; decision {review.decision or '-'} "
        f"({review.decision_date or '-'})",
        "Guidance applied: "
        + service.review_edition(review)[0].describe(service.review_edition(review)[1]),
        "Deadlines (as at " + format_day(today) + "):",
    ]
    for status in review_deadlines(review, today):
        done = f" done {status.done_on:%d/%m/%Y}" if status.done_on else ""
        lines.append(
            f"  {format_day(status.due)}  {status.rag_word:<13} {status.description}{done}"
        )
    lines += [f"  ! {flag}" for flag in review_flags(review, today=today)]
    if review.requests:
        lines.append("Agency requests:")
        lines += [f"  {request_line(entry, today)}" for entry in review.requests]
    if review.attendees:
        lines.append("Meeting attendees:")
        lines += [f"  {a.name} ({a.organisation}, {a.partner})" for a in review.attendees]
    if review.votes:
        lines.append("Votes:")
        lines += [
            f"  {v.round}: {service.partner_name(v.partner, review)}"
            + (f" ({v.representative})" if v.representative else "")
            + f": {v.choice} — {v.rationale}"
            for v in review.votes
        ]
    if review.decision:
        lines.append(
            f"Decision: {review.decision} on {review.decision_date:%d/%m/%Y}"
            + (f" by {review.decided_by}" if review.decided_by else "")
            + (f" — {review.decision_rationale}" if review.decision_rationale else "")
        )
    if review.reconsideration_requested_on:
        lines.append(
            f"National Panel asked for reconsideration "
            f"{review.reconsideration_requested_on:%d/%m/%Y}: {review.reconsideration_reason}"
            + (
                f" (reconsidered {review.reconsidered_on:%d/%m/%Y})"
                if review.reconsidered_on
                else ""
            )
        )
    for delay in review.delays:
        told = [
            f"{who} told {day:%d/%m/%Y}"
            for who, day in (
                ("National Panel", delay.panel_told_on),
                ("Secretary of State", delay.secretary_of_state_told_on),
            )
            if day
        ]
        lines.append(f"Delay {delay.id}: {delay.reason} ({'; '.join(told) or 'nobody told'})")
    publication = [
        f"planned {review.planned_publication_on:%d/%m/%Y}"
        if review.planned_publication_on
        else "",
        f"published {review.published_on:%d/%m/%Y} (year of publication {review.published_on.year})"
        if review.published_on
        else "",
        "decision: not to publish — " + review.not_publishing_reasons
        if review.publication_decision == "not_publish"
        else "",
    ]
    if any(publication):
        lines.append("Publication: " + "; ".join(p for p in publication if p))
    for stage in ("establish", "monitor", "finalise"):
        tasks = [t for t in review.tasks if t.stage == stage]
        if tasks:
            finished = sum(t.completed_on is not None for t in tasks)
            lines.append(f"{stage.title()} ({finished}/{len(tasks)} done):")
            lines += [
                f"  [{'x' if t.completed_on else ' '}] {t.id}: {t.task}"
                + (f" ({t.completed_on:%d/%m/%Y})" if t.completed_on else "")
                for t in tasks
            ]
    for rec in review.recommendations:
        lines.append(f"Recommendation {rec.number}: {rec.text}")
        for a in rec.actions:
            timed = action_status(a, rec.number, today, default_calendar())
            rag = f" — {timed.rag_word}" if timed is not None else ""
            lines.append(
                f"  action {a.id}: {a.owner_agency}: {a.action} "
                f"(due {format_day(a.due_on) if a.due_on else '-'}, {a.status}){rag}"
            )
            if a.evidence:
                lines.append(f"    evidence: {a.evidence}")
    return "\n".join(lines)


def request_line(entry: AgencyRequest, today: dt.date) -> str:
    """ "Police · Chronology: Due 17/04/2026, Overdue (requested 01/04/2026)"."""
    what = REQUEST_KIND_NAMES[entry.kind]
    if entry.kind == "further":
        what += f" {entry.id} ({entry.what})"
    status = REQUEST_STATUS_NAMES[entry.status]
    if entry.due_on and entry.status in ("due", "sent_back"):
        status += f" by {format_day(entry.due_on)}"
    timed = request_status(entry, today, default_calendar())
    dates = [
        f"{word} {day:%d/%m/%Y}"
        for word, day in (
            ("requested", entry.requested_on),
            ("returned", entry.returned_on),
            ("sent back", entry.sent_back_on),
            ("accepted", entry.accepted_on),
        )
        if day
    ]
    text = f"{entry.agency} · {what}: {status}"
    if timed is not None:
        text += f" — {timed.rag_word}"
    text += f" ({'; '.join(dates)})"
    if entry.queries:
        text += f"; queries: {entry.queries}"
    return text


def _request(session: Session, args: argparse.Namespace) -> str:
    review = service.get_review(session, args.reference)
    entry = service.request_from_agency(
        session,
        review,
        args.agency,
        args.kind,
        args.on or _today(args),
        args.user,
        due_on=args.due,
        within=args.within,
        what=args.what or "",
    )
    due = f", due {format_day(entry.due_on)}" if entry.due_on else " (no due date yet)"
    return f"{service.request_label(entry)}: requested {entry.requested_on:%d/%m/%Y}{due}"


def _returned(session: Session, args: argparse.Namespace) -> str:
    review = service.get_review(session, args.reference)
    entry = service.request_returned(
        session, review, args.agency, args.kind, args.on or _today(args), args.user, args.id
    )
    late = ""
    if entry.due_on and entry.returned_on and entry.returned_on > entry.due_on:
        late = f" (late: due {format_day(entry.due_on)})"
    return f"{service.request_label(entry)}: returned {entry.returned_on:%d/%m/%Y}{late}"


def _sent_back(session: Session, args: argparse.Namespace) -> str:
    review = service.get_review(session, args.reference)
    entry = service.request_sent_back(
        session,
        review,
        args.agency,
        args.kind,
        args.on or _today(args),
        args.queries,
        args.user,
        due_on=args.due,
        within=args.within,
        request_id=args.id,
    )
    due = format_day(entry.due_on) if entry.due_on else "-"
    return f"{service.request_label(entry)}: sent back with queries, due again {due}"


def _accepted(session: Session, args: argparse.Namespace) -> str:
    review = service.get_review(session, args.reference)
    entry = service.request_accepted(
        session, review, args.agency, args.kind, args.on or _today(args), args.user, args.id
    )
    return f"{service.request_label(entry)}: accepted {entry.accepted_on:%d/%m/%Y}"


def _chase(session: Session, args: argparse.Namespace) -> str:
    today = _today(args)
    reviews: list[Review] = (
        [service.get_review(session, args.reference)]
        if args.reference
        else service.list_reviews(session)
    )
    items = chase_list(reviews, today)
    if not items:
        return f"nothing to chase (as at {format_day(today)})"
    lines = [f"To chase (as at {format_day(today)}), earliest due first:"]
    for item in items:
        late = item.working_days_late
        lines.append(
            f"  {format_day(item.status.due)}  {item.review.reference:<12} "
            f"{item.status.description} — {late} working day{'s' if late != 1 else ''} late"
        )
    return "\n".join(lines)


def _update(session: Session, args: argparse.Namespace) -> str:
    review = service.get_review(session, args.reference)
    changes: dict[str, object] = {}
    for pair in args.changes:
        field, sep, value = pair.partition("=")
        if not sep:
            raise ValueError(f"expected FIELD=VALUE, got '{pair}'")
        if field in service.DATE_FIELDS:
            changes[field] = parse_cli_date(value, field) if value else None
        else:
            changes[field] = value
    service.update_review(session, review, changes, args.user)
    return f"updated {review.reference}: {', '.join(changes)}"


def _return(session: Session, args: argparse.Namespace) -> str:
    review = service.get_review(session, args.reference)
    service.record_return(session, review, args.agency, args.on, args.user)
    return f"{args.agency}: " + (f"returned {args.on:%d/%m/%Y}" if args.on else "awaited")


def _attend(session: Session, args: argparse.Namespace) -> str:
    review = service.get_review(session, args.reference)
    service.add_attendee(session, review, args.name, args.organisation, args.partner, args.user)
    missing = service.missing_partners(review)
    return "quorate" if not missing else f"not yet quorate (missing: {', '.join(missing)})"


def _vote(session: Session, args: argparse.Namespace) -> str:
    review = service.get_review(session, args.reference)
    service.cast_vote(
        session,
        review,
        args.partner,
        args.choice,
        args.rationale,
        args.user,
        round=args.round,
        representative=args.representative,
    )
    return f"{args.partner} voted {args.choice} ({args.round})"


def _decide(session: Session, args: argparse.Namespace) -> str:
    review = service.get_review(session, args.reference)
    return service.record_decision(session, review, args.date, args.user).message


def _decide_escalated(session: Session, args: argparse.Namespace) -> str:
    review = service.get_review(session, args.reference)
    return service.record_escalated_decision(
        session, review, args.decision, args.date, args.by, args.rationale, args.user
    ).message


def _reconsider(session: Session, args: argparse.Namespace) -> str:
    review = service.get_review(session, args.reference)
    if args.decision is None:
        service.request_reconsideration(session, review, args.date, args.reason or "", args.user)
        return "National Panel's request for reconsideration recorded"
    return service.record_reconsideration(
        session, review, args.date, args.decision, args.reason or "", args.user
    ).message


def _publication(session: Session, args: argparse.Namespace) -> str:
    review = service.get_review(session, args.reference)
    if args.planned is not None:
        service.update_review(session, review, {"planned_publication_on": args.planned}, args.user)
    if args.publish or args.not_publish is not None:
        service.record_publication_decision(
            session, review, bool(args.publish), args.not_publish or "", args.user
        )
    return "publication recorded"


def _delay_update(session: Session, args: argparse.Namespace) -> str:
    review = service.get_review(session, args.reference)
    service.update_delay(
        session,
        review,
        args.delay_id,
        args.user,
        panel_told_on=args.panel_told,
        secretary_of_state_told_on=args.sos_told,
    )
    return f"delay {args.delay_id} updated"


def _task(session: Session, args: argparse.Namespace) -> str:
    review = service.get_review(session, args.reference)
    task = service.complete_task(session, review, args.task_id, args.done, args.user)
    return f"task {task.id} " + ("done" if task.completed_on else "reopened")


def _delay(session: Session, args: argparse.Namespace) -> str:
    review = service.get_review(session, args.reference)
    service.add_delay(session, review, args.reason, args.panel_told, args.user, args.sos_told)
    return "delay recorded"


def _recommend(session: Session, args: argparse.Namespace) -> str:
    review = service.get_review(session, args.reference)
    rec = service.add_recommendation(session, review, args.text, args.user)
    return f"recommendation {rec.number} added"


def _action(session: Session, args: argparse.Namespace) -> str:
    review = service.get_review(session, args.reference)
    rec = next((r for r in review.recommendations if r.number == args.number), None)
    if rec is None:
        raise ValueError(f"review {review.reference} has no recommendation {args.number}")
    entry = service.add_action(session, rec, args.owner, args.action, args.due, args.user)
    return f"action {entry.id} added"


def _action_update(session: Session, args: argparse.Namespace) -> str:
    # A --user that is a dashboard account is held to its role (an agency uploader updates
    # only its own agency's actions), as in the dashboard.
    entry = update_action_as(
        session,
        args.action_id,
        args.user,
        status=args.status,
        evidence=args.evidence,
        signed_off_by=args.signed_off_by,
        signed_off_on=args.signed_off_on,
    )
    return f"action {entry.id}: {entry.status}"


def _actions(session: Session, args: argparse.Namespace) -> str:
    today = _today(args)
    rows = action_rows(session, today, open_only=args.open, year=args.year, owner=args.owner)
    which = "Open actions" if args.open else "Actions"
    title = f"{which}{f' ({args.year})' if args.year else ''} as at {today:%d/%m/%Y}"
    count = write_actions(rows, args.out, title=title)
    overdue = sum(bool(r.status and r.status.is_overdue) for r in rows)
    return f"written {args.out}: {count} action{'s' if count != 1 else ''} ({overdue} overdue)"


def _queries(session: Session, args: argparse.Namespace) -> str:
    from reviews.queries import make_query_workbooks, record_sent_back  # reads chronologies

    for path in args.chronology:
        if not path.is_file():
            raise ValueError(f"{path}: no such file")
    today = _today(args)
    written = make_query_workbooks(
        session,
        args.reference,
        args.out,
        today=today,
        chronology=args.chronology,
        due=args.due,
        agency=args.agency,
    )
    if not written:
        return f"no rejected rows: no query workbook for {args.reference}"
    lines = [
        f"{book.path}: {book.agency}, {book.rows} row{'s' if book.rows != 1 else ''} from "
        f"{book.files} file{'s' if book.files != 1 else ''}, answer by {format_day(book.due)}"
        for book in written
    ]
    if args.sent_back:
        lines += record_sent_back(session, args.reference, written, today, args.user)
    return "\n".join(lines)


def _notify(session: Session, args: argparse.Namespace) -> str:
    review = service.get_review(session, args.reference)
    service.add_notification(session, review, args.on, args.to, args.subject, args.user)
    return "notification logged"


def _audit(session: Session, args: argparse.Namespace) -> str:
    return "\n".join(
        f"{e.at:%d/%m/%Y %H:%M} {e.user:<12} {e.action:<8} {e.entity}#{e.entity_id} "
        f"{e.review_reference} {e.field}: '{e.old_value}' -> '{e.new_value}'"
        for e in service.audit_trail(session, args.reference)
    )


def _export(session: Session, args: argparse.Namespace) -> str:
    reviews = service.list_reviews(session, include_closed=args.all)
    done = []
    if args.xlsx:
        write_tracker_xlsx(reviews, args.xlsx, _today(args))
        done.append(str(args.xlsx))
    if args.ics:
        count = write_ics(reviews, args.ics, _today(args))
        done.append(f"{args.ics} ({count} open deadlines)")
    if not done:
        raise ValueError("give --xlsx FILE and/or --ics FILE")
    return "written " + ", ".join(done)


def add_review_command(subparsers: argparse._SubParsersAction) -> None:
    """Register `review` and its actions on the main CLI."""
    parser = subparsers.add_parser("review", help="record and track reviews (rapid reviews, CSPRs)")
    parser.add_argument("--database", metavar="URL", help="default: CSPR_DATABASE_URL or SQLite")
    parser.add_argument(
        "--user",
        default=os.environ.get("CSPR_USER") or getpass.getuser(),
        help="name recorded in the audit trail (default: CSPR_USER or your login)",
    )
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")

    def action(name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
        sub = actions.add_parser(name, help=help_text)
        sub.set_defaults(func=run_review, handler=handler)
        return sub

    add = action("add", _add, "add a review")
    add.add_argument("reference")
    add.add_argument("--type", required=True, choices=REVIEW_TYPES)
    add.add_argument("--referral", type=_date("--referral"), metavar="DATE")
    add.add_argument("--incident", type=_date("--incident"), metavar="DATE")
    add.add_argument("--awareness", type=_date("--awareness"), metavar="DATE")
    add.add_argument("--child", default="Child A", help="pseudonym, never the name")
    add.add_argument("--referring-agency", default="")
    add.add_argument("--linked", metavar="REFERENCE", help="a review about the same incident")
    for name, handler, text in (
        ("list", _list, "open reviews with their next deadline"),
        ("show", _show, "one review in full"),
    ):
        sub = action(name, handler, text)
        if name == "show":
            sub.add_argument("reference")
        else:
            sub.add_argument("--all", action="store_true", help="include closed reviews")
        sub.add_argument("--today", type=_date("--today"), metavar="DATE")
    update = action("update", _update, "set fields, e.g. meeting_date=03/05/2024")
    update.add_argument("reference")
    update.add_argument(
        "changes", nargs="+", metavar="FIELD=VALUE", help="fields: " + ", ".join(service.UPDATABLE)
    )
    ret = action("return", _return, "an agency's scoping return (awaited or returned)")
    ret.add_argument("reference")
    ret.add_argument("agency")
    ret.add_argument("--on", type=_date("--on"), metavar="DATE")
    kinds = ", ".join(f"{k} ({v})" for k, v in REQUEST_KIND_NAMES.items())

    def request_args(sub: argparse.ArgumentParser, on_help: str) -> None:
        sub.add_argument("reference")
        sub.add_argument("--agency", required=True)
        sub.add_argument("--kind", required=True, choices=REQUEST_KINDS, help=kinds)
        sub.add_argument("--id", type=int, help="which further request (when several)")
        sub.add_argument("--on", type=_date("--on"), metavar="DATE", help=on_help)
        sub.add_argument("--today", type=_date("--today"), metavar="DATE", help=argparse.SUPPRESS)

    def due_args(sub: argparse.ArgumentParser) -> None:
        due = sub.add_mutually_exclusive_group()
        due.add_argument("--due", type=_date("--due"), metavar="DATE")
        due.add_argument("--within", type=int, metavar="N", help="due N working days after --on")

    req = action(
        "request",
        _request,
        "ask an agency for its scoping form, chronology, IMR or something further (again: "
        "change its due date)",
    )
    request_args(req, "the day it was asked (default: today)")
    due_args(req)
    req.add_argument("--what", help="what a further request asks (no names)")
    back = action("returned", _returned, "an agency returned what was asked")
    request_args(back, "the day it came back (default: today)")
    sent = action("sent-back", _sent_back, "a return sent back with queries, with a new due date")
    request_args(sent, "the day it was sent back (default: today)")
    due_args(sent)
    sent.add_argument("--queries", required=True, help="what is asked of the agency")
    accepted = action("accepted", _accepted, "a returned item accepted")
    request_args(accepted, "the day it was accepted (default: today)")
    chase = action("chase", _chase, "agency requests past their due date and not returned")
    chase.add_argument("reference", nargs="?")
    chase.add_argument("--today", type=_date("--today"), metavar="DATE")
    attend = action("attend", _attend, "a rapid review meeting attendee")
    attend.add_argument("reference")
    attend.add_argument("--name", required=True)
    attend.add_argument("--organisation", required=True)
    attend.add_argument("--partner", required=True, choices=ORGANISATION_KINDS)
    vote = action(
        "vote",
        _vote,
        "a statutory partner's vote (first on a CSPR, then if not on "
        "an alternative learning review)",
    )
    vote.add_argument("reference")
    vote.add_argument("--partner", required=True, choices=PARTNERS)
    vote.add_argument("--round", default="cspr", choices=VOTE_ROUNDS)
    vote.add_argument(
        "--choice",
        required=True,
        choices=VOTE_CHOICES,
        help="yes, no or abstain; cspr, alternative_learning_review or no_further_review "
        "answer both votes at once",
    )
    vote.add_argument("--representative", default="", help="the partner's named representative")
    vote.add_argument("--rationale", default="")
    decide = action("decide", _decide, "record the decision from the three votes")
    decide.add_argument("reference")
    decide.add_argument("--date", required=True, type=_date("--date"), metavar="DATE")
    escalated = action(
        "decide-escalated", _decide_escalated, "the partners' leads' decision after a split"
    )
    escalated.add_argument("reference")
    escalated.add_argument("--decision", required=True, choices=CHOICES)
    escalated.add_argument("--date", required=True, type=_date("--date"), metavar="DATE")
    escalated.add_argument("--by", required=True, help="who decided (names and roles)")
    escalated.add_argument("--rationale", required=True)
    reconsider = action(
        "reconsider",
        _reconsider,
        "the National Panel's request for reconsideration (or, with --decision, its outcome)",
    )
    reconsider.add_argument("reference")
    reconsider.add_argument("--date", required=True, type=_date("--date"), metavar="DATE")
    reconsider.add_argument("--reason", help="what the Panel asked / the rationale")
    reconsider.add_argument("--decision", choices=CHOICES)
    publication = action("publication", _publication, "planned date; publish or not (reasons)")
    publication.add_argument("reference")
    publication.add_argument("--planned", type=_date("--planned"), metavar="DATE")
    choice = publication.add_mutually_exclusive_group()
    choice.add_argument("--publish", action="store_true")
    choice.add_argument("--not-publish", metavar="REASONS")
    delay_update = action("delay-update", _delay_update, "when the Panel / SoS were told")
    delay_update.add_argument("reference")
    delay_update.add_argument("delay_id", type=int)
    delay_update.add_argument("--panel-told", type=_date("--panel-told"), metavar="DATE")
    delay_update.add_argument("--sos-told", type=_date("--sos-told"), metavar="DATE")
    task = action("task", _task, "complete (or reopen) a stage checklist task")
    task.add_argument("reference")
    task.add_argument("task_id", type=int)
    task.add_argument("--done", type=_date("--done"), metavar="DATE")
    delay = action(
        "delay", _delay, "a delay preventing publication within six months (tell the Panel and SoS)"
    )
    delay.add_argument("reference")
    delay.add_argument("--reason", required=True)
    delay.add_argument("--panel-told", type=_date("--panel-told"), metavar="DATE")
    delay.add_argument(
        "--sos-told", type=_date("--sos-told"), metavar="DATE", help="Secretary of State told"
    )
    recommend = action("recommend", _recommend, "add a recommendation")
    recommend.add_argument("reference")
    recommend.add_argument("text")
    act = action("action", _action, "add an action to a recommendation")
    act.add_argument("reference")
    act.add_argument("number", type=int, help="recommendation number")
    act.add_argument("--owner", required=True, help="owner agency")
    act.add_argument("--action", required=True)
    act.add_argument("--due", type=_date("--due"), metavar="DATE")
    act_update = action(
        "action-update",
        _action_update,
        "progress or sign off an action (an agency's account: only its own, not sign-off)",
    )
    act_update.add_argument("action_id", type=int)
    act_update.add_argument("--status", choices=("open", "in_progress", "complete", "signed_off"))
    act_update.add_argument("--evidence")
    act_update.add_argument("--signed-off-by")
    act_update.add_argument("--signed-off-on", type=_date("--signed-off-on"), metavar="DATE")
    actions_out = action(
        "actions", _actions, "every review's actions as .xlsx or .csv (the subgroup's list)"
    )
    actions_out.add_argument("--out", type=Path, required=True, metavar="FILE.xlsx|FILE.csv")
    actions_out.add_argument("--open", action="store_true", help="only those not signed off")
    actions_out.add_argument(
        "--year",
        type=int,
        metavar="YYYY",
        help="the year's report: due by its end, not signed off before it",
    )
    actions_out.add_argument("--owner", metavar="AGENCY", help="only this agency's actions")
    actions_out.add_argument("--today", type=_date("--today"), metavar="DATE")
    queries = action(
        "queries", _queries, "each agency's rejected chronology rows as a query workbook"
    )
    queries.add_argument("reference")
    queries.add_argument("--out", type=Path, required=True, metavar="DIR")
    queries.add_argument(
        "--chronology",
        nargs="+",
        type=Path,
        default=[],
        metavar="FILE",
        help="agencies' chronologies (default: those added to the review in the dashboard)",
    )
    queries.add_argument("--agency", help="only this agency's workbook")
    queries.add_argument("--due", type=_date("--due"), metavar="DATE", help="answer by")
    queries.add_argument(
        "--sent-back",
        action="store_true",
        help="record each agency's returned chronology as sent back with queries",
    )
    queries.add_argument("--today", type=_date("--today"), metavar="DATE", help=argparse.SUPPRESS)
    notify = action("notify", _notify, "log a notification sent")
    notify.add_argument("reference")
    notify.add_argument("--to", required=True)
    notify.add_argument("--subject", required=True)
    notify.add_argument("--on", required=True, type=_date("--on"), metavar="DATE")
    audit = action("audit", _audit, "the audit trail")
    audit.add_argument("reference", nargs="?")
    export = action("export", _export, "tracker .xlsx and/or open deadlines as .ics")
    export.add_argument("--xlsx", type=Path, metavar="FILE")
    export.add_argument("--ics", type=Path, metavar="FILE")
    export.add_argument("--all", action="store_true", help="include closed reviews")
    export.add_argument("--today", type=_date("--today"), metavar="DATE")


def run_review(args: argparse.Namespace) -> int:
    engine = make_engine(args.database)
    try:
        upgrade(engine)
        with Session(engine, expire_on_commit=False) as session, session.begin():
            message = args.handler(session, args)
    finally:
        engine.dispose()
    if message:
        sys.stdout.write(message + "\n")
    return 0
