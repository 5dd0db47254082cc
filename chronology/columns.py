"""Finding the header row of an agency's table and mapping its columns to canonical fields.

Each agency has its own template, so nothing here knows any template: headers are matched
against the synonyms in `rules/columns.toml` (exact, then fuzzy for typos, then by keyword),
every match carries a confidence and the method that produced it, and a saved per-template
mapping (`--mapping`) overrides the guess. Columns that match nothing are kept, not dropped.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein

from chronology.dates import parse_date, parse_time
from chronology.schema import CANONICAL_FIELDS
from rulefiles import RulesError, load, rules_file

HEADER_SEARCH_ROWS = 40
KEYWORD_CONFIDENCE = 0.75


@dataclass(frozen=True)
class FieldRule:
    name: str
    synonyms: frozenset[str]
    keywords: frozenset[str]
    exclude: tuple[str, ...]
    heads: tuple[str, ...] = ()  # leading words that claim a header whatever else it names
    secondary: tuple[str, ...] = ()  # words that make this a fallback column for the field


@dataclass(frozen=True)
class ColumnMatch:
    """How one column of a table was understood; `field` None means kept in `extra`."""

    index: int
    header: str
    field: str | None
    confidence: float
    method: str


@dataclass(frozen=True)
class SavedMapping:
    """A reviewer's corrections for one template: header text -> field (None: keep in extra)."""

    columns: dict[str, str | None] = field(default_factory=dict)
    header_row: int | None = None  # the row number Excel shows; None: detect it
    agency: str | None = None

    @classmethod
    def load(cls, path: Path) -> SavedMapping:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise ValueError(f"{path.name}: not a readable mapping file ({error})") from None
        columns = data.get("columns", {})
        if not isinstance(columns, dict):
            raise ValueError(f"{path.name}: 'columns' must map header text to a field")
        for header, target in columns.items():
            if target is not None and target not in CANONICAL_FIELDS:
                raise ValueError(
                    f"{path.name}: column '{header}' maps to unknown field '{target}' "
                    f"(fields: {', '.join(CANONICAL_FIELDS)}, or null to keep in extra)"
                )
        header_row = data.get("header_row")
        return cls(
            columns={normalise_header(k): v for k, v in columns.items()},
            header_row=int(header_row) if header_row is not None else None,
            agency=data.get("agency"),
        )

    def dump(self) -> str:
        return json.dumps(
            {"header_row": self.header_row, "agency": self.agency, "columns": self.columns},
            indent=2,
            ensure_ascii=False,
        )


def normalise_header(text: object) -> str:
    """Lower case, `&` as `and`, punctuation as spaces, single spaces."""
    value = str(text or "").lower().replace("&", " and ").replace("’", "'")
    value = re.sub(r"[^a-z0-9'/ ]+", " ", value).replace("/", " ")
    return " ".join(value.replace("'", "").split())


@dataclass(frozen=True)
class FieldSpec:
    """[fields.NAME] of rules/columns.toml (see FieldRule)."""

    synonyms: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    heads: tuple[str, ...] = ()
    secondary: tuple[str, ...] = ()


@dataclass(frozen=True)
class DocumentTablesSpec:
    headers: tuple[str, ...] = ()  # a Word table with one of these columns is document control
    captions: tuple[str, ...] = ()


@dataclass(frozen=True)
class RowsSpec:
    page_lines: tuple[str, ...] = ()  # patterns of printed-page furniture
    sign_off: tuple[str, ...] = ()  # patterns of a return's sign-off


@rules_file("chronology", "columns.toml")
@dataclass(frozen=True)
class ColumnsFile:
    fields: dict[str, FieldSpec]  # canonical field -> how its header is recognised
    document_tables: DocumentTablesSpec = DocumentTablesSpec()
    rows: RowsSpec = RowsSpec()


def _columns_file(path: str | None = None) -> ColumnsFile:
    data = load(ColumnsFile, path)
    if unknown := [name for name in data.fields if name not in CANONICAL_FIELDS]:
        origin = "columns.toml" if path is None else Path(path).name
        raise RulesError(
            f"{origin}: [fields.{unknown[0]}] is not a chronology field "
            f"(fields: {', '.join(CANONICAL_FIELDS)})"
        )
    return data


