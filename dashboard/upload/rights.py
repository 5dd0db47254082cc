"""Who may do what on the upload page, beyond the `guarded` permission of each callback: the
review and file a callback may touch, and the three checks still made by role.

Those three are each one named function, so the page never compares roles itself. They become
`user.can(...)` once `dashboard/access.py` holds the permissions (issue 17): `upload.family`
and `mappings.save` (lead reviewer), and `upload.any_agency` (lead reviewer; without it, as an
agency uploader, one's own agency's chronologies and one's own uploads only).
"""

from __future__ import annotations

from typing import Any

from dashboard.access import CurrentUser, Denied, db, require
from dashboard.access import require_review as review_for
from reviews.casefiles import CaseFile


def may_upload_family(user: CurrentUser) -> bool:
    """The family workbook (the genogram's source) is uploaded by a lead reviewer only."""
    return user.role == "lead_reviewer"


def may_save_template_mapping(user: CurrentUser) -> bool:
    """A saved template mapping applies to that agency's uploads in every review."""
    return user.role == "lead_reviewer"


def own_uploads_only(user: CurrentUser) -> bool:
    """An agency uploader uploads chronologies for their own agency and sees only the files
    they uploaded themselves."""
    return user.role == "agency_uploader"


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
