"""The passes for people: the register's names (with possessives, hyphenated forms, initials and
misspellings), names the register does not hold yet found by their context (after a title,
before a known surname, "X's", "@X"), names beside a family member, and punctuated initials.
Two family members sharing a name become "a family member", never one person's label."""

from __future__ import annotations

import calendar
import itertools
import re
from collections import defaultdict

from rapidfuzz import process
from rapidfuzz.distance import OSA

from anonymise.name_index import Candidate, NameIndex
from anonymise.patterns import MENTION
from anonymise.practitioners import PractitionerPasses
from anonymise.register import Entry
from anonymise.rules import load_rules, one_of
from anonymise.wordlists import FAMILY_TITLES, SURNAME_WORDS
from anonymise.words import fold, is_everyday_word, is_ordinary, is_proper_noun, is_term
from anonymise.work import (
    HELD,
    NAME_WORD,
    PLACEHOLDER,
    TOKEN,
    Ctx,
    Work,
    agency_words,
    clean_name,
    is_sentence_start,
    name_like,
    sentence_word,
    titlecase,
    words_before,
)
from chronology.columns import normalise_header
from genogram.pseudonyms import is_kin_word, labels_agree, role_label

_CONTEXT = load_rules().context

_NAME_HERE = r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?"
_AFTER_FAMILY_TITLE = re.compile(
    rf"(?<![\w'’-])(?:{FAMILY_TITLES})\s+(?P<name>{_NAME_HERE})(?![\w'’])"
)
_NAME_BEFORE_PERSON = re.compile(rf"(?<![\w'’])(?P<name>{_NAME_HERE})\s*\(\s*(?P<ph>{HELD})\s*\)")
# A nickname: quoted or not, a name or two or three capitals ("KJ").
_NICKNAME = rf"(?P<q>['\"‘“]?)(?P<name>{_NAME_HERE}|[A-Z]{{2,3}})['\"’”]?"
_NAME_AFTER_PERSON = re.compile(rf"(?P<ph>{HELD})\s*\(\s*{_NICKNAME}\s*\)")
# "Augustine 'Gus' Joyce": a quoted nickname between the names
_NICKNAME_BETWEEN = re.compile(
    rf"(?P<ph>{HELD})\s+(?P<q>['\"‘“])(?P<name>{_NAME_HERE}|[A-Z]{{2,3}})['\"’”]\s+{HELD}"
)
_ALIAS_OF_PERSON = re.compile(
    rf"(?P<ph>{HELD})[^.\n]{{0,30}}?\b(?:also uses|also known as|known as|aka|"
    rf"a\.k\.a\.?|nicknamed|calls (?:him|her)self)\s+{_NICKNAME}"
)
# "Jnr", "Snr" after a name: which of two people of one name is meant.
_GENERATION = re.compile(r"[ \t]*,?[ \t]*(Jnr|Junior|Jr|Snr|Senior|Sr)\b\.?", re.IGNORECASE)
# Where a capital is owed to the sentence, not to a name (a colon opens a list of names).
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?\n])\s*[\"'‘“(\[]*$")
# "Priya from the MASH", "Jo at CSC" ([context_words] name_from_service)
_FROM_SERVICE = re.compile(
    r"(?<![\w'’-])(?P<name>[A-Z][a-z]{2,})\s+"
    rf"(?:{one_of(_CONTEXT.name_from_service)})\s+(?:the\s+)?(?P<service>[A-Za-z]+)\b"
)
# A name, a comma and what may be a role, up to the next comma, stop, dash or line end.
_NAME_COMMA_ROLE = re.compile(
    r"(?<![\w'’-])(?P<name>[A-Z][a-z]+(?:\s[A-Z][a-z]+(?:-[A-Z][a-z]+)?|\s[A-Z]\.?)?),[ \t]+"
    r"(?P<role>[A-Za-z][A-Za-z ]{1,40}?)[ \t]*(?=[,.;–—]|\s-\s|$)",
    re.MULTILINE,
)
# Two or more capitals joined by stops, hyphens or apostrophes: "H.K-T", "C.O'N", "R-M", "J.B."
_PUNCTUATED_INITIALS = re.compile(r"(?<![\w'’.-])[A-Z](?:[.\-'’]\s?[A-Z])+\.?(?![\w'’-])")


