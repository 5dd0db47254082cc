"""Key-event classification of chronology entries (Appendix 3 of the guidance).

Rules first: a panel must see why an entry was called a key event, and a partnership must be
able to change that without a programmer. Every phrase, abbreviation, negation cue and the
priority order live in `rules/key_events.toml`; this module reads text the way the rules file
describes (rewrites, abbreviations, misspellings, stems, negation) and looks the patterns up with
one compiled word trie, so 100,000 entries take seconds (`classify_rules`).

Then a learnt model (`keyevent_model.py`, weights in `models/`), because real review text is
narrative prose the phrase lists do not anticipate and whose time references and background
clauses fire rules that are not its occurrence. The model reads the words and what the rules
found, and `classify` takes its most probable label as the primary, up to three labels in all.
Each label keeps a reason in words: the phrase that fired, or the words that moved the model.
Each event also gets a significance tier (`rules/key_event_tiers.toml`) so "key events only"
can be a short list.
"""

from __future__ import annotations

import csv
import io
import multiprocessing
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz, process

from chronology.forking import Ahead, worker_count
from chronology.key_event_files import KeyEventsFile, LabelPatterns, Tier, TiersFile
from chronology.keyevent_model import Model, load_model
from chronology.output import neutralise_row
from chronology.readers import _guess_delimiter, decode_text
from rulefiles import RulesError, load

LABELS: tuple[str, ...] = (
    "referral_contact",
    "assessment",
    "strategy_discussion",
    "meeting_or_cp_conference",
    "section47_enquiry",
    "injury_or_neglect",
    "hospital_attendance",
    "birth_death_illness",
    "house_move",
    "family_composition_change",
    "criminal_proceedings",
    "civil_proceedings",
    "school_change_or_exclusion",
    "gp_change",
    "self_referral",
    "legal_status_or_looked_after",
    "police_incident",
    "missing_episode",
    "suicide_attempt_or_overdose",
    "support_offered",
    "engagement_with_professionals",
    "unknown_adults",
    "other_significant",
    "not_key_event",
)
NOT_KEY_EVENT = "not_key_event"
OUTPUT_COLUMNS: tuple[str, ...] = (
    "category",
    "categories",
    "is_key_event",
    "category_reason",
    "tier",
)

# Internal pseudo-labels sharing the trie with the real ones.
_NEG_BEFORE, _NEG_AFTER, _NOT_CUE = "!neg", "!neg_after", "!not_cue"
_IGNORE, _TOPIC = "!ignore", "!topic"
_GAP = "..."
_TOKEN = re.compile(r"[^\W_]+|[.;,!?()\[\]]|\s[-–—]\s")
_SENTENCE_END = frozenset(".;!?")
_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class Classification:
    """The primary label, all labels that apply (primary first) and the phrases that fired."""

    category: str
    categories: tuple[str, ...]
    is_key_event: bool
    reason: str
    tier: str = "background"  # critical / key / background: rules/key_event_tiers.toml


# A match: (first word, last word, label, pattern as written, found only via `when_agency`).
_Match = tuple[int, int, str, str, bool]


@dataclass
class _Words:
    """A text as words (parallel lists: this runs 100,000 times, objects per word cost)."""

    stems: list[str] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)  # character span in the original text
    ends: list[int] = field(default_factory=list)
    clauses: list[int] = field(default_factory=list)
    sentences: list[int] = field(default_factory=list)
    read_as: list[str | None] = field(default_factory=list)  # a misspelt word's correction
    rewritten: str = ""  # the text after the rules' rewrites (the model reads it too)


class _Node:
    __slots__ = ("ends", "gap", "next")

    def __init__(self) -> None:
        self.next: dict[str, _Node] = {}
        self.gap: _Node | None = None
        self.ends: list[tuple[str, str]] = []


def stem(word: str, keep: frozenset[str] = frozenset()) -> str:
    """A light suffix stripper: enough for arrested/arrests/arresting -> arrest."""
    if len(word) <= 3 or word in keep or not word.isalpha():
        return word
    if len(word) > 4 and word.endswith(("ies", "ied")):
        word = word[:-3] + "y"
    elif word.endswith("ing") and len(word) >= 6:
        word = word[:-3]
    elif word.endswith("ed") and len(word) >= 5 and not word.endswith("eed"):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) >= 4:
        word = word[:-1]
    if len(word) >= 4 and word[-1] == word[-2] and word[-1] not in "lsz":
        word = word[:-1]
    if len(word) >= 4 and word.endswith("e"):
        word = word[:-1]
    return word


