"""The linkage model's levels for a whole batch of candidate pairs at once, with NumPy.

`linkage.levels_of` states each comparison's rule for one pair and stays the reference (it
explains kept pairs, and a test checks the two agree on every labelled case). This module
computes the same levels over columns: each row's facts in arrays (kind bits, the meeting it is
about, agency and sheet numbers, the agencies it names, minutes), each pair's level picked with
`np.select` in the order the rules are written. Only pairs that clear the review threshold go
back to Python to be explained.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from chronology.linkage import (
    CODES,
    COMPARISONS,
    TEXT_CUTS,
    TIME_CUTS,
    WORD_CUTS,
    Weights,
    _specifics_level,
    mentions,
    sheet_of,
    typed_level,
)

if TYPE_CHECKING:
    from chronology.dedup import Prepared, Rules

RELATIONS = ("same_day", "near", "swapped", "partial")


def _code(name: str, level: str) -> int:
    return CODES[name][level]


@dataclass
class Columns:
    """Each prepared row's facts as arrays, indexed like the rows."""

    day: np.ndarray  # ordinal of the first day the date covers
    year_precision: np.ndarray  # bool
    minutes: np.ndarray  # -1 without a time
    kinds: np.ndarray  # int64 kind bits
    main: np.ndarray  # the once-a-day kind the row is about, by kind number; -1 none
    meeting: np.ndarray  # bool: describes a meeting
    agency: np.ndarray  # agency number
    sheet: np.ndarray  # (agency, file, sheet) number
    names: np.ndarray  # int64 bits of the agencies the text names (agency numbers < 63)
    has_specifics: np.ndarray  # bool
    short: np.ndarray  # bool: a text of a word or two
    direction: np.ndarray  # 1 sends, 2 receives, 0 neither
    attendance: np.ndarray  # the attendance written as several rows a row belongs to; 0 none
    generic: np.ndarray  # by kind number: a generic meeting name
    cp_generic: np.ndarray  # by kind number: "child protection conference" (unsaid which)
    conference: np.ndarray  # by kind number: a conference
    exact: bool  # False when the agencies are too many for the name bits (levels_of is used)


def columns(items: Sequence[Prepared], rules: Rules, names: dict[str, tuple[str, ...]]) -> Columns:
    kind_number = {kind.name: i for i, kind in enumerate(rules.kinds)}
    agencies = sorted({p.event.agency for p in items})
    agency_number = {a: i for i, a in enumerate(agencies)}
    sheets: dict[tuple[str, str, str], int] = {}
    named = np.zeros(len(items), dtype=np.int64)
    exact = len(agencies) < 63
    if exact:
        of_text: dict[str, int] = {}  # texts repeat ("Home visit", a template sentence)
        for i, item in enumerate(items):
            bits = of_text.get(item.text)
            if bits is None:
                bits = of_text[item.text] = sum(
                    1 << number
                    for agency, number in agency_number.items()
                    if mentions(item.text, names.get(agency, ()))
                )
            named[i] = bits
    n = len(items)
    return Columns(
        day=np.fromiter((p.start.toordinal() for p in items), dtype=np.int64, count=n),
        year_precision=np.fromiter(
            (p.event.date_precision == "year" for p in items), dtype=bool, count=n
        ),
        minutes=np.fromiter(
            (-1 if p.minutes is None else p.minutes for p in items), dtype=np.int64, count=n
        ),
        kinds=np.fromiter((p.kind_mask for p in items), dtype=np.int64, count=n),
        main=np.fromiter(
            (kind_number[p.main_daily] if p.main_daily else -1 for p in items),
            dtype=np.int64,
            count=n,
        ),
        meeting=np.fromiter((p.meeting for p in items), dtype=bool, count=n),
        agency=np.fromiter((agency_number[p.event.agency] for p in items), dtype=np.int64, count=n),
        sheet=np.fromiter(
            (sheets.setdefault(sheet_of(p.event), len(sheets)) for p in items),
            dtype=np.int64,
            count=n,
        ),
        names=named,
        has_specifics=np.fromiter((bool(p.specifics) for p in items), dtype=bool, count=n),
        short=np.fromiter((p.short for p in items), dtype=bool, count=n),
        direction=np.fromiter((p.direction for p in items), dtype=np.int64, count=n),
        attendance=np.fromiter((p.attendance for p in items), dtype=np.int64, count=n),
        generic=np.array([k.name in rules.generic_names for k in rules.kinds], dtype=bool),
        cp_generic=np.array([k.name == "child protection conference" for k in rules.kinds]),
        conference=np.array([k.name.endswith("conference") for k in rules.kinds], dtype=bool),
        exact=exact,
    )


