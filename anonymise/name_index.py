"""What every redaction pass shares: the register, the rules, the vocabulary read from them,
and the register's index of names (tokens for people and practitioners, one pattern for the
other names), kept up to date as learning adds entries."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from anonymise.errors import AnonymiseError
from anonymise.phrase_set import PhraseSet, phrase_pattern
from anonymise.register import Entry, Register
from anonymise.rules import Role, load_rules
from anonymise.words import fold, is_ordinary, is_term
from anonymise.work import TOKEN, Replacement, Work, without_apostrophes
from genogram.roles import load_scheme

DATE_MODES = ("month", "age")
_WORDS = re.compile(r"[^\W_]+")  # a folded phrase's words (see RedactorBase._phrases)


@dataclass
class Candidate:
    entry: Entry
    weight: float
    role: str  # given | surname | initials


@dataclass
class NameIndex:
    """The register's people and practitioners, by name token; its other names as one regex."""

    tokens: dict[str, list[Candidate]] = field(default_factory=dict)
    ordinary: dict[str, bool] = field(default_factory=dict)
    fuzzy_keys: list[str] = field(default_factory=list)
    phrases: PhraseSet = field(default_factory=PhraseSet)
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


class RedactorBase:
    """The state the passes share; `Anonymiser` is this plus its passes."""

    def __init__(
        self, register: Register, date_mode: str = "month", today: dt.date | None = None
    ) -> None:
        if date_mode not in DATE_MODES:
            raise AnonymiseError(
                f"must be one of {', '.join(DATE_MODES)} (got '{date_mode}')", field="dates"
            )
        if date_mode == "age" and register.subject_birth is None:
            raise AnonymiseError(
                "'age' needs the subject child's date of birth in People", field="dates"
            )
        self.register = register
        self.date_mode = date_mode
        self.today = today or dt.date.today()
        self.rules = load_rules()
        self.scheme = load_scheme()
        self._learning = False
        self._index: NameIndex | None = None
        self._cache: dict[tuple[object, ...], tuple[str, tuple[Replacement, ...]]] = {}
        self._new_keys: list[str] = []
        self._org_name_types: dict[str, Counter[str]] = defaultdict(Counter)
        self._org_name_text: dict[str, str] = {}
        self._towns: dict[str, str] = {}
        self._address_rows: dict[str, set[str]] = defaultdict(set)
        # The addresses the text being learned mentions, and a count of every change to what
        # learning reads (the register's entries, names and kinds, postcode areas), so that
        # `Anonymiser.learn_all` learns a repeated text again whenever it could learn more.
        self._addresses_seen: list[tuple[str, str]] | None = None
        self._changes = 0
        self._outward: set[str] = set()
        self._saints: dict[str, tuple[str, str]] = {}
        self._family_births = {d for e in register.of_kind("person") for d in e.dates_of_birth}
        rules = self.rules
        # The vocabulary every pass reads: role words, titles, kinds of organisation and street.
        self._role_of: dict[str, Role] = {
            word: role
            for role in rules.roles
            for word in (*role.titles, *role.abbreviations, *role.phrases)
        }
        self._personal_titles = frozenset(rules.personal_titles)
        self._practitioner_titles = frozenset(t for r in rules.roles for t in r.titles)
        self._all_role_words = frozenset(
            w.lower() for r in rules.roles for w in (*r.titles, *r.abbreviations, *r.phrases)
        )
        self._type_words = frozenset(
            fold(w) for org in rules.organisations for t in org.types for w in t.split()
        ) | {fold(w) for w in (*rules.street_types, *rules.buildings, *rules.units)}

    def _is_family_name(self, name: str) -> bool:
        family = self._index_now().family_tokens
        return any(fold(t) in family for t in TOKEN.findall(name))

    def _family_token_set(self) -> frozenset[str]:
        return self._index_now().family_tokens

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
        self._changes += 1
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
                k for k in self._index.tokens if len(k) >= 4 and without_apostrophes(k).isalpha()
            ]
        self._index.phrases_dirty = self._index.entries_dirty = True

    def _index_now(self) -> NameIndex:
        if self._index is None:
            self._index = self._build_index()
        return self._index

    def _build_index(self) -> NameIndex:
        index = NameIndex()
        for entry in self.register.of_kind("person", "practitioner"):
            self._index_entry(index, entry)
        index.keep = frozenset(fold(k) for k in self.register.keep)
        index.fuzzy_keys = [
            k for k in index.tokens if len(k) >= 4 and without_apostrophes(k).isalpha()
        ]
        index.phrases_dirty = index.entries_dirty = True
        return index

    def _index_entry(self, index: NameIndex, entry: Entry) -> None:
        """Add a person's or practitioner's name tokens: first names weigh more than surnames;
        "Kerry-Ann" gives "Kerry-Ann", "Kerry" and "Ann"; family initials ("CM") count."""
        seen: set[tuple[str, str]] = set()
        family = entry.kind == "person" and entry.source == "family workbook"
        for name in entry.names:
            written = [w for w in re.split(r"\s+", name.strip()) if w]
            words = [
                w
                for w in written
                if w.rstrip(".") not in self._personal_titles and w.rstrip(".") != "Dr"
            ]
            words = [
                w
                for w in words
                if len(TOKEN.findall(w)) and (len(w.strip(".")) > 1 or len(words) == 1)
            ]
            # "J. Bloggs", "Dr. Okafor": a practitioner's one word after an initial or a title
            # is a surname ("Bethany Bloggs" is then someone else, not "Bethany a practitioner")
            surname_alone = entry.kind == "practitioner" and len(words) == 1 and len(written) > 1
            flat = [t for w in words for t in TOKEN.findall(w)]
            if not flat:
                continue
            roles: list[tuple[str, str, float]] = []
            for position, word in enumerate(words):
                for token in TOKEN.findall(word):
                    if surname_alone:
                        roles.append((token, "surname", 3.0))
                    elif len(words) == 1 or position == 0:
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
                index.tokens.setdefault(folded, []).append(Candidate(entry, weight, role))
                index.ordinary[folded] = is_ordinary(token)
                if family:
                    index.family_tokens = index.family_tokens | {folded}
        if family:
            full = next((n for n in entry.names if len(n.split()) > 1), "")
            letters = "".join(w[0] for w in full.split() if w[:1].isalpha()).upper()
            if 2 <= len(letters) <= 3 and not is_term(letters):
                index.tokens.setdefault(fold(letters), []).append(Candidate(entry, 2.0, "initials"))
                index.ordinary[fold(letters)] = False

    def _phrases(self, index: NameIndex, text: str | None = None) -> None:
        """The organisations', places', addresses' and numbers' names as one regex.

        Learning adds phrases one by one, and compiling the alternation again for each cost
        85% of a case's first build. So for a `text` that none of the phrases added since the
        last compilation can match (one of each one's words is not in it), the compiled regex
        is used as it is: it finds in that text exactly what the full one would. Only for plain
        ASCII text and phrases: elsewhere the regex's case-insensitive matching and `casefold`
        differ ("KİLNWORTH" and "Kılnworth" match "kilnworth"), and a text's learning must not
        depend on when the regex happened to be compiled."""
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
            complete = (
                index.compiled <= phrase_entry.keys()
                and all(words)
                and all(w.isascii() for found in words for w in found)
            )
            index.pending = [max(w, key=len) for w in words] if complete else None
        phrase_entry = index.phrase_entry
        if text is not None and index.pending is not None and text.isascii():
            lowered = text.casefold()
            if not any(map(lowered.__contains__, index.pending)):
                return  # still dirty: the next text is checked again
        # As one alternation, longest first (then in the register's order), kept in parts
        # that are compiled again only now and then (`anonymise.phrase_set`).
        index.phrases.update(sorted(phrase_entry, key=len, reverse=True))
        index.compiled = frozenset(phrase_entry)
        index.pending = []
        index.phrases_dirty = False

    def _keep_phrases(self, work: Work) -> None:
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

    def _known_phrases(self, work: Work) -> None:
        index = self._index_now()
        if index.phrases_dirty:
            self._phrases(index, work.text)
        if not index.phrases:
            return

        def known(match: re.Match[str]) -> str:
            # "Kidz  Kabin": the pattern takes any spaces between the words, the names one
            written = match.group()
            entry = index.phrase_entry.get(" ".join(fold(written).split()))
            if entry is None:  # "Kılnworth": matched case-insensitively, folded otherwise
                entry = next(
                    e
                    for a, e in index.phrase_entry.items()
                    if re.fullmatch(phrase_pattern(a), written, re.IGNORECASE)
                )
            return work.put(written, entry.pseudonym, entry.kind, entry.key)

        work.text = index.phrases.sub(known, work.text)
