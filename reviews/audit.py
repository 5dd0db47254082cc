"""Every change to a review is written to the audit trail: who, when, what, old and new value."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Session

from reviews.models import AuditEntry, Review


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


def _show(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def audit(
    session: Session,
    user: str,
    action: str,
    entity: object,
    review: Review | None = None,
    field: str = "",
    old: Any = None,
    new: Any = None,
) -> None:
    session.add(
        AuditEntry(
            at=now(),
            user=user,
            action=action,
            entity=type(entity).__name__,
            entity_id=getattr(entity, "id", None),
            review_reference=review.reference if review else "",
            field=field,
            old_value=_show(old),
            new_value=_show(new),
        )
    )
