"""Gathering what the documents of a review are made from, and making them, anonymised or not.

A review's chronology files and family workbook are those added to it in the dashboard
(confirmed case files in the data folder, read with the mapping each was read with), unless
files are given on the command line. The integrated chronology is merged by the one pipeline
(`chronology.pipeline.merge`); anonymisation is the one of `cspr merge --anonymise`
(`anonymise.apply.anonymise_run` on the review's register, saved beside the family workbook),
and the written files pass the same leak check (`anonymise.apply.find_leaks`).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from chronology.columns import SavedMapping
from chronology.ingest import IngestResult, read_chronology
from chronology.pipeline import MergeRun, merge
from genogram.family import Family
from reviews import service
from reviews.documents import CaseInputs, Clean, Person, Written, write_documents
from reviews.errors import ReviewError
from reviews.models import Review

if TYPE_CHECKING:
    from anonymise.register import Register


@dataclass(frozen=True)
class Request:
    """What `cspr documents` was asked for."""

    reference: str
    out: Path
    anonymise: bool = False
    people: Path | None = None
    chronology: tuple[Path, ...] = ()
    date_mode: str = "month"
    scope_from: dt.date | None = None
    scope_to: dt.date | None = None
    today: dt.date | None = None
    data_dir: Path | None = None


def registered_files(session: Session, review: Review, data_dir: Path, kind: str) -> list[Path]:
    """The review's confirmed case files of this kind, as the dashboard keeps them."""
    from reviews.casefiles import case_files, file_path

    return [
        file_path(data_dir, f)
        for f in case_files(session, review.id, kind=kind, status="confirmed")
    ]


def read_registered(session: Session, review: Review, data_dir: Path) -> list[IngestResult]:
    from reviews.casefiles import case_files, file_path

    results = []
    for entry in case_files(session, review.id, kind="chronology", status="confirmed"):
        mapping = None
        if entry.mapping:
            data = json.loads(entry.mapping)
            mapping = SavedMapping(
                columns=dict(data.get("columns", {})),
                header_row=data.get("header_row"),
                agency=data.get("agency"),
            )
        results.append(
            read_chronology(
                file_path(data_dir, entry), agency=entry.agency or None, mapping=mapping
            )
        )
    return results


def record_texts(review: Review) -> list[tuple[str, str]]:
    """Every text of the record the documents may show, with its kind of field, for the
    anonymiser to learn from (names of people are practitioners' fields)."""
    names = [a.name for a in review.attendees] + [v.representative for v in review.votes]
    names += [review.lead_reviewer, review.decided_by]
    texts = [a.organisation for a in review.attendees] + [v.rationale for v in review.votes]
    texts += [r.agency for r in review.requests] + [r.queries for r in review.requests]
    texts += [d.reason for d in review.delays] + [review.referring_agency]
    texts += [getattr(review, f) for f in service.TEXT_FIELDS] + [review.decision_rationale]
    return [(n, "practitioner") for n in names if n] + [(t, "text") for t in texts if t]


def _people(register: Register, family: Family) -> list[Person]:
    """The family workbook's people as the documents show them; only the living are written
    to, and an unknown adult is never invited."""
    found = []
    for entry in register.of_kind("person"):
        if entry.source != "family workbook":
            continue
        person = family.people.get(entry.key.removeprefix("person:"))
        living = person is None or not (person.deceased or person.death is not None)
        found.append(
            Person(
                label=entry.pseudonym,
                name=entry.names[0] if entry.names else entry.pseudonym,
                role=entry.role,
                birth=_uk(entry.dates_of_birth[0]) if entry.dates_of_birth else "",
                adult=living and entry.adult and entry.role.strip().lower() != "unknown adult",
                subject=entry.key == register.subject,
            )
        )
    return found


def _uk(iso: str) -> str:
    return dt.date.fromisoformat(iso).strftime("%d/%m/%Y")


