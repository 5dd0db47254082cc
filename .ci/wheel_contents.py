"""Does the wheel hold every file its packages need? Used by .ci/wheel_check.sh.

Data files are read with importlib.resources, and a file left out of the package data is found
missing only by the code path that reads it (the key-event model is even optional, so its
absence would pass unnoticed). So every file in the packages' folders of the source must be in
the wheel, except guides (`*.md`) and bytecode; the sample_data generators and the tests must not.

    python .ci/wheel_contents.py WHEEL SOURCE_DIR
"""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

PACKAGES = (
    "chronology",
    "genogram",
    "anonymise",
    "reviews",
    "dashboard",
    "cspr",
    "rulefiles",
    "accounts",
)
DEMO_CASE = "sample_data/demo_case"
NOT_SHIPPED = ("tests/", "bench/", "sample_data/generate", "sample_data/real_events")


def expected(source: Path) -> set[str]:
    """The source files the wheel must hold, as wheel paths."""
    return {
        path.relative_to(source).as_posix()
        for folder in (*PACKAGES, DEMO_CASE)
        for path in (source / folder).rglob("*")
        if path.is_file() and path.suffix not in {".md", ".pyc"} and "__pycache__" not in path.parts
    }


def problems(wheel: Path, source: Path) -> list[str]:
    """One line per missing or unwanted file; empty when the wheel is complete."""
    names = set(zipfile.ZipFile(wheel).namelist())
    found = [f"missing: {name}" for name in sorted(expected(source) - names)]
    found += [f"unwanted: {name}" for name in sorted(names) if name.startswith(NOT_SHIPPED)]
    if f"{DEMO_CASE}/family.xlsx" not in names:
        found.append(f"missing: {DEMO_CASE}/family.xlsx (the demo case)")
    return found


def main(argv: list[str]) -> int:
    wheel, source = Path(argv[0]), Path(argv[1])
    found = problems(wheel, source)
    for line in found:
        sys.stderr.write(f"wheel check: {line}\n")
    if not found:
        count = len(zipfile.ZipFile(wheel).namelist())
        sys.stdout.write(f"wheel check: {count} files in {wheel.name}, none missing\n")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