@dataclass
class Rules:
    """The compiled rules file; build with `load_rules()`."""

    tiers: dict[str, int]
    weak_patterns: frozenset[str]
    max_categories: int
    gap_words: int
    negation_window: int
    negation_after_window: int
    scope_breaks: frozenset[str]
    fuzzy_min_length: int
    fuzzy_cutoff: float
    fuzzy_max_length_difference: int
    keep: frozenset[str]
    abbreviations: dict[str, tuple[str, ...]]
    never: frozenset[str]
    rewrites: list[tuple[re.Pattern[str], str, tuple[str, ...], bool]]
    root: _Node
    agency_roots: dict[str, _Node]
    vocabulary: dict[str, list[str]]  # first letter -> words for fuzzy matching
    known: frozenset[str]  # words and stems that need no correction
    abbreviated: re.Pattern[str] | None = None  # any abbreviation, as a whole word
    _cache: dict[str, tuple[tuple[str, str | None], ...]] = field(default_factory=dict)

    def read_word(self, raw: str) -> tuple[tuple[str, str | None], ...]:
        """One written word -> its stems (abbreviations expanded, misspelling corrected)."""
        cached = self._cache.get(raw)
        if cached is not None:
            return cached
        word = raw.lower()
        expansion = self.abbreviations.get(word)
        if expansion is not None:
            result: tuple[tuple[str, str | None], ...] = tuple(
                (stem(w, self.keep), None) for w in expansion
            )
        else:
            read_as = self._correct(word)
            result = ((stem(read_as or word, self.keep), read_as),)
        if len(self._cache) > 200_000:
            self._cache.clear()
        self._cache[raw] = result
        return result

    def _correct(self, word: str) -> str | None:
        if (
            len(word) < self.fuzzy_min_length
            or not word.isalpha()
            or word in self.known
            or word in self.never
            or stem(word, self.keep) in self.known
        ):
            return None
        candidates = [
            c
            for c in self.vocabulary.get(word[0], ())
            if abs(len(c) - len(word)) <= self.fuzzy_max_length_difference
        ]
        best = process.extractOne(
            word, candidates, scorer=fuzz.ratio, score_cutoff=self.fuzzy_cutoff
        )
        return best[0] if best else None


def _words(phrase: str) -> list[str]:
    return [w for w in phrase.lower().replace("’", "'").replace("'", "").split() if w]


def _compile_pattern(
    phrase: str, keep: frozenset[str], abbreviations: dict[str, tuple[str, ...]]
) -> list[frozenset[str] | None]:
    """A pattern as trie steps: a set of stems (alternatives), or None for a gap."""

    def read(option: str) -> list[str]:
        words = _WORD.findall(option.lower().replace("'", "").replace("’", ""))
        return [stem(w, keep) for word in words for w in abbreviations.get(word, (word,))]

    steps: list[frozenset[str] | None] = []
    for part in phrase.replace("-", " ").split():
        if part == _GAP:
            steps.append(None)
            continue
        alternatives = [read(option) for option in part.split("|")]
        if len(alternatives) == 1:
            steps.extend(frozenset({word}) for word in alternatives[0])
        elif all(len(words) == 1 for words in alternatives):
            steps.append(frozenset(words[0] for words in alternatives))
        else:
            raise ValueError(
                f"key-event rules: in '{phrase}', each of '{part}' must be one word "
                "(write the longer alternatives as separate patterns)"
            )
    while steps and steps[0] is None:
        steps.pop(0)
    while steps and steps[-1] is None:
        steps.pop()
    return steps


def _insert(root: _Node, steps: Sequence[frozenset[str] | None], label: str, text: str) -> None:
    nodes = [root]
    for step in steps:
        following: list[_Node] = []
        for node in nodes:
            if step is None:
                if node.gap is None:
                    node.gap = _Node()
                following.append(node.gap)
                continue
            for option in sorted(step):
                following.append(node.next.setdefault(option, _Node()))
        nodes = following
    for node in nodes:
        if (label, text) not in node.ends:
            node.ends.append((label, text))