def make_documents(session: Session, request: Request) -> Written:
    """Gather the review's inputs, write its documents into `request.out` and (anonymised)
    strip and check them; LeakError removes every file written if a name is left."""
    from anonymise.apply import LeakError, anonymise_run, find_leaks
    from anonymise.metadata import strip_metadata
    from anonymise.redact import Anonymiser, Ctx
    from anonymise.register import default_register_path, load_register, register_from_family
    from chronology.pipeline import read_all
    from genogram.family import read_family
    from reviews.db import data_dir as default_data_dir

    review = service.get_review(session, request.reference)
    today = request.today or dt.date.today()
    folder = request.data_dir or default_data_dir()
    results = (
        read_all(list(request.chronology))
        if request.chronology
        else read_registered(session, review, folder)
    )
    people = request.people
    if people is None:
        family_files = registered_files(session, review, folder, "family")
        people = family_files[-1] if family_files else None
    if request.anonymise and people is None:
        raise ReviewError("is needed to anonymise (the family workbook)", field="people")
    family = read_family(people) if people is not None else None
    age_of = None
    if family is not None and (birth := family.subject_birth()) is not None:
        from chronology.ages import age_function

        age_of = age_function(birth)
    run = merge(results, None, age_of) if results else None
    clean, register = Clean(), None
    if request.anonymise:
        assert people is not None
        register = load_register(people, default_register_path(people), today=today)
        if run is not None:
            run, _ = anonymise_run(run, register, request.date_mode, today=today)
        anonymiser = Anonymiser(register, request.date_mode, today=today)
        anonymiser.learn_all((text, Ctx(field=kind)) for text, kind in record_texts(review))
        clean = Clean(anonymiser, request.date_mode)
    inputs = CaseInputs(review, today, run)
    if family is not None:
        inputs.people = _people(register or register_from_family(family, today=today), family)
        inputs.genogram_png = _genogram(family, register, today)
    inputs.scope_from = request.scope_from or _scope_start(family, run)
    inputs.scope_to = request.scope_to or review.incident_date
    written = write_documents(inputs, request.out, clean)
    if register is not None and people is not None:
        for path in written.files:
            strip_metadata(path)
        leaks = find_leaks(written.files, register)
        register.save(default_register_path(people))
        if leaks:
            for path in written.files:
                path.unlink(missing_ok=True)
            raise LeakError(
                f"{len(leaks)} names from the register are still in the anonymised documents "
                f"(first: {leaks[0]}); documents removed"
            )
    return written


def _scope_start(family: Family | None, run: MergeRun | None) -> dt.date | None:
    """The scope starts at the subject child's birth, else the chronology's first entry."""
    birth = family.subject_birth() if family is not None else None
    if birth is not None:
        return birth.value
    events = run.integration.events if run is not None else []
    return min((e.date for e in events), default=None)


def _genogram(family: Family, register: Register | None, today: dt.date) -> bytes:
    """The genogram as a PNG; anonymised (a register given), each person carries the register's
    pseudonym, so a name the reviewer or the family chose is the genogram's too."""
    from dataclasses import replace

    from genogram.build import build_genogram
    from genogram.export import render

    if register is not None:
        chosen = {
            e.key.removeprefix("person:"): e.pseudonym
            for e in register.of_kind("person")
            if e.key.startswith("person:")
        }
        people = {
            pid: replace(person, pseudonym=chosen[pid]) if pid in chosen else person
            for pid, person in family.people.items()
        }
        family = Family(people, family.relationships, family.source)
    genogram = build_genogram(family, anonymise=register is not None, today=today)
    return render(genogram, ".png")


def describe(written: Written, out: Path, anonymised: bool, reference: str) -> str:
    """What was written, and which notifications still wait to be logged as sent."""
    lines = [f"{'anonymised ' if anonymised else ''}documents of {reference} written to {out}:"]
    lines += [f"  {p.relative_to(out)}" for p in written.files if p.suffix != ".eml"]
    for notice in written.notices:
        state = f"sent {notice.sent_on:%d/%m/%Y}" if notice.sent_on else "not logged as sent"
        due = f", due {notice.due:%d/%m/%Y}" if notice.due and not notice.sent_on else ""
        lines.append(
            f"  notification {notice.number}: {notice.recipient}: {notice.subject} ({state}{due})"
        )
    lines += [f"note: {n}" for n in written.notes]
    return "\n".join(lines)
