"""The project's error family: what a user gave (a file, a value, an option) that cannot be used.

Each domain raises its own subclass (`chronology.dates.DateError`, `genogram.errors.GenogramError`,
`anonymise.errors.AnonymiseError`, `reviews.errors.ReviewError`) with a one-line message in the
user's words and, when the error is about one input, that input's neutral name in `field`
("as_at", "subject", "out"). The message never names a command-line flag: the command line
shows `--as-at 01/01/2000 is before ...` (`as_flag`), the dashboard its own label for the field.
A plain `ValueError` from domain code is a programming error and is not caught as a user's.
"""

from __future__ import annotations


class InputError(ValueError):
    """Something a user gave that cannot be used; the message says what and why."""

    def __init__(self, message: str, *, field: str = "") -> None:
        super().__init__(message)
        self.field = field

    def as_flag(self) -> str:
        """The message as the command line says it: `--as-at 01/01/2000 is before ...`."""
        if not self.field:
            return str(self)
        return f"--{self.field.replace('_', '-')} {self}"