@cache
def load_rules(path: str | None = None) -> Rules:
    """Read and compile the rules once per process (`path`: a partnership's own rules file)."""
    origin = "key_events.toml" if path is None else Path(path).name
    data = load(KeyEventsFile, path)
    settings = data.settings
    labels = data.labels
    unknown = sorted(set(labels) - set(LABELS))
    if unknown:
        raise RulesError(f"{origin}: unknown label(s) {', '.join(unknown)}")
    tiers: dict[str, int] = {}
    for rank, tier in enumerate(data.primary.tiers):
        for label in tier:
            if label not in LABELS:
                raise RulesError(f"{origin}: unknown label '{label}' in primary.tiers")
            tiers.setdefault(label, rank)
    keep = frozenset(w.lower() for w in data.stemming.keep)
    abbreviations = {
        k.lower(): tuple(_words(v)) for k, v in data.abbreviations.items() if _words(v)
    }
    rewrites: list[tuple[re.Pattern[str], str, tuple[str, ...], bool]] = []
    for rewrite in data.rewrite:
        # a replacement without a group reference is used as it is (match.expand parses its
        # template on every call, which 100,000 rows notice)
        sensitive = rewrite.case_sensitive
        when = (rewrite.when,) if isinstance(rewrite.when, str) else rewrite.when
        if not sensitive:
            when = tuple(w.lower() for w in when)
        pattern = re.compile(rewrite.pattern, 0 if sensitive else re.IGNORECASE)
        rewrites.append((pattern, rewrite.replace, when, sensitive))

    root = _Node()
    agency_roots: dict[str, _Node] = {}
    surface: set[str] = set()

    def add(node: _Node, phrases: Iterable[str], label: str) -> None:
        for phrase in phrases:
            steps = _compile_pattern(phrase, keep, abbreviations)
            if steps:
                _insert(node, steps, label, phrase)
                surface.update(w for w in _WORD.findall(phrase.lower()) if w.isalpha())

    negation = data.negation
    add(root, negation.before, _NEG_BEFORE)
    add(root, negation.after, _NEG_AFTER)
    add(root, negation.not_cues, _NOT_CUE)
    add(root, data.ignore.patterns, _IGNORE)
    add(root, data.primary.topic_words, _TOPIC)
    for label in LABELS:
        spec = labels.get(label, LabelPatterns())
        add(root, spec.patterns, label)
        for agency, phrases in spec.when_agency.items():
            add(agency_roots.setdefault(agency.lower(), _Node()), phrases, label)
    for expansion in abbreviations.values():
        surface.update(expansion)
    min_length = settings.fuzzy_min_length
    vocabulary: dict[str, list[str]] = {}
    for word in sorted(surface):
        if len(word) >= min_length:
            vocabulary.setdefault(word[0], []).append(word)
    known = frozenset(surface | {stem(w, keep) for w in surface} | set(abbreviations))
    return Rules(
        tiers=tiers,
        weak_patterns=frozenset(data.primary.weak_patterns),
        max_categories=settings.max_categories,
        gap_words=settings.gap_words,
        negation_window=settings.negation_window,
        negation_after_window=settings.negation_after_window,
        scope_breaks=frozenset(stem(w.lower(), keep) for w in negation.scope_breaks),
        fuzzy_min_length=min_length,
        fuzzy_cutoff=float(settings.fuzzy_cutoff),
        fuzzy_max_length_difference=settings.fuzzy_max_length_difference,
        keep=keep,
        abbreviations=abbreviations,
        never=frozenset(w.lower() for w in data.fuzzy.never),
        rewrites=rewrites,
        root=root,
        agency_roots=agency_roots,
        vocabulary=vocabulary,
        known=known,
        abbreviated=re.compile(
            r"(?<![^\W_])(?:"
            + "|".join(re.escape(k) for k in sorted(abbreviations, key=len, reverse=True))
            + r")(?![^\W_])",
            re.IGNORECASE,
        )
        if abbreviations
        else None,
    )


