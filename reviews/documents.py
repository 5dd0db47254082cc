"""The documents a review needs, written from what is tracked (never typed twice):

- the initial scoping request letter to each agency asked for its scoping form, with its due date;
- the chronology template for each agency asked for its chronology, with its due date;
- the rapid review pack: the facts, timescales, each agency's involvement, the integrated
  chronology's key events, the genogram and the headings of the National Panel's rapid review
  template (immediate safeguarding action, immediate learning, decision and rationale);
- the terms of reference draft (scope period, subjects, methodology, key lines of enquiry);
- the notifications the guidance names (National Panel, Ofsted, DfE, Secretary of State) as
  .txt and .eml files, each saying whether and when it was logged as sent;
- the letter inviting the family to contribute.

Anonymised (`anonymise=True`), every text that comes from the record, the chronologies or the
family workbook goes through the one anonymiser of the project (`anonymise.redact.Anonymiser`
on the review's register, after `anonymise.apply.anonymise_run` has anonymised the chronology
and taught the register its practitioners and places); the fixed wording of rules/documents.toml
does not (it holds the Panel's e-mail addresses, which the anonymiser would remove). The files
are then stripped of metadata and checked by `anonymise.apply.find_leaks`, like every other
anonymised output: a leak removes them all and raises LeakError. Process dates (referral, due
dates, meetings) are kept; the incident and the scope period, which are about the family, are
shown as month and year.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from chronology.dates import ParsedDate, format_uk
from chronology.pipeline import MergeRun
from reviews import service
from reviews.document_rules import DocumentRules, Recipient, fill, load_document_rules
from reviews.docx_blocks import Document, Heading, Image, PageBreak, Para, Table, write_docx
from reviews.models import REQUEST_KIND_NAMES, REQUEST_STATUS_NAMES, Review
from reviews.status import review_deadlines
from reviews.timescales import format_day
from reviews.workingdays import default_calendar

if TYPE_CHECKING:
    from anonymise.redact import Anonymiser

DECISIONS = {
    "cspr": "to undertake a local Child Safeguarding Practice Review",
    "alternative_learning_review": "to undertake an alternative learning review",
    "no_further_review": "no further review",
}
REVIEW_TYPES = {
    "rapid_review": "rapid review",
    "local_cspr": "local Child Safeguarding Practice Review",
    "alternative_learning_review": "alternative learning review",
}
KEY_EVENT_LIMIT = 300  # rows of key events in the pack; the integrated chronology has them all
NOT_RECORDED = "[not recorded]"


@contextmanager
def open_review(database: str | None, reference: str) -> Iterator[Review]:
    """The tracked review, read in a session that stays open while the caller uses it."""
    with review_session(database) as session:
        yield service.get_review(session, reference)


@contextmanager
def review_session(database: str | None) -> Iterator[Session]:
    from reviews.db import make_engine, upgrade

    engine = make_engine(database)
    try:
        upgrade(engine)
        with Session(engine, expire_on_commit=False) as session:
            yield session
    finally:
        engine.dispose()


@dataclass
class Person:
    """A family member as the documents show them (label only, when anonymised)."""

    label: str
    name: str
    role: str
    birth: str
    adult: bool
    subject: bool


@dataclass
class CaseInputs:
    review: Review
    today: dt.date
    run: MergeRun | None = None
    people: list[Person] = field(default_factory=list)
    genogram_png: bytes | None = None
    scope_from: dt.date | None = None
    scope_to: dt.date | None = None


@dataclass(frozen=True)
class Notice:
    """One notification to one recipient, and when it was logged as sent."""

    number: int
    key: str
    recipient: str  # as logged: "National Panel"
    email: str
    subject: str
    body: tuple[str, ...]
    due: dt.date | None
    sent_on: dt.date | None


class Clean:
    """What the documents apply to every text from the record: nothing, or the anonymiser
    (imported only when used: it is the slowest import of the project)."""

    def __init__(self, anonymiser: Anonymiser | None = None, date_mode: str = "month") -> None:
        self.a = anonymiser
        self.date_mode = date_mode

    @property
    def anonymised(self) -> bool:
        return self.a is not None

    def _redact(self, text: str, field: str) -> str:
        from anonymise.redact import Ctx

        if self.a is None or not text:
            return text
        if field == "agency":
            return self.a.redact_filename(text, Ctx(field="agency"))
        return self.a.redact(text, Ctx(field=field))[0]

    def text(self, text: str) -> str:
        return self._redact(text, "text")

    def name(self, text: str) -> str:
        """A practitioner's or representative's name: their role when anonymised."""
        return self._redact(text, "practitioner")

    def agency(self, text: str) -> str:
        """An agency as the anonymised chronology names it ("the primary school")."""
        return self._redact(text, "agency")

    def family_day(self, day: dt.date | None) -> str:
        """A date about the family (the incident, the scope): month and year when anonymised."""
        if day is None:
            return NOT_RECORDED
        if self.a is None:
            return format_day(day)
        return format_uk(ParsedDate(day, "month"))


# ---------------------------------------------------------------------- values and helpers
def _day(day: dt.date | None) -> str:
    return format_day(day) if day else NOT_RECORDED


def values(inputs: CaseInputs, clean: Clean, rules: DocumentRules) -> dict[str, str]:
    """The placeholders of rules/documents.toml filled from the record."""
    review = inputs.review
    edition, chosen_by = service.review_edition(review)
    return {
        "reference": review.reference,
        "child": clean.text(review.child_pseudonym) or "the child",
        "referral": _day(review.referral_date),
        "incident": clean.family_day(review.incident_date),
        "awareness": clean.family_day(review.awareness_date or review.referral_date),
        "meeting": _day(review.meeting_date),
        "decision": DECISIONS.get(review.decision or "", "not yet decided"),
        "decision_date": _day(review.decision_date),
        "rationale": clean.text(review.decision_rationale) or "[see the votes recorded]",
        "partnership": rules.partnership,
        "lead_reviewer": clean.name(review.lead_reviewer) or "[lead reviewer to be appointed]",
        "edition": edition.describe(chosen_by),
        "health_partner": edition.health_partner,
        "review_type": REVIEW_TYPES.get(review.review_type, review.review_type.replace("_", " ")),
        "scope_from": clean.family_day(inputs.scope_from) if inputs.scope_from else "[to agree]",
        "scope_to": clean.family_day(inputs.scope_to) if inputs.scope_to else "[to agree]",
    }


def _paragraphs(texts: tuple[str, ...], words: dict[str, str]) -> list[Para]:
    return [Para(fill(t, words)) for t in texts]


def agencies(inputs: CaseInputs) -> list[str]:
    """Every agency involved: asked for something, or in the chronology, in first-seen order."""
    found = [r.agency for r in inputs.review.requests]
    if inputs.run is not None:
        found += [a for e in inputs.run.integration.events for a in e.agencies]
    seen: dict[str, str] = {}
    for agency in found:
        if not any(service.same_agency(agency, other) for other in seen.values()):
            seen[agency] = agency
    return list(seen)


# ---------------------------------------------------------------------- the documents
def scoping_letters(
    inputs: CaseInputs, clean: Clean, rules: DocumentRules
) -> list[tuple[str, Document]]:
    """One letter per agency asked for its initial scoping form, with that request's due date."""
    words = values(inputs, clean, rules)
    letters = []
    requests = [r for r in inputs.review.requests if r.kind == "scoping_form"]
    for number, request in enumerate(requests, start=1):
        mine = {
            **words,
            "agency": clean.agency(request.agency),
            "due": _day(request.due_on),
            "requested": _day(request.requested_on),
        }
        doc = Document(fill(rules.text("scoping_subject")[0], mine))
        doc.blocks.append(Para(f"Date: {format_day(request.requested_on)}"))
        doc.blocks.append(Para(f"Return by: {_day(request.due_on)}", bold=True))
        doc.blocks += _paragraphs(rules.text("scoping"), mine)
        slug = "" if clean.anonymised else "_" + _slug(request.agency)
        letters.append((f"scoping_request_{number:02d}{slug}.docx", doc))
    return letters


