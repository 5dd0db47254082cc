"""The passes for places: named organisations (schools, surgeries, hospitals, prisons...), saints'
names, addresses and flat numbers, postcodes (and the towns written before them). Learning
collects what is found; `_finish_places` decides what it was."""

from __future__ import annotations

import functools
import re
from collections import defaultdict

from anonymise.name_index import RedactorBase
from anonymise.patterns import POSTCODE
from anonymise.register import Entry
from anonymise.rules import load_rules, one_of
from anonymise.wordlists import VERBS, WEAK_TYPES
from anonymise.words import fold, is_ordinary, is_term
from anonymise.work import NAME_WORD, Ctx, Work, is_sentence_start

# A house number and a capitalised name just before: "27b Cobbold " (then "St." is a street)
_NUMBERED_NAME_BEFORE = re.compile(rf"\b\d+[A-Za-z]?\s+{NAME_WORD}\s+$")
# Words after which a number and a name are an address: "Bailed to 2 Furzebank." ([context_words]
# before_an_address)
_AT_AN_ADDRESS = re.compile(
    rf"\b(?:{one_of(load_rules().context.before_an_address)})\s+$", re.IGNORECASE
)
# A description in brackets after a name: "Kestrel Homes (housing association)"
_DESCRIBED = re.compile(r"\s*\(\s*([A-Za-z][A-Za-z ]{2,38}?)\s*\)")