@cache
def load_rules(path: str | None = None) -> tuple[FieldRule, ...]:
    """Read the synonym rules once per process (the file is small and never changes at run time)."""
    data = _columns_file(path).fields
    rules = []
    for name in CANONICAL_FIELDS:
        spec = data.get(name, FieldSpec())
        rules.append(
            FieldRule(
                name=name,
                synonyms=frozenset(normalise_header(s) for s in spec.synonyms),
                keywords=frozenset(normalise_header(s) for s in spec.keywords),
                exclude=tuple(normalise_header(s) for s in spec.exclude),
                heads=tuple(normalise_header(s) for s in spec.heads),
                secondary=tuple(normalise_header(s) for s in spec.secondary),
            )
        )
    return tuple(rules)


@cache
def _document_table_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    spec = _columns_file().document_tables
    return (
        tuple(normalise_header(w) for w in spec.headers),
        tuple(normalise_header(w) for w in spec.captions),
    )


@cache
def _row_patterns() -> tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]]:
    spec = _columns_file().rows
    return (
        tuple(re.compile(p, re.IGNORECASE) for p in spec.page_lines),
        tuple(re.compile(p, re.IGNORECASE) for p in spec.sign_off),
    )


def is_page_line(text: str) -> bool:
    """ "Page 2 of 5", "End of report": printed-page furniture, not a chronology row."""
    return any(p.search(text.strip()) for p in _row_patterns()[0])


def is_sign_off(text: str) -> bool:
    """ "Completed by: ...", "Signed ...": the return's sign-off, not an entry."""
    return any(p.search(text.strip()) for p in _row_patterns()[1])


def document_table_kind(headers: Sequence[object], caption: str) -> str | None:
    """Why a Word table is document control or sign-off rather than a chronology, or None."""
    header_words, caption_words = _document_table_words()
    for header in headers:
        text = normalise_header(header)
        word = next((w for w in header_words if text == w or text.startswith(w + " ")), None)
        if word is not None:
            return f"a '{header}' column"
    heading = normalise_header(caption)
    if "chronology" not in heading:
        padded = f" {heading} "
        word = next((w for w in caption_words if f" {w} " in padded), None)
        if word is not None:
            return f"headed '{caption[:60]}'"
    return None


@cache
def _synonym_index(rules: tuple[FieldRule, ...]) -> dict[str, str]:
    return {synonym: rule.name for rule in rules for synonym in rule.synonyms}


SECONDARY_CONFIDENCE = 0.6
_LAST_WORD_FIELDS = frozenset({"date", "time", "event_type", "reference", "practitioner"})


def match_header(header: object, rules: tuple[FieldRule, ...]) -> tuple[str | None, float, str]:
    """Best canonical field for one header text, its confidence (0-1) and how it was found."""
    name, confidence, method = _match_header(normalise_header(header), rules)
    if name is not None:
        rule = next(r for r in rules if r.name == name)
        padded = f" {normalise_header(header)} "
        word = next((w for w in rule.secondary if f" {w} " in padded), None)
        if word is not None:
            # "Date recorded" beside "Date of contact": the occurrence date wins the field.
            confidence = min(confidence, SECONDARY_CONFIDENCE)
            method = f"{method}; '{word}': used only when no other column is a {name}"
    return name, confidence, method


def _match_header(text: str, rules: tuple[FieldRule, ...]) -> tuple[str | None, float, str]:
    if not text:
        return None, 0.0, "empty header"
    index = _synonym_index(rules)
    if text in index:
        return index[text], 1.0, "synonym"
    last = text.split()[-1]
    # "Case note date" is a date: a header's last word, when it names another field, wins.
    named_last = any(last in r.keywords for r in rules if r.name in _LAST_WORD_FIELDS)
    for rule in rules:
        head = next((h for h in rule.heads if text == h or text.startswith(h + " ")), None)
        if head is not None and not (named_last and text != head):
            return rule.name, KEYWORD_CONFIDENCE, f"leading word ('{head}')"
    keyword = _keyword_match(text, rules)
    if keyword is not None:
        return keyword
    if len(text) >= 4:
        # Typos: one edit (a letter added, lost, changed or two swapped, as in "Detials"),
        # two for long headers; whole-string edits, so "date of concern" is not "nature of...".
        limit = 1 if len(text) < 9 else 2
        best = process.extractOne(
            text, list(index), scorer=DamerauLevenshtein.distance, score_cutoff=limit
        )
        if best is not None:
            confidence = round(0.95 * (1 - best[1] / max(len(text), 1)), 2)
            return index[best[0]], confidence, f"fuzzy ('{best[0]}')"
    return None, 0.0, "no match"


