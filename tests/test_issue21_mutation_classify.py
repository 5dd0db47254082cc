"""Issue 21: direct tests for the survivors of the mutation run over chronology/classify.py
(bench/mutation.py classify).

Most survivors sat where the packaged rules are compiled, or words read, once per process
(`load_rules` and `load_tiers` are cached, and so is every word a Rules object has read): the
suite's tests ran against rules compiled before the mutant was switched on. The tests below
therefore compile small rules files of their own (a partnership's own file, as
`load_rules(path)` allows), and a fresh copy of the packaged tiers file, and state what each
rule promises on short texts. Expected labels are worked out by hand from those files, the
packaged files (chronology/rules/key_events.toml, key_event_tiers.toml) and the module's
documented reading steps.
"""

from __future__ import annotations

import csv
from importlib import resources
from pathlib import Path

import numpy as np
import pytest

from chronology.classify import (
    LABELS,
    NOT_KEY_EVENT,
    Classification,
    RuleFindings,
    Rules,
    choose,
    classify,
    classify_csv,
    classify_rules,
    combine,
    find_rules,
    load_rules,
    load_tiers,
    model_text,
    rule_features,
    stem,
    tier_of,
)
from chronology.filesafety import IngestError
from chronology.keyevent_model import Model, model_from_json

# ------------------------------------------------------------------ the stemmer


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        # three letters or fewer, words with digits: as written
        ("was", "was"),
        ("s47s", "s47s"),
        # -ies/-ied -> y, only on words longer than four letters
        ("babies", "baby"),
        ("cried", "cry"),
        ("dies", "die"),  # four letters: only the plural s goes
        ("tied", "tied"),  # four letters: neither -ied nor -ed applies
        # -ing on words of six letters or more
        ("caring", "car"),  # then the final e of "care" would go, as in "care" below
        ("being", "being"),  # five letters: kept
        ("hopping", "hop"),  # and the doubled consonant is undone
        # -ed on words of five letters or more, not -eed
        ("hoped", "hop"),
        ("bled", "bled"),
        ("agreed", "agreed"),
        ("grabbed", "grab"),
        # plural s, not -ss, -us, -is, on words of four letters or more
        ("dogs", "dog"),
        ("boss", "boss"),
        ("virus", "virus"),
        ("this", "this"),
        # a doubled final consonant undone on four letters or more, except l, s, z
        ("adds", "add"),
        ("hall", "hall"),
        ("buzz", "buzz"),
        ("press", "press"),
        # a final e dropped on four letters or more
        ("make", "mak"),
        ("ages", "age"),
        ("moves", "mov"),
    ],
)
def test_the_stemmer_strips_each_suffix_at_its_bounds(word: str, expected: str) -> None:
    assert stem(word) == expected


def test_words_to_keep_are_not_stemmed_and_tenses_share_a_stem() -> None:
    assert stem("meeting") == "meet"
    assert stem("meeting", frozenset({"meeting"})) == "meeting"
    assert stem("missing", frozenset({"meeting", "missing"})) == "missing"
    assert {stem(w) for w in ("arrested", "arrests", "arresting", "arrest")} == {"arrest"}
    assert {stem(w) for w in ("bruised", "bruises", "bruise")} == {"bruis"}


# ------------------------------------------------------------------ a partnership's own rules


def _own_rules(folder: Path, text: str, name: str = "rules.toml") -> Rules:
    """A partnership's rules file, compiled afresh (a new path is never in the cache)."""
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return load_rules(str(path))


def _labels(text: str, rules: Rules, agency: str = "") -> tuple[str, ...]:
    return classify_rules(text, agency=agency, rules=rules).categories


APOSTROPHES = """
[primary]
tiers = [["referral_contact"]]

[abbreviations]
csc = "children’s social care"
cyp = "children's services"

[labels.referral_contact]
patterns = ["referred to children's social care", "told children’s services", "csc referral"]
"""


def test_apostrophes_are_dropped_alike_in_patterns_and_abbreviations(tmp_path: Path) -> None:
    """The expansion of CSC (curly apostrophe) must read like the pattern (straight one), and
    the other way round for CYP; an abbreviation inside a pattern is expanded too."""
    rules = _own_rules(tmp_path, APOSTROPHES)
    result = classify_rules("Referred to CSC", rules=rules)
    assert result.categories == ("referral_contact",)
    assert result.reason == '"Referred to CSC" → referral_contact'
    assert classify_rules("Mother told CYP", rules=rules).reason == (
        '"told CYP" → referral_contact'
    )
    assert classify_rules("CSC referral made", rules=rules).reason == (
        '"CSC referral" → referral_contact'
    )
    assert _labels("Referred to the school nurse", rules) == (NOT_KEY_EVENT,)


