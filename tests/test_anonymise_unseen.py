"""Families the anonymiser was not written against: the hard dedup case 'hard-vickery' (names
only in free text: "SW A. Kowalczyk", "DC Okafor", "Referral received from Longmoor Academy")
through `write_anonymised`, and the genogram tests' unseen family through `cspr anonymise` on a
chronology CSV and a plain text."""

from __future__ import annotations

import argparse
import datetime as dt
import re
from collections import defaultdict
from pathlib import Path

import pytest

from anonymise.apply import published_text, write_anonymised
from anonymise.cli import add_anonymise_command
from chronology.ingest import IngestResult
from chronology.integrate import integrate
from chronology.pipeline import MergeRun
from sample_data.hard_cases import SOCIAL_WORKERS, hard_cases
from tests.builders import write_xlsx
from tests.test_genogram_families import UNSEEN_PEOPLE, UNSEEN_RELATIONSHIPS

TODAY = dt.date(2026, 1, 1)
VICKERY_PEOPLE = [
    ["person_id", "name", "sex", "date_of_birth", "role", "aliases"],
    ["V1", "Jayden Vickery", "M", dt.datetime(2015, 5, 2), "subject child", "Jay"],
    ["V2", "Lacey Vickery", "F", dt.datetime(2013, 8, 9), "sister", None],
    ["V3", "Kai Hale", "M", dt.datetime(2019, 1, 20), "half brother", None],
    ["V4", "Shannon Vickery", "F", dt.datetime(1994, 3, 3), "mother", "Shan"],
    ["V5", "Marcus Hale", "M", dt.datetime(1990, 7, 7), "mum's partner", None],
]
VICKERY_RELATIONSHIPS = [
    ["person_a", "person_b", "type"],
    ["V4", "V1", "parent"],
    ["V4", "V2", "parent"],
    ["V4", "V3", "parent"],
    ["V5", "V3", "parent"],
    ["V4", "V5", "partners"],
]
VICKERY_SECRETS = [
    "Jayden",
    "Jay",
    "Lacey",
    "Kai",
    "Shannon",
    "Shan",
    "Vickery",
    "Marcus",
    "Hale",
    "Bev",
    "Carden",
    "Okafor",
    "Brierley",
    "Fenwick",
    "Longmoor",
    "Easton",
    *[w for name in SOCIAL_WORKERS for w in name.replace(".", " ").split() if len(w) > 1],
]


def _clean(text: str, secrets: list[str]) -> list[str]:
    return [s for s in secrets if re.search(rf"(?<!\w){re.escape(s)}(?!\w)", text, re.IGNORECASE)]


@pytest.fixture(scope="module")
def vickery(tmp_path_factory: pytest.TempPathFactory) -> tuple[MergeRun, list[Path]]:
    root = tmp_path_factory.mktemp("vickery")
    people = write_xlsx(
        root / "family.xlsx", {"People": VICKERY_PEOPLE, "Relationships": VICKERY_RELATIONSHIPS}
    )
    _, events, _ = next(c for c in hard_cases() if c[0] == "hard-vickery")
    by_file: dict[str, list] = defaultdict(list)
    for event in events:
        by_file[event.source.file].append(event)
    results = [IngestResult(file, es[0].agency, events=es) for file, es in by_file.items()]
    run = MergeRun(results, integrate(events))
    written = write_anonymised(run, root / "out", people_path=people, today=TODAY)
    return run, written


def test_unseen_family_and_practitioners_never_appear(
    vickery: tuple[MergeRun, list[Path]],
) -> None:
    run, written = vickery
    original = " ".join(e.event_text for r in run.results for e in r.events)
    assert len(_clean(original, VICKERY_SECRETS)) >= 20  # the texts do name them
    published = [p for p in written if p.parent.name == "out"]
    assert len(published) == 6
    for path in published:
        assert _clean(published_text(path), VICKERY_SECRETS) == [], path.name


