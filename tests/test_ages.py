"""The subject child's age at each event (`cspr merge --people`)."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest

from chronology.ages import age_at
from chronology.dates import parse_date
from cspr.cli import DEMO_DIR, demo_files, main

D = dt.date


@pytest.mark.parametrize(
    ("birth", "day", "precision", "expected"),
    [
        ("14/02/2016", D(2016, 2, 10), "day", "unborn"),
        ("14/02/2016", D(2016, 2, 14), "day", "0 days"),
        ("14/02/2016", D(2016, 3, 20), "day", "5 weeks"),
        ("14/02/2016", D(2016, 6, 13), "day", "3m"),  # a day short of 4 months
        ("14/02/2016", D(2019, 2, 14), "day", "3y 0m"),
        ("29/02/2016", D(2017, 2, 28), "day", "11m"),
        ("14/02/2016", D(2018, 5, 1), "month", "2y 3m"),
        ("February 2016", D(2018, 5, 9), "day", "2y 3m"),
        ("2016", D(2018, 5, 9), "day", "about 2y"),
        ("14/02/2016", D(2016, 1, 1), "year", "under 1y"),
    ],
)
def test_age_at(birth: str, day: dt.date, precision: str, expected: str) -> None:
    assert age_at(parse_date(birth), day, precision) == expected


def test_merge_with_people_adds_the_subject_childs_age(tmp_path: Path) -> None:
    family = DEMO_DIR / "family.xlsx"
    assert (
        main(
            [
                "merge",
                *map(str, demo_files()),
                "--out",
                str(tmp_path),
                "--people",
                str(family),
                "--formats",
                "csv",
            ]
        )
        == 0
    )
    rows = list(csv.DictReader(io.StringIO((tmp_path / "integrated.csv").read_text("utf-8-sig"))))
    assert all(r["age"] for r in rows)
    first = rows[0]
    assert first["date"] == "2017-01-10" and first["age"].endswith("m")
