"""Issue 21: direct tests for anonymise/numbers_dates.py (links and emails, NHS, NI and phone
numbers, dates and dates of birth, case references) that kill mutmut's survivors.

The family is test_anonymise_patterns' fictional one: Amara Okonkwo-Price (subject child, "Child
A", born 14/02/2016), her father Emeka Okonkwo ("Father", born 03/09/1987) and her brother
Jayden Price ("Sibling 1"), whose notes hold the NHS number 999 012 3456 (a test-range number
that fails the mod-11 check, so only the register knows it is one). Phone numbers are in the
drama range (07700 900xxx), NI numbers use the unused QQ prefix, and every email, link and case
reference is invented.

Each test pins both what the published report shows (the redacted sentence) and what the
anonymiser says it replaced (the Replacement parts: original text, replacement, kind and note),
which the anonymisation report lists for the reviewer to check: a part with the wrong kind or no
original text is a report that cannot be checked.

Accepted equivalent mutants
---------------------------
By mutmut's name (anonymise.numbers_dates.xǁNumberDatePassesǁ<method>__mutmut_N):

- _numbers 2: the register's identifiers keyed in lower case rather than upper; the key is only
  compared with an NHS number's ten digits, which have no case.
- _age_phrase 15: `if age or True`; age_at never returns '' (every branch returns an age,
  "under 1y" or "unborn"), so the year is never the fallback.
"""

from __future__ import annotations

import dataclasses

import pytest

from anonymise.redact import Replacement
from anonymise.register import Register
from tests.redact_fixtures import (
    CTX,
    family_path_fixture,  # noqa: F401  (fixtures: pytest finds them by name)
    redact,
    register_fixture,  # noqa: F401
)

R = Replacement


# ------------------------------------------------------------------ links and emails


@pytest.mark.parametrize(
    ("text", "out", "parts"),
    [
        (
            "Email kerry.p@example.org or see www.example.org/page now.",
            "Email [email address] or see [link] now.",
            (
                R("kerry.p@example.org", "[email address]", "email"),
                R("www.example.org/page", "[link]", "link"),
            ),
        ),
        (
            "Referral form at https://example.org/case?id=7 today.",
            "Referral form at [link] today.",
            (R("https://example.org/case?id=7", "[link]", "link"),),
        ),
    ],
)
def test_links_and_emails_are_replaced_and_reported(
    register: Register, text: str, out: str, parts: tuple[Replacement, ...]
) -> None:
    assert redact(register, text) == (out, parts)


# ------------------------------------------------------------------ NHS, NI and phone numbers


def test_an_nhs_number_the_register_holds_is_replaced_however_written(
    register: Register,
) -> None:
    """999 012 3456 fails the mod-11 check and nothing near it says NHS: only Jayden's notes in
    the family workbook say it is his NHS number. Written with dashes here, it is matched by its
    digits alone."""
    assert redact(register, "Number 999-012-3456 given.") == (
        "Number [NHS number] given.",
        (R("999-012-3456", "[NHS number]", "nhs"),),
    )


NOT_NHS = "123 456 7890"  # ten digits that fail the mod-11 check


@pytest.mark.parametrize(
    ("before", "out"),
    [
        # "NHS" within the 20 characters before the number: an NHS number with a typo
        ("NHS: number on file ", "NHS: number on file [NHS number]"),
        # one character further away: not its label, and the number is not a valid one
        ("NHS: number on file: ", f"NHS: number on file: {NOT_NHS}"),
    ],
)
def test_nhs_in_the_20_characters_before_a_number_labels_it(
    register: Register, before: str, out: str
) -> None:
    assert len(before) in (20, 21)
    text, parts = redact(register, before + NOT_NHS)
    assert text == out
    assert parts == ((R(NOT_NHS, "[NHS number]", "nhs"),) if len(before) == 20 else ())


@pytest.mark.parametrize(
    ("sheet", "out"),
    [
        ("NHS numbers", "Number [NHS number] given."),
        ("Health (NHS)", "Number [NHS number] given."),
        ("Health", f"Number {NOT_NHS} given."),
    ],
)
def test_a_ten_digit_number_on_an_nhs_sheet_is_an_nhs_number(
    register: Register, sheet: str, out: str
) -> None:
    ctx = dataclasses.replace(CTX, sheet=sheet)
    assert redact(register, f"Number {NOT_NHS} given.", ctx=ctx)[0] == out


def test_an_ni_number_is_replaced_and_reported(register: Register) -> None:
    assert redact(register, "National Insurance QQ 12 34 56 C noted.") == (
        "National Insurance [NI number] noted.",
        (R("QQ 12 34 56 C", "[NI number]", "ni"),),
    )