def _cut(values: np.ndarray, cuts: Sequence[tuple[float, str]], name: str) -> np.ndarray:
    """Level codes for `values` against descending `cuts` (the last level below them all)."""
    conditions = [values >= cut for cut, _ in cuts]
    below = COMPARISONS[name][-1]
    return np.select(conditions, [_code(name, lv) for _, lv in cuts], _code(name, below))


def batch_levels(
    col: Columns,
    items: Sequence[Prepared],
    rules: Rules,
    rare: frozenset[str],
    left: np.ndarray,
    right: np.ndarray,
    relation: np.ndarray,  # codes into RELATIONS
    similarity: np.ndarray,
    cosine: np.ndarray,
) -> np.ndarray:
    """Level codes, one column per comparison (COMPARISONS order), one row per pair."""
    n = len(left)
    out = np.empty((n, len(COMPARISONS)), dtype=np.int8)
    # date
    days = np.abs(col.day[left] - col.day[right])
    partial_year = col.year_precision[left] | col.year_precision[right]
    out[:, 0] = np.select(
        [relation == 0, (relation == 1) & (days <= 1), relation == 1, relation == 2, partial_year],
        [_code("date", lv) for lv in ("same_day", "one_day", "two_three_days", "swapped", "year")],
        _code("date", "month"),
    )
    # kind (computed before time: a life event's times weigh apart)
    ka, kb = col.kinds[left], col.kinds[right]
    shared = ka & kb
    ma, mb = col.main[left], col.main[right]
    both_main = (ma >= 0) & (mb >= 0)
    ga = np.where(ma >= 0, col.generic[np.maximum(ma, 0)], False)
    gb = np.where(mb >= 0, col.generic[np.maximum(mb, 0)], False)
    unsaid = np.where(ga, ma, mb)
    specific = np.where(ga, mb, ma)
    conference_generic = (
        col.cp_generic[np.maximum(unsaid, 0)] & col.conference[np.maximum(specific, 0)]
    )
    joint = ((ka & rules.joint_mask) != 0) & ((kb & rules.visit_mask) != 0) | (
        ((kb & rules.joint_mask) != 0) & ((ka & rules.visit_mask) != 0)
    )
    named_a = ka != 0
    named_b = kb != 0
    one_named_main = np.where(named_a, ma, mb) >= 0
    other_meeting = np.where(named_a, col.meeting[right], col.meeting[left])
    kind = np.select(
        [
            both_main & (ma == mb),
            both_main & (ga | gb) & conference_generic,
            both_main & (ga | gb),
            (shared & rules.daily_mask) != 0,
            (shared & rules.life_mask) != 0,
            joint,
            ((shared & rules.ends_mask) != 0)
            & ((col.direction[left] | col.direction[right]) == 3)
            & (col.direction[left] != col.direction[right]),
            (shared & rules.visit_mask) != 0,
            shared != 0,
            named_a & named_b,
            (named_a ^ named_b) & one_named_main & other_meeting,
            named_a ^ named_b,
            col.meeting[left] & col.meeting[right],
        ],
        [
            _code("kind", lv)
            for lv in (
                "same_meeting",
                "conference_and_generic",
                "meeting_and_generic",
                "several_meetings",
                "same_life_event",
                "same_visit",
                "both_ends",
                "same_visit",
                "same_kind",
                "disjoint",
                "one_meeting",
                "one_known",
                "both_meetings",
            )
        ],
        _code("kind", "none_known"),
    )
    out[:, 2] = kind
    # time
    ta, tb = col.minutes[left], col.minutes[right]
    gap = np.abs(ta - tb)
    # linkage.time_gap: on consecutive days the gap across midnight counts when it is shorter
    days = col.day[right] - col.day[left]
    gap = np.where(np.abs(days) == 1, np.minimum(gap, np.abs(days * 1440 + tb - ta)), gap)
    timed = (ta >= 0) & (tb >= 0)
    out[:, 1] = np.select(
        [
            (ta < 0) & (tb < 0),
            ~timed,
            kind == _code("kind", "same_life_event"),
            *(gap <= most for most, _ in TIME_CUTS),
        ],
        [
            _code("time", lv)
            for lv in ("untimed", "one_untimed", "life_event", *(lv for _, lv in TIME_CUTS))
        ],
        _code("time", "over_180"),
    )
    # text and words
    short = col.short[left] | col.short[right]
    out[:, 3] = np.where(short, _code("text", "short"), _cut(similarity, TEXT_CUTS, "text"))
    out[:, 4] = np.where(short, _code("words", "short"), _cut(cosine, WORD_CUTS, "words"))
    # specifics: set logic in Python, only for pairs where both rows name something
    specifics = np.full(n, _code("specifics", "none"), dtype=np.int8)
    for i in np.nonzero(col.has_specifics[left] & col.has_specifics[right])[0].tolist():
        level = _specifics_level(items[left[i]].specifics, items[right[i]].specifics, rare)
        specifics[i] = _code("specifics", level)
    out[:, 5] = specifics
    # a life event whose specifics agree (the same new address, the same hospital)
    life = _code("kind", "same_life_event")
    out[:, 2] = np.where(
        (kind == life) & (specifics == _code("specifics", "shared")),
        _code("kind", "life_event_agrees"),
        kind,
    )
    # recorder
    same_sheet = col.sheet[left] == col.sheet[right]
    a_names_b = ((col.names[left] >> col.agency[right]) & 1) != 0
    b_names_a = ((col.names[right] >> col.agency[left]) & 1) != 0
    out[:, 6] = np.select(
        [
            same_sheet,
            col.agency[left] == col.agency[right],
            a_names_b & b_names_a,
            a_names_b | b_names_a,
        ],
        [
            _code("recorder", lv)
            for lv in ("same_sheet", "same_agency", "each_names_other", "one_names_other")
        ],
        _code("recorder", "different"),
    )
    # typed twice: a character-level ratio, only for pairs on one sheet
    typed = np.full(n, _code("typed_twice", "other_recorders"), dtype=np.int8)
    for i in np.nonzero(same_sheet)[0].tolist():
        typed[i] = _code("typed_twice", typed_level(items[left[i]], items[right[i]]))
    out[:, 7] = typed
    reworded = typed == _code("typed_twice", "lower")
    out[:, 2] = np.where(
        (out[:, 2] == _code("kind", "same_meeting")) & reworded,
        _code("kind", "meeting_on_one_sheet"),
        out[:, 2],
    )
    # linkage.one_attendance over columns
    attendance = (col.attendance[left] == col.attendance[right]) & (col.attendance[left] != 0)
    in_one = reworded & attendance
    out[:, 2] = np.where(in_one, _code("kind", "one_attendance"), out[:, 2])
    out[:, 1] = np.where(in_one, _code("time", "in_attendance"), out[:, 1])
    return out


def weight_tables(weights: Weights) -> list[np.ndarray]:
    return [
        np.array([weights.levels[name][level].weight for level in levels])
        for name, levels in COMPARISONS.items()
    ]


def batch_weights(levels: np.ndarray, tables: list[np.ndarray], prior: float) -> np.ndarray:
    total = np.full(len(levels), prior)
    for column, table in enumerate(tables):
        total += table[levels[:, column]]
    return total
