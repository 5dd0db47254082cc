"""One people register for every anonymised output: a pseudonym the reviewer sets is used in
the chronology and in the genogram alike."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from cspr.cli import DEMO_DIR, demo_files, main


def test_reviewer_pseudonym_reaches_chronology_and_genogram(tmp_path: Path) -> None:
    family = tmp_path / "family.xlsx"
    shutil.copy(DEMO_DIR / "family.xlsx", family)
    files = [str(p) for p in demo_files()]
    assert (
        main(
            [
                "merge",
                *files,
                "--out",
                str(tmp_path / "one"),
                "--anonymise",
                "--people",
                str(family),
                "--formats",
                "csv",
            ]
        )
        == 0
    )
    register = tmp_path / "family.register.json"
    data = json.loads(register.read_text("utf-8"))
    for entry in data["entries"]:
        if entry["key"] == "person:P6":
            entry["pseudonym"] = "Adult Z"
    register.write_text(json.dumps(data), "utf-8")
    assert (
        main(
            [
                "merge",
                *files,
                "--out",
                str(tmp_path / "two"),
                "--anonymise",
                "--people",
                str(family),
                "--formats",
                "csv",
            ]
        )
        == 0
    )
    chronology = (tmp_path / "two" / "integrated.csv").read_text("utf-8-sig")
    assert "Adult Z" in chronology and "Mother's partner" not in chronology
    assert main(["genogram", str(family), "--out", str(tmp_path / "g.json"), "--anonymise"]) == 0
    labels = [p["label"] for p in json.loads((tmp_path / "g.json").read_text())["people"]]
    assert any("Adult Z" in label for label in labels)