def rapid_review_pack(inputs: CaseInputs, clean: Clean, rules: DocumentRules) -> Document:
    review = inputs.review
    words = values(inputs, clean, rules)
    doc = Document(f"Rapid review pack: {review.reference}")
    doc.blocks += _paragraphs(rules.text("pack_intro"), words)
    doc.blocks.append(Heading("The facts of the review"))
    facts = [
        ("Reference", review.reference),
        ("Child", words["child"]),
        ("Date of the incident", words["incident"]),
        ("Local authority became aware", words["awareness"]),
        ("Referral received", _day(review.referral_date)),
        ("Referring agency", clean.agency(review.referring_agency) or NOT_RECORDED),
        ("National Panel notified by the local authority", _day(review.la_notified_on)),
        ("Initial scoping sent to agencies", _day(review.scoping_sent_on)),
        ("Rapid review meeting", _day(review.meeting_date)),
        ("Parallel investigations", clean.text(review.parallel_investigations) or "None recorded"),
    ]
    doc.blocks.append(Table(("What", "Recorded"), tuple(facts), (6.0, 11.0)))
    doc.blocks.append(Heading("Timescales", 2))
    rows = tuple(
        (s.description, format_day(s.due), s.rag_word, _day(s.done_on) if s.done_on else "")
        for s in review_deadlines(review, inputs.today)
        if not s.key.startswith("request_")
    )
    doc.blocks.append(Table(("What", "Due", "Status", "Done"), rows, (7.5, 3.5, 3.5, 2.5)))
    if review.attendees:
        doc.blocks.append(Heading("Rapid review meeting: attendees", 2))
        doc.blocks.append(
            Table(
                ("Name", "Organisation", "Represents"),
                tuple(
                    (
                        clean.name(a.name),
                        clean.agency(a.organisation),
                        service.partner_name(a.partner, review)
                        if a.partner != "other"
                        else "other agency",
                    )
                    for a in review.attendees
                ),
            )
        )
    doc.blocks.append(Heading("Each agency's involvement"))
    doc.blocks.append(involvement_table(inputs, clean))
    doc.blocks.append(Heading("Key events from the integrated chronology"))
    doc.blocks += key_events(inputs, clean)
    doc.blocks.append(Heading("Genogram"))
    if inputs.genogram_png:
        doc.blocks.append(Image(inputs.genogram_png, f"Genogram of {words['child']}'s family"))
    else:
        doc.blocks.append(Para("No family workbook was given (--people FAMILY.xlsx)."))
    doc.blocks.append(PageBreak())
    doc.blocks.append(Heading("Rapid review (the National Panel's template headings)"))
    doc.blocks.append(Heading("Immediate safeguarding action", 2))
    doc.blocks.append(
        Para(clean.text(review.immediate_actions) or "[to be completed at the meeting]")
    )
    doc.blocks.append(Heading("Immediate learning", 2))
    doc.blocks.append(Para(clean.text(review.learning) or "[to be completed at the meeting]"))
    doc.blocks.append(Heading("Decision and rationale", 2))
    doc.blocks += decision_blocks(review, clean, words)
    return doc


