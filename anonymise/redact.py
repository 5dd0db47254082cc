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
import functools
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from rapidfuzz import process
from rapidfuzz.distance import OSA

from anonymise.patterns import (
    DATE_PATTERNS,
    DOB_LABEL,
    EMAIL,
    LINK,
    MENTION,
    NHS,
    NHS_CONTEXT,
    NI,
    PHONE,
    POSTCODE,
    REFERENCE,
    FoundDate,
    is_reference,
    nhs_checksum_ok,
    phone_digits_ok,
    read_found_date,
)
from anonymise.register import Entry, Register
from anonymise.rules import Role, load_rules
from anonymise.words import fold, is_ordinary, is_proper_noun, is_term
from chronology.ages import age_at
from chronology.columns import normalise_header
from genogram.pseudonyms import is_kin_word, labels_agree, role_label
from genogram.roles import load_scheme

DATE_MODES = ("month", "age")
_BASE = 0xF0000
PLACEHOLDER = re.compile("[\U000f0000-\U000ffffd]")
TOKEN = re.compile(r"[^\W\d_]+(?:['’](?![sS]\b)[^\W\d_]+)*")
_CAP = r"[A-Z][\w'’-]*"
_NAME_WORD = r"[A-Z][^\W\d_]*(?:['’-][A-Za-z][^\W\d_]*)*"
_SENTENCE_END = re.compile(r"(?:^|[.!?:;\n•–—]|\s-)\s*[\"'‘“(\[]*\s*$")
_KEEP_ROLE_BEFORE = frozenset(
    {
        "allocated",
        "new",
        "duty",
        "named",
        "the",
        "a",
        "an",
        "his",
        "her",
        "their",
        "another",
        "same",
        "school",
        "nursery",
        "practice",
        "ward",
        "our",
        "allocated:",
    }
)
_ROLE_NOUNS = frozenset(
    {
        "worker",
        "officer",
        "manager",
        "practitioner",
        "nurse",
        "lead",
        "teacher",
        "head",
        "doctor",
        "consultant",
        "visitor",
        "midwife",
        "assistant",
        "coordinator",
        "co-ordinator",
        "advisor",
        "adviser",
        "chair",
        "clinician",
        "therapist",
        "mentor",
        "staff",
        "receptionist",
        "admin",
        "sw",
        "hv",
        "dsl",
        "tm",
        "senco",
        "supervisor",
        "paediatrician",
        "registrar",
        "gp",
        "om",
        "idva",
        "ta",
        "camhs",
        "student",
        "locum",
        "tutor",
        "senior",
        "deputy",
    }
)
_WEAK_TYPES = frozenset(
    {
        "general",
        "royal",
        "primary",
        "high",
        "secondary",
        "practice",
        "living",
        "homes",
        "housing",
        "park",
        "rec",
        "recovery",
        "mind",
        "council",
        "borough",
        "police",
        "custody",
        "dental",
        "stores",
        "juniors",
        "infants",
        "mc",
        "magistrates",
        "refuge",
        "ltd",
        "limited",
        "plc",
        "llp",
        "chemist",
        "chemists",
        "dentist",
        "dentists",
        "school",
        "college",
        "church",
        "temple",
        "chapel",
        "early years",
        "childcare",
    }
)
_WHITESPACE = re.compile(r"[ \t]+")
_WORDS = re.compile(r"[^\W_]+")  # a folded phrase's words (see Anonymiser._phrases)
# A family title before a name the register may not hold; a name in brackets beside a family
# member's placeholder (see Anonymiser._names_beside_people).
_FAMILY_TITLES = (
    "Mummy|Mum|Mam|Mammy|Mommy|Mom|Daddy|Dad|Nanna|Nana|Nanny|Nan|Grandma|Granny|Gran|"
    "Grandad|Granddad|Grandpa|Grampy|Auntie|Aunty|Aunt|Uncle|Great-Nan|Great-Nanna|Great-Gran"
)
_NAME_HERE = r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?"
_HELD = "[\U000f0000-\U000ffffd]"  # a placeholder (PLACEHOLDER's characters)
_AFTER_FAMILY_TITLE = re.compile(
    rf"(?<![\w'’-])(?:{_FAMILY_TITLES})\s+(?P<name>{_NAME_HERE})(?![\w'’])"
)
_NAME_BEFORE_PERSON = re.compile(rf"(?<![\w'’])(?P<name>{_NAME_HERE})\s*\(\s*(?P<ph>{_HELD})\s*\)")
_NAME_AFTER_PERSON = re.compile(rf"(?P<ph>{_HELD})\s*\(\s*(?P<name>{_NAME_HERE})\s*\)")
# A quoted word or short phrase in lower case ("lily", "lily and dean"): see _quoted_lower.
_QUOTED_LOWER = re.compile(r"([\"“])([a-z][a-z'’-]*(?: [a-z][a-z'’-]*){0,3})([\"”])")
_VERBS = frozenset(
    {
        "started",
        "attended",
        "attends",
        "attending",
        "left",
        "joined",
        "visited",
        "moved",
        "transferred",
        "admitted",
        "discharged",
        "referred",
        "contacted",
        "called",
        "rang",
        "phoned",
        "emailed",
        "from",
        "to",
        "at",
        "with",
        "via",
        "by",
        "informed",
        "told",
        "seen",
        "registered",
        "enrolled",
        "excluded",
        "returned",
        "taken",
        "went",
        "goes",
        "in",
        "into",
    }
)
_CAPITAL_START = re.compile(r"(?:^|[.!?\n])\s*[\"'‘“(\[]*\s*$")


def _letters(word: str) -> str:
    return word.replace("'", "").replace("’", "")


# Two or more capitals joined by stops, hyphens or apostrophes: "H.K-T", "C.O'N", "R-M", "J.B."
_PUNCTUATED_INITIALS = re.compile(r"(?<![\w'’.-])[A-Z](?:[.\-'’]\s?[A-Z])+\.?(?![\w'’-])")


@dataclass
class Ctx:
    """Where a text sits: its kind of field, agency, sheet, event date and a label for reports.

    field: "text" (free text), "practitioner" (a column naming who wrote the entry), "name"
    (a column of names such as Patient), "filename" or "reference".
    """

    field: str = "text"
    agency: str = ""
    sheet: str = ""
    date: dt.date | None = None
    where: str = ""


@dataclass(frozen=True)
class Replacement:
    original: str
    replacement: str
    kind: str
    key: str = ""
    note: str = ""


class _Work:
    """A text under redaction: found spans become placeholders, rendered at the end."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.parts: list[Replacement] = []

    def put(self, original: str, replacement: str, kind: str, key: str = "", note: str = "") -> str:
        self.parts.append(Replacement(original, replacement, kind, key, note))
        return chr(_BASE + len(self.parts) - 1)

    def part(self, char: str) -> Replacement:
        return self.parts[ord(char) - _BASE]

    def kinds(self, *kinds: str) -> str:
        """A character class of the placeholders of these kinds ('' when there are none)."""
        chars = [chr(_BASE + i) for i, p in enumerate(self.parts) if p.kind in kinds]
        return "[" + "".join(chars) + "]" if chars else ""

    def original(self, text: str) -> str:
        return PLACEHOLDER.sub(lambda m: self.part(m.group()).original, text)


@dataclass
class _Candidate:
    entry: Entry
    weight: float
    role: str  # given | surname | initials


@dataclass
class _Index:
    """The register's people and practitioners, by name token; its other names as one regex."""

    tokens: dict[str, list[_Candidate]] = field(default_factory=dict)
    ordinary: dict[str, bool] = field(default_factory=dict)
    fuzzy_keys: list[str] = field(default_factory=list)
    phrases: re.Pattern[str] | None = None
    phrase_entry: dict[str, Entry] = field(default_factory=dict)
    family_tokens: frozenset[str] = frozenset()
    keep: frozenset[str] = frozenset()
    phrases_dirty: bool = True
    compiled: frozenset[str] = frozenset()  # the phrases `phrases` was compiled from
    entries_dirty: bool = True  # phrase_entry to be made again from the register
    # First words of the phrases added since `compiled` (None: one that has no first word, or
    # a phrase has gone: compile again whatever the text).
    pending: list[str] | None = None
    keep_pattern: tuple[frozenset[str], re.Pattern[str] | None] | None = None