def _rewrite(text: str, rules: Rules) -> tuple[str, list[tuple[int, int]] | None]:
    """Apply the rewrites; returns the new text and, if it changed, each character's source span."""
    lowered = text.lower()
    spans: list[tuple[int, int]] | None = None
    for pattern, replacement, when, sensitive in rules.rewrites:
        haystack = text if sensitive else lowered
        if when and not any(w in haystack for w in when):
            continue
        pieces: list[str] = []
        new_spans: list[tuple[int, int]] = []
        position = 0
        for match in pattern.finditer(text):
            if spans is None:
                spans = [(i, i + 1) for i in range(len(text))]
            pieces.append(text[position : match.start()])
            new_spans.extend(spans[position : match.start()])
            if match.end() > match.start():
                source = (spans[match.start()][0], spans[match.end() - 1][1])
            else:
                at = spans[match.start()][0] if match.start() < len(spans) else len(text)
                source = (at, at)
            new = match.expand(replacement) if "\\" in replacement else replacement
            pieces.append(new)
            new_spans.extend([source] * len(new))
            position = match.end()
        if not pieces or spans is None:
            continue
        pieces.append(text[position:])
        new_spans.extend(spans[position:])
        text, spans = "".join(pieces), new_spans
        lowered = text.lower()
    return text, spans


def _read(text: str, rules: Rules) -> _Words:
    rewritten, spans = _rewrite(text, rules)
    words = _Words(rewritten=rewritten)
    clause = sentence = 0
    read_word, known = rules.read_word, rules._cache
    # bound methods and one span lookup per token: this loop runs for every word of every row
    add_stem, add_start, add_end = words.stems.append, words.starts.append, words.ends.append
    add_clause, add_sentence = words.clauses.append, words.sentences.append
    add_read_as = words.read_as.append
    for match in _TOKEN.finditer(rewritten):
        piece = match.group()
        if not piece[0].isalnum() and not piece.strip().isalnum():
            clause += 1
            if piece in _SENTENCE_END:
                sentence += 1
            continue
        start, end = match.span()
        if spans is not None:
            start, end = spans[start][0], spans[end - 1][1]
        for word_stem, read_as in known.get(piece) or read_word(piece):
            add_stem(word_stem)
            add_start(start)
            add_end(end)
            add_clause(clause)
            add_sentence(sentence)
            add_read_as(read_as)
    return words


def _find(root: _Node, words: _Words, gap_words: int, by_agency: bool = False) -> list[_Match]:
    """Every pattern occurrence: a walk of the trie from each word."""
    found: list[_Match] = []
    stems, clauses, sentences = words.stems, words.clauses, words.sentences
    count = len(stems)
    for first in range(count):
        child = root.next.get(stems[first])
        if child is None:
            continue
        stack = [(child, first)]
        while stack:
            node, last = stack.pop()
            for label, pattern in node.ends:
                found.append((first, last, label, pattern, by_agency))
            following = last + 1
            if following < count and sentences[following] == sentences[last]:
                step = node.next.get(stems[following])
                if step is not None:
                    stack.append((step, following))
            gap = node.gap
            if gap is not None:
                clause = clauses[last]
                for at in range(last + 1, min(last + 2 + gap_words, count)):
                    if clauses[at] != clause:
                        break
                    step = gap.next.get(stems[at])
                    if step is not None:
                        stack.append((step, at))
    return found


def _drop_contained(matches: list[_Match]) -> list[_Match]:
    """A match inside a longer match of another label gives way to it."""
    longer = [m for m in matches if m[1] > m[0]]
    if not longer:
        return matches
    return [
        m
        for m in matches
        if not any(
            o[2] != m[2] and o[0] <= m[0] and m[1] <= o[1] and o[1] - o[0] > m[1] - m[0]
            for o in longer
        )
    ]


def _in_scope(words: _Words, start: int, stop: int, breaks: frozenset[str]) -> bool:
    """True when nothing between word indexes start and stop (exclusive) ends a clause."""
    clause = words.clauses[start]
    if words.clauses[stop] != clause:
        return False
    return not any(words.stems[i] in breaks for i in range(start + 1, stop))


def _negated_by(
    match: _Match, cues: Sequence[_Match], words: _Words, rules: Rules
) -> _Match | None:
    """The negation cue whose scope covers `match`, if any."""
    first, last = match[0], match[1]
    for cue in cues:
        if cue[2] == _NEG_BEFORE:
            before = 0 < first - cue[1] <= rules.negation_window
            if before and _in_scope(words, cue[1], first, rules.scope_breaks):
                return cue
        elif cue[2] == _NEG_AFTER:
            after = 0 < cue[0] - last <= rules.negation_after_window
            if after and _in_scope(words, last, cue[0], rules.scope_breaks):
                return cue
    return None