_PREPOSITIONS = frozenset({"of", "by", "for", "to", "from", "with", "at"})


def _keyword_match(text: str, rules: tuple[FieldRule, ...]) -> tuple[str, float, str] | None:
    """Match on the header's head noun: the last keyword before a preposition ("Date of
    concern" is a date), else the last keyword ("Worker notes" are notes)."""
    words = text.split()
    cut = next((i for i, word in enumerate(words) if word in _PREPOSITIONS), len(words))
    found: list[tuple[int, str, str]] = []
    padded = f" {text} "
    for rule in rules:
        if any(f" {ex} " in padded for ex in rule.exclude):
            continue
        for position, word in enumerate(words):
            if word in rule.keywords:
                found.append((position, rule.name, word))
    if not found:
        return None
    before = [hit for hit in found if hit[0] < cut]
    _, name, word = max(before or found)
    return name, KEYWORD_CONFIDENCE, f"keyword ('{word}')"


def map_columns(
    headers: Sequence[object],
    rules: tuple[FieldRule, ...],
    saved: SavedMapping | None = None,
    body: Sequence[Sequence[object]] = (),
    match_texts: Sequence[object] | None = None,
) -> list[ColumnMatch]:
    """Map a header row; each field goes to its most confident column, the rest to `extra`.

    For the event text, where a template has several narrative-like columns ("Presenting
    complaint" and "Clinical notes"), the column holding the most text in `body` wins; and a
    column whose header names no date but whose cells are dates ("Arrival") is the date.
    `match_texts`, for two-row headers, is what each column is matched on ("Date" under a
    merged "Date/Time") while `headers` is what the report and `extra` call it.
    """
    candidates: list[ColumnMatch] = []
    for index, header in enumerate(headers):
        label = "" if header is None else str(header).strip()
        key = normalise_header(label)
        if saved is not None and key and key in saved.columns:
            target = saved.columns[key]
            candidates.append(ColumnMatch(index, label, target, 1.0, "saved mapping"))
            continue
        probe = label
        if match_texts is not None and index < len(match_texts):
            probe = "" if match_texts[index] is None else str(match_texts[index])
        name, confidence, method = match_header(probe, rules)
        candidates.append(ColumnMatch(index, label, name, confidence, method))
    lengths = _mean_text_lengths(body, [m.index for m in candidates if m.field == "event_text"])

    def rank(match: ColumnMatch) -> tuple[float, float, int]:
        saved_first = 2.0 if match.method == "saved mapping" else 0.0
        if match.field == "event_text" and lengths:
            return (-saved_first, -lengths.get(match.index, 0.0), match.index)
        return (-saved_first - match.confidence, 0.0, match.index)

    taken: dict[str, ColumnMatch] = {}
    for match in sorted(candidates, key=rank):
        if match.field is not None and match.field not in taken:
            taken[match.field] = match
    result = []
    for match in candidates:
        if match.field is None or taken.get(match.field) is match:
            result.append(match)
        else:
            method = f"also looked like {match.field}; kept in extra"
            result.append(ColumnMatch(match.index, match.header, None, match.confidence, method))
    if body and not any(m.method == "saved mapping" for m in result):
        result = _date_by_content(result, body)
        result = _time_by_content(result, body)
        result = _text_by_content(result, body)
    return result


CONTENT_SAMPLE_ROWS = 30
TYPE_AS_TEXT_CHARS = 30  # a type column whose cells average this much is free text
CONTENT_SHARE = 0.6  # "most non-blank cells": page footers and typos leave some that are not
CONTENT_CONFIDENCE = 0.7
TEXT_SWAP_RATIO = 2.5
TEXT_SWAP_RATIO_WEAK = 1.5
TEXT_SWAP_MIN_CHARS = 40


