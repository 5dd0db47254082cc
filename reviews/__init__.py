"""Review tracking: statutory timescales and deadlines with their RAG status, the decision
votes, agency requests and returns, actions, the documents a review sends, and the tracker and
calendar exports. Everything is recorded through `reviews.service` in one database
(`reviews.db`: SQLite by default, PostgreSQL by URL) with an audit trail.

    from reviews import make_engine, upgrade, add_review, review_deadlines

The names below are loaded when first used (PEP 562), so importing a small module such as
`reviews.workingdays` does not pull in SQLAlchemy, the documents and the writers.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from reviews.actions import action_rows, write_actions
    from reviews.chronology_template import write_chronology_template
    from reviews.db import database_url, make_engine, upgrade
    from reviews.documents import write_documents
    from reviews.export import write_ics, write_tracker_xlsx
    from reviews.models import Review
    from reviews.queries import make_query_workbooks
    from reviews.report_check import check_report
    from reviews.service import ReviewError, add_review, get_review, list_reviews, update_review
    from reviews.status import DeadlineStatus, review_deadlines
    from reviews.timescales import deadlines_for
    from reviews.workingdays import WorkingCalendar, default_calendar

_EXPORTS = {
    "action_rows": "reviews.actions",
    "write_actions": "reviews.actions",
    "write_chronology_template": "reviews.chronology_template",
    "database_url": "reviews.db",
    "make_engine": "reviews.db",
    "upgrade": "reviews.db",
    "write_documents": "reviews.documents",
    "write_ics": "reviews.export",
    "write_tracker_xlsx": "reviews.export",
    "Review": "reviews.models",
    "make_query_workbooks": "reviews.queries",
    "check_report": "reviews.report_check",
    "ReviewError": "reviews.service",
    "add_review": "reviews.service",
    "get_review": "reviews.service",
    "list_reviews": "reviews.service",
    "update_review": "reviews.service",
    "DeadlineStatus": "reviews.status",
    "review_deadlines": "reviews.status",
    "deadlines_for": "reviews.timescales",
    "WorkingCalendar": "reviews.workingdays",
    "default_calendar": "reviews.workingdays",
}

__all__ = [
    "DeadlineStatus",
    "Review",
    "ReviewError",
    "WorkingCalendar",
    "action_rows",
    "add_review",
    "check_report",
    "database_url",
    "deadlines_for",
    "default_calendar",
    "get_review",
    "list_reviews",
    "make_engine",
    "make_query_workbooks",
    "review_deadlines",
    "update_review",
    "upgrade",
    "write_actions",
    "write_chronology_template",
    "write_documents",
    "write_ics",
    "write_tracker_xlsx",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'reviews' has no attribute {name!r}")
    return getattr(import_module(module), name)
