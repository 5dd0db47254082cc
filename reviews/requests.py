"""Agency requests and returns: the scoping form, chronology, IMR and further requests asked of
each agency, their due dates, returns, queries sent back and acceptance."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Session

from chronology.agencies import canonical_agency
from reviews.audit import audit
from reviews.errors import ReviewError, check_choice
from reviews.models import (
    REQUEST_KIND_NAMES,
    REQUEST_KINDS,
    REQUEST_STATUS_NAMES,
    AgencyRequest,
    AgencyReturn,
    Review,
)
from reviews.timescales import load_rules
from reviews.workingdays import WorkingCalendar, default_calendar


def record_return(
    session: Session, review: Review, agency: str, returned_on: dt.date | None, user: str
) -> AgencyReturn:
    """An agency asked for (returned_on None) or having returned its scoping form."""
    entry = next((r for r in review.agency_returns if r.agency == agency), None)
    if entry is None:
        entry = AgencyReturn(agency=agency, returned_on=returned_on)
        review.agency_returns.append(entry)
        session.flush()
        audit(session, user, "create", entry, review, "agency", None, agency)
    if entry.returned_on != returned_on:
        audit(session, user, "update", entry, review, "returned_on", entry.returned_on, returned_on)
        entry.returned_on = returned_on
    session.flush()
    return entry


OPEN_REQUEST_STATUSES = ("requested", "due", "sent_back")


def same_agency(a: str, b: str) -> bool:
    """The same agency however it is written ("Northshire Police" and "police" are one)."""
    return canonical_agency(a).casefold() == canonical_agency(b).casefold()


def request_label(entry: AgencyRequest) -> str:
    """ "Chronology from Police"; a further request by its number (its text may name people)."""
    name = REQUEST_KIND_NAMES[entry.kind]
    if entry.kind == "further":
        name = f"Further request {entry.id}"
    return f"{name} from {entry.agency}"


def scoping_working_days() -> int:
    """The scoping form's return time: the rule `agency_returns_by` (5 working days)."""
    return load_rules().rule("agency_returns_by").amount


def _due(
    start: dt.date,
    due_on: dt.date | None,
    within: int | None,
    calendar: WorkingCalendar | None,
) -> dt.date | None:
    if due_on is not None and within is not None:
        raise ReviewError("give a due date or a number of working days, not both")
    if within is not None:
        if within < 1:
            raise ReviewError("the working days allowed must be at least 1")
        return (calendar or default_calendar()).add_working_days(start, within)
    return due_on


def _set(session: Session, user: str, entry: AgencyRequest, field: str, value: Any) -> None:
    old = getattr(entry, field)
    if old != value:
        audit(session, user, "update", entry, entry.review, field, old, value)
        setattr(entry, field, value)


def find_request(
    review: Review, agency: str, kind: str, request_id: int | None = None
) -> AgencyRequest:
    """The review's request of that kind from that agency (a further request by its id when
    the agency has more than one)."""
    check_choice(kind, REQUEST_KINDS, "request kind")
    found = [
        r
        for r in review.requests
        if r.kind == kind
        and same_agency(r.agency, agency)
        and (request_id is None or r.id == request_id)
    ]
    what = REQUEST_KIND_NAMES[kind].lower()
    if not found:
        raise ReviewError(f"review {review.reference} has no {what} requested from {agency}")
    if len(found) > 1:
        ids = ", ".join(str(r.id) for r in found)
        raise ReviewError(f"{agency} has several {what}s in {review.reference}: give --id ({ids})")
    return found[0]


def request_from_agency(
    session: Session,
    review: Review,
    agency: str,
    kind: str,
    requested_on: dt.date,
    user: str,
    *,
    due_on: dt.date | None = None,
    within: int | None = None,
    what: str = "",
    calendar: WorkingCalendar | None = None,
) -> AgencyRequest:
    """Ask an agency for its scoping form, chronology, IMR or something further.

    The due date is given, or counted in working days after the request; the scoping form is
    due 5 working days after it is sent ("Agencies should prioritise completion of the form and
    return it within 5 working days") unless told otherwise. Asking again for a scoping form,
    chronology or IMR still awaited changes its due date; a further request is always new."""
    check_choice(kind, REQUEST_KINDS, "request kind")
    agency = " ".join(agency.split())
    if not agency:
        raise ReviewError("a request needs the agency it is made of")
    if kind == "further" and not what.strip():
        raise ReviewError("a further request needs what is asked (--what)")
    if kind == "scoping_form" and due_on is None and within is None:
        within = scoping_working_days()
    due = _due(requested_on, due_on, within, calendar)
    if due is not None and due < requested_on:
        raise ReviewError("the due date cannot precede the request")
    existing = (
        None
        if kind == "further"
        else next(
            (r for r in review.requests if r.kind == kind and same_agency(r.agency, agency)), None
        )
    )
    if existing is not None:
        if existing.status not in ("requested", "due"):
            raise ReviewError(
                f"{request_label(existing)} is already "
                f"{REQUEST_STATUS_NAMES[existing.status].lower()}"
            )
        if due is None:
            raise ReviewError(f"{request_label(existing)} was already requested")
        _set(session, user, existing, "due_on", due)
        _set(session, user, existing, "status", "due")
        session.flush()
        return existing
    entry = AgencyRequest(
        agency=agency,
        kind=kind,
        what=what.strip(),
        status="due" if due else "requested",
        requested_on=requested_on,
        due_on=due,
        queries="",
    )
    review.requests.append(entry)
    session.flush()
    audit(session, user, "create", entry, review, "request", None, request_label(entry))
    if due is not None:
        audit(session, user, "update", entry, review, "due_on", None, due)
    if kind == "scoping_form" and not any(
        same_agency(r.agency, agency) for r in review.agency_returns
    ):
        # The review's "agencies return the scoping form" deadline waits for this agency too.
        record_return(session, review, agency, None, user)
    return entry