def is_date_cell(value: object) -> bool:
    """A cell that is unmistakably a date: a date cell, or text that parses as one.
    Numbers are never taken as dates here: a column of references can look like serials."""
    if isinstance(value, dt.date):
        return True
    if not isinstance(value, str) or not any(c.isdigit() for c in value):
        return False
    try:
        parse_date(value)
    except ValueError:
        return False
    return True


def _date_by_content(
    matches: list[ColumnMatch], body: Sequence[Sequence[object]]
) -> list[ColumnMatch]:
    """With no header naming a date ("Arrival", "Seen", a blank header), or only a recording
    date ("Date entered on system"), the column whose cells are mostly dates is the date."""
    current = next((m for m in matches if m.field == "date"), None)
    if current is not None and current.confidence > SECONDARY_CONFIDENCE:
        return matches
    column = _column_of(matches, body, is_date_cell, skip=current)
    if column is None:
        return matches
    why = "cells are dates (the header names no date)"
    if current is not None:
        why = f"cells are dates; '{current.header}' says when the entry was recorded"
    demoted = "a recording date; kept in extra"
    return [
        ColumnMatch(m.index, m.header, "date", CONTENT_CONFIDENCE, why)
        if m.index == column
        else ColumnMatch(m.index, m.header, None, m.confidence, demoted)
        if m is current
        else m
        for m in matches
    ]


def second_date_column(
    matches: list[ColumnMatch], body: Sequence[Sequence[object]], rules: tuple[FieldRule, ...]
) -> ColumnMatch | None:
    """A date column that is not the table's date ("Reported" beside "Occurred", "Date
    recorded" beside "Date of contact"), never a date of birth or a review date."""
    date_rule = next(r for r in rules if r.name == "date")
    usable = [
        m
        for m in matches
        if m.field is None
        and not any(f" {ex} " in f" {normalise_header(m.header)} " for ex in date_rule.exclude)
    ]
    demoted = next((m for m in usable if "date" in m.method), None)
    if demoted is not None:
        return demoted
    column = _column_of(usable, body, is_date_cell)
    return next((m for m in usable if m.index == column), None)


def _time_by_content(
    matches: list[ColumnMatch], body: Sequence[Sequence[object]]
) -> list[ColumnMatch]:
    """A date table with no time column: a column whose cells are all times ("Call received":
    "2231hrs", "10.41pm") is the time."""
    if not any(m.field == "date" for m in matches) or any(m.field == "time" for m in matches):
        return matches
    column = _column_of(matches, body, is_time_cell)
    if column is None:
        return matches
    why = "cells are times (the header names no time)"
    return [
        ColumnMatch(m.index, m.header, "time", CONTENT_CONFIDENCE, why) if m.index == column else m
        for m in matches
    ]


_TIME_MARK = re.compile(r"\d[:.]\d\d|\d\s*(?:am|pm|hrs?|h)$", re.IGNORECASE)


def is_time_cell(value: object) -> bool:
    """A time cell, or text that is only a time of day ("14:35", "1435hrs", "2.05pm")."""
    if isinstance(value, dt.time):
        return True
    if not isinstance(value, str) or len(value) > 12 or not _TIME_MARK.search(value):
        return False  # a bare "12" is an age or a count as often as a time
    try:
        return parse_time(value) is not None
    except ValueError:
        return False


def _column_of(
    matches: list[ColumnMatch],
    body: Sequence[Sequence[object]],
    test: Callable[[object], bool],
    skip: ColumnMatch | None = None,
) -> int | None:
    """The leftmost unclaimed column whose non-blank cells mostly pass `test`."""
    sample = body[:CONTENT_SAMPLE_ROWS]
    for match in matches:
        if match is skip or (match.field is not None and match.confidence >= 1.0):
            continue
        cells = [row[match.index] for row in sample if match.index < len(row)]
        cells = [c for c in cells if c not in (None, "")]
        if len(cells) >= 2 and sum(map(test, cells)) / len(cells) >= CONTENT_SHARE:
            return match.index
    return None


def _text_lengths(body: Sequence[Sequence[object]], column: int) -> list[int]:
    """Characters of each text cell of one column (other cells and short rows left out)."""
    return [len(cell) for row in body if column < len(row) and isinstance(cell := row[column], str)]


