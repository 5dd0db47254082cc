"""The anonymiser's errors (see chronology.errors)."""

from __future__ import annotations

from chronology.errors import InputError


class AnonymiseError(InputError):
    """A register, family workbook, file or option the anonymiser cannot use."""


class LeakError(AnonymiseError):
    """A name from the register is still in an anonymised output."""