def _is_sentence_start(text: str, start: int) -> bool:
    before = PLACEHOLDER.sub("x", text[max(0, start - 40) : start])
    return bool(_SENTENCE_END.search(before)) or not before.strip()


def _words_before(text: str, start: int, count: int) -> list[tuple[int, str]]:
    """Up to `count` words directly before `start`, nearest last, with their start offsets."""
    found: list[tuple[int, str]] = []
    position = start
    for _ in range(count):
        match = re.search(r"([A-Za-z][A-Za-z'’-]*)\s+$", text[:position])
        if not match:
            break
        found.insert(0, (match.start(1), match.group(1)))
        position = match.start(1)
    return found


class Anonymiser:
    """Learns a case's practitioners, organisations and addresses, then redacts its texts."""

    def __init__(
        self, register: Register, date_mode: str = "month", today: dt.date | None = None
    ) -> None:
        if date_mode not in DATE_MODES:
            raise ValueError(f"dates must be one of {', '.join(DATE_MODES)} (got '{date_mode}')")
        if date_mode == "age" and register.subject_birth is None:
            raise ValueError("--dates age needs the subject child's date of birth in People")
        self.register = register
        self.date_mode = date_mode
        self.today = today or dt.date.today()
        self.rules = load_rules()
        self.scheme = load_scheme()
        self._learning = False
        self._index: _Index | None = None
        self._cache: dict[tuple[object, ...], tuple[str, tuple[Replacement, ...]]] = {}
        self._new_keys: list[str] = []
        self._org_name_types: dict[str, Counter[str]] = defaultdict(Counter)
        self._org_name_text: dict[str, str] = {}
        self._towns: dict[str, str] = {}
        self._address_rows: dict[str, set[str]] = defaultdict(set)
        self._outward: set[str] = set()
        self._saints: dict[str, tuple[str, str]] = {}
        self._family_births = {d for e in register.of_kind("person") for d in e.dates_of_birth}
        self._build_patterns()

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
        practitioner), then finish."""
        items = list(items)
        for text, ctx in items:
            if ctx.field == "practitioner":
                self.learn(text, ctx)
        for text, ctx in items:
            if ctx.field != "practitioner":
                self.learn(text, ctx)
        self.finish_learning()

    def finish_learning(self) -> None:
        """Decide what was learned: a name used for several kinds of organisation (or as a
        town) is a place; organisations of one type are numbered when there are several;
        addresses mentioned in two or more entries are the family home."""
        known = {
            fold(n).rstrip("s").rstrip("'")
            for e in self.register.of_kind("organisation")
            for n in e.names
        }
        for folded, (name, label) in self._saints.items():
            if folded not in known:
                key = f"organisation:{label}:{fold(name)}"
                self._add(
                    Entry(key, "organisation", label, [name], role=label, source="chronology text")
                )
        self._saints.clear()
        places = {name for name, types in self._org_name_types.items() if len(types) > 1}
        places |= set(self._towns)
        family = self._family_token_set()
        for name in sorted(places):
            if name in family or name in {fold(k) for k in self.register.keep}:
                continue
            text = self._towns.get(name) or self._org_name_text.get(name, name)
            self._add(
                Entry(
                    f"place:{name}",
                    "place",
                    self.rules.placeholders["place"],
                    [text],
                    source="chronology text",
                )
            )
        for entry in self.register.of_kind("organisation"):
            if entry.key in self._new_keys and len(entry.names) > 1:
                # The place part alone ("Eastfield") is the place, not this organisation.
                entry.names = [n for n in entry.names if fold(n) not in places] or entry.names
        by_label: dict[str, list[Entry]] = defaultdict(list)
        for entry in self.register.of_kind("organisation"):
            by_label[entry.role].append(entry)
        for label, entries in by_label.items():
            fresh = [e for e in entries if e.key in self._new_keys]
            if len(entries) < 2 or not fresh:
                continue
            base = label.removeprefix("the ").removeprefix("a ")
            for number, entry in enumerate(entries, start=1):
                if entry.key in self._new_keys:
                    entry.pseudonym = f"{base} {number}"
        for key, rows in self._address_rows.items():
            address = self.register.get(key)
            if address is not None and key in self._new_keys:
                home = len(rows) >= 2
                placeholder = "family_home" if home else "other_address"
                address.pseudonym = self.rules.placeholders[placeholder]
        self._new_keys.clear()
        self._index = None
        self._cache.clear()

    def redact(self, text: str, ctx: Ctx | None = None) -> tuple[str, tuple[Replacement, ...]]:
        """The text with everything identifying replaced, and what was replaced."""
        if not text:
            return text, ()
        ctx = ctx or Ctx()
        needs_date = self.date_mode == "age" or bool(re.search(r"\d{2}/\d{2}(?![/\d])", text))
        key = (text, ctx.field, ctx.agency, ctx.sheet, ctx.date if needs_date else None)
        cached = self._cache.get(key)
        if cached is None:
            work = self._run(text, ctx)
            out, parts = self._render(work), [p for p in work.parts if p.kind != "keep"]
            out = _QUOTED_LOWER.sub(lambda m: self._quoted_lower(m, ctx, parts), out)
            cached = (out, tuple(parts))
            self._cache[key] = cached
        return cached

    def _quoted_lower(self, match: re.Match[str], ctx: Ctx, parts: list[Replacement]) -> str:
        """A name written in lower case inside quotes: a key-event reason quoting the model's
        words ("lily", "social") or a remark written down as said. Read with capitals, it is
        redacted as a name would be; an ordinary word is left as it was."""
        phrase = match.group(2)
        titled = " ".join(w[:1].upper() + w[1:] for w in phrase.split(" "))
        out, found = self.redact(titled, ctx)
        if not found:
            return match.group(0)
        parts.extend(found)
        kept = phrase  # the replacements put into the phrase as written, when they fit
        for part in found:
            pattern = rf"(?<![\w'’]){re.escape(part.original)}(?![\w'’])"
            kept, n = re.subn(pattern, part.replacement, kept, flags=re.IGNORECASE)
            if not n:
                kept = out
                break
        return f"{match.group(1)}{kept}{match.group(3)}"

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

    # ================================================================== the passes
    def _run(self, text: str, ctx: Ctx) -> _Work:
        work = _Work(text)
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

    def _names_beside_people(self, work: _Work) -> None:
        """A name the register does not hold, where the words say it is a person's: after a
        family title ("Mummy Pip", "Nan Dawn": an ordinary word there is a name), or in
        brackets beside a family member ("Robbie (Robin Moss)", "Robin (Robbie)"). It becomes
        "[name]" rather than stay in a published text."""

        def replace(match: re.Match[str], beside: bool) -> str:
            name = match["name"]
            if beside and work.part(match["ph"]).kind != "person":
                return match.group()
            if beside and (is_ordinary(name) or is_term(name)):
                return match.group()  # "Summer (Reception)": a school year, not a nickname
            if fold(name) in self._type_words:  # "Uncle Farm"; a title-case "Pip" is a name
                return match.group()
            offset = match.start()
            start, end = match.start("name") - offset, match.end("name") - offset
            put = work.put(name, "[name]", "person", "", "a name beside a family member")
            return match.group()[:start] + put + match.group()[end:]

        work.text = _AFTER_FAMILY_TITLE.sub(lambda m: replace(m, False), work.text)
        for pattern in (_NAME_BEFORE_PERSON, _NAME_AFTER_PERSON):
            work.text = pattern.sub(lambda m: replace(m, True), work.text)

    def _punctuated_initials(self, work: _Work) -> None:
        """Initials written with stops or hyphens ("H.K-T", "C.O'N", "R-M") are a person's;
        a family member's become their pseudonym, anyone else's "[initials]". Known terms
        written the same way ("N.F.A.", "G.P.") are left."""
        if not _PUNCTUATED_INITIALS.search(work.text):
            return  # most texts: the family's initials need not be worked out
        family = self._family_initials()

        def replace(match: re.Match[str]) -> str:
            letters = re.sub(r"[^A-Z]", "", match.group())
            dotted_only = not re.search(r"[-'’]", match.group())  # "N.F.A.", not "R-M"
            if dotted_only and (is_term(letters) or is_term(match.group().rstrip("."))):
                return match.group()
            entry = family.get(letters)
            placeholder = self.rules.placeholders.get("initials", "[initials]")
            label = entry.pseudonym if entry else placeholder
            return work.put(match.group(), label, "initials", entry.key if entry else "")

        work.text = _PUNCTUATED_INITIALS.sub(replace, work.text)

    def _family_initials(self) -> dict[str, Entry]:
        """Each family member's initials, with and without the first name: "Hope
        Kettleby-Tredwell" gives HKT and KT; "Cormac O'Neill" gives CON and ON."""
        found: dict[str, Entry] = {}
        for entry in self.register.of_kind("person"):
            for name in entry.names:
                parts = [p for p in re.split(r"[\s\-'’]+", name) if p[:1].isalpha()]
                if len(parts) < 2:
                    continue
                letters = "".join(p[0].upper() for p in parts)
                found.setdefault(letters, entry)
                if len(letters) > 2:
                    found.setdefault(letters[1:], entry)
        return found

    def _links_and_emails(self, work: _Work) -> None:
        work.text = EMAIL.sub(
            lambda m: work.put(m.group(), self.rules.placeholders["email"], "email"), work.text
        )
        work.text = LINK.sub(
            lambda m: work.put(m.group(), self.rules.placeholders["link"], "link"), work.text
        )

    def _numbers(self, work: _Work, ctx: Ctx) -> None:
        known = {
            re.sub(r"\W", "", n).upper(): e
            for e in self.register.of_kind("identifier")
            for n in e.names
        }

        def nhs(match: re.Match[str]) -> str:
            digits = "".join(match.groups())
            before = work.text[max(0, match.start() - 20) : match.start()]
            if (
                nhs_checksum_ok(digits)
                or digits in known
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

    def _dates(self, work: _Work, ctx: Ctx) -> None:
        for pattern in DATE_PATTERNS:
            work.text = pattern.sub(lambda m: self._date(m, work, ctx), work.text)

    def _date(self, match: re.Match[str], work: _Work, ctx: Ctx) -> str:
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

    def _postcodes(self, work: _Work) -> None:
        def postcode(match: re.Match[str]) -> str:
            if self._learning:
                self._outward.add(match["out"].upper())
                before = work.text[: match.start()]
                town = re.search(rf"({_NAME_WORD}(?:[ -]{_NAME_WORD})?)\s*,?\s*$", before)
                if (
                    town
                    and not is_term(town.group(1))
                    and not is_ordinary(town.group(1))
                    and fold(town.group(1).split()[-1]) not in self._type_words
                ):
                    self._towns.setdefault(fold(town.group(1)), town.group(1))
            return work.put(match.group(), self.rules.placeholders["postcode"], "postcode")

        work.text = POSTCODE.sub(postcode, work.text)
        if self._outward:
            outward = re.compile(r"\b(" + "|".join(sorted(self._outward)) + r")\b")
            work.text = outward.sub(
                lambda m: work.put(m.group(), self.rules.placeholders["postcode"], "postcode"),
                work.text,
            )

    def _references(self, work: _Work, ctx: Ctx) -> None:
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

    # ------------------------------------------------------------------ organisations
    def _build_patterns(self) -> None:
        rules = self.rules
        name = (
            rf"(?:(?:St\.?|Saint)\s+)?{_NAME_WORD}"
            rf"(?:\s+(?:&\s+|and\s+|of\s+|on\s+|the\s+|upon\s+)?{_NAME_WORD}){{0,3}}?"
        )
        self._org_patterns: list[tuple[re.Pattern[str], str]] = []
        for org in rules.organisations:
            types = "|".join(
                re.escape(t).replace("'", "['’]").replace(r"\ ", r"\s+")
                for t in sorted(org.types, key=len, reverse=True)
            )
            self._org_patterns.append(
                (re.compile(rf"(?P<name>{name})\s+(?P<type>{types})(?![\w'’])"), org.label)
            )
            if org.prefixes:
                prefixes = "|".join(re.escape(p) for p in org.prefixes)
                self._org_patterns.append(
                    (re.compile(rf"(?P<type>\b(?:{prefixes}))\s+(?P<name>{name})"), org.label)
                )
        self._school_context = re.compile(
            rf"(?<![\w'’])(?P<name>{_NAME_WORD})(?P<rest>\s+(?:DSL|DDSL|SENCo|SENCO|school|"
            r"School|headteacher|Headteacher|class teacher|nursery|Nursery|pupil|reception|"
            r"Reception|Year \d|Y\d)\b)"
        )
        self._saint = re.compile(r"\b(?:St\.?|Saint)\s+[A-Z][a-z]+(?:['’]s?)?(?![\w])")
        streets = "|".join(re.escape(t) for t in sorted(rules.street_types, key=len, reverse=True))
        abbreviated = "|".join(
            re.escape(t) for t in sorted(rules.abbreviated_types, key=len, reverse=True)
        )
        buildings = "|".join(re.escape(t) for t in sorted(rules.buildings, key=len, reverse=True))
        units = "|".join(re.escape(u) for u in rules.units)
        unit = rf"(?P<unit>(?:{units})\.?\s*\d+[A-Za-z]?\s*,?\s*)"
        number = r"(?P<number>\d+[A-Za-z]?(?:\s*[-–]\s*\d+[A-Za-z]?)?\s*,?\s+)"
        words = rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}"
        self._street = re.compile(
            rf"{unit}?{number}?(?P<street>{words}\s+(?:{streets}))(?![\w'’])"
            rf"|{unit}?{number}(?P<street2>{words}\s+(?:{abbreviated}))(?![\w'’])"
            rf"|{unit}?(?P<building>{words}\s+(?:{buildings}))(?![\w'’])".replace(
                "(?P<unit>", "(?:"
            ).replace("(?P<number>", "(?:")
        )
        self._unit_number = re.compile(rf"^\s*(?:{units}|\d)")
        self._unit_alone = re.compile(rf"\b(?P<unit>{units})\.?\s*\d+[A-Za-z]?\b")
        titles = [*rules.personal_titles]
        prefixes_exact: list[str] = []
        phrases: list[str] = []
        self._role_of: dict[str, Role] = {}
        for role in rules.roles:
            for word in (*role.titles, *role.abbreviations):
                prefixes_exact.append(word)
                self._role_of[word] = role
            for phrase in role.phrases:
                phrases.append(phrase)
                self._role_of[phrase] = role
        exact = "|".join(re.escape(p) for p in sorted(set(prefixes_exact), key=len, reverse=True))
        loose = "|".join(
            re.escape(p).replace(r"\ ", r"\s+") for p in sorted(set(phrases), key=len, reverse=True)
        )
        personal = "|".join(re.escape(t) for t in sorted(titles, key=len, reverse=True))
        self._personal_titles = frozenset(titles)
        self._practitioner_titles = frozenset(t for r in rules.roles for t in r.titles)
        initials = r"(?:[A-Z]\.\s?|[A-Z]\s(?=[A-Z][a-z])){0,3}"
        person = rf"(?:(?:{personal}|Dr)\.?\s+)?{initials}{_NAME_WORD}(?:\s+{_NAME_WORD})?"
        self._prefixed = re.compile(
            rf"(?P<prefix>(?<![\w'’])(?:{exact})(?![\w'’])|(?<![\w'’])(?i:{loose})(?![\w'’]))"
            rf"(?P<num>\s*\d{{2,6}})?(?P<sep>\s*[:\-–]?\s+)(?P<name>{person})"
        )
        self._bracketed = re.compile(
            rf"(?P<name>(?:(?:{personal}|Dr)\.?\s+)?{initials}{_NAME_WORD}"
            rf"(?:\s+{_NAME_WORD}){{0,2}})\s*\((?P<role>[^()\n]{{1,40}})\)"
        )
        self._titled = re.compile(
            rf"(?<![\w'’])(?P<title>{personal})\.?\s+(?P<name>{initials}{_NAME_WORD}"
            rf"(?:\s+{_NAME_WORD})?)"
        )
        self._initial_name = re.compile(rf"(?<![\w'’.])(?P<name>[A-Z]\.\s?{_NAME_WORD})")
        self._all_role_words = frozenset(
            w.lower() for r in rules.roles for w in (*r.titles, *r.abbreviations, *r.phrases)
        )
        self._type_words = frozenset(
            fold(w) for org in rules.organisations for t in org.types for w in t.split()
        ) | {fold(w) for w in (*rules.street_types, *rules.buildings, *rules.units)}

    def _organisations(self, work: _Work, ctx: Ctx) -> None:
        for pattern, label in self._org_patterns:
            work.text = pattern.sub(
                functools.partial(self._organisation, label=label, work=work), work.text
            )
        work.text = self._saint.sub(lambda m: self._saint_name(m, work, ctx), work.text)
        work.text = self._school_context.sub(lambda m: self._school_name(m, work), work.text)

    def _school_name(self, match: re.Match[str], work: _Work) -> str:
        """ "Westbrook DSL": a name before a school role is a school."""
        name = match["name"]
        if is_ordinary(name) or is_term(name) or self._is_family_name(name):
            return match.group()
        if fold(name) in self._index_now().tokens or fold(name) in self._index_now().keep:
            return match.group()
        index = self._index_now()
        if index.phrases_dirty:
            self._phrases(index, "")  # only the entries are needed here
        entry = index.phrase_entry.get(fold(name))
        if entry is None:
            key = f"organisation:the school:{fold(name)}"
            entry = self.register.get(key) or self._add(
                Entry(
                    key,
                    "organisation",
                    "the school",
                    [name],
                    role="the school",
                    source="chronology text",
                )
            )
        return work.put(name, entry.pseudonym, entry.kind, entry.key) + match.group()[len(name) :]

    def _organisation(self, match: re.Match[str], label: str, work: _Work) -> str:
        name_text = match["name"]
        name_start = match.start("name")
        tokens = name_text.split()
        # Drop leading words that are not part of a name: terms, roles, titles, and an
        # ordinary word that opens a sentence ("Started Westbrook Primary").
        while tokens:
            first = tokens[0]
            sentence_start = _is_sentence_start(work.text, name_start)
            rest_named = any(not is_ordinary(t) for t in tokens[1:])
            if first.rstrip(".") in {"St", "Saint"}:
                break
            if (
                is_term(first)
                or first.lower() in self._all_role_words
                or first.rstrip(".") in self._personal_titles
                or fold(first) in self._index_now().family_tokens
                or (sentence_start and len(tokens) > 1 and is_ordinary(first) and rest_named)
                or (first.lower() in _VERBS and len(tokens) > 1)
                or first.lower() in {"and", "of", "the", "on", "upon", "&"}
            ):
                name_start += len(first) + 1
                tokens = tokens[1:]
                continue
            break
        if not tokens:
            return match.group()
        type_text = match["type"]
        weak = fold(type_text) in _WEAK_TYPES
        distinctive = [t for t in tokens if not is_ordinary(t) and not is_term(t)]
        saint = tokens[0].rstrip(".") in {"St", "Saint"}
        lone_opening = len(tokens) == 1 and _is_sentence_start(work.text, name_start)
        if not distinctive and not saint and (weak or lone_opening):
            return match.group()
        name = " ".join(tokens)
        prefix = match.group()[: match.group().find(tokens[0])]
        if match.start("type") < match.start("name"):  # HMP Eastfield
            full = match.group()
            prefix = ""
        else:
            full = f"{name} {' '.join(type_text.split())}"
        key = f"organisation:{label}:{fold(name)}"
        entry = self.register.get(key)
        if entry is None:
            entry = self._add(
                Entry(key, "organisation", label, [full], role=label, source="chronology text")
            )
        if self._learning:
            if entry.add_name(full):
                self._touch(entry)
            folded = fold(name)
            self._org_name_types[folded][label] += 1
            self._org_name_text.setdefault(folded, name)
            named = distinctive or len(tokens) > 1 or saint
            if named and not self._is_family_name(name) and entry.add_name(name):
                self._touch(entry)
        return prefix + work.put(match.group()[len(prefix) :], entry.pseudonym, "organisation", key)

    def _saint_name(self, match: re.Match[str], work: _Work, ctx: Ctx) -> str:
        name = match.group()
        folded = fold(name).rstrip("s").rstrip("'")
        for entry in self.register.of_kind("organisation"):
            if any(fold(n).rstrip("s").rstrip("'") == folded for n in entry.names):
                return work.put(name, entry.pseudonym, "organisation", entry.key)
        label = "the school" if ctx.agency == "Education" else "a local setting"
        if self._learning:
            self._saints.setdefault(folded, (name, label))
            return work.put(name, label, "organisation")
        key = f"organisation:{label}:{fold(name)}"
        entry = self.register.get(key) or self._add(
            Entry(key, "organisation", label, [name], role=label, source="chronology text")
        )
        return work.put(name, entry.pseudonym, "organisation", key)

    # ------------------------------------------------------------------ addresses
    def _addresses(self, work: _Work, ctx: Ctx) -> None:
        postcode = work.kinds("postcode")
        places = [e for e in self.register.of_kind("place")]
        town_names = sorted({n for e in places for n in e.names}, key=len, reverse=True)
        town = "|".join(re.escape(n) for n in town_names)
        tail = ""
        if town or postcode:
            options = [f"(?:{town})" if town else "", rf"{_NAME_WORD}(?=\s*,?\s*{postcode})"]
            towns = "|".join(o for o in options if o and (postcode or o.startswith("(?:")))
            tail = rf"(?:\s*,?\s*(?:{towns}))?" if towns else ""
            if postcode:
                tail += rf"(?:\s*,?\s*{postcode})?"
        pattern = re.compile(rf"(?:{self._street.pattern}){tail}")
        work.text = pattern.sub(lambda m: self._address(m, work, ctx), work.text)

    def _address(self, match: re.Match[str], work: _Work, ctx: Ctx) -> str:
        text = match.group()
        street = match.group("street") or match.group("street2") or match.group("building")
        words = street.split()
        numbered = bool(self._unit_number.match(text))
        family = self._index_now().family_tokens
        people = {fold(w) for w in words} & (family | set(self._index_now().tokens))
        if not numbered and (
            people
            or is_term(words[0])
            or words[0].rstrip(".") in self._personal_titles
            or words[0].lower() in self._all_role_words
            or (_is_sentence_start(work.text, match.start()) and is_ordinary(words[0]))
        ):
            return text
        # Leading words that are not a street's name ("at", a role) were not matched; a
        # leading capitalised ordinary word followed by a proper street name may be.
        key = "address:" + fold(" ".join(words[-3:] if len(words) > 3 else words))
        entry = self.register.get(key)
        if entry is None:
            entry = self._add(
                Entry(
                    key,
                    "address",
                    self.rules.placeholders["other_address"],
                    [street],
                    role="address",
                    source="chronology text",
                )
            )
        if self._learning:
            if entry.add_name(work.original(text).strip(" ,")):
                self._touch(entry)
            self._address_rows[key].add(ctx.where or work.original(work.text))
        return work.put(work.original(text), entry.pseudonym, "address", key)

    def _units(self, work: _Work) -> None:
        def unit(match: re.Match[str]) -> str:
            kind = match["unit"].lower()
            label = {"room": "a room", "unit": "a unit", "plot": "a plot"}.get(
                kind, self.rules.placeholders["flat"]
            )
            if kind in {"no", "number"}:
                return match.group()
            return work.put(match.group(), label, "address")

        work.text = self._unit_alone.sub(unit, work.text)

    def _keep_phrases(self, work: _Work) -> None:
        """Fixed phrases that are never a name ("Moses basket", "Sure Start", "Early Help"):
        kept as written, so no later pass reads a name in them. A phrase holding a name from
        the family workbook is not protected."""
        pattern = self._keep_pattern()
        if pattern is not None:
            work.text = pattern.sub(lambda m: work.put(m.group(), m.group(), "keep"), work.text)

    def _keep_pattern(self) -> re.Pattern[str] | None:
        index = self._index_now()
        if index.keep_pattern is None or index.keep_pattern[0] is not index.family_tokens:
            phrases = [
                p
                for p in self.rules.keep_phrases
                if not any(fold(w) in index.family_tokens for w in TOKEN.findall(p))
            ]
            body = "|".join(
                re.escape(p).replace("'", "['’]").replace(r"\ ", r"[\s-]+")
                for p in sorted(phrases, key=len, reverse=True)
            )
            compiled = (
                re.compile(rf"(?<![\w'’])(?:{body})(?:e?s)?(?![\w'’])", re.I) if body else None
            )
            index.keep_pattern = (index.family_tokens, compiled)
        return index.keep_pattern[1]

    def _known_phrases(self, work: _Work) -> None:
        index = self._index_now()
        if index.phrases_dirty:
            self._phrases(index, work.text)
        if index.phrases is None:
            return

        def known(match: re.Match[str]) -> str:
            entry = index.phrase_entry[fold(match.group())]
            return work.put(match.group(), entry.pseudonym, entry.kind, entry.key)

        work.text = index.phrases.sub(known, work.text)

    # ------------------------------------------------------------------ practitioners
    def _practitioners(self, work: _Work, ctx: Ctx) -> None:
        work.text = self._prefixed.sub(lambda m: self._prefixed_name(m, work, ctx), work.text)
        work.text = self._bracketed.sub(lambda m: self._bracketed_name(m, work, ctx), work.text)

    def _name_tokens(self, text: str) -> list[str]:
        """The words of a name, without titles and initials."""
        return [
            t
            for t in TOKEN.findall(text)
            if len(t) > 1 and t.rstrip(".") not in self._personal_titles and t != "Dr"
        ]

    def _prefixed_name(self, match: re.Match[str], work: _Work, ctx: Ctx) -> str:
        prefix = match["prefix"]
        role = self._role_of.get(prefix) or self._role_of.get(" ".join(prefix.lower().split()))
        if role is None:
            return match.group()
        tokens = self._name_tokens(match["name"])
        if not tokens:
            return match.group()
        name_text = match["name"]
        index = self._index_now()
        first = tokens[0]
        title = prefix in self._practitioner_titles or bool(
            re.match(r"(?:Mr|Mrs|Ms|Miss|Mx|Dr)\b", name_text)
        )
        named_second = (
            len(tokens) > 1
            and _titlecase(tokens[1])
            and not is_ordinary(tokens[1])
            and not is_term(tokens[1])
        )
        if (
            is_term(first)
            or first.lower() in self._all_role_words
            or fold(first) in (self._type_words)
        ) and not (named_second and is_term(first) and first.lower() not in self._all_role_words):
            return match.group()  # "HV Clinic"; but "HV Jan Ormond" is a name
        if fold(first) in index.keep:
            return match.group()
        known = fold(first) in index.tokens
        second_ok = (
            len(tokens) > 1
            and _titlecase(tokens[1])
            and not is_term(tokens[1])
            and tokens[1].lower() not in self._all_role_words
            and fold(tokens[1]) not in self._type_words
            and re.match(r"\s+", name_text[name_text.find(tokens[0]) + len(tokens[0]) :])
            is not None
        )
        if not title and not (known or not is_ordinary(first) or second_ok):
            return match.group()
        if fold(first) in index.family_tokens and not title and len(tokens) == 1:
            return match.group()
        hyphened = len(tokens) > 1 and f"{tokens[0]}-{tokens[1]}" in name_text  # "Carrow-Blake"
        if (
            len(tokens) > 1
            and not second_ok
            and not hyphened
            and not (title and tokens[1][:1].isupper() and not is_ordinary(tokens[1]))
        ):
            # "DC Smith to attend": keep only the first word of the name.
            cut = name_text.find(tokens[1])
            name_text = name_text[:cut].rstrip()
            tokens = tokens[:1]
        label = self._practitioner_label(role, ctx)
        if all(fold(t) in index.family_tokens for t in tokens):
            entry = Entry("", "practitioner", label)  # "Dr Hughes": a doctor, not the family
        else:
            entry = self._practitioner(name_text, tokens, label, "chronology text")
        original = work.text[match.start() : match.start("name") + len(name_text)]
        rest = match.group()[len(original) :]
        before = work.text[: match.start()]
        words = _words_before(work.text, match.start(), 1)
        last = before.rstrip()[-1:] if before.rstrip() else ""
        keep_role = (words and words[0][1].lower() in _KEEP_ROLE_BEFORE) or (
            last and PLACEHOLDER.fullmatch(last) and work.part(last).kind in ("organisation",)
        )
        if keep_role:
            name_part = work.text[match.start("num") if match["num"] else match.start("sep") :]
            name_part = name_part[: len(original) - len(prefix)]
            return prefix + work.put(name_part, "", "practitioner", entry.key) + rest
        return work.put(original, entry.pseudonym, "practitioner", entry.key) + rest

    def _bracketed_name(self, match: re.Match[str], work: _Work, ctx: Ctx) -> str:
        role_text = " ".join(match["role"].split())
        role = self.rules.role_for(role_text)
        words = {w.strip(".,").lower() for w in role_text.split()}
        if role is None and not (len(words) <= 4 and words & _ROLE_NOUNS):
            return match.group()
        if self.scheme.rule_for(role_text) is not None and role is None:
            return match.group()  # "(mum)", "(maternal grandmother)": a family member
        tokens = self._name_tokens(match["name"])
        index = self._index_now()
        # Leading ordinary words belong to the sentence, not the name ("Attended Amy Clarke").
        name_text = match["name"]
        while (
            len(tokens) > 1
            and fold(tokens[0]) not in index.tokens
            and (is_term(tokens[0]) or _sentence_word(tokens[0]))
        ):
            name_text = name_text[name_text.find(tokens[0]) + len(tokens[0]) :].lstrip()
            tokens = tokens[1:]
        if not tokens or all(is_term(t) or t.lower() in self._all_role_words for t in tokens):
            return match.group()
        if all(fold(t) in index.family_tokens for t in tokens):
            return match.group()
        marked = re.search(r"\b[A-Z]\.|\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\b", name_text)
        if not marked and all(is_ordinary(t) and fold(t) not in index.tokens for t in tokens):
            return match.group()  # "Probation (the probation officer)": no name here
        bare = re.sub(r"^(?:the|a|an)\s+", "", role_text, flags=re.IGNORECASE)
        label = role.label if role else f"the {bare}"
        if role is not None:
            label = self._practitioner_label(role, ctx)
        entry = self._practitioner(name_text, tokens, label, "chronology text")
        start = match.start("name") + match["name"].find(name_text)
        head = work.text[match.start() : start]
        original = work.text[start : match.end()]
        return head + work.put(original, entry.pseudonym, "practitioner", entry.key)

    def _practitioner_label(self, role: Role, ctx: Ctx) -> str:
        if role.label == "a doctor" and ctx.agency == "GP":
            return "the GP"
        return role.label

    def _practitioner(self, name: str, tokens: list[str], label: str, source: str) -> Entry:
        """The register entry for a practitioner (created when learning, else looked up)."""
        index = self._index_now()
        for token in reversed(tokens):
            for candidate in index.tokens.get(fold(token), []):
                entry = candidate.entry
                if entry.kind == "person" and entry.key.startswith("person:found:"):
                    if not self._learning:
                        continue
                    # First seen without a role ("Probation (Nadia Bhatt)"); a role now.
                    entry.kind, entry.pseudonym, entry.role = "practitioner", label, label
                    entry.source = source
                if entry.kind == "practitioner":
                    if self._learning and entry.add_name(_clean_name(name)):
                        self._touch(entry)
                    return entry
        key = f"practitioner:{fold(tokens[-1])}|{label}"
        known = self.register.get(key)
        if known is None:
            return self._add(
                Entry(key, "practitioner", label, [_clean_name(name)], role=label, source=source)
            )
        if self._learning and known.add_name(_clean_name(name)):
            self._touch(known)
        return known

    def _learn_practitioner_field(self, text: str, ctx: Ctx) -> None:
        """Every name in a practitioner column is a practitioner; the role comes from the
        column ("(SW)", "HV", "Dr"), else the sheet, else the agency."""
        if len(text.split()) > 8 or len(text) > 80:
            return  # a sentence, not a name: the column was not what its header said
        role: Role | None = None
        for inner in re.findall(r"\(([^()]{1,40})\)", text):
            role = role or self.rules.role_for(inner)
        body = re.sub(r"\([^()]*\)", " ", text)
        parts = re.split(r"\s+[–—-]\s+|:\s+", body)
        for part in parts:
            words = part.split()
            for word in words[:2]:
                role = role or self._role_of.get(word.rstrip(".")) or self.rules.role_for(word)
            role = role or self.rules.role_for(part)
        label = self._practitioner_label(role, ctx) if role else self._default_role(ctx)
        for part in parts:
            tokens = [
                t
                for t in self._name_tokens(part)
                if not is_term(t)
                and t.lower() not in self._all_role_words
                and t.rstrip(".") not in self._practitioner_titles
            ]
            capitals = [t for t in tokens if t[:1].isupper()]
            if not capitals:
                continue
            named = (
                any(not is_ordinary(t) for t in capitals)
                or len(capitals) > 1
                or re.search(r"\b[A-Z]\.", part)
                or re.search(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\b", part)
            )
            if not named or all(t[:1].islower() for t in tokens):
                continue
            if all(fold(t) in self._index_now().family_tokens for t in capitals):
                continue
            head = re.search(
                r"(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+)?(?:[A-Z]\.\s?)*"
                + re.escape(capitals[0])
                + rf"(?:\s+{_NAME_WORD}){{0,2}}",
                part,
            )
            name = head.group() if head else capitals[0]
            self._practitioner(name, capitals, label, "practitioner column")

    def _default_role(self, ctx: Ctx) -> str:
        sheet = ctx.sheet.lower()
        for words, label in self.rules.practitioner_by_sheet.items():
            if words in sheet:
                return label
        return self.rules.practitioner_by_agency.get(
            ctx.agency, self.rules.placeholders["practitioner"]
        )

    # ------------------------------------------------------------------ people
    def _people(self, work: _Work, ctx: Ctx) -> None:
        if self._learning:
            self._learn_people(work, ctx)
        index = self._index_now()
        tokens = list(TOKEN.finditer(work.text))
        spans: list[tuple[int, int, dict[Entry, float], dict[str, str]]] = []
        i = 0
        while i < len(tokens):
            found = self._span(work.text, tokens, i, index)
            if found is None:
                i += 1
                continue
            start, end, scores, info, next_i = found
            spans.append((start, end, scores, info))
            i = next_i
        for start, end, scores, info in reversed(spans):
            entry = self._choose(scores, info)
            resolved = self._same_name(work.text, start, end, scores, info)
            if resolved is None:
                start, end, replacement = self._apposition(work, start, end, entry, info)
                kind, key, note = entry.kind, entry.key, info.get("note", "")
            elif (chosen := resolved[0]) is None:
                # Two family members share this name and nothing says which: never one
                # person's label; the reviewer sees the candidates in the report.
                replacement, kind, key = "a family member", "person", ""
                note = "ambiguous: " + " or ".join(resolved[2])
            else:
                _, start, others = resolved
                replacement, kind, key = chosen.pseudonym, chosen.kind, chosen.key
                note = (
                    f"assumed {chosen.pseudonym}; shares the name with " + " and ".join(others)
                    if others
                    else ""
                )
            original = work.original(work.text[start:end])
            part = work.put(original, replacement, kind, key, note)
            work.text = work.text[:start] + part + work.text[end:]

    def _span(
        self, text: str, tokens: list[re.Match[str]], i: int, index: _Index
    ) -> tuple[int, int, dict[Entry, float], dict[str, str], int] | None:
        """The name starting at token i (with a title or initials before it), if any."""
        scores: dict[Entry, float] = defaultdict(float)
        info: dict[str, str] = {}
        start = tokens[i].start()
        j = i
        title = tokens[i].group().rstrip(".")
        if title in self._personal_titles and i + 1 < len(tokens):
            gap = text[tokens[i].end() : tokens[i + 1].start()]
            if re.fullmatch(r"\.?\s+", gap):
                info["sex"] = self.rules.sex_of_title(title)
                j = i + 1
        initials: list[str] = []
        names = 0
        end = start
        fuzzy_notes: list[str] = []
        while j < len(tokens):
            token = tokens[j]
            word = token.group()
            if j > i:
                gap = text[tokens[j - 1].end() : token.start()]
                if not re.fullmatch(r"\.?[ \t]{1,2}|\s*-\s*|\.", gap):
                    break
                previous = tokens[j - 1].group()
                if "." in gap and not (
                    len(previous) == 1 or previous.rstrip(".") in self._personal_titles
                ):
                    break  # "Hope. The Moses basket": a sentence ends between them
            if len(word) == 1 and word.isupper():
                after = text[token.end() : token.end() + 2]
                if after[:1] == "." or (j + 1 < len(tokens) and after[:1] == " "):
                    initials.append(word)
                    j += 1
                    end = token.end() + (1 if after[:1] == "." else 0)
                    continue
                break
            candidates, fuzzy = self._lookup(word, text, token.start(), index)
            if not candidates:
                if j + 1 < len(tokens) and self._unknown_first_name(word, text, tokens, j, index):
                    # "Bethany Price": an unknown first name before a known surname.
                    names += 1
                    end = token.end()
                    j += 1
                    continue
                break
            best: dict[Entry, float] = {}
            for candidate in candidates:
                weight = candidate.weight * (0.8 if fuzzy else 1.0)
                best[candidate.entry] = max(best.get(candidate.entry, 0.0), weight)
                if candidate.role == "surname":
                    info.setdefault("surname_only", "1")
                else:
                    info["surname_only"] = "0"
            for entry, weight in best.items():
                scores[entry] += weight
            if fuzzy:
                fuzzy_notes.append(word)
            names += 1
            end = token.end()
            j += 1
        if names == 0:
            return None
        for letter in initials:
            for entry in scores:
                if any(fold(n)[:1] == letter.lower() for n in entry.names):
                    scores[entry] += 1.0
        if "sex" not in info:
            start = tokens[i + len(initials) if not initials else i].start()
            start = tokens[i].start()
        if fuzzy_notes:
            info["note"] = "misspelling: " + ", ".join(fuzzy_notes)
        return start, end, scores, info, j

    def _same_name(
        self, text: str, start: int, end: int, scores: dict[Entry, float], info: dict[str, str]
    ) -> tuple[Entry | None, int, list[str]] | None:
        """None when the name points at one person. When it fits two family members equally
        ("Hope": the child and her great-grandmother), the context decides: a relationship
        word before it ("Great-Nan Hope", folded into the pseudonym), a title's sex, an age
        after it. (None, start, candidates) when nothing decides."""
        if info.get("surname_only") != "0":
            return None  # a surname the family shares: the usual ranking (adults first)
        top = max(scores.values())
        rivals = [
            e
            for e, score in scores.items()
            if score >= top - 0.01 and e.kind == "person" and e.source == "family workbook"
        ]
        if len({e.pseudonym for e in rivals}) < 2:
            return None
        words = _words_before(text, start, 3)
        for count in (1, 2, 3):
            if len(words) < count or not all(is_kin_word(w) for _, w in words[-count:]):
                continue
            said = role_label(" ".join(w for _, w in words[-count:]))
            if said is None:
                continue
            fits = [e for e in rivals if labels_agree(said, e.pseudonym)]
            if len(fits) == 1:
                return fits[0], words[-count][0], []
        sex = info.get("sex", "U")
        if sex in ("M", "F"):
            fits = [e for e in rivals if e.sex == sex and e.adult]
            if len(fits) == 1:
                return fits[0], start, []
        after = text[end : end + 16]
        if re.match(r"\s*(?:\(\s*\d{1,2}\s*\)|,?\s*aged?\s+\d{1,2}\b|\(\s*baby)", after, re.I):
            fits = [e for e in rivals if not e.adult]
            if len(fits) == 1:
                return fits[0], start, []
        subject = [e for e in rivals if e.key == self.register.subject]
        if subject:
            # The review is about the subject child: a bare shared first name is taken to be
            # the child's, and the reviewer is told (the report lists every such mention).
            others = sorted({e.pseudonym for e in rivals} - {subject[0].pseudonym})
            return subject[0], start, others
        return None, start, sorted({e.pseudonym for e in rivals})

    def _unknown_first_name(
        self, word: str, text: str, tokens: list[re.Match[str]], j: int, index: _Index
    ) -> bool:
        following = tokens[j + 1]
        if not re.fullmatch(r"[ \t]", text[tokens[j].end() : following.start()]):
            return False
        if not _titlecase(word) or is_ordinary(word) or is_term(word) or fold(word) in index.keep:
            return False
        candidates = index.tokens.get(fold(following.group()), [])
        return any(c.role == "surname" for c in candidates)

    def _lookup(
        self, word: str, text: str, position: int, index: _Index
    ) -> tuple[list[_Candidate], bool]:
        folded = fold(word)
        if folded in index.keep:
            return [], False
        candidates = index.tokens.get(folded)
        if candidates:
            if word.islower() and index.ordinary.get(folded, False):
                return [], False  # "will", "rose": a name only when capitalised
            if len(word) <= 2 and not (word[:1].isupper()):
                return [], False
            return candidates, False
        letters = word.replace("'", "").replace("’", "")  # "O'Neil" is a word of letters
        if len(folded) < 4 or not letters.isalpha() or is_term(word):
            return [], False
        ordinary = is_ordinary(word)
        after = text[position + len(word) : position + len(word) + 2]
        possessive = after in ("'s", "’s") and word[:1].isupper()  # "Summers's account"
        if (
            ordinary
            and not possessive
            and not (
                word[:1].isupper()
                and not word.isupper()
                and len(word) >= 5
                and not _is_sentence_start(text, position)
            )
        ):
            return [], False
        matches = self._fuzzy(folded, index)
        return matches, bool(matches)

    def _fuzzy(self, folded: str, index: _Index) -> list[_Candidate]:
        if not index.fuzzy_keys:
            return []
        limit = 2 if len(folded) >= 8 else 1
        found = process.extract(
            folded, index.fuzzy_keys, scorer=OSA.distance, score_cutoff=limit, limit=5
        )
        if not found:
            return []
        best = min(score for _, score, _ in found)
        result: list[_Candidate] = []
        for key, score, _ in found:
            if score != best or (score == 2 and len(key) < 8):
                continue
            if abs(len(key) - len(folded)) > limit:
                continue
            result += index.tokens[key]
        return result

    def _choose(self, scores: dict[Entry, float], info: dict[str, str]) -> Entry:
        sex = info.get("sex", "U")
        surname_only = info.get("surname_only") == "1"

        def rank(entry: Entry) -> tuple[float, int, int, int]:
            score = scores[entry]
            if sex != "U" and entry.sex not in (sex, "U"):
                score -= 5
            family = 0 if entry.kind == "person" and entry.source == "family workbook" else 1
            adult = 1 if (surname_only and entry.adult) else 0
            return (score, adult, -family, -entry.rank)

        return max(scores, key=rank)

    def _apposition(
        self, work: _Work, start: int, end: int, entry: Entry, info: dict[str, str]
    ) -> tuple[int, int, str]:
        """Fold a role word written next to a name into the pseudonym ("mother Chelsea" ->
        "Mother"); "the Hughes family" -> "the family"."""
        text = work.text
        replacement = entry.pseudonym
        after = re.match(r"\s+([a-z]+)\b", text[end:])
        if (
            info.get("surname_only") == "1"
            and entry.kind == "person"
            and after
            and after.group(1) in self.rules.family_words
        ):
            the = re.search(r"\bthe\s+$", text[:start], re.IGNORECASE)
            return (the.start() if the else start), end, "the"
        if entry.kind != "person":
            return start, end, replacement
        bracket = re.match(r"\s*\(\s*([A-Za-z'’ -]{2,30}?)\s*\)", text[end:])
        if bracket:
            label = self._role_label(bracket.group(1))
            if label is not None and (replacement == label or replacement.startswith(label + " ")):
                end += bracket.end()
        words = _words_before(text, start, 3)
        pseudo_words = {w.lower() for w in re.findall(r"[A-Za-z]+", replacement)} - {"of", "a"}
        for count in (3, 2, 1):
            if len(words) < count:
                continue
            phrase = " ".join(w for _, w in words[-count:])
            label = self._role_label(phrase)
            same = label is not None and (
                replacement == label or replacement.startswith(label + " ")
            )
            if count == 1 and phrase.lower().strip("'’") in pseudo_words:
                same = True
            if same:
                return words[-count][0], end, replacement
        return start, end, replacement

    def _role_label(self, phrase: str) -> str | None:
        """The scheme's label when the whole phrase is one of its role names ("mum's partner",
        "MGM"), else None."""
        words = frozenset(normalise_header(phrase).split())
        for rule in self.scheme.roles:
            if any(entry == words for entry in rule.match):
                return rule.label
        return None

    def _learn_people(self, work: _Work, ctx: Ctx) -> None:
        """Names the register does not know yet, found by their context."""
        text = work.text
        index = self._index_now()
        found: list[tuple[str, str]] = []  # (name, kind of context)
        for match in self._titled.finditer(text):
            tokens = self._name_tokens(match["name"])
            if (
                tokens
                and not any(fold(t) in index.tokens for t in tokens)
                and not is_term(tokens[0])
                and fold(tokens[0]) not in self._type_words
            ):
                found.append((match.group(), "title"))
        for match in MENTION.finditer(text):
            if fold(match[1]) not in index.tokens and not is_term(match[1]):
                found.append((match[1], "mention"))
        for match in self._initial_name.finditer(text):
            surname = match["name"].split()[-1].split(".")[-1]
            if (
                fold(surname) not in index.tokens
                and not is_ordinary(surname)
                and not is_term(surname)
            ):
                found.append((match["name"], "initial"))
        matches = list(TOKEN.finditer(text))
        for a, b in itertools.pairwise(matches):
            gap = text[a.end() : b.start()]
            if not re.fullmatch(r"[ \t]{1,2}", gap):
                continue
            first, second = a.group(), b.group()
            if not (_titlecase(first) and _titlecase(second)):
                continue
            if any(
                is_term(w)
                or w.lower() in self._all_role_words
                or fold(w) in self._type_words
                or w.rstrip(".") in self._personal_titles
                or fold(w) in _agency_words()
                for w in (first, second)
            ):
                continue  # "Northshire Probation": a service, never a person
            if not _name_like(first) and fold(second) not in index.tokens:
                continue  # "the Baby Bjorn bouncer": no evidence of a name (residual report)
            known_first = fold(first) in index.tokens
            known_second = fold(second) in index.tokens
            if known_first and known_second:
                continue
            if known_second and fold(second) in index.family_tokens and not known_first:
                if not is_ordinary(first):
                    found.append((first, "before surname"))
                continue
            if known_first or known_second:
                continue
            odd = [w for w in (first, second) if not is_ordinary(w) or is_proper_noun(w)]
            if odd and (not _is_sentence_start(text, a.start()) or not is_ordinary(second)):
                found.append((f"{first} {second}", "full name"))
        for match in re.finditer(rf"(?<![\w'’])({_NAME_WORD})['’]s?(?![\w])", text):
            word = match[1]
            if (
                fold(word) not in index.tokens
                and not is_ordinary(word)
                and not is_term(word)
                and fold(word) not in self._type_words
                and not word.isupper()
            ):
                found.append((word, "possessive"))
        if ctx.field == "name":
            for token in matches:
                word = token.group()
                if (
                    word[:1].isupper()
                    and len(word) > 1
                    and fold(word) not in index.tokens
                    and not is_term(word)
                    and word.lower() not in self._all_role_words
                    and self.scheme.rule_for(word) is None
                ):
                    found.append((word, "name column"))
        for name, context in found:
            if fold(name) in index.keep or self._is_family_name(name):
                continue
            tokens = self._name_tokens(name)
            if tokens and all(
                fold(t) in index.tokens or (len(t) >= 4 and self._fuzzy(fold(t), index))
                for t in tokens
            ):
                continue  # a misspelling of a name already known
            self._found_person(name, context)

    def _found_person(self, name: str, context: str) -> None:
        tokens = self._name_tokens(name)
        if not tokens or all(fold(t) in _agency_words() for t in tokens):
            return  # "Probation" (from a file name or a column): a service, never a person
        key = "person:found:" + fold(" ".join(tokens))
        if self.register.get(key) is not None:
            return
        for token in tokens:
            for candidate in self._index_now().tokens.get(fold(token), []):
                if candidate.role == "given":
                    return
        if context in ("initial", "mention"):
            self._practitioner(name, tokens, self.rules.placeholders["practitioner"], context)
            return
        title = re.match(r"(Mr|Mrs|Ms|Miss|Mx)\b", name)
        if title:
            label = self.rules.placeholders["unknown_adult"]
        else:
            label = self.rules.placeholders["unknown_person"]
        pseudonym = f"{label} {self.register.next_number(label)}"
        sex = self.rules.sex_of_title(title.group(1)) if title else "U"
        self._add(
            Entry(
                key,
                "person",
                pseudonym,
                [_clean_name(name)],
                role="found in the chronologies",
                source=f"chronology text ({context})",
                sex=sex,
            )
        )

    def _is_family_name(self, name: str) -> bool:
        family = self._index_now().family_tokens
        return any(fold(t) in family for t in TOKEN.findall(name))

    def _family_token_set(self) -> frozenset[str]:
        return self._index_now().family_tokens

    # ------------------------------------------------------------------ index
    def _add(self, entry: Entry) -> Entry:
        existing = self.register.get(entry.key)
        if existing is not None:
            return existing
        added = self.register.add(entry)
        self._new_keys.append(entry.key)
        self._touch(added)
        return added

    def _touch(self, entry: Entry) -> None:
        """Bring the index up to date after an entry was added or gained a name."""
        if self._index is None:
            return
        if entry.kind in ("person", "practitioner"):
            for folded in list(self._index.tokens):
                kept = [c for c in self._index.tokens[folded] if c.entry is not entry]
                if kept:
                    self._index.tokens[folded] = kept
                else:
                    del self._index.tokens[folded]
            self._index_entry(self._index, entry)
            self._index.fuzzy_keys = [
                k for k in self._index.tokens if len(k) >= 4 and _letters(k).isalpha()
            ]
        self._index.phrases_dirty = self._index.entries_dirty = True

    def _index_now(self) -> _Index:
        if self._index is None:
            self._index = self._build_index()
        return self._index

    def _build_index(self) -> _Index:
        index = _Index()
        for entry in self.register.of_kind("person", "practitioner"):
            self._index_entry(index, entry)
        index.keep = frozenset(fold(k) for k in self.register.keep)
        index.fuzzy_keys = [k for k in index.tokens if len(k) >= 4 and _letters(k).isalpha()]
        index.phrases_dirty = index.entries_dirty = True
        return index

    def _index_entry(self, index: _Index, entry: Entry) -> None:
        """Add a person's or practitioner's name tokens: first names weigh more than surnames;
        "Kerry-Ann" gives "Kerry-Ann", "Kerry" and "Ann"; family initials ("CM") count."""
        seen: set[tuple[str, str]] = set()
        family = entry.kind == "person" and entry.source == "family workbook"
        for name in entry.names:
            words = [
                w
                for w in re.split(r"\s+", name.strip())
                if w and w.rstrip(".") not in self._personal_titles and w.rstrip(".") != "Dr"
            ]
            words = [
                w
                for w in words
                if len(TOKEN.findall(w)) and (len(w.strip(".")) > 1 or len(words) == 1)
            ]
            flat = [t for w in words for t in TOKEN.findall(w)]
            if not flat:
                continue
            roles: list[tuple[str, str, float]] = []
            for position, word in enumerate(words):
                for token in TOKEN.findall(word):
                    if len(words) == 1 or position == 0:
                        roles.append((token, "given", 3.0))
                    elif position == len(words) - 1:
                        roles.append((token, "surname", 2.0))
                    else:
                        roles.append((token, "given", 2.0))
            for token, role, weight in roles:
                if len(flat) > 1 and self.scheme.rule_for(token) is not None:
                    continue  # "Nanna" in "Nanna Jan" is a role word, not a name
                folded = fold(token)
                if (folded, role) in seen:
                    continue
                seen.add((folded, role))
                index.tokens.setdefault(folded, []).append(_Candidate(entry, weight, role))
                index.ordinary[folded] = is_ordinary(token)
                if family:
                    index.family_tokens = index.family_tokens | {folded}
        if family:
            full = next((n for n in entry.names if len(n.split()) > 1), "")
            letters = "".join(w[0] for w in full.split() if w[:1].isalpha()).upper()
            if 2 <= len(letters) <= 3 and not is_term(letters):
                index.tokens.setdefault(fold(letters), []).append(
                    _Candidate(entry, 2.0, "initials")
                )
                index.ordinary[fold(letters)] = False

    def _phrases(self, index: _Index, text: str | None = None) -> None:
        """The organisations', places', addresses' and numbers' names as one regex.

        Learning adds phrases one by one, and compiling the alternation again for each cost
        85% of a case's first build. So for a `text` that none of the phrases added since the
        last compilation can match (one of each one's words is not in it), the compiled regex
        is used as it is: it finds in that text exactly what the full one would."""
        if index.entries_dirty:
            phrase_entry: dict[str, Entry] = {}
            for entry in self.register.of_kind("organisation", "place", "address", "identifier"):
                for name in entry.names:
                    folded = fold(" ".join(name.split()))
                    if len(folded) < 3 or folded in index.family_tokens or folded in index.keep:
                        continue
                    phrase_entry.setdefault(folded, entry)
            index.phrase_entry = phrase_entry
            index.entries_dirty = False
            # Every match holds each word of its phrase: the longest is the rarest to test.
            words = [_WORDS.findall(a) for a in phrase_entry.keys() - index.compiled]
            complete = index.compiled <= phrase_entry.keys() and all(words)
            index.pending = [max(w, key=len) for w in words] if complete else None
        phrase_entry = index.phrase_entry
        if text is not None and index.pending is not None:
            lowered = text.casefold()
            if not any(first in lowered for first in index.pending):
                return  # still dirty: the next text is checked again
        index.phrases = None
        if phrase_entry:
            alternatives = sorted(phrase_entry, key=len, reverse=True)
            body = "|".join(
                re.escape(a).replace("'", "['’]").replace(r"\ ", r"\s+") for a in alternatives
            )
            index.phrases = re.compile(rf"(?<![\w'’])(?:{body})(?![\w])", re.IGNORECASE)
        index.compiled = frozenset(phrase_entry)
        index.pending = []
        index.phrases_dirty = False

    # ------------------------------------------------------------------ rendering
    def _render(self, work: _Work) -> str:
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
                char = chr(_BASE + i)
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
            if replacement.startswith(("the ", "a ", "an ")):
                article = re.search(r"\b(the|a|an)\s+$", done, re.IGNORECASE)
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


@functools.cache
def _agency_words() -> frozenset[str]:
    """One-word names of agencies and services ("probation", "police", "camhs"): never a
    person's name in a chronology."""
    from chronology.agencies import aliases, organisations

    words = {alias for alias in aliases() if " " not in alias and alias.isalpha()}
    words |= {fold(name) for name in organisations() if " " not in name}
    return frozenset(words)


def _name_like(word: str) -> bool:
    """Could open a person's name: not ordinary English, a name in the dictionary, or an
    ordinary word that is also a common first name ("Summer", "Grace")."""
    from anonymise.residual import is_common_name

    return not is_ordinary(word) or is_proper_noun(word) or is_common_name(word)


def _sentence_word(word: str) -> bool:
    """A word that opens a sentence rather than a name ("Attended", "Spoke", "With")."""
    low = word.lower()
    return low in _VERBS or (is_ordinary(word) and low.endswith(("ed", "ing", "ly", "ion")))


def _titlecase(word: str) -> bool:
    return len(word) > 1 and word[0].isupper() and not word.isupper()


def _clean_name(name: str) -> str:
    return " ".join(PLACEHOLDER.sub("", name).split()).strip(" ,.:;-–")


Learner = Callable[[str, Ctx], None]
