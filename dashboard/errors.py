"""What the dashboard tells a user when something they asked for cannot be done.

Only the project's error family is caught and shown (`USER_ERRORS`): the domains' input errors
(`chronology.errors.InputError` and its subclasses), a refused file (`IngestError`) and a rules
file that does not load (`RulesError`). Any other exception is a programming error: Dash logs it
and the user sees that the action failed, never its internals. An error about one input names
it in the dashboard's words (`FIELD_WORDS`), where the command line would name its flag.
"""

from __future__ import annotations

from chronology.errors import InputError
from chronology.filesafety import IngestError
from rulefiles import RulesError


class ScreenError(InputError):
    """A choice missing or not allowed on a page ("choose a pair first")."""


USER_ERRORS: tuple[type[Exception], ...] = (InputError, IngestError, RulesError)

# The inputs domain errors name (`InputError.field`), as a page calls them.
FIELD_WORDS = {
    "as_at": "The as-at date",
    "subject": "The subject child",
    "people": "The family workbook",
    "out": "The file name",
    "dates": "The dates setting",
    "template": "The template file name",
    "agency": "The agency",
}


def user_message(error: Exception) -> str:
    """The one line a page shows for one of `USER_ERRORS`."""
    text = " ".join(str(error).split())
    if isinstance(error, InputError) and error.field:
        name = FIELD_WORDS.get(error.field, error.field.replace("_", " ").capitalize())
        return f"{name} {text}"
    return text
