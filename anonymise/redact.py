"""Free-text redaction: every name, practitioner, organisation, address, number and date in a
text replaced by its pseudonym, keeping the sentence readable.

    anonymiser = Anonymiser(register, date_mode="month")
    for text, ctx in texts: anonymiser.learn(text, ctx)     # find practitioners, places ...
    anonymiser.finish_learning()                            # number them, decide labels
    text, replacements = anonymiser.redact(text, ctx)

Each pass replaces what it finds with a one-character placeholder (a private-use code point),
so later passes never see inside an earlier replacement, and all are put back at the end. The
order matters: links and emails, then numbers, dates, postcodes and references, then named
organisations and addresses, then practitioners by title or role, then people (the register's
names, their possessives, hyphenated forms, initials and misspellings), then unknown names in
name contexts (after a title, before a known surname, "X's", "@X").
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterable

from anonymise.name_index import DATE_MODES, RedactorBase
from anonymise.numbers_dates import NumberDatePasses
from anonymise.patterns import DATE_PATTERNS
from anonymise.people import PeoplePasses
from anonymise.places import PlacePasses
from anonymise.register import Register
from anonymise.work import BASE, PLACEHOLDER, TOKEN, Ctx, Replacement, Work
from chronology.ages import age_at

__all__ = ["DATE_MODES", "PLACEHOLDER", "TOKEN", "Anonymiser", "Ctx", "RedactorBase", "Replacement"]

_WHITESPACE = re.compile(r"[ \t]+")
# A quoted word or short phrase in lower case ("lily", "lily and dean"): see _quoted_lower.
_QUOTED_LOWER = re.compile(r"([\"“])([a-z][a-z'’-]*(?: [a-z][a-z'’-]*){0,3})([\"”])")
# The date patterns without a year (a yearless match inside a dated one only costs a cache hit).
_YEARLESS_DATES = tuple(p for p in DATE_PATTERNS if "(?P<y>" not in p.pattern)
_CAPITAL_START = re.compile(r"(?:^|[.!?\n])\s*[\"'‘“(\[]*\s*$")


class Anonymiser(PeoplePasses, PlacePasses, NumberDatePasses):
    """Learns a case's practitioners, organisations and addresses, then redacts its texts."""

    def __init__(
        self, register: Register, date_mode: str = "month", today: dt.date | None = None
    ) -> None:
        super().__init__(register, date_mode, today)
        self._build_place_patterns()
        self._build_practitioner_patterns()

    # ================================================================== public
    def learn(self, text: str, ctx: Ctx | None = None) -> None:
        """Find the practitioners, other people, organisations, places and addresses in a text
        and add them to the register (call `finish_learning` after the last text)."""
        if not text or not text.strip():
            return
        ctx = ctx or Ctx()
        self._learning = True
        try:
            if ctx.field == "practitioner":
                self._learn_practitioner_field(text, ctx)
            self._run(text, ctx)
        finally:
            self._learning = False

    def learn_all(self, items: Iterable[tuple[str, Ctx]]) -> None:
        """Learn from every text, practitioner columns first (a name there is certainly a
        practitioner), then finish. Two texts in three repeat (a sheet's name on each of its
        rows, "Words of advice." in every GP entry). A repeat is not learned again when its
        text, in the same context, was last learned with the register as it is now and taught
        nothing: learning is the same function of the text and what is known, so it would
        teach nothing again, except that an address in it is now also mentioned in this entry
        (which decides the family home), and that is recorded. Anything learned since (a name,
        a nickname, a postcode area) and the repeat is learned again, as it always was."""
        items = list(items)
        # Per text and context: the count of changes before it was last learned (the count
        # only grows, so it is the count now only when that learning changed nothing and
        # nothing has changed since) and the addresses it named.
        learned: dict[tuple[object, ...], tuple[int, tuple[tuple[str, str], ...]]] = {}
        for practitioners in (True, False):
            for text, ctx in items:
                if not text or not text.strip() or (ctx.field == "practitioner") != practitioners:
                    continue
                key = self._context_key(text, ctx)
                last = learned.get(key)
                if last is not None and last[0] == self._changes:
                    for address, fallback in last[1]:
                        self._address_rows[address].add(ctx.where or fallback)
                    continue
                before = self._changes
                seen: list[tuple[str, str]] = []
                self._addresses_seen = seen
                try:
                    self.learn(text, ctx)
                finally:
                    self._addresses_seen = None
                learned[key] = (before, tuple(seen))
        self.finish_learning()

    def finish_learning(self) -> None:
        """Decide what was learned: a name used for several kinds of organisation (or as a
        town) is a place; organisations of one type are numbered when there are several;
        addresses mentioned in two or more entries are the family home."""
        self._finish_places()
        self._new_keys.clear()
        self._index = None
        self._cache.clear()

    def redact(self, text: str, ctx: Ctx | None = None) -> tuple[str, tuple[Replacement, ...]]:
        """The text with everything identifying replaced, and what was replaced."""
        if not text:
            return text, ()
        ctx = ctx or Ctx()
        key = self._context_key(text, ctx)
        cached = self._cache.get(key)
        if cached is None:
            work = self._run(_QUOTED_LOWER.sub(lambda m: self._quoted_lower(m, ctx), text), ctx)
            out, parts = self._render(work), [p for p in work.parts if p.kind != "keep"]
            cached = (out, tuple(parts))
            self._cache[key] = cached
        return cached

    def _context_key(self, text: str, ctx: Ctx) -> tuple[object, ...]:
        """What a text's redaction (and learning) depends on besides the text: the event's
        date only in the age mode or for a day and month without a year ("seen 12/03", "on
        12th March"), which take the year that puts them on or before the event."""
        needs_date = self.date_mode == "age" or any(p.search(text) for p in _YEARLESS_DATES)
        return (text, ctx.field, ctx.agency, ctx.sheet, ctx.date if needs_date else None)

    def _quoted_lower(self, match: re.Match[str], ctx: Ctx) -> str:
        """A name written in lower case inside quotes: a key-event reason quoting the model's
        words ("lily", "social") or a remark written down as said. The names are given their
        capitals before the passes run, so that every name of a phrase is found even where one
        of them alone would be read as an ordinary word ("kerry and jayden"); an ordinary word
        is left as it was."""
        phrase = match.group(2)
        titled = " ".join(w[:1].upper() + w[1:] for w in phrase.split(" "))
        _, found = self.redact(titled, ctx)
        if not found:
            return match.group(0)
        named = phrase  # only the names capitalised, when each is a word of the phrase
        for part in found:
            pattern = rf"(?<![\w'’]){re.escape(part.original)}(?!\w)"
            named, n = re.subn(pattern, part.original, named, flags=re.IGNORECASE)
            if not n:
                named = titled
                break
        return f"{match.group(1)}{named}{match.group(3)}"

    def redact_filename(self, name: str, ctx: Ctx | None = None) -> str:
        """A file or sheet name with names replaced; '_' stays the separator."""
        if not name:
            return name
        spaced = name.replace("_", " ")
        text, _ = self.redact(spaced, ctx or Ctx(field="filename"))
        if text == spaced:
            return name
        return text.replace(" ", "_") if "_" in name else text

    def format_date(self, value: dt.date, precision: str) -> str:
        """An event date as published: 'February 2016', or the subject child's age."""
        if self.date_mode == "age":
            return self._age_phrase(value, precision)
        if precision == "year":
            return str(value.year)
        return f"{calendar.month_name[value.month]} {value.year}"

    def age(self, value: dt.date, precision: str) -> str:
        """The subject child's age at an event, no finer than the published date."""
        birth = self.register.subject_birth
        if birth is None:
            return ""
        if self.date_mode == "month" and precision == "day":
            precision = "month"
        return age_at(birth, value, precision)

    # ================================================================== the passes, in order
    def _run(self, text: str, ctx: Ctx) -> Work:
        work = Work(text)
        self._links_and_emails(work)
        self._numbers(work, ctx)
        self._dates(work, ctx)
        self._postcodes(work)
        self._references(work, ctx)
        self._organisations(work, ctx)
        self._addresses(work, ctx)
        self._keep_phrases(work)
        self._known_phrases(work)
        self._units(work)
        self._practitioners(work, ctx)
        self._punctuated_initials(work)
        self._people(work, ctx)
        self._names_beside_people(work)
        return work

    # ================================================================== rendering
    def _render(self, work: Work) -> str:
        text = work.text
        # A name written twice, the second in brackets: "Mother's partner ('Mother's partner')".
        text = re.sub(
            r"(?P<a>" + PLACEHOLDER.pattern + r")(?P<gap>\s*\(\s*['\"‘’“”]?\s*)"
            r"(?P<b>" + PLACEHOLDER.pattern + r")\s*['\"‘’“”]?\s*\)",
            lambda m: (
                m["a"]
                if work.part(m["a"]).replacement == work.part(m["b"]).replacement
                else m.group()
            ),
            text,
        )
        # "DOB 15/08/1986": the label goes with the date.
        for i, part in enumerate(work.parts):
            if part.note == "dob-label":
                char = chr(BASE + i)
                text = re.sub(
                    r"\b(?:DOB|D\.O\.B\.?|date of birth|born(?: on)?|b\.)\s*[:\-–]?\s*" + char,
                    char,
                    text,
                    flags=re.IGNORECASE,
                )
        out: list[str] = []
        position = 0
        for match in PLACEHOLDER.finditer(text):
            out.append(text[position : match.start()])
            replacement = work.part(match.group()).replacement
            done = "".join(out)
            # "the" alone: a family name folded into "the family" ("Price family agreed"); an
            # article it took in keeps the case it was written in ("the MITCHELL family").
            original = work.part(match.group()).original
            if replacement == "the" and original[:4].lower() == "the ":
                replacement = original[:3]
            elif replacement == "the" or replacement.startswith(("the ", "a ", "an ")):
                article = " " in replacement and re.search(r"\b(the|a|an)\s+$", done, re.I)
                if article:
                    replacement = replacement.split(" ", 1)[1]
                elif _CAPITAL_START.search(PLACEHOLDER.sub("x", done[-40:])):
                    replacement = replacement[:1].upper() + replacement[1:]
            if out and out[-1].endswith("@") and work.part(match.group()).kind != "email":
                out[-1] = out[-1][:-1]
            if not replacement:
                out[-1] = out[-1].rstrip(" ") if out else ""
            out.append(replacement)
            position = match.end()
        out.append(text[position:])
        return _WHITESPACE.sub(" ", "".join(out)) if work.parts else "".join(out)