class PeoplePasses(PractitionerPasses):
    def _people(self, work: Work, ctx: Ctx) -> None:
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
            if info.get("other"):
                replacement, kind, key = "[name]", "person", ""
                note = "a family surname as another person's first name"
            elif resolved is None:
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
        self, text: str, tokens: list[re.Match[str]], i: int, index: NameIndex
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
            if not candidates and scores and _other_half(text, tokens, j):
                # "Price-Zanetti": a family name joined to one the register does not hold.
                # The whole name goes: half of it left would publish a name ("Mother-Zanetti").
                info["note"] = "unknown half of a double-barrelled name"
                names += 1
                end = token.end()
                j += 1
                continue
            if not candidates:
                if _GENERATION.fullmatch(word):
                    break  # "Jnr": read after the name
                if j + 1 < len(tokens) and self._unknown_first_name(word, text, tokens, j, index):
                    # "Bethany Price": an unknown first name before a known surname.
                    names += 1
                    end = token.end()
                    j += 1
                    continue
                if (
                    info.get("surname_only") == "1"
                    and names == 1
                    and not is_ordinary(word)
                    and self._unknown_surname(word, text, tokens, j)
                ):
                    # "supervisor Joyce Akinwale": the family's surname as another person's
                    # first name: someone else, hidden as a name (never the family member)
                    info["other"] = "1"
                    names += 1
                    end = token.end()
                    j += 1
                    break
                if info.get("surname_only") == "0" and self._unknown_surname(word, text, tokens, j):
                    # "Jayden Zanetti": a family member's first name before a surname the
                    # register does not hold. The surname goes with the name: left behind it
                    # would publish a name ("Sibling 1 Zanetti").
                    info["note"] = "unknown surname after a family first name"
                    names += 1
                    end = token.end()
                    j += 1
                break
            best: dict[Entry, float] = {}
            # A first name after another person's first name is used as a surname here
            # ("Gemma Kelly" beside a mother called Kelly): it counts for less.
            after_first = info.get("surname_only") == "0"
            for candidate in candidates:
                weight = candidate.weight * (0.8 if fuzzy else 1.0)
                if after_first and candidate.role == "given" and candidate.entry not in scores:
                    weight *= 0.5
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
        if names == 0 or not scores:
            return None  # no family name in it (never a choice among no one)
        for letter in initials:
            for entry in scores:
                if any(fold(n)[:1] == letter.lower() for n in entry.names):
                    scores[entry] += 1.0
        if "sex" not in info:
            start = tokens[i + len(initials) if not initials else i].start()
            start = tokens[i].start()
        if fuzzy_notes:
            info["note"] = "misspelling: " + ", ".join(fuzzy_notes)
        generation = _GENERATION.match(text, end)
        if generation:  # "Kwame Mensah Jnr": the suffix goes with the name, and tells who
            info["generation"] = "junior" if generation[1].lower()[0] == "j" else "senior"
            end = generation.end()
            while j < len(tokens) and tokens[j].start() < end:
                j += 1
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
        words = words_before(text, start, 3)
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
        generation = info.get("generation")
        if generation:
            fits = [e for e in rivals if e.adult == (generation == "senior")]
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
        self, word: str, text: str, tokens: list[re.Match[str]], j: int, index: NameIndex
    ) -> bool:
        following = tokens[j + 1]
        gap = text[tokens[j].end() : following.start()]
        hyphen = gap == "-"  # "Zanetti-Price": the other half of a double-barrelled name
        if not (hyphen or re.fullmatch(r"[ \t]", gap)):
            return False
        if not titlecase(word) or is_term(word) or fold(word) in index.keep:
            return False
        if is_ordinary(word) and not hyphen:
            return False
        # The surname as the next step of the span will read it ("price" in lower case is the
        # word, not the family's surname): otherwise the span would hold no name to choose.
        candidates, _ = self._lookup(following.group(), text, following.start(), index)
        return any(c.role == "surname" for c in candidates)

    def _unknown_surname(self, word: str, text: str, tokens: list[re.Match[str]], j: int) -> bool:
        """A capitalised word right after a first name (one space) that reads as a surname:
        not an ordinary word, a service's term or a word that opens a sentence."""
        if not re.fullmatch(r"[ \t]", text[tokens[j - 1].end() : tokens[j].start()]):
            return False
        letters = word.replace("'", "").replace("’", "").replace("-", "")
        return (
            titlecase(word)
            and len(letters) >= 2
            and letters.isalpha()
            and not is_ordinary(word)
            and not is_term(word)
        )

    def _lookup(
        self, word: str, text: str, position: int, index: NameIndex
    ) -> tuple[list[Candidate], bool]:
        folded = fold(word)
        if folded in index.keep or _date_word(word, text, position):
            return [], False
        candidates = index.tokens.get(folded)
        if candidates:
            if (
                word.islower()
                and index.ordinary.get(folded, False)
                and is_everyday_word(word)
                and not _beside_own_name(candidates, text, position, len(word), index)
            ):
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
                and not is_sentence_start(text, position)
            )
        ):
            return [], False
        matches = self._fuzzy(folded, index)
        return matches, bool(matches)

    def _fuzzy(self, folded: str, index: NameIndex) -> list[Candidate]:
        if not index.fuzzy_keys:
            return []
        limit = 2 if len(folded) >= 8 else 1
        found = process.extract(
            folded, index.fuzzy_keys, scorer=OSA.distance, score_cutoff=limit, limit=5
        )
        if not found:
            return []
        best = min(score for _, score, _ in found)
        result: list[Candidate] = []
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
        self, work: Work, start: int, end: int, entry: Entry, info: dict[str, str]
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
        words = words_before(text, start, 3)
        pseudo_words = {w.lower() for w in re.findall(r"[A-Za-z]+", replacement)} - {"of", "a"}
        for count in (3, 2, 1):
            if len(words) < count:
                continue
            phrase = " ".join(w for _, w in words[-count:])
            label = self._role_label(phrase)
            # "Aunty Penny" -> "Maternal aunt 1", never "Aunty Maternal aunt 1"
            same = label is not None and (
                replacement == label
                or replacement.startswith(label + " ")
                or labels_agree(label, replacement)
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
            if words in rule.match:
                return rule.label
        return None

    def _learn_people(self, work: Work, ctx: Ctx) -> None:
        """Names the register does not know yet, found by their context."""
        text = work.text
        index = self._index_now()
        found: list[tuple[str, str]] = []  # (name, kind of context)
        for match in self._titled.finditer(text):
            tokens = self._name_tokens(match["name"])
            if (
                tokens
                and not any(fold(t) in index.tokens for t in tokens)
                # "Miss Friday": after a title a day or a month is a surname
                and (not is_term(tokens[0]) or fold(tokens[0]) in _CALENDAR)
                # "Mrs Green", "Mr Hall": after a title a surname, though also a kind of place
                and (fold(tokens[0]) not in self._type_words or fold(tokens[0]) in SURNAME_WORDS)
            ):
                found.append((match.group(), "title"))
        for match in MENTION.finditer(text):
            if fold(match[1]) not in index.tokens and not is_term(match[1]):
                found.append((match[1], "mention"))
        for match in self._initial_name.finditer(text):
            surname = match["name"].split()[-1].split(".")[-1]
            # "J. Patel", "J. Brown": after an initial, a common surname that is also a word
            # (rules/anonymise.toml `surname_words`) is a name too.
            if (
                fold(surname) not in index.tokens
                and (not is_ordinary(surname) or fold(surname) in SURNAME_WORDS)
                and not is_term(surname)
            ):
                found.append((match["name"], "initial"))
        matches = list(TOKEN.finditer(text))
        for a, b in itertools.pairwise(matches):
            gap = text[a.end() : b.start()]
            if not re.fullmatch(r"[ \t]{1,2}", gap):
                continue
            first, second = a.group(), b.group()
            # "Dean ASHWORTH": police write surnames in capitals (acronyms are shorter or
            # terms of the trade)
            capitals = (
                second.isupper()
                and len(second) >= 5
                and not is_term(second)
                and (not is_ordinary(second) or fold(second) in SURNAME_WORDS)
            )
            if not (titlecase(first) and (titlecase(second) or capitals)):
                continue
            if any(
                is_term(w)
                or w.lower() in self._all_role_words
                or fold(w) in self._type_words
                or w.rstrip(".") in self._personal_titles
                or fold(w) in agency_words()
                for w in (first, second)
            ):
                continue  # "Northshire Probation": a service, never a person
            if not name_like(first) and fold(second) not in index.tokens and not capitals:
                continue  # "the Baby Bjorn bouncer": no evidence of a name (residual report)
            known_first = fold(first) in index.tokens
            known_second = fold(second) in index.tokens
            if known_first and known_second:
                continue
            if known_second and fold(second) in index.family_tokens and not known_first:
                # "Grace Walsh": a word that is also a common first name is one here, and
                # so is any capitalised word in mid-sentence ("worker: Gemma Kelly").
                if not is_kin_word(first) and (
                    name_like(first)
                    or not (_OPENS_SENTENCE.search(text, 0, a.start()) or sentence_word(first))
                ):
                    found.append((first, "before surname"))
                continue
            if known_first or known_second:
                continue
            odd = [w for w in (first, second) if not is_ordinary(w) or is_proper_noun(w)]
            if odd and (not is_sentence_start(text, a.start()) or not is_ordinary(second)):
                found.append((f"{first} {second}", "full name"))
        for match in re.finditer(rf"(?<![\w'’])({NAME_WORD})['’]s?(?![\w])", text):
            word = match[1]
            if (
                fold(word) not in index.tokens
                and not is_ordinary(word)
                and not is_term(word)
                and fold(word) not in self._type_words
                and not word.isupper()
            ):
                found.append((word, "possessive"))
        for match in _FROM_SERVICE.finditer(text):
            # "Priya from the MASH": a first name said to be from a service is a practitioner
            name = match["name"]
            if (
                fold(match["service"]) in agency_words()
                and name_like(name)
                and fold(name) not in index.tokens
                and not self._not_a_name(name)
            ):
                found.append((name, "mention"))
        for match in _NAME_COMMA_ROLE.finditer(text):
            # "— Tom Reilly, Family Support Worker", "Tom R, FSW", "Bilal Ahmed, Housing
            # Officer, visited": a name with its role after a comma is a practitioner's
            name, role = match["name"], self.rules.role_for(match["role"].strip())
            tokens = self._name_tokens(name)
            if (
                role is not None
                and tokens
                and not any(fold(t) in index.family_tokens or self._not_a_name(t) for t in tokens)
            ):
                self._practitioner(name, tokens, self._practitioner_label(role, ctx), "signature")
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

    def _not_a_name(self, word: str) -> bool:
        """A term, role, kind of place, service or title: never a person's name."""
        return (
            is_term(word)
            or word.lower() in self._all_role_words
            or fold(word) in self._type_words
            or fold(word) in agency_words()
            or word.rstrip(".") in self._personal_titles
            or is_kin_word(word)
        )

    def _found_person(self, name: str, context: str) -> None:
        tokens = self._name_tokens(name)
        if not tokens or all(fold(t) in agency_words() for t in tokens):
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
                [clean_name(name)],
                role="found in the chronologies",
                source=f"chronology text ({context})",
                sex=sex,
            )
        )

    def _names_beside_people(self, work: Work) -> None:
        """A name the register does not hold, where the words say it is a person's: after a
        family title ("Mummy Pip", "Nan Dawn": an ordinary word there is a name), or in
        brackets beside a family member ("Robbie (Robin Moss)", "Robin (Robbie)"). It becomes
        "[name]" rather than stay in a published text."""

        def replace(match: re.Match[str], beside: bool) -> str:
            name = match["name"]
            if beside and work.part(match["ph"]).kind != "person":
                return match.group()
            quoted = bool(match.groupdict().get("q"))
            nickname = "ph" in match.groupdict() and match.start("ph") < match.start("name")
            between = work.text[match.end("ph") : match.start("name")] if nickname else ""
            # "Kerry and Jayden, also known as ...": whose? Hidden, but learnt for neither.
            whose = not any(work.part(c).kind == "person" for c in PLACEHOLDER.findall(between))
            if nickname and self._learning:
                if whose:
                    self._learn_nickname(work.part(match["ph"]).key, name, sure=quoted)
                elif fold(name) not in self._index_now().tokens and not self._not_a_name(name):
                    self._found_person(name, "nickname")
            if beside and not quoted and (is_ordinary(name) or is_term(name)):
                return match.group()  # "Summer (Reception)": a school year, not a nickname
            if fold(name) in self._type_words:  # "Uncle Farm"; a title-case "Pip" is a name
                return match.group()
            offset = match.start()
            start, end = match.start("name") - offset, match.end("name") - offset
            put = work.put(name, "[name]", "person", "", "a name beside a family member")
            return match.group()[:start] + put + match.group()[end:]

        work.text = _AFTER_FAMILY_TITLE.sub(lambda m: replace(m, False), work.text)
        patterns = (_NAME_BEFORE_PERSON, _NAME_AFTER_PERSON, _ALIAS_OF_PERSON, _NICKNAME_BETWEEN)
        for pattern in patterns:
            work.text = pattern.sub(lambda m: replace(m, True), work.text)

    def _learn_nickname(self, key: str, name: str, sure: bool) -> None:
        """A nickname written beside a family member ("Kwame Jnr ('KJ')", "Bridget ('Bridie')",
        "also uses 'Kazik'", "Tayla (Tay)") is one of their names: found wherever else it is
        written. Unquoted, an English word is one only when it starts one of their names."""
        entry = self.register.get(key) if key else None
        if entry is None or fold(name) in self._index_now().tokens or self._not_a_name(name):
            return
        if not (
            sure
            or not is_ordinary(name)
            or any(fold(n).startswith(fold(name)) for n in entry.names)
        ):
            return
        if entry.add_name(name):
            self._touch(entry)

    def _punctuated_initials(self, work: Work) -> None:
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


