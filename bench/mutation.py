"""Mutation score of the core modules (issue 21), with mutmut.

    .venv/bin/python bench/mutation.py                     # every core module (an hour or more)
    .venv/bin/python bench/mutation.py dates output        # some of them
    make mutation MODULES="dates filesafety output"
    .venv/bin/python bench/mutation.py access --keep --children 1   # keep the copy; 1 child
    .venv/bin/python bench/mutation.py redact-numbers --survivors   # only last run's survivors
    .venv/bin/python bench/mutation.py generations --copy /tmp/cspr-mutation-generations-X
        # score a kept copy where a stopped run was finished with `mutmut run` (resumes)

For each module: a fresh copy of the last commit (plus test files named below and not yet
committed; --worktree copies the working tree instead), mutmut told to mutate that one file
and to run the tests that exercise it, at most --children mutants at once (default 2), each
stopped after four times its tests' own CPU time plus 20 s (a mutant that loops for ever counts
as caught, "timeout"); the outcome of every mutant is read from mutmut's own records.

Scores are merged into bench/results/mutation.json (a module not run keeps its last result).

Score = (killed + timeout) / all mutants. A survivor is not always a missing test: mutmut also
changes error-message strings and other text no test should pin, and some changes are
equivalent (they cannot change behaviour); the survivor names are kept so they can be read
with `mutmut show NAME` in the copy (--keep).
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import importlib.metadata
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results" / "mutation.json"
MUTMUT = Path(sys.executable).with_name("mutmut")

# module -> (file, the tests that exercise it)
CORE: dict[str, tuple[str, list[str]]] = {
    "dates": (
        "chronology/dates.py",
        [
            "tests/test_dates.py",
            "tests/test_issue21_survivors.py",
            "tests/test_issue21_mutation_dates.py",
        ],
    ),
    "filesafety": (
        "chronology/filesafety.py",
        [
            "tests/test_hostile_files.py",
            "tests/test_ingest.py",
            "tests/test_issue21_survivors.py",
            "tests/test_issue21_mutation_filesafety.py",
            "tests/test_issue11_hostile_readers.py",
        ],
    ),
    "output": (
        "chronology/output.py",
        ["tests/test_hostile_files.py", "tests/test_issue21_survivors.py"],
    ),
    "dedup": (
        "chronology/dedup.py",
        [
            "tests/test_merge.py",
            "tests/test_dedup_eval.py",
            "tests/test_dedup_heldout.py",
            "tests/test_issue12_linkage.py",
            "tests/test_issue21_survivors.py",
            "tests/test_issue21_mutation_dedup.py",
        ],
    ),
    "classify": (
        "chronology/classify.py",
        [
            "tests/test_classify.py",
            "tests/test_issue13_key_events.py",
            "tests/test_issue21_mutation_classify.py",
            "tests/test_issue16_classify_many.py",
        ],
    ),
    # anonymise/redact.py was split by pass (issue 17): each pass is scored on its own.
    "redact": (
        "anonymise/redact.py",
        [
            "tests/test_anonymise_patterns.py",
            "tests/test_anonymise_property.py",
            "tests/test_anonymise_unseen.py",
            "tests/test_issue19_texts.py",
            "tests/test_issue21_survivors.py",
            "tests/test_issue21_mutation_redact.py",
            "tests/test_issue16_learning_repeats.py",
        ],
    ),
    "redact-people": (
        "anonymise/people.py",
        [
            "tests/test_anonymise_patterns.py",
            "tests/test_anonymise_property.py",
            "tests/test_anonymise_unseen.py",
            "tests/test_issue19_texts.py",
            "tests/test_issue21_survivors.py",
            "tests/test_issue21_mutation_redact_people.py",
        ],
    ),
    "redact-places": (
        "anonymise/places.py",
        [
            "tests/test_anonymise_patterns.py",
            "tests/test_anonymise_property.py",
            "tests/test_anonymise_unseen.py",
            "tests/test_issue19_texts.py",
            "tests/test_issue21_survivors.py",
            "tests/test_issue21_mutation_redact_places.py",
        ],
    ),
    "redact-practitioners": (
        "anonymise/practitioners.py",
        [
            "tests/test_anonymise_patterns.py",
            "tests/test_anonymise_property.py",
            "tests/test_anonymise_unseen.py",
            "tests/test_issue19_texts.py",
            "tests/test_issue21_survivors.py",
            "tests/test_issue21_mutation_redact_practitioners.py",
        ],
    ),
    "redact-numbers": (
        "anonymise/numbers_dates.py",
        [
            "tests/test_anonymise_patterns.py",
            "tests/test_anonymise_property.py",
            "tests/test_anonymise_unseen.py",
            "tests/test_issue19_texts.py",
            "tests/test_issue21_survivors.py",
            "tests/test_issue21_mutation_redact_numbers.py",
        ],
    ),
    "redact-index": (
        "anonymise/name_index.py",
        [
            "tests/test_anonymise_patterns.py",
            "tests/test_anonymise_property.py",
            "tests/test_anonymise_unseen.py",
            "tests/test_issue19_texts.py",
            "tests/test_issue21_survivors.py",
            "tests/test_issue21_mutation_redact_index.py",
        ],
    ),
    "generations": (
        "genogram/generations.py",
        [
            "tests/test_genogram_layout.py",
            "tests/test_issue18_layout.py",
            "tests/test_issue21_survivors.py",
            "tests/test_issue21_mutation_generations.py",
        ],
    ),
    "layout": (
        "genogram/layout.py",
        [
            "tests/test_genogram_layout.py",
            "tests/test_issue18_layout.py",
            "tests/test_issue15_genogram.py",
            "tests/test_issue21_survivors.py",
        ],
    ),
    "workingdays": (
        "reviews/workingdays.py",
        ["tests/test_deadlines.py", "tests/test_issue21_mutation_workingdays.py"],
    ),
    "access": (
        "dashboard/access.py",
        ["tests/test_dashboard_access.py", "tests/test_issue21_mutation_access.py"],
    ),
}


def _same(reason: str, function: str, numbers: str) -> dict[str, str]:
    """One reason for several mutants of one function: `numbers` as mutmut numbers them."""
    return {f"{function}__mutmut_{n}": reason for n in numbers.split()}


_FS = "chronology.filesafety.x"
_CL = "chronology.classify.x"
_PE = "anonymise.people.xǁPeoplePassesǁ"
_ND = "anonymise.numbers_dates.xǁNumberDatePassesǁ"
_PR = "anonymise.practitioners.xǁPractitionerPassesǁ"
_PL = "anonymise.places.xǁPlacePassesǁ"
_NI = "anonymise.name_index.xǁRedactorBaseǁ"
_UNREACHABLE_SIZE = (
    "unreachable: zipfile never yields more bytes than a part declares, and the declared "
    "total was checked against the same limit first"
)
# Survivors accepted as equivalent (they cannot change what is written or refused), by
# mutmut's name. Numbers change when the module changes: re-read them after an edit.
EQUIVALENT: dict[str, str] = {
    # anonymise/redact.py (learning each repeated text once, session 20)
    "anonymise.redact.xǁAnonymiserǁ_context_key__mutmut_3": "the event date in every key "
    "but the age mode's: only a cache split more finely (no age-mode pass reads the event "
    "date but a yearless date's, which the second clause keys)",
    "anonymise.redact.xǁAnonymiserǁ_context_key__mutmut_4": "the age mode keyed like the "
    "month mode: no pass reads the event date but a yearless date's, keyed by the second clause",
    "anonymise.redact.xǁAnonymiserǁ_context_key__mutmut_5": "the same as _context_key__mutmut_4",
    "anonymise.redact.xǁAnonymiserǁ_context_key__mutmut_9": "the event date in every key: only "
    "a cache split more finely",
    "anonymise.redact.xǁAnonymiserǁlearn_all__mutmut_7": "a text of spaces learned: learn() "
    "returns at once for it",
    "anonymise.redact.xǁAnonymiserǁlearn__mutmut_1": "a text of spaces run through the passes: "
    "nothing in it to find or learn",
    "anonymise.redact.xǁAnonymiserǁlearn__mutmut_19": "_learning = None instead of False: "
    "both false",
    "chronology.output.x_write_csv__mutmut_12": "a full row always read column by column: the "
    "same values, only slower (the one-call reading is for speed)",
    "chronology.output.x_write_csv__mutmut_15": "two columns read column by column: the same",
    "chronology.output.x_write_csv__mutmut_22": "newline=None: on POSIX nothing is translated "
    "when writing, and csv writes its own \\r\\n",
    "chronology.output.x_write_csv__mutmut_25": "newline left out: the same as newline=None",
    "chronology.output.x_write_csv__mutmut_29": "'UTF-8-SIG': codec names ignore case",
    "chronology.output.x_write_csv__mutmut_50": "a missing column as None: csv writes None as "
    "an empty field, as it writes ''",
    "chronology.output.x_write_csv__mutmut_52": "row.get(name) without a default: None, "
    "written as an empty field",
    # chronology/filesafety.py
    **_same(
        "quoted text replaced by 'XXXX' rather than '': x is none of the letters d h s y m "
        "that decide",
        f"{_FS}__format_precision",
        "10",
    ),
    **_same(
        "built-in format 17 as 'XXmmm-yyXX' or 'MMM-YY': lower-cased, the same letters decide",
        f"{_FS}__partial_date_styles",
        "23 24",
    ),
    **_same(
        "a missing format code read as 'XXXX' rather than '': no date letters either way",
        f"{_FS}__partial_date_styles",
        "46 74",
    ),
    **_same(
        "the first chunk's tail b'XXXX' (not b''): no pattern matches across it",
        f"{_FS}__scan_part",
        "11",
    ),
    **_same(
        "`if max_letters or True`: with no letters, _column_index(b'') + 1 is 0 anyway",
        f"{_FS}__scan_part",
        "111",
    ),
    **_same(
        "read(None) reads the part whole: the same findings; only the memory bound differs",
        f"{_FS}__scan_part",
        "18",
    ),
    **_same(
        f"'larger than declared' check: {_UNREACHABLE_SIZE}",
        f"{_FS}__scan_part",
        "19 20 24 25 26 27",
    ),
    **_same(
        f"size check while streaming: {_UNREACHABLE_SIZE}",
        f"{_FS}__scan_part",
        "29 30 31 32 33 34 35 36",
    ),
    **_same(
        f"size check after streaming: {_UNREACHABLE_SIZE}",
        f"{_FS}_scan_workbook",
        "130 131 132 133 134 135 136 137",
    ),
    **_same(
        "zip(strict=...) over (letters, digits) pairs: always two of each",
        f"{_FS}__scan_part",
        "50 52 53",
    ),
    **_same(
        ">= instead of > between column names: equal means the same column",
        f"{_FS}__scan_part",
        "65",
    ),
    **_same(
        "styled `or`: partial cells are kept only for worksheet parts, and a sheet without "
        "partial styles finds none",
        f"{_FS}__scan_part",
        "8",
    ),
    **_same(
        "tail window[+512:] or [-513:]: a longer overlap finds the same things again",
        f"{_FS}__scan_part",
        "96 97",
    ),
    **_same(
        "a missing target or sheet id read as 'XXXX' (part 'xl/XXXX') rather than '' "
        "(part 'xl/'): neither is a part",
        f"{_FS}__sheet_parts",
        "27 43",
    ),
    **_same(
        "lstrip('XX/XX'): also strips capital X, which no part name starts with (parts are "
        "'/xl/...')",
        f"{_FS}__sheet_parts",
        "49",
    ),
    **_same(
        "default of sheet.get('name') inside `if sheet.get('name') is not None`: never used",
        f"{_FS}__sheet_parts",
        "54 56 59",
    ),
    **_same(
        "max(compress_size, 2): differs only for parts of 0 or 1 compressed bytes, and only "
        "parts over 10 MB are checked (deflate cannot shrink those below 10 KB)",
        f"{_FS}_scan_workbook",
        "85",
    ),
    **_same(
        "default part of an unknown sheet None or 'XXXX' rather than '': no part has any "
        "of those names",
        f"{_FS}ǁZipScanǁformulas_in",
        "6 8 9",
    ),
    **_same(
        "default part of an unknown sheet None or 'XXXX' rather than '': no part has any "
        "of those names",
        f"{_FS}ǁZipScanǁpartials_in",
        "6 8 9",
    ),
    # chronology/dates.py
    **_same(
        "rstrip('XX.XX') after lower(): also strips capital X, which a lower-cased word has not",
        "chronology.dates.x__check_weekday",
        "6",
    ),
    **_same(
        "rstrip('XX.XX') after lower(): also strips capital X, which a lower-cased word has not",
        "chronology.dates.x__month",
        "5",
    ),
    **_same(
        "microseconds / 1000001 rather than / 1e6: rounds to a different second only for "
        "microsecond counts strictly between 500000 and 500000.5 (none are whole)",
        "chronology.dates.x_from_excel_serial",
        "24",
    ),
    **_same(
        "no-break spaces left in: str.split() splits on them anyway",
        "chronology.dates.x_parse_date",
        "65",
    ),
    **_same(
        "three digits not padded here: _parse_time_text pads a 3- or 4-digit number itself",
        "chronology.dates.x_parse_time",
        "41 47",
    ),
    # reviews/workingdays.py
    **_same(
        "'UTF-8' or no encoding for the packaged closures file: it is ASCII, read the same by "
        "any codec; codec names ignore case",
        "reviews.workingdays.x_load_closures",
        "3 11 21",
    ),
    **_same(
        "the kept year never looked up (days = None): each look-up loads the year again, the "
        "same days, only slower (a timeout in some runs)",
        "reviews.workingdays.xǁWorkingCalendarǁ_year",
        "1",
    ),
    # chronology/classify.py
    **_same(
        "tier phrases sorted otherwise (no key, not reversed): a regular expression tries every "
        "alternative at each position, so whether `search` finds a phrase does not depend on "
        "their order (tier_of only asks whether one is found)",
        f"{_CL}__phrases",
        "4 5 7 8 12",
    ),
    **_same(
        "tier phrases upper-cased: they are matched with IGNORECASE (and the phrases are ASCII)",
        f"{_CL}__phrases",
        "11",
    ),
    **_same(
        "rapidfuzz's default scorer (WRatio) instead of ratio: for two single words whose "
        "lengths differ by at most fuzzy_max_length_difference (2), both at least "
        "fuzzy_min_length (5) long, WRatio is the plain ratio",
        f"{_CL}ǁRulesǁ_correct",
        "30",
    ),
    **_same(
        "len(word) < 3 rather than <= 3: no suffix rule applies to a word of three letters "
        "(each needs four or more)",
        f"{_CL}_stem",
        "3",
    ),
    **_same(
        "word[-2] for word[-1] in the doubled-letter rule: the two letters are equal there",
        f"{_CL}_stem",
        "72",
    ),
    **_same(
        "'XXlszXX' for 'lsz': every caller passes lower-case words, which hold no capital X",
        f"{_CL}_stem",
        "74",
    ),
    **_same(
        "the per-word cache never hit, or filled with None (a miss), or cleared at another "
        "size: the word is read again with the same rules, the same result, only slower",
        f"{_CL}ǁRulesǁread_word",
        "1 2 23 24 25",
    ),
    **_same(
        "position None rather than 0: text[None:i] and spans[None:i] are the same slices",
        f"{_CL}__rewrite",
        "14",
    ),
    **_same(
        "`not pieces and spans is None`: a rewrite that matched nothing after an earlier one "
        "changed the text rebuilds the same text and spans",
        f"{_CL}__rewrite",
        "42",
    ),
    **_same(
        "clause and sentence numbers only ever compared for equality: starting at 1, counting "
        "down or by two keeps them distinct in the same places",
        f"{_CL}__read",
        "8 17 18 21 22",
    ),
    **_same(
        "`or` for `and` in the punctuation test: a token of _TOKEN is either all letters and "
        "digits (both tests false) or starts with punctuation or a space (both true)",
        f"{_CL}__read",
        "12",
    ),
    **_same(
        "one-word matches counted as 'longer': only the early return for no longer match "
        "changes; containment still needs a strictly longer match",
        f"{_CL}__drop_contained",
        "3",
    ),
    **_same(
        "the rank of a label in no tier one higher still (+2 for +1): it stays after every tier",
        f"{_CL}_find_rules",
        "125",
    ),
    **_same(
        "labels of a tier ordered by where their phrase ends instead of where it starts: of "
        "two phrases of different labels neither lies inside the other (such a match gives "
        "way first), so the one that starts first also ends first",
        f"{_CL}_find_rules",
        "146",
    ),
    **_same(
        "`agency or agency_roots`: with no agency the name is '', which contains no key",
        f"{_CL}_find_rules",
        "25",
    ),
    **_same(
        "negation looked up with no cues at all: it finds none",
        f"{_CL}_find_rules",
        "68",
    ),
    **_same(
        "rules_decide_alone defaulting to None rather than 0: `not None` is True, as `not 0`",
        f"{_CL}_choose",
        "31 33",
    ),
    **_same(
        "top_words given no text, or no vector: with the vector given the text is not read; "
        "without it the same words are weighed the same (the rules' evidence sits outside the "
        "normalisation and is never a telling word)",
        f"{_CL}_combine",
        "47 49 52",
    ),
    **_same(
        "agency or event type defaulting to 'XXXX': no agency key of the rules is inside "
        "'xxxx' and no pattern or tier phrase matches the word 'XXXX' in its own sentence",
        f"{_CL}_classify_rules",
        "1 2",
    ),
    **_same(
        "agency defaulting to 'XXXX': no agency key of the rules is inside 'xxxx'",
        f"{_CL}_classify",
        "1",
    ),
    **_same(
        "the tier of not_key_event left to the default, or asked with no text: it is "
        "'background' either way (tier_of answers before reading the text)",
        f"{_CL}_classify_rules",
        "27 30",
    ),
    **_same(
        "rules=None passed on: at that point `rules` is load_rules(), which None also means",
        f"{_CL}_classify",
        "30 34",
    ),
    **_same(
        "delimiter guessed from 50,001 characters rather than 50,000: one more character of "
        "a sample that already holds hundreds of rows",
        f"{_CL}_classify_csv",
        "11",
    ),
    **_same(
        "newline=None or left out when writing: on POSIX nothing is translated, and csv "
        "writes its own \\r\\n",
        f"{_CL}_classify_csv",
        "93 96",
    ),
    **_same("'UTF-8-SIG': codec names ignore case", f"{_CL}_classify_csv", "100"),
    **_same(
        "agency 'XXXX' for a file with no agency column: no agency key is inside 'xxxx'",
        f"{_CL}_classify_csv",
        "125",
    ),
    # genogram/generations.py
    **_same(
        "the child -> parent edges added in another order (no key, or sorted by child id): rows "
        "are longest paths with roots moved down next to their children, so they depend on "
        "which edges there are, not on the order they were added",
        "genogram.generations.x_assign_generations",
        "10 12",
    ),
    **_same(
        "contracted_nodes(copy=None): None is false, the same as copy=False (contracted in place)",
        "genogram.generations.x_assign_generations",
        "43",
    ),
    **_same(
        "contracted_nodes(self_loops None, True or left out): a pair is merged only when no path "
        "joins its groups, so no edge runs between them to become a loop",
        "genogram.generations.x_assign_generations",
        "42 47 49",
    ),
    **_same(
        "min(rows) with another default, or none: the default is used only for a family of "
        "no people, which has no rows to shift",
        "genogram.generations.x_assign_generations",
        "66 68 69",
    ),
    **_same(
        "the compaction loop stopped after its first pass (changed set to None or False): "
        "only people without parents move, and the rows they move towards are their "
        "children's, which have parents and never move, so one pass already moves them all",
        "genogram.generations.x__layer",
        "18 31 32",
    ),
    **_same(
        "progress = None rather than False at the start of a pass: both are false",
        "genogram.generations.x__place_loose",
        "3",
    ),
    **_same(
        "is_adult(pid, None): an age at None is the age at the reference date, as asked",
        "genogram.generations.x__place_loose",
        "32",
    ),
    **_same(
        "the partner fallback in _linked_row never places anyone: partners of a two-person "
        "union are merged into one group (or kept apart only when descent links them, and then "
        "neither is loose), and a group is placed all at once, so a loose person's partner is "
        "never already placed",
        "genogram.generations.x__linked_row",
        "24 26",
    ),
    # anonymise/people.py
    **_same(
        "`score > top - 0.01` for `>=`: scores are sums of weights 3, 2, 1 and 0.8 times "
        "them, never exactly 0.01 apart",
        f"{_PE}_same_name",
        "11",
    ),
    **_same(
        "four words read before a shared name rather than three: only the last three are used",
        f"{_PE}_same_name",
        "29",
    ),
    **_same(
        "the kin-word loop stopped at the first miss: each longer phrase holds the same last "
        "word(s), so once they are not all kin words no longer phrase is",
        f"{_PE}_same_name",
        "39",
    ),
    **_same(
        "the title's sex defaulting to None, 'XXUXX' or 'u' rather than 'U': only 'M' and 'F' "
        "decide",
        f"{_PE}_same_name",
        "59 61 64 65",
    ),
    **_same(
        "'AGED' and 'BABY' in a pattern matched with IGNORECASE",
        f"{_PE}_same_name",
        "87",
    ),
    **_same(
        "a token stripped of '.' otherwise (None, lstrip, 'XX.XX'): tokens hold letters and "
        "apostrophes only, never a stop",
        f"{_PE}_span",
        "7 8 9 59 60 61",
    ),
    **_same(
        "end = None at the start: a span is returned only when a name was read, which sets end",
        f"{_PE}_span",
        "33",
    ),
    **_same(
        "three characters after an initial rather than two: only the first is read",
        f"{_PE}_span",
        "69",
    ),
    **_same(
        "the start moved past the initials, then set back to the first token on the next line: "
        "the first assignment is dead",
        f"{_PE}_span",
        "180 181 182 183 184 185 186 187",
    ),
    **_same(
        "'fuzzy' True with no candidates: the caller reads it only when there are candidates",
        f"{_PE}_lookup",
        "4 13 19 40",
    ),
    **_same(
        "ordinary.get(word, None / True / no default): every token of the index has its "
        "`ordinary` entry, set together with it",
        f"{_PE}_lookup",
        "9 11 12",
    ),
    **_same(
        "the length check's `continue` made `break`: never reached, an edit distance is never "
        "less than the difference in length, and every match is within the limit",
        f"{_PE}_fuzzy",
        "36",
    ),
    **_same("'THE' in a pattern matched with IGNORECASE", f"{_PE}_apposition", "32"),
    **_same(
        "four words read before a name rather than three: only the last three are used",
        f"{_PE}_apposition",
        "68",
    ),
    **_same(
        "family members first among equal scores (or never): the next key, -rank, already "
        "puts them first, as a family member's rank is 10 plus its place in the workbook "
        "(under 100 for any family of fewer than 90) and everyone else's is 100",
        f"{_PE}_choose",
        "28 29 30 31 32 33 34 35 36 37 38",
    ),
    **_same(
        "the count of names read made 1 or raised by 2: it is only compared with 0",
        f"{_PE}_span",
        "120 122 163 165",
    ),
    **_same(
        "best weight of an entry starting from 1.0 rather than 0.0: every weight is at least "
        "1.6 (2 x 0.8)",
        f"{_PE}_span",
        "145",
    ),
    **_same(
        "register.get(None) for the found key: the entry made then is refused by _add, which "
        "looks the key up itself and returns the existing entry unchanged",
        f"{_PE}_found_person",
        "15",
    ),
    **_same(
        "a one-letter word of a name column kept as a name: it has no name tokens, so "
        "_found_person adds nothing",
        f"{_PE}_learn_people",
        "171",
    ),
    # dashboard/access.py
    **_same(
        "<= rather than < against the clock: differs only when the two readings are exactly "
        "a minute (a view) or the session lifetime (a login) apart, to the microsecond",
        "dashboard.access.x_audit_view",
        "12",
    ),
    **_same(
        "<= rather than < against the clock: differs only when the two readings are exactly "
        "a minute (a view) or the session lifetime (a login) apart, to the microsecond",
        "dashboard.access.xǁLiveSessionsǁforget_expired",
        "6",
    ),
    **_same(
        "<= rather than < against the clock: differs only when the two readings are exactly "
        "a minute (a view) or the session lifetime (a login) apart, to the microsecond",
        "dashboard.access.xǁLiveSessionsǁ_live",
        "12",
    ),
    **_same(
        "popitem(last=None): None is false, the same as last=False (the oldest goes)",
        "dashboard.access.x_audit_view",
        "17",
    ),
    **_same(
        "token_bytes(None): the default is 32 bytes, the same as asked",
        "dashboard.access.x_new_secret",
        "1",
    ),
    # anonymise/numbers_dates.py
    **_same(
        "identifiers keyed in lower case: the key is only compared with an NHS number's ten "
        "digits, which have no case",
        f"{_ND}_numbers",
        "2",
    ),
    **_same(
        "`if age or True`: age_at never returns '' (every branch gives an age, 'under 1y' or "
        "'unborn'), so the year-only fallback is never reached",
        f"{_ND}_age_phrase",
        "15",
    ),
    # anonymise/practitioners.py
    **_same(
        "a token stripped otherwise (rstrip(None), lstrip, 'XX.XX'): TOKEN gives letters and "
        "apostrophes only, and no word is a title with a capital X",
        f"{_PR}_name_tokens",
        "6 7 8",
    ),
    **_same(
        "the same stripping change in the column's title filter: tokens hold no stops or spaces",
        f"{_PR}_learn_practitioner_field",
        "60 61",
    ),
    **_same(
        "no role as '' rather than None: both are false",
        f"{_PR}_learn_practitioner_field",
        "6",
    ),
    **_same(
        "t[:2].islower(): a named part has a capitalised token, so the check is false either way",
        f"{_PR}_learn_practitioner_field",
        "93",
    ),
    **_same(
        "the fallback when the name's search fails: it never fails, the word searched for was "
        "taken from the same text",
        f"{_PR}_learn_practitioner_field",
        "113 114",
    ),
    # anonymise/name_index.py
    **_same("_learning None rather than False: only read as true or false", f"{_NI}__init__", "32"),
    **_same(
        "a kept phrase's part with no original: redact drops parts of kind 'keep', and no pass "
        "reads the original of a span holding one",
        f"{_NI}_keep_phrases",
        "9",
    ),
    **_same(
        "kept phrases tried shortest first: no shipped phrase starts another (each phrase, its "
        "plurals and two in a row match the same either way)",
        f"{_NI}_keep_pattern",
        "34",
    ),
    **_same(
        "a pattern compiled for no phrases: the shipped list of 53 is never emptied",
        f"{_NI}_keep_pattern",
        "37",
    ),
    **_same(
        "the phrase regex compiled again whatever the text: the skipped compile only saves "
        "time, the matches are the same",
        f"{_NI}_known_phrases",
        "3 5",
    ),
    **_same(
        "the phrase regex compiled again whatever the text: the skipped compile only saves "
        "time, the matches are the same",
        f"{_NI}_phrases",
        "39 41 43 44 52",
    ),
    **_same(
        "the word checked for is the phrase's alphabetically last rather than its longest: any "
        "word of a phrase is in every text it matches",
        f"{_NI}_phrases",
        "47 49",
    ),
    **_same(
        "entries_dirty None (false) or left True (names read again): every register change goes "
        "through _add or a name gained, both call _touch",
        f"{_NI}_phrases",
        "34 35",
    ),
    **_same(
        "after a compile, pending None or phrases_dirty None/True: pending is read only after "
        "_touch reset it, and a call left dirty finds nothing new",
        f"{_NI}_phrases",
        "90 91 92",
    ),
    **_same(
        "alternatives in reverse alphabetical order: two folded names matching at one place are "
        "one the start of the other, and reverse order puts the longer first too",
        f"{_NI}_phrases",
        "61 64",
    ),
    **_same(
        "'XXXX' as the default full name gives one initial, which is never indexed",
        f"{_NI}_index_entry",
        "97",
    ),
    **_same("initials lower-cased: is_term and fold ignore case", f"{_NI}_index_entry", "99"),
    # anonymise/places.py
    **_same(
        "'XXsXX' or \"XX'XX\" stripped from a lower-cased name, which holds no capital X",
        f"{_PL}_finish_places",
        "7 9",
    ),
    **_same(
        "a default text for a place: every place is a town or an organisation's name, both "
        "recorded",
        f"{_PL}_finish_places",
        "50 51 52",
    ),
    **_same(
        "names filtered when there is only one: `or entry.names` puts it back",
        f"{_PL}_finish_places",
        "75",
    ),
}
STATUS = {1: "killed", 3: "killed", 0: "survived", 5: "no tests", 33: "no tests", 34: "skipped"}
STATUS.update({36: "timeout", -24: "timeout", 24: "timeout", 152: "timeout", 255: "timeout"})


def working_copy(into: Path) -> None:
    """The files git tracks, as they are in the working tree, plus new test files."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.split(b"\0")
    for raw in listed:
        if not raw:
            continue
        source = ROOT / raw.decode()
        if source.is_file():
            target = into / raw.decode()
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)


