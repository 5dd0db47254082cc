"""The genogram's errors: a family workbook or a request it cannot draw (see chronology.errors)."""

from __future__ import annotations

from chronology.errors import InputError


class GenogramError(InputError):
    """A family workbook that does not hold together, or a subject, date or file the genogram
    cannot use; the message names the sheet and row, or the input in `field`."""
