"""Dashboard accounts: users and their roles, passwords (salted hashes only), logins kept in the
database, failed-login counters, and the reviews each user may open. `cspr user` (accounts.cli)
and the dashboard's Admin page both go through `accounts.users`.

    from accounts import add_user, assign, authenticate
"""

from accounts.models import ROLES, Assignment, LoginCounter, LoginSession, User
from accounts.users import (
    MIN_PASSWORD,
    AccountError,
    add_user,
    assign,
    assigned_review_ids,
    assigned_usernames,
    authenticate,
    get_user,
    list_users,
    remove_user,
    set_password,
    unassign,
)

__all__ = [
    "MIN_PASSWORD",
    "ROLES",
    "AccountError",
    "Assignment",
    "LoginCounter",
    "LoginSession",
    "User",
    "add_user",
    "assign",
    "assigned_review_ids",
    "assigned_usernames",
    "authenticate",
    "get_user",
    "list_users",
    "remove_user",
    "set_password",
    "unassign",
]