def committed_copy(into: Path, tests: list[str]) -> None:
    """The last commit (HEAD), so that others' unfinished edits in the working tree cannot
    break or change the run, plus any of `tests` not committed yet (tests being written)."""
    archive = subprocess.run(
        ["git", "archive", "--format=tar", "HEAD"], cwd=ROOT, capture_output=True, check=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    for test in tests:
        if not (into / test).exists() and (ROOT / test).is_file():
            shutil.copy2(ROOT / test, into / test)


def score_copy(name: str, folder: Path, seconds: int | None = None) -> dict[str, object]:
    """The score of a module from mutmut's own records in a copy (a finished run, or one
    resumed there with `mutmut run` after it was stopped)."""
    path, tests = CORE[name]
    meta = folder / "mutants" / f"{path}.meta"
    codes = json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"]
    status = {key: STATUS.get(code, "suspicious") for key, code in codes.items()}
    counts = collections.Counter(status.values())
    total = len(status)
    caught = counts["killed"] + counts["timeout"]
    survivors = sorted(k for k, s in status.items() if s != "killed" and s != "timeout")
    by_function = collections.Counter(k.split("__mutmut_")[0].split(".")[-1] for k in survivors)
    return {
        "file": path,
        "tests": tests,
        "mutants": total,
        "killed": counts["killed"],
        "timeout": counts["timeout"],
        "survived": counts["survived"],
        "other": total - caught - counts["survived"],
        "score": round(caught / total, 3) if total else None,
        "equivalent": {k: EQUIVALENT[k] for k in survivors if k in EQUIVALENT},
        "score_without_equivalent": (
            round(caught / (total - sum(k in EQUIVALENT for k in survivors)), 3) if total else None
        ),
        # Survivors not accepted as equivalent: the tests still to write.
        "open_survivors": [k for k in survivors if k not in EQUIVALENT],
        "seconds": seconds,
        "survivors_by_function": dict(by_function.most_common()),
        "survivors": survivors,
        "copy": str(folder),
    }


def prepare_copy(name: str, worktree: bool) -> Path:
    """A copy of the project set up for mutmut to mutate one module with its tests."""
    path, tests = CORE[name]
    folder = Path(tempfile.mkdtemp(prefix=f"cspr-mutation-{name}-"))
    if worktree:
        working_copy(folder)
    else:
        committed_copy(folder, tests)
    package = path.split("/")[0] + "/"
    selection = "\n    ".join(tests)
    # The other packages too, so that the tests import this copy and not the repository
    # (which others may be editing) or nothing at all (sample_data is not installed).
    others = sorted(
        f"{d.name}/"
        for d in folder.iterdir()
        if d.is_dir() and f"{d.name}/" not in (package, "tests/") and any(d.glob("*.py"))
    )
    copied = "\n    ".join(others)
    (folder / "setup.cfg").write_text(
        "[mutmut]\n"
        f"source_paths={package}\n"
        f"also_copy={copied}\n"
        f"only_mutate={path}\n"
        f"pytest_add_cli_args_test_selection={selection}\n"
        "pytest_add_cli_args=-p no:cacheprovider -q -x\n"
        # CPU seconds allowed: 4 x the tests' own time + 20 (mutmut's default, 30 x + 30,
        # spends most of a run waiting on mutants that loop for ever).
        "timeout_multiplier=2.0\n"
        "timeout_constant=5.0\n",
        encoding="utf-8",
    )
    return folder


def run_module(name: str, keep: bool, children: int, worktree: bool) -> dict[str, object]:
    path, _tests = CORE[name]
    folder = prepare_copy(name, worktree)
    try:
        started = time.monotonic()
        done = subprocess.run(
            [str(MUTMUT), "run", "--max-children", str(children)],
            cwd=folder,
            capture_output=True,
            text=True,
            check=False,
        )
        seconds = round(time.monotonic() - started)
        if not (folder / "mutants" / f"{path}.meta").exists():
            tail = (done.stdout + done.stderr)[-2000:]
            raise SystemExit(f"mutmut wrote no results for {path}:\n{tail}")
        found = score_copy(name, folder, seconds)
        found["copy"] = str(folder) if keep else None
        found["source_sha256"] = hashlib.sha256((folder / path).read_bytes()).hexdigest()
        return found
    finally:
        if not keep:
            shutil.rmtree(folder, ignore_errors=True)


def run_survivors(name: str, children: int, found: dict[str, object]) -> dict[str, object]:
    """Run only a recorded run's survivors again (tests added since), keeping its other
    outcomes: valid while the module's file is unchanged, which is checked."""
    path, _tests = CORE[name]
    digest = hashlib.sha256((ROOT / path).read_bytes()).hexdigest()
    if found.get("source_sha256") not in (None, digest):
        raise SystemExit(f"{path} changed since its last full run: run it whole")
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    folder = prepare_copy(name, worktree=False)
    try:
        survivors = list(found["survivors"])  # type: ignore[call-overload]
        started = time.monotonic()
        subprocess.run(
            [str(MUTMUT), "run", "--max-children", str(children), *survivors],
            cwd=folder,
            capture_output=True,
            text=True,
            check=False,
        )
        codes = json.loads((folder / "mutants" / f"{path}.meta").read_text(encoding="utf-8"))
        status = {k: STATUS.get(codes["exit_code_by_key"].get(k), "suspicious") for k in survivors}
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    killed = sum(v == "killed" for v in status.values())
    timeout = sum(v == "timeout" for v in status.values())
    still = sorted(k for k, v in status.items() if v not in ("killed", "timeout"))
    total = int(found["mutants"])  # type: ignore[call-overload]
    found["killed"] = int(found["killed"]) + killed  # type: ignore[call-overload]
    found["timeout"] = int(found["timeout"]) + timeout  # type: ignore[call-overload]
    found["survived"] = sum(status[k] == "survived" for k in still)
    found["other"] = len(still) - int(found["survived"])  # type: ignore[call-overload]
    caught = int(found["killed"]) + int(found["timeout"])  # type: ignore[call-overload]
    found["score"] = round(caught / total, 3)
    found["survivors"] = still
    found["survivors_by_function"] = dict(
        collections.Counter(k.split("__mutmut_")[0].split(".")[-1] for k in still).most_common()
    )
    found["survivors_rerun"] = {
        "commit": commit,  # the commit copied, before the run
        "ran": len(survivors),
        "killed_now": killed + timeout,
        "seconds": round(time.monotonic() - started),
    }
    found["source_sha256"] = digest
    return rescore(found)


def rescore(found: dict[str, object]) -> dict[str, object]:
    """Recount a recorded module against today's EQUIVALENT list (no mutants are run)."""
    survivors = list(found["survivors"])  # type: ignore[call-overload]
    total = int(found["mutants"])  # type: ignore[call-overload]
    caught = int(found["killed"]) + int(found["timeout"])  # type: ignore[call-overload]
    accepted = [k for k in survivors if k in EQUIVALENT]
    found["equivalent"] = {k: EQUIVALENT[k] for k in accepted}
    found["score_without_equivalent"] = (
        round(caught / (total - len(accepted)), 3) if total else None
    )
    found["open_survivors"] = [k for k in survivors if k not in EQUIVALENT]
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("modules", nargs="*", help=f"default: all of {', '.join(CORE)}")
    parser.add_argument("--keep", action="store_true", help="keep each copy (mutmut show)")
    parser.add_argument(
        "--worktree",
        action="store_true",
        help="mutate the working tree as it is (default: the last commit plus new test files)",
    )
    parser.add_argument(
        "--rescore",
        action="store_true",
        help="run nothing: recount the recorded modules against the EQUIVALENT list",
    )
    parser.add_argument(
        "--children", type=int, default=2, help="mutants run at once (default 2; a shared machine)"
    )
    parser.add_argument(
        "--copy",
        type=Path,
        help="run nothing: score one module from a kept copy where a stopped run was resumed "
        "(cd COPY && nice mutmut run --max-children 1)",
    )
    parser.add_argument(
        "--survivors",
        action="store_true",
        help="run only the recorded survivors again (tests were added; the module's file must "
        "be unchanged since its full run)",
    )
    parser.add_argument(
        "--prepare",
        action="store_true",
        help="run nothing: set up a copy per module and print its path; there, "
        "`mutmut run NAME...` runs some mutants and `mutmut show NAME` shows one",
    )
    args = parser.parse_args(argv)
    unknown = [m for m in args.modules if m not in CORE]
    if unknown:
        parser.error(f"unknown module(s) {', '.join(unknown)}; choose from {', '.join(CORE)}")
    if not MUTMUT.exists():
        raise SystemExit("mutmut is not installed: .venv/bin/pip install -e '.[test]'")
    results = json.loads(RESULTS.read_text(encoding="utf-8")) if RESULTS.exists() else {}
    results.setdefault("modules", {})
    if args.prepare:
        for name in args.modules:
            print(f"{name}: {prepare_copy(name, args.worktree)}")
        return 0
    if args.copy is not None:
        if len(args.modules) != 1:
            parser.error("--copy scores one module: name it")
        meta = args.copy / "mutants" / f"{CORE[args.modules[0]][0]}.meta"
        codes = json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"]
        if any(code is None for code in codes.values()):
            raise SystemExit(f"{meta}: some mutants have not been run yet")
        results["modules"][args.modules[0]] = score_copy(args.modules[0], args.copy)
        RESULTS.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
        return 0
    if args.survivors:
        for name in args.modules:
            found = run_survivors(name, args.children, results["modules"][name])
            results["modules"][name] = found
            RESULTS.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
            print(f"{name}: score {found['score']} ({found['survivors_rerun']})", flush=True)
        return 0
    if args.rescore:
        for name in args.modules or list(results["modules"]):
            if name in results["modules"]:
                rescore(results["modules"][name])
        RESULTS.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
        return 0
    for name in args.modules or list(CORE):
        print(f"{name}: mutating {CORE[name][0]} ...", flush=True)
        found = run_module(name, args.keep, args.children, args.worktree)
        # Read the file again: a run of another module may have written it meanwhile.
        results = json.loads(RESULTS.read_text(encoding="utf-8")) if RESULTS.exists() else {}
        results.setdefault("modules", {})[name] = found
        print(
            f"{name}: {found['killed']} killed, {found['timeout']} timed out, "
            f"{found['survived']} survived, {found['other']} other of {found['mutants']}: "
            f"score {found['score']} ({found['seconds']} s)",
            flush=True,
        )
        results["tool"] = f"mutmut {importlib.metadata.version('mutmut')}"
        results["score_is"] = "(killed + timeout) / mutants, per module"
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
