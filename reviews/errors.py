"""The reviews package's errors: a request that breaks one of the guidance's rules. The message
is one line a business support officer can act on, in the words of the review (never a
command-line flag), so the command line and the dashboard show it as it is."""

from __future__ import annotations

from chronology.errors import InputError


class ReviewError(InputError):
    """A request that breaks a rule, or a file or value a review cannot use; the message says
    which and why (see chronology.errors)."""


def check_choice(value: str, allowed: tuple[str, ...], what: str) -> str:
    if value not in allowed:
        raise ReviewError(f"{what} must be one of {', '.join(allowed)} (got '{value}')")
    return value