def decision_blocks(
    review: Review, clean: Clean, words: dict[str, str]
) -> list[Heading | Para | Table]:
    blocks: list[Heading | Para | Table] = []
    if review.decision:
        by = f" by {clean.name(review.decided_by)}" if review.decided_by else ""
        blocks.append(Para(f"Decision ({words['decision_date']}{by}): {words['decision']}."))
        if review.decision_rationale:
            blocks.append(Para(f"Rationale: {words['rationale']}"))
    else:
        blocks.append(Para("Decision: [not yet recorded]"))
    if review.votes:
        rounds = {"cspr": "Undertake a CSPR?", "alternative": "Alternative learning review?"}
        blocks.append(
            Table(
                ("Vote", "Partner", "Representative", "Vote cast", "Rationale"),
                tuple(
                    (
                        rounds.get(v.round, v.round),
                        service.partner_name(v.partner, review),
                        clean.name(v.representative),
                        v.choice.replace("_", " "),
                        clean.text(v.rationale),
                    )
                    for v in review.votes
                ),
                (3.2, 3.0, 3.2, 2.6, 5.0),
            )
        )
    return blocks


def involvement_table(inputs: CaseInputs, clean: Clean) -> Table:
    """Per agency: what was asked of it and where each stands; its entries and key events in
    the integrated chronology (count, period, the most frequent key-event categories)."""
    from chronology.labels import category_words

    rows = []
    events = inputs.run.integration.events if inputs.run is not None else []
    for agency in agencies(inputs):
        asked = [
            f"{REQUEST_KIND_NAMES[r.kind]}: {REQUEST_STATUS_NAMES[r.status]}"
            + (
                f", due {format_day(r.due_on)}"
                if r.due_on and r.status in ("due", "sent_back")
                else ""
            )
            + (f", returned {r.returned_on:%d/%m/%Y}" if r.returned_on else "")
            for r in inputs.review.requests
            if service.same_agency(r.agency, agency)
        ]
        mine = [e for e in events if any(service.same_agency(a, agency) for a in e.agencies)]
        if mine:
            first, last = min(e.date for e in mine), max(e.date for e in mine)
            period = f"{len(mine)} entries, {_month(first)} to {_month(last)}"
            key = [e for e in mine if e.classification.is_key_event]
            top = Counter(category_words(e.classification.category) for e in key).most_common(3)
            key_text = f"{len(key)}" + (
                ": " + ", ".join(f"{n} ({c})" for n, c in top) if top else ""
            )
        else:
            period, key_text = "no chronology received", ""
        rows.append(
            (clean.agency(agency), "; ".join(asked) or "nothing requested", period, key_text)
        )
    if not rows:
        rows.append(("No agency recorded yet", "", "", ""))
    return Table(
        ("Agency", "Requests", "In the integrated chronology", "Key events"),
        tuple(rows),
        (3.5, 5.5, 4.0, 4.0),
    )