STEPS = """
[settings]
gap_words = 2

[primary]
tiers = [[
  "police_incident", "house_move", "missing_episode", "meeting_or_cp_conference",
  "hospital_attendance",
]]

[stemming]
keep = ["missing"]

[abbreviations]
mfh = "missing from home"

[labels.police_incident]
patterns = ["phoned|rang ... police"]

[labels.house_move]
patterns = ["... refuge", "fled to ..."]

[labels.missing_episode]
patterns = ["missing"]

[labels.meeting_or_cp_conference]
patterns = ["follow-up|review meeting"]

[labels.hospital_attendance]
patterns = ["taken ... hospital"]
"""


def test_gaps_alternatives_hyphens_and_kept_words_in_patterns(tmp_path: Path) -> None:
    rules = _own_rules(tmp_path, STEPS)
    # `a|b` is one word, either of them; `...` lets up to gap_words (2) words stand between.
    assert _labels("Mother rang the police", rules) == ("police_incident",)
    assert _labels("Mother phoned the police", rules) == ("police_incident",)
    assert _labels("Mother rang the local police", rules) == ("police_incident",)
    assert _labels("Mother rang the local community police", rules) == (NOT_KEY_EVENT,)
    # A gap at either end of a pattern is dropped: "... refuge" is "refuge".
    assert classify_rules("Went to a refuge", rules=rules).reason == '"refuge" → house_move'
    assert classify_rules("Mother fled to her sister", rules=rules).reason == (
        '"fled to" → house_move'
    )
    # A word the rules keep whole is kept whole in the pattern too ("missing", not "miss").
    assert _labels("Child missing overnight", rules) == ("missing_episode",)
    assert _labels("Child MFH overnight", rules) == ("missing_episode",)  # in an expansion too
    # A hyphen separates words: "follow-up|review meeting" is follow, up|review, meeting.
    assert classify_rules("Follow-up meeting held", rules=rules).reason == (
        '"Follow-up meeting" → meeting_or_cp_conference'
    )
    assert _labels("Follow review meeting held", rules) == ("meeting_or_cp_conference",)
    assert _labels("Review meeting held", rules) == (NOT_KEY_EVENT,)
    # The gap belongs to the middle of "taken ... hospital": "taken" alone is nothing.
    assert _labels("Child taken to hospital", rules) == ("hospital_attendance",)
    assert _labels("Child taken to school", rules) == (NOT_KEY_EVENT,)


def test_an_alternative_of_several_words_is_refused_with_the_pattern(tmp_path: Path) -> None:
    text = """
[primary]
tiers = [["meeting_or_cp_conference"]]

[abbreviations]
cp = "child protection"

[labels.meeting_or_cp_conference]
patterns = ["cp|safeguarding meeting"]
"""
    with pytest.raises(ValueError) as error:
        _own_rules(tmp_path, text)
    message = str(error.value)
    assert "'cp|safeguarding meeting'" in message
    assert message.endswith(
        "each of 'cp|safeguarding' must be one word "
        "(write the longer alternatives as separate patterns)"
    )


# ------------------------------------------------------------------ negation


NEGATION = """
[settings]
negation_window = 4
negation_after_window = 2

[primary]
tiers = [["injury_or_neglect"]]

[negation]
before = ["no", "denied"]
after = ["denied", "not seen"]
scope_breaks = ["but"]

[labels.injury_or_neglect]
patterns = ["bruising"]
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cue before, at most negation_window (4) words before the phrase
        ("No bruising", NOT_KEY_EVENT),
        ("No marks or swelling or bruising", "injury_or_neglect"),  # five words before
        ("No marks or any bruising", NOT_KEY_EVENT),  # four
        # a scope break between the cue and the phrase ends the cue's scope, even right
        # after the cue; one before the cue does not matter
        ("Injury denied but bruising seen", "injury_or_neglect"),
        ("Seen but no bruising", NOT_KEY_EVENT),
        # a cue after, at most negation_after_window (2) words after the phrase's last word
        ("Bruising denied", NOT_KEY_EVENT),
        ("Child bruising denied", NOT_KEY_EVENT),
        ("Bruising today not seen", NOT_KEY_EVENT),  # counted to the cue's first word
        ("Bruising on the arm denied", "injury_or_neglect"),  # four words after
    ],
)
def test_negation_windows_and_scope(tmp_path: Path, text: str, expected: str) -> None:
    rules = _own_rules(tmp_path, NEGATION)
    assert classify_rules(text, rules=rules).category == expected


def test_a_word_that_is_a_cue_and_a_phrase_does_not_negate_itself(tmp_path: Path) -> None:
    rules = _own_rules(
        tmp_path,
        """