def _other_half(text: str, tokens: list[re.Match[str]], j: int) -> bool:
    """Token j is joined to the name before it by a bare hyphen and reads as a name."""
    word = tokens[j].group()
    return (
        j > 0
        and text[tokens[j - 1].end() : tokens[j].start()] == "-"
        and (titlecase(word) or (word.isupper() and len(word) >= 2))
        and word.replace("'", "").replace("’", "").isalpha()
        and not is_term(word)
    )


_WORD_BEFORE = re.compile(r"([A-Za-z'’]+)[ \t-]$")
_WORD_AFTER = re.compile(r"[ \t-]([A-Za-z'’]+)")


def _beside_own_name(
    candidates: list[Candidate], text: str, position: int, length: int, index: NameIndex
) -> bool:
    """A word that is also English, typed in lower case next to another of the same family
    member's names ("kerry price", "Kerry price", "okonkwo-price"), or a family surname right
    after a family member's name ("Jayden walsh"): a name, not a word."""
    entries = {c.entry for c in candidates}
    surname = any(c.role == "surname" for c in candidates)
    before = _WORD_BEFORE.search(text, 0, position)
    after = _WORD_AFTER.match(text, position + length)
    for found in (before, after):
        if found is not None:
            beside = index.tokens.get(fold(found[1]), [])
            if any(c.entry in entries for c in beside) or (surname and beside and found is before):
                return True
    return False


