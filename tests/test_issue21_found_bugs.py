"""Bugs the mutation run (issue 21) brought to light, each fixed with its own test."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from chronology.filesafety import IngestError, Limits, check_file
from dashboard import access


@pytest.mark.parametrize(
    "start",
    [b"<!DOCTYPE html>\n<html>", b"\xef\xbb\xbf<!doctype html><html>", b"      <html><body>"],
)
def test_a_web_page_saved_as_csv_is_refused(tmp_path: Path, start: bytes) -> None:
    """Only 8 bytes were read, so '<!DOCTYPE html' (14) never matched and the page passed."""
    page = tmp_path / "page.csv"
    page.write_bytes(start + b"<p>Chronology</p></body></html>\n")
    with pytest.raises(IngestError, match=r"web page \(HTML\)"):
        check_file(page, Limits())


def test_a_plain_csv_is_still_a_csv(tmp_path: Path) -> None:
    plain = tmp_path / "police.csv"
    plain.write_bytes(b"Date,Event\n04/05/2019,Home visit\n")
    assert check_file(plain, Limits()) == "csv"


@pytest.mark.parametrize("value", ["inf", "1e12", "nan", "-3", "0"])
def test_an_absurd_session_lifetime_falls_back_to_the_default(
    monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    """'inf' made timedelta raise OverflowError on every request."""
    monkeypatch.setenv("CSPR_SESSION_MAX_HOURS", value)
    assert access.session_max_age() == dt.timedelta(hours=access.SESSION_MAX_HOURS)


def test_a_sensible_session_lifetime_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CSPR_SESSION_MAX_HOURS", "8")
    assert access.session_max_age() == dt.timedelta(hours=8)
