"""The Export page's review documents, agency chronology templates and query workbooks, made
on the server by the functions the command line uses (`cspr documents`, `cspr template
chronology`, `cspr review queries`) and sent as a download: one file as it is, several as one
zip. Each function here checks the caller's permission and assignment to the review again
(callbacks are guarded too) and writes an "export" entry in the audit trail.

- documents: `reviews.case_inputs.make_documents`, the code of `cspr documents`; anonymised, it
  anonymises with the CLI's anonymiser and refuses (LeakError) a file that still holds a name;
- the chronology template: `reviews.chronology_template.write_chronology_template`, the due date
  the one tracked for that agency's chronology unless another is chosen;
- query workbooks: `reviews.queries.make_query_workbooks` on the review's confirmed files,
  optionally recorded as sent back (`reviews.queries.record_sent_back`).
"""

from __future__ import annotations

import base64
import datetime as dt
import io
import re
import tempfile
import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from dashboard.access import (
    CurrentUser,
    Denied,
    anonymised_download,
    anonymised_view,
    context,
    db,
    require,
)
from dashboard.access import require_review as review_for
from dashboard.errors import ScreenError
from reviews import service
from reviews.models import Review
from reviews.requests import chronology_due

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
MIME = {
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xlsx": XLSX,
    ".txt": "text/plain",
    ".eml": "message/rfc822",
    ".zip": "application/zip",
}
# The documents `cspr documents` writes, as the panel offers them: (key, words on screen).
DOCUMENT_KINDS: tuple[tuple[str, str], ...] = (
    ("scoping", "Scoping request letters (one per agency asked for a scoping form)"),
    ("templates", "Chronology templates (one per agency asked for a chronology)"),
    ("pack", "Rapid review pack"),
    ("terms", "Terms of reference draft"),
    ("family", "Letter inviting the family to contribute"),
    ("notifications", "Notifications (Panel, Ofsted, DfE, Secretary of State), text and e-mail"),
)
KIND_KEYS = tuple(key for key, _ in DOCUMENT_KINDS)
ALL_AGENCIES = "__all__"


def document_kind(relative: Path) -> str:
    """Which of DOCUMENT_KINDS a written file is (by the name `write_documents` gives it)."""
    name = relative.name
    if relative.parts[0] == "notifications":
        return "notifications"
    if name.startswith("scoping_request_"):
        return "scoping"
    if name.startswith("chronology_template_"):
        return "templates"
    if name == "rapid_review_pack.docx":
        return "pack"
    if name == "terms_of_reference_draft.docx":
        return "terms"
    if name == "family_invitation.docx":
        return "family"
    return "other"


def download(name: str, data: bytes) -> dict[str, Any]:
    """What `dcc.Download` sends: the bytes (base64), the file's name and its type."""
    return {
        "content": base64.b64encode(data).decode("ascii"),
        "filename": name,
        "type": MIME.get(Path(name).suffix.lower(), "application/octet-stream"),
        "base64": True,
    }