def _quote(text: str, words: _Words, match: _Match) -> str:
    first, last = match[0], match[1]
    phrase = " ".join(text[words.starts[first] : words.ends[last]].split())
    corrections = [r for r in words.read_as[first : last + 1] if r is not None]
    read = f" (read as '{' '.join(corrections)}')" if corrections else ""
    return f'"{phrase}"{read}'


TIERS: tuple[str, ...] = ("critical", "key", "background")


@dataclass(frozen=True)
class TierRules:
    """rules/key_event_tiers.toml: the tier of each label and the phrases that move an event."""

    of_label: dict[str, str]
    critical: re.Pattern[str] | None
    background: re.Pattern[str] | None


def _phrases(phrases: Sequence[str]) -> re.Pattern[str] | None:
    if not phrases:
        return None
    words = sorted({" ".join(p.lower().split()) for p in phrases}, key=len, reverse=True)
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)


@cache
def load_tiers(path: str | None = None) -> TierRules:
    """Read the tier rules once; every label in exactly one tier, unknown keys refused."""
    origin = "key_event_tiers.toml" if path is None else Path(path).name
    data = load(TiersFile, path)
    of_label: dict[str, str] = {}
    patterns: dict[str, re.Pattern[str] | None] = {}
    for tier in TIERS:
        section: Tier = getattr(data, tier)
        for label in section.labels:
            if label not in LABELS:
                raise RulesError(f"{origin}: [{tier}] '{label}' is not a key-event label")
            if label in of_label:
                raise RulesError(f"{origin}: '{label}' is in both [{of_label[label]}] and [{tier}]")
            of_label[label] = tier
        patterns[tier] = _phrases(section.phrases)
    if missing := [label for label in LABELS if label not in of_label]:
        raise RulesError(f"{origin}: no tier for {', '.join(missing)}")
    return TierRules(of_label, patterns["critical"], patterns["background"])


def tier_of(category: str, text: str, tiers: TierRules | None = None) -> str:
    """critical / key / background for an event whose primary category is `category`."""
    tiers = tiers or load_tiers()
    tier = tiers.of_label.get(category, "key")
    if category == NOT_KEY_EVENT:
        return "background"
    if tier == "key" and tiers.critical is not None and tiers.critical.search(text):
        return "critical"
    if tier == "key" and tiers.background is not None and tiers.background.search(text):
        return "background"
    return tier


@dataclass(frozen=True)
class RuleFindings:
    """What the rules found in one text: labels (primary first) with the quoted phrase and
    whether it was weak (after a topic word or time reference, or only through the agency);
    labels whose only phrase was negated; and, when none fired, why."""

    found: tuple[tuple[str, str, bool], ...]
    negated: frozenset[str]
    why: str
    words: int
    rewritten: str | None = None  # the text after the rewrites (None: not read yet)

    @property
    def labels(self) -> list[str]:
        return [label for label, _, _ in self.found]


def find_rules(full: str, agency: str, rules: Rules) -> RuleFindings:
    """The rules' reading of a text (see RuleFindings)."""
    words = _read(full, rules)
    if not words.stems:
        return RuleFindings((), frozenset(), "no text", 0, words.rewritten)
    matches = _find(rules.root, words, rules.gap_words)
    if agency and rules.agency_roots:
        name = agency.lower()
        for key, root in rules.agency_roots.items():
            if key in name:
                matches.extend(_find(root, words, rules.gap_words, by_agency=True))
    matches = _drop_contained(matches)
    cues = [m for m in matches if m[2] == _NEG_BEFORE or m[2] == _NEG_AFTER]
    topics = [m for m in matches if m[2] == _TOPIC]
    best: dict[str, _Match] = {}
    negated: list[tuple[_Match, _Match]] = []
    for match in sorted(matches, key=lambda m: (m[0], m[0] - m[1])):
        if match[2][0] == "!":
            continue
        cue = _negated_by(match, cues, words, rules) if cues else None
        if cue is not None:
            negated.append((match, cue))
        elif match[2] not in best:
            best[match[2]] = match
    lost = frozenset(m[2] for m, _ in negated) - set(best)
    count = len(words.stems)
    if not best:
        if negated:
            match, cue = negated[0]
            why = (
                f"no key-event phrase: {_quote(full, words, match)} negated by "
                f"{_quote(full, words, cue)}"
            )
            return RuleFindings((), lost, why, count, words.rewritten)
        return RuleFindings((), lost, "no key-event phrase", count, words.rewritten)
    last_tier = len(rules.tiers) + 1

    def weak(match: _Match) -> bool:
        # A phrase after a topic word ("re", "following", "before"), found only through the
        # agency, or listed in `primary.weak_patterns` (how someone got to hospital) is weaker
        # evidence of what happened than one that is not.
        if match[4] or match[3] in rules.weak_patterns:
            return True
        clause = words.clauses[match[0]]
        return any(t[1] < match[0] and words.clauses[t[1]] == clause for t in topics)

    def rank(match: _Match) -> tuple[int, bool, int]:
        return rules.tiers.get(match[2], last_tier), weak(match), match[0]

    chosen = sorted(best.values(), key=rank)[: rules.max_categories]
    found = tuple((m[2], _quote(full, words, m), weak(m)) for m in chosen)
    return RuleFindings(found, lost, "", count, words.rewritten)