def test_unseen_case_keeps_every_event(vickery: tuple[MergeRun, list[Path]]) -> None:
    run, written = vickery
    out = written[0].parent
    rows = (out / "integrated.csv").read_text(encoding="utf-8-sig").count("\nE")
    assert rows == len(run.integration.events)
    sources = (out / "sources.csv").read_text(encoding="utf-8-sig").splitlines()
    assert len(sources) - 1 == sum(len(e.sources) for e in run.integration.events)
    assert re.search(r"File \d+\.xlsx\|Child A\|", (out / "integrated.csv").read_text("utf-8-sig"))


UNSEEN_TEXT = [
    ["Date", "Worker", "Patient", "Entry"],
    [
        "03/03/2019",
        "Hannah Okafor (SW)",
        "Amara Okonkwo-Price",
        "Home visit to 41 Beech Road, Westmere WM3 4QT. Amara's bedroom seen; Kez and Daz present.",
    ],
    [
        "10/03/2019",
        "PC 2231 B. Lowry",
        "Kerry-Ann PRICE",
        "DA at the address. Darren Walsh arrested; Mum (Kerry Price) tel 07700 900111.",
    ],
    [
        "12/03/2019",
        "Dr F. Iqbal",
        "Amarah Okonkwo Price",
        "Seen at Parkside Surgery. Nanna Jan brought her. Jayden at Greenfield High School.",
    ],
    [
        "15/03/2019",
        "Mrs Holt (DSL)",
        "Amara",
        "Ashby Primary DSL rang: Amara’s brother Jay and Malik missing. Tanya Reid told school.",
    ],
    [
        "20/03/2019",
        "Jo Marsh",
        "Emeka Okonkwo",
        "Probation: Mek living at 7 Croft Lane with Ngozi; NI QQ 22 33 44 A, NHS 943 476 5919.",
    ],
]
UNSEEN_SECRETS = [
    "Amara",
    "Amarah",
    "Mara",
    "Okonkwo",
    "Kerry",
    "Kerry-Ann",
    "Kez",
    "Emeka",
    "Mek",
    "Darren",
    "Walsh",
    "Daz",
    "Janet",
    "Nanna Jan",
    "Jayden",
    "Malik",
    "Tanya",
    "Reid",
    "Ngozi",
    "Hannah",
    "Lowry",
    "Iqbal",
    "Holt",
    "Marsh",
    "Beech Road",
    "Westmere",
    "WM3",
    "Parkside",
    "Greenfield",
    "Ashby",
    "Croft Lane",
    "07700 900111",
    "QQ 22 33 44 A",
    "943 476 5919",
]


def _cli(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    add_anonymise_command(parser.add_subparsers())
    args = parser.parse_args(argv)
    return int(args.func(args))


def test_cspr_anonymise_on_an_unseen_family_csv_and_text(tmp_path: Path) -> None:
    people = write_xlsx(
        tmp_path / "family.xlsx", {"People": UNSEEN_PEOPLE, "Relationships": UNSEEN_RELATIONSHIPS}
    )
    source = tmp_path / "chronology.csv"
    source.write_text("\n".join(",".join(f'"{c}"' for c in row) for row in UNSEEN_TEXT) + "\n")
    assert (
        _cli(
            [
                "anonymise",
                str(source),
                "--people",
                str(people),
                "--out",
                str(tmp_path / "pub" / "chronology.csv"),
            ]
        )
        == 0
    )
    text = (tmp_path / "pub" / "chronology.csv").read_text(encoding="utf-8-sig")
    assert _clean(text, UNSEEN_SECRETS) == [], text
    assert text.count("\n") == len(UNSEEN_TEXT)
    assert "Child A" in text and "March 2019" in text
    note = tmp_path / "note.txt"
    note.write_text(" ".join(row[3] for row in UNSEEN_TEXT[1:]) + "\n", encoding="utf-8")
    assert (
        _cli(
            [
                "anonymise",
                str(note),
                "--people",
                str(people),
                "--dates",
                "age",
                "--out",
                str(tmp_path / "pub" / "note.txt"),
            ]
        )
        == 0
    )
    assert _clean((tmp_path / "pub" / "note.txt").read_text(), UNSEEN_SECRETS) == []
    assert sorted(p.name for p in (tmp_path / "pub").iterdir() if "report" not in p.name) == [
        "chronology.csv",
        "note.txt",
    ]
    assert (tmp_path / "family.register.json").exists()
