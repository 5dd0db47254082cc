"""The command line imports only the package of the command it runs (issue 16: `cspr merge`
started by importing the database layer, the web framework and the anonymiser, 1.5 s it never
used), yet lists, parses and reports every command as before."""

from __future__ import annotations

import argparse
import subprocess
import sys

import pytest

from cspr.cli import PACKAGE_COMMANDS, build_parser, main

HEAVY = ("sqlalchemy", "dash", "anonymise", "reviews", "accounts", "genogram")


def _imported_after(argv: list[str]) -> set[str]:
    """Top-level packages a fresh interpreter holds after building the parser for `argv`."""
    code = (
        "import sys; from cspr.cli import build_parser; "
        f"build_parser({argv!r}); print(' '.join(sorted({{m.split('.')[0] for m in sys.modules}})))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(out.stdout.split())


@pytest.mark.parametrize("command", ["merge", "ingest", "classify"])
def test_core_commands_import_no_other_package(command: str) -> None:
    loaded = _imported_after([command, "--help"])
    assert "chronology" in loaded
    assert not loaded & set(HEAVY), loaded & set(HEAVY)


def test_a_package_command_imports_its_package_only() -> None:
    loaded = _imported_after(["deadlines", "--help"])
    assert "reviews" in loaded
    assert not loaded & {"dash", "anonymise", "accounts"}


def test_every_command_is_listed_without_a_command() -> None:
    parser = build_parser()
    (sub,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    names = set(sub.choices)
    assert {n for names, _, _ in PACKAGE_COMMANDS for n in names} <= names
    assert {"ingest", "merge", "classify", "demo"} <= names


def test_a_mistyped_command_is_told_the_whole_list(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["revieww"])
    err = capsys.readouterr().err
    assert "invalid choice: 'revieww'" in err
    assert "'review'" in err and "'dashboard'" in err and "'merge'" in err


def test_help_before_a_command_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["-h", "merge"])
    out = capsys.readouterr().out
    assert "review" in out and "dashboard" in out and "merge" in out


def test_a_package_command_still_parses_its_options() -> None:
    argv = ["deadlines", "--referral", "2024-05-03", "--json"]
    args = build_parser(argv).parse_args(argv)
    assert (args.command, args.referral, args.json) == ("deadlines", "2024-05-03", True)


def test_demo_folder_still_importable_from_the_cli() -> None:
    from cspr.cli import DEMO_DIR, demo_files

    assert DEMO_DIR.is_dir()
    assert demo_files()