_PIECE = re.compile(r"[^\W_]+|[\W_]+")


def model_text(full: str, rules: Rules, rewritten: str | None = None) -> str:
    """The text as the model reads it: the rules' rewrites and abbreviations applied ("LAC
    review chaired by IRO" -> "looked after child review chaired by independent reviewing
    officer"), so the model and the rules read the same words (`rewritten`: the rewrites
    already applied, as `RuleFindings.rewritten`)."""
    if rewritten is None:
        rewritten, _ = _rewrite(full, rules)
    if rules.abbreviated is None:
        return rewritten
    expand = rules.abbreviations
    return rules.abbreviated.sub(lambda m: " ".join(expand[m.group().lower()]), rewritten)


def _full_text(text: str, event_type: str) -> str:
    return f"{event_type.strip()}. {text}" if event_type and event_type.strip() else text or ""


def classify_rules(
    text: str, *, agency: str = "", event_type: str = "", rules: Rules | None = None
) -> Classification:
    """The rules alone (no model): what a partnership's phrase list says, and why."""
    rules = rules or load_rules()
    full = _full_text(text, event_type)
    findings = find_rules(full, agency, rules)
    if not findings.found:
        return Classification(
            NOT_KEY_EVENT, (NOT_KEY_EVENT,), False, findings.why, tier_of(NOT_KEY_EVENT, full)
        )
    reason = "; ".join(f"{quote} → {label}" for label, quote, _ in findings.found)
    categories = tuple(findings.labels)
    return Classification(categories[0], categories, True, reason, tier_of(categories[0], full))


def rule_features(findings: RuleFindings, short_words: int = 15) -> list[str]:
    """The rules' reading as model features: each label found ("r:"), the primary ("p:"), a
    weak find ("w:" after a topic word or time reference), a negated one ("n:"), and whether
    the text is a terse row ("s:short"), so the model learns when to trust each rule."""
    features = [f"r:{label}" for label in findings.labels]
    features += [f"rw:{label}" for label, _, weak in findings.found if weak]
    features += [f"n:{label}" for label in findings.negated]
    features.append(f"p:{findings.labels[0]}" if findings.found else "p:none")
    if findings.words <= short_words:
        features.append("s:short")
    return features


def choose(
    probabilities: np.ndarray,
    findings: RuleFindings,
    settings: dict[str, float],
    labels: Sequence[str],
    max_categories: int = 3,
) -> tuple[str, ...]:
    """The hybrid's labels, primary first: the model's most probable label (it has read the
    rules' findings as well as the words), except on a terse row (`rules_decide_words`) where a
    rule found the event plainly; then further labels whose probability reaches `also_rule`
    when a rule found them too, or `also` when only the model did."""
    p = probabilities.tolist()  # 24 numbers: plain Python is faster than numpy here
    order = sorted(range(len(p)), key=p.__getitem__, reverse=True)
    if (
        findings.found
        and not findings.found[0][2]
        and findings.words <= settings.get("rules_decide_words", 0)
        and (len(findings.found) == 1 or not settings.get("rules_decide_alone", 0))
    ):
        # A terse chronology row where a rule found its event plainly (and, with
        # `rules_decide_alone`, found nothing else): the rules' home ground (they beat the model
        # there on rows neither had seen), so their primary stands.
        first = labels.index(findings.labels[0])
        order = [first, *(i for i in order if i != first)]
    ruled = set(findings.labels)
    also = settings.get("also", 0.2)
    also_rule = settings.get("also_rule", also)
    extra = [
        labels[i]
        for i in order[1:]
        if labels[i] != NOT_KEY_EVENT and p[i] >= (also_rule if labels[i] in ruled else also)
    ][: max_categories - 1]
    return (labels[order[0]], *extra)


