"""The demo case is found as package data wherever cspr is installed (issue 17, item 6).

The full check, a built wheel in a fresh virtual environment, is `.ci/wheel_check.sh`; these
are the quick ones: where `locate_demo_case` looks, and that the CLI and the dashboard share it.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from cspr import cli
from dashboard import demo

CHRONOLOGIES = {
    "Childrens_Social_Care_chronology.xlsx",
    "Education_chronology.xlsx",
    "GP_chronology.csv",
    "Health_chronology.xlsx",
    "Housing_chronology.xlsx",
    "Police_chronology.xlsx",
    "Probation_chronology.xlsx",
}


def test_the_cli_and_the_dashboard_read_one_demo_case() -> None:
    assert cli.DEMO_DIR == demo.DEMO_DIR
    assert {p.name for p in cli.demo_files()} == CHRONOLOGIES
    assert (demo.DEMO_DIR / "family.xlsx").is_file()


def test_an_install_without_the_package_falls_back_to_the_checkout(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def missing(_: str) -> None:
        raise ModuleNotFoundError("No module named 'sample_data'")

    monkeypatch.setattr(demo.resources, "files", missing)
    assert demo.locate_demo_case() == demo.SOURCE_DEMO_DIR


def test_files_not_on_disk_are_copied_to_a_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """From a zip there is no folder to point at; the readers need paths."""
    archive = tmp_path / "cspr.zip"
    with zipfile.ZipFile(archive, "w") as handle:
        for name in ("family.xlsx", "GP_chronology.csv"):
            handle.writestr(f"sample_data/demo_case/{name}", (demo.DEMO_DIR / name).read_bytes())
    inside = zipfile.Path(archive, "sample_data/demo_case/")
    monkeypatch.setattr(demo.resources, "files", lambda _: inside)
    monkeypatch.setattr(demo.tempfile, "tempdir", str(tmp_path))
    folder = demo.locate_demo_case()
    assert folder.parent == tmp_path
    assert sorted(p.name for p in folder.iterdir()) == ["GP_chronology.csv", "family.xlsx"]
    assert (folder / "family.xlsx").read_bytes() == (demo.DEMO_DIR / "family.xlsx").read_bytes()
