"""The documentation stays complete and true (issue 20).

- every subcommand and every option that `cspr --help` and each subcommand's `--help` show is
  in docs/reference.md, under that command's own heading;
- every key-event label of chronology/rules/key_events.toml (and not_key_event) is in the docs,
  with its meaning in the reference;
- every code block marked `<!-- runnable -->` runs, in order per guide, in an empty folder that
  holds a copy of sample_data/ (the demo case);
- every link from the README and the guides to a file or a heading exists;
- every `CSPR_*` environment variable the packages read is in the reference's table of them
  (and every variable there is read), and every subcommand of `cspr --help` is in the README's
  command-line block;
- the reference's tables of output columns (and the README's list of integrated.csv columns)
  are in the order the code writes them.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import textwrap
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

from cspr.cli import build_parser

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
REFERENCE = DOCS / "reference.md"
GUIDES = sorted(DOCS.glob("*.md"))
LINKED = [ROOT / "README.md", ROOT / "dashboard" / "README.md", *GUIDES]
RUNNABLE = re.compile(r"<!-- runnable -->\s*\n\s*```sh\n(.*?)\n\s*```", re.S)


def commands(
    parser: argparse.ArgumentParser, path: tuple[str, ...] = ("cspr",)
) -> Iterator[tuple[str, list[str]]]:
    """(`cspr review add`, its visible long options) for every command and subcommand."""
    options = [
        option
        for action in parser._actions
        if action.help != argparse.SUPPRESS and not isinstance(action, argparse._HelpAction)
        for option in action.option_strings
        if option.startswith("--")
    ]
    yield " ".join(path), options
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from commands(sub, (*path, name))


def sections(text: str) -> dict[str, str]:
    """Heading text (backticks removed) -> the text up to the next heading of any level."""
    parts = re.split(r"^#{1,6} (.+)$", text, flags=re.M)
    return {parts[i].replace("`", "").strip(): parts[i + 1] for i in range(1, len(parts), 2)}


ALL_COMMANDS = list(commands(build_parser()))


def test_the_parser_was_walked() -> None:
    names = {name for name, _ in ALL_COMMANDS}
    assert {"cspr ingest", "cspr merge", "cspr review decide", "cspr user add"} <= names


@pytest.mark.parametrize(("command", "options"), ALL_COMMANDS[1:], ids=lambda v: str(v))
def test_every_command_and_option_is_in_the_reference(command: str, options: list[str]) -> None:
    found = sections(REFERENCE.read_text(encoding="utf-8"))
    assert command in found, f"docs/reference.md has no heading '{command}'"
    missing = [
        o for o in options if not re.search(rf"(?<![\w-]){re.escape(o)}(?![\w-])", found[command])
    ]
    assert not missing, f"{command}: options not described under its heading: {missing}"


def help_subcommands() -> list[str]:
    """The subcommands `cspr --help` lists, as a user sees them."""
    top = subprocess.run(
        [sys.executable, "-m", "cspr.cli", "--help"], capture_output=True, text=True, check=True
    ).stdout
    listed = re.findall(r"^    ([a-z][a-z-]+)", top, flags=re.M)
    assert len(listed) >= 15, top
    return listed


def test_every_subcommand_in_the_help_is_in_the_reference() -> None:
    text = REFERENCE.read_text(encoding="utf-8")
    for name in help_subcommands():
        assert f"`cspr {name}`" in text, name


def labels() -> dict[str, str]:
    rules = tomllib.loads(
        (ROOT / "chronology" / "rules" / "key_events.toml").read_text(encoding="utf-8")
    )
    found = {label: spec.get("covers", "") for label, spec in rules["labels"].items()}
    for tier in rules["primary"]["tiers"]:
        for label in tier:
            found.setdefault(label, "")
    return found


def test_every_category_label_and_its_meaning_is_in_the_reference() -> None:
    text = REFERENCE.read_text(encoding="utf-8")
    rows = {
        m.group(1): m.group(2)
        for m in re.finditer(r"^\| *\S+ *\| `([a-z0-9_]+)` \|[^|]*\| ([^|]+) \|$", text, re.M)
    }
    for label, covers in labels().items():
        assert label in rows, f"{label} has no row in the reference's category table"
        if covers:
            assert rows[label].strip() == covers, f"{label}: meaning differs from the rules"
    assert "not_key_event" in rows


def runnable_guides() -> list[Path]:
    return [path for path in GUIDES if RUNNABLE.search(path.read_text(encoding="utf-8"))]


def test_there_are_runnable_blocks() -> None:
    assert len(runnable_guides()) >= 2


@pytest.mark.parametrize("guide", runnable_guides(), ids=lambda p: p.name)
def test_runnable_blocks_run_on_the_demo_data(guide: Path, tmp_path: Path) -> None:
    blocks = [textwrap.dedent(b) for b in RUNNABLE.findall(guide.read_text(encoding="utf-8"))]
    shutil.copytree(ROOT / "sample_data" / "demo_case", tmp_path / "sample_data" / "demo_case")
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("CSPR_") or key == "CSPR_MARKING"
    }
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    env["CSPR_DATA_DIR"] = str(tmp_path / "default-data")  # a block that forgets it stays here
    script = "set -euxo pipefail\n" + "\n".join(blocks)
    if shutil.which("sqlite3") is None and "sqlite3 " in script:
        pytest.skip("the sqlite3 command is not installed")
    done = subprocess.run(
        ["bash", "-c", script],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, f"{guide.name}:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"


def slug(heading: str) -> str:
    """GitHub's anchor for a heading."""
    text = heading.strip().lower()
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")