def _evidence(findings: RuleFindings, model: Model) -> list[str]:
    """The rules' findings as the model reads them beside the words."""
    return rule_features(findings, int(model.combine.get("short_words", 15)))


def _combined(
    full: str,
    findings: RuleFindings,
    model: Model,
    rules: Rules,
    read: str,
    probabilities: np.ndarray,
    vector: tuple[np.ndarray, np.ndarray] | None = None,
) -> Classification:
    categories = choose(probabilities, findings, model.combine, model.labels, rules.max_categories)
    quotes = {label: quote for label, quote, _ in findings.found}
    parts: list[str] = []
    for label in categories:
        if label in quotes:
            parts.append(f"{quotes[label]} → {label}")
        elif label == NOT_KEY_EVENT:
            parts.append(findings.why or "model: reads as a routine entry")
        else:
            top = model.top_words(read, label, vector=vector)
            said = ", ".join(f'"{w}"' for w in top) if top else "the wording as a whole"
            parts.append(f"model, from {said} → {label}")
    primary = categories[0]
    return Classification(
        primary, categories, primary != NOT_KEY_EVENT, "; ".join(parts), tier_of(primary, full)
    )


def combine(full: str, findings: RuleFindings, model: Model, rules: Rules) -> Classification:
    """The rules' labels re-ranked and completed by the model, which reads the words and what
    the rules found (each label, which was primary, which was weak or negated).

    The model can so overrule a time reference or a background clause that fired a rule
    ("two weeks before her death, bruising was seen" is an injury), and add a label where no
    rule fired ("his arm was broken"); a label only the model found is explained by its words.
    """
    read = model_text(full, rules, findings.rewritten)
    vector = model.vector(read, _evidence(findings, model))
    probabilities = model.probabilities_of(vector)
    return _combined(full, findings, model, rules, read, probabilities, vector)


def classify(
    text: str,
    *,
    agency: str = "",
    event_type: str = "",
    rules: Rules | None = None,
    use_model: bool = True,
) -> Classification:
    """Classify one chronology entry (`event_type` is read as part of the text): the rules'
    labels, re-ranked and completed by the packaged model. A partnership's own rules file
    (`rules`) is used alone: the model's weights were fitted beside the packaged rules."""
    if rules is not None and rules is not load_rules():
        return classify_rules(text, agency=agency, event_type=event_type, rules=rules)
    rules = load_rules()
    full = _full_text(text, event_type)
    model = load_model() if use_model else None
    if model is None or not full.strip():
        return classify_rules(text, agency=agency, event_type=event_type, rules=rules)
    return combine(full, find_rules(full, agency, rules), model, rules)


Entry = tuple[str, str, str]  # (text, agency, event_type), as `classify` takes them
_BATCH = 4096  # texts per matrix product: large enough to amortise, small enough for memory
PARALLEL_FROM = 20_000  # distinct texts; below this a second process costs more than it saves


