"""The register's phrases (organisations, places, addresses, numbers) found in a text as one
alternation would find them, kept as a few compiled alternations instead of one.

Why: learning a case adds phrases one by one, and the one alternation was compiled again each
time a text might hold a new phrase: 265 times for a 2,000-row case, 2.5 s of a 6 s learning,
more than learning itself once Python's own cache of compiled patterns had been used up (a
case never seen before always misses it). Here new phrases make a small alternation of their
own, and the last two are merged when the newer holds at least half as many phrases as the
older, so each phrase is compiled again only a few times (as in a log-structured merge).

Finding them gives exactly what the one alternation `(?<![\\w'’])(?:p1|p2|...)(?![\\w])`
(phrases longest first, then in the register's order; case-insensitive) gives: that regex
takes the leftmost position where any phrase matches, and there the first phrase in its order
that matches. Each part's search gives its own leftmost match and its own first phrase there;
the leftmost of the parts' matches is the regex's, and where two parts match at the same
position, the regex's is the one holding the phrase earliest in the whole order that matches
there, found by trying the phrases alone (a reading of the matched text would not do: a folded
name can hold a run of spaces, and case-insensitive matching reads some marks as letters).
After a match the parts search on from its end, as the regex does (a lookbehind still sees the
text before where a search starts).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence


def phrase_pattern(phrase: str) -> str:
    """A folded phrase as the regex finds it written: either apostrophe, any spacing."""
    return re.escape(phrase).replace("'", "['’]").replace(r"\ ", r"\s+")


def alternation(phrases: Sequence[str]) -> re.Pattern[str]:
    """One compiled alternation of `phrases`, in the order given."""
    body = "|".join(phrase_pattern(p) for p in phrases)
    return re.compile(rf"(?<![\w'’])(?:{body})(?![\w])", re.IGNORECASE)


class PhraseSet:
    """Phrases in the order of the one alternation they stand for (see the module docstring)."""

    def __init__(self) -> None:
        self._parts: list[tuple[frozenset[str], re.Pattern[str]]] = []
        self._rank: dict[str, int] = {}  # each phrase's place in the whole order
        self._single: dict[str, re.Pattern[str]] = {}  # a phrase alone, for ties

    def __bool__(self) -> bool:
        return bool(self._parts)

    def update(self, ordered: Sequence[str]) -> None:
        """Hold exactly `ordered` (every phrase, longest first, then in the register's order):
        the phrases not held yet become a part of their own; if a phrase held is gone, all
        are compiled again as one part."""
        self._rank = {phrase: at for at, phrase in enumerate(ordered)}
        held = frozenset().union(*(keys for keys, _ in self._parts))
        if not held <= self._rank.keys():
            self._parts, held = [], frozenset()
        new = [p for p in ordered if p not in held]
        if new:
            self._parts.append((frozenset(new), alternation(new)))
        while len(self._parts) >= 2 and 2 * len(self._parts[-1][0]) >= len(self._parts[-2][0]):
            newer, older = self._parts.pop(), self._parts.pop()
            keys = older[0] | newer[0]
            self._parts.append((keys, alternation(sorted(keys, key=self._rank.__getitem__))))

    def sub(self, replace: Callable[[re.Match[str]], str], text: str) -> str:
        """`text` with each match replaced by `replace(match)`, as the one alternation's
        `sub` would."""
        if len(self._parts) == 1:
            return self._parts[0][1].sub(replace, text)
        patterns = [pattern for _, pattern in self._parts]
        found: list[re.Match[str] | None] = [p.search(text) for p in patterns]
        pieces: list[str] = []
        at = 0
        while True:
            for number, match in enumerate(found):
                if match is not None and match.start() < at:  # inside the last match
                    found[number] = patterns[number].search(text, at)
            starts = [m.start() for m in found if m is not None]
            if not starts:
                break
            first = min(starts)
            tied = [n for n, m in enumerate(found) if m is not None and m.start() == first]
            best = found[tied[0] if len(tied) == 1 else self._taken(text, first, tied)]
            assert best is not None
            pieces += [text[at:first], replace(best)]
            at = best.end()
        pieces.append(text[at:])
        return "".join(pieces)

    def _taken(self, text: str, start: int, numbers: list[int]) -> int:
        """Of the parts `numbers`, each matching at `start`, the one whose match the one
        alternation takes: it holds the phrase earliest in the whole order that matches there
        (each phrase tried alone, so what decides is what the regex itself matches, not a
        folded reading of the matched text)."""
        for phrase in self._rank:  # in the whole order
            for number in numbers:
                if phrase in self._parts[number][0] and self._alone(phrase).match(text, start):
                    return number
        return numbers[0]  # not reached: each of these parts matched there

    def _alone(self, phrase: str) -> re.Pattern[str]:
        pattern = self._single.get(phrase)
        if pattern is None:
            pattern = self._single[phrase] = alternation([phrase])
        return pattern