def _month(day: dt.date) -> str:
    return format_uk(ParsedDate(day, "month"))


def key_events(inputs: CaseInputs, clean: Clean) -> list[Para | Table]:
    from chronology.labels import category_words

    if inputs.run is None:
        return [
            Para(
                "No chronology files are registered for this review (add them in the dashboard "
                "or give --chronology FILE...)."
            )
        ]
    events = [e for e in inputs.run.integration.events if e.classification.is_key_event]
    shown = events[:KEY_EVENT_LIMIT]
    ages = clean.anonymised and clean.date_mode == "age"
    rows = []
    for event in shown:
        when = format_uk(ParsedDate(event.date, event.date_precision))  # type: ignore[arg-type]
        if ages and event.age:
            when = event.age
        text = " ".join(event.event_text.split())
        rows.append(
            (
                when,
                ", ".join(event.agencies),  # an anonymised run names them already
                category_words(event.classification.category),
                text if len(text) <= 400 else text[:397] + "...",
            )
        )
    blocks: list[Para | Table] = [
        Para(
            f"{len(events)} key events of {len(inputs.run.integration.events)} in the "
            "integrated chronology"
            + (f" (the first {KEY_EVENT_LIMIT} shown)" if len(events) > len(shown) else "")
            + "."
        )
    ]
    if rows:
        blocks.append(
            Table(
                ("Age" if ages else "Date", "Agency", "Key event", "What happened"),
                tuple(rows),
                (2.4, 3.2, 3.4, 8.0),
            )
        )
    return blocks


def terms_of_reference(inputs: CaseInputs, clean: Clean, rules: DocumentRules) -> Document:
    review = inputs.review
    words = values(inputs, clean, rules)
    doc = Document(f"Terms of reference (draft): {review.reference}")
    doc.blocks += _paragraphs(rules.text("tor_intro"), words)
    doc.blocks.append(Heading("Scope period"))
    doc.blocks.append(Para(f"From {words['scope_from']} to {words['scope_to']}."))
    doc.blocks.append(Heading("Subjects of the review"))
    if inputs.people:
        header = ("Who", "Role") if clean.anonymised else ("Name", "Role", "Date of birth")
        rows = tuple(
            (p.label, p.role) if clean.anonymised else (p.name, p.label, p.birth)
            for p in inputs.people
        )
        doc.blocks.append(Table(header, rows))
    else:
        doc.blocks.append(Para(f"{words['child']} (family members to be confirmed)."))
    doc.blocks.append(Heading("Agencies asked to contribute"))
    doc.blocks += [Para(clean.agency(a)) for a in agencies(inputs)] or [Para("[to be agreed]")]
    doc.blocks.append(Heading("Methodology"))
    doc.blocks.append(
        Para(clean.text(review.methodology) or fill(rules.text("tor_methodology")[0], words))
    )
    doc.blocks.append(Heading("Lead reviewer and timescale"))
    doc.blocks.append(Para(f"Lead reviewer: {words['lead_reviewer']}."))
    due = next(
        (s for s in review_deadlines(review, inputs.today) if s.key == "cspr_completion"), None
    )
    if due is not None:
        doc.blocks.append(
            Para(f"The review is to be completed by {format_day(due.due)} ({due.rule}).")
        )
    doc.blocks.append(Heading("Key lines of enquiry"))
    if review.terms_of_reference.strip():
        lines = [line.strip(" -•\t") for line in review.terms_of_reference.splitlines()]
        doc.blocks += [Para(clean.text(line)) for line in lines if line]
    else:
        doc.blocks += _paragraphs(rules.text("tor_lines"), words)
        doc.blocks += _category_lines(inputs)
    doc.blocks.append(Heading("Involving the family"))
    doc.blocks.append(
        Para(
            clean.text(review.family_engagement)
            or "The family will be informed of the review and invited to contribute, unless "
            "there is a strong reason not to; the lead reviewer will lead the engagement."
        )
    )
    doc.blocks.append(Heading("Parallel investigations"))
    doc.blocks.append(Para(clean.text(review.parallel_investigations) or "None recorded."))
    return doc