def classify_many(
    entries: Iterable[Entry], known: Mapping[Entry, Classification] | None = None
) -> list[Classification]:
    """`classify` for many entries, the same result for each: an entry repeated (chronologies
    repeat "Home visit", "DNA", "Letter sent") is read once, the model scores a batch in one
    matrix product rather than one small product per text, and a large input is shared between
    forked processes, one per core (they inherit the compiled rules and the model). `known`:
    entries already classified (`ClassifiedAhead`), taken as they are."""
    load_rules(), load_model()  # compiled here once; forked workers inherit them
    entries = list(entries)
    found = dict(known or {})
    unique = [entry for entry in dict.fromkeys(entries) if entry not in found]
    parts = worker_count(len(unique), PARALLEL_FROM)
    if parts == 1:
        results = _classify_distinct(unique)
    else:
        size = -(-len(unique) // parts)
        chunks = [unique[start : start + size] for start in range(0, len(unique), size)]
        with multiprocessing.get_context("fork").Pool(len(chunks)) as pool:
            results = [r for share in pool.map(_classify_distinct, chunks) for r in share]
    found.update(zip(unique, results, strict=True))
    return [found[entry] for entry in entries]


class ClassifiedAhead(Ahead[list[Classification]]):
    """Entries classified in a forked process while this one does other work: a large merge's
    rows, each as an occurrence of its own (most rows are one), during deduplication. The
    entries are made there too (`entries` is consumed in the child: give a generator over what
    this process holds) and the results come back in their order, so this process neither
    builds nor sends them. Anything going wrong there (the worker killed, an error) only means
    they are classified later."""

    def __init__(self, entries: Iterable[Entry]) -> None:
        load_rules(), load_model()  # compiled before the fork, inherited
        super().__init__(lambda: _classified(entries))

    def results(self) -> list[Classification] | None:
        """The entries' classifications in their order; None when the head start was lost."""
        return self.result()


def _classified(entries: Iterable[Entry]) -> list[Classification]:
    found = list(entries)
    distinct = list(dict.fromkeys(found))
    of = dict(zip(distinct, _classify_distinct(distinct), strict=True))
    return [of[entry] for entry in found]  # repeats sent once (pickle's memo)


def _classify_distinct(entries: Sequence[Entry]) -> list[Classification]:
    rules, model = load_rules(), load_model()
    if model is None:
        return [classify_rules(t, agency=a, event_type=e, rules=rules) for t, a, e in entries]
    fulls = [_full_text(text, event_type) for text, _, event_type in entries]
    results_at: dict[int, Classification] = {}
    pending: list[tuple[int, RuleFindings, str, list[str]]] = []
    for i, ((text, agency, event_type), full) in enumerate(zip(entries, fulls, strict=True)):
        if not full.strip():
            results_at[i] = classify_rules(text, agency=agency, event_type=event_type, rules=rules)
            continue
        findings = find_rules(full, agency, rules)
        read = model_text(full, rules, findings.rewritten)
        pending.append((i, findings, read, _evidence(findings, model)))
    for start in range(0, len(pending), _BATCH):
        batch = pending[start : start + _BATCH]
        matrix = model.matrix([read for _, _, read, _ in batch], [e for _, _, _, e in batch])
        probabilities = model.probabilities_many(matrix)
        for (i, findings, read, _), p in zip(batch, probabilities, strict=True):
            results_at[i] = _combined(fulls[i], findings, model, rules, read, p)
    return [results_at[i] for i in range(len(entries))]


def classify_csv(in_path: Path | str, out_path: Path | str) -> int:
    """Add category columns to a CSV with an `event_text` column; returns the row count.

    Every other column is kept in place; `agency` and `event_type` columns are used when
    present. Output is UTF-8 with BOM, with formula-like text made inert for spreadsheets.
    """
    source, target = Path(in_path), Path(out_path)
    text, _ = decode_text(source, source.read_bytes())
    delimiter = _guess_delimiter(text[:50_000])
    records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    if not records:
        raise ValueError(f"{source.name}: the file is empty; it needs an 'event_text' column")
    header = [h.strip() for h in records[0]]
    if header:
        header[0] = header[0].lstrip("\ufeff")
    lowered = [h.lower() for h in header]
    if "event_text" not in lowered:
        raise ValueError(f"{source.name}: no 'event_text' column (columns: {', '.join(header)})")
    text_at = lowered.index("event_text")
    agency_at = lowered.index("agency") if "agency" in lowered else None
    type_at = lowered.index("event_type") if "event_type" in lowered else None
    width = max(len(r) for r in records)
    columns = header + [f"column_{i + 1}" for i in range(len(header), width)]
    out_at: dict[str, int] = {}
    for name in OUTPUT_COLUMNS:
        if name in lowered:
            out_at[name] = lowered.index(name)
        else:
            out_at[name] = len(columns)
            columns.append(name)
    target.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    with target.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(neutralise_row(columns))
        for record in records[1:]:
            if not any(cell.strip() for cell in record):
                continue
            row = record + [""] * (len(columns) - len(record))
            result = classify(
                row[text_at],
                agency=row[agency_at] if agency_at is not None else "",
                event_type=row[type_at] if type_at is not None else "",
            )
            row[out_at["category"]] = result.category
            row[out_at["categories"]] = ";".join(result.categories)
            row[out_at["is_key_event"]] = "true" if result.is_key_event else "false"
            row[out_at["category_reason"]] = result.reason
            row[out_at["tier"]] = result.tier
            writer.writerow(neutralise_row(row))
            count += 1
    return count