_CALENDAR = frozenset(
    fold(n)
    for n in (
        *calendar.month_name[1:],
        *calendar.day_name,
        *(f"{d}s" for d in calendar.day_name),  # "on Fridays"
        *calendar.month_abbr[1:],
    )
)
# A time word before a month or a day: "end of June", "in May", "since April" (the words:
# [context_words] before_a_date)
_TIME_BEFORE = re.compile(rf"\b(?:{one_of(_CONTEXT.before_a_date)})\s+$", re.IGNORECASE)


_WEEKDAYS = frozenset(fold(d) for d in calendar.day_name)
# A weekday after these is the day: "on Friday", "by Monday" ([context_words] before_a_weekday)
_DAY_BEFORE = re.compile(rf"\b(?:{one_of(_CONTEXT.before_a_weekday)})\s+$", re.IGNORECASE)


def _date_word(word: str, text: str, position: int) -> bool:
    """A month or a weekday used as one ("until the end of June", "in May 2021", "Friday
    3rd"), though a family member has it as a name."""
    if fold(word) not in _CALENDAR:
        return False
    if text[position + len(word) : position + len(word) + 2] in ("'s", "’s"):
        return False  # "in June's room"
    before = _TIME_BEFORE.search(text, max(0, position - 24), position)
    if before is None and fold(word).rstrip("s") in _WEEKDAYS:
        before = _DAY_BEFORE.search(text, max(0, position - 8), position)
    after = re.match(r"\s+(?:\d|the\b)", text[position + len(word) : position + len(word) + 6])
    return before is not None or after is not None
