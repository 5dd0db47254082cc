"""Managing dashboard users from the Admin page, through the functions `cspr user` uses
(`accounts.add_user`, `remove_user`, `set_password`, `assign`), which check the rules
(user names, roles, a password of at least 10 characters, an agency for an agency uploader) and
write the audit trail with the administrator as who made the change. Each function checks the
caller's permission (users.manage) on the server again.

A new password ends the user's sessions (the login's stamp no longer matches; their login
records are also deleted here, so no session outlives the change). An administrator may not
remove their own account here (that would lock them out mid-change; `cspr user remove` can).
"""

from __future__ import annotations

from sqlalchemy import delete

from accounts import LoginSession, users
from dashboard.access import ROLE_NAMES, CurrentUser, Denied, db, require
from dashboard.errors import USER_ERRORS, ScreenError, user_message


def add_user(
    user: CurrentUser,
    *,
    username: str | None,
    role: str | None,
    password: str | None,
    agency: str | None = None,
    display_name: str | None = None,
    reviews: list[str] | None = None,
) -> str:
    """Add an account (and assign it to `reviews`), as `cspr user add` does."""
    require("users.manage")
    with db() as session:
        try:
            added = users.add_user(
                session,
                username or "",
                password or "",
                role or "",
                by=user.username,
                agency=agency or "",
                display_name=display_name or "",
            )
            for reference in reviews or []:
                users.assign(session, added.username, reference, by=user.username)
        except USER_ERRORS as error:
            raise ScreenError(user_message(error)) from None
        role_name = ROLE_NAMES.get(added.role, added.role).lower()
        where = f", assigned to {', '.join(reviews)}" if reviews else ""
        return f"Added {added.username} ({role_name}{where})."


def remove_user(user: CurrentUser, username: str | None) -> str:
    """Remove an account, as `cspr user remove` does (not one's own)."""
    require("users.manage")
    if not username:
        raise ScreenError("choose a user")
    if username.strip().lower() == user.username:
        raise Denied("you cannot remove your own account here")
    with db() as session:
        users.remove_user(session, username, by=user.username)
    return f"Removed {username}."


def set_password(user: CurrentUser, username: str | None, password: str | None) -> str:
    """Set a user's password, as `cspr user passwd` does, and end their sessions."""
    require("users.manage")
    if not username:
        raise ScreenError("choose a user")
    with db() as session:
        users.set_password(session, username, password or "", by=user.username)
        account = users.get_user(session, username)
        session.execute(delete(LoginSession).where(LoginSession.user_id == account.id))
    return f"Password changed for {username}; their sessions have ended."


def unassign(user: CurrentUser, username: str | None, reference: str | None) -> str:
    """Take a user's access to a review away."""
    require("users.manage")
    if not username or not reference:
        raise ScreenError("choose a user and a review")
    with db() as session:
        if not users.unassign(session, username, reference, by=user.username):
            raise ScreenError(f"{username} is not assigned to {reference}")
    return f"{username} taken off {reference}."


def assign(user: CurrentUser, username: str | None, reference: str | None) -> str:
    """Give a user access to a review, as `cspr user assign` does."""
    require("users.manage")
    if not username or not reference:
        raise ScreenError("choose a user and a review")
    with db() as session:
        users.assign(session, username, reference, by=user.username)
    return f"{username} assigned to {reference}."