@pytest.mark.parametrize("page", LINKED, ids=lambda p: str(p.relative_to(ROOT)))
def test_links_to_files_and_headings_exist(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    broken = []
    for target in re.findall(r"\]\(([^)\s]+)\)", text):
        if re.match(r"[a-z]+:", target):
            continue
        file_part, _, anchor = target.partition("#")
        path = (page.parent / file_part).resolve() if file_part else page
        if not path.exists():
            broken.append(target)
            continue
        if anchor and path.suffix == ".md":
            headings = re.findall(r"^#{1,6} (.+)$", path.read_text(encoding="utf-8"), re.M)
            if anchor not in {slug(h) for h in headings}:
                broken.append(target)
    assert not broken, f"{page.name}: broken links {broken}"


PACKAGES = ("chronology", "dashboard", "reviews", "cspr", "anonymise", "genogram")
ENV_NAME = re.compile(r"\bCSPR_[A-Z][A-Z0-9_]*[A-Z0-9]\b")
TEST_ONLY = ("CSPR_TEST_", "CSPR_BENCH_")


def variables_read() -> set[str]:
    """Every CSPR_* name in the packages' Python source (test-only ones left out)."""
    found = set()
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            found.update(ENV_NAME.findall(path.read_text(encoding="utf-8")))
    return {name for name in found if not name.startswith(TEST_ONLY)}


def variables_documented() -> set[str]:
    section = sections(REFERENCE.read_text(encoding="utf-8"))["Environment variables"]
    return set(re.findall(r"^\| `(CSPR_[A-Z0-9_]+)` \|", section, flags=re.M))


def test_every_environment_variable_is_in_the_reference() -> None:
    read = variables_read()
    assert {"CSPR_DATA_DIR", "CSPR_DATABASE_URL", "CSPR_MAX_FILE_MB"} <= read  # the scan works
    missing = sorted(read - variables_documented())
    assert not missing, (
        f"read by the code, no row in the reference's Environment variables: {missing}"
    )


def test_every_documented_environment_variable_is_read() -> None:
    stale = sorted(variables_documented() - variables_read())
    assert not stale, f"in the reference's Environment variables but read nowhere: {stale}"


def test_every_subcommand_is_in_the_readme_command_line() -> None:
    section = sections((ROOT / "README.md").read_text(encoding="utf-8"))["Command line"]
    block = "\n".join(re.findall(r"```sh\n(.*?)```", section, flags=re.S))
    for name in help_subcommands():
        line = re.search(rf"^\S*cspr {re.escape(name)}(?: (.*))?$", block, flags=re.M)
        assert line, f"`cspr {name}` has no line in the README's command-line block"
        subs = {
            other.split()[2]
            for other, _ in ALL_COMMANDS
            if other.split()[:2] == ["cspr", name] and len(other.split()) == 3
        }
        if subs:  # a group: the line names at least one of its actions
            words = set(re.split(r"[\s|]+", line.group(1) or ""))
            assert subs & words, f"`cspr {name}` is listed without any of its actions {subs}"


def table_columns(section: str) -> list[str]:
    """The column names of a reference table, in order (a row may name several)."""
    names: list[str] = []
    for first in re.findall(r"^\| ([^|]*?) \|", section, flags=re.M):
        if first.strip() in {"column", "---"} or set(first) <= {"-"}:
            continue
        names.extend(re.findall(r"`([a-z_]+)`", first))
    return names


def output_columns() -> dict[str, tuple[str, ...]]:
    from chronology.export_tables import INTEGRATED_COLUMNS, POSSIBLE_COLUMNS, SOURCE_COLUMNS
    from chronology.schema import EVENT_COLUMNS, REJECTED_COLUMNS

    return {
        "events.csv": tuple(EVENT_COLUMNS),
        "rejected.csv": tuple(REJECTED_COLUMNS),
        "integrated.csv": tuple(INTEGRATED_COLUMNS),
        "sources.csv": tuple(SOURCE_COLUMNS),
        "possible_duplicates.csv": tuple(POSSIBLE_COLUMNS),
    }


@pytest.mark.parametrize("file", list(output_columns()), ids=str)
def test_the_reference_lists_output_columns_in_the_order_written(file: str) -> None:
    found = sections(REFERENCE.read_text(encoding="utf-8"))
    heading = next(h for h in found if h.startswith(f"{file} ("))
    assert tuple(table_columns(found[heading])) == output_columns()[file]


def test_the_readme_lists_integrated_columns_in_the_order_written() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    listed = re.search(r"`(event_id, [^`]*)`", readme)
    assert listed, "the README no longer lists integrated.csv's columns"
    names = tuple(re.split(r",\s*", " ".join(listed.group(1).split())))
    assert names == output_columns()["integrated.csv"]