def _category_lines(inputs: CaseInputs) -> list[Para]:
    """One line of enquiry per frequent kind of key event in the chronology."""
    from chronology.labels import category_words

    if inputs.run is None:
        return []
    counts = Counter(
        e.classification.category
        for e in inputs.run.integration.events
        if e.classification.is_key_event and e.classification.category != "other_significant"
    )
    return [
        Para(
            f"{category_words(label)} ({count} key events in the chronology): how did agencies "
            "recognise and respond to them, and what did they mean for the child?"
        )
        for label, count in counts.most_common(3)
    ]


def family_letters(inputs: CaseInputs, clean: Clean, rules: DocumentRules) -> Document:
    """One letter per living adult of the family workbook (or one to "family member")."""
    words = values(inputs, clean, rules)
    doc = Document(fill(rules.text("family_subject")[0], words))
    recipients = [p.label if clean.anonymised else p.name for p in inputs.people if p.adult]
    for number, recipient in enumerate(recipients or ["family member"]):
        if number:
            doc.blocks.append(PageBreak())
        doc.blocks.append(Para(f"Date: {format_day(inputs.today)}"))
        doc.blocks += _paragraphs(rules.text("family"), {**words, "recipient": recipient})
    return doc


def notifications(inputs: CaseInputs, clean: Clean, rules: DocumentRules) -> list[Notice]:
    """The notifications due from what is tracked, with the date each was logged as sent
    (`cspr review notify`, or the delay's and the report's own dates)."""
    review = inputs.review
    words = values(inputs, clean, rules)
    calendar = default_calendar()
    found: list[Notice] = []
    for rule in rules.notifications:
        cases: list[tuple[dict[str, str], dt.date | None, dict[str, dt.date | None]]] = []
        if rule.when == "incident" and (review.awareness_date or review.referral_date):
            start = review.awareness_date or review.referral_date
            due = calendar.add_working_days(start, 5) if start else None
            cases.append(({}, due, {"panel": review.la_notified_on}))
        elif (rule.when == "decision" and review.decision) or (
            rule.when == "reviewer" and review.lead_reviewer
        ):
            cases.append(({}, None, {}))
        elif rule.when == "delay":
            for delay in review.delays:
                told = {"panel": delay.panel_told_on, "sos": delay.secretary_of_state_told_on}
                cases.append(({"reason": clean.text(delay.reason)}, None, told))
        elif rule.when == "report" and review.planned_publication_on:
            due = calendar.subtract_working_days(review.planned_publication_on, 7)
            extra = {
                "publication": format_day(review.planned_publication_on),
                "due": format_day(due),
            }
            cases.append((extra, due, {"panel": review.report_sent_to_panel_on}))
        for extra, due, told in cases:
            for key in rule.to:
                recipient = rules.recipients[key]
                mine = {**words, **extra, "recipient": recipient.full}
                subject = fill(rule.subject, mine)
                sent = told.get(key) or _logged(review, recipient, subject)
                found.append(
                    Notice(
                        len(found) + 1,
                        rule.key,
                        recipient.name,
                        recipient.email,
                        subject,
                        tuple(fill(p, mine) for p in rule.body),
                        due,
                        sent,
                    )
                )
    return found


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def _logged(review: Review, recipient: Recipient, subject: str) -> dt.date | None:
    """When `cspr review notify` logged it: the recipient by key, name or address ("ofsted",
    "Ofsted", "SCR.SIN@ofsted.gov.uk"), the subject as written in the file."""
    names = {_norm(n) for n in (recipient.key, recipient.name, recipient.full, recipient.email)}
    for note in review.notifications:
        if _norm(note.recipient) in names and _norm(note.subject) == _norm(subject):
            return note.sent_on
    return None


