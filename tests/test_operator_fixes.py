"""Behaviour the guides first documented as wrong, now fixed: an anonymised CSV says its dates
are coarse, a partnership's own closures file outside the package, and one upload limit
setting for every dashboard process."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from anonymise.apply import anonymise_file
from chronology.ingest import read_chronology
from cspr.cli import DEMO_DIR, write_ingest_outputs
from dashboard.app import make_context
from reviews import workingdays


@pytest.mark.parametrize(("mode", "precision"), [("month", "month"), ("age", "age")])
def test_an_anonymised_csv_says_its_dates_are_coarse(
    tmp_path: Path, mode: str, precision: str
) -> None:
    family = tmp_path / "family.xlsx"
    family.write_bytes((DEMO_DIR / "family.xlsx").read_bytes())
    result = read_chronology(DEMO_DIR / "Police_chronology.xlsx", today=dt.date(2026, 11, 30))
    write_ingest_outputs([result], tmp_path / "in")
    out = tmp_path / f"{mode}.csv"
    anonymise_file(tmp_path / "in" / "events.csv", out, family, date_mode=mode)
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows and {r["date_precision"] for r in rows} == {precision}
    if mode == "age":
        assert all(r["date"].startswith("when Child A was") for r in rows)


def test_a_partnership_keeps_its_closures_outside_the_package(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    own = tmp_path / "closures.toml"
    own.write_text(
        'version = 1\nclosures = [{ date = 2026-07-06, reason = "Offices closed (move)" }]\n',
        encoding="utf-8",
    )
    workingdays.default_calendar.cache_clear()
    try:
        monday = dt.date(2026, 7, 6)
        assert workingdays.default_calendar().is_working_day(monday)
        monkeypatch.setenv(workingdays.CLOSURES_ENV, str(own))
        workingdays.default_calendar.cache_clear()
        assert not workingdays.default_calendar().is_working_day(monday)
    finally:
        monkeypatch.delenv(workingdays.CLOSURES_ENV, raising=False)
        workingdays.default_calendar.cache_clear()


def test_one_upload_limit_setting_for_every_dashboard_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CSPR_MAX_UPLOAD_MB", "7")
    context = make_context(tmp_path / "data")
    assert context.max_upload_mb == 7
    context.sessions.kw["bind"].dispose()