[primary]
tiers = [["engagement_with_professionals"]]

[negation]
before = ["refused"]
after = ["denied"]

[labels.engagement_with_professionals]
patterns = ["refused", "denied"]
""",
    )
    assert _labels("Mother refused", rules) == ("engagement_with_professionals",)
    assert _labels("Access denied", rules) == ("engagement_with_professionals",)


# ------------------------------------------------------------------ misspellings


FUZZY = """
[settings]
fuzzy_min_length = 5
fuzzy_cutoff = 80
fuzzy_max_length_difference = 2

[primary]
tiers = [["police_incident", "engagement_with_professionals", "suicide_attempt_or_overdose"]]

[fuzzy]
never = ["complaint"]

[labels.police_incident]
patterns = ["arson"]

[labels.engagement_with_professionals]
patterns = ["compliant"]

[labels.suicide_attempt_or_overdose]
patterns = ["overdose"]
"""


def test_a_misspelling_is_read_as_the_pattern_word_within_the_settings(tmp_path: Path) -> None:
    rules = _own_rules(tmp_path, FUZZY)
    # "arsen" has five letters (fuzzy_min_length) and is 80 similar to "arson" (the cutoff).
    result = classify_rules("Suspected arsen at the flat", rules=rules)
    assert result.categories == ("police_incident",)
    assert result.reason == "\"arsen\" (read as 'arson') → police_incident"
    # Four letters are too short to correct, however close.
    assert _labels("Suspected arsn at the flat", rules) == (NOT_KEY_EVENT,)
    # A word listed under fuzzy.never is a real word, never corrected ("complaint" is not
    # "compliant", 89 similar).
    assert _labels("Mother made a complaint", rules) == (NOT_KEY_EVENT,)
    assert _labels("Mother was compliant", rules) == ("engagement_with_professionals",)
    # Only words of letters are corrected: "overd0se" (a digit) is not "overdose".
    assert _labels("Possible overd0se", rules) == (NOT_KEY_EVENT,)
    assert classify_rules("Possible overdoze", rules=rules).reason == (
        "\"overdoze\" (read as 'overdose') → suicide_attempt_or_overdose"
    )
    # A word whose stem is a pattern word's needs no correction ("overdoses", "overdose").
    assert classify_rules("Two overdoses this year", rules=rules).reason == (
        '"overdoses" → suicide_attempt_or_overdose'
    )
    # Up to fuzzy_max_length_difference (2) letters shorter: "complnt" (87.5 similar).
    assert _labels("Mother complnt with the plan", rules) == ("engagement_with_professionals",)
    # Below the cutoff nothing is corrected, however few the candidates ("annual" is 36
    # similar to "arson", the only pattern word starting with a).
    assert _labels("Annual review held", rules) == (NOT_KEY_EVENT,)


# ------------------------------------------------------------------ tiers


@pytest.fixture
def tiers(tmp_path: Path):  # type: ignore[no-untyped-def]
    """The packaged tier rules, compiled afresh from a copy."""
    text = resources.files("chronology").joinpath("rules/key_event_tiers.toml").read_text("utf-8")
    path = tmp_path / "key_event_tiers.toml"
    path.write_text(text, encoding="utf-8")
    return load_tiers(str(path))


@pytest.mark.parametrize(
    ("category", "text", "expected"),
    [
        ("injury_or_neglect", "Bruising seen on the arm", "key"),
        ("injury_or_neglect", "Fractured wrist", "critical"),
        ("birth_death_illness", "Mother DIED in hospital", "critical"),  # any case
        # a phrase of several words, whatever the spaces between its words
        ("hospital_attendance", "Admitted with a bleed on  the\nbrain", "critical"),
        # whole words only: not inside a word, nor a hyphenated one
        ("house_move", "Deadline for the move missed", "key"),
        ("house_move", "Moved after their broken-down car was towed", "key"),
        ("police_incident", "Father has a long history of violence", "background"),
        ("police_incident", "Father Known To police", "background"),
        ("missing_episode", "A history of going missing", "critical"),  # critical stays
        ("support_offered", "Food bank vouchers given", "background"),
        ("support_offered", "Vouchers given after the death of her mother", "background"),
        (NOT_KEY_EVENT, "Child died", "background"),
    ],
)
def test_tiers_from_a_fresh_copy_of_the_tier_rules(
    tiers,  # type: ignore[no-untyped-def]
    category: str,
    text: str,
    expected: str,
) -> None:
    assert tier_of(category, text, tiers) == expected


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        ("Police attended, verbal argument", "key"),
        ("Child missing overnight", "critical"),
        ("Bruising seen, arm fractured", "critical"),
        ("Support offered to mother", "background"),
        ("Letter filed", "background"),
    ],
)
def test_the_rules_alone_give_each_event_its_tier(text: str, tier: str) -> None:
    assert classify_rules(text).tier == tier


# ------------------------------------------------------------------ the CSV


def _write(path: Path, rows: list[list[str]], delimiter: str = ",") -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, delimiter=delimiter).writerows(rows)
    return path


def _read(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def test_csv_with_semicolons_blank_rows_short_rows_and_a_nested_folder(tmp_path: Path) -> None:
    source = _write(
        tmp_path / "in.csv",
        [
            ["X reference", "event_text", "notes"],
            ["1", "Child missing overnight", "a"],
            ["", "", ""],
            ["2", "Letter filed"],
            ["3", "Police attended", "b", "late entry"],
        ],
        delimiter=";",
    )
    target = tmp_path / "a" / "b" / "out.csv"
    assert classify_csv(source, target) == 3
    rows = _read(target)
    # The header as written, an unnamed fourth column named by its place, then the outputs.
    assert rows[0] == [
        "X reference", "event_text", "notes", "column_4",
        "category", "categories", "is_key_event", "category_reason", "tier",
    ]  # fmt: skip
    assert [r[0] for r in rows[1:]] == ["1", "2", "3"]  # the blank row skipped, not the rest
    assert rows[2][:4] == ["2", "Letter filed", "", ""]  # a short row padded with empty cells
    assert rows[3][3] == "late entry"
    assert rows[1][4] == classify("Child missing overnight").category


def test_csv_keeps_line_breaks_inside_a_cell_and_a_second_byte_order_mark(tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    source.write_bytes(
        b"\xef\xbb\xbf\xef\xbb\xbfevent_text,notes\r\n"
        b'"Mother rang, upset","line one\r\nline two"\r\n'
    )
    target = tmp_path / "out.csv"
    assert classify_csv(source, target) == 1
    rows = _read(target)
    assert rows[0][:2] == ["event_text", "notes"]
    assert rows[1][1] == "line one\r\nline two"


def test_csv_with_old_mac_line_endings(tmp_path: Path) -> None:
    """Excel for Mac's 'CSV (Macintosh)' ends lines with a carriage return alone."""
    source = tmp_path / "in.csv"
    source.write_bytes(b"event_text,notes\rChild missing overnight,a\rLetter filed,b\r")
    target = tmp_path / "out.csv"
    assert classify_csv(source, target) == 2
    assert [row[:2] for row in _read(target)[1:]] == [
        ["Child missing overnight", "a"],
        ["Letter filed", "b"],
    ]