class PlacePasses(RedactorBase):
    def _build_place_patterns(self) -> None:
        """Organisations by their kind ("X Primary", "HMP X"), schools by context, saints' names,
        streets, buildings and flat numbers."""
        rules = self.rules
        name = (
            rf"(?:(?:St\.?|Saint)\s+)?{NAME_WORD}"
            rf"(?:\s+(?:&\s+|and\s+|of\s+|on\s+|the\s+|upon\s+)?{NAME_WORD}){{0,3}}?"
        )
        # Each pattern with a quick test of its type words alone: most texts name none of a
        # kind's types, and the full pattern tries a match at every capitalised word.
        self._org_patterns: list[tuple[re.Pattern[str], re.Pattern[str], str]] = []
        self._org_types: dict[str, set[str]] = defaultdict(set)
        for org in rules.organisations:
            self._org_types[org.label] |= {fold(t) for t in org.types}
            types = "|".join(
                re.escape(t).replace("'", "['’]").replace(r"\ ", r"\s+")
                for t in sorted(org.types, key=len, reverse=True)
            )
            self._org_patterns.append(
                (
                    re.compile(types),
                    re.compile(rf"(?P<name>{name})\s+(?P<type>{types})(?![\w'’])"),
                    org.label,
                )
            )
            if org.prefixes:
                prefixes = "|".join(re.escape(p) for p in org.prefixes)
                self._org_patterns.append(
                    (
                        re.compile(rf"\b(?:{prefixes})"),
                        re.compile(rf"(?P<type>\b(?:{prefixes}))\s+(?P<name>{name})"),
                        org.label,
                    )
                )
        self._school_context = re.compile(
            rf"(?<![\w'’])(?P<name>{NAME_WORD})(?P<rest>\s+(?:DSL|DDSL|SENCo|SENCO|school|"
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
        words = rf"{NAME_WORD}(?:\s+{NAME_WORD}){{0,2}}"
        # "Harbour View House": a street's kind followed by a building's is the building's name
        building_next = rf"(?!\s+(?:{buildings})(?![\w'’]))"
        self._street = re.compile(
            rf"{unit}?{number}?(?P<street>{words}\s+(?:{streets}))(?![\w'’]){building_next}"
            rf"|{unit}?{number}(?P<street2>{words}\s+(?:{abbreviated}))(?![\w'’])"
            rf"|{unit}?(?P<building>{words}\s+(?:{buildings}))(?![\w'’])".replace(
                "(?P<unit>", "(?:"
            ).replace("(?P<number>", "(?:")
        )
        self._unit_number = re.compile(rf"^\s*(?:{units}|\d)")
        self._unit_alone = re.compile(rf"\b(?P<unit>{units})\.?\s*\d+[A-Za-z]?\b")

    def _finish_places(self) -> None:
        """A name used for several kinds of organisation (or as a town) is a place;
        organisations of one type are numbered when there are several; addresses mentioned in
        two or more entries are the family home."""
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

    def _organisations(self, work: Work, ctx: Ctx) -> None:
        for named, pattern, label in self._org_patterns:
            if named.search(work.text) is None:
                continue
            work.text = pattern.sub(
                functools.partial(self._organisation, label=label, work=work), work.text
            )
        work.text = self._saint.sub(lambda m: self._saint_name(m, work, ctx), work.text)
        work.text = self._school_context.sub(lambda m: self._school_name(m, work), work.text)

    def _school_name(self, match: re.Match[str], work: Work) -> str:
        """ "Westbrook DSL": a name before a school role is a school."""
        name = match["name"]
        if is_ordinary(name) or is_term(name) or self._is_family_name(name):
            return match.group()
        if name.lower() in VERBS:
            return match.group()  # "Emailed DSL ...": the sentence's verb, not a school
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

    def _organisation(self, match: re.Match[str], label: str, work: Work) -> str:
        name_text = match["name"]
        name_start = match.start("name")
        tokens = name_text.split()
        # Drop leading words that are not part of a name: terms, roles, titles, and an
        # ordinary word that opens a sentence ("Started Westbrook Primary").
        while tokens:
            first = tokens[0]
            sentence_start = is_sentence_start(work.text, name_start)
            rest_named = any(not is_ordinary(t) for t in tokens[1:])
            if first.rstrip(".") in {"St", "Saint"}:
                break
            if (
                is_term(first)
                or first.lower() in self._all_role_words
                or first.rstrip(".") in self._personal_titles
                or fold(first) in self._index_now().family_tokens
                or (sentence_start and len(tokens) > 1 and is_ordinary(first) and rest_named)
                or (first.lower() in VERBS and len(tokens) > 1)
                or first.lower() in {"and", "of", "the", "on", "upon", "&"}
            ):
                name_start += len(first) + 1
                tokens = tokens[1:]
                continue
            break
        if not tokens:
            return match.group()
        type_text = match["type"]
        weak = fold(type_text) in WEAK_TYPES
        distinctive = [t for t in tokens if not is_ordinary(t) and not is_term(t)]
        saint = tokens[0].rstrip(".") in {"St", "Saint"}
        lone_opening = len(tokens) == 1 and is_sentence_start(work.text, name_start)
        described = _DESCRIBED.match(work.text, match.end())
        confirmed = described is not None and fold(described[1]) in self._org_types[label]
        if not distinctive and not saint and (weak or lone_opening) and not confirmed:
            return match.group()  # but "Kestrel Homes (housing association)" is one
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

    def _saint_name(self, match: re.Match[str], work: Work, ctx: Ctx) -> str:
        name = match.group()
        if _NUMBERED_NAME_BEFORE.search(work.text, 0, match.start()):
            return name  # "27b Cobbold St. Kelly ...": a street's abbreviation, not a saint
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

    def _addresses(self, work: Work, ctx: Ctx) -> None:
        postcode = work.kinds("postcode")
        places = [e for e in self.register.of_kind("place")]
        town_names = sorted({n for e in places for n in e.names}, key=len, reverse=True)
        town = "|".join(re.escape(n) for n in town_names)
        tail = ""
        if town or postcode:
            options = [f"(?:{town})" if town else "", rf"{NAME_WORD}(?=\s*,?\s*{postcode})"]
            towns = "|".join(o for o in options if o and (postcode or o.startswith("(?:")))
            tail = rf"(?:\s*,?\s*(?:{towns}))?" if towns else ""
            if postcode:
                tail += rf"(?:\s*,?\s*{postcode})?"
        # "2-8 Ropewalk, Calderholt ZQ6 1TX", "Bailed to 2 Furzebank.": a numbered name with no
        # kind of street, known by the postcode after it or the word before it (_address)
        after = rf"\s*,\s*(?:{NAME_WORD}\s*,?\s*)?{postcode}|" if postcode else ""
        streets = (
            rf"{self._street.pattern}|\d+[A-Za-z]?(?:\s*[-–]\s*\d+[A-Za-z]?)?\s*,?\s+"
            rf"(?P<street3>{NAME_WORD})(?=(?P<coded>{after})|\s*(?:[,.;:)]|$))"
        )
        self._address_pattern = re.compile(rf"(?:{streets}){tail}")
        work.text = self._address_pattern.sub(lambda m: self._address(m, work, ctx), work.text)

    def _address(self, match: re.Match[str], work: Work, ctx: Ctx) -> str:
        text = match.group()
        street = (
            match.group("street")
            or match.group("street2")
            or match.group("building")
            or match.group("street3")
        )
        words = street.split()
        if match.group("street3") is not None and not match.group("coded"):
            word = match.group("street3")
            if (
                not _AT_AN_ADDRESS.search(work.text, 0, match.start())
                or is_ordinary(word)
                or is_term(word)
            ):
                return text  # "aged 2 Jayden.", "x 2 Police."
        numbered = bool(self._unit_number.match(text))
        family = self._index_now().family_tokens
        people = {fold(w) for w in words} & (family | set(self._index_now().tokens))
        practitioner = (
            is_term(words[0])
            or words[0].rstrip(".") in self._personal_titles
            or words[0].lower() in self._all_role_words
        )
        opening = is_sentence_start(work.text, match.start()) and is_ordinary(words[0])
        if not numbered and (people or practitioner or opening):
            if opening and not (people or practitioner) and len(words) > 2:
                # "Visited Fenwick Road today": the street may start after the opening word
                after = match.start() + text.index(words[1], len(words[0]))
                again = self._address_pattern.match(work.text, after)
                if again is not None and again.end() <= match.end():
                    head, tail = text[: after - match.start()], text[again.end() - match.start() :]
                    return head + self._address(again, work, ctx) + tail
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
            whole = work.original(work.text)
            self._address_rows[key].add(ctx.where or whole)
            if self._addresses_seen is not None:
                self._addresses_seen.append((key, whole))
        put = work.put(work.original(text), entry.pseudonym, "address", key)
        if text.endswith(".") and re.match(r"\s+[A-Z]", work.text[match.end() : match.end() + 2]):
            return put + "."  # "27b Cobbold St. Kelly reports": the stop ends the sentence too
        return put

    def _units(self, work: Work) -> None:
        def unit(match: re.Match[str]) -> str:
            kind = match["unit"].lower().rstrip(".")
            label = {"room": "a room", "unit": "a unit", "plot": "a plot"}.get(
                kind, self.rules.placeholders["flat"]
            )
            if kind in {"no", "number"}:
                return match.group()
            return work.put(match.group(), label, "address")

        work.text = self._unit_alone.sub(unit, work.text)

    def _postcodes(self, work: Work) -> None:
        def postcode(match: re.Match[str]) -> str:
            if self._learning:
                outward = match["out"].upper()
                if outward not in self._outward:
                    self._outward.add(outward)
                    self._changes += 1
                before = work.text[: match.start()]
                town = re.search(rf"({NAME_WORD}(?:[ -]{NAME_WORD})?)\s*,?\s*$", before)
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