def request_returned(
    session: Session,
    review: Review,
    agency: str,
    kind: str,
    returned_on: dt.date,
    user: str,
    request_id: int | None = None,
) -> AgencyRequest:
    """The agency returned what was asked (again, after queries)."""
    entry = find_request(review, agency, kind, request_id)
    if entry.status not in OPEN_REQUEST_STATUSES:
        raise ReviewError(
            f"{request_label(entry)} is already {REQUEST_STATUS_NAMES[entry.status].lower()}"
        )
    earliest = entry.sent_back_on or entry.requested_on
    if returned_on < earliest:
        raise ReviewError(
            f"the return ({returned_on:%d/%m/%Y}) cannot precede the "
            + ("sending back" if entry.sent_back_on else "request")
            + f" ({earliest:%d/%m/%Y})"
        )
    _set(session, user, entry, "returned_on", returned_on)
    _set(session, user, entry, "status", "returned")
    if kind == "scoping_form":
        returned = next((r for r in review.agency_returns if same_agency(r.agency, agency)), None)
        if returned is None or returned.returned_on is None:
            record_return(
                session, review, returned.agency if returned else agency, returned_on, user
            )
    session.flush()
    return entry


def request_sent_back(
    session: Session,
    review: Review,
    agency: str,
    kind: str,
    sent_back_on: dt.date,
    queries: str,
    user: str,
    *,
    due_on: dt.date | None = None,
    within: int | None = None,
    request_id: int | None = None,
    calendar: WorkingCalendar | None = None,
) -> AgencyRequest:
    """A return sent back with queries: awaited again by a new due date."""
    entry = find_request(review, agency, kind, request_id)
    if entry.status != "returned" or entry.returned_on is None:
        raise ReviewError(f"only a returned item can be sent back ({request_label(entry)} is "
                          f"{REQUEST_STATUS_NAMES[entry.status].lower()})")  # fmt: skip
    if not queries.strip():
        raise ReviewError("say what the queries are (--queries)")
    if sent_back_on < entry.returned_on:
        raise ReviewError("it cannot be sent back before it was returned")
    due = _due(sent_back_on, due_on, within, calendar)
    if due is None:
        raise ReviewError("give the new due date (--due DATE or --within N working days)")
    if due < sent_back_on:
        raise ReviewError("the new due date cannot precede the sending back")
    _set(session, user, entry, "sent_back_on", sent_back_on)
    _set(session, user, entry, "queries", queries.strip())
    _set(session, user, entry, "due_on", due)
    _set(session, user, entry, "status", "sent_back")
    session.flush()
    return entry


def request_accepted(
    session: Session,
    review: Review,
    agency: str,
    kind: str,
    accepted_on: dt.date,
    user: str,
    request_id: int | None = None,
) -> AgencyRequest:
    """A returned item accepted: nothing more is asked of the agency for it."""
    entry = find_request(review, agency, kind, request_id)
    if entry.status != "returned" or entry.returned_on is None:
        raise ReviewError(f"only a returned item can be accepted ({request_label(entry)} is "
                          f"{REQUEST_STATUS_NAMES[entry.status].lower()})")  # fmt: skip
    if accepted_on < entry.returned_on:
        raise ReviewError("it cannot be accepted before it was returned")
    _set(session, user, entry, "accepted_on", accepted_on)
    _set(session, user, entry, "status", "accepted")
    session.flush()
    return entry


def chronology_uploaded(
    session: Session, review: Review, agency: str, on: dt.date, user: str
) -> AgencyRequest | None:
    """An agency's chronology file was added to the review: its chronology request, if one is
    awaited, is marked returned. Nothing is created when nothing was asked."""
    if not agency.strip():
        return None
    for entry in review.requests:
        if (
            entry.kind == "chronology"
            and same_agency(entry.agency, agency)
            and entry.status in OPEN_REQUEST_STATUSES
        ):
            # A file uploaded before the request (or its sending back) was recorded counts as
            # returned on that day: a return cannot precede what it answers.
            day = max(on, entry.sent_back_on or entry.requested_on)
            return request_returned(session, review, entry.agency, "chronology", day, user,
                                    entry.id)  # fmt: skip
    return None


def chronology_due(review: Review, agency: str) -> dt.date | None:
    """The due date of the chronology the review asked of this agency, if it asked (the date
    an agency's chronology template carries unless another is chosen)."""
    for entry in review.requests:
        if entry.kind == "chronology" and same_agency(entry.agency, agency):
            return entry.due_on
    return None
