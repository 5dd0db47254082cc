"""Words a regular expression cannot match without: a fast test that rules it out.

Python's `re` tries every branch of an alternation at every position of the text, so a
kind's pattern of twenty phrases costs as much as twenty searches even when none of its words
is there. `required(pattern)` reads the compiled pattern's parse tree and returns literal
strings of which every match contains at least one ("moved ", "tenancy", "keys", ...), or
None when it cannot tell (a branch that starts with `\\w+` and has no literal). `could_match`
is then an exact test: False only when the pattern cannot match, so searching only when it is
True finds exactly what searching always would. Reading the parse tree uses `re._parser`,
Python's own (3.11 to 3.13); anything it does not recognise gives None, never a wrong answer.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

try:  # Python 3.11+: the parser behind `re`, private but stable
    _parser: Any = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - a Python without it: every pattern always searched
    _parser = None

_UNREAD_FLAGS = int(re.IGNORECASE | re.VERBOSE)  # literals compared as written, not folded

_REPEATS = {"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"}


def required(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Literal strings at least one of which is in every text the pattern matches; None when
    no such set is known (then the pattern must always be searched)."""
    if _parser is None or pattern.flags & _UNREAD_FLAGS or not pattern.pattern:
        return None
    try:  # a tree of another shape (another Python) only means "always search"
        found = _sequence(list(_parser.parse(pattern.pattern, pattern.flags)))
    except Exception:
        return None
    if found is None or not all(found):
        return None
    return tuple(sorted(found, key=lambda s: (-len(s), s)))


def could_match(text: str, literals: tuple[str, ...] | None) -> bool:
    if literals is None:
        return True
    for literal in literals:  # noqa: SIM110 - a loop, not any(): a million calls a merge
        if literal in text:
            return True
    return False


def _sequence(items: list[tuple[Any, Any]]) -> set[str] | None:
    """The best required set of a sequence of items: the candidate whose shortest string is
    longest (literal runs, groups and alternations each give one)."""
    candidates: list[set[str]] = []
    run: list[str] = []
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            run.append(chr(av))
            continue
        if run:
            candidates.append({"".join(run)})
            run = []
        found = _item(name, av)
        if found is not None:
            candidates.append(found)
    if run:
        candidates.append({"".join(run)})
    if not candidates:
        return None
    return max(candidates, key=lambda c: (min(len(s) for s in c), -len(c)))


def _item(name: str, av: Any) -> set[str] | None:
    if name == "SUBPATTERN":
        _, add_flags, _, sub = av
        if add_flags & _UNREAD_FLAGS:
            return None
        return _sequence(list(sub))
    if name == "BRANCH":
        _, branches = av
        found: set[str] = set()
        for branch in branches:
            one = _sequence(list(branch))
            if one is None:
                return None  # a branch with no literal: the alternation says nothing
            found |= one
        return found
    if name in _REPEATS:
        low, _, sub = av
        return _sequence(list(sub)) if low >= 1 else None
    if name == "ATOMIC_GROUP":
        return _sequence(list(av))
    return None  # a class, any character, an anchor, a lookaround, a back reference
