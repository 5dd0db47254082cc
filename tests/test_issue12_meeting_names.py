"""Issue 12, session 9: panels and meetings the kinds did not know (a Channel panel, a rapid
review meeting, a hoarding panel, a Mental Health Act assessment, an EHCP annual review written
"EHCP AR"). Every agency's record of one of them is one occurrence; a request for one is not."""

from __future__ import annotations

import datetime as dt

from chronology.dedup import _kinds, cluster, load_rules, normalise_text, prepare
from tests.test_issue12_linkage import row


def _kinds_of(text: str) -> set[str]:
    rules = load_rules()
    return set(_kinds(normalise_text(text, rules), rules, typed=False))


def test_the_new_meeting_names_are_kinds() -> None:
    assert _kinds_of("Attended Channel panel today at the civic centre") == {"Channel panel"}
    assert _kinds_of("Rapid review meeting. Quorate (LA, ICB, police)") == {"rapid review meeting"}
    assert "vulnerability panel" in _kinds_of("Hoarding & Self-Neglect Panel, Civic Offices")
    assert _kinds_of("MHA assessment at the Medlar Suite") == {"Mental Health Act assessment"}
    assert _kinds_of("EHCP AR at school - attended") == {"education health and care plan review"}
    assert _kinds_of("CPA review on the ward") == {"care programme approach review"}


def test_a_request_for_an_assessment_is_not_the_assessment() -> None:
    assert "Mental Health Act assessment" not in _kinds_of("Request for an MHA assessment")


def test_three_agencies_records_of_one_channel_panel_are_one_occurrence() -> None:
    events = [
        row("Prevent", "Channel panel - case adopted. Intervention provider to be commissioned"),
        row("Children's Social Care", "Attended Channel panel today at the civic centre."),
        row("School", "DSL attended Channel Panel (council offices). Case adopted."),
    ]
    assert cluster(prepare(events)).clusters == [[0, 1, 2]]


def test_channel_panels_on_consecutive_months_stay_apart() -> None:
    events = [
        row("Prevent", "Channel panel - case adopted."),
        row("Prevent", "Channel panel - continue 3 months.", day=dt.date(2023, 4, 14), number=3),
    ]
    assert cluster(prepare(events)).clusters == [[0], [1]]
