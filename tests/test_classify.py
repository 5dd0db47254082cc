"""Key-event classification: abbreviations, negation, misspellings, several labels, reasons, the
CSV round trip, the rules file, and a floor on the hand-labelled development set.

The rules' mechanics are tested on `classify_rules` (the rules alone, what a partnership edits);
the hybrid (`classify`: rules re-ranked and completed by the packaged model) is tested here on
the hand-written set and in tests/test_issue13_key_events.py on real-text patterns."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from chronology.classify import (
    LABELS,
    Classification,
    classify,
    classify_csv,
    classify_rules,
    load_rules,
)

DEV_SET = Path(__file__).parent / "datasets" / "key_events_dev.csv"

DOMAIN_LABELS = (
    "referral_contact", "assessment", "strategy_discussion", "meeting_or_cp_conference",
    "section47_enquiry", "injury_or_neglect", "hospital_attendance", "birth_death_illness",
    "house_move", "family_composition_change", "criminal_proceedings", "civil_proceedings",
    "school_change_or_exclusion", "gp_change", "self_referral", "legal_status_or_looked_after",
    "police_incident", "missing_episode", "suicide_attempt_or_overdose", "support_offered",
    "engagement_with_professionals", "unknown_adults", "other_significant", "not_key_event",
)  # fmt: skip


def category(text: str, **kwargs: str) -> str:
    return classify_rules(text, **kwargs).category


def test_labels_are_exactly_the_domain_labels() -> None:
    assert set(LABELS) == set(DOMAIN_LABELS) and len(LABELS) == len(DOMAIN_LABELS)


def test_every_label_has_patterns_and_a_tier() -> None:
    rules = load_rules()
    assert set(rules.tiers) == set(LABELS) - {"not_key_event"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ICPC held", "meeting_or_cp_conference"),
        ("RCPC: children remain on CP plans", "meeting_or_cp_conference"),
        ("CIN meeting at school", "meeting_or_cp_conference"),
        ("LAC review chaired by IRO", "meeting_or_cp_conference"),
        ("Case heard at MARAC", "meeting_or_cp_conference"),
        ("S47 commenced", "section47_enquiry"),
        ("s.47 concluded", "section47_enquiry"),
        ("Sec 47 enquiries started", "section47_enquiry"),
        ("PLO letter issued", "civil_proceedings"),
        ("Attended A&E with mum", "hospital_attendance"),
        ("Seen in ED overnight", "hospital_attendance"),
        ("DNA'd 6-8 week check", "engagement_with_professionals"),
        ("WNB to audiology x2", "engagement_with_professionals"),
        ("PPN submitted", "referral_contact"),
        ("Accommodated under s20", "legal_status_or_looked_after"),
        ("ICO granted", "legal_status_or_looked_after"),
        ("MFH report, YP located", "missing_episode"),
        ("OD of paracetamol", "suicide_attempt_or_overdose"),
        ("Strat disc held", "strategy_discussion"),
        ("Fixed term exclusion for 2 days", "school_change_or_exclusion"),
        ("Attended ED with # L wrist", "hospital_attendance"),
        ("Mother 32/40, unbooked", "birth_death_illness"),
    ],
)
def test_abbreviations(text: str, expected: str) -> None:
    assert category(text) == expected


def test_ambiguous_abbreviations_are_read_in_context() -> None:
    assert category("Court ordered paternity DNA test") == "civil_proceedings"
    assert category("Ed visited the home") == "not_key_event"  # a name, not the ED
    assert category("Letter from Miss Jones filed") == "not_key_event"  # not "missed"


@pytest.mark.parametrize(
    "text",
    [
        "No injuries seen",
        "Child examined: no bruising or marks",
        "Mother denied any domestic abuse when asked",
        "HV visit, no concerns",
        "Not admitted, advice given by phone",
        "Injuries: nil",
        "No reports of any missing person for this address",
    ],
)
def test_negated_phrases_are_not_key_events(text: str) -> None:
    result = classify_rules(text)
    assert result.category == "not_key_event" and not result.is_key_event


def test_negation_scope_ends_at_the_clause() -> None:
    assert category("No concerns raised but bruising seen on arm") == "injury_or_neglect"
    assert category("No injuries; referred to MASH") == "referral_contact"
    assert category("No further action, S47 closed") == "section47_enquiry"
    assert category("No section 47 enquiry despite the bruising") == "injury_or_neglect"


def test_phrases_containing_a_cue_are_not_negations() -> None:
    assert category("Mother did not attend") == "engagement_with_professionals"
    assert category("No access visit x3") == "engagement_with_professionals"
    assert category("Father of no fixed abode") == "house_move"
    assert category("YP returned home, no longer LAC") == "legal_status_or_looked_after"


def test_negation_reason_names_the_cue() -> None:
    assert (
        classify_rules("No injuries seen").reason
        == 'no key-event phrase: "injuries" negated by "No"'
    )


@pytest.mark.parametrize(
    ("text", "expected", "read_as"),
    [
        ("Child protection conferance held", "meeting_or_cp_conference", "conference"),
        ("Father arested", "criminal_proceedings", "arrested"),
        ("Referal recieved from school", "referral_contact", "referral"),
        ("Permanant exclusion", "school_change_or_exclusion", "permanent"),
        ("Strategy discusion", "strategy_discussion", "discussion"),
    ],
)
def test_misspellings(text: str, expected: str, read_as: str) -> None:
    result = classify_rules(text)
    assert result.category == expected
    assert f"(read as '{read_as}')" in result.reason


def test_real_words_are_not_corrected() -> None:
    assert category("Mother changed GP") == "gp_change"  # not "charged"
    assert category("Mum made a complaint about the SW") == "not_key_event"  # not "compliant"
    assert category("Baby kissing mum") == "not_key_event"  # not "missing"


@pytest.mark.parametrize(
    "text",
    ["Father arrested", "Father was arrested", "Police arrested father", "Arrest of father",
     "Father arrests", "Officers are arresting the father"],
)  # fmt: skip
def test_tense_and_voice(text: str) -> None:
    assert category(text) == "criminal_proceedings"


def test_several_labels_primary_first_at_most_three() -> None:
    result = classify_rules(
        "DA call out to home addr, male partner arrested for ABH, DASH medium, PPN submitted"
    )
    assert result.category == "police_incident"
    assert result.categories[0] == result.category
    assert "criminal_proceedings" in result.categories
    assert len(result.categories) <= 3
    assert result.is_key_event


def test_primary_choice() -> None:
    # Tier 1 wins wherever it is written.
    assert category("14 yo attended ED post OD of paracetamol") == "suicide_attempt_or_overdose"
    # Within a tier the event written first, unless it is only the topic ("re", "following").
    assert category("Strategy meeting re injuries to child") == "strategy_discussion"
    assert category("PPN submitted to MASH re DA incident") == "referral_contact"
    # Context labels only when nothing else applies.
    assert category("Mother did not attend the ICPC") == "meeting_or_cp_conference"


def test_reason_quotes_the_original_phrase() -> None:
    assert classify_rules("ICPC held").reason == '"ICPC" → meeting_or_cp_conference'
    reason = classify_rules("Mother did not attend the ICPC").reason
    assert reason == (
        '"ICPC" → meeting_or_cp_conference; "did not attend" → engagement_with_professionals'
    )
    assert classify_rules("Seen in A&E").reason == '"A&E" → hospital_attendance'


def test_routine_entries() -> None:
    for text in ("Letter filed", "Immunisations given", "Case notes updated", ""):
        result = classify_rules(text)
        assert result == Classification(
            "not_key_event", ("not_key_event",), False, result.reason, "background"
        )


def test_event_type_and_agency_are_used() -> None:
    assert category("Held at school, both parents present", event_type="ICPC") == (
        "meeting_or_cp_conference"
    )
    assert category("Attended the address, all quiet on arrival", agency="Police") == (
        "police_incident"
    )
    assert category("Attended the address, all quiet on arrival", agency="Health") == (
        "not_key_event"
    )


def test_a_partnerships_own_rules_file(tmp_path: Path) -> None:
    rules_file = tmp_path / "rules.toml"
    rules_file.write_text(
        '[primary]\ntiers = [["police_incident"]]\n'
        '[labels.police_incident]\npatterns = ["blue light"]\n',
        encoding="utf-8",
    )
    rules = load_rules(str(rules_file))
    assert classify("Blue light run to the flat", rules=rules).category == "police_incident"
    # A partnership's own rules are used alone (the model was fitted beside the packaged ones).
    assert classify("Blue light run to the flat", rules=rules).reason == (
        '"Blue light" → police_incident'
    )
    broken = tmp_path / "broken.toml"
    broken.write_text('[labels.made_up]\npatterns = ["x"]\n', encoding="utf-8")
    with pytest.raises(ValueError, match="made_up"):
        load_rules(str(broken))


def _write(path: Path, rows: list[list[str]], encoding: str = "utf-8") -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def test_csv_round_trip(tmp_path: Path) -> None:
    source = _write(
        tmp_path / "in.csv",
        [
            ["ref", "agency", "event_type", "event_text", "notes"],
            ["1", "Police", "", "DA call out, partner arrested", '=HYPERLINK("x")'],
            ["2", "Health", "ICPC", "Report sent", "fine"],
            ["3", "GP", "", "-Letter filed", "+44 1234"],
            ["4", "School", "", "Child disclosed that dad hit her; MASH referral made", "@SUM"],
        ],
    )
    target = tmp_path / "out" / "out.csv"
    assert classify_csv(source, target) == 4
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == [
        "ref", "agency", "event_type", "event_text", "notes",
        "category", "categories", "is_key_event", "category_reason", "tier",
    ]  # fmt: skip
    assert [r["ref"] for r in rows] == ["1", "2", "3", "4"]
    assert rows[0]["category"] == "police_incident"
    assert rows[0]["categories"] == "police_incident;criminal_proceedings"
    assert rows[0]["is_key_event"] == "true"
    assert rows[0]["tier"] == "key" and rows[2]["tier"] == "background"
    assert rows[0]["category_reason"] == '"DA" → police_incident; "arrested" → criminal_proceedings'
    assert rows[1]["category"] == "meeting_or_cp_conference"  # from event_type
    assert rows[2]["category"] == "not_key_event" and rows[2]["is_key_event"] == "false"
    # Formula-like text is made inert; the rest is kept as it was.
    assert rows[0]["notes"] == '\'=HYPERLINK("x")'
    assert rows[2]["event_text"] == "'-Letter filed"
    assert rows[2]["notes"] == "'+44 1234"
    assert rows[3]["notes"] == "'@SUM"
    assert rows[1]["notes"] == "fine"


def test_csv_accepts_windows_1252_and_existing_output_columns(tmp_path: Path) -> None:
    source = _write(
        tmp_path / "in.csv",
        [["event_text", "category"], ["Café visit: child left home alone", "old"]],
        encoding="cp1252",
    )
    target = tmp_path / "out.csv"
    classify_csv(source, target)
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == [
        "event_text", "category", "categories", "is_key_event", "category_reason", "tier",
    ]  # fmt: skip
    assert rows[1][0] == "Café visit: child left home alone"
    assert rows[1][1] == "injury_or_neglect"


def test_csv_without_event_text_is_refused(tmp_path: Path) -> None:
    source = _write(tmp_path / "chronology.csv", [["date", "details"], ["01/02/2020", "x"]])
    with pytest.raises(ValueError) as error:
        classify_csv(source, tmp_path / "out.csv")
    message = str(error.value)
    assert "chronology.csv" in message and "event_text" in message and "\n" not in message
    assert not (tmp_path / "out.csv").exists()


def _dev_rows() -> list[dict[str, str]]:
    with DEV_SET.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_dev_set_is_well_formed() -> None:
    rows = _dev_rows()
    assert len(rows) >= 300
    for row in rows:
        assert row["label"] in LABELS, row
        assert all(a in LABELS for a in row["also"].split(";") if a), row
        assert row["text"].strip()
    counts = {label: sum(r["label"] == label for r in rows) for label in LABELS}
    assert min(counts.values()) >= 8, counts


def _scores(rows: list[dict[str, str]], hybrid: bool = False) -> tuple[float, float]:
    how = classify if hybrid else classify_rules
    results = [how(r["text"], agency=r["agency"]) for r in rows]
    primary = sum(res.category == r["label"] for res, r in zip(results, rows, strict=True))
    among = sum(r["label"] in res.categories for res, r in zip(results, rows, strict=True))
    return primary / len(rows), among / len(rows)


def test_dev_set_floor() -> None:
    rows = _dev_rows()
    primary, among = _scores(rows)
    assert primary >= 0.8 and among >= 0.9, (primary, among)
    # Every third row was held out while the rules were written and while the model was trained
    # (see bench/classify_train.py): the rules alone and the hybrid both keep the floor there.
    primary, among = _scores(rows[2::3])
    assert primary >= 0.8 and among >= 0.9, (primary, among)
    primary, among = _scores(rows[2::3], hybrid=True)
    assert primary >= HYBRID_FLOOR[0] and among >= HYBRID_FLOOR[1], (primary, among)


# The hybrid on the held-out hand-written rows (measured 2026-12; see bench/results/classify.json).
HYBRID_FLOOR = (0.8, 0.9)