def test_csv_reads_the_agency_and_event_type_columns(tmp_path: Path) -> None:
    """Each row is classified as `classify` classifies its text with that row's agency and
    event type (and with neither when the file has no such column)."""
    text = "Attended the address, verbal argument overheard"
    assert classify(text, agency="Police").reason != classify(text).reason
    source = _write(
        tmp_path / "in.csv",
        [["Agency", "Event_Type", "event_text"], ["Police", "", text], ["Health", "ICPC", "Held"]],
    )
    target = tmp_path / "out.csv"
    classify_csv(source, target)
    rows = _read(target)
    police = classify(text, agency="Police")
    assert rows[1][3:] == [
        police.category, ";".join(police.categories), "true", police.reason, police.tier,
    ]  # fmt: skip
    held = classify("Held", agency="Health", event_type="ICPC")
    assert rows[2][3] == held.category == "meeting_or_cp_conference"
    bare = _write(tmp_path / "bare.csv", [["event_text"], [text]])
    classify_csv(bare, tmp_path / "bare_out.csv")
    alone = classify(text)
    assert _read(tmp_path / "bare_out.csv")[1][1:] == [
        alone.category, ";".join(alone.categories), str(alone.is_key_event).lower(),
        alone.reason, alone.tier,
    ]  # fmt: skip