def mean_text_length(body: Sequence[Sequence[object]], column: int) -> float:
    """Mean characters of text per non-blank cell of one column."""
    texts = _text_lengths(body, column)
    return sum(texts) / len(texts) if texts else 0.0


def _text_by_content(
    matches: list[ColumnMatch], body: Sequence[Sequence[object]]
) -> list[ColumnMatch]:
    """When the event-text column holds far less text than an unclaimed column ("Service":
    "Health Visiting" beside the real notes), the long column is the event text."""
    chosen = next((m for m in matches if m.field == "event_text"), None)
    sample = body[:CONTENT_SAMPLE_ROWS]
    if chosen is None:
        return _longest_as_text(matches, sample)
    own = mean_text_length(sample, chosen.index)
    others = [
        (mean_text_length(sample, m.index), m)
        for m in matches
        if m.field is None and not (m.header and any(c.isdigit() for c in m.header))
    ]
    if not others:
        return matches
    length, longest = max(others, key=lambda pair: (pair[0], -pair[1].index))
    # A header that only contains a text word ("Safeguarding concerns") gives way sooner than
    # one that is a text header outright ("Details").
    ratio = TEXT_SWAP_RATIO if chosen.confidence >= 1.0 else TEXT_SWAP_RATIO_WEAK
    if length < TEXT_SWAP_MIN_CHARS or length < ratio * own:
        return matches
    why = (
        f"holds the most text (mean {length:.0f} characters against {own:.0f} in "
        f"'{chosen.header}'), so read as the event text"
    )
    shorter = f"less text than '{longest.header}'; kept in extra"
    return [
        ColumnMatch(m.index, m.header, "event_text", 0.6, why)
        if m is longest
        else ColumnMatch(m.index, m.header, None, m.confidence, shorter)
        if m is chosen
        else m
        for m in matches
    ]


def _longest_as_text(
    matches: list[ColumnMatch], sample: Sequence[Sequence[object]]
) -> list[ColumnMatch]:
    """No header names the event text: the column with the most text is it, when that is an
    unclaimed column or one only a keyword gave to significance ("... analysis and impact")."""
    typed = next((m for m in matches if m.field == "event_type"), None)
    if typed is not None and mean_text_length(sample, typed.index) >= TYPE_AS_TEXT_CHARS:
        return matches  # an "Event" column holding sentences is the text (_type_as_text)
    candidates = [
        (mean_text_length(sample, m.index), m)
        for m in matches
        if m.field is None or (m.field == "significance" and m.confidence < 1.0)
    ]
    if not candidates:
        return matches
    length, longest = max(candidates, key=lambda pair: (pair[0], -pair[1].index))
    if length < TEXT_SWAP_MIN_CHARS:
        return matches
    why = f"holds the most text (mean {length:.0f} characters), so read as the event text"
    return [
        ColumnMatch(m.index, m.header, "event_text", 0.6, why) if m is longest else m
        for m in matches
    ]


def _mean_text_lengths(
    body: Sequence[Sequence[object]], columns: Sequence[int]
) -> dict[int, float]:
    """Mean length of the text in each column over the body rows (0 when there is none)."""
    if len(columns) < 2 or not body:
        return {}
    return {col: sum(_text_lengths(body, col)) / len(body) for col in columns}


def _header_score(matches: list[ColumnMatch]) -> float:
    fields = {m.field: m.confidence for m in matches if m.field is not None}
    if "date" not in fields or not ({"event_text", "event_type"} & fields.keys()):
        return 0.0
    return sum(fields.values())


def _looks_like_header_cell(value: object) -> bool:
    return isinstance(value, str) and 0 < len(value.strip()) <= 80


def _is_sentence(value: object) -> bool:
    """An entry's wording, never a column's name: clauses joined by '; ', or four or more
    words ending in a full stop ("Routine; no safeguarding concerns recorded.")."""
    if not isinstance(value, str):
        return False
    text = value.strip()
    return "; " in text or (text.endswith((".", "!")) and len(text.split()) >= 4)


