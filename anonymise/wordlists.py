"""The word lists the redaction passes read around a possible name, from
`rules/anonymise.toml` [context_words] (a partnership edits them there): words after which a role
stays written, nouns that make a bracketed role a practitioner's, kinds of organisation too
common to identify one, words that open a sentence rather than a name, family titles, and
common surnames that are also English words."""

from __future__ import annotations

from anonymise.rules import load_rules

_WORDS = load_rules().context
KEEP_ROLE_BEFORE = frozenset(_WORDS.keep_role_before)
ROLE_NOUNS = frozenset(_WORDS.role_nouns)
WEAK_TYPES = frozenset(_WORDS.weak_organisation_types)
VERBS = frozenset(_WORDS.sentence_verbs)
SURNAME_WORDS = frozenset(w.casefold() for w in _WORDS.surname_words)
# An alternation for a pattern, in the file's order.
FAMILY_TITLES = "|".join(_WORDS.family_titles)