def notice_text(notice: Notice, reference: str) -> str:
    status = (
        f"Logged as sent on {notice.sent_on:%d/%m/%Y}."
        if notice.sent_on
        else "Not yet logged as sent. When it is sent, log it:\n"
        f'  cspr review notify {reference} --to "{notice.recipient}" '
        f'--subject "{notice.subject}" --on DD/MM/YYYY'
    )
    due = f"Due by: {format_day(notice.due)}\n" if notice.due else ""
    body = "\n\n".join(notice.body)
    return (
        f"To: {notice.recipient} <{notice.email}>\nSubject: {notice.subject}\n{due}\n"
        f"{body}\n\n---\n{status}\n"
    )


def notice_eml(notice: Notice) -> bytes:
    """A draft e-mail (X-Unsent: Outlook opens it ready to send)."""
    message = EmailMessage()
    message["To"] = f"{notice.recipient} <{notice.email}>"
    message["Subject"] = notice.subject
    message["X-Unsent"] = "1"
    message.set_content("\n\n".join(notice.body) + "\n")
    return bytes(message)


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "_", text).strip("_")[:40] or "agency"


def chronology_templates(
    inputs: CaseInputs, out: Path, clean: Clean, rules: DocumentRules
) -> list[Path]:
    """The chronology template for each agency asked for its chronology, with its due date."""
    from reviews.chronology_template import write_chronology_template

    words = values(inputs, clean, rules)
    written = []
    requests = [r for r in inputs.review.requests if r.kind == "chronology"]
    for number, request in enumerate(requests, start=1):
        slug = "" if clean.anonymised else "_" + _slug(request.agency)
        path = out / f"chronology_template_{number:02d}{slug}.xlsx"
        written.append(
            write_chronology_template(
                path,
                agency=clean.agency(request.agency),
                due=request.due_on,
                reference=inputs.review.reference,
                child=words["child"],
            )
        )
    return written


# ---------------------------------------------------------------------- writing them all
@dataclass
class Written:
    files: list[Path] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def write_documents(
    inputs: CaseInputs, out: Path, clean: Clean, rules: DocumentRules | None = None
) -> Written:
    """Write every document of the review into `out`."""
    rules = rules or load_document_rules()
    out.mkdir(parents=True, exist_ok=True)
    written = Written()
    letters = scoping_letters(inputs, clean, rules)
    if not letters:
        written.notes.append(
            "no scoping form requested from any agency: record the requests "
            f"(cspr review request {inputs.review.reference} --agency NAME --kind scoping_form) "
            "and run again for the letters"
        )
    documents = [
        *letters,
        ("rapid_review_pack.docx", rapid_review_pack(inputs, clean, rules)),
        ("terms_of_reference_draft.docx", terms_of_reference(inputs, clean, rules)),
        ("family_invitation.docx", family_letters(inputs, clean, rules)),
    ]
    for name, document in documents:
        written.files.append(write_docx(document, out / name))
    written.files += chronology_templates(inputs, out, clean, rules)
    folder = out / "notifications"
    written.notices = notifications(inputs, clean, rules)
    if written.notices:
        folder.mkdir(exist_ok=True)
    for notice in written.notices:
        stem = f"{notice.number:02d}_{notice.key}_{_slug(notice.recipient).lower()}"
        text_path, eml_path = folder / f"{stem}.txt", folder / f"{stem}.eml"
        text_path.write_text(notice_text(notice, inputs.review.reference), encoding="utf-8")
        eml_path.write_bytes(notice_eml(notice))
        written.files += [text_path, eml_path]
    return written
