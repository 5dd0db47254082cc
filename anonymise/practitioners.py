"""The passes for practitioners: a name after a role or title ("SW Jan Ormond", "DC 4417
Smith"), before a role in brackets ("Amy Clarke (health visitor)"), and every name in a
practitioner column. Each becomes the role ("the social worker"), numbered per role."""

from __future__ import annotations

import re

from anonymise.name_index import RedactorBase
from anonymise.register import Entry
from anonymise.rules import Role, one_of
from anonymise.wordlists import KEEP_ROLE_BEFORE, ROLE_NOUNS, SURNAME_WORDS
from anonymise.words import fold, is_everyday_word, is_ordinary, is_term
from anonymise.work import (
    HELD,
    NAME_WORD,
    PLACEHOLDER,
    TOKEN,
    Ctx,
    Work,
    clean_name,
    name_like,
    sentence_word,
    titlecase,
    words_before,
)


class PractitionerPasses(RedactorBase):
    def _build_practitioner_patterns(self) -> None:
        """A name after a role or title ("SW Jan Ormond", "Dr Lee"), before a role in brackets,
        after a personal title, or after an initial."""
        rules = self.rules
        context = rules.context
        titles = [*rules.personal_titles]
        prefixes_exact: list[str] = []
        phrases: list[str] = []
        for role in rules.roles:
            for word in (*role.titles, *role.abbreviations):
                prefixes_exact.append(word)
            for phrase in role.phrases:
                phrases.append(phrase)
        exact = "|".join(re.escape(p) for p in sorted(set(prefixes_exact), key=len, reverse=True))

        def alternation(found: list[str]) -> str:
            ordered = sorted(set(found), key=len, reverse=True)
            joined = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered)
            return joined or "(?!)"  # none: a pattern that never matches

        # A role phrase of several words before the exact titles: "Nurse Practitioner Imogen"
        # is a nurse practitioner, not "Nurse" followed by a name "Practitioner".
        several = alternation([p for p in phrases if " " in p])
        loose = alternation([p for p in phrases if " " not in p])
        personal = "|".join(re.escape(t) for t in sorted(titles, key=len, reverse=True))
        initials = r"(?:[A-Z]\.\s?|[A-Z]\s(?=[A-Z][a-z])){0,3}"
        # "Dr van Rensburg", "SW de Souza", "DC van der Merwe": a surname's particles in lower
        # case ([context_words] name_particles, second_name_particles)
        first, second = one_of(context.name_particles), one_of(context.second_name_particles)
        particle = rf"(?:(?:{first})\s+(?:(?:{second})\s+)?)?"
        self._particles = context.all_name_particles
        person = (
            rf"(?:(?:{personal}|Dr)\.?\s+)?{initials}{particle}{NAME_WORD}"
            rf"(?:\s+{particle}{NAME_WORD})?"
        )
        prefix = (
            rf"(?P<prefix>(?<![\w'’])(?i:{several})(?![\w'’])|(?<![\w'’])(?:{exact})(?![\w'’])"
            rf"|(?<![\w'’])(?i:{loose})(?![\w'’]))"
        )
        self._prefixed = re.compile(
            rf"{prefix}(?P<num>\s*\d{{2,6}})?(?P<sep>\s*[:\-–]?\s+)(?P<name>{person})"
        )
        # A role written before a practitioner already replaced as that role ("OIC DC Okafor")
        self._role_before_role = re.compile(rf"{prefix}\s+(?P<ph>{HELD})")
        self._bracketed = re.compile(
            rf"(?P<name>(?:(?:{personal}|Dr)\.?\s+)?{initials}{NAME_WORD}"
            rf"(?:\s+{NAME_WORD}){{0,2}})\s*\((?P<role>[^()\n]{{1,40}})\)"
        )
        self._titled = re.compile(
            rf"(?<![\w'’])(?P<title>{personal})\.?\s+(?P<name>{initials}{NAME_WORD}"
            rf"(?:\s+{NAME_WORD})?)"
        )
        self._initial_name = re.compile(rf"(?<![\w'’.])(?P<name>[A-Z]\.\s?{NAME_WORD})")

    def _practitioners(self, work: Work, ctx: Ctx) -> None:
        # Each name after a role is read from where the last one ended: a refused name is
        # read again as the start of the next ("OIC DC Okafor"), and the rest of a name cut
        # short too ("SW Ormond Nurse Bell").
        text, out, position = work.text, [], 0
        while (match := self._prefixed.search(text, position)) is not None:
            replaced, end = self._prefixed_name(match, work, ctx)
            out += [text[position : match.start()], replaced]
            position = end
        work.text = "".join(out) + text[position:]
        work.text = self._role_before_role.sub(lambda m: self._one_role(m, work, ctx), work.text)
        work.text = self._bracketed.sub(lambda m: self._bracketed_name(m, work, ctx), work.text)

    def _name_tokens(self, text: str) -> list[str]:
        """The words of a name, without titles and initials."""
        return [
            t
            for t in TOKEN.findall(text)
            if len(t) > 1
            and t.rstrip(".") not in self._personal_titles
            and t != "Dr"
            and t not in self._particles
        ]

    def _prefixed_name(self, match: re.Match[str], work: Work, ctx: Ctx) -> tuple[str, int]:
        """The text of `match` up to where it was read, replaced, and that end."""
        refused = (work.text[match.start() : match.start("name")], match.start("name"))
        prefix = match["prefix"]
        role = self._role_of.get(prefix) or self._role_of.get(" ".join(prefix.lower().split()))
        if role is None:
            return refused
        tokens = self._name_tokens(match["name"])
        if not tokens:
            return refused
        name_text = match["name"]
        index = self._index_now()
        first = tokens[0]
        title = prefix in self._practitioner_titles or bool(
            re.match(r"(?:Mr|Mrs|Ms|Miss|Mx|Dr)\b", name_text)
        )
        named_second = (
            len(tokens) > 1
            and titlecase(tokens[1])
            and not is_ordinary(tokens[1])
            and not is_term(tokens[1])
        )
        if (
            is_term(first)
            or first.lower() in self._all_role_words
            # a kind of place ("HV Clinic"), but not a surname that is one ("Nurse Hill")
            or (fold(first) in self._type_words and fold(first) not in SURNAME_WORDS)
        ) and not (named_second and is_term(first) and first.lower() not in self._all_role_words):
            return refused  # "HV Clinic"; but "HV Jan Ormond" is a name
        if fold(first) in index.keep:
            return refused
        known = fold(first) in index.tokens
        second_ok = (
            len(tokens) > 1
            # "SW Nadia ORMOND": a surname in capitals after a first name (not a text all in
            # capitals: "TO LEAD CRIMINAL INVESTIGATION")
            and (
                titlecase(tokens[1])
                or (tokens[1].isupper() and len(tokens[1]) >= 2 and titlecase(first))
            )
            and not is_term(tokens[1])
            and tokens[1].lower() not in self._all_role_words
            and (fold(tokens[1]) not in self._type_words or fold(tokens[1]) in SURNAME_WORDS)
            and re.match(r"\s+", name_text[name_text.find(tokens[0]) + len(tokens[0]) :])
            is not None
        )
        # A capitalised common surname that is also a word ("SW Smith") is a name here.
        surname_word = titlecase(first) and fold(first) in SURNAME_WORDS
        if not title and not (known or not is_ordinary(first) or second_ok or surname_word):
            return refused
        if fold(first) in index.family_tokens and not title and len(tokens) == 1:
            return refused
        hyphened = len(tokens) > 1 and f"{tokens[0]}-{tokens[1]}" in name_text  # "Carrow-Blake"
        if (
            len(tokens) > 1
            and not second_ok
            and not hyphened
            and not (title and tokens[1][:1].isupper() and not is_ordinary(tokens[1]))
        ):
            # "DC Smith to attend": keep only the first word of the name.
            cut = name_text.find(tokens[1], name_text.find(first) + len(first))
            name_text = name_text[:cut].rstrip()
            tokens = tokens[:1]
        label = self._practitioner_label(role, ctx)
        if all(fold(t) in index.family_tokens for t in tokens):
            entry = Entry("", "practitioner", label)  # "Dr Hughes": a doctor, not the family
        else:
            entry = self._practitioner(name_text, tokens, label, "chronology text")
        original = work.text[match.start() : match.start("name") + len(name_text)]
        end = match.start() + len(original)
        before = work.text[: match.start()]
        words = words_before(work.text, match.start(), 1)
        last = before.rstrip()[-1:] if before.rstrip() else ""
        keep_role = (words and words[0][1].lower() in KEEP_ROLE_BEFORE) or (
            last and PLACEHOLDER.fullmatch(last) and work.part(last).kind in ("organisation",)
        )
        if keep_role:
            name_part = work.text[match.start("num") if match["num"] else match.start("sep") :]
            name_part = name_part[: len(original) - len(prefix)]
            return prefix + work.put(name_part, "", "practitioner", entry.key), end
        return work.put(original, entry.pseudonym, "practitioner", entry.key), end

    def _one_role(self, match: re.Match[str], work: Work, ctx: Ctx) -> str:
        """ "OIC a police officer" -> "a police officer": the role is said once."""
        part = work.part(match["ph"])
        role = self._role_of.get(match["prefix"]) or self._role_of.get(
            " ".join(match["prefix"].lower().split())
        )
        same = role is not None and self._practitioner_label(role, ctx) == part.replacement
        return match["ph"] if same and part.kind == "practitioner" else match.group()

    def _plain_word(self, word: str) -> bool:
        """An everyday English word that is no common name or surname ("Home", "Visit"), as
        opposed to "Amy", "Lee", "Robin" or "Smith"."""
        return (
            is_everyday_word(word)
            and not name_like(word)
            and fold(word) not in SURNAME_WORDS
            and fold(word) not in self._index_now().tokens
        )

    def _bracketed_name(self, match: re.Match[str], work: Work, ctx: Ctx) -> str:
        role_text = " ".join(match["role"].split())
        role = self.rules.role_for(role_text)
        words = {w.strip(".,").lower() for w in role_text.split()}
        if role is None and not (len(words) <= 4 and words & ROLE_NOUNS):
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
            and (is_term(tokens[0]) or sentence_word(tokens[0]))
        ):
            name_text = name_text[name_text.find(tokens[0]) + len(tokens[0]) :].lstrip()
            tokens = tokens[1:]
        if not tokens or all(is_term(t) or t.lower() in self._all_role_words for t in tokens):
            return match.group()
        if all(fold(t) in index.family_tokens for t in tokens):
            return match.group()
        marked = re.search(r"\b[A-Z]\.|\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\b", name_text)
        if not marked and all(self._plain_word(t) for t in tokens):
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
                    self._changes += 1
                    entry.source = source
                if entry.kind == "practitioner":
                    if self._learning and entry.add_name(clean_name(name)):
                        self._touch(entry)
                    return entry
        key = f"practitioner:{fold(tokens[-1])}|{label}"
        known = self.register.get(key)
        if known is None:
            return self._add(
                Entry(key, "practitioner", label, [clean_name(name)], role=label, source=source)
            )
        if self._learning and known.add_name(clean_name(name)):
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
                + rf"(?:\s+{NAME_WORD}){{0,2}}",
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