def find_header(
    rows: Sequence[Sequence[object]],
    rules: tuple[FieldRule, ...],
    saved: SavedMapping | None = None,
) -> tuple[int, list[ColumnMatch]] | None:
    """Index of the header row among the first rows and its mapping, or None for no table.

    A header must map a date column and an event text or type column; the row with the most
    confident set of fields wins, the earlier row on a tie.
    """
    if saved is not None and saved.header_row is not None:
        index = saved.header_row - 1
        if 0 <= index < len(rows):
            return index, map_columns(rows[index], rules, saved, rows[index + 1 : index + 51])
        return None
    best: tuple[float, int, list[ColumnMatch]] | None = None
    fallback: tuple[float, int, list[ColumnMatch]] | None = None
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        cells = [cell for cell in row if cell not in (None, "")]
        if len(cells) < 2 or sum(map(_looks_like_header_cell, cells)) < 2:
            continue
        if any(is_date_cell(cell) for cell in cells):
            continue  # an entry, never a header: headers name dates, they do not hold them
        if sum(map(_is_sentence, cells)) >= 2:
            continue  # an entry's text (the first row under a header headed "Month", say)
        matches = map_columns(row, rules, saved, rows[index + 1 : index + 51])
        score = _header_score(matches)
        if score > 0 and (best is None or score > best[0]):
            best = (score, index, matches)
        elif best is None and fallback is None and len(cells) >= 3:
            with_text = _with_text_column(matches, rows[index + 1 : index + 51])
            if with_text is not None:
                fallback = (_header_score(with_text), index, with_text)
    chosen = best or fallback
    if chosen is None:
        return None
    index, matches = chosen[1], chosen[2]
    # A header printed again after a page break must not hide the rows of the first page.
    key = [normalise_header(v) for v in rows[index]]
    earlier = next((i for i in range(index) if [normalise_header(v) for v in rows[i]] == key), None)
    if earlier is not None:
        index = earlier
        matches = map_columns(rows[index], rules, saved, rows[index + 1 : index + 51])
    return index, _type_as_text(matches, rows[index + 1 : index + 51])


def map_header_rows(
    labels: Sequence[object],
    match_texts: Sequence[object],
    rules: tuple[FieldRule, ...],
    saved: SavedMapping | None,
    body: Sequence[Sequence[object]],
) -> list[ColumnMatch] | None:
    """Map a header spread over two rows; None when it does not make a chronology table."""
    matches = map_columns(labels, rules, saved, body[:50], match_texts)
    matches = _type_as_text(matches, body[:50])
    return matches if _header_score(matches) > 0 else None


def _type_as_text(
    matches: list[ColumnMatch], body: Sequence[Sequence[object]]
) -> list[ColumnMatch]:
    """A template with an "Event" column and no text column writes its entries there: when
    the type column holds sentences, it is the event text."""
    if any(m.field == "event_text" for m in matches):
        return matches
    column = next((m for m in matches if m.field == "event_type"), None)
    if column is None or not body:
        return matches
    texts = [row[column.index] for row in body if column.index < len(row)]
    lengths = [len(t) for t in texts if isinstance(t, str)]
    if not lengths or sum(lengths) / len(lengths) < TYPE_AS_TEXT_CHARS:
        return matches
    promoted = ColumnMatch(
        column.index,
        column.header,
        "event_text",
        column.confidence,
        f"{column.method}; holds free text, so read as the event text",
    )
    return [promoted if m is column else m for m in matches]


def _with_text_column(
    matches: list[ColumnMatch], body: Sequence[Sequence[object]]
) -> list[ColumnMatch] | None:
    """For a header with a date but no recognised text column, take the column holding the
    longest free text as the event text (at low confidence, shown in the report)."""
    if not any(m.field == "date" for m in matches):
        return None
    lengths: dict[int, float] = {}
    for match in matches:
        if match.field is None and match.header and not any(c.isdigit() for c in match.header):
            texts = _text_lengths(body, match.index)
            if texts:
                lengths[match.index] = sum(texts) / max(len(body), 1)
    if not lengths:
        return None
    column = max(lengths, key=lambda i: (lengths[i], -i))
    if lengths[column] < 15:
        return None
    return [
        ColumnMatch(m.index, m.header, "event_text", 0.5, "longest text column")
        if m.index == column
        else m
        for m in matches
    ]
