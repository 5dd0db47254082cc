"""Who may do what on the upload page, beyond the `guarded` permission of each callback: the
review and file a callback may touch, and three finer permissions of the table in
`dashboard/access.py` (`upload.family`, `mappings.save`, `upload.any_agency`), each asked by one
named function so the page never compares roles itself.
"""

from __future__ import annotations

from typing import Any

from dashboard.access import CurrentUser, Denied, db, require
from dashboard.access import require_review as review_for
from reviews.casefiles import CaseFile


def may_upload_family(user: CurrentUser) -> bool:
    """The family workbook (the genogram's source) is uploaded by a lead reviewer only."""
    return user.can("upload.family")


def may_save_template_mapping(user: CurrentUser) -> bool:
    """A saved template mapping applies to that agency's uploads in every review."""
    return user.can("mappings.save")


def own_uploads_only(user: CurrentUser) -> bool:
    """An agency uploader uploads chronologies for their own agency and sees only the files
    they uploaded themselves."""
    return not user.can("upload.any_agency")


def uploader_filter(user: CurrentUser) -> str | None:
    """Whose uploads the user sees: their own (their user name), or everyone's (None)."""
    return user.username if own_uploads_only(user) else None


def review_of(review_id: Any) -> tuple[CurrentUser, int]:
    """The caller (who must hold `upload`) and the review's id, once the review is checked to
    be one they may work on."""
    user = require("upload")
    with db() as session:
        review = review_for(user, review_id, session)
        return user, review.id


def own_file(session: Any, user: CurrentUser, review_id: int, file_id: Any) -> CaseFile:
    """The review's file with this id, if the user may see it; Denied otherwise."""
    try:
        entry = session.get(CaseFile, int(file_id))
    except (TypeError, ValueError):
        entry = None
    if entry is None or entry.review_id != review_id:
        raise Denied("no such file in this review")
    if own_uploads_only(user) and entry.uploaded_by != user.username:
        raise Denied("agency uploaders see their own uploads only")
    return entry