@pytest.mark.parametrize(
    ("text", "out", "original"),
    [
        ("Mum's mobile 07700 900111.", "Mum's mobile [phone number].", "07700 900111"),
        # the bracket opens the remark, not the number: it stays, and so does its close
        ("Mum's mobile (07700 900333).", "Mum's mobile ([phone number]).", "07700 900333"),
        # a bracketed area code is part of the number
        ("Mum's mobile (07700) 900222.", "Mum's mobile [phone number].", "(07700) 900222"),
    ],
)
def test_a_phone_number_is_replaced_and_reported(
    register: Register, text: str, out: str, original: str
) -> None:
    assert redact(register, text) == (out, (R(original, "[phone number]", "phone"),))


# ------------------------------------------------------------------ dates


@pytest.mark.parametrize(
    ("text", "mode", "out", "replacement"),
    [
        ("Seen 04/05/2019.", "month", "Seen May 2019.", "May 2019"),
        ("Seen 04/05/2019.", "age", "Seen when Child A was 3y 2m.", "when Child A was 3y 2m"),
        # a month only: her age in months, May against February (3y 3m), not counted from the
        # 1st of May (which would be 3y 2m, short of her birthday on the 14th)
        ("Reviewed May 2019.", "age", "Reviewed when Child A was 3y 3m.", "when Child A was 3y 3m"),
        ("Reviewed May 2019.", "month", "Reviewed May 2019.", "May 2019"),
    ],
)
def test_an_event_date_is_published_as_its_month_or_the_childs_age(
    register: Register, text: str, mode: str, out: str, replacement: str
) -> None:
    original = text.split(" ", 1)[1].rstrip(".")
    assert redact(register, text, mode=mode) == (out, (R(original, replacement, "date"),))


@pytest.mark.parametrize(
    ("mode", "replacement"),
    [
        ("month", "31 February 2019"),
        # February 2019 against February 2016, by month: 3y 0m (by day from the 1st, 2y 11m)
        ("age", "31 February, when Child A was 3y 0m"),
    ],
)
def test_a_day_the_month_does_not_have_is_written_out(
    register: Register, mode: str, replacement: str
) -> None:
    """31/02/2019 is nobody's date: it is written out so that a remark on it stays true, with
    the year (month mode) or the child's age (age mode) in place of the year."""
    assert redact(register, "Letter dated 31/02/2019 was wrong.", mode=mode) == (
        f"Letter dated {replacement} was wrong.",
        (R("31/02/2019", replacement, "date", note="impossible date"),),
    )


def test_a_family_members_birth_date_without_a_label_is_a_date_of_birth(
    register: Register,
) -> None:
    """Emeka was born 03/09/1987: his birthday written out is a date of birth even with no "DOB"
    before it, and no label is there to drop (note '')."""
    assert redact(register, "Emeka's birthday is 03/09/1987.") == (
        "Father's birthday is [date of birth].",
        (
            R("03/09/1987", "[date of birth]", "date_of_birth"),
            R("Emeka", "Father", "person", key="person:F3"),
        ),
    )


def test_a_labelled_date_of_birth_drops_its_label(register: Register) -> None:
    assert redact(register, "Seen 04/05/2019; DOB 01/06/2015.") == (
        "Seen May 2019; [date of birth].",
        (
            R("04/05/2019", "May 2019", "date"),
            R("01/06/2015", "[date of birth]", "date_of_birth", note="dob-label"),
        ),
    )


# ------------------------------------------------------------------ case references


@pytest.mark.parametrize(
    ("text", "field", "out", "parts"),
    [
        # a whole reference column is replaced, whatever it holds
        ("Case 2231", "reference", "[reference]", (R("Case 2231", "[reference]", "reference"),)),
        ("see GP letter", "nhs", "[NHS number]", (R("see GP letter", "[NHS number]", "nhs"),)),
        # a phone number inside it is reported, and the whole column with it as written
        (
            "Ref 07700 900111 kept",
            "reference",
            "[reference]",
            (
                R("07700 900111", "[phone number]", "phone"),
                R("Ref 07700 900111 kept", "[reference]", "reference"),
            ),
        ),
        # in free text only what looks like a reference is
        (
            "Crime ref AB-12345/21 and CR12345 noted.",
            "text",
            "Crime ref [reference] and [reference] noted.",
            (
                R("AB-12345/21", "[reference]", "reference"),
                R("CR12345", "[reference]", "reference"),
            ),
        ),
        ("Case 2231 noted.", "text", "Case 2231 noted.", ()),
    ],
)
def test_case_references_are_replaced_and_reported(
    register: Register, text: str, field: str, out: str, parts: tuple[Replacement, ...]
) -> None:
    ctx = dataclasses.replace(CTX, field=field)
    assert redact(register, text, ctx=ctx) == (out, parts)
