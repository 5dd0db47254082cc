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
position the phrase earlier in the whole order wins. After a match the parts search on from
its end, as the regex does (a lookbehind still sees the text before where a search starts).
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
        self._rank: dict[str, int] = {}

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

    def sub(
        self,
        replace: Callable[[re.Match[str]], str],
        text: str,
        phrase_of: Callable[[re.Match[str]], str],
    ) -> str:
        """`text` with each match replaced by `replace(match)`, as the one alternation's
        `sub` would. `phrase_of(match)`: which phrase matched (only asked when two parts match
        at one position)."""
        if len(self._parts) == 1:
            return self._parts[0][1].sub(replace, text)
        patterns = [pattern for _, pattern in self._parts]
        found: list[re.Match[str] | None] = [p.search(text) for p in patterns]
        pieces: list[str] = []
        at = 0
        while True:
            best: re.Match[str] | None = None
            for number, match in enumerate(found):
                if match is not None and match.start() < at:  # inside the last match
                    match = found[number] = patterns[number].search(text, at)
                if match is None:
                    continue
                if best is None or self._before(match, best, phrase_of):
                    best = match
            if best is None:
                break
            pieces += [text[at : best.start()], replace(best)]
            at = best.end()
        pieces.append(text[at:])
        return "".join(pieces)

    def _before(
        self,
        match: re.Match[str],
        other: re.Match[str],
        phrase_of: Callable[[re.Match[str]], str],
    ) -> bool:
        """Whether the one alternation finds `match` before `other`: it starts further left,
        or at the same place with a phrase earlier in the alternation's order."""
        if match.start() != other.start():
            return match.start() < other.start()
        last = len(self._rank)
        return self._rank.get(phrase_of(match), last) < self._rank.get(phrase_of(other), last)