def test_csv_mistakes_are_named(tmp_path: Path) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(ValueError) as error:
        classify_csv(empty, tmp_path / "out.csv")
    assert str(error.value) == "empty.csv: the file is empty; it needs an 'event_text' column"
    wrong = _write(tmp_path / "chronology.csv", [["date", "details"], ["01/02/2020", "x"]])
    with pytest.raises(ValueError) as error:
        classify_csv(wrong, tmp_path / "out.csv")
    assert str(error.value) == ("chronology.csv: no 'event_text' column (columns: date, details)")
    garbled = tmp_path / "garbled.csv"
    garbled.write_bytes(b"event_text\n\x81\x8d\n")  # neither UTF-8 nor Windows-1252
    with pytest.raises(IngestError, match=r"^garbled\.csv: "):
        classify_csv(garbled, tmp_path / "out.csv")


# ------------------------------------------------------------------ the rules and the model


def test_the_model_reads_abbreviations_expanded() -> None:
    """The docstring's own example: the model reads the words the rules read."""
    assert model_text("LAC review chaired by IRO", load_rules()) == (
        "looked after child review chaired by independent reviewing officer"
    )
    assert model_text("Seen by the HV, CIN plan", load_rules()) == (
        "Seen by the health visitor, child in need plan"
    )


def _findings(
    *found: tuple[str, bool], words: int = 5, negated: tuple[str, ...] = ()
) -> RuleFindings:
    return RuleFindings(
        tuple((label, f'"{label}"', weak) for label, weak in found),
        frozenset(negated),
        "" if found else "no key-event phrase",
        words,
    )


def test_the_rules_findings_as_model_features() -> None:
    findings = _findings(
        ("police_incident", False), ("house_move", True), words=15, negated=("injury_or_neglect",)
    )
    assert rule_features(findings) == [
        "r:police_incident", "r:house_move", "rw:house_move", "n:injury_or_neglect",
        "p:police_incident", "s:short",
    ]  # fmt: skip
    # A row of more than 15 words (the default) is not short; a bound of its own may be given.
    assert rule_features(_findings(("police_incident", False), words=16))[-1] == (
        "p:police_incident"
    )
    assert rule_features(_findings(words=3)) == ["p:none", "s:short"]
    assert rule_features(_findings(words=4), short_words=3) == ["p:none"]


def _p(**values: float) -> np.ndarray:
    """Probabilities in LABELS order: the named labels as given, the rest 0."""
    return np.array([values.get(label, 0.0) for label in LABELS])


INJURY_THEN_POLICE = {"injury_or_neglect": 0.6, "police_incident": 0.3}


@pytest.mark.parametrize(
    ("found", "words", "settings", "expected"),
    [
        # a terse row (at most rules_decide_words) where a rule found its event plainly:
        # the rules' primary stands, the model's first choice follows
        ([("police_incident", False)], 5, {"rules_decide_words": 5},
         ("police_incident", "injury_or_neglect")),
        ([("police_incident", False)], 6, {"rules_decide_words": 5},
         ("injury_or_neglect", "police_incident")),
        # a weak find (after a topic word, or only through the agency) never decides
        ([("police_incident", True)], 5, {"rules_decide_words": 5},
         ("injury_or_neglect", "police_incident")),
        # no rules_decide_words: the model always decides
        ([("police_incident", False)], 1, {}, ("injury_or_neglect", "police_incident")),
        # rules_decide_alone: only when the rule found nothing else
        ([("police_incident", False), ("house_move", False)], 5,
         {"rules_decide_words": 5, "rules_decide_alone": 1},
         ("injury_or_neglect", "police_incident")),
        ([("police_incident", False)], 5, {"rules_decide_words": 5, "rules_decide_alone": 1},
         ("police_incident", "injury_or_neglect")),
        ([("police_incident", False), ("house_move", False)], 5, {"rules_decide_words": 5},
         ("police_incident", "injury_or_neglect")),
    ],
)  # fmt: skip
def test_when_the_rules_primary_stands(
    found: list[tuple[str, bool]], words: int, settings: dict[str, float], expected: tuple
) -> None:
    findings = _findings(*found, words=words)
    settings = {"also": 0.2, "also_rule": 0.1, **settings}
    assert choose(_p(**INJURY_THEN_POLICE), findings, settings, LABELS) == expected


