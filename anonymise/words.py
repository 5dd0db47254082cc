"""Is a word ordinary English? The test behind "possible unrecognised name" and behind which
misspellings count as a name.

The word list is Webster's Second International (public domain) as shipped by the pinned PyPI
package `english-words` (web2, 236,000 entries, read offline from the package). Its lower-case
entries are the ordinary words; entries it only has with a capital (Gary, Sandra, Hughes) are
proper nouns. web2 is American and lists base forms, so British spellings (colour, organise,
paediatric) and inflections (referrals, minimising) are reduced before the look-up.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from anonymise.rules import load_rules

APOSTROPHES = "'’‘`´"
_BRITISH = (
    ("isation", "ization"),
    ("ising", "izing"),
    ("ised", "ized"),
    ("ises", "izes"),
    ("ise", "ize"),
    ("yse", "yze"),
    ("our", "or"),
    ("ae", "e"),
    ("oe", "e"),
    ("programme", "program"),
    ("ogue", "og"),
    ("ence", "ense"),
    ("lled", "led"),
    ("lling", "ling"),
    ("tre", "ter"),
)
_SUFFIXES = (
    ("ies", "y"),
    ("ied", "y"),
    ("ier", "y"),
    ("iest", "y"),
    ("ily", "y"),
    ("es", ""),
    ("s", ""),
    ("ed", ""),
    ("ed", "e"),
    ("d", ""),
    ("ing", ""),
    ("ing", "e"),
    ("ly", ""),
    ("er", ""),
    ("er", "e"),
    ("ers", ""),
    ("ers", "e"),
    ("est", ""),
    ("ment", ""),
    ("ments", ""),
    ("ness", ""),
    ("able", ""),
    ("able", "e"),
    ("ful", ""),
    ("al", ""),
)
_DOUBLED = re.compile(r"([bdfglmnprt])\1$")


def fold(text: str) -> str:
    """Lower case, no accents, straight apostrophes: the form names are compared in."""
    if text.isascii():  # most text: nothing to decompose, one apostrophe to straighten
        return text.replace("`", "'").casefold()
    text = unicodedata.normalize("NFKD", text)
    # Dotless "ı" has no accent to take off; a name written with it is the name with "i"
    # ("Mıa" is Mia), as the regexes' case-insensitive matching reads it too.
    text = "".join(c for c in text if not unicodedata.combining(c)).replace("ı", "i")
    for mark in APOSTROPHES[1:]:
        text = text.replace(mark, "'")
    return text.casefold()


@cache
def _web2() -> tuple[frozenset[str], frozenset[str]]:
    from english_words import get_english_words_set

    words = get_english_words_set(["web2"])
    lower = frozenset(w for w in words if w.islower())
    proper = frozenset(w.lower() for w in words if w[:1].isupper()) - lower
    return lower, proper


def _variants(word: str) -> set[str]:
    found = {word}
    for british, american in _BRITISH:
        if british in word:
            found.add(word.replace(british, american))
    for base in list(found):
        for suffix, replacement in _SUFFIXES:
            if base.endswith(suffix) and len(base) - len(suffix) >= 3:
                stem = base[: -len(suffix)] + replacement
                found.add(stem)
                if not replacement and _DOUBLED.search(stem):
                    found.add(stem[:-1])
    return found


@cache
def is_ordinary(word: str) -> bool:
    """True for an ordinary lower-case English word (in any inflection or British spelling)
    or a term of the trade ("MASH", "strat"); False for names, places and unknown words."""
    low = fold(word).strip("'")
    if low.endswith("'s"):
        low = low[:-2]
    if not low:
        return True
    if low in load_rules().terms:
        return True
    lower, _ = _web2()
    if low in lower:
        return True
    if not low.isalpha():
        return False
    return any(v in lower for v in _variants(low))


@cache
def is_everyday_word(word: str) -> bool:
    """Also in GCIDE, not only in Webster's 1934 list, which gives many first names and
    surnames in lower case ("kelly", "riley", "kerry", "walsh"): a family name typed in lower
    case is read as a word only when it is one here ("joy", "frank", "will")."""
    low = fold(word).strip("'")
    gcide = _gcide()
    return low in gcide or any(v in gcide for v in _variants(low))


@cache
def _gcide() -> frozenset[str]:
    from english_words import get_english_words_set

    return frozenset(get_english_words_set(["gcide"], lower=True))


@cache
def is_term(word: str) -> bool:
    """A word of the trade or calendar that is never a name (case ignored)."""
    return fold(word).strip("'") in load_rules().terms


@cache
def is_proper_noun(word: str) -> bool:
    """Listed in the dictionary only with a capital: a name or a place (Gary, Hughes)."""
    low = fold(word)
    return low in _web2()[1] and not is_ordinary(word)