def zipped(files: Iterable[tuple[str, Path]]) -> bytes:
    """One zip of (name inside the zip, file) pairs."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, path in files:
            archive.write(path, name)
    return buffer.getvalue()


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "_", text).strip("_")[:40]


def _family_files(session: Session, review: Review) -> list[Path]:
    from reviews.case_inputs import registered_files

    return registered_files(session, review, context().data_dir, "family")


def _audit(session: Session, user: CurrentUser, review: Review, what: str, detail: str) -> None:
    service.audit(session, user.username, "export", review, review, what, None, detail)


# ------------------------------------------------------------------------------ documents
def documents_file(
    user: CurrentUser,
    review_id: Any,
    kinds: Sequence[str] | None,
    anonymise: bool,
    today: dt.date | None = None,
) -> dict[str, Any]:
    """The chosen documents of the review (every kind when none is chosen), written by
    `make_documents` as `cspr documents` writes them: one file as it is, several as a zip.
    Raises Denied (no permission, not assigned) or a user error (`dashboard.errors`: nothing
    to send, with why)."""
    from anonymise.apply import LeakError
    from reviews.case_inputs import Request, make_documents

    require("documents")
    anonymised = anonymised_download(user, anonymise, "documents.named")
    chosen = [k for k in (kinds or KIND_KEYS) if k in KIND_KEYS]
    if not chosen:
        raise ScreenError("choose at least one document")
    with db() as session:
        review = review_for(user, review_id, session)
        if anonymised and not _family_files(session, review):
            raise ScreenError(
                "anonymised documents need the family workbook: a lead reviewer adds it on the "
                "Upload page first"
            )
        with tempfile.TemporaryDirectory(prefix="cspr-documents-") as folder:
            out = Path(folder) / "documents"
            request = Request(
                reference=review.reference,
                out=out,
                anonymise=anonymised,
                today=today,
                data_dir=context().data_dir,
            )
            try:
                written = make_documents(session, request)
            except LeakError as error:
                raise ScreenError(f"not exported: {error}") from None
            files = [
                (path.relative_to(out), path)
                for path in written.files
                if document_kind(path.relative_to(out)) in chosen
            ]
            if not files:
                raise ScreenError(_nothing_written(chosen))
            suffix = "_anonymised" if anonymised else ""
            if len(files) == 1:
                relative, path = files[0]
                name, data = f"{review.reference}_{relative.name}", path.read_bytes()
            else:
                name = f"{review.reference}_documents{suffix}.zip"
                data = zipped((relative.as_posix(), path) for relative, path in files)
        kind = "anonymised" if anonymised else "named"
        detail = f"{', '.join(chosen)}: {len(files)} files ({kind})"
        _audit(session, user, review, "documents", detail)
    return download(name, data)


def _nothing_written(chosen: Sequence[str]) -> str:
    if set(chosen) <= {"scoping", "templates"}:
        return (
            "no letter or template to write: the review has not asked any agency for a scoping "
            "form or a chronology yet (record the requests on the review's page)"
        )
    return "no document of that kind could be written for this review"


# ------------------------------------------------------------------- chronology template
def template_agencies(user: CurrentUser, review_id: Any) -> list[str]:
    """Agencies a template may be written for: those the review asked for anything, then the
    agencies of its chronology. Named, so only for those who see names (else none)."""
    from dashboard.case import load_case
    from dashboard.timeline import case_agencies

    require("documents")
    if anonymised_view(user) or not user.can("documents.named"):
        return []
    with db() as session:
        review = review_for(user, review_id, session)
        names = [r.agency for r in review.requests]
        names += case_agencies(load_case(session, context().data_dir, review.id))
    found: list[str] = []
    for name in names:
        if name and not any(service.same_agency(name, other) for other in found):
            found.append(name)
    return found


def template_file(
    user: CurrentUser, review_id: Any, agency: str | None, due: dt.date | None
) -> dict[str, Any]:
    """The agency chronology template for this review (its reference and child's pseudonym),
    for `agency` (none: a blank one), due on `due`, else on the date tracked for that agency."""
    from reviews.chronology_template import write_chronology_template

    require("documents")
    agency = (agency or "").strip() or None
    if agency and (anonymised_view(user) or not user.can("documents.named")):
        raise Denied(
            "a template naming an agency is for the review team (lead reviewers, business support)"
        )
    with db() as session:
        review = review_for(user, review_id, session)
        if agency and due is None:
            due = chronology_due(review, agency)
        with tempfile.TemporaryDirectory(prefix="cspr-template-") as folder:
            name = f"{review.reference}_chronology_template"
            name += f"_{_slug(agency)}.xlsx" if agency else ".xlsx"
            path = write_chronology_template(
                Path(folder) / name,
                agency=agency,
                due=due,
                reference=review.reference,
                child=review.child_pseudonym,
            )
            data = path.read_bytes()
        when = f", due {due:%d/%m/%Y}" if due else ""
        _audit(session, user, review, "chronology template", f"{agency or 'blank'}{when}")
    return download(name, data)


# ------------------------------------------------------------------------ query workbooks
def query_agencies(user: CurrentUser, review_id: Any) -> list[str]:
    """The agencies with rejected rows in the review's chronology, named as their workbooks
    name them (the grouping of `reviews.queries.by_agency`)."""
    from dashboard.case import load_case
    from reviews.queries import by_agency

    _query_user(user)
    with db() as session:
        review = review_for(user, review_id, session)
        case = load_case(session, context().data_dir, review.id)
        return [group.agency for group in by_agency(case.run.results)]


def _query_user(user: CurrentUser) -> None:
    require("documents.named")
    if anonymised_view(user):
        raise Denied(
            "query workbooks hold the agency's rows as it wrote them: turn presentation mode off"
        )


def query_file(
    user: CurrentUser,
    review_id: Any,
    agency: str | None,
    *,
    sent_back: bool = False,
    today: dt.date | None = None,
) -> tuple[dict[str, Any], list[str]]:
    """The query workbook of one agency (or a zip of every agency's) from the review's
    confirmed chronology files, as `cspr review queries` writes them; with `sent_back`, each
    agency's returned chronology recorded as sent back with queries (needs reviews.edit).
    Returns the download and one line per agency."""
    from reviews.casefiles import case_files
    from reviews.queries import make_query_workbooks, record_sent_back

    _query_user(user)
    if sent_back:
        require("reviews.edit")
    today = today or dt.date.today()
    agency = None if agency in (None, "", ALL_AGENCIES) else agency
    with db() as session:
        review = review_for(user, review_id, session)
        if not case_files(session, review.id, kind="chronology", status="confirmed"):
            raise ScreenError("no chronology has been added to this review yet")
        with tempfile.TemporaryDirectory(prefix="cspr-queries-") as folder:
            written = make_query_workbooks(
                session,
                review.reference,
                Path(folder),
                today=today,
                agency=agency,
                data_dir=context().data_dir,
            )
            if not written:
                whose = f" in {agency}'s chronology" if agency else ""
                raise ScreenError(f"no rows were rejected{whose}: nothing to ask")
            if len(written) == 1:
                name, data = written[0].path.name, written[0].path.read_bytes()
            else:
                name = f"{review.reference}_queries.zip"
                data = zipped((book.path.name, book.path) for book in written)
        lines = [
            f"{book.agency}: {book.rows} row{'s' if book.rows != 1 else ''}, answer by "
            f"{book.due:%d/%m/%Y}"
            for book in written
        ]
        if sent_back:
            lines += record_sent_back(session, review.reference, written, today, user.username)
        _audit(session, user, review, "query workbooks", f"{agency or 'every agency'}")
    return download(name, data), lines