def test_further_labels_at_their_thresholds() -> None:
    found = _findings(("police_incident", True))  # weak: the model's order stands
    p = _p(
        injury_or_neglect=0.5, house_move=0.2, police_incident=0.1, school_change_or_exclusion=0.19
    )
    settings = {"also": 0.2, "also_rule": 0.1}
    # house_move reaches `also`, police_incident (found by a rule) `also_rule`; 0.19 does not.
    assert choose(p, found, settings, LABELS) == (
        "injury_or_neglect",
        "house_move",
        "police_incident",
    )
    # Without settings: also 0.2, and also_rule the same as also.
    p = _p(injury_or_neglect=0.5, house_move=0.2, police_incident=0.15)
    assert choose(p, found, {}, LABELS) == ("injury_or_neglect", "house_move")
    p = _p(injury_or_neglect=0.5, house_move=0.15)
    assert choose(p, found, {"also": 0.1}, LABELS) == ("injury_or_neglect", "house_move")
    # not_key_event is never a further label
    p = _p(injury_or_neglect=0.5, not_key_event=0.4)
    assert choose(p, found, {}, LABELS) == ("injury_or_neglect",)


def test_at_most_three_labels_unless_told() -> None:
    p = _p(injury_or_neglect=0.4, house_move=0.3, police_incident=0.25, gp_change=0.22)
    found = _findings()
    assert choose(p, found, {}, LABELS) == ("injury_or_neglect", "house_move", "police_incident")
    assert choose(p, found, {}, LABELS, max_categories=2) == ("injury_or_neglect", "house_move")


def _model(
    weights: dict[str, dict[str, float]],
    settings: dict[str, float],
    intercept: dict[str, float] | None = None,
) -> Model:
    """A real model with hand-set weights (idf 1), so its probabilities can be worked out."""
    features = list(weights)
    return model_from_json(
        {
            "format": "cspr key-event model 1",
            "labels": list(LABELS),
            "features": features,
            "idf": [1.0] * len(features),
            "weights": [[weights[f].get(label, 0.0) for label in LABELS] for f in features],
            "intercept": [(intercept or {}).get(label, 0.0) for label in LABELS],
            "combine": settings,
        },
        "hand-made",
    )


POLICE_RULES = """
[settings]
max_categories = 2

[primary]
tiers = [["police_incident"]]

[labels.police_incident]
patterns = ["police"]
"""
MODEL_SETTINGS = {"also": 0.1, "also_rule": 0.1, "rules_decide_words": 0, "short_words": 15}


def _combined(text: str, model: Model, rules: Rules) -> Classification:
    return combine(text, find_rules(text, "", rules), model, rules)


def test_a_label_only_the_model_found_is_explained_by_its_words(tmp_path: Path) -> None:
    """With weights 20 (zumba) and 10 (yodel) towards injury_or_neglect and 0 elsewhere, the
    model's probability of injury is e^20 / (e^20 + 23): the only label."""
    rules = _own_rules(tmp_path, POLICE_RULES)
    model = _model(
        {"w:zumba": {"injury_or_neglect": 20.0}, "w:yodel": {"injury_or_neglect": 10.0}},
        MODEL_SETTINGS,
    )
    result = _combined("Zumba", model, rules)
    assert result == Classification(
        "injury_or_neglect",
        ("injury_or_neglect",),
        True,
        'model, from "zumba" → injury_or_neglect',
        "key",
    )
    assert _combined("Zumba yodel", model, rules).reason == (
        'model, from "zumba", "yodel" → injury_or_neglect'
    )
    # No word of the text pushed (the evidence did): the wording as a whole.
    model = _model({"s:short": {"other_significant": 20.0}}, MODEL_SETTINGS)
    assert _combined("The", model, rules).reason == (
        "model, from the wording as a whole → other_significant"
    )


def test_a_routine_entry_by_the_model_says_why(tmp_path: Path) -> None:
    rules = _own_rules(tmp_path, POLICE_RULES)
    # A rule found "police", the model (weight 20 from that finding) says routine.
    model = _model({"r:police_incident": {NOT_KEY_EVENT: 20.0}}, MODEL_SETTINGS)
    result = _combined("Police at the door", model, rules)
    assert result == Classification(
        NOT_KEY_EVENT, (NOT_KEY_EVENT,), False, "model: reads as a routine entry", "background"
    )
    # Nothing found by the rules: their reason is given.
    model = _model({"p:none": {NOT_KEY_EVENT: 20.0}}, MODEL_SETTINGS)
    assert _combined("Zumba", model, rules).reason == "no key-event phrase"


