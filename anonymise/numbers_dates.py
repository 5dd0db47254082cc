"""The passes for what patterns find without a register: links and emails, NHS, NI and phone
numbers, dates (a date of birth as such, others as month and year or the child's age) and
case references."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from anonymise.name_index import RedactorBase
from anonymise.patterns import (
    DATE_PATTERNS,
    DOB_LABEL,
    EMAIL,
    LINK,
    NHS,
    NHS_CONTEXT,
    NI,
    PHONE,
    REFERENCE,
    FoundDate,
    is_reference,
    nhs_checksum_ok,
    phone_digits_ok,
    read_found_date,
)
from anonymise.work import PLACEHOLDER, Ctx, Work
from chronology.ages import age_at


class NumberDatePasses(RedactorBase):
    def _links_and_emails(self, work: Work) -> None:
        work.text = EMAIL.sub(
            lambda m: work.put(m.group(), self.rules.placeholders["email"], "email"), work.text
        )
        work.text = LINK.sub(
            lambda m: work.put(m.group(), self.rules.placeholders["link"], "link"), work.text
        )

    def _known_identifiers(self) -> set[str]:
        return {
            re.sub(r"\W", "", n).upper()
            for e in self.register.of_kind("identifier")
            for n in e.names
        }

    def _numbers(self, work: Work, ctx: Ctx) -> None:
        def nhs(match: re.Match[str]) -> str:
            digits = "".join(match.groups())
            before = work.text[max(0, match.start() - 20) : match.start()]
            if (
                nhs_checksum_ok(digits)
                # the register's identifiers, looked up only for a number like an NHS number
                or digits in self._known_identifiers()
                or NHS_CONTEXT.search(before)
                or "nhs" in ctx.sheet.lower()
            ):
                return work.put(match.group(), self.rules.placeholders["nhs"], "nhs")
            return match.group()

        work.text = NHS.sub(nhs, work.text)
        work.text = NI.sub(
            lambda m: work.put(m.group(), self.rules.placeholders["ni"], "ni"), work.text
        )

        def phone(match: re.Match[str]) -> str:
            number = match.group()
            if not phone_digits_ok(number):
                return number
            opening = "(" if number.startswith("(") and ")" not in number else ""
            number = number[len(opening) :]
            return opening + work.put(number, self.rules.placeholders["phone"], "phone")

        work.text = PHONE.sub(phone, work.text)

    def _dates(self, work: Work, ctx: Ctx) -> None:
        for pattern in DATE_PATTERNS:
            work.text = pattern.sub(lambda m: self._date(m, work, ctx), work.text)

    def _date(self, match: re.Match[str], work: Work, ctx: Ctx) -> str:
        found = read_found_date(match, ctx.date)
        if found is None:
            return match.group()
        label = DOB_LABEL.search(work.text[: match.start()])
        if label or (found.precision == "day" and found.value.isoformat() in self._family_births):
            # The label was written before the date: the placeholder covers the date and the
            # label is dropped when the text is rendered (see _render).
            note = "dob-label" if label else ""
            return work.put(
                match.group(),
                self.rules.placeholders["date_of_birth"],
                "date_of_birth",
                note=note,
            )
        groups = match.groupdict()
        if groups.get("d") and found.precision == "month":
            # A day the month does not have (31/02/2019): not a real date, so not anyone's;
            # written out so that "date '31/02/2019' does not exist" stays true.
            day = int(groups["d"])
            month = calendar.month_name[found.value.month]
            when = (
                str(found.value.year)
                if self.date_mode == "month"
                else self._age_phrase(found.value, "month")
            )
            text = (
                f"{day} {month} {when}" if self.date_mode == "month" else f"{day} {month}, {when}"
            )
            return work.put(match.group(), text, "date", note="impossible date")
        return work.put(match.group(), self._date_text(found), "date")

    def _date_text(self, found: FoundDate) -> str:
        if self.date_mode == "age":
            return self._age_phrase(found.value, found.precision)
        return f"{calendar.month_name[found.value.month]} {found.value.year}"

    def _age_phrase(self, value: dt.date, precision: str) -> str:
        birth = self.register.subject_birth
        who = self.register.subject_pseudonym
        if birth is None:
            return f"{calendar.month_name[value.month]} {value.year}"
        age = age_at(birth, value, precision)
        if age == "unborn":
            return f"before {who} was born"
        return f"when {who} was {age}" if age else f"{value.year}"

    def _references(self, work: Work, ctx: Ctx) -> None:
        if ctx.field in ("reference", "nhs") and work.text.strip():
            if PLACEHOLDER.fullmatch(work.text.strip()):
                return
            kind = "nhs" if ctx.field == "nhs" else "reference"
            work.text = work.put(work.original(work.text), self.rules.placeholders[kind], kind)
            return

        def reference(match: re.Match[str]) -> str:
            if is_reference(match.group()):
                return work.put(match.group(), self.rules.placeholders["reference"], "reference")
            return match.group()

        work.text = REFERENCE.sub(reference, work.text)