def test_the_short_row_bound_and_the_label_count_come_from_the_settings(tmp_path: Path) -> None:
    rules = _own_rules(tmp_path, POLICE_RULES)
    weights = {"s:short": {"other_significant": 20.0}}
    short = _model(weights, {**MODEL_SETTINGS, "short_words": 3}, {NOT_KEY_EVENT: 5.0})
    assert _combined("one two three", short, rules).category == "other_significant"
    assert _combined("one two three four", short, rules).category == NOT_KEY_EVENT
    unset = {k: v for k, v in MODEL_SETTINGS.items() if k != "short_words"}
    default = _model(weights, unset, {NOT_KEY_EVENT: 5.0})  # 15 words
    assert _combined(" ".join(["word"] * 15), default, rules).category == "other_significant"
    assert _combined(" ".join(["word"] * 16), default, rules).category == NOT_KEY_EVENT
    # max_categories 2 in the rules file: injury (p 0.33), police (0.20), then house_move
    # (0.12) would also pass `also` (0.1), but only two labels are given.
    three = _model(
        {"w:zumba": {"injury_or_neglect": 3.0, "police_incident": 2.5, "house_move": 2.0}},
        MODEL_SETTINGS,
    )
    assert _combined("Zumba", three, rules).categories == ("injury_or_neglect", "police_incident")


# ------------------------------------------------------------------ reading a text


SENTENCES = """
[primary]
tiers = [["police_incident", "injury_or_neglect", "hospital_attendance"]]

[negation]
before = ["no"]

[labels.police_incident]
patterns = ["police attended"]

[labels.injury_or_neglect]
patterns = ["bruising"]

[labels.hospital_attendance]
patterns = ["attended the emergency department"]
"""


def test_patterns_stop_at_a_sentence_and_negation_at_a_clause(tmp_path: Path) -> None:
    rules = _own_rules(tmp_path, SENTENCES)
    assert _labels("Police attended", rules) == ("police_incident",)
    assert _labels("Police, attended", rules) == ("police_incident",)  # a comma is no sentence
    assert _labels("Called the police. Attended school", rules) == (NOT_KEY_EVENT,)
    assert _labels("Seen. Called the police. Attended school", rules) == (NOT_KEY_EVENT,)
    assert _labels("No swelling, bruising seen", rules) == ("injury_or_neglect",)
    assert _labels("Seen, no swelling, bruising", rules) == ("injury_or_neglect",)
    # Overlapping phrases of two labels: neither is inside the other, both stand.
    assert _labels("Police attended the emergency department", rules) == (
        "police_incident",
        "hospital_attendance",
    )


def test_a_phrase_ending_where_a_longer_one_ends_gives_way_to_it() -> None:
    """'self referral' is a self-referral, not also a referral_contact (key_events.toml)."""
    assert classify_rules("Self referral").categories == ("self_referral",)


def test_a_gap_looks_forward_only(tmp_path: Path) -> None:
    rules = _own_rules(tmp_path, STEPS)
    assert _labels("Police: mother rang", rules) == (NOT_KEY_EVENT,)
    assert classify_rules("Child taken to school", rules=rules).reason == "no key-event phrase"


def test_a_quote_is_taken_from_the_text_as_written_after_rewrites() -> None:
    """The possessive rewrite shortens the text; the quote still ends where the word ends."""
    assert classify_rules("Mum's partner arrested, bailed").reason == (
        '"arrested" → criminal_proceedings'
    )
    # After one rewrite has changed the text, the next ones still find their words
    # ("DNA" becomes "did not attend").
    assert classify_rules("Mum's appointment, DNA").category == "engagement_with_professionals"


def test_two_corrected_words_are_both_named(tmp_path: Path) -> None:
    rules = _own_rules(
        tmp_path, FUZZY.replace('patterns = ["arson"]', 'patterns = ["arson attack"]')
    )
    assert classify_rules("Arsen atack on the flat", rules=rules).reason == (
        "\"Arsen atack\" (read as 'arson attack') → police_incident"
    )


def test_what_the_rules_found_in_an_empty_or_negated_text(tmp_path: Path) -> None:
    empty = find_rules("?!", "", load_rules())
    assert (empty.found, empty.negated, empty.why, empty.words) == ((), frozenset(), "no text", 0)
    assert classify_rules("?!").reason == "no text"
    assert classify_rules("").reason == "no text"
    rules = _own_rules(tmp_path, NEGATION)
    findings = find_rules("No bruising", "", rules)
    assert (findings.found, findings.negated, findings.why, findings.words) == (
        (),
        frozenset({"injury_or_neglect"}),
        'no key-event phrase: "bruising" negated by "No"',
        2,
    )


AGENCY = """
[primary]
tiers = [["police_incident", "injury_or_neglect", "strategy_discussion"]]

[labels.police_incident]
patterns = ["police"]

[labels.police_incident.when_agency]
police = ["attended"]

[labels.injury_or_neglect]
patterns = ["bruising"]

[labels.strategy_discussion]
patterns = ["strategy"]
"""


def test_a_phrase_found_only_through_the_agency_yields_within_its_tier(tmp_path: Path) -> None:
    rules = _own_rules(tmp_path, AGENCY)
    findings = find_rules("Attended: bruising on arm", "Thames Valley Police", rules)
    assert findings.found == (
        ("injury_or_neglect", '"bruising"', False),
        ("police_incident", '"Attended"', True),
    )
    assert _labels("Attended: bruising on arm", rules) == ("injury_or_neglect",)


def test_classify_passes_agency_and_event_type_to_a_partnerships_rules(tmp_path: Path) -> None:
    rules = _own_rules(tmp_path, AGENCY)
    assert classify("Attended the flat", agency="Police", rules=rules).categories == (
        "police_incident",
    )
    assert classify("Visit", event_type="Strategy", rules=rules).categories == (
        "strategy_discussion",
    )


def test_without_a_model_file_classify_is_the_rules_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    # The packaged model reads this as an injury; no rule phrase fires.
    text = "Baby swallowed his mother's methadone, which was in a child's beaker."
    assert classify(text) != classify_rules(text)
    assert classify(text, use_model=False) == classify_rules(text)
    monkeypatch.setattr("chronology.classify.load_model", lambda path=None: None)
    found = classify("Attended the address", agency="Police", event_type="Strategy")
    assert found.categories == ("strategy_discussion", "police_incident")
    assert found == classify_rules("Attended the address", agency="Police", event_type="Strategy")


RANKING = """
[primary]
tiers = [["police_incident", "strategy_discussion"]]
topic_words = ["re"]

[labels.police_incident]
patterns = ["police attended", "police ... called"]

[labels.strategy_discussion]
patterns = ["strategy"]

[labels.injury_or_neglect]
patterns = ["bruising"]
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a label in no tier ranks after every tiered one, however early in the text
        ("Bruising seen; police attended", ("police_incident", "injury_or_neglect")),
        # within a tier, the phrase written first is the main event ...
        ("Police attended re noise; strategy", ("police_incident", "strategy_discussion")),
        # ... unless it follows a topic word in its clause (where the phrase starts)
        ("Re police, attended; strategy discussion", ("strategy_discussion", "police_incident")),
        # a topic word inside a phrase's gap is not before the phrase
        ("Police re noise called; strategy discussion", ("police_incident", "strategy_discussion")),
    ],
)  # fmt: skip
def test_the_primary_label_by_tier_topic_and_position(
    tmp_path: Path, text: str, expected: tuple[str, ...]
) -> None:
    rules = _own_rules(tmp_path, RANKING)
    assert _labels(text, rules) == expected
    assert find_rules(text, "", rules).why == ""


def test_a_category_in_no_tier_is_key_unless_a_phrase_moves_it(tiers) -> None:  # type: ignore[no-untyped-def]
    """A category the tier file does not name (a reviewer's own, say) counts as key."""
    assert tier_of("reviewer_label", "Bruising seen", tiers) == "key"
    assert tier_of("reviewer_label", "Child died", tiers) == "critical"
    assert tier_of("reviewer_label", "Known to police", tiers) == "background"


def test_a_label_in_no_tier_ranks_after_the_last_tier(tmp_path: Path) -> None:
    rules = _own_rules(
        tmp_path,
        RANKING.replace(
            '[["police_incident", "strategy_discussion"]]',
            '[["police_incident"], ["strategy_discussion"]]',
        ),
    )
    assert _labels("Bruising seen; strategy", rules) == ("strategy_discussion", "injury_or_neglect")
